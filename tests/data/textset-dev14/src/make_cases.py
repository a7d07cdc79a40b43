#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Source format (one labelled line per source line, `TAG|text`):
  T   headline            B   story line (body)        C   photo caption
  ck cookie_banner  tk crypto_ticker  pr crypto_promo  dc disclaimer  rl related_links
  sh share_bar  cm comments  nv navigation  dp duplicate_line  at attribution
  nl newsletter  ot other
A leading `+` on the tag glues the line to the previous one (no blank line between them
in the "double" style). A source line `@` inserts a run of extra blank lines.
Empty source lines are ignored except in the "raw" style, where they are kept.

Per-case format options: style = double | single | raw, crlf, final_nl, trail (add trailing
spaces / tabs / NBSP to some lines).  noise_kinds and position are derived from the tags;
position uses the same rule as check_textsets.py.

Usage: python3 make_cases.py     (writes ../cases/)
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

KIND = {"ck": "cookie_banner", "tk": "crypto_ticker", "pr": "crypto_promo", "dc": "disclaimer",
        "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
        "dp": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
ORDER = list(KIND.values())
TRAIL = [" ", "\t", "\u00a0", "  ", " \u00a0"]


def parse(src):
    items = []  # (glue, tag, text) or ("@",) or ("blank",)
    for raw in src.strip("\n").split("\n"):
        if raw.strip() == "":
            items.append(("blank",))
            continue
        if raw.strip() == "@":
            items.append(("@",))
            continue
        tag, _, text = raw.partition("|")
        glue = tag.startswith("+")
        tag = tag.lstrip("+").strip()
        if tag not in KIND and tag not in ("T", "B", "C"):
            raise ValueError(f"bad tag {tag!r} in line {raw!r}")
        text = text.strip()
        if not text:
            raise ValueError(f"empty text in line {raw!r}")
        items.append((glue, tag, text))
    return items


def build(case):
    items = parse(case["src"])
    style = case.get("style", "double")
    out = []  # raw lines
    first = True
    n = 0
    for it in items:
        if it[0] == "blank":
            if style == "raw":
                out.append("")
            continue
        if it[0] == "@":
            out.extend(["", "", ""])
            continue
        glue, tag, text = it
        if style == "double" and not first and not glue and out and out[-1] != "":
            out.append("")
        line = text
        if case.get("trail") and n % 3 == 1:
            line += TRAIL[(n // 3) % len(TRAIL)]
        out.append(line)
        first = False
        n += 1
    nl = "\r\n" if case.get("crlf") else "\n"
    text = nl.join(out)
    if case.get("final_nl", True):
        text += nl

    title, body, noise, caps, kinds = None, [], [], [], []
    for it in items:
        if it[0] in ("blank", "@"):
            continue
        _, tag, t = it
        if tag == "T":
            if title is not None:
                raise ValueError(f"{case['id']}: two titles")
            title = t
        elif tag == "B":
            body.append(t)
        elif tag == "C":
            caps.append(t)
        else:
            noise.append(t)
            kinds.append(KIND[tag])
    # position, as the checker derives it
    nonblank = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
    remaining = {"body": Counter(body), "title": Counter([title] if title else []),
                 "captions": Counter(caps), "noise": Counter(noise)}
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
    lab = {"id": case["id"], "lang": case["lang"], "title": title, "body": body, "noise": noise,
           "captions": caps, "noise_kinds": [k for k in ORDER if k in kinds],
           "position": [p for p in ("top", "middle", "bottom") if p in pos],
           "hard": case["id"].startswith("hard-"), "notes": case["notes"]}
    nb, nn = len(body), len(noise)
    if not (4 <= nb <= 15) or not (3 <= nn <= 25):
        print(f"warning {case['id']}: body={nb} noise={nn}", file=sys.stderr)
    return text, lab


def main():
    import cases_en, cases_zh, cases_other
    cases = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in cases]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate ids {dup}")
    out_dir = os.path.join(HERE, "..", "cases")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, f))
    for c in cases:
        text, lab = build(c)
        with open(os.path.join(out_dir, c["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(out_dir, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
