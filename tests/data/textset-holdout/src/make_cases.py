#!/usr/bin/env python3
"""One-off generator for the held-out text set.

Each case is written as a tagged line list (see cases_*.py). Tags:
  T  headline          B  story line          C  photo caption
  ck cookie_banner  tk crypto_ticker  cp crypto_promo  dc disclaimer  rl related_links
  sh share_bar  cm comments  nv navigation  dp duplicate_line  at attribution
  nl newsletter  ot other
A leading '>' joins the line to the previous one with a single newline; a line '='
adds one extra blank line. Options: sep ('double'|'single'|'mixed'), crlf, nofinal,
trail (every k-th non-blank line gets trailing whitespace).
Writes ../cases/<id>.txt and ../cases/<id>.json.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cases")
KIND = {"ck": "cookie_banner", "tk": "crypto_ticker", "cp": "crypto_promo", "dc": "disclaimer",
        "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
        "dp": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
WS = [" ", "\t", "\u00a0", "  ", " \u00a0"]

sys.path.insert(0, HERE)
import cases_en, cases_zh, cases_other  # noqa: E402


def build(case):
    cid = case["id"]
    rng = random.Random(cid)
    items = []
    for raw in case["src"].strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.strip() == "=":
            items.append(("=", None, False))
            continue
        join = raw.startswith(">")
        if join:
            raw = raw[1:]
        tag, _, text = raw.partition(" ")
        assert tag in KIND or tag in ("T", "B", "C"), (cid, raw)
        assert text and text == text.strip(), (cid, raw)
        items.append((tag, text, join))
    sep = case.get("sep", "double")
    trail = case.get("trail", 0)
    out, n = [], 0
    for i, (tag, text, join) in enumerate(items):
        if tag == "=":
            out.append("\n")
            continue
        if out:
            if join or sep == "single":
                out.append("\n")
            elif sep == "mixed":
                out.append(rng.choice(["\n", "\n\n", "\n\n"]))
            else:
                out.append("\n\n")
        n += 1
        line = text
        if trail and n % trail == 0:
            line += rng.choice(WS)
        out.append(line)
    txt = "".join(out)
    if not case.get("nofinal"):
        txt += "\n"
    if case.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    title = [t for tag, t, _ in items if tag == "T"]
    assert len(title) <= 1, cid
    lab = {"id": cid, "lang": case["lang"], "title": title[0] if title else None,
           "body": [t for tag, t, _ in items if tag == "B"],
           "noise": [t for tag, t, _ in items if tag in KIND],
           "captions": [t for tag, t, _ in items if tag == "C"],
           "noise_kinds": [], "position": [], "hard": case.get("hard", False),
           "notes": case["notes"]}
    for tag, t, _ in items:
        if tag in KIND and KIND[tag] not in lab["noise_kinds"]:
            lab["noise_kinds"].append(KIND[tag])
    tags = [tag for tag, _, _ in items if tag != "="]
    bi = [i for i, t in enumerate(tags) if t == "B"]
    pos = set()
    for i, t in enumerate(tags):
        if t in KIND:
            pos.add("top" if i < bi[0] else "bottom" if i > bi[-1] else "middle")
    lab["position"] = [p for p in ("top", "middle", "bottom") if p in pos]
    with open(os.path.join(OUT, cid + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(txt)
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    allc = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in allc]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in allc:
        build(c)
    print(f"wrote {len(allc)} cases")


if __name__ == "__main__":
    main()
