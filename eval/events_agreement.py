"""How far two annotators of the same stories agree, scored as the system is scored.

Every article-level gold file in eval/data was written by one annotator, so a
system figure on it mixes the system's errors with the annotator's own calls (what
counts as an event, which of two defensible types). Two annotations of the same
stories, made independently, bound what any system can reach on them: each file is
scored with ``events_articles_eval.score`` against the other, the second taking the
system's place (its events' evidence = their sentences, their type, modality, date
and source names = the annotator's first choices; alternatives count on the gold
side only, as for the system). Both directions are printed: found / type / all
three of A's events in B, and of B's in A.

    .venv/bin/python eval/events_agreement.py eval/data/events_articles_test3.jsonl eval/data/events_articles_test3b.jsonl

Prints aggregates only, so that it can be run on blind test files.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_articles_eval import VOA, _normalised, locate, overlaps, print_table, score  # noqa: E402


def as_system(story: dict, text: str, norm) -> list[dict]:
    """An annotator's events in the shape ``score`` expects of the system's."""
    out = []
    for e in story["events"]:
        at = locate(e["sentence"], text, norm)
        if at is None:
            raise SystemExit(f"story {story['story']}: sentence not in the text: {e['sentence'][:80]!r}")
        out.append({"type": e["type"], "mode": e.get("mode"), "modality": e["modality"], "date": e.get("date"),
                    "date_text": None, "names": list(e.get("source") or []), "surface": [],
                    "source_shown": (e.get("source") or [])[:1], "target_shown": (e.get("target") or [])[:1],
                    "trigger": None, "start": at[0], "end": at[1]})
    return out


def spans_of(story: dict, text: str, norm) -> tuple[list[list[tuple[int, int]]], list[tuple[int, int]]]:
    spans = [[at for s in [e["sentence"], *e.get("also", [])] if (at := locate(s, text, norm))]
             for e in story["events"]]
    excluded = [at for s in story.get("exclude", []) if (at := locate(s, text, norm))]
    return spans, excluded


def agreement(gold: list[dict], other: list[dict], texts: dict[str, str]) -> dict:
    """``gold`` scored with ``other``'s events in the system's place, on the stories both annotated."""
    by_story = {s["story"]: s for s in other}
    gold = [g for g in gold if g["story"] in by_story]
    spans, events = {}, {}
    for g in gold:
        text = texts[g["story"]]
        norm = _normalised(text)
        spans[g["story"]], excluded = spans_of(g, text, norm)
        events[g["story"]] = [e for e in as_system(by_story[g["story"]], text, norm) if not overlaps(e, excluded)]
    return score(gold, events, spans)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path, help="first annotator's gold file")
    ap.add_argument("b", type=Path, help="second annotator's gold file (same stories, annotated independently)")
    ap.add_argument("--voa", type=Path, default=VOA, help="the VOA stories (default: ../shared/corpora/voa)")
    args = ap.parse_args()

    a, b = ([json.loads(line) for line in p.read_text().splitlines() if line.strip()] for p in (args.a, args.b))
    texts = {s["id"]: s["text"] for s in map(json.loads, args.voa.read_text().splitlines())}
    shared = {s["story"] for s in a} & {s["story"] for s in b}
    print(f"{len(shared)} stories annotated by both; events: A {sum(len(s['events']) for s in a if s['story'] in shared)}, "
          f"B {sum(len(s['events']) for s in b if s['story'] in shared)}")
    for name, s in (("A", a), ("B", b)):
        kept = [e for st in s if st["story"] in shared for e in st["events"]]
        print(f"  {name} types: {dict(Counter(e['type'] for e in kept).most_common())}")
        print(f"  {name} modalities: {dict(Counter(e['modality'] for e in kept).most_common())}")
    print("\nColumns: 'B on A' scores B's events as the system against A as gold; 'A on B' the other way.")
    print_table({"B on A": agreement(a, b, texts), "A on B": agreement(b, a, texts)})


if __name__ == "__main__":
    main()
