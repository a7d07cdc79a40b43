#!/usr/bin/env python3
"""Verify the second hand-labelled development set in tests/data/textset-dev2/cases/.

Adapted from tests/data/textset/check_labels.py; the coverage targets are those of dev2 and
there is one more cross-set check: no noise line of >= 25 characters may also be a noise line
of tests/data/textset (dev2 exists to test wordings the first set does not use).

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
Across the set it checks that no noise line of >= 25 characters is reused in more than 3
cases, that no body line is shared between cases, and the coverage targets of the set.

Usage: python3 check_labels.py [cases_dir [first_set_cases_dir]]     (stdlib only; exit status 1 on any error)
"""
import json
import os
import sys
from collections import Counter, defaultdict

KINDS = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter",
         "other"]
POSITIONS = ["top", "middle", "bottom"]
LANGS = {"en", "zh-Hant", "zh-Hans", "es", "de", "fr", "it", "pt", "nl", "id", "ja", "ko", "vi"}
KEYS = {"id", "lang", "title", "body", "noise", "captions", "noise_kinds", "position", "hard", "notes"}
MAX_NOISE_REUSE = 3
REUSE_MIN_LEN = 25


def raw_lines(text):
    # str.splitlines() would also split on U+2028, U+0085 etc.; scrapers split on \n / \r\n.
    return [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def check_case(cid, txt_path, json_path, errors):
    def err(msg):
        errors.append(f"{cid}: {msg}")

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
                err(f"{key} entry not stripped or empty: {s[:60]!r}")
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
                err(f"{key} entry is not a line of the raw file: {s[:70]!r}")
    if lab["title"] is not None and lab["title"] not in line_set:
        err(f"title is not a line of the raw file: {lab['title'][:70]!r}")
    have, want = Counter(nonblank), Counter(labelled)
    for s in sorted(have - want):
        err(f"raw line not labelled (or labelled too few times): {s[:70]!r}")
    for s in sorted(want - have):
        err(f"label occurs more often than in the raw file: {s[:70]!r}")

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


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "cases")
    names = sorted(os.listdir(cases_dir))
    txt = {n[:-4] for n in names if n.endswith(".txt")}
    js = {n[:-5] for n in names if n.endswith(".json")}
    errors = []
    for cid in sorted(txt ^ js):
        errors.append(f"{cid}: .txt/.json pair incomplete")
    labs = {}
    for cid in sorted(txt & js):
        lab = check_case(cid, os.path.join(cases_dir, cid + ".txt"),
                         os.path.join(cases_dir, cid + ".json"), errors)
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
            errors.append(f"noise line reused in {len(ids)} cases {sorted(ids)}: {s[:60]!r}")
    for s, ids in sorted(body_cases.items()):
        if len(ids) > 1:
            errors.append(f"body line shared by cases {sorted(ids)}: {s[:60]!r}")

    # Cross-set check: dev2's noise wordings must not be copied from the first text set.
    first_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "textset", "cases")
    first_noise = set()
    if os.path.isdir(first_dir):
        for n in sorted(os.listdir(first_dir)):
            if n.endswith(".json"):
                with open(os.path.join(first_dir, n), encoding="utf-8") as f:
                    first_noise.update(x for x in json.load(f).get("noise", []) if len(x) >= REUSE_MIN_LEN)
    else:
        errors.append(f"first text set not found at {first_dir} (needed for the cross-set check)")
    for cid, lab in labs.items():
        for s in lab["noise"]:
            if s in first_noise:
                errors.append(f"{cid}: noise line copied from tests/data/textset: {s[:60]!r}")

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
    other = sum(v for k, v in by_lang.items() if k not in ("en", "zh-Hant", "zh-Hans"))
    need_other = ("ja", "ko", "es", "de", "fr", "pt", "it")
    targets = [
        ("at least 40 cases", len(labs) >= 40),
        ("at least 18 English cases", by_lang["en"] >= 18),
        ("at least 5 zh-Hant cases", by_lang["zh-Hant"] >= 5),
        ("at least 5 zh-Hans cases", by_lang["zh-Hans"] >= 5),
        ("at least 8 cases in other languages incl. ja, ko, es, de, fr, pt, it and id or vi",
         other >= 8 and all(by_lang[k] > 0 for k in need_other) and (by_lang["id"] + by_lang["vi"]) > 0),
        ("at least 10 hard cases", len(hard) >= 10),
        ("noise at top, middle and bottom", all(by_pos[p] > 0 for p in POSITIONS)),
        ("every noise kind in at least one case", all(by_kind[k] > 0 for k in KINDS)),
    ]
    for name, ok in targets:
        if not ok:
            errors.append(f"coverage target not met: {name}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all cases consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
