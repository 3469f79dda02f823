"""Apply every standing correction to the calls as extraction last wrote them: the one place corrections act.

Called after each ingest and re-merge. Applying twice changes nothing, so calls extraction did not touch this
time are left as they are; a call extraction rewrote gets its corrections again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import inspect
from sqlmodel import Session, delete, select, update

from app.corrections.actions import STRUCTURAL, Action, describe_date_value, normal_text
from app.corrections.anchor import call_sources, resolve
from app.corrections.rows import date_value, ensure_leader, free_slug, moment_key, role_of, set_date
from app.ingest.combine import combine
from app.ingest.serialize import payload_to_draft
from app.models import (
    Call,
    CallParticipant,
    CallSource,
    CallTopic,
    Correction,
    Evidence,
    Position,
    Report,
    SlugRedirect,
    Topic,
)

ACTIVE = ("pending", "applied", "stale")


@dataclass(frozen=True)
class Effect:
    """What applying one correction came to: "applied" or "stale", why, and the value extraction had given."""

    status: str
    note: str = ""
    extracted: str | None = None


@dataclass
class ApplyReport:
    applied: int = 0
    stale: list[Correction] = field(default_factory=list)


def apply_corrections(session: Session) -> ApplyReport:
    """Apply the standing corrections, the shape of calls first, and record for each whether it took effect."""
    report = ApplyReport()
    if not inspect(session.get_bind()).has_table("correction"):
        return report  # a database of a revision before corrections: nothing can stand yet
    standing = session.exec(select(Correction).where(Correction.status.in_(ACTIVE))
                            .order_by(Correction.created_at, Correction.id)).all()
    seen = _calls_as_seen(session, standing)
    for correction in sorted(standing, key=_order):
        if _in_force(correction, seen):
            report.applied += 1
            continue
        try:
            effect = _apply(session, correction)
            correction.status, correction.note = effect.status, effect.note
            session.add(correction)
            session.commit()  # one at a time: a correction that fails costs only itself
        except Exception as error:  # noqa: BLE001 - whatever went wrong, the ingest and the other corrections go on
            session.rollback()
            correction.status = "stale"
            correction.note = f"could not be applied ({type(error).__name__}: {error}); the calls are as extracted"
            session.add(correction)
            session.commit()
        if correction.status == "stale":
            report.stale.append(correction)
        else:
            report.applied += 1
    return report


def _in_force(correction: Correction, seen: dict[int, str]) -> bool:
    """Whether a correction of a call's contents still holds: its call is there, not rewritten since it was applied.

    A merge or a split is always looked at again: the re-merge of another set of leaders can undo it.
    """
    if correction.status != "applied" or correction.action in STRUCTURAL:
        return False
    return correction.call_id in seen and seen[correction.call_id] == correction.seen


def _calls_as_seen(session: Session, corrections: list[Correction]) -> dict[int, str]:
    ids = {c.call_id for c in corrections if c.call_id is not None}
    rows = session.exec(select(Call.id, Call.updated_at).where(Call.id.in_(ids))).all() if ids else []
    return {call_id: moment_key(updated) for call_id, updated in rows}


def _order(correction: Correction) -> tuple[bool, int]:
    try:
        return Action(correction.action) not in STRUCTURAL, 0
    except ValueError:
        return True, 1


def _apply(session: Session, correction: Correction) -> Effect:
    try:
        action = Action(correction.action)
    except ValueError:
        return Effect("stale", f"{correction.action!r} is not an action this version of Hotline knows")
    call = resolve(session, correction.call_slug, correction.call_sources)
    if action is Action.not_a_call:
        return _not_a_call(session, call, correction)
    if call is None:
        sources = ", ".join(correction.call_sources) or "none recorded"
        correction.call_id = None
        return Effect("stale", f"no call has the permalink {correction.call_slug} or any of its sources "
                               f"({sources}) any more")
    fresh = correction.call_id != call.id or correction.seen != moment_key(call.updated_at)
    effect = HANDLERS[action](session, call, correction, fresh)
    if effect.status == "applied" and action in STRUCTURAL:
        # Its rows no longer follow from its reports alone: the next re-merge writes it anew, and the split or
        # merge is then made again, rather than keeping a call whose partner it no longer knows.
        call.content_digest = None
        session.add(call)
    if effect.status == "applied":
        if fresh and effect.extracted is not None:
            correction.extracted = effect.extracted
        correction.call_id, correction.seen = call.id, moment_key(call.updated_at)
        # The anchor follows the call, so an export names it as it is now and a rebuilt database finds it.
        correction.call_slug, correction.call_sources = call.slug, call_sources(session, call.id)
    return effect


def _date(session: Session, call: Call, correction: Correction, fresh: bool) -> Effect:
    before = describe_date_value(date_value(call)) + (f" ({call.date_basis})" if call.date_basis else "")
    verb = "cleared" if correction.action == Action.clear_date else "set"
    set_date(call, correction.value, f"{verb} by a curator: {correction.why}")
    session.add(call)
    return Effect("applied", extracted=before)


_ROLES = {Action.add_participant: "participant", Action.remove_participant: "participant",
          Action.add_also_present: "also-present", Action.remove_also_present: "also-present"}
_ROLE_WORDS = {"participant": "on the call", "also-present": "joined the call", None: "not on the call"}


def _person(session: Session, call: Call, correction: Correction, fresh: bool) -> Effect:
    action, leader = Action(correction.action), correction.value["leader"]
    role, current = _ROLES[action], role_of(session, call.id, leader)
    before = _ROLE_WORDS[current]
    if action in (Action.add_participant, Action.add_also_present):
        ensure_leader(session, correction.value)
        if current is None:
            session.add(CallParticipant(call_id=call.id, leader_id=leader, role=role))
        elif current != role:
            session.exec(update(CallParticipant).where(CallParticipant.call_id == call.id,
                                                       CallParticipant.leader_id == leader).values(role=role))
    elif current == role:
        session.exec(delete(CallParticipant).where(CallParticipant.call_id == call.id,
                                                   CallParticipant.leader_id == leader))
    return Effect("applied", extracted=before)


def _topic(session: Session, call: Call, correction: Correction, fresh: bool) -> Effect:
    slug = correction.value["topic"]
    if session.get(Topic, slug) is None:
        return Effect("stale", f"the topic {slug!r} is not in the topic vocabulary any more")
    present = session.get(CallTopic, {"call_id": call.id, "topic_slug": slug}) is not None
    if correction.action == Action.add_topic and not present:
        session.add(CallTopic(call_id=call.id, topic_slug=slug))
    elif correction.action == Action.remove_topic and present:
        session.exec(delete(Evidence).where(Evidence.call_id == call.id, Evidence.topic_slug == slug))
        session.exec(delete(CallTopic).where(CallTopic.call_id == call.id, CallTopic.topic_slug == slug))
    return Effect("applied", extracted="among the topics" if present else "not among the topics")


def _statements(session: Session, call: Call, value: dict) -> list[Position]:
    text = normal_text(value["text"])
    return [p for p in session.exec(select(Position).where(Position.call_id == call.id,
                                                           Position.source_id == value["source"])).all()
            if normal_text(p.text) == text]


def _position(session: Session, call: Call, correction: Correction, fresh: bool) -> Effect:
    value = correction.value
    found = _statements(session, call, value)
    theirs = [p for p in found if p.leader_id == value["leader"]]
    before = f"filed under {value.get('leader_name') or value['leader']}"
    if correction.action == Action.move_position:
        if not theirs and any(p.leader_id == value["to"] for p in found):
            return Effect("applied", extracted=before)
        if not theirs:
            return _statement_gone(value)
        ensure_leader(session, {"leader": value["to"], "name": value.get("to_name")})
        for position in theirs:
            position.leader_id = value["to"]
            session.add(position)
        return Effect("applied", extracted=before)
    if not theirs:
        return _statement_gone(value) if fresh else Effect("applied")
    for position in theirs:
        session.delete(position)
    return Effect("applied", extracted=before)


def _statement_gone(value: dict) -> Effect:
    return Effect("stale", f"the statement {normal_text(value['text'])[:80]!r} of {value['leader']} in source "
                           f"{value['source']} is no longer among the call's statements")


def _merge(session: Session, call: Call, correction: Correction, fresh: bool) -> Effect:
    other_anchor = correction.value["other"]
    other = resolve(session, other_anchor["call"], other_anchor["sources"])
    if other is None or other.id == call.id:
        if set(other_anchor["sources"]) <= set(call_sources(session, call.id)):
            return Effect("applied")  # one call already: merged before, or extraction now agrees
        return Effect("stale", f"the call {other_anchor['call']} to merge with is no longer in the timeline")
    before = f"a separate call, {other.slug}"
    _absorb(session, call, other)
    return Effect("applied", extracted=before)


def _absorb(session: Session, keep: Call, gone: Call) -> None:
    """Move everything of `gone` into `keep`; its permalink then leads to `keep`."""
    for account in session.exec(select(CallSource).where(CallSource.call_id == gone.id)).all():
        if session.get(CallSource, {"call_id": keep.id, "source_id": account.source_id}) is None:
            session.add(CallSource(**{**account.model_dump(), "call_id": keep.id}))
    for person in session.exec(select(CallParticipant).where(CallParticipant.call_id == gone.id)).all():
        if role_of(session, keep.id, person.leader_id) is None:
            session.add(CallParticipant(call_id=keep.id, leader_id=person.leader_id, role=person.role))
    for slug in session.exec(select(CallTopic.topic_slug).where(CallTopic.call_id == gone.id)).all():
        if session.get(CallTopic, {"call_id": keep.id, "topic_slug": slug}) is None:
            session.add(CallTopic(call_id=keep.id, topic_slug=slug))
    session.flush()
    for table in (Evidence, Position):
        session.exec(update(table).where(table.call_id == gone.id).values(call_id=keep.id))
    if keep.date is None and (gone.date is not None or (keep.date_latest is None and gone.date_latest is not None)):
        set_date(keep, date_value(gone), gone.date_basis)
        session.add(keep)
    # Left unassigned, the reports make a call of their own at the next re-merge, which is merged again here;
    # pointed at `keep`, they could win its row in that re-merge and move its permalink.
    session.exec(update(Report).where(Report.call_id == gone.id).values(call_id=None))
    session.exec(update(SlugRedirect).where(SlugRedirect.call_id == gone.id).values(call_id=keep.id))
    slug = gone.slug
    session.delete(gone)
    session.flush()
    session.merge(SlugRedirect(old_slug=slug, call_id=keep.id))
    session.flush()


def _split(session: Session, call: Call, correction: Correction, fresh: bool) -> Effect:
    source, value = correction.value["source"], correction.value
    held = call_sources(session, call.id)
    if source not in held:
        apart = session.exec(select(Call).where(Call.slug == value.get("slug", ""))).first()
        if apart is not None and source in call_sources(session, apart.id):
            return Effect("applied")
        return Effect("stale", f"source {source} is no longer one of this call's sources")
    if held == [source]:
        return Effect("applied")  # extraction now gives the source a call of its own
    apart = _call_of_one_source(session, call, source, value.get("slug"))
    correction.value = {**value, "slug": apart.slug}
    return Effect("applied", extracted="reported as part of this call")


def _call_of_one_source(session: Session, call: Call, source: str, slug: str | None) -> Call:
    """A new call holding `source` alone, dated and peopled as its own reports have it."""
    drafts = [payload_to_draft(r.payload) for r in session.exec(
        select(Report).where(Report.source_id == source, Report.pair_key == call.pair_key)).all()]
    combined = combine(drafts) if drafts else None
    apart = Call(slug="", pair_key=call.pair_key, kind=combined.kind if combined else call.kind,
                 summary=combined.summary if combined else "", passing=combined.passing if combined else False)
    if combined is not None and (combined.date.day or combined.date.latest):
        resolution = combined.date
        set_date(apart, {"precision": "day", "day": resolution.day.isoformat()} if resolution.day else
                 {"precision": "range", "earliest": (resolution.earliest or resolution.latest).isoformat(),
                  "latest": resolution.latest.isoformat()}, resolution.basis)
    else:
        apart.date_basis = combined.date.basis if combined else ""
    names = "-".join(call.pair_key.split("+"))
    apart.slug = free_slug(session, slug or f"{apart.date.isoformat() if apart.date else 'undated'}-{names}")
    session.add(apart)
    session.flush()
    for table in (CallSource, Evidence, Position):
        session.exec(update(table).where(table.call_id == call.id, table.source_id == source)
                     .values(call_id=apart.id))
    people = session.exec(select(CallParticipant).where(CallParticipant.call_id == call.id)).all()
    named = {ref.slug for draft in drafts for ref in [*draft.leaders, *draft.also_present]}
    for person in people:
        if not named or person.leader_id in named:
            session.add(CallParticipant(call_id=apart.id, leader_id=person.leader_id, role=person.role))
    moved = set(session.exec(select(Evidence.topic_slug).where(Evidence.call_id == apart.id)).all())
    for slug_ in moved:
        session.add(CallTopic(call_id=apart.id, topic_slug=slug_))
        if session.exec(select(Evidence.id).where(Evidence.call_id == call.id, Evidence.topic_slug == slug_)
                        ).first() is None:
            session.exec(delete(CallTopic).where(CallTopic.call_id == call.id, CallTopic.topic_slug == slug_))
    session.flush()
    return apart


def _not_a_call(session: Session, call: Call | None, correction: Correction) -> Effect:
    if call is None:
        correction.call_id = None
        return Effect("applied")  # no such call in the timeline, which is what the correction asks
    if correction.call_id != call.id or correction.seen != moment_key(call.updated_at):
        correction.extracted = f"listed as a call, {call.slug}"
    session.exec(update(Report).where(Report.call_id == call.id).values(call_id=None))
    session.exec(delete(SlugRedirect).where(SlugRedirect.call_id == call.id))
    for table in (CallParticipant, CallTopic, CallSource, Evidence, Position):
        session.exec(delete(table).where(table.call_id == call.id))
    session.exec(update(Correction).where(Correction.call_id == call.id).values(call_id=None))
    session.delete(call)
    session.flush()
    correction.call_id = None
    return Effect("applied")


def _restore(session: Session, call: Call, correction: Correction, fresh: bool) -> Effect:
    return Effect("applied")  # its work, re-merging the call back, is done when it is recorded


Handler = Callable[[Session, Call, Correction, bool], Effect]
HANDLERS: dict[Action, Handler] = {
    Action.set_date: _date, Action.clear_date: _date,
    Action.add_participant: _person, Action.remove_participant: _person,
    Action.add_also_present: _person, Action.remove_also_present: _person,
    Action.add_topic: _topic, Action.remove_topic: _topic,
    Action.move_position: _position, Action.drop_position: _position,
    Action.merge: _merge, Action.split: _split, Action.restore: _restore,
}
