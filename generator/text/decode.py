"""Bytes to text: UTF-8 (with or without BOM), UTF-16, and legacy Arabic code pages.

A file that is binary, or that no Arabic-capable encoding reads as Arabic text, is
refused with a reason: it must never reach the extractor as mojibake. A UTF-8 file with a
few stray bytes (a paste from elsewhere, a truncated character) is still UTF-8: the bad
bytes become U+FFFD and their offsets are reported; only text that is not UTF-8 as a whole
is read in a legacy code page.
"""
from __future__ import annotations

import codecs
from collections import Counter
from typing import NamedTuple

import regex

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
# Legacy encodings Arabic pages were saved in, most common first.
LEGACY = ("cp1256", "iso8859_6", "cp864", "cp720", "mac_arabic")
_ARABIC = regex.compile(r"[\u0621-\u064A]")
_LETTER = regex.compile(r"\p{L}")
_CONTROL = regex.compile(r"[\x00-\x08\x0B\x0E-\x1F\x7F]")
_MOJIBAKE = regex.compile(r"[ÃØÙ][\x80-\xBF\u0080-\u00FF]")


_ONLY_TEXT = "remove it, or save the article as text (.txt, .md or .html)"


class DecodeError(ValueError):
    """The bytes are not text the digest can read."""


def _plausible(text: str) -> bool:
    letters = len(_LETTER.findall(text))
    if not letters:
        return not _CONTROL.search(text)
    arabic = len(_ARABIC.findall(text))
    controls = len(_CONTROL.findall(text))
    return controls <= len(text) * 0.001 and arabic >= letters * 0.3


def _dominance(data: bytes) -> float:
    return max(Counter(data).values()) / len(data) if data else 0.0


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without a byte order mark: one byte of each pair barely varies (the script's
    block, or zero for Latin) while the other carries the letters."""
    head = data[:4000]
    if len(head) < 8 or len(head) % 2:
        return None
    even, odd = _dominance(head[0::2]), _dominance(head[1::2])
    if odd >= 0.6 and even < 0.5:
        return "utf-16-le"
    if even >= 0.6 and odd < 0.5:
        return "utf-16-be"
    return None


class Decoded(NamedTuple):
    """Text read from bytes, the encoding it was in, and any bytes that could not be read."""

    text: str
    encoding: str
    bad_bytes: int = 0                    # bytes that were not UTF-8, each replaced by U+FFFD
    offsets: tuple[int, ...] = ()         # where the first of them are, counted from 0


# A UTF-8 text with one bad sequence for every this many good non-ASCII characters or fewer
# is UTF-8 with stray bytes; text in a legacy code page has almost no valid sequence at all.
STRAY_RATIO = 10
SHOWN_OFFSETS = 5


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name); raises DecodeError with a reason an editor can act on."""
    found = decode_bytes(data)
    return found.text, found.encoding


def _stray(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes replaced, or None when the bytes are not UTF-8 as a whole."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    if bad <= 0 or good < STRAY_RATIO * bad:
        return None
    offsets: list[int] = []
    pos = 0
    while len(offsets) < SHOWN_OFFSETS:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            offsets.append(pos + exc.start)
            pos += exc.end
    kept = len(data.decode("utf-8", errors="ignore").encode("utf-8"))
    return Decoded(text, "utf-8", len(data) - kept, tuple(offsets))


def decode_bytes(data: bytes) -> Decoded:
    """The text, its encoding and any stray bytes; raises DecodeError with a reason an
    editor can act on."""
    if not data.strip():
        raise DecodeError("the file is empty; add the article text or remove the file")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-8 byte order mark but undecodable bytes ({exc.reason}); "
                              "re-save the file as UTF-8") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-16 byte order mark but undecodable bytes ({exc.reason}); "
                              "re-save the file as UTF-8") from None
    guess = _utf16_guess(data)
    if guess:
        try:
            text = data.decode(guess)
            if _plausible(text):
                return Decoded(text, guess)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise DecodeError(f"binary file (NUL bytes), not text; {_ONLY_TEXT}")
    try:
        found = Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        stray = _stray(data)
        if stray is None:
            return _legacy(data)
        found = stray
    if _CONTROL.search(found.text) and not _plausible(found.text):
        raise DecodeError(f"binary file (control bytes), not text; {_ONLY_TEXT}")
    if _MOJIBAKE.search(found.text) and not _ARABIC.search(found.text):
        raise DecodeError("looks like Arabic decoded twice (mojibake); re-save the page as UTF-8")
    return found


def _legacy(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    candidates = ([best.encoding] if best else []) + [e for e in LEGACY if not best or e != best.encoding]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return Decoded(text, encoding)
    raise DecodeError("not UTF-8, UTF-16 or a legacy Arabic encoding (windows-1256, ISO-8859-6); "
                      "re-save the file as UTF-8")
