"""Searching a long text for a pattern that opens with an assertion, without trying it at every character."""

from __future__ import annotations

import re
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


def last_match(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The last of ``pattern.finditer(text, pos, endpos)`` (non-overlapping, searched from ``pos``), or None: "the
    one named last before here"."""
    last = None
    for last in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        pass
    return last


_SCOUTS: dict[re.Pattern, re.Pattern] = {}
_OPENING_ASSERTION = re.compile(r"\\b|\(\?<!\[[^\]]*\]\)")
