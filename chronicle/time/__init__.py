"""Stage ``time``: every temporal expression, resolved to the calendar.

``find_times`` works on any text or spaCy ``Doc`` and an anchor date;
``annotate`` runs it on an article, anchored on its publication date with
that date's own precision (the newsroom's day: the clean stage reads a UTC
timestamp in the outlet's time zone); ``date_for`` gives an event the date it should
carry. Expressions are normalised to TIMEX3 values first (``scan``), which the
TempEval evaluation reads, then written in the export contract's form; see
``timex`` for the value conventions and ``grammar`` for the calendar rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..records import Analysis, EventDate, TimeExpression
from .grammar import COMPILED, HANDLERS, STATED_YEAR, Context, Discourse
from .timex import Anchor, looking_back, to_contract

__all__ = ["Anchor", "Timex", "annotate", "date_for", "find_times", "scan"]

_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(slots=True)
class Timex:
    """One expression as the grammar read it: its TIMEX3 type and value, and why."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # TIMEX3 value: 2013-W12, 2012-SU, P3D, PRESENT_REF, ...
    rule: str

    def expression(self, anchor: Anchor | None) -> TimeExpression:
        value, precision = to_contract(self.value, self.type, anchor)
        if self.type == "DURATION" and (span := looking_back(self.text, self.value, anchor)) is not None:
            value, precision = span, "range"
        return TimeExpression(self.start, self.end, self.text, value, precision, self.rule)


def _parse(text_or_doc):
    if isinstance(text_or_doc, str):
        from .. import nlp

        return nlp.parse(text_or_doc)
    return text_or_doc


def scan(text_or_doc, anchor: Anchor | date | str | None) -> list[Timex]:
    """TIMEX3 readings of every temporal expression, in text order."""
    doc = _parse(text_or_doc)
    if not isinstance(anchor, Anchor):
        anchor = Anchor.parse(anchor)
    ctx = Context(doc, anchor)
    text = doc.text
    candidates = [(m, name) for name, rx in COMPILED for m in rx.finditer(text)]
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[0].start()))
    taken = bytearray(len(text))
    accepted = []
    for m, name in candidates:  # longest first; a rejected span leaves room for shorter ones
        if any(taken[m.start() : m.end()]):
            continue
        found = HANDLERS[name](m, ctx)
        if found is not None:
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            accepted.append((m, found))
    accepted.sort(key=lambda a: a[0].start())
    out: list[Timex] = []
    discourse = Discourse()
    last_end = 0
    for m, found in accepted:
        if "\n" in text[last_end : m.start()]:
            discourse.paragraph = None
        last_end = m.end()
        if found.resolve is not None:
            found.value, found.rule = found.resolve(discourse)
        out.append(Timex(m.start(), m.end(), m[0], found.type, found.value, found.rule))
        if found.type in ("DATE", "TIME") and found.value and (v := _CALENDAR_VALUE.match(found.value)):
            discourse.paragraph = v[0]
            if len(v[0]) > 4 and STATED_YEAR.search(m[0]) and (tok := ctx.token_at(m.start())) is not None:
                discourse.year = (tok.sent.start_char, v[0])
            if found.weekday:
                    discourse.weekdays[found.weekday] = (v[0], m[0])
    return out


def find_times(text_or_doc, anchor: Anchor | date | str | None = None) -> list[TimeExpression]:
    """Temporal expressions in a text or ``Doc``, resolved against ``anchor``.

    ``anchor`` may be a ``date`` or a 'YYYY-MM-DD'/'YYYY-MM'/'YYYY' string;
    with none, relative expressions keep ``value=None`` and their rule says why."""
    if not isinstance(anchor, Anchor):
        anchor = Anchor.parse(anchor)
    return [t.expression(anchor) for t in scan(text_or_doc, anchor)]


def annotate(analysis: Analysis) -> None:
    doc = analysis.doc if analysis.doc is not None else analysis.article.text
    analysis.times.extend(find_times(doc, analysis.article.published))


def _event_date(t: TimeExpression, basis: str) -> EventDate:
    precision = "day" if t.precision == "time" else t.precision
    return EventDate(t.value, precision, t.text, basis)


def date_for(analysis: Analysis, start: int, end: int) -> EventDate | None:
    """The date an event in ``text[start:end]`` should carry, and where it came from.

    Its own expression first, then the nearest one in its sentence, then the paragraph's
    narrative time (the latest dated expression before it in the paragraph),
    else the publication date marked ``basis='publication'``."""
    dated = [t for t in analysis.times if t.value is not None and t.precision != "duration"]
    own = [t for t in dated if start <= t.start and t.end <= end]
    if own:
        return _event_date(own[0], "expression")
    text = analysis.article.text
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    if paragraph_end < 0:
        paragraph_end = len(text)
    if analysis.doc is not None:
        span = analysis.doc.char_span(start, max(start + 1, min(end, len(text))), alignment_mode="expand")
        if span is not None:
            s = span[0].sent  # kept inside the paragraph: a byline can end up in the first sentence
            lo, hi = max(s.start_char, paragraph_start), min(s.end_char, paragraph_end)
            in_sentence = [t for t in dated if lo <= t.start and t.end <= hi]
            if in_sentence:
                nearest = min(in_sentence, key=lambda t: max(t.start - end, start - t.end))
                return _event_date(nearest, "sentence")
    earlier = [t for t in dated if paragraph_start <= t.start and t.end <= start]
    if earlier:
        return _event_date(earlier[-1], "paragraph")
    day, evidence = analysis.article.published, analysis.article.published_evidence
    if day is None:
        return None
    precision = {3: "day", 2: "month", 1: "year"}[len(day.split("-"))]
    return EventDate(day, precision, evidence, "publication")
