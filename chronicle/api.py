"""The Python API: everything the CLI, the report and notebooks do goes through here.

    >>> from chronicle import Chronicle
    >>> kb = Chronicle("crisis.duckdb")
    >>> kb.ingest(["articles/"])
    >>> for article in kb.articles(): ...
    >>> kb.export("json", "kb.json")
"""
from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import import_module
from multiprocessing import get_context
from pathlib import Path

from . import ingest as ingest_
from .clean import DocumentError, clean, template_keys
from .pipeline import PIPELINE_VERSION, analyze
from .records import Actor, Analysis, Article, Incident, IngestError, Quote, RawDocument
from .store import Store


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    unchanged: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.unchanged + len(self.errors)


def version(analyze: bool) -> str:
    """The version stored with an article: cleaning-only results are marked, so
    that a later analysing run does not take them for finished."""
    return PIPELINE_VERSION if analyze else f"{PIPELINE_VERSION}+clean-only"


def process(raw: RawDocument, templates: frozenset[str], stages: list[str] | None) -> Analysis | IngestError:
    """One document through clean and the per-article stages (runs in workers).

    ``stages=[]`` stops after cleaning."""
    try:
        article = clean(raw, templates, version(stages != []))
        if stages == []:
            return Analysis(article=article)
        analysis = analyze(article, stages)
        analysis.doc = None  # not stored, and not worth pickling back
        return analysis
    except DocumentError as e:
        return IngestError(raw.source, str(e), ingest_.sha256(raw.data))
    except Exception as e:  # a bug on one document must not stop the batch
        return IngestError(raw.source, f"internal error ({type(e).__name__}: {e}); please report it", ingest_.sha256(raw.data))


class Chronicle:
    """A knowledge base in one DuckDB file."""

    def __init__(self, path: str | Path = "chronicle.duckdb", read_only: bool = False):
        self.store = Store(path, read_only=read_only)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Chronicle:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- ingest -----------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], workers: int = 1, analyze: bool = True,
               progress: bool = False, max_bytes: int = ingest_.MAX_DOCUMENT_BYTES) -> IngestReport:
        """Read, clean, analyse and store every document under ``paths``.

        Idempotent: bytes already stored by this pipeline version are skipped.
        With ``analyze=False`` only cleaning and metadata run (fast path)."""
        paths = list(paths)
        replayable = "-" not in [str(p) for p in paths]
        total = None
        if replayable:  # corpus pass: count documents and template lines across them
            total = 0
            for raw in ingest_.read(paths, max_bytes):
                total += 1
                if isinstance(raw, RawDocument) and raw.format in ("text", "markdown", "pdf"):
                    self.store.add_template_keys(*template_keys(raw))
        return self._ingest(ingest_.read(paths, max_bytes), total, workers, analyze, progress)

    def ingest_records(self, records: Iterable[dict], analyze: bool = True, workers: int = 1, progress: bool = False) -> IngestReport:
        """Ingest in-memory records (``text`` plus optional metadata fields)."""
        def docs() -> Iterator[RawDocument | IngestError]:
            for n, record in enumerate(records, 1):
                raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode()
                yield ingest_._record(f"<record {n}>", raw, record, ingest_.MAX_DOCUMENT_BYTES)
        return self._ingest(docs(), None, workers, analyze, progress)

    def _ingest(self, docs: Iterable[RawDocument | IngestError], total: int | None, workers: int, analyze: bool, progress: bool) -> IngestReport:
        report = IngestReport()
        templates = frozenset(self.store.template_keys())
        stages = None if analyze else []
        with _Progress(progress, total) as bar:
            pending = self._pending(docs, report, bar, analyze)
            for result in _map(process, pending, templates, stages, workers):
                bar.advance()
                if isinstance(result, IngestError):
                    self._failed(result, report)
                    continue
                outcome = self.store.save(result)
                report.stored += outcome == "stored"
                report.duplicates += outcome == "duplicate"
        if analyze and (report.stored or report.duplicates):
            self.resolve_actors()
            self.resolve_incidents()
        elif analyze and self.store.incidents_missing():  # a knowledge base from before incidents existed
            self.resolve_incidents()
        return report

    def _pending(self, docs: Iterable[RawDocument | IngestError], report: IngestReport, bar: _Progress, analyze: bool) -> Iterator[RawDocument]:
        """The documents that need work: not stored yet, or stored by another
        pipeline version (a cleaning-only run is a version of its own)."""
        wanted = version(analyze)
        for doc in docs:
            if isinstance(doc, IngestError):
                self._failed(doc, report)
            elif (seen := self.store.seen(ingest_.sha256(doc.data))) and (seen[1] == wanted or seen[1] == PIPELINE_VERSION):
                report.unchanged += 1
            else:
                yield doc
                continue
            bar.advance()

    def _failed(self, error: IngestError, report: IngestReport) -> None:
        self.store.record_error(error)
        report.errors.append(error)

    # -- corpus stages ------------------------------------------------------------
    def resolve_actors(self) -> list[Actor]:
        """Rebuild canonical actors from every article's mentions, then apply the
        user's corrections (which therefore survive re-processing)."""
        actors_stage = import_module("chronicle.actors")
        resolve = getattr(actors_stage, "resolve", None)
        if resolve is None:
            return []
        actors, links = resolve(self.store.mentions(), self.store.corrections())
        self.store.replace_actors(actors, links)
        return actors

    def resolve_incidents(self) -> list[Incident]:
        """Rebuild incidents (the same happening across articles and outlets) from the
        stored events, read through the current actor links; run after actor resolution."""
        incidents_stage = import_module("chronicle.incidents")
        articles = {a.id: a for a in self.store.articles()}
        incidents, links = incidents_stage.resolve(self.store.events(), articles, self.store.actor_links(), self.store.actors(),
                                                   duplicates=self.store.duplicate_outlets())
        self.store.replace_incidents(incidents, links)
        return incidents

    def correct(self, correction: dict) -> list[Actor]:
        """Record a user correction to the actors (merge, split, rename, set-type) and apply it.

        The actors' names are recorded with their ids: an id follows the
        canonical name, which new articles can change, and the name lets the
        correction find its actor again."""
        ids = correction.get("ids") or [correction.get("id")]
        names = {a.id: a.name for a in self.actors()}
        self.store.add_correction({**correction, "names": {i: names[i] for i in ids if i in names}})
        actors = self.resolve_actors()
        self.resolve_incidents()  # incidents read events through the actor links just changed
        return actors

    # -- reading ----------------------------------------------------------------
    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        return self.store.articles(ids)

    def actors(self) -> list[Actor]:
        return self.store.actors()

    def actor(self, key: str) -> Actor | None:
        """An actor by id, or by name or alias (accent- and case-insensitive)."""
        from unidecode import unidecode

        norm = unidecode(key).casefold().strip()
        for a in self.actors():
            if a.id == key or norm in {unidecode(n).casefold() for n in [a.name, *a.aliases]}:
                return a
        return None

    def incidents(self, min_outlets: int = 0) -> list[Incident]:
        """Happenings, most independently corroborated first; ``min_outlets``
        keeps those corroborated by at least that many independent outlets."""
        return [i for i in self.store.incidents() if i.corroboration >= min_outlets]

    def quotes(self, speaker: str | None = None) -> list[tuple[str, Quote, str | None]]:
        """(article id, quote, speaker's actor id), optionally for one speaker."""
        links = self.store.actor_links()
        wanted = self.actor(speaker) if speaker else None
        if speaker and wanted is None:
            return []
        out = []
        for article, _, q in self.store.quotes():
            actor = links.get((article, q.speaker)) if q.speaker else None
            if wanted is None or actor == wanted.id:
                out.append((article, q, actor))
        return out

    def errors(self) -> list[IngestError]:
        return self.store.errors()

    def stats(self) -> dict[str, int]:
        return self.store.stats()

    # -- output -----------------------------------------------------------------
    def export(self, format: str, out: str | Path) -> Path:
        from . import export

        return export.write(self.store, format, Path(out))

    def report(self, out: str | Path) -> Path:
        from . import report

        return report.write(self.store, Path(out))


def _map(fn, items: Iterable, templates, stages, workers: int) -> Iterator:
    """``fn`` over ``items`` in order, in ``workers`` processes, holding at most a
    few documents in flight so memory stays flat whatever the corpus size."""
    if workers <= 1:
        for item in items:
            yield fn(item, templates, stages)
        return
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        window: deque[Future] = deque()
        for item in items:
            window.append(pool.submit(fn, item, templates, stages))
            if len(window) >= workers * 4:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


class _Progress:
    """A Rich progress bar with documents/s, or nothing when not wanted."""

    def __init__(self, enabled: bool, total: int | None):
        self.enabled, self.total = enabled, total

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
            from rich.text import Text

            class Rate(ProgressColumn):
                def render(self, task) -> Text:
                    return Text(f"{task.speed or 0:.1f} docs/s", style="progress.data.speed")

            self._bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn())
            self._bar.start()
            self._task = self._bar.add_task("ingest", total=self.total)
        return self

    def advance(self) -> None:
        if self.enabled:
            self._bar.advance(self._task)

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self._bar.stop()
