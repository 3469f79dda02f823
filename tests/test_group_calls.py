"""A report naming part of a group video call joins that call, and leaves it when the group call is gone."""

import json
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from app.export import calls_json
from app.ingest.pipeline import ingest_paths
from app.ingest.store import ingest_articles
from app.ingest.types import Article, CallDraft, DatePrecision, DateResolution, LeaderRef, Sentence
from app.models import Call
from app.queries import get_call, list_calls, redirect_for
from tests.conftest import fresh_engine

PEOPLE = {"biden": LeaderRef("joe-biden", "Joe Biden", "President", "US"),
          "scholz": LeaderRef("olaf-scholz", "Olaf Scholz", "Chancellor", "DE"),
          "macron": LeaderRef("emmanuel-macron", "Emmanuel Macron", "President", "FR"),
          "sunak": LeaderRef("rishi-sunak", "Rishi Sunak", "Prime Minister", "GB"),
          "meloni": LeaderRef("giorgia-meloni", "Giorgia Meloni", "Prime Minister", "IT")}
GROUP = "2023-10-22 video-call biden scholz macron sunak"
PART = "2023-10-22 video-call biden scholz"
GROUP_SLUG = "2023-10-22-emmanuel-macron-joe-biden-olaf-scholz-rishi-sunak"
PART_SLUG = "2023-10-22-joe-biden-olaf-scholz"


def reports(article: Article) -> list[CallDraft]:
    """A tiny test syntax: each line is one call, "DAY KIND LEADER...", or "withdrawn" for none."""
    drafts = []
    for line in article.text.splitlines():
        if line == "withdrawn":
            continue
        day, kind, *people = line.split()
        sentence = Sentence(0, 0, len(line), line)
        drafts.append(CallDraft(origin=article.origin, kind=kind, leaders=[PEOPLE[p] for p in people],
                                date=DateResolution(DatePrecision.DAY, day=date.fromisoformat(day), basis="given"),
                                topics={}, sentences=[sentence], positions=[]))
    return drafts


def ingest(session: Session, *articles: Article) -> None:
    ingest_articles(session, articles, extractor=reports, version="test")


def calls(session: Session) -> dict[str, list[str]]:
    return {slug: sorted(source.origin for source, _ in get_call(session, slug).sources)
            for slug in session.exec(select(Call.slug)).all()}


def test_a_report_of_part_of_a_group_video_call_joins_it_in_either_order(tmp_path: Path):
    for name, order in (("first", [("part.txt", PART), ("group.txt", GROUP)]),
                        ("last", [("group.txt", GROUP), ("part.txt", PART)])):
        with Session(fresh_engine(tmp_path / f"{name}.sqlite")) as session:
            for origin, text in order:
                ingest(session, Article(origin, text))
            assert calls(session) == {GROUP_SLUG: ["group.txt", "part.txt"]}
            if name == "first":  # the part's own call had been published: its permalink leads to the group call
                assert redirect_for(session, PART_SLUG) == GROUP_SLUG


def test_a_report_stays_its_own_call_unless_the_day_leaves_no_doubt(tmp_path: Path):
    cases = {
        "a phone call is not the video call": "2023-10-22 call biden scholz",
        "another day": "2023-10-23 video-call biden scholz",
    }
    for index, (case, part) in enumerate(cases.items()):
        with Session(fresh_engine(tmp_path / f"{index}.sqlite")) as session:
            ingest(session, Article("group.txt", GROUP), Article("part.txt", part))
            assert len(calls(session)) == 2, case
    with Session(fresh_engine(tmp_path / "two-groups.sqlite")) as session:  # which of two group calls? neither
        ingest(session, Article("group.txt", GROUP), Article("other.txt", "2023-10-22 video-call biden scholz meloni"),
               Article("part.txt", PART))
        assert calls(session)[PART_SLUG] == ["part.txt"]


def test_a_report_leaves_a_group_call_whose_own_reports_are_withdrawn(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("group.txt", GROUP), Article("part.txt", PART))
        ingest(session, Article("group.txt", "withdrawn"))
        assert calls(session) == {PART_SLUG: ["part.txt"]}
        ingest(session, Article("group.txt", GROUP))  # and joins it again when it is back
        assert calls(session) == {GROUP_SLUG: ["group.txt", "part.txt"]}


ALLIES = """Readout of the President's call with allies

President Joe Biden held a secure video call today with President Emmanuel Macron of France, Chancellor Olaf \
Scholz of Germany and Prime Minister Rishi Sunak of the United Kingdom. The leaders discussed the protection of \
civilians in Gaza.
"""
BERLIN = """Scholz and Biden confer by video

BERLIN - Chancellor Olaf Scholz and President Joe Biden talked about the Middle East in a video conference on \
Sunday, a government spokesman said. Scholz stressed that aid must reach Gaza.
"""


def test_a_national_report_of_two_of_the_leaders_on_a_video_call_is_that_call(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "allies.txt").write_text(ALLIES, encoding="utf-8")
    (folder / "berlin.txt").write_text(BERLIN, encoding="utf-8")
    (folder / "manifest.jsonl").write_text("".join(json.dumps({"file": name, "published": "2023-10-22"}) + "\n"
                                                   for name in ("allies.txt", "berlin.txt")), encoding="utf-8")
    with Session(fresh_engine(tmp_path / "hotline.db")) as session:
        ingest_paths(session, [folder])
        [call] = calls_json(list_calls(session))["calls"]
    assert call["id"] == GROUP_SLUG
    reasons = {source["origin"]: source["merge_reason"] for source in call["sources"]}
    assert reasons["berlin.txt"] == ("names 2 of the 4 leaders of this video call, the only one that day with all "
                                     "of them")


PEOPLE.update(sudani=LeaderRef("mohammed-shia-al-sudani", "Mohammed Shia al-Sudani", "Prime Minister", "IQ"),
              abdullah=LeaderRef("abdullah-ii", "Abdullah II", "King", "JO"))
THREE_BY_PHONE = "2023-02-03 call biden sudani abdullah"
TWO_BY_PHONE = "2023-02-03 call biden sudani"
THREE_SLUG = "2023-02-03-abdullah-ii-joe-biden-mohammed-shia-al-sudani"
TWO_SLUG = "2023-02-03-joe-biden-mohammed-shia-al-sudani"


def test_a_report_of_two_of_the_three_leaders_on_a_phone_call_that_day_joins_it(tmp_path: Path):
    # "The King joined the call later": another report names only the two who began it.
    for name, order in (("first", [("part.txt", TWO_BY_PHONE), ("group.txt", THREE_BY_PHONE)]),
                        ("last", [("group.txt", THREE_BY_PHONE), ("part.txt", TWO_BY_PHONE)])):
        with Session(fresh_engine(tmp_path / f"{name}.sqlite")) as session:
            for origin, text in order:
                ingest(session, Article(origin, text))
            assert calls(session) == {THREE_SLUG: ["group.txt", "part.txt"]}
            reasons = {source.origin: account.merge_reason
                       for source, account in get_call(session, THREE_SLUG).sources}
            assert reasons["part.txt"] == "names 2 of the 3 leaders of this call, the only one that day with all of them"


def test_a_phone_report_stays_its_own_call_when_the_wider_call_may_be_another(tmp_path: Path):
    cases = {
        "a phone call is not the video conference": (THREE_BY_PHONE.replace(" call ", " video-call "), TWO_BY_PHONE),
        "a phone call of four is a conference of its own": ("2023-10-22 call biden scholz macron sunak",
                                                           "2023-10-22 call biden scholz"),
        "another day": (THREE_BY_PHONE, "2023-02-04 call biden sudani"),
    }
    for index, (case, (group, part)) in enumerate(cases.items()):
        with Session(fresh_engine(tmp_path / f"{index}.sqlite")) as session:
            ingest(session, Article("group.txt", group), Article("part.txt", part))
            assert len(calls(session)) == 2, case


def test_an_article_telling_the_two_calls_of_one_day_apart_keeps_them_apart(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("both.txt", f"{TWO_BY_PHONE}\n{THREE_BY_PHONE}"), Article("part.txt", TWO_BY_PHONE))
        assert calls(session) == {THREE_SLUG: ["both.txt"], TWO_SLUG: ["both.txt", "part.txt"]}
