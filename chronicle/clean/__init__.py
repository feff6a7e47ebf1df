"""Cleaning: a ``RawDocument`` becomes an ``Article`` with clean text and metadata.

The page is read as three zones: the head (title, byline, furniture), the body
(from the first line of running prose to the last) and the tail (footers,
calls to action). Head and tail lines that are not metadata are removed; body
lines are removed only when they are clearly furniture (captions, credits,
calls to action, template lines that recur across the corpus). Every removal
is recorded with its kind and original span.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from ..records import Article, RawDocument, Removal
from . import inline as I
from . import lines as L
from . import metadata as M
from .extract import MIN_WORDS, DocumentError, decode, extract, fix

__all__ = ["clean", "DocumentError", "decode", "fingerprint", "template_keys"]


def fingerprint(text: str) -> str:
    """Hash of the text with case, punctuation and spacing removed: two copies
    of one article from different scrapes share it."""
    norm = re.sub(r"\W+", " ", text.casefold()).strip()
    return hashlib.sha256(norm.encode()).hexdigest()[:32]


def template_keys(raw: RawDocument) -> tuple[str, list[str]]:
    """(fingerprint, line keys that may be site template) of a document, for
    counting lines across the corpus; copies of one text count once."""
    try:
        text, _ = extract(raw)
    except DocumentError:
        return "", []
    return fingerprint(text), L.template_candidates(L.split_lines(text))


def _zones(lines: list[L.Line]) -> tuple[int, int]:
    """Index of the first and last line of the body (running prose)."""
    prose = [i for i, l in enumerate(lines) if l.prose and L.classify(l, "body") is None]
    if not prose:
        return (1 if len(lines) > 1 else 0), len(lines) - 1
    return prose[0], prose[-1]


def clean(raw: RawDocument, templates: frozenset[str] | set[str] = frozenset(), pipeline_version: str = "") -> Article:
    text, fields = extract(raw)
    lines = L.split_lines(text)
    if not lines:
        raise DocumentError("empty document: no text after decoding")
    first, last = _zones(lines)
    title: str | None = None
    authors: list[str] = []
    published = basis = evidence = None

    i = 0
    while i < first:  # the head: metadata or furniture
        line = lines[i]
        nxt = lines[i + 1].text if i + 1 < first else None
        by = M.byline(line.text, nxt)
        when = M.labelled_date(line.text)
        if by and not authors:
            authors, found, used = by
            for j in range(i, i + used):
                lines[j].kind = "byline"
            if found and not published:
                published, basis, evidence = found.isoformat(), "stated", " ".join(lines[j].text for j in range(i, i + used))
            i += used
            continue
        if when and not published:
            published, basis, evidence = when.isoformat(), "stated", line.text
            line.kind = "dateline"
        elif title is None and (line.heading or (3 <= len(line.words) <= 30 and not line.text.endswith(".") and L.classify(line, "body") is None)):
            title, line.kind = line.text, "title"
        elif L.is_duplicate_caption(line, lines[i + 1] if i + 1 < len(lines) else None):
            line.kind = "caption"
        else:
            line.kind = L.classify(line, "head") or "header"
        i += 1

    for i in range(first, len(lines)):
        line = lines[i]
        position = "body" if i <= last else "tail"
        kind = L.classify(line, position)
        if kind is None and L.line_key(line.text) in templates and (i - first < 3 or last - i < 3):
            kind = "template"
        if kind is None and position == "body" and L.is_duplicate_caption(line, lines[i + 1] if i + 1 < len(lines) else None):
            kind = "caption"
        if kind:
            line.kind = kind

    inline_removed, signed = _inline(lines)
    body = [l for l in lines if l.kind == "body"]
    cleaned = L.repair(body)
    if len(cleaned.split()) < MIN_WORDS:
        raise DocumentError(f"only {len(cleaned.split())} words left after removing boilerplate: the file holds no article text")
    removed = [L.removal(l) for l in lines if l.kind not in ("body", "title", "byline", "dateline")] + inline_removed
    removed.sort(key=lambda r: r.start)

    # Metadata the format carried wins over what the page text suggests.
    field_title = _str(fields.get("title"))
    title = fix(field_title) if field_title else title  # repaired as the text is
    if fields.get("authors"):
        field_authors = fields["authors"]
        authors = [a.strip() for a in (field_authors if isinstance(field_authors, list) else re.split(r";|,\s*(?:and\s+)?|\s+and\s+", field_authors)) if a and a.strip()]
    if not authors:  # no byline: a signature or a "Follow X on Twitter" names the writer
        authors = signed
    outlet = _outlet(fields, raw.source, [l.raw for l in lines if l.kind not in ("body", "title")])
    stated = M.parse_field_date(fields.get("published"), outlet)  # the newsroom's date of a timestamp
    if stated:
        published, basis, evidence = stated, "stated", M.date_evidence(fields["published"], outlet)
    if not published:
        inferred = M.infer_published(cleaned)
        if inferred:
            published, evidence = inferred
            basis = "inferred"

    digest = hashlib.sha256(raw.data).hexdigest()
    return Article(
        id=digest[:16],
        source=raw.source,
        sha256=digest,
        text=cleaned,
        title=title,
        authors=authors,
        outlet=outlet,
        published=published,
        published_basis=basis or "unknown",
        published_evidence=evidence,
        language=M.language(cleaned),
        format=raw.format,
        removed=removed,
        fingerprint=fingerprint(cleaned),
        pipeline_version=pipeline_version,
    )


def _inline(lines: list[L.Line]) -> tuple[list[Removal], list[str]]:
    """Furniture inside body lines (a scrape that flattened the page into paragraphs):
    taken out of the line's text and recorded; a line that was nothing else is
    removed whole; a glued subheading is set apart as a paragraph. Also the authors
    that signatures name."""
    removed: list[Removal] = []
    authors: list[str] = []
    kept: set[str] = set()
    first = True
    for line in lines:
        if line.kind != "body":
            continue
        found = I.find(line.text, first=first)
        first = False
        authors += [a for a in found.authors if a not in authors]
        if not found.spans:
            continue
        rest = I.strip(line.text, found.spans)
        if not L.WORD.search(rest):
            line.kind = found.spans[0].kind
            continue
        kept |= {line.text[span.start:span.end].strip() for span in found.spans if span.kind in I.KEPT}
        if all(span.kind in I.KEPT for span in found.spans):
            line.text = rest
            continue
        for span in found.spans:
            if span.kind in I.KEPT:
                continue
            removed.append(_removal(line, span.kind, line.text[span.start:span.end].strip()))
        line.text = rest
    removed += _tail(lines, kept)
    return removed, authors


def _tail(lines: list[L.Line], kept: set[str]) -> list[Removal]:
    """The page's words to its reader after the article's last sentence, when the scrape
    ran them into the last paragraphs: read backwards from the end, sentence by
    sentence, across paragraphs, up to the first sentence that is not. A credit or
    signature set apart (``kept``) ends the run: it stays."""
    removed: list[Removal] = []
    run = False
    for line in reversed([l for l in lines if l.kind == "body"]):
        text, taken, pos, paragraphs = line.text, [], 0, []
        for chunk in text.split("\n\n"):
            paragraphs.append((pos, chunk))
            pos += len(chunk) + 2
        stop = False
        for p0, chunk in reversed(paragraphs):
            if chunk.strip() in kept:
                stop = True
                break
            for a, b in reversed(I.sentences(chunk)):
                if not I.tail_furniture(chunk[a:b], run):
                    stop = True
                    break
                taken.append((p0 + a, p0 + b))
                run = True
            if stop:
                break
        for a, b in reversed(taken):  # sentence by sentence: other furniture may have stood between them
            removed.append(_removal(line, "call-to-action", text[a:b].strip()))
        if taken:
            line.text = text[:taken[-1][0]].rstrip()
        if stop or line.text:
            break
        line.kind = "call-to-action"
    return removed


def _removal(line: L.Line, kind: str, piece: str) -> Removal:
    """A piece taken out of a line, placed in the decoded text where the line's raw text
    holds it, else over the whole line (markdown or ungluing changed it)."""
    at = line.raw.find(piece)
    start, end = (line.start + at, line.start + at + len(piece)) if at >= 0 else (line.start, line.end)
    return Removal(kind=kind, text=piece, start=start, end=end)


def _str(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _outlet(fields: dict, source: str, furniture: list[str]) -> str | None:
    named = _str(fields.get("outlet"))
    if named:
        return M.outlet_from_text([named]) or named
    urls = [url for url in (fields.get("url"), source) if isinstance(url, str) and "://" in url]
    for url in urls:
        found = M.outlet_from_domain(url)
        if found:
            return found
    # An outlet we have no record of is still told apart from others by its site.
    return M.outlet_from_text(furniture) or next((host for url in urls if (host := _site(url))), None)


def _site(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or None
