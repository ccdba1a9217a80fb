"""Groups a phrase can stand for: "the union" as the union named nearest (stance.extract.unions finds those named by
a short name), "Disney" as the company the article names in full, "the memorandum" as the parties that signed it,
"the airline" as the organisation of that kind named nearest."""

from __future__ import annotations

import re
from bisect import bisect_right

from stance.extract.geography import NATIONALITIES
from stance.extract.names import bare_word, cap_runs, fold, name_of_run, norm_role
from stance.extract.persons import canonical, is_person
from stance.extract.scan import last_match
from stance.extract.unions import named_union
from stance.extract.unnamed import UNNAMED, speaks_for_someone
from stance.extract.vocabulary import (
    COMPANY_SUFFIXES,
    COMPANY_TAIL,
    DEMONYMS,
    FEMALE_NAMES,
    HONORIFICS,
    HUMAN_ROLES,
    MALE_NAMES,
    ORG_ROLES,
    ORG_TAIL,
    PLACES,
    PROVINCES,
    STOP_CAPS,
    UNION_ENDINGS,
    STATES_UNION,
    UNION_NAMES,
)

def named_company(doc, name: str) -> str | None:
    """"Disney said" where the article names "Walt Disney Co.": the one company whose full name has this word
    (the full name ends as companies' do: "Co.", "Electronics", "Communications")."""
    if doc.companies is None:
        doc.companies = {}
        for r in cap_runs(doc, 0, len(doc.text)):
            # (only a run ending as a company does is worth naming: a cheap test first)
            if fold(bare_word(doc.tokens[r[1] - 1][2])) not in COMPANY_TAIL:
                continue
            full, _, person = name_of_run(doc, r)
            words = full.split()
            if person or len(words) < 2 or fold(words[-1]) not in COMPANY_TAIL:
                continue
            for w in words[:-1]:
                if len(w) > 2 and fold(w) not in STOP_CAPS and fold(w) not in ORG_TAIL:
                    doc.companies.setdefault(fold(w), set()).add(full)
    names = doc.companies.get(fold(name), ())
    return next(iter(names)) if len(names) == 1 else None


def signatories(doc, key: int) -> str | None:
    """The parties to a joint document ("the memorandum states"): of the lists of parties named lately, the
    longest ("Türkiye, Finland and Sweden" over a later "Finland and Sweden")."""
    k = doc.before(doc._pair_pos, key)
    recent = [pair for pos, pair in doc.pairs[max(0, k - 8):k] if key - pos < 5000]
    return max(reversed(recent), key=lambda x: x.count(" and ")) if recent else None


#: A sentence opening with a name and its verb: "CPKC has put out a late statement", "Royal Mail hit straight back".
#: ("Svitzer, in a statement, welcomed ...": a body that issues statements; "Katoen Natie, which owns ..., notified")
_NAME_OPENS = re.compile(r"(?:The\s+)?((?:[A-Z][\w&.’'-]*\s+){0,3}(?:[A-Z]|[a-z](?=[A-Z]))[\w&.’'-]*?)(?:[’']s)?"
                         r"(,\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}statement,|,\s+which\s+[^,;:“”\"]{2,100},)?\s+(?=[a-z])")


_SPOKESPERSON_FOR = re.compile(r"(?:A|An|The)\s+(?:[a-z]+\s+)?(?:spokes(?:person|man|woman)|representative)\s+(?:for|of|at)\s+"
                               r"(?:the\s+)?([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})(?=\s+(?:said|says|told)\b)")
_SAYS = re.compile(r"(?:says|said|insists|insisted|argues|argued|maintains|maintained)\b")


def subject_organisation(doc, key: int) -> str | None:
    """"The company says", "the railway said", where no organisation of that kind is named: the organisation that
    opens one of the three sentences before, in this paragraph or the one before ("CPKC has put out a statement.")."""
    k = bisect_right(doc._sent_starts, key) - 1
    para = doc.para_of(key)
    for a, b in reversed(doc.sentences[max(0, k - 3):k + 1]):
        if a >= key or doc.in_quote(a):
            continue
        if doc.para_of(a) < para - 1:
            break
        # (after a transcript's turn label: "HELENA BATISTA: iFood says that is not true.")
        a = next((end for start, end in doc.label_spans if start == a), a)
        # ("A spokesperson for Hapag-Lloyd said ... the German carrier said": the body the spokesperson is for)
        if (spoke := _SPOKESPERSON_FOR.match(doc.text, a, b)) is not None:
            return spoke.group(1)
        m = _NAME_OPENS.match(doc.text, a, b)
        if not m:
            continue
        name = m.group(1)
        words = [fold(w) for w in name.split()]
        # (not a person, a first name, a role or a place: "Anna Chancellor", "The minister", "New Zealand")
        # ("Mr Crumlin said": a person by his title)
        if (is_person(doc, name) or fold(name) in doc.persons or words[0] in STOP_CAPS or words[0] in FEMALE_NAMES
                or words[0] in MALE_NAMES or words[-1] in HUMAN_ROLES or fold(name) in PLACES or words[0] in HONORIFICS):
            continue
        # (one word: an acronym, or a brand the article names again: "iFood says that is not true")
        if name in doc.org_names() or name.isupper() and 2 <= len(name) <= 6 or len(words) >= 2 or m.group(2) \
                or doc.text.count(name) >= 2 and _SAYS.match(doc.text, m.end()):
            return name
    return None


def kind_then_name(doc, kind: str, key: int) -> str | None:
    """"the airline" after "Colombian airline Avianca": the name given right after its kind, last before ``key``
    in the 3,000 characters before it."""
    found = last_match(re.compile(r"\b" + re.escape(kind) + r"\s+([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})"),
                       doc.text[max(0, key - 3000):key])
    return found.group(1) if found else None


#: "the airline", "the carrier": the organisation named last with one of these words in its name.
_NAMED_KINDS = {"airline": {"air", "aer", "airline", "airlines", "airways", "aviation", "jet", "jetblue"},
                "carrier": {"air", "aer", "airline", "airlines", "airways", "aviation", "jet"},
                "automaker": {"motors", "motor", "auto", "automotive"},
                "carmaker": {"motors", "motor", "auto", "automotive"},
                "miner": {"mining", "mines", "minerals", "resources"}}
_UNION_OF = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'.-]*\s+){0,3}(?:Union|Association|Federation|Guild|Brotherhood|"
                       r"Confederation|Congress)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,5}(?<=\S)")
_CAP_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}")
#: "the union" is the last-named organisation whose name ends in one of these.
ORG_KINDS = {"union": {"union", "association", "guild", "federation", "brotherhood", "workers", "teamsters",
                       "congress", "confederation", "organisation", "organization", "local", "alliance", "conference"},
             # "the company" after "Woolworths Group", "Nippon Steel", "Hyundai Motors"
             "company": COMPANY_SUFFIXES | {"company", "industries", "motors", "steel", "electronics", "technologies",
                                            "pharmaceuticals", "airlines", "airways", "motor", "mail", "post"},
             "partnership": {"partnership", "lp"},  # "The Partnership" after "NewMed Energy LP"
             "district": {"district", "schools"},  # "the district" after "Denver Public Schools"
             "charity": {"charity", "foundation", "trust"}}  # "the charity" after "IHH Humanitarian Relief Foundation"
#: An association of these is on the other side of the table from a union.
EMPLOYERS = {"producers", "employers", "manufacturers", "owners", "shipowners", "operators", "retailers", "companies",
             "business", "businesses"}


_MEMBERS_ASIDE = re.compile(r"\s[—–]\s+an?\s+(?:[\w-]+\s+){0,3}(?:of|between|made\s+up\s+of|including)\s+[^—–.;]*$")


def named_organisation(doc, kind: str, key: int, employer: bool = False, mods: tuple[str, ...] = ()) -> str | None:
    """"the union", "the airline": the organisation of that kind named nearest before (a union spelled "Union
    of ..." may be named only after: "the union ..., CUPE said"); with ``mods``, one whose name holds each."""
    kinds = ORG_KINDS.get(kind, {kind})
    k = doc.before(doc._org_pos, key)
    short = named_union(doc, key) if kind == "union" else None  # "Unite", "ver.di": when named after the rest
    for pos, name in reversed(doc.orgs[max(0, k - 200):k]):
        words = name.split()
        # "the union" is never the Alliance of Motion Picture and Television Producers, nor a "Business Association"
        if kind == "union" and employer != any(fold(w) in EMPLOYERS for w in words[-2:]):
            continue
        # (nor the European Union or a customs union: a union of states; "the union" is the workers')
        if kind == "union" and len(words) > 1 and fold(words[-1]) == "union" and fold(words[-2]) in STATES_UNION:
            continue
        # (nor a masthead or crosshead in capitals: "THE MORNING MAIL — Saturday ...")
        if mods and not all(m in fold(name) for m in mods) or len(words) > 1 and name.isupper() \
                or _MEMBERS_ASIDE.search(doc.text, max(0, pos - 80), pos):
            continue  # "The alliance — a tag team of the Australian Workers' Union and ... —": a member, not it
        # "the Ministry": a full name ("Ministry of Foreign Affairs"), not an earlier "the Ministry" itself
        head = name.split(" of ")[0].split()  # "Writers Guild of America", "National Union of Mineworkers"
        last = fold(words[-1])
        # (or a name whose head comes first, the words after it in lower case: "Fédération autonome de l'enseignement")
        if len(words) > 1 and (last in kinds or last[:-1] in kinds and last.endswith("s") or last.endswith(UNION_ENDINGS) and
                               kind == "union" or " of " in name and fold(head[-1] if head else "") in kinds
                               or fold(words[0]) in kinds and words[1][:1].islower() and words[1] not in ("of", "for", "and")
                               # ("Sindicato Único Portuario y Ramas Afines": a union named so in its own language)
                               or kind == "union" and fold(words[0]).endswith(UNION_ENDINGS)):
            return short[1] if short and short[0] > pos else name
    if short:
        return short[1]
    if kind == "union":  # ("Union of ..." names, before or after: a union's, never "the company"'s)
        if doc.union_of is None:
            doc.union_of = [(m.start(), m.group()) for m in _UNION_OF.finditer(doc.text)]
        before = [x for x in doc.union_of if x[0] < key]
        if before:
            return before[-1][1]
        later = [(pos, name) for pos, name in doc.orgs[k:k + 50] if fold(name.split()[-1]) in kinds]
        later += [x for x in doc.union_of if x[0] > key]
        later = [x for x in sorted(later) if x[0] - key < 3000]
        if later:
            return later[0][1]
    if kind in _NAMED_KINDS:  # "the airline": a name before that has "Air", "Airlines", ...
        # ("WestJet", "Ryanair" have their kind inside one word; the "Irish Air Line Pilots' Association" is a union)
        runs = [re.sub(r"[’']s$", "", m.group()) for m in _CAP_RUN.finditer(doc.text, max(0, key - 6000), key)
                if any(fold(w) in _NAMED_KINDS[kind] or fold(w).endswith(("jet", "air")) and "jet" in _NAMED_KINDS[kind]
                       for w in m.group().split()) and not doc.in_quote(m.start())
                and fold(m.group().split()[-1]).strip("’'") not in ORG_KINDS["union"] | {"pilots"}]
        if runs:  # the one named most often ("Air Canada", not its "Air Canada Rouge" once)
            return max(reversed(runs), key=runs.count)
    return None


def described_by(who: str | None, kind: str, mention: str, document: bool) -> str | None:
    """The body that spoke last, if a mention such as "the Israeli military" or "the Foreign Ministry" may describe
    it (not Axios, not the Civic Alliance): a document, or a body whose name holds the kind or the stem of each
    capitalised modifier ("the farm lobby" may be Copa-Cogeca)."""
    if who is None or document:
        return who
    # ("The state government now says", after "The union said"; "The works council said", after "Olaf Scholz's
    # government": a body whose name ends in another kind)
    last = fold(who.split()[-1])
    if last in ORG_ROLES and norm_role(last) != kind and last not in ORG_KINDS.get(kind, ()):
        return None
    # (its capitalised words after any article: "Seoul's trade ministry" is Seoul's, never Tokyo's)
    mods = [fold(w) for w in re.findall(r"[A-Z][\w-]*", re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", mention)) if fold(w) != kind]
    if not mods:
        return who
    name = fold(who)
    return who if kind in name or any(m[:max(4, len(m) - 2)] in name for m in mods) else None


def not_a_company(doc, who: str) -> bool:
    """"Communications Workers of America", "AFL-CIO", "Minister of Commerce": no company, whatever spoke last."""
    words = {fold(w) for w in re.findall(r"[\w’'-]+", who)}
    return bool(words & (ORG_KINDS["union"] | _PUBLIC_BODIES)) or fold(who) in UNION_NAMES or any(
        fold(w) in UNION_NAMES for w in who.split()) or who.isupper() and fold(who) in doc.acronyms and bool(
        {fold(w) for w in doc.acronyms[fold(who)].split()} & ORG_KINDS["union"])


_PUBLIC_BODIES = {"minister", "ministry", "government", "department", "court", "commission", "board", "tribunal",
                  "mediator", "mediators", "parliament", "senate", "congress", "cio", "workers"}


def province_before(doc, key: int) -> str | None:
    """The province named last in the 3,000 characters before ``key``, outside quotes."""
    hits = [m for m in _PROVINCE.finditer(doc.text, max(0, key - 3000), key) if not doc.in_quote(m.start())]
    return hits[-1].group() if hits else None


_PROVINCE = re.compile(r"(?<![\w’'-])(?:" + "|".join(PROVINCES) + r")(?![\w-])")


def organisation_that_spoke(doc, kind: str, key: int, so_far: list[tuple[int, str]], joint: bool = False) -> str | None:
    """"the statement said": whoever issued the statement mentioned last; "according to the agency": the
    organisation that spoke last, if it spoke recently."""
    turns = doc.turn_voices()
    recent = [(pos, who) for pos, who in reversed(so_far[-20:]) if pos < key and not is_person(doc, who)
              and not who.endswith(UNNAMED) and who not in VOICES and who not in turns and not _KIN.search(who)
              and not _SIDES.fullmatch(who)]  # ("both sides concede ...": two parties, never "the company")
    if kind in BUSINESSES and kind != "group":  # "the company" (the airline, the carrier) is never the union, the
        recent = [(pos, who) for pos, who in recent if not not_a_company(doc, who)]  # ministry or the board that spoke
    if kind in DOCUMENTS:
        # (a person too, and whoever is the subject where the document is named: "Nechirvan Barzani has issued a
        # statement ...", "Russell Vought has sent a memo ...")
        k = doc.before(doc._sal_pos, key)
        # (an unnamed spokesman, "his spokesman said in a statement", issues one too)
        issuers = [(pos, who) for pos, who in reversed(so_far[-20:]) if pos < key and (
            not who.endswith(UNNAMED) or speaks_for_someone(who)) and who not in VOICES and who not in turns] + [
            (pos, who) for pos, who in reversed(doc.salient[max(0, k - 20):k])
            if _ISSUED_BY.search(doc.text, pos, doc.sentence_of(pos)[1])]
        for pos, who in issuers:  # ("the joint statement": the parties that issued it, never one of them alone)
            if key - pos < 3000 and (not joint or " and " in who) and kind in doc.text[slice(*doc.sentence_of(pos))].lower():
                return who
        if kind in JOINT_DOCUMENTS:
            return None
        # "In a message to its members, the union said ... “...,” the statement said": the body just heard from
    return next((who for pos, who in recent if key - pos < 1500), None)


_SIDES = re.compile(r"(?i)(?:both|the\s+two|two|all)\s+(?:sides|parties)")
#: A transcript's own voices: never the organisation that "it" or "the company" stands for.
VOICES = {"interviewer", "interviewee"}
#: Documents that speak for whoever issued them: "the statement said".
JOINT_DOCUMENTS = {"communique", "communiqué", "declaration", "memorandum", "text", "document", "accord", "annex"}
#: Kinds of organisation that "the company"-like mentions name, where the article has no name of that kind.
BUSINESSES = {"company", "firm", "railway", "carrier", "airline", "operator", "employer", "broadcaster", "bank",
               "insurer", "lender", "retailer", "manufacturer", "automaker", "carmaker", "miner", "utility", "port",
               "hospital", "supermarket", "studio", "network", "club", "league", "group"}
DOCUMENTS = {"statement", "letter", "memo", "report", "filing"} | JOINT_DOCUMENTS
#: "has issued a statement", "has sent a memo to agency heads": the subject issued the document
_ISSUED_BY = re.compile(r"\b(?:issued|sent|released|published|put\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:statement|letter|memo|report)\b")


#: "Emily's family", "his lawyers": people close to someone, never the organisation "the army" stands for
_KIN = re.compile(r"[’']s\s+(?:family|relatives|parents|lawyers?|wife|husband|mother|father|son|daughter|brother|sister)$")


#: A group opening a sentence, before its verb: "The Democrats, however, ...", "The duo ..."; or two bodies, after a
#: fronted day too: "On Friday the KNO and UPF weighed in with a joint statement"
_GROUP_OPENING = re.compile(r"(?:(?:On|Late|Early|By)\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=the\s+[A-Z]"
                            r"[^,.;:]{0,60}\sand\s)|(?:At|In|After|During|Following)\s[^,;:“”\"]{2,60},\s+(?=the\s+two\s))?"
                            r"(?:[Tt]he\s+)?(two\s+(?:sides|parties|governments|delegations|countries)|"
                            r"(?:[A-Z][\w’'.&-]*\s+){0,3}(?:[A-Z][\w’'.&-]*s|[a-z][\w-]*s|"
                            r"(?:[a-z]+\s+)?(?:duo|pair|trio)|[A-Z][\w’'.&-]*\s+and\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,3}"
                            r"[A-Z][\w’'.&-]*))"
                            r"(?:,\s+(?:however|though|meanwhile|too|in\s+turn|for\s+their\s+part),)?\s+[a-z]")


def opening_group(doc, sp, so_far: list[tuple[int, str]]) -> str | None:
    """The group that opens the sentence before the one ``sp`` is in, in the same paragraph, resolved."""
    from stance.extract.resolution import resolve  # (resolution imports this module)
    from stance.extract.speakers import parse_speaker

    before = doc.sentence_before(sp.start) or doc.paragraph_before(sp.start)
    m = _GROUP_OPENING.match(doc.text, *before) if before else None
    kinds = ("name", "role", "unnamed", "parties", "list", "joint")
    if m is None and before:  # ("In a joint statement ..., His Majesty the Sultan and the Prime Minister of India welcomed")
        m, kinds = _FRONTED_JOINT.match(doc.text, *before), ("joint", "roles", "list")
    if m and not doc.in_quote(before[0]):
        inner = parse_speaker(doc, m.start(1), m.end(1), whole=True)
        if inner is not None and inner.kind in kinds:
            return resolve(doc, inner, m.start(), so_far) or None
    return None


#: Two speakers joined, after a fronted phrase, before their verb
_FRONTED_JOINT = re.compile(r"(?:At|In|After|During|Following)\s[^,;:“”\"]{2,80},\s+([A-Z][^,;:“”\"]{1,80}?\sand\s"
                            r"[^,;:“”\"]{2,80}?)\s+(?=[a-z]+(?:ed|s)\b)")


#: One capitalised word, standing alone ("Verizon", "SAS"): what a brand's name looks like
_BRAND = re.compile(r"(?<![\w’'.&-])(?<![A-Z][\w’'-] )[A-Z][\w&’'-]*[A-Za-z](?![\w’'&-])(?! [A-Z])")
_NOT_BRANDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
               "april", "may", "june", "july", "august", "september", "october", "november", "december", "i", "mr", "ms",
               "jr", "sr"}


def most_named_brand(doc, key: int) -> str | None:
    """"The company said", where nothing else names it: the one-word name the article gives most often before ``key``
    (three times or more) that is no person's, place's, role's or other body's kind ("Verizon", "SAS")."""
    from collections import Counter

    from stance.extract.nearest import _a_place  # (a name the article puts "in" or "at" twice is a place's)

    counts = Counter(m.group() for m in _BRAND.finditer(doc.text, 0, key) if not doc.in_quote(m.start()))
    for w, n in counts.most_common():
        f = fold(w)
        if n < 3:
            return None
        if not (f in STOP_CAPS or f in PLACES or f in _NOT_BRANDS or f in doc.persons or norm_role(f) in HUMAN_ROLES
                or norm_role(f) in ORG_ROLES or not_a_company(doc, w) or _a_place(doc, w)):
            return w
    return None


_BRANDED = {"company", "firm", "airline", "carrier", "club", "league", "operator"}


def business_named(doc, kind: str, key: int) -> str | None:
    """"CPKC has put out a statement. The railway says ...": the body opening a sentence before, the name after its
    kind ("airline Avianca"), else the brand the article names most ("Verizon"); never a union for "the company"."""
    who = subject_organisation(doc, key) or kind_then_name(doc, kind, key) or (
        most_named_brand(doc, key) if kind in _BRANDED else None)
    return None if who and kind == "company" and not_a_company(doc, who) else who


#: "Finland's two big nursing unions, Tehy and Super,", "the unions Verdi and dbb", "the two big teachers' alliances,
#: IS-MENA and IS-METFPA": two unions named together, whom "the unions" stands for after
#: A body's name: capitalised words, with "and", "of", "for", "the" between them
BODY_NAME = r"([A-Z][\w’'.&+-]*(?:\s+(?:and|of|for|the|[A-Z][\w’'.&+-]*)){0,6})"
#: A body's name opening a sentence, then its verb: "OPEC+ agreed", "The Teamsters have said"
BODY_OPENING = re.compile(r"(?:The\s+)?" + BODY_NAME + r"\s+"
                           r"(?:is|are|was|were|has|have|had|said|says|agreed|[a-z]{3,}s|[a-z]{3,}ed)\b")


def the_group(doc, sp, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"the group said": the group that opens the sentence before, or the organisation named last, in this paragraph
    or the one before (else an unnamed group)."""
    if not re.fullmatch(r"(?:the|The)\s+(?:group|cartel|bloc|alliance|organi[sz]ation)", sp.mention.strip()):
        return None
    before = doc.sentence_before(sp.start)
    m = BODY_OPENING.match(doc.text, *before) if before else None
    body = re.sub(r"[’']s$", "", m.group(1)) if m and not doc.in_quote(before[0]) else ""
    last = body.split()[-1] if body else ""
    # "OPEC+ agreed ... The group said", "Canadian Manufacturers and Exporters is ...": a body opening the sentence
    if body and ("+" in body or body.isupper() and len(body) > 1 or last[0].isupper() and last.endswith("s")
                 and len(body.split()) > 1 or fold(last) in ORG_TAIL) and not is_person(doc, canonical(doc, body)):
        return body
    who = opening_group(doc, sp, so_far)
    if who and not who.endswith(UNNAMED):
        return who
    # ("..., the TNLA said in a statement. "...," the group said": the body that spoke just before)
    spoke = next((w for pos, w in reversed(so_far[-3:]) if pos < key and key - pos < 1500), None)
    if spoke and not is_person(doc, spoke) and not spoke.endswith(UNNAMED) and " and " not in spoke \
            and spoke not in VOICES and (spoke.isupper() or spoke in doc.org_names()):
        return spoke
    k = doc.before(doc._org_pos, key)
    para = doc.para_of(key)
    return next((org for pos, org in reversed(doc.orgs[max(0, k - 30):k]) if para - doc.para_of(pos) <= 1
                 and not doc.in_quote(pos) and len(org.split()) + (org.isupper() or "+" in org) >= 2), None)


#: "the M23 rebels", "FARC guerrillas": a group's name before what it is
_NAMED_FIGHTERS = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.-]*[ \t]+){0,2}[A-Z0-9][\w’'.-]*)[ \t]+(rebels|guerrillas|insurgents|"
                             r"militants|separatists)\b")
THE_FIGHTERS = re.compile(r"(?:the|The)\s+(rebels|guerrillas|insurgents|militants|separatists)")


def fighters_named(doc, noun: str, key: int) -> str | None:
    """"the rebels said": the group the article last named before "rebels" ("the M23 rebels"), in the 6,000
    characters before ``key`` (not a people's adjective: "Syrian rebels")."""
    hits = [m for m in _NAMED_FIGHTERS.finditer(doc.text, max(0, key - 6000), key)
            if m.group(2) == noun and not doc.in_quote(m.start())
            and fold(m.group(1).split()[-1]) not in NATIONALITIES | DEMONYMS and fold(m.group(1)) not in STOP_CAPS]
    return canonical(doc, hits[-1].group(1)) if hits else None
