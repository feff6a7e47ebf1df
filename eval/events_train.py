"""Rebuild chronicle/events/data/classifier.npz from open labelled data.

Training data (read from ../shared/corpora, never copied into the repo):
- PLOVER GSR: 322 sentences coded in PLOVER (CC BY-SA 4.0); old category names mapped
  to the current ones (DEMAND -> REQUEST, DISAPPROVE/INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
- PETRARCH2 unit tests: CAMEO-coded sentences (MIT), mapped with CAMEO2PLOVER-2021.txt.
- eval/data/events_voa.jsonl: sentences from public-domain VOA stories labelled by us,
  including sentences with no event (class NONE), whose verbs all serve as NONE examples.
- Optionally (``--with-articles dev1,dev2,...,dev7``) the article-level gold of the dev sets
  (eval/data/events_articles_*.jsonl, our annotation of public-domain VOA stories): each gold
  event's sentence with its type, and every other sentence of those stories as a NONE
  sentence (but those the gold names as another mention of an event, ``also``, or as
  already being training data, ``exclude``). That gold marks no trigger; it is taken from
  the parse as the system would meet it: the first token the predicate lexicon codes with
  the gold type, else the verb the shipped classifier labels with that type most surely,
  else the root, passed down through reporting verbs to what is reported ("officials said
  police killed ..." -> killed). A dev set trained on is no longer a held-out measure.

Each example is the trigger token (the coded event text; the root verb where none is
given) and its features from chronicle.events.classifier. Run:

    .venv/bin/python eval/events_train.py [--with-articles dev1,dev2,dev3] [--out FILE] [--threshold P]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronicle import nlp  # noqa: E402
from chronicle.events import classifier  # noqa: E402
from chronicle.events.extract import predicate  # noqa: E402
from chronicle.events.lexicon import PLOVER_TYPES, cues, lemma  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
GSR = CORPORA / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
CAMEO_MAP = CORPORA / "plover_gsr" / "CAMEO2PLOVER-2021.txt"
PETRARCH = CORPORA / "petrarch2_unittest" / "PETR.UnitTest.records.xml"
VOA = ROOT / "eval" / "data" / "events_voa.jsonl"
VOA_STORIES = CORPORA / "voa" / "voa_stories.jsonl"
ARTICLE_SETS = {"dev1": ROOT / "eval" / "data" / "events_articles_gold.jsonl",
                "dev2": ROOT / "eval" / "data" / "events_articles_dev2.jsonl",
                "dev3": ROOT / "eval" / "data" / "events_articles_dev3.jsonl",
                **{f"dev{n}": ROOT / "eval" / "data" / f"events_articles_dev{n}.jsonl" for n in range(4, 8)}}
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
THRESHOLD = 0.5  # the fallback speaks only when at least this sure (0.3-0.8 tried in grouped CV)
# Tried and left out: the lexicon's bare verbs as extra training examples ("They condemn them.")
# raised classifier-only macro-F1 on gold triggers 0.43 -> 0.48 but the stage only 0.628 -> 0.631,
# and the model then spoke on more verbs of whole articles (dev precision 91.3% -> 87.8%).
# Gating on any argument, or none, instead of an actor argument did no better at any threshold.
# The dev sets' article gold (--with-articles), left one set out: the classifier alone types more
# held-out triggers (dev3 37 -> 46 of 120 at 0.5), but only ones the lexicon already codes; the stage
# scored the held-out set the same (type, all three) in every fold at thresholds 0.4-0.7, and the
# sentence-level stage fell (macro-F1 0.629 -> 0.625; positives only where the lexicon misses: 0.619).
# So the shipped model does not train on them.
# Session 8 tried (in a scratch script, not kept) a correction model over the stage's finished events (lexicon
# type, mode, cue flags, vectors of trigger, arguments and governing verb -> gold type or NONE), trained on the system's events aligned to the eleven
# opened article sets (1,418 events; 146 retyped by gold in 75 different type pairs) and scored leave-one-set-out
# with the full article eval: it never retyped above p=0.5, only dropped events, and 'all three' fell on dev1 and
# dev6 (-1.6 points) and rose nowhere. The lexicon's leftover errors are too varied to learn from this much gold.


@dataclass
class Example:
    corpus: str
    text: str
    type: str  # PLOVER type or classifier.NONE
    trigger: str | None
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    modality: str | None = None
    trigger_i: int | None = None  # the trigger's token index, where it was picked from the parse


def _actor_texts(value) -> list[str]:
    if not isinstance(value, list):
        return []
    return [a["actorText"] for a in value if isinstance(a, dict) and a.get("actorText")]


def load_gsr() -> list[Example]:
    out = []
    for rec in json.loads(GSR.read_text(encoding="utf-8")):
        etype = OLD_NAMES.get(rec.get("event"), rec.get("event"))
        if etype not in PLOVER_TYPES:
            continue
        trigger = (rec.get("eventText") or "").split()
        out.append(Example("gsr", rec["text"], etype, trigger[0] if trigger else None,
                           _actor_texts(rec.get("source")), _actor_texts(rec.get("target"))))
    return out


def cameo_map() -> dict[str, str]:
    table = {}
    for line in CAMEO_MAP.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m and m.group(2) in PLOVER_TYPES:
            table.setdefault(m.group(1), m.group(2))
    return table


def load_petrarch() -> list[Example]:
    table = cameo_map()
    raw = PETRARCH.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"<Sentence [^>]*>(.*?)</Sentence>", raw, flags=re.S):
        text = re.search(r"<Text>(.*?)</Text>", block, flags=re.S)
        if not text:
            continue
        text = " ".join(text.group(1).split())
        if re.search(r"noevents\s*=\s*\"True\"", block):
            out.append(Example("petrarch", text, classifier.NONE, None))
            continue
        codes = re.findall(r'eventcode="(\d+)"', block)
        if not codes:
            continue
        code = codes[0]
        etype = next((table[code[:n]] for n in range(len(code), 1, -1) if code[:n] in table), None)
        if etype:
            out.append(Example("petrarch", text, etype, None))
    return out


def load_voa() -> list[Example]:
    out = []
    for line in VOA.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out.append(Example("voa", rec["text"], rec["type"] or classifier.NONE, rec["trigger"],
                           rec["source"], rec["target"], rec["modality"]))
    return out


def pick_trigger(doc, etype: str) -> int:
    """Index of the token that carries ``etype`` in a sentence whose gold names no trigger
    (see the module docstring for the order tried)."""
    for tok in doc:
        pred = predicate(tok)
        if pred is not None and pred.type == etype:
            return tok.i
    model = classifier.load()
    if model is not None:
        scored = [(p, tok.i) for tok in doc if tok.pos_ == "VERB"
                  for label, p in [model.label(tok)] if label == etype]
        if scored:
            return max(scored)[1]
    root = next(iter(doc.sents)).root
    speech = cues()["speech"]
    while lemma(root) in speech:
        reported = [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
        if not reported:
            break
        root = reported[0]
    return root.i


def load_articles(names: list[str]) -> list[Example]:
    """Examples from the article-level gold of the dev sets ``names`` (keys of ARTICLE_SETS)."""
    sys.path.insert(0, str(ROOT / "eval"))
    from events_articles_eval import _normalised, locate

    stories = {s["id"]: s for s in map(json.loads, VOA_STORIES.read_text(encoding="utf-8").splitlines())}
    positives: dict[tuple[str, str], None] = {}
    none_sents: list[str] = []
    for name in names:
        for line in ARTICLE_SETS[name].read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            text = stories[g["story"]]["text"]
            norm = _normalised(text)
            marked = [ev["sentence"] for ev in g["events"]] + [a for ev in g["events"] for a in ev.get("also", [])]
            marked += g.get("exclude", [])
            spans = [at for sent in marked if (at := locate(sent, text, norm))]
            folded = [_normalised(m)[0] for m in marked]
            for ev in g["events"]:
                positives.setdefault((" ".join(ev["sentence"].split()), ev["type"]), None)
            for sent in nlp.parse(text).sents:
                a, b = sent.start_char, sent.end_char
                if any(a < hi and lo < b for lo, hi in spans):
                    continue
                ns = _normalised(sent.text)[0].strip()
                if not ns or any(ns in f or f in ns for f in folded):
                    continue
                if any(t.pos_ == "VERB" for t in sent):
                    none_sents.append(sent.text.strip())
    out = []
    docs = nlp.parse_many([s for s, _ in positives])
    for (sentence, etype), doc in zip(positives, docs):
        out.append(Example("articles", sentence, etype, None, trigger_i=pick_trigger(doc, etype)))
    out += [Example("articles", s, classifier.NONE, None) for s in none_sents]
    return out


def load_all(articles: list[str] | None = None) -> list[Example]:
    return load_gsr() + load_petrarch() + load_voa() + (load_articles(articles) if articles else [])


def trigger_token(doc, trigger: str | None, trigger_i: int | None = None):
    """The token the coders marked, else the root of the first sentence."""
    if trigger_i is not None and trigger_i < len(doc):
        return doc[trigger_i]
    if trigger:
        word = trigger.lower().strip(".,\"'")
        for tok in doc:
            if tok.lower_ == word or tok.text.lower().startswith(word) or tok.lemma_.lower() == word:
                return tok
    return next(iter(doc.sents)).root


def fit(X: np.ndarray, y: list[str], threshold: float = THRESHOLD):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced")
    model.fit(X, y)
    return classifier.Classifier([str(c) for c in model.classes_], model.coef_.astype(np.float32),
                                 model.intercept_.astype(np.float32), threshold)


def featurize(examples: list[Example]):
    """(docs, trigger features, NONE features): besides each coded trigger, every verb of a
    sentence labelled as having no event is a NONE example, since the fallback meets exactly
    such verbs. The third item maps an example's index to its verbs' feature rows."""
    docs = list(nlp.parse_many([e.text for e in examples]))
    X = np.stack([classifier.features(trigger_token(d, e.trigger, e.trigger_i)) for d, e in zip(docs, examples)])
    speech = cues()["speech"]
    negatives = {i: [classifier.features(t) for t in d if t.pos_ == "VERB" and lemma(t) not in speech]
                 for i, (d, e) in enumerate(zip(docs, examples)) if e.type == classifier.NONE}
    return docs, X, negatives


def fit_on(X: np.ndarray, negatives: dict, examples: list[Example], rows: list[int],
           threshold: float = THRESHOLD):
    """The classifier trained on the examples ``rows`` and their NONE verbs."""
    extra = [v for i in rows for v in negatives.get(i, [])]
    X_train = np.vstack([X[rows], np.stack(extra)]) if extra else X[rows]
    return fit(X_train, [examples[i].type for i in rows] + [classifier.NONE] * len(extra), threshold)


def article_sets(value: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in ARTICLE_SETS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown set(s) {unknown}; known: {sorted(ARTICLE_SETS)}")
    return names


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--with-articles", type=article_sets, default=[],
                    help="also train on these dev sets' article gold, e.g. dev1,dev2 (they stop being held out)")
    ap.add_argument("--out", type=Path, default=classifier.MODEL, help="where to write the weights "
                    f"(default: the shipped {classifier.MODEL.relative_to(ROOT)}; another file is used by "
                    f"setting {classifier.MODEL_ENV})")
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    args = ap.parse_args()
    examples = load_all(args.with_articles)
    _, X, negatives = featurize(examples)
    model = fit_on(X, negatives, examples, list(range(len(examples))), args.threshold)
    np.savez_compressed(args.out, classes=np.array(model.classes), coef=model.coef,
                        intercept=model.intercept, threshold=np.float32(model.threshold))
    counts = {c: sum(e.corpus == c for e in examples) for c in ("gsr", "petrarch", "voa", "articles")}
    verbs = sum(len(v) for v in negatives.values())
    print(f"trained on {len(examples)} examples {counts} and {verbs} verbs of event-free sentences; "
          f"classes: {len(model.classes)}; articles: {','.join(args.with_articles) or 'none'}")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
