"""A call's topics from its sentences: a participant's country is not a topic, background lists count less."""

from datetime import date

import pytest

from app.ingest.call_topics import ENUMERATION_WEIGHT, NEEDED, SentenceTopics, call_topics, enumerations
from app.ingest.extract import extract_calls
from app.ingest.reader import parse_article
from app.ingest.topics import TopicVocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> TopicVocabulary:
    return load_vocabulary()


def topics_of(vocabulary: TopicVocabulary, texts: list[str], countries: set[str],
              lead: set[int] | frozenset[int] = frozenset()) -> dict[str, list[int]]:
    sentences = [SentenceTopics(index, text, vocabulary.find(text)) for index, text in enumerate(texts)]
    return call_topics(sentences, countries, lead=lead, vocabulary=vocabulary)


# One row per case: the sentences of one call, the countries of the leaders on it, and its topics.
CASES: list[tuple[str, list[str], set[str], set[str]]] = [
    # a participant's country named as a label is not the topic
    ("iran-president-label", ["Iranian President Hassan Rouhani spoke by phone with Emmanuel Macron on Saturday."],
     {"FR", "IR"}, set()),
    ("iran-possessive-label", ["Iran's president told Macron he valued the call."], {"FR", "IR"}, set()),
    ("iran-in-a-list-of-presidents", ["The presidents of Russia, Turkey and Iran held a video conference on Syria."],
     {"RU", "TR", "IR"}, set()),
    ("iran-named-in-relations", ["Putin and Pezeshkian discussed relations between Moscow and Tehran."],
     {"RU", "IR"}, {"bilateral-relations"}),
    # ... but its nuclear programme or its attacks are, with or without its leader on the line
    ("iran-nuclear-with-iran", ["Macron told Rouhani that Iran must return to its nuclear commitments."],
     {"FR", "IR"}, {"iran"}),
    ("iran-enrichment-with-iran", ["Macron urged Rouhani to stop enriching uranium beyond the agreed limits."],
     {"FR", "IR"}, {"iran"}),
    ("iran-attack-with-iran", ["Pezeshkian warned that Iran would answer any Israeli strike."], {"FR", "IR"}, {"iran"}),
    ("iran-cue-that-is-no-name", ["Macron and Rouhani spoke about saving the JCPOA."], {"FR", "IR"}, {"iran"}),
    ("iran-without-iran", ["Obama pressed Hu to help make Iran meet its obligations."], {"US", "CN"}, {"iran"}),
    ("iran-label-without-iran", ["Biden and Netanyahu discussed threats from Iranian President Raisi."],
     {"US", "IL"}, {"iran"}),
    ("taiwan-leader-label", ["Taiwan's President Tsai Ing-wen phoned Trump to congratulate him on his election win."],
     {"US", "TW"}, {"bilateral-relations"}),
    ("taiwan-strait-with-taiwan", ["Tsai told Trump that Taiwan faced growing pressure across the Strait."],
     {"US", "TW"}, {"taiwan"}),
    ("taiwan-on-a-china-call", ["Xi told Biden that Taiwan was the first red line."], {"US", "CN"}, {"taiwan"}),
    ("north-korea-leader-label", ["North Korean leader Kim Jong Un thanked Putin for the warm words."],
     {"RU", "KP"}, set()),
    ("north-korea-missiles", ["Kim told Putin that North Korea would keep building missiles."],
     {"RU", "KP"}, {"north-korea"}),
    ("lebanon-prime-minister-label", ["Macron spoke with Lebanese Prime Minister Najib Mikati about the army."],
     {"FR", "LB"}, set()),
    ("lebanon-under-fire", ["Mikati asked Macron to press Israel to halt its strikes on Lebanon."],
     {"FR", "LB"}, {"lebanon-hezbollah"}),
    ("ukraine-president-label", ["Biden spoke with Ukrainian President Volodymyr Zelensky on Sunday."],
     {"US", "UA"}, set()),
    # background lists count less, unless the sentence discusses them or reports the call itself
    ("background-list", ["The two allies face threats from terrorism, North Korea, Iran and climate change."],
     {"US", "JP"}, set()),
    ("background-list-with-oxford-comma", ["Ties have frayed over trade, Taiwan, and human rights in recent years."],
     {"US", "CN"}, set()),
    ("discussed-list", ["The leaders discussed North Korea, Iran and climate change."],
     {"US", "JP"}, {"north-korea", "iran", "climate"}),
    ("list-the-leader-raised", ["Biden raised trade, Taiwan and human rights with Xi."],
     {"US", "CN"}, {"trade", "taiwan", "human-rights"}),
    ("listed-once-and-named-once", ["The two allies face threats from terrorism, North Korea, Iran and climate change.",
                                    "Biden urged Kishida to keep up the pressure on Pyongyang."],
     {"US", "JP"}, {"north-korea"}),
    ("listed-twice-is-still-background", ["Tensions over trade, Taiwan and technology have grown for years.",
                                          "Disputes over trade, Xinjiang and Hong Kong remain unresolved."],
     {"US", "CN"}, set()),
    ("listed-three-times-counts", ["Tensions over trade, Taiwan and technology have grown for years.",
                                  "Disputes over trade, Xinjiang and Hong Kong remain unresolved.",
                                  "Quarrels over trade, fentanyl and spies keep flaring."],
     {"US", "CN"}, {"trade"}),
    ("two-items-are-no-list", ["Ties have frayed over trade and Taiwan."], {"US", "CN"}, {"trade", "taiwan"}),
    ("a-long-clause-is-no-item", ["In a turbulent world, attempts at decoupling or at severing supply chains in "
                                  "defiance of economic laws would not help anyone at all in the long run."],
     {"US", "CN"}, {"trade"}),
    # the subject of the call named as such is what the call was about
    ("subject-of-the-conversation", ["A phone conversation took place between Niinisto and Putin on Friday.",
                                     "The subject of the conversation was security, including arms control and "
                                     "the situation in Ukraine."], {"FI", "RU"}, {"ukraine-war", "nuclear"}),
    ("main-theme-of-the-call", ["Duda spoke by phone with Nauseda on Monday.",
                                "The main theme of the call was trade, energy and the crisis in Ukraine."],
     {"PL", "LT"}, {"trade", "energy", "ukraine-war"}),
    # diplomacy is a way to end a war on a call about one, and otherwise foreign policy
    ("diplomacy-on-a-war-call", ["Scholz spoke with Zelensky on Monday.",
                                 "Scholz said diplomacy must be given a chance to end the war."],
     {"DE", "UA"}, {"peace-talks", "ukraine-war"}),
    ("inaugural-diplomacy", ["Ishiba held a phone call with Yoon on Wednesday as part of his inaugural diplomacy.",
                             "Yoon said the two countries should communicate closely."], {"JP", "KR"}, set()),
    ("quoted-pragmatic-diplomacy", ["Lee, who has pursued a \"pragmatic\" diplomacy, spoke with Ishiba on Monday."],
     {"KR", "JP"}, set()),
    ("a-countrys-diplomacy-on-a-war-call", ["Lee and Zelensky discussed the war in Ukraine.",
                                            "Lee said the alliance was the foundation of Korea's diplomacy."],
     {"KR", "UA"}, {"ukraine-war"}),
    # miscalculation is about the two countries' ties on a call about them, not in a warning about a war elsewhere
    ("miscalculation-warned-of-before-a-strike", ["Starmer urged Pezeshkian not to launch an attack on Israel.",
                                                  "Starmer warned of a serious risk of miscalculation."],
     {"GB", "IR"}, set()),
    ("miscalculation-between-rivals", ["Biden told Xi that open military communication helps prevent "
                                       "miscalculation."], {"US", "CN"}, {"bilateral-relations"}),
    # what was not discussed is not what the call was about
    ("nothing-discussed-concerning", ["\"It was almost all about trade. Nothing was discussed concerning Russia, "
                                      "Ukraine or Iran,\" Trump wrote."], {"US", "CN"}, {"trade"}),
    ("did-not-discuss", ["Biden and Xi talked about fentanyl but did not discuss Taiwan."], {"US", "CN"}, {"fentanyl"}),
    ("was-not-raised", ["Tariffs were discussed, while the Taiwan Strait was not raised, an aide said."],
     {"US", "CN"}, {"trade"}),
    ("did-not-mention-after-a-colon", ["Lula talked about biofuels and world peace.",
                                       "Lula didn't mention, however, an issue he often raised: the US embargo on "
                                       "Cuba."], {"US", "BR"}, set()),
    ("did-not-raise-after-a-colon", ["Scholz did not raise one subject his party had pressed for: sanctions on "
                                     "Beijing."], {"DE", "CN"}, set()),
    ("no-discussion-of", ["There was no discussion of sanctions or of Iran's nuclear programme, the Kremlin said."],
     {"US", "RU"}, set()),
    # bilateral relations from congratulations, greetings and ties in general
    ("congratulations", ["Putin called Modi to congratulate him on his party's success in the election."],
     {"RU", "IN"}, {"bilateral-relations"}),
    ("eid-greetings", ["Sharif telephoned the king to convey greetings on the occasion of Eid al-Fitr."],
     {"PK", "BH"}, {"bilateral-relations"}),
]


@pytest.mark.parametrize(("texts", "countries", "expected"), [case[1:] for case in CASES], ids=[c[0] for c in CASES])
def test_a_calls_topics(vocabulary: TopicVocabulary, texts: list[str], countries: set[str], expected: set[str]):
    assert set(topics_of(vocabulary, texts, countries)) == expected


def test_a_list_in_the_sentence_that_reports_the_call_is_its_agenda(vocabulary: TopicVocabulary):
    texts = ["Trade, Taiwan and technology dominated a two-hour call between Biden and Xi."]
    assert set(topics_of(vocabulary, texts, {"US", "CN"})) == set()
    assert set(topics_of(vocabulary, texts, {"US", "CN"}, lead={0})) == {"trade", "taiwan", "technology"}


def test_evidence_is_every_sentence_that_counted_in_reading_order(vocabulary: TopicVocabulary):
    texts = ["Biden spoke with Xi on Tuesday.", "They discussed tariffs.",
             "Tensions over trade, Taiwan and spies grew.", "Xi complained about the trade deficit figures."]
    found = topics_of(vocabulary, texts, {"US", "CN"})
    assert found["trade"] == [1, 2, 3]  # the listed mention is evidence too, once the topic counts
    assert "taiwan" not in found
    assert list(found) == ["trade"]


def test_a_bare_name_of_a_participant_is_no_evidence(vocabulary: TopicVocabulary):
    texts = ["Iranian President Rouhani spoke with Macron.", "They discussed Iran's nuclear programme."]
    assert topics_of(vocabulary, texts, {"FR", "IR"}) == {"iran": [1]}


def test_the_weights_fit_together():
    assert 2 * ENUMERATION_WEIGHT < NEEDED <= 3 * ENUMERATION_WEIGHT


# One row per case: a sentence and the lists in it, from the first item to the last (or none).
LISTS: list[tuple[str, list[str]]] = [
    ("They face threats from terrorism, North Korea, Iran and climate change.",
     ["terrorism, North Korea, Iran and climate change"]),
    ("Relations soured over trade, Taiwan, and human rights.", ["trade, Taiwan, and human rights"]),
    ("More than 1,000 trucks, 200 tankers and 50 ambulances waited.", ["1,000 trucks, 200 tankers and 50 ambulances"]),
    ("Aid has been slow; fuel, water and medicine are short.", ["fuel, water and medicine"]),
    ("Relations soured over trade and Taiwan.", []),
    # an opening phrase and two leaders joined by "and" are no list
    ("At the outset, Trudeau and Macron voiced concern over the crisis in Ukraine.", []),
    ("First of all, Scholz and Biden shared their worry about Iran.", []),
    ("In the conversation, Sunak and Meloni went through migration and energy.", []),
    ("In Gaza, Lebanon and Syria, the strikes went on.", ["Gaza, Lebanon and Syria"]),
    ("On Tuesday, Biden spoke with Xi for two hours.", []),
    ("He said that in a hard year, attempts at decoupling or at severing supply chains against all economic logic "
     "would not help the economy of either side.", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_in_a_sentence(text: str, expected: list[str]):
    spans = [text[start:end] for start, end in enumerations(text)]
    assert len(spans) == len(expected)
    for span, items in zip(spans, expected):
        assert items in span and len(span) < len(items) + 40  # a list starts a few words before its first item


def test_a_passing_mention_in_the_calls_setting_is_not_its_topic():
    from app.ingest.call_topics import SentenceTopics, call_topics
    from app.ingest.topics import load_vocabulary

    vocabulary = load_vocabulary()
    lead = "President Joe Biden spoke with Prime Minister Benjamin Netanyahu on Monday about the hostages."
    setting = "The call came after weeks of quarrels over new elections in Israel."
    sentences = [SentenceTopics(0, lead, vocabulary.find(lead)), SentenceTopics(1, setting, vocabulary.find(setting))]
    found = call_topics(sentences, {"US", "IL"}, lead={0}, vocabulary=vocabulary)
    assert "hostages" in found
    assert not set(found) - {"hostages"}, found
    twice = [*sentences, SentenceTopics(2, "Both sides blamed the coming elections in Israel for the delay.",
                                        vocabulary.find("Both sides blamed the coming elections in Israel for the delay."))]
    assert "israeli-politics" in call_topics(twice, {"US", "IL"}, lead={0}, vocabulary=vocabulary)


def test_the_leaders_named_by_their_countries_continue_the_call():
    text = ("President Barack Obama spoke by phone with President Vladimir Putin on Wednesday, the Kremlin said. "
            "The American and Russian presidents discussed the conflict in the Ukraine and North Korea's latest test.")
    [draft] = extract_calls(_published(text, date(2016, 1, 14)))
    assert {"ukraine-war", "north-korea"} <= set(draft.topics)
    assert any(s.text.startswith("The American and Russian presidents") for s in draft.sentences)


@pytest.mark.parametrize("verb", ["announced", "confirmed", "hoped", "invited", "suggested", "promised"])
def test_any_verb_a_leader_states_a_position_with_makes_the_sentence_what_the_call_was_about(verb: str):
    text = (f"Prime Minister Pedro Sánchez held a phone call with President Volodymyr Zelensky on Monday. Sánchez {verb} "
            "that Spain would send a new package of military aid.")
    [draft] = extract_calls(_published(text, date(2024, 5, 28)))
    assert "military-aid" in draft.topics
    [position] = [p for p in draft.positions if p.sentence.index == 1]
    assert position.leader_slug == "pedro-sanchez" and position.topic == "military-aid"


def test_a_readouts_capitalised_group_subject_goes_on_about_the_call():
    text = ("President Cyril Ramaphosa held a telephone conversation with President William Ruto on Tuesday. "
            "The Presidents agreed that a ceasefire in Sudan was urgent.")
    [draft] = extract_calls(_published(text, date(2024, 3, 13)))
    assert "ceasefire" in draft.topics
    assert any(s.text.startswith("The Presidents") for s in draft.sentences)


def test_the_united_states_is_no_verb_of_stating():
    text = ("President Joe Biden spoke by phone with President Luiz Inácio Lula da Silva on Wednesday about the Amazon. "
            "The United States imposed sanctions on Venezuela's oil sector in 2019.")
    [draft] = extract_calls(_published(text, date(2023, 3, 2)))
    assert "sanctions" not in draft.topics
    assert not any(p.sentence.text.startswith("The United States") for p in draft.positions)


@pytest.mark.parametrize("opening", ["Talks focused on", "Discussions centred on", "The talks focused on",
                                     "Conversation also touched on"])
def test_talks_named_without_an_article_go_on_about_the_call(opening: str):
    text = ("Prime Minister Kyriakos Mitsotakis held a telephone conversation with President Emmanuel Macron on Monday. "
            f"{opening} the war in Ukraine.")
    [draft] = extract_calls(_published(text, date(2021, 3, 22)))
    assert "ukraine-war" in draft.topics


@pytest.mark.parametrize(("lead", "follow", "topic"), [
    ("President Ilham Aliyev and President Vladimir Putin spoke by phone on Monday.",
     "The sides discussed trade and transit.", "trade"),
    ("President Kassym-Jomart Tokayev held a telephone conversation with President Xi Jinping on Friday.",
     "Both sides confirmed their intention to expand cooperation in energy.", "energy"),
    ("Prime Minister Nikol Pashinyan and President Vladimir Putin had a phone conversation on Tuesday.",
     "The parties also exchanged views on the war in Ukraine.", "ukraine-war"),
    ("President Recep Tayyip Erdogan spoke with President Shavkat Mirziyoyev by phone on Sunday.",
     "The two sides touched upon humanitarian aid to Gaza.", "humanitarian-aid"),
], ids=["the-sides", "both-sides", "the-parties", "the-two-sides"])
def test_the_sides_or_the_parties_as_subject_go_on_about_the_call(lead: str, follow: str, topic: str):
    [draft] = extract_calls(_published(f"{lead} {follow}", date(2022, 6, 1)))
    assert topic in draft.topics
    assert any(s.text == follow for s in draft.sentences)


def test_the_sides_of_a_war_are_not_the_calls_leaders():
    text = ("President Emmanuel Macron spoke by phone with Prime Minister Benjamin Netanyahu on Monday about energy. "
            "The two sides traded fire across the Lebanese border all through the spring.")
    [draft] = extract_calls(_published(text, date(2024, 6, 1)))
    assert "lebanon-hezbollah" not in draft.topics


@pytest.mark.parametrize(("lead", "follow", "topic"), [
    ("Prime Minister Mark Carney and President Donald Trump spoke over the phone on Thursday.",
     "Russia's war in Ukraine was also discussed, the PMO said.", "ukraine-war"),
    ("Prime Minister Narendra Modi spoke with President Emmanuel Macron by phone on Friday.",
     "Trade and energy were discussed as well.", "energy"),
    ("President Emmanuel Macron and Prime Minister Benjamin Netanyahu spoke by phone on Sunday.",
     "Also discussed were the hostages still held in Gaza, according to an official.", "hostages"),
], ids=["was-also-discussed", "were-discussed-as-well", "also-discussed-were"])
def test_what_was_discussed_in_the_passive_goes_on_about_the_call(lead: str, follow: str, topic: str):
    [draft] = extract_calls(_published(f"{lead} {follow}", date(2025, 8, 23)))
    assert topic in draft.topics
    assert any(s.text == follow for s in draft.sentences)


@pytest.mark.parametrize("follow", [
    "At the outset, Trudeau and Macron voiced concern over the Ukraine crisis.",
    "First of all, Justin Trudeau and Emmanuel Macron shared their worry about the crisis in Ukraine.",
    "On Wednesday, the prime minister and the president deplored Russian aggression.",
], ids=["at-the-outset", "first-of-all", "on-a-day"])
def test_an_opening_phrase_before_the_two_leaders_is_no_list_item(follow: str):
    text = f"Prime Minister Justin Trudeau spoke with President Emmanuel Macron on Wednesday. {follow}"
    [draft] = extract_calls(_published(text, date(2022, 2, 3)))
    assert "ukraine-war" in draft.topics


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("President Volodymyr Zelensky had a phone call with Prime Minister Giorgia Meloni on Thursday. Zelensky noted "
     "that Russia must genuinely commit to ending the war.", date(2025, 4, 3), True),
    ("Prime Minister Rishi Sunak spoke with President Joe Biden on Tuesday about support for Kyiv. They agreed on "
     "making sure that Putin fails in this war.", date(2023, 2, 8), True),
    # another war named on the call, or no Ukraine at all: "the war" is not Ukraine's
    ("President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Sunday about the war. Biden also "
     "raised his request to Congress for Ukraine.", date(2023, 10, 30), False),
    ("Chancellor Olaf Scholz spoke with President Emmanuel Macron on Monday. They discussed how the war had driven "
     "up food prices.", date(2022, 6, 1), False),
], ids=["zelensky-ending-the-war", "kyiv-named-this-war", "another-war-named", "no-ukraine"])
def test_the_war_alone_is_ukraines_on_a_call_about_ukraine(text: str, day: date, expected: bool):
    [draft] = extract_calls(_published(text, day))
    assert ("ukraine-war" in draft.topics) is expected


def _published(text: str, day: date):  # noqa: ANN202 - an Article
    """The text as an article a manifest dates to `day`."""
    article = parse_article("t.txt", text)
    return type(article)(**{**article.__dict__, "published": day, "published_basis": "manifest"})


@pytest.mark.parametrize("background", [
    "Beijing has also sharply criticized the EU's sanctions on Moscow.",
    "Ankara has repeatedly and loudly condemned the sanctions on Russia.",
    "Moscow has bitterly denounced the sanctions as theft.",
    "Beijing has already suspended its sanctions talks and refuses to discuss them until the strikes stop.",
    "Moscow has already rejected the sanctions, and its envoy discussed them with no one.",
], ids=["has-also-sharply-criticized", "has-repeatedly-and-loudly-condemned", "has-bitterly-denounced",
        "has-already-suspended-and-refuses-to-discuss", "has-already-rejected"])
def test_what_a_side_has_long_done_told_with_an_adverb_is_no_topic_of_the_call(background: str):
    text = ("Chancellor Olaf Scholz and President Xi Jinping discussed climate protection during a video call on "
            f"Monday, a German government spokesman said. {background}")
    [draft] = extract_calls(_published(text, date(2022, 5, 9)))
    assert "sanctions" not in draft.topics


@pytest.mark.parametrize(("follow", "expected"), [
    ("On the agenda were \"trade, EU affairs and measures against the Covid-19 pandemic\", according to a statement.",
     {"trade", "health"}),
    ("Also on the agenda was the pandemic.", {"health"}),
    ("The agenda included bilateral relations and energy.", {"bilateral-relations", "energy"}),
], ids=["on-the-agenda-were-a-quoted-list", "also-on-the-agenda-was", "the-agenda-included"])
def test_what_was_on_the_agenda_is_what_the_call_was_about(follow: str, expected: set[str]):
    text = f"Prime Minister Sanna Marin held a video call with Prime Minister Kaja Kallas on Tuesday evening. {follow}"
    [draft] = extract_calls(_published(text, date(2021, 1, 27)))
    assert expected <= set(draft.topics)


@pytest.mark.parametrize("background", [
    "During the campaign, Trump had suggested the U.S. might not aid NATO members who failed to pay their share.",
    "On the campaign trail, Trump had called the alliance obsolete.",
], ids=["during-the-campaign", "on-the-campaign-trail"])
def test_what_a_leader_said_while_campaigning_is_no_position_on_the_call(background: str):
    text = f"President Donald Trump spoke by telephone with President Francois Hollande on Saturday. {background}"
    [draft] = extract_calls(_published(text, date(2017, 1, 28)))
    assert not [p for p in draft.positions if p.sentence.text == background]
    assert "humanitarian-aid" not in draft.topics


@pytest.mark.parametrize(("text", "day", "absent"), [
    ("President Mohamed bin Zayed received phone calls on Thursday from President Abdel Fattah El-Sisi and Lebanese "
     "Prime Minister Najib Mikati offering condolences on the death of his brother.", date(2023, 7, 27),
     "lebanon-hezbollah"),
    ("Emir Tamim bin Hamad Al Thani received phone calls on Monday from President Recep Tayyip Erdogan and Iranian "
     "President Masoud Pezeshkian offering greetings on Eid al-Adha.", date(2025, 6, 7), "iran"),
    ("President Recep Tayyip Erdogan held separate phone calls on Sunday with Prime Minister Shehbaz Sharif of "
     "Pakistan and Prime Minister Najib Mikati of Lebanon to exchange holiday greetings.", date(2022, 7, 11),
     "lebanon-hezbollah"),
    ("Prime Minister Shehbaz Sharif received calls on Monday from Ebrahim Raisi, President of Iran, and Anwar "
     "Ibrahim, Prime Minister of Malaysia, who congratulated him on taking office.", date(2024, 3, 5), "iran"),
], ids=["lebanese-prime-minister-on-the-other-call", "iranian-president-on-the-other-call",
        "prime-minister-of-lebanon-after-the-name", "president-of-iran-in-apposition"])
def test_the_country_in_a_leaders_title_is_no_topic_of_the_other_calls_told_with_it(text: str, day: date,
                                                                                     absent: str):
    drafts = extract_calls(_published(text, day))
    assert len(drafts) == 2
    assert all(absent not in draft.topics for draft in drafts)
    assert all(p.topic != absent for draft in drafts for p in draft.positions)


def test_the_country_in_the_title_of_someone_on_no_call_may_be_the_topic():
    text = "President Joe Biden spoke by phone with President Xi Jinping on Tuesday about Taiwan's President Lai."
    [draft] = extract_calls(_published(text, date(2024, 5, 21)))
    assert "taiwan" in draft.topics


@pytest.mark.parametrize(("follow", "expected"), [
    ("Special attention was paid to expanding trade and to cooperation in energy.", {"trade", "energy"}),
    ("The main attention was given to the fight against the pandemic.", {"health"}),
    ("The two leaders had a frank communication and exchange on China-EU relations.", {"bilateral-relations"}),
    ("They also exchanged information on the vaccination campaign against COVID-19.", {"health"}),
    ("In the telephone talk the sides expressed satisfaction with the growth of mutual trade.", {"trade"}),
    ("During the phone talk the presidents noted the steady rise of trade.", {"trade"}),
], ids=["attention-was-paid-to", "attention-was-given-to", "communication-and-exchange-on",
        "exchanged-information-on", "the-telephone-talk-the-sides-expressed-satisfaction", "during-the-phone-talk"])
def test_a_readouts_formulaic_wording_for_what_was_discussed_is_what_the_call_was_about(follow: str,
                                                                                      expected: set[str]):
    text = ("President Shavkat Mirziyoyev had a telephone conversation with President Kassym-Jomart Tokayev on "
            f"Tuesday. {follow}")
    [draft] = extract_calls(_published(text, date(2022, 5, 18)))
    assert expected <= set(draft.topics)


@pytest.mark.parametrize(("text", "day", "absent"), [
    ("Iranian President Ebrahim Raisi and Crown Prince Mohammed bin Salman discussed the Israeli war on Gaza by "
     "phone on Wednesday.", date(2023, 10, 12), "iran"),
    ("Lebanese President Michel Aoun spoke by phone with President Emmanuel Macron on Friday about the threat of "
     "famine in Yemen.", date(2021, 3, 6), "lebanon-hezbollah"),
], ids=["iranian-president-and-the-war-on-gaza", "lebanese-president-and-a-threat"])
def test_a_leaders_own_country_in_his_title_is_no_topic_of_his_call_even_beside_a_context_word(text: str, day: date,
                                                                                               absent: str):
    [draft] = extract_calls(_published(text, day))
    assert absent not in draft.topics


@pytest.mark.parametrize(("lead", "follow", "day", "absent"), [
    ("President Michel Aoun received a phone call on Friday from President Emmanuel Macron.",
     "President Aoun thanked his French counterpart for his support for Lebanon.", date(2020, 1, 25),
     "lebanon-hezbollah"),
    ("President Masoud Pezeshkian received a phone call on Friday from Prime Minister Narendra Modi.",
     "President Pezeshkian thanked Prime Minister Modi for his good wishes to Iran.", date(2024, 9, 14), "iran"),
], ids=["support-for-lebanon", "good-wishes-to-iran"])
def test_a_leaders_own_country_named_bare_is_no_topic_of_his_position(lead: str, follow: str, day: date,
                                                                      absent: str):
    [draft] = extract_calls(_published(f"{lead} {follow}", day))
    assert [p for p in draft.positions if p.sentence.text == follow]
    assert all(p.topic != absent for p in draft.positions)


@pytest.mark.parametrize("credit", ["Iran PressEurope:", "Tehran Times -", "Iran International:"])
def test_an_outlets_name_is_no_topic(credit: str):
    text = ("President Vladimir Putin and President Kassym-Jomart Tokayev held a long phone conversation on "
            f"Saturday. {credit} The Kremlin said that Tokayev told Putin about the situation in Kazakhstan.")
    [draft] = extract_calls(_published(text, date(2022, 1, 8)))
    assert "iran" not in draft.topics


@pytest.mark.parametrize(("follow", "topic"), [
    ("Besides, the heads of state discussed cooperation in nuclear security.", "nuclear"),
    ("Moreover, the presidents touched on gas supplies for the winter.", "energy"),
    ("In addition, the leaders discussed the spread of the infection in both countries.", "health"),
], ids=["besides-the-heads-of-state", "moreover-the-presidents", "in-addition-the-leaders-and-the-infection"])
def test_an_opening_word_before_the_leaders_named_as_a_group_goes_on_about_the_call(follow: str, topic: str):
    text = ("President Alexander Lukashenko had a telephone conversation with President Gitanas Nauseda on 23 April. "
            f"{follow}")
    [draft] = extract_calls(_published(text, date(2020, 4, 23)))
    assert topic in draft.topics
    assert any(s.text == follow for s in draft.sentences)


@pytest.mark.parametrize("unsaid", [
    "Lula didn't mention, however, an issue he often raised: the US embargo on Cuba.",
    "Macron did not raise the sanctions on Iranian oil.",
], ids=["did-not-mention-however", "did-not-raise"])
def test_what_a_leader_did_not_mention_is_no_position(unsaid: str):
    text = f"President Barack Obama spoke by phone with President Lula on Saturday about climate change. {unsaid}"
    [draft] = extract_calls(_published(text, date(2009, 2, 2)))
    assert not [p for p in draft.positions if p.sentence.text == unsaid]
    assert "sanctions" not in draft.topics


@pytest.mark.parametrize(("text", "day", "other", "absent"), [
    ("President Xi Jinping and President Vladimir Putin praised their ties in a video call on Wednesday. Later, "
     "state media said Xi also held a phone call with President Donald Trump. China and Russia are keen to show a "
     "united front against Western pressure, with Moscow's war in Ukraine drawing them closer.", date(2026, 2, 4),
     "vladimir-putin", "ukraine-war"),
    ("Prime Minister Narendra Modi spoke by phone with President Emmanuel Macron on Monday about trade. Modi later "
     "had a phone call with President Joe Biden. India and France are keen to build reactors together, with the "
     "Elysee offering to supply the nuclear fuel.", date(2023, 3, 8), "emmanuel-macron", "nuclear"),
    ("President Recep Tayyip Erdogan held a phone call with President Vladimir Putin on Friday. Erdogan also spoke "
     "by phone with Chancellor Olaf Scholz. Turkey and Russia are keen to expand their energy ties, with the Kremlin "
     "offering more gas to Ankara.", date(2023, 3, 8), "vladimir-putin", "energy"),
], ids=["china-and-russia-after-the-trump-call", "india-and-france-after-the-biden-call",
        "turkey-and-russia-after-the-scholz-call"])
def test_two_countries_as_subject_go_with_the_call_of_their_leaders_not_the_last_call(text: str, day: date,
                                                                                      other: str, absent: str):
    drafts = extract_calls(_published(text, day))
    background = text.rsplit(". ", 1)[1]
    last = [d for d in drafts if other not in {ref.slug for ref in d.leaders}]
    assert last and all(absent not in d.topics and all(s.text != background for s in d.sentences) for d in last)


@pytest.mark.parametrize(("lead", "background", "day"), [
    ("King Abdullah II spoke by phone with President Abdel Fattah al-Sisi on Saturday about Gaza.",
     "Both Egypt and Jordan turned down the American proposal, and other Arab countries also joined them.",
     date(2025, 4, 19)),
    ("President Recep Tayyip Erdogan held a phone call with Emir Tamim bin Hamad Al Thani on Monday about Gaza.",
     "Both Turkey and Qatar condemned the sanctions on Iran, and other Muslim nations soon followed.",
     date(2024, 2, 5)),
    ("President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Tuesday about energy.",
     "Both France and Germany opposed the tariffs on electric cars, as did several other European states.",
     date(2024, 6, 18)),
], ids=["other-arab-countries-also-joined-them", "other-muslim-nations-soon-followed",
        "as-did-several-other-european-states"])
def test_a_stance_other_countries_shared_is_background_not_a_position(lead: str, background: str, day: date):
    [draft] = extract_calls(_published(f"{lead} {background}", day))
    assert not [p for p in draft.positions if p.sentence.text == background]
    assert all(s.text != background for s in draft.sentences)
