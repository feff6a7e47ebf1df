"""Readers: files, folders, JSON records and stdin -> ``RawDocument``.

Readers only find documents and their bytes; they never judge content.
Anything that cannot become a document (unreadable file, a JSON Lines row
that is not JSON) is yielded as an ``IngestError`` so the batch goes on.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import IngestError, RawDocument

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

#: Largest single document accepted. News articles are kilobytes; a file far
#: over this is a dump or a mistake, and would stall the parser for minutes.
MAX_DOCUMENT_BYTES = 5_000_000

#: Fields of a JSON record that carry metadata, with the names other tools use.
RECORD_FIELDS = {
    "title": ("title", "headline"),
    "authors": ("authors", "author", "byline"),
    "published": ("published", "date", "publish_date", "published_at", "timestamp", "datetime"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher"),
}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Expand folders recursively (sorted; hidden files and files of other types,
    such as a database beside the articles, skipped); named files are always
    tried; ``-`` stays as is."""
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and (f.suffix.lower() in FORMATS or not f.suffix) and not any(part.startswith(".") for part in f.relative_to(path).parts):
                    yield f
        else:
            yield path


def read(paths: Iterable[str | Path], max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[RawDocument | IngestError]:
    """Yield one ``RawDocument`` (or ``IngestError``) per document found under ``paths``."""
    for f in iter_files(paths):
        if f == "-":
            yield from _read_bytes("<stdin>", sys.stdin.buffer.read(), None, max_bytes)
            continue
        if not f.exists():
            yield IngestError(str(f), "no such file or folder: check the path")
            continue
        fmt = FORMATS.get(f.suffix.lower())
        if fmt in ("jsonl", "json"):
            yield from _read_json_file(f, fmt, max_bytes)
            continue
        try:
            size = f.stat().st_size
            if size > max_bytes:
                yield IngestError(
                    str(f),
                    f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article; "
                    "split it into articles or raise --max-bytes",
                )
                continue
            data = f.read_bytes()
        except OSError as e:
            yield IngestError(str(f), f"cannot read file: {e.strerror or e}")
            continue
        yield from _read_bytes(str(f), data, fmt, max_bytes)


def _read_bytes(source: str, data: bytes, fmt: str | None, max_bytes: int) -> Iterator[RawDocument | IngestError]:
    fmt = fmt or sniff(data)
    if fmt in ("jsonl", "json"):
        yield from _read_json_lines(source, data.splitlines(), max_bytes)
        return
    if len(data) > max_bytes:
        yield IngestError(source, f"input is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article")
        return
    yield RawDocument(source=source, data=data, format=fmt)


def sniff(data: bytes) -> str:
    """Guess a format from content, for stdin and files with unknown extensions."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head[:1] in (b"{", b"[") :
        return "jsonl"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return "html"
    return "text"


def _read_json_file(f: Path, fmt: str, max_bytes: int) -> Iterator[RawDocument | IngestError]:
    try:
        if fmt == "json":
            data = f.read_bytes()
            try:
                parsed = json.loads(data)
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                yield IngestError(str(f), f"not valid JSON: {e}; JSON input must be a record or a list of records")
                return
            rows = parsed if isinstance(parsed, list) else [parsed]
            for n, row in enumerate(rows, 1):
                yield _record(f"{f}#{n}", json.dumps(row, ensure_ascii=False, sort_keys=True).encode(), row, max_bytes)
            return
        with f.open("rb") as fh:  # streamed: a JSON Lines file may hold a whole corpus
            yield from _read_json_lines(str(f), fh, max_bytes)
    except OSError as e:
        yield IngestError(str(f), f"cannot read file: {e.strerror or e}")


def _read_json_lines(source: str, lines: Iterable[bytes], max_bytes: int) -> Iterator[RawDocument | IngestError]:
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        where = f"{source}#L{n}"
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            yield IngestError(where, f"line {n} is not valid JSON ({e}); fix or remove that line", sha256(line))
            continue
        yield _record(where, line, row, max_bytes)


def _record(where: str, raw: bytes, row: object, max_bytes: int) -> RawDocument | IngestError:
    """One JSON record -> RawDocument; its own bytes identify it."""
    if not isinstance(row, dict):
        return IngestError(where, "JSON record is not an object with a 'text' field", sha256(raw))
    text = row.get("text") or row.get("body") or row.get("content")
    if not isinstance(text, str) or not text.strip():
        return IngestError(where, "JSON record has no 'text' field (or it is empty)", sha256(raw))
    if len(raw) > max_bytes:
        return IngestError(where, f"record is {len(raw) / 1e6:.1f} MB, over the limit for one article", sha256(raw))
    fields = {}
    for name, keys in RECORD_FIELDS.items():
        for key in keys:
            value = row.get(key)
            if value:
                fields[name] = value
                break
    source = fields.get("url") if isinstance(fields.get("url"), str) else where
    return RawDocument(source=source, data=raw, format="json", fields={**fields, "text": text, "record": where})
