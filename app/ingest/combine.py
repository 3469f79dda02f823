"""Combine the drafts of one merged call into the single account the timeline shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.ingest.types import CallDraft, DatePrecision, DateResolution, LeaderRef, PositionDraft, Sentence

@dataclass(frozen=True)
class SourceAccount:
    """What one source says of the call."""

    origin: str
    date_basis: str
    duration_minutes: int | None
    duration_text: str | None
    passing: bool
    merge_reason: str = ""  # why this report was taken to tell of this call, when the call has several


@dataclass
class CombinedCall:
    kind: str
    leaders: list[LeaderRef]
    also_present: list[LeaderRef]
    date: DateResolution
    topics: dict[str, list[tuple[str, Sentence]]]  # topic -> (origin, sentence)
    positions: list[PositionDraft]
    accounts: list[SourceAccount]
    summary: str
    passing: bool
    origins: list[str] = field(default_factory=list)


def combine(drafts: list[CallDraft], *, merge_reasons: dict[str, str] | None = None) -> CombinedCall:
    ordered = sorted(drafts, key=_rank)
    leaders = _unique_people(ref for d in ordered for ref in d.leaders)
    leader_slugs = {ref.slug for ref in leaders}
    also = [ref for ref in _unique_people(ref for d in ordered for ref in d.also_present) if ref.slug not in leader_slugs]
    topics: dict[str, list[tuple[str, Sentence]]] = {}
    for draft in ordered:
        for slug, sentences in draft.topics.items():
            topics.setdefault(slug, []).extend((draft.origin, s) for s in sentences)
    seen: set[tuple[str, str, int]] = set()
    positions = []
    for draft in ordered:
        for position in draft.positions:
            key = (position.leader_slug, position.origin, position.sentence.start)
            if key not in seen:
                seen.add(key)
                positions.append(position)
    reasons = merge_reasons or {}
    accounts = [SourceAccount(d.origin, d.date.basis, d.duration_minutes, d.duration_text, d.passing,
                              reasons.get(d.origin, "")) for d in ordered]
    return CombinedCall(
        kind="video-call" if any(d.kind == "video-call" for d in ordered) else "call",
        leaders=leaders,
        also_present=also,
        date=_combined_date(ordered),
        topics=topics,
        positions=positions,
        accounts=accounts,
        summary=_summary(ordered),
        passing=all(d.passing for d in ordered),
        origins=[d.origin for d in ordered],
    )


def _rank(draft: CallDraft) -> tuple[int, int, str]:
    precision_order = {DatePrecision.DAY: 0, DatePrecision.RANGE: 1, DatePrecision.UNKNOWN: 2}
    return (int(draft.passing), precision_order[draft.date.precision], draft.origin)


def _unique_people(refs) -> list[LeaderRef]:  # noqa: ANN001 - any iterable of LeaderRef
    people: dict[str, LeaderRef] = {}
    for ref in refs:
        people.setdefault(ref.slug, ref)
    return list(people.values())


def _combined_date(ordered: list[CallDraft]) -> DateResolution:
    days = [d for d in ordered if d.date.precision is DatePrecision.DAY]
    if days:
        # Reports of one call a day apart come from two time zones: the call is dated by the earlier clock.
        first = min(d.date.day for d in days if d.date.day)
        best = next(d.date for d in days if d.date.day == first)
        agreeing = sum(d.date.day == first for d in days) - 1
        basis = best.basis + (f"; {agreeing} more source{'s agree' if agreeing > 1 else ' agrees'}" if agreeing else "")
        ahead = sorted({d.date.day for d in days if d.date.day != first})
        if ahead:
            basis += f"; dated {', '.join(f'{day:%-d %B %Y}' for day in ahead)} by a report from a time zone ahead"
        if len(days) < len(ordered):
            basis += "; undated reports merged into this call"
        return DateResolution(DatePrecision.DAY, day=best.day, earliest=best.day, latest=best.day, basis=basis,
                              weekday=best.day.weekday() if best.day else None, part_of_day=best.part_of_day)
    ranges = [d.date for d in ordered if d.date.precision is DatePrecision.RANGE]
    weekday = next((d.date.weekday for d in ordered if d.date.weekday is not None), None)
    if ranges:
        earliest = max((r.earliest for r in ranges if r.earliest), default=None)
        latest = min((r.latest for r in ranges if r.latest), default=None)
        return DateResolution(DatePrecision.RANGE, earliest=earliest, latest=latest, basis=ranges[0].basis,
                              weekday=weekday)
    return DateResolution.unknown(ordered[0].date.basis if ordered else "no date found", weekday=weekday)


def _summary(ordered: list[CallDraft]) -> str:
    for draft in ordered:
        if draft.sentences:
            text = " ".join(draft.sentences[0].text.split())
            return text if len(text) <= 280 else text[:277].rsplit(" ", 1)[0] + "…"
    return ""


def sort_day(resolution: DateResolution) -> date | None:
    return resolution.day or resolution.latest
