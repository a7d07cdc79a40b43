#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict: id, lang, notes, hard (optional, default from id), and `text`, a block of
lines `TAG text`. TAG is T (headline), B (body), C (caption) or a noise-kind abbreviation (see
KIND). A leading `&` glues the line to the previous one with a single newline (in blank-line
files); a line `~` inserts a run of extra blank lines. Options: fmt ("blank" | "single"),
crlf, final_nl, ws (trailing spaces / tabs / NBSP on some lines).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "cases")

KIND = {"ck": "cookie_banner", "tk": "crypto_ticker", "cp": "crypto_promo", "dis": "disclaimer",
        "rel": "related_links", "sh": "share_bar", "com": "comments", "nav": "navigation",
        "dup": "duplicate_line", "att": "attribution", "nl": "newsletter", "o": "other"}
ORDER = list(KIND.values())
WS = [" ", "\t", "\u00a0", "  ", " \u00a0"]


def parse(text):
    items = []  # (role, kind, line, glue, gap)
    glue, gap = False, False
    for raw in text.strip("\n").split("\n"):
        s = raw.strip()
        if not s:
            continue
        if s == "~":
            gap = True
            continue
        g = s.startswith("&")
        if g:
            s = s[1:]
        tag, _, line = s.partition(" ")
        line = line.strip()
        assert line, raw
        if tag in ("T", "B", "C"):
            role, kind = {"T": "title", "B": "body", "C": "captions"}[tag], None
        else:
            role, kind = "noise", KIND[tag]
        items.append((role, kind, line, g, gap))
        gap = False
    return items


def build(case):
    items = parse(case["text"])
    fmt = case.get("fmt", "blank")
    out = []
    for i, (role, kind, line, g, gap) in enumerate(items):
        if case.get("ws") and i % 3 == 1:
            line = line + WS[i % len(WS)]
        if i:
            if gap:
                out.append("\n\n\n\n")
            elif fmt == "single" or g:
                out.append("\n")
            else:
                out.append("\n\n")
        out.append(line)
    text = "".join(out)
    if case.get("final_nl", True):
        text += "\n"
    if case.get("crlf"):
        text = text.replace("\n", "\r\n")
    body_idx = [i for i, it in enumerate(items) if it[0] == "body"]
    first, last = body_idx[0], body_idx[-1]
    pos, kinds = set(), set()
    for i, (role, kind, *_rest) in enumerate(items):
        if role == "noise":
            kinds.add(kind)
            pos.add("top" if i < first else "bottom" if i > last else "middle")
    titles = [it[2] for it in items if it[0] == "title"]
    assert len(titles) <= 1, case["id"]
    lab = {
        "id": case["id"], "lang": case["lang"],
        "title": titles[0] if titles else None,
        "body": [it[2] for it in items if it[0] == "body"],
        "noise": [it[2] for it in items if it[0] == "noise"],
        "captions": [it[2] for it in items if it[0] == "captions"],
        "noise_kinds": [k for k in ORDER if k in kinds],
        "position": [p for p in ("top", "middle", "bottom") if p in pos],
        "hard": case.get("hard", case["id"].startswith("hard-")),
        "notes": case["notes"],
    }
    return text, lab


def main():
    import cases_en, cases_zh, cases_other
    allc = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in allc]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
    for c in allc:
        text, lab = build(c)
        with open(os.path.join(OUT, c["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(allc)} cases")


if __name__ == "__main__":
    main()
