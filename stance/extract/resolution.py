"""Who a speaker phrase stands for: a parsed phrase (stance.extract.speakers) resolved to one canonical speaker
with the article's registry: a name to the person's full name, "he" to the person named or speaking last, "the
union" to the union named, "the memorandum" to the parties that signed it, an unnamed source to its role."""

from __future__ import annotations

import re

from stance.extract.bearers import (
    latest_bearer,
    latest_institution,
    shortened_name,
)
from stance.extract.gender import gender_ok
from stance.extract.issuers import document_issuer, document_subject_before
from stance.extract.unions import UNION_LOCAL, union_pair
from stance.extract.roles import resolve_role
from stance.extract.holders import role_holder
from stance.extract.groups import (
    BODY_NAME,
    BODY_OPENING,
    THE_FIGHTERS,
    fighters_named,
    the_group,
    opening_group,
    DOCUMENTS,
    VOICES,
    named_company,
)
from stance.extract.names import (
    cap_runs,
    fold,
    name_of_run,
    norm_role,
)
from stance.extract.persons import canonical, is_person
from stance.extract.nearest import last_speaker, nearest, topic_person
from stance.extract.parties import COUNTED, both_parties, counted_parties, pair_that_spoke, resolve_list, subject_pair, two_people
from stance.extract.speakers import AGED, Speaker, parse_speaker
from stance.extract.unnamed import (
    person_noun,
    UNNAMED,
    described,
    office_of,
    plural_source,
    single_source_before,
    titled_body,
    unnamed_name,
)
from stance.extract.vocabulary import (
    STOP_CAPS,
    DEMONYMS,
    HUMAN_ROLES,
    ORG_ROLES,
    PRONOUNS,
    TITLE_OR_ROLE,
)


def resolve(doc, sp: Speaker, key: int, speakers_so_far: list[tuple[int, str]]) -> str | None:
    """The canonical speaker of a speaker phrase at ``key``, given who has spoken so far; None when a pronoun or
    "it" has nobody to stand for."""
    if sp.kind == "name":
        # "The AG went further", "the PM said": a role's initials, where no body spelt out has them (or the role the
        # article spells out: "the CPO said" after "the Chief Personnel Officer (CPO)")
        short = _ROLE_INITIALS.get(re.sub(r"^the\s+", "", sp.mention, flags=re.I))
        if (spelt := doc.acronyms.get(fold(sp.mention.split()[-1])) if sp.mention.split()[-1].isupper() else None):
            short = spelt.lower() if norm_role(fold(spelt.split()[-1])) in HUMAN_ROLES else None
        if short:
            words = [norm_role(w) for w in short.split()]
            holder = role_holder(doc, words[-1], words, key, speakers_so_far)
            if holder is not None:
                return holder
        # "The Dutchman said", "The GM said" (nobody named a general manager): the person just written about
        demonym = re.fullmatch(r"(?:the|The)\s+([A-Z][a-z]+)", sp.mention)
        if short or demonym and fold(demonym.group(1)) in DEMONYMS and fold(demonym.group(1)) not in doc.persons:
            who = topic_person(doc, key, speakers_so_far)
            if who is not None:
                return who
        # "The Partnership said", in a release by NewMed Energy LP: a defined term for the body, like "the company"
        # ("according to the Partnership": the mention may leave its article out)
        generic = re.fullmatch(r"(?:the|The)\s+([A-Z][a-z]+)|([A-Z][a-z]+)", sp.mention)
        word = generic and (generic.group(1) or generic.group(2))
        if word and fold(word) in ORG_ROLES and fold(word) not in doc.persons and (
                generic.group(1) or doc.text[max(0, sp.start - 4):sp.start].lower() == "the "):
            who = resolve_role(doc, Speaker("role", "the " + word, sp.start, sp.end), key, speakers_so_far)
            if who is not None and fold(who) != fold(word):
                return who
        name = resolve_name(doc, sp)
        if name is not None:
            return name
        # "the US Treasury Secretary", "The leader of the Patriots Party": a role, not a name
        return resolve_role(doc, sp, key, speakers_so_far)
    if sp.kind == "unnamed" and _PEERS.fullmatch(sp.mention.strip()):
        pair = two_people(doc, sp.mention, key, speakers_so_far)
        if pair:
            return pair
    if sp.kind in ("unnamed", "role") and _THE_UNIONS.fullmatch(sp.mention.strip()) and (pair := union_pair(doc, key)):
        return pair  # ("the unions said", after "the unions Verdi and dbb")
    if sp.kind == "role" and (fighters := THE_FIGHTERS.fullmatch(sp.mention.strip())) and (
            named := fighters_named(doc, fighters.group(1), key)):
        return named  # ("the rebels said", after "the M23 rebels")
    if sp.kind == "role" and AGED.fullmatch(sp.mention):
        return topic_person(doc, key, speakers_so_far)
    if sp.kind in ("role", "unnamed"):  # ("the same source added": the one just heard)
        group = the_group(doc, sp, key, speakers_so_far) or (
            last_speaker(speakers_so_far, key) if _THE_SAME.match(sp.mention) else None)
        if group:
            return group
    return _RESOLVERS.get(sp.kind, resolve_role)(doc, sp, key, speakers_so_far)


#: "the senators", "the moderators": the two people the article has just named, not a new unnamed source (unlike
#: "the leaders", often a union's or a front's)
_PEERS = re.compile(r"(?:the|The)\s+(?:senators|ministers|presidents|moderators|co-chairs|envoys|lawmakers)")
_THE_UNIONS = re.compile(r"(?:the|The)\s+(?:two\s+)?(?:unions|alliances)")
_INITIALS = re.compile(r"[A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)?")
_THE_SAME = re.compile(r"(?:the|The)\s+same\s")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?")
_BODY_OF_ROLE = re.compile(r"(?:Office|Department|Ministry|Secretariat|Bureau|Chancellery)\s+of\s")
_OFFICE_FOR = re.compile(r"(?:the|The)\s+(?:[\w’'-]+\s+){0,3}?([\w’'-]+)\s+(?:for|of)\s+[A-Z]")
_OF_POSSESSOR = re.compile(r"((?:[A-Z][\w’'-]+\s+(?:van\s+|de\s+|der\s+|den\s+)*){1,3}[A-Z][\w’'-]+)\s+of\s+[A-Z][\w-]+[’']s\s")
_ROLE_INITIALS = {"AG": "attorney-general", "PM": "prime minister", "FM": "foreign minister", "GM": "general manager",
                  "Deputy PM": "deputy prime minister", "CS": "cabinet secretary", "PS": "principal secretary"}


def resolve_name(doc, sp: Speaker) -> str | None:
    # (a person the registry already named for a role's mention: "the Opposition Leader used ..., arguing")
    if fold(sp.mention) in doc.persons and doc.text[sp.start:sp.end] != sp.mention:
        return doc.persons[fold(sp.mention)]
    if UNION_LOCAL.fullmatch(sp.mention):  # ("ATU Local 113": the number is part of the name)
        return sp.mention
    # ("the Australian Resources and Energy Employer Association": a body the registry holds whole, "and" and all)
    if " and " in sp.mention and (whole := doc.held_body(sp.mention)) is not None:
        return whole
    parts = re.split(r"\s+and\s+(?:the\s+)?", re.sub(r"^(?:the|The)\s+", "", sp.mention))
    if len(parts) == 2 and all(p.isupper() and fold(p) in doc.acronyms for p in parts):  # ("the KNO and UPF": both)
        return " and ".join(doc.acronyms[fold(p)] for p in parts)
    # ("ZCCM-IH and IRH said", "NZEI and PPTA say": bodies by their initials, each one; spelt out where the article
    # spells out every one of them, else all as written)
    parts = re.split(r",\s+(?:and\s+)?|\s+and\s+", re.sub(r"^(?:the|The)\s+", "", sp.mention))
    if len(parts) > 1 and all(_INITIALS.fullmatch(p) for p in parts):
        spelt = all(fold(p) in doc.acronyms for p in parts)
        return " and ".join(doc.acronyms[fold(p)] if spelt else p for p in parts)
    if titled_body(sp.mention):  # ("The Dairy Farmers of Canada": a body's name in capitals, whole)
        return canonical(doc, re.sub(r"^(?:the|The)\s+", "", sp.mention))
    called = re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+([A-Z][\w’'-]+)", sp.mention)
    if called:  # "Mr King": a surname, even one that is also a title
        return latest_bearer(doc, called.group(1), sp.start) or canonical(doc, called.group(1))
    of_whose = _OF_POSSESSOR.match(sp.mention)  # ("Thom van Campen of Rutte's Liberal VVD": the person, of a party)
    if of_whose and is_person(doc, canonical(doc, of_whose.group(1))):
        return canonical(doc, of_whose.group(1))
    runs = cap_runs(doc, sp.start, sp.end)
    if not runs:  # "The The": capitals, but no word a name may start with
        return None
    name, _, person = name_of_run(doc, runs[-1])
    if name.isupper() and fold(name) in doc.acronyms:  # "the UN said", where the article spells out the United Nations
        return doc.acronyms[fold(name)]
    # "Stephen Schneck of the Catholic University of America", "Gustavo Melella of Tierra del Fuego": the person
    if len(runs) > 1 and _OF_BODY.fullmatch(doc.text, doc.tokens[runs[-2][1] - 1][1], doc.tokens[runs[-1][0]][0]):
        first, _, first_person = name_of_run(doc, runs[-2])
        name, person = (first, True) if first_person else (name, person)
    words = {norm_role(w) for w in sp.mention.split()}
    titles_only = all(fold(w).rstrip(".") in TITLE_OR_ROLE for w in name.split())
    # "the Belgian Prime Minister", "The Azerbaijani President": a role whose holder is named elsewhere
    # (or "the European Commissioner for Home Affairs": the office before its portfolio)
    the_role = not person and re.match(r"(?:the|The)\s", sp.mention) and (norm_role(name.split()[-1]) in HUMAN_ROLES or (
        (office := _OFFICE_FOR.match(sp.mention)) is not None and norm_role(office.group(1)) in HUMAN_ROLES))
    # ("the Office of the Prime Minister": a body, not the office's holder)
    if not titles_only and not the_role and (person or not (words & HUMAN_ROLES) or "of" not in words
                                             or _BODY_OF_ROLE.match(name)):
        company = named_company(doc, name) if " " not in name and fold(name) not in doc.bearers else None
        # ("Rog explained": a one-word name nobody has may be the start of someone's)
        unknown = " " not in name and fold(name) not in doc.persons
        return latest_bearer(doc, name, sp.start) or latest_institution(doc, name, sp.start) or company \
            or (shortened_name(doc, name) if unknown else None) or canonical(doc, name)
    return None


#: "When the union turned its walkout into an indefinite one, it insisted ...": a body opening the sentence's clause.
_OPENING_BODY = re.compile(r"(?:When|After|As|Although|Though|While|Once|Because|Since|If)\s+the\s+(\w+)\b")


def _resolve_it(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"it said": the body that opens the sentence's first clause, else the organisation (or office) that spoke
    last, if recently."""
    s, _ = doc.sentence_of(sp.start)
    # ('It ended with a statement from Mr Guaidó's press office. "...," it read.': whoever issued the document)
    if _DOCUMENT_VERB.match(doc.text, sp.end) and (issuer := next(filter(None, (
            document_issuer(doc, kind, key) for kind in ("statement", "communique", "declaration", "letter"))), None)) is not None:
        return resolve(doc, issuer, issuer.start, so_far)
    # ("A short statement from Netanyahu's office has just landed. It says ...": whoever issued it)
    if (issuer := document_subject_before(doc, sp.start)) is not None and (who := resolve(doc, issuer, issuer.start, so_far)):
        return who
    # ("At that meeting, the VGCL put forward two options, which it said were ...": the body the sentence is about)
    if doc.text.endswith(("which ", "that "), s, sp.start) and (
            m := _NAME_THEN_VERB.match(doc.text, _FRONTED_PHRASE.match(doc.text, s, sp.start).end(), sp.start)):
        named = canonical(doc, m.group(1))
        if named in doc.org_names() or fold(m.group(1)) in doc.acronyms:
            return named
    m = _OPENING_BODY.match(doc.text, s, sp.start)
    if m and norm_role(m.group(1)) in ORG_ROLES and "," in doc.text[m.end():sp.start]:
        who = resolve_role(doc, Speaker("role", "the " + m.group(1), m.start(1), m.end(1)), m.start(1), so_far)
        if who and not who.endswith(UNNAMED):
            return who
    # "The firm revealed the walkouts had cost it £100m. It said ...": the body the sentence before opens with
    k = doc.before(doc._sent_starts, s)  # (the sentence before, in this paragraph or ending the one before)
    # (or after where it said it: "In a statement posted on social media it called on ...")
    before = doc.sentences[k - 1] if k and (not doc.text[s:sp.start].strip()
                                             or _WHERE_IT_SAID.fullmatch(doc.text, s, sp.start)) else None
    m = _BODY_SUBJECT.match(doc.text, *before) if before else None
    if m and norm_role(m.group(2)) in ORG_ROLES and norm_role(m.group(2)) not in DOCUMENTS and not doc.in_quote(m.start()):
        who = resolve_role(doc, Speaker("role", m.group(1), m.start(1), m.end(1)), m.start(1), so_far)
        if who and not who.endswith(UNNAMED) and who.lower() != m.group(1).lower().removeprefix("the "):
            return who
    # ("The Confédération Paysanne, the left-leaning small farmers' union, went the other way. ... it called"): a name
    # the sentence before opens with, which its appositive says is a body
    m = _NAMED_BODY_SUBJECT.match(doc.text, *before) if before else None
    if m and norm_role(m.group(2)) in ORG_ROLES and not doc.in_quote(m.start()):
        return canonical(doc, m.group(1))
    # ("Adidas moved some orders to other suppliers; on Friday it said ...": the body the sentence opens with)
    m = BODY_OPENING.match(doc.text, s, sp.start)
    # (never a plural: "Committees are to assess each claim ..., it says")
    if m and not doc.in_quote(s) and fold(m.group(1).split()[0]) not in STOP_CAPS and not _PLURAL_VERB.match(doc.text, m.end(1)) \
            and not is_person(doc, canonical(doc, m.group(1))) and fold(m.group(1)) not in doc.persons \
            and re.search(r"[;,]\s+(?:and\s+)?(?:[^,;]{0,40}\s)?$", doc.text[m.end():sp.start]):
        return canonical(doc, m.group(1))
    turns = doc.turn_voices()
    for pos, who in reversed(so_far[-10:]):
        # (never a person known by one name: "Worker Liang said ...")
        if (pos < key and key - pos < 2500 and not is_person(doc, who) and not who.endswith(UNNAMED)
                and who not in VOICES and who not in turns and who not in doc.mononyms and fold(who) not in doc.persons):
            return who
    return None


#: a run of up to seven capitalised words and the small words inside a body's name: "Canadian Manufacturers and Exporters"
_NAME_THEN_VERB = re.compile(BODY_NAME + r"\s+(?:has\s+|had\s+)?[a-z]{2,}\b")
_FRONTED_PHRASE = re.compile(r"\s*(?:(?:At|In|On|After|Before|During|By)\s[^,;:]{2,60},\s+)?(?:the\s+)?")
_BODY_SUBJECT = re.compile(r"\s*(?:(?:But|And)\s+)?((?:the|The)\s+(?:[\w’'-]+\s+){0,2}?([A-Za-z]+))\s+(?:itself\s+)?"
                           r"(?:also\s+)?(?:[a-z]+ed|said|says|told|has|had|was|is|[a-z]+s|put|sent|gave|made)\b")


_DOCUMENT_VERB = re.compile(r"\s+(?:read|reads|stated|states)\b")
_PLURAL_VERB = re.compile(r"\s+(?:are|were|have)\b")
_WHERE_IT_SAID = re.compile(r"\s*(?:In|On|Through|Via)\s+(?:a|an|its|the)\s+[^,;:.“”\"]{2,60}?,?\s*")
_NAMED_BODY_SUBJECT = re.compile(r"\s*(?:(?:But|And)\s+)?(?:The\s+)?" + BODY_NAME + r",\s+(?:the|a|an)\s+"
                                 r"(?:[\w’'-]+\s+){0,4}?([a-z]+),")


#: A sentence that opens with a group: "The Greens were warmer.", "The pilots wanted ...", "Houthi officials say".
#: ("Hospital nurses, however, rejected the first agreement. They said ...": an adverb set off after the group)
#: A body's name opening a sentence, before its verb: "OPEC+ agreed", "Canadian Manufacturers and Exporters is".

def _resolve_parties(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"the three carmakers": the three named last (else unresolved); "the two sides": the pair named last."""
    if COUNTED.fullmatch(sp.mention):
        return counted_parties(doc, sp.mention, key)
    # ("X, chair of VR, and Y, chair of Efling, told reporters ... But both made clear": the pair that just spoke)
    # ("X and Y have agreed ..., both sides announced": the pair its own sentence opens with)
    return subject_pair(doc, sp.mention, sp.start) or pair_that_spoke(doc, key, so_far) or both_parties(doc, key) \
        or two_people(doc, sp.mention, key, so_far) \
        or re.sub(r"^the\s+", "", sp.mention, flags=re.I)


def _resolve_they(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"they said": the group that opens the sentence before, else the organisation, group or joint speaker
    that spoke last, if recently; None (the statement kept, unresolved) when nobody fits."""
    who = opening_group(doc, sp, so_far)
    if who:
        return who
    if (one := single_source_before(doc, sp.start)) is not None:  # ("A source close to the player ...")
        return one
    turns = doc.turn_voices()
    for pos, who in reversed(so_far[-10:]):
        if (pos < key and key - pos < 2000 and who not in VOICES and who not in turns and
                (not is_person(doc, who) or " and " in who or who.endswith(UNNAMED) and plural_source(who))):
            return None if who.endswith(UNNAMED) and not plural_source(who) else who
    return None


def _resolve_owned(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str:
    """"Netanyahu's office": the owner, resolved, and what they own."""
    owner = sp.mention[: len(sp.mention) - len(sp.special) - 3].rstrip("’'s").rstrip("’'")
    inner = parse_speaker(doc, sp.start, sp.start + len(owner), whole=True)
    name = resolve(doc, inner, key, so_far) if inner is not None else owner
    return f"{name}'s {sp.special}"


def _resolve_office(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"his office": the office of the person "his" stands for."""
    gender = PRONOUNS.get(sp.special)
    # "Mikati welcomed the deal, according to a statement from his office": the subject of the sentence it closes
    lo = doc.sentence_of(sp.start)[0]
    k = doc.before(doc._sal_pos, sp.start)
    owner = next((p for pos, p in reversed(doc.salient[max(0, k - 5):k]) if lo <= pos and key < sp.start
                  and is_person(doc, p) and gender_ok(doc, p, gender)), None)
    owner = owner or nearest(doc, key, [(p, w) for p, w in so_far if not w.endswith(UNNAMED)], gender)
    unit = " ".join(sp.mention.split()[1:]).lower()  # ("his media office")
    # ("his spokesman": someone the article does not name, speaking for him)
    return office_of(owner, unit) if owner else None


def _resolve_roles(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str:
    """"the union and the alliance": each role resolved, joined as a joint speaker."""
    parts = re.split(r"\s+and\s+", re.sub(r"^(?:both|Both)\s+", "", sp.mention))
    return " and ".join(resolve_role(doc, Speaker("role", p, sp.start, sp.end), key, so_far) for p in parts)


def _resolve_joint(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str:
    """"Glasgow City Council and the joint claimant group": each part resolved (or kept as written), joined."""
    m = re.search(r"\s+and\s+(?=the\s)", sp.mention)
    out = []
    for lo, hi in ((0, m.start()), (m.end(), len(sp.mention))):
        part = parse_speaker(doc, sp.start + lo, sp.start + hi, whole=True)
        who = resolve(doc, part, sp.start + lo, so_far) if part is not None else None
        out.append(who or re.sub(r"^the\s+", "", sp.mention[lo:hi]))
    return " and ".join(out)


_RESOLVERS = {
    "list": resolve_list,
    "roles": _resolve_roles,
    "joint": _resolve_joint,
    "pronoun": lambda doc, sp, key, so_far: nearest(doc, key, so_far, PRONOUNS[sp.mention.lower()]),
    "it": _resolve_it,
    "they": _resolve_they,
    "owned": _resolve_owned,
    "office": _resolve_office,
    "unnamed": lambda doc, sp, key, so_far: unnamed_name(sp.mention),
    # ("the eleven countries", with no list of eleven named: kept, unresolved)
    "parties": _resolve_parties,
    # "the 104-cap right back": someone named elsewhere, kept, marked unresolved; "Another fan", "a shopkeeper
    # sweeping up glass": someone the article never names, an unnamed source
    "description": lambda doc, sp, key, so_far: described(doc, sp.mention) or _epithet(doc, sp, key, so_far),
}

#: "the Rio bronze medallist", "the under-pressure gaffer": a description of one person, whose head is no kind of body
_PERSON_ENDINGS = ("ist", "er", "or", "ian", "ee", "aire", "ic")
_EPITHETS = {"legend", "star", "icon", "ace", "boss", "chief", "veteran", "skipper", "supremo", "captain", "mogul",
             "tycoon", "hero", "great", "youngster", "teenager", "prodigy", "stalwart", "firebrand", "strongman"}
_EPITHET = re.compile(r"(?:the|The)\s+(?:[\w’'-]+\s+){0,4}([a-z][\w-]*)")


def _epithet(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"Sakshi Malik was making it clear ... the Rio bronze medallist said": the person the sentence before is about
    (a tabloid's epithet for them), when the description's head names no body, document or group; else None."""
    m = _EPITHET.fullmatch(sp.mention.strip())
    head = m.group(1) if m else ""
    if not head or norm_role(head) in ORG_ROLES or head.endswith("s") and not head.endswith("ss") or not (
            person_noun(head) or head.endswith(_PERSON_ENDINGS) or head in _EPITHETS):
        return None  # (not "the city", "the bench", "the readout", "the Yank gas giant")
    who = topic_person(doc, key, so_far)
    return who if who and is_person(doc, who) else None


#: Kinds of body that "the X said" may name by the body opening the sentence before ("APIKUR welcomed the deal. ..., the
#: association said"; "The SNP has shown little appetite ... the party said")
