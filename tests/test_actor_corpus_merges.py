"""Cross-article merges corpus resolution must not make (and the joins it must keep),
found by auditing unseen news with ``eval/actors_audit.py``: two short articles each,
through spaCy, the actors stage and corpus resolution."""
from __future__ import annotations

import pytest

from chronicle import nlp

from .conftest import resolved


@pytest.fixture(scope="module")
def run():
    nlp.load()

    def go(texts: dict[str, str]):
        per, _, mapping = resolved(texts)

        def actor(art: str, surface: str) -> str:
            m = next(m for m in per[art] if m.text == surface)
            return mapping[(art, m.entity)]

        return actor

    return go


def test_junior_is_not_his_father(run):
    """A generational suffix names another person: the folded keys drop 'Jr.', yet
    'Robert Kagame Jr.' of one article is not 'Robert Kagame' of another."""
    actor = run({
        "a": "Businessman Robert Kagame Jr. opened a new factory in Kigali on Monday, officials said.",
        "b": "Senator Robert Kagame criticised the budget in a speech in Kigali on Tuesday.",
    })
    assert actor("a", "Robert Kagame Jr.") != actor("b", "Robert Kagame")


def test_same_suffix_joins(run):
    """The same name with the same suffix in two articles is still one person."""
    actor = run({
        "a": "Businessman Robert Kagame Jr. opened a new factory in Kigali on Monday, officials said.",
        "b": "Robert Kagame Jr. told reporters in Kigali that the factory would hire 200 workers.",
    })
    assert actor("a", "Robert Kagame Jr.") == actor("b", "Robert Kagame Jr.")


def test_full_name_still_joins_across_articles(run):
    """Without a suffix the plain full name joins as before."""
    actor = run({
        "a": "Senator Robert Kagame criticised the budget in a speech in Kigali on Tuesday.",
        "b": "Robert Kagame said the finance ministry in Kigali had ignored the farmers.",
    })
    assert actor("a", "Robert Kagame") == actor("b", "Robert Kagame")


def test_relatives_of_one_particled_surname_stay_apart(run):
    """Father and daughter share a particled surname ('Van Dam'); each article's bare
    surname is the one it names in full, and the two full names never join."""
    actor = run({
        "a": ("Opposition leader Sofia Van Dam promised to hold a referendum on Monday. "
              "Van Dam told supporters in Rotterdam that the vote would come within a year."),
        "b": ("Pieter Van Dam, who founded the party in 1972, was fined on Tuesday for remarks in Rotterdam. "
              "Van Dam said he would appeal the ruling."),
    })
    assert actor("a", "Sofia Van Dam") != actor("b", "Pieter Van Dam")
    assert actor("a", "Van Dam") == actor("a", "Sofia Van Dam")
    assert actor("b", "Van Dam") == actor("b", "Pieter Van Dam")
