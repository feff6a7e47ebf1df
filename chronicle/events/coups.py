"""The coup layer: Cline Center categories on top of PLOVER, and links to its dataset.

A coup is an organised effort to remove the incumbent executive suddenly and
irregularly. Words like "coup" and "putsch" always name one; "overthrow" or "oust"
do when their object is a government or its head; "revolt", "uprising" or "mutiny"
do when soldiers carry them out or a government or a named ruler is their target
(otherwise they are riots); "seized power" (or control of the state, or the
presidential palace) does, and so does soldiers detaining a sitting head of state or
government, or someone who then resigns. So do the acts that make one without the word:
soldiers dissolving the government or suspending the constitution ("announced the
dissolution of the government"), soldiers, rebels or crowds taking the capital or the palace
as the ruler flees, someone removed or forced from power by soldiers or a revolt, the army
"taking over", and a sitting ruler dissolving the courts or the legislature, or suspending
the constitution, with no election named (a self-coup). A word in a heading or verbless line
names a topic, not an event.

A coup the sentence names as the time or the makers of something else happened, whatever
that clause says ("testing has stopped since the coup", "must punish the ringleaders of the
failed coup"): ``presupposed``. A revolt is told by what it ended ("the uprising that ended
his rule"), a ruler named only by what the leaving says ("resigned and fled to India as
protesters marched on her residence", "stepped down, handing power to the army").

No coup: a removal by lawful means or by lawful bodies ("ousted in a no-confidence vote",
"voters ousted", "the party ousted its leader"), from a post that is not a state's executive
("the chief executive", "the speaker of the house"); a figurative coup ("a diplomatic coup",
"hailed the deal as a coup", "a coup against the judiciary"); a lawful act someone calls a
coup ("a vote to impeach him, a move his allies called a coup"); one only rumoured or feared
("rumours of a coup", "a coup in the making"), or named as an aim ("the real reason is
toppling the government"); a mutiny over pay, or one aimed at no ruler or government ("the
elite forces mutinied but later apologised"); power seized in a province; an
official removed ("Mr Flynn, a retired army lieutenant-general, was ousted"); a dated removal
(or revolt against a ruler) by no one named, in a country the Cline record, complete for its years, has no coup in that
year ("since the toppling of Saddam Hussein in 2003": an invasion): ``unrecorded``.

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

Kind. Who the doers are is read from the head of their phrase, not from a relative clause on
it ("soldiers who flew him into exile") nor from "rebel" qualifying soldiers (a mutiny of
troops is a military coup); those who crush or condemn a coup are not its doers, and neither
are the actors of the clause that does. From the words qualifying the coup ("military coup", "self-coup", "US-backed"),
from who the text says carried it out ("led by General X", "soldiers staged", or whom it
blames or holds responsible for it; an
opposition politician with soldiers -> dissident, followers of a cleric -> dissident,
rebels -> rebel, the vice-president -> palace), from who backed it (a foreign state or
agency -> foreign-backed), and from what was done (an incumbent dissolving parliament
or suspending the constitution -> auto-coup; "forced to resign" -> forced-resignation),
and from where the doers come ("Russian officers plotted to overthrow Montenegro's
government" -> foreign-backed). The text is the evidence and the record the reference:
a kind the text states stands; where a record is linked it fills in where the text is
silent or only lets the kind be inferred (a civilian among the actors, soldiers arrested
afterwards), with the kind the text suggests if the record flags it, else the record's
first flag in ``cline_priority`` (military before the others that co-occur with it). A kind
someone only labels it with ("portrayed the protests as a Western-backed coup") is not the
text's statement. Where no record is linked and the text is silent, a coup the article
places in a country takes the kind most records of its outcome show (``record_prior``:
military for coups carried out or attempted), not "other", which the record hardly ever
gives; and a kind only inferred that the record almost never shows for that outcome (a
realized coup by a dissident, guessed from a named person) gives way to that prior too.

Where. A country is named by its name, demonym, official name ("the Republic of Cyprus") or
capital ("what happened in Niamey"), the latter two through the actors' gazetteer; an
undated coup takes the one past year its sentence names (or its anniversary: "the third
anniversary of the coup", three years before publication), and a month the text gives no
year of, resolved past publication, is the last such month before it.

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
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from .. import reference
from ..actors import capital_code, country_code, demonym_code
from ..reference import Coup
from .lexicon import DATA, cues, lemma, read
from .modality import modality as _mood  # ``outcome`` takes a mood named ``modality``

KIND_COLUMNS = {
    "military": "military", "dissident": "dissident", "rebel": "rebel", "palace": "palace",
    "foreign-backed": "foreign", "auto-coup": "auto", "forced-resignation": "resign",
    "popular-revolt": "popular", "counter-coup": "counter", "other": "other",
}
KIND_ORDER = ("auto-coup", "counter-coup", "palace", "military", "rebel", "popular-revolt", "foreign-backed",
              "dissident")
RARE = 0.05  # a kind shown by fewer of the records of an outcome than this is not guessed for it
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
    kind_stated: bool = False  # the text states the kind (not only inferred from who is around it)
    placed: bool = False  # the article names a country the coup may be in: a particular coup, not coups in general


# Heads that make a compounded "coup" an event ("coup attempt") and what they say of it.
COUP_HEADS = {"attempt": "attempted", "bid": "attempted", "effort": "attempted", "fiasco": "attempted",
              "plot": "conspiracy", "conspiracy": "conspiracy", "plan": "conspiracy",
              # "coup d'état": the parser makes "coup" a compound of "d'état", which names the same coup
              "d'état": None, "d'etat": None, "d’état": None, "d’etat": None, "detat": None}


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
    if tok.pos_ == "NOUN" and tok.lower_.endswith("ing") and word not in c["removal"]:
        word = _gerund_of(tok)  # "the military's ousting of the president"
    if (word in k["detaining"] or word in c["removal"]) and tok.pos_ == "VERB" and any(
            s.dep_ == "nsubj" and lemma(s) in c["always"] and not generic(s) for s in tok.children):
        return "drop"  # "the failed coup briefly removed Chávez": what the coup did, told by the coup word
    if word in k["seizing"] and _seizes_power(tok):
        return "coup"  # "soldiers seized power", "the general grabbed control of the state"
    if word in k["assuming"] and tok.pos_ == "VERB" and _takes_over(tok) \
            and _words(doers(tok)) & (k["agents"]["military"] | k["agents"]["rebel"]):
        return "coup"  # "the army took over in 2021"
    if tok.pos_ == "VERB" and _put_out(tok):
        return "coup"  # "Morsi was removed from power by the army", "the president was forced out by the army"
    if word in k["assuming"] and _assumes_full_power(tok):
        return "coup"  # "the king dismissed the elected government and assumed full executive powers"
    if word in k["assuming"] and _seizes_power(tok):
        if _words(doers(tok)) & (k["agents"]["military"] | k["agents"]["rebel"]):
            return "coup"  # "the army took power"
        if any(lemma(o) == "power" for o in tok.children if o.dep_ in ("dobj", "nsubjpass")):
            return "drop"  # "the new president took power after the vote": taking office coerces no one
    if word in k["detaining"] and _detains_ruler(tok):
        return "coup"  # "mutinous soldiers detained President Kaboré"
    if (word in k["detaining"] or _under_arrest(tok)) and tok.pos_ == "VERB" and _detained_then_left(tok):
        return "coup"  # "the military placed Mugabe under house arrest, and he resigned a week later"
    if word in k["seizing_nouns"] and tok.pos_ == "NOUN" and _seizes_power(tok):
        return "coup"  # "the junta's seizure of power"
    if _armed_act(tok):
        return "coup"  # "rebel soldiers announced that they had dissolved the government"
    if tok.pos_ == "VERB" and _self_coup(tok):
        return "coup"  # "the president dissolved the supreme court": an incumbent's self-coup, unnamed
    if word in c["always"] and (_figurative(tok) or _labelled_lawful(tok)):
        return "drop"  # "a diplomatic coup", "a vote to impeach the president, a move his supporters called a coup"
    if word in c["plot"] and any(v.dep_ in ("acl", "relcl") and lemma(v) in c["removal"] and _lawful(v)
                                 for v in tok.children):
        return "drop"  # "a plot by backbenchers to oust him as party leader"
    if word in c["always"] or word in c["plot"]:
        return "coup"
    if word in c["takeover"] and tok.pos_ == "NOUN" and _words(
            [t for x in tok.children if x.dep_ in ("amod", "compound", "poss") for t in x.subtree]
            + doers(tok) + _acting_during(tok)) & c["military"]:
        # "the military takeover in Niger", "the army's takeover", "placed under arrest by the army
        # during the takeover"; not "the rebels' takeover of Kabul"
        return "coup"
    if word in k["leaving"] and _driven_out(tok):
        return "coup"  # "President Compaoré was forced to resign", "fled after protesters stormed his residence"
    context = {lemma(t) for t in tok.subtree} | {lemma(t) for t in tok.head.children}
    if word in c["removal"]:
        # what is removed, not what a clause on it tells ("was ousted amid claims that he misled the vice-president")
        objects = [t for t in tok.subtree if t.dep_ in ("dobj", "pobj", "nsubjpass") and not _in_clause(t, tok)]
        if (tok.pos_ == "NOUN" or tok.tag_ == "VBG") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            objects += [t for t in tok.children if t.dep_ == "poss" or (  # "Bashir's ouster", "Gaddafi's toppling"
                t.dep_ == "nsubj" and tok.tag_ == "VBG" and any(g.dep_ == "case" for g in t.children))]
        if tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            # "the military ousted and arrested him": the object hangs on the last of the conjoined verbs
            objects += [o for v in tok.children if v.dep_ == "conj" and v.pos_ == "VERB"
                        for o in v.children if o.dep_ == "dobj"]
        by_whom = _words(doers(tok))
        # "the military ousted him", "his ousting by the Houthis": by soldiers or a named force, a
        # pronoun names someone in power (not "voters ousted him": lawful, dropped below)
        person = _armed(by_whom) or (tok.pos_ == "NOUN" and any(c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                                                  for c in tok.children))
        if tok.dep_ == "relcl" and any(t.tag_ in ("WP", "WDT") for t in objects):
            objects.append(tok.head)  # "Thaksin, who was toppled by the army": the relative's noun
        if _lawful(tok):
            return "drop"  # "ousted in a no-confidence vote", "shareholders ousted the chief executive"
        if tok.pos_ == "NOUN" and tok.dep_ == "conj" and _mood(tok.head, False) not in ("asserted", "reported"):
            return "drop"  # "they demanded reforms and Bashir's ouster": demanded with what it is conjoined to
        rulers = c["executive"] | k["heads_of_state"] | k["rulers"]
        if any(lemma(t) in rulers or (t.ent_type_ == "PERSON" and not _in_lesser_post(t, rulers))
               or (person and t.lower_ in ("him", "her", "his")) for t in objects):
            return "coup"
        if tok.head in objects and tok.head.pos_ == "PROPN" and _armed(_words(doers(tok))):
            return "coup"  # "Thaksin, who was toppled by the army" (a name the tagger took for no person)
        if _armed(by_whom) and any(t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ in ("dobj", "nsubjpass")
                                   and t.head == tok for t in objects):
            return "coup"  # "rebels overthrew Mobutu": a name the tagger took for nothing, removed by arms
        return "drop"
    if word in c["revolt"] and _over_pay(tok):
        return "riot"  # "soldiers mutinied over unpaid wages": a protest in uniform, aimed at no government
    if word in c["revolt"]:
        if (tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN")) or (
                tok.pos_ == "VERB" and any(ch.dep_ == "dobj" for ch in tok.children)):
            # "mutinying soldiers" (which the parser may read as a verb and its object): who they
            # are; what they did is told by its own verb
            return "drop"
        opposed = {t.i for v in [tok.head] if _opposing(v) for ch in v.children if ch.dep_ == "nsubj" for t in ch.subtree}
        if _aimed_at_rule([t for t in [*tok.subtree, *tok.head.children] if t.i not in opposed]):
            return "coup"  # "the uprising against the regime", "a revolt to seize power"
        armed = _words([t for t in [*tok.subtree, *tok.head.children, *doers(tok)] if t.i not in opposed]) \
            & (c["military"] | k["agents"]["military"])
        rest = [t for t in tok.sent if (t.i < tok.left_edge.i or t.i > tok.right_edge.i) and t.i not in opposed
                and not (t.dep_ in ("amod", "compound") and lemma(t.head) in c["military"] | k["agents"]["military"])]
        if armed and (word not in k["mutiny"] or _aimed_at_rule(rest)):
            # soldiers revolting ("the abortive revolt was led by a disgruntled major"); a mutiny, soldiers'
            # own protest, only where the sentence names a ruler, a government or its seizure
            # ("mutinous troops tried to topple the president"; not "the elite forces mutinied, but later
            # apologised"); not "government forces crushed the uprising"
            return "coup"
        # "launched an uprising against Maduro": aimed at a named ruler
        against = [g for x in tok.children if x.dep_ == "prep" and x.lower_ == "against" for g in x.children]
        if any(g.ent_type_ == "PERSON" for g in against):
            return "coup"
        if _revolt_drove_out(tok):
            return "coup"  # "forced to resign after a popular uprising"
        antecedent = _antecedent(tok)
        if antecedent is not None and classify(antecedent, lemma(antecedent)) == "coup":
            return "coup"  # "called for an uprising against Maduro, but the revolt fizzled out"
        return "riot"
    return None


def _acting_during(tok: Token) -> list[Token]:
    """Who acts in the clause a noun is the time of ("placed under house arrest by the
    generals during October's takeover"): those the takeover was theirs."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("during", "in", "amid") or tok.head.head.pos_ != "VERB":
        return []
    verb = tok.head.head
    return [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]


def unrecorded(tok: Token, sent: Span) -> bool:
    """A removal the sentence tells with a year and in a country, by no one it names and
    with no word of a coup ("the toppling of Saddam Hussein in 2003", "Following Saddam
    Hussein's ousting in 2003, Kurdish forces across northern Iraq ..."), or a revolt against
    a ruler told so ("the war started as an uprising against Assad's rule in March 2011"),
    where the Cline record of coups, complete for those years, has none in any country the
    sentence names that year: an invasion, an election, an impeachment or a civil war, not a
    coup. A removal by soldiers, rebels or crowds the text names, or one it calls a coup,
    stands on its own words."""
    c = cues()["coup"]
    word = _gerund_of(tok) if tok.lower_.endswith("ing") else lemma(tok)
    if word not in c["removal"] | c["revolt"] or doers(tok) or any(lemma(t) in c["always"] for t in sent):
        return False
    if any(t.dep_ in ("agent", "nsubj") or (t.dep_ == "prep" and t.lower_ == "by") for t in tok.children):
        return False
    # the year in the removal's phrase or right after it ("since the toppling of Saddam Hussein in 2003")
    if not any(e.label_ == "DATE" and e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 4 for e in sent.ents):
        return False
    year = when(tok, sent)[0]
    first, last = _record_years()
    if year is None or not first < year < last:
        return False
    places = countries(tok, sent, [])
    return bool(places) and not any(r.date.startswith(str(year)) for p in places for r in records().get(p, ()))


@lru_cache(maxsize=None)
def record_prior(outcome_: str) -> str | None:
    """The kind most records of this outcome show (``cline_kind`` of their flags), where more
    than half do: military for coups carried out or attempted; none for plots, which are
    nearly as often dissidents'."""
    shares = record_shares(outcome_)
    kind = max(shares, key=shares.get, default=None)
    return kind if kind is not None and shares[kind] > 0.5 else None


@lru_cache(maxsize=None)
def record_shares(outcome_: str) -> dict[str, float]:
    """The share of the records of this outcome that show each kind (``cline_kind``)."""
    shown = Counter(cline_kind(r.kinds, []) for rs in records().values() for r in rs if r.outcome == outcome_)
    total = sum(shown.values())
    return {kind: n / total for kind, n in shown.items()}


@lru_cache(maxsize=1)
def _record_years() -> tuple[int, int]:
    """The first and last year of the Cline record: the years it is complete for."""
    dates = [r.date for rs in records().values() for r in rs]
    return int(min(dates)[:4]), int(max(dates)[:4])


def _aimed_at_rule(tokens: list[Token]) -> bool:
    """The words name a ruler, a government, a coup or the seizure of power: what makes a
    revolt a coup. Not power qualified ("sought more political power": a share in it)."""
    c, k = cues()["coup"], kind_cues()
    rulers = c["executive"] | k["heads_of_state"] | c["always"]
    for t in tokens:
        if lemma(t) == "power":
            if _state_power(t):
                return True
        elif lemma(t) in rulers or lemma(t) in k["seizing"]:
            return True
    return False


def _state_power(tok: Token) -> bool:
    """"Power" bare or whole ("seized power", "absolute power") is the state's; qualified
    otherwise ("more political power", "regional power") it is a share of it."""
    return lemma(tok) == "power" and not any(
        ch.dep_ in ("amod", "compound") and lemma(ch) not in kind_cues()["whole_power"] for ch in tok.children)


def acts(sent: Span) -> list[Token]:
    """Verbs that make a coup by what soldiers or an incumbent do, though the event lexicon
    has no trigger for them ("officers said they had annulled the results and dissolved all
    state institutions", "the president suspended the constitution")."""
    k = kind_cues()
    verbs = set(k["armed_acts"]) | set(k["dissolving"]) | k["forcing"] | k["putting_out"]
    out = [t for t in sent if t.pos_ == "VERB" and lemma(t) in verbs and classify(t, lemma(t)) == "coup"]
    # "the military's ousting of the president", "his toppling by the army": a removal verb's
    # gerund the tagger made a noun, which the lexicon does not list
    removal = cues()["coup"]["removal"]
    out += [t for t in sent if t.pos_ == "NOUN" and t.lower_.endswith("ing") and _gerund_of(t) in removal
            and classify(t, _gerund_of(t)) == "coup"]
    # "six years after the uprising that ended his rule": a revolt that removed a ruler is a
    # coup even where the lexicon takes "after the uprising" for a date
    return out + [t for t in sent if t.pos_ == "NOUN" and lemma(t) in cues()["coup"]["revolt"]
                  and _revolt_drove_out(t) and classify(t, lemma(t)) == "coup"]


def _gerund_of(tok: Token) -> str:
    """The verb a noun in -ing is the gerund of ("ousting" -> "oust", "toppling" -> "topple")."""
    stem = tok.lower_[:-3]
    removal = cues()["coup"]["removal"]
    return next((v for v in (stem, stem + "e", stem[:-1]) if v in removal), lemma(tok))


def _seizes_power(tok: Token) -> bool:
    """ "seized power", "took control of the government": power or control (of the state,
    its government or its head) is what is taken."""
    c = cues()["coup"]
    taken = [t for t in tok.children if t.dep_ in ("dobj", "nsubjpass")]
    where = [g for h in (tok, *taken) for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "over")
             for g in p.children if g.dep_ == "pobj"]
    if any(lemma(g) in kind_cues()["local_units"] for g in where):
        return False  # "rebels seized power in the eastern province": a region's, not the state's
    if tok.pos_ == "NOUN":  # "the seizure of power"
        taken = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for obj in taken:
        if _state_power(obj):
            return True
        if lemma(obj) == "palace" and any(lemma(ch) in ("presidential", "royal", "president", "government")
                                          for ch in obj.children):
            return True  # "attempted to seize the presidential palace"
        if lemma(obj) == "control":
            # "took control of the country"; the parser may hang "of" on the verb
            owned = [g for h in (obj, tok) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children]
            if any(lemma(g) in c["executive"] | {"state", "country"} for g in owned):
                return True
    return False


def _subject(verb: Token) -> list[Token]:
    """Who does a verb: its subject, the subject it shares with the verb it is conjoined to
    ("the army took power and suspended the constitution"), and for a pronoun in a
    reported clause the subject of the verb reporting it ("rebel soldiers announced that
    they had dissolved the government")."""
    cur = verb
    for _ in range(3):
        subjects = [c for c in cur.children if c.dep_ in ("nsubj", "agent")]
        if subjects:
            subject = subjects[0]
            if subject.dep_ == "agent":
                return list(subject.subtree)
            if subject.pos_ == "PRON" and cur.dep_ in ("ccomp", "conj", "advcl") and cur.head != cur:
                cur = cur.head
                continue
            return list(subject.subtree)
        if cur.dep_ not in ("conj", "xcomp") or cur.head == cur:
            return []
        cur = cur.head
    return []


def _armed(words: set[str]) -> bool:
    """Soldiers, rebels, or the coup's own makers ("the coup leaders", "the putschists")."""
    k = kind_cues()["agents"]
    return bool(words & (k["military"] | k["rebel"] | cues()["coup"]["always"]))


def _armed_act(tok: Token) -> bool:
    """Soldiers or rebels dissolving or suspending the government, parliament or the
    constitution, or soldiers, rebels or crowds taking the capital or the palace as the
    ruler flees: a coup whatever word the text uses ("the junta dissolved the government",
    "rebels overran the capital and the president fled into exile")."""
    k = kind_cues()
    if tok.pos_ == "NOUN" and lemma(tok) in k["armed_nouns"]:
        # "soldiers announced the dissolution of the government"
        objects = k["armed_acts"][k["armed_nouns"][lemma(tok)]]
        owned = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        return any(lemma(g) in objects for g in owned) and _armed(_words(doers(tok) + _clause_subject(tok)))
    objects = k["armed_acts"].get(lemma(tok))
    if tok.pos_ != "VERB" or not objects or not any(
            lemma(o) in objects for o in tok.children if o.dep_ in ("dobj", "nsubjpass")):
        return False
    subject = _subject(tok)
    if not subject and tok.dep_ == "advcl" and tok.tag_ == "VBG":
        subject = _subject(tok.head)  # "rebels marched into the capital, ending his rule"
    by_whom = _words(subject)
    if lemma(tok) == "end" and not any(c.dep_ == "poss" for o in tok.children if o.dep_ in ("dobj", "nsubjpass")
                                       for c in o.children):
        return False  # a ruler's rule ("ended Mobutu's rule"), not "ended colonial rule"
    if lemma(tok) in ("dissolve", "suspend", "end"):
        return _armed(by_whom)  # "the junta dissolved parliament", "rebels ended Mobutu's 32-year rule"
    if not (_armed(by_whom) or by_whom & k["popular_pressure"]):
        return False
    # "rebels overran the capital and the president fled", "protesters stormed the palace and
    # the president fled the country": taking the capital or the palace is a coup only where
    # the sitting ruler leaves because of it
    return any(lemma(t) in k["leaving"] and t.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and _head_of_state(c) for c in t.children) for t in tok.sent)


def _self_coup(tok: Token) -> bool:
    """A sitting head of state or government dissolving the courts or the legislature, or
    suspending the constitution, with no election named: a self-coup, although the text
    may not call it one ("the president dissolved the supreme court and announced he would
    rule by decree"). Dissolving parliament for an election is routine, not counted."""
    k = kind_cues()
    objects = k["dissolving"].get(lemma(tok))
    if not objects or not any(lemma(o) in objects for o in tok.children if o.dep_ in ("dobj", "nsubjpass")):
        return False
    subject = _subject(tok)
    if not subject and tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        subject = _subject(tok.head)  # "sent troops to seal off the assembly": the one who sent them
    if not subject and tok.dep_ in ("acl", "xcomp") and lemma(tok.head) in COUP_HEADS:
        # "Castillo's attempt to dissolve Congress": whose attempt it was
        subject = [t for c in tok.head.children if c.dep_ == "poss" for t in c.subtree]
    if not subject or _armed(_words(subject)):
        return False
    # only who holds power can dissolve the courts or the legislature: a ruler named by office,
    # or by name alone ("Castillo's attempt to dissolve Congress")
    if not (_words(subject) & k["rulers"] or any(t.ent_type_ == "PERSON" for t in subject)) \
            or any(t.lower_ in k["former"] for t in subject):
        return False
    return not ({t.lower_ for t in tok.sent} & k["election_words"])


def _in_clause(t: Token, top: Token) -> bool:
    """``t`` sits in a clause of its own below ``top`` (a complement, relative or adverbial clause)."""
    cur = t
    while cur != top and cur.head != cur:
        if cur.dep_ in ("ccomp", "acl", "relcl", "advcl") and cur.head != top:
            return True
        cur = cur.head
    return False


def _in_lesser_post(person: Token, rulers: set[str]) -> bool:
    """A named person whose title or apposition gives a post below the head of state or
    government ("Mr Flynn, a retired army lieutenant-general", "national security adviser
    Michael Flynn"): ousting them removes an official, not a government."""
    head = person
    while head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
        head = head.head
    titles = [t for c in head.children if c.dep_ in ("appos", "compound") and c.ent_type_ != "PERSON" for t in c.subtree]
    words = _words(titles)
    return bool(words & kind_cues()["lesser_posts"]) and not words & rulers


def _assumes_full_power(tok: Token) -> bool:
    """A sitting ruler taking all powers to themselves ("the king dismissed the elected
    government and assumed full executive powers"): a self-coup. Not emergency powers a
    law provides, nor power taken by a new ruler ("assumed power after the election")."""
    k = kind_cues()
    if tok.pos_ != "VERB":
        return False
    powers = [o for o in tok.children if o.dep_ == "dobj" and lemma(o) == "power"]
    if not any(lemma(m) in k["full_powers"] for o in powers for m in o.children if m.dep_ in ("amod", "det", "compound")):
        return False
    subject = _subject(tok)
    return bool(_words(subject) & k["rulers"]) and not _armed(_words(subject)) \
        and not any(t.lower_ in k["former"] for t in subject)


def _figurative(tok: Token) -> bool:
    """ "A diplomatic coup", "a boardroom coup", "a parliamentary coup", "the deal was a
    coup for the minister", "hailed the deal as a coup": an achievement or a lawful manoeuvre
    called a coup; "rumours of a coup", "fears of a coup": one only spoken of."""
    k = kind_cues()
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    if _words(mods) & k["figurative"]:
        return True
    after = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
    if after[:1] == ["de"] and after[1:] and after[1] in k["french_idioms"]:
        return True  # "the coup de grâce", "a coup de théâtre": a final blow, a twist, no seizure
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        hailed = tok.head.head
        if lemma(hailed) in k["praising"] or (hailed.dep_ in ("dobj", "nsubjpass") and lemma(hailed.head) in k["praising"]):
            return True  # "hailed the agreement as a major coup" ("as" may hang on the object)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in k["unreal_heads"]:
        return True  # "rumours of a putsch", "fears of a coup": no coup that happened
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "making" for g in c.children) for c in tok.children):
        return True  # "the protests were a coup in the making": one that may come
    against = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "within", "inside", "at")
               for g in c.children]
    if any(lemma(g) in k["figurative_targets"] for g in against):
        return True  # "a coup against the judiciary", "a coup within the federation"
    # "a coup for the minister": won by someone, not done to a government
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and tok.dep_ in ("attr", "appos")


def _labelled_lawful(tok: Token) -> bool:
    """A lawful act that someone calls a coup ("parliament voted to impeach the president,
    a move his supporters called a coup"): the sentence tells of a vote, an impeachment
    or a ruling, and of no soldiers, rebels or seizure."""
    k = kind_cues()
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ in ("as", "to"):
        cur = cur.head  # "described as a coup", "amounted to a coup"
    if cur.dep_ == "appos" and cur.head.dep_ == "dobj":
        cur = cur.head  # "called the court's decision a coup d'etat", the parser hanging the name on the thing named
    if cur.dep_ not in ("oprd", "attr", "dobj", "xcomp", "prep", "pobj") or lemma(cur.head) not in k["labelling"]:
        return False
    rest = [t for t in tok.sent if t.i < tok.left_edge.i or t.i > tok.right_edge.i]
    words = _words(rest)
    if _armed(words) or words & (k["seizing"] | k["detaining"]):
        return False
    if words & k["rulers"] and any(lemma(o) in k["dissolving"].get(lemma(v), ()) for v in rest if v.pos_ == "VERB"
                                   for o in v.children if o.dep_ in ("dobj", "nsubjpass")):
        # "described the president's decision to freeze parliament as a coup": a ruler shutting
        # the other branches is a self-coup, whoever says so, not a lawful act called one
        return False
    return bool(words & (k["constitutional"]["means"] | k["constitutional"]["posts"]))


def _lawful(tok: Token) -> bool:
    """A removal by lawful means, or from a post that is not a state's executive: "ousted in
    a no-confidence vote", "voters ousted the incumbent", "the party ousted its leader",
    "shareholders ousted the chief executive". Not where soldiers or rebels do it."""
    con = kind_cues()["constitutional"]
    by_whom = [t for c in tok.children if c.dep_ in ("nsubj", "agent", "poss") for t in c.subtree]
    by_whom += [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree]
    if _armed(_words(by_whom)):
        return False
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "through", "via", "with") \
                and _words(c.subtree) & con["means"]:
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(lemma(g) in con["seats"] | con["posts"] for g in c.children):
            return True  # "ousting John Boehner from his speakership", "removed from his post as party chairman"
        if c.dep_ == "prep" and c.lower_ == "as" and _words(c.subtree) & (con["posts"] | con["bodies"]):
            return True  # "a plot by backbenchers to oust him as party leader"
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in tok.children) \
            and _words(t for c in tok.head.children if c.dep_ in ("dobj", "prep") and c.i < tok.i
                       for t in c.subtree) & con["means"]:
        return True  # "won the election by a landslide, unseating the incumbent": the election unseated him
    heads = [t for t in by_whom if t.head not in by_whom and t.dep_ not in ("prep", "agent")]
    heads += [g for t in by_whom if t.dep_ in ("prep", "agent") and t.head == tok for g in t.children if g.dep_ == "pobj"]
    partitive = kind_cues()["partitive"]
    heads += [g for t in heads if lemma(t) in partitive
              for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    if any(lemma(t) in con["agents"] | con["means"] | (con["bodies"] - partitive) for t in heads
           if t.pos_ in ("NOUN", "PROPN")):
        return True  # "lawmakers ousted the speaker", "the league ousted its president", "a court ruling ousted"
    objects = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if tok.dep_ == "nsubjpass" or (tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children)):
        objects += [c for c in tok.children if c.dep_ == "nsubjpass"]
    for o in objects:
        text = " ".join(t.lower_ for t in o.subtree)
        if lemma(o) in con["posts"] or any(p in text for p in con["posts"] if " " in p):
            return True
        owners = [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        owners += [g for g in o.children if g.dep_ == "poss"]  # "the federation's president"
        if any(lemma(g) in con["bodies"] for g in owners):
            return True
    return False


def _over_pay(tok: Token) -> bool:
    """A mutiny over pay or conditions, aimed at no government or ruler ("soldiers
    mutinied over unpaid wages"): a protest, not a coup."""
    tokens = list(tok.subtree)
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        # "soldiers launched the uprising to demand improved pay": the purpose of the launching
        tokens += [t for c in tok.head.children if c.dep_ in ("advcl", "xcomp", "prep") for t in c.subtree]
    words = _words(tokens)
    return bool(words & kind_cues()["pay"]) and not words & (cues()["coup"]["executive"] - {"power"})


def _clause_subject(tok: Token) -> list[Token]:
    """The subject of the nearest verb above a word that has one ("officers read a
    statement announcing the dissolution of the government": the officers)."""
    cur = tok
    for _ in range(6):
        if cur.head == cur:
            return []
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and (subject := _subject(cur)):
            return subject
    return []


def _takes_over(tok: Token) -> bool:
    """ "took over", with nothing or the state named as what was taken ("the army took
    over in 2021", "took over the country"); not "took over the broadcaster"."""
    if not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return all(lemma(o) in cues()["coup"]["executive"] | {"state", "country"} for o in objects)


def _put_out(tok: Token) -> bool:
    """Someone removed or forced from power, or forced out, by soldiers, rebels or a popular
    revolt ("Morsi was removed from power by the army", "forced from power by a student-led
    uprising", "the president was forced out by the army"); a ruler named by office may be
    removed "from office" as well."""
    k = kind_cues()
    if lemma(tok) not in k["forcing"] | k["putting_out"]:
        return False
    ousted = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # someone in office, or the government: not "forced out more than 1,000 refugees"
    ousted = [o for o in ousted if o.pos_ in ("PRON", "PROPN") or o.ent_type_ == "PERSON"
              or lemma(o) in cues()["coup"]["executive"] | k["rulers"] | k["heads_of_state"]]
    if not ousted:
        return False
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) and lemma(tok) != "remove"
    offices = {"power"} | ({"office"} if any(_head_of_state(o) or lemma(o) in k["rulers"] for o in ousted) else set())
    out = out or any(c.dep_ == "prep" and c.lower_ == "from" and any(lemma(g) in offices for g in c.children)
                     for c in tok.children)
    # "the armed forces removed the regime": a government removed needs no "from power"
    out = out or (lemma(tok) == "remove" and any(lemma(o) in cues()["coup"]["executive"] - {"power", "head", "leader"}
                                                 for o in ousted))
    if not out:
        return False
    doing = _words(doers(tok))
    if not doing and tok.dep_ == "ccomp":  # "soldiers announced that the president had been removed from office"
        doing = _words(_subject(tok.head))
    return _armed(doing) or bool(doing & k["popular_pressure"])


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
    return bool(_words(doers(tok)) & k["agents"]["military"])


def _under_arrest(tok: Token) -> bool:
    """ "placed X under house arrest", "put X in detention": a detention told with a light verb."""
    return lemma(tok) in ("place", "put") and any(
        c.dep_ == "prep" and c.lower_ in ("under", "in", "into") and any(lemma(g) in kind_cues()["arrest_phrases"]
                                                                      for g in c.children) for c in tok.children)


def _detained_then_left(tok: Token) -> bool:
    """Soldiers detaining someone who then resigns or abdicates (the detained, named by a
    pronoun in a clause conjoined to the detention): whoever they held was in office, and
    was made to leave it."""
    k = kind_cues()
    if not any(c.pos_ == "PROPN" or c.ent_type_ == "PERSON" for c in tok.children if c.dep_ == "dobj"):
        return False
    if not _words(_subject(tok)) & k["agents"]["military"]:
        return False
    return any(c.dep_ == "conj" and lemma(c) in k["leaving"] - {"flee"} and any(
        s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children) for c in tok.children)


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
    # "he said he had been forced to resign by mutinous officers": soldiers forcing someone
    # out of office is a coup whatever the office is called
    at_gunpoint = forced and any(s.pos_ == "PRON" or s.ent_type_ == "PERSON" for s in subjects) and _armed(_words(
        t for c in tok.head.children if c.dep_ in ("agent", "nsubj") for t in c.subtree)
        | _words(t for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for t in c.subtree))
    adjuncts = [t for h in heads for c in h.children if c.dep_ in ("prep", "advcl", "npadvmod") for t in c.subtree]
    if not forced and any(s.pos_ == "PROPN" or s.ent_type_ == "PERSON" or _head_of_state(s) for s in subjects) and any(
            _demanded_by_soldiers(v) for v in adjuncts):
        # "Morales resigned after the commander of the armed forces urged him to step down": the
        # army's demand that he go, which he obeyed, is what removed him, whatever his office
        return "military"
    if not forced and any(s.pos_ == "PROPN" or s.ent_type_ == "PERSON" or _head_of_state(s) for s in subjects) and any(
            lemma(p) == "pressure" and _words(g for c in p.children if c.dep_ == "prep" and c.lower_ == "from"
                                              for g in c.subtree) & k["agents"]["military"] for p in adjuncts):
        return "military"  # "Bouteflika resigned under pressure from the army"
    if not at_gunpoint and not any(_head_of_state(s) for s in subjects) and not (
            any(s.pos_ == "PROPN" or s.ent_type_ == "PERSON" for s in subjects) and _left_power(heads)):
        return None
    # "resigned and fled to India as protesters marched on her residence": the conjoined leaving's adjuncts
    adjuncts += [t for h in heads for v in h.children if v.dep_ == "conj" and lemma(v) in k["leaving"]
                 for c in v.children if c.dep_ in ("prep", "advcl", "npadvmod") for t in c.subtree]
    if forced:  # "mass protests forced the president to resign"
        adjuncts += [t for c in tok.head.children if c.dep_ == "nsubj" for t in c.subtree]
    if _words(adjuncts) & k["popular_pressure"]:
        return "popular"
    return "forced" if forced else None


def _left_power(heads: list[Token]) -> bool:
    """What the leaving says of the one who left, where no title does: they handed power
    over ("stepped down, handing power to the military council") or resigned and fled
    the country ("resigned and fled to India"): they held the state, not a ministry."""
    k = kind_cues()
    verbs = {v for h in heads for v in [h, *h.children, *h.head.children] if v.pos_ == "VERB"}
    handed = any(lemma(v) in k["handing_over"] and any(
        lemma(o) == "power" for o in v.children if o.dep_ == "dobj") for v in verbs)
    fled = any(lemma(v) == "flee" for v in verbs) and any(lemma(v) in k["resign"] for v in verbs)
    return handed or (fled and any(_destinations(v) for v in verbs if lemma(v) == "flee"))


def _destinations(verb: Token) -> list:
    """Where a flight went, among the verb's objects and adjuncts ("fled to India", "fled the
    country", "fled abroad"): a flight with somewhere to go, not "fled as troops closed in"."""
    ids = {t.i for c in verb.children if c.dep_ in ("dobj", "prep", "advmod") for t in c.subtree}
    out = [e for e in verb.doc.ents if e.label_ in ("GPE", "LOC") and e.root.i in ids]
    out += [verb.doc[i:i + 1] for i in ids if verb.doc[i].lower_ in kind_cues()["exile_places"]]
    return out


def _demanded_by_soldiers(verb: Token) -> bool:
    """Soldiers urging, asking or forcing someone named by a pronoun to leave office: "the
    commander of the armed forces urged him to step down"."""
    k = kind_cues()
    if verb.pos_ != "VERB" or lemma(verb) not in k["demanding"] | k["forcing"]:
        return False
    if not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children):
        return False
    if not any(c.dep_ == "xcomp" and lemma(c) in k["leaving"] for c in verb.children):
        return False
    return bool(_words(t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree) & k["agents"]["military"])


def _head_of_state(phrase: Token) -> bool:
    """The phrase names a sitting head of state ("Burkina Faso's President Blaise
    Compaoré", "the king"), not a former one."""
    words, k = list(phrase.subtree), kind_cues()
    return any(lemma(t) in k["heads_of_state"] for t in words) and not any(t.lower_ in k["former"] for t in words)


def _revolt_drove_out(tok: Token) -> bool:
    """A revolt that made the head of state leave: the revolt word in the adjuncts of the
    leaving ("resigned after a popular uprising"), or its subject ("an uprising forced
    the president to resign"), or what its relative clause says it ended ("the uprising that
    ended his rule")."""
    cur = tok
    for _ in range(3):
        if cur.head == cur:
            break
        cur = cur.head
        if lemma(cur) in kind_cues()["leaving"] and _driven_out(cur) == "popular":
            return True
    if tok.dep_ == "nsubj" and lemma(tok.head) in kind_cues()["forcing"]:
        return any(c.dep_ == "xcomp" and lemma(c) in kind_cues()["leaving"] and any(
            _head_of_state(o) for o in tok.head.children if o.dep_ == "dobj") for c in tok.head.children)
    for clause in tok.children:
        if clause.dep_ != "relcl" or lemma(clause) != "end":
            continue
        # "the uprising that ended his rule": a ruler's rule, as rebels ending it make a coup
        if any(lemma(o) in kind_cues()["armed_acts"]["end"] and any(g.dep_ == "poss" for g in o.children)
               for o in clause.children if o.dep_ == "dobj"):
            return True
        # "an 18-day uprising that ended when he stepped down": it ended with the ruler leaving
        if any(a.dep_ == "advcl" and lemma(a) in kind_cues()["leaving"] and any(
                s.dep_ == "nsubj" and (s.pos_ == "PRON" or s.ent_type_ == "PERSON" or _head_of_state(s))
                for s in a.children) for a in clause.children):
            return True
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
    tried = c["attempted"] | kind_cues()["trying"]  # "tried to overthrow": the attempt was made
    trying = next((i for i, (w, lem) in enumerate(lemmas) if i and (
        lem in tried or w.lower_ in tried or COUP_HEADS.get(lem) == "attempted")), None)
    if plotting is not None and (trying is None or plotting < trying):
        plot = lemmas[plotting][0]
        if plot.dep_ in ("dobj", "nsubjpass") and lemma(plot.head) in kind_cues()["opposing"]:
            plot = plot.head  # "security forces thwarted a plot": the plot was laid, and the thwarting is told
        return "conspiracy", plot, True
    if modality == "planned" and trying is not None and _governs(lemmas[trying][0], tok):
        # "tried to overthrow", "the attempt to oust": the attempt is what happened, and its
        # own modality rules ("will try to overthrow" plans it).
        return "attempted", lemmas[trying][0], True
    if modality == "planned" and tok.pos_ == "VERB" and tok.dep_ == "advcl" and any(
            ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children) \
            and _armed(_words(t for ch in tok.head.children if ch.dep_ in ("nsubj", "dobj") for t in ch.subtree)) \
            and _mood(tok.head, False) in ("asserted", "reported"):
        # "sent troops to seal off the assembly", "soldiers marched on the capital to topple him":
        # the armed move made for it happened, so it was tried (not "held rallies to oust him")
        return "attempted", tok.head, True
    if modality == "negated" and tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in c["attempted"]:
        # "thwarted an attempted coup", "the coup was foiled": the attempt took place, and
        # the foiling is what the sentence asserts or reports.
        return "attempted", tok.head, True
    if modality in ("negated", "hypothetical", "planned") or _unreal(tok):
        return None, None, False
    mods = [t for ch in tok.children if ch.dep_ in ("amod", "compound") for t in ch.subtree]
    if any(lem in c["attempted"] or w.lower_ in c["attempted"] for w, lem in lemmas) \
            or _words(mods) & kind_cues()["failing"]:
        return "attempted", None, True  # "the failed coup", "the short-lived coup"
    if any(lem in c["realized"] for _, lem in lemmas[1:]) or (tok.pos_ == "VERB" and lemma(tok) in c["realized"]):
        return "realized", None, True  # "the army ousted the president": the verb tells it was done
    if lemma(tok) in c["revolt"] and _revolt_drove_out(tok):
        return "realized", None, True  # "resigned after a popular uprising"
    if lemma(tok) in c["revolt"]:
        return "attempted", None, False  # a revolt told without its result removed no one
    return "realized", None, False


def presupposed(tok: Token) -> bool:
    """A coup noun the sentence takes as having happened whatever its clause says: the object
    of "since", "after", "during" ("testing has stopped since the coup", "refused to recognise
    the authorities brought to power during a coup in Ukraine"), or of "of" on an anniversary or
    the coup's own leaders ("the ringleaders of an attempted coup in July"). Only a coup the
    phrase makes particular (definite, possessed or dated): "after a coup the army would rule"
    still speaks of one that may come."""
    k = kind_cues()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or generic(tok):
        return False
    prep = tok.head
    if prep.lower_ == "of":
        return lemma(prep.head) in k["presupposing_heads"]  # "the ringleaders of a coup": there was one
    if prep.lower_ not in k["presupposing_preps"]:
        return False
    particular = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in tok.children)
    # dated or placed: "a coup in Ukraine in February 2014" (the date may hang on the verb after it)
    after = tok.doc[tok.right_edge.i + 1:min(len(tok.doc), tok.right_edge.i + 4)]
    placed = any(t.ent_type_ in ("DATE", "GPE", "NORP") for t in [*tok.subtree, *after] if t is not tok)
    return particular or placed


def _unreal(tok: Token) -> bool:
    """A coup named as one that may yet come: an indefinite coup word as the subject of a
    modal ("another putsch could unravel years of work", "a coup would isolate the
    country"); "the coup could cost the junta its aid" tells of one that happened. Or a
    removal named as someone's aim (``_aim_named``)."""
    return _aim_named(tok) or tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any") for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may", "can", "will") for c in tok.head.children)


def _aim_named(tok: Token) -> bool:
    """A gerund of removal a copula equates with an aim or a motive ("the real reason is
    toppling the government", "is toppling Merkel Moscow's policy?", "ousting the president
    remains the opposition's aim"): what someone wants or is said to want, not an act;
    "toppling the regime was a foolish move" tells of one done."""
    if tok.tag_ != "VBG":
        return False
    # the parser reads "the reason is toppling" as a progressive: the aim is its subject
    near = [c for c in tok.children if c.dep_ in ("nsubj", "attr")]
    if tok.dep_ == "csubj":
        near += [c for c in tok.head.children if c.dep_ in ("attr", "acomp")]
    return any(lemma(n) in kind_cues()["aims"] for n in near)


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
    - Mentions of one coup share its kind: the kind the mentions state, where the linked
      record flags none of the kinds they give; else the record's flags decide among them
      (``cline_kind``); unlinked, the most stated kind other than "other"."""
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
        stated_kinds = [e.coup["kind"] for e in members if reading(e).kind_stated and e.coup.get("kind") != "other"]
        if flags and stated_kinds and not any(k in flags for k in kinds):
            # "the CIA-backed coup", "soldiers staged a coup" where Cline flags otherwise: the
            # text is the evidence, the record only fills in where the text is silent
            shared = max(set(stated_kinds), key=lambda k: (stated_kinds.count(k),
                                                           -KIND_ORDER.index(k) if k in KIND_ORDER else -99))
        elif flags:
            shared = cline_kind(flags, kinds)
        elif kinds and not stated_kinds and (prior := record_prior(members[0].coup["outcome"])) \
                and all(record_shares(members[0].coup["outcome"]).get(k, 0) < RARE for k in kinds):
            # only inferred ("Since seizing power, Sisi has ...": a named person, so a dissident?),
            # and a kind the record hardly ever shows for this outcome: its prior is likelier
            shared = prior
        elif kinds:
            shared = max(set(kinds), key=lambda k: (kinds.count(k), -KIND_ORDER.index(k) if k in KIND_ORDER else -99))
        elif any(reading(e).placed for e in members) and (prior := record_prior(members[0].coup["outcome"])):
            # a particular coup (the article names its country) the record lacks and the text
            # says nothing of: the kind most coups of its outcome are, not "other", which the
            # record itself hardly ever gives
            shared = prior
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
    # a plural the tagger took for a name at the head of a sentence ("Guerrillas overran ...")
    out |= {t.lower_[:-1] for t in tokens if t.tag_ == "NNPS" or (t.pos_ == "PROPN" and t.lower_ == lemma(t)
                                                                   and t.lower_.endswith("s") and t.i == t.sent.start)}
    for t in tokens:
        if t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-":
            out.add(f"{t.lower_}-{t.doc[t.i + 2].lower_}")
    return out


def doers(tok: Token) -> list[Token]:
    """The phrases naming who carried the coup out: "by" phrases on the coup word or on
    a participle or relative clause hanging from it ("led by General Pinochet", "which
    was carried out by the high command"), its possessor ("Guaidó's coup"), the subject
    of a staging verb that takes it as object ("soldiers staged a coup"; not "troops crushed
    the coup", "the government used the coup") or of the coup verb
    itself ("troops overthrew the president"), and "with" companions of that verb
    ("Guaidó led the uprising with a group of soldiers"); failing those, who called for it
    ("X called for an uprising"), or for "the revolt", who carried out the one named before."""
    out: list[Token] = []
    heads = [tok] + [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    for head in heads:
        for c in head.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                out += list(c.subtree)
            if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") and not (
                    head is tok and lemma(tok) in cues()["coup"]["removal"] and not any(
                    p.dep_ == "prep" and p.lower_ == "of" for p in tok.children)):  # not "last summer's coup"
                out += list(c.subtree)  # not "Mubarak's ouster": the one ousted
    # "the hardliners' August 1991 putsch": the parser may hang the possessor on the date
    out += [t for c in tok.children if c.ent_type_ == "DATE" and c.dep_ in ("nmod", "compound", "npadvmod")
            for g in c.children if g.dep_ == "poss" and g.ent_type_ not in ("DATE", "TIME") for t in g.subtree]
    carrier = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else tok if tok.pos_ == "VERB" else None
    if carrier is not None and carrier is not tok and _opposing(carrier):
        # "loyal troops crushed the coup": they are not the ones who staged it; but "suppressed
        # a revolt by elements of the National Guard", the "by" hung on the active verb, is the revolt's
        if not any(c.dep_ == "auxpass" for c in carrier.children):
            out += [t for c in carrier.children if c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree]
        carrier = None
    if carrier is not None and carrier is not tok and lemma(carrier) not in kind_cues()["staging"]:
        carrier = None  # "the government used the coup attempt as a pretext": not the ones who staged it
    if carrier is not None:
        for c in carrier.children:
            if c.dep_ in ("nsubj", "agent", "csubj") or (c.dep_ == "prep" and c.lower_ in ("by", "with", "alongside")):
                out += list(c.subtree)  # "csubj": "what became known as the Arab Spring revolts toppled ..."
            if c.dep_ == "nsubj" and c.tag_ == "PRP" and carrier.dep_ in ("ccomp", "conj"):
                out += _subject(carrier)  # "soldiers announced that they had dissolved the government"
            if c.dep_ == "nsubj" and c.tag_ == "PRP" and carrier.dep_ == "advcl":
                out += _main_subject(c, carrier.head)  # "foreign troops withdrew years after they ousted the Taliban"
            if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") and carrier.dep_ == "relcl":
                # "junta leader Colonel Doumbouya, who ousted President Condé": the relative's noun
                out += [t for t in carrier.head.subtree if t.i < c.i]
        if not any(c.dep_ in ("nsubj", "agent") for c in carrier.children):
            # "officers said they had annulled the results and dissolved the institutions": the
            # subject shared with the verb it is conjoined to, a reported pronoun resolved
            shared = _subject(carrier) if carrier.dep_ == "conj" else []
            out += shared if any(t.pos_ in ("NOUN", "PROPN") for t in shared) else _controller(carrier)
    elif not out:
        out += _doer_of_frame(tok) or _accused_of_part(tok) or _blamed_for(tok)
    if not out and tok.dep_ == "pobj" and tok.head.lower_ == "for" and lemma(tok.head.head) in kind_cues()["calling"]:
        # "opposition leader Guaidó called for an uprising against Maduro": the uprising is his
        caller = tok.head.head
        subject = [c for c in caller.children if c.dep_ == "nsubj"]
        out += list(subject[0].subtree) if subject else _controller(caller)
    if not out and tok.dep_ in ("dobj", "nsubjpass") and _opposing(tok.head):
        # "foiled a coup attempt after gunmen led by an exiled politician attacked the palace":
        # who made the assault the coup was foiled in
        for clause in tok.head.children:
            if clause.dep_ == "advcl" and lemma(clause) in kind_cues()["assaulting"] and any(
                    c.dep_ == "mark" and c.lower_ in ("after", "when", "as") for c in clause.children):
                out += [t for c in clause.children if c.dep_ == "nsubj" for t in c.subtree]
    if not out and (antecedent := _antecedent(tok)) is not None:
        out += doers(antecedent)  # "... but the revolt fizzled out": the uprising named before
    if not out and tok.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in tok.children) \
            and _armed(_words(reporter := _subject(tok.head))):
        out += reporter  # "soldiers announced that the president had been removed": the soldiers did it
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
            # "followers of the cleric were involved in the coup": the passive's subject took part
            subject = [c for c in head.children if c.dep_ == "nsubj" or (
                c.dep_ == "nsubjpass" and lemma(head) in ("involve", "implicate"))]
            if subject and subject[0].tag_ in ("WP", "WDT") and head.dep_ == "relcl":
                # "the military government that came to power in the coup": the relative's noun
                return [t for t in head.head.subtree if t.i < subject[0].i]
            if subject:
                return list(subject[0].subtree)
        cur = head
    return []


def _main_subject(pronoun: Token, main: Token) -> list[Token]:
    """The subject of the main clause a pronoun in its adverbial clause takes up, where they
    agree in number ("foreign troops withdrew ... after they ousted the Taliban"; not "the
    president fled after they stormed the palace")."""
    subject = next((c for c in main.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return []
    plural = subject.tag_ in ("NNS", "NNPS") or lemma(subject) in kind_cues()["agents"]["military"]
    if (pronoun.lower_ == "they") != plural:
        return []
    return list(subject.subtree)


def _accused_of_part(tok: Token) -> list[Token]:
    """Who is accused of a part in the coup ("accused Russian state bodies of involvement
    in a coup plot", "blamed him for a role in the putsch"): the accused."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or lemma(tok.head.head) not in kind_cues()["taking_part"]:
        return []
    part = tok.head.head
    if part.dep_ != "pobj" or part.head.lower_ not in ("of", "for", "with"):
        return []
    return _accused(part.head.head) or _accused(part.head) or []


def _blamed_for(tok: Token) -> list[Token]:
    """Who is blamed for the coup itself or held answerable for it ("Ankara blames Gulen's
    followers for the failed coup", "the preacher whom the government holds responsible for
    the coup attempt", "the movement Ankara blames for the putsch", "the colonels were
    responsible for the putsch"): the one the accusation names, the accuser's account of
    who carried it out."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of"):
        return []
    word = tok.head.head
    if lemma(word) in kind_cues()["answerable"]:
        if word.dep_ == "acomp":  # "the colonels were responsible for the putsch"
            return _subject(word.head)
        if word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN"):  # "held the minister responsible for"
            return [t for t in word.head.subtree if t.i < word.i]
        return _object_of(word.head)  # "holds him responsible for", "found them guilty of"
    return _accused(word) or []


def _object_of(verb: Token) -> list[Token]:
    """The object of a verb, where a relative clause leaves it unsaid the noun the clause
    hangs on ("the movement Ankara blames for the coup")."""
    if verb.pos_ != "VERB":
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and objects[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        # "the exiled preacher Gulen, whom Erdogan blames for orchestrating the coup": the noun
        # the relative hangs on (and the one it is in apposition to)
        noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
        return [t for t in noun.subtree if t.i < objects[0].i]
    if objects:
        return list(objects[0].subtree)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [t for t in verb.head.subtree if t.i <= verb.head.i]
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
        if dep == "prep" and cur.lower_ in ("of", "for", "with") and _accused(head) is not None:
            return _accused(head)  # "accused the opposition of preparing a coup": the accused, not the accuser
        if dep == "prep" and cur.lower_ in ("of", "for", "with") and head.dep_ == "pobj" \
                and _accused(head.head.head) is not None:
            return _accused(head.head.head)  # "convicted two officers in absentia of plotting": "of" on the adjunct
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
        return _object_of(word) or None
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


def kind_read(tok: Token, source_types: list[str]) -> tuple[str, bool]:
    """``_kind_read``, with a kind only someone's label gives ("state media portrayed the
    protests as a Western-backed coup") not stated: the text reports the label, and a
    linked record's flags decide (``settle``)."""
    kind, stated = _kind_read(tok, source_types)
    return kind, stated and not _labelled_as(tok)


def _labelled_as(tok: Token) -> bool:
    """The coup word is what someone calls or portrays something ("portrayed the protests
    that drove him out as a coup", "a move his allies called a coup"): "as" may hang on
    the thing portrayed or a clause on it, so the labelling verb is looked for a few
    heads up."""
    k = kind_cues()
    verbs = set(k["labelling"]) | set(k["portraying"])
    if tok.dep_ in ("oprd", "attr", "xcomp") and lemma(tok.head) in verbs:
        return True
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        return False
    cur = tok.head
    for _ in range(3):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ == "VERB" and lemma(cur) in verbs:
            return True
        if cur.dep_ not in ("relcl", "acl", "dobj", "nsubjpass"):
            return False
    return False


def _kind_read(tok: Token, source_types: list[str]) -> tuple[str, bool]:
    """Cline's category, from the words that qualify the coup ("military coup",
    "self-coup", "US-backed coup"), from who the text says carried it out or stood
    behind it ("revolt by the National Guard", "led by opposition leader Guaidó with a
    group of soldiers", "supported by Washington"), from what the sentence says was done
    ("dissolved Congress" by an incumbent: an auto-coup; "forced to resign"), and from
    the type of its source actors. A civilian who leads soldiers makes a dissident coup;
    soldiers alone a military one. With it, whether the text states it (False where it is
    only inferred: a civilian among the actors, soldiers arrested after it, nothing at all),
    which decides whether it stands against a linked record's flags (``settle``)."""
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
            return name, True
    means = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "through", "amid")
             for g in c.children if g.dep_ == "pobj"]
    if _words(means) & k["popular_pressure"] and not _armed(_words(t for g in means for t in g.subtree)) \
            and not doers(tok):
        return "popular-revolt", True  # "overthrown as president in an uprising in 2011", by no one named
    driven = _driven_out(tok)
    if driven == "popular" or (lemma(tok) in cues()["coup"]["revolt"] and _revolt_drove_out(tok)):
        return "popular-revolt", True  # "resigned after protesters stormed his residence"
    if driven == "military":
        return "military", True
    if driven == "forced" and any(c.dep_ == "auxpass" for c in tok.head.children):
        # "was forced to resign at gunpoint by mutinous officers": told as the resignation, not as
        # what soldiers did ("army officers forced the king to abdicate" is their coup)
        return "forced-resignation", True
    if foreign:
        return "foreign-backed", True  # "overthrown by a CIA-backed force of exiles": the backer named is the telling fact
    sent = [t for t in tok.sent]
    lemmas = {lemma(t) for t in sent}
    armed = k["agents"]["military"] | k["agents"]["rebel"]
    if lemma(tok) in k["assuming"] and _assumes_full_power(tok):
        return "auto-coup", True
    for verb in sent:
        objects = k["auto"].get(lemma(verb))
        if objects and any(lemma(o) in objects for o in verb.subtree if o.dep_ in ("dobj", "nsubjpass")) \
                and not _words(_subject(verb)) & armed:
            return "auto-coup", True  # the incumbent against the other branches; not "the army dissolved parliament"
    agents = doers(tok) or _acting_during(tok)  # "detained by soldiers during the takeover": theirs
    if lemma(tok) in k["armed_nouns"] and not _armed(_words(agents)):
        agents = agents + _clause_subject(tok)  # "officers read a statement announcing the dissolution of the government"
    # "foreign-backed mercenaries tried to overthrow": the backer may qualify the doers
    # (not "launched by Guaidó, the US-funded 'interim president'": backing a person is not backing the coup)
    backed = [t for a in agents if a.dep_ in ("amod", "compound") and a.head in agents
              and a.head.pos_ == "NOUN" and a.head.dep_ != "appos" and a.head.ent_type_ != "PERSON"
              and any(lemma(g) in k["backing_verbs"] for g in a.subtree) for t in a.subtree]
    if backed and _foreign([t for t in backed if lemma(t) not in k["backing_verbs"]], tok):
        return "foreign-backed", True
    agents = [t for t in agents if t not in backers or not foreign]
    if _words(t for t in agents if t.dep_ in ("amod", "compound") or (
            t.pos_ in ("NOUN", "PROPN") and t.head.dep_ in ("agent", "prep") and t.dep_ == "pobj")) & k["foreign_words"]:
        # "foreign troops ousted the Taliban", "the coup was orchestrated by the CIA": from abroad
        return "foreign-backed", True
    if _foreign_doers(agents, tok):
        return "foreign-backed", True  # "Russian intelligence officers plotted to overthrow Montenegro's government"
    named = _named_doers(agents)
    said = _words(named)
    # "his rival and former deputy Riek Machar": an insider no longer
    insiders = [t for t in named if lemma(t) in k["agents"]["palace"] and not any(
        g.lower_ in k["former"] for g in [*t.children, *t.head.children])]
    if insiders and not said & (k["agents"]["dissident"] | k["agents"]["military"]):
        return "palace", True  # not "the ruling military council": soldiers in power are no palace insiders
    if said & k["agents"]["rebel"]:
        return "rebel", True
    if said & k["agents"]["dissident"]:
        return "dissident", True  # "opposition leader Guaidó, with a few dozen soldiers"
    if said & k["agents"]["military"]:
        return "military", True
    if "force" in lemmas and lemmas & k["resign"]:
        return "forced-resignation", True
    if tok.dep_ == "nsubj" and lemma(tok.head) in k["installing"] and _words(
            t for o in tok.head.children if o.dep_ in ("dobj", "prt", "prep") for t in o.subtree) & k["agents"]["military"]:
        return "military", True  # "the coup installed a military government", "ushered in military rule"
    if "MILITARY" in source_types and not _opposed(tok):
        return "military", True  # the soldiers among its actors; not "troops loyal to the president crushed the coup"
    if not said and _words(_held(tok)) & k["agents"]["military"]:
        return "military", False  # "said the raid was a failed coup attempt and arrested dozens of soldiers": the suspects
    if foreign or words & k["qualifiers"]["foreign-backed"]:
        return "foreign-backed", True
    if said & k["agents"]["popular-revolt"]:
        return "popular-revolt", True
    if not agents and lemma(tok) in k["agents"]["popular-revolt"]:
        return "popular-revolt", True  # "the 2011 uprising that toppled Mubarak": the revolt did it, no one else named
    if any(t.dep_ in ("poss", "compound") and t.ent_type_ == "PERSON" for t in agents) or (
            source_types and all(t == "PERSON" for t in source_types)):
        # "Guaidó's abortive coup", "blames Gulen members for the coup": a named civilian's, no soldiers said
        return "dissident", False
    return "other", False


def _foreign_doers(agents: list[Token], tok: Token) -> bool:
    """The doers are of another country than the one the coup is in: their phrase names a
    country ("two Russian officers", "a group trained in Russia"; not where they live: "a
    US-based preacher"), and the sentence puts the coup in another, by the coup's own words
    or by that country's own institutions ("a Montenegrin court", "Armenia's security service"). Not a country that only
    reacts ("France's foreign ministry condemned the coup by Nigerien soldiers")."""
    ids = {t.i for t in agents}
    ents = [e for e in tok.doc.ents if e.label_ in ("GPE", "NORP") and e.start >= tok.sent.start
            and e.end <= tok.sent.end and country_of(e.text)]
    residing = kind_cues()["residing"]  # "a US-based preacher": where he lives, not whom he serves
    theirs = {country_of(e.text) for e in ents if all(t.i in ids for t in e) and e.root.head.lower_ not in residing}
    if not theirs:
        return False
    reacting = {t.i for v in tok.sent if _opposing(v) for c in v.children if c.dep_ == "nsubj" for t in c.subtree}
    home = {place(tok)} - {None}
    home |= {country_of(e.text) for e in ents if not any(t.i in ids or t.i in reacting for t in e)
             and e.root.dep_ in ("poss", "amod", "compound")}
    return bool(home) and not home & theirs


def _held(tok: Token) -> list[Token]:
    """Who the sentence says was arrested or tried for it, where it names no doer: the
    suspects, the nearest the text comes to saying who carried it out ("foiled a coup
    attempt and arrested dozens of soldiers"); not who was held in it ("the soldiers
    detained the president" names the coup's victim, a ruler)."""
    k = kind_cues()
    return [t for v in tok.sent if v.pos_ == "VERB" and lemma(v) in k["arresting"]
            for o in v.children if o.dep_ in ("dobj", "nsubjpass") and not _words(o.subtree) & k["rulers"]
            for t in o.subtree]


def _opposed(tok: Token) -> bool:
    """The coup is what the clause's subject fought or judged ("loyal troops crushed the
    coup"), so the actors of the clause are not its doers."""
    return tok.dep_ in ("dobj", "nsubjpass") and _opposing(tok.head)


def _opposing(verb: Token) -> bool:
    """A verb whose subject fights or judges the coup ("crushed", "condemned", "put down")."""
    return lemma(verb) in kind_cues()["opposing"] or (
        lemma(verb) == "put" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children))


def _named_doers(agents: list[Token]) -> list[Token]:
    """The words of the doers' phrases that say who they are: not a relative clause on
    them ("soldiers who flew him into exile" are soldiers, not exiles; but "led by" names
    their leader), nor "rebel" or
    "renegade" qualifying soldiers ("rebel soldiers" are mutinous troops, a military coup)."""
    k = kind_cues()["agents"]
    ids = {t.i for t in agents}
    dropped: set[int] = set()
    for t in agents:
        if t.dep_ == "acl" and lemma(t) == "lead" and any(c.dep_ == "agent" for c in t.children):
            continue  # "gunmen led by an exiled politician": who led them says whose coup it was
        if t.dep_ in ("relcl", "acl") and t.head.i in ids and t.i not in dropped:
            dropped |= {g.i for g in t.subtree}
        if t.dep_ in ("amod", "compound") and lemma(t.head) in k["military"] and lemma(t) not in k["military"] \
                and t.ent_type_ not in ("GPE", "NORP"):
            dropped |= {g.i for g in t.subtree}  # "rebel soldiers", "ultra-royalist generals": soldiers still
    return [t for t in agents if t.i not in dropped]


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
    """The Cline country a place name or demonym denotes ("Chile's", "the Honduran"), or a
    form the actors' gazetteer knows: an official name ("the Republic of Cyprus") or a
    capital, which news uses for the country and its government ("what happened in Niamey",
    "protests that drove Yanukovych from Kyiv")."""
    text = re.sub(r"['’]s$", "", text).strip().lower()
    names = country_names()
    found = names.get(text) or names.get(text.removeprefix("the "))
    if found is None:
        iso = country_code(text) or capital_code(text) or demonym_code(text)
        found = names.get(iso) if iso else None
    return found


def countries(tok: Token, sent: Span, mention_countries: list[str]) -> list[str]:
    """Cline country names the coup may be in, most likely first: places or demonyms
    inside the coup's own phrase ("the Honduran coup", "against Guatemala's Árbenz"),
    then the countries of its actors, then other places in the sentence, nearest first."""
    ents = [e for e in sent.ents if e.label_ in ("GPE", "NORP", "LOC")]  # the tagger may call a republic a LOC
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
    out at all); ties go to the record whose outcome and kind agree, then to the earliest
    (the latest, in a guessed span). The reference carries the dataset's own outcome and
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
        return _reference(max(cands, key=score)), n
    if not guessed and lo[:7] == hi[:7]:
        # "since the abortive putsch of July 2016", no country named: the text's month or day is
        # the coup's; where the whole record holds one coup then, that one is meant
        cands = [r for rs in records().values() for r in rs if lo <= r.date <= hi
                 and (r.outcome == "conspiracy") == (outcome_ == "conspiracy")]
        if len(cands) == 1:
            return _reference(cands[0]), len(country_list) + 1
    return None


def _reference(record: Coup) -> dict:
    """The record as an event cites it: the dataset's own outcome and kinds travel with
    it, for ``settle`` to weigh against what the text says."""
    return {"dataset": reference.DATASET, "coup_id": record.id, "date": record.date, "country": record.country,
            "outcome": record.outcome, "kinds": list(record.kinds)}
