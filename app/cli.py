"""The hotline command: ingest articles, serve the explorer, export calls, upgrade the database."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session

from app.corrections.commands import correct, corrections_cli, report_stale, stale_corrections
from app.db import get_engine, upgrade

if TYPE_CHECKING:
    from rich.console import Console

    from app.ingest.report import IngestReport
from app.settings import get_settings

cli = typer.Typer(help="Hotline: a timeline of leader-to-leader calls, built from articles and readouts.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
db_cli = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
cli.add_typer(corrections_cli, name="corrections")
cli.command()(correct)


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def _ready_engine():  # noqa: ANN202 - an SQLAlchemy Engine
    try:
        engine = get_engine()
        upgrade(engine)
        return engine
    except (OperationalError, SQLAlchemyError, OSError) as error:
        url = get_settings().effective_database_url
        _fail(f"cannot open the database {url.split('@')[-1]!r}: {getattr(error, 'orig', None) or error}. "
              "Check DATABASE_URL and that the server or folder is reachable.")


@cli.command(epilog="Exit status: 0 when every input was read, 1 when any input failed (each is named), "
                     "2 for a usage error. Files that are not articles (a gold file, a README) are listed as skipped "
                     "and do not count as failures.")
def ingest(inputs: Annotated[list[str] | None, typer.Argument(
               help="Article files or folders (.txt, .html, .htm, .json, .jsonl; folders are searched, a "
                    "manifest.jsonl gives the facts of the files beside it) or http(s) URLs of articles.",
               metavar="PATH_OR_URL...", show_default=False)] = None,
           urls: Annotated[list[Path] | None, typer.Option(
               "--urls", help="A file of article URLs, one a line (# starts a comment).", show_default=False)] = None,
           feeds: Annotated[list[str] | None, typer.Option(
               "--feed", help="An RSS or Atom feed, a URL or a file: each article it links to that is not stored "
                              "yet is fetched and ingested.", show_default=False)] = None,
           as_json: Annotated[bool, typer.Option("--json", help="Print the whole report as JSON (nothing else).")]
           = False,
           jobs: Annotated[int | None, typer.Option(
               "--jobs", "-j", min=1, help="Worker processes that extract calls while one writes them "
                                          "(default: the number of cores).", show_default=False)] = None) -> None:
    """Read articles, find the leader calls they report and store them."""
    from rich.console import Console

    from app.ingest.pipeline import VocabularyError, ingest_inputs
    from app.ingest.reader import Inputs
    from app.ingest.workers import default_jobs

    inputs, urls, feeds = inputs or [], urls or [], feeds or []
    if not (inputs or urls or feeds):
        raise typer.BadParameter("give at least one file, folder or URL, or --urls FILE, or --feed URL_OR_FILE",
                                 param_hint="INPUTS")
    engine = _ready_engine()
    sources = Inputs(paths=[Path(value) for value in inputs if "://" not in value],
                     urls=[value for value in inputs if "://" in value], url_lists=urls, feeds=feeds)
    console = Console(stderr=True, highlight=False)
    live = console.is_terminal and not as_json
    jobs = jobs or default_jobs()
    if jobs == 1:
        _settle_extractor()  # with workers, each settles its own
    try:
        with Session(engine) as session, _progress(console, live) as progress:
            outcome = ingest_inputs(session, sources, on_progress=progress, jobs=jobs,
                                    on_wait=lambda: typer.secho(
                "another ingest into this database is running; waiting for it to finish…", err=True))
    except SQLAlchemyError as error:
        _fail(f"the database refused the ingest, nothing more was changed: {getattr(error, 'orig', error)}")
    except VocabularyError as error:
        _fail(str(error))
    report = outcome.report
    with Session(engine) as session:
        stale = stale_corrections(session)
    if as_json:
        sys.stdout.write(json.dumps({**report.as_json(), "stale_corrections": [
            {"id": c.id, "call": c.call_slug, "action": c.action, "reason": c.note} for c in stale]},
            indent=2, ensure_ascii=False) + "\n")
    else:
        _print_notes(report)
        report_stale(stale)
        if live:
            from app.ingest.progress import closing_table

            console.print(closing_table(report))
        if not (live and sys.stdout.isatty()):  # on a terminal the table says it; a script reads this line
            typer.echo(report.summary_line())
    if not report.ok:
        raise typer.Exit(1)


def _settle_extractor() -> None:
    """Load the leader directory before reading, then keep it out of the garbage collector's full collections."""
    from app.ingest.leaders import load_directory
    from app.memory import settle_startup_heap

    load_directory()
    settle_startup_heap()


@contextmanager
def _progress(console: Console, live: bool) -> Iterator[Callable[..., None]]:
    """A progress line on a terminal; nothing at all when the output goes to a file or a pipe."""
    if not live:
        yield lambda report, done: None
        return
    from app.ingest.progress import LiveProgress

    with LiveProgress(console) as progress:
        yield progress.update


def _print_notes(report: IngestReport) -> None:
    for label, notes, colour in (("note", report.notes, None), ("skipped", report.skipped, None),
                                 ("warning", report.warnings, typer.colors.YELLOW),
                                 ("failed", report.failed, typer.colors.RED)):
        for note in notes:
            typer.secho(f"{label}: {note.input}: {note.message}", fg=colour, err=True)
    for origin, first in report.same_text:
        typer.secho(f"same text: {origin}: the text of {first}, already stored; recorded as another origin of that "
                    "source", err=True)


@cli.command()
def serve(host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
          seed: Annotated[bool, typer.Option(help="Ingest the bundled seed articles into an empty database.")] = True,
          workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes. Each keeps its own answers "
                                               "in memory (HOTLINE_PAGE_CACHE_MB each); all read one database.")]
          = 1,
          ) -> None:
    """Serve the timeline explorer (upgrades the database first)."""
    import uvicorn

    from app.ingest.pipeline import ingest_seeds_if_empty
    from app.main import serve_app

    engine = _ready_engine()
    if seed:
        with Session(engine) as session:
            outcome = ingest_seeds_if_empty(session)
        if outcome:
            typer.echo(f"Empty database: ingested {outcome.summary.added} bundled seed articles.")
    engine.dispose()  # each worker opens its own connections
    typer.echo(f"Serving the timeline at http://{host}:{port}/" + (f" with {workers} workers" if workers > 1 else ""))
    if workers > 1:  # worker processes import the app by name and build it themselves
        uvicorn.run("app.main:serve_app", factory=True, host=host, port=port, workers=workers, log_level="warning")
    else:
        uvicorn.run(serve_app(), host=host, port=port, log_level="warning")


@cli.command()
def export(fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.json,
           output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")] = None,
           ) -> None:
    """Export every call as JSON or CSV."""
    import json

    from app.export import calls_csv, calls_json
    from app.queries import list_calls

    engine = _ready_engine()
    with Session(engine) as session:
        views = list_calls(session)
        text = json.dumps(calls_json(views), indent=2, ensure_ascii=False) + "\n" if fmt is ExportFormat.json \
            else calls_csv(views)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror}")
    typer.echo(f"Wrote {len(views)} calls to {output}.", err=True)


@cli.command()
def evaluate(folder: Annotated[Path, typer.Argument(help="A folder of articles (with its manifest.jsonl).")],
             gold: Annotated[Path, typer.Option(help="The gold file: the calls a perfect ingest extracts.")],
             verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
             with_corrections: Annotated[bool, typer.Option(
                 "--with-corrections", help="Apply the curators' corrections stored in the configured database "
                                            "before scoring; by default extraction is scored alone.")] = False,
             ) -> None:
    """Ingest a folder into a throwaway database and score the calls against a gold file."""
    import json
    import tempfile
    import time

    from app.db import make_engine
    from app.evaluation import score
    from app.export import calls_json
    from app.ingest.pipeline import ingest_paths
    from app.queries import list_calls

    try:
        expected = json.loads(gold.read_text(encoding="utf-8"))
        expected["events"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        _fail(f"cannot read the gold file {gold}: {error}")
    corrections = _stored_corrections() if with_corrections else None
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(f"sqlite:///{scratch}/evaluate.db")
        upgrade(engine)
        with Session(engine) as session:
            if corrections:
                from app.corrections.yaml_file import import_yaml

                import_yaml(session, corrections, name="the database's corrections")
            started = time.perf_counter()
            ingest_paths(session, [folder])
            elapsed = time.perf_counter() - started
            calls = calls_json(list_calls(session))["calls"]
            applied = len([c for c in calls if c["corrected"]])
        engine.dispose()
    result = score(expected, calls)
    if verbose:
        for line in result.misses:
            typer.echo(line)
    typer.echo(f"{len(calls)} calls from {folder} in {elapsed:.2f} s"
               + (f", {applied} of them corrected by curators" if with_corrections else ""))
    typer.echo(result.summary())


def _stored_corrections() -> str:
    """The configured database's corrections, as the YAML `hotline corrections export` writes."""
    from app.corrections.yaml_file import export_yaml

    with Session(_ready_engine()) as session:
        return export_yaml(session)


@cli.command()
def backup(file: Annotated[Path, typer.Argument(help="Where to write the copy of the database.")]) -> None:
    """Write a consistent copy of the SQLite database, even while the server runs (PostgreSQL: use pg_dump)."""
    from app.backup import BackupError
    from app.backup import backup as write_backup

    engine = _ready_engine()
    try:
        write_backup(engine, file)
    except (BackupError, OSError) as error:
        _fail(f"cannot back up: {error}")
    typer.echo(f"Backed up the database to {file}.")


@cli.command()
def restore(file: Annotated[Path, typer.Argument(help="A file written by `hotline backup`.")]) -> None:
    """Replace the SQLite database's content with a backup's; the schema is then brought up to date."""
    from app.backup import BackupError
    from app.backup import restore as read_backup

    if not file.is_file():
        _fail(f"no backup file at {file}")
    engine = _ready_engine()
    try:
        read_backup(engine, file)
    except (BackupError, OSError) as error:
        _fail(f"cannot restore: {error}")
    upgrade(engine)
    typer.echo(f"Restored the database from {file}.")


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Create the database or bring its schema up to date."""
    _ready_engine()
    typer.echo("Database is up to date.")


def main() -> None:
    cli()
