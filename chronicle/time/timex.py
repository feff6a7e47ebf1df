"""TIMEX3 values: the internal currency of the time stage, and their export form.

Expressions are first normalised to TimeML TIMEX3 values (``2013-W12``,
``2012-SU``, ``P3D``, ``PRESENT_REF``) because that vocabulary distinguishes
everything news text says (a week is not a day, a duration is not a date) and
it is what the TempEval gold uses. ``to_contract`` then writes the value the
export contract allows: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, or a day range
``YYYY-MM-DD/YYYY-MM-DD`` for weeks, weekends, seasons, quarters, decades and
centuries. Seasons use meteorological month bounds (northern hemisphere):
spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb, and winter ``Y``
starts in December of ``Y``. Durations and recurring times have no calendar
value (``None``), except a stretch that ends now ("the past month": ``looking_back``); a clock time keeps the day it falls on, with precision
``time``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PRECISIONS = ("year", "month", "day")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date relative expressions count from.

    ``precision`` is how much of ``day`` is known: an anchor read as ``2019-05``
    is stored as 1 May with precision ``month`` and never yields a day."""

    day: date
    precision: str  # day | month | year

    @classmethod
    def parse(cls, value: str | date | None) -> Anchor | None:
        if value is None:
            return None
        if isinstance(value, date):
            return cls(value, "day")
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return cls(date(*parts), "day")
        if len(parts) == 2:
            return cls(date(parts[0], parts[1], 1), "month")
        return cls(date(parts[0], 1, 1), "year")

    def knows(self, precision: str) -> bool:
        return PRECISIONS.index(self.precision) >= PRECISIONS.index(precision)

    @property
    def value(self) -> str:
        return {"day": day_value, "month": month_value, "year": year_value}[self.precision](self.day)


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def year_value(d: date) -> str:
    return f"{d.year:04d}"


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(d: date, n: int) -> date:
    """First day of the month ``n`` months from ``d``'s month."""
    index = d.year * 12 + d.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def season_bounds(year: int, code: str) -> tuple[date, date]:
    first, last = SEASON_MONTHS[code]
    end_year = year + 1 if last < first else year
    return date(year, first, 1), date(end_year, last, days_in_month(end_year, last))


def season_of(d: date) -> tuple[int, str]:
    """The (season year, code) ``d`` falls in; January belongs to the previous year's winter."""
    for code, (first, last) in SEASON_MONTHS.items():
        if first <= last and first <= d.month <= last:
            return d.year, code
    return (d.year if d.month == 12 else d.year - 1), "WI"


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


_LOOKING_BACK = re.compile(r"(?i)^(?:the\s+)?(?:past|last)\s")
_SPAN = re.compile(r"^P(\d+)([DWMY])$")


def looking_back(text: str, timex: str | None, anchor: Anchor | None) -> str | None:
    """"In the past month", "over the last two weeks": a stretch that ends now is, as a
    date, the day range it covers up to the anchor (the TIMEX3 value stays a duration);
    an uncounted one ("the past few days") or an anchor without its day has none."""
    m = _SPAN.match(timex or "")
    if not m or not _LOOKING_BACK.match(text) or anchor is None or not anchor.knows("day"):
        return None
    n, unit, end = int(m[1]), m[2], anchor.day
    if unit in ("D", "W"):
        start = end - timedelta(days=n * (7 if unit == "W" else 1))
    else:
        first = add_months(end, -n * (12 if unit == "Y" else 1))
        start = first.replace(day=min(end.day, days_in_month(first.year, first.month)))
    return _range(start, end)


def _range(a: date, b: date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def to_contract(timex: str | None, kind: str, anchor: Anchor | None) -> tuple[str | None, str | None]:
    """(value, precision) for the export contract from a TIMEX3 value and type."""
    if kind == "DURATION":
        return None, "duration"
    if timex is None or kind == "SET":
        return None, None
    if timex == "PRESENT_REF":
        return (anchor.value, anchor.precision) if anchor else (None, None)
    if m := _DAY.match(timex):
        return f"{m[1]}-{m[2]}-{m[3]}", "time" if m[4] and m[4][1:2].isdigit() else "day"
    if timex.startswith("XXXX-XX-XXT"):
        return None, "time"
    if _MONTH.match(timex) or _YEAR.match(timex):
        return timex, "month" if "-" in timex else "year"
    if m := _WEEK.match(timex):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return _range(monday + timedelta(days=5), monday + timedelta(days=6)), "week"
        return _range(monday, monday + timedelta(days=6)), "week"
    if m := _SEASON.match(timex):
        return _range(*season_bounds(int(m[1]), m[2])), "season"
    if m := _QUARTER.match(timex):
        year, q = int(m[1]), int(m[2])
        last = 3 * q
        return _range(date(year, last - 2, 1), date(year, last, days_in_month(year, last))), "range"
    if m := _DECADE.match(timex):
        start = int(m[1]) * 10
        return _range(date(start, 1, 1), date(start + 9, 12, 31)), "decade"
    if m := _CENTURY.match(timex):
        start = int(m[1]) * 100
        return _range(date(start, 1, 1), date(start + 99, 12, 31)), "range"
    return None, None
