"""The title lexicon and the compiled patterns that find names, titles and their qualifiers in text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.ingest.caseless import CaselessPattern, caseless
from app.ingest.text import fold, name_key

SP = r"[^\S\n]+"  # a run of spaces that stays within one line


class _NameTextTable(dict[int, str]):
    """str.translate table for name matching: lowercase, and hyphens and spaces within a line become " ".

    Every character maps to exactly one, so offsets survive; "El-Sisi" and "el  Sisi" both read "el sisi".
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lower = char.lower()
        mapped = " " if char == "-" or char.isspace() and char != "\n" else lower if len(lower) == 1 else char
        self[code] = mapped
        return mapped


_NAME_TEXT = _NameTextTable()


def name_text(folded: str) -> str:
    """The folded text as the name pattern reads it (see _NameTextTable); same length, same offsets."""
    return folded.translate(_NAME_TEXT)


# Titles that make the person they precede a head of state or government: surface -> key.
HEAD_TITLES = {
    "president": "president", "acting president": "president", "interim president": "president",
    "transitional president": "president", "caretaker president": "president", "prime minister": "prime minister",
    "premier": "prime minister",
    "acting prime minister": "prime minister", "interim prime minister": "prime minister",
    "caretaker prime minister": "prime minister", "chancellor": "chancellor", "federal chancellor": "chancellor",
    "acting chancellor": "chancellor", "king": "king", "queen": "queen", "emir": "emir", "amir": "emir",
    "sultan": "sultan", "emperor": "emperor", "taoiseach": "taoiseach", "supreme leader": "supreme leader",
    "grand duke": "grand duke", "pm": "prime minister", "head of state": "head of state",
    "head of government": "head of government",
    # Spain's prime minister, as La Moncloa titles him
    "president of the government": "prime minister",
}
# Titles a description may use ("the Chinese leader", "the crown prince") without naming anyone new.
# "the Moroccan sovereign" is its king, "the Qatari ruler" its leader.
DESCRIBING_TITLES = {"leader": "leader", "crown prince": "crown prince", "monarch": "monarch", "pope": "pope",
                     "pontiff": "pope", "vice president": "vice president", "sovereign": "monarch", "ruler": "leader"}
# Titles of people who are not heads; listed so that "Vice President" is never read as "President".
OTHER_TITLES = (
    "first vice president", "deputy prime minister", "first deputy prime minister", "alternate prime minister",
    "vice premier", "deputy premier", "vice chancellor", "deputy chancellor", "deputy crown prince",
    "crown princess", "queen consort", "queen mother", "first lady", "foreign minister", "foreign secretary",
    "secretary of state", "state secretary", "defense minister", "defence minister", "defense secretary",
    "defence secretary", "secretary of defense", "secretary of war", "war secretary", "interior minister",
    "finance minister", "economy minister", "trade minister", "energy minister", "minister", "secretary",
    "treasury secretary", "commerce secretary", "foreign affairs minister", "minister of foreign affairs",
    "external affairs minister", "strategic affairs minister", "national security adviser",
    "national security advisor", "security adviser", "adviser", "advisor", "aide", "presidential aide",
    "kremlin aide", "spokesman", "spokeswoman", "spokesperson", "press secretary", "chief of staff",
    "ambassador", "envoy", "special envoy", "senator", "sen.", "rep.", "representative", "congressman",
    "congresswoman", "speaker", "house speaker", "majority leader", "minority leader", "opposition leader",
    "party leader", "political leader", "military leader", "governor", "gov.", "mayor", "general", "gen.", "gen",
    "field marshal", "marshal", "admiral", "director", "cia director", "chief", "army chief", "chairman",
    "chairwoman", "chief executive", "secretary general", "secretary-general", "general secretary",
    "high representative", "commissioner", "first minister", "chancellor of the exchequer",
    "attorney general", "crown prince of abu dhabi", "ruler of dubai", "kremlin spokesman",
)
HONORIFICS = ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "sheikh", "sheikha",
              "shaikh", "prince", "princess", "ayatollah", "grand ayatollah", "his majesty", "her majesty",
              "his highness", "her highness", "his royal highness", "his excellency", "her excellency", "h.e.",
              "h.h.", "hrh", "comrade", "mister", "madam", "madame", "monsieur", "herr", "frau",
              # Indian honorifics, as its ministry writes them: "Prime Minister Shri Narendra Modi"
              "shri", "shree", "smt", "smt.",
              # Cambodian and Malaysian honours, as their readouts write them before a leader's name
              "samdech", "samdech techo", "tun", "tan sri", "datuk", "datuk seri", "dato", "dato'", "dato’",
              "dato' sri", "dato’ sri", "dato seri",
              # Commonwealth and Pacific style: "Prime Minister Hon Siaosi Sovaleni", "the Rt. Hon. Keir Starmer"
              "hon", "hon.", "honourable", "honorable", "rt hon", "rt hon.", "rt. hon.", "right honourable")
# Titles that name a head only in a known country: "Premier Doug Ford" of Ontario, "Chancellor George Osborne".
NEEDS_COUNTRY = frozenset({"premier", "chancellor", "federal chancellor"})
# Titles of a party or a ruling body that a head of state or government may hold beside the office: "Communist Party
# leader Xi Jinping", "General Secretary Xi", "military leader Tiani". They name someone who may lead, never someone
# who cannot: the day decides. So too a rank the head bears from the army: "General Michel Aoun", "Gen Prayut".
HELD_BESIDE_OFFICE = frozenset({"party leader", "political leader", "military leader", "general secretary",
                                "chairman", "chairwoman", "general", "gen.", "gen", "field marshal", "marshal",
                                "admiral"})
QUALIFIERS: dict[str, str | None] = {"former": "former", "ex": "former", "erstwhile": "former", "then": "then",
                                     "late": "late", "incoming": "elect", "outgoing": None,
                                     # "The new Indian Prime Minister thanked Li": the one in office, newly
                                     "new": None, "newly elected": None, "newly-elected": None}
# Capitalised words that may stand before a title without making it an organisation's ("FIFA President").
FREE_CAPS = frozenset("""a an and as at after before but by during for from if in meanwhile of on or since so that
the then to when while whereas with yet also both calls speaks meets talks urges tells warns thanks congratulates hosts
phones says holds receives presses joins welcomes invites dear pm later earlier""".split())
ORG_NOUNS = frozenset("""company club party university bank federation committee council parliament senate assembly
court board league association union college school group firm corporation foundation institute network channel
agency authority commission movement organization organisation front team station fund""".split())
# Capitalised words that end a name found after a title: "President Jane Doe Speaks With ...".
STOP_WORDS = frozenset("""the a an and or but of on in at to for with from by as that this these those he she it they
his her its their who whom which when where while said says speaks spoke talks talked holds held receives received
calls called meets met has had have is was were will would could should also told tells phone call calls conversation
office administration government house palace league club cup inn hotel street avenue road square bridge park center
centre hall university college school company corporation group party council cabinet day week today yesterday
tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec jr sr
besides beside unlike beyond alongside after before during against between among without despite except including
like via
speak talk converse converses conversed discuss discusses discussed dial dials dialed dialled phones phoned telephones
telephoned ring rings rang urge urges urged agree agrees agreed exchange exchanges exchanged review reviews reviewed
thank thanks thanked congratulate congratulates congratulated invite invites invited welcome welcomes welcomed
confirms denies reveals announces hails slams warns vows pledges backs seeks asks offers praises rejects accepts
admits claims reports assures briefs informs condemns lauds stresses insists expresses extends conveys
hold meet vow pledge seek stress reaffirm""".split())
# "United Arab Emirates (UAE) President", "President of the United States (US) Joe Biden": the place's abbreviation
_GLOSS = rf"(?:{SP}\([A-Z][A-Za-z.]{{1,7}}\))?"
_ROMAN = re.compile(r"^[IVX]+$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")  # "W.", "J.D."
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ean|ese|ish|i)$")
PARTICLES = ("bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "van", "von", "der", "den", "la",
             "le", "du", "di", "del", "y")


def title_key(title: str) -> str:
    """The canonical key of a title as written: "Premier" -> "prime minister", "Vice-President" -> "vice president"."""
    key = name_key(title)
    return HEAD_TITLES.get(key) or DESCRIBING_TITLES.get(key) or key


def title_role(key: str) -> str:
    """"head" for titles of heads; "describe" for other titles a description may use ("the Chinese leader");
    "lesser" for a describable title that is never a head's ("the vice president"); else "other"."""
    if key in HEAD_TITLES.values():
        return "head"
    if key == "vice president":
        return "lesser"
    return "describe" if key in DESCRIBING_TITLES.values() else "other"


def trie_regex(words: Iterable[str], sep: str) -> str:
    """One alternation for many literal words, factored by shared prefixes so matching stays fast."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie, sep, {" ": sep}) or "(?!)"


def _emit(node: dict[str, dict], sep: str, escaped: dict[str, str]) -> str:
    branches = []
    for char, child in sorted(node.items()):
        if not char:
            continue
        run = [char]
        while len(child) == 1 and "" not in child:  # a chain without branches is one literal run
            (char, child), = child.items()
            run.append(char)
        text = "".join(escaped.get(c) or escaped.setdefault(c, re.escape(c)) for c in run)
        branches.append(text + _emit(child, sep, escaped))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True)
class Prefix:
    """What stands before a name or title: "former Israeli Prime Minister", "Qatar's", "the"."""

    start: int  # where the prefix begins, leaving out a leading "the"
    title: str | None = None  # key of the title nearest the name
    title_text: str | None = None
    elect: bool = False
    honorific: bool = False
    place: str | None = None  # the country or region words, as written (folded)
    qualifier: str | None = None
    determiner: bool = False
    det_start: int = 0  # where "the" begins, when there is one
    possessive: bool = False  # the place was written "Israel's"


@dataclass(frozen=True)
class Patterns:
    """Everything compiled once per directory: names, titles, places and the suffix steps that peel a prefix."""

    names: re.Pattern[str]  # reads name_text(folded): lowercase, with hyphens as spaces
    titles: CaselessPattern  # every title in the whole text: run over lowered text, which is much faster
    step: re.Pattern[str]
    place_suffix: re.Pattern[str]
    qualifier_suffix: re.Pattern[str]
    determiner_suffix: re.Pattern[str]
    elect_after: re.Pattern[str]
    of_place_after: re.Pattern[str]
    name_after: re.Pattern[str]
    place_at: re.Pattern[str]
    place_words: frozenset[str]

    @classmethod
    def build(cls, name_keys: Iterable[str], places: Iterable[str]) -> Patterns:
        names = trie_regex(sorted(set(name_keys)), " +")
        all_titles = {*HEAD_TITLES, *DESCRIBING_TITLES, *OTHER_TITLES}
        titles = trie_regex(sorted(name_key(t) for t in all_titles), r"(?:[^\S\n]+|-)")
        places_rx = trie_regex(sorted({fold(p) for p in places}), SP)
        honorifics = trie_regex(sorted(HONORIFICS), SP)
        # "then" and "ex" qualify only when hyphenated: "then-President", not "and then President".
        quals = "|".join(q + r"(?=[^\S\n])" for q in QUALIFIERS if q not in ("then", "ex")) + "|then-|ex-"
        cap = r"[A-Z][^\W\d_]*(?:'[A-Z][^\W\d_]+|-[^\W\d_]+)*\.?"
        particle = "|".join(PARTICLES)
        return cls(
            names=re.compile(rf"(?<!\w)(?:{names})(?!\w)(?!'(?!s\b)\w)"),
            titles=caseless(rf"(?<!\w)(?:{titles})(?!\w)"),
            # "President of the Republic of Azerbaijan Ilham Aliyev": the title with the country's formal name
            step=re.compile(rf"(?<![\w.])(?:(?P<title>(?i:{titles}))(?P<elect>(?:-|{SP})(?i:elect|designate))?"
                            rf"(?:{SP}(?i:of){SP}(?:(?i:the){SP})?(?:(?i:republic{SP}of){SP})?(?P<of>{places_rx})"
                            rf"{_GLOSS})?"
                            rf"|(?P<hon>(?i:{honorifics})))(?:-|{SP})\Z"),
            place_suffix=re.compile(rf"(?<![\w.])(?P<place>{places_rx})(?P<poss>'s?)?{_GLOSS}{SP}\Z"),
            qualifier_suffix=re.compile(rf"(?<!\w)(?P<q>(?i:{quals}))(?:{SP})?\Z"),
            determiner_suffix=re.compile(rf"(?<!\w)(?i:the){SP}\Z"),
            elect_after=re.compile(rf"(?:-|{SP})(?i:elect|designate)(?!\w)"),
            # "the President of the Republic of Poland": a country's formal name, unless the data lists it whole
            of_place_after=re.compile(rf"{SP}(?i:of){SP}(?:(?i:the){SP})?"
                                      rf"(?:(?!(?:{places_rx})(?!\w))(?i:republic){SP}(?i:of){SP})?"
                                      rf"(?:(?P<place>{places_rx})(?![\w])"
                                      rf"|(?P<raw>[A-Z][\w']+(?:{SP}[A-Z][\w']+){{0,2}}))"),
            # "Prime Minister Mr.\n\nScott Morrison": a page may break the line after the honorific, never a name alone
            name_after=re.compile(rf"{SP}(?:(?i:{honorifics})\s+)?(?!(?i:{honorifics})(?!\w))"
                                  rf"(?P<name>{cap}(?:{SP}(?:(?:{particle}){SP})*{cap}"
                                  rf"){{0,4}})"),
            place_at=re.compile(rf"(?:{places_rx})(?![\w-])"),
            place_words=frozenset(w for p in places for w in fold(p).split()),
        )

    def peel(self, text: str, at: int, floor: int, *, with_title: bool = True) -> Prefix:
        """Read titles, honorifics, place words, qualifiers and "the" leftwards from `at`, not past `floor`.

        With with_title=False, `at` is where a title starts and only what stands before a title is read.
        """
        start, title, title_text, elect, honorific, place = at, None, None, False, False, None
        lo = max(floor, at - 120)
        for _ in range(4 if with_title else 0):
            match = self.step.search(text, lo, start)
            if not match:
                break
            if match.group("title"):
                if title is not None:
                    break  # a second title ("Deputy PM and Foreign Minister X") is rare; keep the nearest
                title_text = match.group("title")
                title, elect, place = title_key(title_text), bool(match.group("elect")), match.group("of")
            else:
                honorific = True
            start = match.start()
        qualifier, possessive = None, False
        if title is not None or not with_title:
            if match := self.place_suffix.search(text, lo, start):
                place, possessive, start = match.group("place"), bool(match.group("poss")), match.start()
            match = self.qualifier_suffix.search(text, lo, start)
            word = match.group("q").lower().rstrip("-") if match else ""
            # "late" qualifies only as "the late King ..."; "called late President X" is about the hour.
            if match and (word != "late" or self.determiner_suffix.search(text, lo, match.start())):
                qualifier, start = QUALIFIERS[word], match.start()
        det = self.determiner_suffix.search(text, lo, start)
        return Prefix(start, title, title_text, elect, honorific, place, qualifier, bool(det),
                      det.start() if det else start, possessive)

    def unknown_name(self, text: str, at: int) -> tuple[int, int, str] | None:
        """A capitalised name right after a title ends at `at`, cut before headline verbs and other stop words."""
        match = self.name_after.match(text, at)
        if not match:
            return None
        start = match.start("name")
        kept: list[re.Match[str]] = []
        for word in re.finditer(r"\S+", match.group("name")):
            token = word.group()
            acronym = token.isupper() and len(token) > 1 and not _ROMAN.match(token) and not _INITIALS.match(token)
            if acronym or token.rstrip(".").lower() in STOP_WORDS:
                break
            kept.append(word)
            if token.endswith(".") and len(token) > 2 and not _INITIALS.match(token) and token not in ("Jr.", "Sr."):
                break  # "President Bush. Singh said": the full stop ends the sentence, and the name
        while kept and kept[-1].group().lower() in PARTICLES:
            kept.pop()
        if not kept or kept[0].group().lower() in PARTICLES:
            return None
        end = start + kept[-1].end()
        if text[end - 1] == "." and len(kept[-1].group()) > 2 and kept[-1].group() not in ("Jr.", "Sr."):
            end -= 1  # the full stop ends the sentence, not an initial
        return start, end, text[start:end]

    def part_of_other_name(self, text: str, start: int, end: int, *, titled: bool, peeled: bool) -> bool:
        """A one-word name that belongs to someone else: "Hunter Biden", "Kim Yo Jong", "leader Hassan Nasrallah"."""
        if titled and (after := re.match(r"[^\S\n]+([A-Z][\w-]*)", text[end:end + 40])):
            if after.group(1).lower() not in STOP_WORDS | FREE_CAPS and after.group(1) not in self.place_words:
                return True
        base = max(0, start - 60)
        before = None if peeled else re.search(r"(?:(\S+)[^\S\n]+)?(\S+)[^\S\n]+\Z", text[base:start])
        if not before:
            return False
        earlier, word = before.group(1), before.group(2)
        if not (word[:1].isupper() and word.replace("-", "").isalpha()) or word in self.place_words:
            return False
        if word.lower() in FREE_CAPS | STOP_WORDS or len(word) >= 6 and word.endswith("ing"):
            return False  # "Joining Biden on the call were ...", "Thanking Biden, ...": a verb, not a given name
        # In a headline every word is capitalised; a given name is not preceded by another capitalised word,
        # unless that word is a title or honorific: "President Zail Singh", "Mr. Rahul Gandhi".
        word_start = base + before.start(2)
        if earlier is not None and self.step.search(text, max(0, word_start - 60), word_start):
            return True
        return earlier is None or not earlier[:1].isupper() or earlier[-1:] in ".!?:\"'"

    @staticmethod
    def junior(text: str, end: int) -> bool:
        """ "Donald Trump Jr." is the son."""
        return bool(re.match(r",?[^\S\n]+(?:Jr|Sr)\b", text[end:end + 7]))

    def blocked_before(self, text: str, at: int) -> bool:
        """True when the word before a title makes it an organisation's: "FIFA President", "party leader"."""
        match = re.search(r"(\S+)\s*\Z", text[max(0, at - 40):at])
        if not match:
            return False
        word = match.group(1)
        bare = word.strip("\"'(“”")
        if bare.endswith("'s") or bare.lower() in ORG_NOUNS:
            return True
        if _DEMONYM.match(bare):
            return False  # "Kenyan President William Ruto": a country the data does not list
        return bare[:1].isupper() and bare[-1:].isalpha() and bare.lower() not in FREE_CAPS

    @staticmethod
    def demonym_before(text: str, at: int) -> tuple[int, str] | None:
        """Where the country adjective before a title starts, and the word, when the data lacks it: "Kenyan"."""
        match = re.search(r"(?<!\S)(\S+)[^\S\n]+\Z", text[max(0, at - 40):at])
        if not match or not _DEMONYM.match(match.group(1)):
            return None
        return at - len(match.group()), match.group(1)
