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
# Rows that the plain split on " " would not tokenise exactly like _TOKEN: anything but letters,
# digits and single inner spaces, an empty body, or CJK characters (each its own token).
_NEEDS_REGEX = r"[^\p{L}\p{N} ]|  |^ | $|^$|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# Runs of non-letters/digits other than a lone single space (see normalise).
_NOT_A_SINGLE_SPACE = r"[^\p{L}\p{N} ][^\p{L}\p{N}]*| [^\p{L}\p{N}]+"
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_EMPTY = np.uint32(0xFFFFFFFF)
_MULT = np.uint64(0x9E3779B97F4A7C15)



def signature_dtype(params: DedupParams) -> pl.DataType:
    return pl.Array(pl.UInt32, params.num_perm)


def normalise(body: pl.Expr) -> pl.Expr:
    """Text as compared for duplicates: case, quotes, dashes, punctuation and spacing ignored.

    Every run of characters other than letters and digits becomes one space. The regex matches
    only the runs that are not already a single space: matching `[^\\p{L}\\p{N}]+` would rewrite
    each of the ~60M single spaces between words of 100k articles with a space, for the same
    text (about 10x more replacements)."""
    return (
        body.fill_null("")
        .str.normalize("NFKC")
        .str.to_lowercase()
        .str.replace_all(_NOT_A_SINGLE_SPACE, " ")
        .str.strip_chars()
    )


def body_hash(norm: pl.Series) -> pl.Series:
    return pl.Series(
        norm.name, [hashlib.sha256(t.encode()).hexdigest() for t in norm.fill_null("").to_list()], pl.String
    )


def _mix64(x: np.ndarray) -> np.ndarray:
    # splitmix64 finaliser: spreads combined token hashes over all 64 bits.
    with np.errstate(over="ignore"):  # wrapping uint64 arithmetic is the point
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


class _TokenHasher:
    """Token → stable 64-bit hash (xxh3 with the params' seed; not Polars' hash, which may change
    between versions), for one `signatures` call.

    A fresh Categorical mapping gives every distinct token a dense id (in Rust), so a chunk's
    tokens map to hashes by a NumPy gather, and only ids not seen in an earlier chunk reach
    Python's xxhash (instead of a unique + join of every chunk's ~3M strings)."""

    def __init__(self, seed: int):
        import xxhash

        self.xxh = xxhash.xxh3_64_intdigest
        self.seed = seed
        self.dtype = pl.Categorical(pl.Categories.random())
        # A mapping lives while a Series of its dtype does: this one holds it for the whole call
        # (its id 0 is the empty string, which is never a token).
        self._anchor = pl.Series([""], dtype=pl.String).cast(self.dtype)
        self.h = np.zeros(1, dtype=np.uint64)  # hash by id, for ids 0..len-1


def _token_hashes(tokens: pl.Series, hasher: _TokenHasher) -> np.ndarray:
    """Hash of each token (uint64), extending the hasher's table with the ids new in `tokens`."""
    ids = tokens.cast(hasher.dtype).to_physical().to_numpy()
    known = len(hasher.h)
    top = int(ids.max()) + 1 if len(ids) else 0
    if top > known:
        new = ids >= known
        fresh = pl.DataFrame({"id": ids[new], "t": tokens.filter(pl.Series(new))}).unique("id")
        seed, xxh = hasher.seed, hasher.xxh
        h = np.zeros(top, dtype=np.uint64)
        h[:known] = hasher.h
        h[fresh["id"].to_numpy()] = np.fromiter((xxh(t.encode(), seed) for t in fresh["t"].to_list()), np.uint64, count=fresh.height)
        hasher.h = h
    return hasher.h[ids]


def _tokens(norm: pl.Series) -> pl.Series:
    """Tokens of each text (str.extract_all(_TOKEN)), as a list Series. Rows holding only letters,
    digits and single inner spaces (every normalised text without CJK) take the much cheaper
    split on " ", which gives the same tokens."""
    need = norm.str.contains(_NEEDS_REGEX)
    if not need.any():
        return norm.str.split(" ")
    if need.all():
        return norm.str.extract_all(_TOKEN)
    idx = pl.Series("i", np.arange(norm.len()))
    return pl.concat(
        [
            pl.DataFrame({"i": idx.filter(~need), "tok": norm.filter(~need).str.split(" ")}),
            pl.DataFrame({"i": idx.filter(need), "tok": norm.filter(need).str.extract_all(_TOKEN)}),
        ]
    ).sort("i")["tok"]


# Documents per signature chunk: bounds the token and shingle arrays (~2.5M tokens, ≈ 50 MB per
# 4k news articles) so memory stays flat however many documents a run brings. Every step is
# per document, so the chunk size never changes a signature.
SIGNATURE_CHUNK = 4_096


def signatures(norm: pl.Series, params: DedupParams) -> tuple[np.ndarray, np.ndarray]:
    """Normalised bodies → (signatures [n, num_perm] uint32, shingle counts [n])."""
    n = norm.len()
    norm = norm.fill_null("")
    hasher = _TokenHasher(params.seed)
    sig = np.empty((n, params.num_perm), dtype=np.uint32)
    shingles = np.empty(n, dtype=np.int64)
    for s in range(0, n, SIGNATURE_CHUNK):
        part = norm.slice(s, SIGNATURE_CHUNK)
        sig[s : s + part.len()], shingles[s : s + part.len()] = _signatures(part, params, hasher)
    return sig, shingles


def _signatures(norm: pl.Series, params: DedupParams, hasher: _TokenHasher) -> tuple[np.ndarray, np.ndarray]:
    """One chunk of `signatures`."""
    n, w, k = norm.len(), params.shingle_words, params.num_perm
    sig = np.full((n, k), _EMPTY, dtype=np.uint32)
    tok = _tokens(norm)
    lens = tok.list.len().fill_null(0).to_numpy().astype(np.int64)
    flat = tok.explode().drop_nulls()
    if flat.len() == 0:
        return sig, np.zeros(n, dtype=np.int64)
    th = _token_hashes(flat, hasher)
    doc_of = np.repeat(np.arange(n, dtype=np.int64), lens)
    # Shingle i covers tokens i..i+w-1; a document shorter than w gives one shingle of all it has.
    t = len(th)
    with np.errstate(over="ignore"):  # wrapping uint64 arithmetic is the point
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
    bits = int(np.log2(k))
    v = h & np.uint64(0xFFFFFFFF)
    # Shingle count = distinct values per document: one sort of packed (doc << 32 | v) keys
    # (kind="stable" only for speed: the keys come in runs by document, ~2x faster than the default).
    per_doc = np.sort((sdoc.astype(np.uint64) << np.uint64(32)) | v, kind="stable")
    first = np.ones(len(per_doc), dtype=bool)
    first[1:] = per_doc[1:] != per_doc[:-1]
    shingles = np.bincount((per_doc[first] >> np.uint64(32)).astype(np.int64), minlength=n)
    # Minimum per (document, bin): an unbuffered np.minimum.at into the signature matrix itself.
    cell = sdoc * k + (h >> np.uint64(64 - bits)).astype(np.int64)
    np.minimum.at(sig.reshape(-1), cell, v.astype(np.uint32))
    return _densify(sig), shingles.astype(np.int64)


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
    """LSH: documents sharing any band are candidates. Returns unique pairs (i < j), sorted."""
    n = sig.shape[0]
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    keys = np.zeros((n, params.bands), dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrapping uint64 arithmetic is the point
        for r in range(params.rows):
            keys = keys * _MULT + sig[:, r :: params.rows][:, : params.bands].astype(np.uint64)
    # Within a bucket link each member to the first and to its predecessor: enough for
    # connectivity without the quadratic blow-up of a bucket holding thousands of copies.
    # One stable argsort per band puts each bucket's documents together in ascending order.
    pos = np.arange(n)
    found = []
    for b in range(params.bands):
        order = np.argsort(keys[:, b], kind="stable")
        ks = keys[order, b]
        new = np.ones(n, dtype=bool)
        new[1:] = ks[1:] != ks[:-1]
        start = np.maximum.accumulate(np.where(new, pos, 0))  # position of the bucket's first
        member = ~new
        found.append(order[start[member]] * n + order[member])
        chained = member & (pos - 1 != start)  # predecessor is not the first (already linked)
        found.append(order[pos[chained] - 1] * n + order[chained])
    packed = np.unique(np.concatenate(found))  # a * n + b with a < b: unique and sorted
    return np.stack([packed // n, packed % n], axis=1).astype(np.int64)


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


def rank_key() -> pl.Expr:
    """Preferred canonical among equally complete copies: richer metadata (a title, a date),
    then path and record order. Needs the ingest columns title_hint, published_hint, raw_path, record."""
    return pl.concat_str(
        pl.col("title_hint").is_null().cast(pl.String),
        pl.col("published_hint").is_null().cast(pl.String),
        pl.col("raw_path"),
        pl.col("record").cast(pl.String).str.zfill(9),
    )


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
    docs = docs.select(list(DOCS_SCHEMA)).cast(DOCS_SCHEMA).with_columns(norm=normalise(pl.col("body")))
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
