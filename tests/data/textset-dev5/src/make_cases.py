#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is written as a block of tagged lines:
    T|headline            B|story line           C|photo caption
    <kind>|noise line     (kind abbreviations in KIND below)
A leading "+" joins the line to the previous one with a single newline in a
double-newline file; a leading "^" forces a blank line before it in a
single-newline file. "~N" inserts N extra blank lines. {sp} {tab} {nbsp} are
replaced by a space, a tab and U+00A0 (used for trailing/leading whitespace only).
Run:  python3 make_cases.py      (writes ../cases/, prints a summary)
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cases")

KIND = {"ck": "cookie_banner", "tk": "crypto_ticker", "pr": "crypto_promo", "di": "disclaimer",
        "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
        "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
WS = {"{sp}": " ", "{tab}": "\t", "{nbsp}": "\u00a0"}


def case(cid, lang, notes, text, nl="double", crlf=False, final_nl=True):
    return {"id": cid, "lang": lang, "notes": notes, "text": text, "nl": nl,
            "crlf": crlf, "final_nl": final_nl}


def build(c):
    single = c["nl"] == "single"
    parts, title, body, noise, caps, kinds, roles = [], None, [], [], [], [], []
    first = True
    for src in c["text"].split("\n"):
        s = src.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("~"):
            parts.append("\n" * int(s[1:]))
            continue
        join = None
        if s[0] in "+^":
            join, s = s[0], s[1:]
        tag, _, line = s.partition("|")
        if not _:
            sys.exit(f"{c['id']}: untagged line {src!r}")
        raw = line
        for k, v in WS.items():
            raw = raw.replace(k, v)
        lab = raw.strip()
        if not lab:
            sys.exit(f"{c['id']}: empty line {src!r}")
        if first:
            sep = ""
        elif single:
            sep = "\n\n" if join == "^" else "\n"
        else:
            sep = "\n" if join == "+" else "\n\n"
        first = False
        parts.append(sep + raw)
        if tag == "T":
            if title is not None:
                sys.exit(f"{c['id']}: two titles")
            title = lab
            roles.append("title")
        elif tag == "B":
            body.append(lab)
            roles.append("body")
        elif tag == "C":
            caps.append(lab)
            roles.append("cap")
        elif tag in KIND:
            noise.append(lab)
            roles.append("noise")
            if KIND[tag] not in kinds:
                kinds.append(KIND[tag])
        else:
            sys.exit(f"{c['id']}: unknown tag {tag!r}")
    bi = [i for i, r in enumerate(roles) if r == "body"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < bi[0] else "bottom" if i > bi[-1] else "middle")
    txt = "".join(parts)
    if c["final_nl"]:
        txt += "\n"
    if c["crlf"]:
        txt = txt.replace("\n", "\r\n")
    lab = {"id": c["id"], "lang": c["lang"], "title": title, "body": body, "noise": noise,
           "captions": caps, "noise_kinds": kinds,
           "position": [p for p in ("top", "middle", "bottom") if p in pos],
           "hard": c["id"].startswith("hard-"), "notes": c["notes"]}
    return txt, lab


def main():
    sys.path.insert(0, HERE)
    allc = []
    for mod in ("cases_en", "cases_zh", "cases_asia", "cases_eu"):
        try:
            m = __import__(mod)
        except ModuleNotFoundError:
            continue
        allc += m.CASES
    ids = Counter(c["id"] for c in allc)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        sys.exit(f"duplicate ids {dup}")
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
    stats = Counter()
    for c in allc:
        txt, lab = build(c)
        with open(os.path.join(OUT, c["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(txt)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
        nb = len([x for x in txt.replace("\r\n", "\n").split("\n") if x.strip()])
        stats["single"] += c["nl"] == "single"
        stats["mixed"] += c["nl"] == "double" and "\n+" in "\n" + "\n".join(
            l.strip() for l in c["text"].split("\n"))
        stats["crlf"] += c["crlf"]
        stats["no_final_nl"] += not c["final_nl"]
        stats["trailing_ws"] += any(l != l.rstrip() for l in txt.replace("\r\n", "\n").split("\n"))
        stats["blank_runs"] += "\n\n\n\n" in txt.replace("\r\n", "\n")
        stats["no_title"] += lab["title"] is None
        stats["captions"] += bool(lab["captions"])
        b, nz = len(lab["body"]), len(lab["noise"])
        if not (4 <= b <= 15) or not (3 <= nz <= 25):
            print(f"  size warning {c['id']}: body={b} noise={nz}")
    print(f"wrote {len(allc)} cases; " + ", ".join(f"{k}={v}" for k, v in stats.items()))


if __name__ == "__main__":
    main()
