"""A call frame's best date: the strongest mention's, the earliest sentence's among equals, however dates arrive."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.ingest.call_frame import CallFrame
from app.ingest.types import DatePrecision, DateResolution

_entries = st.tuples(st.integers(1, 3), st.integers(0, 20), st.integers(0, 30)).map(
    lambda e: (e[0], e[1], DateResolution(DatePrecision.DAY, day=date(2024, 1, 1) + timedelta(days=e[2]))))


@given(batches=st.lists(st.lists(_entries, max_size=6), max_size=8))
def test_best_date_is_that_of_a_stable_sort_after_every_addition(batches):
    frame = CallFrame(leaders={})
    for batch in batches:
        frame.dates.extend(batch)  # as the finder adds them: a sentence's, then a folded frame's
        expected = sorted(frame.dates, key=lambda entry: (-entry[0], entry[1]))[0][2] if frame.dates else None
        assert frame.best_date() is expected
