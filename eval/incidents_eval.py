"""Score the core of incident grouping on ECB+ cross-document event coreference.

What is measured. ECB+ (../shared/corpora/ecbplus) marks event mentions (ACTION_*
and NEG_ACTION_* markables) and links those that refer to the same real-world
event, within and across documents of a topic. We take its gold event mentions in
the sentences whose annotation is complete (ECBplus_coreference_sentences.csv),
turn each into the ``Item`` that ``chronicle.incidents`` groups, run the stage's
own similarity + average-linkage clustering (``chronicle.incidents.group``) over
all mentions of one topic at a time ("gold topics", as in Barhom et al. 2019:
each topic holds two seminal events, e.g. two different earthquakes), and score
the partition against the gold instances with MUC, B-cubed, CEAF-e and their
mean, the CoNLL F1. Same-run baselines group the mentions of a topic by the
spaCy lemma of their head word (the standard "same lemma" baseline) and by the
stage's own trigger stem (the trigger feature alone).

What it is not. The gold *triggers* are given (we do not score event detection);
ECB+ has no publication dates and its events are not PLOVER-coded, so the type
gate is off and dates are either ignored (``dates off``: every pair
date-compatible) or treated as the product treats undated events (``dates
unknown``: only pairs with the same trigger stem, a shared actor and no
conflicting place may join). The two articles' words as wholes are part of the
similarity, as in the product. Actors are the actors stage's canonical ids of the
named people, organisations and places spaCy finds in the mention's sentence (not
the event's own arguments, which the events stage finds only for PLOVER events),
and the first place there is its location. So the figures measure how well the
similarity and clustering recover same-event mentions from words, trigger and
participants; not how well Chronicle finds political events, and ECB+'s
topics (earthquakes, award shows, product launches) are not political crises.

The weights and threshold are the product's (``WEIGHTS``, ``THRESHOLD``), read
off the dev topics (2 5 12 18 21 23 34 35); ``--sweep`` prints the dev-topic
threshold curve. Test topics are 36-45. Note the within-document part: two
mentions in one document get no credit for document likeness (as in the product).
It also checks that candidate blocking changes nothing: the same partition as
scoring every pair (``group(..., blocking=False)``).

Usage: python eval/incidents_eval.py [--split test|dev] [--sweep] [--limit N]
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from actors_eval import _detokenise, _span  # noqa: E402

from chronicle import nlp  # noqa: E402
from chronicle.actors import find_mentions, resolve  # noqa: E402
from chronicle.incidents import THRESHOLD, Item, group, stem  # noqa: E402

ECBPLUS = ROOT.parent / "shared" / "corpora" / "ecbplus"
DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
TEST_TOPICS = tuple(range(36, 46))
PLACES = {"GPE", "LOC"}


# -- ECB+ tokens to text: actors_eval.py's reader --

@dataclass
class GoldEvent:
    doc: str
    start: int
    end: int
    instance: str
    sentence: tuple[int, int]  # character span of its line


def read_doc(path: Path, complete: set[tuple[str, str]]) -> tuple[str, str, list[GoldEvent]]:
    root = ET.parse(path).getroot()
    doc_id = path.stem
    text, offsets, sentence = _detokenise(root)
    spans: dict[str, tuple[int, int]] = {}
    for el in root.find("Markables"):
        if el.tag.startswith(("ACTION_", "NEG_ACTION_")) and (span := _span(el, offsets)):
            first = el.find("token_anchor").get("t_id")
            if (doc_id, sentence[first]) in complete:
                spans[el.get("m_id")] = span
    instance: dict[str, str] = {}
    for rel in root.find("Relations") or []:
        target = rel.find("target").get("m_id")
        name = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"{doc_id}/{target}"
        for src in rel.findall("source"):
            instance.setdefault(src.get("m_id"), name)
    gold = []
    for m, (s, e) in spans.items():
        lo = text.rfind("\n", 0, s) + 1
        hi = text.find("\n", e)
        gold.append(GoldEvent(doc_id, s, e, instance.get(m, f"{doc_id}/{m}"), (lo, hi if hi >= 0 else len(text))))
    gold.sort(key=lambda g: (g.start, g.end))
    return doc_id, text, gold


def topics(which: tuple[int, ...], limit: int | None) -> dict[int, list]:
    with open(ECBPLUS / "ECBplus_coreference_sentences.csv", encoding="utf-8") as fh:
        complete = {(f"{r['Topic']}_{r['File']}", r["Sentence Number"]) for r in csv.DictReader(fh)}
    return {t: [read_doc(p, complete) for p in sorted((ECBPLUS / "ECB+" / str(t)).glob("*.xml"))[:limit]] for t in which}


# -- features ---------------------------------------------------------------------

def topic_items(docs: list) -> tuple[list[GoldEvent], list[Item], list[str]]:
    """Items for the grouping core, and each mention's head lemma (for the baseline)."""
    parsed = {doc_id: nlp.parse(text) for doc_id, text, _ in docs}
    mentions = {doc_id: find_mentions(parsed[doc_id]) for doc_id in parsed}
    _, links = resolve(mentions)
    gold, items, lemmas = [], [], []
    for doc_id, text, events in docs:
        doc = parsed[doc_id]
        for g in events:
            span = doc.char_span(g.start, g.end, alignment_mode="expand")
            head = span.root if span is not None and len(span) else None
            lo, hi = g.sentence
            here = [m for m in mentions[doc_id] if lo <= m.start and m.end <= hi]
            place = next((links.get((doc_id, m.entity)) for m in here if m.type in PLACES), None)
            actors = frozenset(a for m in here if m.type not in PLACES and (a := links.get((doc_id, m.entity))))
            word = head.text if head is not None else text[g.start:g.end]
            gold.append(g)
            items.append(Item(article=doc_id, text=text[lo:hi], trigger=stem(word), source=actors, location=place, sentence=lo))
            lemmas.append((head.lemma_ if head is not None else word).casefold())
    return gold, items, lemmas


# -- scores -----------------------------------------------------------------------

def _clusters(assign: dict) -> dict:
    out = defaultdict(set)
    for m, c in assign.items():
        out[c].add(m)
    return out


def b_cubed(gold: dict, system: dict) -> tuple[float, float, float]:
    """gold, system: mention → cluster id, over the same mentions."""
    g_members, s_members = _clusters(gold), _clusters(system)
    p = r = 0.0
    for m in gold:
        overlap = len(g_members[gold[m]] & s_members[system[m]])
        p += overlap / len(s_members[system[m]])
        r += overlap / len(g_members[gold[m]])
    n = len(gold) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def muc(gold: dict, system: dict) -> tuple[float, float, float]:
    def side(key: dict, response: dict) -> float:
        num = den = 0
        for members in _clusters(key).values():
            parts = {response[m] for m in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num / den if den else 0.0

    r, p = side(gold, system), side(system, gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ceaf_e(gold: dict, system: dict) -> tuple[float, float, float]:
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    g, s = list(_clusters(gold).values()), list(_clusters(system).values())
    index = {m: n for n, c in enumerate(s) for m in c}
    sim = np.zeros((len(g), len(s)))
    for i, k in enumerate(g):
        for m in k:
            j = index[m]
            sim[i, j] += 1
    for i, k in enumerate(g):
        for j in set(index[m] for m in k):
            sim[i, j] = 2 * sim[i, j] / (len(k) + len(s[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = sim[rows, cols].sum()
    p, r = total / len(s), total / len(g)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(gold: dict, system: dict) -> dict[str, tuple[float, float, float]]:
    out = {"MUC": muc(gold, system), "B3": b_cubed(gold, system), "CEAF-e": ceaf_e(gold, system)}
    out["CoNLL"] = (0.0, 0.0, sum(v[2] for v in out.values()) / 3)
    return out


def line(name: str, gold: dict, system: dict) -> str:
    s = scores(gold, system)
    parts = " ".join(f"{k} P={p:.3f} R={r:.3f} F1={f:.3f} |" for k, (p, r, f) in s.items() if k != "CoNLL")
    return f"  {name:<34} {parts} CoNLL F1={s['CoNLL'][2]:.3f}  ({len(set(system.values()))} clusters)"


def systems(per_topic: dict, texts: dict, threshold: float, dates: bool, blocking: bool = True) -> dict:
    out = {}
    for t, (_, items, _) in per_topic.items():
        for n, members in enumerate(group(items, threshold=threshold, dates=dates, documents=texts[t], blocking=blocking)):
            for i in members:
                out[(t, i)] = f"{t}/{n}"
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--sweep", action="store_true", help="also print scores over thresholds (dev topics)")
    ap.add_argument("--limit", type=int, default=None, help="documents per topic (default: all)")
    args = ap.parse_args()
    which = TEST_TOPICS if args.split == "test" else DEV_TOPICS
    nlp.load()
    t0 = time.perf_counter()
    data = topics(which, args.limit)
    per_topic = {t: topic_items(docs) for t, docs in data.items()}
    texts = {t: {doc_id: text for doc_id, text, _ in docs} for t, docs in data.items()}
    t_features = time.perf_counter() - t0
    gold = {(t, i): g.instance for t, (gs, _, _) in per_topic.items() for i, g in enumerate(gs)}
    lemma = {(t, i): f"{t}/{lem}" for t, (_, _, ls) in per_topic.items() for i, lem in enumerate(ls)}
    stems = {(t, i): f"{t}/{it.trigger}" for t, (_, items, _) in per_topic.items() for i, it in enumerate(items)}
    ndocs = sum(len({g.doc for g in gs}) for gs, _, _ in per_topic.values())
    print(f"ECB+ {args.split} topics {' '.join(map(str, which))}: {ndocs} documents, {len(gold)} gold event mentions "
          f"(complete sentences), {len(set(gold.values()))} gold events; grouped within each topic")
    print(line("singletons", gold, {k: k for k in gold}))
    print(line("same-lemma baseline", gold, lemma))
    print(line("same-stem baseline", gold, stems))
    t0 = time.perf_counter()
    dates_off = systems(per_topic, texts, THRESHOLD, False)
    t_group = time.perf_counter() - t0
    print(line(f"chronicle incidents, dates off (t={THRESHOLD})", gold, dates_off))
    dates_unknown = systems(per_topic, texts, THRESHOLD, True)
    print(line(f"chronicle incidents, dates unknown", gold, dates_unknown))
    same = (systems(per_topic, texts, THRESHOLD, False, blocking=False) == dates_off
            and systems(per_topic, texts, THRESHOLD, True, blocking=False) == dates_unknown)
    print(f"  blocking: {'the same' if same else 'DIFFERENT'} incidents as scoring every pair")
    if args.sweep:
        for t in (0.35, 0.40, 0.45, 0.50, 0.55):
            print(line(f"  dates off, threshold {t:.2f}", gold, systems(per_topic, texts, t, False)))
    print(f"\nfeatures (spaCy parse + actors) {t_features:.1f}s; grouping {t_group:.2f}s")


if __name__ == "__main__":
    main()
