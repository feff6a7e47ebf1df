"""Score the quotes stage against hand-annotated VOA stories and MEANTIME, next
to textacy's direct-quotation extractor run on the same spaCy parses.

    .venv/bin/python eval/quotes_eval.py [--meantime-docs N]

VOA stories (eval/data/quotes_voa_dev.jsonl, annotated for this project from
the public-domain VOA stories): every quotation between marks, judged direct /
partial / not a quotation, with its speaker; split "dev" (25 stories, looked at
while the stage was built) and "test" (4 stories annotated afterwards and not
used to change the stage). Figures:

* recall: gold quotations with an overlapping system quotation;
* content F1: character-overlap ("soft") F1 between matched spans, with
  system quotations that overlap nothing gold counted as false positives
  (those overlapping quoted words the annotation left unjudged are ignored);
* speaker accuracy: matched quotations whose speaker words contain one of the
  annotated forms of the speaker's name (pronouns must have been resolved);
  in the "quotes+actors" column, run after the actors stage, the name of the
  actor the speaker's entity key points to must contain it instead; a source
  the annotation leaves unnamed (speaker null: "a senior official") is right
  only with a null key and words that name it, a named one only with a key;
* scare quotes reported: system quotations over words judged not a quotation.

MEANTIME (English Wikinews, CC BY 4.0): speech events (class SPEECH_COGNITIVE,
a verb of the cue lexicon) that report something (source of an SLINK) and have
an Arg0 participant. A system quotation whose cue is the event's word is a
hit; its speaker is right when its words overlap any mention of the Arg0's
entity instance (so a resolved pronoun counts). textacy is only asked for direct
quotations, so its MEANTIME recall is bounded by how many events quote directly.

Requires ``textacy==0.13.0`` (eval only; not a runtime dependency).
"""
from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronicle import nlp  # noqa: E402
from chronicle.quotes import find_quotes  # noqa: E402
from chronicle.quotes.marks import quoted_spans  # noqa: E402

VOA = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
DEV = ROOT / "eval" / "data" / "quotes_voa_dev.jsonl"
MEANTIME = ROOT.parent / "shared" / "corpora" / "meantime_en" / "intra_cross-doc_annotation"
MARKS = "\"“”«»‘’'"


@dataclass
class Found:
    start: int
    end: int
    speaker: str
    speaker_span: tuple[int, int] | None = None
    cue_start: int | None = None
    kind: str = "direct"
    unnamed: bool | None = None  # speaker key is null; None when keys are not judged


def ours(doc, kinds=("direct", "partial"), mentions=()) -> list[Found]:
    """Our quotations; with ``mentions`` the speaker is judged by the name of the
    actor its entity key points to (the canonical speaker), not by its words."""
    names = {m.entity: m.name for m in mentions}
    out = []
    for q in find_quotes(doc, mentions):
        if q.kind in kinds:
            cue = None
            if q.cue:  # the cue token nearest the quotation
                hits = [t.idx for t in doc if t.text == q.cue.split()[0]]
                cue = min(hits, key=lambda i: min(abs(i - q.start), abs(i - q.end))) if hits else None
            span = (q.speaker_start, q.speaker_end) if q.speaker_start is not None else None
            unnamed = q.speaker is None if mentions else None
            speaker = names.get(q.speaker, "") if mentions and not unnamed else q.speaker_text or ""
            out.append(Found(q.start, q.end, speaker, span, cue, q.kind, unnamed))
    return out


def textacy_baseline(doc) -> list[Found]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy refuses any document with an unclosed quotation mark
        return out
    for t in triples:
        start, end = t.content[0].idx, t.content[-1].idx + len(t.content[-1])
        text = doc.text
        while start < end and text[start] in MARKS + " ":
            start += 1
        while end > start and text[end - 1] in MARKS + " ,":
            end -= 1
        speaker = (t.speaker[0].idx, t.speaker[-1].idx + len(t.speaker[-1])) if t.speaker else None
        out.append(Found(start, end, " ".join(tok.text for tok in t.speaker), speaker, t.cue[0].idx if t.cue else None))
    return out


def _overlap(a0, a1, b0, b1) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


class VoaScore:
    def __init__(self):
        self.gold = self.gold_direct = self.found = self.found_direct = 0
        self.speaker_right = self.speaker_right_direct = 0
        self.soft_recall = self.soft_precision = 0.0
        self.system = 0
        self.scare = 0
        self.scare_total = 0
        self.kind_right = 0

    def add(self, gold: list[dict], unjudged: list[tuple[int, int]], system: list[Found]) -> None:
        quotes = [g for g in gold if g["kind"] != "none"]
        nones = [g for g in gold if g["kind"] == "none"]
        self.scare_total += len(nones)
        used = set()
        for g in quotes:
            direct = g["kind"] == "direct"
            self.gold += 1
            self.gold_direct += direct
            overlapping = [(i, s) for i, s in enumerate(system) if _overlap(g["start"], g["end"], s.start, s.end)]
            if not overlapping:
                continue
            i, s = max(overlapping, key=lambda x: _overlap(g["start"], g["end"], x[1].start, x[1].end))
            used.update(i for i, _ in overlapping)
            self.found += 1
            self.found_direct += direct
            ov = _overlap(g["start"], g["end"], s.start, s.end)
            p, r = ov / (s.end - s.start), ov / (g["end"] - g["start"])
            self.soft_recall += r
            self.soft_precision += p
            self.kind_right += s.kind == g["kind"]
            right = any(m.lower() in s.speaker.lower() for m in g["speaker_match"])
            if s.unnamed is not None:  # a canonical speaker: named exactly when the source is
                right = right and s.unnamed == (g["speaker"] is None)
            self.speaker_right += right
            self.speaker_right_direct += right and direct
        for i, s in enumerate(system):
            if any(_overlap(n["start"], n["end"], s.start, s.end) for n in nones):
                self.scare += 1
                self.system += 1
            elif i in used:
                self.system += 1
            elif not any(_overlap(a, b, s.start, s.end) for a, b in unjudged):
                self.system += 1  # a false positive over unquoted or unannotated words

    def rows(self) -> list[tuple[str, str]]:
        p = self.soft_precision / self.system if self.system else 0.0
        r = self.soft_recall / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        pct = lambda a, b: f"{a / b:6.1%} ({a}/{b})" if b else "   n/a"
        return [
            ("direct quotation recall", pct(self.found_direct, self.gold_direct)),
            ("all quotation recall (direct+partial)", pct(self.found, self.gold)),
            ("content overlap P / R / F1", f"{p:.3f} / {r:.3f} / {f1:.3f}"),
            ("speaker accuracy, found direct", pct(self.speaker_right_direct, self.found_direct)),
            ("speaker accuracy, found all", pct(self.speaker_right, self.found)),
            ("direct quotations with right speaker / gold", pct(self.speaker_right_direct, self.gold_direct)),
            ("kind (direct/partial) agrees, found all", pct(self.kind_right, self.found)),
            ("scare quotes/titles reported", f"{self.scare} of {self.scare_total}"),
        ]


def voa(split: str) -> None:
    stories = {json.loads(line)["id"]: json.loads(line) for line in VOA.open(encoding="utf-8")}
    dev = [e for line in DEV.open(encoding="utf-8") if (e := json.loads(line))["split"] == split]
    from chronicle.actors import find_mentions

    scores = {"chronicle.quotes": VoaScore(), "quotes+actors (entity)": VoaScore(), "textacy 0.13.0": VoaScore()}
    for entry, doc in zip(dev, nlp.parse_many([stories[e["id"]]["text"] for e in dev])):
        gold = entry["quotes"]
        judged = [(g["start"], g["end"]) for g in gold]
        unjudged = [(q.start, q.end) for q in quoted_spans(doc.text) if (q.start, q.end) not in judged]
        for g in gold:
            assert doc.text[g["start"] : g["end"]] == g["text"], (entry["id"], g["text"])
        scores["chronicle.quotes"].add(gold, unjudged, ours(doc))
        scores["quotes+actors (entity)"].add(gold, unjudged, ours(doc, mentions=find_mentions(doc)))
        scores["textacy 0.13.0"].add(gold, unjudged, textacy_baseline(doc))
    _table(f"VOA {split} stories: {len(dev)}, quotations: {scores['textacy 0.13.0'].gold}", scores)


def _meantime_doc(path: Path):
    """Text rebuilt from the tokens (one sentence a paragraph, the corpus's ``
    and '' back to quotation marks), token char offsets, speech events with
    their Arg0 entity instance, and each instance's mentions."""
    root = ET.parse(path).getroot()
    tokens, text, sent = {}, [], None
    pos = 0
    for tok in root.iter("token"):
        if sent is not None and tok.get("sentence") != sent:
            text.append("\n\n")
            pos += 2
        elif text:
            text.append(" ")
            pos += 1
        sent = tok.get("sentence")
        word = {"``": "“", "''": "”"}.get(tok.text or "", tok.text or "")
        tokens[tok.get("t_id")] = (pos, pos + len(word))
        text.append(word)
        pos += len(word)
    markables = root.find("Markables")
    anchors = {m.get("m_id"): [a.get("t_id") for a in m.iter("token_anchor")] for m in markables}
    kinds = {m.get("m_id"): (m.tag, m.get("class"), m.get("pos")) for m in markables}
    refers: dict[str, str] = {}
    roles: list[tuple[str, str, str]] = []
    reporting: set[str] = set()  # events that report another event (SLINK source): speech with content
    for rel in root.find("Relations"):
        src, tgt = rel.find("source").get("m_id"), rel.find("target").get("m_id")
        if rel.tag == "REFERS_TO":
            refers[src] = tgt
        elif rel.tag == "HAS_PARTICIPANT":
            roles.append((src, tgt, rel.get("sem_role")))
        elif rel.tag == "SLINK":
            reporting.add(src)
    instance_mentions: dict[str, list[tuple[int, int]]] = {}
    for m, inst in refers.items():
        ids = anchors.get(m) or []
        if ids and kinds.get(m, ("",))[0] == "ENTITY_MENTION":
            instance_mentions.setdefault(inst, []).append((tokens[ids[0]][0], tokens[ids[-1]][1]))
    events = []
    for src, tgt, role in roles:
        if role != "Arg0" or kinds.get(src, ("",))[0] != "EVENT_MENTION" or src not in reporting:
            continue
        inst = refers.get(src)
        if inst is None or kinds.get(inst, ("", ""))[1] != "SPEECH_COGNITIVE" or kinds[src][2] != "VERB":
            continue
        ids, spk = anchors.get(src) or [], anchors.get(tgt) or []
        if not ids or not spk:
            continue
        speaker_inst = refers.get(tgt)
        spans = instance_mentions.get(speaker_inst, []) if speaker_inst else []
        spans = spans or [(tokens[spk[0]][0], tokens[spk[-1]][1])]
        events.append((tokens[ids[0]][0], spans))
    return "".join(text), events


def meantime(limit: int | None) -> None:
    from chronicle.quotes import lexicon

    verbs = lexicon.load().verbs
    paths = sorted(MEANTIME.glob("*/*.xml"))[:limit]
    docs = [_meantime_doc(p) for p in paths]
    counts = {name: [0, 0, 0] for name in ("chronicle.quotes (all kinds)", "textacy 0.13.0 (direct only)")}
    total = 0
    for (text, events), doc in zip(docs, nlp.parse_many([t for t, _ in docs])):
        # speech verbs only: MEANTIME's class also holds cognition (think, expect)
        events = [(c, spans) for c, spans in events
                  if doc.char_span(c, c + 1, alignment_mode="expand")[0].lemma_ in verbs]
        total += len(events)
        for name, system in (("chronicle.quotes (all kinds)", ours(doc, ("direct", "partial", "indirect"))),
                             ("textacy 0.13.0 (direct only)", textacy_baseline(doc))):
            for cue, spans in events:
                hit = [s for s in system if s.cue_start == cue]
                if not hit:
                    continue
                counts[name][0] += 1
                if any(s.speaker_span and any(_overlap(a, b, *s.speaker_span) for a, b in spans) for s in hit):
                    counts[name][1] += 1
    print(f"\nMEANTIME: {len(paths)} Wikinews articles, {total} reporting speech events with an Arg0")
    if not total:
        return
    print(f"{'':32}{'events attributed':>22}{'speaker right (of found)':>28}{'right / all events':>22}")
    for name, (found, right, _) in counts.items():
        print(f"{name:32}{found / total:>14.1%} ({found:>4}){right / found if found else 0:>20.1%} ({right:>4})"
              f"{right / total:>16.1%}")


def _table(title: str, scores: dict[str, VoaScore]) -> None:
    print(title)
    names = list(scores)
    print(f"{'':46}" + "".join(f"{n:>26}" for n in names))
    rows = {n: dict(s.rows()) for n, s in scores.items()}
    for label in rows[names[0]]:
        print(f"{label:46}" + "".join(f"{rows[n][label]:>26}" for n in names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--meantime-docs", type=int, default=None, help="score only the first N MEANTIME articles")
    args = parser.parse_args()
    voa("dev")
    print()
    voa("test")
    meantime(args.meantime_docs)


if __name__ == "__main__":
    main()
