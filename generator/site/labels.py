"""The site's Arabic UI labels: loaded from data/labels.yaml and checked in this one place.

Each group lists its keys; a key written `name:a,b` must use exactly the placeholders {a}
and {b}, so a translator's typo fails the build with the file and line instead of showing
"{yaer}" to readers.
"""
from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from .. import yamlio

LABELS_FILE = Path(__file__).parent / "data" / "labels.yaml"

_GROUPS: dict[str, str] = {
    "site": "home_title home_intro latest years most_active data data_intro data_json data_csv "
            "data_atom data_ics more about_link review_link stat_meetings stat_calls stat_people "
            "stat_period feed_title feed_link calendar_name separator permalink",
    "index": "years_title years_intro people_title people_intro places_title places_intro "
             "topics_title topics_intro undated col_year col_name col_country col_meetings "
             "col_calls col_last col_place col_topic col_person other_places",
    "meeting": "date place kind participants topics summary key_points quotes mentioned sources "
               "sources_list evidence evidence_intro neighbours previous next none_before "
               "none_after published no_link unnamed_source untitled_source unknown_place conflicts "
               "confidence review_needed review_needed_intro reviewed_note reviewed_on:date editor "
               "source_ref article provisional rule venue_in",
    "marks": "reviewed reviewed_hint uncertain uncertain_hint provisional provisional_hint",
    "kinds": "visit third-party multilateral phone",
    "roles": "host guest participant",
    "reasons": "ordered quoted other-event planned named",
    "facts": "date place participant participants topic kind other",
    "year": "title:year chart chart_label:year bar_label:month,count most_active:year months "
            "unknown_month calls previous next all_years",
    "person": "latin variants country offices office_from office_to office_now meetings calls "
              "counterparts topics quotes years with no_meetings provisional_note",
    "place": "within contains meetings no_meetings calls people nationals years provisional_note",
    "place_kinds": "city base venue region country",
    "topic": "meetings people years",
    "review": "title intro none reasons conflicts",
    "not_found": "title intro search home",
    "footer": "label about feed data review summary:meetings,calls,sources,first,last "
              "updated:date note",
    "dates": "day:weekday,day,month,year day_no_weekday:day,month,year month:month,year "
             "year:year unknown both_months:levantine,egyptian",
    "palette": "to_dark to_light",
}
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")
_COUNTED = ("meeting", "call", "person", "source")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _group_model(group: str, spec: str) -> tuple[type[BaseModel], Callable[[dict[str, Any]], None]]:
    keys = {}
    for item in spec.split():
        key, _, params = item.partition(":")
        keys[key] = set(params.split(",")) if params else set()

    def check(data: dict[str, Any]) -> None:
        for key, wanted in keys.items():
            value = data.get(key)
            if isinstance(value, str) and _fields(value) != wanted:
                shown = ", ".join("{%s}" % w for w in sorted(wanted)) or "no placeholders"
                raise ValueError(f"{group}.{key} must use {shown}")

    fields: dict[str, Any] = {key.replace("-", "_"): (str, Field(alias=key)) for key in keys}
    model = create_model(f"{group.title()}Labels", __config__=ConfigDict(extra="forbid"), **fields)
    model.__doc__ = f"Labels of group {group}."
    return model, check


class Plural(BaseModel):
    model_config = ConfigDict(extra="forbid")
    zero: str
    one: str
    two: str
    few: str
    many: str
    other: str

    def format(self, n: int) -> str:
        """The count with its noun in the Arabic plural form for n."""
        return getattr(self, plural_form(n)).format(n=n)


_MODELS = {group: _group_model(group, spec) for group, spec in _GROUPS.items()}


class ReasonLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    prefix: str = Field(min_length=1)
    text: str
    fields: bool = False  # what follows the prefix is a list of facts ("date, place")


class ReviewReasons(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fallback: str = Field(min_length=1)
    known: list[ReasonLabel]


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class EvidenceRules(BaseModel):
    """Arabic for the extractor's date rules; a key may hold one {placeholder} looked up in
    `values` (the era "syrian-conflict", the reference "date line")."""

    model_config = ConfigDict(extra="forbid")
    fallback: str = Field(min_length=1)
    names: dict[str, str]
    values: dict[str, dict[str, str]] = {}

    @model_validator(mode="after")
    def _placeholders_match(self) -> "EvidenceRules":
        for key, text in self.names.items():
            wanted = set(_PLACEHOLDER.findall(key))
            if len(wanted) > 1 or wanted - set(self.values) or _fields(text) != wanted:
                raise ValueError(f"evidence rule {key!r}: one {{placeholder}} at most, listed in "
                                 f"`values` and used by its text")
        return self

    @functools.cached_property
    def patterns(self) -> list[tuple[re.Pattern, str, str]]:
        """(pattern, placeholder, text) of the keys with a placeholder."""
        out = []
        for key, text in self.names.items():
            found = _PLACEHOLDER.search(key)
            if found:
                name = found.group(1)
                pattern = re.escape(key[:found.start()]) + "(.+)" + re.escape(key[found.end():])
                out.append((re.compile(pattern), name, text))
        return out

    def label(self, rule: str) -> str:
        """The rule in Arabic; an unknown rule or value reads as the neutral fallback."""
        if rule in self.names and not _PLACEHOLDER.search(rule):
            return self.names[rule]
        for pattern, name, text in self.patterns:
            match = pattern.fullmatch(rule)
            if match and match.group(1) in self.values[name]:
                return text.format(**{name: self.values[name][match.group(1)]})
        return self.fallback

    def knows(self, rule: str) -> bool:
        """Whether the rule has its own label (not the fallback)."""
        return self.label(rule) != self.fallback


class Labels:
    """Typed access to the labels: `labels.meeting.date`, `labels.count("meeting", 3)`."""

    def __init__(self, groups: dict[str, BaseModel], counts: dict[str, Plural],
                 review_reasons: ReviewReasons, evidence_rules: EvidenceRules) -> None:
        self.groups = groups
        self.counts = counts
        self.review_reasons = review_reasons
        self.evidence_rules = evidence_rules

    def __getattr__(self, group: str) -> Any:   # each group is a model made from _GROUPS
        try:
            return self.groups[group]
        except KeyError:
            raise AttributeError(group) from None

    def get(self, group: str, key: str) -> str:
        """One label by group and YAML key (keys may contain hyphens, as kinds do)."""
        return str(getattr(self.groups[group], key.replace("-", "_")))

    def review_reason(self, reason: str) -> str:
        """A review reason in Arabic; an unknown one reads as the neutral fallback."""
        for known in self.review_reasons.known:
            if reason.startswith(known.prefix):
                rest = reason[len(known.prefix):]
                if known.fields:
                    rest = str(getattr(self.groups["site"], "separator")).join(
                        self.fact(f.strip()) for f in rest.split(",") if f.strip())
                return known.text + rest
        return self.review_reasons.fallback

    def fact(self, field: str) -> str:
        """The name of a fact of a sheet (date, place …); unknown fields read as 'another fact'."""
        group = self.groups["facts"]
        return str(getattr(group, field.replace("-", "_"), None) or getattr(group, "other"))

    def evidence_rule(self, rule: str) -> str:
        """How a date was read, in Arabic (never the extractor's own words)."""
        return self.evidence_rules.label(rule)

    def mention_reason(self, reason: str) -> str:
        """Why a named person is not a participant; unknown reasons read as 'named only'."""
        group = self.groups["reasons"]
        return str(getattr(group, reason.replace("-", "_"), getattr(group, "named")))

    def count(self, noun: str, n: int) -> str:
        """'3 لقاءات', 'لقاءان': n with the noun in the right plural form."""
        return self.counts[noun].format(n)


def plural_form(n: int) -> str:
    """CLDR plural category of an Arabic cardinal."""
    if n == 0:
        return "zero"
    if n == 1:
        return "one"
    if n == 2:
        return "two"
    if 3 <= n % 100 <= 10:
        return "few"
    if 11 <= n % 100 <= 99:
        return "many"
    return "other"


def _fail(path: Path, data: object, loc: tuple[Any, ...], message: str) -> yamlio.ContentError:
    return yamlio.ContentError(path, yamlio.line_of(data, loc), message)


@functools.lru_cache(maxsize=4)
def load_labels(path: Path = LABELS_FILE) -> Labels:
    """Read and check the labels file; a missing key or wrong placeholder names file and line."""
    data = yamlio.load(path)
    if not isinstance(data, dict):
        raise yamlio.ContentError(path, 1, "labels file must be a mapping of groups")
    unknown = set(data) - set(_GROUPS) - {"counts", "review_reasons", "evidence_rules"}
    if unknown:
        raise _fail(path, data, (sorted(unknown)[0],), f"unknown label group {sorted(unknown)[0]!r}")
    groups: dict[str, BaseModel] = {}
    for group, (model, check) in _MODELS.items():
        raw = data.get(group)
        if not isinstance(raw, dict):
            raise _fail(path, data, (group,), f"label group {group!r} is missing or not a mapping")
        try:
            check(raw)
        except ValueError as exc:
            key = str(exc).split(" ")[0].split(".", 1)[1]
            raise _fail(path, data, (group, key), str(exc)) from None
        groups[group] = yamlio.validate(model, raw, path, (group,))
    counts_raw = data.get("counts")
    if not isinstance(counts_raw, dict):
        raise _fail(path, data, ("counts",), "label group 'counts' is missing")
    counts: dict[str, Plural] = {}
    for noun in _COUNTED:
        counts[noun] = yamlio.validate(Plural, counts_raw.get(noun), path, ("counts", noun))
        for form in PLURAL_FORMS:
            if _fields(getattr(counts[noun], form)) - {"n"}:
                raise _fail(path, data, ("counts", noun), f"counts.{noun}.{form} may only use {{n}}")
    reasons = yamlio.validate(ReviewReasons, data.get("review_reasons"), path, ("review_reasons",))
    rules = yamlio.validate(EvidenceRules, data.get("evidence_rules"), path, ("evidence_rules",))
    return Labels(groups, counts, reasons, rules)
