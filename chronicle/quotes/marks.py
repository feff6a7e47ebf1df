"""Find the stretches of text that stand between quotation marks.

Scraped news mixes curly, straight and angle marks, loses closing marks and
breaks quotations over paragraphs. Marks are read with their direction where
the glyph has one and from the spacing around them where it does not (the
straight ``"``); the scan restarts at every paragraph so that one stray mark
cannot turn the rest of an article inside out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN, _CLOSE, _EITHER = "open", "close", "either"
_DOUBLE = {"“": _OPEN, "«": _OPEN, "”": _CLOSE, "»": _CLOSE, '"': _EITHER}
_BEFORE_OPENING = set("([{—–-/\u00a0") | {"“", "«", "‘"}
_AFTER_CLOSING = set(".,;:!?)]}—–-…\u00a0") | {"”", "»", "’"}
_PARAGRAPH = re.compile(r"\n+")
# A quotation carried over paragraph breaks with no mark at all is given up
# after this many paragraphs: past that it is an unbalanced mark, not a quote.
_MAX_CARRY = 3
# Words after an opening mark that is never closed are kept only up to this long.
_MAX_UNCLOSED = 500


@dataclass(slots=True)
class Quoted:
    """Words between marks. ``start``/``end`` exclude the marks; ``opened`` and
    ``closed`` say whether a mark was seen at either end (a paragraph of a
    multi-paragraph quotation has no closing mark); pieces of one quotation
    share ``group``."""

    start: int
    end: int
    group: int
    opened: bool = True
    closed: bool = True


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _direction(text: str, i: int, glyph_dir: str) -> str:
    if glyph_dir != _EITHER:
        return glyph_dir
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in _BEFORE_OPENING) and not after.isspace():
        return _OPEN
    if not before.isspace() and (after.isspace() or after in _AFTER_CLOSING):
        return _CLOSE
    return _EITHER


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(i, _direction(text, i, _DOUBLE[c])) for i in range(start, end) if (c := text[i]) in _DOUBLE]


def _single_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """‘…’ marks; ’ is also the apostrophe, so it closes only before a non-letter."""
    out = []
    for i in range(start, end):
        c = text[i]
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if c == "‘" and (before.isspace() or before in _BEFORE_OPENING) and not after.isspace():
            out.append((i, _OPEN))
        elif c == "’" and not after.isalnum() and not before.isspace():
            out.append((i, _CLOSE))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    def __init__(self, text: str, marks_in):
        self.text, self.marks_in = text, marks_in
        self.out: list[Quoted] = []
        self.groups = 0

    def _emit(self, start, end, group, opened=True, closed=True):
        start, end = _trim(self.text, start, end)
        if end > start:
            self.out.append(Quoted(start, end, group, opened, closed))

    def scan(self, regions: list[tuple[int, int]]) -> list[Quoted]:
        # pending: (content start, group, paragraph end, opened, paragraphs carried)
        pending = None
        for pstart, pend in regions:
            marks = self.marks_in(self.text, pstart, pend)
            open_at = group = None
            opened = True
            if pending is not None:
                p_start, p_group, p_end, p_opened, carried = pending
                first = marks[0] if marks else None
                lead = first is not None and not self.text[pstart : first[0]].strip()
                if first is not None and first[1] == _OPEN and lead and carried == 0:
                    # Convention for a quotation over several paragraphs: each new
                    # paragraph reopens, only the last one closes.
                    self._emit(p_start, p_end, p_group, p_opened, closed=False)
                    open_at, group, opened = first[0] + 1, p_group, True
                    marks = marks[1:]
                elif first is not None and first[1] in (_CLOSE, _EITHER):
                    open_at, group, opened = p_start, p_group, p_opened  # paragraph break inside a quotation
                elif first is None and carried < _MAX_CARRY:
                    pending = (p_start, p_group, p_end, p_opened, carried + 1)
                    continue
                else:
                    # never closed: keep the first paragraph's words, nothing after
                    self._emit(p_start, self._first_end(p_start, p_end), p_group, p_opened, closed=False)
                pending = None
            for pos, direction in marks:
                if open_at is None:
                    if direction in (_OPEN, _EITHER):
                        self.groups += 1
                        open_at, group, opened = pos + 1, self.groups, True
                elif direction in (_CLOSE, _EITHER):
                    self._emit(open_at, pos, group, opened)
                    open_at = None
                else:  # a second opening: the first one was never closed
                    self.groups += 1
                    open_at, group, opened = pos + 1, self.groups, True
            if open_at is not None:
                pending = (open_at, group, pend, opened, 0)
        if pending is not None:
            p_start, p_group, p_end, p_opened, _ = pending
            self._emit(p_start, self._first_end(p_start, p_end), p_group, p_opened, closed=False)
        return self.out

    def _first_end(self, start: int, end: int) -> int:
        """End of the paragraph a quotation opened in; the words after a mark that is
        never closed are kept only when they end that paragraph cleanly."""
        para_end = self.text.find("\n", start)
        para_end = len(self.text) if para_end < 0 else para_end
        stop = min(end, para_end)
        clean = self.text[start:stop].rstrip()[-1:] in (".", "!", "?", "…")
        return stop if clean and stop - start <= _MAX_UNCLOSED else start


def quoted_spans(text: str) -> list[Quoted]:
    """Top-level quoted stretches of ``text`` in document order: double marks
    first, then single curly marks outside them (British house style)."""
    regions = paragraphs(text)
    doubles = _Scanner(text, _double_marks).scan(regions)
    outside, pos = [], 0
    for q in doubles:
        outside.append((pos, q.start - 1))
        pos = q.end + 1
    outside.append((pos, len(text)))
    single_regions = [
        (max(s, ps), min(e, pe)) for ps, pe in regions for s, e in outside if max(s, ps) < min(e, pe)
    ]
    singles = _Scanner(text, _single_marks)
    singles.groups = 10_000
    return sorted(doubles + singles.scan(single_regions), key=lambda q: q.start)
