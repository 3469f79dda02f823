"""Turn an article's bytes into text, saying which encoding was used; never with silent replacement characters."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# `<meta charset="windows-1252">` or `content="text/html; charset=..."` near the top of a page.
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE)
# When charset-normalizer finds several encodings equally plausible (short Western text often fits cp1250 as well
# as cp1252), the Windows Western code page is the one such files are written in; it reads Latin-1 text the same.
_WESTERN = "cp1252"


class UndecodableError(ValueError):
    """The bytes are not text in any encoding Hotline can recognise; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name: "utf-8", "utf-16", "cp1252", …
    how: str  # "UTF-8", "byte order mark", "declared by the page", "guessed"

    @property
    def guessed(self) -> bool:
        return self.how == "guessed"

    @property
    def note(self) -> str | None:
        """What the ingest report says about the encoding; None for UTF-8, with or without a byte order mark."""
        if self.encoding == "utf-8":
            return None
        if self.guessed:
            return f"not UTF-8: decoded as {self.encoding}, the likeliest encoding; check accented letters"
        return f"decoded as {self.encoding} ({self.how})"


def decode(raw: bytes, *, declared: str | None = None) -> Decoded:
    """The text of `raw`: by byte order mark, then as UTF-8, then as declared, then by charset-normalizer's guess."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return Decoded(raw.decode(codec), _plain_name(codec, mark), "byte order mark")
            except UnicodeDecodeError as error:
                raise UndecodableError(f"not valid {_plain_name(codec, mark)} after its byte order mark "
                                       f"(byte {error.start})") from error
    if b"\x00" in raw:
        raise UndecodableError("binary file (contains NUL bytes)")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", "UTF-8")
    except UnicodeDecodeError:
        pass
    declared = declared or declared_charset(raw)
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec not in ("utf-8", "utf-16", "utf-32"):  # a page that says UTF-8 but is not has just failed that
                return Decoded(raw.decode(codec), codec, "declared by the page")
        except (LookupError, UnicodeDecodeError):
            pass
    return _guess(raw)


def declared_charset(raw: bytes) -> str | None:
    """The charset a web page declares in a <meta> tag within its first few kilobytes."""
    match = _DECLARED.search(raw[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _guess(raw: bytes) -> Decoded:
    import charset_normalizer  # imported here: most files are UTF-8 and never need it

    matches = charset_normalizer.from_bytes(raw)
    best = matches.best()
    if best is None:
        raise UndecodableError("binary file (not text in any encoding Hotline recognises)")
    encoding = best.encoding
    if any(_WESTERN in match.could_be_from_charset and match.chaos <= best.chaos
           and match.coherence >= best.coherence for match in matches):
        encoding = _WESTERN
    try:
        return Decoded(raw.decode(encoding), encoding, "guessed")
    except UnicodeDecodeError as error:  # a codec charset-normalizer accepts with errors it tolerates
        raise UndecodableError(f"not text in a known encoding (byte {error.start})") from error


def _plain_name(codec: str, mark: bytes) -> str:
    if codec == "utf-8-sig":
        return "utf-8"
    return f"{codec}-{'le' if mark[0] == 0xFF else 'be'}"
