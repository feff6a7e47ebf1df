"""Sources a careful reader takes from the article around a clause that names no doer.

News tells the doer of an act once and then leaves it out: "Tens of thousands of
protesters took to the streets ... Protests continued on Monday night"; "Russian
police ... Navalny was detained at the protest". The clause alone names no one, and the
events stage leaves its source empty. Some acts have a doer the article itself settles,
when it names one candidate only:

* a protest, rally or demonstration whose subject slot is empty or only counts people
  ("hundreds of thousands demonstrated"): the crowd the article names as protesters, or
  the crowd that an asserted protest of the article was done by, the nearest mention of
  which before the trigger (else the first after it) wins; never for a rival crowd's
  act ("a counter-demonstration") nor one only planned or supposed;
* an arrest, sentence or charge with no agent ("was detained", "has been sentenced",
  "was charged with"): only a state's arm does it, so the one arm of the kind the act
  needs (police for custody, a court for a penalty, prosecutors for a charge; word lists
  in ``data/discourse.json``) that the article names for the country concerned. The
  country must be known on both sides: the arm's, and the place's (else the undergoer's,
  else the article's main country: "a British reporter was detained in Moscow" is Russia's
  act); an arm of unknown country, two arms of the kind, or
  a speaker other than the media reporting the act (the prosecutor who speaks may have
  brought the charge) leave the source empty. When the article names no arm of any kind
  the act needs, the state is the country itself, as the article names it (one actor);
* an act told again ("A court ordered the arrest of X ... Her arrest drew protests"): the
  doer of the earlier mention of that act (same type and mode) on the same undergoer, when
  the earlier mentions name one doer and no stated dates set the two apart;
* a call a protest's clause carries ("Protests continued, with calls for the government to
  resign"): the protesters'.

A wrong source is worse than none: a slot the parse filled with a phrase no actor covers
stays empty (someone else was named), and an inferred source lowers the event's
confidence (``INFERRED``) and is marked ``source_basis = "discourse"``, both in the export.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Token

from ..actors import dominant_country
from ..records import Event
from .extract import MentionIndex, _reporter, argument_tokens, resolve
from .lexicon import DATA, lemma

INFERRED = 0.6  # the share of an event's confidence kept when its source is inferred
OPEN_MOODS = ("asserted", "reported")
GENERIC_MARKS = ("when", "whenever", "if", "once", "unless")


@lru_cache(maxsize=1)
def words() -> dict:
    """``data/discourse.json``, flat lists as sets; an act's arms keep their order of preference."""
    with open(DATA / "discourse.json", encoding="utf-8") as f:
        raw = json.load(f)
    out = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    out["state_acts"] = {kind: {"lemmas": frozenset(spec["lemmas"]), "heads": [frozenset(h) for h in spec["heads"]]}
                         for kind, spec in raw["state_acts"].items()}
    return out


def infer_sources(events: list[Event], triggers: dict[int, Token], index: MentionIndex) -> None:
    """Fill the empty source of events (see the module's docstring); ``triggers``: id(event)
    -> its trigger token."""
    home = dominant_country(m.country for m in index.mentions)
    protests: dict[int, Event] = {}  # trigger index -> the protest event it triggers
    for event in sorted(events, key=lambda e: e.type != "PROTEST"):  # protests first: their calls follow them
        tok = triggers.get(id(event))
        if tok is not None and event.type == "PROTEST":
            protests[tok.i] = event
        if event.source or tok is None or event.modality not in OPEN_MOODS or event.coup is not None:
            continue
        found = None
        if event.type == "PROTEST":
            found = _crowd(tok, event, events, index)
        elif event.type == "REQUEST":
            found = _protest_call(tok, event, protests)
        else:
            kind = _state_act(tok)
            if kind is not None and _open(tok, event.type) and not _told_by_another(tok, index) \
                    and not _generic(tok):
                found = _state_arm(kind, event, index, home, tok)
        if found is None and event.type not in ("PROTEST", "REQUEST") and _open(tok, event.type):
            found = _told_before(event, events)
        if found is not None:
            event.source = [found]
            event.target = [k for k in event.target if k != found]
            event.confidence = round(event.confidence * INFERRED, 2)
            event.source_basis = "discourse"


def _open(tok: Token, etype: str, fillers: frozenset[str] = frozenset()) -> bool:
    """Whether the parse left the trigger's source slot empty (or filled it only with one of
    ``fillers``, words that count people without saying who they are)."""
    src, _ = argument_tokens(tok, etype)
    return all(t.lower_ in fillers or (t.pos_ == "NUM" and bool(fillers)) for t in src)


def _crowd(tok: Token, event: Event, events: list[Event], index: MentionIndex) -> str | None:
    """The crowd a protest with no doer of its own is by: the article's protesters, nearest before it."""
    W = words()
    if _rival(tok.doc.text[max(0, tok.idx - 12):tok.idx + len(tok)]):
        return None
    if not _open(tok, event.type, W["crowd_fillers"]):
        return None
    heads = W["crowd_heads"]
    crowds = {m.entity for m in index.mentions if m.kind != "pronoun" and m.type == "GROUP"
              and _tail(m.text, heads)}
    crowds |= {k for e in events if e.type == "PROTEST" and e.modality == "asserted" and e is not event
               for k in e.source if _group(k, index)}
    crowds -= {k for k in crowds if any(m.entity == k and _rival(m.text) for m in index.mentions)}
    if not crowds:
        return None
    at = tok.idx
    mentions = [m for m in index.mentions if m.entity in crowds and m.kind != "pronoun"]
    before = [m for m in mentions if m.end <= at]
    pick = max(before, key=lambda m: m.start) if before else min(mentions, key=lambda m: m.start)
    return pick.entity


def _group(key: str, index: MentionIndex) -> bool:
    return any(m.entity == key and m.type == "GROUP" for m in index.mentions)


def _rival(text: str) -> bool:
    """Whether a crowd word is written with a rival prefix ("counter-demonstration",
    "counter-protesters")."""
    low = text.lower()
    return any(re.search(rf"\b{p}-?\w", low) for p in words()["rival_crowd_prefixes"])


def _tail(text: str, heads) -> bool:
    ws = text.lower().split()
    return any(" ".join(ws[i:]) in heads for i in range(len(ws)))


def _told_before(event: Event, events: list[Event]) -> str | None:
    """"A court ordered the arrest of X on Thursday ... X's arrest": the same act on the same
    undergoer told again is done by the one who did it before: an earlier event of the same
    type and mode, sharing an undergoer and not dated apart, whose doer is one actor (no
    other earlier mention of that act on them names another)."""
    if not event.target:
        return None
    doers = {tuple(e.source) for e in events if e.start < event.start and e.source
             and (e.type, e.mode) == (event.type, event.mode) and set(e.target) & set(event.target)
             and not _dated_apart(e, event)}
    if len(doers) != 1:
        return None
    doer = next(iter(doers))
    return doer[0] if len(doer) == 1 else None


def _dated_apart(a: Event, b: Event) -> bool:
    """Two mentions whose own words date them differently ("arrested on Tuesday ... also
    detained last year") tell two acts, not one told twice."""
    def stated(e: Event):
        return e.date.value if e.date is not None and e.date.basis == "expression" else None
    return stated(a) is not None and stated(b) is not None and stated(a) != stated(b)


def _protest_call(tok: Token, event: Event, protests: dict[int, Event]) -> str | None:
    """"Protests continued on Monday night, with calls for the government to resign", "A
    crowd rallied outside parliament, demanding new elections": a call the clause of a
    protest carries ("with" a call, or a participle) is the protesters'."""
    src, _ = argument_tokens(tok, event.type)
    if any(t.i not in protests for t in src):  # a participle borrows the protest itself as its subject
        return None
    verb = tok.head.head if tok.head.dep_ == "prep" and tok.head.lower_ == "with" else \
        tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
    if verb is None:
        return None
    protest = protests.get(verb.i) or next((protests[c.i] for c in verb.children
                                            if c.dep_ == "nsubj" and c.i in protests), None)
    return protest.source[0] if protest is not None and protest.source else None


def _told_by_another(tok: Token, index: MentionIndex) -> bool:
    """"They are charged with war crimes, he said": one who reports an arrest or a charge
    may be the one who made it (the prosecutor speaking); only the media's reports leave
    the doer to be read from the article."""
    reporter = _reporter(tok)
    if reporter is None:
        return False
    m = resolve(reporter, index)
    return m is None or m.type != "MEDIA"


def _generic(tok: Token) -> bool:
    """"Immigrants lose their status when they're convicted of crimes": an act in a present-tense
    "when"/"if" clause is a rule about any such case, done by no one the article names."""
    clause = tok
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    marked = clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in GENERIC_MARKS
                                            for c in clause.children)
    return marked and any(c.tag_ in ("VBP", "VBZ") for c in clause.children if c.dep_ in ("aux", "auxpass"))


def _state_act(tok: Token) -> str | None:
    lem = lemma(tok)
    return next((kind for kind, spec in words()["state_acts"].items() if lem in spec["lemmas"]), None)


def _state_arm(kind: str, event: Event, index: MentionIndex, home: str | None, tok: Token) -> str | None:
    place = index.country(event.location) if event.location else None
    undergoers = {c for k in event.target if (c := index.country(k)) is not None}
    if place is None and len(undergoers) > 1:
        return None
    # where it was done, else whose people underwent it, else what the article is about
    country = place or next(iter(undergoers), None) or home
    if country is None:
        return None
    named_arm = False
    for heads in words()["state_acts"][kind]["heads"]:
        arms = {m.entity for m in index.mentions if m.kind != "pronoun" and m.type != "PERSON" and _tail(m.text, heads)}
        if not arms or all(index.country(k) not in (None, country) for k in arms):
            continue  # none, or only another country's ("German police ... in Turkey, mayors were arrested")
        named_arm = True
        bench = {k for k in arms if _only_as(k, words()["bench_members"], index)}
        if len(arms - bench) == 1 and len(bench) <= 1:
            # "a Moscow court ... the judge": the judge is the court's, one bench
            countries = {c for k in arms if (c := index.country(k)) is not None}
            return next(iter(arms - bench)) if countries == {country} else None
        if len(arms) > 1:
            return None  # two of the kind: either may have done it
        arm = next(iter(arms))
        return arm if index.country(arm) == country else None
    # No arm named: where it was done says whose act it is; else only the country the
    # article is about, with no other country's actor in reach (whose people underwent an
    # act does not say where it was done: "two Kenyan activists were arrested").
    settled = place is not None or (country == home and undergoers <= {home} and not _others_near(tok, home, index))
    return None if named_arm or not settled else _state_of(country, index)


def _state_of(country: str, index: MentionIndex) -> str | None:
    """"Tens of thousands were arrested in purges after the coup attempt", in an article
    that names no police, court or prosecutor at all: the act is the state's, and the
    state is the country, when the article names it as such ("Turkey", "Ankara", "the
    Turkish government": one actor)."""
    states = {m.entity for m in index.mentions if m.type == "GPE" and m.kind != "pronoun"
              and index.country(m.entity) == country}
    return next(iter(states)) if len(states) == 1 else None


def _others_near(tok: Token, country: str, index: MentionIndex) -> bool:
    """Whether the act's sentence or the two before name an actor of another country than
    the one the article is about ("Uganda's Bobi Wine ... He is running against Museveni
    ... a road paved with arrests" in an article about South Africa): the act may be that
    country's."""
    first = tok.sent
    for _ in range(2):
        if first.start == 0:
            break
        first = tok.doc[first.start - 1].sent
    return any(first.start_char <= m.start < tok.sent.end_char and index.country(m.entity) not in (None, country)
               for m in index.mentions)


def _only_as(key: str, heads, index: MentionIndex) -> bool:
    """Whether every mention of an actor is headed by one of ``heads``."""
    return all(_tail(m.text, heads) for m in index.mentions if m.entity == key and m.kind != "pronoun")
