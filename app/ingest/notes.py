"""Notes about inputs: what happened to one that is not simply an article, in words for the person who gave it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class NoteKind(StrEnum):
    """What a note about one input means for the run."""

    FAILED = "failed"  # it could not be read: the exit code says something failed
    SKIPPED = "skipped"  # clearly not an article (a gold file, a README): named, not a failure
    WARNING = "warning"  # read, but with something to check (a guessed encoding, a date that is not one)
    NOTE = "note"  # read as it should be; how is worth saying (UTF-16 by its byte order mark)
    SEEN = "seen"  # a feed's article already ingested: not fetched again


@dataclass(frozen=True)
class ReadProblem:
    """A note about one input (a file, a line of one, a URL): what happened and what to do about it."""

    path: str
    message: str
    kind: NoteKind = NoteKind.FAILED
