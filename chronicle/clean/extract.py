"""Bytes -> text, per format. Errors here are the document's, never the batch's."""
from __future__ import annotations

import io
import re
import unicodedata

import ftfy
from ftfy import TextFixerConfig
from charset_normalizer import from_bytes

from ..records import RawDocument
from .lines import lexicon


#: Repair mojibake but keep typographic quotes: the quotes stage reads them.
FIXER = TextFixerConfig(uncurl_quotes=False, normalization="NFC")


def fix(text: str) -> str:
    return lost_marks(ftfy.fix_text(text, FIXER).replace("\r\n", "\n").replace("\r", "\n"))


#: An apostrophe such a scrape made a quote inside a contraction ('didn"t', 'I"ve').
_CONTRACTION = re.compile(r'(?<=[A-Za-z][nN])"(?=[tT]\b)|(?<=[A-Za-z])"(?=(?:ve|ll|re|VE|LL|RE)\b)|(?<=\b[Ii])"(?=[mdMD]\b)')
#: A quotation ends at a paragraph: a line break, or the run of spaces a flattened page keeps for one.
_PARAGRAPH = re.compile(r"\n|\s{3,}")
_DASHES = "-–—"
#: A letter of a word whose two UTF-8 bytes were lost to two replacement characters
#: ('Parab\ufffd\ufffdns', 'Strejcov\ufffd\ufffd', 'O\ufffd\ufffdReilly' where an apostrophe was), next to a letter.
_LOST_LETTER = re.compile(r"(?<=[^\W\d_])\ufffd\ufffd(?!\ufffd)|(?<=['’])\ufffd\ufffd(?=[^\W\d_])")
#: What a lost letter becomes: a letter, so that the word stays one token (the
#: replacement character is a symbol that splits 'Strejcov\ufffd\ufffd' into three and the
#: name is lost), and a Latin one, after which the tokenizer still parts a full stop
#: from the word (it does not after a modifier letter such as 'ʼ'). The schwa, the
#: unstressed vowel: most lost letters are accented vowels ('é', 'á', 'í'). Twice, one
#: per lost byte: the text keeps its length, so offsets into it (the evals' gold) hold.
_PLACEHOLDER = "\u0259"


def lost_marks(text: str) -> str:
    """The text with the debris of lost typographic marks put back, at the same length.

    Some scrapes turned a curly mark and the character after it (nearly always a
    space) into '"?' ('choice,"?Sen. Warren said', 'DeVos"?nomination', 'determine
    "?at least for now "?the fate'), gluing words and hiding quotations. What the mark
    was shows in its place: after a space it stood apart, a dash (a dateline's, a
    parenthesis's, a list's); after sentence punctuation it closed a quotation; after
    a word it closed one when a quotation is open, else it was a possessive's
    apostrophe; inside an open quotation, after a word in -s before a lower-case word
    and with the quotation closed later by its punctuation, a possessive too
    ("the two leaders' agreements," he said). Each '"?' becomes the mark and a space,
    so offsets into the text hold. A question mark after a quotation ('Did he say
    "no"? Nobody knows.') is followed by a space and stays, unless it follows the
    quotation's own punctuation, where no question mark can be. The same scrapes
    made a contraction's apostrophe a quote ('didn"t'): it is put back too.

    Other scrapes lost the mark's bytes to the replacement character instead ('"\ufffd').
    Where the pattern tells the mark, it is put back, again at the same length: after a
    space (or an opening bracket or dash, or a mark just repaired) and glued to a word it
    opened a quotation ('he said, "\ufffdPut a commission together') and becomes a space and
    an opening quote; standing apart between spaces it was a dash. After a word it may
    have been a dash, an apostrophe or a closing quote ('thing"\ufffdwe', 'O"\ufffdNeill',
    'Sessions"\ufffd hearing'): it stays. A letter lost inside a word (see ``_LOST_LETTER``)
    is repaired first."""
    text = _LOST_LETTER.sub(_PLACEHOLDER * 2, text)
    if '"' not in text:
        return text
    text = _CONTRACTION.sub("'", text)
    if '"?' not in text and '"\ufffd' not in text:
        return text
    out = list(text)
    n, opened, last = len(text), False, 0
    i = text.find('"')
    while i >= 0:
        if _PARAGRAPH.search(text, last, i):
            opened = False
        last = i
        prev = out[i - 1] if i else ""  # as repaired: '"?"?' is a closing quote and a dash
        nxt = text[i + 1] if i + 1 < n else ""
        mark = None
        if nxt == "?":
            after = text[i + 2] if i + 2 < n else ""
            glued = after and not after.isspace()
            if not prev or prev.isspace():
                quoted = after == '"' and not re.match(r"[\w?\ufffd'’]", text[i + 3: i + 4])
                mark = "— " if glued and not quoted else None  # not the sign itself, 'a "?" in the box'
            elif prev in ".,!?;:":
                mark = '" '
            elif not glued:
                mark = None
            elif prev in ")]'’":
                mark = '" '
            elif prev in _DASHES:
                mark = "— "
            elif prev.isalnum():
                mark = '" ' if opened and not _possessive(text, i) else "' "
            elif opened:
                mark = '" '
        elif nxt == "\ufffd" and (not prev or prev.isspace() or prev in "([" + _DASHES):
            after = text[i + 2] if i + 2 < n else ""
            if after.isalnum() or after in "[‘'":
                mark = " “"
            elif after.isspace():
                mark = "— "
        if mark:
            out[i:i + 2] = mark
            opened = mark == " “" or opened and mark != '" '
            i = text.find('"', i + 2)
            continue
        if prev.isalnum() and nxt.isalnum():
            pass  # a mark glued between words ('Spies"in'): which it was cannot be told
        elif prev and not prev.isspace() and prev not in "([" + _DASHES and (not nxt or nxt.isspace() or nxt in ".,;:!?)]"):
            opened = False
        elif (not prev or prev.isspace() or prev in "([" + _DASHES) and nxt and not nxt.isspace():
            opened = True
        else:
            opened = not opened
        i = text.find('"', i + 1)
    return "".join(out)


def _possessive(text: str, at: int) -> bool:
    """Is '"?' at ``at``, in an open quotation, a plural possessive's apostrophe rather
    than the quotation's end: after a word in -s, before a lower-case word that can
    begin a noun phrase (no preposition, conjunction or auxiliary: 'into their hands"?in
    accordance' ends a quotation inside another), and the next quote mark in the
    paragraph closes a quotation after its punctuation."""
    word = re.match(r"[a-z]+", text[at + 2: at + 30])
    if text[at - 1] != "s" or not word or word.group() in lexicon()["function_words"]:
        return False
    nxt = text.find('"', at + 2)
    return nxt > 0 and text[nxt - 1] in ".,!?" and not _PARAGRAPH.search(text, at, nxt)


#: Fewer words than this after extraction is a page without an article.
MIN_WORDS = 8


class DocumentError(ValueError):
    """This document cannot be processed; the message says why and what to do."""


def decode(data: bytes) -> str:
    """Decode text of unknown encoding, repair mojibake, normalise to NFC.

    UTF-8 first (most of the web); otherwise charset detection (Latin-1,
    Windows-1252, ...). Text that decodes to mostly control characters is
    binary and refused.
    """
    if not data.strip():
        raise DocumentError("empty document: nothing to ingest")
    if b"\x00" in data[:8192]:
        raise DocumentError("binary file (contains NUL bytes), not text: convert it to text, HTML or PDF first")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise DocumentError("cannot decode text: not UTF-8 and no known encoding fits; re-save it as UTF-8") from None
        text = str(best)
    controls = sum(1 for c in text[:8192] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise DocumentError("binary file (mostly control characters), not text")
    return fix(text)


def extract(raw: RawDocument) -> tuple[str, dict]:
    """Return the document's text and any metadata the format itself carries."""
    if raw.format == "json":
        return fix(raw.fields["text"]), dict(raw.fields)
    if raw.format == "html":
        return _html(raw.data)
    if raw.format == "pdf":
        return _pdf(raw.data), {}
    return decode(raw.data), {}


def _html(data: bytes) -> tuple[str, dict]:
    import trafilatura

    html = decode(data)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True)
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        raise DocumentError("no article text found in the HTML (only scripts, navigation or markup)")
    fields = {
        "title": doc.title,
        "authors": doc.author,
        "published": doc.date,
        "outlet": doc.sitename,
        "url": doc.url,
    }
    return fix(doc.text), {k: v for k, v in fields.items() if v}


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as e:
        raise DocumentError(f"PDF cannot be read (truncated or damaged: {e}); re-export the PDF") from None
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise DocumentError("PDF has no text layer (a scan?): run OCR on it first")
    return fix(text)
