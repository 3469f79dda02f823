"""The curation commands: `hotline correct CALL …` and `hotline corrections list | export | import | statements`."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import Session, select

from app.corrections.actions import PAST_TENSE, Action, CorrectionError, describe_value
from app.models import Correction

corrections_cli = typer.Typer(help="List, export and import curators' corrections.", no_args_is_help=True)



def _option(metavar: str, help: str) -> object:  # noqa: A002 - Typer's own keyword
    return typer.Option(metavar=metavar, help=help, show_default=False)


LEADER_HELP = "a leader's id (e.g. joe-biden) or full name"


def _session() -> Session:
    from app.cli import _ready_engine

    return Session(_ready_engine())


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def report_stale(stale: list[Correction]) -> None:
    """Name each correction that found nothing to act on: it is kept, and shown until it is fixed or replaced."""
    for correction in stale:
        typer.secho(f"stale correction {correction.id} ({correction.action} on {correction.call_slug}): "
                    f"{correction.note}; it is kept — correct the call again or import a fixed file",
                    fg=typer.colors.YELLOW, err=True)


def stale_corrections(session: Session) -> list[Correction]:
    return list(session.exec(select(Correction).where(Correction.status == "stale").order_by(Correction.id)).all())


def correct(call: Annotated[str, typer.Argument(help="The call's permalink name, as in /calls/NAME.",
                                                metavar="CALL", show_default=False)],
            why: Annotated[str, typer.Option("--why", help="Why the correction is right; shown with it.",
                                             show_default=False)] = "",
            by: Annotated[str | None, typer.Option("--by", help="Who makes it (default: your login name).",
                                                   show_default=False)] = None,
            date: Annotated[str | None, typer.Option(
                "--date", help="Set the date: a day (2024-03-18), a month (2024-03) or a range "
                               "(2024-03-16..2024-03-18).", show_default=False)] = None,
            clear_date: Annotated[bool, typer.Option("--clear-date", help="The date is not known.")] = False,
            add_participant: Annotated[str | None, _option("LEADER", f"Add {LEADER_HELP} as a participant.")] = None,
            remove_participant: Annotated[str | None, _option("LEADER", "Remove a participant.")] = None,
            add_also_present: Annotated[str | None, _option("LEADER", f"Add {LEADER_HELP} as someone who joined.")]
            = None,
            remove_also_present: Annotated[str | None, _option("LEADER", "Remove someone who joined.")] = None,
            add_topic: Annotated[str | None, _option("TOPIC", "Add a topic (its id or label).")] = None,
            remove_topic: Annotated[str | None, _option("TOPIC", "Remove a topic.")] = None,
            move_position: Annotated[int | None, typer.Option(
                metavar="N", help="Move statement N (see `hotline corrections statements CALL`) to the leader "
                                  "given by --to.", show_default=False)] = None,
            to: Annotated[str | None, _option("LEADER", f"Where --move-position moves it: {LEADER_HELP}.")] = None,
            drop_position: Annotated[int | None, typer.Option(metavar="N", help="Drop statement N.",
                                                              show_default=False)] = None,
            merge_with: Annotated[str | None, typer.Option(metavar="OTHER_CALL", help="Merge OTHER_CALL into "
                                                           "this call.", show_default=False)] = None,
            split: Annotated[str | None, typer.Option(metavar="SOURCE_ID", help="Split a source off this call "
                                                      "into a call of its own.", show_default=False)] = None,
            not_a_call: Annotated[bool, typer.Option("--not-a-call", help="Take the call off the timeline.")]
            = False,
            restore: Annotated[bool, typer.Option("--restore", help="Bring back a call marked not a call.")]
            = False) -> None:
    """Correct one thing extraction got wrong in a call; the correction is applied after every later ingest.

    Exit status: 0 when the correction is recorded and applied, 1 when it cannot be (the reason is given),
    2 for a usage error (no action, or more than one).
    """
    from app.corrections.record import Ask, record_correction

    chosen = [(action, argument) for action, argument in [
        (Action.set_date, date), (Action.clear_date, clear_date or None),
        (Action.add_participant, add_participant), (Action.remove_participant, remove_participant),
        (Action.add_also_present, add_also_present), (Action.remove_also_present, remove_also_present),
        (Action.add_topic, add_topic), (Action.remove_topic, remove_topic),
        (Action.move_position, move_position), (Action.drop_position, drop_position),
        (Action.merge, merge_with), (Action.split, split), (Action.not_a_call, not_a_call or None),
        (Action.restore, restore or None)] if argument is not None]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one correction (e.g. --date 2024-03-18) per command",
                                 param_hint="ACTION")
    action, argument = chosen[0]
    if (to is not None) != (action is Action.move_position):
        raise typer.BadParameter("--to LEADER goes with --move-position N, and only with it", param_hint="--to")
    if not why.strip():
        raise typer.BadParameter("say why the correction is right", param_hint="--why")
    ask = Ask(action, "" if isinstance(argument, bool) else str(argument), why=why,
              author=by or getpass.getuser(), to=to or "")
    with _session() as session:
        try:
            correction = record_correction(session, call, ask)
        except CorrectionError as error:
            session.rollback()
            _fail(f"{call}: {error}")
        if correction.status == "stale":
            report_stale([correction])
            raise typer.Exit(1)
        typer.echo(f"Correction {correction.id}: {call}: {PAST_TENSE[action]}"
                   f"{' — ' + describe_value(action, correction.value) if describe_value(action, correction.value) else ''}.")


@corrections_cli.command("list")
def list_corrections(stale_only: Annotated[bool, typer.Option("--stale", help="Only the stale ones.")] = False,
                     ) -> None:
    """Every correction, oldest first: its number, state, call, action, value, who, when and why."""
    from app.corrections.rows import stamp

    with _session() as session:
        rows = session.exec(select(Correction).order_by(Correction.created_at, Correction.id)).all()
        shown = [c for c in rows if c.status == "stale" or not stale_only]
        if not shown:
            typer.echo("No stale corrections." if stale_only else "No corrections yet.")
        for c in shown:
            state = f"STALE ({c.note})" if c.status == "stale" else c.status
            value = describe_value(Action(c.action), c.value)
            typer.echo(f"{c.id:>4}  {state}  {c.call_slug}  {c.action}{'  ' + value if value else ''}\n"
                       f"      by {c.author} at {stamp(c.created_at)}: {c.why}")
    if any(c.status == "stale" for c in shown):
        raise typer.Exit(1)


@corrections_cli.command("export")
def export_corrections(file: Annotated[Path, typer.Argument(help="The YAML file to write; - for stdout.")]) -> None:
    """Write every correction to a YAML file, oldest first, for review and version control."""
    from app.corrections.yaml_file import export_yaml

    with _session() as session:
        text = export_yaml(session)
        count = len(session.exec(select(Correction.id)).all())
    if str(file) == "-":
        sys.stdout.write(text)
        return
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as error:
        _fail(f"cannot write {file}: {error.strerror}")
    typer.echo(f"Wrote {count} corrections to {file}.", err=True)


@corrections_cli.command("import")
def import_corrections(file: Annotated[Path, typer.Argument(help="A YAML file written by `corrections export`.")],
                       ) -> None:
    """Add the corrections of a YAML file that the database does not hold yet, and apply them.

    A file with any bad entry changes nothing: the error names the entry and the field.
    """
    from app.corrections.yaml_file import import_yaml

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        _fail(f"cannot read {file}: {getattr(error, 'strerror', None) or error}")
    with _session() as session:
        try:
            result = import_yaml(session, text, name=str(file))
        except CorrectionError as error:
            session.rollback()
            _fail(str(error))
        report_stale(result.stale)
        typer.echo(f"Imported {result.added} corrections from {file} ({result.known} already held); "
                   f"{len(result.stale)} stale.")


@corrections_cli.command("statements")
def statements(call: Annotated[str, typer.Argument(help="The call's permalink name.", metavar="CALL")]) -> None:
    """The call's statements, numbered for `hotline correct CALL --move-position N` and `--drop-position N`."""
    from app.corrections.anchor import by_slug
    from app.models import Position

    with _session() as session:
        found = by_slug(session, call)
        if found is None:
            _fail(f"there is no call {call!r}")
        for position in session.exec(select(Position).where(Position.call_id == found.id).order_by(Position.id)):
            typer.echo(f"{position.id:>6}  {position.leader_id}  {position.stance}  {position.text}")
