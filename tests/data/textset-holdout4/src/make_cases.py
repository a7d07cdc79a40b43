#!/usr/bin/env python3
"""Turn the tagged line lists of src/cases_*.py into cases/<id>.txt and cases/<id>.json.

Each case is written as a block of lines "code|text": code T = headline, B = story line,
C = caption, or a noise-kind code (see CODES). A code prefixed with "+" is glued to the
previous line with a single newline (mixed layouts); a line "~" inserts a run of extra blank
lines. Options per case: nl ("double" or "single"), crlf, final_nl, ws (trailing whitespace).
Run: python3 src/make_cases.py   (rewrites cases/)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

CODES = {"ck": "cookie_banner", "tk": "crypto_ticker", "pr": "crypto_promo", "dc": "disclaimer",
         "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
         "du": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other"}
KINDS = list(CODES.values())
LANG = {"en": "en", "zht": "zh-Hant", "zhs": "zh-Hans", "ja": "ja", "ko": "ko", "es": "es", "pt": "pt",
        "de": "de", "fr": "fr", "it": "it", "ru": "ru", "uk": "uk", "tr": "tr", "pl": "pl", "nl": "nl",
        "id": "id", "vi": "vi", "th": "th", "ar": "ar"}
WS = [" ", "\t", "\u00a0", "  ", " \t"]

CASES = []


def case(cid, notes, text, nl="double", crlf=False, final_nl=True, ws=False):
    CASES.append(dict(id=cid, notes=notes, text=text, nl=nl, crlf=crlf, final_nl=final_nl, ws=ws))


def build(c):
    items = []  # (glue, code, text) or ("~",)
    for raw in c["text"].strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.strip() == "~":
            items.append(("~", None, None))
            continue
        code, text = raw.split("|", 1)
        code = code.strip()
        glue = code.startswith("+")
        code = code.lstrip("+")
        text = text.strip()
        assert code in CODES or code in ("T", "B", "C"), (c["id"], raw)
        assert text, (c["id"], raw)
        items.append((glue, code, text))
    out = []
    n = 0
    for it in items:
        if it[0] == "~":
            out.append("\n\n\n\n")
            continue
        glue, code, text = it
        if c["ws"] and n % 3 == 1:
            text = text + WS[(n // 3) % len(WS)]
        if out and not out[-1].endswith("\n\n\n\n"):
            out.append("\n" if (glue or c["nl"] == "single") else "\n\n")
        out.append(text)
        n += 1
    s = "".join(out)
    if c["final_nl"]:
        s += "\n"
    if c["crlf"]:
        s = s.replace("\n", "\r\n")
    lines = [(code, text) for it in items if it[0] != "~" for (_, code, text) in [it]]
    titles = [t for code, t in lines if code == "T"]
    assert len(titles) <= 1, c["id"]
    body = [t for code, t in lines if code == "B"]
    noise = [t for code, t in lines if code in CODES]
    caps = [t for code, t in lines if code == "C"]
    kinds = [k for k in KINDS if any(CODES.get(code) == k for code, _ in lines)]
    bidx = [i for i, (code, _) in enumerate(lines) if code == "B"]
    pos = set()
    for i, (code, _) in enumerate(lines):
        if code in CODES:
            pos.add("top" if i < bidx[0] else "bottom" if i > bidx[-1] else "middle")
    cid = c["id"]
    hard = cid.startswith("hard-")
    prefix = cid.split("-")[1] if hard else cid.split("-")[0]
    lab = {"id": cid, "lang": LANG[prefix], "title": titles[0] if titles else None, "body": body,
           "noise": noise, "captions": caps, "noise_kinds": kinds,
           "position": [p for p in ("top", "middle", "bottom") if p in pos], "hard": hard,
           "notes": c["notes"]}
    return s, lab


def main():
    import importlib
    for mod in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("cases_") and f.endswith(".py")):
        importlib.import_module(mod)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    ids = set()
    for c in CASES:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        s, lab = build(c)
        with open(os.path.join(OUT, c["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(s)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    sys.modules.setdefault("make_cases", sys.modules[__name__])
    main()
