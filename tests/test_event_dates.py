"""Event dates: which time expression of a sentence (or of the story) dates which act.

Each test is a construction, not a story: a time shared by coordinated verbs (or kept
by each verb of a list), a description of a participant that keeps its own time, a bare
day misattached to a noun, a document that says something when it was made, a lede dated
by a later mention of the same act, a participial clause that sets the scene, a time of
the happening an act came before.
"""
from __future__ import annotations

import pytest

from .conftest import by_trigger, cases, events_for


@pytest.fixture(scope="module", autouse=True)
def _model():
    from chronicle import nlp

    nlp.load()


def _dated(text: str, published: str):
    return events_for(text, published, basis="stated", times=True)


def _value(analysis, trigger: str) -> str | None:
    date = by_trigger(analysis, trigger).date
    return date.value if date is not None else None


@pytest.mark.parametrize("text, published, trigger, value", cases(
    # coordinated verbs share a trailing time adjunct
    ("coordinated-verb-with-the-adjunct", "The journalist had been arrested and sentenced to four years in prison in "
     "2015 for sedition.", "2021-02-27", "sentenced", "2015"),
    ("coordinated-verb-before-it", "The journalist had been arrested and sentenced to four years in prison in 2015 "
     "for sedition.", "2021-02-27", "arrested", "2015"),
    # the main clause of a sentence whose relative clause is about a participant
    ("main-clause-beside-a-relative-clause", "Ndlovu, who resigned as party leader, rejected the allegations at a "
     "news conference Thursday.", "2021-05-21", "rejected", "2021-05-20"),
    # a clause about a place or a time of the act shares its time
    ("where-clause-about-the-place", "Violence broke out on March 6 in the coastal region, where security forces "
     "clashed with gunmen.", "2025-03-14", "clashed", "2025-03-06"),
    ("which-clause-about-the-time", "Pedersen issued his appeal Friday, which is the 14th anniversary of the start "
     "of pro-democracy protests against Assad.", "2025-03-14", "protests", "2011-03-14"),
    ("bare-day-after-a-noun-sets-the-narrative-time", "The defense minister announced the activation of a standby "
     "force Tuesday in Abuja. Army chiefs also discussed maritime security with the navy.", "2025-03-12",
     "discussed", "2025-03-11"),
    ("document-says-what-it-says-when-made", "A 2020 report by the State Department accused the government of "
     "widespread corruption.", "2021-05-22", "accused", "2020"),
    ("participial-clause-sets-the-scene", "Speaking at a Security Council meeting this week, the ambassador accused "
     "Kabul of sheltering militants.", "2025-03-13", "accused", "2025-03-10/2025-03-16"),
    ("n-days-after-a-dated-act", "Mosques broadcast prayers Monday in support of Palestinians. His comments come two "
     "days after Erdogan denounced Israel.", "2021-05-10", "denounced", "2021-05-08"),
    ("n-days-after-the-news-day", "Soldiers freed 150 hostages from the train, a day after an attack by "
     "separatist gunmen.", "2025-03-12", "attack", "2025-03-11"),
    # a stretch that ends now ("in the past month") dates what was going on in it
    ("stretch-up-to-now", "In the past month, the government has been waging a trade war with its neighbours.",
     "2025-03-13", "waging", "2025-02-13/2025-03-13"),
    ("no-interval-named-takes-the-narrative-day", "Mosques broadcast prayers Monday in support of Palestinians. "
     "Erdogan denounced Israel after the clashes.", "2021-05-10", "denounced", "2021-05-10"),
    ("absolute-with-clause-sets-the-scene", "The United States has voiced concern over the violence, with Jake "
     "Sullivan speaking by phone Sunday with his Israeli counterpart.", "2021-05-10", "voiced", "2021-05-09"),
    ("day-still-to-come-sets-no-narrative-time", "The minister hopes to resolve the dispute during talks Tuesday "
     "with the rebels in Jeddah. Rebels attacked a convoy near the border.", "2025-03-10", "attacked",
     "2025-03-10"),
    ("day-of-a-promised-act-sets-no-narrative-time", "The electoral board agreed to publish the results Monday "
     "morning. Opposition leaders denounced the count in a joint statement.", "2025-03-12", "denounced",
     "2025-03-12"),
    ("day-of-a-modal-act-sets-no-narrative-time", "Lawmakers could vote on the amnesty bill on Monday. The "
     "opposition criticised the bill in a statement.", "2025-03-12", "criticised", "2025-03-12"),
    ("bound-of-a-stretch-sets-no-narrative-time", "The government appealed for calm in the territory, which has "
     "been gripped by strikes that have closed schools, disrupted flights and prompted travel warnings since late "
     "last month. Dozens of trade unions launched the strike, demanding more police.", "2017-03-27", "demanding",
     "2017-03-27"),
    ("day-of-a-realised-act-still-sets-the-narrative-time", "Police raided the newspaper's offices on Monday. "
     "The editor was detained and taken to a police station.", "2025-03-12", "detained", "2025-03-10"),
    # a fronted setting ("In a statement issued after their meeting in July, ...") frames every verb
    ("fronted-setting-frames-the-coordination", "In a joint statement issued after their meeting in July, the two "
     "ministers condemned the attacks and agreed to expand patrols.", "2024-10-04", "agreed", "2024-07"),
    # a verb of a list whose other verbs carry their own years is not dated by them
    ("listed-verb-without-its-own-time", "The general seized power in 2013, dissolved parliament in 2015, and "
     "banned the opposition.", "2024-10-04", "banned", None),
    # "before the election this month": the election's time; the verb keeps its own
    ("time-of-a-later-happening", "Before the election this month, the minister visited Kyiv in August and met "
     "the president.", "2024-10-04", "visited", "2024-08"),
    ("time-of-a-later-happening-alone", "Before the vote this month, the senator visited Taipei.", "2024-10-04",
     "visited", None),
    # a month naming the noun
    ("month-naming-the-noun", "The October agreement set up a transitional council.", "2021-04-14", "agreement",
     "2020-10"),
    # a stretch up to now is not the day of the story
    ("lasting-for-months", "The army has blockaded the city for months.", "2024-10-04", "blockaded", None),
    # the act a reaction is for ("praising the army for releasing ...") was done before, on a day not given
    ("reason-for-a-reaction", "Rights groups are praising the army for releasing the detained activists.",
     "2025-03-12", "releasing", None),
    # an anniversary with no count: a year or more before, how many the text does not say; no date is
    # counted back, and one comes only from the coup record the place links (Turkey, 15 July 2016)
    ("anniversary-without-a-count", "Thousands rallied over the weekend to mark the anniversary of the "
     "coup attempt.", "2017-07-17", "attempt", None),
    ("anniversary-of-a-linked-coup", "Thousands rallied in Ankara over the weekend to mark the anniversary of the "
     "coup attempt.", "2017-07-17", "attempt", "2016-07-15"),
    # a plan is dated by its announcement when a past act of the story made it, else not at all
    ("plan-made-by-a-past-act", "Scuffles broke out in parliament as opposition lawmakers tried to disrupt "
     "the budget speech.", "2025-03-12", "disrupt", "2025-03-12"),
    ("plan-made-by-a-perfect", "A court in Lima has ordered the arrest of a former minister over corruption "
     "charges.", "2025-03-12", "arrest", "2025-03-12"),
    ("plan-held-now", "The ministry plans to expel the diplomats.", "2025-03-12", "expel", None),
    ("plan-in-the-future", "The president will impose a curfew, his spokesman said.", "2025-03-12", "impose", None),
    # a pluperfect reported by a past saying is its perfect shifted back: done by the time it was said
    ("backshifted-report-takes-the-sayings-date", "Gunmen stormed a passenger train in the southwest on Tuesday. "
     "In a statement, the group said it had blown up the tracks.", "2025-03-12", "blown", "2025-03-11"),
    ("unshifted-present-holds-as-of-the-saying", "The defence ministry announced on Tuesday that it was taking "
     "control of the site. Within a few hours, a spokesman for the foreign ministry addressed a news conference, "
     "saying Beijing is firmly opposed to the deployment.", "2017-03-02", "opposed", "2017-02-28"),
    ("backshifted-report-of-an-undated-saying", "In a statement, the separatist group said it had blown up the "
     "tracks.", "2025-03-12", "blown", "2025-03-12"),
    # an act only imagined in what a saying reports is dated by its announcement
    ("imagined-act-dated-by-its-announcement", "The regional leader dismissed the warrant, telling reporters in "
     "the capital on Monday that he would ask Moscow to block the mission's renewal.", "2025-03-12", "ask",
     "2025-03-10"),
    # a flashback frames the next few sentences; a paragraph that runs on (a scrape without its
    # breaks) is back at the news day by the time of a later act
    # an implicative verb's complement happens when it does: its time dates the refusal
    ("time-of-an-implicative-complement", "The state bought the bonds in March 2012. After paying two coupons, "
     "the government refused to repay the principal in June 2014.", "2016-05-02", "refused", "2014-06"),
    # a saying by a pronoun right after a background time goes on telling that past; a new
    # speaker's words are said for the story
    ("pronoun-saying-carries-on-a-flashback", "Last year, the blogger posted a series of old photographs on a "
     "Chinese platform. He accused Japan of hiding its wartime crimes.", "2025-03-13", "accused", "2024"),
    ("new-speaker-after-a-flashback", "Last year, the blogger posted a series of old photographs on a Chinese "
     "platform. The Japanese embassy accused him of spreading lies.", "2025-03-13", "accused", "2025-03-13"),
    ("flashback-fades-in-a-long-paragraph", "Rival delegations met face to face in Geneva on Thursday for the "
     "first time in three years. At the previous round of talks, eight months ago, the mediator had to shuttle "
     "between the two camps. He told the delegates that they shared a duty to end the war. \"People want peace,\" "
     "he said. He said a fragile truce had opened a window. Observers described the mood as tense. Even as he "
     "greeted the opposition, the government team walked out of the hall.", "2017-02-24", "walked", "2017-02-23"),
    ("flashback-frames-the-next-sentence", "Rival delegations met face to face in Geneva on Thursday. At the "
     "previous round of talks, eight months ago, the mediator had to shuttle between the two camps. The government "
     "team walked out of the hall.", "2017-02-24", "walked", "2016-06"),
))
def test_date(text, published, trigger, value):
    assert _value(_dated(text, published), trigger) == value


@pytest.mark.parametrize("text, published, trigger, value", cases(
    # a conjunct with its own time word, or a purpose time, does not share it
    ("conjunct-with-its-own-time-word", "Police arrested the protesters and later released them in May 2019.",
     "2021-02-27", "arrested", "2019-05"),
    ("purpose-time", "An appeals court overturned the conviction and ordered a new trial for 2025.", "2024-12-05",
     "overturned", "2025"),
    # a relative clause about a participant keeps its own time: when he resigned, the sentence does not say
    ("relative-clause-about-a-participant", "Ndlovu, who resigned as party leader, rejected the allegations at a "
     "news conference Thursday.", "2021-05-21", "resigned", "2021-05-20"),
    ("participle-describing-a-participant", "A judge on Wednesday adjourned the case of a reporter arrested over his "
     "interviews with an opposition politician.", "2025-03-13", "arrested", "2025-03-12"),
    ("year-naming-the-doers-not-the-act", "The 2002 coup leaders accused the government of widespread corruption.",
     "2021-05-22", "accused", "2002"),
    ("credited-with-an-earlier-act", "He was praised for his work and credited with taking Albania into NATO in "
     "2009.", "2021-05-22", "credited", "2009"),
    # a time in a clause about a participant of a noun's act is not the act's own
    ("participant-clause-inside-the-noun-phrase", "The detention of opposition activist Maria Kalesnikava, who led "
     "last year's street protests in Minsk, drew condemnation from Brussels.", "2021-05-22", "detention", "2020"),
    # a description in the present holds now, whatever time its noun carries
    ("present-description-of-a-dated-noun", "About 250 people were killed across Turkey during last year's coup "
     "attempt, which the government blames on Gulen.", "2017-07-17", "blames", "2016"),
))
def test_not_dated_by(text, published, trigger, value):
    assert _value(_dated(text, published), trigger) != value


def test_a_lede_is_dated_by_a_later_mention_of_the_same_act():
    a = _dated("The United States has condemned Russia over the attack. Secretary of State Antony Blinken "
               "condemned Russia on Tuesday.", "2021-04-14")
    first = min((e for e in a.events if e.trigger == "condemned"), key=lambda e: e.start)
    assert first.date.value == "2021-04-13"
    b = _dated("The United States has condemned Russia over the attack. On Tuesday, France condemned Iran.",
               "2021-04-14")
    first = min((e for e in b.events if e.trigger == "condemned"), key=lambda e: e.start)
    assert (first.date.value, first.date.basis) == ("2021-04-14", "publication")  # another act


@pytest.mark.parametrize("text, trigger, value", cases(
    ("during-a-happening-dated-before", "Since the July 15 coup attempt, Ankara has blamed the cleric. During the "
     "failed coup, about 250 people were killed by rebel soldiers.", "killed", "2016-07-15"),
    ("at-a-happening-dated-before", "Thousands of people marched through the capital in Sunday's protests. The "
     "opposition leader was detained by police at a protest near parliament.", "detained", "2017-03-19"),
    ("at-a-happening-not-dated", "Thousands of people marched through the capital. The opposition leader was "
     "detained by police at a protest near parliament.", "detained", "2017-03-25"),
))
def test_an_act_set_in_a_happening_takes_its_date(text, trigger, value):
    assert _value(_dated(text, "2017-03-25"), trigger) == value


def test_what_a_document_says_is_dated_by_its_release():
    a = _dated("The United Nations has criticised the government in a new report for a high rate of killings. "
               "The report's publication on Monday came weeks after rights groups raised the alarm.", "2019-06-12")
    assert _value(a, "criticised") == "2019-06-10"
    b = _dated("Amnesty International has condemned the army in a statement. The report, released on Monday, "
               "documents dozens of killings.", "2019-06-12")
    assert _value(b, "condemned") == "2019-06-12"  # another document: the statement keeps the day of the news
