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

from .. import yamlio
from .normalise import Normaliser, NormTable
# (the file schemas, kept in their own module, are importable from here as before)
from .dates_schema import DatesFile, Era, GregMonth, Numbered, RelDay, RelPeriod
from .model_base import _M
from .schema import (FILES, ExtractSettings, FuseSettings, FurnitureFile, FutureVerb, Head, MeetingsFile,
                     MetadataFile, NameKey, NamesFile, NormFile, OfficesFile, QuoteStyle, ResolvedDates,
                     SettingsFile, SummaryFile, TranslitFile, Trigger)
from .words import NO_CLITICS, Clitics, PhraseIndex, WordSet, tokens

__all__ = ["DATA_DIR", "FILES", "Language", "fingerprint", "load_dates", "load_language", "norm_table",
           "DatesFile", "Era", "ExtractSettings", "FuseSettings", "FurnitureFile", "FutureVerb", "GregMonth", "Head",
           "MeetingsFile", "MetadataFile", "NameKey", "NamesFile", "NormFile", "Numbered", "OfficesFile", "QuoteStyle",
           "RelDay", "RelPeriod", "ResolvedDates", "SettingsFile", "SummaryFile", "TranslitFile", "Trigger"]

DATA_DIR = Path(__file__).parent / "data"


# ----------------------------------------------------------------- compiled language

@dataclass(eq=False)
class Language:
    """Every vocabulary list, validated, with phrases folded to the matching key."""

    norm: Normaliser
    raw: dict[str, _M]
    fingerprint: str
    clitics: Clitics

    def __post_init__(self) -> None:
        nk = self.names.name_key
        self._name_table = str.maketrans({self.fold(a): self.fold(b) for a, b in nk.letters.items()})
        self._name_join = frozenset(self.fold(j).translate(self._name_table) for j in nk.join)
        self._name_finals = {self.fold(a): self.fold(b) for a, b in nk.final_letters.items()}
        self._name_particles = frozenset(self.fold(w).translate(self._name_table) for w in nk.particles)

    def fold(self, text: str) -> str:
        return self.norm.fold(text)

    def words(self, phrases: list[str], clitics: bool = True) -> WordSet:
        """A WordSet of phrases folded to the key."""
        return WordSet((self.fold(p) for p in phrases), self.clitics if clitics else NO_CLITICS)

    def index(self, pairs: list[tuple[str, object]], clitics: bool = True) -> PhraseIndex:
        idx: PhraseIndex = PhraseIndex(self.clitics if clitics else NO_CLITICS)
        for phrase, value in pairs:
            idx.add(self.fold(phrase), value)
        return idx

    def name_key(self, name: str) -> tuple[str, ...]:
        """Comparison key of a personal name: two spellings of one name share it
        ("عبدالمجيد تبّون" and "عبد المجيد تبون"; "شى جين بينج" and "شي جين بينغ")."""
        nk = self.names.name_key
        table = self._name_table
        words = self.fold(name).translate(table).split()
        art = self.translit.definite
        join = self._name_join
        out: list[str] = []
        i = 0
        while i < len(words):
            w = words[i]
            if w in self._name_particles and 0 < i < len(words) - 1:
                i += 1
                continue
            if w in join and i + 1 < len(words):
                w, i = w + words[i + 1], i + 1
            if w.startswith(art) and len(w) > nk.article_min:
                w = w[len(art):]
            if len(w) >= nk.final_min and w[-1] in self._name_finals:
                w = w[:-1] + self._name_finals[w[-1]]
            out.append(w)
            i += 1
        return tuple(out)

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
    def offices(self) -> OfficesFile:
        return self.raw["offices"]  # type: ignore[return-value]

    @property
    def names(self) -> NamesFile:
        return self.raw["names"]  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsFile:
        return self.raw["settings"]  # type: ignore[return-value]

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
                     f.censor_marks, dict(f.fold), dict(f.punctuation), tuple(f.digits),
                     tuple((a, b, c) for a, b, c in f.seats))


def fingerprint(paths: list[Path]) -> str:
    """Content hash of data files (part of the extraction cache key)."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=4)
def load_dates(path: Path = DATA_DIR / "dates.yaml") -> DatesFile:
    """The date vocabulary alone (month and weekday names), validated by the one schema; for
    readers that need no other language data, such as the site."""
    return yamlio.validate(DatesFile, yamlio.load(path), path)


@functools.lru_cache(maxsize=4)
def load_language(data_dir: Path = DATA_DIR) -> Language:
    """Load and validate every data file; raises ContentError naming file, line and key."""
    raw: dict[str, _M] = {}
    paths = []
    for name, model in FILES.items():
        path = data_dir / f"{name}.yaml"
        paths.append(path)
        data = yamlio.load(path)
        raw[name] = yamlio.validate(model, data, path)
    norm = Normaliser(norm_table(raw["normalisation"]))  # type: ignore[arg-type]
    c = raw["normalisation"].clitics  # type: ignore[attr-defined]
    clitics = Clitics(tuple(c["conjunctions"]), tuple(c["prepositions"]), tuple(c["genitive"]), c["article"][0])
    return Language(norm, raw, fingerprint(paths), clitics)
