"""`newsclean train-model`: fit the clean stage's learned line signal (transforms/line_model.py)
on the labelled development sets and write newsclean/rules/line_model.npz.

The sets are read exactly as `newsclean eval` reads them (ingest → extract → the clean stage's
line features), every line with at most the model's `max_words` words that its labels call
noise (1) or story, headline or caption (0) is an example. The held-out set is
never read. Fitting is L2-regularised logistic regression (L-BFGS), deterministic for the same
data and rules. The file records a digest of both, so a test can tell when it is stale.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from newsclean.textsets import BLIND, TRAIN_SETS

DIM = 2**18
SEED = 20261125
C = 10.0
MODEL_FILE = "line_model.npz"


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


def labelled_lines(data: Path, sets: tuple[str, ...] = TRAIN_SETS) -> pl.DataFrame:
    """One row per labelled line: set, doc_id, m (the text the model reads), the context
    features and y."""
    from newsclean.config import Limits
    from newsclean.evaluate import line_key
    from newsclean.rules import rules_without_model
    from transforms.clean import clean_inputs, model_inputs
    from transforms.extract import extract
    from transforms.ingest import RawInput, ingest

    assert not BLIND & set(sets), "a held-out set is never used for training"
    rules, limits = rules_without_model(), Limits()
    max_words = float(model_settings()["max_words"])
    frames = []
    for name in sets:
        root = data / name / "cases"
        ids = sorted(p.stem for p in root.glob("*.json"))
        items = [RawInput(f"{name}/cases/{i}.txt", (root / f"{i}.txt").read_bytes()) for i in ids]
        df = clean_inputs(extract(ingest(items, limits), limits))
        lines = model_inputs(df, rules, limits.max_line_chars).filter(pl.col("words") <= max_words)
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
        frames.append(lines.with_columns(set=pl.lit(name), y=pl.Series(ys, dtype=pl.Int8)).filter(pl.col("y") >= 0))
    return pl.concat(frames)


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


def _save(out: Path, wb: np.ndarray, meta: dict[str, Any]) -> None:
    from transforms.line_model import DENSE

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
        )
    tmp.replace(out)


def cross_validate(data: Path, log: Any = print) -> list[dict[str, Any]]:
    """Leave one development set out: fit on the others, clean the left-out set with and without
    the model, and compare (`newsclean eval` figures). The rules were tuned on every set, so this
    mostly measures what the model costs in story lines on pages it has not seen."""
    import dataclasses
    import tempfile

    from newsclean import evaluate as ev
    from newsclean.rules import boilerplate_rules, load_line_model

    frame = labelled_lines(data)
    base = boilerplate_rules()
    settings = model_settings()
    rows = []
    for left_out in TRAIN_SETS:
        part = frame.filter(pl.col("set") != left_out)
        wb = fit(design(part), part["y"].to_numpy().astype(np.float64))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / MODEL_FILE
            _save(path, wb, {"cv_left_out": left_out})
            model = load_line_model(path, settings, "cross-validation")
        row: dict[str, Any] = {"left_out": left_out}
        for label, rules in (("rules", dataclasses.replace(base, model=None)), ("rules+model", dataclasses.replace(base, model=model))):
            m = ev.evaluate_textset(data, left_out, rules).metrics
            row[label] = {k: m[k] for k in ("f1", "residue_files", "noise_lines_left", "body_lines_lost", "cases")}
        rows.append(row)
        log(f"{left_out:>18}: rules F1 {row['rules']['f1']:.3f} residue {row['rules']['residue_files']:.0f} "
            f"noise left {row['rules']['noise_lines_left']:.0f} lost {row['rules']['body_lines_lost']:.0f}  |  "
            f"+model F1 {row['rules+model']['f1']:.3f} residue {row['rules+model']['residue_files']:.0f} "
            f"noise left {row['rules+model']['noise_lines_left']:.0f} lost {row['rules+model']['body_lines_lost']:.0f}")
    return rows


def model_settings() -> dict[str, Any]:
    """The [line_model] section of the rules file."""
    from newsclean.rules import rules_doc

    return dict(rules_doc()["line_model"])


def train(data: Path, out: Path, log: Any = print) -> dict[str, Any]:
    started = time.monotonic()
    frame = labelled_lines(data)
    y = frame["y"].to_numpy().astype(np.float64)
    x = design(frame)
    wb = fit(x, y)
    p = 1.0 / (1.0 + np.exp(-(x @ wb[:-1] + wb[-1])))
    meta = {
        "trained_on": list(TRAIN_SETS),
        "data_sha256": data_digest(data),
        "rules_sha256": rules_digest(),
        "lines": int(frame.height),
        "noise_lines": int(y.sum()),
        "c": C,
        "train_accuracy": round(float(np.mean((p >= 0.5) == (y == 1))), 4),
        "trained_at": time.strftime("%Y-%m-%d"),
    }
    _save(out, wb, meta)
    log(f"trained on {frame.height:,} lines ({int(y.sum()):,} noise) from {', '.join(TRAIN_SETS)} "
        f"in {time.monotonic() - started:.1f} s; training accuracy {meta['train_accuracy']:.3f}; wrote {out}")
    return meta


def main(args: argparse.Namespace) -> int:
    from newsclean.rules import boilerplate_rules

    if args.cv:
        cross_validate(Path(args.data))
        return 0
    out = Path(args.out) if args.out else Path(str(resources.files("newsclean").joinpath("rules", MODEL_FILE)))
    train(Path(args.data), out)
    boilerplate_rules.cache_clear()
    return 0
