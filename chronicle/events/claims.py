"""Claims about what another actor did: allegations and denials.

Event coding records a claim about another's conduct as the claimant's own act, an
ACCUSE (allege), whatever is claimed; the act itself is kept as well, as the claimant
reports it ("The United Nations said RSF fighters killed dozens of civilians": the U.N.
accuses the RSF, and a reported killing by the RSF). It is an accusation only when:

- someone says it (not a witness, a source or the press, who inform rather than accuse:
  ``informant_nouns``, MEDIA actors), with a verb of saying or claiming
  (``allegation_verbs``), not negated, asked or imagined ("did not say", "would claim");
- what is said is that a wrong was done (the act the reported clause is about is of an
  ``allegation_types`` type) and took place (no modal, no negation on the clause: "said
  the army would attack" threatens or predicts; "said troops did not fire" defends);
- the doer is on another side than the speaker, as far as the words tell: of another
  country, or of another kind of actor (the state, an armed group, civil society:
  "the opposition claimed the army detained its supporters", "Amnesty said the
  government used excessive force", "the U.N. said RSF fighters killed civilians").
  Not the speaker itself or its own ("police said they arrested 20", "our soldiers
  killed two militants"), not an arm of the same state ("the agency said the country's
  security forces killed 50"), and not when the speaker is a person the text does not
  place on a side, or the doer an unidentified one ("attackers detonated a car bomb"):
  such a statement informs rather than accuses. A prosecutor's claim is a charge
  whoever it names (``accuser_nouns``).

"Accused X of V-ing", "charged X with V-ing": X is the doer of V (extract._culprits). A
denial ("Israel denied that its troops fired on the convoy") rejects a claim: a REJECT
aimed at whoever made the claim if the sentence names them, never at the doer of the
denied act, and it asks for nothing, so it has no request mode. Word lists are in
``data/frames.json``.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors import state_sectors, tail_sector
from . import lexicon
from .extract import NAMED_KINDS, MentionIndex, Predicate, arguments, first_person, subjects
from .lexicon import cues, frames, lemma
from .modality import negated


@dataclass(slots=True)
class Allegation(Predicate):
    """An ACCUSE read off a saying: ``speaker`` accuses ``doers`` (entity keys)."""

    speaker: str = ""
    doers: tuple[str, ...] = ()

    def parties(self) -> tuple[list[str], list[str]]:
        """Source and target: an accusation is aimed at the doers of what it alleges."""
        return [self.speaker], [k for k in self.doers if k != self.speaker]


def allegations(sent, preds: list[Predicate], index: MentionIndex) -> list[Predicate]:
    """The accusations a sentence's sayings make (see the module docstring). ``preds``:
    the predicates already found in the sentence (a saying that is one already, or sits
    under an accusation, is left alone)."""
    if sent.text.rstrip().endswith("?"):
        return []  # a question alleges nothing
    f = frames()
    taken = {p.token.i for p in preds}
    accusing = [p.token for p in preds if p.type == "ACCUSE"]
    out: list[Predicate] = []
    for tok in sent:
        lem = lemma(tok)
        if tok.pos_ != "VERB" or lem not in f["allegation_verbs"] or tok.i in taken or not _firm(tok):
            continue
        if any(a == tok or a in accusing for a in tok.ancestors):
            continue  # "accused X of ..., saying ...": one accusation
        speaker = _claimant(tok, index)
        if speaker is None:
            continue
        for clause in (c for c in tok.children if c.dep_ in ("ccomp", "parataxis")):
            if clause.i < tok.i and not _quoted(sent, tok):
                break  # "Rebels shelled Juba on Sunday, officials said": the act is the news, sourced
            if not _firm(clause) or any(c.dep_ == "aux" and c.lower_ in cues()["future_aux"] for c in clause.children):
                break  # "said the army would attack", "said troops did not fire"
            main = _spine(clause, preds)
            if main is None or main.type not in f["allegation_types"]:
                break
            sources, targets = arguments(main, index)
            doers = _doers(main, sources, index)
            if doers is None or not _other(speaker, doers, main, index):
                break
            if _against_armed(targets, speaker, index):
                break  # "officials said the strike killed 30 militants": an operation, no wrong alleged
            out.append(Allegation(tok, "ACCUSE", "allege", lem, 0.7, speaker,
                                  tuple(dict.fromkeys(d.entity for d in doers if not isinstance(d, Token)))))
            break
    return out


def _quoted(sent, tok) -> bool:
    """Whether the words before a saying are a quotation ("'... tried to sabotage the
    process,' Akhundzada said"): the speaker's own claim, not a fact the reporter sources."""
    return any(t.text in QUOTE_MARKS for t in sent if t.i < tok.i)


QUOTE_MARKS = ('"', "\u201c", "\u201d", "``", "''")


def roles(pred: Predicate, sources: list[str], targets: list[str], index: MentionIndex) -> tuple[list[str], list[str]]:
    """A denial is aimed at no one inside what it denies ("denied that its troops fired":
    the troops are not rebuffed)."""
    if denial(pred):
        inside = [c for c in pred.token.children if c.dep_ in ("ccomp", "xcomp", "pcomp", "advcl")]
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in inside]
        sent = pred.token.sent
        kept = []
        for key in targets:
            here = [m for m in index.mentions if m.entity == key and sent.start_char <= m.start < sent.end_char]
            if here and all(any(s <= m.start < e for s, e in spans) for m in here):
                continue
            kept.append(key)
        return sources, kept
    return sources, targets


def denial(pred: Predicate) -> bool:
    """A REJECT that denies a claim: "denied that ...", "denies the charges", "dismissed
    the allegations" (not "rejected calls for his resignation", which refuses a request)."""
    if pred.type != "REJECT":
        return False
    if pred.lemma in frames()["denial_verbs"]:
        return True
    claims_ = lexicon.evaluation()["claim_nouns"]
    return pred.lemma in frames()["rebuttal_verbs"] and any(
        c.dep_ == "dobj" and lemma(c) in claims_ for c in pred.token.children)


def _firm(tok) -> bool:
    """A verb stated as done: no negation (on it or its auxiliary), no modal, no condition on it."""
    c = cues()
    return not negated(tok) and not any((ch.dep_ == "aux" and ch.lower_ in c["hypothetical_aux"])
                                        or (ch.dep_ == "mark" and ch.lower_ in c["hypothetical_marks"])
                                        for ch in tok.children)


def _claimant(tok, index: MentionIndex) -> str | None:
    """Who makes the claim: the saying's source actor, when one is named and it is not
    one who only informs (a witness, a source, the press)."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj += [c for s in subj for c in s.children if c.dep_ == "conj"]  # "officials and witnesses said"
    if not subj or any(lemma(s) in frames()["informant_nouns"] for s in subj):
        return None
    sources, _ = arguments(Predicate(tok, "ACCUSE", "allege", lemma(tok)), index)
    if not sources:
        return None
    if any(m.type == "MEDIA" for m in index.mentions if m.entity == sources[0]):
        return None
    return sources[0]


def _spine(clause, preds: list[Predicate]) -> Predicate | None:
    """The act a reported clause is about: a predicate on its head, or reached from it
    through coordination and the infinitives of plotting and of implicative verbs only
    ("plotted to kill", "tried to seize", "detained and beat"; not "swore to fight", a
    threat), or a noun its light verb carries ("carried out attacks"); not
    one in a modifier or adjunct ("claim that they protect villagers from attacks")."""
    by_token = {p.token.i: p for p in preds}
    hops = frames()["plotting_verbs"] | (cues()["implicative"] - cues()["negating_heads"])
    light = cues()["light_verbs"]
    frontier = [clause]
    while frontier:
        tok = frontier.pop(0)
        if tok.i in by_token:
            return by_token[tok.i]
        if tok is clause or lemma(tok) in hops:
            frontier += [c for c in tok.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")]
        if lemma(tok) in light:
            frontier += [c for c in tok.children if c.dep_ == "dobj"]
    return None


def _doers(main: Predicate, sources: list[str], index: MentionIndex) -> list | None:
    """Who did the act claimed: the mentions of its source actors (places left out); the
    subject's head word when no mention covers it ("the two men"); None when the clause
    names no doer ("three people were killed") or only an act ("the airstrikes killed")."""
    found = [m for key in sources for m in [_first(key, index)] if m is not None and m.type != "LOC"]
    if found:
        return found
    tokens, _ = subjects(main.token) if main.token.pos_ in ("VERB", "AUX") else ([], [])
    words = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") and lexicon.lookup(lemma(t), "N", set()) is None]
    return words or None


def _against_armed(targets: list[str], speaker: str, index: MentionIndex) -> bool:
    """Whether the act claimed was done to armed groups only (rebels, militants, gangs)
    other than the speaker: fighting them is not a wrong the speaker alleges."""
    found = [m for key in targets if (m := _first(key, index)) is not None]
    return bool(found) and speaker not in targets and all(_class(m) == "armed" for m in found)


TELLING = (*NAMED_KINDS, "group", "nominal", "pronoun")


def _first(key: str, index: MentionIndex):
    """An entity's most telling mention: a name before a group, a nominal or a pronoun."""
    return min((m for m in index.mentions if m.entity == key),
               key=lambda m: TELLING.index(m.kind) if m.kind in TELLING else len(TELLING), default=None)


def _other(speaker: str, doers: list, main: Predicate, index: MentionIndex) -> bool:
    """Whether the claim is about another side (see the module docstring): each doer is
    a mention or, where none covers the subject, its head word."""
    f = frames()
    said_by = _first(speaker, index)
    if said_by is None:
        return False
    accuser = _head_lemma(said_by) in f["accuser_nouns"]  # "prosecutors said": a charge
    for doer in doers:
        if isinstance(doer, Token):
            if first_person(doer) or not accuser and not _opposed(_class(said_by), _word_class(doer)):
                return False
            continue
        if doer.entity == speaker or _own_mention(doer, main):
            return False
        a, b = index.country(speaker), index.country(doer.entity)
        if a and b and a != b:
            continue
        if accuser and a == b:
            continue
        if a and b and a == b and "state" not in (_class(said_by), _class(doer)):
            return False
        if not _opposed(_class(said_by), _class(doer)):
            return False
        if _class(doer) == "armed" and not _identified(doer):
            return False  # "police said gunmen killed five": an incident, no one accused
    return True


def _identified(mention) -> bool:
    """A named actor, or a group a name or nationality qualifies ("RSF fighters",
    "Houthi rebels"), not an unidentified one ("gunmen", "militants")."""
    return mention.kind in NAMED_KINDS or any(w[:1].isupper() for w in mention.text.split()[1:]) \
        or mention.text[:1].isupper() and mention.text.split()[0].lower() not in ("the", "a", "an", "some")


def _opposed(a: str | None, b: str | None) -> bool:
    """The state against those it rules or fights, an armed group against civilians or
    their advocates: sides, as far as the words tell."""
    return a is not None and b is not None and a != b


def _class(mention) -> str | None:
    """The side an actor is on, by what it is: 'state' (a country, its forces, its
    officials and institutions), 'armed' (rebels, militias, criminals), 'civil' (the
    opposition, civilians, rights groups, international bodies); None for a person, who
    may speak for either."""
    f = frames()
    sector = _mention_sector(mention)
    if sector is not None:
        return _side(sector)
    if mention.type in ("GPE", "MILITARY"):
        return "state"
    if mention.type == "ORG":
        words = set(mention.name.lower().replace("'s", "").split())
        return "state" if words & f["state_name_words"] else "civil"
    if mention.type == "GROUP":
        return "civil"
    return None


def _word_class(tok) -> str | None:
    sector = _sector(tok)
    return None if sector is None else _side(sector)


def _side(sector: str) -> str:
    return "state" if sector in state_sectors() else "armed" if sector in frames()["armed_sectors"] else "civil"


def _head_lemma(mention) -> str:
    words = mention.text.lower().split()
    return words[-1].rstrip("s") if words else ""


def _own_mention(mention, main: Predicate) -> bool:
    doc = main.token.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(first_person(t) for t in span)


def _mention_sector(mention) -> str | None:
    return tail_sector(mention.text.lower().split())


def _sector(tok) -> str | None:
    return tail_sector([t.lower_ for t in tok.lefts if t.dep_ in ("compound", "amod")] + [tok.lower_])
