"""Honorifics that come as phrases rather than single title words, before a name."""

from __future__ import annotations

#: Malaysian federal and state honorifics ("Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Datuk Patinggi
#: Abang Johari"); "Sri" and "Seri" only after one of them, so "Sri Lanka" keeps its name.
_MALAY = {"datuk", "dato", "datin", "patinggi", "paduka"}
_BEFORE_SRI = {"tan", "puan"}


def leading_honorifics(words: list[str]) -> int:
    """How many of ``words`` open with honorifics of more than one word ("Tan Sri", "Datuk Seri")."""
    k = 0
    while k < len(words) and (words[k].lower().rstrip("'’") in _MALAY
                              or k + 1 < len(words) and words[k].lower() in _BEFORE_SRI and words[k + 1].lower() == "sri"
                              or k > 0 and words[k].lower() in {"seri", "sri"}):
        k += 1
    return k
