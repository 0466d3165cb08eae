"""One article → its reports: each meeting (or call) the article tells, with its facts.

    words and tags → clauses → people (twice: the second time with the names the article
    gave in full) → entities → dates → frames → events → reports → who was only mentioned

Each step fills in the document model (doc.py); the steps are the modules of this package.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from ..dates.anchors import AnchorReader, YearHint
from ..lang.words import PhraseIndex
from ..models import Person
from ..text.reader import Article
from .clauses import segment
from .dating import ahead, recalled, told_late
from .doc import Doc, Form, Sent
from .entities import EntityLinker
from .events import Event, EventBuilder
from .main_events import announced_series, main_events
from .floor import floor_event
from .frames import Frame, FrameReader
from .introduced import headline_subjects, planned_headlines, unnamed_participants
from .lexicon import Lexicon, NameForm
from .mentioned import mention_lists
from .people import PeopleFinder
from .distinct import distinct
from .report import Report, ReportBuilder, date_exprs, same_visit_places, sequel_days
from .sequel import is_sequel, next_day
from .titles import TitleReader

LOCAL_MIN_SHORT = 3


@dataclass
class Analysis:
    article: Article
    doc: Doc
    frames: list[Frame]
    events: list[Event]
    reports: list[Report]
    new_people: dict[str, Person]


def _follows(doc: Doc) -> dict[str, str | None]:
    """For each word of the article, the word that follows it wherever it stands, or None
    where that differs ("إدريس" always before "ديبي": one name, not two side by side)."""
    out: dict[str, str | None] = {}
    for s in doc.sents:
        texts = [t.text for t in s.toks]
        for w, after in zip(texts, texts[1:] + [""]):
            if out.get(w, after) != after:
                out[w] = None
            else:
                out.setdefault(w, after or None)
    return out


class ArticleAnalyser:
    """Reads an Article with one Lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.titles = TitleReader(lex)
        if not lex.offices:
            self.titles.index_offices()
        self.people = PeopleFinder(lex, self.titles)
        self.linker = EntityLinker(lex, frozenset(self.titles.core_of.values()))
        self.framer = FrameReader(lex)
        self.builder = ReportBuilder(lex)
        self.anchors = AnchorReader(lex.lang, lex.grammar)

    def analyse(self, art: Article) -> Analysis:
        """Every report of one article."""
        lex = self.lex
        published = dt.date.fromisoformat(art.published) if art.published else None
        doc = Doc(art, lex, [Sent(s, lex.tagger.tag(s.toks)) for s in art.sentences], published)
        marker = lex.lang.names.alif_maqsura_marker
        egyptian = any(marker in s.text.split() for s in art.sentences)
        counts = Counter(stem for s in doc.sents for t in s.toks for stem, _ in lex.clitics.readings(t.text)[:2])
        follows = _follows(doc)
        for s in doc.sents:
            s.ya_as_alif = egyptian
            s.counts, s.follows = counts, follows
        for s in doc.sents:
            s.clauses = segment(s, lex)
            self.people.find(s, None)
        local, bare_lasts = self._local_index(doc)
        if local is not None:
            for s in doc.sents:
                # a sentence where none of the article's names occurs reads as it did, and so
                # does one where they are only the gazetteer's people it already found there
                found = local.find(s.toks)
                if any(t.text in bare_lasts for t in s.toks) or any(
                        not any(p.span == (m.start, m.end) and p.form is Form.GAZETTEER and p.person == m.value.person
                                and p.clitic == m.clitic for p in s.people) for m in found):
                    self.people.find(s, local, bare_lasts)
        self.linker.link(doc)
        date_exprs(doc)
        frames = self.framer.read(doc)
        hints = self.anchors.hints([s.key for s in doc.sents])
        if not hints and published is None and art.meta.copyright_year:
            # "جميع الحقوق محفوظة © 2023" under "أبوظبي في 15 يناير": the only year the page gives
            hints = [YearHint(art.meta.copyright_year, (), "year of the page's copyright line")]
        recalled(doc, frames, published, hints, lex.settings.recalled_days)
        told_late(doc, frames, published, lex.settings.told_late_days)
        ahead(doc, frames, published)
        unnamed_participants(doc, frames, self.lex)
        headline_subjects(doc, frames)
        planned_headlines(doc, frames)
        events = main_events(doc, EventBuilder(doc).build(frames))
        floor = floor_event(doc, frames, lex.settings.floor_sentences) if not events else None
        if floor is not None:
            events = [floor]
        reports = [self.builder.build(doc, i, ev, frames, hints) for i, ev in enumerate(events)]
        if floor is not None:
            reports[0].fallback = True
        same_visit_places(reports, lex.settings.visit_days, lex.settings.place_scores["same_visit"], lex.gaz)
        # (one of meetings announced as several, "أجرت سلسلة لقاءات الخميس", is of that day too)
        series = bool(events) and announced_series(doc, events[0])
        sequel_days(reports, [any(is_sequel(doc, f) for f in ev.frames) or (series and k > 0) for k, ev in enumerate(events)],
                    [next_day(doc, ev.frames) for ev in events])
        kept = distinct(reports, [all(doc.sents[s].kind in ("title", "heading") for p in r.parties.values()
                                      for s in p.sentences) for r in reports])
        events = [events[i] for i in kept]
        reports = [replace(reports[i], index=n) for n, i in enumerate(kept)]
        mention_lists(doc, reports, frames, set())
        new_people = {e.new_person.id: e.new_person for e in doc.entities if e.new_person and e.mentions and not e.weak}
        return Analysis(art, doc, frames, events, reports, new_people)

    def _first_name_alone(self, word: str, written: int = 0) -> bool:
        """A first name that may stand alone for its bearer: not an Arabic given name (those
        are shared by too many), nor a word; of two letters only when the article writes it
        `written` times, often ("شي جين بينغ" … "جلس شي وستارمر": a family name written first)."""
        lex = self.lex
        arabic = word in lex.given_names and word not in lex.foreign_given
        # (not a particle that is also a family name: "لي" is "for me" too)
        short = len(word) == LOCAL_MIN_SHORT - 1 and written > lex.lang.names.family_repeats \
            and word not in lex.function_words and word not in lex.pronouns and word not in lex.particle_names
        return (len(word) >= LOCAL_MIN_SHORT or short) and not arabic and word not in lex.known \
            and word not in lex.joiners and not lex.initial_joiner_word(word) and lex.is_name_word(word)

    def _local_index(self, doc: Doc) -> tuple[PhraseIndex[NameForm] | None, dict[str, str]]:
        """The names this article gave in full, and their family names, for the second pass;
        and the family names of names read only as a verb's subject, which stand for them
        only where another verb's subject begins ("ورفض هوكشتاين الرد").

        A name read with words after it that the article also writes without them ("قيس
        سعيد" and "قيس سعيد يؤكد") is kept in its shorter form."""
        lex = self.lex
        names: dict[tuple[str, ...], str] = {}
        origin: dict[tuple[str, ...], Form] = {}
        known: dict[str, str] = {}      # family name → gazetteer id, for people this article names in full
        firsts: dict[str, set[NameForm]] = {}   # a foreign first name → the people it opens the name of
        sure: set[tuple[str, ...]] = set()      # names read after a title, a style or in apposition
        seen: dict[str, int] = {}               # the sentence each name is first given in
        for s in doc.sents:
            for p in s.people:
                if p.name and len(p.name.split()) >= 2 and p.form not in (Form.TITLE, Form.REFERENCE):
                    first = lex.fold(p.name).split()[0]
                    if self._first_name_alone(first, doc.sents[0].counts.get(first, 0) if doc.sents else 0):
                        firsts.setdefault(first, set()).add(
                            NameForm(p.person, "short") if p.person else NameForm(p.name, f"local:{p.form.value}"))
                if p.person is not None and p.name and len(p.name.split()) >= 2:
                    last = lex.fold(p.name).split()[-1]
                    # ("أبي أحمد علي" is not "على تويتر": a given name alone is nobody's family name)
                    # (a family name shaped as another country's adjective is his too, "السوداني"
                    # of Iraq's prime minister, where it stands as a subject: see people.py)
                    person = lex.gaz.people.get(p.person)
                    foreign_nisba = last in lex.nisba and person is not None and lex.nisba[last] != person.country
                    if len(last) >= LOCAL_MIN_SHORT and (last not in lex.known or foreign_nisba) \
                            and last not in lex.joiners and last not in lex.given_names:
                        known[last] = p.person if known.get(last, p.person) == p.person else ""
                if p.person is None and p.name and p.form not in (Form.TITLE, Form.REFERENCE):
                    words = tuple(lex.fold(p.name).split())
                    names.setdefault(words, p.name)
                    seen.setdefault(p.name, s.index)
                    if p.form is not Form.BARE:
                        sure.add(words)
                    # a verb's subject given a title after it ("التقت هيلارى كلينتون، وزيرة
                    # الخارجية") is as sure a name as one read after a title
                    given = words[0] in lex.given_names or lex.initial_joiner_word(words[0])
                    form = Form.APPOSED if p.form is Form.BARE and (p.title or p.honorific or given) else p.form
                    if origin.get(words) in (None, Form.BARE):
                        origin[words] = form
        if not names and not known:
            return None, {}
        strong = {k for k in names if origin[k] is not Form.BARE}
        lasts = {k[-1] for k in names if len(k) >= 2}
        keep = {k: v for k, v in names.items()
                if not any(len(o) < len(k) and k[:len(o)] == o and len(o) >= 2 and k[len(o)] not in lex.joiners
                           # ("محمد إدريس ديبي إتنو" beside "محمد إدريس ديبي": the word after is a
                           # name's last, as the article's "إدريس ديبي إتنو" shows)
                           and not (k in strong and any(n[-1] == k[-1] and n[:len(o)] != o for n in names))
                           for o in names)
                # "وزار شويغو موقع العسكريين", "ورفض هوكشتاين الرد": a verb's subject that opens
                # with the family name of someone the article or the gazetteer names in full
                and not (k not in strong and (k[0] in lasts or known.get(k[0])))
                # and, titled too, two words opening with it ("الرئيسة كاسترو أوفدت" after
                # "إيريس شيومارا كاسترو"): that person and the next word
                and not (len(k) == 2 and k[0] not in lex.given_names and k[1] not in lex.given_names
                         and any(len(o) >= 2 and o != k and o[-1] == k[0] for o in names))}
        # "واستقبله أنور بعرض ثقافي" after "داتوك سري أنور إبراهيم": an Arabic first name as a
        # verb's subject is the one person the article names with it after a title; the words
        # read after it are no name (a foreign first name, "ديفيد", is shared by too many)
        counts = doc.sents[0].counts if doc.sents else Counter()
        opening: dict[str, set[tuple[str, ...]]] = {}
        by_first: dict[str, str] = {}
        for words in sure:
            opening.setdefault(words[0], set()).add(words)
        for words in [k for k in keep if k not in sure and k[0] in lex.given_names and k[0] not in lex.foreign_given]:
            opened = opening.get(words[0], set())
            one = next(iter(opened)) if len(opened) == 1 else None
            # (but "محمد الحلبوسي", whose family name the article writes again, is another man)
            if one is not None and len(one) >= 2 and one != words and one in keep and one[1] not in lex.joiners \
                    and words[0] not in known and words[0] not in lasts \
                    and all(counts.get(w, 0) < lex.lang.names.family_repeats for w in words[1:]):
                del keep[words]
                by_first[words[0]] = keep[one]
        index: PhraseIndex[NameForm] = PhraseIndex(lex.clitics)
        shorts: dict[str, set[str]] = {}
        bare_lasts: dict[str, set[str]] = {}
        for words, name in keep.items():
            index.add(" ".join(words), NameForm(name, f"local:{origin[words].value}"))
            # ("سورانجل ويبس الابن" is "ويبس")
            named = words[:-1] if len(words) >= 3 and words[-1] in lex.generation_marks else words
            last = named[-1]
            # (a family name shaped like a verbal noun, "ترامب"، "تكالة", is still the person's)
            if len(named) < 2 or len(last) < LOCAL_MIN_SHORT or not lex.is_name_word(last, shapes=False) \
                    or last in lex.joiners:
                continue
            if words not in strong:
                if not last.startswith(lex.article) and named[-2] not in lex.joiners:
                    bare_lasts.setdefault(last, set()).add(name)
                continue
            if named[-2] in lex.joiners:
                # "محمد بن سلمان" is "بن سلمان" (or "ابن سلمان"), not "سلمان"; "آل ثاني" names a family
                if named[-2] not in lex.initial_joiners and len(named) >= 3 and named[-2] != lex.family_joiner:
                    for son in {named[-2], *lex.son_of} if named[-2] in lex.son_of else {named[-2]}:
                        shorts.setdefault(f"{son} {last}", set()).add(name)
            else:
                shorts.setdefault(last, set()).add(name)
        for last, pid in known.items():
            # "إبراهيم رئيسى" … "ووصل رئيسى": a gazetteer person's family name, in this article
            if pid and last not in shorts:
                index.add(last, NameForm(pid, "short"))
        for first, forms in firsts.items():
            # "عقد أفورقي وآبي جلسة مباحثات" after "آبي أحمد": a first name no Arabic name
            # begins with, of one person the article names in full
            people = {f.person for f in forms}
            if len(people) == 1 and first not in shorts and first not in known and first not in lasts:
                index.add(first, min(forms, key=lambda f: f.form))
        for last, full in shorts.items():
            # (of two people with one family name, the one named a sentence before the other:
            # "سورانجل ويبس الابن" … "استقبله ويبس وقرينته السيدة فاليري ويبس")
            firsts_seen = sorted(seen.get(n, 0) for n in full)
            if len(full) == 1 or firsts_seen[0] < firsts_seen[1]:
                name = min(full, key=lambda n: seen.get(n, 0))
                index.add(last, NameForm(name, f"local:{origin[tuple(lex.fold(name).split())].value}"))
        subjects = {last: next(iter(full)) for last, full in bare_lasts.items()
                    if len(full) == 1 and last not in shorts and last not in known}
        return index, subjects | {first: name for first, name in by_first.items() if first not in shorts}
