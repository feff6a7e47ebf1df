"""Unnamed collective actors ('Venezuelan soldiers', 'protesters', 'the opposition') and the
pronouns that stand for them, on news-style passages run through the real pipeline."""
from __future__ import annotations

import json

import pytest

from chronicle.actors import find_mentions, resolve
from chronicle.actors.groups import HERE, TYPES, demonym, sector_of, vocabulary
from chronicle.pipeline import analyze
from chronicle.records import Article, Mention

from .conftest import of_entity


def groups(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions if m.kind == "group"}


# --- the vocabulary -------------------------------------------------------------------


def test_vocabulary_is_data_with_one_type_and_sector_per_head():
    data = json.loads((HERE / "groups.json").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for type_ in TYPES:
        for sector, phrases in data[type_].items():
            assert sector.isupper() and len(sector) == 3
            for p in phrases:
                assert p == p.lower() and p not in seen, p
                seen[p] = sector
    V = vocabulary()
    assert V["needs_modifier"] <= set(seen) and V["needs_determiner"] <= set(seen)
    assert sector_of("soldiers") == "MIL" and sector_of("Protesters") == "OPP" and sector_of("police") == "COP"
    assert demonym("USA") == "American" and demonym("VEN") == "Venezuelan"


# --- group mentions -------------------------------------------------------------------


def test_soldiers_and_protesters_are_actors(parse):
    ms = find_mentions(parse("Venezuelan soldiers fired tear gas at protesters outside the air base on Tuesday."))
    found = groups(ms)
    soldiers, protesters = found["Venezuelan soldiers"], found["protesters"]
    assert (soldiers.type, soldiers.name, soldiers.country) == ("MILITARY", "Venezuelan soldiers", "VEN")
    assert (protesters.type, protesters.name) == ("GROUP", "protesters")
    assert soldiers.entity != protesters.entity


def test_a_named_force_is_not_repeated_as_a_group(parse):
    text = "Members of the Venezuelan National Guard blocked the bridge, and guardsmen fired on the crowd."
    ms = find_mentions(parse(text))
    guard = of_entity(ms, "Venezuelan National Guard")
    assert [m.kind for m in guard] == ["name"] and guard[0].type == "MILITARY"
    # no group mention starts or ends inside the name
    name = guard[0]
    assert not any(m.kind == "group" and name.start <= m.start < name.end for m in ms)
    assert "guardsmen" in groups(ms)


def test_country_and_side_words_make_the_name(parse):
    text = ("Iraqi security forces and pro-government militias clashed with angry opposition supporters. "
            "U.S. officials condemned the violence.")
    found = groups(find_mentions(parse(text)))
    assert found["Iraqi security forces"].name == "Iraqi security forces"
    assert found["Iraqi security forces"].country == "IRQ"
    assert found["pro-government militias"].name == "pro-government militias"
    assert found["angry opposition supporters"].name == "opposition supporters"  # the words, but not the name
    us = found["U.S. officials"]  # the country's mention stays inside it
    assert (us.type, us.name, us.country) == ("ORG", "American officials", "USA")


def test_repeated_mentions_of_a_group_are_one_entity(parse):
    text = ("Venezuelan soldiers blocked the road to the border on Saturday. "
            "Protesters tried to pass, and the soldiers fired tear gas. The protesters retreated.")
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "Venezuelan soldiers")] == ["Venezuelan soldiers", "soldiers"]
    assert [m.text for m in of_entity(ms, "Protesters")] == ["Protesters", "protesters"]


def test_a_countrys_government_is_the_country(parse):
    text = ("Colombia closed its border with Venezuela on Friday. The Venezuelan government called the move "
            "an act of aggression, and Venezuela recalled its ambassador.")
    ms = find_mentions(parse(text))
    venezuela = of_entity(ms, "Venezuela")
    assert "government" in [m.text for m in venezuela] or "Venezuelan government" in [m.text for m in venezuela]
    assert {m.type for m in venezuela} == {"GPE"} and {m.country for m in venezuela} == {"VEN"}


def test_abstract_and_unqualified_words_are_not_groups(parse):
    text = ("The plan faced growing opposition from business groups, and market forces pushed prices up. "
            "The head of the U.N. children's program spoke on Monday.")
    found = groups(find_mentions(parse(text)))
    assert not any(m.name in ("opposition", "forces", "children") for m in found.values()), found


def test_an_owned_group_takes_no_guessed_country(parse):
    text = ("Venezuela's opposition called a strike in Caracas, Venezuela. Venezuela's economy has shrunk. "
            "Colombia's police said they had arrested two men at the border.")
    found = groups(find_mentions(parse(text)))
    assert found["opposition"].country == "VEN"  # "Venezuela's": stated
    assert found["police"].country == "COL"  # not the article's dominant Venezuela


# --- pronouns -----------------------------------------------------------------------------


def test_they_stands_for_the_group_that_speaks(parse):
    text = "Protesters gathered outside the air base on Tuesday. They said they would return on Wednesday."
    ms = find_mentions(parse(text))
    protesters = of_entity(ms, "Protesters")
    assert [m.text for m in protesters] == ["Protesters", "They", "they"]
    assert [m.kind for m in protesters] == ["group", "pronoun", "pronoun"]


def test_they_stays_unlinked_between_two_groups(parse):
    text = "Security forces fired tear gas at demonstrators in Caracas. They responded by throwing stones."
    ms = find_mentions(parse(text))
    assert not any(m.text == "They" for m in ms)


def test_they_stays_unlinked_past_an_unlisted_plural(parse):
    text = "Protesters blocked the highway while analysts watched. They said the crisis would last."
    ms = find_mentions(parse(text))
    assert not any(m.text == "They" for m in ms)


def test_his_at_a_sentence_start_is_the_previous_subject(parse):
    text = "Maduro met Putin in Moscow on Tuesday. His government later announced a loan."
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "Maduro")] == ["Maduro", "His"]


# --- downstream -----------------------------------------------------------------------


def test_events_and_quotes_name_groups():
    text = ("Venezuelan soldiers fired tear gas at protesters outside the air base in Caracas on Tuesday. "
            "Protesters said they would return on Wednesday.")
    a = analyze(Article(id="t", source="test", sha256="", text=text))
    key = {m.text: m.entity for m in a.mentions if m.kind == "group"}
    assault = next(e for e in a.events if e.trigger == "fired")
    assert assault.source == [key["Venezuelan soldiers"]] and assault.target == [key["protesters"]]
    said = next(q for q in a.quotes if q.cue == "said")
    assert said.speaker == key["Protesters"] == key["protesters"]


def test_groups_of_one_name_and_country_are_one_actor_across_articles(parse):
    per_article = {
        "a": find_mentions(parse("Venezuelan soldiers fired tear gas at protesters in Caracas on Tuesday.")),
        "b": find_mentions(parse("Venezuelan soldiers blocked the bridge to Colombia on Saturday.")),
    }
    actors, mapping = resolve(per_article)
    soldiers = {
        mapping[(art, m.entity)] for art, ms in per_article.items() for m in ms if m.name == "Venezuelan soldiers"
    }
    assert len(soldiers) == 1
    actor = next(a for a in actors if a.id in soldiers)
    assert (actor.type, actor.country, len(actor.mentions)) == ("MILITARY", "VEN", 2)


# --- collective pronouns, demonyms, new group heads ---------------------------------------


def test_it_is_the_organisation_whose_speech_verb_governs_it(parse):
    text = "The State Department said it had been working with Thailand to free the hostages."
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "State Department")] == ["State Department", "it"]


def test_its_is_the_country_that_is_the_subject(parse):
    ms = find_mentions(parse("Israel mounted its invasion of Lebanon in 1982."))
    assert [m.text for m in of_entity(ms, "Israel")] == ["Israel", "its"]


def test_its_stays_unlinked_when_an_object_may_own_it(parse):
    text = "The European Commission ordered Apple to lower its prices for media in its United Kingdom iTunes store."
    ms = find_mentions(parse(text))
    assert not any(m.text == "its" for m in ms)


def test_we_in_a_quotation_is_the_body_its_spokesperson_speaks_for(parse):
    text = ('"We urge Pakistani side to focus on resolving their own security and internal problems instead of '
            'such irresponsible remarks," the Taliban foreign ministry spokesperson said.')
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "Taliban")] == ["We", "Taliban", "spokesperson"]


def test_we_after_he_told_is_the_organisation_in_the_speakers_role(parse):
    text = ('"Our facilities in the camp were hit," said UNHCR spokesman Adrian Edwards. "Fortunately there were no '
            'casualties in the camp and we are verifying the situation of surrounding communities," he told '
            'journalists in Geneva.')
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "UNHCR")] == ["Our", "UNHCR", "we"]
    assert [m.text for m in of_entity(ms, "Adrian Edwards")] == ["Adrian Edwards", "he"]


def test_we_is_not_the_country_a_spokesman_is_posted_in(parse):
    text = ('Aleem Siddique, a U.N. spokesman in South Sudan, said: "We\'re concerned for the safety of civilians '
            'in the area and we are liaising with the authorities."')
    ms = find_mentions(parse(text))
    assert all(m.text.lower() != "we" for m in of_entity(ms, "South Sudan"))


def test_we_of_a_private_person_stays_unlinked(parse):
    ms = find_mentions(parse('"We urge all parties to show restraint," Khan said.'))
    assert [m.text for m in ms] == ["Khan"]


def test_he_after_a_quotation_is_its_speaker(parse):
    text = ('"If you are willing to repatriate immigrants, we will try to help with repatriation," Orban said at '
            'one summit. "Shared distribution, not. Shared repatriation would be very good." He rejected the idea '
            'migration can lead to cultural enrichment.')
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "Orban")] == ["Orban", "He"]


def test_demonym_on_an_event_noun_names_the_country(parse):
    text = "Pakistan rejected an Indian proposal for talks, and Egypt condemned the Israeli offensive."
    ms = find_mentions(parse(text))
    india = next(m for m in ms if m.text == "Indian")
    israel = next(m for m in ms if m.text == "Israeli")
    assert (india.type, india.name, india.country) == ("GPE", "India", "IND")
    assert (israel.name, israel.country) == ("Israel", "ISR")


def test_demonym_joins_the_named_country(parse):
    ms = find_mentions(parse("India said on Monday that Pakistan had rejected an Indian proposal for talks."))
    assert [m.text for m in of_entity(ms, "India")] == ["India", "Indian"]


def test_demonym_outside_an_actor_use_is_no_mention(parse):
    ms = find_mentions(parse("The Indian Ocean tsunami killed thousands. The price of Indian food rose."))
    assert [m.text for m in ms] == ["Indian Ocean"]


def test_new_collective_heads(parse):
    text = "Ibo traditional elders called for calm, but hardliners, clerics and tribesmen rejected the deal."
    found = groups(find_mentions(parse(text)))
    assert {"Ibo traditional elders", "hardliners", "clerics", "tribesmen"} <= set(found)
    assert sector_of("clerics") == "REL" and sector_of("elders") == "CVL" and sector_of("fundamentalists") == "REB"


def test_thousands_of_a_people_is_a_group_they_may_stand_for(parse):
    text = ("Thousands of Sudanese marched through Khartoum on Thursday. "
            "They demanded the release of detained activists.")
    ms = find_mentions(parse(text))
    sudanese = of_entity(ms, "Sudanese")
    assert [m.text for m in sudanese] == ["Sudanese", "They"] and sudanese[0].country == "SDN"


def test_a_language_is_no_group(parse):
    ms = find_mentions(parse("He speaks Japanese and Arabic."))
    assert not any(m.type == "GROUP" for m in ms)


def test_demonym_on_weapons_and_a_single_official_names_the_country(parse):
    text = ("Syrian warplanes bombed a hospital near the border, and Ethiopian army helicopters fired on a "
            "market. A Chinese diplomat rejected the report.")
    ms = {m.text: m for m in find_mentions(parse(text))}
    assert ms["Syrian"].country == "SYR" and ms["Ethiopian"].country == "ETH" and ms["Chinese"].country == "CHN"
    assert ms["Syrian"].type == "GPE"


def test_commandos_are_a_military_group(parse):
    found = groups(find_mentions(parse("Egyptian commandos freed the hostages on Friday.")))
    assert (found["Egyptian commandos"].type, found["Egyptian commandos"].country) == ("MILITARY", "EGY")


def test_a_counted_crowd_that_acts_is_a_group(parse):
    acting = groups(find_mentions(parse("Thousands of people marched to the parliament on Tuesday.")))
    assert "people" in acting
    acted_on = find_mentions(parse("The police detained dozens of people on Tuesday."))
    assert not any(m.text == "people" for m in acted_on)


def test_an_insurgent_group_is_a_rebel_group(parse):
    found = groups(find_mentions(parse("The insurgent group claimed the bombing in a statement.")))
    assert "insurgent group" in found and sector_of("insurgent group") == "REB"


def test_lawyers_for_someone_are_a_group_that_acts(parse):
    found = groups(find_mentions(parse("Lawyers for the activist said the charges were false.")))
    assert "Lawyers" in found and sector_of("lawyers") == "CVL"


def test_an_opposition_is_not_given_the_articles_dominant_country(parse):
    text = ("The United States threatened Venezuela with new sanctions on Monday. US officials said the US Navy "
            "was ready, and the US Treasury froze more accounts. American diplomats said the right-wing "
            "opposition would get US support.")
    ms = groups(find_mentions(parse(text)))
    assert ms["right-wing opposition"].country is None


def test_people_named_by_what_they_do_are_groups(parse):
    text = ("Opposition parties rejected the budget. Critics blame corruption for the crisis. "
            "Donors have voiced concern. Alleged coup plotters are detained there.")
    found = groups(find_mentions(parse(text)))
    assert found["Opposition parties"].name == "opposition parties" and sector_of("opposition parties") == "OPP"
    assert {"critics", "donors", "coup plotters"} <= {m.name for m in found.values()}


def test_a_collective_singular_stands_for_many(parse):
    found = groups(find_mentions(parse("Law enforcement charged him with terrorizing residents of the slum.")))
    assert found["Law enforcement"].type == "ORG" and sector_of("law enforcement") == "COP"


def test_ambiguous_heads_need_a_qualifier_or_must_act(parse):
    # 'parties' are people only with a side ('opposition parties') or a listed kind ('political parties')
    assert not groups(find_mentions(parse("Birthday parties were banned in the capital.")))
    assert "political parties" in groups(find_mentions(parse("The political parties signed the deal.")))
    # 'monitors' are people when they act, things when they are sold
    assert "monitors" not in groups(find_mentions(parse("The shop sold computer monitors on Friday.")))
    acting = groups(find_mentions(parse("International monitors said the vote was fair.")))
    assert [m.name for m in acting.values()] == ["monitors"]


def test_a_hyphenated_side_word_qualifies_a_group(parse):
    found = groups(find_mentions(parse("The government-appointed judges are likely to find him guilty.")))
    assert found["government-appointed judges"].name == "government-appointed judges"


def test_unlisted_people_who_act_are_known_by_their_likeness(parse):
    # 'economists', 'survivors' are in no list: their nearest listed words are people
    found = groups(find_mentions(parse("Economists warned that the budget would fuel inflation.")))
    assert [(m.name, m.type) for m in found.values()] == [("economists", "GROUP")]
    found = groups(find_mentions(parse("Survivors told reporters the attackers singled out passengers.")))
    assert "Survivors" in found
    # things and happenings near other things, words pointing back, and people acted on are no group
    assert not groups(find_mentions(parse("Prices rose sharply across the country in March.")))
    assert not groups(find_mentions(parse("Others argue that the court went too far.")))
    assert not groups(find_mentions(parse("Economists were surprised by the figures.")))


def test_a_counted_plural_points_back_to_that_many_actors(parse):
    text = ("In late January, Burkina Faso, Mali and Niger withdrew from ECOWAS. "
            "The three military-led nations accused the regional body of failing its members.")
    ms = find_mentions(parse(text))
    pointer = [m for m in ms if m.text == "The three military-led nations"]
    assert sorted(m.name for m in pointer) == ["Burkina Faso", "Mali", "Niger"]


def test_a_counted_plural_stays_unlinked_when_the_count_does_not_match(parse):
    text = ("Burkina Faso, Mali and Niger withdrew from ECOWAS. Both countries accused the bloc of failing.")
    ms = find_mentions(parse(text))
    assert not [m for m in ms if m.text == "Both countries"]
    text = "Russia and Ukraine met in Istanbul. Three countries signed the deal."  # no article: new ones
    assert not [m for m in find_mentions(parse(text)) if m.text == "Three countries"]


def test_each_of_coordinated_country_adjectives_names_its_country(parse):
    ms = find_mentions(parse("The Thai and Chinese governments have said nothing about the deportations."))
    assert {(m.text, m.type) for m in ms} >= {("Thai", "GPE"), ("Chinese", "GPE")}
    ms = find_mentions(parse("The American automaker asked for Canadian loans."))
    assert {(m.text, m.country) for m in ms} >= {("American", "USA"), ("Canadian", "CAN")}
