"""Score actor resolution (mentions → corpus-wide actors) on MEANTIME and ECB+.

Both corpora link entity mentions across documents to shared instances: MEANTIME
(../shared/corpora/meantime_en: 120 Wikinews articles) and ECB+ (../shared/corpora/
ecbplus: web news; its standard test topics 36-45, only the sentences whose annotation
is complete). We score B-cubed precision/recall/F1 of the partition of gold person,
organisation and place mentions into actors, in two settings, each beside a same-run
baseline that groups mentions by exact string:

- linking: gold named-mention spans (with gold labels) are given to ``find_mentions``
  instead of spaCy's NER; scores named mentions, then named + pronoun mentions
  (pronouns found by our own resolver).
- end-to-end: spaCy NER + the actors stage.

A gold mention takes the actor of the system mention heading it: one of a compatible
type at its start before an apposition or complement ('Toulouse, France' → 'Toulouse',
'Jim Press, the Vice Chairman of Chrysler' → 'Jim Press'), else the one ending where it
ends (names are trimmed of articles and descriptions: 'the US automaker GM' → 'GM'),
else the last overlapping one of a compatible type, else it stays a singleton.
Named/pronoun/nominal is MEANTIME's syntactic type where given, else read off the words.

Each line also counts false merges (pairs of gold actors sharing one predicted actor:
the number to keep at zero), also among only the gold mentions a system mention spans
exactly (the rest are partly the matching's: 'the Prime Minister of Singapore' takes the
actor of 'Singapore'), and the share of gold actors given exactly one record.

Dev/test: ``--part dev`` or ``--part test`` scores one half, resolved on its own: MEANTIME
halves each topic's articles (a fixed-seed shuffle, so cross-document instances remain on
both sides), ECB+ halves its test topics. Rules are developed on dev; test is read only to
check that they carry. ``--part all`` (default) scores the whole corpora, as before.

Usage: python eval/actors_eval.py [--corpus meantime|ecbplus|both] [--part dev|test|all] [--limit N]
[--verbose] [--cache DIR] [--splits] [--rules]  (N documents per topic; default all. --verbose lists the false merges;
--rules counts each corpus join rule's right and wrong joins, over exactly matched mentions and over all;
--splits the gold actors given several records, with a guessed cause for each extra one;
--cache keeps per-article mentions so that a re-run only re-resolves: stale once the
per-article stage changes)
"""
from __future__ import annotations

import argparse
import csv
import pickle
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import JaroWinkler  # noqa: E402

from chronicle import nlp  # noqa: E402
from chronicle.actors import corpus as actor_corpus  # noqa: E402
from chronicle.actors import find_mentions, resolve  # noqa: E402
from chronicle.actors.corpus import _GROUP  # noqa: E402
from chronicle.actors.lexicon import fold  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
MEANTIME = CORPORA / "meantime_en" / "intra_cross-doc_annotation"
ECBPLUS = CORPORA / "ecbplus"
MEANTIME_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
ECB_LABELS = {"HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "GPE", "LOC_GEO": "GPE"}
ECB_TEST_TOPICS = range(36, 46)
PRONOUNS = {
    "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us",
    "our", "they", "them", "their", "i", "me", "my", "you", "your", "both", "ya",
}  # fmt: skip
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.:;?!%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$")


@dataclass
class GoldMention:
    doc: str
    start: int
    end: int
    text: str
    kind: str  # NAM | PRO | NOM
    label: str
    instance: str


def _detokenise(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]], dict[str, str]]:
    """Text from CAT tokens (one line per sentence), token offsets and sentence numbers."""
    pieces, offsets, sentence = [], {}, {}
    pos, prev_sent, prev_text = 0, None, ""
    for tok in root.iter("token"):
        text, sent = tok.text or "", tok.get("sentence")
        if pieces:
            glued = _NO_SPACE_BEFORE.match(text) or prev_text in ("(", "$")
            sep = "\n" if sent != prev_sent else ("" if glued else " ")
            pieces.append(sep)
            pos += len(sep)
        offsets[tok.get("t_id")] = (pos, pos + len(text))
        sentence[tok.get("t_id")] = sent
        pieces.append(text)
        pos += len(text)
        prev_sent, prev_text = sent, text
    return "".join(pieces), offsets, sentence


def _span(el: ET.Element, offsets) -> tuple[int, int] | None:
    ids = [a.get("t_id") for a in el.findall("token_anchor")]
    return (min(offsets[i][0] for i in ids), max(offsets[i][1] for i in ids)) if ids else None


def read_meantime(path: Path) -> tuple[str, str, list[GoldMention]]:
    """Detokenised text and the gold PER/ORG/LOC mentions with their instances."""
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id")
    text, offsets, _ = _detokenise(root)
    spans, kinds, entities = {}, {}, {}
    for el in root.find("Markables"):
        if el.tag == "ENTITY_MENTION" and _span(el, offsets):
            spans[el.get("m_id")] = _span(el, offsets)
            kinds[el.get("m_id")] = el.get("syntactic_type") or ""
        elif el.tag == "ENTITY" and el.get("ent_type") in MEANTIME_LABELS:
            instance = el.get("instance_id") or f"{doc_id}/{el.get('m_id')}"
            entities[el.get("m_id")] = (instance, MEANTIME_LABELS[el.get("ent_type")])
    gold = []
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target").get("m_id")
        if target not in entities:
            continue
        instance, label = entities[target]
        for m in (src.get("m_id") for src in rel.findall("source")):
            if m in spans:
                s, e = spans[m]
                gold.append(GoldMention(doc_id, s, e, text[s:e], _kind(kinds[m], text[s:e]), label, instance))
    return doc_id, text, gold


def read_ecbplus(path: Path, complete: set[tuple[str, str]]) -> tuple[str, str, list[GoldMention]]:
    """Like ``read_meantime``; only mentions in sentences whose annotation is complete."""
    root = ET.parse(path).getroot()
    doc_id = path.stem
    text, offsets, sentence = _detokenise(root)
    spans, labels = {}, {}
    for el in root.find("Markables"):
        span = _span(el, offsets)
        if el.tag in ECB_LABELS and span:
            first = el.find("token_anchor").get("t_id")
            if (doc_id, sentence[first]) in complete:
                spans[el.get("m_id")], labels[el.get("m_id")] = span, ECB_LABELS[el.tag]
    gold = []
    for rel in root.find("Relations") or []:
        target = rel.find("target").get("m_id")
        instance = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"{doc_id}/{target}"
        for m in (src.get("m_id") for src in rel.findall("source")):
            if m in spans:
                s, e = spans[m]
                gold.append(GoldMention(doc_id, s, e, text[s:e], _kind("", text[s:e]), labels[m], instance))
    return doc_id, text, gold


SPLIT_SEED = 20261123


def _half(items: list, part: str) -> list:
    """The dev or test half of ``items`` (a fixed-seed shuffle; test takes the odd one), or all."""
    if part == "all":
        return items
    shuffled = sorted(items)
    random.Random(SPLIT_SEED).shuffle(shuffled)
    dev = set(shuffled[: len(shuffled) // 2])
    return [x for x in items if (x in dev) == (part == "dev")]


def meantime_docs(limit: int | None, part: str = "all") -> list:
    return [read_meantime(p) for topic in sorted(MEANTIME.iterdir())
            for p in _half(sorted(topic.glob("*.xml"))[:limit], part)]


def ecbplus_docs(limit: int | None, part: str = "all") -> list:
    with open(ECBPLUS / "ECBplus_coreference_sentences.csv", encoding="utf-8") as fh:
        complete = {(f"{r['Topic']}_{r['File']}", r["Sentence Number"]) for r in csv.DictReader(fh)}
    docs = []
    for topic in _half(list(ECB_TEST_TOPICS), part):
        paths = sorted((ECBPLUS / "ECB+" / str(topic)).glob("*.xml"))
        docs += [read_ecbplus(p, complete) for p in paths[:limit]]
    return docs


def _kind(annotated: str, text: str) -> str:
    if annotated in ("NAM", "PRO", "NOM"):
        return annotated
    if text.lower() in PRONOUNS:
        return "PRO"
    words = [w for w in text.split() if w.lower() not in ("the", "of", "and")]
    return "NAM" if words and all(w[:1].isupper() for w in words) else "NOM"


def b_cubed(gold: dict, system: dict) -> tuple[float, float, float]:
    """gold, system: mention → cluster id, over the same mentions."""
    g_members, s_members = defaultdict(set), defaultdict(set)
    for m, c in gold.items():
        g_members[c].add(m)
    for m, c in system.items():
        s_members[c].add(m)
    p = r = 0.0
    for m in gold:
        overlap = len(g_members[gold[m]] & s_members[system[m]])
        p += overlap / len(s_members[system[m]])
        r += overlap / len(g_members[gold[m]])
    n = len(gold) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def system_clusters(gold: list[GoldMention], per_article, mapping, match) -> dict:
    """Each gold mention's actor, via the system mention ``match`` finds for it."""
    index = defaultdict(list)
    for doc, ms in per_article.items():
        for m in ms:
            index[doc].append(m)
    out = {}
    for i, g in enumerate(gold):
        hit = match(g, index[g.doc])
        out[i] = mapping[(g.doc, hit.entity)] if hit else f"single:{i}"
    return out


_COMPATIBLE = {"PERSON": {"PERSON"}, "ORG": {"ORG", "MILITARY", "MEDIA", "GROUP"}, "GPE": {"GPE", "LOC"}}


_APPOSED = re.compile(r"^(?:,| of | in | for | near | at )")


def overlapping(g: GoldMention, ms):
    """The system mention heading the gold one: of a compatible type at its start and
    followed by an apposition or a complement ('Toulouse, France', 'Jim Press, the Vice
    Chairman of Chrysler'), not in a list; else the one ending where the gold one does
    ('the US automaker GM'); else the last overlapping one of a compatible type."""
    text_start = g.start + (4 if g.text[:4].lower() == "the " else 0)
    listed = g.text.count(",") > 1 or ", and " in g.text  # 'India, China, Britain and Canada': no head
    for m in ms if not listed else ():
        if m.start == text_start and m.end < g.end and m.type in _COMPATIBLE[g.label]:
            if _APPOSED.match(g.text[m.end - g.start :]):
                return m
    same_end = [m for m in ms if m.end == g.end and m.start >= g.start]
    if same_end:
        return same_end[0]
    inside = [m for m in ms if m.start < g.end and g.start < m.end and m.type in _COMPATIBLE[g.label]]
    return inside[-1] if inside else None


def false_merges(gold: dict, system: dict) -> list[tuple[str, list[str]]]:
    """Clusters holding more than one gold actor, with those actors: each pair of gold
    actors sharing one predicted actor is a false merge."""
    members: dict[str, set] = defaultdict(set)
    for m, c in system.items():
        members[c].add(gold[m])
    return sorted((c, sorted(g)) for c, g in members.items() if len(g) > 1)


def whole_share(gold: dict, system: dict) -> float:
    """The share of gold actors whose mentions all went to exactly one predicted actor."""
    clusters: dict[str, set] = defaultdict(set)
    for m, g in gold.items():
        clusters[g].add(system[m])
    return sum(len(c) == 1 for c in clusters.values()) / (len(clusters) or 1)


def _pairs(merged: list[tuple[str, list[str]]]) -> int:
    return sum(len(g) * (len(g) - 1) // 2 for _, g in merged)


def report(title: str, gold: list[GoldMention], per_article, mapping, match, verbose: bool = False,
           actors: dict | None = None) -> None:
    truth = {i: g.instance for i, g in enumerate(gold)}
    baseline = {i: g.text for i, g in enumerate(gold)}
    ours = system_clusters(gold, per_article, mapping, match)
    # gold mentions a system mention covers exactly: their false merges are the resolver's,
    # not the matching's ('the Prime Minister of Singapore' takes the actor of 'Singapore')
    spans = {(doc, m.start, m.end) for doc, ms in per_article.items() for m in ms}
    exact = {i for i, g in enumerate(gold) if (g.doc, g.start, g.end) in spans}
    print(f"\n{title}: {len(gold)} gold mentions, {len(set(truth.values()))} gold actors")
    for name, clusters in (("exact-string baseline", baseline), ("chronicle actors", ours)):
        p, r, f = b_cubed(truth, clusters)
        merged = false_merges(truth, clusters)
        strict = false_merges({i: truth[i] for i in exact}, {i: clusters[i] for i in exact})
        print(f"  {name:<22} B3 P={p:.3f} R={r:.3f} F1={f:.3f}  ({len(set(clusters.values()))} clusters)")
        print(f"  {'':<22} false merges: {_pairs(merged)} pairs of gold actors ({_pairs(strict)} among exactly "
              f"matched mentions); one record for {100 * whole_share(truth, clusters):.1f}% of gold actors")
        if verbose and name == "chronicle actors":
            texts: dict[tuple[str, str], set] = defaultdict(set)
            for i, g in enumerate(gold):
                texts[(clusters[i], g.instance)].add(g.text)
            for c, instances in merged:
                mark = "*" if any(c == m for m, _ in strict) else " "
                print(f"   {mark}merged:", " + ".join(f"{g} {sorted(texts[(c, g)])}" for g in instances))
    if actors is not None:
        print_splits(gold, per_article, ours, match, actors)
        print_merge_kinds(gold, ours, false_merges(truth, ours), exact)


# --- which rule made each join (--rules) ----------------------------------------------


def rule_ledger(trace: list, gold_of: dict, label: dict) -> list[str]:
    """Per join rule of the corpus stage (``corpus.TRACE``): the joins of two pieces of
    one gold actor (right), the joins that put two gold actors together (wrong) and the
    false-merge pairs they made; an article's own entity holding two gold actors counts
    under 'article'. ``gold_of``: (article, entity) → the gold actors of the mentions it
    took; ``label``: gold actor → a text of it. Lines to print, the wrong joins listed."""
    right: Counter = Counter()
    wrong: Counter = Counter()
    pairs: Counter = Counter()
    lines = []
    for key, gold in sorted(gold_of.items()):
        if len(gold) > 1:
            wrong["article"] += 1
            pairs["article"] += len(gold) * (len(gold) - 1) // 2
            lines.append(f"     article {key[0]}: " + " + ".join(sorted(label[g] for g in gold)))
    for rule, a, b in trace:
        ga = set().union(*(gold_of.get(k, ()) for k in a))
        gb = set().union(*(gold_of.get(k, ()) for k in b))
        right[rule] += bool(ga & gb)
        new = {frozenset((x, y)) for x in ga for y in gb if x != y}
        new = {p for p in new if not (p <= ga or p <= gb)}
        if new:
            wrong[rule] += 1
            pairs[rule] += len(new)
            lines.append(f"     {rule}: " + " | ".join(" + ".join(sorted(label[g] for g in p)) for p in new))
    rules = sorted(set(right) | set(wrong), key=lambda r: (-pairs[r], -right[r], r))
    head = ["   joins by rule (right joins / wrong joins / false-merge pairs made): " + "; ".join(
        f"{r} {right[r]}/{wrong[r]}/{pairs[r]}" for r in rules)]
    return head + lines


# --- why a gold actor gets several records (--splits) ------------------------------------

CAUSES = (
    "no system mention", "gold span wider than the system mention", "type conflict", "same name kept apart",
    "within-article link missing", "acronym", "short form (surname/given name)", "initials", "title or honorific",
    "spelling/transliteration", "other name or description",
)  # fmt: skip
_WIDER = re.compile(r",| of | in | for | and |'s? ")
_TITLES = {
    "president", "prime", "minister", "senator", "sen", "rep", "gov", "governor", "mr", "mrs", "ms", "dr",
    "general", "gen", "king", "queen", "prince", "pope", "judge", "justice", "chairman", "ceo", "secretary",
    "the", "lord", "sir", "lady", "saint", "st", "col", "captain", "capt", "former",
}  # fmt: skip


def _cause(a: dict, b: dict) -> str:
    """Why record ``a`` (the gold actor's biggest) and record ``b`` stayed apart:
    each is {group, names (folded word tuples), docs, unmatched, wider}."""
    if b["unmatched"] or a["unmatched"]:
        return "no system mention"
    if b["wider"] or a["wider"]:
        return "gold span wider than the system mention"
    if a["group"] != b["group"]:
        return "type conflict"
    if a["names"] & b["names"]:
        return "same name kept apart"
    if a["docs"] & b["docs"]:
        return "within-article link missing"
    for x in a["names"]:
        for y in b["names"]:
            short, long_ = sorted((x, y), key=len)
            initials = {"".join(w[0] for w in long_), "".join(w[0] for w in long_ if w not in ("of", "the", "and"))}
            if len(short) == 1 and len(long_) > 1 and short[0] in initials:
                return "acronym"
    for x in a["names"]:
        for y in b["names"]:
            sx, sy = set(x) - _TITLES, set(y) - _TITLES
            if sx and sx == sy:
                return "title or honorific"
    for x in a["names"]:
        for y in b["names"]:
            sx, sy = set(x) - _TITLES, set(y) - _TITLES
            if sx and sy and (sx < sy or sy < sx):
                return "short form (surname/given name)"
    for x in a["names"]:
        for y in b["names"]:
            if len(x) == len(y) and all(p == q or p[0] == q[0] and min(len(p), len(q)) == 1 for p, q in zip(x, y)):
                return "initials"
            if JaroWinkler.similarity(" ".join(x), " ".join(y)) >= 0.85:
                return "spelling/transliteration"
    return "other name or description"


def print_merge_kinds(gold: list[GoldMention], clusters: dict, merged, exact: set[int]) -> None:
    """Each false-merge pair by kind: the gold's own artefacts (an entity the annotators
    gave no cross-document instance, though named like one; a merge only through a gold
    span wider than the system's mention) apart from the rest, which are worth reading."""
    texts: dict[tuple[str, str], set] = defaultdict(set)
    spans: dict[tuple[str, str], set] = defaultdict(set)
    for i, g in enumerate(gold):
        texts[(clusters[i], g.instance)].add(g.text)
        spans[(clusters[i], g.instance)].add(i)
    kinds: dict[str, list[str]] = defaultdict(list)
    for c, instances in merged:
        for n, a in enumerate(instances):
            for b in instances[n + 1 :]:
                pair = f"{a} {sorted(texts[(c, a)])} + {b} {sorted(texts[(c, b)])}"
                if not (spans[(c, a)] & exact and spans[(c, b)] & exact):
                    kinds["gold span wider than the system mention"].append(pair)
                elif "/" in a or "/" in b:
                    kinds["gold entity without a cross-document instance"].append(pair)
                elif texts[(c, a)] & texts[(c, b)]:
                    kinds["one name, two gold actors (government/place, state/city)"].append(pair)
                else:
                    kinds["other"].append(pair)
    for kind, pairs in kinds.items():
        print(f"   false-merge pairs, {kind}: {len(pairs)}")
        if not kind.startswith("gold"):
            print(*(f"     {p[:300]}" for p in pairs), sep="\n")


def print_splits(gold: list[GoldMention], per_article, clusters: dict, match, actors: dict) -> None:
    """Gold actors spread over several records, each record with its name, kind and the
    gold texts it took, and a cause for each extra record (against the biggest)."""
    by_instance: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_instance[g.instance].append(i)
    index = defaultdict(list)
    for doc, ms in per_article.items():
        index[doc] += ms
    gold_group = {"PERSON": "person", "ORG": "org", "GPE": "place"}
    counts: dict[str, int] = defaultdict(int)
    actors_by: dict[str, int] = defaultdict(int)
    lines = []
    for instance, idx in sorted(by_instance.items()):
        records: dict[str, dict] = {}
        for i in idx:
            g, c = gold[i], clusters[i]
            rec = records.setdefault(c, {"texts": set(), "docs": set(), "names": set(), "unmatched": False, "n": 0,
                                         "wider": True})
            rec["texts"].add(g.text)
            rec["docs"].add(g.doc)
            rec["n"] += 1
            hit = match(g, index[g.doc])  # a record only through a gold span holding more ('X, Y', 'X of Y')
            rec["wider"] &= bool(hit) and hit.start > g.start and bool(_WIDER.search(g.text[: hit.start - g.start]))
            if c.startswith("single:"):
                rec.update(unmatched=True, group=gold_group[g.label], label="-")
            else:
                actor = actors[c]
                rec.update(group=_GROUP.get(actor.type, "other"), label=f"{actor.name} [{actor.type}]")
                rec["names"] |= {tuple(fold(n).split()) for n in [actor.name, *actor.aliases] if fold(n)}
        if len(records) < 2:
            continue
        ranked = sorted(records.values(), key=lambda r: (-r["n"], r["label"]))
        causes = [_cause(ranked[0], r) for r in ranked[1:]]
        for cause in causes:
            counts[cause] += 1
        actors_by[min(causes, key=CAUSES.index)] += 1
        lines.append(f"   split {instance}: " + " | ".join(
            f"{r['label']} {sorted(r['texts'])}" + (f" <{c}>" if c else "")
            for r, c in zip(ranked, ["", *causes])))
    print(*lines, sep="\n")
    print("   causes (extra records / gold actors by their first cause in this list): " + "; ".join(
        f"{c} {counts[c]}/{actors_by[c]}" for c in CAUSES if counts[c]))


def gold_ledger(gold: list[GoldMention], per_article, trace: list, exact: bool = True) -> list[str]:
    """``rule_ledger`` over the gold mentions a system mention spans ``exact``ly (the
    others' merges are partly the matching's), else over all, matched as scored."""
    spans = {(doc, m.start, m.end): m.entity for doc, ms in per_article.items() for m in ms}
    index = defaultdict(list)
    for doc, ms in per_article.items():
        index[doc] += ms
    gold_of: dict[tuple[str, str], set] = defaultdict(set)
    label: dict[str, str] = {}
    for g in gold:
        hit = None if exact else overlapping(g, index[g.doc])
        entity = spans.get((g.doc, g.start, g.end)) if exact else hit and hit.entity
        if entity is not None:
            gold_of[(g.doc, entity)].add(g.instance)
            label.setdefault(g.instance, f"{g.text}<{g.instance}>")
    return rule_ledger(trace, gold_of, label)


def evaluate(title: str, docs: list, verbose: bool = False, cache: Path | None = None,
             splits: bool = False, rules: bool = False) -> None:
    print(f"\n=== {title}: {len(docs)} documents, gold person/organisation/place mentions")
    if cache is not None and cache.exists():  # per-article mentions of an earlier run: corpus stage only
        e2e, linked = pickle.loads(cache.read_bytes())
        if not {doc_id for doc_id, _, _ in docs} <= e2e.keys():
            raise SystemExit(f"{cache} lacks some of these documents: cache with --part all first")
        wanted = {doc_id for doc_id, _, _ in docs}  # one part of a cache of all
        e2e = {d: ms for d, ms in e2e.items() if d in wanted}
        linked = {d: ms for d, ms in linked.items() if d in wanted}
        t_parse = t_stage = None
    else:
        t0 = time.perf_counter()
        parsed = {doc_id: nlp.parse(text) for doc_id, text, _ in docs}
        t_parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        e2e = {doc_id: find_mentions(parsed[doc_id]) for doc_id, _, _ in docs}
        t_stage = time.perf_counter() - t0
        linked = {
            doc_id: find_mentions(parsed[doc_id], [(g.start, g.end, g.label) for g in gold if g.kind == "NAM"])
            for doc_id, _, gold in docs
        }
        if cache is not None:
            cache.write_bytes(pickle.dumps((e2e, linked)))
    all_gold = [g for _, _, gold in docs for g in gold]
    named = [g for g in all_gold if g.kind == "NAM"]
    named_pro = [g for g in all_gold if g.kind in ("NAM", "PRO")]
    t_resolve = 0.0
    for setting, per_article in (("Linking on gold named mentions", linked), ("End to end (spaCy NER)", e2e)):
        t0 = time.perf_counter()
        actor_corpus.TRACE = [] if rules else None
        actors, mapping = resolve(per_article)
        trace, actor_corpus.TRACE = actor_corpus.TRACE, None
        t_resolve += time.perf_counter() - t0
        report(f"{setting}, named mentions scored", named, per_article, mapping, overlapping, verbose,
               {a.id: a for a in actors} if splits else None)
        if rules:
            print(*gold_ledger(named, per_article, trace), sep="\n")
            print("   every gold mention, matched as scored:")
            print(*gold_ledger(named, per_article, trace, exact=False), sep="\n")
        report(f"{setting}, named + pronoun mentions scored", named_pro, per_article, mapping, overlapping)
    if t_parse is not None:
        print(f"\nspaCy parse {t_parse:.1f}s; actors stage (per-article) {t_stage:.1f}s "
              f"= {100 * t_stage / t_parse:.0f}% of parse time")
    print(f"corpus resolution {t_resolve:.1f}s for both settings")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=("meantime", "ecbplus", "both"), default="both")
    ap.add_argument("--part", choices=("dev", "test", "all"), default="all",
                    help="score the dev or test half only (MEANTIME: half of each topic; ECB+: half the topics)")
    ap.add_argument("--limit", type=int, default=None, help="documents per topic (default: all)")
    ap.add_argument("--verbose", action="store_true", help="list the false merges (named mentions)")
    ap.add_argument("--splits", action="store_true",
                    help="list the gold actors spread over several records (named mentions), with causes")
    ap.add_argument("--cache", type=Path, default=None,
                    help="folder keeping the per-article mentions between runs: only corpus resolution re-runs")
    ap.add_argument("--rules", action="store_true",
                    help="count each join rule's right and wrong joins (exactly matched named mentions)")
    args = ap.parse_args()
    nlp.load()

    def cache(name: str) -> Path | None:
        if args.cache is None:
            return None
        args.cache.mkdir(parents=True, exist_ok=True)
        return args.cache / f"{name}-{args.limit or 'all'}.pickle"  # every part: one cache

    part = "" if args.part == "all" else f", {args.part} half"
    if args.corpus in ("meantime", "both"):
        evaluate(f"MEANTIME English (4 topics, cross-document instances{part})", meantime_docs(args.limit, args.part),
                 args.verbose, cache("meantime"), args.splits, args.rules)
    if args.corpus in ("ecbplus", "both"):
        evaluate(f"ECB+ test topics 36-45 (complete sentences only{part})", ecbplus_docs(args.limit, args.part),
                 args.verbose, cache("ecbplus"), args.splits, args.rules)


if __name__ == "__main__":
    main()
