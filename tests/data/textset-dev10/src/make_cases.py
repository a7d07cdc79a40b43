#!/usr/bin/env python3
"""Build textset-dev10/cases/<id>.txt and <id>.json from the tagged line lists in cases_*.py.

Each case is a dict with id, lang, hard, notes, layout options and `text`, a block of tagged
lines that `parse()` turns into a list of (tag, kind, line) tuples:

    T| headline                  -> ("title", None, line)
    B| story line                -> ("body", None, line)
    C| photo caption             -> ("caption", None, line)
    N:xx| noise line             -> ("noise", KIND[xx], line)
    ~                            -> ("gap", None, "")    one extra blank line (any layout)
    (empty line)                 -> ("blank", None, "")  kept only in layout "raw"
    W| {SP}{NB}                  -> ("ws", None, line)   a whitespace-only line (not labelled)

In line text {SP}, {TAB} and {NB} stand for a space, a tab and U+00A0; labels are the
str.strip()ped lines, as the matching rule says.

Layout options: style "para" (blank line between all lines; empty DSL lines ignored) or
"raw" (single newlines; empty DSL lines become blank lines), crlf, final (final newline),
trail (None, "sp", "tab", "nb" or "mix": trailing whitespace on every third line).
noise_kinds and position are derived from the tags / the written file.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

KIND = {"ck": "cookie_banner", "ct": "crypto_ticker", "cp": "crypto_promo", "dc": "disclaimer",
        "rl": "related_links", "sb": "share_bar", "cm": "comments", "nv": "navigation",
        "dl": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
KINDS = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter",
         "other"]
WS = {"{SP}": " ", "{TAB}": "\t", "{NB}": "\u00a0"}
TRAIL = {"sp": [" "], "tab": ["\t"], "nb": ["\u00a0"], "mix": [" ", "\t", "\u00a0 ", "  "]}


def expand(s):
    for k, v in WS.items():
        s = s.replace(k, v)
    return s


def parse(text):
    out = []
    for raw in text.strip("\n").split("\n"):
        if not raw.strip():
            out.append(("blank", None, ""))
            continue
        if raw.strip() == "~":
            out.append(("gap", None, ""))
            continue
        tag, rest = raw.split("|", 1)
        if rest.startswith(" "):
            rest = rest[1:]
        line = expand(rest)
        tag = tag.strip()
        if tag == "T":
            out.append(("title", None, line))
        elif tag == "B":
            out.append(("body", None, line))
        elif tag == "C":
            out.append(("caption", None, line))
        elif tag == "W":
            out.append(("ws", None, line))
        elif tag.startswith("N:"):
            out.append(("noise", KIND[tag[2:]], line))
        else:
            raise ValueError(f"bad tag {tag!r} in {raw!r}")
    return out


def render(case, items):
    style = case.get("style", "para")
    rows = []
    n = 0
    trail = TRAIL.get(case.get("trail")) if case.get("trail") else None
    for tag, kind, line in items:
        if tag == "blank":
            if style == "raw":
                rows.append("")
            continue
        if tag == "gap":
            rows.append("")
            continue
        if tag != "ws":
            n += 1
            if trail and n % 3 == 1 and line == line.rstrip():
                line = line + trail[(n // 3) % len(trail)]
        rows.append(line)
        if style == "para":
            rows.append("")
    while rows and rows[-1] == "":
        rows.pop()
    text = "\n".join(rows)
    if case.get("final", True):
        text += "\n"
    if case.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text


def positions(text, lab):
    """Same derivation as tests/data/check_textsets.py."""
    nonblank = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    nonblank = [ln for ln in nonblank if ln]
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
            roles.append(None)
    idx = [i for i, r in enumerate(roles) if r == "body"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < idx[0] else "bottom" if i > idx[-1] else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def build(case):
    items = parse(case["text"])
    titles = [l.strip() for t, k, l in items if t == "title"]
    assert len(titles) <= 1, case["id"]
    lab = {"id": case["id"], "lang": case["lang"],
           "title": titles[0] if titles else None,
           "body": [l.strip() for t, k, l in items if t == "body"],
           "noise": [l.strip() for t, k, l in items if t == "noise"],
           "captions": [l.strip() for t, k, l in items if t == "caption"]}
    used = {k for t, k, l in items if t == "noise"}
    lab["noise_kinds"] = [k for k in KINDS if k in used]
    text = render(case, items)
    lab["position"] = positions(text, lab)
    lab["hard"] = bool(case.get("hard", False))
    lab["notes"] = case["notes"]
    return text, lab


def main():
    import cases_en, cases_zh, cases_other
    cases = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in cases]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, dup
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith((".txt", ".json")):
            os.remove(os.path.join(OUT, name))
    warn = []
    for case in cases:
        text, lab = build(case)
        nb, nn = len(lab["body"]), len(lab["noise"])
        if not (4 <= nb <= 15) or not (3 <= nn <= 25):
            warn.append(f"{case['id']}: body={nb} noise={nn}")
        with open(os.path.join(OUT, case["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(OUT, case["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")
    for w in warn:
        print("WARN", w)


if __name__ == "__main__":
    main()
