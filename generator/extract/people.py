"""People named in a sentence: by the gazetteer's spellings, by title and name, by honorific
and name, by a name before its title, by an office alone, and by references.

    "استقبل رئيس الجمهورية محمد ولد الشيخ الغزواني ... رئيسة المفوضية الأوروبية أورسولا
    فون دير لاين" → two titled names; "بحضور محمد كامل عمرو وزير الخارجية" → a name before
    its title; "الوزير الروسي" → an office alone, resolved later; "نظيره الروسي فلاديمير
    بوتين" → a counterpart, named.

A sentence is read twice in an article: the second time, names the article gave in full
are known by their family name too ("وقال المهدي" after "عادل المهدي").
"""
from __future__ import annotations

from ..lang.words import PhraseIndex
from .apposition import Apposition
from .elided import ElidedTitles
from .mention_context import MentionContext
from .doc import Form, PersonMention, Sent, Title
from .lexicon import Lexicon, NameForm
from .place_mentions import place_mentions
from .roles import RELATIVE_OFFICES
from .titles import TitleReader


class PeopleFinder(Apposition, ElidedTitles, MentionContext):
    def __init__(self, lex: Lexicon, titles: TitleReader) -> None:
        super().__init__(lex)
        self.titles = titles
        self.gap = lex.settings.title_name_gap
        self.ta_marbuta = lex.lang.meetings.feminine_ending
        self._opens_foreign: dict[str, str | None] = {}   # word → the clitic before a foreign first name

    # ------------------------------------------------------------------ one sentence
    def find(self, sent: Sent, local: PhraseIndex[NameForm] | None, bare_lasts: dict[str, str] | None = None) -> None:
        """Fill sent.people, sent.places and sent.topics; `bare_lasts` maps family names to
        the article's names read only as a verb's subject."""
        sent.people, sent.taken = [], set()
        self._known(sent, local)
        self._titles(sent)
        self._elided(sent)
        self._honoured(sent)
        self._headed(sent)
        self._references(sent)
        self._bare(sent, bare_lasts or {})
        self._foreign(sent)
        for p in [p for p in sent.people if p.form is not Form.GAZETTEER and self._in_place_name(sent, p.span[0])]:
            # "في منتجع كامب ديفيد": no David in a place's name
            sent.people.remove(p)
            sent.taken -= set(range(p.span[0], p.span[1]))
        sent.people.sort(key=lambda p: p.span[0])
        self._middle_names(sent)
        self._party_and_state(sent)
        for p in sent.people:
            # "خطة الرئيس الأمريكي دونالد ترامب"، "إدارة الرئيس بايدن": the plan's or the
            # administration's owner, no party to what the clause tells
            at = p.span[0] - 1
            # (a rank between: "نصب الجنرال خوسيه دي سان مارتين")
            at = next((k - 1 for k in range(max(0, at - 2), at + 1) if (h := sent.tags.at(k, "honorific")) is not None
                       and h.end == p.span[0]), at)
            noun = sent.tags.at(at, "possessed") if at >= 0 and not p.genitive else None
            # (as written: "حملة" is a campaign, "حمله" carried it, though both have one key)
            if noun is not None and (not str(noun.value).endswith(self.ta_marbuta)
                                     or sent.written_with(at, self.ta_marbuta)):
                p.genitive = True
        sent.places = place_mentions(sent, self.lex)
        sent.topics = [(m.value, m.start, m.end) for m in sent.tags.find("topic", 0, len(sent.toks))]

    def _known(self, sent: Sent, local: PhraseIndex[NameForm] | None) -> None:
        matches = list(sent.tags.find("person", 0, len(sent.toks)))
        if local is not None:
            # (not a place after its noun: "في العاصمة الشيلية سانتياغو" is no "سانتياغو كافييرو")
            matches += [m for m in local.find(sent.toks) if not (m.end - m.start == 1 and (
                self._after_place_noun(sent, m.start) or self._adjective(sent, m.start)))]
        for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
            if not self._free(sent, m.start, m.end):
                continue
            if m.start > 0 and m.clitic == "" and sent.joined(m.start) and sent.toks[m.start - 1].text in self.lex.joiners:
                continue   # "عبدالعزيز بن سلمان بن عبدالعزيز" holds "سلمان بن عبدالعزيز": not that person
            if m.end - m.start == 1 and m.clitic[-1:] in self.lex.clitics.prepositions \
                    and m.clitic[-1:] not in self.lex.noun_prepositions:
                continue   # "مشروعات كبرى": ك on one word is the word's own letter, not "like Berri"
            if m.value.form == "short" and self._other_first_name(sent, m.start, m.value.person):
                continue   # "الكاتبة ليلى سليماني": another first name, so another person than "سليماني"
            if m.end - m.start == 1 and m.value.form.startswith("local") and sent.joined(m.start) \
                    and any(p.span[1] == m.start for p in sent.people) \
                    and self.lex.fold(m.value.person).split()[-2:-1] == [sent.toks[m.start - 1].text]:
                continue   # "محمد إدريس ديبي إتنو": the name's last word, not his father "إدريس ديبي إتنو"
            origin = None
            if m.value.form == "short" and m.value.person in self.lex.gaz.people:
                form, person = Form.GAZETTEER, m.value.person
                name = sent.bare(m.start, m.end, m.clitic, self.lex.clitics)
            elif m.value.form.startswith("local"):   # a name this article gave in full: its full form
                form, name, person = Form.LOCAL, m.value.person, None
                origin = Form(m.value.form.split(":")[1])
            else:
                form, person = Form.GAZETTEER, m.value.person
                name = sent.bare(m.start, m.end, m.clitic, self.lex.clitics)
            end = self._lineage(sent, m.end)
            pm = PersonMention(sent.index, m.start, end, form, name, person, clitic=m.clitic,
                               genitive=self.lex.clitics.genitive(m.clitic), origin=origin)
            sent.people.append(pm)
            self._take(sent, m.start, end)

    def _lineage(self, sent: Sent, end: int) -> int:
        """A known name goes on over "بن عبدالعزيز آل سعود": the rest of the same name."""
        toks = sent.toks
        while end + 1 < len(toks) and sent.joined(end) and sent.joined(end + 1) and toks[end].text in self.lex.joiners:
            # ("الملك سلمان بن عبد العزيز آل سعود": a compound given name after بن)
            step = 3 if toks[end + 1].text in self.lex.initial_joiners and end + 2 < len(toks) \
                and sent.joined(end + 2) else 2
            if not self.lex.is_name_word(toks[end + step - 1].text) or sent.tags.at(end + step - 1, "function"):
                break
            end += step
        return end

    def _titles(self, sent: Sent) -> None:
        n = len(sent.toks)
        i = 0
        heads = sent.tags.starts("head")
        while i < n:
            head = heads.get(i)
            if head is None or i in sent.taken or (head.end < n and sent.tags.at(head.end, "joiner")
                                                    and sent.toks[head.end].text not in self.lex.initial_joiners
                                                    and head.end - head.start == 1) \
                    or (i > 0 and head.clitic == "" and sent.joined(i) and (sent.tags.at(i - 1, "place_noun") or (
                        i > 1 and sent.tags.at(i - 1, "honorific") and sent.tags.at(i - 2, "place_noun")))):
                # "مساعد بن محمد" is a name (but "الرئيس عبد الفتاح السيسي" a title and a name);
                # "مطار الملك عبدالعزيز"، "مطار حضرة شاه جلال" a place
                i += 1
                continue
            if self._in_place_name(sent, i):
                i += 1          # "العاصمة نور سلطان": a city's name, no sultan
                continue
            if self._after_cleric(sent, i, head):
                i += 1          # "مولوي أمير خان متقي": after a cleric's style, "أمير" is a first name
                continue
            if head.end == i + 1 and self.names.maqsura(sent, i):
                i += 1          # "وإلى أن": "and to", not "والي" (a governor), where ي and ى differ
                continue
            title = self.titles.read(sent, i)
            if title is None:
                i += 1
                continue
            self._place_title(sent, title)
            i = max(title.end, i + 1)

    def _place_title(self, sent: Sent, title: Title) -> None:
        genitive = self.lex.clitics.genitive(title.clitic)
        if title.start > 0 and sent.tags.at(title.start - 1, "post_word"):
            # "ويشغل مرهف أبو قصرة منصب وزير الدفاع": the office of the person named before
            named = next((p for p in reversed(sent.people) if p.name and 0 < title.start - p.span[1] <= 3), None)
            if named is not None:
                if named.title is None:
                    named.title = title
                else:
                    named.extra_titles.append(title)
                self._take(sent, title.start, title.end)
                return
        if self._honoured_holder(sent, title):
            return
        after, style = self.names.skip_honorifics(sent, title.end)
        if after == title.end and after + 1 < len(sent.toks) and sent.toks[after].text in self.lex.adverbs \
                and sent.joined(after) and sent.joined(after + 1) \
                and (self._free(sent, after + 1, after + 2) or self._at(sent, after + 1) is not None):
            # "الرئيسة المولدوفية المنتخبة حديثا مايا ساندو": an adverb of the title's last word
            after += 1
        if after == title.end and self._possessor(sent, after):
            after += 1   # "والمستشار الإعلامي لبري علي حمدان": Berri's adviser, Ali Hamdan
        # ("... لغرب إفريقيا والساحل (أونواس)، الموزمبيقي ليوناردو سانتوس سيماو": the same after
        # the office's acronym in brackets)
        glossed = self._gloss_end(sent, after, comma=True) if after == title.end else None
        at = glossed if glossed is not None else after
        nisba = sent.tags.at(at, "nisba") if after == title.end and at + 1 < len(sent.toks) else None
        if nisba is not None and nisba.clitic == "" and "," in sent.gap(at) and sent.joined(nisba.end):
            # "رئيس مفوضية الاتحاد الإفريقي، التشادي موسى فكي محمد": the holder's own country,
            # then the holder
            after = nisba.end
        if after == title.end and (gloss := self._gloss_end(sent, after)) is not None:
            after = gloss   # "ورئيس وفد أنصار الله (الحوثيين) محمد عبد السلام"
        comma_ok = self.gap > 0
        can_follow = after < len(sent.toks) and (after > title.end or sent.joined(after, comma=comma_ok))
        if can_follow and after == title.end and not sent.joined(after) and self.lex.clitics.conjoined(
                next((c for _, c in self.lex.clitics.readings(sent.toks[after].text)[1:]), "")):
            can_follow = False   # "السفيرة الأمريكية بالقاهرة، وسلمته كلينتون": و after a comma begins a clause
        if can_follow and title.possessed:
            # "المستشار الإعلامي للرئيس بري علي حمدان": Berri's adviser, Ali Hamdan
            possessor = self._at(sent, after)
            holder = possessor.end if possessor is not None else self.names.read(sent, after, titled=True)
            # (not a second name after و: "المبعوث الخاص للرئيس الأميركي ستيف ويتكوف وجاريد كوشنر")
            if holder > after and holder < len(sent.toks) and sent.joined(holder, comma=True) \
                    and not self.names.coordinated(sent.toks[holder].text):
                known = self._at(sent, holder)
                end = known.end if known is not None else self.names.read(sent, holder, titled=True)
                if end > holder:
                    if known is not None:
                        known.title = known.title or title
                    else:
                        sent.people.append(PersonMention(sent.index, holder, end, Form.TITLED,
                                                         sent.display(holder, end), title=title, clitic=title.clitic))
                    self._take(sent, title.start, end)
                    return
            if possessor is not None and self._holds_inner(possessor, title):
                possessor.genitive = True   # "كيث كيلوغ، المبعوث الخاص للرئيس الأمريكي دونالد ترامب": Trump's envoy
                self._take(sent, title.start, possessor.span[0])
                return
        if can_follow:
            known = self._at(sent, after)
            if known is not None and known.title is None and not self.lex.clitics.conjoined(known.clitic):
                known.title = title
                known.honorific = known.honorific or style
                self._take(sent, title.start, after)
                return
        end = self.names.read(sent, after, titled=True, honoured=after > title.end,
                              single=(title.office in self.lex.single_name_offices and not title.country)
                              or self.lex.royal(style), royal=self.lex.royal(style)) \
            if can_follow and self._free(sent, after, after + 1) else after
        if end == after == title.end and title.office not in self.lex.reference_offices \
                and (c := self.titles.complement_end(sent, after, title.office in self.lex.posted_offices)) is not None:
            # "الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي فيدريكا موغريني"
            known = self._at(sent, c)
            if known is not None and known.title is None:
                known.title = title
                self._take(sent, title.start, c)
                return
            holder_end = self.names.read(sent, c, titled=True)
            if holder_end - c >= self.names.min_titled:
                after, end = c, holder_end
        # "... عاهل المملكة الأردنية ومصطفى الكاظمي": a name joined by و after a title is the
        # next person; the title belongs to the name before it
        # (but "الرئيس الكيني وليام روتو": a first name that begins with و)
        # (nor "استقبل رئيس سيشل وافيل رامكالاوان": no name before the title to hold it, and
        # a first word whose letters after و the article never writes alone)
        coordinated = end > after and self.names.coordinated(sent.toks[after].text) \
            and sent.toks[after].text not in self.lex.given_names \
            and not (self.names.waw_is_a_letter(sent, after)
                     and not any(p.span[1] == title.start for p in sent.people)
                     and self.names.read_back(sent, title.start) == title.start)
        if end > after and not (coordinated and self._apposable(sent, title)):
            pm = PersonMention(sent.index, after, end, Form.TITLED, sent.display(after, end),
                               title=title, clitic=title.clitic, honorific=style, genitive=genitive)
            sent.people.append(pm)
            self._take(sent, title.start, end)
            return
        if self._apposition(sent, title, genitive):
            return
        if self._generic(sent, title):
            self._take(sent, title.start, title.end)
            return     # "أول زيارة يجريها رئيس تنزاني إلى تركيا": a Tanzanian president, nobody in particular
        pm = PersonMention(sent.index, title.start, title.end, Form.TITLE, None, title=title,
                           clitic=title.clitic, genitive=genitive)
        sent.people.append(pm)
        self._take(sent, title.start, title.end)

    def _holds_inner(self, p: PersonMention, title: Title) -> bool:
        """The gazetteer's person holds the office a possessed title ends with ("للرئيس الأمريكي")."""
        key = (title.core.split()[-1], title.country or title.org)
        return p.person is not None and any(r.person == p.person for r in self.lex.offices.get(key, []))

    def _possessor(self, sent: Sent, at: int) -> bool:
        """Token `at` is ل on a person's family name the gazetteer knows, and a name follows it."""
        lex, toks = self.lex, sent.toks
        if at + 2 >= len(toks) or not sent.joined(at) or not sent.joined(at + 1):
            return False
        return any(len(c) == 1 and lex.clitics.genitive(c) and stem in lex.short_forms
                   for stem, c in lex.clitics.readings(toks[at].text)[1:]) \
            and lex.is_name_word(toks[at + 1].text) and toks[at + 1].text not in lex.short_forms

    def _gloss_end(self, sent: Sent, at: int, comma: bool = False) -> int | None:
        """The word after a gloss of at most three words in brackets that opens at token `at`
        (with `comma`, only one after the bracket and a comma)."""
        t = self.lex.lang.text
        if at >= len(sent.toks) or t.gloss_open not in sent.gap(at):
            return None
        for k in range(at + 1, min(at + 4, len(sent.toks))):
            if t.gloss_close in sent.gap(k):
                return k if sent.gap(k).replace(" ", "") == t.gloss_close + ("," if comma else "") else None
        return None

    def _generic(self, sent: Sent, title: Title) -> bool:
        """An indefinite office of an indefinite nisba ("رئيس تنزاني"، "وزيرة خارجية فرنسية"):
        someone of that kind, not a person."""
        art = self.lex.article
        head = sent.toks[title.start].text[len(title.clitic):]
        last = sent.tags.at(title.end - 1, "nisba")
        return not head.startswith(art) and last is not None and last.end == title.end \
            and not sent.toks[title.end - 1].text.startswith(art)

    def _honoured(self, sent: Sent) -> None:
        for m in sent.tags.find("honorific", 0, len(sent.toks)):
            if not self._free(sent, m.start, m.end) or m.clitic not in ("", *self.lex.clitics.conjunctions) \
                    or (m.start > 0 and m.clitic == "" and sent.joined(m.start) and sent.tags.at(m.start - 1, "place_noun")):
                continue   # ("مطار حضرة شاه جلال الدولي": the airport's name)
            after, style = self.names.skip_honorifics(sent, m.start) if m.clitic == "" else (m.end, m.value)
            if after >= len(sent.toks) or not self._free(sent, after, after + 1):
                known = self._at(sent, after)
                if known is not None:
                    known.honorific = known.honorific or style
                    self._take(sent, m.start, after)
                continue
            end = self.names.read(sent, after, honoured=True, single=self.lex.royal(style), royal=self.lex.royal(style))
            if end > after:
                sent.people.append(PersonMention(sent.index, after, end, Form.HONOURED, sent.display(after, end),
                                                 clitic=m.clitic, honorific=style))
                self._take(sent, m.start, end)
                title_at = end if sent.joined(end, comma=True) else None
                if title_at is not None and sent.tags.at(title_at, "head") and title_at not in sent.taken:
                    title = self.titles.read(sent, title_at)
                    if title is not None and not self.lex.clitics.conjoined(title.clitic):
                        sent.people[-1].title = title
                        self._take(sent, title.start, title.end)

    def _headed(self, sent: Sent) -> None:
        """A name right after a delegation's head word or a link of presence is a person as sure
        as one after a title: "وفد كينيا برئاسة موساليا مودافادي"، "بحضور تاي أتسقي سيلاسي"."""
        # ("إلى جانب" only before a title: "إلى جانب محتجين رفعوا الأعلام" names nobody)
        links = [m for m in sent.tags.find("presence", 0, len(sent.toks))
                 if not sent.tags.at(m.start, "presence_verb") and not sent.tags.at(m.start, "presence_beside")]
        for m in [*sent.tags.find("deleg_head", 0, len(sent.toks)), *links]:
            after = m.end
            if after >= len(sent.toks) or not sent.joined(after) or not self._free(sent, after, after + 1):
                continue
            clitic = ""
            while after < len(sent.toks) and self._free(sent, after, after + 1):
                end = self.names.read(sent, after, honoured=True)
                if end <= after:
                    break
                sent.people.append(PersonMention(sent.index, after, end, Form.HONOURED,
                                                 sent.bare(after, end, clitic, self.lex.clitics), clitic=clitic))
                self._take(sent, after, end)
                # "بحضور X وY": the next name of the list, after و
                conj = self.lex.clitics.conjunctions[0]
                if end >= len(sent.toks) or not sent.joined(end, comma=True) or not self.names.coordinated(sent.toks[end].text):
                    break
                after, clitic = end, conj

    def _references(self, sent: Sent) -> None:
        for name in ("style_pronoun", "reference", "pair"):
            for m in sent.tags.find(name, 0, len(sent.toks)):
                if not self._free(sent, m.start, m.end):
                    continue
                role = "style" if name == "style_pronoun" else ("pair" if name == "pair" else m.value)
                sent.people.append(PersonMention(sent.index, m.start, m.end, Form.REFERENCE, None, clitic=m.clitic,
                                                 role=role, honorific=self.lex.fold(m.value) if name == "style_pronoun" else None))
                self._take(sent, m.start, m.end)

    def _bare(self, sent: Sent, lasts: dict[str, str]) -> None:
        """Untitled names as a verb's subject ("أدلى آموس هوكشتاين بتصريح"); a family name
        of such a name stands for it ("ورفض هوكشتاين الرد")."""
        for kind in ("trigger", "reporting", "news_verb"):
            for m in sent.tags.find(kind, 0, len(sent.toks)):
                if not self.lex.clitics.verbal(m.clitic) or (
                        kind == "reporting" and any(stem in self.lex.no_comma_reporting
                                                    for stem, _ in self.lex.clitics.readings(sent.toks[m.start].text))):
                    continue    # "ووفق ما نشرته حسابات ...": a preposition, no subject follows
                i = m.end
                while i < len(sent.toks) and sent.joined(i) and (sent.tags.at(i, "function") or sent.tags.at(i, "date_word")) \
                        and i - m.end < 3 and sent.toks[i].text not in self.lex.prepositions:
                    i += 1     # only adverbs: "وقال أمس X"; after "شارك في" comes no subject
                if i >= len(sent.toks) or not sent.joined(i) or not self._free(sent, i, i + 1):
                    continue
                if (sent.tags.at(i, "place") or sent.tags.at(i, "country")) and sent.toks[i].text not in self.lex.given_names:
                    continue   # "وأعلنت سيول سحب شكواها": the capital speaks for its government
                if (full := lasts.get(sent.toks[i].text)) is not None:
                    sent.people.append(PersonMention(sent.index, i, i + 1, Form.LOCAL, full, origin=Form.BARE))
                    self._take(sent, i, i + 1)
                    continue
                end = self.names.read(sent, i)
                if end <= i and kind == "trigger" and self._before_his(sent, i):
                    end = i + 1   # "واستقبل ترامب ضيفه": one word, whose guest "his" says he is
                if end > i:
                    sent.people.append(PersonMention(sent.index, i, end, Form.BARE, sent.display(i, end)))
                    self._take(sent, i, end)

    def _before_his(self, sent: Sent, i: int) -> bool:
        """Token i is a name word no vocabulary knows, right before "ضيفه"، "نظيره" (his guest,
        his counterpart): the one "his" stands for."""
        word = sent.toks[i].text
        head = sent.tags.at(i + 1, "head") if i + 1 < len(sent.toks) and sent.joined(i + 1) else None
        return head is not None and head.value.office in RELATIVE_OFFICES and sent.toks[i + 1].text.endswith(self.lex.possessive) \
            and word not in self.lex.known and self.lex.is_name_word(word, shapes=False) and not sent.tags.names_at(i)

    def _foreign(self, sent: Sent) -> None:
        """A name opened by a foreign first name, wherever it stands ("ويتولى الوزارة منذ ذلك
        الحين أندريه بيلوسوف")."""
        clitics = self.lex.clitics
        opens = self._opens_foreign
        for i, tok in enumerate(sent.toks):
            clitic = opens.get(tok.text, "?")
            if clitic == "?":   # asked once per word, not per token
                clitic = "" if tok.text in self.lex.foreign_given else next(
                    # "وقال بوتين لرافائيل غروسي": a preposition or و on the first name
                    (c for stem, c in clitics.readings(tok.text)[1:] if stem in self.lex.foreign_given), None)
                if len(opens) > 1 << 16:
                    opens.clear()
                opens[tok.text] = clitic
            if clitic is None or not self._free(sent, i, i + 1):
                continue
            end = self.names.read(sent, i)
            if end > i and self._free(sent, i, end):
                name = sent.bare(i, end, clitic, clitics) if clitic else sent.display(i, end)
                sent.people.append(PersonMention(sent.index, i, end, Form.BARE, name, clitic=clitic))
                self._take(sent, i, end)
