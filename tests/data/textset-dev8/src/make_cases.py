#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py into cases/<id>.txt + cases/<id>.json.

Each case is written as a block of tagged lines (see caselib.py):
    T <headline>            B <story line>          C <photo caption>
    N.<kind> <noise line>   (kind codes in caselib.KINDS)
    +<tag> ...              join to the previous line with a single newline
    ~N                      N extra blank lines here
    {sp} {tab} {nbsp}       trailing / leading whitespace tokens inside a line
The newline style (blank-line paragraphs or single newlines), CRLF and the final
newline are set per case.  noise_kinds and position are derived from the tags
(position the same way the checker derives it from the raw file).

Usage: python3 make_cases.py      (writes ../cases/, removing stale files)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from caselib import REGISTRY, build  # noqa: E402
import cases_en  # noqa: E402,F401
import cases_zh  # noqa: E402,F401
import cases_other  # noqa: E402,F401
import cases_other2  # noqa: E402,F401


def main():
    out = os.path.join(os.path.dirname(HERE), "cases")
    os.makedirs(out, exist_ok=True)
    ids = [c["id"] for c in REGISTRY]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        sys.exit(f"duplicate ids: {sorted(dup)}")
    for n in os.listdir(out):
        if n.endswith((".txt", ".json")) and n.rsplit(".", 1)[0] not in ids:
            os.remove(os.path.join(out, n))
    for c in REGISTRY:
        raw, lab = build(c)
        with open(os.path.join(out, c["id"] + ".txt"), "wb") as f:
            f.write(raw.encode("utf-8"))
        with open(os.path.join(out, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(REGISTRY)} cases to {out}")


if __name__ == "__main__":
    main()
