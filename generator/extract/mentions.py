"""People, offices, places and topics named in a sentence.

Known people by any spelling ("سيرغي شويغو", "شويجو", "بالأسد"); offices alone
("وزير الدفاع الروسي يلتقي الأسد"), resolved later with the meeting's date; people the
gazetteer does not know, from "TITLE + NAME" ("وزير الخارجية الأردني أيمن الصفدي");
typos of known names in a name slot ("الوزير شويو"), by edit distance.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..models import Person
from ..slugs import transliterate
from ..text.phrases import Clitics, PhraseIndex, Tags, Token, genitive, readings, verbal
from .lexicon import Lexicon, OfficeRef

_NAME_PUNCT = set(",;:.!?\"'()-/|")


def drop_letters(text: str, n: int) -> str:
    """Text without its first n letters and their diacritics (a clitic: "والرئيس" → "الرئيس")."""
    i = 0
    while n and i < len(text):
        i += 1
        if text[i - 1].isalpha():
            n -= 1
        while i < len(text) and not text[i].isalpha() and not text[i].isspace():
            i += 1
    return text[i:].strip()


@dataclass
class PersonMention:
    person: str | None                 # id; None for an office nobody is resolved to yet
    start: int
    end: int
    form: str                          # full | variant | short | title | provisional | fuzzy
    clitic: str = ""
    title: str | None = None           # the office as written next to the name
    title_refs: list[OfficeRef] = field(default_factory=list)
    title_span: tuple[int, int] | None = None
    new_person: Person | None = None   # set for people found by TITLE + NAME


@dataclass
class PlaceMention:
    place: str
    start: int
    end: int
    clitic: str
    name: str                          # as written (display)
    in_gazetteer: bool = True


@dataclass
class Mentions:
    people: list[PersonMention]
    places: list[PlaceMention]
    topics: list[tuple[str, int, int]]
    covered: set[int]                  # tokens inside names and titles


class MentionFinder:
    """Finds mentions in one sentence at a time; remembers new people across an article."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        lang = lex.lang
        g = lang.dates
        self.date_words = lang.keyset([n for m in g.gregorian_months for n in (m.egyptian, m.levantine, *m.other)]
                                      + [n for w in g.weekdays for n in w.names]
                                      + [n for r in g.relative_days for n in r.names] + g.day_parts)
        self.place_nouns = lang.keyset(lang.meetings.place_nouns)
        m = lang.meetings
        # a name ends before a verb of meeting, presence or speech ("شويغو انضم إلى الاثنين")
        self.verbs = lang.keyset([f for t in m.triggers for f in t.forms] + m.presence + m.reporting
                                 + m.complementizers)
        self.not_name = regex.compile("|".join(f"(?:{p})" for p in lang.titles.not_name_patterns))
        tr = lang.translit
        self._translit = lambda text: transliterate(text, tr.letters, tr.vowels, tr.article, tr.definite, tuple(tr.final_vowels))

    # ------------------------------------------------------------------ helpers
    def _gap_ok(self, key: str, toks: list[Token], a: int, b: int, allow_comma: bool) -> bool:
        """Only spaces (and one comma if allowed) between token a-1 and token b."""
        if b >= len(toks):
            return False
        between = key[toks[a - 1].end:toks[b].start] if a > 0 else ""
        between = between.replace(" ", "")
        return between == "" or (allow_comma and between == ",")

    def _skip_honorifics(self, tags: Tags, i: int) -> int:
        while (m := tags.at(i, "honorifics")) is not None:
            i = m.end
        return i

    def _is_adjective(self, word: str) -> bool:
        return any(stem in self.lex.adjectives for stem, _ in readings(word))

    def _title_end(self, key: str, toks: list[Token], tags: Tags, i: int) -> int:
        """Extend a title from token i over complements, adjectives and "إلى PLACE"."""
        n = len(toks)
        while i < n and self._gap_ok(key, toks, i, i, False):
            word = toks[i].text
            if word in self.lex.complements or self._is_adjective(word) or any(
                    stem in self.lex.complements for stem, _ in readings(word)):
                i += 1
                continue
            if word in self.lex.place_links and (m := tags.at(i + 1, "places")):
                i = m.end
                continue
            m = tags.at(i, "places")
            if m and i > 0 and toks[i - 1].text in self.lex.place_titles:
                i = m.end
                continue
            break
        return i

    def _read_name(self, key: str, toks: list[Token], tags: Tags, i: int, taken: set[int],
                   honoured: bool = False) -> int:
        """End of a plausible name starting at token i (== i when there is none).

        A name has two or three words (more only with بن، آل، عبد ...), no word but the
        last starts with ال, and it must end where a name can end: punctuation, a word
        that cannot be in a name, or the end of the sentence. After an honorific ("العماد
        علي ...") the first word may look like a particle: key "علي" is also "على".
        """
        limit = self.lex.lang.titles.max_name_words
        j = i
        while j < len(toks) and j - i < limit + 1:
            word = toks[j].text
            if j > i and not self._gap_ok(key, toks, j, j, False):
                break
            if (j in taken or (self.lex.stop_word(word) and not (j == i and (honoured or word in self.lex.name_like)))
                    or word in self.date_words or word.isdigit()
                    or any(stem in self.verbs for stem, c in readings(word) if verbal(c))
                    or self._is_adjective(word) or tags.at(j, "heads") or len(word) < 2
                    or tags.at(j, "places")):
                break
            j += 1
        while j > i and toks[j - 1].text in self.lex.joiners:
            j -= 1
        words = [t.text for t in toks[i:j]]
        joined = sum(1 for w in words if w in self.lex.joiners)
        if not 2 <= len(words) <= (3 + 2 * joined) or len(words) > limit:
            return i
        article = self.lex.lang.translit.definite
        if any(w.startswith(article) and k and words[k - 1] not in self.lex.joiners
               for k, w in enumerate(words[:-1])) or words[0].startswith(article):
            return i  # "ال" only ends a name (الصفدي) or follows بن/عبد (عبد الله)
        if any(self.not_name.match(w) for w in words):
            return i
        at_end = j == len(toks) or not self._gap_ok(key, toks, j, j, False) or (
            self.lex.stop_word(toks[j].text) or toks[j].text in self.date_words or tags.at(j, "heads")
            or any(stem in self.verbs for stem, c in readings(toks[j].text) if verbal(c))
            or j in taken)
        return j if at_end else i

    def _provisional(self, display: str, title: str) -> Person:
        pid = self._translit(display)
        known = self.lex.gaz.people.get(pid)
        if known and known.name != display:
            pid = f"{pid}-2"
        return Person(id=pid, name=display, in_gazetteer=False, description=title)

    # ------------------------------------------------------------------ finding
    def find(self, key: str, toks: list[Token], span_of, known_people: set[str],
             local: PhraseIndex | None = None, tags: Tags | None = None, day=None) -> Mentions:
        """Mentions in one sentence. `span_of(a, b)` gives the display text of tokens a..b;
        `local` indexes people found earlier in the same article but not in the gazetteer."""
        lex = self.lex
        n = len(toks)
        tags = tags or lex.tagger.tag(toks)
        people: list[PersonMention] = []
        taken: set[int] = set()
        for found in (tags.find("people", 0, n), local.find(toks) if local else []):
            for m in found:
                if any(t in taken for t in range(m.start, m.end)):
                    continue
                people.append(PersonMention(m.value.person, m.start, m.end, m.value.form, m.clitic))
                taken.update(range(m.start, m.end))
        starts = {p.start: p for p in people}
        ends = {p.end: p for p in people}
        for m in tags.find("offices", 0, n):
            if any(t in taken for t in range(m.start, m.end)):
                continue
            after = self._skip_honorifics(tags, m.end)
            title_text = drop_letters(span_of(m.start, m.end), len(m.clitic))
            target = starts.get(after) if self._gap_ok(key, toks, after, after, True) or after == m.end else None
            if (target is None and m.start in ends and not m.clitic.startswith(Clitics.conjunctions)
                    and "," in key[toks[m.start - 1].end:toks[m.start].start]):
                target = ends[m.start]  # apposition: "بشار الأسد، رئيس الجمهورية"
            if target is not None:
                target.title, target.title_span = target.title or title_text, (m.start, m.end)
                taken.update(range(m.start, m.end))
                continue
            # a known office whose holder on the article's day the gazetteer does not know
            vacant = day is not None and not lex.holders(lex.offices.all_at(toks, m.start, m.end - m.start), day)
            name_end = self._read_name(key, toks, tags, after, taken, after > m.end) if vacant else after
            if name_end > after:
                person = self._provisional(span_of(after, name_end), title_text)
                people.append(PersonMention(person.id, after, name_end, "provisional", "", title_text, [],
                                            (m.start, m.end), person))
                taken.update(range(m.start, name_end))
                continue
            if genitive(m.clitic):
                continue  # "المبعوث الخاص للرئيس الروسي": part of another title
            refs = lex.offices.all_at(toks, m.start, m.end - m.start)
            people.append(PersonMention(None, m.start, m.end, "title", m.clitic, title_text, refs, (m.start, m.end)))
            taken.update(range(m.start, m.end))
        self._generic_titles(key, toks, tags, taken, people, span_of)
        self._fuzzy(toks, tags, taken, people, known_people)
        places: list[PlaceMention] = []
        for m in tags.find("places", 0, n):
            if any(t in taken for t in range(m.start, m.end)):
                continue
            places.append(PlaceMention(m.value, m.start, m.end, m.clitic, span_of(m.start, m.end)))
        topics = [(m.value, m.start, m.end) for m in tags.find("topics", 0, n)]
        people.sort(key=lambda p: p.start)
        return Mentions(people, places, topics, taken)

    def _generic_titles(self, key: str, toks: list[Token], tags: Tags, taken: set[int],
                        people: list[PersonMention], span_of) -> None:
        for head in tags.find("heads", 0, len(toks)):
            i = head.start
            if i in taken:
                continue
            end = self._title_end(key, toks, tags, head.end)
            after = self._skip_honorifics(tags, end)
            if after < len(toks) and not self._gap_ok(key, toks, after, after, True):
                continue
            name_end = self._read_name(key, toks, tags, after, taken, after > end)
            if name_end > after and end > head.end:
                title_text = drop_letters(span_of(i, end), len(head.clitic))
                person = self._provisional(span_of(after, name_end), title_text)
                people.append(PersonMention(person.id, after, name_end, "provisional", "", title_text, [],
                                            (i, end), person))
                taken.update(range(i, name_end))

    @functools.lru_cache(maxsize=256)
    def _nearby(self, known: frozenset[str]) -> dict[int, dict[str, str]]:
        """Short forms of the people already named, by length (a typo changes it by one)."""
        out: dict[int, dict[str, str]] = {}
        for form, pid in self.lex.short_forms.items():
            if pid in known:
                out.setdefault(len(form), {})[form] = pid
        return out

    def _fuzzy(self, toks: list[Token], tags: Tags, taken: set[int], people: list[PersonMention],
               known: set[str]) -> None:
        """Typos of names: in a name slot ("الوزير شويو") or close to someone already named."""
        slots = {m.end for m in tags.find("heads", 0, len(toks))}
        nearby = self._nearby(frozenset(known))
        for i, tok in enumerate(toks):
            size = len(tok.text)
            if i in taken or size < 4 or (i not in slots and size < 6) or tok.text in self.lex.name_stops:
                continue
            if i in slots and size >= 6:
                choices = self.lex.short_forms
            else:
                choices = {f: p for n in (size - 1, size, size + 1) for f, p in nearby.get(n, {}).items()}
            if not choices:
                continue
            best = process.extractOne(tok.text, choices.keys(), scorer=Levenshtein.distance,
                                      score_cutoff=1 if size < 8 else 2)
            if best is not None:
                people.append(PersonMention(choices[best[0]], i, i + 1, "fuzzy"))
                taken.add(i)
