"""Descriptions and pronouns that point back to an organisation, armed group, alliance or
country named earlier: 'the separatist group', 'the organization', 'the country', 'the
European side', 'the latter', and a subject 'it' or 'they'.

News names a body once and then describes it ('The Baloch Liberation Army claimed the
attack. ... The separatist group accuses Pakistan of ...'). The description's head noun
says what kind of actor it can be (``description_heads`` in ``lexicon.json``: Mention
types; whether a state's organ or a civil body may be meant; whether a modifier must name
it), and its modifiers narrow that: an armed word ('separatist', 'militant') rules out a
state's organ, a civil body and a country; a country adjective must be the body's country.
A description is linked only where the evidence is clear: the body is the one compatible
actor mentioned in reach (before it in its sentence, or in the two sentences before),
never one we could only follow into a quotation; no other actor of that kind has been
named as often so far ('the country's biggest airport' of an article about Pakistan is not
China named in passing just before), no other country is named in reach, even by its
adjective, for 'the country', and no other thing described by the same noun ('a group of
gunmen') is in reach. Pronouns follow a body only where nothing else could be meant (see
``subject_pronouns``). A wrong link gives an event a wrong main actor, so in any doubt the
description or pronoun stays unlinked.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Token

from . import document as _d
from .lexicon import country_code, demonym_code, fold, words

_AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "dative", "pobj"}


def described_actors(doc: Doc, cands: list, entities: list, extra: list) -> list[tuple]:
    """Mentions ``(cand, entity)`` for descriptions of named non-person actors (see the
    module's docstring). ``extra``: the descriptions and mentions linked so far, which
    are both taken (never described twice) and in reach as antecedents. A description
    linked here is in reach for the next ('The group also opposes ...')."""
    W = words()
    heads: dict[str, list[str]] = W["description_heads"]
    found: list[tuple[Token, list[Token] | None, _Kind | None]] = []  # what the parse alone allows
    for tok in doc:
        if tok.lower_ in ("latter", "former"):
            if _pair_word(tok):
                found.append((tok, None, None))
            continue
        lemma = tok.lemma_.lower()
        if lemma not in heads or tok.tag_ != "NN":
            continue
        mods = _modifiers(tok)
        if mods is None:
            continue
        kind = _Kind(lemma, heads[lemma], mods, W)
        if not (kind.bad or (kind.country_head and tok.dep_ not in _AGENT_DEPS)):
            found.append((tok, mods, kind))
    if not found:
        return []  # most articles: nothing to read, so none of the work below
    taken = {i for c in cands for i in range(c.start, c.end)} | {i for c, _ in extra for i in range(c.start, c.end)}
    quoted = _d._quoted_chars(doc.text)
    sents = list(doc.sents)
    sent_of = {tok.i: n for n, s in enumerate(sents) for tok in s}
    owners: list[tuple[int, int, object]] = []  # (sentence, token, entity) of each actor mention
    for ent in entities:
        if ent.type in ("PERSON", "LOC", "OTHER"):
            continue
        for c in ent.cands:
            owners.append((sent_of[c.start], c.start, ent))
    for c, ent in extra:
        if ent.type not in ("PERSON", "LOC", "OTHER"):
            owners.append((sent_of[c.start], c.start, ent))
    owners.sort(key=lambda o: o[1])
    out: list[tuple] = []
    for tok, mods, kind in found:
        if tok.i in taken or quoted[tok.idx]:
            continue
        if kind is None or mods is None:
            target = _pair_member(tok, sents, sent_of, entities, extra)
            if target is not None:
                out.append((_d._Cand(tok.i, tok.i + 1, target.type, kind="nominal"), target))
                taken.add(tok.i)
            continue
        lemma = kind.head
        start = min([m.left_edge.i for m in mods] + [tok.i])
        if any(i in taken for i in range(start, tok.i)):
            continue  # 'the Hamas group', 'the U.N. agency': another actor's, or a name NER cut short
        n = sent_of[tok.i]
        lo = sents[max(0, n - 2)].start
        if any(t.lemma_.lower() == lemma and t.tag_ == "NN" and t.i not in taken for t in doc[lo:start]):
            continue  # 'Hamas said a group of gunmen attacked. The group fled.': the one described before
        reach = [
            (s, i, e)
            for s, i, e in owners
            if n - 2 <= s <= n and i < start and kind.fits(e)
        ]
        inside = {id(e) for s, i, e in reach if not quoted[doc[i].idx]}
        ents = _d._distinct([(None, e) for _, _, e in reach])
        if len(ents) != 1 or id(ents[0]) not in inside:
            continue  # none, several, or one we could only follow into a quotation
        target = ents[0]
        if target.type == "GPE" and _countries_named(doc, lo, start) - {target.country}:
            continue  # 'Iraqi Prime Minister ... said the country's ...': a country named only by its adjective
        counts: dict[int, int] = defaultdict(int)
        for _, i, e in owners:
            if i < start and kind.fits(e):
                counts[id(e)] += 1
        if any(v >= counts[id(target)] for k, v in counts.items() if k != id(target)):
            continue  # another actor of this kind the article has named as often may be meant
        c = _d._Cand(start, tok.i + 1, target.type, kind="nominal")
        out.append((c, target))
        owners.append((n, start, target))
        owners.sort(key=lambda o: o[1])
        taken.update(range(start, tok.i + 1))
    return out


def _pair_word(tok: Token) -> bool:
    """'the latter', 'the former' as a noun ('the latter's refusal'), not 'the former president'."""
    if tok.dep_ not in _AGENT_DEPS or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return False
    return [ch.lower_ for ch in tok.lefts] == ["the"]


def _pair_member(tok: Token, sents: list, sent_of: dict, entities: list, extra: list):
    """'the latter', 'the former' → the second or first of exactly two actors named just
    before: before it in its sentence, and in the sentence before when its own names fewer
    than two."""
    n = sent_of[tok.i]
    lo = sents[n].start
    first: dict[int, tuple[int, object]] = {}
    pairs = [(c, e) for e in entities for c in e.cands] + list(extra)
    for window_lo in (lo, sents[n - 1].start if n else lo):
        for c, e in pairs:
            if window_lo <= c.start < tok.i and e.type not in ("LOC", "OTHER"):
                if id(e) not in first or c.start < first[id(e)][0]:
                    first[id(e)] = (c.start, e)
        if len(first) >= 2:
            break
    if len(first) != 2:
        return None
    ordered = [e for _, e in sorted(first.values(), key=lambda x: x[0])]
    return ordered[1] if tok.lower_ == "latter" else ordered[0]


def _modifiers(tok: Token) -> list[Token] | None:
    """The description's modifiers before its head, or None when the phrase is not a
    plain definite description pointing back: no 'the' or demonstrative ('that country'), a predicate ('X is the largest
    group'), a complement that names another ('the group of seven', 'the organization for
    ...'), a restrictive relative clause that introduces one ('the group that ...')."""
    if tok.dep_ in ("compound", "amod", "attr", "appos", "npadvmod", "conj", "acomp", "oprd"):
        return None
    lefts = list(tok.lefts)
    dets = [ch for ch in lefts if ch.dep_ in ("det", "predet")]
    if len(dets) != 1 or dets[0].lower_ not in words()["pointing_determiners"] or dets[0].i != lefts[0].i:
        return None
    if any(ch.dep_ in ("poss", "nummod", "quantmod") for ch in lefts):
        return None
    for ch in tok.rights:
        if ch.dep_ == "prep" and ch.lower_ in ("of", "for", "from", "behind"):
            return None
        if ch.dep_ in ("appos", "relcl") and ch.i > 0 and tok.doc[ch.left_edge.i - 1].text != ",":
            return None  # 'the group that claimed ...'; but 'the organization, led by ...,'
        if ch.dep_ == "appos":
            return None  # 'the group, Hamas,': a name of its own
    return [ch for ch in lefts if ch.dep_ not in ("det", "predet", "punct")]


class _Kind:
    """What a description can stand for: its head's Mention types, narrowed by its modifiers."""

    def __init__(self, lemma: str, types: list[str], mods: list[Token], W: dict):
        self.types = set(types)
        self.country_head = "GPE" in self.types
        self.state_ok = lemma in W["state_description_heads"] or self.country_head
        self.head = lemma
        self.needs_name = lemma in W["named_description_heads"]  # its modifier names the actor: any kind of body
        self.civil_ok = lemma in W["civil_description_heads"] or self.needs_name
        self.name_words: set[str] = set()
        self.armed = False
        self.country: str | None = None
        self.bad = False
        for m in mods:
            for t in m.subtree:
                low = t.lower_
                if low in W["stale_modifiers"] or low in W["contrast_modifiers"] or t.tag_ in ("JJS", "RBS", "JJR"):
                    self.bad = True  # 'the former group', 'the other country', 'the largest group'
                elif low in W["armed_modifiers"] or low.split("-")[-1] in W["armed_modifiers"]:
                    self.armed = True
                elif low in W["civil_modifiers"]:
                    self.civil_ok = True
                elif t.text[:1].isupper():
                    code = demonym_code(t.text) or country_code(t.text)
                    if code is None and self.needs_name and fold(t.text):
                        self.name_words.add(fold(t.text))  # 'the European side' of the European Union
                        continue
                    if code is None or (self.country and code != self.country):
                        self.bad = True  # a proper noun we cannot read: 'the Gaza-based group'
                    self.country = code
                elif t.pos_ == "PRON" or t.like_num:
                    self.bad = True
        if (self.armed and self.country_head) or (self.needs_name and not (self.name_words or self.country)):
            self.bad = True  # 'the armed country'; 'the side' says nothing of whose

    def fits(self, ent) -> bool:
        if ent.type not in self.types:
            return False
        name = set(fold(ent.name).split())
        W = words()
        if self.name_words and not self.name_words <= name:
            return False
        if ent.type == "GPE":
            return any(c.key.startswith("country:") for c in ent.cands) and self.country in (None, ent.country)
        if self.country and ent.country != self.country:
            return False
        if not self.state_ok and (name & W["state_organ_words"] or (ent.type == "MILITARY" and ent.country)):
            return False  # a separatist group is not a ministry or a country's army
        if (self.armed or not (self.civil_ok or self.head in name)) and name & W["civil_body_words"]:
            return False  # 'the group' is not the U.N. (but the 'Group of Seven', a 'rights group' may be)
        return True


def _countries_named(doc: Doc, start: int, end: int) -> set[str]:
    """The countries named between tokens ``start`` and ``end`` by name or adjective."""
    out = set()
    for i in range(start, end):
        if not doc[i].text[:1].isupper():
            continue
        for width in (2, 1):
            if i + width <= end:
                text = doc[i : i + width].text
                code = country_code(text) or demonym_code(text)
                if code:
                    out.add(code)
                    break
    return out


_COPULAR = {"be", "seem", "appear", "remain", "become", "take", "make", "happen", "matter", "look", "sound", "feel",
            "mean"}  # 'It seems ...', 'It takes ...': no one


def subject_pronouns(doc: Doc, entities: list, extra: list) -> list[tuple]:
    """'The UNHCR shares that concern. It issued a statement ...': 'it' as its sentence's
    subject (or 'its' owning that subject: 'Its fighters ...') continues the subject of the
    sentence before, in the same paragraph, when that subject is an organisation or a
    country and that sentence names no other (a singular actor there might be meant:
    'Hezbollah fired at Israel. It said ...'), and when its verb is one only an actor does
    (speech, thought, ``agent_verbs``: a law or a plan named before may be 'it' too, 'It
    bans ...'). Not a pronoun that names nothing ('It is unclear ...', 'It was reported
    ...'), nor one after another actor in its own sentence, nor across a quotation.

    'They' continues a body in the same way ('The G7 statement said the group remains
    concerned. They called on China ...') only where the sentence before
    names no person, no other body and no plural that could be meant, so no group of
    people is in reach (``document._plural_pronouns`` reads 'they' as such a group, and
    the events stage as the plural subject before; both need a plural noun there). A 'they'
    subject of a clause inside a sentence is the one body named before it in that sentence
    on the same terms ('No country has recognized the Taliban since they seized ...')."""
    W = words()
    agentive = W["speech_verbs"] | W["cognition_verbs"] | W["agent_verbs"]
    found: list[tuple[Token, bool]] = []  # (pronoun, whether it is a clause's inside its sentence)
    for tok in doc:
        if tok.lower_ not in ("it", "its", "they") or tok.pos_ != "PRON":
            continue
        if tok.lower_ == "they" and tok.dep_ == "nsubj" and tok.head.dep_ != "ROOT":
            found.append((tok, True))
            continue
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.dep_ in ("advcl", "conj") \
                and tok.head.head.dep_ == "ROOT" and tok.head.lemma_.lower() not in _COPULAR:
            found.append((tok, "clause"))
            continue
        subj = tok.head if tok.lower_ == "its" else tok
        if tok.lower_ == "its" and tok.dep_ != "poss":
            continue
        verb = subj.head
        if subj.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_.lower() in _COPULAR or tok.sent.start == 0:
            continue
        if tok.lower_ != "they" and verb.lemma_.lower() not in agentive:
            continue  # 'The parliament passed the bill. It bans ...': a thing may be 'it', not what speaks or accuses
        if not any(ch.dep_ in ("expl", "csubj", "auxpass", "nsubjpass") for ch in verb.children):
            found.append((tok, False))
    if not found:
        return []
    at = _d._token_owners(entities, extra)
    text = doc.text  # built anew on each access
    quoted = _d._quoted_chars(text)
    out = []
    for tok, inside in found:
        if tok.i in at or quoted[tok.idx]:
            continue
        sent = tok.sent
        if inside == "clause":
            actor = _clause_subject_actor(tok, at, quoted, agentive)
            if actor is not None:  # 'The junta resigned a week after it arrested ...'
                out.append((_d._Cand(tok.i, tok.i + 1, actor.type, kind="pronoun"), actor))
            continue
        if inside:
            body = _lone_body(doc[sent.start : tok.i], at, quoted)
            if body is not None:  # 'No country has recognized the Taliban since they seized ...'
                out.append((_d._Cand(tok.i, tok.i + 1, body.type, kind="pronoun"), body))
            continue
        if any(i in at for i in range(sent.start, tok.i)):
            continue
        prev = doc[sent.start - 1].sent
        if "\n\n" in text[prev.end_char : sent.start_char + 1] or "\n\n" in prev.text.strip():
            continue  # another paragraph
        target = _previous_body(prev, at) if tok.lower_ == "they" else _previous_actor(prev, at, quoted)
        if target is not None:
            out.append((_d._Cand(tok.i, tok.i + 1, target.type, kind="pronoun"), target))
    return out


def _clause_subject_actor(tok: Token, at: dict, quoted: bytearray, agentive: set):
    """'The Kenyan government resigned a week after it expelled two diplomats': 'it', subject
    of a clause adjoined to the main clause ('after', 'because', 'and'), is the organisation
    or country subject of that main clause, when nothing else
    before it in the sentence could be meant: no other organisation or country, and no
    thing named there, unless the clause's verb is one only an actor does and the thing
    is not an act ('NATO condemned the strike because it killed 12 civilians': the
    strike)."""
    sent = tok.sent
    subj = next((ch for ch in sent.root.children if ch.dep_ == "nsubj"), None)
    if subj is None or subj.i not in at or subj.tag_ in ("NNS", "NNPS") or quoted[subj.idx] or subj.i > tok.i:
        return None
    if any(ch.dep_ == "conj" for ch in subj.children):
        return None
    actor = at[subj.i][1]
    if actor.type not in ("ORG", "MILITARY", "MEDIA", "GPE"):
        return None
    if actor.type == "GPE" and not any(x.key.startswith("country:") or x.kind == "group" for x in actor.cands):
        return None  # a town is not what 'it' does things as ('the Kenyan government' is the country's)
    if any(i in at and at[i][1] is not actor for i in range(sent.start, tok.i)):
        return None
    phrase = set(t.i for t in subj.subtree)
    things = [t for t in sent.doc[sent.start : tok.i] if t.i not in phrase and t.i not in at
              and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "npadvmod")
              and not t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY")]
    if things and (tok.head.lemma_.lower() not in agentive or any(_names_an_act(t) for t in things)):
        return None
    return actor


def _names_an_act(tok: Token) -> bool:
    """A noun naming an act, which may be what 'it' did ('the strike ... it killed')."""
    return tok.lemma_.lower() in words()["speech_verbs"] or tok.lemma_.lower() in words()["act_nouns"] or \
        tok.lemma_.lower().endswith(("tion", "ment", "sion", "ing"))



def _previous_actor(prev, at: dict, quoted: bytearray):
    """The organisation or country that is the main subject of sentence ``prev``, when
    no other organisation or country is named in it."""
    subj = next((ch for ch in prev.root.children if ch.dep_ == "nsubj"), None)
    if subj is None or subj.i not in at or subj.tag_ in ("NNS", "NNPS") or quoted[subj.idx]:
        return None
    if any(ch.dep_ == "conj" for ch in subj.children):
        return None
    c, ent = at[subj.i]
    if ent.type not in ("ORG", "MILITARY", "MEDIA", "GPE") or c.kind == "group":
        return None
    if ent.type == "GPE" and not any(x.key.startswith("country:") for x in ent.cands):
        return None  # a town is not what 'it' does things as
    others = {id(e) for i in range(prev.start, prev.end) if i in at for _, e in [at[i]]
              if e.type in ("ORG", "MILITARY", "MEDIA", "GPE") and e is not ent}
    return None if others else ent


def _previous_body(prev, at: dict):
    """The one organisation or armed group named in sentence ``prev`` (see ``_lone_body``),
    when it is the subject of its main clause or of the clause a speech verb there reports."""
    W = words()
    body = _lone_body(prev, at)
    if body is None:
        return None
    root = prev.root
    clauses = [root] + [ch for ch in root.children if ch.dep_ == "ccomp" and root.lemma_.lower() in W["speech_verbs"]]
    for clause in clauses:
        subj = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
        if subj is not None and subj.i in at and at[subj.i][1] is body:
            return body
    return None


def _lone_body(toks, at: dict, quoted: bytearray | None = None):
    """The one organisation or armed group named among ``toks``, when they name no person,
    no other body and no group, and hold no plural noun ('they' may be any of those); with
    ``quoted``, not one named only inside a quotation."""
    bodies = []
    for tok in toks:
        if tok.tag_ in ("NNS", "NNPS") and tok.dep_ not in ("compound", "amod"):
            return None
        if tok.i in at:
            c, ent = at[tok.i]
            if ent.type in ("PERSON", "GROUP") or c.kind == "group" or (quoted is not None and quoted[tok.idx]):
                return None
            if ent.type in ("ORG", "MILITARY") and all(ent is not b for b in bodies):
                bodies.append(ent)
    return bodies[0] if len(bodies) == 1 else None


def counted_numerals(doc: Doc, entities: list, extra: list) -> list[tuple]:
    """'The two later met in Geneva', 'Both denied the charges': a bare definite count as a
    clause's subject names no new actor; it points back to that many actors named just
    before, as a counted plural does ('the two men', ``document._counted_pointers``). It
    stands for each of them when the text before it (its own sentence, then up to two
    sentences back, until that many are found) names exactly that many persons; where it
    names no person, exactly that many organisations or countries. Any other count makes
    which are meant a guess, and the numeral stays unlinked."""
    W = words()
    found = []
    for tok in doc:
        low = tok.lower_
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NUM", "DET", "PRON"):
            continue
        if any(ch.dep_ == "prep" for ch in tok.children):
            continue  # 'both of them', 'two of the soldiers': another phrase says who
        if low in W["pointer_counts"]:
            n = W["pointer_counts"][low]
        elif low in W["number_words"] and [ch.lower_ for ch in tok.lefts] == ["the"]:
            n = int(W["number_words"][low])
        else:
            continue
        if 1 < n <= 4:
            found.append((tok, n))
    if not found:
        return []
    at = _d._token_owners(entities, extra)
    quoted = _d._quoted_chars(doc.text)
    sents = list(doc.sents)
    sent_of = {tok.i: k for k, s in enumerate(sents) for tok in s}
    out = []
    for tok, n in found:
        if tok.i in at or quoted[tok.idx]:
            continue
        here = sent_of[tok.i]
        persons: list = []
        bodies: list = []
        for span in _d._looking_back(sents, here, tok.i):
            for i in span:
                if i not in at or quoted[doc[i].idx]:
                    continue
                c, e = at[i]
                if c.kind == "pronoun" or i != c.start:
                    continue
                if e.type == "PERSON":
                    if all(e is not f for f in persons):
                        persons.append(e)
                elif e.type in ("ORG", "MILITARY", "MEDIA") or (
                        e.type == "GPE" and any(x.key.startswith("country:") for x in e.cands)):
                    if all(e is not f for f in bodies):
                        bodies.append(e)
            if len(persons) >= n or (not persons and len(bodies) >= n):
                break
        target = persons if persons else bodies
        if len(target) != n:
            continue
        for e in target:
            out.append((_d._Cand(tok.i, tok.i + 1, e.type, kind="nominal"), e))
    return out
