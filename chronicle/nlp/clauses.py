"""Clause grammar that both the quotes and the events stage read: where a conjunct
really hangs, which adverbial clause concedes, and when a conjunct after a content clause
is the speaker's own next act rather than more of what was said.

Where a saying's content ends decides both what a quote holds and which events are only
reported, so the two stages must draw that line the same way; it lives here, under the
parse, rather than in either stage. Its few words are in ``clauses.json``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    raw = json.loads((Path(__file__).with_name("clauses.json")).read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def reporting_verbs() -> frozenset[str]:
    """Lemmas of the verbs that report speech or belief ("said", "announced")."""
    return _words()["reporting_verbs"]


def own_pronoun(tok: Token) -> bool:
    """A subject pronoun that may stand for the one who speaks ("the ministry said it")."""
    return tok.lower_ in _words()["own_pronouns"]


def joined_to(cur: Token) -> tuple[str, Token | None]:
    """Where a clause hangs, for what reaches it. A conjunct with its own tense joined to a
    bare verb ("announced it would not allow the ambassador to return and suspended
    relations", "did not attend and left early", "could face jail but was released on
    bail") cannot share that verb's modal, "to" or "did": it is a conjunct of the nearest
    finite clause above (the parser hangs it low), or of none, a main clause of its own.
    A bare conjunct ("would close the border and suspend flights") and one whose past form
    is also bare ("could seize the town and cut the road") still share it. A subjunctive
    after a verb of demanding ("demanded that the EU lift its sanctions and accused Brussels")
    is as bare."""
    auxes = [c for c in cur.children if c.dep_ in ("aux", "auxpass")]
    past = cur.tag_ in ("VBD", "VBN") and cur.lower_ != cur.lemma_.lower() and not auxes
    tensed = any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)  # "could face jail but was released"
    if cur.dep_ != "conj" or cur.pos_ != "VERB" or not (past or tensed):
        return cur.dep_, cur.head
    first = cur.head  # the conjunct whose auxiliaries it would share
    while first.dep_ == "conj" and first.head != first and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in first.children):
        first = first.head
    if past and cur.tag_ == "VBD" and _present_report(first):
        # "said on Friday the country is facing a crisis and accused the opposition": a bare
        # past conjunct cannot go on a content clause in the present; it goes on the past
        # speech verb that clause hangs from, and shares its subject.
        return "conj", first.head
    # an own tensed auxiliary leaves any modal behind ("would be arrested and were later
    # released"); a bare past form may still share "would have" ("would have jailed him and seized")
    if first.tag_ != "VB" and not _subjunctive(first) \
            and not (tensed and any(a.dep_ == "aux" and a.tag_ == "MD" for a in first.children)):
        return cur.dep_, cur.head
    up = first
    while up.head != up:
        if any(c.dep_ == "mark" and c.lower_ != "that" for c in up.children):
            return cur.dep_, cur.head  # "whether the army would withdraw or had withdrawn": still asked
        up = up.head
        if up.pos_ in ("VERB", "AUX") and up.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
            return "conj", up
    return cur.dep_, None


def _present_report(clause: Token) -> bool:
    """A content clause in the present or future ("is facing", "will hold") under a speech
    verb in the past ("said", "announced"), with a subject of its own."""
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.tag_ != "VBD" or speech.lemma_.lower() not in reporting_verbs() \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" or a.lemma_ == "have" for a in auxes):
        return False  # "have been blocked ... and detained": a participle sharing them
    if auxes:
        return auxes[0].tag_ in ("VBZ", "VBP") or auxes[0].lower_ in ("will", "can", "shall")
    return clause.tag_ in ("VBZ", "VBP")


def _subjunctive(clause: Token) -> bool:
    """A content clause in the bare form after a past verb of demanding ("demanded international
    bodies impose sanctions", "insisted Kyiv withdraw"), which the tagger may read as a present:
    as bare as "would impose", so a past conjunct ("and accused the West") cannot share it."""
    demand = clause.head
    return clause.dep_ == "ccomp" and clause.tag_ == "VBP" and demand.tag_ == "VBD" \
        and demand.lemma_.lower() in _words()["mandative_verbs"] \
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def concessive(clause: Token) -> bool:
    """An adverbial clause that concedes ("although the two spoke by phone", "even though
    sanctions were imposed"): it states a fact the main clause is set against, which the
    main clause's modal, forecast or saying does not reach."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _words()["concessive_marks"] for m in clause.children)


def second_act(conj: Token, content: Token) -> bool:
    """Whether a conjunct that cannot share the content clause's modal or tense ("announced
    that it would not allow the envoy to return and suspended relations", "said the country is
    in crisis and criticized the government") is the speaker's own next act rather than more
    of what was said: so where the content clause's subject is the speaker itself (a pronoun)
    or its tense is the present, or where it has a subject of its own ("said that the talks
    had failed, and troops attacked"). "Officials said the rebels would not free the hostages
    and attacked a convoy" still tells what the rebels did, on the officials' word."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return True  # "said that the talks had failed, and troops attacked": a clause of its own
    if conj.tag_ != "VBD":
        return False
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    present = content.tag_ in ("VBZ", "VBP") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in content.children)
    return present or (subject is not None and subject.lower_ in _words()["own_pronouns"])
