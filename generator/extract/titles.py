"""Offices as a grammar: a title is a head noun and the words that continue it.

    HEAD TAIL*   where TAIL is a body or portfolio word ("مجلس الوزراء"، "الخارجية"), a
                 qualifier ("الأول"، "السابق"), a country's nisba ("الإيطالية") or name
                 ("أمير قطر"، "رئيس وزراء جمهورية باكستان الإسلامية"), an organisation
                 ("رئيسة المفوضية الأوروبية"، "الأمين العام للأمم المتحدة"), a place after
                 في/لدى/إلى ("السفيرة الأمريكية في لبنان") or a nested title after a construct
                 head ("مساعد الرئيس الروسي"، "النائب الأول لوزير الخارجية").

Example: "رئيسة الوزراء اليابانية" → office president, core "رئيس وزراء" (prime minister),
country japan, gender f. The core is compared without nisba and gender, after synonyms:
"رئيس الحكومة" and "رئيس مجلس الوزراء" are the same core.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..lang.words import Tags, Token, tokens
from .doc import Sent, Title
from .lexicon import HeadWord, Lexicon, OfficeRef

# one head word ("مستشار"), two offices: with a chancellor country's nisba, else an adviser
CHANCELLOR, ADVISER = "chancellor", "adviser"


@dataclass
class _Parse:
    end: int
    words: list[str]           # core words: head, then body and portfolio words
    country: str | None
    org: str | None
    former: bool
    nested_end: int | None     # end of a nested title's head phrase (name slot for its holder)
    possessed: bool = False    # ends with "ل + head" ("المستشار الإعلامي للرئيس"): a possessor's name may follow
    post: str | None = None    # the place a posted office is held in ("سفيرة الاتحاد الأوروبي في لبنان")


class TitleReader:
    """Reads titles in sentences (and in the gazetteer's office names)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.article = lex.article
        self.ta_marbuta = lex.fold(lex.lang.meetings.feminine_ending)
        self.ta_open = lex.lang.names.open_ta
        cl = lex.clitics
        # "الأمين العام للأمم المتحدة": a title goes on over ل; "وزير الخارجية والمغتربين" over و
        self.lam = ("", *cl.genitives)
        self.tail_clitics = (*self.lam, *cl.conjunctions)
        self.state_nouns = frozenset(lex.fold(w) for w in lex.lang.offices.state_nouns)
        self.hamza_alefs = tuple(lex.lang.names.hamza_alefs)
        self.core_of: dict[str, str] = {}
        for phrase, canon in lex.synonyms.items():
            self.core_of[self._bare_core(phrase)] = self._bare_core(canon)

    # ------------------------------------------------------------------ core keys
    def _strip(self, word: str) -> str:
        return word[len(self.article):] if word.startswith(self.article) and len(word) > 3 else word

    def _stem(self, toks: list[Token], j: int, clitic: str) -> str:
        """Token j without its clitic and article: "للمفاوضات" → "مفاوضات"."""
        word = toks[j].text
        if clitic:
            options = [s for s, c in self.lex.clitics.readings(word) if c == clitic]
            word = max(options, key=lambda s: s.startswith(self.article)) if options else word[len(clitic):]
        return self._strip(word)

    def _bare_core(self, phrase_key: str) -> str:
        """A phrase's words without the article (the synonyms' own keys)."""
        toks = tokens(phrase_key)
        tags = self.lex.tagger.tag(toks)
        p = self._parse(toks, tags, 0, lambda i: True) if tags.at(0, "head") else None
        words = p.words if p else [self._strip(t.text) for t in toks]
        return " ".join(words)

    def core(self, words: list[str]) -> str:
        key = " ".join(words)
        return self.core_of.get(key, key)

    # ------------------------------------------------------------------ parsing
    def _head(self, tags: Tags, i: int) -> HeadWord | None:
        m = tags.at(i, "head")
        return m.value if m else None

    def _parse(self, toks: list[Token], tags: Tags, i: int, joined: Callable[[int], bool],  # noqa: C901
               hamza: Callable[[int], bool] = lambda j: False) -> _Parse | None:
        """The title whose head is token i; `joined(j)`: token j may continue it; `hamza(j)`:
        token j is written with a hamza on its first alef, so has no article ("ألبين")."""
        m = tags.at(i, "head")
        if m is None:
            return None
        head: HeadWord = m.value
        words = [head.office]
        j = m.end
        if head.office in self.lex.reference_offices and ((j < len(toks) and toks[j].text in self.lex.adjective_links)
                                                          or (i > 0 and toks[i - 1].text in self.lex.adverb_heads)):
            return None    # "لنظام مسؤول عن مقتل ..."، "بشكل مسؤول": responsible, not an official
        country = org = None
        former = False
        nested_end = None
        possessed = False
        post: str | None = None
        n = len(toks)
        while j < n and joined(j):
            word = toks[j].text
            named = tags.at(j, "country") or tags.at(j, "org")
            style = tags.at(j, "honorific")
            if style is not None and style.clitic == "" and len(words) > 1 and not word.startswith(self.article) \
                    and not toks[j - 1].text.startswith(self.article) and style.end < n and joined(style.end) \
                    and (inner_head := tags.at(style.end, "head")) is not None and inner_head.clitic == "" \
                    and self.lex.honorific_kind.get(str(style.value)) == "style":
                # "مدير عام مكتب سمو وزير الخارجية": a styled office governed by the body before it
                inner = self._parse(toks, tags, style.end, joined, hamza)
                if inner is not None:
                    words.extend([inner_head.value.office, *inner.words[1:]])
                    nested_end = inner.end
                    j = inner.end
                    continue
            if (tags.at(j, "honorific") or tags.at(j, "style_pronoun")) and not (named and named.clitic == ""):
                break      # "رئيسة الوزراء السيدة جورجيا ميلوني"، "ولي العهد ودولة رئيسة الوزراء"
                           # (but "رئيس دولة الإمارات" names a country)
            if (t := tags.at(j, "nisba")) and t.clitic == "":
                if self._before_bin(toks, tags, t.end):
                    break  # "الأمير تركي بن محمد": a first name, not "Turkish"
                if (o := tags.at(j - 1, "org")) and o.end > j and o.clitic[:1] in self.lex.clitics.conjunctions \
                        and o.clitic:
                    j = t.end  # "وزيرة الشؤون الخارجية والاتحاد الأوروبي": a portfolio, not the EU's office
                    continue
                if t.value in getattr(self.lex.gaz, "organisations", {}):
                    org = org or t.value
                else:
                    country = country or t.value
                j = t.end
                continue
            if (t := tags.at(j, "country")) and t.clitic in self.lam and not (
                    (country or org) and t.clitic == "" and word in self.lex.given_names
                    and t.end < n and joined(t.end)
                    and self.lex.is_name_word(toks[t.end].text)):
                # ("رئيسة الوزراء الإيطالية جورجيا ميلوني": after the nisba, a first name, though
                # a country's; "رئيس وزراء جورجيا إيراكلي ..." is Georgia's)
                country = country or t.value
                j = t.end
                continue
            if (t := tags.at(j, "org")) and t.clitic in self.lam:
                org = org or t.value
                j = t.end
                continue
            if (t := tags.at(j, "place")) and t.clitic == "" and not toks[j - 1].text.startswith(self.article) \
                    and j - 1 >= i and not self._definite_head(toks, i, j) and country is None and org is None:
                # "ولي عهد أبوظبي"، "حاكم دبي"، "أمير منطقة الرياض": a construct head governs a place
                country = country or self.lex.gaz.country_of(t.value)
                j = t.end
                continue
            if head.office in self.lex.reference_offices:
                break      # "الضيف السوري القيادة الروسية": a reference takes a nisba only
            if (t := tags.at(j, "former")) and t.clitic == "":
                former = True
                j = t.end
                continue
            if j == m.end and not tags.at(j, "tail") and any(
                    stem in self.lex.tail_stems for x in self.lex.pronoun_suffixes if word.endswith(x)
                    for stem in self._unsuffixed(word[:-len(x)])):
                words.append(word)   # "وزير خارجيته سيرغي لافروف": his foreign minister
                j += 1
                break
            if self._strip(word) in self.state_nouns and words[-1:] != [head.office] and j + 1 < n \
                    and joined(j + 1) and (nx := tags.at(j + 1, "nisba") or tags.at(j + 1, "country")) \
                    and nx.clitic == "" and not (country or org):
                j += 1       # "رئيس حكومة المملكة الإسبانية": the kingdom is Spain, not a body
                continue
            if (t := tags.at(j, "tail")) and t.clitic in self.tail_clitics:
                if (country or org) and t.clitic == "" and not word.startswith(self.article):
                    break   # "لفخامة الرئيس الإيراني مراسم استقبال": a noun after the title, no portfolio
                if t.value == "passing" and t.clitic == "":
                    j = t.end
                    continue
                words.append(self._stem(toks, t.start, t.clitic))
                words.extend(self._strip(w.text) for w in toks[t.start + 1:t.end])
                j = t.end
                if t.end - t.start == 1 and self.lex.fold(words[-1]) in self.lex.named_bodies and j + 2 < n \
                        and joined(j) and not toks[j].text.startswith(self.article) and not tags.names_at(j) \
                        and self.lex.is_name_word(toks[j + 1].text):
                    # "رئيسة بعثة يونامي جينين ...": the mission's name, then the holder (or
                    # "رئيس بعثة يونامي، محمد الحسان", after a comma)
                    j += 1
                continue
            if (country or org) and tags.at(j, "head") and toks[j].text.startswith(self.article):
                break      # "استقبلت نائبة الرئيس الكيني الوزيرة بيربوك": the object's title
            if (t := tags.at(j, "head")) and t.clitic in self.lam and (head.relational or t.clitic != ""
                                                                       or t.value.definite):
                # a nested title: "مساعد الرئيس الروسي"، "المستشار الإعلامي للرئيس"
                inner = self._parse(toks, tags, j, joined, hamza)
                if inner is None:
                    break
                words.extend([t.value.office, *inner.words[1:]])
                country = country or inner.country
                org = org or inner.org
                nested_end = inner.end
                possessed = self.lex.clitics.genitive(t.clitic)
                j = inner.end
                continue
            if head.office in self.lex.posted_offices and (t := tags.at(j, "country") or tags.at(j, "place")) \
                    and t.clitic in self.lex.place_link_clitics:
                post = post or str(t.value)
                j = t.end    # "سفير إسبانيا بالمغرب"
                continue
            if (head.office in self.lex.posted_offices or org) and (t := tags.at(j, "region")) \
                    and t.clitic in self.lam[1:]:
                # "الممثل الخاص للأمين العام للأمم المتحدة لغرب إفريقيا والساحل": the region he is
                # posted to, and one more after و (so "رئيس مكتب الأمم المتحدة لغرب إفريقيا": an
                # organisation's office for a region)
                j = t.end
                if j < n and joined(j) and toks[j].text[:1] in self.lex.clitics.conjunctions \
                        and toks[j].text[1:].startswith(self.article):
                    j += 1
                continue
            if (t := tags.at(j, "place_link")) and t.clitic == "" and j + 1 < n and country is None and org is None \
                    and (c := tags.at(j + 1, "country")) and c.clitic == "" and joined(j + 1) \
                    and head.office not in self.lex.posted_offices:
                country = c.value    # "رئيس المرحلة الانتقالية في مالي": Mali's
                j = c.end
                continue
            if country is None and org is None and len(words) > 1 and head.office not in self.lex.posted_offices \
                    and (c := tags.at(j, "country")) and c.clitic in self.lex.place_link_clitics and joined(j):
                country = c.value    # "وزير الدفاع بالولايات المتحدة": a portfolio, then its country after ب
                j = c.end
                continue
            # (or a body named by what follows it: "وزيرة الخارجية في حكومة الوحدة الوطنية الليبية")
            if (t := tags.at(j, "place_link")) and t.clitic == "" and j + 2 < n and joined(j + 1) \
                    and (toks[j + 1].text.startswith(self.article)
                         or (joined(j + 2) and toks[j + 2].text.startswith(self.article))) \
                    and self.lex.fold(self._strip(toks[j + 1].text)) in self.lex.inner_bodies:
                words.append(self._strip(toks[j + 1].text))
                j += 2       # "مستشار الشؤون الخارجية في الحكومة المؤقتة": the body it is held in
                continue
            # (an adviser of a body is posted too: "المستشارة الخاصة للأمين العام للأمم المتحدة بشأن ليبيا")
            if (t := tags.at(j, "place_link")) and t.clitic == "" and j + 1 < n and (
                    head.office in self.lex.posted_offices or (head.office == CHANCELLOR and org and not country)):
                nxt = tags.at(j + 1, "country") or tags.at(j + 1, "place") or tags.at(j + 1, "org")
                if nxt:
                    if not tags.at(j + 1, "org"):
                        post = post or str(nxt.value)
                    j = nxt.end
                    continue
            if (t := tags.at(j, "genitive_link")) and j + 1 < n:
                nxt = (tags.at(j + 1, "org") or tags.at(j + 1, "country") or tags.at(j + 1, "place")
                       or tags.at(j + 1, "tail"))
                j = nxt.end if nxt else t.end
                continue
            if word.startswith(self.article) and not hamza(j) and self._unknown_definite(toks, tags, j):
                words.append(self._strip(word))
                j += 1
                continue
            break
        return _Parse(j, words, country, org, former, nested_end, possessed and nested_end == j, post)

    def _unsuffixed(self, stem: str) -> tuple[str, ...]:
        """A word's stem before a pronoun suffix, with its ة back ("خارجيت" → "خارجية")."""
        return (stem, stem[:-1] + self.ta_marbuta) if stem.endswith(self.ta_open) else (stem,)

    def _definite_head(self, toks: list[Token], i: int, j: int) -> bool:
        """The word before j is definite: "الرئيس دمشق" is no construct."""
        return toks[j - 1].text.startswith(self.article)

    def _before_bin(self, toks: list[Token], tags: Tags, j: int) -> bool:
        """Token j is بن (not عبد، أبو) and a name word follows it."""
        return j + 1 < len(toks) and (b := tags.at(j, "joiner")) is not None and b.clitic == "" \
            and toks[j].text not in self.lex.initial_joiners and self.lex.is_name_word(toks[j + 1].text)

    def _unknown_definite(self, toks: list[Token], tags: Tags, j: int) -> bool:
        """A definite word the vocabulary lacks continues a title ("الرئيس الانتقالي"، "وزير
        الزراعة"، "الرئيس الغابوني علي بونغو") unless it is a known family name or a word of
        another kind ("الرئيس اليوم")."""
        word = toks[j].text
        if word in self.lex.given_names or word in self.lex.foreign_given:
            return False     # "ألكسندر"، "إليزابيث" fold to what looks like ال + كسندر
        if self._before_bin(toks, tags, j + 1):
            return False     # "الأمير الحسن بن طلال": a first name before بن, not a portfolio
        return not (tags.at(j, "person") or tags.at(j, "function") or tags.at(j, "date_word")
                    or tags.at(j, "trigger") or tags.at(j, "reporting") or tags.at(j, "definite")
                    or tags.at(j, "place") or tags.at(j, "reference") or tags.at(j, "pair")
                    or tags.at(j, "not_name") or word in self.lex.short_forms)

    def read(self, sent: Sent, i: int) -> Title | None:
        """The title whose head is token i of a sentence."""
        tags = sent.tags
        p = self._parse(sent.toks, tags, i, lambda j: sent.joined(j) and j not in sent.taken,
                        lambda j: sent.display(j, j + 1).startswith(self.hamza_alefs))
        if p is None:
            return None
        m = tags.at(i, "head")
        assert m is not None   # _parse found a head there
        head: HeadWord = m.value
        if head.relational and p.end == m.end and i > 0 and m.clitic == "" and sent.joined(i) \
                and sent.toks[i - 1].text in self.lex.given_names:
            return None   # "رئيس الوزراء علي الأمين زين": a secretary of nothing, after a first name
        office, core = head.office, self.core(p.words)
        if office == CHANCELLOR and (p.country or "") not in self.lex.chancellor_countries:
            office, core = ADVISER, self.core([ADVISER, *p.words[1:]])
        text = sent.bare(i, p.end, m.clitic, self.lex.clitics)
        return Title(i, p.end, text, office, core, head.gender, head.rank, p.country, p.org, p.former, m.clitic,
                     p.possessed, p.post)

    def complement_end(self, sent: Sent, j: int, posted: bool = False) -> int | None:
        """End of a genitive complement of a title the office grammar does not know, opened by
        ل ("للسياسة الخارجية والأمنية في الاتحاد الأوروبي"، "لسياسة الجوار ومفاوضات التوسيع"),
        or for a posted office by إلى/لدى ("المبعوث الشخصي ... إلى الصحراء، ستافان دي ميستورا"):
        the token where a name may begin (after one comma at most), or None."""
        toks, tags, lex = sent.toks, sent.tags, self.lex
        n = len(toks)
        opens = j < n and sent.joined(j) and (any(
            lex.clitics.genitive(c) and (stem.startswith(self.article) or not lex.is_name_word(stem))
            for stem, c in lex.clitics.readings(toks[j].text)[1:]) or (posted and bool(tags.at(j, "place_link"))))
        if not opens:
            return None
        k = j
        while k < n and k - j < lex.settings.title_complement_words and (
                sent.joined(k) or (k > j + 1 and sent.joined(k, comma=True) and lex.is_name_word(toks[k].text))):
            if k in sent.taken:   # a name the article already knows
                return k if k > j and any(p.start == k for p in sent.people) else None
            if any(tags.at(k, name) for name in ("head", "trigger", "definite", "reporting", "honorific",
                                                  "date_word", "presence", "place_noun")):
                return None      # "لبحث تنفيذ خطة الرئيس ...": a purpose, then another title;
                                 # "في مطار رفيق الحريري": a place named after someone
            word = toks[k].text
            plain = not any(stem.startswith(self.article) for stem, _ in lex.clitics.readings(word))
            if plain and lex.is_name_word(word) and not (tags.at(k, "org") or tags.at(k, "place")
                                                         or tags.at(k, "country") or tags.at(k, "function")):
                return k if k > j else None
            k += 1
        return None

    # ------------------------------------------------------------------ gazetteer offices
    def office_key(self, title_text: str) -> tuple[str, str | None] | None:
        """(core, country) of an office as the gazetteer writes it."""
        toks = tokens(self.lex.fold(title_text))
        tags = self.lex.tagger.tag(toks)
        start = next((k for k in range(len(toks)) if tags.at(k, "head")), None)
        if start is None:
            return None
        p = self._parse(toks, tags, start, lambda i: i < len(toks))
        if p is None:
            return None
        m = tags.at(start, "head")
        assert m is not None
        office = m.value.office
        core = self.core(p.words)
        if office == CHANCELLOR and (p.country or "") not in self.lex.chancellor_countries:
            core = self.core([ADVISER, *p.words[1:]])
        return core, p.country or p.org

    def index_offices(self) -> None:
        """Fill the lexicon's office index: (core, country) → who held it when."""
        from ..gazetteer import tenure

        for person in self.lex.gaz.people.values():
            for office in person.offices:
                start, end = tenure(office)
                for text in (office.title, *office.short):
                    key = self.office_key(text)
                    if key is None:
                        continue
                    if key[1] is None and person.country:
                        key = (key[0], person.country)
                    refs = self.lex.offices.setdefault(key, [])
                    ref = OfficeRef(person.id, office.title, start, end)
                    if ref not in refs:
                        refs.append(ref)
