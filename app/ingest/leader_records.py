"""The leaders data file, resources/leaders.toml: its people, their terms of office and the countries."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from app.ingest.leader_patterns import title_key
from app.ingest.text import name_key, slugify

DATA_FILE = Path(__file__).parent / "resources" / "leaders.toml"
LEADER_KINDS = ("head-of-state-and-government", "de-facto", "head-of-government", "head-of-state", "supranational")
KINDS = (*LEADER_KINDS, "deputy", "official")
MONARCHS = frozenset({"king", "queen", "emir", "sultan", "emperor", "grand duke"})


@dataclass(frozen=True)
class Term:
    """One stint in one office."""

    country: str
    office: str
    kind: str
    start: date | None = None
    end: date | None = None  # first day out of office
    keys: frozenset[str] = frozenset()  # title keys this term answers to

    @property
    def is_leader(self) -> bool:
        return self.kind in LEADER_KINDS

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    def answers(self, key: str) -> bool:
        if key == "leader":
            return self.is_leader
        if key in _HEAD_OF:  # "the Head of State", as Central Asian and Gulf readouts call their own leader
            return self.kind in _HEAD_OF[key]
        return key in self.keys or key == "monarch" and bool(self.keys & MONARCHS)


_HEAD_OF = {"head of state": ("head-of-state", "head-of-state-and-government"),
            "head of government": ("head-of-government", "head-of-state-and-government")}


@dataclass(frozen=True)
class Person:
    """Someone in the data file, with every office they held."""

    slug: str
    name: str
    terms: tuple[Term, ...]

    @property
    def ever_leader(self) -> bool:
        return any(t.is_leader for t in self.terms)

    def term_for(self, on: date | None, key: str | None = None) -> Term:
        """The term that speaks for the person on a day: the one in force, else the latest before it.

        Among terms that start together, the first listed wins: Charles III is King of the United Kingdom first.
        """
        if on is None and key is None:
            return self._best_known_term
        ordered = self._ordered_terms
        if on is None:
            matching = [t for t in ordered if key and t.answers(key)]
            leading = [t for t in ordered if t.is_leader]
            return self._first_listed((matching or leading or ordered)[-1])
        current = [t for t in ordered if t.covers(on)]
        if current:  # the leading term, the one the title names, then the earliest begun, then the first listed
            return max(reversed(current), key=lambda t: (t.is_leader, bool(key and t.answers(key)),
                                                         -(t.start or date.min).toordinal()))
        past = [t for t in ordered if (t.start or date.min) <= on]
        return self._first_listed(past[-1]) if past else ordered[0]

    @cached_property
    def _ordered_terms(self) -> tuple[Term, ...]:
        """Sorted by start; among equal starts, the first listed sorts last, so that [-1] picks it."""
        # Read for every title that may name the person, in every sentence: sorted once.
        return tuple(t for _, t in sorted(enumerate(self.terms), key=lambda it: (it[1].start or date.min,
                                                                                  it[1].is_leader, -it[0])))

    @cached_property
    def _best_known_term(self) -> Term:
        """The term of an undated mention: the latest leading one, else the latest."""
        leading = [t for t in self._ordered_terms if t.is_leader]
        return self._first_listed((leading or self._ordered_terms)[-1])

    def _first_listed(self, term: Term) -> Term:
        """The first listed of the terms in the same office held alongside this one (a monarch's realms)."""
        return next(t for t in self.terms if t.office == term.office and t.kind == term.kind
                    and (t.start or date.min) < (term.end or date.max) and (term.start or date.min) < (t.end or date.max))

    def leads_on(self, on: date | None) -> bool:
        return self.ever_leader if on is None else any(t.is_leader and t.covers(on) for t in self.terms)


@dataclass(frozen=True)
class Country:
    """A country (or body such as the EU) and the words that name it."""

    code: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    leader_kinds: tuple[str, ...]
    regions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alias:
    """One person a name form may stand for."""

    slug: str
    titled: bool  # usable only after a title or honorific, or once the full name is in the text


class LeaderRecords(NamedTuple):
    """Everything the data file holds, checked, in the order LeaderDirectory takes it."""

    countries: list[Country]
    people: list[Person]
    aliases: dict[str, list[Alias]]  # name key -> the people that name form may stand for
    lower_ok: set[str]  # name keys that may be written in lowercase
    acronyms: dict[str, str]  # name key -> the only way it may be written ("AMLO")


def _parse_date(value: object) -> date | None:
    if isinstance(value, date) or value is None:
        return value
    return date.fromisoformat(str(value))  # a quoted "2024-01-01" works as well as a bare TOML date


def _build(data: dict[str, Any]) -> LeaderRecords:
    countries: list[Country] = []
    for row in data.get("country", []):
        explicit = tuple(row.get("leader", LEADER_KINDS))
        kinds = explicit + tuple(k for k in LEADER_KINDS if k not in explicit) if explicit else ()
        countries.append(Country(row["code"], row["name"], tuple(row.get("names", [])),
                                 tuple(row.get("adjectives", [])), kinds, tuple(row.get("regions", []))))
    codes = {c.code for c in countries}
    people: list[Person] = []
    aliases: dict[str, list[Alias]] = defaultdict(list)
    lower_ok: set[str] = set()
    acronyms: dict[str, str] = {}
    for row in data.get("person", []):
        slug = row.get("slug") or slugify(row["name"])
        terms = []
        for t in row.get("term", []):
            if t["kind"] not in KINDS or t["country"] not in codes:
                raise ValueError(f"{slug}: unknown kind or country in term {t}")
            keys = frozenset(title_key(part) for part in [*t["office"].split(" and "), *t.get("titles", [])])
            terms.append(Term(t["country"], t["office"], t["kind"], _parse_date(t.get("start")),
                              _parse_date(t.get("end")), keys))
        if not terms:
            raise ValueError(f"{slug}: a person needs at least one term")
        people.append(Person(slug, row["name"], tuple(terms)))
        forms = [(row["name"], False), *((a, False) for a in row.get("aliases", [])),
                 *((a, True) for a in row.get("titled", []))]
        forms += [(_umlauts_written_out(f), t) for f, t in forms
                  if any(term.country in _UMLAUTS_OUT_COUNTRIES for term in terms) and _UMLAUT.search(f)]
        for form, titled in [*forms, *((_joined_syllables(f), t) for f, t in forms if _SYLLABLE_HYPHEN.search(f))]:
            key = name_key(form)
            if all(a.slug != slug or a.titled != titled for a in aliases[key]):
                aliases[key].append(Alias(slug, titled))
            if form[:1].islower():
                lower_ok.add(key)
            if form.isupper() and form.isalpha():
                acronyms[key] = form
    if len({p.slug for p in people}) != len(people):
        raise ValueError("duplicate person slugs in the leaders file")
    return LeaderRecords(countries, people, dict(aliases), lower_ok, acronyms)


# "Lee Jae-myung" is also written "Lee Jaemyung": a given name of two syllables, joined by a hyphen or not.
_SYLLABLE_HYPHEN = re.compile(r"(?<!-)\b([A-Z][a-z]{1,5})-([a-z]{1,6})\b(?!-)")


# "Schroeder" for Schröder: German-speaking countries' names as English writes them, each umlaut with an "e".
_UMLAUTS_OUT_COUNTRIES = frozenset({"DE", "AT", "CH", "LI"})
_UMLAUT = re.compile("[äöüÄÖÜ]")
_UMLAUT_OUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def _umlauts_written_out(name: str) -> str:
    return _UMLAUT.sub(lambda m: _UMLAUT_OUT[m.group()], name)


def _joined_syllables(name: str) -> str:
    return _SYLLABLE_HYPHEN.sub(r"\1\2", name)


def read_records(path: Path | None = None) -> LeaderRecords:
    """The records of the bundled data file, or of another file of the same shape."""
    with (path or DATA_FILE).open("rb") as handle:
        return _build(tomllib.load(handle))
