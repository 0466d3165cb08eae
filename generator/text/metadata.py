"""Metadata written into the text: publication lines, date lines, datelines, bylines, outlets.

"First Published: 2019-03-01", "نُشر في: 19 آذار 2022 - 11:05 | القسم: سياسة | تلفزيون
الشمال الحر", "الخميس 1 رمضان 1439هـ – 17 مايو 2018م", "اللاذقية – وكالة الشام للأنباء",
"موسكو – التقى ..." (an inline dateline), "كتب: محمود عبد الرازق", "المصدر: وكالات".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from ..dates.grammar import DateExpr, DateGrammar
from ..lang import Language
from ..lang.words import PhraseIndex, tokens

_QUOTES = regex.compile(r"[«»\"“”'()]")
_NONWORD = regex.compile(r"[\s\p{P}\p{S}]")
_BAR = regex.compile(r"\s*\|\s*")           # "التاريخ | المصدر": parts of a header line
_AFTER_COMMA = regex.compile(r"[،,].*$")
_SENTENCE_MARK = regex.compile(r"[.؟!:]")
_YEAR = regex.compile(r"(?<![0-9])((?:19|20)[0-9][0-9])(?![0-9])")


@dataclass
class Meta:
    published: str | None = None
    published_rule: str | None = None
    header_date: str | None = None
    dateline: str | None = None          # place name as written
    dateline_place: str | None = None    # place id
    outlet: str | None = None
    byline: str | None = None
    copyright_year: int | None = None    # of the page's copyright line
    attributions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class MetaReader:
    """Recognises metadata lines; places come from the gazetteer index."""

    def __init__(self, lang: Language, grammar: DateGrammar, places: PhraseIndex,
                 countries: frozenset[str] = frozenset()) -> None:
        m = lang.metadata
        self.lang, self.grammar, self.places, self.countries = lang, grammar, places, countries
        f = lang.fold
        self.published = sorted((f(p) for p in lang.dates.published_labels), key=len, reverse=True)
        self.published_lower = tuple(p.lower() for p in self.published)
        self.bylines = [f(b) for b in m.bylines]
        self.byline_re = regex.compile("(?:" + "|".join(regex.escape(w) for w in self.bylines) + r")\s*:")
        self.sources = [f(s) for s in m.source_labels]
        label = lambda words: regex.compile("(?:" + "|".join(regex.escape(w) for w in words) + r")\s*:")
        self.source_re = label(self.sources)
        self.sections = [f(s) for s in m.section_labels]
        self.section_names = {f(s) for s in m.section_names}
        self.outlet_words = {f(w) for w in m.outlet_words}
        self.noise = sorted((f(n) for n in m.outlet_noise), key=len, reverse=True)
        seps = "".join(regex.escape(s) for s in m.dateline_separators if s != ":")
        self.split_re = regex.compile(rf"\s+[{seps}]\s*|\s*[{seps}]\s+|\s*\|\s*")
        slashes = seps + "".join(regex.escape(s) for s in m.dateline_slashes)
        self.split_slash_re = regex.compile(rf"\s+[{slashes}]\s*|\s*[{slashes}]\s+|\s*\|\s*")
        alt = lambda words: "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        zones = alt([f(z) for z in m.time_zones])
        self.time_re = regex.compile(rf"\b\d{{1,2}}:\d{{2}}\b(\s*({alt(m.time_markers)}))?(\s*({zones})(\s+\w+)?)?",
                                     regex.I)
        self.copyright_marks = {c for mark in m.copyright_marks for c in (mark, f(mark).lower()) if c.strip()}
        self.outlet_prefix_re = regex.compile(rf"^({alt(m.outlet_prefixes)})\s*")
        self.outlet_suffix_re = regex.compile(rf"\s*({alt(m.outlet_suffixes)})\s*$")
        self.inline_re = regex.compile(rf"^(?P<head>[^\n.،,:]{{2,40}}?)\s*(?:\([^)]{{1,30}}\))?\s*[{seps}]\s*")
        # "برلين – «القدس العربي»: لم ينتظر ...": the outlet's credit after a dateline
        self.credit_re = regex.compile(rf"^[«\"“(\[](?P<name>[^«»\"“”()\[\]\n]{{2,30}})[»\"”)\]]\s*[:{seps}]\s*")
        # "الرياض 8 ديسمبر 2022 (شينخوا) التقى ...": a wire dateline with its date and agency
        self.wire_re = regex.compile(rf"^(?P<head>[^\n.:()/\d]{{2,40}})(?P<date>\d[^\n.()/]{{0,30}}?)\s*"
                                     rf"(?:\((?P<agency>[^)\n]{{1,30}})\)|/\s*(?P<slash>[^/\n]{{1,20}}?)\s*/)\s*(?:[{seps}]+\s*)?")

    # ------------------------------------------------------------------ pieces
    def place_of(self, text: str) -> str | None:
        """Place id when the whole text is one gazetteer place (with clitics)."""
        key = self.lang.fold(_QUOTES.sub(" ", text)).strip(" ،,")
        toks = tokens(key)
        if not toks:
            return None
        m = self.places.match_at(toks, 0)
        if not m or m.end != len(toks):
            return None
        if m.value in self.countries:
            # "الجزائر - واج"، "الكويت (كونا) -": a dateline is a city, here the capital that
            # bears its country's name
            return next((v for v in self.places.all_at(toks, 0, len(toks)) if v not in self.countries), m.value)
        return m.value

    def _clean_outlet(self, text: str) -> str | None:
        out = _QUOTES.sub(" ", text).strip()
        key = self.lang.fold(out)
        for noise in self.noise:
            if key.startswith(noise + " ") or key == noise:
                out = out[len(noise):].strip(" ـ")
                key = self.lang.fold(out)
            elif key.endswith(" " + noise):
                out = out[: len(out) - len(noise)].strip()
                key = self.lang.fold(out)
        out = self.outlet_prefix_re.sub("", out).strip(" -–|")
        out = self.outlet_suffix_re.sub("", out).strip()
        return out or None

    def _date_line(self, key: str) -> tuple[list[DateExpr], float]:
        """Date expressions of a line and the share of its letters they cover."""
        stripped = self.time_re.sub("", key)
        exprs = self.grammar.find(stripped)
        covered = sum(len(_NONWORD.sub("", stripped[e.start:e.end])) for e in exprs)
        return exprs, covered / max(1, len(_NONWORD.sub("", stripped)))

    def short_line(self, key: str) -> bool:
        """A line of a few words (a stamp, a share row), not a sentence."""
        return len(key.split()) <= self.lang.metadata.stamp_words

    def closing_stamp(self, key: str) -> str | None:
        """The date of a wire service's closing stamp ("ع.ش/ 25-09-2022 20:12"): a short last
        line that is mostly one full date."""
        exprs, coverage = self._date_line(key)
        if not exprs or not self.short_line(key) or coverage < self.lang.metadata.wire_date_coverage:
            return None
        return self.best_date(exprs)

    @staticmethod
    def best_date(exprs: list[DateExpr]) -> str | None:
        """A full date from a date line, Gregorian preferred over Hijri."""
        full = [e for e in exprs if e.year and e.month and e.day]
        full.sort(key=lambda e: e.kind == "hijri")
        if not full:
            return None
        best = full[0]
        assert best.year and best.month and best.day
        return dt.date(best.year, best.month, best.day).isoformat()

    # ------------------------------------------------------------------ lines
    def classify(self, text: str, meta: Meta, in_header: bool, key: str | None = None) -> str | None:
        """Record a metadata line into meta; returns the rule name, or None if not metadata."""
        key = (key if key is not None else self.lang.norm.key_of(text)).strip()
        if key.startswith(self.published_lower) and not self._publication_lead(key):
            parts = _BAR.split(text)
            exprs = self.grammar.find(self.lang.fold(parts[0]))
            date = self.best_date(exprs)
            if date and not meta.published:
                meta.published, meta.published_rule = date, "publication line"
            for part in parts[1:]:
                pk = self.lang.fold(part)
                if not any(pk.startswith(s) for s in (*self.sections, *self.published)) and not meta.outlet:
                    meta.outlet = self._clean_outlet(part)
            return "metadata: publication line"
        if not in_header and any(m in key or m in text for m in self.copyright_marks) and (years := _YEAR.findall(key)) \
                and len(key.split()) <= self.lang.metadata.stamp_words * 3:
            meta.copyright_year = max(int(y) for y in years)   # "© 2010-2023": the latest
            return "metadata: copyright"
        if self.source_re.match(key):
            meta.attributions.append(text.split(":", 1)[1].strip())
            return "metadata: source attribution"
        if not in_header:
            return None
        parts = [p.strip() for p in _BAR.split(key) if p.strip()]
        if len(parts) >= 2 and all(p in self.section_names or any(w in self.outlet_words for w in p.split())
                                   for p in parts):
            outlet = next((p for p in _BAR.split(text) if self.lang.fold(p).strip() not in
                           self.section_names), None)
            if outlet and not meta.outlet:
                meta.outlet = self._clean_outlet(outlet)
            return "metadata: outlet and sections"
        if self.byline_re.match(key):
            meta.byline = text.split(":", 1)[1].strip()
            return "metadata: byline"
        if self._place_date_line(text, meta):
            return "metadata: dateline"
        exprs, coverage = self._date_line(key)
        words = len(key.split())
        if exprs and words <= 14 and coverage < 0.5 and "|" in key and self._bar_date_line(key, text, meta):
            return "metadata: date line"
        if exprs and words <= 14 and coverage >= 0.5:
            date = self.best_date(exprs)
            if date:
                meta.header_date = meta.header_date or date
                return "metadata: date line"
        splitter = self.split_re if any(c.isdigit() for c in key) else self.split_slash_re
        parts = [p for p in splitter.split(text) if p.strip()]
        if 2 <= len(parts) <= 4 and words <= 10 and not text.rstrip().endswith((".", "؟", "!")):
            places = [self.place_of(_AFTER_COMMA.sub("", p)) for p in parts]
            others = [p for p, pl in zip(parts, places) if not pl]
            if any(places) or any(self.lang.fold(p).strip() in self.noise for p in parts):
                first = next(i for i, pl in enumerate(places) if pl) if any(places) else None
                if first is not None and not meta.dateline:
                    meta.dateline = _AFTER_COMMA.sub("", parts[first]).strip()
                    meta.dateline_place = places[first]
                for other in others:
                    if self.lang.fold(other).strip() in self.noise:
                        continue
                    if found := self.grammar.find(self.lang.fold(other)):
                        # "بوينس آيرس - 23 يناير 2023 (وكالات)": the place's line carries the date
                        meta.header_date = meta.header_date or self.best_date(found)
                        continue
                    if not meta.outlet:
                        meta.outlet = self._clean_outlet(other)
                return "metadata: dateline"
        toks = key.split()
        if 1 < len(toks) <= 4 and any(t in self.outlet_words for t in toks) and not _SENTENCE_MARK.search(text):
            if not meta.outlet:
                meta.outlet = self._clean_outlet(text)
            return "metadata: outlet"
        return None

    def _bar_date_line(self, key: str, text: str, meta: Meta) -> bool:
        """A header line of short parts between bars, one of them a full date: "الساحل 24 |
        أخبار أفريقيا | الأحد 7 يوليو 2024", "محمد إقبال |24.02.2022". A part that opens
        with a place is the dateline ("مانيلا - رويترز"). A site's header of sections ending
        with today's date is none: its date is the day the page was read."""
        parts = [p for p in _BAR.split(key) if p.strip()]
        dated = [p for p in parts if self._date_line(p)[1] >= 0.8]
        rest = [p for p in parts if p not in dated]
        date = self.best_date(self._date_line(dated[0])[0]) if len(dated) == 1 else None
        if not date or any(len(p.split()) > self.lang.metadata.bar_part_words for p in rest) \
                or set(dated[0].split()) & self.section_names \
                or sum(p.strip() in self.section_names for p in rest) >= 2:
            return False   # (a site's header of sections: "سياسة | اقتصاد | آراء   الثلاثاء 18 يوليو 2023")
        meta.header_date = meta.header_date or date
        for part in (p for p in _BAR.split(text) if p.strip()):
            pieces = [q for q in self.split_re.split(part) if q.strip()]
            place = self.place_of(_AFTER_COMMA.sub("", pieces[0])) if pieces else None
            if place and not meta.dateline:
                meta.dateline, meta.dateline_place = _AFTER_COMMA.sub("", pieces[0]).strip(), place
        return True

    def _place_date_line(self, text: str, meta: Meta) -> bool:
        """A line of a place, a date and perhaps the agency, without separators
        ("كوالالمبور 27 مايو 2025م واس"): the dateline and the header's date."""
        words = text.split()
        if not 2 <= len(words) <= 12 or _SENTENCE_MARK.search(text):
            return False
        cut, place = next(((k, p) for k in range(min(len(words) - 1, 4), 0, -1)
                           if (p := self.place_of(" ".join(words[:k])))), (0, None))
        if not cut:
            return False
        for agency in range(min(2, len(words) - cut - 1), -1, -1):   # the shortest date, the rest the agency
            rest = words[cut:len(words) - agency]
            exprs, coverage = self._date_line(self.lang.fold(" ".join(rest)))
            date = self.best_date(exprs) if coverage >= self.lang.metadata.wire_date_coverage else None
            if date is None:
                continue
            if not meta.dateline:
                meta.dateline, meta.dateline_place = " ".join(words[:cut]).strip(" ،,"), place
            meta.header_date = meta.header_date or date
            if agency and not meta.outlet:
                meta.outlet = self._clean_outlet(" ".join(words[len(words) - agency:]))
            return True
        return False

    def _publication_lead(self, key: str) -> bool:
        """A publication line that goes on with the story ("نشر بتاريخ: طرابلس 28 يناير 2023 م
        (وال) – عقد رئيس الحكومة ..."): the stamp is cut off (inline_dateline), the lead kept."""
        if "|" in key or not key.startswith(self.published_lower) or key.split(":", 1)[0].strip() not in self.published_lower:
            return False   # ("نشر في: الثلاثاء 20 أغسطس 2024 - 4:12 م | آخر تحديث: ...": stamps only)
        rest = self.split_re.split(key, maxsplit=1)
        return len(rest) == 2 and len(rest[1].split()) > self.lang.metadata.stamp_words * 3

    def inline_dateline(self, text: str, meta: Meta) -> str:
        """Strip "موسكو – " from the start of a paragraph, recording it as the dateline."""
        if self._publication_lead(self.lang.fold(text).strip()):
            label, text = text.split(":", 1)
            text = text.lstrip()
        m = self.inline_re.match(text)
        if not m:
            return self._wire_dateline(text, meta)
        place = self.place_of(m["head"])
        if not place:
            return self._wire_dateline(text, meta)
        if not meta.dateline:
            meta.dateline, meta.dateline_place = m["head"].strip(), place
        rest = text[m.end():]
        credit = self.credit_re.match(rest)
        if credit is not None and len(credit["name"].split()) <= 4:
            meta.outlet = meta.outlet or credit["name"].strip()
            rest = rest[credit.end():]
        # ("كاتماندو (وكالات) – 24/06/2017": the line goes on with the header's date alone)
        exprs, coverage = self._date_line(self.lang.fold(rest))
        date = self.best_date(exprs) if exprs and self.short_line(rest) and coverage >= 0.5 else None
        if date is not None:
            meta.header_date = meta.header_date or date
            return ""
        return rest

    def _wire_dateline(self, text: str, meta: Meta) -> str:
        """Strip "الرياض 8 ديسمبر 2022 (شينخوا)" from the start of a paragraph, recording the
        place, the full date and the agency; a date without its year stays in the text (the
        day and month still date what follows)."""
        m = self.wire_re.match(text)
        if not m:
            return text
        # the place is the longest run of the first words that names one ("أبو ظبي، الخميس 8 ...")
        words = m["head"].split()
        cut, place = next(((k, p) for k in range(len(words), 0, -1) if (p := self.place_of(" ".join(words[:k])))),
                          (0, None))
        if not cut and not (m["agency"] and 1 <= len(words) <= 2):
            return text
        # ("بورتسودان 14-9-2023 (سونا) -": a town the world data lacks, before a full date and an
        # agency in brackets, is a dateline too)
        cut = cut or len(words)
        exprs, coverage = self._date_line(self.lang.fold(" ".join(words[cut:]) + " " + m["date"]))
        date = self.best_date(exprs) if coverage >= self.lang.metadata.wire_date_coverage else None
        if date is None:
            if exprs and coverage >= self.lang.metadata.wire_date_coverage and place and not meta.dateline:
                # ("نيودلهي في 19 يناير/ وام/ بحث ..."): a day without its year stays in the text,
                # to date what follows, but the place is the dateline all the same
                meta.dateline, meta.dateline_place = " ".join(words[:cut]).strip(" ،,"), place
                meta.outlet = meta.outlet or (m["agency"] or m["slash"]).strip()
            return text
        if not meta.dateline:
            meta.dateline, meta.dateline_place = " ".join(words[:cut]).strip(" ،,"), place
        meta.header_date = meta.header_date or date
        if not meta.outlet:
            meta.outlet = (m["agency"] or m["slash"]).strip()   # as written: "(بترا)" is no "بـترا"
        return text[m.end():]
