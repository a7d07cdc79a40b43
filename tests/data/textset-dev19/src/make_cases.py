#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is (id, lang, options, notes, text). `text` holds one raw line per source line:
    TAG line text            starts a new paragraph (blank line before it, unless "single")
    +TAG line text           continues the previous line with a single newline
    =gap                     an extra run of blank lines before the next line
TAG is T (title), B (body), C (caption) or a noise-kind code (see KINDS).
A line may end with {sp}, {tab} or {nbsp}: trailing whitespace written to the raw file only.
Options: "single" (single newlines only), "crlf", "nofinal" (no final newline).
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

KINDS = {"ck": "cookie_banner", "tk": "crypto_ticker", "pr": "crypto_promo", "di": "disclaimer",
         "rl": "related_links", "sb": "share_bar", "cm": "comments", "nv": "navigation",
         "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
ORDER = list(KINDS.values())
TRAIL = (("{sp}", "  "), ("{tab}", "\t"), ("{nbsp}", "\u00a0"))


def parse(text):
    items = []
    for ln in text.split("\n"):
        if not ln.strip():
            continue
        if ln.strip() == "=gap":
            items.append(None)
            continue
        cont = ln.startswith("+")
        if cont:
            ln = ln[1:]
        tag, _, rest = ln.partition(" ")
        if tag not in KINDS and tag not in ("T", "B", "C"):
            raise ValueError(f"bad tag {tag!r} in {ln!r}")
        trail = ""
        for mk, ch in TRAIL:
            if rest.endswith(mk):
                rest, trail = rest[: -len(mk)], ch
        if not rest.strip() or rest != rest.strip():
            raise ValueError(f"bad line {ln!r}")
        items.append((cont, tag, rest, trail))
    return items


def build(cid, lang, opts, notes, text):
    opts = set(opts.split())
    items = parse(text)
    out, gap, first = [], False, True
    for it in items:
        if it is None:
            gap = True
            continue
        cont, tag, line, trail = it
        if not first:
            sep = "\n" if ("single" in opts or cont) else "\n\n"
            if gap:
                sep += "\n\n\n"
            out.append(sep)
        out.append(line + trail)
        first, gap = False, False
    raw = "".join(out) + ("" if "nofinal" in opts else "\n")
    if "crlf" in opts:
        raw = raw.replace("\n", "\r\n")
    lines = [it for it in items if it is not None]
    titles = [l for _, t, l, _ in lines if t == "T"]
    assert len(titles) <= 1, cid
    lab = {
        "id": cid, "lang": lang,
        "title": titles[0] if titles else None,
        "body": [l for _, t, l, _ in lines if t == "B"],
        "noise": [l for _, t, l, _ in lines if t in KINDS],
        "captions": [l for _, t, l, _ in lines if t == "C"],
        "noise_kinds": [k for k in ORDER if any(KINDS.get(t) == k for _, t, _, _ in lines)],
        "position": [],
        "hard": cid.startswith("hard-"),
        "notes": notes,
    }
    # positions exactly as the checker derives them (body > title > caption > noise for repeats)
    rem = {"B": Counter(lab["body"]), "T": Counter(titles), "C": Counter(lab["captions"]),
           "N": Counter(lab["noise"])}
    roles = []
    for _, _, l, _ in lines:
        for r in ("B", "T", "C", "N"):
            if rem[r][l] > 0:
                rem[r][l] -= 1
                roles.append(r)
                break
    bi = [i for i, r in enumerate(roles) if r == "B"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "N":
            pos.add("top" if i < bi[0] else "bottom" if i > bi[-1] else "middle")
    lab["position"] = [p for p in ("top", "middle", "bottom") if p in pos]
    fmt = []
    if "single" in opts:
        fmt.append("single newlines only")
    if "crlf" in opts:
        fmt.append("CRLF line endings")
    if "nofinal" in opts:
        fmt.append("no final newline")
    if any(tr for _, _, _, tr in lines):
        fmt.append("trailing whitespace on some lines")
    if None in items:
        fmt.append("a run of extra blank lines")
    if fmt:
        lab["notes"] = notes.rstrip(".") + ". Raw file: " + ", ".join(fmt) + "."
    nb, nn = len(lab["body"]), len(lab["noise"])
    assert 4 <= nb <= 15, (cid, "body", nb)
    assert 3 <= nn <= 25, (cid, "noise", nn)
    return raw, lab


def main():
    import cases_en, cases_zh, cases_other
    allc = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c[0] for c in allc]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, dup
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
    for c in allc:
        raw, lab = build(*c)
        with open(os.path.join(OUT, c[0] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(raw)
        with open(os.path.join(OUT, c[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(allc)} cases")


if __name__ == "__main__":
    main()
