"""Descriptions and pronouns that point back to a named organisation, armed group, alliance
or country ('the separatist group', 'the organization', 'the country', a subject 'it' or
'they'), on news-style passages run through the real parse: linked where one actor fits,
left alone where another could be meant."""
from __future__ import annotations

import pytest

from chronicle.actors import find_mentions

from .conftest import cases, of_entity, pipeline

ARAKAN = ("The Arakan Army claimed responsibility for the ambush on Monday. The ethnic rebel group said it had "
          "seized two border posts. The group also accused the junta of shelling villages.")
ALLIANCE = ("The Alliance of Democracies Foundation published its annual survey on Monday. The organization, led by "
            "former NATO Secretary General Anders Fogh Rasmussen, called on democratic nations to support Ukraine.")
G20 = ("The G20 statement said the group remained concerned about rising debt. They called on creditors to act "
       "quickly.")


@pytest.mark.parametrize("text, surface, expected", cases(
    ("armed-description-is-the-armed-group-named-before-and-chains", ARAKAN, "Arakan Army",
     ["Arakan Army", "ethnic rebel group", "it", "group"]),
    ("organization-with-a-participle-is-the-body-named-before", ALLIANCE, "Alliance of Democracies Foundation",
     ["Alliance of Democracies Foundation", "its", "organization"]),
    ("the-country-is-the-one-country-named", "Floods swept through Malawi this week. The country has declared a "
     "state of disaster in 14 districts.", "Malawi", ["Malawi", "country"]),
    ("it-continues-the-subject-body", "The World Food Programme warned of famine on Monday. It said aid convoys "
     "had been blocked for weeks.", "World Food Programme", ["World Food Programme", "It"]),
    ("they-continues-a-body-that-is-the-reported-subject", G20, "G20", ["G20", "group", "They"]),
    ("they-in-a-clause-is-the-one-body-before-it", "No country has officially recognized Hamas as a government "
     "since they seized Gaza in 2007.", "Hamas", ["Hamas", "they"]),
    ("it-in-an-adjoined-clause-is-the-main-subject", "The Kenyan government resigned on Tuesday, a week after it "
     "expelled two Ugandan diplomats.", "Kenyan government", ["Kenyan government", "it"]),
    ("a-side-named-by-a-word-of-the-bodys-name", "Australia asked the European Union on Monday to scrap the levy "
     "on its beef exports. The European side refused.", "European Union", ["European Union", "European side"]),
    ("the-latter-is-the-second-of-two", "Talks between Australia and the European Union collapsed in 2023 over farm "
     "access. Canberra blamed the collapse on the latter's refusal to open its markets.", "European Union",
     ["European Union", "latter"]),
    ("the-two-is-each-of-two-persons-named-before", "Opposition leader Karim Haddad met Finance Minister Omar "
     "Saleh in Tunis on Monday. The two later accused the central bank of hiding losses.", "Omar Saleh",
     ["Omar Saleh", "two"]),
    ("the-two-is-also-the-first-person", "Opposition leader Karim Haddad met Finance Minister Omar Saleh in Tunis "
     "on Monday. The two later accused the central bank of hiding losses.", "Karim Haddad", ["Karim Haddad", "two"]),
    ("the-two-men-is-each-of-two-persons", "Opposition leader Karim Haddad met Finance Minister Omar Saleh in "
     "Tunis on Monday. The two men signed an agreement to end the strike.", "Karim Haddad",
     ["Karim Haddad", "The two men"]),
    ("the-two-with-no-person-is-two-countries", "Ethiopia and Eritrea fought a border war from 1998 to 2000. The "
     "two signed a peace deal in 2018.", "Eritrea", ["Eritrea", "two"]),
    ("both-alone-is-each-of-two-persons", "Senator Maria Ortiz and her aide Paul Grant were detained at the "
     "airport. Both denied wrongdoing.", "Paul Grant", ["Paul Grant", "Both"]),
    # a demonstrative points back as 'the' does
    ("that-country-is-the-one-country-named", "Heavy rains flooded large parts of Mozambique last week. That "
     "country has asked donors for emergency food aid.", "Mozambique", ["Mozambique", "country"]),
    ("this-ministry-is-the-one-ministry-named", "Ghana's Finance Ministry froze the contract on Tuesday. This "
     "ministry has repeatedly accused the contractor of inflating costs.", "Finance Ministry",
     ["Finance Ministry", "ministry"]),
    ("this-armed-group-is-the-armed-group-named", "The Arakan Army seized two police posts on Monday. This rebel "
     "group has fought the military for years.", "Arakan Army", ["Arakan Army", "rebel group"]),
))
def test_mentions_of_an_entity(parse, text, surface, expected):
    assert [m.text for m in of_entity(find_mentions(parse(text)), surface)] == expected


@pytest.mark.parametrize("text, word", cases(
    ("a-separatist-group-is-not-a-ministry", "The Interior Ministry said the attack had been planned abroad. The "
     "separatist group denied the claim.", "separatist group"),
    ("two-armed-groups-in-reach", "Hamas and Islamic Jihad fired rockets at southern Israel on Tuesday. The militant "
     "group said the barrage answered the raids.", "militant group"),
    ("a-country-named-by-its-adjective-is-a-rival", "Iraqi Prime Minister Mohammed Shia al-Sudani thanked the United "
     "States on Friday, saying the country's intelligence service had killed the commander.", "country"),
    ("the-country-of-an-article-about-another", "Pakistan blamed the attack on militants based abroad. Pakistan "
     "has long accused its neighbour of sheltering them. China funds the port at Gwadar. The country's biggest "
     "airport lies nearby.", "country"),
    ("the-other-group-is-another", "The Arakan Army seized the town on Monday. The other group withdrew.", "group"),
    ("a-superlative-describes-anew", "The Arakan Army seized the town on Monday. The largest group withdrew.", "group"),
    ("inside-a-quotation", 'The Arakan Army seized the town on Monday. "The group will not stop," a resident said.',
     "group"),
    ("a-group-that-clause-introduces-one", "The Arakan Army seized the town on Monday. The group that held it "
     "before withdrew.", "group"),
    ("a-group-described-before-is-meant", "Hamas said a group of gunmen attacked the checkpoint. The group fled "
     "on foot.", "group"),
    ("a-side-of-no-one-named", "Australia asked the European Union on Monday to scrap the levy. The other side "
     "refused.", "side"),
    ("the-latter-of-three", "Australia, Japan and the European Union met in Tokyo. Canberra welcomed the latter's "
     "offer.", "latter"),
    ("the-former-as-an-adjective", "Prime Minister Shehbaz Sharif met the former president on Monday.", "former"),
    ("it-that-a-thing-may-be", "The European Parliament passed the bill on Monday. It bans the sale of tobacco to "
     "minors.", "It"),
    ("they-in-a-clause-past-a-plural", "No country has officially recognized Hamas or its allies since they seized "
     "Gaza in 2007.", "they"),
    ("they-in-a-clause-past-a-person", "Mahmoud Abbas has refused to recognize Hamas since they seized Gaza in "
     "2007.", "they"),
    ("it-that-names-nothing", "The World Food Programme warned of famine on Monday. It is unclear when aid will "
     "arrive.", "It"),
    ("it-in-a-clause-past-a-thing", "The Interior Ministry rejected the plan in May because it favoured "
     "the capital.", "it"),
    ("it-in-a-clause-past-an-act", "NATO condemned the strike on Monday because it killed 12 civilians.", "it"),
    ("it-past-another-actor", "Hezbollah fired rockets at Israel on Sunday. It said the strikes were a warning.",
     "It"),
    ("they-past-a-plural-that-may-be-meant", "The G20 statement said the group remained concerned about rising "
     "debt levels. They called on creditors to act quickly.", "They"),
    ("the-two-of-three-persons", "Karim Haddad, Omar Saleh and Leila Mansour met in Tunis on Monday. The two "
     "later accused the central bank of hiding losses.", "two"),
    ("the-two-of-a-counted-group", "Police arrested two students in Lagos on Friday. The two were charged with "
     "sedition.", "two"),
    ("the-two-of-a-phrase-that-says-who", "Karim Haddad met Omar Saleh in Tunis on Monday. Two of the guards were "
     "later arrested.", "Two"),
))
def test_no_mention(parse, text, word):
    assert not any(m.text == word for m in find_mentions(parse(text)))


@pytest.fixture(scope="module")
def full():
    return pipeline("2025-03-12")


def test_a_described_group_is_the_source_of_its_events(full):
    a = full("The Baloch Liberation Army claimed responsibility for the attack on the train. The separatist group "
             "accuses Pakistan of exploiting the province's natural resources.")
    accuse = next(e for e in a.events if e.trigger == "accuses")
    named = {m.entity: m.name for m in a.mentions}
    assert [named[k] for k in accuse.source] == ["Baloch Liberation Army"]


# -- person pronouns past a person known only by a description ------------------------------

def _linked(analysis, surface: str):
    """The name of the entity the first mention spelled ``surface`` is linked to, or None."""
    named = {}
    for m in analysis.mentions:
        named.setdefault(m.entity, m.text)
    return next((named[m.entity] for m in analysis.mentions if m.text == surface), None)


def test_a_description_opening_the_next_sentence_continues_its_subject(full):
    """The man named as the subject is described in the next sentence; a 'his' after that
    is still his, not the one person the description's own clause names."""
    a = full("Former NATO commander Pierre Dumont says France should leave the alliance's military command. The "
             "French general, who is expected to challenge President Jorge Mendez next year, says the alliance is "
             "not working. His remarks drew wide criticism.")
    assert _linked(a, "His") == "Pierre Dumont"


def test_a_pronoun_past_a_description_no_one_named_before_stays_unlinked(full):
    """A sentence about someone we know only as 'the former minister' breaks the chain:
    'He' is that man, not the president his relative clause names."""
    a = full("Police in Lima said a protester was killed on Sunday. The former minister, who had criticised "
             "President Jorge Mendez for months, said the country was in crisis. He said the police must be "
             "punished.")
    assert _linked(a, "He") is None


def test_she_is_the_woman_already_called_she(full):
    """Two people in the sentence before, one of them already 'she' in the article, the
    other never called anything: 'She' is the woman."""
    a = full("Senator Maria Santos has criticized the drug war for months, and she has called it a massacre. "
             "President Rodrigo Alvarez first raised the allegations against Santos in a speech in August. She is "
             "accused of taking bribes from drug lords.")
    assert _linked(a, "She") == "Maria Santos"


def test_he_in_a_quotation_is_the_one_the_narration_named_before(full):
    """The spokesman named after the quotation would have said 'I': the 'He' the quotation
    opens with is the one person the sentence before it named."""
    a = full("Tunde Bakare, the notorious leader of the Ajegunle gang, was killed in a gun battle with police on "
             "Friday, officials said. \"He opened fire on a police patrol that had stopped his car at a checkpoint. "
             "The officers returned fire and Bakare was killed,\" Lagos police spokesman Benjamin Hundeyin told "
             "reporters.")
    assert _linked(a, "He") == "Tunde Bakare"


def test_he_in_a_quotation_is_not_its_speaker(full):
    a = full("Joe Biden spoke in Ohio on Monday. \"He is a liar and he will wreck the economy,\" Biden said of "
             "Trump.")
    assert _linked(a, "He") is None


def test_he_said_by_a_description_that_continues_the_subject(full):
    """'The French general, who lost to X, says he ...': he is the one the description is,
    the man named as the subject just before, not the one its relative clause names."""
    a = full("Former NATO commander Pierre Dumont says France should leave the alliance's military command. The "
             "French general, who lost to President Jorge Mendez last year, says he will run again.")
    assert _linked(a, "he") == "Pierre Dumont"


def test_a_description_holding_the_role_of_the_one_person_named_before(full):
    """The leader named as an object is described by his role next: 'He' goes on about him."""
    a = full("A military court found former rebel leader Rafael Cruz guilty of war crimes on Tuesday. The "
             "61-year-old leader was charged after his arrest in Panama. He could be sentenced to 40 years in "
             "prison.")
    assert _linked(a, "He") == "Rafael Cruz"
