"""Event predicates and their arguments, read off the dependency parse.

A predicate is a verb or an eventive noun found in the lexicon (or, failing that,
a verb linking two actors that the classifier types confidently). Its arguments
come from grammatical roles: the subject (or passive agent) is the source, the
object or the object of "against/on/to/with" the target, "in/at" + place the
location; a nominal trigger takes its possessor or qualifying nation ("US sanctions",
"Maduro's government"), infinitival and conjoined clauses their controller's subject,
and a promise, threat or refusal with no target of its own the one its content is aimed
at ("threatened to break relations with Russia"). An argument phrase is mapped to the
actor mention covering its head word (a named owner beating a common-noun mention), else
to the mention nearest the head inside the phrase; any kind of mention counts (names,
acronyms, nominals, groups, pronouns carrying their antecedent's key).

A speech, naming or cognition verb outside the lexicon is itself an event when its content
judges someone (``evaluative_speech``, word lists in ``data/evaluation.json``): "called the
ruling 'arbitrary'" accuses, "'Totally rubbish,' Lai said" rejects, "X expects Y to ..."
requests; the act it reports stays a separate, reported event.

Where the trigger's own slots are empty the clause around it may say who acts: a visit or
talks in an adjunct are the main subject's ("During a visit to Quetta, the prime minister
said"), an attack restating the main verb shares its doer ("killed 12 in an attack"), a
claim of responsibility names the attacker, a statement's content is its issuer's ("issued
a declaration demanding"), and the state's own arm reporting an agentless arrest, seizure or
deployment ("police said 14 were arrested") reports its own act, a state force deployed with no
one named sending it mobilizes ("police officers were deployed"), a body one is expelled from
expels, and violence the main clause blames names who did the killing it accompanies ("condemned
the brutality of the military, as eight were killed"). A subject that is itself an act ("the
offensive ... pushed IS out") acts through its doers, a report through its author ("a report by
X said"); a "we", "I" or "his forces" under a speech verb is the speaker's, and so is an "it" in the
content of a claim the speaker denies ("denies accusations that it backs the rebels"). A subject
pronoun opening a sentence may continue the last one's subject: "they" after a plural subject or
after another such "they", "he", "she" or "it" when "also" adds an act ("It also ordered ..."); a
group word owned by "whose" is the antecedent's ("Haftar, whose forces seized ...").

Only a slot the parse left with no filler at all is filled from the actors of the
trigger's own clause (first before the trigger: source; first after it: target), never
from what the carrying verb acts on, nor for an event the clause only follows in time
("a day after an attack"), gives as its cause ("held over accusations"), reacts to
("condemned the bombing", "disagreed with measures under a state of emergency") or tells of
("Amnesty identified 300 killings"), nor from X in "in support of X"; a filler the parse found but no mention covers stays
unresolved rather than guessed.

Some parses put the wrong clause's subject in reach, and the grammar says whose the act is: a
title-case dateline ("Dhaka, Bangladesh - The UN criticised ...") is no subject; a demand
after a strike or refusal in a subordinate clause is the strikers' ("as police refused to
work, demanding a raise"); "said Y acted and urged him" is the speaker's (Y would have urged
"himself"); concern an act raised is the teller's ("said the detentions raised concerns").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..actors import country_code, demonym_code, sector_of
from ..nlp.clauses import joined_to
from . import lexicon
from .lexicon import cues, lemma

SUBJECT = ("nsubj", "csubj")
ACTOR_ENTS = ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC")
PLACE_TYPES = ("GPE", "LOC")
RELATIVE = ("which", "who", "that", "whom")
DUMMY_SUBJECTS = ("it", "this", "there", "what")
# a tensed auxiliary and a subject pronoun that show number ("it has", "they have")
SINGULAR_AUX = ("has", "is", "was")
PLURAL_AUX = ("have", "are", "were")
SINGULAR_PRONOUNS = ("he", "she", "it")
OBJECT_PRONOUNS = ("him", "her")
PLURAL_PRONOUNS = ("we", "they")
# "commitment to withdrawing", "attempts at mediating", "plan for deploying"
INTENT_PREPS = ("to", "at", "in", "for", "toward", "towards", "of")
# a protest, strike or refusal, and the demands or grievances it carries (``_rival_doer``)
PROTEST_TYPES = ("PROTEST", "REJECT")
VOICED_TYPES = ("REQUEST", "ACCUSE", "PROTEST", "REJECT")
# "one of the countries that ...": a number of the class, unlike "a member of the group that ..."
QUANTIFIERS = ("one", "some", "many", "most", "all", "several", "few", "each", "any")


@dataclass(slots=True)
class Predicate:
    """A trigger with its PLOVER coding before modality, date and coup are added."""

    token: Token
    type: str
    mode: str | None
    lemma: str
    confidence: float = 1.0


class MentionIndex:
    """Which actor mention covers a character offset (the smallest one wins)."""

    def __init__(self, mentions):
        self.mentions = list(mentions)
        self._by_char: dict[int, object] = {}
        for m in sorted(mentions, key=lambda m: m.end - m.start, reverse=True):
            for i in range(m.start, m.end):
                self._by_char[i] = m
        self._countries: dict[str, str] = {}
        for m in self.mentions:
            if m.country:
                self._countries.setdefault(m.entity, m.country)

    def at(self, tok: Token):
        m = self._by_char.get(tok.idx)
        if m is None or m.type not in ("GPE", "LOC", "MEDIA"):
            return m
        near = tok.is_upper or any(t.text == "(" for t in tok.doc[max(0, tok.i - 4) : tok.i])
        if near and dateline(tok) or titled_dateline(tok):  # capitals or a credit's bracket: else no dateline
            return None
        return m

    def country(self, key: str) -> str | None:
        """The country an actor belongs to (ISO3), as its first mention that says one has it."""
        return self._countries.get(key)

    def same_side(self, a: str, b: str) -> bool:
        """The same actor, or two of one country ("Putin said Russia would withdraw")."""
        return a == b or (self.country(a) is not None and self.country(a) == self.country(b))

    def nation(self, word: Token):
        """The country a nation word qualifying an act stands for ("Chinese funding", "US
        sanctions"), where the actors stage left the word itself no mention: the article's
        own mention of that country (by its name first, else a state body of it)."""
        code = demonym_code(word.text) or country_code(word.text)
        if code is None:
            return None
        states = [m for m in self.mentions if m.type == "GPE" and m.country == code and m.kind != "pronoun"]
        named = [m for m in states if country_code(m.text) == code]
        return min(named or states, key=lambda m: m.start) if named or states else None

    def alongside(self, mention) -> list:
        """Mentions of other actors on the same span: 'both countries' stands for each
        of the two the actors stage found it pointing back to."""
        return [m for m in self.mentions if (m.start, m.end) == (mention.start, mention.end) and m.entity != mention.entity]


_DASHES = frozenset({"-", "--", "—", "–"})


def dateline(tok: Token) -> bool:
    """Whether the word is in a dateline ("WASHINGTON (Reuters) Police arrested ...",
    "MOSCOW, March 5 (AP) -", "KABUL —"): the place an article was filed from, written
    in capitals at the head of a sentence, and the agency credit after it. It says where
    the writer was and who wrote, never who took part in what the sentence tells."""
    sent, doc = tok.sent, tok.doc
    run = sent.start
    while run < sent.end and doc[run].is_alpha and doc[run].is_upper and len(doc[run]) > 1:
        run += 1
    if run == sent.start or run >= sent.end or tok.i >= sent.end:
        return False
    nxt = run
    if doc[run].text == ",":  # ", March 5": a date may come between the place and the credit
        nxt = next((t.i for t in doc[run + 1 : min(sent.end, run + 5)] if t.text == "(" or t.text in _DASHES), None)
        if nxt is None or not all(t.like_num or t.is_title for t in doc[run + 1 : nxt]):
            return False
    if doc[nxt].text in _DASHES:
        return tok.i < run
    if doc[nxt].text != "(":
        return False
    close = next((t.i for t in doc[nxt + 1 : min(sent.end, nxt + 6)] if t.text == ")"), None)
    return close is not None and (tok.i < run or nxt < tok.i < close)


def titled_dateline(tok: Token) -> bool:
    """Whether the word is in a dateline written in title case at the head of a paragraph
    ("Dhaka, Bangladesh - The United Nations has ...", "Kabul, Afghanistan — Police
    said"): one or two place names, then a dash that the sentence goes on after."""
    doc = tok.doc
    start = tok.sent.start
    while start > 0 and doc[start - 1].is_space:
        start -= 1
    if start > 0 and paragraph(doc[start - 1]) == paragraph(tok):
        return False
    start = tok.sent.start
    dash = next((t.i for t in doc[start : min(tok.sent.end, start + 6)] if t.text in _DASHES), None)
    if dash is None or tok.i >= dash or dash == start:
        return False
    names = [t for t in doc[start:dash] if t.text != ","]
    commas = dash - start - len(names)
    return commas <= 1 and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ in PLACE_TYPES for t in names)


DEPENDENT_PATH = ("prep", "prt", "dobj", "pobj", "pcomp", "xcomp", "agent", "compound", "amod", "dative")


COMPLEMENTS = ("dobj", "xcomp", "ccomp")  # a predicate with one of these does not share its conjunct's


def _conjoined_clause(word: Token) -> bool:
    """A verb coordinated with the predicate: when the predicate has a complement of its
    own, the conjunct heads its own clause ("declined to provide evidence and declined to
    comment") and what it takes says nothing of the first; without one, the two share
    their object ("lifting or easing the sanctions")."""
    return word.dep_ == "conj" and word.pos_ in ("VERB", "AUX")


def dependents(tok: Token) -> set[str]:
    """Lemmas of the words a predicate's requirement may be met by: its children, and
    words up to three links below through prepositions, particles, objects and modifiers
    ("gave X 5 million dollars of aid"); and ``@dobj``-style names of the relations of
    its direct children ("demonstrated the readiness": a direct object means "showed").
    Words outside the subject also come as ``^lemma``, which word-class requirements
    need ("the army activated its plan" mobilizes no force: the class word is the doer)."""
    out: set[str] = {f"@{c.dep_}" for c in tok.children}
    # The object's own head word as ``=lemma`` ("met opposition leaders": =leader, not
    # =opposition), directly or after "with".
    heads = [c for c in tok.children if c.dep_ in ("dobj", "dative")
             or (c.dep_ == "oprd" and any(a.dep_ == "auxpass" for a in tok.children))] + [  # "was refused entry"
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    out |= {"=" + lemma(h) for h in expand(heads)}
    # "calling for Iohannis to resign": the parser makes "for" the mark of the infinitive
    # clause, not a preposition of the verb; it still says what the verb is for.
    # "asked whether he would back off": a clause opened by "whether" is a question put,
    # which asks for an answer, not for an act.
    out |= {g.lower_ for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp")
            for g in c.children if g.dep_ == "mark" and g.lower_ in ("for", "whether")}
    own = any(c.dep_ in COMPLEMENTS for c in tok.children)
    frontier = [(c, 1, c.dep_ not in SUBJECT) for c in tok.children]  # a passive subject undergoes
    antecedent = _relative_object(tok)
    if antecedent is not None:  # "the ceasefire, which it extended": the noun the pronoun stands for
        out |= {lemma(antecedent), antecedent.lower_, "^" + lemma(antecedent), "=" + lemma(antecedent)}
    while frontier:
        word, depth, outside = frontier.pop()
        out.add(lemma(word))
        out.add(word.lower_)
        if outside:
            out.add("^" + lemma(word))
            out.add("^" + word.lower_)
        if depth < 3 and (depth == 1 or word.dep_ in DEPENDENT_PATH) and not (own and _conjoined_clause(word)):
            frontier += [(g, depth + 1, outside) for g in word.children if g.dep_ in DEPENDENT_PATH]
    return out


def _relative_object(tok: Token) -> Token | None:
    """The noun a relative clause's pronoun object stands for ("a truce, which the army
    extended", "the sanctions that were lifted"), for a requirement to be met by: the
    pronoun itself says nothing of what was done to."""
    if tok.dep_ != "relcl":
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "WDT" for c in tok.children):
        return tok.head
    return None


# Prepositions by which a noun's phrase names who does the act or to whom, for or against
# whom: "threats from Turkey", "support from France" name its maker; "support for Ukraine",
# "aid for Kyiv" whom it is for.
AIMED_PREPS = ("by", "against", "on", "with", "between", "among", "to", "of", "from", "for")


def _eventive_noun(tok: Token) -> bool:
    """A noun names an event only when the sentence treats it as one: possessed or
    agented ("Pompeo's threats", "a revolt by soldiers"), carried by a light verb
    ("launched an attack"), said to happen ("the protest took place"), or aimed at
    someone ("talks with Moscow", "an attack on the base", "support from France"), said
    to exist ("there were clashes"), the doer of a passive ("gripped by protests"), or measured
    by a span or count ("a night of violence", "after repeated kidnappings")."""
    c = cues()
    head = tok.head
    governors = c["light_verbs"] | c["event_governors"]
    if _coordinated_act(tok) is not None:
        return True
    if _own_date(tok):
        return True  # "a 2013 agreement", "the September deal": a dated, particular act
    if tok.dep_ in ("dobj", "nsubjpass", "attr") and lemma(head) in governors:
        return True
    if tok.dep_ == "pobj" and head.dep_ == "prep" and lemma(head.head) in governors and head.head.pos_ == "VERB":
        return True
    if tok.dep_ == "nsubj" and lemma(head) in c["happening_verbs"]:
        return True
    if passive_doer(tok) or recurring(tok):
        return True
    if existential(tok) or acting_participle(tok) or episode(tok):
        return True
    if tok.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) in c["credit_nouns"]:
        return True  # "claimed responsibility for the attack"
    for child in tok.children:
        aimed = child.dep_ == "prep" and child.lower_ in AIMED_PREPS
        if child.dep_ == "poss" or aimed:
            return True
        if child.dep_ in ("compound", "amod") and child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return True
        if child.dep_ == "nummod" or (child.dep_ == "amod" and child.lower_ in c["planned_modifiers"]):
            return True
        if child.dep_ == "acl" and lemma(child) in c["light_verbs"] | c["claiming_verbs"]:
            return True  # "meetings held by ...", "an attack claimed by IS"
    return False


def passive_doer(tok: Token) -> bool:
    """"A region gripped by protests", "rocked by clashes": a noun that does what a passive
    tells took place; "affected by the fighting" points back to one told elsewhere."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" \
        and not any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children)


def recurring(tok: Token) -> bool:
    """"After repeated kidnappings", "nightly protests": an adjective that counts a run of
    an act (``count_modifiers``) says it took place, as a number would."""
    return any(c.dep_ == "amod" and c.lower_ in cues()["count_modifiers"] for c in tok.children)


def episode(tok: Token) -> bool:
    """"Another night of violence", "months of negotiations", "dozens of arrests": a noun
    measured by a span, a run or a count (``episode_nouns``) is an act that went on that long or often;
    "the day of the vote" only dates something, so a lone span with "the" measures nothing.
    "A wave of attacks targeted army posts": the verb the span is subject of tells the act."""
    span = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or span.pos_ != "NOUN" \
            or lemma(span) not in cues()["episode_nouns"]:
        return False
    if span.dep_ == "nsubj" and span.head.pos_ == "VERB" \
            and lexicon.lookup(lemma(span.head), "V", dependents(span.head)) is not None:
        return False
    return span.tag_ == "NNS" or not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in span.children)


def acting_participle(tok: Token) -> bool:
    """"Rallies calling for the government to resign continued", "protests demanding reform":
    a noun that itself does an act, in a present participle, is going on (the parser often
    makes the noun the participle's subject)."""
    verbs = [c for c in tok.children if c.dep_ == "acl"] + ([tok.head] if tok.dep_ == "nsubj" else [])
    return any(v.tag_ == "VBG" and lexicon.lookup(lemma(v), "V", dependents(v)) is not None for v in verbs)


def existential(tok: Token) -> bool:
    """"There have been no talks", "there were clashes in the capital": the noun after an
    existential "there be" is said to exist, which for an act is to have taken place."""
    return tok.dep_ == "attr" and lemma(tok.head) == "be" and any(c.dep_ == "expl" for c in tok.head.children)


def _specified_act(tok: Token, entry: lexicon.Entry) -> bool:
    """A noun whose row needs a particular kind of object, given that object in its own
    prepositional phrase ("the pause in aid to Ukraine", "a cut in funding"): the phrase
    names what is done to whom, an act, whatever governs it."""
    return bool(entry.requires) and any(
        g.dep_ == "pobj" and (lemma(g) in entry.requires or "^" + lemma(g) in entry.requires)
        for c in (*tok.children, *_stranded(tok)) if c.dep_ == "prep" for g in c.children)


def _inquiry(tok: Token, entry: lexicon.Entry) -> bool:
    """An investigation noun given what it looks into ("a probe into the subsidies",
    "promised investigations into allegations of mass graves") or whom it is over ("are
    under investigation for fraud"): a particular inquiry, whatever governs it."""
    if (entry.type, entry.mode) != ("ACCUSE", "investigate"):
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if tok.dep_ == "dobj" and nxt is not None and nxt.dep_ == "prep" and nxt.head == tok.head:
        preps.append(nxt)  # "promised investigations into ...": the parser hangs "into" on the verb
    return any(p.lower_ in cues()["inquiry_preps"] for p in preps) or (tok.dep_ == "pobj" and tok.head.lower_ == "under")


def protest_at_work(tok: Token) -> bool:
    """A protest noun the clause tells as acting ("the strike paralysed the port", "unrest
    gripped the territory", "protests that have halted flights", "a city gripped by riots"),
    as caused ("causing chaos and protests") or as going on around another event ("shut down
    amid a general strike"): a protest that is taking place, whatever else the clause says."""
    head, c = tok.head, cues()
    if tok.dep_ == "pobj" and head.lower_ in c["protest_at_work"]["preps"]:
        return head.head.pos_ == "VERB" or head.dep_ == "agent"
    acting = [head] if tok.dep_ == "nsubj" else [r for r in tok.children if r.dep_ == "relcl"
                                                 and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in r.children)]
    if any(v.pos_ == "VERB" and any(o.dep_ == "dobj" for o in v.children) for v in acting):
        return True
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "dobj" and lemma(tok.head) in c["causing_verbs"]


def _stranded(tok: Token) -> list[Token]:
    """A preposition right after a verb's object that the parser hung on the verb, though
    it qualifies the noun ("resolve the pause in aid": a pause in aid, not resolving in
    aid); only "in"/"of", which rarely say how a verb is done."""
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if nxt is None or tok.dep_ != "dobj" or nxt.dep_ != "prep" or nxt.head != tok.head or nxt.lower_ not in ("in", "of"):
        return []
    return [nxt]


def _governing_sense(tok: Token) -> set[str]:
    """Words outside a bare noun's phrase that tell its sense: the doer of the light verb
    carrying it ("unions launched a strike", "teachers staged a strike": a labour strike;
    "the military launched a strike": an attack), and the preposition of an idiom it sits
    in, as ``<word`` ("doctors have been on strike")."""
    head = tok.head
    if tok.dep_ == "dobj" and lemma(head) in cues()["light_verbs"]:
        return {lemma(w) for s in head.children if s.dep_ == "nsubj" for w in s.subtree if w.pos_ in ("NOUN", "PROPN")}
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("det", "poss") for c in tok.children):
        return {"<" + head.lower_}
    return set()


def _event_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and lexicon.lookup(lemma(tok), "N", dependents(tok)) is not None


def _coordinated_act(tok: Token) -> Token | None:
    """The event noun a conjoined event noun shares its phrase with: "intimidation,
    arrests and bans on his concerts", "the killing of demonstrators and arbitrary
    arrests" (where the parser joins the second act to the first one's undergoer, a
    noun that names no act). Acts listed together are all told as having happened."""
    if tok.dep_ != "conj" or tok.pos_ != "NOUN":
        return None
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first is tok:
        return None
    if _event_noun(first):
        return first if _eventive_noun(first) else None
    act = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    if act is not None and act.pos_ == "NOUN" and _event_noun(act) and _eventive_noun(act):
        return act
    return None


def _own_date(tok: Token) -> bool:
    """A date qualifying the noun itself ("a 2013 agreement", "the September deal")."""
    return any(c.dep_ in ("nummod", "compound", "amod", "npadvmod") and c.ent_type_ == "DATE" for c in tok.children)


def _custody_denied(tok: Token) -> bool:
    """"A court has ordered her arrest, but she is not yet in police custody": being said
    not to be held denies the arrest (being held is a state, no act: only its denial is told)."""
    head, c = tok.head, cues()
    return lemma(tok) in c["lemma_classes"]["custody"] and tok.dep_ == "pobj" and head.lower_ == "in" \
        and head.dep_ == "prep" and lemma(head.head) in c["holding_state_verbs"] \
        and any(c.dep_ == "neg" for c in head.head.children)


def predicate(tok: Token) -> Predicate | None:
    """The lexicon's coding of one token, or None."""
    if tok.pos_ == "VERB":
        pos = "V"
    elif tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and lemma(tok) in cues()["coup"]["always"]):
        pos = "N"  # the tagger takes a rare word for a name: "the failed putsch" (PROPN)
    elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        pos = "A"
    else:
        return None
    if in_connective(tok):
        return None  # "as opposed to decades of aid": a connective, no act of opposing
    lem = lemma(tok)
    if pos == "N" and _custody_denied(tok):
        return Predicate(tok, "COERCE", "arrest", lem)
    entry = lexicon.lookup(lem, pos, dependents(tok))
    if entry is None and pos == "N" and _governing_sense(tok):
        entry = lexicon.lookup(lem, pos, dependents(tok) | _governing_sense(tok))
    if entry is None and pos == "N" and _stranded(tok):
        entry = lexicon.lookup(lem, pos, dependents(tok) | {w for p in _stranded(tok) for g in p.children
                                                            for w in (lemma(g), "^" + lemma(g))})
    if entry is None:
        return evaluative_speech(tok) if pos == "V" else None
    coup = cues()["coup"]
    idiom = pos == "N" and any(r.startswith("<") for r in entry.requires & _governing_sense(tok))  # "on strike"
    if pos == "N" and lem not in coup["always"] and (not (_eventive_noun(tok) or idiom or _specified_act(tok, entry)
                                                          or _inquiry(tok, entry)
                                                          or (entry.type == "PROTEST" and protest_at_work(tok))
                                                          or (entry.type == "CONSULT" and _said_during(tok)))
                                                     or _characterising(tok)):
        return None
    if pos == "V" and lem in lexicon.evaluation()["collective_violence"] and _personal_struggle(tok):
        return None
    if entry.type == "PROTEST" and _diplomatic_protest(tok):
        return Predicate(tok, "ACCUSE", "disapprove", lem)
    return Predicate(tok, entry.type, entry.mode, lem)


def in_connective(tok: Token) -> bool:
    """Whether the word is part of a fixed connective (``connective_phrases``: "as opposed
    to", "given that"), which links two clauses and reports nothing."""
    doc = tok.doc
    for words in _connectives().get(tok.lower_, ()):
        for start in (tok.i - k for k, w in enumerate(words) if w == tok.lower_):
            if start >= 0 and start + len(words) <= len(doc) \
                    and [t.lower_ for t in doc[start : start + len(words)]] == words:
                return True
    return False


@lru_cache(maxsize=1)
def _connectives() -> dict[str, list[list[str]]]:
    """Each word of a fixed connective -> the connectives it is in (one look-up per token)."""
    out: dict[str, list[list[str]]] = {}
    for phrase in cues()["connective_phrases"]:
        words = phrase.split()
        for w in set(words):
            out.setdefault(w, []).append(words)
    return out


def _said_during(tok: Token) -> bool:
    """"Sheinbaum told Trump in a phone conversation that ...": a talk in or during which
    someone said something took place, with the speaker and whom it was told among its parties."""
    head, c = tok.head, cues()
    return tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "during", "over") \
        and lemma(head.head) in c["speech"] | c["speech_acts"]


def _diplomatic_protest(tok: Token) -> bool:
    """A protest a state makes ("the ministry summoned the ambassador to protest the
    incursion", "lodged a formal protest with China") objects through diplomacy; it
    is no demonstration. Judged by its doer (a state body or a named country), the
    channel it goes through, or its qualifier."""
    d = cues()["diplomatic_protest"]
    if lemma(tok) not in d["words"]:
        return False
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "amod" and c.lower_ in d["modifiers"] for c in tok.children) or (
            tok.dep_ == "dobj" and lemma(tok.head) in d["channels"] and _state_body(tok.head, d))
    clause = tok
    while clause.dep_ in ("xcomp", "advcl", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # "summoned the ambassador to protest": the summoner protests
    return _state_body(clause, d) and any(c.dep_ == "dobj" for c in tok.children)


def _state_body(verb: Token, d: dict) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = [t for t in subj.subtree if t.dep_ in ("compound", "amod", "nsubj") or t == subj]
    return subj.ent_type_ == "GPE" or any(lemma(t) in d["state_bodies"] for t in words)


def _personal_struggle(tok: Token) -> bool:
    """"He's still fighting", "she clashed with the judge": one person, no one fought
    against, is a struggle or a quarrel, not armed violence (which groups commit)."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or not all(s.lower_ in ("he", "she", "i") or s.ent_type_ == "PERSON" for s in subj):
        return False
    if any(c.dep_ == "conj" for s in subj for c in s.children):
        return False  # "Smith and his men fought ..."
    if any(c.dep_ == "dobj" for c in tok.children):
        return False
    opponents = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "with")
                 for g in c.children if g.dep_ == "pobj"]
    return all(g.lower_ in ("him", "her", "me") or g.ent_type_ == "PERSON"
               or (g.pos_ == "NOUN" and g.tag_ == "NN" and not g.ent_type_) for g in opponents)


def _characterising(tok: Token) -> bool:
    """"known for its investigations", "famous for its raids": the noun says what its
    owner is like, not that something happened."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) in lexicon.evaluation()["characterising"]


SPEECH_CONTENT = ("ccomp", "parataxis", "xcomp", "oprd", "acomp", "attr", "dobj", "prep", "advcl")


def judged_content(clause: Token) -> str | None:
    """How a clause said by someone judges its subject: a wrong pinned on it or complicity
    with wrongdoers ('allege'), bad conduct, concern or a harsh word for an act
    ('disapprove'), else None (also for a part in a wrong denied)."""
    ev = lexicon.evaluation()
    involved = _involvement(clause, ev)
    if involved is not None:
        return None if involved[1] else "allege"
    if _upheld(clause, ev) or _complicity(clause, ev):
        return "allege"
    if "ACCUSE" in _manner(clause, ev) or _disapproval(clause, ev) or _harsh(clause, ev):
        return "disapprove"
    return None


def evaluative_speech(tok: Token) -> Predicate | None:
    """A speech or cognition verb whose content judges another's conduct is the
    speaker's own act: "called the ruling 'arbitrary'", "determined that the detention
    is arbitrary", "says their treatment may amount to crimes against humanity" accuse
    (what is reported is kept as its own, reported event); "expressed concern about the
    conditions" disapproves; "'Totally rubbish,' Lai said" rejects a claim. What the content
    does to its target types the saying: a wrong pinned on someone ("is behind the putsch",
    "used the coup as a pretext", "the case against her is airtight") alleges it, one's own
    part in a wrong denied ("she is not involved in ...") rejects the charge, conduct
    approved ("police behaved correctly") backs. The words
    judged are those of the content (complement clause, predicate noun or adjective,
    quotation), never of the speaker's own phrase."""
    ev = lexicon.evaluation()
    lem = lemma(tok)
    if lem in ev["directive_verbs"]:
        return _directive(tok, lem)
    if lem in ev["voicing_verbs"]:
        if any(c.dep_ == "dobj" and lemma(c) in ev["concern_nouns"] for c in tok.children):
            return Predicate(tok, "ACCUSE", "disapprove", lem, 0.7)
        return None
    if lem in ev["linking_verbs"]:
        return _linking(tok, ev)
    naming = lem in ev["naming_verbs"]
    if not naming and lem not in ev["speech_verbs"]:
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        return None  # "is widely viewed as politically motivated": no one is said to judge
    if naming and (tok.dep_ in ("relcl", "acl") or any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE + ("what",) for c in tok.children)):
        return None  # "in a move that X called 'inhumane'": an aside on the main event
    content = [c for c in tok.children if c.dep_ in SPEECH_CONTENT
               and (naming or c.dep_ not in ("dobj", "prep", "advcl", "xcomp"))]
    if not content:
        return None
    words = {lemma(t) for c in content for t in c.subtree} | {t.lower_ for c in content for t in c.subtree}
    if words & ev["dismissive"] and not naming:
        return Predicate(tok, "REJECT", None, lem, 0.7)
    involved = [r for c in content if c.dep_ in ("ccomp", "parataxis") and not naming
                for r in [_involvement(c, ev)] if r is not None]
    if involved:
        subject, denied = involved[0]
        if not denied:
            return Predicate(tok, "ACCUSE", "allege", lem, 0.7)  # "said Gulen's movement is behind the putsch"
        if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in ("it", "this", "that"):
            return Predicate(tok, "REJECT", None, lem, 0.7)  # "insisted she is not involved in the drug trade"
        return None  # "said the army was not involved": a defence of another, no charge of one's own
    if not naming and any(_upheld(c, ev) for c in content if c.dep_ == "ccomp"):
        return Predicate(tok, "ACCUSE", "allege", lem, 0.7)  # "said he was confident the case against her was airtight"
    manner = [m for c in content if c.dep_ in ("ccomp", "parataxis") and not naming for m in _manner(c, ev)]
    if manner:
        return Predicate(tok, *(("SUPPORT", None) if manner[0] == "SUPPORT" else ("ACCUSE", "disapprove")), lem, 0.7)
    if not naming and any(_rebuttal(c, ev) for c in content if c.dep_ == "ccomp"):
        return Predicate(tok, "REJECT", None, lem, 0.7)
    if not naming and any(_complicity(c, ev) for c in content if c.dep_ == "ccomp"):
        return Predicate(tok, "ACCUSE", "allege", lem, 0.7)
    if not naming and any(_disapproval(c, ev) or _harsh(c, ev) for c in content if c.dep_ in ("ccomp", "parataxis")):
        return Predicate(tok, "ACCUSE", "disapprove", lem, 0.7)
    named = [t for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp")
             or (c.dep_ in ("prep", "advmod") and (c.lower_ == "as" or any(g.lower_ == "as" for g in c.children)))
             for t in c.subtree] if naming else []
    if any(_harsh_word(t, ev, ("ADJ", "ADV")) for t in named):
        return Predicate(tok, "ACCUSE", "disapprove", lem, 0.7)  # "described the raid as cowardly"
    if not naming and any(_praise(c, ev) for c in content if c.dep_ in ("ccomp", "parataxis")) \
            or any(_praising_word(t, ev) for t in named):
        return Predicate(tok, "SUPPORT", None, lem, 0.7)  # "said the agreements are a positive reminder"
    if not words & ev["condemning"]:
        return None
    if not naming and not all(_judgement(c, ev) for c in content if c.dep_ in ("ccomp", "parataxis")):
        return None
    return Predicate(tok, "ACCUSE", "disapprove" if naming else "allege", lem, 0.7)


NAMED_ACTOR = ("PERSON", "ORG", "GPE", "NORP")


def _named_actor(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAMED_ACTOR


def _directive(tok: Token, lem: str) -> Predicate | None:
    """"Pakistan expects the Afghan government to deny use of its soil", "Washington wants
    Moscow to withdraw": one named actor stating what another is to do asks it to."""
    if any(c.dep_ == "neg" for c in tok.children) or not any(
            c.dep_ == "nsubj" and _named_actor(c) for c in tok.children):
        return None
    forecasts = lexicon.evaluation()["forecast_verbs"]
    for c in tok.children:
        if lemma(c) in forecasts:  # "expects Argentina to return to growth" forecasts, asks nothing
            continue
        if c.dep_ == "ccomp" and _to_clause(c) and any(s.dep_ == "nsubj" and _named_actor(s) for s in c.children):
            return Predicate(tok, "REQUEST", None, lem, 0.7)
        if c.dep_ == "xcomp" and any(o.dep_ == "dobj" and _named_actor(o) for o in tok.children):
            return Predicate(tok, "REQUEST", None, lem, 0.7)
    return None


def _complicity(clause: Token, ev: dict) -> bool:
    """"said attackers collaborated with partners in Afghanistan", "said Kabul backs the
    gunmen": a cooperative act with wrongdoers, reported, alleges complicity."""
    head = predicate(clause) if clause.pos_ == "VERB" else None
    if head is None or head.type not in ev["cooperative_types"]:
        return False
    return any(lemma(t) in ev["wrongdoers"] for c in clause.children
               if c.dep_ in SUBJECT + ("dobj", "prep") for t in c.subtree)


def _wrong(tok: Token, ev: dict) -> bool:
    """Whether a phrase names a wrong: an attack or killing (a noun the lexicon codes as
    one of ``wrong_types``), a coup, a crime ("corruption", "the illegal drug trade")."""
    for t in tok.subtree:
        lem = lemma(t)
        if lem in ev["condemning"] or lem in ev["wrong_nouns"] or lem in cues()["coup"]["always"]:
            return True
        if lem == "trade" and any(c.dep_ == "compound" and c.lower_ in ev["wrong_trades"] for c in t.children):
            return True
        if t.pos_ == "NOUN" and (entry := lexicon.lookup(lem, "N", set())) is not None \
                and entry.type in ev["wrong_types"]:
            return True
    return False


def _involvement(clause: Token, ev: dict) -> tuple[Token | None, bool] | None:
    """A reported clause saying that someone is involved in, behind, responsible for or
    guilty of a wrong ("Gulen's movement is behind this putsch", "she is not involved in
    the illegal drug trade"), looked for through the clauses of knowing and believing
    that carry it ("I believe they are well aware that ..."): its subject and whether it
    is negated; None when it says no such thing."""
    words = ev["involvement_words"]

    def charged(node: Token, preps: tuple[str, ...]) -> bool:
        return any(p.dep_ == "prep" and p.lower_ in preps and any(o.dep_ == "pobj" and _wrong(o, ev) for o in p.children)
                   for p in node.children)

    for c in _carrying(clause):
        copular = lemma(c) in ev["copulas"]
        if (c.lower_ in words and charged(c, ("in", "for", "of"))) \
                or (copular and charged(c, tuple(ev["involvement_preps"]))) \
                or (copular and any(a.dep_ in ("acomp", "attr") and a.lower_ in words and charged(a, ("in", "for", "of"))
                                    for a in c.children)):
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            return subject, any(g.dep_ == "neg" for g in c.children)
    return None


def _carrying(clause: Token, depth: int = 0) -> list[Token]:
    """A reported clause and those it carries through knowing, believing and being sure
    ("he was confident [that] the case ... was airtight")."""
    out = [clause]
    if depth < 2:
        for c in [clause, *(a for a in clause.children if a.dep_ in ("acomp", "attr"))]:
            out += [g for x in c.children if x.dep_ == "ccomp" for g in _carrying(x, depth + 1)]
    return out


def _upheld(clause: Token, ev: dict) -> bool:
    """Saying that a charge or case is sound ("the case against de Lima was airtight", "the
    allegations are true") makes the charge one's own; a negated one upholds nothing."""
    for c in _carrying(clause):
        if lemma(c) not in ev["copulas"] or any(g.dep_ == "neg" for g in c.children):
            continue
        if any(g.dep_ == "nsubj" and lemma(g) in ev["claim_nouns"] for g in c.children) and any(
                g.dep_ in ("acomp", "attr") and (g.lower_ in ev["upholding"] or lemma(g) in ev["upholding"])
                for g in c.children):
            return True
    return False


def _manner(clause: Token, ev: dict) -> list[str]:
    """A reported clause judging how someone conducted itself: "police behaved correctly"
    backs them (SUPPORT), "the army acted disproportionately" criticises (ACCUSE); a
    negated one ("did not act properly") is left alone."""
    out = []
    for c in [clause] + [g for g in clause.children if g.dep_ == "conj" and g.pos_ == "VERB"]:
        if lemma(c) not in ev["conduct_verbs"] or any(g.dep_ == "neg" for g in c.children):
            continue
        how = {g.lower_ for g in c.children if g.dep_ == "advmod"}
        if how & ev["approving_manners"]:
            out.append("SUPPORT")
        elif how & ev["disapproving_manners"]:
            out.append("ACCUSE")
    return out


def _linking(tok: Token, ev: dict) -> Predicate | None:
    """"Felons have linked de Lima to the drug trade", "the report ties the general to the
    massacre": tying someone to a wrong alleges it. Not the participle of a description
    ("militants linked to al-Qaida") nor a negated or passive link."""
    if tok.dep_ in ("acl", "relcl", "amod") or any(c.dep_ in ("neg", "auxpass") for c in tok.children):
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children) or not any(c.dep_ == "dobj" for c in tok.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("to", "with", "in")
           and any(o.dep_ == "pobj" and _wrong(o, ev) for o in c.children) for c in tok.children):
        return Predicate(tok, "ACCUSE", "allege", lemma(tok), 0.7)
    return None


def _rebuttal(clause: Token, ev: dict) -> bool:
    """Saying what an act or a charge is not rebuts a reading of it: "Rubio has said that
    Khalil's case is not about free speech", "said the arrest was not a reflection of
    press freedom". The subject must be an act (a noun the lexicon codes) or a claim."""
    if lemma(clause) not in ev["copulas"] or not any(c.dep_ == "neg" for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and (
        lemma(c) in ev["claim_nouns"] or (lemma(c), "N") in lexicon.predicates()) for c in clause.children)


def _harsh_word(t: Token, ev: dict, pos: tuple[str, ...] = ("ADJ",)) -> bool:
    """An adjective of strongly negative valence (VADER lexicon) that judges rather than
    describes ("cowardly", not "deadly" or "dangerous"), or a condemning word."""
    if lemma(t) in ev["condemning"] or t.lower_ in ev["condemning"]:
        return True
    return t.pos_ in pos and t.lower_ not in ev["not_harsh"] \
        and lexicon.valence().get(t.lower_, 0.0) <= ev["harsh_valence"]


def _act_called(clause: Token, ev: dict) -> list[Token]:
    """The words a reported copular clause calls an act by ("the arrests were cowardly and
    reckless", "the agreements are a positive reminder"); none when it is negated or its
    subject is no act ("the man was dead", "the situation is dangerous" describe)."""
    if not _copular(clause, ev) or any(c.dep_ == "neg" for c in clause.children):
        return []
    subject = [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]
    if not subject or not all(_act(c, ev) for c in subject):
        return []
    said = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    return said + [g for c in said for g in c.children if g.dep_ in ("amod", "conj")]


def _harsh(clause: Token, ev: dict) -> bool:
    """Saying an act is cowardly, reckless or hypocritical condemns it."""
    return any(_harsh_word(t, ev) for t in _act_called(clause, ev))


def _praising_word(t: Token, ev: dict) -> bool:
    """An adjective of strongly positive valence (VADER lexicon) that praises rather than
    describes ("positive", "courageous"; not "peaceful", "free"), or a praising word."""
    if lemma(t) in ev["praising"]:
        return True
    return t.pos_ == "ADJ" and t.lower_ not in ev["not_praise"] \
        and lexicon.valence().get(t.lower_, 0.0) >= ev["praise_valence"]


def _praise(clause: Token, ev: dict) -> bool:
    """Saying an act is positive or constructive praises it ("recent agreements ... are a
    positive reminder"); "was not helpful" praises nothing."""
    said = _act_called(clause, ev)
    return any(_praising_word(t, ev) for t in said) and not any(_harsh_word(t, ev) for t in said)


def _copular(clause: Token, ev: dict) -> bool:
    return lemma(clause) in ev["copulas"] or any(c.dep_ in ("attr", "acomp") for c in clause.children)


def _act(tok: Token, ev: dict) -> bool:
    """Whether a subject names an act: a noun the lexicon codes ("the arrests"), an act
    noun ("the decision", "this move"), a clause ("jailing them"), or "it"/"this"."""
    if tok.dep_ == "csubj" or tok.lower_ in ("it", "this"):
        return True
    return tok.pos_ == "NOUN" and (lemma(tok) in ev["act_nouns"] or (lemma(tok), "N") in lexicon.predicates())


def _disapproval(clause: Token, ev: dict) -> bool:
    """A reported copular clause whose predicate is concern or disappointment: "the
    violence that is taking place is a deep concern", "the United States is deeply
    disappointed by the approval". Such a clause narrates nothing; saying it disapproves."""
    if lemma(clause) not in ev["copulas"] or any(c.dep_ == "neg" for c in clause.children):
        return False
    states = ev["disapproving_states"] | ev["concern_nouns"]
    return any(c.dep_ in ("attr", "acomp") and (lemma(c) in states or c.lower_ in states)
               for c in clause.children)


def _judgement(clause: Token, ev: dict) -> bool:
    """Whether a reported clause judges rather than narrates: a copular clause ("the
    detention is arbitrary", "may amount to crimes against humanity"), one whose subject
    the condemning word qualifies ("the 'illegal' government is confiscating assets"), or
    one reporting no event of its own ("officials said youths threw stones during
    demonstrations against alleged violations" only attributes the demonstrations)."""
    def condemns(deps, node=clause):
        return any(lemma(t) in ev["condemning"] or t.lower_ in ev["condemning"]
                   for c in node.children if c.dep_ in deps for t in c.subtree)

    if condemns(SUBJECT + ("nsubjpass",)):
        return True
    if _copular(clause, ev):
        # The judgement is what the subject is said to be, not a clause joined to it.
        return condemns(("attr", "acomp", "oprd", "prep", "advmod"))
    if any(t.dep_ in ("ccomp", "advcl", "conj", "parataxis") and _copular(t, ev)
           and condemns(("attr", "acomp", "oprd"), t) for t in clause.subtree if t is not clause):
        return True  # "[the] mandate has expired so the decision ... is null and void"
    taken_as = [t for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                for o in c.children if o.dep_ == "pobj" for t in (o, *(a for a in o.children if a.dep_ == "amod"))]
    if any(lemma(t) in ev["condemning"] or t.lower_ in ev["condemning"] for t in taken_as):
        return True  # "used the coup attempt as 'a pretext' to imprison dissidents": what the act is taken for
    for t in clause.subtree:
        if t.pos_ in ("VERB", "NOUN") and lexicon.lookup(lemma(t), "V" if t.pos_ == "VERB" else "N", dependents(t)):
            return False
    return True


COMPLEMENT_PATH = ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "dative", "oprd", "acomp", "acl", "conj",
                   "compound", "amod")


_paragraphs: list = [None, []]  # [doc, paragraph index of each token], for the doc being read


def infinitive(tok: Token) -> bool:
    """A verb with its own "to" ("summoned the ambassador to protest", "plans to attack")."""
    return any(c.tag_ == "TO" and c.dep_ == "aux" for c in tok.children)


def paragraph(tok: Token) -> int:
    """Index of the paragraph holding a token. The parser does not always break
    sentences at blank lines, so walks up the tree stop there."""
    doc = tok.doc
    if _paragraphs[0] is not doc:
        ids, n = [], 0
        for t in doc:
            ids.append(n)
            if t.is_space and "\n" in t.text:
                n += 1
        _paragraphs[:] = [doc, ids]
    return _paragraphs[1][tok.i]


def complement_path(tok: Token, head: Token) -> bool:
    """Whether ``tok`` sits inside ``head``'s complement: reached from it through
    objects, complements and prepositions only (not its subject or a relative clause)."""
    cur = tok
    while cur.head != cur and cur != head and paragraph(cur.head) == paragraph(tok):
        if cur.dep_ not in COMPLEMENT_PATH:
            return False
        if cur.head == head:
            return cur.dep_ != "conj"  # "asked ... but was turned down": a second event, not the content
        cur = cur.head
    return False


def subjects(tok: Token) -> tuple[list[Token], list[Token]]:
    """(sources, targets) from the grammatical subject, following control and coordination."""
    # A bare participle hanging off another clause is passive too ("Asked about X, he said").
    # A participle coordinated with a passive is passive too ("journalists have been blocked,
    # harassed and detained": the journalists underwent all three).
    passive = _passive(tok) or (tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl"))
    own = [c for c in tok.children if c.dep_ in SUBJECT and not _speaker_label(c)]
    pass_subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    stranded = _stranded_subject(tok) if not (own or pass_subj) else None
    if stranded is not None:
        (pass_subj if _passive(tok) else own).append(stranded)
    own += [f for s in own for f in _split_off(s) if f not in own]
    agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if passive and not agent:
        agent = _shared_agent(tok)  # "were beaten and arrested by police": police beat them too
    if agent and passive and not (own or pass_subj):
        head = tok
        while head.dep_ == "conj" and head.head != head and not pass_subj:
            head = head.head
            pass_subj = [c for c in head.children if c.dep_ == "nsubjpass"]  # ... arrested them too
        pass_subj = pass_subj or _adjunct_controller(tok) or []  # "since being arrested by soldiers"
    if own or pass_subj or agent:
        return own + agent, pass_subj
    result = _resulting_subject(tok)
    if result is not None:
        return ([], [result]) if passive else ([result], [])
    speech = _speaking_participle(tok)
    if speech is not None and not passive:
        return subjects(speech)[0], []
    rival = _rival_doer(tok) if tok.dep_ == "advcl" and not passive else []
    cur = tok
    controlled = True  # reached through infinitival complements only
    # Borrow the subject of the clause this one hangs from ("arresting 27 soldiers",
    # "asked ... but was turned down", "plans to attack"), and through a predicative
    # adjective right above such a chain ("would be able to secure", "is due to meet").
    while (cur.dep_ in ("conj", "xcomp", "advcl") or (cur.dep_ == "acomp" and cur.pos_ == "ADJ" and controlled)) \
            and cur.head != cur:
        controlled = controlled and cur.dep_ == "xcomp"
        head = cur.head
        if cur.dep_ == "conj":
            # "said it would not allow the envoy to return and expelled two diplomats": a
            # conjunct with its own tense shares the subject of the clause it really joins.
            head = joined_to(cur)[1] or head
            head = _agreeing_clause(cur, head)
            head = _bound_object_clause(cur, head)
        if cur.dep_ == "xcomp":
            # "urged Russia to accept": the one urged is to act; "led hours of talks to reach
            # the agreement": an act or its length does nothing, the subject does.
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative") and not _act_phrase(c)]
            if obj:
                return ([], obj) if passive else (obj, [])
        decision = _decided_by(cur) if cur.dep_ == "advcl" else None
        if decision is not None:
            # "condemned a court ruling on Tuesday to continue to imprison X": the parser hung
            # the infinitive on the verb, but it says what the ruling decided; the court acts.
            doers = _deciders(decision) or [decision]
            return ([], doers) if passive else (doers, [])
        if cur.dep_ in ("xcomp", "advcl") and _to_clause(cur):
            # "relies on the United States to fund the mission", "called on Russia to withdraw":
            # the one relied or called on is to act (not "went to Paris to meet": a goal; nor
            # "ruled on Wednesday to ...", "ruled on the appeal to ...": no actor relied on).
            # So is the one appealed to ("appealed to the UN to intervene", "is looking to Trump
            # to veto the bill", "pleaded with the AU to impose sanctions"), after a verb of
            # appealing only ("went to Paris to meet": a goal; "wrote to X to ask": the writer;
            # "turned to Russia to buy arms": the buyer turned).
            appealed = ("to", "with") if lemma(head) in cues()["appealing_verbs"] else ()
            relied = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", *appealed)
                      and c.i < cur.i
                      for g in _objects(c) if g.ent_type_ in ACTOR_ENTS or sector_of(g.lower_) is not None]
            if relied:
                return ([], relied) if passive else (relied, [])
        found = [c for c in head.children if c.dep_ in SUBJECT + ("nsubjpass",)]
        if found and cur.dep_ == "advcl" and not passive:
            # "The conflict erupted in 2003 when rebels took up arms, accusing the government
            # of ...": a happening does not accuse; the parser hung the participle on the
            # main verb, but it goes with the clause that ends right before its comma.
            nearer = _nearer_doer(cur, head, found)
            if nearer:
                return nearer, []
        if found and cur.dep_ == "conj" and not passive and _judged_state(head, found):
            # "X determined that Y's detention is arbitrary and called for his release": an
            # act judged in a copular clause calls for nothing; the parser joined the second
            # verb to the wrong clause, and the judge's subject acts.
            found = [c for c in head.head.children if c.dep_ == "nsubj"]
        if found and rival and not any(r in found for r in rival):
            return rival, []
        if found:
            return ([], found) if passive else (found, [])
        cur = head
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head != first:
        first = first.head
    if first is not tok and _passive(first) == passive \
            and (first.dep_ in ("pcomp", "acl", "relcl") or (first.dep_ == "pobj" and first.pos_ == "VERB")):
        # "accused police of beating and detaining protesters", "troops guarding and patrolling
        # the border": a verb coordinated with a gerund or participle shares its doer.
        return subjects(first)
    acl = tok.dep_ == "acl" or _infinitival_relative(tok)
    if tok.dep_ == "relcl" and not acl:
        return ([], [tok.head]) if passive else ([tok.head], [])
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        # "issued a statement demanding ...", "passed a resolution calling for ...": what a
        # document or an act says, its author says; "troops guarding the border": the noun acts.
        noun = tok.head
        if lemma(noun) in cues()["document_nouns"] or (noun.pos_ == "NOUN" and predicate(noun) is not None):
            return author(noun), []
        free = _free_adjunct(tok)
        if free is not None:
            return subjects(free)[0], []
        if noun.pos_ == "PROPN" or noun.ent_type_ in ACTOR_ENTS or sector_of(noun.lower_) is not None:
            return [noun], []  # "protesters demanding his release": people named by a group word too
    gerund = tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.pos_ == "VERB")
    if gerund and tok.head.dep_ in ("prep", "conj") and not passive and _culprits(tok):
        # "accused Iran of supplying missiles", "praised ECOWAS for activating its force":
        # the one accused or praised is said to have done it
        return _culprits(tok), []
    if gerund and tok.head.dep_ == "prep" and not passive and _claimer(tok.head):
        return _claimer(tok.head), []  # "the BLA took credit for attacking a convoy"
    if gerund and tok.head.dep_ == "prep" and tok.head.lower_ == "from" and not passive \
            and tok.head.head.pos_ == "VERB":
        # "barred Bobi Wine from holding rallies", "was stopped from entering": the one kept
        # from an act would have done it, not the one keeping them from it.
        kept = [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        if kept:
            return kept, []
    prep = tok.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":  # "commitment to X and to supporting"
        prep = prep.head
    state = prep.head
    if gerund and prep.dep_ == "prep" and prep.lower_ in INTENT_PREPS and state.pos_ == "NOUN" and not passive \
            and lemma(state) in cues()["lemma_classes"]["decisions"] and lemma(state) not in cues()["advocacy_nouns"]:
        # "Russia's commitment to withdrawing", "Egypt's attempts at mediating", "announced its
        # plan for deploying": whoever decided or attempts it would act, as with "to"-clauses;
        # "criticized the plan for annexing": another's, unnamed.
        deciders = _deciders(state)
        if deciders:
            return deciders, []
        carrier = state.head
        if state.dep_ == "dobj" and carrier.pos_ == "VERB" and lemma(carrier) in _deciding_verbs():
            return subjects(carrier)[0], []
        return [state], []
    state = tok.head.head
    if gerund and tok.head.dep_ == "prep" and state.pos_ == "ADJ" and state.dep_ == "acomp" and not passive:
        # "will be interested in encouraging X", "is committed to defending X": the one the
        # adjective is said of would do it (not a dummy "it is important to ...").
        return [s_ for s_ in subjects(state.head)[0] if s_.lower_ not in DUMMY_SUBJECTS + ("that",)], []
    controller = _adjunct_controller(tok)
    if controller is not None:
        return ([], controller) if passive else (controller, [])
    owner = tok.head.head
    possessor = [c for c in tok.head.children if c.dep_ == "poss"]
    if acl and tok.tag_ == "VB" and possessor and not passive:
        # "Russia's refusal to withdraw", "its reluctance to endorse the plan"; but "its call
        # on the authorities to drop the charges": the one called on is to act.
        addressee = [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
                     for g in c.children if g.dep_ == "pobj"]
        return addressee or possessor, []
    if acl and tok.tag_ == "VB" and not passive:
        # "a move by Russia to annex the region", "a Turkish court ruling to imprison him": the
        # author the noun names (its "by"-agent, else an actor qualifying it) is the one to act.
        authors = _deciders(tok.head)
        if authors:
            return authors, []
    purpose = tok.head.head
    if acl and tok.tag_ == "VB" and not passive and tok.head.dep_ == "pobj" and purpose.lower_ == "in" \
            and lemma(tok.head) in cues()["lemma_classes"]["decisions"] and purpose.head.pos_ in ("VERB", "AUX"):
        # "will visit India, in a move to strengthen ties", "cut rates in a bid to calm
        # markets": the attempt is the clause's doer's; of a passive, only a raised subject
        # ("is expected to visit India, in a move to ..."), never the one it was done to.
        verb = purpose.head
        if not _passive(verb):
            return subjects(verb)[0], []
        raised = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        return (subjects(raised[0])[0] if raised else []), []
    if acl and tok.tag_ == "VB" and not passive and _others_decision(tok.head):
        return [tok.head], []  # "criticized the decision to expel X": whoever decided, not the critic
    if acl and tok.tag_ == "VB" and owner.pos_ in ("VERB", "AUX") and tok.head.dep_ in ("dobj", "attr"):
        return subjects(owner)  # "Trump has the power to order an invasion"
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return [], [tok.head]
    return [], []


def _agreement(word: Token) -> str | None:
    """'sg' or 'pl' for a subject whose number shows, else None ("I", "you", "who", and a
    collective such as "police" or "the government", which may take either)."""
    if any(c.dep_ == "conj" for c in word.children) or word.tag_ in ("NNS", "NNPS") or word.lower_ in PLURAL_PRONOUNS:
        return "pl"
    if word.lower_ in SINGULAR_PRONOUNS or (word.tag_ in ("NN", "NNP") and sector_of(word.lower_) is None):
        return "sg"
    return None


def _agreeing_clause(conjunct: Token, head: Token) -> Token:
    """"We urge Kenya to repeal the law it has passed to curb protests and have offered to
    mediate": the parser hangs the tensed conjunct low, on a clause whose subject its
    auxiliary cannot agree with ("it ... have"); it shares the subject of the nearest finite
    clause above whose subject agrees ("We ... have offered"), within the content clause."""
    aux = next((c.lower_ for c in conjunct.children if c.dep_ in ("aux", "auxpass")
                and c.lower_ in SINGULAR_AUX + PLURAL_AUX), None)
    if aux is None:
        return head
    need = "sg" if aux in SINGULAR_AUX else "pl"
    up = head
    for _ in range(6):
        subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            have = _agreement(subj[0])
            if have is None or have == need:
                return up
        elif up is head:
            return head  # a clause with no subject of its own borrows one as before
        if up.head == up or up.dep_ in ("ccomp", "parataxis"):
            return head  # not out of what is said into who says it
        up = up.head
    return head


def _bound_object_clause(conjunct: Token, head: Token) -> Token:
    """"Hollande said Theo 'reacted with dignity' and urged him to trust justice": a conjunct
    whose object is "him" or "her", hung on a reported clause whose one named subject did
    nothing to anyone else the pronoun could stand for (no object): that subject would have
    urged "himself", so the pronoun is that subject and the conjunct goes with the speech
    verb above, whose subject acts."""
    pronoun = next((c for c in conjunct.children if c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS), None)
    subj = [c for c in head.children if c.dep_ == "nsubj"]
    if pronoun is None or head.dep_ != "ccomp" or len(subj) != 1 or subj[0].pos_ != "PROPN" \
            or _agreement(subj[0]) != "sg" or head.head.pos_ != "VERB" or lemma(head.head) not in cues()["speech"] \
            or not any(c.dep_ == "nsubj" for c in head.head.children):
        return head
    named = [t for c in head.children if c.i < conjunct.i and c.dep_ != "conj" for t in c.subtree
             if t.dep_ in ("dobj", "dative") or (t.dep_ == "pobj" and _could_act(t))]
    return head if named else head.head


def _infinitival_relative(tok: Token) -> bool:
    """"Ethiopia launched an operation to drive out the rebels", "have 30 days to bring charges":
    the parser may label an infinitive that completes a noun a relative clause; with no
    relative word of its own it is the noun's complement, whose doer is found as for one
    (not on a noun that may act: "sent troops to guard the border", the troops guard)."""
    return tok.dep_ == "relcl" and tok.tag_ == "VB" and infinitive(tok) and not _could_act(tok.head) \
        and not any(c.tag_ in ("WDT", "WP", "WP$") for c in tok.subtree)


def _adjunct_controller(tok: Token) -> list[Token] | None:
    """The subject of the clause a gerund adjunct hangs from, who did or underwent what it
    says: "ignited the war by imposing a tariff", "left after meeting X" (its doer; the
    one a passive clause is about: "was arrested after attacking police"); "was held for
    weeks before being deported", "has been in hospital since being arrested" (what a
    passive gerund after a preposition of sequence says the subject underwent; not "accused
    of being paid": the accuser did not undergo it). "including"/"following" are prepositions
    here. None when the token heads no such adjunct."""
    gerund = tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.pos_ == "VERB")
    verb = tok.head.head
    if verb.dep_ == "advmod" and verb.pos_ == "ADV":
        verb = verb.head  # "stopped short of calling for", "well ahead of meeting"
    if not (gerund and tok.head.dep_ == "prep" and verb.pos_ in ("VERB", "AUX")):
        return None
    if _passive(tok) and tok.head.lower_ not in cues()["sequence_preps"]:
        return None
    while verb.dep_ == "prep" and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    doers, undergoers = subjects(verb)
    return undergoers if _passive(verb) and undergoers else doers


def _nearer_doer(participle: Token, head: Token, found: list[Token]) -> list[Token]:
    """The subject of the clause that ends right before a participle's comma, when the
    participle hangs on a verb whose subject is an event or a state of affairs ("the war",
    "the crisis"), which cannot act, and that clause's subject could."""
    happening = lemma(head) in cues()["happening_verbs"]
    if participle.tag_ != "VBG" or not all(f.pos_ == "NOUN" and f.ent_type_ not in ACTOR_ENTS
                                           and sector_of(f.lower_) is None and (happening or _event_noun(f))
                                           for f in found):
        return []
    edge = participle.left_edge.i
    if edge < 2 or participle.doc[edge - 1].text != ",":
        return []
    before = [c for c in head.children if c.dep_ in ("advcl", "conj") and c.i < participle.i
              and c.right_edge.i == edge - 2 and c.pos_ in ("VERB", "AUX")]
    doers = [s_ for c in before for s_ in c.children if s_.dep_ == "nsubj" and _could_act(s_)]
    return doers[:1]


def _rival_doer(participle: Token) -> list[Token]:
    """The subject of a protest, strike or refusal in a subordinate clause that ends right
    before a participle's comma, when the participle voices a demand or grievance ("soldiers
    patrolled the state as police refused to work, demanding a raise", "as students marched,
    chanting slogans"): the parser hangs the participle on the main verb, but a protest
    carries its demands. Not any other pair of acts ("troops fired as protesters approached,
    killing five": the firing killed)."""
    edge = participle.left_edge.i
    if participle.tag_ != "VBG" or edge < 2 or participle.doc[edge - 1].text != ",":
        return []
    verb = participle.doc[edge - 2]
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    if verb.dep_ != "advcl" or verb.right_edge.i != edge - 2 or participle in verb.subtree \
            or not any(c.dep_ == "mark" for c in verb.children):
        return []
    protest, voiced = predicate(verb), predicate(participle)
    if protest is None or protest.type not in PROTEST_TYPES or voiced is None or voiced.type not in VOICED_TYPES:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and _could_act(c)][:1]


def _fronted_owner(noun: Token, participle: Token, owner: Token, index: MentionIndex) -> list[Token]:
    """"In a statement issued at their annual meeting, India and Australia said ...": a
    possessive in a phrase set before the clause, under a participle with no doer of its
    own, looks ahead to the clause's subject, when number and person agree ("their": two or
    more; "its": no person; "his"/"her": a person)."""
    verb = participle.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or _passive(verb) or noun.i > verb.i:
        return []
    found = [c for c in verb.children if c.dep_ == "nsubj" and c.i > noun.i]
    if len(found) != 1:
        return []
    subj = found[0]
    mention = resolve(subj, index)
    if mention is None:
        return []
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if owner.lower_ == "their":
        agree = plural
    elif owner.lower_ == "its":
        agree = not plural and mention.type != "PERSON"
    else:
        agree = not plural and mention.type == "PERSON" and owner.lower_ in ("his", "her")
    return [subj] if agree else []


def _split_off(subject: Token) -> list[Token]:
    """"X, chairman of the party, and Senate speaker Calin Popescu Tariceanu refused ...":
    the parser may cut a long subject into pieces it takes for sentences of their own, in
    the middle of a name, with no punctuation where they meet. The head nouns of the
    verbless pieces right before the one whose start is the subject belong to the subject."""
    doc, out = subject.doc, []
    sent = subject.sent
    if subject.left_edge.i != sent.start:
        return []
    for _ in range(3):
        start = sent.start
        if start == 0:
            break
        before = doc[start - 1]
        if not (before.is_alpha and before.pos_ in ("PROPN", "NOUN") and doc[start].pos_ == "PROPN") \
                or paragraph(before) != paragraph(doc[start]) or "\n" in before.whitespace_:
            break
        sent = before.sent
        if sent.root.pos_ not in ("PROPN", "NOUN") or any(c.dep_ in SUBJECT for c in sent.root.children):
            break  # a piece with a clause of its own
        out.append(sent.root)
    return out


def _stranded_subject(tok: Token) -> Token | None:
    """"The government said it would open an inquiry into the deaths of the experts and the
    UN has condemned the murders": the parser joined "the UN" to the nouns before "and" and
    left the verb after it, tensed by its own auxiliary, with no subject. The noun phrase
    ending right before that auxiliary is the verb's subject (a list of nouns would run on
    with another "and" or a comma before a verb of its own)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB":
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    if not auxes or not any(a.tag_ in ("VBZ", "VBP", "VBD", "MD") for a in auxes):
        return None
    edge = tok.left_edge.i
    if edge == 0 or tok.doc[edge].dep_ not in ("aux", "auxpass", "advmod", "neg"):
        return None
    noun = tok.doc[edge - 1]
    while noun.dep_ in ("compound", "amod", "flat") and noun.head.i == noun.i + 1:
        noun = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != edge - 1 \
            or noun.head.pos_ not in ("NOUN", "PROPN") or noun.head.i > tok.i:
        return None
    cc = [c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i]
    return noun if cc and noun.i < tok.i and tok.head.i < noun.head.i else None


def _resulting_subject(tok: Token) -> Token | None:
    """The subject a gerund has in an outcome ("leading to Russia annexing Crimea", "resulted
    in police firing tear gas"), which the parser splits into an object of the preposition
    and a clause hung on the verb: that object does it, not the verb's own subject."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    prep = prev.head
    if prev.dep_ != "pobj" or prev.pos_ not in ("NOUN", "PROPN") or prep.dep_ != "prep" or prep.head != tok.head \
            or lemma(tok.head) not in cues()["resulting_verbs"]:
        return None
    return prev


def _speaking_participle(tok: Token) -> Token | None:
    """The speech verb a participle of speaking set off by a comma after its content clause
    goes with ("said that much remains to be done, urging France to withdraw", "said the
    situation was dire, accusing the rebels of ..."): the parser hangs it in the content
    clause, but only the speaker can urge or accuse there when that clause names no one who
    could ("said protesters gathered, calling for ...": the protesters may call)."""
    c = cues()
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or lemma(tok) not in c["speech"] | c["speech_acts"] \
            or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    cur = tok.head
    while cur.head != cur and cur.dep_ in ("xcomp", "ccomp", "conj", "advcl"):
        if any(w.i < tok.i and w.dep_ in SUBJECT + ("nsubjpass", "pobj", "dobj") and _could_act(w)
               for w in cur.subtree):
            return None
        if cur.dep_ == "ccomp" and lemma(cur.head) in c["speech"] and cur.head.i < tok.i:
            return cur.head
        cur = cur.head
    return None


def _could_act(word: Token) -> bool:
    """A word that may name an actor: a name, a group or office word, a count of people
    ("thousands"), a pronoun other than a quantity or a dummy ("much", "it")."""
    return word.pos_ in ("PROPN", "NUM") or word.ent_type_ in ACTOR_ENTS or sector_of(word.lower_) is not None \
        or (word.pos_ == "PRON" and word.lower_ not in DUMMY_SUBJECTS + ("much", "little", "nothing", "that", "which"))


def _act_phrase(noun: Token) -> bool:
    """A noun phrase naming an act, or a measure of one ("peace talks", "eight hours of
    talks", "an offensive"), which cannot be the doer of an infinitive after it."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in ACTOR_ENTS or sector_of(noun.lower_) is not None:
        return False
    measured = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return any(_event_noun(w) for w in [noun, *measured])


def _free_adjunct(tok: Token) -> Token | None:
    """The clause a participle set off by a comma really modifies, when the parser hung it
    on the last noun before it ("reaffirmed their concerns over the situation, strongly
    opposing any attempt", "police clashed with protesters, wounding dozens"): the verb
    above that noun, whose subject is the participle's own. Not a participle right after
    its noun ("troops guarding the border"), nor one under a noun that is itself a subject."""
    noun = tok.head
    if tok.tag_ != "VBG" or tok.i < noun.i or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        if verb.dep_ in SUBJECT + ("nsubjpass", "relcl", "acl"):
            return None
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and paragraph(verb) == paragraph(tok) else None


def _speaker_label(tok: Token) -> bool:
    """"VOA: Putin recently visited China": the name before a colon that opens an
    interview's line says who speaks; the parser may still take it for the subject."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None  # a name's head is its last word
    return nxt is not None and nxt.text == ":" and tok.left_edge.i == tok.sent.start \
        and any(c.dep_ in SUBJECT and c != tok for c in tok.head.children)


def _shared_agent(tok: Token) -> list[Token]:
    """The "by"-agent of the passive participle coordinated right after this one, with
    only "and"/"or"/a comma between ("were beaten and arrested by police"); not across
    other words ("were arrested and later released by the court": the court only released)."""
    nxt = next((c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"), None)
    if nxt is None or any(not (w.dep_ in ("cc", "punct", "preconj")) for w in tok.doc[tok.i + 1:nxt.i]):
        return []
    if any(c.dep_ in SUBJECT + ("nsubjpass", "aux", "auxpass") for c in nxt.children):
        return []  # a clause of its own
    return [g for c in nxt.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
        or _shared_agent(nxt)


def _deciders(noun: Token) -> list[Token]:
    """Who a noun of deciding or attempting names as its author: its "by"-agent, else an
    actor qualifying it ("a Turkish court ruling", "Russia's decision")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"] \
        or [c for c in noun.children if c.dep_ in ("compound", "amod")
            and (c.ent_type_ in ACTOR_ENTS or sector_of(c.lower_) is not None)] \
        or [c for c in noun.children if c.dep_ == "poss"]


def _others_decision(noun: Token) -> bool:
    """A noun of deciding or attempting that is the object of a verb not its own ("criticized
    the decision", "welcomed the move"; not "took the decision", "made a bid", "announced
    its plan", whose subject decided)."""
    return lemma(noun) in cues()["lemma_classes"]["decisions"] and noun.dep_ == "dobj" \
        and noun.head.pos_ in ("VERB", "AUX") and lemma(noun.head) not in _deciding_verbs()


def _deciding_verbs() -> frozenset[str]:
    """Verbs whose subject owns the decision or attempt they take as object ("took the
    decision", "made a bid", "announced its plan")."""
    c = cues()
    return c["light_verbs"] | c["agentive_governors"] | c["issuing_verbs"] | {"take", "have", "make"}


def _decided_by(clause: Token) -> Token | None:
    """The noun of deciding an infinitival adverbial clause really completes: the verb's
    object right before it, with at most a time phrase between ("condemned the court's
    ruling on Tuesday to imprison X", "welcomed Russia's decision to withdraw")."""
    if not _to_clause(clause):
        return None
    verb = clause.head
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if noun is None or not _others_decision(noun):
        return None
    between = verb.doc[noun.right_edge.i + 1:clause.left_edge.i]
    timed = all(t.is_punct or t.ent_type_ in TIME_ENTS or (t.dep_ == "prep" and t.head == verb
                and all(g.ent_type_ in TIME_ENTS for g in t.children if g.dep_ == "pobj")) for t in between)
    return noun if timed else None


def _judged_state(clause: Token, subj: list[Token]) -> bool:
    """A copular content clause ("that Y's detention is arbitrary") whose subject is an act,
    or, said by a speaker, a judgement of a thing that is no actor ("said Erdogan's comment was
    unacceptable, and demanded an apology": a comment demands nothing)."""
    if clause.lemma_ != "be" or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return False
    judged = lemma(clause.head) in cues()["speech"] and any(c.dep_ == "acomp" for c in clause.children)
    return all(t.pos_ == "NOUN" and (predicate(t) is not None or (judged and sector_of(t.lower_) is None))
               for t in subj)


def author(noun: Token) -> list[Token]:
    """Who issued a statement or performed an act named by a noun: its possessor ("the
    party's declaration"), else the subject of the verb that issues or performs it ("X
    issued a declaration"; not "a court lifted orders blocking ...": another's orders)."""
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner:
        return owner
    issuing = cues()["light_verbs"] | cues()["issuing_verbs"]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and lemma(noun.head) in issuing:
        return subjects(noun.head)[0]
    return []


SPEAKER_PRONOUNS = ("he", "she", "i", "it", "they", "we")
OWNER_PRONOUNS = ("his", "her", "my", "its", "their", "our")
PERSON_PRONOUNS = ("he", "she", "i", "his", "her", "my")
FIRST_PERSON = ("i", "we")
FIRST_PERSON_OWNERS = ("my", "our")


def first_person(tok: Token, trusted=lambda owner: True) -> bool:
    """Whether a word stands for the one speaking or their own: "I", "we", or a word "my"
    or "our" owns ("our soldiers"); ``trusted`` rules out owners to read otherwise (one
    the actors stage already resolved to someone)."""
    return tok.lower_ in FIRST_PERSON or any(
        c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS and trusted(c) for c in tok.children)


# For a noun, "of X" names the one acted on ("the arrest of X") or the one acting
# ("the backing of the US"), depending on what kind of event the noun names.
OF_IS_SOURCE = ("SUPPORT", "AID", "AGREE", "COOPERATE", "CONSULT", "THREATEN", "REQUEST", "ACCUSE", "REJECT",
                "PROTEST", "MOBILIZE")


def noun_arguments(tok: Token, etype: str) -> tuple[list[Token], list[Token]]:
    c = cues()
    sources, targets, origins = [], [], []
    if _custody_denied(tok):  # "she is not yet in police custody": she would be the one held
        targets += [s for s in tok.head.head.children if s.dep_ == "nsubj"]
    # "the army's arrest of 40 students", "Russia's annexation of Crimea": with the one
    # undergoing it named by "of", the possessor of such a noun can only be who did it.
    undergoer_named = any(p.dep_ == "prep" and p.lower_ == "of" and _objects(p) for p in tok.children)
    for child in tok.children:
        if child.dep_ == "poss" and lemma(tok) in c["undergone"] and not undergoer_named:
            targets.append(child)  # "Dodik's arrest", "Maduro's ouster"
        elif child.dep_ == "compound" and etype in VENUE_TYPES and _city(child):
            continue  # "the Geneva talks", "the Doha agreement": where, not who
        elif child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and child.ent_type_ in ACTOR_ENTS):
            sources.append(child)  # "Maduro's government", "US sanctions", "Russian intervention"
        elif child.dep_ == "prep":
            objs = _objects(child)
            if child.lower_ in ("between", "among"):  # "talks between Trump and Putin": both take part
                sources += objs
            elif child.lower_ == "of":
                # "the arrest of Guaidó", "use of US military": a name, or a noun a name qualifies.
                named = [o for o in objs if o.ent_type_ or o.pos_ == "PROPN" or any(
                    g.dep_ in ("compound", "poss", "amod") and g.ent_type_ for g in o.children)]
                # "the withdrawal of US troops", "the deployment of Kenyan police": the forces
                # moved are the means of the state that moves them, not what the act is done to.
                moved = etype in ("RETREAT", "MOBILIZE") and any(
                    lemma(o) in c["lemma_classes"]["forces"] or sector_of(o.lower_) in c["operating_sectors"]
                    for o in objs)
                of_source = (etype in OF_IS_SOURCE or moved or lemma(tok) in c["instrument_nouns"]
                             or lemma(tok) in c["of_actor_nouns"] | c["violence_qualities"]) and not _aimed_idiom(tok)
                (sources if of_source else targets).extend(named)
            elif child.lower_ in c["source_preps"]:
                # "withdrawal from Gorazde": a place left; "a report on torture by Amnesty":
                # the report's author, which the parser hangs on its topic.
                if child.lower_ == "from" and etype == "RETREAT":
                    targets += objs  # "withdrawal from Gorazde": the place or body left
                elif child.lower_ == "from" and (all(o.ent_type_ in PLACE_ENTS for o in objs) or _carried(tok)):
                    # "attacks from Lebanon", "has ramped up attacks ... from the Punjab
                    # province": where from, when no one is said to act
                    origins += objs
                elif not _topic_of_document(tok):
                    sources += objs
            elif child.lower_ in c["target_preps"]:
                targets += objs
        elif child.dep_ == "acl" and child.tag_ == "VBN" and any(
                p.dep_ == "prep" and p.lower_ in ("between", "among") for p in child.children):
            # "an agreement reached between the government and the opposition", "exchanges of
            # fire reported between troops and militants": both sides take part
            sources += [g for p in child.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                        for g in _objects(p)]
        elif child.dep_ == "acl" and lemma(child) in c["light_verbs"] | c["claiming_verbs"]:
            # "meetings held by X with Y", "an attack claimed by IS": who claims it, did it
            src, _ = subjects(child)
            sources += src
            targets += [g for p in child.children if p.dep_ == "prep" and p.lower_ in c["target_preps"]
                        for g in p.children if g.dep_ == "pobj"]
    head = tok.head
    # The subject of a light verb, or of one saying it intends the act ("is considering
    # sanctions"), is who acts; not that of "suppressed the revolt" or "condemned the attack".
    doers = c["light_verbs"] | c["agentive_governors"]
    if not sources and tok.dep_ in ("dobj", "attr") and head.pos_ == "VERB" and lemma(head) in doers \
            and not (etype == "PROTEST" and _provoked(tok)):  # "sparked protests": a crowd's answer to it
        sources = subjects(head)[0]
    elif etype == "CONSULT" and tok.dep_ == "dobj" and head.pos_ == "VERB" and lemma(head) in c["light_verbs"]:
        # "the US called a meeting of the Security Council": who holds a meeting takes part.
        sources = subjects(head)[0] + [s for s in sources if s not in subjects(head)[0]]
    if not sources and tok.dep_ == "dobj" and any(x.dep_ == "nsubj" for x in head.children):
        # An active verb with its own subject takes no "by" agent, so "suppressed a revolt
        # by elements of the Guard" names the revolt's authors, wherever the parser hung it.
        sources = [g for x in head.children if x.dep_ == "prep" and x.lower_ == "by"
                   for g in x.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    if not sources:
        culprits = _culprits(tok)
        if culprits:
            sources, targets = culprits, [t for t in targets if t not in culprits]
    if not sources and _aimed_idiom(tok) and head.head.pos_ in ("VERB", "AUX"):
        sources = subjects(head.head)[0]  # "massed in protest of X": who massed protests
    if tok.dep_ == "pobj" and (head.lower_ == "under" or head.dep_ == "agent") and head.head.pos_ in ("VERB", "AUX"):
        # "is under investigation", "came under attack", "was disrupted by protests": the subject undergoes it
        targets += subjects(head.head)[1 if head.dep_ == "agent" else 0]
    elif not sources and tok.dep_ == "pobj" and head.dep_ == "prep":
        sources = _adjunct_doers(tok, etype, head)
    return sources or origins, targets


VENUE_TYPES = ("CONSULT", "AGREE")


def _city(word: Token) -> bool:
    """A place name that is no country's name nor adjective: before a meeting or an
    agreement ("the Geneva talks", "the Minsk accords") it says where they were held."""
    return word.ent_type_ == "GPE" and country_code(word.text) is None and demonym_code(word.text) is None


def _carried(noun: Token) -> bool:
    """A nominal event that is the object of a verb its subject performs it with ("the
    BLA has ramped up attacks", "the army launched an offensive")."""
    c = cues()
    head = noun.head
    return noun.dep_ in ("dobj", "attr") and head.pos_ == "VERB" \
        and lemma(head) in c["light_verbs"] | c["agentive_governors"] and any(x.dep_ == "nsubj" for x in head.children)


HELD_PRONOUNS = ("him", "her", "them")  # "banned him ... for defying rulings": the one named before


def _culprits(tok: Token) -> list[Token]:
    """Who a verb of judging, praising or punishing holds to account for a nominal event
    or a gerund: "blamed the attacks on militants", "condemned Russia for the attack",
    "arrested 20 people for the protest", "accused X of the bombing", "praised ECOWAS for
    activating its force" (the object did it; not "sent troops for the offensive", nor
    "sanctions for the attack", an act, not an actor)."""
    c = cues()
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and lemma(head) in c["blaming_verbs"]:
        return [g for x in (*head.children, *tok.children) if x.dep_ == "prep" and x.lower_ == "on"
                for g in x.children if g.dep_ == "pobj"]
    if tok.dep_ not in ("pobj", "pcomp"):
        return []
    # "banned him over his activities and for defying rulings": a preposition coordinated
    # with another hangs, through it, on the same verb
    attached = head
    while attached.dep_ == "conj" and attached.head.pos_ == "ADP" and attached.head != attached:
        attached = attached.head
    if attached.dep_ == "prep" and attached.head.dep_ == "pobj" and attached.head.head.dep_ == "agent":
        # "was accused by rights groups of abducting critics": the parser hangs the charge on
        # the "by"-agent, but a group is not "of abducting"; it goes with the verb.
        verb = attached.head.head.head
    elif attached.dep_ != "prep" or attached.head.pos_ != "VERB":
        return []
    else:
        verb = attached.head
    if verb.pos_ != "VERB":
        return []
    judging = predicate(verb)
    # "accused X of", "charged X with": X is said to have done it.
    charged = head.lower_ == "of" and lemma(verb) in c["charging_verbs"] \
        or head.lower_ == "with" and lemma(verb) in lexicon.frames()["charging_with_verbs"]
    if not (head.lower_ == "for" and judging is not None and judging.type in c["judging_types"] or charged):
        return []
    # "was arrested and sentenced for the murder of X": the one punished is held to account,
    # whichever passive participle of the coordination carries the "for".
    undergoer = verb
    while _passive(undergoer) and undergoer.dep_ == "conj" and undergoer.head != undergoer \
            and not any(o.dep_ in ("nsubjpass", "nsubj") for o in undergoer.children):
        undergoer = undergoer.head
    held = [o for o in undergoer.children if o.dep_ == "nsubjpass"] if _passive(verb) else []
    return [o for o in [*verb.children, *held] if o.dep_ in ("dobj", "nsubjpass")
            and (o.pos_ in ("NOUN", "PROPN") or o.lower_ in HELD_PRONOUNS) and predicate(o) is None]


def _topic_of_document(tok: Token) -> bool:
    """A noun that is the topic of a report or document ("a report on torture")."""
    c = cues()
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about", "into") \
        and lemma(tok.head.head) in c["reporting_nouns"] | c["document_nouns"]


def _aimed_idiom(tok: Token) -> bool:
    """"in support of X", "in protest of X", "in solidarity with X": the noun is an
    adverbial of the clause, and X is what the act is for or against, never its doer
    (which the clause's subject is)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and lemma(tok) in cues()["aimed_idioms"] \
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)


def _adjunct_doers(tok: Token, etype: str, prep: Token) -> list[Token]:
    """The doer of a nominal event in an adjunct of a clause, where the clause says who:
    a visit or talks the subject takes part in ("During a visit to Quetta, the prime
    minister told media ...", "retook the village after fierce fighting with guerrillas":
    a partner named, the subject is the other side); the same happening told twice
    ("killed 12 villagers in an attack on a market": the killers attacked); responsibility
    claimed ("X claimed responsibility for the bombing"); taking part in it ("were involved
    in the killings")."""
    c = cues()
    governor = prep.head
    claimer = _claimer(prep)
    if claimer:
        return claimer
    if governor.pos_ not in ("VERB", "AUX"):
        return []
    partnered = any(x.dep_ == "prep" and x.lower_ == "with" for x in tok.children)  # "fighting with guerrillas"
    # "travelled to Canada for meetings with G7 ministers": an intransitive verb's purpose;
    # not "criticised Iran for talks with Russia", whose object took part.
    purpose = prep.lower_ == "for" and etype in c["shared_adjunct_types"] \
        and not any(x.dep_ in ("dobj", "dative") for x in governor.children)
    if purpose or ((etype in c["shared_adjunct_types"] or partnered) and prep.lower_ in c["accompanying_preps"]):
        return [x for x in governor.children if x.dep_ in ("nsubj", "nsubjpass")] or subjects(governor)[0]
    if prep.lower_ == "in" and lemma(governor) in c["participation_verbs"]:
        # "they were involved in hundreds of killings", "participated in the coup": who took part did it
        return [x for x in governor.children if x.dep_ in ("nsubj", "nsubjpass")] or subjects(governor)[0]
    if prep.lower_ in ("in", "during") and governor.pos_ == "VERB":
        same = predicate(governor)
        if same is not None and same.type == etype:
            return subjects(governor)[0]
    return []


def _claimer(prep: Token) -> list[Token]:
    """Who claims an act as their own: the subject of "claimed responsibility for" or
    "took credit for" (``prep`` being that "for")."""
    c = cues()
    noun = prep.head
    if prep.lower_ != "for" or lemma(noun) not in c["credit_nouns"] or noun.dep_ != "dobj" \
            or lemma(noun.head) not in c["claiming_verbs"]:
        return []
    return subjects(noun.head)[0]


TIME_ENTS = ("DATE", "TIME")
PLACE_ENTS = ("GPE", "LOC", "FAC")


def _objects(word: Token) -> list[Token]:
    """The noun a preposition (or a "to"-dative the parser left as a preposition) governs,
    or the word itself; times are never participants ("on Tuesday")."""
    if word.pos_ == "ADP":
        return [g for g in word.children if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS]
    return [] if word.ent_type_ in TIME_ENTS else [word]


def verb_targets(tok: Token) -> list[Token]:
    """Objects, and objects of "against/on/to/with..." on the verb or on its object
    ("refusing admittance to Ghanaians")."""
    preps = cues()["target_preps"]
    objs = [o for c in tok.children if c.dep_ in ("dobj", "dative", "iobj") for o in _objects(c)]
    if not objs:
        # "attacking and fighting Kenyan troops": the object after the last verb is shared.
        objs = [o for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(g.dep_ in SUBJECT for g in c.children)
                for o in c.children if o.dep_ == "dobj"][:1]
    out = list(objs)
    instigation = lexicon.frames()["instigation_nouns"]
    for head in [tok, *objs]:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                # "on orders from Tehran", "at the behest of X": who instigated it, not its target
                out += [o for o in _objects(child) if lemma(o) not in instigation]
    return out


def expand(tokens: list[Token]) -> list[Token]:
    """Coordinated arguments: "Pompeo and Bolton" gives both heads."""
    out = []
    for tok in tokens:
        stack = [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack += [c for c in t.children if c.dep_ == "conj"]
    return out


NAMED_KINDS = ("name", "acronym")
MODIFIERS = ("poss", "compound", "nmod", "amod")
# Relations that open another clause or a side remark: an argument phrase's actor is
# never looked for beyond them.
CLAUSAL = ("relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "cc", "appos", "punct",
           "mark", "advmod", "npadvmod", "tmod", "nummod", "quantmod", "det", "case", "prt", "neg", "aux")


def _named_modifier(tok: Token, mention, index: MentionIndex):
    """A named owner or nation qualifying a head whose own mention is only a common noun
    ("European Community foreign ministers", "Red Cross officials" where only "foreign
    ministers"/"officials" is a group mention), or an organisation a group comes from
    ("activists from the Fatah party", "officials of the ruling party"): the name says who acts."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "of") and mention.kind == "group":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            for m in (index.at(w) for g in objs for w in [g, *(x for x in g.children if x.dep_ == "compound")]):
                if m is not None and m.kind in NAMED_KINDS and m.type in ("ORG", "MILITARY"):
                    return m
        if child.dep_ not in MODIFIERS:
            continue
        m = index.at(child)
        if m is not None and m.kind in NAMED_KINDS and not (mention.start <= child.idx < mention.end):
            return m
    return None


def _named_apposition(tok: Token, index: MentionIndex):
    """"Members of another opposition party, the Democratic Alliance, walked out": the name in
    apposition to the phrase says who acts, where the group a partitive leads to is only a
    common noun ("opposition party") or has no mention at all."""
    return next((m for a in tok.children if a.dep_ == "appos" and (m := index.at(a)) is not None
                 and m.kind in NAMED_KINDS), None)


def _in_subtree(tok: Token, index: MentionIndex, depth: int = 3):
    """The mention nearest an argument's head inside its own phrase ("the resignation of
    President X", "inhabitants of the Golan Heights", "opposition groups in Zimbabwe",
    which event coding, like PLOVER's country-level actors, codes by their place): fewest
    links first, then nearest word; never through a clause, an apposition or a
    coordinated phrase."""
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for word in frontier:
            for child in word.children:
                if child.dep_ in CLAUSAL or child.ent_type_ in TIME_ENTS:
                    continue
                nxt.append(child)
        found = [(abs(c.i - tok.i), c.i, index.at(c)) for c in nxt if index.at(c) is not None]
        if found:
            return min(found, key=lambda f: f[:2])[2]
        frontier = nxt
    return None


def _thing_antecedent(rel: Token, head: Token, index: MentionIndex) -> Token | None:
    """"X, the jailed leader of the Kurdistan Workers' Party (PKK), which has fought ...": the
    parser may hang a "which"-clause on the person who opens the phrase, but "which" never
    stands for a person; the last body or place named between them is what it stands for."""
    m = index.at(head)
    if rel.lower_ != "which" or m is None or m.type != "PERSON" or not head.i < rel.i:
        return None
    for word in reversed(head.doc[head.i + 1:rel.i]):
        if word.i > head.right_edge.i or word.pos_ not in ("PROPN", "NOUN"):
            continue
        other = index.at(word)
        if other is not None and other.type != "PERSON":
            return word
    return None


def _person_antecedent(rel: Token, head: Token, index: MentionIndex) -> Token | None:
    """"praised the police in riot gear who were seen beating students": the parser
    may hang a "who"-clause on the thing a phrase after the actor names, but "who" never
    stands for a thing; the actor right before that phrase's preposition is what it stands for."""
    prep = head.head
    if rel.lower_ not in ("who", "whom") or index.at(head) is not None or head.dep_ != "pobj" \
            or prep.dep_ != "prep" or prep.i == 0 or _could_act(head):
        return None
    before = head.doc[prep.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") and index.at(before) is not None else None


def _relative_partitive(tok: Token) -> Token | None:
    """The relative clause opened by a partitive of a relative pronoun ("some of whom",
    "many of which", "one of whom"), whose subject ``tok`` is; else None."""
    if tok.lemma_.lower() not in cues()["partitive"] or tok.dep_ not in SUBJECT + ("nsubjpass",) \
            or tok.head.dep_ != "relcl":
        return None
    rel = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
           for g in c.children if g.dep_ == "pobj" and g.lower_ in ("whom", "which")]
    return tok.head if rel else None


def _whose_clause(tok: Token) -> Token | None:
    """The relative clause that a group or office word owned by "whose" is the subject of
    ("Haftar, whose forces seized the ports", "the party, whose leaders called for ..."): its
    antecedent owns the phrase as a possessive would ("Haftar's forces"); else None."""
    if tok.pos_ != "NOUN" or not _could_act(tok) or not any(c.dep_ == "poss" and c.lower_ == "whose"
                                                           for c in tok.children):
        return None  # not "Rajab, whose trial was delayed": an act is not its undergoer's doing
    return tok.head if tok.dep_ in SUBJECT + ("nsubjpass",) and tok.head.dep_ == "relcl" else None


def _member_of(noun: Token) -> Token | None:
    """The subject a copula counts among the class a relative clause describes ("Canada and
    Belgium are among countries that have banned ...", "Kenya is one of the states that
    sent troops"): the relative clause says it of the subject too."""
    prep = noun.head
    if noun.dep_ == "attr" and noun.pos_ in ("NOUN", "PRON", "NUM") and noun.head.lemma_ == "be":
        # "Russia is the country that invaded Ukraine", "he is the one who can end it"; not a
        # cleft ("it was the army that fired": the army fired)
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.lower_ not in DUMMY_SUBJECTS + RELATIVE else None
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "among":
        copula = prep.head
    elif prep.lower_ == "of" and prep.head.dep_ == "attr" and (lemma(prep.head) in QUANTIFIERS
                                                               or prep.head.pos_ == "NUM"):
        copula = prep.head.head
    else:
        return None
    if copula.lemma_ != "be":
        return None
    return next((c for c in copula.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _stranded_name(tok: Token, index: MentionIndex) -> list[Token]:
    """The person a title names in an apposition the parser hung on the body or place that
    ends the title's own phrase ("the special envoy for Congo, Maman Sambo Sidikou,", "the
    U.S. ambassador to the U.N., Nikki Haley,"): a country or an organisation has no person
    for another name, so the name is the title's holder."""
    if tok.tag_ != "NN":  # one holder: not "workers of the Company (X)"
        return []
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            owner = index.at(g)
            if owner is None or owner.type == "PERSON":
                continue
            out += [a for a in g.children if a.dep_ == "appos" and g.doc[a.left_edge.i - 1].text == ","
                    and all(t.is_punct for t in g.doc[a.right_edge.i + 1:g.right_edge.i + 1])
                    and (m := index.at(a)) is not None and m.type == "PERSON" and m.kind in NAMED_KINDS]
    return out[:1]


def _split_name(tok: Token, index: MentionIndex) -> list[Token]:
    """"Army spokesperson Kelly claimed ...": the parser may take a name it does not
    know, right after the title it follows, for a modifier of the verb, leaving the title
    alone as the subject; the name is the title's holder."""
    if tok.tag_ != "NN" or tok.dep_ not in SUBJECT or tok.i + 1 >= len(tok.doc):
        return []
    name = tok.doc[tok.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Wekesa Kelly": the name's last word
    m = index.at(name)
    if name.pos_ != "PROPN" or name.head != tok.head or name.dep_ not in ("advmod", "npadvmod", "dep") \
            or m is None or m.type != "PERSON" or m.kind not in NAMED_KINDS:
        return []
    return [name]


def _latter_or_former(tok: Token, index: MentionIndex):
    """"the latter" / "the former" as a phrase of its own ("China's measures against Australia
    for the latter's refusal"): the last or the first of the last two actors the sentence
    named before it."""
    if tok.lower_ not in ("latter", "former") or tok.dep_ in ("amod", "compound") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    seen: list = []
    for m in sorted(index.mentions, key=lambda m: m.start):
        if tok.sent.start_char <= m.start and m.end <= tok.idx and m.kind != "pronoun":
            seen = [x for x in seen if x.entity != m.entity] + [m]
    if len(seen) < 2:
        return None
    return seen[-1] if tok.lower_ == "latter" else seen[-2]


def resolve(tok: Token, index: MentionIndex, nearest: bool = False):
    """The mention an argument's head denotes: the head itself (or the named owner or
    nation of a head that is only a common-noun mention), the noun a relative pronoun
    stands for, the group in a partitive ("elements of the Guard"), the name in an
    apposition ("the capital Juba"), the owner or nation that qualifies a common noun
    ("Haiti's efforts", "US officials"); failing all these and with ``nearest``, the
    mention nearest the head inside its own phrase. (The fallback classifier's "does this
    verb link actors" gate keeps the strict reading.)"""
    first = tok
    for _ in range(3):
        m = index.at(tok) or _latter_or_former(tok, index)
        if m is not None:
            if m.kind not in NAMED_KINDS and m.kind != "pronoun":
                return _named_modifier(tok, m, index) or _named_apposition(first, index) or m
            return m
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            rel = tok
            tok = tok.head.head
            tok = _member_of(tok) or _thing_antecedent(rel, tok, index) or _person_antecedent(rel, tok, index) or tok
            continue
        clause = _relative_partitive(tok)
        if clause is not None:  # "demonstrators, some of whom threw rocks": the demonstrators
            tok = clause.head
            continue
        clause = _whose_clause(tok)
        if clause is not None:  # "Haftar, whose forces seized the ports": Haftar's forces
            tok = clause.head
            continue
        kids = list(tok.children)
        of = [g for c in kids if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if tok.pos_ not in ("NOUN", "PROPN"):
            # "some of its officials", "two of the soldiers": a pronoun or number picking out
            # part of a group stands for that group.
            if of and (lemma(tok) in cues()["partitive"] or tok.pos_ == "NUM") and tok.lower_ not in RELATIVE:
                tok = of[0]
                continue
            return None
        nxt = (of[:1] if lemma(tok) in cues()["partitive"] else []) \
            or [c for c in kids if c.dep_ == "appos"] or _stranded_name(tok, index) or _split_name(tok, index) \
            or [c for c in kids if c.dep_ in MODIFIERS and index.at(c) is not None]
        if not nxt:
            break
        tok = nxt[0]
    named = _named_apposition(first, index)
    if named is not None and tok is not first:
        return named
    if nearest and first.pos_ in ("NOUN", "PROPN"):
        return _in_subtree(first, index)
    return None


def argument_tokens(tok: Token, etype: str) -> tuple[list[Token], list[Token]]:
    """Head words of the source and target phrases, resolved to actors or not."""
    if tok.pos_ == "VERB":
        src, tgt = subjects(tok)
        tgt = tgt + verb_targets(tok)
    elif tok.pos_ == "ADJ":
        src, tgt = subjects(tok.head)
        tgt = tgt + [g for x in tok.children if x.dep_ == "xcomp" for g in verb_targets(x)]
    else:
        src, tgt = noun_arguments(tok, etype)
    if not tgt and etype in ("REQUEST", "THREATEN", "REJECT", "ACCUSE"):
        # "demanding that Mugabe abandon ...": the one asked is the complement's subject.
        tgt = [s for c in tok.children if c.dep_ in ("ccomp", "acl") for s in c.children if s.dep_ in SUBJECT]
    return src, tgt


def _to_clause(tok: Token) -> bool:
    """An infinitival clause ("to cut off electricity", "in order to protest")."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def complement_targets(tok: Token, etype: str, depth: int = 2) -> list[Token]:
    """Who the content of a commitment, threat, refusal or purpose is aimed at, when the
    trigger itself names no one: "threatened to break relations with Russia",
    "refused to deploy peacekeepers to Iraq", "staged a hunger strike to demand the
    resignation of X". Objects and aimed prepositions of the infinitival, followed
    through further infinitives; what a "for"-phrase's event is aimed at ("mobilized
    reservists for a war against Iraq"); and, for a threat, the subject of its condition
    ("... unless Russia closed its base")."""
    out: list[Token] = []
    carriers = [tok]
    # A noun carried by a light verb: its purpose clause hangs from the verb.
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") and lemma(tok.head) in cues()["light_verbs"]:
        carriers.append(tok.head)
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ == "xcomp" or (child.dep_ in ("advcl", "acl") and _to_clause(child)):
                found = verb_targets(child) if child.pos_ in ("VERB", "AUX") else []
                if not found and depth > 1:
                    found = complement_targets(child, etype, depth - 1)
                out += found
    if tok.pos_ == "ADJ":  # "ready to contribute troops to X"
        out += [g for x in tok.children if x.dep_ == "xcomp" for g in verb_targets(x)]
    aimed = cues()["target_preps"]
    for carrier in carriers:
        # "mobilized reservists for a possible war against Iraq": what it is for is aimed at X.
        for prep in carrier.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                out += [o for n in prep.children if n.dep_ == "pobj" and n.pos_ == "NOUN"
                        for p in n.children if p.dep_ == "prep" and p.lower_ in aimed for o in _objects(p)]
    if etype == "THREATEN":
        # "threatened to strike unless Israel rescinded the annexation": the one whose
        # conduct the threat is conditioned on is the one threatened.
        marks = cues()["hypothetical_marks"]
        heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
        out += [s_ for h in heads for c in h.children if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
                for s_ in c.children if s_.dep_ in SUBJECT]
    return out


def _clause_mentions(tok: Token, index: MentionIndex) -> list:
    """Mentions inside the trigger's own clause (see ``clause_span``), in text order,
    leaving out places after a locative preposition and media reached through one."""
    sent = tok.sent
    start, end = clause_span(tok, sent)
    found, seen = [], set()
    for word in tok.doc[sent.start:sent.end]:
        if not (start <= word.idx < end) or word.i == tok.i:
            continue
        m = index.at(word)
        if m is None or (m.start, m.end) in seen:
            continue
        head = word
        while head.head != head and head.dep_ in ("compound", "amod", "poss", "nmod", "flat", "det") \
                and head.head.idx < end and head.head.idx >= start:
            head = head.head
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and (prep.lower_ in cues()["location_preps"] or m.type == "MEDIA"):
            continue
        if prep is not None and prep.lower_ == "to" and lemma(prep.head) == "accord":
            continue  # "according to the U.N., 400 people were killed": who tells it, not who did it
        if m.kind == "pronoun" and m.entity is None:
            continue
        seen.add((m.start, m.end))
        found.append((word, m))
    return found


def _fallback(tok: Token, index: MentionIndex, sources: list[str], targets: list[str],
              has_src: bool, has_tgt: bool) -> tuple[list[str], list[str]]:
    """Fill a slot the parse left with no filler at all from the actors named in the
    trigger's own clause: the first before the trigger is the source, the first after
    it the target (English puts the doer before the act). A slot whose filler the
    parse found but could not resolve ("Ibo elders" with no actor mention) stays empty:
    another actor in the clause is not that one."""
    if (sources or has_src) and (targets or has_tgt):
        return sources, targets
    mentions = _clause_mentions(tok, index)
    if not sources and not has_src and not _sequel(tok) and not _judged(tok) and not _observed(tok, index) \
            and not _provoked(tok):
        undergoers = _undergoers(tok)
        described = _undergone_phrases(tok)
        act = _coordinated_act(tok)
        if act is not None:  # "the killing of demonstrators and arrests": the list's undergoers did neither
            described = described + [act]
        before = [m.entity for w, m in mentions if w.i < tok.i and m.entity not in targets
                  and not any(_names(w, m, u) for u in undergoers) and not any(within(w, d) for d in described)
                  and not (w.head == tok and w.dep_ == "compound" and _city(w))]  # "the Istanbul talks": where
        if before:
            sources = [before[0]]
    if not targets and not has_tgt:
        after = [m.entity for w, m in mentions if w.i > tok.i and m.entity not in sources]
        if after:
            targets = [after[0]]
    return sources, targets


def _provoked(tok: Token) -> bool:
    """A nominal event that is what another act or actor set off ("walked out of the trial,
    sparking massive protests", "the killing triggered riots"): who sparked it did not do it,
    and the crowd that did is not named before it."""
    head, c = tok.head, cues()
    particle = c["causing_particles"].get(lemma(head))
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.pos_ == "VERB" and lemma(head) in c["causing_verbs"] \
        and (particle is None or any(x.dep_ == "prt" and x.lower_ == particle for x in head.children))


def _judged(tok: Token) -> bool:
    """A nominal event that is the object of someone's reaction to it, itself an event of
    judging, backing or refusing ("Macron condemned the bombing", "Egypt welcomed the
    ceasefire", "rejected the talks"): the reacting subject is not its doer, unlike the
    subject of a verb that performs, changes or reports it ("staged a protest", "toughened
    sanctions", "Trump confirmed the killing of X": often one's own act)."""
    c = cues()
    head = _reacting_verb(tok)
    if head is None or lemma(head) in c["light_verbs"] | c["agentive_governors"] | c["issuing_verbs"] | c["speech"]:
        return False
    reaction = predicate(head)
    return reaction is not None and reaction.type in c["reaction_types"]


def _reacting_verb(tok: Token) -> Token | None:
    """The verb whose object phrase holds a nominal event: its direct object ("condemned the
    bombing"), or a noun inside the object of its preposition ("disagreed with measures
    under a state of emergency", "protested against the crackdown"), never one of time or
    cause ("protested after the crackdown")."""
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "dobj":
        return tok.head if tok.head.pos_ == "VERB" else None
    word = tok
    while word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ not in cues()["sequence_preps"]:
        word = word.head.head
        if word.pos_ == "VERB":
            return word
    return None


def _observed(tok: Token, index: MentionIndex) -> bool:
    """A nominal event told by an organisation outside the state's arms ("the U.N. mission
    reported renewed violence", "Amnesty documented killings"): the teller is not its doer.
    (The army reporting an arrest, or a president confirming a killing, often tell of their
    own side's act: see ``_judged``.)"""
    head = tok.head
    if not _told_act(tok):
        return False
    teller = next((c for c in head.children if c.dep_ == "nsubj"), None)
    m = resolve(teller, index) if teller is not None else None
    # an organisation or outlet; a leader confirming a killing often tells of his state's act
    return m is not None and m.type in ("ORG", "MEDIA") and not _state_agent(teller, index)


def _told_act(tok: Token) -> bool:
    """A nominal event that is the object of a verb of telling or observing ("documented
    killings", "identified 300 disappearances"): an act said to have happened."""
    head = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.pos_ == "VERB" \
        and lemma(head) in cues()["speech"] | cues()["observing_verbs"]


def _undergoers(tok: Token) -> list[Token]:
    """For a nominal trigger, the phrases its carrier verb acts on ("Three soldiers were
    killed in an attack", "killed 46 civilians in an attack"): never the event's doer."""
    if tok.pos_ != "NOUN":
        return []
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    acted = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "dative")]
    return [a for a in expand(acted) if not within(tok, a)]


def _undergone_phrases(tok: Token) -> list[Token]:
    """For a verbal trigger, the whole phrases of what it acts on, descriptions included
    ("Arnel Joseph, the leader of the Village de Dieu gang, was killed"): a name inside
    the description of the one acted on says who that is, never who acted on them."""
    if tok.pos_ != "VERB":
        return []
    return expand([c for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "dative")])


def _sequel(tok: Token) -> bool:
    """A nominal event the clause is set against in time or gives as its cause ("a day after
    an attack on a train, troops killed 30", "amid protests, police fired tear gas", "held
    over accusations of incitement"): the clause's actors are as likely its victims or
    responders as its doers."""
    prep = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in cues()["sequence_preps"] or _cause(tok)


def _cause(tok: Token) -> bool:
    """A nominal event a clause gives as its cause ("held over accusations of incitement"),
    or a punishment or protest answers ("sanctions for the attack", "protests over the
    killing"): its doer is another than the clause's subject."""
    c = cues()
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep, governor = tok.head, tok.head.head
    if prep.lower_ in c["cause_preps"] and governor.pos_ in ("VERB", "AUX"):
        return True
    if prep.lower_ not in c["response_preps"]:
        return False
    # The response is the noun itself or, the parser hanging the phrase on the verb, its object
    # ("announced sanctions on Tehran for the attack").
    answers = [governor] if governor.pos_ == "NOUN" else \
        [o for o in governor.children if o.dep_ == "dobj" and o.pos_ == "NOUN"] if governor.pos_ == "VERB" else []
    responses = [predicate(a) for a in answers]
    return any(r is not None and r.type in c["response_types"] for r in responses)


def _names(word: Token, mention, head: Token) -> bool:
    """Whether a mention names the phrase headed by ``head`` ("three Malian soldiers"),
    not something reached through a preposition inside it ("photos of the police")."""
    while word != head and word.dep_ in MODIFIERS + ("flat", "det") and word.head != word:
        word = word.head
    return word == head or mention.start <= head.idx < mention.end


def _passive(tok: Token) -> bool:
    """A passive verb, or one coordinated with a passive ("were neutralized or captured")."""
    while True:
        if any(c.dep_ == "auxpass" for c in tok.children):
            return True
        if tok.dep_ != "conj" or tok.tag_ != "VBN" or tok.head == tok:
            return False
        tok = tok.head


def _state_agent(speaker: Token, index: MentionIndex) -> bool:
    """Whether a speaker is the state's armed or administrative arm (army, police,
    officials, a government), which makes arrests, seizures and deployments itself."""
    m = resolve(speaker, index)
    if m is None:
        return False
    if m.type in ("MILITARY", "GPE"):
        return True
    if m.kind in NAMED_KINDS and m.type == "PERSON":
        return _state_title(speaker)
    if m.kind in NAMED_KINDS:
        return False  # a named organisation: an agency of the UN or an NGO as easily as a ministry
    return _operating_arm(speaker)


def _operating_arm(word: Token) -> bool:
    """Whether a group word names the state's armed or administrative arm ("police officers",
    "government troops", "officials"), by the sector of its head phrase."""
    words = [t.lower_ for t in word.lefts if t.dep_ in ("compound", "amod")] + [word.lower_]
    return any(sector_of(" ".join(words[i:])) in cues()["operating_sectors"] for i in range(len(words)))


def _state_title(speaker: Token) -> bool:
    """Whether a named person's title makes them the voice of the state's armed or policing
    arm: an office noun ("spokesman", "chief", "general") qualified by such an arm or by a
    level of government ("police spokesman Bashir Ali", "Congo's armed forces auditor general,
    Gen. X", "provincial spokesperson X"); not another's role beside it ("military analyst X",
    "government critic X")."""
    office = speaker if speaker.pos_ == "NOUN" else \
        next((t for t in reversed(list(speaker.lefts)) if t.dep_ == "compound" and t.pos_ == "NOUN"), None)
    if office is None or lemma(office) not in cues()["state_voice_titles"]:
        return False
    qualifiers = [t for t in office.subtree if t.i < office.i and t.dep_ in ("compound", "amod")] \
        + [t for t in speaker.lefts if t.i < office.i and t.dep_ in ("compound", "amod")]
    return any(sector_of(t.lower_) in cues()["operating_sectors"] or t.lower_ in cues()["state_title_qualifiers"]
               for t in qualifiers)


def arguments(pred: Predicate, index: MentionIndex, quoted: str | None = None) -> tuple[list[str], list[str]]:
    """Entity keys of the source and target actors: the parse first (see
    ``argument_tokens``; an empty target is looked for in the content of what was
    promised, threatened, refused or aimed at), then, for a slot the parse found no
    filler for at all, the actors of the trigger's own clause (see ``_fallback``).
    ``quoted``: the entity key of the one quoted, when the trigger is inside a quotation
    attributed to someone."""
    tok = pred.token
    src, tgt = argument_tokens(tok, pred.type)
    # "The arrest sparked protests": an act that is the subject of the verb carrying a nominal
    # event caused it and did not perform it (the arresters did not protest); the slot is
    # filled, by no actor.
    caused = [x for x in src if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") and x.head == tok.head
              and x.dep_ in SUBJECT and index.at(x) is None and _event_noun(x)]
    # "X said the detentions raised concerns": an act that raised concern caused it; the concern
    # voiced is the teller's.
    voiced = [x for x in src if pred.lemma in lexicon.evaluation()["voicing_verbs"] and x.head == tok
              and x.dep_ in SUBJECT and _event_noun(x)]
    teller = speech_subject(tok) if voiced else None
    src = [teller] if teller is not None else src
    caused = caused + (voiced if teller is None else [])
    src, silent = _act_subjects([x for x in src if x not in caused], index)
    bound = [x for x in src if _speakers_own(x, tok, index)]
    src, silent = [x for x in src if x not in bound], silent + caused + bound
    par = paragraph(tok)
    sources = _keys(expand(src), index, par)
    # "his own ministry contradicted him", "her party expelled her": a doer's phrase that is
    # an actor only through its owner ("his") names someone else than the owner when the
    # owner is what the act is done to; the owner is the target, the doer unnamed.
    owned = [t for t in expand(src) if t.pos_ == "NOUN" and index.at(t) is None
             and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)]
    undergone = set(_keys(expand([t for t in tgt if t.dep_ in ("dobj", "nsubjpass")]), index, par)) if owned else set()
    self_acted = [k for k in _keys(owned, index, par) if k in undergone]
    sources = [k for k in sources if k not in self_acted]
    silent = silent + [t for t in owned if self_acted]
    if not sources:
        # "The statement threatened sanctions": the statement named before, by its author there.
        earlier = [a for t in src for a in _earlier_document_author(t)]
        sources = _keys(earlier, index, paragraph(earlier[0])) if earlier else []
    pronoun = next((t.lower_ for t in src if t.lower_ in SPEAKER_PRONOUNS and index.at(t) is None), None)
    if pronoun is None:  # "the army chief said his forces had killed 30": the speaker's own forces
        pronoun = next((p.lower_ for t in src if t.pos_ == "NOUN" and resolve(t, index) is None
                        for p in t.children if p.dep_ == "poss" and p.lower_ in OWNER_PRONOUNS
                        and index.at(p) is None), None)
    if not sources and pronoun is not None:
        # "Beijing has hinted that it could retaliate": a bare pronoun under a speech verb
        # stands, most often, for the one speaking, when person and number agree ("we":
        # a spokesman or leader speaking for the group as readily as the group itself; "I":
        # the speaker, whoever stands for them, as "the Russian diplomat" for Russia).
        speaker = speech_subject(tok) or _fronted_subject(tok, src) or _adjunct_speaker(tok)
        mention = resolve(speaker, index) if speaker is not None and speaker.lower_ not in RELATIVE else None
        person = mention is not None and mention.type == "PERSON"
        if mention is not None and (pronoun in FIRST_PERSON + FIRST_PERSON_OWNERS
                                    or person == (pronoun in PERSON_PRONOUNS)):
            sources = _keys([speaker], index, par)
        elif person and pronoun in GROUP_PRONOUNS:
            # "Ministry official Denise Abanda says they are negotiating", "X, a spokesman for
            # the army, said we will respond": a plural pronoun of one speaking for a body
            # named in their own phrase is that body.
            body = _speakers_body(speaker, mention, index)
            sources = [body.entity] if body is not None else []
    if not sources and quoted is None and any(t.lower_ == "they" and t.dep_ == "nsubj" and index.at(t) is None
                                              and t.head.dep_ == "ROOT" for t in src):
        # "Thai officials met Chinese diplomats. They later deported 40 Uyghurs": a plural
        # subject pronoun opening a sentence continues the last sentence's plural subject.
        sources = _keys(_previous_subject(tok, index), index, par)
    if not sources and quoted is None and any(t.lower_ == "they" and t.dep_ == "nsubj" and index.at(t) is None
                                              and t.head.dep_ == "conj" for t in src):
        # "X was questioned by prosecutors, but they decided not to arrest him": a plural
        # subject pronoun of a conjunct continues the one plural actor of the first.
        sources = _keys(_conjunct_plural(next(t.head for t in src if t.lower_ == "they")), index, par)
    if not sources and quoted is None:
        # "Israel's military said it struck 40 targets. It also ordered residents to leave": a
        # subject pronoun whose clause "also" adds another act continues the last subject.
        also = next((t for t in src if t.lower_ in SINGULAR_PRONOUNS and _unresolved(t, index)
                     and t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                     and any(c.dep_ == "advmod" and c.lower_ == "also" for c in t.head.children)), None)
        if also is not None:
            sources = _keys(_continued_subject(also, index), index, par)
    if not sources and quoted is not None and _first_person(src, index) and not any(
            m.entity == quoted for m in index.mentions if tok.sent.start_char <= m.start < tok.sent.end_char):
        # "'We condemn the jailbreak and urge the population to remain calm,' he tweeted":
        # in a quotation, "I", "we" or "our forces" is the one quoted (or those they speak for);
        # never one the sentence itself names in the third person ("we condemn X").
        sources = [quoted]
    if not sources and tok.pos_ == "NOUN":
        # "X completed its investigation", "mounted its long-threatened invasion": an
        # unresolved possessive pronoun is bound by the subject of the noun's clause.
        own = [c for c in src if c.dep_ == "poss" and c.head == tok and c.pos_ == "PRON" and index.at(c) is None]
        verb = tok.head
        while own and verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        doers = [d for d in subjects(verb)[0] if not within(tok, d)] if own and verb.pos_ in ("VERB", "AUX") else []
        doers = [d for d in doers if d.tag_ != "JJ"]  # "much remains to be done": no one
        if own and not doers and verb.pos_ == "VERB" and verb.dep_ == "acl":
            doers = _fronted_owner(tok, verb, own[0], index)
        if doers and not any(within(d, tok) for d in doers):  # not "his appeal ... evoked little support"
            sources = _keys(expand(doers), index, par)
        elif own and not doers:
            # "The Kremlin said much remains to be done, signaling its reluctance": a clause
            # with no doer of its own under a speech verb; "its"/"his"/"her" is the speaker's,
            # when person and number agree.
            speaker = speech_subject(tok)
            mention = resolve(speaker, index) if speaker is not None else None
            if mention is not None and own[0].lower_ in ("its", "his", "her") \
                    and (mention.type == "PERSON") == (own[0].lower_ != "its"):
                sources = _keys([speaker], index, par)
    agentless = tok.pos_ == "VERB" and _passive(tok) and not any(c.dep_ == "agent" for c in tok.children)
    if not sources and agentless and pred.lemma in cues()["state_operations"]:
        # "Police said 14 people were arrested", "officials said troops were deployed": the
        # state's own arm reporting an arrest, seizure or deployment with no one else named
        # as doing it reports its own act. (Not a killing: "officials said three were killed".)
        speaker = _reporter(tok)
        if speaker is not None and _state_agent(speaker, index):
            sources = _keys([speaker], index, par)
    if not sources and agentless and pred.type == "MOBILIZE":
        # "Several hundred police officers were deployed at the rally": with no one named as
        # sending them, the state's force deployed is the side that mobilizes (as "police
        # deployed" would say).
        sources = _keys([t for t in tgt if t.dep_ == "nsubjpass" and _operating_arm(t)], index, par)
    if not sources and agentless and pred.type in ("ASSAULT", "COERCE"):
        sources = _keys(_named_violence(tok), index, par)
    undergoers = _keys(expand(tgt), index, par) if not sources and agentless else []
    if not sources and agentless and pred.type in ("ASSAULT", "COERCE"):
        sources = [k for k in _keys(_concurrent_doers(tok), index, par) if k not in undergoers]
    if not sources and agentless and pred.type == "ASSAULT":
        sources = [k for k in _keys(_other_side(tok), index, par) if k not in undergoers]
    if not sources and agentless and pred.lemma in cues()["removal_verbs"]:
        sources = _removing_body(tok, index)
    # "mobilized army reservists for a war against Iraq", "deployed troops to the border": what
    # is mobilized is the means, not the one it is aimed at (though it fills the slot).
    means = [o for o in tgt if o.dep_ == "dobj" and o.head == tok] if pred.type == "MOBILIZE" else []
    targets = [k for k in _keys(expand([t for t in tgt if t not in means]), index, par, channels=False)
               if k not in sources]
    if means and not targets:  # "strengthened its forces in Lebanon", "deployed troops in Mali": where they go
        sent_to = [m for o in [*means, tok] for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "into", "to")
                   for g in _objects(p) if (m := resolve(g, index)) is not None and m.type in PLACE_TYPES]
        targets = [m.entity for m in sent_to if m.entity not in sources][:1]
    if not targets:
        more = complement_targets(tok, pred.type)
        targets = [k for k in _keys(expand(more), index, par, channels=False) if k not in sources]
        tgt = tgt + more
    sources, targets = _fallback(tok, index, sources, targets, _filled(src + silent), _filled(tgt))
    return sources, targets


GROUP_PRONOUNS = ("we", "our", "they", "their")
BODY_KINDS = ("ORG", "MILITARY")


def _speakers_body(speaker: Token, person, index: MentionIndex):
    """The organisation a person speaks for, named inside the person's own phrase: a name
    qualifying it ("Livestock Ministry official Denise Abanda"), or one their apposition or
    its "of"/"for"/"at"/"with" phrase names ("X, a spokesman for the army"). Only one such
    body: a phrase naming two ("the Foreign Ministry's envoy at the UN") says nothing certain."""
    found, frontier = {}, [speaker]
    for _ in range(4):
        nxt = []
        for word in frontier:
            for child in word.children:
                if child.dep_ in CLAUSAL and child.dep_ != "appos":
                    continue
                if child.dep_ == "prep" and child.lower_ not in ("of", "for", "at", "with"):
                    continue
                nxt.append(child)
                m = index.at(child)
                if m is not None and m.entity != person.entity and m.type in BODY_KINDS and m.kind in NAMED_KINDS:
                    found[m.entity] = m
        frontier = nxt
    return next(iter(found.values())) if len(found) == 1 else None


def _speakers_own(phrase: Token, tok: Token, index: MentionIndex) -> bool:
    """"The police chief said his officers had arrested 200": in a reported clause, "his" or
    "her" owning the doer's phrase is the speaker's, whatever earlier person a resolver
    linked it to. When the speaker is a description no actor stands for, the doer is
    unknown rather than that other person."""
    owner = next((c for c in phrase.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if owner is None or phrase.pos_ != "NOUN" or index.at(phrase) is not None:
        return False
    speaker = speech_subject(tok)
    if speaker is None or speaker.pos_ != "NOUN" or resolve(speaker, index) is not None:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in speaker.children) \
        and speaker.tag_ == "NN"


def _previous_subject(tok: Token, index: MentionIndex, reach: int = 3) -> list[Token]:
    """The plural subject of the main clause of the sentence just before, in the same
    paragraph ("Kenyan police dispersed the crowd. They arrested 20 people"), when no other
    plural noun there could be meant ("The protesters clashed with police. They fired tear
    gas": either; nothing is safer than a guess). A subject "they" there continues the topic
    ("Gunmen stormed a village. They killed 20 people. They then abducted ..."): the actor it
    stands for, else what it continues in turn (``reach`` sentences back at most)."""
    start = tok.sent.start
    if start == 0:
        return []
    prev = tok.doc[start - 1].sent
    if paragraph(prev.root) != paragraph(tok):
        return []
    subj = [c for c in prev.root.children if c.dep_ == "nsubj"]
    if len(subj) == 1 and subj[0].lower_ == "they" and reach > 1:
        m = index.at(subj[0])
        return subj if m is not None and m.entity is not None else _previous_subject(subj[0], index, reach - 1)
    return _sole_plural(subj, prev) if len(subj) == 1 else []


def _unresolved(tok: Token, index: MentionIndex) -> bool:
    """Whether no actor stands for the word (a pronoun the actors stage left unlinked)."""
    m = index.at(tok)
    return m is None or m.entity is None


def _continued_subject(pronoun: Token, index: MentionIndex) -> list[Token]:
    """The subject of the main clause of the sentence just before, in the same paragraph,
    that a singular subject pronoun continues, when person and number agree: "he"/"she" a
    person, named or by office ("the ministry spokesman"); "it" a body or a country."""
    start = pronoun.sent.start
    if start == 0:
        return []
    prev = pronoun.doc[start - 1].sent
    subj = [c for c in prev.root.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or paragraph(prev.root) != paragraph(pronoun) or subj[0].pos_ not in ("NOUN", "PROPN") \
            or subj[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj[0].children):
        return []
    m = resolve(subj[0], index)
    if m is None:
        return []
    person = m.type == "PERSON" or (subj[0].tag_ == "NN" and lemma(subj[0]) in cues()["state_voice_titles"])
    return subj if person == (pronoun.lower_ != "it") else []


def _conjunct_plural(verb: Token) -> list[Token]:
    """The plural subject or "by"-agent of the clause a conjunct is joined to, when no other
    plural noun before the conjunct could be meant ("police fought the protesters, and they
    ...": either)."""
    first = verb.head
    found = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")] \
        + [g for c in first.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return _sole_plural(found, [t for t in first.subtree if t.i < verb.i])


def _sole_plural(candidates: list[Token], scope) -> list[Token]:
    """The one plural noun among ``candidates`` (with its conjuncts), when no other plural
    noun in ``scope`` could be what "they" stands for: nothing is safer than a guess."""
    plural = [c for c in candidates if c.pos_ in ("NOUN", "PROPN")
              and (c.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in c.children))]
    if len(plural) != 1:
        return []
    own = set(expand(plural))
    rivals = [t for t in scope if t.tag_ in ("NNS", "NNPS") and t not in own and t.dep_ not in ("compound", "amod")
              and t.ent_type_ not in TIME_ENTS]
    return [] if rivals else list(own)


def _first_person(src: list[Token], index: MentionIndex) -> bool:
    """Whether the source phrase is the speaker's own: "I", "we", or a noun "my"/"our"
    qualifies ("our forces"), none of them an actor mention already."""
    def unresolved(t: Token) -> bool:
        m = index.at(t)
        return m is None or m.entity is None

    return any(unresolved(t) and (t.lower_ in FIRST_PERSON or t.pos_ == "NOUN") and first_person(t, unresolved)
               for t in src)


def _named_violence(tok: Token) -> list[Token]:
    """Who the main clause blames for the violence an agentless passive clause beside it
    reports ("condemned the brutality of the military, as eight protesters were killed";
    "denounced the army's crackdown while dozens were arrested"): the violence's owner.
    Only for a clause set at the same time ("as", "while", "when"), never a report
    ("officials said three protesters were killed" names no killer)."""
    c = cues()
    if tok.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in c["simultaneous_marks"] for m in tok.children):
        return []
    nouns = [o for o in tok.head.children if o.dep_ == "dobj" and lemma(o) in c["violence_acts"]]
    owners = [x for n in nouns for x in n.children if x.dep_ == "poss"]
    # "the brutality of the military" (its owner), not "the killing of protesters" (its victims)
    owners += [g for n in nouns if lemma(n) in c["violence_qualities"] for x in n.children
               if x.dep_ == "prep" and x.lower_ == "of" for g in x.children if g.dep_ == "pobj"]
    return owners[:1]


def _concurrent_doers(tok: Token) -> list[Token]:
    """Who did an agentless violent or coercive passive, where a clause set at the same
    time says someone used force then ("dozens were injured when police fired tear gas",
    "were arrested as soldiers stormed the camp"): the subject of that clause. The clause
    may hang on any verb of the coordination ("were arrested and dozens were injured
    when ..."). Not a clause whose own act is not force ("were killed when the bus crashed")."""
    c = cues()
    top = tok
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    verbs = [top, *(x for x in top.subtree if x.dep_ == "conj" and x.head.pos_ in ("VERB", "AUX") and x.pos_ == "VERB")]
    for verb in verbs:
        for clause in (x for x in verb.children if x.dep_ == "advcl" and x.pos_ == "VERB"):
            timed = any(m.dep_ in ("mark", "advmod") and m.lower_ in c["simultaneous_marks"] for m in clause.children)
            act = predicate(clause)
            if not timed or act is None or act.type not in ("ASSAULT", "COERCE") or _passive(clause):
                continue
            doers = [x for x in clause.children if x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN")]
            if doers:
                return doers
    return []


def _other_side(tok: Token) -> list[Token]:
    """"was killed in a gun battle with police", "were wounded during clashes with security
    forces": one side of a fight named as undergoing the passive, the side it fought ("with",
    "against") did it. Not "clashes between X and Y", where either may have."""
    fights = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
              for g in c.children if g.dep_ in ("pobj", "pcomp") and g.pos_ in ("NOUN", "VERB")]
    out = []
    for fight in fights:
        act = predicate(fight)
        if act is None or act.type != "ASSAULT":
            continue
        out += [g for c in fight.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                for g in c.children if g.dep_ == "pobj"]
    return out


BODY_TYPES = ("ORG", "GPE", "MILITARY")


def _removing_body(tok: Token, index: MentionIndex) -> list[str]:
    """"X was expelled from the ruling party", "was deported from France": with no agent, the
    body one is removed from does the removing, when it is an organisation or a state (not
    "ousted from power", "barred from the vote", "expelled from X's home")."""
    out = []
    for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
              for g in c.children if g.dep_ == "pobj"):
        m = resolve(g, index)
        if m is not None and m.type in BODY_TYPES and m.entity not in out:
            out.append(m.entity)
    return out


def _act_subjects(src: list[Token], index: MentionIndex) -> tuple[list[Token], list[Token]]:
    """A subject that names an act rather than an actor ("An offensive launched by Puntland
    forces ... has met with success, pushing IS out", "Zamora's detention is arbitrary and
    called for ...", "for a rally in Lagos to protest" misparsed): the act's own doers act,
    if it names them; else no one does (the second list: phrases that fill the slot but
    name no actor, so that no other actor of the clause is taken for the doer)."""
    out, silent = [], []
    for tok in src:
        issuer = _issuer(tok) if index.at(tok) is None and resolve(tok, index) is None else []
        if issuer:
            out += issuer
            continue
        act = lexicon.lookup(lemma(tok), "N", dependents(tok)) \
            if tok.pos_ == "NOUN" and tok.dep_ in SUBJECT and index.at(tok) is None else None
        if act is None:
            out.append(tok)
            continue
        doers, undergoers = noun_arguments(tok, act.type)
        # "US Predator attacks": a name before the noun, not what it acts on, says whose.
        qualified = not undergoers and any(w.dep_ in ("compound", "amod", "nmod") for w in tok.lefts)
        (out if doers or qualified else silent).extend(doers or [tok])
    return out, silent


def _issuer(tok: Token) -> list[Token]:
    """Who issued a report or document that is itself the subject ("A 2020 report by the
    State Department said ...", "a statement from the ministry accused ..."): the object of
    its "by"/"from", wherever inside its phrase the parser hung it (never through a clause)."""
    c = cues()
    if tok.pos_ != "NOUN" or lemma(tok) not in c["reporting_nouns"] | c["document_nouns"]:
        return []
    frontier = [tok]
    for _ in range(3):
        frontier = [w for x in frontier for w in x.children if w.dep_ not in CLAUSAL]
        found = [g for w in frontier if w.dep_ == "prep" and w.lower_ in c["source_preps"]
                 for g in w.children if g.dep_ == "pobj"]
        if found:
            return found
    return []


def _earlier_document_author(tok: Token, reach: int = 3) -> list[Token]:
    """Who wrote a definite document or report that is itself the subject and names no author
    in its own phrase: the author of the same document mentioned in the sentences just before
    ("U.S. Secretary of State Antony Blinken issued a statement Tuesday ... The statement
    threatened sanctions"; "the ministry said in a statement ... The statement added").
    "A statement threatened ..." introduces one; only "the/this/that" refers back."""
    c = cues()
    kinds = c["document_nouns"] | c["reporting_nouns"]
    if tok.pos_ != "NOUN" or tok.dep_ not in SUBJECT or lemma(tok) not in kinds \
            or not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in tok.children) \
            or any(ch.dep_ == "poss" for ch in tok.children):
        return []
    doc, start = tok.doc, tok.sent.start
    for _ in range(reach):
        if start == 0:
            break
        sent = doc[start - 1].sent
        for noun in reversed(list(sent)):
            if noun.pos_ != "NOUN" or lemma(noun) != lemma(tok):
                continue
            found = author(noun) or _issuer(noun)
            carrier = noun.head
            if not found and noun.dep_ == "pobj" and carrier.lower_ in ("in", "through", "via") \
                    and lemma(carrier.head) in c["speech"]:
                found = [x for x in carrier.head.children if x.dep_ == "nsubj"]  # "X said in a statement"
            if found:
                return found
            return []  # the nearest one names no author: nor does this
        start = sent.start
    return []


def within(tok: Token, head: Token) -> bool:
    """Whether ``tok`` lies inside ``head``'s phrase."""
    return head.left_edge.i <= tok.i <= head.right_edge.i


def _filled(tokens: list[Token]) -> bool:
    """Whether the parse found a real phrase for a slot (not a dummy "it"/"there")."""
    return any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and t.lower_ not in ("it", "there") for t in tokens)


def _fronted_subject(tok: Token, src: list[Token]) -> Token | None:
    """The main clause's subject, for a pronoun inside an adjunct fronted before it ("After
    weeks of denying it held them, Thailand turned them over", "Before he left, Ruto met
    X"): English names the referent after the fronted clause that anticipates it."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not all(t.i < subj.left_edge.i for t in src):
        return None
    cur = tok
    while cur.head != root and cur.head != cur:
        cur = cur.head
    fronted = cur.dep_ in ("advcl", "prep") and cur.i < subj.left_edge.i
    return subj if fronted else None


def _climb(tok: Token):
    """The clauses above a trigger within its paragraph, innermost first, as (how the one
    below hangs on it, the head, the one below), through ``joined_to``: "announced it
    would not allow ... and suspended relations" does not climb to "announced"."""
    cur = tok
    while cur.head != cur and paragraph(cur.head) == paragraph(tok):
        dep, head = joined_to(cur)
        if head is None:
            return
        yield dep, head, cur
        cur = head


def speech_subject(tok: Token) -> Token | None:
    """Who says so: the subject of the speech verb the trigger is reported under."""
    speech = cues()["speech"]
    for dep, head, below in _climb(tok):
        if lemma(head) in speech and dep in ("ccomp", "xcomp", "advcl"):
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
        verb = head.head.head
        if dep == "acl" and head.dep_ == "pobj" and lemma(head) in cues()["document_nouns"] and lemma(verb) in speech \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children):
            # "said in a statement that it would expel the envoy": the parser hangs the
            # content clause on the document; it is what the speaker said.
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if dep == "acl" and _answered_claim(head, below):
            # "Rwanda denies accusations that it backs the rebels": a pronoun in the content
            # of a claim the subject answers is the one answering it.
            return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def _answered_claim(noun: Token, content: Token) -> bool:
    """A claim noun ("accusations", "reports", "allegations") that a speech verb takes as its
    object ("denied reports that ...", "rejected accusations that ..."), with a "that"-clause
    of content and no owner or author of its own ("Russia's claims that it ..." are
    Russia's, about itself)."""
    verb = noun.head
    return noun.dep_ == "dobj" and lemma(noun) in lexicon.evaluation()["claim_nouns"] \
        and (lemma(verb) in cues()["speech"] or lemma(verb) in cues()["speech_acts"]) and verb.pos_ == "VERB" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children) \
        and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)


def _adjunct_speaker(tok: Token) -> Token | None:
    """"Russia rejected the plan, saying it would not accept a truce": the speaker of a
    participle adjunct with no subject of its own is the subject of the clause it hangs on
    (English controls a free adjunct's subject from its main clause)."""
    speech = cues()["speech"]
    for dep, head, _ in _climb(tok):
        if lemma(head) in speech and dep in ("ccomp", "xcomp"):
            if head.dep_ != "advcl" or head.tag_ != "VBG" or any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark") for c in head.children):
                return None
            return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def _reporter(tok: Token) -> Token | None:
    """Who reports the trigger's clause: the speech verb's subject, or the object of an
    "according to" on the clause ("14 were arrested, according to police")."""
    speaker = speech_subject(tok)
    if speaker is not None:
        return speaker
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return next((g for c in tok.children if c.dep_ == "prep" and lemma(c) == "accord"
                 for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"), None)


def _keys(tokens: list[Token], index: MentionIndex, par: int, channels: bool = True) -> list[str]:
    """Entity keys of the mentions the tokens denote, within the trigger's paragraph;
    ``channels=False`` leaves out media reached through a preposition ("appealed ... on Twitter")."""
    out = []
    for tok in tokens:
        if paragraph(tok) != par:
            continue
        m = resolve(tok, index, nearest=True)
        if m is None and tok.dep_ in ("amod", "compound", "nmod") and tok.ent_type_ in ("NORP", "GPE") \
                and tok.head.pos_ == "NOUN" and predicate(tok.head) is not None:
            m = index.nation(tok)  # "accepted $2 billion in Chinese funding": China's
        if m is None or m.entity in out or (not channels and m.type == "MEDIA" and tok.dep_ == "pobj"):
            continue
        out.append(m.entity)
        out += [o.entity for o in index.alongside(m) if o.entity not in out]
    return out


def has_arguments(pred: Predicate) -> bool:
    """Whether the trigger has any noun-phrase participant at all, resolved or not."""
    src, tgt = argument_tokens(pred.token, pred.type)
    if _judged(pred.token) or _cause(pred.token) or _provoked(pred.token) or _told_act(pred.token):
        # "Macron condemned the bombing", "held over accusations", "sparked protests": an act reacted to or
        # set off; "Amnesty documented killings": an act told of
        return True
    if pred.token.pos_ == "NOUN" and _own_date(pred.token):
        return True  # "the September deal": a particular act, checkable by its date
    if not (src or tgt) and pred.token.pos_ == "NOUN":
        act = _coordinated_act(pred.token)
        if act is not None:  # "intimidation, arrests and bans on his concerts": the list's participants
            src, tgt = argument_tokens(act, pred.type)
            src += [g for c in act.children if c.dep_ in ("prep", "poss") for g in ([c] if c.dep_ == "poss" else c.children)
                    if g.dep_ == "pobj" or c.dep_ == "poss"]
    return any(t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "PRON" and t.lower_ not in ("it", "this", "that", "which"))
               or _partitive_number(t) for t in src + tgt)


def _partitive_number(tok: Token) -> bool:
    """"Sixty of those who escaped", "150 of his concerts": a number of some set."""
    return tok.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                                     for c in tok.children)


def location(pred: Predicate, index: MentionIndex) -> str | None:
    """A place attached by "in/at/near" to the trigger or to the verb that carries it."""
    carriers = [pred.token]
    if pred.token.pos_ == "NOUN" and pred.token.head.pos_ == "VERB":
        carriers.append(pred.token.head)
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ == "prep" and child.lower_ in cues()["location_preps"]:
                for obj in child.children:
                    m = index.at(obj) if obj.dep_ == "pobj" else None
                    if m is not None and m.type in PLACE_TYPES:
                        return m.entity
    return None


def clause_span(tok: Token, sent: Span) -> tuple[int, int]:
    """Character span of the clause holding the trigger: the clause head's subtree
    without the other clauses hanging from it, so dates and sizes stay local."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    skip = set()
    for sub in head.subtree:
        if sub == head or sub.i in skip:
            continue
        if sub.dep_ in ("ccomp", "advcl", "parataxis", "relcl") or (sub.dep_ == "conj" and sub.pos_ in ("VERB", "AUX")):
            if not within(tok, sub):
                skip.update(t.i for t in sub.subtree)
    inside = {t.i for t in head.subtree if t.i not in skip and paragraph(t) == paragraph(tok)}
    # The contiguous stretch around the trigger, so a skipped clause in the middle
    # ("by Guaidó, who proclaimed himself president on 24 January,") cuts it short.
    lo = hi = tok.i
    while lo - 1 in inside:
        lo -= 1
    while hi + 1 in inside:
        hi += 1
    doc = tok.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        hi -= 1
    start = max(doc[lo].idx, sent.start_char)
    end = min(doc[hi].idx + len(doc[hi].text), sent.end_char)
    return start, end


def _number(tok: Token) -> int | None:
    words = cues()["number_words"]
    text = tok.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return words.get(text)


def _count(noun: Token) -> int | None:
    """The number modifying a noun ("27 soldiers", "at least 19 people")."""
    for child in noun.children:
        if child.dep_ == "nummod":
            return _number(child)
    return _number(noun) if noun.like_num else None


def size(tok: Token, others: set[int]) -> dict[str, int] | None:
    """Counts of dead, injured and arrested (and protesters) stated in the trigger's
    clause, not crossing into another event's trigger (``others``: token indices)."""
    table = cues()["size"]
    root = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB" else tok
    found: dict[str, int] = {}
    stack = [root]
    while stack:
        word = stack.pop()
        stack += [c for c in word.children if c.i not in others or c == tok]
        lem = lemma(word)
        for key, lemmas in table.items():
            if lem in lemmas and key not in found:
                counts = [n for n in map(_count, _counted(word)) if n is not None]
                if counts:
                    found[key] = counts[0]
    return found or None


def _counted(word: Token) -> list[Token]:
    """Nouns whose number says how many a size word applies to."""
    out = []
    for child in word.children:
        if child.dep_ in ("dobj", "nsubjpass", "nsubj", "attr"):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            out += [g for g in child.children if g.dep_ == "pobj"]
    if word.pos_ == "NOUN":
        out.append(word)  # "19 deaths", "27 arrests"
    if word.pos_ == "ADJ" and word.head.pos_ == "NOUN":
        out.append(word.head)  # "19 dead people"
    return out
