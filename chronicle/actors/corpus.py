"""One canonical actor per real-world person, organisation or place, across articles.

Each article's entities (its ``Mention.entity`` groups) are joined when their names
agree after folding accents, case and punctuation, or when one name is a clear variant
of another (a surname or given name, initials, a transliteration, a misspelling, an
acronym seen with its expansion or spelling it, numerals too ('G7'), a ministry's other
word order, a name with its possessor or country before it, a place with its region
after it, an outlet's language service, a name written in lower case) and no other
actor fits as well. A misspelt person's name needs more than its likeness: its
article's one close surname, or the same title and a shared other actor. A surname or
given name alone also needs the two articles to share some other actor, which also
tells namesakes apart (the one full name whose articles do). A generational suffix
names another person ('Donald Trump Jr.'): such a name joins only the same name with
the same suffix, never the bare name or its short forms. A body's whole name is no
short form of a longer one's ('African Union' of the 'African Union Transition
Mission'), and an island group is its name ('the Paracel Islands', 'Paracel'). A body
named after a person by the surname alone ('Kathrada Foundation') is the one named with
the full name ('Ahmed Kathrada Foundation') when its article names that person too.
Joins never cross kinds
(person / place / organisation), so 'Maduro' the person stays apart from 'the Maduro
government'; a label the corpus outvotes is corrected first ('Salvador Allende' once
tagged a place the gazetteer does not know), 'Carlota' may join 'La Carlota' whatever
its label, and a one-word name tagged a person may join the company whose full name it
begins in the same article ('Cerberus').

Names any country's body could bear ('National Assembly', 'Supreme Court') and bare
descriptions ('the soldiers') join across articles only when their countries agree
(stated, or the article's main country); no rule can merge two of different countries.
Places get their country from the GeoNames gazetteer (``places``); a name both a region
and a city bear, written after another place ('Everett, Washington'), is the region and
keeps apart from the name alone (often the city), unless an article writes it both
ways ('Charlevoix, Quebec' ... 'in Quebec'). An actor's country is 'stated' when
some article says it, 'inferred' when only taken from an article's main country.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import OSA, JaroWinkler

from ..records import Actor, Mention
from ..sets import DisjointSets
from .document import best_fit, capital_initials, glued_word, name_tokens, person_form, surname_score
from .groups import sector_of
from .groups import vocabulary as group_vocabulary
from .lexicon import LINKING_WORDS, country_code, country_name, demonym_code, fold, media_names, spellings, words
from .places import city_of_other_name, is_place, main_city, place_country, places, region_and_city

log = logging.getLogger(__name__)

_GROUP = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "ORG": "org",
    "MILITARY": "org",
    "MEDIA": "org",
    "GROUP": "org",
}
_NAMED = ("name", "acronym")

# The evals set this to a list to see which rule made each join (``resolve`` appends
# (rule, one side's (article, entity) pairs, the other's)): the false merges a rule
# makes and the right ones, counted per rule, show which rules to tighten.
TRACE: list | None = None


@dataclass(slots=True)
class _Local:
    """One article's entity: the unit that resolution joins."""

    article: str
    entity: str
    type: str
    name: str
    country: str | None
    mentions: list[Mention]
    surfaces: Counter = field(default_factory=Counter)
    acronyms: set[str] = field(default_factory=set)
    region: bool = False  # named only after another place ('Everett, Washington') as its region
    region_too: bool = False  # named so once, and alone too ('Charlevoix, Quebec' ... 'in Quebec')
    country_basis: str | None = None  # 'stated' or 'inferred' (``Mention.country_basis``)

    @property
    def group(self) -> str:
        return _GROUP.get(self.type, "other")

    @property
    def key(self) -> str:
        """A place named as a country, its adjective ('Russian' tagged a place) or its
        government ('the Canadian Government') is the country."""
        code = _country_of(self.name) if self.group == "place" else None
        if code:
            return f"country:{code}"
        if self.region:
            return f"region:{_name_key(self.name)}"
        return _org_key(self.name) if self.group == "org" else _person_key(self.name)

    def keys(self) -> set[str]:
        """Its name and the article's other spellings of it ('Ka'loni Flynn', 'Ka'Loni
        Flynn'); never its short forms, which may name others elsewhere ('High Court').
        A name the article writes both after a place and alone is the region it names
        after a place ('Charlevoix, Quebec' ... 'talks in Quebec'): its article made the
        two one, so it also joins that region named elsewhere."""
        if self.key.startswith("country:"):
            return {self.key}
        to_key = _org_key if self.group == "org" else _person_key
        size = len(self.key.split())
        region = {f"region:{_name_key(self.name)}"} if self.region_too else set()
        gen = generation(self.name) if self.group == "person" else None
        surfaces = [s for s in self.surfaces if self.group != "person" or generation(s) == gen]
        return {self.key} | region | {k for k in map(to_key, surfaces) if len(k.split()) >= max(size, 2)}


def _country_of(name: str) -> str | None:
    code = country_code(name) or demonym_code(name)
    base, _, head = name.rpartition(" ")
    base = base[4:] if base[:4].lower() == "the " else base
    if code is None and head.lower() == "government" and base:
        code = country_code(base) or demonym_code(base)
    return code


def _name_key(name: str) -> str:
    """Folded, with runs of initials joined: 'U. S. Geological Survey' = 'U.S. Geological Survey'."""
    return " ".join(name_tokens(fold(name)))


@lru_cache(maxsize=65536)
def generation(name: str) -> str | None:
    """The generational suffix of a name ('Jr.', 'III'): the folded keys drop it, yet it
    names another person than the bare name ('Donald Trump Jr.' is not 'Donald Trump')."""
    suffixes = words()["name_suffixes"]
    found = [tok.rstrip(".") for tok in fold(name).replace(",", " ").split()[1:] if tok in suffixes]
    return found[-1] if found else None


def _person_key(name: str) -> str:
    """The folded name, its generational suffix kept: only the same suffix joins by key."""
    gen = generation(name)
    return f"{_name_key(name)} {gen}" if gen else _name_key(name)


def _org_key(name: str) -> str:
    """A leading country written as its code: 'United States Geological Survey' =
    'US Geological Survey'; a ministry's two word orders made one: 'Department of
    Labor' = 'Labor Department'."""
    tokens = _name_key(name).split()
    for n in (3, 2, 1):
        code = country_code(" ".join(tokens[:n])) if len(tokens) > n else None
        if code:
            tokens = [code.lower(), *tokens[n:]]
            break
    for i, tok in enumerate(tokens[:-2]):
        if tok in words()["inverted_heads"] and tokens[i + 1] == "of":
            rest = [t for t in tokens[i + 2 :] if t != "the"]
            if 1 <= len(rest) <= 2:
                return " ".join([*tokens[:i], *rest, tok])
    return " ".join(tokens)


def actor_id(group: str, key: str) -> str:
    """Stable across runs: a hash of the actor's kind and folded canonical name."""
    return "a" + hashlib.sha1(f"{group}|{key}".encode()).hexdigest()[:12]


def resolve(
    per_article: Mapping[str, list[Mention]], corrections: Iterable[dict] = ()
) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """Canonical actors for the corpus, and (article id, local entity) → actor id.
    ``corrections`` (the user's merge/split/rename/set-type) are replayed last."""
    locals_ = _locals(per_article)
    _retype_by_corpus_majority(locals_)
    _place_bases(locals_)
    _place_countries(locals_)
    about = _main_countries(locals_)
    tags = [_generic_tag(loc, about) for loc in locals_]
    sets = _Sets(len(locals_), tags, _left_open(locals_))
    context = _context(locals_)
    joins = (
        (_join_same_key, tags),
        (_join_article_variants, about, context),
        (_join_place_adjectives,),
        (_join_place_heads,),
        (_join_misspellings,),
        (_join_city_spellings,),
        (_join_org_spellings,),
        (_join_person_variants,),
        (_join_surnames, context),
        (_join_misspelled_people, context),
        (_join_generic_heads,),
        (_join_org_short_forms, context),
        (_join_eponyms,),
        (_join_qualified, context),
        (_join_acronyms, context),
        (_join_media_sections,),
        (_join_lowercase_names, context),
        (_join_national,),
    )
    for join, *args in joins:  # in this order: later rules see what earlier ones joined
        sets.rule = join.__name__.removeprefix("_join_")  # for ``TRACE``
        join(locals_, sets, *args)
    if TRACE is not None:
        TRACE.extend((rule, [(locals_[i].article, locals_[i].entity) for i in a],
                      [(locals_[i].article, locals_[i].entity) for i in b]) for rule, a, b in sets.joins)
    actors, mapping = _actors(locals_, sets)
    return apply_corrections(actors, mapping, corrections, per_article)


def _locals(per_article: Mapping[str, list[Mention]]) -> list[_Local]:
    out = []
    for article in sorted(per_article):
        by_entity: dict[str, list[Mention]] = defaultdict(list)
        place_ends: dict[int, str] = {}  # where a place's name ends → that name
        for m in per_article[article]:
            by_entity[m.entity].append(m)
            if _GROUP.get(m.type) == "place" and m.kind in _NAMED:
                place_ends[m.end] = m.text
        for entity in sorted(by_entity, key=lambda e: (len(e), e)):
            ms = by_entity[entity]
            loc = _Local(article, entity, ms[0].type, ms[0].name, ms[0].country, ms)
            loc.country_basis = (ms[0].country_basis or "stated") if ms[0].country else None
            for m in ms:
                if m.kind in _NAMED:
                    loc.surfaces[m.text] += 1
                if m.kind == "acronym":
                    loc.acronyms.add(fold(m.text))
            loc.region = _region_reading(loc, place_ends)
            loc.region_too = not loc.region and _region_reading(loc, place_ends, some=True)
            out.append(loc)
    return out


def _region_reading(loc: _Local, place_ends: Mapping[int, str], some: bool = False) -> bool:
    """A name both a region and a city bear ('Washington', 'São Paulo') is the region
    where it only ever follows another place and a comma ('Everett, Washington'): it
    keeps apart from the name alone, often the city ('met in Washington'). The mentions
    carry no text between them: two characters after a place's name stand for ', '.
    Not after a place the gazetteer puts in another country: that is a list ('Paris,
    Berlin and Brussels', 'Moscow, Washington'). ``some``: written so at least once."""
    named = [m for m in loc.mentions if m.kind in _NAMED]
    after = (any if some else all)(_within(place_ends.get(m.start - 2), loc.name) for m in named)
    return loc.group == "place" and bool(named) and after and region_and_city(loc.name)


def _within(before: str | None, region: str) -> bool:
    """Whether the place named ``before`` may lie in ``region``: the gazetteer does not
    put it in a country where no region of that name is."""
    if before is None:
        return False
    code = country_code(before) or place_country(before)
    return code is None or any(c == code for _, c in places(region))


def _retype_by_corpus_majority(locals_: list[_Local]) -> None:
    """A string the model tagged as a place or organisation in one article but as a
    person (or a person's surname) in most others is a person ('Trump' as GPE). A place
    label the gazetteer cannot back loses a tie too: 'Salvador Allende' once a GPE and
    once a PERSON is a person, 'Halliburton' once a GPE and once an ORG a company.
    An acronym ('U.N.', 'UN') names no person, whatever name ends so ('Kim Jong-un')."""
    person_votes: Counter = Counter()
    org_types: dict[str, Counter] = defaultdict(Counter)
    place_votes: Counter = Counter()
    for loc in locals_:
        tokens = name_tokens(fold(loc.name))
        if loc.type == "PERSON":
            person_votes[" ".join(tokens)] += 1
            if len(tokens) > 1:  # the surname of a full name, not a family-first name's last word ('Kim Jong-un')
                person_votes[person_form(loc.name, fold(loc.name))[-1]] += 1
        elif loc.group == "place":
            place_votes[fold(loc.name)] += 1
        else:
            org_types[fold(loc.name)][loc.type] += 1
    org_votes = Counter({key: sum(types.values()) for key, types in org_types.items()})
    for loc in locals_:
        key = fold(loc.name)
        if loc.type in ("PERSON", "MEDIA") or loc.country or country_code(loc.name) or _dotted(loc.name):
            continue
        persons, others = person_votes[key], org_votes[key] + place_votes[key]
        if len(key.split()) <= 2 and persons > others:
            loc.type = "PERSON"
        elif loc.group == "place" and max(persons, org_votes[key]) >= place_votes[key] and not is_place(loc.name):
            if persons > org_votes[key]:
                loc.type = "PERSON"
            elif org_votes[key] > persons:
                loc.type = org_types[key].most_common(1)[0][0]


def _dotted(name: str) -> bool:
    """'U.N.', 'E.U.', 'UN': an acronym's capitals, with stops or few."""
    return name.isupper() and fold(name).isalpha() and ("." in name or len(name) <= 4)


_POSSESSIVE = re.compile(r"^(.+?)['’]s? ([A-Z].*)$")


def _place_base(name: str) -> tuple[str, str | None]:
    """A place named with the country it lies in is that place, and lies in that country:
    'Toulouse, France' → ('Toulouse', 'FRA'), 'Indonesia Aceh Province' → ('Aceh',
    'IDN'), where the gazetteer puts the rest in that country ('Mexico City' stays
    whole; "Mexico's Gulf Coast" is left to ``_join_qualified``, which checks the
    country of what it joins). After a comma, only a country, and where the bare
    name would be read as a place in it: a state does not tell 'Springfield, Illinois'
    from 'Springfield, Massachusetts' once dropped, and the gazetteer knows one
    Springfield per country. Of the division words, none that also names a place of
    its own ('Washington State', 'Orange County'); a feature's head noun likewise
    ('Paracel Islands', 'Socotra Island'), but for a country's name ('Solomon Islands')
    or a country's word before it ('the Greek islands' are not Greece). A division named
    after a city the gazetteer knows ('Aleppo province') keeps its head noun: it is no
    city, and joins only the division named so elsewhere. A river named head first
    ('River Tigris') is named as most write it ('Tigris River')."""
    country = None
    head, comma, tail = name.partition(",")
    head, tail = head.strip(), tail.strip()
    within = country_code(tail) if comma and head else None
    if within and place_country(head, {within}) == within:  # not an ambiguous 'Córdoba, Spain'
        name, country = head, within
    tokens = name.split()
    for n in (3, 2, 1):
        code = country_code(" ".join(tokens[:n])) if len(tokens) > n else None
        if code and any(c == code for _, c in places(" ".join(tokens[n:]))):
            name, country = " ".join(tokens[n:]), country or code
            break
    tokens = name.split()
    if len(tokens) > 1 and tokens[0].lower() in words()["head_first_heads"]:
        return f"{' '.join(tokens[1:])} {tokens[0]}", country  # 'River Tigris' is the 'Tigris River'
    base = " ".join(tokens[:-1])
    if len(tokens) > 1 and tokens[-1].lower() in words()["division_words"] | words()["feature_heads"] \
            and not _country_word(base):  # not 'the Greek islands', Greece's
        name = base  # 'Aceh Province', 'the Paracel Islands'
        division = tokens[-1].lower() in words()["division_words"]
        if division and any(population for population, _ in places(base)):
            return f"{base} {tokens[-1].lower()}", country  # 'Aleppo province' is not the city of Aleppo
    return name, country


def _place_bases(locals_: list[_Local]) -> None:
    for loc in locals_:
        if loc.group == "place" and not loc.key.startswith("country:"):
            base, code = _place_base(loc.name)
            if base != loc.name and base:
                loc.name, loc.country = base, loc.country or code
                loc.country_basis = loc.country_basis or ("stated" if loc.country else None)


def _place_countries(locals_: list[_Local]) -> None:
    """Cities and regions get their country from the gazetteer ('Petare' → VEN), the
    ambiguous ones ('Altamira') only when the article is about that country: that one
    is 'inferred', the name alone did not say."""
    named: dict[str, set[str]] = defaultdict(set)
    for loc in locals_:
        if loc.country:
            named[loc.article].add(loc.country)
    about = _main_countries(locals_)
    for loc in locals_:
        if loc.group == "place" and not loc.country and not loc.key.startswith("country:"):
            code = demonym_code(loc.name)  # 'American' labelled a place
            loc.country = code or place_country(loc.name, named[loc.article], about.get(loc.article))
            if loc.country:
                told = code or place_country(loc.name, named[loc.article])
                loc.country_basis = "stated" if told == loc.country else "inferred"


# --- generic institution names ---------------------------------------------------------

_FUNCTION_WORDS = {"of", "the", "for", "and", "on", "de", "del", "la", "el"}


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    W = words()
    return frozenset(W["generic_institution_words"] | W["military_heads"])


@lru_cache(maxsize=65536)
def _generic(name: str) -> bool:
    """'National Assembly', 'Supreme Court of Justice', 'Ministry of Defence', 'Army':
    names made only of words any country's institutions use, so they name no one body."""
    tokens = [t for t in fold(name).split() if t not in _FUNCTION_WORDS]
    return bool(tokens) and all(t in _generic_words() for t in tokens)


def _one_of_many(name: str) -> bool:
    """A description of one of a country's many courts, judges or prosecutors ('an
    appeals court', 'the judge'): unlike 'the army' or 'parliament', two articles'
    are seldom the same one."""
    words_ = fold(name).split()
    return any(" ".join(words_[-n:]) in group_vocabulary()["needs_agent"] for n in (1, 2))


def _generic_tag(loc: _Local, about: Mapping[str, str]) -> str | None:
    """Whose a generic name is: the country the article gives it, else the country the
    article is about, else the article itself (so it joins nothing outside). An entity
    only described ('the prosecutors', 'soldiers') is its stated country's ('Venezuelan
    troops') or its article's alone: two stories about one country have many prosecutors."""
    if loc.key.startswith("country:"):
        return None
    if not loc.surfaces:
        return f"?{loc.article}" if _one_of_many(loc.name) else loc.country or f"?{loc.article}"
    if not _generic(loc.name):  # a name ('Prosecutors' as a person's is not one)
        return None
    return loc.country or about.get(loc.article) or f"?{loc.article}"


class _Sets(DisjointSets):
    """Union-find that refuses to join two clusters holding generic names of different
    countries (or of unknown ones from different articles), whatever rule asks."""

    def __init__(self, n: int, tags: list[str | None], alone: set[int] = frozenset()):
        super().__init__(n)
        self.tags: dict[int, set[str]] = {i: {t} for i, t in enumerate(tags) if t}
        self.alone = alone
        self.joins: list[tuple[str, list[int], list[int]]] = []  # only while ``TRACE`` is set
        self.rule = ""  # the join rule running now, for ``TRACE``

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a == b or a in self.alone or b in self.alone:
            return
        tags = self.tags.get(a, set()) | self.tags.get(b, set())
        if len(tags) > 1:
            return
        if TRACE is not None:
            members = self.groups()
            self.joins.append((self.rule, members[a], members[b]))
        super().union(a, b)
        root = self.find(a)
        if tags:
            self.tags[root] = tags


def _left_open(locals_: list[_Local]) -> set[int]:
    """A lone family name its own article left apart from the two full names or more,
    written family name first, that it fits ('Kim' beside 'Kim Jong-un' and 'Kim
    In-ryong'): the article could not tell whose it is, so no other article's 'Kim' can;
    it joins nothing. (Western names are left to the joins' own tests of context.)"""
    full: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for loc in locals_:
        if loc.group != "person":
            continue
        form = person_form(loc.name, fold(loc.name))
        if form != name_tokens(fold(loc.name)):
            full[loc.article].append(form)  # a family name written first, shared by kin
    out = set()
    for i, loc in enumerate(locals_):
        short = name_tokens(fold(loc.name))
        if loc.group != "person" or len(short) != 1:
            continue
        scores = [surname_score(short, f) for f in set(full[loc.article])]
        if sum(map(bool, scores)) > 1:
            out.add(i)
    return out


def _join_same_key(locals_: list[_Local], sets: DisjointSets, tags: list[str | None]) -> None:
    """Same group, same key; generic names and descriptions only with the same country.
    A description ('the Venezuelan military') joins the name written the same way when
    that name's country agrees."""
    first: dict[tuple[str, str, str | None], int] = {}
    for i, loc in enumerate(locals_):
        if i in sets.alone:
            continue  # not the first of its key: the others still join one another
        for key in loc.keys():
            k = (loc.group, key, tags[i])
            if k in first:
                sets.union(first[k], i)
            else:
                first[k] = i
    for i, loc in enumerate(locals_):
        named = first.get((loc.group, loc.key, None))
        if tags[i] and not loc.surfaces and named is not None and locals_[named].country in (None, tags[i]):
            sets.union(named, i)
    compact: dict[tuple[str, str], int] = {}  # 'Sea Micro' = 'SeaMicro', 'Sea World' = 'SeaWorld'
    for i, loc in enumerate(locals_):
        key = loc.key.replace(" ", "")
        if loc.group != "person" and loc.surfaces and not tags[i] and len(key) >= 6 and ":" not in key:
            if (loc.group, key) in compact:
                sets.union(compact[(loc.group, key)], i)
            else:
                compact[(loc.group, key)] = i


def _join_article_variants(
    locals_: list[_Local], sets: DisjointSets, about: Mapping[str, str], context: Mapping[str, set[str]]
) -> None:
    """'Carlota' → 'La Carlota' (whatever the labels said: place or organisation), when
    that is the only name of the kind, 'Carlota' is no place of its own in the gazetteer
    (as 'Salvador' is, beside 'El Salvador'), and the two articles are one article, or
    about one country, or share another actor."""
    with_article: dict[str, set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        tokens = fold(loc.name).split()
        if loc.group in ("org", "place") and len(tokens) > 1 and tokens[0] in words()["leading_articles"]:
            if not loc.key.startswith("country:"):
                with_article[" ".join(tokens[1:])].add(i)
    for i, loc in enumerate(locals_):
        key = fold(loc.name)
        if loc.group not in ("org", "place") or key not in with_article or loc.key.startswith("country:"):
            continue
        roots = {sets.find(j) for j in with_article[key]}
        if len(roots) != 1 or is_place(loc.name) or _generic(loc.name):
            continue
        target = roots.pop()
        for j in with_article[key]:
            other = locals_[j].article
            same = other == loc.article or (about.get(other) and about.get(other) == about.get(loc.article))
            if same or (context[other] & context[loc.article]):
                sets.union(i, target)
                break


def _join_place_adjectives(locals_: list[_Local], sets: DisjointSets) -> None:
    """'European' labelled a place → 'Europe', 'North American' → 'North America': the
    adjective of a place the corpus names, when one place fits and the adjective is no
    place itself ('Michigan'). Countries' demonyms are keyed as the country already."""
    names: dict[str, set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        if loc.group == "place" and loc.surfaces:
            names[fold(loc.name)].add(i)
    for i, loc in enumerate(locals_):
        key = fold(loc.name)
        if loc.group != "place" or not key.endswith("an") or loc.key.startswith("country:") or is_place(loc.name):
            continue
        stems = {key[:-1], key[:-2], key[:-3] + "a"} - {key}
        roots = {sets.find(j) for stem in stems for j in names.get(stem, ())}
        if len(roots) == 1:
            sets.union(i, roots.pop())


def _join_place_heads(locals_: list[_Local], sets: DisjointSets) -> None:
    """'the Mediterranean Sea' ... 'in the Mediterranean', 'New York City' ... 'New York':
    a place named with and without its head noun; a sea or an ocean with and without the
    compass word of its part ('the Western Indian Ocean'). A sea's, ocean's or river's only within one
    article, and only where the bare name is no place of its own in the gazetteer; a
    city's where the gazetteer gives the bare name to the same city first, not to a
    region that shares it ('Quebec'), nor to a country ('Mexico', 'Kuwait')."""
    W = words()
    keys = {i: _name_key(loc.name) for i, loc in enumerate(locals_)
            if loc.group == "place" and not loc.key.startswith("country:")}
    named: dict[str, list[int]] = defaultdict(list)
    for i, key in keys.items():
        named[key].append(i)
    for i, key in keys.items():
        loc = locals_[i]
        *base, head = key.split()
        bare = " ".join(base)
        first, _, rest = key.partition(" ")
        if first in W["compass_words"] and rest.rsplit(" ", 1)[-1] in W["water_heads"]:
            others = [j for j in named.get(rest, ()) if locals_[j].article == loc.article]  # 'the Western Indian Ocean'
            if len({sets.find(j) for j in others}) == 1:
                sets.union(i, others[0])
            continue
        if not base or not named.get(bare) or country_code(bare) or demonym_code(bare):
            continue
        if head in W["water_heads"]:
            if is_place(bare):
                continue
            others = [j for j in named[bare] if locals_[j].article == loc.article]
        elif head == "city":
            hits = places(bare)
            if not hits or hits[:1] != places(loc.name)[:1] or region_and_city(bare):
                continue
            others = named[bare]
        else:
            continue
        if len({sets.find(j) for j in others}) == 1:
            sets.union(i, others[0])


def _join_misspellings(locals_: list[_Local], sets: DisjointSets) -> None:
    """'Chrylser' → 'Chrysler' within one article: names of one kind that differ in one
    word of six letters or more by one edit (a letter added, dropped, changed, or two
    swapped), when no other name of the article is that close. Shorter words differ
    by a letter too often between two people ('Mark' and 'Mary Kelly')."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, loc in enumerate(locals_):
        if loc.surfaces and not loc.key.startswith("country:"):
            by_article[loc.article].append(i)
    for ids in by_article.values():
        keys = {i: (locals_[i].group, locals_[i].key) for i in ids}
        for i in ids:
            close = [j for j in ids if keys[j][0] == keys[i][0] and _one_typo(keys[i][1], keys[j][1])]
            if len(close) == 1:
                sets.union(i, close[0])


def _join_city_spellings(locals_: list[_Local], sets: DisjointSets) -> None:
    """'Kiev' → 'Kyiv', 'Bombay' → 'Mumbai': a place written as a name the gazetteer
    knows only as another name of one big city is that city, when the corpus writes
    the city's main name too, and one record bears it. Only a name as written, not one
    left by dropping a head noun ('Moskva River' is no 'Moskva', Moscow), nor one with
    a place's head noun ('Quebec City', left to ``_join_place_heads``: 'Quebec' may be
    the province)."""
    def written(loc: _Local) -> bool:
        return loc.group == "place" and not loc.key.startswith("country:") and not loc.region \
            and fold(loc.name) in {fold(s) for s in loc.surfaces}

    cities: dict[tuple[int, str], set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        city = main_city(loc.name) if written(loc) else None
        if city:
            cities[city].add(i)
    for i, loc in enumerate(locals_):
        spelling = written(loc) and fold(loc.name).rsplit(" ", 1)[-1] not in words()["place_heads"]
        city = city_of_other_name(loc.name) if spelling else None
        roots = {sets.find(j) for j in cities.get(city, ())}
        if len(roots) == 1:
            sets.union(i, roots.pop())


def _one_typo(a: str, b: str) -> bool:
    x, y = a.split(), b.split()
    if len(x) != len(y) or a == b:
        return False
    diff = [(p, q) for p, q in zip(x, y) if p != q]
    if len(diff) != 1:
        return False
    p, q = diff[0]
    return min(len(p), len(q)) >= 6 and p.isalpha() and q.isalpha() and OSA.distance(p, q) == 1


def _org_stem(name: str) -> tuple[str, ...]:
    """An organisation's name without its company suffixes ('European Aeronautic Defence
    and Space Company' → european aeronautic defence and space)."""
    tokens = _name_key(name).split()
    while len(tokens) > 1 and tokens[-1] in words()["org_suffixes"]:
        tokens.pop()
    return tuple(tokens)


def _join_org_spellings(locals_: list[_Local], sets: DisjointSets) -> None:
    """'European Aeronautic Defence and Space Company' (one article) → 'European
    Aeronautic Defense and Space NV' (another): the names of two organisations are one
    when, past their company suffixes, three words or more stay, and they agree word for
    word or for one word of six letters or more spelt one edit apart (British and
    American spelling, a typo), and no third record fits. A long name so alike is
    seldom two bodies' ('Western' and 'Eastern' differ by two letters); shorter ones
    are (``_join_misspellings`` keeps to one article). Generic names keep their
    countries' guard (``_Sets``)."""
    stems: dict[int, tuple[str, ...]] = {}
    blocks: dict[tuple[int, tuple[str, ...]], set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        if loc.group != "org" or not loc.surfaces or loc.key.startswith("country:"):
            continue
        stem = _org_stem(loc.name)
        if sum(t not in _FUNCTION_WORDS for t in stem) < 3:
            continue
        stems[i] = stem
        for n in range(len(stem)):
            blocks[(n, stem[:n] + stem[n + 1 :])].add(i)
    for i, stem in stems.items():
        fits = {j for n in range(len(stem)) for j in blocks[(n, stem[:n] + stem[n + 1 :])] if j != i}
        fits = {j for j in fits if _spelt_alike(stem, stems[j])}
        roots = {sets.find(j) for j in fits} - {sets.find(i)}
        if len(roots) == 1:
            sets.union(i, roots.pop())


def _spelt_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    diff = [(p, q) for p, q in zip(a, b) if p != q]
    if len(a) != len(b) or len(diff) > 1:
        return False
    return not diff or _one_typo(*diff[0])


def _person_clusters(locals_: list[_Local], sets: DisjointSets) -> dict[tuple[str, ...], set[int]]:
    """Person name forms (as word tuples) → the clusters carrying them."""
    forms: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        if loc.group == "person" and not generation(loc.name):  # a 'Jr.' joins only its own key
            forms[person_form(loc.name, fold(loc.name))].add(sets.find(i))
    return forms


def _join_person_variants(locals_: list[_Local], sets: DisjointSets) -> None:
    """Full names that differ by initials, a dropped second surname or middle name, or
    spelling. A form that fits two names which do not fit each other ('Nicolás Maduro'
    of 'Nicolás Maduro Moros' and of his son 'Nicolás Maduro Guerra') joins neither."""
    forms = _person_clusters(locals_, sets)
    full = [f for f in forms if len(f) > 1]
    by_key: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for f in full:
        for key in _variant_keys(f):
            by_key[key].append(f)
    fits: dict[tuple[str, ...], set[tuple[str, ...]]] = {
        f: {g for key in _variant_keys(f) for g in by_key[key] if g != f and _variant(f, g)} for f in full
    }
    hubs = {f for f, gs in fits.items() if any(h not in fits[g] for g in gs for h in gs if h != g)}
    for f in full:
        if f in hubs:
            continue
        roots = {sets.find(r) for g in fits[f] - hubs for r in forms[g]}
        mine = {sets.find(r) for r in forms[f]}
        if len(roots - mine) == 1:
            target = (roots - mine).pop()
            for r in mine:
                sets.union(r, target)


def _skeleton(word: str) -> str:
    """A name's consonants, doubled letters once: what transliterations of one name share."""
    consonants = [c for c in word if c not in "aeiouyhw"]
    return "".join(c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1])


def _variant_keys(f: tuple[str, ...]) -> set[tuple[str, str]]:
    """Blocking keys: a variant shares one (an initial, the surname's first letters), so
    only names sharing a key are compared. Each tail's initial ('Corina Machado' in
    'María Corina Machado'); the second word as surname ('Nicolás Maduro [Moros]')."""
    return {(f[i][0], f[-1][:2]) for i in range(len(f) - 1)} | {(f[0][0], f[1][:2])}


def _variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a[-1] + "s" == b[-1] or b[-1] + "s" == a[-1]:
        return False  # 'the Donald Trumps of this world', 'the Kennedys': a family or a kind, not a spelling
    if len(a) == len(b) > 2 and a[:-1] == b[:-1] and (glued_word(a[-1]) == b[-1] or glued_word(b[-1]) == a[-1]):
        return True  # 'Fatma Betul Sayan Kayafrom': the surname glued to the next word ('from')
    if len(a) == len(b):
        pairs = list(zip(a, b))
        same_initials = all(x == y or (len(x) == 1 and y[0] == x) or (len(y) == 1 and x[0] == y) for x, y in pairs)
        if same_initials and any(len(x) > 1 and x == y for x, y in pairs[-1:]):
            return True
        # transliterations: every word close, the surname very close ("Gaddafi"/"Gadhafi")
        close = all(JaroWinkler.similarity(x, y) >= 0.88 for x, y in pairs)
        if a[-1] == b[-1] and any(_skeleton(x) != _skeleton(y) for x, y in pairs[:-1]):
            # one family name, given names that differ by more than vowels and doubled letters
            # ("Mohammed"/"Mohamed" Morsi): relatives ("Ivana"/"Ivanka Trump"), not a spelling
            return False
        return close and JaroWinkler.similarity(a[-1], b[-1]) >= 0.92 and a[0][0] == b[0][0]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2:
        return False
    if len(long_) == len(short) + 1 and long_[0] == short[0] and long_[-1] == short[-1] and len(short[-1]) > 1:
        return True  # a middle name or initial left out: "Winston K. Blackmore" / "Winston Blackmore"
    return long_[: len(short)] == short or long_[-len(short) :] == short


def _context(locals_: list[_Local]) -> dict[str, set[str]]:
    """The people, organisations and places below a country each article names: shared
    ones suggest shared actors. Not the outlets quoted, countries, descriptions or
    generic names ('Reuters', 'US', 'officials', 'Parliament'): unrelated stories share them.
    Built once, before any join: the joins change no record's name or type."""
    out: dict[str, set[str]] = defaultdict(set)
    for loc in locals_:
        if loc.type != "MEDIA" and loc.surfaces and not loc.key.startswith("country:") and not _generic(loc.name):
            tokens = name_tokens(fold(loc.name))
            if loc.group == "place" and len(tokens) > 1 and tokens[-1] == "city" \
                    and not country_code(" ".join(tokens[:-1])):
                tokens = tokens[:-1]  # 'Davao City' and 'Davao' are one place to a reader ('Mexico City' is no Mexico)
            if tokens:
                out[loc.article].add(tokens[-1] if loc.group == "person" else f"{loc.group}:{' '.join(tokens)}")
    return out


def _cluster_articles(locals_: list[_Local], sets: DisjointSets) -> dict[int, set[str]]:
    """The articles of each cluster, by its root as the joins so far left it."""
    out: dict[int, set[str]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        out[sets.find(i)].add(loc.article)
    return out


def _named_in(context: Mapping[str, set[str]], articles: Iterable[str]) -> set[str]:
    """What the ``articles`` name (``_context``), together."""
    return set().union(*(context[a] for a in articles))


def _join_surnames(locals_: list[_Local], sets: DisjointSets, context: Mapping[str, set[str]]) -> None:
    """'Guaidó' alone → 'Juan Guaidó', if one article names both (NER typed them apart)
    or an article of each names another same actor (a person, an organisation, a place
    below a country: not an outlet or 'officials'), and no other full name that fits as
    well does so too: 'Smith' in a story about Doctor Who is Matt Smith, not Joseph
    Smith of a story about Mormons. A given name alone ('Laci') likewise, when it ends no
    full name and names no place or organisation (in the gazetteer, or as tagged anywhere
    in the corpus: 'Spiro' the town, tagged a person in some articles). Not where one
    article tagged both persons, the short form first, and its own linking left them
    apart ('Chung' said long before 'Chung Yoo-ra' is named: someone else). A given name
    alone is many people's ('Carl', 'Alex'): it joins a full name only where its own
    articles also name that family ('Melania' beside 'Trump'), or the full name's bearer
    runs through the corpus (three articles or more), or the actor the two articles
    share is named by no other article ('Marisol' and 'Marisol Okafor', both of a
    Fresno): 'Washington' or 'Merkel' named beside both says little. A given name that
    several stories use alone, none naming the family, is someone known by it alone (a
    victim 'identified only as Malik'): only the family's name joins it to a full name.
    Never a word only ever written in capitals ('FRENCH' heading a section, 'UN' tagged
    a person): a heading's word or an acronym; nor a people's or a country's word."""
    forms = _person_clusters(locals_, sets)
    full = [f for f in forms if len(f) > 1]
    surnames = {f[-1] for f in full} | {fold(loc.name) for loc in locals_ if loc.mentions[0].type != "PERSON"}
    cluster_articles = _cluster_articles(locals_, sets)
    first: dict[int, dict[str, int]] = defaultdict(dict)  # where each article first names the cluster as a person
    for i, loc in enumerate(locals_):
        if loc.mentions[0].type == "PERSON" and loc.surfaces:
            at = min(m.start for m in loc.mentions if m.kind in _NAMED)
            first[sets.find(i)][loc.article] = min(at, first[sets.find(i)].get(loc.article, at))

    def named_later(r: int, target: int) -> bool:
        """One article tagged both persons, the short form first, and its own linking
        left them apart: the full name is someone named later."""
        return any(at < first[target].get(a, -1) for a, at in first[r].items())

    def shared(r: int, target: int, word: str) -> bool:
        mine = _named_in(context, cluster_articles[r]) - {word}
        theirs = _named_in(context, cluster_articles[target]) - {word}
        return bool(mine & theirs or cluster_articles[r] & cluster_articles[target])

    kin = _kin_named(locals_)
    spread = Counter(x for named in context.values() for x in named)  # how many articles name each
    capitals: dict[int, bool] = {}  # a cluster only ever written in capitals: a heading's word or an acronym
    for i, loc in enumerate(locals_):
        if loc.group == "person":
            root = sets.find(i)
            capitals[root] = capitals.get(root, True) and all(s.isupper() for s in loc.surfaces if s)

    def specific(r: int, target: int, word: str) -> bool:
        """The two share an actor that no other article names, or an article."""
        articles = cluster_articles[r] | cluster_articles[target]
        mine = _named_in(context, cluster_articles[r]) - {word}
        theirs = _named_in(context, cluster_articles[target]) - {word}
        return any(spread[x] <= len(articles) for x in mine & theirs) or bool(
            cluster_articles[r] & cluster_articles[target])

    def family(r: int, target: int, fits: list[tuple[str, ...]]) -> bool:
        """The full name bears the family name of someone the kin's own articles name
        ("Peterson's wife, Laci" is Laci Peterson)."""
        named = _named_in(context, cluster_articles[r])
        return any(f[-1] in named for f in fits if any(sets.find(x) == target for x in forms[f]))

    for _ in range(2):  # a second pass for the short forms an article's other short form now ties
        for short in [f for f in forms if len(f) == 1]:
            best, fits = best_fit(short, full)
            if best == 0 and fits and all(surname_score(short, f) == 1 for f in fits):
                best = 1  # a given name beginning several full names: the context may tell which
            targets = {sets.find(r) for f in fits for r in forms[f]}
            if best == 0 or (best == 1 and (short[0] in surnames or is_place(short[0]))) or not targets \
                    or demonym_code(short[0]) or country_code(short[0]):
                continue  # 'French', 'Kenya' alone: a people's or country's word, no one's surname
            for r in {sets.find(r) for r in forms[short]}:
                if any(sets.find(t) == r for t in targets):
                    continue  # joined already (a namesake sharing context with its new cluster is no reason)
                if capitals.get(r):
                    continue  # 'FRENCH', 'UN': a heading's word or an acronym, not a surname written small
                near = [t for t in targets if shared(r, t, short[0])]
                if near and any(sets.find(k) == r for k in kin) and not family(r, near[0], fits):
                    continue  # "Owens' father, Bill" is no Bill O'Reilly: named through a kinsman
                if near and best == 1 and not (family(r, near[0], fits) or len(cluster_articles[near[0]]) >= 3
                                               or specific(r, near[0], short[0])):
                    continue  # a given name alone ('Carl') is many people's: not a passing one's
                if near and best == 1 and len(cluster_articles[r]) > 1 and not family(r, near[0], fits):
                    continue  # several stories call someone by the given name alone, none by the family's: known so
                if len(near) == 1 and not named_later(r, near[0]):  # the one namesake sharing context
                    articles = cluster_articles[r] | cluster_articles[near[0]]
                    people = {a: min(first[r].get(a, at), at) for a, at in first[near[0]].items()}
                    sets.union(r, near[0])
                    cluster_articles[sets.find(r)], first[sets.find(r)] = articles, {**first[r], **people}


def _kin_named(locals_: list[_Local]) -> list[int]:
    """People an article names by one word as someone's kin ("Owens' father, Bill", 'his
    wife, Anna'): private persons known through a relative, who share the relative's
    family name, not a namesake's of another family ('Bill O'Reilly')."""
    kin = set(words()["kin_nouns"])
    return [i for i, loc in enumerate(locals_)
            if loc.group == "person" and " " not in _name_key(loc.name) and any(m.role in kin for m in loc.mentions)]


def _join_misspelled_people(locals_: list[_Local], sets: DisjointSets, context: Mapping[str, set[str]]) -> None:
    """Names misspelled in the source. A surname alone that is no full name's surname
    but for one letter or two ('Chaundry' in an article naming Ahmed Sharif Chaudhry):
    the one person of its article with such a surname, when the word is long (six
    letters or more), begins alike, differs by two edits at most (not 'Gulenists', a
    word made from 'Gulen': his followers; nor 'the Okonkwos', his family), and no other
    person of the corpus bears it. Not where that surname is also someone's given name
    in the corpus ('Ahmed Hassan Ahmed'): where given names serve as surnames, the
    one-letter variants of one ('Ahmad', 'Ahmadi') are other people's names, no typo. A full
    name whose surname is another's and whose given name is close to that one's ('Malie
    Joly', 'Melanie Joly'): the same person when both are given the same title, their
    articles share another actor, and no other full name fits: relatives share a
    surname and a first letter ('Ivana', 'Ivanka Trump'), seldom also a title."""
    person = [i for i, loc in enumerate(locals_)
              if loc.group == "person" and loc.surfaces and not generation(loc.name)]
    tokens = {i: name_tokens(fold(locals_[i].name)) for i in person}
    full = [i for i in person if len(tokens[i]) > 1]
    surnames = {tokens[i][-1] for i in full}
    by_article: dict[str, list[int]] = defaultdict(list)  # full names, compared only where they can fit
    by_surname: dict[str, list[int]] = defaultdict(list)
    for j in full:
        by_article[locals_[j].article].append(j)
        by_surname[tokens[j][-1]].append(j)

    def close(a: str, b: str, threshold: float, begin: int = 2) -> bool:
        return a != b and a[:begin] == b[:begin] and JaroWinkler.similarity(a, b) >= threshold

    givens = {tokens[j][0] for j in full}
    for i in person:
        if len(tokens[i]) != 1 or len(tokens[i][0]) < 6 or tokens[i][0] in surnames or is_place(locals_[i].name):
            continue
        word = tokens[i][0]
        here = [j for j in by_article[locals_[i].article]
                if close(word, tokens[j][-1], 0.9) and OSA.distance(word, tokens[j][-1]) <= 2
                and not word.startswith(tokens[j][-1]) and tokens[j][-1] not in givens]
        if len({tokens[j] for j in here}) == 1:
            sets.union(i, here[0])
    roles = {i: {fold(m.role) for m in locals_[i].mentions if m.role} for i in full}
    for i in full:
        if not roles[i]:
            continue
        fits = [
            j for j in by_surname[tokens[i][-1]]
            if len(tokens[j]) == len(tokens[i]) and tokens[j][:-1] != tokens[i][:-1]
            and all(close(a, b, 0.85, 1) or a == b for a, b in zip(tokens[i][:-1], tokens[j][:-1]))
            and roles[i] & roles[j] and context[locals_[i].article] & context[locals_[j].article] - {tokens[i][-1]}
        ]
        if len({sets.find(j) for j in fits}) == 1:
            sets.union(i, fits[0])


def _join_org_short_forms(locals_: list[_Local], sets: DisjointSets, context: Mapping[str, set[str]]) -> None:
    """'EYP Mission Critical' → 'EYP Mission Critical Facilities', as ``_join_surnames``
    does for people: an organisation named by the first two words or more of one other's
    name, or by its acronym first word ('USAF' of 'USAF officials'), when an article of
    each names another same actor (or one article names both) and, for one word, no other
    name of the corpus bears it. Not one word of a longer name: 'Oracle' is not 'Oracle
    OpenWorld', nor 'Crown' the 'Crown Counsel', nor 'Red Bull' the 'Red Bull Arena' (a
    venue, event or prize named after a body is another actor), nor 'FIFA' the 'FIFA
    Confederations Cup' (an acronym joins only a description after it: 'USAF
    officials', not a name of its own). A one-word name tagged a person is the
    company its article names with it first ('Cerberus' of 'Cerberus Capital
    Management'), when no person there bears it."""
    longer: dict[str, set[int]] = defaultdict(set)
    first_word: dict[tuple[str, str], set[int]] = defaultdict(set)  # (article, word) → organisations
    bearers: dict[str, set[int]] = defaultdict(set)  # the word in any other name ('Douglas' of 'McDonnell Douglas')
    for i, loc in enumerate(locals_):
        tokens = tuple(_name_key(loc.name).split())
        if len(tokens) > 1 or loc.group != "org":
            for t in tokens:
                bearers[t].add(i)
        if loc.type != "ORG" or len(tokens) < 2 or loc.key.startswith("country:"):
            continue
        if tokens[-1] in words()["own_name_heads"]:
            continue  # 'Red Bull Arena', 'Guiana Space Centre': another actor than 'Red Bull', 'Guiana'
        first_word[(loc.article, tokens[0])].add(i)
        if _acronym_like(loc.name.split()[0]) and not _mission_of(tokens) and _described(loc):
            longer[tokens[0]].add(i)
        for n in range(2, len(tokens)):
            # not the first of two ('the IMF and the World Bank'), nor a product ('Air France A330')
            if tokens[n] not in ("and", "&", "or") and all(t.isalpha() for t in tokens[n:]):
                longer[" ".join(tokens[:n])].add(i)
    cluster_articles = _cluster_articles(locals_, sets)
    named_in_full: set[int] = set()  # clusters holding a person's name of two words or more
    for i, loc in enumerate(locals_):
        if loc.type == "PERSON" and " " in _name_key(loc.name):
            named_in_full.add(sets.find(i))
    for i, loc in enumerate(locals_):
        key = _name_key(loc.name)
        if not loc.surfaces or is_place(key) or not _distinctive(loc.name):
            continue
        if loc.type == "ORG":
            fits = set() if _whole_body(key) else longer.get(key, set())
        elif (
            loc.type == "PERSON"
            and " " not in key
            and key not in words()["role_nouns"] | words()["honorifics"]
            and sets.find(i) not in named_in_full  # 'Mahathir' of 'Mahathir Mohamad' is no 'Mahathir administration'
        ):
            fits = first_word.get((loc.article, key), set())  # not 'Controller' of 'Controller BBC One'
        else:
            continue
        targets = {sets.find(j) for j in fits}
        if len(targets) != 1:
            continue
        target, mine = targets.pop(), sets.find(i)
        if " " not in key and {sets.find(j) for j in bearers[key]} - {target, mine}:
            continue  # the word is another's too
        ours = _named_in(context, cluster_articles[mine]) - {f"org:{key}"}
        theirs = _named_in(context, cluster_articles[target]) - {f"org:{key}"}
        if ours & theirs or cluster_articles[mine] & cluster_articles[target]:
            sets.union(i, target)


def _join_eponyms(locals_: list[_Local], sets: DisjointSets) -> None:
    """'Kathrada Foundation' → 'Ahmed Kathrada Foundation': a body named after a person
    ('Clinton Foundation', 'Bill Clinton Foundation') is written with the full name or
    the surname alone. The short form joins the one body named with the full name of a
    person its own article names too (the same person's record), when its name ends in
    a body's head noun."""
    person_roots: dict[str, set[int]] = defaultdict(set)  # full name → person records
    for i, loc in enumerate(locals_):
        if loc.group == "person" and len(loc.key.split()) > 1:
            person_roots[loc.key].add(sets.find(i))
    eponymous: dict[str, set[tuple[int, int]]] = defaultdict(set)  # 'kathrada foundation' → (body, person)
    for i, loc in enumerate(locals_):
        tokens = loc.key.split()
        if loc.type != "ORG":
            continue
        for n in range(2, len(tokens)):
            owners = person_roots.get(" ".join(tokens[:n]), set())
            if len(owners) == 1:
                eponymous[" ".join(tokens[n - 1 :])].add((sets.find(i), next(iter(owners))))
    people_of: dict[str, set[int]] = defaultdict(set)  # article → its person records
    for i, loc in enumerate(locals_):
        if loc.group == "person":
            people_of[loc.article].add(sets.find(i))
    for i, loc in enumerate(locals_):
        pairs = eponymous.get(loc.key, set()) if loc.type == "ORG" and _whole_body(loc.key) else set()
        bodies = {sets.find(body) for body, _ in pairs}
        if len(bodies) == 1 and {sets.find(person) for _, person in pairs} & people_of[loc.article]:
            sets.union(i, bodies.pop())


def _described(loc: _Local) -> bool:
    """'USAF officials': an acronym followed only by common words, the body described;
    not by capitalised ones, a name of its own ('FIFA Confederations Cup', 'WADA
    Independent Commission')."""
    return all(w.islower() for s in [loc.name, *loc.surfaces] for w in s.split()[1:])


def _mission_of(tokens: tuple[str, ...]) -> bool:
    """'OSCE Mission', 'EU Delegation': a body's mission is an actor of its own, with its
    own staff and voice, not the body under a longer name."""
    return tokens[-1] in words()["mission_heads"]


def _whole_body(key: str) -> bool:
    """'African Union', 'Baloch Liberation Army': a name that ends in a body's head noun
    names a whole body, not the start of a longer one's ('African Union Transition
    Mission' is a mission of the union, and another actor)."""
    W = words()
    return key.rsplit(" ", 1)[-1] in W["gov_heads"] | W["institution_heads"] | W["military_heads"]


def _join_acronyms(locals_: list[_Local], sets: DisjointSets, context: Mapping[str, set[str]]) -> None:
    """An acronym alone ('PSUV', 'GM') → the one organisation seen with it in
    parentheses or, failing that, the one whose initials spell it; with three letters or
    fewer, only when their articles share another actor, a country too (which ``_context``
    leaves out): so few letters spell many names ('BEA', 'BT') that the one name of the
    corpus may not be the one an unrelated story meant. A post's title ('UN Special
    Coordinator') spells no acronym: it names no body ('UNSC' is the UN Security Council).
    A group's acronym may run on with the region it claims, as its full name does
    ('ISIS': the Islamic State of Iraq and Syria, 'ISIL'): initials then the initials of
    one or two places the article names, only within that article, and four letters
    at least. A name holding an acronym after its first word spells it whole ('Bureau of
    NGO Affairs' is the BNGOA): its first letter alone spells another body's acronym
    (one leading the name is the body's own: 'ATI Technologies Inc'). Not a name that
    ends in its own place ('University of Texas'): another place's initials after it
    spell one of its branches ('UTEP', its El Paso campus). Only a name spells an
    acronym, not a description ('Ukrainian nationalists' are not the 'UN')."""
    cluster_articles = _cluster_articles(locals_, sets)
    place_initials: dict[str, set[str]] = defaultdict(set)
    for loc in locals_:
        if loc.group == "place" and loc.mentions[0].kind == "name":
            words_ = [t for t in _name_key(loc.name).split() if t not in LINKING_WORDS]
            place_initials[loc.article].add("".join(t[0] for t in words_))
    extended: dict[tuple[str, str], set[int]] = defaultdict(set)

    countries: dict[str, set[str]] = defaultdict(set)
    for loc in locals_:
        if loc.surfaces and loc.key.startswith("country:"):
            countries[loc.article].add(loc.key)

    def near(i: int, root: int, acronym: str) -> bool:
        theirs = _named_in(context, cluster_articles[root]) | _named_in(countries, cluster_articles[root])
        mine = (context[locals_[i].article] - {f"org:{acronym}"}) | countries[locals_[i].article]
        return locals_[i].article in cluster_articles[root] or bool(mine & theirs)

    owners: dict[str, set[int]] = defaultdict(set)
    spelled: dict[str, set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        for acr in loc.acronyms:
            if fold(loc.name) != acr:
                owners[acr].add(sets.find(i))
        every = _name_key(loc.name).split()
        tokens = [t for t in every if t not in LINKING_WORDS]
        inner = {fold(w) for w in loc.name.split()[1:] if len(w) > 2 and w.isalpha() and w.isupper()}
        if loc.group != "org" or not loc.surfaces or len(tokens) < 2 or _title(every[-1]):
            continue  # a description spells nothing ('Ukrainian nationalists' is no 'UN')
        if inner and not loc.name.isupper():
            spelled["".join(t if t in inner else t[0] for t in tokens)].add(sets.find(i))  # its acronym's letters all
        else:
            for acronym in spellings(every):  # G7: Group of Seven
                spelled[acronym].add(sets.find(i))
            spelled["".join(t if len(t) <= 2 else t[0] for t in tokens)].add(sets.find(i))  # US G S
            spelled[capital_initials(loc.name).lower()].add(sets.find(i))  # HTS: Hayat Tahrir al-Sham
            initials = "".join(t[0] for t in tokens)
            placed = len(every) > 2 and every[-2] in LINKING_WORDS and is_place(every[-1])
            for a in place_initials[loc.article] if all(len(t) > 2 and not country_code(t) for t in tokens) \
                    and not placed else ():
                for b in place_initials[loc.article] | {""}:
                    if a != b and len(initials + a + b) >= 4:
                        extended[(loc.article, initials + a + b)].add(sets.find(i))
            if len(every) > len(tokens) and every[0] != "the":
                spelled["".join(t[0] for t in every)].add(sets.find(i))  # 'BoA': Bank of America
    for i, loc in enumerate(locals_):
        if loc.group != "org" or not _acronym_like(loc.name):
            continue
        key = fold(loc.name).replace(" ", "")
        roots = {sets.find(r) for r in owners.get(key, ())}
        if not roots:
            roots = {sets.find(r) for r in spelled.get(key, ())}
            if len(roots) == 1 and len(key) <= 3 and not near(i, next(iter(roots)), key):
                continue
        if not roots:
            roots = {sets.find(r) for r in extended.get((loc.article, key), ())}
        if len(roots) == 1:
            sets.union(i, roots.pop())


def _title(word: str) -> bool:
    """'coordinator', 'envoy': a post's head noun; not 'police', a body's as well."""
    return word in words()["role_nouns"] and word not in words()["generic_institution_words"]


def _join_media_sections(locals_: list[_Local], sets: DisjointSets) -> None:
    """'VOA Urdu', 'BBC World Service', 'CNN International' → the outlet: a language
    service or edition (``media_sections``) reports as its outlet, and a reader asking
    what VOA said wants its Urdu service's reports too. Only after an outlet's name (in
    ``media.txt``, or typed an outlet in the corpus) that one record bears."""
    W = words()
    outlets: dict[str, set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        if loc.group == "org" and loc.surfaces:
            outlets[_name_key(loc.name)].add(i)
    media = {k for k, ids in outlets.items() if k in media_names() or any(locals_[i].type == "MEDIA" for i in ids)}
    for i, loc in enumerate(locals_):
        tokens = _name_key(loc.name).split()
        if loc.group != "org" or len(tokens) < 2:
            continue
        for n in (2, 1):
            base, section = " ".join(tokens[:-n]), " ".join(tokens[-n:])
            if base and section in W["media_sections"] and base in media:
                roots = {sets.find(j) for j in outlets[base]}
                if len(roots) == 1:
                    sets.union(i, roots.pop())
                break


def _join_lowercase_names(locals_: list[_Local], sets: DisjointSets, context: Mapping[str, set[str]]) -> None:
    """'the paramilitary frontier corps' → 'Frontier Corps': an unnamed group whose every
    description ends in a name of two words or more that the corpus writes capitalised
    (a distinctive one: not 'border police', which any country has) is that named
    body, when one record bears the name, no country tells them apart, and their
    articles share another actor."""
    named: dict[str, set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        key = _name_key(loc.name)
        if loc.group == "org" and loc.surfaces and len(key.split()) >= 2 and _distinctive(loc.name):
            named[key].add(i)
    if not named:
        return
    for i, loc in enumerate(locals_):
        if loc.surfaces or loc.group != "org":
            continue
        texts = {_name_key(m.text) for m in loc.mentions if m.kind == "group"}
        tails = {" ".join(words_[n:]) for t in texts for words_ in [t.split()] for n in range(len(words_))}
        keys = tails & named.keys()  # the names each description ends in
        if not texts or len(keys) != 1:
            continue
        key = keys.pop()
        if not all(t == key or t.endswith(" " + key) for t in texts):
            continue
        roots = {sets.find(j) for j in named[key]}
        if len(roots) != 1:
            continue
        target = roots.pop()
        countries = {locals_[j].country for j in named[key]} - {None}
        if loc.country and countries - {loc.country}:
            continue
        if any(context[loc.article] & context[locals_[j].article] or loc.article == locals_[j].article
               for j in named[key]):
            sets.union(i, target)


def _acronym_like(name: str) -> bool:
    """'PSUV', 'GM', and 'BoA' (its small letter a function word's)."""
    return name.isupper() or (
        name.isalpha() and len(name) <= 5 and name[0].isupper() and sum(ch.isupper() for ch in name) >= 2
    )


def _join_generic_heads(locals_: list[_Local], sets: DisjointSets) -> None:
    """'Ford' → 'Ford Motor Company', 'Voluntad Popular' → 'Voluntad Popular party': a
    name plus company suffixes, or a name of two words or more plus an institution's head
    noun, is the name, when only one fits (but 'Justice' is not the 'Justice Ministry').
    The longest such name the corpus has: 'General Motors Corporation' is 'General
    Motors' ('Motors' is a suffix too, but 'General' is another name)."""
    W = words()
    forms: dict[str, set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        if loc.group == "org":
            forms[fold(loc.name)].add(sets.find(i))
    bases: dict[str, set[int]] = defaultdict(set)
    for form, roots in forms.items():
        tokens = form.split()
        shorter = []  # 'General Motors Corporation' → 'General Motors', not on to 'General'
        while len(tokens) > 1 and (
            tokens[-1] in W["org_suffixes"] or (len(tokens) > 2 and tokens[-1] in W["gov_heads"])
        ):
            tokens.pop()
            shorter.append(" ".join(tokens))
        if shorter:
            bases[next((b for b in shorter if b in forms), shorter[-1])] |= roots
    for base, roots in bases.items():
        targets = {sets.find(r) for r in roots | forms.get(base, set())}
        if base in forms and len({sets.find(r) for r in forms[base]}) == 1:
            for r in targets:
                sets.union(r, next(iter(forms[base])))


def _qualified(name: str, place: bool = False) -> tuple[str, str, str | None] | None:
    """(qualifier, name, the qualifier's country) of a name after a possessor or a
    country's word: "the Beatles' Apple Corps" → ('beatles', 'Apple Corps', None),
    'Japanese Toyota' → ('JPN', 'Toyota', 'JPN'); of a ``place`` after a comma and the
    place it lies in too: 'Mobile, Alabama' → ('alabama', 'Mobile', 'USA'), but not a
    list of places ('Canada, Mexico'). A place before a place's name is not enough:
    'Asia Pacific' is no Pacific, 'Northern California' no California."""
    if name[:4].lower() == "the ":
        name = name[4:]
    head, comma, tail = (part.strip() for part in name.partition(","))
    if comma:
        if place and head and not country_code(head) and (country_code(tail) or is_place(tail)):
            return fold(tail), head, country_code(tail) or _one_country(tail)
        return None
    possessive = _POSSESSIVE.match(name)
    if possessive and fold(possessive.group(1)).rpartition(" ")[2] in words()["possessive_name_words"]:
        return None  # "People's Bank of China": the possessive is inside the name
    if possessive:
        code = _country_word(possessive.group(1))
        return code or fold(possessive.group(1)), possessive.group(2), code
    tokens = name.split()
    for n in (3, 2, 1):
        code = _country_word(" ".join(tokens[:n])) if len(tokens) > n else None
        if code and tokens[n][:1].isupper():
            return code, " ".join(tokens[n:]), code
    return None


def _distinctive(name: str) -> bool:
    """A name that is no generic body's, nor a lone word of a company's or a force's
    name: the 'Air' of 'Korean Air', the 'Airways' of 'Qatar Airways', 'Air Force'."""
    key = fold(name)
    W = words()
    if _generic(name) or key in W["military_heads"] or key.split()[-1:] == ["force"]:
        return False
    return " " in key or (len(key) >= 4 and key not in W["org_suffixes"] and key not in W["gov_heads"])


def _one_country(place: str) -> str | None:
    countries = {c for _, c in places(place, alternate=False)}
    return countries.pop() if len(countries) == 1 else None


def _join_qualified(locals_: list[_Local], sets: DisjointSets, context: Mapping[str, set[str]]) -> None:
    """'Japanese Toyota' → 'Toyota', "the Beatles' Apple Corps" → 'Apple Corps',
    'Mobile, Alabama' → 'Mobile': a name with a possessor, a country's word or its
    larger place beside it is that name, when only one qualifier is ever put with it
    (not 'Greek' and 'Russian Orthodox Church', not 'Springfield, Illinois' and
    'Springfield, Massachusetts'), one record of the kind bears it, and that record's
    country, if any, is the qualifier's ('Paris, Texas' is no Paris in France; a place
    named in another article must have one, an organisation may have none). Names
    any country's body bears need the article's country instead (``_join_national``).
    A country's word before one word is often a description, the word a common one
    ('Syrian Arabs', 'British Empire', 'Russian Arctic'), so the bare word elsewhere
    joins only where their articles share another actor, as short forms do
    (``_join_surnames``); a possessor's name before it is an owner ("Alphabet's DeepMind")."""
    bare: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        if loc.group in ("org", "place") and loc.surfaces and not loc.key.startswith("country:"):
            bare[(loc.group, loc.key)].add(i)
    wanted: dict[tuple[str, str], list[tuple[int, str, str | None]]] = defaultdict(list)
    for i, loc in enumerate(locals_):
        if loc.group not in ("org", "place") or loc.key.startswith("country:"):
            continue
        for name in sorted({loc.name, *loc.surfaces}):
            found = _qualified(name, loc.group == "place")
            if found and _distinctive(found[1]):
                to_key = _org_key if loc.group == "org" else _name_key
                wanted[(loc.group, to_key(found[1]))].append((i, found[0], found[2]))
    countries: dict[int, set[str]] = defaultdict(set)
    articles: dict[int, set[str]] = defaultdict(set)
    for i, loc in enumerate(locals_):
        articles[sets.find(i)].add(loc.article)
        if loc.country:
            countries[sets.find(i)].add(loc.country)
    for key, asks in wanted.items():
        roots = {sets.find(j) for j in bare.get(key, ())} - {sets.find(i) for i, _, _ in asks}
        if len(roots) != 1 or len({q for _, q, _ in asks}) != 1:
            continue
        target, country = roots.pop(), asks[0][2]
        asked = {locals_[i].article for i, _, _ in asks}
        elsewhere = not articles[target] & asked
        if elsewhere and country and asks[0][1] == country and " " not in key[1]:
            name = f"{key[0]}:{key[1]}"  # after a country's word ('Syrian Arabs'), not a place ('Mobile, Alabama')
            if not (_named_in(context, articles[target]) - {name}) & (_named_in(context, asked) - {name}):
                continue
        if country and (countries[target] - {country} or (key[0] == "place" and elsewhere and not countries[target])):
            continue  # a place elsewhere must be known to lie in the qualifier's country: not any 'Gulf Coast'
        for i, _, _ in asks:
            sets.union(i, target)


def _join_national(locals_: list[_Local], sets: DisjointSets) -> None:
    """'National Assembly' → 'Venezuelan National Assembly', when that is the only
    country's institution of the name and the article is mostly about that country:
    many countries have a National Assembly, so the article must say which."""
    national: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, loc in enumerate(locals_):
        tokens = fold(loc.name).split()
        for n in (1, 2, 3):
            code = _country_word(" ".join(tokens[:n])) if len(tokens) > n + 1 else None
            if loc.group == "org" and code:
                national[" ".join(tokens[n:])][code].add(i)
                break
    about = _main_countries(locals_)
    articles: dict[int, set[str | None]] = defaultdict(set)  # cluster → what its articles are about
    for i, loc in enumerate(locals_):
        articles[sets.find(i)].add(about.get(loc.article))
    for i, loc in enumerate(locals_):
        countries = national.get(fold(loc.name)) if loc.group == "org" and not loc.country else None
        if not countries or len(countries) != 1:
            continue
        ((code, members),) = countries.items()
        roots = {sets.find(j) for j in members}
        if articles[sets.find(i)] == {code} and len(roots) == 1:
            sets.union(i, roots.pop())


def _country_word(text: str) -> str | None:
    return country_code(text) or demonym_code(text)


def _main_countries(locals_: list[_Local]) -> dict[str, str]:
    """Each article's most-mentioned country (itself, its people and bodies), unless tied."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for loc in locals_:
        if loc.country:
            counts[loc.article][loc.country] += len(loc.mentions)
    out = {}
    for article, counter in counts.items():
        ranked = counter.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            out[article] = ranked[0][0]
    return out


def _actors(locals_: list[_Local], sets: DisjointSets) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    actors: dict[str, Actor] = {}
    mapping: dict[tuple[str, str], str] = {}
    for members in sets.groups().values():
        group = [locals_[i] for i in members]
        actor = _actor(group)
        while actor.id in actors:  # two unjoined actors with one canonical name
            actor.id = actor_id("dup", actor.id)
        actors[actor.id] = actor
        for loc in group:
            mapping[(loc.article, loc.entity)] = actor.id
    return sorted(actors.values(), key=lambda a: a.id), mapping


def _actor(group: list[_Local]) -> Actor:
    types = Counter()
    for loc in group:
        types[loc.type] += len(loc.mentions)
    type_ = types.most_common(1)[0][0]
    code = next((loc.key[8:] for loc in group if loc.key.startswith("country:")), None)
    name = country_name(code) if code else _canonical_name([loc.name for loc in group])
    surfaces = Counter()
    for loc in group:
        surfaces.update(loc.surfaces)
    sectors = Counter()
    if not surfaces:  # an unnamed group: its aliases are the words that describe it
        surfaces.update(m.text for loc in group for m in loc.mentions if m.kind == "group")
        sectors.update(filter(None, map(_sector, surfaces.elements())))
    countries = Counter(loc.country for loc in group if loc.country)
    country = code or (countries.most_common(1)[0][0] if countries else None)
    stated = code or any(loc.country == country and loc.country_basis == "stated" for loc in group)
    roles = []
    for loc in group:
        for m in loc.mentions:
            if m.role and m.role not in roles:
                roles.append(m.role)
    return Actor(
        id=actor_id(_GROUP.get(type_, "other"), f"country:{code}" if code else fold(name)),
        name=name,
        type=type_,  # type: ignore[arg-type]
        aliases=[s for s, _ in sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))],
        roles=roles,
        country=country,
        country_basis=("stated" if stated else "inferred") if country else None,
        mentions=sorted((loc.article, m.start, m.end) for loc in group for m in loc.mentions),
        sector=sectors.most_common(1)[0][0] if sectors else (_sector(name) if type_ not in ("PERSON", "GPE", "LOC") else None),
    )


def _sector(text: str) -> str | None:
    """The sector of a group or institution, read off its head phrase ('Venezuelan
    soldiers', 'Venezuelan armed forces' → MIL), as event coders' actor codes need it."""
    words_ = fold(text).split()
    return next((s for n in (3, 2, 1) if len(words_) >= n and (s := sector_of(" ".join(words_[-n:])))), None)


def _canonical_name(names: list[str]) -> str:
    """The commonest form of two words or more (else the commonest); with accents if any
    spelling of it has them."""
    counts = Counter(names)
    best = max(counts, key=lambda n: (len(name_tokens(fold(n))) > 1, counts[n], len(name_tokens(fold(n))), n))
    spellings = [n for n in counts if fold(n) == fold(best)]
    accented = [n for n in spellings if any(ord(ch) > 127 for ch in n)]
    return max(accented, key=lambda n: (counts[n], n)) if accented else best


# --- user corrections -----------------------------------------------------------------


def apply_corrections(
    actors: list[Actor],
    mapping: dict[tuple[str, str], str],
    corrections: Iterable[dict],
    per_article: Mapping[str, list[Mention]] | None = None,
) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """Replay corrections in order on a fresh resolution (copies; the inputs are left
    as they were), so they survive re-processing.
    A correction naming an actor that no longer exists is skipped (and logged).
    ``split`` needs ``per_article`` to know which mention has which surface form."""
    by_id = {a.id: replace(a, aliases=list(a.aliases), roles=list(a.roles), mentions=list(a.mentions)) for a in actors}
    mapping = dict(mapping)
    for fix in corrections:
        fix = _repoint(fix, by_id)
        op = fix.get("op")
        ids = fix.get("ids") or [fix.get("id")]
        missing = [i for i in ids if i not in by_id]
        if missing:
            log.warning("correction %s skipped: no actor %s", fix, ", ".join(map(str, missing)))
            continue
        if op == "merge":
            _merge(by_id, mapping, ids)
        elif op == "split":
            _split(by_id, mapping, fix["id"], fix["alias"], per_article)
        elif op == "rename":
            actor = by_id[fix["id"]]
            if actor.name not in actor.aliases:
                actor.aliases.append(actor.name)
            actor.name = fix["name"]
        elif op == "set-type":
            by_id[fix["id"]].type = fix["type"]
        else:
            raise ValueError(f"unknown correction op: {op!r}")
    return sorted(by_id.values(), key=lambda a: a.id), mapping


def _repoint(fix: dict, by_id: dict[str, Actor]) -> dict:
    """A correction whose actor id is gone (new articles changed the canonical
    name the id derives from) follows the name recorded with it, when exactly
    one actor still has that name or alias."""
    names = fix.get("names") or {}

    def current(id_: str) -> str:
        if id_ in by_id or id_ not in names:
            return id_
        hits = [a.id for a in by_id.values() if fold(names[id_]) in {fold(n) for n in [a.name, *a.aliases]}]
        return hits[0] if len(hits) == 1 else id_

    fix = dict(fix)
    if "ids" in fix:
        fix["ids"] = [current(i) for i in fix["ids"]]
    if "id" in fix:
        fix["id"] = current(fix["id"])
    return fix


def _merge(by_id: dict[str, Actor], mapping: dict, ids: list[str]) -> None:
    keep = by_id[ids[0]]
    for other_id in ids[1:]:
        if other_id == keep.id:
            continue
        other = by_id.pop(other_id)
        keep.aliases += [a for a in other.aliases + [other.name] if a not in keep.aliases and a != keep.name]
        keep.roles += [r for r in other.roles if r not in keep.roles]
        keep.mentions = sorted(set(keep.mentions) | set(other.mentions))
        if keep.country is None:
            keep.country, keep.country_basis = other.country, other.country_basis
        elif keep.country == other.country and "stated" in (keep.country_basis, other.country_basis):
            keep.country_basis = "stated"
        for k, v in mapping.items():
            if v == other_id:
                mapping[k] = keep.id


def _split(by_id: dict[str, Actor], mapping: dict, id_: str, alias: str, per_article) -> None:
    """Move the mentions written ``alias`` (and the pronouns of article entities named
    only by it) into a new actor."""
    if per_article is None:
        raise ValueError("split needs the per-article mentions")
    old = by_id[id_]
    key = fold(alias)
    moved: set[tuple[str, int, int]] = set()
    whole: list[tuple[str, str]] = []
    for (article, entity), actor in mapping.items():
        if actor != id_:
            continue
        ms = [m for m in per_article.get(article, []) if m.entity == entity]
        named = [m for m in ms if m.kind in _NAMED]
        hits = [m for m in named if fold(m.text) == key]
        if hits and len(hits) == len(named):
            whole.append((article, entity))
            moved |= {(article, m.start, m.end) for m in ms}
        else:
            moved |= {(article, m.start, m.end) for m in hits}
    if not moved:
        return
    new = Actor(
        id=actor_id("split", f"{id_}|{key}"),
        name=alias,
        type=old.type,
        aliases=[alias],
        country=old.country,
        country_basis=old.country_basis,
        mentions=sorted(moved),
    )
    old.mentions = [m for m in old.mentions if m not in moved]
    old.aliases = [a for a in old.aliases if fold(a) != key]
    by_id[new.id] = new
    for k in whole:
        mapping[k] = new.id
