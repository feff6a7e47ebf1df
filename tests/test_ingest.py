"""Readers and bad input: every broken document gets its own clear error, the batch goes on."""
from __future__ import annotations

import json
import re

import pytest

from chronicle import Chronicle
from chronicle.ingest import read
from chronicle.records import IngestError, RawDocument

from .conftest import minimal_pdf, voa_stories

GOOD = "The army said on Tuesday that it remained loyal to the president, and the opposition called for new protests in the capital.\n"


@pytest.fixture
def kb(tmp_path):
    with Chronicle(tmp_path / "kb.duckdb") as kb:
        yield kb


def test_formats_are_recognised(tmp_path):
    (tmp_path / "a.txt").write_text("Title line\n\n" + GOOD)
    (tmp_path / "b.md").write_text("# Heading\n\n" + GOOD)
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": GOOD, "title": "T"}) + "\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.pdf").write_bytes(minimal_pdf("The army said it remained loyal."))
    docs = list(read([tmp_path]))
    assert sorted(d.format for d in docs) == ["json", "markdown", "pdf", "text"]


def test_bad_inputs_each_fail_alone(tmp_path, kb):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (bad / "empty.txt").write_bytes(b"")
    with (bad / "huge.txt").open("w") as fh:
        for _ in range(50 * 1024):
            fh.write("x" * 1023 + "\n")
    (bad / "scripts.html").write_text("<html><head><script>alert(1)</script></head><body><script>document.write('x')</script><nav>Home</nav></body></html>")
    pdf = minimal_pdf("The army said it remained loyal.")
    (bad / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (bad / "rows.jsonl").write_text(json.dumps({"text": GOOD.replace("Tuesday", "Sunday")}) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    (bad / "latin1.txt").write_bytes(("Nicolás Maduro habló. " + GOOD).encode("latin-1"))
    (bad / "good.txt").write_text("A good article\n\n" + GOOD)

    report = kb.ingest([bad], analyze=False)
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in kb.errors()}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "MB" in reasons["huge.txt"] and "limit" in reasons["huge.txt"]
    assert "HTML" in reasons["scripts.html"]
    assert "PDF" in reasons["truncated.pdf"]
    assert "not valid JSON" in reasons["rows.jsonl#L2"]
    assert "'text'" in reasons["rows.jsonl#L3"]
    assert report.stored == 3  # good.txt, latin1.txt, rows.jsonl#L1
    assert any("Nicolás" in a.text for a in kb.articles())


def test_ingest_is_idempotent_and_links_near_duplicates(tmp_path, kb):
    (tmp_path / "a.txt").write_text("A headline\n\n" + GOOD)
    (tmp_path / "copy.txt").write_text("A headline\n\n" + GOOD.replace("  ", " ") + "\n\n")  # other bytes, same text
    first = kb.ingest([tmp_path / "a.txt"], analyze=False)
    again = kb.ingest([tmp_path / "a.txt"], analyze=False)
    dup = kb.ingest([tmp_path / "copy.txt"], analyze=False)
    assert (first.stored, again.stored, again.unchanged) == (1, 0, 1)
    assert dup.duplicates == 1 and kb.stats()["articles"] == 1 and kb.stats()["duplicates"] == 1


def test_errors_do_not_lose_stored_articles(tmp_path, kb):
    (tmp_path / "a.txt").write_text("A headline\n\n" + GOOD)
    kb.ingest([tmp_path], analyze=False)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    report = kb.ingest([tmp_path], analyze=False)
    assert len(report.errors) == 1 and kb.stats()["articles"] == 1


def test_json_records_keep_their_metadata(kb):
    story = voa_stories(1)[0]
    kb.ingest_records([story], analyze=False)
    (art,) = kb.articles()
    assert art.title == story["title"] and art.authors == [story["author"]]
    # the timestamp's date in Washington, the newsroom's time zone
    assert art.published == "2025-03-14" and story["published"] == "2025-03-14 20:30:26Z" and art.published_basis == "stated"
    assert art.outlet == "Voice of America" and art.source == story["url"]


def test_a_copy_kept_as_a_duplicate_keeps_its_outlet(kb):
    story = voa_stories(1)[0]
    copy = {**story, "url": "https://www.npr.org/2025/03/14/" + story["url"].rsplit("/", 1)[-1]}
    report = kb.ingest_records([story, copy], analyze=False)
    (art,) = kb.articles()
    assert report.duplicates == 1 and kb.store.duplicate_outlets() == {art.id: ["NPR"]}


def test_a_timestamp_is_dated_in_the_newsrooms_zone_and_an_unknown_outlet_by_its_site(kb):
    story = voa_stories(1)[0]
    late = {**story, "published": "2025-03-14 01:30:00Z"}  # 13 March, 21:30 in Washington
    elsewhere = {**story, "text": story["text"] + " (Reprinted.)", "published": "2025-03-14 01:30:00Z",
                 "url": "https://www.example-news.org/world/1"}
    kb.ingest_records([late, elsewhere], analyze=False)
    by_outlet = {a.outlet: a for a in kb.articles()}
    assert by_outlet["Voice of America"].published == "2025-03-13"
    assert by_outlet["example-news.org"].published == "2025-03-14"  # no known zone: the date as written


def test_html_goes_through_trafilatura(tmp_path, kb):
    story = voa_stories(1)[0]
    sentences = re.split(r"(?<=\.) ", story["text"])
    paras = "".join(f"<p>{p}</p>" for p in sentences)
    html = f"<html><head><title>{story['title']}</title><meta name='author' content='{story['author']}'><script>var x=1;</script></head><body><nav><a href='/'>Home</a></nav><article><h1>{story['title']}</h1>{paras}</article><footer>Subscribe now</footer></body></html>"
    (tmp_path / "s.html").write_text(html)
    kb.ingest([tmp_path / "s.html"], analyze=False)
    (art,) = kb.articles()
    assert art.title == story["title"] and "var x" not in art.text and "Subscribe" not in art.text
    assert sentences[1] in art.text and sentences[-1] in art.text


def test_pdf_text_layer(tmp_path, kb):
    (tmp_path / "a.pdf").write_bytes(minimal_pdf("Troops surrounded the presidential palace on Monday and the president fled the capital."))
    kb.ingest([tmp_path], analyze=False)
    (art,) = kb.articles()
    assert "presidential palace" in art.text


def test_stdin_is_sniffed(monkeypatch, kb):
    import io, sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("A headline\n\n" + GOOD).encode())))
    assert kb.ingest(["-"], analyze=False).stored == 1


def test_reader_reports_missing_path(tmp_path):
    (err,) = list(read([tmp_path / "nope"]))
    assert isinstance(err, IngestError) and "no such file" in err.reason


def test_parallel_workers_store_the_same_as_one_process(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for n, story in enumerate(voa_stories(4)):
        (docs / f"{n}.jsonl").write_text(json.dumps(story) + "\n")
    with Chronicle(tmp_path / "one.duckdb") as one, Chronicle(tmp_path / "two.duckdb") as two:
        one.ingest([docs], analyze=False)
        report = two.ingest([docs], analyze=False, workers=2)
        assert report.stored == 4
        assert [(a.id, a.text) for a in one.articles()] == [(a.id, a.text) for a in two.articles()]


def test_newer_pipeline_reprocesses_without_duplicating(tmp_path, kb, monkeypatch):
    (tmp_path / "a.txt").write_text("A headline\n\n" + GOOD)
    kb.ingest([tmp_path / "a.txt"], analyze=False)
    monkeypatch.setattr("chronicle.api.PIPELINE_VERSION", "99.0")
    report = kb.ingest([tmp_path / "a.txt"], analyze=True)
    (art,) = kb.articles()
    assert report.stored == 1 and art.pipeline_version == "99.0" and kb.stats()["articles"] == 1


def test_cleaning_only_articles_are_analysed_later(tmp_path, kb):
    (tmp_path / "a.txt").write_text("A headline\n\n" + GOOD)
    kb.ingest([tmp_path], analyze=False)
    assert kb.ingest([tmp_path], analyze=False).unchanged == 1
    assert kb.ingest([tmp_path], analyze=True).stored == 1  # not taken for finished
    assert kb.stats()["times"] > 0  # "on Tuesday"
    assert kb.ingest([tmp_path], analyze=False).unchanged == 1  # analysed beats cleaned


def test_text_too_long_for_nlp_is_a_clear_error(tmp_path, kb):
    (tmp_path / "long.txt").write_text("A headline\n\n" + GOOD * 9000)  # ~1.1 M characters, under the byte limit
    report = kb.ingest([tmp_path])
    (error,) = report.errors
    assert "NLP stages" in error.reason and "--no-analyze" in error.reason
    assert kb.ingest([tmp_path], analyze=False).stored == 1
