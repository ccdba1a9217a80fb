"""Who a short mention stands for, by position in the article: "Park said" with two Parks named, "the Ministry
said" after "the Ministry of Foreign Affairs", and whether a one-word name is a person the article calls Mr or Dr."""

from __future__ import annotations

import re

from stance.extract.names import fold
from stance.extract.vocabulary import ORG_ROLES, PLACES, STOP_CAPS


def latest_bearer(doc, name: str, key: int) -> str | None:
    """"Park said", with Park Dan and Park Min-soo both in the article: the one named last before ``key``."""
    if " " in name:
        return None
    f = fold(name)
    bearers = doc.bearers.get(f)
    if not bearers:
        return None
    if len({full for _, full in bearers}) < 2:
        # "Restrepo said", where the byline's Camilo Restrepo Vega has it inside his name but Labour Minister
        # Griselda Restrepo ends hers with it: the one whose surname it is
        other = doc.persons.get(f, "")
        before = [full for pos, full in bearers if pos < key]
        return before[-1] if before and other and other != before[-1] and fold(other).split()[-1] != f else None
    before = [full for pos, full in bearers if pos < key]
    return before[-1] if before else None


def latest_institution(doc, name: str, key: int) -> str | None:
    """"The Ministry said" after "the Ministry of Foreign Affairs": the institution of that kind named last."""
    f = fold(name)
    if " " in name or f not in ORG_ROLES:
        return None
    k = doc.before(doc._org_pos, key)
    return next((org for _, org in reversed(doc.orgs[max(0, k - 100):k])
                 if fold(org.split()[0]) == f and len(org.split()) > 1), None)


def honoured(doc, name: str) -> bool:
    """Whether the article calls ``name`` Mr, Mrs, Ms, Dr ...: a person known by one name, not a country or a body."""
    if doc.honoured is None:
        # (or a personal title: "President Trump", "Senator Cash", "Prime Minister Carney")
        doc.honoured = set(re.findall(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Madam|President|Senator|Sen|Rep|Governor|"
                                      r"Gov|Chancellor|Premier|Prime\s+Minister|Minister|Secretary|Ambassador|General|"
                                      r"Judge|Justice|Mayor|Pope|King|Queen|Prince|Sheikh)\.?\s+([A-Z][\w’'-]*)"
                                      r"(?![\w’'-]*\s+[A-Z])", doc.text))
    return name in doc.honoured


def shortened_name(doc, name: str) -> str | None:
    """"Ney" for Neymar, "Rog" for Roger Goodell: a one-word name nobody has, the start of one person's name."""
    memo = doc.fit_memo.setdefault("shortened", {})  # (asked again for each mention: the answer is the article's)
    if name not in memo:
        memo[name] = _shortened(doc, name)
    return memo[name]


def _shortened(doc, name: str) -> str | None:
    f = fold(name)
    if len(f) < 3 or not name[:1].isupper() or name.isupper() or f in STOP_CAPS or f in PLACES:
        return None
    # (each person's folded words, made once for as many people as the registry has: asked for every unknown name)
    words = doc.fit_memo.get("person_words")
    if words is None or words[0] != len(doc.persons):
        words = doc.fit_memo["person_words"] = (len(doc.persons),
                                                [(fold(full).split(), full) for full in set(doc.persons.values())])
    people = {full for parts, full in words[1] if any(w.startswith(f) and len(w) > len(f) for w in parts)}
    if len(people) == 1:
        return people.pop()
    if people:
        return None
    # ("Ney" for Neymar, known by one name: a longer capitalised word the article uses at least twice)
    # (not "Australian" for Australia: three letters more at least, and no demonym's ending)
    longer = [m.group() for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?!ian\b|ese\b|ish\b)[a-z]{3,}(?![\w’'-])",
                                             doc.text)]
    return longer[0] if len(set(longer)) == 1 and len(longer) >= 2 and fold(longer[0]) not in STOP_CAPS | PLACES else None


_POSSESSED_OFFICE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s\s+[Oo]ffice)\b")


def possessed_office(doc, key: int) -> str | None:
    """The "<someone>'s Office" named last before ``key`` (outside quotes, within a few paragraphs)."""
    found = [m for m in _POSSESSED_OFFICE.finditer(doc.text, max(0, key - 3000), key) if not doc.in_quote(m.start())]
    return re.sub(r"^The\s+", "", found[-1].group(1)) if found else None
