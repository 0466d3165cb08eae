"""ASCII ids and slugs: bounded, lower case, safe as a file or URL path segment."""
from __future__ import annotations

import hashlib
import unicodedata

import regex

MAX_SLUG = 80
_NOT_SLUG = regex.compile(r"[^a-z0-9]+")


def slugify(text: str, max_len: int = MAX_SLUG) -> str:
    """An ASCII slug of Latin text; never empty, never containing '/', '.' or '..'."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = _NOT_SLUG.sub("-", ascii_).strip("-")
    if len(slug) > max_len:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:6]
        slug = slug[: max_len - 7].rstrip("-") + "-" + digest
    return slug or "x-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def transliterate(text: str, letters: dict[str, str], vowels: dict[str, str], article: str,
                  definite: str = "", final_vowels: tuple[str, ...] = ()) -> str:
    """Rough transliteration to Latin for ids of people and places not in the gazetteer."""
    words = []
    for word in text.split():
        out = []
        prefix = ""
        if definite and word.startswith(definite) and len(word) > len(definite) + 1:
            prefix, word = article, word[len(definite):]
        for i, ch in enumerate(word):
            inside = 0 < i < len(word) - 1 or (i == len(word) - 1 and ch in final_vowels)
            out.append(vowels[ch] if inside and ch in vowels else letters.get(ch, ch))
        words.append(prefix + "".join(out))
    return slugify(" ".join(words))
