#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict: id, lang, hard, notes, opts, text.  `text` holds one line per entry:
    TAG|line        TAG = T (title), B (body), C (caption) or a noise-kind code (see KIND)
    >TAG|line       join to the previous line with a single newline (double-newline files)
    ~               a run of extra blank lines
opts (space separated): single (single newlines only), crlf, nofinal (no final newline),
ws (trailing spaces / tabs / NBSP on some lines).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

KIND = {"ck": "cookie_banner", "tk": "crypto_ticker", "pr": "crypto_promo", "dis": "disclaimer",
        "rel": "related_links", "sh": "share_bar", "com": "comments", "nav": "navigation",
        "dup": "duplicate_line", "att": "attribution", "nl": "newsletter", "oth": "other"}
ORDER = list(KIND.values())
WS = [" ", "\t", "\u00a0", "  ", " \u00a0"]


def parse(text):
    items = []  # (tag, kind, line, join_single)
    for raw in text.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.strip() == "~":
            items.append(("~", None, "", False))
            continue
        join = raw.startswith(">")
        if join:
            raw = raw[1:]
        tag, line = raw.split("|", 1)
        tag = tag.strip()
        line = line.strip()
        assert line, raw
        if tag in ("T", "B", "C"):
            items.append((tag, None, line, join))
        else:
            items.append(("N", KIND[tag], line, join))
    return items


def build(case):
    opts = set(case.get("opts", "").split())
    items = parse(case["text"])
    single = "single" in opts
    parts = []
    n = 0
    for tag, kind, line, join in items:
        if tag == "~":
            parts.append("\n\n\n\n" if not single else "\n\n\n")
            continue
        if "ws" in opts and n % 3 == 1:
            line = line + WS[(n // 3) % len(WS)]
        n += 1
        if parts and not parts[-1].endswith("\n"):
            parts.append("\n" if (single or join) else "\n\n")
        parts.append(line)
    text = "".join(parts)
    if "nofinal" not in opts:
        text += "\n"
    if "crlf" in opts:
        text = text.replace("\n", "\r\n")

    lines = [(t, k, l) for t, k, l, _ in items if t != "~"]
    titles = [l for t, k, l in lines if t == "T"]
    assert len(titles) <= 1, case["id"]
    body = [l for t, k, l in lines if t == "B"]
    noise = [l for t, k, l in lines if t == "N"]
    caps = [l for t, k, l in lines if t == "C"]
    kinds = {k for t, k, l in lines if t == "N"}
    # positions, computed the way the checker does (body > title > caption > noise for repeats)
    from collections import Counter
    rem = {"B": Counter(body), "T": Counter(titles), "C": Counter(caps), "N": Counter(noise)}
    roles = []
    for t, k, l in lines:
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
    lab = {"id": case["id"], "lang": case["lang"], "title": titles[0] if titles else None,
           "body": body, "noise": noise, "captions": caps,
           "noise_kinds": [k for k in ORDER if k in kinds],
           "position": [p for p in ("top", "middle", "bottom") if p in pos],
           "hard": bool(case.get("hard", False)), "notes": case["notes"]}
    nb, nn = len(body), len(noise)
    if not (4 <= nb <= 15) or not (3 <= nn <= 25):
        print(f"warning {case['id']}: body={nb} noise={nn}")
    return text, lab


def main(src=HERE):
    """Regenerate the cases/ folder next to `src` from the cases_*.py lists in `src` (the later
    sets' make_cases.py call this with their own folder). Every case is built before cases/ is
    emptied, so a broken list leaves the old files in place."""
    import importlib
    sys.path.insert(0, src)
    cases = []
    for name in sorted(os.listdir(src)):
        if name.startswith("cases_") and name.endswith(".py"):
            cases += importlib.import_module(name[:-3]).CASES
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    built = [(c["id"], *build(c)) for c in cases]
    out = os.path.join(os.path.dirname(src), "cases")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    for cid, text, lab in built:
        with open(os.path.join(out, cid + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    # `make_cases.py [SRC]`: the later sets (dev21 on) keep their line lists in their own src/
    # and are built by this generator: `python3 ../textset-dev20/src/make_cases.py src`.
    main(os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE)
