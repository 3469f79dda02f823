"""A call as one article tells it: its leaders, the sentences that anchor it, and the dates told of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.ingest.types import DatePrecision, DateResolution, LeaderRef


QUOTED_NOTE = "; a time word of a quoted statement, which counts from the day the statement was made"


@dataclass
class CallFrame:
    """One call as this article tells it, assembled from the sentences that report it."""

    leaders: dict[str, LeaderRef]
    anchors: list[int] = field(default_factory=list)
    dates: list[tuple[int, int, DateResolution]] = field(default_factory=list)  # (strength, sentence, date)
    kind: str = "call"
    passing: bool = False
    told: bool = False  # found only from one leader addressing another, with no call word
    separate: bool = False  # one of several calls a sentence says were held separately
    previous: bool = False  # told as "the previous call", "his last call": one before another the story tells
    also_present: dict[str, LeaderRef] = field(default_factory=dict)
    # Where, in a sentence that reports it, the clause telling of this call begins: "A called B on Monday about
    # Rafah, and the two spoke again on Thursday about the hostages" tells each call's topics in its own part.
    clause_starts: dict[int, int] = field(default_factory=dict)
    # The best of the first n dates, as (n, entry): a long article folds thousands of sentences into one frame and
    # asks its day after each, so the dates only added since are compared. `dates` is only ever added to.
    _best: tuple[int, tuple[int, int, DateResolution]] | None = field(default=None, init=False, repr=False,
                                                                      compare=False)

    @property
    def key(self) -> frozenset[str]:
        return frozenset(self.leaders)

    def best_date(self) -> DateResolution | None:
        """The date of the strongest mention, the earliest sentence's among equals; a year or range gives way to an
        equally strong day inside it."""
        if not self.dates:
            return None
        seen, best = self._best if self._best is not None and self._best[0] <= len(self.dates) else (0, None)
        if seen < len(self.dates):
            # min() keeps the first of equals, as a stable sort of all the dates would.
            best = min(([best] if best is not None else []) + self.dates[seen:],
                       key=lambda entry: (-entry[0], entry[1]))
            self._best = (len(self.dates), best)
        return best[2] if best[2].precision is DatePrecision.DAY else _day_within(best, self.dates)

    def day(self):  # noqa: ANN201 - date | None
        best = self.best_date()
        return best.day if best and best.precision is DatePrecision.DAY else None


def _day_within(best: tuple[int, int, DateResolution], dates: list[tuple[int, int, DateResolution]]) -> DateResolution:
    """"Starmer and Trump in a final call of 2025 ... spoke on Sunday": a day of the same strength inside the
    strongest mention's year or range says more of the same."""
    strength, _, coarse = best
    if coarse.earliest is None or coarse.latest is None:
        return coarse
    # A quoted speaker's "this afternoon" is a day too, if the year or range allows it.
    return next((resolution for level, _, resolution in dates
                 if (level == strength or resolution.basis.endswith(QUOTED_NOTE)) and resolution.day is not None
                 and resolution.precision is DatePrecision.DAY and coarse.earliest <= resolution.day <= coarse.latest),
                coarse)


@dataclass(frozen=True)
class Cue:
    """A word that reports a call: a verb ("spoke", "phoned") or a noun ("a phone call")."""

    start: int
    end: int
    noun: bool
