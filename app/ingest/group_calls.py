"""Reports of part of a group call: "Chancellor Scholz and President Biden discussed Gaza in a video conference on
Sunday" names two of the four leaders who were on that day's video call.

Calls are merged within one set of leaders, so such a report would stand as a call of its own. Here it joins the
group call instead, when the day leaves no doubt: both are calls of one kind on the same day, exactly one call of
that kind that day has every leader the report names and more, and no article tells the two apart. A phone call
joins only a phone call of three ("King Abdullah II joined the call later"): four or more on the telephone are a
conference call, often held beside the bilateral calls of the day. Its permalink then leads to the group call. A
report whose group call is gone (its sources withdrawn) goes back to its own leaders.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Connection, Row, bindparam, select, update

from app.ingest.rows import insert_rows
from app.ingest.retire import retire_call
from app.ingest.serialize import payload_to_draft
from app.ingest.types import DatePrecision
from app.models import Call, CallParticipant, PendingMerge, Report

_VIDEO = "video-call"
_LARGEST_PHONE_GROUP = 3
_BATCH = 500  # leader sets per query, well under any database's limit on parameters
_CALLS_OF_SETS = (select(Call.id, Call.slug, Call.pair_key, Call.date, Call.kind)
                  .where(Call.pair_key.in_(bindparam("keys", expanding=True)),
                         Call.date_precision == DatePrecision.DAY.value))
_CALLS_OF_DAYS = (select(Call.id, Call.slug, Call.pair_key, Call.date, Call.kind)
                  .where(Call.date.in_(bindparam("days", expanding=True)),
                         Call.date_precision == DatePrecision.DAY.value))
_SOURCES_OF_CALLS = select(Report.call_id, Report.source_id).where(Report.call_id.in_(bindparam("calls",
                                                                                                expanding=True)))
_PARTICIPANTS = (select(CallParticipant.call_id, CallParticipant.leader_id)
                 .where(CallParticipant.call_id.in_(bindparam("calls", expanding=True)),
                        CallParticipant.role == "participant"))
_REPORTS_OF_CALL = select(Report.id, Report.pair_key, Report.payload).where(Report.call_id == bindparam("call"))
_MOVE_REPORT = (update(Report).where(Report.id == bindparam("report"))
                .values(pair_key=bindparam("key"), call_id=None))


def members(key: str) -> frozenset[str]:
    return frozenset(key.split("+"))


def regroup(connection: Connection, keys: Iterable[str]) -> set[str]:
    """Move the reports of partial calls among the calls of `keys` into their group calls, and the reports of
    group calls that lost their group back to their own leaders; returns the sets of leaders to re-merge."""
    ordered = sorted(set(keys))
    calls = [call for start in range(0, len(ordered), _BATCH)
             for call in connection.execute(_CALLS_OF_SETS, {"keys": ordered[start:start + _BATCH]})]
    touched: set[str] = set()
    groups = [call for call in calls if len(members(call.pair_key)) > 2]  # only group calls take in other reports
    people = _participants(connection, [call.id for call in groups])
    for call in groups:
        if people.get(call.id) and people[call.id] != members(call.pair_key):
            touched |= _release(connection, call)  # its group is gone: the reports are their own leaders' again
    for part, group in _parts_and_groups(connection, sorted({call.date for call in calls})):
        moved = connection.execute(_REPORTS_OF_CALL, {"call": part.id}).all()
        if moved:
            connection.execute(_MOVE_REPORT, [dict(report=report.id, key=group.pair_key) for report in moved])
        retire_call(connection, part, group.id)  # its permalink leads to the group call
        touched |= {part.pair_key, group.pair_key}
    if touched:
        waiting = set(connection.execute(select(PendingMerge.pair_key)
                                         .where(PendingMerge.pair_key.in_(sorted(touched)))).scalars())
        insert_rows(connection, PendingMerge, [dict(pair_key=key) for key in sorted(touched - waiting)])
    return touched


def _parts_and_groups(connection: Connection, days: list[date]) -> list[tuple[Row, Row]]:
    """Each call of those days that is part of exactly one wider call of its kind that day, with that call."""
    of_day: dict[date, list[Row]] = {}
    for start in range(0, len(days), _BATCH):
        for call in connection.execute(_CALLS_OF_DAYS, {"days": days[start:start + _BATCH]}):
            of_day.setdefault(call.date, []).append(call)
    found = []
    for day in sorted(of_day):
        for part in of_day[day]:
            own = members(part.pair_key)
            wider = [other for other in of_day[day] if other.kind == part.kind and own < members(other.pair_key)
                     and len(members(other.pair_key)) > 2]
            if len(wider) == 1 and (part.kind == _VIDEO or len(members(wider[0].pair_key)) <= _LARGEST_PHONE_GROUP):
                found.append((part, wider[0]))
    if not found:
        return found
    ids = sorted({call.id for pair in found for call in pair})
    sources: dict[int, set[str]] = {}
    for start in range(0, len(ids), _BATCH):
        for call_id, source_id in connection.execute(_SOURCES_OF_CALLS, {"calls": ids[start:start + _BATCH]}):
            sources.setdefault(call_id, set()).add(source_id)
    # An article that reports both calls of the day, the pair's and the wider one, tells of two calls.
    return [(part, group) for part, group in found if not sources.get(part.id, set()) & sources.get(group.id, set())]


def _participants(connection: Connection, call_ids: list[int]) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {}
    for start in range(0, len(call_ids), _BATCH):
        for call_id, leader in connection.execute(_PARTICIPANTS, {"calls": call_ids[start:start + _BATCH]}):
            found.setdefault(call_id, set()).add(leader)
    return {call_id: frozenset(leaders) for call_id, leaders in found.items()}


def _release(connection: Connection, call: Row) -> set[str]:
    keys: set[str] = set()
    for report in connection.execute(_REPORTS_OF_CALL, {"call": call.id}).all():
        own = "+".join(sorted({ref.slug for ref in payload_to_draft(report.payload).leaders}))
        if own != report.pair_key:
            connection.execute(_MOVE_REPORT, {"report": report.id, "key": own})
            keys |= {own, report.pair_key}
    if keys:
        retire_call(connection, call, None)  # its leaders' own call takes its permalink back when re-merged
    return keys
