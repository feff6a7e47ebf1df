"""Whether an event happened, is claimed, planned, imagined or denied.

Read off the dependency path from the trigger up to the sentence root: an auxiliary
("would", "will"), a negation, or a governing predicate ("refused to", "considering",
"plans to", "said that") each changes what the narrator commits to. The strongest
doubt wins, so an event that did not happen is never shown as one that did.

Some signals sit outside the path, in the shape of the sentence itself:

- a yes/no question ("Did the army arrest him?") asks, it does not state: hypothetical;
- an exclamation opening on a bare verb ("Jail Guaidó! Disband the Assembly!") and the
  words after a colon that a slogan, banner, chant or demand introduces ("banners
  reading: arrest the plotters") are demanded, not done: hypothetical; after a colon
  that a statement or a speech verb introduces they are the speaker's: reported;
- a clause after "argued/claimed/said ... that" stays the speaker's claim even where the
  parser hangs it elsewhere, up to a break (";", "but", "while"); clauses elided after a
  modal ("that Guaidó should be arrested, the Assembly disbanded") keep the modal; a
  relative clause in it describes its noun in the writer's voice ("said he would defend the
  soldiers who crushed the rebellion"), unless it goes on with the account ("when ...",
  "some of whom ...");
- a speech verb in a relative clause right before the trigger ("sons of opposition
  leaders it says were kidnapped") tells it, however the parser hangs it; a past-tense
  verb hung on a noun ("talks to resolve the impasse failed") states its own event;
- a speech verb after the clause, joined by a comma alone ("X was detained, the agency's
  director wrote"), tells the clause before it; in an interview (speaker labels, question
  turns) an answer is the interviewee's account: reported;
- an attribution phrase ("according to police", "per the ministry", "in his words", "as the
  agency reported") tells its clause; so does a report that is a clause's subject ("reports
  emerged that ..."), and what footage shows or a witness describes ("showed soldiers
  beating a man"), even under a hedge on the showing ("appeared to show");
- a first-person speech act in the present ("We urge both sides to ...", "we have urged")
  is done by the quoted words, so the quote does not make it a report; nor does reported
  speech make one of a speaker's own present stance ("said it was calling for his release",
  "said it is ready to accept");
- "is going to" plans; ``fragment`` tells a heading or verbless line ("Imperialist
  support") that states no event at all.

Frames and constructions read on the path: a deadline ("have until Feb. 4 to appeal") or
a condition ("if he were reelected") leaves the act open; a causative that took place
("was forced to resign"), a vote ("voted to extend the state of emergency"), a decision,
warrant or law that was made ("approved a warrant to arrest her") or an order that was
given ("ordered the arrest of") brings it about; so does nothing plan "the first leader to
be detained"; a passive saying ("is believed to have fled"), an alleged doer or an event named
as what was reported ("police reported the killing") makes it reported; a cancellation, "no intention of", "dismissed reports of" or "have
yet to" deny it; a response or a share aimed at a definite event ("vowed to reverse the
coup", "denied any involvement in the attack") presupposes it.

Contexts that commit to nothing, read the same way: a non-factive attitude ("doubt
that", "wondered if"), a forecast, a hedge ("appears to have", "it is unclear / possible
that", "unlikely to"), a condition without "if" ("in the event of", "had they
attacked"), a present-tense time clause of a future one ("will resign when parliament
votes"), privation, near misses and acts put off ("without firing", "stopped short
of", "held off striking", "refrained from attacking"), inability ("unable to"), a
denied participant ("no casualties or damage"), an event that is the
object of a demand, offer, threat or wish ("demanded the release of"), a prospect ("faces
arrest"), a non-specific event ("any intervention") and one scheduled ("elections set for
December"), a hope for another's act ("hopes the charge will be dropped") and a hedge
("will likely increase"). Where the evidence is unclear the event is not asserted: a fact
wrongly stated is worse than one left open. ``modality`` reads any predicate token this way,
whether or not the events stage codes it (``eval/modality_eval.py`` scores it so against
other annotators' factuality).

And some limits on what reaches down the path: a conjoined clause with its own subject
and tense keeps its own modality, and so does a concessive clause ("although the two
spoke by phone"), a fact the main clause is set against; "should not" and "must not"
advise (hypothetical), they do not deny; a protest or demand that is the purpose of a
past gathering was made by it.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..nlp.clauses import concessive, joined_to, own_pronoun, second_act
from .extract import infinitive, paragraph
from .lexicon import cues, lemma, read

# Strongest first: a denied claim is negated, a reported plan is planned.
PRIORITY = ("negated", "hypothetical", "planned", "reported", "asserted")
# What a refusing or doubting head scopes over: its complements, not its subject or adjuncts.
SCOPE = ("xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acl", "attr", "oprd")
# A clausal subject takes its predicate's modal: "freeing the prisoners may be in the junta's interest".
COMPLEMENT = {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acl", "attr", "oprd", "acomp", "advcl", "conj",
              "nsubj", "nsubjpass", "csubj", "appos", "compound", "amod", "npadvmod"}


def _own(tok: Token) -> set[str]:
    """Modal signals carried by a predicate's own dependents."""
    c = cues()
    found = set()
    # "shouldn't send them back": advice against an act leaves open whether it happens.
    deontic = any(a.dep_ == "aux" and a.lower_ in more_cues()["deontic_aux"] for a in tok.children)
    for child in tok.children:
        low = child.lower_
        denied = _negating(child)
        if denied and deontic:
            found.add("hypothetical")
        elif denied or (low in c["negating_modifiers"] and child.dep_ in ("det", "advmod", "preconj")):
            found.add("negated")
        elif child.dep_ == "advmod" and low in more_cues()["near_miss_adverbs"] and tok.pos_ == "VERB":
            found.add("hypothetical")  # "the army nearly attacked the city": it did not quite
        elif child.dep_ == "advmod" and low in more_cues()["no_longer"] and any(
                g.lower_ == "no" for g in child.children if g.i < child.i):
            found.add("negated")  # "the IAEA no longer conducts verification"
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj") and _none(child):
            # "no stations were taken", "they arrested nobody"; "no one should be detained" advises
            found.add("hypothetical" if deontic else "negated")
        elif child.dep_ in ("aux", "auxpass"):
            if low in c["hypothetical_aux"]:
                found.add("hypothetical")
            elif low in c["future_aux"]:
                found.add("planned")
            elif low == "going" or lemma(child) == "go":
                found.add("planned")
        elif child.dep_ == "mark" and low in c["hypothetical_marks"]:
            found.add("hypothetical")
        elif child.dep_ == "advcl" and conditional(child) and not _commitment(tok):
            # "if Museveni rigs the election, the people will rise up"; but "threatened
            # retaliation if hit by sanctions" made the threat: the condition is its content
            found.add("hypothetical")
        elif child.dep_ == "amod" and low in c["planned_modifiers"]:
            found.add("planned")
        elif child.dep_ == "advmod" and low in c["reporting_adverbs"]:
            found.add("reported")
        elif child.dep_ == "amod" and low in more_cues()["alleging_modifiers"]:
            found.add("reported")  # "the alleged attack", "a suspected coup attempt"
        elif child.dep_ == "prep" and (low == "according" or _attributing(child)):
            found.add("reported")  # "according to police", "per the ministry", "in his words"
        elif child.dep_ == "advcl" and _as_reported(child):
            found.add("reported")  # "as the ministry reported, troops downed 20 drones"
        elif child.dep_ == "parataxis" and lemma(child) in c["speech"]:
            found.add("reported")
    if tok.dep_ == "advcl" and _inverted(tok):
        found.add("hypothetical")  # "had the rebels attacked, ...": the condition itself
    return found


def _attributing(prep: Token) -> bool:
    """A phrase naming whose account the clause is: "per the ministry" (a source, not "per
    day"), "in his words", "in the view of the monitors" (not "in other words")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if prep.lower_ in more_cues()["attributing_preps"]:
        return obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or obj.tag_ in ("NN", "NNS", "NNP") \
            and obj.ent_type_ == "" and any(c.dep_ == "det" for c in obj.children)
    return prep.lower_ == "in" and lemma(obj) in more_cues()["attributing_nouns"] and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in obj.children)


def _as_reported(clause: Token) -> bool:
    """"As the ministry reported, ...", "..., as reported by state media": a speech verb
    in an "as" clause with nothing of its own to report tells the clause it hangs on."""
    return lemma(clause) in cues()["speech"] and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in clause.children) and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in clause.children)


def negated(tok: Token) -> bool:
    """Whether a predicate carries a negation, on itself or on its auxiliary."""
    return any(_negating(c) for c in tok.children)


def _negating(child: Token) -> bool:
    """"did not get vaccinated": the parser may hang the negation on the auxiliary."""
    return child.dep_ == "neg" or (child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children))


def conditional(clause: Token) -> bool:
    """An adverbial clause that sets a condition ("if he were reelected", "unless the
    junta steps down", "had the rebels attacked"): what it conditions may not come about."""
    if _inverted(clause):
        return True
    return any(m.dep_ == "mark" and m.lower_ in more_cues()["conditional_marks"] for m in clause.children) and not any(
        m.dep_ == "advmod" and m.lower_ in ("as", "even") and m.i < clause.i for m in clause.children)


def _inverted(clause: Token) -> bool:
    """An adverbial clause opened by an auxiliary before its subject, with no conjunction
    ("had the rebels attacked", "should talks fail", "were he reelected"): a condition."""
    if clause.dep_ != "advcl" or any(c.dep_ == "mark" for c in clause.children):
        return False
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in more_cues()["inverting_aux"]]
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(aux and subj) and aux[0].i == clause.left_edge.i and aux[0].i < subj[0].i


def _commitment(tok: Token) -> bool:
    """A saying, threat, promise or demand: made whatever it is conditioned on."""
    c = cues()
    lem = lemma(tok)
    return lem in c["absorbing_heads"] or lem in c["threat_verbs"] or lem in c["speech"] or lem in c["speech_acts"]


def _none(tok: Token) -> bool:
    """A participant that denies the event: "no stations", "nobody", "none of them"."""
    c = cues()
    return tok.lower_ in c["negative_pronouns"] or any(
        (x.dep_ == "det" and x.lower_ == "no") or (x.dep_ == "preconj" and x.lower_ == "neither")
        for x in tok.children)


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
    # "To accomplish this, 30,000 jobs will be cut": the parser may take an opening
    # infinitive of purpose for the clause's subject.
    if tok.dep_ not in ("xcomp", "acl", "advcl", "relcl", "csubj", "csubjpass") or tok.pos_ != "VERB":
        return False
    if not infinitive(tok):
        return False
    # "This is to say nothing of the coups of 1954": speaking of something plans nothing.
    # "were able to reach him" did reach him; a modal or negation on "be" still reaches down.
    # "The army is to blame": a judgement of the subject, not its plan.
    return lemma(tok.head) not in cues()["implicative"] | more_cues()["implicative_adjectives"] \
        and lemma(tok) not in cues()["speech"] and not _ranked(tok) \
        and not (lemma(tok.head) == "be" and lemma(tok) in more_cues()["predicative_infinitives"])


def _ranked(tok: Token) -> bool:
    """"The first elected leader to be detained", "the only reporter to be jailed", "the
    biggest crowd to gather since 1989": an infinitive on a noun an ordinal or a superlative
    ranks tells who did or underwent the act, not what anyone means to do; under a future or
    modal copula it is still to come."""
    noun = tok.head
    if noun.dep_ in ("attr", "nsubj") and _own(noun.head) & {"planned", "hypothetical"}:
        return False  # "will be the first jet to be built of carbon": still to come
    return tok.dep_ in ("acl", "relcl") and noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "advmod") and (c.lower_ in more_cues()["ordinal_modifiers"] or c.tag_ == "JJS")
        for c in noun.children)


@lru_cache(maxsize=1)
def more_cues() -> dict:
    """The sentence-shape cues (``modality_cues.json``), lists as sets."""
    return read("modality_cues.json")


def _line(tok: Token) -> list[Token]:
    """The tokens of the trigger's sentence that share its paragraph (a line break
    ends a sentence even where the parser runs on)."""
    par = paragraph(tok)
    return [t for t in tok.sent if paragraph(t) == par and not t.is_space]


def fragment(tok: Token) -> bool:
    """A heading or verbless line ("Imperialist support", "Coup attempt in Venezuela"):
    a short paragraph of its own, with no verb and no closing full stop, names a topic;
    it states no event."""
    par, doc, limit = paragraph(tok), tok.doc, more_cues()["heading_max_words"]
    lo, hi = tok.i, tok.i
    while lo > 0 and paragraph(doc[lo - 1]) == par and hi - lo <= limit + 1:
        lo -= 1
    while hi + 1 < len(doc) and paragraph(doc[hi + 1]) == par and hi - lo <= limit + 1:
        hi += 1
    words = [t for t in doc[lo:hi + 1] if not t.is_space]
    if not words or len(words) > limit:
        return False
    closed = words[-1].text in (".", "!", "?", ";", ":", ",") or (
        len(words) > 1 and words[-1].text in ("”", '"', "’") and words[-2].text in (".", "!", "?"))
    return not closed and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _bare_verb(tok: Token) -> bool:
    """A sentence- or clause-opening word that is a verb in its base form, whatever
    tag the parser gave a capitalised command ("Jail Guaidó")."""
    if tok.tag_ in ("VB", "VBP") and tok.pos_ == "VERB":
        return True
    low = tok.lower_
    return tok.is_title and tok.pos_ == "PROPN" and any(
        low == e.lemma for e in _verb_entries().get(low, ()))


@lru_cache(maxsize=1)
def _verb_entries() -> dict:
    from .lexicon import predicates
    out: dict[str, list] = {}
    for (lem, pos), entries in predicates().items():
        if pos == "V":
            out.setdefault(lem, []).extend(entries)
    return out


WH_TAGS = ("WP", "WP$", "WRB", "WDT")
QUOTE_MARKS = ('"', "“", "”", "'", "‘", "’")


def asked(tok: Token) -> bool:
    """"What did you discuss there?", "Why did the army move in?": a wh-question asks;
    it states nothing, and what it takes for granted the text tells where it is stated.
    A yes/no question is left to ``shape`` (hypothetical)."""
    line = [t for t in _line(tok) if not (t.is_punct and t.text in QUOTE_MARKS)]
    # the stretch between full stops that holds the trigger: the parser may run a
    # statement and the question after it into one sentence
    start = max((t.i for t in line if t.i < tok.i and t.text in (".", "!", "?")), default=-1)
    end = min((t.i for t in line if t.i > tok.i and t.text in (".", "!", "?")), default=None)
    body = [t for t in line if start < t.i and (end is None or t.i <= end)]
    if not body or body[-1].text != "?":
        return False
    for wh in (t for t in body if t.tag_ in WH_TAGS and t.head.dep_ != "relcl" and t.dep_ != "relcl"):
        clause = wh.head  # the clause the wh-word asks about; "..., no stations were taken, so why
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:  # did they launch it?"
            clause = clause.head  # asks only about the launch
        if tok == clause:
            return True
        # "Why did they not wait until 1 May, when they had announced demonstrations?": a
        # relative clause inside the question states its own fact
        path = []
        for a in (tok, *tok.ancestors):
            if a == clause:
                return not any(t.dep_ in ("relcl", "acl") for t in path)
            path.append(a)
    return False


def shape(tok: Token) -> set[str]:
    """What the sentence's shape says of the trigger: a yes/no question or an
    exclamation opening on a command (hypothetical), or content after a colon that a
    slogan, demand or statement introduces (hypothetical or reported)."""
    m = more_cues()
    found: set[str] = set()
    words = _line(tok)
    if not words:
        return found
    body = [t for t in words if not (t.is_punct and t.text in QUOTE_MARKS)]
    last = body[-1].text if body else ""
    if last == "?" and body[0].lower_ in m["question_openers"] and body[0].pos_ == "AUX":
        found.add("hypothetical")
    if last == "!" and _bare_verb(body[0]) and not any(t.dep_ in ("nsubj", "nsubjpass") and t.i < body[0].i
                                                        for t in words):
        found.add("hypothetical")
    colons = [t for t in words if t.text == ":" and t.i < tok.i]
    if colons:
        colon = colons[-1]
        before = [t for t in words if t.i < colon.i]
        after = [t for t in words if t.i > colon.i and not t.is_punct]
        lemmas = {lemma(t) for t in before} | {t.lower_ for t in before}
        if lemmas & (m["content_nouns"] | m["content_verbs"] | cues()["speech"]):
            if lemmas & m["demand_words"] or (after and _bare_verb(after[0])):
                found.add("hypothetical")
            else:
                found.add("reported")
    return found


def _said_that(tok: Token) -> set[str]:
    """A speech verb before the trigger whose "that" opens the trigger's stretch of the
    sentence: the clause is the speaker's claim even where the parser attached it
    elsewhere ("have argued since January that Guaidó should be arrested, the National
    Assembly disbanded and strong measures taken ..., including arming the militia").
    Clauses elided after the first one's modal keep it."""
    m = more_cues()
    speech = cues()["speech"]
    words = _line(tok)
    for i, word in enumerate(words):
        if word.i >= tok.i:
            break
        if word.pos_ != "VERB" or lemma(word) not in speech or word.dep_ in ("relcl", "acl", "advcl", "amod", "pcomp"):
            continue  # "the minister, who said that talks had failed, ordered ...": not the main claim
        if _coordinate(tok, word):
            continue  # "said that talks had failed, and troops attacked": the narrator's own clause
        if _relative_under(tok, word):
            continue  # "said that the general, who seized power in 2014, would step down"
        that = next((t for t in words[i + 1:i + 6] if t.lower_ == "that" and t.dep_ == "mark" and t.i < tok.i), None)
        if that is None:
            continue
        between = [t for t in words if that.i < t.i < tok.i]
        if any(t.lower_ in m["clause_breaks"] for t in between):
            continue
        found = {"reported"}
        first = that.head
        modal = any(a.dep_ == "aux" and a.lower_ in cues()["hypothetical_aux"] for a in first.children)
        clause = tok
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        own_aux = any(a.dep_ in ("aux", "auxpass") for a in clause.children)
        if modal and clause != first and not own_aux and clause.tag_ in ("VBN", "VBG", "VB") \
                and _coordinated_with(clause, first):
            found.add("hypothetical")
        return found
    return set()


def _relative_under(tok: Token, speech: Token) -> bool:
    """Whether the trigger sits in a relative clause inside what the speech verb says ("said
    he would defend the soldiers who crushed the rebellion"): the clause describes its noun,
    and a writer adds such descriptions in his own voice; the speaker's claim is the rest."""
    for above in (tok, *tok.ancestors):
        if above == speech:
            return False
        if above.dep_ == "relcl" and above.i > speech.i and _describing(above):
            return True
    return False


def _describing(clause: Token) -> bool:
    """A relative clause that describes its noun. Not one that goes on with the account: a
    time or place ("since August, when troops killed a militia leader"), a part of the group
    ("demonstrators, some of whom threw rocks"); nor a content clause the parser took for a
    relative one ("told the channel that his agency was investigating": "that" is a mark)."""
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ == "that":
            return False
        if c.dep_ == "advmod" and c.tag_ == "WRB":
            return False
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(w.tag_ in ("WP", "WDT") for w in p.children)
                for p in c.children):
            return False
    return True


def _coordinated_with(clause: Token, first: Token) -> bool:
    """Whether a coordination links the clause to the first one, as an elided modal
    needs ("should be arrested, the assembly disbanded and measures taken"); a
    participle qualifying a noun ("restrictions imposed by the US") has its own tense."""
    above = {t.i for t in first.ancestors} | {first.i}
    cur = clause
    while cur.i not in above and cur.head != cur:
        if cur.dep_ == "conj":
            return True
        cur = cur.head
    return False


def _coordinate(tok: Token, speech: Token) -> bool:
    """Whether the trigger's clause is coordinated with the speech verb's own clause by a
    conjunction ("said that talks had failed, and troops attacked"); a bare comma list
    hung there goes on with the complement ("argued that he should be arrested, the
    assembly disbanded and measures taken")."""
    cur = tok
    while cur.head != cur:
        dep, head = joined_to(cur)  # "announced that it would not allow ... and suspended"
        if head is None:
            return False
        if head == speech:
            # the parser may hang the "and" on any word of the clause before ("would not let
            # the envoy return and suspended ...": on "return"); it stands right before the conjunct
            before = [t for t in tok.doc[speech.i + 1:cur.left_edge.i] if not t.is_punct]
            content = next((c for c in speech.children if c.dep_ == "ccomp" and c.i < cur.i), None)
            return dep == "conj" and bool(before) and before[-1].dep_ == "cc" and (
                content is None or second_act(cur, content))
        cur = head
    return False


def _framed(tok: Token, cur: Token, head: Token) -> set[str]:
    """What a frame around the trigger says of it, one step of the path at a time:
    "accused the opposition of plotting a coup" (the accuser's claim: reported), "called
    the protests a coup", "described it as a coup" (the namer's reading: reported),
    "claimed responsibility for the attack" (the claimant's word: reported),
    "warned of a coup", "talk of a coup" (a possibility: hypothetical), "a coup is
    unlikely" (hypothetical), "never staged a coup" (a light verb's negation is the
    event's: negated)."""
    m = more_cues()
    lem = lemma(head)
    found: set[str] = set()
    via = cur.lower_ if cur.dep_ == "prep" else None
    accuser = lem in m["accusing"] or (head.dep_ == "dobj" and lemma(head.head) in m["accusing"])
    if accuser and (via in ("of", "for", "with") or (cur.dep_ == "pcomp" and lem in m["accusing"])):
        found.add("reported")  # "accused the opposition of plotting", wherever "of" hangs
    if lem in m["naming"] and (cur.dep_ == "oprd" or (via == "as" and cur.head == head)):
        found.add("reported")
    claimer = head.head if via == "for" and head.dep_ == "dobj" else head
    if ((cur == tok and cur.dep_ in ("dobj", "nsubjpass") and lem in m["claiming"]) or (
            via == "for" and head.dep_ == "dobj" and lemma(head.head) in m["claiming"])) and not (
            any(x.dep_ == "neg" or (x.dep_ in ("nsubj", "nsubjpass") and _none(x)) for x in claimer.children)):
        # "claimed the killing of a commander", "claimed responsibility for the attack", "the
        # attack was claimed by IS"; "nobody has claimed the attack" leaves it the narrator's
        found.add("reported")
    if cur == tok and cur.dep_ in ("dobj", "nsubjpass") and (
            lem in m["cancelling"] or (lem in m["cancelling_phrasal"] and any(
                x.dep_ == "prt" and x.lower_ == m["cancelling_phrasal"][lem] for x in head.children))):
        found.add("negated")  # "the planned protest was cancelled", "called off the strike"
    if lem in m["intention_nouns"] and head.pos_ == "NOUN" and cur.dep_ in ("prep", "acl") and (
            cur.dep_ == "acl" or cur.lower_ in ("of", "to", "for")):
        # "has no intention of staging a coup", "its plan to seize the airport"
        found.add("negated" if any(x.dep_ == "det" and x.lower_ == "no" for x in head.children) else "planned")
    if lem in m["dismissing"] and cur.dep_ == "dobj" and cur != tok and lemma(cur) in m["hearsay_nouns"]:
        found.add("negated")  # "dismissed reports of a coup attempt", "refuted rumours that troops had mutinied"
    if cur == tok and cur.dep_ == "dobj" and (tok.pos_ == "NOUN" or tok.tag_ == "VBG") and head.pos_ == "VERB" \
            and not any(x.dep_ == "neg" for x in head.children):
        if lem in m["object_reports"]:
            found.add("reported")  # "police reported the killing of two protesters", "documented 100 killings"
        elif lem in m["object_expectations"]:
            found.add("planned")  # "the government expects protests on Friday", "awaits sentencing"
    if cur.dep_ == "dobj" and tok.head == cur and tok.dep_ == "acl" and tok.tag_ == "VBG" \
            and lem in m["depicting_verbs"] and head.pos_ == "VERB":
        found.add("reported")  # "footage showed soldiers beating a man", "described troops firing"
    if cur == tok and cur.dep_ in ("dobj", "nsubjpass") and lem in m["postponing"]:
        found.add("planned")  # "the talks were postponed": still to come
    if cur == tok and cur.dep_ == "nsubjpass" and lem in cues()["convening"] and not _ordered(head):
        found.add("planned")  # "the protest is scheduled for Friday"
    if cur.dep_ == "xcomp" and lem in ("have", "be") and any(
            x.dep_ == "advmod" and x.lower_ == "yet" for x in head.children):
        found.add("negated")  # "the rebels have yet to release the hostages"
    if (lem in m["possibility_of_heads"] and via in ("of", "about", "against", "over")
            or lem in m["hinting"] and via == "at") and not any(
            ((g == tok or tok in g.conjuncts) and _definite(tok)) or lemma(g) in m["hearsay_nouns"]
            for g in cur.children):
        # "warned of a coup", "hinted at lifting sanctions"; not "concerns about Trump's threat"
        # (or "worried over its plans and Chisinau's unwillingness"), which was made, nor
        # "concern about reports of killings", which the reports tell
        found.add("hypothetical")
    if cur == tok and cur.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "attr") and lemma(c) in m["likelihood"] for c in head.children):
        found.add("hypothetical")
    if cur == tok and cur.dep_ in ("dobj", "nsubjpass") and lem in cues()["light_verbs"] and "negated" in _own(head):
        found.add("negated")
    return found


def _uncommitted(tok: Token, cur: Token, head: Token) -> set[str]:
    """What a governing word that does not commit to its complement says of it, one step
    of the path at a time: an attitude ("doubt that", "wondered if"), a forecast
    ("predicted that"), a hedge ("appears to have fled", "it is unclear / possible that",
    "unlikely to attack"), a near miss ("stopped short of attacking"), a condition ("in
    the event of an attack"), a privation ("without firing a shot"), or a wish, demand,
    offer or threat naming the event as its object ("demanded the release of the
    prisoners", "offered talks", "threatened retaliation")."""
    m = more_cues()
    lem, dep = lemma(head), cur.dep_
    found: set[str] = set()
    # A hedge reaches the complement's own predicate (or the event a light verb takes),
    # not a noun in one of its adjuncts ("likely to be angered by a court ruling on Wednesday").
    clausal = dep in ("ccomp", "xcomp", "csubj") and _predicate_of(tok, cur)
    if clausal and lem in m["nonfactive_heads"]:
        found.add("hypothetical")
    if clausal and lem in m["prediction_heads"]:
        found.add("planned")
    if clausal and lem in m["seeming_verbs"] and not (cur != tok and lemma(cur) in m["depicting_verbs"]):
        found.add("hypothetical")  # not "a video appeared to show soldiers shooting": the showing is hedged
    if clausal and dep == "ccomp" and _wishing(head) and not _own_act(cur, head) \
            and not (tok.dep_ in ("nsubj", "nsubjpass") and _definite(tok)):
        # "I hope his charge will be dropped": the dropping is wished for, not planned; the
        # charge itself, named as a definite subject, was brought; "we hope we will round
        # them up", "hopes to restore aid" are the hoper's own intent (planned)
        found.add("hypothetical")
    if dep in ("xcomp", "ccomp", "dobj", "conj") and _predicate_of(tok, cur) \
            and tok.dep_ not in ("nsubj", "nsubjpass") and hedged(head):
        found.add("hypothetical")  # "Japan will likely increase cooperation with NATO"
    if dep in ("xcomp", "ccomp", "prep") and lem in m["doubt_adjectives"] and head.pos_ == "ADJ" \
            and _predicate_of(tok, cur):
        found.add("hypothetical")  # "unlikely to attack", "possible that they attacked"
    if clausal and any(c.dep_ == "acomp" and lemma(c) in m["doubt_adjectives"] for c in head.children):
        found.add("hypothetical")  # "it is unclear whether ...", "it is possible that ..."
    if clausal and any(c.dep_ == "neg" for c in head.children) and any(
            c.dep_ == "acomp" and lemma(c) in m["knowledge_adjectives"] for c in head.children):
        found.add("hypothetical")  # "it was not clear who fired first", "it is not known whether"
    if cur == tok and dep in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "attr") and lemma(c) in m["doubt_adjectives"] for c in head.children):
        found.add("hypothetical")  # "the attack is unconfirmed"
    if cur == tok and dep == "nsubj" and lem in m["copulas"] and any(
            c.dep_ == "attr" and lemma(c) in cues()["hypothetical_heads"] for c in head.children):
        found.add("hypothetical")  # "sanctions remain an option"
    if cur == tok and dep == "dobj" and lem in m["object_reports"] and negated(head):
        found.add("hypothetical")  # "officials did not confirm the arrests": left open, not denied
    if dep == "ccomp" and (lem in m["evidential_heads"] or lem in m["asserting_heads"] and head.pos_ == "VERB") \
            and not _bare_conjunct(tok, cur):
        found.add("reported")  # "the inquiry found that troops had fired", "pointed out that rebels had shelled"
    if dep in ("xcomp", "ccomp", "dobj") and head.pos_ == "VERB" and imperative(head):
        found.add("hypothetical")  # "tell them to stop the attacks": asked for, like the command itself
    direct = dep == "prep" and tok in cur.children and tok.dep_ in ("pobj", "pcomp")
    if direct and m["near_miss_heads"].get(head.lower_) == cur.lower_:
        found.add("negated")  # "stopped short of attacking", "came close to a deal"
    if _withholding(head) and ((cur == tok and dep in ("advcl", "xcomp") and tok.tag_ == "VBG") or direct):
        found.add("negated")  # "held off striking Iran", "held off on a ground invasion", "held back from attacking"
    if direct and cur.lower_ == "of" and lem in m["condition_nouns"] and head.dep_ == "pobj" \
            and head.head.lower_ == "in":
        found.add("hypothetical")  # "in case of an attack", "in the event of a coup"
    if direct and cur.lower_ in m["privative_preps"]:
        found.add("negated")  # "withdrew without firing a shot"
    if cur == tok and dep == "dobj" and tok.pos_ == "NOUN" and head.pos_ == "VERB" and lem in m["seeking"]:
        found.add("planned")  # "demanded the release of the prisoners", "want new elections"
    if cur == tok and dep == "dobj" and lem in m["prospect_verbs"] and head.tag_ in ("VBZ", "VBP"):
        found.add("hypothetical")  # "he faces arrest": a prospect ("is facing shelling" is not)
    if dep == "xcomp" and (lem in m["unable"] or (lem == "able" and any(
            c.dep_ == "neg" for c in head.head.children))):
        found.add("negated")  # "police were unable to reach him", "was not able to come to an agreement"
    if dep == "xcomp" and any(c.dep_ in ("nsubj", "nsubjpass") and _none(c) for c in head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
        found.add("negated")  # "nothing is going to happen": the raised subject denies it
    if lem in m["averting"] and ((cur == tok and dep == "dobj") or dep in ("xcomp", "pcomp")):
        found.add("negated")  # "dodged arrest", "averted a strike"
    if (lem in cues()["reporting_nouns"] or lem in m["hearsay_nouns"]) and dep in ("prep", "acl", "ccomp") \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        found.add("negated")  # "there were no reports of injuries"
    if lem in m["copulas"] and any(c.dep_ == "neg" for c in head.children) and (
            (cur == tok and dep in ("acomp", "attr", "xcomp", "oprd")) or (direct and dep == "prep")):
        found.add("negated")  # "did not get vaccinated", "have not been in contact": the predicate is denied
    return found


def hedged(tok: Token) -> bool:
    """A predicate under a hedging adverb ("will likely increase", "probably fired", "maybe
    some got caught"): left open, not committed to. Not a comparison ("more likely than")."""
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in more_cues()["hedging_adverbs"]
        and not any(g.lower_ in ("than", "as", "more", "most") for g in c.children) for c in tok.children)


def _own_act(clause: Token, wisher: Token) -> bool:
    """Whether a hoped-for clause is the hoper's own act ("we hope we will round them up"):
    an intent. A clause with another subject, or a passive one, is a wish about others."""
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    theirs = next((c for c in wisher.children if c.dep_ == "nsubj"), None)
    if own is None or theirs is None or own.dep_ == "nsubjpass":
        return own is None and theirs is not None  # a bare infinitive shares the hoper
    first = ("i", "we")
    return own.lower_ == theirs.lower_ or (own.lower_ in first and theirs.lower_ in first)


def _wishing(tok: Token) -> bool:
    """A verb of hoping or wishing, whatever lemma the tagger gave its forms ("hoped": "hop")."""
    return tok.pos_ == "VERB" and (lemma(tok) in more_cues()["wish_heads"] or tok.lower_ in more_cues()["wish_heads"])


def _withholding(head: Token) -> bool:
    """A phrasal verb of putting off ("held off", "held back"): with a gerund or a
    preposition it says the act has not been done; with an object ("held off the
    attackers") it repelled them, and the caller does not ask."""
    particles = more_cues()["withholding_phrasal"].get(lemma(head), ())
    return any(x.dep_ == "prt" and x.lower_ in particles for x in head.children)


def _extraposed(cur: Token, head: Token) -> bool:
    """An infinitive that is the real subject of an "it" clause ("it could be possible to
    tell", "it would be a mistake to attack"), which the parser hangs as an adverbial:
    the clause's modal is its own."""
    return infinitive(cur) and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)


def _unclaimed(noun: Token) -> bool:
    """A claim or report said not to exist ("no one has claimed responsibility for the
    attack", "did not report the killing"): what it would be about stays the narrator's."""
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and _none(c)) for c in verb.children)


def _bare_conjunct(tok: Token, clause: Token) -> bool:
    """Whether the path from the trigger to the clause passes a verb conjoined without a
    subject of its own ("determined that the detention is arbitrary and called for his
    release"), which may as well share the subject of the verb above the clause."""
    cur = tok
    while cur != clause and cur.head != cur:
        if cur.dep_ == "conj" and cur.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return True
        cur = cur.head
    return False


def _predicate_of(tok: Token, clause: Token) -> bool:
    """Whether the trigger is the clause's own predicate or one of its arguments, reached
    through verb chains, coordination, subjects and objects only (not an adjunct's noun)."""
    cur = tok
    while cur != clause:
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "nsubj", "nsubjpass", "pcomp", "acomp", "attr") \
                or cur.head == cur:
            return False
        cur = cur.head
    return True


def _still_to_come(cur: Token, head: Token) -> set[str]:
    """A present-tense time clause of a future or modal clause ("will resign when
    parliament votes", "could strike once the deal is signed") is itself still to come."""
    if cur.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in more_cues()["temporal_marks"]
                                      and c.i < cur.i for c in cur.children):
        return set()
    present = cur.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in cur.children)
    return _own(head) & {"planned", "hypothetical"} if present else set()


def _going_to(cur: Token, head: Token) -> bool:
    """ "are going to attack": the infinitive under a progressive "go" is a plan."""
    return cur.dep_ == "xcomp" and head.lower_ in ("going", "gon") and head.tag_ == "VBG" and infinitive(cur)


def _instead(cur: Token, head: Token) -> bool:
    """ "rather than admitting the failure", "instead of arresting them", "rather than a
    memorandum, an agreement": not done."""
    if cur.dep_ not in ("pcomp", "pobj") or head.i == 0:
        return False
    before = head.doc[head.i - 1].lower_
    return (head.lower_ == "than" and before == "rather") or (head.lower_ == "of" and before == "instead")


def _prescribed(cur: Token, head: Token) -> bool:
    """ "The only way out lies in the mobilization of the working class", "our task is
    to ...": what the answer, way or duty consists in is prescribed, not done."""
    m = more_cues()
    if cur.dep_ in ("nsubj", "nsubjpass") or lemma(head) not in m["prescriptive_verbs"]:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in m["prescriptive_nouns"] for c in head.children)


def modality(tok: Token, in_quote: bool) -> str:
    c = cues()
    found = _own(tok)
    if in_quote:
        found.add("reported")
    if _said_to(tok) or _claimed_to(tok):
        found.add("reported")  # "is believed to have fled", "claimed to be holding 200 hostages"
    elif purpose(tok) and not _carried_out(tok) and not _entailed(tok, tok.head):
        found.add("planned")
    if _deadline(tok) or hedged(tok):
        found.add("hypothetical")  # "had likely been killed": a hedge on the trigger itself
    if (tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") or tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD")) \
            and tok.head.pos_ in ("NOUN", "PROPN") and _none(tok.head):
        found.add("negated")  # "no casualties or damage", "no casualties confirmed"
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in more_cues()["nonspecific_dets"]
                                  for c in tok.children):
        found.add("hypothetical")  # "opposes any military intervention": no particular one took place
    if tok.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and (
            lemma(c) in more_cues()["scheduling_participles"]
            or (lemma(c) == "set" and any(g.dep_ == "prep" and g.lower_ == "for" for g in c.children)))
            for c in tok.children):
        found.add("planned")  # "elections scheduled for December", "talks set for Monday"
    if tok.dep_ == "ROOT" and tok.tag_ == "VB" and infinitive(tok):
        found.add("planned")  # a headline's infinitive: "Rebels to free hostages"
    if imperative(tok):
        found.add("hypothetical")
    found |= shape(tok)
    found |= _said_that(tok)
    told = _said_in_relative(tok)  # a relative clause's content: the clause it is hung on does not reach it
    if _attributed_after(tok) or _answered(tok) or told:
        found.add("reported")
    cur = tok
    described = False  # past a relative clause, only who says so still matters
    relative = False  # and a saying above the relative clause does not say it: the narrator does
    while not told and cur.head != cur and paragraph(cur.head) == paragraph(tok):
        dep, head = joined_to(cur)
        if head is None:
            break  # "did not attend and left early": its own main clause
        if concessive(cur):
            break  # "will visit Tokyo, although the two spoke by phone last year": a fact set against it
        lem = lemma(head)
        shared = not described and _share_in(tok, cur, head)
        if not described and _presupposed_by(tok, cur, head):
            described = True  # "vowed to reverse the coup", "called for an inquiry into the killing": it happened
        if not described and dep == "prep" and cur.lower_ in ("of", "about") and lem in more_cues()["learning_verbs"]:
            found.add("reported")  # "troubled to hear of the arrest": it happened, as the hearer tells it
            described = True
        if _going_to(cur, head) and not described:
            found.add("planned")
        if _instead(cur, head) and not described:
            found.add("negated")
        if _prescribed(cur, head) and not described:
            found.add("hypothetical")
        if not described:
            found |= _framed(tok, cur, head) | _uncommitted(tok, cur, head) | _still_to_come(cur, head)
            if cur != tok and _said_to(cur):
                found.add("reported")  # "is believed to be worth $15 billion"
        if dep in ("acl", "relcl") and any(x.dep_ == "amod" and x.lower_ in more_cues()["alleging_modifiers"]
                                           for x in head.children):
            found.add("reported")  # "the alleged plotters involved in the attempt": their deed is alleged
        if dep in COMPLEMENT and not described:
            adjunct = dep == "prep" and cur.lower_ in more_cues()["adjunct_preps"]  # "after", "amid": no content
            if lem in c["negating_heads"] and dep in SCOPE and not adjunct:
                # "halted operations after a series of kidnappings": what came before the halt still happened
                if not any(x.dep_ == "neg" for x in head.children):  # "would not rule out": no denial
                    found.add("negated")
                elif lem in more_cues()["open_heads"]:
                    found.add("hypothetical")  # "has not ruled out supporting a coup": left open
            elif lem in c["hypothetical_heads"] and dep in SCOPE:
                found.add("hypothetical")
            elif lem in c["planning"] and dep in ("xcomp", "ccomp", "prep", "pcomp") and not adjunct \
                    and not (head.pos_ != "VERB" and lem in more_cues()["planning_verbs_only"]) \
                    and not _entailed(cur, head) and not (lem in c["speech"] and _past_clause(cur)):
                found.add("planned")  # "aimed at toppling"; not "after being repelled, he tried"
            elif lem in c["convening"] and dep == "dobj" and cur == tok and tok.pos_ == "NOUN" and not _ordered(head):
                found.add("planned")  # "scheduled talks for Friday"
            elif lem in c["speech"] and dep == "ccomp":
                found.add("reported")
                if lem in c["belief"] and any(x.dep_ == "neg" for x in head.children):
                    found.add("negated")  # "I do not believe there will be an arrest"
            elif lem in c["reporting_nouns"] and dep in ("acl", "ccomp", "pobj", "prep") and not _unclaimed(head):
                found.add("reported")
            elif dep in ("acl", "ccomp") and _claim_content(cur, head):
                found.add("reported")  # "a consensus among experts that the partnership poses a threat"
            elif lem in more_cues()["attribution_verbs"] and head.pos_ == "VERB" and (
                    dep in ("ccomp", "xcomp") or (dep == "prep" and cur.lower_ in more_cues()["attribution_preps"])):
                found.add("reported")  # "admitted to killing drug suspects", "complained about the judge striking"
            elif lem in c["speech"] and head.pos_ == "VERB" and dep == "prep" and cur.lower_ == "about" \
                    and any(x.dep_ == "pcomp" and any(g.dep_ == "nsubj" for g in x.children) for x in cur.children):
                found.add("reported")  # "said in a comment about Russia calling on Damascus to stop the strikes"
            # The governing clause's own signals reach down into its complements
            # ("he said he would not..."), except negation, which scopes over the head
            # only, and except onto a definite subject, whose existence is presupposed
            # ("Guaidó's coup would go down in history" still happened).
            # Nor across an adverbial clause ("while the coup failed, another could come").
            # A verb of occurrence still says whether its subject happens ("previous
            # sanctions can snap back", "the talks could resume").
            presupposed = (cur == tok and dep in ("nsubj", "nsubjpass") and _definite(cur)
                           and lem not in c["occurrence_verbs"] and lem not in more_cues()["completion_verbs"])
            if (dep != "advcl" or _extraposed(cur, head)) and not presupposed and not _finite_conjunct(cur):
                found |= _own(head) - {"negated"}
                if purpose(head) and not _carried_out(head) and not _entailed(head, head.head):
                    found.add("planned")
                if _deadline(head):
                    found.add("hypothetical")
            elif dep == "advcl":
                # "Troops reportedly opened fire, killing three", "according to police": who
                # tells the clause tells its adverbial clauses too, though its modal does not reach them
                found |= _own(head) & {"reported"}
        elif dep in COMPLEMENT and lem in c["speech"] and dep == "ccomp" and not relative:
            found.add("reported")
        relative = relative or (dep == "relcl" and _describing(cur))
        if dep == "relcl" or shared or _finite_on_noun(cur):
            # "the release of the girls, who were kidnapped last Friday": a relative
            # clause states a fact about its noun whatever the main clause does; and
            # "denied any involvement in the coup attempt" denies the share, not the attempt.
            described = True
        cur = head
    if "hypothetical" in found and "reported" in found and _backshifted(tok):
        found.discard("hypothetical")  # "said officials would convene": reported future, not a conditional
        found.add("planned")
    mood = next(m for m in PRIORITY if m in found or m == "asserted")
    # "'We urge both sides to talk,' the ministry said": the quoted words do the urging
    return "asserted" if mood == "reported" and _performed(tok) else mood


def _past_clause(clause: Token) -> bool:
    """A finite clause in the past or perfect ("announced that it has lost $6 billion",
    "announced that development had been pushed back"): it tells what was done, so a
    saying that can also announce a plan reports it instead."""
    if clause.dep_ != "ccomp":
        return False
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or lemma(c) == "have")
        and c.lower_ not in cues()["hypothetical_aux"] for c in clause.children)


def _carried_out(tok: Token) -> bool:
    """"Gathered on Monday to protest the new tax", "marched to demand his release": a
    protest or demand that is the purpose of a past act is made by that act. "Three
    commissions have been created to investigate the mutiny": a body set up for a task
    is at it (its remit is what it was founded for, not a plan of the narrator's)."""
    head = tok.head
    modal = any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in cues()["hypothetical_aux"] | cues()["future_aux"])
                for c in head.children)
    if lemma(head) in more_cues()["founding_verbs"] and head.tag_ in ("VBD", "VBN") and not modal \
            and any(c.dep_ == "nsubjpass" for c in head.children):
        return True
    if lemma(tok) in more_cues()["result_infinitives"] and tok.dep_ == "advcl" and head.tag_ in ("VBD", "VBN") \
            and lemma(head) in more_cues()["change_verbs"] and not modal:
        return True  # "fell 3% to end the day at ...", "the toll rose by five to reach 20": a result
    return lemma(tok) in more_cues()["expressive_purposes"] and head.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "neg") for c in head.children)


def _presupposed_by(tok: Token, cur: Token, head: Token) -> bool:
    """A definite event that a response is aimed at: "threatened intervention to reverse
    the coup", "vowed to investigate the killing", "called for an inquiry into the
    massacre". Whatever is planned or refused is the response; the event itself took place."""
    m = more_cues()
    if not _definite(tok) or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lem = lemma(head)
    if cur == tok and cur.dep_ in ("dobj", "nsubjpass") and lem in m["responding"]:
        return True
    return cur.dep_ == "prep" and cur.lower_ in ("into", "of", "for", "over") and tok in cur.children \
        and lem in m["responding"] and head.pos_ == "NOUN"


def _share_in(tok: Token, cur: Token, head: Token) -> bool:
    """"Any involvement in the coup attempt", "his role in the attack", "responsibility for
    the bombing": a share in a definite event, which is presupposed (the share is what a
    denial or a claim is about; the claim frame still reads "claimed responsibility for")."""
    return _definite(tok) and tok.pos_ in ("NOUN", "PROPN") and cur.dep_ == "prep" and tok in cur.children \
        and cur.lower_ in ("in", "for", "behind") and lemma(head) in more_cues()["participation_nouns"]


def _said_to(tok: Token) -> bool:
    """"The general is believed to have fled", "is said to have ordered the killings": a
    passive saying or belief raising the doer of the infinitive makes it a report, not an
    intention ("is expected to sign" stays planned)."""
    head = tok.head
    return tok.dep_ == "xcomp" and lemma(head) in more_cues()["raising_reports"] and any(
        c.dep_ == "auxpass" for c in head.children)


def _performed(tok: Token) -> bool:
    """"We urge both sides to return to talks", "I condemn this attack", "we have consistently
    urged the authorities to act": a speech act in the first person, in the present or the
    present perfect, is done or vouched for by the speaker's own words; quoting or
    attributing them does not make it a report (guidelines: a speech act itself is asserted).
    So is a speaker's own present stance told in reported speech ("the ministry said it was
    calling for his release", "Kyiv said it is ready to accept the proposal"): the saying
    makes it. A past act told so ("said they killed six attackers") stays a report."""
    m = more_cues()
    lem = lemma(tok)
    adjective = tok.pos_ == "ADJ" and lem in m["offering_adjectives"]
    if lem not in m["performatives"] and not adjective and not _wishing(tok):
        return False
    doer = tok.head if adjective and tok.dep_ == "acomp" else tok
    while doer.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doer.children):
        doer = doer.head  # "We condemn the jailbreak and urge calm": the subject is shared
    subject = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    if subject is None or (adjective and tok.dep_ != "acomp"):
        return False
    first = subject.lower_ in ("i", "we")
    said = _saying_over(doer)
    if not first and not (said is not None and _refers_back(subject, said)):
        return False
    auxes = [c for t in {tok, doer} for c in t.children if c.dep_ in ("aux", "auxpass")]
    past_ok = said is not None and said.tag_ == "VBD"  # "said it was calling for": backshifted
    if any(a.lower_ in cues()["hypothetical_aux"] or a.lower_ in cues()["future_aux"] or a.tag_ == "MD"
           for a in auxes):
        return False  # "we will urge", "would be ready": a plan or an offer left open
    if adjective:
        return doer.tag_ in ("VBZ", "VBP") or (past_ok and doer.tag_ == "VBD")
    if not auxes or all(a.lower_ in ("do", "does") for a in auxes):
        return doer.tag_ in ("VBP", "VBZ") and tok.tag_ in ("VBP", "VBZ", "VB")
    # "we have urged" (not "had"), "we are calling for", "it was calling for" under a past saying
    perfect = tok.tag_ == "VBN" and all(a.lower_ in ("have", "has", "'ve") for a in auxes)
    progressive = tok.tag_ == "VBG" and all(
        a.lower_ in ("am", "is", "are", "'m", "'s", "'re") or (past_ok and a.lower_ in ("was", "were"))
        for a in auxes)
    return perfect or progressive


def _refers_back(pronoun: Token, said: Token) -> bool:
    """Whether the subject of a content clause may be the speaker: a pronoun that agrees with
    the speech verb's subject ("the ministry said it", "the minister said he", "rebels said
    they"); "police said he was urging his followers" tells of someone else."""
    low = pronoun.lower_
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if speaker is None or not own_pronoun(pronoun):
        return False
    if speaker.lower_ == low:
        return True
    collective = speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.tag_ in ("NNS", "NNPS")
    if low in ("he", "she"):
        return speaker.ent_type_ == "PERSON" or (speaker.tag_ == "NN" and not collective)
    if low == "it":
        return speaker.ent_type_ != "PERSON" and speaker.tag_ in ("NN", "NNP") and speaker.lower_ not in (
            "he", "she", "they", "we", "i")
    return low in ("they", "we") and collective


def _saying_over(clause: Token) -> Token | None:
    """The speech verb whose content clause this is, where its subject may be the speaker's."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.pos_ == "VERB" and lemma(head) in cues()["speech"] \
            and any(c.dep_ == "nsubj" for c in head.children):
        return head
    return None


def _claim_content(clause: Token, head: Token) -> bool:
    """A "that" clause stating what a conclusion, finding, consensus or report holds ("a
    consensus among experts that the partnership poses a threat"), wherever the parser
    hangs it: on the noun, on the holders named in the noun's prepositional phrase, or on
    the verb the noun is the subject of ("reports emerged that troops had killed ...")."""
    if not any(x.dep_ == "mark" and x.lower_ == "that" for x in clause.children):
        return False
    nouns = more_cues()["claim_nouns"]
    if head.pos_ == "NOUN" and lemma(head) in nouns:
        return True
    if head.pos_ == "VERB" and clause.dep_ == "ccomp" and any(
            x.dep_ == "nsubj" and (lemma(x) in nouns or lemma(x) in cues()["reporting_nouns"]) for x in head.children):
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN" \
        and lemma(head.head.head) in nouns


def _claimed_to(tok: Token) -> bool:
    """"Claimed to be holding 200 hostages", "purports to have killed the commander": an
    infinitive under a claim is the claimant's word, not an intention."""
    return tok.dep_ == "xcomp" and lemma(tok.head) in more_cues()["claiming_infinitive"] and infinitive(tok)


def _attributed_after(tok: Token) -> bool:
    """"Neklyayev has been detained by police, the agency's director wrote on Facebook",
    "Tolstykh was killed in a bombing, local officials reported": a speech verb after the
    clause, joined to it by a comma alone, with a subject of its own and no content clause
    of its own, says the clause before it (the parser makes it a conjunct). Joined by
    "and" ("troops fired, and police said ...") it is a second statement."""
    speech = cues()["speech"]
    par = paragraph(tok)
    for above in (tok, *tok.ancestors):
        if paragraph(above) != par:
            break
        for verb in above.children:
            if verb.i <= tok.i or verb.dep_ not in ("conj", "parataxis") or verb.pos_ != "VERB" \
                    or verb.tag_ not in ("VBD", "VBZ", "VBP") or lemma(verb) not in speech:
                continue
            if any(x.dep_ == "cc" and x.i < verb.i for x in above.children if x.i > tok.i) \
                    or any(x.dep_ in ("ccomp", "xcomp") for x in verb.children) \
                    or not any(x.dep_ in ("nsubj", "nsubjpass") for x in verb.children):
                continue
            edge = verb.left_edge.i
            if edge > 0 and verb.doc[edge - 1].text == ",":
                return True
    return False


def _said_in_relative(tok: Token) -> bool:
    """"Three sons of opposition leaders it says were kidnapped", "the men police say were
    killed": a speech verb in a relative clause with no complement of its own, right before
    the trigger's own words, says the trigger, wherever the parser hangs it ("demanded news
    of the students it says were detained": the demand is not for the detention)."""
    if tok.pos_ != "VERB":
        return False
    start = min([c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < tok.i] + [tok.i])
    verb = tok.doc[start - 1] if start > 0 else None
    return verb is not None and verb.pos_ == "VERB" and verb.dep_ == "relcl" and lemma(verb) in cues()["speech"] \
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)


def _answered(tok: Token) -> bool:
    """In an interview ("VOA: What did you discuss? Richard Armitage, former deputy secretary
    of state: We discussed ..."), an answer is the interviewee's account of what happened,
    whoever did it; the interviewer's questions are the narration."""
    spans = _answers(tok.doc)
    return any(s <= tok.i < e for s, e in spans)


def _answers(doc) -> list[tuple[int, int]]:
    """Token spans of the answers of an interview: the turns after a speaker label (a short
    verbless name opening a sentence, then a colon) that do not end in a question. Only a
    text with two labels or more, one of them over a question, is taken for an interview."""
    cached = doc.user_data.get("modality_answers")
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    limit = more_cues()["turn_label_max_words"]
    labels = []  # (label start, colon)
    for colon in doc:
        if colon.text != ":" or colon.i + 1 >= len(doc):
            continue
        start = colon.i
        while start > 0 and colon.i - start < limit + 1 and doc[start - 1].text not in (".", "?", "!", ":") \
                and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
            start -= 1
        if start > 0 and doc[start - 1].text not in (".", "?", "!") and not doc[start - 1].is_space:
            continue  # no sentence opens the label within the limit
        words = [t for t in doc[start:colon.i] if not t.is_space]
        after = next((t for t in doc[colon.i + 1:] if not t.is_space and t.text not in QUOTE_MARKS), None)
        if not words or not (words[0].is_title or words[0].is_upper) or after is None \
                or not (after.is_title or after.is_upper) \
                or any(t.pos_ in ("VERB", "AUX") for t in words) \
                or not any(t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) for t in words):
            continue
        labels.append((start, colon.i))
    turns = [(colon + 1, labels[k + 1][0] if k + 1 < len(labels) else len(doc))
             for k, (_, colon) in enumerate(labels)]
    asking = [_ends_asking(doc, s, e) for s, e in turns]
    found: list[tuple[int, int]] = []
    if len(turns) >= 2 and any(asking) and not all(asking):
        found = [t for t, q in zip(turns, asking) if not q]
    doc.user_data["modality_answers"] = (len(doc), found)
    return found


def _ends_asking(doc, start: int, end: int) -> bool:
    """A turn ending in a question mark (quote marks and spaces aside) is the interviewer's."""
    last = next((t for t in reversed(doc[start:end]) if not t.is_space and t.text not in QUOTE_MARKS), None)
    return last is not None and last.text == "?"


def _entailed(cur: Token, head: Token) -> bool:
    """"Was forced to resign", "compelled them to withdraw": a causative that took place
    brings its complement about, unlike "urged to resign" or "pressed to withdraw". A
    modal or negation on the causative still reaches the complement through the path."""
    if cur.dep_ == "xcomp" and lemma(head) in more_cues()["enacting_verbs"] and head.tag_ in ("VBD", "VBN"):
        return True  # "lawmakers voted to extend the state of emergency": the vote enacted it
    if infinitive(cur) and _given(_enacting_noun(cur, head)):
        return True  # "has made a decision to impose sanctions", "approved a warrant to arrest him"
    return cur.dep_ in ("xcomp", "ccomp", "pcomp", "prep") and lemma(head) in more_cues()["entailing_causatives"] \
        and head.tag_ in ("VBD", "VBN")


def _enacting_noun(clause: Token, head: Token) -> Token | None:
    """The decision, warrant or law an infinitive completes: its head, or the object right
    before it where the parser hangs the infinitive on the verb ("passed a law to dissolve")."""
    nouns = more_cues()["enacting_nouns"]
    if clause.dep_ in ("acl", "relcl") and lemma(head) in nouns:
        return head
    if clause.dep_ == "advcl":
        return next((c for c in head.children if c.dep_ == "dobj" and lemma(c) in nouns
                     and c.right_edge.i + 1 == clause.left_edge.i), None)
    return None


def _given(noun: Token | None) -> bool:
    """Whether a decision, warrant or order was made, issued or passed: the object (or passive
    subject) of a verb of making it that took place, with no negation, modal or "no" ("made
    no decision"); "is expected", "sought a ruling" make none."""
    if noun is None:
        return False
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") \
            or lemma(verb) not in more_cues()["enacting_noun_verbs"]:
        return False
    return not _none(noun) and not _qualified(verb)


def _ordered(verb: Token) -> bool:
    """"The court ordered the arrest of the senator", "the arrest was authorized", "angered
    MPs by ordering the deployment of troops": an order that was given is the act it orders,
    not a plan (unlike "scheduled talks")."""
    given = verb.tag_ in ("VBD", "VBN") or (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by")
    return lemma(verb) in more_cues()["ordering_verbs"] and given and not _qualified(verb)


def _qualified(verb: Token) -> bool:
    """Whether a negation, a modal or a future auxiliary keeps the verb from having taken place."""
    return any(_negating(c) or (c.dep_ == "aux" and c.lower_ in cues()["hypothetical_aux"] | cues()["future_aux"])
               for c in verb.children)


def _deadline(tok: Token) -> bool:
    """"They have until Feb. 4 to appeal", "was given 48 hours to leave", "gave the junta
    a week to release the president": an act a deadline is set for has not been done."""
    if tok.pos_ != "VERB" or not infinitive(tok):
        return False
    head, m = tok.head, more_cues()
    if tok.dep_ == "acl" and lemma(head) in m["deadline_nouns"]:
        return True  # "a deadline to hand over power", "an ultimatum to leave"
    if tok.dep_ not in ("xcomp", "advcl") or lemma(head) not in m["deadline_verbs"]:
        return False
    return any((c.dep_ == "prep" and c.lower_ in m["deadline_preps"])
               or (c.dep_ in ("dobj", "npadvmod", "attr") and lemma(c) in m["deadline_nouns"] | m["deadline_spans"])
               for c in head.children)


def _finite_conjunct(tok: Token) -> bool:
    """A conjoined clause with its own subject and tense ("the colonel who led the effort
    to oust the president and opposition leaders signed an agreement in May") states its own
    event: the modal or purpose of the clause it is joined to does not reach it."""
    if tok.dep_ != "conj":
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    return own_subject and finite


def _finite_on_noun(clause: Token) -> bool:
    """A past-tense verb the parser hangs on a noun ("talks to resolve the impasse
    officially failed last week": "failed" on "impasse"): a finite clause, a relative one or
    the main one misread, states its own event, not the purpose of the infinitive above it."""
    return clause.dep_ == "acl" and clause.tag_ == "VBD" and clause.head.pos_ in ("NOUN", "PROPN")


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
    doubt = any(lemma(t) in c["hypothetical_heads"] or _wishing(t) for t in chain[1:-1]) or any(
        (a.dep_ == "mark" and a.lower_ in c["hypothetical_marks"]) or (a.dep_ == "advcl" and conditional(a))
        for t in chain[:-1] for a in t.children)
    return modal == ["would"] and not doubt
