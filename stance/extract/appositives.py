"""The subject among the comma-separated pieces before a speech verb: a name over its description ("Igor Korotchenko,
a military analyst, told TASS"), two people each described ("the EU's commissioner, Olli Rehn, and the IMF's managing
director, Dominique Strauss-Kahn, said"), never a name a relative clause or a description holds."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING, Iterator

from stance.extract.names import fold, norm_role
from stance.extract.resolution import resolve
from stance.extract.speakers import AGED, GAVE_NAME_AS, Speaker, parse_speaker
from stance.extract.vocabulary import HUMAN_ROLES, PORTFOLIO_ADJECTIVES, PORTFOLIO_WORDS

if TYPE_CHECKING:
    from stance.extract.document import Document


def between_digits(pre: str, i: int) -> bool:
    """Whether the mark at ``i`` stands between two digits: the comma of "11,500", the colon of "16:18"."""
    return 0 < i < len(pre) - 1 and pre[i - 1].isdigit() and pre[i + 1].isdigit()


_LED_BY = re.compile(r"\s*(?:led|headed|chaired|run|represented)\s+by\b")
_SEMI = re.compile(r";|\s--\s|(?<=[a-z]):\s")  # (or a colon after a clause: "Not all came along: Julio César Reyes, ...")
_PARTICIPLE_PIECE = re.compile(r"\s*[a-z]{3,}ing\s")


def _commas_back(pre: str) -> Iterator[int]:
    """The positions of the commas in ``pre`` that are not between two digits, last first."""
    i = pre.rfind(",")
    while i >= 0:
        if not between_digits(pre, i):
            yield i
        i = pre.rfind(",", 0, i)


_FRONTED_PLACE = re.compile(r"\s*(?:Inside|Outside|Across|Within|Throughout|In|At|From|Near)\s+[A-Z]")


def appositive_subject(doc: Document, s: int, pre: str) -> Speaker | None:
    """The speaker among the comma-separated pieces before the verb: a name wins over its description ("Igor
    Korotchenko, a military analyst, told TASS"); a relative clause is skipped, unless it gives the name."""
    if AGED.fullmatch(pre.strip()):  # "The Harrisburg, Pa., kid said": one epithet, whose commas part no pieces
        return parse_speaker(doc, s, s + len(pre), whole=True)
    # ("...; Anna-Maja Henriksson, the SPP chair, had answered": no subject lies before a semicolon, nor before a
    # release's dateline, "HERZLIYA, Israel, August 7, 2025 -- NewMed Energy LP, a partner ..., announced")
    semi = next((m.end() for m in reversed(list(_SEMI.finditer(pre))) if not doc.in_quote(s + m.start())),
                0) if ";" in pre or "--" in pre or ": " in pre else 0  # (the search only where its marks stand)
    s, pre = s + semi, pre[semi:]
    # (only the last six commas outside quotes are read, and the one before them: found from the end, and kept in
    # order, so the first one kept is never taken for the start of the clause)
    # (a comma between digits, "11,500 frontline workers", parts no pieces)
    commas = list(islice((i for i in _commas_back(pre) if not doc.in_quote(s + i)), 7))[::-1]
    # (a name after a relative clause's first piece is the clause's: "A notable of Mindouli, who took part in the
    # delegation received by the President, Mr Denis Sassou N'Guesso, on 3 October, noted that ...")
    rel = next((k for k in range(len(commas)) if k > 0 and _WHO_PIECE.match(pre, commas[k - 1] + 1, commas[k])
                and not _NAMING.search(pre, commas[k - 1] + 1, commas[k])), len(commas))
    for kinds in (("name", "pronoun", "list"), ("unnamed", "role")):
        for k in range(len(commas) - 1, max(len(commas) - 6, -1), -1):
            lo = commas[k - 1] + 1 if k > 0 else 0
            piece = pre[lo:commas[k]]
            if k > rel and kinds[0] == "name":
                continue
            # "Pablo Beltran, whose real name is Israel Ramirez, told ...": a relative clause, skipped; but "One
            # veteran loader, who gave his name only as Big Tel, said ...": parse_speaker takes the name given
            # ("The minister, speaking to reporters in Ottawa, said": a participle's clause, skipped likewise)
            if (_RELATIVE_PIECE.match(piece) or k > 0 and _PARTICIPLE_PIECE.match(piece)) and not GAVE_NAME_AS.search(piece):
                continue
            if k > 0 and _ONE_CAPITAL.fullmatch(piece) and fold(piece.strip()) not in doc.persons \
                    and re.search(r"\b(?:in|from|of|at|near|outside)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*$",
                                  pre[:lo - 1]):
                continue  # "... IRS workers in Ogden, Utah, said": the place's state or country, not a name
            if _CITED_BY.match(piece) or k > 1 and _portfolios(piece):
                continue  # ("A British government source, quoted by United Kingdom media, said": who reported it;
                # "Minister of Export Promotion, International Trade and Economic Development": the office goes on)
            if k == 0 and _FRONTED_PLACE.match(piece):
                continue  # ("Inside Israel, lawmakers from the Joint List, ..., said": where, not who)
            if _PARTY_DISTRICT.fullmatch(piece):
                continue  # "Rep. Adam Schiff, D-Burbank, said": a party and a district, not a name
            if k > 1 and _LED_BY.match(pre, commas[k - 2] + 1, commas[k - 1]):
                continue  # ("The Association, led by its President, Mr. Nathan Phinney, has pointed out": the leader's)
            if k > 0 and kinds[0] == "name" and (_ROLE_FOR.match(piece) or _ROLE_OF_BODY.fullmatch(piece)
                                                 or _titled_of_body(piece)):
                continue  # "Stephane Dujarric, spokesman for UN Secretary-General Antonio Guterres, told": whose role
                # ("Chan Chiu-wai, organising coordinator of the HKCTU, said": where the role is held; "Tamika L.
                # Tremaglio, Executive Director of the NBPA, said": in capitals too)

            cand = parse_speaker(doc, s + lo, s + commas[k], whole=True)
            # "Stephan Weil, premier of Lower Saxony, said": the office of a place or body describes the name
            if cand is not None and cand.kind in kinds and not (cand.kind == "name" and _office_of(doc, cand, s + lo)):
                return _joint_appositive(doc, s, pre, commas, k, cand) or cand
    return None


def _joint_appositive(doc: Document, s: int, pre: str, commas: list[int], k: int, cand: Speaker) -> Speaker | None:
    """"the EU's commissioner, Olli Rehn, and the IMF's managing director, Dominique Strauss-Kahn, said": the two
    named, each after a description, speak together."""
    if cand.kind != "name" or k < 2:
        return None
    # ("Vilhjalmur Birgisson, chair of VR, and Solveig Anna Jonsdottir, chair of Efling, told": each name first)
    if _AND_NAME.match(pre, commas[k - 1] + 1, commas[k]) and _DESCRIPTION_PIECE.match(pre, commas[k - 2] + 1, commas[k - 1]):
        first = parse_speaker(doc, s + (commas[k - 3] + 1 if k >= 3 else 0), s + commas[k - 2], whole=True)
        return Speaker("list", f"{first.mention} and {cand.mention}", first.start, cand.end) \
            if first is not None and first.kind == "name" else None
    if k < 3 or not _AND_DESCRIPTION.match(pre, commas[k - 2] + 1, commas[k - 1]):
        return None
    first = parse_speaker(doc, s + commas[k - 3] + 1, s + commas[k - 2], whole=True)
    if first is None or first.kind != "name":
        return None
    return Speaker("list", f"{first.mention} and {cand.mention}", first.start, cand.end)


_AND_DESCRIPTION = re.compile(r"\s*and\s+(?:the|a|an)\s+[^,;:“”\"]{2,80}$")
_AND_NAME = re.compile(r"\s*and\s+[A-Z]")
_DESCRIPTION_PIECE = re.compile(r"\s*(?:(?:the|a|an)\s+)?[a-z][^,;:“”\"]{2,80}$")


_OFFICE_OF = re.compile(r"(?:the\s+)?((?:[\w.-]+\s+){1,4}?)(?:of|for|to)\s+(?:the\s+)?[A-Z]", re.IGNORECASE)
#: "spokesman for UN Secretary-General Antonio Guterres", "an aide to Mr Putin": a description whose name is another's
_ROLE_FOR = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:for|to)\s+(?:the\s+)?[A-Z]")
#: "organising coordinator of the HKCTU": where the role is held, which leaves the name the speaker's
_ROLE_OF_BODY = re.compile(r"\s*(?:(?:the|a|an)\s+|[A-Z][\w.-]*[’']s\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:of|at)\s+"
                           r"(?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,5}\s*")  # ("Unison's branch chair at Belfast City Hospital")


def _titled_of_body(piece: str) -> bool:
    """"Executive Director of the NBPA", "CEO of GTSOU": a capitalised title of a body, no name."""
    m = _TITLE_OF.fullmatch(piece)
    return m is not None and (norm_role(m.group(1)) in HUMAN_ROLES or m.group(1) in {"CEO", "CFO", "COO", "MD"})


_TITLE_OF = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:(?:former|acting|interim|outgoing)\s+)?"  # ("former President of the VGCL")
                       r"(?:[A-Z][\w-]*\s+){0,2}([A-Za-z][\w-]*)\s+(?:of|at)\s+(?:the\s+)?"
                       r"[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,5}\s*")


def _office_of(doc: Document, cand: Speaker, key: int) -> bool:
    """"premier of Lower Saxony", "Chief Executive Officer of Deutsche Bahn": an office held in the body or place
    the phrase resolves to (not "Secretary of State Antony Blinken", which names its holder)."""
    m = _OFFICE_OF.match(cand.mention)
    if m is None:
        return False
    named = resolve(doc, cand, key, [])
    if named is None or fold(cand.mention[m.end() - 1:]).removeprefix("the ") != fold(named):
        return False
    return (m.group(1)[0].islower() or all(
        norm_role(w) in HUMAN_ROLES or w.lower() in {"chief", "executive", "general", "deputy", "interim", "acting"}
        for w in m.group(1).split()))

_RELATIVE_PIECE = re.compile(r"\s*(?:who|whose|which|where|when)\b")
_WHO_PIECE = re.compile(r"\s*who\b")  # (not "where ...", which a fronted place before the subject may take)
#: A relative clause that gives a name after it: "who gave only his first name, Darnell,", "who asked to be identified"
_NAMING = re.compile(r"\b(?:name|names|surname|identified|called|known)\b")
_PARTY_DISTRICT = re.compile(r"\s*[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*")
_ONE_CAPITAL = re.compile(r"\s*[A-Z][\w.’'-]*\s*")
_CITED_BY = re.compile(r"\s*(?:quoted|cited|reported|interviewed)\s+by\b")
_PORTFOLIO_ADJECTIVES = PORTFOLIO_ADJECTIVES | {"and", "of"}


def _portfolios(piece: str) -> bool:
    """"International Trade and Economic Development": portfolios going on from the office before them."""
    words = [fold(w) for w in piece.split()]
    return len(words) >= 2 and "and" in words and all(w in PORTFOLIO_WORDS or w in _PORTFOLIO_ADJECTIVES for w in words)
