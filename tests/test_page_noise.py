"""Scraped pages bring noise along: date lines, captions, repeated headlines, run-together sentences, boilerplate."""

from datetime import date

import pytest

from app.ingest.reader import noise_kind, parse_article
from app.ingest.sentences import split_sentences


@pytest.mark.parametrize(
    ("raw", "text", "published"),
    [
        (" date 2021-06-14 Chancellor Merkel spoke by telephone with President Macron on Sunday, Berlin said.\n"
         "They discussed the summit.",
         "Chancellor Merkel spoke by telephone with President Macron on Sunday, Berlin said.\n"
         "They discussed the summit.",
         date(2021, 6, 14)),
        (" date 2022-01-30 Prime Minister Ardern and Prime Minister Albanese held a call about trade\nBody.",
         "Prime Minister Ardern and Prime Minister Albanese held a call about trade\nBody.", date(2022, 1, 30)),
        (" date 2023-05-02 World\nLeaders talk\nBody.", "Leaders talk\nBody.", date(2023, 5, 2)),
        (" date 2023-05-02 Middle East and Africa\nBody.", "Body.", date(2023, 5, 2)),
        (" date 2023-05-02\nBody.", "Body.", date(2023, 5, 2)),
    ],
    ids=["sentence-after-day", "headline-after-day", "section-label", "long-section-label", "day-alone"],
)
def test_a_date_line_gives_the_day_and_keeps_a_sentence_on_the_same_line(raw: str, text: str, published: date):
    article = parse_article("a.txt", raw)
    assert (article.text, article.published, article.published_basis) == (text, published, "date line")


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: The two presidents shake hands at the 2019 summit in Osaka.",
        "FILE PHOTO: The prime minister arrives for talks in Brussels, March 3, 2022.",
        "(Photo: Reuters)",
        "(Photo by A. Fotograf/Pool)",
        "Caption: The leaders at an earlier meeting.",
        "Image: Presidential press office",
        "Image caption, The two leaders last met in person in June",
        "Credit: Government press service",
        "Pictured: the chancellor and the president in Paris last year",
        "The president greets the visiting king at the palace on Tuesday. (AP Photo/Sam Snap)",
        "The chancellor speaks in Berlin, Germany, May 4, 2021. REUTERS/Kim Lens/File Photo",
        "The leaders meet in Rome. (Photo by Lee Shutter/Getty Images)",
        "The president talks by phone with the chancellor from the Oval Office. (White House photo)",
        "The president speaks by phone with the prime minister, in a file photo from 2022.",
    ],
)
def test_captions_are_removed(caption: str):
    raw = f"Leaders hold a phone call\n{caption}\nThe two leaders spoke by phone on Monday."
    article = parse_article("a.txt", raw)
    assert article.text == "Leaders hold a phone call\nThe two leaders spoke by phone on Monday."
    assert noise_kind(caption) == "caption"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Kishida and Yoon talk by phone\nKishida and Yoon talk by phone\nBody.",
         "Kishida and Yoon talk by phone\nBody."),
        ("Kishida and Yoon talk by phone\n\n  KISHIDA and  yoon talk by PHONE \nBody.",
         "Kishida and Yoon talk by phone\n\nBody."),
        ("Kishida and Yoon talk by phone\nPhoto: the two at a summit\nKishida and Yoon talk by phone\nBody.",
         "Kishida and Yoon talk by phone\nBody."),
        ("Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nHeadline", "Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\n"
                                                                        "Six.\nHeadline"),
        # Lines that repeat the first are the text's own once past the top, however few other lines there are.
        ("Biden called Netanyahu.\n\n" * 9, ("Biden called Netanyahu.\n\n" * 7).strip("\n")),
    ],
    ids=["same-line", "case-and-space-folded", "caption-between", "far-down-stays", "repeated-paragraphs-stay"],
)
def test_a_headline_repeated_as_a_subtitle_is_kept_once(raw: str, text: str):
    assert parse_article("a.txt", raw).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The call focused on aid in Gaza.The two leaders also discussed hostages.",
         ["The call focused on aid in Gaza.", "The two leaders also discussed hostages."]),
        ("That was all, the spokesman said.Mr. Scholz did not comment.",
         ["That was all, the spokesman said.", "Mr. Scholz did not comment."]),
        ("Would they meet?Nobody knew.Talks went on!Then the line dropped.",
         ["Would they meet?", "Nobody knew.", "Talks went on!", "Then the line dropped."]),
        ('He called it "productive."The aides agreed.', ['He called it "productive."', "The aides agreed."]),
        ("He said “we agree.”Then he left.", ["He said “we agree.”", "Then he left."]),
        ("The U.S.President called at 9 a.m.Washington time.", ["The U.S.President called at 9 a.m.Washington time."]),
        ("See No.5 on state.gov for the 3.5 percent figure.", ["See No.5 on state.gov for the 3.5 percent figure."]),
        ("Write to press@office.Gov for the readout.", ["Write to press@office.Gov for the readout."]),
        ("It was Mrs.Smith who called.", ["It was Mrs.Smith who called."]),
        ("Erdogan stressed unity, Caliber.Az reports, citing the presidency.",
         ["Erdogan stressed unity, Caliber.Az reports, citing the presidency."]),
    ],
    ids=["full-stop", "before-title", "question-and-exclamation", "straight-quote", "curly-quote", "initials-and-clock",
         "numbers-and-domains", "email-address", "title-abbreviation", "site-name"],
)
def test_run_together_sentences_are_split_only_where_a_sentence_ends(text: str, expected: list[str]):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this:", "sharing"), ("Share on Facebook", "sharing"), ("Facebook Twitter Email", "sharing"),
        ("Print", "sharing"), ("Email this article", "sharing"), ("Follow us on Telegram", "sharing"),
        ("Read more:", "link"), ("READ MORE: Leaders meet in Madrid", "link"), ("Related:", "link"),
        ("Related articles", "link"), ("Advertisement", "advert"), ("ADVERTISMENT", "advert"),
        ("Story continues below advertisement", "advert"), ("Subscribe to our morning briefing", "advert"),
        ("Sign up for alerts", "advert"), ("Copyright © 2024 Daily Wire Ltd", "rights"),
        ("© 2023 Newsroom", "rights"),
        ("All rights reserved.", "rights"), ("We use cookies to improve your experience.", "cookies"),
        ("By continuing to browse, you agree to our use of cookies.", "cookies"), ("Accept all cookies", "cookies"),
        # Sentences of the article that only look like noise stay.
        ("Photographs of the earlier meeting were released on Monday.", None),
        ("Related talks will follow next week.", None), ("Share prices rose after the call.", None),
        ("Printing presses were discussed.", None), ("Subscribers to the agreement include France.", None),
        ("Copyright law came up briefly.", None), ("Pictures were not taken", None),
        ("Reuters reported the call.", None),
        ("Support stood at 40%, a REUTERS/Ipsos poll showed.", None),
        ("Watch: Two leaders hold a video call", "link"), ("Don't miss: the week's calls", "link"),
        ("Watchers said the call went well.", None), ("The two leaders spoke about a photo (and a video).", None),
        ("A version of this article appeared in the print edition of The Daily Courier on June 02, 2019, with the "
         "headline Leaders talk by phone.", "print edition"),
        ("This story appeared in the print edition on Monday.", "print edition"),
        ("The print edition of the paper reported the call.", None),
    ],
)
def test_boilerplate_lines_are_recognised(line: str, kind: str | None):
    assert noise_kind(line) == kind


def test_boilerplate_is_dropped_and_paragraphs_stay_one_blank_line_apart():
    raw = ("Leaders hold a phone call\n\nAdvertisement\n\nThe two leaders spoke by phone on Monday.\nShare this:\n"
           "Read more: Another story entirely\n\nThey agreed to talk again.\n\n"
           "Copyright © 2024 Wire. All rights reserved.")
    article = parse_article("a.txt", raw)
    assert article.text == ("Leaders hold a phone call\n\nThe two leaders spoke by phone on Monday.\n\n"
                            "They agreed to talk again.")
    assert [s.text for s in split_sentences(article.text)] == [
        "Leaders hold a phone call", "The two leaders spoke by phone on Monday.", "They agreed to talk again."]


def test_a_very_long_line_is_never_taken_for_noise():
    line = "Photo: " + "the leaders spoke at length " * 100
    assert noise_kind(line) is None


@pytest.mark.parametrize(("raw", "kept"), [
    ("President Joe Biden spoke with King Abdullah II on Monday.\nALSO READ\nMacron, Scholz call marks a turn in "
     "talks\nFloods close roads in the north\n\nThey agreed to talk again.",
     "President Joe Biden spoke with King Abdullah II on Monday.\n\nThey agreed to talk again."),
    ("Chancellor Olaf Scholz called President Emmanuel Macron on Friday.\nREAD ALSO:\nSunak and Modi hold phone "
     "call on trade\nThe two leaders discussed Ukraine.",
     "Chancellor Olaf Scholz called President Emmanuel Macron on Friday.\nThe two leaders discussed Ukraine."),
    ("Prime Minister Narendra Modi spoke with President Xi Jinping on Tuesday.\nREAD ALSO: Putin, Erdogan talk by "
     "phone about grain\nThey discussed the border.",
     "Prime Minister Narendra Modi spoke with President Xi Jinping on Tuesday.\nThey discussed the border."),
])
def test_the_headlines_an_also_read_line_links_to_are_dropped(raw: str, kept: str):
    assert parse_article("a.txt", raw).text == kept
