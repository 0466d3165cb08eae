#!/usr/bin/env python3
"""Score extracted meeting fact sheets against a corpus's gold.yaml (copy of ../shared/eval/score.py).

Usage:
    score.py GOLD_YAML FACTSHEET_DIR [--verbose] [--json OUT.json]

FACTSHEET_DIR holds one YAML file per meeting (searched recursively). Each sheet needs:
    date:          "YYYY" | "YYYY-MM" | "YYYY-MM-DD"  (or null when unknown)
    place:         "name"  or  {name: "..."}
    participants:  ["name", ...]  or  [{name: "..."}, ...]
    sources:       ["article-name", ...]  or  [{article: "article-name"}, ...]
    kind:          optional; sheets whose kind is "phone" or "call" are not counted as meetings
The article name is the article's file name without its extension.

Prints one line per figure and, last, "score: X" (the mean of meeting recall, meeting
precision, date accuracy, place accuracy and participant F1). Needs only PyYAML.
"""
from __future__ import annotations

import argparse
import datetime as dt
import difflib
import itertools
import json
import pathlib
import re
import sys

import yaml

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
NON_LETTERS = re.compile(r"[^\w\s]", re.UNICODE)
FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "گ": "غ", "ڤ": "ف", "چ": "ج",
})
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def fold(text: str) -> str:
    """Arabic-insensitive comparison key: no diacritics, tatweel, hamza seats or punctuation."""
    text = DIACRITICS.sub("", str(text)).translate(FOLD).translate(DIGITS)
    text = NON_LETTERS.sub(" ", text)
    return " ".join(text.split())


def name_tokens(name: str) -> list[str]:
    # Foreign names spell the hard g as غ or ج (سيرغي / سيرجي): compare them as one letter.
    # Compound names are written with or without a space (عبد الله / عبدالله, أبو ظبي / أبوظبي).
    tokens = re.sub(r"(^| )(عبد|ابو) ", r"\1\2", fold(name)).replace("ج", "غ").split()
    return [t[2:] if t.startswith("ال") and len(t) > 4 else t for t in tokens]


def same_name(a: str, b: str) -> bool:
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if len(ta) == len(tb) and set(ta) == set(tb):
        return False  # same words in another order name another person (عبدالله بن الحسين / الحسين بن عبدالله)
    shorter, longer = sorted((ta, tb), key=len)
    if set(shorter) <= set(longer) and shorter[-1] in longer:
        return True
    return difflib.SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio() >= 0.85


def same_place(pred: str | None, gold: str, aliases: list[str]) -> bool:
    if not pred:
        return False
    p = fold(pred)
    for g in [gold, *aliases]:
        g = fold(g)
        if p == g or (g and (g in p.split() or re.search(rf"(^| ){re.escape(g)}( |$)", p))):
            return True
    return False


def norm_date(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dict):  # {value: ..., precision: ...} style
        return norm_date(value.get("value") or value.get("date"))
    return str(value).strip().translate(DIGITS)


def text_of(value, *keys) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        for key in keys:
            if value.get(key):
                return str(value[key])
        return None
    return str(value)


def load_sheets(folder: pathlib.Path) -> list[dict]:
    sheets = []
    for path in sorted([*folder.rglob("*.yaml"), *folder.rglob("*.yml")]):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        if str(data.get("kind", "")).lower() in ("phone", "call"):
            continue
        sources = []
        for src in data.get("sources") or []:
            name = text_of(src, "article", "file", "id", "name")
            if name:
                sources.append(pathlib.PurePath(name).stem if "." in name else name)
        sheets.append({
            "file": str(path.relative_to(folder)),
            "date": norm_date(data.get("date")),
            "place": text_of(data.get("place"), "name", "ar", "label"),
            "participants": [n for n in (text_of(p, "name", "ar", "label")
                                         for p in data.get("participants") or []) if n],
            "sources": set(sources),
        })
    return sheets


def participant_counts(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    """(true positives, predicted, gold) with one-to-one fuzzy name matching."""
    unmatched, open_gold = list(pred), list(gold)
    hits = 0
    for exact in (True, False):  # exact spellings pair up first, so a fuzzy match cannot steal them
        for g in list(open_gold):
            for p in unmatched:
                if (name_tokens(p) == name_tokens(g)) if exact else same_name(p, g):
                    unmatched.remove(p)
                    open_gold.remove(g)
                    hits += 1
                    break
    return hits, len(pred), len(gold)


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict, sheets: list[dict], verbose: bool = False) -> dict:
    meetings = gold.get("meetings") or []
    non_meetings = set(gold.get("non_meetings") or [])
    known = set((gold.get("articles") or {}).keys())

    # One-to-one matching, best pairs first: shared sources, then shared participants.
    candidates = []
    for gi, g in enumerate(meetings):
        for si, s in enumerate(sheets):
            overlap = len(set(g["articles"]) & s["sources"])
            if overlap:
                tp, _, _ = participant_counts(s["participants"], g["participants"])
                candidates.append((overlap, tp, -len(s["sources"] - set(g["articles"])), gi, si))
    match: dict[int, int] = {}
    used: set[int] = set()
    for *_, gi, si in sorted(candidates, reverse=True):
        if gi not in match and si not in used:
            match[gi] = si
            used.add(si)

    date_ok = year_ok = place_ok = grouped = 0
    p_tp = p_pred = p_gold = 0
    details = []
    for gi, g in enumerate(meetings):
        s = sheets[match[gi]] if gi in match else None
        gold_date = norm_date(g.get("date"))
        row = {"gold": g["id"], "sheet": s and s["file"]}
        if s is None:
            p_gold += len(g["participants"])
            row["missed"] = True
            details.append(row)
            continue
        d_ok = s["date"] == gold_date
        y_ok = bool(s["date"]) and bool(gold_date) and s["date"][:4] == gold_date[:4]
        pl_ok = same_place(s["place"], g["place"], g.get("place_aliases") or [])
        tp, n_pred, n_gold = participant_counts(s["participants"], g["participants"])
        same_group = s["sources"] & known == set(g["articles"])
        date_ok += d_ok
        year_ok += y_ok
        place_ok += pl_ok
        grouped += same_group
        p_tp, p_pred, p_gold = p_tp + tp, p_pred + n_pred, p_gold + n_gold
        row.update(date=(s["date"], gold_date, d_ok), place=(s["place"], g["place"], pl_ok),
                   participants=(s["participants"], g["participants"], f"{tp}/{n_pred}/{n_gold}"),
                   grouping=(sorted(s["sources"]), g["articles"], same_group))
        details.append(row)

    spurious = [s["file"] for si, s in enumerate(sheets) if si not in used]
    from_non_meetings = [s["file"] for s in sheets if s["sources"] & non_meetings
                         and not any(s["sources"] & set(g["articles"]) for g in meetings)]

    # Pairwise F1 over articles that belong to gold meetings.
    gold_pairs, pred_pairs = set(), set()
    for g in meetings:
        gold_pairs |= {tuple(sorted(p)) for p in itertools.combinations(set(g["articles"]), 2)}
    in_gold = {a for g in meetings for a in g["articles"]}
    for s in sheets:
        arts = s["sources"] & in_gold
        pred_pairs |= {tuple(sorted(p)) for p in itertools.combinations(arts, 2)}
    pair_p, pair_r, pair_f = f1(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))

    n = len(meetings) or 1
    _, _, part_f1 = f1(p_tp, p_pred, p_gold)
    result = {
        "gold_meetings": len(meetings),
        "fact_sheets": len(sheets),
        "matched": len(match),
        "meeting_recall": len(match) / n,
        "meeting_precision": len(match) / len(sheets) if sheets else 0.0,
        "spurious_sheets": len(spurious),
        "sheets_from_non_meeting_articles": len(from_non_meetings),
        "grouping_exact": grouped / n,
        "pairwise_f1": pair_f,
        "date_exact": date_ok / n,
        "date_year": year_ok / n,
        "place": place_ok / n,
        "participants_p_r_f1": [round(x, 3) for x in f1(p_tp, p_pred, p_gold)],
    }
    result["score"] = round(sum([result["meeting_recall"], result["meeting_precision"],
                                 result["date_exact"], result["place"], part_f1]) / 5, 3)
    if verbose:
        result["details"] = details
        result["spurious"] = spurious
    return result


def load_gold(path: pathlib.Path) -> dict:
    """One gold file, or every gold*.yaml of a corpus folder merged (articles, meetings, non_meetings)."""
    files = sorted(path.glob("gold*.yaml")) if path.is_dir() else [path]
    if not files:
        raise SystemExit(f"no gold*.yaml in {path}")
    merged: dict = {"articles": {}, "meetings": [], "non_meetings": []}
    for file in files:
        part = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        merged["articles"].update(part.get("articles") or {})
        merged["meetings"] += part.get("meetings") or []
        merged["non_meetings"] += part.get("non_meetings") or []
    return merged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="a gold.yaml, or a corpus folder whose gold*.yaml files are merged")
    parser.add_argument("sheets")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    gold = load_gold(pathlib.Path(args.gold))
    sheets = load_sheets(pathlib.Path(args.sheets))
    result = score(gold, sheets, args.verbose)
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2))
    for key, value in result.items():
        if key in ("details", "spurious", "score"):
            continue
        print(f"{key}: {round(value, 3) if isinstance(value, float) else value}")
    if args.verbose:
        for row in result["details"]:
            print(json.dumps(row, ensure_ascii=False))
        for f in result["spurious"]:
            print("spurious:", f)
    print(f"score: {result['score']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
