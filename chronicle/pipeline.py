"""The per-article pipeline: named stages over one ``Analysis``.

Like a spaCy pipeline, each stage is a callable that reads what earlier stages
added and appends its own records. Stages never import one another; they share
only ``chronicle.records``. Results are a pure function of (article text,
metadata, PIPELINE_VERSION), which keeps re-runs idempotent and workers
interchangeable.
"""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from . import nlp
from .records import Analysis, Article

PIPELINE_VERSION = "0.4.0"

# (name, "module:function") in run order; imported lazily so `chronicle stats`
# does not pay for loading models.
STAGES: list[tuple[str, str]] = [
    ("actors", "chronicle.actors:annotate"),
    ("time", "chronicle.time:annotate"),
    ("quotes", "chronicle.quotes:annotate"),
    ("events", "chronicle.events:annotate"),
]

Stage = Callable[[Analysis], None]


def _resolve(target: str) -> Stage | None:
    module, _, func = target.partition(":")
    return getattr(import_module(module), func, None)


def stages(names: list[str] | None = None) -> list[tuple[str, Stage]]:
    """The stages to run: all available ones, or the named ones in pipeline order."""
    out = []
    for name, target in STAGES:
        if names is not None and name not in names:
            continue
        fn = _resolve(target)
        if fn is not None:
            out.append((name, fn))
    return out


def analyze(article: Article, only: list[str] | None = None) -> Analysis:
    limit = nlp.load().max_length
    if len(article.text) > limit:
        from .clean import DocumentError

        raise DocumentError(f"article text is {len(article.text):,} characters, over the {limit:,} the NLP stages take; "
                            "split it into articles, or ingest it with --no-analyze")
    analysis = Analysis(article=article, doc=nlp.parse(article.text))
    for _, stage in stages(only):
        stage(analysis)
    return analysis
