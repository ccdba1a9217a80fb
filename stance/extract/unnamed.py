"""Unnamed sources: the canonical name of "a senior EU official" ("senior EU official (unnamed)"), its head noun,
whether it is a group, and who "the official" stands for when nobody named holds the role."""

from __future__ import annotations

import re

from stance.extract.names import fold, norm_role
from stance.extract.vocabulary import HUMAN_ROLES, ORG_TAIL, PREPOSITIONS, STOP_CAPS, UNNAMED_HEADS

#: The tag of an unnamed source's canonical name: "senior EU official (unnamed)".
UNNAMED = " (unnamed)"
_TITLED_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){1,3}([A-Z][\w’'-]*s)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def titled_body(seg: str) -> bool:
    """A body's name in capitals, its head people in the plural: "the Dairy Farmers of Canada" (not "Dairy farmers in
    Quebec", a group the article does not name; nor "Chief Dean Sayers of Batchewana First Nation")."""
    m = _TITLED_BODY.fullmatch(seg)
    return m is not None and person_noun(m.group(1).lower())


def person_noun(word: str) -> bool:
    """A role or a kind of source ("official", "doctors", "volunteer"): a noun that names a person or people."""
    return norm_role(word) in HUMAN_ROLES or word.lower() in UNNAMED_HEADS


def unnamed_name(mention: str) -> str:
    """The canonical name of an unnamed source: its description up to its head noun, without the article,
    tagged "(unnamed)": "a union rep on the picket line" -> "union rep (unnamed)"; two groups joined keep both
    ("opposition groups and good-governance organisations")."""
    parts = mention.split(" and ", 1)
    if len(parts) == 2 and any(person_noun(w) and w.endswith("s") for w in parts[0].split()):
        first, second = (unnamed_name(p)[:-len(UNNAMED)] for p in parts)
        if first.endswith("s") and second.endswith("s"):
            return f"{first} and {second}{UNNAMED}"
    words = re.sub(r"^(?:a\s+number\s+of|dozens\s+of|hundreds\s+of|(?:some|one|another)\s+of\s+(?:the|those|these)|a|an|one|"
                   r"another)\s+", "",
                   " ".join(mention.split()), flags=re.I).split()
    # the description ends where its modifier starts: "teacher reached through a relative", "woman travelling ..."
    head = next((k for k, w in enumerate(words) if person_noun(w)), 0)
    end = next((k for k, w in enumerate(words) if k > head and (
        w.lower() in PREPOSITIONS - {"of"} or w.lower() in {"who", "reached"} or w.lower().endswith("ing"))), len(words))
    words = words[:end] if end else words
    for k, w in enumerate(words):
        if k and (norm_role(w) in HUMAN_ROLES or w.lower().strip(",") in UNNAMED_HEADS):
            nxt = words[k + 1].lower().strip(",") if k + 1 < len(words) else ""
            # ("Two Republican senators": a plural head after it too)
            if norm_role(nxt) not in HUMAN_ROLES and nxt not in UNNAMED_HEADS:  # "trade union official": take the last head
                words = words[:k + 1]
                break
    else:
        # ("veteran Canadian offensive lineman": a noun that also describes the one after it keeps the phrase)
        if words and person_noun(words[0]) and not (
                len(words) > 2 and words[1].lower() == "of") and not (  # "member of the wrestlers' camp" keeps its "of"
                words[0].lower() in {"veteran", "fellow", "rookie"} and len(words) > 1):
            words = words[:1]
    return " ".join(words).strip(" ,") + UNNAMED


def described(doc, mention: str) -> str | None:
    """Who a description stands for: "Another fan", an unnamed source; "the exchange", after "the Florida Tomato
    Exchange", the body whose name ends in the noun; else None (someone named elsewhere, kept, unresolved)."""
    if _INDEFINITE.match(mention):
        return unnamed_name(mention)
    the = re.fullmatch(r"(?:the|The)\s+([a-z]+)", mention.strip())
    return doc._org_by_last.get(the.group(1)) if the else None


_INDEFINITE = re.compile(r"(?:a|an|another|one)\s", re.I)
#: "A senior", "Another", "an": one of many (not "An Nguyen", a name)
_ONE_OF = re.compile(r"(?:[Aa]|[Aa]nother|an(?=\s+[a-z])|An(?=\s+(?:[a-z]|[A-Z]{2}))|"
                     # ("Several Conservative Brexiteers": some of many)
                     r"[Ss]everal|[Mm]any|[Ss]ome|[Aa]\s+few)\s+(?:[a-z][\w’'-]*\s+){0,3}(?=[A-Z])")


def one_of_many(doc, mention: str) -> bool:
    """"A senior Social Democrat", "Another Labour MP": a name-like phrase that describes one of a party's or a
    body's many people, never a person named (not "A State Department statement", a document)."""
    one = _ONE_OF.match(mention)
    rest = mention[one.end():] if one else ""
    last = rest.split()[-1] if rest.split() else ""
    # (after "Several", a plural is people, whatever the registry made of "Conservative Brexiteers")
    q = one.group().lower().split() if one else []
    some = (q[:1] in (["several"], ["many"], ["some"]) or q[:2] == ["a", "few"]) and last.endswith("s")
    # ("a project Mr Rubio described as ...": a known person after a noun is the relative clause's subject)
    bare = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir|Prof)\.?\s+", "", rest)
    return bool(one) and (fold(rest) not in doc.persons and (bare == rest or fold(bare) not in doc.persons) or some) and (
        last[:1].isupper() and fold(last) not in ORG_TAIL or norm_role(last) in HUMAN_ROLES)


def unnamed_head(mention: str) -> str:
    words = [norm_role(w) for w in re.findall(r"[\w’'.-]+", mention)]
    heads = [w for w in words if w in HUMAN_ROLES or w in UNNAMED_HEADS]
    return heads[-1] if heads else (words[-1] if words else "")


_NOT_A_MODIFIER = r"(?!(?:the|" + "|".join(sorted(PREPOSITIONS)) + r")\s)"


def introduced_unnamed(doc, head: str, key: int) -> str | None:
    """"The spokesperson said" after "A Chinese Foreign Ministry spokesperson on Saturday gave details ...": the
    unnamed holder of the role introduced earlier (outside quotes), when no named person holds it."""
    # (its words before the head describe it: never "the" or a preposition, as in "a warning shot across the skipper's
    # bows", which introduces no skipper)
    pat = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+((?:[A-Z][\w’'.-]*\s+|" + _NOT_A_MODIFIER + r"[a-z][\w’'-]*\s+){0,5}?"
                     + "(?:" + re.escape(head) + "|" + re.escape(head.upper()) + r"))\b")  # (or "MP")
    found = [m for m in pat.finditer(doc.text, max(0, key - 6000), key) if not doc.in_quote(m.start())]
    return unnamed_name(found[-1].group(1)) if found else None


def source_before(doc, head: str, key: int) -> str | None:
    """"the person said", "the source said": the unnamed source who spoke last, or one the article introduced without
    a statement ("A senior government source was less diplomatic"), within a few paragraphs."""
    if head not in {"person", "source", "individual", "insider"}:
        return None
    told = [(pos, canon) for pos, _, canon in doc.unnamed if pos < key and key - pos < 3000]
    told += [(pos, p) for pos, p in doc.salient if pos < key and key - pos < 3000 and p.endswith(UNNAMED)
             and unnamed_head(p) == head]
    return max(told)[1] if told else None


def plural_source(canon: str) -> bool:
    """"Canadian officials (unnamed)": a group, which "he" or "she" never stands for."""
    words = canon[:-len(UNNAMED)].split()
    heads = [w.lower() for w in words if norm_role(w) in HUMAN_ROLES or w.lower() in UNNAMED_HEADS]
    return bool(heads) and heads[-1].endswith(("s", "men", "people")) and heads[-1] not in {"boss", "press"}


def single_source_before(doc, pos: int) -> str | None:
    """The one unnamed source that opens the sentence before ``pos``, in its paragraph: what a singular "they"
    stands for ("A source close to the player was blunter. '...,' they said")."""
    before = doc.sentence_before(pos)
    if before is None or doc.text[before[0]:before[0] + 2] not in ("A ", "An", "On"):
        return None
    ps, s = before
    k = doc.before(doc._sal_pos, ps)
    return next((p for q, p in doc.salient[k:k + 5] if q < s and p.endswith(UNNAMED) and not plural_source(p)), None)


_WORD = re.compile(r"[\w’'-]+")


def people_before(doc, s: int, plural: bool = False) -> str | None:
    """The people the sentence before the one starting at ``s`` describes ("Labour MPs in the city have been urged
    to intervene. One told us ...": "Labour MP"; with ``plural``, "Labour MPs"), for a "One", "Another", "One of
    them" or "Many" that follows."""
    k = doc.before(doc._sent_starts, s + 1) - 1  # (the sentence holding s, and the one before it)
    if k < 1:
        return None
    a, b = doc.sentences[k - 1]
    words = list(_WORD.finditer(doc.text, a, b))
    for i, m in enumerate(words):
        word = m.group()
        single = word[:-1] if word.endswith("s") and person_noun(word[:-1]) else word
        if person_noun(single) and not doc.in_quote(m.start()):
            j = i  # ("Napoli fans", "Labour MPs": the capitalised words before the noun describe them)
            while j > 0 and i - j < 2 and words[j - 1].group()[0].isupper() and words[j - 1].end() + 1 == words[j].start() \
                    and words[j - 1].group().lower() not in STOP_CAPS:  # (not "Two diplomats spoke")
                j -= 1
            return " ".join([w.group() for w in words[j:i]] + [word if plural else single])
    return None


def bodies_of_a_kind(seg: str, head: str) -> bool:
    """"Opposition parties", "Rival unions", "Western governments": bodies of a kind in the plural, one word before
    them and no article, an unnamed source (not "carry your car documents")."""
    h = head.lower()
    return norm_role(h) != h and norm_role(h) in _BODY_PLURALS and (
        head.islower() and _KIND_OF_BODIES.fullmatch(seg) is not None or _BODIES_DOING.fullmatch(seg) is not None)


_BODY_PLURALS = {"party", "union", "government", "company", "group", "association", "federation", "organization",
                 "organisation", "airline", "bank", "lender", "carrier", "operator", "employer", "club", "ministry",
                 "agency", "firm", "insurer", "hospital", "retailer", "broadcaster", "manufacturer", "automaker",
                 "council", "municipality", "authority"}
#: ("Unions representing meat plant staff have warned": the bodies, then what they do)
_BODIES_DOING = re.compile(r"(?:[A-Za-z][\w-]*\s+)?[A-Za-z]+s\s+(?:representing|backing|supporting)\s+\S.*")
_KIND_OF_BODIES = re.compile(r"(?!(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll|[Ww]hat|[Ff]rom|[Yy]our|[Oo]ur|[Tt]heir)\b)"
                             r"(?:[A-Za-z][\w-]*\s+){1,2}[a-z]+s")  # ("Local government associations", "Local councils")


def office_of(owner: str, unit: str) -> str:
    """"his office" resolved: "Mikati's office"; a spokesperson nobody names is an unnamed source who speaks for the
    owner: "Netanyahu's spokesman (unnamed)" (speaks_for_someone)."""
    return f"{owner}'s {unit}" + (UNNAMED if unit.startswith("spokes") else "")


def speaks_for_someone(canon: str) -> bool:
    """Whether an unnamed source is someone's spokesperson (office_of's "X's spokesman (unnamed)"), who issues
    statements as the one spoken for does."""
    return canon.endswith(UNNAMED) and "'s spokes" in canon
