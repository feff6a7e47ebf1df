"""The fallback classifier: PLOVER type of a verb the lexicon does not know.

A multinomial logistic regression over spaCy's static vectors (the trigger and the
words it governs) plus a hashed trigger lemma, trained by ``eval/events_train.py``
on open labelled data. Its weights ship as a small ``.npz`` so that running it needs
numpy only, and it is consulted only for verbs that link two actors, where a
confident guess is worth more than silence.
"""
from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from .lexicon import DATA, cues, lemma

MODEL = DATA / "classifier.npz"
MODEL_ENV = "CHRONICLE_EVENT_MODEL"  # another weights file, so a held-out evaluation can run the whole pipeline on it
SHIPPED = object()  # stands for "the model in MODEL" where None means "no model"
NONE = "NONE"
HASH_BUCKETS = 256
CONTEXT_DEPS = ("dobj", "pobj", "prep", "xcomp", "ccomp", "dative", "prt", "acomp", "attr", "nsubj", "nsubjpass",
                "agent")


def features(tok: Token) -> np.ndarray:
    """Trigger vector, mean vector of its argument words, hashed lemma, and its part of speech."""
    def unit(v):
        n = np.linalg.norm(v)
        return v / n if n else v
    context = [t for c in tok.children if c.dep_ in CONTEXT_DEPS for t in c.subtree if t.is_alpha and not t.is_stop]
    ctx = unit(np.mean([t.vector for t in context], axis=0)) if context else np.zeros_like(tok.vector)
    hashed = np.zeros(HASH_BUCKETS, dtype=np.float32)
    hashed[zlib.crc32(lemma(tok).encode()) % HASH_BUCKETS] = 1.0
    negated = any(c.dep_ == "neg" for c in tok.children)
    flags = np.array([tok.pos_ == "VERB", tok.pos_ == "NOUN", negated], dtype=np.float32)
    return np.concatenate([unit(tok.vector), ctx, hashed, flags]).astype(np.float32)


@dataclass(slots=True)
class Classifier:
    classes: list[str]
    coef: np.ndarray
    intercept: np.ndarray
    threshold: float

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = self.coef @ x + self.intercept
        z = np.exp(z - z.max())
        return z / z.sum()

    def label(self, tok: Token) -> tuple[str, float]:
        p = self.proba(features(tok))
        best = int(p.argmax())
        return self.classes[best], float(p[best])

    def predict(self, tok: Token, index):
        """A Predicate for a verb with an actor as subject or object, when confident."""
        from .extract import Predicate, resolve, subjects, verb_targets

        if tok.pos_ != "VERB" or lemma(tok) in cues()["not_events"] or lemma(tok) in cues()["speech"]:
            return None
        if lemma(tok) in cues()["issuing_verbs"] and any(
                c.dep_ == "dobj" and lemma(c) in cues()["document_nouns"] for c in tok.children):
            return None  # "issued a statement saying ...": what the document says is the act, if any
        sources, targets = subjects(tok)
        targets = targets + verb_targets(tok)
        if not any(resolve(t, index) for t in sources + targets):
            return None
        label, p = self.label(tok)
        if label == NONE or p < self.threshold:
            return None
        return Predicate(tok, label, None, lemma(tok), round(p * 0.8, 3))


@lru_cache(maxsize=1)
def load() -> Classifier | None:
    path = Path(os.environ.get(MODEL_ENV) or MODEL)
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        return Classifier([str(c) for c in z["classes"]], z["coef"], z["intercept"], float(z["threshold"]))
