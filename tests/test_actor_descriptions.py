"""Descriptions that stand for an actor without naming it: a spokesperson for a body, an
unnamed court, a bare 'the army' of the one army named, and the pronouns and plural
descriptions that refer back to them, on news-style passages run through the real parse."""
from __future__ import annotations

from chronicle.actors import find_mentions

from .conftest import of_entity


# --- spokespeople -----------------------------------------------------------------------


def test_an_unnamed_spokesperson_stands_for_the_body_and_is_repeated(parse):
    text = ("A spokesman for the Interior Ministry said the curfew would be lifted on Friday. "
            "The spokesman added that the police would stay in the capital.")
    ms = find_mentions(parse(text))
    ministry = of_entity(ms, "Interior Ministry")
    assert [m.text for m in ministry] == ["spokesman", "Interior Ministry", "spokesman"]
    assert {m.type for m in ministry} == {"ORG"} and {m.kind for m in ministry} == {"nominal", "name"}


def test_it_after_a_spokesperson_is_the_body(parse):
    text = "A European Commission spokeswoman told reporters on Monday it had opened an inquiry into the deal."
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "European Commission")] == ["European Commission", "spokeswoman", "it"]


def test_a_spokesperson_of_no_named_body_or_after_a_named_one_stays_unlinked(parse):
    ms = find_mentions(parse("A spokesperson said the talks would resume next week."))
    assert not any(m.text == "spokesperson" for m in ms)
    text = ("Foreign ministry spokesman Mao Ning criticised the sanctions. A Chinese foreign ministry "
            "spokesman later said Beijing would respond.")
    ms = find_mentions(parse(text))
    assert not any(m.text == "spokesman" for m in ms)


# --- unnamed institutions ---------------------------------------------------------------


def test_an_unnamed_court_acting_is_the_judiciary_of_the_articles_country(parse):
    text = ("Peruvian prosecutors charged the former mayor of Lima with bribery in 2021. Peru's president "
            "called the case political. A court later sentenced him to eight years in prison, and an appeals "
            "court upheld the sentence. The former mayor said in court that Peru had failed him.")
    ms = find_mentions(parse(text))
    courts = [m for m in ms if m.text.endswith("court")]
    assert [m.text for m in courts] == ["court", "appeals court"]
    assert all(m.kind == "group" and m.type == "ORG" and m.country == "PER" for m in courts)
    assert courts[0].name == "Peruvian court" and courts[1].name == "Peruvian appeals court"


def test_a_court_of_no_known_country_is_no_actor(parse):
    ms = find_mentions(parse("A court later sentenced him to eight years in prison."))
    assert not any(m.text == "court" for m in ms)


def test_bare_army_is_the_one_army_named_even_later(parse):
    text = ("The army said it had killed twelve insurgents near the border. The Nigerian army later released "
            "photographs, and Cameroon disputed the claim.")
    ms = find_mentions(parse(text))
    army = of_entity(ms, "Nigerian army")
    assert [m.text for m in army] == ["army", "it", "Nigerian army"]


def test_coordinated_rights_groups_and_unidentified_individuals_are_groups(parse):
    text = ("Eleven press freedom and human rights groups condemned the raid. The editor said he had been "
            "threatened by unidentified individuals.")
    found = {m.text: m for m in find_mentions(parse(text)) if m.kind == "group"}
    assert "human rights groups" in found and found["human rights groups"].country is None
    assert "unidentified individuals" in found


# --- pronouns ---------------------------------------------------------------------------


def test_he_after_a_described_judge_is_the_judge(parse):
    text = ("Judge Maria Lopez ordered the publisher back to prison on Monday. At the hearing, the judge said "
            "he had ignored the court's conditions.")
    ms = find_mentions(parse(text))
    he = next(m for m in ms if m.text == "he")
    assert he.name == "Maria Lopez"


def test_they_is_the_subject_group_past_an_unlisted_plural_after_a_preposition(parse):
    text = ("Tens of thousands of Kenyans marched in Nairobi on Tuesday over rising fuel prices. "
            "They demanded the finance minister's resignation.")
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "Kenyans")] == ["Kenyans", "They"]


def test_they_outside_a_quotation_is_not_a_group_inside_it(parse):
    text = ('Two rights groups condemned the arrest. "We urge the police to release the students at once," '
            "they said in a joint statement.")
    ms = find_mentions(parse(text))
    police = of_entity(ms, "police")
    assert [m.text for m in police] == ["police"]
    assert [m.text for m in of_entity(ms, "rights groups")] == ["rights groups", "We", "they"]


# --- a named organisation referred back to by its head ----------------------------------


def test_the_ministry_is_the_one_ministry_named_before(parse):
    text = ("Kenya's Ministry of Interior banned the march on Sunday. The ministry said it had received "
            "intelligence of planned violence.")
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "Ministry of Interior")] == ["Ministry of Interior", "ministry", "it"]


def test_a_head_shared_by_two_named_bodies_or_a_generic_one_stays_unlinked(parse):
    text = ("The Labour Party and the Conservative Party both rejected the bill. The party said it would appeal. "
            "The Wagner Group left Mali. The group said nothing.")
    ms = find_mentions(parse(text))
    assert not any(m.text in ("party", "group") for m in ms)


def test_an_unnamed_official_speaks_for_the_country_but_a_former_one_does_not(parse):
    text = ("Kenya deployed police to the border on Monday. A senior Kenyan security official said the deployment "
            "would last a month. A former official said the plan would fail.")
    ms = find_mentions(parse(text))
    officials = [m for m in ms if m.text == "official"]
    assert len(officials) == 1 and officials[0].name == "Kenya" and officials[0].kind == "nominal"


def test_they_stays_unlinked_past_an_unlisted_plural_direct_object(parse):
    text = "Kenyan protesters demanded new rules on Tuesday. They will take effect next month."
    ms = find_mentions(parse(text))
    assert not any(m.text == "They" for m in ms)


def test_a_pronoun_does_not_reach_past_an_unrecognised_person(parse):
    """A subject name with a 'who' clause is a person, even where NER typed it otherwise:
    'she' after it is not someone named further back."""
    text = ("Robert Harlan, a retired judge, criticised the verdict. Chalida Tajaroensuk, who heads a local "
            "rights group, echoed the concerns. She told reporters she would appeal.")
    ms = find_mentions(parse(text))
    assert not any(m.text.lower() == "she" and m.name == "Robert Harlan" for m in ms)
    kept = find_mentions(parse("Robert Harlan criticised the verdict. Amnesty International, which monitors "
                               "trials, echoed the concerns. He told reporters he would appeal."))
    assert [m.text for m in of_entity(kept, "Robert Harlan")] == ["Robert Harlan", "He", "he"]


def test_she_is_the_one_person_not_known_to_be_a_man(parse):
    text = ("Omar Haddad said he had been held without charge for a year. His case drew support abroad, "
            "according to Ines Moreau, the lawyer leading his defence team. She told reporters she would appeal.")
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "Ines Moreau")] == ["Ines Moreau", "She", "she"]
    both = find_mentions(parse("Talks between Omar Haddad and Ines Moreau ended on Monday. She said they went well."))
    assert not any(m.text == "She" for m in both)  # neither one's gender is known yet
