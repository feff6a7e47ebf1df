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
* an act whose noun a state organ qualifies ("a police raid", "the government crackdown",
  "the army's offensive", "killed in a police operation", "military strikes") or whose
  subject is an unnamed holder of an organ's office ("the army chief said", "a government
  spokesman denied"), or the forces such a holder speaks of as theirs ("the army chief said
  his forces had killed 30"): that organ, i.e. the one arm of its kind the article names for the
  country the phrase states (else where it was done, else the article's main country with
  no other country's actor in the sentence), else that country as the article names it;
  an organ written against ("anti-government") or undergoing the act is no doer;
* a call a protest's clause carries ("Protests continued, with calls for the government to
  resign") or the protest's own participle ("rallies calling for new elections"): the protesters'.

A wrong source is worse than none: a slot the parse filled with a phrase no actor covers
stays empty (someone else was named), and an inferred source lowers the event's
confidence (``INFERRED``) and is marked ``source_basis = "discourse"``, both in the export.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Token

from ..actors import country_code, demonym_code, dominant_country, sector_of
from ..records import Event
from .extract import MentionIndex, _reporter, argument_tokens, resolve, speech_subject
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
    out["modifier_organs"] = dict(raw["modifier_organs"])
    return out


def infer_sources(events: list[Event], triggers: dict[int, Token], index: MentionIndex) -> None:
    """Fill the empty source of events (see the module's docstring); ``triggers``: id(event)
    -> its trigger token."""
    home = dominant_country(m.country for m in index.mentions)
    protests: dict[int, Event] = {}  # trigger index -> the protest event it triggers
    for event in events:
        tok = triggers.get(id(event))
        if not event.source and tok is not None and event.type != "PROTEST" and event.coup is None:
            kind = _modifier_organ(tok) if tok.pos_ != "VERB" or event.type in ("ASSAULT", "COERCE", "MOBILIZE") \
                else None
            kind = kind or _titled_organ(tok)
            found = _organ_arm(*kind, event, index, home, tok) if kind is not None else None
            if found is not None and found not in event.target:  # never a doer of what it undergoes
                event.source = [found]
                event.confidence = round(event.confidence * INFERRED, 2)
                event.source_basis = "discourse"
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


def _modifier_organ(tok: Token) -> tuple[str, Token] | None:
    """The kind of state organ written as a modifier of an act's noun ("a police raid", "the
    government crackdown", "military strikes", "the army's offensive") or of the operation a
    passive verb is done in ("killed in a police operation") or that is a verb's subject ("the
    army's offensive killed dozens"): the organ does the act. A
    possessive or an adjective counts only on an operation's noun ("the government's ouster"
    is undergone; "military aid" is a kind of aid, given by whoever gives it),
    and an organ written against ("anti-government", "pro-army") is the act's object."""
    W = words()
    if tok.pos_ == "VERB":
        # "a police raid left three dead": the operation that is the verb's subject
        ops = [c for c in tok.children if c.dep_ == "nsubj" and lemma(c) in W["organ_operations"]]
        if _passive_agentless(tok):
            ops += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
                    for o in p.children if o.dep_ == "pobj" and lemma(o) in W["organ_operations"]]
        return next((k for o in ops if (k := _modifier_organ(o)) is not None), None)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for mod in tok.children:
        if mod.i > tok.i or (mod.i > 0 and tok.doc[mod.i - 1].text in ("-", "anti", "pro")) \
                or re.match(r"(anti|pro|counter)-", mod.lower_):
            continue
        if not (mod.dep_ == "compound" or (mod.dep_ in ("amod", "poss") and lemma(tok) in W["organ_operations"]
                                           and (mod.dep_ == "poss" or mod.lower_ in W["organ_adjectives"]))):
            continue
        if any(c.dep_ == "case" for c in mod.children) and mod.dep_ != "poss":
            continue
        lem = mod.lower_ if mod.lower_ in W["modifier_organs"] else lemma(mod)
        pre = [c for c in mod.children if c.dep_ == "compound"]
        if pre and f"{pre[-1].lower_} {lem}" in W["modifier_organs"]:
            return W["modifier_organs"][f"{pre[-1].lower_} {lem}"], tok
        if lem in W["modifier_organs"] and not pre:
            return W["modifier_organs"][lem], tok
    return None


def _organ_arm(kind: str, noun: Token, event: Event, index: MentionIndex, home: str | None,
               tok: Token) -> str | None:
    """Whose organ a modifier names: the country its own phrase states ("Ugandan police
    raids", "Kenya's army chief"), else where the act was done, else the article's main
    country when the sentence names no other country's actor besides the act's undergoers
    (whose people underwent it does not say whose organ did it). The one arm of the kind
    the article names for that country, else the country itself; two arms: no one."""
    stated = set()
    for t in noun.subtree:
        if t.i >= noun.i:
            continue
        m = index.at(t)
        code = demonym_code(t.text) or country_code(t.text) or (m.country if m is not None else None)
        if code:
            stated.add(code)
    if len(stated) > 1:
        return None
    place = index.country(event.location) if event.location else None
    country = next(iter(stated), None) or place
    if country is None:
        sent = tok.sent
        others = {m.entity for m in index.mentions if sent.start_char <= m.start < sent.end_char
                  and index.country(m.entity) not in (None, home)} - set(event.target)
        if home is None or others:
            return None
        country = home
    for heads in words()["state_acts"][kind]["heads"]:
        arms = {m.entity for m in index.mentions if m.kind != "pronoun" and m.type != "PERSON" and _tail(m.text, heads)
                and index.country(m.entity) == country}
        if arms:
            return next(iter(arms)) if len(arms) == 1 else None
    return _country_named(country, index)


def _titled_organ(tok: Token) -> tuple[str, Token] | None:
    """"The army chief accused Algeria of arming the rebels", "a government spokesman denied
    it": one who speaks or acts for an organ by office, unnamed, acts as that organ (not a
    former holder of the office, who speaks for no one)."""
    W = words()
    if tok.pos_ != "VERB":
        return None
    for subj in tok.children:
        if subj.dep_ == "nsubj" and _office_holder(subj):
            return _modifier_organ(subj)
    # "The army chief said his forces had killed 30 fighters": a force under the speaker's
    # command ("his"/"her" on a group word) acts for the organ the speaker holds office in.
    if any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and sector_of(s.lower_) is not None
           and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in s.children) for s in tok.children):
        speaker = speech_subject(tok)
        if speaker is not None and _office_holder(speaker):
            return _modifier_organ(speaker)
    return None


def _office_holder(subj: Token) -> bool:
    """One unnamed holder of an organ's office ("the army chief"), not a former one."""
    W = words()
    return lemma(subj) in W["organ_titles"] and subj.tag_ == "NN" \
        and not any(c.lower_ in W["past_office"] for c in subj.children)


def _passive_agentless(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


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
    crowd rallied outside parliament, demanding new elections", "rallies calling for new
    elections": a call the clause of a protest carries ("with" a call, or a participle), or
    the protest's own participle, is the protesters'."""
    src, _ = argument_tokens(tok, event.type)
    if any(t.i not in protests for t in src):  # a participle borrows the protest itself as its subject
        return None
    if src or (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.i in protests):
        # "rallies calling for the government to resign": the participle is the protest's own
        # (the parser may even make the protest its subject)
        protest = protests[src[0].i if src else tok.head.i]
        return protest.source[0] if protest.source else None
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


def _country_named(country: str, index: MentionIndex) -> str | None:
    """The country as the article names it ("Zimbabwe"), not one of its cities: an organ
    written as a modifier ("a police raid in Harare") is the state's own."""
    states = {m.entity for m in index.mentions if m.type == "GPE" and m.kind != "pronoun"
              and index.country(m.entity) == country and country_code(m.text) == country}
    return next(iter(states)) if len(states) == 1 else None


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
