"""Who a transcript's turns are by: each turn label's canonical speaker, the chair, and the interviewee.

Labels resolve to people: "A" is the interviewee (the person the introduction names first), "Q" the
interviewer; a name in brackets after an office is the office-holder; "Mr Hartley" is the Owen Hartley
named in an earlier label; "The Speaker" is the member the record puts in the chair.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.names import GIVEN_NAMES, fold
from stance.extract.persons import canonical
from stance.extract.transcripts import INTERVIEWER
from stance.extract.unnamed import person_noun
from stance.extract.vocabulary import HONORIFICS, HUMAN_ROLES, PREFIX_WORDS

if TYPE_CHECKING:
    from stance.extract.document import Document

_PRESIDING = re.compile(r"^(?P<office>(?:Deputy\s+)?Speaker|Chair|Presiding\s+Officer|President):?[ \t]+"
                        r"(?:The\s+)?(?:(?:Right\s+)?Honourable\s+|(?:Rt\.?\s+)?Hon\.?\s+)?"
                        r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]*$", re.MULTILINE)


#: Who chairs: the European Parliament's "IN THE CHAIR: KATARINA BARLEY", a US hearing's "Hon. Mike Crapo
#: (chairman) presiding".
_IN_THE_CHAIR = re.compile(r"^IN\s+THE\s+CHAIR:[ \t]*(?P<name>[A-ZÀ-Ÿ][^\n,]{3,60}?)[ \t]*$"
                           r"|\bHon\.\s+(?P<hon>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})\s+\((?:chairman|chairwoman|chair)"
                           r"[^()]*\)\s+presiding", re.MULTILINE)


_BRACKETED_CHAIR = re.compile(r"\[(?:The\s+)?(?P<office>Speaker|Deputy\s+Speaker|Chairperson|Chairman|Chairwoman)\s+\("
                              r"(?:(?:The\s+)?Hon\.?\s+)?(?P<name>[^()\n]{3,60}?)\)\s+in\s+the\s+Chair\]")


_COMMA_CHAIR = re.compile(r"\b[Tt]he\s+(?P<office>Speaker|Deputy\s+Speaker|Chairperson|Chairman|Chairwoman|President),\s+"
                          r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon|Counsellor)\.?\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,4}),"
                          r"\s+(?:in\s+the\s+[Cc]hair|presiding)\b")


def presiding_officers(doc: Document) -> dict[str, str]:
    """"The Speaker:" is the person a record's header names ("Speaker: The Honourable Anthony Rota"); "President."
    and "The CHAIRMAN." are the one :data:`_IN_THE_CHAIR` names first."""
    found = {}
    for m in _PRESIDING.finditer(doc.text, 0, doc.paras[min(len(doc.paras), 8) - 1][1] if doc.paras else 0):
        found[fold("the " + " ".join(m.group("office").split()))] = m.group("name")
    # ("Presiding: Chairman of the Verkhovna Rada of Ukraine V.M. LYTVYN": the office, then the name last)
    m = re.search(r"^Presiding:[ \t]+(?P<office>Chairman|Chairwoman|Chair|Speaker|President)\b[^\n]*?[ \t]"
                  r"(?P<name>(?:[A-Z]\.){1,3}[ \t]?[A-ZÀ-Þ][\w’'-]+)[ \t]*$", doc.text[:3000], re.MULTILINE)
    if m:
        name = " ".join(w.capitalize() if len(w) > 2 and w.isalpha() and w.isupper() else w for w in m.group("name").split())
        found[fold("the " + m.group("office"))] = found[fold(m.group("office"))] = name
    # ("Presiding: V. V. Volodin, Chairman of the State Duma": the name, then the office; "Presiding officer." speaks)
    m = re.search(r"^Presiding:[ \t]+(?P<name>(?:[A-Z]\.[ \t]?){1,3}[A-ZÀ-Þ][\w’'-]+),[ \t]+(?P<office>Chairman|Chairwoman|"
                  r"Chair|Speaker|President)\b", doc.text[:3000], re.MULTILINE)
    if m:
        for office in ("presiding", "presiding officer", "the presiding officer", fold(m.group("office"))):
            found.setdefault(office, m.group("name"))
    # ("[The Speaker (Hon. Moses Wetang'ula) in the Chair]": Kenya's record, whose labels read "Hon. Speaker:")
    # (or between commas: "The sitting was resumed at 2.10 p.m., the Speaker, Dr Ali Abdel Aal, in the Chair.")
    m = _BRACKETED_CHAIR.search(doc.text, 0, 3000) or _COMMA_CHAIR.search(doc.text, 0, 3000)
    if m:
        office = fold(" ".join(m.group("office").split()))
        for key in (office, "the " + office, "hon. " + office, "hon " + office):
            found.setdefault(key, " ".join(m.group("name").split()))
    # (either form holds its literal "CHAIR:" or "Hon.": an article with neither is not searched)
    m = _IN_THE_CHAIR.search(doc.text) if "CHAIR:" in doc.text or "Hon." in doc.text else None
    if m:
        name = " ".join((m.group("name") or m.group("hon")).split())
        name = name.title() if name.isupper() else name
        for office in ("president", "the president", "chair", "the chair", "chairman", "the chairman",
                       "chairwoman", "the chairwoman"):
            found.setdefault(office, name)
    return found


def label_speaker(doc: Document, label: str, interviewee: str | None, known: dict[str, str]) -> str:
    """The canonical speaker of a turn label."""
    low = fold(label).rstrip(".")
    if low in {"q", "question", INTERVIEWER}:
        return INTERVIEWER
    if low in {"a", "answer"}:
        return interviewee or "interviewee"
    # ("The Senate Majority Whip (Sen. (Dr.) Khalwale)": a title in brackets inside the brackets goes first)
    label = re.sub(r"\((?:Dr|Prof|Eng|Amb|Rtd)\.?\)\s*", "", label)
    # ("JÖRGEN BERGLUND (M) replik": a note in lower case after the brackets is not a name)
    bare = re.sub(r"(?:\s+[a-z]+)+$", "", re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", "", label).strip())
    # ("The Minister of State, Foreign, Commonwealth ... Office (Stephen Doughty)": the brackets'; but in "BILORUS
    # O.H., Chairman of the Committee ... (Yulia Tymoshenko Bloc)" a surname and initials open it, the brackets a faction)
    if fold(bare) in known:  # ("The MINISTER OF LABOUR, SOLIDARITY AND SOCIAL SECURITY:" after its holder in brackets)
        return known[fold(bare)]
    office = bare
    if "(" not in label or _SURNAME_INITIALS_FIRST.match(bare):
        bare = _named_part(bare)
    # ("AN HON MEMBER:", "Some Hon. Members:": members the record does not name, an unnamed source)
    if re.fullmatch(r"(?:an?\s+|some\s+|several\s+)?(?:hon\.?\s+|honourable\s+)?members?", low):
        words = [w.capitalize() if w.isupper() else w for w in bare.split()]
        return " ".join(words[1:] if fold(words[0]) in {"a", "an", "some", "several"} else words) + " (unnamed)"
    if fold(bare) in known:  # "The Prime Minister:" after "The Prime Minister (Rishi Sunak):"
        return known[fold(bare)]
    if re.fullmatch(r"[A-Z]{2,4}", bare) and (named := _initialled(doc, bare, known)) is not None:
        return named
    # "The Minister for Trade (Ms Priya Natarajan)": the office-holder in brackets after an office; after a
    # name the brackets hold a constituency and a party ("Bob Blackman (Harrow East) (Con)")
    # ("Minister for Law and Justice (Senator Azam Nazeer Tarar)": an office opening the label, its holder in brackets;
    # "Majority Leader (Mr Osei Kyei-Mensah-Bonsu)": an office, its holder in brackets with his honorific)
    office_first = [w.lower() for w in _person(bare).split()[:1]] in (["of"], ["for"])
    # ("PRESIDING OFFICER (V. ČMILYTĖ-NIELSEN, LSF)": or initials, the Seimas's style)
    held = _is_office(bare) and re.search(r"\((?:(?:Mr|Mrs|Ms|Dr|Hon|Prof)\.?\s+|(?:[A-Z]\.\s?){1,3})[^\W\d_]", label) \
        or fold(bare) in _CALLERS
    if not _person(bare) or office_first or held or re.match(r"(?:the|madam|mr|madame)\s", bare, re.I) and _is_office(bare):
        if (holder := _bracketed_holder(doc, label, bare, known)) is not None:
            return holder
    # ("Minister of Foreign Affairs Jonas Gahr Støre": an office's words before the name)
    # (or "Alternate Prime Minister and Minister of Defense Benny Gantz": offices joined, then the name)
    if (bare.isupper() or office_first or " of " in bare) and len(bare.split()) >= 2 \
            and (named := _named_at_end(doc, bare)):
        return _remember(doc, named, known)
    if office_first and len(_person(bare).split()) <= 4 and _named_part(office) == office:
        return _unnamed_office(office)
    name = " ".join(_person(bare).split()[-2:]) if office_first else _person(bare)
    # ("LORRY DRIVER:", "DRIVER:": someone a broadcast names by what they do, an unnamed source)
    words = [w for w in bare.split() if fold(w) not in {"the", "a", "an"}]
    if words and person_noun(words[-1]) and not {fold(w).rstrip(".") for w in words} & (_CHAIRS_AND_OFFICES | GIVEN_NAMES) \
            and not any(fold(w) in doc.persons for w in words if not person_noun(w)):
        return " ".join(w.capitalize() if w.isupper() else w for w in words) + " (unnamed)"
    if not name:
        return bare
    if len(name.split()) == 1:  # (a name the registry holds with its initials, "Rudenko A. Yu", loses them)
        # ("Member OKADA": the "OKADA Katsuya" of the record's heading, family name first)
        first = {p for p in doc.persons.values() if len(p.split()) == 2 and p.split()[0].isupper()
                 and fold(p).split()[0] == fold(name)}
        return known.get(fold(name)) or (first.pop() if len(first) == 1 else None) or _heading_name(doc, name) \
            or _person(canonical(doc, name)) or name
    return _remember(doc, name, known)


#: A full name in capitals in a record's heading: "PRESIDED OVER BY MR JUAN ANTONIO COLOMA CORREA, PRESIDENT"
_HEADING_NAME = re.compile(r"\b(?:MR|MRS|MS|MISS|DR|SR|SRA)\.?[ \t]+((?:[A-ZÀ-Þ][A-ZÀ-Þ’'-]+[ \t]+){1,4}[A-ZÀ-Þ][A-ZÀ-Þ’'-]+)\b")


def _heading_name(doc: Document, name: str) -> str | None:
    """"Mr COLOMA (President).-": the one full name in the record's heading whose family names, the last two words
    as Spanish names have them, hold the label's ("Juan Antonio Coloma Correa")."""
    if doc.text[:3000].upper() == doc.text[:3000]:  # (a record all in capitals has no heading apart)
        return None
    found = {m.group(1) for m in _HEADING_NAME.finditer(doc.text, 0, 3000)
             if fold(name) in fold(m.group(1)).split()[-2:] and len(m.group(1).split()) >= 3}
    return " ".join(w.capitalize() for w in found.pop().split()) if len(found) == 1 else None


def _initialled(doc: Document, bare: str, known: dict[str, str]) -> str | None:
    """"HG:" after "HANS GRUNDBERG:": the one name used before with these initials, or the one person the
    introduction names with them ("JH:" for the Jon Holden of the standfirst)."""
    named = {v for v in known.values() if _initials(v) == bare}
    if not named:
        named = {p for p in doc.persons.values() if " " in p and _initials(p) == bare}
    return named.pop() if len(named) == 1 else None


def _unnamed_office(office: str) -> str:
    """"The MINISTER OF TOURISM:", with no holder named: the office, a source the record does not name."""
    words = re.sub(r"^(?:the|The|THE)\s+", "", office).split()
    return " ".join(w if not w.isupper() else w.lower() if fold(w) in {"of", "for", "and", "the"} else w.capitalize()
                    for w in words) + " (unnamed)"


def _bracketed_holder(doc: Document, label: str, bare: str, known: dict[str, str]) -> str | None:
    """The office-holder a label gives in brackets after the office, remembered under the office, or None (not a
    time: "[12:56:31]")."""
    for inner in re.findall(r"\(([^()]*)\)|\[([^\[\]]*)\]", label):
        name = _person(re.sub(r",\s*[A-Z][A-Z-]{1,8}\s*$", "", inner[0] or inner[1]))  # (not its party: ", LSF")
        # ("[Sen. Ejercito]", "(Hon. Kingi)": after a member's title, a surname is enough)
        titled = re.match(r"\s*(?:Hon|Sen|Senator|Dr|Mr|Mrs|Ms|Deputy)\b", inner[0] or "")
        # ("Mr. President (Boudou)": a surname the article gives a person)
        if name and re.search(r"[^\W\d_]", name) and (len(name.split()) >= 2 or inner[1] or titled
                                                      or fold(name) in doc.persons or fold(bare) in _CALLERS):
            name = _remember(doc, canonical(doc, name) if " " not in name else name, known)
            known.setdefault(fold(bare), name)
            # "The Tánaiste:" after "The Tánaiste and Minister for Justice and Equality (Deputy Frances Fitzgerald):"
            known.setdefault(fold(re.split(r"\s+and\s+", bare)[0]), name)
            return name
    return None


#: A phone-in's or a hearing's labels for someone named in brackets: "CALLER (CHINEDU):"
_CALLERS = {"caller", "listener", "viewer", "guest", "questioner", "audience member", "witness"}
_SURNAME_INITIALS_FIRST = re.compile(r"[^\W\d_][\w’'-]+\s+(?:[A-Z]\.){1,3},")


def _named_part(bare: str) -> str:
    """Of a label with commas, the part that names someone: "The President, Deputy Dulce María Sauri Riancho" ->
    "Deputy Dulce María Sauri Riancho"; "KLYUYEV A.P., First Vice Prime Minister of Ukraine" -> "KLYUYEV A.P."."""
    parts = [p.strip() for p in bare.split(",") if p.strip()]
    if len(parts) < 2:
        return bare
    return next((p for p in parts if _person(p) and not _is_office(_person(p))), parts[0])


def _named_at_end(doc: Document, label: str) -> str | None:
    """"İYİ PARTİ GRUBU ADINA KORAY AYDIN", "Minister of Foreign Affairs Jonas Gahr Støre": the person the article
    names ("Mr. Koray Aydın") whose name ends a label, spelt as the article spells it (capitals lose the dotless ı)."""
    words = _loose(label).split()
    named = [p for p in set(doc.persons.values()) if 2 <= len(p.split()) <= len(words)
             and words[-len(p.split()):] == _loose(p).split()]
    return max(named, key=lambda p: len(p.split()), default=None)


def _loose(s: str) -> str:
    return fold(s).replace("ı", "i")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()


#: Offices a record's label may give alone, whose holder the article may name elsewhere
_CHAIRS_AND_OFFICES = {"speaker", "president", "chair", "chairman", "chairwoman", "chairperson", "minister", "secretary",
                       "premier", "mayor", "governor", "clerk", "deputy", "leader", "commissioner", "ambassador", "presiding"}


def _is_office(s: str) -> bool:
    words = [fold(w).rstrip(".") for w in s.split()]
    return any(w in HUMAN_ROLES or w in {"minister", "secretary", "speaker", "chair", "chairman", "whip", "candidate"}
               for w in words)  # ("The CANDIDATE FOR THE PRESIDENCY OF THE GOVERNMENT (Sánchez Pérez-Castejón):")


def _person(s: str) -> str:
    """A name with honorifics and titles dropped ("Mr Owen Hartley" -> "Owen Hartley"); "" when none is left."""
    words = s.split()
    # "KLYUYEV A.P.", "Rudenko A. Yu.": a record's initials after the surname (a two-letter one after a dotted one)
    while len(words) > 1 and (re.fullmatch(r"(?:[A-Z]\.)*[A-Z]\.?", words[-1]) or len(words) > 2
                              and re.fullmatch(r"[A-Z][a-z]\.?", words[-1]) and re.fullmatch(r"[A-Z][a-z]?\.", words[-2])):
        words = words[:-1]
    if words and all(w.isupper() for w in words if w.isalpha()):
        # "LENA MARIS"; "İSA MESİH ŞAHİN" (a capital İ lowercases with a combining dot, which the name does not have)
        words = [_capitalised(w).replace("i\u0307", "i") for w in words]
    elif any(len(w) > 2 and w.isupper() for w in words):  # "Senator WYDEN", "Mr. GREER"
        words = [_capitalised(w) if len(w) > 2 and w.isupper() else w for w in words]
    while words and (fold(words[0]).rstrip(".") in HONORIFICS | PREFIX_WORDS | HUMAN_ROLES
                     or fold(words[0]).rstrip(".") in {"the", "hon", "rt", "right", "honourable", "madam", "madame"}
                     # ("Minister of State KONO", "Member OKADA": the Diet's titles; not "Member of the ... Committee")
                     or words[:2] == ["of", "State"] and len(words) > 2
                     or words[0] == "Member" and len(words) > 1 and words[1] != "of"):
        words = words[2:] if words[0] == "of" else words[1:]
    return " ".join(words)


def _capitalised(word: str) -> str:
    """"ČMILYTĖ-NIELSEN" -> "Čmilytė-Nielsen", "U.KOCHKOROV" -> "U.Kochkorov": each part of a double name, and the
    name after an initial."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


def _remember(doc: Document, name: str, known: dict[str, str]) -> str:
    # "Carolina Ibáñez:" for the "Dr Carolina Ibáñez Rojas" of the introduction: the fuller name, once
    # ("(Mr Quintana)" for the "MR JAIME QUINTANA LEAL" of the record's heading)
    name = (_heading_name(doc, name) or name) if " " not in name else name
    words = fold(name).split()
    fuller = {p for p in doc.persons.values() if fold(p).split()[: len(words)] == words and len(p.split()) > len(words)}
    if len(fuller) == 1:
        known.setdefault(fold(name.split()[-1]), fuller.pop())
        name = known[fold(name.split()[-1])]
    known.setdefault(fold(name.split()[-1]), name)
    known.setdefault(fold(name), name)
    return name


def interviewee(doc: Document, first_turn: int) -> str | None:
    """The person an interview's introduction presents: the one named in subject position in the intro
    paragraph nearest the first turn (bylines such as "Interview by X" do not count)."""
    t = doc.text
    intro = [(a, b) for a, b in doc.paras if b <= first_turn]
    for a, b in reversed(intro):
        here = [p for pos, p in doc.salient if a <= pos < b and " " in p
                and not re.search(r"\b(?:by|with|to)\s*$", t[max(a, pos - 12):pos], re.IGNORECASE)]
        if here:
            return here[0]
    names = [p for p in doc.persons.values() if " " in p]
    return max(names, key=lambda n: t.count(n.split()[-1])) if names else None
