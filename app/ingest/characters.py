"""Characters as the reader's patterns expect them: mis-decoded text repaired, odd spaces made plain.

Names, titles and cue phrases are matched with plain spaces between words and with the letters they are spelt
with. Two things scraped text often carries defeat that without being visible on a page:

- text decoded with the wrong code page before it reached us ("ErdoÄŸan", "CAIRO â€” President"): ftfy, made
  for exactly this, undoes it, and leaves text that was decoded right alone;
- HTML character references left in text taken from a page or a feed ("Biden&#8217;s call", "AT&amp;T"): they
  become the characters they stand for;
- paragraph markup left in text taken from a page ("... on Saturday.</p>.<p>Oli called Modi ..."): a paragraph break
  between the paragraphs, so that their sentences are read apart;
- no-break and other typographic spaces (from `&nbsp;` in a page), and invisible characters inside words (a soft
  hyphen or zero-width space a site puts in long names): the spaces become plain spaces, the invisible ones go;
- a Cyrillic letter that looks like a Latin one inside a Latin word ("Nawroсki" typed with a Cyrillic "с"): it
  becomes the Latin letter; words written in Cyrillic throughout are left alone.
"""

from __future__ import annotations

import html
import re

import ftfy

# A lead byte of a UTF-8 sequence read as Windows-1252 or Latin-1, then a continuation byte read the same way:
# what mis-decoded UTF-8 looks like. ftfy is asked only when it is there, which spares long clean texts its time.
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                            "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
# A named or numbered character reference with its closing semicolon: "R&D" and "AT&T" are left as they are.
_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BETWEEN_PARAGRAPHS = re.compile(r"[ \t]*</p>[ \t]*\.?[ \t]*<p(?:\s[^<>]{0,200})?>[ \t]*", re.IGNORECASE)
_PARAGRAPH_TAG = re.compile(r"</?p(?:\s[^<>]{0,200})?>", re.IGNORECASE)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                                 "\u202f\u205f\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None)
_TABLE = str.maketrans({**_SPACES, **_INVISIBLE})
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LOOK_ALIKES = dict(zip("аеорсухіјѕАВЕКМНОРСТХІЈЅ", "aeopcyxijsABEKMHOPCTXIJS"))
_LOOK_ALIKE_IN_LATIN_WORD = re.compile(f"(?<=[A-Za-z])[{''.join(_LOOK_ALIKES)}]|[{''.join(_LOOK_ALIKES)}](?=[a-z])")


def plain_characters(text: str) -> str:
    """The text with mis-decoded characters and character references repaired, paragraph markup made paragraph
    breaks, typographic spaces plain and invisible characters gone."""
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_encoding(text)
    if "&" in text:
        text = _REFERENCE.sub(lambda found: html.unescape(found.group()), text)
    if _CYRILLIC.search(text):
        text = _LOOK_ALIKE_IN_LATIN_WORD.sub(lambda found: _LOOK_ALIKES[found.group()], text)
    if "<p" in text or "<P" in text:
        text = _PARAGRAPH_TAG.sub("", _BETWEEN_PARAGRAPHS.sub("\n\n", text))
    return text.translate(_TABLE)
