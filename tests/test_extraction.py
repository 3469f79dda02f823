"""Call extraction, one row per phenomenon: what a careful analyst records from each text."""

from dataclasses import dataclass
from datetime import date

import pytest

from app.ingest.extract import extract_calls
from app.ingest.reader import parse_article
from app.ingest.types import Article, DatePrecision


@dataclass(frozen=True)
class Expected:
    leaders: tuple[str, ...]
    day: date | None = None
    kind: str = "call"
    also: tuple[str, ...] = ()
    weekday: int | None = None
    passing: bool = False


def published(text: str, day: date, **facts: str) -> Article:
    """The text as an article a manifest dates to `day`, with any other publication facts given."""
    article = parse_article("t.txt", text)
    return type(article)(**{**article.__dict__, "published": day, "published_basis": "manifest", **facts})


def calls_in(text: str, published_on: date | None) -> list[Expected]:
    article = published(text, published_on) if published_on else parse_article("t.txt", text)
    found = []
    for draft in extract_calls(article):
        resolution = draft.date
        found.append(Expected(
            leaders=tuple(sorted(ref.name for ref in draft.leaders)),
            day=resolution.day if resolution.precision is DatePrecision.DAY else None,
            kind=draft.kind,
            also=tuple(sorted(ref.name for ref in draft.also_present)),
            weekday=None if resolution.precision is DatePrecision.DAY else resolution.weekday,
            passing=draft.passing,
        ))
    return sorted(found, key=lambda e: (e.leaders, e.day or date.min))


BN = ("Benjamin Netanyahu", "Joe Biden")
CASES = [
    pytest.param("President Joe Biden spoke by phone on Monday with Israeli Prime Minister Benjamin Netanyahu about "
                 "the war in Gaza, the White House said.", date(2024, 3, 19), [Expected(BN, date(2024, 3, 18))],
                 id="past-weekday-is-the-latest-on-or-before-publication"),
    pytest.param("President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Sunday about Rafah.",
                 date(2024, 2, 11), [Expected(BN, date(2024, 2, 11))], id="same-day-weekday"),
    pytest.param("On the evening of April 2, 2024, President Xi Jinping spoke on the phone with U.S. President Joe "
                 "Biden at the request of the U.S. side.", None,
                 [Expected(("Joe Biden", "Xi Jinping"), date(2024, 4, 2))], id="foreign-ministry-explicit-date"),
    pytest.param("Telephone conversation with the Federal Chancellor\n\nMarch 5, 2023\n\nVladimir Putin had a telephone "
                 "conversation with Chancellor of Germany Olaf Scholz. The leaders discussed Ukraine.", None,
                 [Expected(("Olaf Scholz", "Vladimir Putin"), date(2023, 3, 5))], id="kremlin-readout-dateline"),
    pytest.param("Chinese President Xi Jinping held talks via video link with French President Emmanuel Macron on "
                 "Tuesday, state media said.", date(2022, 3, 9),
                 [Expected(("Emmanuel Macron", "Xi Jinping"), date(2022, 3, 8), kind="video-call")], id="video-link"),
    pytest.param("President Joe Biden spoke separately on Monday with Egyptian President Abdel Fattah el-Sisi and "
                 "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, about the hostages.", date(2024, 4, 29),
                 [Expected(("Abdel Fattah el-Sisi", "Joe Biden"), date(2024, 4, 29)),
                  Expected(("Joe Biden", "Tamim bin Hamad Al Thani"), date(2024, 4, 29))], id="separate-calls"),
    pytest.param("Bahrain will normalize ties with Israel, President Donald Trump announced on Friday, after a "
                 "three-way phone call with King Hamad bin Isa Al Khalifa and Israeli Prime Minister Benjamin "
                 "Netanyahu.", date(2020, 9, 11),
                 [Expected(("Benjamin Netanyahu", "Donald Trump", "Hamad bin Isa Al Khalifa"), date(2020, 9, 11))],
                 id="three-way-call"),
    pytest.param("President Joe Biden will hold a phone call with Ukrainian President Volodymyr Zelensky on Sunday, "
                 "the White House said.", date(2021, 12, 31), [], id="planned-call-is-not-a-call"),
    pytest.param("White House expects a Biden-Xi phone call, but no date is set\n\nThe two presidents have not spoken "
                 "since they met in person in November.", date(2023, 3, 14), [], id="expected-call-headline"),
    pytest.param("President Joe Biden and Chinese President Xi Jinping met for four hours on Wednesday at an estate "
                 "near San Francisco. Mr. Biden told Mr. Xi that competition must not veer into conflict.",
                 date(2023, 11, 16), [], id="in-person-meeting-is-not-a-call"),
    pytest.param("Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi discussed Gaza in a phone "
                 "call on Wednesday, the State Department said.", date(2023, 12, 6), [], id="ministers-call"),
    pytest.param("President Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Wednesday about a "
                 "cease-fire deal. Vice President Harris also joined the call, the White House said.",
                 date(2024, 8, 21), [Expected(BN, date(2024, 8, 21), also=("Kamala Harris",))],
                 id="vice-president-also-present"),
    pytest.param("President Joe Biden spoke by phone on Tuesday with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, about the "
                 "hostages, according to "
                 "a White House readout.", None, [Expected(("Joe Biden", "Tamim bin Hamad Al Thani"), weekday=1)],
                 id="no-anchor-keeps-the-weekday-and-asserts-no-day"),
    pytest.param("President Joe Biden called Turkish President Recep Tayyip Erdogan on Monday to congratulate him "
                 "on his re-election.", date(2023, 5, 30),
                 [Expected(("Joe Biden", "Recep Tayyip Erdogan"), date(2023, 5, 29))], id="called-to-congratulate"),
    pytest.param("President Joe Biden renewed his call for a cease-fire on Monday, and Prime Minister Benjamin "
                 "Netanyahu rejected calls for a Palestinian state.", date(2024, 1, 22), [], id="call-for-is-not-a-call"),
    pytest.param("President Joe Biden assured Ukrainian President Volodymyr Zelensky in a phone call on Sunday that "
                 "the United States would respond decisively. The conversation followed a 50-minute call on Thursday "
                 "between Mr. Biden and Russian President Vladimir Putin.", date(2022, 1, 3),
                 [Expected(("Joe Biden", "Vladimir Putin"), date(2021, 12, 30), passing=True),
                  Expected(("Joe Biden", "Volodymyr Zelensky"), date(2022, 1, 2))],
                 id="earlier-call-in-passing-is-its-own-call"),
    pytest.param("President Joe Biden spent the weekend in back-to-back calls, warning Russian President Vladimir "
                 "Putin on Saturday of severe costs and assuring Ukrainian President Volodymyr Zelensky on Sunday of "
                 "support.", date(2022, 2, 14),
                 [Expected(("Joe Biden", "Vladimir Putin"), date(2022, 2, 12)),
                  Expected(("Joe Biden", "Volodymyr Zelensky"), date(2022, 2, 13))], id="back-to-back-calls-each-dated"),
    pytest.param("President Joe Biden spoke by phone with former President Donald Trump on Sunday.",
                 date(2024, 7, 14), [], id="a-former-president-is-not-a-leader"),
    pytest.param("Azerbaijani President Ilham Aliyev spoke by phone with Turkish President Recep Tayyip Erdogan on "
                 "Monday, Mr. Aliyev's office said.", date(2023, 9, 19),
                 [Expected(("Ilham Aliyev", "Recep Tayyip Erdogan"), date(2023, 9, 18))], id="leader-known-by-title"),
    pytest.param("The call was the first between President Joe Biden and Prime Minister Benjamin Netanyahu since "
                 "Feb. 15. Mr. Biden spoke with Mr. Netanyahu on Monday about Rafah.", date(2024, 3, 18),
                 [Expected(BN, date(2024, 3, 18))], id="since-a-date-is-not-the-calls-date"),
    pytest.param("President Joe Biden spoke with Prime Minister Benjamin Netanyahu on Thursday. The roughly "
                 "30-minute call came three days after strikes killed aid workers on Monday night.", date(2024, 4, 5),
                 [Expected(BN, date(2024, 4, 4))], id="a-date-of-another-event-is-not-the-calls-date"),
    pytest.param("Prime Minister Fumio Kishida held a telephone talk with South Korean President Yoon Suk Yeol on "
                 "Thursday evening.", date(2023, 2, 3),
                 [Expected(("Fumio Kishida", "Yoon Suk Yeol"), date(2023, 2, 2))], id="telephone-talk-japanese-readout"),
    pytest.param("Prime Minister Fumio Kishida held a Japan-U.S. summit telephone meeting with President Joe Biden "
                 "on Monday.", date(2023, 1, 10), [Expected(("Fumio Kishida", "Joe Biden"), date(2023, 1, 9))],
                 id="telephone-meeting-is-a-call"),
    pytest.param("Chinese President Xi Jinping and Russian President Vladimir Putin exchanged views over the phone "
                 "on Wednesday.", date(2022, 6, 16), [Expected(("Vladimir Putin", "Xi Jinping"), date(2022, 6, 15))],
                 id="exchanged-views-over-the-phone"),
    pytest.param("President Joe Biden held a video summit with Chinese President Xi Jinping on Monday evening.",
                 date(2021, 11, 16),
                 [Expected(("Joe Biden", "Xi Jinping"), date(2021, 11, 15), kind="video-call")], id="video-summit"),
    pytest.param("President Joe Biden spoke by phone with German Chancellor Olaf Scholz on Tuesday. French President "
                 "Emmanuel Macron also joined the call, the White House said.", date(2022, 12, 7),
                 [Expected(("Emmanuel Macron", "Joe Biden", "Olaf Scholz"), date(2022, 12, 6))],
                 id="a-leader-who-joins-is-a-participant"),
    pytest.param("President Joe Biden spoke with reporters on Monday after Prime Minister Benjamin Netanyahu's "
                 "speech to Congress.", date(2024, 7, 25), [], id="spoke-with-someone-else"),
    pytest.param("Biden and Netanyahu have spoken several times since the war began.", date(2024, 1, 5), [],
                 id="calls-as-a-habit-are-not-one-call"),
    pytest.param("The Prime Minister spoke to President Zelenskyy of Ukraine this evening.", date(2023, 3, 3), [],
                 id="a-bare-title-with-no-government-named-is-not-guessed"),
    pytest.param("Israeli Prime Minister Benjamin Netanyahu spoke with President-elect Donald Trump on Sunday.",
                 date(2024, 11, 11), [], id="a-president-elect-is-not-yet-a-leader"),
    pytest.param("Prime Minister Shri Narendra Modi had a telephone conversation today with President Emmanuel "
                 "Macron of France.", date(2023, 5, 2),
                 [Expected(("Emmanuel Macron", "Narendra Modi"), date(2023, 5, 2))], id="indian-readout-today"),
    pytest.param("Saudi Crown Prince Mohammed bin Salman received a phone call from Iranian President Ebrahim Raisi "
                 "on Wednesday.", date(2023, 3, 23),
                 [Expected(("Ebrahim Raisi", "Mohammed bin Salman"), date(2023, 3, 22))], id="received-a-call-from"),
    pytest.param("Vice President Kamala Harris spoke by phone with Israeli Prime Minister Benjamin Netanyahu on "
                 "Monday.", date(2024, 3, 12), [], id="vice-presidents-call-is-not-a-leader-call"),
    pytest.param("BEIJING (Sputnik - 16th November, 2021) Opening a virtual meeting with US President Joe Biden, "
                 "Chinese President Xi Jinping greeted him as an old friend.\n\n\"Today we meet for the first time "
                 "by video conference,\" Xi said.", date(2021, 11, 16),
                 [Expected(("Joe Biden", "Xi Jinping"), date(2021, 11, 16), kind="video-call")],
                 id="a-leaders-quoted-today-on-the-video-call-is-the-day-of-the-dateline"),
    pytest.param("WASHINGTON, March 3, 2022 -- President Joe Biden began his virtual meeting with Japanese Prime "
                 "Minister Fumio Kishida by praising Japan. \"Today our two nations stand together on this video "
                 "link,\" Biden said.", date(2022, 3, 4),
                 [Expected(("Fumio Kishida", "Joe Biden"), date(2022, 3, 3), kind="video-call")],
                 id="a-leaders-quoted-today-counts-from-a-dateline-filed-the-day-before"),
    pytest.param("Indian Prime Minister Narendra Modi held a virtual summit with Australian Prime Minister Scott "
                 "Morrison. \"This evening we talk over video link as friends and partners,\" Modi said.",
                 date(2020, 6, 4), [Expected(("Narendra Modi", "Scott Morrison"), date(2020, 6, 4), kind="video-call")],
                 id="a-leaders-quoted-this-evening-on-the-video-call"),
    pytest.param("Notes from the week\n\nThis happened yesterday:\nThis morning President Barack Obama spoke by phone "
                 "with Prime Minister David Cameron about the economy.", date(2012, 6, 5),
                 [Expected(("Barack Obama", "David Cameron"), date(2012, 6, 4))],
                 id="this-happened-yesterday-restates-the-day-of-the-readout-it-introduces"),
    pytest.param("This took place yesterday:\nToday Chancellor Angela Merkel held a video call with President Emmanuel "
                 "Macron on energy prices.", date(2021, 3, 10),
                 [Expected(("Angela Merkel", "Emmanuel Macron"), date(2021, 3, 9), kind="video-call")],
                 id="this-took-place-yesterday-restates-the-day-of-the-readout-it-introduces"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_calls(text: str, published: date | None, expected: list[Expected]):
    assert calls_in(text, published) == sorted(expected, key=lambda e: (e.leaders, e.day or date.min))


def test_topics_come_from_the_call_not_the_background():
    text = ("President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Sunday about the hostages "
            "held in Gaza, the White House said. Mr. Netanyahu has long rejected a Palestinian state.")
    [draft] = extract_calls(parse_article("t.txt", text))
    assert "hostages" in draft.topics
    assert "two-state-solution" not in draft.topics


def test_two_calls_told_in_one_sentence_each_keep_their_own_topics():
    text = ("Mr. Biden phoned Mr. Netanyahu last Monday to argue against an offensive in Rafah, and the two spoke "
            "again on Thursday, when Mr. Biden pressed for a ceasefire that would free the hostages.")
    drafts = extract_calls(published(text, date(2024, 3, 24)))
    topics = {draft.date.day: set(draft.topics) for draft in drafts}
    assert topics == {None: {"rafah"}, date(2024, 3, 21): {"ceasefire", "hostages"}}


def test_a_live_pages_entries_are_of_the_day_it_is_published():
    text = ("Middle East live: the latest\n\n17:45 GMT - Biden and Netanyahu speak\n\nPresident Joe Biden spoke by "
            "phone with Prime Minister Benjamin Netanyahu, the White House said.\n\n14:05 GMT - Erdogan and Sisi talk"
            "\n\nPresident Recep Tayyip Erdogan and President Abdel Fattah el-Sisi discussed a truce in a phone call.")
    drafts = extract_calls(published(text, date(2023, 11, 4)))
    found = {tuple(sorted(ref.slug for ref in d.leaders)): d.date for d in drafts}
    assert {leaders: resolution.day for leaders, resolution in found.items()} == {
        ("benjamin-netanyahu", "joe-biden"): date(2023, 11, 4),
        ("abdel-fattah-el-sisi", "recep-tayyip-erdogan"): date(2023, 11, 4)}
    assert all("live page published 4 November 2023" in r.basis for r in found.values())


def test_an_asides_visit_and_time_are_not_the_sentences_own():
    """"Modi, who visited Kyiv last week, said": the visit and its week belong to the aside, and Kyiv, a place the
    story names, does not tell the sentence; Modi does."""
    text = ("KYIV, Aug 28 - President Volodymyr Zelensky said he spoke by phone with Prime Minister Narendra Modi on "
            "Tuesday. Modi, who visited Kyiv last week, said on X that India remained committed to an early return "
            "of peace.")
    article = published(text, date(2024, 8, 28))
    [draft] = extract_calls(article)
    owners = {p.sentence.text.split(",")[0]: p.leader_slug for p in draft.positions}
    assert owners["Modi"] == "narendra-modi"


def test_a_quoted_readouts_paragraphs_about_the_leaders_belong_to_the_call():
    """A spokesperson's readout quoted whole opens every paragraph with a quotation mark."""
    text = ("A No10 spokesperson said:\n\n\"Prime Minister Rishi Sunak spoke to President Recep Tayyip Erdogan this "
            "afternoon.\n\n\"They agreed to keep working closely together as NATO allies.\"")
    article = published(text, date(2024, 3, 12))
    [draft] = extract_calls(article)
    assert any(p.sentence.text.startswith('"They agreed') for p in draft.positions)


def test_what_a_leader_declared_in_the_perfect_is_no_background():
    """"A and B have agreed to ..., he declared": the perfect is what was said, not the story's background."""
    text = ("President Donald Trump held a telephone call with Prime Minister Benjamin Netanyahu on Friday. Bahrain "
            "and Israel have agreed to open embassies, he declared. Israel has long sought such ties.")
    article = published(text, date(2020, 9, 12))
    [draft] = extract_calls(article)
    texts = {p.sentence.text: p.leader_slug for p in draft.positions}
    assert texts.get("Bahrain and Israel have agreed to open embassies, he declared.") == "donald-trump"
    assert "Israel has long sought such ties." not in texts


@pytest.mark.parametrize(("outlet", "calls"), [("Volodymyr Zelensky on Telegram", 1), ("Evening Courier", 0)])
def test_a_leaders_own_post_is_in_the_first_person(outlet: str, calls: int):
    """The outlet names the writer, so "I" is that leader, and the post is dated the day it went up."""
    text = "I had a phone call with President Emmanuel Macron. I thanked him for the air defence package."
    article = published(text, date(2024, 5, 28), outlet=outlet)
    drafts = extract_calls(article)
    assert len(drafts) == calls
    if drafts:
        [draft] = drafts
        assert {ref.slug for ref in draft.leaders} == {"emmanuel-macron", "volodymyr-zelensky"}
        assert draft.date.day == date(2024, 5, 28)
        assert [p.leader_slug for p in draft.positions if p.sentence.text.startswith("I thanked")] == \
            ["volodymyr-zelensky"]


@pytest.mark.parametrize(("outlet", "calls"), [("Volodymyr Zelensky on X", 1), ("Evening Courier", 0)])
def test_a_post_that_leaves_out_its_subject_is_its_writers_call(outlet: str, calls: int):
    text = "Just spoke with Prime Minister Keir Starmer. We agreed to keep working on security guarantees."
    drafts = extract_calls(published(text, date(2025, 3, 4), outlet=outlet))
    assert [sorted(ref.slug for ref in draft.leaders) for draft in drafts] == \
        [["keir-starmer", "volodymyr-zelensky"]] * calls


def test_a_post_opening_had_a_call_is_its_writers_call():
    text = "Had a very good call with President Emmanuel Macron. We discussed air defence."
    [draft] = extract_calls(published(text, date(2025, 3, 5), outlet="Volodymyr Zelensky on X"))
    assert {ref.slug for ref in draft.leaders} == {"emmanuel-macron", "volodymyr-zelensky"}


def test_an_offices_own_site_is_written_by_its_holder_that_day():
    text = "Today I spoke with Prime Minister Narendra Modi of India. I congratulated him on his re-election."
    [draft] = extract_calls(published(text, date(2024, 6, 5), outlet="Prime Minister of Australia"))
    assert {ref.slug for ref in draft.leaders} == {"anthony-albanese", "narendra-modi"}
    assert [p.leader_slug for p in draft.positions] == ["anthony-albanese"]


def test_positions_are_tied_to_their_leader_and_sentence():
    text = ("President Joe Biden spoke by phone on Monday with Israeli Prime Minister Benjamin Netanyahu. "
            "Mr. Biden urged him to agree to a ceasefire, the White House said. "
            "Mr. Netanyahu said Israel would not accept a Palestinian state.")
    [draft] = extract_calls(parse_article("t.txt", text))
    by_leader = {p.leader_slug: p for p in draft.positions}
    assert by_leader["joe-biden"].stance == "urges" and by_leader["joe-biden"].topic == "ceasefire"
    assert "urged him" in by_leader["joe-biden"].sentence.text
    netanyahu = by_leader["benjamin-netanyahu"]
    assert netanyahu.topic == "two-state-solution"
    assert text[netanyahu.sentence.start:netanyahu.sentence.end] == netanyahu.sentence.text


def test_a_numbered_readouts_reply_is_the_other_leaders_position():
    text = ("Summary of the telephone talk between Prime Minister Kishida and President Yoon\n\n"
            "1. On March 2, Prime Minister Fumio Kishida held a telephone talk with President Yoon Suk Yeol.\n\n"
            "2. Prime Minister Kishida said that closer ties served both countries.\n\n"
            "3. President Yoon responded that the two governments should keep in close contact.")
    [draft] = extract_calls(published(text, date(2023, 3, 3)))
    by_leader = {p.leader_slug: p.sentence.text for p in draft.positions}
    assert by_leader["yoon-suk-yeol"].startswith("3. President Yoon responded that")
    assert by_leader["fumio-kishida"].startswith("2. Prime Minister Kishida said")


@pytest.mark.parametrize("sentence", [
    "Mr. Scholz characterized the conversation as frank and useful.",
    "Mr. Scholz inquired about the health of the former chancellor.",
])
def test_characterizing_or_inquiring_is_a_statement(sentence: str):
    text = f"Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron on Monday. {sentence}"
    [draft] = extract_calls(published(text, date(2022, 10, 4)))
    assert [p.leader_slug for p in draft.positions if p.sentence.text == sentence] == ["olaf-scholz"]


@pytest.mark.parametrize(("sentence", "speakers"), [
    ("Some advisers around Mr. Rutte want to wait on energy, the German foreign minister said.", []),
    ("The prime minister said Europe has to act together on energy.", ["mark-rutte"]),
])
def test_a_minister_speaks_for_themselves_and_a_prime_minister_for_the_call(sentence: str, speakers: list[str]):
    text = f"Chancellor Olaf Scholz spoke by phone with Prime Minister Mark Rutte on Monday. {sentence}"
    [draft] = extract_calls(published(text, date(2022, 10, 4)))
    assert [p.leader_slug for p in draft.positions if p.sentence.text == sentence] == speakers


def test_a_post_quoted_with_its_signature_is_the_signers():
    text = ("President Joe Biden called President Luiz Inácio Lula da Silva on Monday after the riots.\n\n"
            "I thanked President Biden for his solidarity with our democracy. — Lula (@LulaOficial) January 9, 2023"
            "\n\nThe two leaders will meet in Washington next month.")
    [draft] = extract_calls(published(text, date(2023, 1, 10)))
    assert [p.leader_slug for p in draft.positions if p.sentence.text.startswith("I thanked")] == [
        "luiz-inacio-lula-da-silva"]


def test_a_post_signed_on_a_line_of_its_own_is_the_signers_even_where_it_leaves_out_its_subject():
    text = ("Prime Minister Narendra Modi called Prime Minister Nawaz Sharif on Tuesday to greet him for Ramadan.\n\n"
            "Spoke to PM Nawaz Sharif to send my best wishes. Also conveyed our decision to free detained fishermen."
            "\n\n— Narendra Modi (@narendramodi) June 16, 2015\n\nSharif welcomed the gesture.")
    [draft] = extract_calls(published(text, date(2015, 6, 17)))
    owners = {p.sentence.text.split()[0]: p.leader_slug for p in draft.positions}
    assert owners == {"Prime": "narendra-modi", "Spoke": "narendra-modi", "Also": "narendra-modi",
                      "Sharif": "nawaz-sharif"}


def test_a_call_told_in_a_signed_post_is_of_the_day_the_signature_gives():
    text = ("Trump congratulates Modi\n\nPresident Donald Trump congratulated Prime Minister Narendra Modi on his win.\n"
            "Just spoke with Prime Minister Narendra Modi and congratulated him on a great victory.\n"
            "— Donald J. Trump (@realDonaldTrump) May 24, 2019")
    [draft] = extract_calls(published(text, date(2019, 5, 27)))
    assert (draft.date.precision, draft.date.day) == (DatePrecision.DAY, date(2019, 5, 24))
    assert "signature" in draft.date.basis


def test_reported_duration_is_kept_per_source():
    text = "President Joe Biden and Chinese President Xi Jinping spoke by phone for about 90 minutes on Thursday."
    [draft] = extract_calls(parse_article("t.txt", text))
    assert (draft.duration_minutes, draft.duration_text) == (90, "about 90 minutes")


def test_he_after_an_adviser_speaks_is_the_adviser_not_the_leader():
    text = ("President Joe Biden spoke by phone on Monday with Israeli Prime Minister Benjamin Netanyahu. "
            "Mr. Biden urged a ceasefire, the White House said. "
            "National security adviser Jake Sullivan said the call was businesslike. "
            "He said the two sides would keep talking.")
    [draft] = extract_calls(parse_article("t.txt", text))
    quoted = {p.sentence.text for p in draft.positions if p.leader_slug == "joe-biden"}
    assert "Mr. Biden urged a ceasefire, the White House said." in quoted
    assert "He said the two sides would keep talking." not in quoted


def test_what_follows_a_call_told_with_another_in_passing_is_about_the_call_told():
    text = ("Bush calls Putin\n\nTwo days after speaking with President Jiang Zemin of China, President George W. Bush "
            "telephoned President Vladimir Putin on Friday. Bush said he would send two ministers to Moscow.")
    drafts = {tuple(sorted(r.slug for r in d.leaders)): d for d in extract_calls(published(text, date(2001, 7, 7)))}
    sent = "Bush said he would send two ministers to Moscow."
    assert sent in {p.sentence.text for p in drafts["george-w-bush", "vladimir-putin"].positions}
    assert sent not in {p.sentence.text for p in drafts["george-w-bush", "jiang-zemin"].positions}


def test_a_side_reporting_that_the_other_leader_told_files_it_under_that_leader():
    text = ("Moon and Trump talk\n\nPresident Moon Jae-in spoke with President Donald Trump by phone on Friday. The White "
            "House said that President Moon Jae-in told President Donald Trump about his plan to send envoys to the "
            "North. The White House said the two leaders agreed to stay in close touch.")
    [draft] = extract_calls(published(text, date(2018, 3, 10)))
    filed = {p.sentence.text: p.leader_slug for p in draft.positions}
    assert filed["The White House said that President Moon Jae-in told President Donald Trump about his plan to send "
                 "envoys to the North."] == "moon-jae-in"
    assert filed["The White House said the two leaders agreed to stay in close touch."] == "donald-trump"


# Also present: officials on the call, however the report says they were there.
ALSO_PRESENT_WORDINGS = [
    pytest.param("President Donald Trump and President Luiz Inácio Lula da Silva spoke by phone on Monday. Brazilian "
                 "officials, including Vice President Geraldo Alckmin, who took part in the call, called it friendly.",
                 date(2025, 10, 7), [Expected(("Donald Trump", "Luiz Inácio Lula da Silva"), date(2025, 10, 6),
                                              also=("Geraldo Alckmin",))],
                 id="an-official-before-who-took-part"),
    pytest.param("President Joe Biden spoke with Prime Minister Benjamin Netanyahu on Monday. Israeli officials met "
                 "President Isaac Herzog, who took part in a ceremony, and Vice President Kamala Harris, who also "
                 "joined the call, said it was frank.", date(2024, 3, 19),
                 [Expected(BN, date(2024, 3, 18), also=("Kamala Harris",))],
                 id="the-one-before-who-joined-the-call-not-another-who-clause"),
    pytest.param("President Donald Trump and President Gustavo Petro spoke by phone on Wednesday. Petro said aides "
                 "including Vice President JD Vance and Secretary of State Marco Rubio were in the room with Trump "
                 "during the call.", date(2026, 1, 8),
                 [Expected(("Donald Trump", "Gustavo Petro"), date(2026, 1, 7), also=("JD Vance", "Marco Rubio"))],
                 id="in-the-room-during-the-call"),
    pytest.param("Prime Minister Anutin Charnvirakul held a phone call with President Donald Trump on 14 November "
                 "2025, with Foreign Minister Sihasak Phuangketkaew also present.", None,
                 [Expected(("Anutin Charnvirakul", "Donald Trump"), date(2025, 11, 14),
                           also=("Sihasak Phuangketkaew",))], id="with-a-minister-also-present"),
    pytest.param("On 14 November 2025, H.E. Mr. Anutin Charnvirakul, Prime Minister of Thailand, held a phone call "
                 "with President Donald Trump, with H.E. Mr. Sihasak Phuangketkaew, Minister of Foreign Affairs of "
                 "Thailand, also present.", None,
                 [Expected(("Anutin Charnvirakul", "Donald Trump"), date(2025, 11, 14),
                           also=("Sihasak Phuangketkaew",))], id="a-minister-named-before-his-title-also-present"),
    pytest.param("President Gustavo Petro and President Luiz Inácio Lula da Silva spoke by phone yesterday about "
                 "Venezuela. Also participating in the call were Celso Amorim, Lula's chief adviser on foreign "
                 "policy, and the foreign ministers of both countries.", date(2024, 8, 8),
                 [Expected(("Gustavo Petro", "Luiz Inácio Lula da Silva"), date(2024, 8, 7), also=("Celso Amorim",))],
                 id="also-participating-were-an-adviser"),
    pytest.param("President Joe Biden phoned the leaders of Japan and India on Tuesday. The White House said Biden "
                 "spoke with Prime Minister Fumio Kishida and Prime Minister Narendra Modi, along with NATO "
                 "Secretary-General Jens Stoltenberg.", date(2022, 3, 2),
                 [Expected(("Fumio Kishida", "Joe Biden"), date(2022, 3, 1)),
                  Expected(("Joe Biden", "Narendra Modi"), date(2022, 3, 1))],
                 id="along-with-one-more-of-a-list-of-calls"),
    pytest.param("President Donald Trump spoke by phone with Prime Minister Theresa May on Saturday. Trump talks with "
                 "May in the company of Vice-President Mike Pence and his advisers.", date(2017, 1, 30),
                 [Expected(("Donald Trump", "Theresa May"), date(2017, 1, 28), also=("Mike Pence",))],
                 id="in-the-company-of-a-vice-president"),
    pytest.param("President Joe Biden spoke by phone with President Volodymyr Zelensky on Thursday. \"Leaders want to "
                 "talk to President Trump,\" a Trump campaign spokesman said of that call, which a Trump ally, "
                 "Vice President Mike Pence, joined.", date(2024, 9, 27),
                 [Expected(("Joe Biden", "Volodymyr Zelensky"), date(2024, 9, 26), also=("Mike Pence",))],
                 id="a-trump-ally-joined"),
    pytest.param("President Masoud Pezeshkian spoke by phone with President Recep Tayyip Erdogan on Sunday. "
                 "Pezeshkian said he could not attend the summit. Instead, Iran's First Vice President Mohammad Reza "
                 "Aref participated in the event.", date(2024, 11, 11),
                 [Expected(("Masoud Pezeshkian", "Recep Tayyip Erdogan"), date(2024, 11, 10))],
                 id="took-part-in-the-event-not-the-call"),
    pytest.param("Prime Minister Narendra Modi and President Joe Biden held a virtual meeting on Monday. Minister of "
                 "External Affairs Dr S Jaishankar was present at the White House during the meeting.",
                 date(2022, 4, 12),
                 [Expected(("Joe Biden", "Narendra Modi"), date(2022, 4, 11), kind="video-call",
                           also=("S Jaishankar",))], id="a-minister-of-two-words-with-a-doctors-title"),
    pytest.param("Prime Minister Narendra Modi and President Joe Biden held a virtual meeting on Monday. Minister of "
                 "Home Affairs Mr. Amit Shah and Minister of Finance Dr. Nirmala Sitharaman also joined the call.",
                 date(2022, 4, 12),
                 [Expected(("Joe Biden", "Narendra Modi"), date(2022, 4, 11), kind="video-call",
                           also=("Amit Shah", "Nirmala Sitharaman"))], id="ministers-named-with-mr-and-dr"),
    pytest.param("President Rodrigo Duterte and President Xi Jinping spoke by phone on Friday. Mr. Duterte was joined "
                 "by Foreign Affairs Secretary Enrique Manalo and Senator Imee Marcos.", date(2021, 6, 5),
                 [Expected(("Rodrigo Duterte", "Xi Jinping"), date(2021, 6, 4),
                           also=("Enrique Manalo", "Imee Marcos"))],
                 id="joined-by-a-foreign-affairs-secretary-and-a-senator"),
    pytest.param("President Rodrigo Duterte and President Moon Jae-in held a phone call on Tuesday. Senator Pia "
                 "Cayetano and Foreign Affairs Secretary Arturo Reyes Jr. were present during the two leaders' call.",
                 date(2020, 4, 22),
                 [Expected(("Moon Jae-in", "Rodrigo Duterte"), date(2020, 4, 21),
                           also=("Arturo Reyes Jr.", "Pia Cayetano"))],
                 id="present-during-the-two-leaders-call"),
]


@pytest.mark.parametrize(("text", "published", "expected"), ALSO_PRESENT_WORDINGS)
def test_who_else_was_on_the_call(text: str, published: date | None, expected: list[Expected]):
    assert calls_in(text, published) == expected


@pytest.mark.parametrize(("text", "published_on", "sentence", "other"), [
    pytest.param("President Joe Biden phoned Prime Minister Rishi Sunak and President Emmanuel Macron on Friday. Biden "
                 "and Sunak discussed Ukraine, the White House said. Biden also asked the French to send more air "
                 "defence systems.", date(2023, 3, 4),
                 "Biden also asked the French to send more air defence systems.", "Emmanuel Macron",
                 id="the-french-on-a-list-of-calls"),
    pytest.param("President Barack Obama phoned Chancellor Angela Merkel and Saudi King Abdullah on Tuesday. Obama and "
                 "Merkel spoke about the euro. Obama urged the Saudis to keep oil supplies steady.", date(2012, 3, 8),
                 "Obama urged the Saudis to keep oil supplies steady.", "Abdullah bin Abdulaziz Al Saud",
                 id="the-saudis-on-a-list-of-calls"),
])
def test_a_sentence_naming_the_side_of_one_call_of_a_list_is_about_that_call(text: str, published_on: date,
                                                                            sentence: str, other: str):
    """Of several calls told together, a sentence naming one counterpart's people ("the Saudis") is about that call."""
    drafts = extract_calls(published(text, published_on))
    holders = {ref.name for draft in drafts for p in draft.positions if p.sentence.text == sentence
               for ref in draft.leaders}
    assert other in holders and len(holders) == 2


@pytest.mark.parametrize(("text", "published_on", "israeli"), [
    pytest.param("President Joe Biden spoke today with Chancellor Olaf Scholz of Germany to congratulate him on his "
                 "appointment and the formation of a ruling coalition.", date(2021, 12, 10), False,
                 id="a-german-ruling-coalition"),
    pytest.param("President Joe Biden spoke with Prime Minister Benjamin Netanyahu of Israel on Monday. Biden warned "
                 "that the ruling coalition was pushing the country apart.", date(2023, 3, 21), True,
                 id="the-ruling-coalition-on-an-israeli-call"),
])
def test_a_ruling_coalition_is_israeli_politics_only_on_a_call_naming_israel(text: str, published_on: date,
                                                                             israeli: bool):
    drafts = extract_calls(published(text, published_on))
    assert drafts and ("israeli-politics" in drafts[0].topics) is israeli


@pytest.mark.parametrize("text", [
    "President Joe Biden and President Volodymyr Zelensky spoke on the phone on Wednesday night. \"I spoke with "
    "President Biden,\" Zelensky said afterwards in a video posted online.",
    "Prime Minister Rishi Sunak spoke by phone with President Emmanuel Macron on Friday. Sunak later shared the news "
    "in a video he posted on social media.",
])
def test_a_video_posted_after_a_phone_call_is_no_video_call(text: str):
    drafts = extract_calls(published(text, date(2023, 2, 23)))
    assert [draft.kind for draft in drafts] == ["call"]


def test_a_line_saying_who_issued_the_readout_on_a_day_dates_its_call():
    text = ("Prime Minister's call with President Macron\nThe press release issued by Downing Street on 14 May 2024.\n"
            "The Prime Minister spoke to President Emmanuel Macron of France. They discussed support for Ukraine.")
    assert [(e.leaders, e.day) for e in calls_in(text, None)] == [(("Emmanuel Macron", "Rishi Sunak"), date(2024, 5, 14))]


@pytest.mark.parametrize(("follow", "topic"), [
    ("They discussed co-operation in the response to the Russian invasion of Ukraine.", "ukraine-war"),
    ("Sunak stressed closer cooperation on climate change.", "climate"),
    ("Sunak praised the co-operation between the two countries.", "bilateral-relations"),
], ids=["co-operation-in-the-response-to-the-invasion", "cooperation-on-climate", "co-operation-alone"])
def test_a_position_on_cooperation_in_a_matter_is_about_that_matter(follow: str, topic: str):
    text = f"Taoiseach Micheal Martin and Prime Minister Rishi Sunak spoke by phone on Tuesday. {follow}"
    [draft] = extract_calls(published(text, date(2022, 10, 26)))
    assert [p.topic for p in draft.positions if p.sentence.text == follow] == [topic]
