"""Merges the actors stage must not make, and the joins that undo the splits left when
they were taken out: real news sentences through spaCy and the actors stage (and, for
the cross-article cases, corpus resolution)."""
from __future__ import annotations

import pytest

from chronicle import nlp
from chronicle.actors import find_mentions, resolve


@pytest.fixture(scope="module")
def mentions():
    nlp.load()
    return lambda text: find_mentions(nlp.parse(text))


def _at(ms, text: str, surface: str, nth: int = 0):
    """The mention whose span is the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return next(m for m in ms if m.start == start and m.end == start + len(surface))


def test_acronym_is_no_surname(mentions):
    """'U.N.' folds like the 'Un' of 'Kim Jong Un': still the body, not the leader."""
    text = ("North Korean leader Kim Jong Un asked U.S. President Donald Trump for sanctions relief. "
            "A State Department spokesperson said the U.N. must maintain sanctions on North Korea.")
    ms = mentions(text)
    un = _at(ms, text, "U.N.")
    kim = _at(ms, text, "Kim Jong Un")
    assert un.type != "PERSON" and un.entity != kim.entity


def test_sentence_end_run_into_a_surname(mentions):
    """'at the U.N. Wong will be': two names across a sentence's end."""
    text = ("The White House announced Tuesday that Trump has nominated Alex Wong, the deputy special "
            "representative for North Korea, to a post at the U.N. Wong will be the alternative U.S. "
            "representative for special political affairs at the U.N. with a rank of ambassador.")
    ms = mentions(text)
    wong = _at(ms, text, "Wong", 1)
    assert wong.type == "PERSON" and wong.entity == _at(ms, text, "Alex Wong").entity
    assert _at(ms, text, "U.N.").entity != wong.entity


def test_lost_line_break_person_and_capital(mentions):
    """'Trump, Erdogan Ankara will ...' (a headline run into the text): the capital is no
    part of the president's name, and no short form of him."""
    text = ("Turkish President Recep Tayyip Erdogan is seen to have built a good relationship with Trump. "
            "Trump, Erdogan Ankara will likely be looking to President Trump to stop sanctions. "
            "There is mounting frustration in Ankara with Washington over its stance.")
    ms = mentions(text)
    erdogan = _at(ms, text, "Erdogan", 1)
    assert erdogan.entity == _at(ms, text, "Recep Tayyip Erdogan").entity
    assert not any(m.type == "PERSON" and "Ankara" in m.text for m in ms)


@pytest.mark.parametrize("text, place, surname, full", [
    ("Judge Daniel Okafor blocked the order on Monday in a case Nevada brought.\n\nWhat to know about "
     "the judge\n\nHe was born in Nevada Okafor was born in Reno, Nevada. He studied at Stanford.",
     "Nevada", "Okafor", "Daniel Okafor"),
    ("Prosecutor Lena Hartmann charged the mayor on Friday. She has roots in Bavaria Hartmann was born "
     "in Munich, Bavaria, and worked in Berlin.", "Bavaria", "Hartmann", "Lena Hartmann"),
], ids=["subheading", "lost-full-stop"])
def test_lost_line_break_place_and_surname(mentions, text, place, surname, full):
    """'He was born in Hawaii Watson was born in Honolulu' (a subheading run into the text):
    the place after 'in' is no part of the surname's span, and the surname is the person
    the article names in full."""
    ms = mentions(text)
    at = text.index(place + " " + surname)
    assert _at(ms, text, full).entity == next(m for m in ms if m.start == at + len(place) + 1).entity
    assert next(m for m in ms if m.start == at).end == at + len(place)


def test_person_named_after_a_place_keeps_her_name(mentions):
    """A first name that is also a place ('Georgia Keller') is no run-together: the
    article gives no other full name with that surname."""
    text = ("Georgia Keller, a lawyer from Atlanta, spoke for the families. Georgia will vote in May. "
            "Keller said the families would appeal.")
    ms = mentions(text)
    assert _at(ms, text, "Georgia Keller").type == "PERSON"


def test_capital_namesake_state_is_not_the_government(mentions):
    """'Washington state' in the article: the bare 'Washington' that sues or files is the
    state, not the U.S. government a capital acting would stand for."""
    text = ("Oregon on Tuesday joined Washington state's lawsuit against the new federal rules. "
            "Washington was the first state to sue, and Washington's attorney general said the "
            "rules harm students. The United States defended the rules in court.")
    ms = mentions(text)
    states = [_at(ms, text, "Washington", n) for n in range(3)]
    us = _at(ms, text, "United States")
    assert len({m.entity for m in states}) == 1 and states[0].entity != us.entity


@pytest.mark.parametrize("text, org, prefix", [
    ("Congressional leaders said the U.S. Senate would vote on the sanctions bill. The full Senate "
     "passed it on Monday, and the U.S. is expected to impose sanctions.", "U.S. Senate", "U.S."),
    ("A Russian proposal was made on Monday for the U.N. Security Council to lift sanctions. "
     "The U.N. said the Security Council would meet.", "U.N. Security Council", "U.N."),
], ids=["country-before-senate", "un-before-council"])
def test_prefix_is_a_mention_of_its_own(mentions, text, org, prefix):
    """The country or body before an organisation's name is also mentioned: 'U.S.' of
    'U.S. Senate' is the United States; the Senate keeps its whole name."""
    ms = mentions(text)
    whole = _at(ms, text, org)
    inner = _at(ms, text, prefix)
    alone = next(m for m in ms if m.text == prefix and m.start != inner.start)
    assert inner.entity == alone.entity != whole.entity
    assert whole.name == org


def test_country_then_command_is_one_name(mentions):
    """'U.S. Indo-Pacific Command', where NER saw only the country: the command is named."""
    text = ('"It\'s just a matter of time," said Gen. Charles Brown, commander of Pacific Air Forces and '
            "air component commander for U.S. Indo-Pacific Command. The U.S. is watching North Korea.")
    ms = mentions(text)
    command = _at(ms, text, "U.S. Indo-Pacific Command")
    assert command.type == "MILITARY"
    assert _at(ms, text, "U.S.", 1).entity != command.entity


def test_country_adjective_of_a_description(mentions):
    """'the Russian president' is Putin; its 'Russian' is still Russia."""
    text = ("Russia wants closer ties. Russian President Vladimir Putin is due to meet Erdogan in Turkey in "
            "January, an opportunity the Russian president is expected to use.")
    ms = mentions(text)
    russian = [m for m in ms if m.text == "Russian" and m.start == text.index("Russian president")]
    assert russian and russian[0].entity == _at(ms, text, "Russia").entity
    assert _at(ms, text, "Russian president").entity == _at(ms, text, "Vladimir Putin").entity


@pytest.mark.parametrize("text, full, short", [
    ("National Security Adviser Robert O’Brien said the president wants a deal. "
     "“He’s always willing to do that,” O’Brien said.", "Robert O’Brien", "O’Brien"),
    ("China's legislature voted April 29 to amend the Maritime Traffic Safety Law, state-run Xinhua News Agency "
     "reported. Ships must report anyone suspected of having an infectious disease, Xinhua added.",
     "Xinhua News Agency", "Xinhua"),
    ("Robert Wood spoke ahead of a meeting of the U.N. Security Council on North Korea. "
     "The U.N. said Russia used its Security Council veto to shut down the panel.", "U.N. Security Council",
     "Security Council"),
], ids=["curly-apostrophe-surname", "news-agency", "un-body-without-prefix"])
def test_short_forms_join(mentions, text, full, short):
    ms = mentions(text)
    assert _at(ms, text, short, 1 if short in full else 0).entity == _at(ms, text, full).entity


def test_shared_country_forms(mentions):
    """'Korea' alone is the peninsula or either state: no country; 'DPRK' is the North."""
    text = ("Bruce Klingner, former CIA deputy division chief of Korea, spoke. North Korea tested a missile, "
            "and the DPRK said talks were over. South Korea protested.")
    ms = mentions(text)
    korea = _at(ms, text, "Korea")
    assert korea.entity != _at(ms, text, "South Korea").entity and korea.country is None
    assert _at(ms, text, "DPRK").entity == _at(ms, text, "North Korea").entity


def test_person_is_not_his_administration():
    """'Mahathir' of 'Mahathir Mohamad' is no short form of 'the Mahathir administration'."""
    nlp.load()
    texts = {
        "a": ("The government of Malaysian Prime Minister Mahathir Mohamad is reviewing the country's "
              "rights at sea. Mahathir has been more outspoken. \"The Mahathir administration, I think, is "
              "in the right,\" he said."),
        "b": "Malaysian Prime Minister Mahathir Mohamad met Chinese officials in Beijing.",
    }
    per = {art: find_mentions(nlp.parse(t)) for art, t in texts.items()}
    actors, mapping = resolve(per)

    def actor(art, surface):
        m = next(m for m in per[art] if m.text == surface)
        return mapping[(art, m.entity)]

    assert actor("a", "Mahathir") == actor("a", "Mahathir Mohamad")
    assert actor("a", "Mahathir") != actor("a", "Mahathir administration")


def test_offered_acronym_spells_a_name_cut_short(mentions):
    """NER ended the mission's name before its place; the acronym offered after the place
    (from the French name) spells the whole, and 'Both forces' then counts two actors."""
    text = ("Fighting continued in the Central African Republic on Thursday. The C.A.R. says that besides its troops, forces of the United Nations Multidimensional Integrated "
            "Stabilization Mission in the Central African Republic, or MINUSCA, have been deployed to protect "
            "civilians. Both forces say huge quantities of ammunition were seized.")
    ms = mentions(text)
    mission = next(m for m in ms if m.text.startswith("United Nations Multidimensional"))
    assert mission.text.endswith("in the Central African Republic")
    assert _at(ms, text, "MINUSCA").entity == mission.entity
    both = {m.entity for m in ms if m.text == "Both forces"}
    assert mission.entity in both and len(both) == 2


# --- session 7: names NER cuts apart, aliases, and what a capital stands for ------------


def _actor_of(per, mapping, art, surface, nth=0):
    ms = [m for m in per[art] if m.text == surface]
    return mapping[(art, ms[nth].entity)]


def test_izafe_name_is_one_body(mentions):
    """'Tehreek-e-Taliban Pakistan': NER cuts it at the hyphens into a place, the Taliban
    and Pakistan; it is one body, its acronym is its, and no mention of Pakistan is in it."""
    text = ("Pakistan says most attacks are the work of Tehreek-e-Taliban Pakistan, or TTP, which it accuses "
            "Kabul of sheltering. The TTP denied the charge, and Pakistan's army vowed to hunt its fighters.")
    ms = mentions(text)
    ttp = _at(ms, text, "Tehreek-e-Taliban Pakistan")
    assert ttp.type != "GPE" and _at(ms, text, "TTP", 1).entity == ttp.entity
    pakistan = _at(ms, text, "Pakistan")
    assert pakistan.entity != ttp.entity
    assert not any(m.entity == pakistan.entity and ttp.start <= m.start < ttp.end for m in ms)


def test_mission_to_a_body_is_one_name(mentions):
    """'the U.S. Mission to the United Nations' speaks for the United States there: the
    United Nations inside its name is not what said so."""
    text = ("Iran is enriching uranium faster than ever, the U.S. Mission to the United Nations said in a "
            "statement on Wednesday. The United Nations has not commented.")
    ms = mentions(text)
    mission = _at(ms, text, "U.S. Mission to the United Nations")
    assert mission.type == "ORG"
    assert _at(ms, text, "United Nations", 1).entity != mission.entity


def test_nickname_is_the_persons_other_name(mentions):
    """'known by his nickname Farmajo': NER calls the nickname an organisation."""
    text = ("President Mohamed Abdullahi Mohamed signed the bill on Tuesday. Mohamed, known by his nickname "
            "Farmajo, has faced opposition from regional leaders. Opposition leaders urged Farmajo to resume "
            "talks.")
    ms = mentions(text)
    full = _at(ms, text, "Mohamed Abdullahi Mohamed")
    assert _at(ms, text, "Farmajo").entity == full.entity == _at(ms, text, "Farmajo", 1).entity
    assert _at(ms, text, "Farmajo").type == "PERSON"


def test_country_before_a_ministry_is_mentioned(mentions):
    """'the Kenya Interior Ministry': the ministry keeps its name, and Kenya is named in it
    (the article names Kenya alone too); not inside a company's name ('Kenya Airways')."""
    text = ("The Kenya Interior Ministry announced it would close the camps. Kenya says the camps are a "
            "security threat. Kenya Airways suspended flights to the area.")
    ms = mentions(text)
    ministry = _at(ms, text, "Kenya Interior Ministry")
    kenya = _at(ms, text, "Kenya", 1)
    assert kenya.type == "GPE"
    inner = [m for m in ms if m.start == ministry.start and m.entity == kenya.entity]
    assert inner and inner[0].text == "Kenya"
    airways = text.index("Kenya Airways")
    assert not any(m.start == airways and m.entity == kenya.entity for m in ms)


@pytest.mark.parametrize("text, capital, state", [
    ("If Moscow rejects the ceasefire, that will be a signal to Washington that the Kremlin is not serious.",
     "Washington", True),
    ("Envoy Steve Witkoff returns to Washington on Friday to brief the president.", "Washington", False),
    ("Ankara is threatening retaliation against Washington if it is hit by sanctions.", "Washington", True),
    ("The European Union imposed new sanctions on Moscow on Monday.", "Moscow", True),
    ("Russia launched a missile attack on Kyiv overnight, officials said.", "Kyiv", False),
    ("The air base has long been seen as Ankara's trump card over Washington.", "Washington", True),
], ids=["signal-to", "returns-to", "retaliation-against", "sanctions-on", "attack-on", "leverage-over"])
def test_capital_dealt_with_is_its_government(mentions, text, capital, state):
    m = _at(mentions(text), text, capital)
    assert (m.name != capital) == state, m.name


def test_a_summit_names_its_place(mentions):
    """'the Hanoi Summit': the meeting is no actor, the city is named."""
    text = "Talks between the two leaders collapsed at the Hanoi Summit in February. Reporters in Hanoi waited."
    ms = mentions(text)
    first = _at(ms, text, "Hanoi")
    assert first.type == "GPE" and first.entity == _at(ms, text, "Hanoi", 1).entity


def test_a_capitalised_head_is_the_one_body_named(mentions):
    """'the Council' after the U.N. Security Council is that council."""
    text = ("Iran is defying the U.N. Security Council, the envoy said. This abuse must be rejected to "
            "protect the Council's credibility, he added.")
    ms = mentions(text)
    assert _at(ms, text, "Council", 1).entity == _at(ms, text, "U.N. Security Council").entity


def test_a_body_only_one_country_has_is_that_countrys(mentions):
    """'a State Department spokesperson' in a story about North Korea is America's."""
    text = ("North Korea fired two missiles on Monday. A State Department spokesperson said the U.N. must keep "
            "sanctions on North Korea.")
    assert _at(mentions(text), text, "State Department").country == "USA"


def test_extended_acronym_and_place_heads_join_across_articles():
    """'ISIS' (the Islamic State of Iraq and Syria) is the Islamic State where Iraq and Syria
    are named; 'the Mediterranean Sea' is 'the Mediterranean'; 'New York City' is 'New
    York', but 'Quebec City' is not the province of Quebec."""
    nlp.load()
    texts = {
        "a": ("A senior Islamic State leader was killed in Iraq, officials said. \"The leader of ISIS in Iraq was "
              "killed,\" the president wrote. The group still holds territory in Syria."),
        "b": ("Cairo signed a deal with Greece to explore the Mediterranean Sea. Energy finds in the "
              "Mediterranean have sparked disputes."),
        "c": "The trial opened in New York City on Monday. Prosecutors in New York said the men were hired.",
        "d": "The summit was held in Quebec City. The province of Quebec hosted the ministers.",
        "e": "India is building a base in the Western Indian Ocean, where its navy patrols the Indian Ocean.",
    }
    per = {art: find_mentions(nlp.parse(t)) for art, t in texts.items()}
    actors, mapping = resolve(per)
    assert _actor_of(per, mapping, "a", "ISIS") == _actor_of(per, mapping, "a", "Islamic State")
    assert _actor_of(per, mapping, "b", "Mediterranean Sea") == _actor_of(per, mapping, "b", "Mediterranean")
    assert _actor_of(per, mapping, "c", "New York City") == _actor_of(per, mapping, "c", "New York")
    assert _actor_of(per, mapping, "d", "Quebec City") != _actor_of(per, mapping, "d", "Quebec")
    assert _actor_of(per, mapping, "e", "Western Indian Ocean") == _actor_of(per, mapping, "e", "Indian Ocean")


@pytest.mark.parametrize("text, name, type_", [
    ("\"We have only a few friends left in Washington,\" said former Turkish ambassador Mithat Rende. "
     "\"It is difficult to understand.\"", "Mithat Rende", "PERSON"),
    ("The airstrikes targeted the Damasha and Shabeelow areas and killed a senior al-Shabab leader.",
     "Shabeelow", "LOC"),
    ("Government forces are focusing on the Middle Shabelle and Hiran regions.", "Hiran", "GPE"),
    ("\"We will all lose,\" the senator told Politico on Tuesday.", "Politico", "MEDIA"),
    ("Many of them are part of the group “Chagossian Voices,” which seeks the right to return.",
     "Chagossian Voices", "ORG"),
    ("Critics say the charter favours Al-Sharaa's HTS. HTS is an Islamist group that led the offensive.",
     "HTS", "ORG"),
], ids=["role-before-name", "conjoined-areas", "conjoined-regions", "outlet-told", "quoted-group-name",
        "acronym-said-to-be-a-group"])
def test_names_ner_missed(mentions, text, name, type_):
    """Names NER left untagged (or tagged a people's or a title's) that their phrase
    types: a role noun before a person's, a place's head noun after conjoined places,
    a verb of telling before an outlet, a body's description before its quoted name."""
    m = _at(mentions(text), text, name)
    assert m.type == type_


def test_capital_modifying_authorities_is_its_government(mentions):
    """'the Kabul authorities' are Afghanistan's; 'a publisher in Kabul' is the city's."""
    text = ("\"The Kabul authorities have failed to address the threat,\" the envoy said. "
            "Her book was published by a publisher in Kabul.")
    ms = mentions(text)
    assert _at(ms, text, "Kabul").name == "Afghanistan"
    assert _at(ms, text, "Kabul", 1).name == "Kabul"


def test_acronym_after_a_capitalised_opening_word(mentions):
    """'All G7 foreign ministers agree': the sentence's capitalised first word is no part
    of a longer name, so the repeat of 'G7' is found."""
    text = ("Rubio met the G7 in Quebec. The G7 met. On Friday, Canadian Foreign Minister Melanie Joly said, "
            "\"All G7 foreign ministers agree with the U.S. proposal of a ceasefire.\" G7 foreign ministers also "
            "discussed China.")
    ms = mentions(text)
    assert _at(ms, text, "G7", 2).entity == _at(ms, text, "G7").entity


def test_country_before_a_body_its_acronym_leaves_out(mentions):
    """'(CDC)' spells the body's name without the 'US' before it: the country is a mention
    of its own, not a word of the body's name; 'USAID' spells its 'U.S.', which stays in."""
    text = ("The toxin is lethal, according to the US Centers for Disease Control and Prevention (CDC). "
            "Funds came from the U.S. Agency for International Development (USAID).")
    ms = mentions(text)
    us = _at(ms, text, "US")
    assert us.type == "GPE" and us.country == "USA"
    body = _at(ms, text, "Centers for Disease Control and Prevention")
    assert body.entity == _at(ms, text, "CDC").entity != us.entity
    assert _at(ms, text, "U.S. Agency for International Development").entity == _at(ms, text, "USAID").entity


def test_kinsman_set_against_the_namesake_goes_by_kin(mentions):
    """'the elder Lee' beside 'the younger Lee' in an article naming Lee Jae-yong and his
    father Lee Kun-hee: not the one named first, but the one the kin noun makes older or
    younger ('his father, Lee Kun-hee'); without such a noun neither (test_actor_splits)."""
    text = ("Samsung heir Lee Jae-yong was indicted on Tuesday. Lee denies the charges. The merger was a step "
            "in strengthening the younger Lee's grip on the group. Corruption charges dogged the group under "
            "the elder Lee's reign. In 2008 his father, Lee Kun-hee, was convicted of tax evasion.")
    ms = mentions(text)
    heir = _at(ms, text, "Lee Jae-yong").entity
    assert _at(ms, text, "Lee", 1).entity == heir  # 'Lee denies': only the heir is named yet
    assert _at(ms, text, "Lee", 2).entity == heir  # the younger
    assert _at(ms, text, "Lee", 3).entity == _at(ms, text, "Lee Kun-hee").entity  # the elder


@pytest.mark.parametrize("text, full, short", [
    ("Prosecutors will question ousted President Park Geun-hye next week. Park lost her immunity on Friday. "
     "Some top Park administration officials were indicted.", "Park Geun-hye", "Park"),
    ("Prime Minister Hwang Kyo-ahn said he would not run. Hwang told a Cabinet meeting he would focus on "
     "state affairs.", "Hwang Kyo-ahn", "Hwang"),
])
def test_family_name_written_first_is_the_surname(mentions, text, full, short):
    """A Korean name is written family name first, the given name hyphened ('Park
    Geun-hye'): its first word alone is the surname, a strong fit even beside 'the Park
    administration', and a person's even where NER took it for a body's."""
    ms = mentions(text)
    name = _at(ms, text, full)
    bare = _at(ms, text, short, 1)
    assert bare.entity == name.entity and bare.type == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Parliament voted to impeach President Park Geun-hye on Friday.", "Park Geun-hye"),
    ("The scandal centres on Choi Soon-sil, who is accused of using her ties with the president.", "Choi Soon-sil"),
])
def test_given_name_after_a_hyphen_is_the_names(mentions, text, name):
    """NER stops at the hyphen of a Korean given name ('Park Geun', 'Choi'): the syllable
    glued after it is the name's."""
    assert _at(mentions(text), text, name).type == "PERSON"


def test_hyphened_word_modifying_a_noun_is_no_given_name(mentions):
    """'a Joe Biden-era rule', 'a Donald Trump-led push': the word after the hyphen is no
    syllable of the name."""
    text = "Critics attacked the Joe Biden-era rules and the Donald Trump-led push."
    names = {m.text for m in mentions(text) if m.type == "PERSON" and m.kind == "name"}
    assert names == {"Joe Biden", "Donald Trump"}


@pytest.mark.parametrize("text, first, second", [
    ("The row shows no sign of ebbing, Al Jazeera's-Sinem Koseoglu, reporting from Istanbul, said. "
     "Al Jazeera has a bureau there.", "Al Jazeera", "Sinem Koseoglu"),
    ("The far-right populist Party for Freedom of Wilders was second with 20 seats. Geert Wilders said "
     "he was pleased.", "Party for Freedom", "Wilders"),
])
def test_two_names_run_into_one(mentions, text, first, second):
    """An outlet's name and its reporter's joined by a possessive, a party's name and its
    leader's by 'of' (a person the article names): two actors, each with its own name."""
    ms = mentions(text)
    a, b = _at(ms, text, first), _at(ms, text, second)
    assert a.entity != b.entity and b.type == "PERSON" and a.type != "PERSON"


def test_lone_name_its_article_could_not_assign_joins_nothing():
    """'Kim said' in an article naming Kim Jong-un, Kim Jong-nam and Kim In-ryong is left
    open there; another article's 'Kim' (of a different Kim) must not join it."""
    from .test_actor_splits import _resolve

    texts = {
        "a": "North Korea blamed the United States for the murder of leader Kim Jong-un's half-brother Kim "
             "Jong-nam. Kim In-ryong, North Korea's deputy UN ambassador, spoke in New York. The case is "
             "a plot, Kim said on Monday.",
        "b": "Malaysian police said tests on Kim's face found a nerve agent. Kim died on February 13 at "
             "the airport in Kuala Lumpur.",
    }
    actor = _resolve(texts)
    assert actor("a", "Kim") != actor("b", "Kim")


def test_the_north_is_the_one_country_named_so(mentions):
    """'the North' in an article naming North Korea is the country ('poisoned by the
    North'); 'the South of Syria' is a part of a place, no country."""
    text = ("South Korea said North Korea ordered the killing. Seoul claims he was poisoned by the North. "
            "Fighting in the South of Syria went on.")
    ms = mentions(text)
    assert _at(ms, text, "North", 1).entity == _at(ms, text, "North Korea").entity
    assert _at(ms, text, "South", 1).entity != _at(ms, text, "South Korea").entity


def test_bracketed_acronym_with_the_head_noun_is_the_short_name(mentions):
    """'National Renewal Party (RN Party)': an acronym with the name's own head noun in
    brackets after it is its short name, whatever language the acronym spells."""
    text = ("Carlos Ruiz, a senator of Chile's ruling National Renewal Party (RN Party), criticised "
            "the plan. The RN Party will vote against it.")
    ms = mentions(text)
    full = _at(ms, text, "National Renewal Party")
    assert _at(ms, text, "RN Party").entity == full.entity
    assert _at(ms, text, "RN Party", 1).entity == full.entity


def test_bracketed_other_party_is_not_the_short_name(mentions):
    text = "Ana Lima of the Green Party (Liberal Party) spoke."
    ms = mentions(text)
    assert _at(ms, text, "Green Party").entity != _at(ms, text, "Liberal Party").entity


def test_acronym_run_into_a_surname(mentions):
    """'by the EU Moreau said': a full stop lost between a body's acronym and a surname
    the article names in full: two names, the surname the person's."""
    text = ("Sophie Moreau, an analyst at the University of Lyon, told reporters the mission had failed. "
            "Aid could be cut by at least ten percent by the EU Moreau said, while talks go on.")
    ms = mentions(text)
    moreau = _at(ms, text, "Moreau", 1)
    assert moreau.type == "PERSON" and moreau.entity == _at(ms, text, "Sophie Moreau").entity
    assert _at(ms, text, "EU").type != "PERSON"


@pytest.mark.parametrize("text, surface, parts", [
    ("\"The ruling ignores the evidence,\" Sara Kent, a senior counsel in Human Rights First's Refugee "
     "Protection programme, said.", "Human Rights First's Refugee Protection", ["Human Rights First", "Refugee Protection"]),
    ("China's National People's Congress voted on Monday.", "National People's Congress", ["National People's Congress"]),
    ("The Kurdistan Workers' Party claimed the attack.", "Kurdistan Workers' Party", ["Kurdistan Workers' Party"]),
])
def test_owner_before_a_possessive_inside_a_name(text, surface, parts):
    """NER's one name 'Human Rights First's Refugee Protection' (programme): the owner is
    a name of its own; a possessive inside a body's own name ('National People's
    Congress') is not cut."""
    from chronicle.actors import document as D

    nlp.load()
    doc = nlp.parse(text)
    span = doc.char_span(text.index(surface), text.index(surface) + len(surface))
    cand = D._Cand(span.start, span.end, "ORG")
    D._set_key(doc, cand)
    assert [c.text(doc) for c in D._names_run_into_others(doc, [cand])] == parts


def test_outlet_before_news_agency(mentions):
    """'told the AZN news agency': the proper noun before 'news agency' is an outlet
    ('agency' alone names other bodies too)."""
    text = "The minister told the AZN news agency that the talks had failed."
    assert any(m.text == "AZN" for m in mentions(text))


def test_body_given_its_country_as_owner(mentions):
    """'Bolivia's Constitutional Court': a body any country could have is the owner's."""
    text = "Bolivia's Constitutional Court on Thursday upheld the sentence. The court said it was final."
    ms = mentions(text)
    assert _at(ms, text, "Constitutional Court").country == "BOL"


def test_agencies_credited_together_stay_apart(mentions):
    """'(AFP, Reuters)'-style credit lines list agencies: one acronym beside another
    spells no expansion of it, so 'AP' set after 'AFP' is another agency."""
    text = ("Troops pushed into the eastern district on Friday, the defence ministry said. "
            "mm/jr (AFP, AP, Reuters) Residents fled across the bridge overnight.")
    ms = mentions(text)
    assert _at(ms, text, "AFP").entity != _at(ms, text, "AP").entity


def test_body_named_for_a_country_is_no_country(mentions):
    """'the pro-democracy group Open Belarus', 'the opposition movement Solidary Georgia':
    NER may tag only the country that ends a body's name; the whole is the organisation,
    and it is not the country."""
    text = ("The police in Minsk detained Ivan Petrov, a leader of the pro-democracy group Open Belarus, on Monday. "
            "Belarus has jailed hundreds of activists since the election.")
    ms = mentions(text)
    body = next(m for m in ms if "Open Belarus" in m.text)
    country = _at(ms, text, "Belarus", 1)
    assert body.entity != country.entity and body.type != "GPE"
    text = "Petrov is the vice chairman of the opposition movement Solidary Georgia. Georgia held elections in October."
    ms = mentions(text)
    assert _at(ms, text, "Solidary Georgia").entity != _at(ms, text, "Georgia", 1).entity


def test_unit_of_a_service_is_not_the_service(mentions):
    """'a Navy SEAL', 'Marine Corps MARSOC' style: the service's name with a capitals word
    after it names one of its units, not the service itself."""
    text = ("A Navy SEAL was killed in the raid on the compound, officials said. "
            "The Navy opened an inquiry into the operation on Tuesday.")
    ms = mentions(text)
    unit = next(m for m in ms if m.text.startswith("Navy SEAL"))
    service = next(m for m in ms if m.text == "Navy")
    assert unit.entity != service.entity


@pytest.mark.parametrize("text, bracketed, name", [
    ('"There has been no meeting yet between [Russian Foreign Minister Sergei] Lavrov and the '
     'envoy," the diplomat said. Lavrov declined to comment.', "Sergei] Lavrov", "Sergei Lavrov"),
    ('"It is now up to [President Donald] Trump and the Congress," the senator said. Trump did '
     "not reply.", "Donald] Trump", "Donald Trump"),
])
def test_name_runs_on_past_an_editors_bracket(mentions, text, bracketed, name):
    """An editor's words in square brackets inside a quotation may end inside a name:
    the name runs on past the bracket, one mention, shown without it."""
    ms = mentions(text)
    m = _at(ms, text, bracketed)
    assert m.type == "PERSON" and m.name == name


def test_family_name_after_a_later_bearer_speaks(mentions):
    """A family name alone that takes up, as subject, the bearer just named as subject goes
    to that one, not to the namesake the article named first; a nickname in quotes is no
    second family name, so 'Owens' fits both bearers alike."""
    text = ('Navy SEAL William "Ryan" Owens was killed in a raid on a village in Yemen in January. '
            "Officials said Owens had served for twelve years.\n\n"
            "Owens' father, Bill, spoke to a newspaper last week. \"I could not meet him,\" Bill Owens told "
            "the newspaper. Owens also called for an investigation into the raid.")
    ms = mentions(text)
    ryan, bill = _at(ms, text, 'William "Ryan" Owens'), _at(ms, text, "Bill Owens")
    assert ryan.entity != bill.entity
    assert _at(ms, text, "Owens", 1).entity == ryan.entity
    assert _at(ms, text, "Owens", 4).entity == bill.entity


def test_middle_initial_name_keeps_its_surname(mentions):
    """'Bush' of 'George W. Bush': a middle initial makes no second family name, so a
    brother named later does not take the surname over."""
    text = ("Former President George W. Bush spoke at his library in Dallas on Tuesday. "
            "Bush said the country needed a humane immigration policy. "
            "His brother Jeb Bush did not attend the event.")
    ms = mentions(text)
    assert _at(ms, text, "Bush", 1).entity == _at(ms, text, "George W. Bush").entity
    assert _at(ms, text, "Jeb Bush").entity != _at(ms, text, "George W. Bush").entity


def test_mr_and_mrs_of_one_name_are_two(mentions):
    """'Mrs Owens' and 'Mr Owens' in one story are a wife and her husband, not one person."""
    text = ("A woman who wants to divorce her husband of 40 years has lost her appeal. Tini Owens, 66, had "
            "argued that she was trapped in a loveless marriage to Hugh Owens. The court heard that Mrs Owens' "
            "case was that the marriage had broken down, although Mr Owens disagreed. Mrs Owens said she "
            "would consider her options.")
    ms = mentions(text)
    assert _at(ms, text, "Owens", 2).entity != _at(ms, text, "Owens", 3).entity
    assert _at(ms, text, "Owens", 2).entity == _at(ms, text, "Owens", 4).entity
