"""Full-text search over articles and statements: SQLite's FTS5 tables or PostgreSQL's tsvector indexes.

Both databases fold the same spellings: "cease-fire", "cease fire" and "ceasefire" find the same calls. A
hyphenated term is also tried joined, a long word also split in two, two words typed apart also joined, and every
term is a prefix. Both stem English words ("hostages" finds "hostage") and fold accents where PostgreSQL has
`unaccent` (see migration 0006).
"""

from __future__ import annotations

import re

from sqlalchemy import Integer, text
from sqlalchemy.sql.selectable import TextualSelect

_TERM = re.compile(r"\w+(?:[-‐‑/'’]\w+)*")  # a word, or words joined by hyphens: "cease-fire", "Rafah's"
_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 12
MIN_PART = 3  # a single word is also tried split in two, each part at least this long: "ceasefire" ~ "cease fire"
MAX_JOINED = 6  # up to this many terms, two typed apart are also tried joined

Term = tuple[str, ...]

SEARCH_CONFIG = "hotline_search"  # migration 0006
# The expressions PostgreSQL's GIN indexes cover (migration 0006): a condition must repeat them exactly.
SOURCE_VECTOR = f"to_tsvector('{SEARCH_CONFIG}', coalesce(title, '') || ' ' || text)"
POSITION_VECTOR = f"to_tsvector('{SEARCH_CONFIG}', text)"


def search_terms(text_: str) -> list[Term]:
    """The user's search terms, each as its word parts: "Cease-fire talks" -> [("cease", "fire"), ("talks",)]."""
    terms = [tuple(_WORD.findall(match.group())) for match in _TERM.finditer(text_.lower())]
    return [term for term in terms if term][:MAX_TERMS]


def readings(terms: list[Term]) -> list[list[Term]]:
    """The terms as typed and, for each two single words typed apart, the same with those two joined."""
    found = [terms]
    if len(terms) <= MAX_JOINED:
        found += [terms[:i] + [terms[i] + terms[i + 1]] + terms[i + 2:] for i in range(len(terms) - 1)
                  if len(terms[i]) == len(terms[i + 1]) == 1]
    return found


def splits(term: Term) -> list[Term]:
    """The other spellings of a term as word sequences: its parts, or a long word cut in two."""
    if len(term) > 1:
        return [term]
    word = term[0]
    return [(word[:i], word[i:]) for i in range(MIN_PART, len(word) - MIN_PART + 1)]


def _either(options: list[str], joiner: str = " OR ") -> str:
    return options[0] if len(options) == 1 else "(" + joiner.join(options) + ")"


def fts_query(text_: str) -> str | None:
    """User words as an FTS5 query: every term must appear, each as a prefix, in any of its spellings.

    FTS5 tokenizes "-" like a space, so a phrase "cease fire" also finds "cease-fire". None when no word is left.
    """
    terms = search_terms(text_)
    if not terms:
        return None
    conjunctions = [" AND ".join(_either([f'"{"".join(term)}"*', *(f'"{" ".join(parts)}"*' for parts in splits(term))])
                                 for term in reading) for reading in readings(terms)]
    return _either([f"({c})" if " AND " in c and len(conjunctions) > 1 else c for c in conjunctions])


def tsqueries(text_: str) -> tuple[str, str | None] | None:
    """User words as two PostgreSQL tsquery texts whose matches together are fts_query's.

    The first has no phrases, so its GIN matches are final; the second holds only the matches that need a phrase
    ("cease <-> fire"), which PostgreSQL checks against the text itself, so it is kept to the few candidate rows
    that contain every part of some phrase. None when no word is left.
    """
    terms = search_terms(text_)
    if not terms:
        return None
    plain, phrased = [], []
    for reading in readings(terms):
        whole = [f"{''.join(term)}:*" for term in reading]
        cut = [[" <-> ".join(parts[:-1] + (parts[-1] + ":*",)) for parts in splits(term)] for term in reading]
        plain.append(_either(whole, " & "))
        if any(cut):
            each = [_either([w, *c], " | ") for w, c in zip(whole, cut)]
            some_phrase = _either([phrase for c in cut for phrase in c], " | ")
            phrased.append(_either([*each, some_phrase], " & "))
    return _either(plain, " | "), (_either(phrased, " | ") if phrased else None)


def matching_call_ids(dialect: str, text_: str) -> TextualSelect | None:
    """A query of the ids (`call_id`) of the calls whose articles or statements hold the words; None when no word
    is left. Each route from a match to its calls is read off a covering index (migration 0006)."""
    if dialect == "postgresql":
        queries = tsqueries(text_)
        if queries is None:
            return None
        plain, phrased = queries
        params = {"ts_plain": plain, **({"ts_phrased": phrased} if phrased else {})}

        def matches(vector: str) -> str:
            condition = f"{vector} @@ to_tsquery('{SEARCH_CONFIG}', :ts_plain)"
            return f"({condition} OR {vector} @@ to_tsquery('{SEARCH_CONFIG}', :ts_phrased))" if phrased else condition

        return text(f"SELECT callsource.call_id FROM callsource WHERE callsource.source_id IN "
                    f"(SELECT source.id FROM source WHERE {matches(SOURCE_VECTOR)}) "
                    f"UNION SELECT position.call_id FROM position WHERE {matches(POSITION_VECTOR)}"
                    ).bindparams(**params).columns(call_id=Integer)
    match = fts_query(text_)
    if match is None:
        return None
    in_sources = text("SELECT callsource.call_id FROM source_fts JOIN source ON source.rowid = source_fts.rowid "
                      "JOIN callsource ON callsource.source_id = source.id WHERE source_fts MATCH :fts_source")
    # SQLite looks a statement up by its row id in the table itself unless told to read the narrow index.
    in_positions = text("SELECT position.call_id FROM position_fts JOIN position INDEXED BY ix_position_id_call_id "
                        "ON position.id = position_fts.rowid WHERE position_fts MATCH :fts_position")
    return text(f"{in_sources.text} UNION {in_positions.text}").bindparams(fts_source=match, fts_position=match) \
        .columns(call_id=Integer)
