"""Bytes to text: UTF-8 (with or without BOM), UTF-16, and legacy Arabic code pages.

A file that is binary, or that no Arabic-capable encoding reads as Arabic text, is
refused with a reason: it must never reach the extractor as mojibake.
"""
from __future__ import annotations

import codecs
from collections import Counter

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


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name); raises DecodeError with a reason an editor can act on."""
    if not data.strip():
        raise DecodeError("the file is empty; add the article text or remove the file")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-8 byte order mark but undecodable bytes ({exc.reason}); "
                              "re-save the file as UTF-8") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-16 byte order mark but undecodable bytes ({exc.reason}); "
                              "re-save the file as UTF-8") from None
    guess = _utf16_guess(data)
    if guess:
        try:
            text = data.decode(guess)
            if _plausible(text):
                return text, guess
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise DecodeError(f"binary file (NUL bytes), not text; {_ONLY_TEXT}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _CONTROL.search(text) and not _plausible(text):
            raise DecodeError(f"binary file (control bytes), not text; {_ONLY_TEXT}")
        if _MOJIBAKE.search(text) and not _ARABIC.search(text):
            raise DecodeError("looks like Arabic decoded twice (mojibake); re-save the page as UTF-8")
        return text, "utf-8"
    return _legacy(data)


def _legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    candidates = ([best.encoding] if best else []) + [e for e in LEGACY if not best or e != best.encoding]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text, encoding
    raise DecodeError("not UTF-8, UTF-16 or a legacy Arabic encoding (windows-1256, ISO-8859-6); "
                      "re-save the file as UTF-8")
