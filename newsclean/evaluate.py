"""`newsclean eval`: score the cleaning (and dedup) against the labelled sets under tests/data.

No Prefect: the pure transforms are called directly, one batch per set, the way one run of the
flow with the default batch size would see them (ingest → extract → clean_documents, and dedup
with empty known state). Three sets:

  aeb          the article-extraction-benchmark dev pages (HTML). Metric: the benchmark's own
               (evaluate.py in scrapinghub/article-extraction-benchmark), reproduced exactly:
               4-token shingles of `\\w+` tokens, per-page TP/FP/FN normalised to sum 1, macro
               precision and recall, F1 of the two means. Also scored: the extract stage alone
               (before clean) and plain trafilatura, so the cleaner's effect is visible.
  textset      hand-labelled plain-text scrapes: body F1 (same metric, CJK characters one token
               each), boilerplate residue, story lines lost (over-removal), title accuracy.
  syndication  labelled story clusters: pairwise precision/recall of dedup's article_ids.

See docs/eval.md for the definitions. The command is a report, not a gate: it always exits 0
once the data is found; tests/test_eval_gate.py holds the pinned floors.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import itertools
import json
import math
import random
import re
import statistics
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import polars as pl
import regex

from newsclean.textsets import BLIND, TEXTSETS

# --- the benchmark's metric -----------------------------------------------------------------

# Exactly the benchmark's tokeniser (flags included; IGNORECASE does not change what \w matches
# and findall keeps the original case, so matching is case-sensitive).
_AEB_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
# textset: as above, but every Han/Kana/Hangul character is its own token (`\w+` would make a
# whole Chinese sentence one token). Latin runs glued to Han ("AI芯片") split at the script edge.
_CJK_TOKEN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+"
)
NGRAM = 4

Tokenizer = Callable[[str], list[str]]
TpFpFn = tuple[float, float, float]


def aeb_tokens(text: str | None) -> list[str]:
    return _AEB_TOKEN.findall(text or "")


def cjk_tokens(text: str | None) -> list[str]:
    return _CJK_TOKEN.findall(text or "")


def shingles(tokens: list[str], n: int = NGRAM) -> Counter:
    """The benchmark's `_ngrams`: every run of n tokens; a text of 1..n-1 tokens gives ONE
    shorter shingle holding all of them; an empty text gives none."""
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def shingle_match(true: str | None, pred: str | None, tokenize: Tokenizer = aeb_tokens) -> TpFpFn:
    """The benchmark's `string_shingle_matching`: (tp, fp, fn) over shingle counts, divided by
    their sum so that every page weighs the same (left at 0, 0, 0 when both texts are empty)."""
    t, p = shingles(tokenize(true)), shingles(tokenize(pred))
    tp = fp = fn = 0.0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def prf(tp_fp_fns: list[TpFpFn]) -> dict[str, float]:
    """The benchmark's `metrics_from_tp_fp_fns`: mean precision over pages with tp+fp > 0 (a page
    with an empty prediction is left out of precision), mean recall over pages with tp+fn > 0
    (an empty truth is left out of recall), F1 = harmonic mean of the two means."""
    ps = [_precision(*x) for x in tp_fp_fns if x[0] + x[1] > 0]
    rs = [_recall(*x) for x in tp_fp_fns if x[0] + x[2] > 0]
    # math.fsum/len rather than statistics.mean (exact fractions, 20x slower in the bootstrap);
    # the two agree to the last bit or one ulp.
    precision = math.fsum(ps) / len(ps) if ps else 0.0
    recall = math.fsum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def page_f1(x: TpFpFn) -> float:
    p, r = _precision(*x), _recall(*x)
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def token_accuracy(true: str | None, pred: str | None) -> float:
    """The benchmark's `get_accuracy`: 1 when the token sequences are identical."""
    return float(aeb_tokens(true) == aeb_tokens(pred))


def bootstrap_std(tp_fp_fns: list[TpFpFn], n: int = 1000, seed: int = 0) -> dict[str, float]:
    """Standard deviation of each metric over bootstrap resamples of pages (the benchmark's ±;
    seeded here so reruns print the same figure)."""
    rng = random.Random(seed)
    m = len(tp_fp_fns)
    values: dict[str, list[float]] = defaultdict(list)
    for _ in range(n):
        sample = [tp_fp_fns[rng.randrange(m)] for _ in range(m)]
        for k, v in prf(sample).items():
            values[k].append(v)
    return {k: statistics.stdev(v) for k, v in values.items()}


# --- running the pipeline -------------------------------------------------------------------


def run_pipeline(
    items: list[tuple[str, bytes]], urls: dict[str, str] | None = None, rules: Any = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(raw_path, bytes) pairs → one row per input with raw_path, status, reason, text (extract
    output), body, title, subtitle, captions; and the clean stage's audit of removed lines.
    All inputs form one batch, as in one `newsclean run` with the default batch size. `rules`
    defaults to the shipped rules and line model."""
    from newsclean.config import Limits
    from newsclean.rules import boilerplate_rules
    from transforms.clean import clean_documents
    from transforms.extract import extract
    from transforms.ingest import RawInput, ingest

    limits = Limits()
    df = ingest([RawInput(path, data) for path, data in items], limits)
    if urls:
        # Ingest sees bytes only; the URL (trafilatura uses it for metadata and link context)
        # comes from the labels, as it would from a WARC header or a JSON record.
        df = df.with_columns(url=pl.coalesce(pl.col("raw_path").replace_strict(urls, default=None), "url"))
    df = extract(df, limits)
    df, audit = clean_documents(df, rules or boilerplate_rules(), limits.max_line_chars)
    out = df.select(
        "doc_id",
        "raw_path",
        "status",
        "reason",
        "title_hint",
        "published_hint",
        "record",
        text=pl.col("text").fill_null(""),
        body=pl.col("body").fill_null(""),
        title=pl.coalesce("clean_title", "meta_title", "title_hint"),
        subtitle="clean_subtitle",
        captions=pl.col("captions").fill_null([]),
    )
    return out, audit


def _by_path(out: pl.DataFrame) -> dict[str, dict[str, Any]]:
    return {r["raw_path"]: r for r in out.iter_rows(named=True)}


def _audit_by_doc(audit: pl.DataFrame) -> dict[str, list[tuple[str, str, str]]]:
    res: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for doc_id, kind, rule, text in audit.select("doc_id", "kind", "rule", "text").iter_rows():
        res[doc_id].append((kind or "", rule or "", text or ""))
    return res


_WS = re.compile(r"\s+")


def line_key(s: str | None) -> str:
    """How lines are compared: NFKC (ingest's ftfy folds full-width punctuation, e.g. `，` → `,`)
    and whitespace collapsed."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", s or "")).strip()


def body_lines(body: str | None) -> list[str]:
    return [k for k in (line_key(x) for x in (body or "").split("\n")) if k]


def _short(s: str, n: int = 110) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


# --- aeb ------------------------------------------------------------------------------------


@dataclass
class Page:
    id: str
    url: str
    truth: str
    body: str  # newsclean: extract + clean
    text: str  # newsclean: extract only
    traf: str  # trafilatura alone
    status: str
    reason: str | None
    title: str | None
    subtitle: str | None
    captions: list[str]
    audit: list[tuple[str, str, str]]
    scores: dict[str, TpFpFn] = field(default_factory=dict)


@dataclass
class SetResult:
    name: str
    metrics: dict[str, float]
    detail: Any = None
    seconds: float = 0.0


SYSTEMS = {"newsclean": "body", "extract only": "text", "trafilatura": "traf"}


def _line_in(line: str, ref_shingles: Counter, ref_padded: str) -> float:
    """Share of a line's 4-token shingles found in a reference text; a line of 1..3 tokens must
    occur as a contiguous token run. 0 tokens → -1 (punctuation only: not judged)."""
    toks = aeb_tokens(line)
    if not toks:
        return -1.0
    if len(toks) < NGRAM:
        return 1.0 if f" {' '.join(toks)} " in ref_padded else 0.0
    sh = shingles(toks)
    return sum(c for s, c in sh.items() if s in ref_shingles) / sum(sh.values())


def evaluate_aeb(data: Path, with_trafilatura: bool = True) -> SetResult:
    import trafilatura

    started = time.monotonic()
    root = data / "aeb-dev"
    gt = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gt)
    items = [(f"aeb-dev/html/{i}.html.gz", (root / "html" / f"{i}.html.gz").read_bytes()) for i in ids]
    urls = {f"aeb-dev/html/{i}.html.gz": gt[i].get("url") for i in ids}
    out, audit = run_pipeline(items, urls)
    rows, audits = _by_path(out), _audit_by_doc(audit)

    pages: list[Page] = []
    for i, (path, data_bytes) in zip(ids, items):
        r = rows[path]
        traf = ""
        if with_trafilatura:
            # As the benchmark's runner does (gzip, UTF-8 text), plus the page URL.
            raw = gzip.decompress(data_bytes)
            try:
                html = raw.decode("utf-8")
            except UnicodeDecodeError:
                html = raw.decode("utf-8", errors="replace")
            traf = trafilatura.extract(html, url=gt[i].get("url"), include_comments=False) or ""
        pages.append(
            Page(
                id=i,
                url=gt[i].get("url") or "",
                truth=gt[i].get("articleBody") or "",
                body=r["body"] if r["status"] == "ok" else "",
                text=r["text"] if r["status"] == "ok" or r["reason"] == "empty_after_cleaning" else "",
                traf=traf,
                status=r["status"],
                reason=r["reason"],
                title=r["title"],
                subtitle=r["subtitle"],
                captions=r["captions"] or [],
                audit=audits.get(r["doc_id"], []),
            )
        )
    metrics: dict[str, float] = {"pages": len(pages), "quarantined": sum(p.status != "ok" for p in pages)}
    for system, attr in SYSTEMS.items():
        if attr == "traf" and not with_trafilatura:
            continue
        scores = []
        for p in pages:
            p.scores[system] = shingle_match(p.truth, getattr(p, attr))
            scores.append(p.scores[system])
        m = prf(scores)
        m["accuracy"] = statistics.mean(token_accuracy(p.truth, getattr(p, attr)) for p in pages)
        m.update({f"{k}_std": v for k, v in bootstrap_std(scores).items()})
        prefix = "" if system == "newsclean" else system.replace(" ", "_") + "."
        metrics.update({prefix + k: v for k, v in m.items()})

    # What the cleaner removed, judged against the ground truth: story lines vs boilerplate.
    removed: dict[str, Counter] = defaultdict(Counter)
    for p in pages:
        ts = shingles(aeb_tokens(p.truth))
        padded = f" {' '.join(aeb_tokens(p.truth))} "
        for kind, rule, text in p.audit:
            cov = _line_in(text, ts, padded)
            if cov < 0:
                continue
            removed[rule]["story" if cov >= 0.5 else "noise"] += 1
    metrics["cleaner_removed_story_lines"] = sum(c["story"] for c in removed.values())
    metrics["cleaner_removed_noise_lines"] = sum(c["noise"] for c in removed.values())
    return SetResult("aeb", metrics, {"pages": pages, "removed_by_rule": removed}, time.monotonic() - started)


def aeb_page_diagnosis(p: Page) -> tuple[list[str], list[str]]:
    """(kept lines not in the truth, truth lines missing from the body with where they went)."""
    ts, ps, xs = (shingles(aeb_tokens(s)) for s in (p.truth, p.body, p.text))
    tpad, ppad, xpad = (f" {' '.join(aeb_tokens(s))} " for s in (p.truth, p.body, p.text))
    kept = [ln for ln in body_lines(p.body) if 0 <= _line_in(ln, ts, tpad) < 0.5]
    lost = []
    for ln in (x.strip() for x in p.truth.split("\n")):
        if not ln or not 0 <= _line_in(ln, ps, ppad) < 0.5:
            continue
        where = "not extracted"
        if p.title and line_key(ln) == line_key(p.title):
            where = "moved to title"
        elif _line_in(ln, xs, xpad) >= 0.5:
            hits = []
            for kind, rule, text in p.audit:
                ls, lpad = shingles(aeb_tokens(text)), f" {' '.join(aeb_tokens(text))} "
                if _line_in(ln, ls, lpad) >= 0.5 or _line_in(text, shingles(aeb_tokens(ln)), f" {' '.join(aeb_tokens(ln))} ") >= 0.5:
                    hits.append(rule)
            if p.subtitle and line_key(ln) in line_key(p.subtitle):
                where = "moved to subtitle"
            elif any(line_key(ln) == line_key(c) for c in p.captions):
                where = "moved to captions"
            else:
                where = "removed by cleaner" + (f" ({', '.join(sorted(set(hits)))})" if hits else "")
        lost.append(f"{where}: {ln}")
    return kept, lost


# --- textset --------------------------------------------------------------------------------


def _half_if_doubled(s: str) -> str | None:
    """The first half of a line glued to itself ("X.X." or "X X"), as clean.py undoubles it."""
    n = len(s)
    h = n // 2
    if h < 8 or not (n % 2 == 0 or s[h].isspace()):
        return None
    left, right = s[:h].strip(), s[n - h :].strip()
    return left if left == right else None


@dataclass
class Case:
    id: str
    lang: str
    hard: bool
    gold: dict[str, Any]
    body: str
    title: str | None
    subtitle: str | None
    captions: list[str]
    status: str
    audit: list[tuple[str, str, str]]
    score: TpFpFn = (0.0, 0.0, 0.0)
    noise_left: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # "where: line"
    wrongly_kept: list[str] = field(default_factory=list)  # "label: line"
    title_ok: bool | None = None
    noise_title: bool = False  # a noise line was taken as the title


def _score_case(c: Case) -> None:
    g = c.gold
    gold_body = [line_key(x) for x in g["body"]]
    pred = body_lines(c.body)
    c.score = shingle_match(
        unicodedata.normalize("NFKC", "\n\n".join(g["body"])), unicodedata.normalize("NFKC", c.body), cjk_tokens
    )
    extra = Counter(pred) - Counter(gold_body)  # predicted lines beyond the story's own
    body_text = "\n".join(pred)
    gold_text = "\n".join(gold_body)
    avail = extra.copy()
    for raw in g["noise"]:
        k = line_key(raw)
        half = _half_if_doubled(k)
        if avail[k] > 0:
            avail[k] -= 1
        elif half is not None and avail[half] > 0:
            avail[half] -= 1
        elif len(k) >= 25 and body_text.count(k) > gold_text.count(k):
            pass
        else:
            continue
        c.noise_left.append(raw.strip())
    # Lost story lines: in the gold body, not (as a whole line) in the predicted body.
    have = Counter(pred)
    removed = {}
    for kind, rule, text in c.audit:
        removed.setdefault(line_key(text), rule)
        half = _half_if_doubled(line_key(text))
        if half:
            removed.setdefault(half, rule)
    for raw, k in zip(g["body"], gold_body):
        if have[k] > 0:
            have[k] -= 1
            continue
        if c.title and k == line_key(c.title):
            where = "moved to title"
        elif c.subtitle and k in line_key(c.subtitle):
            where = "moved to subtitle"
        elif any(k == line_key(x) for x in c.captions):
            where = "moved to captions"
        elif k in removed:
            where = f"removed ({removed[k]})"
        elif c.status != "ok":
            where = f"document {c.status}"
        else:
            where = "missing"
        c.lost.append(f"{where}: {raw.strip()}")
    # Everything kept that is not story, labelled by what the gold set says it is.
    label = {}
    for kind in ("noise", "captions"):
        for x in g[kind]:
            label.setdefault(line_key(x), kind.rstrip("s"))
    if g.get("title"):
        label.setdefault(line_key(g["title"]), "title")
    for k, n in extra.items():
        c.wrongly_kept += [f"{label.get(k, 'unlabelled')}: {k}"] * n
    if g.get("title") is not None:
        c.title_ok = line_key(c.title) == line_key(g["title"])
    c.noise_title = bool(c.title) and line_key(c.title) != line_key(g.get("title")) and any(
        line_key(c.title) == line_key(x) for x in g["noise"]
    )


def _textset_metrics(cases: list[Case]) -> dict[str, float]:
    m = prf([c.score for c in cases]) if cases else {"f1": 0.0, "precision": 0.0, "recall": 0.0}
    titled = [c for c in cases if c.title_ok is not None]
    m.update(
        cases=len(cases),
        residue_files=sum(bool(c.noise_left) for c in cases),
        residue_share=(sum(bool(c.noise_left) for c in cases) / len(cases)) if cases else 0.0,
        noise_lines=sum(len(c.gold["noise"]) for c in cases),
        noise_lines_left=sum(len(c.noise_left) for c in cases),
        body_lines=sum(len(c.gold["body"]) for c in cases),
        body_lines_lost=sum(len(c.lost) for c in cases),
        body_lines_lost_per_file=(sum(len(c.lost) for c in cases) / len(cases)) if cases else 0.0,
        files_with_loss=sum(bool(c.lost) for c in cases),
        titles_checked=len(titled),
        titles_correct=sum(bool(c.title_ok) for c in titled),
        title_accuracy=(sum(bool(c.title_ok) for c in titled) / len(titled)) if titled else 1.0,
        captions_in_body=sum(sum(x.startswith("caption:") for x in c.wrongly_kept) for c in cases),
        invented_titles=sum(1 for c in cases if c.gold.get("title") is None and c.title),
        noise_as_title=sum(c.noise_title for c in cases),
    )
    return m


def evaluate_textset(data: Path, folder: str = "textset", rules: Any = None) -> SetResult:
    started = time.monotonic()
    root = data / folder / "cases"
    ids = sorted(p.stem for p in root.glob("*.json"))
    # One folder of files from one scraper, as `newsclean run --raw tests/data/textset` sees it.
    items = [(f"{folder}/cases/{i}.txt", (root / f"{i}.txt").read_bytes()) for i in ids]
    out, audit = run_pipeline(items, rules=rules)
    rows, audits = _by_path(out), _audit_by_doc(audit)
    cases = []
    for i, (path, _) in zip(ids, items):
        g = json.loads((root / f"{i}.json").read_text(encoding="utf-8"))
        r = rows[path]
        c = Case(
            id=i,
            lang=g["lang"],
            hard=bool(g.get("hard")),
            gold=g,
            body=r["body"] if r["status"] == "ok" else "",
            title=r["title"],
            subtitle=r["subtitle"],
            captions=r["captions"] or [],
            status=r["status"],
            audit=audits.get(r["doc_id"], []),
        )
        _score_case(c)
        cases.append(c)
    metrics = _textset_metrics(cases)
    groups = {"hard": [c for c in cases if c.hard], "not_hard": [c for c in cases if not c.hard]}
    for lang in sorted({c.lang for c in cases}):
        groups[f"lang.{lang}"] = [c for c in cases if c.lang == lang]
    per_group = {name: _textset_metrics(cs) for name, cs in groups.items()}
    keep = ("f1", "precision", "recall", "cases", "residue_files", "residue_share", "noise_lines_left",
            "body_lines_lost", "files_with_loss", "title_accuracy")
    for name, gm in per_group.items():
        metrics.update({f"{name}.{k}": gm[k] for k in keep})

    # The cleaner's removals judged against the labels, per rule.
    by_rule: dict[str, Counter] = defaultdict(Counter)
    for c in cases:
        gold = {}
        for kind in ("body", "noise", "captions"):
            for x in c.gold[kind]:
                gold.setdefault(line_key(x), kind)
        if c.gold.get("title"):
            gold.setdefault(line_key(c.gold["title"]), "title")
        for kind, rule, text in c.audit:
            k = line_key(text)
            by_rule[rule][gold.get(k) or gold.get(_half_if_doubled(k) or "", "unlabelled")] += 1
    return SetResult(folder, metrics, {"cases": cases, "groups": per_group, "removed_by_rule": by_rule}, time.monotonic() - started)


# --- the labelled stories as clean records -------------------------------------------------

MODEL_RULE = "model.line_classifier"


def story_record(gold: dict[str, Any]) -> bytes:
    """A labelled case as a second pass, or a feed of already-clean JSON records, hands it to the
    pipeline: its story lines joined as the clean stage joins a body, its headline as the record's
    title. Cleaning it should take nothing."""
    rec: dict[str, str] = {"text": "\n\n".join(x.strip() for x in gold["body"])}
    if gold.get("title"):
        rec["title"] = gold["title"]
    return json.dumps(rec, ensure_ascii=False).encode("utf-8")


def evaluate_clean_text(data: Path, rules: Any = None, names: Iterable[str] | None = None) -> SetResult:
    """Every labelled story of every plain-text set, as a clean JSON record (`story_record`), one
    batch per set: what cleaning takes from text that has no furniture left. Story lines lost are
    over-removal no page-level figure shows, because on the scraped page the same line often sits
    under a headline that a record moves to its title field. Development and held-out sets are
    reported apart: the line model is trained on the development pages. `names`: these sets only
    (`--set` names; default all)."""
    started = time.monotonic()
    cases: dict[str, list[Case]] = {}
    for name in names or TEXTSETS:
        folder = TEXTSETS[name][0]
        root = data / folder / "cases"
        golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(root.glob("*.json"))}
        golds = {i: g for i, g in golds.items() if g["body"]}
        items = [(f"{folder}/stories/{i}.json", story_record(g)) for i, g in golds.items()]
        out, audit = run_pipeline(items, rules=rules)
        rows, audits = _by_path(out), _audit_by_doc(audit)
        cases[name] = []
        for (i, g), (path, _) in zip(golds.items(), items):
            r = rows[path]
            story = {"body": g["body"], "noise": [], "captions": [], "title": g.get("title")}
            c = Case(
                id=i, lang=g["lang"], hard=bool(g.get("hard")), gold=story,
                body=r["body"] if r["status"] == "ok" else "", title=r["title"], subtitle=r["subtitle"],
                captions=r["captions"] or [], status=r["status"], audit=audits.get(r["doc_id"], []),
            )
            _score_case(c)
            cases[name].append(c)

    def figures(cs: list[Case]) -> dict[str, float]:
        lost = [(c, x) for c in cs for x in c.lost]
        first = {id(c): line_key(c.gold["body"][0]) for c in cs}
        last = {id(c): line_key(c.gold["body"][-1]) for c in cs}
        return {
            "cases": len(cs),
            "body_lines": sum(len(c.gold["body"]) for c in cs),
            "body_lines_lost": len(lost),
            "files_with_loss": sum(bool(c.lost) for c in cs),
            "lost_by_model": sum(x.startswith(f"removed ({MODEL_RULE})") for _, x in lost),
            "lost_by_rules": sum(x.startswith("removed (") and not x.startswith(f"removed ({MODEL_RULE})") for _, x in lost),
            "lost_to_fields": sum(x.startswith("moved to") for _, x in lost),
            "lost_first_line": sum(line_key(x.split(": ", 1)[1]) == first[id(c)] for c, x in lost),
            "lost_last_line": sum(line_key(x.split(": ", 1)[1]) == last[id(c)] for c, x in lost),
            "hard.body_lines_lost": sum(len(c.lost) for c in cs if c.hard),
        }

    dev = [c for name, cs in cases.items() if TEXTSETS[name][0] not in BLIND for c in cs]
    held = [c for name, cs in cases.items() if TEXTSETS[name][0] in BLIND for c in cs]
    metrics = {**{f"dev.{k}": v for k, v in figures(dev).items()}, **{f"holdout.{k}": v for k, v in figures(held).items()}}
    for name, cs in cases.items():
        metrics.update({f"{name}.{k}": v for k, v in figures(cs).items() if k in ("body_lines_lost", "files_with_loss")})
    return SetResult("clean-text", metrics, {"cases": cases}, time.monotonic() - started)


def print_clean_text(console: Any, res: SetResult, show: int) -> None:
    m = res.metrics
    t = _table(
        f"clean-text: the labelled stories as clean JSON records (headline as title), {m['dev.cases'] + m['holdout.cases']:.0f} "
        f"records ({res.seconds:.1f} s)",
        "sets", "records", "story lines", "lost", "files with loss", "by the model", "by rules", "to fields", "first lines", "last lines", "hard cases",
    )
    for scope, label in (("dev", "development (trained on)"), ("holdout", "held-out")):
        t.add_row(label, *(f"{m[f'{scope}.{k}']:.0f}" for k in ("cases", "body_lines", "body_lines_lost", "files_with_loss", "lost_by_model",
                                                             "lost_by_rules", "lost_to_fields", "lost_first_line", "lost_last_line", "hard.body_lines_lost")))
    t.caption = "Cleaning text that has no furniture left should take nothing: every line counted here is a story line lost."
    console.print(t)
    if show <= 0:
        return
    # Development sets only: the held-out sets' lines are never shown.
    shown = [(name, c) for name, cs in res.detail["cases"].items() if TEXTSETS[name][0] not in BLIND for c in cs if c.lost]
    for name, c in sorted(shown, key=lambda nc: -len(nc[1].lost))[:show]:
        console.rule(f"clean-text {name} {c.id}{' hard' if c.hard else ''}  story lost {len(c.lost)}")
        for ln in c.lost:
            console.print(f"  [yellow]lost[/yellow] {_short(ln, 140)}", highlight=False)


# --- syndication ----------------------------------------------------------------------------

HARD_TOPIC_PARTNER = {f"h{n:02d}": f"s{n:02d}" for n in range(1, 13)} | {"h13": "z03"}
WRAPPED_PAIRS = [("h02-a", "s02-b"), ("h06-a", "s06-b"), ("h10-a", "s10-c")]
SAME_SITE = [["n01", "n02", "n03", "n04"], ["n05", "n06", "n07", "n08"]]
TEMPLATE_BRIEFS = [("m01", "m02"), ("m07", "m08")]


def _jaccard(a: str, b: str, w: int = 5) -> tuple[float, float]:
    """Exact w-shingle Jaccard and containment of two bodies as dedup normalises them."""
    from transforms.dedup import _TOKEN

    def sh(s: str) -> set[tuple[str, ...]]:
        s = regex.sub(r"[^\p{L}\p{N}]+", " ", unicodedata.normalize("NFKC", s).lower())
        t = regex.findall(_TOKEN, s)
        return {tuple(t[i : i + w]) for i in range(max(1, len(t) - w + 1)) if t}

    x, y = sh(a), sh(b)
    if not x or not y:
        return 0.0, 0.0
    inter = len(x & y)
    return inter / len(x | y), inter / min(len(x), len(y))


def evaluate_syndication(data: Path) -> SetResult:
    import numpy as np

    from newsclean.rules import dedup_params
    from transforms import dedup as dedup_t

    started = time.monotonic()
    docs = [json.loads(x) for x in (data / "syndication" / "docs.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    items = [(f"syndication/docs/{d['doc_id']}.txt", d["text"].encode("utf-8")) for d in docs]
    out, _ = run_pipeline(items)
    params = dedup_params()
    # As the flow does: ok rows only, its rank_key, and empty known state (a full refresh).
    ok = out.filter(pl.col("status") == "ok").with_columns(rank_key=dedup_t.rank_key())
    known = pl.DataFrame(schema=dedup_t.KNOWN_SCHEMA)
    hashes = pl.DataFrame(schema={"body_sha256": pl.String, "article_id": pl.String})
    assignments, _ = dedup_t.dedup(
        ok.select("doc_id", "body", "rank_key"), known, np.zeros((0, params.num_perm), np.uint32), hashes, params
    )
    aid = dict(assignments.select("doc_id", "article_id").iter_rows())
    rows = _by_path(out)
    by_id = {d["doc_id"]: d for d in docs}
    pred: dict[str, str] = {}
    body: dict[str, str] = {}
    for d, (path, _) in zip(docs, items):
        r = rows[path]
        # A document quarantined before dedup is its own cluster.
        pred[d["doc_id"]] = aid.get(r["doc_id"]) or f"quarantined:{d['doc_id']}"
        body[d["doc_id"]] = r["body"] or ""

    tp, fp, fn = [], [], []
    for a, b in itertools.combinations([d["doc_id"] for d in docs], 2):
        same_gold = by_id[a]["cluster"] == by_id[b]["cluster"]
        same_pred = pred[a] == pred[b]
        if same_gold and same_pred:
            tp.append((a, b))
        elif same_pred:
            fp.append((a, b))
        elif same_gold:
            fn.append((a, b))
    precision = len(tp) / (len(tp) + len(fp)) if tp or fp else 1.0
    recall = len(tp) / (len(tp) + len(fn)) if tp or fn else 1.0
    metrics: dict[str, float] = {
        "docs": len(docs),
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "tp_pairs": len(tp),
        "fp_pairs": len(fp),
        "fn_pairs": len(fn),
        "gold_clusters": len({d["cluster"] for d in docs}),
        "pred_clusters": len(set(pred.values())),
        "quarantined": sum(1 for d in docs if pred[d["doc_id"]].startswith("quarantined:")),
    }
    # Copies joined with their original, by kind of copy.
    joined: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for d in docs:
        if d["kind"].startswith("copy_"):
            orig = f"{d['cluster']}-a"
            joined[d["kind"]][0] += pred[d["doc_id"]] == pred[orig]
            joined[d["kind"]][1] += 1
    for kind, (j, n) in sorted(joined.items()):
        metrics[f"joined_original.{kind}"] = j / n
    # Hard negatives.
    topic = [(h, x["doc_id"]) for h, s in HARD_TOPIC_PARTNER.items() for x in docs if x["cluster"] == s]
    topic = [(f"{h}-a", x) for h, x in topic]
    site = [(f"{a}-a", f"{b}-a") for group in SAME_SITE for a, b in itertools.combinations(group, 2)]
    briefs = [(f"{a}-a", f"{b}-a") for a, b in TEMPLATE_BRIEFS]
    hard = {"topic": topic, "wrapped": WRAPPED_PAIRS, "site": site, "briefs": briefs}
    merged = {name: [(a, b) for a, b in pairs if pred.get(a) is not None and pred[a] == pred.get(b)] for name, pairs in hard.items()}
    for name, pairs in hard.items():
        metrics[f"hard_{name}_pairs"] = len(pairs)
        metrics[f"hard_{name}_merged"] = len(merged[name])
    detail = {"fp": fp, "fn": fn, "docs": by_id, "body": body, "pred": pred, "merged": merged}
    return SetResult("syndication", metrics, detail, time.monotonic() - started)


def sweep_dedup(data: Path, grid: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairwise precision/recall of the syndication clustering for each parameter override in
    `grid` (cleaning runs once). How the defaults in rules/dedup.toml were chosen: docs/dedup.md."""
    import dataclasses

    import numpy as np

    from newsclean.rules import dedup_params
    from transforms import dedup as dedup_t

    docs = [json.loads(x) for x in (data / "syndication" / "docs.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    items = [(f"syndication/docs/{d['doc_id']}.txt", d["text"].encode("utf-8")) for d in docs]
    out, _ = run_pipeline(items)
    ok = out.filter(pl.col("status") == "ok").with_columns(rank_key=pl.col("raw_path"))
    path_of = {d["doc_id"]: p for d, (p, _) in zip(docs, items)}
    doc_id_of = dict(out.select("raw_path", "doc_id").iter_rows())
    gold = {d["doc_id"]: d["cluster"] for d in docs}
    results = []
    for override in grid:
        params = dataclasses.replace(dedup_params(), **override)
        known = pl.DataFrame(schema=dedup_t.KNOWN_SCHEMA)
        hashes = pl.DataFrame(schema={"body_sha256": pl.String, "article_id": pl.String})
        t0 = time.monotonic()
        assign, _ = dedup_t.dedup(ok.select("doc_id", "body", "rank_key"), known, np.zeros((0, params.num_perm), np.uint32), hashes, params)
        aid = dict(assign.select("doc_id", "article_id").iter_rows())
        pred = {d: aid.get(doc_id_of[path_of[d]], f"q:{d}") for d in gold}
        tp = fp = fn = 0
        for a, b in itertools.combinations(sorted(gold), 2):
            same_g, same_p = gold[a] == gold[b], pred[a] == pred[b]
            tp += same_g and same_p
            fp += same_p and not same_g
            fn += same_g and not same_p
        results.append(
            {
                **override,
                "precision": tp / (tp + fp) if tp + fp else 1.0,
                "recall": tp / (tp + fn) if tp + fn else 1.0,
                "fp_pairs": fp,
                "fn_pairs": fn,
                "seconds": round(time.monotonic() - t0, 3),
            }
        )
    return results


# --- output ---------------------------------------------------------------------------------


def _f(x: float) -> str:
    return f"{x:.3f}"


def _table(title: str, *columns: str) -> Any:
    from rich.table import Table

    t = Table(title=title, title_justify="left")
    for i, c in enumerate(columns):
        t.add_column(c, justify="left" if i == 0 else "right", style="bold" if i == 0 else None)
    return t


def print_aeb(console: Any, res: SetResult, show: int) -> None:
    m = res.metrics
    t = _table(
        f"aeb: article-extraction-benchmark dev set, {m['pages']:.0f} pages ({res.seconds:.1f} s)",
        "system", "F1", "precision", "recall", "accuracy",
    )
    for system in SYSTEMS:
        p = "" if system == "newsclean" else system.replace(" ", "_") + "."
        if p + "f1" not in m:
            continue
        label = {"newsclean": "newsclean (extract + clean)", "extract only": "newsclean extract stage only", "trafilatura": "trafilatura.extract alone"}[system]
        t.add_row(
            label,
            f"{m[p + 'f1']:.3f} ± {m[p + 'f1_std']:.3f}",
            f"{m[p + 'precision']:.3f} ± {m[p + 'precision_std']:.3f}",
            f"{m[p + 'recall']:.3f} ± {m[p + 'recall_std']:.3f}",
            _f(m[p + "accuracy"]),
        )
    t.caption = (
        f"cleaner removed {m['cleaner_removed_noise_lines']:.0f} lines not in the truth and "
        f"{m['cleaner_removed_story_lines']:.0f} story lines; {m['quarantined']:.0f} pages quarantined. "
        "± = bootstrap std over pages (1000 resamples)"
    )
    console.print(t)
    if show <= 0:
        return
    rules = res.detail["removed_by_rule"]
    rt = _table("aeb: cleaner removals by rule (story = line found in the ground truth)", "rule", "noise", "story")
    for rule, c in sorted(rules.items(), key=lambda kv: (-kv[1]["story"], -kv[1]["noise"]))[: max(show, 10)]:
        rt.add_row(rule, str(c["noise"]), str(c["story"]))
    console.print(rt)
    pages = sorted(res.detail["pages"], key=lambda p: page_f1(p.scores["newsclean"]))
    for p in pages[:show]:
        x = p.scores["newsclean"]
        console.rule(f"aeb {p.id[:12]}  F1 {page_f1(x):.3f}  P {_precision(*x):.3f}  R {_recall(*x):.3f}"
                     f"  (extract only {page_f1(p.scores['extract only']):.3f})")
        console.print(p.url, highlight=False)
        if p.status != "ok":
            console.print(f"  quarantined: {p.reason}", highlight=False)
        kept, lost = aeb_page_diagnosis(p)
        for ln in kept[:8]:
            console.print(f"  [red]kept, not in truth:[/red] {_short(ln)}", highlight=False)
        if len(kept) > 8:
            console.print(f"  … {len(kept) - 8} more kept")
        for ln in lost[:8]:
            console.print(f"  [yellow]lost[/yellow] {_short(ln, 140)}", highlight=False)
        if len(lost) > 8:
            console.print(f"  … {len(lost) - 8} more lost")


def print_textset(console: Any, res: SetResult, show: int) -> None:
    m = res.metrics
    t = _table(
        f"{res.name}: {m['cases']:.0f} labelled plain-text scrapes ({res.seconds:.1f} s)",
        "scope", "cases", "F1", "P", "R", "residue files", "noise lines left", "story lines lost", "files with loss", "title acc",
    )

    def row(name: str, g: dict[str, float]) -> None:
        t.add_row(
            name, f"{g['cases']:.0f}", _f(g["f1"]), _f(g["precision"]), _f(g["recall"]),
            f"{g['residue_files']:.0f} ({g['residue_share']:.0%})", f"{g['noise_lines_left']:.0f}",
            f"{g['body_lines_lost']:.0f}", f"{g['files_with_loss']:.0f}", f"{g['title_accuracy']:.0%}",
        )

    row("all", m)
    groups = res.detail["groups"]
    row("hard", groups["hard"])
    row("not hard", groups["not_hard"])
    t.add_section()
    for name, g in groups.items():
        if name.startswith("lang."):
            row(name[5:], g)
    t.caption = (
        f"noise lines left {m['noise_lines_left']:.0f}/{m['noise_lines']:.0f}; story lines lost "
        f"{m['body_lines_lost']:.0f}/{m['body_lines']:.0f} ({m['body_lines_lost_per_file']:.2f} per file); titles "
        f"{m['titles_correct']:.0f}/{m['titles_checked']:.0f}; captions left in body {m['captions_in_body']:.0f}; "
        f"noise taken as title {m['noise_as_title']:.0f}; titles invented where none {m['invented_titles']:.0f}. Tokens: \\w+ with each Han/Kana/Hangul character one token"
    )
    console.print(t)
    if show <= 0:
        return
    rules = res.detail["removed_by_rule"]
    rt = _table(f"{res.name}: cleaner removals by rule, against the labels", "rule", "noise", "body", "title", "caption", "unlabelled")
    for rule, c in sorted(rules.items(), key=lambda kv: (-kv[1]["body"], -kv[1]["noise"]))[: max(show, 10)]:
        rt.add_row(rule, *(str(c[k]) for k in ("noise", "body", "title", "caption", "unlabelled")))
    console.print(rt)
    worst = sorted(
        res.detail["cases"],
        key=lambda c: (-(len(c.noise_left) + len(c.lost) + (c.title_ok is False)), page_f1(c.score)),
    )
    for c in worst[:show]:
        flag = " hard" if c.hard else ""
        console.rule(f"{res.name} {c.id}{flag}  F1 {page_f1(c.score):.3f}  noise left {len(c.noise_left)}  story lost {len(c.lost)}")
        if c.title_ok is False:
            console.print(f"  [magenta]title:[/magenta] got {c.title!r}, want {c.gold['title']!r}", highlight=False)
            if c.subtitle:
                console.print(f"  [magenta]subtitle:[/magenta] {c.subtitle!r}", highlight=False)
        for ln in c.wrongly_kept:
            console.print(f"  [red]kept {_short(ln)}[/red]", highlight=False)
        for ln in c.lost:
            console.print(f"  [yellow]lost[/yellow] {_short(ln, 140)}", highlight=False)


def print_syndication(console: Any, res: SetResult, show: int) -> None:
    m = res.metrics
    t = _table(f"syndication: {m['docs']:.0f} documents, pairwise clustering ({res.seconds:.1f} s)", "metric", "value")
    t.add_row("precision", _f(m["precision"]))
    t.add_row("recall", _f(m["recall"]))
    t.add_row("F1", _f(m["f1"]))
    t.add_row("pairs TP / FP / FN", f"{m['tp_pairs']:.0f} / {m['fp_pairs']:.0f} / {m['fn_pairs']:.0f}")
    t.add_row("clusters predicted / gold", f"{m['pred_clusters']:.0f} / {m['gold_clusters']:.0f}")
    t.add_row("quarantined before dedup", f"{m['quarantined']:.0f}")
    t.add_section()
    for k, v in m.items():
        if k.startswith("joined_original."):
            t.add_row(f"copies joined to original: {k.split('.', 1)[1]}", f"{v:.0%}")
    t.add_section()
    for name, label in (("topic", "same topic (hNN vs its story cluster)"), ("wrapped", "same topic + same wrapper"),
                        ("site", "same site header/footer"), ("briefs", "templated market briefs")):
        t.add_row(f"hard negatives merged: {label}", f"{m[f'hard_{name}_merged']:.0f} / {m[f'hard_{name}_pairs']:.0f}")
    console.print(t)
    if show <= 0:
        return
    d = res.detail
    docs, body = d["docs"], d["body"]
    for name, pairs in (("false positive (merged, different stories)", d["fp"]), ("false negative (split, same story)", d["fn"])):
        console.rule(f"syndication: {len(pairs)} {name} pairs")
        for a, b in pairs[:show]:
            j, c = _jaccard(body[a], body[b])
            console.print(
                f"  {a} ({docs[a]['kind']}) ~ {b} ({docs[b]['kind']}): 5-shingle Jaccard {j:.2f}, containment {c:.2f}",
                highlight=False,
            )
        if len(pairs) > show:
            console.print(f"  … {len(pairs) - show} more")


# --- entry point ----------------------------------------------------------------------------

def evaluate_set(data: Path, name: str, rules: Any = None) -> SetResult:
    """One labelled plain-text set by its `--set` name (newsclean/textsets.py)."""
    return evaluate_textset(data, TEXTSETS[name][0], rules)


def print_blind(console: Any, res: SetResult, show: int) -> None:
    print_textset(console, res, 0)
    if show > 0:
        console.print(
            f"{res.name} is the held-out set: its cases are not shown (--show), so that it stays an "
            "honest estimate for wordings the rules were not tuned on.",
            highlight=False,
        )


RUNNERS = {
    "aeb": (evaluate_aeb, print_aeb),
    **{
        name: (functools.partial(evaluate_set, name=name), print_blind if folder in BLIND else print_textset)
        for name, (folder, _) in TEXTSETS.items()
    },
    "syndication": (evaluate_syndication, print_syndication),
    "clean-text": (evaluate_clean_text, print_clean_text),
}
REQUIRED = {
    "aeb": "aeb-dev/ground-truth.json",
    **{name: f"{folder}/cases" for name, (folder, _) in TEXTSETS.items()},
    "syndication": "syndication/docs.jsonl",
    "clean-text": "textset/cases",
}


def _json_safe(metrics: dict[str, float]) -> dict[str, float]:
    return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in metrics.items()}


DEDUP_GRID: list[dict[str, Any]] = [
    *[
        {"shingle_words": w, "num_perm": p, "bands": b, "rows": r}
        for w in (3, 5, 7)
        for (p, b, r) in ((64, 16, 4), (128, 32, 4), (128, 16, 8), (256, 32, 8))
    ],
    *[{"jaccard": j} for j in (0.3, 0.4, 0.5, 0.6, 0.7)],
    *[{"containment": c} for c in (0.6, 0.8, 0.95)],
    {"bands": 64, "rows": 2, "jaccard": 0.1, "containment_min_jaccard": 0.05},
]


def print_sweep(console: Any, data: Path) -> None:
    rows = sweep_dedup(data, DEDUP_GRID)
    t = _table("dedup parameter sweep on the syndication set (others at rules/dedup.toml values)", "override", "precision", "recall", "FP pairs", "FN pairs")
    for r in rows:
        override = ", ".join(f"{k}={v}" for k, v in r.items() if k not in ("precision", "recall", "fp_pairs", "fn_pairs", "seconds"))
        t.add_row(override, _f(r["precision"]), _f(r["recall"]), str(r["fp_pairs"]), str(r["fn_pairs"]))
    console.print(t)


def main(args: argparse.Namespace) -> int:
    import logging

    from rich.console import Console

    # trafilatura and htmldate log per-page chatter at WARNING; it is not the report.
    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.ERROR)
    console = Console()
    if not console.is_terminal:
        console = Console(width=140)
    data = Path(args.data)
    names = list(RUNNERS) if args.set == "all" else [args.set]
    missing = [f"{data / REQUIRED[n]}" for n in names if not (data / REQUIRED[n]).exists()]
    if missing:
        console.print(f"[red]newsclean eval: error:[/red] labelled data not found: {', '.join(missing)}", highlight=False)
        return 2
    started = time.monotonic()
    report: dict[str, dict[str, float]] = {}
    for name in names:
        run, show = RUNNERS[name]
        with console.status(f"eval {name}…"):
            res = run(data)
        show(console, res, max(0, args.show))
        report[name] = _json_safe({**res.metrics, "seconds": res.seconds})
    if getattr(args, "sweep", False):
        print_sweep(console, data)
    console.print(f"eval done in {time.monotonic() - started:.1f} s", highlight=False)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        console.print(f"figures written to {args.json}", highlight=False)
    return 0


def _cli(argv: Iterable[str] | None = None) -> int:  # `python -m newsclean.evaluate`
    from newsclean.cli import build_parser

    return main(build_parser().parse_args(["eval", *(argv or [])]))


if __name__ == "__main__":
    import sys

    sys.exit(_cli(sys.argv[1:]))
