"""The whole pipeline over the sample articles: ingest → actors/time/quotes/events
→ store → export/report/CLI, and user corrections surviving re-processing."""
from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from typer.testing import CliRunner

from chronicle import Chronicle
from chronicle.cli import app

from .conftest import SAMPLES, SCHEMA


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    if not SAMPLES.exists():
        pytest.skip("sample corpus not beside the checkout")
    path = tmp_path_factory.mktemp("e2e") / "samples.duckdb"
    with Chronicle(path) as kb:
        report = kb.ingest([SAMPLES])
    assert report.stored == 5 and not report.errors
    return path


@pytest.fixture
def db(sample_db, tmp_path):
    copy = tmp_path / "kb.duckdb"
    shutil.copy(sample_db, copy)
    return copy


def test_export_is_complete_and_valid(sample_db, tmp_path):
    with Chronicle(sample_db, read_only=True) as kb:
        doc = json.loads(kb.export("json", tmp_path / "kb.json").read_text())
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    assert len(doc["articles"]) == 5
    assert doc["actors"] and doc["quotes"] and doc["events"]
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for actor in doc["actors"]:  # every mention is evidence in its article
        for m in actor["mentions"]:
            assert texts[m["article"]][m["start"]:m["end"]]
    for q in doc["quotes"]:
        assert texts[q["article"]][q["start"]:q["end"]] == q["text"]


def test_plover_export_names_actors_and_cites_articles(sample_db, tmp_path):
    with Chronicle(sample_db, read_only=True) as kb:
        records = json.loads(kb.export("plover", tmp_path / "p.json").read_text())
        n_events = len(json.loads(kb.export("json", tmp_path / "kb.json").read_text())["events"])
    assert len(records) == n_events
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text_info", "cite_info"} <= set(records[0])
    coups = [r for r in records if r.get("coup")]
    assert coups and all(r["event_text"] for r in coups)
    assert any(a.get("actorText") == "Juan Guaidó" for r in records for a in r["actor"])


def test_one_actor_per_person_whatever_the_spelling(sample_db):
    with Chronicle(sample_db, read_only=True) as kb:
        guaido = kb.actor("Guaido")
        lopez = kb.actor("Leopoldo Lopez")
        padrino = kb.actor("Vladimir Padrino")
        assert guaido.name == "Juan Guaidó" and guaido.type == "PERSON"
        assert len({m[0] for m in guaido.mentions}) == 4  # every article but 003 (2018) names him
        assert lopez.name == "Leopoldo López" and padrino is not None and padrino.id != lopez.id
        assert kb.actor("US").id == kb.actor("United States").id


def test_quotes_by_speaker(sample_db):
    with Chronicle(sample_db, read_only=True) as kb:
        pompeo = kb.quotes("Mike Pompeo")
    assert any("full range of Article 2 authorities" in q.text for _, q, _ in pompeo)


def test_corrections_survive_reprocessing(db, monkeypatch):
    monkeypatch.setenv("CHRONICLE_NO_PROGRESS", "1")
    runner = CliRunner()
    args = ["--db", str(db)]
    listing = runner.invoke(app, ["actors", "list", *args])
    assert listing.exit_code == 0 and "Guaidó" in listing.output and "PERSON" in listing.output
    shown = runner.invoke(app, ["actors", "show", "guaido", *args])
    assert shown.exit_code == 0 and "[bold]" not in shown.output
    assert shown.output.count("…") >= 2 * 20 and "Juan Guaidó (PERSON)" in shown.output
    assert runner.invoke(app, ["actors", "rename", "Juan Guaidó", "Juan Gerardo Guaidó", *args]).exit_code == 0
    assert runner.invoke(app, ["actors", "set-type", "Voluntad Popular", "GROUP", *args]).exit_code == 0
    assert runner.invoke(app, ["actors", "merge", "Mike Pompeo", "Marco Rubio", *args]).exit_code == 0
    assert runner.invoke(app, ["actors", "show", "nobody at all", *args]).exit_code == 1

    monkeypatch.setattr("chronicle.api.PIPELINE_VERSION", "99.0")  # a newer pipeline re-processes everything
    with Chronicle(db) as kb:
        assert kb.ingest([SAMPLES]).stored == 5
        assert kb.actor("Guaido").name == "Juan Gerardo Guaidó"
        assert kb.actor("Voluntad Popular").type == "GROUP"
        assert kb.actor("Marco Rubio").id == kb.actor("Mike Pompeo").id


def test_a_guessed_country_is_shown_as_guessed(sample_db):
    with Chronicle(sample_db, read_only=True) as kb:
        actors = kb.actors()
    guessed = [a for a in actors if a.country_basis == "inferred"]
    assert guessed and all(a.country and a.sector for a in guessed)  # only unnamed groups are guessed
    assert next(a for a in actors if a.name == "Juan Guaidó").country_basis != "inferred"
    shown = CliRunner().invoke(app, ["actors", "show", guessed[0].id, "--db", str(sample_db)])
    assert shown.exit_code == 0 and f"{guessed[0].country} (inferred)" in shown.output


def test_split_moves_one_spelling_out(db):
    with Chronicle(db) as kb:
        before = kb.actor("Guaidó")
        kb.correct({"op": "split", "id": before.id, "alias": "Guaido"})
        after, split = kb.actor("Juan Guaidó"), kb.actor("Guaido")
    assert split.id != after.id and len(after.mentions) + len(split.mentions) == len(before.mentions)


def test_report_has_every_section(sample_db, tmp_path):
    with Chronicle(sample_db, read_only=True) as kb:
        html = kb.report(tmp_path / "r.html").read_text()
    for title in ("In wake of Venezuela coup fiasco", "US officials met with Venezuelan military"):
        assert title in html
    assert html.count("<article ") == 5 and "Juan Guaidó" in html and 'class="time"' in html
    assert "Timeline" in html and "Quotes by speaker" in html
