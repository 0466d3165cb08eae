"""The reading stage: a file on disk becomes a clean Article every later stage can trust.

decode → format (txt / md / html) → lines → metadata lines → furniture → title and
headings → inline dateline → sentences with display text, matching key and tokens.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..dates.grammar import DateGrammar, grammar_for
from ..lang import Language
from ..yamlio import ContentError
from . import formats
from .decode import MAX_ARTICLE_BYTES, DecodeError, Decoded, decode_bytes
from .furniture import Furniture, Line, Removed
from .metadata import Meta, MetaReader
from ..lang.normalise import Keyed
from ..lang.words import PhraseIndex, Token, tokens
from .split import SplitRules, split_sentences

TITLE_MIN_WORDS = 4
HEADING_MAX_WORDS = 12
HEADLINE_MAX_WORDS = 25   # a line without a full stop this long is body text
# No sentence is longer (real ones stay under 400 characters): text without punctuation or a
# page pasted as one line is cut at spaces, so no later stage ever sees one unbounded sentence.
MAX_SENTENCE = 1000
_TERMINAL = (".", "!", "؟", "?", "»", "”", '"', ":", "'")


@dataclass
class Sentence:
    index: int
    paragraph: int
    text: str             # display form
    keyed: Keyed
    toks: list[Token]
    line: int             # source line
    kind: str = "body"    # title | heading | body

    @property
    def key(self) -> str:
        return self.keyed.key


@dataclass
class Article:
    name: str
    path: str
    format: str
    encoding: str
    meta: Meta
    title: str | None
    url: str | None
    lang: str | None
    sentences: list[Sentence]
    removed: list[Removed]
    warnings: list[str] = field(default_factory=list)

    @property
    def published(self) -> str | None:
        return self.meta.published

    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if s.kind == "body"]


class Reader:
    """Reads articles with one language and one place index."""

    def __init__(self, lang: Language, places: PhraseIndex, countries: frozenset[str] = frozenset()) -> None:
        """`places`: the gazetteer's place index; `countries`: which of its ids are countries."""
        self.lang = lang
        self.grammar: DateGrammar = grammar_for(lang)
        self.furniture = Furniture(lang)
        self.meta = MetaReader(lang, self.grammar, places, countries)
        norm = lang.norm
        self.list_colon = tuple(lang.text.list_colons)
        self.item_ends = "".join(lang.text.item_ends)
        self.space, self.comma, self.stop = (norm.key(norm.display(x)) for x in (" ", lang.text.list_comma + " ", "."))
        t = lang.text
        self.rules = SplitRules(t.sentence_end, "".join(t.quotes_open), "".join(t.quotes_close),
                                "".join(t.quotes_symmetric), frozenset(t.abbreviations + t.initials))

    def read(self, path: Path, name: str | None = None) -> Article:
        """Read one file; raises ContentError (with file and line) when it cannot be used."""
        label = str(path)
        suffix = path.suffix.lower()
        if suffix not in formats.SUFFIXES:
            raise ContentError(label, None, f"unknown extension {suffix!r}: skipped "
                               f"(articles are {', '.join(formats.SUFFIXES)})")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ContentError(label, None, f"file is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte "
                               "limit for one article: split it or remove it")
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
        try:
            found = decode_bytes(data)
        except DecodeError as exc:
            raise ContentError(label, None, f"cannot read: {exc}") from None
        article = self.read_text(found.text.replace("\r\n", "\n").replace("\r", "\n"), label, suffix,
                                 found.encoding, name or path.stem)
        if found.bad_bytes:
            article.warnings.insert(0, stray_bytes(label, data, found))
        return article

    def read_text(self, text: str, label: str, suffix: str = ".txt", encoding: str = "utf-8",
                  name: str = "article") -> Article:
        """Read already-decoded text in the given format."""
        if suffix in (".md", ".markdown"):
            try:
                src = formats.read_markdown(text, label)
            except ContentError as exc:
                line = exc.line + 1 if exc.line and "front matter" not in exc.message else exc.line
                raise ContentError(label, line, exc.message) from None
        elif suffix in (".html", ".htm"):
            src = formats.read_html(text, label)
        else:
            src = formats.Source(text)
        return self._build(src, label, suffix.lstrip("."), encoding, name)

    # ------------------------------------------------------------------ stages
    def _build(self, src: formats.Source, label: str, fmt: str, encoding: str, name: str) -> Article:
        meta = Meta(published=src.meta.get("published"))
        if meta.published:
            meta.published_rule = "front matter"
        meta.outlet = src.meta.get("outlet")
        # one pass of each view over the whole text; lines and sentences are slices of it
        whole = self.lang.norm.key(self.lang.norm.display(src.text))
        lines, start = [], 0
        for i, raw in enumerate(whole.display.split("\n")):
            lines.append(self.furniture.keyed_line(src.body_line + i, whole.slice(start, start + len(raw))))
            start += len(raw) + 1
        lines = [ln for ln in lines if ln.text]
        if not lines:
            raise ContentError(label, None, "no text after the front matter; add the article text below the closing ---")
        removed: list[Removed] = []
        body_start = self._body_start(lines)
        kept: list[Line] = []
        stamp = None
        # short_after[i]: every line after line i is short (a stamp, a share row), computed once
        short_after = [True] * len(lines)
        for i in range(len(lines) - 2, -1, -1):
            short_after[i] = short_after[i + 1] and self.meta.short_line(lines[i + 1].text)
        for i, line in enumerate(lines):
            assert line.keyed is not None   # every line here is a keyed_line
            rule = self.meta.classify(line.text, meta, in_header=i < body_start, key=line.keyed.key)
            # (the last line, or one followed only by a share row: "طباعة ارسال لصديق مشاركة")
            if not rule and i >= body_start and short_after[i] \
                    and (found := self.meta.closing_stamp(line.keyed.key)):
                rule, stamp = "metadata: closing stamp", found
            if rule:
                removed.append(Removed(line.no, line.text, rule))
            else:
                kept.append(line)
        kept, gone = self.furniture.strip(kept)
        removed.extend(gone)
        # (a stamp before related headlines, once the page furniture is gone)
        tail = len(kept) - 1
        while stamp is None and tail > 0 and self.meta.short_line(kept[tail].text):
            line = kept[tail]
            assert line.keyed is not None
            if (found := self.meta.closing_stamp(line.keyed.key)) is not None:
                stamp = found
                removed.append(Removed(line.no, line.text, "metadata: closing stamp"))
                del kept[tail]
            tail -= 1
        last = kept[-1].no if kept else 0
        # (a stamp of digits only, which the furniture took away, before any block it took: a date
        # among related headlines is theirs)
        for gone_line in sorted((g for g in gone if g.no > last), key=lambda g: g.no):
            if stamp is not None or not self.meta.short_line(gone_line.text):
                break
            stamp = self.meta.closing_stamp(self.lang.fold(gone_line.text))
        kept = self._lists(kept)
        title = src.meta.get("title")
        title_norm = self.furniture.norm(title) if title else ""
        sentences: list[Sentence] = []
        title_seen = False
        for p, line in enumerate(kept):
            assert line.keyed is not None
            words = len(line.text.split())
            if not title_seen:
                if words < TITLE_MIN_WORDS and not title:
                    removed.append(Removed(line.no, line.text, "metadata: section label"))
                    continue
                title_seen = True
                # a front matter's title not repeated above the text: the first line is the
                # lead, not a headline ("نيابة عن ...، رأس ولي العهد أعمال الدورة"), and the
                # title is read as the headline
                front = src.meta.get("title")
                keyed_title = self.lang.norm.key(self.lang.norm.display(front)) if front else None
                # (the same words, whatever quotes or marks: "بوتن «يستقبل» الاسد" is the title repeated)
                if keyed_title is not None and front and line.norm != title_norm \
                        and [t.text for t in tokens(keyed_title.key)] != [t.text for t in tokens(line.keyed.key)]:
                    if len(front) <= MAX_SENTENCE:
                        self._add(sentences, keyed_title, p, src.title_line or line.no, "title", whole=True)
                elif len(line.text) <= MAX_SENTENCE:
                    title = title or line.text
                    title_norm = self.furniture.norm(title)
                    self._add(sentences, line.keyed, p, line.no, "title", whole=True)
                    continue
                # a first line far too long for a headline is body text (pasted without its title)
            if title and line.norm == title_norm:
                removed.append(Removed(line.no, line.text, "repeated headline or paragraph"))
                continue
            text = self.meta.inline_dateline(line.text, meta)
            keyed = line.keyed
            if text != line.text:
                cut = len(line.text) - len(text)
                removed.append(Removed(line.no, line.text[:cut].strip(), "metadata: dateline"))
                if not text.strip():
                    continue   # the dateline and the header's date, nothing else
                keyed = keyed.slice(cut, len(line.text))
            if words <= HEADING_MAX_WORDS and not text.rstrip().endswith(_TERMINAL):
                self._add(sentences, keyed, p, line.no, "heading", whole=True)
            else:
                self._add(sentences, keyed, p, line.no, "body")
        if not meta.published and meta.header_date:
            meta.published, meta.published_rule = meta.header_date, "date line"
        if not meta.published and stamp:
            meta.published, meta.published_rule = stamp, "closing stamp"
        removed.sort(key=lambda r: r.no)
        return Article(name, label, fmt, encoding, meta, title, src.meta.get("url"),
                       src.meta.get("lang"), sentences, removed, list(src.warnings))

    def _lists(self, lines: list[Line]) -> list[Line]:
        """A list a line opens with a colon is that line's sentence: "ويتعلق الأمر بكل من:" and
        the items under it ("- سفير جمهورية البرتغال، السيد ..."), joined by commas, the colon
        and the bullets left out."""
        out: list[Line] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            j = i + 1
            while j < len(lines) and lines[j].text.lstrip().startswith(self.furniture.bullets):
                j += 1
            if j == i + 1 or not line.text.rstrip().endswith(self.list_colon) or line.keyed is None:
                out.append(line)
                i += 1
                continue
            # (without its colon, which would end the clause before the people it introduces)
            parts = [line.keyed.slice(0, len(line.text.rstrip()) - 1)]
            for item in lines[i + 1:j]:
                assert item.keyed is not None
                text = item.text
                start = len(text) - len(text.lstrip().lstrip("".join(self.furniture.bullets)).lstrip())
                end = len(text.rstrip().rstrip(self.item_ends))
                if start < end:
                    parts += [self.comma if len(parts) > 1 else self.space, item.keyed.slice(start, end)]
            if len(parts) > 1:
                parts.append(self.stop)
            keyed = Keyed.concat(parts)
            out.append(Line(line.no, keyed.display, self.furniture.norm(keyed.display), keyed))
            i = j
        return out

    def _body_start(self, lines: list[Line]) -> int:
        """Index of the first line that reads as a body paragraph (the header ends there)."""
        for i, line in enumerate(lines):
            words = len(line.text.split())
            # (a long headline has no full stop: "آية الله رئيسي في دمشق: قمة ... طويل الأمد")
            ends = line.text.rstrip().endswith((".", "»", "”"))
            if i > 0 and (words >= HEADLINE_MAX_WORDS or (words >= 8 and ends) or (words >= 15 and i > 3)):
                return i
        return min(len(lines), 6)

    def _add(self, out: list[Sentence], keyed: Keyed, paragraph: int, line: int, kind: str,
             whole: bool = False) -> None:
        text = keyed.display
        spans = [(0, len(text))] if whole else split_sentences(text, self.rules)
        for a, b in (part for a, b in spans for part in _bounded(text, a, b)):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a == b:
                continue
            part = keyed.slice(a, b)
            out.append(Sentence(len(out), paragraph, part.display, part, tokens(part.key), line, kind))


def stray_bytes(label: str, data: bytes, found: Decoded) -> str:
    """The warning for bytes that are not UTF-8 in a UTF-8 file: where they are, what was done."""
    first = found.offsets[0]
    line = data.count(b"\n", 0, first) + 1
    at = ", ".join(str(o) for o in found.offsets) + (", …" if found.bad_bytes > len(found.offsets) else "")
    return (f"{label}:{line}: {found.bad_bytes} byte(s) that are not UTF-8 (at byte offset {at}), read as "
            "\ufffd; the rest of the file is UTF-8 and was read as such: correct those bytes or re-save "
            "the file as UTF-8")


def _bounded(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """The span [a, b) in pieces of at most MAX_SENTENCE characters, cut at spaces when possible."""
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        yield a, cut
        a = cut
    yield a, b
