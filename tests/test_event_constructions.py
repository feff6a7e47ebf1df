"""Constructions that decide how many events a sentence holds and how sure the narrator
is of them: violence chained in one sentence is one attack with its toll; a verb coded
by the noun it takes, or an act done to make a protest, is that one event; putting an
act off ("refrained from", "held off") denies it; a vote enacts what it was for; a
state's protest is diplomatic (ACCUSE), not a demonstration; a military takeover is a
coup; "each other" makes the doers the undergoers. Whole pipeline, so that unnamed
groups are actors."""
from __future__ import annotations

import pytest

from .conftest import cases, names, of_type, pipeline


@pytest.fixture(scope="module")
def full():
    return pipeline("2025-03-13")


# One happening, one event ----------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, size", cases(
    ("killed-and-wounded-when-a-bomb-exploded",
     "At least 12 people were killed and dozens more wounded when a car bomb exploded near a military "
     "checkpoint, officials said.", "killed", {"dead": 12}),
    ("shelled-killing-and-wounding",
     "Russian forces shelled the city of Kharkiv on Monday, killing five civilians and wounding 20, the governor "
     "said.", "shelled", {"dead": 5, "injured": 20}),
    ("killed-and-wounded-in-an-ambush",
     "Two soldiers were killed and three wounded in an ambush by militants in northern Burkina Faso on Friday, "
     "the army said.", "ambush", {"dead": 2, "injured": 3}),
))
def test_chained_violence_is_one_attack_with_its_toll(full, text, trigger, size):
    assaults = of_type(full(text), "ASSAULT")
    assert [e.trigger for e in assaults] == [trigger]
    assert assaults[0].size == size


def test_two_acts_of_violence_stay_two(full):
    a = full("Rebels attacked an army base in the north and ambushed a police convoy in the south on Sunday, "
             "officials said.")
    assert sorted(e.trigger for e in of_type(a, "ASSAULT")) == ["ambushed", "attacked"]


@pytest.mark.parametrize("text, etype, trigger, mode", cases(
    ("imposed-sanctions", "The European Union imposed sanctions on Russia over the war on Monday.",
     "SANCTION", "imposed", None),
    ("lodged-a-diplomatic-protest", "The Philippines lodged a diplomatic protest with China over the water "
     "cannon attack on Monday.", "ACCUSE", "lodged", "disapprove"),
    ("summoned-the-ambassador-to-protest", "The ministry summoned the Chinese ambassador to protest the "
     "incursion into its airspace on Monday.", "ACCUSE", "summoned", "disapprove"),
))
def test_verb_and_the_act_it_makes_are_one_event(full, text, etype, trigger, mode):
    found = of_type(full(text), etype)
    assert [(e.trigger, e.mode) for e in found] == [(trigger, mode)]


# Acts put off, and acts a vote enacted ---------------------------------------------------

@pytest.mark.parametrize("text, trigger, modality", cases(
    ("refrained-from", "The Sudanese army refrained from attacking the town of Omdurman on Tuesday, officials "
     "said.", "attacking", "negated"),
    ("held-off-a-gerund", "Israel held off striking Iran's nuclear sites last week, according to officials.",
     "striking", "negated"),
    ("held-off-on", "Israeli forces held off on a ground invasion of Rafah despite pressure from allies.",
     "invasion", "negated"),
    ("held-off-an-attack-repelled-it", "Government troops held off a rebel attack on the town on Sunday, "
     "officials said.", "attack", "reported"),
))
def test_putting_an_act_off_denies_it(full, text, trigger, modality):
    found = [e for e in full(text).events if e.trigger == trigger]
    assert [e.modality for e in found] == [modality]


def test_a_vote_enacts_what_it_was_for(full):
    a = full("Lawmakers voted to extend the state of emergency by three months on Tuesday, the speaker said.")
    assert not of_type(a, "REQUEST")  # voting asks nothing of anyone
    coerce = of_type(a, "COERCE")
    assert [(e.mode, e.modality) for e in coerce] == [("martial-law", "reported")]
    assert names(a, coerce[0].source) == ["Lawmakers"]


def test_a_vote_still_to_come_plans(full):
    a = full("The council will vote next week to lift the curfew in the capital, officials said.")
    assert [e.modality for e in a.events if e.trigger == "lift"] == ["planned"]


# Who protests -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, etype", cases(
    ("a-state-protests", "Japan protested the incursion to Beijing on Monday, the foreign ministry said.",
     "protested", "ACCUSE"),
    ("students-protest", "Thousands of students protested the new tax in the capital on Monday, police said.",
     "protested", "PROTEST"),
    ("farmers-gather-to-protest", "Farmers gathered outside parliament on Monday to protest the new tax on fuel.",
     "protest", "PROTEST"),
))
def test_a_states_protest_is_diplomatic(full, text, trigger, etype):
    assert [e.type for e in full(text).events if e.trigger == trigger] == [etype]


# Coups and reciprocity -------------------------------------------------------------------

def test_a_military_takeover_is_a_coup(full):
    a = full("Soldiers staged a military takeover in Guinea on Sunday and detained President Alpha Conde.")
    takeover = [e for e in a.events if e.trigger == "takeover"]
    assert takeover and takeover[0].coup["outcome"] == "realized"


def test_an_insurgents_takeover_of_a_city_is_no_coup(full):
    a = full("The Taliban takeover of Kabul in August 2021 forced thousands of Afghans to flee the country.")
    assert all(e.coup is None for e in a.events)


@pytest.mark.parametrize("text, trigger, both", cases(
    ("blamed-one-another", "Armenia and Azerbaijan blamed one another for the collapse of the talks on Monday, "
     "officials said.", "blamed", ["Armenia", "Azerbaijan"]),
    ("exchanged-fire", "India and Pakistan exchanged fire along the border on Sunday, officials said.",
     "exchanged", ["India", "Pakistan"]),
    ("traded-accusations", "Russia and Ukraine traded accusations over the attack on Sunday, officials said.",
     "traded", ["Russia", "Ukraine"]),
))
def test_reciprocal_acts_go_both_ways(full, text, trigger, both):
    a = full(text)
    event = next(e for e in a.events if e.trigger == trigger)
    assert sorted(names(a, event.source)) == both
    assert sorted(names(a, event.target)) == both


# Advice said in a participle or a second content clause --------------------------------

@pytest.mark.parametrize("text, trigger, speaker", cases(
    ("adding-that-must", "Foreign Minister Abbas Araghchi spoke to reporters on Monday, adding that Washington "
     "must lift the sanctions on Iran.", "adding", ["Abbas Araghchi"]),
    ("and-that-should", "Kenyan President William Ruto said the economy was growing and that the opposition "
     "should accept the election results.", "said", ["William Ruto"]),
))
def test_advice_in_a_participle_or_second_clause_is_a_request(full, text, trigger, speaker):
    a = full(text)
    requests = [e for e in of_type(a, "REQUEST") if e.trigger == trigger]
    assert [names(a, e.source) for e in requests] == [speaker]


def test_a_second_clause_that_only_states_asks_nothing(full):
    a = full("Kenyan President William Ruto said the economy was growing and that exports had risen.")
    assert not of_type(a, "REQUEST")


def test_what_another_should_know_is_a_warning_not_a_request(full):
    a = full("President Volodymyr Zelenskyy said on Monday that Russia should understand that Ukraine will never "
             "surrender its land.")
    assert not of_type(a, "REQUEST")


# A second event in the sentence ---------------------------------------------------------

@pytest.mark.parametrize("text", cases(
    ("calling-on-to-release", "The State Department criticized the arrests, calling on Russia to immediately "
     "release all the demonstrators who had been detained."),
    ("urged-to-release", "Rights groups urged the Belarusian government to release the jailed journalists on "
     "Monday."),
))
def test_a_call_on_a_holder_to_release_is_a_request_and_a_hypothetical_release(full, text):
    a = full(text)
    assert [e.modality for e in of_type(a, "REQUEST")] == ["asserted"]
    assert [(e.mode, e.modality) for e in of_type(a, "RETREAT")] == [("release", "hypothetical")]


def test_a_call_for_a_release_names_no_one_who_would_release(full):
    a = full("Nine press freedom groups this week called for the journalist's immediate release.")
    assert not of_type(a, "RETREAT")


def test_a_conjoined_passive_clause_is_its_own_event(full):
    a = full("Tens of thousands of people were arrested and civil servants were dismissed in purges after the "
             "coup attempt.")
    assert sorted(e.trigger for e in of_type(a, "COERCE") if e.trigger != "attempt") == ["arrested", "dismissed"]


def test_dismissing_claims_is_a_rejection_not_a_removal(full):
    a = full("The ministry dismissed the allegations in the lawsuit on Monday.")
    assert [e.type for e in a.events if e.trigger == "dismissed"] == ["REJECT"]


def test_penalties_passed_together_are_one_sentence(full):
    a = full("Navalny was fined 20,000 rubles and given a 15-day jail sentence for violating public meeting rules.")
    assert [(e.type, e.mode) for e in a.events] == [("SANCTION", "convict")]


def test_a_force_that_can_be_reduced_is_a_hypothetical_withdrawal(full):
    a = full("Haley said the peacekeeping mission in Congo can be reduced tremendously.")
    assert [(e.mode, e.modality) for e in of_type(a, "RETREAT")] == [("withdraw", "hypothetical")]


def test_an_act_agreed_to_is_planned_besides_the_agreement(full):
    a = full("At the Senate, the sergeant-at-arms agreed to serve the warrant on Friday morning.")
    assert [e.type for e in of_type(a, "AGREE")] == ["AGREE"]
    assert [(e.mode, e.modality) for e in of_type(a, "COERCE")] == [("arrest", "planned")]


def test_not_yet_in_custody_denies_the_arrest(full):
    a = full("A court has ordered her arrest, but she is not yet in police custody.")
    held = [e for e in of_type(a, "COERCE") if e.trigger == "custody"]
    assert [(e.mode, e.modality) for e in held] == [("arrest", "negated")]


def test_remaining_in_custody_is_a_state_not_an_arrest(full):
    a = full("The opposition leader remains in police custody in the capital.")
    assert not of_type(a, "COERCE")


def test_an_act_whose_request_was_not_granted_is_negated(full):
    a = full("Turkey is seeking Gulen's extradition from the United States, a request which has not been granted.")
    assert [e.modality for e in of_type(a, "REQUEST")] == ["asserted"]
    denied = [e for e in a.events if e.trigger == "extradition"]
    assert [e.modality for e in denied] == ["negated"]
    assert names(a, denied[0].source) == ["United States"]  # the one asked, not the asker


def test_a_conjoined_saying_speaks_for_the_shared_subject(full):
    a = full("Foreign Minister Sergei Lavrov arrived in Ankara on Monday and said Ukraine must withdraw its troops.")
    assert [names(a, e.source) for e in of_type(a, "REQUEST")] == [["Sergei Lavrov"]]


def test_booing_is_disapproval(full):
    a = full("Opposition lawmakers booed the prime minister as he entered parliament on Tuesday.")
    assert [(e.type, e.mode) for e in a.events if e.trigger == "booed"] == [("ACCUSE", "disapprove")]


@pytest.mark.parametrize("text", [
    "Critics called the reform a step back, as opposed to the openness the president promised.",
    "The army pays its soldiers on time, as opposed to the police.",
])
def test_a_fixed_connective_codes_no_act(full, text):
    assert not [e for e in full(text).events if e.trigger == "opposed"]


# Acts a reading must not miss ------------------------------------------------------------

@pytest.mark.parametrize("text, etype, trigger, mode", cases(
    ("shouted-down", "The finance minister rose twice to present the budget but was shouted down by opposition "
     "lawmakers.", "ACCUSE", "shouted", "disapprove"),
    ("waged-a-war", "Government troops have waged a brutal war against the rebels in the north since 2019.",
     "ASSAULT", "waged", None),
    ("waging-a-trade-war", "Beijing has been waging a trade war with Washington for two years.",
     "SANCTION", "waging", None),
    ("flush-out", "Soldiers moved into the forest on Monday to flush out militants hiding near the border.",
     "ASSAULT", "flush", None),
    ("claimed-the-lives", "The fighting has claimed the lives of at least 40 civilians since Monday, officials said.",
     "ASSAULT", "claimed", None),
    ("summon-for-talks", "The president said he would summon all the political parties for talks if the crisis "
     "was not resolved.", "CONSULT", "summon", None),
    ("suspended-the-curfew", "The government suspended the curfew in the capital on Friday.",
     "RETREAT", "suspended", "access"),
    ("end-a-freeze", "The United States agreed on Monday to end its freeze on arms sales to Turkey.",
     "RETREAT", "end", "access"),
    ("troops-arrived", "The first American troops arrived in Poland on Friday to reinforce NATO's eastern flank.",
     "MOBILIZE", "arrived", "troops"),
))
def test_acts_named_by_a_verb_and_its_particle_or_object(full, text, etype, trigger, mode):
    assert [(e.type, e.mode) for e in full(text).events if e.trigger == trigger] == [(etype, mode)]


def test_shouting_slogans_is_no_disapproval_of_anyone(full):
    assert not of_type(full("Protesters shouted slogans outside the parliament on Sunday."), "ACCUSE")


@pytest.mark.parametrize("text, etype, trigger", cases(
    ("suspended-aid", "The government suspended aid to the region on Friday.", "SANCTION", "suspended"),
    ("summoned-the-ambassador", "The foreign ministry summoned the French ambassador on Monday.", "ACCUSE",
     "summoned"),
))
def test_the_same_verbs_keep_their_other_senses(full, text, etype, trigger):
    assert [e.type for e in full(text).events if e.trigger == trigger] == [etype]


def test_a_minister_arriving_mobilizes_nothing(full):
    assert not of_type(full("The foreign minister arrived in Kyiv on Monday for talks."), "MOBILIZE")


def test_what_a_conjoined_clause_takes_is_not_the_first_verbs(full):
    # "declined to comment" is no refusal; the first "declined" keeps its own ("to provide")
    a = full("The White House has declined to provide evidence and declined to comment further.")
    assert [e.trigger for e in of_type(a, "REJECT")] == ["declined"]
    # a shared object still counts for both: "lifting or reducing the sanctions"
    b = full("Some White House officials are hinting at lifting or reducing the sanctions on Moscow.")
    assert [e.trigger for e in of_type(b, "RETREAT")] == ["lifting"]


def test_a_gerund_after_stopped_short_of_is_the_subjects_and_denied(full):
    a = full("President Klaus Iohannis stopped short of calling for a fresh election on Tuesday.")
    found = of_type(a, "REQUEST")
    assert [(e.trigger, e.modality) for e in found] == [("calling", "negated")]
    assert names(a, found[0].source) == ["Klaus Iohannis"]


def test_waging_an_election_campaign_is_no_attack(full):
    assert not of_type(full("The party waged a fierce election campaign across the north."), "ASSAULT")


@pytest.mark.parametrize("text, trigger, undergoer", cases(
    ("before-being-deported", "Hundreds of migrants were held at the camp for weeks before being deported.",
     "deported", "migrants"),
    ("since-being-arrested", "Former president Omar al-Bashir has spent most of his time in a military hospital "
     "since being arrested by soldiers in 2019.", "arrested", "Bashir"),
    ("after-being-beaten", "Opposition leader Kizza Besigye was taken to hospital after being beaten by police in "
     "the capital.", "beaten", "Besigye"),
))
def test_a_passive_gerund_adjunct_was_undergone_by_the_main_subject(full, text, trigger, undergoer):
    a = full(text)
    found = [e for e in a.events if e.trigger == trigger]
    assert found and any(undergoer in n for n in names(a, found[0].target)), [(e.trigger, e.target) for e in a.events]


def test_an_active_gerund_adjunct_of_a_passive_clause_is_its_subjects(full):
    # the protesters attacked, not the police who detained them
    a = full("Dozens of protesters were detained by police after attacking officers with stones.")
    assert [names(a, e.source) for e in a.events if e.trigger == "attacking"] == [["protesters"]]


# A relative pronoun object stands for its antecedent --------------------------------------------


@pytest.mark.parametrize("text, trigger, typ", (
    ("The rebels accepted a ceasefire, which the army extended on Monday.", "extended", "RETREAT"),
    ("The government announced a curfew, which police lifted on Friday.", "lifted", "RETREAT"),
))
def test_a_relative_pronoun_object_meets_a_requirement_by_its_noun(full, text, trigger, typ):
    a = full(text)
    assert [e.type for e in a.events if e.trigger == trigger] == [typ]


# Acts found without a named doer or a governing verb ---------------------------------------------


@pytest.mark.parametrize("text, trigger, etype", cases(
    ("backing-from", "The proposal has drawn criticism at home but enjoys quiet backing from Berlin.",
     "backing", "SUPPORT"),
    ("support-from", "The plan passed easily, with support from Spain and Portugal.", "support", "SUPPORT"),
    ("support-for", "The message the delegation carried was bipartisan support for Taiwan's democracy.",
     "support", "SUPPORT"),
    ("there-were-clashes", "There were violent clashes in the capital on Saturday, police said.", "clashes", "ASSAULT"),
    ("there-were-riots", "There were riots in several towns after the vote.", "riots", "PROTEST"),
    ("there-have-been-no-discussions", "There have been no discussions about Iran joining the alliance, the "
     "minister said.", "discussions", "CONSULT"),
    ("fighting-raged", "Fighting raged in the eastern city of Goma on Tuesday, residents said.", "Fighting", "ASSAULT"),
    ("talks-resumed", "The talks resumed in Doha on Monday after a two-week pause.", "talks", "CONSULT"),
    ("curfew-went-into-effect", "The curfew went into effect at 9 p.m. on Friday.", "curfew", "COERCE"),
    ("make-compromises", "Both parties will have to make painful compromises, the mediator said.",
     "compromises", "CONCEDE"),
    ("restrictions-on", "Beijing's restrictions on rare earth exports have hit European manufacturers.",
     "restrictions", "COERCE"),
    ("attacks-targeted", "A wave of attacks has targeted army posts in the north since January.",
     "targeted", "ASSAULT"),
))
def test_an_act_named_by_its_noun_or_its_attackers_is_found(full, text, trigger, etype):
    # who made it ("from"), whom it is for ("for"), said to exist or to go on: a noun names an
    # act that took place though no clause says who did it
    a = full(text)
    assert [e.type for e in a.events if e.trigger == trigger] == [etype], [(e.type, e.trigger) for e in a.events]


def test_a_negated_existential_denies_the_act(full):
    a = full("There was no fighting in the city on Sunday, residents said.")
    assert [e.modality for e in a.events if e.trigger == "fighting"] == ["negated"]


def test_existence_without_parties_is_said_of_violence_and_unrest_only(full):
    a = full("There was still a great deal of uncertainty, and there is strong demand for food, officials said.")
    assert not [e for e in a.events if e.trigger in ("deal", "demand")], [(e.type, e.trigger) for e in a.events]


# An act measured by a span or a count ("a night of violence", "dozens of arrests") ---------------

@pytest.mark.parametrize("text, trigger, etype", cases(
    ("night-of-violence", "Another night of violence shook the northern suburbs on Wednesday.", "violence", "ASSAULT"),
    ("night-of-looting", "Shops stayed shut in the old city after a night of looting.", "looting", "PROTEST"),
    ("round-of-talks", "A new round of talks opened in Doha on Tuesday.", "talks", "CONSULT"),
    ("months-of-negotiations", "After months of negotiations, the two sides finally signed the accord.",
     "negotiations", "CONSULT"),
    ("dozens-of-arrests", "Dozens of arrests were made in the capital overnight.", "arrests", "COERCE"),
    ("years-of-sanctions", "Years of sanctions have crippled the economy.", "sanctions", "SANCTION"),
    ("rash-of-kidnappings", "A rash of kidnappings has shaken the northern states.", "kidnappings", "ASSAULT"),
))
def test_an_act_measured_by_a_span_or_count_took_place(full, text, trigger, etype):
    # the span or count says the act went on that long or that often: it happened, whoever did it
    a = full(text)
    assert [(e.type, e.modality) for e in a.events if e.trigger == trigger] == [(etype, "asserted")], \
        [(e.type, e.trigger) for e in a.events]


def test_a_measured_act_is_as_sure_as_its_span_and_takes_its_parties():
    a = pipeline("2025-03-13")("Analysts expect a new round of talks next month.")
    assert [e.modality for e in a.events if e.trigger == "talks"] == ["planned"]
    b = pipeline("2025-03-13")("Rights groups have documented hundreds of killings by security forces since 2019.")
    (killings,) = [e for e in b.events if e.trigger == "killings"]
    assert names(b, killings.source) == ["security forces"]


def test_a_span_that_only_dates_or_a_verb_that_tells_the_act_adds_no_event(full):
    a = full("On the day of the summit, the roads around the venue were closed.")
    assert not [e for e in a.events if e.trigger == "summit"], [(e.type, e.trigger) for e in a.events]
    b = full("A wave of attacks has targeted army posts in the north since January.")
    assert [e.trigger for e in b.events if e.type == "ASSAULT"] == ["targeted"]
