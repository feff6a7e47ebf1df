"""The ``actors`` stage: who and what each article mentions, and who is who across articles.

``annotate`` works per article (typed, linked ``Mention`` records); ``resolve`` works on
the whole corpus (canonical ``Actor`` records) and replays user corrections.
"""
from __future__ import annotations

from ..records import Analysis
from .corpus import actor_id, apply_corrections, resolve
from .document import find_mentions
from .groups import sector_of, state_sectors, tail_sector
from .document import dominant_country
from .lexicon import capital_code, country_code, demonym_code

__all__ = ["annotate", "resolve", "apply_corrections", "actor_id", "find_mentions", "sector_of", "state_sectors", "tail_sector",
           "capital_code", "country_code", "demonym_code", "dominant_country"]


def annotate(analysis: Analysis) -> None:
    analysis.mentions.extend(find_mentions(analysis.doc))
