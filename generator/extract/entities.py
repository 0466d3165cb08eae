"""Who is who in one article: every mention of a person joined to one entity.

- The gazetteer's people are themselves, by any spelling.
- A name and its shorter forms are one person ("هيلارى كلينتون" … "كلينتون"; "المشير حسين
  طنطاوى" … "المشير محمد حسين طنطاوى").
- An office alone is the person the article names with that office ("وزير الخارجية التركي"
  … "وزير الخارجية التركي هاكان فيدان"), compared by office core and country, so "رئيسة
  الحكومة اليابانية" is "رئيسة الوزراء اليابانية"; an office that stays unnamed keeps its
  own entity, resolved later from the gazetteer with the meeting's date.
- Pronouns of style ("ونقل دولته تحياته") are the last person honoured that way.
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Person
from ..slugs import transliterate
from .doc import Doc, Entity, Form, PersonMention, Title
from .lexicon import Lexicon
from .titles import ADVISER, CHANCELLOR

NAMED = (Form.GAZETTEER, Form.TITLED, Form.HONOURED, Form.APPOSED, Form.LOCAL, Form.BARE, Form.FUZZY)


def _words(lex: Lexicon, name: str) -> list[str]:
    return lex.fold(name).split()


class EntityLinker:
    def __init__(self, lex: Lexicon, canonical: frozenset[str] = frozenset()) -> None:
        self.lex = lex
        self.canonical = canonical      # the cores that name an office of their own (offices.yaml synonyms)
        tr = lex.lang.translit
        self._translit = lambda text: transliterate(text, tr.letters, tr.vowels, tr.article, tr.definite,
                                                    tuple(tr.final_vowels))
        # the first word of nisbas of two words that is no nisba alone: "كوري" of "كوري جنوبي" and
        # "كوري شمالي", any of those countries
        shared: dict[str, set[str]] = {}
        for key, country in lex.nisba.items():
            first = key.split()[0]
            if " " in key and first not in lex.nisba:
                shared.setdefault(first, set()).add(country)
        self.shared_nisba = {w: frozenset(cs) for w, cs in shared.items()}

    def link(self, doc: Doc) -> None:
        """Fill doc.entities and each mention's entity."""
        doc.entities = []
        mentions = [m for s in doc.sents for m in s.people]
        for m in mentions:
            # "التقت نظيرها الهندي سوبراهمانيام جايشانكار": his office is hers, in India
            if m.name and m.title is not None and m.title.office == "counterpart":
                m.title = self._counterpart(doc, m, entities=False) or m.title
        by_person: dict[str, Entity] = {}
        for m in mentions:
            if m.person:
                ent = by_person.get(m.person)
                if ent is None:
                    person = self.lex.gaz.people.get(m.person)
                    ent = self._new(doc, person.name if person else (m.name or m.person), m.person)
                    by_person[m.person] = ent
                self._attach(ent, m)
        self._named(doc, [m for m in mentions if m.person is None and m.form in NAMED and m.name])
        self._titles(doc, [m for m in mentions if m.form is Form.TITLE and not m.genitive])
        self._style(doc, [m for m in mentions if m.form is Form.REFERENCE and m.role == "style"])
        self._new_people(doc)

    def _new(self, doc: Doc, name: str, person: str | None = None) -> Entity:
        ent = Entity(len(doc.entities), name, person)
        doc.entities.append(ent)
        return ent

    def _attach(self, ent: Entity, m: PersonMention) -> None:
        m.entity = ent.index
        ent.mentions.append(m)
        for title in ([m.title] if m.title else []) + m.extra_titles:
            if title.office not in self.lex.reference_offices:
                ent.titles.append(title)
                ent.gender = ent.gender or title.gender
        if m.honorific:
            ent.honorifics.add(m.honorific)

    # ------------------------------------------------------------------ names
    def _named(self, doc: Doc, mentions: list[PersonMention]) -> None:
        """Group provisional names: the longest spelling first, shorter ones that it contains
        (with the same last word) join it."""
        groups: list[tuple[list[str], Entity]] = []
        titled = {tuple(_words(self.lex, m.name or "")) for m in mentions if m.title is not None}
        for m in sorted(mentions, key=lambda m: (-len(_words(self.lex, m.name or "")), m.sentence, m.start)):
            words = _words(self.lex, m.name or "")
            target = None
            for gwords, ent in groups:
                # (but "مكتوم بن محمد بن راشد آل مكتوم" is not "حمدان بن محمد بن راشد آل مكتوم",
                # his brother, nor "محمد بن راشد آل مكتوم" their father; "فون دير لاين" is
                # "أورسولا فون دير لاين")
                # ("ويبس" is "سورانجل ويبس الابن": the family name before the generation's mark)
                last = gwords[-2] if len(gwords) > 2 and gwords[-1] in self.lex.generation_marks else gwords[-1]
                if words == gwords or (words[-1] in (gwords[-1], last) and set(words) <= set(gwords)
                                       and (words[0] == gwords[0] or not self._lineage(words))):
                    target = ent
                    break
            if target is None and len(words) >= 3 and words[1] in self.lex.son_of and tuple(words) not in titled:
                # "محمد بن راشد" … "محمد بن راشد آل مكتوم": a name and father that begin one longer name
                # (never titled so: "وحمّل الرئيس الكازاخستاني سمو الشيخ سرور بن محمد" may lend him the
                # host's office, and "ولي العهد السعودي محمد بن سلمان" is a person of his own until linked)
                longer = [ent for gwords, ent in groups if gwords[:len(words)] == words]
                target = longer[0] if len(longer) == 1 else None
            if target is None:
                # a family name alone may be a gazetteer person's ("وقال ميلوني")
                # (or the last words of one: "الرئيس شيخ محمود" after "حسن شيخ محمود")
                known = [e for e in doc.entities if e.person and (
                    (len(words) == 1 and words[-1] in _words(self.lex, e.name))
                    or (len(words) > 1 and _words(self.lex, e.name)[-len(words):] == words))]
                if len(known) == 1:
                    target = known[0]
            if target is None and len(words) == 1:
                target = self._ruler(doc, m, words[0], [ent for _, ent in groups]) \
                    or self._first_name(doc, words[0], groups)
            if target is None:
                target = self._new(doc, m.name or "")
                groups.append((words, target))
            self._attach(target, m)

    def _lineage(self, words: list[str]) -> bool:
        """A name that goes on over بن or آل after its first word."""
        return any(w in self.lex.son_of or w == self.lex.family_joiner for w in words[1:])

    def _given(self, name: str) -> str:
        """The first name, a compound one joined ("عبد الله الثاني" → "عبدالله")."""
        words = _words(self.lex, name)
        return words[0] + words[1] if len(words) > 1 and words[0] in self.lex.initial_joiners else words[0]

    def _ruler(self, doc: Doc, m: PersonMention, given: str, named: list[Entity]) -> Entity | None:
        """"الملك عبدالله" … "العاهل الأردني الملك عبدالله الثاني": a ruler called by his first
        name is the one ruler of that title the article names with it ("رئيسة الوزراء الشيخة
        حسينة" … "الشيخة حسينة واجد": or with the same style and no title)."""
        office = m.title.office if m.title is not None else None
        royal = self.lex.royal(m.honorific)
        if office not in self.lex.single_name_offices and not royal:
            return None
        fits = {e.index: e for e in [*named, *(e for e in doc.entities if e.person)]
                if self._given(e.name) == given and len(_words(self.lex, e.name)) > 1
                and (any(t.office == office for t in e.titles)
                     or ((office is None or not e.titles) and royal and any(map(self.lex.royal, e.honorifics))))}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _first_name(self, doc: Doc, word: str, groups: list[tuple[list[str], Entity]]) -> Entity | None:
        """"وقدمت حسينة لضيفها" … "الشيخة حسينة واجد": a word alone that is the first name of
        one person the article names in full, and nobody's last name, is that person."""
        names = [(gwords, ent) for gwords, ent in groups] + [
            (_words(self.lex, e.name), e) for e in doc.entities if e.person]
        if any(len(gwords) > 1 and gwords[-1] == word for gwords, _ in names):
            return None
        fits = {ent.index: ent for gwords, ent in names if len(gwords) > 1 and gwords[0] == word}
        return next(iter(fits.values())) if len(fits) == 1 else None

    # ------------------------------------------------------------------ offices
    def _same_office(self, a: Title, b: Title) -> bool:
        """One office: the same core, and the same country (an office named without its
        country, "الرئيس", fits any country's; one named with it fits only that one)."""
        if a.core != b.core and a.core in self.canonical and b.core in self.canonical:
            return False   # "الرئيس الكازاخستاني" is no "رئيس الوزراء الكازاخستاني": two offices by name
        if a.core != b.core and not (b.core.startswith(a.core + " ") and a.gender == b.gender):
            return False   # ("الوزيرة الأمريكية" is "وزيرة الخارجية الأمريكية")
        if a.post and b.post and a.post != b.post:
            return False   # "سفيرة الاتحاد الأوروبي في القاهرة" is not the one "في لبنان"
        ka, kb = a.country or a.org, b.country or b.org
        return ka == kb or ka is None

    def _titles(self, doc: Doc, mentions: list[PersonMention]) -> None:
        unnamed: list[Entity] = []
        # offices of a named country first: "رئيس الجمهورية ونظيره الجزائري" — once the Algerian
        # is known, the other office of the sentence is someone else
        mentions = sorted(mentions, key=lambda m: not (m.title and (m.title.country or m.title.org
                                                                    or m.title.office == "counterpart")))
        linked: dict[int, set[int]] = {}   # sentence → entities its titles stand for
        for m in mentions:
            if m.entity is not None:
                linked.setdefault(m.sentence, set()).add(m.entity)
        for m in mentions:
            self._title(doc, m, unnamed, linked)
            if m.entity is not None:
                linked.setdefault(m.sentence, set()).add(m.entity)

    def _title(self, doc: Doc, m: PersonMention, unnamed: list[Entity], linked: dict[int, set[int]]) -> None:
        """Link one title mention: to the person it stands for, or to an unnamed office."""
        title = m.title
        if title is None:
            return
        if title.office == "counterpart" and (own := self._counterpart(doc, m)) is not None:
            title = m.title = own   # "وزير الدفاع الروسي يستقبل نظيره السوري" = the Syrian defence minister
        elif title.office in self.lex.reference_offices and title.office != "official":
            # "ضيفه السوري"، "نظيره الروسي": the one person of that country the article names
            who = title.country or title.org
            # (not one named only as someone absent: "خلفا لحسين أمير عبد اللهيان")
            fits = [e for e in doc.entities if who and (e.named or any(x.name for x in e.mentions))
                    and who in self._countries(e) and not self._only_absent(doc, e)]
            # (a name the article gives, not yet made a person, makes it ambiguous but is not linked
            # so: after "وزير الخارجية الأمريكي ماركو روبيو" and "الرئيس دونالد ترامب", "ضيفه
            # الأمريكي" is one of two, left to the meeting told before)
            if len(fits) == 1 and fits[0].named:
                self._attach(fits[0], m)
            return
        if not (title.country or title.org) and not any(
                w.startswith(self.lex.article) for w in self.lex.fold(title.text).split()):
            return   # "أول زيارة يقوم بها زعيم آسيوي": an office in general, nobody in particular
        named = [e for e in doc.entities if e.named or e.mentions and any(x.name for x in e.mentions)]
        # an office named without its country ("الملك") is held by one of the people named
        refs = self.lex.offices.get(title.key, []) if title.key[1] else [
            r for (core, _), rs in self.lex.offices.items() if core == title.core for r in rs
            if any(e.person == r.person for e in named)]
        # holders around the article's day (an old holder named in passing is not the one meant)
        holders = self.lex.holders(refs, doc.published) if doc.published else {r.person for r in refs}
        # the article's titles for a person, or the gazetteer's ("رئيسة الوزراء اليابانية" is
        # Takaichi when the gazetteer knows her office, though the article titles her otherwise)
        # ("المستشار" alone, after "المستشار الألماني فريدريش ميرتس": the chancellor, whom the head
        # names without a country only as an adviser)
        read_as = replace(title, office=CHANCELLOR, core=CHANCELLOR) if title.core == ADVISER and not (
            title.country or title.org) else title
        fits = [e for e in named if any(self._same_office(title, t) or self._same_office(read_as, t)
                                        for t in self._of_country(e)) or e.person in holders]
        if title.office == "official" or (title.core in ("official",) and title.country):
            # "مسؤول سوري" is the one Syrian the article titles; a bare "مسؤول" is nobody named
            fits = [e for e in named if (title.country or title.org) and (title.country or title.org)
                    in self._countries(e)]
        if not fits and title.country:
            # "في العاصمة البولندية وارسو، حيث استقبله رئيس الوزراء دونالد توسك" … "رئيس الوزراء
            # البولندي": an office named without its country, where the sentence names a place of
            # that country (or the dateline does), is held there
            fits = [e for e in named if not e.person and e.titles and not any(t.country or t.org for t in e.titles)
                    and any(t.core == title.core for t in e.titles) and title.country in self._placed(doc, e)]
        if not fits and title.office == "leader" and title.country:
            # "الزعيم الإماراتي" after "رئيس دولة الإمارات محمد بن زايد": the one leader of that
            # country the article names, whatever his office
            fits = [e for e in named if title.country in self._countries(e) and not self._only_absent(doc, e)
                    and any(t.rank <= 2 for t in e.titles)]
            fits = fits if len(fits) == 1 else []
        if not fits and not (title.country or title.org) and (stems := {
                c for w in title.core.split()[1:] for c in self.shared_nisba.get(w, ())}):
            # "الرئيس الكوري" after "رئيس جمهورية كوريا يون سوك يول": the one Korean of that office named
            head = title.core.split()[0]
            fits = [e for e in named if any(t.country in stems and t.core.split()[0] == head for t in e.titles)]
            fits = fits if len(fits) == 1 else []
        fits = [e for e in fits if not e.gender or e.gender == title.gender or title.office == "official"]
        if fits and title.country and all(self._first(e) > (m.sentence, m.start) for e in fits):
            # "الوزير في. موراليدهاران ... ويرافق الوزير الهندي وفد ... وكان وزير الخارجية الهندي
            # جايشانكار قد التقى": the Indian minister is the minister named before, not after
            earlier = [e for e in named if e.mentions and self._first(e) < (m.sentence, m.start)
                       and (not e.gender or e.gender == title.gender) and any(
                           t.core == title.core and not (t.country or t.org) for t in e.titles)]
            if len(earlier) == 1:
                fits = earlier
        if not title.former:
            # "الرئيس السابق جايير بولسونارو" is not "الرئيس البرازيلي" of the same article
            fits = [e for e in fits if not any(t.former and t.core == title.core for t in e.titles)]
        if len(fits) > 1:
            # ("يستقبل ... مبعوثا خاصا من الرئيس السيسي": not one only ever named as absent)
            fits = [e for e in fits if not self._only_absent(doc, e)] or fits
            # ("... المرافق لدولة رئيس الوزراء" before the Saudi crown prince and prime minister is
            # named in passing: a title stands for someone named before it)
            # (named in an earlier sentence: "... مع الحاكم العام ورئيس الوزراء" is not Modi)
            fits = [e for e in fits if e.mentions and self._first(e)[0] < m.sentence] or fits
            # ("وكان الرئيس الجزائري في استقبال رئيس الجمهورية": not the one another title of the
            # sentence stands for)
            fits = [e for e in fits if e.index not in linked.get(m.sentence, set())] or fits
            # (the one the same words stood for before: the article's "رئيس الجمهورية" is its own)
            before = [e for e in fits if any(x.title is not None and x.title.text == title.text
                                             and x.sentence < m.sentence for x in e.mentions)]
            fits = before if len(before) == 1 else fits
        if len(fits) > 1 and not (title.country or title.org):
            # "رئيس الجمهورية" … "الرئيس ميشال عون" … "الرئيس الأميركي دونالد ترامب": an office
            # named without its country is the one the article also names so, not another country's
            plain = [e for e in fits if any(t.core == title.core and not (t.country or t.org) for t in e.titles)]
            other = [e for e in fits if e not in plain]
            if len(plain) == 1 and all(any(t.core == title.core and (t.country or t.org) for t in e.titles)
                                       for e in other):
                fits = plain
        if len(fits) > 1:
            # the gazetteer's holder of that office first, then the most named person
            held = [e for e in fits if e.person in holders]
            fits = held if held else sorted(fits, key=lambda e: -len(e.mentions))[:1] \
                if len({len(e.mentions) for e in fits}) == len(fits) and self._clear(fits) else fits
        if len(fits) == 1:
            self._attach(fits[0], m)
            return
        # "مدير الوكالة" … "المدير العام للوكالة": one office of one body, however fully named
        same = next((e for e in unnamed if any(self._same_office(title, t) or (
            (title.country or title.org) and self._same_office(t, title)) for t in e.titles)), None)
        if same is None:
            same = self._new(doc, title.text)
            same.gender = title.gender
            same.office_refs = list(self.lex.offices.get(title.key, [])) if title.key[1] else []
            unnamed.append(same)
        self._attach(same, m)

    def _counterpart(self, doc: Doc, m: PersonMention, entities: bool = True) -> Title | None:
        """"نظيره السوري" after "وزير الدفاع الروسي": the office of the person named before in the
        sentence, in the counterpart's country."""
        sent = doc.sents[m.sentence]
        start = m.title.start if m.title else m.start
        before = [p for p in sent.people if p.span[1] <= start and p is not m]
        for p in reversed(before):
            ent = doc.entity_of(p) if entities else None
            title = p.title if p.title and p.title.office not in self.lex.reference_offices else (
                ent.title if ent is not None else None)
            if title is not None and m.title is not None and (m.title.country or m.title.org):
                return replace(title, start=m.title.start, end=m.title.end, text=m.title.text,
                               country=m.title.country, org=m.title.org, gender=m.title.gender)
        return None

    @staticmethod
    def _first(e: Entity) -> tuple[int, int]:
        """Where the article first names an entity (sentence, token)."""
        return min(((x.sentence, x.start) for x in e.mentions), default=(1 << 30, 0))

    @staticmethod
    def _clear(fits: list[Entity]) -> bool:
        """One candidate is named at least twice as often as any other."""
        counts = sorted((len(e.mentions) for e in fits), reverse=True)
        return counts[0] >= 2 * counts[1]

    @staticmethod
    def _only_absent(doc: Doc, e: Entity) -> bool:
        """Every mention of the person follows a phrase of absence ("خلفا لـ"، "بتكليف من")."""
        return bool(e.mentions) and all(
            any(0 <= m.span[0] - a.end <= 1 for a in doc.sents[m.sentence].tags.find("not_present", 0, m.span[0]))
            for m in e.mentions)

    @staticmethod
    def _of_country(e: Entity) -> list[Title]:
        """The person's titles, those named without a country in the one country the others name
        ("نائب رئيس الوزراء الإيطالي وزير الخارجية": Italy's foreign minister too)."""
        countries = {t.country for t in e.titles if t.country}
        if len(countries) != 1 or any(t.org for t in e.titles):
            return e.titles
        country = next(iter(countries))
        return [t if t.country or t.post else replace(t, country=country) for t in e.titles]

    def _placed(self, doc: Doc, e: Entity) -> set[str]:
        """Countries of the places a sentence names before the person, titled, receives someone
        there ("في العاصمة البولندية وارسو، حيث استقبله رئيس الوزراء X"; "استقبل رئيس الوزراء X
        ... في وارسو" under that dateline): the host's. A guest's office says nothing of where he is."""
        gaz = self.lex.gaz
        out = set()
        for m in e.mentions:
            sent = doc.sents[m.sentence]
            start = m.title.start if m.title is not None else m.start
            verb = sent.tags.at(start - 1, "trigger") if m.title is not None and start > 0 else None
            if verb is None or getattr(verb.value, "kind", None) != "receive":
                continue
            out |= {gaz.country_of(p.place) for p in sent.places if p.end <= start}
            out.add(gaz.country_of(doc.article.meta.dateline_place) if m.sentence == doc.body()[0].index else None)
        return {c for c in out if c}

    def _countries(self, e: Entity) -> set[str]:
        """Countries (or bodies) a person's titles name, and their gazetteer country."""
        out = {c for c in (t.country or t.org for t in e.titles) if c}
        # (an office of the European Commission is the European Union's too)
        orgs = self.lex.gaz.organisations
        out |= {parent for c in out if c in orgs and (parent := orgs[c].part_of)}
        person = self.lex.gaz.people.get(e.person or "")
        if person and person.country:
            out.add(person.country)
        return out

    def _style(self, doc: Doc, mentions: list[PersonMention]) -> None:
        """"دولته" is the last person styled "دولة" before it."""
        for m in mentions:
            root = self.lex.fold(m.honorific or "")[:3]
            best, best_at = None, (-1, -1)
            for e in doc.entities:
                if not any(self.lex.fold(h).replace(" ", "").find(root) >= 0 for h in e.honorifics):
                    continue
                before = [(x.sentence, x.start) for x in e.mentions if (x.sentence, x.start) < (m.sentence, m.start)]
                if before and max(before) > best_at:
                    best, best_at = e, max(before)
            if best is not None:
                self._attach(best, m)

    # ------------------------------------------------------------------ new people
    def _new_people(self, doc: Doc) -> None:
        for e in doc.entities:
            if e.person or not any(m.name for m in e.mentions):
                continue
            named = [m for m in e.mentions if m.name]
            # a name read only as a verb's subject, once, may be ordinary words ("وبحث سبل
            # الحوار"): it becomes a person when named again or when it fills an office
            e.weak = len(named) == 1 and all(Form.BARE in (m.form, m.origin) for m in named)
            e.name = max((m.name for m in e.mentions if m.name), key=lambda n: (len(n.split()), n))
            pid = self._translit(e.name)
            known = self.lex.gaz.people.get(pid)
            if known and known.name != e.name:
                pid = f"{pid}-2"
            title = e.title
            # (the country of a title's nisba: "الرئيس النيجيري" is Nigeria's)
            country = title.country if title and not title.former and title.country in self.lex.gaz.places \
                and self.lex.gaz.places[title.country].kind == "country" else None
            e.new_person = Person(id=pid, name=e.name, in_gazetteer=False, description=title.text if title else None,
                                  country=country)
