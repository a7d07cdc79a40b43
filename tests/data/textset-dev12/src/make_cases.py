#!/usr/bin/env python3
"""One-off builder for textset-dev12: turns the tagged line lists in cases_*.py into
cases/<id>.txt + cases/<id>.json.

Each case is a dict: id, lang, hard, notes, lines (a text block) and format options:
  fmt   "double" (blank line between all lines, default), "single" (single newlines) or
        "mixed" (blank line after title/body/caption lines, noise lines packed together)
  crlf  True -> CRLF line endings
  final_nl False -> no newline at end of file
  ws    True -> trailing spaces / tabs / NBSP on some lines
Each line of `lines` is "TAG text": T = title, B = body, C = caption, or a noise-kind code
(ck ct cp dc rl sb cm nv dl at nl ot). A line "~" inserts a run of extra blank lines.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

KIND = {"ck": "cookie_banner", "ct": "crypto_ticker", "cp": "crypto_promo", "dc": "disclaimer",
        "rl": "related_links", "sb": "share_bar", "cm": "comments", "nv": "navigation",
        "dl": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
ORDER = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter", "other"]
TRAIL = [" ", "\t", "\u00a0", "  ", " \t", "\u00a0 "]


def parse(block):
    items = []
    for raw in block.split("\n"):
        s = raw.strip()
        if not s:
            continue
        if s == "~":
            items.append(("~", None))
            continue
        tag, _, text = s.partition(" ")
        text = text.strip()
        if tag not in ("T", "B", "C") and tag not in KIND:
            raise SystemExit(f"bad tag {tag!r} in line {s!r}")
        if not text:
            raise SystemExit(f"empty text in line {s!r}")
        items.append((tag, text))
    return items


def build(case):
    items = parse(case["lines"])
    fmt = case.get("fmt", "double")
    out = []
    n = 0
    for i, (tag, text) in enumerate(items):
        if tag == "~":
            out.extend(["", "", ""])
            continue
        line = text
        if case.get("ws") and n % 3 == 1:
            line += TRAIL[(n // 3) % len(TRAIL)]
        n += 1
        out.append(line)
        nxt = items[i + 1][0] if i + 1 < len(items) else None
        if nxt is None:
            continue
        if fmt == "double":
            out.append("")
        elif fmt == "mixed" and (tag in ("T", "B", "C") or nxt in ("T", "B", "C")):
            out.append("")
    nl = "\r\n" if case.get("crlf") else "\n"
    text = nl.join(out)
    if case.get("final_nl", True):
        text += nl

    title = [t for tag, t in items if tag == "T"]
    assert len(title) <= 1, case["id"]
    body = [t for tag, t in items if tag == "B"]
    caps = [t for tag, t in items if tag == "C"]
    noise = [t for tag, t in items if tag in KIND]
    kinds = {KIND[tag] for tag, _ in items if tag in KIND}
    # positions, derived the way the checker does (role by string priority)
    rem = {"B": {}, "T": {}, "C": {}, "N": {}}
    for tag, t in items:
        if tag == "~":
            continue
        k = tag if tag in ("B", "T", "C") else "N"
        rem[k][t] = rem[k].get(t, 0) + 1
    roles = []
    for tag, t in items:
        if tag == "~":
            continue
        for r in ("B", "T", "C", "N"):
            if rem[r].get(t, 0) > 0:
                rem[r][t] -= 1
                roles.append(r)
                break
    bi = [i for i, r in enumerate(roles) if r == "B"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "N":
            pos.add("top" if i < bi[0] else "bottom" if i > bi[-1] else "middle")
    lab = {"id": case["id"], "lang": case["lang"], "title": title[0] if title else None,
           "body": body, "noise": noise, "captions": caps,
           "noise_kinds": [k for k in ORDER if k in kinds],
           "position": [p for p in ("top", "middle", "bottom") if p in pos],
           "hard": bool(case.get("hard", False)) or case["id"].startswith("hard-"),
           "notes": case["notes"]}
    return text, lab


def main():
    import cases_en, cases_zh, cases_other
    allc = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in allc]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, dup
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
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
