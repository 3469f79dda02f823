"""Corrections as a YAML file a team keeps in version control: one entry per correction, oldest first.

The order and the keys never move, so a new correction is a diff of a few added lines. Importing is all or
nothing: a file with any bad entry changes nothing, and the message names the entry and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import yaml
from sqlmodel import Session, select

from app.corrections.actions import Action, CorrectionError, key_of, parse_date_value
from app.corrections.apply import apply_corrections
from app.corrections.record import supersede_earlier
from app.corrections.rows import stamp
from app.models import Correction

HEADER = ("# Hotline corrections: what curators fixed in the extracted calls, and why.\n"
          "# `hotline corrections import FILE` applies them to a database; each names its call by permalink\n"
          "# and by the ids of the call's sources, so it finds the call in a database rebuilt from the same articles.\n")

# The value each action carries, by its keys: a date correction's fields are checked by parsing them.
REQUIRED = {
    Action.add_participant: ("leader",), Action.remove_participant: ("leader",),
    Action.add_also_present: ("leader",), Action.remove_also_present: ("leader",),
    Action.add_topic: ("topic",), Action.remove_topic: ("topic",),
    Action.move_position: ("source", "text", "leader", "to"), Action.drop_position: ("source", "text", "leader"),
    Action.merge: ("other",), Action.split: ("source",), Action.not_a_call: (), Action.restore: (),
    Action.set_date: ("precision",), Action.clear_date: (),
}


def export_yaml(session: Session) -> str:
    entries = [_entry(c) for c in session.exec(select(Correction).order_by(Correction.created_at, Correction.id))]
    body = yaml.safe_dump({"corrections": entries}, sort_keys=False, allow_unicode=True, default_flow_style=False,
                          width=100)
    return HEADER + body


def _entry(correction: Correction) -> dict[str, Any]:
    entry: dict[str, Any] = {"call": correction.call_slug, "sources": list(correction.call_sources),
                             "action": correction.action, "value": dict(sorted(correction.value.items())),
                             "why": correction.why, "by": correction.author, "at": stamp(correction.created_at)}
    if correction.status == "superseded":
        entry["superseded"] = True
    return entry


@dataclass(frozen=True)
class ImportResult:
    added: int
    known: int  # entries the database holds already
    stale: list[Correction]


def import_yaml(session: Session, text: str, *, name: str) -> ImportResult:
    """Add the file's corrections the database does not hold yet, then apply them all."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise CorrectionError(f"{name} is not valid YAML: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("corrections"), list):
        raise CorrectionError(f"{name}: expected a mapping with a 'corrections' list, as "
                              "`hotline corrections export` writes")
    parsed = [_parse(entry, f"{name}, entry {n}") for n, entry in enumerate(data["corrections"], 1)]
    held = {_identity(c) for c in session.exec(select(Correction)).all()}
    added = 0
    for correction, superseded in parsed:
        if _identity(correction) in held:
            continue
        held.add(_identity(correction))
        session.add(correction)
        session.flush()
        supersede_earlier(session, correction)
        if superseded:
            correction.status = "superseded"
            session.add(correction)
        added += 1
    session.flush()
    report = apply_corrections(session)
    return ImportResult(added=added, known=len(parsed) - added, stale=report.stale)


def _identity(correction: Correction) -> tuple[str, str, str, str]:
    return (correction.action, key_of(Action(correction.action), correction.value), stamp(correction.created_at),
            correction.author)


def _parse(entry: object, where: str) -> tuple[Correction, bool]:
    if not isinstance(entry, dict):
        raise CorrectionError(f"{where}: expected a mapping with call, sources, action, value, why, by, at")
    for field in ("call", "action", "why", "by", "at"):
        if not isinstance(entry.get(field), str) or not entry[field].strip():
            raise CorrectionError(f"{where}: '{field}' is missing or not text")
    try:
        action = Action(entry["action"])
    except ValueError:
        raise CorrectionError(f"{where}: 'action' {entry['action']!r} is not one of: "
                              f"{', '.join(a.value for a in Action)}") from None
    sources = entry.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise CorrectionError(f"{where}: 'sources' must be a list of source ids")
    value = entry.get("value") or {}
    if not isinstance(value, dict):
        raise CorrectionError(f"{where}: 'value' must be a mapping")
    missing = [key for key in REQUIRED[action] if not value.get(key)]
    if missing:
        raise CorrectionError(f"{where}: a {action.value} correction's 'value' needs {', '.join(missing)}")
    if action is Action.set_date:
        text = value.get("day") or f"{value.get('earliest')}..{value.get('latest')}"
        try:
            parsed = parse_date_value(str(text))
        except CorrectionError as error:
            raise CorrectionError(f"{where}: 'value': {error}") from None
        if parsed != {k: v for k, v in value.items() if k in ("precision", "day", "earliest", "latest")}:
            raise CorrectionError(f"{where}: 'value' is not a day (precision: day, day: YYYY-MM-DD) or a range "
                                  "(precision: range, earliest:, latest:)")
    if action is Action.merge and not (isinstance(value["other"], dict) and value["other"].get("call")):
        raise CorrectionError(f"{where}: a merge's 'value.other' needs the other call's 'call' and 'sources'")
    try:
        at = datetime.fromisoformat(entry["at"].replace("Z", "+00:00"))
    except ValueError:
        raise CorrectionError(f"{where}: 'at' {entry['at']!r} is not a time such as 2026-12-02T19:30:00Z") from None
    at = (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    correction = Correction(call_slug=entry["call"].strip(), call_sources=sources, action=action.value, value=value,
                            why=entry["why"].strip(), author=entry["by"].strip(), created_at=at)
    return correction, bool(entry.get("superseded"))
