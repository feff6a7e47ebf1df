"""Score the events stage on open labelled sentences it was not trained on.

Data: PLOVER GSR, PETRARCH2 unit tests (CAMEO mapped to PLOVER) and our VOA set
(see events_train.py). Five folds, near-duplicate sentences always in the same fold:
for each fold the fallback classifier is retrained on the other four, then the whole
stage runs on the fold's sentences (after the actors and quotes stages, as in the
pipeline). The sentence's predicted type is that of its main event (the trigger
nearest the root).

Printed, all from this run:
- event type precision / recall / F1 per type and macro-F1 over the 16 types, for
  the full stage, the lexicon alone, the classifier alone on the gold trigger, and a
  majority baseline;
- source/target accuracy where the gold has actor text (GSR, VOA), against a
  "first entity is the source, second the target" baseline, both scored by
  ``overlaps``: a shared specific word, acronym ("U.N." = "United Nations") or country
  ("Venezuelan" = "Venezuela"), where titles and common nouns ("President",
  "officials") alone do not count;
- modality accuracy on VOA events, against "always asserted".

``--with-articles dev1,dev2`` adds those dev sets' article gold (see events_train.py) to
every fold's training data, never to its test data, so the figures stay comparable with
a run without it.

    .venv/bin/python eval/events_eval.py [--folds 5] [--with-articles dev1,dev2,dev3]
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from events_train import article_sets, featurize, fit_on, load_all, load_articles, trigger_token  # noqa: E402

from chronicle import events  # noqa: E402
from chronicle.events import classifier  # noqa: E402
from chronicle.events.lexicon import PLOVER_TYPES  # noqa: E402
from chronicle.records import Analysis, Article, Mention  # noqa: E402

ENT_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "GROUP", "FAC": "LOC"}


def earlier_stages(analysis: Analysis) -> None:
    """Mentions and quotes as the pipeline gives them, so arguments and in-quote
    modality are scored as they will run."""
    try:
        from chronicle import actors
        actors.annotate(analysis)
    except (ImportError, AttributeError):
        for i, ent in enumerate(analysis.doc.ents):  # stand-in when the actors stage is missing
            if ent.label_ in ENT_TYPES:
                analysis.mentions.append(Mention(ent.start_char, ent.end_char, ent.text, ENT_TYPES[ent.label_],
                                                 f"e{i}", ent.text))
    try:
        from chronicle import quotes
        quotes.annotate(analysis)
    except (ImportError, AttributeError):
        pass


def run_stage(doc, model) -> Analysis:
    analysis = Analysis(article=Article(id="s", source="eval", sha256="", text=doc.text), doc=doc)
    earlier_stages(analysis)
    events.annotate(analysis, model=model)
    return analysis


def main_event(analysis: Analysis):
    """The event whose trigger sits highest in the parse."""
    if not analysis.events:
        return None
    def depth(ev):
        tok = next(t for t in analysis.doc if ev.start <= t.idx < ev.end and t.text == ev.trigger)
        d = 0
        while tok.head != tok:
            tok, d = tok.head, d + 1
        return d
    return min(analysis.events, key=depth)


def prf(gold: list[str], pred: list[str | None]) -> tuple[dict, float]:
    rows = {}
    for t in PLOVER_TYPES:
        tp = sum(g == t and p == t for g, p in zip(gold, pred))
        fp = sum(g != t and p == t for g, p in zip(gold, pred))
        fn = sum(g == t and p != t for g, p in zip(gold, pred))
        p_ = tp / (tp + fp) if tp + fp else 0.0
        r_ = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
        rows[t] = (p_, r_, f, tp + fn)
    present = [t for t in PLOVER_TYPES if rows[t][3]]
    return rows, sum(rows[t][2] for t in present) / len(present)


def micro(gold, pred) -> tuple[float, float]:
    tp = sum(g == p and g in PLOVER_TYPES for g, p in zip(gold, pred))
    npred = sum(p in PLOVER_TYPES for p in pred)
    ngold = sum(g in PLOVER_TYPES for g in gold)
    return (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)


STOP = {"the", "of", "a", "an", "and", "for", "in", "on", "from", "to", "its", "their", "his", "her"}
# Titles and common nouns any two actors may share: "President Trump" is not "President
# Maduro", so these words match only when the gold phrase has nothing more specific.
GENERIC = {
    "president", "presidents", "prime", "minister", "ministers", "foreign", "defence", "defense", "interior",
    "secretary", "general", "chief", "head", "leader", "leaders", "official", "officials", "senior", "top",
    "government", "governments", "authorities", "state", "states", "national", "federal", "ministry",
    "forces", "force", "army", "military", "troops", "soldiers", "police", "security", "party", "parties",
    "group", "groups", "people", "member", "members", "spokesman", "spokeswoman", "council", "committee",
    "parliament", "administration", "ambassador", "envoy", "delegation", "mission", "agency", "movement",
    "rebels", "rebel", "opposition", "protesters", "demonstrators", "activists", "new", "former", "main",
}


def _words(text: str) -> list[str]:
    out = []
    for w in text.replace("-", " ").split():
        w = w.lower().strip(".,;:()[]{}\"'`’‘“”")
        for suffix in ("'s", "’s"):
            if w.endswith(suffix):
                w = w[: -len(suffix)]
        w = w.rstrip("'’")
        if w and w not in STOP:
            out.append(w)
    return out


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isalpha()) if len(words) > 1 else ""


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    from chronicle.events import coups
    return {k.lower(): v for k, v in coups.country_names().items() if not k.isupper()}


def _keys(text: str) -> set[str]:
    """What a phrase can be matched on: its specific words (its generic ones only when it
    has nothing else), the acronym of a multi-word name, an acronym written with dots
    ("U.N." = "UN"), and the country of a country name or demonym ("Venezuelan" = "Venezuela")."""
    words = _words(text)
    specific = [w for w in words if w not in GENERIC]
    keys = set(specific or words)
    keys |= {w.replace(".", "") for w in keys}
    if _acronym(specific) and len(_acronym(specific)) > 1:
        keys.add(_acronym(specific))
    countries = _countries()
    keys |= {"@" + countries[w] for w in specific if w in countries}
    keys |= {"@" + countries[f"{a} {b}"] for a, b in zip(specific, specific[1:]) if f"{a} {b}" in countries}
    return keys


def overlaps(text: str, golds: list[str]) -> bool:
    """Whether a predicted actor (its name and the texts it is mentioned by) is one the
    gold names: a shared specific word, acronym or country (see ``_keys``)."""
    mine = _keys(text)
    everything = {w.replace(".", "") for w in _words(text)}
    for g in golds:
        if not [w for w in _words(g) if w not in GENERIC]:  # "activists", "the government"
            if everything & {w.replace(".", "") for w in _words(g)}:
                return True
        elif mine & _keys(g):
            return True
    return False


def folds(examples, order: list[int], n: int) -> dict[int, int]:
    """Fold of each example, keeping near-duplicates together: the PETRARCH unit tests
    vary one sentence many times ("Arnor is about to restore ties with Gondor/Libya/..."),
    and a copy in the training folds would make the test fold easy. Two sentences are
    near-duplicates when their lower-case words overlap by half (Jaccard)."""
    words = [{w for w in e.text.lower().split() if w.isalpha()} for e in examples]
    parent = list(range(len(examples)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i in range(len(examples)):
        for j in range(i):
            if examples[i].corpus == examples[j].corpus and words[i] and words[j] \
                    and len(words[i] & words[j]) >= 0.5 * len(words[i] | words[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in order:
        groups.setdefault(find(i), []).append(i)
    sizes, fold_of = [0] * n, {}
    for members in sorted(groups.values(), key=len, reverse=True):  # biggest first, each to the smallest fold
        k = sizes.index(min(sizes))
        sizes[k] += len(members)
        fold_of.update({i: k for i in members})
    return fold_of


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--with-articles", type=article_sets, default=[],
                    help="also train every fold on these dev sets' article gold, e.g. dev1,dev2,dev3")
    args = ap.parse_args()
    examples = load_all()
    extra = load_articles(args.with_articles) if args.with_articles else []
    docs, X, negatives = featurize(examples + extra)
    added = list(range(len(examples), len(examples) + len(extra)))  # training rows in every fold
    order = list(range(len(examples)))
    random.Random(13).shuffle(order)
    fold_of = folds(examples, order, args.folds)
    gold = [e.type if e.type != classifier.NONE else None for e in examples]

    n = len(examples)
    full, lex, clf_only, majority = [None] * n, [None] * n, [None] * n, [None] * n
    full_an: list[Analysis | None] = [None] * len(examples)
    for k in range(args.folds):
        train = [i for i in order if fold_of[i] != k]
        test = [i for i in order if fold_of[i] == k]
        model = fit_on(X, negatives, examples + extra, train + added)
        common = Counter(examples[i].type for i in train if examples[i].type != classifier.NONE).most_common(1)[0][0]
        for i in test:
            majority[i] = common
            label, _ = model.label(trigger_token(docs[i], examples[i].trigger))
            clf_only[i] = None if label == classifier.NONE else label
            a = run_stage(docs[i], model)
            full_an[i] = a
            ev = main_event(a)
            full[i] = ev.type if ev else None
            ev = main_event(run_stage(docs[i], None))
            lex[i] = ev.type if ev else None

    counts = Counter(e.corpus for e in examples)
    sizes = sorted(Counter(fold_of.values()).values())
    print(f"Held-out evaluation, {args.folds}-fold cross-validation (near-duplicates kept in one fold; "
          f"fold sizes {sizes}) over {len(examples)} sentences "
          f"(gsr {counts['gsr']}, petrarch {counts['petrarch']}, voa {counts['voa']}); "
          f"{sum(g is not None for g in gold)} with an event, {sum(g is None for g in gold)} without."
          + (f" Every fold also trains on {len(extra)} article sentences ({','.join(args.with_articles)})."
             if extra else ""))
    systems = [("stage (lexicon + classifier fallback)", full), ("lexicon only", lex),
               ("classifier only, on gold trigger", clf_only), ("majority baseline", majority)]
    print("\nEvent type, all corpora:")
    print(f"  {'system':40s} {'macro-F1':>8s} {'micro-P':>8s} {'micro-R':>8s}")
    for name, pred in systems:
        _, macro = prf(gold, pred)
        p, r = micro(gold, pred)
        print(f"  {name:40s} {macro:8.3f} {p:8.3f} {r:8.3f}")
    for corpus in ("gsr", "petrarch", "voa"):
        idx = [i for i, e in enumerate(examples) if e.corpus == corpus]
        print(f"\nEvent type, {corpus} only ({len(idx)} sentences):")
        for name, pred in systems:
            _, macro = prf([gold[i] for i in idx], [pred[i] for i in idx])
            p, r = micro([gold[i] for i in idx], [pred[i] for i in idx])
            print(f"  {name:40s} macro-F1 {macro:.3f}  P {p:.3f}  R {r:.3f}")
    anywhere = sum(g is not None and any(ev.type == g for ev in full_an[i].events) for i, g in enumerate(gold))
    print(f"\nRecall counting any of the stage's events in the sentence (not only the main one): "
          f"{anywhere / sum(g is not None for g in gold):.3f}")
    rows, _ = prf(gold, full)
    print("\nPer type, full stage (P / R / F1 / gold count):")
    for t in PLOVER_TYPES:
        p, r, f, n = rows[t]
        print(f"  {t:10s} {p:.2f} {r:.2f} {f:.2f} {n:4d}")

    # Arguments: where the type is right and the gold names the actor.
    # per role: [stage right, baseline right, total, stage named one, stage right when named, baseline right there]
    scores = {"source": [0] * 6, "target": [0] * 6}
    for i, e in enumerate(examples):
        a = full_an[i]
        ev = main_event(a)
        if ev is None or ev.type != gold[i]:
            continue
        # An actor is named rightly when its canonical name or any of the phrases it is
        # mentioned by in the sentence matches the gold (see ``overlaps``: "U.S." for the
        # United States, "Ankara" for Turkey); the baseline is scored the same way.
        names: dict[str, list[str]] = {}
        for m in a.mentions:
            names.setdefault(m.entity, [m.name]).append(m.text)
        firsts = list(dict.fromkeys(m.entity for m in sorted(a.mentions, key=lambda m: m.start)))
        roles = (("source", e.sources, ev.source, firsts[:1]),
                 ("target", e.targets, ev.target, firsts[1:2]))
        for role, golds, keys, base in roles:
            if not golds:
                continue
            s = scores[role]
            s[2] += 1
            right = any(overlaps(t, golds) for k in keys for t in names[k])
            base_right = any(overlaps(t, golds) for k in base for t in names[k])
            s[0] += right
            s[1] += base_right
            if keys:  # the stage names an actor only where a mention covers the argument
                s[3] += 1
                s[4] += right
                s[5] += base_right
    print("\nArguments (events with the right type and a gold actor; GSR + VOA):")
    for role, (ok, base, n, named, named_ok, named_base) in scores.items():
        if n:
            print(f"  {role}: stage {ok / n:.3f}  first/second-entity baseline {base / n:.3f}  (n={n})")
        if named:
            print(f"  {role}, where the stage names one ({named}): stage {named_ok / named:.3f}  "
                  f"baseline {named_base / named:.3f}")

    ok = base = n = 0
    for i, e in enumerate(examples):
        ev = main_event(full_an[i]) if e.corpus == "voa" and e.modality else None
        if ev is None or ev.type != gold[i]:
            continue
        n += 1
        ok += ev.modality == e.modality
        base += e.modality == "asserted"
    if n:
        print(f"\nModality (VOA events with the right type): stage {ok / n:.3f}  "
              f"always-asserted {base / n:.3f}  (n={n})")
    wrong_fact = sum(1 for i, e in enumerate(examples)
                     if e.corpus == "voa" and e.modality in ("hypothetical", "negated")
                     and (ev := main_event(full_an[i])) is not None and ev.type == gold[i] and ev.modality == "asserted")
    print(f"VOA hypothetical/negated events shown as asserted: {wrong_fact}")


if __name__ == "__main__":
    main()
