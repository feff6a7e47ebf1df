"""What a quotation asks or refuses in the speaker's own words.

A saying's content commits its speaker ("said Ukraine must withdraw": a REQUEST,
``events._commitments``), and a quoted sentence with no saying of its own is its
speaker's claim (``claims``). An imperative says no one's act: it asks for one. "'Release
the political prisoners now,' she told the government", "'You won, now govern and
legislate, but not at any price,' the president said": the quotation's speaker asks it of
whom it is said to, a REQUEST by the speaker (the quotes stage's attribution), aimed at the
quotation's addressee when the text names one, made as said (asserted); the act asked for
keeps its own event.

An imperative is the head of a clause spoken whole inside a direct quotation (the clause
a saying reports, or one standing on its own there), a verb in its base form with no
subject, no modal and no subordinating word ("if", "to"), opening its clause but for
adverbs, conjunctions and a "do not". Not an imperative of discourse, said to no one in
particular ("Look, ...", "Imagine ...", "Thank you": ``rhetorical_imperatives`` in
``data/frames.json``), nor "let me", "let us" (a speaker's own resolve), nor "be", "have"
("Be assured", "Have no doubt"), nor in a question.

A quoted sentence with no saying of its own in which the speaker says its own side will
not yield ("We will not accept this decision.") refuses, as the same words under a saying
do (``events._commitments``): a REJECT by the speaker.
"""
from __future__ import annotations

from dataclasses import dataclass

from .claims import Allegation, quoted_clause
from .extract import MentionIndex, Predicate, first_person, resolve, within
from .lexicon import cues, frames, lemma, request_mode
from .modality import negated

CLAUSE_HEADS = ("ROOT", "parataxis", "dep")
REPORTED = ("ccomp", "advcl")  # the quotation's clause under its saying (the parser's two readings)
SPEAKING_SELF = ("me", "us", "'s")
OPENERS = ("advmod", "intj", "punct", "cc", "neg", "npadvmod", "discourse", "advcl", "prep")


@dataclass(slots=True)
class Appeal(Allegation):
    """A REQUEST (or REJECT) a quotation makes (``speaker`` asks ``doers``, the addressees);
    read like a quoted claim (``quoted``): the speaker's own words, its parties fixed."""


def appeals(sent, preds: list[Predicate], index: MentionIndex, quotes=()) -> list[Predicate]:
    """The requests the direct quotations of a sentence make by their imperatives, and the
    refusal a quoted sentence makes (see the module docstring); at most one request per
    quotation. ``preds``: the predicates already found (a REQUEST read on the verb or its
    saying stands)."""
    if sent.text.rstrip().endswith("?"):
        return []
    asking = {p.token.i for p in preds if p.type == "REQUEST"}
    out: list[Predicate] = []
    for q in quotes:
        if q.kind != "direct" or q.speaker is None or not (sent.start_char <= q.start < sent.end_char
                                                           or q.start <= sent.start_char < q.end):
            continue
        verb = next((t for t in sent if _inside(t, q) and _imperative(t, q)), None)
        if verb is None or any(t.i in asking for t in (verb, *verb.ancestors)):
            continue  # '"Release them," she urged': the saying asks it already
        # '"You won, now govern," he told lawmakers on Tuesday': asked when it was said
        saying = next((a for a in verb.ancestors if not _inside(a, q) and lemma(a) in cues()["speech"]), None)
        told = _told(saying, index) if saying is not None else None
        addressed = tuple(k for k in (q.addressee or told,) if k is not None and k != q.speaker)
        anchor = saying if saying is not None else verb
        out.append(Appeal(anchor, "REQUEST", request_mode(verb), lemma(anchor), 0.7, q.speaker, addressed, quoted=True))
    refused = _refused(sent, preds, quotes)
    return out + ([refused] if refused is not None else [])


def _refused(sent, preds: list[Predicate], quotes) -> Appeal | None:
    """"We will not accept this decision.", "I will never step down.": a quoted sentence with
    no saying of its own in which the speaker says its own side will not do what one yields
    or agrees to (``commitment_types``) refuses it, a REJECT by the speaker, as when a saying
    reports it (``events._commitments``)."""
    said = quoted_clause(sent, quotes)
    if said is None:
        return None
    clause, speaker = said
    f = frames()
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    own = any(c.dep_ == "nsubj" and first_person(c) for c in clause.children)
    content = [p for p in preds if within(p.token, clause)]
    if not (own and aux & f["commitment_aux"] and content and negated(clause)):
        return None
    if min(content, key=lambda p: sum(1 for _ in p.token.ancestors)).type not in f["commitment_types"]:
        return None  # "we will not hesitate to strike": what is held out is no yielding
    return Appeal(clause, "REJECT", None, lemma(clause), 0.7, speaker, (), quoted=True)


def _imperative(tok, q) -> bool:
    """Whether ``tok`` heads an imperative clause spoken whole inside quotation ``q``."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VB", "VBP") or tok.dep_ not in CLAUSE_HEADS + REPORTED:
        return False
    if tok.dep_ in REPORTED and _inside(tok.head, q):
        return False  # "you have to keep it": a complement inside the quotation
    if tok.dep_ in ("dep", "parataxis") and tok.head.dep_ != "ROOT" and _inside(tok.head.head, q):
        return False  # the parser's loose attachment deep inside a clause ("which governs ..., not sneakily")
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "auxpass") for c in tok.children) \
            or any(c.dep_ == "aux" and c.lemma_ != "do" for c in tok.children):
        return False
    if any(c.dep_ == "neg" and c.lower_ != "never" for c in tok.children) \
            and not any(c.dep_ == "aux" and c.lemma_ == "do" for c in tok.children):
        return False  # a negative imperative says "do not" ("Do not attack"); "..., not sneakily" is none
    if any(c.i < tok.i and c.dep_ not in OPENERS and not (c.dep_ == "aux" and c.lemma_ == "do")
           for c in tok.children):
        return False
    if any(c.dep_ == "advcl" and c.i < tok.i and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
           and any(x.dep_ == "nsubj" and x.lower_ == "you" for x in c.children) for c in tok.children):
        return False  # "If you want jobs, then produce them here": advice to whoever wants it
    lem = lemma(tok)
    if lem in frames()["rhetorical_imperatives"] or lem in ("be", "have"):
        return False
    if lem == "let":  # "let me be clear", "let us look at", "let's": the speaker's own resolve
        return not any(t.lower_ in SPEAKING_SELF for c in tok.rights for t in (c, *c.children))
    return True


def _inside(tok, q) -> bool:
    return q.start <= tok.idx < q.end


def _told(saying, index: MentionIndex) -> str | None:
    """Whom a saying tells ("'Release them,' Lopez told the government": the government),
    for a quotation the quotes stage named no addressee of."""
    told = next((m for c in saying.children if c.dep_ in ("dobj", "dative") and (m := resolve(c, index))), None)
    return told.entity if told is not None else None
