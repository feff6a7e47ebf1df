"""Criminal and court procedure as a vocabulary class: questioning and interrogation
(ACCUSE investigate), arraignment, an appeal against a ruling (ACCUSE allege, the gold
convention, not a REQUEST), remand, transfer or holding in custody, refused bail, extended
detention and warrants (COERCE arrest), lifted immunity (COERCE restrict), sentencing and
upheld convictions (SANCTION convict), acquittals and clearing of charges (RETREAT
release), a plea of guilt that asks for nothing (no REQUEST), and the everyday senses of
the same words that must stay out ("transferred to hospital", "cleared the way", a meeting
"held at" an office, "appealed to the public", a defence motion). A second class, parliament:
a no-confidence or censure motion filed (ACCUSE disapprove), an official sacked (COERCE)."""
from __future__ import annotations

import pytest

from .conftest import cases


def coded(a, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in a.events if e.trigger == trigger]


PROCEDURE = cases(
    ("faced-questioning", "Park Geun-hye faced nine hours of questioning by prosecutors over bribery charges.",
     "questioning", "ACCUSE", "investigate"),
    ("subjected-to-interrogation", "Ahmad Manasra was subjected to a long interrogation by the Shin Bet.",
     "interrogation", "ACCUSE", "investigate"),
    ("summoned-by-magistrates", "Francois Fillon was summoned by magistrates in Paris on Wednesday.", "summoned",
     "ACCUSE", "investigate"),
    ("summoned-to-court", "Facebook has been summoned to a district court in Wurzburg.", "summoned", "ACCUSE",
     "investigate"),
    ("arraigned", "Jose Gonzalez was arraigned in a Bronx courtroom on Friday on murder charges.", "arraigned",
     "ACCUSE", "allege"),
    ("appeal-the-ruling", "Ukraine will appeal the ruling of the London High Court, Oleksandr Danyliuk said.",
     "appeal", "ACCUSE", "allege"),
    ("issued-a-warrant", "The Seoul Central District Court issued a warrant for Lee Jae-yong on Friday.", "issued",
     "COERCE", "arrest"),
    ("remanded", "Judge Terence Finn remanded Patrick Walsh in custody until Wednesday.", "remanded", "COERCE",
     "arrest"),
    ("held-at-a-station", "Ahmed Hassan is being held at Store Street Garda Station in Dublin.", "held", "COERCE",
     "arrest"),
    ("refused-bail", "Ahmed Hassan was refused bail by a court in Cairo.", "refused", "COERCE", "arrest"),
    ("extended-the-detention", "A Danish court extended the detention of Chung Yoo-ra on Monday.", "extended",
     "COERCE", "arrest"),
    ("lifted-immunity", "The European Parliament lifted the immunity of Marine Le Pen.", "lifted", "COERCE",
     "restrict"),
    ("transferred-to-prison", "Alexei Navalny was transferred to a prison colony in Vladimir.", "transferred",
     "COERCE", "arrest"),
    ("upheld-the-conviction", "The Supreme Court of Kenya upheld the conviction of Mechanic Omondi.", "upheld",
     "SANCTION", "convict"),
    ("acquitted", "Egypt's Court of Cassation acquitted Hosni Mubarak of involvement in the killings.", "acquitted",
     "RETREAT", "release"),
    ("cleared-of-responsibility", "The International Court of Justice cleared Serbia of responsibility for the killings.",
     "cleared", "RETREAT", "release"),
)




# Parliament and government: a censure or no-confidence motion is the movers' disapproval
# (surviving one is not coded); an official sacked is removed (COERCE).
PARLIAMENT = cases(
    ("filed-a-no-confidence-motion", "The no-confidence motion against Sorin Grindeanu was filed by the Liberals.",
     "filed", "ACCUSE", "disapprove"),
    ("tabled-a-motion-of-no-confidence", "Pat Deering tabled a motion of no confidence in Enda Kenny.", "tabled",
     "ACCUSE", "disapprove"),
    ("sacked-the-minister", "Jacob Zuma sacked the finance minister Pravin Gordhan.", "sacked", "COERCE", None),
)


@pytest.mark.parametrize("text, trigger, etype, mode", PROCEDURE + PARLIAMENT)
def test_court_procedure(run, text, trigger, etype, mode):
    assert coded(run(text), trigger) == [(etype, mode)]


EVERYDAY = cases(
    ("transferred-to-hospital", "Dara Fitzpatrick was transferred to Mayo University Hospital on Tuesday.",
     "transferred", "COERCE"),
    ("cleared-the-way", "Donald Trump cleared the way for the Keystone pipeline.", "cleared", "RETREAT"),
    ("meeting-held-at-an-office", "Talks between Sergei Lavrov and Rex Tillerson were held at the State Department office.",
     "held", "COERCE"),
    ("pleaded-guilty", "Ahmed Hassan pleaded guilty to the murder of Anne Shortall.", "pleaded", "REQUEST"),
    ("filed-a-motion-to-dismiss", "Lawyers for Ahmed Hassan filed a motion to dismiss the case.", "filed",
     "ACCUSE"),
    ("appealed-to-the-public", "Mark Rowley appealed to the public for information about Khalid Masood.",
     "appealed", "ACCUSE"),
)


@pytest.mark.parametrize("text, trigger, etype", EVERYDAY)
def test_everyday_senses_stay_out(run, text, trigger, etype):
    assert etype not in [t for t, _ in coded(run(text), trigger)]
