"""Who a short mention stands for, by position in the article: "Park said" with two Parks named, "the Ministry
said" after "the Ministry of Foreign Affairs", whether a one-word name is a person the article calls Mr or Dr, and
a role's holder introduced only further down."""

from __future__ import annotations

import re

from stance.extract.names import fold
from stance.extract.persons import pet_name_of, registry_index, starting
from stance.extract.scan import CAPITAL, anchored, scouted, scouted_any
from stance.extract.unnamed import person_noun
from stance.extract.vocabulary import HUMAN_ROLES, ORG_ROLES, PLACES, STOP_CAPS


def latest_bearer(doc, name: str, key: int) -> str | None:
    """"Park said", with Park Dan and Park Min-soo both in the article: the one named last before ``key``."""
    if " " in name:
        return None
    f = fold(name)
    bearers = doc.bearers.get(f)
    if not bearers:
        return None
    if len({full for _, full in bearers}) < 2:
        # "Restrepo said", where the byline's Camilo Restrepo Vega has it inside his name but Labour Minister
        # Griselda Restrepo ends hers with it: the one whose surname it is
        other = doc.persons.get(f, "")
        before = [full for pos, full in bearers if pos < key]
        return before[-1] if before and other and other != before[-1] and fold(other).split()[-1] != f else None
    before = [full for pos, full in bearers if pos < key]
    return before[-1] if before else None


def latest_institution(doc, name: str, key: int) -> str | None:
    """"The Ministry said" after "the Ministry of Foreign Affairs": the institution of that kind named last."""
    f = fold(name)
    if " " in name or f not in ORG_ROLES:
        return None
    k = doc.before(doc._org_pos, key)
    return next((org for _, org in reversed(doc.orgs[max(0, k - 100):k])
                 if fold(org.split()[0]) == f and len(org.split()) > 1), None)


def honoured(doc, name: str) -> bool:
    """Whether the article calls ``name`` Mr, Mrs, Ms, Dr ...: a person known by one name, not a country or a body."""
    if doc.honoured is None:
        # (or a personal title: "President Trump", "Senator Cash", "Prime Minister Carney")
        doc.honoured = {m.group(1) for m in scouted(_HONOURED, doc.text)}
    return name in doc.honoured


_HONOURED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Madam|President|Senator|Sen|Rep|Governor|"
                       r"Gov|Chancellor|Premier|Prime\s+Minister|Minister|Secretary|Ambassador|General|"
                       r"Judge|Justice|Mayor|Pope|King|Queen|Prince|Sheikh)\.?\s+([A-Z][\w’'-]*)"
                       r"(?![\w’'-]*\s+[A-Z])")


def shortened_name(doc, name: str) -> str | None:
    """"Ney" for Neymar, "Rog" for Roger Goodell: a one-word name nobody has, the start of one person's name."""
    memo = doc.fit_memo.setdefault("shortened", {})  # (asked again for each mention: the answer is the article's)
    if name not in memo:
        memo[name] = _shortened(doc, name)
    return memo[name]


def introduced(doc, name: str) -> bool:
    """Whether the article introduces someone by ``name`` alone, an indefinite description of a person after it
    ("Will, a crew member who has spoken out, said"; not "In Wellington, a spokesperson said")."""
    found = doc.fit_memo.get("introduced")
    if found is None:  # (the names introduced so are found once per article)
        found = doc.fit_memo["introduced"] = {
            m.group(1) for m in anchored(_INTRODUCED, doc.text, _COMMA_A, 1, opening=CAPITAL)  # (before ", a")
            # (but "Omar spoke to Hana, a teacher ...": someone a reporter spoke to)
            if not re.search(r"(?<!spoke )(?<!talked )\b(?:[Ii]n|[Aa]t|[Ff]rom|[Oo]n|[Tt]o|[Ii]nto|[Nn]ear)\s+$",
                             doc.text[max(0, m.start() - 14):m.start()])
            and any(person_noun(w) for w in m.group(2).lower().split())}
        # ("a shopkeeper reached by phone, Hamid, was sceptical": the description first, the name after it)
        found |= {m.group(2) for m in anchored(_INTRODUCED_AFTER, doc.text, _COMMA_NAME, 7, opening=_A)
                  if any(person_noun(w) for w in m.group(1).lower().split()[:4])}
    return name in found


_INTRODUCED = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]+),\s+(?:a|an)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
_INTRODUCED_AFTER = re.compile(r"\b(?:a|an)\s+((?:[a-z][\w’'-]*\s+){0,5}[a-z][\w’'-]*),\s+([A-Z][a-z][\w’'-]*),")
#: Where each is looked for: the words before ", a", before ", Hamid" (from an "a")
_COMMA_A, _COMMA_NAME, _A = re.compile(r",\s+an?\s"), re.compile(r",\s+[A-Z][a-z]"), re.compile("a")


def _shortened(doc, name: str) -> str | None:
    f = fold(name)
    # (not "who gave his name only as Juma": a name given so is all the article has, not "Jumanne" cut short; nor
    # "Will, a crew member who has spoken out, said": someone introduced by that name alone)
    if len(f) < 3 or not name[:1].isupper() or name.isupper() or f in STOP_CAPS or f in PLACES or gave_name(doc, name) \
            or introduced(doc, name):
        return None
    # (each person's folded words: the longer ones that start with the name)
    words = registry_index(doc, "person_words", lambda people: ((w, full) for full in people for w in fold(full).split()))
    people = {full for w, full in starting(words, f) if len(w) > len(f)}
    if len(people) == 1:
        return people.pop()
    if people:
        return None
    if (pet := pet_name_of(doc, name)) is not None:  # ("Gats" for Warren Gatland)
        return pet
    # ("Ney" for Neymar, known by one name: a longer capitalised word the article uses at least twice)
    # (not "Australian" for Australia: three letters more at least, and no demonym's ending)
    # (tried only where the name stands: scan.scouted)
    longer = [m.group() for m in scouted(re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?!ian\b|ese\b|ish\b)[a-z]{3,}(?![\w’'-])"),
                                         doc.text, scout=re.compile(re.escape(name)))]
    return longer[0] if len(set(longer)) == 1 and len(longer) >= 2 and fold(longer[0]) not in STOP_CAPS | PLACES else None


_POSSESSED_OFFICE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s\s+[Oo]ffice)\b")


def possessed_office(doc, key: int) -> str | None:
    """The "<someone>'s Office" named last before ``key`` (outside quotes, within a few paragraphs)."""
    found = [m for m in _POSSESSED_OFFICE.finditer(doc.text, max(0, key - 3000), key) if not doc.in_quote(m.start())]
    return re.sub(r"^The\s+", "", found[-1].group(1)) if found else None


def introduced_after(doc, head: str, words: list[str], key: int) -> tuple[int, str] | None:
    """"the Turkish president has told reporters", in a live blog whose oldest entry, further down, introduces
    "Turkish President Recep Tayyip Erdogan": the first holder named after ``key`` with every word of the role,
    if the text up to the end of ``key``'s sentence has named them already ("Erdogan")."""
    k = doc.before(doc._role_pos, key)
    return next(((pos, person) for pos, rw, person in doc.roles[k:k + 200]
                 if head in rw and all(w in rw or same_place(w, rw) for w in set(words) - {head})
                 and doc.text.find(person.split()[-1], 0, doc.sentence_of(key)[1]) >= 0), None)


def same_place(word: str, role_words: set[str]) -> bool:
    """"belgian" and "belgium", "azerbaijani" and "azerbaijan", "iranian" and "iran": a people and its country, as
    a role's holder was introduced ("Prime Minister of the Kingdom of Belgium") and later called ("the Belgian
    Prime Minister")."""
    if len(word) < 4 or word in HUMAN_ROLES:
        return False
    # ("Turkey's president" and "the Turkish president", "China's" and "Chinese": a shared stem of four letters,
    # with at most two more in the shorter word, so never "Austria" and "Australia")
    words = {re.sub(r"[’']s$", "", w) for w in role_words}
    return any(len(w) >= 4 and w not in HUMAN_ROLES and (w.startswith(word) or word.startswith(w) or len(w) >= 5
                                                         and len(word) >= 5 and w[:5] == word[:5]
                                                         or w[:4] == word[:4] and min(len(w), len(word)) <= 6)
               for w in words)


def gave_name(doc, person: str) -> bool:
    """"a sanitation worker, who gave only his first name, Darnell": a one-word name the article says is a name
    (the names given so are found once per article)."""
    if doc.given_names is None:
        doc.given_names = {m.group(1) for m in scouted_any(_GIVEN_NAME, doc.text, _GIVEN_NAME_WORDS)} | {
            m.group(1) for m in anchored(_NAME_GIVEN, doc.text, _WHO_GAVE, 2, reach=64, opening=CAPITAL)}
    return person in doc.given_names


_GIVEN_NAME = re.compile(r"\b(?:name(?:\s+only)?(?:\s+as)?,?|identified\s+(?:only\s+)?as)\s+([A-Z][\w’'-]*)")
_GIVEN_NAME_WORDS = ("name", "identified")
#: "Valentyna, a pharmacist who gave only her first name,": the name before its description
_NAME_GIVEN = re.compile(r"\b([A-Z][\w’'-]*),\s+(?:an?|the)\s[^,;:.]{1,60}?\bwho\s+(?:gave|would\s+give)\s+only\s+"
                         r"(?:his|her|their)\s+first\s+name\b")
#: Its "who gave": sixty characters and two words (the name, "a" or "the") at most after the name's start
_WHO_GAVE = re.compile(r"who(?=\s+(?:gave|would\s+give)\s)")
