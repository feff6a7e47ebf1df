"""PLOVER interchange records from Chronicle's exported events.

Field names follow the PLOVER manual (id, date, actor, recipient, event, mode,
context, event_text, text_info, cite_info); Chronicle's own facts that PLOVER has no
field for (modality, coup layer, size, location) travel as extra keys, which the
manual allows, so nothing a reader needs to judge the record is lost.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# PLOVER context tags implied by Chronicle's coup layer.
COUP_CONTEXT = {"military": ["executive", "military"], "palace": ["executive"], "auto-coup": ["executive"]}


def to_plover(event: Mapping[str, Any], article: Mapping[str, Any],
              actors: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """One PLOVER record for one ``chronicle/1`` event, given its article record and
    (optionally) the export's actors by id, which supply names and country codes."""
    actors = actors or {}
    evidence = event.get("evidence") or {}
    start, end = evidence.get("start"), evidence.get("end")
    text = article.get("text") or ""
    date = event.get("date") or {}
    record: dict[str, Any] = {
        "id": event.get("id"),
        "date": date.get("value") or article.get("published"),
        "actor": [_actor(a, actors) for a in event.get("source") or []],
        "recipient": [_actor(a, actors) for a in event.get("target") or []],
        "event": event.get("type"),
        "mode": event.get("mode") or "",
        "context": _context(event),
        "event_text": text[start:end] if start is not None and end is not None else "",
        "text_info": {"article": article.get("id"), "start": start, "end": end,
                      "trigger": event.get("trigger"), "language": article.get("language", "en")},
        "cite_info": {"outlet": article.get("outlet"), "title": article.get("title"),
                      "authors": article.get("authors") or [], "published": article.get("published"),
                      "source": article.get("source"), "sha256": article.get("sha256")},
        "modality": event.get("modality", "asserted"),
    }
    if date:
        record["date_info"] = {"precision": date.get("precision"), "text": date.get("text")}
    if event.get("location"):
        record["location"] = _actor(event["location"], actors)
    for key in ("size", "coup"):
        if event.get(key):
            record[key] = event[key]
    return record


def _actor(actor_id: str, actors: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    known = actors.get(actor_id, {})
    return {"id": actor_id, "actorText": known.get("name"), "code": known.get("country"),
            "type": known.get("type"), "sector": known.get("sector")}


def _context(event: Mapping[str, Any]) -> list[str]:
    coup = event.get("coup")
    if not coup:
        return []
    return ["coup", *COUP_CONTEXT.get(coup.get("kind"), ["executive"])]
