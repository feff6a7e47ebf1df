"""Bytes -> text, per format. Errors here are the document's, never the batch's."""
from __future__ import annotations

import io
import unicodedata

import ftfy
from ftfy import TextFixerConfig
from charset_normalizer import from_bytes

from ..records import RawDocument


#: Repair mojibake but keep typographic quotes: the quotes stage reads them.
FIXER = TextFixerConfig(uncurl_quotes=False, normalization="NFC")


def fix(text: str) -> str:
    return ftfy.fix_text(text, FIXER).replace("\r\n", "\n").replace("\r", "\n")


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
