"""Modality from closed-class context on sentences written for no dev set: attitudes,
forecasts, hedges, conditions, time clauses of a future, privation, near misses,
inability, denied participants and demands. The word in question sits under the
context; what the context says of it, not the word, decides. Each table row names the
construction it tests. Cases where the context is a fact are here too, so the rules
cannot pass by doubting everything."""
from __future__ import annotations

import sys

import pytest

from chronicle import nlp
from chronicle.events.modality import modality

from .conftest import ROOT, cases


def word_modality(text: str, word: str) -> str:
    doc = nlp.parse(text)
    tok = next(t for t in doc if t.text == word)
    return modality(tok, False)


@pytest.mark.parametrize("text,word,expected", cases(
    # Attitudes that do not commit to their complement.
    ("doubt-that", "Analysts doubt that the army attacked the city.", "attacked", {"hypothetical"}),
    ("speculated-that", "Analysts speculated that the army attacked the city.", "attacked", {"hypothetical"}),
    ("wondered-if", "Diplomats wondered if the army had attacked the city.", "attacked", {"hypothetical"}),
    # Forecasts are of what is still to come.
    ("forecast-to", "Analysts had forecast the army to attack the city.", "attack", {"planned"}),
    # Hedges and open questions.
    ("appears-to-have", "The army appears to have attacked the city.", "attacked", {"hypothetical"}),
    ("seems-to-have", "The general seems to have fled the country.", "fled", {"hypothetical"}),
    ("possible-that", "It is possible that the army attacked the city.", "attacked", {"hypothetical"}),
    ("unlikely-to", "The army is unlikely to attack the city.", "attack", {"hypothetical"}),
    ("extraposed-infinitive", "It could be possible to hold elections in May.", "hold", {"hypothetical"}),
    # Conditions without "if".
    ("in-the-event-of", "In the event of an attack, the army will close the border.", "attack", {"hypothetical"}),
    ("in-case-of", "In case of an attack, the army will close the border.", "attack", {"hypothetical"}),
    ("inverted-had", "Had the rebels attacked, the army would have closed the border.", "attacked",
     {"hypothetical"}),
    # A present-tense time clause of a future clause is still to come.
    ("will-when", "The president will resign when the parliament votes.", "votes", {"planned"}),
    ("will-once", "The president will resign once the parliament approves the deal.", "approves", {"planned"}),
    # Not done: privation, near misses, inability, averting, denied participants.
    ("without", "The army withdrew without firing a shot.", "firing", {"negated"}),
    ("stopped-short-of", "The army stopped short of attacking the city.", "attacking", {"negated"}),
    ("came-close-to", "The army came close to attacking the city.", "attacking", {"negated"}),
    ("nearly", "The army nearly attacked the city.", "attacked", {"hypothetical", "negated"}),
    ("unable-to", "Police were unable to reach the suspect.", "reach", {"negated"}),
    ("not-able-to", "The negotiators were not able to reach an agreement.", "reach", {"negated"}),
    ("dodged", "She dodged arrest by leaving the country.", "arrest", {"negated"}),
    ("neither-nor", "Neither the army nor the police attacked the protesters.", "attacked", {"negated"}),
    ("no-x-or-y", "The quake caused no casualties or material damage.", "damage", {"negated"}),
    ("no-x-confirmed", "There have been no casualties or fatalities confirmed.", "confirmed", {"negated"}),
    ("no-reports-of", "There are no reports of injuries.", "injuries", {"negated"}),
    ("nothing-is-going-to", "Nothing bad is going to happen.", "happen", {"negated"}),
    ("negated-get", "Most of the children did not get vaccinated, officials said.", "vaccinated", {"negated"}),
    # What is demanded, sought, offered or threatened has not happened.
    ("demanded-the-release", "The rebels demanded the release of the prisoners.", "release", {"planned"}),
    ("offered-talks", "The government offered talks with the rebels.", "talks", {"planned"}),
    ("want-elections", "The protesters want new elections.", "elections", {"planned"}),
    # A definite event is not presupposed by a verb that says whether it takes place.
    ("should-be-completed", "The transaction should be completed in October.", "transaction", {"hypothetical"}),
    ("will-be-held", "The vote will be held on Sunday.", "vote", {"planned"}),
    # A headline's infinitive plans.
    ("headline-to", "Rebels to free hostages", "free", {"planned"}),
    # Prospects, non-specific and scheduled events, open questions, unconfirmed acts.
    ("faces-arrest", "He faces arrest if he returns.", "arrest", {"hypothetical"}),
    ("any-intervention", "Russia opposes any military intervention.", "intervention", {"hypothetical"}),
    ("scheduled-for", "Elections scheduled for December were postponed.", "Elections", {"planned"}),
    ("not-clear-who", "It was not clear who fired first.", "fired", {"hypothetical"}),
    ("did-not-confirm", "Officials did not confirm the arrests.", "arrests", {"hypothetical"}),
    ("sanctions-remain-an-option", "Sanctions remain an option.", "Sanctions", {"hypothetical"}),
    ("cautioned-against", "The UN cautioned against military intervention.", "intervention", {"hypothetical"}),
    ("opening-purpose", "To end the crisis, the army will hold talks with the rebels.", "end", {"planned"}),
    # A decision, warrant or order not (yet) given leaves its act to come.
    ("not-made-a-decision", "The cabinet has not made a decision to expel the diplomats.", "expel",
     {"planned", "hypothetical", "negated"}),
    ("no-decision-to", "The cabinet made no decision to expel the diplomats.", "expel",
     {"planned", "hypothetical", "negated"}),
    ("decision-is-expected", "A decision to expel the diplomats is expected next week.", "expel",
     {"planned", "hypothetical"}),
    ("will-issue-a-warrant", "The judge will issue a warrant to arrest the mayor.", "arrest", {"planned"}),
    ("sought-a-warrant", "Prosecutors sought a warrant to arrest the mayor.", "arrest", {"planned", "hypothetical"}),
    ("could-order-the-arrest", "Prosecutors could order the arrest of the mayor.", "arrest", {"hypothetical"}),
    ("scheduled-talks", "The mediators scheduled talks for Friday.", "talks", {"planned"}),
    ("will-be-the-first-to", "She will be the first woman to lead the armed forces.", "lead",
     {"planned", "hypothetical"}),
    ("next-leader-to-be", "He hopes to be the next leader to be elected.", "elected", {"planned", "hypothetical"}),
))
def test_context_keeps_an_event_from_being_asserted(text, word, expected):
    assert word_modality(text, word) in expected


@pytest.mark.parametrize("text,word,expected", cases(
    # The same shapes where the context is a fact.
    ("were-able-to", "Police were able to reach the suspect.", "reach", "asserted"),
    ("is-to-blame", "The army is to blame for the deaths.", "blame", "asserted"),
    ("election-was-held", "The election was held on Sunday.", "election", "asserted"),
    ("past-when", "The president resigned when the parliament voted.", "voted", "asserted"),
    ("announced-that-had", "The army announced that it had arrested 20 people.", "arrested", "reported"),
    ("announced-will", "The army announced it will withdraw from the city.", "withdraw", "planned"),
    ("result-infinitive", "The index fell 3 percent to end the day at a new low.", "end", "asserted"),
    ("purpose-of-a-march", "Protesters marched to the palace to demand his release.", "demand", "asserted"),
    ("forced-to", "The army was forced to withdraw.", "withdraw", "asserted"),
    ("relative-clause", "The rebels, who attacked the convoy on Monday, were arrested.", "attacked", "asserted"),
    ("is-facing", "The city is facing heavy shelling.", "shelling", "asserted"),
    ("no-one-claimed", "No one has claimed responsibility for the attack.", "attack", "asserted"),
    ("inquiry-found", "The inquiry found that troops had fired on the crowd.", "fired", "reported"),
    ("found-and-called", "The panel determined that his detention is arbitrary and called for his release.",
     "called", "asserted"),
    ("rose-to-reach", "The death toll rose by five to reach 20.", "reach", "asserted"),
    ("called-on-to-end", "Rights groups called on the army to end the crackdown.", "end", "planned"),
    # A decision, warrant, law or order that was given is the act it provides for.
    ("made-a-decision-to", "The interior ministry has made a decision to expel three diplomats.", "expel",
     "asserted"),
    ("approved-a-warrant-to", "A district court approved a warrant to arrest the former mayor on Friday.", "arrest",
     "asserted"),
    ("passed-a-law-to", "Lawmakers passed a law to dissolve the ruling party's militia.", "dissolve", "asserted"),
    ("ordered-the-arrest", "A judge has ordered the arrest of the opposition leader over fraud charges.", "arrest",
     "asserted"),
    ("by-ordering", "The president angered lawmakers by ordering the deployment of 300 soldiers to the assembly.",
     "deployment", "asserted"),
    ("decision-said", "The agency has made a decision to ban the journalists from entry, its spokesman said.", "ban",
     "reported"),
    # An infinitive on a ranked noun tells who underwent the act.
    ("first-to-be-detained", "She is the first elected leader to be detained after being impeached.", "detained",
     "asserted"),
    ("first-to-be-after-being", "She is the first elected leader to be detained after being impeached.", "impeached",
     "asserted"),
    # Said in a relative clause the parser cut off from what it says.
    ("relative-it-says", "The council called on the junta to release the relatives of exiled politicians it says "
     "were seized two months ago.", "seized", "reported"),
    # A past-tense verb the parser hangs on a noun is no purpose of the infinitive above it.
    ("finite-on-noun", "Recent talks to end the political deadlock officially failed last month after the "
     "president placed blame on the regional leaders.", "placed", "asserted"),
    # The content of an accusation is the accuser's.
    ("accusations-that", "The officers were suspended pending an inquiry into accusations that they beat a "
     "teenager during a search.", "beat", "reported"),
))
def test_a_factual_context_stays_factual(text, word, expected):
    assert word_modality(text, word) == expected


@pytest.fixture(scope="module")
def scorer():
    sys.path.insert(0, str(ROOT / "eval"))
    import modality_eval
    return modality_eval


def test_meantime_factuality_maps_to_the_scorers_classes(scorer):
    g = scorer.meantime_gold
    assert g({"certainty": "CERTAIN", "polarity": "POS", "time": "NON_FUTURE", "special_cases": "NONE"}) == "FACT"
    assert g({"certainty": "CERTAIN", "polarity": "NEG", "time": "FUTURE", "special_cases": "NONE"}) == "NEG"
    assert g({"certainty": "POSSIBLE", "polarity": "POS", "time": "FUTURE", "special_cases": "NONE"}) == "HYP"
    assert g({"certainty": "CERTAIN", "polarity": "POS", "time": "FUTURE", "special_cases": "NONE"}) == "FUT"
    assert g({"certainty": "CERTAIN", "polarity": "POS", "time": "NON_FUTURE", "special_cases": "GEN"}) is None
    assert g({}) is None


def test_cat_tokens_read_back_as_news_text(scorer):
    words = ["He", "said", "``", "we", "won", "’", "t", "go", "''", ",", "adding", "it", "'s", "over", "."]
    text, spans = scorer._detokenize(words)
    assert text == 'He said "we won’t go", adding it\'s over.'
    assert [text[b:e] for b, e in spans][4:7] == ["won", "’", "t"]
