from __future__ import annotations

import hashlib
import warnings

import numpy as np
import polars as pl
import pytest

from newsclean.rules import dedup_params
from transforms import dedup as dedup_t
from transforms.dedup import KNOWN_SCHEMA, _candidates, body_hash, dedup, normalise, signature_dtype, signatures

P = dedup_params()

FERRY = (
    "The harbour authority approved a new ferry route on Tuesday linking the eastern islands to the city centre. "
    "Officials said the service would start in March and run every forty minutes during peak hours, with fares "
    "matching the existing routes. Residents of the islands have campaigned for a direct connection for more than "
    "a decade, and local councillors welcomed the decision as overdue. The operator will lease two new vessels."
)
# Same topic, different story: shares vocabulary but not sentences.
FERRY_OTHER = (
    "Ferry operators on the eastern islands warned on Friday that fuel costs could force fare increases next year. "
    "The harbour authority said it would review subsidies for island routes, but gave no timetable. Passenger "
    "numbers on the island services rose by a fifth last year, according to figures released by the authority."
)
FED = (
    "The central bank held its benchmark rate steady on Wednesday, citing persistent inflation and a resilient "
    "labour market, and signalled that two cuts remain possible later in the year if price growth slows further."
)


def empty_state():
    return (
        pl.DataFrame(schema=KNOWN_SCHEMA),
        np.zeros((0, P.num_perm), np.uint32),
        pl.DataFrame(schema={"body_sha256": pl.String, "article_id": pl.String}),
    )


def run(bodies: dict[str, str], state=None):
    docs = pl.DataFrame({"doc_id": list(bodies), "body": list(bodies.values()), "rank_key": list(bodies)})
    known, sig, hashes = state or empty_state()
    return dedup(docs, known, sig, hashes, P)


def as_state(assign: pl.DataFrame, stories: pl.DataFrame):
    return (
        stories.select(list(KNOWN_SCHEMA)),
        stories["signature"].to_numpy(),
        assign.select("body_sha256", "article_id"),
    )


def ids(assign: pl.DataFrame) -> dict[str, str]:
    return dict(assign.select("doc_id", "article_id").iter_rows())


def test_exact_duplicates_ignore_case_quotes_and_spacing():
    assign, stories = run({"a": FERRY, "b": "  " + FERRY.upper().replace("'", "\u2019") + "\n"})
    assert stories.height == 1
    by = {r["doc_id"]: r for r in assign.iter_rows(named=True)}
    assert by["a"]["article_id"] == by["b"]["article_id"]
    assert {by["a"]["status"], by["b"]["status"]} == {"curated", "duplicate"}
    dup = by["a"] if by["a"]["status"] == "duplicate" else by["b"]
    assert dup["reason"] == "exact_duplicate"


def test_near_duplicates_edit_and_truncation_join_one_story():
    edited = FERRY.replace("every forty minutes", "every half hour")
    truncated = FERRY[: int(len(FERRY) * 0.75)]
    assign, stories = run({"orig": FERRY, "edit": edited, "trunc": truncated, "fed": FED})
    got = ids(assign)
    assert got["orig"] == got["edit"] == got["trunc"] != got["fed"]
    assert stories.height == 2
    # The most complete body is the canonical copy.
    canon = assign.filter(pl.col("status") == "curated")["doc_id"].to_list()
    assert sorted(canon) == ["edit", "fed"] or sorted(canon) == ["fed", "orig"]
    assert set(assign.filter(pl.col("status") == "duplicate")["reason"]) == {"near_duplicate"}


def test_same_topic_different_story_stays_apart():
    got = ids(run({"a": FERRY, "b": FERRY_OTHER})[0])
    assert got["a"] != got["b"]


def test_ids_are_deterministic_and_order_independent():
    bodies = {"a": FERRY, "b": FERRY.replace("Tuesday", "Monday"), "c": FED, "d": FERRY_OTHER}
    first = ids(run(bodies)[0])
    reordered = ids(run(dict(reversed(list(bodies.items()))))[0])
    assert first == reordered


def test_new_copy_joins_known_story_and_keeps_its_id():
    assign, stories = run({"a": FERRY, "c": FED})
    known_ferry = ids(assign)["a"]
    later, new = run({"x": FERRY.replace("two new vessels", "two vessels"), "y": FERRY}, as_state(assign, stories))
    got = {r["doc_id"]: r for r in later.iter_rows(named=True)}
    assert got["x"]["article_id"] == got["y"]["article_id"] == known_ferry
    assert got["y"]["reason"] == "exact_duplicate" and got["x"]["reason"] == "near_duplicate"
    assert new.height == 0


def test_known_stories_never_merge():
    # Two published stories that a new document resembles both: it joins one, they stay two.
    a_text = FERRY
    b_text = FERRY.replace("The operator will lease two new vessels.", "Fares will rise by ten percent next year.")
    assign1, s1 = run({"a": a_text})
    assign2, s2 = run({"b": b_text})
    # b was clustered alone (a different run), so both are known stories now.
    state = (
        pl.concat([s1, s2]).select(list(KNOWN_SCHEMA)),
        np.vstack([s1["signature"].to_numpy(), s2["signature"].to_numpy()]),
        pl.concat([assign1, assign2]).select("body_sha256", "article_id"),
    )
    got, new = run({"n": FERRY.replace("Tuesday", "Wednesday")}, state)
    assert got["article_id"][0] in {ids(assign1)["a"], ids(assign2)["b"]}
    assert new.height == 0


def test_signatures_are_stable_values():
    # Signatures are stored across runs: the same text must hash the same forever.
    sig, n = signatures(pl.Series(["alpha beta gamma delta epsilon zeta eta theta"]), P)
    assert n.tolist() == [4]
    sig2, _ = signatures(pl.Series(["alpha beta gamma delta epsilon zeta eta theta"]), P)
    assert (sig == sig2).all()
    assert sig.dtype == np.uint32 and sig.shape == (1, P.num_perm)
    assert (sig != 0xFFFFFFFF).all()  # every bin filled (densified)


def test_chinese_is_shingled_by_character():
    zh = "香港政府周二宣布將在新界北部興建新的電動車裝配廠預計創造二千個職位業界人士表示計劃有助吸引內地車企落戶香港"
    got = ids(run({"a": zh, "b": zh.replace("二千", "兩千")})[0])
    assert got["a"] == got["b"]


def test_signature_dtype_matches_params():
    assert signature_dtype(P) == pl.Array(pl.UInt32, P.num_perm)


# --------------------------------------------------------------------------------------------
# Regression: stored values never change
#
# Signatures, shingle counts and body hashes are persisted in curated/_state/stories.parquet and
# compared with new documents on every later run, so a faster implementation must reproduce
# them bit for bit. The digests below were computed with transforms/dedup.py 8e9a44af (regex
# normalise, extract_all + group_by signatures, Polars _candidates) before it was replaced by
# the chunked token-hasher / NumPy version; they must never be updated to make a change pass.
# --------------------------------------------------------------------------------------------

PINNED_TEXTS = [
    'The "harbour" authority  approved a new ferry route \u2014 on Tuesday, linking the islands.',
    "alpha beta gamma delta epsilon zeta eta theta",
    "香港政府周二宣布將在新界北部興建新的電動車裝配廠",
    "three word text",
    "",
    None,
    "Apple 蘋果公司 reported  results: revenue \u2191 5%, \u201cbetter than expected\u201d",
    "\uff26\uff55\uff4c\uff4c\u3000\uff57\uff49\uff44\uff54\uff48 \ufb01ne \u2122 \u2460 text here now",
    "L\u2019\u00e9t\u00e9 \u00e0 Paris: les caf\u00e9s sont pleins, dit-il. E\u0301TE\u0301 aussi.",
    "... --- !!!",
    "東京で会議が開かれた 서울에서 회의가 열렸다",
    "one two three four five",
    "Line one.\n\nLine two\tis here, and it's 2026.  ",
]
PINNED_NORM = [
    "the harbour authority approved a new ferry route on tuesday linking the islands",
    "alpha beta gamma delta epsilon zeta eta theta",
    "香港政府周二宣布將在新界北部興建新的電動車裝配廠",
    "three word text",
    "",
    "",
    "apple 蘋果公司 reported results revenue 5 better than expected",
    "full width fine tm 1 text here now",
    "l été à paris les cafés sont pleins dit il été aussi",
    "",
    "東京で会議が開かれた 서울에서 회의가 열렸다",
    "one two three four five",
    "line one line two is here and it s 2026",
]
# sha256 of "\n".join(body_hash(normalise(PINNED_TEXTS)))
PINNED_HASHES_SHA256 = "6ccc8676bf040af18fa07fdcaa97b9b54395ac60eafe3be2b7e50e07b6ab7250"
# signatures(normalise(PINNED_TEXTS)): sha256 of the signature matrix as little-endian uint32,
# of the shingle counts as little-endian int64, and the counts themselves.
PINNED_SIG_SHA256 = "8a93ce9be338e117a516312267d2d2efc1bde9d547eb6dfae31d435a76b56ba8"
PINNED_SHINGLES_SHA256 = "c0d4aba3ae7030e971cec82d1573581784deb63b2cdb08a36704548cccba07b9"
PINNED_SHINGLES = [9, 4, 20, 1, 0, 0, 8, 4, 8, 0, 16, 1, 6]
PINNED_ALPHA_FIRST8 = [2362964117, 1694698854, 1026433591, 358168328, 3984870361, 3316605098, 2648339835, 1980074572]
# signatures() of the raw (not normalised) texts: the tokeniser's slow path on every row.
PINNED_RAW_SIG_SHA256 = "23a9151a1e3c85e5c522344fae9746ef6ba5e19ddf3ef5dd3ccdc038b98442ab"
PINNED_RAW_SHINGLES_SHA256 = "12af78dc0f30b8e54d71bb30510f228a6efb1f085648822f727424b88fce3aa6"
# 10,500 documents of 0-11 words drawn from PINNED_NORM (crosses chunk boundaries at 4,096 and
# 5,000; tokens recur across chunks): signature and shingle-count digests.
PINNED_MANY_SIG_SHA256 = "591232f0f6141990f4139d15776bf80a1437229a77c36ef8e8fa9738a954767d"
PINNED_MANY_SHINGLES_SHA256 = "f7c12c38ae8a5b064a19945aa760f4f5583c03c2dee0453f70508215a519eb09"


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def _sig_digests(norm: pl.Series) -> tuple[str, str, list[int]]:
    sig, sh = signatures(norm, P)
    assert sig.dtype == np.uint32 and sig.shape == (norm.len(), P.num_perm)
    return (
        _sha(np.ascontiguousarray(sig, dtype="<u4").tobytes()),
        _sha(np.ascontiguousarray(sh, dtype="<i8").tobytes()),
        sh.tolist(),
    )


def _pinned_norm() -> pl.Series:
    return pl.DataFrame({"body": PINNED_TEXTS}, schema={"body": pl.String}).select(normalise(pl.col("body"))).to_series()


def test_pinned_normalise_and_body_hashes():
    norm = _pinned_norm()
    assert norm.to_list() == PINNED_NORM
    assert _sha("\n".join(body_hash(norm).to_list()).encode()) == PINNED_HASHES_SHA256


def test_pinned_signatures():
    sig_sha, sh_sha, counts = _sig_digests(_pinned_norm())
    assert counts == PINNED_SHINGLES
    assert (sig_sha, sh_sha) == (PINNED_SIG_SHA256, PINNED_SHINGLES_SHA256)
    sig, _ = signatures(pl.Series([PINNED_NORM[1]]), P)
    assert sig[0, :8].tolist() == PINNED_ALPHA_FIRST8


def test_pinned_signatures_of_unnormalised_text():
    sig_sha, sh_sha, _ = _sig_digests(pl.Series(PINNED_TEXTS, dtype=pl.String))
    assert (sig_sha, sh_sha) == (PINNED_RAW_SIG_SHA256, PINNED_RAW_SHINGLES_SHA256)


def test_pinned_signatures_across_chunks():
    rng = np.random.default_rng(7)
    words = [w for t in PINNED_NORM for w in t.split()]
    many = [" ".join(rng.choice(words, int(rng.integers(0, 12))).tolist()) for _ in range(10_500)]
    sig_sha, sh_sha, _ = _sig_digests(pl.Series(many, dtype=pl.String))
    assert (sig_sha, sh_sha) == (PINNED_MANY_SIG_SHA256, PINNED_MANY_SHINGLES_SHA256)


def test_uint64_wraparound_does_not_warn():
    # Shingle and bucket hashes wrap around uint64 on purpose; that must not reach the logs.
    norm = pl.Series(["a b", "one two three four five six", "中文", ""] + PINNED_NORM)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sig, _ = signatures(norm, P)
        _candidates(np.vstack([sig, sig]), P)


# --------------------------------------------------------------------------------------------
# Regression: the same values as the straightforward implementation
#
# normalise, signatures and _candidates are optimised (fewer regex matches, split instead of
# extract_all where equivalent, a Categorical token-hash table, sorts and np.minimum.at instead
# of group_bys, NumPy LSH buckets). The reference below is the implementation they replaced
# (transforms/dedup.py 8e9a44af), kept as an oracle on a realistic corpus and awkward inputs.
# --------------------------------------------------------------------------------------------


def _reference_normalise(body: pl.Expr) -> pl.Expr:
    return body.fill_null("").str.normalize("NFKC").str.to_lowercase().str.replace_all(r"[^\p{L}\p{N}]+", " ").str.strip_chars()


def _reference_signatures(norm: pl.Series, params) -> tuple[np.ndarray, np.ndarray]:
    import xxhash

    n, w = norm.len(), params.shingle_words
    sig = np.full((n, params.num_perm), dedup_t._EMPTY, dtype=np.uint32)
    tok = norm.fill_null("").str.extract_all(dedup_t._TOKEN)
    lens = tok.list.len().fill_null(0).to_numpy().astype(np.int64)
    flat = tok.explode().drop_nulls()
    if flat.len() == 0:
        return sig, np.zeros(n, dtype=np.int64)
    th = np.array([xxhash.xxh3_64_intdigest(t.encode(), params.seed) for t in flat.to_list()], dtype=np.uint64)
    doc_of = np.repeat(np.arange(n, dtype=np.int64), lens)
    t = len(th)
    with np.errstate(over="ignore"):
        if t >= w:
            sh = np.zeros(t - w + 1, dtype=np.uint64)
            for j in range(w):
                sh = sh * dedup_t._MULT + th[j : t - w + 1 + j]
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
                    extra[i] = extra[i] * dedup_t._MULT + v
            sh, sdoc = np.concatenate([sh, extra]), np.concatenate([sdoc, short])
    h = dedup_t._mix64(sh ^ np.uint64(params.seed))
    bits = int(np.log2(params.num_perm))
    frame = pl.DataFrame(
        {"doc": sdoc, "bin": (h >> np.uint64(64 - bits)).astype(np.int64), "v": (h & np.uint64(0xFFFFFFFF)).astype(np.uint32)}
    )
    counts = frame.group_by("doc").agg(c=pl.col("v").n_unique())
    shingles = np.zeros(n, dtype=np.int64)
    shingles[counts["doc"].to_numpy()] = counts["c"].to_numpy()
    mins = frame.group_by("doc", "bin").agg(pl.col("v").min())
    sig[mins["doc"].to_numpy(), mins["bin"].to_numpy()] = mins["v"].to_numpy()
    return dedup_t._densify(sig), shingles


def _reference_candidates(sig: np.ndarray, params) -> np.ndarray:
    n = sig.shape[0]
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    keys = np.zeros((n, params.bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(params.rows):
            keys = keys * dedup_t._MULT + sig[:, r :: params.rows][:, : params.bands].astype(np.uint64)
    frame = pl.DataFrame(
        {
            "doc": np.repeat(np.arange(n, dtype=np.int64), params.bands),
            "band": np.tile(np.arange(params.bands, dtype=np.int64), n),
            "key": keys.reshape(-1),
        }
    )
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


@pytest.fixture(scope="module")
def corpus() -> pl.DataFrame:
    from newsclean import bench

    return bench.generate_corpus(1_000, seed=bench.SEED + 9).docs


ODD_NORM = ["", None, "a b", "中文 abc", "abc中文 x y z w v u", " a  b ", "x y z w v u t s r q p o n m l k j"]
ODD_BODIES = [
    "", None, "  a  ", "A\u00a0B", "ﬁne ™ ①", "x,  y", " ,x", "x, ", "Ｆｕｌｌ　ｗｉｄｔｈ", "a—b",
    "l’été", "e\u0301t\u00e9", "中文, 字", "tab\tsep\n\nnew", "...", "a . b", "a  b", "a\n\nb",
]


def test_normalise_matches_reference(corpus):
    docs = pl.concat([corpus.select(body="text"), pl.DataFrame({"body": ODD_BODIES}, schema={"body": pl.String})])
    assert docs.select(normalise(pl.col("body"))).equals(docs.select(_reference_normalise(pl.col("body"))))


def test_signatures_and_candidates_match_reference(corpus, monkeypatch):
    norm = corpus.select(normalise(pl.col("text"))).to_series()
    norm = pl.concat([norm.slice(0, 500), pl.Series(ODD_NORM, dtype=pl.String), norm.slice(500)])
    monkeypatch.setattr(dedup_t, "SIGNATURE_CHUNK", 128)  # many chunks: the token table spans them
    sig, shingles = signatures(norm, P)
    ref_sig, ref_shingles = _reference_signatures(norm, P)
    assert np.array_equal(sig, ref_sig)
    assert np.array_equal(shingles, ref_shingles)
    pairs = _candidates(sig, P)
    assert len(pairs) > 0
    assert np.array_equal(pairs, _reference_candidates(sig, P))


def test_candidates_match_reference_on_large_buckets():
    # Buckets of many identical signatures (syndicated copies) and of partial agreement.
    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**32, (40, P.num_perm), dtype=np.uint32)
    sig = base[rng.integers(0, 40, 700)].copy()
    noisy = rng.random(sig.shape) < 0.3
    sig[noisy] = rng.integers(0, 2**32, int(noisy.sum()), dtype=np.uint32)
    for s in (sig, sig[:2], sig[:1], np.repeat(sig[:1], 50, axis=0)):
        assert np.array_equal(_candidates(s, P), _reference_candidates(s, P))


def test_dedup_matches_reference(corpus, monkeypatch):
    docs = corpus.select("doc_id", body="text", rank_key="doc_id")
    known, sig, hashes = empty_state()
    got, got_new = dedup(docs, known, sig, hashes, P)
    monkeypatch.setattr(dedup_t, "normalise", _reference_normalise)
    monkeypatch.setattr(dedup_t, "signatures", _reference_signatures)
    monkeypatch.setattr(dedup_t, "_candidates", _reference_candidates)
    ref, ref_new = dedup(docs, known, sig, hashes, P)
    assert got.sort("doc_id").equals(ref.sort("doc_id"))
    assert got_new.sort("article_id").equals(ref_new.sort("article_id"))
    assert (got["status"] == "duplicate").sum() > 0
