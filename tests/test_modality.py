"""Modality on real sentence shapes: slogans, exclamations, colon-introduced demands,
claims, questions, plans, refusals, prescriptions and headings. An event that did not
happen must never be shown as one that did."""
from __future__ import annotations

import pytest

from chronicle import nlp
from chronicle.events.modality import fragment, modality
from chronicle.records import Analysis



def word_modality(text: str, word: str) -> str:
    doc = nlp.parse(text)
    tok = next(t for t in doc if t.text == word)
    return modality(tok, False)


def asserted(analysis: Analysis) -> list[str]:
    text = analysis.article.text
    return [text[e.start:e.end] for e in analysis.events if e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    # Slogans and demands after a colon are asked for, not done.
    "In a statement, the group put forward its slogans: arrest the coup plotters, expropriate the banks.",
    "Demonstrators carried banners reading: Jail the generals, free the prisoners.",
    # Exclamations opening on a command.
    "Arrest the coup plotters! Expropriate the banks!",
    # A yes/no question asks.
    "Did the army arrest the opposition leader?",
    # Modals, conditions, refusals, failures, denials.
    "The army should arrest the plotters.",
    "If the army attacks the capital, the rebels will have to flee.",
    "The government failed to arrest the plotters.",
    "The ministry denied that troops attacked the village.",
    # Prescriptions.
    "The only way out of the crisis lies in the independent mobilization of the working class.",
    "There must be mobilisation by ordinary people against the government.",
])
def test_nothing_here_happened(run, text):
    a = run(text)
    coded = [e for e in a.events if e.type not in ("REJECT", "ACCUSE", "REQUEST")]
    assert not [t for t in asserted(a) if any(a.article.text[e.start:e.end] == t for e in coded)], \
        [(e.type, e.trigger, e.modality) for e in a.events]


def test_a_claim_under_argue_is_the_speakers_even_when_misattached(run):
    a = run("The lawyers have argued since January that the minister should be arrested, the assembly "
            "disbanded and strong measures taken against the plotters, including arming the militia "
            "and expropriating the banks.")
    assert a.events
    assert all(e.modality != "asserted" for e in a.events), [(e.trigger, e.modality) for e in a.events]


def test_claims_are_reported(run):
    a = run("The opposition argued that the army had arrested dozens of students.")
    assert [(e.type, e.modality) for e in a.events] == [("COERCE", "reported")]


def test_going_to_plans():
    assert word_modality("The rebels are going to attack the capital.", "attack") == "planned"


def test_time_adjunct_of_a_try_is_not_a_plan():
    # "After being repelled ..., he tried": the repelling happened; "tried" plans only its complement.
    assert word_modality("After being repelled at the air base, the opposition leader tried another trick.",
                         "repelled") == "asserted"
    assert word_modality("The opposition leader tried to storm the air base.", "storm") == "planned"


def test_rather_than_and_instead_of_negate():
    assert word_modality("Rather than admitting the failure of his attempt, he announced a new march.",
                         "admitting") == "negated"
    assert word_modality("Instead of arresting the plotters, the army joined them.", "arresting") == "negated"


def test_a_heading_states_no_event(run):
    text = "Imperialist support\n\nThe United States backed the opposition leader on Tuesday."
    a = run(text)
    assert [text[e.start:e.end] for e in a.events if e.type == "SUPPORT"] == [
        "The United States backed the opposition leader on Tuesday"]
    doc = nlp.parse(text)
    assert fragment(doc[1]) and not fragment(next(t for t in doc if t.text == "backed"))


def test_a_full_sentence_is_no_heading():
    doc = nlp.parse("Soldiers seized the base.")
    assert not fragment(doc[1])


def test_plain_past_and_reported_speech_stay_as_they_were(run):
    a = run("Soldiers seized a police station in Caracas on Monday.")
    assert [(e.type, e.modality) for e in a.events] == [("COERCE", "asserted")]
    b = run("Officials said soldiers seized a police station in Caracas on Monday.")
    assert [(e.type, e.modality) for e in b.events] == [("COERCE", "reported")]


@pytest.mark.parametrize("text", [
    "The minister said that the talks had failed, and troops attacked the camp on Monday.",
    "After officials said that the talks were over, troops attacked the camp.",
])
def test_a_speech_verb_does_not_sweep_up_the_narrators_own_clause(run, text):
    a = run(text)
    assert [(e.type, e.modality) for e in a.events if e.type == "ASSAULT"] == [("ASSAULT", "asserted")]


@pytest.mark.parametrize("text, word", [
    # Voice of America (public domain): a deadline for an act not yet taken.
    ("They have until Feb. 4 to appeal the High Court's order.", "appeal"),
    ("ECOWAS gave the junta a week to release President Bazoum.", "release"),
    # A condition on the clause.
    ("If President Museveni rigs the election, the people of Uganda will rise up against him.", "rise"),
    ("Trump said he would be able to secure Lai's release if he were reelected.", "release"),
    ("Sanctions will be imposed unless the junta steps down.", "imposed"),
])
def test_deadlines_and_conditions_are_hypothetical(text, word):
    assert word_modality(text, word) == "hypothetical"


def test_a_causative_that_took_place_brings_its_complement_about():
    assert word_modality("The president was forced to resign after weeks of protests.", "resign") == "asserted"
    assert word_modality("The army forced the president to resign.", "resign") == "asserted"
    assert word_modality("The army urged the president to resign.", "resign") == "planned"
    assert word_modality("The army could force the president to resign.", "resign") == "hypothetical"


def test_a_body_set_up_for_a_task_is_at_it():
    # Voice of America (public domain).
    assert word_modality("Exantus said three commissions have been created to investigate the mutiny.",
                         "investigate") == "reported"
    assert word_modality("A commission was set up to investigate the killings.", "investigate") == "asserted"
    assert word_modality("Soldiers were deployed to protect civilians.", "protect") == "planned"


def test_an_alleged_doer_makes_the_deed_alleged(run):
    # Voice of America (public domain): the attempt is known by allegation.
    a = run("The alleged coup plotters involved in the attempt to overthrow President Jovenel Moise "
            "on Feb. 7 are also detained there.")
    assert [(e.trigger, e.modality) for e in a.events if e.coup] == [("overthrow", "reported")]
    assert word_modality("The alleged attack took place on Monday.", "attack") == "reported"


@pytest.mark.parametrize("text, word, expected", [
    ("The planned protest was cancelled.", "protest", "negated"),
    ("The union called off the strike.", "strike", "negated"),
    ("The talks were postponed.", "talks", "planned"),
    ("The protest is scheduled for Friday.", "protest", "planned"),
    ("The rebels have yet to release the hostages.", "release", "negated"),
    ("The attack was claimed by the Islamic State group.", "attack", "reported"),
    ("The IAEA no longer conducts verification and monitoring activities.", "conducts", "negated"),
    ("ECOWAS threatened military intervention to reverse the coup.", "coup", "asserted"),
    ("The opposition called for an inquiry into the massacre.", "massacre", "asserted"),
    ("The army denied any involvement in the coup attempt.", "attempt", "asserted"),
    ("The government plans to investigate an attack.", "attack", "planned"),
    ("We're probably — rather than a memorandum of understanding — just wanting to sign an agreement.",
     "memorandum", "negated"),
])
def test_cancelled_put_off_claimed_or_passed_over(text, word, expected):
    assert word_modality(text, word) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("The general is believed to have fled the country.", "fled", "reported"),
    ("The general is said to have ordered the killings.", "ordered", "reported"),
    ("The president is expected to sign the decree on Monday.", "sign", "planned"),
])
def test_a_passive_saying_reports_the_infinitive(text, word, expected):
    assert word_modality(text, word) == expected


def test_a_conditioned_threat_was_made():
    # Voice of America (public domain): the condition is the threat's content.
    assert word_modality("Ankara is threatening retaliation against Washington if hit by sanctions.",
                         "threatening") == "asserted"
    assert word_modality("The army warned it would intervene if the vote was rigged.", "intervene") == "hypothetical"



@pytest.mark.parametrize("text, word, expected", [
    ("Police reported the killing of two protesters.", "killing", "reported"),
    ("Rights groups have documented more than 100 killings by security forces.", "killings", "reported"),
    ("The ministry confirmed the arrest of 20 officers.", "arrest", "reported"),
    ("The government expects protests on Friday.", "protests", "planned"),
    ("The president condemned the attack.", "attack", "asserted"),
    ("The army has no intention of staging a coup.", "coup", "negated"),
    ("The government dismissed reports of a coup attempt as fake news.", "attempt", "negated"),
])
def test_an_event_named_as_what_is_reported_expected_intended_or_dismissed(text, word, expected):
    assert word_modality(text, word) == expected
