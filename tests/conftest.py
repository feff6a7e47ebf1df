from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "samples" / "venezuela-2019"
VOA = SHARED / "corpora" / "voa" / "voa_stories.jsonl"
SCHEMA = SHARED / "contract" / "export.schema.json"


def voa_stories(n: int = 3) -> list[dict]:
    if not VOA.exists():
        pytest.skip("../shared/corpora/voa is not beside the checkout")
    with VOA.open(encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(n), fh)]


def resolved(texts: dict[str, str]):
    """{article: text} through spaCy, the actors stage and corpus resolution: the mentions
    per article, the actors, and (article, entity key) → actor id."""
    from chronicle import nlp
    from chronicle.actors import find_mentions, resolve

    per = {art: find_mentions(nlp.parse(text)) for art, text in texts.items()}
    actors, mapping = resolve(per)
    return per, actors, mapping


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with a real text layer, built by hand (offsets computed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.fixture(scope="module")
def parse():
    """spaCy's parse of a text, the model loaded once per test module."""
    from chronicle import nlp

    nlp.load()
    return nlp.parse


def of_entity(mentions, surface: str) -> list:
    """The mentions of the entity that the mention written ``surface`` belongs to."""
    key = next(m.entity for m in mentions if m.text == surface)
    return [m for m in mentions if m.entity == key]


# -- the events stage without the actors stage ------------------------------------

ENT_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "GROUP"}


def events_for(text: str, published: str | None = None, quotes=(), basis: str = "unknown", times: bool = False):
    """Events for ``text``, spaCy's entities standing in for the actors stage (one
    entity key per distinct name) so that events tests do not depend on that stage.
    ``quotes``: (start, end, speaker name) of direct quotations; ``times``: run the
    time stage first, for tests of event dates."""
    from chronicle import nlp
    from chronicle import time as time_stage
    from chronicle.events import annotate
    from chronicle.records import Analysis, Article, Mention, Quote

    article = Article(id="t", source="test", sha256="", text=text, published=published, published_basis=basis)
    analysis = Analysis(article=article, doc=nlp.parse(text))
    keys: dict[str, str] = {}
    for ent in analysis.doc.ents:
        if ent.label_ in ENT_TYPES:
            key = keys.setdefault(ent.text, f"e{len(keys)}")
            analysis.mentions.append(Mention(ent.start_char, ent.end_char, ent.text, ENT_TYPES[ent.label_], key, ent.text))
    for start, end, speaker in quotes:
        analysis.quotes.append(Quote(start, end, text[start:end], "direct", keys.get(speaker), speaker))
    if times:
        time_stage.annotate(analysis)
    annotate(analysis)
    return analysis


@pytest.fixture(scope="module")
def run():
    from chronicle import nlp

    nlp.load()
    return events_for


# -- the whole pipeline -----------------------------------------------------------------


def pipeline(published: str, basis: str = "unknown"):
    """``go(text)``: the whole pipeline on ``text`` as an article published on ``published``,
    each text analysed once, so that unnamed groups and pronouns are actors as in an article."""
    from chronicle.pipeline import analyze
    from chronicle.records import Article

    cache: dict = {}

    def go(text: str):
        if text not in cache:
            cache[text] = analyze(Article(id="t", source="test", sha256="", text=text, published=published,
                                          published_basis=basis))
        return cache[text]
    return go


def names(analysis, keys: list[str]) -> list[str]:
    """The first mention of each entity key: its name, not a later pronoun."""
    by_key: dict[str, str] = {}
    for m in analysis.mentions:
        by_key.setdefault(m.entity, m.text)
    return [by_key[k] for k in keys]


def of_type(analysis, etype: str) -> list:
    return [e for e in analysis.events if e.type == etype]


def by_trigger(analysis, trigger: str):
    """The first event with this trigger word; failing, the events there are instead."""
    found = [e for e in analysis.events if e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in analysis.events]
    return found[0]


# -- tables of cases ------------------------------------------------------------------


def cases(*rows: tuple) -> list:
    """``pytest.param`` rows from tuples whose first item is the case's id, so that a
    table reads one case a line with the construction it tests named first."""
    return [pytest.param(*row[1:], id=row[0]) for row in rows]


@pytest.fixture
def analyse(request):
    """``analyse(how, text)``: ``text`` read by the module's fixture named ``how`` (for
    example "run", events on spaCy's entities, or "full", the whole pipeline), so that one
    table can hold cases that need different readers."""
    return lambda how, text: request.getfixturevalue(how)(text)
