"""Clean: remove boilerplate from extracted text, line by line, with an audit of every removed span.

A general line classifier over a Polars frame of lines (one row per line of every document in
the batch). It combines:
  - rules as data (newsclean/rules/boilerplate.toml), scored per kind, so a cue that needs
    company (the word "cookies") does not remove a story line on its own;
  - structure: word counts, sentence endings, price/percent tokens, runs of short lines, the
    page edges, a masthead line above the title;
  - repetition: a line doubled on itself ("X.X."), a line repeated back to back, lines shared
    by many documents of the same site (template text);
  - block context: a "You May Also Like" heading takes its teasers with it.
Titles, deks and photo captions are not noise: they are moved to their own columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from newsclean.rules import CAPTURING_ROLES, MOVED_KINDS, BoilerplateRules
from newsclean.schemas import BOILERPLATE
from transforms import line_model
from transforms.fields import host_of

# Roles of headings, which take lines under them (and name a labelled line: "Related: ...").
HEAD_ROLES = ("block_head", "run_head")
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# Scripts written without spaces between words (Thai, Lao, Khmer, Burmese): a space there ends a
# clause, not a word, so their letters are counted instead, about 4 code points to a word.
_UNSPACED = r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
_WORD = r"[^\s\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{P}\p{S}]+"
# Sentence ends of the scripts the sets hold: Latin, CJK, the Devanagari danda (।, ॥), the
# Arabic-script question mark and full stop (؟, ۔).
_SENT_END = r"[.!?。！？…।॥؟۔][\"'”’」』)）\]]*$"
_TITLE_BAD_END = r"[.。:：;；,，、\-–—]$"
_SPACES = r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+"

INPUT_COLUMNS = ("doc_id", "text", "site", "title_hint", "content_type")
OUTPUT_SCHEMA = pl.Schema(
    {
        "doc_id": pl.String,
        "body": pl.String,
        "clean_title": pl.String,
        "clean_subtitle": pl.String,
        "masthead": pl.String,
        "captions": pl.List(pl.String),
        "clean_authors": pl.String,
        "clean_date": pl.String,
        "original_source": pl.String,
        "chars_removed": pl.Int64,
    }
)


def _lines(df: pl.DataFrame, max_line_chars: int) -> pl.DataFrame:
    """One row per non-blank line: doc_id, pos (line number in the text), line (trimmed)."""
    return (
        df.select(
            "doc_id",
            "site",
            "content_type",
            hint=pl.col("title_hint").str.replace_all(_SPACES, " ").str.strip_chars().str.to_lowercase(),
            line=pl.col("text").fill_null("").str.split("\n"),
        )
        .explode("line")
        .with_columns(pos=pl.int_range(pl.len()).over("doc_id"))
        .with_columns(
            line=pl.col("line").str.replace_all(_SPACES, " ").str.strip_chars().str.slice(0, max_line_chars)
        )
        .filter(pl.col("line") != "")
        .with_columns(
            idx=pl.int_range(pl.len()).over("doc_id"),
            n=pl.len().over("doc_id"),
            # Matching text: straight quotes so rules need not spell both, and NFKC so full-width
            # punctuation (：／＞（）) matches the ASCII a rule spells ("ⓒ" kept as "©" first).
            m=_match_text(pl.col("line")),
        )
    )


def _match_text(line: pl.Expr) -> pl.Expr:
    # Matching text: straight quotes so rules need not spell both, and NFKC so full-width
    # punctuation (：／＞（）) matches the ASCII a rule spells ("ⓒ" kept as "©" first).
    return line.str.replace_many(["’", "‘", "“", "”", "＇", "ⓒ", "Ⓒ"], ["'", "'", '"', '"', "'", "©", "©"]).str.normalize("NFKC")


def _settle(
    lines: pl.DataFrame, rules: BoilerplateRules, hits: pl.DataFrame, passes: int = 2
) -> tuple[pl.DataFrame, pl.DataFrame | None]:
    """Classify the kept body lines again until nothing more goes, so that cleaning a cleaned
    text changes nothing: removing a line changes its neighbours' context (edges, runs,
    repeats), which can expose more noise. Returns the lines and audit rows of undoubled halves."""
    halves = []
    base = ["doc_id", "site", "content_type", "hint", "line", "pos"]
    # Only documents that lost or moved a line can see a different context the next time.
    touched = lines.filter(pl.col("role") != "body").select("doc_id").unique()
    for _ in range(passes):
        body = lines.filter(pl.col("role") == "body").join(touched, on="doc_id", how="semi")
        if body.height == 0:
            break
        again = (
            body.select(base)
            .sort("doc_id", "pos")
            .with_columns(idx=pl.int_range(pl.len()).over("doc_id"), n=pl.len().over("doc_id"), m=_match_text(pl.col("line")))
        )
        again, hits = _features(again, rules, hits)
        again = _decide(_structure(again, rules).with_columns(template=pl.lit(False)), rules)
        changed = again.filter(pl.col("kind").is_not_null() | pl.col("doubled"))
        if changed.height == 0:
            break
        halves.append(
            again.filter(pl.col("doubled") & pl.col("kind").is_null()).select(
                "doc_id", kind=pl.lit("duplicate_line"), rule=pl.lit("repetition.doubled_line"), text="dropped_half", position=pl.col("pos").cast(pl.Int64)
            )
        )
        touched = changed.select("doc_id").unique()
        upd = changed.select("doc_id", "pos", _kind="kind", _rule="rule", _line="line")
        lines = (
            lines.join(upd, on=["doc_id", "pos"], how="left", maintain_order="left")
            .with_columns(
                kind=pl.coalesce("_kind", "kind"),
                rule=pl.coalesce("_rule", "rule"),
                line=pl.coalesce("_line", "line"),
                role=pl.when(pl.col("_kind").is_in(MOVED_KINDS))
                .then(pl.col("_kind"))
                .when(pl.col("_kind").is_not_null())
                .then(pl.lit("removed"))
                .otherwise("role"),
            )
            .drop("_kind", "_rule", "_line")
        )
    return lines, (pl.concat(halves) if halves else None)


_CASE_MARKERS = re.compile(r"\\p\{L[ult]\}|\(\?-?i")


def _case_sensitive(pattern: str) -> bool:
    """A pattern whose meaning depends on case: \\p{Lu}-style classes, inline (?i)/(?-i) flags,
    or a literal upper-case letter (outside escapes like \\S and classes like \\p{Han})."""
    if _CASE_MARKERS.search(pattern):
        return True
    bare = re.sub(r"\\[pP]\{[^}]*\}|\\x[0-9a-fA-F]{2}|\\.", "", pattern)
    return any(ch.isupper() for ch in bare)


def _rule_hits(lines: pl.DataFrame, rules: BoilerplateRules) -> pl.DataFrame:
    """One boolean column per rule, for each distinct line text.

    The rules are most of the clean stage's cost, so each runs once per distinct line (template
    lines repeat across a site's pages), and a rule limited to short lines only runs on the
    distinct lines short enough for it (sorted by length, so that is a prefix of the frame).
    """
    uniq = lines.select("m", "words").unique("m").sort("words")
    words = uniq["words"].to_numpy()
    text = uniq["m"]
    # Case-insensitive Unicode matching is slow in Rust's regex engine (up to 200x here): rules
    # that do not care about case run without (?i) on lower-cased text, with the same result.
    low = text.str.to_lowercase()
    cols = {"m": text}
    # A line opening with a label ("Media contact: Lena Markovic, ...") is checked against the
    # headings too: the label alone is tested, and only lines that have one.
    label = text.str.extract(rf"^([^:：]{{1,{rules.settings['inline_label_chars']}}}?)\s*[:：]\s*\S", 1)
    labelled = label.is_not_null().arg_true()
    label, label_low = label.gather(labelled), label.gather(labelled).str.to_lowercase()
    for r in rules.rules:
        k = len(words) if r.max_words is None else int(np.searchsorted(words, r.max_words, side="right"))
        if _case_sensitive(r.pattern):
            hit = text.head(k).str.contains("(?i)" + r.pattern)
        else:
            hit = low.head(k).str.contains(r.pattern)
        hit = hit.extend_constant(False, len(words) - k) if k < len(words) else hit
        cols[f"hit:{r.name}"] = hit
        if r.opening:
            # Which of a mixed pattern's hits open the line (see Rule.opening); only hits are tested.
            at = hit.arg_true()
            where = text.gather(at).str.contains("(?i)" + r.opening) if _case_sensitive(r.pattern) else low.gather(at).str.contains(r.opening)
            cols[f"open:{r.name}"] = pl.Series(np.zeros(len(words), dtype=bool)).scatter(at, where)
        if r.role in HEAD_ROLES:
            on_label = label.str.contains("(?i)" + r.pattern) if _case_sensitive(r.pattern) else label_low.str.contains(r.pattern)
            cols[f"inline:{r.name}"] = pl.Series(np.zeros(len(words), dtype=bool)).scatter(labelled, on_label)
        if r.role in CAPTURING_ROLES or r.echo:
            # The captured text (author, date, source) is extracted from the matching lines only.
            cols[f"cap:{r.name}"] = (
                pl.DataFrame({"t": text, "h": hit})
                .select(pl.when("h").then(pl.col("t")).str.extract("(?i)" + r.pattern, 1))
                .to_series()
            )
    reports = low.str.contains(rules.cta.reporting)
    cols["reports"] = reports
    cols["cta"] = _call_to_action(text, low, words, reports, rules)
    # The text part of the learned signal, only for lines it reads: at most max_words words (a
    # sentence of story length it never removes is read too, as a neighbour of lines it may).
    score = np.zeros(len(words))
    if rules.model is not None:
        judge = np.flatnonzero(words <= rules.model.max_words)
        if len(judge):
            score[judge] = line_model.text_scores(text.gather(judge), rules.model)
    cols["model_text"] = score
    return pl.DataFrame(cols)


def _contains(text: pl.Series, pattern: str) -> pl.Series:
    """`text.str.contains(pattern)`, fast when most lines cannot match: Rust's regex engine drops
    to a slow path for Unicode \\b on non-ASCII text, so the pattern without \\b (a superset of
    its matches) screens the lines first and the exact pattern runs on the survivors only."""
    loose = pattern.replace(r"\b", "")
    if loose == pattern:
        return text.str.contains(pattern)
    hit = text.str.contains(loose)
    if not hit.any():
        return hit
    idx = hit.arg_true()
    return hit.scatter(idx, text.gather(idx).str.contains(pattern))


def _call_to_action(text: pl.Series, low: pl.Series, words: np.ndarray, reports: pl.Series, rules: BoilerplateRules) -> pl.Series:
    """Lines that talk to the reader and sell something (see [call_to_action] in the rules):
    a signal that does not depend on knowing the wording."""
    c = rules.cta
    addr = low.str.contains(c.address) | text.str.contains(c.address_cased)
    imp = _contains(low, c.imperative)
    # Every call to action carries at least one term, so only lines with one are counted.
    has_term = _contains(low, c.terms)
    terms = pl.Series(np.zeros(len(low), dtype=np.int64))
    if has_term.any():
        idx = has_term.arg_true()
        n = low.gather(idx).str.extract_all(c.terms).list.unique().list.len().cast(pl.Int64)
        terms = terms.scatter(idx, n)
    terms = terms.clip(upper_bound=c.max_terms)
    spoken = rf'["«»„][^"«»“]*(?:\s+[^"«»“\s]+){{{c.quoted_span_words - 1},}}[^"«»“]*["«»“]'
    spoken_cjk = rf'[「『"][\p{{Han}}\p{{Hiragana}}\p{{Katakana}}][^」』"]{{{c.quoted_span_chars - 1},}}[」』"]'
    quoted = text.str.contains(spoken) | text.str.contains(spoken_cjk)
    score = addr.cast(pl.Float64) * c.address_weight + imp.cast(pl.Float64) * c.imperative_weight + terms.cast(pl.Float64) * c.term_weight
    return (addr | imp) & (score >= c.threshold) & ~reports & ~quoted & pl.Series(words <= c.max_words)


def _features(
    lines: pl.DataFrame, rules: BoilerplateRules, hits: pl.DataFrame | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Per-line features and rule scores; also returns the rule results per line text, which
    later passes over the same lines reuse."""
    s = rules.settings
    m = pl.col("m")
    edge = (pl.col("n") * s["edge_fraction"]).ceil()
    lines = lines.with_columns(
        words=(m.str.count_matches(_WORD) + m.str.count_matches(_CJK) / 2 + m.str.count_matches(_UNSPACED) / 4).cast(pl.Float64),
        sent_end=m.str.contains(_SENT_END),
        title_bad_end=m.str.contains(_TITLE_BAD_END),
        is_edge=(pl.col("idx") < edge) | (pl.col("idx") >= pl.col("n") - edge),
        rel=pl.col("idx") / pl.col("n"),
        letter_words=m.str.count_matches(r"\p{L}[\p{L}\p{M}]*").cast(pl.Float64),
        tick_tokens=m.str.count_matches("(?i)" + rules.ticker_token),
        tick_line=pl.any_horizontal([m.str.contains("(?i)" + p) for p in rules.ticker_line]),
    )
    lines = lines.with_columns(is_short=pl.col("words") <= s["short_line_words"])

    # Rule matches, computed once and combined per kind. A long line that opens a quotation or
    # reports speech says what a notice says: rules matching inside it (not at its start) count less.
    # Reported speech, of any length ("sites carry a notice saying that images are for reference
    # only", "另一則廣告則稱：「邀請好友…」"), is reporting too.
    quoting = ((pl.col("words") >= s["quoted_min_words"]) & m.str.contains(r"^[^“„«「『\"]+[“„«「『\"]")) | pl.col("reports")

    if hits is None:
        hits = _rule_hits(lines, rules)
    else:
        # Rule results are per line text: reuse them, computing only texts not seen yet.
        fresh = lines.join(hits.select("m"), on="m", how="anti")
        if fresh.height:
            hits = pl.concat([hits, _rule_hits(fresh, rules)])
    # Later passes compare each line with its neighbours: the join must keep line order.
    lines = lines.join(hits, on="m", how="left", maintain_order="left")
    echoed = [r for r in rules.rules if r.echo]
    if echoed:
        below = m.shift(-1).over("doc_id").str.slice(0, s["echo_chars"])
        gated = {}
        for r in echoed:
            # The name's first word (CJK: its first two characters) is what the line below repeats.
            key = pl.col(f"cap:{r.name}").str.strip_chars().str.extract(rf"^({_CJK}{{2}}|[^\s\p{{P}}]{{3,}})", 1)
            hit = (pl.col(f"hit:{r.name}") & below.str.contains(key, literal=True)).fill_null(False)
            # The line below, which names the same thing, matches too.
            gated[f"hit:{r.name}"] = hit | hit.shift(1).over("doc_id").fill_null(False)
        lines = lines.with_columns(**gated)
    text = pl.col("content_type") == "text"
    matches = {r.name: pl.col(f"hit:{r.name}") & text if r.text_only else pl.col(f"hit:{r.name}") for r in rules.rules}
    # A labelled line whose label is a heading ("Forward-looking statements: This release ...")
    # is that heading's kind, but takes no lines under it.
    inline = {r.name: pl.col(f"inline:{r.name}") & ~pl.col(f"hit:{r.name}") for r in rules.rules if r.role in HEAD_ROLES}
    kinds = [k for k in rules.by_kind() if any(r.role not in MOVED_KINDS for r in rules.by_kind()[k])]
    score_cols, rule_cols = [], []
    for k in kinds:
        rs = [r for r in rules.by_kind()[k] if r.role not in MOVED_KINDS]
        opens = {r.name: matches[r.name] & pl.col(f"open:{r.name}") for r in rs if r.opening}
        anchored = pl.sum_horizontal(
            [pl.when(matches[r.name]).then(r.weight).otherwise(0.0) for r in rs if r.anchored]
            + [pl.when(opens[r.name]).then(r.weight).otherwise(0.0) for r in rs if r.opening]
            + [pl.when(inline[r.name]).then(r.weight).otherwise(0.0) for r in rs if r.name in inline]
            or [pl.lit(0.0)]
        )
        inside = pl.sum_horizontal(
            [pl.when(matches[r.name] & ~opens[r.name] if r.opening else matches[r.name]).then(r.weight).otherwise(0.0) for r in rs if not r.anchored]
            or [pl.lit(0.0)]
        )
        # In a quoting line, cues found inside can never decide on their own, however many.
        inside = pl.when(quoting).then(pl.min_horizontal(inside * s["quoted_factor"], pl.lit(s["remove_threshold"] - s["edge_bonus"] - 0.05))).otherwise(inside)
        score_cols.append((anchored + inside).alias(f"score:{k}"))
        rule_cols.append(
            pl.coalesce(
                [pl.when(matches[r.name]).then(pl.lit(r.name)) for r in rs]
                + [pl.when(inline[r.name]).then(pl.lit("inline:" + r.name)) for r in rs if r.name in inline]
            ).alias(f"rule:{k}")
        )
    heads = [r for role in HEAD_ROLES for r in rules.role(role)]
    run_only = {r.name for r in rules.role("run_head")}

    def first_rule(role: str) -> pl.Expr:
        return pl.coalesce([pl.when(matches[r.name]).then(pl.lit(r.name)) for r in rules.role(role)] or [pl.lit(None, pl.String)])

    def capture(role: str) -> pl.Expr:
        rs = rules.role(role)
        if not rs:
            return pl.lit(None, pl.String)
        return pl.coalesce([pl.col(f"cap:{r.name}") for r in rs]).str.strip_chars(" -–—:：.。()（）[]【】|")

    lines = lines.with_columns(
        *score_cols,
        *rule_cols,
        is_head=pl.any_horizontal([matches[r.name] for r in heads]),
        head_rule=pl.coalesce([pl.when(matches[r.name]).then(pl.lit(r.name)) for r in heads]),
        head_run_only=pl.any_horizontal([matches[r.name] for r in heads if r.name in run_only] or [pl.lit(False)]),
        is_caption=pl.any_horizontal([matches[r.name] for r in rules.role("caption")]),
        caption_rule=first_rule("caption"),
        is_byline=pl.any_horizontal([matches[r.name] for r in rules.role("byline")] or [pl.lit(False)]),
        byline=capture("byline"),
        is_dateline=pl.any_horizontal([matches[r.name] for r in rules.role("dateline")] or [pl.lit(False)]),
        is_title_label=pl.any_horizontal([matches[r.name] for r in rules.role("title_label")] or [pl.lit(False)]),
        dateline=capture("dateline"),
        source=capture("attribution"),
    ).drop(
        [f"hit:{r.name}" for r in rules.rules]
        + [f"cap:{r.name}" for r in rules.rules if r.role in CAPTURING_ROLES or r.echo]
        + [f"inline:{n}" for n in inline]
        + [f"open:{r.name}" for r in rules.rules if r.opening]
    )
    best = pl.concat_list([pl.col(f"score:{k}") for k in kinds])
    lines = lines.with_columns(
        best_score=best.list.max(),
        best_kind=pl.concat_list([pl.lit(k) for k in kinds]).list.get(best.list.arg_max()),
    )
    lines = lines.with_columns(
        best_rule=pl.coalesce(
            [pl.when(pl.col("best_kind") == k).then(pl.col(f"rule:{k}")) for k in kinds]
        )
    ).drop([f"score:{k}" for k in kinds] + [f"rule:{k}" for k in kinds])
    if rules.model is not None:
        lines = line_model.coherence(lines)
        lines = lines.with_columns(
            line_model.probability(
                lines, rules.model, pl.col("model_text"), pl.col("words"), pl.col("m"), pl.col("words") <= rules.model.max_words
            )
        )
    else:
        lines = lines.with_columns(p_noise=pl.lit(0.0))
    return lines, hits


def model_inputs(df: pl.DataFrame, rules: BoilerplateRules, max_line_chars: int = 200_000) -> pl.DataFrame:
    """What the learned signal sees of every line of a batch (INPUT_COLUMNS), before any
    decision: doc_id, idx, line, m, words and the context features of transforms.line_model.
    Used to train the model on labelled data, with the same code that applies it."""
    import dataclasses

    bare = dataclasses.replace(rules, model=None)
    lines = _lines(df.select([pl.col(c).cast(pl.String) for c in INPUT_COLUMNS]), max_line_chars)
    lines, _ = _features(lines, bare)
    lines = line_model.coherence(lines)
    dense = line_model.dense_columns(pl.col("words"), pl.col("m"))
    return lines.select("doc_id", "idx", "line", "m", "words", **dense)


def _structure(lines: pl.DataFrame, rules: BoilerplateRules) -> pl.DataFrame:
    s = rules.settings
    by_doc = "doc_id"
    # Doubled lines: "X.X." or "X X", the scraper glued a caption or title to itself.
    n_chars = pl.col("line").str.len_chars()
    half = n_chars // 2
    left = pl.col("line").str.slice(0, half)
    right = pl.col("line").str.slice(n_chars - half)
    middle_ok = (n_chars % 2 == 0) | pl.col("line").str.slice(half, 1).str.contains(r"^\s$")
    lines = lines.with_columns(
        orig=pl.col("line"),
        doubled=(half >= 8) & middle_ok & (left.str.strip_chars() == right.str.strip_chars()),
    ).with_columns(
        line=pl.when("doubled").then(left.str.strip_chars()).otherwise(pl.col("line")),
        dropped_half=pl.when("doubled").then(right.str.strip_chars()),
    )
    # Back-to-back repeats (after undoubling), compared case-insensitively.
    low = pl.col("line").str.to_lowercase()
    # Table rows (trafilatura renders tables as "| a | b |") legitimately repeat.
    lines = lines.with_columns(
        repeated=((low == low.shift(1).over(by_doc)) & ~pl.col("line").str.starts_with("|")).fill_null(False)
    )

    # Ticker widgets: a run of short lines, mostly price-like; or one line dense with prices.
    list_item = pl.col("line").str.contains(rules.ticker_list_item)
    tickerish = ~list_item & (pl.col("tick_line") | (
        (pl.col("tick_tokens") >= 1) & (pl.col("tick_tokens") >= pl.col("words") * s["ticker_line_share"])
    ))
    lines = lines.with_columns(
        tickerish=tickerish,
        run_id=(~pl.col("is_short")).cum_sum().over(by_doc),
    )
    run = ["doc_id", "run_id"]
    short = pl.col("is_short")
    # A run the story introduces with a colon ("Where the majors closed at 16:00 UTC:") is a list
    # the story wrote out; over the dev sets no ticker widget opened that way, and 3 story lists did.
    # So is a run under a heading, between story sentences ("Closing prices on Sunday", "Share
    # of top-five slots, by topic"): over the dev sets, ticker widgets sat under a promo ("Got a
    # token launch coming? ...") or above a disclaimer, never between two story sentences.
    lead_in = pl.col("line").str.contains(r"[:：]\s*$") & ~pl.col("tickerish")
    sentence = ~pl.col("is_short") & pl.col("sent_end") & ~pl.col("cta") & (pl.col("best_score") < 0.5)
    above = sentence.shift(1).over(by_doc).fill_null(False)
    below = pl.when(~pl.col("is_short")).then(sentence).shift(-1).backward_fill().over(by_doc).fill_null(False)
    # (A column of its own: a window inside the run window below would see only the run.)
    lines = lines.with_columns(_heading=~pl.col("tickerish") & ~pl.col("sent_end") & above & below)
    first_tick = pl.when("tickerish").then(pl.col("idx")).min().over(run)
    lines = lines.with_columns(
        run_len=short.sum().over(run),
        run_tick=(short & pl.col("tickerish")).sum().over(run),
        run_lead=(
            (lead_in & (pl.col("idx") < first_tick)) | (pl.col("_heading") & short & (pl.col("idx") == first_tick - 1))
        ).fill_null(False).any().over(run),
    ).drop("_heading").with_columns(
        ticker=(
            short
            & (pl.col("run_len") >= s["ticker_run_min"])
            & (pl.col("run_tick") >= 2)
            & (pl.col("run_tick") >= pl.col("run_len") * s["ticker_run_share"])
            & ~pl.col("run_lead")
            # A sentence among the prices ("FERN was trading at $0.093 on Wednesday.") is the
            # story's: widgets are not written in sentences.
            & ~(pl.col("sent_end") & ~pl.col("tickerish"))
        )
        | (
            (pl.col("tick_tokens") >= s["ticker_line_min_tokens"])
            # Numbers are not words here: "$0.21$0.21-18.6%USD" is all ticker.
            & (pl.col("tick_tokens") >= pl.col("letter_words") * s["ticker_line_share"])
            & ~pl.col("sent_end")
            & ~list_item
        )
    )

    # Related-links blocks. Low on the page: the heading takes everything after it.
    # Higher up: it takes the run of short teaser lines that follows, up to the next paragraph.
    idx = pl.col("idx")
    story_like = (pl.col("words") > 15) | (pl.col("sent_end") & (pl.col("words") > s["short_line_words"]))
    if rules.model is not None:
        # A short sentence the line model reads as story ("Mỗi chuyến cách nhau 20 phút.") is
        # story text too: a related box inside the story does not take the story's end with it.
        story_like = story_like | (pl.col("sent_end") & (pl.col("words") >= 3) & (pl.col("p_noise") < rules.model.story_below))
    # Low on the page, or followed by no paragraph that reads like story text (teasers only).
    story_after = story_like.cast(pl.Int32).reverse().cum_sum().reverse().over(by_doc) - story_like.cast(pl.Int32)
    # Teaser lines: link-list rules, or a title repeated (the next line, or the one before).
    is_teaser = (pl.col("best_kind").is_in(["related_links", "share_bar"]) & (pl.col("best_score") >= 1)) | pl.col(
        "repeated"
    ) | pl.col("repeated").shift(-1).over(by_doc).fill_null(False)
    teaser_story_after = (story_like & is_teaser).cast(pl.Int32).reverse().cum_sum().reverse().over(by_doc)
    # A tail block never holds two story paragraphs in a row (teasers alternate title/excerpt).
    pair = story_like & ~is_teaser & (story_like & ~is_teaser).shift(1).over(by_doc).fill_null(False)
    pairs_after = pair.cast(pl.Int32).reverse().cum_sum().reverse().over(by_doc)
    tail_head = pl.col("is_head") & ~pl.col("head_run_only") & (
        ((pl.col("rel") >= s["tail_block_from"]) & (pairs_after == 0)) | (story_after - teaser_story_after <= 0)
    )
    mid_head = pl.col("is_head") & ~tail_head
    # Under an ad label (a run_head rule: "Anzeige", "廣告"), the first line the line model reads
    # as story ends the run: the ad's own text is a promo, and what follows a bare label may be the
    # story's subheading and list. Of the 63 lines such runs took on the dev sets, 11 were story;
    # out of fold, 7 of them and 2 promos had P(noise) < 0.5.
    stop = (pl.col("p_noise") < rules.model.ad_run_below).fill_null(False) if rules.model is not None else pl.lit(False)
    ad_stops = stop.cast(pl.Int32).cum_sum().over(by_doc)
    ad_stops_at_head = pl.when(mid_head).then(ad_stops).forward_fill().over(by_doc)
    edge_score = pl.col("best_score") + pl.when("is_edge").then(s["edge_bonus"]).otherwise(0.0)
    claimed = (
        pl.col("is_caption") | pl.col("is_byline") | pl.col("is_dateline") | pl.col("ticker")
        | (edge_score >= s["remove_threshold"])
    )
    lines = lines.with_columns(
        tail_start=pl.when(tail_head).then(idx).min().over(by_doc),
        tail_rule=pl.when(tail_head).then(pl.col("head_rule")).drop_nulls().first().over(by_doc),
        story_cum=story_like.cum_sum().over(by_doc),
        story_like=story_like,
    ).with_columns(
        mid_head_idx=pl.when(mid_head).then(idx).forward_fill().over(by_doc),
        mid_head_story=pl.when(mid_head).then(pl.col("story_cum")).forward_fill().over(by_doc),
        mid_head_rule=pl.when(mid_head).then(pl.col("head_rule")).forward_fill().over(by_doc),
        mid_run_only=pl.when(mid_head).then(pl.col("head_run_only")).forward_fill().over(by_doc),
    ).with_columns(
        in_tail=idx > pl.col("tail_start"),
        in_mid=(idx > pl.col("mid_head_idx"))
        & (idx <= pl.col("mid_head_idx") + 8)
        & (pl.col("story_cum") == pl.col("mid_head_story"))
        & ~pl.col("story_like")
        & (~pl.col("mid_run_only") | (ad_stops == ad_stops_at_head)),
    ).with_columns(
        # Under an ad label ("Anzeige"), one short line and then the story again is a
        # subheading (or the headline), not a teaser list: such a run needs two lines or must
        # reach the end. Lines that go anyway (an app prompt, a time stamp) do not count.
        mid_len=(pl.col("in_mid") & ~claimed).sum().over(by_doc, "mid_head_idx"),
        mid_to_end=(pl.col("story_cum").max().over(by_doc) == pl.col("mid_head_story"))
        & (ad_stops.max().over(by_doc) == ad_stops_at_head),
    ).with_columns(
        in_mid=pl.col("in_mid") & ((pl.col("mid_len") >= 2) | pl.col("mid_to_end") | ~pl.col("mid_run_only"))
    )

    # Masthead: a very short first line (the aggregator's name) above a longer title line. The
    # first line of a hard-wrapped paragraph is no title: a short headline sits above it.
    nxt_words = pl.col("words").shift(-1).over(by_doc)
    nxt_title_like = ~(pl.col("title_bad_end") | pl.col("_wrapped")).shift(-1).over(by_doc).fill_null(True)
    lines = lines.with_columns(_wrapped=_wrapped(pl.lit(True), s["wrapped_min_words"])).with_columns(
        masthead=(idx == 0)
        & (pl.col("n") >= 3)
        & (pl.col("content_type") == "text")
        & pl.col("hint").is_null()
        & (pl.col("words") <= s["masthead_max_words"])
        & ~pl.col("title_bad_end")
        & ~pl.col("line").str.contains(r"\d")
        & nxt_title_like
        & (nxt_words > pl.col("words"))
        & (nxt_words <= s["title_max_words"])
    ).drop("_wrapped")
    return lines


SITE_LINES_SCHEMA = pl.Schema({"site": pl.String, "key": pl.UInt64, "docs": pl.Int64})
SITE_DOCS_SCHEMA = pl.Schema({"site": pl.String, "docs": pl.Int64})


@dataclass(frozen=True)
class SiteHistory:
    """How many documents of each site carried each line, over earlier batches and runs.

    Template text is only visible across documents; a run that brings three new pages of a site
    still recognises its footer from the pages seen before. Keys are stable 64-bit hashes of the
    lower-cased line, so the history can be stored between runs (curated/_state/).
    """

    lines: pl.DataFrame  # SITE_LINES_SCHEMA
    docs: pl.DataFrame  # SITE_DOCS_SCHEMA

    @staticmethod
    def empty() -> "SiteHistory":
        return SiteHistory(pl.DataFrame(schema=SITE_LINES_SCHEMA), pl.DataFrame(schema=SITE_DOCS_SCHEMA))

    def merge(self, other: "SiteHistory") -> "SiteHistory":
        return SiteHistory(
            pl.concat([self.lines, other.lines]).group_by("site", "key").agg(pl.col("docs").sum()).sort("site", "key"),
            pl.concat([self.docs, other.docs]).group_by("site").agg(pl.col("docs").sum()).sort("site"),
        )


def _line_keys(text: pl.Series) -> pl.Series:
    import xxhash

    uniq = text.unique().drop_nulls()
    table = pl.DataFrame({"t": uniq, "k": pl.Series([xxhash.xxh3_64_intdigest(t.encode()) for t in uniq.to_list()], dtype=pl.UInt64)})
    return pl.DataFrame({"t": text}).join(table, on="t", how="left", maintain_order="left")["k"]


def _templates(lines: pl.DataFrame, rules: BoilerplateRules, history: SiteHistory) -> tuple[pl.DataFrame, SiteHistory]:
    """Lines shared by many documents of one site (this batch plus history) are its template."""
    s = rules.settings
    lines = lines.with_columns(key=_line_keys(lines["line"].str.to_lowercase()))
    eligible = pl.col("site").is_not_null() & (pl.col("words") >= 3)
    batch_lines = (
        lines.filter(eligible).group_by("site", "key").agg(docs=pl.col("doc_id").n_unique().cast(pl.Int64))
    )
    batch_docs = lines.filter(pl.col("site").is_not_null()).group_by("site").agg(docs=pl.col("doc_id").n_unique().cast(pl.Int64))
    seen = history.merge(SiteHistory(batch_lines, batch_docs))
    lines = (
        lines.join(seen.lines.rename({"docs": "docs_with"}), on=["site", "key"], how="left", maintain_order="left")
        .join(seen.docs.rename({"docs": "site_docs"}), on="site", how="left", maintain_order="left")
        .with_columns(
            template_cand=eligible
            & (pl.col("docs_with").fill_null(0) >= s["template_min_docs"])
            & (pl.col("docs_with").fill_null(0) >= pl.col("site_docs").fill_null(0) * s["template_min_share"])
        )
    )
    # Copies of one story share every line; a cap on the share of a document's lines keeps
    # repetition from eating a story that merely appears several times.
    lines = lines.with_columns(
        template=pl.col("template_cand") & (pl.col("template_cand").mean().over("doc_id") <= s["template_max_share"])
    ).drop("key", "template_cand", "docs_with", "site_docs")
    return lines, SiteHistory(batch_lines.sort("site", "key"), batch_docs.sort("site"))


def _signal_kind() -> pl.Expr:
    """The kind of a line removed by a wording-free signal (call to action, learned model): the
    kind its phrase cues point to, if any, else "other"."""
    cued = (pl.col("best_score") > 0) & ~pl.col("best_kind").is_in(["byline", "dateline", "caption"])
    return pl.when(cued).then(pl.col("best_kind")).otherwise(pl.lit("other"))


def _author_name(rules: BoilerplateRules) -> pl.Expr:
    """The author's name in a line the clean stage took as a byline cue: the part between
    separators that says "By ..." ("Sunday Magazine · By Owen Tarrant"), else the first that is a
    byline cue itself ("22 April 2026 · Leo Marchetti", "Jane Doe - Outlet"), without "in <place>"
    ("Graham Tully in Washington"). The authors field splits on "|" and ",", so the whole line
    would list "7 min read" or the outlet as an author."""
    parts = pl.col("line").str.replace_all(r"\s+[-–—]\s+|\s*[|·•]\s*", "\x1f").str.split("\x1f")
    by = parts.list.eval(pl.element().str.extract(r"(?i)^(?:by|von|por|par|door|di)\s+(\S.*)$", 1).drop_nulls()).list.first()
    cue = "|".join(f"(?i:{r.pattern})" for r in rules.by_kind()["byline"] if r.role == "line") or "$^"
    shaped = parts.list.eval(pl.element().filter(pl.element().str.contains(cue))).list.first()
    return pl.coalesce(by, shaped, parts.list.first()).str.replace(r"\s(?:in|at)\s(?:the\s)?\p{Lu}.*$", "")


def _decide(lines: pl.DataFrame, rules: BoilerplateRules) -> pl.DataFrame:
    s = rules.settings
    scored = (pl.col("best_score") + pl.when("is_edge").then(s["edge_bonus"]).otherwise(0.0)) >= s["remove_threshold"]
    kind = (
        pl.when("in_tail").then(pl.lit("related_links"))
        .when("ticker").then(pl.lit("crypto_ticker"))
        .when("masthead").then(pl.lit("navigation"))
        .when("is_caption").then(pl.lit("caption"))
        .when("is_byline").then(pl.lit("byline"))
        .when("is_dateline").then(pl.lit("dateline"))
        .when(scored & (pl.col("best_score") > 0)).then(pl.col("best_kind"))
        .when("cta").then(_signal_kind())
        .when("in_mid").then(pl.lit("related_links"))
        .when("template").then(pl.lit("other"))
    )
    rule = (
        pl.when("in_tail").then(pl.lit("block.tail:") + pl.col("tail_rule"))
        .when("ticker").then(pl.lit("structure.ticker"))
        .when("masthead").then(pl.lit("structure.masthead"))
        .when("is_caption").then(pl.col("caption_rule"))
        .when("is_byline").then(pl.lit("byline"))
        .when("is_dateline").then(pl.lit("dateline"))
        .when(scored & (pl.col("best_score") > 0)).then(pl.col("best_rule"))
        .when("cta").then(pl.lit("signal.call_to_action"))
        .when("in_mid").then(pl.lit("block.run:") + pl.col("mid_head_rule"))
        .when("template").then(pl.lit("repetition.site_template"))
    )
    lines = lines.with_columns(kind=kind, rule=rule)
    # A cue that cannot decide alone ("http://..." under "Originally aggregated from:") goes
    # with the removed line of its own kind right above it.
    cue = (
        pl.col("kind").is_null()
        & (pl.col("best_score") >= 0.5)
        # Short, or one unbroken token such as a URL (a CJK sentence has no spaces either).
        & ((pl.col("words") <= s["short_line_words"]) | ~pl.col("line").str.contains(r"\s|" + _CJK))
    )
    for _ in range(2):
        above = pl.col("kind").shift(1).over("doc_id")
        follow = cue & (above == pl.col("best_kind"))
        lines = lines.with_columns(
            rule=pl.when(follow).then(pl.lit("context.follows:") + pl.col("best_rule")).otherwise("rule"),
            kind=pl.when(follow).then(pl.col("best_kind")).otherwise("kind"),
        )
    # A byline cue (a bare name, "Jane Doe - Outlet") is the author line when it sits next to a
    # time stamp or byline, or signs off the story at the foot of the page above removed lines.
    prev_k, next_k = pl.col("kind").shift(1).over("doc_id"), pl.col("kind").shift(-1).over("doc_id")
    stamp = ["byline", "dateline"]
    kept = pl.col("kind").is_null().cast(pl.Int32)
    kept_after = kept.reverse().cum_sum().reverse().over("doc_id") - kept
    signed = (
        cue
        & (pl.col("best_kind") == "byline")
        & (
            prev_k.is_in(stamp).fill_null(False)
            | next_k.is_in(stamp).fill_null(False)
            | ((pl.col("rel") > 0.5) & (kept_after == 0))
        )
    )
    lines = lines.with_columns(
        rule=pl.when(signed).then(pl.lit("context.author:") + pl.col("best_rule")).otherwise("rule"),
        kind=pl.when(signed).then(pl.lit("byline")).otherwise("kind"),
        byline=pl.when(signed).then(_author_name(rules)).otherwise("byline"),
    )
    # A short line between two removed lines, or between a removed line and the end of the
    # page, belongs to the noise around it (widget labels, stray buttons, separators). A line
    # moved to a field (a byline, a date) is not removed: a short headline sits between the site's
    # menu and its byline.
    # The value of a posting form's title field is the headline, between the form's labels.
    lines = lines.with_columns(labelled_title=pl.col("is_title_label").shift(1).over("doc_id").fill_null(False) & pl.col("kind").is_null())
    # What the model is sure is story stays too: a short headline between the site's menu and its
    # byline line ("Words: Fiona Rask · 24 February 2025", which goes as a stamp).
    sure_story = (pl.col("p_noise") < rules.model.between_below) if rules.model is not None else pl.lit(False)
    held = pl.col("labelled_title") | sure_story
    for _ in range(2):
        prev_k, next_k = (pl.when(~pl.col("kind").is_in(MOVED_KINDS)).then(pl.col("kind")).shift(k).over("doc_id") for k in (1, -1))
        first, last = pl.col("idx") == 0, pl.col("idx") == pl.col("n") - 1
        short = pl.col("kind").is_null() & (pl.col("words") <= s["masthead_max_words"]) & ~pl.col("sent_end") & ~held
        between = short & (
            (prev_k.is_not_null() & next_k.is_not_null()) | (last & prev_k.is_not_null()) | (first & next_k.is_not_null())
        )
        lines = lines.with_columns(
            rule=pl.when(between).then(pl.lit("context.between")).otherwise("rule"),
            kind=pl.when(between).then(pl.coalesce(prev_k, next_k)).otherwise("kind"),
        )
    # A run of a few such short lines ("Was this article helpful?" / "Yes" / "No", a toolbar spread
    # over lines) between removed lines, or after one at the end of the page, goes too. Lines moved
    # to other fields (captions, bylines, datelines) do not count as removed here.
    cand = pl.col("kind").is_null() & (pl.col("words") <= s["masthead_max_words"]) & ~pl.col("sent_end") & ~held
    gone = pl.col("kind").is_not_null() & ~pl.col("kind").is_in(MOVED_KINDS)
    tag = pl.when(cand).then(pl.lit(None, pl.String)).when(gone).then(pl.lit("R")).otherwise(pl.lit("K"))
    kind_tag = pl.when(cand).then(pl.lit(None, pl.String)).otherwise(pl.coalesce(pl.col("kind"), pl.lit("")))
    lines = lines.with_columns(
        _before=tag.shift(1).forward_fill().over("doc_id"),
        _after=tag.shift(-1).backward_fill().over("doc_id").fill_null("E"),
        _kind_before=kind_tag.shift(1).forward_fill().over("doc_id"),
        _run=(~cand).cum_sum().over("doc_id"),
    ).with_columns(_run_len=cand.sum().over("doc_id", "_run"))
    in_run = cand & (pl.col("_run_len") <= 3) & (pl.col("_before") == "R") & pl.col("_after").is_in(["R", "E"])
    lines = lines.with_columns(
        rule=pl.when(in_run).then(pl.lit("context.between_run")).otherwise("rule"),
        kind=pl.when(in_run).then(pl.col("_kind_before")).otherwise("kind"),
    ).drop("_before", "_after", "_kind_before", "_run", "_run_len")
    # Button labels beside a cookie banner ("Accept all", "Einstellungen") go with it.
    button = pl.col("kind").is_null() & (pl.col("words") <= s["button_max_words"]) & ~pl.col("sent_end")
    for _ in range(3):
        near = (pl.col("kind").shift(1).over("doc_id") == "cookie_banner") | (pl.col("kind").shift(-1).over("doc_id") == "cookie_banner")
        lines = lines.with_columns(
            rule=pl.when(button & near).then(pl.lit("context.cookie_button")).otherwise("rule"),
            kind=pl.when(button & near).then(pl.lit("cookie_banner")).otherwise("kind"),
        )
    # A line equal to the previous line that stays (ignoring the noise between them) is a repeat;
    # judged after the other decisions, so that cleaning the output again removes nothing more.
    low = pl.col("line").str.to_lowercase()
    prev_kept = pl.when(pl.col("kind").is_null()).then(low).shift(1).forward_fill().over("doc_id")
    repeat = pl.col("kind").is_null() & (low == prev_kept) & ~pl.col("line").str.starts_with("|")
    lines = lines.with_columns(
        rule=pl.when(repeat).then(pl.lit("repetition.repeated_line")).otherwise("rule"),
        kind=pl.when(repeat).then(pl.lit("duplicate_line")).otherwise("kind"),
    )
    return lines


def _learned(lines: pl.DataFrame, rules: BoilerplateRules) -> pl.DataFrame:
    """The learned signal, once the rules, the context passes and the title have spoken: a body
    line the model is confident about goes when it sits next to a line outside the story text
    (removed, or moved to the headline, byline, date or captions) or the edge of the page (a
    story's dateline or list sits between story lines), or when
    the model is all but certain (`alone`: an inline ad label between paragraphs), is not a
    heading above a story paragraph, is not a sentence of story length without a call to
    action, and reports no speech. It does not start in a document with a metadata title in
    which nothing else was found (a record whose text is the article), and the page's edge only
    anchors it where something was.
    Plain text only: the model was trained on plain-text scrapes, and HTML has been through
    main-content extraction (on the HTML benchmark the model only removed story lines)."""
    mdl = rules.model
    if mdl is None:
        return lines
    # Next to a line that is not story text: removed, or moved out of the body (the headline, a
    # byline or date stamp, a caption). A byline under the headline is at the story's edge.
    # Leave-one-set-out over 21 sets: noise lines left 637 -> 597, story lines lost 220 -> 224.
    outside = pl.col("role") != "body"
    # The page's edge is an anchor only on a page where the rules, the structure passes or the
    # title step found something (a line removed or moved out of the body). On text with nothing
    # found, the edge is the story's own first or last line: a JSON record's article, a body
    # cleaned again (`newsclean eval --set clean-text`: the model took 96 of 14,938 labelled
    # story lines from the stories as clean records, 29 of 1,194 in the held-out sets).
    found = outside.any().over("doc_id")
    near = outside.shift(1).over("doc_id").fill_null(found) | outside.shift(-1).over("doc_id").fill_null(found)
    if mdl.alone < 1.0:  # 1 switches it off (a probability can round to 1.0)
        near = near | (pl.col("p_noise") >= mdl.alone)
    # A short heading-like line right above a story paragraph is the story's subheading or a
    # list's lead-in, whatever noise sits on its other side.
    paragraph_below = (
        (pl.col("role").shift(-1).over("doc_id") == "body")
        & (pl.col("words").shift(-1).over("doc_id") >= mdl.paragraph_words)
        & (pl.col("p_noise").shift(-1).over("doc_id") < mdl.threshold)
    ).fill_null(False)
    # The three shapes below keep a line the model suspects, unless it is all but sure (guard_sure):
    # "Priyanka Dhar · 5 min read" above the story's first paragraph is no subheading.
    guarded = pl.col("p_noise") < mdl.guard_sure if mdl.guard_sure < 1.0 else pl.lit(True)  # 1: always guarded
    heading = (pl.col("words") <= rules.settings["short_line_words"]) & ~pl.col("sent_end") & paragraph_below & guarded
    # A sentence without a call to action: of story length, it stays; shorter ("But the cars are
    # leaving anyway.", a story's last line above its author's bio), it needs more certainty.
    unsure = pl.col("p_noise") < mdl.sentence_sure if mdl.sentence_sure < 1.0 else pl.lit(True)  # 1: all exempt
    # With a metadata title and no headline line in the text (a JSON record's text, a body cleaned
    # again), the text starts at the lead. The model learned leads under a headline; at the bare top
    # edge it can take a lead sentence for a note above the story (the 39-set model gave a seed's
    # lead P 0.96 there, 0.01 under its headline), so there the sentence guard holds at any P.
    is_body = ~outside
    lead = (
        is_body
        & (is_body.cast(pl.Int32).cum_sum().over("doc_id") == 1)
        & pl.col("hint").is_not_null()
        & ~(pl.col("role") == "title").any().over("doc_id")
    )
    sentence = (
        pl.col("sent_end")
        & ~pl.col("cta")
        & (((pl.col("words") >= mdl.sentence_words) & (guarded | lead)) | ((pl.col("words") >= mdl.sentence_min_words) & unsure & guarded))
    )
    take = (
        (pl.col("role") == "body")
        & (pl.col("p_noise") >= mdl.threshold)
        & near
        & ~heading
        & ~sentence
        & ~(pl.col("reports") & guarded)
        & (pl.col("content_type") == "text")
        & pl.col("model_may_start")
    )
    # A document with a metadata title in which nothing was found is a structured record whose
    # text is the article: the model does not start there, not even on a line it is all but sure
    # of (`alone`), which on clean records were mostly story lines at the edges (clean-text: 29 -> 7
    # lines lost to the model in the held-out sets, no page figure moved). Without a metadata
    # title, a page with nothing found can still be a scrape whose furniture only the model knows
    # (a classifieds block under a story with no headline).
    lines = lines.with_columns(model_may_start=found | pl.col("hint").is_null())
    kind = _signal_kind()
    before = lines.select("kind", "rule", "role")
    # A run of confident lines goes from its anchor (a removed line or the edge) line by line, so
    # a block of teasers at the foot goes whole and cleaning the result again takes nothing more.
    for _ in range(_LEARNED_PASSES):
        step = lines.select(take).to_series()
        if not step.any():
            break
        lines = lines.with_columns(
            kind=pl.when(step).then(kind).otherwise("kind"),
            rule=pl.when(step).then(pl.lit("model.line_classifier")).otherwise("rule"),
            role=pl.when(step).then(pl.lit("removed")).otherwise("role"),
        )
    # The model alone never empties a document: with no story line left, its removals in that
    # document are undone (a page that is all furniture is the rules' call, and a one-line story
    # has no neighbours to judge it by).
    emptied = ~(pl.col("role") == "body").any().over("doc_id") & (pl.col("rule") == "model.line_classifier").any().over("doc_id")
    undo = lines.select(emptied).to_series()
    if undo.any():
        lines = lines.with_columns(
            kind=pl.when(undo).then(before["kind"]).otherwise("kind"),
            rule=pl.when(undo).then(before["rule"]).otherwise("rule"),
            role=pl.when(undo).then(before["role"]).otherwise("role"),
        )
    return lines.drop("model_may_start")


_LEARNED_PASSES = 8


_FULL_STOP_END = r"[.。．।۔][\"'”’」』)）]*$"


def _wrapped(kept: pl.Expr, min_words: int) -> pl.Expr:
    """A line of a hard-wrapped paragraph (wire copy, e-mail, print text broken at 60-78
    characters): it ends mid-sentence and the next kept line, of paragraph length, carries on in
    lower case; or it starts in lower case under such a line. No headline does either: on the
    labelled sets the line under a headline starts in lower case only when it is a byline or a
    date ("by Jane Doe", "di Giulia Ferretti", "vandaag, 16:45"), all short."""
    lower = pl.col("line").str.contains(r"^\p{Ll}")
    nxt = {c: pl.when(kept).then(pl.col(c)).shift(-1).backward_fill().over("doc_id") for c in ("line", "words")}
    prv = {c: pl.when(kept).then(pl.col(c)).shift(1).forward_fill().over("doc_id") for c in ("sent_end", "words")}
    opens = ~pl.col("sent_end") & nxt["line"].str.contains(r"^\p{Ll}") & (nxt["words"] >= min_words)
    carries = lower & ~prv["sent_end"] & (prv["words"] >= min_words)
    return (opens | carries).fill_null(False)


def _headline_shape(s: dict[str, Any], kept: pl.Expr = pl.lit(True)) -> pl.Expr:
    """A line that could be a headline: 2 to title_max_words words, not ending as no headline
    does (colon, comma, ellipsis), not glued to itself, not a line of a hard-wrapped paragraph,
    and no boilerplate cue if short. `kept`: which rows of the frame are still page text."""
    return (
        ~_wrapped(kept, s["wrapped_min_words"])
        # A short line the rules would remove on their own ("Cookie Consent") is not a headline;
        # a weaker cue does not rule one out ("Warehouse Fire Contained" is shaped like a name,
        # "Multa por las cookies" names a cookie): the chooser weighs it (best_score).
        & ((pl.col("best_score") < s["remove_threshold"]) | (pl.col("words") >= 6))
        & (pl.col("words") >= 2)
        & (pl.col("words") <= s["title_max_words"])
        & ~pl.col("title_bad_end")
        # A line glued to itself ("X.X.") is a caption or dek the scraper doubled, not the headline.
        & ~pl.col("doubled")
    )


def title_candidates(lines: pl.DataFrame, rules: BoilerplateRules) -> pl.DataFrame:
    """The learned headline chooser's candidates: the first title_window kept lines of each
    plain-text document without a metadata title, with the features of line_model.TITLE (and
    doc_id, idx, line). `lines` is the line frame as the title step sees it."""
    mdl = rules.model
    assert mdl is not None
    kept = lines.filter(pl.col("kind").is_null() & pl.col("hint").is_null() & (pl.col("content_type") == "text"))
    kept = kept.with_columns(k=pl.int_range(pl.len()).over("doc_id"), shape_ok=_headline_shape(rules.settings))
    # Candidates have a headline's shape (2-30 words, no trailing colon or ellipsis); a line ending
    # in a full stop is a sentence of the story, even on a page without a headline (4 of 810
    # labelled headlines end so, e.g. "Now the cars are leaving.").
    # (The features read the neighbouring kept lines, so they are computed before the filter.)
    cand = kept.filter(pl.col("k") <= mdl.title_window).with_columns(**line_model.title_columns(mdl.threshold))
    cand = cand.filter((pl.col("k") < mdl.title_window) & pl.col("shape_ok") & ~pl.col("line").str.contains(_FULL_STOP_END))
    return cand.select("doc_id", "idx", "line", "k", *line_model.TITLE)


def _learned_title(lines: pl.DataFrame, rules: BoilerplateRules) -> pl.DataFrame:
    """doc_id → title_k_learned: the kept-line rank of each document's best candidate, for the
    documents whose best scores above "no headline"."""
    mdl = rules.model
    cand = title_candidates(lines, rules)
    score = cand.select("doc_id", "k", z=line_model.title_score(mdl))
    best = score.filter(pl.col("z") > 0).sort("z", "k", descending=[True, False]).group_by("doc_id", maintain_order=True).first()
    return best.select("doc_id", title_k_learned=pl.col("k").cast(pl.Int64))


def _titles(lines: pl.DataFrame, rules: BoilerplateRules) -> pl.DataFrame:
    """Mark the title line (and a dek above it) among the kept lines at the top."""
    s = rules.settings
    kept = pl.col("kind").is_null()
    lines = lines.with_columns(k=pl.when(kept).then(kept.cast(pl.Int64).cum_sum().over("doc_id") - 1))
    low = pl.col("line").str.to_lowercase()
    matches_hint = pl.col("hint").is_not_null() & ((low == pl.col("hint")) | (pl.col("hint").str.starts_with(low) & (pl.col("words") >= 3)))
    # Without a title from metadata, plain text's headline is an early short line that does not
    # end like a sentence; HTML text from the extractor starts at the body, so no guessing there.
    lines = lines.with_columns(shape_ok=_headline_shape(s, kept))
    guess = pl.col("hint").is_null() & (pl.col("content_type") == "text") & pl.col("shape_ok")
    early = kept & (pl.col("k") < s["title_search_lines"])
    # A metadata title wherever it sits in the first lines; else the headline-shaped line with
    # the most words (a site name or section label above the headline is shorter). Past a short
    # line's length, more words do not make a better headline: the first such line wins (in
    # scripts without sentence punctuation the paragraphs below are longer than the headline).
    by_hint = pl.when(early & matches_hint).then(pl.col("k")).min().over("doc_id")
    # Only above the story (no paragraph-shaped line above): a form's labels come before the text
    # they introduce, and a title field under a paragraph ("原标题" in a repost's footer) must not
    # make the story a preamble.
    paragraph = (kept & line_model.paragraph_shaped(pl.col("words"))).cast(pl.Int64)
    story_above = paragraph.cum_sum().over("doc_id") - paragraph
    # (And shaped like a headline: a form whose title field was left empty has the story under it.)
    by_label = pl.when(kept & pl.col("labelled_title") & pl.col("shape_ok") & (story_above == 0)).then(pl.col("k")).min().over("doc_id")
    rank = pl.when(early & guess).then(pl.col("words").clip(upper_bound=s["short_line_words"]) * 1000 - pl.col("k"))
    by_guess = pl.when(rank == rank.max().over("doc_id")).then(pl.col("k")).min().over("doc_id")
    mdl = rules.model
    if mdl is not None and mdl.title is not None:
        # The learned chooser looks further down (a page dump has its headline under a menu of
        # twenty lines) and weighs what the line model suspects; where none of its candidates
        # beats "no headline", or its pick sits inside the story, the guess above decides.
        lines = lines.join(_learned_title(lines, rules), on="doc_id", how="left", maintain_order="left")
    else:
        lines = lines.with_columns(title_k_learned=pl.lit(None, pl.Int64))
    threshold = mdl.threshold if mdl is not None else 1.0

    def deks(title_k: pl.Expr, learned: pl.Expr, form: pl.Expr = pl.lit(False)) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
        """(preamble, dek, ok) for a headline at kept rank title_k. Above the headline: very short
        labels are page furniture, and so is what the line model suspects above a headline it
        chose, and everything above a posting form's title field (the post's header, the form's
        other fields); a sentence is the dek. Two or more deks mean the "headline" sits inside the
        story."""
        before = kept & (pl.col("k") < title_k)
        # A line glued to itself ("X.X.") is a rendered dek or caption, whatever the line model
        # says: it read the doubled text, a shape it never saw in training (the labels name the
        # single line), and its trees called a seed's doubled dek furniture (0.86).
        suspect = learned & (pl.col("p_noise") >= threshold) & ~pl.col("doubled")
        preamble = before & (((pl.col("words") <= s["masthead_max_words"]) & ~pl.col("sent_end")) | suspect | form)
        dek = before & ~preamble
        ok = title_k.is_not_null() & (dek.sum().over("doc_id") <= 1) & (pl.when(dek).then(pl.col("words")).max().over("doc_id").fill_null(0) <= 60)
        return preamble, dek, ok

    # A metadata title, else a posting form's title field, else the chooser's headline unless that
    # sits inside the story, else the guess.
    _, _, learned_ok = deks(pl.col("title_k_learned"), pl.lit(True))
    lines = lines.with_columns(labelled=by_label.is_not_null() & by_hint.is_null())
    lines = lines.with_columns(learned=learned_ok & by_hint.is_null() & ~pl.col("labelled"))
    lines = lines.with_columns(
        title_k=pl.when("labelled").then(by_label).when("learned").then(pl.col("title_k_learned")).otherwise(pl.coalesce(by_hint, by_guess))
    )
    preamble, dek, ok = deks(pl.col("title_k"), pl.col("learned"), pl.col("labelled"))
    lines = lines.with_columns(
        kind=pl.when(ok & preamble).then(pl.lit("navigation")).otherwise("kind"),
        rule=pl.when(ok & preamble).then(pl.lit("structure.preamble")).otherwise("rule"),
    )
    # A caption or dek glued to itself ("X.X.") below the headline is scraper residue, not story.
    glued = kept & pl.col("doubled") & (pl.col("words") <= 40) & ~(ok & ((pl.col("k") == pl.col("title_k")) | dek))
    lines = lines.with_columns(
        kind=pl.when(glued).then(pl.lit("duplicate_line")).otherwise("kind"),
        rule=pl.when(glued).then(pl.lit("repetition.doubled_line")).otherwise("rule"),
    )
    kept = pl.col("kind").is_null()
    lines = lines.with_columns(
        role=pl.when(kept & ok & (pl.col("k") == pl.col("title_k"))).then(pl.lit("title"))
        .when(kept & ok & dek).then(pl.lit("subtitle"))
        .when(pl.col("kind").is_in(MOVED_KINDS)).then(pl.col("kind"))
        .when(pl.col("kind").is_null()).then(pl.lit("body"))
        .otherwise(pl.lit("removed"))
    ).drop("k", "learned", "labelled", "title_k_learned")
    # A byline cue (a bare name, "Nadia Ferrand · Science") right under the headline is the author
    # line: on the dev sets, 31 of 31 such lines were (a story's first line under its headline is
    # a sentence, not two or three capitalised words).
    signed = (
        (pl.col("role") == "body")
        & (pl.col("role").shift(1).over("doc_id") == "title")
        & (pl.col("best_kind") == "byline")
        & (pl.col("best_score") >= 0.5)
        & (pl.col("words") <= s["short_line_words"])
    )
    return lines.with_columns(
        role=pl.when(signed).then(pl.lit("byline")).otherwise("role"),
        kind=pl.when(signed).then(pl.lit("byline")).otherwise("kind"),
        rule=pl.when(signed).then(pl.lit("context.under_headline:") + pl.col("best_rule")).otherwise("rule"),
        byline=pl.when(signed).then(_author_name(rules)).otherwise("byline"),
    )


def lines_at_title_step(df: pl.DataFrame, rules: BoilerplateRules, max_line_chars: int = 200_000) -> pl.DataFrame:
    """The line frame of a batch (INPUT_COLUMNS) as the headline step sees it: after the rules,
    structure, templates and their decisions. Used to train the headline chooser with the code
    that applies it."""
    lines, _, _ = _decided(df, rules, SiteHistory.empty(), max_line_chars)
    return lines


def _decided(
    df: pl.DataFrame, rules: BoilerplateRules, history: SiteHistory, max_line_chars: int
) -> tuple[pl.DataFrame, pl.DataFrame, SiteHistory]:
    """The line frame after the rules, structure, templates and their decisions; the rule results
    per line text; this batch's site statistics."""
    lines = _lines(df.select([pl.col(c).cast(pl.String) for c in INPUT_COLUMNS]), max_line_chars)
    lines, hits = _features(lines, rules)
    lines = _structure(lines, rules)
    lines, batch_stats = _templates(lines, rules, history)
    return _decide(lines, rules), hits, batch_stats


def clean(df: pl.DataFrame, rules: BoilerplateRules, max_line_chars: int = 200_000) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Frame with INPUT_COLUMNS → (OUTPUT_SCHEMA frame, one row per document; BOILERPLATE audit
    rows without run_id). Documents with no kept line get an empty body; the caller decides."""
    out, audit, _ = clean_with_history(df, rules, SiteHistory.empty(), max_line_chars)
    return out, audit


def clean_with_history(
    df: pl.DataFrame, rules: BoilerplateRules, history: SiteHistory, max_line_chars: int = 200_000
) -> tuple[pl.DataFrame, pl.DataFrame, SiteHistory]:
    """As `clean`, using and returning site line statistics: (docs, audit, this batch's stats)."""
    if df.height == 0:
        return pl.DataFrame(schema=OUTPUT_SCHEMA), pl.DataFrame(schema=BOILERPLATE).drop("run_id"), SiteHistory.empty()
    lines, hits, batch_stats = _decided(df, rules, history, max_line_chars)
    lines = _titles(lines, rules)
    lines = _learned(lines, rules)
    lines, more_halves = _settle(lines, rules, hits)
    lines = lines.sort("doc_id", "idx")

    removed = lines.filter(pl.col("role") == "removed").select(
        "doc_id", "kind", "rule", text="orig", position=pl.col("pos").cast(pl.Int64)
    )
    # A doubled line that is kept loses its second half; one removed whole is audited whole.
    halves = lines.filter(pl.col("doubled") & (pl.col("role") != "removed")).select(
        "doc_id",
        kind=pl.lit("duplicate_line"),
        rule=pl.lit("repetition.doubled_line"),
        text="dropped_half",
        position=pl.col("pos").cast(pl.Int64),
    )
    audit = pl.concat([removed, halves] + ([more_halves] if more_halves is not None else [])).sort("doc_id", "position")

    per_doc = lines.group_by("doc_id", maintain_order=True).agg(
        body=pl.col("line").filter(pl.col("role") == "body").str.join("\n\n"),
        clean_title=pl.col("line").filter(pl.col("role") == "title").first(),
        clean_subtitle=pl.col("line").filter(pl.col("role") == "subtitle").str.join(" "),
        masthead=pl.col("line").filter(pl.col("masthead")).first(),
        captions=pl.col("line").filter(pl.col("role") == "caption"),
        clean_authors=pl.col("byline").filter(pl.col("role") == "byline").drop_nulls().first(),
        clean_date=pl.col("dateline").filter(pl.col("role") == "dateline").first(),
        original_source=pl.col("source").filter((pl.col("kind") == "attribution") & (pl.col("source") != "")).first(),
    )
    removed_chars = audit.group_by("doc_id").agg(chars_removed=pl.col("text").str.len_chars().sum())
    out = (
        df.select("doc_id")
        .join(per_doc, on="doc_id", how="left", maintain_order="left")
        .join(removed_chars, on="doc_id", how="left", maintain_order="left")
        .with_columns(
            body=pl.col("body").fill_null(""),
            clean_subtitle=pl.when(pl.col("clean_subtitle") != "").then(pl.col("clean_subtitle")),
            captions=pl.col("captions").fill_null([]),
            chars_removed=pl.col("chars_removed").fill_null(0).cast(pl.Int64),
        )
    )
    return (
        out.select(OUTPUT_SCHEMA.names()).cast(dict(OUTPUT_SCHEMA)),
        audit.cast({k: v for k, v in BOILERPLATE.items() if k != "run_id"}),
        batch_stats,
    )


def clean_documents(df: pl.DataFrame, rules: BoilerplateRules, max_line_chars: int = 200_000) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The clean stage over an extracted frame (INGESTED + EXTRACTED_EXTRA columns).

    Returns the frame with the clean columns joined, rows left with no body quarantined as
    `empty_after_cleaning`, and the audit of removed spans (without run_id).
    """
    out, audit, _ = clean_documents_with_history(df, rules, SiteHistory.empty(), max_line_chars)
    return out, audit


def clean_inputs(df: pl.DataFrame) -> pl.DataFrame:
    """The extracted rows the clean stage works on (status ok), with INPUT_COLUMNS: the site a
    document belongs to (for template lines) and its best title hint."""
    return df.filter(pl.col("status") == "ok").with_columns(
        site=pl.coalesce(
            pl.col("url").map_elements(host_of, return_dtype=pl.String),
            "meta_sitename",
            # Plain files from one folder usually come from one scraper target.
            pl.col("raw_path").str.replace(r"/?[^/]*$", ""),
        ),
        title_hint=pl.coalesce("title_hint", "meta_title"),
    )


def clean_documents_with_history(
    df: pl.DataFrame, rules: BoilerplateRules, history: SiteHistory, max_line_chars: int = 200_000
) -> tuple[pl.DataFrame, pl.DataFrame, SiteHistory]:
    """`clean_documents` with site template history in, and this batch's statistics out."""
    ok = clean_inputs(df)
    cleaned, audit, stats = clean_with_history(ok, rules, history, max_line_chars)
    empty = (pl.col("status") == "ok") & (pl.col("body").fill_null("") == "")
    out = df.join(cleaned, on="doc_id", how="left", maintain_order="left").with_columns(
        status=pl.when(empty).then(pl.lit("quarantined")).otherwise("status"),
        reason=pl.when(empty).then(pl.lit("empty_after_cleaning")).otherwise("reason"),
    )
    return out, audit, stats
