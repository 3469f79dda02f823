"""Small text helpers: accent folding that keeps offsets, lookup keys for names, and slugs."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus accents.
_SPECIAL = {"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "þ": "t",
            "ß": "s", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O",
            "’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "\u00ad": "-"}


class _FoldTable(dict[int, str]):
    """str.translate table that maps each character to exactly one character, so offsets survive."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _SPECIAL.get(char)
        if folded is None:
            base = unicodedata.normalize("NFD", char)[0]
            folded = base if base.isalpha() or not char.isalpha() else char
        self[code] = folded
        return folded


_FOLD = _FoldTable()
_SEPARATORS = re.compile(r"[\s\-]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """The text with accents stripped and quote/hyphen variants unified; same length, same offsets."""
    return text.translate(_FOLD)


def name_key(name: str) -> str:
    """A lookup key under which spelling variants of one name meet: "El-Sisi" and "el Sisi" alike."""
    return _SEPARATORS.sub(" ", fold(name).lower()).strip()


def slugify(name: str) -> str:
    """ASCII, lowercase, hyphen-separated: "Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan"."""
    ascii_text = unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
