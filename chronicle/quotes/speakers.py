"""Who a cue word belongs to, and which actor that is.

The speaker is read off the dependency parse: the subject of the cue verb,
climbing through participles ("..., claiming that") and relative clauses
("an official who said"), or the owner of a speech noun ("Guaidó's message").
A pronoun is resolved to the nearest earlier person who was a clause subject
or the previous quotation's speaker, the way a reader follows "he added", and
agreeing in sex with what the actors stage knows of them; a definite
description ("the Pakistani envoy") to the person who has just spoken.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..records import Mention
from . import lexicon
from .lexicon import Lexicon

# Heads whose dependents never belong to the name of a speaker.
_CUT_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "cc", "conj", "parataxis"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "parataxis"}
_NAME_PARTS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "flat"}
_PRONOUN_CLASS = {p: "person" for p in ("he", "she", "him", "her", "his")}
_PRONOUN_CLASS.update({p: "plural" for p in ("they", "them", "their")})
_PRONOUN_CLASS.update({"it": "body", "its": "body"})
_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_FIRST_PERSON = {"i", "me", "we", "us", "you"}
_BODIES = {"ORG", "GPE", "NORP", "MILITARY", "MEDIA", "GROUP"}
_RELATIVE_TAGS = {"WP", "WDT"}
_CLIMB_DEPS = {"advcl", "xcomp", "conj", "pcomp", "ccomp", "prep", "pobj", "dobj", "npadvmod"}
_MAX_NAME_TOKENS = 14
# How far back (characters) a pronoun may look for the person it stands for.
_ANTECEDENT_REACH = 1500
# How far back a description ("the defense secretary") may look for the person last named.
_DESCRIPTION_REACH = 600


def speaker_head(cue: Token, lex: Lexicon) -> tuple[Token | None, list[Token]]:
    """The token naming who spoke through ``cue``, and the words passed on the way
    (the places to look for a channel)."""
    chain: list[Token] = []
    t = cue
    for _ in range(6):
        chain.append(t)
        if t.lower_ == "according":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            return obj, chain
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lex.nouns:
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if owner is not None:
                return _cataphor(owner, t) or owner, chain
            if t.dep_ in ("dobj", "pobj", "attr", "appos") or t.head.dep_ == "prep":
                t = t.head if t.dep_ != "pobj" else t.head.head
                continue
            return None, chain
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if subject is not None:
            if subject.tag_ in _RELATIVE_TAGS and t.dep_ == "relcl":
                if t.head.pos_ == "NOUN" and t.head.lemma_.lower() in lex.nouns:
                    t = t.head
                    continue
                return _relative_antecedent(subject, t.head), chain
            return subject, chain
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if t.head.lemma_.lower() in lex.nouns:  # "issued a statement saying ..."
                t = t.head
                continue
            return t.head, chain
        if t.dep_ in _CLIMB_DEPS and t.head.i != t.i:
            t = t.head
            continue
        return None, chain
    return None, chain


def _cataphor(pronoun: Token, noun: Token) -> Token | None:
    """"Having blustered in his ABC interview that ..., Pompeo appeared": a
    possessive inside a subjectless participle clause means that clause's
    governing subject."""
    if _PRONOUN_CLASS.get(pronoun.lower_) != "person":
        return None
    t = noun
    for _ in range(6):
        if t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and not any(c.dep_.startswith("nsubj") for c in t.children):
            subject = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i > t.i), None)
            return subject if subject is not None and subject.pos_ == "PROPN" else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _relative_antecedent(pronoun: Token, noun: Token) -> Token:
    """"an official familiar with the talks who said": the parser often hangs the
    clause on the nearest noun; "who" wants a person, so climb out of a
    prepositional object that names no person."""
    t = noun
    if pronoun.lower_ == "who":
        while t.dep_ == "pobj" and t.ent_type_ not in ("PERSON", "NORP", "ORG"):
            up = t.head.head
            while up.dep_ in ("amod", "acl") and up.head.i != up.i:
                up = up.head
            if up.pos_ not in ("NOUN", "PROPN"):
                break
            t = up
    return t


def name_span(head: Token, quoted: set[int]) -> Span:
    """The words that name the speaker: the noun phrase of ``head`` without
    relative clauses, trailing punctuation or quoted words."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    for t in head.subtree:
        # a name takes no prepositional phrase but "of": "Trump, in a taped interview, said"
        by_name = head.pos_ == "PROPN" and t.dep_ == "prep" and t.lower_ != "of"
        if t.i != head.i and (t.dep_ in _CLAUSE_DEPS or (t.head.i == head.i and (t.dep_ in _CUT_DEPS or by_name))):
            if t.i > head.i:
                right = min(right, t.left_edge.i - 1)
            else:
                left = max(left, t.right_edge.i + 1)
    for i in range(head.i, right + 1):
        if i in quoted:
            right = i - 1
            break
    for i in range(head.i, left - 1, -1):
        if i in quoted:
            left = i + 1
            break
    if right - left + 1 > _MAX_NAME_TOKENS:
        parts = [c for c in head.lefts if c.dep_ in _NAME_PARTS]
        left, right = (parts[0].left_edge.i if parts else head.i), head.i
    while right > head.i and (doc[right].is_punct or doc[right].dep_ in ("cc", "case")):
        right -= 1
    while left < head.i and doc[left].is_punct:
        left += 1
    return doc[left : right + 1]


@dataclass(slots=True)
class Speaker:
    entity: str | None
    span: Span  # the words naming the speaker


class Resolver:
    """Maps speaker tokens to actors: the actors stage's mentions when there are
    any, otherwise spaCy's own entities, for names only."""

    def __init__(self, doc: Doc, mentions, quoted: set[int]):
        self.doc = doc
        self.quoted = quoted
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        # earlier attributions: (position, pronoun class, speaker, between quotation marks?)
        self.speakers: list[tuple[int, str | None, Speaker, bool]] = []
        self._subjects = [(t.idx, self._class(t), t) for t in doc if self._is_subject(t)]
        # entity -> the sexes of the pronouns the actors stage linked to it
        self.sexes: dict[str | None, set[str]] = {}
        for m in self.mentions:
            if m.kind == "pronoun" and m.text.lower() in _SEX:
                self.sexes.setdefault(m.entity, set()).add(_SEX[m.text.lower()])

    def mention_at(self, token: Token) -> Mention | None:
        i = bisect_left(self._starts, token.idx + 1) - 1
        while i >= 0 and self.mentions[i].start > token.idx - 200:
            m = self.mentions[i]
            if m.start <= token.idx < m.end:
                return m
            i -= 1
        return None

    def _type(self, token: Token) -> str | None:
        m = self.mention_at(token)
        if m is not None:
            return m.type
        return token.ent_type_ or None

    def _is_subject(self, t: Token) -> bool:
        """Subjects and agents ("made by Maduro"): what a later pronoun may stand for."""
        if t.i in self.quoted or t.pos_ == "PRON":
            return False
        return t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent")

    def _class(self, head: Token) -> str | None:
        """Which pronouns may refer back to the phrase headed by ``head``."""
        if head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children):
            return "plural"
        kind = self._type(head)
        if kind == "PERSON" or self._person_in(name_span(head, self.quoted), head) is not None:
            return "person"
        if kind in _BODIES:
            return "body"
        if kind is None and head.pos_ == "PROPN" and head.text[:1].isupper():
            return "person"  # a name the tagger left untyped is most often a person's
        if head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.load().person_nouns:
            return "person"
        return None

    def _person_in(self, span: Span, head: Token) -> Token | None:
        """The person a speaker's phrase names: the head, a name in apposition
        ("Trump's acting defense secretary, Patrick Shanahan"), or a name closing
        a bare descriptor ("leader of the Voluntad Popular party Leopoldo Lopez";
        not "the presence of López")."""
        if self._type(head) == "PERSON":
            return head
        if not len(span):
            return None  # the head is a quoted word: no name around it
        first = span[0]
        owned = any(c.left_edge.i <= first.i <= c.right_edge.i for c in head.children if c.dep_ == "poss")
        if self._type(first) == "PERSON" and first.pos_ == "PROPN" and not owned:  # "Al-Sharaa — leader of ..."
            return first
        for t in head.subtree:
            if t.i in self.quoted:  # a title in apposition: the book, "Siyasi Jaj"
                continue
            if self._type(t) == "PERSON" and (t.i in range(span.start, span.end) or t.dep_ == "appos"):
                node = t
                while node.i != head.i and node.dep_ in ("appos", "compound", "flat", "conj"):
                    node = node.head
                if node.i == head.i:
                    return t
        last = span[-1]
        if self._type(last) == "PERSON" and span[0].dep_ != "det" and span[0].pos_ != "PRON":
            return last
        return None

    def remember(self, position: int, speaker: Speaker, quotation: bool) -> None:
        self.speakers.append((position, self._class(speaker.span.root), speaker, quotation))

    def resolve(self, head: Token, carries_on: bool = False) -> Speaker:
        """``carries_on``: the cue continues an earlier quotation ("he added"),
        so a pronoun most likely means the previous quotation's speaker."""
        m = self.mention_at(head)
        if head.pos_ == "PRON" and head.lower_ in _PRONOUN_CLASS:
            # Quotation chains ("he added") are better evidence than general
            # coreference, so the actors stage's link is the fallback here.
            since, mine = self._antecedent(head, carries_on)
            if m is not None and m.kind == "pronoun" and m.entity != mine.entity:
                named = self._naming_mention(m, head)
                # the actors stage's person, unless ours was found later in the text
                if mine.entity is None or (since is not None and named is not None and named.start_char > since):
                    return Speaker(m.entity, named or self.doc[head.i : head.i + 1])
            return mine
        if head.pos_ == "PRON" and head.lower_ in _FIRST_PERSON:
            return Speaker(None, self.doc[head.i : head.i + 1])
        if head.lemma_.lower() in lexicon.load().nouns:
            source = self._source_of(head)
            if source is not None:
                head, m = source, self.mention_at(source)
        span = name_span(head, self.quoted)
        person = self._person_in(span, head) if m is None else None
        if person is not None:
            m = self.mention_at(person)
            if not span.start <= person.i < span.end:  # the name was cut from a long phrase
                span = name_span(person, self.quoted)
        named = person if person is not None else head
        entity = m.entity if m is not None else self._by_name(self.doc[named.i : named.i + 1])
        if entity is None and person is None:
            entity = self._described(head, span)
        return Speaker(entity, span)

    def _described(self, head: Token, span: Span) -> str | None:
        """"“...,” the Pakistani envoy said" right after Munir Akram spoke: a
        definite description of one person stands for the person who spoke
        last, when the words naming that speaker are also the last person's
        name, not long before, and no place in the description says otherwise.
        ("A spokesman" is someone new.)"""
        if head.tag_ != "NN" or head.lemma_.lower() not in lexicon.load().person_nouns:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        spoke = [spk for pos, cls, spk, _ in self.speakers if cls == "person" and pos < head.idx]
        named = [m for m in self.mentions if m.type == "PERSON" and m.kind == "name" and m.end <= span.start_char]
        if not spoke or not named:
            return None
        last, words = named[-1], spoke[-1].span
        if not (words.start_char <= last.start < words.end_char and spoke[-1].entity == last.entity):
            return None  # someone was named since, if only in passing ("Trump's statement")
        if span.start_char - last.end > _DESCRIPTION_REACH:
            return None
        places = {m.country for m in self.mentions if span.start_char <= m.start < span.end_char and m.country}
        if last.country and places - {last.country}:
            return None
        return last.entity

    def _source_of(self, noun: Token) -> Token | None:
        """The name a speech noun comes from: "the NISA statement", "A Journal
        editorial", "the G7 joint statement", "a statement from the ISPR", "a
        statement posted by the agency"."""
        for c in noun.children:
            if c.dep_ in ("compound", "poss", "nmod") and (c.pos_ == "PROPN" or self.mention_at(c) is not None):
                return c
        for c in noun.children:
            by = c if c.dep_ == "prep" and c.lower_ in ("from", "by") else None
            if c.dep_ == "acl" and c.tag_ == "VBN":  # "posted by", "issued by"
                by = next((a for a in c.children if a.dep_ == "agent"), None)
            obj = next((o for o in by.children if o.dep_ == "pobj"), None) if by is not None else None
            if obj is not None and obj.pos_ == "PROPN":
                return obj
        return None

    def _by_name(self, span: Span) -> str | None:
        """The entity whose fullest name holds the speaker's name ("Pifer" ->
        "Steven Pifer") when no mention covers these very words."""
        words = {t.text for t in span if t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()}
        if not words:
            return None
        found = {m.entity for m in self.mentions
                 if m.kind in ("name", "acronym") and (words <= set(m.name.split()) or words <= set(m.text.split()))}
        return found.pop() if len(found) == 1 else None

    def _naming_mention(self, m: Mention, before: Token) -> Span | None:
        """The latest earlier mention of the same actor that is not a pronoun."""
        for other in reversed(self.mentions):
            if other.entity == m.entity and other.kind != "pronoun" and other.end <= before.idx:
                return self.doc.char_span(other.start, other.end, alignment_mode="expand")
        return None

    def _antecedent(self, pronoun: Token, carries_on: bool) -> tuple[int | None, Speaker]:
        """The nearest earlier subject or quotation speaker the pronoun can stand
        for; failing that, the one person named in the sentence before. A
        person the actors stage knows as "she" is not what "he" stands for.
        Also where it was found: None for the previous quotation's speaker
        that a "he added" chain points to."""
        wanted = _PRONOUN_CLASS[pronoun.lower_]
        reach = pronoun.idx - _ANTECEDENT_REACH
        sex = _SEX.get(pronoun.lower_)

        def fits(spk: Speaker) -> bool:
            known = self.sexes.get(spk.entity, set())
            return sex is None or len(known) != 1 or sex in known

        if carries_on:
            earlier = [spk for pos, cls, spk, quotation in self.speakers
                       if quotation and reach <= pos < pronoun.idx and (cls == "plural") == (wanted == "plural")]
            if earlier and fits(earlier[-1]):
                return None, earlier[-1]
        quoted = [(pos, spk) for pos, cls, spk, _ in self.speakers
                  if cls == wanted and reach <= pos < pronoun.idx and fits(spk)]
        subjects = [(pos, token) for pos, cls, token in self._subjects if cls == wanted and reach <= pos < pronoun.idx]
        best = None
        for pos, token in reversed(subjects):
            if quoted and quoted[-1][0] > pos:
                break
            speaker = self.resolve(token)
            if fits(speaker):
                best = (pos, speaker)
                break
        if quoted and (best is None or quoted[-1][0] > best[0]):
            best = quoted[-1]
        if wanted == "person":
            sent = pronoun.sent
            if sent.start > 0:
                previous = self.doc[sent.start - 1].sent
                people = {e.root.i: e for e in previous.ents if e.label_ == "PERSON" and e.root.dep_ != "poss"}
                if len(people) == 1 and (best is None or best[0] < previous.start_char):
                    (ent,) = people.values()
                    m = self.mention_at(ent.root)
                    if m is not None:  # the actors stage may have mended the name's bounds
                        ent = self.doc.char_span(m.start, m.end, alignment_mode="expand") or ent
                    speaker = Speaker(m.entity if m is not None else self._by_name(ent), ent)
                    if fits(speaker):
                        best = (ent.start_char, speaker)
        if best is None:
            return None, Speaker(None, self.doc[pronoun.i : pronoun.i + 1])
        return best
