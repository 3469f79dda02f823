"""The leaders gazetteer and mention resolver: names, titles, descriptions, dates and people it must not invent."""

from datetime import date
from pathlib import Path

import pytest

from app.ingest.leaders import LeaderDirectory, MentionContext, load_directory
from app.ingest.text import fold, slugify

US_STORY = MentionContext(home_country="US")


@pytest.fixture(scope="module")
def directory() -> LeaderDirectory:
    return load_directory()


def found(directory: LeaderDirectory, text: str, on: date | None,
          context: MentionContext | None = None) -> list[tuple[str, str, bool, str | None]]:
    mentions = directory.find_mentions(text, on=on, context=context)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.surface
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:])), "mentions overlap"
    return [(m.surface, m.person.slug, m.person.is_leader, m.qualifier) for m in mentions]


MENTIONS = [
    # Full names, aliases, titles and honorifics before them.
    pytest.param("President Joe Biden told Israeli Prime Minister Benjamin Netanyahu", date(2024, 2, 11), None,
                 [("President Joe Biden", "joe-biden", True, None),
                  ("Israeli Prime Minister Benjamin Netanyahu", "benjamin-netanyahu", True, None)],
                 id="titled-full-names"),
    pytest.param("Mr. Netanyahu spoke to Mr Biden.", date(2024, 2, 11), None,
                 [("Mr. Netanyahu", "benjamin-netanyahu", True, None), ("Mr Biden", "joe-biden", True, None)],
                 id="mr-with-and-without-dot"),
    pytest.param("He called Sheikh Tamim bin Hamad Al Thani and King Hamad bin Isa Al Khalifa.", date(2020, 9, 11),
                 None, [("Sheikh Tamim bin Hamad Al Thani", "tamim-bin-hamad-al-thani", True, None),
                        ("King Hamad bin Isa Al Khalifa", "hamad-bin-isa-al-khalifa", True, None)],
                 id="gulf-full-names"),
    pytest.param("Egyptian President Abdel Fattah el-Sisi, then President El-Sisi, then al-Sisi.", date(2024, 4, 29),
                 None, [("Egyptian President Abdel Fattah el-Sisi", "abdel-fattah-el-sisi", True, None),
                        ("President El-Sisi", "abdel-fattah-el-sisi", True, None),
                        ("al-Sisi", "abdel-fattah-el-sisi", True, None)],
                 id="sisi-spellings"),
    pytest.param("a conversation with President of the United States of America Joseph Biden", date(2021, 12, 30),
                 None, [("President of the United States of America Joseph Biden", "joe-biden", True, None)],
                 id="president-of-country-before-name"),
    pytest.param("Chinese leader Xi Jinping; later President Xi and Mr. Xi.", date(2021, 2, 10), None,
                 [("Chinese leader Xi Jinping", "xi-jinping", True, None), ("President Xi", "xi-jinping", True, None),
                  ("Mr. Xi", "xi-jinping", True, None)],
                 id="surname-first-names"),
    pytest.param("Zelenskyy met Zelenskiy; Erdoğan and Orbán; Lula and AMLO; Bibi.", date(2023, 6, 1), None,
                 [("Zelenskyy", "volodymyr-zelensky", True, None), ("Zelenskiy", "volodymyr-zelensky", True, None),
                  ("Erdoğan", "recep-tayyip-erdogan", True, None), ("Orbán", "viktor-orban", True, None),
                  ("Lula", "luiz-inacio-lula-da-silva", True, None),
                  ("AMLO", "andres-manuel-lopez-obrador", True, None), ("Bibi", "benjamin-netanyahu", True, None)],
                 id="alias-spellings"),
    pytest.param("Emir Tamim and King Abdullah spoke; MBS and MBZ joined.", date(2023, 1, 5), None,
                 [("Emir Tamim", "tamim-bin-hamad-al-thani", True, None), ("King Abdullah", "abdullah-ii", True, None),
                  ("MBS", "mohammed-bin-salman", True, None), ("MBZ", "mohamed-bin-zayed-al-nahyan", True, None)],
                 id="short-royal-names"),
    pytest.param("Netanyahu's office said Biden's aides agreed.", date(2024, 2, 11), None,
                 [("Netanyahu", "benjamin-netanyahu", True, None), ("Biden", "joe-biden", True, None)],
                 id="possessive-excluded-from-span"),
    pytest.param("From President Bidens perspective it was a strategic matter.", date(2024, 2, 15), None,
                 [("President Bidens", "joe-biden", True, None)],
                 id="possessive-without-apostrophe"),
    # Descriptions resolved by the date.
    pytest.param("The call with the Israeli prime minister lasted an hour.", date(2021, 8, 27), None,
                 [("the Israeli prime minister", "naftali-bennett", True, None)], id="israeli-pm-2021"),
    pytest.param("The British prime minister said so.", date(2022, 10, 23), None,
                 [("The British prime minister", "liz-truss", True, None)], id="british-pm-truss"),
    pytest.param("Israel's prime minister and the prime minister of Japan spoke.", date(2020, 3, 1), None,
                 [("Israel's prime minister", "benjamin-netanyahu", True, None),
                  ("the prime minister of Japan", "shinzo-abe", True, None)], id="possessive-and-of-descriptions"),
    pytest.param("Emir Sabah Al Ahmed Al Jabir Al Sabah and President Gurbanguly Berdymukhamedov spoke.",
                 date(2019, 3, 1), None,
                 [("Emir Sabah Al Ahmed Al Jabir Al Sabah", "sabah-al-ahmad-al-jaber-al-sabah", True, None),
                  ("President Gurbanguly Berdymukhamedov", "gurbanguly-berdimuhamedow", True, None)],
                 id="names-as-other-transliterations-write-them"),
    pytest.param("His counterpart, Han Duk-soo, agreed.", date(2024, 12, 19), None,
                 [("Han Duk-soo", "han-duck-soo", True, None)], id="an-acting-president-under-another-spelling"),
    pytest.param("The report said putin was told; see news/vladimir-putin-call for more.", date(2024, 3, 18), None,
                 [("putin", "vladimir-putin", True, None)], id="a-name-in-lowercase-as-a-word-not-inside-an-address"),
    pytest.param("Abu Dhabi Crown Prince Sheikh Muhammad bin Zayid Al Nuhayyan spoke.", date(2017, 1, 29), None,
                 [("Crown Prince Sheikh Muhammad bin Zayid Al Nuhayyan", "mohamed-bin-zayed-al-nahyan", True, None)],
                 id="abu-dhabis-crown-prince-as-another-transliteration-writes-him"),
    pytest.param("He warned the Russian leader, then the Turkish leader and the Egyptian leader.", date(2023, 5, 29),
                 None, [("the Russian leader", "vladimir-putin", True, None),
                        ("the Turkish leader", "recep-tayyip-erdogan", True, None),
                        ("the Egyptian leader", "abdel-fattah-el-sisi", True, None)], id="country-leaders"),
    pytest.param("The Chinese leader and the Chinese premier spoke.", date(2020, 6, 1), None,
                 [("The Chinese leader", "xi-jinping", True, None), ("the Chinese premier", "li-keqiang", True, None)],
                 id="chinese-leader-vs-premier"),
    pytest.param("The US President and the Russian President spoke.", date(2022, 2, 12), None,
                 [("The US President", "joe-biden", True, None),
                  ("the Russian President", "vladimir-putin", True, None)],
                 id="adjective-president-descriptions"),
    pytest.param("Qatar's emir received a call.", date(2023, 12, 26), None,
                 [("Qatar's emir", "tamim-bin-hamad-al-thani", True, None)], id="qatar-emir"),
    pytest.param("The German chancellor spoke.", date(2023, 1, 10), None,
                 [("The German chancellor", "olaf-scholz", True, None)], id="german-chancellor-2023"),
    pytest.param("Qatar's emir, Sheikh Tamim bin Hamad Al Thani, said.", date(2024, 4, 29), None,
                 [("Sheikh Tamim bin Hamad Al Thani", "tamim-bin-hamad-al-thani", True, None)],
                 id="appositive-description-merged"),
    pytest.param("Aoun called.", date(2019, 1, 1), None, [("Aoun", "michel-aoun", True, None)],
                 id="shared-surname-2019"),
    pytest.param("Aoun called.", date(2025, 3, 1), None, [("Aoun", "joseph-aoun", True, None)],
                 id="shared-surname-2025"),
    # Bare titles need the story's context.
    pytest.param("Later, the president said.", date(2019, 6, 18), US_STORY,
                 [("the president", "donald-trump", True, None)], id="bare-president-2019"),
    pytest.param("Later, the president said.", date(2024, 5, 1), US_STORY,
                 [("the president", "joe-biden", True, None)], id="bare-president-2024"),
    pytest.param("Later, the president said.", date(2025, 6, 1), US_STORY,
                 [("the president", "donald-trump", True, None)], id="bare-president-2025"),
    pytest.param("Later, the president said.", date(2021, 1, 20), US_STORY,
                 [("the president", "joe-biden", True, None)], id="bare-president-inauguration-day"),
    pytest.param("Later, the president said.", date(2024, 5, 1), None, [], id="bare-president-without-context"),
    pytest.param("Biden spoke with Netanyahu. The prime minister agreed.", date(2024, 3, 18), US_STORY,
                 [("Biden", "joe-biden", True, None), ("Netanyahu", "benjamin-netanyahu", True, None),
                  ("The prime minister", "benjamin-netanyahu", True, None)], id="bare-pm-from-named-leaders"),
    pytest.param("Netanyahu spoke with Biden. The president warned him.", date(2024, 3, 18),
                 MentionContext(home_country="IL"),
                 [("Netanyahu", "benjamin-netanyahu", True, None), ("Biden", "joe-biden", True, None),
                  ("The president", "joe-biden", True, None)], id="bare-president-prefers-named-leader"),
    pytest.param("The emir and the Gulf king spoke.", date(2020, 9, 11),
                 MentionContext("US", frozenset({"tamim-bin-hamad-al-thani", "hamad-bin-isa-al-khalifa"})),
                 [("The emir", "tamim-bin-hamad-al-thani", True, None),
                  ("the Gulf king", "hamad-bin-isa-al-khalifa", True, None)], id="emir-and-region-from-context"),
    pytest.param("President Biden spoke with Prime Minister Netanyahu. The Vice President joined.", None,
                 MentionContext("US", frozenset({"joe-biden", "benjamin-netanyahu"})),
                 [("President Biden", "joe-biden", True, None),
                  ("Prime Minister Netanyahu", "benjamin-netanyahu", True, None)], id="undated-vice-president-unnamed"),
    # Titles that are not the head.
    pytest.param("Vice President Harris and Vice-President Kamala Harris joined.", date(2024, 8, 21), None,
                 [("Vice President Harris", "kamala-harris", False, None),
                  ("Vice-President Kamala Harris", "kamala-harris", False, None)], id="vice-president-harris"),
    pytest.param("Vice President Joe Biden visited Kyiv.", date(2022, 1, 1), None,
                 [("Vice President Joe Biden", "joe-biden", False, None)], id="vice-president-title-never-head"),
    pytest.param("Secretary of State Antony Blinken and Foreign Minister Wang Yi talked.", date(2023, 12, 6), None,
                 [("Secretary of State Antony Blinken", "antony-blinken", False, None),
                  ("Foreign Minister Wang Yi", "wang-yi", False, None)], id="ministers"),
    pytest.param("national security adviser Jake Sullivan and Defense Minister Yoav Gallant", date(2024, 3, 1), None,
                 [("national security adviser Jake Sullivan", "jake-sullivan", False, None),
                  ("Defense Minister Yoav Gallant", "yoav-gallant", False, None)], id="advisers"),
    pytest.param("Presidential Aide Yury Ushakov briefed. Mr Ushakov said.", date(2022, 2, 12), None,
                 [("Presidential Aide Yury Ushakov", "yury-ushakov", False, None),
                  ("Mr Ushakov", "yury-ushakov", False, None)], id="presidential-aide"),
    pytest.param("Deputy Prime Minister Jane Roe and Foreign Minister John Roe met.", date(2024, 1, 1), None, [],
                 id="unknown-non-heads-ignored"),
    pytest.param("Prime Minister Shehbaz Sharif thanked the Crown Prince. PM Shehbaz then left.", date(2022, 8, 15),
                 None, [("Prime Minister Shehbaz Sharif", "shehbaz-sharif", True, None),
                        ("PM Shehbaz", "shehbaz-sharif", True, None)], id="first-name-alone-after-the-full-name"),
    # Former, then-, late, elect, and people out of office.
    pytest.param("former President Donald Trump said", date(2022, 3, 1), None,
                 [("former President Donald Trump", "donald-trump", False, "former")], id="former-president"),
    pytest.param("then-President Trump said", date(2019, 1, 1), None,
                 [("then-President Trump", "donald-trump", False, "then")], id="then-president"),
    pytest.param("President-elect Trump spoke with Mr. Trudeau.", date(2024, 12, 1), None,
                 [("President-elect Trump", "donald-trump", False, "elect"),
                  ("Mr. Trudeau", "justin-trudeau", True, None)], id="president-elect"),
    pytest.param("Taiwan's president-elect Lai Ching-te said", date(2024, 1, 20), None,
                 [("Taiwan's president-elect Lai Ching-te", "lai-ching-te", False, "elect")], id="taiwan-elect"),
    pytest.param("the late Queen Elizabeth II and King Charles", date(2023, 5, 6), None,
                 [("late Queen Elizabeth II", "elizabeth-ii", False, "late"),
                  ("King Charles", "charles-iii", True, None)],
                 id="late-queen"),
    pytest.param("Trump said on Tuesday.", date(2022, 3, 1), None,
                 [("Trump", "donald-trump", False, None)], id="out-of-office"),
    pytest.param("Chancellor Olaf Scholz and Chancellor Merz", date(2025, 6, 1), None,
                 [("Chancellor Olaf Scholz", "olaf-scholz", False, None),
                  ("Chancellor Merz", "friedrich-merz", True, None)],
                 id="predecessor-with-title"),
    # People the data does not know, named with a head's title.
    pytest.param("Prime Minister Jane Doe of Freedonia called. Ms. Doe said Doe would.", date(2024, 1, 1), None,
                 [("Prime Minister Jane Doe", "jane-doe", True, None), ("Ms. Doe", "jane-doe", True, None),
                  ("Doe", "jane-doe", True, None)], id="unknown-prime-minister"),
    pytest.param("King Felix of Ruritania and former President Ana Lopez", date(2024, 1, 1), None,
                 [("King Felix", "felix", True, None), ("former President Ana Lopez", "ana-lopez", False, "former")],
                 id="unknown-king-and-former"),
    pytest.param("Biden Speaks With President Jane Roe", date(2024, 1, 1), None,
                 [("Biden", "joe-biden", True, None), ("President Jane Roe", "jane-roe", True, None)],
                 id="unknown-in-headline"),
    pytest.param("Kenyan President William Ruto said", date(2024, 1, 1), None,
                 [("Kenyan President William Ruto", "william-ruto", True, None)], id="known-with-demonym"),
    pytest.param("Belarus's prime minister, Roman Golovchenko, said", date(2021, 1, 1), None,
                 [("Roman Golovchenko", "roman-golovchenko", True, None)], id="unknown-in-apposition"),
    pytest.param("FIFA President Gianni Infantino and opposition leader Alexei Navalny", date(2021, 1, 1), None, [],
                 id="organisation-titles"),
    pytest.param("The president of the World Bank, Ajay Banga, said", date(2024, 1, 1), US_STORY, [],
                 id="organisation-president-in-apposition"),
    pytest.param("Premier Doug Ford of Ontario and Chancellor George Osborne", date(2015, 1, 1), None, [],
                 id="premier-and-chancellor-need-a-known-country"),
    pytest.param("Chancellor Hunt and Hezbollah leader Hassan Nasrallah", date(2023, 6, 1), None,
                 [("Chancellor Hunt", "jeremy-hunt", False, None)], id="non-head-chancellor-and-group-leader"),
    # Things that are not people, and short names too common to trust alone.
    pytest.param("Israeli officials, Chinese state media, the Kremlin, Washington and the White House said.",
                 date(2024, 1, 1), None, [], id="institutions"),
    pytest.param("Israel's leaders and the two presidents spoke.", date(2024, 1, 1), None, [], id="plurals"),
    pytest.param("Lee said. Johnson said. Mr. Kim said. Li said.", date(2020, 7, 1), None, [], id="common-surnames"),
    pytest.param("President Lee said.", date(2025, 7, 1), None,
                 [("President Lee", "lee-jae-myung", True, None)], id="common-surname-with-title"),
    pytest.param("Boris Johnson arrived. Johnson said.", date(2020, 7, 1), None,
                 [("Boris Johnson", "boris-johnson", True, None), ("Johnson", "boris-johnson", True, None)],
                 id="common-surname-after-full-name"),
    pytest.param("Hunter Biden met Donald Trump Jr. in Harris County.", date(2023, 1, 1), None, [],
                 id="relatives-and-places"),
    pytest.param("Hafez al-Assad ruled before his son. Bashar al-Assad and al-Assad.", date(2020, 1, 1), None,
                 [("Hafez al-Assad", "hafez-al-assad", False, None), ("Bashar al-Assad", "bashar-al-assad", True, None),
                  ("al-Assad", "bashar-al-assad", True, None)],
                 id="father-with-same-surname"),
    pytest.param("King Abdullah and Sultan Abdullah spoke.", date(2023, 1, 5), None,
                 [("King Abdullah", "abdullah-ii", True, None), ("Sultan Abdullah", "abdullah-of-pahang", True, None)],
                 id="two-kings-abdullah"),
    pytest.param("King Abdullah spoke.", date(2010, 1, 5), None, [], id="king-abdullah-of-two-countries"),
    pytest.param("Saudi King Abdullah spoke.", date(2010, 1, 5), None,
                 [("Saudi King Abdullah", "abdullah-bin-abdulaziz-al-saud", True, None)], id="king-abdullah-saudi"),
    pytest.param("Costa Rica's president and San Marino's regents", date(2024, 1, 1), None,
                 [("Costa Rica's president", "rodrigo-chaves", True, None)], id="place-names-are-not-people"),
    pytest.param("President Zail Singh met Prime Minister Manmohan Singh.", date(2008, 1, 1), None,
                 [("President Zail Singh", "zail-singh", True, None),
                  ("Prime Minister Manmohan Singh", "manmohan-singh", True, None)],
                 id="given-name-after-title-is-not-a-headline"),
    pytest.param("in Xi'an, Pope Pius XI and the king of pop", date(2023, 1, 1), MentionContext("GB"), [],
                 id="not-xi"),
    pytest.param("PM Modi and Israel's Netanyahu", date(2023, 1, 1), None,
                 [("PM Modi", "narendra-modi", True, None), ("Netanyahu", "benjamin-netanyahu", True, None)],
                 id="abbreviated-title-and-country-possessive"),
    pytest.param("the Biden administration", date(2023, 1, 1), None,
                 [("Biden", "joe-biden", True, None)], id="administration-names-the-person"),
    # "his Brazilian counterpart": a leader's counterpart is the leader of that country on the day
    pytest.param("Macron spoke with his Brazilian counterpart on Tuesday.", date(2023, 6, 13), None,
                 [("Macron", "emmanuel-macron", True, None),
                  ("Brazilian counterpart", "luiz-inacio-lula-da-silva", True, None)], id="a-leaders-counterpart"),
    pytest.param("Macron and his German counterpart spoke.", date(2023, 6, 13), None,
                 [("Macron", "emmanuel-macron", True, None), ("German counterpart", "olaf-scholz", True, None)],
                 id="a-counterpart-is-the-country-leader-whatever-the-titles"),
    pytest.param("Biden called his Japanese counterpart, Fumio Kishida.", date(2023, 6, 13), None,
                 [("Biden", "joe-biden", True, None), ("Fumio Kishida", "fumio-kishida", True, None)],
                 id="a-counterpart-named-is-the-name"),
    pytest.param("Modi's foreign minister spoke with his Israeli counterpart.", date(2023, 6, 13), None,
                 [("Modi", "narendra-modi", True, None)], id="a-ministers-counterpart-is-no-leader"),
    pytest.param("Putin spoke on Monday. Then the ambassador called his Turkish counterpart.", date(2023, 6, 13),
                 None, [("Putin", "vladimir-putin", True, None)], id="a-counterpart-needs-its-leader-in-the-sentence"),
    # "the Head of State": a Central Asian or Gulf readout's own leader
    pytest.param("The Head of State thanked his counterpart.", date(2023, 7, 24),
                 MentionContext("KZ", frozenset({"kassym-jomart-tokayev", "shavkat-mirziyoyev"})),
                 [("The Head of State", "kassym-jomart-tokayev", True, None)],
                 id="the-head-of-state-of-the-home-country"),
    pytest.param("Head of State Kassym-Jomart Tokayev spoke.", date(2023, 7, 24), None,
                 [("Head of State Kassym-Jomart Tokayev", "kassym-jomart-tokayev", True, None)],
                 id="head-of-state-as-a-title"),
    pytest.param("The head of government thanked him.", date(2023, 7, 24), MentionContext("FR"),
                 [("The head of government", "elisabeth-borne", True, None)], id="the-head-of-government"),
    pytest.param("During the call, the President of the Government conveyed support.", date(2024, 6, 13),
                 MentionContext("ES", frozenset({"pedro-sanchez", "volodymyr-zelensky"}), True),
                 [("the President of the Government", "pedro-sanchez", True, None)],
                 id="spains-president-of-the-government"),
    # "Sheikh Mohamed", "Prince Mohammed": a royal's honorific and given name, once the full name is in the text
    pytest.param("Ruto called Sheikh Mohamed bin Zayed. Sheikh Mohamed thanked him.", date(2023, 6, 22), None,
                 [("Ruto", "william-ruto", True, None), ("Sheikh Mohamed bin Zayed", "mohamed-bin-zayed-al-nahyan",
                                                          True, None),
                  ("Sheikh Mohamed", "mohamed-bin-zayed-al-nahyan", True, None)],
                 id="a-royals-given-name-after-the-full-name"),
    pytest.param("Sheikh Mohamed thanked him.", date(2023, 6, 22), None, [],
                 id="a-royals-given-name-alone-names-no-one"),
    pytest.param("Sheikh Mohammed bin Rashid met Sheikh Mohamed bin Zayed. Sheikh Mohammed spoke.", date(2023, 6, 22),
                 None, [("Sheikh Mohammed bin Rashid", "mohammed-bin-rashid-al-maktoum", True, None),
                        ("Sheikh Mohamed bin Zayed", "mohamed-bin-zayed-al-nahyan", True, None)],
                 id="a-given-name-two-named-royals-share-names-no-one"),
    pytest.param("Macron called Crown Prince Mohammed bin Salman. Prince Mohammed agreed.", date(2023, 6, 22), None,
                 [("Macron", "emmanuel-macron", True, None),
                  ("Crown Prince Mohammed bin Salman", "mohammed-bin-salman", True, None),
                  ("Prince Mohammed", "mohammed-bin-salman", True, None)],
                 id="prince-mohammed-after-his-full-name"),
    pytest.param("PBBM thanked Albo for the call.", date(2023, 9, 12), None,
                 [("PBBM", "ferdinand-marcos-jr", True, None), ("Albo", "anthony-albanese", True, None)],
                 id="names-the-press-at-home-uses"),
    pytest.param("Prime Minister Imran termed it a positive step; Imran thanked him.", date(2019, 11, 21), None,
                 [("Prime Minister Imran", "imran-khan", True, None)], id="a-given-name-after-a-title-only"),
    pytest.param("Joining Biden on the call were Macron and Scholz.", date(2022, 4, 19), None,
                 [("Biden", "joe-biden", True, None), ("Macron", "emmanuel-macron", True, None),
                  ("Scholz", "olaf-scholz", True, None)], id="a-verb-opening-the-sentence-is-no-given-name"),
    pytest.param("Besides Biden, Macron took part.", date(2022, 4, 19), None,
                 [("Biden", "joe-biden", True, None), ("Macron", "emmanuel-macron", True, None)],
                 id="a-preposition-opening-the-sentence-is-no-given-name"),
    # The 1980s and 1990s: one name, whichever of its bearers held office that day.
    pytest.param("President George Bush called Soviet President Mikhail Gorbachev.", date(1990, 8, 2), None,
                 [("President George Bush", "george-h-w-bush", True, None),
                  ("Soviet President Mikhail Gorbachev", "mikhail-gorbachev", True, None)],
                 id="george-bush-in-1990-is-the-elder"),
    pytest.param("President George Bush called Prime Minister Tony Blair.", date(2005, 4, 30), None,
                 [("President George Bush", "george-w-bush", True, None),
                  ("Prime Minister Tony Blair", "tony-blair", True, None)],
                 id="george-bush-in-2005-is-the-younger"),
    pytest.param("Prime Minister John Major said it was a major step; Mr. Major thanked Mr. Yeltsin.",
                 date(1995, 3, 1), None,
                 [("Prime Minister John Major", "john-major", True, None), ("Mr. Major", "john-major", True, None),
                  ("Mr. Yeltsin", "boris-yeltsin", True, None)],
                 id="a-surname-that-is-a-word-only-as-a-name"),
    # Spellings and short forms of other outlets.
    pytest.param("Israeli President Yitzchak Herzog thanked him.", date(2022, 2, 10), None,
                 [("Israeli President Yitzchak Herzog", "isaac-herzog", True, None)], id="herzog-spelled-yitzchak"),
    pytest.param("The president called Saudi Arabian King Abdullah Bin Abdul Aziz.", date(2009, 1, 23), None,
                 [("Saudi Arabian King Abdullah Bin Abdul Aziz", "abdullah-bin-abdulaziz-al-saud", True, None)],
                 id="king-abdullah-bin-abdul-aziz-in-two-words"),
    pytest.param("PM Ibrahim urged restraint; King Ibrahim received him.", date(2025, 7, 31), None,
                 [("PM Ibrahim", "anwar-ibrahim", True, None),
                  ("King Ibrahim", "ibrahim-iskandar-of-johor", True, None)],
                 id="anwar-ibrahim-by-the-second-part-of-his-name-after-pm"),
]


@pytest.mark.parametrize(("text", "on", "context", "expected"), MENTIONS)
def test_find_mentions(directory: LeaderDirectory, text: str, on: date | None, context: MentionContext | None,
                       expected: list[tuple[str, str, bool, str | None]]) -> None:
    assert found(directory, text, on, context) == expected


@pytest.mark.parametrize(("slug", "on", "office", "country", "is_leader"), [
    pytest.param("mohammed-bin-salman", date(2020, 1, 1), "Crown Prince", "SA", True, id="mbs-crown-prince"),
    pytest.param("mohammed-bin-salman", date(2023, 1, 1), "Crown Prince and Prime Minister", "SA", True,
                 id="mbs-prime-minister"),
    pytest.param("mohamed-bin-zayed-al-nahyan", date(2021, 1, 1), "Crown Prince of Abu Dhabi", "AE", True,
                 id="mbz-before-presidency"),
    pytest.param("mohamed-bin-zayed-al-nahyan", date(2023, 1, 1), "President", "AE", True, id="mbz-president"),
    pytest.param("donald-tusk", date(2016, 1, 1), "President of the European Council", "EU", True, id="tusk-eu"),
    pytest.param("donald-tusk", date(2024, 1, 1), "Prime Minister", "PL", True, id="tusk-poland"),
    pytest.param("david-cameron", date(2024, 1, 10), "Foreign Secretary", "GB", False, id="cameron-minister"),
    pytest.param("kamala-harris", date(2024, 1, 1), "Vice President", "US", False, id="vice-president"),
    pytest.param("kamala-harris", None, "Vice President", "US", False, id="deputy-never-leader"),
    pytest.param("joe-biden", None, "President", "US", True, id="undated-ever-head"),
    pytest.param("benjamin-netanyahu", date(2022, 3, 1), "Opposition Leader", "IL", False,
                 id="netanyahu-in-opposition"),
])
def test_leader_for(directory: LeaderDirectory, slug: str, on: date | None, office: str, country: str,
                    is_leader: bool) -> None:
    ref = directory.leader_for(slug, on)
    assert (ref.office, ref.country, ref.is_leader) == (office, country, is_leader)


@pytest.mark.parametrize(("country", "office", "on", "slug"), [
    pytest.param("US", "head-of-state-and-government", date(2019, 1, 1), "donald-trump", id="us-kind"),
    pytest.param("GB", "prime minister", date(2022, 10, 23), "liz-truss", id="uk-title"),
    pytest.param("GB", "head-of-state", date(2022, 9, 1), "elizabeth-ii", id="uk-queen"),
    pytest.param("GB", "King", date(2023, 1, 1), "charles-iii", id="uk-king"),
    pytest.param("IL", "leader", date(2022, 8, 1), "yair-lapid", id="israel-leader-lapid"),
    pytest.param("SA", "leader", date(2019, 1, 1), "mohammed-bin-salman", id="saudi-leader-is-mbs"),
    pytest.param("IR", "leader", date(2023, 1, 1), "ali-khamenei", id="iran-leader"),
    pytest.param("IR", "President", date(2023, 1, 1), "ebrahim-raisi", id="iran-president"),
    pytest.param("KR", "President", date(2025, 1, 10), "choi-sang-mok", id="korea-acting"),
    pytest.param("JP", "prime minister", date(2025, 11, 1), "sanae-takaichi", id="japan-2025"),
    pytest.param("US", "vice president", date(2025, 6, 1), "jd-vance", id="us-vice-president"),
    pytest.param("EU", "leader", date(2023, 1, 1), None, id="eu-two-presidents-ambiguous"),
    pytest.param("XX", "leader", date(2023, 1, 1), None, id="unknown-country"),
    pytest.param("RU", "President", date(1995, 6, 1), "boris-yeltsin", id="russia-1995"),
    pytest.param("IL", "Prime Minister", date(1997, 3, 9), "benjamin-netanyahu", id="israel-netanyahus-first-term"),
    pytest.param("IL", "Prime Minister", date(1994, 1, 1), "yitzhak-rabin", id="israel-1994"),
    pytest.param("GB", "Prime Minister", date(1995, 3, 1), "john-major", id="uk-1995"),
    pytest.param("DE", "Chancellor", date(1990, 10, 3), "helmut-kohl", id="germany-1990"),
    pytest.param("SU", "President", date(1991, 1, 1), "mikhail-gorbachev", id="soviet-union-1991"),
    pytest.param("JO", "King", date(1994, 7, 25), "hussein-bin-talal", id="jordan-1994"),
])
def test_office_holder(directory: LeaderDirectory, country: str, office: str, on: date, slug: str | None) -> None:
    ref = directory.office_holder(country, office, on)
    assert (ref.slug if ref else None) == slug


def test_by_slug(directory: LeaderDirectory) -> None:
    assert directory.by_slug("no-such-person") is None
    ref = directory.by_slug("recep-tayyip-erdogan")
    assert ref is not None and ref.name == "Recep Tayyip Erdogan" and ref.country == "TR"


# People the data does not know, recognised by a head's title: the full name as written, the country from the title.
TITLE_FALLBACK = [
    pytest.param("Prime Minister Ravi Kumarasami said on Monday.",
                 [("Prime Minister Ravi Kumarasami", "ravi-kumarasami", "Ravi Kumarasami", None)], id="full-name"),
    pytest.param("Indian Prime Minister Ravi Kumarasami said.",
                 [("Indian Prime Minister Ravi Kumarasami", "ravi-kumarasami", "Ravi Kumarasami", "IN")],
                 id="country-from-adjective"),
    pytest.param("India's Prime Minister Ravi Kumarasami said.",
                 [("India's Prime Minister Ravi Kumarasami", "ravi-kumarasami", "Ravi Kumarasami", "IN")],
                 id="country-from-possessive"),
    pytest.param("Kenyan President Wanjiru Otieno said.",
                 [("Kenyan President Wanjiru Otieno", "wanjiru-otieno", "Wanjiru Otieno", "KE")],
                 id="country-from-demonym"),
    pytest.param("President Ana Torvalo of Chile said.",
                 [("President Ana Torvalo", "ana-torvalo", "Ana Torvalo", "CL")], id="country-after-name"),
    pytest.param("Premier Li Wenjun of China said.",
                 [("Premier Li Wenjun", "li-wenjun", "Li Wenjun", "CN")], id="premier-of-a-known-country"),
    pytest.param("President John Q. Doeman called.",
                 [("President John Q. Doeman", "john-q-doeman", "John Q. Doeman", None)], id="initials-kept"),
    pytest.param("He phoned President Doeman. Kumarasami said.",
                 [("President Doeman", "doeman", "Doeman", None)], id="name-ends-with-the-sentence"),
    pytest.param("Prime Minister Kumarasami spoke. Later Prime Minister Ravi Kumarasami said. Kumarasami added.",
                 [("Prime Minister Kumarasami", "ravi-kumarasami", "Ravi Kumarasami", None),
                  ("Prime Minister Ravi Kumarasami", "ravi-kumarasami", "Ravi Kumarasami", None),
                  ("Kumarasami", "ravi-kumarasami", "Ravi Kumarasami", None)], id="surname-first-full-name-later"),
    pytest.param("Prime Minister Ravi Kumarasami and President Anil Kumarasami met. Kumarasami said.",
                 [("Prime Minister Ravi Kumarasami", "ravi-kumarasami", "Ravi Kumarasami", None),
                  ("President Anil Kumarasami", "anil-kumarasami", "Anil Kumarasami", None)],
                 id="two-people-one-surname"),
    pytest.param("Prime Minister Mr.\n\nRavi Kumarasami said.",
                 [("Prime Minister Mr.\n\nRavi Kumarasami", "ravi-kumarasami", "Ravi Kumarasami", None)],
                 id="a-paragraph-break-after-the-honorific"),
    pytest.param("President Dr.\nAna Torvalo of Chile said.",
                 [("President Dr.\nAna Torvalo", "ana-torvalo", "Ana Torvalo", "CL")], id="a-line-break-after-dr"),
    pytest.param("Prime Minister Mr.\n\nThe talks went on.", [], id="an-honorific-alone-is-no-name"),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_FALLBACK)
def test_title_fallback(directory: LeaderDirectory, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    mentions = directory.find_mentions(text, on=date(2024, 1, 1))
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:])), "mentions overlap"
    assert [(m.surface, m.person.slug, m.person.name, m.person.country) for m in mentions] == expected
    assert all(m.via in ("title", "surname", "name") and m.person.slug not in directory.people for m in mentions)


def test_terms_are_well_formed(directory: LeaderDirectory) -> None:
    for person in directory.people.values():
        for term in person.terms:
            assert term.start is None or term.end is None or term.start < term.end, person.slug
        assert person.slug == slugify(person.slug)


def test_another_data_file(tmp_path: Path) -> None:
    data = tmp_path / "leaders.toml"
    data.write_text('''
[[country]]
code = "FD"
name = "Freedonia"
names = ["Freedonia"]
adjectives = ["Freedonian"]

[[person]]
name = "Rufus T. Firefly"
aliases = ["Firefly"]
term = [{ country = "FD", office = "President", kind = "head-of-state-and-government", start = 1933-11-17 }]
''', encoding="utf-8")
    custom = load_directory(data)
    assert found(custom, "The Freedonian president and Firefly", date(1934, 1, 1)) == [
        ("The Freedonian president", "rufus-t-firefly", True, None), ("Firefly", "rufus-t-firefly", True, None)]
    assert load_directory(data) is custom


def test_bad_data_file_is_rejected(tmp_path: Path) -> None:
    data = tmp_path / "bad.toml"
    data.write_text('[[person]]\nname = "X"\nterm = [{ country = "ZZ", office = "King", kind = "king" }]\n')
    with pytest.raises(ValueError):
        load_directory(data)


@pytest.mark.parametrize(("name", "slug"), [
    ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
    ("Abdel Fattah el-Sisi", "abdel-fattah-el-sisi"),
    ("Nguyễn Phú Trọng", "nguyen-phu-trong"),
    ("Beata Szydło", "beata-szydlo"),
    ("Rufus T. Firefly", "rufus-t-firefly"),
])
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_fold_keeps_offsets() -> None:
    text = "Erdoğan, Orbán and Szydło’s Đà Nẵng"
    assert len(fold(text)) == len(text)
    assert fold(text) == "Erdogan, Orban and Szydlo's Da Nang"


def test_an_issuing_governments_bare_title_is_its_own_leader_whoever_the_text_names():
    directory = load_directory()
    text = "The Prime Minister spoke to Prime Minister Narendra Modi of India this afternoon."
    issued = MentionContext(home_country="GB", named_slugs=frozenset({"narendra-modi"}), issuer=True)
    cited = MentionContext(home_country="GB", named_slugs=frozenset({"narendra-modi"}))
    first = directory.find_mentions(text, on=date(2025, 5, 6), context=issued)[0]
    assert (first.surface, first.person.slug) == ("The Prime Minister", "keir-starmer")
    # Cited, not issued ("a Downing Street spokesperson said"): the bare title calling a holder of it is still the
    # government's own, unless someone bearing it was named before (then it is not the government's).
    assert directory.find_mentions(text, on=date(2025, 5, 6), context=cited)[0].person.slug == "keir-starmer"
    earlier = "Prime Minister Narendra Modi landed in Delhi. " + text.replace("Narendra Modi of India", "Albanese")
    cited = MentionContext(home_country="GB", named_slugs=frozenset({"narendra-modi", "anthony-albanese"}))
    bare = [m for m in directory.find_mentions(earlier, on=date(2025, 5, 6), context=cited) if m.via == "description"]
    assert "keir-starmer" not in [m.person.slug for m in bare]
