"""The core of incident grouping: which event mentions describe the same happening.

Everything here works on ``Item`` (the few features grouping reads of one
mention), so the same code runs on the store's events and, in the evaluation,
on ECB+'s gold event mentions.

Candidate pairs
    Two mentions are comparable only if their types are compatible (the same
    PLOVER type; any two mentions of a coup, whatever type the coder gave the
    verb: "seized power" COERCE / "ousted" COERCE / "attempted coup" ASSAULT) and
    their dates are compatible: the calendar intervals their dates allow
    overlap ("June 2019" contains 3 June; two different days do not). A date
    borrowed from the publication date is weak and allows the few days before
    publication. Two *stated* days one apart are tolerated only for a pair that
    agrees strongly otherwise (time zones, overnight events, "late Monday" /
    "early Tuesday"); the incident then records a date conflict. Anything else
    is a cannot-link: no cluster ever holds two mentions whose dates exclude each
    other, however they are chained. So are two different triggers in one
    sentence of one article: they are two happenings told together.

Similarity, a fixed weighted sum; a feature neither side states is neutral,
not evidence:
    0.35 same trigger stem ("killed"/"killing"/"kills" → kill),
    0.25 TF-IDF cosine of the two articles as wholes (articles about the same
         happening share its names and words; this is what separates two
         earthquakes, two coups or two shootings that share a verb; unknown,
         and for two mentions in one article: 0, since an article's likeness
         to itself says nothing),
    0.20 TF-IDF cosine of the sentences the mentions were read from,
    0.10 shared actors (source ∪ target ids; overlap over the smaller set, since
         one outlet names fewer participants; unknown: 0.25),
    0.05 location (same: 1; places that exclude each other: -1; unknown, or
         one is the country the other lies in: 0.4),
    0.05 date (same stated day: 1; compatible otherwise: 0.5).
    TF-IDF (words, fitted on the texts being grouped) rather than a model keeps
    it cheap and deterministic. Two mentions in different articles need an
    anchor besides verb and date: a shared actor, the same place, sentences at
    least ``ANCHOR_TEXT`` alike or articles at least ``ANCHOR_CONTEXT`` alike;
    without one their similarity is 0 (a news day holds many "warned" and
    "rejected" that are not one happening). An undated mention joins only on
    strong agreement: same trigger stem, a shared actor and no conflicting
    place; otherwise its similarity is 0. The weights and ``THRESHOLD`` were read off
    ECB+'s dev topics (eval/incidents_eval.py --split dev --sweep); the test
    topics were scored once with them.

Blocking
    Scoring every pair that types and dates allow is quadratic in a busy news
    day (tens of seconds for 20,000 mentions over a year; benchmarks/bench_incidents.py).
    Most of those pairs score 0 by the rules above, and a pair scoring 0 counts
    exactly as a pair never scored, so they are filtered in bulk (numpy over
    arrays of pairs) before any pair is scored: two mentions in different
    articles are kept only with an anchor (a shared actor id, the same place, or
    the articles or the sentences at least ``ANCHOR_CONTEXT`` / ``ANCHOR_TEXT``
    alike: article likeness computed once per article pair, sentence likeness
    only for pairs with no other anchor); an undated pair only with the same
    trigger stem and a shared actor; two dates that exclude each other only for
    stated days one apart with the same trigger stem (without it no pair can
    reach ``STRONG``). Every pair that could score above 0 is kept, so the
    incidents are the same as without blocking (``blocking=False``, kept as the
    reference for tests and the benchmark).

Clustering
    Average-linkage agglomeration over the candidate pairs (a pair that is not
    a candidate counts 0 in the average), merging the best pair of clusters
    while its average similarity is at least ``THRESHOLD`` and no cross pair is
    a cannot-link. Merges are taken best first with ties broken by position, so
    the result is a function of the input order, which callers keep canonical.
"""
from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

THRESHOLD = 0.45  # average similarity to join two clusters: the precise end of the flat top (0.35-0.45) of the ECB+ dev curve
STRONG = 0.65  # a pair this similar may bridge stated days one apart
WEIGHTS = {"text": 0.20, "trigger": 0.35, "context": 0.25, "actors": 0.10, "location": 0.05, "date": 0.05}
UNKNOWN = {"context": 0.0, "actors": 0.25, "location": 0.4, "date": 0.5}
ANCHOR_TEXT = 0.3  # sentence likeness that anchors a cross-article pair sharing no actor and no place
ANCHOR_CONTEXT = 0.1  # article likeness that does (0.2 already costs ECB+ dev recall)
PUBLICATION_WINDOW = 3  # days before publication an event dated only by it may have happened


@dataclass(slots=True)
class Item:
    """What grouping reads of one event mention."""

    article: str
    text: str  # the sentence the mention was read from
    trigger: str  # its stem (see ``stem``)
    type: str | None = None  # PLOVER type; None: any type (evaluation)
    coup: bool = False
    source: frozenset[str] = frozenset()
    target: frozenset[str] = frozenset()
    location: str | None = None
    span: tuple[date, date] | None = None  # the interval its date allows; None: undated
    day: date | None = None  # a stated day (not borrowed from the publication date)
    sentence: int | None = None  # where its sentence starts in its article
    country: str | None = None  # the country its location lies in (ISO alpha-3), where known
    extra: dict = field(default_factory=dict)  # callers' own fields, ignored here

    @property
    def actors(self) -> frozenset[str]:
        return self.source | self.target


# -- features ------------------------------------------------------------------

_IRREGULAR = {
    "shot": "shoot", "fled": "flee", "held": "hold", "met": "meet", "fought": "fight", "struck": "strike",
    "took": "take", "seized": "seize", "beaten": "beat", "slain": "slay", "overthrew": "overthrow",
    "overthrown": "overthrow", "sent": "send", "led": "lead", "began": "begin", "begun": "begin", "hit": "hit",
    "killings": "kill", "deaths": "die", "death": "die", "dead": "die", "died": "die", "dies": "die", "dying": "die",
    "arrests": "arrest", "seizure": "seize", "withdrew": "withdraw", "withdrawn": "withdraw", "withdrawal": "withdraw",
}  # fmt: skip
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ers", "er", "ied", "ies", "es", "ed", "s")


def stem(word: str) -> str:
    """A light stem of a trigger word: lower case, a few irregular forms, one
    inflectional or nominal suffix off, a final e or doubled consonant folded
    ("killed", "killing", "kills" → "kill"; "protesters" → "protest")."""
    w = re.sub(r"[^a-z]", "", word.casefold())
    w = _IRREGULAR.get(w, w)
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix in ("ied", "ies"):
                w += "y"
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "stopped" → "stopp" → "stop"
    return w.rstrip("e") if len(w) > 4 else w


def interval(value: str | None) -> tuple[date, date] | None:
    """The calendar interval a date value allows: ``YYYY-MM-DD``, ``YYYY-MM``,
    ``YYYY`` or a range ``A/B`` of those; None when it cannot be read."""
    if not value:
        return None
    parts = value.split("/")
    try:
        lo = _bounds(parts[0])[0]
        hi = _bounds(parts[-1])[1]
    except ValueError:
        return None
    return (lo, hi) if lo <= hi else None


def _bounds(value: str) -> tuple[date, date]:
    bits = [int(b) for b in value.strip().split("-")]
    if len(bits) == 3:
        d = date(*bits)
        return d, d
    if len(bits) == 2:
        first = date(bits[0], bits[1], 1)
        nxt = date(bits[0] + (bits[1] == 12), bits[1] % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    if len(bits) == 1 and bits[0] >= 1:
        return date(bits[0], 1, 1), date(bits[0], 12, 31)
    raise ValueError(value)


def publication_span(published: str | None) -> tuple[date, date] | None:
    """A date taken only from the publication date: that day or the few before it."""
    span = interval(published)
    return (span[0] - timedelta(days=PUBLICATION_WINDOW), span[1]) if span else None


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def type_compatible(a: Item, b: Item) -> bool:
    return a.type is None or b.type is None or a.type == b.type or (a.coup and b.coup)


# -- similarity ----------------------------------------------------------------

def tfidf(texts: Sequence[str]):
    """L2-normalised TF-IDF rows of the texts (a row of zeros for a text with no word)."""
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        return TfidfVectorizer(sublinear_tf=True, stop_words="english", lowercase=True, strip_accents="unicode").fit_transform(texts).tocsr()
    except ValueError:  # no word left (empty or stop words only)
        return csr_matrix((len(texts), 1))


def cosines(x, rows: Sequence[int], cols: Sequence[int]):
    """Cosine of each (rows[k], cols[k]) pair of rows of ``x``, without the full matrix."""
    import numpy as np

    if not len(rows):
        return np.zeros(0)
    rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)  # a list would cost 30x more
    return np.asarray(x[rows].multiply(x[cols]).sum(axis=1)).ravel()


def place_agreement(a: Item, b: Item) -> float | None:
    """1 for the same place, -1 for places that exclude each other, None when unknown
    or when one is the country the other lies in ("Sudan" / "Khartoum")."""
    if not (a.location and b.location):
        return None
    if a.location == b.location:
        return 1.0
    if f"country:{a.country}" == b.location or f"country:{b.country}" == a.location:
        return None
    return -1.0


def score(a: Item, b: Item, cosine: float, dates: bool = True, context: float | None = None) -> float:
    """Similarity of two comparable mentions (see the module docstring)."""
    exact = bool(a.trigger) and a.trigger == b.trigger
    if a.actors and b.actors:
        actors = len(a.actors & b.actors) / min(len(a.actors), len(b.actors))
    else:
        actors = None
    location = place_agreement(a, b)
    if not dates:
        when = None
    elif a.day and b.day and a.day == b.day:
        when = 1.0
    elif a.span and b.span:
        when = 0.5
    else:
        when = None
        # undated: only strong agreement joins
        if not (exact and actors and location != -1.0):
            return 0.0
    if a.article != b.article and not (actors or location == 1.0 or cosine >= ANCHOR_TEXT or (context or 0.0) >= ANCHOR_CONTEXT):
        return 0.0  # across articles a shared verb and day are not enough: who, where or what was said must agree
    w = WEIGHTS
    return (w["text"] * min(cosine, 1.0) + w["trigger"] * exact
            + w.get("context", 0.0) * (UNKNOWN.get("context", 0.0) if context is None else min(context, 1.0))
            + w["actors"] * (UNKNOWN["actors"] if actors is None else actors)
            + w["location"] * (UNKNOWN["location"] if location is None else location)
            + w["date"] * (UNKNOWN["date"] if when is None else when))


def candidates(items: Sequence[Item], dates: bool = True) -> list[tuple[int, int]]:
    """The pairs (i < j) that types and dates allow: compatible types, and dates
    that overlap or are one day apart (found by a sweep over date order, so a
    long corpus costs what its busiest days cost); an undated mention only with
    one sharing its trigger stem (nothing else could join it)."""
    return sorted(zip(*(a.tolist() for a in _concat(_windows(items, dates)))))


_CHUNK = 1 << 21  # pairs handled at once: bounds memory on a busy day
_BLOCK = 1 << 14  # article pairs whose likeness is computed in one block


def _windows(items: Sequence[Item], dates: bool):
    """``candidates`` as chunks of (left, right) index arrays, left < right; a pair may repeat across chunks."""
    import numpy as np

    blocks: dict[str, list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        blocks[it.type or "*"].append(n)
        if it.coup:
            blocks["coup"].append(n)
    for members in blocks.values():
        if not dates:
            m, n = np.asarray(members), len(members)
            step = max(1, _CHUNK // max(n, 1))
            for lo in range(0, n, step):
                rows = np.arange(lo, min(lo + step, n))
                i, j = np.nonzero(rows[:, None] < np.arange(n)[None, :])
                yield m[rows[i]], m[j]
            continue
        dated = sorted((m for m in members if items[m].span), key=lambda m: items[m].span[0])
        if dated:
            ids = np.asarray(dated)
            starts = np.array([items[m].span[0].toordinal() for m in dated])
            reach = np.array([items[m].span[1].toordinal() + 1 for m in dated])
            counts = np.searchsorted(starts, reach, side="right") - np.arange(len(dated)) - 1
            ends = np.cumsum(counts)
            k = 0
            while k < len(dated):  # rows k..stop-1 make at most about _CHUNK pairs
                stop = max(k + 1, int(np.searchsorted(ends, (ends[k - 1] if k else 0) + _CHUNK, side="right")))
                c = counts[k:stop]
                left = np.repeat(np.arange(k, stop), c)
                first = np.repeat(np.cumsum(c) - c, c)
                right = left + 1 + np.arange(len(left)) - first
                a, b = ids[left], ids[right]
                yield np.minimum(a, b), np.maximum(a, b)
                k = stop
        by_trigger: dict[str, list[int]] = defaultdict(list)
        for m in members:
            by_trigger[items[m].trigger].append(m)
        left, right = [], []
        for m in members:
            if not items[m].span and items[m].trigger:
                for j in by_trigger[items[m].trigger]:
                    if j != m:
                        left.append(min(m, j))
                        right.append(max(m, j))
        if left:
            yield np.asarray(left), np.asarray(right)


def _concat(chunks):
    """The chunks as one (left, right) pair of arrays, each pair once, sorted."""
    import numpy as np

    left, right = [], []
    for a, b in chunks:
        left.append(a)
        right.append(b)
    if not left:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    left, right = np.concatenate(left), np.concatenate(right)
    n = max(int(right.max()) + 1, 1) if len(right) else 1
    keys = np.unique(left.astype(np.int64) * n + right)
    return keys // n, keys % n


class _Features:
    """Items as arrays, for testing many pairs at once."""

    def __init__(self, items: Sequence[Item], documents: Mapping[str, str] | None):
        import numpy as np
        from scipy.sparse import csr_matrix

        self.sentences = tfidf([it.text for it in items])
        names = sorted({it.article for it in items})
        row = {n: k for k, n in enumerate(names)}
        self.article = np.array([row[it.article] for it in items], dtype=np.int64)
        self.n_articles = len(names)
        first_day: dict[int, int] = {}
        for k, it in zip(self.article.tolist(), items):
            if it.span:
                first_day[k] = min(first_day.get(k, it.span[0].toordinal()), it.span[0].toordinal())
        self.first_day = np.array([first_day.get(k, 0) for k in range(len(names))])
        self.contexts = tfidf([documents.get(n, "") for n in names]) if documents else None
        codes: dict[object, int] = {}
        code = lambda v: -1 if v is None else codes.setdefault(v, len(codes))  # noqa: E731
        self.sentence = np.array([code(("s", it.sentence)) if it.sentence is not None else -1 for it in items])
        self.trigger = np.array([code(("t", it.trigger)) if it.trigger else -1 for it in items])
        self.location = np.array([code(("p", it.location)) if it.location else -1 for it in items])
        self.dated = np.array([it.span is not None for it in items])
        self.start = np.array([it.span[0].toordinal() if it.span else 0 for it in items])
        self.end = np.array([it.span[1].toordinal() if it.span else 0 for it in items])
        self.day = np.array([it.day.toordinal() if it.day else 0 for it in items])
        actors = [sorted(code(("a", a)) for a in it.actors) for it in items]
        indptr = np.cumsum([0] + [len(a) for a in actors])
        self.actors = csr_matrix((np.ones(int(indptr[-1])), np.concatenate([np.asarray(a, dtype=np.int64) for a in actors]) if actors else [],
                                  indptr), shape=(len(items), max(len(codes), 1)))

    def context(self, left, right):
        """TF-IDF cosine of the articles of each pair, each article pair computed once."""
        import numpy as np

        n = self.n_articles
        keys, inverse = np.unique(self.article[left] * n + self.article[right], return_inverse=True)
        return cosines(self.contexts, keys // n, keys % n)[inverse]

    def likely_context(self, left, right):
        """``context`` up to rounding, faster for many pairs: dot products of blocks of
        articles, the pairs taken in the order of their first article's earliest
        date so that a block holds articles near in time."""
        import numpy as np

        n = self.n_articles
        keys, inverse = np.unique(self.article[left] * n + self.article[right], return_inverse=True)
        first, second = keys // n, keys % n
        out = np.empty(len(keys))
        order = np.argsort(self.first_day[first], kind="stable")
        for chunk in np.array_split(order, -(-len(order) // _BLOCK)) if len(order) else ():
            rows, r = np.unique(first[chunk], return_inverse=True)
            cols, c = np.unique(second[chunk], return_inverse=True)
            if len(rows) * len(cols) > 16 * _BLOCK:  # articles far apart in time: pair by pair
                out[chunk] = cosines(self.contexts, first[chunk], second[chunk])
            else:
                out[chunk] = (self.contexts[rows] @ self.contexts[cols].T).toarray()[r, c]
        return out[inverse]

    def anchored(self, left, right, dates: bool):
        """Which of these pairs to score: a superset of those ``score`` gives more
        than 0 (see "Blocking" above); ``eps`` absorbs rounding in the bulk cosines."""
        import numpy as np

        eps = 1e-9
        same_article = self.article[left] == self.article[right]
        keep = ~(same_article & (self.sentence[left] == self.sentence[right]) & (self.sentence[left] >= 0)
                 & (self.trigger[left] != self.trigger[right]))  # same_sentence: a cannot-link, never scored
        shared = np.asarray(self.actors[left].multiply(self.actors[right]).sum(axis=1)).ravel() > 0
        if dates:
            both = self.dated[left] & self.dated[right]
            apart = both & ((self.start[left] > self.end[right]) | (self.start[right] > self.end[left]))
            exact = (self.trigger[left] == self.trigger[right]) & (self.trigger[left] >= 0)
            bridge = (self.day[left] > 0) & (self.day[right] > 0) & (np.abs(self.day[left] - self.day[right]) == 1)
            if sum(WEIGHTS.values()) - WEIGHTS["trigger"] - WEIGHTS["date"] / 2 < STRONG:  # days apart: date counts 0.5
                bridge &= exact  # without the same stem no pair across stated days one apart reaches STRONG
            keep &= ~apart | bridge
            keep &= both | (exact & shared)  # undated: same stem and a shared actor, or nothing
        anchor = same_article | shared | ((self.location[left] == self.location[right]) & (self.location[left] >= 0))
        todo = keep & ~anchor
        if self.contexts is not None and todo.any():
            idx = np.flatnonzero(todo)
            anchor[idx] |= self.likely_context(left[idx], right[idx]) >= ANCHOR_CONTEXT - eps
            todo = keep & ~anchor
        if todo.any():
            idx = np.flatnonzero(todo)
            anchor[idx] |= cosines(self.sentences, left[idx], right[idx]) >= ANCHOR_TEXT - eps
        return keep & anchor


def pairs(items: Sequence[Item], dates: bool = True, documents: Mapping[str, str] | None = None,
          blocking: bool = True) -> tuple[dict[tuple[int, int], float], set[tuple[int, int]]]:
    """Similarities of the candidate pairs, and the pairs allowed to bridge stated
    days one apart. ``documents`` (article id → text) adds the similarity of the
    two articles as wholes. ``blocking=False`` scores every pair types and dates
    allow (the reference the blocked result must equal)."""
    import numpy as np

    f = _Features(items, documents)
    lefts, rights = [], []
    for a, b in _windows(items, dates):
        if blocking:
            mask = f.anchored(a, b, dates)
            a, b = a[mask], b[mask]
        lefts.append(a)
        rights.append(b)
    left, right = _concat(zip(lefts, rights))
    todo = [(i, j) for i, j in zip(left.tolist(), right.tolist()) if type_compatible(items[i], items[j]) and not same_sentence(items[i], items[j])]
    left, right = np.asarray([i for i, _ in todo], dtype=np.int64), np.asarray([j for _, j in todo], dtype=np.int64)
    sentence_cos = cosines(f.sentences, left, right) if todo else []
    context_cos = f.context(left, right) if f.contexts is not None and todo else [None] * len(todo)
    out: dict[tuple[int, int], float] = {}
    bridges: set[tuple[int, int]] = set()
    for (i, j), cos, ctx in zip(todo, sentence_cos, context_cos):
        a, b = items[i], items[j]
        if a.article == b.article:
            ctx = None  # an article's likeness to itself says nothing
        s = score(a, b, float(cos), dates, None if ctx is None else float(ctx))
        if dates and a.span and b.span and not _overlap(a.span, b.span):
            if a.day and b.day and abs((a.day - b.day).days) == 1 and s >= STRONG:
                bridges.add((i, j))
                out[(i, j)] = s
        elif s > 0:
            out[(i, j)] = s
    return out, bridges


def same_sentence(a: Item, b: Item) -> bool:
    """Two different triggers in one sentence are two happenings ("fired tear gas
    and arrested 40"): the sentence cannot be evidence that they are one."""
    return a.sentence is not None and a.article == b.article and a.sentence == b.sentence and a.trigger != b.trigger


def cannot_link(a: Item, b: Item, bridged: bool, dates: bool = True) -> bool:
    if not type_compatible(a, b) or same_sentence(a, b):
        return True
    return dates and bool(a.span and b.span) and not _overlap(a.span, b.span) and not bridged


def group(items: Sequence[Item], threshold: float = THRESHOLD, dates: bool = True,
          documents: Mapping[str, str] | None = None, blocking: bool = True) -> list[list[int]]:
    """Partition ``items`` into happenings: lists of indices, each sorted, ordered by first index.

    ``dates=False`` ignores dates altogether (for corpora without them);
    ``blocking=False`` scores every pair types and dates allow (same result, slower)."""
    scores, bridges = pairs(items, dates, documents, blocking)
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    sums: dict[tuple[int, int], float] = defaultdict(float)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for (i, j), s in scores.items():
        sums[(i, j)] += s
        neighbours[i].add(j)
        neighbours[j].add(i)
    heap = [(-s, i, j) for (i, j), s in sums.items() if s >= threshold]
    heapq.heapify(heap)
    next_id = len(items)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if any(cannot_link(items[x], items[y], (min(x, y), max(x, y)) in bridges, dates) for x in members[a] for y in members[b]):
            continue  # a superset of a cannot-link pair stays one, so the pair need not come back
        c, next_id = next_id, next_id + 1
        members[c] = members.pop(a) + members.pop(b)
        for old in (a, b):
            for k in neighbours.pop(old, set()):
                if k in (a, b):
                    continue
                s = sums.pop((min(old, k), max(old, k)), 0.0)
                sums[(k, c)] += s  # k < c: ids only grow
                neighbours[k].discard(old)
                neighbours[k].add(c)
                neighbours[c].add(k)
        sums.pop((min(a, b), max(a, b)), None)
        for k in neighbours[c]:
            avg = sums[(k, c)] / (len(members[k]) * len(members[c]))
            if avg >= threshold:
                heapq.heappush(heap, (-avg, k, c))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
