"""Actor mentions within one article: spaCy's entities, re-typed and linked with evidence.

NER labels are treated as votes, not facts: the same string's majority label in the
article, titles, speech-verb subjects and head nouns decide the type; an apposition to
a body's noun ('the main party, Sinn Fein,') outweighs every vote for a person. Linking is
conservative: a short form joins a full form only when exactly one full form fits
best (never one it precedes in a sentence: 'Keller killed Anna Keller'), and
pronouns or role descriptions join a person only when the antecedent is clear;
otherwise they stay apart (an unlinked mention costs less than a wrong one).

NER's misses are made good from the article itself: a name tagged once is found again
where NER missed it, a person's surname after the full name ('Daniel Sales ... Sales
said'), and a title-case headline is re-cut to the names of the body ('Siemens Wins
Egypt Rail Contract' → Siemens, Egypt). Head nouns tell what an untagged proper noun
names: a street's ('jitters through Wall Street'), an outlet's ('the social media
platform X'), a region's ('the Indo-Pacific region', then 'in the Indo-Pacific'); and a
person NER ran into a body's name is cut out of it where the article names them alone.
The phrase around a name NER cut or missed says what it is: a name linked by hyphened
particles ('Tehreek-e-Taliban Pakistan'), a mission to a body ('the U.S. Mission to the
United Nations'), a person after a role noun ('said former ambassador Mithat Rende'),
places before a place's head noun ('the Damasha and Shabeelow areas'), an outlet told
something ('told Politico'), a body's quoted name or an acronym said to be a group.
A capital's possessive is its government ('Moscow's decision') but not before a name or
a city's thing ('London's FTSE 100'); so is a capital spoken to or dealt with ('urged
Beijing', 'talks between Washington and Pyongyang'), not one things happen in. A name
set beside another by an alias phrase ('also known as') or as an acronym (', UNMISS,')
is the same actor's.

Unnamed collective actors ('Venezuelan soldiers', 'protesters', 'the opposition'; the
vocabulary is ``groups.json``) become entities of their own, with mentions of kind
``group``, named by country and side ('American officials', 'pro-government militias');
'they' joins one only when no other plural actor is in reach.

Descriptions stand for an actor named elsewhere in the article when only one fits: a
spokesperson or official for the body or country they speak for ('a State Department
spokesperson', 'the spokesperson added'), a bare head for the one organisation named
with it ('the ministry'), 'the army' for the one army named; an unnamed acting court or
judge is a judiciary group of the article's dominant country (as other state groups are).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..records import Mention
from ..sets import DisjointSets
from .anaphora import counted_numerals, described_actors, subject_pronouns
from .groups import PLURAL_PRONOUNS, find_groups, vocabulary
from .lexicon import (
    LINKING_WORDS, capital_code, country_code, country_name, demonym_code, fold, media_names, seat_code, spellings,
    words,
)
from .places import is_place, places

NER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC", "NORP": "GROUP"}
ORG_LIKE = {"ORG", "MILITARY", "MEDIA", "GROUP"}
_TRIM = "*_\"'“”‘’`[]()<>#|,;:."
_AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}


@dataclass(slots=True)
class _Cand:
    start: int  # token indices, end exclusive
    end: int
    label: str
    kind: str = "name"
    key: str = ""
    country: str | None = None  # set when the span names a country (or a capital used as one)
    role: str | None = None
    chars: tuple[int, int] | None = None  # a part of one token ('U.S.' of 'U.S.-Ukraine')
    alias: bool = False  # set beside another name as the same one's ('also known as Abu Mohammed al-Golani')

    def tokens(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    def text(self, doc: Doc) -> str:
        span = self.tokens(doc)
        if not self.chars:
            return span.text
        if span.start_char <= self.chars[0] <= self.chars[1] <= span.end_char:  # not ``doc.text``: it joins every token
            return span.text[self.chars[0] - span.start_char : self.chars[1] - span.start_char]
        return doc.text[self.chars[0] : self.chars[1]]


@dataclass(slots=True)
class _Entity:
    cands: list[_Cand] = field(default_factory=list)
    type: str = "OTHER"
    name: str = ""
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    country_basis: str = "stated"  # or 'inferred': an unnamed group given the article's main country


def find_mentions(doc: Doc, spans: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """Typed, linked mentions for ``doc``. ``spans`` (char start, end, NER label)
    replaces spaCy's entities, so linking can be scored on gold mentions."""
    cands = _candidates(doc, spans)
    if spans is None:  # NER's misses; given spans are taken as complete
        cands = _linked_names(doc, cands)
        cands += _people_by_role(doc, cands)
        cands = _missions_to(doc, cands)
        cands += _street_names(doc, cands)
        cands += _places_before_heads(doc, cands)
        _division_heads(doc, cands)
        cands += _known_outlets(doc, cands)
        cands += _credited_outlets(doc, cands)
        cands += _quoted_names(doc, cands)
        cands += _described_acronyms(doc, cands)
        cands += _outlet_names(doc, cands)
        cands += _names_again(doc, cands)
        cands += _names_in_capitals(doc, cands)
        cands = _country_unit_names(doc, cands)
        cands = _person_tails(doc, cands)
        cands = _run_together(doc, cands)
        cands += _repeated_surnames(doc, cands)
        cands = _hyphen_compounds(doc, cands)
        cands = _names_cut_short(doc, cands)
        cands = _names_begun_late(doc, cands)
        cands = _bodies_named_for_countries(doc, cands)
        cands = _units_of_bodies(doc, cands)
        cands = _names_in_pieces(doc, cands)
        cands = _countries_before_acronyms(doc, cands)
        cands = _names_run_into_others(doc, cands)
        cands += _alias_names(doc, cands)
    cands += _acronyms(doc, cands)
    cands += _armed_forces(doc, cands)
    cands += _demonym_actors(doc, cands)
    _compass_countries(doc, cands)
    cands.sort(key=lambda c: (c.start, -c.end))
    sets = DisjointSets(len(cands))
    _link_acronyms(doc, cands, sets)
    _link_aliases(doc, cands, sets)
    # who bears each family name, and each name's honorific gender: read once for both passes
    bearers, gender = _bearers(doc, cands), [_honorific_gender(doc, [c]) for c in cands]
    _group_same_key(doc, cands, sets, bearers, gender)
    types = _decide_types(doc, cands, sets)
    _link_persons(doc, cands, sets, types, bearers, gender)
    _link_orgs(doc, cands, sets, types)
    entities = _entities(doc, cands, sets, types)
    extra = _nominals(doc, cands, entities) + _forces_nominals(doc, cands, entities)
    extra += _titles_before_names(doc, cands, entities)
    extra += _institutions(doc, cands, entities, extra)
    extra += described_actors(doc, cands, entities, extra)
    extra += _name_prefixes(doc, cands, entities) + _nominal_countries(doc, entities, extra)
    groups, plural = _groups(doc, cands, entities, extra)
    plural += _named_peoples(doc, entities)
    extra += _counted_pointers(doc, cands, entities + groups, extra)
    extra += counted_numerals(doc, entities + groups, extra)
    extra += _voices(doc, cands, entities + groups, extra)
    extra += _pronouns(doc, cands, entities, extra)
    extra += _plural_pronouns(doc, cands, groups, plural)
    extra += _collective_pronouns(doc, entities + groups, extra)
    extra += subject_pronouns(doc, entities + groups, extra)
    return _emit(doc, entities + groups, extra)


# --- candidates ---------------------------------------------------------------------


def _candidates(doc: Doc, spans: list[tuple[int, int, str]] | None) -> list[_Cand]:
    if spans is None:
        raw = _recut_headlines(doc, _split_at_lines(doc, [(e.start, e.end, e.label_) for e in doc.ents]))
    else:
        raw = []
        for start, end, label in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                raw.append((span.start, span.end, label))
    in_role = _role_phrase_tokens(doc)
    out = []
    for s, e, label in _join_split_names(_names_past_brackets(doc, _party_modifiers(doc, _places_before_names(doc, raw)))):
        if label in ("NORP", "PRODUCT") and _place_name(doc[s:e], label == "PRODUCT"):
            label = "GPE"  # 'the eastern Punjab province', 'the China-funded Gwadar port'
        if label not in NER_LABELS:
            continue
        label = NER_LABELS[label]
        if label == "PERSON":
            s, e = _glued_first_name(doc, s, e), _through_particles(doc, e)
            e = _through_surname(doc, s, e)
            e = _through_given_name(doc, s, e)
        s, e = _trim(doc, s, e, label)
        if e - s >= 2 and doc[e - 1].lower_ in words()["event_heads"] and is_place(doc[s : e - 1].text):
            e, label = e - 1, "GPE"  # 'the Hanoi Summit': a meeting is no actor; the place is named
        if s >= e or all(i in in_role for i in range(s, e)):
            continue
        if _debris(doc[s:e].text.strip(_TRIM)):
            continue
        if label == "GROUP" and not _is_group_noun(doc[e - 1]):
            continue
        words_ = [t.text for t in doc[s:e] if t.is_alpha or "." in t.text]
        if label == "PERSON" and len(words_) > 1 and all(map(country_code, words_)):
            continue  # "U.S.-Ukraine" (talks)
        cand = _Cand(s, e, label)
        _set_key(doc, cand)
        out.append(cand)
    return [_as_org_compound(doc, c) for c in out]


def _linked_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'Tehreek-e-Taliban Pakistan', 'Lashkar-e-Taiba', 'Hizb-ut-Tahrir': words joined by a
    hyphened linking particle (the Persian and Urdu izafe, the Arabic article) make one
    name, which NER cuts at the hyphens into a place, a person and what not (and a
    country word inside it then reads as that country). The name runs on through the
    proper nouns written next to it ('Pakistan Tehreek-e-Insaf'), and is a body's."""
    particles = words()["linking_particles"]
    out = list(cands)
    i = 0
    while i + 4 < len(doc):
        a, h1, p, h2, b = doc[i : i + 5]
        if not (a.text[:1].isupper() and a.is_alpha and p.lower_ in particles and p.is_lower
                and h1.text == "-" == h2.text and b.text[:1].isupper() and b.is_alpha
                and not (a.whitespace_ or h1.whitespace_ or p.whitespace_ or h2.whitespace_)):
            i += 1
            continue
        s, e = i, i + 5
        while e + 2 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ in particles \
                and doc[e + 2].text[:1].isupper() and not (doc[e - 1].whitespace_ or doc[e].whitespace_):
            e += 3  # 'Ahl-e-Sunnat-wal-Jamaat'
        for _ in range(2):  # the proper nouns written next to it, within its line
            if e < len(doc) and _name_word(doc[e]) and doc[e - 1].whitespace_ == " ":
                e += 1
        for _ in range(2):
            if s > 0 and _name_word(doc[s - 1]) and doc[s - 1].whitespace_ == " " and not doc[s - 1].is_sent_start:
                s -= 1
        inside = [c for c in out if c.start < e and s < c.end]
        whole = len(inside) == 1 and inside[0].start <= i and inside[0].end >= i + 5  # NER took the chain whole
        if all(s <= c.start and c.end <= e for c in inside) and not whole:
            out = [c for c in out if c not in inside]
            cand = _Cand(s, e, "PERSON" if {c.label for c in inside} == {"PERSON"} else "ORG")
            _set_key(doc, cand)
            out.append(cand)
        i = e
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _people_by_role(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'said former Turkish ambassador Mithat Rende', 'Evans Revere, a former State
    Department official, said': a name of two or three proper nouns that NER left untagged
    (or took for a title: a work of art) is a person's where a role noun stands right
    before it or is set beside it (its apposition). Not a name ending in a body's head
    noun ('the official Xinhua News Agency'), nor a place's or a people's."""
    W = words()
    roles = W["role_nouns"] | W["voice_nouns"]
    bodies = W["media_heads"] | W["gov_heads"] | W["institution_heads"] | W["military_heads"] | W["org_suffixes"]
    titles = roles | W["honorifics"]
    sites = W["place_heads"] | W["street_heads"] | W["feature_heads"] | W["city_possessions"]  # 'Trump Tower'
    covered = _covered(cands)

    def proper(tok: Token) -> bool:
        return tok.tag_ == "NNP" and tok.is_title and tok.is_alpha and tok.i not in covered and tok.lower_ not in titles

    out = []
    i = 0
    while i < len(doc):
        if not proper(doc[i]) or (i and proper(doc[i - 1])):
            i += 1
            continue
        e = i
        while e < len(doc) and proper(doc[e]) and e - i < 4:
            e += 1
        run = doc[i:e]
        before = doc[i - 1] if i else None
        role_before = before is not None and before.lower_ in roles and not _opening(doc[i])
        role_beside = any(ch.dep_ == "appos" and ch.lemma_.lower() in roles for ch in run[-1].children)
        text = run.text
        if 2 <= len(run) <= 3 and (role_before or role_beside) and not (e < len(doc) and proper(doc[e])) \
                and run[-1].lower_ not in bodies and run[-1].lower_ not in sites and fold(text) not in media_names() \
                and not any(country_code(t.text) or demonym_code(t.text) or capital_code(t.text) for t in run) \
                and not is_place(text):
            cand = _Cand(i, e, "PERSON")
            _set_key(doc, cand)
            out.append(cand)
        i = e
    return out


def _missions_to(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the U.S. Mission to the United Nations', 'the EU Delegation to Ukraine': a body a
    state or union keeps at another is one body, named with both; NER cuts it in two,
    and the second part then reads as the host ('the United Nations said')."""
    heads = words()["mission_heads"]
    by_start = {c.start: c for c in cands}
    out = list(cands)
    for c in cands:
        if c.label not in ("ORG", "GPE") or doc[c.end - 1].lower_ not in heads or not doc[c.end - 1].is_title:
            continue
        i = c.end
        if i < len(doc) and doc[i].lower_ == "to":
            i += 1
            i += i < len(doc) and doc[i].lower_ == "the"
            host = by_start.get(i)
            if host is None and i > 0:
                host = by_start.get(i - 1) if doc[i - 1].lower_ == "the" else None
            if host is not None and host.label in ("ORG", "GPE") and c in out and host in out:
                out = [x for x in out if x is not c and x is not host]
                joined = _Cand(c.start, host.end, "ORG")
                _set_key(doc, joined)
                out.append(joined)
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _name_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and tok.tag_ == "NNP" and bool(tok.ent_type_)


_HYPHENED = re.compile(r"[A-Za-z][\w.&]*(?:[-–][\w.&]*[A-Za-z0-9][\w.&]*)+")


def _hyphen_compounds(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'U.S.-Ukraine talks', 'the Russia-Ukraine war', 'anti-Pakistan militants',
    'U.S.-proposed', 'pro-EU': a country in a hyphenated compound is a mention of that country
    (a body the article names alone too, after a lower-case prefix),
    and the compound names no one actor (NER tags 'U.S.-Ukraine' a person, 'U.S.-EU' a
    place, and so merges two countries). Each country part becomes a mention of its own
    (a part of one token where the tokenizer kept the compound whole); another
    capitalised part is kept where the article uses it alone as a name ('EU'), else
    left out. Not a compound that is itself a country or place ('Guinea-Bissau'), nor
    one inside a longer name ('Chad-Michael Murray')."""
    text = doc.text
    out = list(cands)
    by_text: dict[str, str] = {}
    for c in cands:
        by_text.setdefault(c.text(doc), c.label)
    for match in _HYPHENED.finditer(text):
        a, b = match.span()
        while b > a and text[b - 1] in _TRIM and not (text[b - 1] == "." and _initial_before(text, b)):
            b -= 1
        chain = text[a:b]
        if country_code(chain) or is_place(chain):
            continue
        parts = [(m.start() + a, m.end() + a) for m in re.finditer(r"[^-–]+", chain)]
        countries = [(s, e) for s, e in parts if text[s].isupper() and country_code(text[s:e])]
        bodies = [(s, e) for s, e in parts[1:] if text[s].isupper() and by_text.get(text[s:e], "PERSON") != "PERSON"]
        if not countries and not (bodies and text[a].islower()):
            continue  # 'pro-EU': a body the article names alone, after a prefix
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        inside = [c for c in out if c.start < span.end and span.start < c.end]
        if any(c.start < span.start or c.end > span.end for c in inside):
            continue  # part of a longer name
        kept = {(_char_span(doc, c, text)): c for c in inside}
        out = [c for c in out if c not in inside]
        if _branch_name(doc, span, [text[s:e] for s, e in parts], by_text):
            out.append(_Cand(span.start, span.end, "ORG", key=fold(chain)))
            continue
        for s, e in parts:
            part = text[s:e]
            if (s, e) in kept:
                out.append(kept[(s, e)])
                continue
            code = country_code(part) if part[:1].isupper() else None
            label = "GPE" if code else by_text.get(part)
            if label is None:
                continue
            sub = doc.char_span(s, e, alignment_mode="expand")
            if sub is None:
                continue
            cand = _Cand(sub.start, sub.end, label)
            if (sub.start_char, sub.end_char) != (s, e):
                cand.chars = (s, e)
            if code:
                cand.country, cand.key = code, "country:" + code
            else:
                cand.key = fold(part)
            out.append(cand)
    return out


def _branch_name(doc: Doc, span: Span, parts: list[str], names: dict[str, str]) -> bool:
    """'IS-Mozambique', 'pushed IS-Mozambique out': a body's acronym or name joined to the
    country it works in, the compound heading a noun phrase of its own, is that body's
    branch there, one actor, no mention of the country; as a modifier ('U.S.-EU
    trade', 'the Russia-Ukraine war') the compound names its parts."""
    *body, land = parts
    if not country_code(land) or span[-1].dep_ in ("compound", "amod", "nmod", "npadvmod"):
        return False
    return all(p[:1].isupper() and not (country_code(p) or is_place(p)) and (p.isupper() or p in names) for p in body)


def _place_name(span: Span, product: bool = False) -> bool:
    """A span NER took for a people or a product that is a place's proper noun the
    gazetteer knows ('Punjab', 'Guinea-Bissau', 'the Gwadar port'), not an adjective
    ('Western nations'), a people's name ('Punjabi') or the end of a longer name
    ('Lockheed Martin'). A product only before a place's head noun ('port')."""
    text, doc = span.text, span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.is_title and not _opening(span[0]):
        return False
    proper = all(t.tag_ == "NNP" for t in span if not t.is_punct) and span.root.dep_ != "amod"
    named = after is not None and after.lower_ in words()["place_heads"]  # tagged an adjective there
    if demonym_code(text):
        return False
    if named and span.root.tag_ == "NNP" and not product and _heads_alone(span):
        return True  # 'the Indo-Pacific region' ... 'in the Indo-Pacific'; not 'the Kurdish region'
    return (named or (proper and not product)) and is_place(text)


def _heads_alone(span: Span) -> bool:
    """The article also writes the name as a noun phrase of its own, after 'the' ('in the
    Indo-Pacific'): a people's or a faith's name before 'region' seldom stands so."""
    doc, words_ = span.doc, [t.text for t in span]
    n = len(words_)
    for i in range(1, len(doc) - n + 1):
        if doc[i - 1].lower_ == "the" and doc[i].text == words_[0] and [t.text for t in doc[i : i + n]] == words_:
            if doc[i + n - 1].dep_ not in ("compound", "amod"):
                return True
    return False


def _repeated_surnames(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'Daniel Sales ... Sales said': NER often misses a surname standing alone, above all
    one that is also a common noun. Once a full person name is in the article, its
    surname written the same way (so not 'bush' for Bush) is that person again, unless
    another person's name also holds the word, another name starts with it ('Ford
    Motor'), or it reads as part of a longer name ('the Sales Act', 'Ruth Sales' of
    someone else). At the start of a sentence a capital proves nothing: there the word
    must not be used in lower case elsewhere in the article, nor be a plural subject
    ('Sales are ...')."""
    W = words()
    covered = _covered(cands)
    holders: dict[str, set[str]] = defaultdict(set)  # a word as written → full names holding it
    surnames: set[str] = set()
    blocked: set[str] = set()
    for c in cands:
        toks = [t for t in c.tokens(doc) if t.is_alpha and t.lower_ not in W["name_suffixes"]]
        if c.label != "PERSON":
            first = [t for t in toks if t.lower_ != "the"]
            if first and (len(first) > 1 or c.label in ("GPE", "LOC")):
                blocked.add(first[0].text)  # 'Ford Motor Company', 'Washington' the place
            continue
        if len(toks) < 2:
            continue
        for t in toks:
            holders[t.text].add(c.key)
        if toks[-1].is_title and len(toks[-1].text) > 2:
            surnames.add(toks[-1].text)
    surnames = {s for s in surnames if len(holders[s]) == 1} - blocked
    if not surnames:
        return []
    lower = {t.text for t in doc if t.is_lower}
    out = []
    for tok in doc:
        if tok.text not in surnames or tok.i in covered:
            continue
        prev = doc[tok.i - 1] if tok.i else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        opening = _opening(tok)
        if prev is not None and not opening and (prev.pos_ == "DET" or prev.is_title):
            if prev.pos_ == "DET" or prev.lower_ not in W["honorifics"] | W["role_nouns"]:
                continue  # 'the Sales report', 'Ruth Sales' (someone else NER missed); not 'Mr. Sales'
        if nxt is not None and nxt.is_title and "\n" not in tok.whitespace_ and not nxt.is_sent_start:
            continue  # 'Sales Act', and the capitals of a title-case headline
        if opening and (tok.lower_ in lower or _plural_subject(tok)):
            continue
        cand = _Cand(tok.i, tok.i + 1, "PERSON")
        _set_key(doc, cand)
        out.append(cand)
    return out


def _names_again(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """A name NER tagged once is the same name where NER missed it ('OKT will buy ...'
    at the head of a line, 'Nelson Mandela' in a caption taken for a title): exact
    repeats of names of two or more capitalised words, or of acronyms ('OKT', not 'US'
    for 'us'), that do not run on into further capitalised words, and only where NER
    tagged the name at least half the times it is written ('AI' tagged once in ten
    is a word), or, for an acronym, where the article also names what it spells ('G7'
    beside 'the Group of Seven'). A one-word name of an organisation or place too
    ('Ryanair exercises options ...' heading an article that tags 'Ryanair' later),
    where no word of the article is written so in lower case ('Apple' beside 'apple')
    and the repeat is read as a noun. A region named before a place's head noun ('the
    Indo-Pacific region') is the same region where it heads its own phrase ('in the
    Indo-Pacific'), however rarely NER tagged it. Not in a line of capitals, where
    every word looks like an acronym."""
    known: dict[tuple[str, ...], str] = {}
    tagged: Counter = Counter()
    spelled: set[str] = set()
    lower = {t.lower_ for t in doc if t.is_lower}
    for c in cands:
        toks = (c.text(doc),) if c.chars else tuple(t.text for t in c.tokens(doc))
        capitalised = all(t[:1].isupper() for t in toks if t.isalpha())
        single = len(toks) == 1 and c.label in ("ORG", "GPE", "LOC") and toks[0].isalpha() and toks[0][0].isupper()
        single = single and not _looks_acronym(toks[0])
        if single and toks[0].lower() in lower:
            continue
        if (len(toks) > 1 and capitalised) or (len(toks) == 1 and (_looks_acronym(toks[0]) or single)):
            known.setdefault(toks, c.label)
            tagged[toks] += 1
        if len(toks) > 1:
            spelled |= spellings(fold(" ".join(toks)).split())
    if not known:
        return []
    texts = [t.text for t in doc]
    written = Counter(tuple(texts[i : i + n]) for n in {len(k) for k in known} for i in range(len(doc)))
    heads = words()["place_heads"]
    regions = {  # 'the Indo-Pacific region': a place by its head noun, whatever NER's vote
        tuple(t.text for t in c.tokens(doc)) for c in cands
        if c.label in ("GPE", "LOC") and c.end < len(doc) and doc[c.end].lower_ in heads
    }
    known = {  # NER's own vote
        k: v for k, v in known.items()
        if 2 * tagged[k] >= written[k] or (len(k) == 1 and fold(k[0]) in spelled) or k in regions
    }
    if not known:
        return []
    covered = _covered(cands)
    shouting = _shouting(doc)

    def fits(i: int, n: int, name: tuple[str, ...]) -> bool | None:
        if n == 1 and not _looks_acronym(name[0]) and doc[i].pos_ not in ("PROPN", "NOUN"):
            return False
        if name in regions and 2 * tagged[name] < written[name] and doc[i + n - 1].dep_ in ("compound", "amod"):
            return False  # without the vote, only where it heads its phrase ('in the Indo-Pacific')
        after = doc[i + n] if i + n < len(doc) else None
        before = doc[i - 1] if i else None
        if after is not None and _capitalised(after) and "\n" not in doc[i + n - 1].whitespace_:
            return None  # 'OKT Labs': a longer name
        if before is not None and _capitalised(before) and not _opening(doc[i]) \
                and not (_opening(before) and before.pos_ in ("DET", "PRON", "ADP", "ADV", "CCONJ", "SCONJ")):
            return None  # but 'All G7 ministers', 'The G7', a function word capitalised as the sentence opens
        return True

    return _longest_names(doc, 0, len(doc), known, lambda t: t.text, covered | shouting, fits)


def _longest_names(doc: Doc, start: int, end: int, forms: dict, key, blocked: set[int], fits=None) -> list[_Cand]:
    """Candidates for the names of ``forms`` (word tuple, as ``key`` reads each token →
    label) in ``doc[start:end]``, the longest first at each token and never over a
    ``blocked`` one. ``fits(i, n, name)`` may refuse a match: False tries a shorter name
    there, None gives up at that token."""
    longest = max(map(len, forms))
    firsts = {form[0] for form in forms}
    keys = [key(t) for t in doc[start:end]]  # read each token once, not once per name length
    out = []
    i = start
    while i < end:
        if keys[i - start] not in firsts:
            i += 1
            continue
        for n in range(min(longest, end - i), 0, -1):
            name = tuple(keys[i - start : i - start + n])
            if name not in forms or any(j in blocked for j in range(i, i + n)):
                continue
            verdict = True if fits is None else fits(i, n, name)
            if verdict is None:
                break
            if not verdict:
                continue
            cand = _Cand(i, i + n, forms[name])
            _set_key(doc, cand)
            out.append(cand)
            i += n - 1
            break
        i += 1
    return out


def _names_in_capitals(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'KLITSCHKO KNOCKS OUT THOMPSON': NER reads a line of capitals as acronyms or nothing.
    Names the article tags in its other lines are found there again, whatever the case:
    a name of two words or more, a person's surname, a one-word name that the article
    never writes as a lower-case word ('PAGE' beside 'a page'); never an acronym ('US'
    in 'LET US')."""
    lines = [(s, e) for s, e in _lines(doc) if all(t.is_upper for t in doc[s:e] if t.is_alpha)]
    if not lines:
        return []
    shouting = {i for s, e in lines for i in range(s, e)}
    lower = {t.lower_ for t in doc if t.is_lower}
    forms: dict[tuple[str, ...], str] = {}
    for c in cands:
        toks = c.tokens(doc)
        if c.chars or any(t.i in shouting for t in toks) or not all(_capitalised(t) for t in toks if t.is_alpha):
            continue
        words_ = tuple(t.lower_ for t in toks)
        if len(words_) > 1:
            forms.setdefault(words_, c.label)
            if c.label == "PERSON" and len(words_[-1]) > 2 and words_[-1] not in lower:
                forms.setdefault(words_[-1:], c.label)
        elif not _looks_acronym(toks.text) and words_[0] not in lower and len(words_[0]) > 2:
            forms.setdefault(words_, c.label)
    if not forms:
        return []
    covered = _covered(cands)
    return [c for s, e in lines for c in _longest_names(doc, s, e, forms, lambda t: t.lower_, covered)]


def _outlet_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'on the social media platform X', 'a post on the X social media platform': a proper
    noun NER left untagged, right after an outlet noun (``outlet_nouns``) or right before
    it as its modifier, is that outlet's name. Only in a definite phrase ('the'), where the
    noun introduces the name rather than describes a kind ('a news platform Reuters ...')."""
    nouns, compounds = words()["outlet_nouns"], words()["outlet_compounds"]
    covered = _covered(cands) | {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    for noun in doc:
        compound = noun.i > 0 and f"{doc[noun.i - 1].lower_} {noun.lower_}" in compounds
        if not (noun.lower_ in nouns or compound) or noun.pos_ != "NOUN" or noun.i in covered:
            continue
        top = noun.head if noun.dep_ == "compound" else noun  # 'the social media platform X'
        if not any(t.lower_ == "the" for t in doc[top.left_edge.i : noun.i]):
            continue
        after = noun.i + 1
        end = after
        while end < len(doc) and end not in covered and _proper_word(doc[end]):
            end += 1
            if doc[end - 1].text.endswith("."):
                break  # 'on the social media platform X.': the tokenizer kept the full stop
        if end > after and not (end < len(doc) and doc[end].text[:1].isupper() and doc[end - 1].text[-1] != "."):
            cand = _Cand(after, end, "ORG")
            if doc[end - 1].text.endswith(".") and not _looks_acronym(doc[end - 1].text):
                cand.chars = (doc[after].idx, doc[end - 1].idx + len(doc[end - 1].text) - 1)
            out.append(cand)
            continue
        modified = [noun, doc[noun.i - 1]] if compound else [noun]  # 'the DPA news agency'
        named = [t for m in modified for t in m.children
                 if t.dep_ in ("compound", "nmod") and t.tag_ == "NNP" and t.i < m.i]
        first = next((t for t in named if t.i not in covered and doc[t.i - 1].lower_ == "the"), None)
        if first is not None and first.text[:1].isupper():
            out.append(_Cand(first.i, first.i + 1, "ORG"))
    for cand in out:
        _set_key(doc, cand)
    return out


def _proper_word(tok: Token) -> bool:
    """A word written as a name: capitalised, not a function word ('The', 'He')."""
    text = tok.text.rstrip(".")
    return bool(text) and text[0].isupper() and not tok.is_stop and tok.pos_ in ("PROPN", "NOUN")


def _person_tails(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the vice chairman of Chrysler LLC Jim Press', 'Secretary of the Air Force for
    Acquisition Marvin Sambur': NER ran a body's name on into the person after it. Where
    the span ends in a person's full name the article tags elsewhere, that name is the
    person and the words before it keep the span's label."""
    persons = {tuple(t.text for t in c.tokens(doc)) for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    if not persons:
        return cands
    out = []
    for c in cands:
        size = c.end - c.start
        tail = next((k for k in range(size - 1, 1, -1)
                     if c.label != "PERSON" and tuple(t.text for t in doc[c.end - k : c.end]) in persons), None)
        if tail is None:
            out.append(c)
            continue
        person = _Cand(c.end - tail, c.end, "PERSON")
        _set_key(doc, person)
        out.append(person)
        s, e = _trim(doc, c.start, c.end - tail, c.label)
        while e > s and doc[e - 1].lower_ in ("of", "for", "and", "the"):
            e -= 1
        if e > s and any(_capitalised(t) for t in doc[s:e]):
            head = _Cand(s, e, c.label)
            _set_key(doc, head)
            out.append(head)
    return out


def _run_together(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'at the U.N. Wong will be ...', 'Trump, Erdogan Ankara will ...', 'born in Hawaii
    Watson was born ...': NER ran two names into one across a sentence's end or a lost
    line break. Where one side is a person's surname that the article gives in a full
    name elsewhere and the other an acronym, a country or its capital, or (before the
    surname, after a locative preposition) a place the article names alone, the span is
    the two names; not where the article's full name of that person begins with the
    place's word ('Paris Hilton')."""
    spans = Counter(tuple(t.text for t in c.tokens(doc)) for c in cands)
    full_names = {tuple(t.text for t in c.tokens(doc)) for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    surnames = {f[-1] for f in full_names}
    places = {tuple(t.text for t in c.tokens(doc)): c.label for c in cands if c.label in ("GPE", "LOC") and not c.chars}
    locative = words()["locative_prepositions"]
    out = []
    for c in cands:
        if c.end - c.start != 2 or c.chars:
            out.append(c)
            continue
        left, right = doc[c.start], doc[c.start + 1]
        if c.label != "PERSON" and right.text in surnames and _looks_acronym(left.text) and left.text.endswith("."):
            labels = (c.label, "PERSON")  # 'U.N.' | 'Wong'
        elif (c.label == "PERSON" and left.text in surnames and left.whitespace_
              and (country_code(right.text) or capital_code(right.text))):
            labels = ("PERSON", "GPE")  # 'Erdogan' | 'Ankara'
        elif (left.whitespace_ and (left.text,) in places and c.start and doc[c.start - 1].lower_ in locative
              and spans[(left.text, right.text)] == 1
              and any(f[-1] == right.text and f[0] != left.text for f in full_names)):
            labels = (places[(left.text,)], "PERSON")  # 'born in Hawaii' | 'Watson was born ...' (Derrick Watson)
        else:
            out.append(c)
            continue
        for at, label in zip((c.start, c.start + 1), labels):
            part = _Cand(at, at + 1, label)
            _set_key(doc, part)
            out.append(part)
    return out


def _places_before_heads(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the Damasha and Shabeelow areas', 'the Middle Shabelle and Hiran regions', 'the
    Hiran region': proper nouns that a place's head noun governs in a definite phrase are
    places, however NER tagged them (a people, or nothing: local names it does not know);
    each conjunct is a place of its own. Not a people's or a country's adjective ('the
    Kurdish region', 'the Syrian areas')."""
    heads = words()["place_heads"] | words()["area_heads"]
    covered = _covered(cands)
    out = []
    for head in doc:
        if head.pos_ != "NOUN" or not head.i or head.lemma_.lower() not in heads:
            continue
        first = head.left_edge.i
        if doc[first].lower_ != "the":
            continue
        runs, run = [], []
        for tok in doc[first + 1 : head.i]:
            if tok.lower_ in ("and", ",", "or"):
                runs.append(run)
                run = []
            elif tok.tag_ == "NNP" and tok.is_title and tok.i not in covered:
                run.append(tok)
            elif tok.i in covered and run in ([], [None]):
                run = [None]  # a name tagged already: a conjunct, not the place
            else:
                runs, run = [], []
                break
        runs.append(run)
        for run in runs:
            if not run or None in run:
                continue
            text = doc[run[0].i : run[-1].i + 1].text
            if demonym_code(text) or country_code(text):
                continue
            cand = _Cand(run[0].i, run[-1].i + 1, "GPE" if head.lemma_.lower() in words()["division_words"] else "LOC")
            _set_key(doc, cand)
            out.append(cand)
    return out


def _division_heads(doc: Doc, cands: list[_Cand]) -> None:
    """'northern Aleppo province': a city's name before the division noun it governs
    names the division, so the noun goes into the name, and the corpus can keep the
    province apart from the city that shares its name ('Aleppo') in other articles."""
    taken = _covered(cands)
    for c in cands:
        if c.label not in ("GPE", "LOC") or c.kind != "name" or c.country or c.chars or c.end >= len(doc):
            continue
        head = doc[c.end]
        if head.i in taken or not head.is_lower or head.lemma_ not in words()["division_words"] \
                or doc[c.end - 1].head.i != head.i or not any(population for population, _ in places(c.text(doc))):
            continue  # 'the Indo-Pacific region', 'Punjab province': no city's name, nothing to tell apart
        c.end += 1  # its key stays the name's: the article's bare 'Ghazni' is the province it names


def _quoted_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the group “Chagossian Voices,”', 'a movement called "Free Iran"': title-case words in
    quotes right after a body's description noun (or 'called', 'named' after it) are that
    body's name, which NER leaves untagged inside quotes."""
    heads = _body_heads()
    covered = _covered(cands)
    out = []
    for noun in doc:
        if noun.lower_ not in heads or noun.pos_ != "NOUN":
            continue
        i = noun.i + 1
        if i < len(doc) and doc[i].lower_ in ("called", "named"):
            i += 1
        if i >= len(doc) or doc[i].text not in ("“", '"', "‘"):
            continue
        start = end = i + 1
        while end < len(doc) and end not in covered and (
            (doc[end].is_title and doc[end].is_alpha)
            or (end > start and doc[end].lower_ in LINKING_WORDS)
        ):
            end += 1
        close = end + (end < len(doc) and doc[end].text in (",", "."))
        if end > start and doc[end - 1].is_title and close < len(doc) and doc[close].text in ("”", '"', "’"):
            cand = _Cand(start, end, "ORG")
            _set_key(doc, cand)
            out.append(cand)
    return out


def _described_acronyms(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'HTS is an Islamist group', 'HTS, the group that toppled Assad,': an acronym NER
    left untagged, that the sentence says is a body (a description noun as its predicate
    or in apposition), is that body's name; its other uses are found as repeats."""
    heads = _body_heads()
    covered = _covered(cands)
    shouting = _shouting(doc)
    out = []
    for tok in doc:
        if tok.i in covered or tok.i in shouting or not _looks_acronym(tok.text) or len(tok.text) < 3 \
                or country_code(tok.text):
            continue
        described = any(ch.dep_ == "appos" and ch.lemma_.lower() in heads for ch in tok.children)
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            described |= any(ch.dep_ == "attr" and ch.lemma_.lower() in heads for ch in tok.head.children)
        if described:
            cand = _Cand(tok.i, tok.i + 1, "ORG")
            _set_key(doc, cand)
            out.append(cand)
    return out


def _known_outlets(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'Risch told Politico', 'according to Axios': an outlet of ``media.txt`` that NER
    left untagged, where a verb of telling or reporting says it is the outlet."""
    cues = words()["speech_verbs"] | words()["media_cue_verbs"]
    covered = _covered(cands)
    out = []
    for tok in doc:
        if tok.i in covered or not tok.is_title or len(tok.text) < 3 or fold(tok.text) not in media_names():
            continue
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ in ("nsubj", "dobj", "dative", "pobj") and (
            head.lemma_.lower() in cues or (tok.dep_ == "pobj" and head.lower_ == "according")
        ):
            cand = _Cand(tok.i, tok.i + 1, "ORG")
            _set_key(doc, cand)
            out.append(cand)
    return out


_CREDIT = re.compile(r"[(/]([^()/\n]{2,80})[)/]")


def _credited_outlets(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'MOSCOW, March 1. /TASS/.', '(AFP, Reuters, dpa)': outlets of ``media.txt``
    credited between slashes or listed in brackets are the outlets, in whatever case
    the agency writes itself and however the tokenizer cut the credit."""
    covered = _covered(cands)
    text = doc.text  # once: ``Doc.text`` joins every token again on each use
    out = []
    for match in _CREDIT.finditer(text):
        parts = [(m.start() + match.start(1), m.end() + match.start(1)) for m in re.finditer(r"[^,;]+", match.group(1))]
        named = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip()))
                 for s, e in parts]
        if not named or not all(fold(text[s:e]) in media_names() for s, e in named):
            continue  # a credit lists outlets only
        for s, e in named:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or any(t.i in covered for t in span):
                continue
            cand = _Cand(span.start, span.end, "ORG", key=fold(text[s:e]))
            if (span.start_char, span.end_char) != (s, e):
                cand.chars = (s, e)
            out.append(cand)
    return out


def _street_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'jitters through Wall Street', 'Downing Street said': a run of proper nouns ending
    in a street's head noun (``street_heads``) is a place, where NER tagged none of it;
    not the start of a longer name ('The Wall Street Journal'), nor in a line of capitals."""
    heads = words()["street_heads"]
    covered = _covered(cands) | {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in heads or not _capitalised(tok) or tok.is_upper or tok.i in covered or not tok.i:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and _capitalised(after) and "\n" not in tok.whitespace_:
            continue
        start = tok.i
        while (start > 0 and tok.i - start < 3 and doc[start - 1].tag_ == "NNP" and _capitalised(doc[start - 1])
               and not doc[start - 1].is_stop and start - 1 not in covered):
            start -= 1  # not on into a title-case headline's other words ('Stocks Tumble On Wall Street')
        if start == tok.i or doc[start].is_upper or (_opening(doc[start]) and doc[start].lower_ in _HEADLINE_SMALL):
            continue
        cand = _Cand(start, tok.i + 1, "LOC")
        _set_key(doc, cand)
        out.append(cand)
    return out


def _country_unit_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'commander for U.S. Indo-Pacific Command': NER took the country alone; proper words
    after it that end in an armed body's head noun (``military_heads``) make one name with
    it, so the country does not stand for the command (``_name_prefixes`` gives the
    country its own mention inside)."""
    heads = words()["military_heads"]
    covered = _covered(cands)
    out = []
    for c in cands:
        if not c.country or c.chars or c.end - c.start != 1:
            out.append(c)
            continue
        end, i = None, c.end
        while i < len(doc) and i - c.end < 5 and i not in covered and "\n" not in doc[i - 1].whitespace_:
            tok = doc[i]
            if tok.text == "-" and not doc[i - 1].whitespace_ and not tok.whitespace_:
                i += 1
                continue
            if not _capitalised(tok):
                break
            if tok.lower_ in heads:
                end = i + 1
            i += 1
        if end is None or end - c.end < 2:
            out.append(c)
            continue
        unit = _Cand(c.start, end, "ORG")
        _set_key(doc, unit)
        out.append(unit)
    return out


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[0].isupper()


def _plural_subject(tok: Token) -> bool:
    """'Sales are ...', 'Sales were ...': the verb agrees with a plural noun, not a person."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [tok.head] + [ch for ch in tok.head.children if ch.dep_ in ("aux", "auxpass")]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)


def _opening(tok: Token) -> bool:
    """At the start of a sentence, line or quotation, where any word is capitalised."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or "\n" in prev.whitespace_ or prev.text in _OPENERS


def _lost_break(tok: Token) -> bool:
    """A common word capitalised straight after a lower-case content word ('Brown's
    alternative Speaking in ...'): a subheading run into the text where a line break
    was lost. Not a name, a title or a word of one ('of North Korean leader', 'met
    President ...')."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    W = words()
    return prev is not None and prev.is_alpha and prev.is_lower and prev.pos_ in ("NOUN", "ADJ", "ADV", "VERB") \
        and _capitalised(tok) and not tok.is_upper and tok.pos_ != "PROPN" and not tok.ent_type_ \
        and tok.dep_ != "compound" and tok.lower_ not in W["role_nouns"] | W["honorifics"]


_OPENERS = {"\"", "“", "‘", "'", "``", "(", ":", "-", "—"}


def _debris(text: str) -> bool:
    """Scrape debris such as "useGuaidó": a name that opens lower-case, unless with
    a particle ("al-Bunni", "bin Laden", "de Gaulle")."""
    if not text or text[0].isupper() or text[0].isdigit():
        return not text
    particle = re.match(r"([a-z]+)[- ](.)", text)
    return not (particle and particle.group(1) in words()["name_particles"] and particle.group(2).isupper())


_HEADLINE_SMALL = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "from", "as", "vs"}


def _shouting(doc: Doc) -> set[int]:
    """The tokens of lines written all in capitals (a headline, a byline), where case
    says nothing of a name."""
    return {i for s, e in _lines(doc) if all(t.is_upper for t in doc[s:e] if t.is_alpha) for i in range(s, e)}


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the text's lines."""
    out, start = [], 0
    for tok in doc:
        if "\n" in tok.text_with_ws:
            end = tok.i if tok.is_space else tok.i + 1
            if end > start:
                out.append((start, end))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def _split_at_lines(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name does not run across a line break: NER joins a headline's last word to the
    next line's first ('... Deal for OKT' + 'Siemens agreed'). Each line's part
    is kept if it has a capitalised word to be a name ('htm' of a web address has not)."""
    out = []
    for s, e, label in raw:
        cuts = [i + 1 for i in range(s, e - 1) if "\n" in doc[i].text_with_ws]
        for a, b in zip([s, *cuts], [*cuts, e]):
            if (a, b) == (s, e) or any(_capitalised(t) and len(t.text) > 1 for t in doc[a:b]):
                out.append((a, b, label))
    return out


def _title_case(line: Span) -> bool:
    """A headline in title case ('Siemens Wins Egypt Rail Contract'): three or more
    words beyond the small ones, all capitalised, and no closing full stop."""
    big = [t.text for t in line if t.is_alpha and t.lower_ not in _HEADLINE_SMALL]
    return len(big) >= 3 and all(w[0].isupper() for w in big) and line[-1].text != "."


def _recut_headlines(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In a title-case headline every word is capitalised and NER runs names into the
    words around them ('Siemens Wins Egypt', 'Fenwick Found'), or misses them. There the
    names are those of the article's other lines, found again by their exact spelling
    (a person's also by the surname); the headline's own spans are dropped, but for a
    country or an acronym ('US Plane Crashes ...'). Only with
    a body to learn the names from: a text of headlines alone keeps its spans. Given
    spans (gold mentions) are left as they are."""
    lines = _lines(doc)
    heads = [(s, e) for s, e in lines if _title_case(doc[s:e])]
    if not heads or len(heads) == len(lines):
        return raw
    in_head = {i for s, e in heads for i in range(s, e)}
    known: dict[tuple[str, ...], str] = {}
    surnames: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for s, e, label in raw:
        if label not in NER_LABELS or any(i in in_head for i in range(s, e)) or "\n" in doc[s:e].text:
            continue
        name = tuple(t.text for t in doc[s:e] if t.lower_ != "the" and t.text not in ("'s", "’s", "'", "’"))
        if name:
            known.setdefault(name, label)
            if label == "PERSON" and len(name) > 1 and name[-1][:1].isupper():
                surnames[name[-1]].add(name)
    for last, fulls in surnames.items():
        if len(fulls) == 1:
            known.setdefault((last,), "PERSON")
    def sure(s: int, e: int) -> bool:  # a country or an acronym is not run into other words
        return bool(country_code(doc[s:e].text)) or (e - s == 1 and _looks_acronym(doc[s].text))

    out = [(s, e, x) for s, e, x in raw if not any(i in in_head for i in range(s, e)) or sure(s, e)]
    kept = {i for s, e, _ in out for i in range(s, e)}
    longest = max((len(k) for k in known), default=0)
    for s, e in heads:
        i = s
        while i < e:
            for n in range(min(longest, e - i), 0, -1):
                name = tuple(t.text for t in doc[i : i + n])
                if name in known and not any(j in kept for j in range(i, i + n)):
                    out.append((i, i + n, known[name]))
                    i += n - 1
                    break
            i += 1
    return sorted(out)


def _join_split_names(raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """NER sometimes cuts a long name in two ('Vladimir Padrino' + 'López'): adjacent
    person spans are one name."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in sorted(raw):
        if out and label == "PERSON" and out[-1][2] == "PERSON" and out[-1][1] == s:
            out[-1] = (out[-1][0], e, label)
        else:
            out.append((s, e, label))
    return out


def _names_past_brackets(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'[Russian Foreign Minister Sergei] Lavrov', '[President Donald] Trump': an editor's
    words in square brackets inside a quotation end in the first part of a name that
    runs on past the bracket. A person's span closing such a bracket takes in the
    capitalised word after it, or the person's span there ('Sergei] Lavrov' is one name)."""
    starts = {s: (e, label) for s, e, label in raw}
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for s, e, label in sorted(raw):
        if s in taken:
            continue
        if label == "PERSON" and e + 1 < len(doc) and doc[e].text == "]" and _opened_bracket(doc, s):
            nxt = doc[e + 1]
            if starts.get(e + 1, (0, ""))[1] == "PERSON":
                taken.add(e + 1)
                e = starts[e + 1][0]
            elif nxt.is_title and nxt.pos_ == "PROPN" and not nxt.ent_type_:
                e += 2
        out.append((s, e, label))
    return out


def _opened_bracket(doc: Doc, i: int) -> bool:
    """Whether a square bracket opens before token ``i`` in its sentence and is not closed."""
    for tok in reversed(doc[doc[i].sent.start : i]):
        if tok.text == "]":
            return False
        if tok.text == "[":
            return True
    return False


_MID_SENTENCE_PUNCT = {",", ";", ":", "(", "-", "–", "—"}


def _party_modifiers(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'the Christian Democrats', 'the Free Democrats': a party named by its members'
    plural after a capitalised modifier, which NER cuts off (or tags apart as a faith or
    people), so that the party reads as 'Democrats', the other party of that word. The
    modifier belongs to the name when it is capitalised inside a sentence (not a
    title-case headline: an article, a lower-case word or a comma before it; not a
    quantifier opening a sentence, 'Many Chagossians') and is no country or people of
    its own ('the American Democrats' are the Democrats)."""
    starts = {s: (e, label) for s, e, label in raw}
    drop, out = set(), []
    for s, e, label in raw:
        if label != "NORP" or e - s != 1 or s < 2:
            out.append((s, e, label))
            continue
        head, mod, before = doc[s], doc[s - 1], doc[s - 2]
        joined = (
            head.tag_ == "NNPS" and head.is_title and mod.is_title and mod.head.i == head.i
            and mod.dep_ in ("amod", "compound") and not mod.is_sent_start and not _title_case(mod.sent)
            and (before.is_lower or before.text in _MID_SENTENCE_PUNCT or before.pos_ == "DET")
            and not demonym_code(mod.text) and not country_code(mod.text)
            and (starts.get(s - 1) == (s, "NORP") or (s - 1 not in starts and mod.tag_ == "NNP"))
        )
        if joined:
            drop.add(s - 1)
            out.append((s - 1, e, label))
        else:
            out.append((s, e, label))
    return [r for r in out if r[0] not in drop or r[1] - r[0] > 1]


def _places_before_names(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Leader of the unrecognised republic of Transnistria Vadim Krasnoselsky said': a
    title written before the name with its place ('of ...') and no comma, as wire
    services do, runs the place into the name and NER takes all for one (a person, or an
    event). Where a capitalised role noun's 'of' phrase reaches into that span, the last two
    words are the person (given name, family name) and the words before them the place:
    a known place, or any where NER did not call the whole a person."""
    roles, out = words()["role_nouns"], []
    for s, e, label in raw:
        k = e - s - 2
        words_ = doc[s:e]
        of = s and doc[s - 1].lower_ == "of"
        role = next((t for t in doc[max(0, s - 8) : s - 1] if t.lower_ in roles and t.is_title and t.right_edge.i >= s),
                    None) if of else None
        if role is None or k < 1 or not all(t.is_alpha and t.is_title for t in words_):
            out.append((s, e, label))
            continue
        place = doc[s : s + k].text
        if label == "PERSON" and not (is_place(place) or country_code(place)):
            out.append((s, e, label))
            continue
        out += [(s, s + k, "GPE"), (s + k, e, "PERSON")]
    return out


_GLUED = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)+")


def _glued_first_name(doc: Doc, s: int, e: int) -> int:
    """NER may leave out a given name glued with an apostrophe or a hyphen ('Ka'Loni'
    of 'Ka'Loni Marie Flynn', 'Jean-Pierre'): take it back when it modifies the name,
    is tagged as nothing else and is not the first word of the sentence."""
    if s == 0:
        return s
    prev = doc[s - 1]
    if _GLUED.fullmatch(prev.text) and not prev.ent_type_ and not prev.is_sent_start and s <= prev.head.i < e:
        return s - 1
    return s


def _through_particles(doc: Doc, e: int) -> int:
    """NER may stop inside a name at its particles ('Ursula von' der Leyen): carry on
    through them to the capitalised word they lead to."""
    particles = words()["name_particles"]
    i = e
    while i < len(doc) and doc[i].lower_ in particles and doc[i].is_lower:
        i += 1
    if i > e or doc[e - 1].lower_ in particles:
        if i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN" and not doc[i].ent_type_:
            return i + 1
    return e


def _through_surname(doc: Doc, s: int, e: int) -> int:
    """NER may tag a given name alone ('General Augusto' of 'General Augusto Pinochet'):
    carry on to the untagged proper noun the name modifies, the head of its phrase. Only
    from one word: a full name before a noun is a name ('Warren Jeffs Trial')."""
    W = words()
    if e - s == 1 and e < len(doc) and doc[e].is_title and doc[e].pos_ == "PROPN" and not doc[e].ent_type_ \
            and doc[e - 1].dep_ == "compound" and doc[e - 1].head.i == e \
            and doc[e].lower_ not in W["honorifics"] | W["role_nouns"]:
        return e + 1
    return e


def _through_given_name(doc: Doc, s: int, e: int) -> int:
    """NER may stop a family-name-first name at the hyphen of its given name ('Park Geun'
    of 'Park Geun-hye', 'Hwang Kyo-' of 'Hwang Kyo-ahn', 'Choi' of 'Choi Soon-sil'):
    carry on through the syllable glued after it, lower-case (or written as a word
    where NER took the family name alone: 'Chung Sun-Sup'), unless the hyphened word is
    a verb's ('Donald Trump-led') or modifies a noun after it ('a Joe Biden-era rule')."""
    i = e - 1 if e - s == 3 and doc[e - 1].text in ("-", "‐") else e
    untagged = i - s == 1 and i + 1 < len(doc) and doc[i].is_title and not doc[i].ent_type_ and not doc[i].whitespace_
    i += untagged  # the given name's first syllable, untagged too ('Chung Sun-Sup')
    if i - s != 2 or i + 1 >= len(doc) or doc[i].text not in ("-", "‐") \
            or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return e
    tail = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    syllable = tail.is_lower or (untagged and tail.is_title and len(tail) <= 4)
    if not (syllable and tail.is_alpha and len(tail) <= 5) or tail.pos_ in ("VERB", "AUX"):
        return e
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return e
    return i + 2


def _trim(doc: Doc, s: int, e: int, label: str) -> tuple[int, int]:
    """The name proper: no article, possessive, parenthesised acronym or line break, and
    no leading description ('US automaker GM', 'Apple CEO Steve Jobs' → GM, Steve Jobs)."""
    W = words()
    for i in range(s, e):  # "Observatory of Social Conflict (OVCS": the acronym is found later
        if doc[i].text in "([" or doc[i].is_space or (doc[i].text == "," and label in ("PERSON", "ORG")):
            e = i
            break
    for i in range(e - 1, s, -1):
        low = doc[i - 1]
        if _hyphenated_word(doc, low) and 0 < i - 1 and doc[i - 2].text in "-–" and doc[i].text in "-–":
            continue  # 'Shafiq-ul-Rehaman': a small word between hyphens is the name's
        if low.is_lower and low.is_alpha and low.lower_ not in W["name_particles"] | {"of", "and", "for", "the"}:
            named = [t for t in doc[s : i - 1] if t.is_alpha and t.lower_ not in ("the", "of", "and", "for")]
            after = doc[i + 1] if doc[i].lower_ == "the" and i + 1 < e else doc[i]
            if label in ORG_LIKE and low.pos_ == "ADP" and s <= low.head.i < i - 1 and after.text[:1].isupper() \
                    and named and all(t.text[:1].isupper() for t in named):
                continue  # 'Council on Foreign Relations', 'Commission on the Limits of the Continental Shelf'
            s = i
            break
    while s < e and (doc[s].lower_ == "the" or not doc[s].text.strip(_TRIM)):
        s += 1
    while e > s and (
        doc[e - 1].text in ("'s", "’s", "'", "’") or not doc[e - 1].text.strip(_TRIM) or doc[e - 1].is_lower
    ) and not _hyphen_tail(doc, s, e):
        e -= 1  # also "Dodik to", "Voluntad Popular party": trailing lower-case words
    if label == "ORG" and e - s >= 2 and _looks_acronym(doc[s].text) and _post_title(doc[s + 1 : e]):
        e = s + 1  # 'the UN Special Coordinator for ...': the body, then a post in it
    if label == "PERSON":
        for i in range(e - 1, s - 1, -1):
            if doc[i].lower_ in W["honorifics"] or doc[i].lower_ in W["role_nouns"]:
                s = i + 1
                break
        for i in range(s + 2, e):  # 'Gary Ross Is Boss': a title-case headline's verb ends the name
            if doc[i].is_stop and doc[i].pos_ in ("AUX", "VERB", "ADP", "PART", "CCONJ", "ADV"):
                if doc[i].lower_ not in W["name_particles"]:
                    e = i
                    break
    return s, e


def _post_title(words_: Span) -> bool:
    """'Special Coordinator', 'Special Representative for Human Rights', 'Secretary-General':
    capitalised words up to a post's head noun, then at most its domain after a
    preposition. A post names no body ('Security Council' does not end in one)."""
    head = next((t for t in words_ if t.lower_ in ("for", "of", "on", "to")), None)
    title = words_[: head.i - words_.start] if head is not None else words_
    last = title[-1].lower_.rsplit("-", 1)[-1] if len(title) else ""
    return bool(len(title)) and all(t.text[:1].isupper() or t.text in "-‐" for t in title) \
        and last in words()["role_nouns"] and last not in words()["generic_institution_words"]


def _hyphen_tail(doc: Doc, s: int, e: int) -> bool:
    """'Lai Ching-te': a lower-case syllable glued by a hyphen to the word before is the
    name's own."""
    return e - s >= 3 and doc[e - 1].is_lower and doc[e - 2].text in ("-", "–") \
        and not doc[e - 2].whitespace_ and not doc[e - 3].whitespace_ and doc[e - 3].is_title


def _is_group_noun(tok: Token) -> bool:
    """'the Russians', 'thousands of Sudanese' name a group of actors; 'Russian troops'
    and 'speaks Japanese' do not."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("amod", "compound") and tok.tag_ in ("NNS", "NNPS"):
        return True
    if _plural_people_name(tok):
        return True
    amount = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    counted = amount is not None and (amount.like_num or amount.lower_ in words()["amount_words"])
    return counted and bool(demonym_code(tok.text))



def _plural_people_name(tok: Token) -> bool:
    """'the Houthis', 'the Alawites': a people's or a movement's plural that the tagger
    took for a singular proper noun; its plural ending and 'the' or an owner before it
    ("Yemen's Houthis") say a group."""
    text = tok.text
    return tok.tag_ == "NNP" and tok.dep_ not in ("amod", "compound") and len(text) > 3 and text.isalpha() \
        and text[0].isupper() and text.endswith("s") and not text.endswith("ss") \
        and any((ch.dep_ == "det" and ch.lower_ == "the") or ch.dep_ == "poss" for ch in tok.children)


def _covered(cands: list[_Cand]) -> set[int]:
    """The tokens candidates hold already: a finder adds only names NER left untagged."""
    return {i for c in cands for i in range(c.start, c.end)}


def _body_heads() -> set[str]:
    """Description nouns that say a name is a body's ('the group', 'an Islamist movement')."""
    return {k for k, v in words()["description_heads"].items() if set(v) & {"ORG", "MILITARY"}}


def _set_key(doc: Doc, cand: _Cand) -> None:
    text = cand.tokens(doc).text
    cand.key = fold(text)
    if cand.label in ("GPE", "LOC", "ORG"):
        base, _, head = text.rpartition(" ")
        base = base[4:] if base[:4].lower() == "the " else base
        if head.lower() == "government":  # 'the US Government', 'the Canadian Government'
            code = country_code(base) or demonym_code(base)
        else:
            code = country_code(text)
        root = cand.tokens(doc).root
        if code is None and _acts_as_state(root) and not _city_possession(root) and not _namesake_division(doc, text):
            code = capital_code(text)  # "Washington warned ...", "ties with Moscow": the government
        if code is None and seat_code(text):
            cand.label = "ORG"  # 'the Kremlin said': the presidency, of its country (``_entities``)
        if code:
            cand.country, cand.label, cand.key = code, "GPE", "country:" + code
    elif cand.label == "GROUP":
        cand.country = demonym_code(text)
    elif cand.label == "PERSON" and country_code(text):
        cand.key = "country:" + country_code(text)  # joins the country's group; the vote decides


def _namesake_division(doc: Doc, name: str) -> bool:
    """'Washington state', 'the state of Washington': the article names a division that
    shares the capital's name, so the bare name there is that division ('Washington was
    the first state to sue', "Washington's attorney general"), not the capital's
    government."""
    return fold(name) in _named_divisions(doc)


@lru_cache(maxsize=8)
def _named_divisions(doc: Doc) -> frozenset[str]:
    """The names an article gives divisions by a lower-case head after them ('Washington
    state', not 'Washington State University') or by 'state of' before them, folded; read
    once per article, as a name's last words or first words."""
    heads = "|".join(map(re.escape, words()["namesake_heads"]))
    name = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
    out = set()
    for m in re.finditer(rf"({name})\s+(?:{heads})(?!\w)|(?i:(?<!\w)(?:{heads})\s+of\s+)({name})", doc.text):
        parts = (m.group(1) or m.group(2)).split()
        out |= {fold(" ".join(parts[i:])) for i in range(len(parts))} | {fold(" ".join(parts[:i])) for i in range(1, len(parts))}
    return frozenset(out)


def _city_possession(tok: Token) -> bool:
    """'London's FTSE 100', 'Paris's mayor', 'Tokyo's stock exchange': a capital owning a
    name or a city's thing is the city, not its country's government ('Moscow's decision')."""
    if tok.dep_ != "poss":
        return False
    owned = [tok.head] + [ch for ch in tok.head.children if ch.dep_ in ("compound", "nmod", "amod")]
    return any(t.pos_ == "PROPN" or t.lower_ in words()["city_possessions"] for t in owned)


def _is_agent(tok: Token) -> bool:
    return tok.dep_ in _AGENT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "by")


def _acts_as_state(tok: Token) -> bool:
    """A capital that acts ('Washington warned'), is spoken to ('urged Beijing') or dealt
    with ('ties with Moscow', 'talks between Washington and Pyongyang', 'a shift toward
    Moscow', 'a signal to Washington', 'sanctions on Moscow', 'retaliation against
    Washington', 'leverage over Ankara', 'pressured Beijing') stands for its government;
    one that things happen in, or one goes to ('returns to Washington', 'an attack on
    Kyiv'), is the city. The first of conjoined names decides for all."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if _is_agent(tok):
        return True
    W = words()
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in W["state_heads"]:
        return True  # 'the Kabul authorities', 'the Nairobi government'
    if tok.dep_ == "pobj":
        prep = tok.head
        objects = W["state_object_heads"].get(prep.lower_, ())
        return prep.lower_ in W["state_prepositions"] or prep.head.lemma_.lower() in objects
    return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in W["speech_verbs"] | W["state_object_verbs"]


def _as_org_compound(doc: Doc, cand: _Cand) -> _Cand:
    """'the Maduro government' is an organisation, not a mention of Maduro; but a body's
    government is that body acting ('the minority SNP government': the party's record)."""
    if cand.country or cand.end >= len(doc) or cand.label == "ORG":
        return cand
    head = doc[cand.end]
    last = doc[cand.end - 1]
    if last.dep_ == "compound" and last.head.i == head.i and head.lemma_.lower() in words()["org_heads"]:
        org = _Cand(cand.start, cand.end + 1, "ORG")
        org.key = fold(org.tokens(doc).text)
        return org
    return cand


def _role_phrase_tokens(doc: Doc) -> set[int]:
    """Token indices inside role phrases ('Secretary of State'): NER often tags 'State'."""
    phrases = words()["role_phrases"]
    lowered = [t.lower_ for t in doc]
    out: set[int] = set()
    for i in range(len(doc)):
        for n in (2, 3, 4, 5):
            if " ".join(lowered[i : i + n]) in phrases:
                out.update(range(i, i + n))
    return out


def _acronyms(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Parenthesised acronyms next to a name ('United Socialist Party of Venezuela (PSUV)',
    'PSUV (United Socialist Party of Venezuela)'), then every other use of the same
    acronym. An acronym NER already found is re-marked rather than added twice."""
    by_end = {c.end: c for c in cands}
    by_start = {c.start: c for c in cands}
    by_token = {c.start: c for c in cands if c.end == c.start + 1}
    covered = _covered(cands)
    found: dict[str, _Cand] = {}
    short_names: set[str] = set()
    out: list[_Cand] = []

    def mark(tok: Token, full: _Cand, offered: bool = False, apposed: bool = False, bracketed: bool = False) -> None:
        fits = _offered_fit if offered else _apposed_fit if apposed else _acronym_fits
        fits = fits if _looks_acronym(tok.text) or offered else _foreign_fit
        if offered and not _looks_acronym(tok.text):
            if full.label not in ORG_LIKE or not fits(tok.text, full.tokens(doc).text):
                return
            short_names.add(tok.text)  # its other uses are its mentions too ('the Quad')
        if not fits(tok.text, full.tokens(doc).text) and not (bracketed and _bracketed_fit(tok.text, full.label, full.tokens(doc).text)):
            return
        if tok.i in by_token:
            acr = by_token[tok.i]
            acr.kind = "acronym"
        elif tok.i in covered:
            return
        else:
            acr = _Cand(tok.i, tok.i + 1, full.label, kind="acronym", key=fold(tok.text))
            out.append(acr)
        found.setdefault(acr.key, acr)

    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc):
            continue
        inner, close = doc[tok.i + 1], doc[tok.i + 2]
        if close.text == ")" and _bracket_acronym(inner.text) and tok.i in by_end:
            mark(inner, by_end[tok.i], bracketed=True)
        if tok.i > 0 and _looks_acronym(doc[tok.i - 1].text) and tok.i + 1 in by_start:
            full = by_start[tok.i + 1]
            if full.end < len(doc) and doc[full.end].text == ")":
                mark(doc[tok.i - 1], full)
    for tok in doc[:-3]:  # "National Intelligence and Security Agency, or NISA,"
        if tok.text != ",":
            continue
        if _or_acronym(doc, tok.i) and tok.i in by_end:
            mark(doc[tok.i + 2], by_end[tok.i], offered=True)
        elif (owner := _apposed_owner(doc, tok.i, by_end)) is not None:
            mark(doc[tok.i + 1], owner, apposed=True)  # "the ... Mission in South Sudan, UNMISS, said"
    taken = covered | {c.start for c in out}
    for tok in doc:
        key = fold(tok.text)
        if tok.i not in taken and key in found and (_looks_acronym(tok.text) or tok.text in short_names):
            out.append(_Cand(tok.i, tok.i + 1, found[key].label, kind="acronym", key=key))
    return out


def _names_cut_short(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the United Nations ... Stabilization Mission in the Central African Republic, or
    MINUSCA', 'Islamic State of Iraq and the Levant (ISIL)': NER ended the body's name
    before the place in it; the acronym offered after the place spells the whole, so the
    name runs on over the place (which is then no mention of its own, as inside any
    longer name). 'the populist Alternative for Germany (AfD)': NER tagged only the
    place, and the capitalised words before it go untagged; an acronym set after a
    place's name and beginning as those words do (the party's own language may spell
    the rest: 'Alternative für Deutschland') says they are one body's name."""
    by_end = {c.end: c for c in cands}
    covered = _covered(cands)
    drop: set[int] = set()
    grown: dict[int, _Cand] = {}
    added: list[_Cand] = []
    for tok in doc[:-3]:
        place = by_end.get(tok.i)
        if place is None or place.label not in ("GPE", "LOC") or place.chars:
            continue
        bracketed = tok.text == "(" and doc[tok.i + 2].text == ")" and _bracket_acronym(doc[tok.i + 1].text)
        if not bracketed and not _or_acronym(doc, tok.i):
            continue
        j = place.start - (1 if place.start > 0 and doc[place.start - 1].lower_ == "the" else 0)
        link = doc[j - 1].lower_ if j > 0 else ""
        org = by_end.get(j - 1) if link in ("in", "of", "for", "and") else None
        acronym = doc[tok.i + (1 if bracketed else 2)].text
        if org is None and link in ("of", "for"):
            added += _words_before_place(doc, j - 1, place, acronym, covered, drop)
            continue
        if org is None or org.label not in ORG_LIKE:
            continue
        if _offered_fit(acronym, org.tokens(doc).text) or not _offered_fit(acronym, doc[org.start : place.end].text):
            continue
        whole = _Cand(org.start, place.end, org.label)
        _set_key(doc, whole)
        drop |= {id(org), id(place)}
        grown[id(org)] = whole
    return [grown.get(id(c), c) for c in cands if id(c) not in drop or id(c) in grown] + added


def _words_before_place(doc: Doc, link: int, place: _Cand, acronym: str, covered: set[int], drop: set[int]) -> list[_Cand]:
    """The body's name begun by capitalised words before 'for'/'of' and a place NER
    tagged alone, when the acronym after begins with the first of them and is no
    acronym of the place."""
    s = link
    while s > 0 and s - 1 not in covered and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title \
            and not doc[s - 1].is_sent_start and link - s < 3:
        s -= 1
    if s == link or not _foreign_fit(acronym, doc[s : place.end].text) or _acronym_fits(acronym, place.tokens(doc).text):
        return []
    drop.add(id(place))
    whole = _Cand(s, place.end, "GPE" if country_code(doc[s : place.end].text) else "ORG")  # 'Democratic Republic of Congo (DRC)'
    _set_key(doc, whole)
    return [whole]


def _foreign_fit(acronym: str, expansion: str) -> bool:
    """A party's acronym in brackets after its name may spell the name in the party's
    own language ('Alternative for Germany (AfD)', 'Labour Party (PvdA)' does not): it
    begins as the name does and has a capital for each of the name's capitalised words."""
    capitals = [t for t in expansion.split() if t[:1].isupper()]
    return bool(capitals) and acronym[:1] == capitals[0][:1] and sum(ch.isupper() for ch in acronym) >= len(capitals)


def _bracketed_fit(acronym: str, label: str, name: str) -> bool:
    """An organisation's acronym set in brackets right after its name is its acronym even
    when it spells the name in another language ('Kurdistan Workers' Party (PKK)',
    'People's Protection Units (YPG)', 'Party for Freedom (PVV)'): news sets nothing else
    there but an outlet's credit ('(AFP)'). It must still share an initial with the name."""
    if label != "ORG" or not _looks_acronym(acronym) or fold(acronym) in media_names():
        return False
    initials = {fold(w)[:1] for w in name.split() if w[:1].isupper()}
    return bool(initials & set(fold(acronym)))


def _bracket_acronym(text: str) -> bool:
    """'(PSUV)', and in brackets a party's acronym with small letters too ('AfD', 'PvdA')."""
    return _looks_acronym(text) or (
        text.isalnum() and 2 <= len(text) <= 6 and text[0].isupper() and sum(ch.isupper() for ch in text) >= 2
    )


def _compass_countries(doc: Doc, cands: list[_Cand]) -> None:
    """'the North' in an article naming North Korea (and no other country whose name
    begins so): the country, by its name's first word, as 'the South' is South Korea or
    South Sudan where the article names it alone; not 'the South of Syria'."""
    compass = {w.title() for w in {"north", "south", "east", "west"} & words()["compass_words"]}
    named: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.country and c.kind == "name":
            name = country_name(c.country)
            named[fold(name).split()[0] if name else ""].add(c.country)
    for c in cands:
        if c.end - c.start != 1 or c.country or c.kind != "name" or doc[c.start].text not in compass:
            continue
        if c.start == 0 or doc[c.start - 1].lower_ != "the" or len(named.get(doc[c.start].lower_, ())) != 1:
            continue
        if c.end < len(doc) and doc[c.end].lower_ == "of":
            continue  # 'the South of Syria': a part of a place
        (code,) = named[doc[c.start].lower_]
        c.country, c.label, c.key = code, "GPE", "country:" + code


def capital_initials(text: str) -> str:
    """The initials of a name's capitalised words, hyphened parts too, as acronyms are
    made: 'Hayat Tahrir al-Sham' → 'HTS' (the article 'al' spells nothing)."""
    return "".join(part[0] for part in re.split(r"[\s\-‐]+", text) if part[:1].isupper())


def _names_begun_late(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the Islamist Hayat Tahrir al-Sham ... Al-Sharaa's HTS': NER began the name a word
    late (and took what was left for a person's). The article's acronym spelling the
    capitalised words of the longer name, and not of the shorter, says where it begins;
    a name an acronym stands for is a body's. NER stops at a possessive inside the name
    ("the Lord's Resistance Army ... the LRA"): the acronym spelling the name with the
    possessor's word says it is the name's own, not an owner's."""
    acronyms = {tok.text.replace(".", "") for tok in doc if _looks_acronym(tok.text)}
    acronyms = {a for a in acronyms if len(a) >= 3 and a.isalpha()}
    if not acronyms:
        return cands
    covered = _covered(cands)
    titles = words()["role_nouns"] | words()["honorifics"]
    grown: dict[int, _Cand] = {}
    for c in cands:
        if c.kind != "name" or c.country or c.chars:
            continue
        if capital_initials(c.tokens(doc).text) in acronyms:
            continue
        s = c.start
        for _ in range(2):
            s = _name_word_before(doc, s, covered, titles)
            if s is None:
                break
            if capital_initials(doc[s : c.end].text) in acronyms:
                whole = _Cand(s, c.end, "ORG" if c.label == "PERSON" else c.label)
                _set_key(doc, whole)
                grown[id(c)] = whole
                break
    return [grown.get(id(c), c) for c in cands]


def _name_word_before(doc: Doc, s: int, covered: set[int], titles: set[str]) -> int | None:
    """Where a name beginning at ``s`` begins if the capitalised word before is its own:
    a proper noun inside the sentence, no other name's, no title of the name; with a
    possessive after it ("Lord's", "President's"), no country's or people's word
    ("Uganda's")."""
    i = s - 1
    possessor = i > 0 and doc[i].text in ("'s", "’s") and i not in covered
    if possessor:
        if country_code(doc[i - 1].text) or demonym_code(doc[i - 1].text) or capital_code(doc[i - 1].text):
            return None
        i -= 1
    tok = doc[i] if i >= 0 else None
    if tok is None or i in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.is_sent_start \
            or (tok.lower_ in titles and not possessor):
        return None
    return i


def _bodies_named_for_countries(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the pro-democracy group Open Russia', 'the party United Russia': NER tagged only
    the country that ends a body's name. A capitalised word inside the sentence, tagged
    as nothing, between a noun that says a body is named ('group', 'party', 'movement')
    and the country, begins that body's name: the whole is an organisation's, and the
    country is not mentioned."""
    covered = _covered(cands)
    heads = _body_heads() | set(words()["institution_heads"])
    grown: dict[int, _Cand] = {}
    for c in cands:
        s = c.start
        if not c.country or c.chars or s < 2 or (s - 1) in covered:
            continue
        word, head = doc[s - 1], doc[s - 2]
        if not (word.is_alpha and word.text[:1].isupper()) or word.is_sent_start or word.ent_type_:
            continue
        if head.text[:1].isupper() or head.lemma_.lower() not in heads:
            continue
        whole = _Cand(s - 1, c.end, "ORG")
        _set_key(doc, whole)
        if not whole.country:
            grown[id(c)] = whole
    return [grown.get(id(c), c) for c in cands]


def _units_of_bodies(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'Navy SEALs', 'Army JAG', 'Air Force JTACs': an armed service's name and, right
    after it, a word in capitals NER left out name a unit of the service, not the
    service itself. The capitals word, no other actor's name, a country's code nor a
    post ('CEO'), is taken into the name. Other bodies are left alone: a word in capitals
    after a company's or an alliance's name is as often a post ('Exxon CEO', 'NATO
    SACEUR') as a unit."""
    covered = _covered(cands)
    W = words()
    services, posts = set(W["military_heads"]), W["role_nouns"] | W["honorifics"]
    grown: dict[int, _Cand] = {}
    for c in cands:
        e = c.end
        if c.label not in ("ORG", "NORP") or c.country or c.chars or e >= len(doc) or e in covered:
            continue
        if doc[e - 1].lower_ not in services and doc[c.start : e].text.lower() not in services:
            continue
        word = doc[e]
        if word.lower_ in posts:
            continue
        stem = word.text[:-1] if word.text.endswith("s") else word.text
        if len(stem) < 3 or not (stem.isalpha() and stem.isupper()) or word.is_sent_start:
            continue
        if word.ent_type_ not in ("", "PRODUCT"):  # 'SEAL' NER took for a product
            continue
        if country_code(word.text) or not doc[e - 1].whitespace_:
            continue
        whole = _Cand(c.start, e + 1, c.label)
        _set_key(doc, whole)
        grown[id(c)] = whole
    return [grown.get(id(c), c) for c in cands]


_NAME_LINKS = frozenset(LINKING_WORDS) | {"on", "in", "to", "at", "de", "del", "la", "y"}


def _names_in_pieces(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the U.N. Commission on the Limits of the Continental Shelf' tagged as 'the U.N.
    Commission' and 'Continental', where the article tags 'The Commission on the Limits
    of the Continental Shelf' whole elsewhere: a name of three words or more, capitalised
    but for its linking words, is the same name where it is written again in pieces.
    The pieces inside it go; one that began before it keeps its words before it (the
    'U.N.' set before the body's name, a name of its own) or goes where none is left."""
    whole: dict[tuple[str, ...], str] = {}
    for c in cands:
        toks = tuple(t.text for t in c.tokens(doc) if not (t.i == c.start and t.lower_ == "the"))
        if c.kind == "name" and not c.chars and len(toks) >= 3 and toks[0][:1].isupper() \
                and toks[-1][:1].isupper() and all(t[:1].isupper() or t.lower() in _NAME_LINKS for t in toks):
            whole.setdefault(toks, c.label)
    if not whole:
        return cands
    spans = {(c.start, c.end) for c in cands}
    texts = [t.text for t in doc]
    drop: set[int] = set()
    cut: dict[int, _Cand] = {}
    added: list[_Cand] = []
    for toks, label in whole.items():
        n = len(toks)
        for i in range(len(doc) - n + 1):
            if tuple(texts[i : i + n]) != toks or (i, i + n) in spans:
                continue
            pieces = [c for c in cands if c.start < i + n and i < c.end]
            if len(pieces) < 1 or any(c.end > i + n or c.chars for c in pieces):
                continue  # not cut, or run on into a longer name
            if len(pieces) == 1 and pieces[0].start <= i:
                continue  # one name only, begun there or earlier: NER's reading may be the right one
            for c in pieces:
                start = c.start + (doc[c.start].lower_ == "the")
                if start < i:
                    kept = _Cand(start, i, c.label)
                    _set_key(doc, kept)
                    cut[id(c)] = kept
                else:
                    drop.add(id(c))
            piece = _Cand(i, i + n, label)
            _set_key(doc, piece)
            added.append(piece)
    if not added:
        return cands
    return [cut.get(id(c), c) for c in cands if id(c) not in drop] + added


def _initials_in_order(acronym: str, name: str) -> bool:
    """Each letter of the acronym the initial of a later word of the name ('CDC' of
    'Centers for Disease Control and Prevention'); not letters run from one word
    ('SOUTHCOM' of 'Southern Command')."""
    initials = iter(t[0] for t in fold(name).split() if t not in LINKING_WORDS)
    letters = [ch for ch in fold(acronym) if ch.isalpha()]
    return len(letters) >= 2 and all(ch in initials for ch in letters)


def _countries_before_acronyms(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the US Centers for Disease Control and Prevention (CDC)': the acronym's letters are
    the initials of the body's name without the country written before it, so the
    country is no word of the name but a mention of its own ('USAID' spells its 'U.S.',
    which stays in; 'SOUTHCOM' runs letters from its words, as a name bearing the
    country's is cut)."""
    out = []
    for c in cands:
        after = c.end + 2 < len(doc) and doc[c.end].text == "(" and doc[c.end + 2].text == ")"
        if c.kind != "name" or c.chars or c.label == "PERSON" or not after or not _looks_acronym(doc[c.end + 1].text):
            out.append(c)
            continue
        start = c.start + (doc[c.start].lower_ == "the")
        acronym = doc[c.end + 1].text
        for n in (1, 2, 3):
            code = country_code(doc[start : start + n].text) if c.end - start > n + 1 else None
            if code:
                break
        rest = doc[start + n : c.end].text if code else ""
        if not code or fold(acronym)[:1] != fold(rest)[:1] or not _initials_in_order(acronym, rest):
            out.append(c)
            continue
        country, body = _Cand(start, start + n, "GPE"), _Cand(start + n, c.end, c.label)
        _set_key(doc, country)
        _set_key(doc, body)
        out += [country, body]
    return out


def _names_run_into_others(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Two names NER ran into one: an owner's before a possessive ("Al Jazeera's-Sinem
    Koseoglu", tagged a person: the outlet's, then its reporter), and a person's after a
    party's 'of' ('the Party for Freedom of Wilders', where the article names Wilders as
    a person), an acronym run into a surname where a full stop went missing ('reduced
    by the UN Clark said', Phil Clark named elsewhere): each is a name of its own."""
    people = {w for c in cands if c.label == "PERSON" and c.kind == "name" for w in (c.key, c.key.split()[-1])}
    out = []
    for c in cands:
        toks = c.tokens(doc)
        owner = None
        if c.label == "PERSON" and not c.chars:
            owner = next(
                (t.i for t in toks[:-1] if t.text.endswith(("'s", "’s")) and t.i > c.start - (len(t) > 2)), None
            )
        elif c.label in ORG_LIKE and not c.chars:
            owner = _body_owner(doc, c)
        if owner is not None:
            start = owner + 1 + (doc[owner + 1].text in ("-", "‐") and owner + 2 < c.end)
            glued = len(doc[owner]) > 2  # "Jazeera's" as one token
            end = owner + 1 if glued else owner
            parts = [_Cand(c.start, end, "ORG"), _Cand(start, c.end, "PERSON" if c.label == "PERSON" else c.label)]
            if glued:
                parts[0].chars = (doc[c.start].idx, doc[owner].idx + len(doc[owner]) - 2)
        else:
            of = None
            if c.label in ORG_LIKE and not c.chars:
                of = next((t.i for t in toks[1:-1] if t.lower_ == "of"), None)
            tail = doc[of + 1 : c.end] if of is not None else None
            if of is None and c.label in ORG_LIKE and not c.chars and 2 <= len(toks) <= 3 \
                    and _looks_acronym(toks[0].text) and toks[0].whitespace_ \
                    and all(t.is_title for t in toks[1:]) and fold(toks[1:].text) in people:
                parts = [_Cand(c.start, c.start + 1, c.label), _Cand(c.start + 1, c.end, "PERSON")]
            elif tail is None or len(tail) > 2 or not all(t.is_title for t in tail) or fold(tail.text) not in people:
                out.append(c)
                continue
            else:
                parts = [_Cand(c.start, of, c.label), _Cand(of + 1, c.end, "PERSON")]
        for part in parts:
            _set_key(doc, part)
        out += parts
    return out


_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "on", "de"})


def _body_owner(doc: Doc, c: _Cand) -> int | None:
    """The possessive token inside a body's name that ends its owner's name: 'Human Rights
    Watch's International Justice (programme)', the owner a name of two words or more.
    Not a possessive of a body's own name ('National People's Congress', "Kurdistan
    Workers' Party", 'St. Mary's Hospital': ``possessive_name_words``)."""
    W = words()["possessive_name_words"]
    for t in c.tokens(doc)[2:-1]:
        if t.text in ("'s", "’s") and doc[t.i + 1].text[:1].isupper():
            owner = doc[c.start : t.i]
            if all(w.text[:1].isupper() or w.lower_ in _FUNCTION_WORDS for w in owner) \
                    and not any(w.lower_ in W for w in owner):
                return t.i
            return None
    return None


_ALIAS_STARTS = frozenset(phrase.split()[0] for phrase in words()["alias_phrases"])


def _alias_start(doc: Doc, i: int) -> int | None:
    """Where the other name begins after a name ending at token ``i`` that an alias
    phrase follows (', also known as Abu Mohammed al-Golani', ', officially known as
    “Myanmar”', or in brackets: 'ISIL (also known as ISIS)'), if one does."""
    if i < len(doc) and doc[i].text in (",", "("):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _ALIAS_STARTS:
        return None
    for phrase in words()["alias_phrases"]:
        size = len(phrase.split())
        if " ".join(t.lower_ for t in doc[i : i + size]) == phrase:
            i += size
            break
    else:
        return None
    while i < len(doc) and (doc[i].lower_ == "the" or doc[i].text in _OPENERS):
        i += 1
    return i if i < len(doc) and doc[i].text[:1].isupper() else None


def _alias_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """The capitalised words after an alias phrase that NER left untagged are another name
    of what precedes it, of its kind ('the group, officially known as the “Islamic
    Resistance Movement,”'): up to the closing quote or punctuation."""
    covered = _covered(cands)
    out = []
    for c in cands:
        start = _alias_start(doc, c.end)
        if start is None or start in covered:
            continue
        end = start
        while end < len(doc) and not doc[end].is_punct and (
            doc[end].text[:1].isupper() or (doc[end].lower_ in ("of", "and", "the") and end > start)
        ):
            end += 1
        while end > start and not doc[end - 1].text[:1].isupper():
            end -= 1
        titles = words()["role_nouns"] | words()["honorifics"]  # 'known as Supreme Leader' is a title
        if end > start and not any(i in covered or doc[i].lower_ in titles for i in range(start, end)):
            alias = _Cand(start, end, c.label, alias=True)
            _set_key(doc, alias)
            if not alias.country and not c.country:
                out.append(alias)
    return out


def _link_aliases(doc: Doc, cands: list[_Cand], sets: DisjointSets) -> None:
    """'Ahmed al-Sharaa, also known as Abu Mohammed al-Golani': the name after an alias phrase is the
    one before's other name, when both are people or neither is. Not a country's name
    beside another's ('the islands, officially known as the British Virgin Islands'):
    the country's record takes no other names across articles. Also a body's short
    name in brackets after it (``_bracketed_short_name``)."""
    by_start = {c.start: j for j, c in enumerate(cands) if c.kind == "name"}
    for i, c in enumerate(cands):
        start = _alias_start(doc, c.end)
        j = by_start.get(start) if start is not None else None
        if j is not None and c.label == "PERSON" \
                and (_nickname(doc, c.end, start) or _one_proper_word(doc, cands[j])):
            cands[j].label = "PERSON"  # 'Mohamed, known by his nickname Farmajo': NER's label is a guess
        if j is not None and (cands[j].label == "PERSON") == (c.label == "PERSON") \
                and bool(cands[j].country) == bool(c.country):
            cands[j].alias = True
            sets.union(i, j)
        j = by_start.get(c.end + 1) if c.end + 1 < len(doc) and doc[c.end].text == "(" else None
        if j is not None and _bracketed_short_name(doc, c, cands[j]):
            cands[j].alias = True
            sets.union(i, j)


def _bracketed_short_name(doc: Doc, name: _Cand, short: _Cand) -> bool:
    """'Justice and Development Party (AK Party)': a body's acronym with the name's own head
    noun, in brackets right after the name, is its short name, as a bare acronym there
    is (``_bracketed_fit``); the acronym may spell the name in another language ('AK' for
    Adalet ve Kalkınma), so the shared head is the evidence, not the initials."""
    words_ = short.tokens(doc)
    if name.label not in ORG_LIKE or short.label not in ORG_LIKE or len(words_) != 2:
        return False
    if short.end >= len(doc) or doc[short.end].text != ")":
        return False
    acronym, head = words_[0].text, words_[1].lower_
    return head == doc[name.end - 1].lower_ and _bracket_acronym(acronym) and country_code(acronym) is None


def _one_proper_word(doc: Doc, c: _Cand) -> bool:
    """'Kamau, also known as Jomo': one capitalised word (no acronym, no country or people's
    word) set beside a person by an alias phrase is their other name, whatever NER said."""
    tok = doc[c.start]
    return c.end - c.start == 1 and tok.is_title and tok.is_alpha and not c.country and not demonym_code(tok.text)


def _nickname(doc: Doc, start: int, end: int) -> bool:
    """The alias phrase between ``start`` and ``end`` gives a nickname: a person's other name."""
    return any(t.lower_ in words()["nickname_words"] for t in doc[start:end])


def _or_acronym(doc: Doc, i: int) -> bool:
    """', or NISA,' at token ``i``: an acronym offered as another name for what precedes;
    also a short name of one capitalised word (', or Quad,', ', or Ecowas,'), whose letters
    must still spell the name (``_offered_fit``)."""
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "or":
        return False
    return (_looks_acronym(doc[i + 2].text) or _short_name(doc[i + 2])) and doc[i + 3].is_punct


def _short_name(tok: Token) -> bool:
    """'Quad', 'Ecowas', 'Mercosur': one capitalised proper word, not a country's or a people's."""
    text = tok.text
    return tok.pos_ == "PROPN" and text.isalpha() and text[:1].isupper() and len(text) >= 3 \
        and not country_code(text) and not demonym_code(text)


def _apposed_owner(doc: Doc, i: int, by_end: dict) -> _Cand | None:
    """The body whose acronym is set beside it at token ``i`` (', UNMISS,'), as in
    apposition: the name before the comma, or before the place it works in ('the ...
    Nations Mission in South Sudan, UNMISS'), which NER may leave out of the name or
    not tag at all. Not a person's ('John Smith, MP,'). The acronym names it only where
    it spells it (``_apposed_fit``)."""
    if i + 2 >= len(doc) or doc[i].text != "," or not _looks_acronym(doc[i + 1].text):
        return None
    if not doc[i + 2].is_punct or doc[i + 2].text == "-":
        return None
    j = i
    while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and (j - 1) not in by_end:
        j -= 1  # the place after 'in', when NER did not end a name there
    owner = by_end.get(i)
    if owner is not None and owner.label in ("GPE", "LOC"):
        j = owner.start
        owner = None
    if owner is None and j < i and j >= 2:
        j -= doc[j - 1].lower_ == "the"
        owner = by_end.get(j - 1) if doc[j - 1].lower_ in ("in", "of", "for") else None
    return owner if owner is not None and owner.label in ORG_LIKE else None


def _looks_acronym(text: str) -> bool:
    """'PSUV', 'U.S.', and with a numeral 'G7', 'G20' (but not a number alone)."""
    letters = [ch for ch in text if ch.isalpha()]
    digits = [ch for ch in text if ch.isdigit()]
    return (
        1 <= len(letters) <= 10
        and len(letters) + len(digits) >= 2
        and text.isupper()
        and text.replace(".", "").replace("-", "").isalnum()
    )


def _acronym_fits(acronym: str, expansion: str) -> bool:
    """Initials in any order (PSUV, from the Spanish word order), or letters in order (SOUTHCOM)."""
    letters = [ch for ch in fold(acronym) if ch.isalnum()]
    tokens = fold(expansion).split()
    if not letters or not tokens:
        return False
    content = [t for t in tokens if t not in ("of", "the", "and", "for", "de", "del", "la", "y", "in", "on")]
    if sorted(letters) == sorted(t[0] for t in content) or sorted(letters) == sorted(t[0] for t in tokens):
        return True
    flat, i = "".join(tokens), 0
    for ch in letters:
        i = flat.find(ch, i) + 1
        if i == 0:
            return False
    return letters[0] == tokens[0][0] or letters[0] in {t[0] for t in content[:2]}


def _apposed_fit(acronym: str, expansion: str) -> bool:
    """An acronym merely set beside a name, in a list as like as not ('the United
    Nations, NATO, and'), names it only where it holds every content word's initial in
    order, beginning with the first ('ATMIS' of 'African Union Transition Mission in
    Somalia'), besides fitting as any acronym does."""
    if _looks_acronym(expansion.strip()):
        return False  # 'AFP, AP, dpa': a list of agencies' credits; an acronym spells no other
    letters = "".join(ch for ch in fold(acronym) if ch.isalnum())
    content = [t for t in fold(expansion).split() if t not in ("of", "the", "and", "for", "in", "on")]
    if not content or not letters.startswith(content[0][0]):
        return False
    i = 0
    for t in content:
        i = letters.find(t[0], i) + 1
        if i == 0:
            return False
    return _acronym_fits(acronym, expansion)


def _offered_fit(acronym: str, expansion: str) -> bool:
    """An acronym the writer offers as another name (', or MINUSCA,') may come from the
    name in another language: each letter the initial of a different word of the
    expansion, in any order, for all but two of its words at most. A short name in small
    letters ('Quad', 'Ecowas') only where its letters run in the name's order."""
    if _acronym_fits(acronym, expansion):
        return True
    if not _looks_acronym(acronym):
        return False
    letters = Counter(ch for ch in fold(acronym) if ch.isalpha())
    content = [t for t in fold(expansion).split() if t not in ("of", "the", "and", "for", "in", "on")]
    return sum(letters.values()) >= max(3, len(content) - 2) and not letters - Counter(t[0] for t in content)


def _armed_forces(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'the Pakistani military', 'Venezuelan armed forces': a country's forces act and
    speak as one actor, though NER leaves them out (a demonym is no name)."""
    phrases = words()["armed_forces"]
    covered = _covered(cands)
    out = []
    for tok in doc:
        if tok.i in covered or tok.dep_ in ("compound", "amod") or tok.pos_ != "NOUN":
            continue
        for mod in tok.lefts:
            phrase = " ".join(t.lower_ for t in doc[mod.i + 1 : tok.i + 1])
            if mod.i not in covered and phrase in phrases and demonym_code(mod.text):
                out.append(_Cand(mod.i, tok.i + 1, "ORG", key=fold(doc[mod.i : tok.i + 1].text)))
                break
    return out


def _demonym_actors(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """'an Indian proposal', 'the Pakistani side', 'Israeli airstrikes': a country adjective
    on an event or actor noun (``demonym_heads`` in groups.json) names the country as the
    one acting, each of several ('the Thai and Chinese governments'). Not 'Indian food',
    and not a name ('Indian Ocean', 'Indian Army')."""
    heads = vocabulary()["demonym_heads"]
    covered = _covered(cands)
    out = []
    for tok in doc:
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i and first.head.text[:1].isupper():
            first = first.head  # 'the Thai and Chinese governments': each adjective names its country
        if tok.i in covered or first.dep_ not in ("amod", "compound", "nmod") or not tok.text[:1].isupper():
            continue
        head = first.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # 'Israeli army bulldozers', 'the Israeli military spokesman'
        if head.i <= tok.i or head.i in covered or head.lower_ not in heads or head.pos_ != "NOUN":
            continue
        if _hyphenated_word(doc, tok) or any(t.pos_ == "PROPN" or t.i in covered for t in doc[tok.i + 1 : head.i]):
            continue  # 'Indo-Pakistani', 'Indian Ocean Commission', 'Indian Army operation'
        start = tok.i
        if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and demonym_code(doc[tok.i - 1 : tok.i + 1].text):
            start = tok.i - 1  # 'South Korean'
        code = demonym_code(doc[start : tok.i + 1].text)
        if code is None:
            continue
        out.append(_Cand(start, tok.i + 1, "GPE", kind="nominal", key="country:" + code, country=code))
    return out


def _hyphenated_word(doc: Doc, tok: Token) -> bool:
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    return before or after


def _points_back(tok: Token) -> bool:
    """'the military', 'this ministry', 'these forces': a bare noun whose one word before it
    is a determiner that points back (``pointing_determiners``), the definite article or a
    demonstrative."""
    lefts = list(tok.lefts)
    return len(lefts) == 1 and lefts[0].lower_ in words()["pointing_determiners"]


def _forces_nominals(doc: Doc, cands: list[_Cand], entities: list[_Entity]) -> list[tuple[_Cand, _Entity]]:
    """'the military', 'these forces' → the one country's military named before ('the Pakistani
    military')."""
    phrases = words()["armed_forces"]
    covered = _covered(cands)
    forces: dict[str, list[_Entity]] = defaultdict(list)
    for ent in entities:
        first, _, rest = fold(ent.name).partition(" ")
        if ent.type == "MILITARY" and rest in phrases and demonym_code(first):
            forces[rest].append(ent)
    out = []
    for tok in doc:
        if tok.i in covered or tok.lower_ not in forces or len(forces[tok.lower_]) != 1:
            continue
        if tok.dep_ in ("compound", "amod") or not _points_back(tok):
            continue
        (ent,) = forces[tok.lower_]
        if min(c.start for c in ent.cands) < tok.i:
            out.append((_Cand(tok.i, tok.i + 1, "MILITARY", kind="nominal"), ent))
    return out


def _institutions(
    doc: Doc, cands: list[_Cand], entities: list[_Entity], extra: list[tuple[_Cand, _Entity]]
) -> list[tuple[_Cand, _Entity]]:
    """'the ministry', 'this ministry' → the one organisation named before whose name ends in that head
    ('the Foreign Ministry', 'Ministry of Foreign Affairs'). Only the bare description:
    'the health ministry' or 'the ministry of health' says more than a head match."""
    heads = words()["institution_heads"]
    covered = _covered(cands) | {i for c, _ in extra for i in range(c.start, c.end)}
    first_by_head: dict[str, list[tuple[int, _Entity]]] = defaultdict(list)
    for ent in entities:
        if ent.type not in ORG_LIKE:
            continue
        for c in ent.cands:
            head = _head_words(c.tokens(doc)) if c.kind == "name" else []
            if head and head[-1] in heads:
                first_by_head[head[-1]].append((c.start, ent))
    out = []
    for tok in doc:
        if tok.i in covered or tok.tag_ != "NN" or tok.lower_ not in first_by_head or tok.dep_ in ("compound", "amod"):
            continue
        if not _points_back(tok):
            continue
        if any(ch.dep_ == "prep" and ch.lower_ in ("of", "for") for ch in tok.rights):
            continue
        before = _distinct([(None, e) for at, e in first_by_head[tok.lower_] if at < tok.i])
        if len(before) == 1:
            out.append((_Cand(tok.i, tok.i + 1, before[0].type, kind="nominal"), before[0]))
    return out


def _name_prefixes(doc: Doc, cands: list[_Cand], entities: list[_Entity]) -> list[tuple[_Cand, _Entity]]:
    """'U.S. Senate', 'U.N. Security Council', 'U.S. Indo-Pacific Command': the country or
    the body named first is a mention of its own, of the article's actor with that name,
    inside the organisation's; the organisation keeps its whole name. Only a one-token
    prefix that the article also names alone, so nothing is guessed; a word other than
    an acronym only before a body named by its function ('Kenya Interior Ministry',
    'Taliban Foreign Ministry'), not inside a proper name ('Kenya Airways')."""
    generic = words()["generic_institution_words"] | words()["military_heads"]
    owner: dict[str, _Entity] = {}
    for ent in entities:
        for c in ent.cands:
            if c.kind in ("name", "acronym") and c.end - c.start == 1 and not c.chars:
                owner.setdefault(c.key, ent)
    out = []
    for ent in entities:
        if ent.type not in ORG_LIKE or ent.type == "GROUP":
            continue
        for c in ent.cands:
            if c.kind != "name" or c.chars or c.end - c.start < 2:
                continue
            first = doc[c.start]
            rest = [t.lower_ for t in doc[c.start + 1 : c.end] if t.lower_ not in LINKING_WORDS]
            if not _looks_acronym(first.text) and not (rest and all(w in generic for w in rest)):
                continue
            code = country_code(first.text)
            key = "country:" + code if code else fold(first.text)
            other = owner.get(key)
            if other is not None and other is not ent:
                out.append((_Cand(c.start, c.start + 1, other.type, key=key, country=code), other))
    return out


def _nominal_countries(
    doc: Doc, entities: list[_Entity], extra: list[tuple[_Cand, _Entity]]
) -> list[tuple[_Cand, _Entity]]:
    """'the Russian president' is Putin, and its 'Russian' still names Russia: the
    country adjective of a description given to a person or body is a mention of the
    article's country actor, inside the description's."""
    countries = {c.key: ent for ent in entities for c in ent.cands if c.key.startswith("country:")}
    out = []
    for c, ent in extra:
        if c.kind != "nominal" or ent.type == "GPE" or c.chars:
            continue
        i = c.start
        while i < c.end:
            tok, code, width = doc[i], None, 1
            if tok.text[:1].isupper():
                for width in (2, 1):
                    code = demonym_code(doc[i : i + width].text) if i + width <= c.end else None
                    if code:
                        break
            other = countries.get(f"country:{code}") if code else None
            if other is not None and other is not ent:
                out.append((_Cand(i, i + width, "GPE", kind="nominal", key="country:" + code, country=code), other))
                i += width
            else:
                i += 1
    return out


# --- linking ------------------------------------------------------------------------


def _link_acronyms(doc: Doc, cands: list[_Cand], sets: DisjointSets) -> None:
    by_end = {c.end: c for c in cands if c.kind != "acronym"}
    index = {id(c): j for j, c in enumerate(cands)}
    for i, c in enumerate(cands):
        if c.kind != "acronym":
            continue
        owner = _apposed_owner(doc, c.start - 1, by_end) if c.start else None
        if owner is not None and _apposed_fit(c.tokens(doc).text, owner.tokens(doc).text):
            sets.union(i, index[id(owner)])
        # the parenthesis partner is the candidate right before "(" or right after it
        for j, other in enumerate(cands):
            if j == i or other.kind == "acronym":
                continue
            if (other.end + 1 == c.start and doc[other.end].text == "(") or (
                c.end + 1 == other.start and doc[c.end].text == "("
            ):
                text, name = c.tokens(doc).text, other.tokens(doc).text
                if (_acronym_fits if _looks_acronym(text) else _foreign_fit)(text, name) or (
                        other.end < c.start and c.end < len(doc) and doc[c.end].text == ")"
                        and _bracketed_fit(text, other.label, name)):
                    sets.union(i, j)
            elif other.end + 2 == c.start and _or_acronym(doc, other.end):
                if _offered_fit(c.tokens(doc).text, other.tokens(doc).text):
                    sets.union(i, j)


def _group_same_key(doc: Doc, cands: list[_Cand], sets: DisjointSets, bearers: dict[str, list[_Cand]],
                    gender: list[str | None]) -> None:
    """Names written alike are one, but for a family name set against a kinsman's ('the
    elder Lee' beside 'the younger Lee'), written after the article has turned to
    another bearer of it (``_turned_to_namesake``), or the subject that takes up a later
    bearer just named as subject (``_taken_up_namesake``): each is linked alone, or not
    at all, so one bearer's 'Owens' does not carry the other's along. Where the article
    writes the name both after a man's and a woman's honorific ('Mrs Owens ... Mr Owens
    disagreed'), each honorific's mentions are one and the bare ones a third."""
    first: dict[tuple[str, str | None], int] = {}
    seen: dict[str, set[str | None]] = defaultdict(set)
    for c, g in zip(cands, gender):
        seen[c.key].add(g)
    for i, c in enumerate(cands):
        if _kin_contrast(doc, c) or _turned_to_namesake(doc, cands, i, bearers) \
                or _taken_up_namesake(doc, cands, i, bearers):
            continue
        key = (c.key, gender[i] if {"m", "f"} <= seen[c.key] else None)
        if key in first:
            sets.union(first[key], i)
        else:
            first[key] = i


def _genders_clash(gender: list[str | None], sets: DisjointSets, a: int, b: int) -> bool:
    """The two groups hold names after a man's and a woman's honorific between them
    (``gender``: each candidate's honorific gender, read once per article)."""
    roots = {sets.find(a), sets.find(b)}
    return {"m", "f"} <= {g for j, g in enumerate(gender) if sets.find(j) in roots}


def _taken_up_namesake(doc: Doc, cands: list[_Cand], i: int, bearers: dict[str, list[_Cand]]) -> str | None:
    """The full name a family name alone takes up as the next clause's subject, when the
    article names two bearers and the one just named, as subject, in this sentence or
    the one before (same paragraph), is not the first: 'Navy SEAL William Owens was
    killed ... Bill Owens told the newspaper he was angry. Owens also called for an
    inquiry into his son's death'. A reader keeps the subject of the last sentence; the
    first bearer's claim (``_first_holder``, the name used for it before the other came)
    gives way here, and only here; with no such claim the name stays open. Not for a
    bearer introduced as someone's kin in that stretch (``_kin_introduced``)."""
    c = cands[i]
    if c.kind != "name" or " " in c.key or not _main_subject(doc, c):
        return None
    full = bearers.get(c.key, [])
    if len({d.key for d in full}) < 2:
        return None
    start = _reach_back(doc, c)
    if start is None:
        return None
    near = [d for d in full if start <= d.start and d.end <= c.start]
    keys = {d.key for d in near}
    if len(keys) != 1 or full[0].key in keys or any(_kin_introduced(doc, d, start) for d in near):
        return None
    later = min(d.start for d in full if d.key in keys)
    if not any(d.key == c.key and full[0].start < d.start < later for d in cands):
        return None  # no first holder's claim to correct: 'Carlos Ortiz took the stand. Ortiz denied ...' stays open
    return keys.pop() if any(_main_subject(doc, d) for d in near) else None


def _main_subject(doc: Doc, c: _Cand) -> bool:
    """The name is the subject of its sentence's main verb or of one conjoined with it
    ('Owens also called for ...'), not of a clause inside ('when Trump said ...')."""
    root = c.tokens(doc).root
    verb = root.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return root.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT"


def _reach_back(doc: Doc, c: _Cand) -> int | None:
    """Where a name's own sentence, or the one before in the same paragraph, begins;
    None for a name after a paragraph break in its own sentence."""
    here = doc[c.start]
    sent = here.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    if "\n" in doc[start : here.i].text:
        start = sent.start  # the sentence before is in another paragraph
    return None if "\n" in doc[start : here.i].text else start


def _kin_introduced(doc: Doc, c: _Cand, start: int) -> bool:
    """A full name brought in as someone's kin ('his wife Anna Smith', 'Anna Smith, his wife')."""
    kin = words()["kin_nouns"]
    root = c.tokens(doc).root
    return root.head.lower_ in kin or any(t.dep_ == "appos" and t.lower_ in kin for t in root.children) \
        or any(t.lower_ in kin for t in doc[max(start, c.start - 4) : c.start])


def _bearers(doc: Doc, cands: list[_Cand]) -> dict[str, list[_Cand]]:
    """Family name → the full person names of the article bearing it, in text order."""
    out: dict[str, list[_Cand]] = defaultdict(list)
    for d in cands:
        if d.label == "PERSON" and d.kind == "name" and len(name_tokens(d.key)) > 1:
            out[_family_name(d.text(doc), d.key)].append(d)
    for ds in out.values():
        ds.sort(key=lambda d: d.start)
    return out


def _turned_to_namesake(doc: Doc, cands: list[_Cand], i: int, bearers: dict[str, list[_Cand]]) -> bool:
    """A family name alone that the first of its bearers named in full would keep
    (``_first_holder``: the name was used for the first before the others came), written
    where the article has since named another bearer in full twice, and that one last:
    'Maria Okafor was acquitted ... Okafor ... her husband John Okafor is on trial ...
    John Okafor denies ... after Okafor's refusal to hand over power'. The writer has
    turned to the other, and which is meant is no longer plain. One mention of a
    kinsman ('son of Lee Kun-hee') does not turn the story, nor a kinsman the writer
    marks as such where the surname stands for him ('the younger Lai said'): the bare
    surname is then the first's."""
    c = cands[i]
    if c.kind != "name" or len(c.key.split()) != 1:
        return False  # whatever NER's label: the group's type is decided later
    full = bearers.get(c.key, [])
    first_at: dict[str, int] = {}
    for d in full:
        first_at.setdefault(d.key, d.start)
    if len(first_at) < 2:
        return False
    holder, *later = first_at
    used = [d for d in cands if d.key == c.key]
    if not all(any(first_at[holder] < d.start < first_at[k] for d in used) for k in later):
        return False
    if any(_kin_contrast(doc, d) for d in used):
        return False  # 'the younger Lai' marks the kinsman: a bare 'Lai' stays the first bearer's
    before = [d for d in full if d.end <= c.start]
    last = before[-1].key if before else holder
    return last != holder and sum(d.key == last for d in before) >= 2


def _decide_types(doc: Doc, cands: list[_Cand], sets: DisjointSets) -> dict[int, str]:
    """One type per linked group: evidence-weighted majority of the NER labels, then a
    second pass that makes the surname of a person named in full a person too, and a
    full name a person's when its surname alone is one by more than NER's word."""
    W = words()
    votes: dict[int, Counter] = defaultdict(Counter)
    members: dict[int, list[_Cand]] = defaultdict(list)
    titled: set[int] = set()  # groups a title or a speech verb says are people
    bodies: set[int] = set()  # groups an apposition says are bodies ('the party, Sinn Fein,')
    for i, c in enumerate(cands):
        root = sets.find(i)
        members[root].append(c)
        span = c.tokens(doc)
        votes[root][c.label] += 1
        if c.country and c.label == "GPE":
            votes[root]["GPE"] += 3
            continue
        if _speaks(doc, c):
            titled.add(root)
        if _apposed_body(span):
            bodies.add(root)
        prev = doc[c.start - 1] if c.start > 0 else None
        if prev is not None and (
            (prev.lower_ in W["honorifics"] and prev.text[:1].isupper())
            or (prev.lower_ in W["role_nouns"] and (prev.text[:1].isupper() or c.start <= prev.head.i < c.end))
        ):
            votes[root]["PERSON"] += 3  # "President Maduro", "Sgt. Figueroa", "security guard Sibusiso Sithole"
            titled.add(root)
        locative = span.root.dep_ == "pobj" and span.root.head.lower_ in words()["locative_prepositions"]
        if c.label == "PERSON" and (locative or (len(span) == 1 and capital_code(span.text))):
            votes[root]["GPE"] += 2  # "fighting in Cabo Delgado": people are not places one is in; nor capitals
        if c.label in ("GPE", "LOC") and _speech_subject(span.root) and not capital_code(span.text):
            votes[root]["PERSON"] += 2  # places do not speak; metonymic capitals were keyed above
    first = {root: counter.most_common(1)[0][0] for root, counter in votes.items()}
    surnames = {
        tail
        for root, cs in members.items()
        if first[root] == "PERSON"
        for c in cs
        if len(c.key.split()) > 1
        for tail in (c.key.split()[-1], _surname(c.key), fold(doc[c.end - 1].text),  # 'O’Brien' folds to two words
                     _family_name(c.text(doc), c.key))  # 'Hwang' of 'Hwang Kyo-ahn'
    }
    for root, counter in votes.items():
        key = members[root][0].key
        if (
            first[root] != "PERSON"
            and key in surnames
            and not members[root][0].country
            and not _never_surname(doc, members[root], key)
        ):
            counter["PERSON"] += 2 * len(members[root])
    bare_people = {members[root][0].key for root in titled if votes[root].most_common(1)[0][0] == "PERSON"}
    types = {}
    for root, counter in votes.items():
        if counter.most_common(1)[0][0] != "PERSON" and _surname_is_person(doc, members[root], bare_people):
            counter["PERSON"] += 2 * len(members[root])
        label = counter.most_common(1)[0][0]
        if label == "PERSON" and root in bodies:
            label = "ORG"  # NER's every vote for a person is outweighed by the text saying what it is
        if label in ("GPE", "LOC") and _body_only(members[root]):
            label = "ORG"
        types[root] = _org_subtype(doc, members[root], label) if label in ("ORG", "GPE", "LOC") else label
    return types


def _body_only(members: list[_Cand]) -> bool:
    """'the United States District Court' tagged a place: a name ending in a head noun
    no place's name ends in is a body's, unless it names a country."""
    names = [c for c in members if c.kind == "name"]
    return bool(names) and not any(c.country for c in members) \
        and all(c.key.rsplit(" ", 1)[-1] in words()["body_only_heads"] for c in names)


def _apposed_body(span: Span) -> bool:
    """'the main nationalist party, Sinn Fein,' / 'Fianna Fail, the centrist party,': a
    name set in apposition to a common noun that names a kind of body is a body's name,
    however often NER took it for a person's."""
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" else [t for t in root.children if t.dep_ == "appos"]
    heads = words()["institution_heads"] | {k for k, v in words()["description_heads"].items() if "ORG" in v}
    return any(n.pos_ == "NOUN" and n.lower_ in heads and not (span.start <= n.i < span.end) for n in nouns)


def _surname_is_person(doc: Doc, members: list[_Cand], bare_people: set[str]) -> bool:
    """A full name NER took for a body or a place ('Isaias Afwerki', 'Tundu Lissu')
    whose surname alone the article gives a title or a speech verb ('President Afwerki',
    'Lissu said'): a person's name, when it is shaped as one: proper words and name
    particles only, none a body's, a site's or a country's word ('Camp David', 'Lockheed
    Martin Corporation', 'Bank of Ireland', 'Paris Moreau' stay what they are). Left a
    body, it leaves the surname to the article's other bearer (a kinsman) by default."""
    W = words()
    heads = W["media_heads"] | W["gov_heads"] | W["institution_heads"] | W["military_heads"] | W["org_suffixes"] \
        | W["org_heads"] | W["place_heads"] | W["street_heads"] | W["feature_heads"]

    def name_word(t: Token) -> bool:
        if t.text == "-" or t.lower_ in W["name_particles"]:
            return True
        return t.is_title and t.text.replace("-", "").isalpha() and t.lower_ not in heads \
            and not (country_code(t.text) or demonym_code(t.text) or capital_code(t.text))

    for c in members:
        if c.kind != "name" or c.country or len(name_tokens(c.key)) < 2 \
                or not ({_surname(c.key), c.key.split()[-1]} & bare_people) or _never_surname(doc, members, c.key):
            continue
        if all(name_word(t) for t in c.tokens(doc)):
            return True
    return False


def _never_surname(doc: Doc, members: list[_Cand], key: str) -> bool:
    """A word that only looks like the last word of a person's name: an acronym ('U.N.'
    folds like the 'Un' of 'Kim Jong Un') or a country or capital ('Ankara' of a
    headline run together as 'Erdogan Ankara'). Places are kept apart from people only
    when the lexicon knows them, so a surname NER took for a town is still a person."""
    if all(_looks_acronym(t) and ("." in t or len(t) <= 3) for t in (c.text(doc) for c in members)):
        return True  # not a surname in a line of capitals ('KLITSCHKO KNOCKS OUT ...')
    return bool(country_code(key) or capital_code(key))


def _surname(key: str) -> str:
    """The last name with the particles before it: 'anwar al bunni' → 'al bunni'."""
    parts = key.split()
    i = len(parts) - 1
    while i > 1 and parts[i - 1] in words()["name_particles"]:
        i -= 1
    return " ".join(parts[i:])


def _speech_subject(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in words()["speech_verbs"]


def _org_subtype(doc: Doc, members: list[_Cand], label: str) -> str:
    """MILITARY from the head noun, MEDIA from a known outlet name or a reporting cue."""
    W = words()
    if any(c.country for c in members):
        return "GPE"
    names = [c for c in members if c.kind == "name"] or members
    for c in names:
        if c.key in media_names():
            return "MEDIA"
    if label == "ORG" or label == "LOC":
        for c in names:
            head = _head_words(c.tokens(doc))
            if head and (head[-1] in W["military_heads"] or " ".join(head[-2:]) in W["military_heads"]):
                return "MILITARY"
            if label == "ORG" and head and _media_head(head):
                return "MEDIA"
    # "Reuters reported": an outlet's mentions are mostly its reporting; "the Taliban
    # reported that ..." once among many acts is a body that speaks, not an outlet.
    if label == "ORG" and 2 * sum(_media_cue(doc, c) for c in members) > len(members):
        if not any(set(c.key.split()) & W["gov_heads"] for c in members):
            return "MEDIA"
    return label


def _media_head(head: list[str]) -> bool:
    """'Reuters News', 'Anadolu Agency', but 'Security Agency' is a government's: a head
    that also names public bodies needs a second media word ('National News Agency')."""
    W = words()
    if head[-1] not in W["media_heads"]:
        return False
    return head[-1] not in W["gov_heads"] or any(w in W["media_heads"] for w in head[:-1])


def _head_words(span: Span) -> list[str]:
    """Lower-cased words before any 'of'/'for' complement: 'Supreme Court of Justice' → court."""
    out = []
    for tok in span:
        if tok.lower_ in ("of", "for") and out:
            break
        out.append(tok.lower_)
    return out


def _media_cue(doc: Doc, c: _Cand) -> bool:
    """'told the BBC', 'Reuters reported', 'an interview with CNN', 'CNN's correspondent'."""
    W = words()
    root = c.tokens(doc).root
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ == "dobj" and lemma == "tell":
        return True
    if root.dep_ == "nsubj" and lemma in W["media_cue_verbs"]:
        return True
    if root.dep_ == "pobj" and head.lower_ in ("with", "to") and head.head.lemma_.lower() == "interview":
        return True
    # only the possessive: "a Pentagon reporter" covers the Pentagon, "CNN's reporter" works for CNN
    return root.dep_ == "poss" and lemma in W["media_cue_nouns"]


def name_tokens(key: str) -> tuple[str, ...]:
    """Name words without suffixes; runs of initials joined ('h r mcmaster' → 'hr mcmaster')."""
    out: list[str] = []
    for tok in key.split():
        if tok in words()["name_suffixes"]:
            continue
        if len(tok) == 1 and out and all(len(ch) == 1 for ch in out[-1]) and len(out[-1]) < 4:
            out[-1] += tok
        else:
            out.append(tok)
    return tuple(out)


_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
_NICKNAMED = re.compile(r"\S+ [\"“‘'][^\"“”‘’']+[\"”’'\]]+ \S+")  # 'William "Ryan" Owens'


def person_form(text: str, key: str) -> tuple[str, ...]:
    """A person's name words as ``surname_score`` reads them, the family name last. A
    name written family name first with a hyphened given name ('Park Geun-hye', 'Kim
    Jong-nam', as Korean names are romanised) is read 'Geunhye Park': its first word
    alone is the surname ('President Park'), not a given name. A name with the name its
    bearer goes by quoted in the middle ('William "Ryan" Owens') is read 'Ryan Owens':
    its last word is the surname, as a two-part name's, not a second family name."""
    tokens = name_tokens(key)
    text = text.strip().removesuffix("'s").removesuffix("’s")
    if len(tokens) == 3 and _FAMILY_FIRST.fullmatch(text):
        return (tokens[1] + tokens[2], tokens[0])
    if len(tokens) == 3 and _NICKNAMED.fullmatch(text):
        return tokens[1:]
    return tokens


def _family_name(text: str, key: str) -> str:
    """The family name of a name written family name first ('Hwang' of 'Hwang Kyo-ahn'),
    else its last word."""
    form = person_form(text, key)
    return form[-1] if form != name_tokens(key) else key.split()[-1]


def glued_word(word: str) -> str | None:
    """The name in a name glued to the next word where a space was lost ('kahlmade',
    'kayafrom'): the word less a common English word of three letters or more at its end,
    if four letters or more stay; else None. Whether it is a name is for the caller to
    tell (the bare name used elsewhere, the rest of a full name agreeing)."""
    for n in range(3, min(len(word) - 3, 6)):
        if word[-n:] in _STOP_WORDS:
            return word[:-n]
    return None


def surname_score(short: tuple[str, ...], full: tuple[str, ...]) -> int:
    """How well a shorter name points at a fuller one: 3 (the surname of a two-part name,
    or of a given name and a particled surname or a middle initial ('George W. Bush'),
    or its whole tail or head), 2 (a later part of a longer name), 1 (the first word
    alone: a given name, or a family name written first as in 'Kim' for 'Kim Jong Un'),
    0 (no fit)."""
    if len(short) >= len(full) or not short:
        return 0
    if full[-len(short) :] == short:
        surname = len(short) > 1 or len(full) == 2 or (
            len(full) == 3 and (full[1] in words()["name_particles"] or len(full[1]) == 1))
        return 3 if surname else 2  # 'Assad' of 'Bashar al Assad' too
    if len(short) == 1 and short[0] in full[1:]:
        return 2
    if full[: len(short)] == short:
        return 3 if len(short) > 1 else 1  # "Nicolás Maduro" for "Nicolás Maduro Moros"
    return 0


def best_fit(short: tuple[str, ...], forms) -> tuple[int, list]:
    """The best score and the forms scoring it, or (0, []) when a first-word match
    competes with another reading ('Kim' of 'Kim Jong Un' or of 'Sung Kim')."""
    scored = [(surname_score(short, f), f) for f in forms]
    scored = [(s, f) for s, f in scored if s]
    if not scored or (any(s == 1 for s, _ in scored) and len(scored) > 1):
        return 0, [f for _, f in scored]
    best = max(s for s, _ in scored)
    return best, [f for s, f in scored if s == best]


def _link_persons(doc: Doc, cands: list[_Cand], sets: DisjointSets, types: dict[int, str],
                  bearers: dict[str, list[_Cand]], gender: list[str | None]) -> None:
    """Join each shorter person name to the single fuller name it fits best. One that
    fits two people goes to neither (``_first_holder`` excepted), and none goes to a
    full name its sentence shows to be someone else (``_named_apart``). A weak fit (a
    first or middle word) goes nowhere when another kind of name of the article bears
    the word too: 'Douglas' beside 'Douglas Aircraft' and 'McDonnell Douglas'. 'The
    elder Lee' goes by kin (``_by_age``); a full name whose surname ran into the next
    word ('Bruno Kahlmade') is also read without it when the article uses that alone.
    A name with a quoted nickname is one with the nickname and surname; a family name
    alone that takes up a later bearer just named (``_taken_up_namesake``) goes to him."""
    persons = [i for i, c in enumerate(cands) if types[sets.find(i)] == "PERSON" and c.kind == "name"]
    forms: dict[tuple[str, ...], set[int]] = defaultdict(set)  # name → group roots
    for i in persons:
        forms[person_form(cands[i].text(doc), cands[i].key)].add(sets.find(i))
    for i in persons:  # 'William "Ryan" Owens' and 'Ryan Owens' (not 'Donald Trump Jr.' and his father)
        if _NICKNAMED.fullmatch(cands[i].text(doc).strip()):
            for j in persons:
                if cands[j].key == " ".join(name_tokens(cands[i].key)[1:]):
                    sets.union(i, j)
    alone = {f[0] for f in forms if len(f) == 1}
    for f in [f for f in forms if len(f) > 1]:
        cut = glued_word(f[-1])
        if cut in alone:  # 'Bruno Kahlmade' (Kahl made) beside 'Kahl' alone: the surname is Kahl
            forms[f[:-1] + (cut,)] |= forms[f]
    full_forms = sorted((f for f in forms if len(f) > 1), key=len, reverse=True)
    apart = _named_apart(doc, cands, persons)
    elsewhere: dict[str, set[int]] = defaultdict(set)  # a word → the other names' groups bearing it
    for j, c in enumerate(cands):
        if c.kind == "name" and types[sets.find(j)] != "PERSON" and len(c.key.split()) > 1:
            for w in c.key.split():
                elsewhere[w].add(sets.find(j))
    for i in persons:
        if _never_surname(doc, [cands[i]], cands[i].key):
            continue  # 'Ankara' is no short form of a run-together 'Erdogan Ankara'
        best, fits = best_fit(name_tokens(cands[i].key), full_forms)
        targets = {sets.find(next(iter(forms[f]))) for f in fits}
        taken = _taken_up_namesake(doc, cands, i, bearers) if len(targets) > 1 else None
        if taken:
            targets = {sets.find(j) for j in persons if cands[j].key == taken}
        elif (len(targets) > 1 or (best == 0 and targets)) and not _kin_contrast(doc, cands[i]):
            targets = _first_holder(doc, cands, i, targets, persons, sets, bearers) \
                or _recent_holder(doc, cands, i, targets, persons, sets)
        elif len(targets) == 2 and best:
            targets = _by_age(doc, cands, i, targets, persons, sets)
        elif len(targets) > 1:
            continue
        if len(targets) != 1:
            continue  # a short form fitting two people of the article may be either: neither
        target = targets.pop()
        if best < 3 and elsewhere.get(cands[i].key, set()) - {target, sets.find(i)}:
            continue  # 'Douglas' of 'Douglas Aircraft' or of 'McDonnell Douglas': a weak fit with a rival
        if _named_before(doc, cands, i, target, persons, sets):
            continue  # 'Chung had previously accused ...' long before 'Chung Yoo-ra': another Chung
        if _genders_clash(gender, sets, i, target):
            continue  # 'Mr Owens' is not the 'Mrs Owens' the full name took
        if not any(sets.find(a) == sets.find(i) and sets.find(b) == target for a, b in apart):
            sets.union(i, target)


def _named_before(doc: Doc, cands: list[_Cand], i: int, target: int, persons: list[int], sets: DisjointSets) -> bool:
    """A bare surname written in the body sentences before its one full name is
    introduced: news names a person in full first, so the surname is someone's that
    NER missed ('Chung Sun-Sup, the head of ... Chung had previously accused'), not
    the one named later. A headline or opening sentence may use it first, and a full
    name in the next sentence may follow it."""
    first = min(cands[j].start for j in persons if sets.find(j) == target and len(cands[j].key.split()) > 1)
    here = doc[cands[i].start]
    if here.i > first or here.sent.start == 0:
        return False  # after the full name, or in the opening sentence
    if here.sent.end < len(doc) and first < doc[here.sent.end].sent.end:
        return False  # the full name follows in the next sentence
    if "\n" in doc.text[: here.idx]:
        return True  # in the body
    return "\n" not in doc.text[here.idx :].strip()  # not in a headline: a first line with more below


_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "attr", "agent"}


def _kin_contrast(doc: Doc, c: _Cand) -> bool:
    """'the elder Lee', 'the younger Bush': a family name set against a kinsman's, so
    either bearer may be meant, not just the one named first."""
    return c.start > 0 and doc[c.start - 1].lower_ in words()["kin_modifiers"]


def _by_age(doc: Doc, cands: list[_Cand], i: int, roots: set[int], persons: list[int], sets: DisjointSets) -> set[int]:
    """'the elder Lee' / 'the younger Lee' of two bearers the article tells apart by kin:
    one introduced as a parent ('his father, Lee Kun-hee') or as the one a child is of
    ('son of Samsung head Lee Kun-hee') is the elder, one introduced as a child ('his
    son Lee Jae-yong') the younger. Else neither: the modifier alone does not say whose."""
    W = words()
    age: dict[int, set[str]] = defaultdict(set)
    for j in persons:
        root, c = sets.find(j), cands[j]
        if root not in roots or len(c.key.split()) < 2:
            continue
        start = max(0, c.start - 6, doc[c.start].sent.start)
        before = doc[start : c.start]
        for k, t in enumerate(before):
            if "\n" in doc[t.i : c.start].text:
                continue
            of = k + 1 < len(before) and before[k + 1].lower_ == "of"
            if t.lower_ in W["parent_kin_nouns"]:
                age[root].add("younger" if of else "elder")
            elif t.lower_ in W["child_kin_nouns"]:
                age[root].add("elder" if of else "younger")
    told = {r: a.pop() for r, a in age.items() if len(a) == 1}
    if len(told) == 1:  # two bearers: the other is the other
        (r, a), = told.items()
        other = next(iter(roots - {r}))
        told[other] = "younger" if a == "elder" else "elder"
    want = "elder" if doc[cands[i].start - 1].lower_ in W["elder_kin_modifiers"] else "younger"
    return {r for r, a in told.items() if a == want} if set(told.values()) == {"elder", "younger"} else set()


def _first_holder(
    doc: Doc, cands: list[_Cand], i: int, roots: set[int], persons: list[int], sets: DisjointSets,
    bearers: dict[str, list[_Cand]],
) -> set[int]:
    """Of full names tied for a short form, the one named first, if the short form was
    already used after it before any other was named ('Jimmy Lai ... Lai said ... his
    son Sebastien Lai'): the namesake introduced later does not take the surname over,
    unless the article has turned to it (``_turned_to_namesake``). Otherwise none: the
    short form may be either."""
    first_at = {r: min(cands[j].start for j in persons if sets.find(j) == r) for r in roots}
    first, *later = sorted(roots, key=lambda r: first_at[r])
    used = [c.start for c in cands if c.key == cands[i].key]
    if all(any(first_at[first] < at < first_at[r] for at in used) for r in later) \
            and not _turned_to_namesake(doc, cands, i, bearers):
        return {first}
    return set()


def _recent_holder(doc: Doc, cands: list[_Cand], i: int, roots: set[int], persons: list[int], sets: DisjointSets) -> set[int]:
    """Of full names tied for a short form, the speaker just named: 'Kim In-ryong told
    reporters ... Kim said' after 'Kim Jong Un' further up. A reader takes an
    attribution that follows one to the bearer named in full as the speaker in the
    short form's sentence or the one before (in the same paragraph), when no other
    bearer is named there and none there is introduced as someone's kin ('his wife
    Anna Smith ... Smith said'): a family shares the name, and the writer's 'Smith' may
    be either. Else none: outside attributions a surname after two namesakes stays
    open ('Defendant Carlos Ortiz took the stand. Ortiz denied ...' beside a Judge
    Ortiz)."""
    if not _speaks(doc, cands[i]):
        return set()
    start = _reach_back(doc, cands[i])
    if start is None:
        return set()
    full = [j for j in persons if sets.find(j) in roots and len(cands[j].key.split()) > 1
            and start <= cands[j].start and cands[j].end <= cands[i].start]
    if any(_kin_introduced(doc, cands[j], start) for j in full):
        return set()
    near = {sets.find(j) for j in full}
    return near if len(near) == 1 and any(_speaks(doc, cands[j]) for j in full) else set()


def _speaks(doc: Doc, c: _Cand) -> bool:
    """The name is the subject of a speech verb ('Kim said', 'Kim In-ryong told reporters')."""
    root = c.tokens(doc).root
    return root.dep_ == "nsubj" and root.head.lemma_ in words()["speech_verbs"]


def _named_apart(doc: Doc, cands: list[_Cand], persons: list[int]) -> list[tuple[int, int]]:
    """(short form, full name) candidate pairs that a sentence shows to be two people:
    the short form before the full name in one sentence ('Keller was charged with
    the murder of Anna Keller'), where a writer who meant one person would have
    given the full name first. Only a short form that is a participant (subject,
    object, owner) counts: not an apposition ('Keller, Anna Keller ...'), a family
    name as modifier ('the Keller family'), nor a quotation against its attribution."""
    out: list[tuple[int, int]] = []
    quoted = _quoted_chars(doc.text)
    by_sent: dict[int, list[int]] = defaultdict(list)
    for i in persons:
        by_sent[doc[cands[i].start].sent.start].append(i)
    for members in by_sent.values():
        for a in members:
            for b in members:
                short, full = cands[a], cands[b]
                if short.end > full.start or not surname_score(name_tokens(short.key), name_tokens(full.key)):
                    continue
                if quoted[doc[short.start].idx] != quoted[doc[full.start].idx]:
                    continue  # '"... Mr. Putin," he said, referring to Vladimir Putin'
                if short.tokens(doc).root.dep_ not in _ARGUMENT_DEPS:
                    continue  # 'the Keller family'; a stray 'Keller,' of a run-in heading
                between = doc[short.end : full.start]
                if any("\n" in t.text_with_ws or _lost_break(t) for t in doc[short.start : full.start]):
                    continue
                if full.tokens(doc).root.head.i in range(short.start, short.end) or between.text.strip() in ("", ","):
                    continue
                out.append((a, b))
    return out


def _link_orgs(doc: Doc, cands: list[_Cand], sets: DisjointSets, types: dict[int, str]) -> None:
    """'U.N.' → 'United Nations', 'Southern Command' → 'US Southern Command', 'Times' →
    'New York Times', 'Voluntad Popular' → 'Voluntad Popular party', a capitalised head
    noun alone ('the Council') → 'U.N. Security Council': when one name fits."""
    W = words()
    groups: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, c in enumerate(cands):
        if types[sets.find(i)] in ORG_LIKE and c.kind == "name":
            groups[tuple(c.key.split())].add(sets.find(i))
    spelled: dict[str, set[int]] = defaultdict(set)  # "un" → United Nations
    for form, roots in groups.items():
        for acronym in spellings(form):  # G7: Group of Seven
            spelled[acronym] |= roots
    for i, c in enumerate(cands):
        text = c.tokens(doc).text
        if c.kind == "name" and types[sets.find(i)] in ORG_LIKE and _looks_acronym(text):
            fits = {sets.find(r) for r in spelled.get(c.key.replace(" ", ""), ())}
            if len(fits) == 1:
                sets.union(i, fits.pop())
    coded: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for form, roots in groups.items():
        coded[_country_coded(form)] |= roots
    for roots in coded.values():  # 'United States Court of Appeals' and 'US Court of Appeals'
        for r in roots:
            sets.union(r, next(iter(roots)))
    groups = {form: {sets.find(r) for r in roots} for form, roots in coded.items()}
    for short, roots in list(groups.items()):
        fits, outlets = set(), set()
        for full, full_roots in groups.items():
            if len(full) <= len(short):
                continue
            extra_front = full[: len(full) - len(short)]
            if full[-len(short) :] == short and (
                all(demonym_code(w) or country_code(w) or w == "the" for w in extra_front)
                or _country_front(extra_front)
                or types[next(iter(full_roots))] == "MEDIA"
                or (len(extra_front) == 1 and extra_front in groups)  # 'U.N. Security Council', the U.N. named too
                or (len(short) == 1 and short[0] in W["institution_heads"])  # 'the Council': the one council named
            ):
                fits |= full_roots
            elif full[: len(short)] == short and (
                full[len(short)] in ("of", "for")
                or all(w in W["org_suffixes"] or (len(short) > 1 and w in W["gov_heads"]) for w in full[len(short) :])
            ):
                fits |= full_roots
            elif _party_members(short, full):
                fits |= full_roots
            elif full[: len(short)] == short and types[next(iter(full_roots))] == "MEDIA" and _media_head(
                list(full[len(short) :])
            ):
                outlets |= full_roots  # 'Xinhua' of 'Xinhua News Agency', where nothing else fits
        fits = {sets.find(r) for r in fits or outlets}
        if len(fits) == 1 and types[next(iter(fits))] in ORG_LIKE:
            target = fits.pop()
            for r in roots:
                sets.union(r, target)


def _country_coded(form: tuple[str, ...]) -> tuple[str, ...]:
    """A body's name with its leading country as the code: 'United States District
    Court for ...' and 'US District Court' begin alike."""
    for n in (3, 2, 1):
        code = country_code(" ".join(form[:n])) if len(form) > n else None
        if code:
            return (code.lower(), *form[n:])
    return form


def _party_members(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'the Democratic Unionists' of 'the Democratic Unionist Party', 'Conservatives' of
    'the Conservative Party': news names a party by its members' plural."""
    return len(full) == len(short) + 1 and full[-1] == "party" and short[-1].endswith("s") \
        and full[:-1] == (*short[:-1], short[-1][:-1])


def _country_front(words_: tuple[str, ...]) -> bool:
    """A country's name of several words before an organisation's ('United States Senate',
    'South Korean army'), which the word-by-word test cannot read."""
    words_ = words_[1:] if words_[:1] == ("the",) else words_
    return len(words_) > 1 and bool(country_code(" ".join(words_)) or demonym_code(" ".join(words_)))


# --- entities, roles ------------------------------------------------------------------


def _entities(doc: Doc, cands: list[_Cand], sets: DisjointSets, types: dict[int, str]) -> list[_Entity]:
    by_root: dict[int, _Entity] = {}
    for i, c in enumerate(cands):
        root = sets.find(i)
        ent = by_root.setdefault(root, _Entity())
        ent.cands.append(c)
    named = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for root, ent in sorted(by_root.items(), key=lambda kv: kv[1].cands[0].start):
        ent.type = types[root]  # linking joins only groups of one kind, keeping the lower root
        codes = Counter(c.country for c in ent.cands if c.country)
        names = [c for c in ent.cands if c.kind == "name" and not c.alias] or ent.cands
        if ent.type == "GPE" and codes:
            ent.country = codes.most_common(1)[0][0]
            ent.name = country_name(ent.country)
            if all(c.kind == "nominal" for c in ent.cands):
                for c in ent.cands:  # named only by its adjective ('an Indian proposal')
                    c.kind = "group"
        else:
            ent.name = _fullest(doc, names)
            if ent.type == "GPE":
                ent.country = capital_code(ent.name)  # the city, in its country
        if ent.type == "PERSON":
            for c in names:
                c.role = _role(doc, c, named)
                if c.role and c.role not in ent.roles:
                    ent.roles.append(c.role)
            ent.gender = _honorific_gender(doc, names)
        if ent.country is None and ent.type == "PERSON":
            ent.country = next(filter(None, map(_role_country, ent.roles)), None)
        elif ent.country is None and ent.type in ORG_LIKE:
            ent.country = _country_in(ent.name, leading=True) or seat_code(ent.name) or _owner_country(doc, names)
        if ent.type == "GROUP" and ent.country is None:
            ent.country = codes.most_common(1)[0][0] if codes else None
        out.append(ent)
    return out


def _owner_country(doc: Doc, cands: list[_Cand]) -> str | None:
    """The country a body's name is given as its owner or adjective outside the span
    ('Venezuela's Supreme Court', 'the Turkish Constitutional Court'): a body any
    country could have is that country's, as a name beginning with the country is.
    Only where every such owner agrees."""
    codes = set()
    for c in cands:
        for ch in c.tokens(doc).root.children:
            if ch.i >= c.start or ch.dep_ not in ("poss", "amod", "compound"):
                continue
            text = doc[ch.left_edge.i : ch.i + 1].text
            code = country_code(text) if ch.dep_ != "amod" else None
            code = code or demonym_code(ch.text)
            if code:
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _fullest(doc: Doc, cands: list[_Cand]) -> str:
    """Most words first, then a spelling with accents, then the commonest."""
    counts = Counter(_clean(c.text(doc)) for c in cands if c.kind == "name")
    if not counts:
        counts = Counter(_clean(c.text(doc)) for c in cands)

    def rank(text: str):
        accented = any(ord(ch) > 127 for ch in text)
        return (len(fold(text).split()), accented, counts[text], -len(text))

    return max(counts, key=rank)


def _clean(text: str) -> str:
    """The name as shown: its outer punctuation off, an editor's bracket inside it too
    ('Sergei] Lavrov', ``_names_past_brackets``)."""
    text = " ".join(text.replace("’", "'").replace("[", " ").replace("]", " ").split())
    core = text.strip(_TRIM + " ")
    end = len(core) + 1
    keep_period = text.startswith(core) and text[len(core) : end] == "." and _initial_before(text, end)
    return core + "." if keep_period else core


def _role(doc: Doc, c: _Cand, named: set[int]) -> str | None:
    """The title or description attached to a person's name: left modifiers
    ('US Secretary of State Mike Pompeo') or an apposition either way round.
    A phrase holding another person's name is a misparse, not a role."""
    W = words()
    root = c.tokens(doc).root
    left = [ch for ch in root.lefts if ch.i < c.start and ch.dep_ not in ("det", "poss", "punct", "case")]
    if all(ch.lower_.rstrip(".") in W["courtesy_titles"] for ch in left):
        left = []  # 'the Prime Minister of Singapore, Mr. Lee': a courtesy title, the role may be before it
    phrase = None
    if left:
        phrase = list(doc[min(ch.left_edge.i for ch in left) : c.start])
    else:
        appos = next((ch for ch in root.children if ch.dep_ == "appos" and ch.i > root.i), None)
        if appos is None and root.dep_ == "appos" and root.head.i < c.start:
            appos = root.head
        before = _role_before_comma(doc, c)  # where the parse hung the name elsewhere ('400 guests, ...')
        if before is not None and (appos is None or not {appos.lower_, appos.lemma_.lower()} & W["role_nouns"]):
            appos = before
        if appos is not None and (appos.pos_ == "NOUN" or appos.lower_ in W["role_nouns"]):
            phrase = _appos_phrase(doc, appos)  # 'the President of Venezuela, Nicolás Maduro': a title
    if not phrase:
        return None
    breaks = [
        k for k, t in enumerate(phrase) if t.is_space or "\n" in t.text_with_ws or (t.is_punct and t.text not in ".-&")
    ]
    phrase = phrase[breaks[-1] + 1 :] if breaks else phrase
    for k in range(len(phrase) - 1, 0, -1):  # "the secretary of state and national security adviser John Bolton"
        if phrase[k].lower_ == "and":
            phrase = phrase[k + 1 :]
            break
    while phrase and (phrase[0].dep_ == "det" or phrase[0].is_punct):
        phrase = phrase[1:]
    while phrase and phrase[-1].is_punct and phrase[-1].text != ".":
        phrase = phrase[:-1]
    if not phrase:
        return None
    if any(t.i in named and t.ent_type_ == "PERSON" for t in phrase):
        return None
    heads = {t.lemma_.lower() for t in phrase} | {t.lower_ for t in phrase}
    text = " ".join(t.text for t in phrase)
    if not (heads & W["role_nouns"] or any(p in text.lower() for p in W["role_phrases"])):
        return None
    if phrase[0].lower_.rstrip(".") in W["courtesy_titles"]:
        return None  # courtesy titles say nothing of office
    return doc[phrase[0].i : phrase[-1].i + 1].text.strip(_TRIM + " ")


def _role_before_comma(doc: Doc, c: _Cand) -> Token | None:
    """'the Prime Minister of Singapore, Mr. Lee Hsien Loong, opened ...', parsed with the
    name hung elsewhere: the role noun heading the phrase that ends at the comma before
    the name, when nothing but that comma (and an honorific) stands between them and a
    comma closes the name: not the subject of a clause ('According to the minister,
    Maduro will stay')."""
    root = c.tokens(doc).root
    closed = c.end == len(doc) or doc[c.end].text == "," or doc[c.end].is_sent_start
    if not closed or root.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return None
    start = c.start
    while start > 0 and doc[start - 1].lower_.rstrip(".") in words()["honorifics"]:
        start -= 1
    if start < 2 or doc[start - 1].text != ",":
        return None
    tok = doc[start - 2]
    roles = words()["role_nouns"]
    while tok.lower_ not in roles and tok.dep_ in ("pobj", "prep", "compound") and tok.head.i < start:
        tok = tok.head
    if tok.lower_ not in roles or tok.dep_ in ("compound", "appos"):
        return None
    return tok if tok.right_edge.i == start - 2 else None


def _appos_phrase(doc: Doc, head: Token) -> list[Token]:
    """An apposition's words up to its first comma or clause: 'the acting defense secretary'."""
    skip = {t.i for ch in head.children if ch.dep_ in ("det", "poss") for t in ch.subtree}
    toks = []
    for t in head.subtree:
        if t.dep_ in ("relcl", "acl") or (t.text in (",", ";") and t.i > head.i):
            break
        if t.i not in skip:
            toks.append(t)
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks if len(toks) <= 12 else []


def _honorific_gender(doc: Doc, cands: list[_Cand]) -> str | None:
    W = words()
    for c in cands:
        prev = doc[c.start - 1].lower_ if c.start else ""
        if prev in W["female_honorifics"]:
            return "f"
        if prev in W["male_honorifics"]:
            return "m"
    return None


def _role_country(role: str) -> str | None:
    """The country in a role's modifiers: 'Iraqi Prime Minister', 'former Syrian president',
    but not 'U.N. envoy for Syria' or 'professor at a university in Iraq'."""
    words_ = role.split()
    nouns = words()["role_nouns"]
    head = next((i for i, w in enumerate(words_) if w.lower() in nouns), len(words_))
    return _country_in(" ".join(words_[:head])) if head else None


def _country_in(text: str, leading: bool = False) -> str | None:
    """A country named or implied in a role ('Venezuelan president') or, ``leading``,
    at the front of an organisation's name ('US Southern Command', not 'Latin America')."""
    toks = text.replace("'s", " ").replace("’s", " ").split()
    for n in (3, 2, 1):
        for i in range(1 if leading else len(toks) - n + 1):
            part = " ".join(toks[i : i + n])
            code = country_code(part) or demonym_code(part)
            if code:
                return code
    return None


# --- nominals and pronouns --------------------------------------------------------------


def _nominals(doc: Doc, cands: list[_Cand], entities: list[_Entity]) -> list[tuple[_Cand, _Entity]]:
    """'the Venezuelan president', 'the secretary of state' → the one person whose roles say so."""
    W = words()
    covered = _covered(cands)
    country_at = {i: c for c in cands if c.country and c.label == "GPE" for i in range(c.start, c.end)}
    people = [e for e in entities if e.type == "PERSON" and e.roles]
    if not people:
        return []
    out = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in W["role_nouns"] or tok.i in covered:
            continue
        if tok.dep_ in ("compound", "appos") or tok.tag_ == "NNS":
            continue
        det = [ch for ch in tok.lefts if ch.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            continue
        mods = [ch for ch in tok.lefts if ch.dep_ in ("amod", "compound", "nmod") and ch.i > det[0].i]
        stale = ("late", "then", "new", "next", "previous")  # 'former' is read as a role word (_match_role)
        if any((m.i in covered and m.i not in country_at) or m.lower_ in stale for m in mods):
            continue  # "the Taliban spokesperson" is not the role of a person we hold
        end = tok.i + 1
        tail = [ch for ch in tok.rights if ch.dep_ in ("prep", "acl", "relcl", "appos", "poss")]
        spelled = " ".join(t.lower_ for t in doc[tok.i : tail[0].right_edge.i + 1]) if tail else ""
        if tail and any(p in spelled for p in W["role_phrases"]):
            end = tail[0].right_edge.i + 1
        elif tail or any(ch.dep_ == "poss" for ch in tok.lefts):
            continue  # "the spokesperson for Pakistan's ministry" says more than any role we hold
        start = min([m.left_edge.i for m in mods] + [tok.i])
        needed: dict[str, tuple[str, str | None]] = {}  # word → (lemma, country it names)
        for t in doc[start:end]:
            if t.i in country_at:  # "the U.S. president": the country as one word
                c = country_at[t.i]
                needed[c.tokens(doc).text] = ("", c.country)
            elif t.lower_ not in ("of", "the") and not t.is_punct:
                needed[t.text] = (t.lemma_.lower(), demonym_code(t.text) or country_code(t.text))
        target = _match_role(needed, people, start)
        if target is not None:
            out.append((_Cand(start, end, "PERSON", kind="nominal"), target))
    return out


def _titles_before_names(doc: Doc, cands: list[_Cand], entities: list[_Entity]) -> list[tuple[_Cand, _Entity]]:
    """'Leader of the unrecognised republic of Transnistria Vadim Krasnoselsky said': a
    wire's title written before the name with no article or comma is parsed as the head
    and the name as the end of its 'of' phrase; the title, capitalised, is the person's
    where the 'of' phrase names a place or body first ('of the republic of ...'), not a
    person, whose spokesman or wife the title would be."""
    roles, covered = words()["role_nouns"], _covered(cands)
    out = []
    for ent in entities:
        if ent.type != "PERSON":
            continue
        for c in ent.cands:
            name = doc[c.end - 1]
            if c.kind != "name" or name.dep_ != "pobj" or not any(t.lower_ == "of" for t in name.ancestors):
                continue
            role = next((t for t in name.ancestors if t.dep_ != "pobj" and t.pos_ in ("NOUN", "PROPN")), None)
            if role is None or role.lower_ not in roles or not role.is_title or role.i in covered \
                    or role.right_edge.i != name.i or any(ch.dep_ in ("det", "poss") for ch in role.children):
                continue
            between = [t for t in name.ancestors if t.i > role.i and t.dep_ == "pobj"]
            if not between or any(t.lower_ in roles for t in between):
                continue  # 'Wife of President ...', 'Spokesman of President ...': a person of the person's
            out.append((_Cand(role.i, role.i + 1, "PERSON", kind="nominal"), ent))
    return out


def _match_role(needed: dict[str, tuple[str, str | None]], people: list[_Entity], before: int) -> _Entity | None:
    """The one person named before token ``before`` whose roles (or country) cover
    every word of the description. A person of unknown country is not 'the American
    president' on that evidence alone: another president may be the one meant; 'the
    former president' is only one whose role says the office was left or lost."""

    hypernyms = words()["role_hypernyms"]
    past = set(words()["past_office_words"])

    def covers(ent: _Entity, word: str) -> bool:
        lemma, code = needed[word]
        role_words = {w for r in ent.roles for w in fold(r).split()}
        if lemma in past:  # 'the former president' of an 'ousted President', never of one in office
            return bool(role_words & past)
        if fold(word) in role_words or lemma in role_words:
            return True
        roles = " " + " ".join(fold(r) for r in ent.roles) + " "
        if any(f" {fold(office)} " in roles for office in hypernyms.get(lemma, ())):
            return True  # 'the U.S. leader' of a 'U.S. President'
        return bool(code) and code == ent.country

    matches = [e for e in people if min(c.start for c in e.cands) < before and all(covers(e, w) for w in needed)]
    return matches[0] if len(matches) == 1 else None


def _pronouns(
    doc: Doc, cands: list[_Cand], entities: list[_Entity], described: list[tuple[_Cand, _Entity]]
) -> list[tuple[_Cand, _Entity]]:
    """he/she/his/her → a person, only where the antecedent is clear: the only person in
    reach, the subject of the speech verb whose clause the pronoun opens, or the one
    person who was a subject in the previous sentence. Reflexives bind in their clause.
    A description already linked to a person is in reach too, as a subject ('the judge
    said he ...')."""
    gender_of = words()["pronouns"]
    sent_idx = {tok.i: n for n, s in enumerate(doc.sents) for tok in s}
    person_mentions: dict[int, list[tuple[_Cand, _Entity]]] = defaultdict(list)
    for ent in entities:
        if ent.type == "PERSON":
            for c in ent.cands:
                person_mentions[sent_idx[c.start]].append((c, ent))
    for c, ent in described:  # as a subject only: "the Attorney General's office" is the office
        if ent.type == "PERSON" and c.kind == "nominal" and _is_subject(c.tokens(doc).root):
            person_mentions[sent_idx[c.start]].append((c, ent))
    for mentions in person_mentions.values():
        mentions.sort(key=lambda ce: ce[0].start)
    text = doc.text
    quoted = _quoted_chars(text)
    layout = (text, [t.idx for t in doc], list(doc.sents))  # once: each of these walks the whole document
    quote_only = {  # sentences wholly inside a quotation that name no one
        n
        for n, sent in enumerate(doc.sents)
        if n not in person_mentions and all(quoted[t.idx] for t in sent if not (t.is_punct or t.is_space))
    }
    lost: set[int] = set()  # sentences whose subject is a "he"/"she" left unlinked
    unknown_people = _sentences_with_unknown_person(doc, sent_idx, person_mentions)
    described_subject = _sentences_with_described_subject(doc, person_mentions)
    _continue_topics(doc, described_subject, person_mentions, unknown_people)
    out = []
    for tok in doc:
        gender = gender_of.get(tok.lower_)
        if gender is None or tok.pos_ != "PRON":
            continue
        if quoted[tok.idx]:
            # inside a quotation "he" is rarely the person quoted, who is unknown here; but
            # one the speaker tells of may be the one person the narration named just before
            target = _told_of(doc, tok, quoted, sent_idx, person_mentions, quote_only | lost, layout)
            if target is not None and target.gender in (None, gender):
                target.gender = gender
                c = _Cand(tok.i, tok.i + 1, "PERSON", kind="pronoun")
                out.append((c, target))
                person_mentions[sent_idx[tok.i]].append((c, target))
            continue
        n = sent_idx[tok.i]
        here = [(c, e) for c, e in person_mentions[n] if c.end <= tok.i and c.kind != "topic"]
        if tok.lower_.endswith("self"):
            target = _reflexive_antecedent(doc, tok, person_mentions[n])
        else:
            here = [(c, e) for c, e in here if not _bound_locally(doc, tok, c)]
            earlier = []
            b = 1
            while len(earlier) < 2 and n - b >= 0:  # a chain through a subject we could not follow is broken
                if n - b in lost or n - b in unknown_people:
                    break
                if n - b in described_subject and _subject_pronoun(tok):
                    break  # the topic there is a person we only know by a description
                if n - b in quote_only and not earlier and b <= 4:
                    b += 1  # the speaker's own words: '... Orban said. “Shared ... .” He rejected ...'
                    continue
                earlier.append(person_mentions.get(n - b, []))
                b += 1
                if b > 2 and earlier[-1]:
                    break  # past a quotation only the sentence that attributes it
            target = _antecedent(doc, tok, here, earlier, gender)
            speaker = _described_speaker(tok, person_mentions[n]) if here else None
            if speaker is not None:
                target = speaker[0]
        if target is None or (target.gender and target.gender != gender):
            if tok.dep_ in ("nsubj", "nsubjpass") and not here:
                lost.add(n)
            continue
        target.gender = gender
        c = _Cand(tok.i, tok.i + 1, "PERSON", kind="pronoun")
        out.append((c, target))
        person_mentions[n].append((c, target))
    return out


def _told_of(doc: Doc, pron: Token, quoted: bytearray, sent_idx: dict[int, int], person_mentions,
             closed: set[int], layout: tuple[str, list[int], list[Span]]) -> _Entity | None:
    """'Arnel Joseph ... was killed in a gun battle with police, officials said. "He opened
    fire on a police patrol ...," Frantz Exantus told reporters': the subject 'he' that is
    the first person a quotation speaks of, when the sentence before the quotation (not
    itself quoted) names one person only and the quotation's speaker is named, someone
    else: the speaker would have said 'I', and names no one else first."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.lower_ not in ("he", "she"):
        return None
    text, starts, sents = layout  # the document's text, its tokens' offsets and its sentences
    open_at = pron.idx
    while open_at > 0 and quoted[open_at - 1]:
        open_at -= 1
    close_at = pron.idx
    while close_at < len(text) and quoted[close_at]:
        close_at += 1
    first_i, last_i = bisect_left(starts, open_at), bisect_left(starts, close_at)
    if first_i >= len(doc) or last_i >= len(doc):
        return None
    first, last = doc[first_i], doc[last_i]
    n_open, n_close = sent_idx[first.i], sent_idx[last.i]
    if first.sent.start < first.i - 1:
        return None  # the quotation goes on from its speaker's own clause ('X said, "...')
    if any(first.i <= c.start < pron.i for c, _ in person_mentions.get(sent_idx[pron.i], [])):
        return None  # someone named in the quotation before it
    prior = n_open - 1
    if prior < 0 or prior in closed or any(quoted[t.idx] for t in sents[prior] if not t.is_punct):
        return None
    ents = _distinct(person_mentions.get(prior, []))
    if len(ents) != 1:
        return None
    speech = words()["speech_verbs"]
    speakers = _distinct([(c, e) for c, e in person_mentions.get(n_close, [])
                          if c.kind != "pronoun" and not quoted[doc[c.start].idx] and doc[c.start].idx >= close_at
                          and (root := c.tokens(doc).root).dep_ == "nsubj" and root.head.lemma_.lower() in speech])
    if not speakers or any(e is ents[0] for e in speakers):
        return None
    return ents[0]


def _sentences_with_unknown_person(doc: Doc, sent_idx: dict[int, int], person_mentions) -> set[int]:
    """Sentences whose subject is someone we did not take for a person: a name followed by
    'who' ('Chalida Tajaroensuk, who heads ..., echoed their concerns.'). A pronoun after
    it more likely means that person than anyone named before, so the chain stops there."""
    out = set()
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN":
            continue
        if any(ch.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in ch.lefts) for ch in tok.children):
            out.add(sent_idx[tok.i])
    return out - {n for n, ms in person_mentions.items() if ms}


def _sentences_with_described_subject(doc: Doc, person_mentions) -> dict[int, Token]:
    """Sentences whose main subject is a person we know only by a description we could not
    link ('The French politician, who is considering challenging X, says ...'): the
    sentence is about that person, so a 'he' or 'his' opening the next one continues them,
    not the one person the sentence happens to name. Sentence index -> that subject."""
    out = {}
    for n, sent in enumerate(doc.sents):
        subj = _described_person(sent.root)
        if subj is not None and not any(c.start <= subj.i < c.end for c, _ in person_mentions.get(n, [])):
            out[n] = subj
    return out


def _continue_topics(doc: Doc, described: dict[int, Token], person_mentions, unknown_people: set[int]) -> None:
    """'Former EU official Michel Barnier says ... . The French politician, who may challenge
    Emmanuel Macron, says ...': a description that opens the sentence right after one whose
    subject is one person goes on about that person (news varies its words, not its topic),
    unless someone else in reach holds the role the description names. For the pronouns
    that follow only (the description itself is left to the stage that links them): the
    sentence joins their chain instead of breaking it."""
    for n, subj in sorted(described.items()):
        head = subj.lemma_.lower()
        for b in (1, 2):
            if n - b < 0 or n - b in unknown_people:
                break
            prior = person_mentions.get(n - b, [])
            if not prior:
                continue
            subjects = _distinct([(c, e) for c, e in prior if _is_subject(c.tokens(doc).root)])
            named = _distinct(prior)
            if len(subjects) == 1:
                topic = subjects[0]
            elif not subjects and len(named) == 1 and any(head in fold(r).split() for r in named[0].roles):
                topic = named[0]  # 'A jury found polygamist leader X guilty. The leader ...'
            else:
                break
            others = _distinct([*prior, *person_mentions.get(n, [])])
            if any(e is not topic and any(head in fold(r).split() for r in e.roles) for e in others):
                break  # 'X met President Y. The president said ...'
            person_mentions[n].append((_Cand(subj.i, subj.i + 1, "PERSON", kind="topic"), topic))
            person_mentions[n].sort(key=lambda ce: ce[0].start)
            del described[n]
            break


def _described_person(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is a definite description of one person ('the
    former minister', 'the Russian diplomat'), not a name."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in words()["role_nouns"]:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        return None
    if any(c.dep_ in ("compound", "appos", "flat") and c.pos_ == "PROPN" for c in subj.children):
        return None  # 'the party leader Sam Rainsy': a name after all
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "at") for c in subj.children):
        return None  # 'the fugitive leader of ISIS': whose, says who it is
    before = subj.sent.text[: subj.idx - subj.sent.start_char]  # not ``doc.text``: it joins every token
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return None  # a description in someone's words, not the narration's topic
    return subj


def _described_speaker(pron: Token, mentions) -> tuple[_Entity | None] | None:
    """'The French politician, who is challenging X, says he ...': a subject pronoun of a
    clause whose speech verb has a description for its subject is that person, not anyone
    the sentence names before it: ``(the person,)`` when the description continues one
    (see ``_continue_topics``), ``(None,)`` when we do not know who; None when the speech
    verb's subject is no description."""
    verb = _saying_over(pron)
    if verb is None:
        return None
    subj = _described_person(verb)
    if subj is None:
        return None
    covering = [(c, e) for c, e in mentions if c.start <= subj.i < c.end]
    if any(c.kind != "topic" for c, _ in covering):
        return None  # linked by the stage that links descriptions: the ordinary rules apply
    return (covering[0][1] if covering else None,)


def _antecedent(doc: Doc, pron: Token, here, earlier, gender: str | None = None) -> _Entity | None:
    """The one person in the pronoun's sentence before it, else in the nearest earlier
    sentence naming anyone: its only person; for a subject pronoun, its one subject
    person; or the one person whose gender may agree when all the others' are known to
    disagree ('Maria Corina Machado met Juan Guaidó on Monday. She said ...' once his is known)."""
    if here:
        ents = _distinct(here)
        return ents[0] if len(ents) == 1 else _speaker_of_clause(pron, here)
    for prior in earlier:
        if not prior:
            continue
        ents = _distinct(prior)
        if len(ents) == 1:
            return ents[0]
        if gender is not None:  # the one person the pronoun can be, all others known otherwise
            agree = [e for e in ents if e.gender in (None, gender)]
            if len(agree) == 1:
                return agree[0]
            # 'X first raised the allegations against de Lima. She is accused of ...': the
            # one woman the article has already called 'she' rather than someone it has
            # not; most people news names are men, so an unknown one is more likely 'he'.
            known = [e for e in agree if e.gender == "f"]
            if gender == "f" and len(known) == 1:
                return known[0]
        subjects = _distinct([(c, e) for c, e in prior if _is_subject(c.tokens(doc).root)])
        return subjects[0] if len(subjects) == 1 and _subject_pronoun(pron) else None
    return None


def _is_subject(root: Token) -> bool:
    """A clause subject, or a name in apposition to one ('Guterres' spokesman, Stephane
    Dujarric, told reporters')."""
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    return root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")


def _subject_pronoun(pron: Token) -> bool:
    """'He said ...', or the owner of the subject at the start of a sentence ('His
    government announced ...'): either continues the previous sentence's subject."""
    if pron.dep_ in ("nsubj", "nsubjpass"):
        return True
    return pron.dep_ == "poss" and pron.head.dep_ in ("nsubj", "nsubjpass") and pron.i == pron.sent.start


def _bound_locally(doc: Doc, pron: Token, c: _Cand) -> bool:
    """'Maduro had him arrested': an object pronoun is not its own clause's subject."""
    if pron.dep_ in ("nsubj", "nsubjpass", "poss"):
        verbs = [pron.head.head] if pron.head.dep_ in ("ccomp", "xcomp") and pron.dep_ == "nsubj" else []
        verbs = [v for v in verbs if v.lemma_.lower() in ("have", "make", "let", "get", "see", "help", "watch")]
    else:
        verbs = [pron.head, pron.head.head] if pron.head.pos_ == "ADP" else [pron.head]
    root = c.tokens(doc).root
    return root.dep_ in ("nsubj", "nsubjpass") and any(root.head.i == v.i for v in verbs)


def _reflexive_antecedent(doc: Doc, pron: Token, mentions) -> _Entity | None:
    """'Guaidó posted a video of himself', 'Chávez, who himself ...'."""
    verb = pron.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    for c, e in mentions:
        root = c.tokens(doc).root
        if c.end > pron.i:
            continue
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i:
            return e
        if verb.dep_ == "relcl" and verb.head.i == root.i:
            return e
    return None


def _quoted_chars(text: str) -> bytearray:
    """1 for each character between quotation marks (curly pairs, or straight ones
    toggling); a paragraph break closes an unbalanced quote."""
    flags = bytearray(len(text) + 1)
    inside = False
    for i, ch in enumerate(text):
        if ch == "“" or (ch == '"' and not inside):
            inside = True
        elif ch in "”\"" or (ch == "\n" and text.startswith("\n\n", i)):
            inside = False
        elif inside:
            flags[i] = 1
    return flags


def _distinct(pairs) -> list[_Entity]:
    seen: list[_Entity] = []
    for _, e in pairs:
        if all(e is not s for s in seen):
            seen.append(e)
    return seen


def _saying_over(pron: Token) -> Token | None:
    """The speech or cognition verb whose content clause the subject pronoun's clause is
    ('told the BBC that he ...', 'says he ...'), if any."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    while clause.dep_ in ("conj", "aux", "xcomp") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ not in ("ccomp", "advcl"):
        return None
    verb = clause.head
    if verb.lemma_.lower() not in words()["speech_verbs"] | words()["cognition_verbs"]:
        return None
    return verb


def _speaker_of_clause(pron: Token, before: list[tuple[_Cand, _Entity]]) -> _Entity | None:
    """'Guaidó told the BBC that he ...': a subject pronoun of a clause governed by a
    speech verb refers to that verb's subject."""
    verb = _saying_over(pron)
    if verb is None:
        return None
    subjects = [e for c, e in before if any(t.head.i == verb.i and t.dep_ == "nsubj" for t in c.tokens(pron.doc))]
    return subjects[0] if len(_distinct([(None, e) for e in subjects])) == 1 else None


# --- unnamed groups -------------------------------------------------------------------------


def _groups(
    doc: Doc, cands: list[_Cand], entities: list[_Entity], extra: list[tuple[_Cand, _Entity]]
) -> tuple[list[_Entity], list[tuple[_Cand, _Entity]]]:
    """Unnamed collective actors (``groups.find_groups``) as entities of their own, one per
    canonical name. A bare mention ('the soldiers') joins the one earlier group with the
    same head words ('Venezuelan soldiers'), else takes the article's dominant country if
    one is clear, marked 'inferred' (the text did not say whose). A country's government
    is that country ('the Venezuelan government' joins Venezuela), as 'the US government'
    already is. Returns the new entities and the mentions of plural groups (which 'they'
    may stand for). A group named by a people's word ('Houthi rebels') is that people
    where the article names it in the plural ('the Houthis')."""
    covered = _covered(cands) | {i for c, _ in extra for i in range(c.start, c.end)}
    country_at = {i: c.country for c in cands if c.country and c.label == "GPE" for i in range(c.start, c.end)}
    found = find_groups(doc, covered, country_at)
    if not found:
        return [], []
    V = vocabulary()
    country_heads, state_sectors, foreign = V["country_heads"], V["state_sectors"], V["foreign_sectors"]
    dominant = dominant_country(e.country for e in entities for _ in e.cands)
    nations: dict[str, _Entity] = {}
    for e in entities:
        if e.type == "GPE" and e.country and any(c.key.startswith("country:") for c in e.cands):
            nations.setdefault(e.country, e)
    by_name = {fold(e.name): e for e in entities if e.type in ORG_LIKE}  # 'the military' → a named 'American military'
    peoples = {fold(e.name): e for e in entities if e.type == "GROUP"}  # 'the Houthis' named
    specific: dict[str, list[tuple[_Entity, int]]] = defaultdict(list)  # head words → (group, token) not bare
    new: list[_Entity] = []
    plural: list[tuple[_Cand, _Entity]] = []
    sent_of = {tok.i: n for n, s in enumerate(doc.sents) for tok in s}
    for g in found:
        cand = _Cand(g.start, g.end, g.type, kind="group")
        # Only a state's organs are the article's country by default ('the army'); whose
        # opposition, rebels or protesters they are, an article about two countries leaves open.
        infer = not (g.owner or g.possessed or g.sector in foreign) and g.sector in state_sectors
        country = g.country or (dominant if infer else None)
        basis = "stated" if g.country else "inferred"
        people = peoples.get(fold(g.owner) + "s") if g.owner else None
        if people is not None:  # 'Houthi rebels' of an article that names 'the Houthis'
            people.cands.append(cand)
            if g.plural:
                plural.append((cand, people))
            continue
        if g.bare and fold(g.name(country)) not in by_name:
            # 'the soldiers' → the one earlier group of soldiers ('Venezuelan soldiers') of
            # the article's country or, when no country dominates, named in the last three sentences
            earlier = [
                e
                for e, at in specific.get(g.phrase, [])
                if (e.country in (None, dominant) if dominant else sent_of[g.start] - sent_of[at] <= 3)
            ]
            earlier = _distinct([(None, e) for e in earlier])
            if len(earlier) == 1:
                earlier[0].cands.append(cand)
                if g.plural:
                    plural.append((cand, earlier[0]))
                continue
        if country is None and g.bare and not g.possessed and g.sector in state_sectors:
            own = _distinct([(None, e) for e in by_name.values() if _national_form(e.name) == g.phrase])
            if len(own) == 1 and own[0].type == g.type:  # 'the military' of the one 'Pakistani military' named
                own[0].cands.append(cand)
                if g.plural:
                    plural.append((cand, own[0]))
                continue
        if country is None and not g.plural and g.sector in state_sectors and not g.owner:
            continue  # 'the military' of no country we know is nobody in particular
        if g.phrase in country_heads and country and not g.owner:
            cand.label, cand.kind = "GPE", "nominal"
            nation = nations.get(country)
            if nation is None:
                nation = nations[country] = _Entity(
                    type="GPE", name=country_name(country), country=country, country_basis=basis
                )
                cand.kind = "group"
                new.append(nation)
            nation.cands.append(cand)
            continue
        name = g.name(country)
        ent = by_name.get(fold(name))
        if ent is not None and ent.type != g.type and ent not in new:
            ent = None  # 'Venezuelan police' named as a GROUP by NER; ours is the ORG
        if ent is None:
            ent = by_name[fold(name)] = _Entity(type=g.type, name=name, country=country, country_basis=basis)
            new.append(ent)
        if not g.bare:
            specific[g.phrase].append((ent, g.start))
        ent.cands.append(cand)
        if g.plural:
            plural.append((cand, ent))
    return new, plural


def _national_form(name: str) -> str | None:
    """'pakistani military' → 'military': what is left of a name after a leading country or demonym."""
    words_ = fold(name).split()
    for n in (3, 2, 1):
        lead = " ".join(words_[:n])
        if len(words_) > n and (demonym_code(lead) or country_code(lead)):
            return " ".join(words_[n:])
    return None




def _pointer_count(tok: Token) -> int | None:
    """How many actors a plural phrase says it points back to: 'both countries' (two),
    'the three military-led nations' (a definite number); 'three nations' with no
    article introduces new ones, and 'both' or a number alone says nothing of its kind."""
    kids = list(tok.children)
    if any(k.lower_ == "both" and k.dep_ in ("det", "predet", "preconj") for k in kids):
        return 2
    nums = [k for k in kids if k.dep_ == "nummod"]
    if len(nums) == 1 and any(k.dep_ == "det" and k.lower_ in ("the", "these", "those") for k in kids):
        word = nums[0].lower_
        W = words()
        number = W["pointer_counts"].get(word) or int(W["number_words"].get(word, "0"))
        return number if 1 < number <= 10 else (int(word) if word.isdigit() and 1 < int(word) <= 10 else None)
    return None


def _looking_back(sents: list[Span], here: int, before: int, reach: int = 3):
    """Token indices where a count ('both countries', 'the two') finds what it stands
    for: its own sentence up to ``before``, then the sentences before it, nearest first,
    ``reach`` sentences in all."""
    for sent in sents[max(0, here - reach + 1): here + 1][::-1]:
        yield range(sent.start, min(sent.end, before))


def _counted_pointers(
    doc: Doc, cands: list[_Cand], entities: list[_Entity], extra: list[tuple[_Cand, _Entity]]
) -> list[tuple[_Cand, _Entity]]:
    """'Both countries', 'the three military-led nations', 'both forces': a plural noun
    phrase that counts the actors it points back to stands for each of them, when the
    text just before (its own sentence, then up to two sentences back) names exactly that
    many actors of the head's kind ('plural_pointers' in ``groups.json``); when it names
    more or fewer, which ones are meant is a guess, and the phrase stays unlinked. One
    mention per actor pointed to, all on the phrase's span."""
    kinds = vocabulary()["plural_pointers"]
    taken = {i for c in cands for i in range(c.start, c.end)} | {i for c, _ in extra for i in range(c.start, c.end)}
    taken |= {i for e in entities for c in e.cands for i in range(c.start, c.end)}
    owner: dict[int, _Entity] = {}
    for e in entities:
        for c in e.cands:
            if c.kind != "pronoun":
                owner.setdefault(c.start, e)
    for c, e in extra:
        if c.kind != "pronoun":
            owner.setdefault(c.start, e)
    sents = list(doc.sents)
    sent_of = {tok.i: n for n, s in enumerate(sents) for tok in s}
    out = []
    for tok in doc:
        if tok.tag_ not in ("NNS", "NNPS") or tok.i in taken or tok.lemma_.lower() not in kinds:
            continue
        n = _pointer_count(tok)
        if n is None:
            continue
        types = set(kinds[tok.lemma_.lower()])
        start = tok.left_edge.i
        here = sent_of[tok.i]
        found: list[_Entity] = []
        for span in _looking_back(sents, here, start):
            for i in span:
                e = owner.get(i)
                if e is not None and e.type in types and all(e is not f for f in found):
                    found.append(e)
            if len(found) >= n:
                break
        if len(found) != n:
            continue
        for e in found:
            out.append((_Cand(start, tok.i + 1, e.type, kind="nominal"), e))
    return out


def _named_peoples(doc: Doc, entities: list[_Entity]) -> list[tuple[_Cand, _Entity]]:
    """Mentions of peoples named by NER ('the Russians', 'thousands of Sudanese'): plural
    groups that 'they' may stand for."""
    return [
        (c, e)
        for e in entities
        if e.type == "GROUP"
        for c in e.cands
        if c.kind == "name" and c.label == "GROUP" and _is_group_noun(c.tokens(doc).root)
    ]


def dominant_country(countries) -> str | None:
    """The country an article is about, given the country of each of its mentions that has
    one: the one whose mentions outnumber any other's two to one."""
    ranked = Counter(c for c in countries if c).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _plural_pronouns(
    doc: Doc, cands: list[_Cand], groups: list[_Entity], mentions: list[tuple[_Cand, _Entity]]
) -> list[tuple[_Cand, _Entity]]:
    """they/them/their → a group, where the antecedent is clear: the subject of the speech
    verb whose clause the pronoun opens ('Protesters said they would return'), the only
    group before it in its sentence, or for a subject pronoun with none, the only group
    of the previous sentence (no preference for its subject among groups: 'Police fired
    at protesters. They ...' may be either); never past a named organisation or an
    unlisted plural subject or object ('analysts', 'new rules'), which may be meant. An
    unlisted plural after a preposition ('over rising prices') gives way to a group that
    is the subject the pronoun continues ('Protesters marched over rising prices. They
    ...'). A group inside a quotation is not what a pronoun outside it stands for
    ('"We urge the authorities ...," they said')."""
    if not mentions:
        return []
    quoted = _quoted_chars(doc.text)
    sent_of = {tok.i: n for n, s in enumerate(doc.sents) for tok in s}
    by_sent: dict[int, list[tuple[_Cand, _Entity]]] = defaultdict(list)
    for c, e in mentions:
        if not quoted[doc[c.start].idx]:
            by_sent[sent_of[c.start]].append((c, e))
    taken = {i for e in groups for c in e.cands for i in range(c.start, c.end)}
    taken |= {i for c in cands for i in range(c.start, c.end)}
    rivals: dict[int, list[Token]] = defaultdict(list)  # may be meant by 'they'
    objects: dict[int, list[Token]] = defaultdict(list)  # unlisted plurals after a preposition: less likely
    peoples = {id(c) for c, _ in mentions}
    for c in cands:  # named organisations, and people named together ('Maduro and Cabello')
        if id(c) in peoples:
            continue  # 'the Russians' is itself a group 'they' may stand for
        root = c.tokens(doc).root
        together = root.dep_ == "conj" or "conj" in {x.dep_ for x in root.children}
        if c.label in ORG_LIKE or (c.label == "PERSON" and together):
            rivals[sent_of[c.start]].append(root)
    for tok in doc:  # plural nouns outside our vocabulary: 'analysts', 'roads'
        if tok.tag_ in ("NNS", "NNPS") and tok.i not in taken and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            if _amount_of(tok, taken):
                continue  # 'thousands' of the group itself
            (objects if tok.dep_ == "pobj" else rivals)[sent_of[tok.i]].append(tok)
    out = []
    for tok in doc:
        if tok.lower_ not in PLURAL_PRONOUNS or tok.pos_ != "PRON" or quoted[tok.idx]:
            continue
        n = sent_of[tok.i]
        here = [(c, e) for c, e in by_sent[n] if c.end <= tok.i]
        near = [r for r in rivals[n] if r.i < tok.i]
        near_objects = [r for r in objects[n] if r.i < tok.i]
        target = _speaker_of_clause(tok, here) if here else None
        if target is None and here:
            ents = _distinct(here)
            if len(ents) == 1 and not near and (not near_objects or _continues_subject(doc, tok, here)):
                target = ents[0]
        elif target is None and not near and tok.dep_ in ("nsubj", "nsubjpass") and n > 0:
            ents = _distinct(by_sent[n - 1])
            prior = by_sent[n - 1]
            if len(ents) == 1 and not rivals[n - 1]:
                if not objects[n - 1] or any(_subject_like(c.tokens(doc).root) for c, _ in prior):
                    target = ents[0]
        if target is None:
            continue
        c = _Cand(tok.i, tok.i + 1, target.type, kind="pronoun")
        out.append((c, target))
        by_sent[n].append((c, target))
    return out


def _amount_of(tok: Token, taken: set[int]) -> bool:
    """'thousands' in 'thousands of protesters', 'tens' in 'tens of thousands of Sudanese'."""
    if tok.lower_ not in words()["amount_words"]:
        return False
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.i in taken or _amount_of(o, taken) for o in objs)


def _subject_like(root: Token) -> bool:
    """A clause subject, or what an amount that is one counts ('tens of thousands of Sudanese began ...')."""
    return _counted_by(root).dep_ in ("nsubj", "nsubjpass")


def _counted_by(root: Token) -> Token:
    """The amount word a phrase is counted by ('thousands' of Sudanese), else itself."""
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in words()["amount_words"]:
        root = root.head.head
    return root


def _continues_subject(doc: Doc, pron: Token, here: list[tuple[_Cand, _Entity]]) -> bool:
    """A subject pronoun whose nearest governing clause with a subject has the group as
    that subject ('Protesters marched through the streets until they were dispersed')."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return False
    roots = {_counted_by(c.tokens(doc).root).i for c, _ in here}
    verb = pron.head
    while verb.head is not verb:
        verb = verb.head
        subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.i in roots
    return False


# --- spokespeople ----------------------------------------------------------------------------


def _token_owners(entities: list[_Entity], extra: list[tuple[_Cand, _Entity]]) -> dict[int, tuple[_Cand, _Entity]]:
    """Token index → the mention covering it and its entity (names first, then the
    descriptions and pronouns already linked)."""
    at: dict[int, tuple[_Cand, _Entity]] = {}
    for ent in entities:
        for c in ent.cands:
            for i in range(c.start, c.end):
                at.setdefault(i, (c, ent))
    for c, ent in extra:
        for i in range(c.start, c.end):
            at.setdefault(i, (c, ent))
    return at


def _voices(
    doc: Doc, cands: list[_Cand], entities: list[_Entity], extra: list[tuple[_Cand, _Entity]]
) -> list[tuple[_Cand, _Entity]]:
    """An unnamed spokesperson or official stands for the body they speak for ('a State
    Department spokesperson', 'a spokesman for the Interior Ministry', 'a senior Pakistani
    official'): the description becomes a mention of that body (or country), so what they
    say or do is the body's. A later bare 'the spokesperson' is the same voice when every
    one described before by that word spoke for one body. Once a named person holds the
    role ('spokesman John Kirby'), a description may be that person: left alone; and a
    'former official' speaks for no one."""
    voices = words()["voice_nouns"]
    at = _token_owners(entities, extra)
    nations = {e.country: e for e in entities if e.type == "GPE" and e.country and e.name == country_name(e.country)}
    named_from: dict[str, int] = {}  # where a named person with the role first appears
    for e in entities:
        if e.type == "PERSON":
            for w in {w for r in e.roles for w in fold(r).split()} & voices:
                named_from[w] = min(named_from.get(w, len(doc)), min(c.start for c in e.cands))
    persons = {i for i, (_, e) in at.items() if e.type == "PERSON"}
    out: list[tuple[_Cand, _Entity]] = []
    spoken_for: dict[str, list[_Entity]] = defaultdict(list)
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in voices or tok.tag_ != "NN" or tok.i in at or tok.i > named_from.get(lemma, len(doc)):
            continue
        if tok.head.i in persons or any(t.i in persons for t in tok.subtree):
            continue  # 'spokesman John Kirby', 'a spokesperson, Ned Price,'
        if tok.dep_ in ("compound", "amod") or any(ch.lower_ in words()["stale_modifiers"] for ch in tok.lefts):
            continue  # 'official statement', 'a former official'
        lefts = [t for ch in tok.lefts if ch.dep_ in ("compound", "amod", "nmod", "poss") for t in ch.subtree]
        rights = [
            t
            for ch in tok.rights
            if ch.dep_ == "prep" and ch.lower_ in ("for", "of", "at", "with")
            for t in ch.subtree
        ]
        body = _bodies_in(doc, lefts + rights, at) if lefts or rights else None
        if body is None:
            countries = {demonym_code(t.text) for t in lefts if t.text[:1].isupper()} - {None}
            body = nations.get(countries.pop()) if len(countries) == 1 else None  # 'a senior Pakistani official'
        if body is None:
            dets = [ch.lower_ for ch in tok.children if ch.dep_ not in ("punct",)]
            if dets != ["the"] or len(_distinct([(None, e) for e in spoken_for[lemma]])) != 1:
                continue
            body = spoken_for[lemma][0]  # 'the spokesperson added'
        spoken_for[lemma].append(body)
        out.append((_Cand(tok.i, tok.i + 1, body.type, kind="nominal"), body))
    return out


# --- it, its; we, our in quotations -------------------------------------------------------

_IT = {"it", "its", "itself"}
_WE = {"we", "our", "us", "ours", "ourselves"}
_COLLECTIVE = ORG_LIKE | {"GPE"}


def _collective_pronouns(
    doc: Doc, entities: list[_Entity], extra: list[tuple[_Cand, _Entity]]
) -> list[tuple[_Cand, _Entity]]:
    """'it'/'its' → the organisation or country that is the subject of its clause or of
    the speech verb governing it ('The State Department said it had been working ...',
    'Israel mounted its invasion'); 'we'/'our' inside a direct quotation → whoever the
    quotation is attributed to, when that is an organisation, country or group, or a
    person speaking for one ('"We urge ...," the foreign ministry spokesperson said')."""
    at = _token_owners(entities, extra)
    quoted = _quoted_chars(doc.text)
    out = []
    speakers = _quotation_speakers(doc, at, entities)
    for tok in doc:
        low = tok.lower_
        if tok.pos_ != "PRON" or tok.i in at:
            continue
        target = None
        if low in _IT and not quoted[tok.idx]:
            target = _it_antecedent(tok, at)
        elif low in _WE and quoted[tok.idx] and tok.text != "US":
            target = speakers.get(_quotation_of(doc.text, tok.idx))
        if target is not None:
            out.append((_Cand(tok.i, tok.i + 1, target.type, kind="pronoun"), target))
    return out


def _it_antecedent(pron: Token, at: dict[int, tuple[_Cand, _Entity]]) -> _Entity | None:
    if pron.dep_ in ("nsubj", "nsubjpass"):
        clause = pron.head
        if clause.lemma_.lower() in ("be", "seem", "appear", "remain", "take", "make") or any(
            ch.dep_ in ("csubj", "expl") for ch in clause.children
        ):
            return None  # 'it was unclear whether ...'
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        W = words()
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in W["speech_verbs"] | W["cognition_verbs"]:
            return None
        verb = clause.head
    elif pron.dep_ == "poss" or pron.lower_ == "itself":
        noun = pron.head if pron.dep_ == "poss" else pron
        if noun.dep_ in ("nsubj", "nsubjpass"):
            clause = noun.head  # 'Israel said its forces had struck ...'
            if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in words()["speech_verbs"]:
                return None
            verb = clause.head
        else:
            verb = noun.head
            steps = 0
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and steps < 4:
                if verb.dep_ in ("nsubj", "nsubjpass"):
                    return None  # inside the subject: 'the head of its army said ...'
                verb, steps = verb.head, steps + 1
            if verb.pos_ not in ("VERB", "AUX"):
                return None
            if any(ch.dep_ in ("dobj", "dative", "attr", "oprd") and ch.i != noun.i for ch in verb.children):
                return None  # 'the Air Force tapped EADS for its tanker': the object may own it
            while not _subject_of(verb) and verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
                if verb.dep_ == "xcomp" and any(ch.dep_ in ("dobj", "dative") for ch in verb.head.children):
                    return None  # 'ordered Apple to lower its prices': the object controls
                verb = verb.head  # 'Israel vowed to continue its offensive'
    else:
        return None
    subj = _subject_of(verb)
    if subj is None or subj.tag_ in ("NNS", "NNPS") or subj.i not in at:
        return None
    if any(ch.dep_ == "conj" for ch in subj.children):
        return None  # 'Israel and Egypt said ...'
    c, ent = at[subj.i]
    if ent.type not in _COLLECTIVE or c.kind == "pronoun" or not (c.start <= subj.i < c.end):
        return None
    if c.kind == "group" and ent.type != "GPE" and _plural(subj):
        return None
    return ent


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("police", "people")


def _subject_of(verb: Token) -> Token | None:
    return next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)


def _quotation_of(text: str, idx: int) -> int:
    """The offset of the opening mark of the quotation holding character ``idx``."""
    i = idx
    while i > 0 and text[i - 1] not in "\"“" and not text.startswith("\n\n", i - 2):
        i -= 1
    return i - 1


def _quotation_speakers(
    doc: Doc, at: dict[int, tuple[_Cand, _Entity]], entities: list[_Entity]
) -> dict[int, _Entity]:
    """Opening-mark offset → the collective speaking: the subject of the speech verb right
    after the closing mark ('"...," Khan said') or right before the opening one ('The
    ministry said: "..."'), read through a spokesperson to the body they speak for."""
    text = doc.text
    quoted = _quoted_chars(text)
    speech = words()["speech_verbs"]
    starts = [t.idx for t in doc]  # token offsets, to find the words around a quotation
    out: dict[int, _Entity] = {}
    i = 0
    while i < len(text):
        if not quoted[i]:
            i += 1
            continue
        open_at = i - 1
        while i < len(text) and quoted[i]:
            i += 1
        close_at = i
        if open_at < 0 or text[open_at] not in "\"“":
            continue
        inner = text[open_at + 1 : close_at].rstrip()
        if not inner or inner[-1] not in ",.!?":
            continue  # a partial quotation inside the reporter's sentence
        verb = None
        after = doc[bisect_right(starts, close_at) : bisect_right(starts, close_at + 60)]
        if text[close_at : close_at + 1] in "\"”" and after and inner[-1] == ",":
            for t in after[:6]:
                if "\n" in t.text or t.text in "\"“":
                    break
                if t.lemma_.lower() in speech and t.pos_ == "VERB":
                    verb = t
                    break
        if verb is None:
            k = bisect_left(starts, open_at)
            before = doc[max(0, k - 2) : k]
            if before and before[-1].text in (":", ",") and len(before) == 2:
                if before[0].lemma_.lower() in speech and before[0].pos_ == "VERB":
                    verb = before[0]
        if verb is None:
            continue
        subj = _subject_of(verb)
        if subj is None:
            continue
        speaker = _speaking_for(doc, subj, at, entities)
        if speaker is not None:
            out[open_at] = speaker
    return out


def _speaking_for(
    doc: Doc, subj: Token, at: dict[int, tuple[_Cand, _Entity]], entities: list[_Entity]
) -> _Entity | None:
    if subj.i in at:
        c, ent = at[subj.i]
        if ent.type != "PERSON":
            return ent if ent.type in _COLLECTIVE or c.kind == "group" else None
        roles = [fold(r) for r in ent.roles]
        if not roles:
            return None  # a private person's 'we' may be anyone with them
        bodies = _bodies_in(doc, [t for r in ent.cands if r.role for t in _role_tokens(doc, r)], at)
        voices = set(" ".join(roles).split()) & words()["state_voice_nouns"]
        if bodies is not None and bodies.type == "GPE" and not voices:
            bodies = None  # a county's sheriff speaks for his office, not the county
        return bodies if bodies is not None else ent
    if subj.lemma_.lower() not in words()["role_nouns"] or subj.tag_ in ("NNS", "NNPS"):
        return None
    # 'the Taliban foreign ministry spokesperson'
    return _bodies_in(doc, [t for t in subj.subtree if t.i < subj.i], at)


def _role_tokens(doc: Doc, c: _Cand) -> list[Token]:
    lo = max(0, c.start - 12)
    window = doc[lo : min(len(doc), c.end + 12)]
    role = fold(c.role or "")
    return [t for t in window if fold(t.text) and fold(t.text) in role.split() and not (c.start <= t.i < c.end)]


def _located(root: Token) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ in words()["locative_prepositions"] | {"at"}


def _bodies_in(doc: Doc, toks: list[Token], at: dict[int, tuple[_Cand, _Entity]]) -> _Entity | None:
    """The one organisation named among ``toks``, else the one country (not a place the
    speaker is in: 'a U.N. spokesman in South Sudan')."""
    found = _distinct(
        [
            at[t.i]
            for t in toks
            if t.i in at
            and at[t.i][1].type in _COLLECTIVE
            and not (at[t.i][1].type == "GPE" and _located(at[t.i][0].tokens(doc).root))
        ]
    )
    orgs = [e for e in found if e.type != "GPE"]
    if len(orgs) == 1:
        return orgs[0]
    return found[0] if not orgs and len(found) == 1 else None


# --- output -------------------------------------------------------------------------------


def _emit(doc: Doc, entities: list[_Entity], extra: list[tuple[_Cand, _Entity]]) -> list[Mention]:
    text = doc.text
    for c, ent in extra:
        ent.cands.append(c)
    out = []
    numbered = [e for e in entities if any(c.kind in ("name", "acronym", "group") for c in e.cands)]
    for n, ent in enumerate(numbered, 1):
        for c in ent.cands:
            start, end = _char_span(doc, c, text)
            if start >= end:
                continue
            out.append(
                Mention(
                    start=start,
                    end=end,
                    text=text[start:end],
                    type=ent.type,  # type: ignore[arg-type]
                    entity=f"e{n}",
                    name=ent.name,
                    kind=c.kind,
                    role=c.role,
                    country=ent.country,
                    country_basis=ent.country_basis if ent.country else None,
                )
            )
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _char_span(doc: Doc, c: _Cand, text: str) -> tuple[int, int]:
    """``text`` is ``doc.text``, passed in: spaCy builds that string anew on each access."""
    if c.chars:
        return c.chars
    start = doc[c.start].idx
    end = doc[c.end - 1].idx + len(doc[c.end - 1].text)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM and not (text[end - 1] == "." and _initial_before(text, end)):
        end -= 1
    return start, end


def _initial_before(text: str, end: int) -> bool:
    """Keep the period of 'U.S.' or 'Jr.'."""
    return end >= 3 and text[end - 3] == "." or text[max(0, end - 3) : end - 1].lower() in ("jr", "sr")
