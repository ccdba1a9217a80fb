"""Paragraphs and sentences of an article, as character spans."""

from __future__ import annotations

import re

from stance.extract.vocabulary import ABBREVIATIONS, DQ


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: one a line, unless the text is hard-wrapped into blank-line-separated blocks."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    # (a block: lines up to a blank one; written as runs of a line's characters, which the regex engine takes fast)
    blocks = [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*", text)]
    multi = [blk for blk in blocks if "\n" in text[blk[0]:blk[1]]]
    wrapped_lines = sum(text[a:b].count("\n") for a, b in multi)
    if len(multi) >= 2 and wrapped_lines >= 0.6 * max(len(lines) - len(blocks), 1) and wrapped_lines >= 4:
        inner = [x.rstrip() for blk in multi for x in text[blk[0]:blk[1]].split("\n")[:-1]]
        # wrapped lines break mid-sentence; lines that each end a sentence are paragraphs of their own
        if inner and sum(35 <= len(x) <= 110 for x in inner) >= 0.8 * len(inner) \
                and sum(bool(re.search(r"[.?!:”\"]$", x)) for x in inner) < 0.6 * len(inner):
            return [span for a, b in blocks for span in _indented_paragraphs(text, a, b)]
    return [strip_span(text, a, b) for a, b in lines]


_ITEM = re.compile(r"[ \t]*[•▪◦‣][ \t]+\S")


def _indented_paragraphs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A hard-wrapped block split where a line is indented more than the block's least-indented line (a US
    Government Publishing Office record opens each paragraph, each speaker's turn, with an indent)."""
    line_starts = [a] + [a + m.end() for m in re.finditer(r"\n", text[a:b])]
    # the block starts at its first non-space: measure that line's indent from the start of its line
    first_line = text.rfind("\n", 0, a) + 1
    indents = [a - first_line] + [len(text[s:b]) - len(text[s:b].lstrip(" \t")) for s in line_starts[1:]]
    least = min(indents)
    cuts = [s for s, ind in zip(line_starts, indents) if s == a or ind > least]
    if len(cuts) == len(line_starts) or len(cuts) == 1:  # every line indented alike: one paragraph
        cuts = [a]
    # (a list's item opens a paragraph of its own, however the block is wrapped: "• every docker ...")
    cuts = sorted(set(cuts) | {s for s in line_starts[1:] if _ITEM.match(text, s, b)})
    return [strip_span(text, s, e) for s, e in zip(cuts, cuts[1:] + [b])]


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# (compiled once, and matched in place: a paragraph with no line break may be a megabyte long)
_OPENS_NEXT = re.compile(r"\s+[“\"A-ZÀ-ÞĀ-Ž]")  # (a capital, or a letter of Latin Extended-A: "... terms.” Åkesson was")
_LAST_WORD = re.compile(r"([\w.]+)$")
_DOTTED = re.compile(r"(?:\w\.)+\w")

def split_sentences(doc) -> list[tuple[int, int]]:
    t = doc.text
    out = []
    closes = {q.close for q in doc.quotes if q.close is not None}
    for a, b in doc.paras:
        start = a
        for m in _STOPS.finditer(t[a:b]):
            p = a + m.start()
            end = a + m.end()
            if doc.in_quote(p):
                # "... Europeans.” “We must ..." : a quote that ends a sentence ends it.
                if end in closes and _OPENS_NEXT.match(t, end + 1, b):
                    end += 1
                else:
                    continue
            else:
                word = _LAST_WORD.search(t[max(start, p - 60):p])  # bounded: a run-on stays linear
                if m.group() == "." and word:
                    w = word.group(1).lower().rstrip(".")
                    # "another's." ends a sentence: the s of a possessive is not an initial
                    initial = len(w) == 1 and w.isalpha() and t[p - 2:p - 1] not in ("'", "’") \
                        and not (w == "x" and t[max(start, p - 4):p - 1] == "on ")  # ("wrote on X. He said")
                    # ("No. 1", but "No. The company said ...": the answer "No." ends its sentence)
                    if (w in ABBREVIATIONS and not (word.group(1) == "No" and re.match(r"\s+[A-Z][a-z]", t[end:end + 3]))) \
                            or initial or _DOTTED.fullmatch(w):
                        continue
                while end < b and t[end] in ")]":
                    end += 1
                nxt = t[end:end + 2]
                if end < b and not (nxt[:1].isspace() or nxt[:1] in DQ):
                    continue
                rest = t[end:min(b, end + 200)].lstrip()  # bounded: only the next character counts
                if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in DQ + "‘'([—–-"):
                    continue
            if end >= b:
                break
            out.append((start, end))
            start = end
            while start < b and t[start].isspace():
                start += 1
        if start < b:
            out.append((start, b))
    return out


_STOPS = re.compile(r"[.!?]+")


#: A line that goes on in lower case (where a wrapped line breaks, after a lower-case letter or a comma)
_LOWER_LINE = re.compile(r"\n[ \t]*[a-z]")


def hard_wrapped(doc) -> bool:
    """Whether the article's text is wrapped at a fixed width: five lines or more that break in mid-sentence
    ("[a-z,][ \\t]*\\n[ \\t]*[a-z]", matches that do not overlap), found from the line breaks: scanning for the
    letter before one would try every letter of the text."""
    if "hard_wrapped" not in doc.fit_memo:
        t, count, end = doc.text, 0, 0
        for m in _LOWER_LINE.finditer(t):
            q = m.start() - 1
            while q >= 0 and t[q] in " \t":
                q -= 1
            if q >= end and t[q] in _WRAP_ENDS:
                count, end = count + 1, m.end()
                if count == 5:
                    break
        doc.fit_memo["hard_wrapped"] = count >= 5
    return doc.fit_memo["hard_wrapped"]


_WRAP_ENDS = frozenset("abcdefghijklmnopqrstuvwxyz,")
