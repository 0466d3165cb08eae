"""Where a meeting took place: the place of its clauses, not the dateline or a place discussed.

Every place in a meeting clause is scored by the words before it: "في/ب/داخل" (there),
"وصل إلى / زيارة إلى" (the visit's destination), against "عودته إلى، متوجهاً إلى، قادماً
من، لا في" (not there) and "الأوضاع في، القوات الأجنبية في" (a subject of the talks). A
place inside a title ("السفيرة الأمريكية في لبنان") is part of that title. The most
specific well-scored place wins; a venue or base gives its city ("قصر الشاطئ" → أبوظبي)
and is kept as the venue; "على هامش قمة ... في X" tells the city of the summit.

Example: "موسكو – التقى شويغو الأسد في دمشق" → دمشق (the dateline was never a sentence).
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from collections import Counter
from dataclasses import replace, dataclass, field
from typing import Literal

from ..gazetteer import Gazetteer
from .doc import Doc, PlaceMention, Sent, Status
from .frames import Frame
from .lexicon import Lexicon


@dataclass
class PlaceChoice:
    place: str | None                 # gazetteer id (None for a place the gazetteer lacks)
    name: str                         # as the gazetteer (or the text) names it
    venue: str | None = None          # venue id
    evidence: list[int] = field(default_factory=list)    # sentence indices
    in_gazetteer: bool = True
    score: float = 0.0
    rule: str = "meeting clause"


@dataclass
class Candidate:
    place: str
    score: float
    sentence: int
    name: str


class PlaceFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.minor_town = lex.settings.minor_town
        lang = lex.lang
        m = lang.meetings
        self.discussed = {lang.fold(f"{noun} {link}") for noun in m.place_discussed for link in m.place_discussed_link}
        self.near = sorted({lang.fold(p) for p in m.place_near}, key=len, reverse=True)
        self.not_here = sorted({lang.fold(p) for p in m.place_not_here} | set(self.near) | self.discussed,
                               key=len, reverse=True)
        self.here = lang.keyset(m.place_here)
        t = lang.text
        self.quote_marks = str.maketrans("", "", "".join(t.quotes_open + t.quotes_close + t.quotes_symmetric))
        self.here_clitics = frozenset(m.place_here_clitics)
        self.dateline_here = lang.keyset(m.place_dateline)
        self.relative = lang.keyset(m.place_relative)
        self.dateline_not_after = lang.keyset(m.place_dateline_not_after)
        self.towards = lang.keyset(m.place_towards)
        self.towards_clitics = frozenset(m.place_towards_clitics)
        self.not_object = lang.keyset(m.place_not_object)
        self.arrive = lang.keyset(m.arrival)
        self.place_nouns = lang.keyset(m.place_nouns)
        s = lex.settings
        self.scores = s.place_scores
        self.weights = s.place_weights
        self.specific = s.place_specificity
        self.reference_reach = s.reference_place_reach

    # ------------------------------------------------------------------ scoring
    def score(self, sent: Sent, pm: PlaceMention, clause_start: int, headline: bool) -> float:
        """How strongly a place mention in a meeting clause says "the meeting was here"."""
        toks = sent.toks
        if any(p.title is not None and p.title.start <= pm.start < p.title.end for p in sent.people):
            return -1.0   # "السفيرة الأمريكية في لبنان": part of a title
        if self.lex.clitics.conjoined(pm.clitic):
            # "التنسيق بين الرياض وباريس": what was said of the place before و is said of this one
            pair = next((p for p in sent.places if p.end == pm.start), None)
            if pair is not None and self.score(sent, pair, clause_start, headline) < 0:
                return -1.0
        # ("تبحث "اليوم التالي" في غزة": a discussed subject in quotes)
        before = " ".join(sent.key[max(0, toks[pm.start].start - 40):toks[pm.start].start]
                          .translate(self.quote_marks).split())
        words = before.split()
        if words and words[-1] in self.place_nouns:
            # ("وقفا لإطلاق النار في مدينة الحديدة": the subject, then the place noun of its place)
            before = " ".join(words[:-1])
        for phrase in self.not_here:
            if before.endswith(phrase) and self._ends_with(before, phrase):
                # ("بقصر السلام في جدة": the name of a palace, not peace in Jeddah)
                named = before[:-len(phrase)].split()[-1:]
                if named and any(stem in self.place_nouns for stem, _ in self.lex.clitics.readings(named[0])):
                    continue
                return -1.0
        prev = toks[pm.start - 1].text if pm.start > 0 else ""
        if pm.clitic == "" and prev.endswith(self.lex.accusative) and prev[:-1] in self.lex.common_words:
            return -1.0   # "استقبل وفدا تركيا": a Turkish delegation, its adjective in the accusative
        clitic = pm.clitic.lstrip("".join(self.lex.clitics.conjunctions))
        arriving = any(stem in self.arrive for t in toks[clause_start:pm.start]
                       for stem, c in self.lex.clitics.readings(t.text) if self.lex.clitics.verbal(c))
        sc = self.scores
        # "بمدينة أنكوريج": a place noun carrying ب is "in" too; "في العاصمة الاقتصادية دار
        # السلام"، "في مدينة إكسبو دبي": with an adjective or a name between
        noun = toks[pm.start - 2].text if pm.start > 1 and (
            prev.startswith(self.lex.article) or self.lex.is_name_word(prev)) else prev
        art = self.lex.article
        noun_here = any(w in self.place_nouns or (w[:1] in self.here_clitics and w[1:] in self.place_nouns)
                        or (w != prev and w.startswith(art) and w[len(art):] in self.place_nouns) for w in {prev, noun})
        if clitic in self.here_clitics or prev in self.here or noun_here:
            base = sc["here"]
        elif prev in self.towards or clitic in self.towards_clitics:
            base = sc["arrival_object"] if arriving else sc["towards"]
        elif clitic == "" and prev not in self.not_object and arriving and self._arrival_before(sent, clause_start, pm.start):
            base = sc["arrival_object"]  # "زار ... قاعدة حميميم": the object of a visit
        else:
            base = sc["other"]
        if sent.tags.any("sidelines", max(0, pm.start - 8), pm.start):
            base = max(base, sc["sidelines"])
        return base * (sc["headline_factor"] if headline else 1.0)

    def _ends_with(self, before: str, phrase: str) -> bool:
        """The text ends with the phrase as whole words, maybe after a conjunction ("والحرب في")."""
        if not before.endswith(phrase):
            return False
        head = before[:-len(phrase)]
        return head == "" or head.endswith(" ") or (
            head[-1] in self.lex.clitics.conjunctions and (len(head) == 1 or head[-2] == " "))

    def _after(self, sent: Sent, pm: PlaceMention, phrases: Collection[str], whole: bool = True) -> bool:
        """The place follows one of the phrases: what another is near ("شمال غربي لندن"), a subject
        of the talks ("الأوضاع في غزة", matched as written, not word by word)."""
        before = " ".join(sent.key[max(0, sent.toks[pm.start].start - 40):sent.toks[pm.start].start].split())
        return any(before.endswith(p) and (not whole or self._ends_with(before, p)) for p in phrases)

    def _arrival_before(self, sent: Sent, clause_start: int, at: int) -> bool:
        """A word of arrival or visit before token `at` in its clause, with only people, dates and
        place nouns between: "زار الرئيس أمس قاعدة حميميم", but not "أن تكون الزيارة موجهة
        لاحتواء الصين"."""
        lex, tags = self.lex, sent.tags
        for k in range(at - 1, clause_start - 1, -1):
            readings = lex.clitics.readings(sent.toks[k].text)
            if any(stem in self.arrive for stem, c in readings if lex.clitics.verbal(c)):
                return True
            if not (k in sent.taken or tags.at(k, "date_word") or tags.at(k, "place") or tags.at(k, "country")
                    or any(stem in self.place_nouns for stem, _ in readings)):
                return False
        return False

    def _reached(self, sent: Sent, noun: int, at: int) -> bool:
        """A place within reach of the noun naming the meeting again, or of a place noun within
        reach of it: "وجرى اللقاء صباح أمس في مقر الرئاسة "شيتال نيواس" بالعاصمة كاتماندو". A
        person's title and name count as one word ("زيارة يقوم بها الرئيس الأميركي جو بايدن إلى
        هانوي")."""
        if at <= noun:
            return False
        gone = 0   # words since the noun or the last place noun
        for k in range(noun + 1, at):
            if k in sent.taken and k - 1 in sent.taken and k - 1 > noun:
                continue
            gone += 1
            if gone > self.reference_reach:
                return False
            # (a visit's noun carries the reach on: "خلال زيارة يقوم بها ... إلى برلين")
            if any(stem in self.place_nouns or stem in self.arrive for stem, _ in self.lex.clitics.readings(sent.toks[k].text)):
                gone = 0
        return gone < self.reference_reach

    def _just_before(self, sent: Sent, noun: int, pm: PlaceMention) -> bool:
        """A place "in" somewhere right before the noun naming the meeting, with no comma
        between: "أقيمت اليوم في مقر إقامة كوكساروي بالعاصمة طشقند مراسم الاستقبال"."""
        first = pm   # "بالعاصمة الأوزبكية طشقند": the في or ب of the place's first naming
        while (prev := next((m for m in sent.places if m.end == first.start and m.place == pm.place), None)):
            first = prev
        start = sent.clauses[sent.clause_of(first.start)].start
        return 0 <= noun - pm.end <= 2 and self.score(sent, first, start, False) >= self.scores["here"] \
            and not any("," in sent.gap(k) for k in range(first.start, noun + 1))

    def _here(self, headline: bool) -> float:
        return self.scores["here"] * (self.scores["headline_factor"] if headline else 1.0)

    # ------------------------------------------------------------------ choosing
    def choose(self, cands: list[Candidate]) -> PlaceChoice | None:
        """The meeting's place from scored candidates (see the module docstring)."""
        gaz: Gazetteer = self.lex.gaz

        def kind(pid: str) -> Literal["city", "base", "venue", "region", "country"]:
            return gaz.places[pid].kind if pid in gaz.places else "city"

        good = [Candidate(c.place, c.score * self.weights.get(kind(c.place), 1.0), c.sentence, c.name)
                for c in cands if c.score > 0]
        if not good:
            return None
        good = self._without_homonym_venues(good, kind)
        totals: dict[str, float] = {}
        for c in good:
            totals[c.place] = totals.get(c.place, 0.0) + c.score

        def rank(pid: str) -> tuple[float, int]:
            return min(totals[pid], self.scores["cap"]), self.specific.get(kind(pid), 0)

        best = max(totals, key=rank)
        # prefer something more specific inside the winner when the text supports it
        inner = [p for p in totals if p != best and gaz.contains(best, p) and totals[p] >= self.scores["inner_min"]]
        if inner:
            best = max(inner, key=rank)
        place = gaz.places.get(best)
        venue = None
        if place and place.kind == "venue":
            city = gaz.city_of(best)
            if city is not None and city.kind in ("city", "base"):
                venue, place = best, city
            # else a venue outside any listed city ("قصر الصخير"، "كامب ديفيد") is itself the place:
            # its country alone would say less than the article
        elif place and place.kind in ("city", "region"):
            venues = [p for p in totals if p in gaz.places and gaz.places[p].kind == "venue"
                      and gaz.contains(best, p) and totals[p] >= self.scores["inner_min"]]
            venue = max(venues, key=rank) if venues else None
        pid = place.id if place else best
        evidence = sorted({c.sentence for c in good if c.place in (pid, venue)})
        name = place.name if place else next(c.name for c in good if c.place == best)
        if place is not None and ("places", pid) not in gaz.lines:
            # a city of the world data is named as the article spells it ("بوغور"، not GeoNames'
            # "بوكور"), when the article writes its name rather than "العاصمة الإندونيسية"
            # (not a short form of the name: "ريو" is written for "ريو دي جانيرو")
            written = Counter(c.name for c in good if c.place == pid
                              and self.lex.fold(c.name) in self.lex.place_keys.get(pid, ())
                              and len(c.name.split()) >= len(place.name.split()))
            if written:
                name = written.most_common(1)[0][0]
        return PlaceChoice(pid if place else None, name, venue, evidence, place is not None, totals[best])

    def _without_homonym_venues(self, good: list[Candidate], kind: Callable[[str], str]) -> list[Candidate]:
        """A venue of another city than the one its sentence names as firmly is a homonym: "قصر الشعب في
        العاصمة الصينية بكين" is Beijing's Great Hall, not Damascus's palace."""
        gaz = self.lex.gaz
        drop = set()
        for v in good:
            if kind(v.place) != "venue":
                continue
            here = [c for c in good if c.sentence == v.sentence and c.place != v.place]
            cities = [c for c in here if kind(c.place) == "city" and not gaz.contains(c.place, v.place)]
            # a city as firmly read as the venue, or one inside a country the sentence also names
            firm = [c for c in cities if c.score >= v.score or any(
                kind(k.place) == "country" and gaz.contains(k.place, c.place) for k in here)]
            if firm and not any(gaz.contains(c.place, v.place) for c in here):
                drop.add((v.place, v.sentence))
        return [c for c in good if (c.place, c.sentence) not in drop]

    def find(self, doc: Doc, frames: list[Frame], homes: set[str], context: Sequence[Frame] = (),
             domestic: bool = False, seats: frozenset[str] | set[str] = frozenset()) -> PlaceChoice | None:
        """The place of an event told by these frames; `homes` are its people's countries;
        `context` (a participant's arrival told before) counts only when the frames say nothing;
        `domestic`: one of its people holds an office named without a country ("رئيس الجمهورية"),
        so the dateline's country is theirs; `seats`: the countries of their bodies' seats, where a
        dateline may be too."""
        near = homes | self._named_countries(doc)
        found = self._find(doc, frames, near, homes)
        if context and (found is None or found.score < self.scores["other"]):
            # (a place the meeting's clauses merely mention, "دعم موسكو لجهود الحكومة", says
            # less than where its participant arrived: "وكان لافروف قد وصل إلى بغداد")
            found = self._find(doc, list(context), near, homes) or found
        if found is not None and found.place in self.lex.gaz.places \
                and self.lex.gaz.places[found.place].kind in ("country", "region"):
            # "زيارة إلى إقليم كوردستان" under "أربيل": the dateline's city, inside the country
            # the text names, says more than the country or region
            gaz = self.lex.gaz
            # (the dateline's own country is the chosen one: "كراكاس (أ ف ب) - اختتمت باشليه زيارة
            # إلى فنزويلا")
            inside = self._dateline(doc, homes | {found.place if gaz.places[found.place].kind == "country"
                                                  else gaz.country_of(found.place) or ""})
            if inside is not None and inside.place is not None and gaz.country_of(inside.place) == (
                    found.place if gaz.places[found.place].kind == "country" else gaz.country_of(found.place)):
                written = next((pm.name for s in doc.sents for pm in s.places if pm.place == inside.place), inside.name)
                return replace(inside, name=written, evidence=found.evidence)
            within = self._city_within(doc, frames, found.place)
            if within is not None:
                return replace(within, score=found.score, evidence=sorted(set(found.evidence) | set(within.evidence)))
        if found is None and domestic and doc.article.meta.dateline_place:
            homes = homes | {self.lex.gaz.country_of(doc.article.meta.dateline_place) or ""}
        return found or self._dateline(doc, homes | seats)

    def _city_within(self, doc: Doc, frames: list[Frame], country: str) -> PlaceChoice | None:
        """The one city inside the chosen country that the meeting's own sentences put it in,
        outside the meeting's clause: "ظهر كينياتا وأودينغا معا ... في وسط العاصمة نيروبي، حيث
        يقع مكتب الرئيس، وتصافحا بعد اجتماع" under a headline "... في كينيا"."""
        gaz = self.lex.gaz
        cands = []
        for f in frames:
            if f.kind == "reference" or f.headline:
                continue
            sent = doc.sents[f.sentence]
            for pm in sent.places:
                clause = sent.clauses[sent.clause_of(pm.start)]
                kind = gaz.places[pm.place].kind if pm.place in gaz.places else None
                if kind in ("city", "base", "venue") and gaz.contains(country, pm.place) \
                        and clause.status_at(pm.start) == Status.ACTUAL and not self._far(pm.place, ()) \
                        and self.score(sent, pm, clause.start, False) >= self.scores["here"]:
                    cands.append(Candidate(pm.place, self.scores["here"], f.sentence, pm.name))
        if len({c.place for c in cands}) != 1:
            return None
        return self.choose(cands)

    def _named_countries(self, doc: Doc) -> set[str]:
        """Countries the article names, or names a place in (apart from minor towns)."""
        gaz = self.lex.gaz
        out = set()
        for s in doc.sents:
            for pm in s.places:
                if pm.place in gaz.population and gaz.population[pm.place] < self.minor_town:
                    continue
                country = gaz.country_of(pm.place)
                if country:
                    out.add(country)
        if doc.article.meta.dateline_place:
            out.add(gaz.country_of(doc.article.meta.dateline_place) or "")
        return out

    def _fronted(self, sent: Sent, pm: PlaceMention) -> bool:
        """"وفي الرياض، أفادت واس بأن ولي العهد استعرض مع جونسون ...": a place set before the whole
        sentence, up to a comma, is where everything the sentence tells happened."""
        if pm.start > 1 or pm.end >= len(sent.toks) or "," not in sent.gap(pm.end):
            return False
        conj = "".join(self.lex.clitics.conjunctions)
        if pm.start == 0:
            return pm.clitic.lstrip(conj) in self.here_clitics      # "بالقاهرة، ..."، "وبالقاهرة، ..."
        return any(stem in self.here and c.lstrip(conj) == "" for stem, c in self.lex.clitics.readings(sent.toks[0].text))

    def _called_a_place(self, sent: Sent, pm: PlaceMention) -> bool:
        """"مدينة جنيف"، "بلدة أوهريد": a name the text calls a town is no homonym, however small
        (a building's name is: "مطار نوي باي" names no Syrian town)."""
        return pm.start > 0 and pm.clitic == "" and any(
            stem in self.lex.town_nouns for stem, _ in self.lex.clitics.readings(sent.toks[pm.start - 1].text))

    def _said_in(self, sent: Sent, pm: PlaceMention) -> bool:
        """"في جنيف": a town said to be where something happened is no homonym of a word (but
        "بايدين" is no ب + Aydın: a clitic says less than the preposition)."""
        return pm.clitic == "" and pm.start > 0 and sent.toks[pm.start - 1].text in self.here

    def _far(self, place: str, near: Collection[str]) -> bool:
        """A minor town in a country the article has nothing to do with: a homonym."""
        gaz = self.lex.gaz
        return gaz.population.get(place, self.minor_town) < self.minor_town and gaz.country_of(place) not in near

    def _find(self, doc: Doc, frames: list[Frame], near: Collection[str] = frozenset(),
              homes: Collection[str] = frozenset()) -> PlaceChoice | None:
        cands: list[Candidate] = []
        gaz = self.lex.gaz
        where = doc.article.meta.dateline_place
        dateline = gaz.places.get(where) if where else None
        for f in frames:
            sent = doc.sents[f.sentence]
            weight = self.scores["reference_factor"] if f.kind == "reference" else 1.0
            for pm in sent.places:
                if self._far(pm.place, near) and not self._called_a_place(sent, pm) and not self._said_in(sent, pm):
                    continue
                clause = sent.clause_of(pm.start)
                if clause not in f.clauses and not self._fronted(sent, pm):
                    continue
                if f.kind == "reference" and not (self._reached(sent, f.trigger, pm.start)
                                                  or self._just_before(sent, f.trigger, pm)):
                    continue   # "الزيارة تأتي في لحظة ... حرب مفتوحة في غزة": not the meeting's place
                sc = self.score(sent, pm, sent.clauses[clause].start, f.headline)
                if clause != f.clause and sc > 0:
                    sc *= self.scores["beside_factor"]
                if pm.place in gaz.places and gaz.places[pm.place].kind == "country" and pm.place not in homes \
                        and sc < self._here(f.headline):
                    continue   # "في مستهل جولة أفريقية تشمل إثيوبيا": a third country named in passing
                cands.append(Candidate(pm.place, sc * weight, f.sentence, pm.name))
            for c in f.clauses if f.kind not in ("visit", "reference") else ():
                # (talks, not a visit's stop: "جولة شملت الجامع الأموي حيث زار الرئيسان المقام")
                start = sent.clauses[c].start
                if c > 0 and start < len(sent.toks) and sent.toks[start].text in self.relative:
                    # "متوجها إلى صوفيا، حيث عقد أمس محادثات": the place "where" stands after
                    # (not a subject discussed: "تركز اللقاء على الأوضاع في السودان، حيث تم ...")
                    # (nor a place only near it: "المقر الريفي ... شمال غربي لندن، حيث جرى توقيع")
                    cands += [Candidate(pm.place, self._here(f.headline) * weight, f.sentence, pm.name)
                              for pm in sent.places if pm.end == start and not self._after(sent, pm, self.discussed, whole=False)
                              and not self._after(sent, pm, self.near)]
            if dateline is not None and f.kind != "reference":
                cands += [Candidate(dateline.id, self._here(f.headline) * weight, f.sentence, dateline.name)
                          for i, t in enumerate(sent.toks) if t.text in self.dateline_here
                          and sent.clause_of(i) in f.clauses
                          and (i == 0 or sent.toks[i - 1].text not in self.dateline_not_after)]
        if not any(c.score > 0 for c in cands) and doc.sents and doc.sents[0].kind == "title":
            title = doc.sents[0]
            for pm in title.places:
                cands.append(Candidate(pm.place, self.score(title, pm, 0, True), 0, pm.name))
        return self.choose(cands)

    def _dateline(self, doc: Doc, homes: set[str]) -> PlaceChoice | None:
        """With no place in the text, a dateline in a participant's own country is the best
        guess ("دمشق-سانا: استقبل الرئيس الأسد ..."): kept with a low score, for review."""
        gaz = self.lex.gaz
        where = doc.article.meta.dateline_place
        if not where or where not in gaz.places or gaz.places[where].kind == "country":
            return None
        if gaz.country_of(where) not in homes:
            return None
        place = gaz.places[where]
        return PlaceChoice(place.id, place.name, None, [], True, self.scores["dateline"], "dateline")
