"""Modality on real sentence shapes: slogans, exclamations, colon-introduced demands,
claims, questions, plans, refusals, prescriptions and headings. An event that did not
happen must never be shown as one that did.

Most cases are rows of tables: the modality one word of a sentence gets, grouped by the
construction that decides it."""
from __future__ import annotations

import pytest

from chronicle import nlp
from chronicle.events.modality import fragment, modality
from chronicle.records import Analysis

from .conftest import cases


def word_modality(text: str, word: str) -> str:
    doc = nlp.parse(text)
    tok = next(t for t in doc if t.text == word)
    return modality(tok, False)


def asserted(analysis: Analysis) -> list[str]:
    text = analysis.article.text
    return [text[e.start:e.end] for e in analysis.events if e.modality == "asserted"]


@pytest.mark.parametrize("text", cases(
    # Slogans and demands after a colon are asked for, not done.
    ("slogans-after-a-colon", "In a statement, the group put forward its slogans: arrest the coup plotters, "
     "expropriate the banks."),
    ("banner-reading-colon", "Demonstrators carried banners reading: Jail the generals, free the prisoners."),
    # Exclamations opening on a command.
    ("exclamations", "Arrest the coup plotters! Expropriate the banks!"),
    # A yes/no question asks.
    ("yes-no-question", "Did the army arrest the opposition leader?"),
    # Modals, conditions, refusals, failures, denials.
    ("should", "The army should arrest the plotters."),
    ("if-condition", "If the army attacks the capital, the rebels will have to flee."),
    ("failed-to", "The government failed to arrest the plotters."),
    ("denied-that", "The ministry denied that troops attacked the village."),
    # Prescriptions.
    ("the-only-way-out-lies-in", "The only way out of the crisis lies in the independent mobilization of the "
     "working class."),
    ("there-must-be", "There must be mobilisation by ordinary people against the government."),
))
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


@pytest.mark.parametrize("text, expected", cases(
    ("claims-are-reported", "The opposition argued that the army had arrested dozens of students.",
     [("COERCE", "reported")]),
    # plain past and reported speech stay as they were
    ("plain-past", "Soldiers seized a police station in Caracas on Monday.", [("COERCE", "asserted")]),
    ("reported-speech", "Officials said soldiers seized a police station in Caracas on Monday.",
     [("COERCE", "reported")]),
))
def test_events_and_their_modality(run, text, expected):
    assert [(e.type, e.modality) for e in run(text).events] == expected


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


@pytest.mark.parametrize("text", cases(
    ("coordinated-after-a-saying", "The minister said that the talks had failed, and troops attacked the camp on "
     "Monday."),
    ("main-clause-after-a-saying-in-an-adverbial", "After officials said that the talks were over, troops attacked "
     "the camp."),
))
def test_a_speech_verb_does_not_sweep_up_the_narrators_own_clause(run, text):
    a = run(text)
    assert [(e.type, e.modality) for e in a.events if e.type == "ASSAULT"] == [("ASSAULT", "asserted")]


def test_an_alleged_doer_makes_the_deed_alleged(run):
    # Voice of America (public domain): the attempt is known by allegation.
    a = run("The alleged coup plotters involved in the attempt to overthrow President Jovenel Moise "
            "on Feb. 7 are also detained there.")
    assert [(e.trigger, e.modality) for e in a.events if e.coup] == [("overthrow", "reported")]


# The modality of one word ----------------------------------------------------------------

PLANS_AND_TRIES = cases(
    ("going-to-plans", "The rebels are going to attack the capital.", "attack", "planned"),
    # "After being repelled ..., he tried": the repelling happened; "tried" plans only its complement.
    ("time-adjunct-of-a-try-happened", "After being repelled at the air base, the opposition leader tried another "
     "trick.", "repelled", "asserted"),
    ("complement-of-a-try-is-planned", "The opposition leader tried to storm the air base.", "storm", "planned"),
)

RATHER_THAN_AND_INSTEAD_OF = cases(
    ("rather-than-negates", "Rather than admitting the failure of his attempt, he announced a new march.",
     "admitting", "negated"),
    ("instead-of-negates", "Instead of arresting the plotters, the army joined them.", "arresting", "negated"),
)

DEADLINES_AND_CONDITIONS = cases(
    # Voice of America (public domain): a deadline for an act not yet taken.
    ("until-a-date-to", "They have until Feb. 4 to appeal the High Court's order.", "appeal", "hypothetical"),
    ("gave-a-week-to", "ECOWAS gave the junta a week to release President Bazoum.", "release", "hypothetical"),
    # A condition on the clause.
    ("if-clause-on-the-main-clause", "If President Museveni rigs the election, the people of Uganda will rise up "
     "against him.", "rise", "hypothetical"),
    ("would-if-were", "Trump said he would be able to secure Lai's release if he were reelected.", "release",
     "hypothetical"),
    ("unless", "Sanctions will be imposed unless the junta steps down.", "imposed", "hypothetical"),
    # Voice of America (public domain): the condition is the threat's content.
    ("threat-on-a-condition-was-made", "Ankara is threatening retaliation against Washington if hit by sanctions.",
     "threatening", "asserted"),
    ("warned-it-would-if", "The army warned it would intervene if the vote was rigged.", "intervene",
     "hypothetical"),
)

CAUSATIVES_AND_PURPOSES = cases(
    # a causative that took place brings its complement about
    ("was-forced-to", "The president was forced to resign after weeks of protests.", "resign", "asserted"),
    ("forced-to", "The army forced the president to resign.", "resign", "asserted"),
    ("urged-to", "The army urged the president to resign.", "resign", "planned"),
    ("could-force-to", "The army could force the president to resign.", "resign", "hypothetical"),
    # Voice of America (public domain): a body set up for a task is at it.
    ("commissions-created-to-reported", "Exantus said three commissions have been created to investigate the "
     "mutiny.", "investigate", "reported"),
    ("commission-set-up-to", "A commission was set up to investigate the killings.", "investigate", "asserted"),
    ("deployed-to-protect", "Soldiers were deployed to protect civilians.", "protect", "planned"),
)

CANCELLED_PUT_OFF_CLAIMED_OR_PASSED_OVER = cases(
    ("planned-then-cancelled", "The planned protest was cancelled.", "protest", "negated"),
    ("called-off", "The union called off the strike.", "strike", "negated"),
    ("postponed", "The talks were postponed.", "talks", "planned"),
    ("scheduled-for", "The protest is scheduled for Friday.", "protest", "planned"),
    ("have-yet-to", "The rebels have yet to release the hostages.", "release", "negated"),
    ("claimed-by", "The attack was claimed by the Islamic State group.", "attack", "reported"),
    ("no-longer", "The IAEA no longer conducts verification and monitoring activities.", "conducts", "negated"),
    ("threatened-intervention-to-reverse", "ECOWAS threatened military intervention to reverse the coup.", "coup",
     "asserted"),
    ("called-for-an-inquiry-into", "The opposition called for an inquiry into the massacre.", "massacre",
     "asserted"),
    ("denied-involvement-in", "The army denied any involvement in the coup attempt.", "attempt", "asserted"),
    ("plans-to-investigate-an-attack", "The government plans to investigate an attack.", "attack", "planned"),
    ("rather-than-in-a-parenthesis", "We're probably — rather than a memorandum of understanding — just wanting to "
     "sign an agreement.", "memorandum", "negated"),
)

REPORTED_EXPECTED_INTENDED_OR_DISMISSED = cases(
    # a passive saying reports the infinitive
    ("is-believed-to-have", "The general is believed to have fled the country.", "fled", "reported"),
    ("is-said-to-have", "The general is said to have ordered the killings.", "ordered", "reported"),
    ("is-expected-to", "The president is expected to sign the decree on Monday.", "sign", "planned"),
    # an alleged doer makes the deed alleged
    ("alleged-attack", "The alleged attack took place on Monday.", "attack", "reported"),
    # an event named as what is reported, expected, intended or dismissed
    ("reported-the-killing", "Police reported the killing of two protesters.", "killing", "reported"),
    ("documented-killings", "Rights groups have documented more than 100 killings by security forces.", "killings",
     "reported"),
    ("confirmed-the-arrest", "The ministry confirmed the arrest of 20 officers.", "arrest", "reported"),
    ("expects-protests", "The government expects protests on Friday.", "protests", "planned"),
    ("condemned-the-attack", "The president condemned the attack.", "attack", "asserted"),
    ("no-intention-of", "The army has no intention of staging a coup.", "coup", "negated"),
    ("dismissed-reports-of", "The government dismissed reports of a coup attempt as fake news.", "attempt",
     "negated"),
    ("concern-about-reports", "The U.N. expressed grave concern about reports of more than 100 people killed "
     "during clashes.", "killed", "reported"),
    ("fears-of-a-coup", "The U.N. expressed grave concern about a coup in the capital.", "coup", "hypothetical"),
    ("troubled-to-hear-of", "We were troubled to hear of the arrest of the opposition leader.", "arrest",
     "reported"),
    ("learned-of", "Officials were shocked to learn of the killing of two aid workers.", "killing", "reported"),
)

WHO_TELLS_IT = cases(
    # a saying after the clause, joined by a comma alone, tells the clause before it
    ("trailing-saying-as-a-conjunct", "Two opposition activists have been detained by the security services, the head "
     "of a local rights group wrote on Twitter.", "detained", "reported"),
    ("trailing-reported", "A militia commander was killed in a car bombing in the city, local media reported on "
     "Friday.", "killed", "reported"),
    ("and-police-said-is-a-second-statement", "Troops fired on the marchers, and police said three people were "
     "wounded.", "fired", "asserted"),
    ("two-clauses-with-and", "The rebels seized the town on Monday, and the army retreated.", "seized", "asserted"),
    # a relative clause inside what is said describes its noun in the writer's voice
    ("relative-clause-in-a-claim", "The president said he would pardon the soldiers who crushed the uprising in "
     "2011.", "crushed", "asserted"),
    ("said-that-relative-clause", "The minister said that the refugees the army had detained since 2019 would be "
     "sent home.", "detained", "asserted"),
    ("the-claim-itself-stays-reported", "The president said he would pardon the soldiers who crushed the uprising in "
     "2011.", "pardon", "planned"),
    ("a-speaker-in-the-relative-clause-tells-it", "The soldiers, who said they crushed the uprising, were "
     "pardoned.", "crushed", "reported"),
    ("a-part-of-the-group-goes-on-with-the-account", "Residents said police fired tear gas at the marchers, "
     "some of whom threw stones at the troops.", "threw", "reported"),
    ("a-time-when-goes-on-with-the-account", "The agency reported that since May, when soldiers shot a village "
     "chief, dozens of people have been killed.", "shot", "reported"),
    ("told-them-that-read-as-a-relative-clause", "A spokesman told the radio station that his office was looking "
     "into the reports.", "looking", "reported"),
    # what one claims to have done, admits, confesses or complains of is told on that one's word
    ("claimed-to-be-holding", "The militants claimed to be holding dozens of soldiers.", "holding", "reported"),
    ("claims-to-have", "The rebel group claims to have shot down a helicopter.", "shot", "reported"),
    ("hopes-to-stays-planned", "The minister hopes to visit the capital next week.", "visit", "planned"),
    ("admitted-to", "The former mayor admitted to ordering the killings of suspected dealers.", "ordering",
     "reported"),
    ("admitted-that", "The general admitted that his troops had fired on the crowd.", "fired", "reported"),
    ("confessed-to", "One of the suspects confessed to planting the bomb.", "planting", "reported"),
    ("complained-about", "The defendant complained about the court rejecting every motion.", "rejecting",
     "reported"),
    ("apparent-attack", "Two guards died in an apparent attack on the convoy.", "attack", "reported"),
    # the content clause of a conclusion or consensus is its holders'
    ("consensus-that", "There is a consensus among analysts that the government is punishing the region.",
     "punishing", "reported"),
    ("reports-emerged-that", "Reports surfaced on Tuesday that militiamen had burned two villages.", "burned",
     "reported"),
    # who tells a clause tells its adverbial clauses too
    ("reportedly-then-a-participle", "Soldiers reportedly opened fire on the marchers, wounding five people.",
     "wounding", "reported"),
    ("according-to-then-after", "According to the ministry, the militia seized the port after the navy withdrew.",
     "withdrew", "reported"),
    ("no-one-tells-the-participle", "Soldiers opened fire on the marchers, wounding five people.", "wounding",
     "asserted"),
    ("the-modal-does-not-reach-the-adverbial", "The rebels will reportedly attack if the army advances.", "advances",
     "hypothetical"),
    # a saying about an act with its own doer tells it
    ("told-about-a-clause", "The diplomat told reporters about the army blocking the aid convoys.", "blocking",
     "reported"),
    # hints and awaited acts have not happened
    ("hinting-at", "Officials are hinting at lifting the sanctions on the country.", "lifting", "hypothetical"),
    ("awaits-sentencing", "The activist, jailed since May, awaits sentencing on a charge of insulting the king.",
     "sentencing", "planned"),
    # wire attributions beyond "said" and "according to"
    ("pointed-out-that", "The governor pointed out that the separatists had shelled the district 15 times.", "shelled",
     "reported"),
    ("emphasized-that", "The spokesman emphasised that border guards had repelled two incursions.", "repelled",
     "reported"),
    ("charged-that", "The defence lawyer charged that guards had beaten his client in custody.", "beaten", "reported"),
    ("emphasized-the-need-stays-planned", "The minister emphasized the need to arrest the plotters.", "arrest",
     "planned"),
    ("per-a-source", "Troops detained 200 people during the raids, per the interior ministry.", "detained",
     "reported"),
    ("per-a-unit-is-no-source", "Militants killed 30 civilians per day during the siege.", "killed", "asserted"),
    ("in-his-words", "In his words, the insurgents seized three villages last week.", "seized", "reported"),
    ("in-other-words-names-no-one", "In other words, the insurgents seized three villages last week.", "seized",
     "asserted"),
    ("as-the-agency-reported", "As the agency reported, air defences downed 20 drones over the region.", "downed",
     "reported"),
    ("as-reported-by", "Air defences downed 20 drones over the region, as reported by state television.", "downed",
     "reported"),
    ("as-the-leader-spoke-is-a-time", "Police opened fire as the opposition leader spoke to the crowd.", "opened",
     "asserted"),
    # what footage shows or a witness describes is told by it; a hedge on the showing does not doubt it
    ("footage-showed-them-doing", "Footage broadcast by local television showed soldiers beating a man.", "beating",
     "reported"),
    ("described-them-doing", "Witnesses described soldiers firing live rounds into the crowd.", "firing", "reported"),
    ("appeared-to-show", "A video shared online appeared to show troops executing two prisoners.", "executing",
     "reported"),
    ("arrested-them-carrying-is-the-narrators", "Police arrested demonstrators carrying banners.", "arrested",
     "asserted"),
    # "forces" as troops plans nothing: what they are accused of stays the accuser's claim
    ("accused-forces-of", "The United Nations accused government forces of bombing a hospital.", "bombing",
     "reported"),
)


def test_an_interview_answer_is_the_interviewees_account():
    # The answers tell what the interviewee says happened (reported); the questions are the narration.
    text = ("VOA spoke with the former envoy about his trip. VOA: During your trip, the army staged drills near the "
            "border. Why did it do that? Jane Doe, former ambassador: We met the new president and discussed the "
            "crisis. Troops were patrolling the strait. VOA: What comes next? Doe: The talks resume in June.")
    doc = nlp.parse(text)
    mood = {t.text: modality(t, False) for t in doc if t.text in ("staged", "met", "discussed", "patrolling")}
    assert mood == {"staged": "asserted", "met": "reported", "discussed": "reported", "patrolling": "reported"}


def test_labels_without_questions_are_no_interview():
    # headings and labelled links ("READ MORE:") make no interview: the narration stays the narrator's
    text = ("Police arrested two men on Monday. READ MORE: Protests spread to the capital. "
            "Troops fired on the crowd. RELATED: The army seized the airport.")
    doc = nlp.parse(text)
    assert [modality(t, False) for t in doc if t.text in ("arrested", "fired")] == ["asserted", "asserted"]


@pytest.mark.parametrize("text, word, expected", [
    *PLANS_AND_TRIES, *RATHER_THAN_AND_INSTEAD_OF, *DEADLINES_AND_CONDITIONS, *CAUSATIVES_AND_PURPOSES,
    *CANCELLED_PUT_OFF_CLAIMED_OR_PASSED_OVER, *REPORTED_EXPECTED_INTENDED_OR_DISMISSED, *WHO_TELLS_IT,
])
def test_word_modality(text, word, expected):
    assert word_modality(text, word) == expected


@pytest.mark.parametrize("text, word, expected", cases(
    # a speech act in the first person and the simple present is done by the quoted words
    ("we-urge", "We urge the government to release the detained journalists.", "urge", "asserted"),
    ("i-condemn", "I condemn this cowardly attack on the police station.", "condemn", "asserted"),
    ("shared-subject", "We CONDEMN the jailbreak and urge residents to stay calm.", "urge", "asserted"),
    ("attributed-after-the-quote", "\"We urge the army to return to barracks,\" the union said in a statement.", "urge",
     "asserted"),
    # a past or planned one, or someone else's, is still told by the quote
    # the present perfect vouches for the speaker's own urging as well (guidelines: a speech act is asserted)
    ("we-have-urged", "We have repeatedly urged the authorities to reform the courts.", "urged", "asserted"),
    ("we-will-urge", "We will urge the council to impose sanctions.", "urge", "planned"),
    ("we-had-urged", "We had urged the council to impose sanctions before the vote.", "urged", "reported"),
    ("they-urge", "They urge the government to act now.", "urge", "reported"),
    ("what-it-is-about", "We condemn the arrests of journalists that took place yesterday.", "arrests",
     "reported"),
))
def test_a_quoted_speech_act_is_done_by_the_quote(text, word, expected):
    doc = nlp.parse(text)
    tok = next(t for t in doc if t.text == word)
    assert modality(tok, True) == expected


# A conjunct with its own past tense or tensed auxiliary is a clause of its own: the
# modal, "to" or "did not" of the bare verb it is joined to does not reach it; a bare
# conjunct, or one that shares "would have", still takes the modal.
TENSE_OF_A_CONJUNCT = cases(
    ("past-conjunct-after-would-not", "The ministry announced it would not allow the envoy to return and "
     "suspended all military cooperation.", "suspended", "asserted"),
    ("bare-conjunct-shares-would", "The government would close the border and suspend flights.",
     "suspend", "hypothetical"),
    ("past-conjunct-after-did-not", "The minister did not attend the meeting and left early.", "left", "asserted"),
    ("past-conjunct-after-said-would", "Police said they would investigate and arrested three men.",
     "arrested", "asserted"),
    ("bare-looking-past-shares-could", "The rebels could seize the town and cut the road.", "cut", "hypothetical"),
    ("shares-would-have", "The court would have jailed him and seized his assets.", "seized", "hypothetical"),
    ("tensed-aux-after-could", "He could face up to three years in jail, but was released on bail.",
     "released", "asserted"),
    ("tensed-aux-after-would-be", "The rebels would be arrested and were later released.", "released", "asserted"),
    ("passive-conjunct-shares-will", "The suspects will be tried and executed.", "executed", "planned"),
    ("still-asked-under-whether", "Officials did not say whether the army would withdraw or had already withdrawn.",
     "withdrawn", "hypothetical"),
    # the "and" may hang on any word of the content clause; the past conjunct is still the speaker's own act
    ("said-that-and-hung-low", "On Tuesday, Hungary announced that it would not let the Swedish envoy return to "
     "Budapest and suspended military cooperation with Stockholm.", "suspended", "asserted"),
    # with another subject in the content clause, the conjunct still tells what that subject did
    ("said-that-another-subject", "Officials said that the rebels would not release the hostages and attacked a "
     "convoy near the border.", "attacked", "reported"),
    # a comma alone does not make a second act of the speaker's
    ("comma-no-conjunction", "Activists have long alleged that the police tortured detainees in the north, "
     "charges the interior ministry denied.", "tortured", "reported"),
)


@pytest.mark.parametrize("text, word, expected", TENSE_OF_A_CONJUNCT)
def test_a_conjunct_with_its_own_tense_keeps_its_own_modality(text, word, expected):
    assert word_modality(text, word) == expected


def test_a_participle_shares_the_modal_of_the_conjunct_it_follows():
    text = ("The holder will receive a notice to appear in court or, in serious cases, they may be "
            "arrested and detained.")
    assert word_modality(text, "detained") == "hypothetical"


def test_a_past_conjunct_after_said_that_is_the_narrators():
    text = ("The ministry announced that it would not allow the envoy to return and suspended all "
            "military cooperation.")
    assert word_modality(text, "suspended") == "asserted"


# A concessive clause states a fact that the main clause is set against: the main clause's
# modal, forecast or saying does not reach it (inside quotation marks it is still the speaker's).
CONCESSIONS = cases(
    ("although-after-a-forecast", "After the vote, an analyst said that it is hard to predict how the premier will "
     "react to the envoy's visit, although the two men spoke by phone late last year.", "spoke", "asserted"),
    ("though-after-would", "The minister said talks would resume next week, though rebels attacked a convoy on "
     "Sunday.", "attacked", "asserted"),
    ("even-though-after-will-not", "The junta will not hand over power, even though the regional bloc imposed "
     "sanctions last month.", "imposed", "asserted"),
    ("main-clause-keeps-its-modal", "The junta will not hand over power, even though the regional bloc imposed "
     "sanctions last month.", "hand", "negated"),
)


@pytest.mark.parametrize("text, word, expected", CONCESSIONS)
def test_a_concession_is_not_reached_by_the_main_clause(text, word, expected):
    assert word_modality(text, word) == expected


def test_a_quoted_concession_is_still_the_speakers():
    doc = nlp.parse("\"We will not negotiate with them, even though they released two hostages on Sunday,\" "
                    "the minister said.")
    tok = next(t for t in doc if t.text == "released")
    assert modality(tok, True) == "reported"


# A speaker's own present stance told in reported speech is made by the saying (asserted);
# a past act it tells, or another's stance, stays a report.
OWN_STANCE = cases(
    ("said-it-was-calling-for", "The Foreign Office said this week that it was calling for the blogger's release.",
     "calling", "asserted"),
    ("said-it-is-ready-to-accept", "Caracas said on Monday it is ready to accept the mediators' proposal for a truce.",
     "ready", "asserted"),
    ("said-it-killed", "The army said it killed 12 insurgents in the raid.", "killed", "reported"),
    ("said-it-had-urged", "Lima said it had urged the two sides to talk.", "urged", "reported"),
    ("another-is-ready", "The ministry said the rebels are ready to attack the town.", "ready", "reported"),
    ("he-is-someone-else", "Police said he was urging his followers to block the highway.", "urging", "reported"),
    ("she-is-the-speaker", "The senator said she was calling for an inquiry into the killings.", "calling",
     "asserted"),
    ("they-are-the-speakers", "The rebels said they are ready to free the hostages.", "ready", "asserted"),
    ("would-be-ready", "The ministry said it would be ready to resume talks.", "ready", "planned"),
)


@pytest.mark.parametrize("text, word, expected", OWN_STANCE)
def test_a_speakers_own_stance_is_made_by_the_saying(text, word, expected):
    assert word_modality(text, word) == expected


# What is hoped for is wished, not planned; a hedge on the predicate leaves it open; the
# hope's own adjuncts ("during talks on Thursday") and a definite subject it names keep theirs.
HOPES_AND_HEDGES = cases(
    ("hope-passive-future", "I hope the charges against him will be dropped.", "dropped", "hypothetical"),
    ("hope-another-will", "We hope the police will round up the smugglers before the summer.", "round",
     "hypothetical"),
    # the hoper's own act is an intent
    ("hope-we-will", "We hope we will round up the smugglers before the summer.", "round", "planned"),
    ("hopes-to", "Canada hopes to restore the suspended aid to Haiti.", "restore", "planned"),
    ("hoped-would-under-said", "The envoy said she hoped the two sides would meet again.", "meet", "hypothetical"),
    ("hoping-start", "I'm hoping the new government will start reaching out to the rebels.", "reaching",
     "hypothetical"),
    ("hope-adjunct-stays-planned", "The foreign minister said Monday that Canada hopes to restore the suspended "
     "aid to Haiti during talks Thursday with Haitian officials.", "talks", "planned"),
    ("will-likely", "The analyst said Seoul will likely increase cooperation with NATO members.", "increase",
     "hypothetical"),
    ("probably-past", "The militia probably fired first.", "fired", "hypothetical"),
    ("more-likely-than-not-is-no-hedge", "The militia fired more than expected.", "fired", "asserted"),
    ("hedge-does-not-reach-a-definite-subject", "The analyst said the scale of Sunday's protests had likely "
     "surprised the Kremlin.", "protests", "reported"),
    ("maybe", "Maybe some of the passengers got caught by the gunmen.", "caught", "hypothetical"),
    ("said-would-stays-planned", "The envoy said the two sides would meet again on Friday.", "meet", "planned"),
)


@pytest.mark.parametrize("text, word, expected", HOPES_AND_HEDGES)
def test_a_hope_or_a_hedge_leaves_the_event_open(text, word, expected):
    assert word_modality(text, word) == expected


def test_a_speakers_hope_for_another_is_asked_by_the_saying():
    assert word_modality("She told reporters she hopes Egypt and Qatar can mediate between the two sides.",
                         "hopes") == "asserted"


@pytest.mark.parametrize("text, trigger, mood", cases(
    # the quotes stage's indirect quotations are content clauses: the parse tells which part is the claim
    ("relative-clause-in-a-claim", "The prime minister said on Monday that he would free the 30 activists the "
     "police had detained since arresting them at a rally in 2019.", "arresting", "asserted"),
    ("the-claim-itself", "The prime minister said on Monday that police had detained 30 activists at a rally.",
     "detained", "reported"),
    ("told-them-that", "A government spokesman told a radio station that the army had shelled the rebel base.",
     "shelled", "reported"),
    # a quotation opening the next paragraph goes on in the voice of the one quoted before it
    ("quote-in-the-next-paragraph", "\"Our units destroyed four armoured vehicles near the bridge,\" the brigade "
     "commander said.\n\n\"We also captured eleven enemy soldiers.\"", "captured", "reported"),
    ("quote-after-reported-speech-in-the-paragraph-before", "Police said officers had detained 30 rioters.\n\n"
     "\"They attacked our officers with rocks and bottles.\"", "attacked", "reported"),
))
def test_whole_pipeline_reads_the_claim_on_the_parse(text, trigger, mood):
    from .conftest import pipeline
    a = pipeline("2025-03-13")(text)
    assert [e.modality for e in a.events if e.trigger == trigger] == [mood], \
        [(e.trigger, e.type, e.modality) for e in a.events]


# A stopping verb negates what it stops, not what came before it (helper 'leftovers', session 15)

@pytest.mark.parametrize("text, word, expected", [
    ("The aid group halted its work in the province after a spate of abductions.", "abductions", "asserted"),
    ("The mining firm stopped production following repeated attacks on its convoys.", "attacks", "asserted"),
    ("Soldiers prevented an attack on the depot after a tip-off.", "attack", "negated"),
])
def test_an_adjunct_of_a_stopping_verb_is_outside_its_denial(text, word, expected):
    nlp.load()
    assert word_modality(text, word) == expected
