"""Who "the two sides", "the pair" and "both arbitrators" are: the pair of parties named together last, else the
last two people named or heard."""

from __future__ import annotations

import re

from stance.extract.bearers import honoured
from stance.extract.names import fold, is_person

#: "the two prime ministers", "the pair", "both arbitrators": two people, not two bodies
_TWO_PEOPLE = re.compile(r"(?:pair|duo|ministers|presidents|leaders|men|women|arbitrators|mediators|moderators|negotiators|"
                         r"envoys|chairs|co-chairs|commissioners|chiefs|senators|lawmakers|executives)$", re.I)


def two_people(doc, mention: str, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"Tsipras met Zaev ... The two prime ministers said": with no pair named together, the last two people
    named in the last few paragraphs (outside quotes), in the order they came; None if there are not two."""
    if not _TWO_PEOPLE.search(mention):
        return None
    floor = doc.paras[max(0, doc.para_of(key) - 4)][0]
    # someone known as a person: a speaker or a subject before, or called "Mr", "President" ... (not an outlet)
    known = {w for _, w in so_far} | {w for _, w in doc.salient}
    named = [(a, doc.persons.get(fold(w))) for a, _, w in doc.tokens[doc.before(doc._tok_starts, floor):
                                                                      doc.before(doc._tok_starts, key)]
             if w[:1].isupper() and not doc.in_quote(a)]
    heard = [(pos, who) for pos, who in so_far if floor <= pos < key]  # ("she argued ..." before "The pair added")
    people: list[str] = []
    for _, who in sorted((x for x in named + heard if x[1]), reverse=True):
        if who not in people and " and " not in who and is_person(doc, who) and (
                who in known or honoured(doc, who.split()[-1])):
            people.append(who)
            if len(people) == 2:
                return f"{people[1]} and {people[0]}"
    return None


def both_parties(doc, key: int) -> str | None:
    """The last pair of parties named before ``key`` ("Armenia and Azerbaijan"), for "the two sides"."""
    k = doc.before(doc._pair_pos, key)
    return doc.pairs[k - 1][1] if k else None
