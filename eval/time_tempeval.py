"""Score the time stage on TempEval-3 platinum and MEANTIME TIMEX3, TempEval-3 style.

    .venv/bin/python eval/time_tempeval.py [--corpus te3|meantime|both] [--no-baseline]

Extraction: strict (same span) and relaxed (overlapping span) precision,
recall and F1 over in-text TIMEX3 (the document creation time excluded).
Value: over relaxed matches, accuracy = right values / matches, and value
F1 as in TempEval-3 (precision = right values / system TIMEX3, recall =
right values / gold TIMEX3). Values are compared as TIMEX3 strings, so the
stage's internal TIMEX3 reading (``chronicle.time.scan``) is scored.

Baseline, in the same run: dateparser 1.5.0 ``search_dates`` anchored on the
creation time, each hit's value written at the period dateparser reports
(day, month or year).
"""
from __future__ import annotations

import argparse
import glob
import re
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronicle import nlp  # noqa: E402
from chronicle.time import scan  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
TE3 = CORPORA / "tempeval3_platinum" / "te3-platinum"
MEANTIME = CORPORA / "meantime_en" / "intra_cross-doc_annotation"

# MEANTIME marks TIMEX3 only in each article's title, dateline and first four
# sentences (token sentence numbers 0-5); system hits beyond are not scored.
ANNOTATED_SENTENCES = 5

Gold = tuple[int, int, str, str | None]  # start, end, text, value


def load_te3() -> list[tuple[str, str, str, list[Gold]]]:
    """(name, text, creation date, gold) from the TimeML files: tags stripped, offsets kept."""
    docs = []
    for path in sorted(TE3.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', raw)
        dct_value = (dct[1] or dct[2])[:10]
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)[1]
        text, gold, pos = [], [], 0
        open_timex = None
        for m in re.finditer(r"<(/?)(\w+)([^>]*)>|([^<]+)", body):
            if m[4] is not None:
                chunk = (m[4].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                         .replace("&quot;", '"').replace("&apos;", "'"))
                text.append(chunk)
                pos += len(chunk)
            elif m[2] == "TIMEX3" and not m[1]:
                value = re.search(r'value="([^"]*)"', m[3])
                open_timex = (pos, value[1] if value else None)
            elif m[2] == "TIMEX3" and m[1]:
                start, value = open_timex
                gold.append((start, pos, "".join(text)[start:pos], value))
        docs.append((path.stem, "".join(text), dct_value, gold))
    return docs


_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "'s", "'", "%", "n't", "’s", "”"}
_NO_SPACE_AFTER = {"(", "$", "“", "#"}


def load_meantime() -> list[tuple[str, str, str, list[Gold]]]:
    """(name, text, creation date, gold): the token layer detokenised, with the
    title and dateline (the creation-time sentence) kept in the text but the
    creation time left out of the gold, and any system hit on it, or past the
    annotated sentences, ignored."""
    docs = []
    for path in sorted(MEANTIME.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        offsets, parts, pos, prev = {}, [], 0, None
        sentence = None
        for tok in root.iter("token"):
            word = tok.text or ""
            if parts:
                if tok.get("sentence") != sentence and sentence in ("0", "1"):
                    sep = "\n"  # title and dateline are paragraphs of their own
                elif word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
                    sep = ""
                else:
                    sep = " "
                parts.append(sep)
                pos += len(sep)
            sentence = tok.get("sentence")
            offsets[tok.get("t_id")] = (pos, pos + len(word))
            if int(sentence) <= ANNOTATED_SENTENCES:
                annotated_end = pos + len(word)
            parts.append(word)
            pos += len(word)
            prev = word
        text = "".join(parts)
        dct, gold, skip = None, [], [(annotated_end, len(text))]
        for t in root.iter("TIMEX3"):
            anchors = [a.get("t_id") for a in t.findall("token_anchor")]
            if t.get("functionInDocument") == "CREATION_TIME":
                dct = t.get("value")
                if anchors:
                    skip.append((offsets[anchors[0]][0], offsets[anchors[-1]][1]))
                continue
            if not anchors:
                continue
            start, end = offsets[anchors[0]][0], offsets[anchors[-1]][1]
            gold.append((start, end, text[start:end], t.get("value")))
        if dct is None or not re.match(r"\d{4}-\d{2}-\d{2}$", dct[:10]):
            continue  # one file's creation time is written '03-02-2009': no reliable anchor
        docs.append((path.stem, text, dct[:10], gold, skip))
    return docs


def score(pairs: list[tuple[list[Gold], list[Gold]]]) -> dict[str, float]:
    n_gold = n_sys = strict = relaxed = right = 0
    for gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        used = set()
        for g in gold:
            match = next((i for i, s in enumerate(system) if i not in used and s[0] < g[1] and g[0] < s[1]), None)
            if match is None:
                continue
            used.add(match)
            s = system[match]
            relaxed += 1
            strict += (s[0], s[1]) == (g[0], g[1])
            right += s[3] is not None and s[3] == g[3]

    def f1(hit: int) -> tuple[float, float, float]:
        p = hit / n_sys if n_sys else 0.0
        r = hit / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    sp, sr, sf = f1(strict)
    rp, rr, rf = f1(relaxed)
    vp, vr, vf = f1(right)
    return dict(gold=n_gold, system=n_sys, strict_p=sp, strict_r=sr, strict_f1=sf, relaxed_p=rp, relaxed_r=rr,
                relaxed_f1=rf, value_acc=right / relaxed if relaxed else 0.0, value_p=vp, value_r=vr, value_f1=vf)


def chronicle_system(docs):
    pairs, errors = [], []
    started = time.perf_counter()
    parsed = list(nlp.parse_many([d[1] for d in docs]))
    parse_time = time.perf_counter() - started
    stage_time = 0.0
    for doc, spacy_doc in zip(docs, parsed):
        skip = doc[4] if len(doc) > 4 else []
        t0 = time.perf_counter()
        found = scan(spacy_doc, doc[2])
        stage_time += time.perf_counter() - t0
        system = [(t.start, t.end, t.text, t.value) for t in found
                  if not any(s < t.end and t.start < e for s, e in skip)]
        pairs.append((doc[3], system))
        errors.append((doc[0], doc[3], system))
    return pairs, errors, parse_time, stage_time


def dateparser_system(docs):
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    period_parser = DateDataParser(languages=["en"])
    fmt = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    pairs = []
    for doc in docs:
        text, dct = doc[1], doc[2]
        skip = doc[4] if len(doc) > 4 else []
        settings = {"RELATIVE_BASE": datetime.fromisoformat(dct), "PREFER_DATES_FROM": "past"}
        hits = search_dates(text, languages=["en"], settings=settings) or []
        system, pos = [], 0
        for phrase, when in hits:
            start = text.find(phrase, pos)
            if start < 0:
                continue
            pos = start + len(phrase)
            if any(s < pos and start < e for s, e in skip):
                continue
            data = period_parser.get_date_data(phrase)
            period = data.period if data and data.date_obj else "day"
            system.append((start, pos, phrase, when.strftime(fmt.get(period, "%Y-%m-%d"))))
        pairs.append((doc[3], system))
    return pairs


def show(label: str, s: dict[str, float]) -> None:
    print(f"  {label:<24} gold {s['gold']:>4}  system {s['system']:>4}  "
          f"strict P/R/F1 {100 * s['strict_p']:5.1f} {100 * s['strict_r']:5.1f} {100 * s['strict_f1']:5.1f}  "
          f"relaxed P/R/F1 {100 * s['relaxed_p']:5.1f} {100 * s['relaxed_r']:5.1f} {100 * s['relaxed_f1']:5.1f}  "
          f"value acc {100 * s['value_acc']:5.1f}  value P/R/F1 {100 * s['value_p']:5.1f} {100 * s['value_r']:5.1f} "
          f"{100 * s['value_f1']:5.1f}")


def show_errors(errors) -> None:
    for name, gold, system in errors:
        for g in gold:
            s = next((s for s in system if s[0] < g[1] and g[0] < s[1]), None)
            if s is None:
                print(f"    MISS  {name}: {g[2]!r} = {g[3]}")
            elif s[3] != g[3] or (s[0], s[1]) != (g[0], g[1]):
                print(f"    DIFF  {name}: gold {g[2]!r} = {g[3]}   system {s[2]!r} = {s[3]}")
        for s in system:
            if not any(s[0] < g[1] and g[0] < s[1] for g in gold):
                print(f"    EXTRA {name}: {s[2]!r} = {s[3]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=["te3", "meantime", "both"], default="both")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list every miss, extra and wrong value")
    args = ap.parse_args()
    nlp.load()
    corpora = []
    if args.corpus in ("te3", "both"):
        corpora.append(("TempEval-3 platinum", load_te3()))
    if args.corpus in ("meantime", "both"):
        corpora.append(("MEANTIME English TIMEX3", load_meantime()))
    for title, docs in corpora:
        print(f"{title}: {len(docs)} documents")
        pairs, errors, parse_time, stage_time = chronicle_system(docs)
        show("chronicle.time", score(pairs))
        words = sum(len(d[1].split()) for d in docs)
        print(f"  time: spaCy parse {parse_time:.2f} s, time stage {stage_time:.2f} s for {words} words")
        if not args.no_baseline:
            show("baseline dateparser", score(dateparser_system(docs)))
        if args.errors:
            show_errors(errors)


if __name__ == "__main__":
    main()
