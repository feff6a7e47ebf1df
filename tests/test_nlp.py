"""The shared spaCy pipeline."""
from __future__ import annotations

from chronicle import nlp


def test_paragraph_breaks_end_sentences():
    doc = nlp.parse("A pitiful defeat\n\nAs dawn approached in Caracas, the soldiers fled.")
    assert [s.text.strip() for s in doc.sents] == ["A pitiful defeat", "As dawn approached in Caracas, the soldiers fled."]


def test_a_one_letter_word_can_end_a_sentence_but_an_initial_does_not():
    doc = nlp.parse("The group said so in a statement posted on X. Gunmen attacked a bus near the border on Tuesday.")
    assert [s.text.split()[0] for s in doc.sents] == ["The", "Gunmen"]
    doc = nlp.parse("President George W. Bush said the talks had failed.")
    assert len(list(doc.sents)) == 1
