"""The shared spaCy pipeline."""
from __future__ import annotations

from chronicle import nlp


def test_paragraph_breaks_end_sentences():
    doc = nlp.parse("A pitiful defeat\n\nAs dawn approached in Caracas, the soldiers fled.")
    assert [s.text.strip() for s in doc.sents] == ["A pitiful defeat", "As dawn approached in Caracas, the soldiers fled."]
