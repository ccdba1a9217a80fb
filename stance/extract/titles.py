"""Honorifics that come as phrases rather than single title words, before a name."""

from __future__ import annotations

from stance.extract.vocabulary import HONORIFICS, HUMAN_ROLES, ORG_ROLES, ORG_TAIL

#: Malaysian federal and state honorifics ("Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Datuk Patinggi
#: Abang Johari"); "Sri" and "Seri" only after one of them, so "Sri Lanka" keeps its name.
_MALAY = {"datuk", "dato", "datin", "patinggi", "paduka"}
_BEFORE_SRI = {"tan", "puan"}
#: Title words a person carries, and words that end a body's name ("General Motors" is no person): built once.
_PERSONAL = HONORIFICS | HUMAN_ROLES
_BODY_WORDS = ORG_TAIL | ORG_ROLES | HUMAN_ROLES | {"member"}  # (nor "Honourable Member": a role, no name)


def leading_honorifics(words: list[str]) -> int:
    """How many of ``words`` open with honorifics of more than one word ("Tan Sri", "Datuk Seri")."""
    k = 0
    while k < len(words) and (words[k].lower().rstrip("'’") in _MALAY
                              or k + 1 < len(words) and words[k].lower() in _BEFORE_SRI and words[k + 1].lower() == "sri"
                              or k > 0 and words[k].lower() in {"seri", "sri"}):
        k += 1
    return k


def titled_person(titles: list[str], name: str) -> bool:
    """"President Trump", "Senator Cash": one name after a personal title is a person's ("General Motors" is not)."""
    return (" " not in name and name[:1].isupper() and not name.isupper() and name.lower() not in _BODY_WORDS
            and any(t.lower().rstrip(".") in _PERSONAL for t in titles))
