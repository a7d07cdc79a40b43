#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is a dict: id, lang, hard, notes, text, and optional layout keys:
  nl     "double" (default: blank line between paragraphs, consecutive noise lines and list
         items joined by a single newline), "single" (single newlines only) or "mixed"
  crlf   True for CRLF line endings
  final  False for no final newline
  ws     True to put trailing spaces / tabs / NBSP on some lines
The text holds one line per labelled line: a code (T/B/C or a 2-letter kind code), a joiner
char, then the line.
  T  headline      B  story (body) line     C  photo caption
  kind codes for noise: ck cookie_banner, ct crypto_ticker, cp crypto_promo, di disclaimer,
  rl related_links, sh share_bar, cm comments, nv navigation, du duplicate_line,
  at attribution, nl newsletter, ot other
  joiner: ' ' default, '+' force a single newline before this line, '=' force a blank line.
  A line '~~' puts a run of extra blank lines before the next line.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

KINDS = {"ck": "cookie_banner", "ct": "crypto_ticker", "cp": "crypto_promo", "di": "disclaimer",
         "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
         "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
KIND_ORDER = list(KINDS.values())
TRAIL = [" ", "\t", "\u00a0", "  ", " \u00a0"]


def is_list_item(s):
    s = s.lstrip()
    if s[:2] in ("- ", "• ", "* ", "– ", "· ", "▪ "):
        return True
    head = s.split(" ", 1)[0]
    return len(head) <= 4 and head[:-1].isdigit() and head[-1:] in (".", ")")


def parse(text):
    items, run = [], False
    for raw in text.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.strip() == "~~":
            run = True
            continue
        if raw[0] in "TBC" and raw[1:2] in (" ", "+", "="):
            code, joiner, line = raw[0], raw[1], raw[2:].strip()
        else:
            code, joiner, line = raw[:2], raw[2:3], raw[3:].strip()
        if code not in ("T", "B", "C") and code not in KINDS:
            raise ValueError(f"bad code {code!r} in line {raw!r}")
        if joiner not in (" ", "+", "="):
            raise ValueError(f"bad joiner in line {raw!r}")
        if not line:
            raise ValueError(f"empty line {raw!r}")
        items.append({"code": code.strip(), "join": joiner, "line": line, "run": run})
        run = False
    return items


def roles_positions(nonblank, lab):
    # Same role assignment as tests/data/check_textsets.py.
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
    body_idx = [i for i, r in enumerate(roles) if r == "body"]
    first, last = body_idx[0], body_idx[-1]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < first else "bottom" if i > last else "middle")
    return [p for p in ("top", "middle", "bottom") if p in pos]


def build(case):
    items = parse(case["text"])
    nl = case.get("nl", "double")
    out = []
    for i, it in enumerate(items):
        line = it["line"]
        if case.get("ws") and i % 3 == 1:
            line += TRAIL[(i // 3) % len(TRAIL)]
        if i:
            prev = items[i - 1]
            if nl == "single":
                sep = "\n"
            else:
                both_noise = prev["code"] in KINDS and it["code"] in KINDS
                both_list = prev["code"] == "B" and it["code"] == "B" and is_list_item(prev["line"]) and is_list_item(it["line"])
                sep = "\n" if (both_noise or both_list) else "\n\n"
                if nl == "mixed" and prev["code"] == "B" and it["code"] == "B" and (i % 3 == 0):
                    sep = "\n"
            if it["join"] == "+":
                sep = "\n"
            elif it["join"] == "=":
                sep = "\n\n"
            if it["run"]:
                sep = "\n\n\n\n\n"
            out.append(sep)
        out.append(line)
    text = "".join(out)
    if case.get("final", True):
        text += "\n"
    if case.get("crlf"):
        text = text.replace("\n", "\r\n")
    titles = [it["line"] for it in items if it["code"] == "T"]
    assert len(titles) <= 1, case["id"]
    kinds = {KINDS[it["code"]] for it in items if it["code"] in KINDS}
    lab = {"id": case["id"], "lang": case["lang"],
           "title": titles[0] if titles else None,
           "body": [it["line"] for it in items if it["code"] == "B"],
           "noise": [it["line"] for it in items if it["code"] in KINDS],
           "captions": [it["line"] for it in items if it["code"] == "C"],
           "noise_kinds": [k for k in KIND_ORDER if k in kinds],
           "position": [],
           "hard": bool(case.get("hard", False)),
           "notes": case.get("notes", "")}
    nonblank = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
    lab["position"] = roles_positions(nonblank, lab)
    return text, lab


def main():
    import cases_en, cases_zh, cases_other
    cases = cases_en.CASES + cases_zh.CASES + cases_other.CASES
    ids = [c["id"] for c in cases]
    dup = [k for k, v in Counter(ids).items() if v > 1]
    assert not dup, dup
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
    for c in cases:
        text, lab = build(c)
        with open(os.path.join(OUT, c["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
        nb, nn = len(lab["body"]), len(lab["noise"])
        if not (4 <= nb <= 15) or not (3 <= nn <= 25):
            print(f"WARN {c['id']}: body={nb} noise={nn}")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
