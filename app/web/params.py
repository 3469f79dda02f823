"""Query parameters as the OpenAPI schema declares them: their types, their bounds, and what to say when one is off.

Every check is a regular expression the schema publishes, so a client (or a fuzzer) can tell a valid value from
an invalid one without asking: dates are real calendar days from 1900 to 2100, page markers are the tokens the
server writes, text carries no control characters. Patterns use `[0-9]`, never `\\d`, which some regex engines
read as any Unicode digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import Path
from pydantic import BeforeValidator, Field, WithJsonSchema

FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2100, 12, 31)
MAX_TOPICS = 8
MAX_TEXT = 200  # characters of a search
MAX_SLUG = 160
MAX_OFFSET = 2**31 - 1  # a character offset into an article
MAX_PAGE = 100_000  # of an index

_MONTH_DAY = ("(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
              "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
              "|02-(?:0[1-9]|1[0-9]|2[0-8]))")
# 29 February of the leap years from 1904 to 2096 (1900 and 2100 are not leap years, 2000 is).
_LEAP_DAY = "(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))-02-29"
DAY = f"(?:(?:19[0-9]{{2}}|20[0-9]{{2}}|2100)-{_MONTH_DAY}|{_LEAP_DAY})"

# A page marker carries the sort day of the last call shown, and stored dates may lie outside 1900-2100 (an
# article can say anything), so its day is any real date from year 1 to 9999.
_ANY_YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
_ANY_LEAP_DAY = ("(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29")
# Then the call's id: at most 18 digits, well inside a 64-bit database integer.
CURSOR = f"(?:undated|{_ANY_YEAR}-{_MONTH_DAY}|{_ANY_LEAP_DAY})\\.(?:0|[1-9][0-9]{{0,17}})"

PLAIN_TEXT = "[^\\x00-\\x1F\\x7F]*"  # no control characters: they mean nothing in a search and poison some databases

DAY_RULE = f"must be a date written YYYY-MM-DD, from {FIRST_DAY} to {LAST_DAY}"
CURSOR_RULE = "must be a page marker from an \"older calls\" or \"next\" link"
TEXT_RULE = f"must be text of at most {MAX_TEXT} characters, without control characters"
NAME_RULE = f"must be a name of at most {MAX_SLUG} characters, without control characters"


class Problem(ValueError):
    """A parameter's value outside its rule; the message is the rule, the error handler names the parameter."""


def _matcher(pattern: str, rule: str, *, max_length: int | None = None) -> Callable[[Any], str | None]:
    """A validator: the value when it matches the whole pattern, None when empty, else a Problem stating `rule`."""
    compiled = re.compile(pattern)

    def check(value: Any) -> str | None:
        if value is None or value == "":
            return None  # a plain form sends its empty fields: they mean "no filter"
        if not isinstance(value, str) or not compiled.fullmatch(value) or (max_length and len(value) > max_length):
            raise Problem(rule)
        return value
    return check


def _parse_day(value: Any) -> date | None:
    text = _matcher(DAY, DAY_RULE)(value)
    return date.fromisoformat(text) if text else None


def _schema(pattern: str, description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "pattern": f"^(?:{pattern})?$", "description": description, **extra}


# Each parameter type validates exactly what its schema publishes; an empty value means the parameter is absent.
Day = Annotated[date | None, BeforeValidator(_parse_day), WithJsonSchema({
    "anyOf": [{"type": "string", "format": "date", "pattern": f"^{DAY}$"}, {"type": "string", "maxLength": 0}],
    "description": f"A day, YYYY-MM-DD, from {FIRST_DAY} to {LAST_DAY}; empty for none."})]
CursorToken = Annotated[str | None, BeforeValidator(_matcher(CURSOR, CURSOR_RULE)), WithJsonSchema(_schema(
    CURSOR, "Where the previous page stopped: the `next` marker of that page; empty to start from the newest.",
    maxLength=30))]
SearchText = Annotated[str | None, BeforeValidator(_matcher(PLAIN_TEXT, TEXT_RULE, max_length=MAX_TEXT)),
                       WithJsonSchema(_schema(PLAIN_TEXT, "Words to find in the articles and in what leaders said.",
                                              maxLength=MAX_TEXT))]
Name = Annotated[str | None, BeforeValidator(_matcher(PLAIN_TEXT, NAME_RULE, max_length=MAX_SLUG)),
                 WithJsonSchema(_schema(PLAIN_TEXT, "A slug, such as `joe-biden` or `rafah`.", maxLength=MAX_SLUG))]
TopicList = Annotated[list[Name], Field(max_length=MAX_TOPICS)]
PathName = Annotated[str, Path(max_length=MAX_SLUG, pattern=f"^{PLAIN_TEXT}$")]
