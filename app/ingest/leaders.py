"""Who is who: the leaders gazetteer, and finding the people a text names or describes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from app.ingest.leader_patterns import (HELD_BESIDE_OFFICE, NEEDS_COUNTRY, PARTICLES, STOP_WORDS, Patterns, Prefix,
                                        name_text, title_key, title_role)
# LEADER_KINDS, DATA_FILE and the record classes are re-exported: callers may import them from here.
from app.ingest.leader_records import DATA_FILE, KINDS, LEADER_KINDS, Alias, Country, Person, Term, read_records
from app.ingest.text import fold, name_key, slugify
from app.ingest.types import LeaderRef

IMPLIED_PLACE = {"pope": "VA", "taoiseach": "IE"}
# "of the Palestinian ...": a country's adjective, so a noun follows; only these make it the nation's own office.
_NOUN_AFTER = re.compile(r"[^\S\n]+([a-z][a-z-]+)")
_A_NATIONS_NOUNS = frozenset({"people", "peoples", "nation", "state", "government", "side", "republic", "kingdom",
                              "federation", "union", "authority", "administration", "leadership", "delegation"})
_OF = re.compile(r"[^\S\n]+of\b", re.IGNORECASE)
# "RIYADH: ", "DOHA (QNA) - ": the place a wire's story opens with, alone at the head of its line
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][A-Z.'’ -]{1,30}(?:,[^\S\n]*[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2})?"
                              r"(?:[^\S\n]*\([^()\n]{1,20}\))?[^\S\n]*(?::|-{1,2}|—|–)[^\S\n]*\Z")
_DATELINE_REACH = 50  # characters from the head of the line to the title after the dateline
_AND = re.compile(r"[^\S\n]+and[^\S\n]+")
_PAIRED_TITLE_REACH = 30  # characters from the start of a title to the start of the one "and" joins to it
_OFFICES_BEFORE = re.compile(r"\b(?:as|of|for|between|both|former|then|acting|elected|became|become|named)[^\S\n]+\Z")
# "the Prime Minister and Minister of Foreign Affairs of Kenya", "the Crown Prince and Prime Minister of Saudi
# Arabia": a second office joined to the title, then its place.
_JOINT_OFFICE = re.compile(r"[^\S\n]+and[^\S\n]+(?:(?:Prime[^\S\n]+)?Minister|Secretary|Cabinet|Head|Chair\w*"
                           r"|Commander|Leader)(?:[^\S\n]+(?:of|for|the|[A-Z][a-z]+)){1,6}")
# "The President spoke by phone today with President Putin": a bare title calling one who bears it too.
_CALLS_AFTER = re.compile(r"[^\S\n]+(?:spoke|talked|held|had|received|called|telephoned|phoned)\b[^.\n]{0,60}")
# Between two leaders of one list: "President A and Malaysian Prime Minister B", "A, B and C".
_LIST_GAP = re.compile(r"(?:[^\S\n]*,)?[^\S\n]+(?:and[^\S\n]+)(?:(?:the|[A-Z][\w'’-]*)[^\S\n]+){0,4}"
                       r"|[^\S\n]*,[^\S\n]+(?:(?:the|[A-Z][\w'’-]*)[^\S\n]+){0,4}")
_GIVEN_NAME_AFTER = re.compile(r"[^\S\n]+([A-Z][a-z]+)(?:-[a-z]+)?\b")
_GIVEN_NAMES_IN_BRACKETS = re.compile(r"\((?:[A-Z][\w.'’-]*[^\S\n]?){1,3}\)[^\S\n]+\Z")
_OF_THE_REPUBLIC = re.compile(r"[^\S\n]+of[^\S\n]+the[^\S\n]+republic\b(?![^\S\n]+of\b)", re.IGNORECASE)
# "the President of the Republic, Mr. Abdelmadjid Tebboune," and "Tebboune, President of the Republic,": the text
# says once whose the title is, so its later bare uses are that person's even when the counterpart is a president too.
_HONORIFICS_THEN_NAME = re.compile(r",[^\S\n]*(?:(?:mr|mrs|ms|madam|dr|his|her|excellency|h\.[^\S\n]?e)\.?[^\S\n]*)*$",
                                   re.IGNORECASE)
_NAME_THEN_TITLE = re.compile(r",[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)


# An article is scanned for names more than once (what it names at a glance, then every mention): read it once.
_folded = lru_cache(maxsize=4)(fold)


@lru_cache(maxsize=4)
def _name_hits(names: re.Pattern[str], folded: str) -> list[tuple[int, int, str]]:
    """Every match of the name pattern in the folded text: where it is, and its lookup key."""
    return [(m.start(), m.end(), name_key(m.group())) for m in names.finditer(name_text(folded))]


# "the Saudi sovereign wealth fund", "its sovereign right": the adjective, not the monarch
_SOVEREIGN_THING = re.compile(r"sovereign[^\S\n]+(?:wealth|debt|funds?|bonds?|ratings?|states?|nations?|territory"
                              r"|rights?|immunity|equality|decisions?|powers?|default|risk|credit|country|will)\b",
                              re.IGNORECASE)
_HEADS_OF_GOVERNMENT = frozenset({"prime minister", "premier"})
_CROWNS = frozenset({"king", "queen", "emperor", "emir", "sultan", "grand duke"})  # titles held by one monarch


@dataclass(frozen=True)
class MentionContext:
    """What the rest of the article tells us: its home country and the leaders it names."""

    home_country: str | None = None
    named_slugs: frozenset[str] = frozenset()
    issuer: bool = False  # the home country published the text (its outlet or site): its titles come first


@dataclass(frozen=True)
class LeaderMention:
    """One person named or described in a text; the span never includes a trailing possessive "'s"."""

    start: int
    end: int
    surface: str
    person: LeaderRef
    via: str  # "name", "surname", "title" (someone new, known by title) or "description"
    qualifier: str | None = None  # "former", "then", "late" or "elect": not the leader in this mention
    title: str | None = None


@dataclass
class _Scan:
    """The state of one find_mentions call."""

    text: str
    folded: str
    on: date | None
    context: MentionContext | None
    mentions: list[LeaderMention] = field(default_factory=list)  # in order of start; they never overlap
    made: dict[str, LeaderRef] = field(default_factory=dict)  # people known only by title in this text
    starts: list[int] = field(default_factory=list)  # the mentions' starts, for bisecting
    ends: list[int] = field(default_factory=list)  # the mentions' ends, sorted
    slugs: set[str] = field(default_factory=set)  # everyone mentioned so far
    republics: dict[str, Person | None] = field(default_factory=dict)  # "the President of the Republic": whose, by title
    elects: dict[str, set[str]] = field(default_factory=dict)  # "President-elect Trump": who, by country

    def claimed(self, start: int, end: int) -> bool:
        # Mentions do not overlap, so only the last ones starting before `end` can reach past `start`.
        at = bisect_left(self.starts, end)
        return any(self.mentions[i].end > start for i in range(max(0, at - 2), at))

    def floor(self, at: int) -> int:
        """The end of the last mention that ends by `at` (0 when none does)."""
        i = bisect_right(self.ends, at)
        return self.ends[i - 1] if i else 0

    def add(self, start: int, end: int, ref: LeaderRef, via: str, prefix: Prefix | None = None,
            qualifier: str | None = None) -> None:
        title = prefix.title_text if prefix else None
        at = bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.mentions.insert(at, LeaderMention(start, end, self.text[start:end], ref, via, qualifier, title))
        insort(self.ends, end)
        self.slugs.add(ref.slug)
        if qualifier == "elect" and ref.country:
            self.elects.setdefault(ref.country, set()).add(ref.slug)

    def rename(self, old: LeaderRef, new: LeaderRef) -> None:
        """Someone made from a short name turned out to have a longer one: their earlier mentions follow."""
        self.mentions = [replace(m, person=LeaderRef(new.slug, new.name, new.office, new.country, m.person.is_leader))
                         if m.person.slug == old.slug else m for m in self.mentions]
        self.slugs.add(new.slug)


class LeaderDirectory:
    """The people and countries of the data file, indexed for lookups by date and for scanning text."""

    def __init__(self, countries: list[Country], people: list[Person], aliases: dict[str, list[Alias]],
                 lower_ok: set[str], acronyms: dict[str, str]) -> None:
        self.countries = {c.code: c for c in countries}
        self.people = {p.slug: p for p in people}
        self._aliases = aliases
        self._lower_ok = lower_ok
        self._acronyms = acronyms
        self._places: dict[str, tuple[str, str]] = {}
        for country in countries:
            for region in country.regions:
                self._places[fold(region)] = ("region", region)
            for word in (*country.names, *country.adjectives):
                self._places[fold(word)] = ("country", country.code)
        names = {fold(name) for country in countries for name in country.names}
        self._adjectives_only = {fold(word) for country in countries for word in country.adjectives} - names
        self._terms: dict[str, list[tuple[Person, Term]]] = defaultdict(list)
        for person in people:
            for term in person.terms:
                self._terms[term.country].append((person, term))
        self.patterns = Patterns.build(aliases, self._places)
        self._by_first_and_last: dict[tuple[str, str], list[Person]] = defaultdict(list)
        for person in people:
            words = name_key(person.name).split()
            if len(words) > 2:
                self._by_first_and_last[words[0], words[-1]].append(person)
        self._run_together = {key.replace(" ", ""): key for key in aliases if key.count(" ") == 1}
        # Each name form of two words or more under each of its words left out: where a misspelled word's name is
        self._one_word_out: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
        for key in aliases:
            words = key.split()
            for at in range(len(words) if len(words) > 1 else 0):
                self._one_word_out[(*words[:at], "", *words[at + 1:])].append((words[at], key))
        # "@ashrafghani", "@Keir_Starmer": a full name or two-word alias run together is the account of who bears it
        self._handles = {key.replace(" ", ""): key for key in aliases if " " in key}

    # ------------------------------------------------------------------ lookups
    def by_slug(self, slug: str) -> LeaderRef | None:
        return self.leader_for(slug, None) if slug in self.people else None

    def leader_for(self, slug: str, on: date | None) -> LeaderRef:
        """The person as they stood on a day (or at their latest leading term when no day is given)."""
        return self._ref(self.people[slug], on)

    def office_holder(self, country_code: str, office_kind: str, on: date) -> LeaderRef | None:
        """Who held an office on a day: a kind ("head-of-state"), "leader", or a title ("prime minister")."""
        holders = self._holders(country_code, office_kind if office_kind in KINDS else title_key(office_kind), on)
        return self._ref(holders[0], on) if len(holders) == 1 else None

    def _holders(self, code: str, key: str, on: date) -> list[Person]:
        if key == "leader":
            for kind in self.countries[code].leader_kinds if code in self.countries else ():
                found = self._holders(code, kind, on)
                if found:
                    return found
            return []
        found = {p.slug: p for p, t in self._terms.get(code, []) if t.covers(on) and (t.kind == key or t.answers(key))}
        return list(found.values())

    def _counterparts(self, code: str, on: date, owner_office: str = "") -> list[Person]:
        """Who a leader's counterpart in this country is: its leader, but of Iran the president, as reporters use
        the word, not the supreme leader; and of a prime minister, China's premier or the prime minister of a
        country a party leads (Vietnam's), whom prime ministers' offices and reporters alike call their
        counterpart, though another leads; of a president there, its state president."""
        if title_key(owner_office) in _HEADS_OF_GOVERNMENT:
            premiers = self._holders(code, "head-of-government", on)
            if len(premiers) == 1 and self._premier_is_counterpart(code, premiers[0], on):
                return premiers
        if title_key(owner_office) == "president" and self._led_by_party(code):
            # "Diaz-Canel and his Vietnamese counterpart": Vietnam's state president, not the party chief.
            presidents = self._holders(code, "president", on)
            if len(presidents) == 1:
                return presidents
        holders = self._holders(code, "leader", on)
        if len(holders) == 1 and (self._ref(holders[0], on).office or "").lower() == "supreme leader":
            return self._holders(code, "president", on) or holders
        return holders

    def _premier_is_counterpart(self, code: str, premier: Person, on: date) -> bool:
        # Not where a president leads: "Starmer and his French counterpart" is Macron, as British reporters use it.
        office = self._ref(premier, on).office or ""
        return office.lower() == "premier" or title_key(office) == "prime minister" and self._led_by_party(code)

    def _led_by_party(self, code: str) -> bool:
        leader_kinds = self.countries[code].leader_kinds if code in self.countries else ()
        return leader_kinds[:1] == ("de-facto",)

    def _ref(self, person: Person, on: date | None, key: str | None = None, qualifier: str | None = None) -> LeaderRef:
        return _person_ref(person, on, key, qualifier)

    # ------------------------------------------------------------------ scanning
    def find_mentions(self, text: str, *, on: date | None,
                      context: MentionContext | None = None) -> list[LeaderMention]:
        """Every person named or described in the text, left to right, without overlaps.

        `on` is the day the text speaks of: it decides who held an office and who is a leader. Without a
        `context`, bare titles ("the president") are left alone; with one, they go to a leader the article
        names, or else to the home country's office holder on that day.
        """
        scan = _Scan(text, _folded(text), on, context)
        self._scan_names(scan)
        self._scan_handles(scan)
        self._scan_titles(scan)
        self._scan_princes(scan)
        self._scan_counterparts(scan)
        self._scan_made_surnames(scan)
        self._scan_chairs(scan)
        return _with_nickname_after(scan.text, _through_surname(scan.text, _drop_appositive_descriptions(scan)))

    def named_in(self, text: str, *, on: date | None) -> list[LeaderRef]:
        """The people a text names by a form only they bear ("Benjamin Netanyahu", not "Mr. Lee"), each as they
        stood on the day: what a reader knows of it at a glance, the context for reading its bare titles."""
        slugs: dict[str, None] = {}
        for start, end, key in _name_hits(self.patterns.names, _folded(text)):
            aliases = self._aliases[key]
            if len({a.slug for a in aliases}) == 1 and not aliases[0].titled and (
                    self._case_ok(key, text[start:end]) or self._surname_first(key, text, end)):
                slugs.setdefault(aliases[0].slug)
        return [self._ref(self.people[slug], on) for slug in slugs]

    def _scan_names(self, scan: _Scan) -> None:
        hits = [(start, end, key) for start, end, key in _name_hits(self.patterns.names, scan.folded)
                if (self._case_ok(key, scan.text[start:end]) or self._surname_first(key, scan.text, end))
                and not self._inside_place(scan.folded, start, end)
                and (scan.text[start].isupper() or _standing_alone(scan.text, start, end))]
        # People named by a form that only they bear; their titled short forms become usable.
        only_theirs = {key for _, _, key in hits
                       if len({a.slug for a in self._aliases[key]}) == 1 and not self._aliases[key][0].titled}
        named = {self._aliases[key][0].slug for key in only_theirs}
        named_in_full = {self._aliases[key][0].slug for key in only_theirs if " " in key}
        last_end = 0
        for start, end, key in hits:
            if start < last_end:
                continue
            prefix = self.patterns.peel(scan.folded, start, last_end)
            if (given := _GIVEN_NAMES_IN_BRACKETS.search(scan.folded, max(last_end, start - 40), start)) is not None \
                    and (titled := self.patterns.peel(scan.folded, given.start(), last_end)).title is not None:
                prefix = titled  # "Prime Minister (Benjamin) Netanyahu": the given names in brackets, as AP writes
            if "jr" not in key and self.patterns.junior(scan.folded, end):
                continue
            single = len([w for w in key.split() if w not in PARTICLES]) == 1  # "Assad", "al-Assad"
            if single and self.patterns.part_of_other_name(scan.folded, start, end, peeled=prefix.start != start,
                                                           titled=any(a.titled for a in self._aliases[key])):
                # "Aby Ahmed said": the given name misspelled of someone the text names in full is no one else's
                if (given := self._misspelled_given_name(scan.text, start, key, named_in_full)) is None:
                    continue
                start, prefix = given, self.patterns.peel(scan.folded, given, last_end)
            person = self._pick(self._aliases[key], prefix, scan, named, self._place_after(scan.folded, end))
            if person is None:
                continue
            qualifier = prefix.qualifier or ("elect" if prefix.elect else None)
            begin = prefix.start if (prefix.title or prefix.honorific) else start
            via = "name" if " " in key or key == name_key(person.name) else "surname"
            scan.add(begin, end, self._ref(person, scan.on, prefix.title, qualifier), via, prefix, qualifier)
            last_end = end

    def _misspelled_given_name(self, text: str, start: int, key: str, named: set[str]) -> int | None:
        """Where the word before a short name begins when with it the name is that of the one person named in full who
        bears the short name, that word spelled alike."""
        given = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if given is None:
            return None
        bearers = {alias.slug for alias in self._aliases[key]} & named
        alike = [p for p in self._spelled_alike_people(f"{name_key(given.group(1))} {key}") if p.slug in bearers]
        return given.start() if len(alike) == 1 else None

    def _scan_handles(self, scan: _Scan) -> None:
        """ "Spoke to President @ashrafghani", "Honored to speak with @POTUS": a post's account for its holder."""
        if "@" not in scan.text:
            return
        for match in _HANDLE.finditer(scan.text):
            start, end = match.span()
            handle = match.group("handle").replace("_", "").lower()
            person: Person | None = None
            if (spaced := self._handles.get(handle)) is not None:
                person = self._pick(self._aliases[spaced], Prefix(start), scan, set())
            elif handle in _OFFICE_HANDLES and scan.on is not None:
                holders = self._holders(*_OFFICE_HANDLES[handle], scan.on)
                person = holders[0] if len(holders) == 1 else None
            if person is None or scan.claimed(start, end):
                continue
            prefix = self.patterns.peel(scan.folded, start, scan.floor(start))
            begin = prefix.start if (prefix.title or prefix.honorific) else start
            scan.add(begin, end, self._ref(person, scan.on, prefix.title), "name", prefix)

    def _inside_place(self, folded: str, start: int, end: int) -> bool:
        """ "Costa Rica", "San Marino": a name that begins a longer place name is the place."""
        place = self.patterns.place_at.match(folded, start)
        return place is not None and place.end() > end

    def _place_after(self, folded: str, end: int) -> set[str]:
        """ "King Abdullah of Saudi Arabia": the country named right after a name."""
        of = self.patterns.of_place_after.match(folded, end)
        return self._codes(of.group("place")) if of is not None and of.group("place") else set()

    def _pick(self, aliases: list[Alias], prefix: Prefix, scan: _Scan, named: set[str],
              after: set[str] | frozenset[str] = frozenset()) -> Person | None:
        """Choose among the people an alias may mean; None rather than a guess."""
        def usable(alias: Alias) -> bool:
            # "Mr. Kim" could be anyone; "Chairman Kim" or a "Kim Jong Un" earlier in the text cannot.
            title = prefix.title if prefix.title != "leader" or prefix.place else None  # "Hezbollah leader"
            # "UAE President Sheikh Mohamed ... calls to Sheikh Mohamed": an honorific and the short name again
            again = prefix.honorific and alias.slug in scan.slugs
            return not alias.titled or alias.slug in named or again or title is not None and any(
                t.answers(title) for t in self.people[alias.slug].terms)

        people = [self.people[a.slug] for a in aliases if usable(a)]
        context = scan.context or MentionContext()
        on = scan.on
        codes = self._codes(prefix.place)
        filters = [
            lambda p: prefix.title is not None and any(t.answers(prefix.title) for t in p.terms),
            lambda p: not codes or any(t.country in codes for t in p.terms),
            lambda p: not after or any(t.country in after for t in p.terms),
            lambda p: p.slug in named,
            lambda p: p.slug in context.named_slugs,
            lambda p: on is not None and any(t.covers(on) for t in p.terms),
            # "George Bush" beside Tony Blair is the son, beside Gorbachev the father, whatever day the story is of.
            lambda p: self._led_beside(p, context.named_slugs),
            lambda p: context.home_country is not None and any(t.country == context.home_country for t in p.terms),
        ]
        for keep in filters:
            if len(people) <= 1:
                break
            narrowed = [p for p in people if keep(p)]
            people = narrowed or people
        return people[0] if len(people) == 1 else None

    def _led_beside(self, person: Person, named: frozenset[str]) -> bool:
        """Whether the person led at some time when another leader the text names did."""
        others = [self.people[slug] for slug in named if slug != person.slug and slug in self.people]
        return any(mine.is_leader and theirs.is_leader and _overlap(mine, theirs)
                   for other in others for theirs in other.terms for mine in person.terms)

    def _codes(self, place: str | None) -> set[str]:
        if place is None or place not in self._places:
            return set()
        kind, value = self._places[place]
        if kind == "country":
            return {value}
        return {c.code for c in self.countries.values() if value in c.regions}

    def _case_ok(self, key: str, surface: str) -> bool:
        if key in self._acronyms:
            return surface == self._acronyms[key]
        if surface.isupper() and len(surface) <= 4:
            return False  # "XI" is a numeral, not Xi
        return surface[0].isupper() or key in self._lower_ok

    def _surname_first(self, key: str, text: str, end: int) -> bool:
        """ "SUGA Yoshihide", "MOON Jae-in": a short surname in capitals followed by the person's given name, as
        Japanese and Korean government texts write names, is the name and no numeral."""
        given = _GIVEN_NAME_AFTER.match(text, end)
        if given is None or not text[end - len(key):end].isupper():
            return False
        word = name_key(given.group(1))
        return any(word in name_key(self.people[alias.slug].name).split() and word != key
                   for alias in self._aliases.get(key, ()) if alias.slug in self.people)

    def _scan_titles(self, scan: _Scan) -> None:
        for match in self.patterns.titles.finditer(scan.folded):
            start, end = match.span()
            if scan.claimed(start, end):
                continue
            key = title_key(match.group())
            role = title_role(key)
            if role == "other" or _SOVEREIGN_THING.match(scan.folded, start):
                continue
            elect = self.patterns.elect_after.match(scan.folded, end)
            after = elect.end() if elect else end
            prefix = self.patterns.peel(scan.folded, start, scan.floor(start), with_title=False)
            prefix = replace(prefix, title=key, title_text=scan.text[start:end], elect=bool(elect))
            if role == "head" and self._titled_newcomer(scan, prefix, after):
                continue
            self._description(scan, prefix, after)

    def _titled_newcomer(self, scan: _Scan, prefix: Prefix, after: int) -> bool:
        """'President Ilham Aliyev of Azerbaijan': someone not in the data, known as a head by the title."""
        if prefix.determiner and prefix.place is None or self.patterns.blocked_before(scan.folded, prefix.start):
            return False
        found = self.patterns.unknown_name(scan.folded, after)
        if found is None:
            return self._known_after_title_of_place(scan, prefix, after)
        if scan.claimed(found[0], found[1]):
            return False
        name_start, name_end, _ = found
        name = scan.text[name_start:name_end]
        key = name_key(name)
        if key in self._aliases:
            return False  # a known name the text leaves open ("King Abdullah" while two kings bear it): no one new
        if (known := self._known_otherwise(key, prefix, scan.on)):
            scan.add(prefix.start, name_end, self._ref(known, scan.on, prefix.title), "name", prefix)
            return True
        if " " not in key and (spaced := self._run_together.get(key)) is not None:
            # "President XiJinping": a known name whose space was lost
            person = self._pick(self._aliases[spaced], prefix, scan, set())
            if person is not None:
                scan.add(prefix.start, name_end, self._ref(person, scan.on, prefix.title), "name", prefix)
                return True
        of = self.patterns.of_place_after.match(scan.folded, name_end)
        codes = self._codes(prefix.place) or self._codes(of.group("place") if of else None)
        if name_key(prefix.title_text or "") in NEEDS_COUNTRY and not codes:
            return False  # "Premier Doug Ford of Ontario"; "Premier Wen Jiabao of China" is fine
        if key.endswith("s") and " " not in key and key[:-1] in self._aliases:
            # "President Bidens perspective": a known name that lost its apostrophe
            person = self._pick(self._aliases[key[:-1]], prefix, scan, set())
            if person is not None:
                scan.add(prefix.start, name_end, self._ref(person, scan.on, prefix.title), "surname", prefix)
                return True
        codes = self._codes(prefix.place)
        country = next(iter(codes)) if len(codes) == 1 else None
        demonym = None if country or prefix.place else self.patterns.demonym_before(scan.folded, prefix.start)
        if demonym:
            prefix, country = replace(prefix, start=demonym[0]), demonym[1]
        if country is None and of:
            place_codes = self._codes(of.group("place"))
            country = next(iter(place_codes)) if len(place_codes) == 1 else of.group("raw")
        ref = self._made(scan, name, prefix, country)
        qualifier = prefix.qualifier or ("elect" if prefix.elect else None)
        if qualifier:
            ref = LeaderRef(ref.slug, ref.name, ref.office, ref.country, False)
        scan.add(prefix.start, name_end, ref, "title", prefix, qualifier)
        return True

    def _known_otherwise(self, key: str, prefix: Prefix, on: date | None) -> Person | None:
        """A known leader the title names by a name written otherwise than the data has it: "President Ibrahim
        Solih", "King Hamad Khalifa" (words of the full name, first and last kept); "President Vadimir Putin" (one word
        spelled otherwise); "Australian Prime Minister John Morrison" (the holder's surname, another given name);
        "Serbian President Aleksandar Vuchikj" (the holder's given name, the surname transliterated otherwise)."""
        return self._shortened_name(key, prefix, on) or self._misspelled_name(key, prefix, on) \
            or self._holder_named_in_part(key, prefix, on)

    def _known_after_title_of_place(self, scan: _Scan, prefix: Prefix, after: int) -> bool:
        """ "President of Kyrgyzstan Sooronbai Jeenbekov": a known leader of the place, by a name written otherwise.
        No one new is made so: "President of the Senate John Smith" is no head."""
        of = self.patterns.of_place_after.match(scan.folded, after)
        found = self.patterns.unknown_name(scan.folded, of.end()) if of is not None and of.group("place") else None
        if found is None or scan.claimed(found[0], found[1]) or name_key(found[2]) in self._aliases:
            return False
        known = self._known_otherwise(name_key(found[2]), replace(prefix, place=of.group("place")), scan.on)
        if known is not None:
            scan.add(prefix.start, found[1], self._ref(known, scan.on, prefix.title), "name", prefix)
        return known is not None

    def _holder_named_in_part(self, key: str, prefix: Prefix, on: date | None) -> Person | None:
        """The one holder of the title in the place on the day whose surname ends a name of two words, or whose given
        name begins it before a surname that begins with the same two letters."""
        words = key.split()
        codes = self._codes(prefix.place)
        if len(words) != 2 or prefix.title is None or prefix.qualifier or prefix.elect or on is None or len(codes) != 1:
            return None  # "former Prime Minister": the holder on the day is someone else
        found = [person for person in self._holders(next(iter(codes)), prefix.title, on)
                 if (held := name_key(person.name).split())[-1] == words[-1]
                 or held[0] == words[0] and held[-1][:2] == words[-1][:2]]
        return found[0] if len(found) == 1 else None

    def _shortened_name(self, key: str, prefix: Prefix, on: date | None) -> Person | None:
        """The one leader bearing the title whose full name begins and ends with the name's words and holds the rest
        in order: "Ibrahim Solih" of "Ibrahim Mohamed Solih"."""
        words = key.split()
        if len(words) < 2 or prefix.title is None:
            return None
        found = []
        for person in self._by_first_and_last.get((words[0], words[-1]), ()):
            full = iter(name_key(person.name).split())
            if all(word in full for word in words) and any(
                    t.answers(prefix.title) and (on is None or t.covers(on)) for t in person.terms):
                found.append(person)
        return found[0] if len(found) == 1 else None

    def _misspelled_name(self, key: str, prefix: Prefix, on: date | None) -> Person | None:
        """The one leader bearing the title and place on the day whose name differs from the name in one word that
        is spelled alike: "Vadimir Putin", "Magdalena Anderson", "Volodimir Zelensky"."""
        if prefix.title is None or on is None:
            return None
        codes = self._codes(prefix.place)
        found = [person for person in self._spelled_alike_people(key) if any(
            t.answers(prefix.title) and t.covers(on) and (not codes or t.country in codes) for t in person.terms)]
        return found[0] if len(found) == 1 else None

    def _spelled_alike_people(self, key: str) -> list[Person]:
        """Those with a name form of two words or more that differs from the name in one word spelled alike."""
        words = key.split()
        found: dict[str, Person] = {}
        for at, word in enumerate(words if len(words) > 1 else ()):
            for known_word, known in self._one_word_out.get((*words[:at], "", *words[at + 1:]), ()):
                if _spelled_alike(word, known_word):
                    found |= {alias.slug: self.people[alias.slug] for alias in self._aliases[known]}
        return list(found.values())

    def _made(self, scan: _Scan, name: str, prefix: Prefix, country: str | None) -> LeaderRef:
        """Someone the text introduces by title, known by the name as written ("Manmohan Singh", not "Singh")."""
        words = name.split()
        office = " ".join(w.capitalize() for w in (prefix.title_text or "").split()) or None
        same = [ref for ref in scan.made.values() if ref.name.split() == words]
        by_surname = [ref for ref in scan.made.values() if len(words) == 1 and ref.name.split()[-1] == words[0]]
        if same or by_surname:  # the same name again, or the surname alone of someone named in full
            found = same or [ref for ref in by_surname if ref.office == office] or by_surname
            return found[0]
        if len(words) == 1:
            # "Prime Minister Shehbaz Sharif ... PM Shehbaz": the first name alone of a leader the text names in full
            known = {m.person.slug: m.person for m in scan.mentions
                     if m.person.is_leader and len(m.person.name.split()) > 1
                     and fold(m.person.name.split()[0]) == fold(words[0])}
            if len(known) == 1:
                return next(iter(known.values()))
        for short in [ref for ref in scan.made.values() if len(ref.name.split()) == 1 and ref.name == words[-1]]:
            # "Prime Minister Singh ... Prime Minister Manmohan Singh": the full name replaces the surname
            full = LeaderRef(slugify(name), name, short.office or office, short.country or country, short.is_leader)
            del scan.made[short.slug]
            scan.made[full.slug] = full
            scan.rename(short, full)
            return full
        ref = LeaderRef(slugify(name), name, office, country, True)
        scan.made[ref.slug] = ref
        return ref

    def _description(self, scan: _Scan, prefix: Prefix, after: int) -> None:
        """'the Israeli prime minister', 'Qatar's emir', 'the president of Egypt', 'the president'."""
        # "RIYADH: Crown Prince and Prime Minister of Saudi Arabia on Monday received ...": a wire's lead may drop the
        # article before a title it ties to a country
        bare = not (prefix.determiner or prefix.possessive)
        after_dateline = bare and bool(_DATELINE_BEFORE.search(scan.text, max(0, prefix.start - _DATELINE_REACH),
                                                               prefix.start))
        if prefix.qualifier or prefix.elect or bare and not (after_dateline or self._paired_title(scan, prefix, after)):
            return
        place, end, raw = prefix.place, after, None
        if place is None and (joint := self._joint_office_of(scan, after)) is not None:
            # "the Prime Minister and Minister of Foreign Affairs of Kenya": both offices are of the place it ends with
            place, end = joint.group("place"), joint.end()
        if place is None and (of := self.patterns.of_place_after.match(scan.folded, after)):
            place, raw, end = of.group("place"), of.group("raw"), of.end()
            if place is not None and place in self._adjectives_only \
                    and (noun := _NOUN_AFTER.match(scan.text, end)) and noun.group(1).lower() not in _A_NATIONS_NOUNS:
                return  # "the leader of the Palestinian militant group Hamas": the group's, not the nation's
        if bare and after_dateline and place is None:
            return
        key = prefix.title or ""
        codes = self._codes(place) or ({IMPLIED_PLACE[key]} if key in IMPLIED_PLACE else set())
        own = _OF_THE_REPUBLIC.match(scan.folded, after) if place is None else None
        if own is not None:
            end = own.end()  # "the President of the Republic": a French or Italian readout's own president
            of_other = False
        else:
            of_other = raw is not None or place is None and bool(_OF.match(scan.folded, after))  # "the king of pop"
        called = self._called_by_bare_title(scan, prefix, after) if place is None and own is None \
            else (frozenset(), False)
        person = None if of_other or key == "leader" and not codes else self._describe(scan, key, codes, place, called)
        if person is None and own is not None and not of_other:
            person = self._republic_named(scan, key, prefix.title_text or "")
        if person is not None:
            start = prefix.det_start if prefix.determiner else prefix.start
            scan.add(start, end, self._ref(person, scan.on, key), "description", prefix)
        elif title_role(key) == "head" and scan.folded.startswith(",", end):
            # "the president of Freedonia, Jane Doe, said": someone new, introduced by the description
            # Only for a country we know: "the president of the World Bank, Ajay Banga" is no head of state.
            found = self.patterns.unknown_name(scan.folded, end + 1)
            known_country = place is not None and self._places.get(place, ("",))[0] == "country"
            if found and known_country and not scan.claimed(found[0], found[1]):
                ref = self._made(scan, scan.text[found[0]:found[1]], prefix, next(iter(codes)))
                scan.add(found[0], found[1], ref, "title", prefix)

    def _republic_named(self, scan: _Scan, key: str, title_text: str) -> Person | None:
        """The one leader the text sets beside "the <title> of the Republic" by apposition, holding that title."""
        if not title_text:
            return None
        if title_text.lower() not in scan.republics:  # read once per text: a long text may say it thousands of times
            scan.republics[title_text.lower()] = self._apposed_to_republic(scan, key, title_text)
        return scan.republics[title_text.lower()]

    def _apposed_to_republic(self, scan: _Scan, key: str, title_text: str) -> Person | None:
        found: set[str] = set()
        phrase = re.compile(rf"{re.escape(title_text)}{_OF_THE_REPUBLIC.pattern}", re.IGNORECASE)
        for match in phrase.finditer(scan.folded):
            at = bisect_left(scan.starts, match.end())
            after = scan.mentions[at] if at < len(scan.mentions) else None
            if after is not None and _HONORIFICS_THEN_NAME.match(scan.folded[match.end():after.start]):
                found.add(after.person.slug)
            before = scan.mentions[at - 1] if at and scan.mentions[at - 1].end <= match.start() else None
            if before is not None and _NAME_THEN_TITLE.match(scan.folded[before.end:match.start()]):
                found.add(before.person.slug)
        people = [self.people[slug] for slug in found if slug in self.people]
        if len(people) != 1 or not any(t.answers(key) and (scan.on is None or t.covers(scan.on))
                                       for t in people[0].terms):
            return None
        return people[0]

    def _joint_office_of(self, scan: _Scan, after: int) -> re.Match[str] | None:
        joint = _JOINT_OFFICE.match(scan.text, after)
        if joint is None:
            return None
        at = scan.text.find(" of ", after, joint.end())
        while at != -1:
            of = self.patterns.of_place_after.match(scan.folded, at)
            if of is not None and of.group("place") is not None:
                return of
            at = scan.text.find(" of ", at + 1, joint.end())
        return None

    def _called_by_bare_title(self, scan: _Scan, prefix: Prefix, after: int) -> tuple[frozenset[str], bool]:
        """ "The President called President Erdogan": whom a sentence's bare title calls, and whether that one bears
        the title too while no one bearing it was named before."""
        key = prefix.title or ""
        if not prefix.determiner or scan.on is None or (call := _CALLS_AFTER.match(scan.text, after)) is None:
            return frozenset(), False
        at = bisect_left(scan.starts, after)
        called_at = next((i for i in range(at, len(scan.mentions)) if scan.mentions[i].start < call.end()), None)
        called = scan.mentions[called_at] if called_at is not None else None
        if called is None or called.qualifier or not called.person.is_leader:
            return frozenset(), False
        # "President Macron arrived ... The President spoke with President Putin": Macron, not the account's own
        first = title_key(called.title or "") == key and not any(
            m.start < prefix.det_start and title_key(m.person.office or "") == key for m in scan.mentions)
        return frozenset(m.person.slug for m in self._listed_from(scan, called_at)), first

    @staticmethod
    def _listed_from(scan: _Scan, at: int) -> list[LeaderMention]:
        """The mention at `at` and those listed on after it: "calls from President A and Prime Minister B"."""
        listed = [scan.mentions[at]]
        for mention in scan.mentions[at + 1:]:
            if not _LIST_GAP.fullmatch(scan.text, listed[-1].end, mention.start):
                break
            listed.append(mention)
        return listed

    def _describe(self, scan: _Scan, key: str, codes: set[str], place: str | None,
                  called: tuple[frozenset[str], bool] = (frozenset(), False)) -> Person | None:
        on, context = scan.on, scan.context
        slugs = set(context.named_slugs) if context else set()
        slugs |= scan.slugs
        named = [self.people[s] for s in sorted(slugs) if s in self.people]

        def holds(person: Person, allowed: set[str] | None) -> bool:
            if on is None:  # undated: what the person is best known as (their latest leading term)
                term = person.term_for(None)
                return term.answers(key) and (allowed is None or term.country in allowed)
            return any(t.covers(on) and t.answers(key) and (allowed is None or t.country in allowed)
                       for t in person.terms)

        def only(found: list[Person]) -> Person | None:
            return found[0] if len(found) == 1 else None

        if len(codes) == 1 and on is not None and self._places.get(place or "", ("country",))[0] == "country":
            holders = self._holders(next(iter(codes)), key, on)
            elect = self._elect_of(scan, next(iter(codes)))
            if elect is not None and not any(h.slug in slugs for h in holders):
                # "President-elect Donald Trump received calls ... the American leader spoke with Macron": the
                # one-to-be the story is about, not the incumbent it never names
                return elect
            return only(holders)
        if codes:
            found = only([p for p in named if holds(p, codes)])
            if found is None and on is None and len(codes) == 1:
                found = self._sole_holder_while_in_office(next(iter(codes)), key, named)
            return found
        if context is None:
            return None  # a bare "the president" needs to know whose story this is
        # "The monarch spoke to King Salman": whoever the bare title is, not the one it calls
        found = [p for p in named if holds(p, None) and p.slug not in called[0]]
        home = context.home_country
        if called[1] and home and on is not None and (own := only(self._holders(home, key, on))) \
                and own.slug not in called[0] and self._ref(own, on).is_leader:
            # "The White House said the President telephoned President Macron": the account's own president
            return own
        if context.issuer and home and on is not None and (own := only(self._holders(home, key, on))) and (
                not found or self._ref(own, on).is_leader):
            # A Downing Street readout's "the Prime Minister" is the British one, whoever it names; its "the
            # Chancellor" is the German leader it names, not the British finance minister.
            return own
        if len(found) > 1 and home:
            return only([p for p in found if holds(p, {home})])
        if not found and home and on is not None:
            return only(self._holders(home, key, on))
        if not found and on is not None and key in _CROWNS:
            # "The Queen telephoned New Zealand Prime Minister Jacinda Ardern": the monarch of a country whose leader
            # the article names, when there is one such monarch
            countries = {t.country for p in named for t in p.terms if t.covers(on)}
            return only(list({h.slug: h for code in sorted(countries) for h in self._holders(code, key, on)}.values()))
        return only(found)

    def _paired_title(self, scan: _Scan, prefix: Prefix, after: int) -> bool:
        """"On 29 November president and chancellor talked": a title joined to another by "and" names, without an
        article, one of the two leaders the story is about."""
        joined = _AND.match(scan.folded, after)
        if joined is not None and self.patterns.titles.match(scan.folded, joined.end()) is not None:
            first = prefix.start
        else:
            low = max(0, prefix.start - _PAIRED_TITLE_REACH)
            first = next((title.start() for title in self.patterns.titles.finditer(scan.folded, low, prefix.start)
                          if _AND.fullmatch(scan.folded, title.end(), prefix.start)), -1)
        # "who served as president and prime minister", "the offices of president and chancellor": offices, no one
        return first >= 0 and not _OFFICES_BEFORE.search(scan.folded, max(0, first - 20), first)

    def _sole_holder_while_in_office(self, code: str, key: str, named: list[Person]) -> Person | None:
        """An undated text's "the President of the United States", beside leaders it names: the one who held that
        office all the while those leaders' best-known terms overlapped."""
        terms = [p.term_for(None) for p in named]
        terms = [t for t in terms if t.is_leader]
        starts = [t.start for t in terms if t.start is not None]
        if not starts:
            return None
        first = max(starts)
        ends = [t.end - timedelta(days=1) for t in terms if t.end is not None]
        holders = self._holders(code, key, first)
        if len(holders) != 1:
            return None
        if not ends:  # all still in office: so must the holder be, from the first day they all were
            return holders[0] if any(t.end is None and (t.start is None or t.start <= first)
                                     for t in holders[0].terms) else None
        last = min(ends)
        return holders[0] if last >= first and holders == self._holders(code, key, last) else None

    def _elect_of(self, scan: _Scan, code: str) -> Person | None:
        """The one person the text so far names as a country's leader-elect ("President-elect Trump")."""
        found = {slug for slug in scan.elects.get(code, ()) if slug in self.people}
        return self.people[next(iter(found))] if len(found) == 1 else None

    def _scan_princes(self, scan: _Scan) -> None:
        """ "the Saudi prince called up Khan": the country's one crown prince on the day, as reporters shorten it."""
        if scan.on is None or "rince" not in scan.folded:
            return
        for match in _PRINCE.finditer(scan.folded):
            start, end = match.span()
            if scan.claimed(start, end) or _NAME_FOLLOWS.match(scan.text, end):
                continue  # "the Saudi prince Alwaleed bin Talal": the name says who
            lo = max(scan.floor(start), start - 60)
            place = self.patterns.place_suffix.search(scan.folded, lo, start)
            the = place and self.patterns.determiner_suffix.search(scan.folded, lo, place.start())
            codes = self._codes(place.group("place")) if place and the and not place.group("poss") else set()
            found = self._holders(next(iter(codes)), "crown prince", scan.on) if len(codes) == 1 else []
            if the and len(found) == 1:
                scan.add(the.start(), end, self._ref(found[0], scan.on, "crown prince"), "description")

    def _scan_counterparts(self, scan: _Scan) -> None:
        """ "Macron spoke with his Brazilian counterpart": that country's leader on the day."""
        if scan.on is None or ("counterpart" not in scan.folded and "colleague" not in scan.folded):
            return
        for match in _COUNTERPART.finditer(scan.folded):
            start, end = match.span()
            if scan.claimed(start, end):
                continue
            name, alike = None, []
            subject_after = _subject_after_opening(scan, start, end)
            if subject_after is None and _NAME_FOLLOWS.match(scan.text, end):
                # "his Brazilian counterpart Lula": the name says who; a misspelled one is the counterpart's if alike
                name = self.patterns.unknown_name(scan.folded, end + scan.folded.startswith(",", end))
                if name is None or match.group("plural") or scan.claimed(name[0], name[1]) \
                        or not (alike := self._spelled_alike_people(name_key(name[2]))):
                    continue
            lo = max(scan.floor(start), start - 60)
            place = self.patterns.place_suffix.search(scan.folded, lo, start)
            if place is None:
                continue
            codes = self._codes(place.group("place"))
            # (start, end, words) of each country before the word: "his German and French counterparts"
            places = [(place.start(), place.end("place"), place.group("place"))]
            while match.group("plural") \
                    and (joined := _PLACES_JOINED.search(scan.folded, lo, places[0][0])) is not None \
                    and (earlier := self.patterns.place_suffix.search(scan.folded[lo:joined.start()] + " ")):
                places.insert(0, (lo + earlier.start(), lo + earlier.end("place"), earlier.group("place")))
            if len(codes) != 1 or not _OWNER.search(scan.folded, lo, places[0][0]):
                continue
            owner = next((m for m in reversed(scan.mentions) if m.end <= places[0][0]), None)
            if owner is None or _NOT_THE_LEADERS.search(scan.text, owner.end, places[0][0]):
                owner = subject_after
            if owner is None or not owner.person.is_leader or owner.qualifier or owner.person.country in codes:
                continue  # a foreign minister's counterpart is a minister; another sentence's leader is not "his"
            # The country's leader, whatever the titles: Macron's German counterpart, as reporters use the word,
            # is the chancellor, not the federal president. Each country's, for several; the last takes the word.
            for index, (each_start, each_end, words) in enumerate(places):
                found = self._counterparts(next(iter(self._codes(words)), ""), scan.on,
                                           owner.person.office or "")
                if len(found) == 1 and name is None:
                    scan.add(each_start, end if index == len(places) - 1 else each_end,
                             self._ref(found[0], scan.on), "description")
                elif len(found) == 1 and found[0] in alike:
                    scan.add(name[0], name[1], self._ref(found[0], scan.on), "name")

    def _scan_made_surnames(self, scan: _Scan) -> None:
        """Later 'Mr. Aliyev' or 'Aliyev' for someone this text introduced by title."""
        surnames = [ref.name.split()[-1] for ref in scan.made.values()]
        forms = {ref.name.split()[-1]: ref for ref in scan.made.values() if len(ref.name.split()[-1]) > 2
                 and ref.name.split()[-1].lower() not in STOP_WORDS
                 and surnames.count(ref.name.split()[-1]) == 1}  # "Singh" alone is nobody when two Singhs came
        forms |= {ref.name: ref for ref in scan.made.values()}
        if not forms:
            return
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(f)) for f in sorted(forms, key=len, reverse=True))
                             + r")(?!\w)")
        by_folded = {fold(f): ref for f, ref in forms.items()}
        for match in pattern.finditer(scan.folded):
            if scan.claimed(*match.span()):
                continue
            prefix = self.patterns.peel(scan.folded, match.start(), scan.floor(match.start()))
            begin = prefix.start if (prefix.title or prefix.honorific) else match.start()
            if scan.claimed(begin, match.end()):
                begin = match.start()
            qualifier = prefix.qualifier or ("elect" if prefix.elect else None)
            ref = by_folded[match.group()]
            if qualifier:
                ref = LeaderRef(ref.slug, ref.name, ref.office, ref.country, False)
            via = "name" if " " in match.group() else "surname"
            scan.add(begin, match.end(), ref, via, prefix, qualifier)

    @staticmethod
    def _scan_chairs(scan: _Scan) -> None:
        """ "Alpha Conde, the chairperson of the African Union, ... The AU chairperson assured ...": the leader the text
        made chair of a body by apposition, named by the chair again, the body's name written out or by its initials."""
        if "chair" not in scan.folded:
            return
        chairs: dict[str, LeaderRef | None] = {}
        for match in _CHAIR_OF.finditer(scan.text):
            at = bisect_left(scan.starts, match.start()) - 1
            apposed = scan.mentions[at] if at >= 0 else None
            if apposed is None or apposed.end != match.start() or not apposed.person.is_leader or apposed.qualifier:
                continue
            body = match.group("body")
            initials = "".join(word[0] for word in body.split() if word[0].isupper())
            for name in {body, initials} if len(initials) > 1 else {body}:
                chairs[name] = apposed.person if chairs.get(name, apposed.person) == apposed.person else None
        named = {name: ref for name, ref in chairs.items() if ref is not None}
        if not named:
            return
        bodies = "|".join(map(re.escape, sorted(named, key=len, reverse=True)))
        again = re.compile(rf"(?<!\w)[Tt]he[^\S\n]+(?P<body>{bodies})[^\S\n]+chair(?:person|man|woman)?(?!\w)")
        for match in again.finditer(scan.text):
            if not scan.claimed(*match.span()):
                scan.add(match.start(), match.end(), named[match.group("body")], "description")


# ", the chairperson of the African Union,": a body's chair given to the one named before
_CHAIR_OF = re.compile(r",[^\S\n]+the[^\S\n]+(?:(?:current|rotating|incoming)[^\S\n]+)?chair(?:person|man|woman)?"
                       r"[^\S\n]+of[^\S\n]+the[^\S\n]+(?P<body>[A-Z][\w-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w-]*){0,5})")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[^\S\n]+\Z")
_HANDLE = re.compile(r"(?<![\w@])@(?P<handle>\w{3,30})(?![\w@])")
# Accounts of an office, not a person: whoever holds it on the day.
_OFFICE_HANDLES = {"potus": ("US", "president")}
# "his French colleague", as readouts translated from Russian say it; "his German and French counterparts"
_COUNTERPART = re.compile(r"(?<!\w)(?i:counterpart|colleague)(?P<plural>s)?(?!\w)")
_PRINCE = re.compile(r"(?<![\w-])[Pp]rince(?![\w-])")
_PLACES_JOINED = re.compile(r"(?:,|\s+and|,\s+and)\s+\Z")
_NAME_FOLLOWS = re.compile(r",?[^\S\n]+[A-Z]")
_NOT_THE_LEADERS = re.compile(r"[.!?][\"'\u201d\u2019]?\s|\n"
                              r"|(?i:minister|secretary|ambassador|envoy|advis[eo]r|spokes\w+|"
                              r"chief|aide|official|delegation|counterpart)")
_OWNER = re.compile(r"(?<!\w)(?i:his|her|their|its|the)[^\S\n]+\Z")
# "In a phone call to his Azerbaijani counterpart on Friday, Erdogan wished ...": an opening phrase whose "his" is
# the subject's, named right after it
_OPENING_TO_HIS = re.compile(r"\b(?:in|during|over|after|following)\s[^,.;:!?\n]{0,60}?\b(?:to|with)\s+(?:his|her)\s"
                             r"[^,.;:!?\n]{1,40}\Z", re.IGNORECASE)
_OPENING_REACH = 120  # characters from the sentence's start to "counterpart"
_OPENING_TAIL = re.compile(r"[^,.;:!?\n]{0,40},\s*")
_SENTENCE_START_BEFORE = re.compile(r"(?:\A|[.!?][\"'\u201d\u2019)]?\s+|\n\s*)\Z")


def _subject_after_opening(scan: _Scan, start: int, end: int) -> LeaderMention | None:
    """The leader named right after a sentence's opening phrase that tells of "his ... counterpart" at `start`, who is
    the one the counterpart is his (not a name set off by commas: "In a call with his Azerbaijani counterpart, Ilham
    Aliyev, Erdogan said")."""
    opening = _OPENING_TO_HIS.search(scan.folded, max(0, start - _OPENING_REACH), start)
    if opening is None or not _SENTENCE_START_BEFORE.search(scan.folded, max(0, opening.start() - 3),
                                                             opening.start()):
        return None
    tail = _OPENING_TAIL.match(scan.folded, end)
    if tail is None:
        return None
    at = bisect_left(scan.starts, tail.end())
    if at == len(scan.mentions) or scan.starts[at] != tail.end() or scan.text.startswith(",", scan.mentions[at].end):
        return None
    return scan.mentions[at]


def _drop_appositive_descriptions(scan: _Scan) -> list[LeaderMention]:
    """'Qatar's emir, Sheikh Tamim ...': keep the name, drop the description that restates it. So too 'the leader of
    Saudi Arabia, King Salman', though the description alone would be read as someone else of that country."""
    mentions = scan.mentions
    drop: set[int] = set()
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        same = a.person.slug == b.person.slug or a.person.country is not None and a.person.country == b.person.country
        if same and scan.text[a.end:b.start].strip() == "," \
                and "description" in (a.via, b.via) and a.via != b.via:
            drop.add(i if a.via == "description" else i + 1)
    return [m for i, m in enumerate(mentions) if i not in drop]


def _through_surname(text: str, mentions: list[LeaderMention]) -> list[LeaderMention]:
    """'Ferdinand "Bongbong" R. Marcos, Jr.': a nickname in quotes found as the name runs on to the surname after it."""
    extended = []
    for index, mention in enumerate(mentions):
        surname = next((w for w in reversed(mention.person.name.split()) if w.rstrip(".") not in _SUFFIXES), "")
        after = _SURNAME_AFTER_NICKNAME.match(text, mention.end)
        stop = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if surname and after is not None and after.group("surname") == surname and after.end() <= stop:
            mention = replace(mention, end=after.end(), surface=text[mention.start:after.end()])
        extended.append(mention)
    return extended


def _with_nickname_after(text: str, mentions: list[LeaderMention]) -> list[LeaderMention]:
    """ "Pushpa Kamal Dahal 'Prachanda'": the nickname in quotes after the name is part of that one mention."""
    kept: list[LeaderMention] = []
    for mention in mentions:
        last = kept[-1] if kept else None
        nickname = _NICKNAME_AFTER.match(text, last.end) if last is not None else None
        if last is not None and nickname is not None and last.person.slug == mention.person.slug \
                and nickname.span("nickname") == (mention.start, mention.end):
            kept[-1] = replace(last, end=nickname.end(), surface=text[last.start:nickname.end()])
            continue
        kept.append(mention)
    return kept


_NICKNAME_AFTER = re.compile(r"[^\S\n]+[\"“'‘](?P<nickname>[^\"“”'‘’\n]{1,40})[\"”'’]")
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III"})
_SURNAME_AFTER_NICKNAME = re.compile(r"[\"”’']\s+(?:[A-Z]\.\s+)?(?P<surname>[A-Z][\w'’-]+)(?:,?\s+(?:Jr|Sr)\.)?")


@lru_cache(maxsize=8)
def load_directory(path: Path | None = None) -> LeaderDirectory:
    """The directory from the bundled data file, or from another file of the same shape; read once per path."""
    return LeaderDirectory(*read_records(path))


RECENT_TERM_GRACE = timedelta(days=7)


@lru_cache(maxsize=1 << 16)
def _standing_alone(text: str, start: int, end: int) -> bool:
    """A name written in lowercase counts only as a word of its own: not "vladimir-putin" in an address or a slug."""
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    # a full stop ends the sentence, unless a word follows it ("kremlin.ru/putin.html")
    closing = after not in ("-", "/", "_", "@", ".") or after == "." and not text[end + 1:end + 2].isalnum()
    return before in ("", " ", "\n", "\t", "(", "\"", "“") and closing


def _person_ref(person: Person, on: date | None, key: str | None, qualifier: str | None) -> LeaderRef:
    """Who a person is on a day, as one mention titles them; a long article names the same people over and over."""
    term = person.term_for(on, key)
    if on is None and key and term.answers(key):
        leading = term.is_leader
    else:
        # A leader whose term ended in the days before publication still led on the days a report looks back to:
        # "Biden spoke with Chancellor Merkel on Monday", published the Wednesday her successor took office.
        leading = person.leads_on(on) or (on is not None and person.leads_on(on - RECENT_TERM_GRACE))
    if key and title_role(key) in ("lesser", "other") and not term.answers(key) and key not in HELD_BESIDE_OFFICE:
        leading = False  # "Vice President Biden", "Foreign Minister X": never the head in this mention
    return LeaderRef(person.slug, person.name, term.office, term.country, leading and qualifier is None)


# Transliterations of one name differ in their vowels: "Volodimir" and "Volodymyr".
_VOWELS = re.compile("[aeiouy]")


def _spelled_alike(written: str, known: str) -> bool:
    """The same word of a name misspelled by one letter added, dropped or changed, or transliterated otherwise."""
    if written[:1] != known[:1] or min(len(written), len(known)) < 3 or max(len(written), len(known)) < 4:
        return False
    if len(consonants := _VOWELS.sub("", written)) > 2 and consonants == _VOWELS.sub("", known):
        return True
    if len(written) == len(known):
        return sum(a != b for a, b in zip(written, known)) == 1
    shorter, longer = sorted((written, known), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(shorter, longer)) if a != b), len(shorter))
    return shorter[at:] == longer[at + 1:]


def _overlap(one: Term, other: Term) -> bool:
    return (one.start is None or other.end is None or one.start < other.end) \
        and (other.start is None or one.end is None or other.start < one.end)
