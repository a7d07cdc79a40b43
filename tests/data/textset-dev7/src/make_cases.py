#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict: id, lang, notes, text (tagged lines) and optional format keys:
  nl        "double" (default: blank line between lines) or "single" (newline only)
  crlf      True for CRLF line endings
  final_nl  False for a file without a final newline

Tagged line syntax (one per line of `text`; empty lines of `text` are ignored):
  T| headline        B| story line        C| photo caption
  xx| noise line, xx one of the KIND codes below
  ^xx| ...           in "double" mode: join to the previous line with a single newline
  ---                an extra blank line in the raw file (a run of blank lines)
Whitespace tokens {sp} {tab} {nbsp} put spaces, tabs or U+00A0 into the raw line; labels are
the stripped raw line. noise_kinds and position are derived from the tags (position with the
same rule as tests/data/check_textsets.py).
"""
import importlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")

KIND = {"ck": "cookie_banner", "ct": "crypto_ticker", "cp": "crypto_promo", "di": "disclaimer",
        "rl": "related_links", "sb": "share_bar", "co": "comments", "nv": "navigation",
        "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
KINDS = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter",
         "other"]
WS = {"{sp}": " ", "{tab}": "\t", "{nbsp}": "\u00a0"}
MODULES = ["cases_en", "cases_zh", "cases_eu", "cases_world"]


def parse(case):
    items = []  # (role, kind, raw, join_single)
    extra_blank = 0
    for src in case["text"].split("\n"):
        src = src.strip()
        if not src:
            continue
        if src == "---":
            extra_blank += 1
            continue
        join = False
        if src.startswith("^"):
            join, src = True, src[1:]
        tag, sep, raw = src.partition("| ")
        if not sep:
            raise ValueError(f"{case['id']}: bad line {src!r}")
        for k, v in WS.items():
            raw = raw.replace(k, v)
        if tag == "T":
            role, kind = "title", None
        elif tag == "B":
            role, kind = "body", None
        elif tag == "C":
            role, kind = "captions", None
        elif tag in KIND:
            role, kind = "noise", KIND[tag]
        else:
            raise ValueError(f"{case['id']}: unknown tag {tag!r}")
        if not raw.strip():
            raise ValueError(f"{case['id']}: empty line")
        items.append((role, kind, raw, join, extra_blank))
        extra_blank = 0
    return items


def build(case):
    items = parse(case)
    single = case.get("nl", "double") == "single"
    parts = []
    for i, (role, kind, raw, join, blanks) in enumerate(items):
        if i:
            sep = "\n" if (single or join) else "\n\n"
            parts.append(sep + "\n" * blanks)
        parts.append(raw)
    text = "".join(parts)
    if case.get("final_nl", True):
        text += "\n"
    if case.get("crlf"):
        text = text.replace("\n", "\r\n")

    titles = [raw.strip() for role, _, raw, _, _ in items if role == "title"]
    if len(titles) > 1:
        raise ValueError(f"{case['id']}: more than one title")
    lab = {
        "id": case["id"], "lang": case["lang"],
        "title": titles[0] if titles else None,
        "body": [raw.strip() for role, _, raw, _, _ in items if role == "body"],
        "noise": [raw.strip() for role, _, raw, _, _ in items if role == "noise"],
        "captions": [raw.strip() for role, _, raw, _, _ in items if role == "captions"],
    }
    used = {kind for role, kind, _, _, _ in items if role == "noise"}
    lab["noise_kinds"] = [k for k in KINDS if k in used]
    lab["position"] = positions(text, lab)
    lab["hard"] = case["id"].startswith("hard-")
    lab["notes"] = case["notes"]
    if not 4 <= len(lab["body"]) <= 15:
        raise ValueError(f"{case['id']}: {len(lab['body'])} body lines")
    if not 3 <= len(lab["noise"]) <= 25:
        raise ValueError(f"{case['id']}: {len(lab['noise'])} noise lines")
    return text, lab


def positions(text, lab):
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    nonblank = [ln for ln in lines if ln]
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
    idx = [i for i, r in enumerate(roles) if r == "body"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < idx[0] else "bottom" if i > idx[-1] else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def main():
    sys.path.insert(0, HERE)
    cases = []
    for m in MODULES:
        cases += importlib.import_module(m).CASES
    ids = [c["id"] for c in cases]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate ids {dup}")
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        os.remove(os.path.join(OUT, name))
    for case in cases:
        text, lab = build(case)
        with open(os.path.join(OUT, case["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(OUT, case["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
