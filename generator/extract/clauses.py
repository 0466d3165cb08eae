"""A sentence cut into clauses, each with the status of what it tells.

Boundaries come from meetings.yaml: attached clauses (حيث، الذي) share their parent's
status; independent clauses (فيما، ثم) have their own; adverbial clauses about something
earlier (بعد أن، منذ) are background and about something later (قبل أن) planned, each up to
the next comma; "قال X إن ..." splits into the speaker's part and what was said. Words in a
clause (من المقرر، كان قد، لم يلتق) set its status.

Example: "التقى الأسد شويغو، بعد أن كان قد زار حميميم" → an actual root clause and a
background adverbial clause.
"""
from __future__ import annotations

from ..lang.words import Match, Tags
from .doc import Clause, ClauseKind, Sent, Status
from .lexicon import Lexicon

COMMA = ","
CLOSERS = frozenset(",.;:")     # end an adverbial clause ("أول وفد منذ سقوط الأسد.. الشرع يستقبل")
BOUNDS = (ClauseKind.ATTACH, ClauseKind.CLAUSE, ClauseKind.PAST, ClauseKind.FUTURE)


def _bounds(sent: Sent, n: int, lex: Lexicon) -> dict[int, tuple[ClauseKind, Match]]:
    """Clause boundaries by word position (a phrase listed as not a boundary wins)."""
    tags = sent.tags
    out: dict[int, tuple[ClauseKind, Match]] = {}
    inside = {i for m in tags.find("not_boundary", 0, n) for i in range(m.start, m.end)}
    for kind in reversed(BOUNDS):  # earlier kinds win where two lists share a word
        for m in tags.find(kind.value, 0, n):
            if lex.clitics.verbal(m.clitic) and m.start not in inside:   # "فيما بعد" is no boundary
                out[m.start] = (kind, m)
    # "وصل رئيسي إلى الرياض، والتقى أمير قطر": a meeting verb joined by و after a comma begins a
    # clause that shares the people and the status of the one before it
    for m in tags.find("trigger", 1, n):
        if m.start not in out and lex.clitics.conjoined(m.clitic) and COMMA in sent.gap(m.start):
            out[m.start] = (ClauseKind.ATTACH, Match(m.start, m.start, m.value, m.clitic))
    # "لافروف يستقبل الشيباني.. ويدعو الشرع": a headline's two dots join two statements
    # (the gaps are pieces of the key: most sentences have no dots to look for)
    if ".." in sent.key or "\u2026" in sent.key:
        for i in range(1, n):
            if i not in out and (".." in sent.gap(i) or "\u2026" in sent.gap(i)):
                out[i] = (ClauseKind.CLAUSE, Match(i, i, None, ""))
    return out


def _date_aside(sent: Sent, i: int) -> bool:
    """Words from i to the next comma or stop are only a date ("التقى خلالها شي، الجمعة،"):
    the date of the clause before them."""
    j = i
    while j < len(sent.toks) and (sent.tags.at(j, "date_word") or sent.toks[j].text.isdigit()):
        j += 1
        if j == len(sent.toks) or CLOSERS & set(sent.gap(j)):
            return True
    return False


def _own_noun(sent: Sent, j: int, lex: Lexicon) -> bool:
    """The adverbial opens on a noun of its own ("بعد محطة في بكين، التقى خلالها"), not on one
    with "his" or "its" ("بعد عودته إلى دمشق، التقى خلالها": "during it" is the visit before)."""
    if j >= len(sent.toks) or sent.toks[j].text.startswith(lex.article):
        return False
    return not sent.display(j, j + 1).endswith(tuple(lex.lang.text.pronoun_suffixes))


def _interrupts(sent: Sent, rel: Clause, segs: list[Clause], lex: Lexicon) -> bool:
    """The relative clause, set off by a comma, follows a short clause of a meeting verb and
    its subject, whose object is still to come ("التقى الرئيس ماكرون، الذي وصل أمس، ...")."""
    if not rel.relative or rel.parent is None or COMMA not in sent.gap(rel.start):
        return False
    parent = segs[rel.parent]
    if parent.end != rel.start:
        return False
    verbs = [m for name in ("trigger", "gather", "presence") for m in sent.tags.find(name, parent.start, parent.end)
             if lex.clitics.verbal(m.clitic)]
    return any(parent.end - m.end <= lex.settings.interrupted_subject for m in verbs)


def _list_goes_on(sent: Sent, i: int, parent: Clause, lex: Lexicon) -> bool:
    """After a relative clause on one of a meeting verb's people, "، والسيد ..." / "، ووزير ..."
    names the next of them ("استقبل كلا من ... رئيس وزراء بلجيكا التي تتولى الرئاسة، والسيد ...")."""
    m = sent.tags.at(i, "honorific") or sent.tags.at(i, "head")
    return m is not None and lex.clitics.conjoined(m.clitic) and any(
        lex.clitics.verbal(t.clitic) for name in ("trigger", "gather", "presence") for t in sent.tags.find(name, parent.start, parent.end))


def _and_noun(sent: Sent, i: int, lex: Lexicon) -> bool:
    """Word i is و and a verbal noun ("بعد انتظار دام أشهرا، وإلغاء زيارة، التقى"), no particle
    or name ("وإن"، "وإلى"، "وإسبانيا")."""
    return sent.display(i, i + 1).startswith(lex.adverbial_and_nouns) and not any(
        sent.tags.at(i, name) for name in ("function", "complementizer", "place", "country", "person", "org", "nisba"))


def segment(sent: Sent, lex: Lexicon) -> list[Clause]:
    """Cut a sentence into clauses; see the module docstring."""
    toks, tags = sent.toks, sent.tags
    segs: list[Clause] = []
    cur = Clause(0, 0, ClauseKind.ROOT, None)
    adverbial_parent: int | None = None
    opened = 0      # the first word of the adverbial clause under way, after its opener
    i = 0
    n = len(toks)
    bounds = _bounds(sent, n, lex)
    while i < n:
        resumed = False
        if cur.kind in (ClauseKind.PAST, ClauseKind.FUTURE) and i > cur.start and CLOSERS & set(sent.gap(i)) \
                and not (COMMA in sent.gap(i) and (tags.at(i, "goes_on") or _date_aside(sent, i)
                                                   or _and_noun(sent, i, lex)
                                                   or (tags.at(i + 1, "during_it") and _own_noun(sent, opened, lex)))):
            cur.end = i
            segs.append(cur)
            if (cur.start == 0 and cur.parent is None) or (
                    segs[0].start == 0 and segs[0].parent is None and segs[0].kind in (ClauseKind.PAST, ClauseKind.FUTURE)
                    and all(s.kind in (ClauseKind.PAST, ClauseKind.FUTURE, ClauseKind.ATTACH) for s in segs)):
                # "بعد يوم قضاه بين الأهرامات، انتقل الرئيس ...": an adverbial opening the
                # sentence is followed by its main clause, not interrupted (so too with an
                # adverbial inside it: "بعد يوم على وصوله في أول جولة له منذ خمس سنوات، أجرى")
                cur = Clause(i, i, ClauseKind.ROOT, None)
                adverbial_parent = None
                i += 1
                continue
            back = adverbial_parent if adverbial_parent is not None else len(segs) - 1
            outer = segs[back].parent
            if outer is not None and tags.at(i, "head") and _interrupts(sent, segs[back], segs, lex):
                back = outer   # "التقى ماكرون، الذي يزور لبنان منذ يومين، رئيس الوزراء"
            cur = Clause(i, i, ClauseKind.RESUME, back)  # the clause the adverbial interrupted goes on
            adverbial_parent = None
            resumed = True
        if cur.relative and i > cur.start and COMMA in sent.gap(i) and cur.parent == len(segs) - 1 \
                and ((tags.at(i, "head") and _interrupts(sent, cur, segs, lex)) or _list_goes_on(sent, i, segs[cur.parent], lex)):
            # "وجمع الاجتماع، الذي دعا إليه بوريل، الرئيس الصربي ...": the meeting verb's object
            # after the relative clause set off by commas
            cur.end = i
            segs.append(cur)
            cur = Clause(i, i, ClauseKind.RESUME, cur.parent)
            resumed = True
        if i > cur.start or resumed or (i == 0 and not segs):
            hit = bounds.get(i)
            if hit:
                kind, m = hit
                if i > cur.start:
                    cur.end = i
                    segs.append(cur)
                parent = (cur.parent if resumed and cur.parent is not None else len(segs) - 1) if segs else None
                if resumed and kind is ClauseKind.ATTACH and segs and tags.at(i, "attach") \
                        and segs[-1].kind is ClauseKind.PAST and not tags.at(i, "attach_main") \
                        and (tags.any("place", segs[-1].start, segs[-1].end)
                             or tags.any("country", segs[-1].start, segs[-1].end)):
                    # "بعد ... زيارة المقداد إلى جدة، حيث التقى نظيره": where the adverbial took us
                    # (but "حل ببوغوتا في أول زيارة منذ تنصيب الرئيس، حيث أجرى": a span of
                    # time is no "where"; the clause it interrupted goes on)
                    parent = len(segs) - 1
                if kind in (ClauseKind.PAST, ClauseKind.FUTURE):
                    adverbial_parent, opened = parent, m.end
                cur = Clause(i, i, kind, parent, relative=bool(tags.at(i, "relative")))
                i = m.end
                continue
        i += 1
    cur.end = n
    if cur.end > cur.start or not segs:
        segs.append(cur)
    return _split_reporting(sent, segs, lex)


def _split_reporting(sent: Sent, segs: list[Clause], lex: Lexicon) -> list[Clause]:
    """Cut "قال X إن ..." into the clause before, the speaker's part and what was said."""
    out: list[Clause] = []
    remap: dict[int, int] = {}
    told: dict[int, int] = {}   # a clause cut this way → its reporting part
    for idx, seg in enumerate(segs):
        parent = remap.get(seg.parent) if seg.parent is not None else None
        if seg.parent in told and sent.tags.at(seg.start, "attach_main"):
            # "أعلن ماكرون أنه سيزور الهند، وذلك في ختام محادثات ...": "this was" tells of the
            # announcing, not of what was announced
            parent = told[seg.parent]
        start, kind, relative, pronoun_subject = seg.start, seg.kind, seg.relative, False
        cut = _reporting_cut(sent, seg, lex)
        while cut:
            r, c, pronoun = cut
            if r > start:
                out.append(Clause(start, r, kind, parent, relative=relative, pronoun_subject=pronoun_subject))
                parent = len(out) - 1
            out.append(Clause(r, c, ClauseKind.REPORTING, parent))
            parent = told[idx] = len(out) - 1
            start, kind, relative, pronoun_subject = c, ClauseKind.COMPLEMENT, False, pronoun
            # what was said may go on with another reporting word ("أن الزيارة يُنتظر أن تفتح
            # فصلا جديدا، مضيفا أن الزعيمين عقدا محادثات"): each part has its own status
            cut = _reporting_cut(sent, Clause(c + 1, seg.end, kind, parent), lex, headline=False)
        remap[idx] = len(out)  # clauses that hang on this one hang on (the last of) what was said
        out.append(Clause(start, seg.end, kind, parent, relative=relative, pronoun_subject=pronoun_subject))
    for seg in out:
        _set_status(sent, seg, out, lex)
    return out


def _reporting_cut(sent: Sent, seg: Clause, lex: Lexicon, headline: bool = True) -> tuple[int, int, bool] | None:
    """(reporting start, complement start, complement has a pronoun subject) or None."""
    toks, tags = sent.toks, sent.tags
    for c in range(seg.start + 1, min(seg.end, seg.start + 5)) if headline else ():
        if ":" in sent.gap(c):
            return seg.start, c, False  # "بيسكوف: بوتين يلتقي الأسد" (an attributed headline)
    reporting = tags.starts("reporting")
    for r in range(seg.start, seg.end):
        m = reporting.get(r)
        if not m or not lex.clitics.verbal(m.clitic) or m.end > seg.end:
            continue
        first = lex.clitics.readings(toks[m.start].text)
        for c in range(m.end, min(seg.end, m.end + lex.settings.reporting_reach)):
            if toks[c].text in lex.complementizers or ":" in sent.gap(c):
                return r, c, toks[c].text in lex.pronoun_comps
            if any(stem in lex.no_comma_reporting for stem, _ in first) and COMMA in sent.gap(c):
                return r, c, False
    return None


def marked(sent: Sent, a: int, b: int, lex: Lexicon) -> Status | None:
    """The status words in tokens [a, b) set (من المقرر، كان قد، لم يلتق), if any."""
    tags = sent.tags
    # (opening the clause: "حيث زار في وقت سابق اليوم حميميم" tells where a traveller came from)
    same_day = [(m.start, m.end) for m in tags.find("sequel", a, b) if m.start <= a + 1]
    # ("وكانت وونغ قد بحثت في وقت سابق الثلاثاء": earlier that day, another meeting of it)
    # (but "وكان كيشيدا قد وصل إلى الدوحة في وقت سابق اليوم" is an arrival told before its news)
    that_day = [(m.start, m.end) for m in tags.find("earlier_that_day", a, b)
                if m.end < b and tags.at(m.end, "date_word")] if not tags.any("arrival", a, b) else []
    same_day += that_day
    for status in (Status.NEGATED, Status.PLANNED, Status.BACKGROUND):
        # ("في وقت سابق من اليوم": earlier that day, another meeting of it, not background)
        if any(not any(x <= m.start and m.end <= y for x, y in same_day) for m in tags.find(status.value, a, b)):
            return status
    if not that_day and pluperfect(sent, a, b, lex):
        return Status.BACKGROUND
    return None


def pluperfect(sent: Sent, a: int, b: int, lex: Lexicon) -> bool:
    """Whether "كان ... قد" stands in tokens [a, b) ("وكان الرئيس قد استقبل")."""
    return any(lex.clitics.verbal(m.clitic) and any(t.text == lex.qad for t in sent.toks[m.end:min(b, m.end + lex.pluperfect_window)])
               for m in sent.tags.find("was", a, b))


def _set_status(sent: Sent, seg: Clause, segs: list[Clause], lex: Lexicon) -> None:
    own = marked(sent, seg.start, seg.end, lex)
    if own is not None:
        # from the start to each comma, what the markers so far say
        cuts = [i for i in range(seg.start + 1, seg.end) if COMMA in sent.gap(i)]
        first = marked(sent, seg.start, cuts[0] if cuts else seg.end, lex)
        seg.steps = []
        for k, cut in enumerate(cuts):
            upto = cuts[k + 1] if k + 1 < len(cuts) else seg.end
            seg.steps.append((cut, marked(sent, seg.start, upto, lex) or Status.ACTUAL))
        if first is None:
            own = Status.ACTUAL if seg.kind not in (ClauseKind.PAST, ClauseKind.FUTURE) else None
            if own is not None:
                seg.status = own
                return
    if own:
        seg.status = own
    elif seg.kind is ClauseKind.PAST:
        seg.status = Status.BACKGROUND
    elif seg.kind is ClauseKind.FUTURE:
        seg.status = Status.PLANNED
    elif seg.kind in (ClauseKind.ATTACH, ClauseKind.RESUME) and seg.parent is not None:
        # (a relative clause, from where it attaches: "... ، وآخرها القمة في إسطنبول في وقت
        # سابق، والتي شارك فيها"; but "وذلك خلال" goes on with the whole clause)
        seg.status = segs[seg.parent].status_at(seg.start) if seg.kind is ClauseKind.ATTACH and seg.relative \
            else segs[seg.parent].status
        if seg.status is Status.PLANNED and seg.kind is ClauseKind.ATTACH and sent.tags.any("past_day", seg.start, seg.end):
            # "وغادر أثينا متوجها إلى صوفيا، حيث عقد أمس محادثات": where the trip led, what
            # was done yesterday
            seg.status = Status.ACTUAL
    elif seg.kind is ClauseKind.CLAUSE and seg.parent is not None and segs[seg.parent].status is Status.PLANNED \
            and _future_verb(sent, seg, lex):
        # "سيجري مباحثات مع ضيفه، كما سيترأس قائدا البلدين مراسم التوقيع": the plan goes on
        seg.status = Status.PLANNED
    elif seg.kind is ClauseKind.CLAUSE and seg.parent is not None and sent.tags.at(seg.start, "ellipsis") \
            and segs[seg.parent].status is Status.BACKGROUND:
        # "إذ سبق أن زارها في تموز، ثم رافق الرئيس في زيارته": "then" goes on with the past
        seg.status = Status.BACKGROUND
    elif seg.kind is ClauseKind.CLAUSE and seg.parent is not None and sent.tags.at(seg.start, "ellipsis") \
            and segs[seg.parent].status is Status.PLANNED and _verbless(sent, seg):
        # "ومن المقرر أن يتوجه إلى أيسلندا، ثم إلى اليابان للمشاركة في القمة": "then" and no verb
        # of its own goes on with the plan ("ثم تواصلت المحادثات" tells what was done)
        seg.status = Status.PLANNED
    else:
        seg.status = Status.ACTUAL


def _verbless(sent: Sent, seg: Clause) -> bool:
    """The clause goes on after its opener with a function word ("ثم إلى اليابان"): no verb."""
    return seg.start + 1 < seg.end and sent.tags.at(seg.start + 1, "function") is not None


def _future_verb(sent: Sent, seg: Clause, lex: Lexicon) -> bool:
    """The clause's first word after its opener is a verb in the future ("كما سيترأس"، "فيما ستقيم")."""
    f = lex.lang.meetings.future
    for j in range(seg.start, min(seg.end, seg.start + 2)):
        word = sent.toks[j].text
        if len(word) >= f.min_letters and word.startswith(f.prefix) and word[len(f.prefix):len(f.prefix) + 1] in f.persons:
            return True
    return False


def family(s: int, segs: list[Clause]) -> tuple[int, ...]:
    """A clause with the attached clauses that hang on it (and its own parent if attached)."""
    fam = [s] + [j for j, seg in enumerate(segs) if seg.parent == s and seg.kind in (ClauseKind.ATTACH,
                                                                                        ClauseKind.RESUME)]
    parent = segs[s].parent
    if segs[s].kind in (ClauseKind.ATTACH, ClauseKind.RESUME) and parent is not None:
        fam.append(parent)
    return tuple(sorted(set(fam)))
