"""Offices a meeting names without a person, and the names the article gives later without an
office: one person each, one to one, by gender where the text tells it.

    "استقبل الرئيس رئيسة المفوضية الأوروبية ورئيس المجلس الأوروبي … وأعربت فون دير لاين …
    أما ميشال فتحدث" → von der Leyen is the Commission's president, Michel the Council's.
"""
from __future__ import annotations

from .doc import NOT_IN_PERSON, Doc, Entity, Form, PersonMention, Status
from .frames import Frame
from .lexicon import Lexicon


def unnamed_participants(doc: Doc, frames: list[Frame], lex: Lexicon) -> None:
    """An office named without a person in a meeting ("استقبلت رئيسة الوزراء اليابانية ...")
    is the person the article names later without any office, only as the subject of a verb
    ("وقالت ساناي تاكايتشي"): the article introduced them by office. Each such name goes to
    the office the article names most (its gender allowing), one to one."""
    ents = doc.entities
    # (not a name only ever given to a thing: "في مطار سيلفيو بيتيروسي")
    # (nor one of those who welcomed a guest at the airport: "حيث كان في استقباله ... الدكتور محمد رفيق")
    untitled = [e for e in ents if e.new_person is not None and not e.titles and e.mentions
                and any(m.form in (Form.LOCAL, Form.HONOURED) or Form.BARE in (m.form, m.origin) for m in e.mentions)
                and not all(m.genitive for m in e.mentions) and not all(_welcoming(doc, m) for m in e.mentions)]
    # (or with a style only: "فخامة قاسم جومارت توكاييف" after "رئيس جمهورية كازاخستان")
    # and "رئيسة جمهورية هندوراس" … "الرئيسة إيريس كاسترو": a name given later with the
    # same office but no country is the office's holder named first
    # (not a former or late holder: "البابا الراحل يوحنا بولس الثاني" is not "البابا" of the visit)
    loose = [e for e in ents if e.new_person is not None and e.titles and e.mentions
             and not any(t.country or t.org or t.former for t in e.titles)]
    together: set[tuple[int, int]] = set()
    in_frames: set[int] = set()
    for f in frames:
        if f.status is not Status.ACTUAL or f.kind in ("reference", "presence"):
            continue
        sent = doc.sents[f.sentence]
        ids = {e for e in (sent.people[i].entity for i in f.people) if e is not None}
        in_frames |= ids
        together |= {(a, b) for a in ids for b in ids}
    offices = [e for e in ents if not e.named and e.titles and e.mentions and e.index in in_frames
               and e.title is not None and not e.title.former]
    offices.sort(key=lambda e: (-len(e.mentions), min((m.sentence, m.start) for m in e.mentions)))
    genders = {e.index: e.gender or _verb_gender(doc, e, lex) for e in untitled}
    taken: set[int] = set()
    # "أعربت فون دير لاين … أما ميشيل فتحدث": a name whose verb says her gender goes to the
    # office of that gender first, then the rest one to one
    for office in [o for o in offices if any(genders[e.index] == o.title.gender for e in untitled if o.title)]:
        title = office.title
        assert title is not None
        fits = [e for e in untitled if e.index not in taken and genders[e.index] == title.gender
                and (e.index, office.index) not in together]
        if len(fits) == 1:
            taken.add(fits[0].index)
            _merge(doc, office.index, fits[0].index)
    for office in offices:
        if not office.mentions:
            continue               # merged above
        title = office.title
        assert title is not None   # offices all have one
        first = min((m.sentence, m.start) for m in office.mentions)
        fits = [e for e in untitled if e.index not in taken and (not genders[e.index] or genders[e.index] == title.gender)
                and (e.index, office.index) not in together]
        fits = fits or [e for e in loose if e.index not in taken and e.gender == title.gender
                        and (e.index, office.index) not in together
                        and all(t.core == title.core for t in e.titles)
                        and min((m.sentence, m.start) for m in e.mentions) > first]
        if len(fits) == 1:
            taken.add(fits[0].index)
            _merge(doc, office.index, fits[0].index)


def headline_subjects(doc: Doc, frames: list[Frame]) -> None:
    """"تاكايتشي تستقبل ترامب" over "استقبلت رئيسة الوزراء اليابانية ... ترامب": an office
    named without a person that does in the text what the headline's one named subject does, to
    the same person, is that subject (unless the subject holds another office of its country)."""
    ents = doc.entities

    def entities(f: Frame, which: list[int]) -> set[int]:
        sent = doc.sents[f.sentence]
        return {doc.resolve(e) for e in (sent.people[i].entity for i in which) if e is not None}

    told = [f for f in frames if f.status is Status.ACTUAL and f.kind not in NOT_IN_PERSON]
    for h in (f for f in told if f.headline):
        named = [e for e in entities(h, h.subject) if ents[e].named]
        if len(named) != 1 or not entities(h, h.objects):
            continue
        who = ents[named[0]]
        for f in (f for f in told if not f.headline and f.kind == h.kind):
            subject = entities(f, f.subject)
            if len(subject) != 1 or not entities(f, f.objects) & entities(h, h.objects):
                continue
            office = ents[next(iter(subject))]
            title = office.title
            if office.named or title is None or office.index == who.index or (
                    h.number in ("m", "f") and title.gender != h.number):
                continue
            where = title.country or title.org
            if any((t.country or t.org) == where and t.core != title.core for t in who.titles):
                continue   # "ترامب يستقبل ..." over "استقبل نائب الرئيس الأمريكي ...": another person
            _merge(doc, office.index, who.index)


def planned_headlines(doc: Doc, frames: list[Frame]) -> None:
    """A headline meeting the text tells only as planned is that planned meeting: "إيشيبا
    يلتقي برابوو في بوغور" over "أجرى إيشيبا مباحثات مع أنور ... ومن المقرر أن يلتقي غداً
    برابوو"; "لواندا تعلن موعد قمة بين X وY" over "ستحتضن ... قمة تجمع X بـ Y"."""
    def entities(f: Frame) -> set[int]:
        sent = doc.sents[f.sentence]
        return {doc.resolve(e) for e in (sent.people[i].entity for i in (*f.subject, *f.objects, *f.extra))
                if e is not None}

    body = [(f, entities(f)) for f in frames if not f.headline and f.kind not in NOT_IN_PERSON]
    actual = [e for f, e in body if f.status is Status.ACTUAL]
    planned = [e for f, e in body if f.status is Status.PLANNED]
    for h in (f for f in frames if f.headline and f.status is Status.ACTUAL and f.kind not in NOT_IN_PERSON):
        mine = entities(h)
        if len(mine) < 2 or any(len(e & mine) >= 2 for e in actual):
            continue
        # the planned meeting has all the headline's people, or the text tells a meeting of
        # its own with two people and plans another with one the headline names
        told_elsewhere = set().union(*actual) if actual else set()
        if any(mine <= e for e in planned) or (any(len(e) >= 2 for e in actual)
                                               and any(e & mine - told_elsewhere for e in planned)):
            h.status = Status.PLANNED


def _verb_gender(doc: Doc, e: Entity, lex: Lexicon) -> str | None:
    """The gender of a feminine style before a name ("السيدة بريجيت ماكرون" → f), or of the verb
    right before it, its subject ("وقالت ساناي تاكايتشي" → f)."""
    feminine_ending = lex.fold(lex.lang.meetings.feminine_ending)
    # a style is feminine when it is a masculine one with ة ("السيدة"، "صاحبة السمو"), not
    # when it merely ends with ة ("فخامة"، "سماحة"، "جلالة")
    for style in e.honorifics:
        first = lex.fold(style).split()[0]
        if first.endswith(feminine_ending) and first[:-len(feminine_ending)] in lex.style_first_words:
            return "f"
    for m in e.mentions:
        if m.start == 0:
            continue
        sent = doc.sents[m.sentence]
        trigger = sent.tags.at(m.start - 1, "trigger")
        if trigger is not None and trigger.value.number in ("m", "f"):
            return str(trigger.value.number)
        if sent.tags.at(m.start - 1, "reporting"):
            stems = [st for st, _ in lex.clitics.readings(sent.toks[m.start - 1].text) if st in lex.reporting_words]
            if stems:
                stem = stems[0]
                feminine = stem.endswith(lex.fem_past) and stem[:-len(lex.fem_past)] in lex.reporting_words
                return "f" if feminine else "m"
    return None


def _merge(doc: Doc, gone: int, into: int) -> None:
    """Entity `gone` is entity `into`: its mentions and titles move over."""
    src, dst = doc.entities[gone], doc.entities[into]
    dst.weak = False
    for m in src.mentions:
        m.entity = into
        dst.mentions.append(m)
    dst.titles.extend(src.titles)
    dst.gender = dst.gender or src.gender
    if dst.new_person is not None and dst.titles and not dst.new_person.description:
        dst.new_person.description = dst.titles[0].text
    src.mentions = []
    src.titles = []
    doc.merged[gone] = into


def _welcoming(doc: Doc, m: PersonMention) -> bool:
    """The mention is in a clause that tells a welcome before it ("وكان في استقباله ... X")."""
    sent = doc.sents[m.sentence]
    clause = sent.clauses[sent.clause_of(m.span[0])] if sent.clauses else None
    return clause is not None and sent.tags.any("welcome", clause.start, m.span[0])
