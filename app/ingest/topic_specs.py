"""Read and check topic vocabulary files (resources/topics.toml and a user's extra file) into TopicSpecs."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path(__file__).parent / "resources" / "topics.toml"

_KEYS = frozenset({"slug", "label", "description", "cues", "patterns", "not_when", "not_when_patterns",
                   "country", "names", "name_context", "call_cues", "call_about", "call_not_about"})
_LIST_KEYS = ("cues", "patterns", "not_when", "not_when_patterns", "names", "name_context", "call_cues", "call_about",
              "call_not_about")
_PHRASE_KEYS = ("cues", "not_when", "names", "name_context", "call_cues", "call_about", "call_not_about")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY = re.compile(r"[A-Z]{2}")  # ISO 3166-1 alpha-2, as leaders.toml writes it
# The flags every cue and pattern is compiled with, here to check patterns and in topics.py to match.
REGEX_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Topic:
    """One subject a call can be about, as the timeline shows it."""

    slug: str
    label: str
    description: str


@dataclass(frozen=True)
class TopicSpec:
    """One [[topic]] entry of a vocabulary file, checked but not yet compiled."""

    topic: Topic
    cues: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    not_when: tuple[str, ...] = ()
    not_when_patterns: tuple[str, ...] = ()
    # A topic named after a country: the cues that only name it, and the words that make a bare name
    # count on a call that country's own leader is on (see call_topics.py).
    country: str | None = None
    names: tuple[str, ...] = ()
    name_context: tuple[str, ...] = ()
    # Cues that count only on a call about the topic: one of call_about and none of call_not_about is named in the
    # call's sentences ("the war" is Ukraine's on a call that names Ukraine and no other war; see call_topics.py).
    call_cues: tuple[str, ...] = ()
    call_about: tuple[str, ...] = ()
    call_not_about: tuple[str, ...] = ()


def read_specs(path: Path) -> tuple[TopicSpec, ...]:
    """The checked [[topic]] entries of one vocabulary file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ValueError(f"{path}: cannot read the topic vocabulary ({err.strerror or err})") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ValueError(f"{path}: not a valid TOML file: {err}") from err
    return parse_specs(data, source=str(path))


def parse_specs(data: Mapping[str, Any], *, source: str) -> tuple[TopicSpec, ...]:
    """Check the parsed contents of a vocabulary file; `source` names it in error messages."""
    unknown = sorted(set(data) - {"topic"})
    if unknown:
        raise ValueError(f"{source}: unknown top-level key(s) {', '.join(unknown)}; "
                         "each topic is a [[topic]] table")
    entries = data.get("topic")
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{source}: no [[topic]] entries found")
    specs: list[TopicSpec] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        spec = _parse_entry(entry, f"{source}: [[topic]] #{number}")
        if spec.topic.slug in seen:
            raise ValueError(f"{source}: [[topic]] #{number}: slug {spec.topic.slug!r} is defined twice")
        seen.add(spec.topic.slug)
        specs.append(spec)
    return tuple(specs)


def merge_specs(base: Iterable[TopicSpec], extra: Iterable[TopicSpec]) -> tuple[TopicSpec, ...]:
    """Base topics in their order, each replaced by an extra one with the same slug; new ones last."""
    overrides = {spec.topic.slug: spec for spec in extra}
    merged = [overrides.pop(spec.topic.slug, spec) for spec in base]
    return tuple(merged + list(overrides.values()))


def _check_pattern(pattern: str, where: str) -> None:
    try:
        compiled = re.compile(pattern, REGEX_FLAGS)
    except re.error as err:
        raise ValueError(f"{where} is not a valid regular expression: {err}") from err
    if compiled.groups:
        # The combined matcher tells cues apart by group number; a capturing group would shift them.
        raise ValueError(f"{where} has a capturing group; write (?:...) instead of (...)")
    if compiled.fullmatch(""):
        raise ValueError(f"{where} matches the empty string")


def _parse_entry(entry: object, where: str) -> TopicSpec:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected a table of keys, got {type(entry).__name__}")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}")
    slug = entry.get("slug")
    if not isinstance(slug, str) or not slug.strip():
        raise ValueError(f"{where}: missing slug")
    if not _SLUG.fullmatch(slug):
        raise ValueError(f"{where}: slug {slug!r} must be lowercase letters, digits and single hyphens")
    where = f"{where} (slug {slug!r})"
    label = entry.get("label")
    if not isinstance(label, str) or not label.strip():
        raise ValueError(f"{where}: missing label")
    description = entry.get("description", "")
    if not isinstance(description, str):
        raise ValueError(f"{where}: description must be a string")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise ValueError(f"{where}: {key} must be a list of non-empty strings")
        lists[key] = tuple(dict.fromkeys(item.strip() for item in value))
    for key in _PHRASE_KEYS:
        for phrase in lists[key]:
            if not any(char.isalnum() for char in phrase):
                raise ValueError(f"{where}: {key} entry {phrase!r} has no letters or digits")
    for key in ("patterns", "not_when_patterns"):
        for pattern in lists[key]:
            _check_pattern(pattern, f"{where}: {key} entry {pattern!r}")
    if not lists["cues"] and not lists["patterns"] and not lists["names"]:
        raise ValueError(f"{where}: give at least one cue or pattern")
    country = entry.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY.fullmatch(country)):
        raise ValueError(f"{where}: country must be a two-letter ISO code such as \"IR\", got {country!r}")
    if (country is None) != (not lists["names"]):
        raise ValueError(f"{where}: country and names go together: names are the cues that name that country")
    if lists["name_context"] and not lists["names"]:
        raise ValueError(f"{where}: name_context needs names")
    if bool(lists["call_cues"]) != bool(lists["call_about"]) or (lists["call_not_about"] and not lists["call_cues"]):
        raise ValueError(f"{where}: call_cues and call_about go together (call_not_about needs them)")
    return TopicSpec(Topic(slug, label.strip(), description.strip()), country=country, **lists)
