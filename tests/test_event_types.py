"""PLOVER types of verb frames the single-word lexicon misses (sent back to jail, came under
attack from, drew criticism from), what a saying commits its speaker to (a promise, advice,
a wish, blame), and the modality of acts in conjoined, clausal-subject and "should not"
clauses.

Most cases are rows of tables grouped by the behaviour they test; ``how`` names the
fixture that analyses the text: "run" (events on spaCy's entities) or "full" (the whole
pipeline, so that pronouns such as "said it would ..." reach their antecedents)."""
from __future__ import annotations

import pytest

from chronicle.events import lexicon
from chronicle.records import Analysis

from .conftest import cases, events_for, names, pipeline


def types(a: Analysis) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in a.events]


def event(a: Analysis, trigger: str):
    found = [e for e in a.events if e.trigger == trigger]
    assert len(found) == 1, types(a)
    return found[0]


@pytest.fixture(scope="module")
def full():
    return pipeline("2024-05-10", basis="stated")


# The requirement syntax ----------------------------------------------------------------

def test_a_plus_item_must_occur_besides_one_of_the_others():
    assert lexicon.lookup("come", "V", {"under", "attack", "@prep"}).type == "ASSAULT"
    assert lexicon.lookup("come", "V", {"after", "attack", "@prep"}) is None
    assert lexicon.lookup("come", "V", {"under", "criticism"}).type == "ACCUSE"


# The type of the one event a trigger makes ----------------------------------------------

VERB_FRAMES = cases(
    ("ordered-back-to-jail", "A judge in Lima ordered the former president back to jail on Monday.", "ordered",
     "COERCE", "arrest"),
    ("held-in-custody", "The dissident has been held in custody in Minsk since 2021.", "held", "COERCE", "arrest"),
    ("took-hostage", "Gunmen stormed the school in Kaduna and took dozens of pupils hostage.", "took", "ASSAULT",
     "abduct"),
    ("overturned-conviction", "The Supreme Court of Kenya overturned the journalist's conviction.", "overturned",
     "CONCEDE", None),
    ("repealed-decree", "The Ecuadorian parliament repealed the emergency decree.", "repealed", "CONCEDE", None),
    ("pardoned-prisoners", "King Mohammed pardoned 300 prisoners.", "pardoned", "RETREAT", "release"),
    ("froze-accounts-of-a-party", "Authorities in Caracas froze the bank accounts of the opposition party.", "froze",
     "COERCE", "seize"),
    ("froze-aid", "The European Union froze aid to the junta in Niger.", "froze", "SANCTION", "discontinue"),
    ("drove-out-of", "Ukrainian troops drove Russian forces out of the village of Robotyne.", "drove", "ASSAULT",
     None),
    ("read-out-charges", "Prosecutors in Istanbul read out the charges against the mayor.", "read", "ACCUSE",
     "allege"),
    ("closed-embassy", "The Turkish government closed its embassy in Tripoli.", "closed", "SANCTION", None),
    # questioning by investigators probes a case (PLOVER INVESTIGATE); custody is its own verb
    ("questioned-by-prosecutors", "The former defence minister was questioned by prosecutors in Seoul on Tuesday.",
     "questioned", "ACCUSE", "investigate"),
    ("used-water-cannon-against", "Riot police used water cannon against demonstrators in Tbilisi.", "used",
     "ASSAULT", "crowd-control"),
    ("escorted-out-of-the-country", "The activist was escorted out of the country by immigration officers.",
     "escorted", "COERCE", "deport"),
    ("refused-entry", "The opposition leader was refused entry at the airport in Harare.", "refused", "COERCE",
     "restrict"),
    ("stopped-from-entering", "Police stopped the minister from entering the consulate in Hamburg.", "stopped",
     "COERCE", "restrict"),
    ("wanted-for-war-crimes", "Joseph Kony is wanted by the International Criminal Court for war crimes.", "wanted",
     "ACCUSE", "allege"),
    # name-calling and comparisons that disparage
    ("branded-a-traitor", 'President Museveni branded the opposition leader a "traitor".', "branded", "ACCUSE",
     "disapprove"),
    ("likened-to", "The Hungarian prime minister likened the protesters to terrorists.", "likened", "ACCUSE",
     "disapprove"),
    # second acts a sentence states beside its main one: ordinary verbs with the object that codes them
    ("ignored-a-summons", "The opposition leader in Lusaka ignored a court summons on Tuesday.", "ignored",
     "REJECT", None),
    ("extended-the-truce", "The army in Khartoum extended the truce by three months on Sunday.", "extended",
     "RETREAT", "ceasefire"),
    ("pointed-a-gun-at", "A soldier in Mogadishu pointed his rifle at the reporter.", "pointed", "THREATEN",
     "violence"),
    ("working-in-concert-with", "Police in Goma are working in concert with the UN mission.", "working",
     "COOPERATE", None),
    ("suspended-operations", "Medical charities in Darfur suspended operations after the looting.", "suspended",
     "RETREAT", "withdraw"),
    ("manhandled", "Riot police in Minsk manhandled journalists outside the court.", "manhandled", "ASSAULT",
     "beat"),
    ("took-up-arms", "Separatists in the east took up arms against the central government in 2014.", "took",
     "ASSAULT", None),
    ("troops-brought-in", "Turkish troops were brought into the buffer zone in 1974.", "brought", "MOBILIZE",
     "troops"),
    ("excluded-from-drills", "Ankara was excluded from joint naval drills with its allies.", "excluded",
     "SANCTION", None),
    ("security-beefed-up", "Police in Tbilisi beefed up security around the parliament.", "beefed", "MOBILIZE",
     "police"),
    ("stepped-up-patrols", "The army stepped up patrols along the border with Mali.", "stepped", "MOBILIZE",
     "police"),
    ("rearm", "Warsaw announced a plan to rearm its forces within five years.", "rearm", "MOBILIZE", "weapons"),
    ("ramped-up-enforcement", "Ottawa ramped up border enforcement after the tariff threat.", "ramped",
     "MOBILIZE", "police"),
    ("forces-moving-towards", "Rebel forces were moving towards the port of Sirte on Monday.", "moving",
     "MOBILIZE", "troops"),
    ("forced-into-exile", "Dozens of journalists in Managua have been forced into exile.", "forced", "COERCE",
     "deport"),
    ("treating-as-murder", "Detectives in Colombo are treating the lawyer's death as a murder.", "treating",
     "ACCUSE", "investigate"),
)


@pytest.mark.parametrize("text, trigger, etype, mode", VERB_FRAMES)
def test_verb_frames(run, text, trigger, etype, mode):
    e = event(run(text), trigger)
    assert (e.type, e.mode) == (etype, mode)


# Dictionary coverage: common news verbs and nouns of each type.
DICTIONARY = cases(
    ("blocked-highway", "Farmers blocked the main highway into Lyon for six hours.", "blocked", "PROTEST"),
    ("stopped-work", "Teachers in Nairobi stopped work over unpaid salaries.", "stopped", "PROTEST"),
    ("hurled-stones", "Youths hurled stones at the police station in Hebron.", "hurled", "PROTEST"),
    ("lodged-protest", "The Kenyan government lodged a formal protest with Uganda.", "lodged", "ACCUSE"),
    ("filed-charges", "Prosecutors in Lagos filed charges against the army commander.", "filed", "ACCUSE"),
    ("lashed-out", "The senator lashed out at the Mexican government.", "lashed", "ACCUSE"),
    ("pointed-a-finger", "The minister pointed a finger at Rwanda for the unrest.", "pointed", "ACCUSE"),
    ("declined-to", "The governor declined to resign despite the protests.", "declined", "REJECT"),
    ("is-opposed-to", "Hungary is opposed to further sanctions on Moscow.", "opposed", "REJECT"),
    ("violated-a-ban", "The newspaper in Beirut violated a ban on reporting the trial.", "violated", "REJECT"),
    ("captured-town", "Rebel forces captured the town of Goma after heavy fighting.", "captured", "ASSAULT"),
    ("recaptured-airport", "Government troops recaptured the airport in Khartoum.", "recaptured", "ASSAULT"),
    ("prevented-rally", "Police in Istanbul prevented the rally from reaching the square.", "prevented", "COERCE"),
    ("rounded-up", "Police rounded up dozens of opposition supporters in Kampala.", "rounded", "COERCE"),
    ("eased-measures", "The Serbian government eased emergency measures in the province.", "eased", "CONCEDE"),
    ("bowed-to-pressure", "The junta in Bamako bowed to pressure from the regional bloc.", "bowed", "CONCEDE"),
    ("commuted-sentences", "The president commuted the death sentences of 40 prisoners.", "commuted", "RETREAT"),
    ("sat-down-with", "The army chief sat down with rebel leaders in Jeddah.", "sat", "CONSULT"),
    ("lend-money", "Japan will lend Sri Lanka 500 million dollars.", "lend", "AID"),
    ("withdrew-ambassador", "Washington withdrew its ambassador from Caracas.", "withdrew", "SANCTION"),
    ("scrambled-jets", "Russia scrambled fighter jets over the Baltic Sea.", "scrambled", "MOBILIZE"),
    ("struck-a-deal", "The two sides struck a deal on prisoner releases.", "struck", "AGREE"),
    ("offered-condolences", "The Chilean president offered condolences to Peru after the floods.", "offered",
     "SUPPORT"),
    ("expressed-solidarity", "Ghana expressed solidarity with the people of Togo.", "expressed", "SUPPORT"),
    ("military-operation", "Nigeria launched a military operation against the militants in Borno.", "operation",
     "ASSAULT"),
)

# Common verbs of custody, meetings, orders and deadlines.
CUSTODY_MEETINGS_ORDERS = cases(
    ("rearrested", "The gang leader was rearrested in July as he was going into surgery.", "rearrested", "COERCE"),
    ("caught-inmates", "Police said 40 of the escaped inmates had been caught by Sunday.", "caught", "COERCE"),
    ("recovered-firearms", "Soldiers recovered 17 firearms and ammunition in the prison yard.", "recovered",
     "COERCE"),
    ("attended-meeting", "The Taliban attended a U.N.-organized meeting in Doha last month.", "attended", "CONSULT"),
    ("are-instructed-to", "The police are instructed to take all measures to restore order.", "instructed",
     "REQUEST"),
    ("encourage-to", "I encourage the police to speed up the investigations.", "encourage", "REQUEST"),
    ("court-ordered-to", "The High Court ordered the ministry to reinstate the dismissed teachers.", "ordered",
     "REQUEST"),
    ("given-days-to", "Kenya has given the U.N. refugee agency 14 days to present a plan to close the camps.",
     "given", "THREATEN"),
    ("imposed-controls", "Ankara imposed onerous controls on U.S. operations from the base.", "imposed", "COERCE"),
    ("received-bailouts", "Pakistan has received 23 bailout packages from the IMF.", "received", "AID"),
    ("took-to-court", "The mother took the school to court and won.", "took", "ACCUSE"),
    ("kicked-out", "Opposition lawmakers were kicked out of the country.", "kicked", "COERCE"),
    ("appeal-ruling", "The ministry will appeal the ruling.", "appeal", "ACCUSE"),
    ("barred-from-school", "The authorities barred girls from attending secondary school.", "barred", "COERCE"),
    ("barred-from-country", "The Taliban barred the envoy from the country.", "barred", "SANCTION"),
    ("laid-the-blame", "The minister laid the blame for the attack on Rwanda.", "laid", "ACCUSE"),
    ("pursuing-a-loan", "The finance minister said the government is pursuing a new loan from the IMF.", "pursuing",
     "REQUEST"),
    ("attacked-for-remarks", "The Turkish president attacked Chancellor Merkel for her remarks on the referendum.",
     "attacked", "ACCUSE"),
    ("drew-applause", "The prime minister's speech drew loud applause from lawmakers in Ankara.", "drew", "SUPPORT"),
    ("protests-continued", "Protests continued over the decree on Monday night in Bucharest.", "Protests",
     "PROTEST"),
    ("rallies-broke-out", "Rallies against corruption broke out across Baghdad in the summer of 2015.", "Rallies",
     "PROTEST"),
    ("rallies-calling-for-continued", "The justice minister quit on Thursday as rallies calling for the cabinet to "
     "step down continued in the capital.", "rallies", "PROTEST"),
    ("looking-into", "The Ukrainian security service said it was looking into the killing of the rebel commander.",
     "looking", "ACCUSE"),
    ("implicated-in", "A former army chief implicated the defence secretary in the murder of the editor.",
     "implicated", "ACCUSE"),
    ("advised-to", "The IMF advised Egypt to float its currency.", "advised", "REQUEST"),
    ("contradicted", "The Justice Ministry in Bucharest later contradicted the minister.", "contradicted",
     "REJECT"),
    ("calling-for-to-resign", "Thousands of Georgians marched in Tbilisi, calling for the prime minister to resign.",
     "calling", "REQUEST"),
)

# Constructions of general classes: sentences handed down, crowds gathering, applause,
# speaking up for or out against, ejection from a chamber, envoys sent, drills held,
# tariffs hit with or raised, sanctions lists, exchanges of fire, disruption of a sitting.
CONSTRUCTIONS = cases(
    ("handed-sentences", "A court in Minsk handed the two journalists eight-year prison sentences.", "handed",
     "SANCTION", "convict"),
    ("crowd-gathered", "Thousands of protesters gathered outside parliament in Tbilisi on Sunday.", "gathered",
     "PROTEST", "demo"),
    ("cheered", "Opposition lawmakers in Nairobi cheered as the ruling was read out.", "cheered", "SUPPORT", None),
    ("spoke-up-for", "Several European governments spoke up for the detained activists.", "spoke", "SUPPORT",
     None),
    ("spoke-out-against", "The archbishop of Harare spoke out against the arrests.", "spoke", "ACCUSE",
     "disapprove"),
    ("removed-from-chamber", "Opposition members were removed from the chamber by security guards.", "removed",
     "COERCE", None),
    ("sent-a-delegation", "Egypt sent a delegation to Khartoum for talks with the army.", "sent", "CONSULT",
     "visit"),
    ("military-drills", "China staged military drills around Taiwan last week.", "drills", "MOBILIZE", "troops"),
    ("hit-with-tariffs", "Washington hit Ottawa with new tariffs on steel.", "hit", "SANCTION", None),
    ("tariff-hikes", "Brussels approved tariff hikes on Chinese electric cars.", "hikes", "SANCTION", None),
    ("put-on-sanctions-list", "Britain put the mining company on its sanctions list.", "put", "SANCTION", None),
    ("exchange-of-fire", "Indian and Pakistani troops were locked in an exchange of fire in Kashmir.", "exchange",
     "ASSAULT", None),
    ("disrupt-a-sitting", "Opposition deputies tried to disrupt the budget debate in parliament.", "disrupt",
     "PROTEST", "obstruct"),
    ("punches-thrown", "Punches were thrown in the Ukrainian parliament during the debate.", "thrown", "ASSAULT",
     "beat"),
    ("confined-in-camps", "Thousands of men have been confined in camps in Xinjiang.", "confined", "COERCE", "arrest"),
    ("group-dismantled", "The main opposition group has been dismantled by the authorities.", "dismantled",
     "COERCE", "restrict"),
    # support in its many forms, as "expressed support" and "voiced solidarity" already are
    ("reaffirmed-support", "The G7 reaffirmed its support for Kyiv.", "reaffirmed", "SUPPORT", None),
    ("threw-weight-behind", "Germany threw its weight behind the French proposal.", "threw", "SUPPORT", None),
    ("paid-tribute", "The Kenyan foreign minister paid tribute to the Qatari mediators.", "paid", "SUPPORT", None),
    ("locked-in-a-standoff", "India has been locked in a border standoff with China for a year.", "locked",
     "MOBILIZE", "troops"),
    ("air-raids", "Israeli air raids on Gaza killed 20 people on Sunday.", "raids", "ASSAULT", "aerial"),
    ("police-raids", "Police raids on the offices of the Kenyan newspaper continued.", "raids", "COERCE", "seize"),
    ("told-in-a-phone-call", "Sheinbaum told Trump in a phone call that Mexico would send troops to the border.",
     "call", "CONSULT", "phone"),
    # an inquiry given what it looks into, or someone under it, is a particular one
    ("probe-into", "The tariff vote comes after a probe into Beijing's support for its steel makers.", "probe", "ACCUSE",
     "investigate"),
    ("promised-investigations-into", "General Mbala promised investigations into reports of mass graves in "
     "Kasai province.", "investigations", "ACCUSE", "investigate"),
    ("under-investigation", "The former governor of Lagos is under investigation for money laundering.",
     "investigation", "ACCUSE", "investigate"),
    ("interrogated-as-a-suspect", "Prosecutors in Seoul will interrogate the former minister as a suspect next week.",
     "interrogate", "ACCUSE", "investigate"),
)


@pytest.mark.parametrize("text, trigger, etype, mode", CONSTRUCTIONS)
def test_constructions_of_general_classes(run, text, trigger, etype, mode):
    e = event(run(text), trigger)
    assert (e.type, e.mode) == (etype, mode)


def test_a_demand_with_a_penalty_as_its_alternative_is_also_a_threat(run):
    a = run("NATO demanded that Moscow withdraw its troops from Georgia or face sanctions.")
    assert {(e.type, e.mode) for e in a.events if e.trigger == "demanded"} == {("REQUEST", "yield"),
                                                                              ("THREATEN", "restrict")}
    b = run("The United Nations urged residents of Gaza to leave the area or risk being caught in the fighting.")
    assert "THREATEN" not in {e.type for e in b.events}, types(b)


@pytest.mark.parametrize("text, trigger", cases(
    # gathering, disrupting and limiting in their other senses
    ("leaders-gathered", "European leaders gathered in Brussels for the summit.", "gathered"),
    ("gathered-for-a-funeral", "Hundreds gathered for the funeral of the journalist.", "gathered"),
    ("storm-disrupted", "The storm disrupted flights across the region.", "disrupted"),
    ("limited-visibility", "Freezing rain limited visibility on the roads.", "limited"),
    ("put-on-a-list", "The minister put the bill on the agenda.", "put"),
    ("political-standoff", "The two parties in Nairobi remain locked in a political standoff over the budget.",
     "locked"),
    # a question put asks for an answer, not for an act
    ("asked-whether", "Asked by a reporter whether he would lift the tariffs, the president said no.", "Asked"),
    # bringing, stepping up and taking up in their other senses
    ("brought-into-force", "The new electoral law was brought into force on Monday.", "brought"),
    ("soldiers-brought-food", "Soldiers brought food into the flooded village.", "brought"),
    ("stepped-up-efforts", "The ministry stepped up efforts to counter the campaign.", "stepped"),
    ("took-up-the-post", "The general took up the post of defence minister in 2019.", "took"),
    ("ramped-up-efforts", "The ministry ramped up efforts to vaccinate children.", "ramped"),
    ("forces-moved-ahead", "Forces moved ahead with efforts to reopen the railway.", "moved"),
    ("treated-as-a-priority", "The minister treated the flood relief as a priority.", "treated"),
    ("succumbed-to-injuries", "The wounded reporter succumbed to his injuries in hospital on Friday.", "succumbed"),
))
def test_no_event_in_other_senses(run, text, trigger):
    assert trigger not in {e.trigger for e in run(text).events}, types(run(text))


@pytest.mark.parametrize("text, trigger, etype", DICTIONARY + CUSTODY_MEETINGS_ORDERS)
def test_dictionary_coverage(run, text, trigger, etype):
    assert event(run(text), trigger).type == etype, types(run(text))


# Stances and the object that decides them: opposing what is done disapproves of it
# (ACCUSE), opposing what is proposed rejects it; concerns restated or shared disapprove;
# stressing the need for something calls for it; a retaliation is the act it is made with.
STANCES = cases(
    ("opposes-an-activity", "The separatist group opposes Chinese investment in the province.", "opposes",
     "ACCUSE"),
    ("opposed-attempts", "The ministers strongly opposed any unilateral attempts to alter the status quo by force.",
     "opposed", "ACCUSE"),
    ("opposes-a-proposal", "Hungary opposed the proposed sanctions on Moscow.", "opposed", "REJECT"),
    ("opposition-from", "Botswana faces growing opposition from several European countries to its hunting policy.",
     "opposition", "ACCUSE"),
    ("reiterated-opposition", "The ministers reiterated their opposition to any attempt to change the border by "
     "force.", "reiterated", "ACCUSE"),
    ("critical-of", "The senator from Ohio was highly critical of the new trade policy.", "critical", "ACCUSE"),
    ("while-critical-of", "While highly critical of the British government, Barnier has praised its negotiators.",
     "critical", "ACCUSE"),
    ("reaffirmed-concerns", "The foreign ministers reaffirmed their serious concerns over the situation in the "
     "South China Sea.", "reaffirmed", "ACCUSE"),
    ("shared-concerns", "Tokyo and Washington shared concerns over the rapid expansion of China's nuclear arsenal.",
     "shared", "ACCUSE"),
    ("railed-against", "Populist leaders in Budapest have long railed against the Schengen rules.", "railed",
     "ACCUSE"),
    ("exposed-as", "In February, historians in Brussels exposed the blogger as a fraud.", "exposed", "ACCUSE"),
    ("regrets-decision", "The court regrets the decision of Kenya not to take part in the hearings.", "regrets",
     "ACCUSE"),
    ("underscored-the-need", "Rubio has underscored the need for monitors in Ukraine.", "underscored", "REQUEST"),
    ("stressed-the-urgency", "The Dutch defense minister stressed the urgency of boosting Europe's defenses.",
     "stressed", "REQUEST"),
    ("campaign-against", "The minister went to Europe to campaign against bans on trophy imports.", "campaign",
     "REQUEST"),
    ("reluctance-to-endorse", "The Kremlin signaled its reluctance to endorse the American proposal.",
     "reluctance", "REJECT"),
    ("opposed-to-mediation", "Israel is opposed to French mediation in its talks with Syria.", "opposed",
     "REJECT"),
    ("punitive-measures", "Rasmussen pointed to China's punitive measures against Australia.", "measures",
     "SANCTION"),
    ("banned-importation", "Canada and Belgium have recently banned the importation of hunting trophies.", "banned",
     "SANCTION"),
    ("banned-supply", "Washington has banned the supply of advanced chips to Chinese firms.", "banned", "SANCTION"),
    ("delayed-tariffs", "Trump later delayed the tariffs on most Mexican exports.", "delayed", "RETREAT"),
    ("retaliated-with-tariffs", "Europe quickly retaliated with its own tariffs on U.S. exports.", "retaliated",
     "SANCTION"),
    ("ceased-aid", "The United States ceased military aid to Ukraine last week.", "ceased", "SANCTION"),
    ("retracted-statement", "Yoon later retracted his statement on nuclear weapons.", "retracted", "CONCEDE"),
    ("threat-to-impose", "Trump's threat to impose tariffs on European wine angered Brussels.", "threat",
     "THREATEN"),
    ("backed-off", "Trump backed off his threats against America's allies.", "backed", "CONCEDE"),
    ("retaliated-by-announcing", "Trudeau retaliated by announcing higher tariffs on U.S. exports.", "retaliated",
     "SANCTION"),
    # verbs of criticism and blame; mocking a claim rebuffs it
    ("lambasted", "The opposition leader lambasted the government over the arrests of journalists.", "lambasted",
     "ACCUSE"),
    ("blasted-a-decision", "Senator Ruiz blasted the administration's decision to cut refugee aid.", "blasted",
     "ACCUSE"),
    ("derided-as", "Moscow derided the new sanctions as a futile gesture.", "derided", "ACCUSE"),
    ("ridiculed-a-proposal", "Prime Minister Kowalski ridiculed the opposition's budget proposal.", "ridiculed",
     "ACCUSE"),
    ("ridiculed-the-allegations", "The Kremlin ridiculed the allegations of interference.", "ridiculed", "REJECT"),
    ("chastised-for", "The United Nations chastised the junta for failing to protect civilians.", "chastised",
     "ACCUSE"),
    ("took-aim-at", "The finance minister took aim at the central bank over rising prices.", "took", "ACCUSE"),
    ("questioned-the-legality", "The mayor questioned the legality of the curfew.", "questioned", "ACCUSE"),
    ("held-responsible", "Tehran held Riyadh responsible for the deaths of the pilgrims.", "held", "ACCUSE"),
    ("scapegoated", "The opposition said the government scapegoated migrants for the rise in crime.",
     "scapegoated", "ACCUSE"),
    ("took-issue-with", "The foreign minister took issue with the commission's findings.", "took", "ACCUSE"),
    ("took-issue-with-the-accusation", "The embassy took issue with the accusation that it had funded the "
     "protests.", "took", "REJECT"),
    ("cried-foul", "The opposition cried foul over the results of the presidential election.", "cried", "ACCUSE"),
)


@pytest.mark.parametrize("text, trigger, etype", STANCES)
def test_stances(run, text, trigger, etype):
    assert event(run(text), trigger).type == etype, types(run(text))


@pytest.mark.parametrize("text, trigger", cases(
    ("blasted-with-water-cannon", "Police blasted the protesters with water cannon outside parliament.", "blasted"),
    ("blasted-music", "Loudspeakers at the rally blasted music late into the night.", "blasted"),
    ("blasted-into", "The force of the explosion blasted debris into the market.", "blasted"),
    ("takes-the-issue", "Donors praised the seriousness with which the government takes the issue of graft.",
     "takes"),
))
def test_criticism_verbs_in_other_senses_are_no_criticism(run, text, trigger):
    assert "ACCUSE" not in {e.type for e in run(text).events if e.trigger == trigger}, types(run(text))


def test_aid_stopped_is_no_aid(run):
    a = run("The United States ceased military aid to Ukraine last week.")
    assert types(a) == [("SANCTION", "ceased")]


def test_a_retaliation_is_one_event_with_its_means(run):
    a = run("Europe quickly retaliated with its own tariffs on U.S. exports.")
    assert types(a) == [("SANCTION", "retaliated")]


@pytest.mark.parametrize("how, text, trigger, etype", cases(
    ("pushing-out-of-strongholds-assaults", "run", "Kurdish forces pushed Islamic State fighters out of their last "
     "strongholds in Syria.", "pushed", "ASSAULT"),
    # what a saying commits the speaker to
    ("saying-it-will-not-refuses", "full", "Egypt said it would not extradite the suspect to Iraq.", "said",
     "REJECT"),
    ("hoping-another-will-act-requests", "full", "She hopes Egypt and Qatar can mediate between Israel and Hamas.",
     "hopes", "REQUEST"),
    ("saying-ones-own-country-will-act-promises", "full", "Russian President Vladimir Putin said Russia would "
     "withdraw its troops from the border.", "said", "AGREE"),
    # who obstructs decides the reading
    ("the-army-blocking-coerces", "run", "The army blocked roads leading to the capital.", "blocked", "COERCE"),
    ("protesters-blocking-protest", "run", "Protesters blocked roads leading to the capital.", "blocked", "PROTEST"),
    # receiving intelligence is cooperation, increasing violence is violence
    ("receiving-intelligence-cooperates", "run", "The Ukrainians are already receiving defensive intelligence from "
     "Washington.", "receiving", "COOPERATE"),
    ("increased-violence-assaults", "run", "The army and the police in Yangon have increased the violence over the "
     "last weeks.", "violence", "ASSAULT"),
))
def test_event_type(analyse, how, text, trigger, etype):
    a = analyse(how, text)
    assert event(a, trigger).type == etype, types(a)


def test_who_is_under_investigation_undergoes_it(run):
    a = run("Rodrigo Duterte is under investigation by the International Criminal Court.")
    e = event(a, "investigation")
    assert (names(a, e.source), names(a, e.target)) == (["the International Criminal Court"], ["Rodrigo Duterte"])


@pytest.mark.parametrize("how, text, trigger, etype, source", cases(
    # the doer of a converse frame is in its from-phrase
    ("came-under-attack-from", "run", "An Iraqi army convoy came under attack from Islamic State near Mosul.", "came",
     "ASSAULT", ["Islamic State"]),
    ("drew-criticism-from", "run", "The plan drew criticism from Amnesty International.", "drew", "ACCUSE",
     ["Amnesty International"]),
    ("faced-criticism-from", "run", "The ruling party has faced sharp criticism from Human Rights Watch over the "
     "arrests.", "faced", "ACCUSE", ["Human Rights Watch"]),
    # saying another must act asks it to
    ("saying-another-must-act-requests", "full", "Russia said on Tuesday that Ukraine must withdraw its troops from "
     "the region.", "said", "REQUEST", ["Russia"]),
    # a penalty one's own side is said to impose on another holds it out: a threat by the speaker
    ("saying-it-will-impose-tariffs-threatens", "full", "China said it would impose tariffs on the United States.",
     "impose", "THREATEN", ["China"]),
    # stopping one's own aid is a decision, no threat
    ("saying-it-will-cease-aid-decides", "full", "The United States announced that it would cease military aid to "
     "Ukraine.", "cease", "SANCTION", ["United States"]),
))
def test_event_type_and_doer(analyse, how, text, trigger, etype, source):
    a = analyse(how, text)
    e = event(a, trigger)
    assert (e.type, names(a, e.source)) == (etype, source)


def test_saying_it_will_release_is_a_promise(full):
    a = full("Iran said it would release the detained British sailors.")
    promise = event(a, "said")
    assert promise.type == "AGREE" and names(a, promise.source) == ["Iran"]
    assert event(a, "release").modality in ("planned", "hypothetical")


@pytest.mark.parametrize("how, text, trigger, etype, mode", cases(
    ("saying-another-failed-to-act-blames", "full", "UN envoy Roza Otunbayeva said Kabul was failing to protect "
     "civilians.", "said", "ACCUSE", "disapprove"),
    # stated concern, or a judgement in what is said, disapproves
    ("described-as-deplorable", "run", 'The foreign minister described the raid on the newspaper as "deplorable."',
     "described", "ACCUSE", "disapprove"),
    ("quoted-deep-concern", "run", '"The jailing of opposition leaders and the violence against them is a deep '
     'concern," the envoy said in Nairobi.', "said", "ACCUSE", "disapprove"),
    ("statement-saying-disappointed", "run", 'The European Union issued a statement saying it was "deeply '
     'disappointed" by the verdict against the activists.', "saying", "ACCUSE", "disapprove"),
    # an act called by a harsh adjective is judged (judgement words beyond the hand list come
    # from the VADER lexicon's valences)
    ("arrests-were-cowardly", "run", '"The arrests of these journalists were cowardly and reckless," the editor '
     'said.', "said", "ACCUSE", "disapprove"),
    ("decision-to-expel-was-hypocritical", "run", "The senator said the decision to expel the diplomats was "
     "hypocritical.", "said", "ACCUSE", "disapprove"),
    ("described-raid-as-cowardly", "run", "The spokesman described the raid as cowardly.", "described", "ACCUSE",
     "disapprove"),
    ("called-comments-egregious", "run", 'The press secretary called the governor\'s comments "egregious and '
     'insulting."', "called", "ACCUSE", "disapprove"),
    # a restating verb does what the stance it restates does, read off its object, not off a
    # word of what is asked ("its call to drop all charges" asks, it charges no one)
    ("reiterated-a-call-to-drop-charges", "run", "The press freedom group reiterated its call for the authorities "
     "to drop all charges against the reporter.", "reiterated", "REQUEST", None),
    ("renewed-a-demand", "run", "The opposition renewed its demand for an independent inquiry into the killings.",
     "renewed", "REQUEST", "change"),
    ("repeated-an-appeal", "run", "The Red Cross repeated its appeal to both sides to spare civilians.",
     "repeated", "REQUEST", None),
    ("reiterated-the-accusation", "run", "The army's spokesman later reiterated the accusation.", "reiterated",
     "ACCUSE", "allege"),
    # disagreeing with what another did or decided criticises it; with a claim or a proposal, rebuffs it
    ("disagreed-with-measures", "run", "Britain said it disagreed with some of the emergency measures taken by the "
     "government.", "disagreed", "ACCUSE", "disapprove"),
    ("disagreed-about-blame", "run", "The two presidents publicly disagreed about who started the war.",
     "disagreed", "ACCUSE", "disapprove"),
    ("disagreed-with-a-proposal", "run", "The foreign ministry disagreed with the proposal to deploy peacekeepers.",
     "disagreed", "REJECT", None),
    # not giving in to pressure refuses it, as "would not bow to"
    ("would-not-succumb-to-pressure", "run", "The president said his government would not succumb to pressure "
     "from the unions.", "succumb", "REJECT", None),
))
def test_event_type_and_mode(analyse, how, text, trigger, etype, mode):
    a = analyse(how, text)
    assert [(e.type, e.mode) for e in a.events if e.trigger == trigger] == [(etype, mode)], types(a)


@pytest.mark.parametrize("text, trigger, etype, modality", cases(
    # support withheld now is a stance, but support not given stays negated
    ("does-not-support", "But the governor of Garissa doesn't support the measure.", "support", "ACCUSE",
     "asserted"),
    ("will-no-longer-recognize", "The regional leaders said they will no longer recognize the president.",
     "recognize", "REJECT", "asserted"),
    ("does-not-recognize", "Israel does not recognize the jurisdiction of the International Criminal Court.",
     "recognize", "REJECT", "asserted"),
    ("has-not-recognized", "No country has officially recognized the junta as the legitimate government.",
     "recognized", "SUPPORT", "negated"),
    # a yielding act refused: saying one will not give way, not accepting a decision
    ("would-not-step-down", "The prime minister remained adamant that he would not step down despite the protests.",
     "step", "REJECT", "asserted"),
    ("will-not-withdraw", "The government in Budapest will not withdraw the controversial law.", "withdraw",
     "REJECT", "asserted"),
    ("did-not-accept-decision", "The Kenyan opposition did not accept the electoral commission's decision.", "accept",
     "REJECT", "asserted"),
    ("has-not-yet-approved", "The parliament in Kyiv has not yet approved the deal.", "approved", "AGREE",
     "negated"),
    ("did-not-resign", "The interior minister did not resign after the riots in Dakar.", "resign", "RETREAT",
     "negated"),
))
def test_event_type_and_modality(run, text, trigger, etype, modality):
    e = event(run(text), trigger)
    assert (e.type, e.modality) == (etype, modality)


def test_another_saying_one_will_not_yield_foretells_no_refusal(full):
    e = event(full("Analysts in Damascus say President Assad will not step down."), "step")
    assert (e.type, e.modality) == ("RETREAT", "negated")


# Which types a text's events have, or have not -------------------------------------------

@pytest.mark.parametrize("how, text, etype, present", cases(
    ("pushing-out-of-strongholds-requests-nothing", "run", "Kurdish forces pushed Islamic State fighters out of "
     "their last strongholds in Syria.", "REQUEST", False),
    # a forecast of another's act, or a hostile decision, is no promise
    ("forecast-of-anothers-act", "full", "Turkey said Syria would withdraw its forces from the border.", "AGREE",
     False),
    ("announced-hostile-decision", "full", "The United States announced it would prohibit all aid to the rebels.",
     "AGREE", False),
    ("hoping-we-can-act", "full", "I hope we can resolve the dispute.", "REQUEST", False),
    ("telling-ones-own-country-what-it-must-do", "full", "Russian President Vladimir Putin said Russia must defend "
     "its borders.", "REQUEST", False),
    # expecting an outcome is a forecast, not a request
    ("expects-to-return-to-growth", "run", "The International Monetary Fund expects Argentina to return to growth "
     "next year.", "REQUEST", False),
    ("expects-to-win", "run", "The European Union expects Serbia to win the vote easily.", "REQUEST", False),
    # keeping or widening relations is cooperation
    ("maintain-relations", "run", "The bloc said it will maintain trade and security relations with the three "
     "countries.", "COOPERATE", True),
    ("expanded-cooperation", "run", "Japan and India expanded defence cooperation last year.", "COOPERATE", True),
    ("maintain-prices", "run", "The company will maintain its prices next year.", "COOPERATE", False),
))
def test_types_among_the_events(analyse, how, text, etype, present):
    a = analyse(how, text)
    assert (etype in {e.type for e in a.events}) is present, types(a)


def test_expecting_another_to_stop_is_a_request(run):
    assert [e.type for e in run("Pakistan expects Afghanistan to stop the militants.").events] == ["REQUEST"]


@pytest.mark.parametrize("text, trigger, etype", cases(
    ("declared-a-state-of-emergency", "The government of Peru declared a state of emergency in Lima.", "declared",
     "COERCE"),
    ("warned-someone-against", "Iran warned the United States against any attack on its nuclear sites.", "warned",
     "THREATEN"),
    ("warned-on-a-condition", "Cavusoglu warned that U.S. bases in Turkey are at risk if Turkey is sanctioned.",
     "warned", "THREATEN"),
    ("warned-of-a-price", "Beijing warned that Washington would pay a heavy price.", "warned", "THREATEN"),
))
def test_threats_and_emergencies_kept(run, text, trigger, etype):
    assert event(run(text), trigger).type == etype, types(run(text))


def test_a_natural_force_destroying_is_no_event(run):
    assert not run("The flood destroyed homes in the village.").events


# What a saying is: the types of the events a speech verb makes ----------------------------

@pytest.mark.parametrize("text, trigger, expected", cases(
    # saying something is needed calls for it
    ("response-was-needed", "Antonio Guterres said a firm, unified international response was urgently needed.",
     "said", ["REQUEST"]),
    ("dialogue-is-essential", "The European Union said dialogue between the two sides is essential.", "said",
     ["REQUEST"]),
    ("no-response-was-needed", "Antonio Guterres said no response was needed.", "said", []),
    ("talks-were-difficult", "The European Union said the talks were difficult.", "said", []),
    # a judgement in what is said, or in a clause inside it, accuses
    ("decision-is-a-step-backwards", "\"The junta's decision to suspend the election is a step backwards for the "
     "country,\" the ambassador said.", "said", ["ACCUSE"]),
    ("decision-is-null-and-void", '"The term has expired, so the decision to extend it by two years is null and '
     'void," the senator said.', "said", ["ACCUSE"]),
    # concern that is not a judgement of an act is no accusation
    ("main-concern-is-the-economy", "The senator said the main concern is the economy.", "said", []),
    ("not-concerned-about", "The minister said he was not concerned about the protests.", "said", []),
    ("weather-was-not-good", "The minister said the weather was not good.", "said", []),
    # a harsh adjective describing no act accuses no one
    ("man-was-dead", "Officials said the man was dead.", "said", []),
    ("situation-is-dangerous", "The minister said the situation in the north is dangerous.", "said", []),
    ("economy-was-weak", "The minister said the economy was weak.", "said", []),
    ("moving-items-was-difficult", "The agency said moving relief items to Nampula was also difficult.", "said", []),
    ("fire-was-dangerous", "Officials said the fire was dangerous.", "said", []),
    ("attack-was-deadly", "Police said the attack was deadly.", "said", []),
    # an act called by a praising adjective is support
    ("agreements-are-a-positive-reminder", "The envoy said on Friday that the recent agreements between the two "
     "sides are a positive reminder of how important unity is.", "said", ["SUPPORT"]),
    ("talks-were-constructive", "The envoy said the talks in Doha were constructive.", "said", ["SUPPORT"]),
    ("called-the-agreement-historic", "The spokesman called the agreement historic.", "called", ["SUPPORT"]),
    ("protest-was-peaceful", "Police said the protest was peaceful.", "said", []),
    # "politically motivated" is no praise, whatever the valence of "motivated"
    ("charges-politically-motivated", "The opposition said the charges against its leader were politically "
     "motivated.", "said", ["ACCUSE"]),
    ("response-was-not-helpful", "The opposition leader said the response was not helpful.", "said", []),
))
def test_what_a_saying_is(run, text, trigger, expected):
    a = run(text)
    assert [e.type for e in a.events if e.trigger == trigger] == expected, types(a)


@pytest.mark.parametrize("how, text, etype, present", cases(
    # saying what an act or a charge is not rebuts it
    ("arrest-was-not-a-reflection", "run", "The minister said the journalist's arrest was not a reflection of the "
     "state of press freedom.", "REJECT", True),
    ("case-is-not-about", "run", "The spokesman has said that the case against the activist is not about free "
     "speech.", "REJECT", True),
    # a named conjunct after an unnamed subject is the one advised
    ("community-and-the-eu-should-respond", "full", '"The international community — and the European Union — should '
     'respond to this provocation by suspending aid," Amnesty International said.', "REQUEST", True),
    # saying another needs to act is a request
    ("need-to-make-concessions", "run", "Rubio said both Russia and Ukraine need to make difficult concessions.",
     "REQUEST", True),
    ("has-to-withdraw", "run", "Lavrov said Israel has to withdraw from the occupied territories.", "REQUEST", True),
    ("does-not-need-to-change", "run", "Ruto said Kenya does not need to change its policy.", "REQUEST", False),
    # what an act must undergo, or what there should be, is asked for
    ("talks-must-continue", "run", "German Chancellor Olaf Scholz said talks with China must continue.", "REQUEST",
     True),
    ("there-should-be", "run", "Nawa said there should be proper research into the hunting trade.", "REQUEST", True),
    ("there-should-be-no-doubt", "run", "Nawa said there should be no doubt about it.", "REQUEST", False),
    ("talks-should-not-continue", "run", "Olaf Scholz said talks with China should not continue.", "REQUEST",
     False),
))
def test_types_a_saying_includes(analyse, how, text, etype, present):
    a = analyse(how, text)
    assert (etype in [e.type for e in a.events if e.trigger == "said"]) is present, types(a)


# Modality ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, modality", cases(
    ("conjoined-clause-with-own-subject-and-tense", "The colonel who led the effort to oust the president and "
     "opposition leaders signed a peace agreement in May.", "signed", "asserted"),
    ("should-not-leaves-it-open", "The Thai government shouldn't send these refugees back to China.", "send",
     "hypothetical"),
    ("clausal-subject-takes-its-predicates-modal", "Releasing the prisoners may be in the junta's interest, Human "
     "Rights Watch argued.", "Releasing", "hypothetical"),
    ("claim-of-responsibility-reports", "Al-Shabab claimed responsibility for the bombing in Mogadishu.", "bombing",
     "reported"),
    ("protest-as-purpose-of-a-past-gathering", "Hundreds of traders in Nairobi gathered on Monday to protest the new "
     "tax.", "protest", "asserted"),
    ("no-one-should-be-is-advice", "No one should be jailed for peaceful protest, Amnesty International said.",
     "jailed", "hypothetical"),
))
def test_modality(run, text, trigger, modality):
    assert event(run(text), trigger).modality == modality


def test_a_protest_a_gathering_is_planned_for_has_not_happened(run):
    b = run("Opposition parties in Nairobi plan to rally to protest the new tax.")
    assert all(e.modality != "asserted" for e in b.events), [(e.trigger, e.modality) for e in b.events]


def test_an_imagined_act_takes_no_date_from_the_saying(run):
    a = events_for("On Monday, the minister said Israel could arrest the protest leaders.",
                   published="2024-05-10", basis="stated", times=True)
    arrest = event(a, "arrest")
    assert arrest.modality == "hypothetical" and arrest.date is None


# Words that make no event here ------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", cases(
    ("coming-after-an-attack", "The statement from Kyiv came after the attack.", "came"),
    # a frame word in another sense
    ("promised-to-give-back", "The ruling party in Harare promised to give power back to the people.", "give"),
    ("pushed-back-on-claims", "The foreign ministry in Beijing pushed back on the claims.", "pushed"),
    ("ordered-an-investigation", "A judge in Quito ordered an investigation into deaths in custody.", "ordered"),
    # another sense of a dictionary word
    ("released-a-statement", "The ministry released a statement on Sunday.", "released"),
    ("acceded-to-independence", "Mauritius acceded to independence in 1968.", "acceded"),
    ("open-to-visitors", "The minister said the museum is open to visitors on Sundays.", "open"),
    ("committed-crimes", "The soldiers who committed the crimes to terrorise villagers were never tried.",
     "committed"),
    ("lent-support-to-a-budget", "The minister lent support to the new budget.", "lent"),
    # other senses of the custody and order verbs
    ("caught-fire", "The building caught fire on Monday night.", "caught"),
    ("encouraged-by", "Encouraged by the mild sanctions, the president may go further.", "Encouraged"),
    ("economy-recovered", "The economy recovered slowly after the war.", "recovered"),
    ("placed-barriers", "Police placed barriers around the parliament.", "placed"),
    ("gave-a-speech", "The president gave a speech in Nairobi last week.", "gave"),
    # an emergency that is no state of emergency imposed on anyone
    ("declared-a-health-emergency", "The World Health Organization declared mpox a global health emergency.",
     "declared"),
    ("emergency-at-a-hospital", "An emergency was declared at the government hospital in Sibi.", "declared"),
    # a warning that only foretells a happening threatens no one
    ("warned-economy-could-slow", "The finance minister of Kenya warned that the economy could slow further.",
     "warned"),
    ("warned-famine-could-spread", "The United Nations warned that famine could spread across Sudan.", "warned"),
    # a threat as a danger is no threat made
    ("threat-to-security", "Prosecutors in Newark must prove he is a threat to national security.", "threat"),
    ("nuclear-threat", "Seoul wants to deter North Korea's nuclear threat.", "threat"),
    # the opposition as a party is no stance
    ("opposition-party", "The opposition party in Harare held a rally on Sunday.", "opposition"),
    # unrest that only sets the scene, with no one protesting named, is no protest told
    ("unrest-comes-amid", "The unrest comes amid a row over land in the north of the country.", "unrest"),
    # striking a tone or a note is speaking, no attack
    ("struck-a-tone", "The foreign minister struck a conciliatory tone in Ankara on Monday.", "struck"),
    ("struck-a-note", "The central bank's report struck a gloomy note about the economy.", "struck"),
))
def test_no_event(run, text, trigger):
    assert trigger not in {e.trigger for e in run(text).events}, types(run(text))
