"""End to end: the real `curate` flow on the sample scrapes, through Prefect's temporary server."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import DATA

NOISE = [
    "This website uses cookies",
    "Aggregated From",
    "Images are for reference only",
    "Comments are closed.",
    "Want your project in front of crypto",
    "CyberKongz Price(KONG)",
    "$0.00135",
    "Disclaimer: The articles reposted on this site",
    "You May Also Like",
    "Top 3 Price Prediction for Ethereum",
    "Polygon Tops RWA Rankings",
    "A Knight Of The Seven Kingdoms",
    "BitcoinEthereumNews",
    "Pune Media",
]


def story_paragraphs(path: Path) -> list[str]:
    """The seed's story paragraphs: everything between the title and the first noise line."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
    title_at = 2 if path.name.startswith("pune") else 1
    end = next(i for i, ln in enumerate(lines) if any(ln.startswith(n) for n in ("Images are", "Want your project")))
    story = lines[title_at + 1 : end]
    if path.name.startswith("pune"):
        story = story[1:]  # the photo caption goes to articles.captions
    return story


def run(raw: Path, curated: Path, **kw) -> dict:
    from flows.curate import curate

    return curate(raw=str(raw), curated=str(curated), **kw)


def read(curated: Path, name: str) -> pl.DataFrame:
    return pl.scan_parquet(str(curated / name / "**" / "*.parquet"), hive_partitioning=name == "articles").collect()


def tree_digest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture()
def seeds_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(DATA / "seeds", raw)
    return raw


def test_seeds_end_to_end(prefect_server, seeds_raw: Path, tmp_path: Path):
    curated = tmp_path / "curated"
    before = tree_digest(seeds_raw)
    summary = run(seeds_raw, curated)
    assert tree_digest(seeds_raw) == before, "raw/ must never be modified"

    docs = read(curated, "documents").sort("raw_path")
    assert docs.height == 2
    assert docs["status"].to_list() == ["curated", "curated"]
    assert docs["reason"].to_list() == [None, None]
    assert docs["article_id"].n_unique() == 2
    assert docs["title"].to_list() == ["Hong Kong pushes EV factory deals", "Mainland carmakers eye global reach via Hong Kong"]
    for row in docs.iter_rows(named=True):
        body = row["body"]
        for para in story_paragraphs(seeds_raw / row["raw_path"]):
            assert para in body.split("\n\n"), f"lost story line in {row['raw_path']}: {para[:60]}"
        for noise in NOISE:
            assert noise not in body, f"{noise!r} left in {row['raw_path']}"

    arts = read(curated, "articles")
    assert arts.height == 2 and set(arts["article_id"]) == set(docs["article_id"])
    assert set(arts["published_month"]) == {"unknown"}
    pune = arts.filter(pl.col("title").str.starts_with("Mainland")).row(0, named=True)
    assert pune["publisher"] == "Pune Media" and pune["language"] == "en" and pune["doc_count"] == 1
    assert pune["captions"] and "[Photo provided to chinadaily.com.cn]" in pune["captions"][0]

    bp = read(curated, "boilerplate")
    kinds = set(bp["kind"])
    assert {"cookie_banner", "attribution", "comments", "disclaimer", "crypto_promo", "crypto_ticker", "related_links", "duplicate_line"} <= kinds
    assert bp.filter(pl.col("kind") == "cookie_banner")["text"].str.starts_with("This website uses cookies").all()

    reports = curated / "_reports"
    run_id = summary["run_id"]
    for stage in ("ingest", "extract", "clean", "dedup", "fields", "publish"):
        assert (reports / "validations" / run_id / f"{stage}.json").exists(), stage
    assert (reports / "data_docs" / "index.html").exists()
    assert (reports / "runs" / f"{run_id}.json").exists()
    assert all(c["success"] for c in summary["checks"])

    # A rerun over the same input changes nothing; a full refresh gives the same ids.
    snapshot = tree_digest(curated / "current")
    again = run(seeds_raw, curated)
    assert again["unchanged"] == 2 and again["curated"] == 0
    assert tree_digest(curated / "current") == snapshot
    run(seeds_raw, curated, full_refresh=True)
    refreshed = read(curated, "documents").sort("raw_path")
    assert refreshed["article_id"].to_list() == docs["article_id"].to_list()
    assert refreshed.height == 2


def test_incremental_half_then_whole(prefect_server, tmp_path: Path):
    """Half a folder, then all of it, then again: one row per input, ids kept, last run 0 new."""
    src = tmp_path / "all"
    src.mkdir()
    seeds = sorted((DATA / "seeds").glob("*.txt"))
    for s in seeds:
        shutil.copy(s, src / s.name)
    mexc = (src / "mexc-hk-ev-factory.txt").read_text(encoding="utf-8")
    # A syndicated copy of one seed under other boilerplate, and an edited re-post.
    (src / "repost-hk-ev.txt").write_text("Crypto Daily Wire\n\n" + mexc.split("Want your project")[0] + "\nShare this article\n", encoding="utf-8")
    (src / "edited-hk-ev.txt").write_text(mexc.replace("serious talks are underway", "talks are now underway"), encoding="utf-8")

    raw = tmp_path / "raw"
    raw.mkdir()
    curated = tmp_path / "curated"
    first_half = [seeds[0].name, seeds[1].name]
    for name in first_half:
        shutil.copy2(src / name, raw / name)
    run(raw, curated)
    first = dict(read(curated, "documents").select("raw_path", "article_id").iter_rows())

    for p in src.iterdir():
        if not (raw / p.name).exists():
            shutil.copy2(p, raw / p.name)
    s2 = run(raw, curated)
    assert s2["unchanged"] == 2 and s2["duplicates"] == 2
    docs = read(curated, "documents")
    assert docs.height == 4 and docs["raw_path"].n_unique() == 4
    ids = dict(docs.select("raw_path", "article_id").iter_rows())
    assert {k: ids[k] for k in first} == first
    assert ids["repost-hk-ev.txt"] == ids["edited-hk-ev.txt"] == ids["mexc-hk-ev-factory.txt"]
    assert set(docs.filter(pl.col("status") == "duplicate")["reason"]) <= {"exact_duplicate", "near_duplicate"}
    arts = read(curated, "articles")
    assert arts.height == 2
    assert arts.filter(pl.col("article_id") == ids["mexc-hk-ev-factory.txt"])["doc_count"].item() == 3

    s3 = run(raw, curated)
    assert s3["inputs"] == 4 and s3["unchanged"] == 4 and s3["processed"] == 0
    assert read(curated, "documents").height == 4
