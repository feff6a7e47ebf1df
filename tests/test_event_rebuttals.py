"""Rejections told without a verb of denying, and protests told as something else.

A rebuttal need not say "deny": defending one's record or decision, or insisting and
maintaining that something is so against a charge, rejects it (REJECT, a denial: no request
mode). A court that strikes down, throws out, suspends, blocks or puts on hold an order
rejects it: the phrasal verb has its own sense ("struck down" is no attack, "suspended by a
court" no retreat of the court). A strike of some days or over pay, police refusing to
work, and relatives or residents blockading a place are protests (PROTEST strike, obstruct),
not an attack, a refusal or a coercion; the military senses stay."""
from __future__ import annotations

import pytest

from .conftest import cases, events_for


def coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.trigger) for e in events_for(text, published="2023-06-01").events]


def event(text: str, trigger: str):
    found = [e for e in events_for(text, published="2023-06-01").events if e.trigger == trigger]
    assert len(found) == 1, coded(text)
    return found[0]


@pytest.mark.parametrize("text, trigger", cases(
    ("defended-record", "The outgoing interior minister defended his record on Friday, saying he had "
     "taken every step the law allowed.", "defended"),
    ("defended-decision", "The central bank governor defended the decision to raise rates at a news "
     "conference in the capital.", "defended"),
    ("defended-himself", "The mayor defended himself against the corruption charges in a televised "
     "address.", "defended"),
    ("insisted-that", "The agriculture minister insisted that the contamination was limited to two "
     "slaughterhouses.", "insisted"),
    ("maintained-in-court", "The interior ministry has maintained in court that the new rules are "
     "lawful.", "maintained"),
    ("maintained-not-done", "The defence ministry maintained that Russian troops had not fired on the "
     "convoy.", "maintained"),
    ("insisted-not-done", "The defence ministry insisted that its troops had not fired on the convoy.",
     "insisted"),
))
def test_rebuttal_without_denial_verb(text, trigger):
    e = event(text, trigger)
    assert e.type == "REJECT" and e.mode is None and e.modality == "asserted"
    assert e.target == []  # a denial is not aimed at the doer of the act it denies


@pytest.mark.parametrize("text, trigger", cases(
    ("insisted-must", "The opposition leader insisted that the prime minister must resign.", "insisted"),
    ("insisted-should", "Union leaders insisted the government should withdraw the pension reform.", "insisted"),
    ("insisted-on", "The opposition insisted on early elections.", "insisted"),
))
def test_insisting_on_what_must_be_done_asks_for_it(text, trigger):
    assert event(text, trigger).type == "REQUEST"  # a demand, not a rebuttal


@pytest.mark.parametrize("text, trigger", cases(
    ("struck-down-active", "A federal judge in Ohio struck down the governor's emergency decree on "
     "Monday.", "struck"),
    ("struck-down-passive", "The first version of the law was struck down by the supreme court last "
     "year.", "struck"),
    ("suspended-by-court", "The ban on public gatherings was suspended by a regional court in March.",
     "suspended"),
    ("put-on-hold", "A judge in Texas has put the state's new voting law on hold.", "put"),
    ("threw-out", "An appeals court threw out the lawsuit against the election commission on Friday.",
     "threw"),
    ("blocks-referral", "Beijing blocks the referral of the case to the International Criminal Court.",
     "blocks"),
))
def test_court_blocking_an_order_rejects_it(text, trigger):
    assert event(text, trigger).type == "REJECT"


@pytest.mark.parametrize("text, not_type", cases(
    ("struck-down-by-gunfire", "The journalist was struck down by gunfire outside his home.", "REJECT"),
    ("suspended-by-donors", "The donors suspended the ban on fishing exports after the talks.", "REJECT"),
    ("defended-town", "Government troops defended the town against a rebel offensive.", "REJECT"),
    ("navy-blockade", "The navy blockaded the port for three weeks.", "PROTEST"),
    ("air-strike", "An air strike on the depot killed four fighters.", "PROTEST"),
    ("refused-to-recognise", "The opposition refused to recognise the election results.", "PROTEST"),
))
def test_other_senses_keep_their_type(text, not_type):
    assert not_type not in [t for t, _, _ in coded(text)], coded(text)


def test_defending_others_backs_them():
    """What is defended is the object: a word further down ("calling their response
    lawful") does not make the defence of other people a rebuttal of one's own record."""
    text = "The army chief defended the soldiers who fired on the crowd, calling their response proportionate."
    assert event(text, "defended").type == "SUPPORT"


@pytest.mark.parametrize("text, trigger, mode", cases(
    ("days-long-strike", "More than 2,000 nurses returned to work after a ten-day strike over staff "
     "shortages.", "strike", "strike"),
    ("strike-over-wages", "Bus drivers began a strike over unpaid wages on Monday.", "strike", "strike"),
    ("refused-to-work", "Soldiers patrolled the city as police refused to work, demanding higher pay.",
     "refused", "strike"),
    ("relatives-blockaded", "Relatives of the prison guards blockaded the prison gates on Friday.",
     "blockaded", "obstruct"),
))
def test_protest_told_as_its_kind(text, trigger, mode):
    e = event(text, trigger)
    assert (e.type, e.mode) == ("PROTEST", mode)
