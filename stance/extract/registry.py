"""The article's registry, built once (:func:`build_registry`): a surname or full name maps to the canonical full
name seen most often; "Kremlin spokesman Dmitry Peskov" records that Peskov is "the spokesperson"; organisations are
listed with their positions; people in subject position outside quotes are *salient*, the candidates for a later "he"
or "she"."""

from __future__ import annotations

import re
from functools import lru_cache

from stance.extract.names import (
    GIVEN_NAMES,
    JOINED_INITIAL,
    MINISTRIES,
    PARTICLE_NAME,
    ROLE_NORMS,
    cap_runs,
    closing_name_word,
    fold,
    is_cap,
    name_of_run,
    norm_role,
    people_noun,
    surname_after_first_name,
)
from stance.extract.persons import canonical, family_name, without_base
from stance.extract.aliases import listed_unions, register_nicknames
from stance.extract.bearers import gave_name, introduced
from stance.extract.placed import FIRST_PORTFOLIO, PORTFOLIO_BODY, PORTFOLIO_OFFICE
from stance.extract.positions import subject_position
from stance.extract.titles import titled_person
from stance.extract.scan import scouted, scouted_any
from stance.extract.vocabulary import (
    COUNTRIES,
    UNION_NAMES,
    GROUP_NOUNS,
    HUMAN_ROLES,
    ORG_ROLES,
    ORG_TAIL,
    PREFIX_WORDS,
    TITLE_WORDS,
)

#: "the Labour Party's leader", "Air Canada pilots": a body, named by its members (the name's words possessive: only
#: whitespace or an apostrophe ends one, so a run that fails is not retried at each of its letters)
_BODY_OF = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w-]*+(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*+)++)(?:[’']s\s+(?:\w+\s+)?(?:leader|leaders|leadership|members|MPs|TDs|"
                      r"lawmakers|legislators|chairman|chairwoman|secretary-general|candidates|executives|shareholders)|"
                      # ("Bus Éireann workers", "Air Canada pilots": what has a workforce is a body too)
                      r"\s+(?:workers|staff|employees|pilots|drivers|management))\b")


def _company_run(doc, words: list[str]) -> bool:
    """"GM Korea", "Samsung India", "GM Daewoo", "Oregon Hospitals": a company's name ending in a country, opening with
    an organisation's acronym the article spells out ("GM" for General Motors), or places of a kind in a title-case
    headline ("... Strike at Eight Oregon Hospitals"), not a person's."""
    last = fold(words[-1])
    return len(words) == 2 and (last in COUNTRIES or words[0].isupper() and len(words[0]) >= 2
                                and fold(words[0]) in doc.acronyms) \
        or last.endswith("s") and norm_role(last[:-1]) in ORG_ROLES


_THE_X_AND = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w’'-]*\s+){1,2}and\s+)\Z")
_KIND_AFTER = re.compile(r"\s+(?:party|movement|alliance|coalition|bloc|faction|stadium|arena|square|street|road|airport|"
                         r"hospital|university|hall|park|hotel|palace|bridge|camp|mine|plant|refinery|port|station|"
                         r"township|settlement|valley|river|district|province|county|bill|law|plan|scheme|programme|"
                         r"program|agreement|accord|deal|treaty|framework|package|summit)\b")
_COUPLE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w’'-]+)(?![\w’'-])")


def _register_full_names(doc, runs: list[tuple[int, int]]) -> tuple[dict[str, int], set[tuple[int, int]]]:
    """Full names (two words or more) and how often each appears; each family name goes to the most frequent. Also
    the runs that name no one because they describe the name after them or are a headline's pun."""
    counts: dict[str, int] = {}
    no_one: set[tuple[int, int]] = set()
    # "Pheu Thai's leader", "Fianna Fáil's TDs": what has a leader or members is a body, not a person
    bodies = {m.group(1) for m in scouted(_BODY_OF, doc.text)} | _opening_which(doc.text)
    named = []  # (run, its name): the name does not change as the registry fills, so it is read once
    for r in runs:
        name, titles, person = name_of_run(doc, r)
        named.append((r, name))
        if _describes_next(doc, r) or _headline_pun(doc, r, name):
            no_one.add(r)
            continue
        # (but "Fianna Fáil leader Micheál Martin" is a person, whatever "Micheál Martin's 43 TDs" suggests)
        if name in bodies and not (r[0] > 0 and doc.tokens[r[0] - 1][2] in HUMAN_ROLES):
            continue
        # ("Lapid, whose Yesh Atid party ran ...", "a packed Royal Bafokeng stadium", "his Secure Jobs, Better Pay bill":
        # a name before the kind of body, place or thing it names)
        if _KIND_AFTER.match(doc.text, doc.tokens[r[1] - 1][1]):
            continue
        words = name.split()
        # (a crosshead, "TURNS ON HARDLINERS", is no person: name_of_run said so already)
        # ("outside St Mary's", "at St James' Park": a saint's name is a place's, not a person's)
        if (len(words) >= 2 or JOINED_INITIAL.fullmatch(name)) and person is not False \
                and fold(words[0]).rstrip(".") not in {"st", "saint"} and not any(
                fold(w) in ORG_TAIL or fold(w) in GROUP_NOUNS or fold(w) in PREFIX_WORDS and not surname_after_first_name(words, k)
                and not closing_name_word(words, k) for k, w in enumerate(words)) and not _company_run(doc, words):
            counts[name] = counts.get(name, 0) + 1
    # "couple Dan and Sophie Marsh": the first given name carries the surname too ("Dan, 41, added" is Dan Marsh)
    for m in scouted(_COUPLE, doc.text):
        if fold(m.group(1)) in GIVEN_NAMES and f"{m.group(2)} {m.group(3)}" in counts:
            counts.setdefault(f"{m.group(1)} {m.group(3)}", 1)
    ends: dict[str, set[str]] = {}  # folded word-boundary suffix -> the names ending with it
    for m in counts:
        parts = fold(m).split(" ")
        for i in range(1, len(parts)):
            ends.setdefault(" ".join(parts[i:]), set()).add(m)
    for name in sorted(counts, key=lambda n: -counts[n]):  # the most frequent full name wins a surname
        # "Van Zwol" at a sentence start is "Richard van Zwol": a name that ends one longer name is that person
        longer = set(ends.get(fold(name), ()))
        full = longer.pop() if len(longer) == 1 else name
        # ("U.Kochkorov" for the "Ulukbek Kochkorov" named elsewhere: an initial joined to the same family name)
        joined = {m for m in counts if len(m.split()) == 2 and m[0] == name[0]
                  and fold(m.split()[-1]) == fold(name.split(".")[-1])} if JOINED_INITIAL.fullmatch(name) else set()
        full = joined.pop() if len(joined) == 1 else full
        family = family_name(name)
        doc.persons.setdefault(fold(family), full)
        # "Burhan" and "al-Burhan" alike (not "Houthi", where the article writes of "the Houthis": a group's name)
        if PARTICLE_NAME.match(family) and doc.text.find(family.split("-", 1)[1] + "s") < 0:
            doc.persons.setdefault(fold(family.split("-", 1)[1]), full)
        words = full.split()  # "Petro" for "Gustavo Petro Urrego": the first of two family names, Spanish-style
        if len(words) == 3 and words[1][:1].isupper() and fold(words[1]) not in GIVEN_NAMES and fold(words[1]) not in PREFIX_WORDS:
            doc.persons.setdefault(fold(words[1]), full)
        doc.persons.setdefault(fold(name), full)
    # where several people share a family name, "Park said" is the one named last (speakers.resolve)
    for r, name in named:
        if name in counts:
            doc.bearers.setdefault(fold(family_name(name)), []).append((doc.tokens[r[0]][0], doc.persons[fold(name)]))
    return counts, no_one


#: A name opening its sentence, read back from the ", which" after it: "Katoen Natie, which owns 80% of ..., notified"
_OPENING_NAME_END = re.compile(r"(?:^|[.!?][ \t]+|\n)((?:[A-Z][\w’'.&-]*[ \t]+){0,3}[A-Z][\w’'.&-]*)$")
_WHICH = re.compile(r",[ \t]+which[ \t]")


def _opening_which(text: str) -> set[str]:
    """Names that open a sentence with ", which" after them: a body's (or a place's), never a person's."""
    found = set()
    for m in _WHICH.finditer(text):
        name = _OPENING_NAME_END.search(text, max(0, m.start() - 80), m.start())
        if name is not None:
            found.add(name.group(1))
    return found


# (compiled once: asked of every name run of every article)
_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE_END = re.compile(r"(?:[’']s|(?<=s)[’'])?\.?$")
_DESCRIBED_AFTER = re.compile(r",\s*(?:an?\s+|the\s+)?([^,.;:“”\"]{2,160}),")

def build_registry(doc) -> None:
    t = doc.text
    runs = cap_runs(doc, 0, len(t))
    counts, no_one = _register_full_names(doc, runs)
    # "Phumtham has now spoken ...": a first name alone is the one person who has it, where it is no one's surname
    firsts: dict[str, set[str]] = {}
    for name in counts:
        if doc.persons.get(fold(name), name) == name:  # (not "Van" of "Van Zwol", a part of a longer name)
            firsts.setdefault(fold(name.split()[0]), set()).add(name)
    for first, names in firsts.items():
        if len(names) == 1 and first not in doc.persons and first.rstrip(".") not in TITLE_WORDS \
                and len(first) > 2 and first not in COUNTRIES:  # (not "Malaysia" for "Ambassador to Malaysia Hermono")
            doc.persons[first] = names.pop()
    # (before the runs are read: "Rambo, meanwhile, said ..." is then a subject, the person the nickname is)
    register_nicknames(doc)
    for r in runs:
        s = doc.tokens[r[0]][0]
        e = doc.tokens[r[1] - 1][1]
        name, titles, person = name_of_run(doc, r)
        # ("President Trump was all smiles", "Federation general secretary Ammiraju shrugged it off": one name after a
        # title, or a role in lower case, is a person's, salient)
        before = doc.tokens[r[0] - 1] if r[0] > 0 else None
        if not person and (titled_person(titles, name) or before is not None and before[2].islower()
                           and t[before[1]:s] == " " and titled_person([before[2]], name)
                           or " " not in name and (gave_name(doc, name) or introduced(doc, name)  # ("Valentyna, who gave
                                                   # only her first name", "Will, a crew member who ...")
                                                   or _HUMAN_ACT.match(t, e) is not None and not name.isupper()
                                                   and not (before and before[2].lower() == "the"))  # ("Moon spoke next.")
                           or _named_after_role(t, s, e)):
            person = doc.persons.setdefault(fold(name), name) == name
            if person:
                doc.mononyms.add(name)
        person = person and r not in no_one  # ("Former England skipper", "ARDA LUCK, BARCA!")
        # ("director of the thinktank Power Shift Africa": a name after a kind of body in lower case is that body's)
        if person and before is not None and before[2] in _BODY_KINDS and t[before[1]:s] == " ":
            doc.orgs.append((s, name))
            continue
        if not person:
            full = _org_name(t[s:e])
            # ("The Hostages and Missing Families Forum": a name with "and" in it, after "The")
            joined = _THE_X_AND.search(t, max(0, s - 40), s) if full is not None else None
            if joined is not None and fold(joined.group(1).split()[0]) not in UNION_NAMES:  # (not "The Teamsters and ...")
                s, full = joined.start(1), joined.group(1) + full
            if full is not None:
                doc.orgs.append((s, full))  # ("Canadian Union of Public Employees")
            continue
        canon = canonical(doc, name)
        _register_employer(doc, s, titles)
        role_words = _role_words(doc, r, s, e, titles)
        if role_words & ROLE_NORMS:
            doc.roles.append((s, role_words, canon))
        if not doc.in_quote(s) and (subject_position(doc, r[0]) or _clause_subject(doc, r)) \
                and not _in_byline(doc.text, s) and not _role_owner(doc, r):
            doc.salient.append((s, canon))
    _register_spelt_bodies(doc)


def _role_words(doc, r: tuple[int, int], s: int, e: int, titles: list[str]) -> set[str]:
    """Role words said of the person a run names: "Kremlin spokesman Dmitry Peskov", "Igor Korotchenko, military
    analyst,"."""
    role_words = {norm_role(w) for w in titles} | _role_words_before(doc, r, e)
    m = _DESCRIBED_AFTER.match(doc.text[e:e + 170])
    if m and len(m.group(1).split()) <= 18 and subject_position(doc, r[0]):
        # "Redwan Hussein, the national security adviser to Ethiopia's prime minister, ...": his role ends at "to"
        own = re.split(r"\s(?:to|with|for)\s", m.group(1))[0]
        # ("the general secretary of the ASCL and a former headteacher in Suffolk": both roles are his)
        seg = {norm_role(w) for part in re.split(r"\s+and\s+(?=an?\s|the\s)", own) for w in part.split()[:8]}
        if seg & HUMAN_ROLES:
            role_words |= seg
    role_words -= {"the", "of", "for", "a", "an"}
    if "pm" in role_words:  # ("Cambodian PM Hun Manet" is "Cambodia's prime minister")
        role_words |= {"prime", "minister"}
    return role_words


_PORTFOLIO_ANCHOR = re.compile(r"\b" + PORTFOLIO_OFFICE + FIRST_PORTFOLIO + r",\s")
_OFFICES = tuple(PORTFOLIO_OFFICE[3:-1].split("|"))  # (the words _PORTFOLIO_ANCHOR opens with)
_TWO_WORDS_BEFORE = re.compile(r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){1,2})$")


def _register_spelt_bodies(doc) -> None:
    """"the Fédération autonome de l'enseignement (FAE)": a body whose name, spelt out before its acronym, has words in
    lower case after its head, which no run of capitals holds whole."""
    for full in set(doc.acronyms.values()):
        words = full.split()
        if len(words) > 2 and fold(words[0]) in ORG_TAIL and any(w[:1].islower() for w in words[1:]) \
                and (pos := doc.text.find(full)) >= 0:
            doc.orgs.append((pos, full))
    # ("the Norwegian Ministry of Trade, Industry and Fisheries": the whole name, not its run up to the comma)
    # (found from the office's word, read back over the words before it: a scan from every capital would be slow)
    for anchor in scouted_any(_PORTFOLIO_ANCHOR, doc.text, _OFFICES):  # (tried only where an office's word stands)
        back = _TWO_WORDS_BEFORE.search(doc.text, max(0, anchor.start() - 60), anchor.start())
        m = PORTFOLIO_BODY.match(doc.text, back.start() if back else anchor.start())
        if m is not None and "," in m.group(1):
            doc.orgs = [(pos, o) for pos, o in doc.orgs if pos != m.start(1)] + [(m.start(1), m.group(1))]
    # ("the Rail, Tram and Bus Union": a union whose name lists its trades between commas, none of them a person's)
    # (not "Navarro, Hart and International Association": two people, then a body)
    for pos, name in listed_unions(doc.text):
        items = re.split(r",\s+|\s+and\s+", name)
        if not doc.in_quote(pos) and not any(fold(x) in doc.persons and not people_noun(x.split()[-1]) for x in items):
            # (its runs, "Bus Union", are no bodies of their own, nor "Kenya Medical Practitioners" a person)
            doc.orgs = [(p, o) for p, o in doc.orgs if not pos <= p < pos + len(name)] + [(pos, name)]
            doc.persons = {k: v for k, v in doc.persons.items() if v not in items}
    doc.orgs.sort()


#: Kinds of body a name may follow in lower case: "the thinktank Power Shift Africa", "the insurer Allianz"
_BODY_KINDS = {"thinktank", "think-tank", "firm", "company", "airline", "charity", "agency", "newspaper", "broadcaster",
               "carrier", "bank", "insurer", "lender", "retailer", "manufacturer", "carmaker", "automaker", "consortium",
               "conglomerate", "miner", "outlet", "channel", "tabloid", "website", "platform", "startup", "multinational",
               "site", "daily", "weekly", "magazine", "portal", "station"}


def _named_after_role(t: str, s: int, e: int) -> bool:
    """"The Houthi leader, Abdul-Malik al-Houthi, had ...": a name between commas after a role is a person's."""
    m = _ROLE_COMMA.search(t, max(0, s - 60), s) if t.startswith(",", e) else None
    return m is not None and norm_role(m.group(1).lower()) in HUMAN_ROLES


_ROLE_COMMA = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}([A-Za-z]+),\s+$")
#: What only a person does: "Moon spoke next", "Fidan smiled" (a one-word name before it is someone's).
_HUMAN_ACT = re.compile(r"[ \t]+(?:spoke(?!\s+(?:to|with)\b)|smiled|laughed|wept|nodded|shrugged|joked|grinned|sighed|frowned|waved|toasted|beamed|"
                        r"winked|chuckled)\b")


def _clause_subject(doc, r: tuple[int, int]) -> bool:
    """"... ran more than 12 hours before Cordova called it": the subject of a clause after a conjunction that is
    also a preposition ("before", "after", "since", "until", "as"), when a verb follows the name."""
    before = doc.tokens[r[0] - 1][2] if r[0] > 0 else ""
    after = doc.tokens[r[1]][2] if r[1] < len(doc.tokens) else ""
    if before not in _CONJUNCTIONS or _VERB_NEXT.fullmatch(after) is None:
        return False
    # (not where the sentence's own subject is someone: "The Chancellor had signalled, after President Peña received
    # the delegation, that ...": "he" after it is the Chancellor)
    a, s = doc.sentence_of(doc.tokens[r[0]][0])[0], doc.tokens[r[0]][0]
    opener = _PERSON_OPENS.match(doc.text, a, s)
    return not (opener and (opener.group(1) is None or norm_role(opener.group(1)) in HUMAN_ROLES)) and not any(
        a <= pos < s for pos, _ in doc.salient[-3:])


_PERSON_OPENS = re.compile(r"\s*(?:(?:He|She)\s|The\s+(?:[\w-]+\s+){0,2}?([A-Za-z]+)\s+(?:had|has|was|is|[a-z]+ed|said)\b)")
_CONJUNCTIONS = {"before", "after", "since", "until", "as", "till"}
_VERB_NEXT = re.compile(r"[a-z]{2,}ed|said|told|was|were|had|has|is|are|will|would|could|did|made|took|went|came|met|"
                        r"gave|put|set|won|lost|began|left|spoke|wrote|sent|says|tells")


def _role_owner(doc, r: tuple[int, int]) -> bool:
    """"Aliyev's representative", "Trump's envoy": the one whose role it is, not the subject (the holder is); "the
    Kwankwaso side", "the Trump camp": a name that describes the body after it."""
    last = doc.tokens[r[1] - 1][2]
    after = doc.tokens[r[1]][2] if r[1] < len(doc.tokens) else ""
    return last.endswith(("’s", "'s")) and norm_role(after) in HUMAN_ROLES or r[0] > 0 and doc.tokens[r[0] - 1][2] in (
        "the", "The") and (after in ORG_ROLES or after in _FOLLOWERS)


#: What is named after a person: "the Trump camp", "the Obama years", "the Justus Lipsius building"
_FOLLOWERS = {"camp", "faction", "wing", "loyalists", "allies", "family", "era", "years", "supporters", "side", "building",
              "hotel", "centre", "center", "stadium", "airport", "hall", "palace", "residence", "station", "bridge",
              "street", "square", "prize", "award", "doctrine"}


def _headline_pun(doc, r: tuple[int, int], name: str) -> bool:
    """"ARDA LUCK, BARCA!": a headline in capitals names no one; "Cash-strapped Barca": an adjective opens no name."""
    first = name.split()[0]
    if "-" in first and first.split("-", 1)[1][:1].islower() and first.endswith(("ed", "ing")):
        return True
    para = doc.paras[doc.para_of(doc.tokens[r[0]][0])]
    if not name.isupper():  # (a headline is a short line: a long paragraph is never read whole for one)
        return len(name.split()) >= 3 and para[1] - para[0] <= 400 and _title_case_line(doc.text[slice(*para)])
    return _LOWER.search(doc.text, *para) is None  # (searched in place: a paragraph may run to a megabyte)


_LOWER = re.compile(r"[a-zß-öø-ÿ]")
_SMALL_WORDS = {"From", "With", "What", "For", "Of", "To", "At", "In", "On", "After", "Over", "As", "Is", "Are", "Will",
                "Its", "Their", "Into", "Against", "Ending", "Before"}


def _title_case_line(line: str) -> bool:
    """"What Medicare Actually Got From Big Pharma": a headline in title case (its small words capitalised too), whose
    runs of capitals are no one's name of three words or more."""
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    if len(words) < 5 or line.rstrip().endswith((".", "?", "!", "”", '"')) and not line.lstrip().startswith(('"', "“")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words) and any(w in _SMALL_WORDS for w in words[1:])


def _describes_next(doc, r: tuple[int, int]) -> bool:
    """Whether the run opens the description of the name after it: "Former England skipper Wayne Rooney", "Derby
    County boss Wayne Rooney" (a team, a country or a title, then a role in lower case, then the name)."""
    m = _ROLE_THEN_NAME.match(doc.text, doc.tokens[r[1] - 1][1])
    return m is not None and norm_role(m.group(1)) in HUMAN_ROLES


_ROLE_THEN_NAME = re.compile(r" (?:[a-z]+ )?([a-z]+) (?=[A-Z][a-z]+ [A-Z][a-z])")


@lru_cache(maxsize=65536)
def _org_name(run: str) -> str | None:
    """The organisation a run that names no person names, if its words are an organisation's (the same words
    recur: read once)."""
    # ("Affairs" keeps its s; "British Airways' captains" loses its mark)
    full = _THE.sub("", _POSSESSIVE_END.sub("", run))
    full = without_base(full)  # ("the Istanbul-based IHH Humanitarian Relief Foundation": no part of its name)
    words = full.split()
    last = fold(words[-1])  # ("Korean Confederation of Trade Unions": a plural tail)
    # ("General Administration of Customs", "Bureau of Labor Statistics": a body's head noun before its "of")
    of = words.index("of") if "of" in words[1:-1] else 0
    if last in ORG_TAIL or last in ORG_ROLES or last[:-1] in ORG_TAIL or "of" in words and people_noun(words[-1]) and any(
            fold(w) in ORG_TAIL for w in words) or fold(words[0]) in MINISTRIES and {"of", "for"} & set(words) \
            or of and fold(words[of - 1]) in ORG_TAIL:
        return full
    return None


_BYLINE = re.compile(r"(?:By|BY|\(Reporting\s+by|Reporting\s+by|Written\s+by)\s")


def _in_byline(t: str, i: int) -> bool:
    """"By RAFA MONTEIRO, Chief Football Writer": the writer of the piece, never the "he" of a later sentence."""
    # (a line is looked for within 160 characters either side: a run-on megabyte is no byline, and is not scanned)
    a = t.rfind("\n", max(0, i - 160), i) + 1
    if a == 0 and i > 160:
        return False
    b = t.find("\n", i, i + 160)
    b = len(t) if b < 0 and len(t) - i <= 160 else b
    return 0 <= b and b - a < 160 and _BYLINE.match(t, a) is not None


def _role_words_before(doc, r: tuple[int, int], e: int) -> set[str]:
    """Role words just before a name's run ("Kremlin spokesman Dmitry Peskov"), or set off by a comma before it
    ("NATO's Secretary General, Mark Rutte, said")."""
    t = doc.text
    words = set()
    k = r[0] - 1
    taken = 0
    # (the name's last token may hold the full stop: "her trade minister, Damien O'Connor.")
    if k >= 1 and doc.tokens[k][2] == "," and (t[e:e + 1] in (",", ".") or t[e - 1:e] == "."):
        k -= 1
    while k >= 0 and taken < 11:  # ("the Minister of Foreign Affairs of the Republic of North Macedonia, X")
        ps, pe, pw = doc.tokens[k]
        if t[pe:doc.tokens[k + 1][0]].strip():  # punctuation between: stop
            break
        lw = norm_role(pw)
        # ("The European Commissioner for Neighbourhood and Enlargement, Olivér Várhelyi": "and" in a portfolio)
        portfolio = pw == "and" and k > 1 and is_cap(doc.tokens[k - 1][2]) and is_cap(doc.tokens[k + 1][2]) and any(
            doc.tokens[j][2] in ("for", "of") for j in range(max(0, k - 3), k - 1))
        # ("Cabinet Spokesman and Minister of Health ... Dr. Nalinda Jayatissa": two offices of one person)
        # (not "FCX President and Chief Executive Officer": a company's offices, while "The President" is the state's)
        offices = pw == "and" and k > 0 and norm_role(doc.tokens[k - 1][2]) in HUMAN_ROLES and doc.tokens[k + 1][2] in (
            "Minister", "Secretary")
        if not (portfolio or offices or lw in HUMAN_ROLES or lw in PREFIX_WORDS or is_cap(pw) or lw in _ROLE_FILLERS):
            break
        words.add(lw)
        k -= 1
        taken += 1
    return words


_ROLE_FILLERS = {"of", "the", "for", "press", "military", "special", "senior", "top", "foreign", "chief", "deputy", "national",
                 "security", "defense", "defence", "union", "trade", "lead", "former", "acting", "interim"}


def _register_employer(doc, s: int, titles: list[str]) -> None:
    """"Woolworths Group Chief Executive Amanda Bardwell": the body before the title is an organisation too."""
    employer = next((k for k, w in enumerate(titles) if fold(w).rstrip(".") in HUMAN_ROLES), 0)
    if employer and fold(titles[employer - 1]) in ORG_TAIL:
        doc.orgs.append((s, " ".join(titles[:employer])))
