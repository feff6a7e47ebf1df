"""Line-level cleaning: Markdown artefacts, boilerplate, broken lines.

Scraped articles arrive as lines with furniture around and inside the body.
Each line is judged on general features (length, final punctuation, person,
call-to-action vocabulary, credits, position relative to the body, and
recurrence across documents of the corpus), never on known phrases.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..records import Removal

TERMINAL = ('.', '!', '?', '…', ':', ';', '."', '.”', '?”', '!”', ".'", ".’", '”', '"', "’", ')')
OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_URLISH = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.I)
WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = json.loads(resources.files(__package__).joinpath("boilerplate.json").read_text("utf-8"))
    data["age_notice"] = re.compile(data["age_notice"], re.I)
    data["function_words"] = frozenset(data["function_words"])
    data["cta_verbs"] = frozenset(data["cta_verbs"])
    data["cta_words"] = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, data["cta_words"])) + r")(?!\w)")
    data["credit_markers"] = re.compile("|".join(map(re.escape, data["credit_markers"])))
    # "all-Ireland", "no-Fly" are words; "the-European", "said-Crispin" are not
    data["glue_words"] = (data["function_words"] | frozenset(data["saying_verbs"])) - frozenset(data["compound_openers"])
    data["unhyphened_first"] = frozenset(data["unhyphened_first"])
    data["unhyphened_second"] = frozenset(data["unhyphened_second"])
    data["adverb_endings"] = tuple(data["adverb_endings"])
    data["closed_class_compounds"] = frozenset(data["closed_class_compounds"])
    # "Erdogan-continued his", not "Kremlin-backed separatists"
    data["name_verb_re"] = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)-(?=[a-z]{2,}ed\s+(?:" + "|".join(data["verb_objects"]) + r")\b)")
    return data


@dataclass(slots=True)
class Line:
    start: int  # offset of the raw line in the decoded text
    end: int
    raw: str
    text: str  # with Markdown stripped
    heading: bool = False  # a Markdown heading
    blank_before: bool = True  # starts a new block (paragraph)
    kind: str = "body"  # body | title | byline | date | heading | removed kinds

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)

    @property
    def terminal(self) -> bool:
        return self.text.rstrip().endswith(TERMINAL)

    @property
    def prose(self) -> bool:
        """Looks like running text: a sentence of some length, properly ended."""
        return len(self.words) >= 12 and self.terminal


def strip_markdown(line: str) -> tuple[str, bool]:
    heading = bool(_MD_HEADING.match(line))
    line = _MD_HEADING.sub("", line)
    line = _MD_LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), line)
    for _ in range(2):  # nested emphasis
        line = _MD_EMPH.sub(lambda m: m.group(2) or m.group(3), line)
    return re.sub(r"[ \t]+", " ", line).strip(), heading


def unglue(text: str) -> str:
    """Some scrapes turn the space that joined two pieces of a page (a non-breaking
    space, a line break inside a paragraph) into a hyphen: "said-Crispin", "the-European",
    "de Lima,-an opposition senator", "who was-responsible", "Workers'-Party". A hyphen
    is a space again where no English compound could stand: after a comma, colon,
    bracket, closing quote or full stop of a word (not "U.S.-led"); between a year
    range and a word ("2010-2015-administration"); in a two-part word whose first part
    is a closed-class word that never opens one ("the-outlawed", "was-responsible",
    "from-foreign") or whose second part never closes one ("extradition-from",
    "Republicans-had") or is an adverb ("government-exclusively"); between a name and
    a past form that takes an object ("Erdogan-continued his attacks", not "Kremlin-backed
    rebels"); and after an article, preposition or saying verb before a capitalised
    word ("said-Crispin").
    Compounds of such words ("to-do", "in-depth", "sit-in", "would-be", "has-been",
    "state-of-the-art", "all-Ireland") and prefixes ("anti-", "pro-", "al-") are not
    among them, nor are names ("Kim Jong-un"). After a sentence's or a clause's
    punctuation, a hyphen before the next word's space is dropped ("on Friday.- The")."""
    if "-" not in text:
        return text
    text = _PUNCT_GLUED.sub(" ", text)
    text = _PUNCT_TRAILING.sub("", text)
    text = _YEARS_GLUED.sub(r"\1 ", text)
    words = lexicon()["glue_words"]
    text = _GLUED.sub(lambda m: m[1] + " " if m[1] in words else m[0], text)
    text = lexicon()["name_verb_re"].sub(r"\1 ", text)
    return _PAIR.sub(_unglue_pair, text)


def _unglue_pair(m: re.Match) -> str:
    lex = lexicon()
    first, second = m[1], m[2] or ""
    opens = first.casefold() in lex["unhyphened_first"] and (first.islower() or first.istitle() and len(first) > 1)
    closes = second in lex["unhyphened_second"] and (first.islower() or second not in ("a", "an"))
    if (opens or closes) and f"{first}-{second}".casefold() not in lex["closed_class_compounds"] \
            or len(second) >= 7 and second.endswith(lex["adverb_endings"]):
        return m[0].replace("-", " ", 1)  # not "A-list", "IS-Somalia", "as-is", nor a name's "Jae-an"
    return m[0]


_GLUED = re.compile(r"(?<![\w'’-])([a-z]+)-(?=[A-Z][a-z])")
#: a two-part hyphened word (with its possessive), not part of a longer one ("state-of-the-art",
#: "U.S.-led"), or a word hyphened to an opening quote
_PAIR = re.compile(r"(?<![\w'’.-])([A-Za-z]+)-(?:([A-Za-z]+)(?:['’]s?)?(?![\w'’-])|(?=[\"“]))")
_PUNCT_GLUED = re.compile(r"(?:(?<=\w[,;:)\]’'”])|(?<=\w\")|(?<=\w[,.!?;:][\"”])|(?<=\.\.\.)|(?<=…)|(?<=[a-z]{2}\.))"
                          r"-(?=[A-Za-z\"“])")
_PUNCT_TRAILING = re.compile(r"(?:(?<=\S[.!?,;:])|(?<=[.!?,][\"”’]))-(?=\s|$)")
_YEARS_GLUED = re.compile(r"(?<![\w-])(\d{4}-\d{2}(?:\d{2})?)-(?=[a-z]{3,}\b)")
#: a run of dashes that parts two sections of a page ("- - - - - -", "------------"), not a dash
#: in a sentence ("were -- surprise --- the ones")
_SEPARATOR = re.compile(r"[ \t]*(?:-(?:[ \t]+-[ \t]*-|[ \t]*-[ \t]+-)[ \t-]*|(?:(?<=[.!?\"”)])[ \t]*|^)-{3,}[ \t-]*"
                        r"|-{6,}[ \t-]*|-{3,}[ \t]*$)")


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos, blank = 0, True
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped, heading = strip_markdown(raw)
        stripped = unglue(_SEPARATOR.sub("\n\n", stripped)).strip()
        if not stripped:
            blank = True
            continue
        out.append(Line(start, end, raw, stripped, heading, blank))
        blank = False
    return out


def line_key(text: str) -> str:
    """Normalised hash of a line, to spot template lines recurring across documents."""
    norm = re.sub(r"\W+", " ", text.casefold()).strip()
    return hashlib.blake2b(norm.encode(), digest_size=8).hexdigest()


def template_candidates(lines: list[Line]) -> list[str]:
    """Keys of lines worth counting across documents: short lines in the head
    or tail of a document, where templates live (quotes recurring in bodies
    across outlets must not count)."""
    n = len(lines)
    edge = max(3, n // 6)
    return [line_key(l.text) for i, l in enumerate(lines) if (i < edge or i >= n - edge) and len(l.text) < 300]


def classify(line: Line, position: str) -> str | None:
    """The boilerplate kind of one line, or None if it may be content.

    ``position`` is ``head`` (before the body), ``body`` or ``tail`` (after it).
    """
    lex = lexicon()
    text = line.text
    low = text.casefold()
    words = line.words
    if lex["age_notice"].search(low):
        return "age-notice"
    if _URLISH.match(text) or (len(words) <= 3 and re.search(r"\w\.(?:com|org|net|co\.uk)\b", low)):
        return "link"
    credit = bool(lex["credit_markers"].search(low))
    if credit and len(words) <= 40:  # captions are short; a long line with a credit is an article
        return "caption"
    cta_hits = len(lex["cta_words"].findall(low))
    first = words[0].casefold() if words else ""
    second_person = bool(re.search(r"\b(you|your|us|our)\b", low))
    imperative = first in lex["cta_verbs"] and not line.terminal or first in lex["cta_verbs"] and len(words) <= 12
    if cta_hits and (len(words) <= 12 or (second_person and len(words) <= 40)):
        return "call-to-action"
    if imperative and (second_person or cta_hits or len(words) <= 6) and position != "body":
        return "call-to-action"
    if position in ("head", "tail") and not line.prose:
        if re.fullmatch(r"[\W\d]*\d[\W\d]*|(?:\w+\s){0,2}\d[\d,.]*", text):
            return "navigation"
        return "header" if position == "head" else "footer"
    return None


def is_duplicate_caption(line: Line, neighbour: Line | None) -> bool:
    """Scrapers often keep an image's alt text and its caption: two near-identical lines."""
    if neighbour is None or line.prose and neighbour.prose:
        return False
    a, b = (re.sub(r"\W+", "", t.casefold()) for t in (line.text, neighbour.text))
    short, long_ = sorted((a, b), key=len)
    return len(short) > 20 and long_.startswith(short[: int(len(short) * 0.8)])


def _quote_balance(text: str) -> int:
    """Open minus closed quotation marks (curly marks, and straight ones by parity)."""
    curly = sum(text.count(c) for c in OPEN_QUOTES) - sum(text.count(c) for c in CLOSE_QUOTES)
    return curly + (text.count('"') % 2)


def _first_quote_closes(text: str) -> bool:
    for i, c in enumerate(text):
        if c in OPEN_QUOTES:
            return False
        if c in CLOSE_QUOTES:
            return True
        if c == '"':
            return i > 0 and not text[i - 1].isspace()
    return False


def continues(prev: str, nxt: str) -> bool:
    """Was a sentence (or a quotation) broken between these two text blocks?"""
    words = WORD.findall(prev[-300:])  # the tail decides; scanning a growing paragraph is quadratic
    if len(words) < 6:
        return False
    if _quote_balance(prev) > 0 and _first_quote_closes(nxt):
        return True
    if prev.rstrip().endswith(TERMINAL):
        return False
    head = nxt.lstrip()[:1]
    if head.islower() or head.isdigit() or head in CLOSE_QUOTES:
        return True
    return words[-1].casefold() in lexicon()["function_words"] or prev.rstrip().endswith((",", "—", "–", "-"))


def repair(lines: list[Line]) -> str:
    """Join kept lines into paragraphs, re-joining sentences broken by the scrape."""
    paragraphs: list[str] = []
    for line in lines:
        text = line.text
        if paragraphs and line.kind == "body" and (not line.blank_before or continues(paragraphs[-1], text)):
            prev = paragraphs[-1]
            if not line.blank_before and prev.rstrip().endswith(TERMINAL) and not text[:1].islower() and not continues(prev, text) and len(WORD.findall(prev[-300:])) < 8:
                paragraphs.append(text)  # a short line of its own (a heading, a list item)
                continue
            if prev.endswith("-") and text[:1].islower() and not prev.endswith(" -"):
                paragraphs[-1] = prev[:-1] + text  # hyphenation across a line break
            else:
                paragraphs[-1] = prev.rstrip() + " " + text
        else:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def removal(line: Line) -> Removal:
    return Removal(kind=line.kind, text=line.raw.strip(), start=line.start, end=line.end)
