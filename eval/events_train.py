"""Rebuild chronicle/events/data/classifier.npz from open labelled data.

Training data (read from ../shared/corpora, never copied into the repo):
- PLOVER GSR: 322 sentences coded in PLOVER (CC BY-SA 4.0); old category names mapped
  to the current ones (DEMAND -> REQUEST, DISAPPROVE/INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
- PETRARCH2 unit tests: CAMEO-coded sentences (MIT), mapped with CAMEO2PLOVER-2021.txt.
- eval/data/events_voa.jsonl: sentences from public-domain VOA stories labelled by us,
  including sentences with no event (class NONE), whose verbs all serve as NONE examples.

Each example is the trigger token (the coded event text; the root verb where none is
given) and its features from chronicle.events.classifier. Run:

    .venv/bin/python eval/events_train.py
"""
from __future__ import annotations

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
from chronicle.events.lexicon import PLOVER_TYPES, cues, lemma  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
GSR = CORPORA / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
CAMEO_MAP = CORPORA / "plover_gsr" / "CAMEO2PLOVER-2021.txt"
PETRARCH = CORPORA / "petrarch2_unittest" / "PETR.UnitTest.records.xml"
VOA = ROOT / "eval" / "data" / "events_voa.jsonl"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
THRESHOLD = 0.5  # the fallback speaks only when at least this sure (0.3-0.8 tried in grouped CV)
# Tried and left out: the lexicon's bare verbs as extra training examples ("They condemn them.")
# raised classifier-only macro-F1 on gold triggers 0.43 -> 0.48 but the stage only 0.628 -> 0.631,
# and the model then spoke on more verbs of whole articles (dev precision 91.3% -> 87.8%).
# Gating on any argument, or none, instead of an actor argument did no better at any threshold.


@dataclass
class Example:
    corpus: str
    text: str
    type: str  # PLOVER type or classifier.NONE
    trigger: str | None
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    modality: str | None = None


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


def load_all() -> list[Example]:
    return load_gsr() + load_petrarch() + load_voa()


def trigger_token(doc, trigger: str | None):
    """The token the coders marked, else the root of the first sentence."""
    if trigger:
        word = trigger.lower().strip(".,\"'")
        for tok in doc:
            if tok.lower_ == word or tok.text.lower().startswith(word) or tok.lemma_.lower() == word:
                return tok
    return next(iter(doc.sents)).root


def fit(X: np.ndarray, y: list[str]):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced")
    model.fit(X, y)
    return classifier.Classifier([str(c) for c in model.classes_], model.coef_.astype(np.float32),
                                 model.intercept_.astype(np.float32), THRESHOLD)


def featurize(examples: list[Example]):
    """(docs, trigger features, NONE features): besides each coded trigger, every verb of a
    sentence labelled as having no event is a NONE example, since the fallback meets exactly
    such verbs. The third item maps an example's index to its verbs' feature rows."""
    docs = list(nlp.parse_many([e.text for e in examples]))
    X = np.stack([classifier.features(trigger_token(d, e.trigger)) for d, e in zip(docs, examples)])
    speech = cues()["speech"]
    negatives = {i: [classifier.features(t) for t in d if t.pos_ == "VERB" and lemma(t) not in speech]
                 for i, (d, e) in enumerate(zip(docs, examples)) if e.type == classifier.NONE}
    return docs, X, negatives


def fit_on(X: np.ndarray, negatives: dict, examples: list[Example], rows: list[int]):
    """The classifier trained on the examples ``rows`` and their NONE verbs."""
    extra = [v for i in rows for v in negatives.get(i, [])]
    X_train = np.vstack([X[rows], np.stack(extra)]) if extra else X[rows]
    return fit(X_train, [examples[i].type for i in rows] + [classifier.NONE] * len(extra))


def main() -> None:
    examples = load_all()
    _, X, negatives = featurize(examples)
    model = fit_on(X, negatives, examples, list(range(len(examples))))
    np.savez_compressed(classifier.MODEL, classes=np.array(model.classes), coef=model.coef,
                        intercept=model.intercept, threshold=np.float32(model.threshold))
    counts = {c: sum(e.corpus == c for e in examples) for c in ("gsr", "petrarch", "voa")}
    verbs = sum(len(v) for v in negatives.values())
    print(f"trained on {len(examples)} examples {counts} and {verbs} verbs of event-free sentences; "
          f"classes: {len(model.classes)}")
    print(f"wrote {classifier.MODEL.relative_to(ROOT)} ({classifier.MODEL.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
