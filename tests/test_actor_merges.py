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
