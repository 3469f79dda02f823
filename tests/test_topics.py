"""The topic tagger: which topics a sentence mentions, the vocabulary file's checks, and user extensions."""

from pathlib import Path

import pytest

from app.ingest.topics import TopicVocabulary, load_vocabulary

# The slugs the gold files use; the bundled vocabulary must define every one of them.
REQUIRED_SLUGS = {
    "rafah", "hostages", "ceasefire", "humanitarian-aid", "civilian-casualties", "two-state-solution", "iran",
    "lebanon-hezbollah", "israeli-politics", "gaza-border", "red-sea", "ukraine-war", "military-aid",
    "peace-talks", "sanctions", "taiwan", "south-china-sea", "trade", "technology", "fentanyl", "climate",
    "north-korea", "energy", "nuclear", "human-rights", "health", "food-security", "migration",
    "bilateral-relations",
}


@pytest.fixture(scope="module")
def vocabulary() -> TopicVocabulary:
    return load_vocabulary()


# One row per case: a sentence as a wire story or readout might put it, and every topic it mentions.
SENTENCES: list[tuple[str, set[str]]] = [
    # Gaza: Rafah, its crossing and the border are different topics
    ("Biden told Netanyahu that a major ground operation in Rafah would be a mistake.", {"rafah"}),
    ("The leaders discussed reopening the Rafah crossing.", {"gaza-border"}),
    ("Sisi stressed the need to keep the crossing at Rafah open for aid.", {"gaza-border", "humanitarian-aid"}),
    ("Israel insisted on keeping troops along the Philadelphi corridor.", {"gaza-border"}),
    ("Biden proposed securing the border with Egypt without a full-scale invasion.", {"gaza-border"}),
    ("Rafah, which sits on the border with Egypt, now shelters a million people.", {"rafah"}),
    ("Netanyahu said forces would stay in the Netzarim corridor, which cuts Gaza in two.", {"gaza-border"}),
    # hostages and ceasefire; hostage negotiations are not peace talks
    ("They discussed a six-week truce that would free hostages held by Hamas.", {"ceasefire", "hostages"}),
    ("Biden told Netanyahu that an immediate cease-fire was essential.", {"ceasefire"}),
    ("Officials said the aim was a pause in the fighting.", {"ceasefire"}),
    ("The emir and the president discussed efforts to reach a permanent ceasefire.", {"ceasefire"}),
    ("The leaders reviewed the state of the hostage negotiations in Cairo.", {"hostages"}),
    ("Hamas released a video showing two of the captives.", {"hostages"}),
    ("Trump hailed a truce in the trade war with China.", {"trade"}),
    # aid: humanitarian, military, and words that only look like aid
    ("Biden pressed for a surge of humanitarian aid into Gaza.", {"humanitarian-aid"}),
    ("A temporary pier will help get food to starving Palestinians.", {"humanitarian-aid"}),
    ("The package includes military aid for Israel's air defenses.", {"military-aid"}),
    ("Zelensky thanked Biden for more security assistance, including Patriot missile systems.", {"military-aid"}),
    ("Biden promised additional F-16 training for Ukrainian pilots.", {"military-aid"}),
    ("Biden announced a $1 billion aid package for Ukraine.", {"military-aid"}),
    ("The president called on Israel to allow more fuel into Gaza.", {"humanitarian-aid"}),
    ("Biden and Sisi discussed the need to increase the assistance flowing into Gaza.", {"humanitarian-aid"}),
    ("Macron asked that more assistance reach civilians in the north.", {"humanitarian-aid"}),
    ("They discussed security assistance to Palestinians.", {"military-aid"}),
    ("A senior aide briefed reporters after the conversation.", set()),
    ("The leaders agreed to speak again in May.", set()),
    # civilians and the laws of war
    ("Biden urged him to protect civilians and comply with international humanitarian law.",
     {"civilian-casualties"}),
    ("The president said the deaths of seven aid workers were unacceptable.", {"civilian-casualties"}),
    ("Both leaders condemned the killing of humanitarian workers in Gaza.", {"civilian-casualties"}),
    ("Sullivan said Israel had no plan to move people out of harm's way.", {"civilian-casualties"}),
    ("Jabalia refugee camp lies north of Gaza City.", set()),
    ("Gaza's health ministry says more than 30,000 people have been killed.", set()),
    # the Palestinian state and the day after
    ("Netanyahu rejected any path to a Palestinian state after the war.", {"two-state-solution"}),
    ("They discussed plans for the day after the war in Gaza.", {"two-state-solution"}),
    ("The readout was released the day after the call.", set()),
    # the region around Israel
    ("Iranian-backed militias launched drones at bases in Syria.", {"iran"}),
    ("Iran's nuclear programme was also discussed.", {"iran"}),
    ("Hezbollah fired rockets across Israel's northern border.", {"lebanon-hezbollah"}),
    ("The two leaders condemned Houthi attacks on merchant vessels in the Red Sea.", {"red-sea"}),
    ("Xi warned that Taiwan was a red line the United States must not cross.", {"taiwan"}),
    ("Schumer's call for new elections in Israel came up during the conversation.", {"israeli-politics"}),
    ("Biden raised concerns about the judicial overhaul backed by Netanyahu's coalition.", {"israeli-politics"}),
    # Russia and Ukraine
    ("Biden warned Putin that if Russia further invades Ukraine, the allies would impose swift and severe costs.",
     {"ukraine-war", "sanctions"}),
    ("The two presidents exchanged views on the Ukraine crisis.", {"ukraine-war"}),
    ("Biden spoke with Ukrainian President Volodymyr Zelensky on Sunday.", set()),
    ("Biden voiced support for a diplomatic resolution of the crisis.", {"peace-talks"}),
    ("Turkey offered to host talks between Russia and Ukraine.", {"peace-talks"}),
    ("Putin briefed Xi on the progress of the special military operation.", {"ukraine-war"}),
    ("Both leaders backed efforts to carry out the Minsk agreements under the Normandy format.", {"peace-talks"}),
    ("The leaders discussed the safety of the Zaporizhzhia nuclear power plant.", {"ukraine-war", "nuclear"}),
    ("Washington imposed new sanctions on Russian banks.", {"sanctions"}),
    ("Allies would respond with severe economic consequences.", {"sanctions"}),
    # China and the wider agenda
    ("Xi complained about U.S. export controls on advanced semiconductors.", {"technology"}),
    ("The two sides agreed to hold talks on the risks of AI.", {"technology"}),
    ("He said the tariffs were hurting American farmers.", {"trade"}),
    ("Beijing agreed to curb shipments of fentanyl precursor chemicals.", {"fentanyl"}),
    ("They also reviewed counternarcotics cooperation.", {"fentanyl"}),
    ("Biden stressed freedom of navigation in the South China Sea.", {"south-china-sea"}),
    ("The president underscored the importance of freedom of navigation.", set()),
    ("Xi urged Washington to abide by the one-China principle.", {"taiwan"}),
    ("Biden raised Xinjiang, Hong Kong and other human rights concerns.", {"human-rights"}),
    ("Both leaders pledged to work on climate change and cut methane emissions.", {"climate"}),
    ("Biden reaffirmed his commitment to the complete denuclearization of the Korean Peninsula.",
     {"north-korea"}),
    ("The leaders discussed the North Korean nuclear threat.", {"north-korea"}),
    ("The presidents reaffirmed that a nuclear war cannot be won and must never be fought.", {"nuclear"}),
    ("Putin and Trump discussed the collapse in oil prices.", {"energy"}),
    ("Police fired tear gas at the crowd outside the embassy.", set()),
    ("The leaders discussed the coronavirus pandemic and global health security.", {"health"}),
    ("Erdogan and Putin discussed extending the Black Sea grain deal to ease food prices.", {"food-security"}),
    ("The two leaders discussed ways to stem irregular migration across the Mediterranean.", {"migration"}),
    ("Sisi said Egypt would not accept Palestinians being forced out into Sinai.", {"migration"}),
    ("Sisi said any displacement of Palestinians into Egypt was a red line.", {"migration"}),
    ("Trump and Sheinbaum discussed fentanyl trafficking and the southern border.", {"fentanyl", "migration"}),
    ("Israel took control of Gaza's southern border in May.", {"gaza-border"}),
    ("Biden told Putin that cyberattacks on critical infrastructure must be off-limits.", {"technology"}),
    # the relationship itself, as opposed to keeping in touch
    ("Xi said the China-U.S. relationship is the most important in the world.", {"bilateral-relations"}),
    ("The leaders agreed to deepen cooperation across the board.", {"bilateral-relations"}),
    ("The Kremlin said the presidents touched on bilateral relations.", {"bilateral-relations"}),
    ("Trump said the two would hold an extended meeting at the G20 summit in Osaka.", {"bilateral-relations"}),
    ("Zelensky invited Biden to visit Kyiv in the coming days.", {"bilateral-relations"}),
    ("The two leaders agreed to stay in close touch.", set()),
    ("The Blinken-Wang call focused on Gaza.", set()),
    ("The leaders met at the Asia-Pacific Economic Cooperation summit.", set()),
    # congratulations, greetings, friendship and the standing of the ties are bilateral relations
    ("The king phoned the prime minister to congratulate him on his party's election win.", {"bilateral-relations"}),
    ("Tokayev was felicitated on assuming office.", {"bilateral-relations"}),
    ("Erdogan called Putin to wish him a happy birthday.", {"bilateral-relations"}),
    ("Rouhani congratulated Putin on Russia Day.", {"bilateral-relations"}),
    ("The emir conveyed greetings on the auspicious occasion of Eid al-Adha.", {"bilateral-relations"}),
    ("Both men praised the traditional friendship between their two peoples.", {"bilateral-relations"}),
    ("Biden hailed the enduring partnership between the United States and Kenya.", {"bilateral-relations"}),
    ("They agreed to further strengthen the relationship between the two neighbouring countries.",
     {"bilateral-relations"}),
    ("The leaders stressed the close and warm ties between the UK and the US.", {"bilateral-relations"}),
    ("Both sides pledged to build mutual trust.", {"bilateral-relations"}),
    ("Modi invited the chancellor to attend next year's summit in New Delhi.", {"bilateral-relations"}),
    ("The president looked forward to hosting the prime minister in Washington.", {"bilateral-relations"}),
    ("Biden congratulated the Israeli forces on the rescue of four hostages.", {"hostages"}),
    ("Qatar has long kept close ties with Hamas.", set()),
    ("He wished the reporters well.", set()),
    ("They agreed to deepen economic ties.", {"trade"}),
    ("The presidents praised the allied relations between Moscow and Baku.", {"bilateral-relations"}),
    ("The Kremlin said they discussed trade and humanitarian ties.", {"trade"}),
    # trade, climate, human rights and peace talks as readouts say them
    ("The two sides reviewed economic issues, among them new levies on steel.", {"trade"}),
    ("Boric said commerce between the two countries would grow.", {"trade"}),
    ("Every policy involves trade-offs.", set()),
    ("They discussed the Mercosur-European Union agreement.", {"trade"}),
    ("He spoke to the Chamber of Commerce in Ohio.", set()),
    ("Johnson pressed Xi to phase out coal before the Cop26 summit.", {"climate"}),
    ("They talked about protecting tropical forests and moving away from fossil fuels.", {"climate"}),
    ("Both leaders backed the goal of limiting warming to 1.5 degrees.", {"climate"}),
    ("Two cops guarded the door.", set()),
    ("Biden said religious minorities there must be protected.", {"human-rights"}),
    ("Obama raised the imprisonment of journalists and peaceful activists.", {"human-rights"}),
    ("Macron voiced concern about violence against demonstrators.", {"human-rights"}),
    ("Modi hailed India as the world's largest democracy.", set()),
    ("Putin reaffirmed his commitment to a political and diplomatic settlement of the conflict.", {"peace-talks"}),
    ("The European leader backed a just and lasting peace for Ukraine.", {"peace-talks"}),
    ("Lula voiced support for efforts to resolve the Ukrainian crisis.", {"peace-talks", "ukraine-war"}),
    ("The three presidents met in the Astana format to discuss Syria.", {"peace-talks"}),
    ("Hamas said any deal must bring a just and lasting peace.", set()),
    ("Trump and Xi agreed to resolve their trade war.", {"trade"}),
    ("They sought a negotiated end to the tariff war.", {"trade"}),
    ("The minister moved to resolve the conflict of interest.", set()),
    ("Analysts see no lasting peace between Israelis and Palestinians soon.", {"two-state-solution"}),
    ("Biden backed a peaceful resolution of differences across the Taiwan Strait.", {"taiwan"}),
    ("Lee said trust was the foundation of South Korea's diplomacy.", set()),
    ("The leaders exchanged views on diplomacy and security.", set()),
    ("The king backed two states living side by side in peace.", {"two-state-solution"}),
    ("They discussed the withdrawal of heavy weapons from the front line.", set()),
    ("He said Tehran had to stop enriching uranium to weapons-grade purity.", {"iran"}),
    # a country's substance is a cue of its own, apart from the names that call_topics may discount
    ("Israeli jets struck targets in southern Lebanon.", {"lebanon-hezbollah"}),
    ("Macron urged Rouhani to stop enriching uranium.", {"iran"}),
    # words shared across a coordination ("food and energy prices") and passive phrasings
    ("Widodo warned that the war was pushing up food and fuel prices worldwide.", {"food-security", "energy"}),
    ("The two presidents called for a peaceful solution through negotiations.", {"peace-talks"}),
    ("Ruto urged a peaceful settlement by way of dialogue.", {"peace-talks"}),
    ("Erdogan said Turkey would keep working to establish peace between Russia and Ukraine.", {"peace-talks"}),
    ("The monarch insisted that civilians on both sides must be protected.", {"civilian-casualties"}),
    ("Children and other civilians should be spared, the president said.", {"civilian-casualties"}),
    ("Cairo invited the chancellor to the climate summit in Sharm el-Sheikh.", {"bilateral-relations", "climate"}),
    ("Putin thanked him for the invitation and said he would attend.", {"bilateral-relations"}),
    # water, food, fuel and power cut off from a besieged place are humanitarian, not the energy market
    ("The city's supply of water, fuel and electricity has been cut.", {"humanitarian-aid"}),
    ("They discussed the blockade that leaves hospitals without fuel, medicine and food.", {"humanitarian-aid"}),
    ("Oil and electricity prices rose sharply.", {"energy"}),
    # idioms that only borrow a topic's word
    ("Both said the meeting had improved the climate of trust between Moscow and Washington.", set()),
    ("The chancellor complained about the political climate in Washington.", set()),
    ("They agreed that the climate crisis demands faster cuts.", {"climate"}),
    ("Anastasiades said Ankara's moves did not help create a good climate for the continuation of talks.", set()),
    ("Both wanted a more positive climate for dialogue between the two communities.", set()),
    ("The leaders said a good climate deal was within reach.", {"climate"}),
    # drought and extreme weather are the climate's
    ("Lula and Petro discussed the severe drought affecting the Amazon region.", {"climate"}),
    ("The two prime ministers spoke about heatwaves and extreme weather.", {"climate"}),
    # a partner described by the values it shares is no human rights topic
    ("Abe said the two nations share universal values such as freedom, democracy, human rights and the rule of law.",
     set()),
    ("The leaders reaffirmed their shared values of democracy and human rights.", set()),
    ("Erdogan said no group may take Sweden's NATO membership bid hostage.", set()),
    ("He accused the opposition of holding the budget hostage for months.", set()),
    ("The region must not be held hostage to the ambitions of one man.", set()),
    ("Gunmen took dozens of villagers hostage on Sunday.", {"hostages"}),
    ("Hamas took more than 200 people hostage in the raid.", {"hostages"}),
    ("Blair said the attack had been made not just on America but on democracy.", set()),
    ("The premier called the bombing an assault on freedom and democracy.", set()),
    ("Biden raised the state of democracy in Hong Kong.", {"human-rights"}),
    # a capital named as the venue of other parties' talks is not the country as a topic
    ("Xi welcomed the consensus reached during the recent dialogue in Tehran between Kabul and the Taliban.", set()),
    ("The two envoys held talks in Beirut last month.", set()),
    ("Iran vowed revenge for the killing of the Hamas leader in Tehran.", {"iran"}),
    # the war in Ukraine, named by its front line, by who invaded, or by both sides
    ("Michal discussed the situation on the front line in Ukraine.", {"ukraine-war"}),
    ("Two years have passed since the full-scale invasion by Russia began.", {"ukraine-war"}),
    ("Both presidents also discussed the Ukraine-Russian conflict.", {"ukraine-war"}),
    ("Lula spoke about the Russian-Ukrainian war.", {"ukraine-war"}),
    ("Both backed the peaceful resolution of conflicts in Ukraine and in Africa.", {"ukraine-war", "peace-talks"}),
    ("The leaders called for a political settlement of the wars in Ukraine and Sudan.", {"ukraine-war", "peace-talks"}),
    ("Moscow kept up its aggression, with strikes on government buildings in Kyiv.", {"ukraine-war"}),
    ("Starmer said Russia was continuing to ramp up its aggression.", {"ukraine-war"}),
    ("Macron condemned Moscow's aggression against its neighbour.", {"ukraine-war"}),
    # weapons a country tests or spreads are not arms given to anyone
    ("Moon briefed Trump on the short-range weapons North Korea test-fired on Saturday.", {"north-korea"}),
    ("Biden and Xi discussed preventing weapons proliferation.", {"nuclear"}),
    ("Japan protested the latest weapons tests.", set()),
    # civil nuclear power is energy, not nuclear weapons and safety
    ("The leaders reviewed cooperation in trade, defence and civil nuclear energy.",
     {"trade", "energy", "bilateral-relations"}),
    ("They agreed to expand civilian nuclear cooperation.", {"energy"}),
    # British spelling with a hyphen
    ("The two leaders discussed strengthening co-operation between the two countries.", {"bilateral-relations"}),
    ("They agreed to deepen economic co-operation.", {"trade"}),
    # a pause in tariffs is no ceasefire, the outbreak of a war no disease, diplomacy by phone no peace talks, and
    # investment in support for troops no trade
    ("Hours earlier, Washington extended a 90-day pause on similar duties for Japanese goods.", set()),
    ("The White House announced a 60-day pause on the new tariffs.", {"trade"}),
    ("The emir stressed Qatar's commitment to preventing the outbreak of a wider conflict.", set()),
    ("They warned against the outbreak of regional war.", set()),
    ("\"Telephone diplomacy! A warm talk with Japan's Prime Minister,\" the spokesman said.", set()),
    ("Nauseda noted Lithuania's readiness to increase investment in host-country support for Allied troops.", set()),
    ("Israel agreed to a six-week pause.", {"ceasefire"}),
    # inspectors searching for weapons are no arms given to anyone, and a career in oil is no energy policy
    ("Chirac said the UN weapons inspectors in Iraq needed more time.", set()),
    ("They backed letting arms inspectors resume their searches for banned weapons in Iraq.", set()),
    ("Bush recalled a visit to Aberdeen when he was working in the oil business.", set()),
    ("Putin praised her years of work in the gas industry.", set()),
    ("Blair and Bush discussed oil prices.", {"energy"}),
    # the Palestinians' cause and their talks with Israel are the question of a Palestinian state
    ("The two presidents reviewed the latest developments of the Palestinian cause.", {"two-state-solution"}),
    ("They agreed on ways to resume negotiations between Palestinians and Israel.", {"two-state-solution"}),
    ("Abdullah urged a return to talks between Israel and the Palestinians.", {"two-state-solution"}),
    # diplomacy as a leader's way with foreign policy is no way to end a war
    ("Ishiba is known for his quiet diplomacy with Seoul.", set()),
    ("Lee, who has pursued a pragmatic diplomacy, and Ishiba agreed to keep in touch.", set()),
    # and bare diplomacy is a way to end a war only on a call about one (see call_cues)
    ("They agreed that diplomacy must continue.", set()),
    ("Ishiba began his inaugural diplomacy with a call to Seoul.", set()),
    # Russian troops in another country than Ukraine
    ("Clinton hoped for progress on the withdrawal of Russian troops from Latvia and Estonia.", set()),
    ("Yeltsin promised to pull Russian forces out of Moldova.", set()),
    ("They discussed Russian forces in Kherson.", {"ukraine-war"}),
    # the war told by who wages it on whom, or by its events, without naming the war
    ("Johnson condemned Putin's barbaric invasion and the blockade of the ports.", {"ukraine-war"}),
    ("Scholz said the Kremlin's brutal, unprovoked invasion would fail.", {"ukraine-war"}),
    ("Macron urged action against the horrors Moscow is inflicting on the Ukrainian people.", {"ukraine-war"}),
    ("The king spoke of the suffering of the people of Ukraine.", {"ukraine-war"}),
    ("The two premiers discussed the ongoing hostilities in Ukraine.", {"ukraine-war"}),
    ("Putin briefed Lukashenko on the events in Ukraine and the aims of the operation in Ukraine.", {"ukraine-war"}),
    ("Bush recalled the Russian invasion of Georgia.", set()),
    ("The carmaker wound down its business operations in Ukraine.", set()),
    ("Luxon's country helped train Ukrainian soldiers, a valuable contribution to Ukraine's defence.", {"ukraine-war"}),
    # coming to allies' defence is no humanitarian aid; arms sold are military aid
    ("Trump had suggested the U.S. might not aid NATO members who fail to pay their share.", set()),
    ("Macron vowed to aid the victims of the quake.", {"humanitarian-aid"}),
    ("Trump backed the sale of aircraft to support Nigeria's fight against Boko Haram.", {"military-aid"}),
    ("Biden backed the sale of attack helicopters to Poland.", {"military-aid"}),
    ("Xi welcomed the sale of Airbus aircraft to China.", set()),
    # a gas leak is an accident, not energy; diplomacy by scientists or doctors is no way to end a war
    ("Herzog offered his condolences over the toxic gas leak at the port.", set()),
    ("The king thanked him for the help after the chlorine gas spilled from a tank.", set()),
    ("They praised the use of scientific diplomacy and the union of medical scientists.", set()),
    ("The two presidents spoke of medical diplomacy during the pandemic.", {"health"}),
    # aid to Ukraine that is humanitarian is not military aid
    ("Zelensky thanked Mongolia for sending humanitarian aid to Ukraine.", {"humanitarian-aid"}),
    ("Rutte announced more medical aid for Ukraine.", {"humanitarian-aid"}),
    ("Biden said aid to Ukraine would continue.", {"military-aid"}),
    # spending on defence is not investment as trade
    ("Michal backed increasing defense investments across Europe.", set()),
    ("The allies agreed on larger defence investment and stronger air defences.", {"military-aid"}),
    ("Both leaders welcomed new investment in the car industry.", {"trade"}),
    # in 2020 "the infection" of a readout is the pandemic
    ("They also discussed the fight against the spread of the infection.", {"health"}),
    ("The minister said the infection rate had fallen.", {"health"}),
    ("The doctor treated an infection of the wound.", set()),
    # both seas named at once
    ("They exchanged views on the East and South China Seas.", {"south-china-sea"}),
    ("The premiers raised the situation in the South and East China Seas.", {"south-china-sea"}),
    # the adjective of climate
    ("He talked about ethanol, climatic changes and peace.", {"climate"}),
    ("The leaders noted the climatic risks facing island states.", {"climate"}),
    # the war in Donbas before 2022, as it was told then
    ("The presidents discussed rising tensions in eastern Ukraine.", {"ukraine-war"}),
    ("Obama said Moscow must keep the promises it made in Minsk.", {"peace-talks"}),
    ("He called for the withdrawal of Russian fighters and heavy weapons from Ukrainian territory.", {"ukraine-war"}),
    ("Lukashenko hosted the talks in Minsk.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_topics_mentioned_in_a_sentence(vocabulary: TopicVocabulary, sentence: str, expected: set[str]):
    assert vocabulary.slugs_in(sentence) == expected


def test_every_required_slug_is_defined(vocabulary: TopicVocabulary):
    assert REQUIRED_SLUGS <= {topic.slug for topic in vocabulary.topics}
    assert all(topic.label and topic.description for topic in vocabulary.topics)


def test_hits_carry_offsets_into_the_text_and_the_cue_that_matched(vocabulary: TopicVocabulary):
    text = "Biden raised the Rafah crossing, then the hostages, then the hostages' families."
    hits = vocabulary.find(text)
    assert [(hit.slug, text[hit.start:hit.end]) for hit in hits] == [
        ("gaza-border", "Rafah crossing"), ("hostages", "hostages"), ("hostages", "hostages")]
    assert hits[0].cue == "Rafah crossing"
    assert [hit.start for hit in hits] == sorted(hit.start for hit in hits)


def test_hits_of_one_topic_do_not_overlap(vocabulary: TopicVocabulary):
    hits = vocabulary.find("They sought the release of hostages held by Hamas.")
    spans = sorted((hit.start, hit.end) for hit in hits if hit.slug == "hostages")
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))


def test_cue_spelling_variants_match(vocabulary: TopicVocabulary):
    for sentence in ("a ceasefire", "a cease-fire", "a cease fire", "a two-state solution", "a two state solution",
                     "Gaza\u2019s southern border", "counter-narcotics", "counternarcotics"):
        assert vocabulary.slugs_in(sentence), sentence


def test_get_finds_a_topic_by_slug(vocabulary: TopicVocabulary):
    topic = vocabulary.get("gaza-border")
    assert topic is not None and "Philadelphi" in topic.description
    assert vocabulary.get("no-such-topic") is None


def test_the_default_vocabulary_is_loaded_once():
    assert load_vocabulary() is load_vocabulary()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = '[[topic]]\nslug = "nato"\nlabel = "NATO"\ncues = ["NATO"]\n'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (GOOD + '[[topic]]\nlabel = "No slug"\ncues = ["x"]\n', "#2: missing slug"),
        (GOOD + GOOD, "slug 'nato' is defined twice"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\npatterns = [\'(?:unclosed\']\n',
         "(slug 'bad'): patterns entry '(?:unclosed' is not a valid regular expression"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\npatterns = [\'(talks)\']\n', "write (?:...) instead of (...)"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\nnot_when_patterns = [\'[\']\ncues = ["x"]\n',
         "not_when_patterns entry '[' is not a valid regular expression"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\npatterns = [\'(?:x)?\']\n', "matches the empty string"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\ncues = ["*"]\n', "has no letters or digits"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\ncue = ["x"]\n', "unknown key(s) cue"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\n', "give at least one cue or pattern"),
        ('[[topic]]\nslug = "Bad Slug"\nlabel = "Bad"\ncues = ["x"]\n', "must be lowercase"),
        ('[[topic]]\nslug = "bad"\ncues = ["x"]\n', "missing label"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\ncues = "x"\n', "cues must be a list"),
        ('[[topics]]\nslug = "bad"\n', "unknown top-level key(s) topics"),
        ("", "no [[topic]] entries"),
        ('[[topic]\nslug = "bad"\n', "not a valid TOML file"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\ncues = ["x"]\ncountry = "Iran"\nnames = ["Iran"]\n',
         "country must be a two-letter ISO code"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\ncues = ["x"]\ncountry = "IR"\n', "country and names go together"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\ncues = ["x"]\nname_context = ["nuclear"]\n',
         "name_context needs names"),
        ('[[topic]]\nslug = "bad"\nlabel = "Bad"\ncues = ["x"]\ncall_cues = ["the war"]\n',
         "call_cues and call_about go together"),
    ],
    ids=["missing-slug", "duplicate-slug", "bad-regex", "capturing-group", "bad-veto-regex", "empty-match",
         "cue-without-words", "misspelt-key",
         "no-cues", "bad-slug", "missing-label", "cues-not-a-list", "wrong-table-name", "empty-file", "bad-toml",
         "country-not-a-code", "country-without-names", "context-without-names", "call-cues-without-call-about"],
)
def test_a_bad_vocabulary_file_is_refused_with_its_name_and_entry(tmp_path: Path, content: str, message: str):
    path = write(tmp_path, "mine.toml", content)
    with pytest.raises(ValueError, match="mine.toml") as caught:
        load_vocabulary(path)
    assert message in str(caught.value)


def test_a_country_topic_knows_its_country_names_and_context(vocabulary: TopicVocabulary):
    iran = vocabulary.countries["iran"]
    assert iran.country == "IR" and "Iranian*" in iran.names and "JCPOA" not in iran.names
    assert {"iran", "taiwan", "north-korea", "lebanon-hezbollah"} <= set(vocabulary.countries)
    text = "Iranian President Rouhani called."
    assert [iran.bare(hit, text) for hit in vocabulary.find(text)] == [True]
    text = "Iran's nuclear programme came up."
    assert [iran.bare(hit, text) for hit in vocabulary.find(text) if hit.slug == "iran"] == [False]


def test_names_in_an_extra_file_are_cues(tmp_path: Path):
    extra = write(tmp_path, "extra.toml", '[[topic]]\nslug = "cuba"\nlabel = "Cuba"\ncountry = "CU"\n'
                                          'names = ["Cuba*", "Havana"]\nname_context = ["embargo"]\n')
    vocabulary = load_vocabulary(extra=extra)
    assert vocabulary.slugs_in("Havana said so.") == {"cuba"}
    assert vocabulary.countries["cuba"].country == "CU"


def test_a_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ValueError, match="absent.toml: cannot read"):
        load_vocabulary(tmp_path / "absent.toml")


def test_an_extra_file_adds_topics(tmp_path: Path):
    extra = write(tmp_path, "extra.toml", GOOD)
    vocabulary = load_vocabulary(extra=extra)
    assert vocabulary.slugs_in("They discussed Sweden's NATO bid and the hostages.") == {"nato", "hostages"}
    assert vocabulary.get("nato") is not None and vocabulary.topics[-1].slug == "nato"
    assert REQUIRED_SLUGS <= {topic.slug for topic in vocabulary.topics}


def test_an_extra_file_replaces_a_topic_with_the_same_slug(tmp_path: Path):
    extra = write(tmp_path, "extra.toml",
                  '[[topic]]\nslug = "rafah"\nlabel = "Rafah offensive"\ncues = ["Rafah offensive"]\n')
    vocabulary = load_vocabulary(extra=extra)
    rafah = vocabulary.get("rafah")
    assert rafah is not None and rafah.label == "Rafah offensive"
    assert len(vocabulary.topics) == len(load_vocabulary().topics)
    assert vocabulary.slugs_in("They talked about the Rafah offensive.") == {"rafah"}
    assert vocabulary.slugs_in("Displaced families reached Rafah on foot.") == set()


def test_an_error_in_the_extra_file_names_that_file(tmp_path: Path):
    extra = write(tmp_path, "extra.toml", '[[topic]]\nslug = "nato"\ncues = ["NATO"]\n')
    with pytest.raises(ValueError, match=r"extra\.toml: \[\[topic\]\] #1 \(slug 'nato'\): missing label"):
        load_vocabulary(extra=extra)


def test_extra_patterns_work_and_a_cue_shared_by_two_topics_counts_for_both(tmp_path: Path):
    extra = write(tmp_path, "extra.toml", '[[topic]]\nslug = "nato"\nlabel = "NATO"\ncues = ["F-16*"]\n'
                                          "patterns = ['(?:NATO|alliance)(?:[\\u2019\\x27]s)? (?:expansion|enlargement)']\n")
    vocabulary = load_vocabulary(extra=extra)
    assert vocabulary.slugs_in("Putin demanded a halt to NATO's expansion.") == {"nato"}
    assert vocabulary.slugs_in("Erdogan raised the F-16 sale.") == {"nato", "military-aid"}

