"""An article in another language is stored with a warning that says why it gave no call, never silently."""

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from app.cli import cli

from app.ingest.extract import extract_article
from app.ingest.language import reads_as_english
from app.ingest.types import Article

FRENCH = ("Le président de la République s'est entretenu mardi soir par téléphone avec le chancelier allemand. "
          "Les deux dirigeants ont évoqué la situation en Ukraine et au Proche-Orient, ainsi que la préparation du "
          "prochain Conseil européen. Ils sont convenus de rester en contact étroit dans les jours qui viennent, a "
          "indiqué l'Élysée dans un communiqué publié après l'échange, sans donner davantage de détails sur le fond.")
SPANISH = ("El presidente del Gobierno mantuvo este lunes una conversación telefónica con el primer ministro "
           "británico. Ambos dirigentes repasaron la situación en Oriente Próximo y la guerra en Ucrania, según "
           "informó la Moncloa en un comunicado. Acordaron seguir en contacto y reforzar la cooperación en materia "
           "de migración y de defensa durante los próximos meses, añadieron fuentes del Gobierno.")
GERMAN = ("Der Bundeskanzler hat am Mittwoch mit dem französischen Präsidenten telefoniert. Beide sprachen über die "
          "Lage in der Ukraine und im Nahen Osten, teilte ein Regierungssprecher in Berlin mit. Sie vereinbarten, "
          "sich in den kommenden Tagen eng abzustimmen und die Unterstützung für die Ukraine fortzusetzen, hieß es "
          "weiter aus Regierungskreisen nach dem Gespräch am Abend.")
DUTCH = ("De minister-president heeft dinsdag telefonisch gesproken met de president van Oekraïne. Zij bespraken "
         "de situatie aan het front en de steun van Nederland voor de wederopbouw van het land, meldde de "
         "Rijksvoorlichtingsdienst. Beide leiders spraken af om binnenkort opnieuw contact te hebben over de "
         "levering van luchtverdediging en over de komende top in Brussel.")
INDONESIAN = ("Presiden melakukan pembicaraan melalui sambungan telepon dengan Perdana Menteri Jepang pada Jumat "
              "malam. Kedua pemimpin membahas kerja sama ekonomi, energi, dan keamanan kawasan, kata juru bicara "
              "istana kepada wartawan di Jakarta. Mereka juga sepakat untuk bertemu secara langsung di sela "
              "konferensi tingkat tinggi bulan depan dan memperkuat hubungan kedua negara.")
ENGLISH_WITH_A_QUOTE = ("The French president spoke by phone with the German chancellor on Tuesday, his office said. "
                        "He told reporters afterwards that the two of them would stay in close touch. Asked about "
                        "the talks, he answered in French: \"Nous avons parlé de l'Ukraine et du Proche-Orient, et "
                        "nous resterons en contact.\" The chancellor's spokesman said they had also discussed the "
                        "coming summit in Brussels.")
ENGLISH_WITHOUT_A_CALL = ("The weather in the capital turned colder this week, and the city's markets were busier "
                          "than they had been for a month. Traders said that prices of fruit and vegetables had "
                          "risen by a tenth since the start of the season, which they put down to the late frost "
                          "that hit the farms to the south of the river in the spring.")


@pytest.mark.parametrize("text", [
    pytest.param(FRENCH, id="french"), pytest.param(SPANISH, id="spanish"), pytest.param(GERMAN, id="german"),
    pytest.param(DUTCH, id="dutch"), pytest.param(INDONESIAN, id="indonesian"),
])
def test_news_in_another_language_does_not_read_as_english(text):
    assert not reads_as_english(text)


@pytest.mark.parametrize("text", [
    pytest.param(ENGLISH_WITH_A_QUOTE, id="english-quoting-french"),
    pytest.param(ENGLISH_WITHOUT_A_CALL, id="english-about-something-else"),
    pytest.param("Macron s'est entretenu avec Scholz.", id="too-short-to-judge"),
    pytest.param("", id="empty"),
])
def test_english_and_texts_too_short_to_judge_read_as_english(text):
    assert reads_as_english(text)


def _extraction(text: str):
    return extract_article(Article(origin="a.txt", text=text, published=date(2024, 5, 7),
                                   published_basis="manifest"))


def test_an_article_in_another_language_is_named_in_a_warning():
    result = _extraction(FRENCH)
    assert result.drafts == []
    assert len(result.warnings) == 1 and "does not read as English" in result.warnings[0]


def test_an_english_article_gives_no_language_warning_with_or_without_a_call():
    assert _extraction(ENGLISH_WITHOUT_A_CALL).warnings == []
    result = _extraction("President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Monday. "
                         + ENGLISH_WITHOUT_A_CALL)
    assert len(result.drafts) == 1 and result.warnings == []


def test_ingest_stores_the_article_and_reports_the_warning(database_env, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "elysee.txt").write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "--json", str(folder)])
    report = json.loads(result.output)
    assert result.exit_code == 0 and report["added"] == ["elysee.txt"]
    assert [note["input"] for note in report["warnings"]] == ["elysee.txt"]
    assert "does not read as English" in report["warnings"][0]["reason"]
