"""Load and check the rule files once. Rules are data (newsclean/rules/*.toml); code only applies them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import polars as pl

from newsclean.schemas import BOILERPLATE_KINDS
from transforms.line_model import DENSE, STACK, TITLE, LineModel, Trees

# caption, byline and dateline lines are moved to their fields rather than dropped.
MOVED_KINDS = ("caption", "byline", "dateline")
RULE_KINDS = set(BOILERPLATE_KINDS) | set(MOVED_KINDS)
ROLES = {"line", "block_head", "run_head", "caption", "attribution", "byline", "dateline", "title_label"}
# Roles whose first capture group is kept (source name, author names, date text).
CAPTURING_ROLES = {"attribution", "byline", "dateline"}


class RuleError(ValueError):
    """A rule file is invalid; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    kind: str
    name: str
    pattern: str
    weight: float
    role: str = "line"
    # The rule only applies to lines with at most this many words (None: any length).
    max_words: float | None = None
    # The first capture group names something the next line must name too (in its first
    # `echo_chars` characters); the match then covers both lines ("About Kestrel Robotics" over
    # "Kestrel Robotics Inc. designs ...": a press release's company boilerplate).
    echo: bool = False
    # Plain text only: on HTML the extractor decided what belongs to the article, and the rule
    # would take half of something the clean stage cannot judge there.
    text_only: bool = False

    @property
    def anchored(self) -> bool:
        """Anchored at the line start: a phrase the line opens with, not one it quotes. Every
        top-level alternative must open with ^: in '^get our newsletter|订阅.{0,12}电子报' the
        second one matches inside a story sentence that quotes a sign-up box."""
        return all(b.startswith("^") for b in self.branches)

    @property
    def opening(self) -> str | None:
        """For a pattern with both kinds of top-level alternatives, the anchored ones as a pattern
        (a hit they make is a line's opening phrase; the others' hits are cues inside it)."""
        heads = [b for b in self.branches if b.startswith("^")]
        return "|".join(heads) if heads and len(heads) < len(self.branches) else None

    @cached_property
    def branches(self) -> list[str]:
        """The pattern's top-level alternatives (outside groups and character classes), without a
        leading inline flag group. Parsed once per rule: the clean stage asks for every batch."""
        flags = re.match(r"^\(\?[a-zA-Z]+\)", self.pattern)
        body = self.pattern[flags.end():] if flags else self.pattern
        out, depth, in_class, cur, i = [], 0, False, [], 0
        while i < len(body):
            ch = body[i]
            if ch == "\\":
                cur.append(body[i:i + 2])
                i += 2
                continue
            if in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch in "()":
                depth += 1 if ch == "(" else -1
            elif ch == "|" and depth == 0:
                out.append("".join(cur))
                cur = []
                i += 1
                continue
            cur.append(ch)
            i += 1
        return [*out, "".join(cur)]


@dataclass(frozen=True)
class CallToAction:
    """The call-to-action signal ([call_to_action] in boilerplate.toml): each pattern list is
    joined into one alternation."""

    address: str
    address_cased: str
    imperative: str
    terms: str
    reporting: str
    address_weight: float
    imperative_weight: float
    term_weight: float
    max_terms: int
    threshold: float
    max_words: int
    quoted_span_words: int
    quoted_span_chars: int


@dataclass(frozen=True)
class BoilerplateRules:
    settings: dict[str, Any]
    rules: tuple[Rule, ...]
    ticker_token: str
    ticker_line: tuple[str, ...]
    # A line opening so is an item of the story's own list, never part of a ticker widget.
    ticker_list_item: str
    markers: tuple[str, ...]
    cta: CallToAction
    # The learned line signal (transforms/line_model.py); None switches it off.
    model: LineModel | None = None

    def by_kind(self) -> dict[str, list[Rule]]:
        out: dict[str, list[Rule]] = {}
        for r in self.rules:
            out.setdefault(r.kind, []).append(r)
        return out

    def role(self, role: str) -> list[Rule]:
        return [r for r in self.rules if r.role == role]


def _check_regex(where: str, pattern: str, groups: int | None = None) -> None:
    # Polars runs the patterns (Rust regex syntax), so it is also what checks them.
    try:
        probe = pl.Series([""], dtype=pl.String)
        probe.str.contains(pattern)
        if groups is not None:
            import regex

            # The `regex` module reads \p{..} classes like Rust's engine, so it can count groups.
            if regex.compile(pattern).groups < groups:
                raise RuleError(f"{where}: needs {groups} capture group(s)")
    except pl.exceptions.ComputeError as exc:
        raise RuleError(f"{where}: bad regex: {exc}") from exc


def case_class_outside_case_group(pattern: str) -> bool:
    """Whether a case class (\\p{Lu}, \\p{Ll}, \\p{Lt} or a negation) sits outside a `(?-i:...)`
    group. The clean stage runs every pattern case-insensitively, and under (?i) Rust's engine
    folds such a class to any letter of either case: `by\\s+[\\p{Lu}]…` took "By lunchtime, three
    observatories had confirmed it." for a byline."""
    stack: list[bool] = []  # one entry per open group: is it a (?-i:...) group?
    i, in_class = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if pattern[i + 1 : i + 2] in ("p", "P") and pattern[i + 2 : i + 6] in ("{Lu}", "{Ll}", "{Lt}") and not any(stack):
                return True
            i += 2
            continue
        if ch == "[":
            in_class += 1
        elif ch == "]" and in_class:
            in_class -= 1
        elif ch == "(" and not in_class:
            stack.append(pattern.startswith("(?-i:", i))
        elif ch == ")" and not in_class and stack:
            stack.pop()
        i += 1
    return False


_REQUIRED_SETTINGS = {
    "remove_threshold": float,
    "edge_bonus": float,
    "edge_fraction": float,
    "tail_block_from": float,
    "short_line_words": int,
    "ticker_run_min": int,
    "ticker_run_share": float,
    "ticker_line_min_tokens": int,
    "ticker_line_share": float,
    "masthead_max_words": int,
    "title_max_words": int,
    "title_search_lines": int,
    "wrapped_min_words": int,
    "template_min_docs": int,
    "template_min_share": float,
    "template_max_share": float,
    "quoted_factor": float,
    "quoted_min_words": int,
    "button_max_words": int,
    "echo_chars": int,
    "inline_label_chars": int,
}
_RULE_KEYS = {"kind", "name", "pattern", "weight", "role", "max_words", "echo", "text_only"}


def parse_boilerplate(doc: dict[str, Any], source: str = "<rules>") -> BoilerplateRules:
    settings = doc.get("settings", {})
    for key, typ in _REQUIRED_SETTINGS.items():
        if key not in settings:
            raise RuleError(f"{source}: settings.{key} missing")
        if not isinstance(settings[key], (int, float)) or isinstance(settings[key], bool):
            raise RuleError(f"{source}: settings.{key} must be a number")
        settings[key] = typ(settings[key])
    raw_rules = doc.get("rule", [])
    if not raw_rules:
        raise RuleError(f"{source}: no [[rule]] entries")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, r in enumerate(raw_rules):
        where = f"{source}: rule #{i} ({r.get('name', '?')})"
        if unknown := set(r) - _RULE_KEYS:
            # A misspelt key ("maxwords") would otherwise be ignored without a word.
            raise RuleError(f"{where}: unknown key(s) {sorted(unknown)}")
        try:
            rule = Rule(
                kind=r["kind"],
                name=r["name"],
                pattern=r["pattern"],
                weight=float(r["weight"]),
                role=r.get("role", "line"),
                max_words=float(r["max_words"]) if "max_words" in r else None,
                echo=bool(r.get("echo", False)),
                text_only=bool(r.get("text_only", False)),
            )
        except KeyError as exc:
            raise RuleError(f"{where}: missing {exc}") from exc
        if rule.kind not in RULE_KINDS:
            raise RuleError(f"{where}: unknown kind {rule.kind!r}")
        if rule.role not in ROLES:
            raise RuleError(f"{where}: unknown role {rule.role!r}")
        if not 0 < rule.weight <= 1:
            raise RuleError(f"{where}: weight must be in (0, 1]")
        if rule.name in seen:
            raise RuleError(f"{where}: duplicate name")
        seen.add(rule.name)
        if rule.max_words is not None and rule.max_words <= 0:
            raise RuleError(f"{where}: max_words must be positive")
        if rule.echo and rule.role != "line":
            raise RuleError(f"{where}: echo only applies to role = \"line\"")
        _check_regex(where, rule.pattern, 1 if rule.role in CAPTURING_ROLES or rule.echo else None)
        if case_class_outside_case_group(rule.pattern):
            raise RuleError(f"{where}: a case class (\\p{{Lu}}, \\p{{Ll}}, \\p{{Lt}}) matches either case here; wrap it in (?-i:...)")
        rules.append(rule)
    kinds_present = {r.kind for r in rules}
    for needed in ("cookie_banner", "disclaimer", "related_links", "share_bar", "comments", "attribution"):
        if needed not in kinds_present:
            raise RuleError(f"{source}: kind {needed} has no rules")
    ticker = doc.get("ticker", {})
    if not ticker.get("token") or not ticker.get("line") or not ticker.get("list_item"):
        raise RuleError(f"{source}: [ticker] needs token, line and list_item")
    _check_regex(f"{source}: ticker.token", ticker["token"])
    _check_regex(f"{source}: ticker.list_item", ticker["list_item"])
    for j, p in enumerate(ticker["line"]):
        _check_regex(f"{source}: ticker.line[{j}]", p)
    markers = tuple(doc.get("markers", {}).get("patterns", []))
    if not markers:
        raise RuleError(f"{source}: [markers] patterns missing")
    for j, p in enumerate(markers):
        import re

        try:
            re.compile(p)
        except re.error as exc:
            raise RuleError(f"{source}: markers[{j}]: bad regex: {exc}") from exc
    # Strongest rules first, so the audit names the rule that decided.
    rules.sort(key=lambda r: -r.weight)
    return BoilerplateRules(
        settings, tuple(rules), ticker["token"], tuple(ticker["line"]), ticker["list_item"], markers, _parse_cta(doc, source)
    )


_CTA_NUMBERS = {
    "address_weight": float,
    "imperative_weight": float,
    "term_weight": float,
    "max_terms": int,
    "threshold": float,
    "max_words": int,
    "quoted_span_words": int,
    "quoted_span_chars": int,
}
_CTA_PATTERNS = ("address", "address_cased", "imperative", "terms", "reporting")


def _parse_cta(doc: dict[str, Any], source: str) -> CallToAction:
    sec = doc.get("call_to_action")
    if not isinstance(sec, dict):
        raise RuleError(f"{source}: [call_to_action] missing")
    values: dict[str, Any] = {}
    for key, typ in _CTA_NUMBERS.items():
        v = sec.get(key)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v <= 0:
            raise RuleError(f"{source}: call_to_action.{key} must be a positive number")
        values[key] = typ(v)
    for key in _CTA_PATTERNS:
        pats = sec.get(key)
        if not pats or not all(isinstance(p, str) and p for p in pats):
            raise RuleError(f"{source}: call_to_action.{key} must be a non-empty list of patterns")
        for j, p in enumerate(pats):
            _check_regex(f"{source}: call_to_action.{key}[{j}]", p)
        values[key] = "|".join(f"(?:{p})" for p in pats)
    return CallToAction(**values)


_MODEL_SETTINGS = {"file": str, "threshold": float, "max_words": float, "sentence_words": float, "paragraph_words": float, "title_window": int, "story_below": float, "alone": float, "sentence_min_words": float, "sentence_sure": float, "ad_run_below": float, "between_below": float, "guard_sure": float}


def load_line_model(path: Any, settings: dict[str, Any], source: str) -> LineModel:
    """The weights file written by `newsclean train-model`, checked against the code's feature
    list, with the decision settings of the rules file's [line_model] section."""
    import json

    import numpy as np

    for key, typ in _MODEL_SETTINGS.items():
        if not isinstance(settings.get(key), typ if typ is str else (int, float)) or isinstance(settings.get(key), bool):
            raise RuleError(f"{source}: line_model.{key} missing or not a {typ.__name__}")
    if not 0 < settings["threshold"] < 1:
        raise RuleError(f"{source}: line_model.threshold must be in (0, 1)")
    for key in ("alone", "sentence_sure", "guard_sure"):
        if not settings["threshold"] <= settings[key] <= 1:
            raise RuleError(f"{source}: line_model.{key} must be in [threshold, 1] (1 switches it off)")
    try:
        with path.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except (OSError, ValueError) as exc:
        raise RuleError(f"{source}: line_model.file {settings['file']!r} cannot be read: {exc}") from exc
    need = {"weights", "dense", "bias", "dim", "seed", "dense_names", "meta"}
    if not need <= set(arrays):
        raise RuleError(f"{source}: {settings['file']} lacks {sorted(need - set(arrays))}")
    names = tuple(str(x) for x in arrays["dense_names"])
    if names != DENSE:
        raise RuleError(f"{source}: {settings['file']} was trained on features {names}, the code has {DENSE}: retrain (`make model`)")
    dim = int(arrays["dim"])
    weights = arrays["weights"].astype(np.float32)
    dense = arrays["dense"].astype(np.float64)
    if weights.shape != (dim,) or dense.shape != (len(DENSE),) or not (np.isfinite(weights).all() and np.isfinite(dense).all()):
        raise RuleError(f"{source}: {settings['file']} has weights of the wrong shape or non-finite values")
    title = None
    if "title_weights" in arrays:
        if tuple(str(x) for x in arrays.get("title_names", ())) != TITLE:
            raise RuleError(f"{source}: {settings['file']} has a headline chooser over other features than the code's: retrain (`make model`)")
        title = arrays["title_weights"].astype(np.float64)
        if title.shape != (len(TITLE) + 1,) or not np.isfinite(title).all():
            raise RuleError(f"{source}: {settings['file']} has headline weights of the wrong shape or non-finite values")
    trees = None
    if "tree_feature" in arrays:
        if tuple(str(x) for x in arrays.get("tree_names", ())) != STACK:
            raise RuleError(f"{source}: {settings['file']} has trees over other features than the code's: retrain (`make model`)")
        trees = Trees(
            feature=arrays["tree_feature"].astype(np.int32),
            threshold=arrays["tree_threshold"].astype(np.float64),
            left=arrays["tree_left"].astype(np.int32),
            right=arrays["tree_right"].astype(np.int32),
            value=arrays["tree_value"].astype(np.float64),
            is_leaf=arrays["tree_is_leaf"].astype(bool),
            roots=arrays["tree_roots"].astype(np.int32),
            base=float(arrays["tree_base"]),
        )
        n = len(trees.feature)
        inner = ~trees.is_leaf
        if not (
            all(len(a) == n for a in (trees.threshold, trees.left, trees.right, trees.value, trees.is_leaf))
            and ((trees.feature[inner] >= 0) & (trees.feature[inner] < len(STACK))).all()
            and ((trees.left[inner] > np.flatnonzero(inner)) & (trees.left[inner] < n)).all()
            and ((trees.right[inner] > np.flatnonzero(inner)) & (trees.right[inner] < n)).all()
            and ((trees.roots >= 0) & (trees.roots < n)).all()
            and np.isfinite(trees.value).all()
        ):
            raise RuleError(f"{source}: {settings['file']} has malformed trees: retrain (`make model`)")
    return LineModel(
        weights=weights,
        dense=dense,
        bias=float(arrays["bias"]),
        dim=dim,
        seed=int(arrays["seed"]),
        title=title,
        trees=trees,
        meta=json.loads(str(arrays["meta"])),
        **model_decisions(settings),
    )


def model_decisions(settings: dict[str, Any]) -> dict[str, Any]:
    """The LineModel decision fields from the rules file's [line_model] section (every setting
    but the file name)."""
    return {key: (int if typ is int else float)(settings[key]) for key, typ in _MODEL_SETTINGS.items() if typ is not str}


def rules_doc() -> dict[str, Any]:
    """The rules file, parsed but not checked."""
    return tomllib.loads(resources.files("newsclean").joinpath("rules/boilerplate.toml").read_text(encoding="utf-8"))


def rules_without_model() -> BoilerplateRules:
    """The rules alone (what the learned signal is trained on top of)."""
    return parse_boilerplate(rules_doc(), "newsclean/rules/boilerplate.toml")


@lru_cache(maxsize=1)
def boilerplate_rules() -> BoilerplateRules:
    import dataclasses

    folder = resources.files("newsclean").joinpath("rules")
    source = "newsclean/rules/boilerplate.toml"
    doc = rules_doc()
    rules = parse_boilerplate(doc, source)
    settings = doc.get("line_model")
    if settings is None:
        return rules
    return dataclasses.replace(rules, model=load_line_model(folder.joinpath(str(settings.get("file"))), settings, source))


@dataclass(frozen=True)
class DedupParams:
    shingle_words: int
    num_perm: int
    bands: int
    rows: int
    jaccard: float
    containment: float
    containment_min_jaccard: float
    min_shingles: int
    seed: int

    def __post_init__(self) -> None:
        if self.bands * self.rows != self.num_perm:
            raise RuleError(f"dedup: bands*rows ({self.bands}*{self.rows}) != num_perm ({self.num_perm})")
        if self.num_perm & (self.num_perm - 1) or not 16 <= self.num_perm <= 1024:
            raise RuleError("dedup: num_perm must be a power of two in [16, 1024] (one-permutation bins)")
        if not (0 < self.containment_min_jaccard <= self.jaccard <= 1 and 0 < self.containment <= 1):
            raise RuleError("dedup: thresholds must satisfy 0 < containment_min_jaccard <= jaccard <= 1")
        if self.shingle_words < 1 or self.min_shingles < 1:
            raise RuleError("dedup: shingle_words and min_shingles must be >= 1")


@lru_cache(maxsize=1)
def dedup_params() -> DedupParams:
    text = resources.files("newsclean").joinpath("rules/dedup.toml").read_text(encoding="utf-8")
    doc = tomllib.loads(text)
    try:
        return DedupParams(**doc)
    except TypeError as exc:
        raise RuleError(f"newsclean/rules/dedup.toml: {exc}") from exc
