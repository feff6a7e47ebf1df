"""Protest as a class of acts on fresh text: the doer decides between protest and coercion
(blocking, occupying, besieging, barricades and fires are PROTEST by civilians and their
organisations, COERCE by the state's forces), a protest noun told as going on because the
clause says what it does ("the strike paralysed", "gripped by protests", "amid a general
strike"), and the props of a demonstration (placards and banners displayed or held)."""
from __future__ import annotations

import pytest

from .conftest import cases, pipeline


@pytest.fixture(scope="module")
def full():
    return pipeline("2019-05-14")


def coded(a, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in a.events if e.trigger == trigger]


BY_THE_DOER = cases(
    ("residents-set-up-barricades", "Residents set up barricades on the main road into Port-Gentil.", "set",
     "PROTEST", "obstruct"),
    ("police-set-up-roadblocks", "Police set up roadblocks around Port-Gentil on Sunday.", "set", "COERCE",
     "restrict"),
    ("students-occupied-the-campus", "Students occupied the campus of Makerere University on Wednesday.", "occupied",
     "PROTEST", "obstruct"),
    ("protesters-besieged-the-office", "Protesters besieged the governor's office in Kano for a second day.",
     "besieged", "PROTEST", "obstruct"),
    ("strikers-shut-down-the-port", "Strikers shut down the port of Mombasa on Thursday.", "shut", "PROTEST",
     "obstruct"),
    ("youths-torched-cars", "Youths torched cars and tyres in the suburbs of Dakar overnight.", "torched",
     "PROTEST", "riot"),
    ("protesters-lit-fires", "The protesters lit fires at the entrance to the camp on Tuesday.", "lit", "PROTEST",
     "riot"),
    ("barricades-blocked-the-roads", "Barricades blocked the main roads into Libreville on Monday.", "blocked",
     "PROTEST", "obstruct"),
    ("barricade-blocking-the-port", "A man at a barricade blocking access to the port spoke to reporters.",
     "blocking", "PROTEST", "obstruct"),
    ("troops-blocked-the-road", "Government troops blocked the road to the village of Kidal.", "blocked", "COERCE",
     "restrict"),
    ("rebels-besieged-the-town", "Rebels besieged the town of Bunia for a month.", "besieged", "ASSAULT", None),
    ("demonstrators-displayed-banners", "Demonstrators displayed banners outside the embassy in Accra.",
     "displayed", "PROTEST", "demo"),
)


@pytest.mark.parametrize("text, trigger, etype, mode", BY_THE_DOER)
def test_the_doer_decides_protest_or_coercion(full, text, trigger, etype, mode):
    assert coded(full(text), trigger) == [(etype, mode)]


AT_WORK = cases(
    ("strike-as-subject", "The general strike paralysed Abidjan for a third day.", "strike", "strike", "asserted"),
    ("unrest-as-subject", "Unrest gripped the region in 2011 over rising bread prices.", "Unrest", "riot",
     "asserted"),
    ("gripped-by-protests", "The island has been gripped by protests that have disrupted flights.", "protests",
     "demo", "asserted"),
    ("causing-protests", "The decree took effect at once, causing chaos and protests at the border.", "protests",
     "demo", "asserted"),
    ("amid-a-strike", "Shops and schools were closed on Monday amid a general strike.", "strike", "strike",
     "asserted"),
    ("would-cripple", "A general strike would cripple the economy, the minister warned.", "strike", "strike",
     "hypothetical"),
)


@pytest.mark.parametrize("text, trigger, mode, mood", AT_WORK)
def test_a_protest_noun_at_work_is_going_on(full, text, trigger, mode, mood):
    assert [(e.type, e.mode, e.modality) for e in full(text).events if e.trigger == trigger] \
        == [("PROTEST", mode, mood)]


def test_a_protest_only_reacted_to_is_not_made_at_work(full):
    # "survived the protests": no clause says what the protests did; the noun is not made an event here
    assert coded(full("The government survived the protests."), "protests") == []
