"""Furniture run into the prose: credits, teasers, share bars, signatures, datelines.

Many scrapes flatten a page into one paragraph, so what would be a line of its own
(a "READ MORE:" teaser, a correction notice, a wire dateline, an editor's initials
with the agencies used) sits inside a paragraph, glued to real sentences. Each is
found by its form (a label and a colon, initials before agencies in parentheses, a
credit sentence made only of names and credit words, a run of share-network names,
a related story's date in parentheses after a full stop, a picture gallery's captions
between the mark the page left before them and the gallery's own signature),
never by its words in a particular story; where its extent is uncertain, less is
taken rather than a sentence of the article.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lines as L
from .metadata import DATE, MONTHS, MON, is_name

#: Separators a scrape leaves before a credit: a dash, or its mojibake ('"?', '"��?').
_LEAD = r"(?:(?<=\s)|^)[\"“”?\ufffd—–-]{0,4}\s*"
#: ".-": a scraped non-breaking dash; '."?He': a closing quote and a space lost to mojibake
_END = re.compile(r"[.!?…](?:[\"”][?\ufffd](?=[A-Z\"“])|[\"”’')\]]*(?:-(?=\s))?(?=\s|$))")
_URL = r"(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|de|ru|info|ly|ws|cn)(?:/\S*)?)"
_HANDLE = r"@\w+"
_NAME_TOKEN = r"[A-ZÀ-Þ][\w'’.-]*"
_NAME_SEQ = rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|van|von|de|da|del|di|du|al|el|bin|le|la))*"


@dataclass(slots=True)
class Found:
    start: int
    end: int
    kind: str


@dataclass(slots=True)
class Furniture:
    spans: list[Found] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _lex() -> dict:
    lex = dict(L.lexicon())
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    lex["teaser_re"] = re.compile(rf"(?:(?<=[\s.!?\"”’)-])|^)(?:{alt(lex['teaser_labels'])})\s*:[\s-]*")
    lex["correction_re"] = re.compile(rf"(?:(?<=[\s.!?\"”’)\[-])|^)(?:{alt(lex['correction_labels'])})\s*:\s*")
    agencies = alt(lex["news_agencies"])
    lex["agencies_re"] = rf"\((?:{agencies})(?:\s*[,/;]\s*(?:{agencies}))*\)"
    nets = alt(lex["share_networks"])
    lex["share_nets"] = tuple(n.casefold() for n in lex["share_networks"])
    lex["share_re"] = re.compile(
        rf"(?:\b(?:Send|Share)\s+)?(?:(?:{nets})\s+){{3,}}(?:Permalink\s+{_URL})?|\bPermalink\s+{_URL}"
        rf"|\bShare this with(?:\s+(?:{nets}))*(?:\s+Copy this link)?(?=\s+(?-i:[A-Z]))", re.I)
    lex["reader_verbs"] = frozenset(lex["reader_verbs"])
    lex["disclaimer_re"] = re.compile(lex["disclaimer"], re.I)
    lex["ui_re"] = re.compile("|".join(map(re.escape, lex["ui_notices"])))
    lex["saying_re"] = re.compile(rf"\b(?:{'|'.join(lex['saying_verbs'])})\b")
    lex["starters"] = frozenset(lex["sentence_starters"])
    lex["starter_prepositions"] = frozenset(lex["sentence_starter_prepositions"])
    lex["adverbs"] = frozenset(lex["sentence_adverbs"])
    lex["credit_words"] = frozenset(lex["credit_words"])
    lex["self_reference"] = re.compile(lex["self_reference"], re.I)
    # a title or initial before a full stop that does not end the sentence
    lex["abbrev_re"] = re.compile(rf"(?:\b(?:{'|'.join(lex['abbreviations'])})|(?<![\w.])[A-Z]|\b[A-Z]\.[A-Z])$")
    place = rf"(?:St\.?\s+)?{_PLACE}(?:\s*/[^/\n]{{2,40}}/|\s*\([^)\n]{{2,40}}\))?"  # "INCHEON /Republic of Korea/"
    day = rf"[,.]\s*(?:{MONTHS}|{MON})\s+\d{{1,2}}(?:,\s*\d{{4}})?\.?,?"
    lex["dateline_re"] = re.compile(
        # a wire's slashes after the day: "MURMANSK. February 7. /TASS/.", "/TASS, Writer Name/.",
        # "NORTH READING, Mass., Feb. 8, 2017 /PRNewswire/."
        rf"^{place}(?:,\s*[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){{0,3}})?{day}\s*/\s*[A-Z][\w-]*[^/\n]{{0,60}}/\.?-?\s*"
        rf"|^{place}(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*)?(?:{day})?"
        rf"(?:\s+\((?:{'|'.join(lex['dateline_agencies'])})\)\s*[\"“”?\ufffd—–-]+"
        # no agency named: "KINSHASA, Congo —", "WASHINGTON -House lawmakers": a place of four
        # letters or more, then the sentence, capitalised ("US — China trade" is no dateline)
        rf"|(?<=[A-Za-z.]{{4}})\s*(?:—|–|--)\s*(?=[A-Z“\"])|(?<=[A-Za-z.]{{4}})\s+-\s*(?=[A-Z][a-z]))\s*"
        # the outlet in parentheses closed against the first word: "(CNN)A federal judge",
        # "Washington (CNN)Vice President": prose puts a space after a parenthesis
        rf"|^(?:{place}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*\([A-Z][A-Za-z ]{{1,20}}\)(?=[A-Z“\"])")
    lex["gallery_pointer_re"] = re.compile(lex["gallery_pointer"], re.I)
    lex["news_time_re"] = re.compile(lex["news_time"])
    say = f"(?:{'|'.join(lex['saying_verbs'])})"
    lex["quotation_lead_re"] = re.compile(rf"\b(?:{say}|{'|'.join(lex['quotation_leads'])})$")
    lex["quotation_close_re"] = (re.compile(rf"[^\"“”]{{10,600}}?,[\"”]\s+[A-Z][^\"“”.]{{0,150}}?\b{say}\b"),
                                 re.compile(rf"[^\"“”]{{10,600}}?[,.][\"”]\s*{say}\b"))
    return lex


@lru_cache(maxsize=8)  # each kind of furniture reads the same block's sentences
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Rough sentence spans: enough to tell where a credit or a notice begins and ends."""
    abbrev = _lex()["abbrev_re"]
    out, start = [], 0
    for m in _END.finditer(text):
        if text[m.start()] == "." and abbrev.search(text, max(0, m.start() - 6), m.start()):
            continue  # "Sen. Leila de Lima", "Maj. Gen. Joseph Ponde", "U.S."
        out.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        out.append((start, len(text)))
    return tuple((a, b) for a, b in out if text[a:b].strip())


def find(text: str, first: bool = False) -> Furniture:
    """Furniture inside one block of text; ``first`` when the block opens the article
    (where a wire dateline stands)."""
    found = Furniture()
    spans = found.spans
    if first:
        spans += _dateline(text)
    spans += _share_bars(text)
    spans += _teasers(text)
    spans += _dated_teasers(text)
    spans += _galleries(text)
    spans += _signatures(text, found.authors, spans)
    spans += [Found(m.start(), m.end(), "edition") for m in _EDITION.finditer(text)]
    for a, b in sentences(text):
        # the pieces of the sentence around furniture found already are read as sentences
        cuts = sorted({a, b} | {x for s in spans for x in (s.start, s.end) if a < x < b})
        for x, y in zip(cuts, cuts[1:]):
            if not text[x:y].strip() or any(s.start <= x < s.end for s in spans):
                continue
            s = text[x:y]
            kind = _credit(s) or _follow(s, found.authors) or _cta(s) or _disclaimer(s) or _pointer(s)
            if kind:
                spans.append(Found(x, y, kind))
    spans += _corrections(text, spans)
    spans += _captions(text, spans)
    spans += _headings(text, spans)
    found.spans = _merge(spans)
    return found


#: Spans set apart as a paragraph of their own, not removed: a subheading is the article's
#: own words in the wrong place; a credit, signature or dateline names the writers, agencies
#: and place of the story, which readers (and actor gold) count as its actors. Only the
#: prose they were glued to is freed of them.
KEPT = frozenset({"heading", "credit", "signature", "dateline"})


def strip(text: str, spans: list[Found]) -> str:
    """The text without the removed spans, pieces joined by one space; a subheading
    glued to the next sentence becomes a paragraph of its own, as a heading on its
    own line is kept (section headings are the article's content)."""
    pieces, pos = [], 0
    for s in sorted(spans, key=lambda s: s.start):
        pieces.append(text[pos:s.start].strip())
        if s.kind in KEPT:
            pieces.append("\n\n" + text[s.start:s.end].strip() + "\n\n")
        pos = max(pos, s.end)
    pieces.append(text[pos:].strip())
    joined = " ".join(p for p in pieces if p.strip())
    return re.sub(r"(?:[ \t]*\n\n[ \t]*)+", "\n\n", re.sub(r"[ \t]{2,}", " ", joined)).strip()


def _untaken(text: str, taken: list[Found]) -> list[tuple[int, int, str]]:
    """The sentences (start, end, text) that no span found so far begins over: each kind
    of furniture is looked for only in what the others left."""
    return [(a, b, text[a:b]) for a, b in sentences(text) if not any(t.start <= a < t.end for t in taken)]


def _after_gallery(text: str, taken: list[Found]) -> list[tuple[int, int, str]]:
    """The rest of a sentence after a picture gallery that ended inside it (start, end,
    text): the article goes on there, often with a subheading ("Author: Ana Diaz Trump
    at odds with UN Under the ...")."""
    galleries = [t for t in taken if t.kind == "gallery"]
    out = []
    for a, b in sentences(text) if galleries else ():
        for t in galleries:
            x = t.end + len(text[t.end:b]) - len(text[t.end:b].lstrip())
            if a < t.end and x < b and not any(u.start <= x < u.end for u in taken):
                out.append((x, b, text[x:b]))
    return out


def _merge(spans: list[Found]) -> list[Found]:
    out: list[Found] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            out[-1].end = max(out[-1].end, s.end)
        else:
            out.append(Found(s.start, s.end, s.kind))
    return out


# -- datelines ---------------------------------------------------------------

_PLACE = r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*"


def _dateline(text: str) -> list[Found]:
    """ "MOSCOW, March 3. /TASS/.", "CARACAS, Venezuela (AP) —": the place and day the
    wire filed from, before the first sentence. The contract has no field for the
    place, and the day has no year: it is recorded as a removal."""
    m = _lex()["dateline_re"].match(text)
    return [Found(0, m.end(), "dateline")] if m and m.end() < len(text) else []


# -- share bars, teasers -----------------------------------------------------

def _share_bars(text: str) -> list[Found]:
    lex, low = _lex(), text.casefold()
    if "permalink" not in low and "share this" not in low and sum(n in low for n in lex["share_nets"]) < 3:
        return []  # the bar needs three networks or a permalink: skip the costly pattern
    return [Found(m.start(), m.end(), "share") for m in lex["share_re"].finditer(text)]


def _teasers(text: str) -> list[Found]:
    """A "READ MORE:" / "RELATED:" label and the headline it introduces. The headline
    has no full stop: it ends where a sentence plainly starts (a capitalised pronoun,
    article or preposition, an opening double quote, the next label, after a question
    mark), or at a capitalised word after a quoted phrase closes. Failing those, at
    the first capitalised word after a lowercase content word within a headline's
    length (``headline_words``: "The day X was ousted Park had ..."). That is the last
    resort: a sentence that starts with a title and a name ("Senate leader Mitch
    McConnell praised Sessions") would lose its title with the headline. With no such
    place, only the label goes."""
    lex = _lex()
    out = []
    labels = list(lex["teaser_re"].finditer(text))
    for n, m in enumerate(labels):
        limit = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        url = re.match(rf"{_URL}\s*", text[m.end():limit])
        if url:
            out.append(Found(m.start(), m.end() + url.end(), "teaser"))
            continue
        end = _headline_end(text, m.end(), limit)
        out.append(Found(m.start(), end if end is not None else m.end(), "teaser"))
    return out


#: A related story's date in parentheses, standing after a sentence's end: "... in Libya. (03.02.2017)".
_TEASER_DATE = re.compile(rf"(?<=[.!?\"”’'])\s*\((?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|{DATE})\)(?=\s+[^\s,.;:)]|\s*$)")


def _dated_teasers(text: str) -> list[Found]:
    """Teasers of related stories run into the prose, each a short standfirst ending in
    its date in parentheses ("... rights groups warn. (03.02.2017) The Libyan camps
    ..."): prose puts a parenthesis before its full stop, never a bare date after it.
    Between two such dates lies one teaser whole. Where a run of them begins, the
    teaser is read backwards, sentence by sentence, only as far as a teaser's length
    (``teaser_chars``) allows: a sentence that would make it longer is the article's."""
    cap = _lex()["teaser_chars"]
    out: list[Found] = []
    for m in _TEASER_DATE.finditer(text):
        end = m.start()
        if out and end - out[-1].end <= cap:
            out.append(Found(out[-1].end, m.end(), "teaser"))
            continue
        start = end
        for a, b in reversed(sentences(text[:end])):
            if end - a > cap or (out and a < out[-1].end):
                break
            start = a
        if start < end:
            out.append(Found(start, m.end(), "teaser"))
    return out


_TOKEN = re.compile(r"\S+")


def _headline_end(text: str, start: int, limit: int) -> int | None:
    lex = _lex()
    tokens = [(t.start(), t.group()) for t in _TOKEN.finditer(text, start, limit)]
    if limit < len(text) and len(tokens) <= 25 and not _END.search(text, start, limit):
        return limit  # the next label ends this headline
    fallback = named = None
    single = 0
    comma = False
    for i, (pos, tok) in enumerate(tokens[:26]):
        prev = tokens[i - 1][1].rstrip("-") if i else ""
        if prev.rstrip("\"”'’").endswith(("?", "!")) and i >= 3 and (tok[:1].isupper() or tok[:1] in "\"“"):
            return pos  # "OPINION: Are Arabs white? Once, ...": a headline may end in a question
        if prev.endswith((".", "!", "?")) and not lex["abbrev_re"].search(prev[:-1]):
            break  # a full stop: past it is prose, not a headline
        comma = comma or prev.endswith(",")
        if i >= 3 and single % 2 == 0:
            prev = tokens[i - 1][1]
            prev_ok = prev[-1:].isalnum() and prev.casefold() not in lex["function_words"] \
                or prev.endswith(("'", "’"))
            word = tok.strip("\"“")
            if prev_ok and (tok[0] in "\"“" and word[:1].isupper()
                            or word in lex["starters"] and _lower_next(tokens, i)):
                return pos
            if fallback is None and not comma and prev.endswith(("'", "’")) and word[:1].isupper():
                fallback = pos  # after a quoted phrase closes: "... to 'Nazi practices' Turkish officials"
            if named is None and i <= lex["headline_words"] and prev[:1].islower() and prev_ok and word[:1].isupper():
                named = pos  # "The day X was ousted Park had ...": a capital after a content word
        if tok[0] in "'‘" and len(tok) > 1:
            single += 1
        bare = tok.rstrip(",.:;?!")
        if len(bare) > 1 and bare[-1] in "'’" and (single % 2 or not bare[-2:-1] == "s"):
            single += 1  # a closing quote, not the possessive of "protesters'"
    return fallback if fallback is not None else named


def _lower_next(tokens: list[tuple[int, str]], i: int) -> bool:
    """An article or pronoun starts a sentence when a lowercase word follows ("The
    international community", not "The Hague"); a preposition may take a name."""
    if tokens[i][1] in _lex()["starter_prepositions"]:
        return True
    nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
    return nxt[:1].islower() or nxt[:1].isdigit() or tokens[i][1].endswith(",")


# -- sentences that are credits, follow-me lines or calls to action ---------

_CONTRIBUTED = re.compile(
    r"^(?P<who>.{3,300}?)\s+contributed(?:\s+reporting)?"
    r"(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article|piece))?"
    r"(?:\s+(?:from|in)\s+[A-Z][^.]{0,60})?\.$")
_REPORTING_BY = re.compile(
    r"^\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited)\s+by\s+[A-Z]")


def _unled(sentence: str) -> str:
    """The sentence without the dash or mojibake a scrape leaves before it, so that a
    form is matched from its first word."""
    return re.sub(rf"^{_LEAD}", "", sentence.strip())


def _credit(sentence: str) -> str | None:
    """ "Associated Press writer X in Kinshasa contributed to this report.": a sentence
    whose subject is only names and credit words ("writer", "reporter", "News'")."""
    s = _unled(sentence)
    if _REPORTING_BY.match(s):
        return "credit"
    m = _CONTRIBUTED.match(s)
    if not m:
        return None
    words = re.findall(r"[\w'’-]+", m["who"])
    lex = _lex()
    if all(w[:1].isupper() or w.casefold().strip("'’") in lex["credit_words"] for w in words):
        return "credit"
    return None


_FOLLOW = re.compile(
    rf"^(?:You\s+can\s+)?[Ff]ollow\s+(?P<who>{_NAME_SEQ})(?:\s+on\s+(?:Twitter|Facebook|Instagram|X)\b"
    rf"|(?:\s+on\s+{_NAME_SEQ})?(?=[\s:]*(?:at\s*)?(?:{_URL}|{_HANDLE})))"  # "on Al Jazeera: @handle": the outlet's account
    rf"(?:[\s:-]*(?:at\s*:?\s*)?(?:{_HANDLE}|{_URL}))*"
    rf"(?:\s*(?:,|and)\s*(?:(?:{_NAME_SEQ})\s+)?(?:on\s+)?(?:at\s*)?"
    rf"(?:{_HANDLE}|{_URL}|Facebook|Instagram|Twitter))*\s*[.-]*$")


def _follow(sentence: str, authors: list[str]) -> str | None:
    """ "Follow Umut Uras on Twitter: @Um_Uras": the writer's handle; a full name is the author."""
    s = _unled(sentence)
    m = _FOLLOW.match(s)
    if not m:
        return None
    who = m["who"].strip()
    if is_name(who) and who not in authors:
        authors.append(who)
    return "credit"


def _cta(sentence: str) -> str | None:
    """A short sentence speaking to the reader about the site ("Do you have information you
    want to share with X? Here's how.", "Visit cnn.com/golf for more news"); never one
    with a quotation in it, which is someone's words."""
    s = sentence.strip()
    if re.search(r"[\"“”«»]", s):
        return None
    words = L.WORD.findall(s)
    if not words or len(words) > 20:
        return None
    lex = _lex()
    low = re.sub(rf"{_URL}|{_HANDLE}", " ", s.casefold())  # "pic.twitter.com/x" names no call to action
    hits = lex["cta_words"].findall(low)
    second = re.search(r"\b(?:you|your)\b", low)
    imperative = words[0].casefold() in lex["cta_verbs"]
    link = re.search(rf"{_URL}|{_HANDLE}|\S+@\S+\.\w+", s)
    if hits and (second or imperative) or imperative and link:
        return "call-to-action"
    if len(words) <= 12 and lex["ui_re"].search(low):
        return "call-to-action"  # "Media playback is not supported on this device"
    return None


_PICTURE_WORDS = ("galler", "picture", "photo", "image", "slide")  # stems the gallery_pointer words share


def _pointer(sentence: str) -> str | None:
    """ "Click through the gallery above for our favourite films.", "The gallery below
    revisits the school's painters.": the page pointing its reader to its pictures;
    never a sentence with a quotation in it."""
    low = sentence.lower()  # most sentences name no pictures: a substring test first
    if not any(w in low for w in _PICTURE_WORDS) or not _lex()["gallery_pointer_re"].search(sentence):
        return None
    return None if re.search(r"[\"“”«»]", sentence) or len(L.WORD.findall(sentence)) > 30 else "call-to-action"


#: A print edition's reference: "(The Daily Planet Weekly 01/27/2017 page25)", "(Planet, 3 May 2017, p. 4)".
_EDITION = re.compile(rf"\(\s*(?:[A-Z][\w.&'’-]*,?\s+){{1,6}}(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{DATE}),?\s*(?:page|p\.)\s*[A-Z]?\d+\s*\)")


def _disclaimer(sentence: str) -> str | None:
    """ "The views expressed in this article are the author's own and do not necessarily
    reflect X's editorial policy.", "X is not responsible for the material quoted": the
    page disowning what it prints, said by no one in the story."""
    if "view" not in sentence and "responsible" not in sentence and "View" not in sentence:
        return None
    s = _unled(sentence)
    if len(L.WORD.findall(s)) > 40 or re.search(r"[\"“”«»](?![?\ufffd])", s) or _lex()["saying_re"].search(s):
        return None
    return "disclaimer" if _lex()["disclaimer_re"].search(s) else None


def tail_furniture(sentence: str, run: bool) -> bool:
    """Is this sentence, at the end of the article, the page speaking to its reader
    ("Do you have information you want to share with X? Here's how.", "Subscribe,
    choose the community ... Learn more", "If you have a story suggestion email X")?
    Sentences are read backwards from the end; ``run`` when furniture already follows,
    where a question to the reader ("How will X impact you?") is the teaser of a
    box. The end of an article is where pages put these, so a longer sentence than
    inside the prose may go, but never one with a quotation or a saying verb in it:
    that is someone's words, not the page's."""
    s = _unled(sentence)
    if not s or re.search(r"(?<=[.!?,])[\"“”«»]|[\"“”«»](?![?\ufffd])", s):
        return False  # a quotation is someone's words; '"?' after a word is a dash's mojibake
    words = L.WORD.findall(s)
    if not words or len(words) > 45:
        return False
    lex = _lex()
    email = re.search(r"\S+@\S+\.\w+", s)
    embed = r"\S*(?:t\.co|pic\.twitter\.com|/status)/\S*"  # a post quoted in the story, not a link to follow
    low = re.sub(rf"{embed}|{_URL}|{_HANDLE}|\S+@\S+\.\w+", lambda m: " embed " if re.fullmatch(embed, m.group()) else " link ", s.casefold())
    if lex["saying_re"].search(low):
        return False
    hits = lex["cta_words"].findall(low)
    second = re.search(r"\b(?:you|your)\b", low)
    verbs = [w for w in L.WORD.findall(low) if w in lex["reader_verbs"]]
    link = " link " in low
    if hits and (second or len(words) <= 4 or words[0].casefold() in lex["cta_verbs"]):
        return True
    if second and (email or verbs and (link or re.search(r"\b(?:us|our|please)\b", low) or s.endswith("?"))):
        return True  # "Please include a contact number if you ...": not advice in the story ("Don't share ...")
    if link and verbs and len(words) <= 25:
        return True  # "For more ideas, information and inspiration, visit bbc.co.uk/getinspired"
    return run and bool(second) and s.rstrip().endswith("?") and len(words) <= 15


# -- picture galleries --------------------------------------------------------

_NAME_WORD = r"[A-ZÀ-Þ][^\s,/()]*"  # a scrape's mojibake may stand inside a name: "K?dding-Zurm��hlen"
_PARTICLE = r"(?:van|von|de|da|del|der|di|du|al|el|bin|le|la|Van|Von|De)"
#: Two name words, and a lowercase particle's surname after them ("Elisabeth Yorck von Wartenburg").
_GALLERY_NAME = rf"{_NAME_WORD}(?:\s+{_PARTICLE})?\s+{_NAME_WORD}(?:\s+{_PARTICLE}\s+{_NAME_WORD})?"
#: A gallery's own signature after its last caption: "Author: Name Surname[, Name Surname][ / initials]".
#: Two name words each: the article goes on after it ("Author: Ana Diaz Trump at odds with UN").
_GALLERY_SIGNED = re.compile(
    rf"(?:(?<=[\s.!?\"”’)-])|^)Author\s*:\s*{_GALLERY_NAME}(?:\s*(?:,|and|&)\s*{_GALLERY_NAME})*"
    rf"(?:\s*/\s*[a-z]{{1,4}}\b|\s*\([a-z]{{1,4}}\))?")
#: Where a page sets a gallery apart from the article before it: the wire signature that closed
#: the article ("ls/sms (AP, AFP)"), or the lone dash that the gallery's title left ("...
#: revoked. - United Nations Resolution 242 ..."). Not a share bar: DW prints one mid-article.
_GALLERY_START = re.compile(
    r"(?P<signed>[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})+\s*-?\s*\([A-Za-z][\w ,/;-]{0,40}\))"
    r"|(?<=[.!?\"”’])(?:-*\s+-|-{2,})\s+(?=[A-Z\"“])|\n\n")  # a run of dashes became a paragraph break


def _galleries(text: str) -> list[Found]:
    """A picture gallery run into the prose (DW's slideshows: a dozen captions, a
    timeline's dates, each picture's heading lost): it ends in its own signature
    ("Author: X"), after which the article goes on. Its captions are the page's,
    told in no voice of the story, and read as news they give a confident event for
    each picture. It begins where the page set it apart (see ``_gallery_start``),
    never more than a gallery's length (``gallery_chars``) before its signature.
    Where the page left no mark, the gallery stays, its signature too: captions and
    an article's background prose read alike, and a sentence of the article is worth
    more."""
    if "Author" not in text:
        return []
    cap = _lex()["gallery_chars"]
    out: list[Found] = []
    floor = 0
    for m in _GALLERY_SIGNED.finditer(text):
        start = _gallery_start(text, max(floor, m.start() - cap), m.start())
        if start < m.start():
            out.append(Found(start, m.end(), "gallery"))
        floor = m.end()
    return out


def _gallery_start(text: str, lo: int, hi: int) -> int:
    """Where the gallery signed at ``hi`` begins: at the last mark the page left after
    ``lo`` (a wire signature, a lone dash, a sentence pointing to "the gallery
    below"), and never before the last sentence of the story's own news (its day,
    "on Tuesday", "this week"), which no caption written to be shown for months
    has; ``hi`` when there is none."""
    lex = _lex()
    spans = [(a, b, text[a:b]) for a, b in sentences(text[:hi]) if b > lo]
    for a, b, s in reversed(spans):
        if lex["news_time_re"].search(s):
            lo = max(lo, b)
            break
    spans = [(a, b, s) for a, b, s in spans if a >= lo]
    marks = [m.end() if m["signed"] else m.start() for m in _GALLERY_START.finditer(text, lo, hi)]  # the dash goes
    marks += [a for a, _, s in spans if (m := lex["gallery_pointer_re"].search(s)) and m["below"]]
    start = max(marks, default=hi)
    if _subheaded(text[start:hi]):
        return hi  # the article's own sections: the mark was a dash in its prose
    return start + len(text[start:hi]) - len(text[start:hi].lstrip())  # not the signature's own space


def _subheaded(text: str) -> bool:
    """Does a subheading stand glued inside this text ("... is controversial In Lower
    Saxony, 75 percent ...")? A sentence's first word (an article, pronoun or
    preposition) right after a lowercase content word, with no punctuation between,
    is where a heading ended; a gallery's captions lost theirs in the scrape."""
    lex = _lex()
    tokens = [(t.start(), t.group()) for t in _TOKEN.finditer(text)]
    for i in range(1, len(tokens) - 1):
        prev, tok = tokens[i - 1][1], tokens[i][1]
        if tok in lex["starters"] and prev[-1:].isalpha() and prev[:1].islower() \
                and prev not in lex["function_words"] and _lower_next(tokens, i):
            return True
    return False


# -- corrections, signatures --------------------------------------------------

def _corrections(text: str, taken: list[Found]) -> list[Found]:
    """A "Correction:" / "Editor's note:" notice, and unlabelled sentences about the
    article itself ("An earlier version of this story misstated ..."). The notice's
    other sentences may restate facts of the story ("A court has ordered her arrest"):
    they stay."""
    lex = _lex()
    out = []
    for a, b, s in _untaken(text, taken):
        label = lex["correction_re"].search(s)
        if label and s[:label.start()].strip(" -\"“”?\ufffd") == "":
            body = s[label.end():]
            if lex["self_reference"].search(body):
                out.append(Found(a, b, "correction"))
        elif lex["self_reference"].match(_unled(s)):
            out.append(Found(a, b, "correction"))
    return out


def _signatures(text: str, authors: list[str], taken: list[Found] = ()) -> list[Found]:
    """An editor's initials with the agencies used ("cw/sms (AFP, Reuters)"), a writer's
    name with them ("Martina Schikowski/cm/sh"), "Author: X": the signature after the
    last sentence; a name in it is the article's author, unless it signs a picture
    gallery (in ``taken``)."""
    lex = _lex()
    galleries = [t for t in taken if t.kind == "gallery"]
    out = []
    initials = r"[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})+"
    named = rf"(?:(?P<name>{_NAME_SEQ})\s*/\s*)?"  # "Martina Schikowski/cm/sh"
    for m in re.finditer(rf"(?:(?<=[\s.!?\"”’)-])|^){named}{initials}\s*-?\s*{lex['agencies_re']}[\s-]*", text):
        out.append(Found(m.start(), m.end(), "signature"))
        _author(m["name"], authors)
    tail = re.search(rf"(?<=[.!?\"”’)-])\s+{named}(?P<ini>{initials})[\s.-]*$", text)
    if tail and not (set(re.split(r"\s*/\s*", tail["ini"])) & lex["function_words"]):
        out.append(Found(tail.start(), len(text), "signature"))
        _author(tail["name"], authors)
    labels = "|".join(map(re.escape, lex["signature_labels"]))
    names = rf"(?P<names>{_NAME_SEQ}(?:\s*(?:,|and|&)\s*{_NAME_SEQ})*)"
    for m in re.finditer(rf"(?:(?<=[.!?\"”’)-])\s*|^)(?:{labels})\s*:[\s-]*{names}\s*$", text):
        if any(g.start < m.end() and m.start() < g.end for g in galleries):
            continue
        out.append(Found(m.start(), len(text), "signature"))
        for name in re.split(r"\s*(?:,|\band\b|&)\s*", m["names"]):
            _author(name, authors)
    source_word = r"(?:[A-Z][\w'’&.-]*|and|news|agencies)"
    src = re.search(rf"(?<=[\s.!?\"”’)-])Source\s*:[\s-]*{source_word}(?:\s+{source_word}){{0,6}}[\s.-]*$", text)
    if src:
        out.append(Found(src.start(), len(text), "credit"))
    return out


def _author(name: str | None, authors: list[str]) -> None:
    if name and is_name(name.strip()) and name.strip() not in authors:
        authors.append(name.strip())


# -- captions and headings glued to the next sentence ---------------------------

def _captions(text: str, taken: list[Found]) -> list[Found]:
    """A photo caption glued before a quotation: a run of words without a full stop
    that ends in a lowercase word right before an opening quote which then closes a
    sentence attributed to someone ('... cling to power "The increasing trend ... is
    worrying," Ames told DW.'). Prose introduces a quotation with a verb, a comma or
    a colon; a caption just stops."""
    lex = _lex()
    out = []
    for a, _, s in _untaken(text, taken):
        m = re.search(r"(?<=[a-z])\s+[\"“](?=[A-Z])", s)
        if not m or m.start() < 15:
            continue
        head = s[:m.start()]
        words = head.split()
        if len(words) < 4 or re.search(r"[,:;\"“”]", head) or lex["quotation_lead_re"].search(head):
            continue
        rest = text[a + m.end():]
        if any(close.match(rest) for close in lex["quotation_close_re"]):
            out.append(Found(a, a + m.start(), "caption"))
    return out


def _headings(text: str, taken: list[Found]) -> list[Found]:
    """A subheading glued to the sentence after it ("Church abandons peace talks The
    political crisis has also escalated", "Talks stall in Geneva Meanwhile, the
    army ..."): a short run of words, no punctuation, at the start of a sentence, then
    a capitalised article or pronoun followed by a lowercase word, or a sentence
    adverb and its comma, which inside a sentence only a title would have. The word
    before may be a name ("Trouble on the Peninsula The move ..."): a title of a work
    capitalises the word after its article too ("Rock The World"). A longer run is a
    photo caption or a standfirst glued the same way ("Navalny was sentenced to 15
    days in jail for his role in the protests The man behind ..."): it is the page's
    words too, set apart so that the sentence after it parses on its own."""
    lex = _lex()
    out = []
    for a, _, s in _untaken(text, taken) + _after_gallery(text, taken):
        if not s[:1].isupper():
            continue
        punct = _HEAD_PUNCT.search(s)  # the head has none: only words before it count
        limit = punct.start() if punct else len(s)
        tokens = [(t.start(), t.group()) for t in itertools.islice(_TOKEN.finditer(s), 32)]
        for i in range(2, min(len(tokens) - 1, 31)):
            (pos, tok), prev = tokens[i], tokens[i - 1][1]
            if pos > limit:
                break
            word_before = (prev[-1:].isalpha() or prev.endswith(("'", "’"))) and prev.casefold() not in lex["function_words"]
            restart = tok in lex["starters"] and tokens[i + 1][1][:1].islower() or tok[:-1] in lex["adverbs"] and tok[-1] == ","
            if word_before and restart:
                out.append(Found(a, a + pos, "heading"))
                break
    return out


_HEAD_PUNCT = re.compile(r"[,;:\"“”()]")
