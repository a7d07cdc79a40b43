"""Properties of clean and dedup (hypothesis): idempotence, order independence, CJK safety."""

from __future__ import annotations

import numpy as np
import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.rules import boilerplate_rules, dedup_params
from transforms.clean import clean
from transforms.dedup import KNOWN_SCHEMA, dedup
from transforms.fields import word_count

RULES = boilerplate_rules()
# Each example runs the clean stage twice (~0.1-0.3 s): enough examples to find structure bugs,
# few enough to keep the suite quick.
PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = "harbour council vote budget ferry route islands port authority said tuesday new plan".split()
NOISE = [
    "Share",
    "This website uses cookies to improve your experience. Accept",
    "You May Also Like",
    "Comments are closed.",
    "Source: Reuters",
    "Sign up for our daily newsletter",
    "相關新聞",
    "免責聲明：本文轉載自網絡，不代表本站立場。",
    "Advertisement",
    "$0.00135",
    "USD",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=25).map(lambda w: " ".join(w).capitalize() + ".")
line = st.one_of(sentence, sentence, st.sampled_from(NOISE), st.text(min_size=1, max_size=60))
document = st.lists(line, min_size=1, max_size=25).map("\n\n".join)


def run(text: str, title_hint: str | None = None, content_type: str = "html") -> dict:
    df = pl.DataFrame(
        {"doc_id": ["d"], "text": [text], "site": [None], "title_hint": [title_hint], "content_type": [content_type]},
        schema={c: pl.String for c in ("doc_id", "text", "site", "title_hint", "content_type")},
    )
    return clean(df, RULES)[0].row(0, named=True)


@PROPS
@given(document)
def test_clean_never_raises_and_is_idempotent(text: str) -> None:
    # Extracted (HTML) text: the title comes from metadata, so a second pass sees the same
    # structure. Plain text guesses its headline from position, which the first pass changes.
    first = run(text)
    again = run(first["body"])
    assert again["body"] == first["body"]


BASE = [
    "The harbour authority approved a new ferry route on Tuesday linking the eastern islands to the city "
    "centre, with services every forty minutes from March and fares matching the existing routes.",
    "The central bank held its benchmark rate steady on Wednesday citing persistent inflation and a "
    "resilient labour market and signalled two cuts later in the year if price growth slows.",
    "香港政府周二宣布將在新界北部興建新的電動車裝配廠預計創造二千個職位業界人士表示計劃有助吸引內地車企落戶",
]
variants = st.tuples(st.sampled_from(range(len(BASE))), st.sampled_from(["", " Updated.", "!!", " (Reuters)"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(variants, min_size=2, max_size=8, unique=True), st.randoms())
def test_dedup_does_not_depend_on_input_order(picks, rnd) -> None:
    bodies = {f"d{i}": BASE[b] + extra for i, (b, extra) in enumerate(picks)}
    params = dedup_params()
    empty = (pl.DataFrame(schema=KNOWN_SCHEMA), np.zeros((0, params.num_perm), np.uint32), pl.DataFrame(schema={"body_sha256": pl.String, "article_id": pl.String}))

    def ids(order):
        docs = pl.DataFrame({"doc_id": order, "body": [bodies[d] for d in order], "rank_key": order})
        return dict(dedup(docs, *empty, params)[0].select("doc_id", "article_id").iter_rows())

    order = list(bodies)
    shuffled = order[:]
    rnd.shuffle(shuffled)
    assert ids(order) == ids(shuffled)


@PROPS
@given(st.lists(st.sampled_from(["香港", "政府", "今日", "宣布", "新", "政策", "市民", "歡迎", "經濟", "增長"]), min_size=4, max_size=20))
def test_short_chinese_stories_are_kept_and_counted(parts) -> None:
    story = "".join(parts) + "。"
    row = run(story, title_hint=None, content_type="text")
    kept = (row["body"] or "") + (row["clean_title"] or "")
    assert kept.replace("\n", "") == story
    n = pl.DataFrame({"t": [story]}).select(word_count(pl.col("t")))["t"][0]
    assert n == len(story) - 1  # every Han character is a word; the full stop is not
