"""Every article-level event gold set (eval/data/events_articles_*.jsonl) in the format the scorer
reads (eval/data/EVENTS_ARTICLES.md): a set written by a new annotator, or redacted to offsets by
``eval/news_stories.py``, fails here rather than silently scoring events that can never match."""
import json
import re
from pathlib import Path

import pytest

from chronicle.events.lexicon import PLOVER_TYPES

DATA = Path(__file__).resolve().parents[1] / "eval" / "data"
SETS = sorted(DATA.glob("events_articles_*.jsonl"))
MODALITIES = {"asserted", "reported", "planned", "hypothetical", "negated"}
DAY = r"\d{4}(-\d{2}(-\d{2})?)?"
DATE = re.compile(rf"{DAY}(/{DAY})?$")


def _span_or_text(x) -> bool:
    return (isinstance(x, str) and x.strip() != "") or (
        isinstance(x, list) and len(x) == 2 and all(isinstance(i, int) for i in x) and 0 <= x[0] < x[1])


def test_the_known_sets_are_found():
    names = {p.stem.removeprefix("events_articles_") for p in SETS}
    assert {"gold", "dev2", "dev8", "dev11", "dev12", "dev13", "test6"} <= names


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_gold_set_format(path):
    stories = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert stories and len({s["story"] for s in stories}) == len(stories)
    for s in stories:
        assert re.match(r"\d{4}-\d{2}-\d{2}", s["published"])
        assert all(_span_or_text(x) for x in s.get("exclude", []))
        for i, e in enumerate(s["events"]):
            where = f"{s['story']} event {i}"  # no text: a failure must not show a blind set's sentence
            assert _span_or_text(e["sentence"]), where
            assert all(_span_or_text(x) for x in e.get("also", [])), where
            assert e["type"] in PLOVER_TYPES and set(e.get("type_alt", [])) <= set(PLOVER_TYPES), where
            assert e["modality"] in MODALITIES, where
            assert isinstance(e["source"], list) and isinstance(e["target"], list), where
            assert e["date"] is None or DATE.match(e["date"]), where
            assert all(DATE.match(d) for d in e.get("date_alt", [])), where
