"""Stage ``quotes``: who said what, through which channel.

Three kinds of record:

* ``direct``: a quotation between marks that a speech cue attributes, by
  syntax ("..., X said", "X told ABC: ...") or by position (a quotation that
  carries on after "Pompeo said." belongs to Pompeo);
* ``partial``: a few quoted words inside a reported sentence, kept only when
  the parse puts them inside what a speech word reports, so that scare quotes
  and titles ("interim president", ABC's "This Week") are left out;
* ``indirect``: the complement clause of a speech verb ("X said that ...",
  "according to X, ...").

A quotation no cue attributes is not reported: a wrong speaker is worse than none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp.clauses import concessive, joined_to, second_act
from ..records import Analysis, Mention, Quote
from . import lexicon
from .addressees import addressee
from .marks import Quoted, paragraphs, quoted_spans
from .speakers import Resolver, Speaker, speaker_head

__all__ = ["annotate", "find_quotes"]

# How quoted words may hang off a cue and still be what it reports.
_NOT_CONTENT = {"nsubj", "nsubjpass", "csubj", "mark", "punct", "cc", "det", "aux", "auxpass", "neg",
                "poss", "case", "expl", "advmod", "amod", "compound", "advcl", "relcl", "conj"}
_NOUN_CONTENT = {"appos", "acl", "ccomp", "attr"}
# Dependents of a cue where the medium or outlet is named ("in a tweet", "told ABC").
_CHANNEL_DEPS = {"prep", "dobj", "dative", "pobj", "npadvmod", "agent", "compound", "poss", "nmod"}
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]*]*(?=\s+[^\sa-z])")
# A full stop after these is not a sentence end: initials ("C. Raja Mohan"), titles.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Sen|Rep|Gov|St|Jr|Sr|No|vs))\.$"
)
_MAX_GAP_TOKENS = 12  # between a quotation and an adjacent cue: '," said the US secretary of state ...'
_MIN_CLAUSE_TOKENS = 4
_SUBJECTLESS = {"this", "that", "one", "which", "who", "there", "these", "those", "what"}
_CARRY_ON = {"add", "continue"}
_OPENERS = {"but", "and", "still", "yet", "so", "however", "instead", "meanwhile"}


@dataclass(slots=True)
class _Piece:
    """A quoted stretch and what the stage learned about it."""

    q: Quoted
    span: Span
    before: tuple[int, int]  # its sentence's text before the opening mark
    after: tuple[int, int]  # and after the closing mark
    embedded: bool
    kind: str = "direct"
    cue: Token | None = None
    head: Token | None = None
    chain: list[Token] = field(default_factory=list)
    inherited: _Piece | None = None
    speaker: Speaker | None = None
    channel: str | None = None
    audience: Span | None = None


def _subjectless(head: Token) -> bool:
    """A subject that names nobody: "this", "there"; but "One of the authors"."""
    return head.lower_ in _SUBJECTLESS and not any(c.dep_ in ("prep", "appos") for c in head.children)


def annotate(analysis: Analysis) -> None:
    analysis.quotes.extend(find_quotes(analysis.doc, analysis.mentions))


def find_quotes(doc: Doc, mentions: list[Mention] | tuple = ()) -> list[Quote]:
    """Direct, partial and indirect quotations in ``doc``, in text order.

    ``mentions`` are the actors stage's records; without them speakers are
    still named (``speaker_text``) but carry no entity key."""
    return _Finder(doc, mentions).run()


def _own_end(comp: Token) -> int:
    """Where a content clause ends: before a conjunct the parser hangs in it that cannot
    be part of it ("announced that it would not allow the envoy to return and suspended
    relations", "said the country is in crisis and criticized the government": a past
    form cannot share "would" or a present tense), which is the speaker's own second act
    (``clauses.second_act``), not more of what was said; or before a concession that
    closes it, a fact the writer sets against what was said. The events stage draws the
    same line (``clauses``), so a quote holds what the events stage reads as said."""
    inside = {t.i for t in comp.subtree}
    end = comp.right_edge.i + 1
    for t in comp.subtree:
        if t.i == comp.i or t.pos_ not in ("VERB", "AUX"):
            continue
        if t.dep_ == "conj" and (joined_to(t)[1] is None or joined_to(t)[1].i not in inside) \
                and second_act(t, comp):
            end = min(end, t.left_edge.i)
        elif concessive(t) and t.left_edge.i > t.head.i:
            end = min(end, t.left_edge.i)  # "..., although the two spoke by phone last year": the writer's
    doc = comp.doc
    while end > comp.left_edge.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
        end -= 1
    return end


class _Finder:
    def __init__(self, doc: Doc, mentions):
        self.doc, self.text, self.lex = doc, doc.text, lexicon.load()
        self.paragraphs = paragraphs(self.text)
        spans = []
        self.quoted: set[int] = set()
        for q in quoted_spans(self.text):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append((q, span))
                self.quoted.update(range(span.start, span.end))
        self.breaks = self._breaks([q for q, _ in spans])
        self.pieces = []
        for q, span in spans:
            before, after = self._window(q)
            self.pieces.append(_Piece(q, span, before, after, self._embedded(before)))
        self.resolver = Resolver(doc, mentions, self.quoted)

    # -- sentence windows that ignore punctuation inside quotations -------------

    def _breaks(self, quoted: list[Quoted]) -> list[int]:
        masked = list(self.text)
        for q in quoted:
            masked[q.start : q.end] = "x" * (q.end - q.start)
            if self.text[q.end - 1 : q.end] == ".":  # “... over.” ends its sentence
                masked[q.end - 1] = "."
        masked = "".join(masked)
        edges = {m.end() for m in _SENTENCE_END.finditer(masked) if not _ABBREVIATION.search(masked, 0, m.start() + 1)}
        for start, _ in self.paragraphs[1:]:
            # a line broken mid-sentence by scraping is not a paragraph break
            prev = self.text[:start].rstrip()[-1:]
            if not (prev.isalpha() or prev == ",") or not self.text[start].islower():
                edges.add(start)
        return sorted(edges)

    def _window(self, q: Quoted) -> tuple[tuple[int, int], tuple[int, int]]:
        open_mark = q.start - 1 if q.opened else q.start
        close_mark = q.end + 1 if q.closed else q.end
        start = max((b for b in self.breaks if b <= open_mark), default=0)
        end = min((b for b in self.breaks if b >= close_mark), default=len(self.text))
        return (start, max(start, open_mark)), (close_mark, end)

    def _lead(self, before: tuple[int, int]) -> str:
        """The writer's words before the opening mark, less a sentence opener
        ("But “...”")."""
        lead = self.text[before[0] : before[1]].strip()
        return "" if lead.lower().rstrip(",") in _OPENERS else lead

    def _embedded(self, before: tuple[int, int]) -> bool:
        """Quoted words that continue a sentence rather than stand as what was
        said: anything but a comma, colon or dash right before the mark."""
        lead = self._lead(before)
        return bool(lead) and lead[-1] not in ",:—–-"

    def _closed_off(self, p: _Piece) -> bool:
        """The quotation ends its clause: punctuation, the end of the sentence or
        the attribution follows the closing mark, not more of the writer's words."""
        rest = self.text[p.after[0] : p.after[1]].lstrip()
        if not rest or not rest[0].isalnum():
            return True
        return p.cue is not None and p.cue.idx >= p.q.end and self._adjacent(p, p.cue)

    # -- cues --------------------------------------------------------------------

    def _tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return [t for t in span if t.i not in self.quoted] if span is not None else []

    def _is_cue(self, t: Token) -> bool:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in self.lex.verbs:
            if any(c.dep_ == "neg" for c in t.children):  # "does not comment"
                return False
            # "Asked about ...": a bare past participle is what others said to them
            return not (t.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in t.children))
        if t.pos_ in ("NOUN", "PROPN") and lemma in self.lex.nouns:
            return True
        return t.lower_ == "according" and any(c.lower_ == "to" for c in t.children)

    @staticmethod
    def _is_noun(t: Token) -> bool:
        return t.pos_ in ("NOUN", "PROPN")

    def _title(self, p: _Piece) -> bool:
        """Names and scare quotes: words a marker word or a possessive introduces,
        and short capitalised phrases."""
        lead = self.text[p.before[0] : p.before[1]].rstrip().lower()
        lead = re.sub(r"\b(a|an|the)$", "", lead).rstrip()
        capitalised = p.span.text[:1].isupper()
        markers = self.lex.title_markers + (self.lex.title_nouns if capitalised else ())
        for marker in markers:
            if lead.endswith(marker) and (len(lead) == len(marker) or not lead[-len(marker) - 1].isalpha()):
                return True
        if capitalised and lead.endswith(("’s", "'s")):  # ABC's “This Week”
            return True
        words = [w for w in re.findall(r"[^\W\d_]+", p.span.text) if len(w) > 3]
        return 0 < len(words) <= 5 and all(w[0].isupper() for w in words) and len(p.span) <= 6

    def _content_link(self, p: _Piece, cue: Token) -> int | None:
        """How many arcs up the parse the quoted words are what ``cue`` reports
        (1: they are its complement), or None when they are not."""
        allowed = (lambda dep: dep in _NOUN_CONTENT) if self._is_noun(cue) else (lambda dep: dep not in _NOT_CONTENT)
        best = None
        for t in p.span:
            if t.is_punct or (p.span.start <= t.head.i < p.span.end and t.head.i != t.i):
                continue
            node = t
            for depth in range(1, 13):
                if node.head.i == cue.i and node.i != cue.i:
                    if allowed(node.dep_):
                        best = min(best or depth, depth)
                    break
                # "Such a meeting, he insisted, would show Trump that “...”"
                if cue.head.i == node.head.i and cue.dep_ == "parataxis" and not self._is_noun(cue):
                    best = min(best or depth + 1, depth + 1)
                    break
                if node.head.i == node.i:
                    break
                node = node.head
        # the parser sometimes hangs the cue off the quotation: “...,” he said
        hangs = cue.dep_ in ("parataxis", "ccomp", "advcl", "conj")
        if best is None and hangs and p.span.start <= cue.head.i < p.span.end:
            best = 1
        return best

    def _adjacent(self, p: _Piece, cue: Token) -> bool:
        """“...,” X said / X said, “...” / X told ABC: “...”: only a speaker or an
        addressee between the cue and the mark."""
        if cue.idx >= p.q.end:
            between = self._tokens(p.after[0], cue.idx)
        else:
            between = self._tokens(cue.idx + len(cue), p.before[1])
            lead = self.text[p.before[0] : p.before[1]].rstrip()
            if not lead.endswith((",", ":", "—", "–")):
                return False
            between = [t for t in between if t.idx < p.before[0] + len(lead) - 1]
        if len(between) > _MAX_GAP_TOKENS:
            return False
        verbs = ("VERB", "AUX") if cue.idx >= p.q.end else ("VERB",)  # X's message was clear: “...”
        return not any(t.pos_ in verbs and t.i != cue.i for t in between)

    def _attribute(self, p: _Piece) -> None:
        before = p.before
        if not self.text[before[0] : before[1]].strip() and self.text[: before[0]].rstrip().endswith(":"):
            # a quotation that opens a paragraph after "... threats against Cuba:"
            colon = len(self.text[: before[0]].rstrip())
            start = max((b for b in self.breaks if b < colon), default=0)
            p.before = before = (start, colon)
            p.embedded = False
        tokens = self._tokens(before[0], before[1]) + self._tokens(p.after[0], p.after[1])
        cues = sorted((t for t in tokens if self._is_cue(t)),
                      key=lambda t: (self._is_noun(t), min(abs(t.idx - p.q.start), abs(t.idx - p.q.end))))
        depth = {c.i: self._content_link(p, c) for c in cues}
        links = sorted((c for c in cues if depth[c.i] is not None), key=lambda c: (self._is_noun(c), depth[c.i]))
        if not p.embedded:
            links += [c for c in cues if c not in links and self._adjacent(p, c)]
        for cue in links:
            head, chain = speaker_head(cue, self.lex)
            if (head is None or head.i in self.quoted) and cue.idx >= p.q.end:
                head = self._named_between(p, cue)
            if head is not None and head.i not in self.quoted and not _subjectless(head):
                p.cue, p.head, p.chain = cue, head, chain
                return
        if not p.embedded and self.text[before[0] : before[1]].rstrip().endswith(":"):
            self._colon(p)

    def _named_between(self, p: _Piece, cue: Token) -> Token | None:
        """“...,” Representative Derrick Van Orden, told VOA: when the parse gives
        the cue no subject, the noun phrase between the quotation and the cue."""
        nominal = [t for t in self._tokens(p.after[0], cue.idx) if t.pos_ in ("PROPN", "NOUN")]
        return min(nominal, key=lambda t: len(list(t.ancestors)), default=None)

    def _colon(self, p: _Piece) -> None:
        """A quotation set off by a colon after a clause: the clause's subject speaks."""
        roots = [t for t in self._tokens(p.before[0], p.before[1]) if t.dep_ == "ROOT"]
        if not roots:
            return
        subject = next((c for c in roots[-1].children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they")):
            p.cue, p.head, p.chain = roots[-1], subject, [roots[-1]]

    def _continues(self, p: _Piece, prev: _Piece) -> bool:
        """A quotation that opens a sentence right after the sentence that
        attributed the previous one carries on in the same voice, also when it opens
        the next paragraph (a wire's '"...," the commander said.' then '"We also ..."')."""
        if p.embedded or self._lead(p.before):
            return False
        return not self.text[prev.after[1]:p.before[0]].strip() or prev.q.group == p.q.group

    def _joined(self, p: _Piece, prev: _Piece) -> bool:
        """“...,” said Khoshbo, but “...”: a second quotation joined to the first
        one's attribution in the same sentence."""
        if prev.before[0] != p.before[0] or prev.cue is None or not prev.cue.idx < p.q.start:
            return False
        between = self.text[prev.q.end : p.q.start].rstrip(" “\"«")
        return between.endswith((", and", ", but", " and", " but"))

    def _kind(self, p: _Piece) -> str:
        """Direct when the quoted words stand as a whole utterance: set off from
        the writer's sentence, or a complete clause that ends it."""
        clause = len(p.span) >= _MIN_CLAUSE_TOKENS and self._starts_clause(p.span)
        closed = self._closed_off(p) or self.text[p.q.end - 1] in ",.!?…"
        if not p.embedded:
            return "direct" if closed or clause else "partial"
        return "direct" if closed and clause else "partial"

    @staticmethod
    def _starts_clause(span: Span) -> bool:
        """The quoted words carry their own subject ("it doesn't mean ..."), not
        just the rest of the writer's clause ("has had a chilling effect ...")."""
        outer = [t for t in span if not t.is_punct and not (span.start <= t.head.i < span.end and t.head.i != t.i)]
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and span.start <= c.i < span.end
                   for t in outer for c in t.children)

    def _previous_report(self, p: _Piece) -> None:
        """A quotation standing alone after a sentence that reports someone's
        words ("X told VOA that ...") is that someone's."""
        if p.embedded or self._lead(p.before):
            return
        # the sentence before it, also across a paragraph break (no words between the breaks)
        start = max((b for b in self.breaks if b < p.before[0] and self.text[b:p.before[0]].strip()), default=0)
        cues = [t for t in self._tokens(start, p.before[0]) if self._is_cue(t) and not self._is_noun(t)]
        cues.sort(key=lambda t: len(list(t.ancestors)))
        for cue in cues:
            head, chain = speaker_head(cue, self.lex)
            if head is not None and head.i not in self.quoted and not _subjectless(head):
                p.cue, p.head, p.chain = cue, head, chain
                return

    def _channel(self, chain: list[Token], skip: set[int], within: tuple[int, int]) -> str | None:
        """A news outlet, else a medium, named where the cue and its speaker are."""
        words: list[Token] = []
        for t in chain:
            words.append(t)
            for child in t.children:
                if child.dep_ in _CHANNEL_DEPS or (child.dep_ == "advcl" and self._is_cue(child)):
                    words.extend(child.subtree)
        words = sorted({w.i: w for w in words if w.i not in skip and within[0] <= w.idx < within[1]}.values(),
                       key=lambda w: w.i)
        for table, key in ((self.lex.outlets, str), (self.lex.media, str.lower)):
            for size in (3, 2, 1):
                for i in range(len(words) - size + 1):
                    gram = words[i : i + size]
                    if gram[-1].i - gram[0].i != size - 1:
                        continue
                    surface = key(self.doc[gram[0].i : gram[-1].i + 1].text)
                    if surface in table:
                        return table[surface]
        return None

    # -- indirect speech -----------------------------------------------------------

    def _paragraph(self, i: int) -> tuple[int, int]:
        return next(((s, e) for s, e in self.paragraphs if s <= i < e), (0, len(self.text)))

    def _reported(self, t: Token) -> Span | None:
        """What a speech verb outside quotation marks reports, if it reports a clause."""
        doc = self.doc
        if t.lower_ == "according":
            clause = t.head
            own = (t.left_edge.i, t.right_edge.i)
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            if subject is None:
                return None
            if own[0] <= clause.left_edge.i + 1:  # "According to X, ..."
                return doc[max(subject.left_edge.i, own[1] + 1) : clause.right_edge.i + 1]
            return doc[clause.left_edge.i : own[0]]
        if t.pos_ != "VERB":
            return None
        comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            return doc[comp.left_edge.i : _own_end(comp)]
        if t.dep_ == "parataxis" and t.i > t.head.i:  # "The talks failed, he said."
            return doc[t.head.left_edge.i : t.left_edge.i]
        return None

    def _indirect(self, direct: list[_Piece]) -> list[tuple[Token, Token, Span, list[Token]]]:
        """(cue, speaker head, content, chain) for reported speech outside marks."""
        out = []
        for t in self.doc:
            if t.i in self.quoted or not self._is_cue(t):
                continue
            content = self._reported(t)
            if content is None:
                continue
            while len(content) and (content[0].dep_ == "mark" or content[0].is_punct):
                content = content[1:]
            while len(content) and content[-1].is_punct:
                content = content[:-1]
            para = self._paragraph(t.idx)
            if len(content) < 3 or not (para[0] <= content.start_char and content.end_char <= para[1]):
                continue
            if not any(w.pos_ in ("VERB", "AUX") for w in content):
                continue
            if any(p.span.start < content.end and content.start < p.span.end for p in direct):
                continue
            if any(p.span.start <= content.start and content.end <= p.span.end for p in self.pieces):
                continue
            head, chain = speaker_head(t, self.lex)
            if head is None or head.i in self.quoted or _subjectless(head) or head.lower_ in ("i", "we"):
                continue
            out.append((t, head, self._whole_marks(content), chain))
        return out

    def _whole_marks(self, content: Span) -> Span:
        """Reported words that begin or end inside quotation marks take in the
        marks, so that no record cuts a quotation in two."""
        start, end = content.start_char, content.end_char
        for p in self.pieces:
            if p.q.start <= start < p.q.end:
                start = p.q.start - 1 if p.q.opened else p.q.start
            if p.q.start < end <= p.q.end:
                end = p.q.end + 1 if p.q.closed else p.q.end
        return self.doc.char_span(start, end, alignment_mode="expand") or content

    # -- assembly --------------------------------------------------------------------

    def run(self) -> list[Quote]:
        prev: _Piece | None = None
        for p in self.pieces:
            if self._title(p):
                continue
            self._attribute(p)
            if p.cue is None and prev is not None and (self._continues(p, prev) or self._joined(p, prev)):
                p.inherited = prev
            if p.cue is None and p.inherited is None:
                self._previous_report(p)
            if p.cue is not None or p.inherited is not None:
                prev = p
        for p in self.pieces:  # one piece of a multi-paragraph quotation speaks for all
            if p.cue is None and p.inherited is None:
                p.inherited = next((o for o in self.pieces if o.q.group == p.q.group and o.cue is not None), None)
        attributed = [p for p in self.pieces if p.cue is not None or p.inherited is not None]
        for p in attributed:
            p.kind = self._kind(p)

        # Speakers are resolved in text order so that "he" can lean on earlier quotations.
        found: list[tuple[Token, Token, Span, list[Token], _Piece | None]] = [
            (p.cue, p.head, p.span, p.chain, p) for p in attributed if p.cue is not None
        ]
        found += [(*r, None) for r in self._indirect([p for p in attributed if p.kind == "direct"])]
        found.sort(key=lambda r: r[1].idx)
        quotes: list[Quote] = []
        for cue, head, span, chain, piece in found:
            speaker = self.resolver.resolve(head, carries_on=cue.lemma_ in _CARRY_ON and head.head.i == cue.i)
            if piece is None and len(speaker.span) == 1 and speaker.span[0].pos_ == "PRON":
                continue  # reported speech from an unknown "he" says nothing useful
            self.resolver.remember(head.idx, speaker, quotation=piece is not None)
            skip = set(range(span.start, span.end)) | self.quoted | set(range(speaker.span.start, speaker.span.end))
            if piece is not None:
                within = (piece.before[0], piece.after[1])
                bounds, kind = (piece.q.start, piece.q.end), piece.kind
            else:
                within = self._paragraph(cue.idx)
                bounds, kind = (span.start_char, span.end_char), "indirect"
            channel = self._channel(chain + [head], skip, within)
            cue_text = "according to" if cue.lower_ == "according" else cue.text
            audience = addressee(cue, self.quoted)
            if piece is not None:
                piece.speaker, piece.channel, piece.audience = speaker, channel, audience
            quotes.append(self._quote(bounds, kind, speaker, cue_text, channel, audience))
        for p in attributed:
            if p.cue is None:
                src = p.inherited
                while src.cue is None:
                    src = src.inherited
                quotes.append(self._quote((p.q.start, p.q.end), p.kind, src.speaker, src.cue.text, src.channel,
                                          src.audience))
        quotes.sort(key=lambda q: (q.start, q.end))
        return quotes

    def _quote(self, bounds: tuple[int, int], kind: str, speaker: Speaker, cue: str, channel: str | None,
               audience: Span | None = None) -> Quote:
        start, end = bounds
        heard = self.resolver.mention_at(audience.root) if audience is not None else None
        while end > start and self.text[end - 1] in ",;: \n":
            end -= 1
        return Quote(
            start=start, end=end, text=self.text[start:end], kind=kind,
            speaker=speaker.entity, speaker_text=speaker.span.text,
            cue=cue, channel=channel,
            speaker_start=speaker.span.start_char, speaker_end=speaker.span.end_char,
            addressee=heard.entity if heard is not None else None,
            addressee_text=audience.text if audience is not None else None,
        )
