"""Bytes to clean Unicode text: the encoding guessed in the order news pages actually come in.

UTF-8 first (almost every page), then cp1252 (the Windows legacy encoding of German and English
sites, a superset of Latin-1's printable range), and only then charset-normalizer's statistical
guess. ftfy then repairs mojibake (UTF-8 read as cp1252 somewhere upstream) but must keep curly
quotes: quotation extraction depends on „…“ and “…” being distinct from straight quotes.
"""
from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer
import ftfy

from lagebild.errors import BinaryInput, EmptyInput, UndecodableInput

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

MAX_CONTROL_SHARE = 0.05
"""Text files carry almost no control characters besides tab, newline and form feed; past a
twentieth of the characters the file is binary or in an encoding we cannot read."""

ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")

FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
)
"""Full-width forms are left alone too: they are rare in news and NFKC-style folding would alter
text the reader may search for verbatim."""


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as NUL on every other byte for Latin-script text."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) // 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) // 2)
    if odd_nuls > 0.5 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.5 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _encoding_of(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return _utf16_without_bom(data)


def _decode(data: bytes, path: str) -> str:
    encoding = _encoding_of(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise UndecodableInput(path, f"looks like {encoding} but does not decode: {exc.reason}") from exc
    if b"\x00" in data:
        raise BinaryInput(path, "contains NUL bytes: not a text file")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None:
        raise UndecodableInput(path, "no text encoding fits (tried UTF-8, cp1252, charset detection)")
    return str(guess)


def _control_share(text: str) -> float:
    controls = sum(
        1 for ch in text if ch not in ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls / len(text)


def decode_text(data: bytes, path: str) -> str:
    """The text of a file's bytes, not yet repaired; raises an `InputError` naming `path` if
    there is none."""
    if not data.strip():
        raise EmptyInput(path, "file is empty")
    text = _decode(data, path)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInput(path, "mostly control characters: not a text file")
    return text


def repair(text: str, path: str) -> str:
    """Mojibake and stray control characters fixed; raises `EmptyInput` if no text is left."""
    text = ftfy.fix_text(text, config=FTFY_CONFIG)
    if not text.strip():
        raise EmptyInput(path, "contains only whitespace")
    return text
