"""Record a correction a curator asks for: check it against the call as it stands, then apply it at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func
from sqlmodel import Session, select

from app.corrections.actions import Action, CorrectionError, key_of, normal_text, parse_date_value
from app.corrections.anchor import by_slug, call_sources, resolve
from app.corrections.apply import ACTIVE, apply_corrections
from app.corrections.rows import leader_value, role_of
from app.models import Call, CallTopic, Correction, Leader, Position, Topic


@dataclass(frozen=True)
class Ask:
    """A correction as a curator asks for it: the action, its argument as typed, and who asks and why."""

    action: Action
    argument: str = ""
    why: str = ""
    author: str = ""
    to: str = ""  # the leader a statement moves to


def record_correction(session: Session, slug: str, ask: Ask) -> Correction:
    """Check, store and apply one correction of the call at `slug`; raises CorrectionError with the reason."""
    why = " ".join(ask.why.split())
    if not why:
        raise CorrectionError("say why: a correction needs its reason (--why, or the form's reason field)")
    if ask.action is Action.restore:
        marked = _marked_not_a_call(session, slug)
        correction = Correction(call_slug=marked.call_slug, call_sources=marked.call_sources, action=ask.action,
                                value={"pair": marked.value.get("pair", "")}, why=why, author=ask.author or "curator")
    else:
        call = by_slug(session, slug)
        if call is None:
            raise CorrectionError(f"there is no call {slug!r}: give the permalink name from the call's address "
                                  "(/calls/NAME)")
        value = value_for(session, call, ask)
        correction = Correction(call_slug=call.slug, call_sources=call_sources(session, call.id), action=ask.action,
                                value=value, why=why, author=ask.author or "curator")
    correction.created_at = datetime.now(timezone.utc).replace(microsecond=0)
    session.add(correction)
    session.flush()
    supersede_earlier(session, correction)
    if ask.action is Action.restore and correction.value["pair"]:
        from app.ingest.remerge import remerge_pair

        remerge_pair(session, correction.value["pair"], whole=True)  # the call comes back as extraction has it
    apply_corrections(session)
    session.refresh(correction)
    return correction


def value_for(session: Session, call: Call, ask: Ask) -> dict:
    """The value a correction of `call` stores, from the argument as the curator typed it."""
    action, argument = ask.action, ask.argument.strip()
    if action is Action.set_date:
        return parse_date_value(argument)
    if action is Action.clear_date:
        return {"precision": "unknown"}
    if action in (Action.add_participant, Action.add_also_present, Action.remove_participant,
                  Action.remove_also_present):
        leader = find_leader(session, argument)
        role = role_of(session, call.id, leader.id)
        wanted = "participant" if action in (Action.add_participant, Action.remove_participant) else "also-present"
        if action.value.startswith("remove") and role != wanted:
            raise CorrectionError(f"{leader.name} is not {_ROLE_NAMES[wanted]} of this call")
        return leader_value(leader)
    if action in (Action.add_topic, Action.remove_topic):
        topic = find_topic(session, argument)
        present = session.get(CallTopic, {"call_id": call.id, "topic_slug": topic.slug}) is not None
        if action is Action.remove_topic and not present:
            raise CorrectionError(f"the topic {topic.slug!r} is not among this call's topics")
        return {"topic": topic.slug}
    if action in (Action.move_position, Action.drop_position):
        return _statement_value(session, call, ask)
    if action is Action.merge:
        other = by_slug(session, argument)
        if other is None:
            raise CorrectionError(f"there is no call {argument!r} to merge with")
        if other.id == call.id:
            raise CorrectionError("a call cannot be merged with itself")
        return {"other": {"call": other.slug, "sources": call_sources(session, other.id)}}
    if action is Action.split:
        held = call_sources(session, call.id)
        if argument not in held:
            raise CorrectionError(f"source {argument!r} is not one of this call's sources ({', '.join(held)})")
        if len(held) == 1:
            raise CorrectionError("the call has only this source: there is nothing to split it from")
        return {"source": argument}
    if action is Action.not_a_call:
        return {"pair": call.pair_key}
    raise CorrectionError(f"unknown action {action}")


_ROLE_NAMES = {"participant": "a participant", "also-present": "someone who joined"}


def _statement_value(session: Session, call: Call, ask: Ask) -> dict:
    try:
        position = session.get(Position, int(ask.argument))
    except ValueError:
        position = None
    if position is None or position.call_id != call.id:
        raise CorrectionError(f"{ask.argument!r} is not the number of a statement of this call "
                              "(`hotline corrections statements CALL` lists them)")
    speaker = session.get(Leader, position.leader_id)
    value = {"source": position.source_id, "text": normal_text(position.text), "leader": position.leader_id,
             "leader_name": speaker.name if speaker else position.leader_id}
    if ask.action is Action.move_position:
        target = find_leader(session, ask.to)
        if target.id == position.leader_id:
            raise CorrectionError(f"the statement is already filed under {target.name}")
        value.update(to=target.id, to_name=target.name)
    return value


def find_leader(session: Session, text: str) -> Leader:
    """A leader by id ("joe-biden") or full name, among those stored or in the bundled leader list."""
    text = text.strip()
    if not text:
        raise CorrectionError("name the leader: their id (e.g. joe-biden) or full name")
    leader = session.get(Leader, text) or session.exec(
        select(Leader).where(func.lower(Leader.name) == text.lower())).first()
    if leader is not None:
        return leader
    from app.ingest.leaders import load_directory

    ref = load_directory().by_slug(text)
    if ref is None:
        raise CorrectionError(f"no leader {text!r}: give an id such as joe-biden, as in the leader's page address")
    return Leader(id=ref.slug, name=ref.name, office=ref.office, country=ref.country, is_head=ref.is_leader)


def find_topic(session: Session, text: str) -> Topic:
    text = text.strip()
    topic = session.get(Topic, text) or session.exec(
        select(Topic).where(func.lower(Topic.label) == text.lower())).first()
    if topic is None:
        known = ", ".join(session.exec(select(Topic.slug).order_by(Topic.slug)).all())
        raise CorrectionError(f"no topic {text!r}; the topics are: {known}")
    return topic


def _marked_not_a_call(session: Session, slug: str) -> Correction:
    for correction in session.exec(select(Correction).where(Correction.action == Action.not_a_call,
                                                            Correction.status.in_(ACTIVE))
                                   .order_by(Correction.id.desc())).all():
        if correction.call_slug == slug:
            return correction
    raise CorrectionError(f"the call {slug!r} is not marked as not a call; there is nothing to restore")


def supersede_earlier(session: Session, correction: Correction) -> None:
    """Earlier corrections of the same thing on the same call give way to this one."""
    action = Action(correction.action)
    key = key_of(action, correction.value)
    target = resolve(session, correction.call_slug, correction.call_sources)
    for earlier in session.exec(select(Correction).where(Correction.status.in_(ACTIVE),
                                                         Correction.id != correction.id)).all():
        if key_of(Action(earlier.action), earlier.value) != key:
            continue
        same_call = earlier.call_slug == correction.call_slug or (
            target is not None and earlier.call_id == target.id)
        if same_call:
            earlier.status, earlier.note = "superseded", f"replaced by correction {correction.id}"
            session.add(earlier)
    session.flush()
