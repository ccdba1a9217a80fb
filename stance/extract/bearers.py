"""Who a short mention stands for, by position in the article: "Park said" with two Parks named, "the Ministry
said" after "the Ministry of Foreign Affairs", and whether a one-word name is a person the article calls Mr or Dr."""

from __future__ import annotations

import re

from stance.extract.names import fold
from stance.extract.vocabulary import ORG_ROLES


def latest_bearer(doc, name: str, key: int) -> str | None:
    """"Park said", with Park Dan and Park Min-soo both in the article: the one named last before ``key``."""
    if " " in name:
        return None
    f = fold(name)
    bearers = doc.bearers.get(f)
    if not bearers or len({full for _, full in bearers}) < 2:
        return None
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
