"""The clean stage's learned line signal: features, scores, the decision's guards, and the
trained model file (not stale, never trained on the held-out set)."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from newsclean import train_model
from newsclean.rules import RuleError, boilerplate_rules, load_line_model
from transforms.clean import clean
from transforms.line_model import DENSE, STACK, TITLE, LineModel, coherence, text_features, text_scores, tree_logit

DATA = Path(__file__).resolve().parents[1] / "data"
DIM, SEED = 2**16, 7


def test_feature_hashing_is_pinned():
    # The trained weights are indexed by these buckets: a change here silently breaks the model.
    f = text_features(pl.Series(["Share this story", "订阅每日早报"]), 2**18, 20261125).sort("row", "bucket")
    assert f.height == 48
    assert hashlib.sha256(str(f.rows()).encode()).hexdigest() == "198c6bbbb4291611de7a22db273ab7e587b39b5c214a24942b588d2887883446"


def test_features_cover_words_pairs_and_char_grams():
    f = text_features(pl.Series(["ab cd"]), DIM, SEED)
    # words ab, cd; the pair; char 3-grams of " ab cd " (5) and 4-grams (4), before collisions
    assert f.height == 2 + 1 + 5 + 4
    assert f["row"].unique().to_list() == [0]


def _toy_model(**kw) -> LineModel:
    """Weight on one word only: lines containing "zzpromo" score near 1, others near 0."""
    weights = np.zeros(DIM, dtype=np.float32)
    bucket = text_features(pl.Series(["zzpromo"]), DIM, SEED).join(
        text_features(pl.Series(["zzpromo qq"]), DIM, SEED), on="bucket"
    )
    # the bucket of the word feature w:zzpromo (shared by both texts, unlike most char-grams)
    weights[bucket["bucket"].to_numpy()] = 40.0
    return LineModel(weights=weights, dense=np.zeros(len(DENSE)), bias=-6.0, dim=DIM, seed=SEED, **kw)


def test_text_scores_follow_the_weights():
    s = text_scores(pl.Series(["a zzpromo offer", "the council met on tuesday"]), _toy_model())
    assert s[0] > 6 and s[1] == 0.0


RULES = dataclasses.replace(boilerplate_rules(), model=_toy_model())
STORY = [
    "The harbour authority approved a new ferry route on Tuesday, linking the eastern islands to the city centre.",
    "Officials said the service would start in March and run every forty minutes during peak hours.",
    "Residents of the islands have campaigned for a direct connection for more than a decade.",
]


def _clean(lines: list[str], content_type: str = "text"):
    df = pl.DataFrame(
        {"doc_id": ["d"], "text": ["\n\n".join(lines)], "site": [None], "title_hint": [None], "content_type": [content_type]},
        schema={c: pl.String for c in ("doc_id", "text", "site", "title_hint", "content_type")},
    )
    out, audit = clean(df, RULES)
    return out.row(0, named=True), audit


def _clean_with(model: LineModel, lines: list[str]):
    df = pl.DataFrame(
        {"doc_id": ["d"], "text": ["\n\n".join(lines)], "site": [None], "title_hint": [None], "content_type": ["text"]},
        schema={c: pl.String for c in ("doc_id", "text", "site", "title_hint", "content_type")},
    )
    out, audit = clean(df, dataclasses.replace(RULES, model=model))
    return out.row(0, named=True), audit


def test_confident_line_at_the_page_edge_goes():
    row, audit = _clean(["Ferry route approved", *STORY, "Zzpromo picks for your weekend"])
    assert row["body"] == "\n\n".join(STORY)
    assert audit.filter(pl.col("rule") == "model.line_classifier")["text"].to_list() == ["Zzpromo picks for your weekend"]


def test_confident_line_between_story_paragraphs_stays():
    # A story's own subheading sits between paragraphs; the model alone never takes it.
    row, _ = _clean(["Ferry route approved", STORY[0], "Zzpromo corner", STORY[1], STORY[2]])
    assert "Zzpromo corner" in row["body"].split("\n\n")


def test_a_line_the_model_is_all_but_sure_of_goes_even_between_story_paragraphs():
    page = ["Ferry route approved", STORY[0], STORY[1], "Zzpromo: win a cruise for two today!", STORY[2]]
    row, _ = _clean(page)
    assert "Zzpromo: win a cruise for two today!" in row["body"].split("\n\n")
    row, audit = _clean_with(_toy_model(alone=0.9), page)
    assert row["body"] == "\n\n".join(STORY)
    assert audit["rule"].to_list() == ["model.line_classifier"]


def test_a_short_sentence_needs_more_certainty_than_other_lines():
    page = ["Ferry route approved", *STORY, "Zzpromo stays in town."]
    row, _ = _clean(page)
    assert row["body"] == "\n\n".join(STORY)  # P(noise) ~ 1 >= sentence_sure
    row, _ = _clean_with(_toy_model(sentence_sure=1.0), page)
    assert row["body"].split("\n\n")[-1] == "Zzpromo stays in town."


def test_story_length_sentence_and_reported_speech_stay():
    long_sentence = "The zzpromo scheme was dropped by the council last week after a full year of complaints from residents of the eastern islands."
    reported = "Zzpromo codes were illegal, the regulator said."
    for line in (long_sentence, reported):
        row, _ = _clean(["Ferry route approved", *STORY, line])
        assert line in row["body"].split("\n\n")


def test_title_and_html_are_left_to_other_signals():
    row, _ = _clean(["Zzpromo ferry route approved", *STORY])
    assert row["clean_title"] == "Zzpromo ferry route approved"
    row, _ = _clean(["Ferry route approved", *STORY, "Zzpromo picks for your weekend"], content_type="html")
    assert "Zzpromo picks for your weekend" in row["body"]


def test_cleaning_with_the_model_is_idempotent():
    row, _ = _clean(["Ferry route approved", *STORY, "Zzpromo picks for your weekend", "Zzpromo deals"])
    again, audit = _clean(row["body"].split("\n\n"))
    assert again["body"] == row["body"] and audit.height == 0


def test_shipped_model_is_current_and_never_saw_the_held_out_set():
    model = boilerplate_rules().model
    assert model is not None and model.dim == train_model.DIM and model.seed == train_model.SEED
    meta = model.meta
    assert model.title is not None and model.title.shape == (len(TITLE) + 1,)
    assert not train_model.BLIND & set(meta["trained_on"])
    assert tuple(meta["trained_on"]) == train_model.TRAIN_SETS
    stale = "newsclean/rules/line_model.npz is stale: run `make model` and commit it"
    assert meta["data_sha256"] == train_model.data_digest(DATA), stale
    assert meta["rules_sha256"] == train_model.rules_digest(), stale


def test_model_file_with_other_features_is_refused(tmp_path):
    path = tmp_path / "m.npz"
    np.savez(path, weights=np.zeros(8, np.float32), dense=np.zeros(2), bias=np.float64(0), dim=np.int64(8),
             seed=np.int64(1), dense_names=np.array(["a", "b"]), meta=np.array("{}"))
    settings = {"file": "m.npz", "threshold": 0.8, "max_words": 40, "sentence_words": 10, "paragraph_words": 15, "title_window": 20, "story_below": 0.2, "alone": 0.95, "sentence_min_words": 4, "sentence_sure": 0.9, "ad_run_below": 0.5, "between_below": 0.3, "guard_sure": 0.9}
    with pytest.raises(RuleError, match="retrain"):
        load_line_model(path, settings, "test")
    # A headline chooser over other features than the code's is refused too.
    np.savez(path, weights=np.zeros(8, np.float32), dense=np.zeros(len(DENSE)), bias=np.float64(0), dim=np.int64(8),
             seed=np.int64(1), dense_names=np.array(DENSE), meta=np.array("{}"),
             title_weights=np.zeros(3), title_names=np.array(["a", "b"]))
    with pytest.raises(RuleError, match="headline chooser"):
        load_line_model(path, settings, "test")
    # So are trees over other features than the code's, and trees whose nodes point backwards.
    base = dict(weights=np.zeros(8, np.float32), dense=np.zeros(len(DENSE)), bias=np.float64(0), dim=np.int64(8),
                seed=np.int64(1), dense_names=np.array(DENSE), meta=np.array("{}"))
    tree = dict(tree_feature=np.array([0, 0, 0], np.int32), tree_threshold=np.array([0.5, 0, 0]), tree_left=np.array([1, 0, 0], np.int32),
                tree_right=np.array([2, 0, 0], np.int32), tree_value=np.array([0, -1.0, 1.0]), tree_is_leaf=np.array([False, True, True]),
                tree_roots=np.array([0], np.int32), tree_base=np.float64(0))
    np.savez(path, **base, **tree, tree_names=np.array(STACK))
    model = load_line_model(path, settings, "test")
    assert model.trees is not None and list(tree_logit(np.array([[0.0] * len(STACK), [1.0] * len(STACK)]), model.trees)) == [-1.0, 1.0]
    np.savez(path, **base, **tree, tree_names=np.array(STACK[:-1]))
    with pytest.raises(RuleError, match="trees over other features"):
        load_line_model(path, settings, "test")
    np.savez(path, **base, **{**tree, "tree_left": np.array([0, 0, 0], np.int32)}, tree_names=np.array(STACK))
    with pytest.raises(RuleError, match="malformed trees"):
        load_line_model(path, settings, "test")
    with pytest.raises(RuleError, match="threshold"):
        load_line_model(path, {**settings, "threshold": 1.5}, "test")
    with pytest.raises(RuleError, match="alone"):
        load_line_model(path, {**settings, "alone": 0.5}, "test")
    with pytest.raises(RuleError, match="guard_sure"):
        load_line_model(path, {**settings, "guard_sure": 0.5}, "test")
    with pytest.raises(RuleError, match="guard_sure"):
        load_line_model(path, {k: v for k, v in settings.items() if k != "guard_sure"}, "test")


def test_short_heading_above_a_story_paragraph_stays():
    # Noise above it (removed by a rule) does not make a subheading noise.
    row, _ = _clean(["Ferry route approved", STORY[0], "Advertisement", "Zzpromo timetable", STORY[1], STORY[2]])
    assert "Zzpromo timetable" in row["body"].split("\n\n")


def test_scores_do_not_depend_on_chunking():
    text = pl.Series(["a zzpromo offer", "the council met", "zzpromo", "Share this story", "订阅每日早报"])
    assert np.allclose(text_scores(text, _toy_model(), chunk=2), text_scores(text, _toy_model()))


def _context_features(lines: pl.DataFrame) -> pl.DataFrame:
    """The DENSE columns of a toy line frame, computed as the clean stage does."""
    from transforms.line_model import dense_columns

    with_idx = lines.with_columns(idx=pl.int_range(pl.len()).over("doc_id"))
    return coherence(with_idx).select(**dense_columns(pl.col("words"), pl.col("m")))


def test_neighbour_features_read_the_lines_above_and_below_within_a_document():
    lines = pl.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b"],
            "m": ["Home", "The council met on Tuesday.", "Share", "Alone"],
            "words": [1.0, 5.0, 1.0, 1.0],
            "sent_end": [False, True, False, False],
            "best_score": [0.9, 0.0, 0.8, 0.0],
            "cta": [False, False, True, False],
            "reports": [False, False, False, False],
        }
    )
    f = _context_features(lines)
    assert f.columns == list(DENSE)
    # The story line sees furniture on both sides; the edges see an empty neighbour, never the
    # next document's lines.
    assert f["prev_best_score"].to_list() == [0.0, 0.9, 0.0, 0.0]
    assert f["next_best_score"].to_list() == [0.0, 0.8, 0.0, 0.0]
    assert f["next_cta"].to_list() == [0.0, 1.0, 0.0, 0.0]
    assert f["prev_sent_end"].to_list() == [0.0, 0.0, 1.0, 0.0]
    assert f["next_log_words"][0] == pytest.approx(np.log1p(5.0)) and f["prev_log_words"][3] == 0.0
    assert f["next2_best_score"].to_list() == [0.8, 0.0, 0.0, 0.0]


def test_story_position_features_count_story_sentences_above_and_below():
    sentence = "The council met on Tuesday to approve the new ferry route to the islands."
    lines = pl.DataFrame(
        {
            "doc_id": ["a"] * 5 + ["b"],
            # A sentence a rule suspects is no story sentence ("This site uses cookies to ...").
            "m": ["Home", sentence, "Advertisement", sentence, "This site uses cookies to improve the experience of readers.", "Alone"],
            "words": [1.0, 14.0, 1.0, 14.0, 10.0, 1.0],
            "sent_end": [False, True, False, True, True, False],
            "best_score": [0.9, 0.0, 0.9, 0.0, 1.0, 0.0],
            "cta": [False] * 6,
            "reports": [False] * 6,
        }
    )
    f = _context_features(lines)
    assert f["before_story"].to_list() == [1.0, 1.0, 0.0, 0.0, 0.0, 1.0]
    assert f["after_story"].to_list() == [0.0, 0.0, 0.0, 1.0, 1.0, 1.0]
    assert f["story_above"].to_list() == pytest.approx(np.log1p([0, 0, 1, 1, 2, 0]).tolist())
    assert f["story_below"].to_list() == pytest.approx(np.log1p([2, 1, 1, 0, 0, 0]).tolist())


def test_coherence_counts_what_a_line_shares_with_the_other_story_lines_of_its_document():
    story = [
        "The Harbour Authority approved the Kestrel ferry route on Tuesday after a 12-month review.",
        "Kestrel ferries will stop at the eastern islands from March, the Harbour Authority said.",
    ]
    lines = pl.DataFrame(
        {
            "doc_id": ["a"] * 5 + ["b", "b"],
            "m": [
                *story,
                "We use cookies to personalise content and analyse our traffic.",  # shares nothing
                "Kestrel ferry timetable",  # shares two of its three tokens with the story
                "Share",
                "港珠澳大桥客流创新高，港珠澳大桥管理局称",
                "港珠澳大桥今日车流量",
            ],
            "words": [15.0, 14.0, 10.0, 3.0, 1.0, 10.0, 5.0],
            "sent_end": [True, True, True, False, False, False, False],
            "best_score": [0.0] * 7,
        }
    ).with_columns(idx=pl.int_range(pl.len()).over("doc_id"))
    f = coherence(lines)
    assert f.select("doc_id", "idx").equals(lines.select("doc_id", "idx"))
    # Documents are processed in chunks to bound memory; the chunking changes nothing.
    assert coherence(lines, docs_per_chunk=1).equals(f)
    by = dict(zip(f["m"].to_list(), f.select("coh_share", "coh_log", "coh_none").rows()))
    # Each story line shares its names and words with the other, never with itself: the, harbour,
    # authority, kestrel of its 12 distinct tokens ("ferries" is not "ferry").
    assert by[story[0]] == pytest.approx((4 / 12, np.log1p(4), 0.0))
    assert by["We use cookies to personalise content and analyse our traffic."] == (0.0, 0.0, 1.0)
    assert by["Kestrel ferry timetable"] == pytest.approx((2 / 3, np.log1p(2), 0.0))
    assert by["Share"] == (0.0, 0.0, 1.0)
    # Document b has no story-shaped line (the first is no sentence and only 10 words), so its
    # lines share nothing however alike they are.
    assert f.filter(pl.col("doc_id") == "b")["coh_share"].to_list() == [0.0, 0.0]


def test_coherence_reads_cjk_text_as_character_pairs():
    lines = pl.DataFrame(
        {
            "doc_id": ["a"] * 3,
            "m": ["港珠澳大桥客流今年创新高，管理局周二公布全年数据。", "港珠澳大桥今日车流量", "立即下载APP领取红包"],
            "words": [12.0, 5.0, 5.0],
            "sent_end": [True, False, False],
            "best_score": [0.0] * 3,
        }
    ).with_columns(idx=pl.int_range(pl.len()).over("doc_id"))
    f = coherence(lines)
    # 港珠 珠澳 澳大 大桥 are shared; 桥今 今日 日车 车流 流量 are not ("车流" ≠ "客流").
    assert f["coh_share"][1] == pytest.approx(4 / 9)
    assert f["coh_none"][2] == 1.0


def _title_toy() -> LineModel:
    """The toy line model with a headline chooser: long lines the line model does not suspect,
    early among such lines, are headlines."""
    w = dict.fromkeys(TITLE, 0.0) | {"words_clip": 10.0, "suspect": -10.0, "log_k_plain": -2.0}
    return dataclasses.replace(_toy_model(), title=np.array([*(w[n] for n in TITLE), -4.0]))


HEADLINE = "Ferry route approved for the eastern islands"
MENU = [f"Zzpromo {section}" for section in ("home", "news", "sport", "business", "culture", "weather", "video",
                                              "podcasts", "opinion", "travel", "science", "health")]


def test_headline_under_a_long_menu_is_found_and_the_menu_goes():
    # The rule-based guess looks at the first three kept lines only, all menu items here.
    row, _ = _clean_with(_title_toy(), [*MENU, HEADLINE, *STORY])
    assert row["clean_title"] == HEADLINE
    assert row["body"] == "\n\n".join(STORY)
    heuristic, _ = _clean_with(_toy_model(), [*MENU, HEADLINE, *STORY])
    assert heuristic["clean_title"] != HEADLINE


def test_no_headline_is_invented_from_sentences_or_furniture():
    from transforms.clean import _learned_title, lines_at_title_step

    rules = dataclasses.replace(RULES, model=_title_toy())
    df = pl.DataFrame(
        {"doc_id": ["d"], "text": ["\n\n".join(["Zzpromo home", *STORY])], "site": [None], "title_hint": [None], "content_type": ["text"]},
        schema={c: pl.String for c in ("doc_id", "text", "site", "title_hint", "content_type")},
    )
    # Furniture scores below "no headline", sentences are no candidates: the chooser abstains.
    assert _learned_title(lines_at_title_step(df, rules), rules).height == 0
    row, _ = _clean_with(_title_toy(), STORY)
    assert row["clean_title"] is None and row["body"].split("\n\n") == STORY


def test_a_headline_shaped_line_inside_the_story_stays_in_the_body():
    # Two story paragraphs above it: it is the story's subheading, not the page's headline.
    row, _ = _clean_with(_title_toy(), [STORY[0], STORY[1], HEADLINE, STORY[2]])
    assert row["clean_title"] is None
    assert row["body"].split("\n\n") == [STORY[0], STORY[1], HEADLINE, STORY[2]]


def test_under_an_ad_label_the_first_line_the_model_reads_as_story_ends_the_run():
    # What follows a bare "Anzeige" may be the story's own subheading and list.
    story_list = ["Was das Urteil bedeutet", "- Mieter dürfen die Abrechnung kürzen", "- Defekte Zähler müssen ersetzt werden"]
    page = ["Ferry route approved", STORY[0], STORY[1], "Anzeige", *story_list, STORY[2]]
    row, audit = _clean_with(_toy_model(ad_run_below=0.5), page)
    assert row["body"].split("\n\n") == [STORY[0], STORY[1], *story_list, STORY[2]]
    assert audit["text"].to_list() == ["Anzeige"]
    # Switched off, the label takes the short lines under it, as it does without a model.
    row, _ = _clean_with(_toy_model(ad_run_below=0.0), page)
    assert row["body"].split("\n\n") == [STORY[0], STORY[1], STORY[2]]
    # The ad's own promo lines, which the model suspects, still go with the label.
    promo = ["Zzpromo sofas half price this weekend", "Zzpromo kitchens from £999 fitted"]
    row, audit = _clean_with(_toy_model(ad_run_below=0.5), ["Ferry route approved", STORY[0], STORY[1], "Anzeige", *promo, STORY[2]])
    assert row["body"].split("\n\n") == [STORY[0], STORY[1], STORY[2]]
    assert audit["text"].to_list() == ["Anzeige", *promo]


def test_the_second_stage_decides_when_the_model_has_trees():
    from transforms.line_model import Trees

    # One split on the first stage's log-odds, inverted: what the first stage calls furniture,
    # the trees call story, and the reverse.
    flip = Trees(feature=np.array([0, 0, 0], np.int32), threshold=np.array([0.0, 0, 0]), left=np.array([1, 0, 0], np.int32),
                 right=np.array([2, 0, 0], np.int32), value=np.array([0.0, 8.0, -8.0]), is_leaf=np.array([False, True, True]),
                 roots=np.array([0], np.int32), base=0.0)
    page = ["Ferry route approved", *STORY, "Zzpromo picks for your weekend"]
    row, _ = _clean(page)
    assert row["body"] == "\n\n".join(STORY)
    row, audit = _clean_with(_toy_model(trees=flip), page)
    assert "Zzpromo picks for your weekend" in row["body"].split("\n\n")
    assert "Zzpromo picks for your weekend" not in audit["text"].to_list()


def test_neighbour_logits_are_the_first_stage_of_the_lines_around_within_a_document():
    from transforms.line_model import NEIGHBOUR_LOGIT, STORY_LOGIT, neighbour_logits

    doc = pl.Series(["a", "a", "a", "a", "b"])
    logit = np.array([1.0, -2.0, 30.0, 0.5, 3.0])
    read = np.array([True, False, True, True, True])  # the second line is longer than max_words
    near = neighbour_logits(doc, logit, read)
    assert near.shape == (5, len(NEIGHBOUR_LOGIT)) and NEIGHBOUR_LOGIT == ("prev_logit", "next_logit", "prev2_logit", "next2_logit")
    # Above: an unread line counts as certain story, log-odds are clipped, a page edge is 0.
    assert near[:, 0].tolist() == [0.0, 1.0, STORY_LOGIT, -STORY_LOGIT, 0.0]
    assert near[:, 1].tolist() == [STORY_LOGIT, -STORY_LOGIT, 0.5, 0.0, 0.0]
    assert near[:, 2].tolist() == [0.0, 0.0, 1.0, STORY_LOGIT, 0.0]
    assert near[:, 3].tolist() == [-STORY_LOGIT, 0.5, 0.0, 0.0, 0.0]


def test_the_trees_read_the_first_stage_of_the_line_above():
    from transforms.line_model import Trees

    # One split on the line above's first-stage log-odds: under a line the first stage calls
    # furniture, a line is furniture too.
    under = Trees(feature=np.array([STACK.index("prev_logit"), 0, 0], np.int32), threshold=np.array([0.0, 0, 0]),
                  left=np.array([1, 0, 0], np.int32), right=np.array([2, 0, 0], np.int32), value=np.array([0.0, -8.0, 8.0]),
                  is_leaf=np.array([False, True, True]), roots=np.array([0], np.int32), base=0.0)
    # (A headline without "pro": the toy model's weight sits on character grams of "zzpromo" too.)
    page = ["New ferry link for the islands", *STORY, "Zzpromo picks for your weekend", "Tide tables for the week"]
    row, _ = _clean(page)  # the promo stays: it has story text on both sides
    assert row["body"].split("\n\n") == [*STORY, "Zzpromo picks for your weekend", "Tide tables for the week"]
    row, audit = _clean_with(_toy_model(trees=under), page)
    # The promo itself sits under a story line; the line under the promo goes.
    assert row["body"].split("\n\n") == [*STORY, "Zzpromo picks for your weekend"]
    assert audit.filter(pl.col("rule") == "model.line_classifier")["text"].to_list() == ["Tide tables for the week"]


def test_a_short_line_between_removed_lines_stays_when_the_model_reads_it_as_story():
    # A short headline between the site's menu and a byline stamp that goes as furniture.
    page = ["Home > News > Science", "Bees learn counting", "Words: Fiona Rask · 24 February 2025", *STORY]
    row, audit = _clean_with(_toy_model(between_below=0.3), page)
    assert row["clean_title"] == "Bees learn counting"
    assert row["body"].split("\n\n") == STORY
    # Switched off, it goes with the lines around it, as it does without a model.
    row, audit = _clean_with(_toy_model(between_below=0.0), page)
    assert "Bees learn counting" in audit["text"].to_list()
    # A stray label the model suspects still goes.
    row, audit = _clean_with(_toy_model(between_below=0.3), ["Home > News > Science", "Zzpromo deals", *page[2:]])
    assert "Zzpromo deals" in audit["text"].to_list() and row["body"].split("\n\n") == STORY


def test_the_guards_give_way_when_the_model_is_all_but_sure():
    # A subheading above a paragraph, a sentence of story length and reported speech keep a line
    # the model suspects; at P(noise) >= guard_sure they no longer do ("Priyanka Dhar · 5 min
    # read" above the first paragraph is no subheading).
    heading = ["Ferry route approved", STORY[0], "Advertisement", "Zzpromo timetable", STORY[1], STORY[2]]
    long_sentence = "The zzpromo scheme was dropped by the council last week after a full year of complaints from residents of the eastern islands."
    reported = "Zzpromo codes were illegal, the regulator said."
    pages = [heading, ["Ferry route approved", *STORY, long_sentence], ["Ferry route approved", *STORY, reported]]
    for page, line in zip(pages, ("Zzpromo timetable", long_sentence, reported)):
        row, _ = _clean_with(_toy_model(guard_sure=1.0), page)
        assert line in row["body"].split("\n\n")
        row, audit = _clean_with(_toy_model(guard_sure=0.9), page)
        assert line not in row["body"].split("\n\n")
        assert line in audit.filter(pl.col("rule") == "model.line_classifier")["text"].to_list()
