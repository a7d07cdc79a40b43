"""The clean stage's learned signal: a logistic model of "this line is page furniture".

Rules know wordings; this model generalises from the labelled development sets to wordings no
rule spells. Its inputs are the line's text, as hashed word unigrams and bigrams and character
3- and 4-grams (so it works without a tokenizer in every script), and the line's context: its
length, shape and what the rules and the call-to-action signal said about it, and the shape of
the lines above and below.

A second stage, gradient-boosted trees over the first stage's log-odds (the line's and its
neighbours') and the same context features (`Trees`, `tree_logit`), reads combinations of them
that a sum cannot.

Pure functions over Polars/NumPy; the weights are data (newsclean/rules/line_model.npz, written
by `newsclean train-model`, loaded and checked by newsclean/rules.py). The features are hashed
with xxh3 and a fixed seed, not Polars' hash, which may change between versions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

# Context features of the line itself.
# No position features (relative position, page edge, first/last line): after cleaning, a story's
# last line is the page's last line, and a model that learned "the bottom of the page is noise"
# would eat it on clean pages and break idempotence. Position enters the decision only through
# the neighbourhood guard in the clean stage.
OWN = (
    "log_words",
    "sent_end",
    "best_score",
    "cta",
    "reports",
    "digits",
    "punct",
    "short",
    "upper_start",
    # Shapes that no wording list spells but furniture shares across languages.
    "label_colon",  # a short label and a colon open the line ("Also on X:", "阅读更多：")
    "link",  # a URL, a bare domain or an @handle
    "pointer",  # an arrow, pointing hand or play sign ("➤", "👉", "▶", "»")
    "emoji",
    "separators",  # "|", "·", "•" between items
    "question",
    "exclaim",
    "bracketed",  # 【...】 or [...] around the line's start
)
# The same shape features of the lines above and below (0 where there is none, so a page edge
# looks like an empty neighbour, not like noise): furniture comes in runs of short, unpunctuated
# lines, a story line sits among sentences. Leave-one-set-out over 15 sets, at P >= 0.7: 6,493 ->
# 6,909 noise lines caught, 440 -> 301 story lines hit (log-loss 0.259 -> 0.192).
NEIGHBOUR = ("log_words", "sent_end", "best_score", "cta", "digits", "punct", "short")
NEIGHBOUR_2 = ("log_words", "sent_end", "best_score")  # two lines away
_OFFSETS = (("prev", 1, NEIGHBOUR), ("next", -1, NEIGHBOUR), ("prev2", 2, NEIGHBOUR_2), ("next2", -2, NEIGHBOUR_2))
# Where the line sits relative to the story, not to the page: how many story-shaped lines (long,
# or a sentence of more than 8 words, that no rule suspects) are above and below it. Furniture
# sits outside the story or in short runs inside it. Unlike the page's edges, the story's first and
# last sentences stay where they are when the furniture around them is removed.
STORY = ("story_above", "story_below", "before_story", "after_story")
# What the line shares with the story around it: story paragraphs repeat each other's names,
# numbers and content words; furniture (a cookie notice, a promo, a share bar, a disclaimer)
# shares little with the story it sits in, whatever its wording or language. Computed by
# `coherence` over each document's lines; the lines above and below too, since furniture comes
# in runs. Line-level leave-one-set-out (7 folds of the 21 dev sets): log-loss 0.166 -> 0.154;
# at P >= 0.7, 9,613 -> 9,701 noise lines caught and 312 -> 299 story lines hit.
COHERENCE = ("coh_share", "coh_log", "coh_none")
_COH_OFFSETS = (("prev", 1, ("coh_share", "coh_none")), ("next", -1, ("coh_share", "coh_none")), ("prev2", 2, ("coh_share",)), ("next2", -2, ("coh_share",)))
DENSE = (
    OWN
    + tuple(f"{side}_{n}" for side, _, names in _OFFSETS for n in names)
    + STORY
    + COHERENCE
    + tuple(f"{side}_{n}" for side, _, names in _COH_OFFSETS for n in names)
)
# The second stage: gradient-boosted trees over the first stage's log-odds and the context
# features. The first stage is linear, so it adds up "short", "no sentence end", "shares nothing
# with the story" and "next to a removed line" whatever their combination; the trees read the
# combinations (a short line sharing nothing is furniture after a removed line, a score line among
# score lines is story). Line-level leave-one-set-out (7 folds of the 21 dev sets): log-loss
# 0.154 -> 0.125; at P >= 0.7, 9,701 -> 9,876 noise lines caught and 299 -> 242 story lines hit.
# The first stage's log-odds of the lines one and two above and below, too: furniture comes in
# runs, and the first stage has read the neighbours' wording, which the context features only
# describe by shape. A line longer than max_words counts as certain story (STORY_LOGIT), a page
# edge as undecided (0). Line-level leave-one-set-out (7 folds of the 21 dev sets, one run): log-loss
# 0.1215 -> 0.1159; at P >= 0.7, 9,907 -> 9,946 noise lines caught and 233 -> 229 story lines hit.
_LOGIT_OFFSETS = (("prev", 1), ("next", -1), ("prev2", 2), ("next2", -2))
NEIGHBOUR_LOGIT = tuple(f"{side}_logit" for side, _ in _LOGIT_OFFSETS)
STACK = ("logit",) + NEIGHBOUR_LOGIT + DENSE
STORY_LOGIT = -8.0
# Features of a headline candidate: a kept line of a headline's shape among the first
# `title_window` kept lines of a plain-text page, in the order of the title weights. The headline is the long, unpunctuated line
# the line model does not suspect, early among the lines it does not suspect, above a paragraph.
TITLE = (
    "logit",  # the line model's log-odds of furniture
    "suspect",  # P(noise) >= threshold
    "log_words",
    "few_words",  # <= 3 words
    "words_clip",  # min(words, 12) / 12
    "sent_end",
    "bad_end",  # ends like no headline does (":", ",", "...")
    "doubled",
    "best_score",
    "log_k",  # rank among the kept lines
    "log_k_plain",  # rank among the kept lines the line model does not suspect
    "next_log_words",  # the next kept line
    "next_long",  # the next kept line has >= 15 words
    "next_p",
    "prev_p",
    "cta",
    "reports",
    "digits",
)
_TOKEN = r"\w+|[^\w\s]"


@dataclass(frozen=True)
class Trees:
    """Regression trees over the STACK features, in flat arrays (one row per node, every tree's
    nodes after the previous tree's): the sum of the leaves the features reach, plus `base`, is the
    log-odds of furniture. A node sends x to `left` when x[feature] <= threshold."""

    feature: np.ndarray  # int32 [nodes]
    threshold: np.ndarray  # float64 [nodes]
    left: np.ndarray  # int32 [nodes]: absolute node index
    right: np.ndarray  # int32 [nodes]
    value: np.ndarray  # float64 [nodes]: a leaf's share of the log-odds
    is_leaf: np.ndarray  # bool [nodes]
    roots: np.ndarray  # int32 [trees]
    base: float


def tree_logit(x: np.ndarray, trees: Trees) -> np.ndarray:
    """The trees' log-odds for each row of x (float64 [rows, len(STACK)]). Each tree splits the
    row indices down to its leaves, so the work is rows x depth per tree, in NumPy (6x faster than
    walking all rows level by level, which pays for rows already at a leaf)."""
    out = np.full(len(x), trees.base, dtype=np.float64)
    columns = np.ascontiguousarray(x.T)  # one feature's values are contiguous for the gathers
    feature, threshold, left, right, value, is_leaf = trees.feature, trees.threshold, trees.left, trees.right, trees.value, trees.is_leaf
    for root in trees.roots:
        todo = [(int(root), np.arange(len(x)))]
        while todo:
            node, rows = todo.pop()
            if is_leaf[node]:
                out[rows] += value[node]
                continue
            go_left = columns[feature[node]][rows] <= threshold[node]
            todo.append((int(left[node]), rows[go_left]))
            todo.append((int(right[node]), rows[~go_left]))
    return out


@dataclass(frozen=True)
class LineModel:
    weights: np.ndarray  # float32 [dim]: hashed text features
    dense: np.ndarray  # float64 [len(DENSE)]
    bias: float
    dim: int
    seed: int
    # Decision settings (from the rules file's [line_model]): remove at probability >= threshold,
    # only on lines of at most max_words words; a sentence of at least sentence_words words needs
    # a call to action as well.
    threshold: float = 0.5
    max_words: float = 40.0
    sentence_words: float = 20.0
    # A sentence of at least sentence_min_words words without a call to action needs P(noise) >=
    # sentence_sure (1 exempts such sentences too).
    sentence_min_words: float = 4.0
    sentence_sure: float = 0.9
    # A line above a kept paragraph of at least this many words may be its subheading.
    paragraph_words: float = 15.0
    # Headline chooser: weights over TITLE then the bias (None: the rule-based guess), looking at
    # the first title_window kept lines.
    title: np.ndarray | None = None
    title_window: int = 20
    # The second stage (None: the first stage's probability is the model's).
    trees: Trees | None = None
    # A sentence of 3+ words below this probability counts as story text when the clean stage
    # decides whether a related-links heading ends the story.
    story_below: float = 0.0
    # At or above this probability a line goes even with story lines on both sides (an inline ad
    # label, a poll's buttons, an embed's handle line); below it, only next to a line outside the
    # story text (removed, or moved to the headline, byline, date or captions) or the page edge.
    # 1 switches this off.
    alone: float = 1.0
    # Under a bare ad label (a run_head rule such as "Anzeige"), the first line below this
    # probability ends the run the label takes (0 switches it off).
    ad_run_below: float = 0.0
    # A short line between removed lines stays when the model gives it P(noise) below this (0: off).
    between_below: float = 0.0
    # At or above this probability, a line goes although it is shaped like a subheading above a
    # paragraph, a sentence of story length or reported speech (1: those shapes always stay).
    guard_sure: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


def text_features(text: pl.Series, dim: int, seed: int) -> pl.DataFrame:
    """Distinct (row, bucket) pairs of the hashed features of each text (row = position in
    `text`). Words and word pairs, and character 3/4-grams of the text padded with spaces, all
    lower-cased."""
    import xxhash

    low = pl.DataFrame({"row": pl.int_range(len(text), dtype=pl.UInt32, eager=True), "s": text.str.to_lowercase()})
    words = (
        low.select("row", t=pl.col("s").str.extract_all(_TOKEN))
        .explode("t")
        .drop_nulls("t")
        .with_columns(nxt=pl.col("t").shift(-1).over("row"))
    )
    chars = (
        low.select("row", c=(pl.lit(" ") + pl.col("s") + pl.lit(" ")).str.split(""))
        .explode("c")
        .with_columns(*(pl.col("c").shift(-k).over("row").alias(f"c{k}") for k in (1, 2, 3)))
    )
    feats = pl.concat(
        [
            words.select("row", f=pl.lit("w:") + pl.col("t")),
            words.drop_nulls("nxt").select("row", f=pl.lit("b:") + pl.col("t") + pl.lit(" ") + pl.col("nxt")),
            chars.drop_nulls("c2").select("row", f=pl.lit("c3:") + pl.col("c") + pl.col("c1") + pl.col("c2")),
            chars.drop_nulls("c3").select("row", f=pl.lit("c4:") + pl.col("c") + pl.col("c1") + pl.col("c2") + pl.col("c3")),
        ]
    ).unique()
    names = feats.select("f").unique()
    xxh = xxhash.xxh3_64_intdigest
    buckets = np.fromiter((xxh(f.encode(), seed) % dim for f in names["f"].to_list()), np.uint32, count=names.height)
    table = names.with_columns(bucket=pl.Series(buckets, dtype=pl.UInt32))
    return feats.join(table, on="f").select("row", "bucket").unique()


def text_scores(text: pl.Series, model: LineModel, chunk: int = 4096) -> np.ndarray:
    """The text part of each line's logit: the mean weight of its distinct buckets, scaled by
    sqrt(count) (an L2-normalised binary vector dotted with the weights)."""
    out = np.zeros(len(text), dtype=np.float64)
    # In chunks: the n-gram frame is ~100 rows per line, so memory stays bounded however many
    # lines a batch has.
    for start in range(0, len(text), chunk):
        f = text_features(text.slice(start, chunk), model.dim, model.seed)
        f = f.with_columns(w=pl.Series(model.weights[f["bucket"].to_numpy()], dtype=pl.Float64))
        agg = f.group_by("row").agg(s=pl.col("w").sum() / pl.len().cast(pl.Float64).sqrt())
        out[start + agg["row"].to_numpy()] = agg["s"].to_numpy()
    return out


_CJK_CHAR = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# Content tokens: words of 3+ letters, numbers of 2+ digits, and CJK characters (paired below).
_CONTENT = _CJK_CHAR + r"|[^\W\d_\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{3,}|\d[\d.,]*\d"


def paragraph_shaped(words: pl.Expr) -> pl.Expr:
    """Long, or a sentence of more than 8 words (over a frame with sent_end)."""
    return (words > 15) | (pl.col("sent_end") & (words > 8))


def _story_shaped(words: pl.Expr) -> pl.Expr:
    """Paragraph-shaped, and no rule suspects it."""
    return paragraph_shaped(words) & (pl.col("best_score") < 0.5)


def _shared_tokens(lines: pl.DataFrame) -> pl.DataFrame:
    """doc_id, idx, _tokens (distinct content tokens of the line), _shared (how many of them occur
    in another story-shaped line of its document), for the lines that have tokens."""
    cjk_char = "^" + _CJK_CHAR + "$"
    toks = (
        lines.select("doc_id", "idx", story=_story_shaped(pl.col("words")), t=pl.col("m").str.to_lowercase().str.extract_all(_CONTENT))
        .explode("t")
        .drop_nulls("t")
    )
    nxt = pl.col("t").shift(-1).over("doc_id", "idx")
    toks = toks.with_columns(
        # A CJK character stands for the pair it starts; the tokens are hashed, since they are only
        # compared with each other inside this batch.
        t=pl.when(pl.col("t").str.contains(cjk_char))
        .then(pl.when(nxt.str.contains(cjk_char)).then(pl.col("t") + nxt))
        .otherwise("t")
    )
    toks = toks.drop_nulls("t").with_columns(pl.col("t").hash()).unique(["doc_id", "idx", "t"])
    toks = toks.with_columns(others=pl.col("story").cast(pl.Int32).sum().over("doc_id", "t") - pl.col("story").cast(pl.Int32))
    return toks.group_by("doc_id", "idx").agg(_tokens=pl.len(), _shared=(pl.col("others") > 0).sum())


def _document_chunks(frame: pl.DataFrame, docs_per_chunk: int) -> list[pl.DataFrame]:
    """`frame` (with doc_id) in parts of whole documents, in order: features that read a line's
    neighbours or its document are computed a part at a time, so memory stays bounded however
    many documents a batch has."""
    if not frame.height:
        return [frame]
    chunk = ((pl.col("doc_id").rank("dense") - 1) // docs_per_chunk).alias("_chunk")
    return frame.with_columns(chunk).partition_by("_chunk", maintain_order=True, include_key=False)


def coherence(lines: pl.DataFrame, docs_per_chunk: int = 500) -> pl.DataFrame:
    """`lines` (doc_id, idx, m, words, sent_end, best_score) with the COHERENCE columns: the share
    and number of the line's content tokens (words of 3+ letters, numbers, CJK character pairs)
    found in another story-shaped line of its document, and whether it has tokens but shares
    none. Row order is kept."""
    # In chunks of documents: the token frame is ~20 rows per line.
    parts = _document_chunks(lines.select("doc_id", "idx", "m", "words", "sent_end", "best_score"), docs_per_chunk)
    per_line = pl.concat([_shared_tokens(p) for p in parts])
    n, shared = pl.col("_tokens").fill_null(0), pl.col("_shared").fill_null(0)
    return lines.join(per_line, on=["doc_id", "idx"], how="left", maintain_order="left").with_columns(
        coh_share=pl.when(n > 0).then(shared.cast(pl.Float64) / n).otherwise(0.0),
        coh_log=shared.cast(pl.Float64).log1p(),
        coh_none=((n > 0) & (shared == 0)).cast(pl.Float64),
    ).drop("_tokens", "_shared")


def dense_columns(words: pl.Expr, line: pl.Expr) -> dict[str, pl.Expr]:
    """The context features, as expressions over the clean stage's line frame (which has
    doc_id, sent_end, best_score, cta, reports, the COHERENCE columns, and each document's lines
    in page order)."""
    chars = line.str.len_chars().cast(pl.Float64).clip(lower_bound=1)
    own = {
        "log_words": words.log1p(),
        "sent_end": pl.col("sent_end").cast(pl.Float64),
        "best_score": pl.col("best_score").cast(pl.Float64),
        "cta": pl.col("cta").cast(pl.Float64),
        "reports": pl.col("reports").cast(pl.Float64),
        "digits": line.str.count_matches(r"\d").cast(pl.Float64) / chars,
        "punct": line.str.count_matches(r"[\p{P}\p{S}]").cast(pl.Float64) / chars,
        "short": (words <= 8).cast(pl.Float64),
        "upper_start": line.str.contains(r"^\p{Lu}").cast(pl.Float64),
        "label_colon": line.str.contains(r"^[^:：.!?。]{1,24}[:：]\s*\S").cast(pl.Float64),
        # No \b: Rust's regex is 20x slower on Unicode word boundaries.
        "link": line.str.contains(r"(?i)https?://|www\.|[\w-]\.(?:com|net|org|io|co|news|example)(?:[/\s),.;:]|$)|(?:^|\s)@\w").cast(pl.Float64),
        "pointer": line.str.contains(r"[➤➜→⇒►▶▷»›👉☞⮕]").cast(pl.Float64),
        "emoji": line.str.contains(r"[\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}]").cast(pl.Float64),
        "separators": line.str.count_matches(r"\s[|·•｜]\s|[|｜]").cast(pl.Float64).log1p(),
        "question": line.str.contains(r"[?？؟]\s*$").cast(pl.Float64),
        "exclaim": line.str.contains(r"[!！]").cast(pl.Float64),
        "bracketed": line.str.contains(r"^\s*[【\[〔［]").cast(pl.Float64),
    }
    near = {f"{side}_{n}": own[n].shift(k).over("doc_id").fill_null(0.0) for side, k, names in _OFFSETS for n in names}
    story = _story_shaped(words).cast(pl.Int64)
    above = story.cum_sum().over("doc_id") - story
    below = story.reverse().cum_sum().reverse().over("doc_id") - story
    doc = {
        "story_above": above.cast(pl.Float64).log1p(),
        "story_below": below.cast(pl.Float64).log1p(),
        "before_story": (above == 0).cast(pl.Float64),
        "after_story": (below == 0).cast(pl.Float64),
    }
    coh = {name: pl.col(name) for name in COHERENCE}
    coh |= {f"{side}_{n}": pl.col(n).shift(k).over("doc_id").fill_null(0.0) for side, k, names in _COH_OFFSETS for n in names}
    return own | near | doc | coh


def first_stage_logit(text_score: pl.Expr, model: LineModel, words: pl.Expr, line: pl.Expr) -> pl.Expr:
    """The first stage's log-odds of furniture: text score + dense · weights + bias."""
    cols = dense_columns(words, line)
    z = text_score + pl.lit(model.bias)
    for name, w in zip(DENSE, model.dense):
        z = z + cols[name] * float(w)
    return z


def neighbour_logits(doc_id: pl.Series, logit: np.ndarray, read: np.ndarray) -> np.ndarray:
    """The NEIGHBOUR_LOGIT columns of lines in page order (float64 [rows, 4]): the first stage's
    log-odds of the lines one and two above and below in the same document, clipped to
    +-STORY_LOGIT; STORY_LOGIT for a line the model does not read (`read` false: longer than
    max_words), 0 beyond the page's edge."""
    z = np.where(read, np.clip(logit, STORY_LOGIT, -STORY_LOGIT), STORY_LOGIT)
    frame = pl.DataFrame({"doc_id": doc_id, "z": z})
    return frame.select(
        pl.col("z").shift(k).over("doc_id").fill_null(0.0).alias(f"{side}_logit") for side, k in _LOGIT_OFFSETS
    ).to_numpy().astype(np.float64)


def stack_matrix(doc_id: pl.Series, logit: np.ndarray, read: np.ndarray, dense: np.ndarray) -> np.ndarray:
    """The trees' inputs (STACK, in its order) of lines in page order: the first stage's log-odds,
    the neighbours' (neighbour_logits) and the context features (dense: the DENSE columns)."""
    return np.column_stack([logit, neighbour_logits(doc_id, logit, read), dense])


def probability(
    lines: pl.DataFrame, model: LineModel, text_score: pl.Expr, words: pl.Expr, line: pl.Expr, rows: pl.Expr, docs_per_chunk: int = 2000
) -> pl.Series:
    """P(noise) of each line of `lines` (the clean stage's line frame, each document's lines in
    page order), computed where `rows` holds and 0 elsewhere: sigmoid of the first stage's
    log-odds, or of the trees' over it, the neighbours' (lines outside `rows` count as certain
    story) and the context features."""
    if model.trees is None:
        z = first_stage_logit(text_score, model, words, line)
        return lines.select(pl.when(rows).then(1.0 / (1.0 + (-z).exp())).otherwise(0.0)).to_series().alias("p_noise")
    cols = dense_columns(words, line)
    needed = sorted({"doc_id"} | {name for e in (rows, text_score, *cols.values()) for name in e.meta.root_names()})
    p = np.zeros(lines.height)
    # In chunks of whole documents: the feature matrix is ~70 floats per line. The context
    # features are computed once, for the first stage's log-odds and the trees alike; the first
    # stage's for every line, since the trees read the neighbours' too.
    for part in _document_chunks(lines.select(needed).with_row_index("_row"), docs_per_chunk):
        feats = part.select("_row", "doc_id", rows.alias("_rows"), text_score.alias("_text"), *(cols[n].alias(n) for n in DENSE))
        dense = feats.select(DENSE).to_numpy().astype(np.float64)
        logit = feats["_text"].to_numpy() + dense @ model.dense + model.bias
        keep = feats["_rows"].to_numpy()
        x = stack_matrix(feats["doc_id"], logit, keep, dense)[keep]
        p[feats["_row"].to_numpy()[keep]] = 1.0 / (1.0 + np.exp(-tree_logit(x, model.trees)))
    return pl.Series("p_noise", p)


def title_columns(threshold: float) -> dict[str, pl.Expr]:
    """The headline candidate features (TITLE), as expressions over a frame of one document's
    kept lines in page order (doc_id, k = rank among them, p_noise, words, sent_end,
    title_bad_end, doubled, best_score, cta, reports, line)."""
    p = pl.col("p_noise").clip(1e-4, 1 - 1e-4)
    plain = (pl.col("p_noise") < threshold).cast(pl.Int64)
    k_plain = plain.cum_sum().over("doc_id") - plain
    chars = pl.col("line").str.len_chars().cast(pl.Float64).clip(lower_bound=1)
    nxt_words = pl.col("words").shift(-1).over("doc_id")
    return {
        "logit": (p / (1 - p)).log(),
        "suspect": (pl.col("p_noise") >= threshold).cast(pl.Float64),
        "log_words": pl.col("words").log1p(),
        "few_words": (pl.col("words") <= 3).cast(pl.Float64),
        "words_clip": pl.col("words").clip(upper_bound=12) / 12,
        "sent_end": pl.col("sent_end").cast(pl.Float64),
        "bad_end": pl.col("title_bad_end").cast(pl.Float64),
        "doubled": pl.col("doubled").cast(pl.Float64),
        "best_score": pl.col("best_score").cast(pl.Float64),
        "log_k": pl.col("k").cast(pl.Float64).log1p(),
        "log_k_plain": k_plain.cast(pl.Float64).log1p(),
        "next_log_words": nxt_words.log1p().fill_null(0.0),
        "next_long": (nxt_words >= 15).cast(pl.Float64).fill_null(0.0),
        "next_p": pl.col("p_noise").shift(-1).over("doc_id").fill_null(0.5),
        "prev_p": pl.col("p_noise").shift(1).over("doc_id").fill_null(0.5),
        "cta": pl.col("cta").cast(pl.Float64),
        "reports": pl.col("reports").cast(pl.Float64),
        "digits": pl.col("line").str.count_matches(r"\d").cast(pl.Float64) / chars,
    }


def title_score(model: LineModel) -> pl.Expr:
    """A candidate's headline score, over a frame with the TITLE columns (title_columns); the
    page's best candidate is its headline when the score is above 0, the score of "no headline"."""
    assert model.title is not None
    z = pl.lit(float(model.title[-1]))
    for name, w in zip(TITLE, model.title[:-1]):
        z = z + pl.col(name) * float(w)
    return z
