"""Roles and bodies a speaker phrase names: "the minister" as the holder of the role, "the union" or "the airline" as
the body of that kind named or heard last, "the statement" as whoever issued it, "the memorandum" as the parties that
signed it (stance.extract.resolution asks here for every phrase that names no one)."""

from __future__ import annotations

import re

from stance.extract.bearers import possessed_office
from stance.extract.geography import COUNTRIES, NATIONALITIES
from stance.extract.issuers import document_issuer, joint_document
from stance.extract.holders import bench_members, holder as _holder, role_holder
from stance.extract.groups import (
    business_named,
    EMPLOYERS,
    BUSINESSES,
    DOCUMENTS,
    JOINT_DOCUMENTS,
    described_by as _described_by,
    named_organisation,
    not_a_company,
    organisation_that_spoke,
    province_before,
    signatories,
)
from stance.extract.names import (
    ROLE_NORMS,
    fold,
    norm_role,
)
from stance.extract.persons import canonical
from stance.extract.speakers import Speaker
from stance.extract.unnamed import (
    UNNAMED,
    source_before,
    unnamed_name,
)
from stance.extract.vocabulary import (
    HUMAN_ROLES,
    ORG_ROLES,
    PORTFOLIO_WORDS,
    PREFIX_WORDS,
    UNNAMED_HEADS,
)


_DATED_DOCUMENT = re.compile(r"(?i:today|yesterday|tonight|[a-z]+day|this\s+morning|last\s+night)[’']s\s+"
                             r"(statement|letter|report|memo|communiqu[eé]|declaration|release)")
_BODIES_OPENING = {"party", "association", "federation", "confederation", "organisation", "organization", "alliance",
                   "coalition", "guild", "bloc"}
_DIPLOMACY = re.compile(r"\b(?:head|chief)\s+of\s+(?:the\s+)?(?:\w+\s+)?diplomacy\b|\b(?:chief|top)\s+diplomat\b", re.I)

#: A body's committee or board, the body named by its kind: "the guild's negotiating committee", "The airline's board"
_KIND_UNIT = re.compile(r"(?:the|The)\s+([a-z]+)[’']s\s+((?:[a-z-]+\s+){0,2}(?:team|committee|board|council))")


def resolve_role(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"the minister", "the union", "the statement": the person holding the role, the organisation of that
    kind, or whoever issued the document; the mention itself when nobody fits (None for a document nobody issued)."""
    if (unit := _KIND_UNIT.fullmatch(sp.mention.strip())) is not None and norm_role(unit.group(1)) in ORG_ROLES:
        # ("the guild's negotiating committee", "The airline's board": that body's committee or board, by its name)
        owner = resolve_role(doc, Speaker("role", "the " + unit.group(1), sp.start, sp.start), key, so_far)
        if owner and not owner.endswith(UNNAMED) and fold(owner) != fold(unit.group(1)):
            return f"{owner} {unit.group(2)}"
    words = [norm_role(w) for w in re.findall(r"[\w’'.-]+", sp.mention)]
    words = [w for w in words if w not in {"the", "a", "an", "of", "for"}]
    mine = re.match(r"(?:our|my)\s+(?=\w)", sp.mention, re.IGNORECASE)
    if mine and any(w in HUMAN_ROLES for w in words):  # "our group chair said": someone the speaker does not name
        # (unless the name follows: "our reporter Noa Feldman says")
        named = re.search(r"\s([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$", sp.mention)
        return canonical(doc, named.group(1)) if named else unnamed_name(sp.mention[mine.end():])
    if _DIPLOMACY.search(sp.mention):  # "the head of Iranian diplomacy", "Iran's top diplomat"
        words = ["foreign", "minister"]
    elif re.search(r"\bhead\s+of\s+state\b", sp.mention, re.I):  # a state agency's "the head of state noted"
        words = ["president"]
    # (not "GM" where the article spells out General Motors: "the GM Korea branch of the ... Union")
    acronyms = {fold(w) for w in re.findall(r"[A-Z]{2,}", sp.mention) if fold(w) in doc.acronyms}
    heads = [w for w in words if (w in HUMAN_ROLES or w in ROLE_NORMS) and w not in acronyms]
    if not heads and words and words[-1] in UNNAMED_HEADS:  # "the source": the one introduced before, else unnamed
        # ("'...,' the source said": the one just introduced; "The chemicals group said": the body named before)
        return (_body_of_kind(doc, sp, words[-1], key, so_far) if not mine else None) or source_before(doc, words[-1], key) \
            or role_holder(doc, words[-1], words, key, so_far) or unnamed_name(sp.mention)
    if heads and (who := _holder(doc, sp, heads[-1], words, key, so_far)) is not None:
        return who
    orgs = [w for w in words if w in ORG_ROLES]
    if orgs[-1:] == ["bench"]:  # ("the bench said": its judges, else unresolved)
        return bench_members(doc, key)
    if orgs and (who := _body_by_its_own_kind(doc, sp, orgs, words, bool(mine), key, so_far)) is not None:
        return who
    if orgs:
        who = _organisation(doc, sp, orgs, words, key, so_far)
        if who is not None:
            return who
        # "the statement said", "Today's statement says", with nobody to have issued it: unresolved, not a
        # speaker "statement"
        if orgs[-1] in DOCUMENTS and (not re.search(r"[A-Z]", re.sub(r"^(?:The|A|An)\s", "", sp.mention))
                                      or _DATED_DOCUMENT.fullmatch(sp.mention)):  # ("The statement added ...")
            return None
        # "Israel's Magen David Adom rescue service": the body named before its description
        named = _NAMED_BODY.search(sp.mention)
        if named and not all(fold(w) in PREFIX_WORDS for w in named.group(1).split()):
            return named.group(1)
    return re.sub(r"^(?:the|a|an)\s+", "", sp.mention, flags=re.I)


def _body_by_its_own_kind(doc, sp: Speaker, orgs: list[str], words: list[str], mine: bool, key: int,
                          so_far: list[tuple[int, str]]) -> str | None:
    """Bodies a mention's own kind settles: "the Air Canada component of CUPE" and "Iranian state television" speak
    as themselves; "the Office", "the province" and "the statement" are the office, province or issuer named before."""
    if orgs[0] in _PARTS and " of " in sp.mention or orgs[-1] in _MEDIA and len(words) > 1:
        return re.sub(r"^(?:the|a|an)\s+", "", sp.mention, flags=re.I)
    if orgs[-1] == "office" and not mine:  # "the Office stated", after "The Prime Minister's Office"
        return possessed_office(doc, key)
    if orgs[-1] == "province":
        return province_before(doc, key)
    # ("In a statement, the U.S. embassy praised ... The statement stressed": whoever issued it, as the article said)
    if orgs[-1] in DOCUMENTS and not mine and (issuer := document_issuer(doc, orgs[-1], key)) is not None:
        from stance.extract.resolution import resolve  # (resolution imports this module)
        return resolve(doc, issuer, issuer.start, so_far)
    return None


def _organisation(doc, sp: Speaker, orgs: list[str], words: list[str], key: int,
                  so_far: list[tuple[int, str]]) -> str | None:
    """"the union", "the airline", "the statement": the body of that kind that spoke or was named last, the parties
    to a joint document, or the business the article names; None if none fits."""
    joint = "joint" in words or orgs[-1] in DOCUMENTS and joint_document(doc, sp.start)
    if orgs[-1] in ("company", "firm"):  # "The company said": the company that spoke last, else the one named last
        who = organisation_that_spoke(doc, "company", key, so_far) or named_organisation(doc, "company", key)
    else:
        # (a union-kind mention that names employers looks among the employers' bodies, not the unions';
        # "the employers' association" is of kind "association" and needs no flag)
        employer = any(w in EMPLOYERS or w + "s" in EMPLOYERS for w in words)
        spoke = _described_by(organisation_that_spoke(doc, orgs[-1], key, so_far, joint=joint), orgs[-1],
                              sp.mention, orgs[-1] in DOCUMENTS)
        # ("Air Canada and its pilots reached a deal. The airline said ... The pilots union said": never the company)
        spoke = None if spoke and orgs[-1] == "union" and not employer and not not_a_company(doc, spoke) else spoke
        # ("Somalia has warned ... Somalia's federal government has said": the body itself, not its country)
        spoke = None if spoke and re.match(re.escape(spoke) + r"[’']s\s", sp.mention) else spoke
        # ("the doctors' union": the union whose name holds "doctor", where one is named)
        mods = tuple(m.group(1).lower() for m in re.finditer(r"\b([a-z]{3,}?)s?(?:s[’']|[’']s)\s", sp.mention))
        who = mods and named_organisation(doc, orgs[-1], key, employer, mods) or named_organisation(
            doc, orgs[-1], key, employer) or spoke
    # ("the memorandum states", "the statement said" of a joint statement: the parties that signed it)
    if who is None and (orgs[-1] in JOINT_DOCUMENTS or orgs[-1] in DOCUMENTS and joint):
        who = signatories(doc, key)
    # ("The SNP has shown little appetite ... the party said": the party the sentence before opens with, too)
    if who is None and (orgs[-1] in BUSINESSES or orgs[-1] in _BODIES_OPENING):
        who = business_named(doc, orgs[-1], key)
    # ("the Education Ministry says", after "the Ministry of Labour": a ministry of its own portfolio, not that one;
    # "The Afghan foreign ministry", after "the Ministry of Foreign Affairs of Pakistan": of its own country)
    portfolios = [fold(w)[:4] for w in sp.mention.split() if w[:1].isupper() and fold(w) in PORTFOLIO_WORDS | {"foreign"}]
    country = [fold(w)[:4] for w in sp.mention.split() if fold(w) in NATIONALITIES]
    other = who and country and any(fold(w) in COUNTRIES | NATIONALITIES and fold(w)[:4] not in country
                                    for w in who.split())
    # ("Mali's transitional government said", after the ECOWAS Authority of Heads of State and Government: a body of
    # the country the mention owns it to, or none)
    owner = re.match(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s", sp.mention)
    other = other or who and owner and orgs[-1] in _STATE_BODIES and fold(owner.group(1)) in COUNTRIES \
        and fold(owner.group(1))[:4] not in fold(who)
    return None if who and (portfolios and not all(p in fold(who) for p in portfolios) or other) else who


_NAMED_BODY = re.compile(r"(?<![\w’'-])(?!The\s)(?:[A-Z][\w.-]*[’']s\s+)?((?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*)\s+"
                         r"(?:[a-z]+\s+){0,2}[a-z]+$")


def _body_of_kind(doc, sp: Speaker, kind: str, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"The chemicals group said", "The terror group also moaned": the body of that kind named before, else the body
    that spoke last, if the mention may describe it; None for a kind that is no body's."""
    if kind not in ORG_ROLES or kind in {"media", "press"}:  # ("Colombian media reported": outlets, no one body)
        return None
    return named_organisation(doc, kind, key) or _described_by(organisation_that_spoke(doc, kind, key, so_far), kind,
                                                               sp.mention, False)


_STATE_BODIES = {"government", "ministry", "presidency", "army", "military", "parliament", "cabinet", "embassy"}
_MEDIA = {"television", "tv", "radio", "broadcaster", "channel", "newspaper"}
_PARTS = {"component", "wing", "branch", "chapter", "division"}
