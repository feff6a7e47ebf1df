"""The cross-article actor scorer on a tiny hand-made export: what it counts as one record,
a false merge and a split must hold, or its figures on the VOA gold mean nothing."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import actors_voa_eval as ev  # noqa: E402

T1 = "Kremlin spokesperson Dmitry Peskov said Russia would wait. Putin agreed."
T2 = "Russian President Vladimir Putin met Peskov in Moscow."
STORIES = {"1": {"url": "u1", "text": T1}, "2": {"url": "u2", "text": T2}}


def _m(story, surface, kind="name", nth=0):
    text = STORIES[story]["text"]
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return {"story": story, "start": at, "end": at + len(surface), "text": surface, "kind": kind}


GOLD = {"cluster": "c", "stories": ["1", "2"], "actors": [
    {"id": "kremlin", "mentions": [_m("1", "Kremlin")]},
    {"id": "russia", "mentions": [_m("1", "Russia"), _m("2", "Russian", "demonym")]},
    {"id": "peskov", "mentions": [_m("1", "Dmitry Peskov"), _m("2", "Peskov")]},
    {"id": "putin", "mentions": [_m("1", "Putin"), _m("2", "Vladimir Putin")]},
    {"id": "moscow", "mentions": [_m("2", "Moscow")]},
]}


def _sys(story, surface, nth=0):
    m = _m(story, surface, nth=nth)
    return {"article": "a" + story, "start": m["start"], "end": m["end"]}


# the system folds the Kremlin into Russia, splits Peskov over two records, finds no Moscow,
# and tags 'Spokesperson Dmitry Peskov' wider than the gold name
EXPORT = {
    "articles": [{"id": "a1", "source": "u1", "text": T1}, {"id": "a2", "source": "u2", "text": T2}],
    "actors": [
        {"id": "R", "name": "Russia", "mentions": [_sys("1", "Kremlin"), _sys("1", "Russia"), _sys("2", "Russian")]},
        {"id": "P1", "name": "Dmitry Peskov",
         "mentions": [{"article": "a1", "start": T1.index("spokesperson"), "end": T1.index(" said")}]},
        {"id": "P2", "name": "Peskov", "mentions": [_sys("2", "Peskov")]},
        {"id": "V", "name": "Vladimir Putin", "mentions": [_sys("1", "Putin"), _sys("2", "Vladimir Putin")]},
    ],
}


def test_names_only_counts_records_merges_and_splits():
    res, base, extra = ev.evaluate(GOLD, STORIES, EXPORT, {"name"})
    assert res["actors"] == 5 and res["found"] == 4           # Moscow: no system mention
    assert res["one"] == 3                                    # Kremlin, Russia, Putin; Peskov is split
    assert res["multi"] == 2 and res["multi_one"] == 1        # Peskov and Putin are in both stories
    assert res["merges"] == [("R", "kremlin", "russia")]
    assert res["split"] == [("peskov", ["P1", "P2"])]
    assert base["merges"] == [] and base["one"] == 2          # exact strings split Peskov and Putin too
    assert (res["matched"], res["mentions"]) == (6, 7)
    p, r, f = res["b3"]
    assert p < 1 and r < 1


def test_demonyms_are_scored_only_when_asked():
    names, _, _ = ev.evaluate(GOLD, STORIES, EXPORT, {"name"})
    both, _, _ = ev.evaluate(GOLD, STORIES, EXPORT, {"name", "demonym"})
    assert both["mentions"] == names["mentions"] + 1
    assert both["multi"] == names["multi"] + 1                # Russia now spans both stories


def test_offsets_follow_cleaning_that_changes_the_text():
    raw = "Ads here.  Putin met Peskov."
    clean = "Putin met Peskov."
    where = ev.offset_map(raw, clean)
    m = {"start": raw.index("Peskov"), "end": raw.index("Peskov") + 6, "text": "Peskov"}
    assert ev.carry(m, where, clean) == (clean.index("Peskov"), clean.index("Peskov") + 6)
    gone = {"start": 0, "end": 3, "text": "Ads"}
    assert ev.carry(gone, where, clean) is None


def test_best_overlap_prefers_the_tighter_system_mention():
    # 'Putin' inside a wide span and an exact one: the exact one wins on a tie of overlap
    assert ev.best_actor((10, 15), [(0, 30, "wide"), (10, 15, "exact")]) == "exact"
    assert ev.best_actor((10, 15), [(20, 30, "after")]) is None


def test_gold_file_is_well_formed():
    voa = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
    gold = [json.loads(line) for line in (ROOT / "eval" / "data" / "actors_voa_gold.jsonl").read_text().splitlines()]
    assert len(gold) == 3
    texts = {}
    if voa.exists():
        texts = {s["id"]: s["text"] for s in map(json.loads, voa.read_text().splitlines())}
    for c in gold:
        ids = [a["id"] for a in c["actors"]]
        assert len(ids) == len(set(ids))
        spans = set()
        for a in c["actors"]:
            assert a["type"] in {"PERSON", "ORG", "GPE", "LOC", "MILITARY", "MEDIA", "GROUP"}
            for m in a["mentions"]:
                assert m["story"] in c["stories"] and m["kind"] in {"name", "demonym", "metonym"}
                assert (m["story"], m["start"]) not in spans       # one gold actor per span
                spans.add((m["story"], m["start"]))
                if texts:
                    assert texts[m["story"]][m["start"]:m["end"]] == m["text"]
