"""Unnamed collective actors: 'Venezuelan soldiers', 'protesters', 'the opposition'.

Event coding needs the generic actors news names by role rather than by name. A
group mention is a noun phrase whose head words are in the vocabulary of
``groups.json`` (organised by Mention type and PLOVER/CAMEO sector), read off the
existing parse: the head must head its phrase (not 'opposition' in 'opposition
leader'), and must not be part of a name the article already holds. Its canonical
name keeps only what tells one group from another: the country (as a demonym) and
side words ('opposition supporters', 'pro-government militias'), not 'angry' or
'masked'.
"""
from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Token

from .lexicon import HERE, country_code, country_name, demonym_code, fold

TYPES = ("MILITARY", "ORG", "GROUP", "MEDIA")
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
_NOT_IN_PHRASE = {"det", "poss", "nummod", "predet", "case", "quantmod", "prep", "cc", "conj", "appos", "relcl"}


@dataclass(slots=True)
class Group:
    start: int  # token span of the mention, end exclusive
    end: int
    head: int  # the head noun's token index
    type: str
    sector: str
    phrase: str  # the head words, lower-case ('security forces')
    side: tuple[str, ...]  # side words kept in the name ('opposition', 'pro-government')
    country: str | None  # stated in the phrase: 'Iraqi', 'U.S.', "Venezuela's", 'of Venezuela'
    plural: bool
    owner: str = ""  # a name modifying the head, as written: 'Hezbollah' fighters, 'SEBIN' officers
    possessed: bool = False  # "Burkina Faso's government", 'his troops': someone's, not the article's country's

    @property
    def bare(self) -> bool:
        """Nothing but the head words: 'the soldiers' may be any soldiers named before."""
        return not (self.country or self.side or self.owner)

    def name(self, country: str | None = None) -> str:
        """'Venezuelan soldiers', 'pro-government militias', 'protesters'."""
        code = country or self.country
        parts = [demonym(code)] if code else []
        parts += [self.owner] if self.owner else []
        parts += [w for w in self.side if w not in self.phrase.split()]
        return " ".join(parts + [self.phrase])


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = json.loads((HERE / "groups.json").read_text(encoding="utf-8"))
    heads: dict[str, tuple[str, str]] = {}
    for type_ in TYPES:
        for sector, phrases in data.get(type_, {}).items():
            for p in phrases:
                heads[p] = (type_, sector)
    return {
        "heads": heads,
        "longest": max(len(p.split()) for p in heads),
        "needs_modifier": set(data["needs_modifier"]),
        "side": set(data["side_modifiers"]),
        "country_heads": set(data["country_heads"]),
        "state_sectors": set(data["state_sectors"]),
        "needs_determiner": set(data["needs_determiner"]),
        "foreign_sectors": set(data["foreign_sectors"]),
        "demonym_heads": set(data.get("demonym_heads", ())),
        "quantity_nouns": set(data.get("quantity_nouns", ())),
        # one unnamed person, like one of many courts, is its own article's alone (``corpus``)
        "needs_agent": set(data.get("needs_agent", ())) | set(data.get("singular_doers", ())),
        "singular_doers": set(data.get("singular_doers", ())),
        "act_heads": set(data.get("act_heads", ())),
        "collective_of": data.get("collective_of", {}),
        "following_words": set(data.get("following_words", ())),
        "plural_collectives": set(data.get("plural_collectives", ())),
        "plural_pointers": data.get("plural_pointers", {}),
        "kindred": data["kindred"],
    }


@lru_cache(maxsize=None)
def demonym(code: str) -> str:
    """The adjective for a country as ``places.tsv`` first gives it ('American' for USA),
    else the country's name ('Tuvalu police')."""
    return _demonyms().get(code) or country_name(code)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    if not (HERE / "places.tsv").exists():
        return out  # names of countries stand in ('Venezuela soldiers')
    with open(HERE / "places.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) == 3 and not row[0].startswith("#") and row[2] == "demonym":
                out.setdefault(row[1], row[0])
    return out


def sector_of(phrase: str) -> str | None:
    """The PLOVER/CAMEO sector of a head phrase ('soldiers' → 'MIL')."""
    hit = vocabulary()["heads"].get(fold(phrase))
    return hit[1] if hit else None


def state_sectors() -> set[str]:
    """The sectors that are arms of a state ('the army', 'police', 'the court')."""
    return vocabulary()["state_sectors"]


def tail_sector(words: list[str]) -> str | None:
    """The sector of the longest listed head phrase that ends ``words`` ('rebel
    spokesman', 'the national police' → 'COP'): a group's sector from the words of its phrase."""
    return next((s for i in range(len(words)) if (s := sector_of(" ".join(words[i:]))) is not None), None)


def find_groups(doc: Doc, covered: set[int], country_at: dict[int, str]) -> list[Group]:
    """Group mentions in ``doc``, left to right. ``covered``: tokens inside mentions the
    article already has (their heads are never a group's); ``country_at``: tokens of
    country names among them (they may still modify a group: 'U.S. troops')."""
    V = vocabulary()
    out: list[Group] = []
    used: set[int] = set()
    introduced: set[str] = set()  # singular doers met with 'a'/'an' ('a gunman'), so 'the gunman' is that one
    qualified: dict[tuple[str, str], tuple | None] = {}  # head and tag → the one group so qualified, None if several
    heads_of: defaultdict[str, set[int]] = defaultdict(set)  # the heads of those qualified groups
    for tok in doc:
        if tok.i in covered or tok.i in used or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ in ("compound", "amod") or _hyphenated(doc, tok):
            continue  # 'opposition leader', 'anti-government protests'
        kin = None
        if tok.lower_ not in _last_words():
            kin = _kindred(tok)  # 'plotters', 'smugglers': unlisted people, known by their likeness
            if kin is None:
                continue
        start = tok.i if kin else _head_phrase(doc, tok, covered)
        if start is None and tok.lower_ not in V["heads"] and not any(
                ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children):
            # 'politicians' ends only 'opposition politicians': alone, it is known by its likeness
            # (not 'members of the party', who are the party's), and likeness makes no state organ
            # of it ('unidentified men' are like soldiers, but nobody's army)
            kin = _kindred(tok)
            if kin is not None and kin[1] in V["state_sectors"]:
                kin = ("GROUP", "CVL")
            start = tok.i if kin else None
        if start is None or _counts_back(tok):
            continue
        phrase = " ".join(t.lower_ for t in doc[start : tok.i + 1])
        type_, sector = kin or V["heads"][phrase]
        left = _left_modifiers(doc, tok, start, covered, country_at)
        country, possessed = _stated_country(doc, tok, left, country_at)
        side = _side_words(doc, left)
        named = [t for t in left if (t.i in covered or (_tagged_name(t) and t.lower_ not in V["side"]))
                 and t.i not in country_at and not demonym_code(t.text)]
        owner = "" if any(_hyphenated(doc, t) for t in named) else " ".join(t.text for t in named)
        if not (owner or country) and phrase in V["needs_modifier"]:
            owner = _followed(tok, covered)  # 'forces loyal to the general': the general's
        if phrase in V["singular_doers"] and tok.tag_ == "NN":
            if not _one_who_acts(tok, phrase, introduced):
                continue
            introduced.add(phrase)
        elif start == tok.i and phrase in V["needs_modifier"] and not (
                country or side or owner or _counted_actor(tok) or _affiliates_of_someone(tok, sector)):
            # 'the Saudi-led coalition ... the coalition': the one such group named before
            whose = {qualified[(phrase, tok.tag_)]} if (phrase, tok.tag_) in qualified else set()
            if left or len(whose) != 1 or None in whose or not _determined(tok, None) or any(
                    t.lower_ == tok.lower_ and t.dep_ not in ("compound", "amod") and t.i not in heads_of[phrase]
                    for t in doc[: tok.i]):
                continue  # 'market forces', 'people'; or another's 'forces' (a name's) may be meant
            country, side, owner = next(iter(whose))
            possessed = False
        if phrase in V["needs_agent"] and (not _acts(tok) or (phrase in V["act_heads"] and any(
                ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children))):
            continue  # 'said in court'; 'the prosecution of officers began' is the act, not who acts
        if phrase in V["country_heads"] and tok.tag_ in ("NNS", "NNPS"):
            continue  # 'governments' of several countries
        if phrase in V["needs_determiner"] and not _determined(tok, country or side or owner):
            continue  # 'growing opposition to the plan'
        possessed = possessed or any(ch.dep_ == "poss" and ch.i not in country_at for ch in tok.children)
        span_start = left[0].i if left else start
        if phrase in V["country_heads"] and any(t.i in country_at for t in left):
            span_start = start  # 'US government': 'US' is already the country's mention
        used.update(range(span_start, tok.i + 1))
        if phrase in V["needs_modifier"] and (country or side or owner):
            key = (phrase, tok.tag_)
            heads_of[phrase].add(tok.i)
            qualified[key] = (country, side, owner) if qualified.get(key, (country, side, owner)) == (country, side, owner) \
                else None  # two such groups named: which one 'the coalition' is, is a guess
        plural = tok.tag_ in ("NNS", "NNPS") or phrase in V["plural_collectives"] or _acronym_plural(tok.text)
        phrase = V["collective_of"].get(phrase, phrase)  # 'the prosecution' is the prosecutors named before
        out.append(Group(span_start, tok.i + 1, tok.i, type_, sector, phrase, side, country, plural, owner, possessed))
    return out


def _one_who_acts(head: Token, phrase: str, introduced: set[str]) -> bool:
    """'A gunman opened fire', 'an unidentified attacker stabbed two guards': one unnamed
    person is an actor only while doing something (the subject of an active verb or the
    'by'-agent), and only as someone new ('a'/'an') or as the one so introduced ('the
    gunman' after 'a gunman'); 'a soldier was killed' or 'the soldier' of no introduction
    is nobody events could tell apart."""
    if not _acts(head, strictly=True) or head.dep_ == "poss" or head.head.dep_ == "nsubjpass":
        return False
    dets = [ch.lower_ for ch in head.children if ch.dep_ == "det"]
    return any(d in ("a", "an", "another") for d in dets) or ("the" in dets and phrase in introduced)


def _followed(head: Token, covered: set[int]) -> str:
    """Whose a group is by a complement naming the one it follows ('forces loyal to Khalifa
    Haftar', 'militias backed by Iran', 'fighters allied with the government'): the name
    there, when the article holds it as a mention, else nothing."""
    for ch in head.children:
        if ch.dep_ not in ("amod", "acl") or ch.lemma_ not in vocabulary()["following_words"]:
            continue
        for prep in ch.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by", "with"):
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for name in [obj, *(c for c in obj.children if c.dep_ == "appos")]:  # 'the warlord X'
                        if name.i in covered:
                            inside = [t.i for t in name.doc[name.left_edge.i : name.i + 1] if t.i in covered]
                            return name.doc[inside[0] : inside[-1] + 1].text  # 'Abd-Rabbu Mansour Hadi' as written
                    if obj.pos_ == "NOUN" and obj.i + 1 in covered and obj.i + 1 < len(obj.doc):
                        # 'loyal to general Khalifa Haftar', the title and its name parsed apart: the name
                        # right after the title noun is whose (its own clause's subject though it was parsed)
                        end = obj.i + 1
                        while end + 1 < len(obj.doc) and end + 1 in covered and obj.doc[end + 1].is_alpha:
                            end += 1
                        return obj.doc[obj.i + 1 : end + 1].text
    return ""


def _affiliates_of_someone(tok: Token, sector: str) -> bool:
    """'his supporters', 'their families': people someone has, who act on their own, are a
    group though no country or side names them. Not 'his forces' or 'its officers': what
    those under someone's command do is told as the commander's (events read the possessor)."""
    return sector not in vocabulary()["state_sectors"] and any(ch.dep_ == "poss" for ch in tok.children)


def _acronym_plural(text: str) -> bool:
    """'MPs', 'NGOs': an acronym with a plural s, which the tagger often takes for a singular."""
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper()


def _tagged_name(tok: Token) -> bool:
    """A word NER tagged as a people's or a body's name that the article holds no mention
    of ('Sandinista' of 'the Sandinista government', 'Djiboutian' of 'Djiboutian
    soldiers', a people's adjective the lexicon does not know) still says whose the group
    is, as a name the article holds does: the Sandinista government is not just
    Nicaragua's, and Djiboutian soldiers are not the Somali soldiers named before."""
    if not tok.text[:1].isupper() or country_code(tok.text):
        return False
    return tok.ent_type_ == "NORP" or (tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "PERSON"))


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    return frozenset(p.rsplit(" ", 1)[-1] for p in vocabulary()["heads"])


@lru_cache(maxsize=1)
def _neighbours() -> tuple:
    """Unit word vectors of the one-word heads of the vocabulary (people and bodies, with
    their type and sector) and of ``inanimate_nouns`` (things and happenings that are
    often subjects: 'prices', 'talks', 'floods'), from the parser's own vectors."""
    from .. import nlp

    vocab = nlp.load().vocab
    heads, kindred = vocabulary()["heads"], vocabulary()["kindred"]
    labels: list[tuple[str, str] | None] = []
    rows = []
    for word, label in [*((p, heads[p]) for p in heads if " " not in p),
                        *((w, None) for w in kindred["inanimate_nouns"])]:
        vec = vocab[word].vector
        norm = float(np.linalg.norm(vec)) if vocab.has_vector(word) else 0.0
        if norm:
            rows.append(vec / norm)
            labels.append(label)
    return (np.array(rows) if rows else np.zeros((0, 0))), labels, kindred


def _kindred(tok: Token) -> tuple[str, str] | None:
    """The (type, sector) of an unlisted plural noun that acts ('coup plotters are detained',
    'smugglers attacked the post', 'the mourners' demands'), taken from the listed heads
    most like it in meaning: most of its nearest neighbours among listed people and
    listed things are people, and the nearest is near enough. Only an acting plural
    common noun is tried: 'prices rose' is kept out by its neighbours, 'talks with the
    rebels' by not acting, a name by being one."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.ent_type_ or not _acts(tok, strictly=True):
        return None
    matrix, labels, settings = _neighbours()
    word = tok.lower_
    if not len(labels) or not tok.vocab.has_vector(word) or word in settings["inanimate_nouns"] \
            or word in settings["not_actors"]:
        return None
    vec = tok.vocab[word].vector
    sims = matrix @ (vec / np.linalg.norm(vec))
    nearest = np.argsort(-sims)[: settings["neighbours"]]
    people = [labels[i] for i in nearest if labels[i] is not None]
    if sims[nearest[0]] < settings["min_similarity"] or labels[nearest[0]] is None \
            or len(people) < settings["min_people"]:
        return None
    # The neighbours' kind where most of them agree ('captors' among attackers and
    # assailants); else plain people, never a state organ by mere likeness.
    kind, votes = Counter(people).most_common(1)[0]
    return kind if votes > len(nearest) // 2 else ("GROUP", "CVL")


def _acts(head: Token, strictly: bool = False) -> bool:
    """The subject, the 'by'-agent or the possessor ('the court's ruling', 'the mourners'
    demands'), or conjoined with one. ``strictly``: acting, not undergoing or being
    described, so no subject of a passive or of 'be': what a plural noun does is how
    ``_kindred`` tells unlisted people from things."""
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ == "nsubj":
        return not strictly or head.head.lemma_ != "be"
    if head.dep_ == "nsubjpass":
        return not strictly
    return head.dep_ == "poss" or (head.dep_ == "pobj" and head.head.dep_ == "agent")


def _counts_back(head: Token) -> bool:
    """'The two men', 'both leaders': a definite count of people points back to that many
    persons named before (``document._counted_pointers``), never a new group of its own;
    with no two persons named before it ('prosecutors said the two men plotted'), it
    names two unnamed people, a group."""
    kinds = vocabulary()["plural_pointers"].get(head.lemma_.lower())
    if head.tag_ not in ("NNS", "NNPS") or not kinds or set(kinds) != {"PERSON"}:
        return False
    if len({e.text for e in head.doc.ents if e.label_ == "PERSON" and e.end <= head.i}) < 2:
        return False
    kids = list(head.children)
    if any(k.lower_ == "both" and k.dep_ in ("det", "predet", "preconj") for k in kids):
        return True
    return any(k.dep_ == "nummod" for k in kids) and any(
        k.dep_ == "det" and k.lower_ in ("the", "these", "those") for k in kids)


def _counted_actor(head: Token) -> bool:
    """'Hundreds of people marched', 'up to 500,000 people protested', 'millions of people
    who took to the streets': a crowd counted by a quantity noun or a number that is the
    subject, or whose relative clause has it act, is a group, where the bare head
    ('people') names no one. A number counts only a crowd that acts ('three people were
    killed' are victims), and never after 'the' ('the two people' are some named before)."""
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in vocabulary()["quantity_nouns"]:
        return _acts(of.head) or _acts_in_clause(of.head) or _acts_in_clause(head)
    numbered = any(ch.dep_ == "nummod" and ch.like_num for ch in head.children) and not any(
        ch.dep_ == "det" and ch.lower_ in ("the", "these", "those") for ch in head.children)
    return numbered and (_acts(head, strictly=True) or _acts_in_clause(head))


def _acts_in_clause(head: Token) -> bool:
    """'people who took to the streets': the relative pronoun subject of an active clause
    on ``head`` stands for it."""
    return any(cl.dep_ == "relcl" and cl.lemma_ != "be" and any(
        s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in cl.children) for cl in head.children)


def _determined(head: Token, qualified) -> bool:
    """'the opposition', 'Venezuela's opposition', but not 'their opposition to ...'."""
    if any(ch.dep_ == "prep" and ch.lower_ in ("to", "from", "against") for ch in head.children):
        return False
    return bool(qualified) or any(ch.dep_ == "det" and ch.lower_ == "the" for ch in head.children)


def _hyphenated(doc: Doc, tok: Token) -> bool:
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    return before or after


def _head_phrase(doc: Doc, tok: Token, covered: set[int]) -> int | None:
    """Start of the longest vocabulary phrase ending at ``tok`` whose other words modify it."""
    V = vocabulary()
    for n in range(V["longest"], 0, -1):
        start = tok.i - n + 1
        if start < 0:
            continue
        words_ = doc[start : tok.i + 1]
        if " ".join(t.lower_ for t in words_) not in V["heads"]:
            continue
        if all(t.i not in covered and _modifies(t, tok) for t in words_[:-1]):
            return start
    return None


def _modifies(t: Token, head: Token) -> bool:
    """A modifier inside the head's phrase, also one coordinated with another ('press
    freedom and rights groups': 'rights' is conjoined with 'freedom')."""
    if t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t.dep_ in ("compound", "amod") or (t.dep_ == "nmod" and t.head.i == head.i)


def _left_modifiers(doc: Doc, head: Token, start: int, covered: set[int], country_at: dict[int, str]) -> list[Token]:
    """The phrase's words before its head words, back to the determiner: adjectives,
    nouns, country words and names ('Hezbollah fighters')."""
    inside = {t.i for t in head.subtree}
    out: list[Token] = []
    i = start - 1
    while i >= 0 and i in inside:
        t = doc[i]
        if t.dep_ in _NOT_IN_PHRASE or t.tag_ == "POS" or (t.is_punct and t.text != "-"):
            break
        if "\n" in t.text_with_ws:
            break
        out.insert(0, t)
        i -= 1
    while out and (out[0].is_punct or out[0].lower_ in ("the", "a", "an")):
        out.pop(0)
    return out


def _stated_country(doc: Doc, head: Token, left: list[Token], country_at: dict[int, str]) -> tuple[str | None, bool]:
    """The country the phrase states, and whether it names some other owner ("Ontario's
    government", 'the army of the Kurdistan region'), in which case it is not the
    article's country's either."""
    for t in reversed(left):  # the nearest: 'U.S.-backed Venezuelan opposition' is Venezuelan
        code = country_at.get(t.i) or (t.text[:1].isupper() and (demonym_code(t.text) or country_code(t.text)))
        if code:
            return code, False
    owners = [ch for ch in head.children if ch.dep_ == "poss"]  # "Venezuela's opposition"
    owners += [  # "the army of Venezuela", "police in Iraq"
        obj
        for ch in head.children
        if ch.dep_ == "prep" and ch.lower_ in ("of", "in")
        for obj in ch.children
        if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
    ]
    for t in owners:
        code = country_at.get(t.i) or country_code(doc[t.left_edge.i : t.i + 1].text)
        if code:
            return code, False
    return None, any(t.dep_ == "poss" or t.head.lower_ == "of" for t in owners)


def _side_words(doc: Doc, left: list[Token]) -> tuple[str, ...]:
    """Side words among the modifiers; hyphenated words joined ('pro-government')."""
    side = vocabulary()["side"]
    words_: list[str] = []
    glue = False
    for t in left:
        if glue or (t.text == "-" and words_):
            words_[-1] += t.lower_
        else:
            words_.append(t.lower_)
        glue = not t.whitespace_ and (t.text == "-" or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-"))
    out = []
    for w in words_:
        # 'government-appointed judges', 'military-led juntas': a compound whose first part
        # is a side word says whose the group is as the side word alone would
        if (w in side or w.startswith(("pro-", "anti-")) or ("-" in w and w.split("-", 1)[0] in side)) \
                and w not in out:
            out.append(w)
    return tuple(out)
