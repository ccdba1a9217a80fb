"""Other names an article gives its parties: acronyms it spells out ("CUPE" for the Canadian Union of Public
Employees) and pairs named together ("Armenia and Azerbaijan"), which "the two sides" can stand for."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from stance.extract.bearers import gave_name, introduced
from stance.extract.layout import hard_wrapped
from stance.extract.names import ends_sentence, fold, people_noun
from stance.extract.persons import canonical
from stance.extract.scan import CAPITAL, anchored, scouted
from stance.extract.vocabulary import DEMONYMS, ORG_TAIL, PORTFOLIO_WORDS, STOP_CAPS, TITLE_WORDS

# (spaces, never a line break: a byline's "English Service" and the headline under it are no pair)
_PAIR_RE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+(?:(?<=s)[ \t]+(?:(?:federal|transitional|interim|"
                      r"military|national)[ \t]+)?government)?)[ \t]+and[ \t]+"
                      r"(?:the[ \t]+)?((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+)(?![\w’'-])")


#: Where a pair can start: every _PAIR_RE match is one of these (its words, then "and"); the scout of the wrapped form
#: below, read in C (an unwrapped text is searched back from each "and": _PAIR_AND)
_PAIR_SCOUT = re.compile(r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}(?:[ \t]+(?:[a-z]+[ \t]+)?government)?[ \t]+and[ \t]")
#: The same, where the text is wrapped at a fixed width: a line break inside a paragraph is a space ("Chief Adviser
#: Professor Muhammad Yunus and \nBNP Acting Chairman Tarique Rahman")
_WRAPPED_SPACE = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
_PAIR_WRAPPED = re.compile(_PAIR_RE.pattern.replace(r"[ \t]+", _WRAPPED_SPACE))
_PAIR_WRAPPED_SCOUT = re.compile(_PAIR_SCOUT.pattern.replace(r"[ \t]+", _WRAPPED_SPACE).replace(r"and[ \t]", r"and\s"))
#: The "and" of a pair: the side before it has at most five words (four, and "government")
_PAIR_AND = re.compile(r"and(?<=[ \t]and)[ \t]")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near)\s+$")
_PEOPLE = re.compile(r"[a-z]+(?:ians|ans|ese|is)")  # a people, one word: "Burundians", "Sudanese", "Iraqis"


def named_pairs(doc) -> list[tuple[int, str]]:
    """Pairs of parties named together outside quotes ("Armenia and Azerbaijan", "President X and Prime
    Minister Y"), titles dropped, in order of position."""
    out = []
    # (unwrapped, each pair is looked for in the words before an "and": there are far fewer of those than capitals)
    found = scouted(_PAIR_WRAPPED, doc.text, scout=_PAIR_WRAPPED_SCOUT) if hard_wrapped(doc) \
        else anchored(_PAIR_RE, doc.text, _PAIR_AND, 5, opening=CAPITAL)
    for m in found:
        if doc.in_quote(m.start()) or re.search(r"\b(?:of|for)\s+(?:the\s+)?$|\b[Bb]y\s+$", doc.text[max(0, m.start() - 9):m.start()]) \
                or m.group(1).startswith("By "):
            continue  # (not "School and College Leaders" inside "the Association of School and College Leaders" or
            # "Law and Governance" inside "the Institute for Law and Governance", nor
            # a byline's "By Petra Lindqvist and Dragan Velkov")
        sides = []
        for first, side in ((True, m.group(1)), (False, m.group(2))):
            split = side.split()
            # ("... on 10 May. Australia and Tuvalu", "Kim Jong Un and Trump. He ...": a side within its sentence)
            ends = [k for k, w in enumerate(split[:-1]) if ends_sentence(w)]
            if ends:
                split = split[ends[-1] + 1:] if first else split[:ends[0]] + [split[ends[0]][:-1]]
            titled = [k for k, w in enumerate(split[:-1]) if fold(w).rstrip(".") in TITLE_WORDS]
            if titled:  # "Australian Prime Minister Scott Morrison": whatever stands before the title describes him
                split = split[titled[-1] + 1:]
            words = [w for w in split if fold(w).rstrip(".") not in TITLE_WORDS or w == split[-1]]
            if not words or fold(words[0]) in STOP_CAPS:
                words = words[1:]
            if not words:
                break
            sides.append(canonical(doc, " ".join(words)))
        # (not "Italian and German bonds": two peoples' adjectives; nor "Burundians and Rwandans": two peoples; nor
        # "Finance and Budget Minister Abdoulaye Daouda Diallo": a portfolio's two words)
        if len(sides) == 2 and all(fold(x) in DEMONYMS or _PEOPLE.fullmatch(fold(x)) for x in sides) \
                or sides and fold(sides[0]) in PORTFOLIO_WORDS:
            continue
        if len(sides) == 2 and sides[0] != sides[1]:
            # "Türkiye, Finland and Sweden": a third party listed before the pair
            # (not "On Tuesday, in Malta, Abusahmain and Aguila Saleh ...": a place after a preposition)
            base = max(0, m.start() - 40)
            first = re.search(r"(?<![\w’'-])([A-Z][\w’'-]+),\s+$", doc.text[base:m.start()])
            if first and fold(first.group(1)) not in STOP_CAPS and fold(first.group(1)) not in {fold(x) for x in sides} \
                    and not _PLACE_BEFORE.search(doc.text, max(0, base - 20), base + first.start(1)):
                sides.insert(0, canonical(doc, first.group(1)))
            out.append((m.start(), " and ".join(sides)))
    return out


#: (the capital first and the lookbehind after it, so the search skips to a capital in C; the words possessive, since
#: only whitespace can end one: a failed run is not retried at each of its letters)
_RUN_RE = re.compile(r"[A-Z](?<![\w’'-][A-Z])[\w’'.&-]*+(?:\s+(?:(?:of|for|and|the|on|de|du|des|in)\s+)*[A-Z][\w’'.&-]*+){1,8}")
#: Two to seven capitals standing alone (the first capital before the lookbehind, so findall skips to one in C; the
#: rest possessive: a run of capitals that fails is not retried shorter, which would fail too)
_CAPS_RE = re.compile(r"([A-Z](?<![\w’'-][A-Z])[A-Z]{1,6}+)(?![\w’'-])")
#: "U.N.", "U.S.": initials with full stops (the capital first and the lookbehind after it, so the search skips to a
#: capital in C)
_DOTTED = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.){1,3}(?!\w)")
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")
_OF_AND = re.compile(r"\sof\s.*\sand\s+(?:[A-Z]\w+\s+)?[A-Z]\w+$")


_COMPANY_TYPES = {"co", "ltd", "inc", "corp", "plc", "llc", "ag", "sa", "company", "railway", "railways"}


def acronyms(text: str) -> dict[str, str]:
    """Folded acronym -> full name, where the article spells the name out somewhere ("CUPE" and "the Canadian
    Union of Public Employees"): the acronym's letters are the initials of the name's capitalised words, in
    order, ending at the name's end (a leading word may be skipped: "Air Canada ...")."""
    shorts = set(_CAPS_RE.findall(text)) | {d.replace(".", "") for d in _DOTTED.findall(text)}  # ("U.N." as "UN")
    if not shorts:  # (none in capitals; one spelt in brackets may still be word-like: "(Numsa)")
        return _spelt_before(text)
    out: dict[str, str] = {}
    # ("... Fraternal Association. They walked off": a run ends with its sentence, and the next one starts afresh)
    # (only a run with a full stop in it is split: the others are their own one group)
    groups = (g for m in _RUN_RE.finditer(text)
              for g in (_SENTENCE_END.split(m.group()) if "." in m.group() else (m.group(),)))
    for group in groups:
        run = group.split()
        if len(run) < 2:
            continue
        # "Canadian National Railway Co. and Canadian Pacific Kansas City Ltd.": two names, each without its
        # company type ("CN", "CPKC"), and the full run too ("Teamsters Canada Rail Conference")
        one = "of" in run and "and" in run and _OF_AND.search(group) and people_noun(run[-1])
        parts = [(run, run)]  # (words whose initials are read, the words of the name they stand for)
        if one:  # "IAM": the initials of the name before its "and Aerospace Workers" stand for the whole name
            parts.insert(0, (run[:run.index("and")], run))
        elif "and" in run:
            parts += [(p.split(), p.split()) for p in re.split(r"\s+and\s+", group)]
        for words, full in parts:
            while len(words) > 2 and fold(words[-1]).rstrip(".,") in _COMPANY_TYPES:
                words = words[:-1]
            caps = [k for k, w in enumerate(words) if w[0].isupper()]
            # ("AOSIS": the Alliance of Small Island States, its "of" counted)
            counted = [k for k, w in enumerate(words) if w[0].isupper() or w == "of"]
            # (the initials from each capitalised word on are suffixes of the whole run's: joined once, then sliced)
            all_inits = "".join(words[k][0] for k in caps)
            all_with_of = "".join(words[k][0].upper() for k in counted)
            at = {k: i for i, k in enumerate(counted)}
            for j in range(len(caps) - 1):  # (the run may open with "Monday. The ...")
                if words[caps[j]] in ("The", "A"):  # ("The Toronto Courier" is no "TTC": an article opens no name's initials)
                    continue
                inits = all_inits[j:]
                with_of = all_with_of[at[caps[j]]:]
                hit = inits if inits in shorts else with_of if with_of in shorts else None
                if not hit:
                    continue
                name = re.sub(r"-[a-z]+$", "", " ".join(full[caps[j]:]).rstrip("’'"))  # (not "United Nations-brokered")
                # ("HE", "HH": a state agency's styles for His Excellency and His Highness, not anyone's name; nor a
                # crosshead in capitals: "MONEY PIT?" spells out no "MP")
                if fold(hit) not in out and not re.match(r"(?:His|Her|Their)\s+(?:Excellenc|Highness|Majest)", name) \
                        and not name.isupper():
                    out[fold(hit)] = name
                    break
    out.update(_spelt_before(text))
    # ("RTBU" for "the Rail, Tram and Bus Union", "(KMPDU)" after "the Kenya Medical Practitioners, Pharmacists and
    # Dentists Union": the whole name, not its run after the last comma)
    for pos, name in listed_unions(text):
        inits = "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", name))
        defined = _DEFINED_RE.match(text, pos + len(name))
        if defined and defined.group(1)[0] == inits[0] and _in_order(defined.group(1), inits):
            out[fold(defined.group(1))] = name
        elif inits in shorts:
            out[fold(inits)] = name
    return out


def _in_order(short: str, letters: str) -> bool:
    """Whether the letters of ``short`` come in ``letters`` in that order."""
    it = iter(letters)
    return all(c in it for c in short)


#: The end of a union's name that lists its trades: "... and Bus Union", "... and Grain Millers International Union"
#: (read from " and", a literal the engine finds fast: hostile text holds many spaces and commas)
_LISTED_UNION_TAIL = re.compile(r" and\s+(?:[A-Z][\w-]*\s+){1,4}(?:Union|Workers|Association|Federation)\b")
#: The list before it: "Rail, Tram ", "Bakery, Confectionery, Tobacco Workers " (capitalised words between commas)
_LISTED_UNION_HEAD = re.compile(r"(?<![\w’'-])((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:,\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*){0,3},\s+"
                                r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*,?\s+)$")


@lru_cache(maxsize=2)  # (read by the acronyms and by the registry: once per article)
def listed_unions(text: str) -> tuple[tuple[int, str], ...]:
    """Unions whose names list their trades between commas ("the Rail, Tram and Bus Union", "the Kenya Medical
    Practitioners, Pharmacists and Dentists Union"), with their positions: found from the last trade and the head,
    read back over the list (a scan from every capital would be slow)."""
    out = []
    for tail in _LISTED_UNION_TAIL.finditer(text):
        head = _LISTED_UNION_HEAD.search(text, max(0, tail.start() - 100), tail.start() + 1)
        if head is not None:
            start = head.start(1) + (4 if head.group(1).startswith("The ") else 0)
            out.append((start, text[start:tail.end()]))
    return tuple(out)


_BRACKETED = re.compile(r"\(([A-Z][A-Za-z0-9&+]{1,9})\)")
_DEFINED_RE = re.compile(r"\s+" + _BRACKETED.pattern)  # (spaces, then the bracket)


def _defined_acronyms(text: str) -> Iterator[re.Match]:
    """``_DEFINED_RE.finditer(text)``, found from each bracket: the pattern opens with spaces, and would be tried at
    every one of them."""
    for b in _BRACKETED.finditer(text):
        j = b.start()
        while j > 0 and text[j - 1].isspace():  # (str.isspace is what ``\s`` matches)
            j -= 1
        if j < b.start():
            yield _DEFINED_RE.match(text, j)


_CAMEL_NAME = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:[A-Z][a-z]+)+$")  # ("KazMunaiGas (KMG)")
_LOWER_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){1,5}$")


def _spelt_before(text: str) -> dict[str, str]:
    """Acronyms the article defines in brackets after the name ("The U.N. Support Mission in Libya (UNSMIL)"),
    where the acronym's letters follow the name's capitals in order: not a party after a person's name
    ("Narendra Modi (BJP)")."""
    out = {}
    for m in _defined_acronyms(text):
        run = next((r for r in _RUN_RE.finditer(text, max(0, m.start() - 120), m.start()) if r.end() == m.start()), None)
        # ("the Fédération autonome de l'enseignement (FAE)": a name with lower-case words, from its capital on)
        run = run or _LOWER_NAME.search(text[max(0, m.start() - 80):m.start()]) \
            or _CAMEL_NAME.search(text[max(0, m.start() - 40):m.start()])
        if run is None:
            continue
        words = run.group().split()
        while words and fold(words[0]) in {"the", "a", "an"}:
            words = words[1:]
        bare = [re.sub(r"^[a-zA-Z][’'](?=\w)", "", w) for w in words]  # ("l'enseignement": its E)
        letters = "".join((w[0] + "".join(c for c in w[1:] if c.isupper())).upper() for w in bare)
        short = re.sub(r"[^A-Z]", "", m.group(1))
        if not m.group(1).isupper():  # "(Numsa)": a word-like acronym is the initials of the name's capitalised words
            inits = "".join(w[0] for w in bare if w[0].isupper())
            if m.group(1).upper() not in (inits, inits[1:]):
                continue
            short = m.group(1).upper()
        # (or a body's translated name: "the Turkish Employers' Association of Metal Industries (MESS)")
        # (and one word in camel case: "KazMunaiGas (KMG)")
        if (len(words) >= 2 or len(short) >= 2 and letters == short) and short and letters[:1] == short[0] \
                and _in_order(short, letters):
            out[fold(m.group(1))] = " ".join(words).rstrip("’'")
        # (a body's name in another language than its acronym's, "the Confederation of Icelandic Enterprise (SA)", or the
        # last of a list: "Türk Metal and the Turkish Employers' Association ...")
        elif m.group(1).isupper():
            last = " ".join(words).split(" and ")[-1].split()
            last = last[1:] if last and fold(last[0]) == "the" else last
            if len(last) >= 2 and any(fold(w).strip("’'") in ORG_TAIL for w in last):
                out.setdefault(fold(m.group(1)), " ".join(last).rstrip("’'"))
    return out


#: "SITIVENI "Rambo" Rabuka", "Adam "Pacman" Jones": a nickname in quote marks between a first name and a surname.
_NICKNAME = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)\s+[\"“‘']([A-Z][\w’'-]+)[\"”’']\s+([A-Z][\w’'-]+)")
#: Its opening mark (after a space, before a capitalised word and its closing mark), one word after the first name
_NICK_QUOTED = re.compile(r"[\"“‘'](?<=\s[\"“‘'])(?=[A-Z][\w’'-]+[\"”’']\s)")


def register_nicknames(doc) -> None:
    """A nickname given between a person's names stands for that person ("Rambo told reporters ..."); so does a name
    the person is known by ("General Oumar Abdel Kader, known as Sembé Bobbo": "Sembé Bobbo declared ...")."""
    for m in anchored(_NICKNAME, doc.text, _NICK_QUOTED, 1, opening=CAPITAL):
        first, nick, last = m.groups()
        full = doc.persons.get(fold(last)) or f"{first.title() if first.isupper() else first} {last}"
        doc.persons.setdefault(fold(nick), full)
        doc.persons.setdefault(fold(last), full)
        doc.persons.setdefault(fold(full), full)  # (the full name itself, its nickname between, is no run of its own)
    # ("midfield magician Feisal Salum “Fei Toto”": a nickname in quote marks right after the full name)
    # (found from the quote mark back: a name pattern tried at every capital would cost a megabyte dear)
    t = doc.text
    for q in _NICK_OPEN.finditer(t):
        gap = _GAP_BEFORE.search(t, max(0, q.start() - 8), q.start())  # (a name, then spaces, then the mark)
        if gap is None:
            continue
        nick, name = _NICK_BODY.match(t, q.end()), _NAME_END.search(t, max(0, gap.start() - 80), gap.start())
        if nick is None or name is None:
            continue
        full = doc.persons.get(fold(name.group(1)))
        if full is not None and " " in name.group(1):
            _same_person(doc, nick.group(1), full)
    # ("D-Fish said" for Derek Fisher, "A-Rod" for Alex Rodriguez: a first initial joined to the family name's start)
    for m in scouted(_INITIAL_NICK, t):
        nick = m.group()
        full = {p for p in doc.persons.values() if len(p.split()) >= 2 and p[0] == m.group(1)
                and p.split()[-1].startswith(m.group(2)) and p.split()[-1] != m.group(2)}
        if len(full) == 1:
            doc.persons.setdefault(fold(nick), full.pop())
    _short_given_names(doc)
    _called_by(doc)
    i = t.find("known as ")
    while i >= 0:  # (the phrase is rare: found by its words, then the names read either side)
        before, after = _NAME_BEFORE.search(t, max(0, i - 90), i), _NAME_AFTER.match(t, i + 9)
        i = t.find("known as ", i + 9)
        if before is None or after is None:
            continue
        words = before.group(1).split()
        full = next((doc.persons[fold(" ".join(words[k:]))] for k in range(len(words) - 1)
                     if fold(" ".join(words[k:])) in doc.persons), None)
        if full is not None:
            _same_person(doc, after.group(1), full)


#: "Mohamed Hamdan Daglo, whom everybody here calls Hemedti": a name the article says people call someone by
_CALLED_BY = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(?:whom|who)\s+(?:[a-z]+\s+){0,3}?"
                        r"(?:calls?|know\s+as|is\s+(?:known|nicknamed|dubbed)(?:\s+as)?)\s+([A-Z][\w’'-]+)")
_COMMA_WHO = re.compile(r",\s+who")


def _called_by(doc) -> None:
    """Each name the article says people call someone by stands for that person."""
    if " call" not in doc.text and " known" not in doc.text and " nicknamed" not in doc.text:
        return
    for m in anchored(_CALLED_BY, doc.text, _COMMA_WHO, 4, opening=CAPITAL):  # (looked for before each ", who")
        full = doc.persons.get(fold(m.group(1)))
        if full is not None:
            _same_person(doc, m.group(2), full)


def _short_given_names(doc) -> None:
    """"Vlad" for Vladimir Guerrero Jr., "Alex" for Alexander Stubb: a word standing alone that opens the given name
    of one person of the article, and of no one else's."""
    shorts: dict[str, set[str]] = {}
    for full in set(doc.persons.values()):
        first = full.split()[0]
        if " " in full and first.isalpha() and first[0].isupper():
            for k in range(3, len(first) - 1):  # (two letters or more cut off: "Vlad", not "Vladimi")
                shorts.setdefault(first[:k], set()).add(full)
    shorts = {w: names for w, names in shorts.items() if len(names) == 1 and fold(w) not in doc.persons
              and fold(w) not in STOP_CAPS}
    if not shorts:
        return
    found = re.compile(r"(?<![\w’'.-])(" + "|".join(sorted(shorts, key=len, reverse=True)) + r")(?![\w’'-])")
    # (not "who gave his name only as Juma": the name of someone else, who gave no more of it; nor "Will, a crew
    # member who has spoken out, said": someone introduced by that name alone)
    for w in {m.group(1) for m in scouted(found, doc.text)} - {w for w in shorts if gave_name(doc, w) or introduced(doc, w)}:
        doc.persons.setdefault(fold(w), next(iter(shorts[w])))


def _same_person(doc, alias: str, full: str) -> None:
    """``alias`` (and its last word) stands for ``full``; so does every name the registry gave the alias's own person
    (the other name, registered as a person of its own, is this one)."""
    own = doc.persons.get(fold(alias))
    if own is not None and own != full:  # (and where the registry already wrote the other name down)
        for key in [k for k, v in doc.persons.items() if v == own]:
            doc.persons[key] = full
        doc.salient[:] = [(pos, full if p == own else p) for pos, p in doc.salient]
        doc.roles[:] = [(pos, words, full if p == own else p) for pos, words, p in doc.roles]
        for held in doc.bearers.values():
            held[:] = [(pos, full if p == own else p) for pos, p in held]
    doc.persons.setdefault(fold(alias), full)
    doc.persons.setdefault(fold(alias.split()[-1]), full)


_INITIAL_NICK = re.compile(r"(?<![\w’'-])([A-Z])-([A-Z][a-z]{2,})(?![\w’'-])")
_NICK_OPEN = re.compile(r"[\"“‘](?=[A-Z])")
_GAP_BEFORE = re.compile(r"(?<=[\w’'-])\s+\Z")
_NICK_BODY = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)[\"”’]")
_NAME_END = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\Z")
#: "Oumar Abdel Kader, known as Sembé Bobbo", "Bryan Dominique, better known as Kiko": a name and another it goes by
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,4}[A-Z][\w’'-]+),?\s+(?:\(\s*)?(?:(?:better|also|widely)\s+)?$")
_NAME_AFTER = re.compile(r"[\"“‘']?((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
