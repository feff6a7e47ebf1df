"""The actors stage on short news-style passages, and corpus resolution on mention lists."""
from __future__ import annotations

import csv
from collections import defaultdict

import pycountry
import pytest

from chronicle.actors import apply_corrections, find_mentions, resolve
from chronicle.actors.lexicon import HERE, country_code, demonym_code, fold, media_names, words
from chronicle.records import Mention


def entities(mentions: list[Mention]) -> dict[str, list[Mention]]:
    out = defaultdict(list)
    for m in mentions:
        out[m.entity].append(m)
    return out


def entity_of(mentions: list[Mention], surface: str) -> list[Mention]:
    """All mentions of the entity that has a mention written ``surface``."""
    key = next(m.entity for m in mentions if m.text == surface)
    return [m for m in mentions if m.entity == key]


# --- data files -------------------------------------------------------------------


def test_data_files_load_and_codes_are_iso():
    w = words()
    for key in ("honorifics", "role_nouns", "speech_verbs", "military_heads", "media_heads", "org_heads", "pronouns",
                "armed_forces", "role_hypernyms"):
        assert w[key], key
    assert w["armed_forces"] <= w["military_heads"]  # every country's forces is typed MILITARY
    assert "ABC" not in media_names() and "abc" in media_names()
    with open(HERE / "places.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    assert len(rows) > 200
    for form, code, kind in rows:
        assert pycountry.countries.get(alpha_3=code) is not None, (form, code)
        assert kind in ("name", "demonym", "capital", "seat")


def test_country_forms_fold_to_one_code():
    assert {country_code(x) for x in ("US", "U.S.", "United States", "the United States", "America")} == {"USA"}
    assert country_code("Venezuela") == "VEN" and demonym_code("Venezuelans") == "VEN"
    assert fold("Guaidó’s") == fold("GUAIDO") == "guaido"


# --- within an article ------------------------------------------------------------


def test_offsets_point_at_the_text(parse):
    text = (
        "US Secretary of State Mike Pompeo said on Sunday that Washington would act. "
        "Juan Guaidó told the BBC that he was considering asking the U.S. for help."
    )
    ms = find_mentions(parse(text))
    assert ms
    for m in ms:
        assert text[m.start : m.end] == m.text


def test_short_forms_join_the_full_name_and_keep_accents(parse):
    text = (
        "Opposition leader Juan Guaidó called for protests in Caracas. "
        "Thousands answered. Later Guaido said the army would not stop them."
    )
    ms = find_mentions(parse(text))
    guaido = entity_of(ms, "Guaido")
    assert {m.text for m in guaido if m.kind == "name"} == {"Juan Guaidó", "Guaido"}
    assert {m.name for m in guaido} == {"Juan Guaidó"}
    assert all(m.type == "PERSON" for m in guaido)


def test_shared_surname_goes_to_the_compatible_full_name(parse):
    text = (
        "Leopoldo López appeared beside the opposition leader. Defense Minister Vladimir Padrino López "
        "said the armed forces stayed loyal. López later sought refuge in an embassy."
    )
    ms = find_mentions(parse(text))
    lopez = entity_of(ms, "López")
    assert lopez[0].name == "Leopoldo López"
    padrino = entity_of(ms, "Vladimir Padrino López")
    assert padrino[0].entity != lopez[0].entity
    assert padrino[0].role == "Defense Minister"


def test_titles_and_appositions_become_roles(parse):
    text = (
        "Admiral Craig Faller flew to Washington. US Secretary of State Mike Pompeo spoke to reporters. "
        "Patrick Shanahan, the acting defense secretary, declined to comment."
    )
    ms = find_mentions(parse(text))
    faller = entity_of(ms, "Craig Faller")[0]
    assert (faller.name, faller.role) == ("Craig Faller", "Admiral")
    pompeo = entity_of(ms, "Mike Pompeo")[0]
    assert (pompeo.role, pompeo.country) == ("US Secretary of State", "USA")
    assert entity_of(ms, "Patrick Shanahan")[0].role == "acting defense secretary"


def test_acronyms_tie_to_their_expansion_either_way(parse):
    text = (
        "The ruling United Socialist Party of Venezuela (PSUV) called a rally. Critics of the PSUV stayed home. "
        "Admiral Craig Faller heads the US Southern Command (SOUTHCOM), which oversees the region."
    )
    ms = find_mentions(parse(text))
    psuv = entity_of(ms, "PSUV")
    assert psuv[0].name == "United Socialist Party of Venezuela"
    assert [m.kind for m in psuv].count("acronym") == 2
    assert entity_of(ms, "SOUTHCOM")[0].name == "US Southern Command"

    reverse = find_mentions(parse("Meanwhile the ruling PSUV (United Socialist Party of Venezuela) called a march."))
    assert entity_of(reverse, "PSUV")[0].name == "United Socialist Party of Venezuela"


def test_country_forms_are_one_gpe_with_iso_code(parse):
    text = (
        "The US imposed sanctions. The United States said more would follow, "
        "and U.S. officials met in Bogota. America has long opposed the government."
    )
    ms = find_mentions(parse(text))
    us = entity_of(ms, "US")
    assert {m.text for m in us} >= {"US", "United States", "U.S."}
    assert {(m.type, m.country, m.name) for m in us} == {("GPE", "USA", "United States")}


def test_a_government_named_by_its_countrys_adjective_is_the_country(parse):
    text = "The Canadian Government approved the loans on Monday. Canada said the deal was final."
    ms = find_mentions(parse(text))
    canada = entity_of(ms, "Canadian Government")
    assert {m.text for m in canada} == {"Canadian Government", "Canada"}
    assert {(m.type, m.country, m.name) for m in canada} == {("GPE", "CAN", "Canada")}


def test_a_groups_country_says_whether_the_text_stated_it(parse):
    # 'the army' has no country in the text: it is taken from the article's main country
    text = (
        "Venezuelan soldiers fired tear gas at protesters in Caracas on Tuesday. Venezuela's government said the "
        "army would restore order. The soldiers later withdrew, and the army denied any deaths."
    )
    ms = find_mentions(parse(text))
    assert {(m.country, m.country_basis) for m in entity_of(ms, "Venezuelan soldiers")} == {("VEN", "stated")}
    assert {(m.country, m.country_basis) for m in entity_of(ms, "army")} == {("VEN", "inferred")}
    assert {(m.country, m.country_basis) for m in entity_of(ms, "protesters")} == {(None, None)}
    assert {m.country_basis for m in entity_of(ms, "Venezuela")} == {"stated"}


def test_military_and_media_types(parse):
    text = (
        "Soldiers of the National Guard fired tear gas. Guaidó told the BBC he would continue. "
        "Reuters reported that the army was divided, and the president gave an interview with Fox News."
    )
    ms = find_mentions(parse(text))
    types = {m.text: m.type for m in ms}
    assert types["National Guard"] == "MILITARY"
    assert types["BBC"] == "MEDIA" and types["Reuters"] == "MEDIA" and types["Fox News"] == "MEDIA"


def test_reporting_nouns_alone_do_not_make_an_outlet(parse):
    text = (
        "A recent United Nations report said the group was active. Shanahan told Pentagon reporters "
        "that the Pentagon had options. The U.N. said it would send observers."
    )
    ms = find_mentions(parse(text))
    un = entity_of(ms, "United Nations")
    assert {m.type for m in un} == {"ORG"} and "U.N." in {m.text for m in un}
    assert {m.type for m in ms if m.text == "Pentagon"} == {"ORG"}


def test_person_is_not_the_government_named_after_him(parse):
    text = "President Nicolás Maduro spoke on television. Critics say the Maduro government has failed."
    ms = find_mentions(parse(text))
    govt = next(m for m in ms if m.text == "Maduro government")
    person = entity_of(ms, "Nicolás Maduro")
    assert govt.type == "ORG" and govt.entity != person[0].entity
    assert person[0].role == "President"


def test_pronoun_subject_of_speech_clause_links_to_speaker(parse):
    text = "Juan Guaidó told the BBC that he was seriously considering asking for help. He told the AFP it was time."
    ms = find_mentions(parse(text))
    guaido = entity_of(ms, "Juan Guaidó")
    pronouns = [m.text for m in guaido if m.kind == "pronoun"]
    assert pronouns == ["he", "He"]


def test_unclear_pronouns_stay_unlinked(parse):
    # two people in the sentence and no speech verb tying "him" to one of them
    text = "Trump met Putin in Helsinki, and the meeting surprised him. “He is a good man,” Lavrov said."
    ms = find_mentions(parse(text))
    assert not [m for m in ms if m.kind == "pronoun"]


def test_role_description_links_to_the_one_person_holding_it(parse):
    text = (
        "US Secretary of State Mike Pompeo met opposition figures. Venezuelan president Nicolas Maduro "
        "called them traitors. The secretary of state said the talks went well."
    )
    ms = find_mentions(parse(text))
    nominal = next(m for m in ms if m.kind == "nominal")
    assert nominal.name == "Mike Pompeo" and nominal.text.lower() == "secretary of state"


def test_description_by_a_general_word_for_the_office(parse):
    # VOA 8009495: "the U.S. leader" describes a "U.S. President"
    text = (
        "U.S. President Donald Trump attacked The Wall Street Journal on Thursday. "
        "The U.S. leader said the newspaper has no idea what it is doing."
    )
    ms = find_mentions(parse(text))
    nominal = next(m for m in ms if m.kind == "nominal")
    assert nominal.name == "Donald Trump" and nominal.text.endswith("leader")


def test_names_with_particles_stay_whole(parse):
    # VOA 8011117, 8007271: a lower-case particle opens the surname
    text = (
        "Anwar al-Bunni, co-founder of the Syrian Center for Legal Studies and Research, spoke in Damascus. "
        "“All ethnicities want constitutional guarantees,” al-Bunni said. "
        "The same message came from European Commission chief Ursula von der Leyen at the European Parliament."
    )
    ms = find_mentions(parse(text))
    assert {m.text for m in entity_of(ms, "al-Bunni")} == {"Anwar al-Bunni", "al-Bunni"}
    assert all(m.type == "PERSON" for m in entity_of(ms, "al-Bunni"))
    assert any(m.text == "Ursula von der Leyen" and m.type == "PERSON" for m in ms)
    ms = find_mentions(parse("Osama bin Laden founded al-Qaida. In a video released on Friday, bin Laden spoke."))
    assert [(m.text, m.name) for m in ms if m.type == "PERSON"] == [("Osama bin Laden", "Osama bin Laden"),
                                                                     ("bin Laden", "Osama bin Laden")]


def test_acronym_offered_after_or(parse):
    # VOA 8008152: ", or NISA," names the agency; a security agency is no news outlet
    text = (
        "Somalia’s National Intelligence and Security Agency, or NISA, said the army killed dozens of militants. "
        "NISA said Wednesday that it closed 12 websites."
    )
    ms = find_mentions(parse(text))
    nisa = entity_of(ms, "NISA")
    # "it" in "NISA said ... that it closed" is the agency too
    assert [m.kind for m in nisa] == ["name", "acronym", "acronym", "pronoun"]
    assert {m.name for m in nisa} == {"National Intelligence and Security Agency"}
    assert {m.type for m in nisa} == {"ORG"}


def test_a_countrys_armed_forces_are_an_actor(parse):
    # VOA 8009976
    text = (
        "The director general of the Pakistani military's media wing said attackers had partners abroad. "
        "The military claimed the killing of 33 terrorists. "
        "“Pakistan expects the Interim Afghan Government to uphold its responsibilities,” the military said."
    )
    ms = find_mentions(parse(text))
    forces = entity_of(ms, "Pakistani military")
    assert [(m.kind, m.text) for m in forces] == [("name", "Pakistani military"), ("nominal", "military"),
                                                  ("nominal", "military")]
    assert {(m.type, m.country) for m in forces} == {("MILITARY", "PAK")}
    # without a country's forces named first, "the military" is nobody in particular
    ms = find_mentions(parse("The military claimed the killing of 33 terrorists."))
    assert not any(m.text == "military" for m in ms)


def test_pronoun_chain_broken_by_an_unfollowed_subject(parse):
    # VOA 8009495: "He" could not be followed, so "he" after it is not the one person
    # the sentence names in passing ("Trump's threat")
    text = (
        "Treasury Secretary Scott Bessent told CNBC he was not worried. “We're focused on the real economy,” "
        "he said. “I'm not concerned about a little bit of volatility over three weeks. I can't tell you the "
        "market is going to go up today, tomorrow, next week.” He dismissed concerns about Trump’s threat to "
        "impose bigger tariffs on European spirits. \"One or two items with one trading bloc — I'm not sure why "
        "that's a big deal for the markets,\" he said."
    )
    ms = find_mentions(parse(text))
    last_he = text.index("he said.", text.index("One or two"))
    assert any(m.name == "Donald Trump" or m.name == "Trump" for m in ms)
    assert not any(m.start == last_he and "Trump" in m.name for m in ms)


def test_surname_alone_after_the_full_name_is_that_person(parse):
    text = (
        "Trade envoy Daniel Sales arrived in Nairobi on Monday. Speaking to reporters, Sales said the talks had "
        "stalled.\nSales also met the finance minister."
    )
    ms = find_mentions(parse(text))
    sales = entity_of(ms, "Daniel Sales")
    assert [m.text for m in sales if m.kind == "name"] == ["Daniel Sales", "Sales", "Sales"]


def test_surname_that_is_also_a_word_or_shared_stays_unlinked(parse):
    noun = (
        "Retail analyst Ruth Sales expects a weak quarter. Sales fell 4 percent in March, and online sales "
        "barely grew."
    )
    assert [m.text for m in find_mentions(parse(noun)) if m.type == "PERSON"] == ["Ruth Sales"]
    shared = (
        "Opposition leader Tom Rivers and his brother Paul Rivers were detained. Police said Rivers would be "
        "charged."
    )
    assert "Rivers" not in {m.text for m in find_mentions(parse(shared))}


def test_short_form_before_the_full_name_in_one_sentence_is_someone_else(parse):
    text = (
        "Anna Keller vanished in March. Keller was charged on Monday with the murder of Anna Keller, "
        "prosecutors said."
    )
    ms = find_mentions(parse(text))
    assert entity_of(ms, "Keller")[0].entity != entity_of(ms, "Anna Keller")[0].entity


def test_short_form_fitting_two_people_links_to_neither(parse):
    text = (
        "Judge Lena Ortiz opened the hearing in Quito. The courtroom was full. Lawyers argued for an hour. "
        "A recess followed. Defendant Carlos Ortiz then took the stand. Ortiz denied every charge."
    )
    ms = find_mentions(parse(text))
    assert {m.name for m in entity_of(ms, "Ortiz")} == {"Ortiz"}


def test_surname_in_use_before_a_namesake_appears_stays_with_the_first(parse):
    text = (
        "Opposition leader Marta Herrera was arrested on Monday in La Paz. Herrera has led the protests since March. "
        "Her brother, Tomás Herrera, said the family would appeal. Herrera remains in custody, police said."
    )
    ms = find_mentions(parse(text))
    marta = [m.text for m in entity_of(ms, "Marta Herrera") if m.kind == "name"]
    assert marta == ["Marta Herrera", "Herrera", "Herrera"]
    assert [m.text for m in entity_of(ms, "Tomás Herrera")] == ["Tomás Herrera"]


def test_a_given_name_with_an_apostrophe_stays_in_the_name(parse):
    # NER tags only 'Marie Flynn'
    text = "Simpson is accused of fatally shooting Ka'Loni Marie Flynn of Fort Smith. Flynn was 20."
    ms = find_mentions(parse(text))
    assert {m.name for m in entity_of(ms, "Flynn")} == {"Ka'Loni Marie Flynn"}


def test_a_word_two_names_bear_joins_neither(parse):
    # 'Douglas' begins 'Douglas Aircraft' (tagged a person) and ends 'McDonnell Douglas'
    text = (
        "Douglas ended an era on Tuesday. The plant was the original home of Douglas Aircraft and McDonnell "
        "Douglas, which merged with Boeing in 1997."
    )
    ms = find_mentions(parse(text))
    assert {m.name for m in entity_of(ms, "Douglas")} == {"Douglas"}


def test_capital_owning_a_name_or_a_market_is_the_city(parse):
    text = (
        "London's FTSE 100 fell 2 percent while Paris's stock exchange lost 3 percent. "
        "Moscow's decision angered Kyiv."
    )
    ms = {m.text: m for m in find_mentions(parse(text))}
    assert ms["London"].name == "London" and ms["Paris"].name == "Paris"
    assert ms["Moscow"].name == "Russia"


def test_a_name_tagged_elsewhere_is_found_where_ner_missed_it(parse):
    text = (
        "OKT gets into water treatment; buys pump maker\nEngineering group OKT said on Monday it had agreed to buy "
        "Aqualine Pumps of Ohio. The merger could lock OKT out of some markets."
    )
    okt = [m for m in find_mentions(parse(text)) if m.text == "OKT"]
    assert len(okt) == 3 and len({m.entity for m in okt}) == 1


def test_title_case_headline_is_cut_to_the_names_of_the_body(parse):
    text = (
        "Siemens Wins Egypt Rail Contract\nGerman engineering group Siemens said on Tuesday it had won a contract "
        "to build a high-speed railway in Egypt.\nThe Egyptian government did not comment."
    )
    ms = find_mentions(parse(text))
    assert [(m.text, m.name) for m in ms if m.end <= text.index("\n")] == [("Siemens", "Siemens"), ("Egypt", "Egypt")]
    text = "Fenwick Found Guilty Of Fraud\nA jury on Friday convicted former banker James Fenwick of fraud."
    ms = find_mentions(parse(text))
    assert ms[0].text == "Fenwick" and ms[0].name == "James Fenwick"


# --- across articles --------------------------------------------------------------


def _m(article_text: str, surface: str, type_: str, entity: str, name: str | None = None, **kw) -> Mention:
    start = article_text.index(surface)
    return Mention(start, start + len(surface), surface, type_, entity, name or surface, **kw)


def _corpus():
    a = "Juan Guaidó met Leopoldo López. Maduro said no. The US agreed."
    b = "Guaido rallied supporters with Leopoldo Lopez. The Maduro government and the U.S. clashed."
    c = "Vladimir Padrino López, the defense minister, backed Nicolás Maduro. Guaidó and the United States objected."
    per = {
        "a": [
            _m(a, "Juan Guaidó", "PERSON", "e1"),
            _m(a, "Leopoldo López", "PERSON", "e2"),
            _m(a, "Maduro", "PERSON", "e3"),
            _m(a, "US", "GPE", "e4", "United States", country="USA"),
        ],
        "b": [
            _m(b, "Guaido", "PERSON", "e1"),
            _m(b, "Leopoldo Lopez", "PERSON", "e2"),
            _m(b, "Maduro government", "ORG", "e3"),
            _m(b, "U.S.", "GPE", "e4", "United States", country="USA"),
        ],
        "c": [
            _m(c, "Vladimir Padrino López", "PERSON", "e1", role="defense minister"),
            _m(c, "Nicolás Maduro", "PERSON", "e2"),
            _m(c, "Guaidó", "PERSON", "e3"),
            _m(c, "United States", "GPE", "e4", country="USA"),
        ],
    }
    return per


def test_resolve_joins_variants_and_keeps_namesakes_apart():
    actors, mapping = resolve(_corpus())
    by_key = lambda art, ent: next(a for a in actors if a.id == mapping[(art, ent)])  # noqa: E731
    guaido = by_key("a", "e1")
    assert mapping[("b", "e1")] == mapping[("c", "e3")] == guaido.id
    assert guaido.name == "Juan Guaidó" and set(guaido.aliases) == {"Juan Guaidó", "Guaido", "Guaidó"}
    lopez = by_key("a", "e2")
    assert mapping[("b", "e2")] == lopez.id and lopez.name == "Leopoldo López"
    assert mapping[("c", "e1")] != lopez.id
    maduro = by_key("a", "e3")
    assert mapping[("c", "e2")] == maduro.id and maduro.name == "Nicolás Maduro"
    assert mapping[("b", "e3")] != maduro.id and by_key("b", "e3").type == "ORG"
    us = by_key("a", "e4")
    assert mapping[("b", "e4")] == mapping[("c", "e4")] == us.id and us.country == "USA"
    assert sorted(us.mentions) == us.mentions and len(us.mentions) == 3


def test_actor_ids_are_stable_and_order_free():
    per = _corpus()
    first, _ = resolve(per)
    again, _ = resolve(dict(reversed(list(per.items()))))
    assert [(a.id, a.name) for a in first] == [(a.id, a.name) for a in again]


def test_lone_surname_needs_shared_context():
    # "López" in an unrelated article shares no other actor with the Venezuelan ones
    per = _corpus()
    t = "López won the election in Mexico, beating Anaya."
    per["d"] = [_m(t, "López", "PERSON", "e1"), _m(t, "Anaya", "PERSON", "e2")]
    actors, mapping = resolve(per)
    assert mapping[("d", "e1")] != mapping[("a", "e2")]


def test_surname_of_two_people_goes_to_the_one_its_article_shares_actors_with():
    t1 = "Matt Smith will leave Doctor Who, the BBC said. Steven Moffat praised him."
    t2 = "Joseph Smith founded the church in Palmyra."
    t3 = "Smith quits. Steven Moffat will cast a new Doctor."
    t4 = "Smith preached in Palmyra, and Steven Moffat wrote about it."  # shares actors with both
    per = {
        "a": [_m(t1, "Matt Smith", "PERSON", "e1"), _m(t1, "Steven Moffat", "PERSON", "e2")],
        "b": [_m(t2, "Joseph Smith", "PERSON", "e1"), _m(t2, "Palmyra", "GPE", "e2")],
        "c": [_m(t3, "Smith", "PERSON", "e1"), _m(t3, "Steven Moffat", "PERSON", "e2")],
    }
    _, mapping = resolve(per)
    assert mapping[("c", "e1")] == mapping[("a", "e1")] != mapping[("b", "e1")]
    per["c"] = [_m(t4, "Smith", "PERSON", "e1"), _m(t4, "Palmyra", "GPE", "e2"), _m(t4, "Steven Moffat", "PERSON", "e3")]
    _, mapping = resolve(per)
    assert mapping[("c", "e1")] not in {mapping[("a", "e1")], mapping[("b", "e1")]}


def test_family_name_first_is_ambiguous_across_articles():
    # "Kim" may be Kim Jong Un (family name first) or Sung Kim: leave it alone
    per = _corpus()
    t1, t2, t3 = "Kim Jong Un met Trump.", "Sung Kim met Guaidó and Trump.", "Kim warned Trump."
    per["e"] = [_m(t1, "Kim Jong Un", "PERSON", "e1"), _m(t1, "Trump", "PERSON", "e2")]
    per["f"] = [_m(t2, "Sung Kim", "PERSON", "e1"), _m(t2, "Trump", "PERSON", "e2")]
    per["g"] = [_m(t3, "Kim", "PERSON", "e1"), _m(t3, "Trump", "PERSON", "e2")]
    _, mapping = resolve(per)
    assert mapping[("g", "e1")] not in {mapping[("e", "e1")], mapping[("f", "e1")]}
    assert mapping[("e", "e1")] != mapping[("f", "e1")]


def test_organisation_variants_and_acronyms_join():
    t1 = "The United States Geological Survey measured the quake."
    t2 = "The U. S. Geological Survey said the quake was shallow."
    t3 = "USGS seismologists and Ford Motor Company engineers agreed."
    t4 = "Ford and the Justice Ministry disagreed; Justice officials declined to comment."
    per = {
        "a": [_m(t1, "United States Geological Survey", "ORG", "e1")],
        "b": [_m(t2, "U. S. Geological Survey", "ORG", "e1")],
        "c": [_m(t3, "USGS", "ORG", "e1"), _m(t3, "Ford Motor Company", "ORG", "e2")],
        "d": [_m(t4, "Ford", "ORG", "e1"), _m(t4, "Justice Ministry", "ORG", "e2"), _m(t4, "Justice", "ORG", "e3")],
    }
    _, mapping = resolve(per)
    assert mapping[("a", "e1")] == mapping[("b", "e1")] == mapping[("c", "e1")]
    assert mapping[("c", "e2")] == mapping[("d", "e1")]
    assert mapping[("d", "e2")] != mapping[("d", "e3")]


def test_organisation_named_by_the_first_words_of_a_longer_name_joins_it():
    t1 = "EYP Mission Critical Facilities was bought by HP on Monday."
    t2 = "HP said EYP Mission Critical would keep its offices."
    t3 = "Oracle OpenWorld opened in San Francisco; HP showed servers."
    t4 = "Oracle said HP would lose customers."  # one word of a longer name: not that name
    t5 = "Cerberus said on Monday that Cerberus Capital Management would buy the firm."
    per = {
        "a": [_m(t1, "EYP Mission Critical Facilities", "ORG", "e1"), _m(t1, "HP", "ORG", "e2")],
        "b": [_m(t2, "HP", "ORG", "e1"), _m(t2, "EYP Mission Critical", "ORG", "e2")],
        "c": [_m(t3, "Oracle OpenWorld", "ORG", "e1"), _m(t3, "HP", "ORG", "e2")],
        "d": [_m(t4, "Oracle", "ORG", "e1"), _m(t4, "HP", "ORG", "e2")],
        "e": [_m(t5, "Cerberus", "PERSON", "e1"), _m(t5, "Cerberus Capital Management", "ORG", "e2")],
    }
    _, mapping = resolve(per)
    assert mapping[("b", "e2")] == mapping[("a", "e1")]
    assert mapping[("d", "e1")] != mapping[("c", "e1")]
    assert mapping[("e", "e1")] == mapping[("e", "e2")]


def test_company_suffixes_are_dropped_down_to_a_name_the_corpus_has():
    # 'Motors' is a company suffix too: 'General Motors Corporation' is 'General Motors'
    t1 = "General Motors Corporation filed for bankruptcy."
    t2 = "General Motors said it would close plants."
    per = {"a": [_m(t1, "General Motors Corporation", "ORG", "e1")], "b": [_m(t2, "General Motors", "ORG", "e1")]}
    _, mapping = resolve(per)
    assert mapping[("a", "e1")] == mapping[("b", "e1")]


def test_short_acronym_spelled_by_a_name_needs_a_shared_actor():
    t1 = "British Telecom cut 1,000 jobs in Belfast."
    t2 = "BT shares rose after the Belfast job cuts."
    t3 = "BT, the bacterium used in organic farming, was sprayed on the crops."
    per = {
        "a": [_m(t1, "British Telecom", "ORG", "e1"), _m(t1, "Belfast", "GPE", "e2")],
        "b": [_m(t2, "BT", "ORG", "e1"), _m(t2, "Belfast", "GPE", "e2")],
    }
    _, mapping = resolve(per)
    assert mapping[("a", "e1")] == mapping[("b", "e1")]
    per["b"] = [_m(t3, "BT", "ORG", "e1")]
    _, mapping = resolve(per)
    assert mapping[("a", "e1")] != mapping[("b", "e1")]


def test_institution_without_its_country_joins_in_an_article_about_that_country():
    t1 = "Venezuela's Venezuelan National Assembly met in Caracas. Venezuela and Venezuelans waited."
    t2 = "In Venezuela the National Assembly was disbanded. Venezuelans and Cuba's troops watched."
    t3 = "Pakistan's National Assembly voted. Pakistan and Pakistanis waited."
    per = {
        "a": [_m(t1, "Venezuelan National Assembly", "ORG", "e1", country="VEN"),
              _m(t1, "Caracas", "GPE", "e2", country="VEN"), _m(t1, "Venezuela", "GPE", "e3", country="VEN")],
        "b": [_m(t2, "National Assembly", "ORG", "e1"), _m(t2, "Venezuela", "GPE", "e2", country="VEN"),
              _m(t2, "Venezuelans", "GROUP", "e4", country="VEN"), _m(t2, "Cuba", "GPE", "e3", country="CUB")],
    }
    _, mapping = resolve(per)
    assert mapping[("a", "e1")] == mapping[("b", "e1")]
    # another country's "National Assembly" (one record with article b's by its name) stays apart
    per["c"] = [_m(t3, "National Assembly", "ORG", "e1"), _m(t3, "Pakistan", "GPE", "e2", country="PAK")]
    _, mapping = resolve(per)
    assert mapping[("c", "e1")] != mapping[("a", "e1")]


def test_corrections_replay_after_resolution():
    per = _corpus()
    actors, mapping = resolve(per)
    ids = {(art, ent): aid for (art, ent), aid in mapping.items()}
    guaido, padrino, maduro_gov = ids[("a", "e1")], ids[("c", "e1")], ids[("b", "e3")]
    fixes = [
        {"op": "rename", "id": padrino, "name": "Vladimir Padrino"},
        {"op": "set-type", "id": maduro_gov, "type": "GROUP"},
        {"op": "split", "id": guaido, "alias": "Guaido"},
        {"op": "merge", "ids": ["a-stale-id", guaido]},
    ]
    fixed, fixed_map = resolve(per, fixes)
    by_id = {a.id: a for a in fixed}
    assert by_id[padrino].name == "Vladimir Padrino" and "Vladimir Padrino López" in by_id[padrino].aliases
    assert by_id[maduro_gov].type == "GROUP"
    split_id = fixed_map[("b", "e1")]
    assert split_id != guaido and by_id[split_id].name == "Guaido"
    assert ("b", per["b"][0].start, per["b"][0].end) not in by_id[guaido].mentions

    merged, merged_map = apply_corrections(fixed, fixed_map, [{"op": "merge", "ids": [guaido, split_id]}], per)
    assert split_id not in {a.id for a in merged} and merged_map[("b", "e1")] == guaido
    with pytest.raises(ValueError):
        apply_corrections(fixed, fixed_map, [{"op": "explode", "id": guaido}])
