"""The embedded store: one DuckDB file, schema versioned by migrations.

Each document is written in its own transaction (a crash loses at most the
document in flight). Per-article annotations are replaced wholesale when an
article is re-processed; corpus tables (actors) are rebuilt from them; user
corrections live in their own table and are never touched by re-processing.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from ..records import (
    Actor,
    Analysis,
    Article,
    Event,
    EventDate,
    Incident,
    IngestError,
    Mention,
    Quote,
    Removal,
    TimeExpression,
)
from .migrations import MIGRATIONS

ANNOTATION_TABLES = ("removals", "mentions", "times", "quotes", "events")


class Store:
    def __init__(self, path: str | Path = "chronicle.duckdb", read_only: bool = False):
        self.path = str(path)
        self._known: dict | None = None
        self._error_sources: set[str] | None = None
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as e:
            raise RuntimeError(f"cannot open store {self.path}: {e}. Is another chronicle process using it?") from None
        if not read_only:
            self.migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------
    def migrate(self) -> int:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)")
        current = self.db.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        for version, sql in enumerate(MIGRATIONS, 1):
            if version <= current:
                continue
            self.db.execute("BEGIN TRANSACTION")
            try:
                for statement in filter(str.strip, sql.split(";")):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
                self.db.execute("COMMIT")
            except Exception:
                self.db.execute("ROLLBACK")
                raise
        return len(MIGRATIONS)

    @property
    def version(self) -> int:
        return self.db.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    # -- documents ------------------------------------------------------------
    def _index(self) -> dict[str, dict]:
        """Which bytes and texts are stored (sha256 -> article id, fingerprint ->
        article id, article id -> pipeline version), loaded once: a query per
        document would make a large ingest quadratic."""
        if self._known is None:
            self._known = {"sha": {}, "fingerprint": {}, "version": {}}
            for id_, sha, fp, version in self.db.execute("SELECT id, sha256, fingerprint, pipeline_version FROM articles").fetchall():
                self._known["sha"][sha] = id_
                self._known["fingerprint"][fp] = id_
                self._known["version"][id_] = version
            for sha, article in self.db.execute("SELECT sha256, article FROM duplicates").fetchall():
                self._known["sha"][sha] = article
        return self._known

    def seen(self, sha256: str) -> tuple[str, str | None] | None:
        """(article id, its pipeline version) if these bytes were stored already,
        as an article or as a duplicate of one."""
        index = self._index()
        article = index["sha"].get(sha256)
        return (article, index["version"].get(article)) if article else None

    def save(self, analysis: Analysis) -> str:
        """Store one article and its annotations in one transaction.

        A near-identical copy of an article already stored (same normalised
        text, other bytes) is linked as a duplicate instead. Returns
        ``"stored"`` or ``"duplicate"``."""
        a = analysis.article
        index = self._index()
        original = index["fingerprint"].get(a.fingerprint)
        if original == a.id:
            original = None
        self.db.execute("BEGIN TRANSACTION")
        try:
            if original:
                self.db.execute("INSERT OR REPLACE INTO duplicates (sha256, source, article, at_, outlet) VALUES (?, ?, ?, ?, ?)",
                                [a.sha256, a.source, original, _now(), a.outlet])
                outcome = "duplicate"
            else:
                self._write(analysis)
                outcome = "stored"
            if self._errors_for(a.source):
                self.db.execute("DELETE FROM errors WHERE source = ?", [a.source])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        index["sha"][a.sha256] = original or a.id
        if outcome == "stored":
            index["fingerprint"][a.fingerprint] = a.id
            index["version"][a.id] = a.pipeline_version
        return outcome

    def _errors_for(self, source: str) -> bool:
        if self._error_sources is None:
            self._error_sources = {r[0] for r in self.db.execute("SELECT source FROM errors").fetchall()}
        return source in self._error_sources

    def _write(self, analysis: Analysis) -> None:
        a = analysis.article
        if a.sha256 in self._index()["sha"]:  # re-processing: replace, never add
            for table in ANNOTATION_TABLES:
                self.db.execute(f"DELETE FROM {table} WHERE article = ?", [a.id])
            self.db.execute("DELETE FROM articles WHERE id = ?", [a.id])
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.id, a.source, a.sha256, a.title, a.authors, a.outlet, a.published, a.published_basis,
             a.published_evidence, a.language, a.format, a.text, a.fingerprint, a.pipeline_version, _now()],
        )
        self._rows("removals", a.id, [[r.kind, r.text, r.start, r.end] for r in a.removed])
        self._rows("mentions", a.id, [[m.start, m.end, m.text, m.type, m.entity, m.name, m.kind, m.role, m.country, m.country_basis] for m in analysis.mentions])
        self._rows("times", a.id, [[t.start, t.end, t.text, t.value, t.precision, t.rule] for t in analysis.times])
        self._rows("quotes", a.id, [[q.start, q.end, q.text, q.kind, q.speaker, q.speaker_text, q.cue, q.channel, q.speaker_start, q.speaker_end, q.addressee, q.addressee_text] for q in analysis.quotes])
        self._rows("events", a.id, [
            [e.start, e.end, e.type, e.mode, e.trigger, e.source, e.target, e.location,
             json.dumps(asdict(e.date)) if e.date else None, e.modality,
             json.dumps(e.coup) if e.coup else None, json.dumps(e.size) if e.size else None, e.confidence,
             e.source_basis]
            for e in analysis.events
        ])

    def _rows(self, table: str, article: str, rows: list[list]) -> None:
        self._insert(table, [[article, n, *r] for n, r in enumerate(rows)])

    def _insert(self, table: str, rows: list[list]) -> None:
        """Insert rows column-wise through unnest: DuckDB's executemany costs
        milliseconds per row, this is one statement per table."""
        if rows:
            columns = [list(c) for c in zip(*rows)]
            self.db.execute(f"INSERT INTO {table} SELECT {', '.join(['unnest(?)'] * len(columns))}", columns)

    def record_error(self, error: IngestError) -> None:
        if self._error_sources is not None:
            self._error_sources.add(error.source)
        self.db.execute("INSERT OR REPLACE INTO errors VALUES (?, ?, ?, ?)", [error.source, error.sha256, error.reason, _now()])

    # -- template lines (corpus statistics for boilerplate) --------------------
    def add_template_keys(self, document: str, keys: Iterable[str]) -> None:
        keys = sorted(set(keys))
        if keys:
            self.db.execute("INSERT OR IGNORE INTO template_lines SELECT unnest(?), ?", [keys, document])

    def template_keys(self, min_docs: int = 2) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT key FROM template_lines GROUP BY key HAVING count(*) >= ?", [min_docs]).fetchall()}

    # -- reading --------------------------------------------------------------
    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        sql = "SELECT id, source, sha256, text, title, authors, outlet, published, published_basis, published_evidence, language, format, fingerprint, pipeline_version FROM articles"
        params: list = []
        if ids is not None:
            ids = list(ids)
            sql += " WHERE id IN (SELECT unnest(?))"
            params = [ids]
        removed: dict[str, list[Removal]] = {}
        for art, kind, text, start, end in self.db.execute("SELECT article, kind, text, start_, end_ FROM removals ORDER BY article, seq").fetchall():
            removed.setdefault(art, []).append(Removal(kind, text, start, end))
        for row in self.db.execute(sql + " ORDER BY published NULLS LAST, id", params).fetchall():
            yield Article(*row[:4], title=row[4], authors=list(row[5] or []), outlet=row[6], published=row[7],
                          published_basis=row[8], published_evidence=row[9], language=row[10], format=row[11],
                          fingerprint=row[12], pipeline_version=row[13], removed=removed.get(row[0], []))

    def mentions(self) -> dict[str, list[Mention]]:
        out: dict[str, list[Mention]] = {}
        for r in self.db.execute("SELECT article, start_, end_, text, type, entity, name, kind, role, country, country_basis FROM mentions ORDER BY article, seq").fetchall():
            out.setdefault(r[0], []).append(Mention(*r[1:]))
        return out

    def times(self, article: str | None = None) -> dict[str, list[TimeExpression]]:
        out: dict[str, list[TimeExpression]] = {}
        for r in self.db.execute("SELECT article, start_, end_, text, value, precision, rule FROM times ORDER BY article, seq").fetchall():
            out.setdefault(r[0], []).append(TimeExpression(*r[1:]))
        return out

    def quotes(self) -> list[tuple[str, int, Quote]]:
        rows = self.db.execute("SELECT article, seq, start_, end_, text, kind, speaker, speaker_text, cue, channel, speaker_start, speaker_end, addressee, addressee_text FROM quotes ORDER BY article, seq").fetchall()
        return [(r[0], r[1], Quote(*r[2:])) for r in rows]

    def events(self) -> list[tuple[str, int, Event]]:
        rows = self.db.execute(
            "SELECT article, seq, start_, end_, type, mode, trigger, source, target, location, date, modality, coup, size, confidence, source_basis FROM events ORDER BY article, seq"
        ).fetchall()
        out = []
        for r in rows:
            date = EventDate(**json.loads(r[10])) if r[10] else None
            out.append((r[0], r[1], Event(r[2], r[3], r[4], r[5], r[6], list(r[7] or []), list(r[8] or []), r[9], date, r[11],
                                          json.loads(r[12]) if r[12] else None, json.loads(r[13]) if r[13] else None, r[14],
                                          r[15] or "clause")))
        return out

    def errors(self) -> list[IngestError]:
        return [IngestError(r[0], r[2], r[1]) for r in self.db.execute("SELECT source, sha256, reason FROM errors ORDER BY at_, source").fetchall()]

    def duplicates(self) -> list[tuple[str, str, str]]:
        return self.db.execute("SELECT sha256, source, article FROM duplicates ORDER BY source").fetchall()

    def duplicate_outlets(self) -> dict[str, list[str]]:
        """Article id → the outlets of the copies stored only as its duplicates."""
        rows = self.db.execute("SELECT article, list(DISTINCT outlet ORDER BY outlet) FROM duplicates "
                               "WHERE outlet IS NOT NULL GROUP BY article").fetchall()
        return {article: outlets for article, outlets in rows}

    def stats(self) -> dict[str, int]:
        tables = ["articles", "duplicates", "errors", "mentions", "actors", "times", "quotes", "events", "incidents", "corrections"]
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables if t != "incidents" or self._has(t)}

    # -- corpus stage: actors ---------------------------------------------------
    def replace_actors(self, actors: list[Actor], links: dict[tuple[str, str], str]) -> None:
        self.db.execute("BEGIN TRANSACTION")
        try:
            for table in ("actors", "actor_links", "actor_mentions"):
                self.db.execute(f"DELETE FROM {table}")
            self._insert("actors", [[a.id, a.name, a.type, a.aliases, a.roles, a.country, a.sector, a.country_basis] for a in actors])
            self._insert("actor_links", [[art, ent, actor] for (art, ent), actor in links.items()])
            self._insert("actor_mentions", [[a.id, *m] for a in actors for m in a.mentions])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    def actors(self) -> list[Actor]:
        mentions: dict[str, list[tuple[str, int, int]]] = {}
        for actor, art, start, end in self.db.execute("SELECT actor, article, start_, end_ FROM actor_mentions ORDER BY article, start_").fetchall():
            mentions.setdefault(actor, []).append((art, start, end))
        return [Actor(r[0], r[1], r[2], list(r[3] or []), list(r[4] or []), r[5], mentions.get(r[0], []), r[6], r[7])
                for r in self.db.execute("SELECT id, name, type, aliases, roles, country, sector, country_basis FROM actors ORDER BY name").fetchall()]

    def actor_links(self) -> dict[tuple[str, str], str]:
        return {(r[0], r[1]): r[2] for r in self.db.execute("SELECT article, entity, actor FROM actor_links").fetchall()}

    def add_correction(self, correction: dict) -> None:
        self.db.execute("INSERT INTO corrections VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM corrections), ?, ?)", [json.dumps(correction), _now()])

    def corrections(self) -> list[dict]:
        return [json.loads(r[0]) for r in self.db.execute("SELECT op FROM corrections ORDER BY seq").fetchall()]

    # -- corpus stage: incidents --------------------------------------------------
    def replace_incidents(self, incidents: list[Incident], links: dict[tuple[str, int], str]) -> None:
        """Replace every incident and the event mention → incident mapping in one transaction."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            for table in ("incidents", "incident_events"):
                self.db.execute(f"DELETE FROM {table}")
            self._insert("incidents", [
                [i.id, i.type, i.mode, json.dumps(asdict(i.date)) if i.date else None, i.summary, i.actors, i.location,
                 i.articles, i.outlets, i.corroboration, json.dumps(i.conflicts, ensure_ascii=False)]
                for i in incidents
            ])
            self._insert("incident_events", [[art, seq, incident] for (art, seq), incident in links.items()])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    def _has(self, table: str) -> bool:
        """Whether a table exists (a store opened read-only is not migrated)."""
        return bool(self.db.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()[0])

    def incidents(self) -> list[Incident]:
        """Every incident, most independently corroborated first."""
        if not self._has("incidents"):
            return []
        events: dict[str, list[tuple[str, int]]] = {}
        for art, seq, incident in self.db.execute("SELECT article, seq, incident FROM incident_events ORDER BY article, seq").fetchall():
            events.setdefault(incident, []).append((art, seq))
        rows = self.db.execute(
            "SELECT id, type, mode, date, summary, actors, location, articles, outlets, corroboration, conflicts FROM incidents "
            "ORDER BY corroboration DESC, len(articles) DESC, json_extract_string(date, '$.value') NULLS LAST, id"
        ).fetchall()
        return [Incident(r[0], r[1], r[2], EventDate(**json.loads(r[3])) if r[3] else None, r[4], list(r[5] or []), r[6],
                         events.get(r[0], []), list(r[7] or []), list(r[8] or []), r[9], json.loads(r[10]) if r[10] else [])
                for r in rows]

    def incidents_missing(self) -> bool:
        """Events are stored but no incident was built from them (a store migrated from before incidents)."""
        return self._has("incident_events") and self.db.execute(
            "SELECT (SELECT count(*) FROM events) > 0 AND (SELECT count(*) FROM incident_events) = 0").fetchone()[0]

    def incident_links(self) -> dict[tuple[str, int], str]:
        """(article, event seq) → incident id."""
        if not self._has("incident_events"):
            return {}
        return {(r[0], r[1]): r[2] for r in self.db.execute("SELECT article, seq, incident FROM incident_events").fetchall()}


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
