"""The ``chronicle`` command: a thin shell over ``chronicle.api``."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .api import Chronicle

app = typer.Typer(help="Chronicle: a sourced, queryable record of a political crisis, from news articles.", no_args_is_help=True, add_completion=False)
actors_app = typer.Typer(help="List, inspect and correct the actors (corrections survive re-processing).", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
console = Console()
err = Console(stderr=True)

DB = Annotated[Path, typer.Option("--db", help="The DuckDB file of the knowledge base.", envvar="CHRONICLE_DB")]
DEFAULT_DB = Path("chronicle.duckdb")


def _open(db: Path, read_only: bool = False) -> Chronicle:
    if read_only and not db.exists():
        err.print(f"[red]No knowledge base at {db}.[/] Create one with: chronicle ingest PATH --db {db}")
        raise typer.Exit(1)
    try:
        return Chronicle(db, read_only=read_only)
    except RuntimeError as e:
        err.print(f"[red]{e}[/]")
        raise typer.Exit(1) from None


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (recursive); '-' reads stdin.")],
    db: DB = DEFAULT_DB,
    workers: Annotated[int, typer.Option(help="Processes for cleaning and NLP.")] = 1,
    analyze: Annotated[bool, typer.Option("--analyze/--no-analyze", help="Run the NLP stages, or only clean and store.")] = True,
    max_bytes: Annotated[int, typer.Option(help="Largest single document accepted, in bytes.")] = 5_000_000,
) -> None:
    """Read, clean, analyse and store articles (.txt .md .html .pdf .jsonl .json)."""
    with _open(db) as kb:
        report = kb.ingest(paths, workers=workers, analyze=analyze, progress=not os.environ.get("CHRONICLE_NO_PROGRESS"), max_bytes=max_bytes)
    console.print(f"[green]{report.stored} stored[/], {report.duplicates} duplicates linked, {report.unchanged} unchanged, "
                  f"[{'red' if report.errors else 'green'}]{len(report.errors)} errors[/] → {db}")
    for e in report.errors[:10]:
        err.print(f"  [red]✗[/] {e.source}: {e.reason}")
    if len(report.errors) > 10:
        err.print(f"  … and {len(report.errors) - 10} more: chronicle errors --db {db}")


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="Output file (json, plover) or folder (csv, parquet).")],
    db: DB = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="json (chronicle/1) | csv | parquet | plover")] = "json",
) -> None:
    """Write the knowledge base out for other tools."""
    with _open(db, read_only=True) as kb:
        try:
            path = kb.export(format, out)
        except (ValueError, ModuleNotFoundError) as e:
            err.print(f"[red]{e}[/]")
            raise typer.Exit(2) from None
    console.print(f"wrote {format} → {path}")


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("report.html"),
    db: DB = DEFAULT_DB,
) -> None:
    """Write a self-contained HTML report (open it in any browser)."""
    with _open(db, read_only=True) as kb:
        path = kb.report(out)
    console.print(f"wrote report → {path}")


@app.command()
def stats(db: DB = DEFAULT_DB) -> None:
    """How much is in the knowledge base."""
    with _open(db, read_only=True) as kb:
        counts = kb.stats()
    table = Table("records", "count", title=str(db))
    for name, n in counts.items():
        table.add_row(name, str(n))
    console.print(table)


@app.command()
def errors(db: DB = DEFAULT_DB) -> None:
    """Documents that could not be ingested, and why."""
    with _open(db, read_only=True) as kb:
        rows = kb.errors()
    if not rows:
        console.print("no errors")
        return
    table = Table("source", "reason", title=f"{len(rows)} documents failed")
    for e in rows:
        table.add_row(e.source, e.reason)
    console.print(table)


@app.command()
def quotes(db: DB = DEFAULT_DB, speaker: Annotated[Optional[str], typer.Option(help="An actor's name, alias or id.")] = None) -> None:
    """Who said what (optionally for one speaker)."""
    with _open(db, read_only=True) as kb:
        rows = kb.quotes(speaker)
        names = {a.id: a.name for a in kb.actors()}
    if not rows:
        console.print(f"no quotes{' for ' + speaker if speaker else ''}")
        raise typer.Exit(0 if not speaker else 1)
    table = Table("speaker", "kind", "quote", "cue", "article")
    for article, q, actor in rows:
        table.add_row(names.get(actor, q.speaker_text or "?"), q.kind, q.text, q.cue or "", article)
    console.print(table)


# -- actors ------------------------------------------------------------------

def _actor_or_exit(kb: Chronicle, key: str):
    actor = kb.actor(key)
    if actor is None:
        err.print(f"[red]No actor {key!r}.[/] See: chronicle actors list")
        raise typer.Exit(1)
    return actor


@actors_app.command("list")
def actors_list(db: DB = DEFAULT_DB, type: Annotated[Optional[str], typer.Option(help="Only this type, e.g. PERSON.")] = None) -> None:
    """Every actor, most mentioned first."""
    with _open(db, read_only=True) as kb:
        rows = [a for a in kb.actors() if type is None or a.type == type.upper()]
    table = Table("name", "type", "country", "articles", "mentions", "aliases", "id")
    for a in sorted(rows, key=lambda a: -len(a.mentions)):
        table.add_row(a.name, a.type, a.country or "", str(len({m[0] for m in a.mentions})), str(len(a.mentions)), " · ".join(a.aliases), a.id)
    console.print(table)


@actors_app.command("show")
def actors_show(key: str, db: DB = DEFAULT_DB) -> None:
    """One actor with every mention in context."""
    with _open(db, read_only=True) as kb:
        a = _actor_or_exit(kb, key)
        texts = {art.id: art.text for art in kb.articles({m[0] for m in a.mentions})}
    console.print(f"[bold]{a.name}[/] ({a.type}{', ' + a.country if a.country else ''}) id {a.id}")
    console.print(f"aliases: {' · '.join(a.aliases)}" + (f"\nroles: {' · '.join(a.roles)}" if a.roles else ""))
    for art, start, end in a.mentions:
        text = texts.get(art, "")
        flat = lambda s: s.replace("\n", " ")  # noqa: E731
        console.print(Text.assemble(f"  {art} [{start}:{end}] …", flat(text[max(0, start - 60):start]),
                                    (flat(text[start:end]), "bold"), flat(text[end:end + 60]), "…"))


def _correct(db: Path, correction: dict) -> None:
    with _open(db) as kb:
        for key in ("id", "ids"):
            if key in correction:
                keys = correction[key] if key == "ids" else [correction[key]]
                ids = [_actor_or_exit(kb, k).id for k in keys]
                correction[key] = ids if key == "ids" else ids[0]
        kb.correct(correction)
    console.print(f"recorded: {json.dumps(correction, ensure_ascii=False)}")


@actors_app.command("merge")
def actors_merge(keys: Annotated[list[str], typer.Argument(help="Two or more actors (ids or names).")], db: DB = DEFAULT_DB) -> None:
    """Declare that several records are one actor."""
    if len(keys) < 2:
        err.print("[red]merge needs at least two actors[/]")
        raise typer.Exit(2)
    _correct(db, {"op": "merge", "ids": keys})


@actors_app.command("split")
def actors_split(key: str, alias: Annotated[str, typer.Option(help="The surface form whose mentions become a separate actor.")], db: DB = DEFAULT_DB) -> None:
    """Move the mentions written as ALIAS out into an actor of their own."""
    _correct(db, {"op": "split", "id": key, "alias": alias})


@actors_app.command("rename")
def actors_rename(key: str, name: str, db: DB = DEFAULT_DB) -> None:
    """Set an actor's display name."""
    _correct(db, {"op": "rename", "id": key, "name": name})


@actors_app.command("set-type")
def actors_set_type(key: str, type: str, db: DB = DEFAULT_DB) -> None:
    """Set an actor's type (PERSON, ORG, GPE, LOC, MILITARY, MEDIA, GROUP, OTHER)."""
    allowed = {"PERSON", "ORG", "GPE", "LOC", "MILITARY", "MEDIA", "GROUP", "OTHER"}
    if type.upper() not in allowed:
        err.print(f"[red]unknown type {type!r}[/]: one of {', '.join(sorted(allowed))}")
        raise typer.Exit(2)
    _correct(db, {"op": "set-type", "id": key, "type": type.upper()})


if __name__ == "__main__":
    app()
