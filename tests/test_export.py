"""Exports validate against the public contract and the CLI drives the API."""
from __future__ import annotations

import json

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from chronicle import Chronicle
from chronicle.cli import app
from chronicle.report import highlight

from .conftest import SAMPLES, SCHEMA, voa_stories


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "kb.duckdb"
    with Chronicle(path) as kb:
        kb.ingest_records(voa_stories(3), analyze=False)
        kb.ingest_records([{"text": "<script>alert('x')</script> The junta said <b>no</b> to talks, its spokesman told reporters on Friday.", "title": "<img src=x onerror=alert(1)>"}], analyze=False)
    return path


def test_json_export_validates(kb_path, tmp_path):
    with Chronicle(kb_path, read_only=True) as kb:
        out = kb.export("json", tmp_path / "kb.json")
    doc = json.loads(out.read_text())
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    assert doc["schema"] == "chronicle/1" and len(doc["articles"]) == 4


def test_tables_export_one_file_per_record_type(kb_path, tmp_path):
    with Chronicle(kb_path, read_only=True) as kb:
        kb.export("csv", tmp_path / "csv")
        kb.export("parquet", tmp_path / "pq")
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'csv' / 'articles.csv'}'").fetchall()[0][0] == 4
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'articles.parquet'}'").fetchall()[0][0] == 4


def test_report_escapes_article_text(kb_path, tmp_path):
    with Chronicle(kb_path, read_only=True) as kb:
        html = kb.report(tmp_path / "r.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror" in html
    assert "http://" not in html.split("<body>")[0].replace("http-equiv", "")  # no external assets


def test_highlight_escapes_inside_and_outside_spans():
    html = str(highlight("a <b> c", [(2, 5, "time", '"x"')]))
    assert html == 'a <mark class="time" title="&#34;x&#34;">&lt;b&gt;</mark> c'


def test_cli_end_to_end(tmp_path, monkeypatch):
    if not SAMPLES.exists():
        pytest.skip("sample corpus not beside the checkout")
    monkeypatch.setenv("CHRONICLE_NO_PROGRESS", "1")
    runner = CliRunner()
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db, "--no-analyze"])
    assert result.exit_code == 0, result.output
    assert "5 stored" in result.output
    assert runner.invoke(app, ["stats", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["errors", "--db", db]).output.strip() == "no errors"
    assert runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path / "x.json")]).exit_code == 0
    bad = runner.invoke(app, ["export", "--db", db, "--format", "xml", "--out", str(tmp_path / "x.xml")])
    assert bad.exit_code == 2 and "unknown export format" in bad.output
    missing = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "chronicle ingest" in missing.output



def test_an_inferred_source_says_so_through_store_and_export(tmp_path):
    """The discourse stage's inferred doer survives the DuckDB round trip and is marked in the export."""
    with Chronicle(tmp_path / "kb.duckdb") as kb:
        kb.ingest_records([{"text": "Belarusian police broke up the opposition rally in Minsk on Sunday. Opposition "
                                    "politician Pavel Sevyarynets was detained at the rally.", "title": "Minsk rally"}])
        doc = json.loads(kb.export("json", tmp_path / "kb.json").read_text())
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    names = {a["id"]: a["name"] for a in doc["actors"]}
    detained = next(e for e in doc["events"] if e["trigger"] == "detained")
    broke_up = next(e for e in doc["events"] if e["trigger"] != "detained")
    assert [names[s] for s in detained["source"]] == ["Belarusian police"] and detained["source_basis"] == "discourse"
    assert broke_up["source_basis"] == "clause"
