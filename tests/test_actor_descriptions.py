"""Descriptions that stand for an actor without naming it: a spokesperson for a body, an
unnamed court, a bare 'the army' of the one army named, and the pronouns and plural
descriptions that refer back to them, on news-style passages run through the real parse.

Most cases are rows of two tables: the mentions an entity gathers, in order, and the words
that must make no mention at all."""
from __future__ import annotations

import pytest

from chronicle.actors import find_mentions

from .conftest import cases, of_entity

SPOKESMAN = ("A spokesman for the Interior Ministry said the curfew would be lifted on Friday. "
             "The spokesman added that the police would stay in the capital.")
THEY_OUTSIDE_A_QUOTATION = ('Two rights groups condemned the arrest. "We urge the police to release the students at '
                            'once," they said in a joint statement.')
UNHCR = ('"Our facilities in the camp were hit," said UNHCR spokesman Adrian Edwards. "Fortunately there were no '
         'casualties in the camp and we are verifying the situation of surrounding communities," he told '
         'journalists in Geneva.')
HARLAN = ("Robert Harlan, a retired judge, criticised the verdict. Chalida Tajaroensuk, who heads a local "
          "rights group, echoed the concerns. She told reporters she would appeal.")


@pytest.mark.parametrize("text, surface, expected", cases(
    # spokespeople
    ("unnamed-spokesperson-stands-for-the-body-and-is-repeated", SPOKESMAN, "Interior Ministry",
     ["spokesman", "Interior Ministry", "spokesman"]),
    ("it-after-a-spokesperson-is-the-body", "A European Commission spokeswoman told reporters on Monday it had "
     "opened an inquiry into the deal.", "European Commission", ["European Commission", "spokeswoman", "it"]),
    ("we-in-a-quotation-is-the-body-its-spokesperson-speaks-for", '"We urge Pakistani side to focus on resolving '
     'their own security and internal problems instead of such irresponsible remarks," the Taliban foreign ministry '
     'spokesperson said.', "Taliban", ["We", "Taliban", "spokesperson"]),
    ("we-after-he-told-is-the-organisation-in-the-speakers-role", UNHCR, "UNHCR", ["Our", "UNHCR", "we"]),
    ("he-told-is-the-speaker", UNHCR, "Adrian Edwards", ["Adrian Edwards", "he"]),
    # unnamed institutions
    ("bare-army-is-the-one-army-named-even-later", "The army said it had killed twelve insurgents near the border. "
     "The Nigerian army later released photographs, and Cameroon disputed the claim.", "Nigerian army",
     ["army", "it", "Nigerian army"]),
    # pronouns
    ("they-is-the-subject-group-past-an-unlisted-plural-after-a-preposition", "Tens of thousands of Kenyans "
     "marched in Nairobi on Tuesday over rising fuel prices. They demanded the finance minister's resignation.",
     "Kenyans", ["Kenyans", "They"]),
    ("group-inside-a-quotation-is-not-they-outside-it", THEY_OUTSIDE_A_QUOTATION, "police", ["police"]),
    ("they-outside-a-quotation-is-the-group-that-said-it", THEY_OUTSIDE_A_QUOTATION, "rights groups",
     ["rights groups", "We", "they"]),
    # past an organisation with a 'which' clause, 'he' still reaches the person named before
    ("pronoun-past-an-organisation-with-a-which-clause", "Robert Harlan criticised the verdict. Amnesty "
     "International, which monitors trials, echoed the concerns. He told reporters he would appeal.",
     "Robert Harlan", ["Robert Harlan", "He", "he"]),
    ("she-is-the-one-person-not-known-to-be-a-man", "Omar Haddad said he had been held without charge for a year. His "
     "case drew support abroad, according to Ines Moreau, the lawyer leading his defence team. She told reporters "
     "she would appeal.", "Ines Moreau", ["Ines Moreau", "She", "she"]),
    # a named organisation referred back to by its head
    ("the-ministry-is-the-one-ministry-named-before", "Kenya's Ministry of Interior banned the march on Sunday. The "
     "ministry said it had received intelligence of planned violence.", "Ministry of Interior",
     ["Ministry of Interior", "ministry", "it"]),
))
def test_mentions_of_an_entity(parse, text, surface, expected):
    assert [m.text for m in of_entity(find_mentions(parse(text)), surface)] == expected


@pytest.mark.parametrize("text, word", cases(
    ("spokesperson-of-no-named-body", "A spokesperson said the talks would resume next week.", "spokesperson"),
    ("spokesperson-after-a-named-one", "Foreign ministry spokesman Mao Ning criticised the sanctions. A Chinese "
     "foreign ministry spokesman later said Beijing would respond.", "spokesman"),
    ("court-of-no-known-country", "A court later sentenced him to eight years in prison.", "court"),
    # a head shared by two named bodies, or a generic one, stays unlinked
    ("head-shared-by-two-named-bodies", "The Labour Party and the Conservative Party both rejected the bill. The party "
     "said it would appeal. The Wagner Group left Mali. The group said nothing.", "party"),
    ("head-of-a-generic-name", "The Labour Party and the Conservative Party both rejected the bill. The party said it "
     "would appeal. The Wagner Group left Mali. The group said nothing.", "group"),
    ("they-past-an-unlisted-plural-direct-object", "Kenyan protesters demanded new rules on Tuesday. They will take "
     "effect next month.", "They"),
    # neither one's gender is known yet
    ("she-after-two-people-of-unknown-gender", "Talks between Omar Haddad and Ines Moreau ended on Monday. She said "
     "they went well.", "She"),
    ("its-when-an-object-may-own-it", "The European Commission ordered Apple to lower its prices for media in its "
     "United Kingdom iTunes store.", "its"),
))
def test_no_mention(parse, text, word):
    assert not any(m.text == word for m in find_mentions(parse(text)))


# --- what needs its own body --------------------------------------------------------------


def test_an_unnamed_spokesperson_is_of_the_bodys_type(parse):
    ministry = of_entity(find_mentions(parse(SPOKESMAN)), "Interior Ministry")
    assert {m.type for m in ministry} == {"ORG"} and {m.kind for m in ministry} == {"nominal", "name"}


def test_an_unnamed_court_acting_is_the_judiciary_of_the_articles_country(parse):
    text = ("Peruvian prosecutors charged the former mayor of Lima with bribery in 2021. Peru's president "
            "called the case political. A court later sentenced him to eight years in prison, and an appeals "
            "court upheld the sentence. The former mayor said in court that Peru had failed him.")
    ms = find_mentions(parse(text))
    courts = [m for m in ms if m.text.endswith("court")]
    assert [m.text for m in courts] == ["court", "appeals court"]
    assert all(m.kind == "group" and m.type == "ORG" and m.country == "PER" for m in courts)
    assert courts[0].name == "Peruvian court" and courts[1].name == "Peruvian appeals court"


def test_coordinated_rights_groups_and_unidentified_individuals_are_groups(parse):
    text = ("Eleven press freedom and human rights groups condemned the raid. The editor said he had been "
            "threatened by unidentified individuals.")
    found = {m.text: m for m in find_mentions(parse(text)) if m.kind == "group"}
    assert "human rights groups" in found and found["human rights groups"].country is None
    assert "unidentified individuals" in found


def test_he_after_a_described_judge_is_the_judge(parse):
    text = ("Judge Maria Lopez ordered the publisher back to prison on Monday. At the hearing, the judge said "
            "he had ignored the court's conditions.")
    ms = find_mentions(parse(text))
    he = next(m for m in ms if m.text == "he")
    assert he.name == "Maria Lopez"


def test_an_unnamed_official_speaks_for_the_country_but_a_former_one_does_not(parse):
    text = ("Kenya deployed police to the border on Monday. A senior Kenyan security official said the deployment "
            "would last a month. A former official said the plan would fail.")
    ms = find_mentions(parse(text))
    officials = [m for m in ms if m.text == "official"]
    assert len(officials) == 1 and officials[0].name == "Kenya" and officials[0].kind == "nominal"


def test_a_pronoun_does_not_reach_past_an_unrecognised_person(parse):
    """A subject name with a 'who' clause is a person, even where NER typed it otherwise:
    'she' after it is not someone named further back."""
    ms = find_mentions(parse(HARLAN))
    assert not any(m.text.lower() == "she" and m.name == "Robert Harlan" for m in ms)


@pytest.mark.parametrize("text, linked", [
    ("Police in Lima arrested deposed President Pedro Castillo on Wednesday. The former president has denied "
     "the charges against him.", "Pedro Castillo"),
    # the one in office is no 'former president'; the one named as former is
    ("Former President Barack Obama criticised the plan on Monday. President Donald Trump signed the order "
     "anyway. The former president said it was cruel.", "Barack Obama"),
    # nobody named left the office: no link
    ("President Joe Biden met the envoy on Friday. The former president said little.", None),
])
def test_the_former_president_is_the_one_whose_role_says_the_office_was_left(parse, text, linked):
    described = [m for m in find_mentions(parse(text)) if m.text == "former president"]
    assert [m.name for m in described] == ([linked] if linked else [])


@pytest.mark.parametrize("text, short, name", cases(
    ("a-short-name-offered-after-or", "Leaders of the Quadrilateral Security Dialogue, or Quad, met online on "
     "Friday. The Quad pledged to expand vaccine production.", "Quad", "Quadrilateral Security Dialogue"),
    ("a-title-case-acronym-offered-after-or", "The Economic Community of West African States, or Ecowas, closed its "
     "borders with Niger. Ecowas said the sanctions would stay.", "Ecowas",
     "Economic Community of West African States"),
))
def test_a_short_name_offered_after_or_is_the_bodys(parse, text, short, name):
    """', or Quad,': a writer offers a body's short name as an acronym is offered; its
    letters spell the name in order, and its later uses are the body's too."""
    ms = find_mentions(parse(text))
    body = next(m.entity for m in ms if m.text == name)
    assert [m.entity for m in ms if m.text == short] == [body, body]


def test_a_name_after_or_that_does_not_spell_the_body_is_another(parse):
    """', or Qatar,' after a body: an alternative, not another name (its letters do not spell it)."""
    ms = find_mentions(parse("Aid could come from the Organisation of Islamic Cooperation, or Qatar, officials said."))
    oic = next(m.entity for m in ms if m.text == "Organisation of Islamic Cooperation")
    assert all(m.entity != oic for m in ms if m.text == "Qatar")


@pytest.mark.parametrize("text, place, person", cases(
    ("a-place-ner-ran-into-a-name", "Head of the self-proclaimed republic of Abkhazia Aslan Bzhania said on "
     "Monday he would not meet the envoy.", "Abkhazia", "Aslan Bzhania"),
    ("a-place-ner-took-for-an-event", "Leader of the unrecognized republic of Transnistria Vadim Krasnoselsky "
     "said on Monday he is worried over Moldova's plans.", "Transnistria", "Vadim Krasnoselsky"),
))
def test_a_title_written_before_the_name_keeps_the_place_apart(parse, text, place, person):
    """'Head of ... of Abkhazia Aslan Bzhania said': a wire's title with its place runs into
    the name; the place and the person are two mentions, and 'he' is the person."""
    ms = find_mentions(parse(text))
    assert [(m.text, m.type) for m in ms if m.text in (place, person)] == [(place, "GPE"), (person, "PERSON")]
    assert next(m for m in ms if m.text == "he").entity == next(m for m in ms if m.text == person).entity


def test_a_title_heading_the_name_is_the_persons(parse):
    """'President of the breakaway region of ... Anatoly Bibilov told': the parse makes the
    title the subject and the name the end of its 'of' phrase; the title is the person's.
    Not a title held for another person ('Spokesman of President ...')."""
    ms = find_mentions(parse("President of the breakaway region of South Ossetia Anatoly Bibilov told reporters "
                             "the vote would go ahead."))
    assert [m.text for m in of_entity(ms, "Anatoly Bibilov")] == ["President", "Anatoly Bibilov"]
    ms = find_mentions(parse("Spokesman of President Vladimir Putin Dmitry Peskov said the Kremlin would respond."))
    assert [m.text for m in of_entity(ms, "Vladimir Putin")] == ["Vladimir Putin"]


def test_a_peoples_plural_tagged_as_one_name_is_a_group(parse):
    """"Yemen's Houthis", 'the Houthis': the tagger took the plural for a singular proper
    noun; it is a group, one across the article with the 'Houthi rebels' named by its word."""
    ms = find_mentions(parse("Houthi rebels fired two missiles at a tanker on Tuesday. The Houthis said the ship "
                             "was bound for Israel. Yemen's Houthis have attacked shipping since November."))
    assert [(m.text, m.type) for m in of_entity(ms, "Houthi rebels")] == [
        ("Houthi rebels", "GROUP"), ("Houthis", "GROUP"), ("Houthis", "GROUP")]
