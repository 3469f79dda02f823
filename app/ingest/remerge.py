"""Calls from reports: re-merge a set of leaders' reports into calls, writing only the calls that changed."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Connection, Row, bindparam, exists, insert, or_, update
from sqlmodel import Session, delete, select

from app.corrections.apply import apply_corrections
from app.ingest.combine import CombinedCall, combine, sort_day
from app.ingest.group_calls import members, regroup
from app.ingest.retire import retire_call
from app.ingest.merge import MergeItem, cluster_explained, reach
from app.ingest.rows import insert_rows
from app.ingest.serialize import payload_to_draft
from app.ingest.types import CallDraft, DatePrecision, LeaderRef
from app.models import (
    Call,
    CallParticipant,
    CallSource,
    CallTopic,
    Evidence,
    Leader,
    PendingMerge,
    Position,
    Report,
    SlugRedirect,
    Source,
    Topic,
    utcnow,
)

# How long writes may gather in one transaction: commits are few, and a run stopped at any point loses little.
COMMIT_SECONDS = 0.25


def merge_pending(session: Session) -> int:
    """Re-merge every leader set waiting for it; returns how many calls it wrote.

    Sets are merged and cleared together in transactions of about a quarter of a second: a run stopped at any
    point leaves the sets of its last transaction waiting, and the next run merges them.
    """
    written, context, started = 0, MergeContext.load(session), time.monotonic()
    while keys := session.exec(select(PendingMerge.pair_key).order_by(PendingMerge.pair_key)).all():
        for key in keys:
            written += remerge_pair(session, key, context)
            session.connection().execute(_CLEAR_PENDING, {"key": key})
            if time.monotonic() - started > COMMIT_SECONDS:
                session.commit()
                started = time.monotonic()
        if regroup(session.connection(), keys):  # partial reports moved: their sets wait again, in this transaction
            session.expire_all()
    session.commit()
    apply_corrections(session)  # after extraction, every time: a curator's correction outlives any re-merge
    return written


@dataclass
class MergeContext:
    """What every re-merge of a run looks up: the topics, and the leaders that already have a row."""

    topics: set[str]
    leaders: set[str]

    @classmethod
    def load(cls, session: Session) -> MergeContext:
        connection = session.connection()
        return cls(set(connection.execute(select(Topic.slug)).scalars()),
                   set(connection.execute(select(Leader.id)).scalars()))


# Built once, as in the store: a re-merge runs these for every set of leaders an ingest touched.
_REPORTS_OF_PAIR = (select(Report.id, Report.source_id, Report.ordinal, Report.call_id, Report.payload,
                           Source.published)
                    .join(Source, Source.id == Report.source_id).where(Report.pair_key == bindparam("key"))
                    .order_by(Report.source_id, Report.ordinal))
_CALL_COLUMNS = (Call.id, Call.slug, Call.content_digest)
_CALLS_OF_PAIR = select(*_CALL_COLUMNS).where(Call.pair_key == bindparam("key"))
_NEW_REPORTS_OF_PAIR = _REPORTS_OF_PAIR.where(Report.call_id.is_(None))
_REPORTS_OF_CALLS = (_REPORTS_OF_PAIR.where(Report.call_id.in_(bindparam("calls", expanding=True))))
_CALLS_WITHOUT_DAY = _CALLS_OF_PAIR.where(Call.date_precision != DatePrecision.DAY.value)
_CALLS_BETWEEN = _CALLS_OF_PAIR.where(Call.sort_date.between(bindparam("low"), bindparam("high")))
# A call citing a source none of whose reports stands in it any more: that source was edited or withdrawn.
_CALLS_LOSING_REPORTS = (select(*_CALL_COLUMNS).distinct().join(CallSource, CallSource.call_id == Call.id)
                         .where(Call.pair_key == bindparam("key"),
                                ~exists().where(Report.call_id == CallSource.call_id,
                                                Report.source_id == CallSource.source_id)))
_CLEAR_PENDING = delete(PendingMerge).where(PendingMerge.pair_key == bindparam("key"))
_SET_REPORT_CALL = update(Report).where(Report.id == bindparam("report")).values(call_id=bindparam("call"))
_NEW_CALL = insert(Call.__table__).returning(Call.id)
_UPDATE_CALL = update(Call).where(Call.id == bindparam("call"))  # the columns set are the parameters given
_FORGET_CALL_ROWS = tuple(delete(table).where(table.call_id == bindparam("call"))
                          for table in (CallParticipant, CallTopic, CallSource, Evidence, Position))
_FORGET_REDIRECT = delete(SlugRedirect).where(SlugRedirect.old_slug == bindparam("slug"))
_SLUG_HOLDERS = select(Call.slug, Call.id).where(Call.slug.in_(bindparam("slugs", expanding=True)))
_OFFICE_AS_OF = (update(Leader).where(Leader.id == bindparam("leader"),
                                       or_(Leader.office_as_of.is_(None), Leader.office_as_of <= bindparam("day")))
                 .values(office=bindparam("held"), office_as_of=bindparam("day")))
_CALL_FIELDS = ("kind", "date", "date_precision", "date_earliest", "date_latest", "date_basis", "weekday",
                "sort_date", "summary", "passing")


def remerge_pair(session: Session, key: str, context: MergeContext | None = None, *, whole: bool = False) -> int:
    """Recompute the calls of one set of leaders that its new or withdrawn reports can change; returns how many
    calls it wrote.

    Only the calls a new report could join are re-merged: those of days near its own (or near when it was
    published, for an undated one), every call without a day, and every call that lost a report. A set with
    decades of calls costs no more than one with a few. `whole` re-merges every call of the set.

    A call whose content comes out exactly as stored (same digest, same permalink) is left as it is: most calls
    of a pair are untouched by a new report, and rewriting them would cost a delete and an insert per row.
    """
    context = context or MergeContext.load(session)
    connection = session.connection()
    reports, items, old_calls = _in_reach(connection, key, whole)
    groups = sorted(cluster_explained(items), key=lambda entry: len(entry[0]), reverse=True)
    taken: set[int] = set()
    claims: list[int | None] = []
    for group, _ in groups:
        previous = Counter(reports[i].call_id for i in group if reports[i].call_id in old_calls)
        claims.append(next((cid for cid, _ in previous.most_common() if cid not in taken), None))
        if claims[-1] is not None:
            taken.add(claims[-1])
    written = 0
    placed: dict[int, int] = {}  # report id -> the call it now belongs to
    for (group, reasons), call_id in zip(groups, claims):
        kind = "video call" if any(items[i].draft.kind == "video-call" for i in group) else "call"
        reasons = {i: _partial_reason(items[i].draft, key, kind) or reason for i, reason in reasons.items()}
        combined = combine([items[i].draft for i in group],
                           merge_reasons={items[i].draft.origin: reasons[i] for i in group} if len(group) > 1 else {})
        rows = _call_rows(combined, {items[i].draft.origin: reports[i].source_id for i in group}, context.topics)
        if call_id is None:
            # A call whose every report was replaced (its article edited) is still the call readers linked to.
            call_id = min((cid for cid, old in old_calls.items() if cid not in taken
                           and _slug_is_from(old.slug, rows.slug_base)),
                          key=lambda cid: (old_calls[cid].slug != rows.slug_base, cid), default=None)
        old = old_calls.get(call_id) if call_id is not None else None
        digest = rows.digest()
        if old is None or old.content_digest != digest or _unique_slug(connection, rows.slug_base, old.id) != old.slug:
            call_id = _write_call(connection, key, old, rows, digest, context)
            written += 1
        taken.add(call_id)
        placed.update({reports[i].id: call_id for i in group if reports[i].call_id != call_id})
    if placed:
        connection.execute(_SET_REPORT_CALL, [dict(report=report, call=call) for report, call in placed.items()])
    for call_id, old in old_calls.items():
        if call_id not in taken:
            successor = Counter(placed.get(r.id, r.call_id) for r in reports
                                if placed.get(r.id, r.call_id) not in (None, call_id)).most_common(1)
            retire_call(connection, old, successor[0][0] if successor else None)
    if written or placed:
        session.expire_all()  # the rows changed under any call or report the session holds
    return written


def _partial_reason(draft: CallDraft, key: str, kind: str) -> str | None:
    """Why a report naming only some of a group call's leaders stands in it (see `group_calls`)."""
    named = {ref.slug for ref in draft.leaders}
    if named == members(key):
        return None
    return (f"names {len(named)} of the {len(members(key))} leaders of this {kind}, the only one that day "
            f"with all of them")


def _in_reach(connection: Connection, key: str, whole: bool) -> tuple[list[Row], list[MergeItem], dict[int, Row]]:
    """(the reports to merge again, each as a merge item, the calls they stood in): all of the set's, or those
    its changes can reach."""
    if whole:
        reports = connection.execute(_REPORTS_OF_PAIR, {"key": key}).all()
        calls = {row.id: row for row in connection.execute(_CALLS_OF_PAIR, {"key": key})}
        return reports, [_item(report) for report in reports], calls
    new = connection.execute(_NEW_REPORTS_OF_PAIR, {"key": key}).all()
    new_items = [_item(report) for report in new]
    spans = {reach(item) for item in new_items}
    if None in spans:  # a report that could be of any call of the set
        return _in_reach(connection, key, whole=True)
    calls = {row.id: row for row in connection.execute(_CALLS_LOSING_REPORTS, {"key": key})}
    calls.update((row.id, row) for row in connection.execute(_CALLS_WITHOUT_DAY, {"key": key}))
    for low, high in spans:
        near = connection.execute(_CALLS_BETWEEN, {"key": key, "low": low, "high": high})
        calls.update((row.id, row) for row in near)
    placed = connection.execute(_REPORTS_OF_CALLS, {"key": key, "calls": sorted(calls)}).all() if calls else []
    chosen = sorted([*zip(new, new_items), *((report, _item(report)) for report in placed)],
                    key=lambda pair: (pair[0].source_id, pair[0].ordinal))
    return [report for report, _ in chosen], [item for _, item in chosen], calls


def _item(report: Row) -> MergeItem:
    return MergeItem(f"{report.source_id}#{report.ordinal:04d}", payload_to_draft(report.payload), report.published)


@dataclass(frozen=True)
class CallRows:
    """Everything a call's row and its child rows hold, as its reports combine: what a re-merge writes."""

    fields: tuple[object, ...]  # kind, day, precision, earliest, latest, basis, weekday, sort day, summary, passing
    slug_base: str
    participants: tuple[tuple[str, LeaderRef], ...]  # (role, leader)
    evidence: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...]  # (topic, ((source, start, end), ...))
    accounts: tuple[tuple[object, ...], ...]  # source, date basis, minutes, duration text, passing, merge reason
    positions: tuple[tuple[object, ...], ...]  # leader, stance, topic, text, source, start, end

    def digest(self) -> str:
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()


def _call_rows(combined: CombinedCall, source_ids: dict[str, str], known_topics: set[str]) -> CallRows:
    resolution = combined.date
    return CallRows(
        fields=(combined.kind, resolution.day, resolution.precision.value, resolution.earliest, resolution.latest,
                resolution.basis, resolution.weekday, sort_day(resolution), combined.summary, combined.passing),
        slug_base=_slug_base(combined),
        participants=tuple((role, ref) for role, people in (("participant", combined.leaders),
                                                             ("also-present", combined.also_present)) for ref in people),
        evidence=tuple((slug, tuple((source_ids[origin], sentence.start, sentence.end) for origin, sentence
                                    in {(o, s.start): (o, s) for o, s in evidence}.values()))
                       for slug, evidence in combined.topics.items() if slug in known_topics),
        accounts=tuple((source_ids[a.origin], a.date_basis, a.duration_minutes, a.duration_text, a.passing,
                        a.merge_reason) for a in {a.origin: a for a in combined.accounts}.values()),
        positions=tuple((p.leader_slug, p.stance, p.topic if p.topic in known_topics else None, p.sentence.text,
                         source_ids[p.origin], p.sentence.start, p.sentence.end) for p in combined.positions),
    )


def _write_call(connection: Connection, key: str, old: Row | None, rows: CallRows, digest: str,
                context: MergeContext) -> int:
    """Write a call's row and replace its child rows; returns its id."""
    slug = _unique_slug(connection, rows.slug_base, old.id if old is not None else None)
    values = dict(zip(_CALL_FIELDS, rows.fields), updated_at=utcnow(), content_digest=digest, slug=slug)
    if old is None:
        call_id = connection.execute(_NEW_CALL, dict(values, pair_key=key)).scalar_one()
    else:
        call_id = old.id
        connection.execute(_UPDATE_CALL, dict(values, call=call_id))
        for statement in _FORGET_CALL_ROWS:
            connection.execute(statement, {"call": call_id})
    connection.execute(_FORGET_REDIRECT, {"slug": slug})
    if old is not None and old.slug != slug:
        connection.execute(_FORGET_REDIRECT, {"slug": old.slug})
        insert_rows(connection, SlugRedirect, [dict(old_slug=old.slug, call_id=call_id)])
    new_leaders = {ref.slug: ref for _, ref in rows.participants if ref.slug not in context.leaders}
    insert_rows(connection, Leader, [dict(id=ref.slug, name=ref.name, office=ref.office, country=ref.country,
                                           is_head=ref.is_leader) for ref in new_leaders.values()])
    context.leaders.update(new_leaders)
    insert_rows(connection, CallParticipant, [dict(call_id=call_id, leader_id=ref.slug, role=role, office=ref.office)
                                              for role, ref in rows.participants])
    day = rows.fields[_CALL_FIELDS.index("sort_date")]
    held = [dict(leader=ref.slug, held=ref.office, day=day) for _, ref in rows.participants if ref.office]
    if day is not None and held:  # a leader's own office is the one of their latest call, whatever the order
        connection.execute(_OFFICE_AS_OF, held)
    insert_rows(connection, CallTopic, [dict(call_id=call_id, topic_slug=slug) for slug, _ in rows.evidence])
    insert_rows(connection, Evidence, [dict(call_id=call_id, topic_slug=slug, source_id=source_id, start=start,
                                             end=end)
                                        for slug, evidence in rows.evidence for source_id, start, end in evidence])
    insert_rows(connection, CallSource, [dict(call_id=call_id, source_id=source_id, date_basis=basis,
                                               duration_minutes=minutes, duration_text=text, passing=passing,
                                               merge_reason=reason)
                                          for source_id, basis, minutes, text, passing, reason in rows.accounts])
    insert_rows(connection, Position, [dict(call_id=call_id, leader_id=leader, stance=stance, topic_slug=topic,
                                             text=text, source_id=source_id, start=start, end=end)
                                        for leader, stance, topic, text, source_id, start, end in rows.positions])
    return call_id


def _slug_base(combined: CombinedCall) -> str:
    # Full names in a fixed order: "xi-jinping" is not "jinping", and a new source never reorders a permalink.
    names = "-".join(sorted(ref.slug for ref in combined.leaders))
    day = combined.date.day
    return f"{day.isoformat()}-{names}" if day else f"undated-{names}"


def _slug_is_from(slug: str, base: str) -> bool:
    return slug == base or (slug.startswith(f"{base}-") and slug[len(base) + 1:].isdigit())


def _unique_slug(connection: Connection, base: str, call_id: int | None) -> str:
    """The base, or the first of base-2, base-3, ... that no other call holds: looked up ten at a time by the
    slug's index, so one query almost always decides."""
    first = 1
    while True:
        candidates = [base if n == 1 else f"{base}-{n}" for n in range(first, first + 10)]
        holders = dict(connection.execute(_SLUG_HOLDERS, {"slugs": candidates}).all())
        for candidate in candidates:
            if holders.get(candidate, call_id) == call_id:
                return candidate
        first += 10
