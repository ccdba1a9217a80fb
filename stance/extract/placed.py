"""A person named with a place, a body or a title around their name: "Hakeem Jeffries of New York", "Omar Abdullah,
chief minister of Jammu and Kashmir", "Rob Jetten of D66", "Molwyn Joseph of Antigua and Barbuda", "Adviser to the
Head of the Office of the President Mykhailo Podolyak" (parts of stance.extract.speakers' parsing)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.names import JOINED_INITIAL, cap_runs, fold, name_of_run, norm_role
from stance.extract.vocabulary import HUMAN_ROLES, ORG_ROLES, ORG_TAIL, PREFIX_WORDS

if TYPE_CHECKING:
    from stance.extract.speakers import Speaker


#: "the Ministry of Trade, Industry and Fisheries", "the Department for Environment, Food and Rural Affairs": a body
#: whose name lists its portfolios between commas (which no run of capitals holds whole)
#: (its parts: the office's word, its first portfolio up to the comma, and the rest of the list; a minister's title
#: takes the same list: "Minister of Foreign Affairs, Foreign Employment and Tourism")
PORTFOLIO_OFFICE = r"(?:Ministry|Department|Office|Commission|Committee)"
FIRST_PORTFOLIO = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
PORTFOLIO_LIST = FIRST_PORTFOLIO + (r"(?:,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?){1,3},?\s+(?:and|&)\s+"
                                   r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
PORTFOLIO = r"(?:[A-Z][\w-]*\s+){0,2}" + PORTFOLIO_OFFICE + PORTFOLIO_LIST
PORTFOLIO_BODY = re.compile(r"(?:[Tt]he\s+)?(" + PORTFOLIO + ")")


_NAME_OF = re.compile(r"((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)\s+of\s+(?:the\s+)?\S.{0,60}")


_BODY_OF_IN = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*"
                         r"(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){0,4})(?:\s+\S.{0,60})?")


#: A person of a place whose name holds "and": "Molwyn Joseph of Antigua and Barbuda", not a list of three
_OF_PLACES = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*\s+and\s+"
                        r"(?:the\s+)?[A-Z][\w’'.-]*")


def name_of(a: int, seg: str) -> Speaker | None:
    """"Rob Jetten of D66 said": the person, of a party (not "Spokesman of the ministry", a role)."""
    from stance.extract.speakers import Speaker  # (speakers imports this module)

    of = _NAME_OF.fullmatch(seg)
    if of and (of.group(1).startswith("The ") or fold(of.group(1).split()[-1]) in ORG_TAIL):
        # ("The Ministry of Foreign Affairs in Copenhagen": a body's head, whose "of" belongs to its name, then more)
        if body := _BODY_OF_IN.fullmatch(seg):
            return Speaker("name", body.group(1), a + body.start(1), a + body.end(1))
    return Speaker("name", of.group(1), a, a + of.end(1)) if of and not {
        norm_role(w) for w in of.group(1).split()} & HUMAN_ROLES else None


def titled_to(doc, a: int, b: int, seg: str) -> Speaker | None:
    """"Adviser to the Head of the Office of ... Mykhailo Podolyak", "Director for the Protection of ... at the Ministry
    of Foreign Affairs Judha Nugraha": a title in capitals, then its holder's name."""
    from stance.extract.speakers import Speaker  # (speakers imports this module)

    titled = _TITLE_TO.match(seg)
    if not titled or norm_role(titled.group(1)) not in HUMAN_ROLES:
        return None
    runs = cap_runs(doc, a, b)
    name = name_of_run(doc, runs[-1]) if runs else None
    # ("Head of the Democratic Party caucus in the State Great Khural D.Erdenebat": one word, but a person's)
    if name is not None and name[2] and (len(name[0].split()) >= 2 or JOINED_INITIAL.fullmatch(name[0])) \
            and doc.tokens[runs[-1][1] - 1][1] == b:
        return Speaker("name", seg, a, b)
    return None


#: (or a place with no article, after a people's name: "Russian Ambassador to Norway Nikolai Korchunov")
_TITLE_TO = re.compile(r"(?:(?:[A-Z][\w’'-]*|U\.S\.)\s+)?(?:(?:Special|Senior|Chief|Deputy|Personal)\s+)?([A-Z][a-z]+)\s+"
                       r"(?:to|for|of)\s+(?:the\s+)?[A-Z]")


def person_first(doc, a: int, seg: str) -> Speaker | None:
    """A person named first, then placed or described: "Hakeem Jeffries of New York" (not "Spokesman of the
    Ministry ... of Iran", an office), "Omar Abdullah, chief minister of Jammu and Kashmir"."""
    from stance.extract.speakers import parse_speaker  # (speakers imports this module)

    person_of = _PERSON_OF.fullmatch(seg) if "of" in seg else None  # (the search only where its word stands)
    if person_of and " of " not in person_of.group(1):
        head = parse_speaker(doc, a, a + person_of.end(1), whole=True)
        runs = cap_runs(doc, a, a + person_of.end(1)) if head is not None and head.kind == "name" else []
        if runs and name_of_run(doc, runs[-1])[2]:
            return head
    appos = _NAME_APPOSITIVE.fullmatch(seg) if "," in seg else None
    if appos:
        named = parse_speaker(doc, a, a + appos.end(1), whole=True)
        if named is not None and named.kind == "name":
            return named
    return None


_NAME_APPOSITIVE = re.compile(r"([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?:the\s+|a\s+|an\s+)?[a-z][^,;:]{2,80}")
#: "Hakeem Jeffries of New York": a place of one or two words (longer, a name may end it: "... of Iran Seyed Abbas
#: Araghchi").
_PERSON_OF = re.compile(r"(.*?[A-Z][\w’'-]+)\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?")


def person_of_places(doc, a: int, seg: str) -> Speaker | None:
    """"Molwyn Joseph of Antigua and Barbuda": the person, not a list ending in "Barbuda"; "Chynybai Tursunbekov of
    the SDPK and Kamchybek Tashiev of Ata-Jurt": two people, each of a body."""
    from stance.extract.speakers import Speaker, parse_speaker  # (speakers imports this module)

    if " of " not in seg or " and " not in seg:
        return None
    two = _TWO_OF.fullmatch(seg)
    if two:
        first = parse_speaker(doc, a, a + two.end(1), whole=True)
        second = parse_speaker(doc, a + two.start(2), a + two.end(2), whole=True)
        if first is not None and second is not None and first.kind == second.kind == "name":
            return Speaker("list", f"{first.mention} and {second.mention}", a, a + len(seg))
    m = _OF_PLACES.fullmatch(seg)
    if m and not {fold(w) for w in m.group(1).split()} & (HUMAN_ROLES | ORG_ROLES | PREFIX_WORDS):
        return parse_speaker(doc, a, a + m.end(1), whole=True)
    return None


_OF_BODY = r"\s+of\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:[\s-][A-Z][\w’'.&-]*){0,4}"
_TWO_OF = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)" + _OF_BODY + r"\s+and\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)"
                     + _OF_BODY)


_PORTFOLIO_STAFF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:for|at|of|from|in)\s+(?:the\s+)?"
                              + PORTFOLIO)


_PORTFOLIO_HOLDER = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Secretary)" + PORTFOLIO_LIST
                               + r"\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")


def portfolio_speaker(a: int, seg: str) -> Speaker | None:
    """"The Norwegian Ministry of Trade, Industry and Fisheries", "a spokeswoman for the Department for Environment,
    Food and Rural Affairs", "Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha Herath": a body
    whose name lists its portfolios between commas, someone unnamed in it, or the minister named after them."""
    from stance.extract.speakers import Speaker

    if m := PORTFOLIO_BODY.fullmatch(seg):
        return Speaker("name", m.group(1), a + m.start(1), a + len(seg))
    if m := _PORTFOLIO_HOLDER.fullmatch(seg):
        return Speaker("name", m.group("name"), a + m.start("name"), a + len(seg))
    if _PORTFOLIO_STAFF.fullmatch(seg):
        return Speaker("unnamed", seg, a, a + len(seg))
    return None
