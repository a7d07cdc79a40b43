#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is written as a block of tagged lines, one raw line per source line:
  T|headline   B|story line   C|photo caption   <kind>|noise line
A blank source line is a blank raw line, so the source mirrors the page layout.
Kind abbreviations are in KIND below. parse() turns a block into a list of
(tag, kind, line) tuples; build() applies newline style and trailing whitespace and
derives noise_kinds and position from the tags (position the same way the checker does).
"""
import json
import os
import random
from collections import Counter

KIND = {"ck": "cookie_banner", "tk": "crypto_ticker", "cp": "crypto_promo", "dc": "disclaimer",
        "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
        "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
ORDER = list(KIND.values())
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
WS = [" ", "  ", "\t", "\u00a0", " \t", "\u00a0 "]


def parse(block):
    items = []
    lines = block.strip("\n").split("\n")
    for ln in lines:
        s = ln.strip()
        if not s:
            items.append(("", None, ""))
            continue
        tag, _, text = s.partition("|")
        text = text.strip()
        assert text, ln
        if tag in ("T", "B", "C"):
            items.append((tag, None, text))
        else:
            items.append(("N", KIND[tag], text))
    return items


def positions(items):
    body = Counter(t for g, _, t in items if g == "B")
    title = Counter(t for g, _, t in items if g == "T")
    caps = Counter(t for g, _, t in items if g == "C")
    noise = Counter(t for g, _, t in items if g == "N")
    roles = []
    for g, _, t in items:
        if not g:
            continue
        for role, c in (("B", body), ("T", title), ("C", caps), ("N", noise)):
            if c[t] > 0:
                c[t] -= 1
                roles.append(role)
                break
    idx = [i for i, r in enumerate(roles) if r == "B"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "N":
            pos.add("top" if i < idx[0] else "bottom" if i > idx[-1] else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def build(case):
    cid = case["id"]
    items = parse(case["text"])
    rng = random.Random(cid)
    out = []
    for g, _, t in items:
        line = t
        if case.get("ws") and g and rng.random() < 0.3:
            line = line + rng.choice(WS)
        if case.get("lead") and g and rng.random() < 0.15:
            line = rng.choice([" ", "\t", "\u00a0"]) + line
        out.append(line)
    nl = "\r\n" if case.get("crlf") else "\n"
    raw = nl.join(out) + ("" if case.get("no_final_nl") else nl)
    titles = [t for g, _, t in items if g == "T"]
    assert len(titles) <= 1, cid
    kinds = {k for g, k, _ in items if g == "N"}
    lab = {
        "id": cid,
        "lang": case["lang"],
        "title": titles[0] if titles else None,
        "body": [t for g, _, t in items if g == "B"],
        "noise": [t for g, _, t in items if g == "N"],
        "captions": [t for g, _, t in items if g == "C"],
        "noise_kinds": [k for k in ORDER if k in kinds],
        "position": positions(items),
        "hard": cid.startswith("hard-"),
        "notes": case["notes"],
    }
    with open(os.path.join(OUT, cid + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(raw)
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return lab


def main():
    import sys
    sys.path.insert(0, HERE)
    import cases_en, cases_zh, cases_other  # noqa: E402
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
    allc = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in allc]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for c in allc:
        build(c)
    print(f"wrote {len(allc)} cases to {OUT}")


if __name__ == "__main__":
    main()
