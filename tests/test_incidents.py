"""Incidents: the same happening recognised across articles and outlets, with how
many independent outlets corroborate it and where they disagree."""
from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest

from chronicle import Chronicle
from chronicle.incidents import Item, group, incident_id, independent_sources, resolve, stem
from chronicle.records import Article, Event, EventDate

from .conftest import SCHEMA, VOA

REUTERS = {
    "title": "Security forces kill 19 protesters in Khartoum, doctors say",
    "outlet": "Reuters", "published": "2019-06-04", "url": "https://www.reuters.com/article/sudan-protests-idUSKCN1T41",
    "text": (
        "KHARTOUM (Reuters) - Sudanese security forces killed 19 protesters in Khartoum on Monday when they "
        "stormed a sit-in outside the Defence Ministry, a doctors' committee linked to the opposition said.\n\n"
        "The Transitional Military Council denied that it had ordered the crackdown and said it had targeted "
        "criminals in a nearby area.\n\n"
        "Witnesses said soldiers fired tear gas and live rounds as they cleared the camp, which protesters "
        "had occupied since April."
    ),
}
ALJAZEERA = {
    "title": "Sudan: dozens dead as troops break up Khartoum sit-in",
    "outlet": "Al Jazeera", "published": "2019-06-04", "url": "https://www.aljazeera.com/news/2019/6/4/sudan-sit-in",
    "text": (
        "Sudanese security forces killed at least 35 protesters in Khartoum on Monday as they broke up the "
        "main protest camp outside the army headquarters, according to the Central Committee of Sudanese Doctors.\n\n"
        "The Transitional Military Council said its forces had moved against a criminal area near the sit-in "
        "and accused the protest leaders of escalating the crisis.\n\n"
        "The African Union condemned the violence and called for an immediate investigation."
    ),
}
BBC = {
    "title": "Sudan protest leaders call general strike",
    "outlet": "BBC News", "published": "2019-06-10", "url": "https://www.bbc.com/news/world-africa-48575488",
    "text": (
        "Sudanese protest leaders launched a general strike in Khartoum on Sunday, a week after the deadly "
        "raid on the sit-in.\n\n"
        "Shops and banks stayed closed across the capital as workers stayed at home."
    ),
}


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("incidents") / "kb.duckdb"
    with Chronicle(path) as kb:
        report = kb.ingest_records([REUTERS, ALJAZEERA, BBC])
    assert report.stored == 3 and not report.errors
    return path


def _killing(kb: Chronicle):
    """The incident holding the Reuters report of the killings (its first mention of 'killed')."""
    reuters = next(a for a in kb.articles() if a.outlet == "Reuters")
    seq = next(seq for art, seq, e in kb.store.events() if art == reuters.id and e.trigger == "killed")
    incident_id = kb.store.incident_links()[(reuters.id, seq)]
    return next(i for i in kb.incidents() if i.id == incident_id)


def test_two_outlets_one_incident_with_conflicting_tolls(kb_path):
    with Chronicle(kb_path, read_only=True) as kb:
        incident = _killing(kb)
        outlets = {a.id: a.outlet for a in kb.articles()}
    assert incident.type == "ASSAULT"
    assert sorted(incident.outlets) == ["Al Jazeera", "Reuters"] and incident.corroboration == 2
    assert sorted(outlets[a] for a in incident.articles) == ["Al Jazeera", "Reuters"]
    dead = next(c for c in incident.conflicts if c["field"] == "size.dead")
    by_value = {v["value"]: [outlets[a] for a in v["articles"]] for v in dead["values"]}
    assert by_value == {19: ["Reuters"], 35: ["Al Jazeera"]}
    assert incident.date.value == "2019-06-03" and "2019-06-03" in incident.summary and "ASSAULT" in incident.summary
    assert "\n" not in incident.summary


def test_another_day_stays_apart(kb_path):
    with Chronicle(kb_path, read_only=True) as kb:
        killing = _killing(kb)
        bbc = next(a for a in kb.articles() if a.outlet == "BBC News")
        links = kb.store.incident_links()
        strike = {links[(art, seq)] for art, seq, e in kb.store.events() if art == bbc.id and stem(e.trigger) == "strik"}
        assert strike and killing.id not in strike
        assert bbc.id not in killing.articles
        # every mention has exactly one incident, and incidents hold exactly the stored mentions
        mentions = {(art, seq) for art, seq, _ in kb.store.events()}
        assert set(links) == mentions
        assert sorted(m for i in kb.incidents() for m in i.events) == sorted(mentions)


def test_reingesting_changes_nothing(kb_path, tmp_path):
    import shutil

    copy = tmp_path / "again.duckdb"
    shutil.copy(kb_path, copy)
    with Chronicle(copy) as kb:
        before = [(i.id, i.events, i.conflicts, i.summary) for i in kb.incidents()]
        report = kb.ingest_records([REUTERS, ALJAZEERA, BBC])
        assert report.unchanged == 3 and report.stored == 0
        kb.resolve_incidents()  # a forced rebuild gives the same incidents too
        assert [(i.id, i.events, i.conflicts, i.summary) for i in kb.incidents()] == before
        # an actor correction rebuilds incidents from the corrected links
        sudan = kb.actor("Transitional Military Council")
        if sudan is not None:
            kb.correct({"op": "rename", "id": sudan.id, "name": "TMC"})
            assert len(kb.incidents()) == len(before)


def test_export_and_report(kb_path, tmp_path):
    with Chronicle(kb_path, read_only=True) as kb:
        doc = json.loads(kb.export("json", tmp_path / "kb.json").read_text())
        kb.export("parquet", tmp_path / "pq")
        html = kb.report(tmp_path / "r.html").read_text()
        killing = _killing(kb)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    incidents = {i["id"]: i for i in doc["incidents"]}
    assert all(e["incident"] in incidents for e in doc["events"])
    exported = incidents[killing.id]
    assert sorted(exported["outlets"]) == ["Al Jazeera", "Reuters"] and len(exported["events"]) >= 2
    for event_id in exported["events"]:
        assert next(e for e in doc["events"] if e["id"] == event_id)["incident"] == killing.id
    assert (tmp_path / "pq" / "incidents.parquet").exists()
    assert "Corroborated by two or more outlets (" in html and f'id="incident-{killing.id}"' in html
    assert "size.dead" in html and "19" in html and "35" in html


# -- the grouping core, on hand-made items -----------------------------------------

def _item(article: str, text: str, trigger: str, day: str | None, etype: str = "ASSAULT", **kw) -> Item:
    span = None
    if day:
        d = date.fromisoformat(day) if len(day) == 10 else None
        span = (d, d) if d else (date.fromisoformat(day + "-01"), date.fromisoformat(day + "-30"))
    return Item(article=article, text=text, trigger=stem(trigger), type=etype, span=span,
                day=span[0] if day and len(day) == 10 else None, **kw)


def test_dates_never_chain():
    text = "Police fired on protesters in the capital, killing several people."
    items = [
        _item("a", text, "killed", "2019-06-03", source=frozenset({"police"})),
        _item("b", text, "killed", "2019-06", source=frozenset({"police"})),  # "in June": fits either day
        _item("c", text, "killed", "2019-06-20", source=frozenset({"police"})),
    ]
    clusters = group(items)
    assert not any({0, 2} <= set(c) for c in clusters)  # never the 3rd and the 20th together
    assert any(len(c) == 2 for c in clusters)  # the month-dated mention joins one of them


def test_types_and_undated_mentions():
    text = "Soldiers arrested the opposition leader at his home in the capital."
    items = [
        _item("a", text, "arrested", "2019-06-03", etype="COERCE", source=frozenset({"army"})),
        _item("b", text, "arrested", "2019-06-03", etype="ACCUSE", source=frozenset({"army"})),
        _item("c", "An arrest was reported.", "arrest", None, etype="COERCE"),  # undated, no shared actor
        _item("d", text, "arrested", None, etype="COERCE", source=frozenset({"army"})),  # undated, strong agreement
    ]
    clusters = group(items)
    assert [0, 3] in clusters and [1] in clusters and [2] in clusters


def test_negated_mentions_do_not_corroborate():
    text_a = "Troops shot dead 12 demonstrators in Caracas on Monday, witnesses said."
    text_b = "The army denied that troops shot 12 demonstrators in Caracas on Monday."
    articles = {
        "a": Article("a", "a", "0" * 64, text_a, outlet="El Pais", published="2019-05-01"),
        "b": Article("b", "b", "1" * 64, text_b, outlet="Telesur", published="2019-05-01"),
    }
    day = EventDate("2019-04-29", "day", "Monday", "expression")
    events = [
        ("a", 0, Event(0, len(text_a), "ASSAULT", None, "shot", ["e1"], [], None, day, "asserted", size={"dead": 12})),
        ("b", 0, Event(0, len(text_b), "ASSAULT", None, "shot", ["e1"], [], None, day, "negated")),
    ]
    links = {("a", "e1"): "troops", ("b", "e1"): "troops"}
    incidents, mapping = resolve(events, articles, links)
    assert len(incidents) == 1 and mapping[("a", 0)] == mapping[("b", 0)]
    assert incidents[0].outlets == ["El Pais", "Telesur"] and incidents[0].corroboration == 1


def test_cli_lists_corroborated_incidents(kb_path, monkeypatch):
    from typer.testing import CliRunner

    from chronicle.cli import app, console

    monkeypatch.setattr(console, "width", 250)
    result = CliRunner().invoke(app, ["incidents", "--db", str(kb_path)])
    assert result.exit_code == 0, result.output
    assert "ASSAULT" in result.output and "size.dead: 19 vs 35" in result.output
    assert "Reuters" in result.output and "Al Jazeera" in result.output and "BBC" not in result.output


def test_day_and_perpetrator_conflicts_are_recorded_not_resolved():
    """Two outlets agree on the happening but not on the day (one reports the night
    it began, one the morning) nor on who fired; both views are kept, with their articles."""
    text_a = ("Police opened fire on opposition supporters outside the electoral commission in Kinshasa on Monday, "
              "killing four people, witnesses said.")
    text_b = ("Soldiers opened fire on opposition supporters outside the electoral commission in Kinshasa on Tuesday, "
              "killing six people, the opposition said.")
    articles = {
        "a": Article("a", "a", "0" * 64, text_a, outlet="Reuters", published="2018-12-04"),
        "b": Article("b", "b", "1" * 64, text_b, outlet="AFP", published="2018-12-04"),
    }
    monday, tuesday = (EventDate(d, "day", w, "expression") for d, w in (("2018-12-03", "Monday"), ("2018-12-04", "Tuesday")))
    events = [
        ("a", 0, Event(0, len(text_a), "ASSAULT", None, "opened", ["e1"], ["e2"], "e3", monday, "reported", size={"dead": 4})),
        ("b", 0, Event(0, len(text_b), "ASSAULT", None, "opened", ["e1"], ["e2"], "e3", tuesday, "reported", size={"dead": 6})),
    ]
    links = {("a", "e1"): "police", ("b", "e1"): "army", ("a", "e2"): "udps", ("b", "e2"): "udps",
             ("a", "e3"): "kinshasa", ("b", "e3"): "kinshasa"}
    incidents, _ = resolve(events, articles, links)
    assert len(incidents) == 1
    conflicts = {c["field"]: {json.dumps(v["value"]): v["articles"] for v in c["values"]} for c in incidents[0].conflicts}
    assert conflicts["date"] == {'"2018-12-03"': ["a"], '"2018-12-04"': ["b"]}
    assert conflicts["source"] == {'["police"]': ["a"], '["army"]': ["b"]}
    assert conflicts["size.dead"] == {"4": ["a"], "6": ["b"]}
    assert "location" not in conflicts and incidents[0].corroboration == 2
    # two days apart is never the same happening, however alike the reports
    far = EventDate("2018-12-06", "day", "Thursday", "expression")
    events[1] = ("b", 0, Event(0, len(text_b), "ASSAULT", None, "opened", ["e1"], ["e2"], "e3", far, "reported"))
    assert len(resolve(events, articles, links)[0]) == 2


def test_a_store_without_incidents_gets_them_on_the_next_ingest(kb_path, tmp_path):
    import shutil

    copy = tmp_path / "old.duckdb"
    shutil.copy(kb_path, copy)
    with Chronicle(copy) as kb:
        expected = [(i.id, i.events) for i in kb.incidents()]
        kb.store.replace_incidents([], {})  # as a knowledge base built before incidents existed
        assert kb.incidents() == []
        assert kb.ingest_records([REUTERS]).unchanged == 1
        assert [(i.id, i.events) for i in kb.incidents()] == expected


# -- stable ids, syndicated copies, blocking: on Voice of America stories ------------
# Public-domain VOA text (../shared/corpora/voa). The copy is the VOA story as a second
# site republishes it: its own headline, a dateline, the last quarter cut.

def _voa(story: str) -> dict:
    if not VOA.exists():
        pytest.skip("../shared/corpora/voa is not beside the checkout")
    with VOA.open(encoding="utf-8") as fh:
        return next(r for r in map(json.loads, fh) if r["id"] == story)


def _hijacking() -> tuple[dict, dict, dict]:
    import re

    attack, witnesses = _voa("8006651"), _voa("8009314")  # two VOA reports of one train hijacking
    sentences = re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", attack["text"])
    original = {"title": attack["title"], "text": attack["text"], "outlet": "Voice of America", "published": "2025-03-11"}
    copy = {"title": "Hostages taken as gunmen attack Jaffar Express", "outlet": "Frontier Wire", "published": "2025-03-12",
            "text": "QUETTA, Pakistan — " + " ".join(sentences[: len(sentences) * 3 // 4])}
    other = {"title": witnesses["title"], "text": witnesses["text"], "outlet": "Quetta Herald", "published": "2025-03-13"}
    return original, copy, other


@pytest.fixture(scope="module")
def hijacking(tmp_path_factory):
    """The original alone, then with its copy and an independent report, ingested in two runs."""
    original, copy, other = _hijacking()
    path = tmp_path_factory.mktemp("hijacking") / "kb.duckdb"
    with Chronicle(path) as kb:
        assert kb.ingest_records([original]).stored == 1
        alone = {i.id: i.events for i in kb.incidents()}
        assert kb.ingest_records([copy, other]).stored == 2
    return path, alone


def test_syndicated_copy_counts_once_but_is_listed(hijacking):
    with Chronicle(hijacking[0], read_only=True) as kb:
        incidents = kb.incidents()
        articles = {a.id: a for a in kb.articles()}
    outlet = lambda i: sorted(articles[a].outlet for a in i.articles)  # noqa: E731
    with_copy = [i for i in incidents if outlet(i) == ["Frontier Wire", "Voice of America"]]
    all_three = [i for i in incidents if outlet(i) == ["Frontier Wire", "Quetta Herald", "Voice of America"]]
    assert with_copy and all(i.corroboration == 1 and sorted(i.outlets) == outlet(i) for i in with_copy)
    assert all_three and all(i.corroboration == 2 for i in all_three)
    by_outlet = {a.outlet: a.id for a in articles.values()}
    assert independent_sources([by_outlet["Voice of America"], by_outlet["Frontier Wire"]], articles) == 1
    assert independent_sources([by_outlet["Voice of America"], by_outlet["Quetta Herald"]], articles) == 2


def test_reports_of_one_happening_are_not_copies():
    """Two newsrooms' stories of one event share names and quotations, not runs of words;
    a text too short to tell is never a copy, and one outlet is one source anyway."""
    from chronicle.records import Article

    original, copy, other = _hijacking()
    short = "Militants attacked a passenger train in Balochistan on Tuesday."
    texts = {"voa": original["text"], "copy": copy["text"], "other": other["text"], "brief": short, "brief2": short}
    articles = {k: Article(k, k, k, t, outlet=k.rstrip("2")) for k, t in texts.items()}
    articles["brief2"].outlet = "Another Daily"
    assert independent_sources(["voa", "copy"], articles) == 1
    assert independent_sources(["voa", "other"], articles) == 2
    assert independent_sources(["copy", "other", "voa"], articles) == 2
    assert independent_sources(["brief", "brief2"], articles) == 2


def test_incident_ids_do_not_depend_on_ingest_order_or_later_coverage(hijacking, tmp_path):
    path, alone = hijacking
    with Chronicle(path, read_only=True) as kb:
        forward = sorted((i.id, i.events) for i in kb.incidents())
    original, copy, other = _hijacking()
    with Chronicle(tmp_path / "reversed.duckdb") as kb:
        kb.ingest_records([other])
        kb.ingest_records([copy, original])
        assert sorted((i.id, i.events) for i in kb.incidents()) == forward
    # later coverage joined the original's incidents: those that kept their founding mentions kept their ids
    voa = next(art for _, events in alone.items() for art, _ in events)
    kept = [(incident, events) for incident, events in forward if [e for e in events if e[0] == voa] in alone.values()]
    grown = [(incident, events) for incident, events in kept if len({art for art, _ in events}) > 1]
    assert grown and all(alone.get(incident) == [e for e in events if e[0] == voa] for incident, events in kept)


def test_an_earlier_report_renames_an_incident_a_later_one_does_not():
    text = "Gunmen stormed a police station in Kidal on Monday, killing three officers, officials said."
    day = EventDate("2021-05-03", "day", "Monday", "expression")
    articles = {k: Article(k, k, k * 64, text.replace("officials", who), outlet=who, published=published)
                for k, who, published in (("b", "AFP", "2021-05-04"), ("c", "Reuters", "2021-05-05"), ("d", "AP", "2021-05-03"))}
    event = lambda art: (art, 0, Event(0, len(text), "ASSAULT", None, "killing", ["e1"], [], None, day, "reported"))  # noqa: E731
    links = {(art, "e1"): "gunmen" for art in articles}
    first, _ = resolve([event("b")], articles, links)
    later, _ = resolve([event("c"), event("b")], articles, links)
    earlier, _ = resolve([event("b"), event("c"), event("d")], articles, links)
    assert first[0].id == later[0].id == incident_id("b", 0) and len(later[0].events) == 2
    assert earlier[0].id == incident_id("d", 0) and earlier[0].corroboration == 3


def test_blocking_gives_the_same_incidents(hijacking, kb_path, monkeypatch):
    """Blocking only skips pairs that cannot score above 0: same pairs, same
    scores, same incidents as scoring every pair that types and dates allow
    (on the mentions of both knowledge bases: Sudan 2019 and Pakistan 2025)."""
    import sys

    from chronicle.incidents import _item

    grouping = sys.modules["chronicle.incidents.group"]
    items, documents = [], {}
    for path in (kb_path, hijacking[0]):
        with Chronicle(path, read_only=True) as kb:
            events, links, actors = kb.store.events(), kb.store.actor_links(), {a.id: a for a in kb.store.actors()}
            articles = {a.id: a for a in kb.articles()}
        items += [_item(art, e, articles[art], links, actors) for art, _, e in sorted(events, key=lambda r: r[:2])]
        documents.update({a.id: a.text for a in articles.values()})
    scored = []
    score = grouping.score
    monkeypatch.setattr(grouping, "score", lambda *a, **kw: scored.append(1) or score(*a, **kw))
    for dates in (True, False):
        del scored[:]
        naive = grouping.pairs(items, dates, documents, blocking=False)
        all_pairs = len(scored)
        assert grouping.pairs(items, dates, documents) == naive
        assert len(scored) - all_pairs < all_pairs  # some pairs were never scored
        assert group(items, dates=dates, documents=documents) == group(items, dates=dates, documents=documents, blocking=False)
    assert len(group(items, documents=documents)) < len(items)


def test_outlets_of_stored_duplicates_are_listed_not_counted():
    text = "Protesters blocked the main highway out of La Paz on Monday, police said."
    day = EventDate("2020-08-03", "day", "Monday", "expression")
    articles = {"a": Article("a", "a", "a" * 64, text, outlet="Reuters", published="2020-08-03"),
                "b": Article("b", "b", "b" * 64, "Demonstrators cut the highway out of La Paz on Monday, blocking traffic for hours.",
                             outlet="Página Siete", published="2020-08-03")}
    events = [(art, 0, Event(0, len(a.text), "PROTEST", None, "blocked", ["e1"], [], None, day, "reported")) for art, a in articles.items()]
    links = {(art, "e1"): "protesters" for art in articles}
    incidents, _ = resolve(events, articles, links, duplicates={"a": ["Yahoo News", "Reuters"]})
    assert len(incidents) == 1 and incidents[0].outlets == ["Reuters", "Página Siete", "Yahoo News"]
    assert incidents[0].corroboration == 2
