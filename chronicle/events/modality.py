"""Whether an event happened, is claimed, planned, imagined or denied.

Read off the dependency path from the trigger up to the sentence root: an auxiliary
("would", "will"), a negation, or a governing predicate ("refused to", "considering",
"plans to", "said that") each changes what the narrator commits to. The strongest
doubt wins, so an event that did not happen is never shown as one that did.
"""
from __future__ import annotations

from spacy.tokens import Token

from .extract import paragraph
from .lexicon import cues, lemma

# Strongest first: a denied claim is negated, a reported plan is planned.
PRIORITY = ("negated", "hypothetical", "planned", "reported", "asserted")
# What a refusing or doubting head scopes over: its complements, not its subject or adjuncts.
SCOPE = ("xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acl", "attr", "oprd")
COMPLEMENT = {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acl", "attr", "oprd", "advcl", "conj", "nsubj",
              "nsubjpass", "appos", "compound", "amod", "npadvmod"}


def _own(tok: Token) -> set[str]:
    """Modal signals carried by a predicate's own dependents."""
    c = cues()
    found = set()
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (low in c["negating_modifiers"] and child.dep_ in ("det", "advmod", "preconj")):
            found.add("negated")
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj") and _none(child):
            found.add("negated")  # "no stations were taken", "they arrested nobody"
        elif child.dep_ in ("aux", "auxpass"):
            if low in c["hypothetical_aux"]:
                found.add("hypothetical")
            elif low in c["future_aux"]:
                found.add("planned")
            elif low == "going" or lemma(child) == "go":
                found.add("planned")
        elif child.dep_ == "mark" and low in c["hypothetical_marks"]:
            found.add("hypothetical")
        elif child.dep_ == "amod" and low in c["planned_modifiers"]:
            found.add("planned")
        elif child.dep_ == "advmod" and low in c["reporting_adverbs"]:
            found.add("reported")
        elif child.dep_ == "prep" and low == "according":
            found.add("reported")
        elif child.dep_ == "parataxis" and lemma(child) in c["speech"]:
            found.add("reported")
    return found


def _none(tok: Token) -> bool:
    """A participant that denies the event: "no stations", "nobody", "none of them"."""
    c = cues()
    return tok.lower_ in c["negative_pronouns"] or any(
        x.dep_ == "det" and x.lower_ == "no" for x in tok.children)


def imperative(tok: Token) -> bool:
    """A bare verb with no subject and no auxiliary, heading its clause, is a command or
    slogan ("Free the prisoners", "Release them now, the crowd demanded"): asked for, not done."""
    top = tok
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    if tok.tag_ != "VB" or top.dep_ not in ("ROOT", "parataxis", "advcl", "ccomp"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj", "expl", "mark")
                   for t in {tok, top} for c in t.children)


def _definite(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or (c.dep_ in ("compound", "nummod") and c.ent_type_ in ("DATE", "GPE", "NORP", "PERSON", "ORG"))
        for c in tok.children)


def purpose(tok: Token) -> bool:
    """An infinitive of purpose or intent ("pressure ... to force the ouster") names
    something sought, not done; verbs that entail their complement are the exception."""
    if tok.dep_ not in ("xcomp", "acl", "advcl", "relcl") or tok.pos_ != "VERB":
        return False
    if not any(c.tag_ == "TO" and c.dep_ == "aux" for c in tok.children):
        return False
    # "This is to say nothing of the coups of 1954": speaking of something plans nothing.
    return lemma(tok.head) not in cues()["implicative"] and lemma(tok) not in cues()["speech"]


def modality(tok: Token, in_quote: bool) -> str:
    c = cues()
    found = _own(tok)
    if in_quote:
        found.add("reported")
    if purpose(tok):
        found.add("planned")
    if imperative(tok):
        found.add("hypothetical")
    cur = tok
    described = False  # past a relative clause, only who says so still matters
    while cur.head != cur and paragraph(cur.head) == paragraph(tok):
        dep, head = cur.dep_, cur.head
        lem = lemma(head)
        if dep in COMPLEMENT and not described:
            if lem in c["negating_heads"] and dep in SCOPE:
                if not any(x.dep_ == "neg" for x in head.children):  # "would not rule out": no denial
                    found.add("negated")
            elif lem in c["hypothetical_heads"] and dep in SCOPE:
                found.add("hypothetical")
            elif lem in c["planning"] and dep in ("xcomp", "ccomp", "prep", "pcomp"):  # "aimed at toppling"
                found.add("planned")
            elif lem in c["convening"] and dep == "dobj" and cur == tok and tok.pos_ == "NOUN":
                found.add("planned")  # "scheduled talks for Friday"
            elif lem in c["speech"] and dep == "ccomp":
                found.add("reported")
                if lem in c["belief"] and any(x.dep_ == "neg" for x in head.children):
                    found.add("negated")  # "I do not believe there will be an arrest"
            elif lem in c["reporting_nouns"] and dep in ("acl", "ccomp", "pobj", "prep"):
                found.add("reported")
            # The governing clause's own signals reach down into its complements
            # ("he said he would not..."), except negation, which scopes over the head
            # only, and except onto a definite subject, whose existence is presupposed
            # ("Guaidó's coup would go down in history" still happened).
            # Nor across an adverbial clause ("while the coup failed, another could come").
            # A verb of occurrence still says whether its subject happens ("previous
            # sanctions can snap back", "the talks could resume").
            presupposed = (cur == tok and dep in ("nsubj", "nsubjpass") and _definite(cur)
                           and lem not in c["occurrence_verbs"])
            if dep != "advcl" and not presupposed:
                found |= _own(head) - {"negated"}
                if purpose(head):
                    found.add("planned")
        elif dep in COMPLEMENT and lem in c["speech"] and dep == "ccomp":
            found.add("reported")
        if dep == "relcl":
            # "the release of the girls, who were kidnapped last Friday": a relative
            # clause states a fact about its noun whatever the main clause does.
            described = True
        cur = head
    if "hypothetical" in found and "reported" in found and _backshifted(tok):
        found.discard("hypothetical")  # "said officials would convene": reported future, not a conditional
        found.add("planned")
    return next(m for m in PRIORITY if m in found or m == "asserted")


def _backshifted(tok: Token) -> bool:
    """A bare "would" under a past-tense speech verb, with no condition or doubt word."""
    c = cues()
    chain = [tok]
    while chain[-1].head != chain[-1] and lemma(chain[-1]) not in c["speech"]:
        chain.append(chain[-1].head)
    speech = chain[-1]
    if lemma(speech) not in c["speech"] or speech.tag_ != "VBD":
        return False
    modal = [a.lower_ for t in chain[:-1] for a in t.children if a.dep_ == "aux" and a.lower_ in c["hypothetical_aux"]]
    doubt = any(lemma(t) in c["hypothetical_heads"] for t in chain[1:-1]) or any(
        a.dep_ == "mark" and a.lower_ in c["hypothetical_marks"] for t in chain[:-1] for a in t.children)
    return modal == ["would"] and not doubt
