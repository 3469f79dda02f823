"""The hotline command: every command has help, and each does its job against DATABASE_URL."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app import SEEDS_DIR
from app.cli import cli
from app.db import get_engine

runner = CliRunner()
COMMANDS = [[], ["ingest"], ["serve"], ["export"], ["evaluate"], ["backup"], ["restore"], ["db"], ["db", "upgrade"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "hotline")
def test_every_command_has_help(command: list[str]):
    result = runner.invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    help_text = result.output.split("Options")[0]
    assert len(help_text.strip().splitlines()) >= 2  # a usage line and a sentence saying what it does


def test_ingest_then_export_json_and_csv(database_env: str, tmp_path: Path):
    result = runner.invoke(cli, ["ingest", str(SEEDS_DIR)])
    assert result.exit_code == 0, result.output
    assert "5 added" in result.output
    out = tmp_path / "calls.json"
    result = runner.invoke(cli, ["export", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    calls = json.loads(out.read_text())["calls"]
    assert len(calls) == 4
    first = calls[0]
    for key in ("id", "url", "kind", "date", "date_precision", "date_earliest", "date_latest", "date_basis",
                "participants", "also_present", "topics", "positions", "sources"):
        assert key in first
    assert set(first["participants"][0]) >= {"name", "office", "country"}
    assert set(first["positions"][0]) >= {"leader", "topic", "stance", "text", "source", "start", "end"}
    assert set(first["sources"][0]) >= {"id", "origin", "title", "outlet", "published", "url"}
    result = runner.invoke(cli, ["export", "--format", "csv"])
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("id,url,kind,date") and len(lines) == 5


def test_reingest_reports_unchanged(database_env: str):
    runner.invoke(cli, ["ingest", str(SEEDS_DIR)])
    result = runner.invoke(cli, ["ingest", str(SEEDS_DIR)])
    assert result.exit_code == 0
    assert "0 added, 0 updated, 5 unchanged" in result.output


def test_bad_paths_get_a_message_not_a_traceback(database_env: str, tmp_path: Path):
    result = runner.invoke(cli, ["ingest", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_export_to_an_unwritable_place_says_so(database_env: str, tmp_path: Path):
    result = runner.invoke(cli, ["export", "-o", str(tmp_path / "missing-dir" / "x.json")])
    assert result.exit_code == 1
    assert "cannot write" in result.output


def test_db_upgrade_creates_the_database(database_env: str):
    result = runner.invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output


def test_an_unreachable_database_gets_a_clear_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from app.db import get_engine
    from app.settings import get_settings

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{blocker}/sub/x.db")
    get_settings.cache_clear()
    get_engine.cache_clear()
    try:
        result = runner.invoke(cli, ["db", "upgrade"])
    finally:
        get_settings.cache_clear()
        get_engine.cache_clear()
    assert result.exit_code == 1
    assert "error:" in result.output and "Traceback" not in result.output


def test_a_users_topics_file_extends_the_vocabulary(database_env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from app.settings import get_settings

    extra = tmp_path / "topics.toml"
    extra.write_text('[[topic]]\nslug = "schumer-speech"\nlabel = "Schumer speech"\ndescription = "x"\n'
                     'cues = ["Schumer"]\n', encoding="utf-8")
    monkeypatch.setenv("HOTLINE_TOPICS_FILE", str(extra))
    get_settings.cache_clear()
    result = runner.invoke(cli, ["ingest", str(SEEDS_DIR)])
    assert result.exit_code == 0, result.output
    calls = json.loads(runner.invoke(cli, ["export"]).output)["calls"]
    march = next(c for c in calls if c["date"] == "2024-03-18")
    assert "schumer-speech" in march["topics"]

    extra.write_text("[[topic]]\nlabel = 'no slug'\n", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(SEEDS_DIR)])
    assert result.exit_code == 1
    assert "topics.toml" in result.output and "Traceback" not in result.output


def test_backup_then_restore_gives_back_the_same_calls(database_env: str, tmp_path: Path):
    runner.invoke(cli, ["ingest", str(SEEDS_DIR)])
    before = runner.invoke(cli, ["export", "--format", "json"]).output
    copy = tmp_path / "backup" / "hotline.db"
    result = runner.invoke(cli, ["backup", str(copy)])
    assert result.exit_code == 0, result.output
    get_engine().dispose()
    database = Path(database_env.split("///", 1)[1])
    for lost in (database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        lost.unlink(missing_ok=True)  # the database is lost
    runner.invoke(cli, ["db", "upgrade"])
    assert json.loads(runner.invoke(cli, ["export", "--format", "json"]).output)["calls"] == []
    result = runner.invoke(cli, ["restore", str(copy)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["export", "--format", "json"]).output == before


@pytest.mark.parametrize("content", [b"", b"not a database at all", None], ids=["empty", "garbage", "missing"])
def test_restore_refuses_what_is_not_a_backup_and_keeps_the_database(database_env: str, tmp_path: Path,
                                                                     content: bytes | None):
    runner.invoke(cli, ["ingest", str(SEEDS_DIR)])
    before = runner.invoke(cli, ["export", "--format", "json"]).output
    bogus = tmp_path / "bogus.db"
    if content is not None:
        bogus.write_bytes(content)
    result = runner.invoke(cli, ["restore", str(bogus)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "error:" in result.output
    assert runner.invoke(cli, ["export", "--format", "json"]).output == before


def test_ingest_help_tells_the_exit_status_and_the_inputs():
    result = runner.invoke(cli, ["ingest", "--help"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    for phrase in ("0 when every input was read", "1 when any input failed", "2 for a usage error", "--feed",
                   "--urls", "--json"):
        assert phrase in text


@pytest.mark.parametrize("args", [[], ["--no-such-option", "x"]], ids=["no-input", "unknown-option"])
def test_ingest_usage_errors_exit_2(database_env: str, args: list[str]):
    result = runner.invoke(cli, ["ingest", *args])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_a_gold_file_and_a_readme_are_skipped_notes_and_the_exit_is_0(database_env: str, tmp_path: Path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for article in sorted(SEEDS_DIR.glob("*.txt"))[:2]:
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / "gold.json").write_text('{"events": []}')
    (folder / "README.md").write_text("How this corpus was made.")
    result = runner.invoke(cli, ["ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert "skipped: " in result.output and "gold.json" in result.output and "README.md" in result.output
    assert "2 added, 0 updated, 0 unchanged; 2 skipped, 0 failed" in result.output


def test_one_bad_file_exits_1_and_json_reports_everything(database_env: str, tmp_path: Path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    seed = sorted(SEEDS_DIR.glob("*.txt"))[0]
    (folder / "a.txt").write_bytes(seed.read_bytes())
    (folder / "sub" / "a.txt").write_bytes(seed.read_bytes())  # the same text under another path
    (folder / "empty.txt").write_text("")
    (folder / "latin.txt").write_bytes("Le Président Macron a parlé au téléphone avec M. Scholz.".encode("latin-1"))
    (folder / "gold.json").write_text('{"events": []}')
    result = runner.invoke(cli, ["ingest", "--json", str(folder)])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["ok"] is False
    assert (report["added"], report["same_text"]) == (["a.txt", "latin.txt"], [{"input": "sub/a.txt",
                                                                                "source": "a.txt"}])
    assert report["failed"] == [{"input": str(folder / "empty.txt"), "reason": "empty file; skipped"}]
    assert [n["input"] for n in report["skipped"]] == [str(folder / "gold.json")]
    assert [n["input"] for n in report["warnings"]] == [str(folder / "latin.txt")]
    assert report["counts"]["call_reports"] >= 1

    result = runner.invoke(cli, ["ingest", "--json", str(folder / "a.txt"), str(folder / "sub")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["unchanged"] == ["a.txt", "sub/a.txt"]


def test_the_closing_table_and_the_progress_line_on_a_terminal():
    from io import StringIO

    from rich.console import Console

    from app.ingest.progress import LiveProgress, closing_table
    from app.ingest.report import IngestReport, Note

    report = IngestReport(added=["a.txt", "b.txt"], failed=[Note("c.txt", "empty file; skipped")], reports=3)
    screen = Console(file=StringIO(), force_terminal=True, width=100)
    with LiveProgress(screen) as progress:
        progress.update(report, "b.txt")
    screen.print(closing_table(report))
    shown = screen.file.getvalue()
    assert "2 articles · 3 calls found" in shown
    assert "added" in shown and "failed" in shown and "calls written" in shown
