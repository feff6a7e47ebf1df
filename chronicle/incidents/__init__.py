"""The ``incidents`` corpus stage: the same happening recognised across articles and outlets.

Event mentions are per article; an incident is one real-world happening with
every mention of it, from one article or many. Like actor resolution, this
stage reads stored annotations (events, with their arguments mapped to
canonical actor ids through the stored actor links; each article's outlet and
publication date) and is rebuilt from them after every ingest and every actor
correction, so it never drifts from what the articles say.

Grouping (``group.py``, which documents the method): candidate pairs only
between compatible types and compatible dates, a similarity over trigger stem,
the words of the two articles and of the evidence sentences, shared actors,
place and date, and average-linkage
clustering with a threshold in which two mentions of different dates can never
end up together by chaining. Repeated mentions of one happening within one
article join the same way. Pairs that cannot score are dropped in bulk before
any pair is scored ("Blocking" there), which keeps a large knowledge base's
rebuild after each ingest to seconds without changing a single incident.

Modality. A negated, hypothetical or planned mention ("denied that troops
fired", "could impose sanctions", "will march on Friday") is grouped with the
happening it speaks of, so a reader sees the denial beside the claim, but it
does not corroborate it: only asserted and reported mentions count towards
``corroboration`` and take part in conflicts (unless an incident has no other
kind; then all its mentions do).

Independent outlets. ``outlets`` lists the distinct outlets of its articles.
``corroboration`` counts independent sources among the corroborating
mentions: distinct outlets (case-insensitive), and each article whose outlet is
unknown on its own, except that syndicated copies count once. Two articles
are copies when at least ``SYNDICATED`` of the word 5-grams ("shingles") of the
shorter one occur in the other: a wire story republished by a second site, with
its own headline, dateline or a trimmed or added paragraph, still shares nearly
all of them, while two newsrooms writing up one happening share names and
quotations but few runs of five words (among the VOA stories, two reports of one
train hijacking share 15%; a story and its rewritten update 47%). Containment of
the shorter rather than Jaccard, because a copy is often cut. Texts under
``MIN_SHINGLES`` shingles are too short to tell copying from common wording and
are never called copies. A copy identical after normalisation never reaches
this stage as an article (the store links it to its original in
``duplicates``); ``resolve`` lists its outlet where it is given one.

Incident ids. An incident is named after one of its mentions, its anchor: the
mention from the earliest-published article (an article without a date comes
last), ties broken by article id and then position in the article;
``in-`` + a hash of that mention's event id. Article ids hash the article's
bytes, so the id does not depend on the order articles were ingested in, and a
re-ingest changes nothing. Later coverage joining an incident leaves its id as
it is; only an earlier report of the same happening (or one from the same day
with a smaller id) renames it, and when an incident splits, the part that
keeps the anchor keeps the id. A hash of all members would change with every new
article; the first-ingested mention would depend on the ingest order.

Conflicts: where the corroborating mentions of two different articles disagree
on a count (``size.dead``: 19 vs 35), a place (unless one is the country the
other lies in), a stated day, or who did it (source actors with nothing in
common). One article giving two counts is not a disagreement between sources.
Each lists ``{value, articles}``; nothing is reconciled or averaged.

Summary: one line from the incident's type (and mode), main source and target
names, place, date and stated counts; nothing that is not in its mentions.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from ..records import Actor, Article, Event, EventDate, Incident
from ..sets import DisjointSets
from .group import THRESHOLD, Item, group, interval, publication_span, stem

__all__ = ["resolve", "group", "Item", "stem", "interval", "THRESHOLD", "CORROBORATING", "event_id", "sentence",
           "incident_id", "independent_sources"]

CORROBORATING = ("asserted", "reported")
SHINGLE = 5  # words in a shingle
SYNDICATED = 0.6  # share of the shorter article's shingles found in the other: a copy
MIN_SHINGLES = 20  # fewer than this: too short to call a copy
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n")


def event_id(article: str, seq: int) -> str:
    """The id the export gives an event mention."""
    return f"ev-{article}-{seq}"


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (or line) holding ``text[start:end]``, found by punctuation alone."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, max(end - 1, lo))
    hi = m.start() + 1 if m else len(text)
    return lo, max(hi, end)


def resolve(
    events: Iterable[tuple[str, int, Event]],
    articles: Mapping[str, Article],
    links: Mapping[tuple[str, str], str],
    actors: Iterable[Actor] = (),
    duplicates: Mapping[str, Iterable[str]] | None = None,
) -> tuple[list[Incident], dict[tuple[str, int], str]]:
    """Group every stored event mention into incidents.

    ``duplicates``: article id → the outlets of identical copies the store kept
    only as duplicates of it; they are listed among the outlets, never counted.
    Returns the incidents (most independent sources first, then by date) and
    ``(article, seq) → incident id`` for every mention."""
    by_id = {a.id: a for a in actors}
    rows = sorted(((art, seq, e) for art, seq, e in events if art in articles), key=lambda r: (r[0], r[1]))
    items = [_item(art, e, articles[art], links, by_id) for art, seq, e in rows]
    documents = {art: articles[art].text for art, _, _ in rows}
    incidents, mapping = [], {}
    copies = _Copies(articles)
    for members in group(items, documents=documents):
        incident = _incident([rows[i] for i in members], articles, links, by_id, copies, duplicates or {})
        incidents.append(incident)
        for i in members:
            mapping[(rows[i][0], rows[i][1])] = incident.id
    incidents.sort(key=lambda x: (-x.corroboration, -len(x.articles), (x.date.value if x.date and x.date.value else "9999"), x.id))
    return incidents, mapping


# -- from stored events to grouping items ----------------------------------------

def _canonical(article: str, keys: Iterable[str], links: Mapping[tuple[str, str], str]) -> list[str]:
    """Canonical actor ids; an entity the corpus stage did not link keeps an
    article-local key (it can still match within its own article)."""
    return [links.get((article, k)) or f"{article}/{k}" for k in keys]


def _stated(e: Event) -> bool:
    return bool(e.date and e.date.value and e.date.basis != "publication")


def _item(article: str, e: Event, a: Article, links, actors: Mapping[str, Actor]) -> Item:
    span = day = None
    if e.date and e.date.value:
        if e.date.basis == "publication":
            span = publication_span(e.date.value)
        else:
            span = interval(e.date.value)
            if span and span[0] == span[1] and e.date.precision == "day":
                day = span[0]
    lo, hi = sentence(a.text, e.start, e.end)
    location = _canonical(article, [e.location], links)[0] if e.location else None
    place = actors.get(location) if location else None
    if place is not None and _is_country(place):
        location = f"country:{place.country}"  # so that a city in it is not another place
    return Item(
        article=article,
        text=a.text[lo:hi],
        sentence=lo,
        trigger=stem(e.trigger),
        type=e.type,
        coup=e.coup is not None,
        source=frozenset(_canonical(article, e.source, links)),
        target=frozenset(_canonical(article, e.target, links)),
        location=location,
        country=place.country if place is not None else None,
        span=span,
        day=day,
    )


# -- incidents ---------------------------------------------------------------------

def _incident(rows: list[tuple[str, int, Event]], articles: Mapping[str, Article], links, actors: Mapping[str, Actor],
              copies: _Copies | None = None, duplicates: Mapping[str, Iterable[str]] | None = None) -> Incident:
    rows = sorted(rows, key=lambda r: (articles[r[0]].published or "9999", r[0], r[1]))
    anchor = rows[0]  # earliest published, then article id, then position (see "Incident ids")
    events = [e for _, _, e in rows]
    counted = [r for r in rows if r[2].modality in CORROBORATING] or rows
    etype = _majority(e.type for e in events)
    mode = _majority(e.mode for e in events if e.type == etype and e.mode)
    known = lambda ids: [i for i in ids if i in actors or "/" not in i]  # noqa: E731  canonical ids only
    sources = Counter(i for art, _, e in counted for i in known(_canonical(art, e.source, links)))
    targets = Counter(i for art, _, e in counted for i in known(_canonical(art, e.target, links)) if i not in sources)
    places = Counter(links[(art, e.location)] for art, _, e in counted if e.location and (art, e.location) in links)
    location = places.most_common(1)[0][0] if places else None
    date = _date([e for _, _, e in counted]) or _date(events)
    article_ids = list(dict.fromkeys(art for art, _, _ in rows))
    copied = (o for a in article_ids for o in (duplicates or {}).get(a, ()))
    outlets = list(dict.fromkeys(o for o in [*(articles[a].outlet for a in article_ids), *copied] if o))
    corroborating = list(dict.fromkeys(art for art, _, e in rows if e.modality in CORROBORATING))
    conflicts = _conflicts(counted, links, actors)
    incident = Incident(
        id=incident_id(anchor[0], anchor[1]),
        type=etype, mode=mode, date=date, summary="",
        actors=[i for i, _ in sources.most_common()] + [i for i, _ in targets.most_common()],
        location=location,
        events=[(art, seq) for art, seq, _ in sorted(rows, key=lambda r: (r[0], r[1]))],
        articles=article_ids, outlets=outlets,
        corroboration=independent_sources(corroborating, articles, copies),
        conflicts=conflicts,
    )
    incident.summary = _summary(incident, [i for i, _ in sources.most_common(1)], [i for i, _ in targets.most_common(1)], counted, actors)
    return incident


def incident_id(article: str, seq: int) -> str:
    """The id of an incident anchored on this mention (see "Incident ids")."""
    return "in-" + hashlib.sha1(f"{article}-{seq}".encode()).hexdigest()[:12]


def independent_sources(article_ids: list[str], articles: Mapping[str, Article], copies: _Copies | None = None) -> int:
    """How many independent sources these articles are: one per outlet (an article
    of unknown outlet is its own), and syndicated copies count as one."""
    copies = copies or _Copies(articles)
    sets = DisjointSets(len(article_ids))
    first_of: dict[str, int] = {}
    for i, a in enumerate(article_ids):
        outlet = (articles[a].outlet or "").casefold().strip()
        if outlet:
            sets.union(i, first_of.setdefault(outlet, i))
    for i, a in enumerate(article_ids):
        for j in range(i + 1, len(article_ids)):
            if sets.find(i) != sets.find(j) and copies.same(a, article_ids[j]):
                sets.union(i, j)
    return len(sets.groups())


class _Copies:
    """Which articles are syndicated copies of each other (see "Independent outlets");
    shingles are computed once per article, and only for articles compared."""

    def __init__(self, articles: Mapping[str, Article]):
        self.articles = articles
        self._shingles: dict[str, frozenset[str]] = {}

    def shingles(self, article: str) -> frozenset[str]:
        if article not in self._shingles:
            words = _WORD.findall(self.articles[article].text.casefold())
            self._shingles[article] = frozenset(" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))
        return self._shingles[article]

    def same(self, a: str, b: str) -> bool:
        x, y = self.shingles(a), self.shingles(b)
        if len(x) > len(y):
            x, y = y, x
        return len(x) >= MIN_SHINGLES and len(x & y) >= SYNDICATED * len(x)


def _majority(values: Iterable) -> object:
    counts = Counter(values)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)  # first seen wins a tie


def _date(events: list[Event]) -> EventDate | None:
    """The narrowest stated date its mentions agree on most; a publication date only if none is stated."""
    stated = [e.date for e in events if _stated(e)]
    pool = stated or [e.date for e in events if e.date and e.date.value]
    if not pool:
        return None

    def width(d: EventDate) -> int:
        span = interval(d.value)
        return (span[1] - span[0]).days if span else 10**6

    counts = Counter(d.value for d in pool)
    best = min(pool, key=lambda d: (width(d), -counts[d.value]))
    return replace(best)


def _conflicts(rows: list[tuple[str, int, Event]], links, actors: Mapping[str, Actor]) -> list[dict]:
    """Where its articles disagree. Only articles against each other: one article
    giving two counts (the dead among soldiers and among attackers) or two
    places is not a disagreement between sources."""
    out = []

    def values(pairs: Iterable[tuple[object, str]]) -> list[dict]:
        seen: dict[str, dict] = {}
        for value, art in pairs:
            entry = seen.setdefault(repr(value), {"value": value, "articles": []})
            if art not in entry["articles"]:
                entry["articles"].append(art)
        return list(seen.values())

    def across(vals: list[dict], differ) -> bool:
        """Whether two different articles hold values that ``differ``."""
        per_article: dict[str, list] = {}
        for v in vals:
            for art in v["articles"]:
                per_article.setdefault(art, []).append(v["value"])
        arts = list(per_article)
        return any(differ(per_article[a], per_article[b]) for n, a in enumerate(arts) for b in arts[n + 1:])

    def different_sets(x: list, y: list) -> bool:
        return set(map(repr, x)) != set(map(repr, y))

    for key in sorted({k for _, _, e in rows for k in (e.size or {})}):
        vals = values((e.size[key], art) for art, _, e in rows if e.size and key in e.size)
        if across(vals, different_sets):
            out.append({"field": f"size.{key}", "values": sorted(vals, key=lambda v: v["value"])})
    places = values((links[(art, e.location)], art) for art, _, e in rows if e.location and (art, e.location) in links)
    if across(places, lambda x, y: any(not _within(a, b, actors) for a in x for b in y)):
        out.append({"field": "location", "values": places})
    days = values((e.date.value, art) for art, _, e in rows if _stated(e) and e.date.precision == "day")
    if across(days, different_sets):
        out.append({"field": "date", "values": sorted(days, key=lambda v: v["value"])})
    sources = values((sorted(set(ids)), art) for art, _, e in rows if (ids := [links[(art, k)] for k in e.source if (art, k) in links]))
    if across(sources, lambda x, y: all(not set(a) & set(b) for a in x for b in y)):
        out.append({"field": "source", "values": sources})
    return out


def _within(a: str, b: str, actors: Mapping[str, Actor]) -> bool:
    """Whether two places can both be right: the same, or one is the country the other lies in."""
    if a == b:
        return True
    x, y = actors.get(a), actors.get(b)
    if not (x and y and x.country and x.country == y.country):
        return False
    return _is_country(x) or _is_country(y)


def _is_country(actor: Actor) -> bool:
    return bool(actor.country) and _country_code(actor.name) == actor.country


@lru_cache(maxsize=4096)
def _country_code(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def _summary(incident: Incident, sources: list[str], targets: list[str], rows, actors: Mapping[str, Actor]) -> str:
    name = lambda i: actors[i].name if i in actors else None  # noqa: E731
    who = " and ".join(n for n in map(name, sources) if n)
    whom = " and ".join(n for n in map(name, targets) if n)
    what = incident.type + (f" ({incident.mode})" if incident.mode else "")
    line = " ".join(p for p in (who, what, whom) if p)
    if incident.location and name(incident.location):
        line += f", {name(incident.location)}"
    if incident.date and incident.date.value:
        line += f", {incident.date.value}"
    sizes: dict[str, set[int]] = {}
    for _, _, e in rows:
        for key, n in (e.size or {}).items():
            sizes.setdefault(key, set()).add(n)
    if sizes:
        line += "; " + ", ".join(f"{k} {'/'.join(map(str, sorted(v)))}" for k, v in sorted(sizes.items()))
    return line
