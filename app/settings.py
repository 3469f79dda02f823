"""Settings: the one place that reads the environment."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration, from HOTLINE_* variables and DATABASE_URL."""

    model_config = SettingsConfigDict(env_prefix="HOTLINE_", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str | None = None  # read from DATABASE_URL, see below
    topics_file: Path | None = None  # extra topics (same form as the bundled topics.toml), merged over it
    debug: bool = False
    page_size: int = 50
    # Where the site is published, e.g. "https://hotline.example.org": canonical links, og:url, Atom and iCal
    # links are built from it, never from a request's Host header. Unset, pages link relatively.
    base_url: str | None = None
    # The most calls one file export (/calls.json, .csv, .ics) carries; a larger view is split into parts, each
    # naming the next in a `Link: <…>; rel="next"` header, so no download holds the server's memory or time.
    export_max_calls: int = Field(default=10_000, ge=1)
    # The largest article ingest reads (a file, a fetched page, one JSON record); anything larger is named and skipped.
    max_article_bytes: int = Field(default=10_000_000, ge=1)
    # Memory, per server process, for what is kept until the data changes: whole answers as sent (pages, API
    # pages, the feed), and counts and matching calls the pages are made from. 0 keeps none.
    page_cache_mb: int = Field(default=64, ge=0)
    data_cache_mb: int = Field(default=32, ge=0)
    # Disk, per server process, for answers too large for memory (the file exports), in a temporary folder of
    # its own, until the data changes. 0 keeps none.
    file_cache_mb: int = Field(default=1024, ge=0)
    # The shared secret curators sign in with (HOTLINE_CURATOR_TOKEN). Unset, nothing on the site can write.
    curator_token: str | None = None

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'hotline.db'}"


class _DatabaseUrl(BaseSettings):
    # DATABASE_URL is the conventional, unprefixed name that docker-compose and hosts set.
    model_config = SettingsConfigDict(extra="ignore")
    database_url: str | None = None


@lru_cache
def get_settings() -> Settings:
    settings = Settings()
    if settings.database_url is None:
        settings.database_url = _DatabaseUrl().database_url
    return settings
