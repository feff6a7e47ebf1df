"""The fallback classifier's weights file and how article-level gold becomes training
examples (eval/events_train.py), on real sentences."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from chronicle import nlp
from chronicle.events import classifier

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import events_train  # noqa: E402


@pytest.fixture
def other_model(tmp_path, monkeypatch):
    """A weights file that differs from the shipped one only in its threshold."""
    with np.load(classifier.MODEL, allow_pickle=False) as z:
        weights = dict(z)
    weights["threshold"] = np.float32(0.99)
    path = tmp_path / "other.npz"
    np.savez_compressed(path, **weights)
    classifier.load.cache_clear()
    monkeypatch.setenv(classifier.MODEL_ENV, str(path))
    yield path
    monkeypatch.delenv(classifier.MODEL_ENV)
    classifier.load.cache_clear()


def test_model_path_can_be_overridden(other_model):
    assert classifier.load().threshold == pytest.approx(0.99)


def test_missing_override_means_no_model(tmp_path, monkeypatch):
    classifier.load.cache_clear()
    monkeypatch.setenv(classifier.MODEL_ENV, str(tmp_path / "absent.npz"))
    try:
        assert classifier.load() is None
    finally:
        monkeypatch.delenv(classifier.MODEL_ENV)
        classifier.load.cache_clear()
    assert classifier.load() is not None


def test_trigger_is_the_lexicon_word_of_the_gold_type():
    doc = nlp.parse("Afghan officials accused the Taliban of plotting the attack on the girls' school.")
    assert doc[events_train.pick_trigger(doc, "ACCUSE")].lemma_ == "accuse"


def test_trigger_falls_back_to_what_a_reporting_verb_reports(monkeypatch):
    # With neither lexicon nor classifier matching, the root "said" is passed down to the
    # verb it reports.
    monkeypatch.setattr(events_train, "predicate", lambda tok: None)
    monkeypatch.setattr(events_train.classifier, "load", lambda: None)
    doc = nlp.parse("Officials said the soldiers stormed the village on Friday.")
    assert doc[events_train.pick_trigger(doc, "ASSAULT")].text == "stormed"


def test_unknown_article_set_is_refused():
    with pytest.raises(Exception, match="unknown set"):
        events_train.article_sets("dev1,test2")
    assert events_train.article_sets("dev1, dev3") == ["dev1", "dev3"]


@pytest.mark.skipif(not events_train.VOA_STORIES.exists(), reason="needs ../shared/corpora/voa")
def test_article_gold_sentences_are_never_none_examples():
    import json

    examples = events_train.load_articles(["dev1"])
    gold = [json.loads(line) for line in events_train.ARTICLE_SETS["dev1"].read_text().splitlines() if line.strip()]
    marked = {" ".join(s.split()) for g in gold for ev in g["events"] for s in [ev["sentence"], *ev.get("also", [])]}
    none = {" ".join(e.text.split()) for e in examples if e.type == classifier.NONE}
    typed = [e for e in examples if e.type != classifier.NONE]
    assert none and typed and not none & marked
    assert all(e.trigger_i is not None for e in typed)


@pytest.mark.parametrize("text, trigger", [
    # issuing or signing a document is no act of its own: what the document says is
    ("The Kenyan foreign ministry issued a statement on the refugee camps on Tuesday.", "issued"),
    ("Somali President Mohamed Abdullahi Mohamed signed the legislation on Tuesday.", "signed"),
    # receiving, earning and causing are no interaction between actors
    ("In 2023, Botswana earned $2.7 million from hunting licenses issued by the government.", "earned"),
    ("UNHCR Kenya received $94 million from donors in 2020.", "received"),
    # an intention is its complement's: going home is no event, so neither is the plan
    ("Former President Laurent Gbagbo plans to go home after his trial.", "plans"),
    ("Opposition leader Moise Katumbi hopes to return to Lubumbashi in June.", "hopes"),
])
def test_the_classifier_codes_no_document_or_possession_verb(text, trigger):
    from .conftest import events_for

    nlp.load()
    a = events_for(text)
    assert trigger not in {e.trigger for e in a.events}, [(e.type, e.trigger) for e in a.events]
