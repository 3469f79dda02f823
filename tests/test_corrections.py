"""Corrections through the command line: every action, and each one still in force after a full re-ingest."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from app.cli import cli
from app.corrections.actions import Action, CorrectionError, key_of, parse_date_value
from app.corrections.apply import apply_corrections
from app.export import calls_json
from app.models import Call, CallSource, Evidence, SlugRedirect
from app.queries import list_calls
from tests.corrections_fixtures import (
    AUGUST,
    FEBRUARY,
    RAFAH,
    UNDATED,
    Corpus,
    call_at,
    corrections,
    people,
    sources,
    statements,
    topics,
)
from tests.corrections_fixtures import corpus, seeded_template  # noqa: F401 - fixtures

runner = CliRunner()


@pytest.mark.parametrize(("text", "value"), [
    ("2024-03-18", {"precision": "day", "day": "2024-03-18"}),
    (" 2024-03-18 ", {"precision": "day", "day": "2024-03-18"}),
    ("2024-02", {"precision": "range", "earliest": "2024-02-01", "latest": "2024-02-29"}),
    ("2024-12", {"precision": "range", "earliest": "2024-12-01", "latest": "2024-12-31"}),
    ("2024-03-16..2024-03-18", {"precision": "range", "earliest": "2024-03-16", "latest": "2024-03-18"}),
    ("2024-03-18..2024-03-18", {"precision": "day", "day": "2024-03-18"}),
])
def test_dates_as_curators_write_them(text: str, value: dict) -> None:
    assert parse_date_value(text) == value


@pytest.mark.parametrize("text", ["Monday", "2024-13-01", "2024-03-18..2024-03-16", "18/03/2024", ""])
def test_a_date_that_is_not_one_is_refused_with_the_forms_that_work(text: str) -> None:
    with pytest.raises(CorrectionError, match="2024-03-18"):
        parse_date_value(text)


def correct(*args: str) -> object:
    return runner.invoke(cli, ["correct", *args, "--by", "Ann"])


def first_statement(session: Session) -> str:
    return str(statements(session, RAFAH)[0].id)


def check_day(session: Session) -> None:
    call = call_at(session, RAFAH)
    assert (call.date, call.date_precision, call.sort_date) == (date(2024, 3, 17), "day", date(2024, 3, 17))
    assert call.date_basis == "set by a curator: the readout's Sunday is the earlier call"


def check_month(session: Session) -> None:
    call = call_at(session, RAFAH)
    assert (call.date, call.date_precision, call.date_earliest, call.date_latest) == (
        None, "range", date(2024, 3, 1), date(2024, 3, 31))


def check_cleared(session: Session) -> None:
    call = call_at(session, FEBRUARY)
    assert (call.date, call.date_precision, call.sort_date, call.weekday) == (None, "unknown", None, None)


def check_topic_removed(session: Session) -> None:
    assert "rafah" not in topics(session, RAFAH)
    call = call_at(session, RAFAH)
    assert not session.exec(select(Evidence).where(Evidence.call_id == call.id, Evidence.topic_slug == "rafah")).all()


MOVED_TEXT = "During the call, the White House said the leaders discussed two key areas"


def check_moved(session: Session) -> None:
    moved = [p for p in statements(session, RAFAH) if p.text.startswith(MOVED_TEXT)]
    assert moved and all(p.leader_id == "benjamin-netanyahu" for p in moved)


def check_dropped(session: Session) -> None:
    assert not [p for p in statements(session, RAFAH) if p.text.startswith(MOVED_TEXT)]


def check_merged(session: Session) -> None:
    assert call_at(session, AUGUST).id == call_at(session, FEBRUARY).id
    assert sources(session, FEBRUARY) == {"c09a3cf549ae", "63d9d5be5007"}
    assert people(session, FEBRUARY)["kamala-harris"] == "also-present"
    assert call_at(session, FEBRUARY).date == date(2024, 2, 11), "the call merged into keeps its own date"


def check_split(session: Session) -> None:
    assert sources(session, RAFAH) == {"972ee94c8e6d"}
    holders = session.exec(select(CallSource.call_id).where(CallSource.source_id == "aa04ca0035eb")).all()
    assert len(holders) == 1, "the split-off source should make a call of its own"
    apart = session.get(Call, holders[0])
    assert apart.pair_key == call_at(session, RAFAH).pair_key
    assert set(session.exec(select(CallSource.source_id).where(CallSource.call_id == apart.id)).all()) == {
        "aa04ca0035eb"}


ACTIONS: list[tuple[str, Callable[[Session], list[str]], Callable[[Session], None]]] = [
    ("set-date", lambda s: [RAFAH, "--date", "2024-03-17"], check_day),
    ("set-month", lambda s: [RAFAH, "--date", "2024-03"], check_month),
    ("clear-date", lambda s: [FEBRUARY, "--clear-date"], check_cleared),
    ("add-participant", lambda s: [RAFAH, "--add-participant", "emmanuel-macron"],
     lambda s: people(s, RAFAH)["emmanuel-macron"] == "participant" or pytest.fail("not added")),
    ("add-participant-by-name", lambda s: [RAFAH, "--add-participant", "Kamala Harris"],
     lambda s: people(s, RAFAH)["kamala-harris"] == "participant" or pytest.fail("not added")),
    ("remove-participant", lambda s: [RAFAH, "--remove-participant", "benjamin-netanyahu"],
     lambda s: "benjamin-netanyahu" not in people(s, RAFAH) or pytest.fail("not removed")),
    ("add-also-present", lambda s: [RAFAH, "--add-also-present", "kamala-harris"],
     lambda s: people(s, RAFAH)["kamala-harris"] == "also-present" or pytest.fail("not added")),
    ("remove-also-present", lambda s: [AUGUST, "--remove-also-present", "kamala-harris"],
     lambda s: "kamala-harris" not in people(s, AUGUST) or pytest.fail("not removed")),
    ("add-topic", lambda s: [RAFAH, "--add-topic", "trade"],
     lambda s: "trade" in topics(s, RAFAH) or pytest.fail("not added")),
    ("remove-topic", lambda s: [RAFAH, "--remove-topic", "rafah"], check_topic_removed),
    ("move-position", lambda s: [RAFAH, "--move-position", first_statement(s), "--to", "benjamin-netanyahu"],
     check_moved),
    ("drop-position", lambda s: [RAFAH, "--drop-position", first_statement(s)], check_dropped),
    ("merge", lambda s: [FEBRUARY, "--merge-with", AUGUST], check_merged),
    ("split", lambda s: [RAFAH, "--split", "aa04ca0035eb"], check_split),
    ("not-a-call", lambda s: [UNDATED, "--not-a-call"],
     lambda s: call_at(s, UNDATED) is None or pytest.fail("still listed")),
    ("merge-moves-the-permalink", lambda s: [FEBRUARY, "--merge-with", AUGUST],
     lambda s: s.get(SlugRedirect, AUGUST).call_id == call_at(s, FEBRUARY).id or pytest.fail("no redirect")),
]


@pytest.mark.parametrize(("name", "arguments", "check"), ACTIONS, ids=[row[0] for row in ACTIONS])
def test_every_action_through_the_cli_survives_a_full_reingest(corpus: Corpus, monkeypatch: pytest.MonkeyPatch,
                                                               name: str, arguments, check) -> None:
    with corpus.session() as session:
        args = arguments(session)
    result = correct(*args, "--why", "the readout's Sunday is the earlier call")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Correction 1: ")
    with corpus.session() as session:
        check(session)
        [recorded] = corrections(session)
        assert (recorded.status, recorded.author) == ("applied", "Ann")
    if name == "merge-moves-the-permalink":
        return  # after a re-extraction the store decides where old permalinks lead
    # Every article extracted again and every call re-merged, as after an upgrade of the extractor.
    monkeypatch.setattr("app.ingest.pipeline.EXTRACTOR_VERSION", "next-version")
    corpus.ingest()
    with corpus.session() as session:
        check(session)
        assert [c.status for c in corrections(session)] == ["applied"]


def test_a_call_marked_not_a_call_is_restored(corpus: Corpus) -> None:
    assert correct(UNDATED, "--not-a-call", "--why", "an analysis, not a readout").exit_code == 0
    result = correct(UNDATED, "--restore", "--why", "it was a call after all")
    assert result.exit_code == 0, result.output
    with corpus.session() as session:
        assert call_at(session, UNDATED) is not None
        assert [(c.action, c.status) for c in corrections(session)] == [("not-a-call", "superseded"),
                                                                        ("restore", "applied")]
    corpus.ingest()
    with corpus.session() as session:
        assert call_at(session, UNDATED) is not None


def test_restoring_a_call_never_taken_off_says_so(corpus: Corpus) -> None:
    result = correct(RAFAH, "--restore", "--why", "x")
    assert result.exit_code == 1 and "not marked as not a call" in result.output


@pytest.mark.parametrize(("args", "code", "message"), [
    ([RAFAH, "--why", "x"], 2, "exactly one correction"),
    ([RAFAH, "--date", "2024-03-17", "--clear-date", "--why", "x"], 2, "exactly one correction"),
    ([RAFAH, "--date", "2024-03-17"], 2, "say why"),
    ([RAFAH, "--drop-position", "1", "--to", "joe-biden", "--why", "x"], 2, "--to LEADER"),
    (["no-such-call", "--date", "2024-03-17", "--why", "x"], 1, "there is no call 'no-such-call'"),
    ([RAFAH, "--date", "Sunday", "--why", "x"], 1, "is not a date"),
    ([RAFAH, "--remove-topic", "trade", "--why", "x"], 1, "not among this call's topics"),
    ([RAFAH, "--add-topic", "weather", "--why", "x"], 1, "no topic 'weather'; the topics are:"),
    ([RAFAH, "--add-participant", "nobody-at-all", "--why", "x"], 1, "no leader 'nobody-at-all'"),
    ([RAFAH, "--remove-also-present", "joe-biden", "--why", "x"], 1, "Joe Biden is not someone who joined"),
    ([RAFAH, "--drop-position", "99999", "--why", "x"], 1, "not the number of a statement of this call"),
    ([RAFAH, "--merge-with", RAFAH, "--why", "x"], 1, "cannot be merged with itself"),
    ([FEBRUARY, "--split", "c09a3cf549ae", "--why", "x"], 1, "nothing to split it from"),
    ([RAFAH, "--split", "c09a3cf549ae", "--why", "x"], 1, "is not one of this call's sources"),
])
def test_a_correction_that_cannot_be_made_says_why_and_stores_nothing(corpus: Corpus, args: list[str], code: int,
                                                                      message: str) -> None:
    result = correct(*args)
    assert result.exit_code == code, result.output
    assert message in " ".join(result.output.split())
    with corpus.session() as session:
        assert corrections(session) == []


def _file_of(corpus: Corpus, source_id: str):  # noqa: ANN202 - a Path
    from app.ingest.store import source_id_for

    return next(path for path in corpus.folder.glob("*.txt") if source_id_for(path.name) == source_id)


def test_corrections_survive_a_changed_source_file(corpus: Corpus) -> None:
    assert correct(RAFAH, "--date", "2024-03-17", "--why", "the earlier call").exit_code == 0
    assert correct(FEBRUARY, "--merge-with", AUGUST, "--why", "one call").exit_code == 0
    for source in ("aa04ca0035eb", "c09a3cf549ae"):
        path = _file_of(corpus, source)
        # A note no step reads as part of the call: the change must not move the call's reports about.
        path.write_text(path.read_text(encoding="utf-8") + "\nThis article was updated to correct a spelling.\n",
                        encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(corpus.folder)])
    assert result.exit_code == 0, result.output
    assert "stale correction" not in result.output
    with corpus.session() as session:
        assert [c.status for c in corrections(session)] == ["applied", "applied"]
        rafah = next(c for c in list_calls(session) if "aa04ca0035eb" in {s.id for s, _ in c.sources})
        assert rafah.call.date == date(2024, 3, 17)
        merged = [v for v in list_calls(session) if {s.id for s, _ in v.sources} >= {"c09a3cf549ae", "63d9d5be5007"}]
        assert len(merged) == 1 and len(list_calls(session)) == 3


def test_a_correction_whose_call_is_gone_is_reported_stale_and_kept(corpus: Corpus) -> None:
    assert correct(UNDATED, "--date", "2024-03-01", "--why", "dated by the embassy").exit_code == 0
    _file_of(corpus, "ad52e6c2ec5a").write_text("The weather in Jerusalem was mild all week.\n", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(corpus.folder)])
    assert "stale correction 1 (set-date on undated-benjamin-netanyahu-joe-biden)" in result.output
    assert "no call has the permalink" in result.output
    listing = runner.invoke(cli, ["corrections", "list"])
    assert listing.exit_code == 1 and "STALE (no call has the permalink" in listing.output
    as_json = json.loads(runner.invoke(cli, ["ingest", "--json", str(corpus.folder)]).stdout)
    assert [entry["id"] for entry in as_json["stale_corrections"]] == [1]
    exported = runner.invoke(cli, ["corrections", "export", "-"])
    assert "dated by the embassy" in exported.stdout, "a stale correction is never dropped"


def test_a_later_correction_of_the_same_thing_replaces_the_earlier(corpus: Corpus) -> None:
    correct(RAFAH, "--date", "2024-03-17", "--why", "first thought")
    correct(RAFAH, "--date", "2024-03-16", "--why", "second thought")
    correct(RAFAH, "--add-topic", "trade", "--why", "tariffs came up")
    with corpus.session() as session:
        assert [c.status for c in corrections(session)] == ["superseded", "applied", "applied"]
        assert call_at(session, RAFAH).date == date(2024, 3, 16)


def test_one_sentence_under_two_leaders_is_corrected_apart_for_each() -> None:
    def statement(leader: str, **more: str) -> dict:
        return {"source": "c09a3cf549ae", "text": "Macron and  Merkel pressed for a truce.", "leader": leader, **more}

    assert key_of(Action.drop_position, statement("emmanuel-macron")) != key_of(Action.drop_position,
                                                                                 statement("angela-merkel"))
    # Moving a leader's statement and then dropping it are two corrections of one thing.
    assert key_of(Action.move_position, statement("angela-merkel", to="vladimir-putin")) == key_of(
        Action.drop_position, statement("angela-merkel"))


def _calls(corpus: Corpus) -> list[dict]:
    with corpus.session() as session:
        return calls_json(list_calls(session))["calls"]


def test_applying_again_changes_nothing(corpus: Corpus) -> None:
    correct(RAFAH, "--date", "2024-03-17", "--why", "x")
    correct(FEBRUARY, "--merge-with", AUGUST, "--why", "x")
    correct(RAFAH, "--split", "aa04ca0035eb", "--why", "x")
    before = _calls(corpus)
    with corpus.session() as session:
        apply_corrections(session)
        apply_corrections(session)
    assert _calls(corpus) == before


def test_exports_carry_what_was_corrected(corpus: Corpus) -> None:
    correct(RAFAH, "--date", "2024-03-17", "--why", "the earlier call")
    [rafah] = [c for c in _calls(corpus) if c["id"] == RAFAH]
    [mark] = rafah["corrected"]
    assert {k: mark[k] for k in ("field", "action", "value", "why", "by")} == {
        "field": "date", "action": "set-date", "value": "2024-03-17", "why": "the earlier call", "by": "Ann"}
    assert mark["extracted"].startswith("2024-03-18 (")
    assert all(c["corrected"] == [] for c in _calls(corpus) if c["id"] != RAFAH)
    csv = runner.invoke(cli, ["export", "--format", "csv"]).stdout
    assert csv.splitlines()[0].endswith(",corrected")
    assert "date (set-date 2024-03-17): the earlier call" in csv


def test_a_rebuilt_database_gets_the_same_calls_from_the_yaml_file(corpus: Corpus, tmp_path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    correct(RAFAH, "--date", "2024-03-17", "--why", "the earlier call")
    correct(FEBRUARY, "--merge-with", AUGUST, "--why", "one call")
    correct(RAFAH, "--drop-position", str(statements_of(corpus)[0]), "--why", "not said")
    correct(UNDATED, "--not-a-call", "--why", "an analysis")
    file = tmp_path / "corrections.yaml"
    assert runner.invoke(cli, ["corrections", "export", str(file)]).exit_code == 0
    corrected = _calls(corpus)
    text = file.read_text(encoding="utf-8")
    assert text.index("action: set-date") < text.index("action: merge") < text.index("action: not-a-call")

    from app.db import get_engine
    from app.settings import get_settings

    rebuilt = tmp_path / "rebuilt.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{rebuilt}")
    get_settings.cache_clear()
    get_engine.cache_clear()
    assert runner.invoke(cli, ["ingest", str(corpus.folder)]).exit_code == 0
    result = runner.invoke(cli, ["corrections", "import", str(file)])
    assert result.exit_code == 0, result.output
    assert "Imported 4 corrections" in result.output and "0 stale" in result.output
    again = runner.invoke(cli, ["corrections", "import", str(file)])
    assert "Imported 0 corrections" in again.output and "(4 already held)" in again.output
    from app.db import make_engine

    assert _calls(Corpus(corpus.folder, make_engine(f"sqlite:///{rebuilt}"))) == corrected
    assert runner.invoke(cli, ["corrections", "export", "-"]).stdout == text, "the file round-trips unchanged"


def statements_of(corpus: Corpus) -> list[int]:
    with corpus.session() as session:
        return [p.id for p in statements(session, RAFAH)]


@pytest.mark.parametrize(("entry", "message"), [
    ("- {call: x, action: set-date, value: {precision: day, day: '2024-03-17'}, by: Ann, at: '2026-12-02T10:00:00Z'}",
     "entry 1: 'why' is missing"),
    ("- {call: x, action: paint, why: y, by: Ann, at: '2026-12-02T10:00:00Z'}", "entry 1: 'action' 'paint' is not one of"),
    ("- {call: x, action: set-date, value: {precision: day, day: '2024-02-30'}, why: y, by: Ann, "
     "at: '2026-12-02T10:00:00Z'}", "'2024-02-30' is not a date"),
    ("- {call: x, action: add-topic, value: {}, why: y, by: Ann, at: '2026-12-02T10:00:00Z'}",
     "entry 1: a add-topic correction's 'value' needs topic"),
    ("- {call: x, action: clear-date, why: y, by: Ann, at: yesterday}", "'at' 'yesterday' is not a time"),
    ("- [not, a, mapping]", "entry 1: expected a mapping"),
])
def test_a_bad_yaml_file_is_refused_whole_naming_the_entry_and_field(corpus: Corpus, tmp_path, entry: str,
                                                                     message: str) -> None:
    correct(RAFAH, "--add-topic", "trade", "--why", "kept")
    good = "- {call: x, action: clear-date, why: fine, by: Ann, at: '2026-12-01T10:00:00Z'}\n"
    file = tmp_path / "bad.yaml"
    file.write_text("corrections:\n" + good + entry.replace("entry 1", "entry 2") + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["corrections", "import", str(file)])
    assert result.exit_code == 1
    assert message.replace("entry 1", "entry 2") in " ".join(result.output.split())
    assert str(file) in result.output
    with corpus.session() as session:
        assert [c.why for c in corrections(session)] == ["kept"], "nothing imported, nothing lost"


def test_a_file_that_is_not_yaml_or_not_there_is_named(corpus: Corpus, tmp_path) -> None:
    file = tmp_path / "broken.yaml"
    file.write_text("corrections: [\n", encoding="utf-8")
    result = runner.invoke(cli, ["corrections", "import", str(file)])
    assert result.exit_code == 1 and "is not valid YAML" in result.output
    missing = runner.invoke(cli, ["corrections", "import", str(tmp_path / "absent.yaml")])
    assert missing.exit_code == 1 and "cannot read" in missing.output


def test_evaluate_scores_extraction_alone_unless_asked(corpus: Corpus, tmp_path) -> None:
    articles = [_file_of(corpus, source).name for source in ("972ee94c8e6d", "aa04ca0035eb")]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"events": [{
        "id": "rafah-call", "kind": "call", "date": "2024-03-18", "date_derivable": True,
        "participants": [["Joe Biden"], ["Benjamin Netanyahu"]], "also_present": [], "topics": [],
        "articles": articles, "positions": []}]}), encoding="utf-8")
    correct(RAFAH, "--date", "2024-03-10", "--why", "a deliberately wrong date")
    alone = runner.invoke(cli, ["evaluate", str(corpus.folder), "--gold", str(gold)])
    corrected = runner.invoke(cli, ["evaluate", str(corpus.folder), "--gold", str(gold), "--with-corrections"])
    assert alone.exit_code == 0 and corrected.exit_code == 0, alone.output + corrected.output
    assert "corrected by curators" not in alone.output and "1 of them corrected by curators" in corrected.output
    assert "dates exact 1.00 of 1" in alone.output and "dates exact 0.00 of 1" in corrected.output


@pytest.mark.parametrize("command", [["correct"], ["corrections"], ["corrections", "list"], ["corrections", "export"],
                                     ["corrections", "import"], ["corrections", "statements"]])
def test_every_curation_command_has_help(command: list[str]) -> None:
    result = runner.invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert len(result.output.split("Options")[0].strip().splitlines()) >= 2


def test_a_correction_that_fails_to_apply_is_reported_and_costs_nothing_else(corpus: Corpus) -> None:
    correct(RAFAH, "--date", "2024-03-17", "--why", "the earlier call")
    correct(RAFAH, "--add-topic", "trade", "--why", "tariffs came up")
    with corpus.session() as session:
        broken = corrections(session)[0]
        broken.value, broken.status = {"precision": "day"}, "pending"  # as a hand-edited row might be: no day
        session.add(broken)
        session.commit()
        report = apply_corrections(session)
        assert [c.id for c in report.stale] == [broken.id] and report.applied == 1
        assert "could not be applied (KeyError" in corrections(session)[0].note
        assert "trade" in topics(session, RAFAH)
    result = runner.invoke(cli, ["ingest", str(corpus.folder)])
    assert result.exit_code == 0 and "stale correction 1 (set-date" in result.output
