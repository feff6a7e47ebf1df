"""Claims about what another actor did (events/claims.py): a saying that another side did
a wrong is the speaker's ACCUSE (allege) besides the reported act; a saying that informs
(one's own act, an ally's, an unidentified doer's, a witness's account) accuses no one;
"accused X of V-ing" makes X the doer of V; a denial is a REJECT aimed at no one inside
what it denies, with no request mode. A verb of alleging ("claimed") accuses whoever uses
it; a quoted sentence with no saying of its own is its speaker's claim. Whole pipeline, so that unnamed groups ("police",
"the opposition", "security forces") are actors."""
from __future__ import annotations

import pytest

from .conftest import cases, names, of_type, pipeline


@pytest.fixture(scope="module")
def full():
    return pipeline("2025-03-13")


# Allegations: the speaker accuses the doer ----------------------------------------------

@pytest.mark.parametrize("text, trigger, source, target", cases(
    ("un-against-a-militia", "The United Nations said RSF fighters killed dozens of civilians in Darfur last week.",
     "said", ["United Nations"], ["RSF fighters"]),
    ("ngo-against-security-forces", "Amnesty International said security forces tortured detainees in the prison.",
     "said", ["Amnesty International"], ["security forces"]),
    ("ngo-against-the-government", "Amnesty International said the government used excessive force against "
     "demonstrators.", "said", ["Amnesty International"], []),
    ("opposition-against-the-army", "The opposition claimed that the army had detained hundreds of its supporters.",
     "claimed", ["opposition"], []),
    ("prosecutors-charge-a-plot", "Prosecutors said the two men plotted to kill the journalist on orders from Tehran.",
     "said", ["Prosecutors"], ["men"]),
    ("one-country-against-another", "Ukraine said Russian troops shelled the city of Kharkiv overnight.",
     "said", ["Ukraine"], ["Russian troops"]),
    ("activists-against-police", "Activists said police beat demonstrators with batons.",
     "said", ["Activists"], ["police"]),
    ("rebels-against-government-troops", "The rebels claimed that government troops had burned villages.",
     "claimed", ["rebels"], ["government troops"]),
    ("victims-own-fighters", "The Taliban said U.S. drones killed 12 of its fighters in Kandahar.",
     "said", ["Taliban"], ["U.S."]),
    ("suggested-a-wrong", "The opposition suggested that the army had detained hundreds of its supporters.",
     "suggested", ["opposition"], []),
))
def test_allegation(full, text, trigger, source, target):
    a = full(text)
    found = [e for e in of_type(a, "ACCUSE") if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in a.events]
    e = found[0]
    assert (e.mode, e.modality) == ("allege", "asserted")
    assert names(a, e.source) == source
    assert names(a, e.target) == target
    # the act alleged is kept too, as the speaker reports it
    assert any(x.type in ("ASSAULT", "COERCE") and x.modality in ("reported", "planned") for x in a.events)


# Sayings that inform and accuse no one --------------------------------------------------

@pytest.mark.parametrize("text", cases(
    ("own-act", "Police said they arrested 20 protesters on Monday."),
    ("own-forces", "Pakistan's military said its forces killed 10 militants in North Waziristan."),
    ("our-soldiers", "\"Our brave soldiers shot dead two militants,\" the governor said."),
    ("unidentified-doer", "Police said gunmen killed five people at a market."),
    ("no-doer", "Officials said three people were killed."),
    ("witnesses", "Witnesses said soldiers opened fire on the crowd."),
    ("the-press", "Reuters reported that Israeli jets struck Beirut."),
    ("not-a-wrong", "The president said the rebels had agreed to a ceasefire."),
    ("fighting-armed-groups", "Iraqi officials said a U.S. airstrike killed 12 militants in Anbar province."),
    ("a-threat-not-a-deed", "Hamas said Israeli troops would attack the hospital."),
    ("a-defence-not-a-charge", "The army said it did not fire on protesters."),
    ("not-said", "The United Nations did not say that RSF fighters killed civilians."),
    ("a-question", "Did the United Nations say RSF fighters killed civilians?"),
    ("sourced-news", "Sudanese rebels shelled the regional capital Juba on Sunday, relief officials in Nairobi said."),
    ("vowed-not-done", "Ethnic Albanians have sworn to fight until they gain control of the villages, Macedonian "
     "officials said."),
))
def test_no_allegation(full, text):
    a = full(text)
    assert not [e for e in of_type(a, "ACCUSE") if e.mode == "allege"], [(e.type, e.trigger) for e in a.events]


def test_quoted_claim_before_the_saying_accuses(full):
    a = full("\"Israeli soldiers shot dead two unarmed protesters,\" Palestinian President Mahmoud Abbas said.")
    found = of_type(a, "ACCUSE")
    assert [e.trigger for e in found] == ["said"]
    assert names(a, found[0].source) == ["Mahmoud Abbas"] and names(a, found[0].target) == ["Israeli soldiers"]


# The accused is the doer ------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, source", cases(
    ("accused-of-supplying", "Washington accused Iran of supplying missiles to the Houthis.", "supplying", ["Iran"]),
    ("accused-of-shelling", "Kyiv accused Moscow of shelling the plant.", "shelling", ["Moscow"]),
    ("condemned-for-sending", "The United Nations condemned Thailand for sending Uyghurs back to China.",
     "sending", ["Thailand"]),
))
def test_accused_does_the_act(full, text, trigger, source):
    a = full(text)
    e = next(e for e in a.events if e.trigger == trigger)
    assert names(a, e.source) == source
    assert e.modality == "reported" or e.type == "COERCE"


def test_orders_from_are_not_the_target(full):
    a = full("Prosecutors said the two men plotted to kill the journalist on orders from Tehran.")
    kill = next(e for e in a.events if e.trigger == "kill")
    assert kill.type == "ASSAULT"
    assert "Tehran" not in names(a, kill.target)


# "X is to blame": X is the one blamed, by whoever says so ---------------------------------

@pytest.mark.parametrize("text, source, target", cases(
    ("says-is-to-blame", "The opposition says President Maduro is to blame for the shortages.", ["opposition"],
     ["Maduro"]),
    ("believes-is-to-blame", "Ukraine's foreign ministry believes Moscow is to blame for the blackout.",
     ["Ukraine"], ["Moscow"]),
    ("the-writers-own", "The rebels are to blame for the collapse of the talks.", [], ["rebels"]),
))
def test_who_is_to_blame_is_the_target(full, text, source, target):
    a = full(text)
    found = [e for e in of_type(a, "ACCUSE") if e.trigger == "blame"]
    assert len(found) == 1, [(e.type, e.trigger) for e in a.events]
    assert names(a, found[0].source) == source and names(a, found[0].target) == target
    assert found[0].modality == "asserted"  # the blame is made when it is said, not a report or a plan


# Denials --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", cases(
    ("denied-that", "Israel denied that its troops fired on the convoy.", ["Israel"]),
    ("denied-involvement", "Russia denied any involvement in the poisoning.", ["Russia"]),
    ("dismissed-accusations", "Beijing dismissed the accusations as groundless.", ["Beijing"]),
    ("rejected-claims", "The Kremlin rejected claims that it had interfered in the election.", ["Kremlin"]),
))
def test_denial(full, text, source):
    a = full(text)
    rejects = of_type(a, "REJECT")
    assert len(rejects) == 1, [(e.type, e.trigger) for e in a.events]
    e = rejects[0]
    assert e.mode is None  # a denial asks for nothing ("its troops" is no request for aid)
    assert names(a, e.source) == source
    assert e.target == []  # not the troops whose firing is denied
    assert not of_type(a, "ACCUSE")


@pytest.mark.parametrize("text, source, target", cases(
    ("denied-their-claims", "Israel denied Hamas's claims that its troops fired on the convoy.", ["Israel"], ["Hamas"]),
    ("rejected-accusations-by", "Beijing rejected the accusations by the United States as groundless.", ["Beijing"],
     ["United States"]),
))
def test_denial_aimed_at_the_accuser(full, text, source, target):
    a = full(text)
    e = next(e for e in of_type(a, "REJECT"))
    assert e.mode is None
    assert names(a, e.source) == source and names(a, e.target) == target


def test_denied_act_is_not_asserted(full):
    a = full("Israel denied that its troops fired on the convoy.")
    fired = next(e for e in a.events if e.trigger == "fired")
    assert fired.type == "ASSAULT" and fired.modality == "negated"


def test_rejected_request_keeps_its_mode(full):
    a = full("The president rejected calls for his resignation.")
    e = next(e for e in of_type(a, "REJECT"))
    assert e.mode == "yield"


# What a saying's content does to its target: involvement in a wrong, a pretext, a link -----

@pytest.mark.parametrize("text, trigger, typ, mode", cases(
    ("behind-a-putsch", "\"I believe the German intelligence is well aware that Gulen's movement is behind this "
     "putsch,\" Iyimaya said.", "said", "ACCUSE", "allege"),
    ("responsible-for-an-attack", "The minister said the opposition was responsible for the attack on the police "
     "station.", "said", "ACCUSE", "allege"),
    ("involved-in-a-coup", "Some followers of the cleric were involved in last summer's failed coup in Turkey, a UK "
     "Parliament report says.", "says", "ACCUSE", "allege"),
    ("own-involvement-denied", "De Lima has consistently insisted she is not involved in the illegal drug trade.",
     "insisted", "REJECT", None),
    ("we-were-not-involved", "\"We were not involved in the coup,\" the general said.", "said", "REJECT", None),
    ("a-pretext", "Kahl suggested that the Turkish government used the coup attempt as \"a pretext\" to dismiss civil "
     "servants and to imprison dissidents in the country.", "suggested", "ACCUSE", "allege"),
    ("linked-to-a-massacre", "The report linked the general to the massacre of villagers.", "linked", "ACCUSE", "allege"),
    ("linked-to-the-drug-trade", "Felons from the prison facility have directly linked de Lima to the penitentiary "
     "drug trade.", "linked", "ACCUSE", "allege"),
    ("interference", "Foreign interference in Macedonia's affairs has been taking extreme forms, the Russian Foreign "
     "Ministry said in a statement on Friday.", "said", "ACCUSE", "allege"),
    ("a-case-upheld", "Last week, Duterte said he was confident the Justice Department's case against de Lima was "
     "airtight.", "said", "ACCUSE", "allege"),
    ("allegations-denied", "The minister said the allegations were not true.", "said", "REJECT", None),
    ("conduct-backed", "The march was an \"absolutely forbidden protest action,\" and police behaved correctly in making "
     "arrests, he said.", "said", "SUPPORT", None),
    ("conduct-criticised", "Amnesty said the army acted disproportionately against the protesters.", "said", "ACCUSE",
     "disapprove"),
    ("efforts-to-destabilize", "Presidential spokesman Ernesto Abella suggested the impeachment bid and opposition "
     "criticism were possible efforts to destabilize the Duterte administration.", "suggested", "ACCUSE", "allege"),
    ("called-unbearable", "On Wednesday, French President Emmanuel Macron in Berlin called Chinese subsidies "
     "\"unbearable.\"", "called", "ACCUSE", "disapprove"),
))
def test_content_types_the_saying(full, text, trigger, typ, mode):
    a = full(text)
    found = [e for e in a.events if e.trigger == trigger]
    assert [(e.type, e.mode) for e in found] == [(typ, mode)], [(e.type, e.trigger) for e in a.events]
    assert found[0].modality == "asserted"


@pytest.mark.parametrize("text", cases(
    ("not-involved-other", "The minister said the army was not involved in the killings."),
    ("involved-in-talks", "Police said the suspect was involved in the trade talks."),
    ("responsible-for-an-election", "The spokesman said the ministry was responsible for the election."),
    ("linked-militants", "Militants linked to al-Qaida attacked the base."),
    ("a-proposal", "The minister suggested that talks be held in Geneva next month."),
    ("trade-talks", "The ministry said trade talks with China would resume next week."),
    ("interrogated-as-a-suspect", "Earlier reports said South Korea's prosecutors will interrogate Park on March 21 "
     "as a suspect in connection with the investigation into the corruption scandal."),
))
def test_neutral_content_accuses_no_one(full, text):
    a = full(text)  # an inquiry reported (ACCUSE investigate) is the investigators' act, not the saying's charge
    assert not [e for e in a.events if e.type in ("ACCUSE", "REJECT") and e.mode != "investigate"], \
        [(e.type, e.trigger) for e in a.events]


# Censures: a judgement passed on another actor's conduct ---------------------------------

@pytest.mark.parametrize("text, mode, source, target", cases(
    ("failed-in-its-duty", "The opposition said President Maduro has failed to hold fair elections.",
     "disapprove", ["opposition"], ["Maduro"]),
    ("lacks-a-plan", "Amnesty said Ethiopia lacks a credible plan to protect civilians.",
     "disapprove", ["Amnesty"], ["Ethiopia"]),
    ("called-the-aggressor", "Kenya's foreign minister said Somalia is the aggressor in the border dispute.",
     "allege", ["Kenya"], ["Somalia"]),
    ("called-a-threat", "Poland's president said Russia is a threat to all of Europe.",
     "allege", ["Poland"], ["Russia"]),
    ("named-an-enemy", "Venezuela called the United States an enemy of the revolution.",
     "disapprove", ["Venezuela"], ["United States"]),
    ("critics-say", "Critics say the new law will silence independent journalists.",
     "disapprove", ["Critics"], []),
    ("duty-not-done", "Kyiv said Russia has not complied with the ceasefire agreement.",
     "disapprove", ["Kyiv"], ["Russia"]),
    ("no-effort-made", "\"President Museveni is making no effort to curb the violence,\" said the head of "
     "Amnesty International.", "disapprove", ["Amnesty International"], ["Museveni"]),
    ("steps-not-taken", "The European Union said Georgia had not taken the steps it promised to protect journalists.",
     "disapprove", ["European Union"], ["Georgia"]),
    ("named-in-a-relative-clause", "Dutch voters rejected Geert Wilders, whom Erdogan described as an extreme racist.",
     "disapprove", ["Erdogan"], ["Geert Wilders"]),
    ("a-belief", "Zelenskyy believes Russia is the aggressor.", "allege", ["Zelenskyy"], ["Russia"]),
    ("it-in-a-because-clause", "Under the previous president, Canada withdrew its approval before the arms deal was "
     "signed because it said Egypt hadn't taken steps it had promised to improve human rights.",
     "disapprove", ["Canada"], ["Egypt"]),
    ("a-misdeed", "Colombia said Venezuela continues to meddle in its internal affairs.",
     "allege", ["Colombia"], ["Venezuela"]),
    ("a-misdeed-tried", "\"The Kabul government has repeatedly tried to sabotage the peace talks,\" "
     "the Taliban spokesman said.", "allege", ["Taliban"], ["Kabul"]),
    # wrongs of pressure, cover-up and complicity, no coded act of their own
    ("a-misdeed-pressured", "Senator Maria Lopez said the government pressured prison inmates to testify against "
     "her.", "allege", ["Maria Lopez"], []),
    ("a-misdeed-harbours", "Kabul says Pakistan harbours the militants who attack its border posts.",
     "allege", ["Kabul"], ["Pakistan"]),
    ("a-misdeed-whitewashed", "Amnesty International said the authorities whitewashed the killings of protesters.",
     "allege", ["Amnesty International"], ["authorities"]),
))
def test_censure(full, text, mode, source, target):
    a = full(text)
    found = [e for e in of_type(a, "ACCUSE") if e.trigger in ("said", "called", "say", "says", "described", "believes")]
    assert len(found) == 1, [(e.type, e.trigger) for e in a.events]
    e = found[0]
    assert (e.mode, e.modality) == (mode, "asserted")
    assert names(a, e.source) == source
    assert names(a, e.target) == target


@pytest.mark.parametrize("text", cases(
    ("denied-judgement", "Kenya's foreign minister said Somalia is not the aggressor in the border dispute."),
    ("forecast-judgement", "Ukraine said Russia could become a threat to the whole of Europe."),
    ("a-victim-is-no-charge", "Ukraine said Russia is the real victim of the war."),
    ("own-failure", "The army said it failed to reach the village."),
    ("named-a-friend", "Lukashenko called Putin a close friend."),
    ("forecast-breach", "Moscow said Kyiv would not respect the truce."),
    ("misdeed-denied", "The opposition said the ruling party did not rig the vote."),
    ("critics-forecast", "Critics, including the Hungarian prime minister, suggest Europe cannot afford to "
     "defend Ukraine."),
    ("no-belief", "Scholz does not believe Russia is a threat."),
    ("he-is-no-country", "Under the new rules, Canada recalled its envoy to Cairo after he said Egypt had failed to "
     "protect the embassy."),
))
def test_no_censure(full, text):
    a = full(text)
    found = [e for e in of_type(a, "ACCUSE") if e.trigger in ("said", "called", "suggest", "believe")]
    assert not found, [(e.type, e.trigger) for e in a.events]


# Verbs of alleging: a claim of another's wrong accuses, whoever makes it ------------------

@pytest.mark.parametrize("text, source, target", cases(
    ("claimed-paid", "Interior Minister Ali Hassan claimed that the students were paid to join the protest.",
     ["Ali Hassan"], []),
    ("alleged-looting", "The rebels alleged that government troops had been looting villages for weeks.",
     ["rebels"], ["government troops"]),
    ("a-witness-who-claims", "Witnesses claimed that soldiers fired on the crowd.", ["Witnesses"], ["soldiers"]),
))
def test_alleging_verb_accuses(full, text, source, target):
    a = full(text)
    found = [e for e in of_type(a, "ACCUSE") if e.trigger in ("claimed", "alleged")]
    assert len(found) == 1, [(e.type, e.trigger) for e in a.events]
    e = found[0]
    assert (e.mode, e.modality) == ("allege", "asserted")
    assert names(a, e.source) == source and names(a, e.target) == target


@pytest.mark.parametrize("text", cases(
    ("own-hostages", "The group later claimed it was holding 40 hostages."),
    ("own-operation", "The army claimed it killed 30 militants near the border."),
    ("a-forecast", "Officials claimed the new budget would bring growth."),
    ("no-actor", "He claimed the photographs were taken by his uncle."),
    ("a-claim-denied", "The ministry did not claim that the students were paid."),
))
def test_alleging_verb_without_a_charge(full, text):
    a = full(text)
    assert not of_type(a, "ACCUSE"), [(e.type, e.trigger) for e in a.events]


# A quoted sentence with no saying of its own: its speaker's claim -------------------------

@pytest.mark.parametrize("text, trigger, mode, source, target", cases(
    ("aggressor-understood", "\"We have to understand that Moscow is the aggressor. It has broken every truce,\" "
     "Smith said.", "is", "allege", ["Smith"], ["Moscow"]),
    ("behind-the-killings", "Senator Maria Lopez spoke after the vote in Lima. \"The junta is behind these killings. "
     "We cannot stay silent,\" she said.", "is", "allege", ["Maria Lopez"], []),
    ("an-act-of-another-country", "The Ukrainian government issued a statement on Sunday. \"Russian troops shelled "
     "Kharkiv overnight. Four civilians died,\" Kyiv said.", "shelled", "allege", ["Ukrainian government"],
     ["Russian troops"]),
    ("a-harsh-word", "General Omar Bashir addressed the troops. \"The arrests of journalists were cowardly and "
     "illegal. They must stop,\" he said.", "were", "disapprove", ["Omar Bashir"], []),
))
def test_quoted_judgement(full, text, trigger, mode, source, target):
    a = full(text)
    found = [e for e in of_type(a, "ACCUSE") if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in a.events]
    e = found[0]
    assert (e.mode, e.modality) == (mode, "asserted")  # the speaker's own words: said, not reported
    assert names(a, e.source) == source and names(a, e.target) == target


@pytest.mark.parametrize("text", cases(
    ("own-army", "Hungary's prime minister spoke in Brussels on Monday. \"Our army is no threat to anyone. We defend "
     "our borders,\" he said."),
    ("own-responsibility", "Senator Maria Lopez spoke after the vote in Lima. \"We are responsible for the safety of "
     "our citizens. We will act,\" she said."),
    ("a-question", "\"Is Moscow the aggressor? Nobody knows,\" Smith said."),
))
def test_quoted_without_judgement(full, text):
    a = full(text)
    assert not of_type(a, "ACCUSE"), [(e.type, e.trigger) for e in a.events]
