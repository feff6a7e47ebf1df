"""The coup layer: Cline Center categories on top of PLOVER, and links to its dataset.

A coup is an organised effort to remove the incumbent executive suddenly and
irregularly. Words like "coup" and "putsch" always name one; "overthrow" or "oust"
do when their object is a government or its head; "revolt", "uprising" or "mutiny"
do when soldiers carry them out or a government or a named ruler is their target
(otherwise they are riots); "seized power" (or control of the state, or the
presidential palace) does, and so does soldiers detaining a sitting head of state or
government. A word in a heading or verbless line names a topic, not an event.

Outcome. The words nearest the trigger decide ("failed", "abortive", "attempt to
overthrow" -> attempted; "plot", "meetings to discuss", "accused of plotting" ->
conspiracy; otherwise a coup told as having happened is realized).

The text and the reference. Where a mention matches a Cline record (country and
date), the record is kept in ``coup["reference"]`` with the dataset's own outcome
and kind flags (``reference.outcome``, ``reference.kinds``). ``coup["outcome"]`` is
the *text's* reading wherever the text states one: "the abortive 2002 coup" stays
attempted although Cline codes 2002-04-12 realized (Chávez was out two days), and
the disagreement shows as ``reference.outcome`` differing. The record is the
reference, the article is the evidence; a reader can see both and judge. Where the
text says nothing of the outcome, the record's outcome is taken.

Kind. From the words qualifying the coup ("military coup", "self-coup", "US-backed"),
from who the text says carried it out ("led by General X", "soldiers staged", an
opposition politician with soldiers -> dissident, followers of a cleric -> dissident,
rebels -> rebel, the vice-president -> palace), from who backed it (a foreign state or
agency -> foreign-backed), and from what was done (an incumbent dissolving parliament
or suspending the constitution -> auto-coup; "forced to resign" -> forced-resignation).
Where a record is linked, its flags decide: the kind the text states if the record
flags it, else the record's first flag in ``cline_priority`` (military before the
others that co-occur with it), unless the text names a distinctive kind in so many
words ("CIA-backed", "palace coup", "self-coup").

One coup, one reading: all mentions of one coup in an article (``settle``) share its
outcome (the most stated; a conspiracy mention keeps its own) and its kind. Which coup a
mention is about: its record, else its year and country; an undated one is the coup its
sentence or paragraph dates in the same country, else the article's current coup in the
country its own words name ("the coup in Gabon came weeks after soldiers in Niger
ousted Bazoum" tells two), linked to the latest record of the publication year or the
one before (never an older coup, nor a plot for a coup that was carried out).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from .. import reference
from ..reference import Coup
from .lexicon import DATA, cues, lemma, read

KIND_COLUMNS = {
    "military": "military", "dissident": "dissident", "rebel": "rebel", "palace": "palace",
    "foreign-backed": "foreign", "auto-coup": "auto", "forced-resignation": "resign",
    "popular-revolt": "popular", "counter-coup": "counter", "other": "other",
}
KIND_ORDER = ("auto-coup", "counter-coup", "palace", "military", "rebel", "popular-revolt", "foreign-backed",
              "dissident")
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})


@dataclass(slots=True)
class Reading:
    """What the coup layer knows of one coup mention beyond its exported ``coup`` record,
    kept beside the event until ``settle`` has reconciled the mentions of each coup."""

    evidenced: bool = False  # the mention's own words state the outcome
    group: object = None  # which coup it mentions: a Cline id, a year, or ("current", its country)
    text_outcome: str | None = None  # the text's outcome, before a linked record's replaced it
    rank: int = 0  # which of the likely countries the link was found through (0: the likeliest)
    guessed: bool = False  # linked through the years before publication, the text giving no date
    country: str | None = None  # the country it was placed in (the linked record's, else the likeliest)
    dated: bool = False  # the text gives the coup a year of its own
    where: tuple[int, int] = (0, 0)  # (paragraph, sentence start): what an undated mention may refer back to


# Heads that make a compounded "coup" an event ("coup attempt") and what they say of it.
COUP_HEADS = {"attempt": "attempted", "bid": "attempted", "effort": "attempted", "fiasco": "attempted",
              "plot": "conspiracy", "conspiracy": "conspiracy", "plan": "conspiracy"}


@lru_cache(maxsize=1)
def records() -> dict[str, list[Coup]]:
    """Reference coups by country name, their kinds in the contract's words."""
    kind_of = {column: kind for kind, column in KIND_COLUMNS.items()}
    out: dict[str, list[Coup]] = {}
    for coup in reference.coups():
        out.setdefault(coup.country, []).append(replace(coup, kinds=tuple(kind_of[k] for k in coup.kinds)))
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-cased name, alias or demonym -> Cline country name; and ISO3 -> name."""
    out: dict[str, str] = {}
    with open(DATA / "cline_countries.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            out.setdefault(row["iso3"], row["country"])
            for name in [row["country"], *filter(None, row["aliases"].split("|"))]:
                out.setdefault(name.lower(), row["country"])
    return out


def classify(tok: Token, word: str) -> str | None:
    """'coup' when the trigger names a coup, 'riot' when a revolt word names unrest
    with no government or soldiers in sight, 'drop' for a removal verb aimed at
    something other than an executive, None when the trigger is not coup vocabulary."""
    c = cues()["coup"]
    k = kind_cues()
    if (word in k["detaining"] or word in c["removal"]) and tok.pos_ == "VERB" and any(
            s.dep_ == "nsubj" and lemma(s) in c["always"] and not generic(s) for s in tok.children):
        return "drop"  # "the failed coup briefly removed Chávez": what the coup did, told by the coup word
    if word in k["seizing"] and _seizes_power(tok):
        return "coup"  # "soldiers seized power", "the general grabbed control of the state"
    if word in k["assuming"] and _seizes_power(tok):
        if _words(_agents(tok)) & (k["agents"]["military"] | k["agents"]["rebel"]):
            return "coup"  # "the army took power"
        if any(lemma(o) == "power" for o in tok.children if o.dep_ in ("dobj", "nsubjpass")):
            return "drop"  # "the new president took power after the vote": taking office coerces no one
    if word in k["detaining"] and _detains_ruler(tok):
        return "coup"  # "mutinous soldiers detained President Kaboré"
    if word in c["always"] or word in c["plot"]:
        return "coup"
    if word in c["takeover"] and tok.pos_ == "NOUN" and _words(
            [t for x in tok.children if x.dep_ in ("amod", "compound", "poss") for t in x.subtree]
            + _agents(tok)) & c["military"]:
        return "coup"  # "the military takeover in Niger", "the army's takeover"; not "the rebels' takeover of Kabul"
    if word in k["leaving"] and _driven_out(tok):
        return "coup"  # "President Compaoré was forced to resign", "fled after protesters stormed his residence"
    context = {lemma(t) for t in tok.subtree} | {lemma(t) for t in tok.head.children}
    if word in c["removal"]:
        objects = [t for t in tok.subtree if t.dep_ in ("dobj", "pobj", "nsubjpass")]
        if any(lemma(t) in c["executive"] or t.ent_type_ == "PERSON" for t in objects):
            return "coup"
        return "drop"
    if word in c["revolt"]:
        if context & (c["military"] | c["executive"]):
            return "coup"
        # "launched an uprising against Maduro", "flanked by soldiers, launched a revolt":
        # aimed at a named ruler, or carried out with soldiers.
        against = [g for x in tok.children if x.dep_ == "prep" and x.lower_ == "against" for g in x.children]
        if any(g.ent_type_ == "PERSON" for g in against) or _words(_agents(tok)) & c["military"]:
            return "coup"
        if _revolt_drove_out(tok):
            return "coup"  # "forced to resign after a popular uprising"
        antecedent = _antecedent(tok)
        if antecedent is not None and classify(antecedent, lemma(antecedent)) == "coup":
            return "coup"  # "called for an uprising against Maduro, but the revolt fizzled out"
        return "riot"
    return None


def _seizes_power(tok: Token) -> bool:
    """ "seized power", "took control of the government": power or control (of the state,
    its government or its head) is what is taken."""
    c = cues()["coup"]
    for obj in (t for t in tok.children if t.dep_ in ("dobj", "nsubjpass")):
        if lemma(obj) == "power" and not any(ch.dep_ in ("amod", "compound") and lemma(ch) not in ("absolute", "full", "total")
                                              for ch in obj.children):
            return True
        if lemma(obj) == "palace" and any(lemma(ch) in ("presidential", "royal", "president", "government")
                                          for ch in obj.children):
            return True  # "attempted to seize the presidential palace"
        if lemma(obj) == "control":
            owned = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            if any(lemma(g) in c["executive"] | {"state", "country"} for g in owned):
                return True
    return False


def _detains_ruler(tok: Token) -> bool:
    """Soldiers detaining the head of state or government ("mutinous soldiers detained
    President Kaboré", "the presidential guard held the president"): a coup, whatever
    word the sentence uses for it. Only a ruler named by an office held now counts."""
    k = kind_cues()
    targets = [t for t in tok.children if t.dep_ in ("dobj", "nsubjpass")]
    titled = any(lemma(t) in k["rulers"] or any(ch.dep_ in ("compound", "appos") and lemma(ch) in k["rulers"]
                                                 for ch in t.subtree) for t in targets)
    if not titled or any(t.lower_ in k["former"] for tt in targets for t in tt.subtree):
        return False
    return bool(_words(_agents(tok)) & k["agents"]["military"])


def _driven_out(tok: Token) -> str | None:
    """A sitting head of state leaving office under force or before a popular revolt
    ("President Compaoré was forced to resign", "the president fled and resigned after
    protesters stormed his residence"): 'forced' or 'popular', the kinds Cline counts as
    coups (a forced resignation, a popular revolt); None for a ruler leaving of their own
    accord, or a head of government resigning after protests (a cabinet crisis)."""
    k = kind_cues()
    if lemma(tok) not in k["leaving"] or tok.pos_ != "VERB":
        return None
    heads, forced = [tok], False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ == "conj":  # "fled the country and resigned"
        heads.append(tok.head)
        subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ == "xcomp" and lemma(tok.head) in k["forcing"]:
        forced = True  # "was forced to resign", "forced the president to step down"
        heads.append(tok.head)
        subjects = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "dobj")]
    if not any(_head_of_state(s) for s in subjects):
        return None
    adjuncts = [t for h in heads for c in h.children if c.dep_ in ("prep", "advcl", "npadvmod") for t in c.subtree]
    if forced:  # "mass protests forced the president to resign"
        adjuncts += [t for c in tok.head.children if c.dep_ == "nsubj" for t in c.subtree]
    if _words(adjuncts) & k["popular_pressure"]:
        return "popular"
    return "forced" if forced else None


def _head_of_state(phrase: Token) -> bool:
    """The phrase names a sitting head of state ("Burkina Faso's President Blaise
    Compaoré", "the king"), not a former one."""
    words, k = list(phrase.subtree), kind_cues()
    return any(lemma(t) in k["heads_of_state"] for t in words) and not any(t.lower_ in k["former"] for t in words)


def _revolt_drove_out(tok: Token) -> bool:
    """A revolt that made the head of state leave: the revolt word in the adjuncts of the
    leaving ("resigned after a popular uprising"), or its subject ("an uprising forced
    the president to resign")."""
    cur = tok
    for _ in range(3):
        if cur.head == cur:
            return False
        cur = cur.head
        if lemma(cur) in kind_cues()["leaving"] and _driven_out(cur) == "popular":
            return True
    if tok.dep_ == "nsubj" and lemma(tok.head) in kind_cues()["forcing"]:
        return any(c.dep_ == "xcomp" and lemma(c) in kind_cues()["leaving"] and any(
            _head_of_state(o) for o in tok.head.children if o.dep_ == "dobj") for c in tok.head.children)
    return False


def _antecedent(tok: Token) -> Token | None:
    """The earlier revolt a definite "the revolt" or "the uprising" takes up, in the same
    paragraph ("called for an uprising against Maduro, but the revolt fizzled out")."""
    from .extract import paragraph
    c = cues()["coup"]
    if not any(ch.dep_ == "det" and ch.lower_ in ("the", "this", "that") for ch in tok.children):
        return None
    par = paragraph(tok)
    for t in reversed(tok.doc[:tok.i]):
        if paragraph(t) != par:
            return None
        if lemma(t) in c["revolt"] | c["always"] and t.pos_ == "NOUN":
            return t
    return None


def generic(tok: Token) -> bool:
    """A bare plural ("precedents for abortive coups") speaks of coups in general."""
    return tok.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "compound", "nmod") or c.ent_type_ for c in tok.children)


def outcome(tok: Token, modality: str) -> tuple[str | None, Token | None, bool]:
    """(outcome, the word that shows a conspiracy, whether words in the text said so).
    A conspiracy's modality is that of the plotting, which did happen."""
    c = cues()["coup"]
    words = [tok, *tok.children]
    cur = tok
    for _ in range(4):  # "meetings ... on the possibility of a coup", "tried to overthrow"
        if cur.head == cur or cur.dep_ in ("nsubj", "nsubjpass", "advcl", "relcl", "ccomp"):
            break
        if cur.dep_ == "conj" and (any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
                                   or cur.head.dep_ not in ("xcomp", "pcomp", "acl")):
            break  # "plotted to kill the president and seize power" shares the plot; a clause of its own does not
        cur = cur.head
        words += [cur, *[t for t in cur.children if t.dep_ in ("amod", "neg", "advmod", "acomp")]]
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "the coup failed", "the revolt was crushed"
        words += [tok.head, *[t for t in tok.head.children if t.dep_ in ("acomp", "advmod", "xcomp")]]
    lemmas = [(w, lemma(w)) for w in words]
    # The nearest word decides: "plotters involved in the attempt to overthrow" tells an
    # attempt; "foiled a plot to overthrow" a conspiracy.
    plotting = next((i for i, (w, lem) in enumerate(lemmas)
                     if lem in c["conspiracy"] or COUP_HEADS.get(lem) == "conspiracy"), None)
    trying = next((i for i, (w, lem) in enumerate(lemmas) if i and (
        lem in c["attempted"] or w.lower_ in c["attempted"] or COUP_HEADS.get(lem) == "attempted")), None)
    if plotting is not None and (trying is None or plotting < trying):
        return "conspiracy", lemmas[plotting][0], True
    if modality == "planned" and trying is not None and _governs(lemmas[trying][0], tok):
        # "tried to overthrow", "the attempt to oust": the attempt is what happened, and its
        # own modality rules ("will try to overthrow" plans it).
        return "attempted", lemmas[trying][0], True
    if modality == "negated" and tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in c["attempted"]:
        # "thwarted an attempted coup", "the coup was foiled": the attempt took place, and
        # the foiling is what the sentence asserts or reports.
        return "attempted", tok.head, True
    if modality in ("negated", "hypothetical", "planned"):
        return None, None, False
    if any(lem in c["attempted"] or w.lower_ in c["attempted"] for w, lem in lemmas):
        return "attempted", None, True
    if any(lem in c["realized"] for _, lem in lemmas[1:]) or (tok.pos_ == "VERB" and lemma(tok) in c["realized"]):
        return "realized", None, True  # "the army ousted the president": the verb tells it was done
    if lemma(tok) in c["revolt"] and _revolt_drove_out(tok):
        return "realized", None, True  # "resigned after a popular uprising"
    if lemma(tok) in c["revolt"]:
        return "attempted", None, False  # a revolt told without its result removed no one
    return "realized", None, False


def _governs(word: Token, tok: Token) -> bool:
    """Whether ``word`` takes the coup as its own complement: "tried to overthrow",
    "an attempt to oust", "an attempt at a coup" (not "an attempt to repeat the
    script of the 2002 coup")."""
    cur = tok
    for _ in range(2):
        if cur.dep_ not in ("xcomp", "acl", "pobj", "prep") or cur.head == cur:
            return False
        cur = cur.head
        if cur == word:
            return True
    return False


def settle(events: list, readings: dict[int, Reading]) -> None:
    """Give every mention of one coup the same reading, and the text's reading over the
    reference's.

    - A linked mention whose own words state its outcome keeps the text's outcome
      ("the abortive 2002 coup" stays attempted); Cline's stays in
      ``coup["reference"]["outcome"]``, so the disagreement shows. A mention whose words
      say nothing takes Cline's.
    - Mentions of one coup share its outcome: where a mention's own words say nothing
      ("the coup started at dawn"), it takes the outcome the other mentions state ("the
      botched coup"); where they disagree, the most stated wins (ties: attempted, then
      conspiracy, then realized: the weaker claim). A mention whose own words state an
      outcome keeps it: a conspiracy mention tells the plotting, and "the government,
      which seized power in a coup, said it had foiled another coup attempt" tells two
      coups, not one that both succeeded and failed.
    - Mentions of one coup share its kind: a linked record's flags decide among the
      kinds the mentions state (``cline_kind``); unlinked, the most stated kind other
      than "other"."""
    def reading(event) -> Reading:
        return readings.get(id(event)) or Reading()

    for event in events:
        ref = (event.coup or {}).get("reference")
        if not ref:
            continue
        r = reading(event)
        if r.evidenced and r.text_outcome == "realized" and ref["outcome"] != "realized":
            # The text says power was taken ("Seleka rebels seized power in 2013") and the
            # record tells a failed attempt or a plot: another event (the Central African
            # Republic's coup, which Cline lacks, is not Congo's attempt that December). A
            # text calling failed what Cline counts as done ("the abortive 2002 coup") keeps
            # its link: the record's short-lived success is the same event.
            del event.coup["reference"]
            event.coup["outcome"] = r.text_outcome
        elif r.text_outcome is not None and r.evidenced:
            event.coup["outcome"] = r.text_outcome
        elif r.rank and r.text_outcome is not None and ref["outcome"] != r.text_outcome:
            # Found only through a less likely country, and the text says nothing that
            # bears it out: no link ("Seleka rebels seized power in 2013" in the Central
            # African Republic, which Cline lacks, is not Congo's attempt that December).
            del event.coup["reference"]
            event.coup["outcome"] = r.text_outcome
    by_group: dict[object, list] = {}
    for event in events:
        if event.coup is not None:
            group = reading(event).group
            by_group.setdefault(id(event) if group is None else group, []).append(event)
    rank = {"attempted": 0, "conspiracy": 1, "realized": 2}
    for members in by_group.values():
        stated = [e.coup["outcome"] for e in members if reading(e).evidenced and e.coup["outcome"] != "conspiracy"]
        if stated:
            best = min(set(stated), key=lambda o: (-stated.count(o), rank[o]))
            for event in members:
                if not reading(event).evidenced:
                    event.coup["outcome"] = best
        kinds = [e.coup["kind"] for e in members if e.coup.get("kind") not in (None, "other")]
        flags = next((e.coup["reference"]["kinds"] for e in members
                      if e.coup.get("reference") and e.coup["reference"].get("kinds")), None)
        distinctive = [k for k in kinds if k in kind_cues()["distinctive"]]
        if flags and not any(k in flags for k in kinds) and distinctive:
            shared = distinctive[0]  # "the CIA-backed coup": the text's own word, Cline flags otherwise
        elif flags:
            shared = cline_kind(flags, kinds)
        elif kinds:
            shared = max(set(kinds), key=lambda k: (kinds.count(k), -KIND_ORDER.index(k) if k in KIND_ORDER else -99))
        else:
            continue
        for event in members:
            event.coup["kind"] = shared


@lru_cache(maxsize=1)
def kind_cues() -> dict:
    """``coup_kinds.json``: the words that tell who carried a coup out."""
    return read("coup_kinds.json", ordered=("cline_priority",))


def _words(tokens) -> set[str]:
    """Lemmas and forms of the tokens, and hyphenated compounds whole ("far-right")."""
    tokens = list(tokens)
    out = {lemma(t) for t in tokens} | {t.lower_ for t in tokens}
    for t in tokens:
        if t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-":
            out.add(f"{t.lower_}-{t.doc[t.i + 2].lower_}")
    return out


def _agents(tok: Token) -> list[Token]:
    """The phrases naming who carried the coup out: "by" phrases on the coup word or on
    a participle or relative clause hanging from it ("led by General Pinochet", "which
    was carried out by the high command"), its possessor ("Guaidó's coup"), the subject
    of the verb that takes it as object ("soldiers staged a coup"; not "troops crushed the
    coup") or of the coup verb
    itself ("troops overthrew the president"), and "with" companions of that verb
    ("Guaidó led the uprising with a group of soldiers"); failing those, who called for it
    ("X called for an uprising"), or for "the revolt", who carried out the one named before."""
    out: list[Token] = []
    heads = [tok] + [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    for head in heads:
        for c in head.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                out += list(c.subtree)
            if c.dep_ == "poss":
                out += list(c.subtree)
    carrier = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else tok if tok.pos_ == "VERB" else None
    if carrier is not None and carrier is not tok and lemma(carrier) in kind_cues()["opposing"]:
        carrier = None  # "loyal troops crushed the coup": they are not the ones who staged it
    if carrier is not None:
        for c in carrier.children:
            if c.dep_ in ("nsubj", "agent") or (c.dep_ == "prep" and c.lower_ in ("by", "with", "alongside")):
                out += list(c.subtree)
            if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") and carrier.dep_ == "relcl":
                # "junta leader Colonel Doumbouya, who ousted President Condé": the relative's noun
                out += [t for t in carrier.head.subtree if t.i < c.i]
        if not any(c.dep_ in ("nsubj", "agent") for c in carrier.children):
            out += _controller(carrier)
    elif not out:
        out += _doer_of_frame(tok)
    if not out and tok.dep_ == "pobj" and tok.head.lower_ == "for" and lemma(tok.head.head) in kind_cues()["calling"]:
        # "opposition leader Guaidó called for an uprising against Maduro": the uprising is his
        caller = tok.head.head
        subject = [c for c in caller.children if c.dep_ == "nsubj"]
        out += list(subject[0].subtree) if subject else _controller(caller)
    if not out and (antecedent := _antecedent(tok)) is not None:
        out += _agents(antecedent)  # "... but the revolt fizzled out": the uprising named before
    return out


def _doer_of_frame(tok: Token) -> list[Token]:
    """ "its commander declared himself leader in a coup", "led troops into the square in
    what the government called an attempted coup": the coup names what the clause's
    subject did, reached through "in"."""
    cur, through_in = tok, False
    for _ in range(6):
        dep, head = cur.dep_, cur.head
        if head == cur or dep not in ("pobj", "prep", "pcomp", "oprd", "dobj", "ccomp", "attr"):
            return []
        through_in = through_in or (head.dep_ == "prep" and head.lower_ in ("in", "through", "via"))
        if through_in and head.pos_ in ("VERB", "AUX") and dep != "dobj":
            subject = [c for c in head.children if c.dep_ == "nsubj"]
            if subject:
                return list(subject[0].subtree)
        cur = head
    return []


def _controller(verb: Token) -> list[Token]:
    """Who does a subjectless verb: "officers accused of plotting a coup", "were
    arrested for conspiring to overthrow", "tried to topple": the noun a participle
    qualifies, or the subject of the clause the verb hangs from."""
    cur = verb
    for _ in range(5):
        dep, head = cur.dep_, cur.head
        if head == cur or dep not in ("xcomp", "pcomp", "prep", "acl", "advcl", "conj", "pobj"):
            return []
        if dep == "pobj" and lemma(cur) not in COUP_HEADS:
            return []
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if lemma(head) in COUP_HEADS and head.dep_ == "pobj":
                cur = head  # "shelled the palace in a bid to overthrow": the bid is the clause subject's
                continue
            return [t for t in head.subtree if t.i < cur.i]
        if dep == "prep" and cur.lower_ in ("of", "for") and _accused(head) is not None:
            return _accused(head)  # "accused the opposition of preparing a coup": the accused, not the accuser
        subject = [c for c in head.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and dep == "prep")]
        if subject and subject[0].tag_ in ("WP", "WDT") and head.dep_ == "relcl":
            return [t for t in head.head.subtree if t.i < subject[0].i]  # "officers who had plotted to ..."
        if subject:
            return list(subject[0].subtree)
        cur = head
    return []


def _accused(word: Token) -> list[Token] | None:
    """The accused of an accusation the coup is charged in: the object of "accused X of",
    "charged X with", or the object itself where "of" hangs from it."""
    accusing = kind_cues()["accusing"]
    if word.pos_ == "VERB" and lemma(word) in accusing:
        objects = [c for c in word.children if c.dep_ == "dobj"]
        return list(objects[0].subtree) if objects else None
    if word.dep_ == "dobj" and lemma(word.head) in accusing:
        return [t for t in word.subtree if t.i <= word.i]
    return None


def _backers(tok: Token) -> list[Token]:
    """Who stood behind the coup: the "by" phrase of a backing word on it ("supported by
    then-president Obama", "backed by the CIA") or a backer fused with it ("US-backed")."""
    backing = kind_cues()["backing_verbs"]
    out: list[Token] = []
    # "overthrown by a CIA-backed force of exiles": the backer may qualify the agent.
    agents = [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ in ("amod", "compound")]
    for c in [*tok.children, *agents]:
        if lemma(c) in backing or c.lower_ in backing:
            out += [t for t in c.subtree if t != c]
        elif c.dep_ in ("amod", "compound") and any(lemma(g) in backing for g in c.subtree):
            out += [t for t in c.subtree if lemma(t) not in backing]
    return out


def _foreign(backers: list[Token], tok: Token) -> bool:
    """A backer that is another country, a foreign agency, or called foreign: a place
    among the backers other than the places the coup's own phrase names."""
    if _words(backers) & kind_cues()["foreign_words"]:
        return True
    ids = {t.i for t in backers}
    ents = [e for e in tok.doc.ents if e.label_ in ("GPE", "NORP")]
    places = {country_of(e.text) or e.text.lower() for e in ents if any(t.i in ids for t in e)}
    own = {country_of(e.text) or e.text.lower() for e in ents if not any(t.i in ids for t in e)
           and e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 1}
    return bool(places - own)


def kind(tok: Token, source_types: list[str]) -> str:
    """Cline's category, from the words that qualify the coup ("military coup",
    "self-coup", "US-backed coup"), from who the text says carried it out or stood
    behind it ("revolt by the National Guard", "led by opposition leader Guaidó with a
    group of soldiers", "supported by Washington"), from what the sentence says was done
    ("dissolved Congress" by an incumbent: an auto-coup; "forced to resign"), and from
    the type of its source actors. A civilian who leads soldiers makes a dissident coup;
    soldiers alone a military one."""
    k = kind_cues()
    doc = tok.doc
    qualifiers = [t for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod") for t in c.subtree]
    words = _words(qualifiers)
    if doc.text[max(0, tok.idx - 5):tok.idx].lower() == "self-":
        words.add("self-coup")
    backers = _backers(tok)
    foreign = bool(backers) and _foreign(backers, tok)
    for name in ("auto-coup", "counter-coup", "palace", "popular-revolt", "rebel", "military", "dissident"):
        if words & k["qualifiers"][name]:
            return name
    if _driven_out(tok) == "popular" or (lemma(tok) in cues()["coup"]["revolt"] and _revolt_drove_out(tok)):
        return "popular-revolt"  # "resigned after protesters stormed his residence"
    if foreign:
        return "foreign-backed"  # "overthrown by a CIA-backed force of exiles": the backer named is the telling fact
    sent = [t for t in tok.sent]
    lemmas = {lemma(t) for t in sent}
    armed = k["agents"]["military"] | k["agents"]["rebel"]
    for verb in sent:
        objects = k["auto"].get(lemma(verb))
        if objects and any(lemma(o) in objects for o in verb.subtree if o.dep_ in ("dobj", "nsubjpass")) \
                and not _words(t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree) & armed:
            return "auto-coup"  # the incumbent against the other branches; not "the army dissolved parliament"
    agents = [t for t in _agents(tok) if t not in backers or not foreign]
    said = _words(agents)
    if said & k["agents"]["palace"] and not said & k["agents"]["dissident"]:
        return "palace"
    if said & k["agents"]["rebel"]:
        return "rebel"
    if said & k["agents"]["dissident"]:
        return "dissident"  # "opposition leader Guaidó, with a few dozen soldiers"
    if said & k["agents"]["military"]:
        return "military"
    if "force" in lemmas and lemmas & k["resign"]:
        return "forced-resignation"
    if "MILITARY" in source_types:
        return "military"
    if foreign or words & k["qualifiers"]["foreign-backed"]:
        return "foreign-backed"
    if said & k["agents"]["popular-revolt"]:
        return "popular-revolt"
    if any(t.dep_ == "poss" and t.ent_type_ == "PERSON" for t in agents) or (
            source_types and all(t == "PERSON" for t in source_types)):
        return "dissident"  # "Guaidó's abortive coup": a named civilian, no soldiers said
    return "other"


def cline_kind(kinds: tuple[str, ...] | list[str], stated: list[str]) -> str:
    """The one kind to show for a linked record: the kind the text states, where the
    record flags it; otherwise the record's first kind in ``cline_priority``."""
    flagged = [k for k in stated if k in kinds]
    if flagged:
        return max(set(flagged), key=lambda k: (flagged.count(k), -KIND_ORDER.index(k) if k in KIND_ORDER else -99))
    return next((k for k in kind_cues()["cline_priority"] if k in kinds), "other")


def when(tok: Token, sent: Span) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) written next to a coup mention ("the 1992 coup", "in June 1973")."""
    dates = [e for e in sent.ents if e.label_ == "DATE" and re.search(r"\b(1[89]|20)\d\d\b", e.text)]
    if not dates:
        return None, None, None
    inside = [e for e in dates if e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 1]
    ent = (inside or sorted(dates, key=lambda e: min(abs(e.start - tok.i), abs(e.end - 1 - tok.i))))[0]
    text = ent.text.lower()
    year = int(re.search(r"\b(1[89]|20)\d\d\b", text).group(0))
    month = next((i for name, i in MONTHS.items() if re.search(rf"\b{name}\b", text)), None)
    day = re.search(r"\b([0-3]?\d)(st|nd|rd|th)?\b(?!\d)", re.sub(r"\b(1[89]|20)\d\d\b", "", text))
    return year, month, int(day.group(1)) if (day and month) else None


def country_of(text: str) -> str | None:
    """The Cline country a place name or demonym denotes ("Chile's", "the Honduran")."""
    text = re.sub(r"['’]s$", "", text).strip().lower()
    names = country_names()
    return names.get(text) or names.get(text.removeprefix("the "))


def countries(tok: Token, sent: Span, mention_countries: list[str]) -> list[str]:
    """Cline country names the coup may be in, most likely first: places or demonyms
    inside the coup's own phrase ("the Honduran coup", "against Guatemala's Árbenz"),
    then the countries of its actors, then other places in the sentence, nearest first."""
    ents = [e for e in sent.ents if e.label_ in ("GPE", "NORP")]
    inside = [e for e in ents if e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 1]
    nearby = sorted(ents, key=lambda e: min(abs(e.start - tok.i), abs(e.end - 1 - tok.i)))
    found = [country_of(e.text) for e in inside] + [country_names().get(iso) for iso in mention_countries]
    found += [country_of(e.text) for e in nearby]
    return list(dict.fromkeys(n for n in found if n))


def place(tok: Token) -> str | None:
    """The country a coup's own words put it in ("the coup in Gabon", "the Honduran coup",
    "soldiers in Niger ousted Bazoum"); not who did or backed it ("Washington's coup
    attempts", "launched by X, the US-funded ..."), which may be abroad."""
    backing = kind_cues()["backing_verbs"]
    skip: set[int] = set()
    for t in tok.subtree:
        if t.i in skip:
            continue
        backed = t.dep_ in ("amod", "compound") and any(lemma(g) in backing or g.lower_ in backing for g in t.subtree)
        if t.dep_ in ("poss", "agent", "appos") or (t.dep_ == "prep" and t.lower_ == "by") or backed:
            skip.update(g.i for g in t.subtree)
    ids = {t.i for t in tok.subtree} - skip
    ents = [e for e in tok.doc.ents if e.label_ in ("GPE", "NORP") and all(t.i in ids for t in e)]
    return next((n for n in (country_of(e.text) for e in ents) if n), None)


YEAR = re.compile(r"(1[89]|20)\d\d")


def listed(tok: Token, sent: Span) -> list[tuple[int, Span]]:
    """Further coups listed after the first one's year, each as (year, its words):
    "the coups against Guatemala's Árbenz in 1954, Brazil's Goulart in 1964 or Chile's
    Allende in 1973", "coups in 1966, 1975 and 1983". A verb between two years ends the list."""
    doc = tok.doc
    years = [t for t in doc[tok.i + 1:sent.end] if YEAR.fullmatch(t.text) and t.ent_type_ == "DATE"]
    if len(years) < 2 or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1:years[0].i]):
        return []
    out = []
    for prev, year in zip(years, years[1:]):
        between = doc[prev.i + 1:year.i]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            break
        start = next((t.i for t in between if not (t.is_punct or t.dep_ == "cc" or t.lower_ in ("in", "and", "or"))), year.i)
        out.append((int(year.text), doc[start:year.i + 1]))
    return out


def place_names(span: Span) -> list[str]:
    return [n for n in (country_of(e.text) for e in span.ents if e.label_ in ("GPE", "NORP")) if n]


def bounds(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    """The first and last ISO day a date of this precision can mean."""
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    if day is None:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-31"
    return (f"{year:04d}-{month:02d}-{day:02d}",) * 2


def link(country_list: list[str], span: tuple[str, str] | None, outcome_: str,
         kind_: str, guessed: bool = False) -> tuple[dict, int] | None:
    """The Cline record that agrees in country and falls within ``span`` (first and last
    ISO day the text's date can mean), trying the countries most likely first (past
    the first, only a record that agrees with the text on whether the coup was carried
    out at all); ties go to the
    record whose outcome and kind agree, then to the earliest (the latest, in a guessed span). The reference carries the dataset's own outcome and
    kinds; it comes with the index of the country it was found through. The caller may
    copy the dataset's outcome onto the event; ``settle`` then gives the text's own
    outcome back where the text states one (the caller keeps it in the mention's
    ``Reading``). ``guessed``: the span is not the text's but a guess (the years before
    publication, for an undated mention): then every record must agree so far."""
    if span is None:
        return None
    lo, hi = span
    for n, country in enumerate(country_list):
        cands = [r for r in records().get(country, ()) if lo <= r.date <= hi]
        if n or guessed:
            # A record found only through a less likely country must at least agree with
            # the text on whether the coup was carried out ("settle" drops one whose
            # outcome differs from a text that states none).
            cands = [r for r in cands if (r.outcome == "conspiracy") == (outcome_ == "conspiracy")]
        if not cands:
            continue

        def score(r: Coup) -> tuple:
            counter_penalty = "counter-coup" in r.kinds and kind_ != "counter-coup"
            # Within a guessed span the latest record is the likeliest: the article's own coup is news.
            when_ = (r.date,) if guessed else (-(r.month or 0), -(r.day or 0))
            return (r.outcome == outcome_, not counter_penalty, kind_ in r.kinds, *when_)
        best = max(cands, key=score)
        return {"dataset": reference.DATASET, "coup_id": best.id, "date": best.date, "country": best.country,
                "outcome": best.outcome, "kinds": list(best.kinds)}, n
    return None
