"""The reader's formats: saved web pages, JSON records, any text encoding, folders searched to the bottom."""

import json
from datetime import date
from pathlib import Path

import pytest

from app.ingest.decoding import UndecodableError, decode
from app.ingest.reader import NoteKind, read_paths
from tests.article_pages import BODY, news_page

RUSSIAN = "Президент Путин провёл телефонный разговор с президентом Франции."


@pytest.mark.parametrize(
    ("raw", "text", "encoding", "how"),
    [
        ("Biden spoke with Xi.".encode(), "Biden spoke with Xi.", "utf-8", "UTF-8"),
        ("\ufeffPrésident Macron".encode(), "Président Macron", "utf-8", "byte order mark"),
        ("Président Macron".encode("utf-16"), "Président Macron", "utf-16-le", "byte order mark"),
        (b"\xfe\xff" + "Président Macron".encode("utf-16-be"), "Président Macron", "utf-16-be", "byte order mark"),
        ("Président Macron".encode("utf-32"), "Président Macron", "utf-32-le", "byte order mark"),
        ("Le Président a parlé à Paris".encode("latin-1"), "Le Président a parlé à Paris", "cp1252", "guessed"),
        ("Café story".encode("latin-1"), "Café story", "cp1252", "guessed"),
        ("Président “Macron” — call".encode("cp1252"), "Président “Macron” — call", "cp1252", "guessed"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251", "guessed"),
        (b'<meta charset="iso-8859-15"><p>Pr\xe9sident \xa4</p>', "<p>Président €</p>", "iso8859-15",
         "declared by the page"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "latin-1-short", "cp1252",
         "cp1251", "declared"],
)
def test_text_is_decoded_by_the_right_encoding_and_says_which(raw: bytes, text: str, encoding: str, how: str):
    decoded = decode(raw)
    assert text in decoded.text and "\ufffd" not in decoded.text
    assert (decoded.encoding, decoded.how) == (encoding, how)
    assert (decoded.note is None) == (encoding == "utf-8")


@pytest.mark.parametrize("raw", [b"abc\x00def", b"\xff\xfe\x00", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"],
                         ids=["nul", "broken-utf-16", "png"])
def test_binary_is_never_read_as_text(raw: bytes):
    with pytest.raises(UndecodableError):
        decode(raw)


def test_a_saved_page_gives_its_article_without_what_surrounds_it(tmp_path: Path):
    (tmp_path / "page.html").write_text(news_page(), encoding="utf-8")
    result = read_paths([tmp_path])
    assert result.problems == []
    [article] = result.articles
    assert article.text.startswith("Biden tells Netanyahu a Rafah offensive needs a plan\n\nWASHINGTON — ")
    for noise in ("Home", "Opinion", "Tel Aviv on October 18", "Macron speaks with Xi", "Share this article", "©"):
        assert noise not in article.text
    assert all(paragraph in article.text for paragraph in BODY)
    assert (article.title, article.outlet, article.url) == (
        "Biden tells Netanyahu a Rafah offensive needs a plan", "Meridian Wire",
        "https://example.org/meridian/biden-netanyahu")
    assert (article.published, article.published_basis) == (date(2024, 2, 11), "page metadata")


def test_a_page_naming_no_site_has_no_outlet_rather_than_its_headline(tmp_path: Path):
    headline = "Sisi takes a call from U.S. President Biden on Gaza"
    (tmp_path / "page.html").write_text(
        f"<html><head><title>{headline} | Evening Ledger</title></head><body><h1>{headline}</h1>"
        "<p>CAIRO — President Abdel Fattah el-Sisi received a phone call today from President Joe Biden.</p>"
        "<p>The two presidents discussed the negotiations on a ceasefire, the presidency said.</p></body></html>",
        encoding="utf-8")
    [article] = read_paths([tmp_path]).articles
    assert article.title == headline and article.outlet != headline


def test_the_manifest_beats_the_page_and_the_page_beats_nothing(tmp_path: Path):
    (tmp_path / "a.html").write_text(news_page(), encoding="utf-8")
    (tmp_path / "b.htm").write_text(news_page(body=[*BODY, "A second page."]), encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.html", "published": "2024-02-12",
                                                         "outlet": "Desk", "url": "https://example.org/a"}) + "\n")
    articles = {a.origin: a for a in read_paths([tmp_path]).articles}
    assert (articles["a.html"].published, articles["a.html"].published_basis) == (date(2024, 2, 12), "manifest")
    assert (articles["a.html"].outlet, articles["a.html"].url) == ("Desk", "https://example.org/a")
    assert (articles["b.htm"].published, articles["b.htm"].published_basis) == (date(2024, 2, 11), "page metadata")


def test_a_page_without_a_date_falls_back_to_the_dateline_in_its_text(tmp_path: Path):
    body = ["February 11, 2024", *BODY]
    (tmp_path / "readout.html").write_text(news_page("Readout of the President's call", body, published=None))
    [article] = read_paths([tmp_path]).articles
    assert (article.published, article.published_basis) == (date(2024, 2, 11), "dateline in text")


def test_html_saved_as_txt_is_read_as_a_page(tmp_path: Path):
    (tmp_path / "saved.txt").write_text(news_page(), encoding="utf-8")
    result = read_paths([tmp_path])
    [article] = result.articles
    assert "<p>" not in article.text and article.text.startswith("Biden tells Netanyahu")
    assert article.published == date(2024, 2, 11)
    assert [(p.kind, p.message) for p in result.problems] == [(NoteKind.NOTE, "holds a web page, not plain text: "
                                                                              "read as HTML")]


def test_a_utf16_file_is_read_not_called_binary(tmp_path: Path):
    (tmp_path / "u.txt").write_bytes("Macron et Scholz se sont parlé au téléphone\nBody.".encode("utf-16"))
    result = read_paths([tmp_path])
    [article] = result.articles
    assert article.text.startswith("Macron et Scholz se sont parlé")
    assert [(p.kind, p.message) for p in result.problems] == [(NoteKind.NOTE, "decoded as utf-16-le (byte order "
                                                                              "mark)")]


def test_json_lines_give_one_article_per_record_and_name_each_bad_line(tmp_path: Path):
    lines = [
        json.dumps({"text": "Biden and Xi speak by phone\n\nBody of the first.", "title": "First", "outlet": "Wire",
                    "published": "2024-02-11", "url": "https://example.org/first"}),
        "{not json",
        json.dumps({"html": news_page(), "published": "12 February 2024"}),
        "",
        json.dumps({"title": "a record with no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "No url, no date\n\nBody.", "published": "someday"}),
        '{"text": "huge", "n": ' + "9" * 5000 + "}",
    ]
    (tmp_path / "scraped.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_paths([tmp_path])
    articles = {a.origin: a for a in result.articles}
    assert list(articles) == ["https://example.org/first", "scraped.jsonl:3", "scraped.jsonl:7"]
    first = articles["https://example.org/first"]
    assert (first.title, first.outlet, first.url, first.published, first.published_basis) == (
        "First", "Wire", "https://example.org/first", date(2024, 2, 11), "record")
    page = articles["scraped.jsonl:3"]
    assert (page.published, page.published_basis, page.outlet) == (date(2024, 2, 12), "record", "Meridian Wire")
    assert "Share this article" not in page.text
    notes = {(p.path.rsplit("/", 1)[-1], p.kind) for p in result.problems}
    assert notes == {("scraped.jsonl:2", NoteKind.FAILED), ("scraped.jsonl:5", NoteKind.FAILED),
                     ("scraped.jsonl:6", NoteKind.FAILED), ("scraped.jsonl:7", NoteKind.WARNING),
                     ("scraped.jsonl:8", NoteKind.FAILED)}


def test_a_json_file_of_records_is_read_and_a_gold_file_is_skipped(tmp_path: Path):
    (tmp_path / "batch.json").write_text(json.dumps([{"text": "Macron calls Zelensky about aid\n\nBody."},
                                                     {"html": news_page()}, ["not", "a", "record"]]))
    (tmp_path / "one.json").write_text(json.dumps({"text": "Scholz calls Erdogan about Sweden\n\nBody."}))
    (tmp_path / "gold.json").write_text(json.dumps({"events": [{"id": "x", "participants": []}]}))
    (tmp_path / "settings.json").write_text(json.dumps([{"name": "a"}, {"name": "b"}]))
    result = read_paths([tmp_path])
    assert sorted(a.origin for a in result.articles) == ["batch.json:1", "batch.json:2", "one.json:1"]
    kinds = sorted((p.path.rsplit("/", 1)[-1], p.kind.value) for p in result.problems)
    assert kinds == [("batch.json, record 3", "failed"), ("gold.json", "skipped"), ("settings.json", "skipped")]


def test_folders_are_searched_and_files_of_one_name_in_two_folders_stay_two(tmp_path: Path):
    for folder, text in (("monday", "Biden calls Xi about Taiwan\n\nOne."), ("tuesday", "Biden calls Kishida\n\nTwo.")):
        (tmp_path / folder / "deep").mkdir(parents=True)
        (tmp_path / folder / "deep" / "story.txt").write_text(text)
    (tmp_path / "top.txt").write_text("Macron calls Scholz about trade\n\nThree.")
    articles = {a.origin: a for a in read_paths([tmp_path]).articles}
    assert sorted(articles) == ["monday/deep/story.txt", "top.txt", "tuesday/deep/story.txt"]
    assert articles["monday/deep/story.txt"].text != articles["tuesday/deep/story.txt"].text


def test_two_folders_given_at_once_keep_their_files_apart(tmp_path: Path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"Folder {folder} has its own headline here\n\nBody.")
    result = read_paths([tmp_path / "one", tmp_path / "two"])
    assert [a.origin for a in result.articles] == ["a.txt", "two/a.txt"]
    assert [p.message for p in result.problems] == ["stored as two/a.txt: a.txt is another folder's file"]
