#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict: id, lang, hard, notes, text, and optional format keys
  fmt      "double" (blank line between lines, default) or "single" (single newlines)
  crlf     True for CRLF line endings
  final_nl False to drop the final newline
  ws       True to add trailing spaces / tabs / NBSP to some lines
text holds one raw line per line as  TAG|content.  TAG is T (title), B (body), C (caption)
or a noise-kind code (see CODES). A trailing "+" on the tag glues the line to the previous
one with a single newline in "double" files. A line "~" inserts a run of extra blank lines.
Rerun: python3 src/make_cases.py   (rewrites cases/)
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "cases")

CODES = {"ck": "cookie_banner", "tk": "crypto_ticker", "pr": "crypto_promo", "di": "disclaimer",
         "rl": "related_links", "sb": "share_bar", "cm": "comments", "nv": "navigation",
         "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
KINDS = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter",
         "other"]
WS = [" ", "\t", "\u00a0", "  ", " \t"]


def build(case):
    fmt = case.get("fmt", "double")
    parts = []          # raw text pieces
    title, body, noise, caps, kinds = None, [], [], [], set()
    n = 0
    for src in case["text"].strip("\n").split("\n"):
        if not src.strip():
            continue
        if src.strip() == "~":
            parts.append("\n\n\n\n\n")
            continue
        tag, content = src.split("|", 1)
        glue = tag.endswith("+")
        tag = tag.rstrip("+")
        assert content == content.strip() and content, (case["id"], src)
        if tag == "T":
            assert title is None, case["id"]
            title = content
        elif tag == "B":
            body.append(content)
        elif tag == "C":
            caps.append(content)
        else:
            noise.append(content)
            kinds.add(CODES[tag])
        line = content
        if case.get("ws") and n % 3 == 1:
            line += WS[n % len(WS)]
        n += 1
        if parts:
            if parts[-1] == "\n\n\n\n\n":
                sep = ""
            else:
                sep = "\n" if (fmt == "single" or glue) else "\n\n"
            parts.append(sep)
        parts.append(line)
    text = "".join(parts)
    if case.get("final_nl", True):
        text += "\n"
    if case.get("crlf"):
        text = text.replace("\n", "\r\n")
    # positions, computed the way the checker does
    nonblank = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
    rem = {"body": Counter(body), "title": Counter([title] if title else []),
           "captions": Counter(caps), "noise": Counter(noise)}
    roles = []
    for ln in nonblank:
        for r in ("body", "title", "captions", "noise"):
            if rem[r][ln] > 0:
                rem[r][ln] -= 1
                roles.append(r)
                break
        else:
            raise SystemExit(f"{case['id']}: unlabelled line")
    bi = [i for i, r in enumerate(roles) if r == "body"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < bi[0] else "bottom" if i > bi[-1] else "middle")
    lab = {"id": case["id"], "lang": case["lang"], "title": title, "body": body, "noise": noise,
           "captions": caps, "noise_kinds": [k for k in KINDS if k in kinds],
           "position": [p for p in ("top", "middle", "bottom") if p in pos],
           "hard": bool(case.get("hard", False)), "notes": case["notes"]}
    return text, lab


def main():
    import cases_en, cases_zh, cases_other
    cases = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
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
