"""Reference datasets the product needs at run time (see ATTRIBUTION.md)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

KINDS = ("military", "dissident", "rebel", "palace", "foreign", "auto", "resign", "popular", "counter", "other")
DATASET = "Cline Center Coup d'État Project v2.1.2"


@dataclass(frozen=True, slots=True)
class Coup:
    id: str
    country: str
    year: int
    month: int | None
    day: int | None
    outcome: str  # realized | attempted | conspiracy
    kinds: tuple[str, ...]

    @property
    def date(self) -> str:
        """YYYY, YYYY-MM or YYYY-MM-DD, as precise as the dataset is."""
        if not self.month:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


@lru_cache(maxsize=1)
def coups() -> tuple[Coup, ...]:
    outcome = {"coup": "realized", "attempted": "attempted", "conspiracy": "conspiracy"}
    out = []
    with resources.files(__package__).joinpath("cline_coups_2.1.2.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            month, day = int(r["month"] or 0) or None, int(r["day"] or 0) or None
            out.append(Coup(r["coup_id"], r["country"], int(r["year"]), month, day, outcome[r["event_type"]],
                            tuple(k for k in KINDS if r.get(k) == "1")))
    return tuple(out)
