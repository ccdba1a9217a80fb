"""Searching a long text for a pattern without trying it at every character: from a cheap scout for where it may
start, from the words it opens with, or back from a rarer word every match holds; and whether a span holds a word."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterator


def scouted(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None,
            scout: re.Pattern | None = None) -> Iterator[re.Match]:
    """``pattern.finditer(text, pos, endpos)``, for a pattern that never matches empty, tried only where ``scout``
    (a pattern matching wherever ``pattern`` does; by default ``pattern`` without its opening ``\\b`` or
    lookbehind) finds a start. A pattern opening with an assertion is otherwise tried at every character; the
    scout's search skips ahead to its first letter in C."""
    endpos = len(text) if endpos is None else endpos
    if scout is None:
        scout = _SCOUTS.get(pattern)
        if scout is None:
            opening = _OPENING_ASSERTION.match(pattern.pattern)
            scout = _SCOUTS[pattern] = re.compile(pattern.pattern[opening.end() if opening else 0:], pattern.flags)
    m = scout.search(text, pos, endpos)
    while m is not None:
        hit = pattern.match(text, m.start(), endpos)  # (a lookbehind still sees the character before the start)
        if hit is not None:
            yield hit
        m = scout.search(text, hit.end() if hit is not None else m.start() + 1, endpos)


def opening_scouted(pattern: re.Pattern, text: str, scout: re.Pattern) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern opening with ``(?:^|...)``: tried at the text's start, then where
    ``scout`` (which need not match there) finds a start."""
    first = pattern.match(text)
    if first is not None:
        yield first
    yield from scouted(pattern, text, first.end() if first is not None else 0, scout=scout)


def scouted_any(pattern: re.Pattern, text: str, words: tuple[str, ...]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, for a pattern that opens with one of several ``words`` (literal strings, none
    overlapping itself): tried only where one of them stands. One pattern for all the words opens with a choice of
    letters, and is tried at every one of them."""
    floor = 0  # (where the last match ended: a match does not start inside another)
    for start in _word_starts(text, words):
        if start >= floor and (hit := pattern.match(text, start)) is not None:
            yield hit
            floor = hit.end()


def anchored(pattern: re.Pattern, text: str, anchor: re.Pattern, words: int, reach: int = 0,
             opening: re.Pattern | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern`` in ``text``, for a pattern whose every match holds a match of ``anchor`` (a literal
    word, found in C) with at most ``reach`` characters and then ``words`` words between its start and the anchor:
    tried only there, not at every capital of the text. Without ``opening`` each match ends at its anchor, and
    may then end there sooner than ``finditer``'s would (the same start and groups before the anchor); with it (one
    character class every match opens with), matches run on past their anchor, and are ``finditer``'s."""
    floor = 0  # (where the last match ended: a match does not start inside another)
    back = None  # (the text reversed: the words before an anchor are skipped forwards in it, in C)
    skip = _WORDS_BACK.get(words)
    if skip is None:
        skip = _WORDS_BACK[words] = re.compile(r"(?:\s*\S+){0,%d}" % words)
    for a in anchor.finditer(text):
        back = _reversed(text) if back is None else back
        lo = max(floor, len(text) - skip.match(back, len(text) - max(0, a.start() - reach)).end())
        if opening is None:
            for m in pattern.finditer(text, lo, a.end()):
                yield m
                floor = m.end()
            continue
        for c in opening.finditer(text, lo, a.start() + 1):
            if c.start() >= floor and (m := pattern.match(text, c.start())) is not None:
                yield m
                floor = m.end()


@lru_cache(maxsize=1)
def _reversed(text: str) -> str:
    """``text`` reversed: ``anchored`` searches an article back from many kinds of anchor, and each reversed it anew
    (six or seven times on each 1 MB hostile input, about 2 ms each); one copy serves them all, kept until the next
    text's."""
    return text[::-1]


def word_ending_scouted(pattern: re.Pattern, text: str, pos: int, endpos: int, ending: re.Pattern) -> Iterator[re.Match]:
    """``pattern.finditer(text, pos, endpos)``, for a pattern whose every match opens at the start of a word (after no
    ``[\\w'’-]``) whose end ``ending`` finds ("adding", "pointing out": each first word ends in "ing"): tried only at
    the start of each word ``ending`` finds, not at every character."""
    floor = pos  # (where the last match ended: a match does not start inside another)
    for a in ending.finditer(text, pos, endpos):
        p = a.start()
        while p > floor and (text[p - 1].isalnum() or text[p - 1] in "_'’-"):  # (what ``[\w'’-]`` matches)
            p -= 1
        if p >= floor and (m := pattern.match(text, p, endpos)) is not None:
            yield m
            floor = m.end()


def holds_word(memo: dict, words: tuple[str, ...], text: str, s: int, e: int) -> bool:
    """Whether one of ``words`` (literal strings) occurs in ``text[s:e]``; where they all occur in the text is found
    once (kept in ``memo``), and each span is then answered by bisection: a finder asked about every sentence, whose
    pattern opens with one of them, need not search the many sentences that hold none."""
    starts = memo.get(words)
    if starts is None:
        starts = memo[words] = _word_starts(text, words)
    k = bisect_left(starts, s)
    return k < len(starts) and starts[k] < e


def _word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` (literal strings) starts in ``text``, in order (each found in C by ``str.find``, as
    ``finditer`` would find it: the next one after the end of the last)."""
    starts = []
    find, append = text.find, starts.append
    for word in words:
        p = find(word)
        while p >= 0:
            append(p)
            p = find(word, p + (len(word) or 1))
    return sorted(set(starts))


def last_match(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The last of ``pattern.finditer(text, pos, endpos)`` (non-overlapping, searched from ``pos``), or None: "the
    one named last before here"."""
    last = None
    for last in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        pass
    return last


#: The opening of a pattern whose matches start with a capital (anchored's ``opening``)
CAPITAL = re.compile("[A-Z]")
_SCOUTS: dict[re.Pattern, re.Pattern] = {}
#: ``n`` words, each after any whitespace, read in the reversed text: the words before a position
_WORDS_BACK: dict[int, re.Pattern] = {}
_OPENING_ASSERTION = re.compile(r"\\b|\(\?<!\[[^\]]*\]\)")
