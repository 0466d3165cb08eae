"""Clauses and meeting frames: who met whom in which clause, and whether it happened.

A sentence is cut into clauses at boundary words (حيث، منذ، بعد، ثم، قبل أن ...) and after
reporting verbs ("قال X إن ..."). Each clause gets a status from its own words and its
kind of boundary: actual, background ("كان قد التقى", "منذ أن عقدا قمة"), planned
("من المقرر أن يلتقي", "للقاء") or negated. A meeting word (التقى، استقبل، أجرى محادثات
مع، لقاء مع، اتصال هاتفي) makes a frame of the people in its clause, minus those who only
ordered or greeted ("بتكليف من", "تحيات") and speakers; "بحضور" and "انضم إلى
الاثنين" add the people present.

Example: "التقى الرئيس السوري بشار الأسد اليوم السبت وزير الدفاع الروسي سيرغي شويغو،
الذي قام بزيارة بتكليف من الرئيس الروسي فلاديمير بوتين" → one actual frame with الأسد and
شويغو; بوتين is mentioned, not present.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import Language
from ..text.phrases import (
    Clitics,
    Match,
    PhraseIndex,
    Tagger,
    Tags,
    Token,
    genitive,
    readings,
    verbal,
)
from .mentions import Mentions

COMMA = ","


@dataclass
class Segment:
    start: int
    end: int
    kind: str              # root | attach | clause | past | future | reporting | complement
    parent: int | None
    status: str = "actual"
    pronoun_subject: bool = False
    relative: bool = False     # opened by الذي/التي: it describes a noun, not the clause

@dataclass
class Frame:
    sentence: int
    segment: int
    kind: str                       # meeting | phone | visit | reference
    status: str
    tense: str                      # past | present | noun
    core: list[int] = field(default_factory=list)    # indices into mentions.people
    extra: list[int] = field(default_factory=list)   # present without being subject/object
    excluded: dict[int, str] = field(default_factory=dict)  # person mention → reason
    pair: bool = False
    headline: bool = False
    segments: tuple[int, ...] = ()  # the segments whose places and dates belong to the frame


BOUNDS = ("attach", "clause", "past", "future")  # "relative" is a list of attach words, not a kind


class FrameRules:
    """The compiled data of meetings.yaml: one tagger for every word list, plus the verbs."""

    def __init__(self, lang: Language) -> None:
        m = lang.meetings
        f = lang.fold
        self.triggers: PhraseIndex[tuple[str, str, str]] = PhraseIndex()
        for t in m.triggers:
            for form in t.forms:
                self.triggers.add(f(form), (t.kind, t.tense, t.role))
        self.needs_object = lang.keyset(m.needs_object["verbs"])
        self.window = int(m.needs_object["window"])
        lists = {"objects": m.needs_object["objects"], "nouns": m.nouns["indefinite"],
                 "definite": m.nouns["definite"], "phone": m.phone["nouns"], "phone_confirm": m.phone["confirm"],
                 "presence": m.presence, "pair": m.pair_words, "not_present": m.not_present,
                 "welcome": m.welcome, "reporting": m.reporting, "was": m.pluperfect["was"],
                 **m.boundaries, **m.status}
        self.tagger = Tagger({name: [f(p) for p in phrases] for name, phrases in lists.items()})
        self.complementizers = lang.keyset(m.complementizers)
        self.pronoun_comps = frozenset(c for c in self.complementizers
                                       if c.endswith(tuple(lang.text.pronoun_suffixes)))
        self.was = lang.keyset(m.pluperfect["was"])
        self.qad = f(m.pluperfect["qad"])
        self.no_comma_reporting = lang.keyset(m.reporting_no_complement)

    def tag(self, toks: list[Token]) -> Tags:
        return self.tagger.tag(toks)


def _gap(key: str, toks: list[Token], i: int) -> str:
    return key[toks[i - 1].end:toks[i].start] if i > 0 else ""


def _bounds(tags: Tags, n: int) -> dict[int, tuple[str, Match]]:
    """Clause boundaries by word position (a phrase listed as not a boundary wins)."""
    out: dict[int, tuple[str, Match]] = {}
    for kind in reversed(BOUNDS):  # earlier kinds win where two lists share a word
        for m in tags.find(kind, 0, n):
            if verbal(m.clitic) and not tags.at(m.start, "not_boundary"):
                out[m.start] = (kind, m)
    return out


def segment(key: str, toks: list[Token], rules: FrameRules, tags: Tags) -> list[Segment]:
    """Cut a sentence into clauses; see the module docstring."""
    segs: list[Segment] = []
    cur = Segment(0, 0, "root", None)
    adverbial_parent: int | None = None
    i = 0
    n = len(toks)
    bounds = _bounds(tags, n)
    while i < n:
        resumed = False
        if cur.kind in ("past", "future") and i > cur.start and COMMA in _gap(key, toks, i):
            cur.end = i
            segs.append(cur)
            back = adverbial_parent if adverbial_parent is not None else len(segs) - 1
            cur = Segment(i, i, "resume", back)  # the clause the adverbial interrupted goes on
            adverbial_parent = None
            resumed = True
        if i > cur.start or resumed or (i == 0 and not segs):
            hit = bounds.get(i)
            if hit:
                kind, m = hit
                if i > cur.start:
                    cur.end = i
                    segs.append(cur)
                parent = (cur.parent if resumed and cur.parent is not None else len(segs) - 1) if segs else None
                if kind in ("past", "future"):
                    adverbial_parent = parent
                cur = Segment(i, i, kind, parent, relative=bool(tags.at(i, "relative")))
                i = m.end
                continue
        i += 1
    cur.end = n
    if cur.end > cur.start or not segs:
        segs.append(cur)
    return _split_reporting(key, toks, segs, rules, tags)


def _split_reporting(key: str, toks: list[Token], segs: list[Segment], rules: FrameRules,
                     tags: Tags) -> list[Segment]:
    """Cut "قال X إن ..." into the clause before, the speaker's part and what was said."""
    out: list[Segment] = []
    remap: dict[int, int] = {}
    for idx, seg in enumerate(segs):
        parent = remap.get(seg.parent) if seg.parent is not None else None
        cut = _reporting_cut(key, toks, seg, rules, tags)
        if cut:
            r, c, pronoun = cut
            if r > seg.start:
                out.append(Segment(seg.start, r, seg.kind, parent, relative=seg.relative))
                parent = len(out) - 1
            out.append(Segment(r, c, "reporting", parent))
            remap[idx] = len(out)  # clauses that hang on this one hang on what was said
            out.append(Segment(c, seg.end, "complement", len(out) - 1, pronoun_subject=pronoun))
        else:
            remap[idx] = len(out)
            out.append(Segment(seg.start, seg.end, seg.kind, parent, relative=seg.relative))
    for seg in out:
        _set_status(toks, seg, out, rules, tags)
    return out


def _reporting_cut(key: str, toks: list[Token], seg: Segment, rules: FrameRules,
                   tags: Tags) -> tuple[int, int, bool] | None:
    """(reporting start, complement start, complement has a pronoun subject) or None."""
    for c in range(seg.start + 1, min(seg.end, seg.start + 5)):
        if ":" in _gap(key, toks, c):
            return seg.start, c, False  # "بيسكوف: بوتين يلتقي الأسد" (an attributed headline)
    for r in range(seg.start, seg.end):
        m = tags.at(r, "reporting")
        if not m or not verbal(m.clitic) or m.end > seg.end:
            continue
        first = readings(toks[m.start].text)
        for c in range(m.end, min(seg.end, m.end + 14)):
            if toks[c].text in rules.complementizers or ":" in _gap(key, toks, c):
                return r, c, toks[c].text in rules.pronoun_comps
            if any(stem in rules.no_comma_reporting for stem, _ in first) and COMMA in _gap(key, toks, c):
                return r, c, False
    return None


def _set_status(toks: list[Token], seg: Segment, segs: list[Segment], rules: FrameRules, tags: Tags) -> None:
    own = None
    for status in ("negated", "planned", "background"):
        if tags.any(status, seg.start, seg.end):
            own = status
            break
    if own is None:
        for m in tags.find("was", seg.start, seg.end):
            if verbal(m.clitic) and any(t.text == rules.qad for t in toks[m.end:min(seg.end, m.end + 7)]):
                own = "background"
                break
    if own:
        seg.status = own
    elif seg.kind == "past":
        seg.status = "background"
    elif seg.kind == "future":
        seg.status = "planned"
    elif seg.kind in ("attach", "resume") and seg.parent is not None:
        seg.status = segs[seg.parent].status
    else:
        seg.status = "actual"


def _trigger(toks: list[Token], seg: Segment, rules: FrameRules, skip: set[int],
             tags: Tags) -> tuple[str, str, int] | None:
    """(kind, tense, token) of the first meeting word in a clause (names and quotes skipped)."""
    found = None
    for i in range(seg.start, seg.end):
        if i in skip:
            continue
        m = rules.triggers.match_at(toks, i)
        if m and verbal(m.clitic):
            kind, tense, _ = m.value
            word = toks[i].text[len(m.clitic):]
            if word in rules.needs_object and not any(
                    tags.at(j, "objects") for j in range(m.end, min(seg.end, m.end + rules.window))):
                continue
            return {"visit": "visit", "talk": "talk"}.get(kind, "meeting"), tense, i
        if found is None:
            nm = tags.at(i, "nouns")
            if nm and nm.clitic[-1:] in ("", *Clitics.conjunctions, *Clitics.prepositions):
                found = ("meeting", "noun", i)
    return found


def frames_of(sentence: int, key: str, toks: list[Token], segs: list[Segment], mentions: Mentions,
              rules: FrameRules, headline: bool, tags: Tags) -> list[Frame]:
    """Meeting frames (and references to the article's meeting) of one sentence."""
    people = mentions.people
    skip = set(mentions.covered) | _quoted(key, toks)
    where = {i: next((s for s, seg in enumerate(segs) if seg.start <= p.start < seg.end), 0)
             for i, p in enumerate(people)}
    out: list[Frame] = []
    for s, seg in enumerate(segs):
        if seg.kind == "reporting":
            continue
        a, b = seg.start, seg.end
        if tags.any("welcome", a, b):
            continue
        phone = next(iter(tags.find("phone", a, b)), None)
        trig = _trigger(toks, seg, rules, skip, tags)
        if not trig and tags.any("presence", a, b) and (tags.any("pair", a, b) or tags.any("definite", a, b)):
            trig = ("meeting", "past", a)  # "انضم إلى الاثنين", "حضر اللقاء": people joining the meeting
        is_phone = phone is not None and tags.any("phone_confirm", a, b)
        if not trig and not is_phone:
            if tags.any("definite", a, b):
                out.append(Frame(sentence, s, "reference", seg.status, "noun", segments=_family(s, segs)))
            continue
        members = [i for i, p in enumerate(people) if where[i] == s]
        inherited = []
        if seg.parent is not None and (seg.kind in ("attach", "resume")
                                       or (seg.kind == "complement" and seg.pronoun_subject)):
            inherited = [i for i, p in enumerate(people) if where[i] == seg.parent]
        if seg.kind != "resume":
            inherited += [i for i, p in enumerate(people) if segs[where[i]].kind == "resume"
                          and segs[where[i]].parent == s]
        frame = Frame(sentence, s, "phone" if is_phone else trig[0], seg.status,
                      "noun" if is_phone else trig[1], headline=headline, segments=_family(s, segs))
        if headline and frame.tense == "present" and frame.status == "planned":
            frame.status = "actual"
        elif not headline and frame.tense == "present" and frame.status == "actual":
            frame.status = "planned"
        gov_end = [m.end for m in tags.find("not_present", a, b)]
        pres = [m.end for m in tags.find("presence", a, b)]
        frame.pair = tags.any("pair", a, b)
        for i in inherited + members:
            p = people[i]
            if any(0 <= p.start - e <= 4 or _coordinated(people, i, e) for e in gov_end):
                frame.excluded[i] = "ordered"
            elif genitive(p.clitic):
                frame.excluded[i] = "named"  # "حليف للأسد", "رسالة للرئيس": not a party to the verb
            elif pres and any(p.start >= e for e in pres):
                frame.extra.append(i)
            elif pres and frame.pair:
                frame.extra.append(i)
            else:
                frame.core.append(i)
        if is_phone:
            _phone_parties(frame, people, phone.end)
        if frame.kind == "visit" and len(frame.core) + len(frame.extra) < 2:
            continue  # a visit to a place is a meeting only with someone there
        out.append(frame)
    return out


def _quoted(key: str, toks: list[Token]) -> set[int]:
    """Tokens inside quotation marks: a quoted "ألتقي" is speech, not a report."""
    inside: set[int] = set()
    depth = 0
    pos = 0
    for i, tok in enumerate(toks):
        depth = (depth + key.count('"', pos, tok.start)) % 2
        if depth:
            inside.add(i)
        pos = tok.end
    return inside


def _family(s: int, segs: list[Segment]) -> tuple[int, ...]:
    """A clause with the attached clauses that hang on it (and its own parent if attached)."""
    fam = [s] + [j for j, seg in enumerate(segs) if seg.parent == s and seg.kind in ("attach", "resume")]
    if segs[s].kind in ("attach", "resume") and segs[s].parent is not None:
        fam.append(segs[s].parent)
    return tuple(sorted(set(fam)))


def reasons(toks: list[Token], segs: list[Segment], mentions: Mentions, tags: Tags) -> dict[int, str]:
    """Why people of a sentence are not present, whatever its frames: ordered or quoted."""
    out: dict[int, str] = {}
    people = mentions.people
    for seg in segs:
        members = [i for i, p in enumerate(people) if seg.start <= p.start < seg.end]
        if seg.kind == "reporting":
            for i in members:
                out[i] = "quoted"
            continue
        for m in tags.find("not_present", seg.start, seg.end):
            for i in members:
                if 0 <= people[i].start - m.end <= 4 or _coordinated(people, i, m.end):
                    out[i] = "ordered"
    return out


def _coordinated(people, i: int, gov_end: int) -> bool:
    """Person i follows (by و) a person that stands right after a not-present phrase."""
    first = next((j for j, p in enumerate(people) if 0 <= p.start - gov_end <= 4), None)
    if first is None or i <= first:
        return False
    return all(people[k].start - people[k - 1].end <= 6 for k in range(first + 1, i + 1))


def _phone_parties(frame: Frame, people, noun_end: int) -> None:
    """A call is between its subject and the first person named after the call noun."""
    before = [i for i in frame.core if people[i].end <= noun_end]
    after = [i for i in frame.core if people[i].start >= noun_end][:1]
    frame.core = before[-1:] + after if before else before + [i for i in frame.core if people[i].start >= noun_end][:2]
