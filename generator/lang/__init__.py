"""The one place where Arabic vocabulary and patterns are loaded, validated and compiled.

Every word list lives in `data/*.yaml`; this module checks each file against a schema
(errors name the file, line and key), folds every phrase to the matching key and hands the
rest of the code ready-made indexes. No other module holds Arabic words.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .. import yamlio
from ..text.normalise import Normaliser, NormTable
from ..text import phrases
from ..text.phrases import PhraseIndex, WordSet, tokens

DATA_DIR = Path(__file__).parent / "data"


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ----------------------------------------------------------------- file schemas

class NormFile(_M):
    diacritics: list[tuple[str, str]]
    tatweel: str = Field(min_length=1, max_length=1)
    invisible: list[tuple[str, str]]
    spaces: list[tuple[str, str]]
    censor_marks: str
    fold: dict[str, str]
    punctuation: dict[str, str]
    digits: list[str]
    clitics: dict[Literal["conjunctions", "prepositions", "genitive", "article"], list[str]]
    pronoun_suffixes: list[str]
    sentence_end: str
    quotes_open: list[str]
    quotes_close: list[str]
    quotes_symmetric: list[str]
    abbreviations: list[str]


class GregMonth(_M):
    number: int = Field(ge=1, le=12)
    egyptian: str
    levantine: str
    other: list[str] = []


class Numbered(_M):
    number: int
    names: list[str]


class RelDay(_M):
    offset: int
    names: list[str]


class RelPeriod(_M):
    names: list[str]
    unit: Literal["week", "month", "year"]
    offset: int


class Era(_M):
    id: str
    start: int
    nouns: list[str]


class DatesFile(_M):
    gregorian_months: list[GregMonth] = Field(min_length=12, max_length=12)
    ambiguous_months: list[str]
    hijri_months: list[Numbered] = Field(min_length=12, max_length=12)
    hijri_suffix: list[str]
    gregorian_suffix: list[str]
    weekdays: list[Numbered] = Field(min_length=7, max_length=7)
    relative_days: list[RelDay]
    day_parts: list[str]
    relative_periods: list[RelPeriod]
    modifiers: dict[Literal["past", "future", "current"], list[str]]
    ordinal_days: dict[int, list[str]]
    numbers: dict[int, list[str]]
    year_units: list[str]
    anchor_governors: list[str]
    eras: list[Era]
    published_labels: list[str]
    month_cues: list[str]
    year_words: list[str]
    year_cues: list[str]
    of_word: str
    month_word: str


class Trigger(_M):
    kind: Literal["meet", "talk", "receive", "visit"]
    tense: Literal["past", "present"]
    role: Literal["symmetric", "receive", "visit"]
    forms: list[str]


class MeetingsFile(_M):
    triggers: list[Trigger]
    needs_object: dict[str, int | list[str]]
    nouns: dict[Literal["indefinite", "definite", "link"], list[str]]
    phone: dict[Literal["nouns", "confirm"], list[str]]
    presence: list[str]
    pair_words: list[str]
    not_present: list[str]
    welcome: list[str]
    reporting: list[str]
    complementizers: list[str]
    boundaries: dict[Literal["attach", "relative", "clause", "past", "future", "not_boundary"], list[str]]
    status: dict[Literal["background", "planned", "negated"], list[str]]
    place_not_here: list[str]
    place_discussed: list[str]
    place_here: list[str]
    place_here_clitics: list[str]
    place_towards: list[str]
    place_towards_clitics: list[str]
    place_not_object: list[str]
    place_nouns: list[str]
    pluperfect: dict[Literal["was", "qad"], list[str] | str]
    reporting_no_complement: list[str]
    arrival: list[str]
    prepositions: list[str]
    quote_continuation: list[str]


class TitlesFile(_M):
    heads: list[str]
    complements: list[str]
    honorifics: list[str]
    name_stops: list[str]
    name_joiners: list[str]
    max_name_words: int = Field(ge=1, le=8)
    quoted_name_max_words: int = Field(ge=1, le=8)
    place_links: list[str]
    place_titles: list[str]
    not_name_patterns: list[str]
    name_like_particles: list[str]


class FurnitureFile(_M):
    lines: dict[str, list[str]]
    prefixes: dict[str, list[str]]
    block_openers: list[str]
    list_openers: list[str]
    list_bullets: list[str]
    social: list[str]
    trailing_headlines: dict[Literal["min_lines", "max_words"], int]


class MetadataFile(_M):
    bylines: list[str]
    source_labels: list[str]
    section_labels: list[str]
    outlet_words: list[str]
    outlet_noise: list[str]
    dateline_separators: list[str]


class ResolvedDates(_M):
    day: str
    day_after_part: str
    date: str
    month: str
    year: str


class QuoteStyle(_M):
    open: str = Field(min_length=1, max_length=1)
    close: str = Field(min_length=1, max_length=1)
    symmetric: list[str] = []


class SummaryFile(_M):
    lead: dict[str, str]
    date: str
    topics_clause_two: str
    topics_clause_many: str
    and_: str = Field(alias="and")
    list_sep: str
    max_key_sentences: int = Field(ge=0, le=10)
    title: dict[Literal["meeting", "meeting_noplace", "phone"], str]
    date_phrase: dict[Literal["day", "month", "year"], str]
    resolved: ResolvedDates
    quotes: QuoteStyle


class TranslitFile(_M):
    article: str
    definite: str
    letters: dict[str, str]
    vowels: dict[str, str]
    final_vowels: list[str]


FILES: dict[str, type[_M]] = {
    "normalisation": NormFile, "dates": DatesFile, "meetings": MeetingsFile,
    "titles": TitlesFile, "furniture": FurnitureFile, "metadata": MetadataFile,
    "summary": SummaryFile, "transliteration": TranslitFile,
}


# ----------------------------------------------------------------- compiled language

@dataclass(eq=False)
class Language:
    """Every vocabulary list, validated, with phrases folded to the matching key."""

    norm: Normaliser
    raw: dict[str, _M]
    fingerprint: str

    def fold(self, text: str) -> str:
        return self.norm.fold(text)

    def words(self, phrases: list[str], clitics: bool = True) -> WordSet:
        """A WordSet of phrases folded to the key."""
        return WordSet((self.fold(p) for p in phrases), clitics)

    def index(self, pairs: list[tuple[str, object]], clitics: bool = True) -> PhraseIndex:
        idx: PhraseIndex = PhraseIndex(clitics)
        for phrase, value in pairs:
            idx.add(self.fold(phrase), value)
        return idx

    def keyset(self, phrases: list[str]) -> frozenset[str]:
        """Folded single words or phrases, for exact lookups."""
        return frozenset(" ".join(t.text for t in tokens(self.fold(p))) for p in phrases)

    @property
    def dates(self) -> DatesFile:
        return self.raw["dates"]  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsFile:
        return self.raw["meetings"]  # type: ignore[return-value]

    @property
    def titles(self) -> TitlesFile:
        return self.raw["titles"]  # type: ignore[return-value]

    @property
    def furniture(self) -> FurnitureFile:
        return self.raw["furniture"]  # type: ignore[return-value]

    @property
    def metadata(self) -> MetadataFile:
        return self.raw["metadata"]  # type: ignore[return-value]

    @property
    def summary(self) -> SummaryFile:
        return self.raw["summary"]  # type: ignore[return-value]

    @property
    def translit(self) -> TranslitFile:
        return self.raw["transliteration"]  # type: ignore[return-value]

    @property
    def text(self) -> NormFile:
        return self.raw["normalisation"]  # type: ignore[return-value]


def _ranges(pairs: list[tuple[str, str]]) -> tuple[tuple[int, int], ...]:
    return tuple((int(a, 16), int(b, 16)) for a, b in pairs)


def norm_table(f: NormFile) -> NormTable:
    """The normaliser's table from the validated normalisation file."""
    return NormTable(_ranges(f.diacritics), f.tatweel, _ranges(f.invisible), _ranges(f.spaces),
                     f.censor_marks, dict(f.fold), dict(f.punctuation), tuple(f.digits))


def fingerprint(paths: list[Path]) -> str:
    """Content hash of data files (part of the extraction cache key)."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=4)
def load_language(data_dir: Path = DATA_DIR) -> Language:
    """Load and validate every data file; raises ContentError naming file, line and key."""
    raw: dict[str, _M] = {}
    paths = []
    for name, model in FILES.items():
        path = data_dir / f"{name}.yaml"
        paths.append(path)
        data = yamlio.load(path)
        raw[name] = yamlio.validate(model, data, path)  # type: ignore[assignment]
    norm = Normaliser(norm_table(raw["normalisation"]))  # type: ignore[arg-type]
    c = raw["normalisation"].clitics  # type: ignore[attr-defined]
    phrases.configure(c["conjunctions"], c["prepositions"], c["genitive"], c["article"][0])
    return Language(norm, raw, fingerprint(paths))
