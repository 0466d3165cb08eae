"""Who is who in a meeting frame: subject, objects, those present and those kept out (who
ordered the visit, a source quoted, a possessor), and a subject of two people joined by و.

Example: "استقبل الأسد وفداً روسياً يترأسه بوريسوف ويضم لافروف" → subject الأسد, objects the
delegation's members.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doc import Form, PersonMention, Sent
from .held import first_after, held
from .lexicon import Lexicon

RELATIVE_OFFICES = ("counterpart", "guest", "host")   # offices said of someone by "his": نظيره، ضيفه

if TYPE_CHECKING:
    from .frames import Frame


def assign_roles(lex: Lexicon, sent: Sent, frame: "Frame", candidates: list[int], at: int,
                 presence_ends: list[int]) -> None:
    """Sort a clause's people into subject, objects, present and excluded."""
    tags = sent.tags
    people = sent.people
    # "... تلبية لدعوة من الملك سلمان": anywhere in the clauses that belong to the frame
    gov_end = [m.end for c in frame.clauses for m in tags.find("not_present", sent.clauses[c].start,
                                                               sent.clauses[c].end)]
    # "تناولت بحسب وزير الإعلام يماني جبر مسقل ...": a source, not a party
    sources = [m.end for c in frame.clauses for m in tags.find("reporting", sent.clauses[c].start, sent.clauses[c].end)
               if any(stem in lex.no_comma_reporting for stem, _ in lex.clitics.readings(sent.toks[m.start].text))]
    clause = sent.clauses[frame.clause]
    deleg = sorted(m.end for name in ("deleg_head", "deleg_members") for m in tags.find(name, clause.start, clause.end)
                   if lex.clitics.verbal(m.clitic))
    for i in candidates:
        p = people[i]
        start = p.span[0]
        if p.form is Form.REFERENCE and p.role in ("pair", "style") and p.entity is None:
            if p.role == "pair":
                frame.pair = True
            continue
        if any(held(sent, i, e) and (sent.clause_of(start) == sent.clause_of(e) or first_after(sent, e) == i)
               for e in gov_end):
            frame.excluded[i] = "ordered"
        elif any(0 <= start - e <= 1 for e in sources):
            frame.excluded[i] = "quoted"
        elif p.genitive:
            frame.excluded[i] = "named"  # "حليف للأسد", "رسالة للرئيس": not a party to the verb
        elif frame.kind == "presence":
            frame.extra.append(i)
        elif (presence_ends and any(start >= e and not e <= at < start for e in presence_ends)) \
                or (deleg and any(start >= e for e in deleg)):
            # ("مرفوقا بولي العهد، مأدبة غداء على شرف الرئيس": the guest after the meeting word
            # is no companion)
            frame.extra.append(i)
        elif start < at and not frame.headline and frame.tense != "noun":
            frame.subject.append(i)      # SVO: "الرئيسان بحثا"، a subject before its verb
        elif start < at:
            frame.subject.append(i)
        else:
            frame.objects.append(i)
    subjects = {people[i].entity for i in frame.subject if people[i].entity is not None}
    # "استقبل أحمد الشرع، المعروف بلقب «أبو محمد الجولاني»، ...": one person named twice
    frame.objects = [i for i in frame.objects if people[i].entity is None or people[i].entity not in subjects]
    if frame.tense != "noun" and not frame.subject and frame.objects and frame.kind != "presence" \
            and not (sent.tags.at(frame.trigger, "gather") and sent.tags.at(frame.trigger + 1, "definite")):
        # ("وجمع الاجتماع X وY": the meeting named before is the subject; X and Y are met)
        first = people[frame.objects[0]]
        link = any(sent.tags.at(j, "link") for j in range(frame.trigger + 1, first.span[0]))
        # ("حيث التقى نظيره العراقي فؤاد حسين": "his counterpart" is met by the one "his" is)
        his = first.title is not None and first.title.office in RELATIVE_OFFICES and first.title.start == first.span[0] \
            and sent.toks[first.title.start].text.endswith(lex.possessive)
        # ("وعقد الجانبان جلسة مباحثات ... وصفها ترامب": the two sides are the subject)
        paired = any(p.form is Form.REFERENCE and p.role == "pair" and 0 < p.span[0] - frame.trigger <= 1 for p in people)
        if not link and not first.genitive and not his and not paired:
            frame.subject.append(frame.objects.pop(0))
    if deleg and not frame.objects and frame.kind not in ("presence", "phone"):
        # "استقبل الأسد وفداً روسياً يترأسه بوريسوف ويضم لافروف"، "التقى وانغ يي وفدا يترأسه
        # برادر": the delegation is the object (once the verb's subject is known)
        frame.objects, frame.extra = frame.extra, []
        if not frame.subject and frame.objects and frame.tense != "noun":
            frame.subject.append(frame.objects.pop(0))


def joint_subject(lex: Lexicon, sent: Sent, after: int, end: int) -> bool:
    """Two people joined by و right after a verb of talks, its subject: "بحث العاهل المغربي
    الملك محمد السادس، والرئيس النيجيري محمد بخاري، أمس ... سبل تعزيز العلاقات"."""
    people = sorted((p for p in sent.people if after <= p.span[0] < end and p.entity is not None
                     and not p.genitive), key=lambda p: p.span)
    start = after   # (after a style: "وبحث جلالة الملك والعطية فرص التعاون")
    while (m := sent.tags.at(start, "honorific")) is not None and m.end > start \
            and not any(p.span[0] == start for p in people):
        start = m.end
    if not people or people[0].span[0] != start:
        return False
    last, seen = people[0].span[1], {people[0].entity}
    for p in people[1:]:
        if p.span[0] < last:
            continue
        if p.span[0] > last:
            return False
        written = p.title.clitic if p.title is not None and p.title.start == p.span[0] else p.clitic
        if p.entity not in seen:
            return lex.clitics.conjoined(written)
        last = p.span[1]
    return False


def phone_parties(frame: "Frame", people: list[PersonMention], noun_end: int) -> None:
    """A call is between its subject and the first person named after the call noun, or
    the two named before it ("بحث السيسي مع أنور إبراهيم في اتصال هاتفي")."""
    core = frame.subject + frame.objects
    before = [i for i in core if people[i].span[1] <= noun_end]
    after = [i for i in core if people[i].span[0] >= noun_end]
    if not after and len(before) >= 2:
        frame.subject, frame.objects = before[-2:-1], before[-1:]
        return
    frame.subject = before[-1:] if before else after[:1]
    frame.objects = after[:1] if before else after[1:2]
