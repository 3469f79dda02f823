"""Find what each leader, or their office, said in a call: stance, topic and the sentence it came from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.ingest import cues
from app.ingest.analysis import ArticleFacts, SentenceFacts
from app.ingest.topics import TopicHit
from app.ingest.types import LeaderRef, PositionDraft

AGENT_REACH = 110  # characters between the one who speaks and the verb of speaking
_GROUP = re.compile(r"\b(?:the (?:two|three) (?:leaders|men|presidents|heads of state)|both (?:leaders|presidents|men)"
                    r"|the leaders|the presidents)\b", re.IGNORECASE)
_SPECIFIC_FIRST = ("urges", "opposes", "commits", "concerned", "supports", "states")


@dataclass(frozen=True)
class _Agent:
    at: int  # where the agent's words end in the sentence
    slugs: tuple[str, ...]


def find_positions(facts: ArticleFacts, sentence_indices: list[int], leaders: dict[str, LeaderRef],
                   topic_hits: Callable[[int], list[TopicHit]], origin: str) -> list[PositionDraft]:
    positions: list[PositionDraft] = []
    last_agent: str | None = None
    for s_index in sentence_indices:
        item = facts.sentences[s_index]
        agents = _agents(item, leaders, last_agent)
        found: dict[str, tuple[str, int]] = {}
        speakers: set[str] = set()
        for verb in cues.STANCE.finditer(item.text):
            agent = _nearest(agents, verb.start())
            if agent is None:
                continue
            speakers.update(agent.slugs)
            stance = next(name for name, value in verb.groupdict().items() if value)
            for slug in agent.slugs:
                if slug not in leaders:
                    continue  # an adviser or another call's leader: they speak, not this call's leaders
                if slug not in found or _SPECIFIC_FIRST.index(stance) < _SPECIFIC_FIRST.index(found[slug][0]):
                    found[slug] = (stance, verb.start())
        for slug in _voiced_by_institution(item, leaders):
            found.setdefault(slug, ("states", 0))
        for slug, (stance, at) in found.items():
            positions.append(PositionDraft(leader_slug=slug, stance=stance, topic=_topic(topic_hits(s_index), at),
                                           sentence=item.sentence, origin=origin))
        # "He" in the next sentence is whoever spoke here, an adviser as much as a leader.
        if len(speakers) == 1:
            last_agent = next(iter(speakers))
        elif not speakers:
            first = next((p.ref.slug for p in item.people if not p.possessive), None)
            last_agent = first or last_agent
    return positions


def _agents(item: SentenceFacts, leaders: dict[str, LeaderRef], last_agent: str | None) -> list[_Agent]:
    text = item.text
    agents: list[_Agent] = []
    for person in item.people:
        if person.possessive and not cues.OFFICE_OF.match(text[person.end:]):
            continue
        agents.append(_Agent(person.end, (person.ref.slug,)))
    for offset in item.pronouns:
        if last_agent and not _inside_person(item, offset):
            agents.append(_Agent(offset + 2, (last_agent,)))
    for match in _GROUP.finditer(text):
        agents.append(_Agent(match.end(), tuple(leaders)))
    for match in cues.INSTITUTION.finditer(text):
        country = cues.country_of_institution(match)
        speaking_for = tuple(slug for slug, ref in leaders.items() if ref.country == country)
        if speaking_for:
            agents.append(_Agent(match.end(), speaking_for))
    agents.sort(key=lambda agent: agent.at)
    return [agent for agent in agents if all(slug in leaders for slug in agent.slugs) or
            not any(slug in leaders for slug in agent.slugs)]


def _voiced_by_institution(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> list[str]:
    """"..., according to a White House readout": the sentence is that leader's side's account."""
    text = item.text
    for match in cues.INSTITUTION.finditer(text):
        prefix = text[max(0, match.start() - 60):match.start()]
        if re.search(r"according to\b", prefix, re.IGNORECASE) or re.match(r"\s+(?:readout|statement)", text[match.end():]):
            country = cues.country_of_institution(match)
            return [slug for slug, ref in leaders.items() if ref.country == country]
    return []


def _inside_person(item: SentenceFacts, offset: int) -> bool:
    return any(p.start <= offset < p.end for p in item.people)


def _nearest(agents: list[_Agent], verb_at: int) -> _Agent | None:
    before = [agent for agent in agents if agent.at <= verb_at and verb_at - agent.at <= AGENT_REACH]
    if not before:
        return None
    return before[-1]


def _topic(hits: list[TopicHit], verb_at: int) -> str | None:
    after = [hit for hit in hits if hit.start >= verb_at]
    chosen = after[0] if after else (hits[0] if hits else None)
    return chosen.slug if chosen else None
