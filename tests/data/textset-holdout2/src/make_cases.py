#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict:
  id, lang, notes            -- copied to the label file (hard is derived from the id prefix
                                unless given explicitly)
  style                      -- "double" (blank line between all lines, source blanks ignored),
                                "single" (single newlines, source blanks ignored) or
                                "verbatim" (source blank lines kept as they are)
  crlf, final_nl             -- line-ending options (default False / True)
  src                        -- one line per raw line: "<code> <text>"; codes:
                                T title, B body, C caption, or a noise code (see CODES);
                                a source line "%%" inserts a run of extra blank lines.
The text after the code is written to the raw file as is (trailing tabs / NBSP / spaces kept);
labels hold the str.strip()ped text.
"""
import glob
import importlib.util
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")

CODES = {
    "ck": "cookie_banner", "tk": "crypto_ticker", "pr": "crypto_promo", "di": "disclaimer",
    "rl": "related_links", "sb": "share_bar", "cm": "comments", "nv": "navigation",
    "du": "duplicate_line", "at": "attribution", "nw": "newsletter", "ot": "other",
}
KINDS = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
         "share_bar", "comments", "navigation", "duplicate_line", "attribution", "newsletter",
         "other"]
RUN = 3  # blank lines inserted for "%%"


def parse(src):
    items = []
    for line in src.split("\n"):
        if line == "%%":
            items.append("RUN")
            continue
        if line.strip() == "":
            items.append(None)
            continue
        code, sep, text = line.partition(" ")
        if not sep or code not in CODES and code not in ("T", "B", "C"):
            raise ValueError(f"bad source line: {line!r}")
        if not text.strip():
            raise ValueError(f"empty text: {line!r}")
        items.append((code, text))
    while items and items[0] is None:
        items.pop(0)
    while items and items[-1] is None:
        items.pop()
    return items


def render(items, style):
    out = []
    for it in items:
        if it == "RUN":
            out.extend([""] * RUN)
        elif it is None:
            if style == "verbatim":
                out.append("")
        else:
            if style == "double" and out and out[-1] != "":
                out.append("")
            out.append(it[1])
    return out


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
            roles.append(None)
    idx = [i for i, r in enumerate(roles) if r == "body"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < idx[0] else "bottom" if i > idx[-1] else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def build(case):
    items = parse(case["src"])
    style = case.get("style", "double")
    out = render(items, style)
    text = "\n".join(out)
    if case.get("final_nl", True):
        text += "\n"
    if case.get("crlf"):
        text = text.replace("\n", "\r\n")
    lines = [it for it in items if isinstance(it, tuple)]
    titles = [t.strip() for c, t in lines if c == "T"]
    assert len(titles) <= 1, case["id"]
    body = [t.strip() for c, t in lines if c == "B"]
    noise = [t.strip() for c, t in lines if c in CODES]
    caps = [t.strip() for c, t in lines if c == "C"]
    kinds = {CODES[c] for c, t in lines if c in CODES}
    lab = {
        "id": case["id"], "lang": case["lang"],
        "title": titles[0] if titles else None,
        "body": body, "noise": noise, "captions": caps,
        "noise_kinds": [k for k in KINDS if k in kinds],
        "position": [],
        "hard": case.get("hard", case["id"].startswith("hard-")),
        "notes": case["notes"],
    }
    lab["position"] = positions(lab, text)
    warn = []
    if not 4 <= len(body) <= 15:
        warn.append(f"body lines {len(body)}")
    if not 3 <= len(noise) <= 25:
        warn.append(f"noise lines {len(noise)}")
    return text, lab, warn


def load_cases():
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "cases_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        cases.extend(mod.CASES)
    return cases


def main():
    cases = load_cases()
    ids = [c["id"] for c in cases]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        sys.exit(f"duplicate ids: {dup}")
    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "*")):
        os.remove(old)
    for case in cases:
        text, lab, warn = build(case)
        with open(os.path.join(OUT, case["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(OUT, case["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
        if warn:
            print(f"{case['id']}: " + "; ".join(warn))
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
