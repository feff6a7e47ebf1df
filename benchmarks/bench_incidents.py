"""Speed of incident grouping as the number of event mentions grows, measured in one run.

Corpus: the 89 Voice of America stories in ../shared/corpora/voa (public domain),
run once through the whole pipeline (cached in benchmarks/.cache, keyed by the
pipeline version: delete it after changing a stage without bumping that). Their stored event mentions, actor links and articles are
then replicated to N mentions: each copy of an article is placed on a random day
of a window of ``--days`` days (its publication date and every date of its
events moved by the same number of days), keeping its text and its actors
(the same people and states recur through a year of news). So the
mentions per day, and therefore the pairs that dates allow, grow with N as they
do in a growing knowledge base. About 7 articles (100 mentions) a day at
N=20,000 over a year.

Prints, for each N, the grouping time (``group``, which ``incidents.resolve``
calls) with candidate blocking (the product) and, up to ``--naive-max``, without
it (every type- and date-compatible pair scored, the method before blocking),
each as a ratio to the same-run baseline: the unblocked time at the smallest N.
Where both run, it checks that they give the same partition. Machines are
noisy: read the ratios, never assert the times.

Usage: python benchmarks/bench_incidents.py [--sizes 2000 5000 20000] [--days 365] [--naive-max 5000]
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronicle.incidents import group, resolve  # noqa: E402
from chronicle.incidents import _item  # noqa: E402
from chronicle.incidents.group import interval  # noqa: E402
from chronicle.pipeline import PIPELINE_VERSION  # noqa: E402

CACHE = Path(__file__).parent / ".cache"
VOA = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def voa_kb():
    """(events, articles, links, actors) of the VOA stories, as the store holds them."""
    path = CACHE / f"voa_kb_{PIPELINE_VERSION}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    from chronicle import Chronicle

    records = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [{"title": r["title"], "text": r["text"], "outlet": "Voice of America", "published": r["published"][:10], "url": r["url"]}
               for r in records]
    with tempfile.TemporaryDirectory() as tmp, Chronicle(Path(tmp) / "voa.duckdb") as kb:
        kb.ingest_records(records)
        data = (kb.store.events(), {a.id: a for a in kb.store.articles()}, kb.store.actor_links(), kb.store.actors())
    CACHE.mkdir(exist_ok=True)
    path.write_bytes(pickle.dumps(data))
    return data


def _shift(value: str | None, days: int) -> str | None:
    """A date value moved by ``days``, at its own precision (ranges by their ends)."""
    if not value:
        return value
    out = []
    for part in value.split("/"):
        span = interval(part)
        if span is None:
            return value
        d = span[0] + timedelta(days=days)
        out.append(d.isoformat()[: len(part.strip())])
    return "/".join(out)


def replicate(kb, n: int, days: int, seed: int = 0):
    """``n`` event mentions (events, articles, links, actors) made of copies of ``kb``'s articles on random days."""
    events, articles, links, actors = kb
    by_article: dict[str, list] = {}
    for art, seq, e in events:
        by_article.setdefault(art, []).append((seq, e))
    names = sorted(by_article)
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    out_events, out_articles, out_links = [], {}, {}
    copy = 0
    while len(out_events) < n:
        for art in names:
            a = articles[art]
            when = start + timedelta(days=rng.randrange(days))
            delta = (when - date.fromisoformat(a.published)).days if a.published and len(a.published) == 10 else 0
            new = f"{art}c{copy}"
            out_articles[new] = replace(a, id=new, published=when.isoformat() if a.published else None)
            for (x, key), actor in links.items():
                if x == art:
                    out_links[(new, key)] = actor
            for seq, e in by_article[art]:
                date_ = replace(e.date, value=_shift(e.date.value, delta)) if e.date else None
                out_events.append((new, seq, replace(e, date=date_)))
                if len(out_events) == n:
                    break
            if len(out_events) == n:
                break
        copy += 1
    return out_events, out_articles, out_links, actors


def items_of(kb):
    """The grouping items and article texts ``resolve`` would build."""
    events, articles, links, actors = kb
    by_id = {a.id: a for a in actors}
    rows = sorted(events, key=lambda r: (r[0], r[1]))
    items = [_item(art, e, articles[art], links, by_id) for art, _, e in rows]
    return items, {art: articles[art].text for art, _, _ in rows}


def timed(fn, *args, repeat: int = 1, **kw):
    """(best wall time of ``repeat`` runs, the result)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn(*args, **kw)
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 20000])
    ap.add_argument("--days", type=int, default=365, help="the window the copies are spread over")
    ap.add_argument("--naive-max", type=int, default=5000, help="largest N also grouped without blocking")
    ap.add_argument("--repeat", type=int, default=2, help="runs per timing below 10,000 mentions (the best is kept)")
    ap.add_argument("--resolve", action="store_true", help="also time the whole stage (incidents.resolve)")
    args = ap.parse_args()
    t, kb = timed(voa_kb)
    print(f"VOA knowledge base: {len(kb[1])} articles, {len(kb[0])} event mentions ({t:.1f}s to load or build)")
    warm, documents = items_of(replicate(kb, 300, args.days))
    group(warm, documents=documents)  # warm-up: imports, first calls
    base = None
    for n in sorted(args.sizes):
        sub = replicate(kb, n, args.days)
        items, documents = items_of(sub)
        per_day = n / args.days
        line = f"N={n:>6} ({len(sub[1])} articles, {per_day:.0f} mentions/day):"
        naive, repeat = None, args.repeat if n < 10_000 else 1
        if n <= args.naive_max:
            t_naive, naive = timed(group, items, documents=documents, blocking=False, repeat=repeat)
            base = base or t_naive
            line += f" unblocked {t_naive:7.2f}s ({t_naive / base:6.2f}x)"
        t_block, blocked = timed(group, items, documents=documents, repeat=repeat)
        base = base or t_block
        line += f" | blocked {t_block:7.2f}s ({t_block / base:6.2f}x)"
        if naive is not None:
            line += " | same incidents" if naive == blocked else " | DIFFERENT incidents"
        line += f" | {len(blocked)} incidents"
        if args.resolve:
            t_res, _ = timed(resolve, *sub)
            line += f" | resolve {t_res:.2f}s"
        print(line, flush=True)
    print(f"baseline: unblocked grouping at the smallest N = {base:.2f}s; ratios are to it (same run)")


if __name__ == "__main__":
    main()
