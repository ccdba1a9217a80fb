"""Quotation marks paired into quotes: straight or curly, «guillemets», quotes running over paragraphs.

A mark can open when text follows it and it follows a space or punctuation; it can close when it follows
text. News convention lets a quote run over several paragraphs, each reopening with a mark and only the last
closing it. A quote the writer forgot to close ends at ", X said" if one follows (:func:`cut_unclosed`).
A quote woven into the reporter's sentence ("thanked him “for his time”") is *embedded*: not a statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from stance.extract.layout import strip_span
from stance.extract.vocabulary import CLOSE_GLYPHS, DIRECT_RE, DIRECT_VERBS, DQ, OPEN_GLYPHS


@dataclass
class Quote:
    open: int                     # index of the opening mark
    close: int | None             # index of the closing mark (None: never closed)
    pieces: list[tuple[int, int]]  # content spans (one per paragraph it runs over)
    para: int
    embedded: bool = False


def single_quoted(text: str) -> bool:
    """Whether an article quotes with single marks ('We will strike,' she said / ‘...’), as British tabloids do:
    several single opening marks and next to no double ones."""
    doubles = sum(text.count(c) for c in '"“”„')
    return doubles < 2 and len(_SINGLE_OPEN.findall(text)) >= 2


_SINGLE_OPEN = re.compile(r"‘|(?<![^\s(\[—–-])'(?=[A-Za-z0-9])")


def quote_marks(doc, a: int, b: int):
    t = doc.text
    single = doc.single_quotes
    for m in (_SINGLE_MARKS if single else _DOUBLE_MARKS).finditer(t, a, b):
        i = m.start()
        ch = t[i]
        prev = t[i - 1] if i > a else " "
        nxt = t[i + 1] if i + 1 < b else " "
        if single and ch in "'’‘":
            # an apostrophe is no mark: "don't" (a letter on both sides), "workers' pay" (a plural's possessive)
            can_open = ch != "’" and nxt.isalnum() and (prev.isspace() or prev in "([{—–-/:;" or ch == "‘")
            can_close = ch != "‘" and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]—–-") and not (
                prev == "s" and nxt == " " and t[i + 2:i + 3].islower() and not re.match(r"\s+(?:he|she|they|it|said|says|"
                                                                                      r"added|told)\b", t[i + 1:i + 12]))
        else:
            can_open = (not nxt.isspace() and nxt not in ".,;:!?)]" and
                        (prev.isspace() or prev in "([{—–-/:;,.!?" or prev in DQ or ch in OPEN_GLYPHS))
            can_close = (not prev.isspace() and
                         (nxt.isspace() or nxt in ".,;:!?)]—–-'’" or nxt in DQ or ch in CLOSE_GLYPHS))
        if can_open or can_close:
            yield i, can_open, can_close


_DOUBLE_MARKS = re.compile(f"[{DQ}]")
#: In a single-quoted article its double marks are quotes within quotes: only single marks and guillemets pair.
_SINGLE_MARKS = re.compile("['‘’«»]")


def find_quotes(doc) -> list[Quote]:
    quotes: list[Quote] = []
    pending: Quote | None = None
    for pi, (a, b) in enumerate(doc.paras):
        marks = list(quote_marks(doc, a, b))
        cur: Quote | None = None
        if pending is not None:
            if marks and marks[0][0] == a and marks[0][1]:
                # Newspaper convention: a quote running on opens each paragraph and closes only at the end.
                cur = pending
                cur.pieces.append((a + 1, b))
                marks = marks[1:]
            else:
                quotes.append(pending)
            pending = None
        for i, can_open, can_close in marks:
            if cur is None:
                if can_open:
                    cur = Quote(open=i, close=None, pieces=[(i + 1, b)], para=pi)
                continue  # a stray closing mark
            if can_close:
                cur.pieces[-1] = (cur.pieces[-1][0], i)
                cur.close = i
                quotes.append(cur)
                cur = None
            else:  # a new quote opens: the open one lacked its closing mark
                cur.pieces[-1] = (cur.pieces[-1][0], i)
                cut_unclosed(doc, cur)
                quotes.append(cur)
                cur = Quote(open=i, close=None, pieces=[(i + 1, b)], para=pi)
        if cur is not None:
            if cut_unclosed(doc, cur):
                quotes.append(cur)
            else:
                pending = cur
    if pending is not None:
        quotes.append(pending)
    for q in quotes:
        q.pieces = [(s, e) for s, e in (strip_span(doc.text, s, e) for s, e in q.pieces) if e > s]
        if q.pieces:  # the comma before `," she said` belongs to the attribution
            s, e = q.pieces[-1]
            while e > s and doc.text[e - 1] in ", ":
                e -= 1
            q.pieces[-1] = (s, e)
        q.embedded = is_embedded(doc, q)
    return [q for q in quotes if q.pieces]


_COMMA = re.compile(r",\s+")
#: Spaces and punctuation before an attribution: where after_attribution's window opens.
LEAD_PUNCT = re.compile(r"[\s,;:—–-]*")


def cut_unclosed(doc, q: Quote) -> bool:
    """An unclosed quote that contains ", X said." ends at that comma (the writer forgot the mark)."""
    from stance.extract.attribution import (
        after_attribution,  # deferred: attribution imports speakers
    )

    s, e = q.pieces[-1]
    # (an attribution needs a speech verb within its window: commas with none after them are not looked at)
    verbs = [m.start() for m in DIRECT_RE.finditer(doc.text, s, e)]
    if not verbs:
        return False
    for m in _COMMA.finditer(doc.text, s, e):
        at = m.end()
        lead = LEAD_PUNCT.match(doc.text, at, e).end()  # (where after_attribution's window opens, and it is 220 long)
        k = bisect_left(verbs, lead)
        if k == len(verbs) or verbs[k] >= lead + 220:
            continue
        att = after_attribution(doc, at, e, need_stop=True)
        if att is not None:
            q.pieces[-1] = (s, m.start())
            q.close = m.start()  # virtual: the comma stands in for the missing mark
            return True
    return False


def is_embedded(doc, q: Quote) -> bool:
    """A quote woven into a sentence ("thanked him “for his time”") rather than standing as speech."""
    if not q.pieces:
        return False
    a = doc.paras[q.para][0]
    j = q.open - 1
    while j >= a and doc.text[j] in " \t":
        j -= 1
    if j < a:
        return False
    prev = doc.text[j]
    if not (prev.isalnum() or prev in "’'"):
        return False
    # `wrote “God bless ...”`: a speech verb right before a capitalised quote is speech after all
    # (the word before is read only for a capitalised quote)
    if not doc.text[q.pieces[0][0]:q.pieces[0][0] + 1].isupper():
        return True
    m = _LAST_LETTERS.search(doc.text, max(a, j - 30), j + 1)
    return not (m and m.group(1).lower() in DIRECT_VERBS)


_LAST_LETTERS = re.compile(r"([^\W\d_]+)\s*$")
