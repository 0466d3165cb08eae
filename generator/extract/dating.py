"""When a meeting took place, from the dates attached to its clauses.

The date written in the meeting's own clause beats the other dates of its sentence (the
statement's date), which beat the article's date line; dates that are anchors ("منذ
2011") or in background clauses never count. A relative word or weekday is read against
the publication date; without one, the year may come from the text's anchors ("قبل خمس
سنوات" of a war that began in 2011), and a day-and-month without a year is pinned only
when a single year in the participants' tenures fits its weekday.

Example: "التقى ... الثلاثاء" published 2019-03-05 (a Tuesday) → 2019-03-05, rule
"weekday + published".
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..dates.anchors import YearHint
from ..dates.constraint import DateConstraint
from ..dates.grammar import DateExpr
from ..dates.resolve import constrain, reference_window
from ..lang.dates_schema import LiveStamps
from .clauses import pluperfect
from .doc import NOT_IN_PERSON, ClauseKind, Doc, Status
from .frames import Frame

RULES = {"iso": "explicit", "explicit": "explicit", "hijri": "hijri", "relative": "relative day + published",
         "weekday": "weekday + published", "year": "explicit year", "period": "relative period + published"}


@dataclass
class DateFinding:
    constraint: DateConstraint | None
    evidence: list[tuple[int, str]] = field(default_factory=list)   # (sentence, rule)
    conflicts: list[tuple[int, str]] = field(default_factory=list)
    window: tuple[int, int] | None = None

    def resolve(self) -> tuple[str | None, str]:
        if self.constraint is None:
            return None, "unknown"
        return self.constraint.resolve(self.window)


def _rule(expr: DateExpr, ref: dt.date | None) -> str:
    if expr.kind in ("weekday", "relative", "period") and ref is None:
        return "weekday" if expr.weekday is not None else "relative (no publication date)"
    if expr.kind == "explicit" and expr.year is None:
        return "day and month + published" if ref else "day and month"
    return RULES[expr.kind]


def _date_line(expr: DateExpr, chars: int) -> bool:
    """A date where a lead's date line stands ("هونيارا 27 مايو 2022 -"، "باريس في 30 أغسطس/ بنا /")."""
    return expr.kind in ("explicit", "iso") and expr.day is not None and expr.start <= chars


def _line_day(expr: DateExpr, ref: dt.date) -> dt.date | None:
    """The day a date line names, in the reference's year when it gives none."""
    try:
        return dt.date(expr.year or ref.year, expr.month or 0, expr.day or 0)
    except ValueError:
        return None


def _year_elsewhere(found: DateFinding, later: list[tuple[int, DateExpr]], ref: dt.date | None) -> None:
    """A day and month without a year take the year the text gives the same meeting elsewhere
    ("ويأتي اللقاء ... خلال عام 2023"), when exactly one such year fits them (weekday included)."""
    assert found.constraint is not None   # the caller has just set it
    fits: dict[int, tuple[DateConstraint, int]] = {}
    for sentence, expr in later:
        if expr.is_anchor or expr.year is None:
            continue
        c = constrain(expr, ref)
        both = found.constraint.meet(DateConstraint(c.years)) if c is not None and c.years else None
        if both is not None and both.years and len(both.years) == 1:
            fits.setdefault(next(iter(both.years)), (both, sentence))
    if len(fits) == 1:
        (both, sentence), = fits.values()
        found.constraint = both
        found.evidence.append((sentence, "year from another mention of the meeting"))


def date_event(tiers: list[list[tuple[int, DateExpr]]], ref: dt.date | None, ref_rule: str | None,
               hints: list[YearHint], window: tuple[int, int] | None,
               earlier: tuple[dt.date, int] | None = None,
               years_of_meeting: Sequence[tuple[int, DateExpr]] = (), date_line: int = 0,
               live: bool = False) -> DateFinding:
    """Combine an event's date expressions, tier by tier (clause, sentence, article);
    `earlier` is the latest past event the text dates, a lower bound when nothing else is;
    `years_of_meeting` are dates in other sentences about the meeting, read for a year only;
    a full date within `date_line` characters of a sentence start may be its date line;
    `live`: the page is live coverage, so an entry naming no day is of the page's date."""
    found = DateFinding(None, window=window)
    for n, tier in enumerate(tiers):
        current: DateConstraint | None = None
        first: tuple[int, DateExpr] | None = None
        for sentence, expr in tier:
            if expr.is_anchor:
                continue
            c = constrain(expr, ref)
            if c is None:
                continue
            if current is None:
                current, first = c, (sentence, expr)
                found.evidence.append((sentence, _rule(expr, ref)))
                continue
            both = current.meet(c)
            if both is None and first is not None and _date_line(first[1], date_line) and first[0] == sentence \
                    and ref is not None and expr.kind in ("weekday", "relative") and c.resolve()[1] == "day":
                # "هونيارا 27 مايو 2022 - التقى ... يوم الخميس": the lead's date line is the
                # story's date; the day its sentence names is the meeting's, counted from it
                # ("باريس في 30 أغسطس ... ظهر أمس الإثنين": the 29th)
                line = _line_day(first[1], ref)
                c = (constrain(expr, line) if line is not None else None) or c
                found.conflicts.append((sentence, current.describe()))
                current, first = c, None
                found.evidence[-1] = (sentence, _rule(expr, ref))
                continue
            if both is None:
                found.conflicts.append((sentence, c.describe()))
            else:
                if both != current:
                    found.evidence.append((sentence, _rule(expr, ref)))
                current = both
        if current is not None:
            found.constraint = current
            if current.years is None and not (current.lo or current.hi) and ref is None:
                _year_elsewhere(found, [x for t in tiers[n + 1:] for x in t] + list(years_of_meeting), ref)
            break
    if ref is not None and (found.constraint is None or found.constraint.resolve(window)[1] != "day"):
        near = reference_window(ref, 0) if live else reference_window(ref)
        base = found.constraint.meet(near) if found.constraint else near
        if base is not None:
            if found.constraint is None and live:
                found.evidence.append((-1, f"on the day of the {ref_rule or 'publication date'}"))
            elif found.constraint is None:
                found.evidence.append((-1, f"shortly before the {ref_rule or 'publication date'}"))
            found.constraint = base
    if found.constraint is None or not found.constraint.years:
        years = {h.year for h in hints}
        if len(years) == 1:
            year = years.pop()
            c = DateConstraint(frozenset({year}))
            merged = found.constraint.meet(c) if found.constraint else c
            if merged is not None:
                found.constraint = merged
                for h in hints:
                    for s in h.sentences or (-1,):   # (no sentence: the page's copyright line)
                        found.evidence.append((s, h.rule))
        elif len(years) > 1:
            found.conflicts.extend((h.sentences[0], f"year {h.year} ({h.rule})") for h in hints)
    if earlier and found.constraint is not None and found.resolve()[1] != "day":
        bounded = found.constraint.meet(DateConstraint(lo=earlier[0]))
        if bounded is not None and bounded.resolve(window) != found.resolve():  # kept only if it tells more
            found.constraint = bounded
            found.evidence.append((earlier[1], "after an earlier dated event in the text"))
    return found


def recalled(doc: Doc, frames: list[Frame], ref: dt.date | None, hints: list[YearHint], days_before: int) -> None:
    """A meeting told with an earlier date ("استقبله في سوتشي عام 2018", "في تشرين الثاني
    الماضي") than the article's own time is background, not news."""
    years = {h.year for h in hints}
    now = ref.year if ref else (next(iter(years)) if len(years) == 1 else None)
    if now is None:
        return
    cutoff = ref - dt.timedelta(days=days_before) if ref else None
    for f in frames:
        if f.status is not Status.ACTUAL:
            continue
        sent = doc.sents[f.sentence]
        # (a signing is not dated by what a relative clause tells of the text signed: "وقّع
        # الوزيران على نص الاتفاقية، التي جرى التوافق على صيغتها في آذار الماضي")
        own = [e for e, clause in sent.dates if clause in f.clauses and not e.is_anchor
               and not sent.noun_dated(e, (f.trigger,))
               and (f.kind != "sign" or clause == f.clause or not sent.clauses[clause].relative)]
        # ("اللقاء الذي جمع X بـ Y الشهر الماضي": a meeting noun's clause names it, as a reference does)
        named = f.kind == "reference" or (0 <= f.trigger < len(sent.toks) and sent.of_meeting(sent.clause_of(f.trigger)))
        if not named and any(_news_day(e, ref, cutoff) for e in own):
            continue   # the earlier date is of something else the clause tells (a postponement)
        for e in own:
            if named:
                # the article's meeting named again may be last month's (an analysis piece);
                # one of an earlier year is another meeting ("القمة الأولى التي استضافتها الرياض في
                # أكتوبر 2023" in an article of 2025)
                if e.year is not None and e.year < now:
                    f.status = Status.BACKGROUND
                    break
                continue
            if e.kind == "period" and e.period and e.period[1] < 0 and e.day is None:
                f.status = Status.BACKGROUND   # "الشهر الماضي"، "الأسبوع الماضي": before the news
                break
            c = constrain(e, ref)
            days = c.days(None) if c else None
            if (e.year is not None and e.year < now) or (cutoff and days and max(days) < cutoff):
                f.status = Status.BACKGROUND
                break


def ahead(doc: Doc, frames: list[Frame], ref: dt.date | None) -> None:
    """A meeting or attendance told in the present with a later day in its own clause
    ("ويترأس ولي العهد، إلى جانب رئيس الوزراء الماليزي، أعمال القمة المقررة غدا") is planned."""
    if ref is None:
        return
    for f in frames:
        sent = doc.sents[f.sentence]
        if f.status is Status.ACTUAL and (f.tense != "past" or f.kind == "presence") and f.kind != "reference" and any(
                clause == f.clause and after_published(e, ref) for e, clause in sent.dates):
            f.status = Status.PLANNED


def told_late(doc: Doc, frames: list[Frame], ref: dt.date | None, days_before: int) -> None:
    """The news told in the pluperfect after the quotes it led with: "وكان الرئيس السيسي قد
    استقبل، اليوم الاثنين، وزير الخارجية الإيراني" (an Egyptian paper's habit) is today's
    meeting when the article tells no other meeting as done; so is one told as what came
    before the news ("بعد يومين على اللقاء الذي جمع ..."), the article being about its aftermath. Only a day of the news's own
    time counts (today, yesterday, a weekday of the last `days_before` days); "وكانا قد التقيا
    في سبتمبر الماضي" stays background."""
    # (any frame told as done with people in it, a presence or a reference too: "وعقدت المحادثات
    # بحضور ..." is the news, and "وكان ولي العهد قد استقبل الاثنين ..." what came before)
    if ref is None or any(f.status is Status.ACTUAL and f.kind != "phone" and (f.subject or f.objects or f.extra or f.carried)
                          for f in frames):
        return
    cutoff = ref - dt.timedelta(days=days_before)
    for f in frames:
        if f.status is not Status.BACKGROUND or f.kind in NOT_IN_PERSON or not f.subject:
            continue
        sent = doc.sents[f.sentence]
        clause = sent.clauses[f.clause]
        # ("بعد يومين على اللقاء الذي جمع ألبانيزي بالرئيس الصيني في بكين الاثنين، لا يزال
        # الجدل قائما": what followed the meeting is the news, the meeting its subject)
        after = clause.kind is ClauseKind.PAST or (clause.kind is ClauseKind.ATTACH and clause.parent is not None
                                                   and sent.clauses[clause.parent].kind is ClauseKind.PAST)
        if sent.tags.any(Status.BACKGROUND.value, clause.start, clause.end) or not (
                after or pluperfect(sent, clause.start, clause.end, doc.lex)):
            continue   # "سبق أن التقى" is told as the past whatever its day
        own = [e for e, c in sent.dates if c in f.clauses and not e.is_anchor]
        # (a bare weekday or today, yesterday: "الخميس الماضي" is told as gone by)
        if own and all((e.rel_days is not None or e.weekday is not None) and e.modifier != "past" for e in own) \
                and all(_news_day(e, ref, cutoff) for e in own):
            f.status = Status.ACTUAL
            for c in f.clauses:
                seg = sent.clauses[c]
                if seg.status is Status.BACKGROUND:
                    seg.status = Status.ACTUAL
                seg.steps = [(cut, Status.ACTUAL if st is Status.BACKGROUND else st) for cut, st in seg.steps]


def _news_day(e: DateExpr, ref: dt.date | None, cutoff: dt.date | None) -> bool:
    """A day within the news's own time: "استقبل ... أمس الاثنين ... في زيارة كانت مقررة في
    أيار الماضي" is yesterday's meeting, whatever else its clause dates."""
    if ref is None or cutoff is None or not (e.day or e.weekday is not None or e.rel_days is not None):
        return False
    c = constrain(e, ref)
    days = c.days(None) if c else None
    return days is not None and bool(days) and cutoff <= min(days) <= ref


def after_published(e: DateExpr, published: dt.date) -> bool:
    """A date expression that names a day after the publication date (its year, or else the
    publication's), or a later month or year ("قمة الحلف عام 2026" in an article of 2024)."""
    if e.year is not None and e.year > published.year:
        return True
    if e.kind in ("relative", "period") and ((e.rel_days or 0) > 0 or (e.period is not None and e.period[1] > 0)):
        return True   # "غدا"، "الأسبوع المقبل"
    if e.year == published.year and e.month and not e.day:
        return e.month > published.month
    if not (e.month and e.day):
        return False
    try:
        return dt.date(e.year or published.year, e.month, e.day) > published
    except ValueError:
        return False


@functools.lru_cache(maxsize=4)
def _stamp(pattern: str) -> regex.Pattern:
    return regex.compile(pattern)


def live_coverage(doc: Doc, stamps: LiveStamps | None) -> bool:
    """The page is live coverage: enough lines that are only a clock time ("11:20 بتوقيت غرينتش")."""
    if stamps is None:
        return False
    stamp = _stamp(stamps.pattern)
    return sum(1 for s in doc.sents if stamp.match(s.text) and len(s.text.split()) <= stamps.max_words) \
        >= stamps.min_lines
