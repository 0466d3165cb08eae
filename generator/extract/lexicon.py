"""Everything extraction looks up, compiled once from the language data and the gazetteer.

One Tagger finds, in a single pass over a sentence, every word list the extractor reads:
people by every spelling, title heads and the words that continue a title, nisbas and
names of countries, organisations and places, honorifics, meeting verbs and nouns, clause
boundaries, date words and topic keywords. `known` holds every vocabulary word: a word in
it is ordinary Arabic, never part of a personal name.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Iterable

import regex

from ..dates.grammar import DateGrammar, grammar_for
from ..gazetteer import Gazetteer, tenure
from ..lang import Language
from ..lang.words import Clitics, PhraseIndex, Tagger, tokens
from ..models import Person
from .entries import HeadWord, NameForm, OfficeRef, TriggerWord
from .spellings import city_spellings, country_spellings, nisba_spellings

__all__ = ["HeadWord", "Lexicon", "NameForm", "OfficeRef", "TriggerWord"]


# Lists of the language files read by the Tagger, by the name code asks for.
MEETING_LISTS = ("objects", "noun", "definite", "link", "gather", "phone", "confirm", "remote", "presence", "presence_beside", "namely", "company",
                 "deleg_noun", "trip_companion", "trip_noun", "deleg_head", "deleg_members", "pair", "not_present", "welcome", "reporting",
                 "complementizer", "attach", "relative", "clause", "past", "future", "not_boundary",
                 "background", "planned", "negated", "was", "continuing", "sidelines", "arrival", "place_noun", "sequel", "soon", "came_from", "separate", "series", "gathering")


def _definite(phrase: str, article: str) -> str:
    """The phrase with the article on each word that lacks one (مجلس وزراء → المجلس الوزراء)."""
    return " ".join(w if w.startswith(article) else article + w for w in phrase.split())


class Lexicon:
    """Compiled lookups for one Language and one Gazetteer."""

    def __init__(self, lang: Language, gaz: Gazetteer) -> None:
        self.lang, self.gaz = lang, gaz
        self.clitics: Clitics = lang.clitics
        self.settings = lang.settings.extract
        self.grammar: DateGrammar = grammar_for(lang)
        self.article = lang.translit.definite   # "ال" on the key
        self.tagger = Tagger(self.clitics)
        self.known: set[str] = set()
        self.tail_stems: set[str] = set()      # one-word title tails, for "وزير خارجيته"
        self.people: PhraseIndex[NameForm] = PhraseIndex(self.clitics)
        self.short_forms: dict[str, str] = {}
        self.places: PhraseIndex[str] = PhraseIndex(self.clitics)
        self.nisba: dict[str, str] = {}          # folded adjective → country id
        self.place_keys: dict[str, set[str]] = {}   # place id → its spellings, folded
        self.country_ids = frozenset(p.id for p in gaz.places.values() if p.kind == "country")
        self._vocabulary()
        self._meetings()
        self._world()
        self._people()
        for topic in gaz.topics.values():
            for kw in (topic.label, *topic.keywords):
                self.tagger.add("topic", self.fold(kw), topic.id)
        n = lang.names
        self.not_name, self.titled_shapes = (regex.compile("|".join(f"(?:{p})" for p in pats))
                                             for pats in (n.not_name_patterns, n.titled_name_shapes))
        self.name_like = lang.keyset(n.name_like_particles)
        self.noun_prepositions = tuple(n.noun_prepositions)
        self.accusative, self.open_ta = lang.fold(n.accusative_ending), lang.fold(n.open_ta)
        self.feminine_dual = tuple(lang.fold(x) for x in n.feminine_dual)
        self.ta_folded = lang.fold(lang.meetings.feminine_ending)
        self.initials = lang.keyset(lang.text.initials)
        self.known -= self.name_like | self.given_names
        self.offices: dict[tuple[str, str | None], list[OfficeRef]] = {}  # filled by titles.index_offices
        self.when_openers = lang.keyset(lang.meetings.when_openers)
        # the pair words in the dual, each with the office it is the dual of ("الرئيسان" → president)
        self.dual_pairs = {self.fold(w): self._dual_office(self.fold(w)) for w in lang.meetings.pair_words
                           if self.fold(w).endswith(tuple(lang.meetings.pair_dual_endings))}
        self.fingerprint = self.fingerprint_of(lang, gaz)

    def _dual_office(self, word: str) -> str | None:
        for end in self.lang.meetings.pair_dual_endings:
            if word.endswith(end) and len(word) > len(end) + 2:
                head = self.tagger.tag(tokens(word[:-len(end)])).at(0, "head")
                if head is not None:
                    return str(head.value.office)
        return None

    @staticmethod
    def fingerprint_of(lang: Language, gaz: Gazetteer) -> str:
        """What a lexicon is built from: the language data and the gazetteer."""
        return hashlib.sha256(f"{lang.fingerprint}:{gaz.fingerprint}".encode()).hexdigest()[:16]

    # ------------------------------------------------------------------ helpers
    def fold(self, text: str) -> str:
        return self.lang.fold(text)

    def _add(self, name: str, phrases: Iterable[str], value: object = None, known: bool = True,
             definite: bool = False) -> None:
        """Add phrases to list `name` (and their words to `known`)."""
        for phrase in phrases:
            key = self.fold(phrase)
            forms = [key]
            if definite and not key.startswith(self.article):
                forms.append(_definite(key, self.article))
            for form in forms:
                self.tagger.add(name, form, phrase if value is None else value)
                if known:
                    self.known.update(t.text for t in tokens(form))

    # ------------------------------------------------------------------ language
    def _vocabulary(self) -> None:
        o, n = self.lang.offices, self.lang.names
        for head in o.heads:
            for gender, forms in (("m", head.m), ("f", head.f)):
                for form in forms:
                    key = self.fold(form)
                    definite = key.startswith(self.article)
                    headword = HeadWord(head.office, gender, head.rank, head.relational, definite)
                    self._add("head", [form], headword)
                    if not definite:
                        first, *rest = key.split()
                        self._add("head", [" ".join([self.article + first, *rest])],
                                  HeadWord(head.office, gender, head.rank, head.relational, True))
        for kind, words in o.tail_words.items():
            self._add("former" if kind == "former" else "tail", words, kind, definite=True)
            if kind != "former":
                self.tail_stems.update(self.fold(w) for w in words if " " not in w)
        self._add("post_word", o.post_words)
        self.reference_offices = frozenset(o.reference_offices)
        self.adjective_links = self.lang.keyset(o.adjective_links)
        self.adverb_heads = self.lang.keyset(o.adverb_heads)
        self.single_name_offices = frozenset(o.single_name_offices)
        self._add("place_link", o.place_links)
        self.posted_offices = frozenset(o.place_link_offices)
        self.inner_bodies = frozenset(self.fold(w) for w in o.inner_bodies)
        self.named_bodies = frozenset(self.fold(w) for w in o.named_bodies)
        self.place_link_clitics = frozenset(w for w in o.place_links if len(w) == 1)   # "بالمغرب"
        self._add("genitive_link", o.genitive_links)
        for role, words in o.references.items():
            self._add("role_noun" if role == "role_nouns" else "reference", words, role)
        self.honorific_kind: dict[str, str] = {}
        for hkind, words in n.honorifics.items():
            for word in words:
                self.honorific_kind[self.fold(word)] = hkind
                self._add("honorific", [word], self.fold(word))
        # first words of the styles: "السيدة" is "السيد" with ة, a feminine style; "فخامة" is not
        self.style_first_words = frozenset(key.split()[0] for key in self.honorific_kind)
        self._add("style_pronoun", n.style_pronouns, None)
        self._add("joiner", n.joiners, known=False)
        self._add("regnal", n.regnal, known=False)
        self._add("function", n.function_words)
        self.function_words = self.lang.keyset(n.function_words)
        self.particle_names = self.lang.keyset(n.particle_family_names)   # "ما"، "لي": particles, and family names
        self.pronouns = self.lang.keyset(n.pronouns)
        self._add("possessed", n.possessed_nouns)
        self._add("function", n.pronouns)
        self._add("not_name", n.not_name_words + n.verbs + n.adverbs)
        self._add("news_verb", n.verbs)
        self.joiners = self.lang.keyset(n.joiners)
        self.initial_joiners = self.lang.keyset(n.initial_joiners)
        self.adverbs, self.name_clitic = self.lang.keyset(n.adverbs), n.name_clitic
        self.letter_clitics = frozenset(n.letter_clitics)
        self.foreign_given = self.lang.keyset(n.foreign_given_names)
        self.given_names = self.lang.keyset(n.given_names) | self.foreign_given
        self.compound_seconds = self.lang.keyset(n.compound_seconds)
        self.generation_marks = self.lang.keyset(n.generation_marks)
        self.spouse_words = self.lang.keyset(n.spouse_words)
        self.pronoun_suffixes = tuple(sorted(self.lang.text.pronoun_suffixes, key=len, reverse=True))
        self.tagger.whole = self.given_names
        self.joined_prefixes = tuple(self.fold(p) for p in n.joined_prefixes)
        self.family_joiner = self.fold(n.family_joiner)
        self.son_of = self.lang.keyset(n.son_of)
        self.synonyms: dict[str, str] = {}
        for group in o.synonyms:
            canon = self.fold(group[0])
            for phrase in group:
                self.synonyms[self.fold(phrase)] = canon
        self.chancellor_countries = {c for cs in o.head_of_government_by_country.values() for c in cs}
        self.party_words = frozenset(self.fold(w) for w in o.party_words)
        d = self.lang.dates
        # Hijri months are also given names (رجب طيب أردوغان): found by the date grammar by a number
        self.told_before = tuple(self.fold(p) for p in self.lang.meetings.told_before)   # "جاء ذلك ..."
        date_words = [n for m in d.gregorian_months for n in (m.egyptian, m.levantine, *m.other)]
        date_words += [n for w in d.weekdays for n in w.names]
        date_words += [n for r in d.relative_days for n in r.names] + d.day_parts
        date_words += [n for p in d.relative_periods for n in p.names] + [n for ns in d.modifiers.values() for n in ns]
        self._add("date_word", date_words)
        self._add("past_day", [n for r in d.relative_days if r.offset < 0 for n in r.names])   # أمس، البارحة
        for word, offset in d.day_offsets.items():
            self._add("day_offset", [word], offset)
        self._add("next_day", d.next_day, known=False)
        # numbers and year units ("أربعة أشهر"، "ثلاث سنوات") and common nouns are words, not names
        self.known.update(self.fold(w) for ws in d.numbers.values() for w in ws)
        self.known.update(self.fold(w) for w in d.year_units)
        common = [self.fold(w) for w in self.lang.names.common_words]
        self.common_words = frozenset(common)
        self.known.update(common)
        self.known.update(_definite(w, self.article) for w in common)
        for category, words in self.grammar.categories.items():   # which date patterns a sentence can hold
            for word in words:
                self.tagger.add(category, word, word)

    def _meetings(self) -> None:
        m = self.lang.meetings
        # meeting verbs and nouns: after ل (لبحث، للقاء) still words, never a name's
        self.meeting_words = frozenset(self.fold(w) for t in m.triggers for n in ("m", "f", "d", "p")
                                       for w in getattr(t, n)) | self.lang.keyset(m.nouns["indefinite"])
        for t in m.triggers:
            for number in ("m", "f", "d", "p"):
                self._add("trigger", getattr(t, number), TriggerWord(t.kind, t.tense, t.role, number))
        self.object_pronoun = {self.fold(form): number for number, forms in m.object_pronouns.items() for form in forms}
        self.held_by = {self.fold(form): number for number, forms in m.held_by.items() for form in forms}
        # "يستقبله"، "التقاها": each listed verb with an object suffix
        words = {form: TriggerWord(t.kind, t.tense, t.role, n) for t in m.triggers for n in ("m", "f", "d", "p")
                 for form in getattr(t, n)}
        for verb in m.object_suffix_verbs:   # each a trigger form (checked when the language loads)
            stem = verb[:-1] + m.object_suffix_stem[verb[-1]] if verb[-1:] in m.object_suffix_stem else verb
            for number, suffixes in m.object_suffixes.items():
                for suffix in suffixes:
                    self._add("trigger", [stem + suffix], words[verb])
                    self.object_pronoun[self.fold(stem + suffix)] = number
        # "his", "her", "their" on a noun ("لقائه"، "نظيره"), longest first
        self.possessive = tuple(sorted({self.fold(x) for xs in m.object_suffixes.values() for x in xs}, key=len, reverse=True))
        # "their" on a meeting noun ("لقائهما"، "محادثاتهم"): the meeting of two or more named before
        self.possessive_many = tuple(self.fold(x) for number in ("d", "p") for x in m.object_suffixes.get(number, []))
        self.needs_object = self.lang.keyset(m.needs_object["verbs"])  # type: ignore[arg-type]
        self.object_window = int(m.needs_object["window"])  # type: ignore[arg-type]
        self.definite_objects = frozenset(m.needs_object["definite_for"])  # type: ignore[arg-type]
        self.seated = self.lang.keyset(m.needs_object.get("seated", []))  # type: ignore[arg-type]
        self.seated_with = self.lang.keyset(m.needs_object.get("seated_with", []))  # type: ignore[arg-type]
        self.seated_beside = self.lang.keyset(m.needs_object.get("seated_beside", []))  # type: ignore[arg-type]
        objects, was = m.needs_object["objects"], m.pluperfect["was"]
        assert isinstance(objects, list) and isinstance(was, list)   # word lists, as meetings.yaml has them
        lists: dict[str, list[str]] = {"objects": objects, "noun": m.nouns["indefinite"], "definite": m.nouns["definite"],
                 "link": m.nouns["link"], "between": m.nouns["between"], "gather": m.nouns["gather"], "visit_noun": m.nouns["visit"], "phone": m.phone["nouns"],
                 "confirm": m.phone["confirm"], "remote": m.remote, "presence": m.presence["links"] + m.presence["beside"] + m.presence["verbs"]
                 + m.presence.get("namely", []), "presence_beside": m.presence["beside"], "namely": m.presence.get("namely", []),
                 "company": m.presence.get("company", []),
                 "presence_verb": m.presence["verbs"], "trip_companion": m.presence["trip"], "trip_party": m.presence.get("trip_party", []), "trip_noun": m.presence["trip_nouns"],
                 "deleg_noun": m.delegation["nouns"], "deleg_head": m.delegation["head"],
                 "deleg_members": m.delegation["members"], "pair": m.pair_words, "not_present": m.not_present,
                 "welcome": m.welcome, "reporting": m.reporting, "complementizer": m.complementizers,
                 "was": was, "continuing": m.continuing, "sidelines": m.sidelines, "sequel": m.sequel, "soon": m.soon, "came_from": m.came_from, "separate": m.separate, "series": m.series, "gathering": m.gatherings, "outcome": m.outcomes, "joint": m.joint,
                 "arrival": m.arrival, "place_noun": m.place_nouns, "region": m.regions}
        lists.update(m.boundaries.items())
        lists.update(m.status.items())
        # "وقّع الاتفاق"، "ترأس الاجتماع": the objects of signing and chairing, with the article
        self._add("objects_definite", [o for o in objects if " " not in o and len(o) > 2],
                  definite=True)
        sessions = m.needs_object.get("sessions", [])
        assert isinstance(sessions, list)
        self._add("objects_definite", sessions, definite=True)
        for key, name in (("ellipsis", "ellipsis"), ("adverbial_goes_on", "goes_on"),
                          ("adverbial_during_it", "during_it"), ("attach_main", "attach_main"),
                          ("comes_after", "comes_after")):
            self._add(name, lists.pop(key))    # boundaries read apart from the clause kinds
        for name, phrases in lists.items():
            self._add(name, phrases)
        self.complementizers = self.lang.keyset(m.complementizers)
        self.pronoun_comps = frozenset(c for c in self.complementizers
                                       if c.endswith(tuple(self.lang.text.pronoun_suffixes)))
        self.qad = self.fold(str(m.pluperfect["qad"]))
        self.pluperfect_window = int(m.pluperfect["window"])  # type: ignore[arg-type]
        self._add("earlier_that_day", list(m.pluperfect["earlier"]), known=False)  # type: ignore[arg-type]
        self.no_comma_reporting = self.lang.keyset(m.reporting_no_complement)
        self.adverbial_and_nouns = tuple(m.adverbial_and_nouns)
        self.prepositions = self.lang.keyset(m.prepositions)
        self.reporting_words = self.lang.keyset(m.reporting)
        self.other_events, self.town_nouns = self.lang.keyset(m.other_events), self.lang.keyset(m.town_nouns)
        vf = m.verb_forms
        self.fem_past, self.fem_present = self.fold(str(vf["feminine_past_suffix"])), self.fold(
            str(vf["feminine_present_prefix"]))

    # ------------------------------------------------------------------ world
    def _world(self) -> None:
        gaz = self.gaz
        capitals = set(gaz.capitals.values())
        # another place's or nisba's own spelling is never a variant ("غينيا" → "كينيا")
        self._written = {self.fold(x) for p in gaz.places.values() for x in (p.name, *p.variants, *p.adjective)}
        capital_ids = set(gaz.capitals.values())
        # of places written alike the first added is read: own, capitals, most populous ("الرياض")
        for place in sorted(gaz.places.values(), key=lambda p: (p.kind != "country", ("places", p.id) not in gaz.lines,
                                                              p.id not in capital_ids, -gaz.population.get(p.id, 0))):
            names = (place.name, *place.variants)
            if place.kind == "country":
                self._add("country", names, place.id, known=False)
                for adj in place.adjective:
                    key = self.fold(adj)
                    self.nisba[key] = place.id
                    self._add("nisba", [adj], place.id)
                # "تايلند"، "التايلندية": a country and its nisba in the spellings of a foreign name
                variants = country_spellings(names, self.lang, self.known, self._written)
                for key in nisba_spellings(place.adjective, self.lang, self.known, self._written):
                    self.nisba.setdefault(key, place.id)
                    self.tagger.add("nisba", key, place.id)
            else:
                self._add("place", names, place.id, known=False)
                # big cities and every capital: the names news write most in foreign spellings
                big = gaz.population.get(place.id, 0) >= self.settings.spelling_variants_from or place.id in capitals
                variants = city_spellings(names, self.lang, self.known, self.settings.spelling_variant_words,
                                          self.given_names) if big else set()
            keys = {self.fold(name) for name in names}
            for key in keys:
                self.places.add(key, place.id)
            for key in variants:   # already matching keys
                self.tagger.add(place.kind if place.kind == "country" else "place", key, place.id)
                self.places.add(key, place.id)
            self.place_keys[place.id] = keys | variants
        # "العاصمة اليابانية" is Tokyo: a capital named by its country's nisba
        capital_noun = self.fold(self.lang.meetings.capital_noun)
        feminine = self.fold(self.lang.meetings.feminine_ending)
        for country, capital in gaz.capitals.items():
            home = gaz.places.get(country)
            if home is None or capital not in gaz.places:
                continue
            for adj in home.adjective:
                key = self.fold(adj)
                if key.startswith(self.article) and key.endswith(feminine):
                    phrase = f"{capital_noun} {key}"
                    self._add("place", [phrase], capital, known=False)
                    self.places.add(phrase, capital)
        for org in gaz.organisations.values():
            self._add("org", (org.name, *org.variants), org.id, known=False)
            for adj in getattr(org, "adjective", ()):
                self.nisba[self.fold(adj)] = org.id
                self._add("nisba", [adj], org.id)

    # ------------------------------------------------------------------ people
    def _people(self) -> None:
        for p in self.gaz.people.values():
            self.add_person(p)

    def add_person(self, p: Person, index: PhraseIndex | None = None) -> None:
        """Index a person's spellings (in the lexicon, or in an article's own index)."""
        target = index if index is not None else self.people
        f = self.fold
        forms = [(p.name, "full"), *((v, "variant") for v in p.variants), *((s, "short") for s in p.short)]
        for text, form in forms:
            key = f(text)
            if form == "short" and " " not in key and (key in self.known or key in self.meeting_words):
                continue   # "تراس" (Truss) folds to "ترأس" (chaired): a word first, then a name
            target.add(key, NameForm(p.id, form))
            if index is None:
                self.tagger.add("person", key, NameForm(p.id, form))
            if form == "short":
                self.short_forms[key] = p.id
        words = f(p.name).split()
        if index is None and len(words) >= 2 and len(words[-1]) >= 4:
            self.short_forms.setdefault(words[-1], p.id)

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
        overlapping = sorted((r for r in refs if r.start <= hi and r.end >= lo), key=lambda r: r.start)
        people = {r.person for r in overlapping}
        if len(people) != 1:
            return None
        covered = lo
        for r in overlapping:
            if r.start > covered:
                return None
            covered = max(covered, r.end + dt.timedelta(days=1))
        return people.pop() if covered > hi else None

    def office_on(self, person_id: str, day: dt.date | None) -> str | None:
        """The title a person held on a day (the latest one without a day): the gazetteer's."""
        return self.gaz.office_on(person_id, day)

    def initial_joiner_word(self, word: str) -> bool:
        """"عبدالله"، "أبوبكر": a name word with a joiner written on it."""
        return any(word.startswith(j) and len(word) > len(j) + 2 for j in self.joined_prefixes)

    def foreign_ya(self, word: str) -> bool:
        """A name word with the shape of an adverb in -يا ("دومبويا"، "ليتيسيا") that is none:
        not a listed adverb nor a known word's accusative ("عسكريا")."""
        return bool(self.titled_shapes.match(word)) and word not in self.adverbs and word[:-1] not in self.known \
            and word[:-1] not in self.common_words and self.is_name_word(word, shapes=False)

    def royal(self, style: str | None) -> bool:
        """A royal style ("الشيخة"، "الأمير"): after it one first name is a name."""
        return style is not None and self.honorific_kind.get(style) == "royal"

    def is_name_word(self, word: str, shapes: bool = True) -> bool:
        """A word that may be part of a personal name (not vocabulary, not a word shape unless
        `shapes` is off)."""
        if word in self.name_like or word in self.given_names:
            return True   # "فيصل" is no ف + "يصل"
        if word in self.known or len(word) < 2 or any(ch.isdigit() for ch in word) \
                or (shapes and self.not_name.match(word)):
            return False   # (a number, with a clitic too: "و10 ملوك")
        if any(word.endswith(x) and len(word) - len(x) >= 3 and (word[:-len(x)] in self.known or (
                word[:-len(x)].endswith(self.open_ta) and word[:-len(x) - 1] + self.ta_folded in self.known)
                or (shapes and len(word) - len(x) >= 4 and self.not_name.match(word[:-len(x)])))
               for x in self.pronoun_suffixes):
            return False   # "يومه"، "بلاده"، "كلمته"، "ترشيحه": a word with "his", "its"
        if word.endswith(self.accusative) and word[:-1] in self.common_words:
            return False   # "اهتماما خاصا": common nouns in the accusative
        if word.endswith(self.feminine_dual) and (len(word) >= 7 and word[:-3] + self.ta_folded in self.known
                                                 or word[:-3] + self.ta_folded in self.common_words):
            return False   # "عسكريتان": two of a noun in ة (four letters at least: "مارتين" is a name, but
            # "ساعتين" two of a common word)
        for stem, clitic in self.clitics.readings(word)[1:]:
            # "والرئيس"، "وقال"، "بتصريح" are words with a clitic; "فيصل" (ف + يصل) and "بري" are names:
            # a short stem after ف/ب/ل says nothing ("وهو يصافح": و + a pronoun; "بمقر": ب + a noun)
            # ("فالستروم": ف and an unknown word with the article is a foreign name's letters)
            # ("إبراهيم كالن": ك + "الن" leaves one letter after the article, no word; and ك, which
            # news seldom puts on a noun, is a name's letter unless the word after it is known:
            # "كايا كالاس")
            rest = stem[len(self.article):]
            if (stem.startswith(self.article) and len(rest) >= 2
                    and not (clitic == self.name_clitic and rest not in self.known)
                    and (clitic[-1:] in self.noun_prepositions or clitic[-1:] not in self.clitics.prepositions
                         or rest in self.known)) \
                    or stem in self.meeting_words or stem in self.pronouns \
                    or (len(stem) >= 3 and stem in self.common_words and clitic.endswith(self.noun_prepositions)) \
                    or (stem.endswith(self.accusative) and stem[:-1] in self.common_words) \
                    or (stem in self.known and (
                    len(stem) >= 4 or (clitic[:1] in self.clitics.conjunctions[:1] and len(stem) >= 3))) \
                    or (len(stem) >= 4 and self.not_name.match(stem) and (shapes or not self.titled_shapes.match(stem))
                        and clitic not in self.letter_clitics):
                return False
        return True
