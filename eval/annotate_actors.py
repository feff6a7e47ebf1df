"""Build a cross-article actor gold (``actors_voa_*.jsonl``) from a hand-written spec.

The gold is the product of reading; this tool only keeps the mechanical part honest and
repeatable, as "How it was made" in eval/data/ACTORS_VOA.md describes. The annotator
lists, per cluster, each actor with its surface forms by kind, and the spans of
non-actor labels that contain an actor's surface ("O Canada") as blocks. Every
whole-word, case-sensitive occurrence of a surface in the cluster's stories becomes a
mention, longest surface first, never overlapping another mention or a block. A
surface listed for two actors (Washington the city and Washington the government) goes
to the first actor listing it; every such occurrence is then read (``--show``) and
reassigned by hand in the spec's ``fixes``, each fix pinned by story, offset and text
so that a changed story text fails loudly instead of shifting the gold silently.
``--uncovered`` lists every capitalised word no mention or block covers, to be read
so that no name is missed.

Spec (JSON)::

    {"clusters": [{"cluster": "...", "stories": ["id", ...],
                   "blocks": ["O Canada", ...],
                   "actors": [{"id": "...", "name": "...", "type": "GPE",
                               "names": [...], "demonyms": [...], "metonyms": [...]}],
                   "fixes": [{"story": "id", "start": 12, "text": "Washington",
                              "actor": "usa" | null, "kind": "metonym"}]}]}

A fix whose actor is null drops the mention there; a fix where no mention was found
adds one (lower-case or mid-word names a whole-word match cannot see).

    python eval/annotate_actors.py SPEC [--voa FILE] [-o GOLD] [--uncovered] [--show SURFACE ...]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VOA = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
KINDS = (("names", "name"), ("demonyms", "demonym"), ("metonyms", "metonym"))
CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*\w\.?|(?<![\w'’])[A-Z]\b")


def occurrences(text: str, surface: str) -> list[int]:
    """Starts of whole-word, case-sensitive occurrences: a hyphen or a bracket is a
    word edge ("U.S.-EU", "anti-Pakistan"), a letter or digit is not ("Sharifullah")."""
    pattern = r"(?<!\w)" + re.escape(surface) + (r"(?!\w)" if surface[-1].isalnum() else "")
    return [m.start() for m in re.finditer(pattern, text)]


def overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def annotate(cluster: dict, texts: dict[str, str]) -> tuple[list[dict], dict[str, list[tuple[int, int]]]]:
    """The cluster's actors with their mentions, and the taken spans per story (for
    ``--uncovered``)."""
    forms = []  # (surface, actor id, kind) in spec order; the longest surface wins
    for actor in cluster["actors"]:
        for key, kind in KINDS:
            forms += [(s, actor["id"], kind) for s in actor.get(key, [])]
    forms.sort(key=lambda f: -len(f[0]))
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for story in cluster["stories"]:
        for block in cluster.get("blocks", []):
            taken[story] += [(s, s + len(block)) for s in occurrences(texts[story], block)]
    blocked = {story: len(spans) for story, spans in taken.items()}
    found: dict[tuple[str, int], dict] = {}
    for surface, actor, kind in forms:
        for story in cluster["stories"]:
            for start in occurrences(texts[story], surface):
                span = (start, start + len(surface))
                if overlaps(span, taken[story]):
                    continue
                taken[story].append(span)
                found[(story, start)] = {"actor": actor, "story": story, "start": start,
                                         "end": span[1], "text": surface, "kind": kind}
    ids = {a["id"] for a in cluster["actors"]}
    for fix in cluster.get("fixes", []):
        story, start, text = fix["story"], fix["start"], fix["text"]
        if texts[story][start:start + len(text)] != text:
            sys.exit(f"fix {fix} does not match the text of story {story}")
        if fix["actor"] is not None and fix["actor"] not in ids:
            sys.exit(f"fix {fix} names an unknown actor")
        old = found.pop((story, start), None)
        if old is not None and old["text"] != text:
            sys.exit(f"fix {fix} does not match the mention found there ({old['text']!r})")
        if fix["actor"] is None:
            if old is None:
                sys.exit(f"fix {fix} drops a mention that was not found")
            continue
        if old is None:
            span = (start, start + len(text))
            if overlaps(span, taken[story][:blocked.get(story, 0)]) or any(
                    k[0] == story and overlaps(span, [(m["start"], m["end"])]) for k, m in found.items()):
                sys.exit(f"fix {fix} overlaps another mention or a block")
            taken[story].append(span)
        found[(story, start)] = {"actor": fix["actor"], "story": story, "start": start,
                                 "end": start + len(text), "text": text, "kind": fix.get("kind", "name")}
    order = {s: i for i, s in enumerate(cluster["stories"])}
    by_actor: dict[str, list[dict]] = defaultdict(list)
    for m in sorted(found.values(), key=lambda m: (order[m["story"]], m["start"])):
        by_actor[m.pop("actor")].append(m)
    actors = []
    for a in cluster["actors"]:
        if not by_actor.get(a["id"]):
            print(f"actor {a['id']} in {cluster['cluster']} has no mention", file=sys.stderr)
            continue
        actors.append({"id": a["id"], "name": a["name"], "type": a["type"], "mentions": by_actor[a["id"]]})
    return actors, taken


def context(text: str, start: int, end: int, width: int = 60) -> str:
    return (text[max(0, start - width):start] + "[[" + text[start:end] + "]]"
            + text[end:end + width]).replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("spec", type=Path)
    ap.add_argument("--voa", type=Path, default=VOA)
    ap.add_argument("-o", "--out", type=Path)
    ap.add_argument("--uncovered", action="store_true",
                    help="list capitalised words that no mention or block covers")
    ap.add_argument("--show", nargs="+", metavar="SURFACE",
                    help="print every occurrence of these surfaces with its assignment, to read")
    args = ap.parse_args()
    spec = json.loads(args.spec.read_text())
    texts = {}
    with args.voa.open() as f:
        for line in f:
            story = json.loads(line)
            texts[story["id"]] = story["text"]
    lines, complete = [], True
    for cluster in spec["clusters"]:
        actors, taken = annotate(cluster, texts)
        complete &= len(actors) == len(cluster["actors"])
        lines.append({"cluster": cluster["cluster"], "stories": cluster["stories"], "actors": actors})
        where = {(m["story"], m["start"]): (a["id"], m["kind"]) for a in actors for m in a["mentions"]}
        if args.show:
            for surface in args.show:
                for story in cluster["stories"]:
                    for start in occurrences(texts[story], surface):
                        got = where.get((story, start), ("-", "-"))
                        print(f"{cluster['cluster']}\t{story}\t{start}\t{got[0]}/{got[1]}\t"
                              f"{context(texts[story], start, start + len(surface))}")
        if args.uncovered:
            seen: dict[str, list[str]] = defaultdict(list)
            for story in cluster["stories"]:
                for m in CAPITALISED.finditer(texts[story]):
                    if not overlaps(m.span(), taken[story]):
                        seen[m.group()].append(f"{story}@{m.start()}: {context(texts[story], *m.span(), 40)}")
            print(f"== {cluster['cluster']}: {len(seen)} uncovered capitalised words")
            for word in sorted(seen):
                print(f"{word}\t{len(seen[word])}\t{seen[word][0]}")
        n = sum(len(a["mentions"]) for a in actors)
        print(f"{cluster['cluster']}: {len(actors)} actors, {n} mentions", file=sys.stderr)
    if args.out:
        if not complete:
            sys.exit("not written: every actor of the spec needs a mention")
        args.out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))


if __name__ == "__main__":
    main()
