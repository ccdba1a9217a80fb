"""Who a name stands for in an article: its canonical form (an acronym spelt out, a surname's full name), and whether
that is a person."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator

from stance.extract.names import JOINED_INITIAL, fold
from stance.extract.vocabulary import COUNTRIES, FAMILY_FIRST, HUMAN_ROLES, ORG_TAIL, UNION_NAMES


def canonical(doc, name: str) -> str:
    """The name the article gives ``name`` most fully: an acronym spelt out, a surname's full name, a body's
    fullest name; else ``name`` itself."""
    name = without_base(name)
    f = fold(name)
    f = f.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,4}", name) else f  # ("U.N." for the United Nations spelt out)
    # "CUPE", where the article also names the Canadian Union of ...; "Numsa", defined in brackets after its name
    if f in doc.acronyms and (name.isupper() or " " not in name and name[:1].isupper()):
        return doc.fullest_org(doc.acronyms[f])
    parts = name.split(" and ")
    if len(parts) > 1 and any(fold(p) in doc.acronyms and p.isupper() for p in parts):  # "the ILA and USMX"
        return " and ".join(canonical(doc, p) for p in parts)
    if f in doc.fuller:  # "Abang Johari" after "Abang Johari Tun Openg": a Malay name without its father's part
        return doc.fuller[f]
    if f in doc.persons:
        return doc.persons[f]
    if len(name.split()) == 1 and f in doc._org_by_head and name[:1].isupper():  # "the Tribe" -> "Seminole Tribe of Florida"
        return doc._org_by_head[f]
    if len(name.split()) == 1 and f in doc._org_by_last:  # "the Front" -> "Northern Liberation Front"
        return doc._org_by_last[f]
    if len(name.split()) == 1 and f in doc._org_by_first and not name.isupper():
        return doc._org_by_first[f]
    last = fold(name.split()[-1]) if name.split() else f
    if len(name.split()) >= 2:
        return doc.fullest_org(name)
    if last in doc.persons:
        return doc.persons[last]
    # "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": a unique full name with this first word
    if doc.firsts is None:
        doc.firsts = {}
        for full in set(doc.persons.values()):
            if len(full.split()) >= 2:
                doc.firsts.setdefault(fold(full.split()[0]), set()).add(full)
    firsts = doc.firsts.get(f, ()) if f not in COUNTRIES else ()  # (not "Malaysia" for "Malaysia Hermono")
    return next(iter(firsts)) if len(firsts) == 1 else name


def without_base(name: str) -> str:
    """``name`` without where the body is based: "IHH Humanitarian Relief Foundation" for "Istanbul-based IHH ..."."""
    return name.split(None, 1)[1] if " " in name and name.split(None, 1)[0].endswith("-based") else name


def is_person(doc, canon: str) -> bool:
    # "IG Metall" reads like a first and a family name, but it is a union; "Community College" a body; "WHAT TO
    # KNOW" a box's heading
    words = fold(canon).split()
    # (the last word before a generational suffix: "Benigno S. Aquino III" is no body whose name ends in capitals)
    last = next((w for w in reversed(canon.split()) if w not in _GENERATIONS), "") if words else ""
    # ("Tiny SODELPA", "Lawless PENGASSAN": a party's acronym after a tabloid's epithet; "Generating Companies")
    return ((len(words) >= 2 or canon in doc.mononyms or JOINED_INITIAL.fullmatch(canon)) and fold(canon) in doc.persons and canon not in UNION_NAMES
            and words[-1] not in ORG_TAIL and re.sub(r"ies$", "y", words[-1]) not in ORG_TAIL
            and words[-1] not in _PLURAL_BODIES and words[-1] not in _PLACE_TAILS  # ("Qassam Brigades", "Hubert Murray Highway")
            and not (len(last) >= 3 and last.isupper() and not canon.split()[0].isupper())
            and not set(words) & _NEVER_IN_NAMES and words[0] not in _BODY_HEADS
            and _singular(words[-1]) not in HUMAN_ROLES)  # ("Permanent Secretaries": holders of a role, no one's name)


def _singular(word: str) -> str:
    """A plural's singular ("secretaries" -> "secretary", "ministers" -> "minister"); "" for a word that is none."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else ""


_GENERATIONS = {"II", "III", "IV", "V", "VI", "Jr", "Jr.", "Sr", "Sr."}
_NEVER_IN_NAMES = {"to", "what", "know", "the", "and", "or", "is", "are", "how", "why"}
#: A body named in its own language, its kind first ("Federação Nacional da Educação", "Sindicato Único Portuario"):
#: no person's name opens so.
_BODY_HEADS = {fold(w) for w in (
    "federação", "federacion", "federación", "fédération", "federazione", "confederação", "confederación",
    "confédération", "sindicato", "syndicat", "sindacato", "associação", "asociación", "associazione", "partido",
    "partito", "movimento", "movimiento", "mouvement", "união", "unión", "unione", "instituto", "ministério",
    "ministerio", "ministère", "ministero", "secretaría", "consejo", "conselho", "conseil", "consiglio", "comissão",
    "comisión", "câmara", "cámara", "assembleia", "asamblea", "fundação", "fundación", "fondation", "sociedade",
    "sociedad", "société", "coordinadora", "plataforma", "alianza", "aliança")}
#: Bodies named in the plural, whose name is no person's ("Qassam Brigades"; not "Larissa Waters", "Tony Banks").
_PLURAL_BODIES = {"brigades", "militias", "guards", "committees", "councils", "unions", "associations", "federations"}
#: Places named after people, whose name is no person's ("Hubert Murray Highway", "Nelson Mandela Square").
_PLACE_TAILS = {"highway", "road", "avenue", "boulevard", "square", "bridge", "station", "river", "valley", "island",
                "islands", "hotel", "building", "residence", "prison", "mosque", "cathedral", "strait", "gulf", "canal",
                "crossing", "motorway", "expressway", "checkpoint", "corridor", "dam"}


def family_name(name: str) -> str:
    """The family name: the last word, or the first for a Chinese or Korean name ("Wang Yi", "Park Min-soo")."""
    words = name.split()
    if len(words) > 2 and words[-1] in _GENERATIONS:  # ("Benigno S. Aquino III", "Vladimir Guerrero Jr.")
        words = words[:-1]
    if 2 <= len(words) <= 3 and fold(words[0]) in FAMILY_FIRST:  # ("Wang Yi": Yi is a family name too)
        return words[0]
    # ("L.Oyun-Erdene": a Mongolian name, the father's initial joined to the person's own name)
    return words[-1].split(".", 1)[1] if JOINED_INITIAL.fullmatch(words[-1]) else words[-1]


def pet_name_of(doc, name: str) -> str | None:
    """The one person the article names in full whose family name ``name`` is a pet form of: its first letters and a
    pet ending, as tabloids write them ("Albo" for Anthony Albanese, "Gats" for Warren Gatland); else None."""
    f = fold(name)
    stem = next((f[:-len(e)] for e in _PET_ENDINGS if f.endswith(e) and len(f) - len(e) >= 3), None)
    if stem is None:
        return None
    families = registry_index(doc, "pet_families", lambda people: (
        (fold(family_name(p)), len(family_name(p)), p) for p in people if " " in p))
    found = {full for _, length, full in starting(families, stem) if length >= len(stem) + 3}
    return found.pop() if len(found) == 1 else None


def registry_index(doc, key: str, entries) -> list[tuple]:
    """``entries(people)`` (the article's full names) sorted, made once for as many people as the registry has: asked
    for each unknown name, whose candidates then sit together from where its first letters would be."""
    memo = doc.fit_memo.get(key)
    if memo is None or memo[0] != len(doc.persons):
        memo = doc.fit_memo[key] = (len(doc.persons), sorted(entries(set(doc.persons.values()))))
    return memo[1]


def starting(index: list[tuple], prefix: str) -> Iterator[tuple]:
    """The entries of a sorted ``index`` whose first item starts with ``prefix``."""
    for k in range(bisect_left(index, (prefix,)), len(index)):
        if not index[k][0].startswith(prefix):
            return
        yield index[k]


_PET_ENDINGS = ("zza", "sy", "ie", "o", "s", "y")
