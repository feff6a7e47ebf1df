"""The shared spaCy pipeline."""
from __future__ import annotations

from chronicle import nlp


def test_paragraph_breaks_end_sentences():
    doc = nlp.parse("A pitiful defeat\n\nAs dawn approached in Caracas, the soldiers fled.")
    assert [s.text.strip() for s in doc.sents] == ["A pitiful defeat", "As dawn approached in Caracas, the soldiers fled."]


def test_a_one_letter_word_can_end_a_sentence_but_an_initial_does_not():
    doc = nlp.parse("The group said so in a statement posted on X. Gunmen attacked a bus near the border on Tuesday.")
    assert [s.text.split()[0] for s in doc.sents] == ["The", "Gunmen"]
    for text in ("President George W. Bush said the talks had failed.",
                 "Former IBM salesman H. Ross Perot left IBM to start EDS in 1962."):
        doc = nlp.parse(text)
        assert len(list(doc.sents)) == 1
    docs = list(nlp.parse_many(["It was posted on X. Police came.", "Nothing to split here."]))
    assert [len(list(d.sents)) for d in docs] == [2, 1] and docs[0].text == "It was posted on X. Police came."
