"""Exports: the chronicle/1 JSON document (the public contract), one table per
record type as CSV or Parquet, and PLOVER JSON records.

Everything is built from the store by ``build``; the table and PLOVER writers
are views of that one document, so the formats cannot disagree.
"""
from __future__ import annotations

import json
import re
import tempfile
from dataclasses import asdict
from importlib import import_module
from pathlib import Path

from ..store import Store

SCHEMA = "chronicle/1"
FORMATS = ("json", "csv", "parquet", "plover")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
_PRECISIONS = {"day", "week", "month", "season", "year", "decade", "range"}


def _date_value(value: str | None) -> str | None:
    return value if value and _PARTIAL_DATE.match(value) else None


def build(store: Store) -> dict:
    """The whole knowledge base as one chronicle/1 document."""
    links = store.actor_links()
    times = store.times()
    articles = [
        {
            "id": a.id, "source": a.source, "sha256": a.sha256, "title": a.title, "authors": a.authors,
            "outlet": a.outlet, "published": _date_value(a.published), "published_basis": a.published_basis,
            "published_evidence": a.published_evidence, "language": a.language, "text": a.text,
            "pipeline_version": a.pipeline_version,
            "removed": [{"kind": r.kind, "text": r.text, "start": r.start, "end": r.end} for r in a.removed],
            "times": [{"start": t.start, "end": t.end, "text": t.text, "value": _date_value(t.value),
                       "precision": t.precision, "rule": t.rule} for t in times.get(a.id, [])],
        }
        for a in store.articles()
    ]
    actors = [
        {"id": a.id, "name": a.name, "type": a.type, "aliases": a.aliases, "roles": a.roles, "country": a.country,
         "country_basis": a.country_basis, "sector": a.sector, "mentions": [{"article": art, "start": s, "end": e} for art, s, e in a.mentions]}
        for a in store.actors()
    ]
    quotes = [
        {"id": f"q-{art}-{seq}", "article": art, "text": q.text, "kind": q.kind,
         "speaker": links.get((art, q.speaker)) if q.speaker else None, "speaker_text": q.speaker_text,
         "cue": q.cue, "channel": q.channel, "start": q.start, "end": q.end,
         "addressee": links.get((art, q.addressee)) if q.addressee else None, "addressee_text": q.addressee_text}
        for art, seq, q in store.quotes()
    ]
    incident_of = store.incident_links()
    events = []
    for art, seq, e in store.events():
        actor = lambda key: links.get((art, key))  # noqa: E731
        date = None
        if e.date:
            date = {**asdict(e.date), "value": _date_value(e.date.value),
                    "precision": e.date.precision if e.date.precision in _PRECISIONS else None}
        events.append({
            "id": f"ev-{art}-{seq}", "article": art, "type": e.type, "mode": e.mode, "trigger": e.trigger,
            "source": [a for a in map(actor, e.source) if a], "target": [a for a in map(actor, e.target) if a],
            "location": actor(e.location) if e.location else None, "date": date, "modality": e.modality,
            "coup": e.coup, "size": e.size, "confidence": e.confidence, "source_basis": e.source_basis,
            "evidence": {"start": e.start, "end": e.end}, "incident": incident_of.get((art, seq)),
        })
    return {"schema": SCHEMA, "articles": articles, "actors": actors, "quotes": quotes, "events": events,
            "incidents": _incidents(store, {e["id"] for e in events})}


def _incidents(store: Store, event_ids: set[str]) -> list[dict]:
    """incidents[]: contract fields, plus ``mode``, ``corroboration`` (independent
    outlets that assert or report it) and the date's ``basis``."""
    out = []
    for i in store.incidents():
        date = None
        if i.date:
            date = {**asdict(i.date), "value": _date_value(i.date.value),
                    "precision": i.date.precision if i.date.precision in _PRECISIONS else None}
        out.append({
            "id": i.id, "type": i.type, "mode": i.mode, "date": date, "summary": i.summary, "actors": i.actors,
            "location": i.location, "events": [eid for art, seq in i.events if (eid := f"ev-{art}-{seq}") in event_ids],
            "articles": i.articles, "outlets": i.outlets, "corroboration": i.corroboration, "conflicts": i.conflicts,
        })
    return out


def write(store: Store, format: str, out: Path) -> Path:
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}: choose one of {', '.join(FORMATS)}")
    doc = build(store)
    if format == "json":
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        return out
    if format == "plover":
        plover = import_module("chronicle.events.plover")
        articles = {a["id"]: a for a in doc["articles"]}
        actors = {a["id"]: a for a in doc["actors"]}
        records = [plover.to_plover(e, articles[e["article"]], actors) for e in doc["events"]]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
        return out
    return _tables(doc, format, out)


def tables(doc: dict) -> dict[str, list[dict]]:
    """One flat table per record type; nested per-article lists become their own tables."""
    out: dict[str, list[dict]] = {
        "articles": [{k: v for k, v in a.items() if k not in ("removed", "times")} for a in doc["articles"]],
        "removals": [{"article": a["id"], **r} for a in doc["articles"] for r in a["removed"]],
        "times": [{"article": a["id"], **t} for a in doc["articles"] for t in a["times"]],
        "actors": [{k: v for k, v in a.items() if k != "mentions"} for a in doc["actors"]],
        "mentions": [{"actor": a["id"], **m} for a in doc["actors"] for m in a["mentions"]],
        "quotes": doc["quotes"],
        "events": doc["events"],
        # a conflict's values are counts, dates, ids or id lists: one column type cannot hold them, JSON text can
        "incidents": [{**i, "conflicts": json.dumps(i["conflicts"], ensure_ascii=False)} for i in doc["incidents"]],
    }
    return out


def _tables(doc: dict, format: str, out: Path) -> Path:
    import duckdb

    out.mkdir(parents=True, exist_ok=True)
    db = duckdb.connect()
    with tempfile.TemporaryDirectory() as tmp:
        for name, rows in tables(doc).items():
            if not rows:
                continue
            if format == "csv":  # CSV has no nesting: nested values travel as JSON text
                rows = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()} for r in rows]
            src = Path(tmp) / f"{name}.jsonl"
            src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
            target = out / f"{name}.{format}"
            options = "FORMAT csv, HEADER true" if format == "csv" else "FORMAT parquet"
            db.execute(f"COPY (SELECT * FROM read_json_auto(?, format='newline_delimited', sample_size=-1)) TO '{target}' ({options})", [str(src)])
    db.close()
    return out
