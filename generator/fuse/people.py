"""One person, however each article spells them: provisional people joined across articles.

People the gazetteer lacks get an id from their spelling in each article ("شي جين بينغ" in
one, "شى جين بينج" in another). Before reports are grouped, every such spelling is compared
by its name key (lang.name_key: hamza, ى/ي, ج/غ, عبد الله/عبدالله folded, the article
dropped): a spelling that is a gazetteer person's becomes that person; spellings of one
name (the same family name, the other words of the shorter one found in the longer) become
one person, under the fullest spelling.

Example: "عبدالمجيد تبّون" in one article and "عبد المجيد تبون" in another → one person.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import combinations

from ..extract.units import ArticleResult, PartyFact
from ..dates.constraint import DateConstraint
from ..gazetteer import Gazetteer
from ..lang import Language
from ..models import Person

CLOSE = 0.85       # letters in common for two spellings of one word (بايدن / بايدين)
OFFICE_CLOSE = 0.7  # ... for two spellings of the family name of one office's holder (بوهاري / بخاري)


@dataclass(frozen=True)
class Spelling:
    """What varies between two spellings of one foreign word: a long vowel written inside it
    or not (يلن / يلين); never between two Arabic given names (سعد / سعيد، حسن / حسين)."""
    vowels: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()
    letters: tuple[tuple[str, str], ...] = ()   # (ث, ت): one foreign sound written two ways


NO_SPELLING = Spelling()


def spelling(lang: Language) -> Spelling:
    """The language's vowels written or left out in foreign names, and its given names."""
    return Spelling(frozenset(lang.fold(v) for v in lang.names.inserted_vowels + lang.names.medial_vowels),
                    frozenset(w for g in lang.names.given_names for w in lang.name_key(g)),
                    tuple((lang.fold(a), lang.fold(b)) for a, b in lang.names.foreign_letters.items()))


def _vowel_apart(a: str, b: str, sp: Spelling) -> bool:
    """The longer word is the shorter with one or two long vowels added between its first and
    last letters (لين / لاين / لايين)."""
    short, long_ = sorted((a, b), key=len)
    if not 0 < len(long_) - len(short) <= 2 or len(short) < 2 or a in sp.given or b in sp.given:
        return False
    if short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    i = 1
    for ch in long_[1:-1]:     # the shorter's inner letters, in order, the rest all vowels
        if i < len(short) - 1 and ch == short[i]:
            i += 1
        elif ch not in sp.vowels:
            return False
    return i == len(short) - 1


def _foreign(word: str, sp: Spelling) -> str:
    """A foreign word with each sound written one way (كاثرين → كاترين)."""
    if word in sp.given:
        return word
    for a, b in sp.letters:
        word = word.replace(a, b)
    return word


def _close(a: str, b: str, sp: Spelling = NO_SPELLING) -> bool:
    return a == b or (bool(sp.letters) and _foreign(a, sp) == _foreign(b, sp) and _foreign(a, sp) not in sp.given) or (min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= CLOSE) \
        or _vowel_apart(a, b, sp)


def same_name(a: tuple[str, ...], b: tuple[str, ...], lineage: tuple[str, ...] = (),
              sp: Spelling = NO_SPELLING) -> bool:
    """Two name keys of one person: equal, or the shorter's words all in the longer with the
    same last word (letters close enough for a variant spelling), or a "son of" name that
    the longer goes on from ("محمد بن زايد" in "محمد بن زايد آل نهيان")."""
    if not a or not b:
        return False
    a2, b2 = _compounds(a, b), _compounds(b, a)
    if a2 == b2 or any(len(x) > len(x2) and x2 == y2[:len(x2)] for x, x2, y2 in ((a, a2, b2), (b, b2, a2))):
        return True   # "سلفا كير" and "سلفاكير ميارديت": the two words the other writes as one, and more
    a, b = a2, b2
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1 and short[0] in sp.given:
        return False   # "عبد الرحمن" alone names nobody in particular, least of all "أيمن بن عبد الرحمان"
    # from the start ("محمد بن زايد"), or after the given name ("بن فرحان"); never a father's
    # name inside his son's ("حمد بن خليفة" in "تميم بن حمد بن خليفة")
    at = 1 if short[0] in lineage else 0
    if lineage and any(w in lineage for w in short) and long_[at:at + len(short)] == short:
        return True
    if len(short) == 2 and len(long_) == 4 and short[0] in sp.given and long_[:2] == short:
        return True   # "مشعل الأحمد" and "مشعل الأحمد الجابر الصباح": his and his father's names, then the rest
    if len(short) >= 2 and len(long_) == len(short) + 1 and short[-1] not in sp.given \
            and long_[:len(short)] == short:
        # "نيكولاس مادورو" and "نيكولاس مادورو موروس": a second family name after the first,
        # the first ones written alike (not "لي تشيانغ" and "لاي تشينغ تي")
        return True
    if not _close(short[-1], long_[-1], sp):
        return False
    if len(short) == len(long_) >= 3 and not _close(short[0], long_[0], sp):
        return False   # "صباح الأحمد الجابر الصباح" is not "نواف الأحمد الجابر الصباح", his brother
    if lineage and any(long_[k] == short[0] and long_[k - 1] in lineage for k in range(1, len(long_))):
        return False   # "سلمان بن عبدالعزيز" is the father in "خالد بن سلمان بن عبدالعزيز"
    return all(any(_close(w, x, sp) for x in long_) for w in short)


def _compounds(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """`a` with two words side by side written as one where `b` writes them so ("سلفا كير"
    / "سلفاكير")."""
    words = list(a)
    k = 0
    while k + 1 < len(words):
        if words[k] + words[k + 1] in b:
            words[k:k + 2] = [words[k] + words[k + 1]]
        else:
            k += 1
    return tuple(words)


def unify(articles: dict[str, ArticleResult], gaz: Gazetteer, lang: Language) -> dict[str, Person]:
    """Rewrite every article's provisional person ids to one id per person (in place: the
    articles' units and new people are replaced by copies); returns the people by id."""
    known: list[tuple[tuple[str, ...], str]] = []
    for p in gaz.people.values():
        for text in (p.name, *p.variants):
            known.append((lang.name_key(text), p.id))
    spellings: dict[str, Person] = {}
    for art in articles.values():
        for pid, person in art.new_people.items():
            spellings.setdefault(pid, person)
    mapping: dict[str, str] = {}
    lineage = tuple(lang.fold(w) for w in lang.names.son_of)
    sp = spelling(lang)
    # the fullest spellings first: shorter ones join them
    order = sorted(spellings.values(), key=lambda p: (-len(lang.name_key(p.name)), p.id))
    canon: list[tuple[tuple[str, ...], str]] = []
    for person in order:
        key = lang.name_key(person.name)
        target = next((pid for k, pid in known if same_name(key, k, lineage, sp) and len(key) >= 2), None)
        if target is None:
            target = next((pid for k, pid in canon if same_name(key, k, lineage, sp)), None)
        if target is None:
            canon.append((key, person.id))
            target = person.id
        mapping[person.id] = target
    _same_office(articles, {p.id: lang.name_key(p.name) for p in order}, mapping, lang)
    people: dict[str, Person] = dict(gaz.people)
    for person in order:
        if mapping[person.id] == person.id:
            people[person.id] = person
    if any(k != v for k, v in mapping.items()):
        for name, art in list(articles.items()):
            articles[name] = _rewrite(art, mapping, people)
    return people


def _same_office(articles: dict[str, ArticleResult], keys: dict[str, tuple[str, ...]], mapping: dict[str, str],
                 lang: Language) -> None:
    """Two people the gazetteer lacks, under one office of one country in reports whose days
    can meet, with family names close in letters, are one person spelled two ways ("الرئيس
    النيجيري محمدو بوهاري" / "الرئيس النيجيري محمد بخاري"); `keys` are their name keys.
    Rewrites `mapping` in place."""
    holders: dict[tuple[str, str], list[tuple[str, DateConstraint]]] = {}
    together: set[frozenset[str]] = set()   # two people of one meeting are two people
    for art in articles.values():
        for u in art.units:
            ids = {mapping.get(p.person, p.person) for p in u.parties}
            together |= {frozenset((x, y)) for x, y in combinations(sorted(ids), 2)}
            for p in u.parties:
                pid = mapping.get(p.person, p.person)
                person = art.new_people.get(p.person)
                if pid in keys and p.title and person is not None and person.country and u.date is not None:
                    head = lang.name_key(p.title)[0]   # "الرئيس النيجيري" / "رئيس جمهورية نيجيريا": رئيس
                    holders.setdefault((person.country, head), []).append((pid, u.date))
    for held in holders.values():
        for (a, da), (b, db) in combinations(held, 2):
            a, b = mapping.get(a, a), mapping.get(b, b)
            if a == b or da.meet(db) is None or not _alike(keys[a], keys[b]) or frozenset((a, b)) in together:
                continue
            for k, v in mapping.items():
                if v == b:
                    mapping[k] = a


def _alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Family names that begin with one letter and share most of their letters (بوهاري / بخاري)."""
    x, y = a[-1], b[-1]
    # ("نيجيرفان بارزاني" / "مسرور بارزاني": one family, two first names, two people)
    firsts = len(a) < 2 or len(b) < 2 or (a[0][:1] == b[0][:1] and SequenceMatcher(None, a[0], b[0]).ratio() >= OFFICE_CLOSE)
    return bool(x and y) and x[0] == y[0] and SequenceMatcher(None, x, y).ratio() >= OFFICE_CLOSE and firsts


def _rewrite(art: ArticleResult, mapping: dict[str, str], people: dict[str, Person]) -> ArticleResult:
    def m(pid: str | None) -> str | None:
        return mapping.get(pid, pid) if pid else pid

    units = []
    for u in art.units:
        parties: dict[str, PartyFact] = {}
        for p in u.parties:
            pid = m(p.person) or p.person
            in_gaz = pid in people and people[pid].in_gazetteer
            if pid in parties:
                old = parties[pid]
                parties[pid] = replace(old, sentences=sorted(set(old.sentences) | set(p.sentences)),
                                       presence=old.presence and p.presence, title=old.title or p.title)
            else:
                parties[pid] = replace(p, person=pid, in_gazetteer=in_gaz,
                                       name=people[pid].name if pid in people else p.name)
        mentioned = [(m(pid) or pid, why, s, name) for pid, why, s, name in u.mentioned
                     if (m(pid) or pid) not in parties]
        quotes = [replace(q, speaker_id=m(q.speaker_id)) for q in u.quotes]
        units.append(replace(u, parties=list(parties.values()), mentioned=mentioned, quotes=quotes))
    new_people = {m(pid) or pid: people.get(m(pid) or pid, p) for pid, p in art.new_people.items()
                  if (m(pid) or pid) not in people or not people[m(pid) or pid].in_gazetteer}
    return replace(art, units=units, new_people=new_people)

