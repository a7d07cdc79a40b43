#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict: id, lang, hard, notes, text (tagged lines) and optional formatting keys:
  fmt      "para"   (default) blank line around every title/body/caption line, noise runs
                    flattened one item per line with single newlines (get_text/lynx style)
           "double" blank line between every pair of lines
           "single" single newlines only
  crlf     True -> CRLF line endings
  final_nl False -> no newline at end of file
  ws       N -> trailing whitespace (space, tab, NBSP, mixes) on every N-th non-blank line
  indent   N -> noise lines indented by N spaces (lynx/w3m dumps)
Tagged lines: "<code> <text>". Codes: T title, B body, C caption, and for noise
  k cookie_banner, x crypto_ticker, p crypto_promo, d disclaimer, r related_links,
  s share_bar, m comments, n navigation, u duplicate_line, a attribution, l newsletter, o other.
A line "~" adds one extra blank line at that point.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

KIND = {"k": "cookie_banner", "x": "crypto_ticker", "p": "crypto_promo", "d": "disclaimer",
        "r": "related_links", "s": "share_bar", "m": "comments", "n": "navigation",
        "u": "duplicate_line", "a": "attribution", "l": "newsletter", "o": "other"}
KINDS = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter",
         "other"]
TRAIL = [" ", "\t", "\u00a0", "  ", " \t", "\u00a0 "]


def parse(text):
    items = []
    for raw in text.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.strip() == "~":
            items.append(("~", None, ""))
            continue
        code, _, line = raw.partition(" ")
        line = line.strip()
        assert line, raw
        if code in ("T", "B", "C"):
            items.append((code, None, line))
        elif code in KIND:
            items.append(("N", KIND[code], line))
        else:
            raise ValueError(f"bad code in {raw!r}")
    return items


def positions(items):
    """Same assignment as the checker: body > title > captions > noise for repeated strings."""
    seq = [it for it in items if it[0] != "~"]
    want = {"B": Counter(), "T": Counter(), "C": Counter(), "N": Counter()}
    for tag, _, line in seq:
        want[tag][line] += 1
    roles = []
    for _, _, line in seq:
        for role in ("B", "T", "C", "N"):
            if want[role][line] > 0:
                want[role][line] -= 1
                roles.append(role)
                break
    body = [i for i, r in enumerate(roles) if r == "B"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "N":
            pos.add("top" if i < body[0] else "bottom" if i > body[-1] else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def render(case, items):
    fmt = case.get("fmt", "para")
    ws = case.get("ws", 0)
    indent = case.get("indent", 0)
    out = []
    prev = None
    n = 0
    for tag, kind, line in items:
        if tag == "~":
            out.append("")
            continue
        if prev is not None:
            if fmt == "double" or (fmt == "para" and (tag != "N" or prev != "N")):
                out.append("")
        n += 1
        text = (" " * indent + line) if (indent and tag == "N") else line
        if ws and n % ws == 0:
            text += TRAIL[(n // ws) % len(TRAIL)]
        out.append(text)
        prev = tag
    nl = "\r\n" if case.get("crlf") else "\n"
    body = nl.join(out)
    if case.get("final_nl", True):
        body += nl
    return body


def build(case):
    items = parse(case["text"])
    title = [l for t, _, l in items if t == "T"]
    assert len(title) <= 1, case["id"]
    kinds = []
    for t, k, _ in items:
        if t == "N" and k not in kinds:
            kinds.append(k)
    kinds.sort(key=KINDS.index)
    lab = {
        "id": case["id"], "lang": case["lang"],
        "title": title[0] if title else None,
        "body": [l for t, _, l in items if t == "B"],
        "noise": [l for t, _, l in items if t == "N"],
        "captions": [l for t, _, l in items if t == "C"],
        "noise_kinds": kinds,
        "position": positions(items),
        "hard": case["id"].startswith("hard-"),
        "notes": case["notes"],
    }
    return render(case, items), lab


def main():
    import cases_en, cases_zh, cases_other
    allc = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in allc]
    dup = [i for i, v in Counter(ids).items() if v > 1]
    assert not dup, dup
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for c in allc:
        txt, lab = build(c)
        with open(os.path.join(OUT, c["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(txt)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(allc)} cases")


if __name__ == "__main__":
    main()
