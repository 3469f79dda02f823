"""Revision 0010 on a database written before it: each participant takes the office its call's reports give."""

from pathlib import Path

from alembic import command
from sqlalchemy import text
from sqlmodel import Session, select

from app.db import alembic_config, make_engine, upgrade
from app.ingest.store import ingest_articles
from app.ingest.types import Article
from app.models import CallParticipant, Leader
from tests.test_store import TOPICS, fake_extractor


def test_existing_participants_get_the_office_their_reports_give(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine)

    def as_then(article: Article):  # noqa: ANN202 - the fake extractor's drafts, with the office of that year
        from dataclasses import replace
        office = "Vice President" if article.text < "2017" else "President"
        return [replace(d, leaders=[replace(d.leaders[0], office=office), d.leaders[1]]) for d in fake_extractor(article)]

    with Session(engine) as session:
        ingest_articles(session, [Article("old.txt", "2014-07-01\nBody"), Article("new.txt", "2022-03-18\nBody")],
                        extractor=as_then, version="t", topics=TOPICS)

    def migrate(step, revision: str) -> None:  # noqa: ANN001 - an alembic command
        with engine.begin() as connection:
            config = alembic_config(str(engine.url))
            config.attributes["connection"] = connection
            step(config, revision)

    migrate(command.downgrade, "0009")  # the columns go, as if written before them
    with engine.begin() as connection:  # and the leader row holds the office of the first report read
        connection.execute(text("UPDATE leader SET office = 'Vice President' WHERE id = 'joe-biden'"))
    migrate(command.upgrade, "head")
    with Session(engine) as session:
        offices = sorted(session.exec(select(CallParticipant.office).where(CallParticipant.leader_id == "joe-biden")))
        assert offices == ["President", "Vice President"]
        assert session.get(Leader, "joe-biden").office == "President"  # the office of the latest call
