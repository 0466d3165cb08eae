"""Spellings of one name that search treats as the same word, from the gazetteers.

Folding already makes "الأسد" and "الاسد" one word; transliterations need the gazetteer:
"شويغو" / "شويجو", "بوتين" / "بوتن", "سوريا" / "سورية". Spellings of a person or place with
as many words are compared word by word, and two words join one group only when they are
close (a letter or two apart), so a title or a nickname ("خادم الحرمين الشريفين") never
becomes a synonym of the name. The groups are shipped to the search worker, which expands each query word with
the rest of its group; gazetteer name words are also marked whole, so that search never reads
the "ف" of "فيصل" or the "ك" of "كيري" as a clitic.
"""
from __future__ import annotations

from .catalog import Catalog
from .search_fold import Rules


def distance(a: str, b: str) -> int:
    """Levenshtein distance between two words."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _forms(catalog: Catalog) -> list[list[str]]:
    """Every spelling list of a person or place the site may show."""
    gaz = catalog.gazetteer
    out = [[p.name, *p.variants, *p.short] for p in gaz.people.values()]
    out += [[p.name, *p.variants] for p in gaz.places.values()]
    out += [[p.name, *p.variants] for p in catalog.people.values() if p.provisional]
    return out


class _Groups:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, w: str) -> str:
        self.parent.setdefault(w, w)
        while self.parent[w] != w:
            self.parent[w] = self.parent[self.parent[w]]
            w = self.parent[w]
        return w

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def spelling_groups(catalog: Catalog, rules: Rules) -> tuple[list[list[str]], list[str]]:
    """(groups of folded words that spell the same name, every folded name word)."""
    groups = _Groups()
    names: set[str] = set()

    def bare(w: str) -> str:  # "السورية" and "سورية" are one word to search already
        return w.removeprefix(rules.article)

    def close(a: str, b: str) -> bool:
        a, b = bare(a), bare(b)
        return a != b and distance(a, b) <= rules.max_distance * max(len(a), len(b))

    for forms in _forms(catalog):
        split = [rules.query_words(f) for f in forms if f]
        split = [s for s in split if s]
        names.update(w for s in split for w in s)
        names.update(w for f in forms if f for w in rules.words(f) + rules.joined(f))
        for i, a in enumerate(split):
            for b in split[i + 1:]:
                # Only forms of as many words, compared in order: a one-word form is not
                # compared with the words of a longer one, where it would meet adjectives
                # ("روسيا" and "الاتحاد الروسي").
                if len(a) == len(b):
                    for x, y in zip(a, b):
                        if close(x, y):
                            groups.join(x, y)
    members: dict[str, list[str]] = {}
    for w in list(groups.parent):
        members.setdefault(groups.find(w), []).append(w)
    return sorted(sorted(g) for g in members.values() if len(g) > 1), sorted(names)
