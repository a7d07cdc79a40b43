#!/usr/bin/env python3
"""Turn the tagged line lists of cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is written as a block of lines "TAG| text". TAG is t (headline), b (story body),
c (photo caption) or a noise-kind code (see KIND). A leading "+" on the tag glues the line to
the previous one with a single newline (in blank-line files); a leading "=" forces a blank line
before it (in single-newline files). Format options (fmt) per case:
  single   single newlines only          crlf     CRLF line endings
  nofinal  no final newline              trail    trailing spaces/tabs/NBSP on some lines
  gap=N    N extra blank lines before the first bottom noise line
noise_kinds and position are derived from the tags (position by the checker's rule).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

KIND = {"ck": "cookie_banner", "ct": "crypto_ticker", "cp": "crypto_promo", "di": "disclaimer",
        "rl": "related_links", "sb": "share_bar", "cm": "comments", "nv": "navigation",
        "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
ORDER = list(KIND.values())
TRAIL = [" ", "\t", "\u00a0", "  ", " \u00a0"]


def parse(block):
    items = []
    for raw in block.strip("\n").split("\n"):
        if not raw.strip():
            continue
        tag, sep, text = raw.partition("| ")
        if not sep:
            raise ValueError(f"bad line: {raw!r}")
        tag = tag.strip()
        glue = force = False
        if tag.startswith("+"):
            glue, tag = True, tag[1:]
        if tag.startswith("="):
            force, tag = True, tag[1:]
        if tag not in ("t", "b", "c") and tag not in KIND:
            raise ValueError(f"bad tag {tag!r} in {raw!r}")
        text = text.strip()
        items.append((tag, glue, force, text))
    return items


def build(case):
    cid, lang, block = case["id"], case["lang"], case["lines"]
    fmt = case.get("fmt", "")
    opts = {}
    for tok in fmt.split():
        k, _, v = tok.partition("=")
        opts[k] = v or True
    items = parse(block)
    body_idx = [i for i, it in enumerate(items) if it[0] == "b"]
    first, last = body_idx[0], body_idx[-1]
    gap_at = next((i for i, it in enumerate(items) if i > last and it[0] in KIND), None)
    out = []
    n = 0
    for i, (tag, glue, force, text) in enumerate(items):
        line = text
        if opts.get("trail") and n % 3 == 1:
            line += TRAIL[(n // 3) % len(TRAIL)]
        n += 1
        if i > 0:
            if opts.get("single"):
                sep = "\n\n" if force else "\n"
            else:
                sep = "\n" if glue else "\n\n"
            if i == gap_at and opts.get("gap"):
                sep += "\n" * int(opts["gap"])
            out.append(sep)
        out.append(line)
    text = "".join(out)
    if not opts.get("nofinal"):
        text += "\n"
    if opts.get("crlf"):
        text = text.replace("\n", "\r\n")
    title = [t for tag, _, _, t in items if tag == "t"]
    assert len(title) <= 1, cid
    kinds = {KIND[tag] for tag, *_ in items if tag in KIND}
    # Position as the checker derives it: a repeated string counts as body at its first
    # occurrences (body > title > caption > noise), so a key-events list that repeats story
    # lines above the story makes the later body copy count as middle noise.
    from collections import Counter
    rem = {r: Counter(t for tag, _, _, t in items if (tag in KIND if r == "n" else tag == r))
           for r in ("b", "t", "c", "n")}
    roles = []
    for tag, _, _, t in items:
        for r in ("b", "t", "c", "n"):
            if rem[r][t] > 0:
                rem[r][t] -= 1
                roles.append(r)
                break
    bidx = [i for i, r in enumerate(roles) if r == "b"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "n":
            pos.add("top" if i < bidx[0] else "bottom" if i > bidx[-1] else "middle")
    lab = {
        "id": cid, "lang": lang,
        "title": title[0] if title else None,
        "body": [t for tag, _, _, t in items if tag == "b"],
        "noise": [t for tag, _, _, t in items if tag in KIND],
        "captions": [t for tag, _, _, t in items if tag == "c"],
        "noise_kinds": [k for k in ORDER if k in kinds],
        "position": [p for p in ("top", "middle", "bottom") if p in pos],
        "hard": cid.startswith("hard-"),
        "notes": case["notes"],
    }
    with open(os.path.join(OUT, cid + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    import importlib
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
    seen = set()
    for mod in ("cases_en", "cases_zh", "cases_other"):
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            continue
        for case in m.CASES:
            assert case["id"] not in seen, case["id"]
            seen.add(case["id"])
            build(case)
    print(f"wrote {len(seen)} cases")


if __name__ == "__main__":
    main()
