"""Unnamed collective actors ('Venezuelan soldiers', 'protesters', 'the opposition') and the
pronouns that stand for them, on news-style passages run through the real pipeline.

Most cases are rows of tables: what a group mention says, the mentions an entity gathers,
and the words that must make no mention."""
from __future__ import annotations

import json
from operator import attrgetter

import pytest

from chronicle.actors import find_mentions, resolve
from chronicle.actors.groups import HERE, TYPES, demonym, sector_of, vocabulary
from chronicle.pipeline import analyze
from chronicle.records import Article, Mention

from .conftest import cases, of_entity


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

SIDES = ("Iraqi security forces and pro-government militias clashed with angry opposition supporters. "
         "U.S. officials condemned the violence.")
OWNED = ("Venezuela's opposition called a strike in Caracas, Venezuela. Venezuela's economy has shrunk. "
         "Colombia's police said they had arrested two men at the border.")


@pytest.mark.parametrize("text, group, fields, expected", cases(
    # country and side words make the name
    ("country-word-in-the-name", SIDES, "Iraqi security forces", ("name",), "Iraqi security forces"),
    ("country-word-gives-the-country", SIDES, "Iraqi security forces", ("country",), "IRQ"),
    ("side-word-in-the-name", SIDES, "pro-government militias", ("name",), "pro-government militias"),
    # the words, but not the name
    ("mood-word-not-in-the-name", SIDES, "angry opposition supporters", ("name",), "opposition supporters"),
    # the country's mention stays inside it
    ("country-initials-in-the-name", SIDES, "U.S. officials", ("type", "name", "country"),
     ("ORG", "American officials", "USA")),
    # an owned group takes no guessed country
    ("owner-states-the-country", OWNED, "opposition", ("country",), "VEN"),  # "Venezuela's": stated
    ("owner-not-the-dominant-country", OWNED, "police", ("country",), "COL"),  # not the article's dominant Venezuela
    ("commandos-are-military", "Egyptian commandos freed the hostages on Friday.", "Egyptian commandos",
     ("type", "country"), ("MILITARY", "EGY")),
    ("opposition-gets-no-dominant-country", "The United States threatened Venezuela with new sanctions on Monday. US "
     "officials said the US Navy was ready, and the US Treasury froze more accounts. American diplomats said the "
     "right-wing opposition would get US support.", "right-wing opposition", ("country",), None),
    ("hyphenated-side-word-qualifies", "The government-appointed judges are likely to find him guilty.",
     "government-appointed judges", ("name",), "government-appointed judges"),
))
def test_what_a_group_mention_says(parse, text, group, fields, expected):
    assert attrgetter(*fields)(groups(find_mentions(parse(text)))[group]) == expected


@pytest.mark.parametrize("text, surface, expected", cases(
    ("repeated-mentions-of-a-group", "Venezuelan soldiers blocked the road to the border on Saturday. Protesters "
     "tried to pass, and the soldiers fired tear gas. The protesters retreated.", "Venezuelan soldiers",
     ["Venezuelan soldiers", "soldiers"]),
    ("repeated-mentions-of-a-second-group", "Venezuelan soldiers blocked the road to the border on Saturday. "
     "Protesters tried to pass, and the soldiers fired tear gas. The protesters retreated.", "Protesters",
     ["Protesters", "protesters"]),
    # pronouns
    ("they-stands-for-the-group-that-speaks", "Protesters gathered outside the air base on Tuesday. They said they "
     "would return on Wednesday.", "Protesters", ["Protesters", "They", "they"]),
    ("his-at-a-sentence-start-is-the-previous-subject", "Maduro met Putin in Moscow on Tuesday. His government later "
     "announced a loan.", "Maduro", ["Maduro", "His"]),
    # collective pronouns and demonyms
    ("it-is-the-organisation-whose-speech-verb-governs-it", "The State Department said it had been working with "
     "Thailand to free the hostages.", "State Department", ["State Department", "it"]),
    ("its-is-the-country-that-is-the-subject", "Israel mounted its invasion of Lebanon in 1982.", "Israel",
     ["Israel", "its"]),
    ("he-after-a-quotation-is-its-speaker", '"If you are willing to repatriate immigrants, we will try to help with '
     'repatriation," Orban said at one summit. "Shared distribution, not. Shared repatriation would be very good." '
     'He rejected the idea migration can lead to cultural enrichment.', "Orban", ["Orban", "He"]),
    ("demonym-joins-the-named-country", "India said on Monday that Pakistan had rejected an Indian proposal for "
     "talks.", "India", ["India", "Indian"]),
    ("thousands-of-a-people-is-a-group-they-may-stand-for", "Thousands of Sudanese marched through Khartoum on "
     "Thursday. They demanded the release of detained activists.", "Sudanese", ["Sudanese", "They"]),
    ("the-bare-head-is-the-one-group-it-qualified-before", "The Saudi-led coalition bombed the port on Sunday. "
     "Residents said the coalition's raids hit a market.", "Saudi-led coalition",
     ["Saudi-led coalition", "coalition"]),
))
def test_mentions_of_an_entity(parse, text, surface, expected):
    assert [m.text for m in of_entity(find_mentions(parse(text)), surface)] == expected


@pytest.mark.parametrize("text, word", cases(
    ("they-between-two-groups", "Security forces fired tear gas at demonstrators in Caracas. They responded by "
     "throwing stones.", "They"),
    ("they-past-an-unlisted-plural", "Protesters blocked the highway while analysts watched. They said the crisis "
     "would last.", "They"),
    ("counted-crowd-that-is-acted-on", "The police detained dozens of people on Tuesday.", "people"),
    ("counted-plural-whose-count-does-not-match", "Burkina Faso, Mali and Niger withdrew from ECOWAS. Both countries "
     "accused the bloc of failing.", "Both countries"),
    # no article: new ones
    ("counted-plural-with-no-article", "Russia and Ukraine met in Istanbul. Three countries signed the deal.",
     "Three countries"),
    ("a-bare-head-after-two-qualified-groups", "The Saudi-led coalition bombed the port. The U.S.-led coalition "
     "struck Raqqa. Residents said the coalition's raids hit a market.", "coalition"),
    ("a-bare-head-never-qualified-before", "Residents said the coalition's raids hit a market.", "coalition"),
    ("a-counted-plural-of-persons-is-no-new-group", "Karim Haddad, Omar Saleh and Leila Mansour met in Tunis. The "
     "two men signed an agreement.", "men"),
))
def test_no_mention(parse, text, word):
    assert not any(m.text == word for m in find_mentions(parse(text)))


@pytest.mark.parametrize("text, expected", cases(
    ("we-of-a-private-person-stays-unlinked", '"We urge all parties to show restraint," Khan said.', ["Khan"]),
    ("demonym-outside-an-actor-use-is-no-mention", "The Indian Ocean tsunami killed thousands. The price of Indian "
     "food rose.", ["Indian Ocean"]),
))
def test_all_the_mentions(parse, text, expected):
    assert [m.text for m in find_mentions(parse(text))] == expected


# --- what needs its own body ------------------------------------------------------------------


def test_they_for_a_group_is_a_pronoun(parse):
    text = "Protesters gathered outside the air base on Tuesday. They said they would return on Wednesday."
    assert [m.kind for m in of_entity(find_mentions(parse(text)), "Protesters")] == ["group", "pronoun", "pronoun"]


def test_thousands_of_a_people_take_its_country(parse):
    text = ("Thousands of Sudanese marched through Khartoum on Thursday. "
            "They demanded the release of detained activists.")
    assert of_entity(find_mentions(parse(text)), "Sudanese")[0].country == "SDN"


@pytest.mark.parametrize("text", cases(
    ("quantity-noun-subject", "Thousands of people marched to the parliament on Tuesday."),
    ("number-subject", "The cabinet withdrew the decree on Sunday as up to 300,000 people marched across the country."),
    ("quantity-noun-with-relative-clause", "The trial was a key demand of millions of people who took to the "
     "streets last winter."),
))
def test_a_counted_crowd_that_acts_is_a_group(parse, text):
    assert "people" in groups(find_mentions(parse(text)))


@pytest.mark.parametrize("text", cases(
    ("numbered-victims", "Three people were killed when the bus overturned on Tuesday."),
    ("the-numbered-people", "The two people marched to the parliament on Tuesday."),
))
def test_a_numbered_crowd_that_does_not_act_is_no_group(parse, text):
    assert "people" not in groups(find_mentions(parse(text)))


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


def test_a_countrys_government_is_the_country(parse):
    text = ("Colombia closed its border with Venezuela on Friday. The Venezuelan government called the move "
            "an act of aggression, and Venezuela recalled its ambassador.")
    ms = find_mentions(parse(text))
    venezuela = of_entity(ms, "Venezuela")
    assert "government" in [m.text for m in venezuela] or "Venezuelan government" in [m.text for m in venezuela]
    assert {m.type for m in venezuela} == {"GPE"} and {m.country for m in venezuela} == {"VEN"}


def test_a_government_below_the_countrys_is_not_the_country(parse):
    text = ("Nigeria deployed troops to Kano on Monday. The state government has imposed a curfew in the city, "
            "and Nigeria's federal government said the army would stay.")
    ms = find_mentions(parse(text))
    state = groups(ms).get("state government")
    assert state is not None and state.entity not in {m.entity for m in of_entity(ms, "Nigeria")}


def test_abstract_and_unqualified_words_are_not_groups(parse):
    text = ("The plan faced growing opposition from business groups, and market forces pushed prices up. "
            "The head of the U.N. children's program spoke on Monday.")
    found = groups(find_mentions(parse(text)))
    assert not any(m.name in ("opposition", "forces", "children") for m in found.values()), found


def test_the_prosecution_that_acts_is_a_group_but_not_its_act(parse):
    text = ("Peruvian police arrested former President Pedro Castillo in Lima on Friday. Peru's Congress had voted "
            "to remove him. The prosecution will now investigate further and has 20 days to file charges.")
    assert "prosecution" in [m.text for m in find_mentions(parse(text))]
    text = ("Peruvian prosecutors questioned former President Pedro Castillo in Lima on Friday. The prosecution "
            "will now investigate further.")
    assert [m.text for m in of_entity(find_mentions(parse(text)), "Peruvian prosecutors")] == \
        ["Peruvian prosecutors", "prosecution"]
    text = ("Peruvian police arrested former President Pedro Castillo in Lima on Friday. Peru's Congress had voted "
            "to remove him. The prosecution of the officers began in May.")
    assert "prosecution" not in [m.text for m in find_mentions(parse(text))]


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


def test_we_is_not_the_country_a_spokesman_is_posted_in(parse):
    text = ('Aleem Siddique, a U.N. spokesman in South Sudan, said: "We\'re concerned for the safety of civilians '
            'in the area and we are liaising with the authorities."')
    ms = find_mentions(parse(text))
    assert all(m.text.lower() != "we" for m in of_entity(ms, "South Sudan"))


def test_demonym_on_an_event_noun_names_the_country(parse):
    text = "Pakistan rejected an Indian proposal for talks, and Egypt condemned the Israeli offensive."
    ms = find_mentions(parse(text))
    india = next(m for m in ms if m.text == "Indian")
    israel = next(m for m in ms if m.text == "Israeli")
    assert (india.type, india.name, india.country) == ("GPE", "India", "IND")
    assert (israel.name, israel.country) == ("Israel", "ISR")


def test_a_countrys_ministry_is_the_country_and_mps_are_legislators(parse):
    text = "The Kenyan foreign ministry rejected the report. Opposition MPs walked out of parliament."
    ms = find_mentions(parse(text))
    kenya = next(m for m in ms if m.text == "Kenyan")
    assert (kenya.type, kenya.country) == ("GPE", "KEN")
    found = groups(ms)
    assert "Opposition MPs" in found and sector_of("MPs") == "LEG"
    # unnamed sources are the body they speak from
    found = groups(find_mentions(parse("Security sources said the attackers had crossed from Afghanistan.")))
    assert found["Security sources"].type == "ORG" and sector_of("security sources") == "COP"
    # the tagger reads 'MPs' as singular: an acronym's plural s still makes them many
    found = groups(find_mentions(parse("Chaos broke out in Cape Town as radical MPs tried to disrupt the speech.")))
    assert "radical MPs" in found


def test_new_collective_heads(parse):
    text = "Ibo traditional elders called for calm, but hardliners, clerics and tribesmen rejected the deal."
    found = groups(find_mentions(parse(text)))
    assert {"Ibo traditional elders", "hardliners", "clerics", "tribesmen"} <= set(found)
    assert sector_of("clerics") == "REL" and sector_of("elders") == "CVL" and sector_of("fundamentalists") == "REB"


def test_a_language_is_no_group(parse):
    ms = find_mentions(parse("He speaks Japanese and Arabic."))
    assert not any(m.type == "GROUP" for m in ms)


def test_demonym_on_weapons_and_a_single_official_names_the_country(parse):
    text = ("Syrian warplanes bombed a hospital near the border, and Ethiopian army helicopters fired on a "
            "market. A Chinese diplomat rejected the report.")
    ms = {m.text: m for m in find_mentions(parse(text))}
    assert ms["Syrian"].country == "SYR" and ms["Ethiopian"].country == "ETH" and ms["Chinese"].country == "CHN"
    assert ms["Syrian"].type == "GPE"


def test_an_insurgent_group_is_a_rebel_group(parse):
    found = groups(find_mentions(parse("The insurgent group claimed the bombing in a statement.")))
    assert "insurgent group" in found and sector_of("insurgent group") == "REB"


def test_lawyers_for_someone_are_a_group_that_acts(parse):
    found = groups(find_mentions(parse("Lawyers for the activist said the charges were false.")))
    assert "Lawyers" in found and sector_of("lawyers") == "CVL"


def test_people_named_by_what_they_do_are_groups(parse):
    text = ("Opposition parties rejected the budget. Critics blame corruption for the crisis. "
            "Donors have voiced concern. Alleged coup plotters are detained there.")
    found = groups(find_mentions(parse(text)))
    assert found["Opposition parties"].name == "opposition parties" and sector_of("opposition parties") == "OPP"
    assert {"critics", "donors", "coup plotters"} <= {m.name for m in found.values()}


def test_a_word_listed_only_inside_longer_heads_is_known_by_its_likeness(parse):
    # 'politicians' is listed only in 'opposition politicians'; alone, acting, it is people
    found = groups(find_mentions(parse("Local politicians urged Niger's junta to free the president.")))
    assert "Local politicians" in found and found["Local politicians"].type == "GROUP"
    # members of a named body are the body's, not a group of their own
    found = groups(find_mentions(parse("Members of the ruling party walked out of parliament.")))
    assert "Members" not in found


def test_someones_affiliates_are_a_group_but_not_those_under_command(parse):
    found = groups(find_mentions(parse("Last month, his supporters stormed the electoral commission in Harare.")))
    assert "supporters" in found and found["supporters"].type == "GROUP"
    # what 'his forces' do is told as their commander's: no group of their own
    assert not groups(find_mentions(parse("The general said his forces had retaken the town.")))


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


def test_each_of_coordinated_country_adjectives_names_its_country(parse):
    ms = find_mentions(parse("The Thai and Chinese governments have said nothing about the deportations."))
    assert {(m.text, m.type) for m in ms} >= {("Thai", "GPE"), ("Chinese", "GPE")}
    ms = find_mentions(parse("The American automaker asked for Canadian loans."))
    assert {(m.text, m.country) for m in ms} >= {("American", "USA"), ("Canadian", "CAN")}


def test_one_unnamed_person_who_acts_is_an_actor(parse):
    text = ("A gunman opened fire on shoppers at a market in Kano on Saturday. "
            "The gunman later surrendered to soldiers.")
    ms = find_mentions(parse(text))
    assert [m.text for m in of_entity(ms, "gunman")] == ["gunman", "gunman"]
    found = groups(find_mentions(parse("Earlier this week, a female suicide bomber blew herself up near a checkpoint.")))
    assert [(m.name, m.type) for m in found.values()] == [("suicide bomber", "MILITARY")]
    found = groups(find_mentions(parse("An unidentified attacker stabbed two guards outside the consulate.")))
    assert found["unidentified attacker"].name == "attacker"


def test_one_unnamed_person_acted_on_or_not_introduced_is_no_actor(parse):
    # undergoing, possessed, or definite with no 'a gunman' before: nobody events could tell apart
    assert not groups(find_mentions(parse("A militant was killed in the raid on Tuesday.")))
    assert not groups(find_mentions(parse("The gunman's motive is unclear.")))
    assert not groups(find_mentions(parse("The attacker fled on foot.")))
    assert "attacker" not in groups(find_mentions(parse("Witnesses described an attacker in a black jacket.")))


def test_one_unnamed_person_stays_in_its_own_article():
    # 'a gunman' in one story is never another story's gunman (``corpus`` keeps them apart)
    from chronicle.actors.corpus import _one_of_many

    assert _one_of_many("gunman") and _one_of_many("suicide bomber") and _one_of_many("Nigerian soldier")
    assert not _one_of_many("Nigerian soldiers")


def test_forces_loyal_to_someone_are_that_ones(parse):
    ms = find_mentions(parse("Forces loyal to the warlord Ahmed Barre seized the port, and they shelled the town."))
    assert {m.name for m in of_entity(ms, "Forces")} == {"Ahmed Barre forces"}
    assert "forces" not in {m.text.lower() for m in groups(find_mentions(parse("Market forces drove prices up.")))}


def test_forces_loyal_to_a_title_and_a_name_parsed_apart_are_that_ones(parse):
    ms = find_mentions(parse("Forces loyal to Sudanese general Mohamed Hamdan Dagalo say after heavy fighting they "
                             "have regained control of the airport in Nyala."))
    assert {m.name for m in of_entity(ms, "Forces")} == {"Mohamed Hamdan Dagalo forces"}
    assert [m.text for m in of_entity(ms, "Forces")] == ["Forces", "they"]


def test_a_coalition_needs_whose_it_is(parse):
    found = groups(find_mentions(parse("The Saudi-led coalition bombed the port on Monday.")))
    assert [(m.name, m.country) for m in found.values()] == [("Saudi coalition", "SAU")]
    assert "coalition" not in groups(find_mentions(parse("A coalition of charities sent food to the camp.")))


def test_the_governing_side_is_a_group(parse):
    """'the ruling party', 'the governing coalition': being in power says whose side a party
    or coalition is, as 'opposition' does; a party of no side is no one ('a search party'),
    and one named ('the Freedom party') is its name's."""
    text = "Members of the governing coalition walked out, and the ruling party called the vote illegal."
    assert {"governing coalition", "ruling party"} <= set(groups(find_mentions(parse(text))))
    assert not groups(find_mentions(parse("A search party found the missing hikers on Sunday.")))
    assert not groups(find_mentions(parse("Geert Wilders' anti-immigration Freedom party won 20 seats.")))
