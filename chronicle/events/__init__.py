"""The events stage: who did what to whom, where and when, coded in PLOVER.

Per sentence: find predicates (lexicon first, the classifier for actor-to-actor
verbs the lexicon lacks), fold complements into the predicate that governs them
("asked the US to launch an intervention" is one REQUEST; the act a request asks of a named
addressee, "asked the UN to deploy police", stays its own hypothetical event), add what a saying commits
its speaker to (a promise, advice, a wish, blame: ``_commitments``), then read
arguments, modality, size, date and the coup layer off the parse; a doer the clause leaves
out is read, where the article settles it, from the text around it (``discourse``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..nlp.clauses import joined_to
from ..records import Analysis, Event, EventDate
from . import appeals, claims, classifier, coups, discourse, lexicon
from .extract import (
    FIRST_PERSON, FIRST_PERSON_OWNERS, PLACE_TYPES, MentionIndex, Predicate, arguments, clause_span, complement_path,
    acting_participle, dependents, episode, existential, in_connective, passive_doer, protest_at_work, recurring,
    has_arguments, infinitive, location, paragraph, predicate, resolve, size, speech_subject, subjects, within,
)
from .lexicon import cues, frames, lemma, request_mode
from .modality import asked, conditional, fragment, modality, more_cues, purpose

__all__ = ["annotate"]

PERSONAL = ("i", "we", "you", "he", "she", "they")
MAKER_PREPS = ("by", "from", "of")  # "a request by / from / of the senator": who made it
SUPPORTED_BY = {"lexicon-verb": 0.9, "lexicon-noun": 0.8}
UNREST = ("ASSAULT", "PROTEST")  # happenings whose parties a reader need not be told ("there were riots")


def annotate(analysis: Analysis, model: classifier.Classifier | None | object = classifier.SHIPPED) -> None:
    """Append the article's events. ``model`` replaces the shipped fallback classifier
    (``None``: lexicon only), so evaluation can score folds it was not trained on."""
    doc = analysis.doc
    index = MentionIndex(analysis.mentions)
    # the speaker's own words; a content clause ("X said that ...") is read on the parse by modality
    quotes = [(q.start, q.end) for q in analysis.quotes if q.kind != "indirect"]
    date_for = _date_for()
    if model is classifier.SHIPPED:
        model = classifier.load()
    home = None  # the article's main country, looked up only if a coup needs it
    readings: dict[int, coups.Reading] = {}  # id(event) -> what the coup layer knows of it
    events: list[Event] = []
    triggers: dict[int, object] = {}  # id(event) -> its trigger, for sources read from the discourse
    for sent in doc.sents:
        found = _predicates(sent, model, index)
        # What the coup layer makes of each trigger (token index -> ``coups.classify``), read once.
        kinds = {p.token.i: coups.classify(p.token, p.lemma) for p in found}
        preds = _folded(_absorb(found, kinds), kinds)
        preds = preds + _commitments(sent, preds, index) + _ultimatums(preds)
        preds = preds + claims.allegations(sent, preds, index, analysis.quotes) \
            + appeals.appeals(sent, preds, index, analysis.quotes)
        preds = sorted(preds + claims.censures(sent, preds, index, analysis.quotes), key=lambda p: p.token.i)
        kinds |= {p.token.i: coups.classify(p.token, p.lemma) for p in preds if p.token.i not in kinds}
        others = {p.token.i for p in preds}
        made: list[tuple[Predicate, Event]] = []
        for pred in preds:
            event = _event(pred, kinds[pred.token.i], sent, index, quotes, others, analysis, date_for, readings)
            if event is not None:
                made.append((pred, event))
        for pred, event in _one_happening(made):
            triggers[id(event)] = pred.token
            if event.coup is not None:
                if coups.unrecorded(pred.token, sent):
                    continue  # "the toppling of Saddam Hussein in 2003": no coup on record, no coup said
                if home is None:
                    home = _home_countries(analysis)
                reading = readings[id(event)]
                reading.group = _link(event, pred, sent, index, home, analysis, reading)
                listed = _listed(event, pred, sent, index, analysis, readings)
                events += [event, *listed]
                continue
            events.append(event)
    _refer_back(events, readings)
    coups.settle(events, readings)
    _restated(events, analysis)
    _in_dated_document(events, analysis)
    _in_dated_happening(events, analysis)
    discourse.infer_sources(events, triggers, index)
    analysis.events.extend(_merge(events, readings))


def _one_happening(made: list[tuple[Predicate, Event]]) -> list[tuple[Predicate, Event]]:
    """"At least 12 people were killed and dozens more wounded when a car bomb exploded":
    a coder records one attack, its dead and wounded being its size. Violence whose
    clauses are chained (coordinated, or one the time or manner of the other) is folded
    into one event where one of them only tells the harm done (killing, wounding); two
    acts ("attacked a base and ambushed a convoy") stay two."""
    harm = {lem for key in ("dead", "injured") for lem in cues()["size"][key]}
    groups: list[list[tuple[Predicate, Event]]] = []
    for pair in made:
        group = next((g for g in groups if any(_chained(m, pair, harm) for m in g)), None)
        if group is None:
            groups.append([pair])
        else:
            group.append(pair)
    kept = []
    for group in groups:
        # "killed in an attack": the attack named carries it; else the first mention, the
        # others adding doers, mode and toll
        pred, event = next((m for m in group if m[0].token.pos_ == "NOUN" and m[0].lemma not in harm), group[0])
        for _, other in group:
            if other is event:
                continue
            event.start, event.end = min(event.start, other.start), max(event.end, other.end)
            event.mode = event.mode or other.mode
            _fold(event, other)
            if _stated(event) is None and _stated(other) is not None:
                event.date = other.date
        if len(group) > 1:  # "killed in an ambush by militants": the doers named there are no victims
            event.target = [k for k in event.target if k not in event.source]
        kept.append((pred, event))
    return kept


def _chained(a: tuple[Predicate, Event], b: tuple[Predicate, Event], harm: set[str]) -> bool:
    (pa, ea), (pb, eb) = a, b
    if _one_penalty(pa.token, pb.token) and ea.type == eb.type == "SANCTION" and ea.modality == eb.modality:
        return True
    if ea.type != "ASSAULT" or eb.type != "ASSAULT" or ea.modality != eb.modality:
        return False
    if ea.coup is not None or eb.coup is not None or (pa.lemma not in harm and pb.lemma not in harm):
        return False
    if ea.mode and eb.mode and ea.mode != eb.mode:
        return False
    if ea.source and eb.source and not set(ea.source) & set(eb.source):
        return False  # different doers: two acts
    marks = cues()["simultaneous_marks"]

    def linked(x, y) -> bool:
        if y.pos_ == "NOUN" and y.dep_ == "pobj" and y.head.lower_ in ("in", "during") and y.head.head == x:
            # "were killed in an ambush by militants"; "killed in clashes between police and
            # protesters" does not say whose violence killed them: the deaths stay apart
            return not any(c.dep_ == "prep" and c.lower_ == "between" for c in y.children)
        if y.head != x or y.pos_ != "VERB":
            return False
        if y.dep_ == "conj":
            return True
        return y.dep_ == "advcl" and (y.tag_ == "VBG" or any(
            m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in y.children))
    return linked(pa.token, pb.token) or linked(pb.token, pa.token)


def _one_penalty(x, y) -> bool:
    """"Navalny was fined 20,000 rubles and given a 15-day jail sentence": penalties passed
    on one undergoer in conjoined passive verbs sharing its subject are one sentencing."""
    first, second = (x, y) if x.i < y.i else (y, x)
    return second.head == first and second.dep_ == "conj" and second.tag_ == "VBN" \
        and any(c.dep_ == "nsubjpass" for c in first.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children)


def _merge(events: list[Event], readings: dict[int, coups.Reading]) -> list[Event]:
    """One event per thing that happened: later mentions of the same coup (same coup,
    same outcome, no conflicting date), or of the same act by the same actors on the
    same stated date, are folded into the first, most informative mention."""
    kept: list[Event] = []
    for event in events:
        same = next((k for k in kept if _same(k, event, readings)), None)
        if same is None:
            kept.append(event)
            continue
        if _informativeness(event) > _informativeness(same):
            kept[kept.index(same)] = event
            event, same = same, event
        _fold(same, event)
        same.confidence = max(same.confidence, event.confidence)
    return kept


def _fold(kept: Event, other: Event) -> None:
    """Add to the mention kept what another mention of the same happening adds: more
    participants (a doer is never also an undergoer), a place, counts it lacks."""
    kept.source += [k for k in other.source if k not in kept.source]
    kept.target += [k for k in other.target if k not in kept.target and k not in kept.source]
    kept.location = kept.location or other.location
    kept.size = {**(other.size or {}), **(kept.size or {})} or None


def _stated(event: Event) -> str | None:
    date = event.date
    return date.value if date is not None and date.basis == "expression" else None


def _same(a: Event, b: Event, readings: dict[int, coups.Reading]) -> bool:
    if (a.type, a.mode, a.modality) != (b.type, b.mode, b.modality):
        return False
    if _stated(a) and _stated(b) and _stated(a) != _stated(b):
        return False
    if a.coup is not None and b.coup is not None:
        return readings[id(a)].group == readings[id(b)].group and a.coup["outcome"] == b.coup["outcome"]
    if a.coup is not None or b.coup is not None:
        return False
    return (bool(a.source) and sorted(a.source) == sorted(b.source) and sorted(a.target) == sorted(b.target)
            and _stated(a) is not None and _stated(a) == _stated(b))


def _informativeness(event: Event) -> tuple:
    return (bool(event.coup and event.coup.get("reference")), _stated(event) is not None,
            len(event.source) + len(event.target), bool(event.size))


def _date_for():
    """The time stage's resolver, when that stage is installed."""
    try:
        from .. import time as time_stage
    except ImportError:
        return None
    return getattr(time_stage, "date_for", None)


def _predicates(sent, model, index) -> list[Predicate]:
    """Lexicon predicates first; then the classifier on verbs that neither carry nor
    sit right under one (a light verb's noun is already the event)."""
    coup_words = cues()["coup"]["always"]
    out: list[Predicate] = []
    for tok in sent:
        if lemma(tok) in coup_words and tok.head.dep_ == "amod" and tok.dep_ in ("npadvmod", "compound"):
            continue  # "the coup-plotting Assembly" describes the Assembly; it names no coup
        if lemma(tok) in coup_words and (tok.dep_ == "compound"  # "the coup d'etat in Ukraine": "coup" an nmod
                                         or (tok.dep_ == "nmod" and lemma(tok.head) in coups.COUP_HEADS)):
            # "coup attempt", "coup plot": the head names the event; "coup threats" does not.
            if lemma(tok.head) in coups.COUP_HEADS and all(p.token != tok.head for p in out):
                out.append(Predicate(tok.head, "COERCE", "seize", lemma(tok), 0.8))
            continue
        pred = predicate(tok) or _stance_clause(tok)
        if pred is not None and _insisted_demand(pred):
            pred = Predicate(tok, "REQUEST", None, pred.lemma)
        if pred is not None and all(p.token != tok for p in out):
            pred.confidence = SUPPORTED_BY["lexicon-verb" if tok.pos_ == "VERB" else "lexicon-noun"]
            out.append(pred)
    for tok in coups.acts(sent):  # "officers said they had dissolved all state institutions": no lexicon trigger
        if all(p.token != tok for p in out):
            out.append(Predicate(tok, "COERCE", "seize", lemma(tok), 0.8))
    out.sort(key=lambda p: p.token.i)
    if model is None:
        return out
    taken = {p.token.i for p in out}
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in taken or tok.head.i in taken or in_connective(tok):
            continue
        if any(c.i in taken for c in tok.children):
            continue
        if lemma(tok) in more_cues()["enacting_verbs"] and any(c.dep_ == "xcomp" for c in tok.children):
            continue  # "voted to extend the state of emergency": the vote is the extension, no request
        pred = model.predict(tok, index)
        if pred is not None:
            out.append(pred)
    return sorted(out, key=lambda p: p.token.i)


def _insisted_demand(pred: Predicate) -> bool:
    """"Insisted that the president must resign": a clause of advice under a verb of
    maintaining asks for something (a REQUEST); it rebuts no claim, as "insisted that the
    troops had not fired" does."""
    f = frames()
    return pred.type == "REJECT" and pred.lemma in f["denial_verbs"] \
        and any(c.dep_ == "ccomp" and _advising(c, f) for c in pred.token.children)


def _stance_clause(tok) -> Predicate | None:
    """"While highly critical of the British government, he has warned ...": a predicative
    adjective of stance (a row of part of speech A) heading a verbless adverbial clause is
    the main clause subject's stance, as after a copula."""
    if tok.pos_ != "ADJ" or tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "cop") or c.lemma_ == "be"
                                                       for c in tok.children):
        return None
    entry = lexicon.lookup(lemma(tok), "A", dependents(tok))
    if entry is None or not entry.requires:
        return None  # "Ready or not, ...": only a stance aimed at something ("critical of") says whose
    return Predicate(tok, entry.type, entry.mode, lemma(tok))


def _folded(preds: list[Predicate], kinds: dict[int, str | None]) -> list[Predicate]:
    """"Imposed sanctions on Russia", "lodged a diplomatic protest": a verb coded by the
    noun it takes is that noun's event (the noun saying which kind); "summoned the
    ambassador to protest the incursion": an act done to make a protest of the same kind
    is that protest; "retaliated with tariffs": the means is the act; "halted aid": what
    is stopped happens no more. After ``_absorb``, so that what the noun governs is settled first."""
    coup_words = cues()["coup"]["always"]
    verbs = {(p.token.i, p.type): p for p in preds if p.token.pos_ == "VERB"}
    kept = []
    stopping = {p.token.i for p in preds if p.token.pos_ == "VERB" and p.mode == "discontinue"}
    for p in preds:
        if p.token.pos_ == "NOUN" and p.token.dep_ == "dobj" and p.token.head.i in stopping and kinds[p.token.i] is None:
            continue  # "would cease military aid": the aid stopped is no act of its own
        means = _means_of(p.token)
        if means is not None and (means.i, p.type) in verbs and p.token.pos_ == "NOUN" and kinds[p.token.i] is None:
            # "retaliated with tariffs", "by announcing tariffs": the tariffs are the retaliation
            verbs[(means.i, p.type)].mode = verbs[(means.i, p.type)].mode or p.mode
            continue
        verb = verbs.get((p.token.head.i, p.type))
        if verb is not None and p.lemma not in coup_words and kinds[p.token.i] is None and (
                (p.token.pos_ == "NOUN" and p.token.dep_ == "dobj")
                or (p.token.pos_ == "VERB" and p.token.dep_ in ("xcomp", "advcl") and infinitive(p.token))):
            verb.mode = p.mode or verb.mode
            continue
        kept.append(p)
    return kept


def _means_of(tok):
    """The verb whose means phrase ("with X", "by doing X") or passive agent holds this noun,
    or None: such a phrase spells out the act the verb names ("retaliated with its own
    tariffs", "were killed by police gunfire")."""
    head = tok.head
    if tok.dep_ == "dobj" and head.dep_ == "pcomp" and head.tag_ == "VBG":
        tok, head = head, head.head  # "by announcing increased tariffs"
    elif tok.dep_ != "pobj":
        return None
    if head.lower_ not in ("with", "by") or head.dep_ not in ("prep", "agent") or head.head.pos_ != "VERB":
        return None
    return head.head


def _absorb(preds: list[Predicate], kinds: dict[int, str | None]) -> list[Predicate]:
    """Drop predicates that only spell out what a request, threat, promise or refusal
    is about; they set its mode instead. A coup the content takes as given ("threatened
    intervention to reverse the coup") happened whatever is asked or threatened: it stays."""
    heads = cues()["absorbing_heads"]
    kept = []
    for pred in preds:
        governor = next((p for p in preds if p is not pred and p.lemma in heads
                         and complement_path(pred.token, p.token) and not _next_act(pred.token, p.token)), None)
        if governor is None or ((modality(pred.token, False) == "asserted" or coups.presupposed(pred.token))
                                and kinds[pred.token.i] == "coup") or _act_asked(pred, governor) \
                or _undertaken(pred, governor) or _request_denied(pred) or _answered_request(pred) is not None:
            kept.append(pred)
    for pred in kept:
        if pred.mode is None and pred.type in ("REQUEST", "THREATEN", "REJECT") and not claims.denial(pred):
            pred.mode = _mode_from_content(pred)
    return kept


def _next_act(tok, governor) -> bool:
    """"Demanded that the EU lift its sanctions and accused Brussels of hypocrisy": a conjunct
    with its own tense that the parser hangs on the bare verb of what is asked joins the
    governor's clause or one above it (``joined_to``): its subject's next act, not content."""
    cur = tok
    while cur != governor and cur.head != cur:
        if cur.dep_ == "conj":
            up = joined_to(cur)[1]
            if up is None or (up != cur.head and (up == governor or up.is_ancestor(governor))):
                return True
        cur = cur.head
    return False


def _act_asked(pred: Predicate, governor: Predicate | None = None) -> bool:
    """"Calling on Russia to immediately release all the demonstrators", "asked the Security
    Council to deploy police": a request to a named addressee is the request plus the act it
    asks for, a hypothetical act of the one asked (the coders' convention: a speech act is
    coded, and so is what it is about, as its own event). Only the verb with its own
    addressee: "called for his release" names no one who would act; a request asked for
    ("urged them to ask for talks") is the request's content only."""
    tok = pred.token
    if pred.type == "REQUEST" or tok.pos_ != "VERB" or tok.dep_ != "xcomp" \
            or not infinitive(tok):
        return False
    asker = tok.head
    if asker.dep_ == "pobj" and asker.head.dep_ == "prep":
        asker = asker.head.head  # "calling on Russia to release"
    elif not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on") for c in asker.children):
        return False  # "vowed to release": a promise, no one asked
    if governor is not None:
        return governor.token == asker and governor.type == "REQUEST"
    found = predicate(asker)
    return found is not None and found.type == "REQUEST"


def _request_denied(pred: Predicate) -> bool:
    """"Turkey is seeking Gulen's extradition from the US, a request which has not been
    granted": the act asked for, where the request is said to be refused or not granted,
    is told not to have happened (a negated act besides the request)."""
    tok, c = pred.token, cues()
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return False
    asking = predicate(tok.head)
    if asking is None or asking.type != "REQUEST":
        return False
    for noun in tok.head.subtree:
        if noun.pos_ != "NOUN" or noun.dep_ != "appos" or lemma(noun) not in c["absorbing_heads"]:
            continue
        for clause in noun.children:
            if clause.dep_ != "relcl":
                continue
            negated = any(x.dep_ == "neg" for x in clause.children)
            if (negated and lemma(clause) in c["granting_verbs"]) or (
                    not negated and lemma(clause) in c["negating_heads"]):
                return True
    return False


def _asked_of(tok, index: MentionIndex) -> list[str]:
    """Who an act asked for would be done by: "extradition from the US", or the verb's
    addressee ("asked Washington for his extradition")."""
    asked = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    asked = asked or [c for c in tok.head.children if c.dep_ in ("dobj", "dative") and c != tok]
    return [m.entity for g in asked if (m := resolve(g, index)) is not None]


def _answered_request(pred: Predicate) -> tuple | None:
    """"The court rejected Kenya's request to brief it", "agreed, in line with a request of the
    senator": a request that names its maker, answered by a refusal or an assent, was made
    before the answer and by another, its maker's own speech act, asserted, besides the
    answer. (maker, answering verb) tokens, or None."""
    tok = pred.token
    if pred.type != "REQUEST" or tok.pos_ != "NOUN":
        return None
    maker = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
        (g for c in tok.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS for g in c.children
         if g.dep_ == "pobj"), None)
    cur = tok  # up through objects and prepositions, and the infinitive of "agreed to free ... in line with"
    while maker is not None and cur.dep_ in ("dobj", "pobj", "prep", "xcomp") and cur.head != cur:
        cur = cur.head
        found = predicate(cur) if cur.pos_ == "VERB" else None
        if found is not None and found.type in ("REJECT", "AGREE"):
            return maker, cur
    return None


def _undertaken(pred: Predicate, governor: Predicate) -> bool:
    """"The sergeant-at-arms agreed to serve the warrant", "Ponde also promised investigations
    into allegations": what an actor undertakes to do itself is its own planned act, besides
    the promise (an offer or a refusal is not: it waits on, or denies, the other side)."""
    return governor.type == "AGREE" and governor.lemma in cues()["undertaking_verbs"] \
        and pred.type not in ("AGREE", "CONSULT", "SUPPORT", "REQUEST") and governor.token.pos_ == "VERB" \
        and pred.token.head == governor.token and pred.token.dep_ in ("xcomp", "dobj")


def _commitments(sent, preds: list[Predicate], index: MentionIndex) -> list[Predicate]:
    """What a speaker says another or itself will, should or may do is an act of its own
    (word lists in ``data/frames.json``), besides the act spoken of, which keeps its own
    planned or hypothetical modality:

    - a promise: the speaker says it will do something for others ("Iran said it would
      release the sailors"): AGREE, or REJECT where it says it will not;
    - advice: the speaker says another actor should or must act ("Russia said Ukraine must
      withdraw its troops"): REQUEST;
    - a wish: the speaker hopes a named other will or can act ("she hopes Egypt and Qatar
      can mediate between the two sides"): REQUEST;
    - blame: the speaker says a named other failed to act ("said the government was failing
      to protect civilians"): ACCUSE;
    - necessity: the speaker says something is needed ("said a unified international response
      was urgently needed"): REQUEST."""
    f = frames()
    taken = {p.token.i for p in preds}
    out = []
    for tok in sent:
        lem = lemma(tok)
        wish = lem in f["wish_verbs"] or tok.lower_ in f["wish_verbs"]
        saying = lem in f["commitment_verbs"] or lem in f["advice_verbs"]
        if tok.pos_ != "VERB" or tok.i in taken or not (wish or saying) or any(c.dep_ == "neg" for c in tok.children):
            continue
        # "Rubio said, adding that ...": a participle of saying speaks for its clause's subject
        teller = tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" else tok
        while teller.dep_ == "conj" and teller.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in teller.children):
            teller = teller.head  # "expressed disappointment ... and said he should ...": the shared subject
        speaker = next((resolve(c, index) for c in teller.children if c.dep_ == "nsubj"), None)
        if speaker is None and not wish:
            continue
        # "... that there is no military solution, and that both sides need to ...": each
        # conjoined content clause is said
        said = [c for c in tok.children if c.dep_ == "ccomp"]
        said += [g for c in said for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")
                 and any(x.dep_ == "mark" for x in g.children)]
        for clause in said:
            if speaker is not None and saying and lem in f["advice_verbs"] and _necessity(clause, f):
                out.append(Predicate(tok, "REQUEST", None, lem, 0.7))  # "said a firm response was needed"
                break
            aux = {a.lower_ for a in clause.children if a.dep_ == "aux"}
            # The parser sometimes hangs the subject on the auxiliary ("he would '100%' be able to").
            words = [*clause.children, *(g for a in clause.children if a.dep_ == "aux" for g in a.children)]
            # "The international community — and the U.N. — should respond": an unnamed
            # first conjunct leaves the named one to act.
            subject = next(((c, m) for s in words if s.dep_ in ("nsubj", "nsubjpass")
                            for c in (s, *(g for g in s.children if g.dep_ == "conj"))
                            if (m := resolve(c, index)) is not None), None)
            if subject is None:
                if speaker is not None and saying and lem in f["advice_verbs"] and _act_advised(clause, preds, f):
                    out.append(Predicate(tok, "REQUEST", request_mode(clause), lem, 0.7))
                    break
                continue
            other = speaker is None or not index.same_side(speaker.entity, subject[1].entity)
            content = [p for p in preds if within(p.token, clause)]
            mode = None
            if wish and aux & f["wish_aux"] and content and other and _named(subject[0]):
                kind = "REQUEST"  # "I hope we can resolve it" asks no one
            elif saying and lemma(clause) in f["failing_verbs"] and other and _named(subject[0]) \
                    and not any(c.dep_ == "neg" for c in clause.children):
                kind, mode = "ACCUSE", "disapprove"
            elif saying and lem in f["advice_verbs"] and (aux & f["advice_aux"] or _semimodal(clause, f)) and other \
                    and lemma(clause) not in f["awareness_verbs"] \
                    and (subject[0].dep_ == "nsubj" or subject[0].head.dep_ == "nsubj"):
                kind = "REQUEST"
            elif saying and lem in f["commitment_verbs"] and aux & f["commitment_aux"] and not other and content \
                    and min(content, key=lambda p: _depth(p.token)).type in f["commitment_types"]:
                # What is promised is the clause's main act: "would prohibit all aid" promises no aid.
                kind = "REJECT" if any(c.dep_ == "neg" for c in clause.children) else "AGREE"
            else:
                continue
            out.append(Predicate(tok, kind, mode, lem, 0.7))
            break
    return out


def _ultimatums(preds: list[Predicate]) -> list[Predicate]:
    """"urged Russia to accept the ceasefire or face further sanctions": a demand whose
    alternative is a penalty or force holds that out, a threat by the one demanding
    (THREATEN) besides the request; the penalty itself is only threatened, no act of its own."""
    c = cues()
    penalties = c["lemma_classes"]["penalties"] | c["lemma_classes"]["strikes"] | set(c["ultimatum_penalties"])
    out = []
    for p in preds:
        if p.type != "REQUEST" or p.token.pos_ != "VERB":
            continue
        asked = [x for x in p.token.children if x.dep_ in ("xcomp", "ccomp")]
        for act in asked:
            alt = [g for g in act.children if g.dep_ == "conj" and lemma(g) in c["ultimatum_verbs"]
                   and any(x.dep_ == "cc" and x.lower_ == "or" for x in act.children)]
            # "or face the possibility of additional sanctions": the penalty, or its prospect
            held = {lemma(w) for g in alt for o in g.children if o.dep_ == "dobj"
                    for w in (o, *(x for pr in o.children if pr.dep_ == "prep" and pr.lower_ == "of"
                                   for x in pr.children if x.dep_ == "pobj"))}
            if held & penalties:
                mode = "violence" if held & (c["lemma_classes"]["strikes"] | {"force", "action"}) else "restrict"
                out.append(Predicate(p.token, "THREATEN", mode, p.lemma, 0.7))
                break
    return out


def _act_advised(clause, preds: list[Predicate], f: dict) -> bool:
    """"Scholz said talks with China must continue", "said the sanctions should be lifted":
    what an act (a noun the stage codes as an event) should or must undergo is asked for,
    whoever is to carry it out."""
    if not _advising(clause, f) \
            or any(c.dep_ == "neg" for c in clause.children) or lemma(clause) in frames()["awareness_verbs"] \
            or lemma(clause) == "be" or clause.pos_ != "VERB":
        return False
    acts = {p.token.i for p in preds if p.token.pos_ == "NOUN"}
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in acts for c in clause.children)


def _advising(clause, f: dict) -> bool:
    """Whether the clause bears an auxiliary of advice ("should", "must")."""
    return bool({a.lower_ for a in clause.children if a.dep_ == "aux"} & f["advice_aux"])


def _semimodal(clause, f: dict) -> bool:
    """"Both Russia and Ukraine need to do difficult things", "Israel has to withdraw":
    a semi-modal with a 'to' complement says what the subject must do."""
    return lemma(clause) in f["advice_semimodals"] and not any(c.dep_ == "neg" for c in clause.children) \
        and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.children)


def _necessity(clause, f: dict) -> bool:
    """Whether a reported clause says something is needed ("a firm response was urgently
    needed", "dialogue is essential"): the speaker calls for it."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "neg" for c in clause.children) or any(
            s.lower_ in ("nothing", "none") or any(d.lower_ == "no" for d in s.children) for s in subjects):
        return False  # "said no response was needed"
    if lemma(clause) in f["necessity_verbs"] and any(c.dep_ == "nsubjpass" for c in clause.children):
        return True
    if lemma(clause) == "be" and any(c.dep_ == "expl" for c in clause.children) \
            and _advising(clause, f):
        # "there should be proper research", "there must be accountability"
        return any(c.dep_ == "attr" and not any(d.lower_ == "no" for d in c.children) for c in clause.children)
    return lemma(clause) == "be" and any(c.dep_ in ("acomp", "attr") and c.lower_ in f["necessity_words"]
                                         for c in clause.children)


def _depth(tok) -> int:
    return sum(1 for _ in tok.ancestors)


def _named(tok) -> bool:
    """A proper name (or a phrase headed by one: "the United States and Britain")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _mode_from_content(pred: Predicate) -> str | None:
    """What is asked for or threatened, from the words of the complement."""
    table = cues()["threaten_modes" if pred.type == "THREATEN" else "request_modes"]
    content = [c for c in pred.token.children if c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "acl")
               or (c.dep_ == "prep" and c.lower_ in ("for", "of", "to", "with"))]
    words = [lemma(t) for c in content for t in c.subtree]
    for word in words:
        for mode, lemmas in table.items():
            if word in lemmas:
                return mode
    return None


def _event(pred, kind_of, sent, index, quotes, others, analysis, date_for, readings) -> Event | None:
    """The event a predicate states, or None; ``kind_of``: what ``coups.classify`` makes of
    it. A coup's ``Reading`` goes into ``readings``."""
    tok = pred.token
    if fragment(tok) or asked(tok):
        return None  # a heading ("Imperialist support") names a topic, a question asks: no event stated
    in_quote = any(s <= tok.idx < e for s, e in quotes)
    mood = modality(_measure(pred).token, in_quote)
    denied, answered = _request_denied(pred), _answered_request(pred)
    if _act_asked(pred):
        mood = "hypothetical"
    elif denied:
        mood = "negated"
    elif answered is not None:
        mood = "reported" if in_quote else "asserted"  # made, whatever the answer
    etype, mode, coup, location_ = pred.type, pred.mode, None, None
    if kind_of == "drop" or (kind_of == "coup" and coups.generic(tok)):
        return None
    if kind_of == "riot":
        etype, mode = "PROTEST", "riot"
    if etype == "THREATEN" and pred.lemma in frames()["forecast_warnings"] and _forecast(tok, others, index):
        return None  # "warned that the economy could slow": a prediction, no one threatened
    if etype == "THREATEN" and mood in ("planned", "hypothetical") and pred.lemma not in cues()["threat_verbs"]:
        # "could retaliate": the modal is what is threatened, not doubt that a threat was made.
        mood = "reported" if (in_quote or speech_subject(tok) is not None) else "asserted"
    if etype == "SUPPORT" and (stance := _withheld_support(tok)) is not None:
        etype, mode, mood = stance, ("disapprove" if stance == "ACCUSE" else None), "asserted"
    quoted = _quotes_at(analysis, tok)
    if isinstance(pred, claims.Allegation) and pred.quoted:
        mood = "asserted"  # the speaker's own words: the accusation is made, not reported
    elif etype == "ACCUSE" and pred.lemma in cues()["blaming_verbs"] and (saying := claims.blaming_saying(pred)):
        mood = modality(saying, in_quote)  # "says Maduro is to blame": the speaker blames, as "blamed" would
    if isinstance(pred, claims.Allegation):
        sources, targets = pred.parties()  # read with the claim
    else:
        sources, targets = arguments(_measure(pred, parties=True), index, quoted[0].speaker if quoted else None)
        if pred.lemma in frames()["converse_verbs"]:
            sources, targets = _converse(tok, sources, targets, index)
        sources, targets = claims.roles(pred, sources, targets, index)
        if mood == "negated" and denied:
            sources = _asked_of(tok, index)  # the one asked would have done it, not the asker
        if answered is not None:  # its maker asked the one who answers
            sources = [m.entity for m in [resolve(answered[0], index)] if m is not None] or sources
            answerers = [m.entity for t in subjects(answered[1])[0] if (m := resolve(t, index)) is not None]
            targets = [k for k in answerers or targets if k not in sources]
    etype, mode = _doer_decides(pred, etype, mode, sources, index)
    if len(sources) > 1 and (_reciprocal(tok) or pred.lemma in cues()["reciprocal_verbs"]):
        targets = sources + [k for k in targets if k not in sources]  # "accused each other": each the other
    speaker = _speaker(tok, quoted, index)
    refusal = _refusal(pred) if mood == "negated" and etype in ("RETREAT", "CONCEDE", "AGREE") else None
    if refusal == "answer" and (speaker is None or _own_side(tok, speaker, sources, index)) \
            or refusal == "will not" and speaker is None:
        # "Analysts say Assad will not step down" foretells; what a named speaker says its own
        # side will not do is its refusal already (_commitments).
        etype, mode, mood = "REJECT", None, "asserted"
    if (mood == "hypothetical" or (mood == "planned" and _conditioned(tok))) \
            and etype in cues()["speaker_threat_modes"] and not any(c.dep_ == "neg" for c in tok.children):
        if _own_side(tok, speaker, sources, index):
            # A speaker holding out force or penalties by their own side is making a threat;
            # "announced it would prohibit aid", unconditioned, is a decision, not a threat;
            # "they shouldn't close borders" holds out nothing.
            etype, mode, mood = "THREATEN", _threat_mode(etype, mode), "reported"
    elif mood == "planned" and etype == "ASSAULT" and targets and speech_subject(tok) is not None \
            and any(c.dep_ == "aux" and c.lower_ in cues()["future_aux"] for c in tok.children) \
            and not any(c.dep_ == "neg" for c in tok.children) and _own_side(tok, speaker, sources, index):
        # "He said the Taliban will be crushed by our forces": violence a speaker announces
        # against a named other by their own side holds it out, a threat (a decided aid
        # cut is a decision; a decided attack on someone is still a warning to them). The
        # one speaking makes the threat, ahead of the forces that would carry it out.
        etype, mode, mood = "THREATEN", _threat_mode(etype, mode), "reported"
        sources = [speaker] + [k for k in sources if k != speaker]
    elif mood == "planned" and etype in ("SANCTION", "COERCE") and mode != "discontinue" and targets \
            and speech_subject(tok) is not None and _penalty_announced(tok) and _own_side(tok, speaker, sources, index):
        # "China said it would impose tariffs on the United States", "I will not hesitate to
        # increase this charge": a penalty a speaker announces against a named other by their
        # own side holds it out, a threat; stopping one's own aid ("said it would cease
        # military aid") is a decision.
        etype, mode, mood = "THREATEN", _threat_mode(etype, mode), "reported"
        sources = [speaker] + [k for k in sources if k != speaker]
    if kind_of == "coup":
        if tok.pos_ != "VERB":
            # A coup noun's doers are the ones the coup layer finds ("staged by", "Guaidó's
            # uprising", "soldiers launched a coup"), not the subject of any clause it sits in
            # ("the government used the coup attempt as a pretext").
            doers = {m.entity for t in coups.doers(tok) if (m := index.at(t)) is not None}
            sources = [k for k in sources if k in doers]
        if mood in ("negated", "hypothetical", "planned") and coups.presupposed(tok):
            mood = "reported" if in_quote else "asserted"  # "stopped since the coup": it happened
        outcome, witness, evidenced = coups.outcome(tok, mood)
        if witness is not None:  # the plotting is what happened; its own modality rules
            carrier = witness.head  # "held meetings to discuss a coup": the meetings happened
            if purpose(witness) and (carrier.pos_ == "VERB" or lemma(carrier) in cues()["coup"]["conspiracy"]):
                witness = carrier
            mood = modality(witness, in_quote)
        if outcome is not None and mood in ("asserted", "reported"):
            types = [m.type for m in analysis.mentions if m.entity in sources]
            kind_, kind_stated = coups.kind_read(tok, types)
            coup = {"outcome": outcome, "kind": kind_}
        # "the Venezuela coup", "the Honduran coup": a country qualifying a coup is where
        # it happened ("Washington's coup attempts" keeps Washington as the one behind it).
        qualifiers = [index.at(t) for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
                      for t in c.subtree if index.at(t) is not None]
        places = [m.entity for m in qualifiers if m.type in PLACE_TYPES]
        location_ = places[0] if places else None
        sources = [k for k in sources if k not in places]
    if etype == "CONSULT" and any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "met with tear gas" is not a meeting
    if etype == "CONSULT" and any(m.type == "MEDIA" for m in analysis.mentions if m.entity in sources + targets):
        return None  # "VOA spoke with experts", "told reporters": newsgathering, not a political meeting
    size_ = size(tok, others)
    if not (sources or targets or coup or size_ or has_arguments(pred) or _happened(tok, etype)):
        return None  # no one does it and nothing undergoes it: not an event a reader can check
    start, end = clause_span(tok, sent)
    date = _date(analysis, tok, sent, start, end, date_for, mood)
    # "has called its own demonstration for Wednesday": not yet happened when written. A call,
    # threat or promise is made now, whatever day its content names.
    if mood == "asserted" and pred.lemma not in cues()["absorbing_heads"] \
            and _after_publication(date, analysis.article.published):
        mood = "planned"
    event = Event(
        start=start, end=end, type=etype, mode=mode, trigger=tok.text,
        source=sources, target=targets, location=location(pred, index) or location_,
        date=date, modality=mood, coup=coup, size=size_, confidence=pred.confidence,
    )
    if coup is not None:
        readings[id(event)] = coups.Reading(evidenced=evidenced, kind_stated=kind_stated)
    return event


def _measure(pred: Predicate, parties: bool = False) -> Predicate:
    """"Analysts expect a new round of talks", "hundreds of killings by the army": the parser
    hangs what governs and modifies a measured act on the span or count that measures it
    (``episode``), so its modality is read there, and its parties too unless the act's noun
    has a phrase of its own ("a week of clashes between police and students")."""
    tok = pred.token
    if not episode(tok) or (parties and any(c.dep_ == "prep" for c in tok.children)):
        return pred
    return replace(pred, token=tok.head.head)


def _doer_decides(pred: Predicate, etype: str, mode: str | None, sources: list[str],
                  index: MentionIndex) -> tuple[str, str | None]:
    """Blocking a road, occupying a building, besieging an office, putting up barricades or
    setting fires is a protest when civilians or their organisations do it ("residents
    blocked the highway", "barricades blocked the airport": PROTEST obstruct or riot) and the
    state's coercion when its forces or officials do ("police blocked the road": COERCE
    restrict); the row decides when the doer is unknown. Words: cues.json ``protest_by_doer``."""
    d = cues()["protest_by_doer"]
    if pred.lemma not in d["acts"] or etype not in ("PROTEST", "COERCE", "ASSAULT"):
        return etype, mode
    sides = {claims.side_of(k, index) for k in sources}
    if not sources and _protest_means(pred.token):
        sides = {"civil"}
    if sides == {"civil"}:
        return "PROTEST", mode if etype == "PROTEST" else d["acts"][pred.lemma]
    if sides == {"state"} and etype == "PROTEST" and mode == "obstruct":
        return "COERCE", "restrict"
    return etype, mode


def _protest_means(tok) -> bool:
    """The doer is a protest or its obstacle ("a barricade blocking access to the airport",
    "the strike shut down the port"): the subject, or the noun a participle qualifies."""
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + ([tok.head] if tok.dep_ == "acl" else [])
    return any(lemma(w) in cues()["protest_by_doer"]["means"]
               or any(e.type == "PROTEST" for e in lexicon.predicates().get((lemma(w), "N"), ())) for w in doers)


def _reciprocal(tok) -> bool:
    """"Both countries accused each other", "blamed one another": the doers are the
    undergoers too."""
    words = [c for c in tok.children if c.dep_ in ("dobj", "dative")] + [
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any((w.lower_ == "other" and any(d.lower_ == "each" for d in w.children))
               or (w.lower_ == "one" and any(d.lower_ == "another" for d in w.children)) for w in words)


def _withheld_support(tok) -> str | None:
    """Support denied now or from now on is a stance taken, not an event that failed to
    happen: "he doesn't support the measure" disapproves of it (ACCUSE), "they will no
    longer recognize him", "does not recognize the court" refuse (REJECT); "has not
    recognized" and "did not back" stay negated support."""
    negated = any(c.dep_ == "neg" for c in tok.children) or any(
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)
    if not negated:
        return None
    aux = [c for c in tok.children if c.dep_ == "aux"]
    future = any(a.lower_ in cues()["future_aux"] for a in aux)
    present = any(a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") for a in aux)
    if future or present and lemma(tok) in frames()["recognition_verbs"]:
        return "REJECT"  # "does not recognize the court's jurisdiction" refuses it
    return "ACCUSE" if present else None


def _happened(tok, etype: str) -> bool:
    """"Protests continued over the issue on Monday night", "fighting raged in the north",
    "the curfew went into effect", "a city gripped by protests": an act a noun names, said to
    take place (or to do what a passive tells), happened, its parties unnamed (a crowd, the
    sides of a battle, the ones who talk are for the text around it to tell, not a reason
    to drop what happened). "There were riots": existence
    is said so of violence and unrest only ("there is a great deal of uncertainty", "there
    is demand for books" name no act)."""
    c = cues()
    if tok.pos_ != "NOUN":
        return False
    if existential(tok):
        return etype in UNREST
    if acting_participle(tok):
        return True  # "rallies calling for the government to resign continued": going on
    if episode(tok) or recurring(tok) or passive_doer(tok):
        # "another night of violence", "after repeated kidnappings", "gripped by protests"
        return True
    if etype == "PROTEST" and protest_at_work(tok):
        return True  # "the strike paralysed the port", "shut down amid a general strike"
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
        and lemma(tok.head) in c["occurrence_verbs"] | c["continuing_verbs"]  # not "the unrest comes amid ..."


def _refusal(pred: Predicate) -> str | None:
    """A yielding act denied as a stance is a refusal (REJECT), not an act that failed to
    happen: "the government would not step down", "he will not withdraw the decree"
    ("will not": what one will not give up; "would not have" is counterfactual), "the
    opposition did not accept the decision", "the city did not approve the route"
    ("answer": an answer given; "has not yet approved" is still pending)."""
    tok = pred.token
    if not any(c.dep_ == "neg" for c in tok.children):
        return None
    aux = [c for c in tok.children if c.dep_ == "aux"]
    if any(a.lemma_ == "have" for a in aux) or any(c.lower_ in ("yet", "still") for c in tok.children):
        return None
    if any(a.lower_ in cues()["future_aux"] or a.lower_ == "would" for a in aux):
        return "will not"
    if pred.lemma in frames()["acceptance_verbs"] and any(a.lemma_ == "do" for a in aux):
        return "answer"
    return None


def _converse(tok, sources: list[str], targets: list[str], index: MentionIndex) -> tuple[list[str], list[str]]:
    """"The convoy came under attack from insurgents", "the plan drew criticism from the
    opposition": the subject undergoes the act and the "from"/"by" phrase (on the verb or
    on its noun) names the doer; with no such phrase the doer is left unnamed."""
    carriers = [tok, *(n for c in tok.children if c.dep_ in ("dobj", "prep")
                       for n in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]))]
    agents = [g for n in carriers for p in n.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
              for o in p.children if o.dep_ == "pobj" for g in (o, *(c for c in o.children if c.dep_ == "conj"))]
    doers = list(dict.fromkeys(m.entity for a in agents if (m := resolve(a, index)) is not None))
    inside = {m.entity for a in agents for t in a.subtree if (m := index.at(t)) is not None}
    undergoers = [k for k in sources + targets if k not in doers and k not in inside]
    return doers, list(dict.fromkeys(undergoers))


def _after_publication(date: EventDate | None, published: str | None) -> bool:
    """Whether the text dates the event to a day after the article was published."""
    if date is None or date.basis != "expression" or not date.value or not published or len(published) != 10:
        return False
    first = date.value.partition("/")[0]
    return len(first) == 10 and first > published


def _quotes_at(analysis: Analysis, tok):
    return [q for q in analysis.quotes if q.start <= tok.idx < q.end]


def _speaker(tok, quoted, index: MentionIndex) -> str | None:
    """The entity key of who says the trigger's clause: the quotation's speaker, else the
    subject of the speech verb it is reported under."""
    speaker = quoted[0].speaker if quoted else None
    if speaker is None:
        subj = speech_subject(tok)
        mention = resolve(subj, index) if subj is not None else None
        speaker = mention.entity if mention is not None else None
    return speaker


def _own_side(tok, speaker: str | None, sources: list[str], index: MentionIndex) -> bool:
    """Whether the one speaking (``_speaker``) is, or is of the same country as, the one who would act."""
    if speaker is None:
        return False
    if sources:
        return any(index.same_side(speaker, s) for s in sources)
    # "we have options that would involve use of US military": the speaker's side acts.
    return any(c.dep_ in ("nsubj", "poss") and c.lower_ in FIRST_PERSON + FIRST_PERSON_OWNERS
               for t in (tok, *tok.ancestors) for c in t.children)


def _penalty_announced(tok) -> bool:
    """Whether an act is said to come ("will", "would") and is no withdrawal of aid nor
    conceded to come whatever happens ("even if Kyiv withdraws", "whether or not": a
    decision, not leverage)."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    if any(m.dep_ == "mark" and m.lower_ in cues()["hypothetical_marks"] for c in tok.children for m in c.children):
        return False  # (the parser may hang the clause on the object: "whether or not Kyiv withdraws")
    if not any(c.dep_ == "aux" and c.lower_ in cues()["future_aux"] | {"would", "'d"} for c in tok.children):
        return False
    return not dependents(tok) & cues()["lemma_classes"]["aid"]


def _forecast(tok, others: set[int], index: MentionIndex) -> bool:
    """Whether a warning only foretells a happening ("warned that famine could spread",
    "warned that the economy could slow"): it is said to no one named, and what it
    foretells is no act (no predicate of the sentence in it), has no actor as subject,
    is not undergone by anyone (passive), and is set on no condition ("bases are at
    risk if Turkey is sanctioned" holds something out)."""
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("against", "of", "to"))
           for c in tok.children):
        return False
    content = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
    if not content:
        return False
    for clause in content:
        if any(t.i in others or predicate(t) is not None for t in clause.subtree):
            return False
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children) or _conditioned(clause):
            return False
        if any(resolve(c, index) is not None or c.lower_ in PERSONAL for c in clause.children if c.dep_ == "nsubj"):
            return False
    return True


def _conditioned(tok) -> bool:
    """Whether the trigger's clause carries a condition ("... if he does not leave")."""
    return any(c.dep_ == "advcl" and conditional(c) for t in (tok, tok.head) for c in t.children)


def _threat_mode(etype: str, mode: str | None) -> str:
    if etype == "COERCE" and mode == "arrest":
        return "arrest"
    if etype == "SANCTION" and mode == "expel":
        return "expel"
    return cues()["speaker_threat_modes"][etype]


def _date(analysis, tok, sent, start, end, date_for, mood: str = "asserted") -> EventDate | None:
    """The trigger's date (``_clause_date``); an act a saying reports that has none of its own
    takes the saying's (``_reporting``)."""
    found = _clause_date(analysis, tok, sent, start, end, date_for, mood)
    if found is None and (say := _reporting(tok, mood)) is not None:
        return _clause_date(analysis, say, sent, *clause_span(say, sent), date_for)
    return found


def _reporting(tok, mood: str):
    """The saying whose report dates the trigger when nothing else does: a pluperfect under a
    simple past ("the group said it had blown up the tracks", "told media that troops had been
    dispatched") is the saying's present perfect shifted back, an act just done when it was
    said; a present left unshifted ("said Beijing is firmly opposed to the deployment") holds
    as of the saying, the stance taken then; what the speaker says he will do ("told journalists on Wednesday that he would ask
    Russia to veto it") is dated by that announcement, as a plan is (``_published``); what
    someone else could do ("said Israel could arrest them") is not."""
    child = tok
    for a in tok.ancestors:
        if child.dep_ in ("ccomp", "parataxis") and lemma(a) in _sayings():
            if mood == "hypothetical":
                return a if _announced(child) and _tense(a) not in ("irrealis", "pluperfect") else None
            return a if _tense(tok) in ("pluperfect", "present") and _tense(a) == "past" else None
        child = a
    return None


def _announced(clause) -> bool:
    """Whether a reported clause is the speaker's word about his own act: "(that) he would ask",
    "we will respond", a pronoun subject and a will/would."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "'d") for c in clause.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in PERSONAL for c in clause.children)


def _clause_date(analysis, tok, sent, start, end, date_for, mood: str = "asserted") -> EventDate | None:
    """A date written inside the trigger's own phrase ("the 1992 coup") wins over
    the clause's, so background events keep their own dates.

    The time stage's ``date_for`` answers first; what it found outside the trigger's
    clause is then checked against the grammar (see ``_borrowed``): a date in a clause
    the trigger is not part of ("the crowds the opposition commanded in April 2002, and
    his march was blocked") does not date it, a paragraph's narrative time passes only
    from an expression that dates its own sentence's main predicate, never to an
    event the tense puts before it ("had been released"), and not into a sentence
    that names a later time before the trigger (the story has moved on). An event with no date of its
    own gets the publication date only when the tense says it had happened (or was
    under way) when the article was written; a hypothetical or habitual one gets none
    rather than a wrong one, and a hypothetical one takes no date from outside its own
    clause (that is when it was imagined, not when it would happen; a saying that reports
    it dates it: ``_date``). A plan is dated by
    its announcement: the publication date only when the verb that made it is one of the
    story's past acts ("tried to disrupt the speech", "has ordered the arrest"). A day the
    paragraph names for an act only planned or imagined ("agreed to hand over the files
    Friday", "could vote Monday") is no narrative time for the sentences after it.

    Refinements: an expression inside the trigger's clause span that qualifies another
    noun ("rejected ... that Tuesday's hostage-taking was planned") or sits in a clause
    the trigger is not part of is that thing's date (``_own_expression``), unless that
    noun is the saying's setting ("added in a statement emailed on Wednesday") or a
    document subject's making ("a lawsuit filed in February alleged"). A saying, or
    what it reports, does not go back to a paragraph's background time (only to a news
    day: the week before publication, or its month); a present-tense clause takes no
    narrative time at all, and a present-tense saying ("Beijing denies ...") is dated
    to publication. A time in a temporal clause of the trigger ("When police arrived on
    Sunday, they fired ..."; "Before concluding last week, he read ...") dates it (only a
    time coarser than a day when the clause says before or after), and nothing else
    does. "The 14th anniversary of the start of the protests" dates them 14
    years before the anniversary's day (an anniversary with no count, not at all).

    Each verb of a coordination keeps the time written for it ("announced X in 2016,
    accepted Y in 2019"), a fronted adjunct frames them all, and a time inside a "before"
    phrase ("Before the election this month, he visited ...") dates that happening only.
    A stretch ("for months") or the reason for a reaction ("praised for activating ...")
    is not dated at publication."""
    own = [e for e in sent.ents if e.label_ == "DATE" and e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 1
           and not _of_participant(e.root, tok)]
    if own and tok.pos_ == "NOUN":
        start, end = own[0].start_char, own[0].end_char
    if date_for is not None:
        found = date_for(analysis, start, end)
        answered = found is not None and found.basis != "publication"
        if found is not None and found.basis == "expression" and not (own and tok.pos_ == "NOUN"):
            found = _own_expression(analysis, tok, start, end) or found
        if found is not None and found.basis in ("sentence", "paragraph"):
            # A time outside the clause of an act only imagined dates the saying, not the act.
            found = None if mood == "hypothetical" else (
                _borrowed(analysis, tok, sent, start, end) or _published(analysis, tok, mood, found.basis))
        elif found is not None and found.basis == "publication":
            found = _published(analysis, tok, mood, found.basis)
        if found is not None and found.value is not None:
            found = _anniversary(tok, _interval(tok, found))
            return found if found.value is not None else None
        if answered:
            return None  # the time stage read the clause's expressions; none dates the trigger
    # Without the time stage's answer, a year written in the clause still dates it.
    clause = [e for e in sent.ents if e.label_ == "DATE" and start <= e.start_char and e.end_char <= end]
    year, month, day = coups.when(tok, sent) if clause else (None, None, None)
    if year is None:
        return None
    value = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day and month else "")
    precision = "day" if day and month else "month" if month else "year"
    return EventDate(value=value, precision=precision, text=None, basis="expression")


def _of_participant(x, tok) -> bool:
    """Whether ``x`` lies in a clause describing a participant inside the trigger's phrase
    ("the arrest of Khalil, who played a role in last year's protests"): that clause's time
    is the participant's, not the act's ("the attack, which took place Tuesday" keeps it)."""
    for a in (x, *x.ancestors):
        if a.i == tok.i:
            return False
        if a.dep_ in ("relcl", "acl", "appos") and a.head.i != tok.i:
            return True
    return False


ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10}
ONSET_NOUNS = ("start", "beginning", "outbreak", "onset", "launch", "eruption")


def _interval(tok, found: EventDate) -> EventDate:
    """"His comments come two days after Erdogan denounced Israel", "a week before the vote":
    an act that "N days (weeks) after" or "before" places against a dated one took place
    that many days before or after that date, not on it; against the day of the news
    ("troops freed the passengers, a day after an attack on the train", dated by
    publication) as much."""
    if found.basis not in ("sentence", "paragraph", "publication") or found.precision != "day" \
            or len(found.value or "") != 10:
        return found
    if tok.dep_ == "advcl":
        marker = next((c.lower_ for c in tok.children if c.dep_ == "mark"), None)
        holder = tok
    elif tok.dep_ == "pobj":
        marker, holder = tok.head.lower_, tok.head
    else:
        return found
    gap = next((c for c in holder.children if c.dep_ == "npadvmod" and lemma(c) in ("day", "week")), None)
    if gap is None and holder.head.dep_ == "npadvmod" and lemma(holder.head) in ("day", "week"):
        gap = holder.head  # "rescued them, a day after an attack": the parser hangs "after" on the span
    if marker not in ("after", "before") or gap is None:
        return found
    count = next((c for c in gap.children if c.dep_ in ("nummod", "det")), None)
    words = cues()["number_words"]
    if count is None:
        return found
    n = 1 if count.lower_ in ("a", "an") else int(count.text) if count.text.isdigit() else words.get(count.lower_)
    if not n:
        return found
    from datetime import date as _d, timedelta
    try:
        day = _d.fromisoformat(found.value)
    except ValueError:
        return found
    shift = n * (7 if lemma(gap) == "week" else 1) * (-1 if marker == "after" else 1)
    text = f"{tok.doc[count.i:gap.i + 1].text} {marker} {found.text or 'publication'}"
    return EventDate((day + timedelta(days=shift)).isoformat(), "day", text, found.basis)


def _restated(events: list[Event], analysis: Analysis) -> None:
    """"Mohamed has signed a measure extending his term ... Mohamed signed the legislation
    late Tuesday": a lede that gives no day (and got the publication date) is dated by a later
    mention of the same act (same verb, type and a shared participant) that names a day of
    the news, the way a reader dates it."""
    doc = analysis.doc
    lemmas = {id(e): _trigger_lemma(doc, e) for e in events}
    for e in events:
        if e.date is None or e.date.basis != "publication" or e.modality not in ("asserted", "reported"):
            continue
        later = next((f for f in events if f.start > e.end and f.type == e.type and lemmas[id(f)] == lemmas[id(e)]
                      and lemmas[id(e)] is not None and f.date is not None and f.date.basis == "expression"
                      and (set(f.source) & set(e.source) or set(f.target) & set(e.target))
                      and _news_day(f.date.value, analysis.article.published)), None)
        if later is not None:
            e.date = EventDate(later.date.value, later.date.precision, later.date.text, "sentence")


def _in_dated_document(events: list[Event], analysis: Analysis) -> None:
    """"The UN has criticised the government in a new report ... The report's publication on
    Tuesday came a month after ...": what is said in a document ("in a report", "in its
    statement") is said when that document came out, which another sentence may date (its
    publication, its being released or issued that day); an act that got the publication
    date takes that news day, as a lede is dated by a later mention (``_restated``)."""
    doc = analysis.doc
    documents = set(cues()["document_nouns"]) | set(cues()["reporting_nouns"])
    dated: dict[str, EventDate] = {}  # document lemma -> the day a sentence gives it
    for t in analysis.times:
        x = _token_of(analysis, t)
        if t.value is None or x is None or not _news_day(t.value, analysis.article.published):
            continue
        noun = _dated_document(x)
        if noun is not None and lemma(noun) in documents:
            dated.setdefault(lemma(noun), EventDate(t.value, "day" if t.precision == "time" else t.precision,
                                                    t.text, "sentence"))
    if not dated:
        return
    for e in events:
        if e.date is None or e.date.basis != "publication" or e.modality not in ("asserted", "reported"):
            continue
        tok = _trigger_token(doc, e)
        if tok is None:
            continue
        said_in = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                   for g in c.children if g.dep_ == "pobj" and lemma(g) in dated]
        if said_in:
            e.date = dated[lemma(said_in[0])]


def _in_dated_happening(events: list[Event], analysis: Analysis) -> None:
    """"During the failed coup, about 300 people were killed", "detained at a protest he had
    organised": an act set in a happening ("during", "at" it) that the article names with its
    own date elsewhere ("the July 15 coup attempt", "Sunday's protests") took place then; one
    that got only the publication date or a paragraph's time takes that date, the nearest
    such mention's, as a lede takes a later mention's (``_restated``)."""
    doc = analysis.doc
    published = analysis.article.published
    named: list[tuple[str, Event]] = []  # (noun lemma, the event it names with its own date)
    for e in events:
        tok = _trigger_token(doc, e)
        if tok is None or tok.pos_ != "NOUN" or _stated(e) is None or _after_publication(e.date, published):
            continue
        named += [(lemma(n), e) for n in (tok, *(c for c in tok.children if c.dep_ == "compound"))]
    if not named:
        return
    for e in events:
        if e.date is None or e.date.basis not in ("publication", "paragraph") or e.modality not in ("asserted", "reported"):
            continue
        tok = _trigger_token(doc, e)
        settings = [g for c in (tok.children if tok is not None else ()) if c.dep_ == "prep"
                    and c.lower_ in cues()["adjunct_markers"]["happening"] for g in c.children if g.dep_ == "pobj"]
        found = [f for g in settings for name, f in named if name == lemma(g) and f is not e]
        if found:
            nearest = min(found, key=lambda f: abs(f.start - e.start))
            e.date = EventDate(nearest.date.value, nearest.date.precision, nearest.date.text, "sentence")


def _dated_document(x):
    """The document a time expression dates, if any: "the report's publication on Tuesday"
    (the possessor of the noun it modifies), "the report, released Tuesday", "the report was
    published on Tuesday" (the subject or object of the verb it modifies)."""
    head = x.head.head if x.dep_ == "pobj" else x.head
    if head.dep_ == "acl" and head.tag_ == "VBN":
        return head.head
    if head.pos_ == "NOUN":
        return next((c for c in head.children if c.dep_ == "poss"), None)
    if head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")), None)
    return None


def _trigger_token(doc, event: Event):
    """The trigger word of an event, found again in its evidence span."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return next((t for t in span or () if t.text == event.trigger), None)


def _trigger_lemma(doc, event: Event) -> str | None:
    tok = _trigger_token(doc, event)
    return lemma(tok) if tok is not None else None


def _anniversary(tok, found: EventDate) -> EventDate:
    """"Friday, which is the 14th anniversary of the start of the protests": the
    protests began that day of the year, 14 years earlier."""
    if found.basis == "expression" or not found.value:
        return found
    years = _anniversary_years(tok)
    if years is None:
        return found
    if not years:
        # "rallied over the weekend to mark the anniversary of the coup attempt": a year or
        # more before that day, how many the text does not say
        return EventDate(None, None, None, found.basis)
    if not found.value[:4].isdigit() or "/" in found.value:
        return found
    value = f"{int(found.value[:4]) - years:04d}{found.value[4:]}"
    if value.endswith("-02-29"):
        value = value[:7]
    return EventDate(value, found.precision, found.text, found.basis)


def _anniversary_years(tok) -> int | None:
    """How many years before its anniversary an event noun happened ("the 14th anniversary
    of the start of the protests": 14; 0 where the text gives no number); None where it is
    not the object of an anniversary."""
    node = tok
    for _ in range(3):  # protests -> of -> start -> of -> anniversary
        if node.dep_ != "pobj" or node.head.lower_ != "of":
            return None
        node = node.head.head
        if lemma(node) == "anniversary":
            break
        if lemma(node) not in ONSET_NOUNS:
            return None
    else:
        return None
    ordinal = next((c for c in node.children if c.dep_ in ("amod", "nummod")
                    and (c.lower_ in ORDINAL or c.lower_[:-2].isdigit() and c.lower_[-2:] in ("st", "nd", "rd", "th"))), None)
    return 0 if ordinal is None else ORDINAL.get(ordinal.lower_) or int(ordinal.lower_[:-2])


CLAUSES = ("relcl", "acl", "advcl", "ccomp", "conj", "parataxis", "xcomp", "csubj", "pcomp")
NOMINAL_MODIFIERS = ("compound", "amod", "nmod", "poss", "nummod")
MODALS = ("will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "wo", "'d")


def _event_date(t, basis: str) -> EventDate:
    return EventDate(t.value, "day" if t.precision == "time" else t.precision, t.text, basis)


def _token_of(analysis: Analysis, t):
    span = analysis.doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _adjunct(expr, tok) -> str | None:
    """How a temporal adjunct clause of the trigger that holds ``expr`` relates to it
    ("When police arrived on Tuesday, they fired ...": 'simultaneous'; "Before leaving
    last week, he signed ...": 'sequence'), by the word that opens it; else None."""
    heads = {tok.i}
    while tok.dep_ == "conj":  # "Before leaving, he read the charges and asked ...": the clause frames both
        tok = tok.head
        heads.add(tok.i)
    if expr.dep_ == "npadvmod" and expr.head.i in heads and any(
            _reference(p) and p.right_edge.i + 1 == expr.left_edge.i for p in expr.head.children):
        return "reference"  # "Before the election this month, he ...", the parser hanging the time on the verb
    for a in expr.ancestors:
        if a.i in heads:
            return None
        if a.head.i not in heads:
            continue
        if a.dep_ == "advcl":
            marker = next((c.lower_ for c in a.children if c.dep_ in ("mark", "advmod") and c.i < a.i), None)
            if marker is None and a.tag_ == "VBG" and a.i < a.head.i and not any(c.dep_ in ("aux", "nsubj") for c in a.children):
                return "simultaneous"  # "Speaking at a Security Council meeting this week, Akram said ...": its setting
        elif a.dep_ == "prep" and a.lower_ == "with" and any(
                g.tag_ == "VBG" and (c.dep_ == "pcomp" and g is c and any(d.dep_ == "nsubj" for d in c.children)
                                     or c.dep_ == "pobj" and g.dep_ == "acl")
                for c in a.children for g in (c, *c.children)):
            # "has voiced concern, with Sullivan speaking by phone Sunday with ...": how it did so
            # (an absolute clause with its own subject; "credited with taking ..." is a complement)
            return "simultaneous"
        elif a.dep_ == "prep" and any(c.dep_ == "pcomp" for c in a.children):
            marker = a.lower_  # "before concluding ...", "upon arriving ..."
        elif _reference(a) and not (expr.dep_ == "pobj" and expr.head.i == a.i):
            return "reference"  # "Before Japan's election this month, he visited ...": the election's time
        else:
            return None
        markers = cues()["adjunct_markers"]
        return next((kind for kind in ("simultaneous", "sequence") if marker in markers[kind]), None)
    return None


def _reference(a) -> bool:
    """Whether ``a`` is a "before" ("ahead of", "prior to") phrase naming a happening."""
    return a.dep_ in ("prep", "advmod") and a.lower_ in cues()["adjunct_markers"]["reference"] \
        and any(c.dep_ in ("pobj", "prep") for c in a.children)


def _locates(t, x, tok) -> bool:
    """Whether expression ``t`` (token ``x``) in a temporal adjunct clause of the trigger
    dates it: at once, or just before or after when it names no single day; not when the
    trigger holds now ("are pleading ... after thousands fled this week", "while the army
    said on Monday ..., analysts say")."""
    kind = _adjunct(x, tok)
    return kind in ("simultaneous", "sequence") and _tense(tok) not in ("present", "progressive") \
        and (kind == "simultaneous" or t.precision not in ("day", "time"))


def _foreign(expr, tok) -> bool:
    """Whether a time expression sits in a clause, or qualifies a noun phrase, that the
    trigger is no part of: then it dates that clause or thing, not the trigger. A trigger
    in a description of a participant (``_description``) takes no time from outside it."""
    if _described_elsewhere(expr, tok) or _adjunct(expr, tok) == "reference":
        return True
    for a in (expr, *expr.ancestors):
        if a.i == tok.i or within(tok, a) and a.dep_ not in CLAUSES:
            break
        if _shared(a, expr, tok):
            break  # "had been arrested and sentenced ... in 2011": one adjunct for both verbs
        if a.dep_ == "xcomp" and a.head.i == tok.i and lemma(tok) in cues()["implicative"]:
            break  # "refused to repay the debt in December 2015": the refusal is the not repaying, then
        if a.dep_ in ("acl", "relcl") and _setting(a.head, tok):
            break  # "added in a statement emailed on Wednesday": the statement is the saying
        if a.dep_ == "acl" and a.tag_ == "VBN" and a.head.dep_ in ("nsubj", "nsubjpass") and a.head.head.i == tok.i \
                and _tense(tok) == "past":
            break  # "a lawsuit filed in February alleged ...": it said so when it was made
        if a.dep_ in CLAUSES and not within(tok, a):
            return True
        noun = a.head
        while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "the February 2020 landmark pact": the pact, whatever the parse hangs it on
        if a.dep_ in NOMINAL_MODIFIERS and noun.pos_ in ("NOUN", "PROPN") and not within(tok, noun) \
                and not _setting(noun, tok) and not _document_subject(noun, tok):
            return True  # "the 2002 coup" dates the coup
    return False


SETTING_PREPS = ("in", "at", "during", "on", "via", "through")


def _shared(conj, expr, tok) -> bool:
    """Whether ``conj`` is a verb coordinated with the trigger that shares its subject and
    auxiliaries, and the time expression comes at the end of the coordination: then the
    adjunct scopes over both verbs ("had been arrested and sentenced to six years in
    2011"). A conjunct with its own subject, auxiliary or time adverb ("and later
    released ...") is a separate step."""
    if not (conj.dep_ == "conj" and conj.head.i == tok.i and tok.pos_ in ("VERB", "AUX") and conj.pos_ == "VERB"
            and expr.i > conj.i):
        return False
    if not (expr.dep_ == "npadvmod" or expr.dep_ == "pobj" and expr.head.lower_ in SETTING_PREPS):
        return False  # "ordered a new trial for 2025": a time the act aims at, not when it was done
    own = ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "advmod", "npadvmod", "neg")
    return not any(c.dep_ in own for c in conj.children)


def _description(tok):
    """The relative clause or past-participle modifier of a noun that holds the trigger
    ("Berisha, who resigned as party leader, rejected ... Thursday"; "adjourned the case of
    a journalist arrested over his interviews"): it describes a participant, at a time of
    its own, so the main clause's time does not date it. Not a progressive one ("fired at
    protesters who were throwing stones": the same scene), nor one describing a time or
    place ("on Friday, when police arrived"; "violence that began March 6 in the coastal
    region, where forces clashed with ...", "interviews in November, in which he said ...":
    what happened there and then), nor a copula's ("Friday, which is the anniversary of
    the protests")."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "relcl" and _tense(a) != "progressive" or a.dep_ == "acl" and a.tag_ == "VBN":
            setting = a.head.ent_type_ in ("DATE", "TIME") or a.head.dep_ == "npadvmod" or lemma(a) == "be" \
                or any(c.tag_ == "WRB" or c.dep_ == "prep" and c.lower_ in SETTING_PREPS
                       and any(g.tag_ == "WDT" for g in c.children) for c in a.children if c.i < a.i)
            return None if setting else a
    return None


def _described_elsewhere(expr, tok) -> bool:
    """Whether the trigger is in a description of a participant (``_description``) and the
    time expression lies outside the described noun phrase: it dates another act of the
    sentence. A time of the noun itself ("the February 2020 pact the United States
    negotiated") dates what the description says of it."""
    described = _description(tok)
    # "last year's coup attempt, which the government blames on Gulen": a description in
    # the present holds now, whatever time the noun carries
    return described is not None and (not within(expr, described.head)
                                      or _tense(described) == "present" and not within(expr, described))


def _document_subject(noun, tok) -> bool:
    """Whether ``noun`` is a document that is the subject of the trigger, a saying in the
    past ("A 2020 report by the State Department said ..."): it said so when it was made."""
    c = cues()
    return (noun.dep_ == "nsubj" and noun.head.i == tok.i and lemma(tok) in _sayings() and _tense(tok) == "past"
            and lemma(noun) in set(c["document_nouns"]) | set(c["reporting_nouns"]))


def _setting(noun, tok) -> bool:
    """Whether ``noun`` is where or how the trigger took place ("said in a statement",
    "speaking at the event"): a time that dates the noun dates the trigger too."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS
            and (_frames(prep, tok) or prep.head.dep_ == "advcl" and _frames(prep.head, tok)))


def _frames(adjunct, tok) -> bool:
    """Whether ``adjunct`` modifies the trigger, or opens a coordination the trigger is a
    later verb of ("In a statement issued in July, Tokyo and Washington shared concerns
    and agreed to ...": a fronted adjunct scopes over both verbs)."""
    verb = tok
    while True:
        if adjunct.head.i == verb.i:
            return verb.i == tok.i or adjunct.i < verb.i
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head


def _narrative(expr) -> bool:
    """Whether an expression dates its sentence's main line ("On Saturday, the Times
    reported ..."): attached to a verb of a main (or reported) clause, not to a noun
    or inside a relative clause, and a point in time, not the bound of a stretch ("since")."""
    head = expr.head if expr.dep_ == "pobj" else expr
    if expr.dep_ == "pobj" and head.lower_ in cues()["adjunct_markers"]["stretch"]:
        return False  # "protests that have halted flights since late last month": a stretch up to now
    if head.dep_ in ("poss", "compound") and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.dep_ == "ROOT":
        return True  # "Tuesday's attack marked an escalation": the sentence is about that day's event
    if head.head.pos_ not in ("VERB", "AUX") and not (head.dep_ == "npadvmod" and head.head.pos_ in ("NOUN", "PROPN")):
        return False  # a bare "Tuesday" after a noun is the verb's adjunct ("announced the activation of a force Tuesday")
    verb = head.head
    if any(c.dep_ in ("aux", "auxpass") and (c.lower_ == "to" or c.lower_ in MODALS) for c in verb.children):
        return False  # "agreed to hand over the files Friday", "would vote on Monday": a day planned, not one narrated
    return not any(a.dep_ in ("relcl", "acl", "amod", "compound") for a in head.ancestors)


def _tense(tok) -> str:
    """The tense and mood of the trigger's clause: irrealis (a modal), pluperfect,
    perfect, past, progressive or present; an infinitive or bare participle takes its
    governor's."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    for _ in range(4):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if words & set(MODALS) or any(a.lower_ == "to" for a in auxes) and verb.dep_ not in ("xcomp", "advcl", "conj"):
            return "irrealis"
        if "had" in words:
            return "pluperfect"
        if words & {"has", "have", "'ve", "'s"} and verb.tag_ == "VBN":
            return "perfect"
        if verb.tag_ == "VBD" or words & {"was", "were", "did"}:
            return "past"
        if verb.tag_ == "VBG" and words & {"is", "are", "am", "'re", "'m"}:
            return "progressive"
        if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am", "does", "do"}:
            return "present"
        if verb.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp", "relcl") and verb.head != verb:
            verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
            continue
        break
    return "unknown"


def _own_expression(analysis: Analysis, tok, start: int, end: int) -> EventDate | None:
    """The first expression in the trigger's clause span that dates the trigger itself.
    One that qualifies another noun ("rejected ... that Tuesday's hostage-taking was
    planned") or sits in a clause the trigger is no part of ("the C.A.R., formed in
    2015, accuses ...") dates that thing instead: then the answer is the time stage's
    next guess, marked ``basis='sentence'`` so the grammar checks it again."""
    dated = [t for t in analysis.times if t.value is not None and t.precision != "duration"
             and start <= t.start and t.end <= end]
    tokens = [x for t in dated if (x := _token_of(analysis, t)) is not None]
    ours = _conjunct(tok)
    others = {x.i for x in tokens if _own_time(x, ours)}
    listed = any(_conjunct(x) == ours for x in tokens) or len(others) > 1
    for t in dated:
        x = _token_of(analysis, t)
        if x is not None and listed and x.i in others:
            continue  # "announced a separation in 2016, accepted funding ...": another verb's time
        if x is None or not _foreign(x, tok) or _locates(t, x, tok):
            return _event_date(t, "expression")
    if dated:
        return EventDate(dated[0].value, None, dated[0].text, "sentence")
    return None


def _borrowed(analysis: Analysis, tok, sent, start: int, end: int) -> EventDate | None:
    """A date from elsewhere in the trigger's sentence, else its paragraph's narrative
    time, when the grammar lets it carry over (see ``_date``)."""
    text = analysis.article.text
    par_start = text.rfind("\n", 0, start) + 1
    par_end = text.find("\n", end)
    par_end = len(text) if par_end < 0 else par_end
    dated = [t for t in analysis.times if t.value is not None and t.precision != "duration"]
    lo, hi = max(sent.start_char, par_start), min(sent.end_char, par_end)
    in_sentence = [(t, x) for t in dated if lo <= t.start and t.end <= hi if (x := _token_of(analysis, t)) is not None]
    here = [(t, x) for t, x in in_sentence if not _foreign(x, tok) or _locates(t, x, tok)]
    ours = _conjunct(tok)
    mine = [(t, x) for t, x in here if _conjunct(x) == ours]
    if here and not mine and (any(_conjunct(x) == ours for _, x in in_sentence)
                              or len({t.value for t, x in in_sentence if _own_time(x, ours)}) > 1):
        # "announced a separation in 2016, accepted funding to redevelop a base in 2019, and
        # welcomed the vaccines": each verb of the list has its own time, which does not
        # pass to another; one without is not dated
        here = [(t, x) for t, x in here if not _own_time(x, ours)]
        if not here:
            return EventDate(None, None, None, "sentence")
    if mine or here:
        nearest = min(mine or here, key=lambda p: max(p[0].start - end, start - p[0].end))[0]
        return _event_date(nearest, "sentence")
    if any(_adjunct(x, tok) for _, x in in_sentence):
        return None  # "Before leaving on Friday, he signed ...": near that day, not the paragraph's time
    if any(_described_elsewhere(x, tok) for _, x in in_sentence):
        return None  # "Berisha, who resigned ..., rejected ... Thursday": the text does not say when
    if _tense(tok) == "pluperfect" or _reported_by_pluperfect(tok):
        return None  # before the narrative time: when, the text does not say
    published = analysis.article.published
    # A day still to come ("hopes to resolve it during talks Tuesday") is not a time the story has reached.
    reach = _background_reach(sent)
    earlier = [t for t in dated if par_start <= t.start and t.end <= lo
               if (x := _token_of(analysis, t)) is not None and _narrative(x)
               and not _after_publication(EventDate(t.value, None, t.text), published)
               and (t.start >= reach or _news_day(t.value, published))]
    if earlier and any(_before(earlier[-1].value, t.value) for t, _ in in_sentence if t.end <= start):
        return None  # "An offensive launched earlier this month has ...": the story has moved past December
    if earlier and _tense(tok) == "present":
        return None  # "The C.A.R. accuses the rebels ...": the state of things now, not back then
    if earlier and (_speech_act(tok) or _tense(tok) == "perfect") \
            and not _news_day(earlier[-1].value, published) and not _carries_on(tok, earlier[-1], sent):
        # "A spokesperson reaffirmed ...", "The US has voiced concern ...": said or done for
        # this story (a present perfect is recent), not back in the background's time
        return None
    return _event_date(earlier[-1], "paragraph") if earlier else None


def _carries_on(tok, background, sent) -> bool:
    """"Last year, Detrez posted old photographs on Douyin. He claimed they were his
    grandfather's ...": a past saying whose subject is a personal pronoun, right after the
    sentence that gave a background time, goes on telling that past (the pronoun picks up
    its participant); it is no word said for this story."""
    if _tense(tok) != "past" or sent.start == 0 or not (sent.doc[sent.start - 1].sent.start_char <= background.start):
        return False
    subject = next((c for a in (tok, *tok.ancestors) for c in a.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("he", "she", "they")


# How many sentences back a background time (one before the news days) still dates the narrative.
BACKGROUND_REACH = 3


def _background_reach(sent) -> int:
    """Where a background time must stand to be the narrative time of ``sent``: a flashback
    ("At the last talks, ten months ago, ...") frames the next few sentences, not the rest of
    a long paragraph (an article scraped without its breaks is one), which returns to the news."""
    for _ in range(BACKGROUND_REACH):
        if sent.start == 0:
            break
        sent = sent.doc[sent.start - 1].sent
    return sent.start_char


def _conjunct(tok):
    """The verb of the coordinated clause a token belongs to (the sentence's main verb, or
    one of the verbs coordinated with it), so that a time stays with the verb it
    belongs to in "announced X in 2016, accepted Y in 2019"."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") or a.head.i == a.i:
            return a.i
    return None


def _own_time(x, other: int | None) -> bool:
    """Whether time token ``x`` belongs to a verb of a coordination other than ``other``,
    not fronted before it (a fronted adjunct frames every verb of the coordination)."""
    verb = _conjunct(x)
    if verb is None or verb == other:
        return False
    head = x.doc[verb]
    return x.i > head.i and (head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children))


def _before(a: str, b: str) -> bool:
    """Whether contract value ``a`` ends before ``b`` begins ("2024-12" before "2025-03")."""
    first, last = b.partition("/")[0], a.rpartition("/")[2]
    return first[:4].isdigit() and last[:4].isdigit() and (last + "-99-99")[:10] < (first + "-00-00")[:10]


# Sayings the modality lexicon's report verbs leave out (they are not reports of belief).
def _sayings() -> frozenset[str]:
    return cues()["speech"] | cues()["speech_acts"]


def _speech_act(tok) -> bool:
    """Whether the trigger is a saying ("reaffirmed", "told") or what one says ("... that
    the United States calls for his release")."""
    speech = _sayings()
    if lemma(tok) in speech:
        return True
    child = tok
    for a in tok.ancestors:  # "suggested that the government should use sanctions to push for ..."
        if child.dep_ in ("ccomp", "parataxis") and lemma(a) in speech:
            return True
        child = a
    return False


def _news_day(value: str | None, published: str | None) -> bool:
    """Whether a narrative time is a day of the news (ending within a week before publication,
    or the publication's month),
    rather than background a statement made for the story does not go back to."""
    if not value or not published or len(published) != 10:
        return False
    last = value.rpartition("/")[2]
    if len(last) == 7:
        return last == published[:7]  # "earlier this month"
    if len(last) < 10:
        return False
    from datetime import date as _d
    try:
        gap = (_d.fromisoformat(published) - _d.fromisoformat(last[:10])).days
    except ValueError:
        return False
    return -1 <= gap <= 7


def _reported_by_pluperfect(tok) -> bool:
    """Whether the trigger is what a pluperfect saying reported ("had said attackers
    collaborated"): that came before the saying, itself before the story's time."""
    child = tok
    for a in tok.ancestors:
        if child.dep_ in ("ccomp", "parataxis") and lemma(a) in _sayings():
            return _tense(a) == "pluperfect"
        child = a
    return False


def _published(analysis: Analysis, tok, mood: str, basis: str) -> EventDate | None:
    """The publication date for an event with no date in its text, when it had
    happened, or was going on, when the article was written; not for one the
    pluperfect puts before the story's time, or a temporal clause places by another
    time it does not share (then the day is unknown)."""
    published, evidence = analysis.article.published, analysis.article.published_evidence
    if published is None or mood == "hypothetical":
        return None
    if basis == "publication" and analysis.article.published_basis == "unknown":
        return None
    tense = _tense(tok)
    if mood == "planned" and tense not in ("past", "perfect"):
        # a plan is dated by its announcement ("tried to disrupt the speech", "has ordered the
        # arrest of ..."): only when the verb that made it is one of the story's past acts
        return None
    if tense == "irrealis" or tense == "present" and lemma(tok) not in _sayings():
        return None  # a present-tense saying ("Beijing denies the allegations") is said now
    if tense == "pluperfect" or _reported_by_pluperfect(tok):
        return None  # "had earlier said (that) ...": before the story's own time, the text does not say when
    sentence = tok.sent
    here = [x for t in analysis.times if t.value is not None and sentence.start_char <= t.start < sentence.end_char
            if (x := _token_of(analysis, t)) is not None]
    if tense not in ("present", "progressive") and any(_adjunct(x, tok) for x in here):
        return None  # "Before leaving on Monday, he signed ...": the text places it by another day, not today
    if any(_described_elsewhere(x, tok) for x in here):
        return None  # "a journalist arrested over his interviews" in a sentence dated by another act
    if _lasting(analysis, tok):
        return None  # "has blockaded the city for months": a stretch up to now, not the day of the story
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.pos_ in ("VERB", "AUX"):
        return None  # "are praising ECOWAS for activating its force": the reason, done before, day unknown
    precision = {3: "day", 2: "month", 1: "year"}[len(published.split("-"))]
    return EventDate(published, precision, evidence, "publication")


def _lasting(analysis: Analysis, tok) -> bool:
    """Whether a duration is the trigger's own ("for months", "over the past two weeks")."""
    sentence = tok.sent
    for t in analysis.times:
        if t.precision != "duration" or not sentence.start_char <= t.start < sentence.end_char:
            continue
        x = _token_of(analysis, t)
        if x is not None and (x.dep_ == "pobj" and x.head.lower_ in ("for", "over", "throughout") and x.head.head.i == tok.i
                              or x.dep_ == "npadvmod" and x.head.i == tok.i):
            return True
    return False


def _listed(event: Event, pred: Predicate, sent, index: MentionIndex, analysis: Analysis,
            readings: dict[int, coups.Reading]) -> list[Event]:
    """One event for each further coup in a list ("... in 1954, Brazil's Goulart in 1964
    or Chile's Allende in 1973"), with its own year, country, target and Cline record."""
    out = []
    for year, span in coups.listed(pred.token, sent):
        person = next((index.at(t) for t in span if index.at(t) is not None and index.at(t).type == "PERSON"), None)
        coup = {k: v for k, v in event.coup.items() if k != "reference"}
        places = coups.place_names(span) + _paragraph_countries(pred.token)
        reading = coups.Reading(evidenced=readings[id(event)].evidenced, kind_stated=readings[id(event)].kind_stated,
                                group=(year, (places or [None])[0]),
                                dated=True, country=(places or [None])[0], where=readings[id(event)].where)
        found = coups.link(places, coups.bounds(year), coup["outcome"], coup["kind"])
        if found is not None:
            ref, reading.rank = found
            reading.country = ref["country"]
            reading.text_outcome, reading.group = coup["outcome"], ref["coup_id"]
            coup["reference"], coup["outcome"] = ref, ref["outcome"]
        other = replace(event, start=span.start_char, end=span.end_char, coup=coup, size=None,
                        target=[person.entity] if person else [], source=list(event.source),
                        date=EventDate(value=f"{year:04d}", precision="year", text=str(year), basis="expression"))
        readings[id(other)] = reading
        out.append(other)
    return out


def _paragraph_countries(tok) -> list[str]:
    """Countries named earlier in the trigger's paragraph, nearest first ("Such was the
    case in Chile ... The failed attempt proved a rehearsal for the successful coup")."""
    par = paragraph(tok)
    ents = [e for e in tok.doc.ents if e.label_ in ("GPE", "NORP") and e.end <= tok.i and paragraph(e[0]) == par]
    return list(dict.fromkeys(n for n in (coups.country_of(e.text) for e in reversed(ents)) if n))


def _home_countries(analysis: Analysis) -> list[str]:
    """Countries the article is about, most mentioned first: the fallback place of
    a coup whose sentence names none ("leading his own abortive coup in 1992")."""
    found = [coups.country_of(e.text) for e in analysis.doc.ents if e.label_ in ("GPE", "NORP")]
    # places the actors stage knows though the tagger does not ("BAMAKO, Aug 19 (Reuters) -", a dateline)
    spans = {(e.start_char, e.end_char) for e in analysis.doc.ents if e.label_ in ("GPE", "NORP")}
    found += [coups.country_names().get(m.country) for m in analysis.mentions
              if m.type == "GPE" and m.country and (m.start, m.end) not in spans]
    return [name for name, _ in Counter(n for n in found if n).most_common(3)]


def _link(event: Event, pred: Predicate, sent, index, home: list[str], analysis: Analysis,
          reading: coups.Reading):
    """Attach the matching Cline record when country and date agree; return which
    coup the mention is about (the record, its own year, or the article's current one)."""
    tok = pred.token
    # Only a date written for the coup itself: in its phrase, or the clause's own expression.
    inside = any(e.label_ == "DATE" and e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 1 for e in sent.ents)
    year, month, day = coups.when(tok, sent) if inside else (None, None, None)
    span = coups.bounds(year, month, day) if year is not None else None
    published = (analysis.article.published or "")[:4]
    date = event.date
    if span is None and published.isdigit() and (years := _anniversary_years(tok)):
        # "on the third anniversary of the coup d'etat in Ukraine": that many years before
        # publication, whatever else the sentence dates (the interview "in February")
        year, span = int(published) - years, coups.bounds(int(published) - years)
    if span is None and date is not None and date.value and date.basis in ("expression", "sentence", "paragraph"):
        first, _, last = date.value.partition("/")
        # A date elsewhere in the sentence or paragraph dates the coup only when it is
        # history ("Such was the case in Chile in June 1973, when ... the tanquetazo revolt").
        historic = first[:4].isdigit() and published.isdigit() and int(first[:4]) < int(published) - 1
        if first[:4].isdigit() and (date.basis == "expression" or historic):
            year = int(first[:4])
            lo = coups.bounds(*(int(p) for p in first.split("-")))[0]
            hi = coups.bounds(*(int(p) for p in (last or first).split("-")))[1]
            span = (lo, hi)
            if lo > (analysis.article.published or lo) and not coups.YEAR.search(date.text or ""):
                # "the ringleaders of an attempted coup in July", written in March: a month
                # the text gives no year of, told as past, is the last one before publication
                year, span = year - 1, (f"{year - 1}{lo[4:]}", f"{year - 1}{hi[4:]}")
    if span is None and date is None and published.isdigit():
        # the time stage gave the coup no date, and its sentence names one past year only
        # ("arrested in Zimbabwe in 2004 ..., was later jailed for his part in the plot"): the
        # sentence's history is the coup's
        years = {int(m.group(0)) for e in sent.ents if e.label_ == "DATE" for m in coups.YEAR.finditer(e.text)}
        if len(years) == 1 and (only := years.pop()) < int(published) - 1:
            year, span = only, coups.bounds(only)
    stated, guessed = analysis.article.published, False
    if span is None and year is None and published.isdigit():
        guessed = True
        # No date at all: the coup the article is about, which is recent; a record of
        # the publication year or the one before, never an older coup of that country.
        span = (f"{int(published) - 1:04d}-01-01", coups.bounds(*(int(p) for p in stated.split("-")))[1])
    keys = set(event.source) | set(event.target) | {event.location}
    isos = [m.country for m in index.mentions if m.entity in keys and m.country]
    places = list(dict.fromkeys(coups.countries(tok, sent, isos) + _paragraph_countries(tok) + home))
    reading.placed = bool(places)
    found = coups.link(places, span, event.coup["outcome"], event.coup["kind"], guessed)
    ref = None
    if found is not None:
        ref, reading.rank = found
        reading.text_outcome, reading.guessed = event.coup["outcome"], guessed
        event.coup["reference"], event.coup["outcome"] = ref, ref["outcome"]
        if (year is None or date is None) and (date is None or date.basis in ("paragraph", "publication")) \
                and ref["date"] <= (analysis.article.published or ref["date"]):
            # "About 300 people were killed after rebel soldiers attempted to overthrow the
            # government", in a story of the next spring: no time of its own, and the
            # paragraph's or the publication's is not the coup's; the record's day is.
            event.date = EventDate(ref["date"], "day", tok.text, "reference")
    # Which coup this is: the record the text's date found, else the place the coup's own
    # words name ("the coup in Gabon", "soldiers in Niger ousted Bazoum"), not one the
    # sentence names for another reason ("the US condemned the coup").
    placed = coups.place(tok)
    reading.country = ref["country"] if ref and (not guessed or placed in (None, ref["country"])) else placed
    reading.dated = year is not None
    reading.where = (paragraph(tok), sent.start_char)
    if year is None or not published.isdigit() or year >= int(published) - 1:
        # The coup the article is about, however many times it is named; one per
        # country ("the coup in Gabon came weeks after soldiers in Niger ousted Bazoum").
        return ("current", reading.country)
    return ref["coup_id"] if ref else (year, reading.country)


def _refer_back(events: list[Event], readings: dict[int, coups.Reading]) -> None:
    """Which coup an undated mention is about.

    - One in a country whose coup the sentence, or earlier the paragraph, dates ("Ecuador's
      police mutinied in September 2010 and held President Correa, which his government
      described as a coup attempt") is that coup.
    - One the text places nowhere is the coup named last before it in its paragraph ("the
      abortive 2002 coup ... That coup attempt"), else the article's current coup named
      last before it ("Guaido remains free despite his coup attempt"), else first after it.
    - A record guessed for an undated mention from the publication date gives way to the
      one a dated mention of the same coup was linked to, and to none where the mention
      turns out to be of an older coup."""
    coup_events = [e for e in events if e.coup is not None and id(e) in readings]
    dated = [(e, r) for e in coup_events if (r := readings[id(e)]).dated and r.country]
    for event in coup_events:
        r = readings[id(event)]
        if r.dated or not r.country:
            continue
        same = [(e, d) for e, d in dated if d.country == r.country and d.where[0] == r.where[0]
                and (d.where[1] == r.where[1] or e.start < event.start)]
        if same:
            r.group = max(same, key=lambda p: (p[1].where[1] == r.where[1], p[0].start))[1].group
    for event in coup_events:
        r = readings[id(event)]
        if r.dated or r.country:
            continue
        here = [e for e in coup_events if e.start < event.start and readings[id(e)].where[0] == r.where[0]]
        current = [e for e in coup_events if e is not event and readings[id(e)].country
                   and _current(readings[id(e)].group)]
        before = [e for e in current if e.start < event.start]
        if here or current:
            r.group = readings[id(here[-1] if here else before[-1] if before else current[0])].group
    for event in coup_events:
        r = readings[id(event)]
        if not r.guessed:
            continue
        sure = next((e for e in coup_events if readings[id(e)].group == r.group and e.coup.get("reference")
                     and not readings[id(e)].guessed), None)
        if sure is not None:
            event.coup["reference"] = sure.coup["reference"]
            event.coup["outcome"] = sure.coup["reference"]["outcome"]
        elif not _current(r.group):
            del event.coup["reference"]
            event.coup["outcome"], r.text_outcome, r.guessed = r.text_outcome, None, False


def _current(group) -> bool:
    return isinstance(group, tuple) and group[0] == "current"
