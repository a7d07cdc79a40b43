#!/usr/bin/env python3
"""Validate tests/data/syndication/docs.jsonl and print its statistics (stdlib only).

    python3 tests/data/syndication/check.py [path/to/docs.jsonl]

Exit status 0 if every check passes, 1 otherwise (each failure is printed).
"""
import collections
import itertools
import json
import os
import sys

KEYS = {"doc_id", "cluster", "lang", "kind", "text"}
COPY_KINDS = ["copy_boilerplate", "copy_edited", "copy_truncated", "copy_quotes", "copy_reformatted"]
KINDS = ["original"] + COPY_KINDS + ["hard_negative_topic", "hard_negative_site", "singleton"]
LANGS = {"en", "zh-Hans", "zh-Hant"}

# Minimum counts the set was designed to meet.
MIN_DOCS = 120
MIN_STORY_CLUSTERS = 30          # clusters with an original and 2..6 documents
MIN_ZH_STORY_CLUSTERS = 4
MIN_PER_COPY_KIND = 5
MIN_HARD_TOPIC = 12
MIN_SITE_PAIRS = 6               # pairs of hard_negative_site docs sharing an >= 80-word footer
MIN_SINGLETONS = 3

# A few characters that exist in only one script, to catch script mixing.
SIMP_ONLY = set("这们来说时会东车门为发经过开关对现点业产区铁线")
TRAD_ONLY = set("這們來說時會東車門為發經過開關對現點業產區鐵綫線")


def common_suffix_words(a, b):
    wa, wb = a.split(), b.split()
    n = 0
    while n < min(len(wa), len(wb)) and wa[-1 - n] == wb[-1 - n]:
        n += 1
    return n


def main(path):
    errors = []
    docs = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {lineno}: blank line")
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: invalid JSON ({exc})")
                continue
            if not isinstance(d, dict) or set(d) != KEYS:
                errors.append(f"line {lineno}: keys must be exactly {sorted(KEYS)}")
                continue
            if not all(isinstance(d[k], str) for k in KEYS):
                errors.append(f"line {lineno}: all values must be strings")
                continue
            docs.append(d)

    ids = collections.Counter(d["doc_id"] for d in docs)
    for doc_id, n in ids.items():
        if n > 1:
            errors.append(f"duplicate doc_id {doc_id!r} ({n} times)")
    for d in docs:
        if not d["text"].strip():
            errors.append(f"{d['doc_id']}: empty text")
        if d["kind"] not in KINDS:
            errors.append(f"{d['doc_id']}: unknown kind {d['kind']!r}")
        if d["lang"] not in LANGS:
            errors.append(f"{d['doc_id']}: unknown lang {d['lang']!r}")
        if not d["doc_id"].startswith(d["cluster"] + "-"):
            errors.append(f"{d['doc_id']}: doc_id should start with its cluster {d['cluster']!r}")
        if d["lang"] == "zh-Hans" and not TRAD_ONLY.isdisjoint(d["text"]):
            errors.append(f"{d['doc_id']}: zh-Hans text contains traditional-only characters "
                          f"{sorted(TRAD_ONLY.intersection(d['text']))}")
        if d["lang"] == "zh-Hant" and not SIMP_ONLY.isdisjoint(d["text"]):
            errors.append(f"{d['doc_id']}: zh-Hant text contains simplified-only characters "
                          f"{sorted(SIMP_ONLY.intersection(d['text']))}")

    clusters = collections.defaultdict(list)
    for d in docs:
        clusters[d["cluster"]].append(d)

    story_clusters = []
    for cid, members in clusters.items():
        kinds = [m["kind"] for m in members]
        langs = {m["lang"] for m in members}
        if len(langs) > 1:
            errors.append(f"cluster {cid}: mixed lang {sorted(langs)}")
        if len(members) == 1:
            if kinds[0] in ["original"] + COPY_KINDS:
                errors.append(f"cluster {cid}: single document of kind {kinds[0]}")
            continue
        if kinds.count("original") != 1:
            errors.append(f"cluster {cid}: multi-document cluster needs exactly one original, has {kinds.count('original')}")
        bad = [k for k in kinds if k not in ["original"] + COPY_KINDS]
        if bad:
            errors.append(f"cluster {cid}: kinds {bad} should be in their own cluster")
        if not 2 <= len(members) <= 6:
            errors.append(f"cluster {cid}: {len(members)} documents (expected 2..6)")
        story_clusters.append(cid)

    kind_counts = collections.Counter(d["kind"] for d in docs)
    lang_counts = collections.Counter(d["lang"] for d in docs)
    zh_story = [c for c in story_clusters if clusters[c][0]["lang"].startswith("zh")]
    scripts = {clusters[c][0]["lang"] for c in zh_story}

    # Same-site hard negatives: distinct clusters that share a long identical footer.
    site_docs = [d for d in docs if d["kind"] == "hard_negative_site"]
    site_pairs = [(a["doc_id"], b["doc_id"]) for a, b in itertools.combinations(site_docs, 2)
                  if a["cluster"] != b["cluster"] and common_suffix_words(a["text"], b["text"]) >= 80]

    # Truncated copies should be noticeably shorter than their original.
    trunc_ratios = []
    for cid in story_clusters:
        orig = next(m for m in clusters[cid] if m["kind"] == "original")
        for m in clusters[cid]:
            if m["kind"] == "copy_truncated":
                size = (lambda t: len("".join(t.split()))) if m["lang"].startswith("zh") else (lambda t: len(t.split()))
                r = size(m["text"]) / size(orig["text"])
                trunc_ratios.append(r)
                if not 0.5 <= r <= 0.9:
                    errors.append(f"{m['doc_id']}: truncated copy is {r:.0%} of the original")

    def need(cond, msg):
        if not cond:
            errors.append(msg)

    need(len(docs) >= MIN_DOCS, f"only {len(docs)} documents (< {MIN_DOCS})")
    need(len(story_clusters) >= MIN_STORY_CLUSTERS, f"only {len(story_clusters)} story clusters (< {MIN_STORY_CLUSTERS})")
    need(len(zh_story) >= MIN_ZH_STORY_CLUSTERS, f"only {len(zh_story)} Chinese story clusters")
    need(scripts == {"zh-Hans", "zh-Hant"}, f"Chinese clusters should cover both scripts, got {sorted(scripts)}")
    for k in COPY_KINDS:
        need(kind_counts[k] >= MIN_PER_COPY_KIND, f"only {kind_counts[k]} {k} documents")
    need(kind_counts["hard_negative_topic"] >= MIN_HARD_TOPIC, f"only {kind_counts['hard_negative_topic']} hard_negative_topic")
    need(len(site_pairs) >= MIN_SITE_PAIRS, f"only {len(site_pairs)} same-site boilerplate pairs")
    need(kind_counts["singleton"] >= MIN_SINGLETONS, f"only {kind_counts['singleton']} singletons")

    n = len(docs)
    positive = sum(len(m) * (len(m) - 1) // 2 for m in clusters.values())
    total = n * (n - 1) // 2
    sizes = collections.Counter(len(m) for m in clusters.values())

    print(f"file: {path}")
    print(f"documents: {n}")
    print(f"clusters: {len(clusters)} ({len(story_clusters)} story clusters with copies, "
          f"{len(clusters) - len(story_clusters)} single-document clusters)")
    print(f"Chinese story clusters: {len(zh_story)} ({', '.join(sorted(zh_story))})")
    print("documents per kind:")
    for k in KINDS:
        print(f"  {k:<20} {kind_counts[k]:>4}")
    print("documents per lang: " + ", ".join(f"{k}={v}" for k, v in sorted(lang_counts.items())))
    print("cluster sizes: " + ", ".join(f"{s} docs x{c}" for s, c in sorted(sizes.items())))
    if trunc_ratios:
        print(f"truncated/original length: min {min(trunc_ratios):.0%}, max {max(trunc_ratios):.0%}")
    print(f"same-site boilerplate pairs (shared footer >= 80 words): {len(site_pairs)}")
    print(f"positive pairs (same cluster): {positive}")
    print(f"negative pairs: {total - positive}")
    print(f"total pairs: {total}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs.jsonl")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
