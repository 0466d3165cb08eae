"""Indexes built once from the gazetteers and the language data, used for every sentence.

People by every spelling (full names, variants, short forms), offices by every way they
are written (with the country's other spellings: سوريا / سورية), places, nationality
adjectives and topic keywords; all folded to the matching key.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from ..gazetteer import Gazetteer, tenure
from ..lang import Language
from ..models import Office, Person
from ..text.phrases import PhraseIndex, Tagger, tokens


@dataclass(frozen=True)
class NameForm:
    person: str
    form: str          # full | variant | short


@dataclass(frozen=True)
class OfficeRef:
    person: str
    title: str         # the office's canonical title
    start: dt.date
    end: dt.date

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


class Lexicon:
    """Everything the extractor looks up, for one language and one gazetteer."""

    def __init__(self, lang: Language, gaz: Gazetteer) -> None:
        self.lang, self.gaz = lang, gaz
        f = lang.fold
        self.people: PhraseIndex[NameForm] = PhraseIndex()
        self.short_forms: dict[str, str] = {}      # folded short form → person id (for fuzzy)
        for p in gaz.people.values():
            self._add_person(p)
        self.places: PhraseIndex[str] = PhraseIndex()
        self.adjectives: dict[str, str] = {}       # folded adjective → country id
        country_forms: dict[str, list[str]] = {}
        for place in gaz.places.values():
            for name in (place.name, *place.variants):
                self.places.add(f(name), place.id)
            for adj in place.adjective:
                self.adjectives[f(adj)] = place.id
            if place.kind == "country":
                forms = [f(n) for n in (place.name, *place.variants)]
                for form in forms:
                    country_forms[form] = forms
        self.offices: PhraseIndex[OfficeRef] = PhraseIndex()
        for p in gaz.people.values():
            for office in p.offices:
                self._add_office(p, office, country_forms)
        self.topics: PhraseIndex[str] = PhraseIndex()
        for topic in gaz.topics.values():
            for kw in (topic.label, *topic.keywords):
                self.topics.add(f(kw), topic.id)
        t = lang.titles
        self.complements = lang.keyset(t.complements)
        self.name_stops = lang.keyset(t.name_stops)
        self.joiners = lang.keyset(t.name_joiners)
        self.name_like = lang.keyset(t.name_like_particles)
        self.place_links = lang.keyset(t.place_links)
        self.place_titles = lang.keyset(t.place_titles)
        # one pass over a sentence finds names, offices, places, topics and title words
        self.tagger: Tagger = Tagger()
        for index, name in ((self.people, "people"), (self.offices, "offices"), (self.places, "places"),
                            (self.topics, "topics")):
            for words, value in index.entries():
                self.tagger.add(name, " ".join(words), value)
        for phrase in t.heads:
            self.tagger.add("heads", f(phrase), phrase)
        for phrase in t.honorifics:
            self.tagger.add("honorifics", f(phrase), phrase)
        self.fingerprint = hashlib.sha256(f"{lang.fingerprint}:{gaz.fingerprint}".encode()).hexdigest()[:16]

    def _add_person(self, p: Person) -> None:
        f = self.lang.fold
        self.people.add(f(p.name), NameForm(p.id, "full"))
        for v in p.variants:
            self.people.add(f(v), NameForm(p.id, "variant"))
        for s in p.short:
            self.people.add(f(s), NameForm(p.id, "short"))
            self.short_forms[f(s)] = p.id
        last = [t.text for t in tokens(f(p.name))]
        if len(last) >= 2 and len(last[-1]) >= 4:
            self.short_forms.setdefault(last[-1], p.id)

    def _add_office(self, p: Person, office: Office, country_forms: dict[str, list[str]]) -> None:
        f = self.lang.fold
        start, end = tenure(office)
        ref = OfficeRef(p.id, office.title, start, end)
        for title in (office.title, *office.short):
            words = [t.text for t in tokens(f(title))]
            variants = [words]
            for i, w in enumerate(words):
                for alt in country_forms.get(w, ()):
                    if alt != w and " " not in alt:
                        variants.append(words[:i] + [alt] + words[i + 1:])
            for v in variants:
                self.offices.add(" ".join(v), ref)

    def holders(self, refs: list[OfficeRef], day: dt.date | None,
                window: tuple[dt.date, dt.date] | None = None) -> set[str]:
        """People who held one of these offices on `day` (or at any time in `window`)."""
        if day:
            return {r.person for r in refs if r.holds(day)}
        if window:
            lo, hi = window
            return {r.person for r in refs if r.start <= hi and r.end >= lo}
        return {r.person for r in refs}

    def sole_holder(self, refs: list[OfficeRef], lo: dt.date, hi: dt.date) -> str | None:
        """The one person who held an office through all of [lo, hi], when the gazetteer's
        tenures cover that whole span (a gap means someone unknown may have held it)."""
        overlapping = [r for r in refs if r.start <= hi and r.end >= lo]
        people = {r.person for r in overlapping}
        if len(people) != 1:
            return None
        covered = lo
        for r in sorted(overlapping, key=lambda r: r.start):
            if r.start > covered:
                return None
            covered = max(covered, r.end + dt.timedelta(days=1))
        return people.pop() if covered > hi else None

    def office_on(self, person_id: str, day: dt.date | None) -> str | None:
        """The title a person held on a day (the latest one without a day): the gazetteer's."""
        return self.gaz.office_on(person_id, day)

    def stop_word(self, word: str) -> bool:
        return word in self.name_stops

