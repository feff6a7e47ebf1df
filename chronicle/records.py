"""Typed records that flow one way through the pipeline.

Every annotation carries ``start``/``end`` character offsets into
``Article.text`` (Python ``str`` indices, end exclusive) so that each fact
points back at the exact words it was read from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

PublishedBasis = Literal["stated", "inferred", "unknown"]
ActorType = Literal["PERSON", "ORG", "GPE", "LOC", "MILITARY", "MEDIA", "GROUP", "OTHER"]
QuoteKind = Literal["direct", "partial", "indirect"]
Modality = Literal["asserted", "reported", "planned", "hypothetical", "negated"]


@dataclass(slots=True)
class RawDocument:
    """Bytes as read, before any cleaning. ``fields`` holds metadata a reader found
    (JSON record fields, HTML meta tags); cleaning prefers it to what it infers."""

    source: str
    data: bytes
    format: str  # "text" | "markdown" | "html" | "pdf" | "json"
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class IngestError:
    """A document that could not be processed, and why; the batch goes on."""

    source: str
    reason: str
    sha256: str | None = None


@dataclass(slots=True)
class Removal:
    """Something cleaning took out; offsets are into the decoded raw text."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Article:
    id: str
    source: str
    sha256: str
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD | YYYY-MM | YYYY
    published_basis: PublishedBasis = "unknown"
    published_evidence: str | None = None  # the words the date was read from
    language: str = "en"
    format: str = "text"
    removed: list[Removal] = field(default_factory=list)
    fingerprint: str = ""  # hash of normalised text, for near-duplicate detection
    pipeline_version: str = ""


@dataclass(slots=True)
class Mention:
    """One reference to an actor inside one article.

    ``entity`` groups the mentions of one actor within the article (``"e3"``);
    the corpus stage maps each (article, entity) to a canonical actor id.
    ``kind``: ``name``, ``acronym``, ``nominal`` ("the Venezuelan president"),
    ``group`` (an unnamed collective: "Venezuelan soldiers", "protesters") or
    ``pronoun``."""

    start: int
    end: int
    text: str
    type: ActorType
    entity: str
    name: str  # the fullest name of this entity within the article
    kind: str = "name"
    role: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    country_basis: str | None = None  # 'stated' by the text, or 'inferred' from the article's main country


@dataclass(slots=True)
class Actor:
    """A canonical person, organisation or place across the whole corpus."""

    id: str
    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (article, start, end)
    sector: str | None = None  # PLOVER/CAMEO sector of an unnamed collective actor (MIL, COP, OPP, ...)
    country_basis: str | None = None  # 'stated' in some article, or only 'inferred' (``Mention.country_basis``)


@dataclass(slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD, YYYY-MM, YYYY, or a range A/B; None when unresolvable
    precision: str | None  # day|week|month|season|year|decade|range|time|duration
    rule: str | None = None  # human-readable audit trail of how the value was reached


@dataclass(slots=True)
class Quote:
    start: int  # span of the quoted content (without marks) in Article.text
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None  # local entity key (Mention.entity) or None when unnamed
    speaker_text: str | None
    cue: str | None = None
    channel: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    addressee: str | None = None  # local entity key of whom it was said to
    addressee_text: str | None = None  # the words naming them ("reporters", "the BBC")


@dataclass(slots=True)
class EventDate:
    value: str | None
    precision: str | None
    text: str | None
    basis: str = "expression"  # expression | sentence | paragraph | publication | reference (a linked coup record)


@dataclass(slots=True)
class Event:
    start: int  # evidence span (the clause or sentence)
    end: int
    type: str  # one of the 16 PLOVER types
    mode: str | None
    trigger: str
    source: list[str] = field(default_factory=list)  # local entity keys
    target: list[str] = field(default_factory=list)
    location: str | None = None  # local entity key of a place
    date: EventDate | None = None
    modality: Modality = "asserted"
    coup: dict[str, Any] | None = None  # {outcome, kind, reference?}
    size: dict[str, int] | None = None  # {"arrested": 27, "dead": 19}
    confidence: float = 1.0
    source_basis: str = "clause"  # clause (named by the evidence itself) | discourse (taken from the article around it)


@dataclass(slots=True)
class Incident:
    """One real-world happening: event mentions from one or more articles joined.

    ``events`` are ``(article, seq)`` of its mentions; ``actors``/``location`` are
    canonical actor ids; ``corroboration`` counts the independent outlets that
    assert or report it (negated, hypothetical and planned mentions do not count);
    ``conflicts`` lists where its sources disagree, ``{field, values: [{value, articles}]}``."""

    id: str
    type: str
    mode: str | None
    date: EventDate | None
    summary: str
    actors: list[str] = field(default_factory=list)
    location: str | None = None
    events: list[tuple[str, int]] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    corroboration: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    """Everything the per-article stages found in one article.

    Stages run in order and each fills its own list, reading (never changing)
    what earlier stages produced. ``doc`` is the spaCy ``Doc`` of ``article.text``;
    it is not stored."""

    article: Article
    doc: Any = None
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
