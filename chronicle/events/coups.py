"""The coup layer: Cline Center categories on top of PLOVER, and links to its dataset.

A coup is an organised effort to remove the incumbent executive suddenly and
irregularly. Words like "coup" and "putsch" always name one; "overthrow" or "oust"
do when their object is a government or its head; "revolt", "uprising" or "mutiny"
do when soldiers carry them out or a government is their target (otherwise they
are riots). The outcome comes from the words around the trigger ("failed",
"abortive" -> attempted; "plot", "meetings to discuss" -> conspiracy; otherwise a
coup that is told as having happened is realized).
"""
from __future__ import annotations

import csv
import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from .. import reference
from ..reference import Coup
from .lexicon import DATA, cues, lemma

KIND_COLUMNS = {
    "military": "military", "dissident": "dissident", "rebel": "rebel", "palace": "palace",
    "foreign-backed": "foreign", "auto-coup": "auto", "forced-resignation": "resign",
    "popular-revolt": "popular", "counter-coup": "counter", "other": "other",
}
KIND_ORDER = ("auto-coup", "counter-coup", "palace", "military", "rebel", "popular-revolt", "foreign-backed",
              "dissident")
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
# Heads that make a compounded "coup" an event ("coup attempt") and what they say of it.
COUP_HEADS = {"attempt": "attempted", "bid": "attempted", "fiasco": "attempted", "plot": "conspiracy",
              "conspiracy": "conspiracy", "plan": "conspiracy"}


@lru_cache(maxsize=1)
def records() -> dict[str, list[Coup]]:
    """Reference coups by country name, their kinds in the contract's words."""
    kind_of = {column: kind for kind, column in KIND_COLUMNS.items()}
    out: dict[str, list[Coup]] = {}
    for coup in reference.coups():
        out.setdefault(coup.country, []).append(replace(coup, kinds=tuple(kind_of[k] for k in coup.kinds)))
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-cased name, alias or demonym -> Cline country name; and ISO3 -> name."""
    out: dict[str, str] = {}
    with open(DATA / "cline_countries.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            out.setdefault(row["iso3"], row["country"])
            for name in [row["country"], *filter(None, row["aliases"].split("|"))]:
                out.setdefault(name.lower(), row["country"])
    return out


def classify(tok: Token, word: str) -> str | None:
    """'coup' when the trigger names a coup, 'riot' when a revolt word names unrest
    with no government or soldiers in sight, 'drop' for a removal verb aimed at
    something other than an executive, None when the trigger is not coup vocabulary."""
    c = cues()["coup"]
    if word in c["always"] or word in c["plot"]:
        return "coup"
    context = {lemma(t) for t in tok.subtree} | {lemma(t) for t in tok.head.children}
    if word in c["removal"]:
        objects = [t for t in tok.subtree if t.dep_ in ("dobj", "pobj", "nsubjpass")]
        if any(lemma(t) in c["executive"] or t.ent_type_ == "PERSON" for t in objects):
            return "coup"
        return "drop"
    if word in c["revolt"]:
        if context & (c["military"] | c["executive"]):
            return "coup"
        return "riot"
    return None


def generic(tok: Token) -> bool:
    """A bare plural ("precedents for abortive coups") speaks of coups in general."""
    return tok.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "compound", "nmod") or c.ent_type_ for c in tok.children)


def outcome(tok: Token, modality: str) -> tuple[str | None, Token | None, bool]:
    """(outcome, the word that shows a conspiracy, whether words in the text said so).
    A conspiracy's modality is that of the plotting, which did happen."""
    c = cues()["coup"]
    words = [tok, *tok.children]
    cur = tok
    for _ in range(4):  # "meetings ... on the possibility of a coup", "tried to overthrow"
        if cur.head == cur or cur.dep_ in ("nsubj", "nsubjpass", "conj", "advcl", "relcl", "ccomp"):
            break
        cur = cur.head
        words += [cur, *[t for t in cur.children if t.dep_ in ("amod", "neg", "advmod", "acomp")]]
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "the coup failed", "the revolt was crushed"
        words += [tok.head, *[t for t in tok.head.children if t.dep_ in ("acomp", "advmod", "xcomp")]]
    lemmas = [(w, lemma(w)) for w in words]
    for word, lem in lemmas:
        if lem in c["conspiracy"] or COUP_HEADS.get(lem) == "conspiracy":
            return "conspiracy", word, True
    if modality in ("negated", "hypothetical", "planned"):
        return None, None, False
    if any(lem in c["attempted"] or w.lower_ in c["attempted"] for w, lem in lemmas):
        return "attempted", None, True
    if any(lem in c["realized"] for _, lem in lemmas[1:]):
        return "realized", None, True
    if lemma(tok) in c["revolt"]:
        return "attempted", None, False  # a revolt told without its result removed no one
    return "realized", None, False


def settle(events: list, evidenced: dict[int, bool], groups: dict[int, object]) -> None:
    """Mentions of one coup share its outcome: where a mention's own words say
    nothing ("the coup started at dawn"), it takes the outcome the other mentions
    of the same coup state ("the botched coup")."""
    by_group: dict[object, list] = {}
    for event in events:
        if event.coup is not None:
            by_group.setdefault(groups[id(event)], []).append(event)
    rank = {"attempted": 0, "conspiracy": 1, "realized": 2}
    for members in by_group.values():
        stated = [e.coup["outcome"] for e in members if evidenced[id(e)] and e.coup["outcome"] != "conspiracy"]
        if not stated:
            continue
        best = min(set(stated), key=lambda o: (-stated.count(o), rank[o]))
        for event in members:
            if not evidenced[id(event)]:
                event.coup["outcome"] = best


def kind(tok: Token, source_types: list[str]) -> str:
    """Cline's category from the words that qualify the coup ("military coup",
    "revolt by the National Guard", "self-coup") and the type of its source actors."""
    kinds = cues()["coup"]["kinds"]
    words = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    words += [t for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for t in c.subtree]
    # "coup led by General Pinochet", "which was carried out by the military high command"
    words += [t for c in tok.children if c.dep_ in ("acl", "relcl")
              for a in c.children if a.dep_ == "agent" for t in a.subtree]
    lemmas = {lemma(t) for t in words} | {t.lower_ for t in words}
    if tok.doc.text[max(0, tok.idx - 5):tok.idx].lower() == "self-":
        lemmas.add("self-coup")
    if "MILITARY" in source_types:
        lemmas.add("military")
    for name in KIND_ORDER:
        if lemmas & kinds[name]:
            return name
    return "other"


def when(tok: Token, sent: Span) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) written next to a coup mention ("the 1992 coup", "in June 1973")."""
    dates = [e for e in sent.ents if e.label_ == "DATE" and re.search(r"\b(1[89]|20)\d\d\b", e.text)]
    if not dates:
        return None, None, None
    inside = [e for e in dates if e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 1]
    ent = (inside or sorted(dates, key=lambda e: min(abs(e.start - tok.i), abs(e.end - 1 - tok.i))))[0]
    text = ent.text.lower()
    year = int(re.search(r"\b(1[89]|20)\d\d\b", text).group(0))
    month = next((i for name, i in MONTHS.items() if re.search(rf"\b{name}\b", text)), None)
    day = re.search(r"\b([0-3]?\d)(st|nd|rd|th)?\b(?!\d)", re.sub(r"\b(1[89]|20)\d\d\b", "", text))
    return year, month, int(day.group(1)) if (day and month) else None


def country_of(text: str) -> str | None:
    """The Cline country a place name or demonym denotes ("Chile's", "the Honduran")."""
    text = re.sub(r"['’]s$", "", text).strip().lower()
    names = country_names()
    return names.get(text) or names.get(text.removeprefix("the "))


def countries(tok: Token, sent: Span, mention_countries: list[str]) -> list[str]:
    """Cline country names the coup may be in, most likely first: places or demonyms
    inside the coup's own phrase ("the Honduran coup", "against Guatemala's Árbenz"),
    then the countries of its actors, then other places in the sentence, nearest first."""
    ents = [e for e in sent.ents if e.label_ in ("GPE", "NORP")]
    inside = [e for e in ents if e.start >= tok.left_edge.i and e.end <= tok.right_edge.i + 1]
    nearby = sorted(ents, key=lambda e: min(abs(e.start - tok.i), abs(e.end - 1 - tok.i)))
    found = [country_of(e.text) for e in inside] + [country_names().get(iso) for iso in mention_countries]
    found += [country_of(e.text) for e in nearby]
    return list(dict.fromkeys(n for n in found if n))


YEAR = re.compile(r"(1[89]|20)\d\d")


def listed(tok: Token, sent: Span) -> list[tuple[int, Span]]:
    """Further coups listed after the first one's year, each as (year, its words):
    "the coups against Guatemala's Árbenz in 1954, Brazil's Goulart in 1964 or Chile's
    Allende in 1973", "coups in 1966, 1975 and 1983". A verb between two years ends the list."""
    doc = tok.doc
    years = [t for t in doc[tok.i + 1:sent.end] if YEAR.fullmatch(t.text) and t.ent_type_ == "DATE"]
    if len(years) < 2 or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1:years[0].i]):
        return []
    out = []
    for prev, year in zip(years, years[1:]):
        between = doc[prev.i + 1:year.i]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            break
        start = next((t.i for t in between if not (t.is_punct or t.dep_ == "cc" or t.lower_ in ("in", "and", "or"))), year.i)
        out.append((int(year.text), doc[start:year.i + 1]))
    return out


def place_names(span: Span) -> list[str]:
    return [n for n in (country_of(e.text) for e in span.ents if e.label_ in ("GPE", "NORP")) if n]


def bounds(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    """The first and last ISO day a date of this precision can mean."""
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    if day is None:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-31"
    return (f"{year:04d}-{month:02d}-{day:02d}",) * 2


def link(country_list: list[str], span: tuple[str, str] | None, outcome_: str, kind_: str) -> dict | None:
    """The Cline record that agrees in country and falls within ``span`` (first and last
    ISO day the text's date can mean); ties go to the record whose outcome and kind
    agree, then to the earliest. The record carries the dataset's own outcome, which
    the event then takes: "the abortive 2002 coup" removed Chávez for two days, so by
    the Cline definitions it was realized."""
    if span is None:
        return None
    lo, hi = span
    for country in country_list:
        cands = [r for r in records().get(country, ()) if lo <= r.date <= hi]
        if not cands:
            continue

        def score(r: Coup) -> tuple:
            counter_penalty = "counter-coup" in r.kinds and kind_ != "counter-coup"
            return (r.outcome == outcome_, not counter_penalty, kind_ in r.kinds, -(r.month or 0), -(r.day or 0))
        best = max(cands, key=score)
        return {"dataset": reference.DATASET, "coup_id": best.id, "date": best.date, "country": best.country,
                "outcome": best.outcome}
    return None
