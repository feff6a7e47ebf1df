"""How many events one sentence holds: a request answered by another is its maker's own
speech act besides the answer; a conjunct with its own tense after what is demanded is
the speaker's next act, not more of the demand; a request to a named addressee is also
the act it asks of it."""
from __future__ import annotations

import pytest

from .conftest import cases, names, of_type, pipeline


def _coded(analysis) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger, e.modality) for e in analysis.events]


def test_a_request_answered_by_another_is_its_makers_own_act(run):
    a = run("Judge Maria Lopez rejected Ethiopia's request to postpone the hearing.")
    assert ("REJECT", "rejected", "asserted") in _coded(a)
    request = next(e for e in a.events if e.type == "REQUEST")
    assert request.modality == "asserted"  # made, though refused
    assert names(a, request.source) == ["Ethiopia"]
    assert names(a, request.target) == ["Maria Lopez"]  # asked of the one who answers


def test_an_agreement_in_line_with_a_named_request_keeps_the_request(run):
    a = run("Police agreed to free the detainees, in line with an earlier request of opposition leader Raila Odinga.")
    request = next(e for e in a.events if e.type == "REQUEST")
    assert names(a, request.source) == ["Raila Odinga"] and request.modality == "asserted"
    assert {"AGREE", "RETREAT"} <= {e.type for e in a.events}


def test_a_refused_request_with_no_maker_named_is_only_the_refusal(run):
    a = run("Judge Maria Lopez rejected the request to postpone the hearing.")
    assert [e.type for e in a.events] == ["REJECT"]


def test_a_past_conjunct_after_a_demand_is_the_speakers_next_act(run):
    for text in ("Foreign Minister Sergei Lavrov demanded that Western governments lift their sanctions and "
                 "accused NATO of provoking the conflict.",
                 # the bare "lift" read as a present by the tagger: a subjunctive still
                 "Foreign Minister Sergei Lavrov demanded Western governments lift their sanctions and "
                 "accused NATO of provoking the conflict."):
        a = run(text)
        accusation = next((e for e in a.events if e.type == "ACCUSE"), None)
        assert accusation is not None, _coded(a)
        assert names(a, accusation.source) == ["Sergei Lavrov"]
        assert "REQUEST" in {e.type for e in a.events}


def test_a_bare_conjunct_stays_inside_the_demand(run):
    a = run("Moscow demanded that Kyiv withdraw its troops and recognize the annexation.")
    assert [e.type for e in a.events] == ["REQUEST"]


# The act a request asks of its addressee ------------------------------------------------

@pytest.fixture(scope="module")
def full():
    return pipeline("2025-03-13")


@pytest.mark.parametrize("text, etype, source", cases(
    ("asked-to-deploy", "The prime minister on Tuesday asked the United Nations to deploy peacekeepers to the "
     "border region.", "MOBILIZE", "United Nations"),
    ("urged-to-impose", "Ukraine urged the European Union to impose new sanctions on Russian banks.",
     "SANCTION", "European Union"),
    ("called-on-to-withdraw", "Kenya on Monday called on Uganda to withdraw its troops from the disputed island.",
     "RETREAT", "Uganda"),
))
def test_a_request_to_a_named_addressee_is_also_the_act_asked_of_it(full, text, etype, source):
    a = full(text)
    assert [e.modality for e in of_type(a, "REQUEST")] == ["asserted"]
    (asked,) = of_type(a, etype)
    assert asked.modality == "hypothetical"
    assert source in names(a, asked.source)


def test_a_request_to_make_a_request_is_one_request(full):
    a = full("The opposition urged its supporters to call for new elections.")
    assert len(of_type(a, "REQUEST")) == 1
