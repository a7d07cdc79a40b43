"""Dedup: exact (normalised body hash) and near-duplicate (MinHash + LSH) story clustering.

Signatures use one-permutation MinHash (one hash per shingle, binned into `num_perm` bins, empty
bins filled by rotation): one vectorised pass instead of `num_perm` passes, with the same
Jaccard estimator. Candidates come from LSH bands; each candidate pair is then verified on its
estimated Jaccard and containment, and clusters are formed with union-find. Known stories from
earlier runs take part as fixed nodes: a new copy joins them, two known stories never merge, and
their article_ids never change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import polars as pl

from newsclean.rules import DedupParams

_TOKEN = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[\p{L}\p{N}]+"
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_EMPTY = np.uint32(0xFFFFFFFF)
_MULT = np.uint64(0x9E3779B97F4A7C15)

SIG_DTYPE = pl.Array(pl.UInt32, 1)  # width set per params, see signature_dtype()


def signature_dtype(params: DedupParams) -> pl.DataType:
    return pl.Array(pl.UInt32, params.num_perm)


def normalise(body: pl.Expr) -> pl.Expr:
    """Text as compared for duplicates: case, quotes, dashes, punctuation and spacing ignored."""
    return (
        body.fill_null("")
        .str.normalize("NFKC")
        .str.to_lowercase()
        .str.replace_all(r"[^\p{L}\p{N}]+", " ")
        .str.strip_chars()
    )


def body_hash(norm: pl.Series) -> pl.Series:
    return pl.Series(
        norm.name, [hashlib.sha256(t.encode()).hexdigest() for t in norm.fill_null("").to_list()], pl.String
    )


def _mix64(x: np.ndarray) -> np.ndarray:
    # splitmix64 finaliser: spreads combined token hashes over all 64 bits.
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _token_hashes(tokens: pl.Series, seed: int) -> np.ndarray:
    """Stable 64-bit hash per token (xxhash, not Polars' hash, which may change between versions)."""
    import xxhash

    frame = pl.DataFrame({"t": tokens})
    uniq = frame.unique("t")
    uniq = uniq.with_columns(
        h=pl.Series([xxhash.xxh3_64_intdigest(t.encode(), seed) for t in uniq["t"].to_list()], dtype=pl.UInt64)
    )
    return frame.join(uniq, on="t", how="left", maintain_order="left")["h"].to_numpy()


# Documents per signature chunk: bounds the shingle arrays (≈ 60 MB per 5k news articles)
# so memory stays flat however many documents a run brings.
SIGNATURE_CHUNK = 5_000


def signatures(norm: pl.Series, params: DedupParams) -> tuple[np.ndarray, np.ndarray]:
    """Normalised bodies → (signatures [n, num_perm] uint32, shingle counts [n])."""
    if norm.len() <= SIGNATURE_CHUNK:
        return _signatures(norm, params)
    parts = [_signatures(norm.slice(i, SIGNATURE_CHUNK), params) for i in range(0, norm.len(), SIGNATURE_CHUNK)]
    return np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def _signatures(norm: pl.Series, params: DedupParams) -> tuple[np.ndarray, np.ndarray]:
    n = norm.len()
    w = params.shingle_words
    sig = np.full((n, params.num_perm), _EMPTY, dtype=np.uint32)
    tok = norm.fill_null("").str.extract_all(_TOKEN)
    lens = tok.list.len().fill_null(0).to_numpy().astype(np.int64)
    flat = tok.explode().drop_nulls()
    if flat.len() == 0:
        return sig, np.zeros(n, dtype=np.int64)
    th = _token_hashes(flat, params.seed).astype(np.uint64)
    doc_of = np.repeat(np.arange(n, dtype=np.int64), lens)
    # Shingle i covers tokens i..i+w-1; a document shorter than w gives one shingle of all it has.
    t = len(th)
    if t >= w:
        sh = np.zeros(t - w + 1, dtype=np.uint64)
        for j in range(w):
            sh = sh * _MULT + th[j : t - w + 1 + j]
        valid = doc_of[: t - w + 1] == doc_of[w - 1 :]
        sh, sdoc = sh[valid], doc_of[: t - w + 1][valid]
    else:
        sh, sdoc = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    short = np.nonzero((lens > 0) & (lens < w))[0]
    if len(short):
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        extra = np.zeros(len(short), dtype=np.uint64)
        for i, d in enumerate(short):
            for v in th[starts[d] : starts[d] + lens[d]]:
                extra[i] = extra[i] * _MULT + v
        sh, sdoc = np.concatenate([sh, extra]), np.concatenate([sdoc, short])
    h = _mix64(sh ^ np.uint64(params.seed))
    bits = int(np.log2(params.num_perm))
    frame = pl.DataFrame(
        {
            "doc": sdoc,
            "bin": (h >> np.uint64(64 - bits)).astype(np.int64),
            "v": (h & np.uint64(0xFFFFFFFF)).astype(np.uint32),
        }
    )
    counts = frame.group_by("doc").agg(c=pl.col("v").n_unique())
    shingles = np.zeros(n, dtype=np.int64)
    shingles[counts["doc"].to_numpy()] = counts["c"].to_numpy()
    mins = frame.group_by("doc", "bin").agg(pl.col("v").min())
    sig[mins["doc"].to_numpy(), mins["bin"].to_numpy()] = mins["v"].to_numpy()
    return _densify(sig), shingles


def _densify(sig: np.ndarray) -> np.ndarray:
    """Fill empty bins from the next non-empty bin to the right (circular), offset by distance,
    so that two documents agree on a filled bin only when they agree on its source."""
    k = sig.shape[1]
    out = sig.copy()
    empty = out == _EMPTY
    if not empty.any():
        return out
    has_any = ~empty.all(axis=1)
    src = sig.copy()
    for dist in range(1, k):
        todo = empty & has_any[:, None]
        if not todo.any():
            break
        shifted = np.roll(src, -dist, axis=1)
        ok = todo & (shifted != _EMPTY)
        out[ok] = (shifted[ok].astype(np.uint64) * np.uint64(0x85EBCA6B) + np.uint64(dist * 0x27D4EB2F)).astype(np.uint32)
        empty &= ~ok
    return out


def _candidates(sig: np.ndarray, params: DedupParams) -> np.ndarray:
    """LSH: documents sharing any band are candidates. Returns unique pairs (i < j)."""
    n = sig.shape[0]
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    keys = np.zeros((n, params.bands), dtype=np.uint64)
    for r in range(params.rows):
        keys = keys * _MULT + sig[:, r :: params.rows][:, : params.bands].astype(np.uint64)
    frame = pl.DataFrame(
        {
            "doc": np.repeat(np.arange(n, dtype=np.int64), params.bands),
            "band": np.tile(np.arange(params.bands, dtype=np.int64), n),
            "key": keys.reshape(-1),
        }
    )
    # Within a bucket link each member to the first and to its predecessor: enough for
    # connectivity without the quadratic blow-up of a bucket holding thousands of copies.
    grouped = frame.sort("band", "key", "doc").with_columns(
        first=pl.col("doc").first().over("band", "key"), prev=pl.col("doc").shift(1).over("band", "key")
    )
    pairs = pl.concat(
        [
            grouped.filter(pl.col("doc") != pl.col("first")).select(a="first", b="doc"),
            grouped.filter(pl.col("prev").is_not_null() & (pl.col("prev") != pl.col("first"))).select(a="prev", b="doc"),
        ]
    ).unique()
    return pairs.select(a=pl.min_horizontal("a", "b"), b=pl.max_horizontal("a", "b")).unique().sort("a", "b").to_numpy()


def similar_pairs(sig: np.ndarray, shingles: np.ndarray, params: DedupParams) -> pl.DataFrame:
    """Verified near-duplicate pairs: a, b (row indices), jaccard (estimated)."""
    pairs = _candidates(sig, params)
    if len(pairs) == 0:
        return pl.DataFrame(schema={"a": pl.Int64, "b": pl.Int64, "jaccard": pl.Float64})
    a, b = pairs[:, 0], pairs[:, 1]
    j = (sig[a] == sig[b]).mean(axis=1)
    na, nb = shingles[a].astype(np.float64), shingles[b].astype(np.float64)
    inter = j * (na + nb) / (1 + j)
    contain = inter / np.maximum(np.minimum(na, nb), 1)
    enough = (na >= params.min_shingles) & (nb >= params.min_shingles)
    ok = enough & ((j >= params.jaccard) | ((contain >= params.containment) & (j >= params.containment_min_jaccard)))
    return pl.DataFrame({"a": a[ok], "b": b[ok], "jaccard": j[ok]})


@dataclass
class _UnionFind:
    parent: list[int]
    known: list[str | None]  # article_id carried by the component's root, if any

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.known[ra] is not None and self.known[rb] is not None):
            return  # published stories never merge: their ids are promises to readers
        if self.known[rb] is not None:
            ra, rb = rb, ra
        self.parent[rb] = ra


DOCS_SCHEMA = {"doc_id": pl.String, "body": pl.String, "rank_key": pl.String}
KNOWN_SCHEMA = {"article_id": pl.String, "body_sha256": pl.String, "shingles": pl.Int64}


def new_article_id(body_sha256: str) -> str:
    return "a" + body_sha256[:19]


def dedup(
    docs: pl.DataFrame,
    known: pl.DataFrame,
    known_sig: np.ndarray,
    known_hashes: pl.DataFrame,
    params: DedupParams,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cluster new documents among themselves and against known stories.

    docs: doc_id, body, rank_key (sorts ascending = preferred canonical among equal bodies).
    known: one row per published story (article_id, body_sha256, shingles), signatures in
      `known_sig` (same row order). known_hashes: body_sha256 → article_id for every copy seen.
    Returns (assignments: doc_id, article_id, body_sha256, status, reason, is_new_story,
             new_stories: article_id, body_sha256, shingles, signature) — the latter to be
             appended to the state.
    """
    out_schema = {
        "doc_id": pl.String,
        "article_id": pl.String,
        "body_sha256": pl.String,
        "status": pl.String,
        "reason": pl.String,
        "is_new_story": pl.Boolean,
    }
    sig_t = signature_dtype(params)
    if docs.height == 0:
        return pl.DataFrame(schema=out_schema), pl.DataFrame(
            schema={**KNOWN_SCHEMA, "signature": sig_t}
        )
    docs = docs.with_columns(norm=normalise(pl.col("body")))
    docs = docs.with_columns(body_sha256=body_hash(docs["norm"]), length=pl.col("norm").str.len_chars())
    # Exact: one representative per body hash (the longest original text, then rank_key).
    docs = docs.sort(["body_sha256", "rank_key", "doc_id"])
    reps = docs.unique("body_sha256", keep="first", maintain_order=True)
    rep_sig, rep_sh = signatures(reps["norm"], params)

    n_known = known.height
    all_sig = np.vstack([known_sig.reshape(-1, params.num_perm), rep_sig]) if n_known else rep_sig
    all_sh = np.concatenate([known["shingles"].to_numpy(), rep_sh]) if n_known else rep_sh
    uf = _UnionFind(list(range(n_known + reps.height)), list(known["article_id"]) + [None] * reps.height)
    # Exact matches with a known copy join that story before any near-duplicate edge.
    exact_known = reps.select("body_sha256").with_row_index("i").join(
        known_hashes.unique("body_sha256", keep="first"), on="body_sha256", how="inner"
    )
    for i, aid in exact_known.select("i", "article_id").iter_rows():
        uf.known[n_known + i] = aid
    pairs = similar_pairs(all_sig, all_sh, params).sort("jaccard", descending=True)
    for a, b in pairs.select("a", "b").iter_rows():
        uf.union(a, b)

    roots = [uf.find(n_known + i) for i in range(reps.height)]
    reps = reps.with_columns(
        root=pl.Series(roots, dtype=pl.Int64),
        root_known=pl.Series([uf.known[r] for r in roots], dtype=pl.String),
    )
    # Canonical of a new cluster: the most complete body, then rank_key (richer metadata, seen
    # earlier), then doc_id, so the choice is the same on every run.
    canon = (
        reps.filter(pl.col("root_known").is_null())
        .sort(["root", "length", "rank_key", "doc_id"], descending=[False, True, False, False])
        .unique("root", keep="first", maintain_order=True)
        .select("root", canon_doc="doc_id", canon_hash="body_sha256")
    )
    reps = reps.join(canon, on="root", how="left").with_columns(
        article_id=pl.coalesce("root_known", pl.col("canon_hash").map_elements(new_article_id, return_dtype=pl.String))
    )
    docs = docs.join(reps.select("body_sha256", "article_id", "canon_doc", "canon_hash", rep_doc="doc_id"), on="body_sha256", how="left")
    assignments = docs.with_columns(
        is_new_story=pl.col("doc_id") == pl.col("canon_doc"),
    ).with_columns(
        status=pl.when("is_new_story").then(pl.lit("curated")).otherwise(pl.lit("duplicate")),
        reason=pl.when(pl.col("is_new_story"))
        .then(None)
        .when(
            (pl.col("body_sha256") == pl.col("canon_hash"))
            | pl.col("body_sha256").is_in(known_hashes["body_sha256"].implode())
            | (pl.col("doc_id") != pl.col("rep_doc"))
        )
        .then(pl.lit("exact_duplicate"))
        .otherwise(pl.lit("near_duplicate")),
    ).with_columns(is_new_story=pl.col("is_new_story").fill_null(False))
    rep_index = {d: i for i, d in enumerate(reps["doc_id"].to_list())}
    new = reps.filter(pl.col("doc_id") == pl.col("canon_doc"))
    idx = [rep_index[d] for d in new["doc_id"].to_list()]
    new_stories = pl.DataFrame(
        {
            "article_id": new["article_id"],
            "body_sha256": new["body_sha256"],
            "shingles": pl.Series(rep_sh[idx], dtype=pl.Int64),
            "signature": pl.Series(rep_sig[idx], dtype=sig_t) if idx else pl.Series([], dtype=sig_t),
        }
    )
    return assignments.select(list(out_schema)).cast(out_schema), new_stories
