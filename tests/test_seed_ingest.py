"""The bundled seed articles become the calls a careful reader would record."""

from sqlmodel import Session, select

from app import SEEDS_DIR
from app.export import calls_json
from app.ingest.pipeline import ingest_paths
from app.models import Call
from app.queries import list_calls


def by_date(session: Session) -> dict[str | None, dict]:
    return {c["date"]: c for c in calls_json(list_calls(session))["calls"]}


def test_seeds_give_four_biden_netanyahu_calls_with_their_dates(session: Session):
    calls = by_date(session)
    assert set(calls) == {"2024-02-11", "2024-03-18", "2024-08-21", None}
    for call in calls.values():
        assert [p["name"] for p in call["participants"]] == ["Benjamin Netanyahu", "Joe Biden"]


def test_the_two_reports_of_the_march_call_are_one_call(session: Session):
    march = by_date(session)["2024-03-18"]
    assert sorted(s["origin"] for s in march["sources"]) == ["001_09b943ff63819a7c.txt", "003_aa15dfed0dcc6847.txt"]
    assert "Monday" in march["date_basis"] and "2024-03-19" in march["date_basis"]
    reasons = {s["origin"]: s["merge_reason"] for s in march["sources"]}
    assert reasons["001_09b943ff63819a7c.txt"] == "dated 18 March 2024"
    assert reasons["003_aa15dfed0dcc6847.txt"].startswith("no day of its own;")
    assert "shares distinctive words" in reasons["003_aa15dfed0dcc6847.txt"]


def test_the_call_page_says_why_reports_were_merged(client):  # noqa: ANN001 - the seeded test client
    page = client.get("/calls/2024-03-18-benjamin-netanyahu-joe-biden").text
    assert "Taken as this call because: no day of its own;" in page


def test_an_undated_report_keeps_its_weekday_and_asserts_no_day(session: Session):
    undated = by_date(session)[None]
    assert undated["date_precision"] == "unknown"
    assert undated["weekday"] == 1  # "on Tuesday", with no publication date to resolve it against
    assert undated["sources"][0]["origin"] == "004_d67ad8c953752a31.txt"


def test_harris_joined_the_august_call(session: Session):
    august = by_date(session)["2024-08-21"]
    assert [p["name"] for p in august["also_present"]] == ["Kamala Harris"]


def test_positions_quote_their_sentence_with_offsets_into_the_source(session: Session):
    february = by_date(session)["2024-02-11"]
    texts = [p["text"] for p in february["positions"] if p["leader"] == "Joe Biden"]
    assert any("credible and executable plan" in t for t in texts)
    assert {"rafah", "hostages", "humanitarian-aid"} <= set(february["topics"])


def test_reingesting_the_seeds_changes_nothing(session: Session):
    before = [(c.id, c.slug, c.date, c.updated_at) for c in session.exec(select(Call).order_by(Call.id))]
    outcome = ingest_paths(session, [SEEDS_DIR])
    assert outcome.summary.unchanged == 5 and outcome.summary.added == 0
    after = [(c.id, c.slug, c.date, c.updated_at) for c in session.exec(select(Call).order_by(Call.id))]
    assert after == before
