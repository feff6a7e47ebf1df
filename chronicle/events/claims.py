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

A judgement of another actor ("said the junta failed to protect civilians", "said Russia
is the aggressor", "called Guaido a traitor") is an accusation too, whatever its side,
since it reports no act that could only inform (``censures``).

A verb of alleging (``alleging_verbs``: "claimed", "alleged") is itself the evidence:
unlike "said", it presents what follows as contested, so whoever uses it (a witness, the
press, a person on no side) accuses, and whatever wrong it claims of another, coded act
or not ("claimed that protesters were paid"); never the speaker's own deed ("claimed it
was holding 200 hostages"). Measured on the twelve open event sets, the refusals for
"said" hold (relaxing the unplaced speaker, a missing doer or the informant would add
more accusations where the gold has none than where it has one); for the verbs of
alleging every one added matched a gold accusation.

A quoted sentence with no saying of its own ("'We have to understand that Moscow is the
aggressor. It has broken every truce,' Smith said": the first sentence) is its speaker's
claim, as the quotes stage attributes it: read as the content of a saying by that speaker.

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
from .extract import NAMED_KINDS, MentionIndex, Predicate, arguments, first_person, judged_content, resolve, subjects
from .lexicon import cues, frames, lemma
from .modality import negated


@dataclass(slots=True)
class Allegation(Predicate):
    """An ACCUSE read off a saying: ``speaker`` accuses ``doers`` (entity keys)."""

    speaker: str = ""
    doers: tuple[str, ...] = ()
    quoted: bool = False  # read off a quotation with no saying in its sentence

    def parties(self) -> tuple[list[str], list[str]]:
        """Source and target: an accusation is aimed at the doers of what it alleges."""
        return [self.speaker] if self.speaker else [], [k for k in self.doers if k != self.speaker]


def allegations(sent, preds: list[Predicate], index: MentionIndex, quotes=()) -> list[Predicate]:
    """The accusations a sentence's sayings make (see the module docstring). ``preds``:
    the predicates already found in the sentence (a saying that is one already, or sits
    under an accusation, is left alone). ``quotes``: the article's quotations, whose
    speaker makes the claims of a quoted sentence with no saying of its own."""
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
        alleging = lem in f["alleging_verbs"]
        speaker = _claimant(tok, index, alleging)
        if speaker is None:
            continue
        for clause in (c for c in tok.children if c.dep_ in ("ccomp", "parataxis")):
            if clause.i < tok.i and not _quoted(sent, tok):
                break  # "Rebels shelled Juba on Sunday, officials said": the act is the news, sourced
            if not _firm(clause) or _foretold(clause):
                break  # "said the army would attack", "said troops did not fire"
            doers = _alleged(clause, speaker, preds, index) if speaker else None
            if doers is not None:
                out.append(Allegation(tok, "ACCUSE", "allege", lem, 0.7, speaker, doers))
            elif alleging and (claimed := _claimed_of(clause, speaker, index)) is not None:
                # "claimed that protesters were paid": whoever claims a wrong of another accuses
                out.append(Allegation(tok, "ACCUSE", "allege", lem, 0.7, speaker, claimed))
            break
    said = quoted_clause(sent, quotes)
    if said is not None and not out:
        clause, speaker = said
        if _firm(clause) and not _foretold(clause) and (doers := _alleged(clause, speaker, preds, index)) is not None:
            out.append(Allegation(clause, "ACCUSE", "allege", lemma(clause), 0.7, speaker, doers, quoted=True))
    return out


def _foretold(clause) -> bool:
    """A clause in the future ("would attack"): it foretells, and alleges nothing done."""
    return any(c.dep_ == "aux" and c.lower_ in cues()["future_aux"] for c in clause.children)


def _alleged(clause, speaker: str, preds: list[Predicate], index: MentionIndex) -> tuple[str, ...] | None:
    """Whom a clause said by ``speaker`` charges with a wrong: the doers of its act, when
    the act is of an ``allegation_types`` type and done by another side than the
    speaker's, and not an operation against armed men ("officials said the strike killed
    30 militants"); else None."""
    main = _spine(clause, preds)
    if main is None or main.type not in frames()["allegation_types"]:
        return None
    sources, targets = arguments(main, index)
    doers = _doers(main, sources, index)
    if doers is None or not _other(speaker, doers, main, index) \
            or _against_armed(targets, speaker, index, clause.doc):
        return None
    return tuple(dict.fromkeys(d.entity for d in doers if not isinstance(d, Token)))


def quoted_clause(sent, quotes):
    """A quoted sentence with no saying of its own ("'Moscow is the aggressor. It has
    broken every truce,' he said": the second sentence), as its speaker's claim: its main
    clause, or what a first-person verb of knowing or judging governs ("we have to
    understand that Moscow is the aggressor"), and the quotation's speaker (None when
    the sentence is not quoted whole or its speaker is not known)."""
    root = sent.root
    words = [t for t in sent if not t.is_punct and not t.is_space]
    q = next((q for q in quotes if words and q.start <= words[0].idx and words[-1].idx < q.end and q.speaker), None)
    if q is None or root.pos_ not in ("VERB", "AUX"):
        return None
    speech = cues()["speech"]
    if any(lemma(t) in speech and any(c.dep_ in ("ccomp", "parataxis") for c in t.children) for t in sent):
        return None  # the sentence says who says it: the saying's own reading
    clause = root
    knowing = frames()["awareness_verbs"] | frames()["judging_verbs"]
    for _ in range(3):
        if lemma(clause) in knowing or lemma(clause) in frames()["advice_semimodals"]:
            nxt = [c for c in clause.children if c.dep_ in ("ccomp", "xcomp")]
            subj = [c for c in clause.children if c.dep_ == "nsubj"]
            if nxt and (not subj or all(first_person(x) for x in subj)):
                clause = nxt[0]
                continue
        break
    return clause, q.speaker


def censures(sent, preds: list[Predicate], index: MentionIndex, quotes=()) -> list[Predicate]:
    """Judgements a named speaker passes on another actor (see ``_judged_other``): saying it
    fails in its duty ("rights groups said the delegation failed to show commitment",
    "Washington said Bahrain lacks evidence against him") disapproves of it; saying it is
    an aggressor, a threat or a liar ("Kenya said Somalia is the aggressor"), or that it
    did a wrong no predicate codes ("said Kabul tried to sabotage the talks") charges it.
    So is a naming verb's calling it one ("called Guaido a traitor"). Either is an ACCUSE
    by the speaker aimed at that actor, as firmly said as an allegation (no negation,
    modal or future on the saying or the clause: "said Moscow would be a threat"
    foretells, "said Kyiv is not the aggressor" defends); the clause's own acts keep
    their own events. Whatever critics say of a measure is criticism of it (ACCUSE
    disapprove), the noun that names the speakers says so.
    Word lists in ``data/frames.json``: ``censure_*``, ``duty_*``, ``misdeed_verbs``,
    ``persisting_verbs``, ``judging_verbs``, ``critic_nouns``."""
    if sent.text.rstrip().endswith("?"):
        return []
    f = frames()
    taken = {p.token.i for p in preds}
    naming = lexicon.evaluation()["naming_verbs"]
    out: list[Predicate] = []
    for tok in sent:
        lem = lemma(tok)
        if tok.pos_ != "VERB" or tok.i in taken or not _firm(tok) \
                or lem not in f["allegation_verbs"] and lem not in naming and lem not in f["judging_verbs"]:
            continue
        speaker = _claimant(tok, index)
        if speaker is None:
            continue
        if lem in naming:
            named = _named_wrongdoer(tok, index)
            if named is not None and _judged_other(speaker, [named], tok, index):
                out.append(Allegation(tok, "ACCUSE", "disapprove", lem, 0.7, speaker, (named.entity,)))
            continue
        said_by = _first(speaker, index)
        if said_by is not None and _head_lemma(said_by) in f["critic_nouns"] and any(
                _of_a_measure(c) for c in tok.children if c.dep_ in ("ccomp", "parataxis")):
            out.append(Allegation(tok, "ACCUSE", "disapprove", lem, 0.7, speaker, ()))
            continue  # "critics say the proposal will help allies of the government": criticism of it
        for clause in (c for c in tok.children if c.dep_ in ("ccomp", "parataxis")):
            if clause.i < tok.i and not _quoted(sent, tok):
                break
            judged = _judgement(clause, speaker, index, f)
            if judged is not None:
                out.append(Allegation(tok, "ACCUSE", judged[0], lem, 0.7, speaker, judged[1]))
            break
    said = quoted_clause(sent, quotes)
    if said is not None and said[0].i not in taken and not out:
        judged = _judgement(said[0], said[1], index, f) or _evaluated(said[0], said[1], index)
        if judged is not None:
            out.append(Allegation(said[0], "ACCUSE", judged[0], lemma(said[0]), 0.7, said[1], judged[1], quoted=True))
    return out


def _evaluated(clause, speaker: str, index: MentionIndex) -> tuple[str, tuple[str, ...]] | None:
    """What a quoted sentence with no saying of its own judges, read as the content of
    its speaker's saying (extract.evaluative_speech reads a reported clause so): a wrong
    pinned on someone ("they are behind the attacks") or complicity with wrongdoers
    alleges it; bad conduct ("the police acted disproportionately"), concern or
    disappointment ("the arrests are a grave concern") and a harsh word for an act
    ("the raid was cowardly") disapprove. Aimed at the clause's subject, when it names
    an actor not of the speaker's side; never the speaker's own part in it."""
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    mode = judged_content(clause)
    if mode is None:
        return None
    judged = [m for s in subj for m in [resolve(s, index)] if m is not None and m.type != "LOC"]
    if mode == "allege" and (any(first_person(s) for s in subj)
                             or any(index.same_side(speaker, m.entity) for m in judged)):
        return None  # "we are responsible for ...": one's own part, no charge
    return mode, tuple(dict.fromkeys(m.entity for m in judged if not index.same_side(speaker, m.entity)))


def _judgement(clause, speaker: str, index: MentionIndex, f: dict) -> tuple[str, tuple[str, ...]] | None:
    """The judgement (mode, judged actors) a clause said by ``speaker`` passes on another
    actor (see ``censures``), or None."""
    if _hedged(clause) or _foretold(clause):
        return None
    mode = _censured(clause, f)
    if mode is None:
        return None
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    # an actor the clause names, or a word of an actor's kind ("the junta")
    doers = [d for s in subj if not first_person(s) for m in [resolve(s, index)]
             for d in [m if m is not None else s if _sector(s) is not None else None]
             if d is not None and (isinstance(d, Token) or d.type != "LOC")]
    if not subj or len(doers) != len(subj) or not _judged_other(speaker, doers, clause, index):
        return None
    return mode, tuple(dict.fromkeys(d.entity for d in doers if not isinstance(d, Token)))


def _judged_other(speaker: str, doers: list, clause, index: MentionIndex) -> bool:
    """Whether a judgement is passed on others than the speaker's own: unlike a claim of
    an act, which may only inform, a judgement censures whoever passes it, so any other
    actor will do, not only one of another side; but not the speaker, its own ("said its
    troops failed to reach the village") or its country's."""
    for doer in doers:
        if isinstance(doer, Token):
            if first_person(doer):
                return False
            continue
        if index.same_side(speaker, doer.entity) or _own_mention(doer, Predicate(clause, "ACCUSE", None, "")):
            return False
    return True


def _of_a_measure(clause) -> bool:
    """Whether a reported clause speaks of a measure or an act ("the proposal will help
    allies", "the arrests were meant to intimidate"): what critics say of one is criticism;
    what they forecast of the world ("Europe can't afford to ...") is not."""
    acts = lexicon.evaluation()["act_nouns"]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
               and (lemma(c) in acts or (lemma(c), "N") in lexicon.predicates()) for c in clause.children)


def _named_wrongdoer(tok, index: MentionIndex):
    """The actor a naming verb calls a wrongdoer ("called Guaido a traitor", "described
    Israel as an aggressor", "Wilders, whom he described as a racist"): its object's
    mention, when what it is called is a censure noun (see ``_censure_noun``)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubj") and (c.i > tok.i or c.lower_ in ("who", "whom"))]
    called = [c for c in tok.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and c.pos_ == "NOUN"]
    called += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("as", "to")
               for o in c.children if o.dep_ == "pobj"]
    for c in tok.children:  # "called [Guaido a traitor]": the parser makes the pair a clause
        if c.dep_ == "ccomp":
            objs += [g for g in c.children if g.dep_ == "nsubj"]
            called += [g for g in c.children if g.dep_ in ("attr", "dobj") and g.pos_ == "NOUN"]
    if len(objs) != 1 or not any(_censure_noun(w) for w in called if w is not objs[0]):
        return None
    m = resolve(objs[0], index)
    return m if m is not None and m.type != "LOC" and not first_person(objs[0]) else None


def _censure_noun(word) -> bool:
    """A noun that calls its referent a wrongdoer: a ``censure_nouns`` word, or one of
    harsh valence in VADER that does not only say what befell it (``not_censure``)."""
    f, ev = frames(), lexicon.evaluation()
    lem = lemma(word)
    if word.pos_ != "NOUN" or lem in f["not_censure"] or lem in ev["not_harsh"]:
        return False
    return lem in f["censure_nouns"] or lexicon.valence().get(word.lower_, 0.0) <= ev["harsh_valence"]


def _hedged(tok) -> bool:
    """A clause under a modal or a condition: what may be is no judgement of what is."""
    c = cues()
    return any((ch.dep_ == "aux" and ch.lower_ in c["hypothetical_aux"])
               or (ch.dep_ == "mark" and ch.lower_ in c["hypothetical_marks"]) for ch in tok.children)


def _censured(clause, f: dict) -> str | None:
    """The judgement a reported clause passes on its subject: 'disapprove' where it fails
    in its duty (a ``censure_verbs`` head, a ``duty_verbs`` one negated, no ``duty_nouns``
    made or taken), 'allege' where it is said to have done a wrong
    no predicate codes (a ``misdeed_verbs`` head, or one tried or kept up) or is called a
    wrongdoer (a copula whose predicate noun is a ``censure_nouns`` word or a harsh one in VADER)."""
    lem = lemma(clause)
    duty_done = lem in ("make", "take", "show") and [
        c for c in clause.children if c.dep_ == "dobj" and lemma(c) in f["duty_nouns"]]
    if negated(clause):  # "has not complied with the ceasefire", "hasn't taken the steps it promised"
        return "disapprove" if lem in f["duty_verbs"] or duty_done else None  # "did not fail to" praises
    if lem in f["censure_verbs"] or duty_done and any(d.lower_ == "no" for c in duty_done for d in c.children):
        return "disapprove"  # "is making no effort to protect the people"
    done = clause
    while lemma(done) in f["plotting_verbs"] | f["persisting_verbs"]:  # "tried to sabotage", "continues to meddle"
        done = next((c for c in done.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if done is None:
            return None
    if lemma(done) in f["misdeed_verbs"] and not negated(done):
        return "allege"
    if lem not in lexicon.evaluation()["copulas"]:
        return None
    if any(c.dep_ == "attr" and _censure_noun(c) for c in clause.children):
        return "allege"
    return None


def _quoted(sent, tok) -> bool:
    """Whether the words before a saying are a quotation ("'... tried to sabotage the
    process,' Akhundzada said"): the speaker's own claim, not a fact the reporter sources."""
    return any(t.text in QUOTE_MARKS for t in sent if t.i < tok.i)


QUOTE_MARKS = ('"', "\u201c", "\u201d", "``", "''")


def roles(pred: Predicate, sources: list[str], targets: list[str], index: MentionIndex) -> tuple[list[str], list[str]]:
    """A denial is aimed at no one inside what it denies ("denied that its troops fired":
    the troops are not rebuffed). Whoever "is to blame" is blamed, by whoever says so
    (see ``_to_blame``)."""
    blamed = _to_blame(pred, index)
    if blamed is not None:
        return blamed
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


def _to_blame(pred: Predicate, index: MentionIndex) -> tuple[list[str], list[str]] | None:
    """The parties of "X is to blame (for Y)": the infinitive of a blaming verb after a
    copula says X is the culprit, so X is its target, not its source; the source is
    whoever says so ("the opposition says Maduro is to blame": the opposition, see
    ``_claimant``), else no one named (the writer's own judgement). None for any other
    predicate."""
    tok = pred.token
    if pred.type != "ACCUSE" or pred.lemma not in cues()["blaming_verbs"] or tok.dep_ != "xcomp" \
            or lemma(tok.head) not in lexicon.evaluation()["copulas"] \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    culprits = [m.entity for s in tok.head.children if s.dep_ == "nsubj"
                for m in [resolve(s, index)] if m is not None and m.type != "LOC"]
    saying = blaming_saying(pred)
    speaker = _claimant(saying, index) if saying is not None else None
    return ([speaker] if speaker else []), [k for k in culprits if k != speaker]


def blaming_saying(pred: Predicate):
    """The firm saying whose content "X is to blame" is: the blame is that speaker's own
    accusation, made when the saying was (its modality, not a report's), or None."""
    head = pred.token.head
    saying = head.head if head.dep_ in ("ccomp", "parataxis") else None
    if saying is None or lemma(saying) not in frames()["allegation_verbs"] | frames()["judging_verbs"] \
            or not _firm(saying):
        return None
    return saying


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


def _claimant(tok, index: MentionIndex, alleging: bool = False) -> str | None:
    """Who makes the claim: the saying's source actor, when one is named and it is not
    one who only informs (a witness, a source, the press). A verb of alleging
    (``alleging_verbs``: "claimed", "alleged") makes a claim whoever uses it, named or
    not ("" then): a witness who claims accuses."""
    if alleging:
        sources, _ = arguments(Predicate(tok, "ACCUSE", "allege", lemma(tok)), index)
        return sources[0] if sources else ""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj += [c for s in subj for c in s.children if c.dep_ == "conj"]  # "officials and witnesses said"
    if not subj or any(lemma(s) in frames()["informant_nouns"] for s in subj):
        return None
    sources, _ = arguments(Predicate(tok, "ACCUSE", "allege", lemma(tok)), index)
    if not sources:
        host = _host_subject(subj[0], tok, index)
        sources = [host] if host is not None else []
    if not sources:
        return None
    if any(m.type == "MEDIA" for m in index.mentions if m.entity == sources[0]):
        return None
    return sources[0]


def _host_subject(subj, tok, index: MentionIndex) -> str | None:
    """Whom a pronoun no mention covers stands for when it says something inside another
    clause ("withdrew approval because it said ...", "Wilders, whom he described as ..."):
    the subject of the nearest clause above that has one, when it names an actor of the
    pronoun's kind ("he"/"she" a person, "it" no person), as English most often
    refers from a subordinate clause to the main clause's subject."""
    if subj.lower_ not in ("he", "she", "it") or index.at(subj) is not None:
        return None
    for up in tok.ancestors:
        host = next((c for c in up.children if c.dep_ == "nsubj"), None)
        if host is None:
            continue
        m = resolve(host, index)
        if m is None or (m.type == "PERSON") != (subj.lower_ != "it") or m.type in ("LOC", "GROUP"):
            return None
        return m.entity
    return None


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


def _claimed_of(clause, speaker: str, index: MentionIndex) -> tuple[str, ...] | None:
    """Whom a verb of alleging accuses when what is claimed is no act of a coded type
    ("claimed that protesters were paid", "claims Kabul is working for foreign powers"):
    the clause's subject (for a passive one, its agent, or no one named); None when the
    claim is about the speaker or its own ("claimed they were holding 200 hostages",
    "claimed its forces took the town"), or about no actor at all ("claimed the budget
    was balanced", "claimed the photographs were taken by his uncle")."""
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if not subj or any(first_person(s) for s in subj):
        return None
    passive = any(s.dep_ == "nsubjpass" for s in subj)
    if passive:
        agents = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        doers = agents
    else:
        doers = subj
    keys = []
    for d in doers:
        m = resolve(d, index)
        if m is None:
            if passive or _sector(d) is not None:
                continue
            return None  # "claimed the budget was balanced", "the attack was deliberate"
        if m.type == "LOC" or first_person(d) or (speaker and index.same_side(speaker, m.entity)) \
                or _own_mention(m, Predicate(clause, "ACCUSE", None, "")) \
                or any(p.dep_ == "poss" and (first_person(p) or p.pos_ == "PRON" and index.at(p) is None)
                       for p in d.children):
            return None
        keys.append(m.entity)
    if passive and not any(resolve(s, index) is not None or _sector(s) is not None for s in subj):
        return None  # "claimed the images were taken": nothing said of an actor
    return tuple(dict.fromkeys(keys))


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


def _against_armed(targets: list[str], speaker: str, index: MentionIndex, doc) -> bool:
    """Whether the act claimed was done to armed groups only (rebels, militants, gangs)
    other than the speaker: fighting them is not a wrong the speaker alleges."""
    found = [m for key in targets if (m := _first(key, index)) is not None]
    if any(_speakers_own(doc, m, speaker, index) for m in found):
        return False  # "the Taliban said drones killed 12 of its fighters": its own, wronged
    return bool(found) and speaker not in targets and all(_class(m) == "armed" for m in found)


def _speakers_own(doc, mention, speaker: str, index: MentionIndex) -> bool:
    """A group the speaker owns ('its fighters', 'our supporters')."""
    span = _span(doc, mention)
    if span is None:
        return False
    for owner in (c for c in span.root.children if c.dep_ == "poss"):
        m = index.at(owner)
        if first_person(owner) or (m.entity == speaker if m is not None else owner.pos_ == "PRON"):
            return True  # an 'its' nobody else is named for is the speaker's
    return False


TELLING = (*NAMED_KINDS, "group", "nominal", "pronoun")


def _first(key: str, index: MentionIndex):
    """An entity's most telling mention: a name before a group, a nominal or a pronoun."""
    return min((m for m in index.mentions if m.entity == key),
               key=lambda m: TELLING.index(m.kind) if m.kind in TELLING else len(TELLING), default=None)


def side_of(key: str, index: MentionIndex) -> str | None:
    """'state' or 'civil' where the actor's own words tell it ("police", "protesters",
    "residents", "the interior ministry"), read on its most telling mention; None for a
    person, a named organisation or an armed group, which may act for either."""
    mention = _first(key, index)
    if mention is None:
        return None
    side = _class(mention)
    if side == "civil" and _mention_sector(mention) is None:
        return None
    return side if side in ("state", "civil") else None


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
    span = _span(main.token.doc, mention)
    return span is not None and any(first_person(t) for t in span)


def _span(doc, mention):
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _mention_sector(mention) -> str | None:
    return tail_sector(mention.text.lower().split())


def _sector(tok) -> str | None:
    return tail_sector([t.lower_ for t in tok.lefts if t.dep_ in ("compound", "amod")] + [tok.lower_])
