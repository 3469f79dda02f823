"""Revision 0005 on a database written before it: every source keeps its id and gains its text hash and origin."""

from pathlib import Path

from alembic import command
from sqlalchemy import text
from sqlmodel import Session, select

from app.db import alembic_config, make_engine
from app.ingest.store import ingest_articles, text_hash
from app.ingest.types import Article
from app.models import Source, SourceOrigin
from tests.test_store import TOPICS, fake_extractor


def test_existing_sources_get_their_origin_and_text_hash_and_a_copy_joins_them(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")

    def migrate(step, revision: str) -> None:  # noqa: ANN001 - an alembic command
        with engine.begin() as connection:
            config = alembic_config(str(engine.url))
            config.attributes["connection"] = connection
            step(config, revision)

    migrate(command.upgrade, "0004")
    body = "2024-04-02\nBiden and Xi spoke."
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO source (id, origin, text, content_hash, ingested_at) VALUES "
                                "('0123456789ab', 'a.txt', :body, 'old', '2024-04-03 09:00:00')"), {"body": body})
    migrate(command.upgrade, "head")
    with Session(engine) as session:
        source = session.exec(select(Source)).one()
        assert (source.id, source.text_hash) == ("0123456789ab", text_hash(body))
        assert [(o.origin, o.source_id) for o in session.exec(select(SourceOrigin))] == [("a.txt", "0123456789ab")]
        summary = ingest_articles(session, [Article("sub/a.txt", body)], extractor=fake_extractor, version="t",
                                  topics=TOPICS)
        assert summary.same_text == [("sub/a.txt", "a.txt")]
        assert len(session.exec(select(Source)).all()) == 1
    migrate(command.downgrade, "0004")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM source")).scalar() == 1
