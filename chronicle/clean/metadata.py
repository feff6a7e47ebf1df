"""Title, authors, outlet, publication date and language of a cleaned article.

Metadata a format carried (JSON fields, HTML meta) wins over what the text
suggests; a date is ``stated`` when a byline, dateline or field gives it,
``inferred`` only when the text itself fixes it ("Today is May Day" next to a
dated event), and otherwise null: never guessed.
"""
from __future__ import annotations

import csv
import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateparser.date import DateDataParser

from ..reference import DATASET

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MON = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
#: A full calendar date in the forms news sites print.
DATE = (
    rf"(?:{_DAY})?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}|{MON}),?\s+\d{{4}}"
    rf"|(?:{MONTHS}|{MON})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_DATE_RE = re.compile(DATE)
_NAME_TOKEN = r"(?:[A-ZÀ-Þ][\w'’.-]*|(?:van|von|de|da|del|della|di|du|dos|das|al|el|bin|ibn|ter|le|la)(?=\s))"
NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}"
_NAME_RE = re.compile(rf"^{NAME}$")
_BY = re.compile(r"^(?:by|words by|written by|reporting by)\s+(.+)$", re.I)
_LABEL = re.compile(r"^(?:published|posted|updated|last updated|first published|date)\s*:?\s*(.+)$", re.I)
_NOT_NAME = frozenset("the a an news latest world politics opinion analysis home menu video live updated published issue".split())

_parser = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})


def parse_date(text: str) -> date | None:
    """A full calendar date from a string that is (or contains) one."""
    m = _DATE_RE.search(text)
    candidate = m.group(0) if m else text
    try:
        data = _parser.get_date_data(candidate)
    except (ValueError, OverflowError):
        return None
    return data.date_obj.date() if data and data.date_obj else None


#: A timestamp whose instant is fixed: ISO with 'Z' or a UTC offset, or RFC 2822 with a zone.
_ZONED = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})\s*$", re.I)
_RFC = re.compile(r"^\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|UT|Z|[+-]\d{4})\s*$")


def _instant(value: str) -> datetime | None:
    """The instant a zoned timestamp names ("2025-03-13 01:47:55Z", "Thu, 13 Mar 2025 01:47:55 GMT")."""
    try:
        if z := _ZONED.match(value):
            offset = z.group(3).upper()
            offset = "+00:00" if offset in ("Z", "UTC", "GMT") else offset[:3] + ":" + offset[-2:]
            return datetime.fromisoformat(f"{z.group(1)}T{z.group(2)}{offset}")
        if _RFC.match(value):
            return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return None


def parse_field_date(value, outlet: str | None = None) -> str | None:
    """A date from a metadata field (ISO timestamps, RFC dates, plain dates).

    A timestamp fixes an instant, and its date is the newsroom's: "2025-03-13
    01:47:55Z" from a Washington outlet is still 12 March there, which is the
    day its "on Wednesday" and "today" mean. The outlet's time zone comes from
    outlets.csv; with none known the date stays as written (UTC or the offset's)."""
    if isinstance(value, (int, float)):
        return _local(datetime.fromtimestamp(value, timezone.utc), outlet).isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    if outlet_timezone(outlet) and (instant := _instant(value)) is not None and instant.tzinfo is not None:
        return _local(instant, outlet).isoformat()
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if m:
        return "-".join(g for g in m.groups() if g)
    d = parse_date(value)
    return d.isoformat() if d else None


def is_name(text: str) -> bool:
    text = text.strip(" ,")
    if not _NAME_RE.match(text):
        return False
    words = text.split()
    return words[0].casefold() not in _NOT_NAME and not _DATE_RE.search(text) and not any(w.strip(".").casefold() in MONTHS.casefold().split("|") for w in words)


def split_authors(text: str) -> list[str]:
    text = re.split(r"\s+(?:in|for)\s+[A-Z]|\s*[|•]\s*", text)[0]
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text)
    return [p.strip(" ,.") for p in parts if is_name(p)]


def byline(text: str, next_text: str | None) -> tuple[list[str], date | None, int] | None:
    """Authors and date from a byline line; the int is how many lines it used."""
    m = _BY.match(text)
    body = m.group(1) if m else text
    dm = _DATE_RE.search(body)
    when = parse_date(dm.group(0)) if dm else None
    names_part = body[: dm.start()] if dm else body
    authors = split_authors(names_part)
    if not authors:
        return None
    if m or when:
        return authors, when, 1
    if next_text and _DATE_RE.fullmatch(next_text.strip()):
        return authors, parse_date(next_text), 2
    return None


def labelled_date(text: str) -> date | None:
    """'Published: 7 May 2019' and bare date lines."""
    m = _LABEL.match(text)
    candidate = m.group(1) if m else text
    if _DATE_RE.fullmatch(candidate.strip(" .")) or (m and _DATE_RE.search(candidate)):
        return parse_date(candidate)
    return None


# -- outlets ----------------------------------------------------------------

@lru_cache(maxsize=1)
def outlets() -> list[dict]:
    with resources.files(__package__).joinpath("outlets.csv").open(encoding="utf-8") as fh:
        return [
            {"name": r["name"], "domains": r["domains"].split("|"), "aliases": [a for a in r["aliases"].split("|") if a],
             "timezone": r.get("timezone") or None}
            for r in csv.DictReader(fh)
        ]


def outlet_timezone(outlet: str | None) -> ZoneInfo | None:
    """The time zone of a known outlet's newsroom (outlets.csv), by name or domain."""
    if not outlet:
        return None
    name = outlet_from_domain(outlet) if "." in outlet and " " not in outlet else outlet
    zone = next((o["timezone"] for o in outlets() if o["name"] == name), None)
    try:
        return ZoneInfo(zone) if zone else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def date_evidence(value, outlet: str | None = None) -> str:
    """The words a stated publication date was read from, naming the time zone when a
    timestamp was read in the outlet's ("2025-03-13 01:47:55Z (America/New_York time)")."""
    text = str(value).strip()
    zone = outlet_timezone(outlet)
    if zone and isinstance(value, str) and _instant(value) is not None:
        return f"{text} ({zone.key} time)"
    return text


def _local(instant: datetime, outlet: str | None) -> date:
    zone = outlet_timezone(outlet)
    return (instant.astimezone(zone) if zone else instant.astimezone(timezone.utc)).date()


def outlet_from_domain(url: str) -> str | None:
    host = urlparse(url if "//" in url else "//" + url).hostname or ""
    for o in outlets():
        if any(host == d or host.endswith("." + d) for d in o["domains"]):
            return o["name"]
    return None


def outlet_from_text(furniture: list[str]) -> str | None:
    """The outlet a page names in its own furniture (footers, calls to action,
    links): a site speaks of itself there, while the body cites other outlets."""
    joined = "\n".join(furniture)
    for m in re.finditer(r"(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?", joined, re.I):
        name = outlet_from_domain(m.group(1).lower())
        if name:
            return name
    best = None
    for o in outlets():
        for alias in o["aliases"]:
            flags = 0 if alias.isupper() else re.I
            if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", joined, flags):
                if best is None or len(alias) > len(best[1]):
                    best = (o["name"], alias)
    return best[0] if best else None


# -- inferred dates ----------------------------------------------------------

@lru_cache(maxsize=1)
def holidays() -> dict[str, tuple[int, int]]:
    with resources.files(__package__).joinpath("holidays.csv").open(encoding="utf-8") as fh:
        return {r["name"].casefold(): (int(r["month"]), int(r["day"])) for r in csv.DictReader(fh)}


def infer_published(text: str) -> tuple[str, str] | None:
    """The publication date fixed by the text itself, with the words that fix it.

    "Today is <date>" gives it directly; "Today is May Day" gives the month and
    day, and the year only when the text fixes it: a full date of that day or
    the day before ("yesterday, 30 April 2019"), or a coup the article
    describes on that day or the day before which the reference coup list
    places in exactly one year, in a country the article names. Nothing is
    guessed.
    """
    for m in re.finditer(r"\b[Tt]oday(?:\s+is|,)\s+(?:the\s+)?([^.;]{3,40})", text):
        phrase = m.group(1).strip()
        d = parse_date(phrase) if _DATE_RE.match(phrase) else None
        if d:
            return d.isoformat(), m.group(0)
        key = next((h for h in holidays() if phrase.casefold().startswith(h)), None)
        if key is None:
            continue
        month, day = holidays()[key]
        for dm in _DATE_RE.finditer(text):
            full = parse_date(dm.group(0))
            if full and (full.month, full.day) in ((month, day), _day_before(month, day, full.year)):
                year = full.year if (full.month, full.day) == (month, day) or month != 1 else full.year + 1
                return f"{year:04d}-{month:02d}-{day:02d}", m.group(0)
        found = _year_from_coups(text, month, day)
        if found:
            year, coup = found
            return f"{year:04d}-{month:02d}-{day:02d}", f"{m.group(0)}; the {coup.outcome} coup in {coup.country} it describes is dated {coup.date} in the {DATASET}"
    return None


_DAY_MONTH = re.compile(rf"\b(?:(\d{{1,2}})\s+({MONTHS})|({MONTHS})\s+(\d{{1,2}}))\b(?!,?\s*\d{{4}})")
_COUP_WORDS = re.compile(r"\b(?:coup|putsch|uprising|overthrow|military revolt)", re.I)


def _year_from_coups(text: str, month: int, day: int):
    """The one year in which a coup the text describes on (month, day) or the
    day before happened, by the reference coup list; None if not exactly one."""
    from ..reference import coups

    days = {(month, day), _day_before(month, day, 2001)}
    described = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not _COUP_WORDS.search(sentence):
            continue
        for m in _DAY_MONTH.finditer(sentence):
            d, mon = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            key = (MONTHS.split("|").index(mon) + 1, int(d))
            if key in days:
                described.add(key)
    if not described:
        return None
    latest_year = max((int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)), default=0)
    matches = [c for c in coups() if (c.month, c.day) in described and c.year >= latest_year and re.search(rf"\b{re.escape(c.country)}\b", text)]
    years = {c.year for c in matches}
    return (years.pop(), matches[0]) if len(years) == 1 else None


def _day_before(month: int, day: int, year: int) -> tuple[int, int]:
    d = date(year if month != 1 or day != 1 else year + 1, month, day) - timedelta(days=1)
    return d.month, d.day


def language(text: str) -> str:
    import py3langid

    lang, _ = py3langid.classify(text[:600])
    return lang
