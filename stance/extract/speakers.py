"""Speaker phrases: parse "Kremlin spokesman Dmitry Peskov", "the US president", "he", "Germany, France and
the EU" out of an attribution, and resolve them to a canonical speaker with the article's registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stance.extract.groups import named_union, signatories
from stance.extract.names import (
    ROLE_NORMS,
    UNNAMED,
    canonical,
    cap_runs,
    fold,
    gender_ok,
    honoured,
    introduced_unnamed,
    is_cap,
    is_person,
    latest_bearer,
    latest_institution,
    name_of_run,
    norm_role,
    plural_source,
    unnamed_name,
)
from stance.extract.vocabulary import (
    BOTH_PARTIES_RE,
    HONORIFICS,
    HUMAN_ROLES,
    ORG_ROLES,
    PREFIX_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    STOP_CAPS,
    SUBJECT_TRAIL,
    UNION_ENDINGS,
    UNNAMED_DETERMINERS,
    UNNAMED_HEADS,
    may_trail,
)


@dataclass
class Speaker:
    kind: str          # name | role | pronoun | list
    mention: str
    start: int
    end: int
    special: str = ""  # "quote": the real speaker follows the verb ("TASS quoted Trump as saying")


def parse_speaker(doc, a: int, b: int, whole: bool = True) -> Speaker | None:
    """The speaker phrase ending at b (e.g. "Kremlin spokesman Dmitry Peskov", "he", "the US president").

    With ``whole``, the phrase must fill [a, b) (modulo leading filler), as in an attribution clause.
    """
    t = doc.text
    m = SUBJECT_TRAIL.search(t, max(a, b - 160), b) if may_trail(t, a, b) else None  # trailing words are short
    if m:
        b = m.start()
    acr = re.search(r"\s*\([A-Z][\w.&-]{1,11}\)\s*$", t[max(a, b - 20):b])
    if acr:  # "the National Samsung Electronics Union (NSEU)": the name, without its acronym
        b = max(a, b - 20) + acr.start()
    lead = re.match(r"[\s,;:—–-]*(?:(?:and|but|so|as|while|yet|then|after|until)\s+)?"
                    r"(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+)?", t[a:b], re.IGNORECASE)
    a = a + (lead.end() if lead else 0)
    seg = t[a:b].rstrip(" \t\n,")
    b = a + len(seg)
    if not seg or len(seg) > 200:
        return None
    words = list(re.finditer(r"\S+", seg))
    last = words[-1].group()
    if whole and len(words) == 1 and last.lower() == "it":
        return Speaker("it", last, a, b)
    special = _possessed_or_issued(doc, a, b, seg) if whole else None
    if special is not None:
        return special
    if last.lower() in PRONOUNS and (len(words) == 1 or not whole):
        return Speaker("pronoun", last, a + words[-1].start(), b)
    if whole and BOTH_PARTIES_RE.fullmatch(seg):
        return Speaker("parties", seg, a, b)  # "the two sides": resolved to the pair named last
    if whole and _is_list(seg):
        return Speaker("list", seg, a, b)
    from bisect import bisect_left
    i0 = bisect_left(doc._tok_starts, a)
    toks = doc.tokens[i0:bisect_left(doc._tok_starts, b)]
    if not toks:
        return None
    return _described(doc, a, b, seg, whole) or (parse_name(doc, a, b, i0, whole) if is_cap(toks[-1][2]) else None) \
        or _role_of(seg, a, b) or parse_role(doc, a, b, toks, whole)


_OWNED = re.compile(r"(.+?)[’']s\s+(office|government|administration|campaign|ministry|press\s+office|team)")
_HIS_OFFICE = re.compile(r"(his|her)\s+(office|government|administration|campaign|ministry|team|spokesperson|"
                         r"spokesman|spokeswoman)", re.IGNORECASE)


def _possessed_or_issued(doc, a: int, b: int, seg: str) -> Speaker | None:
    """"Netanyahu's office" (owned), "a statement from X" (X), "his office" (office)."""
    owned = _OWNED.fullmatch(seg) if "s " in seg else None
    if owned and owned.group(1)[:1].isupper():
        who = parse_speaker(doc, a, a + owned.end(1), whole=True)
        if who is not None and who.kind == "name":
            return Speaker("owned", seg, a, b, special=owned.group(2).lower())
    stmt = re.fullmatch(r"(?:an?|the)\s+(?:joint\s+|written\s+|brief\s+)?statement\s+(?:from|by|issued\s+by|released\s+by)\s+",
                        seg[:seg.find(" ", seg.find("statement") + 10) + 1 if "statement" in seg else 0], re.IGNORECASE)
    if stmt:  # "a statement from Netanyahu's office": whoever issued it
        inner = parse_speaker(doc, a + stmt.end(), b, whole=True)
        if inner is not None:
            return inner
    office = _HIS_OFFICE.fullmatch(seg)
    if office:
        return Speaker("office", seg, a, b, special="he" if office.group(1).lower() == "his" else "she")
    return None


_LIST_RE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*"
    r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")


def _is_list(seg: str) -> bool:
    """A list of names: "Germany, France, ... and the European Commission" (not "Chairman and CEO David Adam")."""
    first = re.split(r",|\s+and\s+", seg)[0].split()
    titles_only = bool(first) and all(norm_role(w) in HUMAN_ROLES or w.isupper() for w in first)
    return not titles_only and ("," in seg or " and " in seg) and _LIST_RE.fullmatch(seg) is not None


def _described(doc, a: int, b: int, seg: str, whole: bool) -> Speaker | None:
    """A person or group described, not named: "workers", "a union rep on the picket line", or one who gave a
    name ("a Grade Level 06 officer who gave her name only as Mrs Adaeze")."""
    # "residents of the capital", "relatives of patients", "Mediators in Jeddah", "a number of unposted interns"
    plural = re.fullmatch(r"(?:(?:a\s+number|dozens|hundreds|some|many|most)\s+of\s+(?:the\s+)?)?(?:[\w’'-]+\s+){0,3}?"
                          r"([A-Za-z][\w-]*s)(?:\s+(?:of|in|from|at|near|outside)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?", seg)
    if plural and (plural.group(1).lower() in UNNAMED_HEADS or norm_role(plural.group(1)) != plural.group(1).lower()
                   and norm_role(plural.group(1)) in HUMAN_ROLES) and not re.match(r"(?:his|her|their|its|our)\b", seg, re.I):
        return Speaker("unnamed", seg, a, b)
    group = re.fullmatch(r"[Tt]he\s+([a-z][\w-]*(?:ers|ists|ants|ents|ians|ors))", seg)
    if whole and group:  # "the wrestlers said", "the protesters said": the group the article is about
        return Speaker("role", seg, a, b)
    gave = GAVE_NAME_AS.search(seg)
    if whole and gave:
        named = parse_speaker(doc, a + gave.start(1), b, whole=True)
        if named is not None and named.kind == "name":
            return named
    unnamed = _UNNAMED_PHRASE.fullmatch(seg)
    if unnamed and (norm_role(unnamed.group("head")) in HUMAN_ROLES or unnamed.group("head").lower() in UNNAMED_HEADS):
        return Speaker("unnamed", seg, a, b)
    return None


_ROLE_OF = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?([\w-]+)\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*"
                      r"(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w’'.-]*)*"
                      # "the head of Iranian diplomacy", "the chief of the Russian negotiating team"
                      r"(?:\s+(?:diplomacy|delegation|negotiating\s+team|team|negotiators|side|government|union))?")
_ROLE_OF_HEADS = HUMAN_ROLES | {"leader", "spokesperson", "adviser", "component", "wing", "branch", "chapter", "division"}


def _role_of(seg: str, a: int, b: int) -> Speaker | None:
    """"The leader of the Patriots Party", "the Air Canada component of the Canadian Union of ...": a role."""
    m = _ROLE_OF.fullmatch(seg)
    if m and norm_role(m.group(1)) in _ROLE_OF_HEADS and not re.match(r"an?\s", seg, re.I):
        return Speaker("role", seg, a, b)
    return None


GAVE_NAME_AS = re.compile(r"\b(?:who|and)\s+(?:gave|gives|identified)\s+(?:her|his|their)(?:self|selves)?\s+"
                           r"(?:name\s+)?(?:only\s+)?as\s+([A-Z][^,;:]{0,60})$")
_UNNAMED_PHRASE = re.compile(
    r"(?:a|an|one|two|three|four|several|some|another|other)\s+(?:[\w’'-]+\s+){0,4}?(?P<head>[\w-]+)"
    r"(?:,?\s+(?:on|at|in|from|for|with|close\s+to|familiar\s+with|briefed\s+on|involved\s+in|of|inside|within|"
    r"near|who|speaking|working|reached|contacted|interviewed|based|living|travelling|traveling|waiting|"
    r"standing|queuing|queueing|sheltering|holding|carrying)\b[^,;:]{0,100})", re.IGNORECASE)


def parse_name(doc, a: int, b: int, i0: int, whole: bool) -> Speaker | None:
    t = doc.text
    seg_words = t[a:b].split()
    if whole and seg_words and seg_words[0].lower() in {"of", "from", "in", "at", "near"}:
        return None  # "Kerry Bagnall, 41, of Small Heath, said": a place, not the speaker
    if len(seg_words) >= 2 and all(w.isupper() for w in seg_words if w.isalpha()) and any(
            len(w) >= 5 and w.isalpha() for w in seg_words):
        return None  # "SQUEAKY BLINDERS": a crosshead in capitals, not a name
    lw = doc.text[a:b].split()[-1]
    if not (lw.isupper() and len(lw) > 1 or lw.lower().rstrip(".") not in STOP_CAPS):
        return None
    runs = cap_runs(doc, a, b)
    if not runs:
        return None
    r = runs[-1]
    if doc.tokens[r[1] - 1][1] < b - 1 and t[doc.tokens[r[1] - 1][1]:b].strip(" ’'s"):
        return None
    start = extend_role_left(doc, r[0], a)
    if whole and t[a:doc.tokens[start][0]].strip(" ,"):
        # "Ukrainian newspaper Strana quotes ...": a medium's name with its description is fine
        pre = t[a:doc.tokens[start][0]].strip(" ,").lower()
        # "café owner Hasmik Avetisyan", "pest controller Darren Mills": a lowercase description before a name
        described = re.fullmatch(r"(?:the\s+|a\s+|an\s+)?[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'-]*){0,3}", pre) and \
            not set(re.sub(r"^(?:the|a|an)\s+", "", pre).split()) & (PREPOSITIONS | STOP_CAPS | {
                "and", "or", "but", "that", "who", "which", "when", "as", "according", "said", "says", "told"})
        if not described and pre not in {"the", "a", "an"} and not re.fullmatch(
                r"(?:the\s+)?[\w\s’'-]*(?:newspaper|agency|outlet|channel|broadcaster|website|daily|magazine)", pre):
            return None
        start = i0
    return Speaker("name", t[doc.tokens[start][0]:b].strip(" ,"), doc.tokens[start][0], b)


def parse_role(doc, a: int, b: int, toks: list, whole: bool) -> Speaker | None:
    t = doc.text
    # "the US president", "the Kremlin spokesperson", "The leader of the Patriots Party", "military analyst"
    role_idx = None
    for k in range(len(toks) - 1, -1, -1):
        if norm_role(toks[k][2]) in HUMAN_ROLES | ORG_ROLES or toks[k][2].lower() in HUMAN_ROLES | ORG_ROLES:
            role_idx = k
            break
        if toks[k][2].lower() in UNNAMED_HEADS and k > 0 and (
                toks[0][2].lower() in UNNAMED_DETERMINERS or toks[0][2][0].isdigit() or toks[0][2].lower() == "the"):
            role_idx = k  # "two people", "sources", introduced as unnamed; "the source", the one introduced
            break
        if not (is_cap(toks[k][2]) or toks[k][2].lower() in {"of", "the"}):
            break
    if role_idx is None or len(toks) - role_idx > 5:
        return None
    k = role_idx
    while k > 0 and role_idx - k < 5:
        w = toks[k - 1][2]
        if w.lower() in {"the", "a", "an"}:
            k -= 1
            break
        if w.lower() in {"his", "her", "their", "its"} or not re.fullmatch(r"[\w’'.-]+", w):
            return None
        if w[0].isupper() or w.islower():
            k -= 1
            continue
        break
    if whole and t[a:toks[k][0]].strip(" ,"):
        return None
    head = fold(toks[role_idx][2])
    plural = head.endswith("s") and head not in HUMAN_ROLES | ORG_ROLES and norm_role(head) != head
    if plural or toks[k][2].lower() in UNNAMED_DETERMINERS and role_idx - k >= 0:
        # "a senior official", "One Western diplomat": an unnamed source, kept as its description
        return Speaker("unnamed", t[toks[k][0]:b], toks[k][0], b)
    return Speaker("role", t[toks[k][0]:b], toks[k][0], b)


def extend_role_left(doc, k: int, floor: int) -> int:
    """Include the title before a name in the mention: "Kremlin spokesman Dmitry Peskov"."""
    t = doc.text
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
        if lw in {"the", "and"} and k - 2 >= 0 and doc.tokens[k - 2][0] >= floor and (
                (lw == "the" and doc.tokens[k - 2][2].lower() == "of") or (lw == "and" and is_cap(doc.tokens[k - 2][2]) and is_cap(doc.tokens[k][2]))):
            k -= 1
            continue
        if lw in HUMAN_ROLES or lw in ORG_ROLES or is_cap(pw) or lw in {
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


def resolve(doc, sp: Speaker, key: int, speakers_so_far: list[tuple[int, str]]) -> str | None:
    """The canonical speaker of a speaker phrase at ``key``, given who has spoken so far; None when a pronoun or
    "it" has nobody to stand for."""
    if sp.kind == "name":
        name = _resolve_name(doc, sp)
        if name is not None:
            return name
        # "the US Treasury Secretary", "The leader of the Patriots Party": a role, not a name
        return _resolve_role(doc, sp, key, speakers_so_far)
    return _RESOLVERS.get(sp.kind, _resolve_role)(doc, sp, key, speakers_so_far)


def _resolve_name(doc, sp: Speaker) -> str | None:
    called = re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+([A-Z][\w’'-]+)", sp.mention)
    if called:  # "Mr King": a surname, even one that is also a title
        return latest_bearer(doc, called.group(1), sp.start) or canonical(doc, called.group(1))
    runs = cap_runs(doc, sp.start, sp.end)
    name, _, person = name_of_run(doc, runs[-1])
    words = {norm_role(w) for w in sp.mention.split()}
    titles_only = all(fold(w).rstrip(".") in PREFIX_WORDS | HONORIFICS | HUMAN_ROLES for w in name.split())
    if not titles_only and (person or not (words & HUMAN_ROLES) or "of" not in words):
        return latest_bearer(doc, name, sp.start) or latest_institution(doc, name, sp.start) or canonical(doc, name)
    return None



def _resolve_it(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"it said": the organisation (or office) that spoke last, if recently."""
    for pos, who in reversed(so_far[-10:]):
        if (pos < key and key - pos < 2500 and not is_person(doc, who) and not who.endswith(UNNAMED)
                and who not in _VOICES):
            return who
    return None


def _resolve_owned(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str:
    """"Netanyahu's office": the owner, resolved, and what they own."""
    owner = sp.mention[: len(sp.mention) - len(sp.special) - 3].rstrip("’'s").rstrip("’'")
    inner = parse_speaker(doc, sp.start, sp.start + len(owner), whole=True)
    name = resolve(doc, inner, key, so_far) if inner is not None else owner
    return f"{name}'s {sp.special}"


def _resolve_office(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"his office": the office of the person "his" stands for."""
    owner = nearest(doc, key, [(p, w) for p, w in so_far if not w.endswith(UNNAMED)], PRONOUNS.get(sp.special))
    return f"{owner}'s {sp.mention.split()[-1].lower()}" if owner else None


_RESOLVERS = {
    "list": lambda doc, sp, key, so_far: re.sub(r"^the\s+", "", sp.mention),
    "pronoun": lambda doc, sp, key, so_far: nearest(doc, key, so_far, PRONOUNS[sp.mention.lower()]),
    "it": _resolve_it,
    "owned": _resolve_owned,
    "office": _resolve_office,
    "unnamed": lambda doc, sp, key, so_far: unnamed_name(sp.mention),
    "parties": lambda doc, sp, key, so_far: both_parties(doc, key) or re.sub(r"^the\s+", "", sp.mention, flags=re.I),
}


_DIPLOMACY = re.compile(r"\b(?:head|chief)\s+of\s+(?:the\s+)?(?:\w+\s+)?diplomacy\b|\b(?:chief|top)\s+diplomat\b", re.I)


def _resolve_role(doc, sp: Speaker, key: int, so_far: list[tuple[int, str]]) -> str:
    """"the minister", "the union", "the statement": the person holding the role, the organisation of that
    kind, or whoever issued the document; the mention itself when nobody fits."""
    words = [norm_role(w) for w in re.findall(r"[\w’'.-]+", sp.mention)]
    words = [w for w in words if w not in {"the", "a", "an", "of", "for"}]
    if _DIPLOMACY.search(sp.mention):  # "the head of Iranian diplomacy", "Iran's top diplomat"
        words = ["foreign", "minister"]
    heads = [w for w in words if w in HUMAN_ROLES or w in ROLE_NORMS]
    if not heads and words and words[-1] in UNNAMED_HEADS:  # "the source": the one introduced before, else unnamed
        generic = None
        if words[-1] in {"person", "source", "individual"}:  # "the person said": the unnamed source named last
            generic = next((canon for pos, _, canon in reversed(doc.unnamed) if pos < key and key - pos < 3000), None)
        return _role_holder(doc, words[-1], words, key, so_far) or generic or unnamed_name(sp.mention)
    if heads:
        who = _role_holder(doc, heads[-1], words, key, so_far) or introduced_unnamed(doc, heads[-1], key)
        if who is None and heads[-1] == "spokesperson":  # a spokesperson nobody named is an unnamed source
            return unnamed_name(re.sub(r"^the\s+", "", sp.mention, flags=re.I))
        if (who := who or nearest(doc, key, so_far, None)) is not None:
            return who
    orgs = [w for w in words if w in ORG_ROLES]
    if orgs and orgs[0] in _PARTS and " of " in sp.mention:  # "the Air Canada component of CUPE" speaks as itself
        return re.sub(r"^(?:the|a|an)\s+", "", sp.mention, flags=re.I)
    if orgs:
        who = _named_organisation(doc, orgs[-1], key) or _organisation_that_spoke(doc, orgs[-1], key, so_far)
        if who is None and orgs[-1] in _JOINT_DOCUMENTS:  # "the memorandum states": the parties that signed it
            who = signatories(doc, key)
        if who is not None:
            return who
    return re.sub(r"^(?:the|a|an)\s+", "", sp.mention, flags=re.I)



def _role_holder(doc, head: str, words: list[str], key: int, so_far: list[tuple[int, str]]) -> str | None:
    """The person named with this role before ``key`` (of the holders, the one who spoke last), or the unnamed
    source with this head noun introduced since ("The official said")."""
    roles = doc.roles[:doc.before(doc._role_pos, key)]
    fits = [(pos, person) for pos, rw, person in roles
            if head in rw and set(words) - {head} <= rw | {"diplomat", "expert", "politician", "official"}]
    best = fits[-1] if fits else None
    if best is None:
        others = set(words) - {head, "the"}
        alts = _LEADERS if head == "leader" else {head}  # "the Cambodian leader": whatever the title
        best = next(((pos, person) for pos, rw, person in reversed(roles)
                     if alts & rw and (not others or others & rw)), None)
    if best is not None:
        # "the president said" after a quote by President Petro, though the Cuban president was named since
        holders = {person for _, person in fits}
        spoke = next(((pos, who) for pos, who in reversed(so_far[-20:])
                      if pos < key and key - pos < 3000 and who in holders), None)
        if spoke is not None and spoke[1] != best[1]:
            best = spoke
    source = next(((pos, canon) for pos, h, canon in reversed(doc.unnamed) if pos < key and h == head), None)
    if source is not None and (best is None or source[0] > best[0]):
        return source[1]
    return best[1] if best is not None else None


def _named_organisation(doc, kind: str, key: int) -> str | None:
    """"the union", "the airline": the organisation of that kind named nearest before (a union spelled "Union
    of ..." may be named only after: "the union ..., CUPE said")."""
    kinds = _ORG_KINDS.get(kind, {kind})
    k = doc.before(doc._org_pos, key)
    short = named_union(doc, key) if kind == "union" else None  # "Unite", "ver.di": when named after the rest
    for pos, name in reversed(doc.orgs[max(0, k - 200):k]):
        words = name.split()
        # "the Ministry": a full name ("Ministry of Foreign Affairs"), not an earlier "the Ministry" itself
        if len(words) > 1 and (fold(words[-1]) in kinds or fold(words[-1]).endswith(UNION_ENDINGS) and
                               kind == "union" or fold(words[0]) in kinds and " of " in name):
            return short[1] if short and short[0] > pos else name
    if short:
        return short[1]
    if kind in _ORG_KINDS:
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
        runs = [re.sub(r"[’']s$", "", m.group()) for m in _CAP_RUN.finditer(doc.text, max(0, key - 6000), key)
                if {fold(w) for w in m.group().split()} & _NAMED_KINDS[kind] and not doc.in_quote(m.start())]
        if runs:  # the one named most often ("Air Canada", not its "Air Canada Rouge" once)
            return max(reversed(runs), key=runs.count)
    return None


def _organisation_that_spoke(doc, kind: str, key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"the statement said": whoever issued the statement mentioned last; "according to the agency": the
    organisation that spoke last, if it spoke recently."""
    recent = [(pos, who) for pos, who in reversed(so_far[-20:])
              if pos < key and not is_person(doc, who) and not who.endswith(UNNAMED) and who not in _VOICES]
    if kind in _DOCUMENTS:
        for pos, who in recent:
            if key - pos < 3000 and kind in doc.text[doc.sentence_of(pos)[0]:doc.sentence_of(pos)[1]].lower():
                return who
        return None
    return next((who for pos, who in recent if key - pos < 1500), None)


def nearest(doc, key: int, speakers_so_far: list[tuple[int, str]], gender: str | None) -> str | None:
    """The person (or single unnamed source) named or speaking last before ``key``, of the right gender."""
    spoke = {p for _, p in speakers_so_far[-50:]}
    org_names = doc.org_names()

    def fits(person):
        single_source = person.endswith(UNNAMED) and not plural_source(person)
        # "Mrs Adaeze": a speaker known by one name is a person too, unless it names an organisation
        one_name = (person in spoke and " " not in person and person[:1].isupper() and not person.isupper()
                    and person not in org_names and honoured(doc, person))
        return (is_person(doc, person) or one_name) and gender_ok(person, gender) or single_source

    best = None
    k = doc.before(doc._sal_pos, key)
    # a name inside what someone said ("... claimed Ms Rayner was complicit") does not take over "she"
    salient = [(pos, p) for pos, p in doc.salient[max(0, k - 50):k] if not doc.in_statement(pos)]
    for pos, person in salient + speakers_so_far[-50:]:
        if pos < key and fits(person):
            if best is None or pos >= best[0]:
                best = (pos, person)
    return best[1] if best else None


#: A transcript's own voices: never the organisation that "it" or "the company" stands for.
_VOICES = {"interviewer", "interviewee"}
_PARTS = {"component", "wing", "branch", "chapter", "division"}
_LEADERS = {"leader", "president", "premier", "chancellor", "prime", "king"}
#: "the airline", "the carrier": the organisation named last with one of these words in its name.
_NAMED_KINDS = {"airline": {"air", "airline", "airlines", "airways", "aviation", "jet", "jetblue"},
                "carrier": {"air", "airline", "airlines", "airways", "aviation", "jet"},
                "automaker": {"motors", "motor", "auto", "automotive"},
                "carmaker": {"motors", "motor", "auto", "automotive"},
                "miner": {"mining", "mines", "minerals", "resources"}}
_UNION_OF = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'.-]*\s+){0,3}(?:Union|Association|Federation|Guild|Brotherhood|"
                       r"Confederation|Congress)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,5}(?<=\S)")
_CAP_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}")
#: "the union" is the last-named organisation whose name ends in one of these.
_ORG_KINDS = {"union": {"union", "association", "guild", "federation", "brotherhood", "workers", "teamsters",
                        "congress", "confederation", "organisation", "organization", "local", "alliance", "conference"}}
#: Documents that speak for whoever issued them: "the statement said".
_JOINT_DOCUMENTS = {"communique", "communiqué", "declaration", "memorandum", "text", "document", "accord", "annex"}
_DOCUMENTS = {"statement", "letter", "memo", "report"} | _JOINT_DOCUMENTS


def both_parties(doc, key: int) -> str | None:
    """The last pair of parties named before ``key`` ("Armenia and Azerbaijan"), for "the two sides"."""
    k = doc.before(doc._pair_pos, key)
    return doc.pairs[k - 1][1] if k else None
