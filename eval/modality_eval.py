"""Score the modality decision against factuality gold written by other annotators,
on text it was never tuned on: MEANTIME (English Wikinews, NewsReader factuality), the
TempEval-3 platinum test (TimeML) and the negated actions of ECB+.

Every gold event mention is mapped to one token of our own parse (the syntactic head
of the tokens it covers) and given to ``modality.modality`` as any predicate would be,
``in_quote`` from the quotation marks of its paragraph; a mention on a heading or
verbless line that the events stage would drop (``fragment``) counts as "none" (not shown).

Gold mapping (the order is the precedence):

MEANTIME (attributes of EVENT_MENTION; factuality is the *source's*, so a claim under
"said" is CERTAIN/POS when the speaker commits to it):
- polarity NEG -> NEG (did not happen);
- special_cases COND_IF_CLAUSE / COND_MAIN_CLAUSE, or certainty POSSIBLE / PROBABLE
  -> HYP (may happen);
- time FUTURE -> FUT (still to come: planned, promised, purpose, "will");
- certainty or polarity UNDERSPECIFIED, or time UNDERSPECIFIED -> UNSPEC (the annotator
  could not tell that it happened: questions, bare infinitives with no commitment);
- CERTAIN, POS, NON_FUTURE -> FACT (happened, on the narrator's or a cited source's word);
- mentions without factuality attributes, and GEN (generic statements, no particular
  event) are left out.

ECB+ (crime, disaster and business news; action mentions typed NEG_ACTION_* when
negated): -> NEG; only these are scored (ECB+ marks no other factuality), and mentions
whose own word is negative ("unborn", "undisclosed", "without", "refused", "denied",
"lack") are left out: their negation is lexical, not a context (and a refusal or denial
is itself an act that took place, which our scheme codes as asserted).

TempEval-3 (MAKEINSTANCE attributes; TimeML marks negation, modal words and future
tense, not factuality, so only these rows are scored and an unmarked event is no gold):
- polarity NEG, or a denying modality word ("denied") -> NEG;
- a modal word (would, could, might, may, can, should, must, ...) -> HYP;
- tense FUTURE -> FUT;
- modality "reported" -> FACT (a source's claim);
- anything else -> unmarked (printed as a count, never scored).

What counts as right, per gold row: FACT is asserted or reported; FUT is planned or
hypothetical; HYP is hypothetical or planned; NEG is negated; UNSPEC is anything but
asserted or reported. The figure that matters most is the share of non-asserted gold
(FUT, HYP, NEG, UNSPEC) that the system shows as asserted: a wrong fact stated with
confidence. Its cost is the share of FACT gold not shown as having happened.

Neither MEANTIME nor the others tell the narrator's word from a cited source's, so
"reported" and "asserted" are one class here; how right "reported" is stays the
business of the article-level events scorer.

The split is by document with a fixed seed, 40% of each corpus's documents held out
(ECB+: of those with a negated action): ``--part dev`` for development,
``--part held-out`` to be scored only at the start and at the end of a piece of work.
A same-run baseline calls every event asserted.

    .venv/bin/python eval/modality_eval.py [--part dev|held-out|all] [--details FILE]
"""
from __future__ import annotations

import argparse
import glob
import random
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronicle import nlp  # noqa: E402
from chronicle.events.modality import fragment, modality  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
MEANTIME = CORPORA / "meantime_en" / "intra_cross-doc_annotation"
TE3 = CORPORA / "tempeval3_platinum" / "te3-platinum"
ECB = CORPORA / "ecbplus" / "ECB+"
# ECB+ marks a word that is itself negative ("unborn", "undisclosed", "without", "refused",
# "denied", "lack") as a negated action; the negation is in the word, not in the context
# the scorer tests (and a refusal or denial is itself an act that took place).
LEXICAL_NEGATIVES = ("un", "non", "refus", "deni", "deny", "declin", "reject", "disput", "lack", "absen")
PRIVATIVE_WORDS = {"without", "other", "than", "vain", "didn't", "did", "n't", "not", "never", "no"}
SEED, HELD_OUT = 20261123, 0.4
GOLD_ROWS = ("FACT", "FUT", "HYP", "NEG", "UNSPEC")
SYSTEM_COLS = ("asserted", "reported", "planned", "hypothetical", "negated", "none")
RIGHT = {"FACT": {"asserted", "reported"}, "FUT": {"planned", "hypothetical"},
         "HYP": {"hypothetical", "planned"}, "NEG": {"negated"},
         "UNSPEC": {"planned", "hypothetical", "negated", "none"}}
MODAL_WORDS = {"would", "could", "might", "may", "can", "should", "must", "shall", "ought", "supposed", "likely",
               "seemed", "projected", "possible", "probably", "perhaps", "need", "able"}
DENYING_WORDS = {"denied", "deny", "no", "not", "never"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
CLITICS = {"t", "s", "d", "m", "ll", "re", "ve"}


def meantime_gold(a: dict) -> str | None:
    cert, pol, time, special = (a.get(k) or "" for k in ("certainty", "polarity", "time", "special_cases"))
    if not cert and not pol and not time:
        return None
    if special == "GEN":
        return None
    if pol == "NEG":
        return "NEG"
    if special.startswith("COND") or cert in ("POSSIBLE", "PROBABLE"):
        return "HYP"
    if time == "FUTURE":
        return "FUT"
    if "UNDERSPECIFIED" in (cert, pol, time):
        return "UNSPEC"
    return "FACT" if (cert, pol, time) == ("CERTAIN", "POS", "NON_FUTURE") else None


def te3_gold(a: dict) -> str | None:
    mod = (a.get("modality") or "").lower()
    if a.get("polarity") == "NEG" or mod in DENYING_WORDS:
        return "NEG"
    if mod in MODAL_WORDS:
        return "HYP"
    if a.get("tense") == "FUTURE":
        return "FUT"
    if mod == "reported":
        return "FACT"
    return None


def _detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """One sentence of MEANTIME tokens as plain text, with each token's span; ``` `` ```
    and ``''`` become straight double quotes so quotation marks read as in news text."""
    text, spans, quote_open, hug = "", [], False, False
    for k, w in enumerate(words):
        if w in ("’", "'") and k + 1 < len(words) and words[k + 1].lower() in CLITICS:
            text += w  # "won ’ t", "couldn ’ t": one word again
            spans.append((len(text) - 1, len(text)))
            hug = True
            continue
        if w in ("``", "''"):
            w = '"'
        closing = w == '"' and quote_open
        if w == '"':
            quote_open = not quote_open
        if text and not (hug or closing or w in NO_SPACE_BEFORE):
            text += " "
        spans.append((len(text), len(text) + len(w)))
        text += w
        hug = w in NO_SPACE_AFTER or (w == '"' and quote_open)  # an opening mark hugs the next word
    return text, spans


def _cat_text(root, skip: set[int] = frozenset()) -> tuple[str, dict[str, tuple[int, int]]]:
    """A CAT XML document's tokens as text, one sentence a paragraph, with each token's span."""
    sents: dict[int, list[tuple[int, str, str]]] = {}
    for t in root.iter("token"):
        if int(t.get("sentence")) not in skip:
            sents.setdefault(int(t.get("sentence")), []).append((int(t.get("number")), t.text or "", t.get("t_id")))
    text, where = "", {}
    for s in sorted(sents):
        toks = sorted(sents[s])
        line, spans = _detokenize([w for _, w, _ in toks])
        if text:
            text += "\n\n"
        for (_, _, tid), (b, e) in zip(toks, spans):
            where[tid] = (len(text) + b, len(text) + e)
        text += line
    return text, where


def load_meantime() -> list[dict]:
    docs = []
    for path in sorted(glob.glob(str(MEANTIME / "*" / "*.xml"))):
        root = ET.parse(path).getroot()
        text, where = _cat_text(root)
        mentions = []
        for m in root.find("Markables"):
            if m.tag != "EVENT_MENTION":
                continue
            gold = meantime_gold(m.attrib)
            anchors = [where[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in where]
            if gold is None or not anchors:
                continue
            mentions.append({"spans": anchors, "gold": gold})
        docs.append({"corpus": "meantime", "id": Path(path).stem, "text": text, "mentions": mentions})
    return docs


def load_ecb() -> list[dict]:
    """ECB+ documents with a negated action (NEG_ACTION_*), those mentions only."""
    docs = []
    for path in sorted(glob.glob(str(ECB / "*" / "*.xml"))):
        raw = Path(path).read_text(encoding="utf-8")
        if "<NEG_ACTION" not in raw:
            continue
        root = ET.fromstring(raw)
        anchored = [m for m in root.find("Markables")
                    if m.tag.startswith("NEG_ACTION") and m.find("token_anchor") is not None]
        if not anchored:
            continue
        text, where = _cat_text(root, {0} if path.endswith("ecbplus.xml") else set())
        mentions = []
        for m in anchored:
            anchors = [where[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in where]
            words = [text[b:e].lower() for b, e in anchors]
            if not anchors or words[0] in PRIVATIVE_WORDS or any(w.startswith(LEXICAL_NEGATIVES) for w in words):
                continue
            mentions.append({"spans": anchors, "gold": "NEG"})
        if mentions:
            docs.append({"corpus": "ecb", "id": Path(path).stem, "text": text, "mentions": mentions})
    return docs


def load_te3() -> list[dict]:
    docs = []
    for path in sorted(glob.glob(str(TE3 / "*.tml"))):
        root = ET.parse(path).getroot()
        inst = {m.get("eventID"): m.attrib for m in root.iter("MAKEINSTANCE")}
        body = root.find("TEXT")
        text, spans = body.text or "", []

        def walk(el):
            nonlocal text
            for child in el:
                start = len(text)
                text += child.text or ""
                walk(child)
                if child.tag == "EVENT":
                    spans.append((child.get("eid"), start, len(text)))
                text += child.tail or ""

        walk(body)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        mentions, unmarked = [], 0
        for eid, b, e in spans:
            gold = te3_gold(inst.get(eid, {}))
            if gold is None:
                unmarked += 1
                continue
            mentions.append({"spans": [(b - lead, e - lead)], "gold": gold})
        docs.append({"corpus": "te3", "id": Path(path).stem, "text": text, "mentions": mentions,
                     "unmarked": unmarked})
    return docs


def split(docs: list[dict]) -> dict[str, list[dict]]:
    """Per corpus, a fixed share of whole documents held out."""
    out = {"dev": [], "held-out": []}
    for corpus in sorted({d["corpus"] for d in docs}):
        ids = sorted(d["id"] for d in docs if d["corpus"] == corpus)
        random.Random(SEED).shuffle(ids)
        held = set(ids[:round(len(ids) * HELD_OUT)])
        for d in docs:
            if d["corpus"] == corpus:
                out["held-out" if d["id"] in held else "dev"].append(d)
    return out


def head_token(doc, spans):
    """The token of the mention whose head lies outside it (the verb of "pushed back")."""
    toks = []
    for b, e in spans:
        toks += [t for t in doc if t.idx < e and t.idx + len(t.text) > b and not t.is_space]
    if not toks:
        return None
    ids = {t.i for t in toks}
    outside = [t for t in toks if t.head.i not in ids or t.head == t]
    return (outside or toks)[0]


def in_quote(tok) -> bool:
    """Inside a pair of double quotation marks of its paragraph (an odd number before it)."""
    from chronicle.events.extract import paragraph
    par = paragraph(tok)
    marks = sum(1 for t in tok.doc[:tok.i] if paragraph(t) == par and t.text in ('"', "“", "”"))
    return marks % 2 == 1


def decide(tok) -> str:
    if fragment(tok):
        return "none"
    return modality(tok, in_quote(tok))


def score(docs: list[dict], details=None) -> dict:
    table = {g: Counter() for g in GOLD_ROWS}
    unmarked = sum(d.get("unmarked", 0) for d in docs)
    for d, doc in zip(docs, nlp.parse_many([d["text"] for d in docs])):
        for m in d["mentions"]:
            tok = head_token(doc, m["spans"])
            if tok is None:
                continue
            said = decide(tok)
            table[m["gold"]][said] += 1
            if details is not None:
                sent = tok.sent.text.replace("\n", " ")
                mark = sent[:tok.idx - tok.sent.start_char] + "[" + tok.text + "]" + \
                    sent[tok.idx - tok.sent.start_char + len(tok.text):]
                ok = "ok " if said in RIGHT[m["gold"]] else "BAD"
                details.write(f"{ok}\t{d['corpus']}\t{d['id']}\t{m['gold']}\t{said}\t{mark}\n")
    return {"table": table, "unmarked": unmarked}


def report(name: str, table: dict[str, Counter]) -> None:
    print(f"\n{name}")
    print("  " + "gold / system".ljust(14) + "".join(f"{c:>13}" for c in SYSTEM_COLS) + f"{'n':>7}")
    for g in GOLD_ROWS:
        row = table[g]
        print(f"  {g:14}" + "".join(f"{row[c]:>13}" for c in SYSTEM_COLS) + f"{sum(row.values()):>7}")
    non = [g for g in GOLD_ROWS if g != "FACT"]
    n_non = sum(sum(table[g].values()) for g in non)
    as_asserted = sum(table[g]["asserted"] for g in non)
    as_happened = sum(table[g]["asserted"] + table[g]["reported"] for g in non)
    fact = table["FACT"]
    n_fact = sum(fact.values())
    kept = fact["asserted"] + fact["reported"]
    right = sum(sum(table[g][c] for c in RIGHT[g]) for g in GOLD_ROWS)
    total = n_non + n_fact
    print(f"  non-asserted gold shown as asserted: {as_asserted}/{n_non} = {pct(as_asserted, n_non)}")
    print(f"  non-asserted gold shown as happened (asserted or reported): {as_happened}/{n_non} = "
          f"{pct(as_happened, n_non)}")
    for g in non:
        n = sum(table[g].values())
        print(f"    {g:6} shown as asserted: {table[g]['asserted']}/{n} = {pct(table[g]['asserted'], n)}")
    print(f"  FACT gold shown as happened (asserted or reported): {kept}/{n_fact} = {pct(kept, n_fact)}")
    print(f"  right (coarse classes): {right}/{total} = {pct(right, total)}")


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=("dev", "held-out", "all"), default="dev")
    ap.add_argument("--details", type=Path, help="write one verdict per gold mention here")
    args = ap.parse_args()
    docs = load_meantime() + load_te3() + load_ecb()
    parts = split(docs)
    chosen = docs if args.part == "all" else parts[args.part]
    print(f"part {args.part}: {len(chosen)} documents "
          f"({sum(d['corpus'] == 'meantime' for d in chosen)} MEANTIME, {sum(d['corpus'] == 'te3' for d in chosen)} "
          f"TempEval-3, {sum(d['corpus'] == 'ecb' for d in chosen)} ECB+)")
    details = args.details.open("w", encoding="utf-8") if args.details else None
    results = {}
    for corpus in ("meantime", "te3", "ecb"):
        results[corpus] = score([d for d in chosen if d["corpus"] == corpus], details)
    if details:
        details.close()
    both = {g: sum((results[c]["table"][g] for c in results), Counter()) for g in GOLD_ROWS}
    base = {g: Counter({"asserted": sum(both[g].values())}) for g in GOLD_ROWS}
    report("MEANTIME (factuality: certainty / polarity / time)", results["meantime"]["table"])
    report(f"TempEval-3 platinum (negation, modal word, future tense; {results['te3']['unmarked']} unmarked "
           f"events not scored)", results["te3"]["table"])
    report("ECB+ (negated actions only)", results["ecb"]["table"])
    report("all corpora: SYSTEM", both)
    report("all corpora: BASELINE (every event asserted)", base)


if __name__ == "__main__":
    main()
