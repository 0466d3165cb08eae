"""The compiled lexicon, kept in the extraction cache's version folder between runs.

Building it (every spelling of the world's places, the gazetteer's people, the phrase lists)
was most of a process's start: about 0.3 s, paid again by each worker of a pool and by every
run, however few articles it reads. Loading it back takes about 0.04 s. The version folder's
name hashes the extraction code, the language data and the gazetteers, so a change to any of
them makes a new entry (and `Cache.prune` drops the old folder). The language and the
gazetteer are not stored: they are the run's own objects, passed in on loading, so the
loaded lexicon shares them exactly as a freshly built one does.
"""
from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

from ..cache import Warn, read_pickle, write_pickle
from ..dates.grammar import grammar_for
from ..gazetteer import Gazetteer
from ..lang import Language
from .lexicon import Lexicon

LEXICON_FILE = "lexicon.pickle"
FORMAT = 1
_SCALARS = (str, bytes, int, float, bool, type(None))


def _shared(lang: Language, gaz: Gazetteer) -> dict[str, Any]:
    """The run's objects a lexicon refers to, by name: the language, the gazetteer, their
    attributes (the clitics, the settings…) and the language's date grammar."""
    out: dict[str, Any] = {"lang": lang, "gaz": gaz, "grammar": grammar_for(lang)}
    for name, owner in (("lang", lang), ("gaz", gaz)):
        for attr, value in vars(owner).items():
            if not isinstance(value, _SCALARS):
                out[f"{name}.{attr}"] = value
    return out


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shared: dict[str, Any]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._names = {id(v): k for k, v in reversed(list(shared.items()))}

    def persistent_id(self, obj: Any) -> str | None:
        return self._names.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shared: dict[str, Any]) -> None:
        super().__init__(file)
        self._shared = shared

    def persistent_load(self, pid: Any) -> Any:
        if pid not in self._shared:   # stored by another shape of Language or Gazetteer
            raise pickle.UnpicklingError(f"unknown shared object {pid!r}")
        return self._shared[pid]


def dumps(lex: Lexicon) -> bytes:
    """The lexicon pickled without the language and gazetteer it refers to."""
    buf = io.BytesIO()
    _Pickler(buf, _shared(lex.lang, lex.gaz)).dump((FORMAT, lex.fingerprint, lex))
    return buf.getvalue()


def loads(data: bytes, lang: Language, gaz: Gazetteer) -> Lexicon | None:
    """A pickled lexicon tied to this language and gazetteer (None when it was built for others)."""
    fmt, fingerprint, lex = _Unpickler(io.BytesIO(data), _shared(lang, gaz)).load()
    if fmt != FORMAT or not isinstance(lex, Lexicon) or fingerprint != Lexicon.fingerprint_of(lang, gaz):
        return None
    return lex


def lexicon_for(lang: Language, gaz: Gazetteer, folder: Path | None, warn: Warn | None = None) -> Lexicon:
    """The lexicon of this language and gazetteer: from `folder` (a cache version folder) when
    it holds a sound one, else built, and kept there for the next process."""
    path = folder / LEXICON_FILE if folder else None
    if path is not None:
        found = read_pickle(path, LEXICON_FILE, warn, loads=lambda data: loads(data, lang, gaz))
        if isinstance(found, Lexicon):
            return found
    lex = Lexicon(lang, gaz)
    if path is not None:
        try:
            write_pickle(path, lex, LEXICON_FILE, dumps=dumps)
        except OSError as exc:   # a read-only cache only costs the next run this build
            if warn is not None:
                warn(f"{path}: cannot keep the compiled lexicon ({exc.strerror}); the next run builds it again")
    return lex


def keep_lexicon(lang: Language, gaz: Gazetteer, folder: Path, warn: Warn | None = None) -> None:
    """Build and keep the lexicon in `folder` unless it is there already (before a pool's
    workers start, so that they load it instead of each building it)."""
    if not (folder / LEXICON_FILE).is_file():
        lexicon_for(lang, gaz, folder, warn)
