"""The ``chronicle`` command: a thin shell over ``chronicle.api``."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
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


def _rows(table: Table, rows) -> Table:
    """Cells as plain text: names and quotations come from articles, and Rich
    would otherwise read "[...]" in them as markup."""
    for row in rows:
        table.add_row(*(Text(str(cell)) for cell in row))
    return table


def _open(db: Path, read_only: bool = False) -> Chronicle:
    if read_only and not db.exists():
        err.print(f"[red]No knowledge base at {db}.[/] Create one with: chronicle ingest PATH --db {db}")
        raise typer.Exit(1)
    try:
        return Chronicle(db, read_only=read_only)
    except RuntimeError as e:
        err.print(f"[red]{escape(str(e))}[/]")
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
        err.print(f"  [red]✗[/] {escape(e.source)}: {escape(e.reason)}")
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
    console.print(_rows(table, counts.items()))


@app.command()
def errors(db: DB = DEFAULT_DB) -> None:
    """Documents that could not be ingested, and why."""
    with _open(db, read_only=True) as kb:
        rows = kb.errors()
    if not rows:
        console.print("no errors")
        return
    table = Table("source", "reason", title=f"{len(rows)} documents failed")
    console.print(_rows(table, ((e.source, e.reason) for e in rows)))


@app.command()
def quotes(db: DB = DEFAULT_DB, speaker: Annotated[Optional[str], typer.Option(help="An actor's name, alias or id.")] = None) -> None:
    """Who said what (optionally for one speaker)."""
    with _open(db, read_only=True) as kb:
        rows = kb.quotes(speaker)
        names = {a.id: a.name for a in kb.actors()}
    if not rows:
        console.print(f"no quotes{' for ' + escape(speaker) if speaker else ''}")
        raise typer.Exit(0 if not speaker else 1)
    table = Table("speaker", "kind", "quote", "cue", "to", "article")
    console.print(_rows(table, ((names.get(actor, q.speaker_text or "?"), q.kind, q.text, q.cue or "",
                                 q.addressee_text or "", article) for article, q, actor in rows)))


@app.command()
def incidents(
    db: DB = DEFAULT_DB,
    min_outlets: Annotated[int, typer.Option("--min-outlets", help="Only incidents corroborated by at least this many independent outlets.")] = 2,
) -> None:
    """Happenings recognised across articles: how many outlets corroborate each, and where they disagree."""
    with _open(db, read_only=True) as kb:
        rows = kb.incidents(min_outlets)
        names = {a.id: a.name for a in kb.actors()}
    if not rows:
        console.print(f"no incidents corroborated by {min_outlets} or more outlets" if min_outlets else "no incidents")
        return
    shown = lambda v: " and ".join(map(shown, v)) if isinstance(v, list) else names.get(v, str(v)) if isinstance(v, str) else str(v)  # noqa: E731
    conflicts = lambda i: "; ".join(f"{c['field']}: " + " vs ".join(shown(v["value"]) for v in c["values"])  # noqa: E731
                                    for c in i.conflicts)
    table = Table("incident", "outlets", "mentions", "conflicts", "id")
    console.print(_rows(table, ((i.summary, f"{i.corroboration} ({', '.join(i.outlets)})", len(i.events), conflicts(i), i.id)
                                for i in rows)))


# -- actors ------------------------------------------------------------------

def _actor_or_exit(kb: Chronicle, key: str):
    actor = kb.actor(key)
    if actor is None:
        err.print(f"[red]No actor {escape(repr(key))}.[/] See: chronicle actors list")
        raise typer.Exit(1)
    return actor


@actors_app.command("list")
def actors_list(db: DB = DEFAULT_DB, type: Annotated[Optional[str], typer.Option(help="Only this type, e.g. PERSON.")] = None) -> None:
    """Every actor, most mentioned first."""
    with _open(db, read_only=True) as kb:
        rows = [a for a in kb.actors() if type is None or a.type == type.upper()]
    table = Table("name", "type", "country", "sector", "articles", "mentions", "aliases", "id")
    console.print(_rows(table, ((a.name, a.type, _country(a), a.sector or "", len({m[0] for m in a.mentions}), len(a.mentions),
                                 " · ".join(a.aliases), a.id) for a in sorted(rows, key=lambda a: -len(a.mentions)))))


def _country(a) -> str:
    """A country only guessed from the article's main country says so: the reader must not take it as stated."""
    return f"{a.country} (inferred)" if a.country and a.country_basis == "inferred" else a.country or ""


@actors_app.command("show")
def actors_show(key: str, db: DB = DEFAULT_DB) -> None:
    """One actor with every mention in context."""
    with _open(db, read_only=True) as kb:
        a = _actor_or_exit(kb, key)
        texts = {art.id: art.text for art in kb.articles({m[0] for m in a.mentions})}
    facts = ", ".join(filter(None, (a.type, _country(a), a.sector and f"sector {a.sector}")))
    console.print(f"[bold]{escape(a.name)}[/] ({facts}) id {a.id}")
    console.print(Text(f"aliases: {' · '.join(a.aliases)}" + (f"\nroles: {' · '.join(a.roles)}" if a.roles else "")))
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
    console.print(Text(f"recorded: {json.dumps(correction, ensure_ascii=False)}"))


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
