"""What a quotation asks or refuses in the speaker's own words (events/appeals.py): a quoted
imperative is the speaker's REQUEST, aimed at whom it is told; an imperative of discourse
("Look, ...", "Let me be clear") or advice to whoever wants something asks no one; a quoted
sentence with no saying of its own in which the speaker's side will not yield refuses (REJECT).
Whole pipeline, so that the quotes stage attributes the quotations."""
from __future__ import annotations

import pytest

from .conftest import cases, names, of_type, pipeline


@pytest.fixture(scope="module")
def full():
    return pipeline("2025-03-13")


@pytest.mark.parametrize("text, source, target", cases(
    ("told-the-addressee", 'Ukrainian President Volodymyr Zelenskyy addressed the summit in Brussels. '
     '"Please, send us air defense now," Zelenskyy told European leaders.',
     ["Volodymyr Zelenskyy"], ["European leaders"]),
    ("before-its-saying", 'Opposition leader Maria Lopez addressed supporters in the capital on Sunday. '
     '"Release the political prisoners now," Lopez said.', ["Maria Lopez"], []),
    ("no-saying-of-its-own", 'Opposition leader Maria Lopez spoke to the ruling party on Sunday. '
     '"The election is over," Lopez said. "Respect the result and hand over power peacefully."',
     ["Maria Lopez"], []),
))
def test_quoted_imperative_asks(full, text, source, target):
    a = full(text)
    found = of_type(a, "REQUEST")
    assert len(found) == 1, [(e.type, e.trigger) for e in a.events]
    e = found[0]
    assert e.modality == "asserted"
    assert names(a, e.source) == source
    assert names(a, e.target) == target


@pytest.mark.parametrize("text", cases(
    ("discourse", 'Defense Minister Ali Khan spoke on Monday. "Look, we have done everything we can," Khan said.'),
    ("own-resolve", 'Defense Minister Ali Khan spoke on Monday. "Let me be clear: this land is ours," Khan said.'),
    ("advice-to-whoever", 'Economist Sara Malik spoke on Monday. "If you want jobs, then build the factories '
     'here," Malik said.'),
    ("inside-a-relative-clause", 'President Klaus Iohannis spoke on Tuesday. "Romania deserves a government which '
     'rules openly, not sneakily at night," Iohannis said.'),
))
def test_no_request_asked(full, text):
    a = full(text)
    assert not of_type(a, "REQUEST"), [(e.type, e.trigger) for e in a.events]


def test_request_of_the_saying_not_doubled(full):
    a = full('The U.N. envoy Antonio Guterres spoke on Monday. "Release the hostages now," Guterres urged Hamas.')
    assert len(of_type(a, "REQUEST")) == 1, [(e.type, e.trigger) for e in a.events]


def test_quoted_refusal(full):
    a = full('Opposition leader Juan Perez spoke on Sunday. "The court is a tool of the regime," Perez said. '
             '"We will not accept this decision."')
    found = of_type(a, "REJECT")
    assert len(found) == 1, [(e.type, e.trigger) for e in a.events]
    assert found[0].modality == "asserted"
    assert names(a, found[0].source) == ["Juan Perez"]


@pytest.mark.parametrize("text", cases(
    ("a-promise", 'Opposition leader Juan Perez spoke on Sunday. "The court is a tool of the regime," Perez said. '
     '"We will release the hostages."'),
    ("held-out", 'Opposition leader Juan Perez spoke on Sunday. "The court is a tool of the regime," Perez said. '
     '"We will not hesitate to attack."'),
))
def test_no_refusal(full, text):
    assert not of_type(full(text), "REJECT")
