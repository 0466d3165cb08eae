"""The document model extraction works on: an article's sentences, each with its words, its
tags and, filled in by the later steps, its clauses, mentions and dates.

Every view of a sentence is built once and kept on it (instead of parallel per-sentence
lists handed from function to function): `Sent.tags` by the Lexicon's Tagger,
`Sent.clauses` by clauses.py, `Sent.people` and `Sent.places` by people.py, `Sent.dates`
by the date grammar. Offsets are token indices unless a name says otherwise.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Collection

from ..dates.grammar import DateExpr
from ..lang.words import Clitics, Tags, Token
from ..models import Person
from ..text.reader import Article, Sentence

if TYPE_CHECKING:
    from .lexicon import Lexicon, OfficeRef


# frame kinds that tell no in-person meeting of their own: a meeting named again, those
# present at one, a call
NOT_IN_PERSON = ("reference", "presence", "phone")


class Status(str, Enum):
    """What a clause says of the event it tells."""

    ACTUAL = "actual"
    PLANNED = "planned"
    BACKGROUND = "background"
    NEGATED = "negated"


class ClauseKind(str, Enum):
    ROOT = "root"
    ATTACH = "attach"          # hangs on the clause before (حيث، الذي)
    CLAUSE = "clause"          # an independent clause (فيما، ثم)
    PAST = "past"              # an adverbial clause about something earlier (بعد، منذ)
    FUTURE = "future"          # an adverbial clause about something later (قبل أن)
    RESUME = "resume"          # the clause an adverbial interrupted, going on
    REPORTING = "reporting"    # "قال X" before what was said
    COMPLEMENT = "complement"  # what was said


@dataclass
class Clause:
    start: int
    end: int
    kind: ClauseKind
    parent: int | None
    status: Status = Status.ACTUAL
    pronoun_subject: bool = False
    relative: bool = False     # opened by الذي/التي: it describes a noun, not the clause
    # the status from each comma onwards: a marker late in a long clause ("... ، تضمنت دعوته
    # لزيارة واشنطن") does not make what came before it planned
    steps: list[tuple[int, Status]] = field(default_factory=list)

    def status_at(self, token: int) -> Status:
        """The clause's status at a word: that of the markers up to its comma-delimited part."""
        found = self.status
        for start, status in self.steps:
            if start > token:
                break
            found = status
        return found


@dataclass
class Title:
    """An office as written: "وزيرة الخارجية الألمانية" → minister, خارجيه, germany, f."""

    start: int
    end: int
    text: str                  # display
    office: str                # head's office key (president, minister, ...)
    core: str                  # office key with synonyms applied, without nisba or gender
    gender: str                # m | f
    rank: int
    country: str | None = None
    org: str | None = None
    former: bool = False
    clitic: str = ""
    possessed: bool = False    # "المستشار الإعلامي للرئيس بري علي حمدان": the next name is the possessor's
    post: str | None = None    # where a posted office is held: "سفيرة الاتحاد الأوروبي في القاهرة" → cairo

    @property
    def key(self) -> tuple[str, str | None]:
        return self.core, self.country or self.org


class Form(str, Enum):
    """How a person mention was found."""

    GAZETTEER = "gazetteer"    # a spelling the gazetteer lists
    TITLED = "titled"          # a name after a title ("الرئيس التونسي قيس سعيد")
    HONOURED = "honoured"      # a name after an honorific ("الأمير فيصل بن فرحان")
    APPOSED = "apposed"        # a name before its title ("محمد كامل عمرو وزير الخارجية")
    LOCAL = "local"            # a spelling of someone this article named before
    BARE = "bare"              # a name in a subject or object slot, without a title
    TITLE = "title"            # an office without a name ("وزير الدفاع الروسي")
    REFERENCE = "reference"    # نظيره، الضيف، الجانبان، سموه
    FUZZY = "fuzzy"            # a typo of a known name


@dataclass
class PersonMention:
    sentence: int
    start: int                 # first token (of the name, or of the title when unnamed)
    end: int
    form: Form
    name: str | None = None    # display text of the name, honorifics dropped
    person: str | None = None  # gazetteer id, when known
    title: Title | None = None
    clitic: str = ""
    honorific: str | None = None       # style of the honorific before the name (style, royal, ...)
    role: str | None = None            # for references: counterpart | guest | host | pair | style
    entity: int | None = None          # set by entities.py
    genitive: bool = False             # "للرئيس": a possessor or addressee, not a party
    origin: Form | None = None         # how the name was first found, for a name known from the article
    extra_titles: list[Title] = field(default_factory=list)   # "ولي العهد رئيس مجلس الوزراء"

    @property
    def span(self) -> tuple[int, int]:
        if self.title is None and not self.extra_titles:
            return self.start, self.end
        titles = ([self.title] if self.title else []) + self.extra_titles
        return min([self.start, *(t.start for t in titles)]), max([self.end, *(t.end for t in titles)])


@dataclass
class PlaceMention:
    place: str
    start: int
    end: int
    clitic: str
    name: str                  # as written (display)
    in_gazetteer: bool = True


@dataclass
class Sent:
    """One sentence with every view extraction needs."""

    base: Sentence
    tags: Tags
    clauses: list[Clause] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    topics: list[tuple[str, int, int]] = field(default_factory=list)
    dates: list[tuple[DateExpr, int]] = field(default_factory=list)   # (expression, clause)
    taken: set[int] = field(default_factory=set)                      # tokens inside mentions
    ya_as_alif: bool = False          # the article writes final ي as ى ("فى"): "على" may be the name علي
    counts: dict[str, int] = field(default_factory=dict)   # how often each word occurs in the article
    follows: dict[str, str | None] = field(default_factory=dict)   # the one word that always follows a word, if any
    _gaps: list[str] | None = field(default=None, repr=False, compare=False)
    _between: list[str] | None = field(default=None, repr=False, compare=False)   # gaps without spaces

    @property
    def index(self) -> int:
        return self.base.index

    @property
    def kind(self) -> str:
        return self.base.kind

    @property
    def toks(self) -> list[Token]:
        return self.base.toks

    @property
    def key(self) -> str:
        return self.base.key

    @property
    def text(self) -> str:
        return self.base.text

    def words(self, a: int, b: int) -> list[str]:
        return [t.text for t in self.base.toks[a:b]]

    def written_with(self, i: int, ending: str) -> bool:
        """Token i ends with these letters as written (a key folds ة into ه: "حملة" / "حمله")."""
        return self.display(i, i + 1).endswith(ending)

    def display(self, a: int, b: int) -> str:
        """Display text of tokens a..b (with the marks written on their last letter)."""
        toks = self.base.toks
        d0, d1 = self.base.keyed.span(toks[a].start, toks[b - 1].end)
        text = self.base.text
        while d1 < len(text) and unicodedata.category(text[d1]) == "Mn":
            d1 += 1
        return text[d0:d1]

    def of_meeting(self, c: int) -> bool:
        """Clause c is a relative clause on a meeting noun ("جلسة المباحثات التي عُقدت مساء
        اليوم"): what it says of time is the meeting's."""
        start = self.clauses[c].start
        return self.clauses[c].relative and start > 0 and bool(
            self.tags.at(start - 1, "noun") or self.tags.at(start - 1, "definite")
            or any((m := self.tags.at(k, "noun")) is not None and m.end == start for k in range(max(0, start - 3), start)))

    def noun_dated(self, expr: DateExpr, triggers: Collection[int] = ()) -> bool:
        """The date follows a meeting noun other than these triggers, and names that meeting's
        time ("بدت أجواؤها أودّ من لقاء فبراير الماضي": February's meeting, not this one)."""
        # (a month or a year only: "خلال لقاء اليوم" is today's meeting, this one)
        if expr.month is None and expr.year is None:
            return False
        at = self.token_at(expr.start) - 1
        return at >= 0 and at not in triggers and any(
            (m := self.tags.at(k, "noun")) is not None and m.end == at + 1 for k in range(max(0, at - 2), at + 1))

    def day_ahead(self, clauses: tuple[int, ...]) -> bool:
        """Some of the clauses name a day to come ("الأحد المقبل"، "غدا")."""
        return any(clause in clauses and not expr.is_anchor and (
            expr.modifier == "future" or (expr.rel_days or 0) > 0 or (expr.period is not None and expr.period[1] > 0))
            for expr, clause in self.dates)

    def gap(self, i: int) -> str:
        """Key text between token i-1 and token i (punctuation, spaces); after the last
        token, the rest of the key."""
        if i <= 0:
            return ""
        gaps = self._gaps if self._gaps is not None else self._find_gaps()
        return gaps[min(i, len(gaps) - 1)]

    def _find_gaps(self) -> list[str]:
        # asked some 40 times per sentence, by clauses, names and titles: found once
        toks, key = self.base.toks, self.base.key
        if not toks:
            self._gaps, self._between = [""], []
            return self._gaps
        self._gaps = [""] + [key[a.end:b.start] for a, b in zip(toks, toks[1:])] + [key[toks[-1].end:]]
        self._between = [g.replace(" ", "") for g in self._gaps[:-1]]
        return self._gaps

    def joined(self, i: int, comma: bool = False, hyphen: bool = False) -> bool:
        """Token i follows token i-1 with only spaces between (and one comma if allowed, or a
        hyphen without spaces: "قاسم-جومرت")."""
        if self._between is None:
            self._find_gaps()
        assert self._between is not None and self._gaps is not None
        if i >= len(self._between):
            return False
        between = self._between[i] if i > 0 else ""
        return between == "" or (comma and between == ",") or (hyphen and self._gaps[i] == "-")

    def bare(self, a: int, b: int, clitic: str, clitics: Clitics) -> str:
        """Display text of tokens a..b without the clitic letters of token a ("والرئيس" →
        "الرئيس"; "للأسد" → "الأسد", where the ل took the article's alef)."""
        text = self.display(a, b)
        n, k = len(clitic), 0
        while n and k < len(text):
            k += 1
            if text[k - 1].isalpha():
                n -= 1
            while k < len(text) and not text[k].isalpha() and not text[k].isspace():
                k += 1
        rest = text[k:].strip()
        tok = self.base.toks[a].text
        stem = tok[len(clitic):]
        alef, lam = clitics.article[:1], clitics.article[1:]
        if clitic and stem.startswith(lam) and any(s == alef + stem and c == clitic for s, c in clitics.readings(tok)):
            rest = alef + rest
        return rest

    def token_at(self, key_offset: int) -> int:
        """The token at (or first after) a key offset."""
        for i, t in enumerate(self.base.toks):
            if t.end > key_offset:
                return i
        return max(0, len(self.base.toks) - 1)

    def clause_of(self, token: int) -> int:
        for i, c in enumerate(self.clauses):
            if c.start <= token < c.end:
                return i
        return max(0, len(self.clauses) - 1)


@dataclass
class Entity:
    """One person of the article, whatever the ways it was named."""

    index: int
    name: str                          # display name (the fullest spelling)
    person: str | None = None          # gazetteer id
    titles: list[Title] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)
    gender: str | None = None
    honorifics: set[str] = field(default_factory=set)
    office_refs: list["OfficeRef"] = field(default_factory=list)   # for an office without a name
    new_person: Person | None = None
    weak: bool = False                 # named once, only as a verb's subject: not yet a person

    @property
    def named(self) -> bool:
        return self.person is not None or self.new_person is not None

    @property
    def title(self) -> Title | None:
        """The title that says most: a current office of a named country or body, with the
        most words ("ولي العهد السعودي" rather than "الأمير")."""
        if not self.titles:
            return None
        return min(self.titles, key=lambda t: (t.former, not (t.country or t.org), -len(t.core.split()), t.rank))


@dataclass
class Doc:
    """An article as extraction sees it."""

    article: Article
    lex: "Lexicon"
    sents: list[Sent]
    published: dt.date | None
    entities: list[Entity] = field(default_factory=list)
    merged: dict[int, int] = field(default_factory=dict)   # entity → the entity it turned out to be

    def resolve(self, entity: int) -> int:
        """The entity an index stands for now (after merges)."""
        while entity in self.merged:
            entity = self.merged[entity]
        return entity

    @property
    def name(self) -> str:
        return self.article.name

    def entity_of(self, m: PersonMention) -> Entity | None:
        return self.entities[m.entity] if m.entity is not None else None

    def body(self) -> list[Sent]:
        return [s for s in self.sents if s.kind == "body"]
