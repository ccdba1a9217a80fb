"""Unions by name: the one named last by a short name or an acronym ("Unite", "ver.di", "the Lederne union", "ATU
Local 113"), spelt out where the article does; and the two unions "the unions" are, as the article named them together."""

from __future__ import annotations

import re

from stance.extract.names import fold
from stance.extract.scan import CAPITAL, anchored, last_match
from stance.extract.vocabulary import PLACES, STOP_CAPS, UNION_NAMES

_UNION_NAME_RE = None


def named_union(doc, key: int) -> tuple[int, str] | None:
    """(position, name) of the union named last before ``key`` by a short name or an acronym alone ("Unite",
    "ver.di"), as the article spells it out in full where it does ("Vereinte Dienstleistungsgewerkschaft
    (ver.di)"); outside quotes."""
    global _UNION_NAME_RE
    if _UNION_NAME_RE is None:
        names = sorted(UNION_NAMES, key=len, reverse=True)
        _UNION_NAME_RE = re.compile(r"(?<![\w’'.-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-]|\.\w)")
    hits = [m for m in _UNION_NAME_RE.finditer(doc.text, max(0, key - 6000), key) if not doc.in_quote(m.start())]
    mine = _own_union_acronym(doc)
    if mine is not None:
        hits = sorted(hits + [m for m in mine.finditer(doc.text, max(0, key - 6000), key)
                              if m.group().isupper() and not doc.in_quote(m.start())], key=lambda m: m.start())
    called = _called_unions(doc)
    if called is not None:
        hits = sorted(hits + [m for m in called.finditer(doc.text, max(0, key - 6000), key)
                              if not doc.in_quote(m.start())], key=lambda m: m.start())
    # ("ATU Local 113 says ...", "UAW Local 600": a union's local, by its number)
    hits = sorted(hits + [m for m in UNION_LOCAL.finditer(doc.text, max(0, key - 6000), key)
                          if not doc.in_quote(m.start())], key=lambda m: m.start())
    if not hits:
        return None
    m = hits[-1]
    if UNION_LOCAL.fullmatch(m.group()):
        full = re.search(r"(?<![\w’'.-])[A-Z]{2,6}\s+" + re.escape(m.group().split()[-2]) + r"\s+" +
                         re.escape(m.group().split()[-1]) + r"\b", doc.text) if m.group().startswith("Local") else None
        return m.start(), full.group() if full else m.group()
    if doc.spelt_out is None:  # "Vereinte Dienstleistungsgewerkschaft (ver.di)": found once per article
        doc.spelt_out = {}
        for sm in _SPELT_OUT.finditer(doc.text):
            doc.spelt_out.setdefault(sm.group(2), re.sub(r"^The\s+", "", sm.group(1)))
    # an acronym whose letters the full name spells ("CUPE") first, then any name before the brackets ("ver.di"),
    # then the one union whose full name opens with it ("the Machinists union": "Machinists Union Local S6")
    return m.start(), doc.acronyms.get(fold(m.group())) or doc.spelt_out.get(m.group()) or _fuller_union(doc, m.group())


#: "ATU Local 113", "UAW Local 600", "Local 113", "DC 33" (District Council 33): a union's local, by its number.
UNION_LOCAL = re.compile(r"(?<![\w’'.-])(?:(?:[A-Z]{2,6}\s+)?Local\s+\d{1,4}[A-Z]?|DC\s+\d{1,3})(?![\w-])")


def _fuller_union(doc, name: str) -> str:
    """The union's full name where the article gives one that opens with ``name`` ("the Machinists union":
    "Machinists Union Local S6"), else ``name`` (asked once per name)."""
    memo = doc.fit_memo.setdefault("fuller_union", {})
    if name not in memo:
        full = re.search(re.escape(name) + r"\s+(?:Union|Association|Federation|Guild)(?:\s+(?:Local\s+)?[A-Z0-9][\w-]*){0,3}",
                         doc.text)
        memo[name] = full.group() if full else name
    return memo[name]


def _own_union_acronym(doc) -> re.Pattern | None:
    """The article's own acronym for its one union ("NYSNA" for the New York State Nurses Association it spells
    out), as a pattern; None with two unions in play ("the Offshore Alliance" of the AWU and others), where the
    nearest is no evidence. Found once per article."""
    if doc.own_union is False:
        own = [a for a, full in doc.acronyms.items() if fold(full.split()[-1]) in _UNIONISH]
        fulls = {doc.acronyms[a] for a in own}
        alone = len(own) == 1 and not any(fold(o.split()[-1]) in _UNIONISH | {"alliance"} and o not in fulls
                                          for _, o in doc.orgs)
        doc.own_union = re.compile(r"(?<![\w’'.-])" + re.escape(own[0]) + r"(?![\w-])", re.IGNORECASE) \
            if alone else None
    return doc.own_union


def _called_unions(doc) -> re.Pattern | None:
    """The names the article itself calls a union ("the Lederne union", "the Impact union"), as a pattern; None if
    it calls nothing so. Found once per article."""
    from stance.extract.groups import named_company  # (groups asks this module for unions)

    if "called_unions" not in doc.fit_memo:
        # (not "the Samsung union", "the Kellogg union": a company's union is not the company; nor "the Korean union")
        bodies = {fold(w) for o in doc.org_names() if not set(map(fold, o.split())) & _UNIONISH for w in o.split()}
        # (each looked for only in the word before its "union": far fewer than the capitals a scan would try)
        names = {m.group(1) for m in anchored(_CALLED_UNION, doc.text, _UNION_WORD, 1, opening=CAPITAL)
                 # (nor "Soaked union members packed the sidewalk": a participle opening a sentence)
                 if not m.group(1).endswith(("ian", "ese", "ish", "ean", "’", "'", "ed", "ing")) and fold(m.group(1)) not in PLACES
                 and fold(m.group(1)) not in STOP_CAPS | _NOT_A_UNION_NAME | bodies and not named_company(doc, m.group(1))}
        # ("The union, Sindicato No. 1, described ...": the name an appositive gives "the union")
        names |= {m.group(1) for m in anchored(_UNION_APPOSITIVE, doc.text, _UNION_COMMA, 1, opening=_T)}
        doc.fit_memo["called_unions"] = re.compile(r"(?<![\w’'.-])(?:" + "|".join(map(re.escape, sorted(names))) +
                                                   r")(?![\w-])") if names else None
    return doc.fit_memo["called_unions"]


_NOT_A_UNION_NAME = {"the", "a", "an", "every", "our", "one", "each", "local", "national", "and", "another", "any", "no",
                     "this", "that", "its", "their", "his", "her", "u.s.", "motor", "airport", "workers", "teachers"}
_CALLED_UNION = re.compile(r"(?<![\w’'.-])([A-Z][\w’'&.-]*)\s+union\b")
_UNION_APPOSITIVE = re.compile(r"\b[Tt]he\s+union,\s+([A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|No\.|of|de|del|des|the|and|"
                               r"\d{1,4})){0,6}),")
_UNION_WORD, _UNION_COMMA, _T = re.compile(r"union\b"), re.compile("union,"), re.compile("[Tt]")  # (their anchors)
_UNIONISH = {"union", "association", "federation", "guild", "brotherhood", "congress", "confederation", "workers"}
_SPELT_OUT = re.compile(r"((?:[A-Z][\w’'.-]*\s+(?:(?:of|the|and|for)\s+){0,2}){0,6}[A-Z][\w’'.-]*)\s*\(([^()]{2,20})\)")


_UNION_PAIR = re.compile(r"\b(?:unions|alliances)[,:]?\s+(?:the\s+)?([A-Z][\w.&’'-]*(?:[ \t]+[A-Z][\w.&’'-]*){0,5})\s+and\s+"
                         r"(?:the\s+)?([A-Z][\w.&’'-]*(?:[ \t]+[A-Z][\w.&’'-]*){0,5}|[a-z][\w.]*[a-z])\b")


def union_pair(doc, key: int) -> str | None:
    """"the unions said": the two unions the article last named together, in the 6,000 characters before ``key``."""
    from stance.extract.persons import canonical

    last = last_match(_UNION_PAIR, doc.text, max(0, key - 6000), key) or next((m for m in reversed(list(
        _UNIONS_JOINED.finditer(doc.text, max(0, key - 6000), key))) if not _EMPLOYERS_IN.search(m.group())), None)
    return f"{canonical(doc, last.group(1))} and {canonical(doc, last.group(2))}" if last else None


#: Two unions named together by their full names ("The Estonian Doctors' Union and the Estonian Healthcare Workers'
#: Vocational Union reached ..."), not an employers' association
_FULL_UNION = r"(?:[A-Z][\w’'.-]*\s+){0,5}(?:Union|Federation|Guild|Confederation|Association)"
_UNIONS_JOINED = re.compile(r"(?<![\w’'-])(?:The\s+)?(" + _FULL_UNION + r")\s+and\s+(?:the\s+)?(" + _FULL_UNION + r")\b")
_EMPLOYERS_IN = re.compile(r"Employers|Hospitals|Producers|Manufacturers|Owners|Operators|Retailers|Companies|Business")


