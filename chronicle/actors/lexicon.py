"""Word lists and country lookups, loaded once from the data files beside this module."""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

import pycountry
from unidecode import unidecode

HERE = Path(__file__).parent

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive key: 'U.S.' → 'us', 'Guaidó' → 'guaido'."""
    text = text.replace("’", "'").replace("'s ", " ")
    if text.endswith("'s"):
        text = text[:-2]
    return _NON_WORD.sub(" ", unidecode(text).lower().replace(".", "")).strip()


@lru_cache(maxsize=1)
def words() -> dict:
    """The word lists of ``lexicon.json``, as sets; an administrative division's head
    noun ('Aceh Province') is a place's head noun too, so it is listed once."""
    data = json.loads((HERE / "lexicon.json").read_text(encoding="utf-8"))
    out = {k: (set(v) if isinstance(v, list) else v) for k, v in data.items() if not k.startswith("_")}
    out["place_heads"] = out["place_heads"] | out["division_words"]
    return out


def initial(word: str) -> str:
    """What a word gives an acronym: its first letter, or a number's digits ('Group of
    Seven' → G7, 'Group of 20' → G20)."""
    if word.isdigit():
        return word
    return words()["number_words"].get(word.lower(), word[:1])


LINKING_WORDS = ("of", "the", "and", "for")


def spellings(tokens: list[str] | tuple[str, ...]) -> set[str]:
    """The acronyms a name of two words or more spells from its folded words but the
    linking ones: their first letters ('un' of 'united nations'), and with numbers as
    digits ('g7' of 'group of seven'). The one rule the article's and the corpus's
    acronym joins share."""
    content = [t for t in tokens if t not in LINKING_WORDS]
    if len(content) < 2:
        return set()
    return {"".join(t[0] for t in content), "".join(map(initial, content))}


@lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    lines = (HERE / "media.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(x) for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """(country forms, demonyms, capitals, display names, seats of government), keyed by ``fold``."""
    names: dict[str, str] = {}
    display: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                names.setdefault(fold(value), c.alpha_3)
        display[c.alpha_3] = getattr(c, "common_name", None) or c.name
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    seats: dict[str, str] = {}
    seen_display: set[str] = set()
    with open(HERE / "places.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            form, code, kind = row
            key = fold(form)
            if kind == "name":
                names[key] = code
                if code not in seen_display:
                    seen_display.add(code)
                    display[code] = form
            elif kind == "demonym":
                demonyms[key] = code
                demonyms[key + "s"] = code  # Venezuelans
            elif kind == "seat":
                seats[key] = code
            else:
                capitals[key] = code
    return names, demonyms, capitals, display, seats


@lru_cache(maxsize=1)
def _compass_initials() -> dict[str, str]:
    """'s' → 'south': the cardinal compass words by the initial a headline cuts them to."""
    return {w[0]: w for w in {"north", "south", "east", "west"} & words()["compass_words"]}


def country_code(text: str) -> str | None:
    """ISO alpha-3 when ``text`` names a country ('US', 'United States', 'Venezuela'); a
    headline may cut its compass word to the initial ('S Sudan', 'N. Korea')."""
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    first, _, rest = key.partition(" ")
    if rest and first in _compass_initials():
        key = f"{_compass_initials()[first]} {rest}"
    return _places()[0].get(key)


def demonym_code(text: str) -> str | None:
    return _places()[1].get(fold(text))


def capital_code(text: str) -> str | None:
    return _places()[2].get(fold(text))


def seat_code(text: str) -> str | None:
    """The country of a head of government's office ('the Kremlin', 'the White House'):
    an organisation of its own (the presidency speaks, not the whole state), of that country."""
    key = fold(text)
    return _places()[4].get(key[4:] if key.startswith("the ") else key)


def country_name(code: str) -> str:
    return _places()[3].get(code, code)
