"""The leaders data file itself: it parses, its terms do not clash, and it covers every UN member state."""

import tomllib
from collections import defaultdict
from datetime import date
from itertools import combinations

import pytest

from app.ingest.leader_records import DATA_FILE, read_records
from app.ingest.leaders import LEADER_KINDS, LeaderDirectory, load_directory

TODAY = date(2026, 12, 1)

# ISO 3166 alpha-2 codes of the 193 UN member states.
UN_MEMBERS = frozenset("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM
CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU
IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC
MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN
RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN
YE ZM ZW
""".split())

# Offices held jointly, and by how many people at once.
JOINT_OFFICES = {
    ("SM", "Captain Regent"): 2,  # San Marino's two Captains Regent
    ("AD", "Co-Prince"): 2,  # the French president and the Bishop of Urgell
    ("BA", "Member of the Presidency"): 3,  # Bosnia's Bosniak, Croat and Serb members
    ("NI", "Co-President"): 2,  # Nicaragua since the 2025 constitution
}
# Bodies whose different leading offices run side by side (the Commission's and the European Council's presidents).
SIDE_BY_SIDE = {"EU"}

# Members with no head of state recorded on TODAY, and why.
NO_HEAD_OF_STATE_TODAY = {
    "CO": "Gustavo Petro's term ended on 2026-08-07; his elected successor is not recorded",
    "PE": "the 2021-2026 term ended on 2026-07-28; the president elected in 2026 is not recorded",
    "SM": "Captains Regent change every six months; pairs after 2025-10-01 are not recorded",
    "HT": "the Transitional Presidential Council's mandate ended on 2026-02-07; the prime minister governs",
}

# Short names shared by two people who were in office at the same time, knowingly.
SHARED_NAMES_IN_OFFICE_TOGETHER = {
    "aliyev",  # Ilham Aliyev was prime minister under his father Heydar from August to October 2003
}


@pytest.fixture(scope="module")
def directory() -> LeaderDirectory:
    return load_directory()


def holders(directory: LeaderDirectory, code: str, kinds: tuple[str, ...], on: date) -> set[str]:
    return {p.slug for p in directory.people.values() for t in p.terms
            if t.country == code and t.kind in kinds and t.covers(on)}


def overlaps(a, b) -> bool:  # noqa: ANN001 - two Terms
    return (a.start or date.min) < (b.end or date.max) and (b.start or date.min) < (a.end or date.max)


def test_the_file_parses() -> None:
    with DATA_FILE.open("rb") as handle:
        raw = tomllib.load(handle)
    records = read_records()
    assert len(records.people) == len(raw["person"]) > 1500
    assert len(records.countries) == len(raw["country"])
    assert all(country.names and country.adjectives for country in records.countries)


def test_terms_are_well_formed(directory: LeaderDirectory) -> None:
    bad = [(p.slug, t.office) for p in directory.people.values() for t in p.terms
           if t.start is None and t.is_leader or t.start and t.end and t.start >= t.end]
    assert bad == []


def test_no_two_people_hold_the_same_office_at_once(directory: LeaderDirectory) -> None:
    by_country = defaultdict(list)
    for person in directory.people.values():
        for term in person.terms:
            if term.kind in LEADER_KINDS:
                by_country[term.country].append((person.slug, term))
    clashes = []
    for code, terms in by_country.items():
        for (a, s), (b, t) in combinations(terms, 2):
            if a == b or s.kind != t.kind or not overlaps(s, t):
                continue
            if (code, s.office) in JOINT_OFFICES and s.office == t.office:
                continue  # counted below
            if code in SIDE_BY_SIDE and s.office != t.office:
                continue
            clashes.append((code, s.kind, a, b))
    assert clashes == []


@pytest.mark.parametrize(("code", "office"), list(JOINT_OFFICES))
def test_joint_offices_hold_no_more_than_their_number(directory: LeaderDirectory, code: str, office: str) -> None:
    terms = [t for p in directory.people.values() for t in p.terms if t.country == code and t.office == office]
    assert terms, "the joint office is in the data"
    for day in sorted({t.start for t in terms}):
        assert sum(t.covers(day) for t in terms) <= JOINT_OFFICES[code, office], day


def test_every_un_member_has_a_country_entry(directory: LeaderDirectory) -> None:
    assert len(UN_MEMBERS) == 193
    assert sorted(UN_MEMBERS - set(directory.countries)) == []


@pytest.mark.parametrize("code", sorted(UN_MEMBERS))
def test_every_un_member_has_its_leaders_today(directory: LeaderDirectory, code: str) -> None:
    heads = holders(directory, code, ("head-of-state", "head-of-state-and-government"), TODAY)
    if code in NO_HEAD_OF_STATE_TODAY:
        assert not heads, f"{code} has a head of state again: drop it from NO_HEAD_OF_STATE_TODAY"
    else:
        assert heads, f"no head of state of {code} on {TODAY}"
    if code not in NO_HEAD_OF_STATE_TODAY and not holders(directory, code, ("head-of-state-and-government",), TODAY):
        assert holders(directory, code, ("head-of-government",), TODAY), f"no head of government of {code}"
    if code not in NO_HEAD_OF_STATE_TODAY and code not in {c for c, _ in JOINT_OFFICES}:
        assert directory.office_holder(code, "leader", TODAY) is not None, f"'the {code} leader' is nobody"


def test_short_names_do_not_mean_two_people_at_once(directory: LeaderDirectory) -> None:
    shared = []
    for key, aliases in directory._aliases.items():  # noqa: SLF001 - the alias index is what text matching uses
        slugs = sorted({a.slug for a in aliases if not a.titled})
        for a, b in combinations(slugs, 2):
            if any(overlaps(s, t) for s in directory.people[a].terms for t in directory.people[b].terms):
                shared.append(key)
    assert sorted(set(shared)) == sorted(SHARED_NAMES_IN_OFFICE_TOGETHER)


@pytest.mark.parametrize(("code", "office", "on", "slug"), [
    pytest.param("IN", "prime minister", date(2008, 6, 1), "manmohan-singh", id="india-pm-2008"),
    pytest.param("IN", "head-of-state", date(2008, 6, 1), "pratibha-patil", id="india-president-2008"),
    pytest.param("BR", "head-of-state-and-government", date(2012, 1, 1), "dilma-rousseff", id="brazil-2012"),
    pytest.param("BR", "President", date(2016, 6, 1), "michel-temer", id="brazil-acting-2016"),
    pytest.param("KE", "head-of-state-and-government", date(2023, 10, 3), "william-ruto", id="kenya-2023"),
    pytest.param("CL", "President", date(2025, 1, 29), "gabriel-boric", id="chile-2025"),
    pytest.param("MA", "King", date(2020, 12, 10), "mohammed-vi", id="morocco-king-2020"),
    pytest.param("MA", "head-of-government", date(2020, 12, 10), "saadeddine-el-othmani", id="morocco-pm-2020"),
    pytest.param("SD", "head-of-state", date(2020, 10, 23), "abdel-fattah-al-burhan", id="sudan-burhan"),
    pytest.param("SD", "leader", date(2020, 10, 23), "abdel-fattah-al-burhan", id="sudan-leader"),
    pytest.param("SD", "prime minister", date(2020, 10, 23), "abdalla-hamdok", id="sudan-hamdok"),
    pytest.param("SD", "leader", date(2015, 1, 1), "omar-al-bashir", id="sudan-bashir"),
    pytest.param("US", "leader", date(2003, 3, 20), "george-w-bush", id="us-2003"),
    pytest.param("GB", "prime minister", date(2005, 5, 5), "tony-blair", id="uk-2005"),
    pytest.param("FR", "President", date(2003, 1, 1), "jacques-chirac", id="france-2003"),
    pytest.param("DE", "head-of-state", date(2008, 1, 1), "horst-kohler", id="germany-president-2008"),
    pytest.param("DE", "Chancellor", date(2003, 1, 1), "gerhard-schroder", id="germany-chancellor-2003"),
    pytest.param("RU", "President", date(2005, 1, 1), "vladimir-putin", id="russia-2005"),
    pytest.param("RU", "prime minister", date(2010, 1, 1), "vladimir-putin", id="russia-pm-2010"),
    pytest.param("RU", "leader", date(2010, 1, 1), "dmitry-medvedev", id="russia-leader-2010"),
    pytest.param("JP", "prime minister", date(2005, 1, 1), "junichiro-koizumi", id="japan-2005"),
    pytest.param("CN", "leader", date(2008, 8, 8), "hu-jintao", id="china-2008"),
    pytest.param("ZA", "leader", date(2005, 1, 1), "thabo-mbeki", id="south-africa-2005"),
    pytest.param("NG", "leader", date(2016, 1, 1), "muhammadu-buhari", id="nigeria-2016"),
    pytest.param("AU", "prime minister", date(2011, 1, 1), "julia-gillard", id="australia-2011"),
    pytest.param("CA", "King", date(2024, 1, 1), "charles-iii", id="canada-king"),
    pytest.param("JM", "head-of-state", date(2010, 1, 1), "elizabeth-ii", id="jamaica-queen"),
    pytest.param("BB", "head-of-state", date(2023, 1, 1), "sandra-mason", id="barbados-republic"),
    pytest.param("CH", "President", date(2026, 6, 1), "guy-parmelin", id="switzerland-2026"),
    pytest.param("LU", "Grand Duke", date(2010, 1, 1), "henri-of-luxembourg", id="luxembourg-grand-duke"),
    pytest.param("SA", "leader", date(2010, 1, 1), "abdullah-bin-abdulaziz-al-saud", id="saudi-2010"),
    pytest.param("IQ", "leader", date(2002, 1, 1), "saddam-hussein", id="iraq-2002"),
    pytest.param("SY", "President", date(2026, 1, 1), "ahmed-al-sharaa", id="syria-2026"),
    pytest.param("VE", "leader", date(2026, 6, 1), "delcy-rodriguez", id="venezuela-2026"),
    pytest.param("EU", "President of the European Commission", date(2010, 1, 1), "jose-manuel-barroso",
                 id="eu-commission-2010"),
    pytest.param("EU", "President of the European Council", date(2012, 1, 1), "herman-van-rompuy",
                 id="eu-council-2012"),
    pytest.param("SM", "head-of-state", date(2024, 6, 1), None, id="san-marino-two-regents"),
    pytest.param("BA", "head-of-state", date(2024, 6, 1), None, id="bosnia-three-members"),
    pytest.param("AD", "head-of-government", date(2024, 6, 1), "xavier-espot-zamora", id="andorra-pm"),
])
def test_office_holder_on_a_day(directory: LeaderDirectory, code: str, office: str, on: date,
                                slug: str | None) -> None:
    ref = directory.office_holder(code, office, on)
    assert (ref.slug if ref else None) == slug


@pytest.mark.parametrize(("slug", "on", "office", "is_leader"), [
    ("charles-iii", date(2024, 1, 1), "King", True),
    ("charles-iii", None, "King", True),
    ("elizabeth-ii", date(2010, 1, 1), "Queen", True),
    ("elizabeth-ii", date(2023, 1, 1), "Queen", False),
    ("elizabeth-ii", None, "Queen", True),
])
def test_a_monarch_of_many_realms_speaks_for_the_first(directory: LeaderDirectory, slug: str, on: date | None,
                                                       office: str, is_leader: bool) -> None:
    ref = directory.leader_for(slug, on)
    assert (ref.office, ref.country, ref.is_leader) == (office, "GB", is_leader)
