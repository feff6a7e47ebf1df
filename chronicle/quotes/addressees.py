"""To whom something was said: "told reporters", "said to lawmakers",
"in a letter to the Security Council", "called on the army to ...".

Read off the cue's own dependents only, so a name elsewhere in the sentence is
never taken for the audience; an audience is left out rather than guessed.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

# Cues whose direct object is the person spoken to ("told ABC", "warned Maduro").
_OBJECT_CUES = {"tell", "inform", "assure", "reassure", "warn", "caution", "brief", "remind", "notify",
                "urge", "ask", "advise", "address", "promise", "thank", "implore", "beg"}
# Prepositions that introduce the audience of a cue or of a message noun.
_AUDIENCE_PREPS = {"to", "before"}
_CALL_PREPS = {"on", "upon"}  # "called on the military to ..."
# Nouns carrying a message, whose "to" phrase names the audience: "in a letter to Congress".
_MESSAGE_NOUNS = {"letter", "message", "speech", "address", "remarks", "statement", "note", "appeal",
                  "tweet", "post", "video", "broadcast", "interview", "email", "call"}
_OBJECT_DEPS = {"dobj", "dative"}
_MAX_TOKENS = 10


def addressee(cue: Token, quoted: set[int]) -> Span | None:
    """The words naming the audience of ``cue``, or None."""
    if cue.lower_ == "according":
        return None
    for child in cue.children:
        if child.i in quoted:
            continue
        if child.dep_ in _OBJECT_DEPS and cue.lemma_ in _OBJECT_CUES and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return _phrase(child, quoted)
        if child.dep_ == "prep" and (child.lower_ in _AUDIENCE_PREPS
                                      or (cue.lemma_ == "call" and child.lower_ in _CALL_PREPS)):
            found = _object_of(child, quoted)
            if found is not None:
                return found
    for child in cue.children:  # "said in a letter to ...", "told VOA in remarks to ..."
        if child.dep_ != "prep":
            continue
        for noun in child.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _MESSAGE_NOUNS:
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ in _AUDIENCE_PREPS:
                        found = _object_of(prep, quoted)
                        if found is not None:
                            return found
    return None


def _object_of(prep: Token, quoted: set[int]) -> Span | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.i not in quoted), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return _phrase(obj, quoted)


def _phrase(head: Token, quoted: set[int]) -> Span | None:
    """The head with its left modifiers and an "of" phrase ("members of Congress"),
    not relative clauses or what it is told to do."""
    right = head.i
    for child in head.children:
        if child.i > head.i and child.dep_ in ("compound", "flat", "prep") and (child.dep_ != "prep" or child.lower_ == "of"):
            right = max(right, child.right_edge.i)
        elif child.i > head.i:
            break
    left = min((t.i for t in head.lefts if t.i not in quoted), default=head.i)
    left = min(left, head.left_edge.i) if head.left_edge.i not in quoted else left
    if any(i in quoted for i in range(left, right + 1)) or right - left + 1 > _MAX_TOKENS:
        left, right = head.i, head.i
    span = head.doc[left : right + 1]
    while len(span) > 1 and span[0].dep_ in ("punct", "cc"):
        span = span[1:]
    return span if len(span) else None
