"""The inter-annotator scorer: two annotations of one story compared the way the system is
scored, so that its agreement figures bound what a system can reach on a single-annotator set."""
import copy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import events_agreement as ag  # noqa: E402

TEXT = ("Kenya's government on Tuesday gave UNHCR 14 days to present a plan to close the camps. "
        "UNHCR said it would study the ultimatum. Refugees protested in Dadaab on Wednesday.")
A = [{"story": "s", "events": [
    {"sentence": "Kenya's government on Tuesday gave UNHCR 14 days to present a plan to close the camps.",
     "type": "THREATEN", "type_alt": ["REQUEST"], "modality": "asserted", "source": ["Kenya", "Kenyan government"],
     "target": ["UNHCR"], "date": "2021-03-23"},
    {"sentence": "Refugees protested in Dadaab on Wednesday.", "type": "PROTEST", "modality": "asserted",
     "source": ["Refugees"], "target": [], "date": "2021-03-24"},
]}]


def test_an_annotation_agrees_with_itself():
    r = ag.agreement(A, A, {"s": TEXT})
    assert (r["n"], r["found"], r["all"], r["sys"], r["sys_typed"]) == (2, 2, 2, 2, 2)


def test_a_different_type_or_date_or_missed_event_counts_against_agreement():
    b = copy.deepcopy(A)
    b[0]["events"][0]["type"] = "REQUEST"     # an accepted alternative of A's: still agrees
    b[0]["events"][1]["date"] = "2021-03-23"  # a day off
    r = ag.agreement(A, b, {"s": TEXT})
    assert (r["type"], r["date"], r["all"]) == (2, 1, 1)
    # the other way round A's THREATEN is not among B's types: alternatives count on the gold side only
    back = ag.agreement(b, A, {"s": TEXT})
    assert back["type"] == 1
    del b[0]["events"][1]
    assert ag.agreement(A, b, {"s": TEXT})["found"] == 1


def test_a_sentence_not_in_the_story_is_an_error():
    b = copy.deepcopy(A)
    b[0]["events"][0]["sentence"] = "Nothing like this is in the story."
    with pytest.raises(SystemExit, match="not in the text"):
        ag.agreement(A, b, {"s": TEXT})
