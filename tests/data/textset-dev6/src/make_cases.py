#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict made by case(...) with a block of tagged lines:

    T   headline                       (at most one per case)
    B   story line (body)
    C   photo caption
    xx  noise line, xx = kind code (see KIND_CODES)
    %N  N extra blank lines at this point
    #   comment (ignored)

A tag written with a leading "+" (e.g. "+nv") glues the line to the previous one: no blank
line between them even in the default blank-line paragraph style. The text after the tag and
one space is written verbatim (so trailing spaces, tabs, NBSP and U+3000 written as escapes in
the case files survive); the label is that text after str.strip().

Format options of case(): single=True (single newlines only), crlf=True, final=False (no final
newline), indent="\u3000\u3000" (prefix for body lines), lead="" (prefix for every line).
noise_kinds and position are derived here; position uses the checker's own rule.
"""
import importlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")

KINDS = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter",
         "other"]
KIND_CODES = {"ck": "cookie_banner", "tk": "crypto_ticker", "cp": "crypto_promo",
              "ds": "disclaimer", "rl": "related_links", "sh": "share_bar", "cm": "comments",
              "nv": "navigation", "dp": "duplicate_line", "at": "attribution",
              "nw": "newsletter", "ot": "other"}
MODULES = ["cases_en", "cases_zh", "cases_jako", "cases_other"]


def case(cid, lang, notes, block, hard=False, single=False, crlf=False, final=True,
         indent="", lead=""):
    return dict(cid=cid, lang=lang, notes=notes, block=block, hard=hard, single=single,
                crlf=crlf, final=final, indent=indent, lead=lead)


def parse(c):
    items = []  # (role, kind, raw_text, glued, extra_blank_before)
    pending_blank = 0
    for ln in c["block"].split("\n"):
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        if ln.startswith("%"):
            pending_blank += int(ln[1:].strip())
            continue
        tag, _, text = ln.partition(" ")
        glued = tag.startswith("+")
        tag = tag.lstrip("+")
        if tag in ("T", "B", "C"):
            role, kind = {"T": "title", "B": "body", "C": "captions"}[tag], None
        elif tag in KIND_CODES:
            role, kind = "noise", KIND_CODES[tag]
        else:
            raise ValueError(f"{c['cid']}: bad tag {tag!r} in line {ln!r}")
        if not text.strip():
            raise ValueError(f"{c['cid']}: empty text in line {ln!r}")
        if "\r" in text or "\n" in text or "\u2028" in text:
            raise ValueError(f"{c['cid']}: line break inside a line {ln!r}")
        items.append((role, kind, text, glued, pending_blank))
        pending_blank = 0
    return items


def render(c, items):
    out = []
    for i, (role, kind, text, glued, extra) in enumerate(items):
        if i and not c["single"] and not glued:
            out.append("")
        out.extend([""] * extra)
        prefix = c["lead"] + (c["indent"] if role == "body" else "")
        out.append(prefix + text)
    nl = "\r\n" if c["crlf"] else "\n"
    return nl.join(out) + (nl if c["final"] else "")


def positions(lab, text):
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
            raise ValueError(f"{lab['id']}: unlabelled line {ln!r}")
    body_idx = [i for i, r in enumerate(roles) if r == "body"]
    first, last = body_idx[0], body_idx[-1]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < first else "bottom" if i > last else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def build(c):
    items = parse(c)
    titles = [t.strip() for r, k, t, g, e in items if r == "title"]
    if len(titles) > 1:
        raise ValueError(f"{c['cid']}: more than one title")
    kinds = {k for r, k, t, g, e in items if r == "noise"}
    lab = {
        "id": c["cid"],
        "lang": c["lang"],
        "title": titles[0] if titles else None,
        "body": [t.strip() for r, k, t, g, e in items if r == "body"],
        "noise": [t.strip() for r, k, t, g, e in items if r == "noise"],
        "captions": [t.strip() for r, k, t, g, e in items if r == "captions"],
        "noise_kinds": [k for k in KINDS if k in kinds],
        "position": [],
        "hard": bool(c["hard"]),
        "notes": c["notes"],
    }
    text = render(c, items)
    lab["position"] = positions(lab, text)
    return text, lab


def main():
    sys.path.insert(0, HERE)
    os.makedirs(OUT, exist_ok=True)
    seen = set()
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for m in MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            if c["cid"] in seen:
                raise ValueError(f"duplicate id {c['cid']}")
            seen.add(c["cid"])
            text, lab = build(c)
            with open(os.path.join(OUT, c["cid"] + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            with open(os.path.join(OUT, c["cid"] + ".json"), "w", encoding="utf-8") as f:
                json.dump(lab, f, ensure_ascii=False, indent=1)
                f.write("\n")
    print(f"wrote {len(seen)} cases to {OUT}")


if __name__ == "__main__":
    main()
