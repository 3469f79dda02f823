"""The density strip: calls per day folded into buckets whose size follows the range shown, drawn as SVG.

A phone gets a second, coarser strip when the first would draw bars thinner than a few pixels. Only days from
1900 to 2100 are drawn: an article can carry any date, and a call on 9999-12-31 is counted in a note instead
of stretching the strip over eight thousand years (or past the last day Python knows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.web.params import FIRST_DAY, LAST_DAY

BAR_AREA = 56  # pixels for the tallest bar; the SVG is drawn in pixels vertically and percent horizontally
UNITS = ("day", "week", "month", "quarter", "year")
# A phone's strip is about 250 px wide beside the undated lane: at most this many buckets keeps bars >= 5 px.
NARROW_BUCKETS = 48


@dataclass(frozen=True)
class Bar:
    x: float  # percent of the width
    width: float
    height: float  # pixels
    count: int
    label: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    major: bool  # minor ticks are hidden on narrow screens


@dataclass(frozen=True)
class Gap:
    days: int
    after: date
    before: date


@dataclass(frozen=True)
class Strip:
    """Everything the template needs to draw the strip and describe it in words."""

    unit: str  # day, week, month, quarter or year
    start: date | None
    end: date | None
    bars: list[Bar]
    ticks: list[Tick]
    dated: int
    undated: int
    busiest: Bar | None
    longest_gap: Gap | None
    outside: int = 0  # dated calls outside the years a strip draws

    @property
    def summary(self) -> str:
        return " ".join(part for part in (self._drawn, self._outside_note) if part)

    @property
    def weight(self) -> int:
        """About how many bytes it holds, for a cache that keeps strips."""
        return 1000 + 300 * (len(self.bars) + len(self.ticks))

    @property
    def _outside_note(self) -> str:
        if not self.outside:
            return ""
        return (f"{self.outside} call{'s' if self.outside != 1 else ''} dated before {FIRST_DAY.year} or after "
                f"{LAST_DAY.year} {'are' if self.outside != 1 else 'is'} not drawn.")

    @property
    def _drawn(self) -> str:
        if not self.dated:
            return "No dated calls in this view." if not self.outside else ""
        parts = [f"{self.dated} dated call{'s' if self.dated != 1 else ''} from {self.start:%-d %b %Y} "
                 f"to {self.end:%-d %b %Y}, counted by {self.unit}."]
        if self.busiest and self.busiest.count > 1:
            parts.append(f"Busiest {self.unit}: {self.busiest.label.replace(':', ',')}.")
        if self.longest_gap and self.longest_gap.days > 1:
            parts.append(f"Longest gap: {self.longest_gap.days} days without a call, "
                         f"{self.longest_gap.after:%-d %b %Y} to {self.longest_gap.before:%-d %b %Y}.")
        return " ".join(parts)


def drawable(day: date) -> bool:
    """Whether a strip draws this day: the years 1900 to 2100, as the filters accept."""
    return FIRST_DAY <= day <= LAST_DAY


def choose_unit(start: date, end: date, *, at_least: str = "day", max_buckets: int | None = None) -> str:
    """The bucket size for a range: by its span, no finer than `at_least`, coarser until the buckets fit."""
    span = (end - start).days
    unit = "day" if span <= 92 else "week" if span <= 550 else "month" if span <= 12 * 366 else "year"
    unit = max(unit, at_least, key=UNITS.index)
    while max_buckets and unit != "year" and bucket_count(start, end, unit) > max_buckets:
        unit = UNITS[UNITS.index(unit) + 1]
    return unit


def bucket_count(start: date, end: date, unit: str) -> int:
    count, cursor = 0, bucket_start(start, unit)
    while cursor <= end:
        count, cursor = count + 1, next_bucket(cursor, unit)
    return count


def bucket_start(day: date, unit: str) -> date:
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day.replace(month=1, day=1)


def next_bucket(day: date, unit: str) -> date:
    if unit == "day":
        return day + timedelta(days=1)
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    if unit == "quarter":
        return day.replace(year=day.year + (day.month + 2) // 12, month=(day.month + 2) % 12 + 1, day=1)
    return day.replace(year=day.year + 1)


def bucket_label(day: date, unit: str, count: int) -> str:
    text = {"day": f"{day:%-d %b %Y}", "week": f"week of {day:%-d %b %Y}", "month": f"{day:%B %Y}",
            "quarter": f"Q{(day.month + 2) // 3} {day:%Y}", "year": f"{day:%Y}"}[unit]
    return f"{text}: {count} call{'s' if count != 1 else ''}"


def build_strip(day_counts: list[tuple[date, int]], undated: int, *, start: date | None = None,
                end: date | None = None, unit: str | None = None, max_buckets: int | None = None) -> Strip:
    """Fold per-day counts into buckets; the range is the filter's, or else the span of the calls.

    `unit` is the finest bucket wanted; `max_buckets` makes buckets coarser until that many fit.
    """
    shown = [(day, count) for day, count in day_counts if (not start or day >= start) and (not end or day <= end)]
    days = [(day, count) for day, count in shown if drawable(day)]
    outside = sum(count for _, count in shown) - sum(count for _, count in days)
    start = max(start, FIRST_DAY) if start else None
    end = min(end, LAST_DAY) if end else None
    if start and end and start > end:  # a range wholly outside the years drawn
        start = end = None
    dated = sum(count for _, count in days)
    if not days and not (start and end):
        return Strip(unit or "month", None, None, [], [], 0, undated, None, None, outside)
    first, last = start or days[0][0], end or days[-1][0]
    unit = choose_unit(first, last, at_least=unit or "day", max_buckets=max_buckets)
    buckets: list[date] = []
    cursor = bucket_start(first, unit)
    while cursor <= last:
        buckets.append(cursor)
        cursor = next_bucket(cursor, unit)
    counts = dict.fromkeys(buckets, 0)
    for day, count in days:
        counts[bucket_start(day, unit)] += count
    peak = max(counts.values(), default=0) or 1
    width = 100 / len(buckets)
    bars = [Bar(round(i * width, 3), round(width, 3), max(3.0, round(BAR_AREA * count / peak, 1)), count,
                bucket_label(b, unit, count)) for i, b in enumerate(buckets) if (count := counts[b])]
    busiest = max(bars, key=lambda bar: bar.count, default=None)
    return Strip(unit, first, last, bars, _ticks(buckets, unit, width), dated, undated, busiest, _longest_gap(days),
                 outside)


def _ticks(buckets: list[date], unit: str, width: float) -> list[Tick]:
    """Labels where a month (a quarter, on long ranges) or a year begins; at most about six."""
    marks: list[tuple[int, date]] = []
    for i, b in enumerate(buckets):
        if unit == "day" and b.day in (1, 15):
            marks.append((i, b))
        elif unit == "week" and (b.day == 1 or (b + timedelta(days=6)).month != b.month):
            marks.append((i, (b + timedelta(days=6)).replace(day=1)))
        elif unit == "month" and (len(buckets) <= 8 or b.month in (1, 4, 7, 10)):
            marks.append((i, b))
        elif unit == "quarter" and (len(buckets) <= 8 or b.month == 1):
            marks.append((i, b))
        elif unit == "year":
            marks.append((i, b))
    marks = marks or [(0, buckets[0])]
    fmt = {"day": "%-d %b", "week": "%b %Y", "month": "%b %Y", "quarter": "%b %Y", "year": "%Y"}[unit]
    step = max(1, -(-len(marks) // 6))
    return [Tick(round(i * width, 3), f"{b:{fmt}}", n % 2 == 0) for n, (i, b) in enumerate(marks[::step])]


def _longest_gap(days: list[tuple[date, int]]) -> Gap | None:
    if len(days) < 2:
        return None
    widest = max(range(len(days) - 1), key=lambda i: days[i + 1][0] - days[i][0])  # the first of the widest
    return Gap((days[widest + 1][0] - days[widest][0]).days, days[widest][0], days[widest + 1][0])


@dataclass(frozen=True)
class Strips:
    """The strip for wide screens and, when it would be too fine for a phone, a coarser one."""

    wide: Strip
    narrow: Strip | None

    @property
    def weight(self) -> int:
        return self.wide.weight + (self.narrow.weight if self.narrow else 0)


def build_strips(day_counts: list[tuple[date, int]], undated: int, **options: object) -> Strips:
    wide = build_strip(day_counts, undated, **options)
    if not wide.start or not wide.end or bucket_count(wide.start, wide.end, wide.unit) <= NARROW_BUCKETS:
        return Strips(wide, None)
    return Strips(wide, build_strip(day_counts, undated, **{**options, "max_buckets": NARROW_BUCKETS}))
