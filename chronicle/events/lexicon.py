"""The predicate lexicon and cue lists, read once from the data files beside this module.

Keeping them as data lets a political scientist extend the coding without touching the
parser logic, and keeps the tests honest: they load the same files the stage uses.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..nlp import clauses

DATA = Path(__file__).parent / "data"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Entry:
    lemma: str
    pos: str  # "V" or "N"
    type: str
    mode: str | None
    requires: frozenset[str]
    excludes: frozenset[str] = frozenset()
    needs: frozenset[str] = frozenset()  # all of these must occur ("+under": "came under attack")


@lru_cache(maxsize=1)
def predicates() -> dict[tuple[str, str], list[Entry]]:
    """(lemma, pos) -> entries, those with a requirement first so they win when it is met."""
    table: dict[tuple[str, str], list[Entry]] = {}
    classes = cues()["lemma_classes"]
    with open(DATA / "predicates.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            items = [] if row["requires"] == "-" else row["requires"].split("|")
            items = [i for item in items for i in _expand_class(item, classes)]
            requires = frozenset(i for i in items if i[0] not in "!+")
            excludes = frozenset(i[1:] for i in items if i.startswith("!"))
            needs = frozenset(i[1:] for i in items if i.startswith("+"))
            entry = Entry(row["lemma"], row["pos"], row["type"], None if row["mode"] == "-" else row["mode"],
                          requires, excludes, needs)
            table.setdefault((entry.lemma, entry.pos), []).append(entry)
    for entries in table.values():
        entries.sort(key=lambda e: not (e.requires or e.needs))
    return table


def _expand_class(item: str, classes: dict) -> list[str]:
    """A requirement naming a word class (``$forces``, ``!$quantities``) stands for each of
    its words, so that one row covers what a whole class of objects makes of a verb
    ("activated its standby force", "mobilised reservists") rather than the words once seen.
    A required class word must sit outside the subject (``^word``, see
    ``extract.dependents``): "the army activated its plan" mobilizes nothing; an excluded
    one counts anywhere. ``$=name``: a word of the class must head the object itself."""
    flag = item[0] if item[0] in "!+" else ""
    name = item[len(flag):]
    if not name.startswith("$"):
        return [item]
    if flag == "+":
        raise ValueError(f"a word class cannot be a '+' requirement: {item}")
    mark = "" if flag == "!" else "^"
    if name.startswith("$="):  # the object's own head word ("met opposition leaders")
        mark, name = "=", name[1:]
    return [flag + mark + w for w in sorted(classes[name[1:]])]


def read(name: str, ordered: tuple[str, ...] = ()) -> dict:
    """A JSON word-list file of this stage, its lists as sets for membership tests (nested
    maps keep their shape); the keys named in ``ordered`` keep their list's order, as a tuple."""
    with open(DATA / name, encoding="utf-8") as f:
        raw = json.load(f)
    return {k: tuple(v) if k in ordered else _setify(v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def cues() -> dict:
    """``cues.json``, plus ``speech``: the reporting verbs of the clause grammar the quotes
    stage shares (``nlp.clauses``)."""
    return read("cues.json") | {"speech": clauses.reporting_verbs()}


def _setify(value):
    if isinstance(value, list):
        return frozenset(value)
    if isinstance(value, dict):
        return {k: _setify(v) for k, v in value.items()}
    return value


def lookup(lemma: str, pos: str, dependents: set[str]) -> Entry | None:
    """The entry for a predicate given the lemmas (and ``@relation`` of the direct
    children) of its dependents, or None."""
    for entry in predicates().get((lemma, pos), ()):
        if (not entry.requires or entry.requires & dependents) and entry.needs <= dependents \
                and not entry.excludes & dependents:
            return entry
    return None


def lemma(tok) -> str:
    """The token's lower-cased lemma, corrected where the statistical lemmatizer is
    known to slip on news vocabulary ("staged" -> "stag")."""
    low = tok.lemma_.lower()
    return cues()["lemma_fixes"].get(tok.lower_, low)


def request_mode(clause) -> str | None:
    """The request mode the words of what is asked name ("talks ... must continue": meet)."""
    words = {lemma(t) for t in clause.subtree}
    return next((mode for mode, lemmas in cues()["request_modes"].items() if words & lemmas), None)


@lru_cache(maxsize=1)
def evaluation() -> dict:
    """Word lists for evaluative speech (see ``extract.evaluative_speech``)."""
    return read("evaluation.json")


@lru_cache(maxsize=1)
def valence() -> dict[str, float]:
    """Word -> valence from -4 to +4, from the VADER lexicon (Hutto & Gilbert 2014, MIT
    licence, shipped in the vaderSentiment package): a general resource for the judgement
    words of unseen text ("cowardly", "reckless", "abhorrent") that no hand list names.
    Only its file is read; VADER's sentence scorer is not used."""
    from importlib.resources import files
    out: dict[str, float] = {}
    text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        word, value, *_ = line.split("\t")
        if word.isalpha():
            out[word] = float(value)
    return out


@lru_cache(maxsize=1)
def frames() -> dict:
    """Word lists for frames beyond single predicates: what a saying commits its speaker to
    (``events._commitments``) and predicates whose subject undergoes the act (``events._converse``)."""
    return read("frames.json")
