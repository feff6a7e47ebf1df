"""The word lists the stage reads, kept as data files beside the code."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: frozenset[str]
    nouns: frozenset[str]
    title_markers: tuple[str, ...]
    title_nouns: tuple[str, ...]
    person_nouns: frozenset[str]
    outlets: dict[str, str]  # surface form -> channel
    media: dict[str, str]  # lower-cased form -> channel


@lru_cache(maxsize=1)
def load() -> Lexicon:
    cues = json.loads((_HERE / "cues.json").read_text(encoding="utf-8"))
    channels = json.loads((_HERE / "channels.json").read_text(encoding="utf-8"))
    return Lexicon(
        verbs=frozenset(cues["verbs"]),
        nouns=frozenset(cues["nouns"]),
        title_markers=tuple(sorted(cues["title_markers"], key=len, reverse=True)),
        title_nouns=tuple(cues["title_nouns"]),
        person_nouns=frozenset(cues["person_nouns"]),
        outlets={form: o["channel"] for o in channels["outlets"] for form in o["forms"]},
        media={form: m["channel"] for m in channels["media"] for form in m["forms"]},
    )
