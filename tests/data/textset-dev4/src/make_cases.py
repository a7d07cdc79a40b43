#!/usr/bin/env python3
"""One-off generator for tests/data/textset-dev4/cases/.

Each case is written in cases_*.py as a dict with a block of tagged lines:

    TAG[flags] | text

TAG is T (headline), B (story line), C (photo caption) or a noise-kind abbreviation
(see KIND below). Flags: ^ = glued to the previous line by a single newline (in a
blank-line-paragraph file), + = one extra blank line before the line, _ = two trailing
spaces, % = trailing tab, @ = trailing NBSP. A line holding only ~ adds a blank line.
Case options: sep ("\\n\\n" default or "\\n"), crlf, final (final newline, default True).
The files in cases/ are the reference; this script only produced them.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

KIND = {"ck": "cookie_banner", "ct": "crypto_ticker", "cp": "crypto_promo", "di": "disclaimer",
        "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
        "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
PREFIX_LANG = {"en": "en", "zht": "zh-Hant", "zhs": "zh-Hans"}
TRAIL = {"_": "  ", "%": "\t", "@": "\u00a0"}


def lang_of(cid):
    parts = cid.split("-")
    code = parts[1] if parts[0] == "hard" else parts[0]
    return PREFIX_LANG.get(code, code)


def parse(block):
    items = []
    for raw in block.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.strip() == "~":
            items.append(None)
            continue
        tag, bar, text = raw.partition("|")
        assert bar, f"no tag separator: {raw!r}"
        m = re.fullmatch(r"([A-Za-z]+)([\^+_%@]*)", tag.strip())
        assert m, f"bad tag {tag!r}"
        role, flags = m.groups()
        text = text.strip()
        assert text, raw
        assert role in ("T", "B", "C") or role in KIND, f"unknown role {role!r}"
        items.append((role, flags, text))
    return items


def render(items, sep, crlf, final):
    out = []
    first = True
    for it in items:
        if it is None:
            out.append("")
            continue
        role, flags, text = it
        if not first and sep == "\n\n" and "^" not in flags:
            out.append("")
        if "+" in flags:
            out.append("")
        trail = "".join(TRAIL[f] for f in flags if f in TRAIL)
        out.append(text + trail)
        first = False
    nl = "\r\n" if crlf else "\n"
    return nl.join(out) + (nl if final else "")


def positions(lab, text):
    # Same assignment as check_textsets.py (body > title > captions > noise for repeated strings).
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
    bi = [i for i, r in enumerate(roles) if r == "body"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < bi[0] else "bottom" if i > bi[-1] else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def build(case, outdir):
    cid = case["id"]
    items = parse(case["lines"])
    text = render(items, case.get("sep", "\n\n"), case.get("crlf", False), case.get("final", True))
    titles = [t for it in items if it for r, f, t in [it] if r == "T"]
    assert len(titles) <= 1, cid
    kinds = []
    for it in items:
        if it and it[0] in KIND and KIND[it[0]] not in kinds:
            kinds.append(KIND[it[0]])
    lab = {"id": cid, "lang": lang_of(cid),
           "title": titles[0] if titles else None,
           "body": [t for it in items if it for r, f, t in [it] if r == "B"],
           "noise": [t for it in items if it for r, f, t in [it] if r in KIND],
           "captions": [t for it in items if it for r, f, t in [it] if r == "C"],
           "noise_kinds": kinds}
    lab["position"] = positions(lab, text)
    lab["hard"] = cid.startswith("hard-")
    lab["notes"] = case["notes"]
    with open(os.path.join(outdir, cid + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(os.path.join(outdir, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    import cases_en, cases_zh, cases_other
    outdir = os.path.join(os.path.dirname(HERE), "cases")
    os.makedirs(outdir, exist_ok=True)
    allc = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in allc]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)
    for name in os.listdir(outdir):
        if name[:-5 if name.endswith(".json") else -4] not in ids:
            os.remove(os.path.join(outdir, name))
    for c in allc:
        build(c, outdir)
    print(f"wrote {len(allc)} cases to {outdir}")


if __name__ == "__main__":
    main()
