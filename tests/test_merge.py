"""Merging reports of one pair of leaders: same day merges, undated reports only on strong evidence."""

from datetime import date, timedelta

import pytest

from app.ingest.merge import MergeItem, cluster, reach
from app.ingest.types import CallDraft, DatePrecision, DateResolution, LeaderRef, Sentence

PAIR = [LeaderRef("joe-biden", "Joe Biden"), LeaderRef("benjamin-netanyahu", "Benjamin Netanyahu")]

RAFAH_DELEGATION = ("Biden asked Netanyahu to send a delegation of military and intelligence officials to Washington "
                    "to hear an alternative to a ground operation in Rafah. Sullivan said Netanyahu agreed. Schumer "
                    "had called for new elections.")
RAFAH_PLAN = ("Biden said a military operation in Rafah should not proceed without a credible and executable plan "
              "to protect civilians. They discussed the hostages and humanitarian assistance.")
CORRIDOR = "Biden pressed Netanyahu on the Philadelphi corridor and the ceasefire deal; Harris joined."


def day(d: date, weekday: int | None = None) -> DateResolution:
    return DateResolution(DatePrecision.DAY, day=d, earliest=d, latest=d, basis="test", weekday=d.weekday())


def at(d: date, part_of_day: str | None) -> DateResolution:
    return DateResolution.on_day(d, "test") if part_of_day is None else \
        DateResolution(DatePrecision.DAY, day=d, earliest=d, latest=d, basis="test", weekday=d.weekday(),
                       part_of_day=part_of_day)


def undated(weekday: int | None = None) -> DateResolution:
    return DateResolution.unknown("test", weekday=weekday)


def item(origin: str, resolution: DateResolution, text: str, published: date | None = None,
         passing: bool = False) -> MergeItem:
    draft = CallDraft(origin=origin, kind="call", leaders=PAIR, date=resolution,
                      sentences=[Sentence(0, 0, len(text), text)], passing=passing)
    return MergeItem(key=origin, draft=draft, published=published)


def groups_of(items: list[MergeItem]) -> list[set[str]]:
    return sorted(({items[i].key for i in group} for group in cluster(items)), key=sorted)


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param([item("a", day(date(2024, 3, 18)), RAFAH_DELEGATION), item("b", day(date(2024, 3, 18)), CORRIDOR)],
                     [{"a", "b"}], id="same-day-merges-whatever-the-wording"),
        pytest.param([item("a", day(date(2024, 3, 18)), RAFAH_DELEGATION), item("b", day(date(2024, 2, 11)), RAFAH_DELEGATION)],
                     [{"a"}, {"b"}], id="different-days-never-merge"),
        pytest.param([item("dated", day(date(2024, 3, 18)), RAFAH_DELEGATION),
                      item("other", day(date(2024, 2, 11)), RAFAH_PLAN),
                      item("late", undated(), RAFAH_DELEGATION + " Rafah delegation Washington.")],
                     [{"dated", "late"}, {"other"}], id="undated-joins-the-call-it-shares-distinctive-content-with"),
        pytest.param([item("dated", day(date(2024, 3, 18)), RAFAH_DELEGATION), item("late", undated(weekday=1), RAFAH_DELEGATION)],
                     [{"dated"}, {"late"}], id="weekday-that-disagrees-blocks-the-merge"),
        pytest.param([item("dated", day(date(2024, 3, 18)), RAFAH_DELEGATION), item("late", undated(), CORRIDOR)],
                     [{"dated"}, {"late"}], id="no-shared-content-no-merge"),
        pytest.param([item("dated", day(date(2024, 3, 18)), RAFAH_DELEGATION),
                      item("early", undated(), RAFAH_DELEGATION, published=date(2024, 3, 1))],
                     [{"dated"}, {"early"}], id="a-report-published-before-the-call-cannot-describe-it"),
        pytest.param([item("a", day(date(2024, 3, 18)), RAFAH_DELEGATION), item("b", day(date(2024, 3, 19)), RAFAH_DELEGATION),
                      item("c", undated(), RAFAH_DELEGATION)],
                     [{"a"}, {"b"}, {"c"}], id="ambiguous-between-two-calls-stays-apart"),
        pytest.param([item("dated", day(date(2024, 3, 18)), RAFAH_DELEGATION), item("mention", undated(), RAFAH_DELEGATION, passing=True)],
                     [{"dated"}, {"mention"}], id="undated-passing-mention-never-merges"),
    ],
)
def test_cluster(items: list[MergeItem], expected: list[set[str]]):
    assert groups_of(items) == sorted(expected, key=sorted)


MEMORANDUM = ("Putin and Trump discussed the memorandum on a future peace settlement, the exchange of prisoners and "
              "the Istanbul talks between the delegations of Russia and Ukraine.")
BIRTHDAY = ("Putin congratulated Trump on his birthday and condemned the Israeli strikes against Iran, urging restraint "
            "from all parties in the Middle East; the Kremlin aide added that the Istanbul channel stayed open, and that "
            "economic projects, energy, space and rare earths came up too.")


@pytest.mark.parametrize(("published", "expected"), [
    pytest.param(date(2025, 5, 21), [{"dated", "late"}], id="published-two-days-after-the-only-call-joins-on-little"),
    pytest.param(date(2025, 6, 14), [{"dated"}, {"late"}], id="published-weeks-after-it-needs-more-in-common"),
])
def test_little_shared_content_joins_the_only_call_only_when_published_soon_after(published: date,
                                                                                   expected: list[set[str]]):
    late = item("late", undated(), BIRTHDAY, published=published)
    late = MergeItem(key="late", published=published, draft=CallDraft(
        origin="late", kind="call", leaders=PAIR, date=undated(), sentences=late.draft.sentences, first_told=1))
    items = [item("dated", day(date(2025, 5, 19)), MEMORANDUM), late]
    assert groups_of(items) == sorted(expected, key=sorted)


def test_a_day_and_month_with_no_year_joins_only_the_call_of_that_day():
    told = DateResolution.unknown("May 23, year unknown", month_day=(5, 23))
    items = [item("23", day(date(2025, 5, 23)), TARIFFS), item("29", day(date(2025, 5, 29)), TARIFFS),
             item("yearless", told, TARIFFS)]
    assert groups_of(items) == [{"23", "yearless"}, {"29"}]
    other = DateResolution.unknown("May 24, year unknown", month_day=(5, 24))
    assert groups_of([item("yearless", told, TARIFFS), item("other", other, TARIFFS)]) == [{"other"}, {"yearless"}]
    # Seen from another time zone the same call is a day later.
    assert groups_of([item("23", day(date(2025, 5, 23)), TARIFFS), item("other", other, TARIFFS)]) == [{"23", "other"}]


def test_a_call_recalled_further_down_a_later_story_still_joins_on_little():
    late = item("late", undated(), BIRTHDAY, published=date(2025, 6, 14))
    recalled = MergeItem(key="late", published=late.published, draft=CallDraft(
        origin="late", kind="call", leaders=PAIR, date=undated(), sentences=[Sentence(7, 0, len(BIRTHDAY), BIRTHDAY)],
        first_told=7))
    assert groups_of([item("dated", day(date(2025, 5, 19)), MEMORANDUM), recalled]) == [{"dated", "late"}]


def test_cluster_is_the_same_whatever_the_input_order():
    items = [item("a", day(date(2024, 3, 18)), RAFAH_DELEGATION), item("b", undated(), RAFAH_DELEGATION),
             item("c", day(date(2024, 2, 11)), RAFAH_PLAN)]
    assert groups_of(items) == groups_of(list(reversed(items)))


TARIFFS = ("Trump told Carney that the tariffs on steel and aluminium would stay until a deal was reached. "
           "Carney said Canada would answer with retaliatory tariffs.")


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param([item("dated", day(date(2024, 3, 18)), RAFAH_DELEGATION),
                      item("years-later", undated(), RAFAH_DELEGATION, published=date(2027, 3, 20))],
                     [{"dated"}, {"years-later"}], id="the-same-words-years-later-are-another-call"),
        pytest.param([item("wire", undated(weekday=2), TARIFFS), item("paper", undated(weekday=2), TARIFFS)],
                     [{"paper", "wire"}], id="two-undated-reports-that-agree-merge"),
        pytest.param([item("wire", undated(weekday=2), TARIFFS), item("paper", undated(weekday=3), TARIFFS)],
                     [{"paper"}, {"wire"}], id="two-undated-reports-on-different-weekdays-stay-apart"),
        pytest.param([item("ranged", DateResolution(DatePrecision.RANGE, latest=date(2022, 4, 24), basis="test"), TARIFFS,
                           published=date(2022, 4, 24)),
                      item("monday", undated(weekday=0), TARIFFS)],
                     [{"monday"}, {"ranged"}], id="a-weekday-without-a-publication-date-never-joins-a-dayless-report"),
        pytest.param([item("march", undated(), TARIFFS, published=date(2025, 3, 19)),
                      item("october", undated(), TARIFFS, published=date(2025, 10, 11))],
                     [{"march"}, {"october"}], id="two-undated-reports-months-apart-tell-of-two-calls"),
        pytest.param([item("readout", day(date(2025, 3, 28)), TARIFFS),
                      item("news", undated(), "Carney said Canada would answer the steel tariffs in kind.",
                           published=date(2025, 3, 29))],
                     [{"news", "readout"}], id="the-only-call-its-date-allows-needs-less-shared-content"),
    ],
)
def test_merge_decisions(items: list[MergeItem], expected: list[set[str]]):
    assert groups_of(items) == sorted(expected, key=sorted)


EVENING, NEXT_MORNING = date(2022, 11, 15), date(2022, 11, 16)
TECHNOLOGY = ("Biden raised export controls on advanced chips and China's support for Russia's defense industrial "
              "base. Xi warned against a crackdown on Chinese technology companies and decoupling.")


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param([item("washington", at(EVENING, "evening"), TECHNOLOGY),
                      item("beijing", at(NEXT_MORNING, "morning"), TECHNOLOGY)],
                     [{"washington", "beijing"}], id="an-evening-call-is-the-next-morning-a-time-zone-ahead"),
        pytest.param([item("washington", at(EVENING, None), TECHNOLOGY),
                      item("beijing", at(NEXT_MORNING, "morning"), TECHNOLOGY)],
                     [{"washington", "beijing"}], id="one-side-giving-the-part-of-the-day-is-enough"),
        pytest.param([item("washington", at(EVENING, "night"), TECHNOLOGY),
                      item("beijing", at(NEXT_MORNING, None), TECHNOLOGY)],
                     [{"washington", "beijing"}], id="a-night-call-and-the-next-day"),
        pytest.param([item("washington", at(EVENING, "morning"), TECHNOLOGY),
                      item("beijing", at(NEXT_MORNING, "morning"), TECHNOLOGY)],
                     [{"washington"}, {"beijing"}], id="two-mornings-are-two-calls"),
        pytest.param([item("washington", at(EVENING, "evening"), TECHNOLOGY),
                      item("beijing", at(NEXT_MORNING, "evening"), TECHNOLOGY)],
                     [{"washington"}, {"beijing"}], id="two-evenings-are-two-calls"),
        pytest.param([item("washington", at(EVENING, None), TECHNOLOGY),
                      item("beijing", at(NEXT_MORNING, None), TECHNOLOGY)],
                     [{"washington"}, {"beijing"}], id="no-part-of-the-day-no-join"),
        pytest.param([item("washington", at(EVENING, "evening"), TECHNOLOGY),
                      item("beijing", at(NEXT_MORNING, "morning"), TARIFFS)],
                     [{"washington"}, {"beijing"}], id="two-days-that-tell-different-things-stay-apart"),
        pytest.param([item("washington", at(EVENING, "evening"), TECHNOLOGY),
                      item("beijing", at(date(2022, 11, 17), "morning"), TECHNOLOGY)],
                     [{"washington"}, {"beijing"}], id="two-days-apart-is-another-call"),
    ],
)
def test_one_call_seen_from_two_time_zones(items: list[MergeItem], expected: list[set[str]]):
    assert groups_of(items) == sorted(expected, key=sorted)


# Each side's account of one video call, with little in common beyond one word of substance.
WASHINGTON_ACCOUNT = ("Biden and Xi met by video for nearly four hours; Biden raised human rights, fentanyl and climate, "
                      "and pressed for guardrails.")
BEIJING_ACCOUNT = ("Xi told Biden that China would never sit idly by over Taiwan and urged guardrails for a relationship "
                   "of peaceful coexistence.")


def test_an_evening_and_the_next_day_sharing_little_are_one_call_when_the_pair_had_no_other_call_near():
    items = [item("washington", at(EVENING, "night"), WASHINGTON_ACCOUNT),
             item("beijing", at(NEXT_MORNING, None), BEIJING_ACCOUNT)]
    assert groups_of(items) == [{"beijing", "washington"}]


def test_an_evening_and_the_next_day_sharing_little_stay_apart_beside_another_call_of_the_pair():
    items = [item("washington", at(EVENING, "night"), WASHINGTON_ACCOUNT),
             item("beijing", at(NEXT_MORNING, None), BEIJING_ACCOUNT),
             item("earlier", day(EVENING - timedelta(days=3)), TARIFFS)]
    assert groups_of(items) == [{"beijing"}, {"earlier"}, {"washington"}]


def test_one_source_reporting_both_days_tells_of_two_calls():
    evening, morning = (MergeItem(key=f"wire#{n}", draft=CallDraft(
        origin="wire", kind="call", leaders=PAIR, date=resolution, sentences=[Sentence(0, 0, 10, TECHNOLOGY)]),
        published=None) for n, resolution in enumerate((at(EVENING, "evening"), at(NEXT_MORNING, "morning"))))
    assert len(cluster([evening, morning])) == 2


def test_a_call_seen_from_two_time_zones_is_dated_by_the_earlier_clock():
    from app.ingest.combine import combine

    drafts = [item(origin, resolution, TECHNOLOGY).draft for origin, resolution in
              (("beijing", at(NEXT_MORNING, "morning")), ("washington", at(EVENING, "evening")))]
    combined = combine(drafts)
    assert combined.date.day == EVENING
    assert combined.date.basis == "test; dated 16 November 2022 by a report from a time zone ahead"


def test_each_merge_says_why():
    from app.ingest.merge import cluster_explained

    items = [item("readout", day(date(2025, 3, 28)), TARIFFS),
             item("news", undated(weekday=4), TARIFFS, published=date(2025, 3, 29))]
    [(group, reasons)] = cluster_explained(items)
    assert sorted(group) == [0, 1]
    assert reasons[0] == "dated 28 March 2025"
    assert reasons[1].startswith("no day of its own; its weekday fits the call of 28 March 2025; shares distinctive")
    assert "the only call of these leaders its date allows" in reasons[1]


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        pytest.param(item("a", day(date(2024, 3, 18)), CORRIDOR), (date(2024, 2, 17), date(2024, 4, 17)),
                     id="a-day-reaches-the-days-within-the-report-window"),
        pytest.param(item("a", undated(), CORRIDOR, published=date(2024, 3, 18)),
                     (date(2024, 2, 17), date(2024, 3, 18)), id="undated-reaches-back-from-its-publication"),
        pytest.param(item("a", DateResolution(DatePrecision.RANGE, earliest=date(2024, 3, 1), latest=date(2024, 3, 10),
                                              basis="test"), CORRIDOR, published=date(2024, 3, 18)),
                     (date(2024, 3, 1), date(2024, 3, 10)), id="bounds-narrow-it"),
        pytest.param(item("a", DateResolution(DatePrecision.RANGE, earliest=date(2024, 3, 1), latest=date(2024, 3, 10),
                                              basis="test"), CORRIDOR), (date(2024, 3, 1), date(2024, 3, 10)),
                     id="bounds-alone"),
        pytest.param(item("a", undated(), CORRIDOR), None, id="nothing-to-go-by-reaches-every-call"),
    ],
)
def test_the_calls_a_new_report_can_reach(report: MergeItem, expected: tuple[date, date] | None):
    assert reach(report) == expected


def test_every_call_a_report_joins_is_within_its_reach():
    """A report is only ever grouped with calls its reach holds: re-merging only those loses no merge."""
    days = [date(2024, 1, 1) + timedelta(days=n) for n in range(0, 200, 9)]
    names = [f"zor{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(len(days))]  # a distinctive word each
    words = [f"Talks on the {name} protocol and the {name} annex." for name in names]
    reports = [item(f"d{n}", day(d), words[n]) for n, d in enumerate(days)]
    reports += [item(f"u{n}", undated(), words[n], published=d + timedelta(days=3)) for n, d in enumerate(days)]
    groups = cluster(reports)
    assert sorted({reports[i].key for i in group} for group in groups) == sorted(
        {f"d{n}", f"u{n}"} for n in range(len(days)))  # every undated report found its own call
    for group in groups:
        dated = [reports[i].draft.date.day for i in group if reports[i].draft.date.day]
        for i in group:
            low, high = reach(reports[i])
            assert all(low <= d <= high for d in dated)


def test_reach_holds_at_the_ends_of_the_calendar():
    assert reach(item("a", day(date(9999, 12, 20)), CORRIDOR)) == (date(9999, 11, 20), date.max)
    assert reach(item("a", day(date(1, 1, 5)), CORRIDOR)) == (date.min, date(1, 2, 4))


XI_LULA = [LeaderRef("xi-jinping", "Xi Jinping", "President", "CN"),
           LeaderRef("luiz-inacio-lula-da-silva", "Luiz Inácio Lula da Silva", "President", "BR")]
MONDAY_IN_BRASILIA, TUESDAY_IN_BEIJING = date(2025, 8, 11), date(2025, 8, 12)
FROM_BEIJING = ("BEIJING, Aug 12 (Xinhua) -- Xi Jinping held a phone call with Lula on Tuesday. "
                "Xi said the two countries oppose unilateralism, tariffs and protectionism within BRICS.")
FROM_BRASILIA = ("Lula and Xi spoke by phone on Monday, Lula's office said. "
                 "They discussed tariffs, BRICS and unilateralism.")
FROM_PARIS = ("PARIS, Aug 12 (AFP) - Xi Jinping held a phone call with Lula on Tuesday. "
              "They discussed tariffs, BRICS and unilateralism.")


def told(origin: str, on: date, text: str) -> MergeItem:
    sentences = [Sentence(n, 0, len(part), part) for n, part in enumerate(text.split(". "))]
    draft = CallDraft(origin=origin, kind="call", leaders=XI_LULA, date=at(on, None), sentences=sentences)
    return MergeItem(key=origin, draft=draft, published=None)


BEIJING_TUESDAY = told("beijing", TUESDAY_IN_BEIJING, FROM_BEIJING)
BRASILIA_MONDAY = told("brasilia", MONDAY_IN_BRASILIA, FROM_BRASILIA)


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param([BEIJING_TUESDAY, BRASILIA_MONDAY],
                     [{"beijing", "brasilia"}], id="a-day-later-told-from-a-clock-far-ahead-is-one-call"),
        pytest.param([told("beijing", MONDAY_IN_BRASILIA, FROM_BEIJING),
                      told("brasilia", TUESDAY_IN_BEIJING, FROM_BRASILIA)],
                     [{"beijing"}, {"brasilia"}], id="the-clock-behind-a-day-later-is-another-call"),
        pytest.param([told("paris", TUESDAY_IN_BEIJING, FROM_PARIS), BRASILIA_MONDAY],
                     [{"paris"}, {"brasilia"}], id="clocks-hours-apart-only-tell-two-calls"),
        pytest.param([BEIJING_TUESDAY,
                      told("brasilia", MONDAY_IN_BRASILIA, FROM_BRASILIA.replace("Lula's office", "officials"))],
                     [{"beijing"}, {"brasilia"}], id="a-report-told-from-no-known-clock-stays-apart"),
        pytest.param([BEIJING_TUESDAY, BRASILIA_MONDAY,
                      told("xinhua", MONDAY_IN_BRASILIA, FROM_BEIJING.replace("Tuesday", "Monday"))],
                     [{"beijing"}, {"brasilia", "xinhua"}], id="both-clocks-on-the-earlier-day-tell-two-calls"),
        pytest.param([BEIJING_TUESDAY, BRASILIA_MONDAY,
                      told("earlier", MONDAY_IN_BRASILIA - timedelta(days=4), FROM_BRASILIA)],
                     [{"beijing"}, {"brasilia"}, {"earlier"}], id="another-call-of-the-pair-that-week-keeps-them-apart"),
    ],
)
def test_one_call_dated_by_two_clocks_far_apart(items: list[MergeItem], expected: list[set[str]]):
    assert groups_of(items) == sorted(expected, key=sorted)


def test_a_morning_told_in_a_sentence_of_its_own_joins_the_report_of_the_day_before_from_a_clock_behind():
    from app.ingest.extract import extract_calls
    from tests.test_extraction import published

    told = {"washington": "President Joe Biden called President Xi Jinping on Wednesday. Biden raised export controls "
                          "on chips and human rights in Xinjiang.",
            "beijing": "President Xi Jinping spoke with President Joe Biden on Thursday. The conversation took "
                       "place in the morning Beijing time. Xi warned against export controls on chips and spoke of "
                       "Xinjiang."}
    items = [MergeItem(key=origin, draft=draft, published=date(2021, 2, 11)) for origin, text in told.items()
             for draft in extract_calls(published(text, date(2021, 2, 11), origin=origin))]
    assert [item.draft.date.day for item in items] == [date(2021, 2, 10), date(2021, 2, 11)]
    assert groups_of(items) == [{"beijing", "washington"}]


def test_a_weekday_told_by_canberra_time_the_day_after_an_american_publication_date_joins_that_days_report():
    from app.ingest.extract import extract_calls
    from tests.test_extraction import published

    told = {"us": ("Prime Minister Anthony Albanese spoke with President Donald Trump by phone early Tuesday, "
                   "Canberra time, about steel tariffs.", date(2025, 2, 10)),
            "au": ("Anthony Albanese spoke with Donald Trump by phone on Tuesday about steel tariffs.",
                   date(2025, 2, 11))}
    items = [MergeItem(key=origin, draft=draft, published=day) for origin, (text, day) in told.items()
             for draft in extract_calls(published(text, day, origin=origin))]
    assert [item.draft.date.day for item in items] == [date(2025, 2, 11), date(2025, 2, 11)]
    assert groups_of(items) == [{"au", "us"}]


def test_a_today_report_stamped_the_day_after_a_late_night_call_joins_the_report_naming_its_weekday():
    from app.ingest.extract import extract_calls
    from tests.test_extraction import published

    told = {"today": "President Donald Trump called Prime Minister Narendra Modi today. Trump looked forward to "
                     "hosting Modi in the United States later this year.",
            "tuesday": "President Donald Trump spoke to Prime Minister Narendra Modi at 11.30 pm IST on Tuesday, the "
                       "White House said. Trump looked forward to hosting Modi in the United States later this year."}
    items = [MergeItem(key=origin, draft=draft, published=date(2017, 1, 25)) for origin, text in told.items()
             for draft in extract_calls(published(text, date(2017, 1, 25), origin=origin))]
    assert groups_of(items) == [{"today", "tuesday"}]
