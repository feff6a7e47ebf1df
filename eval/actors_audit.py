"""Flag cross-article actor records that may join two different people, for a human to check.

The gold sets show no false merge left, yet the blind news set does: its failure classes
are not on the opened gold. This audit needs no gold, so it can read the system's
records on any slice of unseen news and point at the ones whose own names disagree:

  generation    a name with a generational suffix and one without ('Donald Trump Jr.' /
                'Donald Trump'): father and son
  given-names   one surname, two given names that are no spelling of each other
                ('Jae-yong Lee' / 'Kun-hee Lee'): relatives or namesakes
  surname       a record's bare surname in an article that names it only so, while that
                article names another record of that surname in full: the bare one may
                be the other person; or, in a record with a full name, a bare surname
                written after the article named another record of that surname in full
                twice ('Maria Okafor ... John Okafor ... John Okafor ... Okafor's
                refusal'): the writer may have turned to the other
  derived       a person record with a one-word name that is its surname plus letters
                ('Gulen' / 'Gulenists'): a word made from the name (followers, a doctrine)
  longer-name   an organisation whose alias is a strict word-prefix of another alias
                while a third record also starts with it ('Samsung' / 'Samsung Electronics')
  acronym       an acronym in a record with two expansions it spells
  countries     a record whose names carry two different countries ('Korean' / 'Japanese ...')

Each flag prints the record's name, type, aliases and the articles it spans. Counting
the flags is no score: read them, and count the real false merges by class.

    python eval/actors_audit.py EXPORT.json [EXPORT.json ...]
    python eval/actors_audit.py --stories CLUSTERS.json --kb /tmp/x   # ingest, then audit

``CLUSTERS.json`` maps a cluster name to a list of stories in the fields of
``eval/news_stories.py`` (text, title, published, url); each cluster is ingested into
its own DuckDB named after ``--kb``, with the real pipeline, and its export kept beside it.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from chronicle.actors.corpus import generation  # noqa: E402
from chronicle.actors.document import capital_initials, name_tokens, person_form  # noqa: E402
from chronicle.actors.lexicon import country_code, demonym_code, fold  # noqa: E402


def _skeleton(word: str) -> str:
    consonants = [c for c in word if c not in "aeiouyhw"]
    return "".join(c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1])


def _same_given(a: str, b: str) -> bool:
    """One given name, spelt or abbreviated otherwise ('J.' / 'John', 'Mohamed' / 'Mohammed')."""
    return a == b or a[0] == b[0] and (len(a) == 1 or len(b) == 1) or _skeleton(a) == _skeleton(b)


def _forms(actor: dict) -> list[tuple[str, ...]]:
    return [f for f in (person_form(n, fold(n)) for n in {actor["name"], *(actor.get("aliases") or [])}) if f]


def _countries(names: list[str]) -> set[str]:
    out = set()
    for n in names:
        for w in re.findall(r"[A-Z][\w'-]+", n):
            code = demonym_code(w) or country_code(w)
            if code:
                out.add(str(code))
    return out


def _bare_after_rival(actor: dict, actors: list[dict], text: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Per article, a bare surname of ``actor`` written after another person record of
    that surname was named there in full twice: (surname, the other's name). One
    mention of a kinsman ('son of Lee Kun-hee') seldom turns the story to him."""
    full_at: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)  # (article, surname) → others in full
    for b in actors:
        if b["type"] != "PERSON" or b["id"] == actor["id"]:
            continue
        for m in b.get("mentions") or []:
            surface = text[m["article"]][m["start"]:m["end"]]
            form = person_form(surface, fold(surface)) if surface[:1].isupper() else ()
            if len(form) > 1:
                full_at[(m["article"], form[-1])].append((m["start"], b["name"]))
    out = {}
    for m in actor.get("mentions") or []:
        surface = text[m["article"]][m["start"]:m["end"]]
        form = person_form(surface, fold(surface)) if surface[:1].isupper() else ()
        if len(form) == 1:
            rivals = Counter(name for at, name in full_at.get((m["article"], form[0]), []) if at < m["start"])
            if rivals and rivals.most_common(1)[0][1] >= 2:
                out.setdefault(m["article"], (form[0], rivals.most_common(1)[0][0]))
    return out


def audit(doc: dict) -> list[tuple[str, dict, str]]:
    """(class, actor, why) for each suspicious record of one export."""
    actors = doc["actors"]
    text = {x["id"]: x["text"] for x in doc["articles"]}
    art_no = {x["id"]: i for i, x in enumerate(doc["articles"])}

    def said_in(actor: dict) -> dict[str, list[tuple[str, ...]]]:
        """Per article, the name forms its mentions there write (pronouns and titles drop out)."""
        out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for m in actor.get("mentions") or []:
            surface = text[m["article"]][m["start"]:m["end"]]
            if surface[:1].isupper():
                form = person_form(surface, fold(surface))
                if form:
                    out[m["article"]].append(form)
        return out

    flags: list[tuple[str, dict, str]] = []
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if a["type"] == "PERSON":
            for f in _forms(a):
                if len(f) > 1:
                    full_by_surname[f[-1]].add(a["id"])
    for a in actors:
        names = [a["name"], *(a.get("aliases") or [])]
        if a["type"] == "PERSON":
            forms = [f for f in _forms(a) if len(f) > 1]
            by_surname: dict[str, set[str]] = defaultdict(set)
            for f in forms:
                if not any(g != f and g[-len(f):] == f for g in forms):  # 'Le Pen' ends 'Jean-Marie Le Pen'
                    by_surname[f[-1]].add(f[0])
            for surname, given in by_surname.items():
                given = sorted(given)
                clash = [(x, y) for i, x in enumerate(given) for y in given[i + 1:] if not _same_given(x, y)]
                if clash:
                    flags.append(("given-names", a, f"{surname}: {clash}"))
            gens = {generation(n) for n in names if len(n.split()) > 1}
            if len(gens) > 1:
                flags.append(("generation", a, f"suffixes {sorted(g or '-' for g in gens)}"))
            surname = {f[-1] for f in forms}
            alone = {fold(n) for n in names if len(n.split()) == 1}
            derived = sorted({(w, v) for w in surname for v in alone if v.startswith(w) and len(v) - len(w) > 2})
            if derived:
                flags.append(("derived", a, f"{derived[:3]}"))
            for art, later in (_bare_after_rival(a, actors, text) if forms else {}).items():
                flags.append(("surname", a, f"bare '{later[0]}' in article {art_no[art]} after {later[1]} "
                                            f"named in full twice"))
            for art, said in said_in(a).items():
                bare = {f[0] for f in said if len(f) == 1 and f[0] in surname}
                if bare and not any(len(f) > 1 for f in said):
                    namesakes = full_by_surname.get(next(iter(bare)), set()) - {a["id"]}
                    rivals = [b["name"] for b in actors if b["id"] in namesakes
                              and any(len(f) > 1 for f in said_in(b).get(art, []))]
                    if rivals:
                        flags.append(("surname", a, f"bare '{next(iter(bare))}' in article {art_no[art]}, "
                                                    f"which names {rivals[:3]} in full"))
        else:
            folded = sorted({" ".join(name_tokens(fold(n))) for n in names} - {""}, key=len)
            for i, short in enumerate(folded):
                if any(long_.startswith(short + " ") for long_ in folded[i + 1:]):
                    others = [b["name"] for b in actors if b["id"] != a["id"] and b["type"] != "PERSON"
                              and any(" ".join(name_tokens(fold(n))).startswith(short + " ")
                                      for n in [b["name"], *(b.get("aliases") or [])])]
                    if others:
                        flags.append(("longer-name", a, f"'{short}' begins other records too: {others[:3]}"))
            acronyms = [n for n in names if n.isupper() and 2 <= len(n) <= 6]
            for acr in acronyms:
                spelt = {n for n in names if n != acr and len(n.split()) > 1 and capital_initials(n) == acr}
                if len(spelt) > 1:
                    flags.append(("acronym", a, f"{acr}: {sorted(spelt)}"))
        countries = _countries(names)
        if len(countries) > 1:
            flags.append(("countries", a, f"{sorted(countries)}"))
    return flags


def print_flags(label: str, doc: dict) -> dict[str, int]:
    arts = {x["id"]: i for i, x in enumerate(doc["articles"])}
    counts: dict[str, int] = defaultdict(int)
    for cls, a, why in audit(doc):
        counts[cls] += 1
        spans = sorted({arts.get(m["article"], -1) for m in a.get("mentions") or []})
        print(f"  [{cls}] {a['name']} ({a['type']}, articles {spans}): {why}\n      aliases: {a.get('aliases')}")
    print(f"{label}: {len(doc['actors'])} records; flags " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("exports", nargs="*", type=Path, help="system exports (chronicle export json)")
    ap.add_argument("--stories", type=Path, help="clusters to ingest first: {name: [story, ...]}")
    ap.add_argument("--kb", type=Path, default=Path("/tmp/actors_audit"), help="DuckDB path stem for --stories")
    args = ap.parse_args()
    docs: list[tuple[str, dict]] = [(str(p), json.loads(p.read_text())) for p in args.exports]
    if args.stories:
        from events_articles_eval import run_system
        for name, stories in json.loads(args.stories.read_text()).items():
            if stories:
                docs.append((name, run_system(stories, args.kb.with_name(f"{args.kb.name}.{name}.duckdb"))))
    total: dict[str, int] = defaultdict(int)
    for label, doc in docs:
        for k, v in print_flags(label, doc).items():
            total[k] += v
    print("ALL: flags " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))


if __name__ == "__main__":
    main()
