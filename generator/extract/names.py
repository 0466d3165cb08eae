"""Personal names read from the text, without a list of people.

A name is a run of name words: words that are not in the vocabulary (titles, meeting words,
dates, function words) and are not places. بن، آل، عبد، أبو، ولد، فون ... join the word
after them whatever it is ("محمد ولد الشيخ الغزواني", "أورسولا فون دير لاين"); a word with
the article ends the name ("عبد الفتاح السيسي", "مصطفى الكاظمي"), as does a regnal number
("عبد الله الثاني") and a word joined by و ("لافرينتييف وفيرشينين" are two people). A new
name has two words at least: one-word mentions are family names of people named in full.
Two words that read as a noun and its complement ("ضرورة الحفاظ") are not a name.

Example: "رئيس الحكومة الإسبانية بيدرو سانشيز، اللذين" → بيدرو سانشيز.
"""
from __future__ import annotations

from .doc import Sent
from .name_tokens import TokenTests


class NameReader(TokenTests):
    """Where a personal name begins and ends in a sentence."""

    def read(self, sent: Sent, i: int, *, titled: bool = False, honoured: bool = False, single: bool = False,
             royal: bool = False) -> int:
        """End of the name starting at token i (i when there is none); `single`: one word will
        do ("الملك فيليب")."""
        toks = sent.toks
        n = len(toks)
        lex = self.lex
        j = i
        while j < n and j - i - self._joiners(sent, i, j) < self.max_words:
            if j > i and not sent.joined(j, hyphen=True):
                break
            word = toks[j].text
            if j == i and self._place(sent, j, titled):
                break          # "أبو ظبي"، "دير الزور": a place, though it opens with a joiner
            if j == i and (titled or honoured) and word not in lex.foreign_given and any(
                    c[-1:] in lex.clitics.prepositions and stem in lex.foreign_given
                    for stem, c in lex.clitics.readings(word)[1:]):
                break          # "وقال الرئيس لفرانسوا بايرو": after a preposition, not the title's holder
            k = j
            while k < n and toks[k].text in lex.initials and "." in sent.gap(k + 1):
                k += 1          # "الوزير في. موراليدهاران"، "جيه. دي. فانس": Latin initials, each with its dot
            if k > j and k < n and lex.is_name_word(toks[k].text) and not self._hard_stop(sent, k) \
                    and (j > i or titled or honoured):
                j = k + 1       # the initials and the word after them
                continue
            if j == i and j + 2 < n and (titled or honoured) and sent.joined(j + 1) \
                    and toks[j].text + toks[j + 1].text in lex.given_names:
                j += 2          # "رئيس طاجيكستان إمام علي رحمن": a first name of two words, each also a particle
                continue
            joiner = sent.tags.at(j, "joiner") if self._written_joiner(sent, j) else None
            if joiner and joiner.clitic == "" and j + 1 < n and sent.joined(j + 1) \
                    and not self._hard_stop(sent, j + 1) and not toks[j + 1].text.isdigit():
                j += 2
                continue
            if j == i:
                spot = sent.tags.at(j, "place") or sent.tags.at(j, "country")
                if spot is not None and spot.end - j > 1 and spot.clitic == "" and (titled or honoured):
                    j = spot.end    # "الرئيس الكازاخستاني نور سلطان نزارباييف": a city's two words as a first name
                    continue
                if word in lex.name_like and (titled or honoured) and j + 1 < n and sent.joined(j + 1) \
                        and (sent.ya_as_alif or not sent.display(j, j + 1).endswith(self.alif_maqsura)) \
                        and lex.is_name_word(toks[j + 1].text) and (not self.definite(sent, j + 1) or (
                            not sent.ya_as_alif and honoured and not self._hard_stop(sent, j + 1))):
                    j += 1          # "علي شمخاني", "السيد علي الحسيني السيستاني", but not "على المسودة"
                    continue
                before_bin = j + 2 < n and sent.joined(j + 1) and sent.joined(j + 2) \
                    and bool(sent.tags.at(j + 1, "joiner")) and toks[j + 1].text not in lex.initial_joiners
                head = sent.tags.at(j, "head")
                # ("وزير الخارجية في حكومة طالبان أمير خان متقي": after a title, a bare head word
                # before two name words, none a place, is a first name)
                head_name = head is not None and head.clitic == "" and (before_bin or (
                    (titled or honoured) and not word.startswith(lex.article) and head.end == j + 1 and j + 2 < n
                    and all(sent.joined(k) and lex.is_name_word(toks[k].text) and not self._stop(sent, k)
                            for k in (j + 1, j + 2)) and not self.definite(sent, j + 1)))
                # after a title, a word before بن is a first name, whatever else it reads as:
                # "الأمير تركي بن محمد" (not "Turkish"), "الأمير الحسن بن طلال" (with the article)
                head_name = head_name or ((titled or honoured) and before_bin and not self._hard_stop(sent, j)
                                          and lex.is_name_word(toks[j + 2].text))
                # "الشيخ صباح الأحمد": after a title a first name is a name, though "صباح" is
                # "morning" ("رئيسة الوزراء جورجيا ميلوني": though "جورجيا" is a country)
                # and "المبعوث الأممي غير بيدرسون": Geir, not "other than", when the article
                # names him again by the family name ("الوزير غير راض" is "not pleased")
                # ("أقامها الملك على شرف الضيف": where the article tells ى from ي, "على" is no "علي")
                given = (titled or honoured) and word in lex.given_names and not self.maqsura(sent, j) \
                    and bool(sent.tags.at(j, "date_word") or sent.tags.at(j, "country") or (
                        sent.tags.at(j, "function") and j + 1 < n and not self.definite(sent, j + 1)
                        and sent.counts.get(toks[j + 1].text, 0) >= self.family_repeats)) \
                    and j + 1 < n and sent.joined(j + 1) and lex.is_name_word(toks[j + 1].text) \
                    and not self._hard_stop(sent, j + 1)
                # ("رئيسة جمهورية نيبال بيديا ديفي بهانداري": after a title and before another name
                # word, a first name may have the shape of an adverb, "سونيا"، "بيديا")
                shaped = titled and bool(self.titled_shapes.match(word)) and j + 1 < n and sent.joined(j + 1) \
                    and lex.is_name_word(toks[j + 1].text) and not self._hard_stop(sent, j + 1) \
                    and not self.definite(sent, j + 1)
                # ("زعيم تايوان ما ينغ جيو": after a title, a particle of two letters before two
                # foreign name words is a family name written first)
                given = given or (titled and word in self.particle_names and self._two_foreign_words(sent, j + 1))
                if not head_name and not given and (self._stop(sent, j, titled) or self._prepositional(sent, j)
                                                    or not (lex.is_name_word(word, shapes=not shaped)
                                                            or self.not_the_verb(sent, j))
                                      or self.definite(sent, j) or self._tanween(sent, j)):
                    break      # (a head before بن is a first name: "مساعد بن محمد العيبان")
            else:
                regnal = sent.tags.at(j, "regnal")
                if regnal and regnal.clitic == "":
                    j = regnal.end
                    break
                if self.definite(sent, j) and sent.tags.at(j, "place") and not sent.tags.at(j, "country") \
                        and lex.is_name_word(word) and not self._hard_stop(sent, j):
                    j += 1     # "محمد سامر الخليل": a family name that is also a city's name
                    break
                if word in lex.name_like and j + 1 < n and sent.joined(j + 1) \
                        and (sent.ya_as_alif or not sent.display(j, j + 1).endswith(self.alif_maqsura)) \
                        and lex.is_name_word(toks[j + 1].text) and not self._hard_stop(sent, j + 1):
                    j += 1          # "حسين علي مويني"، "محمد علي الحكيم": Ali inside a name
                    continue
                # (after a first name, "ويتكوف" is a family name, not و + another person)
                # (nor "ستيفاني وليامز" when the article writes "وليامز" again, and never "ليامز")
                # (nor "رئيس سريلانكا رانيل ويكريمسينغه": after a title and one unknown name word,
                # a last word whose letters after و the article never writes alone)
                # ("مايك والتز": after a foreign first name, و and the article before no word of
                # the language are the family name's letters, not "and the ...")
                waw_family = j == i + 1 and toks[i].text in lex.foreign_given and self._waw_article_name(word)
                coordinated = self.coordinated(word) and not (j == i + 1 and toks[i].text in lex.given_names) \
                    and not self._whole_word(sent, word) and not waw_family \
                    and not (j == i + 1 and (titled or honoured) and self._family_with_waw(sent, j))
                # ("رئيس المجلس الأعلى للدولة محمد تكالة": after a title and a first name, a family
                # name may have the shape of a verb or a verbal noun; "رئيس باراغواي سانتياغو
                # بينيا": so after a place's name read as a first name)
                # (and after a compound first name: "الجنرال عبد الرحمن تياني")
                family = (titled or honoured) and ((j == i + 1 and (
                    toks[i].text in lex.given_names or self._place_name_word(sent, i, titled)
                    # ("الممثلة الخاصة ... هانا تيتيه": after a foreign first name too)
                    or toks[i].text in lex.foreign_given))
                    or (j == i + 2 and toks[i].text + toks[i + 1].text in lex.given_names))
                # ("العقيد مامادي دومبويا": a family name in -يا that is no adverb)
                if self._prepositional(sent, j):
                    break      # "الشيخ محمد بدور الهند": ب and a noun before its complement
                # (and "المبعوث الأممي إلى ليبيا غسان سلامة": a family name with ة is no "his peace")
                if self._stop(sent, j) or not (lex.is_name_word(word, shapes=not family) or (
                        (titled or honoured) and lex.foreign_ya(word)) or (family and self._ta_name(sent, j))
                        or (family and self._style_as_family(sent, j)) or waw_family) \
                        or coordinated \
                        or self._tanween(sent, j):
                    break
                if self.definite(sent, j) and j == i + 1 and toks[j].text in lex.compound_seconds:
                    j += 1         # "فخر الدين ألطون": a first name of two words, the second with the article
                    continue
                if self.definite(sent, j):
                    j += 1
                    # (but "مشعل الأحمد الجابر الصباح": given names with the article go on with it)
                    while j < n and j - i < self.max_words and sent.joined(j) and self.definite(sent, j) \
                            and toks[j].text[len(lex.article):] in lex.given_names and not self._stop(sent, j):
                        j += 1
                    break          # a family name with the article ends the name
            j += 1
        while j > i and toks[j - 1].text in lex.joiners and self._written_joiner(sent, j - 1):
            j -= 1
        if self.plural_verb is not None and j - i >= 2 and self.plural_verb.match(toks[j - 1].text) \
                and toks[j - 1].text not in lex.known:
            j -= 1     # "والملك عبد الله يطالبون": the verb after the name
        j = self._split_adjacent(sent, i, j, honoured)
        least = 1 if single else self.min_titled if (titled or honoured) else self.min_untitled
        # ("الدكتورة نهلة الكعبي": after a personal style, a word in ة that no vocabulary
        # knows is a first name, not a noun in construct)
        if j - i < least or (self._construct(sent, i, j) and not (honoured and sent.toks[i].text not in self.lex.known)):
            return i
        if j - i == 1 and self.present_verb.match(sent.toks[i].text) and sent.toks[i].text not in self.lex.given_names:
            return i   # "الملك يحذر خلال لقائه": a verb, not the king's name
        if j - i == 1 and not royal and sent.toks[i].text.endswith(self.construct_endings) \
                and sent.toks[i].text not in self.lex.given_names:
            return i   # "أقام الملك مأدبة إفطار": a noun, not the king's name
        return j

    def _split_adjacent(self, sent: Sent, i: int, j: int, honoured: bool = False) -> int:
        """"استقبل الرئيس الروسي فلاديمير بوتين بشار الأسد": two names side by side read as one
        of four plain words (none joined by بن، عبد ...). A name ends after its second or third
        word, where the family name the article repeats most ends it."""
        words = [t.text for t in sent.toks[i:j]]
        art = self.lex.article
        # (a first name of two words counts as one: "قربان قولي بردي محمدوف")
        compound = int(len(words) >= 2 and words[0] + words[1] in self.lex.given_names)
        # ("جورج والكر بوش الابن": the generation's mark is no word of a second name)
        compound += int(len(words) >= 3 and words[-1] in self.lex.generation_marks)
        if len(words) - compound <= self.max_plain or any(w in self.lex.joiners or self.lex.initial_joiner_word(w)
                                               for w in words) \
                or all(w.startswith(art) and w[len(art):] in self.lex.given_names for w in words[1:-1]):
            return j   # ("مشعل الأحمد الجابر الصباح": one name, its fathers' given names with the article)
        # (not after a word the article always writes before the next: "محمد إدريس ديبي إتنو"
        # where every "إدريس" stands before "ديبي"; and no split at all where that leaves no
        # family name the article repeats: "أندريس مانويل لوبيز أوبرادور")
        counts, toks = sent.counts, sent.toks
        every = range(i + 2, min(j, i + self.max_plain + 1))
        bound = {e for e in every if sent.follows.get(toks[e - 1].text) == toks[e].text
                 and counts.get(toks[e - 1].text, 0) >= self.family_repeats}
        ends = [e for e in every if e not in bound]
        if bound and not any(counts.get(toks[e - 1].text, 0) >= self.family_repeats for e in ends):
            return j
        ends = ends or list(every)
        if not any(counts.get(toks[e - 1].text, 0) >= self.family_repeats for e in ends) and (honoured or not any(
                toks[e].text in self.lex.given_names or toks[e].text in self.lex.foreign_given for e in ends)):
            # ("السيد جواو باتيستا فيرناندو كوسي": nothing says where a second name would
            # begin, no family name repeated and, but after a personal style, no first name
            # after the first: one long name, "السيد فرانسيسكو خوسيه ماريا ألميدا")
            return j
        return max(ends, key=lambda e: (sent.counts.get(sent.toks[e - 1].text, 0), -e))

    def _construct(self, sent: Sent, i: int, j: int) -> bool:
        """"ضرورة الحفاظ"، "مستجدات الأوضاع": a noun and its complement."""
        if j - i != 2 or sent.toks[i].text in self.lex.given_names:
            return False
        first, second = sent.toks[i].text, sent.toks[i + 1].text
        return second.startswith(self.lex.article) and (first.endswith(self.construct_endings) or any(
            c in self.construct_prepositions and len(stem) >= 3 and stem not in self.lex.given_names
            for stem, c in self.lex.clitics.readings(first)[1:]))

    @staticmethod
    def _after_person(sent: Sent, i: int) -> bool:
        return any(p.span[1] == i for p in sent.people)

    def read_back(self, sent: Sent, end: int) -> int:
        """Start of a name that ends just before token `end` (a name before its title, as in
        "محمد كامل عمرو وزير الخارجية"), or `end` when there is none."""
        toks = sent.toks
        lex = self.lex
        j = end
        # "التقت هيلارى كلينتون، وزيرة الخارجية": one comma may stand before the title
        # (the words بن and آل do not count: "حمدان بن محمد بن راشد آل مكتوم ولي عهد دبي")
        while j > 0 and end - j - self._joiners(sent, j, end) < self.max_words and sent.joined(j, comma=j == end):
            word = toks[j - 1].text
            if (j - 1) in sent.taken:
                break
            if (sent.tags.at(j - 1, "place") or sent.tags.at(j - 1, "country")) and j > 1 \
                    and sent.tags.at(j - 2, "function"):
                break      # "في تونس محمد علي النفطي وزير ...": where, not a first name
            if word in lex.name_like and j > 1 and j - 1 < end - 1 and not sent.ya_as_alif \
                    and not sent.display(j - 1, j).endswith(self.alif_maqsura) and sent.joined(j - 1) \
                    and lex.is_name_word(toks[j - 2].text):
                j -= 1     # "محمد علي النفطي وزير ...": علي written with ي, inside a name, is no "على"
                continue
            if j - 1 < end - 1 and toks[j].text in lex.joiners and (head := sent.tags.at(j - 1, "head")) \
                    and head.clitic == "":
                j -= 1     # "سلطان بن أحمد الجابر": a first name that is also a title before بن
                break
            if self._stop(sent, j - 1):
                # "وزير الخارجية وآن باترسون السفيرة": و joins a second person to the one before,
                # whatever its first name reads as without it ("وان" = "و + أن")
                if j < end and self._after_person(sent, j - 1) and any(
                        c[:1] in lex.clitics.conjunctions and stem not in lex.pronouns
                        for stem, c in lex.clitics.readings(word)[1:]):
                    j -= 1
                break
            if not lex.is_name_word(word) and word not in lex.joiners:
                break
            j -= 1
            if self.coordinated(word) and not (j > 0 and toks[j - 1].text in lex.joiners):
                break      # "وآن باترسون": the name begins at the conjunction
        while j < end and toks[j].text in lex.joiners and toks[j].text not in lex.initial_joiners:
            j += 1
        while j < end and (m := sent.tags.at(j, "honorific")) is not None and m.end <= end:
            j = m.end   # "والسيد ألكسندر دي كرو رئيس وزراء بلجيكا": the courtesy is no part of the name
        while j < end and self.definite(sent, j) and not (
                j > 0 and toks[j - 1].text in lex.joiners):
            j += 1   # a name does not begin with the article
        if end - j < self.min_untitled or self._construct(sent, j, end):
            return end
        if j > 0 and sent.tags.at(j - 1, "place_noun"):
            return end   # "في مدينة سان بطرسبورغ المدير العام": a place's name, not a person's
        first = toks[j].text
        if j > 0 and any(sent.tags.at(j - 1, k) for k in ("trip_noun", "visit_noun", "noun")) \
                and first.endswith(self.nisba_endings) and first not in lex.given_names and first not in lex.foreign_given:
            return end   # "ضمن جولة لاتينية قادت الأمير": the noun's adjective and a verb
        # an article word inside the name ends it: what follows belongs to the title
        for k in range(j + 1, end - 1):
            if self.definite(sent, k) and toks[k - 1].text not in lex.joiners:
                return end
        return j
