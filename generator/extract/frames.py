"""Meeting frames: a meeting word and the people of its clause, with their roles.

A trigger (التقى، استقبلت، أجرى محادثات مع، بحثا، جمع لقاء، قمة بين، ترأس، وقّع) makes a
frame of the people in its clause: the subject (after the verb, or before it in a
headline), the objects, and those present (بحضور، بمشاركة، برفقة، حضر، the members of a
delegation). People who ordered the visit, sent greetings, are quoted, or are named in the
genitive ("للرئيس") are kept out. A clause whose verb has no subject of its own ("وعقد خلال
الزيارة جلسة مباحثات مع ...") takes the subject of the clause before it, across sentences,
when gender and number agree ("التقت" wants a woman).

Example: "التقى الرئيس السوري بشار الأسد اليوم السبت وزير الدفاع الروسي سيرغي شويغو،
الذي قام بزيارة بتكليف من الرئيس الروسي فلاديمير بوتين" → one actual frame, subject الأسد,
object شويغو; بوتين ordered the visit.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .carry import carry
from .clauses import family, marked
from .doc import Clause, ClauseKind, Doc, Sent, Status
from .frame_cues import (at_last_stop, attends_other, between_named, companion, held_remote, hosted_by_place,
                         hosting, over, person_next, quoted_tokens)
from .lexicon import Lexicon, TriggerWord
from .roles import assign_roles, joint_subject, phone_parties
from .sequel import same_day_sequel

NON_PARTIES = ("counterpart", "guest", "host")


@dataclass
class Frame:
    sentence: int
    clause: int
    kind: str                       # meet | talk | receive | visit | chair | sign | phone | reference | presence
    status: Status
    tense: str                      # past | present | noun
    subject: list[int] = field(default_factory=list)    # indices into sent.people
    objects: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)      # present without being subject or object
    excluded: dict[int, str] = field(default_factory=dict)
    pair: bool = False
    headline: bool = False
    clauses: tuple[int, ...] = ()   # the clauses whose places and dates belong to the frame
    number: str | None = None       # of the verb: m | f | d | p
    carried: list[int] = field(default_factory=list)    # entities taken from an earlier clause
    pronoun: str | None = None      # "استقبله": the object is a pronoun (m | f | d | p)
    remote: bool = False
    trigger: int = 0                # token of the meeting word
    separate: bool = False          # "في لقاء منفصل": a meeting apart from the others told

    @property
    def people(self) -> list[int]:
        return self.subject + self.objects + self.extra


class FrameReader:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.window = lex.settings.subject_window
        self.ta_marbuta = lex.lang.meetings.feminine_ending
        self.in_turn = [f" {lex.fold(p)} " for p in lex.lang.meetings.in_turn]
        # "لقائه"، "مباحثاتهما": a meeting noun with "his", "their"
        self.possessive = lex.possessive

    # ------------------------------------------------------------------ triggers
    def _trigger(self, sent: Sent, a: int, b: int, on_noun: bool = False) -> tuple[str, str, int, TriggerWord | None] | None:
        """(kind, tense, token, verb) of the first meeting word in tokens [a, b); `on_noun`: the
        clause describes a meeting noun ("القمة التي جمعت X و Y": the noun is the gathering's subject)."""
        tags, toks = sent.tags, sent.toks
        found = None
        triggers, nouns, gathers = tags.starts("trigger"), tags.starts("noun"), tags.starts("gather")
        taken, quoted = sent.taken, quoted_tokens(sent)
        for i in range(a, b):
            if i in taken or i in quoted:
                continue
            m = triggers.get(i)
            if m and self.lex.clitics.verbal(m.clitic) and not sent.written_with(m.end - 1, self.ta_marbuta) \
                    and not (m.end < b and tags.at(m.end, "welcome")):
                # (no verb ends with ة: "استضافة مؤتمر" is hosting, not "استضافه", he hosted him;
                # "صافح العاهل مستقبليه": the welcoming line, not a meeting)
                tw: TriggerWord = m.value
                word = " ".join(t.text for t in toks[i:m.end])
                word = word[len(m.clitic):]
                definite = tw.kind in self.lex.definite_objects
                if word in self.lex.needs_object and not any(
                        tags.at(j, "objects") or tags.at(j, "noun")
                        or (definite and (tags.at(j, "definite") or tags.at(j, "objects_definite")))
                        or (word in self.lex.seated and toks[j].text in self.lex.seated_with
                            and not (j + 1 < len(toks) and toks[j + 1].text in self.lex.seated_beside))
                        for j in self._window(sent, m.end, b)) and not (tw.kind == "talk" and joint_subject(self.lex, sent, m.end, b)):
                    continue
                return tw.kind, tw.tense, i, tw
            if found is None:
                nm = nouns.get(i)
                if nm and nm.clitic[-1:] in ("", *self.lex.clitics.conjunctions, *self.lex.clitics.prepositions):
                    found = ("meet", "noun", i, None)
                gm = gathers.get(i)
                # ("وجمع الاجتماع X وY": the meeting named again is the verb's subject)
                if gm and self.lex.clitics.verbal(gm.clitic) and (on_noun or tags.any("noun", max(a, i - 3), min(b, gm.end + 3))
                                                                 or (gm.end < b and tags.at(gm.end, "definite"))):
                    found = ("meet", "past", i, None)
        return found

    def _window(self, sent: Sent, start: int, end: int) -> list[int]:
        """The words after a verb where its object may stand: `object_window` words, not
        counting the names and titles of its subject ("عقد حضرة صاحب السمو الشيخ تميم بن حمد
        آل ثاني أمير البلاد المفدى، وفخامة الرئيس ماكي صال ... جلسة مباحثات")."""
        out: list[int] = []
        j = start
        while j < end and len(out) < self.lex.object_window:
            if j not in sent.taken:
                out.append(j)
            j += 1
        return out

    def _pronoun(self, sent: Sent, at: int) -> str | None:
        for stem, clitic in self.lex.clitics.readings(sent.toks[at].text):
            if self.lex.clitics.verbal(clitic) and stem in self.lex.object_pronoun:
                return self.lex.object_pronoun[stem]
        return None

    # ------------------------------------------------------------------ one sentence
    def frames(self, doc: Doc, sent: Sent) -> list[Frame]:
        """Meeting frames (and references to the article's meeting) of one sentence."""
        tags = sent.tags
        people = sent.people
        where = {i: sent.clause_of(p.span[0]) for i, p in enumerate(people)}
        headline = sent.kind in ("title", "heading")
        out: list[Frame] = []
        for c, clause in enumerate(sent.clauses):
            if clause.kind is ClauseKind.REPORTING:
                continue
            a, b = clause.start, clause.end
            arrival_only = False
            welcome = tags.find("welcome", a, b)
            if welcome or (clause.relative and clause.parent is not None and tags.any(
                    "welcome", sent.clauses[clause.parent].start, sent.clauses[clause.parent].end)):
                # (and "وتقدم للسلام على الملك، الذي كان مرفوقا بـ ...": who came with him to the greeting)
                arrival = self._trigger(sent, a, welcome[0].start) if welcome else None
                if arrival is None or arrival[0] != "visit" or clause.status is not Status.ACTUAL:
                    continue
                # "حط الرئيس في نيامي، وكان في استقباله ...": the arrival, told before its welcome
                # (its traveller alone: "على رأس وفد يضم ..." names no one he met)
                b, arrival_only = welcome[0].start, True
            gapped = self._gapped(sent, c, out, where)
            if gapped is not None:
                out.append(gapped)
                continue
            phone = next(iter(tags.find("phone", a, b)), None)
            is_phone = phone is not None and tags.any("confirm", a, b)
            trig = self._trigger(sent, a, b, sent.of_meeting(c))
            # ("لحضرة صاحب السمو" is a style: حضرة folds to حضره, "attended it")
            # ("في مباراة حضرها ماكرون": attending a thing the noun before names, not the meeting)
            presence = [m for m in tags.find("presence", a, b)
                        if not ((h := tags.at(m.start, "honorific")) and h.end - h.start > 1)
                        and not attends_other(sent, m.start, self.lex)
                        and not (tags.at(m.start, "presence_beside") and not person_next(sent, m.end))]
            # ("وبقادة حلف الناتو": "leaders", which folds like "قاده", "led it", but carries ب)
            # ("الحكومة المؤقتة برئاسة يونس": a government led by him, no delegation in a meeting)
            deleg = any(self.lex.clitics.verbal(m.clitic) for m in tags.find("deleg_members", a, b)) or any(
                self.lex.clitics.verbal(m.clitic) and tags.any("deleg_noun", 0, b) for m in tags.find("deleg_head", a, b))
            if trig and trig[1] == "noun" and any(
                    m.start < trig[2] or not any(trig[2] < p.span[0] < m.start for p in people)
                    for m in tags.find("presence_verb", a, b)):
                # "وقال إن X و Y انضما إلى الاثنين": joining the meeting named before; "مأدبة
                # عشاء على شرفه حضرها سانشيز": attending a thing (but "بلقاء الرئيس X، في اجتماع
                # شارك فيه الوزراء": a meeting with X, then who else sat in it)
                trig = None
            if not trig and not is_phone:
                trig = hosting(sent, c, where)
            # ("ويرافق العاهل المغربي وفد رسمي يضم ...": a clause opened by "accompanies" tells the trip)
            # (or the traveller's arrival: "ووصل بايدن إلى هانوي، ويرافقه وزير الخارجية")
            # (and "وضم الوفد المرافق للرئيس في الزيارة X وY", a clause that tells no meeting)
            party = not trig and deleg and tags.any("trip_party", a, b)
            if (presence or deleg) and (tags.any("trip_companion", 0, b) or party) and (
                    tags.any("trip_noun", 0, len(sent.toks)) or tags.any("arrival", 0, b) or tags.at(a, "trip_companion")):
                presence, deleg = [], False   # "ويرافق لولا في جولته وفد يضم ...": the trip's, not the talks'
                # (nor in any meeting the clause tells: "جرت له مراسم استقبال، يرافقه السيدة الأولى")
                opened = min((m.start for kind in ("trip_companion", "trip_party") for m in tags.find(kind, a, b)), default=b)
                companions = {i for i in range(len(people)) if where[i] == c and people[i].span[0] > opened}
            else:
                companions = set()
            if not trig and not is_phone:
                if (presence or deleg) and (tags.any("pair", a, b) or tags.any("definite", a, b) or deleg
                                            or any(where[i] == c for i in range(len(people)))):
                    trig = ("presence", "past", a, None)   # "حضر الاستقبال X"، "ضم الوفد X": joining the meeting
                elif (tags.any("definite", a, b) or tags.any("visit_noun", a, b)) and not between_named(sent, c, where):
                    noun = next(iter(tags.find("definite", a, b) or tags.find("visit_noun", a, b)))
                    two = self._told_before(doc, sent, every=True) if c == 0 and clause.status is Status.ACTUAL \
                        and tags.at(noun.start, "definite") else []
                    # ("اتفقت الوزيرة ونظيرها ... . جاء ذلك خلال جلسة المباحثات التي عقدها الوزيران اليوم":
                    # the meeting of the two the sentence before names)
                    out.append(Frame(sent.index, c, "meet" if len(two) >= 2 else "reference", clause.status, "noun",
                                     clauses=family(c, sent.clauses), headline=headline, trigger=noun.start,
                                     carried=two if len(two) >= 2 else []))
                    continue
                elif tags.any("definite", a, b):
                    # "وجاء اللقاء بين الرئيس X والمستشار Y": the meeting named with both its sides
                    trig = ("meet", "noun", next(iter(tags.find("definite", a, b))).start, None)
                else:
                    continue
            if trig:
                kind, tense, at, verb = trig
            else:
                assert phone is not None   # without a trigger, only a phone call comes this far
                kind, tense, at, verb = "phone", "noun", phone.start, None
            if is_phone:
                kind, tense = "phone", "noun"
            members = [i for i in range(len(people)) if where[i] == c and i not in companions and people[i].span[0] < b]
            inherited = []
            parent = sent.clauses[clause.parent] if clause.parent is not None else None
            # "وذلك غداة قمة جمعت مودي بالرئيس الصيني": a gathering names all its people itself
            # (unless it names them by a pronoun: "خلال محادثات جمعتهما", the two named before)
            gathered = any(tags.at(j, "gather") and not sent.display(j, j + 1).endswith(self.possessive)
                           for j in range(at, min(b, at + 3)))
            gathered = gathered or hosted_by_place(sent, clause, at)
            if parent is not None and not gathered and (clause.kind in (ClauseKind.ATTACH, ClauseKind.RESUME)
                                       or (clause.kind is ClauseKind.COMPLEMENT and clause.pronoun_subject)) \
                    and not tags.any("welcome", parent.start, parent.end):
                # (those who welcomed a visitor at the airport are not in the talks that follow)
                inherited = [i for i in range(len(people)) if where[i] == clause.parent]
                if verb is not None and verb.number == "d" and len(inherited + [i for i in range(len(people))
                                                                           if where[i] == c]) < 2 \
                        and parent.kind is ClauseKind.ATTACH and parent.parent is not None:
                    # "ظهر الرئيس وزعيم المعارضة ... في كمبالا، حيث يقيم الرئيس، وتصافحا": the two
                    # the sentence began with, not the one the clause between them names
                    pair = [i for i in range(len(people)) if where[i] == parent.parent]
                    inherited = pair if len(pair) >= 2 else inherited
            if not inherited and not members and parent is not None and verb is not None \
                    and verb.number in ("d", "p") and clause.kind in (ClauseKind.FUTURE, ClauseKind.PAST):
                # "دشّن سانشيز ومودي المجمّع، قبل أن يعقدا جلسة مباحثات": the two the clause before
                # named, as the verb's dual says
                named = [i for i in range(len(people)) if where[i] == clause.parent
                         and people[i].entity is not None and not people[i].genitive]
                if len(named) == 2 or (verb.number == "p" and len(named) > 2):
                    inherited = named
            if clause.kind is not ClauseKind.RESUME:
                # ("حطت طائرة ميلوني ... منذ توليها منصبها، يرافقها وزير الخارجية": after the
                # aside, those who came with her on the trip, not people she met)
                inherited += [i for i in range(len(people)) if sent.clauses[where[i]].kind is ClauseKind.RESUME
                              and sent.clauses[where[i]].parent == c and not companion(sent, where[i], people[i])]
            status = clause.status_at(at)
            if status is Status.ACTUAL and at_last_stop(sent, clause):
                status = Status.BACKGROUND   # "قادما من ويلينغتون، حيث التقى الاثنين ...": the stop before
            if tense == "noun" and (self._dated_by(sent, a, at) or over(sent, a, at, self.possessive)):
                status = Status.BACKGROUND
            # ("عقب مباحثات جمعتهما": talks that brought the two together, just before)
            said_in: int | None = None
            # ("بعد مباحثات أجرتها المسؤولتان صباح اليوم": talks held today, whatever day the clause says)
            today = all(e.kind in ("relative", "weekday") for e, d in sent.dates if d == c)
            held = at + 1 < b and sent.toks[at + 1].text in self.lex.held_by and today
            # ("جاء ذلك بعد محادثات مع أمير قطر": talks with someone, of the one who spoke before)
            held = held or (at + 1 < b and tags.at(at + 1, "link") is not None and today
                            and sent.key.startswith(self.lex.told_before))
            his = tense == "noun" and at == a + 1 and parent is not None and (held or (
                today and (sent.display(at, at + 1).endswith(self.possessive) or any(
                    tags.at(k, "gather") is not None and sent.display(k, k + 1).endswith(self.possessive)
                    for k in range(at + 1, min(b, at + 3))))))   # ("عقب مباحثات ثنائية جمعتهما")
            if status is Status.BACKGROUND and clause.kind is ClauseKind.PAST and not clause.steps \
                    and (tense == "past" or his) and kind != "presence" and not self._main_meeting(sent, clause) \
                    and (parent is None or parent.status is not Status.BACKGROUND):
                # "وهذا ما حدث مساء الأربعاء، حين استقبل بوتين ضيفه": "when" the news happened
                # (but "وتعود آخر زيارة له إلى 2018، حين دشن رفقة الملك ...": when the past did;
                # and "بعد زيارة قامت بها X برفقة Y": who came with her then, no meeting of the news)
                # and "أدلى به أبوالغيط عقب لقائه الرئيس عون": what he said right after his meeting
                status = Status.ACTUAL
                up = clause.parent
                while his and up is not None:
                    # (the nearest clause above that names someone: "أعلن أردوغان أن ...، وذلك عقب لقائه")
                    found = [i for i in range(len(people)) if where[i] == up]
                    if found:
                        inherited += found
                        said_in = up   # and its day is the meeting's
                        break
                    up = sent.clauses[up].parent

            told = self._told_before(doc, sent) if his else []
            frame = Frame(sent.index, c, kind, status, tense, headline=headline, carried=told,
                          clauses=family(c, sent.clauses), number=verb.number if verb else None, trigger=at,
                          remote=held_remote(sent, c, a, b, self.lex.settings.remote_noun_reach), pronoun=self._pronoun(sent, at) if verb else None)
            if said_in is not None:
                frame.clauses = tuple(sorted({*frame.clauses, said_in}))
            if headline and tense == "present" and frame.status in (Status.PLANNED, Status.ACTUAL):
                # a headline's present is the news, unless it names a day to come ("سلطان عُمان
                # يزور إيران الأحد المقبل")
                # or says it is soon ("يلتقي نظيره السعودي قريباً")
                soon = any(tags.any("soon", sent.clauses[k].start, sent.clauses[k].end) for k in frame.clauses)
                frame.status = Status.PLANNED if sent.day_ahead(frame.clauses) or soon else Status.ACTUAL
            elif not headline and (tense == "present" or (tense == "noun" and sent.day_ahead(frame.clauses))) \
                    and frame.status is Status.ACTUAL:
                # (a meeting noun on a day to come: "قمة ... التي تستضيفها بانجول يومي 4 و5 مايو المقبل")
                frame.status = Status.PLANNED
            # (and where the clause then tells: "قبل أن يتوجه الرئيسان إلى القصر حيث عقدا جلسة مباحثات")
            opener = sent.clauses[clause.parent] if clause.kind is ClauseKind.ATTACH and clause.parent is not None \
                and sent.clauses[clause.parent].kind is ClauseKind.FUTURE else clause
            if frame.status is Status.PLANNED and opener.kind is ClauseKind.FUTURE \
                    and same_day_sequel(sent, opener, doc.sents[sent.index - 1] if sent.index else None):
                # "بدأ غوتيريش يومه الثلاثاء بلقاء لافروف، قبل أن يستقبله بوتين بعد الظهر": later
                # that day, told as done
                frame.status = Status.ACTUAL
            frame.pair = tags.any("pair", a, b)
            frame.separate = tags.any("separate", a, b)
            assign_roles(self.lex, sent, frame, sorted(set(inherited + members)), at, [m.end for m in presence])
            if arrival_only:
                frame.objects, frame.extra = [], []
            if kind == "phone" and phone is not None:
                phone_parties(frame, people, phone.end)
            if frame.subject and len({people[o].entity for o in frame.objects}) >= 2 and kind != "phone" \
                    and self._in_turn(sent, a, b):
                # "التقت خلالها على التوالي زعيم المعارضة ... والرئيس ...": one meeting with each
                # (each news when the lead tells them; "كما التقى على هامش القمة كلا من X وY في لقاءين
                # منفصلين" later in the text tells them in passing)
                lead = sent.kind == "body" and sent.index - doc.body()[0].index < self.lex.settings.floor_sentences
                out += [replace(frame, objects=[o], subject=list(frame.subject), extra=list(frame.extra), separate=lead,
                                excluded=dict(frame.excluded), carried=list(frame.carried)) for o in frame.objects]
                continue
            out.append(frame)
        return out

    def _told_before(self, doc: Doc, sent: Sent, every: bool = False) -> list[int]:
        """"أعلن أردوغان ... . جاء ذلك في مؤتمر صحفي مع نظيره عقب مباحثات جمعتهما": the one who
        spoke in the sentence before."""
        if sent.index == 0 or not sent.key.startswith(self.lex.told_before):
            return []
        prev = doc.sents[sent.index - 1]
        first = [p.entity for p in prev.people if p.entity is not None and not p.genitive and prev.clause_of(p.span[0]) == 0]
        first = [e for k, e in enumerate(first) if e not in first[:k]]
        return first if every else first[:1]

    def _in_turn(self, sent: Sent, a: int, b: int) -> bool:
        """The clause says its objects were met one after the other ("على التوالي"، "تباعا")."""
        text = f" {sent.key[sent.toks[a].start:sent.toks[b - 1].end]} "
        return any(phrase in text for phrase in self.in_turn)

    def _dated_by(self, sent: Sent, a: int, at: int) -> bool:
        """The meeting noun at `at` follows غداة or عشية after a meeting of its own, named again
        or told by a verb: "وجاءت القمة غداة اجتماع شي ببايدن" and "التقى ماكرون شولتس، وذلك
        غداة لقائه بايدن" tell another meeting, the one the first is dated by (but "قال بلينكن
        ...، وذلك غداة لقائه شي" tells the meeting itself)."""
        offset = next((m for m in sent.tags.find("day_offset", max(a, at - 2), at)), None)
        if offset is None:
            return False
        verb = self._trigger(sent, 0, offset.start)
        return sent.tags.any("definite", a, offset.start) or (verb is not None and verb[1] != "noun")

    def _main_meeting(self, sent: Sent, clause: "Clause") -> bool:
        """The clause an adverbial hangs on tells a meeting of its own (then the adverbial is
        an earlier event: "التقى X Y بعد أن كان قد زار ...")."""
        if clause.parent is None:
            return False
        parent = sent.clauses[clause.parent]
        trig = self._trigger(sent, parent.start, parent.end)
        # "وهذا اللقاء هو الأول منذ ...، حين زار بوتين حميميم": the article's meeting compared
        # with an earlier one
        named_again = sent.tags.any("definite", parent.start, parent.end)
        # ("وتأتي محطة طهران بعد زيارة ... إلى الرياض": a trip that comes after an earlier one)
        comes = sent.tags.any("comes_after", parent.start, parent.end) and sent.tags.any("trip_noun", parent.start,
                                                                                            parent.end)
        return trig is not None or named_again or comes or _marked_background(sent, clause, self.lex)

    def _gapped(self, sent: Sent, c: int, before: list[Frame], where: dict[int, int]) -> Frame | None:
        """"التقت كلينتون مرسي أمس، ثم طنطاوي اليوم": a clause opened by ثم without a verb
        repeats the last verb, with its subject, for new objects."""
        clause = sent.clauses[c]
        opener = sent.tags.at(clause.start, "ellipsis")
        if clause.kind is not ClauseKind.CLAUSE or opener is None or not before:
            return None
        own = self._trigger(sent, clause.start, clause.end)
        if own is not None and own[1] != "noun":
            return None
        objects = [i for i in range(len(sent.people)) if where[i] == c and not sent.people[i].genitive]
        prev = before[-1]
        if not objects or prev.kind in ("reference", "presence") or not prev.subject:
            return None
        return Frame(sent.index, c, prev.kind, clause.status if clause.status is not Status.ACTUAL else prev.status,
                     prev.tense, subject=list(prev.subject), objects=objects, headline=prev.headline,
                     clauses=family(c, sent.clauses), number=prev.number, trigger=clause.start)

    # ------------------------------------------------------------------ whole article
    def read(self, doc: Doc) -> list[Frame]:
        """Every frame of the article, with subjects carried into clauses that lack one."""
        frames: list[Frame] = []
        first_body = next((s.index for s in doc.sents if s.kind == "body"), len(doc.sents))
        for sent in doc.sents:
            if sent.kind == "heading" and sent.index > first_body:
                continue     # a subheading or a stray line inside the text (a second headline counts)
            frames.extend(self.frames(doc, sent))
        carry(doc, frames, self.lex.settings.carry_sentences)
        for f in frames:
            sent = doc.sents[f.sentence]
            if not f.pair and f.number == "d" and f.tense != "noun" \
                    and not (f.subject or f.objects or f.extra or f.carried):
                # "وتوجه الرئيسان إلى قصر الاتحادية ... قبل أن يعقدا جلسة مباحثات": a dual verb with
                # nobody carried to it is the pair its sentence named before it
                f.pair = any(sent.tags.any("pair", sent.clauses[k].start, sent.clauses[k].end) for k in range(f.clause))
        return frames


def _marked_background(sent: Sent, clause: Clause, lex: Lexicon) -> bool:
    """The adverbial itself says "earlier" (كان قد، سبق أن)."""
    return marked(sent, clause.start, clause.end, lex) is Status.BACKGROUND
