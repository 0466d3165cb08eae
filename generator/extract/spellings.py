"""Other spellings of a big city's name, as Arabic news write foreign names.

    "سانت بطرسبرغ" → "سان بطرسبورغ"; "كاراكاس" → "كراكاس"; "كانبرا" → "كانبيرا"; "كيب تاون" → "كيبتاون";
    "نيويورك" → "نيو يورك". The letters and words come from names.yaml.
"""
from __future__ import annotations

import itertools
from typing import Collection, Iterable

from ..lang import Language


def city_spellings(names: Iterable[str], lang: Language, known: Collection[str], max_words: int,
                   given: Collection[str] = ()) -> set[str]:
    """Matching keys of other spellings of these names ("سانت بطرسبرغ" → "سان بطرسبورغ"), none of
    them a known word: a foreign g in any of its letters, a long vowel added or left out inside a word,
    endings and first words written either way, two words as one and back; a name given as
    "مدينة زنجبار" also without its "مدينة" (unless the rest is definite or a first name)."""
    split = [lang.fold(x) for x in lang.names.place_split_prefixes]
    nouns = {lang.fold(x) for x in lang.names.city_name_nouns}
    out: set[str] = set()
    names = list(names)
    for name in list(names):
        first, _, rest = lang.fold(name).partition(" ")
        if first in nouns and rest and not rest.startswith(lang.translit.definite) and rest not in given \
                and rest not in known:
            out.add(rest)
            names.append(rest)
    for name in names:
        key = lang.fold(name)
        words = key.split()
        if len(words) > max_words:
            continue
        forms = {" ".join(ws) for ws in itertools.product(
            *(_word_spellings(lang, w, first=i == 0) for i, w in enumerate(words)))}
        if len(words) == 2:
            forms |= {f.replace(" ", "") for f in forms}
        elif len(words) == 1:
            forms |= {f"{p} {f[len(p):]}" for f in set(forms) for p in split
                      if f.startswith(p) and len(f) - len(p) >= 3}
        out |= {f for f in forms if f != key and (" " in f or f not in known)}
    return out


def _word_spellings(lang: Language, word: str, first: bool) -> set[str]:
    """One word's spellings (itself among them)."""
    n = lang.names
    forms = {word}
    if first:
        for group in n.place_first_words:
            keys = [lang.fold(x) for x in group]
            if word in keys:
                forms |= set(keys)
        before = tuple(lang.fold(x) for x in n.prosthetic_alef.before)
        if len(word) >= 4 and word.startswith(before):
            forms.add(lang.fold(n.prosthetic_alef.alef) + word)
    written = set(forms)
    if len(word) < 4 or word.startswith(lang.translit.definite):
        return forms
    for group in n.place_endings:
        keys = [lang.fold(x) for x in group]
        forms |= {word[:-len(e)] + other for e in keys if word.endswith(e) and len(word) > len(e) + 1
                  for other in keys}
    g = [lang.fold(x) for x in n.foreign_g]
    vowels = "".join(lang.fold(x) for x in n.medial_vowels)
    unswapped = set(forms)
    for f in list(forms):
        if sum(f.count(x) for x in g) == 1:
            letter = next(x for x in g if x in f)
            forms |= {f.replace(letter, other) for other in g}
    swapped = forms - unswapped
    if len(word) < n.two_changes_min_letters:
        # a short name takes one change, not two: "كابول" is "قابول" or "كبول", never "قبول" (acceptance)
        forms = unswapped
    # each inside vowel left out alone, and all of them; or one long vowel added between two
    # consonants (not both: a name is rarely spelled that far from its usual form)
    added = "".join(lang.fold(x) for x in n.inserted_vowels)
    long = vowels + added
    inserted = {f[:i] + v + f[i:] for f in forms for i in range(2, len(f))
                if f[i - 1] not in long and f[i] not in long for v in added}
    forms |= {f[:i] + f[i + 1:] for f in forms for i in range(1, len(f) - 1) if f[i] in vowels}
    forms |= {f[0] + f[1:-1].translate(str.maketrans("", "", vowels)) + f[-1] for f in forms}
    forms |= inserted | swapped
    return {f for f in forms if len(f) >= 4 or f in written}


def country_spellings(names: Iterable[str], lang: Language, known: Collection[str],
                      written: Collection[str]) -> set[str]:
    """Other spellings of a country's one-word name, also inside the official names that
    hold it ("تايلند"، "مملكة تايلند"), none of them a place's own (`written`); a short name's
    are too often a word or a person's ("بوتان" → "بوتن", as Putin is written)."""
    keys = [lang.fold(x) for x in names]
    least = lang.settings.extract.country_spelling_min_letters
    out: set[str] = set()
    for name in (k for k in keys if " " not in k):
        for form in city_spellings([name], lang, known, 1):
            if len(form) >= least:
                out |= {" ".join(form if w == name else w for w in other.split()) for other in keys
                        if name in other.split()}
    return out - set(keys) - set(written)


def nisba_spellings(adjectives: Iterable[str], lang: Language, known: Collection[str],
                    written: Collection[str]) -> set[str]:
    """Other spellings of a country's nisba, with and without the article ("التايلندية")."""
    article = lang.translit.definite
    least = lang.settings.extract.country_spelling_min_letters
    out: set[str] = set()
    for adj in adjectives:
        key = lang.fold(adj)
        definite = key.startswith(article)
        bare = key[len(article):] if definite else key
        for form in city_spellings([bare], lang, known, 1):
            if len(form) > least:   # with its nisba ending
                out.add(article + form if definite else form)
    return out - set(written)
