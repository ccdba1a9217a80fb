"""Speaker phrases: parse "Kremlin spokesman Dmitry Peskov", "the US president", "he", "Germany, France and
the EU" out of an attribution (stance.extract.resolution turns them into canonical speakers)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from stance.extract.issuers import possessed_or_issued
from stance.extract.names import cap_runs, ends_name, fold, is_cap, norm_role
from stance.extract.parties import COUNTED, LIST_PLACE, is_list
from stance.extract.placed import name_of, person_first, person_of_places, portfolio_speaker, titled_to
from stance.extract.unions import UNION_LOCAL
from stance.extract.unnamed import bodies_of_a_kind, one_of_many, people_before, person_noun, titled_body
from stance.extract.vocabulary import (BOTH_PARTIES_RE, HUMAN_ROLES, ORG_ROLES, PORTFOLIO_WORDS, PREPOSITIONS, PRONOUNS,
                                       STOP_CAPS, SUBJECT_TRAIL, UNNAMED_DETERMINERS, UNNAMED_HEADS, may_trail)


@dataclass
class Speaker:
    kind: str          # name | role | pronoun | list | description (no one the article names) | ...
    mention: str
    start: int
    end: int
    special: str = ""  # "quote": the real speaker follows the verb ("TASS quoted Trump as saying")


#: What may come before a speaker phrase: a conjunction, a date or a time ("On Aug. 25 the union said", "In July
#: Commissioner Johansson told us"), "Hours later", "His Excellency".
LEAD_FILLER = re.compile(
    r"[\s,;:—–-]*(?:(?:and|but|so|as|while|yet|then|after|until|though|although)\s+)?"
    # ("16:18 Jim Smith said", "4:18 a.m. The union confirms": a live page's time before its post's subject)
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?\s+(?=the\s|[A-Z]))?"
    # "On Aug. 25 the union said": a date before the subject, with no comma after it
    r"(?:(?:Only\s+)?(?:On|Last|Early|Late|By)\s+(?:the\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\w+day|week|month|night|year),?\s+"
    r"(?=the\s|[A-Z]))?"  # ("Only last month Kulesza was insisting")
    # ("In July Commissioner Johansson told us", "This morning the minister said", "That night Smith wrote")
    r"(?:(?:In\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+(?:this|last)\s+year)?|\d{4})|(?:(?:Earlier|Later)\s+)?(?:this|that|the\s+(?=same\s|next\s|following\s))"
    r"\s*(?:same\s+|next\s+|following\s+)?(?:morning|afternoon|evening|night|day|"
    r"week|month|year)|Earlier|Yesterday|Today)"
    r"\s+(?=the\s|[A-Z]))?"
    r"(?:(?:Hours|Days|Minutes|Moments|Weeks)\s+later,?\s+)?"  # ("Hours later the NASUWT ... reported")
    # ("A day after President Donald Trump said ...": the time a clause is set in, before its subject)
    r"(?:(?-i:A|One|Two|Three|Four|Five)\s+(?:day|days|week|weeks|month|months|hour|hours)\s+(?:after|before)\s+(?=the\s|[A-Z]))?"
    # ("In a statement the exchange said", "In a letter to members Smith wrote": where it was said, no comma after it)
    r"(?:In\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|letter|post|release|speech|"
    r"message|video|note|email|e-mail)(?:\s+(?:to|on)(?:\s+[\w-]+){1,2}?)?\s+(?=the\s|[A-Z]))?"
    # ("A week earlier another executive had vowed ...")
    r"(?:(?-i:A|One)\s+(?:day|week|month|year|fortnight)\s+(?:earlier|later),?\s+)?"
    r"(?:(?:Afterwards|Afterward|Later|Meanwhile|Separately|Previously|Since\s+then|At\s+the\s+time)\s*,?\s+(?=the\s|[A-Z]))?"
    r"(?:Within\s+(?:the\s+)?(?:last\s+|past\s+)?(?:an?\s+|few\s+)?(?:hour|hours|minutes|days|week)\s*,?\s+)?"
    r"(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+)?",
    re.IGNORECASE)


# (compiled once: parse_speaker is asked of every attribution and subject in an article)
_ACRONYM_END = re.compile(r"\s*\((?:[A-Z][\w.&-]{1,11}|(?:NYSE|NASDAQ|Nasdaq|TASE|LSE|TSX|ASX|NSE|BSE|JSE|HKEX|SGX|OTC)"
                          r":\s*[A-Z][\w.]{0,9})\)\s*$")  # ("(NSEU)"; a listing, "(TASE: NWMD)")
_SUBORDINATE_OPENING = re.compile(r"\s*(?:when|because|since|once)\s+", re.IGNORECASE)
_WORD = re.compile(r"\S+")
#: ("both the National Security Adviser and the BNP leader said": two roles, each with words before it)
_TWO_ROLES = re.compile(r"(?:the\s+)?([a-z]+)\s+and\s+the\s+([a-z]+)|[Bb]oth\s+the\s+(?:[\w-]+\s+){0,3}?([A-Za-z]+)\s+and\s+"
                        r"the\s+(?:[\w-]+\s+){0,3}?([A-Za-z]+)", re.I)
_HEAD_OF_STATE = re.compile(r"(?:the\s+)?head\s+of\s+state", re.I)
#: "the 32-year-old told a sold-out crowd": someone the article has just written about, by age
#: "the 26-year-old", "The 104-cap right back", "The Harrisburg, Pa., kid", "the Detroit native": an epithet for the
#: person just written about
#: ("The mum-of-two said", "the father-of-three")
AGED = re.compile(r"(?:the|The)\s+(?:(?:[a-z]+\s+)?\d{1,3}-(?:year-old|cap)(?:\s+(?![a-z]+ed\b)[a-z-]+){0,2}|"
                  r"(?:mum|mom|mother|dad|father|grandmother|grandfather|gran|grandad|grandma|grandpa)-of-"
                  r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|"
                  r"(?:[A-Z][\w’'.-]*,?\s+){1,3}(?:native|kid|product|lad))")
#: ("Unions representing meat plant staff": a participle's phrase after the plural too)
_PLURAL = re.compile(r"(?:(?:a\s+number|dozens|hundreds|some|many|most)\s+of\s+(?:the\s+)?)?(?:[\w’'-]+\s+){0,3}?"
                     r"([A-Za-z][\w-]*s)(?:\s+(?:of|in|from|at|near|outside)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?|"
                     r"\s+(?:around|behind|close\s+to)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|"  # ("officers around Traoré")
                     r"\s+(?:representing|working\s+(?:at|in|for)|living\s+(?:in|near)|backing|supporting|opposed\s+to|"
                     r"loyal\s+to)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?")
_CLAUSE_WORDS = {"that", "which", "who", "is", "are", "was", "were", "has", "have", "had", "been"}
_BODIES_OF = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}bodies\s+(?:of|for|representing)\s+[^,;:“”\"]{3,80}")
_THE_GROUP = re.compile(r"[Tt]he\s+([a-z][\w-]*(?:ers|ists|ants|ents|ians|ors)|rebels|guerrillas)")

def parse_speaker(doc, a: int, b: int, whole: bool = True) -> Speaker | None:
    """The speaker phrase ending at b (e.g. "Kremlin spokesman Dmitry Peskov", "he", "the US president").

    With ``whole``, the phrase must fill [a, b) (modulo leading filler), as in an attribution clause.
    """
    # the same span is asked about from several places (a quote's attribution, its sentence's subject, ...):
    # parsed once per article, and handed out as a copy, since callers may adjust their speaker
    key = (a, b, whole)
    if key not in doc.speaker_memo:
        doc.speaker_memo[key] = _parse_speaker(doc, a, b, whole)
    sp = doc.speaker_memo[key]
    return replace(sp) if sp is not None else None


_LONGEST_PRONOUN = max(len(k) for k in PRONOUNS)
_KIN_NAMED = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:(?:late|elder|younger|older|eldest|youngest)\s+)?"
                        r"(?:mother|father|wife|husband|son|daughter|brother|sister|partner|fianc[ée]e?|grandmother|"
                        r"grandfather|aunt|uncle|cousin|niece|nephew|friend|widow|widower)\s+"
                        r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:,\s+\d{1,3})?")
_NICK_INSIDE = re.compile(r"[A-Z][\w’'-]+\s+[\"“][A-Z][\w’'.-]+[\"”]\s+(?=[A-Z][\w’'-]+$)")
_NO_ONE = re.compile(r"(?:anyone|anybody|everyone|everybody|whoever|no\s+one|nobody)\b", re.IGNORECASE)
_WHOSE = re.compile(r"whose\s+", re.IGNORECASE)
#: How a member addresses the chair, never a speaker of the words that follow.
_ADDRESS = re.compile(r"(?:Mr|Madam|Madame|Mister)\.?\s+(?:President|Speaker|Deputy\s+Speaker|Chairman|Chair)")


def _whose_or_portfolio(doc, a: int, b: int, seg: str) -> tuple[Speaker | None] | None:
    """(speaker,) for a phrase opening with "whose" ("The SDLP, whose leader Colum Eastwood confirmed": the name;
    "whose port had told ships": nobody), naming portfolios between commas, or a name's possessive before a speech
    noun ("Mr Guaidó's answer is that ...": Guaidó); None for any other phrase."""
    if seg[-2:] in ("'s", "’s") and seg[:1].isupper():
        named = _parse_speaker(doc, a, b - 2, True)
        return (named,) if named is not None and named.kind == "name" else None
    if whose := _WHOSE.match(seg):
        named = _parse_speaker(doc, a + whose.end(), b, True)
        return (named if named is not None and named.kind == "name" else None,)
    listed = portfolio_speaker(a, seg) if "," in seg else None
    if listed is None and "," in seg and (body := doc.held_body(seg)) is not None:
        listed = Speaker("name", body, b - len(body), b)  # ("the Rail, Tram and Bus Union": one body's name)
    return (listed,) if listed is not None else None


def _phrase_span(t: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without what may trail a speaker phrase ("said on Tuesday", "also"), a closing acronym in brackets,
    or an opening subordinator after a comma."""
    m = SUBJECT_TRAIL.search(t, max(a, b - 160), b) if may_trail(t, a, b) else None  # trailing words are short
    if m:
        b = m.start()
    acr = _ACRONYM_END.search(t[max(a, b - 20):b])
    if acr:  # "the National Samsung Electronics Union (NSEU)": the name, without its acronym
        b = max(a, b - 20) + acr.start()
    sub = _SUBORDINATE_OPENING.match(t[a:b])
    if sub and t[max(0, a - 3):a].rstrip().endswith((",", ";", "—", "–")):
        a += sub.end()  # ", when the Sovereign Council announced": a clause after a comma (not "When he announced")
    return a, b


def _parse_speaker(doc, a: int, b: int, whole: bool) -> Speaker | None:
    t = doc.text
    a, b = _phrase_span(t, a, b)
    style = t[a:b].strip(" \t\n,")
    # (folded only when short enough to be one: a subject can run to hundreds of characters)
    if whole and len(style) <= _LONGEST_PRONOUN and fold(style) in PRONOUNS:  # "His Excellency affirmed": a style
        start = t.index(style, a)
        return Speaker("pronoun", style, start, start + len(style))
    lead = LEAD_FILLER.match(t, a, b)
    a = lead.end() if lead else a
    seg = t[a:b].rstrip(" \t\n,")
    b = a + len(seg)
    # ("Anyone who believed otherwise, he fumed, ...", "Whoever thinks that eggs will decide ...": no one in particular;
    # "Mr. President, may I ...": whom a member addresses)
    if not seg or len(seg) > 200 or _NO_ONE.match(seg) or _ADDRESS.fullmatch(seg):
        return None
    if whole and (form := _whose_or_portfolio(doc, a, b, seg)) is not None:
        return form[0]
    # ('Bengals cornerback Adam "Pacman" Jones': a nickname between the names; the family name after it is the person,
    # as the registry knows it)
    nick = _NICK_INSIDE.search(seg) if whole else None
    if nick is not None:
        return _parse_speaker(doc, a + nick.end(), b, whole)
    words = list(_WORD.finditer(seg))
    last = words[-1].group()
    if whole and len(words) == 1 and last.lower() in ("it", "they"):
        return Speaker(last.lower(), last, a, b)
    if whole and (named := _kin_named(doc, a, seg)) is not None:
        return named
    special = possessed_or_issued(doc, a, b, seg) if whole else None
    if special is not None:
        return special
    if last.lower() in PRONOUNS and (len(words) == 1 or not whole):
        return Speaker("pronoun", last, a + words[-1].start(), b)
    if whole and UNION_LOCAL.fullmatch(seg) and not seg.startswith("Local"):  # "ATU Local 113 says": a union's local
        return Speaker("name", seg, a, b)
    if whole and (BOTH_PARTIES_RE.fullmatch(seg) or COUNTED.fullmatch(seg)):
        return Speaker("parties", seg, a, b)  # "the two sides", "the three carmakers": those named last
    two = _TWO_ROLES.fullmatch(seg) if whole else None
    if two and {norm_role(w.lower()) for w in two.groups() if w} <= ORG_ROLES | HUMAN_ROLES:
        return Speaker("roles", seg, a, b)  # "the union and the alliance said"
    if whole and (person := person_of_places(doc, a, seg)) is not None:
        return person
    if whole and (joined := _joined(doc, a, b, seg)) is not None:
        return joined
    from bisect import bisect_left
    i0 = bisect_left(doc._tok_starts, a)
    toks = doc.tokens[i0:bisect_left(doc._tok_starts, b)]
    if not toks:
        return None
    person = person_first(doc, a, seg) if whole else None
    if person is not None:
        return person
    if whole and (_HEAD_OF_STATE.fullmatch(seg) or AGED.fullmatch(seg)):
        return Speaker("role", seg, a, b)
    found = _described(doc, a, b, seg, whole) or (parse_name(doc, a, b, i0, whole) if ends_name(toks[-1][2]) else None) \
        or _role_of(seg, a, b) or parse_role(doc, a, b, toks, whole) or (name_of(a, seg) if whole else None)
    if found is not None and found.kind == "name" and one_of_many(doc, found.mention):
        found = Speaker("unnamed", found.mention, found.start, found.end)  # "A senior Social Democrat said"
    return found if found is not None or not whole else titled_to(doc, a, b, seg)


def _joined(doc, a: int, b: int, seg: str) -> Speaker | None:
    """Speakers joined: a list of names ("Germany, France and Italy"), or two speakers joined by "and the"; not one
    body's name the registry holds ("The Hostages and Missing Families Forum")."""
    if doc.held_body(seg) is not None:
        return None
    if is_list(seg):
        place = LIST_PLACE.match(seg)  # "In Brussels, Germany, France and Italy": the list after the place
        return Speaker("list", seg[place.end():] if place else seg, a + (place.end() if place else 0), b)
    return _joint(doc, a, seg) if " and " in seg and "," not in seg else None


def _joint(doc, a: int, seg: str) -> Speaker | None:
    """"Glasgow City Council and the joint claimant group confirmed", "Opposition groups and good-governance
    organisations have said": two speakers joined, each one that a speaker phrase may be (a name, a role, a body or
    people described; two groups described, without "the")."""
    for m in re.finditer(r"\s+and\s+", seg):
        the = seg.startswith("the ", m.end())
        first = parse_speaker(doc, a, a + m.start(), True)
        second = parse_speaker(doc, a + m.end(), a + len(seg), True) if first is not None else None
        if second is not None and the and {first.kind, second.kind} <= _JOINABLE:
            return Speaker("joint", seg, a, a + len(seg))
        # (one unnamed group of two kinds of people or bodies, each plural: not "His lawyer and relatives")
        if second is not None and first.kind == second.kind == "unnamed" and first.mention.endswith("s"):
            return Speaker("unnamed", seg, a, a + len(seg))
    return None


_JOINABLE = {"name", "role", "unnamed"}


def _kin_named(doc, a: int, seg: str) -> Speaker | None:
    """"Her mother Sakie, 78, said": the one named after their relation to someone, or None."""
    kin = _KIN_NAMED.fullmatch(seg)
    named = _parse_speaker(doc, a + kin.start("name"), a + kin.end("name"), True) if kin else None
    return named if named is not None and named.kind == "name" else None


def _described(doc, a: int, b: int, seg: str, whole: bool) -> Speaker | None:
    """A person or group described, not named: "workers", "a union rep on the picket line", or one who gave a
    name ("a Grade Level 06 officer who gave her name only as Mrs Adaeze")."""
    # "residents of the capital", "relatives of patients", "Mediators in Jeddah", "a number of unposted interns"
    plural = _PLURAL.fullmatch(seg)
    if plural and not plural.group(1).lower().endswith("ss") and (  # "the union boss" is one person
            plural.group(1).lower() in UNNAMED_HEADS or norm_role(plural.group(1)) != plural.group(1).lower()
                   and norm_role(plural.group(1)) in HUMAN_ROLES
            # ("Opposition parties said", "Rival unions warned": bodies of a kind, not named, no article before them)
            or bodies_of_a_kind(seg, plural.group(1))) \
            and not re.match(r"(?:his|her|their|its|our)\b", seg, re.I) and not titled_body(seg):
        return Speaker("unnamed", seg, a, b)
    group = _THE_GROUP.fullmatch(seg) or _BODIES_OF.fullmatch(seg)
    # "the wrestlers said", "the protesters said": the group the article is about; "the umbrella bodies of Burkina's
    # religious and customary communities said": bodies the article describes as one
    if whole and group:
        return Speaker("role", seg, a, b)
    gave = GAVE_NAME_AS.search(seg)
    if whole and gave:
        # (the name, without a relative clause after it: "a line worker named Rocío who has been there eleven years")
        rel = re.search(r"\s+who\b", gave.group(1))
        named = parse_speaker(doc, a + gave.start(1), a + gave.start(1) + rel.start() if rel else b, whole=True)
        if named is not None and named.kind == "name":
            return named
    one = _ONE_OF.fullmatch(seg) if whole else None
    if one:
        return _one_of(doc, a, b, one)
    unnamed = _UNNAMED_PHRASE.fullmatch(seg)
    if unnamed and person_noun(unnamed.group("head")):
        return Speaker("unnamed", seg, a, b)
    # "His neighbour, who did not want to be named, said": someone known by their relation to another
    kin = _KIN_OF.fullmatch(seg) if whole else None
    if kin and (norm_role(kin.group("head")) in HUMAN_ROLES or kin.group("head").lower() in UNNAMED_HEADS | _KIN):
        return Speaker("unnamed", kin.group(1), a + kin.start(1), b)
    if whole and _PARTISAN.fullmatch(seg):  # '"People are furious," one House Democrat told Axios'
        return Speaker("unnamed", seg, a, b)
    # '"...," said one ward sister at a teaching hospital in Leeds, who asked not to be named': someone described
    # by any noun, introduced as one of many, where a speaker is expected
    someone = _SOMEONE.fullmatch(seg) if whole else None
    # (not "a promise to": a head is no preposition)
    if someone and norm_role(someone.group("head")) not in ORG_ROLES | _PRONOUN_WORDS \
            and not someone.group("head").endswith("ing") and someone.group("head") not in PREPOSITIONS | {"to"}:
        return Speaker("unnamed", seg, a, b)
    return None


#: "One of them", "one of the two diplomats", "Another": one of some people described, not named
_ONE_OF = re.compile(r"(?P<some>(?-i:Many|Some|Most|Others|Several))|"  # (opening the sentence: not "while others said")
                     r"(?:one|another)(?:\s+of\s+(?:them|those|these|(?:the|those|these|his|her|their|its)\s+(?P<who>[^,;:]{2,80})))?", re.I)


def _one_of(doc, a: int, b: int, one: re.Match) -> Speaker | None:
    """"One of the negotiators" (one of them, unnamed), or "One of them", "Many" after a sentence describing people."""
    if one.group("who"):
        words = one.group("who").split()
        return Speaker("unnamed", one.group("who"), a + one.start("who"), b) if person_noun(words[-1].rstrip("s")) or \
            person_noun(words[-1]) else None
    some = one.group("some")  # ("Hundreds of traders gathered. Many say ...": "many traders")
    who = people_before(doc, a, plural=bool(some))
    if some and who and not (who.endswith("s") or who.endswith("people")):  # (not "Others" after "the President")
        return None
    return Speaker("unnamed", f"{some.lower()} {who}" if some and who else who, a, b) if who else None


_KIN = {"neighbour", "neighbor", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "friend",
        "colleague", "partner", "cousin", "uncle", "aunt", "boss", "manager", "lawyer", "doctor", "teacher"}
_PARTISAN = re.compile(r"(?:one|another|an?)\s+(?:[A-Z][\w-]*\s+)?(?:Democrat|Republican|Tory|Conservative|Liberal|"
                       r"Labour\s+MP|Democratic\s+senator|Republican\s+senator)")
_PRONOUN_WORDS = {"he", "she", "they", "it", "we", "i", "you", "who", "that", "which"}
_SOMEONE = re.compile(r"(?:one|another|an?)\s+(?:(?!(?:of|and|or|the)\s)[a-z][\w’'-]*\s+){0,2}"
                      r"(?P<head>[a-z][\w’'-]*[a-rt-z])(?:,?\s+(?:at|in|from|on|with|near|who)\s(?:(?!\sand\s)[^;:]){0,200})?")


_ROLE_OF = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?([\w-]+)\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*"
                      r"(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w’'.-]*)*"
                      # "the head of Iranian diplomacy", "the chief of the Russian negotiating team"
                      r"(?:\s+(?:diplomacy|delegation|negotiating\s+team|team|negotiators|side|government|union))?")
_ROLE_OF_HEADS = HUMAN_ROLES | {"leader", "spokesperson", "adviser", "component", "wing", "branch", "chapter", "division"}


def _role_of(seg: str, a: int, b: int) -> Speaker | None:
    """"The leader of the Patriots Party", "the Air Canada component of the Canadian Union of ...": a role."""
    m = _ROLE_OF.fullmatch(seg) or _OFFICE_OF.fullmatch(seg)
    if m and norm_role(m.group(1)) in _ROLE_OF_HEADS and not re.match(r"an?\s", seg, re.I):
        return Speaker("role", seg, a, b)
    return None


#: "the secretary of state", "the chief of staff": an office whose name ends in a lowercase word
_OFFICE_OF = re.compile(r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(secretary|minister|chief|head|director)\s+of\s+"
                        r"(?:state|staff|defen[cs]e|labou?r|commerce|finance|trade|health|education|justice)", re.I)


GAVE_NAME_AS = re.compile(r"\b(?:surnamed|(?<=[a-z] )named|(?:who|and)\s+(?:gave|gives|identified)\s+(?:her|his|their)(?:self|selves)?\s+"
                          r"(?:(?:first\s+|family\s+|sur)?name\s+)?(?:only\s+)?as|(?:who|and)\s+(?:gave|gives)\s+only\s+(?:her|his|their)\s+"
                          r"(?:first\s+|family\s+|sur)?name,?|who\s+asked\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?(?:as|by)"
                          r"(?:\s+(?:her|his|their)\s+(?:first\s+|family\s+|sur)?name,?)?)"
                          r"\s+([A-Z][^,;:]{0,60})$")  # ("a student surnamed Choi", "who gave only his first name, Terry", "his surname as Tan")
_UNNAMED_PHRASE = re.compile(
    # "people familiar with the plans", "sources close to the talks": a plural source needs no determiner
    r"(?:(?:a|an|one|two|three|four|several|some|another|other)\s+(?:[\w’'-]+\s+){0,4}?|(?:[\w’'-]+\s+)?(?=(?:people|\w+s)\s+"
    r"(?:familiar|close|briefed|involved|with\s+knowledge|consulted\s+by|on\s+(?:both|either)\s+sides?)\b))(?P<head>[\w-]+)"  # ("Diplomatic sources consulted by")
    # ("an adviser to the Alliance delegation", "an Israeli official quoted by Axios")
    r"(?:,?\s+(?:on|at|in|from|for|with|to|quoted\s+by|cited\s+by|consulted\s+by|close\s+to|familiar\s+with|briefed\s+on|involved\s+in|of|inside|within|"
    r"near|who|speaking|working|reached|contacted|interviewed|based|living|travelling|traveling|waiting|"
    r"standing|queuing|queueing|sheltering|holding|carrying|following|monitoring|tracking)\b[^,;:]{0,100})",
    re.IGNORECASE)


def parse_name(doc, a: int, b: int, i0: int, whole: bool) -> Speaker | None:
    t = doc.text
    seg_words = t[a:b].split()
    if whole and seg_words and seg_words[0].lower() in {"of", "from", "in", "at", "near"}:
        return None  # "Kerry Bagnall, 41, of Small Heath, said": a place, not the speaker
    if len(seg_words) >= 2 and all(w.isupper() for w in seg_words if w.isalpha()) and any(
            len(w) >= 5 and w.isalpha() for w in seg_words):
        return None  # "SQUEAKY BLINDERS": a crosshead in capitals, not a name
    lw = doc.text[a:b].split()[-1]
    runs = cap_runs(doc, a, b)
    if not runs:
        return None
    r = runs[-1]
    if fold(doc.tokens[r[1] - 1][2]) in {"mp", "mep", "msp", "mla", "mpp"}:  # ("One Labour MP": a role, not a name)
        return None
    # "Workers" ends a name only as part of one: "Canadian Union of Public Employees"
    if not (lw.isupper() and len(lw) > 1 or lw.lower().rstrip(".") not in STOP_CAPS or r[1] - r[0] > 2):
        return None
    if doc.tokens[r[1] - 1][1] < b - 1 and t[doc.tokens[r[1] - 1][1]:b].strip(" ’'s"):
        return None
    start = extend_role_left(doc, r[0], a)
    # "the West Virginia Democrat said": a description of someone named before, not a name
    if fold(doc.tokens[r[1] - 1][2]) in _PARTY_MEMBER and t[a:doc.tokens[r[0]][0]].strip().lower() == "the":
        return None
    if whole and t[a:doc.tokens[start][0]].strip(" ,"):
        # "Ukrainian newspaper Strana quotes ...": a medium's name with its description is fine
        pre = t[a:doc.tokens[start][0]].strip(" ,").lower()
        # "café owner Hasmik Avetisyan", "pest controller Darren Mills": a lowercase description before a name
        # ("Ryanair's chief people officer Eddie Wilson": "people" in a job title)
        described = _FEW_WORDS.fullmatch(pre) and \
            not set(re.sub(r"^(?:the|a|an)\s+", "", pre).split()) - {"people"} & (PREPOSITIONS | STOP_CAPS | {
                "and", "or", "but", "that", "who", "which", "when", "as", "according", "said", "says", "told"})
        # "his spokesperson Stéphane Dujarric", "her deputy Anna Lee": the named person, whoever "his" is
        # ("its managing director Carsten Rieder": words of the role before it)
        owned = re.fullmatch(r"(?:his|her|their|its)(?:\s+[a-z-]+){0,2}", pre) and norm_role(doc.tokens[start][2]) in HUMAN_ROLES
        trade = _TRADE.fullmatch(pre)  # ("labor and delivery nurse Karen Lindqvist": a trade of two words, a role)
        described = described or trade and person_noun(trade.group(1))
        # "Supreme Audit Agency (BPK) member Rizal Djalil", "Continue the Change co-chair Kiril Petkov", "Impact's
        # head of communications Bernard Harbor": an organisation's name, then the person's role in it
        org_role = _ORG_ROLE_BEFORE.fullmatch(t[a:doc.tokens[r[0]][0]].strip(" ,"))
        if org_role and any(norm_role(w) in HUMAN_ROLES or w == "member" for w in re.split(r"[\s-]+", org_role.group("role"))):
            described = True
        if not described and not owned and pre not in {"the", "a", "an"} and not _OUTLET.fullmatch(pre):
            return None
        start = i0
    return Speaker("name", t[doc.tokens[start][0]:b].strip(" ,"), doc.tokens[start][0], b)


_ROLE_WORDS, _PARTY_MEMBER = HUMAN_ROLES | ORG_ROLES, {"democrat", "republican"}  # (built once: asked of every word)
_TRADE = re.compile(r"[a-z]{3,} and [a-z]{3,} ([a-z-]+)")
_ORG_ROLE_BEFORE = re.compile(r"(?:[A-Z][\w’'.&-]*\s+(?:(?:the|of|and|for)\s+)?)*[A-Z][\w’'.&-]*(?:[’']s)?"
                              r"(?:\s+\([A-Z][\w.&-]{1,9}\))?\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
                              r"(?:\s+of\s+[a-z][\w-]*)?)")


def parse_role(doc, a: int, b: int, toks: list, whole: bool) -> Speaker | None:
    t = doc.text
    # "the US president", "the Kremlin spokesperson", "The leader of the Patriots Party", "military analyst"
    role_idx = None
    for k in range(len(toks) - 1, -1, -1):
        if norm_role(toks[k][2]) in _ROLE_WORDS or toks[k][2].lower() in _ROLE_WORDS:
            role_idx = k
            break
        if toks[k][2].lower() in UNNAMED_HEADS and k > 0 and (
                toks[0][2].lower() in UNNAMED_DETERMINERS or toks[0][2][0].isdigit() or toks[0][2].lower() == "the"):
            role_idx = k  # "two people", "sources", introduced as unnamed; "the source", the one introduced
            break
        if not (is_cap(toks[k][2]) or toks[k][2].lower() in {"of", "the", "in"}):  # ("the government in Port Sudan")
            break
    if role_idx is None or len(toks) - role_idx > 5:
        return None
    k = role_idx
    while k > 0 and role_idx - k < 5:
        w = toks[k - 1][2]
        if w.lower() in {"the", "a", "an"}:
            k -= 1
            break
        if w in {"'", "’"}:  # "the nurses' union": a plural's possessive mark, a token of its own
            k -= 1
            continue
        if w.lower() in {"his", "her", "their", "its"} or not re.fullmatch(r"[\w’'.-]+", w):
            return None
        if w.lower() in _CLAUSE_WORDS:  # ("They were alarmed that ministers had conceded": the clause's subject)
            break
        if w[0].isupper() or w.islower() or "-" in w:  # ("the ex-Barca midfielder")
            k -= 1
            continue
        break
    if whole and t[a:toks[k][0]].strip(" ,"):
        return None
    head = fold(toks[role_idx][2])
    plural = head.endswith("s") and norm_role(head) != head and (head not in _ROLE_WORDS or head[:-1] in _ROLE_WORDS)  # "U.S. officials"
    if plural and norm_role(head) in ORG_ROLES - HUMAN_ROLES and head != "unions":
        # "the companies", "the two studios": the pair of bodies named last when there is one; a longer phrase
        # ("Brussels and four South American governments") is not this
        if not re.fullmatch(r"(?:the\s+)?(?:two\s+|both\s+)?[\w’'-]+", t[toks[k][0]:b].strip(), re.I):
            return None
        return Speaker("parties", t[toks[k][0]:b], toks[k][0], b)
    if plural or toks[k][2].lower() in UNNAMED_DETERMINERS and role_idx - k >= 0:
        # "a senior official", "One Western diplomat": an unnamed source, kept as its description
        return Speaker("unnamed", t[toks[k][0]:b], toks[k][0], b)
    return Speaker("role", t[toks[k][0]:b], toks[k][0], b)


def extend_role_left(doc, k: int, floor: int) -> int:
    """Include the title before a name in the mention: "Kremlin spokesman Dmitry Peskov"."""
    t = doc.text
    name_at = k
    while k > 0 and doc.tokens[k - 1][0] >= floor:
        ps, pe, pw = doc.tokens[k - 1]
        if pw == ")":  # "Director of the ... Center (Indiana, USA) Michael Desch"
            j = k - 2
            while j >= 0 and k - j < 10 and doc.tokens[j][2] != "(" and doc.tokens[j][0] >= floor:
                j -= 1
            if j >= 0 and doc.tokens[j][2] == "(" and doc.tokens[j][0] >= floor:
                k = j
                continue
            break
        if t[pe:doc.tokens[k][0]].strip():
            break
        lw = norm_role(pw)
        # ("Deputy prime minister and interior minister Ramazani Shadari": two offices)
        if lw in {"the", "and"} and k - 2 >= 0 and doc.tokens[k - 2][0] >= floor and (
                (lw == "the" and doc.tokens[k - 2][2].lower() == "of") or (lw == "and" and is_cap(doc.tokens[k - 2][2]) and is_cap(doc.tokens[k][2]))
                or lw == "and" and norm_role(doc.tokens[k - 2][2]) in HUMAN_ROLES
                and (norm_role(doc.tokens[k][2]) in HUMAN_ROLES or doc.tokens[k][2].lower() in PORTFOLIO_WORDS)
                # (not "chairman and chief executive of General Dynamics": a body's offices, no one's name after)
                and all(doc.tokens[j][2] != "of" for j in range(k, name_at))):
            k -= 1
            continue
        if lw in HUMAN_ROLES or lw in ORG_ROLES or is_cap(pw) or lw in PORTFOLIO_WORDS and norm_role(
                doc.tokens[k][2]) in HUMAN_ROLES or lw in {
                "of", "for", "press", "military", "special", "senior", "top", "foreign", "chief", "deputy",
                "national", "security", "defense", "defence", "lead", "former", "acting", "interim",
                "newspaper", "agency", "union", "trade", "labor", "labour", "news", "state"}:
            if lw == "of" and not (is_cap(pw) or k - 2 >= 0):
                break
            # "High Commissioner for Peace Danilo Rueda", not "talks for Peace ..."
            if lw == "for" and not (k - 2 >= 0 and doc.tokens[k - 2][0] >= floor
                                    and norm_role(doc.tokens[k - 2][2]) in HUMAN_ROLES):
                break
            k -= 1
        else:
            break
    while k < len(doc.tokens) and doc.tokens[k][2].lower() in ("of", "for"):
        k += 1
    return k


_KIN_OF = re.compile(r"(?:his|her|their|its)\s+((?:[a-z][\w’'-]*\s+)?(?P<head>[a-z][\w’'-]*))", re.I)
_FEW_WORDS = re.compile(r"(?:the\s+|a\s+|an\s+)?[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'-]*){0,3}")
_OUTLET = re.compile(r"(?:the\s+)?[\w\s’'-]*(?:newspaper|agency|outlet|channel|broadcaster|website|daily|magazine)")
