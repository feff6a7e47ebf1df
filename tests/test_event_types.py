"""PLOVER types of verb frames the single-word lexicon misses (sent back to jail, came under
attack from, drew criticism from), what a saying commits its speaker to (a promise, advice,
a wish, blame), and the modality of acts in conjoined, clausal-subject and "should not"
clauses."""
from __future__ import annotations

import pytest

from chronicle.events import lexicon
from chronicle.records import Analysis

from .conftest import events_for


def types(a: Analysis) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in a.events]


def event(a: Analysis, trigger: str):
    found = [e for e in a.events if e.trigger == trigger]
    assert len(found) == 1, types(a)
    return found[0]


def names(a: Analysis, keys: list[str]) -> list[str]:
    by_key: dict[str, str] = {}
    for m in a.mentions:
        by_key.setdefault(m.entity, m.text)  # the first mention names it ("Iran", not "it")
    return [by_key[k] for k in keys]


@pytest.fixture(scope="module")
def full():
    """The whole pipeline, so that pronouns ("said it would ...") reach their antecedents."""
    from chronicle.pipeline import analyze
    from chronicle.records import Article

    def go(text: str) -> Analysis:
        return analyze(Article(id="t", source="test", sha256="", text=text, published="2024-05-10",
                               published_basis="stated"))
    return go


# The requirement syntax ----------------------------------------------------------------

def test_a_plus_item_must_occur_besides_one_of_the_others():
    assert lexicon.lookup("come", "V", {"under", "attack", "@prep"}).type == "ASSAULT"
    assert lexicon.lookup("come", "V", {"after", "attack", "@prep"}) is None
    assert lexicon.lookup("come", "V", {"under", "criticism"}).type == "ACCUSE"


# Verb frames ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, etype, mode", [
    ("A judge in Lima ordered the former president back to jail on Monday.", "ordered", "COERCE", "arrest"),
    ("The dissident has been held in custody in Minsk since 2021.", "held", "COERCE", "arrest"),
    ("Gunmen stormed the school in Kaduna and took dozens of pupils hostage.", "took", "ASSAULT", "abduct"),
    ("The Supreme Court of Kenya overturned the journalist's conviction.", "overturned", "CONCEDE", None),
    ("The Ecuadorian parliament repealed the emergency decree.", "repealed", "CONCEDE", None),
    ("King Mohammed pardoned 300 prisoners.", "pardoned", "RETREAT", "release"),
    ("Authorities in Caracas froze the bank accounts of the opposition party.", "froze", "COERCE", "seize"),
    ("The European Union froze aid to the junta in Niger.", "froze", "SANCTION", "discontinue"),
    ("Ukrainian troops drove Russian forces out of the village of Robotyne.", "drove", "ASSAULT", None),
    ("Prosecutors in Istanbul read out the charges against the mayor.", "read", "ACCUSE", "allege"),
    ("The Turkish government closed its embassy in Tripoli.", "closed", "SANCTION", None),
])
def test_verb_frames(run, text, trigger, etype, mode):
    e = event(run(text), trigger)
    assert (e.type, e.mode) == (etype, mode)


def test_pushing_out_of_strongholds_is_an_assault_not_a_request(run):
    a = run("Kurdish forces pushed Islamic State fighters out of their last strongholds in Syria.")
    assert event(a, "pushed").type == "ASSAULT" and "REQUEST" not in {e.type for e in a.events}


def test_the_doer_of_a_converse_frame_is_in_its_from_phrase(run):
    a = run("An Iraqi army convoy came under attack from Islamic State near Mosul.")
    e = event(a, "came")
    assert e.type == "ASSAULT" and names(a, e.source) == ["Islamic State"]
    b = run("The plan drew criticism from Amnesty International.")
    e = event(b, "drew")
    assert (e.type, names(b, e.source)) == ("ACCUSE", ["Amnesty International"])


def test_coming_after_an_attack_is_no_attack(run):
    a = run("The statement from Kyiv came after the attack.")
    assert "came" not in {e.trigger for e in a.events}


# What a saying commits the speaker to ------------------------------------------------

def test_saying_it_will_release_is_a_promise(full):
    a = full("Iran said it would release the detained British sailors.")
    promise = event(a, "said")
    assert promise.type == "AGREE" and names(a, promise.source) == ["Iran"]
    assert event(a, "release").modality in ("planned", "hypothetical")


def test_saying_it_will_not_is_a_refusal(full):
    a = full("Egypt said it would not extradite the suspect to Iraq.")
    assert event(a, "said").type == "REJECT"


def test_a_forecast_of_anothers_act_or_a_hostile_decision_is_no_promise(full):
    a = full("Turkey said Syria would withdraw its forces from the border.")
    assert "AGREE" not in {e.type for e in a.events}, types(a)
    b = full("The United States announced it would prohibit all aid to the rebels.")
    assert "AGREE" not in {e.type for e in b.events}, types(b)


def test_saying_another_must_act_is_a_request(full):
    a = full("Russia said on Tuesday that Ukraine must withdraw its troops from the region.")
    request = event(a, "said")
    assert request.type == "REQUEST" and names(a, request.source) == ["Russia"]


def test_hoping_another_will_act_is_a_request(full):
    a = full("She hopes Egypt and Qatar can mediate between Israel and Hamas.")
    assert event(a, "hopes").type == "REQUEST"
    b = full("I hope we can resolve the dispute.")
    assert "REQUEST" not in {e.type for e in b.events}, types(b)


def test_saying_another_failed_to_act_blames_it(full):
    a = full("UN envoy Roza Otunbayeva said Kabul was failing to protect civilians.")
    blame = event(a, "said")
    assert (blame.type, blame.mode) == ("ACCUSE", "disapprove")


# Modality ------------------------------------------------------------------------------

def test_a_conjoined_clause_with_its_own_subject_and_tense_happened(run):
    a = run("The colonel who led the effort to oust the president and opposition leaders signed a peace "
            "agreement in May.")
    assert event(a, "signed").modality == "asserted"


def test_should_not_leaves_the_act_open(run):
    a = run("The Thai government shouldn't send these refugees back to China.")
    assert event(a, "send").modality == "hypothetical"


def test_a_clausal_subject_takes_its_predicates_modal(run):
    a = run("Releasing the prisoners may be in the junta's interest, Human Rights Watch argued.")
    assert event(a, "Releasing").modality == "hypothetical"


def test_a_claim_of_responsibility_reports_the_act(run):
    a = run("Al-Shabab claimed responsibility for the bombing in Mogadishu.")
    assert event(a, "bombing").modality == "reported"


def test_an_imagined_act_takes_no_date_from_the_saying(run):
    a = events_for("On Monday, the minister said Israel could arrest the protest leaders.",
                   published="2024-05-10", basis="stated", times=True)
    arrest = event(a, "arrest")
    assert arrest.modality == "hypothetical" and arrest.date is None


@pytest.mark.parametrize("text, trigger", [
    ("The ruling party in Harare promised to give power back to the people.", "give"),
    ("The foreign ministry in Beijing pushed back on the claims.", "pushed"),
    ("A judge in Quito ordered an investigation into deaths in custody.", "ordered"),
])
def test_a_frame_word_in_another_sense_is_no_event(run, text, trigger):
    assert trigger not in {e.trigger for e in run(text).events}, types(run(text))


def test_telling_ones_own_country_what_it_must_do_asks_no_one(full):
    a = full("Russian President Vladimir Putin said Russia must defend its borders.")
    assert "REQUEST" not in {e.type for e in a.events}, types(a)
    b = full("Russian President Vladimir Putin said Russia would withdraw its troops from the border.")
    assert event(b, "said").type == "AGREE"


def test_a_protest_that_is_the_purpose_of_a_past_gathering_happened(run):
    a = run("Hundreds of traders in Nairobi gathered on Monday to protest the new tax.")
    assert event(a, "protest").modality == "asserted"
    b = run("Opposition parties in Nairobi plan to rally to protest the new tax.")
    assert all(e.modality != "asserted" for e in b.events), [(e.trigger, e.modality) for e in b.events]


def test_no_one_should_be_is_advice_not_denial(run):
    a = run("No one should be jailed for peaceful protest, Amnesty International said.")
    assert event(a, "jailed").modality == "hypothetical"


def test_expecting_an_outcome_is_a_forecast_not_a_request(run):
    assert [e.type for e in run("Pakistan expects Afghanistan to stop the militants.").events] == ["REQUEST"]
    for text in ("The International Monetary Fund expects Argentina to return to growth next year.",
                 "The European Union expects Serbia to win the vote easily."):
        assert not any(e.type == "REQUEST" for e in run(text).events)


# Dictionary coverage: common news verbs and nouns of each type, and their other senses ---

@pytest.mark.parametrize("text, trigger, etype", [
    ("Farmers blocked the main highway into Lyon for six hours.", "blocked", "PROTEST"),
    ("Teachers in Nairobi stopped work over unpaid salaries.", "stopped", "PROTEST"),
    ("Youths hurled stones at the police station in Hebron.", "hurled", "PROTEST"),
    ("The Kenyan government lodged a formal protest with Uganda.", "lodged", "ACCUSE"),
    ("Prosecutors in Lagos filed charges against the army commander.", "filed", "ACCUSE"),
    ("The senator lashed out at the Mexican government.", "lashed", "ACCUSE"),
    ("The minister pointed a finger at Rwanda for the unrest.", "pointed", "ACCUSE"),
    ("The governor declined to resign despite the protests.", "declined", "REJECT"),
    ("Hungary is opposed to further sanctions on Moscow.", "opposed", "REJECT"),
    ("The newspaper in Beirut violated a ban on reporting the trial.", "violated", "REJECT"),
    ("Rebel forces captured the town of Goma after heavy fighting.", "captured", "ASSAULT"),
    ("Government troops recaptured the airport in Khartoum.", "recaptured", "ASSAULT"),
    ("Police in Istanbul prevented the rally from reaching the square.", "prevented", "COERCE"),
    ("Police rounded up dozens of opposition supporters in Kampala.", "rounded", "COERCE"),
    ("The Serbian government eased emergency measures in the province.", "eased", "CONCEDE"),
    ("The junta in Bamako bowed to pressure from the regional bloc.", "bowed", "CONCEDE"),
    ("The president commuted the death sentences of 40 prisoners.", "commuted", "RETREAT"),
    ("The army chief sat down with rebel leaders in Jeddah.", "sat", "CONSULT"),
    ("Japan will lend Sri Lanka 500 million dollars.", "lend", "AID"),
    ("Washington withdrew its ambassador from Caracas.", "withdrew", "SANCTION"),
    ("Russia scrambled fighter jets over the Baltic Sea.", "scrambled", "MOBILIZE"),
    ("The two sides struck a deal on prisoner releases.", "struck", "AGREE"),
    ("The Chilean president offered condolences to Peru after the floods.", "offered", "SUPPORT"),
    ("Ghana expressed solidarity with the people of Togo.", "expressed", "SUPPORT"),
    ("Nigeria launched a military operation against the militants in Borno.", "operation", "ASSAULT"),
])
def test_dictionary_coverage(run, text, trigger, etype):
    assert event(run(text), trigger).type == etype


@pytest.mark.parametrize("text, trigger", [
    ("The ministry released a statement on Sunday.", "released"),
    ("Mauritius acceded to independence in 1968.", "acceded"),
    ("The minister said the museum is open to visitors on Sundays.", "open"),
    ("The soldiers who committed the crimes to terrorise villagers were never tried.", "committed"),
    ("The minister lent support to the new budget.", "lent"),
])
def test_another_sense_of_a_dictionary_word_is_no_event(run, text, trigger):
    assert trigger not in {e.trigger for e in run(text).events}, types(run(text))



def test_who_obstructs_or_destroys_decides_the_reading(run):
    assert event(run("The army blocked roads leading to the capital."), "blocked").type == "COERCE"
    assert event(run("Protesters blocked roads leading to the capital."), "blocked").type == "PROTEST"
    assert not run("The flood destroyed homes in the village.").events


def test_keeping_or_widening_relations_is_cooperation(run):
    for text in ("The bloc said it will maintain trade and security relations with the three countries.",
                 "Japan and India expanded defence cooperation last year."):
        assert "COOPERATE" in [e.type for e in run(text).events], text
    assert not any(e.type == "COOPERATE" for e in run("The company will maintain its prices next year.").events)


def test_saying_something_is_needed_calls_for_it(run):
    for text in ("Antonio Guterres said a firm, unified international response was urgently needed.",
                 "The European Union said dialogue between the two sides is essential."):
        assert [e.type for e in run(text).events if e.trigger == "said"] == ["REQUEST"], text
    for text in ("Antonio Guterres said no response was needed.", "The European Union said the talks were difficult."):
        assert not [e for e in run(text).events if e.trigger == "said"], text


# Stances taken in speech, and common verbs of custody, meetings and orders ------------------

@pytest.mark.parametrize("text, trigger", [
    ('The foreign minister described the raid on the newspaper as "deplorable."', "described"),
    ('"The jailing of opposition leaders and the violence against them is a deep concern," the envoy said in Nairobi.',
     "said"),
    ('The European Union issued a statement saying it was "deeply disappointed" by the verdict against the activists.',
     "saying"),
])
def test_stated_concern_or_a_judgement_in_what_is_said_disapproves(run, text, trigger):
    e = event(run(text), trigger)
    assert (e.type, e.mode) == ("ACCUSE", "disapprove"), types(run(text))


@pytest.mark.parametrize("text", [
    "\"The junta's decision to suspend the election is a step backwards for the country,\" the ambassador said.",
    '"The term has expired, so the decision to extend it by two years is null and void," the senator said.',
])
def test_a_judgement_in_what_is_said_or_in_a_clause_inside_it_accuses(run, text):
    assert [e.type for e in run(text).events if e.trigger == "said"] == ["ACCUSE"], types(run(text))


def test_concern_that_is_not_a_judgement_of_an_act_is_no_accusation(run):
    for text in ("The senator said the main concern is the economy.",
                 "The minister said he was not concerned about the protests."):
        assert not [e for e in run(text).events if e.trigger == "said"], types(run(text))


def test_saying_what_an_act_or_a_charge_is_not_rebuts_it(run):
    for text in ("The minister said the journalist's arrest was not a reflection of the state of press freedom.",
                 "The spokesman has said that the case against the activist is not about free speech."):
        assert "REJECT" in [e.type for e in run(text).events if e.trigger == "said"], types(run(text))
    assert not [e for e in run("The minister said the weather was not good.").events if e.trigger == "said"]


def test_support_withheld_now_is_a_stance_but_support_not_given_stays_negated(run):
    e = event(run("But the governor of Garissa doesn't support the measure."), "support")
    assert (e.type, e.modality) == ("ACCUSE", "asserted")
    e = event(run("The regional leaders said they will no longer recognize the president."), "recognize")
    assert (e.type, e.modality) == ("REJECT", "asserted")
    e = event(run("Israel does not recognize the jurisdiction of the International Criminal Court."), "recognize")
    assert (e.type, e.modality) == ("REJECT", "asserted")
    e = event(run("No country has officially recognized the junta as the legitimate government."), "recognized")
    assert (e.type, e.modality) == ("SUPPORT", "negated")


def test_a_named_conjunct_after_an_unnamed_subject_is_the_one_advised(full):
    a = full('"The international community — and the European Union — should respond to this provocation by '
             'suspending aid," Amnesty International said.')
    assert "REQUEST" in [e.type for e in a.events if e.trigger == "said"], types(a)


@pytest.mark.parametrize("text, trigger, etype", [
    ("The gang leader was rearrested in July as he was going into surgery.", "rearrested", "COERCE"),
    ("Police said 40 of the escaped inmates had been caught by Sunday.", "caught", "COERCE"),
    ("Soldiers recovered 17 firearms and ammunition in the prison yard.", "recovered", "COERCE"),
    ("The Taliban attended a U.N.-organized meeting in Doha last month.", "attended", "CONSULT"),
    ("The police are instructed to take all measures to restore order.", "instructed", "REQUEST"),
    ("I encourage the police to speed up the investigations.", "encourage", "REQUEST"),
    ("The High Court ordered the ministry to reinstate the dismissed teachers.", "ordered", "REQUEST"),
    ("Kenya has given the U.N. refugee agency 14 days to present a plan to close the camps.", "given", "THREATEN"),
    ("Ankara imposed onerous controls on U.S. operations from the base.", "imposed", "COERCE"),
    ("Pakistan has received 23 bailout packages from the IMF.", "received", "AID"),
    ("The mother took the school to court and won.", "took", "ACCUSE"),
    ("Opposition lawmakers were kicked out of the country.", "kicked", "COERCE"),
    ("The ministry will appeal the ruling.", "appeal", "REJECT"),
    ("The authorities barred girls from attending secondary school.", "barred", "COERCE"),
    ("The Taliban barred the envoy from the country.", "barred", "SANCTION"),
    ("The minister laid the blame for the attack on Rwanda.", "laid", "ACCUSE"),
    ("The finance minister said the government is pursuing a new loan from the IMF.", "pursuing", "REQUEST"),
])
def test_common_verbs_of_custody_meetings_orders_and_deadlines(run, text, trigger, etype):
    assert event(run(text), trigger).type == etype, types(run(text))


@pytest.mark.parametrize("text, trigger", [
    ("The building caught fire on Monday night.", "caught"),
    ("Encouraged by the mild sanctions, the president may go further.", "Encouraged"),
    ("The economy recovered slowly after the war.", "recovered"),
    ("Police placed barriers around the parliament.", "placed"),
    ("The president gave a speech in Nairobi last week.", "gave"),
])
def test_other_senses_of_the_custody_and_order_verbs_are_no_events(run, text, trigger):
    assert trigger not in {e.trigger for e in run(text).events}, types(run(text))


def test_an_act_called_by_a_harsh_adjective_is_judged(run):
    """Judgement words beyond the hand list come from the VADER lexicon's valences."""
    for text, trigger in (('"The arrests of these journalists were cowardly and reckless," the editor said.', "said"),
                          ("The senator said the decision to expel the diplomats was hypocritical.", "said"),
                          ("The spokesman described the raid as cowardly.", "described"),
                          ('The press secretary called the governor\'s comments "egregious and insulting."', "called")):
        assert [(e.type, e.mode) for e in run(text).events if e.trigger == trigger] == [("ACCUSE", "disapprove")], text


def test_a_harsh_adjective_describing_no_act_accuses_no_one(run):
    for text in ("Officials said the man was dead.", "The minister said the situation in the north is dangerous.",
                 "The minister said the economy was weak.",
                 "The agency said moving relief items to Nampula was also difficult.",
                 "Officials said the fire was dangerous.", "Police said the attack was deadly."):
        assert not [e for e in run(text).events if e.trigger == "said"], types(run(text))


def test_an_act_called_by_a_praising_adjective_is_support(run):
    for text, trigger in (("The envoy said on Friday that the recent agreements between the two sides are a positive "
                           "reminder of how important unity is.", "said"),
                          ("The envoy said the talks in Doha were constructive.", "said"),
                          ("The spokesman called the agreement historic.", "called")):
        assert [e.type for e in run(text).events if e.trigger == trigger] == ["SUPPORT"], types(run(text))
    for text in ("Police said the protest was peaceful.", "The opposition leader said the response was not helpful."):
        assert not [e for e in run(text).events if e.trigger == "said"], types(run(text))


def test_saying_another_needs_to_act_is_a_request(run):
    for text in ("Rubio said both Russia and Ukraine need to make difficult concessions.",
                 "Lavrov said Israel has to withdraw from the occupied territories."):
        assert "REQUEST" in [e.type for e in run(text).events if e.trigger == "said"], types(run(text))
    assert not [e for e in run("Ruto said Kenya does not need to change its policy.").events
                if e.trigger == "said" and e.type == "REQUEST"]


def test_receiving_intelligence_is_cooperation_and_increasing_violence_is_violence(run):
    assert event(run("The Ukrainians are already receiving defensive intelligence from Washington."),
                 "receiving").type == "COOPERATE"
    assert event(run("The army and the police in Yangon have increased the violence over the last weeks."),
                 "violence").type == "ASSAULT"
