"""A report's payload is what dataclasses.asdict gives of its draft (dates as ISO text), and reads back the same."""

from dataclasses import asdict
from datetime import date

from app.ingest.serialize import draft_to_payload, payload_to_draft
from app.ingest.types import CallDraft, DatePrecision, DateResolution, LeaderRef, PositionDraft, Sentence


def _draft() -> CallDraft:
    first, second = Sentence(0, 0, 30, "Biden spoke with Xi by phone."), Sentence(1, 31, 60, "They discussed Taiwan.")
    return CallDraft(
        origin="a.txt", kind="call",
        leaders=[LeaderRef("joe-biden", "Joe Biden", "President", "US"), LeaderRef("xi-jinping", "Xi Jinping")],
        also_present=[LeaderRef("kamala-harris", "Kamala Harris", "Vice President", "US", False)],
        date=DateResolution(DatePrecision.RANGE, earliest=date(2024, 3, 1), latest=date(2024, 3, 4),
                            basis="between the 1st and the 4th", weekday=None),
        topics={"taiwan": [second], "trade": [first, second]},
        positions=[PositionDraft("xi-jinping", "opposes", "taiwan", second, "a.txt")],
        sentences=[first, second], duration_minutes=90, duration_text="90 minutes", passing=True)


def test_payload_is_asdict_with_iso_dates() -> None:
    draft = _draft()
    expected = asdict(draft)
    expected["date"] = {key: value.isoformat() if isinstance(value, date) else value
                        for key, value in asdict(draft.date).items()} | {"precision": "range"}
    payload = draft_to_payload(draft)
    assert payload == expected
    assert list(payload) == list(expected)  # every field of the draft, in its order


def test_payload_reads_back_as_the_draft() -> None:
    draft = _draft()
    assert payload_to_draft(draft_to_payload(draft)) == draft
