"""The coup layer on real sentence shapes: outcome from the text's own words (with the
Cline record kept beside it), kind from the words and from the record, conspiracies,
and one reading per coup across its mentions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.events import coups
from chronicle.records import Analysis, Event

from .conftest import names, pipeline

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"military", "dissident", "rebel", "palace", "foreign-backed", "auto-coup", "popular-revolt",
         "forced-resignation", "counter-coup", "other"}


def coup_events(a: Analysis):
    return [e for e in a.events if e.coup]


def first(a: Analysis):
    found = coup_events(a)
    assert found, [(e.type, e.trigger, e.modality) for e in a.events]
    return found[0].coup


def test_the_texts_outcome_stands_and_clines_is_kept_beside_it(run):
    coup = first(run("Venezuela's abortive April 2002 coup against Hugo Chávez collapsed within two days."))
    assert coup["outcome"] == "attempted"  # the text says "abortive"
    ref = coup["reference"]
    assert (ref["coup_id"], ref["outcome"]) == ("10104122002", "realized")  # Chávez was out two days
    assert "military" in ref["kinds"] and coup["kind"] == "military"
    assert not any(k.startswith("_") for k in ref)  # working keys never leak into the record


def test_a_silent_text_takes_clines_outcome(run):
    coup = first(run("The 1964 coup in Brazil ushered in two decades of military rule."))
    assert coup["outcome"] == coup["reference"]["outcome"] == "realized"
    assert coup["kind"] == "military"


def test_an_opposition_politician_with_soldiers_makes_a_dissident_coup(run):
    a = run("Venezuelan opposition leader Juan Guaidó, flanked by a few dozen soldiers, launched an uprising "
            "against Nicolás Maduro on 30 April 2019.", published="2019-05-01")
    coup = first(a)
    assert (coup["outcome"], coup["kind"]) == ("attempted", "dissident")


def test_the_kind_the_text_states_is_chosen_among_the_records_flags(run):
    coup = first(run("Turkish prosecutors say the failed 2016 coup was organized by followers of the cleric "
                     "Fethullah Gulen."))
    assert coup["reference"]["coup_id"] == "64007152016"
    assert set(coup["reference"]["kinds"]) >= {"military", "dissident"}
    assert (coup["outcome"], coup["kind"]) == ("attempted", "dissident")


@pytest.mark.parametrize("text, outcome, kind", [
    ("Army officers seized power in the capital on Sunday and detained the president.", "realized", "military"),
    ("Rebels overthrew the government last week.", "realized", "rebel"),
    ("The president dissolved parliament and suspended the constitution in a coup on Sunday.", "realized",
     "auto-coup"),
    ("A coup backed by Washington removed the elected president last year.", "realized", "foreign-backed"),
    ("A popular uprising toppled the president after weeks of mass protests.", "realized", "popular-revolt"),
    ("The vice president ousted the president in a palace coup.", "realized", "palace"),
    ("A small group of officers attempted to seize the presidential palace, but loyal troops put down the attack.",
     "attempted", "military"),
    ("Police arrested twelve officers accused of plotting a coup against the president.", "conspiracy", "military"),
    ("The authorities said they had foiled a plot to overthrow the government.", "conspiracy", "other"),
])
def test_outcome_and_kind_from_the_words(run, text, outcome, kind):
    coup = first(run(text))
    assert (coup["outcome"], coup["kind"]) == (outcome, kind)


def test_the_nearest_word_tells_attempt_from_plot(run):
    # Voice of America (public domain): the plotters took part in an attempt.
    coup = first(run("The alleged coup plotters involved in the attempt to overthrow President Jovenel Moise "
                     "on Feb. 7 are also detained there."))
    assert coup["outcome"] == "attempted"


@pytest.mark.parametrize("text", [
    "Analysts warned that the army could stage a coup if the election results were annulled.",
    "The general denied that he had planned a coup.",
    "The opposition leader urged the armed forces to overthrow the president.",
    "Trump said he would not rule out a military option in Venezuela.",
    "They demanded reforms and Bashir's ouster.",  # Voice of America
    "The rebels will try to overthrow the government next year.",
    "Inmates staged a mutiny at the prison, and dozens escaped.",
    "Washington has not ruled out supporting a coup.",
    "A coup is unlikely, analysts said.",
    "Talk of a coup has grown in the capital.",
    "The defence minister warned of a coup.",
    "The army has never staged a coup in that country.",
])
def test_no_coup_that_did_not_happen(run, text):
    assert not coup_events(run(text))


def test_mentions_of_one_coup_share_outcome_and_kind(run):
    a = run("The botched military coup began at dawn. "
            "Officials said the coup started with a message read on television. "
            "By the evening the coup had collapsed.")
    readings = {(e.coup["outcome"], e.coup["kind"]) for e in coup_events(a)}
    assert coup_events(a) and readings == {("attempted", "military")}


def test_a_coup_in_a_heading_is_no_event(run):
    a = run("Coup attempt in the capital\n\nSoldiers seized the state broadcaster on Tuesday.")
    assert all(a.article.text[e.start:e.end] != "Coup attempt in the capital" for e in a.events)


def test_cline_kind_prefers_the_stated_kind_then_its_priority():
    assert coups.cline_kind(("military", "dissident", "foreign-backed", "popular-revolt"), ["dissident"]) == "dissident"
    assert coups.cline_kind(("military", "dissident"), []) == "military"
    assert coups.cline_kind(("palace", "military"), ["rebel"]) == "military"
    assert coups.cline_kind(("auto-coup", "dissident"), []) == "auto-coup"


@pytest.mark.parametrize("name", ["coups_gold", "coups_test2", "coups_test3", "coups_test4", "coups_test5"])
def test_coup_gold_uses_the_contracts_labels(name):
    rows = [json.loads(line) for line in (ROOT / "eval" / "data" / f"{name}.jsonl").open(encoding="utf-8")]
    assert len(rows) >= 30
    for row in rows:
        assert row["outcome"] in ("realized", "attempted", "conspiracy", "none")
        assert (row["kind"] is None) == (row["outcome"] == "none")
        assert row["kind"] is None or row["kind"] in KINDS


@pytest.mark.parametrize("text", [
    "Maduro accused the opposition of plotting a coup.",
    "Maduro accused Guaidó of attempting a coup against his government.",
    "The president called the protests an attempted coup.",
    "The government described the mutiny at the barracks as a coup attempt.",
])
def test_an_accusation_or_a_name_is_the_speakers_claim(run, text):
    found = coup_events(run(text))
    assert found and all(e.modality == "reported" for e in found), [(e.trigger, e.modality) for e in found]


def test_rebels_seizing_power_is_a_rebel_coup(run):
    # Voice of America (public domain).
    coup = first(run("The Central African Republic descended into violence and political chaos in 2013 when "
                     "Muslim-led Seleka rebels seized power and forced then-President Francois Bozize from office "
                     "in the majority Christian nation."))
    assert (coup["outcome"], coup["kind"]) == ("realized", "rebel")


def _linked(ref_outcome: str) -> Event:
    ref = {"dataset": "d", "coup_id": "1", "date": "2013-12-30", "country": "X", "outcome": ref_outcome,
           "kinds": ["dissident"]}
    return Event(start=0, end=1, type="COERCE", mode="seize", trigger="seized",
                 coup={"outcome": ref_outcome, "kind": "rebel", "reference": ref})


def test_settle_keeps_the_texts_outcome_and_drops_weak_links():
    stated, silent_far, silent_near = _linked("realized"), _linked("attempted"), _linked("attempted")
    readings = {id(stated): coups.Reading(True, "a", "attempted", 1),
                id(silent_far): coups.Reading(False, "b", "realized", 2),
                id(silent_near): coups.Reading(False, "c", "realized", 0)}
    coups.settle([stated, silent_far, silent_near], readings)
    assert stated.coup["outcome"] == "attempted" and stated.coup["reference"]["outcome"] == "realized"
    assert stated.coup["kind"] == "dissident"  # linked: the record's flag, the text naming none of them
    assert "reference" not in silent_far.coup and silent_far.coup["outcome"] == "realized"
    assert silent_near.coup["outcome"] == "attempted" and "reference" in silent_near.coup
    for event in (stated, silent_near):
        assert not any(k.startswith("_") for k in event.coup["reference"])


@pytest.mark.parametrize("text, outcome, kind", [
    # A head of state driven out by a popular revolt or forced out: coups by Cline's definition.
    ("Burkina Faso's President Blaise Compaoré was forced to resign in October 2014 after a popular uprising.",
     "realized", "popular-revolt"),
    ("Sri Lanka's President Gotabaya Rajapaksa fled the country and resigned in July 2022 after protesters "
     "stormed his residence.", "realized", "popular-revolt"),
    ("Mass protests forced Algeria's President Abdelaziz Bouteflika to resign in April 2019.",
     "realized", "popular-revolt"),
    # Who made the attempt: the subject of the clause the "bid" or "attempt" hangs from.
    ("Army officers shelled the presidential palace in a bid to overthrow President Keita, but loyalist forces "
     "repelled them.", "attempted", "military"),
    # A named foreign backer of the force that carried it out.
    ("Guatemala's elected president Jacobo Árbenz was overthrown in 1954 by a CIA-backed force of exiles.",
     "realized", "foreign-backed"),
    # The accused, not the accuser, is the plotter; a relative clause's "who" is its noun.
    ("The president accused the opposition of preparing a coup, a charge its leaders rejected.",
     "conspiracy", "dissident"),
    ("Officers who had plotted to assassinate the president and seize power were sentenced to death on Tuesday.",
     "conspiracy", "military"),
])
def test_coups_told_without_the_word(run, text, outcome, kind):
    coup = first(run(text))
    assert (coup["outcome"], coup["kind"]) == (outcome, kind)


def test_a_foiled_coup_was_attempted(run):
    coup = first(run("The government said it had thwarted an attempted coup and arrested several officers."))
    assert coup["outcome"] == "attempted"


def test_a_suspected_plot_is_reported_not_imagined(run):
    found = coup_events(run("Several officers were arrested on suspicion of plotting to overthrow the government."))
    assert [(e.coup["outcome"], e.modality) for e in found] == [("conspiracy", "reported")]


@pytest.mark.parametrize("text", [
    "Prime Minister Saad Hariri resigned after weeks of protests.",  # a cabinet crisis
    "The president resigned in March, citing poor health.",
    "The president was urged to resign after weeks of protests.",
])
def test_a_resignation_is_no_coup_unless_forced_or_driven_by_a_revolt(run, text):
    assert not coup_events(run(text))


def test_the_relative_pronoun_is_its_noun(run):
    coup = first(run("Guinea's junta leader, Colonel Mamadi Doumbouya, who ousted President Alpha Conde in 2021, "
                     "has promised to hand power back to civilians.", published="2023-09-01"))
    assert (coup["outcome"], coup["kind"]) == ("realized", "military")


def test_a_seizure_and_a_foiled_attempt_are_two_coups(run):
    a = run("Burkina Faso's military government, which seized power in a coup in September 2022, said it had "
            "foiled another coup attempt.", published="2023-09-01")
    assert sorted(e.coup["outcome"] for e in coup_events(a)) == ["attempted", "realized"]


def test_a_seizure_the_text_states_is_not_linked_to_a_failed_attempt():
    seized, abortive = _linked("attempted"), _linked("realized")
    readings = {id(seized): coups.Reading(True, "a", "realized", 0),
                id(abortive): coups.Reading(True, "b", "attempted", 0)}
    coups.settle([seized, abortive], readings)
    assert "reference" not in seized.coup and seized.coup["outcome"] == "realized"
    # "the abortive 2002 coup": Cline's short-lived success is the same event, kept beside the text's word
    assert abortive.coup["reference"]["outcome"] == "realized" and abortive.coup["outcome"] == "attempted"


def test_a_revolt_that_fizzled_or_petered_out_was_attempted(run):
    for verb in ("fizzled", "petered"):
        a = run(f"Rebel officers called for an uprising against President Alpha Condé, but the revolt {verb} out "
                "within hours.")
        assert first(a)["outcome"] == "attempted", verb


@pytest.mark.parametrize("text, coup", [
    ("The army removed President Mohamed Morsi from office in July 2013.", True),
    ("The army took power in Thailand in May 2014.", True),
    ("Parliament removed the prime minister in a no-confidence vote.", False),
    ("The new president took power after the election.", False),
])
def test_removing_a_ruler_or_taking_power_is_a_coup_when_soldiers_do_it(run, text, coup):
    a = run(text, published="2020-01-01")
    assert bool(coup_events(a)) == coup
    if coup:
        assert (first(a)["outcome"], first(a)["kind"]) == ("realized", "military")


def test_removing_things_and_taking_office_are_not_seizures(run):
    for text in ("Workers removed the barricades from the square.", "Protesters removed the barricades.",
                 "The new president took power after the election."):  # no one is deposed or coerced
        assert not [e for e in run(text).events if e.mode == "seize"], text


def test_a_putsch_tagged_as_a_name_is_still_a_coup(run):
    a = run("Thousands were arrested after the failed Putsch in July.", published="2017-01-01")
    assert first(a)["outcome"] == "attempted"


def test_a_coup_a_threat_takes_as_given_happened(run):
    a = run("West African leaders threatened military intervention to reverse the coup in Niger.",
            published="2023-08-10")
    assert [e.type for e in a.events if not e.coup] == ["THREATEN"]
    assert first(a)["outcome"] == "realized"
    assert not coup_events(run("The opposition threatened to stage a coup."))  # threatened, not done


def test_those_who_crush_a_coup_did_not_stage_it(run):
    assert first(run("Loyal soldiers crushed the coup within hours."))["kind"] == "other"


@pytest.mark.parametrize("text, doers", [
    ("Critics say the Turkish government used the coup attempt as a pretext to imprison dissidents.", set()),
    ("Officials in Ankara blamed the failed coup on the cleric's followers.", set()),
    ("General Abdourahamane Tchiani led a coup against President Mohamed Bazoum in July.", {"tchiani"}),
])
def test_only_those_who_staged_a_coup_are_its_source(run, text, doers):
    a = run(text)
    found = {n.split()[-1].lower() for e in coup_events(a) for n in names(a, e.source)}
    assert coup_events(a) and found == doers


def test_a_coup_with_no_time_of_its_own_takes_its_records_day(run):
    a = run("Germany angered Turkey with remarks over the weekend. About 300 people were killed across Turkey "
            "after rebel soldiers attempted to overthrow the government.", published="2017-03-19")
    coup = coup_events(a)[0]
    assert coup.coup["reference"]["coup_id"] == "64007152016"
    assert (coup.date.value, coup.date.basis) == ("2016-07-15", "reference")  # not "the weekend"


def test_recent_coups_in_two_countries_are_two_coups(run):
    a = run("The coup in Gabon came weeks after soldiers in Niger ousted President Mohamed Bazoum.",
            published="2023-09-01")
    # Gabon's, silent on its makers and past the record's end, takes the record's prior (military)
    assert [(e.coup["outcome"], e.coup["kind"]) for e in coup_events(a)] == [("realized", "military"),
                                                                           ("realized", "military")]
    assert [e.coup.get("reference") for e in coup_events(a)] == [None, None]


def test_an_undated_mention_is_the_coup_its_sentence_or_paragraph_dates(run):
    a = run("Soldiers in Bolivia mutinied in June 2024 and surrounded the presidential palace, which the "
            "president described as a coup attempt.", published="2025-01-01")
    assert {e.coup["kind"] for e in coup_events(a)} == {"military"} and len(coup_events(a)) == 2
    a = run("The abortive 1992 coup in Venezuela failed within hours. That coup attempt made its leader famous.",
            published="2019-01-01")
    assert [e.coup["reference"]["coup_id"] for e in coup_events(a)] == ["10102041992"]  # one coup, not today's


def test_the_articles_current_coup_is_linked_by_its_publication_date(run):
    text = "Thousands have been detained since the coup, rights groups in Myanmar say."
    assert first(run(text, published="2021-06-10"))["reference"]["coup_id"] == "77502012021"
    coup = first(run(text, published="2002-06-10"))  # the plot of March 2002 is not "the coup"
    assert "reference" not in coup and coup["outcome"] == "realized"
    assert "reference" not in first(run(text, published="2024-06-10"))  # 2021 is too long ago to guess


def test_who_called_for_the_uprising_is_behind_it_and_the_revolt_that_takes_it_up(run):
    a = run("Opposition leader Ousmane Sonko called for an uprising against President Macky Sall, but the revolt "
            "fizzled out within hours.")
    assert (first(a)["outcome"], first(a)["kind"]) == ("attempted", "dissident")


# -- issue #6: coups as news of many outlets tells them (session 6 dev constructions) -----------


@pytest.mark.parametrize("text", [
    "The finance minister was ousted in a no-confidence vote last week.",
    "Voters ousted the governing coalition's candidate in Sunday's presidential election.",
    "The governing party ousted its chairman at a special congress.",
    "Investors ousted the chief executive of the airline after heavy losses.",
    "The league ousted its president over a corruption scandal.",
    "Winning the summit for the capital was a diplomatic coup for the mayor.",
    "The minister pulled off a publicity coup by announcing the deal on live television.",
    "The opposition said the court ruling amounted to a judicial coup.",
    "The senate voted to impeach the president, a move his allies denounced as a coup.",
    "Critics described the impeachment as a coup.",  # a lawful removal someone calls a coup (gold c56)
    "Opposition deputies called the court's decision a constitutional coup.",
    "Conscripts mutinied over unpaid salaries and blocked the main road.",
    "The prime minister accused the cabinet of a coup against the party leadership.",
])
def test_lawful_or_figurative_removals_and_pay_mutinies_are_no_coups(run, text):
    assert not coup_events(run(text))


@pytest.mark.parametrize("text, outcome, kind", [
    # noun phrases and passives
    ("The junta's seizure of power was condemned by the regional bloc.", "realized", "military"),
    ("The elected president was toppled by soldiers who later flew him abroad.", "realized", "military"),
    ("The prime minister was removed from power by the army in a dawn operation.", "realized", "military"),
    ("The head of state was forced out by the military after a standoff.", "realized", "military"),
    ("The president was forced from power by a popular uprising.", "realized", "popular-revolt"),
    ("The armed forces took control of the country overnight.", "realized", "military"),
    ("The army took over last year, promising elections within eighteen months.", "realized", "military"),
    # who did it, when the sentence names no kind
    ("Renegade rebel soldiers announced on the radio that they had dissolved the government.", "realized",
     "military"),
    ("The army seized power in a coup and suspended the constitution.", "realized", "military"),
    ("Foreign-backed mercenaries tried to overthrow the president of the islands.", "attempted", "foreign-backed"),
    ("Guerrillas overran the capital and the president fled abroad.", "realized", "rebel"),
    ("Insurgents stormed the capital at dawn, and the president fled to a neighbouring country.", "realized",
     "rebel"),
    ("The ruling military council, which ousted the president in April, promised elections.", "realized",
     "military"),
    ("Crowds stormed the presidential palace and the king fled the country.", "realized", "popular-revolt"),
    ("The president dissolved the constitutional court and said he would govern by decree.", "realized",
     "auto-coup"),
    # outcome
    ("Loyal troops crushed the attempted coup within hours.", "attempted", "other"),
    ("The attempted putsch was put down by forces loyal to the government.", "attempted", "other"),
    ("Counter-intelligence officers thwarted a plot to overthrow the government.", "conspiracy", "other"),
    ("A group of colonels tried to overthrow the president last year.", "attempted", "military"),
])
def test_coups_as_news_of_many_outlets_tells_them(run, text, outcome, kind):
    coup = first(run(text))
    assert (coup["outcome"], coup["kind"]) == (outcome, kind)


@pytest.mark.parametrize("text", [
    "The president dissolved parliament and called early elections for March.",
    "The army took over the state broadcaster's building for a parade.",
    "Rebels overran the provincial capital after a week of fighting.",
])
def test_routine_dissolutions_and_battles_are_no_coups(run, text):
    assert not coup_events(run(text))


@pytest.mark.parametrize("text, outcome, kind", [
    ("The coup d'état was condemned by the African Union.", "realized", "other"),
    ("An attempted coup d'état was foiled by the presidential guard.", "attempted", "other"),
    ("Officers read a statement on television announcing the dissolution of the government.", "realized",
     "military"),
    ("Since Mubarak's ouster, the country has held three elections.", "realized", "other"),
    ("The short-lived putsch ended when loyal troops retook the radio station.", "attempted", "other"),
    ("The coup installed a military government that ruled for a decade.", "realized", "military"),
    ("The junta that came to power in the coup has banned political parties.", "realized", "military"),
    ("The abortive revolt was led by a disgruntled major.", "attempted", "military"),
])
def test_named_coups_and_what_tells_their_kind(run, text, outcome, kind):
    coup = first(run(text))
    assert (coup["outcome"], coup["kind"]) == (outcome, kind)


def test_a_demanded_ouster_conjoined_to_other_demands_is_no_coup(run):
    assert not coup_events(run("Protesters demanded higher wages and the president's ouster."))


@pytest.mark.parametrize("text", [
    "Officials hailed the signing of the accord as a coup for the government.",
    "Rumours of a coup spread through the capital after the defence minister was dismissed.",
    "Fears of a putsch have grown since the disputed election.",
])
def test_a_coup_praised_or_only_rumoured_is_no_coup(run, text):
    assert not coup_events(run(text))


def test_the_kind_the_text_states_wins_over_the_records_flags(run):
    # Cline flags Montenegro's 2016 plot dissident and foreign-backed; the text says soldiers.
    coup = first(run("Prosecutors said a group of soldiers had plotted to overthrow Montenegro's government "
                     "in October 2016."))
    assert coup["reference"]["coup_id"] == "34110162016"
    assert "military" not in coup["reference"]["kinds"]
    assert (coup["outcome"], coup["kind"]) == ("conspiracy", "military")


@pytest.mark.parametrize("text, outcome, kind", [
    # doers of another country than the one whose government they targeted
    ("A Ugandan court jailed three Kenyan officers for plotting to overthrow the government.", "conspiracy",
     "foreign-backed"),
    ("Burundi's intelligence service said it had broken up a plot by men trained in Rwanda to seize power.",
     "conspiracy", "foreign-backed"),
    # a ruler removed, named in a relative clause
    ("Zelaya, who was ousted by the army in 2009, flew back to Tegucigalpa on Saturday.", "realized", "military"),
    # the suspects arrested are the nearest the text comes to naming the doers
    ("Police said the assault on the palace was a failed coup attempt and detained twenty soldiers.", "attempted",
     "military"),
    # forced out at gunpoint, told as the resignation
    ("The prime minister said he had been forced to resign at gunpoint by renegade soldiers.", "realized",
     "forced-resignation"),
    # a government removed needs no "from power"
    ("The army ended the standoff by removing the civilian government.", "realized", "military"),
    # a coup made by what soldiers did, with no trigger word the event lexicon knows
    ("A group of colonels announced on television that they had closed the borders and dissolved the cabinet.",
     "realized", "military"),
    ("Rebel columns entered the capital in April 1979, ending Idi Amin's eight-year rule.", "realized", "rebel"),
    # the assault the coup was foiled in tells who made it, and who led them
    ("The interior ministry said it had foiled a coup attempt after soldiers stormed the state broadcaster.",
     "attempted", "military"),
    ("Police said they had foiled a coup attempt after gunmen led by an opposition activist attacked the parliament.",
     "attempted", "dissident"),
])
def test_coups_told_by_who_did_them_and_how(run, text, outcome, kind):
    coup = first(run(text))
    assert (coup["outcome"], coup["kind"]) == (outcome, kind)


@pytest.mark.parametrize("text", [
    "The opposition leader won the runoff by a wide margin, unseating the incumbent president.",
    "Ortega, who was ousted by voters in 1990, returned to power in 2007.",
    "Another coup in the region would deepen the humanitarian crisis, aid agencies said.",
    "Independence fighters ended colonial rule in 1962.",
])
def test_elections_and_coups_that_may_come_are_no_coups(run, text):
    assert not coup_events(run(text))


# -- issue #6, session 8: coups told in passing, by their makers or their end, and look-alikes ---------


@pytest.mark.parametrize("text, outcome, kind", [
    # a coup named as the time of something else happened, whatever that clause says
    ("Clinics have stopped vaccinating children since the coup in Myanmar.", "realized", "military"),
    ("Moscow refused to recognise the authorities brought to power during the coup in Ukraine in February 2014.",
     "realized", "popular-revolt"),
    ("Ministers say they must punish the ringleaders of the failed 2016 coup in Turkey.", "attempted", "military"),
    # removal verbs as gerunds, with a shared object, or with a pronoun removed by soldiers
    ("The army ousted and arrested him in 2013, a year after he took office.", "realized", "military"),
    ("A year after leading the military's ousting of the elected president, the general won the vote.",
     "realized", "military"),
    ("Gunmen have roamed the country since the dictator's toppling by rebels.", "realized", "rebel"),
    # a revolt told by the rule it ended, or the ruler's stepping down it ended with
    ("Six years after the uprising that ended his rule, the former president was acquitted.", "realized",
     "popular-revolt"),
    ("Hundreds of protesters died in a three-week uprising that ended when he stepped down.", "realized",
     "popular-revolt"),
    ("The revolution that ousted the last tsar is a century old this year.", "realized", "popular-revolt"),
    ("The dictator, who was overthrown in a popular uprising, died in exile.", "realized", "popular-revolt"),
    # soldiers qualified by anything are soldiers; a former insider is no palace
    ("Ultra-nationalist colonels seized power in the capital on Friday.", "realized", "military"),
    ("The president accused his rival and former deputy Paul Kamara of plotting a coup.", "conspiracy",
     "dissident"),
    ("Investigators said followers of the exiled cleric were involved in the failed coup.", "attempted",
     "dissident"),
    # the ruler goes because the army tells him to; a ruler takes every power; a ruler named only
    ("The president resigned hours after the army chief urged him to step down.", "realized", "military"),
    ("Juan Ortega resigned on Sunday after the commander of the armed forces asked him to step down.",
     "realized", "military"),
    ("The king sacked the cabinet and assumed absolute powers.", "realized", "auto-coup"),
    ("Mendoza's attempt to dissolve Congress and rule by decree collapsed within hours.", "attempted",
     "auto-coup"),
    # a ruler named only, who handed power over or resigned and fled abroad before crowds
    ("Amadou Keita stepped down on Friday, handing power to the army after weeks of mass protests.", "realized",
     "popular-revolt"),
    ("Nadia Rahman resigned and fled to Oman as thousands of protesters marched on her residence.", "realized",
     "popular-revolt"),
])
def test_coups_told_in_passing_by_their_makers_or_their_end(run, text, outcome, kind):
    coup = first(run(text, published="2021-06-01"))
    assert (coup["outcome"], coup["kind"]) == (outcome, kind)


@pytest.mark.parametrize("text", [
    # mutinies over pay, or aimed at no one, and uprisings that sought a share of power
    "Soldiers launched the mutiny to demand better pay and housing.",
    "The president says his government has reached a deal with mutinying soldiers to end the revolt.",
    "The commando unit mutinied at its base for two days but later apologised to the authorities.",
    "Journalists were arrested for spreading false reports about a mutiny by security forces.",
    "Government troops crushed the uprising by villagers who sought more political power.",
    # removals from posts that are no state's executive, and coups within an organisation
    "The caucus is best known for its role in ousting the veteran from his speakership.",
    "Two directors tried to stage a coup within the federation and conspired to oust the federation's president.",
    # a dated removal in a country with no coup on record that year, by no one named: an invasion
    "Sectarian divisions have torn Iraq apart since the toppling of Saddam Hussein in 2003.",
    # officials, party posts and regions are not the state; a coup to come; a lawful act named a coup
    "Mr Hale, a retired army lieutenant-general, was ousted amid claims that he had misled the vice-president.",
    "The prime minister survived a plot by backbenchers to oust him as party leader.",
    "Rebels seized power in the eastern province after the governor fled.",
    "The ruling party warned that the protests were a coup in the making.",
    "He called the court's decision a coup d'etat.",
    "The late goal delivered the coup de grace to the visitors' title hopes.",
    "Finance Minister Paul Osei resigned after weeks of protests over the budget.",
])
def test_mutinies_and_removals_that_are_no_coups(run, text):
    assert not coup_events(run(text, published="2017-03-01"))


def test_the_uprising_that_is_only_a_time_is_not_a_coup_unless_it_removed_someone(run):
    a = run("Tourism has never recovered from the uprising of 2011.", published="2017-03-01")
    assert not coup_events(a)


def test_a_presupposed_coup_still_needs_to_be_a_particular_one(run):
    # "after a coup" with no article, date or place speaks of any coup that might come
    assert not coup_events(run("Donors would suspend aid after a coup, officials warned."))


def test_capitals_and_official_names_name_the_country():
    # the actors' gazetteer: capitals stand for their countries, official names for theirs
    assert coups.country_of("Ouagadougou") == "Burkina Faso"
    assert coups.country_of("the Republic of Cyprus") == "Cyprus"
    assert coups.country_of("Kyiv") == "Ukraine"
    assert coups.country_of("Springfield") is None


@pytest.mark.parametrize("text, published, coup_id, outcome, kind", [
    # the country by its capital
    ("Armoured cars rolled through Ouagadougou during the January 2022 coup.", "2022-06-01", "43901242022",
     "realized", "military"),
    # a month with no year, told as past, in a story of the spring after it
    ("Turkish courts have jailed hundreds of officers over the attempted coup in July.", "2017-03-01",
     "64007152016", "attempted", "military"),
    # the possessor the parser hangs on the date; regime insiders make a palace coup
    ("The hardliners' 1991 putsch against the Soviet leader collapsed within days.", "2021-01-01",
     "36508211991", "attempted", "palace"),
    # the accused, named by a relative pronoun, orchestrated it
    ("Ankara wants the extradition of the exiled preacher Fethullah Gulen, whom it blames for orchestrating "
     "the failed July 2016 coup.", "2018-01-01", "64007152016", "attempted", "dissident"),
    # a foreign state accused of a part in a plot against another
    ("A Montenegrin court convicted two Russian agents of involvement in the October 2016 coup plot.",
     "2019-05-09", "34110162016", "conspiracy", "foreign-backed"),
    # a kind someone only portrays it as: the record decides
    ("Pro-government newspapers portrayed the 2014 street protests in Kyiv as a foreign-backed coup.",
     "2020-01-01", "36902222014", "realized", "popular-revolt"),
])
def test_historical_coups_linked_and_typed_by_their_makers(run, text, published, coup_id, outcome, kind):
    coup = first(run(text, published=published))
    assert coup.get("reference", {}).get("coup_id") == coup_id
    assert (coup["outcome"], coup["kind"]) == (outcome, kind)


@pytest.mark.parametrize("text, outcome, kind", [
    # the pronoun subject of an adverbial clause takes up the main clause's subject
    ("Foreign troops left the country this year, two decades after they ousted the militia's government.",
     "realized", "foreign-backed"),
    # the revolts are the subject of a clause
    ("What began as student demonstrations toppled the president within a month.", "realized",
     "popular-revolt"),
    # a takeover is the soldiers' whose acts it is the time of
    ("The prime minister was detained by soldiers during Monday's takeover.", "realized", "military"),
    # a particular coup the record lacks (it ends in 2022), silent on its makers: most coups are soldiers'
    ("The coup in Gabon last month drew condemnation from the African Union.", "realized", "military"),
    # coups in general, placed nowhere: nothing to go on
    ("The coup collapsed within hours.", "attempted", "other"),
])
def test_who_carried_it_out_or_the_records_prior(run, text, outcome, kind):
    coup = first(run(text, published="2023-09-20"))
    assert (coup["outcome"], coup["kind"]) == (outcome, kind)


def test_an_undated_plot_takes_the_one_past_year_its_sentence_names(run):
    coup = first(run("The pilots, arrested in Harare in 2004, were later tried for their part in the plot to "
                     "overthrow Equatorial Guinea's president.", published="2010-01-01"))
    assert coup["reference"]["coup_id"] == "41103072004"
    assert (coup["outcome"], coup["kind"]) == ("conspiracy", "dissident")


def test_a_named_person_who_seized_power_is_not_guessed_a_dissident(run):
    # realized coups by dissidents are rare on record: a kind only inferred gives way to the record's prior
    coup = first(run("Since grabbing power, Mensah has jailed hundreds of his critics.", published="2023-05-01"))
    assert (coup["outcome"], coup["kind"]) == ("realized", "military")


def test_a_ruler_freezing_parliament_is_a_self_coup_whoever_calls_it_one(run):
    a = run("The president froze parliament on Sunday, a move his opponents called a coup.", published="2021-08-10")
    assert {(e.coup["outcome"], e.coup["kind"]) for e in coup_events(a)} == {("realized", "auto-coup")}


def test_a_ruler_sending_troops_to_shut_the_legislature_tried_a_self_coup(run):
    coup = first(run("The president imposed emergency rule on Friday and sent soldiers to surround parliament.",
                     published="2024-03-02"))
    assert (coup["outcome"], coup["kind"]) == ("attempted", "auto-coup")
    assert not coup_events(run("Police sealed off parliament as protesters gathered outside.",
                               published="2024-03-02"))


@pytest.mark.parametrize("text, kind", [
    # a name the tagger took for nothing, removed by armed men
    ("Rebels led by Laurent Kabila overthrew Mobutu in 1997.", "rebel"),
    # a foreign agency named as the one who carried it out, although the record flags it not
    ("The 1954 coup against Guatemala's president Jacobo Árbenz was orchestrated by the CIA.", "foreign-backed"),
])
def test_removals_by_arms_and_from_abroad(run, text, kind):
    coup = first(run(text, published="2007-05-01"))
    assert (coup["outcome"], coup["kind"]) == ("realized", kind)


def test_a_dateline_the_tagger_misses_places_the_coup():
    # the whole pipeline: the actors stage knows the capital the tagger took for an organisation
    coup = first(pipeline("2020-08-20")("BAMAKO, Aug 20 (Reuters) - Mutinying soldiers who detained the president "
                                        "said they would hold elections."))
    assert coup["reference"]["country"] == "Mali" and coup["kind"] == "military"


def test_an_armed_move_made_to_remove_a_ruler_is_an_attempt_a_rally_is_not(run):
    coup = first(run("Soldiers marched on the capital on Friday to topple the president.", published="2024-01-01"))
    assert (coup["outcome"], coup["kind"]) == ("attempted", "military")
    assert not coup_events(run("The opposition held rallies on Friday to oust the president.", published="2024-01-01"))


def test_a_ruler_resigning_under_the_armys_pressure_is_removed_by_it(run):
    coup = first(run("President Amadou Diallo resigned under pressure from the army on Sunday.", published="2024-01-01"))
    assert (coup["outcome"], coup["kind"]) == ("realized", "military")
    assert not coup_events(run("The prime minister resigned under pressure from parliament.", published="2024-01-01"))


@pytest.mark.parametrize("text, kind", [
    # the one the government blames for the coup, not the government, is its accused doer
    ("The government in Ouagadougou blamed opposition politicians for the coup of September 2015.", "dissident"),
    # held responsible, in a relative clause on an exile whose residence is no foreign backing
    ("Ahmet Kaya, a London-based businessman whom Ankara holds responsible for the abortive putsch of July 2016, "
     "denies the charge.", "dissident"),
    # a named civilian's associates: his coup, the record flagging dissidents among its kinds
    ("Turkish prosecutors blame Gulen associates for the abortive putsch of July 2016.", "dissident"),
    # the relative leaves the one blamed unsaid: the noun it hangs on
    ("Police searched the offices of a religious movement the government blames for the failed coup in Turkey "
     "in July 2016.", "dissident"),
])
def test_who_is_blamed_for_a_coup_is_its_accused_doer(run, text, kind):
    assert first(run(text, published="2017-03-01"))["kind"] == kind


@pytest.mark.parametrize("text", [
    "The rebels insist their only goal is ousting the president.",
    "Toppling the junta remains the opposition's main aim.",
    "Is toppling the chancellor really the Kremlin's policy?",
])
def test_a_removal_a_copula_equates_with_an_aim_is_no_coup(run, text):
    assert not coup_events(run(text, published="2017-03-01"))


def test_a_removal_called_a_mistake_is_still_one_that_happened(run):
    coup = first(run("Ousting the king in 1967 proved a costly mistake for the Greek colonels.", published="2017-03-01"))
    assert coup["outcome"] == "realized"


def test_an_anniversary_dates_the_coup_it_is_of(run):
    # the month in the sentence is the speech's; the fifth anniversary puts the coup five years back
    coup = first(run("In a speech in May on the fifth anniversary of the coup d'etat in Thailand, the former prime "
                     "minister called for elections.", published="2019-05-30"))
    assert coup["reference"]["coup_id"] == "80005222014"


def test_a_revolt_no_one_is_named_for_is_a_popular_one(run):
    # the record flags soldiers too, but the text tells it as an uprising, by no one else
    coup = first(run("Egypt's economy has struggled since the 2011 uprising against Hosni Mubarak.",
                     published="2017-03-01"))
    assert coup["reference"]["coup_id"] == "65102112011"
    assert (coup["outcome"], coup["kind"]) == ("realized", "popular-revolt")


def test_a_dated_revolt_the_record_lacks_is_no_coup(run):
    # a civil war's beginning: Cline, complete for 2011, has no Syrian coup that year
    assert not coup_events(run("The Syrian war started as a largely peaceful uprising against President Bashar al-Assad "
                               "in March 2011.", published="2017-03-01"))
    # the record has one: the revolt stays an attempt
    coup = first(run("An uprising against President Ali Abdullah Saleh broke out in Yemen in January 2011.",
                     published="2017-03-01"))
    assert coup["outcome"] == "attempted"
