"""Page noise: the lines a scraped or saved page brings along that are not the article (captions, links, ads)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A headline is repeated as a subtitle within this many lines of the top; further down a repeat is the text's own.
HEADLINE_REACH = 6


@dataclass(frozen=True)
class NoiseRule:
    """Lines of one kind that a scraped page brings along but that are not the article."""

    kind: str
    pattern: re.Pattern[str]  # matched against the whole line, spaces stripped, case ignored


def _rule(kind: str, *whole_lines: str) -> NoiseRule:
    return NoiseRule(kind, re.compile("|".join(f"(?:{line})" for line in whole_lines), re.IGNORECASE))


# Page noise. A line is dropped only when a pattern matches all of it, so a sentence that merely mentions a photo,
# an email or a copyright stays. Noise lines are short; longer lines are never tested (and so never cost much).
MAX_NOISE_CHARS = 600
PAGE_NOISE = (
    # A caption describes a picture, often of an earlier in-person meeting: read as text it would report that
    # meeting, or its date, as the news.
    _rule("caption",
          r"(?:file\s+)?photo(?:graph)?s?(?:\s+credit)?\s*[:|].*",  # "Photo: ...", "FILE PHOTO: ..."
          r"(?:image|picture)(?:\s+(?:caption|source|credit))?\s*[:|].*|image\s+(?:caption|source),.*",
          r"(?:caption|credit|pictured)\s*:.*",
          r"\(\s*(?:file\s+)?(?:photo|image|picture)\b[^()]*\)",  # "(Photo: Reuters)", "(Photo by ...)"
          r".*\((?:[\w.]+\s+)?photo\s*/[^()]{1,80}\)",  # "... in Ankara. (AP Photo/Jane Doe)"
          # "... in Ankara. REUTERS/Jane Doe/File Photo": the agency in capitals, then a name of capitalised words.
          r".*(?-i:\bREUTERS/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:/[A-Z]\w*(?: [A-Z]\w*)?)?)",
          r".*(?:/|\bvia\s+)Getty\s+Images\)?",
          # "... to Ankara, Turkey, Friday, January 4, 2019. / AP Archive": the credit after a slash closes the line.
          r".*[.!?]\s*/\s*(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})",
          r".*\((?:[\w.'’-]+\s+){0,3}(?:photo|image|picture)s?\)",  # "... Oval Office. (White House photo)"
          r".*[.!?]\s*(?:file|archive)\s+(?:photo|image|picture)\.?",  # "... in Sochi on October 23 2019. File photo."
          r".*\bin\s+(?:a|this)\s+(?:file|handout|pool)\s+(?:photo|image|picture)\b.*"),  # "..., in a file photo"
    # Links to other stories: their headlines would read as news of this article.
    _rule("link", r"(?:read\s+more|related(?:\s+(?:articles?|stories|coverage|content|news))?|see\s+also|"
                  r"also\s+read|read\s+also|more\s+on\s+this\s+story)\s*(?:[:|»›]\s*.*)?",
          # Teasers for other pages: "Watch: Xi and Putin hold video call", "Don't miss: ...", "READ | ..."
          r"(?:read|watch|listen|don['’]t\s+miss|must\s+read|recommended|trending|most\s+read"
          r"|you\s+may\s+also\s+like)"
          r"\s*[:|»›]\s*.*"),
    # Sharing, printing and mailing buttons flattened to text, alone or in a row.
    _rule("sharing", r"share(?:\s+this(?:\s+(?:article|story|page))?)?\s*:?",
          r"share\s+(?:on|via)\s+\w+(?:\s+\w+)?",
          r"(?:print|email|e-mail|tweet)(?:\s+this(?:\s+(?:article|story|page))?)?",
          r"(?:(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|print|copy\s+link)\s*[|·•,/]?\s*){2,}",
          r"follow\s+us\b.{0,150}"),
    # Advertising slots and subscription prompts between paragraphs ("Advertisment" is misspelt on some sites).
    _rule("advert", r"advert(?:isement|isment|orial)s?|sponsored(?:\s+content)?",
          r"story\s+continues\s+below(?:\s+(?:this\s+)?advertisement)?|continue\s+reading(?:\s+below)?",
          r"(?:subscribe|sign\s+up)\b.{0,200}"),
    # The rights line at the foot of the page.
    _rule("rights", r"(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}).{0,200}",
          r".{0,200}\ball\s+rights\s+reserved\.?"),
    # The print edition's note: its day and the headline it quotes would read as another report of the call.
    _rule("print edition", r"(?:a\s+version\s+of\s+)?this\s+(?:article|story)\s+(?:first\s+)?appeared\s+in\s+(?:the\s+)?"
                           r"print\s+edition\b.{0,300}",
          r"a\s+version\s+of\s+this\s+(?:article|story)\s+appear(?:ed|s)\s+in\s+print\b.{0,300}"),
    # Cookie and consent banners.
    _rule("cookies", r"(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b.*",
          r".{0,200}\b(?:accept|manage|reject)(?:\s+all)?\s+cookies\b.{0,100}",
          r"cookie\s+(?:settings|policy|preferences|notice|consent)\b.{0,100}",
          r"by\s+(?:continuing|using)\b.{0,150}\bcookies\b.{0,150}"),
)


def noise_kind(line: str) -> str | None:
    """The kind of page noise a whole line is, or None for a line of the article."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_NOISE_CHARS:
        return None
    return next((rule.kind for rule in PAGE_NOISE if rule.pattern.fullmatch(stripped)), None)


# "ALSO READ" alone on its line: the headlines of other stories follow it, one a line, with no full stop.
_LINKS_FOLLOW = re.compile(r"(?:also\s+read|read\s+also|read\s+more|related(?:\s+(?:articles?|stories|news))?"
                           r"|see\s+also)\s*[:|»›]?", re.IGNORECASE)
_LINKED_HEADLINES = 5  # headlines at most that a bare "ALSO READ" line is taken to introduce
_SENTENCE_END = re.compile(r"[.!][\"'”’)]*$")


def _linked_headline(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= MAX_NOISE_CHARS // 3 and not _SENTENCE_END.search(stripped)


# "IMG_20070924.jpgIranian and Venezuelan presidents ...": a picture's file name run into the line it stood above
_IMAGE_NAME_OPENING = re.compile(r"\s*[\w-]{1,80}\.(?:jpe?g|png|gif|webp)(?=\s*(?-i:[A-Z\"“])|\s*$)", re.IGNORECASE)


def without_page_noise(text: str) -> str:
    """The text without noise lines or a repeated headline.

    Lines are removed rather than blanked: every offset downstream (sentences, mentions, evidence) is taken in
    the stored text, never in the file, so nothing needs the file's positions, and blanks would show in the source
    view. Where a removed line stood between blank lines, one blank goes too, keeping paragraphs one apart.
    """
    kept: list[str] = []
    top: list[str] = []  # the first lines, folded, to catch a headline repeated as a subtitle
    dropped = False
    headlines_left = 0  # lines after a bare "ALSO READ" that may still be the headlines it links to
    for number, line in enumerate(text.split("\n")):
        if (image_name := _IMAGE_NAME_OPENING.match(line)) is not None:
            line = line[image_name.end():].lstrip()
            if not line:  # the file name alone on its line goes as noise does
                dropped = True
                continue
        folded = " ".join(line.casefold().split()) if number < HEADLINE_REACH else ""
        headlines_left = headlines_left - 1 if headlines_left and _linked_headline(line) else 0
        if noise_kind(line) or (folded and folded in top) or headlines_left:
            dropped = True
            if _LINKS_FOLLOW.fullmatch(line.strip()):
                headlines_left = _LINKED_HEADLINES + 1
            continue
        if not line.strip():
            if dropped and (not kept or not kept[-1].strip()):
                continue
        else:
            dropped = False
            if folded:
                top.append(folded)
        kept.append(line)
    return "\n".join(kept)
