"""Score exported calls against a gold file: events, merges, dates, topics, positions, who joined."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import PurePosixPath
from typing import Any


@dataclass
class Scores:
    """The figures an evaluation reports, with every miss listed for `--verbose`."""

    events_tp: int = 0
    events_fp: int = 0
    events_fn: int = 0
    merge_pairs: int = 0
    merge_pairs_together: int = 0
    dates_n: int = 0
    dates_exact: int = 0
    wrong_dates: int = 0
    topics_tp: int = 0
    topics_fp: int = 0
    topics_fn: int = 0
    positions_n: int = 0
    positions_found: int = 0
    attributed_n: int = 0  # stated positions whose sentence holds a gold evidence string
    attributed_right: int = 0  # ... filed under the leader the gold gives it to
    also_n: int = 0
    also_found: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def events_f1(self) -> float:
        return _f1(self.events_tp, self.events_fp, self.events_fn)

    @property
    def positions_attributed(self) -> float:
        return _ratio(self.attributed_right, self.attributed_n)

    @property
    def topics_f1(self) -> float:
        return _f1(self.topics_tp, self.topics_fp, self.topics_fn)

    def summary(self) -> str:
        return (f"events F1 {self.events_f1:.2f} (tp {self.events_tp} fp {self.events_fp} fn {self.events_fn}); "
                f"merge pair recall {_ratio(self.merge_pairs_together, self.merge_pairs):.2f}; "
                f"dates exact {_ratio(self.dates_exact, self.dates_n):.2f} of {self.dates_n}, "
                f"wrong dates asserted {self.wrong_dates}; topics F1 {self.topics_f1:.2f}; "
                f"positions recall {_ratio(self.positions_found, self.positions_n):.2f} of {self.positions_n}, "
                f"attributed to the right leader {self.positions_attributed:.2f} of {self.attributed_n}; "
                f"also-present recall {_ratio(self.also_found, self.also_n):.2f} of {self.also_n}")


def _ratio(hit: int, total: int) -> float:
    return hit / total if total else 1.0


def _f1(tp: int, fp: int, fn: int) -> float:
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _norm(name: str) -> str:
    name = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in name.casefold()).split())


def same_person(predicted: str, aliases: list[str]) -> bool:
    """Names match in full, or by surname allowing for transliteration (Zelensky, Zelenskyy)."""
    mine = _norm(predicted)
    if not mine:
        return False
    for alias in map(_norm, aliases):
        if mine == alias:
            return True
        if alias and SequenceMatcher(None, mine.split()[-1], alias.split()[-1]).ratio() >= 0.85:
            return True
    return False


def _people_match(names: list[str], gold: list[list[str]]) -> bool:
    if len(names) != len(gold):
        return False
    used: set[int] = set()
    for aliases in gold:
        hit = next((i for i, n in enumerate(names) if i not in used and same_person(n, aliases)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def score(gold: dict[str, Any], calls: list[dict[str, Any]]) -> Scores:
    result = Scores()
    events, optional = gold["events"], gold.get("optional_events", [])
    predicted = [{
        "names": [p["name"] for p in c.get("participants", [])],
        "also": [p["name"] for p in c.get("also_present", [])],
        "articles": {PurePosixPath(str(s.get("origin", ""))).name for s in c.get("sources", [])},
        "date": c.get("date"), "topics": set(c.get("topics", [])), "positions": c.get("positions", []),
    } for c in calls]
    matched: dict[int, list[int]] = {i: [] for i in range(len(events))}
    neutral: set[int] = set()

    def fits(call: dict, event: dict) -> bool:
        return bool(call["articles"] & set(event["articles"])) and _people_match(call["names"], event["participants"])

    for i, call in enumerate(predicted):
        candidates = [g for g, event in enumerate(events) if fits(call, event)]
        if candidates:
            best = max(candidates, key=lambda g: (call["date"] == events[g].get("date"),
                                                  len(call["articles"] & set(events[g]["articles"]))))
            matched[best].append(i)
        elif any(fits(call, event) for event in optional):
            neutral.add(i)
        else:
            result.events_fp += 1
            result.misses.append(f"FALSE CALL: {call['names']} {call['date']} from {sorted(call['articles'])}")
    for g, event in enumerate(events):
        fragments = sorted(matched[g], key=lambda i: (predicted[i]["date"] == event.get("date"),
                                                     len(predicted[i]["articles"] & set(event["articles"]))),
                           reverse=True)
        _score_event(result, event, [predicted[i] for i in fragments])
    return result


def _score_event(result: Scores, event: dict[str, Any], fragments: list[dict[str, Any]]) -> None:
    articles = sorted(event["articles"])
    for a in range(len(articles)):
        for b in range(a + 1, len(articles)):
            result.merge_pairs += 1
            if any({articles[a], articles[b]} <= f["articles"] for f in fragments):
                result.merge_pairs_together += 1
            else:
                result.misses.append(f"SPLIT: {event['id']}: {articles[a]} and {articles[b]}")
    derivable = event.get("date_derivable", True)
    result.dates_n += derivable
    result.positions_n += len(event.get("positions", []))
    result.also_n += len(event.get("also_present", []))
    if not fragments:
        result.events_fn += 1
        result.topics_fn += len(event.get("topics", []))
        result.misses.append(f"MISSED: {event['id']}")
        return
    result.events_tp += 1
    call = fragments[0]
    if derivable and call["date"] == event["date"]:
        result.dates_exact += 1
    elif call["date"] and (derivable or call["date"] != event.get("date")):
        result.wrong_dates += 1
        result.misses.append(f"WRONG DATE: {event['id']}: {call['date']}")
    elif derivable:
        result.misses.append(f"NO DATE: {event['id']}")
    gold_topics = set(event.get("topics", []))
    result.topics_tp += len(gold_topics & call["topics"])
    result.topics_fn += len(gold_topics - call["topics"])
    result.topics_fp += len(call["topics"] - gold_topics)
    if gold_topics != call["topics"]:
        result.misses.append(f"TOPICS: {event['id']}: missing {sorted(gold_topics - call['topics'])} "
                             f"extra {sorted(call['topics'] - gold_topics)}")
    for position in event.get("positions", []):
        needle = position["evidence_contains"].casefold()
        if any(same_person(p.get("leader", ""), [position["leader"]]) and needle in (p.get("text") or "").casefold()
               for p in call["positions"]):
            result.positions_found += 1
        else:
            result.misses.append(f"POSITION: {event['id']}: {position['leader']} / {position['evidence_contains']!r}")
    needles = [(gold["evidence_contains"].casefold(), gold["leader"]) for gold in event.get("positions", [])]
    for stated in call["positions"]:
        text = (stated.get("text") or "").casefold()
        owners = [leader for needle, leader in needles if needle in text]
        if owners:
            result.attributed_n += 1
            if any(same_person(stated.get("leader", ""), [owner]) for owner in owners):
                result.attributed_right += 1
            else:
                result.misses.append(f"MISATTRIBUTED: {event['id']}: {stated.get('leader')!r} credited with "
                                     f"{owners[0]}'s {text[:70]!r}")
    for aliases in event.get("also_present", []):
        if any(same_person(name, aliases) for name in call["also"]):
            result.also_found += 1
        else:
            result.misses.append(f"ALSO: {event['id']}: {aliases[0]}")
