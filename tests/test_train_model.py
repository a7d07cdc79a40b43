"""newsclean train-model's cross-validation helpers: decision settings tried from the command line
and the key under which left-out models are cached."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import train_model

DATA = Path(__file__).resolve().parent / "data"


def test_overrides_are_typed_like_the_rules_file_settings():
    assert train_model.parse_overrides(["threshold=0.6", "title_window=12", "alone=1"]) == {
        "threshold": 0.6, "title_window": 12, "alone": 1.0,
    }
    assert isinstance(train_model.parse_overrides(["title_window=12"])["title_window"], int)


@pytest.mark.parametrize(("pair", "message"), [("threshhold=0.6", "KEY one of"), ("threshold", "KEY=VALUE"), ("threshold=high", "not a number"), ("file=x.npz", "KEY one of")])
def test_bad_overrides_are_named(pair, message):
    with pytest.raises(SystemExit, match=message):
        train_model.parse_overrides([pair])


def test_cached_models_stay_valid_while_only_decision_settings_change(monkeypatch):
    from newsclean import rules

    doc = rules.rules_doc()
    key = train_model.feature_digest(DATA)
    decided = {**doc, "line_model": {**doc["line_model"], "threshold": 0.5}}
    monkeypatch.setattr(rules, "rules_doc", lambda: decided)
    assert train_model.feature_digest(DATA) == key
    # A rule's weight changes what the model reads (its best_score input): the cache is stale.
    reweighted = {**doc, "settings": {**doc["settings"], "edge_bonus": doc["settings"]["edge_bonus"] + 0.1}}
    monkeypatch.setattr(rules, "rules_doc", lambda: reweighted)
    assert train_model.feature_digest(DATA) != key
    # max_words chooses the examples and the lines whose log-odds the trees read: stale too.
    longer = {**doc, "line_model": {**doc["line_model"], "max_words": doc["line_model"]["max_words"] + 5}}
    monkeypatch.setattr(rules, "rules_doc", lambda: longer)
    assert train_model.feature_digest(DATA) != key


def test_stack_inputs_read_neighbours_within_a_page_of_a_set():
    import numpy as np
    import polars as pl

    from transforms.line_model import DENSE, STACK, STORY_LOGIT

    # Two sets may hold the same case under the same doc_id: their lines are different pages.
    frame = pl.DataFrame({"set": ["a", "a", "b", "b"], "doc_id": ["d"] * 4, "read": [True, True, True, False]}).with_columns(
        *(pl.lit(0.0).alias(n) for n in DENSE)
    )
    x = train_model.stack_inputs(frame, np.array([1.0, 2.0, 3.0, 4.0]))
    assert x.shape == (4, len(STACK))
    assert x[:, STACK.index("prev_logit")].tolist() == [0.0, 1.0, 0.0, 3.0]
    assert x[:, STACK.index("next_logit")].tolist() == [2.0, 0.0, STORY_LOGIT, 0.0]


def test_exported_trees_reproduce_the_fitted_model():
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    from transforms.line_model import STACK, tree_logit

    rng = np.random.default_rng(0)
    x = rng.normal(size=(3000, len(STACK)))
    # An interaction no linear model reads: noise when the log-odds and one context feature agree.
    y = ((x[:, 0] > 0) & (x[:, 5] > 0.3) | (rng.random(3000) < 0.05)).astype(float)
    trees = train_model.fit_trees(x, y)
    gbm = HistGradientBoostingClassifier(**train_model.TREES, early_stopping=False, random_state=train_model.SEED).fit(x, y)
    assert np.allclose(tree_logit(x, trees), gbm.decision_function(x), atol=1e-9)
    assert len(trees.roots) == train_model.TREES["max_iter"]


def test_folds_are_whole_sets_dealt_round_robin():
    import polars as pl

    frame = pl.DataFrame({"set": ["a", "a", "b", "c", "c", "d"]})
    assert train_model.set_folds(frame, 2).tolist() == [0, 0, 1, 0, 0, 1]
    with pytest.raises(SystemExit, match="between 2 and the 4 sets"):
        train_model.set_folds(frame, 5)


def test_line_scores_count_what_a_threshold_catches_and_hits():
    import numpy as np

    y = np.array([1.0, 1.0, 0.0, 0.0])
    scores = train_model.line_scores(np.array([0.95, 0.75, 0.8, 0.1]), y)
    assert (scores["caught@0.7"], scores["hit@0.7"], scores["caught@0.9"], scores["hit@0.9"]) == (2, 1, 1, 0)
    assert scores["log_loss"] == pytest.approx(-np.mean(np.log([0.95, 0.75, 0.2, 0.9])))
    # A confident miss costs more than an unsure one.
    assert train_model.line_scores(np.array([0.01]), np.array([1.0]))["log_loss"] > train_model.line_scores(np.array([0.4]), np.array([1.0]))["log_loss"]


@pytest.mark.parametrize(("value", "message"), [('{"max_iters": 300}', "got max_iters"), ("300", "not an object"), ("{max_iter: 3}", "JSON object")])
def test_bad_tree_settings_are_named(value, message):
    with pytest.raises(SystemExit, match=message):
        train_model.parse_trees([value])


def test_line_cv_scores_every_example_line_out_of_fold():
    import numpy as np
    import polars as pl

    sets = ("textset-dev2", "textset-dev3", "textset-dev4")
    rows = train_model.line_cv(DATA, [10.0], [{"max_iter": 5}], folds=3, sets=sets, log=lambda *_: None)
    assert [r["model"].split(" ")[1] for r in rows] == ["first", "trees"]
    frame = train_model.page_lines(DATA, sets)
    ex = train_model.examples(frame)
    y = frame["y"].to_numpy()[ex].astype(float)
    x = train_model.design(frame)[ex]
    wb = train_model.fit(x, y)
    in_sample = train_model.line_scores(1.0 / (1.0 + np.exp(-(x @ wb[:-1] + wb[-1]))), y)
    first = rows[0]
    # Every noise line is scored once, by a model that never saw its set: fewer caught than a model
    # that learnt them, at a higher loss.
    assert 0 < first["caught@0.7"] < in_sample["caught@0.7"] <= int(y.sum())
    assert first["log_loss"] > 1.5 * in_sample["log_loss"]
    assert rows[1]["caught@0.7"] > 0
