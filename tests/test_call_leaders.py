"""Who the leaders on a call are: a name, a title or a description read as the leader the text means."""

from datetime import date

import pytest

from tests.test_extraction import Expected, calls_in

# A leader out of office when the text is published, named in a sentence that dates the call to their term.
LEADERS_ON_THE_DAY_THE_TEXT_GIVES = [
    pytest.param("On September 9, 2016, President Vladimir Putin had a telephone conversation with President Barack "
                 "Obama about Syria.", date(2022, 4, 2),
                 [Expected(("Barack Obama", "Vladimir Putin"), date(2016, 9, 9))],
                 id="a-past-president-on-a-full-date-years-before-publication"),
    pytest.param("Prime Minister Theresa May spoke by phone with President Emmanuel Macron in March 2019 about "
                 "Brexit.", date(2024, 6, 1), [Expected(("Emmanuel Macron", "Theresa May"))],
                 id="a-past-prime-minister-in-a-month-of-her-term"),
    pytest.param("Theresa May, who left office in 2019, spoke by phone with President Emmanuel Macron on Tuesday.",
                 date(2024, 6, 1), [], id="a-past-leader-on-a-day-after-her-term-is-no-call-of-leaders"),
    pytest.param("President Xi Jinping spoke with then-president Donald Trump by phone in March last year.",
                 date(2021, 2, 11), [Expected(("Donald Trump", "Xi Jinping"))],
                 id="a-then-president-in-a-month-of-last-year"),
    pytest.param("Chancellor Olaf Scholz talked by phone with then-Prime Minister Boris Johnson on May 4, 2022.",
                 date(2024, 1, 20), [Expected(("Boris Johnson", "Olaf Scholz"), date(2022, 5, 4))],
                 id="a-then-prime-minister-on-a-full-date"),
    pytest.param("President Emmanuel Macron called then-Prime Minister Boris Johnson in June last year.",
                 date(2024, 1, 20), [], id="a-then-prime-minister-in-a-month-after-his-term-is-no-leader"),
]

# A military rank a head bears beside the office ("General Michel Aoun", "Gen Prayut"): the day decides who leads.
A_RANK_BEFORE_THE_NAME = [
    pytest.param("General Michel Aoun took a phone call on Tuesday from President Emmanuel Macron, who offered help "
                 "after the blast.", date(2020, 8, 5),
                 [Expected(("Emmanuel Macron", "Michel Aoun"), date(2020, 8, 4))],
                 id="general-before-a-presidents-name"),
    pytest.param("Prime Minister Prayut Chan-o-cha was in Bangkok. Gen Prayut held a video call with Prime Minister "
                 "Narendra Modi on Thursday.", date(2021, 3, 6),
                 [Expected(("Narendra Modi", "Prayut Chan-o-cha"), date(2021, 3, 4), kind="video-call")],
                 id="gen-without-a-stop-before-a-surname"),
    pytest.param("Field Marshal Abdel Fattah el-Sisi spoke by phone with King Abdullah II on Sunday.",
                 date(2021, 4, 5), [Expected(("Abdel Fattah el-Sisi", "Abdullah II"), date(2021, 4, 4))],
                 id="field-marshal-before-a-presidents-name"),
    pytest.param("General Joseph Aoun, the army commander, spoke by phone with President Emmanuel Macron on Tuesday.",
                 date(2020, 8, 5), [], id="a-general-who-does-not-lead-on-the-day-is-no-leader"),
]

# "his Vietnamese counterpart" of a prime minister: that country's prime minister, though its party leads it.
A_PRIME_MINISTERS_COUNTERPART = [
    pytest.param("Thai Prime Minister Prayut Chan-o-cha spoke by phone with his Vietnamese counterpart on Friday.",
                 date(2020, 9, 14), [Expected(("Nguyễn Xuân Phúc", "Prayut Chan-o-cha"), date(2020, 9, 11))],
                 id="a-prime-ministers-vietnamese-counterpart-is-the-prime-minister"),
    # Where a president leads, reporters call the president a prime minister's counterpart.
    pytest.param("Prime Minister Narendra Modi held a telephone conversation with his Russian counterpart on "
                 "Wednesday about trade.", date(2021, 6, 3),
                 [Expected(("Narendra Modi", "Vladimir Putin"), date(2021, 6, 2))],
                 id="a-prime-ministers-russian-counterpart-is-the-president-who-leads"),
    pytest.param("Prime Minister Keir Starmer spoke with his French counterpart on Sunday about small boats.",
                 date(2025, 3, 4), [Expected(("Emmanuel Macron", "Keir Starmer"), date(2025, 3, 2))],
                 id="a-prime-ministers-french-counterpart-is-the-president-who-leads"),
    pytest.param("Prime Minister Fumio Kishida spoke by phone with his British counterpart on Monday.",
                 date(2023, 1, 10), [Expected(("Fumio Kishida", "Rishi Sunak"), date(2023, 1, 9))],
                 id="a-prime-ministers-counterpart-where-the-prime-minister-leads"),
]

# "his Vietnamese counterpart" of a president: that country's state president on the day, not the party chief.
A_PRESIDENTS_COUNTERPART = [
    pytest.param("President Miguel Diaz-Canel held a telephone conversation with his Vietnamese counterpart on Monday.",
                 date(2021, 8, 24), [Expected(("Miguel Díaz-Canel", "Nguyễn Xuân Phúc"), date(2021, 8, 23))],
                 id="a-presidents-vietnamese-counterpart-is-the-state-president"),
    pytest.param("Diaz-Canel and Phuc\n\nCuban President Miguel Diaz-Canel spoke by phone with his Vietnamese "
                 "counterpart. The Cuban President Miguel Diaz-Canel called Vietnamese President Nguyen Xuan Phuc on "
                 "Monday.", date(2021, 8, 24), [Expected(("Miguel Díaz-Canel", "Nguyễn Xuân Phúc"), date(2021, 8, 23))],
                 id="a-headline-counterpart-and-the-named-president-are-one-call"),
    # Where the party chief is also the president, he is the counterpart.
    pytest.param("President Vladimir Putin spoke by phone with his Chinese counterpart on Tuesday.",
                 date(2022, 6, 16), [Expected(("Vladimir Putin", "Xi Jinping"), date(2022, 6, 14))],
                 id="a-presidents-chinese-counterpart-is-xi"),
]

# "the Moroccan sovereign" is the country's monarch, "the Qatari ruler" its leader.
SOVEREIGNS_AND_RULERS = [
    pytest.param("The Moroccan sovereign held a phone call with President Emmanuel Macron on Tuesday.",
                 date(2022, 11, 2), [Expected(("Emmanuel Macron", "Mohammed VI"), date(2022, 11, 1))],
                 id="a-countrys-sovereign-is-its-monarch"),
    pytest.param("The Qatari ruler received a phone call from President Joe Biden on Monday about the hostages.",
                 date(2023, 10, 24), [Expected(("Joe Biden", "Tamim bin Hamad Al Thani"), date(2023, 10, 23))],
                 id="a-countrys-ruler-is-its-leader"),
    pytest.param("The Saudi sovereign wealth fund spoke by phone with President Joe Biden's aides on Monday.",
                 date(2023, 10, 24), [], id="a-sovereign-wealth-fund-is-no-monarch"),
]

# Leaders of earlier decades and other spellings of a name, from the leaders' data.
OLDER_LEADERS_AND_SPELLINGS = [
    pytest.param("President Richard Nixon telephoned Prime Minister Golda Meir on Tuesday to discuss the ceasefire.",
                 date(1970, 8, 12), [Expected(("Golda Meir", "Richard Nixon"), date(1970, 8, 11))],
                 id="nixon-and-golda-meir-by-name"),
    pytest.param("Premier Golda Meir and President Nixon spoke by phone on Friday about the airlift.",
                 date(1973, 10, 13), [Expected(("Golda Meir", "Richard Nixon"), date(1973, 10, 12))],
                 id="premier-meir-and-president-nixon"),
    pytest.param("Prime Minister Pierre Elliott Trudeau spoke by phone with President Nixon on Monday.",
                 date(1971, 12, 7), [Expected(("Pierre Trudeau", "Richard Nixon"), date(1971, 12, 6))],
                 id="pierre-elliott-trudeau-not-his-son"),
    pytest.param("Prime Minister Mustafa Al-Kadhemi received a call on Sunday from President Emmanuel Macron.",
                 date(2020, 6, 1), [Expected(("Emmanuel Macron", "Mustafa al-Kadhimi"), date(2020, 5, 31))],
                 id="al-kadhemi-is-al-kadhimi"),
    pytest.param("Prime Minister Mustafa al-Kazemi took a phone call from King Abdullah II of Jordan on Monday.",
                 date(2021, 3, 2), [Expected(("Abdullah II", "Mustafa al-Kadhimi"), date(2021, 3, 1))],
                 id="al-kazemi-is-al-kadhimi"),
    pytest.param("President Kasim-Jomart Tokayev spoke by telephone with President Ilham Aliyev on Wednesday.",
                 date(2022, 6, 10), [Expected(("Ilham Aliyev", "Kassym-Jomart Tokayev"), date(2022, 6, 8))],
                 id="kasim-jomart-is-kassym-jomart-tokayev"),
    pytest.param("Prime Minister Adil Abd Al-Mahdi and President Recep Tayyip Erdogan talked by phone on Sunday.",
                 date(2019, 5, 7), [Expected(("Adil Abdul-Mahdi", "Recep Tayyip Erdogan"), date(2019, 5, 5))],
                 id="abd-al-mahdi-is-abdul-mahdi"),
]

# "the American leader" in a story about the president-elect is the president-elect, not the incumbent.
THE_LEADER_TO_BE = [
    pytest.param("US President-elect Donald Trump took calls from leaders after his win. On Wednesday the American "
                 "leader spoke with French President Emmanuel Macron about Ukraine.", date(2024, 11, 7), [],
                 id="the-american-leader-is-the-president-elect"),
    pytest.param("President-elect Luiz Inacio Lula da Silva received calls from abroad. On Monday the Brazilian "
                 "leader spoke with President Joe Biden.", date(2022, 11, 2), [],
                 id="the-brazilian-leader-is-the-president-elect"),
    pytest.param("President-elect Luiz Inacio Lula da Silva won on Sunday. President Jair Bolsonaro stayed silent, "
                 "and on Monday the Brazilian leader spoke with President Joe Biden.", date(2022, 11, 2),
                 [Expected(("Jair Bolsonaro", "Joe Biden"), date(2022, 10, 31))],
                 id="the-brazilian-leader-is-the-incumbent-the-text-names"),
]

CALL_LEADERS = [*LEADERS_ON_THE_DAY_THE_TEXT_GIVES, *A_RANK_BEFORE_THE_NAME, *A_PRIME_MINISTERS_COUNTERPART,
                *A_PRESIDENTS_COUNTERPART, *SOVEREIGNS_AND_RULERS, *OLDER_LEADERS_AND_SPELLINGS, *THE_LEADER_TO_BE]


@pytest.mark.parametrize(("text", "published", "expected"), CALL_LEADERS)
def test_call_leaders(text: str, published: date | None, expected: list[Expected]):
    assert calls_in(text, published) == sorted(expected, key=lambda e: (e.leaders, e.day or date.min))
