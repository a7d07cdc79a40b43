"""`newsclean train-model`: fit the clean stage's learned signals (transforms/line_model.py) on
the labelled development sets and write newsclean/rules/line_model.npz.

The sets are read exactly as `newsclean eval` reads them (ingest → extract → the clean stage's
line features). Line model: every line with at most the model's `max_words` words that its
labels call noise (1) or story, headline or caption (0) is an example; L2-regularised logistic
regression (L-BFGS), then gradient-boosted trees (scikit-learn, exported to NumPy arrays) over
its out-of-fold log-odds and the context features. Headline chooser: a conditional logit over
each page's headline candidates (transforms.clean.title_candidates), with the line model's
probabilities taken out of fold.
The held-out sets are never read. Deterministic for the same data and rules; the file records a
digest of both, so a test can tell when it is stale.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from newsclean.textsets import BLIND, TEXTSETS, TRAIN_SETS

DIM = 2**18
SEED = 20261125
C = 10.0
# The headline chooser: candidates scored out of fold over this many folds of sets; its L2 strength.
TITLE_FOLDS = 5
TITLE_C = 1.0
# Folds of sets of `train-model --line-cv`.
FOLDS = 9
MODEL_FILE = "line_model.npz"
# The second stage (transforms.line_model.STACK): gradient-boosted trees over the first stage's
# out-of-fold log-odds and the context features. Line-level leave-one-set-out (log-loss): 100 trees
# at rate 0.1, 0.1250, matched up to 200 at 0.05 with early stopping (0.1249); 60 trees 0.1306; trees of
# depth <= 6 with 15 leaves 0.1332; the logistic model alone 0.1544. Over 27 sets (`train-model
# --line-cv`: 9 folds of sets, the first stage's log-odds out of fold; log-loss, and at P >= 0.7 noise lines caught /
# story lines hit): 100 trees 0.1256, 13,958 / 363; 200 trees 0.1211, 14,059 / 366; 300 trees
# 0.1243, 14,112 / 382; 400 trees 0.1294; 300 at rate 0.05 0.1219; 63 leaves 0.1254, 14,026 / 388;
# 20 lines a leaf 0.1266. More training sets bear more trees.
TREES = {"learning_rate": 0.1, "max_iter": 200, "max_leaf_nodes": 31, "min_samples_leaf": 40, "l2_regularization": 1.0}


def data_digest(data: Path, sets: tuple[str, ...] = TRAIN_SETS) -> str:
    """sha256 over the training cases (names and bytes), in a fixed order."""
    h = hashlib.sha256()
    for name in sets:
        for p in sorted((data / name / "cases").iterdir()):
            h.update(f"{name}/{p.name}\0".encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def rules_digest() -> str:
    """sha256 of the rules file: the model's context features include the rules' scores."""
    return hashlib.sha256(resources.files("newsclean").joinpath("rules/boilerplate.toml").read_bytes()).hexdigest()


@lru_cache(maxsize=None)
def _set_inputs(data: Path, name: str) -> tuple[Path, tuple[str, ...], pl.DataFrame]:
    """A labelled set read as `newsclean eval` reads it: (cases folder, case ids, the clean
    stage's input frame). Cached: the line model and the headline chooser read every set."""
    from newsclean.config import Limits
    from transforms.clean import clean_inputs
    from transforms.extract import extract
    from transforms.ingest import RawInput, ingest

    assert name not in BLIND, "a held-out set is never used for training"
    limits = Limits()
    root = data / name / "cases"
    ids = tuple(sorted(p.stem for p in root.glob("*.json")))
    items = [RawInput(f"{name}/cases/{i}.txt", (root / f"{i}.txt").read_bytes()) for i in ids]
    return root, ids, clean_inputs(extract(ingest(items, limits), limits))


def page_lines(data: Path, sets: tuple[str, ...] = TRAIN_SETS) -> pl.DataFrame:
    """Every line of the sets' pages, in page order: set, doc_id, m (the text the model reads),
    the context features, y (1 noise, 0 story, headline or caption, -1 no label) and read (the
    model reads the line: at most `max_words` words). The examples are the labelled lines of at
    most `max_words` words (`examples`); the others are there because the trees read the first
    stage's log-odds of a line's neighbours."""
    from newsclean.config import Limits
    from newsclean.evaluate import line_key
    from newsclean.rules import rules_without_model
    from transforms.clean import model_inputs

    assert not BLIND & set(sets), "a held-out set is never used for training"
    rules, limits = rules_without_model(), Limits()
    read = pl.col("words") <= float(model_settings()["max_words"])
    frames = []
    for name in sets:
        root, ids, df = _set_inputs(data, name)
        lines = model_inputs(df, rules, limits.max_line_chars)
        path_of = dict(zip(df["doc_id"].to_list(), df["raw_path"].to_list()))
        gold: dict[str, dict[str, list[int]]] = {}
        for i in ids:
            g = json.loads((root / f"{i}.json").read_text(encoding="utf-8"))
            labels: dict[str, list[int]] = defaultdict(list)
            for key, y in (("body", 0), ("noise", 1)):
                for x in g[key]:
                    labels[line_key(x)].append(y)
            # Headlines and captions are not noise: the model must learn to leave them alone
            # (the clean stage moves them to their fields).
            for x in [g.get("title")] + list(g.get("captions") or []):
                if x:
                    labels[line_key(x)].append(0)
            gold[f"{name}/cases/{i}.txt"] = labels
        ys = []
        used: Counter = Counter()
        for doc, line in zip(lines["doc_id"].to_list(), lines["line"].to_list()):
            key, path = line_key(line), path_of[doc]
            options = gold[path].get(key, [])
            k = used[(path, key)]
            used[(path, key)] += 1
            ys.append(options[min(k, len(options) - 1)] if options else -1)
        frames.append(lines.with_columns(set=pl.lit(name), y=pl.Series(ys, dtype=pl.Int8), read=read))
    return pl.concat(frames)


def examples(frame: pl.DataFrame) -> np.ndarray:
    """The rows of page_lines the models learn from: labelled, at most `max_words` words."""
    return frame.select((pl.col("y") >= 0) & pl.col("read")).to_series().to_numpy()


def design(frame: pl.DataFrame, dim: int = DIM, seed: int = SEED) -> Any:
    """Sparse design matrix: L2-normalised binary hashed text features, then the dense columns."""
    from scipy import sparse

    from transforms.line_model import DENSE, text_features

    f = text_features(frame["m"], dim, seed)
    rows, cols = f["row"].to_numpy(), f["bucket"].to_numpy()
    counts = np.bincount(rows, minlength=frame.height).astype(np.float64)
    vals = 1.0 / np.sqrt(counts[rows])
    text = sparse.csr_matrix((vals, (rows, cols)), shape=(frame.height, dim))
    dense = frame.select(DENSE).to_numpy().astype(np.float64)
    return sparse.hstack([text, sparse.csr_matrix(dense)]).tocsr()


def fit(x: Any, y: np.ndarray, c: float = C) -> np.ndarray:
    """Weights and bias (last) of L2-regularised logistic regression (bias not regularised)."""
    from scipy.optimize import minimize

    def loss(wb: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = wb[:-1], wb[-1]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        value = float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 / c * np.dot(w, w))
        return value, np.append(x.T @ (p - y) + w / c, np.sum(p - y))

    res = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    return res.x


def line_model_of(wb: np.ndarray, title: np.ndarray | None = None, trees: Any = None) -> Any:
    """The LineModel of fitted weights, with the rules file's decision settings."""
    from newsclean.rules import model_decisions
    from transforms.line_model import LineModel

    return LineModel(
        weights=wb[:DIM].astype(np.float32), dense=wb[DIM:-1].astype(np.float64), bias=float(wb[-1]), dim=DIM, seed=SEED,
        title=title, trees=trees, **model_decisions(model_settings()),
    )


def stack_inputs(frame: pl.DataFrame, logit: np.ndarray) -> np.ndarray:
    """The second stage's inputs (STACK) of every line of page_lines: the first stage's log-odds
    of the line and of its neighbours, then the context features."""
    from transforms.line_model import DENSE, stack_matrix

    page = frame["set"] + "/" + frame["doc_id"]  # a case may recur in another set under the same doc_id
    return stack_matrix(page, logit, frame["read"].to_numpy(), frame.select(DENSE).to_numpy().astype(np.float64))


def _gbm(x: np.ndarray, y: np.ndarray, params: dict[str, Any] | None = None) -> Any:
    """scikit-learn's histogram GBM with TREES (or `params` over them), deterministic: no early
    stopping, no subsampling."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**{**TREES, **(params or {})}, early_stopping=False, random_state=SEED).fit(x, y)


def fit_trees(x: np.ndarray, y: np.ndarray) -> Any:
    """Gradient-boosted trees (`_gbm`) exported to transforms.line_model.Trees."""
    from transforms.line_model import Trees

    gbm = _gbm(x, y)
    nodes = [tree.nodes for (tree,) in gbm._predictors]  # one tree per iteration for a binary target
    sizes = np.array([len(n) for n in nodes])
    roots = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    cat = np.concatenate(nodes)
    shift = np.repeat(roots, sizes)  # a tree's child indices are relative to its first node
    if cat["is_categorical"].any():
        raise ValueError("categorical splits are not supported")
    leaf = cat["is_leaf"].astype(bool)
    return Trees(
        feature=cat["feature_idx"].astype(np.int32),
        threshold=cat["num_threshold"].astype(np.float64),
        left=np.where(leaf, 0, cat["left"] + shift).astype(np.int32),
        right=np.where(leaf, 0, cat["right"] + shift).astype(np.int32),
        value=np.where(leaf, cat["value"], 0.0).astype(np.float64),
        is_leaf=leaf,
        roots=roots.astype(np.int32),
        base=float(np.ravel(gbm._baseline_prediction)[0]),
    )


def title_examples(data: Path, sets: tuple[str, ...], model: Any) -> pl.DataFrame:
    """The headline chooser's candidates of the given sets (transforms.clean.title_candidates,
    the line model's P(noise) from `model`): set, doc_id, the TITLE features, is_title (the line is
    the labelled headline)."""
    import dataclasses

    from newsclean.config import Limits
    from newsclean.evaluate import line_key
    from newsclean.rules import rules_without_model
    from transforms.clean import lines_at_title_step, title_candidates

    rules = dataclasses.replace(rules_without_model(), model=model)
    frames = []
    for name in sets:
        root, ids, df = _set_inputs(data, name)
        cand = title_candidates(lines_at_title_step(df, rules, Limits().max_line_chars), rules)
        path_of = dict(zip(df["doc_id"].to_list(), df["raw_path"].to_list()))
        gold = {}
        for i in ids:
            t = json.loads((root / f"{i}.json").read_text(encoding="utf-8")).get("title")
            gold[f"{name}/cases/{i}.txt"] = line_key(t) if t else None
        want = [gold[path_of[d]] for d in cand["doc_id"].to_list()]
        is_title = [w is not None and line_key(x) == w for x, w in zip(cand["line"].to_list(), want)]
        frames.append(cand.with_columns(set=pl.lit(name), is_title=pl.Series(is_title, dtype=pl.Boolean)))
    return pl.concat(frames)


def out_of_fold(data: Path, frame: pl.DataFrame, x: Any, log: Any = print) -> tuple[np.ndarray, pl.DataFrame]:
    """Over TITLE_FOLDS folds of sets: the first stage's log-odds of every line of page_lines from a
    model that did not see its set (the second stage learns from these, not from the first stage's
    more confident in-sample scores), and the headline candidates of every training set scored by
    a two-stage model that did not see the set (the chooser learns how far to trust the line model
    on pages it has not seen). The trees of a fold learn from the other folds' out-of-fold log-odds,
    which came from models that saw the fold's lines: a small leak, 5 tree fits instead of 25."""
    sets = tuple(frame["set"].unique(maintain_order=True).to_list())
    y = frame["y"].to_numpy().astype(np.float64)
    ex = examples(frame)
    logit = np.zeros(frame.height)
    folds = []
    for f in range(TITLE_FOLDS):
        held = tuple(s for i, s in enumerate(sets) if i % TITLE_FOLDS == f)
        held_rows = frame["set"].is_in(held).to_numpy()
        train = ex & ~held_rows
        wb = fit(x[train], y[train])
        logit[held_rows] = x[held_rows] @ wb[:-1] + wb[-1]
        folds.append((held, train, wb))
    stacked = stack_inputs(frame, logit)
    out = []
    for held, train, wb in folds:
        out.append(title_examples(data, held, line_model_of(wb, trees=fit_trees(stacked[train], y[train]))))
        log(f"  lines and headline candidates of {', '.join(held)} scored out of fold")
    return logit, pl.concat(out)


def fit_title(cand: pl.DataFrame, c: float = TITLE_C) -> np.ndarray:
    """Weights over TITLE then bias of a conditional logit: each document picks one of its
    candidates or "no headline" (score 0), trained to pick the labelled headline, or nothing when
    the headline is not among the candidates. Fitted on standardised features, returned on the
    raw scale."""
    from scipy.optimize import minimize

    from transforms.line_model import TITLE

    x = cand.select(TITLE).to_numpy().astype(np.float64)
    mu, sd = x.mean(0), x.std(0) + 1e-9
    xs = (x - mu) / sd
    y = cand["is_title"].to_numpy()
    _, doc = np.unique(cand["doc_id"].to_numpy(), return_inverse=True)
    n = int(doc.max()) + 1

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = xs @ w
        top = np.zeros(n)  # the "no headline" option scores 0
        np.maximum.at(top, doc, z)
        e = np.exp(z - top[doc])
        den = np.exp(-top)
        np.add.at(den, doc, e)
        chosen = np.zeros(n)
        np.add.at(chosen, doc, np.where(y, z, 0.0))
        value = float(-(chosen - top - np.log(den)).sum() + 0.5 / c * np.dot(w, w))
        return value, xs.T @ (e / den[doc] - y) + w / c

    w = minimize(loss, np.zeros(len(TITLE)), jac=True, method="L-BFGS-B").x
    return np.append(w / sd, -np.sum(w * mu / sd))


def _save(out: Path, wb: np.ndarray, meta: dict[str, Any], title: np.ndarray | None = None, trees: Any = None) -> None:
    from transforms.line_model import DENSE, STACK, TITLE

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("wb") as fh:
        np.savez_compressed(
            fh,
            weights=wb[:DIM].astype(np.float32),
            dense=wb[DIM:-1].astype(np.float64),
            bias=np.float64(wb[-1]),
            dim=np.int64(DIM),
            seed=np.int64(SEED),
            dense_names=np.array(DENSE),
            meta=np.array(json.dumps(meta, sort_keys=True)),
            **({} if title is None else {"title_weights": title, "title_names": np.array(TITLE)}),
            **({} if trees is None else {
                "tree_feature": trees.feature, "tree_threshold": trees.threshold, "tree_left": trees.left,
                "tree_right": trees.right, "tree_value": trees.value, "tree_is_leaf": trees.is_leaf,
                "tree_roots": trees.roots, "tree_base": np.float64(trees.base),
                "tree_names": np.array(STACK),
            }),
        )
    tmp.replace(out)


def feature_digest(data: Path) -> str:
    """What the fitted weights depend on: the training cases, the rules file without its decision
    settings ([line_model] mostly says what to do with the model's probabilities), the code's
    feature lists and fitting settings, and the source of the clean stage and the line model.
    Leave-one-set-out models cached under this key stay valid while only decision settings
    change."""
    import transforms.clean
    import transforms.line_model
    from newsclean.rules import rules_doc
    from transforms.line_model import DENSE, STACK, TITLE

    doc = {k: v for k, v in rules_doc().items() if k != "line_model"}
    # One decision setting also chooses the examples and the lines the model reads.
    doc["line_model"] = {"max_words": rules_doc()["line_model"]["max_words"]}
    h = hashlib.sha256()
    # The code that computes the features and applies the model: a change there may change what
    # the models learn, and a stale cache would report figures of code that no longer exists.
    sources = [Path(m.__file__).read_text(encoding="utf-8") for m in (transforms.clean, transforms.line_model)]
    code = ("\n".join(DENSE), "\n".join(TITLE), "\n".join(STACK), json.dumps(TREES, sort_keys=True), f"{C} {TITLE_C} {TITLE_FOLDS}", *sources)
    for part in (data_digest(data), json.dumps(doc, sort_keys=True, default=str), *code):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def left_out_models(data: Path, cache: Path | None = None, log: Any = print) -> dict[str, Any]:
    """For each development set, the line model and headline chooser fitted on the other sets,
    with the rules file's decision settings. With `cache`, the fitted weights are written there
    (one file per set, named by feature_digest) and read back on the next call while the digest
    holds, so trying decision settings costs an evaluation, not 21 fits. (The headline chooser
    was fitted with the decision settings of the run that wrote the cache.)"""
    from newsclean.rules import load_line_model

    key = feature_digest(data)[:16]
    settings = model_settings()
    files = {name: cache / f"{name}.{key}.npz" for name in TRAIN_SETS} if cache is not None else {}
    if files and all(f.exists() for f in files.values()):
        log(f"left-out models read from {cache} (key {key})")
        return {name: load_line_model(f, settings, str(f)) for name, f in files.items()}
    frame = page_lines(data)
    x = design(frame)  # a row depends on its line only, so a subset's design is a row slice
    logit, cand = out_of_fold(data, frame, x, log)
    stacked = stack_inputs(frame, logit)
    ex = examples(frame)
    models = {}
    for left_out in TRAIN_SETS:
        keep = ex & (frame["set"] != left_out).to_numpy()
        y = frame["y"].to_numpy()[keep].astype(np.float64)
        wb = fit(x[keep], y)
        trees = fit_trees(stacked[keep], y)
        title = fit_title(cand.filter(pl.col("set") != left_out))
        models[left_out] = line_model_of(wb, title, trees)
        if cache is not None:
            _save(files[left_out], wb, {"left_out": left_out, "feature_digest": key, "lines": int(keep.sum())}, title, trees)
        log(f"  fitted without {left_out}")
    return models


def cross_validate(
    data: Path, log: Any = print, cache: Path | None = None, overrides: dict[str, float] | None = None
) -> list[dict[str, Any]]:
    """Leave one development set out: fit the line model and the headline chooser on the others,
    clean the left-out set with and without them, and compare (`newsclean eval` figures). The
    rules were tuned on every set, so this mostly measures what the learned signals do on pages
    they have not seen. (The chooser's out-of-fold candidates of the other sets come from line
    models that saw the left-out set; the chooser has 20 weights, so that leak is small.)
    `overrides` replaces decision settings of [line_model] (threshold, alone, ...) for this run."""
    import dataclasses

    from newsclean import evaluate as ev
    from newsclean.rules import boilerplate_rules

    models = left_out_models(data, cache, log)
    base = boilerplate_rules()
    name_of = {folder: name for name, (folder, _) in TEXTSETS.items()}
    keep = ("f1", "residue_files", "noise_lines_left", "body_lines_lost", "title_accuracy", "cases")
    rows = []
    for left_out in TRAIN_SETS:
        model = dataclasses.replace(models[left_out], **(overrides or {}))
        row: dict[str, Any] = {"left_out": left_out}
        for label, rules in (("rules", dataclasses.replace(base, model=None)), ("rules+model", dataclasses.replace(base, model=model))):
            m = ev.evaluate_textset(data, left_out, rules).metrics
            row[label] = {k: m[k] for k in keep}
            # The set's stories alone, as clean records: what the left-out model takes from them.
            row[label]["clean_text_lost"] = ev.evaluate_clean_text(data, rules, [name_of[left_out]]).metrics["dev.body_lines_lost"]
        rows.append(row)
        log(f"{left_out:>18}: " + "  |  ".join(
            f"{label} F1 {r['f1']:.3f} residue {r['residue_files']:.0f} noise left {r['noise_lines_left']:.0f} "
            f"lost {r['body_lines_lost']:.0f} titles {r['title_accuracy']:.0%} clean text lost {r['clean_text_lost']:.0f}"
            for label, r in (("rules", row["rules"]), ("+model", row["rules+model"]))))
    for label in ("rules", "rules+model"):
        total = {k: sum(r[label][k] for r in rows) for k in ("residue_files", "noise_lines_left", "body_lines_lost", "clean_text_lost")}
        mean_f1 = sum(r[label]["f1"] for r in rows) / len(rows)
        log(f"{'total, ' + label:>18}: noise lines left {total['noise_lines_left']:.0f}, story lines lost "
            f"{total['body_lines_lost']:.0f}, residue files {total['residue_files']:.0f}, mean F1 {mean_f1:.4f}, "
            f"clean-text story lines lost {total['clean_text_lost']:.0f}")
    return rows


def set_folds(frame: pl.DataFrame, folds: int) -> np.ndarray:
    """Each line's fold: whole sets, dealt round-robin in page_lines order, so a fold's lines come
    from pages (and sites, and writers) the other folds never saw."""
    sets = frame["set"].unique(maintain_order=True).to_list()
    if not 2 <= folds <= len(sets):
        raise SystemExit(f"newsclean train-model: --folds must be between 2 and the {len(sets)} sets")
    return frame["set"].replace_strict({s: i % folds for i, s in enumerate(sets)}, return_dtype=pl.Int32).to_numpy()


def line_scores(p: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Log-loss of P(noise) over example lines, and at P >= 0.7 and >= 0.9 the noise lines caught and
    the story lines hit (a story, headline or caption line the model would call noise)."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    out = {"log_loss": float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))}
    for at in (0.7, 0.9):
        out[f"caught@{at}"] = int(((p >= at) & (y == 1)).sum())
        out[f"hit@{at}"] = int(((p >= at) & (y == 0)).sum())
    return out


def line_cv(
    data: Path, cs: list[float], trees: list[dict[str, Any]], folds: int = FOLDS, sets: tuple[str, ...] = TRAIN_SETS,
    log: Any = print,
) -> list[dict[str, Any]]:
    """Line-level cross-validation of the fitting settings over folds of whole sets: for each
    first-stage C, the first stage's log-odds out of fold; for each tree setting (over TREES), the
    second stage fitted on the other folds' out-of-fold log-odds and scored on the fold's lines.
    No cleaning runs, so a setting costs minutes, not a leave-one-set-out run; the decision
    settings are then measured with `--cv`. This chose TREES and C."""
    frame = page_lines(data, sets)
    x = design(frame)
    y = frame["y"].to_numpy().astype(np.float64)
    ex = examples(frame)
    fold = set_folds(frame, folds)
    log(f"{int(ex.sum()):,} example lines of {len(sets)} sets in {folds} folds of sets")
    rows = []
    for c in cs:
        logit = np.zeros(frame.height)
        for f in range(folds):
            wb = fit(x[ex & (fold != f)], y[ex & (fold != f)], c)
            logit[fold == f] = x[fold == f] @ wb[:-1] + wb[-1]
        results = [(f"C={c:g} first stage", 1.0 / (1.0 + np.exp(-logit)))]
        stacked = stack_inputs(frame, logit)
        for params in trees:
            p = np.zeros(frame.height)
            for f in range(folds):
                train = ex & (fold != f)
                p[fold == f] = _gbm(stacked[train], y[train], params).predict_proba(stacked[fold == f])[:, 1]
            results.append((f"C={c:g} trees {json.dumps({**TREES, **params}, sort_keys=True)}", p))
        for name, p in results:
            row = {"model": name, **line_scores(p[ex], y[ex])}
            rows.append(row)
            log(f"{name}: log-loss {row['log_loss']:.4f}; at P >= 0.7 caught {row['caught@0.7']:,} hit {row['hit@0.7']:,}; "
                f"at P >= 0.9 caught {row['caught@0.9']:,} hit {row['hit@0.9']:,}")
    return rows


def parse_trees(values: list[str]) -> list[dict[str, Any]]:
    """`--trees '{"max_iter": 300}'` → settings over TREES, checked against its keys."""
    out = []
    for value in values:
        try:
            params = json.loads(value)
        except json.JSONDecodeError:
            raise SystemExit(f"newsclean train-model: --trees wants a JSON object; got {value!r}") from None
        unknown = set(params) - set(TREES) if isinstance(params, dict) else {"(not an object)"}
        if unknown:
            raise SystemExit(f"newsclean train-model: --trees keys are {', '.join(sorted(TREES))}; got {', '.join(sorted(unknown))}")
        out.append(params)
    return out


def parse_overrides(pairs: list[str]) -> dict[str, float]:
    """`--set threshold=0.6` pairs → LineModel decision fields, checked against [line_model]."""
    from newsclean.rules import model_decisions

    known = model_decisions(model_settings())
    out: dict[str, float] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in known:
            raise SystemExit(f"newsclean train-model: --set wants KEY=VALUE with KEY one of {', '.join(sorted(known))}; got {pair!r}")
        try:
            out[key] = type(known[key])(value)
        except ValueError:
            raise SystemExit(f"newsclean train-model: --set {key}: {value!r} is not a number") from None
    return out


def model_settings() -> dict[str, Any]:
    """The [line_model] section of the rules file."""
    from newsclean.rules import rules_doc

    return dict(rules_doc()["line_model"])


def train(data: Path, out: Path, log: Any = print) -> dict[str, Any]:
    from transforms.line_model import tree_logit

    started = time.monotonic()
    frame = page_lines(data)
    ex = examples(frame)
    y = frame["y"].to_numpy()[ex].astype(np.float64)
    x = design(frame)
    wb = fit(x[ex], y)
    logit, cand = out_of_fold(data, frame, x, log)
    trees = fit_trees(stack_inputs(frame, logit)[ex], y)
    title = fit_title(cand)
    # Training accuracy of the two stages as the clean stage runs them (trees over the full first
    # stage's log-odds).
    p = 1.0 / (1.0 + np.exp(-tree_logit(stack_inputs(frame, x @ wb[:-1] + wb[-1])[ex], trees)))
    meta = {
        "trained_on": list(TRAIN_SETS),
        "data_sha256": data_digest(data),
        "rules_sha256": rules_digest(),
        "lines": int(ex.sum()),
        "noise_lines": int(y.sum()),
        "c": C,
        "train_accuracy": round(float(np.mean((p >= 0.5) == (y == 1))), 4),
        "trees": len(trees.roots),
        "title_candidates": int(cand.height),
        "title_documents": int(cand["doc_id"].n_unique()),
        "trained_at": time.strftime("%Y-%m-%d"),
    }
    _save(out, wb, meta, title, trees)
    log(f"trained on {int(ex.sum()):,} lines ({int(y.sum()):,} noise) from {', '.join(TRAIN_SETS)} "
        f"in {time.monotonic() - started:.1f} s; training accuracy {meta['train_accuracy']:.3f}; wrote {out}")
    return meta


def main(args: argparse.Namespace) -> int:
    from newsclean.rules import boilerplate_rules

    if args.line_cv:
        if args.cv or args.set or args.cache:
            raise SystemExit("newsclean train-model: --line-cv goes without --cv, --set and --cache")
        line_cv(Path(args.data), args.c or [C], parse_trees(args.trees or ["{}"]), args.folds or FOLDS)
        return 0
    if args.c or args.trees or args.folds is not None:
        raise SystemExit("newsclean train-model: --c, --trees and --folds only go with --line-cv")
    if args.cv:
        overrides = parse_overrides(args.set or [])
        cross_validate(Path(args.data), cache=Path(args.cache) if args.cache else None, overrides=overrides)
        return 0
    if args.set or args.cache:
        raise SystemExit("newsclean train-model: --set and --cache only go with --cv")
    out = Path(args.out) if args.out else Path(str(resources.files("newsclean").joinpath("rules", MODEL_FILE)))
    train(Path(args.data), out)
    boilerplate_rules.cache_clear()
    return 0
