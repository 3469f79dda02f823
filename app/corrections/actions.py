"""The corrections a curator can make, and the checks a value passes before it is recorded."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum


class Action(StrEnum):
    set_date = "set-date"
    clear_date = "clear-date"
    add_participant = "add-participant"
    remove_participant = "remove-participant"
    add_also_present = "add-also-present"
    remove_also_present = "remove-also-present"
    add_topic = "add-topic"
    remove_topic = "remove-topic"
    move_position = "move-position"
    drop_position = "drop-position"
    merge = "merge"
    split = "split"
    not_a_call = "not-a-call"
    restore = "restore"


# Applied in this order: the shape of the call first, then what it holds.
STRUCTURAL = (Action.merge, Action.split, Action.not_a_call, Action.restore)

# What part of the call each action is about, for the marks on the call page and the exports.
FIELDS = {
    Action.set_date: "date", Action.clear_date: "date",
    Action.add_participant: "people", Action.remove_participant: "people",
    Action.add_also_present: "people", Action.remove_also_present: "people",
    Action.add_topic: "topics", Action.remove_topic: "topics",
    Action.move_position: "positions", Action.drop_position: "positions",
    Action.merge: "call", Action.split: "call", Action.not_a_call: "call", Action.restore: "call",
}

PAST_TENSE = {
    Action.set_date: "date corrected", Action.clear_date: "date cleared",
    Action.add_participant: "participant added", Action.remove_participant: "participant removed",
    Action.add_also_present: "person who joined added", Action.remove_also_present: "person who joined removed",
    Action.add_topic: "topic added", Action.remove_topic: "topic removed",
    Action.move_position: "statement moved", Action.drop_position: "statement dropped",
    Action.merge: "merged with another call", Action.split: "a source split off into a call of its own",
    Action.not_a_call: "marked not a call", Action.restore: "restored as a call",
}

_MONTH = re.compile(r"^\d{4}-\d{2}$")


class CorrectionError(ValueError):
    """A correction that cannot be recorded, said in words the curator can act on."""


def parse_date_value(text: str) -> dict[str, str]:
    """A date as a curator writes it: a day (2024-03-18), a month (2024-03) or a range (2024-03-16..2024-03-18)."""
    text = text.strip()
    try:
        if ".." in text:
            first, last = (date.fromisoformat(part.strip()) for part in text.split("..", 1))
            if last < first:
                raise CorrectionError(f"the range {text!r} ends before it starts")
            if first == last:
                return {"precision": "day", "day": first.isoformat()}
            return {"precision": "range", "earliest": first.isoformat(), "latest": last.isoformat()}
        if _MONTH.match(text):
            first = date.fromisoformat(f"{text}-01")
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return {"precision": "range", "earliest": first.isoformat(),
                    "latest": date.fromordinal(following.toordinal() - 1).isoformat()}
        return {"precision": "day", "day": date.fromisoformat(text).isoformat()}
    except ValueError as error:
        if isinstance(error, CorrectionError):
            raise
        raise CorrectionError(f"{text!r} is not a date: write a day (2024-03-18), a month (2024-03) or a range "
                              "(2024-03-16..2024-03-18)") from None


def describe_date_value(value: dict) -> str:
    if value.get("precision") == "day":
        return value["day"]
    if value.get("precision") == "range":
        return f"{value['earliest']}..{value['latest']}"
    return "unknown"


def describe_value(action: Action, value: dict) -> str:
    """The value of a correction in a line: what `corrections list`, the exports and the feed show."""
    if action in (Action.set_date, Action.clear_date):
        return describe_date_value(value)
    if "leader" in value and action not in (Action.move_position, Action.drop_position):
        return value["leader"]
    if "topic" in value:
        return value["topic"]
    if action is Action.move_position:
        return f"{value['text'][:60]!r} from {value['leader']} to {value['to']}"
    if action is Action.drop_position:
        return f"{value['text'][:60]!r} of {value['leader']}"
    if action is Action.merge:
        return value["other"]["call"]
    if action is Action.split:
        return value["source"]
    return ""


def key_of(action: Action, value: dict) -> str:
    """What a correction is about: a later correction with the same key on the same call replaces it."""
    field = FIELDS[action]
    if field == "date":
        return "date"
    if field == "people":
        return f"person:{value['leader']}"
    if field == "topics":
        return f"topic:{value['topic']}"
    if field == "positions":  # a bloc's sentence stands under each of its leaders, each corrected on its own
        return f"position:{value['source']}:{value['leader']}:{normal_text(value['text'])}"
    if action is Action.merge:
        return f"merge:{value['other']['call']}"
    if action is Action.split:
        return f"split:{value['source']}"
    return "existence"


def normal_text(text: str) -> str:
    return " ".join(text.split())
