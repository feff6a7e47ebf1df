"""Event dates: which time expression of a sentence (or of the story) dates which act.

Each test is a construction, not a story: a time shared by coordinated verbs, a
description of a participant that keeps its own time, a bare day misattached to a noun,
a document that says something when it was made, a lede dated by a later mention of the
same act, a participial clause that sets the scene.
"""
from __future__ import annotations

import pytest

from .conftest import events_for


@pytest.fixture(scope="module", autouse=True)
def _model():
    from chronicle import nlp

    nlp.load()


def _dated(text: str, published: str):
    return events_for(text, published, basis="stated", times=True)


def _by_trigger(analysis, trigger: str):
    found = [e for e in analysis.events if e.trigger == trigger]
    assert found, [(e.trigger, e.type) for e in analysis.events]
    return found[0]


def _value(analysis, trigger: str) -> str | None:
    date = _by_trigger(analysis, trigger).date
    return date.value if date is not None else None


def test_coordinated_verbs_share_a_trailing_time_adjunct():
    a = _dated("The journalist had been arrested and sentenced to four years in prison in 2015 for sedition.",
               "2021-02-27")
    assert _value(a, "sentenced") == "2015"
    assert _value(a, "arrested") == "2015"


def test_a_conjunct_with_its_own_time_word_or_a_purpose_time_does_not_share_it():
    a = _dated("Police arrested the protesters and later released them in May 2019.", "2021-02-27")
    assert _value(a, "arrested") != "2019-05"
    b = _dated("An appeals court overturned the conviction and ordered a new trial for 2025.", "2024-12-05")
    assert _value(b, "overturned") != "2025"


def test_a_relative_clause_about_a_participant_keeps_its_own_time():
    a = _dated("Ndlovu, who resigned as party leader, rejected the allegations at a news conference Thursday.",
               "2021-05-21")
    assert _value(a, "rejected") == "2021-05-20"
    assert _value(a, "resigned") != "2021-05-20"  # when he resigned, the sentence does not say


def test_a_participle_describing_a_participant_keeps_its_own_time():
    a = _dated("A judge on Wednesday adjourned the case of a reporter arrested over his interviews with "
               "an opposition politician.", "2025-03-13")
    assert _value(a, "arrested") != "2025-03-12"


def test_a_clause_about_a_place_or_a_time_of_the_act_shares_its_time():
    a = _dated("Violence broke out on March 6 in the coastal region, where security forces clashed with gunmen.",
               "2025-03-14")
    assert _value(a, "clashed") == "2025-03-06"
    b = _dated("Pedersen issued his appeal Friday, which is the 14th anniversary of the start of "
               "pro-democracy protests against Assad.", "2025-03-14")
    assert _value(b, "protests") == "2011-03-14"


def test_a_bare_day_after_a_noun_sets_the_narrative_time():
    a = _dated("The defense minister announced the activation of a standby force Tuesday in Abuja. "
               "Army chiefs also discussed maritime security with the navy.", "2025-03-12")
    assert _value(a, "discussed") == "2025-03-11"


def test_a_document_says_what_it_says_when_it_was_made():
    a = _dated("A 2020 report by the State Department accused the government of widespread corruption.",
               "2021-05-22")
    assert _value(a, "accused") == "2020"
    b = _dated("The 2002 coup leaders accused the government of widespread corruption.", "2021-05-22")
    assert _value(b, "accused") != "2002"


def test_a_lede_is_dated_by_a_later_mention_of_the_same_act():
    a = _dated("The United States has condemned Russia over the attack. Secretary of State Antony Blinken "
               "condemned Russia on Tuesday.", "2021-04-14")
    first = min((e for e in a.events if e.trigger == "condemned"), key=lambda e: e.start)
    assert first.date.value == "2021-04-13"
    b = _dated("The United States has condemned Russia over the attack. On Tuesday, France condemned Iran.",
               "2021-04-14")
    first = min((e for e in b.events if e.trigger == "condemned"), key=lambda e: e.start)
    assert (first.date.value, first.date.basis) == ("2021-04-14", "publication")  # another act


def test_a_participial_clause_sets_the_scene_of_the_main_act():
    a = _dated("Speaking at a Security Council meeting this week, the ambassador accused Kabul of sheltering "
               "militants.", "2025-03-13")
    assert _value(a, "accused") == "2025-03-10/2025-03-16"


def test_n_days_after_a_dated_act_moves_the_date_back():
    a = _dated("Mosques broadcast prayers Monday in support of Palestinians. His comments come two days after "
               "Erdogan denounced Israel.", "2021-05-10")
    assert _value(a, "denounced") == "2021-05-08"
    b = _dated("Mosques broadcast prayers Monday in support of Palestinians. Erdogan denounced Israel after the "
               "clashes.", "2021-05-10")
    assert _value(b, "denounced") == "2021-05-10"  # no interval named: the narrative day


def test_an_absolute_with_clause_sets_the_scene_of_the_main_act():
    a = _dated("The United States has voiced concern over the violence, with Jake Sullivan speaking by phone "
               "Sunday with his Israeli counterpart.", "2021-05-10")
    assert _value(a, "voiced") == "2021-05-09"
    b = _dated("He was praised for his work and credited with taking Albania into NATO in 2009.", "2021-05-22")
    assert _value(b, "credited") != "2009"


def test_a_day_still_to_come_does_not_set_the_narrative_time():
    a = _dated("The minister hopes to resolve the dispute during talks Tuesday with the rebels in Jeddah. "
               "Rebels attacked a convoy near the border.", "2025-03-10")
    assert _value(a, "attacked") == "2025-03-10"
