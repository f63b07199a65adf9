"""Bytes to clean Unicode text: the encoding guessed in the order news pages actually come in.

UTF-8 first (almost every page), then cp1252 (the Windows legacy encoding of German and English
sites, a superset of Latin-1's printable range), and only then charset-normalizer's statistical
guess. ftfy then repairs mojibake (UTF-8 read as cp1252 somewhere upstream) but must keep curly
quotes: quotation extraction depends on „…“ and “…” being distinct from straight quotes.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-*" codecs used below)
from ftfy import chardata, fixes

from lagebild.errors import BinaryInput, EmptyInput, UndecodableInput
from lagebild.ingest.badness import is_bad

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

FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)
"""Full-width forms are left alone too: they are rare in news and NFKC-style folding would alter
text the reader may search for verbatim."""


CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Unicode's Cc category less the whitespace controls that text files legitimately hold."""
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
C1_IN_UTF8 = re.compile(b"\xc2[\x80-\x9f]")


def _bytes_as(encoding: str, first: int, last: int) -> str:
    return re.escape(bytes(range(first, last + 1)).decode(encoding, errors="ignore"))


LONE_SUSPECTS = (
    "\r\x1a\x1b\u2028\u2029\ufffd"
    + "".join(map(chr, range(0x80, 0xA0)))
    + "".join(map(chr, chardata.CONTROL_CHARS))
    + "".join(map(chr, chardata.LIGATURES))
)


def _mojibake_suspect_pattern() -> re.Pattern[str]:
    """Text ftfy could change: in one of the single-byte encodings ftfy tries, a UTF-8 lead byte
    followed by a continuation byte (or by what lossy mojibake leaves in its place: "?", U+001A,
    or a space for byte A0), or an HTML entity or one of the characters ftfy's other fixers touch
    (C1 and other control characters, ligatures, odd line breaks, surrogates, terminal escapes).
    A line with none of these comes out of ftfy only NFC-normalised, so ftfy's costly per-line
    passes can be skipped.

    The pattern opens with the class of every character a suspect can start with and matches that
    one character only (the rest is checked by look-behind and look-ahead): the regex engine then
    skims the text for that class in C, and every suspect position is found, overlapping or not.
    A letter such as "ä" starts a suspect in some encoding but is nearly always followed by a
    character that continues none, which one look-ahead rules out before the encodings are tried."""
    leads_of = {
        encoding: _bytes_as(encoding, 0xC2, 0xF4) for encoding in chardata.CHARMAP_ENCODINGS
    }
    lone = re.escape(LONE_SUSPECTS) + "\\ud800-\\udfff"
    continued = []
    continuations = ""
    for encoding, leads in leads_of.items():
        following = _bytes_as(encoding, 0x80, 0xBF)
        continuations += following
        continued.append(f"(?<=[{leads}])(?=[{following}?\\x1a])")
        if encoding != "macroman":
            spaced = "".join(_bytes_as(encoding, byte, byte) for byte in A0_LEADS)
            continued.append(f"(?<=[{spaced}])(?= )")
    starts = "".join(leads_of.values()) + lone + "&"
    return re.compile(
        f"[{starts}](?:(?<=[{lone}])|(?<=&)(?=#?\\w)"
        f"|(?=[{continuations}?\\x1a ])(?:{'|'.join(continued)}))"
    )


A0_LEADS = (0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9, 0xE2, 0xE3, 0xF0)
"""UTF-8 lead bytes after which ftfy restores a byte A0 that an upstream step turned into a space."""

MOJIBAKE_SUSPECT = _mojibake_suspect_pattern()
LONE_SUSPECT = re.compile(f"[{re.escape(LONE_SUSPECTS)}\\ud800-\\udfff]")
"""A character one of ftfy's fixers other than the encoding fix and HTML unescaping reacts to."""


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


def _decode(data: bytes, path: str) -> tuple[str, str]:
    """The text and the encoding it was read in."""
    encoding = _encoding_of(data)
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise UndecodableInput(path, f"looks like {encoding} but does not decode: {exc.reason}") from exc
    if b"\x00" in data:
        raise BinaryInput(path, "contains NUL bytes: not a text file")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None:
        raise UndecodableInput(path, "no text encoding fits (tried UTF-8, cp1252, charset detection)")
    return str(guess), guess.encoding


def _control_count(text: str, data: bytes, encoding: str) -> int:
    """The control characters of `CONTROL_CHARACTER` in the text. In UTF-8 each is one byte of its
    own or, in the C1 range, the lead byte C2 and a byte 80-9F: counting bytes is several times
    faster than scanning the text."""
    if encoding != "utf-8":
        return len(CONTROL_CHARACTER.findall(text))
    return len(data) - len(data.translate(None, CONTROL_BYTES)) + len(C1_IN_UTF8.findall(data))


def decode_text(data: bytes, path: str) -> str:
    """The text of a file's bytes, not yet repaired; raises an `InputError` naming `path` if
    there is none."""
    if not data.strip():
        raise EmptyInput(path, "file is empty")
    text, encoding = _decode(data, path)
    if _control_count(text, data, encoding) / len(text) > MAX_CONTROL_SHARE:
        raise BinaryInput(path, "mostly control characters: not a text file")
    return text


def repair(text: str, path: str) -> str:
    """Mojibake and stray control characters fixed; raises `EmptyInput` if no text is left.

    The result is `ftfy.fix_text(text, FTFY_CONFIG)`, which fixes line by line; only the lines
    that hold a mojibake suspect are looked at, the rest are just NFC-normalised (ftfy would do
    no more to them), and of those most are settled without ftfy's slower passes (see
    `_fixed_segment`), which makes repair many times faster on real pages."""
    text = _fix_text(text)
    if not text.strip():
        raise EmptyInput(path, "contains only whitespace")
    return text


def _segment_around(text: str, position: int) -> tuple[int, int]:
    """The piece of `text` ftfy fixes in one go that holds `position`: its line, or, in a line
    longer than `max_decode_length`, that many characters counted from the line's start."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position) + 1 or len(text)
    longest = FTFY_CONFIG.max_decode_length
    if end - start > longest:
        start += (position - start) // longest * longest
        end = min(end, start + longest)
    return start, end


def _fix_text(text: str) -> str:
    first_tag = text.find("<")
    fixed = []
    done = 0
    while suspect := MOJIBAKE_SUSPECT.search(text, done):
        start, end = _segment_around(text, suspect.start())
        fixed.append(unicodedata.normalize("NFC", text[done:start]))
        config = FTFY_CONFIG
        if -1 < first_tag < end:
            config = config._replace(unescape_html=False)
        fixed.append(_fixed_segment(text[start:end], config))
        done = end
    fixed.append(unicodedata.normalize("NFC", text[done:]))
    return "".join(fixed)


def _fixed_segment(segment: str, config: ftfy.TextFixerConfig) -> str:
    """`ftfy.fix_and_explain(segment, config).text`, reached without ftfy where that is cheap."""
    if is_bad(segment):
        return _repaired(segment) or ftfy.fix_and_explain(segment, config).text
    if _left_alone(segment):
        return segment
    return ftfy.fix_and_explain(segment, config).text


def _left_alone(segment: str) -> bool:
    """Whether ftfy returns a segment that does not look like mojibake (`is_bad` false, so its
    encoding fix passes it by) unchanged: so it does if none of its other fixers finds anything
    to fix and the segment is already NFC (a segment NFC changes goes round ftfy's loop again)."""
    return (
        LONE_SUSPECT.search(segment) is None
        and chardata.HTML_ENTITY_RE.search(segment) is None
        and unicodedata.is_normalized("NFC", segment)
    )


def _repaired(segment: str) -> str | None:
    """`ftfy.fix_and_explain(segment).text` for a segment that looks like mojibake, where one step
    of ftfy's encoding fix repairs it and leaves nothing else to do: ftfy's encoding fix stops
    when its result no longer looks like mojibake, and its next round then finds the result as
    `_fixed_segment`'s gate does and leaves it so. HTML entities and the characters ftfy's other
    fixers change are ASCII or untouched by the encoding fix, so a segment holding one still does
    after it and is left to ftfy (which unescapes entities before the encoding fix). Else None."""
    fixed = _encoding_step(segment)
    if fixed is None or is_bad(fixed):
        return None
    repaired = unicodedata.normalize("NFC", fixed)
    return repaired if not is_bad(repaired) and _left_alone(repaired) else None


def _encoding_step(segment: str) -> str | None:
    """The first step of ftfy's encoding fix (its `_fix_encoding_one_step_and_explain`, with the
    default settings `fix_and_explain` uses) on a segment that looks like mojibake: UTF-8 read in
    one of the single-byte encodings, A0 bytes that became spaces and bytes lost upstream marked
    as ftfy does; else UTF-8 sequences amid correct text. None where ftfy would go on to its rarer
    repairs or read bytes with its lenient UTF-8 decoder (ED, C0)."""
    for encoding in chardata.CHARMAP_ENCODINGS:
        if not chardata.possible_encoding(segment, encoding):
            continue
        encoded = segment.encode(encoding)
        if encoding != "macroman" and chardata.ALTERED_UTF8_RE.search(encoded):
            encoded = fixes.restore_byte_a0(encoded)
        if encoding.startswith("sloppy"):
            encoded = fixes.replace_lossy_sequences(encoded)
        if 0xED in encoded or 0xC0 in encoded:
            return None
        try:
            return encoded.decode("utf-8")
        except UnicodeDecodeError:
            continue
    if chardata.UTF8_DETECTOR_RE.search(segment):
        fixed = fixes.decode_inconsistent_utf8(segment)
        if fixed != segment:
            return fixed
    return None
