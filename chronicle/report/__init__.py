"""The static HTML report: one self-contained file (no network, no CDN).

Article text is untrusted: it is escaped by Jinja2's autoescape, and spans
are cut from the text and escaped piece by piece before being wrapped.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..export import build
from ..store import Store


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """``text`` with non-overlapping ``(start, end, css_class, title)`` spans wrapped in <mark>."""
    out, pos = [], 0
    for start, end, cls, title in sorted(spans):
        if start < pos or end > len(text):
            continue  # overlapping or stale span: leave the text plain
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="{}" title="{}">{}</mark>').format(cls, title, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def paragraphs(html: Markup) -> Markup:
    return Markup("").join(Markup("<p>{}</p>").format(Markup(p)) for p in str(html).split("\n\n"))


def context(doc: dict) -> dict:
    actors = {a["id"]: a for a in doc["actors"]}
    articles = {a["id"]: a for a in doc["articles"]}
    for a in doc["articles"]:
        spans = [(t["start"], t["end"], "time", f"{t['value'] or 'unresolved'} ({t['precision'] or '-'}): {t.get('rule') or ''}") for t in a["times"]]
        a["html"] = paragraphs(highlight(a["text"], spans))
    by_speaker: dict[str, list[dict]] = defaultdict(list)
    for q in doc["quotes"]:
        name = actors[q["speaker"]]["name"] if q["speaker"] in actors else (q["speaker_text"] or "unattributed")
        by_speaker[name].append(q)
    timeline = sorted(doc["events"], key=lambda e: ((e["date"] or {}).get("value") or "9999", e["article"], e["evidence"]["start"]))
    for e in timeline:
        text = articles[e["article"]]["text"]
        e["evidence_text"] = text[e["evidence"]["start"]:e["evidence"]["end"]]
        e["source_names"] = [actors[i]["name"] for i in e["source"] if i in actors]
        e["target_names"] = [actors[i]["name"] for i in e["target"] if i in actors]
    for a in doc["actors"]:
        a["article_count"] = len({m["article"] for m in a["mentions"]})
    corroborated, single = incidents(doc, actors)
    return {
        "corroborated": corroborated,
        "single_source": [i for i in single if len(i["events"]) > 1],
        "single_mention": sum(len(i["events"]) == 1 for i in single),
        "doc": doc,
        "articles": doc["articles"],
        "actors": sorted(doc["actors"], key=lambda a: (-a["article_count"], -len(a["mentions"]), a["name"])),
        "quotes_by_speaker": sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0])),
        "timeline": timeline,
        "article_titles": {i: (a["title"] or a["source"]) for i, a in articles.items()},
    }


def _shown(value, actors: dict) -> str:
    """A conflict value as a reader wants it: actor ids become names."""
    if isinstance(value, list):
        return " and ".join(_shown(v, actors) for v in value)
    if isinstance(value, str) and value in actors:
        return actors[value]["name"]
    return str(value)


def incidents(doc: dict, actors: dict) -> tuple[list[dict], list[dict]]:
    """Incidents corroborated by two or more independent outlets (most first), and
    the others (those with several mentions first), with names for their ids."""
    out = []
    for i in doc["incidents"]:
        out.append({
            **i,
            "outlet_count": i.get("corroboration", len(i["outlets"])),
            "location_name": actors[i["location"]]["name"] if i["location"] in actors else None,
            "shown_conflicts": [
                {"field": c["field"], "values": [{"value": _shown(v["value"], actors), "articles": v["articles"]} for v in c["values"]]}
                for c in i["conflicts"]
            ],
        })
    key = lambda i: (-i["outlet_count"], -len(i["events"]), (i["date"] or {}).get("value") or "9999", i["id"])  # noqa: E731
    corroborated = sorted((i for i in out if i["outlet_count"] >= 2), key=key)
    single = sorted((i for i in out if i["outlet_count"] < 2), key=key)
    return corroborated, single


def write(store: Store, out: Path) -> Path:
    env = Environment(loader=PackageLoader("chronicle.report", "."), autoescape=select_autoescape(default=True, default_for_string=True))
    html = env.get_template("report.html.j2").render(**context(build(store)))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
