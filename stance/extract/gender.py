"""Whether a person fits "he" or "she": what the article itself says of them first (a courtesy title, "Mr Kasab",
"Ms Rayner"; or the pronoun its reported speech uses for them, "Kasab said he ..."), else their first name."""

from __future__ import annotations

import re

from stance.extract.names import fold
from stance.extract.vocabulary import FEMALE_NAMES, MALE_NAMES

_TITLES = {"mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f",
           "mme": "f", "dame": "f"}
# ... or a gendered job word before the name ("spokeswoman Jane Doe", "Congressman Ro Khanna"); never "King", "Lord"
# or "Sheikh", which are also names ("Angus King", "Sheikh Hasina")
_TITLED = re.compile(r"\b(Mr|Mister|Sir|Mrs|Ms|Miss|Madam|Madame|Mme|Dame|"
                     r"(?i:(?:spokes|chair|congress|business|council|alder|police|sales)(?:man|woman)))\.?[ \t]+"
                     r"((?:[A-Z][\w’'-]*[ \t]+){0,2}(?:(?:al|el|ad|as|ar|an)-)?[A-Z][\w’'-]+)")  # ("Mr al-Lafi")
_PLAIN_TITLE = re.compile(r"Mr|Mister|Sir|Mrs|Ms|Miss|Madam|Madame|Mme|Dame")


def _titled(t: str) -> list[re.Match]:
    """``_TITLED.finditer(t)``, tried only where a title can start: a courtesy title, or five to ten characters
    before a "man" in any case (where lower-casing keeps every character in its place; the job words are five to
    eight letters, "woman" two more). An \\b-led pattern is otherwise tried at every character."""
    low = t.lower()
    if len(low) != len(t):
        return list(_TITLED.finditer(t))
    starts = {m.start() for m in _PLAIN_TITLE.finditer(t)}
    p = low.find("man")
    while p >= 0:
        starts.update(range(max(0, p - 10), p - 4))
        p = low.find("man", p + 1)
    out, pos = [], 0
    for i in sorted(starts):
        if i >= pos and (m := _TITLED.match(t, i)) is not None:
            out.append(m)
            pos = m.end()
    return out


_NAME_BEFORE = re.compile(r"([A-Z][\w’'-]+)\s+$")
# ("said he", "told reporters that she", "said on Monday he": a word may come between, but no name: "told May she")
_PRONOUN_AFTER = re.compile(r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:in\s+a\s+)?[a-z][\w’']*\s+)?(?:that\s+)?(he|she)\b")


def person_gender(doc, person: str) -> str | None:
    """"m", "f", or None when neither the article nor the first name tells."""
    if doc.genders is None:
        doc.genders = _article_genders(doc)
    if person not in doc.gender_of:  # (asked for the same few people again and again)
        doc.gender_of[person] = _gender(doc, person)
    return doc.gender_of[person]


def _gender(doc, person: str) -> str | None:
    # (any word of the name: "Mr Srettha" is Srettha Thavisin, a Thai known by his given name)
    said = {doc.genders[w] for w in fold(person).split() if w in doc.genders}
    if len(said) == 1:
        return said.pop()
    first = fold(person.split()[0]) if person.split() else ""
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None  # (not a guess from the name's ending: Moussa, Humza and Himanta are men)


def gender_ok(doc, person: str, gender: str | None) -> bool:
    if gender is None:
        return True
    g = person_gender(doc, person)
    return g is None or g == gender


def _article_genders(doc) -> dict[str, str]:
    """Folded family name -> gender, from the article's titles and reported speech; a name the article gives both
    genders (two people sharing it) is left out."""
    seen: dict[str, set[str]] = {}
    t = doc.text
    for m in _titled(t):
        title = m.group(1).lower()
        g = _TITLES.get(title) or ("f" if title.endswith("woman") else "m")
        seen.setdefault(fold(m.group(2).split()[-1]), set()).add(g)
    # "Kasab said he would ...", "Rayner told reporters that she ...": a reported clause's pronoun is its speaker's
    for vm in doc.reported_verbs():
        after = _PRONOUN_AFTER.match(t, vm.end(), vm.end() + 40)  # (first: most verbs have no pronoun after them)
        name = _NAME_BEFORE.search(t, max(0, vm.start() - 40), vm.start()) if after else None
        if name and not doc.in_quote(vm.start()):
            seen.setdefault(fold(name.group(1)), set()).add("m" if after.group(1) == "he" else "f")
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}
