"""Who "the two sides", "the pair" and "both arbitrators" are: the pair of parties named together last, else the
last two people named or heard; who "the three carmakers" or "the eleven countries" are: the list of as many
names given last; and whether a speaker phrase is such a list ("Germany, France and Italy")."""

from __future__ import annotations

import re

from stance.extract.bearers import honoured
from stance.extract.names import fold, norm_role
from stance.extract.persons import is_person
from stance.extract.vocabulary import HUMAN_ROLES, PORTFOLIO_ADJECTIVES, PORTFOLIO_WORDS, PREFIX_WORDS

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
    # ("The two leaders": two who hold a leader's office, when the article gives two such)
    leaders = {p for _, words, p in doc.roles if words & _LEADER_WORDS} if _LEADERS.search(mention) else set()
    leaders = leaders if len(leaders) >= 2 else None
    people: list[str] = []
    for _, who in sorted((x for x in named + heard if x[1]), reverse=True):
        if who not in people and " and " not in who and is_person(doc, who) and (
                who in known or honoured(doc, who.split()[-1])) and (leaders is None or who in leaders):
            people.append(who)
            if len(people) == 2:
                return f"{people[1]} and {people[0]}"
    return None


_LEADERS = re.compile(r"\b(?:leaders|presidents|premiers|prime\s+ministers|heads\s+of\s+(?:state|government))\b", re.I)
_LEADER_WORDS = {"president", "premier", "chancellor", "leader", "king", "prime", "emir", "sultan", "taoiseach"}


def both_parties(doc, key: int) -> str | None:
    """The last pair of parties named before ``key`` ("Armenia and Azerbaijan"), for "the two sides"."""
    k = doc.before(doc._pair_pos, key)
    return doc.pairs[k - 1][1] if k else None


def pair_that_spoke(doc, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """The pair that spoke just before ``key``, after the last pair named ("X, chair of VR, and Y, chair of Efling,
    told reporters ... But both made clear"), for "both"."""
    pair = next(((pos, who) for pos, who in reversed(so_far[-5:]) if pos < key), None)
    named = doc.before(doc._pair_pos, key)
    if pair and pair[1].count(" and ") == 1 and key - pair[0] < 600 and (not named or pair[0] > doc._pair_pos[named - 1]):
        return pair[1]
    return None


#: "the three carmakers", "the eleven countries", "the five blocs": a count of bodies named together before (not
#: "the four union leaders": people, whose bodies may be the ones named)
COUNTED = re.compile(r"(?:the\s+)?(?P<n>three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?"
                     r"(?!(?:leader|minister|president|chief|head|official|negotiator|envoy|men|women|member|delegate|"
                     r"representative|secretarie|spokesm[ae]n|people|person)s?\b)[a-z-]{3,}s", re.IGNORECASE)
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
            "twelve": 12}
_ITEM = r"(?:the[ \t]+)?[A-Z][\w’'&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'&-]*)*"
#: Names in a list: "Honda, Nissan and Mitsubishi Motors", "the United States, the United Kingdom, Italy, ... and the
#: United Arab Emirates"
_LIST = re.compile(rf"(?<![\w’'-]){_ITEM}(?:,[ \t]+{_ITEM})+,?[ \t]+and[ \t]+{_ITEM}")


def counted_parties(doc, mention: str, key: int) -> str | None:
    """The list of as many names as ``mention`` counts ("the three carmakers"), the last given before ``key``."""
    m = COUNTED.fullmatch(mention.strip())
    if m is None:
        return None
    lists = doc.fit_memo.get("named lists")
    if lists is None:
        lists = doc.fit_memo["named lists"] = [
            (x.start(), [re.sub(r"^the\s+", "", p) for p in re.split(r",\s+(?:and\s+)?|,?\s+and\s+(?=(?:the\s+)?[A-Z])",
                                                                     x.group())])
            for x in _LIST.finditer(doc.text) if not doc.in_quote(x.start())]
    n = _NUMBERS[m.group("n").lower()]
    found = next(((pos, items) for pos, items in reversed(lists) if pos < key and len(items) in (n, n - 1)), None)
    if found is None or len(found[1]) == n:
        return " and ".join(found[1]) if found else None
    # ("Qatar hosted both rounds, with Spain, Norway and Switzerland alongside it ... the four countries": the
    # sentence's subject, then the list with it)
    first = _SUBJECT_NAME.match(doc.text, doc.sentence_of(found[0])[0])
    return " and ".join([first.group(1)] + found[1]) if first and first.group(1) not in found[1] else None


_SUBJECT_NAME = re.compile(r"\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:[a-z]+ed|hosted|led|met|held)\b")


#: (an item may carry a title of a word or two before its name: "Amplats boss Chris Griffith, Implats chief ...", or
#: three: "EU foreign policy chief Federica Mogherini")
_NAMED = r"(?:the\s+)?(?:(?!(?:You|I|We|He|She|They|It)\b)[A-Z][\w’'.-]*\s+(?:[a-z]+\s+){1,3}(?=[A-Z]))?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
_NAMES = re.compile(_NAMED + r"(?:\s*,\s*(?:and\s+)?" + _NAMED + r")*(?:,?\s+and\s+" + _NAMED + ")")
#: "In Brussels, Germany, France and Italy": a place before a list
LIST_PLACE = re.compile(r"(?:In|At|From|On)\s+[^,]{1,40},\s*")
_COMMA_OR_AND = re.compile(r",|\s+and\s+")


def is_list(seg: str) -> bool:
    """A list of names: "Germany, France, ... and the European Commission" (not "Chairman and CEO David Adam", nor
    "In Islamabad, Deputy Prime Minister and Foreign Minister Ishaq Dar": one person's two titles)."""
    rest = LIST_PLACE.sub("", seg)
    if "," not in rest and " and " not in rest:  # (no list without either: the titles below need not be read)
        return False
    first = _COMMA_OR_AND.split(rest)[0].split()
    titles_only = bool(first) and (norm_role(first[-1]) in HUMAN_ROLES or first[-1].isupper()) and all(
        norm_role(w) in HUMAN_ROLES or fold(w) in PREFIX_WORDS or w.isupper() for w in first)
    # ("Centerra President and Chief Executive Officer Scott Perry": a company's name, then one person's two titles)
    second = rest.split(" and ", 1)[1].split() if "," not in rest and " and " in rest else []
    # ("IMF Deputy Managing Director and Acting Chair Mr Mitsuhiro Furusawa": a second title may open with "Acting")
    lead = 1 if len(second) > 1 and fold(second[0]) in {"acting", "interim", "deputy", "vice"} else 0
    titles_only = titles_only or bool(first and second) and norm_role(first[-1]) in HUMAN_ROLES \
        and norm_role(second[lead]) in HUMAN_ROLES and second[0][:1].isupper() or bool(first and second) \
        and fold(first[-1]) in PORTFOLIO_WORDS and fold(second[0]) in PORTFOLIO_WORDS | PORTFOLIO_ADJECTIVES
    # ("Mines and Energy Minister", "Minister of Energy and Mineral Resources Ignasius Jonan")
    return not titles_only and ("," in rest or " and " in rest) and _NAMES.fullmatch(rest) is not None


def subject_pair(doc, mention: str, start: int) -> str | None:
    """"Barrick Mining and Mali's military-led transitional government have agreed ..., both sides announced": the
    pair that opens the sentence holding ``start``, when "both sides" (``mention``) reports on its own sentence."""
    from stance.extract.candidates import after_dateline
    from stance.extract.persons import canonical

    if _TWO_PEOPLE.search(mention):
        return None  # ("the two prime ministers": people, not the sides)
    a = after_dateline(doc, doc.sentence_of(start)[0], start)
    m = _PAIR_SUBJECT.match(doc.text, a, start)
    if m is None or doc.in_quote(m.start(1)):
        return None
    return " and ".join(canonical(doc, side) for side in (m.group(1), m.group(2)))


#: A sentence's subject of two parties, the first capitalised, before a verb of agreeing ("X and Y have agreed",
#: "... signed"): the sides a deal has (not "The UN and the Church will oversee it, the two sides said")
#: (either side may be "Colombia's government"; the second may carry its acronym and an appositive: "the National
#: Liberation Army (ELN), the country's largest remaining guerrilla group, signed")
_PAIR_SUBJECT = re.compile(r"\s*(?:The\s+|the\s+)?((?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*(?:(?<=[’']s)\s+government)?)\s+"
                           r"and\s+(?:the\s+)?((?:[A-Z][\w’'.&-]*|[a-z][\w’'-]*)(?:\s+[\w’'&.-]+){0,5}?)"
                           r"(?:\s+\([A-Z][\w.&-]{1,12}\))?(?:,\s+(?:the|a|an)\s+[^,;:()\"“”]{3,80},)?\s+"
                           r"(?:(?:have|has|had)\s+)?(?:agreed|signed|reached|struck|concluded|settled|sealed|finali[sz]ed|"
                           r"clinched)\b")


def resolve_list(doc, sp, key: int, so_far: list[tuple[int, str]]) -> str:
    """"Amplats boss Chris Griffith, Implats chief Terence Goodlace and Lonmin's Ben Magara": each name, joined
    as a joint speaker (an item that is no name is kept as written); but "Commerce and Industry Minister Piyush
    Goyal" is one minister of two portfolios."""
    from stance.extract.persons import canonical
    from stance.extract.resolution import resolve_name  # (resolution imports this module)
    from stance.extract.speakers import parse_speaker

    one = _TWO_PORTFOLIOS.fullmatch(sp.mention)
    if one and all(fold(w) in PORTFOLIO_WORDS | {"and", "foreign"} for w in one.group(1).split()):
        return canonical(doc, one.group(2))
    out = []
    for m in re.finditer(r"[^,]+?(?=\s*,\s*(?:and\s+)?|\s+and\s+|$)", sp.mention):
        part = re.sub(r"^(?:and\s+)?(?:the\s+)?", "", m.group().strip())
        if not part:
            continue
        name = None
        # described: "Implats chief Terence Goodlace", "Lonmin's Ben Magara", "Prime Minister Christopher Luxon"
        if re.search(r"\s[a-z]|[’']s\s", part) or any(fold(w).rstrip(".") in HUMAN_ROLES for w in part.split()[:-1]):
            a = sp.start + m.start() + m.group().index(part)
            inner = parse_speaker(doc, a, a + len(part), whole=True)
            name = resolve_name(doc, inner) if inner is not None and inner.kind == "name" else None
        out.append(name or part)
    return " and ".join(out)


_TWO_PORTFOLIOS = re.compile(r"(?:(?:Minister|Secretary)\s+(?:of|for)\s+)?((?:[A-Z][\w-]*\s+){1,3}and\s+(?:[A-Z][\w-]*\s+){1,3}?)"
                             r"(?:(?:Minister|Secretary|Commissioner)\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})")
