"""A rule grammar for temporal expressions over the text and its spaCy parse.

Regular expressions built from ``lexicon.json`` propose candidate spans; each
pattern's handler then reads the parse to reject false positives ("may" the
modal, "March" the verb, "“This Week”" the TV show, "2000 soldiers") and
resolves the survivors against the publication date, using the tense of the
governing verb where news usage depends on it ("said Tuesday" looks back,
"will vote Tuesday" looks forward). Candidates are taken longest first, so
"last Tuesday" wins over "Tuesday" and "the next 16 years" over "16 years".

The calendar rules, decided on the TempEval-3 news gold:

* A bare weekday in past-tense narration is the most recent such day *on or
  before* the publication day ("Pompeo said Friday" in a Friday article is that
  Friday); "last Tuesday" is strictly before it, "next Tuesday" strictly after;
  future tense looks forward from the publication day; present tense takes the
  nearer of the two; no verb at all falls back on the news default, the past.
* A month or a day-month without a year is in the publication year, moved a
  year back when the clause is past tense and that date is still to come
  (and forward for future tense and a date already gone).
* "N units later/earlier", "the next day", "that year" ("March 18 that year")
  count from the paragraph's narrative time (the latest resolved date before them in
  the same paragraph); with none they stay unresolved. So does a clock time. A
  day-month without a year that follows, in its sentence, a date naming its year
  ("on March 16, 2014 ..., and on March 21") is the first such day from that date,
  when that is earlier than the reading from publication.
* One article, one Tuesday: once "last Tuesday" has fixed a date, later bare
  mentions of Tuesday take that date.
* Present perfect ("have called a march on Wednesday") and words of planning
  ("was scheduled for Tuesday", "planned for 2 May") take the nearer of the
  candidate dates and never push a date into the previous year; "until"
  outside the simple past looks forward ("closed until Friday").
* Expressions of the present ("today", "this week", "now") take on the
  anchor's own precision when it is coarser than they need; anything else that
  needs a finer anchor than the article has stays unresolved, and says so.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .timex import (
    Anchor,
    add_months,
    day_value,
    days_in_month,
    month_value,
    season_bounds,
    season_of,
    week_value,
    year_value,
)

LEXICON = json.loads(Path(__file__).with_name("lexicon.json").read_text(encoding="utf-8"))

MONTHS: dict[str, int] = LEXICON["months"]
WEEKDAYS: dict[str, int] = LEXICON["weekdays"]
SEASONS: dict[str, str] = LEXICON["seasons"]
PARTS_OF_DAY: dict[str, str] = LEXICON["parts_of_day"]
NUMBERS: dict[str, int] = LEXICON["numbers"]
UNITS: dict[str, str] = LEXICON["units"]
NAMED_DAY_WORDS = set(LEXICON["named_day_words"])
IDENTIFIER_WORDS = set(LEXICON["identifier_words"])
TITLE_FOLLOWERS = set(LEXICON["title_followers"])
PROSPECTIVE = set(LEXICON["prospective_words"])
COMMITMENT = set(LEXICON["commitment_words"])

# Words that may introduce a bare month name; anything else before "May" or
# "March" ("Theresa May", "the Women's March") is not a date.
FAR_AHEAD_DAYS = 60  # a day-month further ahead than this, with nothing looking ahead, is last year's

MONTH_INTRODUCERS = {
    "in", "since", "by", "until", "till", "from", "through", "to", "during", "of",
    "before", "after", "between", "and", "or", "on", "for", "each", "every",
    "early", "late", "mid", "mid-", "last", "next", "this", "that", "throughout", "around",
    "as", "into", "than", "about", "end", "beginning", "start", "middle", "-", "–",
}
TIME_NOUNS = set(UNITS) | {u + "s" for u in UNITS} | {"centuries", "weekend", "weekends"}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_FULL = _alt(m for m in MONTHS if not m.endswith(".") and len(m) > 3 or m == "May")
_MONTH_ANY = _alt(MONTHS)
_WEEKDAY = _alt(WEEKDAYS)
_SEASON = _alt(SEASONS)
_POD = _alt(PARTS_OF_DAY)
_NUM = rf"(?:{_alt(NUMBERS)}|\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)"
_VAGUE = _alt(LEXICON["vague_quantities"])
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries|quarter)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_MOD = r"(?:early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)"
_APPROX = r"(?:almost|nearly|about|around|approximately|roughly|more than|less than|at least|at most|up to|a mere)"
_REL = r"(?:last|next|this|coming|past|previous|current|following)"
# "On March 18 that year", "in May of the same year": the year of the narrative time
_THAT_YEAR = r"(?P<that>,?\s+(?:(?i:of)\s+)?(?i:that|the same) year)"
# An expression that names its year, so the next bare day-month of its sentence shares it
STATED_YEAR = re.compile(rf"\b{_YEAR}\b|(?i:that|same) year")

# (name, pattern): names select the handler. (?i:...) scopes case-insensitivity
# to function words; month and weekday names must be capitalised.
PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ("numeric", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"),
    ("mdy", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?i:(?P<mod>early|late|mid-|mid))(?:\s+|(?<=-)))?"
            rf"(?P<month>{_MONTH_ANY})(?<!\.)\.?\s+(?P<day>{_DAYNUM})(?!\d|:|\s*(?:%|percent))"
            rf"(?:,?\s+(?P<year>{_YEAR})|{_THAT_YEAR})?\b"),
    ("dmy", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?P<day>{_DAYNUM})\s+(?:(?i:of)\s+)?"
            rf"(?P<month>{_MONTH_ANY})(?<!\.)\.?(?:,?\s+(?P<year>{_YEAR})|{_THAT_YEAR})?\b"),
    ("month", rf"(?:(?i:(?P<mod>{_MOD}))(?:\s+|(?<=-)))?(?:(?i:(?P<rel>last|next|this|coming|past))\s+)?"
              rf"(?:(?P<month>{_MONTH_FULL})|(?P<abbr>{_MONTH_ANY})(?=\.?\s+{_YEAR}))(?<!\.)\.?"
              rf"(?:,?\s+(?:(?i:of)\s+)?(?:(?P<year>{_YEAR})|(?P<relyear>(?i:this|last|next) year))|{_THAT_YEAR})?\b"),
    ("season", rf"(?:(?i:(?P<mod>{_MOD}))\s+)?(?:(?i:(?P<rel>last|next|this|coming|past)|(?P<det>the))\s+)?"
               rf"(?P<season>(?i:{_SEASON}))(?:\s+(?:(?i:of)\s+)?(?P<year>{_YEAR}))?\b"),
    ("weekday", rf"(?:(?P<named>{_alt(NAMED_DAY_WORDS)})\s+(?={_WEEKDAY}))?(?:(?i:(?P<mod>early|late))\s+)?(?:(?i:(?P<rel>last|next|this|coming|past))\s+)?"
                rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<pod>(?i:{_POD})))?\b"),
    ("relunit", rf"(?:(?i:(?P<pre>earlier|later|early|late|mid-|mid|the end of|the beginning of|the start of))\s+)?"
                rf"(?:(?P<det>(?i:the))\s+)?(?P<rel>(?i:{_REL}))\s+"
                rf"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|fiscal year|financial year))\b"),
    ("weekend", r"(?<![Tt]his |[Ll]ast |[Nn]ext )\b(?i:the weekend)\b"),
    ("edge", r"(?i:the (?:very )?(?:beginning|start|end|middle) of (?:the |this )?(?P<unit>year|month|week|day))\b"),
    ("quarter", rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|final))(?:\s+|-)(?i:quarter)"
                rf"(?:\s+(?:(?i:of)\s+)?(?:(?P<year>{_YEAR})|(?P<relyear>(?i:this|last|next) year)))?\b"),
    ("ago", rf"(?:(?i:{_APPROX})\s+)?(?:(?P<num>(?i:{_NUM}))|(?P<vague>(?i:{_VAGUE})))\s+(?P<unit>(?i:{_UNIT}))s?\s+"
            rf"(?P<dir>(?i:ago|earlier|later|from now|hence))\b"),
    ("duration", rf"(?:(?i:{_APPROX})\s+)?(?:(?P<det>(?i:the))\s+)?(?:(?P<rel>(?i:past|last|next|coming|previous|first|following|final|recent|latest))\s+)?"
                 rf"(?:(?P<num>(?i:{_NUM}))\s+|(?P<vague>(?i:{_VAGUE}))\s+)?(?:(?i:straight|consecutive|successive|trading|business|working|calendar|full)\s+)?"
                 rf"(?P<unit>(?i:{_UNIT}))(?P<pl>s)?\b(?![-'’]\w)"),
    ("adjdur", rf"\b(?:(?P<num>(?i:{_NUM}))-(?P<unit>(?i:{_UNIT}))(?!-old|s?-olds?)|(?P<vunit>(?i:{_UNIT}))s-long)\b"),
    ("decade", rf"(?:(?i:the)\s+)?(?:(?i:(?P<mod>early|late|mid-|mid))\s*)?(?:(?P<c>1[6-9]|20)(?P<d>\d)0s|['’](?P<short>\d)0s)\b"
               rf"|(?<=\b[Tt]he )(?P<bare>[1-9])0s\b"),
    ("shortyear", r"(?<![\w'’])['’](?P<yy>\d\d)\b(?!s)"),
    ("century", rf"(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)(?:\s+|-)(?i:century)\b"),
    ("year", rf"(?:(?i:(?P<mod>{_MOD}|fiscal|the year|FY))\s*)?(?<![\d,.$£€#/])\b(?P<year>{_YEAR})\b(?![,.]\d|\s*(?:%|percent|per cent))"),
    ("deictic", r"(?i:the day before yesterday|the day after tomorrow|earlier today|later today|today|tonight|yesterday|tomorrow"
                r"|(?:this|yesterday|tomorrow) (?:morning|afternoon|evening)|last night|last evening|overnight)\b"),
    ("narrative", r"\b(?i:the (?:next|following|previous|same) (?:day|morning|night|week|month|year)"
                  r"|the day (?:before|after)|that (?:day|morning|night|week|month|year))\b"),
    ("clock", rf"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))"
              rf"(?:\s+(?P<zone>GMT|UTC|EST|EDT|ET|local time))?(?:,?\s+(?:(?i:on)\s+)?(?P<wd>{_WEEKDAY})|\s+(?P<deictic>(?i:today|yesterday|tomorrow)))?"
              rf"|\b(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?![:\d])(?:\s+(?P<zone2>GMT|UTC|local time))?(?:,?\s+(?:(?i:on)\s+)?(?P<wd2>{_WEEKDAY})|\s+(?P<deictic2>(?i:today|yesterday|tomorrow)))?"
              rf"|\b(?P<h3>[01]\d|2[0-3])(?P<min3>[0-5]\d)\s+(?P<zone3>GMT|UTC)(?:,?\s+(?:(?i:on)\s+)?(?P<wd3>{_WEEKDAY})|\s+(?P<deictic3>(?i:today|yesterday|tomorrow)))?"),
    ("stopwatch", r"\b(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)\b"),
    ("ref", rf"\b(?i:{_alt(LEXICON['present_ref'])})\b|(?<=\b[Ii]n )(?i:{_alt(LEXICON['past_ref'] + LEXICON['future_ref'])})\b(?!\s+(?:of|{_NUM}))"),
    ("set", rf"\b(?i:(?:every|each)\s+(?:other\s+)?(?:{_UNIT}|{_POD}|weekend|season)|annually|yearly)\b|\b(?:every|each)\s+(?:{_WEEKDAY})\b"),
]
# Every match starts at a word boundary (or a quote mark); saying so up front
# spares the engine trying each pattern's optional prefixes mid-word.
# No expression runs across a line break: "\s" in the patterns means a space.
COMPILED = [(name, re.compile(rf"(?:(?<=\W)|^)(?=[\w'’])(?:{p})".replace(r"\s", r"[^\S\n]"), re.M))
            for name, p in PATTERNS]


@dataclass(slots=True)
class Discourse:
    """What the article has said so far, read in text order.

    ``paragraph``: the latest calendar value in the current paragraph (its
    narrative time); ``weekdays``: weekday name → the day an explicit "last Tuesday" or
    "next Tuesday" fixed, which later bare mentions of that weekday reuse; ``year``: where
    the sentence of the latest day or month whose text names its year starts, and its value."""

    paragraph: str | None = None
    weekdays: dict[str, tuple[str, str]] = field(default_factory=dict)
    year: tuple[int, str] | None = None


@dataclass(slots=True)
class Found:
    """What a handler made of a candidate: a TIMEX3 type and value, and why.

    ``resolve``, when set, finishes the resolution from the discourse so far;
    ``weekday`` names the weekday an explicit modifier fixed, for later mentions."""

    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    rule: str
    resolve: Callable[[Discourse], tuple[str | None, str]] | None = field(default=None, repr=False)
    weekday: str | None = None


class Context:
    """The document, its anchor, and parse look-ups shared by the handlers."""

    def __init__(self, doc, anchor: Anchor | None):
        self.doc = doc
        self.text: str = doc.text
        self.anchor = anchor
        self._starts = doc.to_array("IDX").tolist() if len(doc) else []

    def token_at(self, char: int):
        i = bisect_right(self._starts, char) - 1
        if i < 0 or char < 0:
            return None
        tok = self.doc[i]
        return tok if char < tok.idx + len(tok.text) else None

    def word_before(self, start: int):
        """The token just before ``start``, skipping spaces."""
        i = start - 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        return self.token_at(i)

    def word_after(self, end: int):
        i = end
        while i < len(self.text) and self.text[i].isspace():
            i += 1
        return self.token_at(i)

    def sentence_initial(self, start: int) -> bool:
        tok = self.token_at(start)
        if tok is None or tok.is_sent_start:
            return True
        prev = self.word_before(start)
        return prev is None or prev.text in {"“", '"', "(", "—", "-", ":", "\n"} or "\n" in self.text[prev.idx : start]

    def quoted(self, start: int, end: int) -> bool:
        before = self.text[start - 1 : start]
        after = self.text[end : end + 1]
        return before in {"“", '"', "‘", "'"} and after in {"”", '"', "’", "'"}

    def tense(self, start: int, end: int) -> str | None:
        """past | perfect | participle | future | present | prospective, or None:
        the tense of the verb governing the span; ``prospective`` when a word
        of planning governs it ("was scheduled for Tuesday", "due on 2 May")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
            if tok.lemma_ in PROSPECTIVE and not _set_up(tok):
                return "prospective"
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        if tok.lemma_ in PROSPECTIVE and not _set_up(tok):
            return "prospective"
        return _verb_tense(tok)

    def need(self, precision: str, what: str) -> Found | None:
        """A refusal when the anchor cannot support ``what``; None when it can."""
        if self.anchor is None:
            return Found("DATE", None, f"{what}: no publication date to count from")
        if not self.anchor.knows(precision):
            return Found("DATE", None, f"{what}: needs the publication {precision}, "
                                       f"but the article is dated only {self.anchor.value}")
        return None


def _set_up(tok) -> bool:
    """"The October agreement set up a council": "set" in the past, not "set for Tuesday"."""
    return tok.lemma_ == "set" and tok.tag_ == "VBD"


def _verb_tense(v) -> str | None:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if "going" in words or v.lower_ == "going" and any(c.lower_ == "to" for c in v.subtree):
        return "future"
    if words & {"would", "could", "might", "should", "may", "can", "must"}:
        # "the tariffs would take effect Wednesday": what a modal says is yet to be (from
        # when it was said), unless it is a perfect ("would have met on Monday")
        return None if words & {"have", "'ve"} else "modal"
    if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if v.tag_ == "VBN":
        if words & {"has", "have", "'ve"}:
            return "perfect"
        if not auxes:
            return "participle"  # "the coup attempted Tuesday", "kept closed until Friday"
        return "past" if words & {"had", "was", "were", "been"} else "present"
    if "to" in words:  # infinitive: "plans to meet Monday" looks ahead, "agreed to meet Monday" is unclear
        head = v.head if v.head.i != v.i else None
        if head is not None and head.pos_ in ("VERB", "AUX"):
            tense = _verb_tense(head)
            if tense in ("present", "perfect", "future", "modal"):
                return "future"
            if head.lemma_ in PROSPECTIVE | COMMITMENT:
                # "agreed to serve the warrant Friday", "planned to meet Monday": the day was
                # still ahead when it was promised, and may be now; the nearest such day, not
                # the last one before publication
                return "prospective"
            return "past"
        return None
    if v.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return "future"  # present progressive with a date is a plan: "is meeting Tuesday"
    if not auxes and v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(v.head)
    if v.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


# --- resolution helpers -------------------------------------------------------

def _weekday(anchor: date, wd: int, direction: str) -> date:
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if direction == "last":
        return anchor - timedelta(days=back or 7)
    if direction == "next":
        return anchor + timedelta(days=fwd or 7)
    if direction == "future":
        return anchor + timedelta(days=fwd)
    if direction == "nearest" and fwd < back:
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back)


_DIRECTION_WORDS = {
    "last": "most recent {x} before {a}",
    "next": "first {x} after {a}",
    "past": "most recent {x} on or before {a}",
    "future": "first {x} on or after {a}",
    "nearest": "{x} nearest to {a}",
}


def _direction(rel: str | None, tense: str | None, prep: str | None = None) -> tuple[str, str]:
    """(direction, reason) for a weekday/month/season from its modifier, the
    clause tense and the preposition before it ("closed until Friday")."""
    rel = (rel or "").lower()
    if rel in ("last", "past"):
        return "last", f"'{rel}'"
    if rel in ("next", "coming"):
        return "next", f"'{rel}'"
    if prep in ("until", "till") and tense != "past":
        return "future", f"'{prep}' outside simple past"
    if prep == "since":
        return "past", "'since' counts from a time gone by"
    if tense == "perfect":
        return "nearest", "present-perfect clause"
    if tense == "participle":
        return "past", "participle clause"
    if tense == "future":
        return "future", "future-tense clause"
    if tense == "present":
        return "nearest", "present-tense clause"
    if tense == "prospective":
        return "nearest", "governed by a word of planning"
    if tense == "modal":
        return "nearest", "modal clause"
    if tense == "past":
        return "past", "past-tense clause"
    return "past", "no tensed verb (news default: past)"


def _month_occurrence(anchor: date, month: int, direction: str) -> int:
    """The year of the ``month`` that ``direction`` picks relative to ``anchor``'s month."""
    y = anchor.year
    if direction == "last":
        return y if month < anchor.month else y - 1
    if direction == "next":
        return y if month > anchor.month else y + 1
    if direction == "past":
        return y if month <= anchor.month else y - 1
    if direction == "future":
        return y if month >= anchor.month else y + 1
    if direction == "nearest":  # within six months either way: "in November" of a March story is last November
        return y - 1 if month - anchor.month > 6 else y + 1 if anchor.month - month > 6 else y
    return y


_GRANULARITY = {"S": "day", "MIN": "day", "H": "day", "D": "day", "W": "day", "FN": "day",
                "M": "month", "Q": "month", "Y": "year", "DE": "year", "CE": "year"}


def _shift(d: date, n: int, unit: str) -> str:
    """The TIMEX value ``n`` units from ``d``, at the unit's own granularity."""
    if unit in ("S", "MIN", "H"):
        return day_value(d)
    if unit == "D":
        return day_value(d + timedelta(days=n))
    if unit in ("W", "FN"):
        return day_value(d + timedelta(days=7 * n * (2 if unit == "FN" else 1)))
    if unit == "M":
        return month_value(add_months(d, n))
    if unit == "Q":
        return month_value(add_months(d, 3 * n))
    years = n * {"Y": 1, "DE": 10, "CE": 100}[unit]
    return year_value(date(d.year + years, 1, 1))


def _duration(n: int | float | None, unit: str) -> str:
    if n is None:
        q = "X"
    else:
        q = str(int(n) if float(n).is_integer() else n)
    if unit in ("S", "MIN", "H"):
        return f"PT{q}{ {'S': 'S', 'MIN': 'M', 'H': 'H'}[unit] }"
    if unit == "FN":
        return f"P{q if n is None else int(2 * n)}W"
    if unit == "DE":
        return "PXDE" if n is None else f"P{int(10 * n)}Y"
    if unit == "CE":
        return "PXCE" if n is None else f"P{int(100 * n)}Y"
    return f"P{q}{unit}"


def _number(word: str) -> float | None:
    w = word.lower()
    if w in NUMBERS:
        return NUMBERS[w]
    try:
        return float(w.replace(",", ""))
    except ValueError:
        return None


def _unit(word: str) -> str:
    w = word.lower()
    return UNITS["century" if w.startswith("centur") else w.rstrip("s") if w != "centuries" else "century"]


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= days_in_month(y, m)


# --- handlers ----------------------------------------------------------------
# Each takes (match, context) and returns a Found, or None to reject the span.

def h_iso(m, ctx):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid(y, mo, d):
        return None
    return Found("DATE", f"{y:04d}-{mo:02d}-{d:02d}", f"ISO date {m[0]}")


def h_numeric(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 2000 if ctx.anchor is None or y <= ctx.anchor.day.year % 100 + 1 else 1900
    month, day, order = (a, b, "month/day") if a <= 12 else (b, a, "day/month")
    if not _valid(y, month, day):
        return None
    return Found("DATE", f"{y:04d}-{month:02d}-{day:02d}", f"numeric date {m[0]} read as {order}/year")


def _day_month(m, ctx):
    month = MONTHS[m["month"]]
    day = int(re.match(r"\d+", m["day"])[0])
    wd = WEEKDAYS.get(m["wd"]) if m["wd"] else None
    if m["year"]:
        y = int(m["year"])
        if not _valid(y, month, day):
            return None
        return Found("DATE", f"{y:04d}-{month:02d}-{day:02d}", f"full date '{m[0]}'")
    if m["that"]:
        return _that_year(m[0], f"-{month:02d}-{day:02d}")
    tok = ctx.token_at(m.start("month"))
    if m["month"] == "May" and tok is not None and tok.tag_ == "MD":
        return None
    if (refusal := ctx.need("month", f"'{m[0]}' has no year")) is not None:
        return refusal
    a = ctx.anchor.day
    if not _valid(a.year, month, day) and not _valid(a.year - 1, month, day):
        return None
    tense = ctx.tense(m.start(), m.end())
    candidates = [y for y in (a.year, a.year - 1, a.year + 1) if _valid(y, month, day)]
    if wd is not None:  # "Friday, March 22": the weekday names the year
        fitting = [y for y in candidates if date(y, month, day).weekday() == wd]
        if fitting:
            y = fitting[0]
            return Found("DATE", f"{y:04d}-{month:02d}-{day:02d}", f"'{m[0]}': the year near {ctx.anchor.value} "
                                                                  f"in which that date is a {m['wd']}")
    y = candidates[0]
    reason = f"year of publication {a.year}"
    if ctx.anchor.precision == "day" or month != a.month:
        cand = date(y, month, day)
        if tense in ("past", "participle", "perfect") and cand > a:
            y, reason = y - 1, f"past-tense clause and {cand} is after publication {ctx.anchor.value}: year before"
        elif tense not in ("future", "prospective") and (cand - a).days > FAR_AHEAD_DAYS:
            # "since the July 15 coup attempt" in a March story: news names a date months
            # ahead only with a future or a word of planning; without one it is the last July 15
            y, reason = y - 1, f"{cand} is months after publication {ctx.anchor.value} and nothing looks ahead: year before"
        elif tense == "future" and cand < a:
            y, reason = y + 1, f"future-tense clause and {cand} is before publication {ctx.anchor.value}: year after"
    if not _valid(y, month, day):
        return None
    found = Found("DATE", f"{y:04d}-{month:02d}-{day:02d}", f"'{m[0]}' without a year → {reason}")
    if tense not in ("future", "prospective"):
        found.resolve = _sentence_year(ctx, m, found, month, day)
    return found


def _that_year(text: str, rest: str) -> Found:
    """"On March 18 that year", "in May of the same year": the month (and day) in the year
    of the paragraph's narrative time; with none, unresolved."""
    def resolve(discourse: Discourse) -> tuple[str | None, str]:
        if discourse.paragraph is None:
            return None, f"'{text}': the paragraph names no year"
        y = discourse.paragraph[:4]
        return y + rest, f"'{text}' → in {y}, the year of the paragraph's time {discourse.paragraph}"

    return Found("DATE", None, "", resolve=resolve)


def _sentence_year(ctx, m, found: Found, month: int, day: int):
    """"On March 16, 2014 the referendum was held, and on March 21 the treaty was
    ratified": a day-month without a year after a dated day or month that names its year,
    in the same sentence and not looking ahead, is the first such day from that date on
    ("ousted in December 2024 ... violence that began March 6": the next March 6), when
    that comes before the reading from publication; elsewhere it keeps that reading."""
    tok = ctx.token_at(m.start())
    start = tok.sent.start_char if tok is not None else -1

    def resolve(discourse: Discourse) -> tuple[str | None, str]:
        if discourse.year is None or discourse.year[0] != start:
            return found.value, found.rule
        stated = discourse.year[1]
        y = int(stated[:4])
        while not _valid(y, month, day) or f"{y:04d}-{month:02d}-{day:02d}" < stated[:10]:
            y += 1
        value = f"{y:04d}-{month:02d}-{day:02d}"
        if value >= found.value:
            return found.value, found.rule
        return value, f"'{m[0]}' without a year → {value}, the first such day from {stated}, named before it in its sentence"

    return resolve


h_mdy = h_dmy = _day_month


def _with_year(m, ctx, part: str, what: str, stated_rule: str):
    """A month or quarter with its year stated ("May 2018") or relative ("last year")."""
    if m["year"]:
        return Found("DATE", f"{int(m['year']):04d}-{part}", stated_rule)
    if (refusal := ctx.need("year", f"'{m[0]}'")) is not None:
        return refusal
    y = ctx.anchor.day.year + _REL_STEP[m["relyear"].split()[0].lower()]
    return Found("DATE", f"{y:04d}-{part}", f"'{m[0]}' → {what} of {y}, counted from publication {ctx.anchor.value}")


def h_month(m, ctx):
    name = m["month"] or m["abbr"]
    month = MONTHS[name]
    if m["year"] or m["relyear"]:
        return _with_year(m, ctx, f"{month:02d}", name, f"month and year '{m[0]}'")
    if m["that"]:
        return _that_year(m[0], f"-{month:02d}")
    tok = ctx.token_at(m.start("month") if m["month"] else m.start("abbr"))
    if tok is None or tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX"):
        return None
    if not (m["mod"] or m["rel"]):
        prev = ctx.word_before(m.start())
        if prev is None or prev.lower_ not in MONTH_INTRODUCERS and not _month_modifier(tok, prev):
            return None
        if prev.lower_ in ("and", "or", "-", "–", "to") and not _follows_date(ctx, prev.idx):
            return None
    rel = (m["rel"] or "").lower()
    if rel == "this":
        if (refusal := ctx.need("year", f"'{m[0]}'")) is not None:
            return refusal
        return Found("DATE", f"{ctx.anchor.day.year:04d}-{month:02d}", f"'{m[0]}' → {name} of the publication year")
    if (refusal := ctx.need("month", f"'{m[0]}'")) is not None:
        return refusal
    tense = ctx.tense(m.start(), m.end())
    prev = ctx.word_before(m.start())
    direction, reason = _direction(rel, tense, prev.lower_ if prev is not None else None)
    if direction == "nearest" or tense is None and not rel:
        direction, reason = "nearest", "no past or future tense: the nearest one"
    y = _month_occurrence(ctx.anchor.day, month, direction)
    how = _DIRECTION_WORDS.get(direction, "{x} of the year of {a}").format(x=name, a=ctx.anchor.value)
    return Found("DATE", f"{y:04d}-{month:02d}", f"month '{m[0]}' ({reason}) → {how}")


def _month_modifier(tok, prev) -> bool:
    """"The September deal", "last year's March elections": a month name qualifying the
    noun after it, after a determiner or possessive, which the tagger reads as a date
    (not "the May government": a name too often to trust the tagger there)."""
    return (tok.text != "May" and prev.tag_ in ("DT", "PRP$", "POS") and tok.ent_type_ == "DATE"
            and tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i and tok.head.pos_ == "NOUN")


def _follows_date(ctx, start: int) -> bool:
    """Whether a month or date name ends just before ``start`` ("March and May")."""
    prev = ctx.word_before(start)
    return prev is not None and (prev.text.rstrip(".") in {k.rstrip(".") for k in MONTHS} or prev.like_num)


def h_season(m, ctx):
    word = m["season"]
    code = SEASONS[word.lower()]
    tok = ctx.token_at(m.start("season"))
    if tok is None or tok.pos_ in ("VERB", "AUX"):
        return None
    if word[0].isupper() and not ctx.sentence_initial(m.start("season")):
        prev = ctx.word_before(m.start("season"))
        if prev is not None and prev.pos_ == "PROPN":  # "the Arab Spring", "Prague Spring"
            return None
    nxt = ctx.word_after(m.end())
    if m["year"]:
        return Found("DATE", f"{int(m['year']):04d}-{code}", f"season '{m[0]}'")
    if not (m["rel"] or m["mod"]):
        prev = ctx.word_before(m.start())
        if prev is None or prev.lower_ not in ("in", "during", "by", "since", "until", "through", "over", "this", "last", "next", "of", "throughout", "before", "after"):
            return None
    if nxt is not None and nxt.lower_ in ("of", "'s", "’s") or (tok.dep_ == "compound"):
        return None  # "the fall of Maduro", "summer camp"
    if (refusal := ctx.need("month", f"season '{m[0]}'")) is not None:
        return refusal
    a = ctx.anchor.day
    rel = (m["rel"] or "").lower()
    years = range(a.year - 2, a.year + 2)
    if rel == "this":
        current = season_of(a)
        if current[1] == code:
            return Found("DATE", f"{current[0]:04d}-{code}", f"'{m[0]}' → the {word} that includes {ctx.anchor.value}")
        direction, reason = _direction(None, ctx.tense(m.start(), m.end()))
    else:
        direction, reason = _direction(rel, ctx.tense(m.start(), m.end()))
    if direction == "last":
        y = max(y for y in years if season_bounds(y, code)[1] < a)
        how = f"the latest {word} that had ended by {ctx.anchor.value}"
    elif direction == "next":
        y = min(y for y in years if season_bounds(y, code)[0] > a)
        how = f"the first {word} starting after {ctx.anchor.value}"
    elif direction == "future":
        y = min(y for y in years if season_bounds(y, code)[1] >= a)
        how = f"the first {word} not over by {ctx.anchor.value}"
    else:
        y = max(y for y in years if season_bounds(y, code)[0] <= a)
        how = f"the latest {word} begun by {ctx.anchor.value}"
    return Found("DATE", f"{y:04d}-{code}", f"season '{m[0]}' ({reason}) → {how}")


def h_weekday(m, ctx):
    name = m["wd"]
    prev = ctx.word_before(m.start())
    nxt = ctx.word_after(m.end())
    if m["named"]:
        return Found("DATE", None, f"named day '{m[0]}': its date is not derivable from the text")
    if nxt is not None and nxt.text in TITLE_FOLLOWERS and not m["pod"]:
        return None  # "Sunday Times"
    kind = "TIME" if m["pod"] else "DATE"
    if (refusal := ctx.need("day", f"weekday '{m[0]}'")) is not None:
        refusal.type = kind
        return refusal
    direction, reason = _direction(m["rel"], ctx.tense(m.start(), m.end()), prev.lower_ if prev is not None else None)
    d = _weekday(ctx.anchor.day, WEEKDAYS[name], direction)
    pod = "T" + PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else ""
    how = _DIRECTION_WORDS[direction].format(x=name, a=ctx.anchor.value)
    found = Found(kind, day_value(d) + pod, f"weekday '{m[0]}' ({reason}) → {how}")
    if m["rel"]:
        found.weekday = name
        return found

    def resolve(discourse: Discourse) -> tuple[str | None, str]:
        if name in discourse.weekdays:  # one article, one Tuesday: "last Tuesday's coup ... Tuesday's coup"
            day, said = discourse.weekdays[name]
            return day + pod, f"weekday '{m[0]}' → {day}, the {name} fixed earlier by '{said}'"
        return found.value, found.rule

    found.resolve = resolve
    return found


_REL_STEP = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def h_relunit(m, ctx):
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    text = m[0]
    if m["rel"][0].isupper() and m["unit"][0].isupper() and (
        not ctx.sentence_initial(m.start()) or ctx.quoted(m.start(), m.end())
    ):
        return None  # a title: ABC's “This Week”
    if unit in ("fiscal year", "financial year"):
        unit = "year"
    if m["det"] and rel in ("past", "next", "coming") and not m["pre"]:
        u = "W" if unit == "weekend" else UNITS[unit]
        return Found("DURATION", _duration(1, u), f"'{text}' is a stretch of time, not a date")
    if rel in ("following", "previous"):
        return _narrative_found(text, 1 if rel == "following" else -1, unit)
    step = _REL_STEP[rel]
    need = {"week": "day", "weekend": "day", "month": "month", "quarter": "month"}.get(unit, "year")
    if step == 0 and ctx.anchor is not None and not ctx.anchor.knows(need):
        return Found("DATE", ctx.anchor.value, f"'{text}' → the publication date {ctx.anchor.value}, as precise as it is known")
    if (refusal := ctx.need(need, f"'{text}'")) is not None:
        return refusal
    a = ctx.anchor.day
    if unit in ("week", "weekend"):
        value = week_value(a + timedelta(days=7 * step)) + ("-WE" if unit == "weekend" else "")
    elif unit == "month":
        value = month_value(add_months(a, step))
    elif unit == "quarter":
        q0 = a.year * 4 + (a.month - 1) // 3 + step
        value = f"{q0 // 4:04d}-Q{q0 % 4 + 1}"
    elif unit == "decade":
        value = f"{a.year // 10 + step:03d}"
    elif unit == "century":
        value = f"{a.year // 100 + step:02d}"
    else:
        value = year_value(date(a.year + step, 1, 1))
    where = {0: "the", -1: "the previous", 1: "the next"}[step]
    return Found("DATE", value, f"'{text}' → {where} {unit} relative to publication {ctx.anchor.value}")


def _narrative_found(text: str, step: int, unit: str, period: bool = True) -> Found:
    """A value ``step`` units from the paragraph's narrative time: the whole
    period for "the following week", a day for "two weeks later"."""
    u = UNITS.get(unit) or {"morning": "D", "night": "D", "weekend": "W"}[unit]
    need = _GRANULARITY[u]

    def resolve(discourse: Discourse) -> tuple[str | None, str]:
        ref = discourse.paragraph
        if ref is None:
            return None, f"'{text}' counts from a time the paragraph does not state"
        ref_anchor = Anchor.parse(ref)
        if not ref_anchor.knows(need):
            return None, f"'{text}' needs a {need} but the paragraph's time is {ref}"
        if period and u == "W":
            value = week_value(ref_anchor.day + timedelta(days=7 * step))
        elif period and u in ("DE", "CE"):
            size = 10 if u == "DE" else 100
            value = f"{ref_anchor.day.year // size + step}"
        else:
            value = _shift(ref_anchor.day, step, u)
        return value, f"'{text}' → {step:+d} {unit} from the paragraph's time {ref}"

    return Found("DATE", None, "", resolve=resolve)


def h_weekend(m, ctx):
    if (refusal := ctx.need("day", f"'{m[0]}'")) is not None:
        return refusal
    a = ctx.anchor.day
    direction, reason = _direction(None, ctx.tense(m.start(), m.end()))
    saturday = _weekday(a, 5, direction)
    if direction == "past" and a.weekday() == 6:
        saturday = a - timedelta(days=1)
    return Found("DATE", week_value(saturday) + "-WE", f"'{m[0]}' ({reason}) → the weekend of {saturday}")


def h_edge(m, ctx):
    unit = m["unit"].lower()
    if unit == "day":
        return _narrative_found(m[0], 0, "day")
    need = {"year": "year", "month": "month"}.get(unit, "day")
    if (refusal := ctx.need(need, f"'{m[0]}'")) is not None:
        return refusal
    a = ctx.anchor.day
    value = {"year": year_value, "month": month_value, "week": week_value, "day": day_value}[unit](a)
    return Found("DATE", value, f"'{m[0]}' → part of the current {unit}, publication {ctx.anchor.value}")


def h_quarter(m, ctx):
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}[m["ord"].lower()]
    if m["year"] or m["relyear"]:
        return _with_year(m, ctx, f"Q{q}", f"quarter {q}", f"quarter '{m[0]}'")
    if (refusal := ctx.need("month", f"'{m[0]}'")) is not None:
        return refusal
    a = ctx.anchor.day
    y = a.year
    current = (a.month - 1) // 3 + 1
    reason = "the publication year"
    if q > current and ctx.tense(m.start(), m.end()) in ("past", "participle"):
        y, reason = y - 1, "past-tense clause and that quarter is still to come: the year before"
    return Found("DATE", f"{y:04d}-Q{q}", f"'{m[0]}' without a year → {reason}")


def h_ago(m, ctx):
    unit = _unit(m["unit"])
    direction = m["dir"].lower()
    n = _number(m["num"]) if m["num"] else None
    if n is None:
        if direction == "ago":
            return Found("DATE", "PAST_REF", f"'{m[0]}': an unspecified time ago")
        return Found("DATE", None, f"'{m[0]}': an unspecified offset")
    n = int(n)
    if direction in ("ago", "from now", "hence"):
        step = -n if direction == "ago" else n
        if (refusal := ctx.need(_GRANULARITY[unit], f"'{m[0]}'")) is not None:
            return refusal
        try:
            value = _shift(ctx.anchor.day, step, unit)
        except (ValueError, OverflowError):  # "10,000 years ago": before the calendar's first year
            return Found("DATE", None, f"'{m[0]}': outside the calendar")
        return Found("DATE", value, f"'{m[0]}' → {step:+d} {m['unit'].lower()} from publication {ctx.anchor.value}")
    nxt = ctx.word_after(m.end())
    if nxt is not None and nxt.lower_ == "than":
        return None  # "a month earlier than usual": a comparison, so a duration
    step = n if direction == "later" else -n
    unit_word = {v: k for k, v in UNITS.items()}[unit]
    return _narrative_found(m[0], step, unit_word, period=False)


def h_duration(m, ctx):
    unit = _unit(m["unit"])
    plural = bool(m["pl"]) or m["unit"].lower() == "centuries"
    rel = (m["rel"] or "").lower()
    n = _number(m["num"]) if m["num"] else None
    if m["num"] and n is None:
        return None
    prev = ctx.word_before(m.start())
    if m["num"] and m["num"].lower() in ("a", "an"):
        if unit == "S":
            return None  # "a second term"
        if prev is not None and (prev.like_num or prev.lower_ in ("times", "once", "twice", "thrice") or prev.tag_ == "$"):
            return Found("SET", _duration(1, unit), f"'{m[0]}': per {m['unit']}")
    if m["num"] and m["num"][0].isdigit() and prev is not None and prev.lower_ in IDENTIFIER_WORDS:
        return None
    if n is None and not m["vague"]:
        if not plural:
            return None
        nxt = ctx.word_after(m.end())
        if not rel and (prev is None or prev.lower_ not in ("for", "in", "over", "within")) and (
            nxt is None or nxt.lower_ not in ("before", "after", "later", "earlier")
        ):
            return None
        if rel in ("first", "final"):
            return None
    if n is None and not plural and unit != "D":
        return None
    if rel and not m["det"] and rel not in ("recent", "coming", "past", "next", "last"):
        return None
    return Found("DURATION", _duration(n, unit), f"'{m[0]}' is a duration ({_duration(n, unit)}), not a date")


def h_adjdur(m, ctx):
    if m["vunit"]:
        unit = _unit(m["vunit"])
        return Found("DURATION", _duration(None, unit), f"'{m[0]}': a length of time, unspecified")
    n = _number(m["num"])
    if n is None:
        return None
    unit = _unit(m["unit"])
    return Found("DURATION", _duration(n, unit), f"'{m[0]}' modifies a noun with a length of time ({_duration(n, unit)})")


def h_decade(m, ctx):
    short = m["short"] or m["bare"]
    if short is not None:
        if (refusal := ctx.need("year", f"decade '{m[0]}'")) is not None:
            return refusal
        century = ctx.anchor.day.year // 100
        decade = century * 10 + int(short)
        if decade * 10 > ctx.anchor.day.year:
            decade -= 10
        return Found("DATE", f"{decade:03d}", f"'{m[0]}' → the latest such decade before {ctx.anchor.value}")
    return Found("DATE", f"{m['c']}{m['d']}", f"decade '{m[0]}'")


def h_shortyear(m, ctx):
    if (refusal := ctx.need("year", f"year '{m[0]}'")) is not None:
        return refusal
    y = ctx.anchor.day.year // 100 * 100 + int(m["yy"])
    if y > ctx.anchor.day.year + 1:
        y -= 100
    return Found("DATE", f"{y:04d}", f"'{m[0]}' → the latest year ending in {m['yy']} by {ctx.anchor.value}")


def h_century(m, ctx):
    return Found("DATE", f"{int(m['n']) - 1:02d}", f"century '{m[0]}'")


def h_year(m, ctx):
    tok = ctx.token_at(m.start("year"))
    if tok is None or m["year"] not in tok.text:
        return None
    prev = ctx.word_before(m.start("year"))
    if prev is not None and (prev.lower_ in IDENTIFIER_WORDS or prev.text in {"$", "#", "No"}):
        return None
    if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") and tok.head.lower_ not in TIME_NOUNS:
        return None  # "2000 soldiers"
    if tok.head.i != tok.i and tok.head.lower_ in ("percent", "%", "people", "times") and tok.head.i > tok.i:
        return None
    return Found("DATE", m["year"], f"year '{m['year']}'")


def h_deictic(m, ctx):
    text = m[0].lower()
    step = -1 if ("yesterday" in text or text.startswith("last") or text == "the day before yesterday") else \
        1 if "tomorrow" in text else 0
    if text in ("the day before yesterday", "the day after tomorrow"):
        step *= 2
    pod = next((PARTS_OF_DAY[p] for p in PARTS_OF_DAY if text.endswith(p)), "NI" if text == "tonight" else None)
    if step == 0 and ctx.anchor is not None and not ctx.anchor.knows("day"):
        return Found("DATE", ctx.anchor.value, f"'{m[0]}' → the publication date {ctx.anchor.value}, as precise as it is known")
    if (refusal := ctx.need("day", f"'{m[0]}'")) is not None:
        return refusal
    d = ctx.anchor.day + timedelta(days=step)
    value = day_value(d) + (f"T{pod}" if pod else "")
    return Found("TIME" if pod else "DATE", value, f"'{m[0]}' → {step:+d} day from publication {ctx.anchor.value}")


def h_narrative(m, ctx):
    words = m[0].lower().split()
    unit = words[-1] if words[1] != "day" else "day"
    if words[0] == "that" or "same" in words:
        step = 0
    elif words[1] == "day":
        step = -1 if words[-1] == "before" else 1
    else:
        step = -1 if words[1] == "previous" else 1
    return _narrative_found(m[0], step, unit)


def h_clock(m, ctx):
    hour = int(m["h"] or m["h2"] or m["h3"])
    minute = int(m["min"] or m["min2"] or m["min3"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone = m["zone"] or m["zone2"] or m["zone3"]
    clock = f"T{hour:02d}:{minute:02d}" + ("Z" if zone in ("GMT", "UTC") else "")
    wd = m["wd"] or m["wd2"] or m["wd3"]
    deictic = (m["deictic"] or m["deictic2"] or m["deictic3"] or "").lower()
    if deictic:
        if (refusal := ctx.need("day", f"'{m[0]}'")) is not None:
            refusal.type = "TIME"
            return refusal
        d = ctx.anchor.day + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[deictic])
        return Found("TIME", day_value(d) + clock, f"clock time '{deictic}' → {d}")
    if wd:
        if (refusal := ctx.need("day", f"'{m[0]}'")) is not None:
            refusal.type = "TIME"
            return refusal
        direction, reason = _direction(None, ctx.tense(m.start(), m.end()))
        d = _weekday(ctx.anchor.day, WEEKDAYS[wd], direction)
        return Found("TIME", day_value(d) + clock, f"clock time on '{wd}' ({reason}) → {d}")

    def resolve(discourse: Discourse) -> tuple[str | None, str]:
        ref = discourse.paragraph
        if ref is not None and Anchor.parse(ref).knows("day"):
            return ref + clock, f"clock time '{m[0]}' on the paragraph's day {ref}"
        return "XXXX-XX-XX" + clock, f"clock time '{m[0]}': its paragraph names no day"

    return Found("TIME", None, "", resolve=resolve)


def h_stopwatch(m, ctx):
    h, mi, s = int(m["h"]), int(m["m"]), int(m["s"])
    return Found("DURATION", f"PT{h}H{mi}M{s}S", f"'{m[0]}' is an elapsed time (hours:minutes:seconds)")


def h_ref(m, ctx):
    text = m[0].lower()
    if text in LEXICON["past_ref"]:
        return Found("DATE", "PAST_REF", f"'{m[0]}': the indefinite past")
    if text in LEXICON["future_ref"]:
        return Found("DATE", "FUTURE_REF", f"'{m[0]}': the indefinite future")
    nxt = ctx.word_after(m.end())
    if text == "now" and nxt is not None and nxt.lower_ == "that":
        return None
    if m.end() < len(ctx.doc.text) and ctx.doc.text[m.end()] in "-‐‑" and m[0][-1].isalpha():
        return None  # "the now-shuttered camp", "present-day": part of a compound word, not a time
    if ctx.anchor is None:
        return Found("DATE", "PRESENT_REF", f"'{m[0]}' → the time of writing, which is unknown")
    return Found("DATE", "PRESENT_REF", f"'{m[0]}' → the time of writing, publication {ctx.anchor.value}")


def h_set(m, ctx):
    return Found("SET", None, f"'{m[0]}' recurs: no single date")


HANDLERS: dict[str, Callable] = {name: globals()[f"h_{name}"] for name, _ in PATTERNS}
