"""Generate a realistic corpus of leaders' calls for benchmarks: wire stories, official readouts, analysis pieces.

    python bench/generate.py --articles 2000 --out /tmp/corpus [--seed 1] [--first-item 0]

Writes N `.txt` articles, a `manifest.jsonl` (published date, outlet, url of each file) and a `gold.json` in the
format of tests/fixtures/readouts/gold.json, so `hotline evaluate DIR --gold DIR/gold.json` scores the
extractor on it. Everything comes from the project's own data: pairs of leaders who were in office on the same
day (app.ingest.leaders.load_directory(), about 200 leaders of some 55 countries from 2010 to mid-2025) and the
subjects of the topic vocabulary (app.ingest.topics.load_vocabulary()).

The corpus is a sequence of items. Most items are calls, each told by 1 to 4 articles in different styles
(a wire story with a "CITY —" dateline and a weekday, a government readout with its dated line, a Kremlin- or
Beijing-style readout, an analysis piece published days later that also names other leaders); some are three-way
calls or one leader's separate calls; about a tenth of the articles are negatives (a planned call, an in-person
meeting, a call between ministers). Item `i` depends only on `--seed` and `i`, so a corpus can be generated in
batches (`--first-item`) and the same seed always gives the same files.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.ingest.leader_records import read_records  # noqa: E402 - after the path is set
from app.ingest.leaders import load_directory  # noqa: E402
from app.ingest.text import name_key  # noqa: E402
from app.ingest.topics import load_vocabulary  # noqa: E402
from app.ingest.types import LeaderRef  # noqa: E402

FIRST_DAY, LAST_DAY = date(2010, 1, 1), date(2025, 6, 30)

# Country -> (weight in the news, dateline city). Weights decide how often a country's leader is on a call.
THE = {"US", "GB", "NL", "PH", "AE", "CZ"}  # "the United States"
ADJECTIVE = {"US": "U.S.", "AE": "Emirati"}

COUNTRIES: dict[str, tuple[float, str]] = {
    "US": (10, "WASHINGTON"), "RU": (7, "MOSCOW"), "CN": (6, "BEIJING"), "FR": (7, "PARIS"), "DE": (7, "BERLIN"),
    "GB": (7, "LONDON"), "UA": (6, "KYIV"), "TR": (6, "ANKARA"), "IN": (5, "NEW DELHI"), "JP": (5, "TOKYO"),
    "IL": (5, "JERUSALEM"), "IT": (4, "ROME"), "CA": (4, "OTTAWA"), "SA": (4, "RIYADH"), "EG": (4, "CAIRO"),
    "AE": (3.5, "ABU DHABI"), "QA": (3, "DOHA"), "IR": (3, "TEHRAN"), "BR": (3, "BRASILIA"), "AU": (3, "CANBERRA"),
    "KR": (3, "SEOUL"), "PL": (3, "WARSAW"), "ES": (3, "MADRID"), "NL": (2.5, "THE HAGUE"), "MX": (2.5, "MEXICO CITY"),
    "ZA": (2, "PRETORIA"), "ID": (2, "JAKARTA"), "PK": (2, "ISLAMABAD"), "JO": (3, "AMMAN"), "KZ": (2, "ASTANA"),
    "BY": (1.5, "MINSK"), "AZ": (1.5, "BAKU"), "AM": (1.5, "YEREVAN"), "HU": (1.5, "BUDAPEST"), "GR": (1.5, "ATHENS"),
    "SE": (1.5, "STOCKHOLM"), "FI": (1.5, "HELSINKI"), "BE": (1, "BRUSSELS"), "AT": (1, "VIENNA"),
    "NG": (1.5, "ABUJA"), "KE": (1.5, "NAIROBI"), "ET": (1, "ADDIS ABABA"), "AR": (1.5, "BUENOS AIRES"),
    "VN": (1.5, "HANOI"), "PH": (1.5, "MANILA"), "SG": (1, "SINGAPORE"), "IQ": (1.5, "BAGHDAD"), "KW": (1, "KUWAIT CITY"),
    "OM": (1, "MUSCAT"), "UZ": (1, "TASHKENT"), "MA": (1, "RABAT"), "NO": (1, "OSLO"), "DK": (1, "COPENHAGEN"),
    "CZ": (1, "PRAGUE"), "RO": (1, "BUCHAREST"),
}
OFFICE_OVERRIDE = {"IR": "president"}  # the Supreme Leader takes no calls; the president does

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _d(text: str) -> date:
    return date.fromisoformat(text)


# Topic -> (noun phrases that the vocabulary tags with it, eras as (from, to, weight)). A phrase is used after
# "discussed", "exchanged views on" or "raised"; the eras make the war in Ukraine, Gaza or the pandemic frequent
# when they were in the news.
ALWAYS = (FIRST_DAY, LAST_DAY)
TOPICS: dict[str, tuple[tuple[str, ...], tuple[tuple[date, date, float], ...]]] = {
    "bilateral-relations": (("ways to deepen bilateral cooperation", "the state of bilateral relations",
                             "the strategic partnership between the two countries"), ((*ALWAYS, 6),)),
    "trade": (("trade and investment", "tariffs on steel and aluminium", "the new tariffs on cars",
               "supply chains and market access"), ((*ALWAYS, 5), (_d("2018-03-01"), _d("2019-12-31"), 4),
                                                    (_d("2025-01-20"), LAST_DAY, 8))),
    "climate": (("the fight against climate change", "emissions targets ahead of the next climate summit",
                 "clean energy investment"), ((*ALWAYS, 2.5),)),
    "energy": (("energy security and gas supplies", "oil prices", "the pipeline project"), ((*ALWAYS, 2.5),)),
    "health": (("the COVID-19 pandemic", "vaccine supplies", "global health security"),
               ((_d("2020-02-15"), _d("2021-12-31"), 9), (*ALWAYS, 0.3))),
    "migration": (("irregular migration", "the situation of refugees", "asylum and border control"),
                  ((*ALWAYS, 1.2), (_d("2015-06-01"), _d("2016-12-31"), 4))),
    "human-rights": (("human rights", "press freedom and civil society"), ((*ALWAYS, 0.8),)),
    "nuclear": (("strategic stability and arms control", "nuclear safety"), ((*ALWAYS, 0.8),)),
    "iran": (("Iran's nuclear programme", "the Iran nuclear deal"),
             ((*ALWAYS, 1.2), (_d("2013-09-01"), _d("2015-12-31"), 3), (_d("2018-05-01"), _d("2019-12-31"), 2.5))),
    "north-korea": (("the denuclearization of the Korean Peninsula",),
                    ((*ALWAYS, 0.8), (_d("2017-03-01"), _d("2018-12-31"), 3))),
    "taiwan": (("the situation in the Taiwan Strait",), ((*ALWAYS, 0.5), (_d("2022-08-01"), LAST_DAY, 1.2))),
    "south-china-sea": (("tensions in the South China Sea",), ((*ALWAYS, 0.7),)),
    "technology": (("export controls on semiconductors", "cooperation on artificial intelligence"),
                   ((*ALWAYS, 0.7), (_d("2018-06-01"), LAST_DAY, 2))),
    "fentanyl": (("the flow of fentanyl",), ((_d("2019-01-01"), LAST_DAY, 0.6),)),
    "sanctions": (("sanctions against Moscow", "the sanctions regime"),
                  ((_d("2014-03-01"), LAST_DAY, 2), (_d("2022-02-24"), LAST_DAY, 3))),
    "ukraine-war": (("the war in Ukraine", "Russia's war against Ukraine", "the situation in Donbas"),
                    ((_d("2014-03-01"), _d("2022-02-23"), 3), (_d("2022-02-24"), LAST_DAY, 11))),
    "military-aid": (("military aid to Kyiv", "deliveries of air defence systems"),
                     ((_d("2014-06-01"), _d("2022-02-23"), 0.5), (_d("2022-02-24"), LAST_DAY, 5))),
    "peace-talks": (("prospects for peace talks", "a negotiated settlement of the conflict"),
                    ((_d("2014-06-01"), _d("2016-12-31"), 2), (_d("2022-02-24"), LAST_DAY, 3),
                     (_d("2025-01-20"), LAST_DAY, 4))),
    "food-security": (("grain exports and food security",), ((*ALWAYS, 0.4), (_d("2022-03-01"), _d("2023-12-31"), 3))),
    "hostages": (("the release of the hostages held in Gaza",), ((_d("2023-10-07"), LAST_DAY, 6),)),
    "ceasefire": (("a ceasefire in Gaza",), ((_d("2023-10-07"), LAST_DAY, 6),)),
    "humanitarian-aid": (("getting more humanitarian aid into Gaza",), ((_d("2023-10-07"), LAST_DAY, 5),)),
    "civilian-casualties": (("the protection of civilians",), ((_d("2023-10-07"), LAST_DAY, 3),)),
    "two-state-solution": (("a path to a Palestinian state",), ((_d("2023-10-07"), LAST_DAY, 3),)),
    "rafah": (("the planned military operation in Rafah",), ((_d("2024-02-01"), _d("2024-06-30"), 5),)),
    "red-sea": (("Houthi attacks on shipping in the Red Sea",), ((_d("2023-11-15"), LAST_DAY, 2),)),
    "lebanon-hezbollah": (("the situation on the Israel-Lebanon border",), ((_d("2023-10-08"), LAST_DAY, 2),)),
}

# What a leader "said" on a topic: evidence for a stated position ({country} is the speaker's own country).
SAYINGS: dict[str, str] = {
    "bilateral-relations": "{country} attached great importance to its relations with {other}",
    "trade": "{country} wanted a fair and balanced trade relationship with {other}",
    "climate": "{country} would keep its commitments on cutting emissions",
    "energy": "{country} was working to secure stable energy supplies for the winter",
    "health": "{country} was ready to share vaccines with partners in need",
    "migration": "{country} needed help to manage the arrival of migrants",
    "human-rights": "{country} would continue to raise human rights in its dialogue with {other}",
    "nuclear": "{country} remained committed to arms control",
    "iran": "Iran must never be allowed to acquire a nuclear weapon",
    "north-korea": "{country} supported the complete denuclearization of the Korean Peninsula",
    "taiwan": "peace and stability across the Taiwan Strait mattered to the whole region",
    "south-china-sea": "{country} supported freedom of navigation in the South China Sea",
    "technology": "{country} wanted closer cooperation on semiconductors",
    "fentanyl": "{country} would step up the fight against fentanyl trafficking",
    "sanctions": "{country} would keep up the pressure of sanctions",
    "ukraine-war": "the war in Ukraine had to end with Ukraine's sovereignty respected",
    "military-aid": "{country} would send more military aid to Ukraine",
    "peace-talks": "{country} supported every effort toward a just and lasting peace",
    "food-security": "{country} wanted grain exports to reach the countries that need them",
    "hostages": "the release of all the hostages was the first priority",
    "ceasefire": "an immediate ceasefire in Gaza was needed",
    "humanitarian-aid": "far more humanitarian aid had to reach Gaza",
    "civilian-casualties": "civilians must be protected",
    "two-state-solution": "only a two-state solution would bring lasting security",
    "rafah": "a major operation in Rafah would be a grave mistake",
    "red-sea": "the attacks on shipping in the Red Sea had to stop",
    "lebanon-hezbollah": "a wider war with Hezbollah had to be avoided",
}

# Paragraphs of context that name no leader, no date and no call: wires and analyses carry several.
CONTEXT = [
    "Trade between the two countries has grown steadily over the past decade, official figures show.",
    "Markets reacted calmly to the news, with the main stock indexes little changed by the close.",
    "The foreign ministry declined to comment further when asked about the details.",
    "Opposition lawmakers have criticised the government's approach, saying it lacks a clear strategy.",
    "Analysts said the statement was carefully worded to leave room for further negotiation.",
    "The embassy said consular staff were following the situation closely.",
    "Business groups have pressed both governments for clearer rules on investment.",
    "The issue is expected to feature prominently at the next regional summit.",
    "Officials in the region have warned of the risks of further escalation.",
    "Parliament is due to debate the government's foreign policy priorities before the end of the session.",
    "Senior officials from both sides have held several rounds of consultations this year.",
    "Humanitarian organisations have urged governments to keep the needs of civilians at the centre of diplomacy.",
    "The central bank has kept interest rates unchanged, citing uncertainty in the global economy.",
    "A joint working group set up last year has yet to publish its findings.",
    "Public opinion in both countries remains divided, recent polls suggest.",
    "Shipping companies have been watching the talks for signs of relief on insurance costs.",
]

BACKGROUND = [
    "The call came as officials in both capitals prepared for a round of meetings later in the month.",
    "Diplomats said the conversation had been planned for several days.",
    "Neither side gave details of how long the conversation lasted.",
    "The two leaders last spoke several weeks ago.",
    "Officials said working-level contacts would continue in the coming weeks.",
]


@dataclass(frozen=True)
class Person:
    """A leader as they stood on the day of a call, with the name forms and titles the articles use."""

    ref: LeaderRef
    short: str
    title: str  # "President", "Prime Minister", "Chancellor"
    country: str  # "France"
    adjective: str  # "French"
    city: str

    @property
    def full(self) -> str:
        return self.ref.name

    def styled(self) -> str:
        """ "French President Emmanuel Macron" """
        return f"{self.adjective} {self.title} {self.full}"

    @property
    def nation(self) -> str:
        """ "The United States", "France": the country at the start of a sentence """
        return self.country[:1].upper() + self.country[1:]

    def of_country(self) -> str:
        """ "President Emmanuel Macron of France" """
        return f"{self.title} {self.full} of {self.country}"

    def title_of(self) -> str:
        """ "President of France Emmanuel Macron" (Kremlin style) """
        return f"{self.title} of {self.country} {self.full}"

    def aliases(self) -> list[str]:
        return list(dict.fromkeys([self.full, self.short]))


@dataclass
class Event:
    """One call in the corpus: the gold record of it."""

    id: str
    day: date
    people: list[Person]
    topics: list[str]
    video: bool
    articles: list[str] = field(default_factory=list)
    positions: list[dict] = field(default_factory=list)

    def gold(self) -> dict:
        return {"id": self.id, "kind": "video-call" if self.video else "call", "date": self.day.isoformat(),
                "date_derivable": True, "participants": [p.aliases() for p in self.people], "also_present": [],
                "topics": sorted(self.topics), "articles": sorted(self.articles), "positions": self.positions}


@dataclass
class Written:
    """One article file: its name, text and manifest line."""

    name: str
    text: str
    published: date
    outlet: str
    url: str | None


@dataclass
class Item:
    """What one item of the corpus produced: articles, the calls they report, and any negative articles."""

    articles: list[Written] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    negatives: list[dict] = field(default_factory=list)


class World:
    """The leaders data, read once: who led each country on a day, and how to name them."""

    def __init__(self) -> None:
        self.directory = load_directory()
        self.vocabulary = load_vocabulary()
        records = read_records()
        self._aliases = records.aliases
        self.codes = [code for code in COUNTRIES if code in self.directory.countries]
        self.weights = [COUNTRIES[code][0] for code in self.codes]
        known = {topic.slug for topic in self.vocabulary.topics}
        self.topics = [slug for slug in TOPICS if slug in known]

    @lru_cache(maxsize=100_000)  # noqa: B019 - one World per process
    def leader(self, code: str, day: date) -> Person | None:
        ref = self.directory.office_holder(code, OFFICE_OVERRIDE.get(code, "leader"), day)
        if ref is None:
            return None
        country = self.directory.countries[code]
        adjective = ADJECTIVE.get(code) or (country.adjectives[0] if country.adjectives else country.name)
        title = (ref.office or "Leader").split(" and ")[0]
        name = f"the {country.name}" if code in THE else country.name
        return Person(ref, self._short(ref), title, name, adjective, COUNTRIES[code][1])

    def _short(self, ref: LeaderRef) -> str:
        """The one-word name the press uses ("Macron", "Xi"), when the data lets it stand alone; else the full name."""
        for word in reversed(ref.name.replace("-", " ").split()):
            aliases = self._aliases.get(name_key(word), [])
            if len(word) > 1 and len(aliases) == 1 and aliases[0].slug == ref.slug and not aliases[0].titled:
                return word
        return ref.name

    def topic_weights(self, day: date) -> list[float]:
        return [sum(w for start, end, w in TOPICS[slug][1] if start <= day <= end) for slug in self.topics]


# ---------------------------------------------------------------------------------------------- helpers


def long_date(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def month_day(day: date, published: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}" + ("" if day.year == published.year else f", {day.year}")


def joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def call_words(video: bool) -> str:
    return "held a video call" if video else "spoke by phone"


def saying(rng: random.Random, speaker: Person, other: Person, topic: str) -> str:
    return SAYINGS[topic].format(country=speaker.country, other=other.country)


def context(rng: random.Random, low: int, high: int) -> list[str]:
    return rng.sample(CONTEXT, rng.randint(low, high))


def position(speaker: Person, topic: str, sentence: str) -> dict:
    return {"leader": speaker.full, "topic": topic, "gist": sentence, "evidence_contains": sentence}


# ---------------------------------------------------------------------------------------------- articles


def wire(rng: random.Random, event: Event, published: date) -> tuple[str, list[dict]]:
    a, b = event.people[0], event.people[1]
    phrases = [rng.choice(TOPICS[t][0]) for t in event.topics]
    weekday = WEEKDAYS[event.day.weekday()]
    headline = f"{a.short} and {b.short} discuss {phrases[0]} in {'video' if event.video else 'phone'} call"
    lead = (f"{a.city} — {a.styled()} {call_words(event.video)} on {weekday} with {b.styled()}, "
            f"{a.short}'s office said.")
    body = [f"The two leaders discussed {joined(phrases)}, according to a statement released after the call."]
    positions = []
    said_a = saying(rng, a, b, event.topics[0])
    body.append(f"{a.short} said {said_a}, the statement said.")
    positions.append(position(a, event.topics[0], said_a))
    if len(event.topics) > 1 and rng.random() < 0.7:
        said_b = saying(rng, b, a, event.topics[-1])
        body.append(f"{b.short} told {a.short} that {said_b}, according to the statement.")
        positions.append(position(b, event.topics[-1], said_b))
    body.append(rng.choice(BACKGROUND))
    if rng.random() < 0.4:
        body.append(f"The call lasted about {rng.choice([20, 30, 40, 45, 50, 60])} minutes.")
    body.extend(context(rng, 1, 4))
    return "\n\n".join([headline, lead, *body]) + "\n", positions


def wire2(rng: random.Random, event: Event, published: date) -> tuple[str, list[dict]]:
    """An international wire's take: the other side first, the call's subject in the headline."""
    a, b = event.people[1], event.people[0]
    phrases = [rng.choice(TOPICS[t][0]) for t in event.topics]
    weekday = WEEKDAYS[event.day.weekday()]
    how = "held a video call" if event.video else "spoke by telephone"
    headline = f"{b.adjective}, {a.adjective} leaders talk {phrases[0]}"
    lead = (f"{a.city} — {a.full} and {b.full} {how} on {weekday} and discussed {joined(phrases)}, "
            f"officials in {a.city.title()} said.")
    said = saying(rng, a, b, event.topics[-1])
    body = [f"According to {a.country}'s account of the conversation, {a.short} said {said}.",
            *context(rng, 2, 4),
            f"There was no immediate comment from {b.country}'s side on the details."]
    return "\n\n".join([headline, lead, *body]) + "\n", [position(a, event.topics[-1], said)]


def us_readout(rng: random.Random, event: Event, published: date) -> tuple[str, list[dict]]:
    a, b = event.people[0], event.people[1]
    phrases = [rng.choice(TOPICS[t][0]) for t in event.topics]
    said = saying(rng, a, b, event.topics[0])
    kind = "Video Call" if event.video else "Call"
    text = (f"Readout of {a.title} {a.full}'s {kind} with {b.of_country()}\n{long_date(event.day)}\n\n"
            f"{a.title} {a.full} spoke today with {b.of_country()}. The leaders discussed {joined(phrases)}. "
            f"{a.title} {a.short} said {said}.\n\n"
            f"The two leaders agreed to stay in close touch in the weeks ahead.\n")
    return text, [position(a, event.topics[0], said)]


def kremlin_readout(rng: random.Random, event: Event, published: date) -> tuple[str, list[dict]]:
    a, others = event.people[0], event.people[1:]
    phrases = [rng.choice(TOPICS[t][0]) for t in event.topics]
    names = joined([p.full for p in others])
    text = (f"Telephone conversation with {names}\n{long_date(event.day)}\n\n"
            f"{a.full} had a telephone conversation with {joined([p.title_of() for p in others])}.\n\n"
            f"The leaders exchanged views on {joined(phrases)}.\n\n"
            f"It was agreed to continue contacts at various levels.\n")
    return text, []


def beijing_readout(rng: random.Random, event: Event, published: date) -> tuple[str, list[dict]]:
    a, b = event.people[0], event.people[1]
    phrases = [rng.choice(TOPICS[t][0]) for t in event.topics]
    said = saying(rng, a, b, event.topics[0])
    part = rng.choice(["afternoon", "evening", "morning"])
    verb = "Holds a Video Call with" if event.video else "Speaks with"
    tail = "" if event.video else " on the Phone"
    how = "held a video call with" if event.video else "spoke on the phone with"
    text = (f"{a.title} {a.full} {verb} {b.adjective} {b.title} {b.full}{tail}\n\n"
            f"On the {part} of {long_date(event.day)}, {a.title} {a.full} {how} {b.adjective} {b.title} "
            f"{b.full}.\n\n"
            f"{a.full} noted that {said}. The two sides exchanged views on {joined(phrases)}.\n\n"
            f"The two leaders agreed to keep in close communication.\n")
    return text, [position(a, event.topics[0], said)]


def analysis(rng: random.Random, event: Event, published: date, bystanders: list[Person]) -> tuple[str, list[dict]]:
    a, b = event.people[0], event.people[1]
    phrases = [rng.choice(TOPICS[t][0]) for t in event.topics]
    when = month_day(event.day, published)
    lines = [f"Analysis: what {a.short}'s {'video' if event.video else 'phone'} call with {b.short} tells us",
             (f"When {a.full} {call_words(event.video)} with {b.full} on {when}, the conversation was about "
              f"more than {phrases[0]}."),
             (f"For {a.country}, relations with {b.country} have rarely been simple. Officials in {b.city.title()} "
              f"said afterwards that the two leaders had also touched on {joined(phrases[1:] or phrases)}.")]
    for other in bystanders:
        lines.append(rng.choice([
            f"{other.styled()} is watching closely: {other.country} has its own stake in the outcome, analysts say.",
            f"Some diplomats compare the approach with that of {other.styled()}, who has taken a harder line.",
            f"{other.full}, the {other.adjective} {other.title.lower()}, is due to visit the region next month.",
        ]))
    lines.extend(context(rng, 3, 5))
    lines.append("Whether the call changes anything will become clear in the weeks ahead, analysts said.")
    return "\n\n".join(lines) + "\n", []


def three_way_wire(rng: random.Random, event: Event, published: date) -> tuple[str, list[dict]]:
    a, b, c = event.people
    phrases = [rng.choice(TOPICS[t][0]) for t in event.topics]
    weekday = WEEKDAYS[event.day.weekday()]
    text = (f"{a.short}, {b.short} and {c.short} hold three-way call\n\n"
            f"{a.city} — {a.styled()}, {b.styled()} and {c.styled()} held a three-way "
            f"{'video' if event.video else 'phone'} call on {weekday}, {a.short}'s office said.\n\n"
            f"The leaders discussed {joined(phrases)}, the statement said.\n\n{rng.choice(BACKGROUND)}\n\n"
            + "\n\n".join(context(rng, 1, 3)) + "\n")
    return text, []


def separate_wire(rng: random.Random, events: list[Event], published: date) -> str:
    a = events[0].people[0]
    others = [event.people[1] for event in events]
    phrases = [rng.choice(TOPICS[t][0]) for t in events[0].topics]
    weekday = WEEKDAYS[events[0].day.weekday()]
    return (f"{a.short} holds calls with {joined([p.short for p in others])}\n\n"
            f"{a.city} — {a.styled()} held separate phone calls on {weekday} with "
            f"{joined([p.styled() for p in others])}, his office said.\n\n"
            f"In the calls, {a.short} discussed {joined(phrases)}.\n\n{rng.choice(BACKGROUND)}\n\n"
            + "\n\n".join(context(rng, 1, 3)) + "\n")


def negative(rng: random.Random, a: Person, b: Person, day: date) -> tuple[str, str]:
    """An article that reports no call between leaders, and why."""
    weekday = WEEKDAYS[day.weekday()]
    topic = rng.choice(TOPICS["bilateral-relations"][0] + TOPICS["trade"][0])
    kind = rng.choice(["planned", "met", "ministers"])
    if kind == "planned":
        return (f"{a.short} expected to speak with {b.short} in the coming days\n\n"
                f"{a.city} — {a.styled()} expects to speak with {b.styled()} in the coming days to discuss {topic}, "
                f"a spokesman said on {weekday}.\n\n"
                "Asked whether a call had been scheduled, the spokesman said only that the two leaders "
                "\"regularly speak\" and that he would not get ahead of the diary.\n"), "planned call only"
    if kind == "met":
        return (f"{a.short} and {b.short} hold talks in {b.city.title()}\n\n"
                f"{b.city} — {a.styled()} and {b.styled()} held talks in {b.city.title()} on {weekday}, "
                f"focusing on {topic}.\n\n"
                "After the meeting the two leaders walked together through the old town and posed for photographs.\n"
                ), "in-person talks, not a call"
    return (f"{a.adjective} and {b.adjective} foreign ministers hold phone talks\n\n"
            f"{a.city} — The foreign ministers of {a.country} and {b.country} held telephone talks on {weekday} "
            f"and agreed to prepare a visit by {a.title} {a.full} to {b.country} later in the year, "
            "the foreign ministry said.\n\n"
            f"The two ministers also discussed {topic}, the ministry said.\n"), "a call between foreign ministers"


# ---------------------------------------------------------------------------------------------- items


def pick_day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def pick_people(rng: random.Random, world: World, day: date, count: int) -> list[Person] | None:
    for _ in range(20):  # bounded: a day where some countries have no leader on record is simply skipped
        codes: list[str] = []
        while len(codes) < count:
            code = rng.choices(world.codes, world.weights)[0]
            if code not in codes:
                codes.append(code)
        people = [world.leader(code, day) for code in codes]
        if all(people) and len({p.ref.slug for p in people}) == count:
            return people  # type: ignore[return-value]
    return None


def pick_topics(rng: random.Random, world: World, day: date) -> list[str]:
    weights = world.topic_weights(day)
    chosen: list[str] = []
    for _ in range(rng.choice([1, 2, 2, 3])):
        slug = rng.choices(world.topics, weights)[0]
        if slug not in chosen:
            chosen.append(slug)
    return chosen


def make_item(world: World, seed: int, index: int) -> Item:
    """Item `index` of the corpus for `seed`: the same arguments always give the same articles."""
    rng = random.Random(f"hotline-bench:{seed}:{index}")
    item = Item()
    day = pick_day(rng)
    roll = rng.random()
    prefix = f"{index:08d}"
    if roll < 0.2:  # a negative: no call between leaders in it
        people = pick_people(rng, world, day, 2)
        if people:
            text, why = negative(rng, people[0], people[1], day)
            name = f"{prefix}-n.txt"
            item.articles.append(Written(name, text, day, f"{people[0].adjective} news agency",
                                         f"https://news.example.org/{prefix}-n"))
            item.negatives.append({"article": name, "why": why})
        return item
    shape = "three-way" if roll < 0.26 else "separate" if roll < 0.31 else "bilateral"
    people = pick_people(rng, world, day, 3 if shape != "bilateral" else 2)
    if people is None:
        return item
    topics = pick_topics(rng, world, day)
    video = rng.random() < 0.1 and shape != "separate"
    if shape == "separate":
        events = [Event(f"{prefix}-{k}", day, [people[0], other], topics, False) for k, other in
                  enumerate(people[1:], 1)]
        published = day + timedelta(days=rng.choice([0, 1]))
        name = f"{prefix}-1.txt"
        item.articles.append(Written(name, separate_wire(rng, events, published), published,
                                     f"{people[0].adjective} news agency", f"https://news.example.org/{prefix}-1"))
        for event in events:
            event.articles.append(name)
        item.events.extend(events)
        return item
    event = Event(prefix, day, people, topics, video)
    if shape == "three-way":
        styles = ["three-way", "kremlin"][: rng.choice([1, 2])]
    else:
        count = rng.choices([1, 2, 3, 4], [30, 35, 25, 10])[0]
        styles = ["wire"] + rng.sample(["readout", "own-readout", "beijing", "kremlin", "analysis", "wire2"], count - 1)
    for k, style in enumerate(styles, 1):
        lead = event.people[0]
        if style in ("readout", "beijing", "kremlin"):
            # the other side's government tells it from its own side
            event_view = Event(event.id, day, [event.people[-1], *event.people[:-1]], topics, video)
        else:
            event_view = event
        if style == "wire":
            published = day + timedelta(days=rng.choice([0, 1, 1]))
            text, positions = wire(rng, event_view, published)
            outlet = f"{lead.adjective} news agency"
        elif style == "wire2":
            published = day + timedelta(days=rng.choice([0, 1, 1]))
            text, positions = wire2(rng, event_view, published)
            outlet = "International wire service"
        elif style in ("readout", "own-readout"):
            published = day
            text, positions = us_readout(rng, event_view, published)
            outlet = f"{event_view.people[0].adjective} government readout"
        elif style == "beijing":
            published = day
            text, positions = beijing_readout(rng, event_view, published)
            outlet = f"{event_view.people[0].adjective} foreign ministry"
        elif style == "kremlin":
            published = day
            text, positions = kremlin_readout(rng, event_view, published)
            outlet = f"{event_view.people[0].adjective} presidential office"
        elif style == "three-way":
            published = day + timedelta(days=rng.choice([0, 1]))
            text, positions = three_way_wire(rng, event_view, published)
            outlet = f"{lead.adjective} news agency"
        else:  # analysis, a few days later, naming other leaders in passing
            published = day + timedelta(days=rng.randint(2, 9))
            bystanders = [p for p in (pick_people(rng, world, day, 2) or []) if p.ref.slug not in
                          {q.ref.slug for q in event.people}][:rng.choice([1, 2])]
            text, positions = analysis(rng, event_view, published, bystanders)
            outlet = "Weekly analysis desk"
        name = f"{prefix}-{k}.txt"
        item.articles.append(Written(name, text, published, outlet, f"https://news.example.org/{prefix}-{k}"))
        event.articles.append(name)
        for found in positions:
            if found not in event.positions:
                event.positions.append(found)
    item.events.append(event)
    return item


@dataclass
class Corpus:
    articles: int = 0
    events: int = 0
    negatives: int = 0
    next_item: int = 0


def write_corpus(out: Path, *, seed: int, first_item: int = 0, articles: int | None = None,
                 items: int | None = None, world: World | None = None) -> Corpus:
    """Write items from `first_item` on into `out` until `articles` articles (or `items` items) are written."""
    if articles is None and items is None:
        raise ValueError("give articles or items")
    world = world or World()
    out.mkdir(parents=True, exist_ok=True)
    events: list[dict] = []
    negatives: list[dict] = []
    corpus = Corpus(next_item=first_item)
    limit = 10 * (articles or items or 0) + 100  # every loop is bounded
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        while corpus.next_item - first_item < limit:
            if articles is not None and corpus.articles >= articles:
                break
            if items is not None and corpus.next_item - first_item >= items:
                break
            item = make_item(world, seed, corpus.next_item)
            corpus.next_item += 1
            present: set[str] = set()
            for written in item.articles:
                if articles is not None and corpus.articles >= articles:
                    break  # the last item may be cut short; its gold names only the articles written
                (out / written.name).write_text(written.text, encoding="utf-8")
                manifest.write(json.dumps({"file": written.name, "published": written.published.isoformat(),
                                           "outlet": written.outlet, "url": written.url}) + "\n")
                corpus.articles += 1
                present.add(written.name)
            for event in item.events:
                event.articles = [a for a in event.articles if a in present]
                if event.articles:
                    events.append(event.gold())
            negatives.extend(n for n in item.negatives if n["article"] in present)
    corpus.events, corpus.negatives = len(events), len(negatives)
    gold = {"events": events, "optional_events": [], "non_events": negatives}
    (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, required=True, help="how many article files to write")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write them into")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first-item", type=int, default=0, help="start at this item (for corpora made in batches)")
    args = parser.parse_args()
    corpus = write_corpus(args.out, seed=args.seed, first_item=args.first_item, articles=args.articles)
    print(f"{corpus.articles} articles ({corpus.events} calls, {corpus.negatives} negatives) from items "
          f"{args.first_item}..{corpus.next_item - 1} written to {args.out}")


if __name__ == "__main__":
    main()
