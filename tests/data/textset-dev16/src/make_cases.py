#!/usr/bin/env python3
"""One-off generator for textset-dev16: turns tagged line lists into cases/<id>.txt + .json.

Case text format (one raw line per source line):
  T| headline            title
  B| story line          body
  C| caption             captions
  N:<k>| noise line      noise of kind <k> (abbreviation, see KIND)
  ~                      a run of extra blank lines
Formatting per case: fmt = double (blank line between lines), single, or mixed (noise runs
single-spaced, everything else double); crlf; final_nl; ws (trailing spaces/tabs/NBSP on some lines).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

KIND = {"ck": "cookie_banner", "ct": "crypto_ticker", "cp": "crypto_promo", "di": "disclaimer",
        "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
        "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
ORDER = list(KIND.values())
WS = [" ", "\t", "\u00a0", "  ", " \t", "\u00a0 "]


def C(cid, lang, notes, text, fmt="double", crlf=False, final_nl=True, ws=False):
    return dict(id=cid, lang=lang, notes=notes, text=text, fmt=fmt, crlf=crlf, final_nl=final_nl, ws=ws)


def parse(text):
    items = []
    for raw in text.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.strip() == "~":
            items.append(("~", None, ""))
            continue
        tag, line = raw.split("|", 1)
        line = line.strip()
        tag = tag.strip()
        if tag.startswith("N:"):
            items.append(("N", KIND[tag[2:]], line))
        else:
            assert tag in ("T", "B", "C"), raw
            items.append((tag, None, line))
    return items


def positions(nonblank, lab):
    """Same rule as the checker: body > title > captions > noise for repeated strings."""
    from collections import Counter
    rem = {"body": Counter(lab["body"]), "title": Counter([lab["title"]] if lab["title"] else []),
           "captions": Counter(lab["captions"]), "noise": Counter(lab["noise"])}
    roles = []
    for ln in nonblank:
        for r in ("body", "title", "captions", "noise"):
            if rem[r][ln] > 0:
                rem[r][ln] -= 1
                roles.append(r)
                break
    bi = [i for i, r in enumerate(roles) if r == "body"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < bi[0] else "bottom" if i > bi[-1] else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def build(case):
    items = parse(case["text"])
    titles = [l for t, k, l in items if t == "T"]
    assert len(titles) <= 1, case["id"]
    lab = {"id": case["id"], "lang": case["lang"], "title": titles[0] if titles else None,
           "body": [l for t, k, l in items if t == "B"],
           "noise": [l for t, k, l in items if t == "N"],
           "captions": [l for t, k, l in items if t == "C"]}
    kinds = {k for t, k, l in items if t == "N"}
    lab["noise_kinds"] = [k for k in ORDER if k in kinds]
    # raw text
    out = []
    prev = None
    n = 0
    for t, k, l in items:
        if t == "~":
            out.append("\n\n\n")
            prev = "~"
            continue
        if case["ws"] and n % 4 == 2:
            l = l + WS[(n // 4) % len(WS)]
        n += 1
        if out and prev != "~":
            if case["fmt"] == "single":
                sep = "\n"
            elif case["fmt"] == "mixed":
                sep = "\n" if (t == "N" and prev == "N") else "\n\n"
            else:
                sep = "\n\n"
            out.append(sep)
        out.append(l)
        prev = t
    raw = "".join(out)
    if case["final_nl"]:
        raw += "\n"
    if case["crlf"]:
        raw = raw.replace("\n", "\r\n")
    nonblank = [x.strip() for x in raw.replace("\r\n", "\n").split("\n") if x.strip()]
    lab["position"] = positions(nonblank, lab)
    lab["hard"] = case["id"].startswith("hard-")
    lab["notes"] = case["notes"]
    return raw, lab


def main():
    import cases_en, cases_zh, cases_other
    allc = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in allc]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for c in allc:
        raw, lab = build(c)
        with open(os.path.join(OUT, c["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(raw)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(allc)} cases")


if __name__ == "__main__":
    main()
