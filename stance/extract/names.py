"""Who is who in an article: capitalised name runs and what each names (a person, an organisation, a title), the
folding and role words they are compared by, and whether a name stands in subject position. The registry built from
them once per article is in :mod:`stance.extract.registry`."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from stance.extract.layout import hard_wrapped
from stance.extract.titles import leading_honorifics
from stance.extract.vocabulary import (
    ABBREVIATED,
    COUNTRIES,
    DOCUMENT_PARTS,
    FEMALE_NAMES,
    GROUP_NOUNS,
    HUMAN_ROLES,
    MALE_NAMES,
    OF_HEADS,
    ORG_ROLES,
    ORG_TAIL,
    PARTY_MEMBERS,
    PLACES,
    PORTFOLIO_WORDS,
    ROLE_SYNONYMS,
    STATES,
    STOP_CAPS,
    STYLES,
    THINGS,
    TITLE_OR_ROLE,
    TITLE_WORDS,
)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lowercase without accents, so "Szijjarto" finds "Szijjártó"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def norm_role(word: str) -> str:
    """A role word folded and singular: "Spokeswoman" -> "spokesperson", "analysts" -> "analyst"."""
    w = fold(word.strip(".,;:’'"))
    if w not in HUMAN_ROLES and w.endswith("s") and w[:-1] in HUMAN_ROLES:
        w = w[:-1]
    elif w not in HUMAN_ROLES and w.endswith("sses") and w[:-2] in HUMAN_ROLES:  # "bosses"
        w = w[:-2]
    elif w.endswith("ies") and w[:-3] + "y" in ORG_ROLES or w.endswith("s") and w[:-1] in ORG_ROLES:
        # "the unions said", "the studios", "the companies": a group of organisations, kept unnamed (parse_role)
        w = w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return ROLE_SYNONYMS.get(w, w)


@lru_cache(maxsize=65536)  # (asked of every capitalised word, several times: words recur)
def is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper() and (len(w) == 1 or w[1].isalpha() or any(c.isalpha() for c in w[2:])
                                           or w.endswith("."))


def ends_name(w: str) -> bool:  # capitalised, or a family name with its article ("al-Burhan")
    return is_cap(w) or PARTICLE_NAME.match(w) is not None


def cap_runs(doc, a: int, b: int) -> list[tuple[int, int]]:
    """Token index ranges of capitalised word runs ("US President Donald Trump") inside [a, b): the article's
    runs (found once) cut to the window, as a pass over the window alone would find them."""
    from bisect import bisect_left, bisect_right
    if doc.runs is None:
        _index_runs(doc)
    runs = doc.runs
    i, j = bisect_left(doc._tok_starts, a), bisect_left(doc._tok_starts, b)
    lo, hi = bisect_right(doc._run_ends, i), bisect_left(doc._run_starts, j)
    if lo >= hi:
        return []
    out = []
    if runs[lo][0] < i:  # a window that opens inside a run starts it afresh: joiners ("of", "de") need a word before them
        r0, r1 = i, min(runs[lo][1], j)
        while r0 < r1 and not _starts_run(doc.tokens[r0][2]):
            r0 += 1
        if r1 > r0:
            out.append((r0, r1))
        lo += 1
    tail = None
    if hi > lo and runs[hi - 1][1] > j:  # the window closes inside its last run
        hi -= 1
        tail = (doc._trimmed_runs[hi][0], j)
    # (the runs wholly inside the window come trimmed already)
    out += [r for r in doc._trimmed_runs[lo:hi] if r[1] > r[0]]
    if tail is not None and tail[1] > tail[0]:
        out.append(tail)
    return out


def _index_runs(doc) -> None:
    """The article's runs, by start and end, each also trimmed of the joiners it opens with (as a window opening
    at its start would have it; empty if nothing is left)."""
    doc.runs = _cap_runs(doc, 0, len(doc.text))
    doc._run_starts = [r[0] for r in doc.runs]
    doc._run_ends = [r[1] for r in doc.runs]
    trimmed = []
    for r0, r1 in doc.runs:
        while r0 < r1 and not _starts_run(doc.tokens[r0][2]):
            r0 += 1
        trimmed.append((r0, r1))
    doc._trimmed_runs = trimmed


@lru_cache(maxsize=65536)
def _starts_run(w: str) -> bool:
    return is_cap(w) and (w.isupper() and len(w) > 1 or w.lower().rstrip(".") not in STOP_CAPS)


def _cap_runs(doc, a: int, b: int) -> list[tuple[int, int]]:
    from bisect import bisect_left
    toks = doc.tokens
    i, n = bisect_left(doc._tok_starts, a), bisect_left(doc._tok_starts, b)
    # only a capitalised word opens a run: while none is open, the others are passed over unread
    opens = [k for k, tok in enumerate(toks[i:n], i) if tok[2][0].isupper()]  # (no token is empty)
    runs: list[tuple[int, int]] = []
    cur = None
    j = 0
    while i < n:
        if cur is None:
            j = bisect_left(opens, i, j)
            if j == len(opens):
                break
            i = opens[j]
            cur = (i, i + 1) if _starts_run(toks[i][2]) else None
        else:
            cur = _run_step(doc, runs, cur, i)
        if cur is not None and toks[i][2].endswith(("’s", "'s")) and not _named_possessive(doc, i):
            runs.append(cur)  # a possessive ends the run: "Japan's Chief ..."
            cur = None
        i += 1
    if cur is not None:
        runs.append(cur)
    return [r for r in runs if r[1] > r[0]]


def _run_step(doc, runs: list[tuple[int, int]], cur: tuple[int, int], i: int) -> tuple[int, int] | None:
    """The open run ``cur`` with token ``i`` read: extended, closed (into ``runs``) and a new one opened, or closed."""
    t, toks = doc.text, doc.tokens
    s, e, w = toks[i]
    ok = _continues_run(doc, cur, i, w)
    if not ok and w not in ("'", "’"):  # (most runs end so: the word neither goes on the run nor is a mark)
        runs.append(cur)
        return None
    prev_w = toks[i - 1][2]
    stop = ends_sentence(prev_w)
    # "Irish Air Line Pilots' Association": a plural possessive's mark inside an organisation's name
    mark = w in ("'", "’") and prev_w.endswith("s") and t[toks[i - 1][1]:s] == "" and i + 1 < len(
        toks) and _body_noun(toks[i + 1][2]) and t[e:toks[i + 1][0]] == " "
    ok = ok or mark
    sep = t[toks[i - 1][1]:s]
    # (or a line break inside a paragraph of hard-wrapped text: "Amir Khasru Mahmud \nChowdhury")
    if ok and not stop and (sep in (" ", "-", "\u00a0") or mark or sep.strip(" ") == "\n" and hard_wrapped(doc)):
        return cur[0], i + 1
    runs.append(cur)
    return (i, i + 1) if ok else None


def _continues_run(doc, cur: tuple[int, int], i: int, w: str) -> bool:
    """Whether word ``i`` may go on the open run ``cur``: a capitalised word, or a joiner inside a name."""
    if not _may_continue(w):
        return False
    toks = doc.tokens
    return _starts_run(w) or (
        # "Transport Workers Union": a plural noun inside an organisation's name
        is_cap(w) and w.lower() in GROUP_NOUNS and (i + 1 < len(toks) and is_cap(
            toks[i + 1][2]) or _of_name(doc, cur, i) or _mark_then_body(doc, i + 1))) or (  # or ending "Union of Public Employees"
        # "International Association of Machinists and Aerospace Workers": one name
        w == "and" and (_of_name(doc, cur, i) and _and_joins(doc, i) or _portfolio_and(doc, cur, i))) or (
        # "Elizabeth May", "Theresa May": a month after a given name is a surname
        w in _MONTH_NAMES and fold(toks[i - 1][2]) in GIVEN_NAMES) or (
        w.lower() in _RUN_PARTICLES or PARTICLE_NAME.match(w)) or (
        w in ("of", "for") and _of_joins(doc, i)) or (  # ("Department for Education")
        # "Ministry of Finance of Ukraine": a ministry's country after its portfolio
        w == "of" and i + 1 < len(toks) and fold(toks[i + 1][2]) in COUNTRIES and fold(toks[cur[0]][2]) in MINISTRIES
        and _of_name(doc, cur, i)) or (
        # "National Union of Metalworkers of South Africa": "of" after the members a union's name has named
        w == "of" and toks[i - 1][2].endswith("s") and i + 1 < len(toks)
        and is_cap(toks[i + 1][2]) and any(fold(toks[k][2]) in ORG_TAIL for k in range(cur[0], i))) or (
        # "Commission on Human Rights", "Council on Foreign Relations": a body's remit after "on"
        w == "on" and fold(toks[i - 1][2]) in _ON_HEADS and i + 1 < len(toks)
        and is_cap(toks[i + 1][2]) and fold(toks[i + 1][2]) not in STOP_CAPS) or (
        w == "Watch") or (  # "Human Rights Watch", not the web page's "Watch"
        # "Minister of Foreign Affairs of the Islamic Republic of Iran Seyed Abbas Araghchi"
        w == "the" and toks[i - 1][2] == "of" and i + 1 < len(toks) and is_cap(toks[i + 1][2]))


def _mark_then_body(doc, i: int) -> bool:  # "Farmers' Union": a plural possessive's mark, then the body's noun
    return i + 1 < len(doc.tokens) and doc.tokens[i][2] in ("'", "’") and _body_noun(doc.tokens[i + 1][2])


def _body_noun(w: str) -> bool:
    """A body's noun, or its plural: "Union", "Guilds" (the "Association of Agrarian Producers’ Guilds")."""
    f = fold(w)
    return f in ORG_TAIL or f.endswith("s") and f[:-1] in ORG_TAIL


def _named_possessive(doc, i: int) -> bool:  # "People's" in "Swiss People's Party": a possessive inside a name
    return doc.tokens[i][2][:-2].lower() in {"people", "women", "children", "men", "workers"} and i + 1 < len(
        doc.tokens) and is_cap(doc.tokens[i + 1][2]) and doc.text[doc.tokens[i][1]:doc.tokens[i + 1][0]] == " "


@lru_cache(maxsize=65536)
def _may_continue(w: str) -> bool:
    """Whether word ``w`` passes the tests of _continues_run that read the word alone (most words fail them all)."""
    return _starts_run(w) or is_cap(w) and w.lower() in GROUP_NOUNS or w in _JOINERS or w.lower() in _RUN_PARTICLES \
        or PARTICLE_NAME.match(w) is not None


#: Months that are surnames after a given name ("Theresa May")
_MONTH_NAMES = frozenset({"May", "June", "April", "August"})
#: Every word _continues_run asks about by name (its other tests read the word's class: _may_continue's)
_JOINERS = frozenset({"and", "of", "for", "on", "the", "Watch"}) | _MONTH_NAMES
_RUN_PARTICLES = frozenset({"de", "van", "von", "der", "da", "del", "bin", "al", "le", "la"})
PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|abu|ibn|bin|ben)-[A-Z]")  # "Abdel Fattah al-Burhan"


def _of_name(doc, cur: tuple[int, int], i: int) -> bool:
    """Whether the run so far is an institution's "X of Y" name."""
    return any(doc.tokens[j][2] == "of" for j in range(cur[0], i))


def _and_joins(doc, i: int) -> bool:
    """"and" inside a name: one or two capitalised words after it end in a group noun ("... and Aerospace Workers")."""
    toks = doc.tokens
    for j in (i + 1, i + 2):
        if j >= len(toks) or not is_cap(toks[j][2]) or doc.text[toks[j - 1][1]:toks[j][0]] != " ":
            return False
        if people_noun(toks[j][2]):
            return j + 1 >= len(toks) or not is_cap(toks[j + 1][2])
    return False


def _portfolio_and(doc, cur: tuple[int, int], i: int) -> bool:
    """"and" inside a ministry's portfolio: "Ministry of Water Resources and Irrigation", "Department for Business
    and Trade" (one or two capitalised words after it, then the name ends)."""
    toks = doc.tokens
    # (or a body "of" two places: "the National Farmers' Union of England and Wales")
    of_places = any(toks[j][2] == "of" and j > cur[0] and fold(toks[j - 1][2]) in ORG_TAIL for j in range(cur[0], i))
    if not of_places and (fold(toks[cur[0]][2]) not in _PORTFOLIO_HEADS
                          or not any(toks[j][2] in ("of", "for") for j in range(cur[0], i))):
        return False
    # ("... Sergei Lavrov and Minister of ...", "... Ishaq Dar and Acting Minister of ...": another office and holder)
    if any(fold(toks[k][2]) in _PORTFOLIO_HEADS for k in range(i + 1, min(i + 3, len(toks)))):
        return False
    k = i + 1
    while k < len(toks) and k - i <= 2 and is_cap(toks[k][2]) and doc.text[toks[k - 1][1]:toks[k][0]] == " ":
        k += 1
    return k > i + 1 and (k >= len(toks) or not is_cap(toks[k][2]) or doc.text[toks[k - 1][1]:toks[k][0]] != " ")


MINISTRIES = {"ministry", "department", "office", "secretariat", "bureau"}  # ("Ministry of Water Resources and Irrigation")
_PORTFOLIO_HEADS = MINISTRIES | {"minister", "secretary"}


def people_noun(w: str) -> bool:
    """A plural noun for people: "Workers", "Employees", "Producers", "Machinists"."""
    return w.lower() in GROUP_NOUNS or re.search(r"(?:ers|ors|ists|ees|ians|ants|ents)$", w) is not None


def _of_joins(doc, i: int) -> bool:
    """"of" inside a title or institution ("Ministry of Defence", "Affairs of the Islamic Republic of Iran")."""
    toks = doc.tokens
    nxt = i + 2 if i + 2 < len(toks) and toks[i + 1][2] == "the" else i + 1
    return nxt < len(toks) and is_cap(toks[nxt][2]) and toks[nxt][2].lower() not in STOP_CAPS \
        and (fold(toks[i - 1][2]) in OF_HEADS or toks[i][2] == "for" and fold(toks[i - 1][2]) in _FOR_HEADS) \
        and (nxt == i + 1 or fold(toks[i - 1][2]) != "states")


_INITIALS = re.compile(r"(?:\w\.)+")


def ends_sentence(w: str) -> bool:
    """Whether a word's full stop ends its sentence: not an initial's or a title's ("J.D. Vance", "Rep. Whitfield")."""
    return w.endswith(".") and not (len(w) <= 2 or _INITIALS.fullmatch(w) or fold(w[:-1]) in ABBREVIATED)


#: "Transport for London", "Coalition for ...": bodies named for what they are for.
_FOR_HEADS = {"transport", "coalition", "alliance", "campaign", "partnership", "network", "movement"}
_ON_HEADS = {"commission", "committee", "council", "conference", "court", "panel", "subcommittee", "board", "centre",
             "center", "forum", "coalition"}


def bare_word(w: str, inner: bool = False) -> str:
    """A run's word without its possessive and full stop ("Japan's" -> "Japan"); initials ("J.D.") and a possessive
    inside the run ("Swiss People's Party") stay."""
    if _INITIALS.fullmatch(w) or inner and w.endswith(("’s", "'s")):
        return w
    return (w[:-2] if w.endswith(("’s", "'s")) else w).rstrip(".")


GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES


def surname_after_first_name(words: list[str], k: int) -> bool:
    """"John King", "Anna Chancellor", "Jeremy Allen White": the last word follows a known first name (and at most
    one middle name), so it is a surname even where it is also a title."""
    return 0 < k == len(words) - 1 and (fold(words[k - 1]) in GIVEN_NAMES or k >= 2 and fold(words[k - 2]) in GIVEN_NAMES
                                        and fold(words[k - 1]) not in TITLE_OR_ROLE)


def name_of_run(doc, r: tuple[int, int]) -> tuple[str, list[str], bool]:
    """(name, stripped title words, is_person) for a run of capitalised tokens."""
    hit = doc.run_names.get(r)  # (the registry asks three times per run)
    if hit is None:
        name, titles, person = _name_of_words(tuple(doc.tokens[k][2] for k in range(*r)))
        if person and len(name.split()) >= 2 and _crosshead(doc, r, name.split(), titles):
            person = False  # (the run's context, not its words alone: never cached with them)
        if person and (opener := _of_title(doc, r[0])):  # ("President of Kazakhstan Kassym-Jomart Tokayev")
            name, titles = _without_place([doc.tokens[k][2] for k in range(*r)], name, titles, opener)
        # ("GM Korea", "GM Daewoo": a company, where "GM" is the article's General Motors, no general manager)
        if person is not False and titles and (fold(name) in COUNTRIES or all(w.isupper() and fold(w) in doc.acronyms for w in titles)):
            name, titles, person = " ".join(doc.tokens[k][2] for k in range(*r)), (), False
        hit = doc.run_names[r] = (name, list(titles), person)
    name, titles, person = hit
    if person is None:  # one word: a person if the registry knows it as one, so far
        person = fold(name) in doc.persons
    return name, titles, person


_COUNTRY_OPENERS = {"South", "North", "East", "West", "New", "Saudi", "Sri", "United", "Costa", "El", "Sierra", "Burkina",
                    "Czech", "Dominican", "Papua", "Puerto", "Cabo", "Cape", "Timor"}


def _of_title(doc, i: int) -> str | None:
    """Whether the run at token ``i`` follows a title's "of" ("President of", "Foreign Minister of"): "of", or the
    first word of a country's name the run lost ("South" of "President of South Africa Cyril Ramaphosa")."""
    toks = doc.tokens
    # (or "to": "Ambassador to Norway Nikolai Korchunov")
    if i >= 2 and toks[i - 1][2] in ("of", "to") and norm_role(toks[i - 2][2]) in HUMAN_ROLES:
        return "of"
    if i >= 3 and toks[i - 1][2] in _COUNTRY_OPENERS and toks[i - 2][2] == "of" and norm_role(toks[i - 3][2]) in HUMAN_ROLES:
        return toks[i - 1][2]
    return None


def _without_place(words: list[str], name: str, titles, opener: str) -> tuple[str, list[str]]:
    """The run ``words`` after "President of" ("Kazakhstan Kassym-Jomart Tokayev"): the country of the title, then the
    name (a country of two words where the registry knows it as a place, or opens with "South", "New", ...: "South
    Africa Cyril Ramaphosa"), if ``name`` still holds the country."""
    k = 2 if opener == "of" and (fold(" ".join(words[:2])) in PLACES or words[0] in _COUNTRY_OPENERS) else 1
    rest = " ".join(words[k:])
    if len(words) - k < 2 or rest == name or not name.endswith(" " + rest):
        return name, titles
    return rest, list(titles) + [w for w in words[:k] if w not in titles]


def _crosshead(doc, r: tuple[int, int], words: list[str], titles: list[str]) -> bool:
    """"TURNS ON HARDLINERS": capitals with a word of five letters or more are a crosshead, no one's name; but not
    after a title in lower case ("Mayor SADIQ KHAN", a tabloid's name), nor before words in lower case ("VICTOR
    OSIMHEN has FINALLY got his dream move": a tabloid's first mention)."""
    # ("HE CAME BACK": a pronoun opens a crosshead, never a name)
    return (all(w.isupper() for w in words if w.isalpha())
            and (any(len(w) >= 5 for w in words) or len(words) > 1 and words[0] in _CAPS_PRONOUNS)
            and not (titles and not all(t.isupper() for t in titles))
            and not _LOWER_NEXT.match(doc.text, doc.tokens[r[1] - 1][1]))


_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_CAPS_PRONOUNS = {"HE", "SHE", "WE", "THEY", "IT", "I", "YOU"}


_POSTNOMINALS = {"MP", "MS", "MSP", "MLA", "MPP", "TD", "MEP", "AM", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE"}  # (seats)


_COMPASS = {"South", "North", "East", "West", "Central"}
#: Words that open a body's name of two words, never a title before one ("United Fresh", "Royal Mail").
_BODY_OPENERS = {"united", "royal", "federal", "national", "international"}


@lru_cache(maxsize=65536)
def _name_of_words(tokens: tuple[str, ...]) -> tuple[str, tuple[str, ...], bool | None]:
    """name_of_run's answer for a run's words, whatever the article (the same words recur: read once)."""
    while len(tokens) > 2 and tokens[-1].rstrip(".,;:") in _POSTNOMINALS:  # ("Jane Dodds MS", "Jim McMahon MP")
        tokens = tokens[:-1]
    if len(tokens) == 2 and tokens[0] in _COMPASS:  # ("South Africa", "North Korea": a country, not "Africa" titled)
        return f"{tokens[0]} {bare_word(tokens[1])}", (), False
    name, titles, person = _name_of_run(tokens)
    if "s ' " in name or "s ’ " in name:  # ("Pilots' Association": the mark stays on its word)
        name = re.sub(r"s ([’']) ", r"s\1 ", name)
    return name, tuple(titles), person


def _name_of_run(tokens: tuple[str, ...]) -> tuple[str, list[str], bool | None]:
    words = [bare_word(w, inner=k < len(tokens) - 1) for k, w in enumerate(tokens)]
    words = [w for w in words if w]
    # "HE Mahamat Zene Cherif": a state agency's style, not a name; nor "Democrats" in "Democrats Patrick Leahy"
    while len(words) > 1 and words[0] in STYLES or len(words) > 2 and fold(words[0]) in PARTY_MEMBERS:
        words = words[1:]
    if len(words) > 1 and JOINED_INITIAL.fullmatch(words[-1]):  # ("Minister of Economy and Development L.Gantumur")
        return words[-1], words[:-1], True
    # "Kenya National Commission on Human Rights": a body's remit, and no name after it; but "(Chair of the) Verkhovna
    # Rada Committee on Budget Roksolana Pidlasa" names someone after the remit, as "... of Defence Hulusi Akar" does
    remit = "on" in words and any(fold(w) in ORG_TAIL for w in words[:words.index("on")])
    if "on" in words and not remit:
        return " ".join(words), [], False
    if "of" in words or "for" in words or remit:  # "Port of Oakland", "Ministry of Defence": an institution ...
        return _name_after_office(words)
    titles = []
    last_prefix = leading_honorifics(words) - 1  # "Datuk Seri", "Tan Sri", "Dato' Sri" before a Malaysian name
    for k, w in enumerate(words):
        fw = fold(w).rstrip(".")
        if surname_after_first_name(words, k):
            continue
        # (or the portfolio's last word opens the run: "Minister for Trade and Investment Anna Lindqvist")
        if (fw in TITLE_OR_ROLE or fw in PORTFOLIO_WORDS and k == last_prefix + 1 < len(words) - 2) and not closing_name_word(words, k):
            last_prefix = k
    if 0 <= last_prefix < len(words) - 1:
        if last_prefix == len(words) - 2 and (words[-1].isupper() and len(words[-1]) > 1 or fold(words[-1]) in ORG_TAIL
                                              or len(words) == 2 and fold(words[0]) in _BODY_OPENERS):
            return " ".join(words), [], False  # "Health NZ", "City Hall", "United Fresh": a body, not a title and a name
        titles, words = words[:last_prefix + 1], words[last_prefix + 1:]
        # ("Foreign Minister Datuk Seri Hishammuddin Tun Hussein": the Malay honorifics after the office go too)
        k = leading_honorifics(words)
        if 0 < k < len(words) - 1:
            titles, words = titles + words[:k], words[k:]
    elif last_prefix == len(words) - 1:
        return " ".join(words), [], False  # all titles/institutions: "White House", "US President"
    # ("Abang Johari Tun Openg": "Tun" inside a Malay name joins it to the father's, like "bin")
    if len(words) > 3 and not any(fold(w) in _PARTICLES | {"tun"} for w in words[1:-1]) and not any(fold(w) in ORG_TAIL for w in words):
        # ("Benigno S. Aquino III": the name before a generational suffix, and the suffix)
        suffix = words[-1:] if words[-1].rstrip(".") in {"II", "III", "IV", "Jr", "Sr"} else []
        words = _trailing_name(words[:len(words) - len(suffix)]) + suffix  # "Mohammed bin Abdulrahman Al Thani" keeps its whole name
    # (not "Annex C", "African Integration": a document's part, a run ending in an abstract noun)
    last = fold(words[-1])
    joined = len(words) == 1 and JOINED_INITIAL.fullmatch(words[0]) is not None  # ("B.Solongo": a person)
    person = ((len(words) >= 2 or joined) and not any(fold(w) in ORG_TAIL for w in words) and last not in STATES
              and last not in THINGS and fold(" ".join(words)) not in PLACES and fold(words[0]) not in DOCUMENT_PARTS
              and not last.endswith(("ation", "ition", "ution")))
    return " ".join(words), titles, None if len(words) == 1 and not joined else person


_PARTICLES = {"bin", "bint", "al", "el", "ibn", "abu", "de", "da", "van", "von", "der", "del", "la", "le", "di"}


def _name_after_office(words: list[str]) -> tuple[str, list[str], bool]:
    """A run holding "of", "for" or a remit's "on": an institution ("Port of Oakland", "Ministry of Defence"), unless
    a person's name ends it ("Minister of National Defence Hulusi Akar"): then the name, after the office's words."""
    k = max(k for k, w in enumerate(words) if w in ("of", "for", "on"))  # ("Minister of State for Foreign Affairs X")
    tail = words[k + 1:]
    while tail and ((f := fold(tail[0]).rstrip(".")) in TITLE_WORDS or f in ORG_TAIL or f == "the"):
        tail = tail[1:]
    # (or a place before it that is no title word: "... of the Republic of Türkiye Hakan Fidan")
    if len(tail) >= 2 and (len(tail) < len(words[k + 1:]) or len(tail) >= 3) \
            and not any(fold(w) in ORG_TAIL or fold(w)[:-1] in ORG_TAIL for w in tail) and "and" not in tail \
            and fold(tail[-1]) not in STATES and fold(tail[-1]) not in THINGS \
            and not fold(tail[-1]).endswith(("ation", "ition", "ution")):  # ("... of South African Trade Unions")
        if not any(fold(w) in _PARTICLES for w in tail[1:-1]):
            # (the word after "of" is the country or portfolio: "... of Singapore Lee Hsien Loong")
            tail = _trailing_name(tail[1:] if len(tail) >= 3 else tail)
        return " ".join(tail), words[: len(words) - len(tail)], True
    # ("Minister of Home Affairs Nguyen Manh Khuong", "Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung": a
    # titled office's portfolio, then two or three words of a name after its last word)
    cut = max((k for k, w in enumerate(words[:-1]) if _office_word(w)), default=-1)
    name = words[cut + 1:]
    if fold(words[0]).rstrip(".") in TITLE_WORDS and k < cut and 2 <= len(name) <= 3 \
            and not any(_office_word(w) or fold(w) in THINGS for w in name):
        return " ".join(name), words[:cut + 1], True
    return " ".join(words), [], False


def _trailing_name(words: list[str]) -> list[str]:
    """The name ending a run of an office and a name: what follows its last word of a place, a portfolio or an
    institution when that is two or three words ("... of Singapore Lee Hsien Loong", "... Human Rights Yasonna H.
    Laoly"), else the last two words (three with an initial between them)."""
    cut = max((k for k, w in enumerate(words[:-1]) if _office_word(w)), default=-1)
    # (four name words and no office or style among them: "Amir Khasru Mahmud Chowdhury", "Mirza Fakhrul Islam Alamgir")
    four = cut < 0 and not any(_office_word(w) or fold(w).rstrip(".") in _STYLED or w.endswith(".") for w in words)
    if 2 <= len(words) - cut - 1 <= (4 if four else 3):
        return words[cut + 1:]
    return words[-3:] if len(words) >= 3 and _INITIALS.fullmatch(words[-2]) else words[-2:]


_STYLED = TITLE_WORDS | {"right", "honourable", "honorable", "datuk", "dato", "seri", "tan", "sri", "haji", "hajah", "mullah"}


def _office_word(w: str) -> bool:
    f = fold(w).rstrip(".")
    return f in ORG_TAIL or f in PORTFOLIO_WORDS or f in TITLE_OR_ROLE or f in PLACES or f in STATES or f in {
        "of", "for", "and", "the"}


#: A Mongolian name as the press writes it: the father's initial, a full stop, the name ("L.Oyun-Erdene", "B.Solongo";
#: an initial of two letters for one Cyrillic letter: "Ch.Khurelbaatar", "Ts.Nyamdorj").
JOINED_INITIAL = re.compile(r"(?:[A-Z]|Ch|Sh|Ts|Kh|Zh|Ya|Yu|Ye)\.[A-Z][a-z][\w’'-]*")


def closing_name_word(words: list[str], k: int) -> bool:
    """"Kim Jong Un": "Un" closing a name is no "UN", though "UN" opens "UN envoy Geir Pedersen"."""
    return k == len(words) - 1 and k > 0 and fold(words[k]) in {"un", "us", "eu", "uk"} and not words[k].isupper()


#: The role words as norm_role spells them.
ROLE_NORMS = {norm_role(w) for w in HUMAN_ROLES}
