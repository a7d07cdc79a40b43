#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict made by case(): an id, a language, a hard flag, notes, formatting options
and a block of tagged lines, one per line, written as TAG|text:
  T   headline            B   story line (body)        C   photo caption
  ck cookie_banner  ct crypto_ticker  cp crypto_promo  dc disclaimer  rl related_links
  sb share_bar  cm comments  nv navigation  dl duplicate_line  at attribution
  nl newsletter  ot other
Formatting options: nl = "double" (blank line between lines, default), "single" or "mixed"
(single newlines inside runs of noise, blank lines elsewhere); crlf; final_nl; trail = list of
line indexes (0-based over tagged lines) that get trailing whitespace; blankrun = extra blank
lines before the first bottom-noise line.
"""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "cases")
KINDS = {"ck": "cookie_banner", "ct": "crypto_ticker", "cp": "crypto_promo", "dc": "disclaimer",
         "rl": "related_links", "sb": "share_bar", "cm": "comments", "nv": "navigation",
         "dl": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
ORDER = list(KINDS.values())
TRAILS = [" ", "\t", "\u00a0", "  ", " \u00a0", "\t "]


def parse(block):
    out = []
    for raw in block.strip("\n").split("\n"):
        if not raw.strip():
            continue
        tag, sep, text = raw.partition("|")
        tag = tag.strip()
        if not sep or (tag not in KINDS and tag not in ("T", "B", "C")):
            raise ValueError(f"bad line {raw!r}")
        if text != text.strip() or not text:
            raise ValueError(f"unstripped/empty text {raw!r}")
        out.append((tag, text))
    return out


def build(c):
    lines = parse(c["text"])
    body_idx = [i for i, (t, _) in enumerate(lines) if t == "B"]
    first, last = body_idx[0], body_idx[-1]
    pos = set()
    for i, (t, _) in enumerate(lines):
        if t in KINDS:
            pos.add("top" if i < first else "bottom" if i > last else "middle")
    kinds = {KINDS[t] for t, _ in lines if t in KINDS}
    titles = [x for t, x in lines if t == "T"]
    assert len(titles) <= 1, c["id"]
    lab = {
        "id": c["id"], "lang": c["lang"],
        "title": titles[0] if titles else None,
        "body": [x for t, x in lines if t == "B"],
        "noise": [x for t, x in lines if t in KINDS],
        "captions": [x for t, x in lines if t == "C"],
        "noise_kinds": [k for k in ORDER if k in kinds],
        "position": [p for p in ("top", "middle", "bottom") if p in pos],
        "hard": c["hard"], "notes": c["notes"],
    }
    # raw text
    style = c.get("nl", "double")
    trail = set(c.get("trail", []))
    first_bottom = next((i for i, (t, _) in enumerate(lines) if i > last and t in KINDS), None)
    parts = []
    for i, (t, x) in enumerate(lines):
        s = x + (TRAILS[i % len(TRAILS)] if i in trail else "")
        if i:
            if style == "single":
                sep = "\n"
            elif style == "mixed":
                prev = lines[i - 1][0]
                sep = "\n" if (prev in KINDS and t in KINDS) or (prev == "B" and t == "B" and i % 3 == 0) else "\n\n"
            else:
                sep = "\n\n"
            if i == first_bottom and c.get("blankrun"):
                sep += "\n" * c["blankrun"]
            parts.append(sep)
        parts.append(s)
    text = "".join(parts)
    if c.get("final_nl", True):
        text += "\n"
    if c.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text, lab


def main():
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "cases_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        cases.extend(mod.CASES)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
    for c in cases:
        text, lab = build(c)
        with open(os.path.join(OUT, c["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
