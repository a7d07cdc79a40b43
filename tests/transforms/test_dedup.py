from __future__ import annotations

import numpy as np
import polars as pl

from newsclean.rules import dedup_params
from transforms.dedup import KNOWN_SCHEMA, dedup, signature_dtype, signatures

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
