#!/usr/bin/env python3
"""Verify the hand-labelled text sets tests/data/<set>/cases/ (textset, textset-dev2,
textset-dev3, textset-holdout, and the later sets of the SETS table).

For every case <id>.txt / <id>.json this checks:
  * the raw file is valid UTF-8 and the label file is valid JSON with the expected keys/types;
  * every entry of title/body/noise/captions occurs verbatim (after stripping surrounding
    whitespace) as a line of the raw file;
  * every non-blank raw line is accounted for exactly once: the multiset of stripped non-blank
    raw lines equals the multiset title + body + noise + captions (a line that appears twice in
    the raw file, e.g. a doubled title or teaser, must be labelled twice);
  * noise_kinds / position / lang use the allowed vocabularies, and "position" equals the
    positions actually occupied by noise lines (top = before the first body line,
    middle = between first and last body line, bottom = after the last body line);
  * body has at least 3 entries; hard is a bool and ids starting with "hard-" are hard.
Across each set it checks that no noise line of >= 25 characters is reused in more than 3
cases, that no body line is shared between cases, and the coverage targets of the set (the
SETS table below). textset-dev2 has one more cross-set check: none of its noise lines of
>= 25 characters may also be a noise line of textset (dev2 exists to test wordings the first
set does not use); textset-dev3 likewise may not reuse a noise line of textset or textset-dev2.
For textset-holdout the messages name case ids but never quote its text.

Usage: python3 tests/data/check_textsets.py [set ...]     (default: all sets; stdlib only;
       exit status 1 on any error)
"""
import json
import os
import sys
from collections import Counter, defaultdict

def _blind_dev(en, zh, other, earlier):
    """Targets of the later blind development sets (dev5 on): 56+ cases, at least `en` English
    and `zh` of each Chinese script, `other` cases in 10 other language groups, 12 hard cases,
    every noise kind, and no noise wording copied from the `earlier` sets."""
    return {
        "cases": 56,
        "langs": {"en": en, "zh-Hant": zh, "zh-Hans": zh},
        "other": other,
        "other_need": [("ja",), ("ko",), ("es",), ("pt",), ("de",), ("fr",), ("it",), ("ru", "uk"),
                       ("tr", "pl", "nl"), ("id", "vi", "th", "ar")],
        "other_desc": "ja, ko, es, pt, de, fr, it, ru or uk, tr/pl/nl, id/vi/th/ar",
        "hard": 12,
        "every_kind": "every noise kind in at least one case",
        "noise_not_from": earlier,
        "quote_lines": True,
    }


_EARLY = ("textset", "textset-dev2", "textset-dev3", "textset-dev4", "textset-holdout", "textset-holdout2")
_LATER = _EARLY + tuple(f"textset-dev{n}" for n in range(5, 11))
_LATER2 = _LATER + tuple(f"textset-dev{n}" for n in range(11, 15))
_LATER3 = _LATER2 + tuple(f"textset-dev{n}" for n in range(15, 18))
_LATER4 = _LATER3 + tuple(f"textset-dev{n}" for n in range(18, 21))
_LATER5 = _LATER4 + tuple(f"textset-dev{n}" for n in range(21, 24))
_LATER6 = _LATER5 + tuple(f"textset-dev{n}" for n in range(24, 27))
_LATER7 = _LATER6 + tuple(f"textset-dev{n}" for n in range(27, 30))
_LATER8 = _LATER7 + tuple(f"textset-dev{n}" for n in range(30, 33))

# Per-set coverage targets, keyed by folder name under tests/data/.
#   cases        minimum number of cases
#   langs        minimum number of cases per language (in this order)
#   other        minimum number of cases in languages other than en / zh-Hant / zh-Hans
#   other_need   groups of languages; each group needs at least one case in one of its languages
#   other_desc   how other_need reads in the message
#   per_lang     cases each other_need group needs (default 1)
#   hard         minimum number of hard cases
#   every_kind   message of the "every noise kind occurs" target, or None for no such target
#   noise_not_from  a set (or a tuple of sets) whose noise lines of >= REUSE_MIN_LEN chars must not
#                   recur here, or None
#   quote_lines  whether error messages may quote the set's text
SETS = {
    "textset": {
        "cases": 64,
        "langs": {"en": 36, "zh-Hant": 8, "zh-Hans": 8},
        "other": 8,
        "other_need": [("es",), ("de",)],
        "other_desc": "es and de",
        "hard": 12,
        "every_kind": None,
        "noise_not_from": None,
        "quote_lines": True,
    },
    "textset-dev2": {
        "cases": 40,
        "langs": {"en": 18, "zh-Hant": 5, "zh-Hans": 5},
        "other": 8,
        "other_need": [("ja",), ("ko",), ("es",), ("de",), ("fr",), ("pt",), ("it",), ("id", "vi")],
        "other_desc": "ja, ko, es, de, fr, pt, it and id or vi",
        "hard": 10,
        "every_kind": "every noise kind in at least one case",
        "noise_not_from": "textset",
        "quote_lines": True,
    },
    "textset-dev3": {
        "cases": 40,
        "langs": {"en": 14, "zh-Hant": 3, "zh-Hans": 3},
        "other": 12,
        "other_need": [("ja",), ("ko",), ("es",), ("pt",), ("de",), ("fr",), ("it",), ("nl",), ("pl",),
                       ("tr",), ("id", "vi"), ("th",), ("ar",)],
        "other_desc": "ja, ko, es, pt, de, fr, it, nl, pl, tr, id or vi, th and ar",
        "hard": 10,
        "every_kind": "every noise kind in at least one case",
        "noise_not_from": ("textset", "textset-dev2"),
        "quote_lines": True,
    },
    "textset-holdout": {
        "cases": 40,
        "langs": {"en": 20, "zh-Hant": 5, "zh-Hans": 5},
        "other": 5,
        "other_need": [("es",), ("de",), ("fr",), ("ja", "ko"), ("pt", "it")],
        "other_desc": "es, de, fr, ja or ko, pt or it",
        "hard": 10,
        "every_kind": "every noise kind used at least once",
        "noise_not_from": None,
        "quote_lines": False,
    },
    "textset-dev4": {
        "cases": 50,
        "langs": {"en": 18, "zh-Hant": 4, "zh-Hans": 4},
        "other": 14,
        "other_need": [("ja",), ("ko",), ("es",), ("pt",), ("de",), ("fr",), ("it",), ("nl",), ("pl",),
                       ("tr",), ("id", "vi"), ("ru", "uk"), ("ar", "th")],
        "other_desc": "ja, ko, es, pt, de, fr, it, nl, pl, tr, id or vi, ru or uk, ar or th",
        "hard": 12,
        "every_kind": "every noise kind in at least one case",
        "noise_not_from": ("textset", "textset-dev2", "textset-dev3"),
        "quote_lines": True,
    },
    **{name: _blind_dev(en, zh, other, earlier) for name, en, zh, other, earlier in (
        ("textset-dev5", 20, 5, 14, _EARLY),
        ("textset-dev6", 16, 6, 14, _EARLY),
        ("textset-dev7", 20, 4, 18, _EARLY),
        ("textset-dev8", 18, 5, 16, _EARLY + ("textset-dev5", "textset-dev6", "textset-dev7")),
        ("textset-dev9", 18, 5, 16, _EARLY + ("textset-dev5", "textset-dev6", "textset-dev7")),
        ("textset-dev10", 18, 5, 16, _EARLY + ("textset-dev5", "textset-dev6", "textset-dev7")),
        ("textset-dev11", 18, 5, 16, _LATER),
        ("textset-dev12", 10, 12, 12, _LATER),
        ("textset-dev13", 18, 5, 16, _LATER),
        ("textset-dev14", 18, 5, 16, _LATER),
        ("textset-dev15", 18, 5, 16, _LATER2),
        ("textset-dev16", 18, 5, 16, _LATER2),
        ("textset-dev17", 18, 5, 16, _LATER2),
        ("textset-dev18", 18, 5, 16, _LATER3),
        ("textset-dev19", 18, 5, 16, _LATER3),
        ("textset-dev20", 18, 5, 16, _LATER3),
        ("textset-dev21", 18, 5, 16, _LATER4),
        ("textset-dev22", 18, 5, 16, _LATER4),
        ("textset-dev23", 18, 5, 16, _LATER4),
        ("textset-dev24", 18, 5, 16, _LATER5),
        ("textset-dev26", 18, 5, 16, _LATER5),
        ("textset-dev27", 18, 5, 16, _LATER6),
        ("textset-dev28", 18, 5, 16, _LATER6),
        ("textset-dev29", 18, 5, 16, _LATER6),
        ("textset-dev30", 18, 5, 16, _LATER7),
        ("textset-dev31", 18, 5, 16, _LATER7),
        ("textset-dev33", 18, 5, 16, _LATER8),
        ("textset-dev34", 18, 5, 16, _LATER8),
        ("textset-dev35", 18, 5, 16, _LATER8),
        ("textset-dev36", 18, 5, 16, _LATER8),
        ("textset-dev38", 18, 5, 16, _LATER8),
    )},
    # Languages no earlier set has: 4+ cases in each of ten, besides English and Chinese.
    "textset-dev25": {
        **_blind_dev(10, 5, 40, _LATER5),
        "other_need": [("hi",), ("fa",), ("he",), ("el",), ("cs",), ("ro",), ("hu",), ("sv",), ("ms",), ("sw",)],
        "other_desc": "hi, fa, he, el, cs, ro, hu, sv, ms, sw",
        "per_lang": 4,
    },
    # Other languages first: 40 cases in 20 languages besides English and Chinese.
    "textset-dev32": {
        **_blind_dev(10, 5, 40, _LATER7),
        "other_need": [("es",), ("pt",), ("fr",), ("it",), ("de",), ("nl",), ("pl",), ("ru",), ("uk",), ("tr",),
                       ("ja",), ("ko",), ("id",), ("vi",), ("th",), ("ar",), ("hi",), ("fa",), ("he",), ("el",)],
        "other_desc": "es, pt, fr, it, de, nl, pl, ru, uk, tr, ja, ko, id, vi, th, ar, hi, fa, he, el",
        "per_lang": 2,
    },
    # Chinese, Japanese and Korean first: 15 cases in each Chinese script, 11 each in ja and ko.
    "textset-dev37": {
        **_blind_dev(8, 15, 22, _LATER8),
        "other_need": [("ja",), ("ko",)],
        "other_desc": "ja and ko",
        "per_lang": 11,
    },
    # A third blind set, written after the model existed: figures only, never its lines.
    "textset-holdout3": {**_blind_dev(20, 5, 16, _LATER), "quote_lines": False},
    # A fourth, written with dev15-dev17 and measured only at the start and end of that round.
    "textset-holdout4": {**_blind_dev(20, 5, 16, _LATER2), "quote_lines": False},
    "textset-holdout2": {
        "cases": 60,
        "langs": {"en": 24, "zh-Hant": 5, "zh-Hans": 5},
        "other": 16,
        "other_need": [("ja",), ("ko",), ("es",), ("pt",), ("de",), ("fr",), ("it",), ("nl",), ("pl",),
                       ("tr",), ("id", "vi"), ("ru", "uk"), ("ar", "th")],
        "other_desc": "ja, ko, es, pt, de, fr, it, nl, pl, tr, id or vi, ru or uk, ar or th",
        "hard": 14,
        "every_kind": "every noise kind used at least once",
        "noise_not_from": ("textset", "textset-dev2", "textset-dev3", "textset-holdout"),
        "quote_lines": False,
    },
}

KINDS = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter",
         "other"]
POSITIONS = ["top", "middle", "bottom"]
LANGS = {"en", "zh-Hant", "zh-Hans", "es", "de", "fr", "it", "pt", "nl", "id", "ja", "ko", "vi",
         "pl", "tr", "th", "ar", "ru", "uk", "hi", "fa", "he", "el", "cs", "ro", "hu", "sv", "ms", "sw"}
LANG_NAMES = {"en": "English"}
MAIN_LANGS = ("en", "zh-Hant", "zh-Hans")
KEYS = {"id", "lang", "title", "body", "noise", "captions", "noise_kinds", "position", "hard", "notes"}
MAX_NOISE_REUSE = 3
REUSE_MIN_LEN = 25
WITHHELD = "<text withheld>"
HERE = os.path.dirname(os.path.abspath(__file__))


def raw_lines(text):
    # str.splitlines() would also split on U+2028, U+0085 etc.; scrapers split on \n / \r\n.
    return [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def check_case(cid, txt_path, json_path, errors, quote_lines=True):
    def err(msg):
        errors.append(f"{cid}: {msg}")

    def q(s, n):
        return repr(s[:n]) if quote_lines else WITHHELD

    try:
        with open(txt_path, "rb") as f:
            text = f.read().decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"raw file is not UTF-8: {e}")
        return None
    try:
        with open(json_path, encoding="utf-8") as f:
            lab = json.load(f)
    except (ValueError, UnicodeDecodeError) as e:
        err(f"bad JSON: {e}")
        return None
    if not isinstance(lab, dict):
        err("label file is not a JSON object")
        return None
    missing, extra = KEYS - lab.keys(), lab.keys() - KEYS
    if missing:
        err(f"missing keys {sorted(missing)}")
        return None
    if extra:
        err(f"unexpected keys {sorted(extra)}")
    if lab["id"] != cid:
        err(f"id {lab['id']!r} does not match file name")
    if lab["lang"] not in LANGS:
        err(f"unknown lang {lab['lang']!r}")
    if lab["title"] is not None and not (isinstance(lab["title"], str) and lab["title"].strip()):
        err("title must be a non-empty string or null")
    for key in ("body", "noise", "captions", "noise_kinds", "position"):
        if not isinstance(lab[key], list) or not all(isinstance(x, str) for x in lab[key]):
            err(f"{key} must be a list of strings")
            return None
    if not isinstance(lab["hard"], bool):
        err("hard must be true/false")
    if cid.startswith("hard-") and lab["hard"] is not True:
        err("hard-* case not marked hard")
    if not isinstance(lab["notes"], str):
        err("notes must be a string")
    if len(lab["body"]) < 3:
        err("body has fewer than 3 entries")
    for key in ("body", "noise", "captions"):
        for s in lab[key]:
            if s != s.strip() or not s:
                err(f"{key} entry not stripped or empty: {q(s, 60)}")
    bad_kinds = [k for k in lab["noise_kinds"] if k not in KINDS]
    if bad_kinds:
        err(f"unknown noise_kinds {bad_kinds}")
    if len(set(lab["noise_kinds"])) != len(lab["noise_kinds"]):
        err("duplicate noise_kinds")
    if lab["noise"] and not lab["noise_kinds"]:
        err("noise present but noise_kinds empty")
    if not lab["noise"] and lab["noise_kinds"]:
        err("noise_kinds given but no noise lines")
    if [p for p in lab["position"] if p not in POSITIONS]:
        err(f"unknown position values {lab['position']}")

    lines = raw_lines(text)
    nonblank = [ln for ln in lines if ln]
    line_set = set(nonblank)
    labelled = ([lab["title"]] if lab["title"] is not None else []) + lab["body"] + lab["noise"] + lab["captions"]
    for key in ("body", "noise", "captions"):
        for s in lab[key]:
            if s not in line_set:
                err(f"{key} entry is not a line of the raw file: {q(s, 70)}")
    if lab["title"] is not None and lab["title"] not in line_set:
        err(f"title is not a line of the raw file: {q(lab['title'], 70)}")
    have, want = Counter(nonblank), Counter(labelled)
    for s in sorted(have - want):
        err(f"raw line not labelled (or labelled too few times): {q(s, 70)}")
    for s in sorted(want - have):
        err(f"label occurs more often than in the raw file: {q(s, 70)}")

    # Assign each raw line to a category (body > title > caption > noise for repeated strings)
    # and derive the positions occupied by noise.
    remaining = {"body": Counter(lab["body"]),
                 "title": Counter([lab["title"]] if lab["title"] is not None else []),
                 "captions": Counter(lab["captions"]), "noise": Counter(lab["noise"])}
    roles = []
    for ln in nonblank:
        for role in ("body", "title", "captions", "noise"):
            if remaining[role][ln] > 0:
                remaining[role][ln] -= 1
                roles.append(role)
                break
        else:
            roles.append(None)
    body_idx = [i for i, r in enumerate(roles) if r == "body"]
    if body_idx:
        first, last = body_idx[0], body_idx[-1]
        pos = set()
        for i, r in enumerate(roles):
            if r == "noise":
                pos.add("top" if i < first else "bottom" if i > last else "middle")
        if pos != set(lab["position"]):
            err(f"position {lab['position']} but noise actually occupies {sorted(pos, key=POSITIONS.index)}")
    return lab


def check_set(name, data_dir=HERE):
    """Check one set, print its summary and return the list of error messages."""
    cfg = SETS[name]
    quote_lines = cfg["quote_lines"]

    def q(s, n):
        return repr(s[:n]) if quote_lines else WITHHELD

    cases_dir = os.path.join(data_dir, name, "cases")
    errors = []
    if not os.path.isdir(cases_dir):
        return [f"cases folder not found at {cases_dir}"]
    names = sorted(os.listdir(cases_dir))
    txt = {n[:-4] for n in names if n.endswith(".txt")}
    js = {n[:-5] for n in names if n.endswith(".json")}
    for cid in sorted(txt ^ js):
        errors.append(f"{cid}: .txt/.json pair incomplete")
    labs = {}
    for cid in sorted(txt & js):
        lab = check_case(cid, os.path.join(cases_dir, cid + ".txt"),
                         os.path.join(cases_dir, cid + ".json"), errors, quote_lines)
        if lab is not None:
            labs[cid] = lab

    # Cross-case checks.
    noise_cases, body_cases = defaultdict(set), defaultdict(set)
    for cid, lab in labs.items():
        for s in lab["noise"]:
            if len(s) >= REUSE_MIN_LEN:
                noise_cases[s].add(cid)
        for s in lab["body"]:
            if len(s) >= REUSE_MIN_LEN:
                body_cases[s].add(cid)
    for s, ids in sorted(noise_cases.items()):
        if len(ids) > MAX_NOISE_REUSE:
            errors.append(f"noise line reused in {len(ids)} cases {sorted(ids)}: {q(s, 60)}")
    for s, ids in sorted(body_cases.items()):
        if len(ids) > 1:
            errors.append(f"body line shared by cases {sorted(ids)}: {q(s, 60)}")

    # Cross-set check: this set's noise wordings must not be copied from another set.
    not_from = cfg["noise_not_from"]
    for other_set in ([not_from] if isinstance(not_from, str) else list(not_from or ())):
        other_dir = os.path.join(data_dir, other_set, "cases")
        other_noise = set()
        if os.path.isdir(other_dir):
            for n in sorted(os.listdir(other_dir)):
                if n.endswith(".json"):
                    with open(os.path.join(other_dir, n), encoding="utf-8") as f:
                        other_noise.update(x for x in json.load(f).get("noise", []) if len(x) >= REUSE_MIN_LEN)
        else:
            errors.append(f"text set not found at {other_dir} (needed for the cross-set check)")
        # The line is the other set's line too: a held-out set's wording is never quoted.
        shown = quote_lines and SETS.get(other_set, {}).get("quote_lines", True)
        for cid, lab in labs.items():
            for s in lab["noise"]:
                if s in other_noise:
                    errors.append(f"{cid}: noise line copied from tests/data/{other_set}: {repr(s[:60]) if shown else WITHHELD}")

    # Summary and coverage targets.
    by_lang = Counter(lab["lang"] for lab in labs.values())
    by_kind = Counter(k for lab in labs.values() for k in lab["noise_kinds"])
    by_pos = Counter(p for lab in labs.values() for p in lab["position"])
    hard = sorted(cid for cid, lab in labs.items() if lab["hard"])
    no_title = sorted(cid for cid, lab in labs.items() if lab["title"] is None)
    with_caps = sum(1 for lab in labs.values() if lab["captions"])
    print(f"cases: {len(labs)}")
    print("by lang: " + ", ".join(f"{k}={v}" for k, v in sorted(by_lang.items())))
    print("by noise kind (cases): " + ", ".join(f"{k}={by_kind[k]}" for k in KINDS))
    print("by position (cases): " + ", ".join(f"{p}={by_pos[p]}" for p in POSITIONS))
    print(f"hard: {len(hard)}   with captions: {with_caps}   without title: {len(no_title)}")
    print(f"lines labelled: body={sum(len(l['body']) for l in labs.values())} "
          f"noise={sum(len(l['noise']) for l in labs.values())} "
          f"captions={sum(len(l['captions']) for l in labs.values())}")
    other = sum(v for k, v in by_lang.items() if k not in MAIN_LANGS)
    targets = [(f"at least {cfg['cases']} cases", len(labs) >= cfg["cases"])]
    for lang, n in cfg["langs"].items():
        targets.append((f"at least {n} {LANG_NAMES.get(lang, lang)} cases", by_lang[lang] >= n))
    targets += [
        (f"at least {cfg['other']} cases in other languages incl. {cfg.get('per_lang', 1)}+ in each of {cfg['other_desc']}",
         other >= cfg["other"]
         and all(sum(by_lang[k] for k in group) >= cfg.get("per_lang", 1) for group in cfg["other_need"])),
        (f"at least {cfg['hard']} hard cases", len(hard) >= cfg["hard"]),
        ("noise at top, middle and bottom", all(by_pos[p] > 0 for p in POSITIONS)),
    ]
    if cfg["every_kind"]:
        targets.append((cfg["every_kind"], all(by_kind[k] > 0 for k in KINDS)))
    for target, ok in targets:
        if not ok:
            errors.append(f"coverage target not met: {target}")
    return errors


def main(argv=None):
    names = list(sys.argv[1:] if argv is None else argv) or list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"unknown set(s) {unknown}; known: {', '.join(SETS)}", file=sys.stderr)
        return 1
    status = 0
    for i, name in enumerate(names):
        if len(names) > 1:
            print(("\n" if i else "") + f"== {name}")
        errors = check_set(name)
        if errors:
            print(f"\n{len(errors)} error(s):")
            for e in errors:
                print("  " + e)
            status = 1
        else:
            print("OK: all cases consistent")
    return status


if __name__ == "__main__":
    sys.exit(main())
