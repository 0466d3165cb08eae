"""Holders named apart from their titles, and the spans a sentence's mentions take.

    "محمد كامل عمرو وزير الخارجية" → the name before its title; "وزير الخارجية والتعاون
    الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة" → the rest of a long office, a
    comma, an honorific and its holder; "محمد بن سلمان، ولي العهد رئيس مجلس الوزراء" → a
    second title of the person named before it.
"""
from __future__ import annotations

from .doc import Form, PersonMention, Sent, Title
from .lexicon import Lexicon
from .names import NameReader


class Spans:
    """The tokens a sentence's mentions take, and the mentions at a token."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.names = NameReader(lex)

    def _take(self, sent: Sent, a: int, b: int) -> None:
        sent.taken.update(range(a, b))

    def _free(self, sent: Sent, a: int, b: int) -> bool:
        return sent.taken.isdisjoint(range(a, b))

    def _at(self, sent: Sent, i: int) -> PersonMention | None:
        return next((p for p in sent.people if p.start == i and p.form is not Form.TITLE), None)

    def _ending(self, sent: Sent, i: int) -> PersonMention | None:
        """The named person whose name (or title after it) ends at token i."""
        return next((p for p in sent.people if p.name and (p.end == i or p.span[1] == i)), None)


    def _middle_names(self, sent: Sent) -> None:
        """"سيرغي فيكتوروفيتش لافروف"، "فلاديمير فلاديميروفيتش بوتين": a known person's first
        name, a word the gazetteer lacks (a patronymic, a middle name) and his family name are
        one mention of that person, whose first name the words before the family name open with."""
        for p, q in zip(list(sent.people), list(sent.people[1:])):
            person = self.lex.gaz.people.get(q.person) if q.form is Form.GAZETTEER and q.person else None
            if person is None or p.name is None or (p.title and q.title) or p.person not in (None, q.person) \
                    or q.start != p.end + (p.person is not None) or not sent.joined(q.start) \
                    or p.end - p.start + (p.person is not None) != 2 \
                    or sent.toks[p.start].text != self.lex.fold(person.name).split()[0]:
                continue
            middle = p.end if p.person is not None else p.end - 1
            if sent.tags.names_at(middle) or not self.lex.is_name_word(sent.toks[middle].text):
                continue
            q.start, q.name, q.title = p.start, sent.display(p.start, q.end), p.title or q.title
            q.honorific, q.clitic = q.honorific or p.honorific, p.clitic
            sent.people.remove(p)
            self._take(sent, p.span[0], q.end)


class Apposition(Spans):
    """Titles whose holder is named before them, or after the rest of the office and a comma."""

    def _apposable(self, sent: Sent, title: Title) -> bool:
        return not self.lex.clitics.conjoined(title.clitic) and not self.lex.clitics.genitive(title.clitic) \
            and title.office not in self.lex.reference_offices

    def _honoured_holder(self, sent: Sent, title: Title) -> bool:
        """The rest of a long office, a comma, an honorific and its holder: "وزير الخارجية
        والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة" (or the holder alone,
        between commas: "وزير أوروبا والشؤون الخارجية للجمهورية الفرنسية، جان نويل بارو،")."""
        n, k = len(sent.toks), title.end
        while k < n and k - title.end < self.names.max_words:
            if k > title.end and sent.joined(k) and sent.tags.at(k, "honorific"):
                break
            # ("المجلس ... الحاكم": a title word without و may qualify the office)
            ruling = k > title.end and sent.toks[k].text.startswith(self.lex.article) and sent.tags.at(k, "head")
            if k in sent.taken or not (ruling or self._office_word(sent, k) or self._construct(sent, k)):
                return False
            # ("... لإنقاذ الشعب في غينيا العقيد X": the country after في, whatever its article)
            where = sent.tags.at(k + 1, "country") or sent.tags.at(k + 1, "place") \
                if sent.tags.at(k, "place_link") else None
            k = where.end if where is not None and where.clitic == "" else k + 1
            if not sent.joined(k):
                break
        honorific = sent.tags.at(k, "honorific") if k < n else None
        # ("رئيس المجلس الوطني لحماية الوطن الحاكم في النيجر الجنرال عبد الرحمن تياني": a rank
        # needs no comma to open the holder's name)
        rank = honorific is not None and self.lex.honorific_kind.get(str(honorific.value)) == "rank"
        if k == title.end or k >= n or not sent.joined(k, comma=True) or (honorific is None and not self._plain_holder(
                sent, k)) or (sent.joined(k) and not rank):
            return False
        after, style = self.names.skip_honorifics(sent, k)
        known = self._at(sent, after)
        if known is not None:
            if known.title is not None:
                return False
            known.title, known.honorific = title, known.honorific or style
            self._take(sent, title.start, after)
            return True
        end = self.names.read(sent, after, titled=True, honoured=True) if self._free(sent, after, after + 1) else after
        if end <= after:
            return False
        sent.people.append(PersonMention(sent.index, after, end, Form.TITLED, sent.display(after, end), title=title,
                                         clitic=title.clitic, honorific=style,
                                         genitive=self.lex.clitics.genitive(title.clitic)))
        self._take(sent, title.start, end)
        return True

    def _plain_holder(self, sent: Sent, k: int) -> bool:
        """A name of two words or more opens at token k, and a comma or the sentence's end
        closes it."""
        known = self._at(sent, k)
        if known is not None:
            end = known.span[1]
        elif not self._free(sent, k, k + 1):
            return False
        else:
            end = self.names.read(sent, k, titled=True)
        return end - k >= 2 and (end >= len(sent.toks) or not sent.joined(end))

    def _construct(self, sent: Sent, k: int) -> bool:
        """Token k is the indefinite head of a construct the next definite word ends, after ل
        ("لحماية الوطن", "لإنقاذ الشعب")."""
        lex = self.lex
        return k + 1 < len(sent.toks) and sent.joined(k + 1) and self._office_word(sent, k + 1) \
            and not sent.tags.at(k, "honorific") and any(
                len(c) == 1 and lex.clitics.genitive(c) and len(stem) >= 3 and not stem.startswith(lex.article)
                for stem, c in lex.clitics.readings(sent.toks[k].text)[1:])

    def _office_word(self, sent: Sent, k: int) -> bool:
        """Token k may go on an office: a definite word, bare or after و، ب، ل ("والمغاربة"،
        "بالخارج"), that is no person, title, verb or date."""
        tags = sent.tags
        if tags.at(k, "place_link") and k + 1 < len(sent.toks) and sent.joined(k + 1):
            return True     # "كاتب الدولة الأمريكي في الخارجية"
        if any(tags.at(k, t) for t in ("person", "head", "honorific", "trigger", "reporting", "date_word", "function")):
            return False
        word = sent.toks[k].text
        return any(stem.startswith(self.lex.article) for stem, _ in self.lex.clitics.readings(word))

    def _apposition(self, sent: Sent, title: Title, genitive: bool) -> bool:
        """A name right before its title ("محمد كامل عمرو وزير الخارجية")."""
        if not self._apposable(sent, title):
            return False
        before = self._ending(sent, title.start)
        comma = "," in sent.gap(title.start)
        definite = sent.toks[title.start].text.startswith(self.lex.article)
        # "استقبل الرئيس مرسى الوزيرة الأمريكية": after a verb's subject, a definite title
        # without a comma is the verb's object, not the subject's title
        subject = before is not None and before.span[0] > 0 and sent.tags.at(before.span[0] - 1, "trigger")
        # ("استقبل البابا فرنسيس، بابا الفاتيكان، الرئيس الأرجنتيني": an office of another country
        # after the subject's own is the verb's object)
        held = {t.country or t.org for t in ([before.title] if before and before.title else []) + (
            before.extra_titles if before else [])} - {None}
        other = bool(held) and (title.country or title.org) is not None and (title.country or title.org) not in held
        if before is not None and not other and (comma or not definite or not subject) and self._agrees(before, title) \
                and sent.joined(title.start, comma=True) and (
                before.title is None or before.title.end <= before.start or before.span[1] == title.start):
            # "محمد بن سلمان، ولي العهد رئيس مجلس الوزراء": the second title is the same person's
            if before.title is None:
                before.title = title
            else:
                before.extra_titles.append(title)
            self._take(sent, title.start, title.end)
            return True
        start = self.names.read_back(sent, title.start)
        if start >= title.start:
            return False
        clitic = ""
        reading = self.lex.clitics.readings(sent.toks[start].text)
        # "وآن باترسون السفيرة": the و joins this person to the one before
        conj = next((c for _, c in reading[1:] if self.lex.clitics.conjoined(c) and len(c) == 1), None)
        # (after a verb, "ترأسها وانغ يي" is Wang, not و + "انغ")
        # ("...، وآدم شيف رئيس لجنة الاستخبارات": after a comma, و + a first name opens the next
        # person of a list)
        listed = conj is not None and "," in sent.gap(start) and any(
            c == conj and stem in self.lex.given_names for stem, c in reading[1:])
        if conj and (listed or self._joined_to_person(sent, start) or (
                self.names.coordinated(sent.toks[start].text) and start > 0 and (start - 1) in sent.taken)):
            clitic = conj
        name = sent.bare(start, title.start, clitic, self.lex.clitics)
        sent.people.append(PersonMention(sent.index, start, title.start, Form.APPOSED, name, title=title,
                                         clitic=clitic))
        self._take(sent, start, title.end)
        return True

    @staticmethod
    def _agrees(person: PersonMention, title: Title) -> bool:
        """"الرئيس مرسى الوزيرة الأمريكية": a feminine title is not a man's; "أبو الغيط، الأمين
        العام لجامعة الدول العربية، الوزير الروسي": an office of another country or body is not his."""
        if person.title is None:
            return True
        mine, theirs = person.title.country or person.title.org, title.country or title.org
        return person.title.gender == title.gender and (mine is None or theirs is None or mine == theirs)

    def _joined_to_person(self, sent: Sent, i: int) -> bool:
        return any(p.span[1] == i for p in sent.people)
