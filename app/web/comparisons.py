"""Accounts compared: a table of what the sources of one call report differently, and one line that sums it up.

Rows are the points where accounts can differ (date, length, topics, what each leader said), columns the
sources; a row is shown only when the sources do not all say the same.
"""

from __future__ import annotations

from calendar import day_name
from dataclasses import dataclass, field

from app.models import CallSource, Source
from app.queries import CallView, ReportedDate
from app.web.naming import capitalized, in_sentence, join_names, minutes, source_labels
from app.web.statements import UNCERTAIN_STANCE, SentenceIndex


@dataclass(frozen=True)
class Item:
    """One thing a source says on a row's point, linked to its sentence when there is one."""

    text: str
    start: int | None = None
    stance: str | None = None


@dataclass(frozen=True)
class Cell:
    source: Source
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Row:
    label: str
    cells: list[Cell]


@dataclass
class Comparison:
    columns: list[tuple[Source, str]]  # each source and the name it goes by
    rows: list[Row] = field(default_factory=list)
    summary: str = ""


def compare_accounts(view: CallView, dates: dict[str, ReportedDate],
                     index: SentenceIndex | None = None) -> Comparison | None:
    """None when there is only one account; otherwise the rows where accounts differ and a one-line summary."""
    accounts = [(source, account) for source, account in view.sources if not account.passing]
    if len(accounts) < 2:
        return None
    index = index or SentenceIndex([source for source, _ in accounts])
    labels = source_labels([source for source, _ in view.sources])
    names = {source.id: labels[source.id] for source, _ in accounts}
    comparison = Comparison([(source, names[source.id]) for source, _ in accounts])
    agree: list[str] = []
    clauses: list[str] = []
    for point, compare in (("the date", _dates), ("the length", _lengths)):
        row, verdict = compare(accounts, dates, names, index)
        if row:
            comparison.rows.append(row)
        if verdict == "agree":
            agree.append(point)
        elif verdict:
            clauses.append(verdict)
    row, only = _topics(view, accounts, names, index)
    if row:
        comparison.rows.append(row)
    clauses += only
    for leader in view.participants + view.also_present:
        row, only = _said(view, leader.id, leader.name, accounts, names, index)
        if row:
            comparison.rows.append(row)
        clauses += only
    comparison.summary = _summary(agree, clauses, [names[source.id] for source, _ in accounts])
    return comparison


def _summary(agree: list[str], clauses: list[str], everyone: list[str]) -> str:
    group = join_names([everyone[0], *map(in_sentence, everyone[1:])]) if len(everyone) <= 3 \
        else f"All {len(everyone)} sources"
    parts = [f"{group} agree on {join_names(agree)}"] if agree else []
    for clause in clauses:
        if clause.startswith("disagree"):
            clause = ("they " if parts else f"{group} ") + clause
        parts.append(clause)
    if not parts:
        return f"{group} tell the same story."
    return capitalized("; ".join(parts)) + "."


def _only(names: list[str], verb: str, what: str) -> str:
    """"only the White House mentions Hostages", "only A and B mention Hostages"."""
    return f"only {join_names(map(in_sentence, names))} {verb if len(names) == 1 else verb[:-1]} {what}"


def _describe_date(reported: ReportedDate | None) -> str:
    if reported is None:
        return "not stated"
    if reported.day:
        return f"{reported.day:%-d %b %Y}"
    if reported.earliest and reported.latest:
        return f"between {reported.earliest:%-d %b} and {reported.latest:%-d %b %Y}"
    if reported.weekday is not None:
        return f"a {day_name[reported.weekday]}, no date"
    return "not stated"


def _dates(accounts: list[tuple[Source, CallSource]], dates: dict[str, ReportedDate], names: dict[str, str],
           _index: SentenceIndex) -> tuple[Row | None, str | None]:
    said = {source.id: _describe_date(dates.get(source.id)) for source, _ in accounts}
    days = {source.id: dates[source.id].day for source, _ in accounts if source.id in dates and dates[source.id].day}
    row = None if len(set(said.values())) == 1 else \
        Row("Date", [Cell(source, (Item(said[source.id]),)) for source, _ in accounts])
    if len(set(days.values())) > 1:
        return row, "disagree on the date: " + " vs ".join(f"{d:%-d %b %Y}" for d in sorted(set(days.values())))
    if days and len(days) == len(accounts):
        return row, "agree"
    if days:
        return row, _only([names[s] for s in days], "gives", "the date")
    return row, None


def _lengths(accounts: list[tuple[Source, CallSource]], _dates: dict, names: dict[str, str],
             index: SentenceIndex) -> tuple[Row | None, str | None]:
    stated = {source.id: account.duration_minutes for source, account in accounts if account.duration_minutes}
    if not stated:
        return None, None
    cells = []
    for source, account in accounts:
        if not account.duration_minutes:
            cells.append(Cell(source))
            continue
        found = source.text.find(account.duration_text or "\0")
        start = index.sentence(source.id, found, found + 1)[0] if found >= 0 else None
        cells.append(Cell(source, (Item(minutes(account.duration_minutes), start),)))
    lengths = sorted(set(stated.values()))
    row = Row("Length", cells) if len(lengths) > 1 or len(stated) < len(accounts) else None
    if len(lengths) > 1:
        return row, f"disagree on the length: {' vs '.join(str(n) for n in lengths)} minutes"
    if len(stated) == len(accounts):
        return row, "agree"
    return row, _only([names[s] for s in stated], "gives", f"the length ({minutes(lengths[0])})")


def _topics(view: CallView, accounts: list[tuple[Source, CallSource]], names: dict[str, str],
            index: SentenceIndex) -> tuple[Row | None, list[str]]:
    """Topics that only some sources mention, each linked to the sentence that mentions it."""
    where: dict[str, dict[str, int]] = {}  # topic -> source -> offset of the first sentence about it
    for item in [*view.evidence, *view.positions]:
        if item.topic_slug:
            where.setdefault(item.topic_slug, {}).setdefault(item.source_id, item.start)
    partial = [topic for topic in view.topics
               if 0 < sum(source.id in where.get(topic.slug, {}) for source, _ in accounts) < len(accounts)]
    if not partial:
        return None, []
    cells = [Cell(source, tuple(Item(topic.label, index.sentence(source.id, where[topic.slug][source.id],
                                                                  where[topic.slug][source.id] + 1)[0])
                                for topic in partial if source.id in where[topic.slug])) for source, _ in accounts]
    by_group: dict[tuple[str, ...], list[str]] = {}
    for topic in partial:
        group = tuple(source.id for source, _ in accounts if source.id in where[topic.slug])
        by_group.setdefault(group, []).append(topic.label)
    clauses = [_only([names[s] for s in group], "mentions", join_names(labels)) for group, labels in by_group.items()]
    return Row("Topics only some mention", cells), clauses


def _said(view: CallView, leader_id: str, name: str, accounts: list[tuple[Source, CallSource]],
          names: dict[str, str], index: SentenceIndex) -> tuple[Row | None, list[str]]:
    """What each source has the leader say, as stance and topic, when the sources do not all agree."""
    topics = {topic.slug: topic.label for topic in view.topics}
    cells, shapes = [], []
    for source, _ in accounts:
        items: dict[str, Item] = {}
        for position in view.positions:
            if position.leader_id != leader_id or position.source_id != source.id:
                continue
            stance = None if position.stance == UNCERTAIN_STANCE else position.stance
            about = topics.get(position.topic_slug or "", "other remarks")
            text = f"{stance} on {about}" if stance else f"speaks on {about}"
            items.setdefault(text, Item(about, index.sentence(source.id, position.start, position.end)[0], stance))
        cells.append(Cell(source, tuple(items.values())))
        shapes.append(frozenset(items))
    if len(set(shapes)) == 1:
        return None, []
    quoting = [names[source.id] for (source, _), shape in zip(accounts, shapes) if shape]
    surname = name.split()[-1]
    clauses = [_only(quoting, "quotes", surname)] if len(quoting) < len(accounts) else []
    return Row(f"What {name} said", cells), clauses
