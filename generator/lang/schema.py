"""The schemas of the language data files (`data/*.yaml`): each file is checked against its
model at load, so an error names the file, line and key."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .dates_schema import DatesFile
from .model_base import _M


# ----------------------------------------------------------------- file schemas


class NormFile(_M):
    diacritics: list[tuple[str, str]]
    tatweel: str = Field(min_length=1, max_length=1)
    invisible: list[tuple[str, str]]
    spaces: list[tuple[str, str]]
    censor_marks: str
    fold: dict[str, str]
    seats: list[tuple[str, str, str]] = []
    punctuation: dict[str, str]
    digits: list[str]
    clitics: dict[Literal["conjunctions", "prepositions", "genitive", "article"], list[str]]
    pronoun_suffixes: list[str]
    sentence_end: str
    quotes_open: list[str]
    quotes_close: list[str]
    quotes_symmetric: list[str]
    gloss_open: str = Field(min_length=1, max_length=1)
    gloss_close: str = Field(min_length=1, max_length=1)
    abbreviations: list[str]
    initials: list[str]
    list_colons: list[str] = Field(min_length=1)
    item_ends: list[str]
    list_comma: str = Field(min_length=1)


class Trigger(_M):
    kind: Literal["meet", "talk", "receive", "visit", "chair", "sign"]
    tense: Literal["past", "present"]
    role: Literal["symmetric", "receive", "visit", "chair"]
    m: list[str]
    f: list[str] = []
    d: list[str] = []
    p: list[str] = []


class FutureVerb(_M):
    """A verb in the future: this prefix, then a person prefix of the present tense."""

    prefix: str = Field(min_length=1)
    persons: list[str] = Field(min_length=1)
    min_letters: int = Field(ge=3, le=8)


class MeetingsFile(_M):
    triggers: list[Trigger]
    held_by: dict[Literal["m", "f", "d", "p"], list[str]]
    object_pronouns: dict[Literal["m", "f", "d", "p"], list[str]]
    object_suffixes: dict[Literal["m", "f", "d", "p"], list[str]]
    object_suffix_verbs: list[str]
    object_suffix_stem: dict[str, str]
    needs_object: dict[Literal["window", "verbs", "objects", "definite_for", "sessions", "seated", "seated_with",
                               "seated_beside"], int | list[str]]
    nouns: dict[Literal["indefinite", "definite", "link", "between", "gather", "visit"], list[str]]
    phone: dict[Literal["nouns", "confirm"], list[str]]
    remote: list[str]
    presence: dict[Literal["links", "beside", "verbs", "trip", "trip_party", "trip_nouns", "namely", "company"], list[str]]
    delegation: dict[Literal["nouns", "head", "members"], list[str]]
    pair_words: list[str]
    pair_dual_endings: list[str] = []
    not_present: list[str]
    welcome: list[str]
    reporting: list[str]
    complementizers: list[str]
    boundaries: dict[Literal["attach", "relative", "clause", "past", "future", "not_boundary", "ellipsis",
                             "adverbial_goes_on", "adverbial_during_it", "attach_main", "comes_after"], list[str]]
    status: dict[Literal["background", "planned", "negated"], list[str]]
    sequel: list[str]
    came_from: list[str] = Field(default_factory=list, description="phrases naming the stop a traveller came from")
    soon: list[str] = Field(default_factory=list, description="words telling a headline's present as soon to come")
    separate: list[str]
    gatherings: list[str] = Field(default_factory=list, description="gatherings of many: taking part in one is no meeting")
    series: list[str] = Field(default_factory=list, description="words announcing several meetings, each one news")
    outcomes: list[str] = Field(default_factory=list, description="results of: a meeting noun with a pronoun after them is over")
    joint: list[str] = Field(default_factory=list, description="appearances together in person: their day is the meeting's")
    in_turn: list[str]
    adverbial_and_nouns: list[str] = Field(default_factory=list, description="written beginnings of a word that, after a "
                                           "comma, goes on with an opening adverbial (و + a verbal noun)")
    told_before: list[str]
    future: FutureVerb
    town_nouns: list[str]
    regions: list[str]
    other_events: list[str]
    place_not_here: list[str]
    place_near: list[str] = Field(default_factory=list, description="words for near a place, never in it")
    place_discussed: list[str]
    place_discussed_link: list[str]
    place_here: list[str]
    place_here_clitics: list[str]
    place_relative: list[str] = []
    when_openers: list[str] = []
    place_dateline: list[str]
    place_dateline_not_after: list[str]
    place_towards: list[str]
    place_towards_clitics: list[str]
    place_not_object: list[str]
    place_nouns: list[str]
    capital_noun: str
    feminine_ending: str
    sidelines: list[str]
    pluperfect: dict[Literal["was", "qad", "window", "earlier"], list[str] | str | int]
    reporting_no_complement: list[str]
    arrival: list[str]
    continuing: list[str]
    prepositions: list[str]
    quote_continuation: list[str]
    verb_forms: dict[Literal["feminine_past_suffix", "feminine_present_prefix", "dual_suffixes",
                             "plural_suffixes"], str | list[str]]

    @model_validator(mode="after")
    def _suffixed_verbs_are_triggers(self) -> "MeetingsFile":
        forms = {f for t in self.triggers for n in ("m", "f", "d", "p") for f in getattr(t, n)}
        stray = [v for v in self.object_suffix_verbs if v not in forms]
        if stray:
            raise ValueError(f"object_suffix_verbs: {', '.join(stray)} not among the triggers' forms; "
                             "add them under `triggers` or remove them")
        return self


class Head(_M):
    office: str = Field(pattern=r"^[a-z-]+$")
    rank: int = Field(ge=1, le=9)
    relational: bool = False
    m: list[str]
    f: list[str] = []


class OfficesFile(_M):
    heads: list[Head]
    synonyms: list[list[str]]
    tail_words: dict[Literal["bodies", "portfolios", "qualifiers", "passing", "former"], list[str]]
    state_nouns: list[str]
    place_links: list[str]
    place_link_offices: list[str]
    inner_bodies: list[str]
    named_bodies: list[str]
    genitive_links: list[str]
    post_words: list[str]
    adjective_links: list[str]
    adverb_heads: list[str]
    single_name_offices: list[str]
    reference_offices: list[str]
    head_of_government_by_country: dict[str, list[str]]
    party_words: list[str] = Field(default_factory=list, description="words naming a party in an office's core")
    references: dict[Literal["counterpart", "guest", "host", "pair", "role_nouns"], list[str]]


class NameKey(_M):
    letters: dict[str, str]
    article_min: int = Field(ge=2, le=8)
    join: list[str]
    final_letters: dict[str, str]
    final_min: int = Field(ge=3, le=10)
    particles: list[str]


class ProstheticAlef(_M):   # an alef some write before a place name opening on one of `before`
    before: list[str]
    alef: str


class NamesFile(_M):
    honorifics: dict[Literal["style", "courtesy", "rank", "religious", "royal"], list[str]]
    style_pronouns: list[str]
    pronouns: list[str]
    possessed_nouns: list[str]
    joiners: list[str]
    initial_joiners: list[str]
    joined_prefixes: list[str]
    family_joiner: str
    son_of: list[str]
    regnal: list[str]
    given_names: list[str]
    foreign_given_names: list[str]
    common_words: list[str]
    open_ta: str
    feminine_dual: list[str]
    hamza_alefs: list[str]
    foreign_g: list[str]
    medial_vowels: list[str]
    inserted_vowels: list[str]
    foreign_letters: dict[str, str]
    place_endings: list[list[str]]
    place_first_words: list[list[str]]
    prosthetic_alef: ProstheticAlef
    city_name_nouns: list[str]
    place_split_prefixes: list[str]
    function_words: list[str]
    not_name_words: list[str]
    verbs: list[str]
    max_words: int = Field(ge=2, le=10)
    max_plain_words: int = Field(ge=2, le=6)
    family_repeats: int = Field(ge=1, le=5)
    particle_family_names: list[str]
    foreign_o: str = Field(min_length=1, max_length=1, description="the -o of Romance names (ليوناردو، برونو)")
    min_words_untitled: int = Field(ge=1, le=4)
    min_words_titled: int = Field(ge=1, le=4)
    construct_endings: list[str]
    construct_prepositions: list[str]
    present_verb_shape: str
    plural_verb_shape: str = ""
    tanween: list[str]
    name_like_particles: list[str]
    noun_prepositions: list[str]
    titled_name_shapes: list[str]
    accusative_ending: str = Field(min_length=1, max_length=1)
    compound_seconds: list[str] = Field(default_factory=list, description="second words of two-word first names, with the article")
    spouse_words: list[str] = Field(default_factory=list, description="words introducing a spouse (قرينته)")
    generation_marks: list[str] = Field(default_factory=list, description="words after a family name that tell the generation (الابن)")
    two_changes_min_letters: int = Field(ge=3, le=12, description="fewest letters of a name spelled with both a g and a vowel changed")
    adjective_ending: str = Field(min_length=1, max_length=3, description="ending of a feminine adjective of relation")
    alif_maqsura: str
    alif_maqsura_marker: str
    name_clitic: str = Field(min_length=1, max_length=1, description="a clitic that opens foreign names as a letter (فام، فان)")
    letter_clitics: list[str] = Field(default_factory=list, description="clitics more often a name's first letter before a noun's shape")
    not_name_patterns: list[str]
    adverbs: list[str]
    name_key: NameKey


class FurnitureFile(_M):
    lines: dict[str, list[str]]
    prefixes: dict[str, list[str]]
    block_openers: list[str]
    block_endings: list[str]
    list_openers: list[str]
    list_bullets: list[str]
    social: list[str]
    trailing_headlines: dict[Literal["min_lines", "max_words"], int]


class MetadataFile(_M):
    bylines: list[str]
    source_labels: list[str]
    section_labels: list[str]
    section_names: list[str]
    outlet_words: list[str]
    outlet_noise: list[str]
    dateline_separators: list[str]
    dateline_slashes: list[str] = Field(default_factory=list)
    wire_date_coverage: float = Field(gt=0, le=1)
    stamp_words: int = Field(ge=2, le=12, description="most words of a closing stamp line and of the short lines after it")
    bar_part_words: int = Field(ge=1, le=10, description="most words of each part beside the date in a header line of parts between bars")
    time_markers: list[str]
    time_zones: list[str]
    outlet_prefixes: list[str]
    outlet_suffixes: list[str]
    copyright_marks: list[str]


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


class ExtractSettings(_M):
    """Tuning numbers of extraction (trafilatura keeps its thresholds in a settings file too)."""

    year_min: int = Field(ge=1800, le=2100)
    year_max: int = Field(ge=1800, le=2200)
    title_name_gap: int = Field(ge=0, le=3, description="commas allowed between a title and its name")
    subject_window: int = Field(ge=1, le=20, description="words after a verb in which its subject stands")
    interrupted_subject: int = Field(ge=0, le=12, description="most words of a verb's subject before a relative clause that interrupts it")
    carry_sentences: int = Field(ge=0, le=10, description="sentences back a subject may be carried from")
    title_complement_words: int = Field(ge=0, le=20, description="most words of an unknown title complement before a name")
    place_weights: dict[Literal["venue", "base", "city", "region", "country"], float]
    place_specificity: dict[Literal["venue", "base", "city", "region", "country"], int]
    reference_place_reach: int = Field(ge=1, le=20, description="words after 'the meeting' its place may stand")
    place_scores: dict[Literal["here", "towards", "arrival_object", "other", "headline_factor", "reference_factor",
                               "dateline", "sidelines", "cap", "inner_min", "same_visit", "beside_factor"], float]
    visit_days: int = Field(ge=0, le=30, description="most days between two meetings of one visit")
    recalled_days: int = Field(ge=1, le=366, description="days before publication from which a dated meeting is background")
    told_late_days: int = Field(ge=0, le=7, description="days before publication within which a pluperfect meeting is the news")
    opener_tokens: int = Field(ge=1, le=5, description="tokens of an adverbial's opener (منذ أن) before the verb it governs")
    minor_town: int = Field(ge=0, description="inhabitants under which a far town needs its country named")
    spelling_variants_from: int = Field(ge=0, description="inhabitants from which a city's spelling variants are read")
    country_spelling_min_letters: int = Field(ge=3, le=10, description="shortest other spelling of a country read")
    spelling_variant_words: int = Field(ge=1, le=4, description="words of a city name beyond which no variants are read")
    floor_sentences: int = Field(ge=0, le=10, description="first sentences the recall floor reads")
    date_line_chars: int = Field(ge=0, le=80, description="characters from a lead's start a date-line date stands within")
    remote_noun_reach: int = Field(ge=0, le=20, description="words from a meeting noun to the relative clause that describes it")
    reporting_reach: int = Field(ge=1, le=60, description="words after a reporting verb its complementizer may stand")


class FuseSettings(_M):
    """Tuning numbers of grouping and fusion."""

    min_text_similarity: float = Field(ge=0, le=1)
    date_scores: dict[Literal["day", "month", "year", "other"], float]
    place_bonus: float
    text_weight: float
    rule_confidence: dict[str, float]
    rule_confidence_default: float = Field(ge=0, le=1)
    agreeing_report_bonus: float = Field(ge=0, le=1)
    disagreement_factor: float = Field(ge=0, le=1)
    place_confidence: dict[Literal["base", "step", "conflict_factor", "unknown_place"], float]
    participants_confidence: dict[Literal["base", "step"], float]
    review_below: float = Field(ge=0, le=1)
    summary_weights: dict[Literal["participant", "topic", "place", "meeting_clause", "position",
                                  "length_penalty"], float]
    summary_words: dict[Literal["min", "max"], int]


class SettingsFile(_M):
    extract: ExtractSettings
    fuse: FuseSettings


class TranslitFile(_M):
    article: str
    definite: str
    letters: dict[str, str]
    vowels: dict[str, str]
    final_vowels: list[str]


FILES: dict[str, type[_M]] = {
    "normalisation": NormFile, "dates": DatesFile, "meetings": MeetingsFile,
    "offices": OfficesFile, "names": NamesFile, "furniture": FurnitureFile, "metadata": MetadataFile,
    "summary": SummaryFile, "transliteration": TranslitFile, "settings": SettingsFile,
}
