"""Who "he", "she" or "his office" stands for: the person (or single unnamed source) named or speaking last; who
"the same source" is: whoever spoke last."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from stance.extract.bearers import gave_name, honoured
from stance.extract.gender import gender_ok
from stance.extract.names import fold
from stance.extract.persons import is_person
from stance.extract.unnamed import UNNAMED, plural_source
from stance.extract.scan import CAPITAL, anchored, opening_scouted, scouted
from stance.extract.vocabulary import PRONOUNS, UNION_NAMES


# ("Receiving Mr Netanyahu at Mar-a-Lago, he said": whom a fronted participle acts on is not "he" either)
_FRONTED_CLAUSE = re.compile(r"(?:^|[.!?:]\s+|\n)(Asked\s+(?:whether|if|about|why|how|what|when|who)\b|"
                             r"(?!(?:According|During|Beijing|King|Nothing|Something|Everything|Anything|Morning|"
                             r"Evening|Spring|Sterling|Stirling|Reading|Downing|Manning|Fleming|Harding|Kunming|Nanjing|"
                             r"Chongqing)\b)[A-Z][a-z]{2,}ing\s+(?=[a-zA-Z]))[^,.;:!?]*")


def _spans_opening_before(doc, name: str, find, pos: int, reach: int) -> list[tuple]:
    """The spans ``find`` reads off the article's text (found once per article, each opening with where it starts)
    that open in the ``reach`` characters up to ``pos``, found by bisection."""
    memo = doc.fit_memo.get(name)
    if memo is None:
        spans = find(doc.text)
        memo = doc.fit_memo[name] = (spans, [span[0] for span in spans])
    spans, starts = memo
    return spans[bisect_left(starts, pos - reach):bisect_right(starts, pos)]


#: "At new coach İsmail Kartal's unveiling last week he admitted ...": whose event a fronted phrase names is not "he"
_FRONTED_OWNER = re.compile(r"(?:^|[.!?:]\s+|\n)((?:At|During|After|Before|Following|Since|Until|On|In)\s+(?:[\w-]+\s+){0,4}?"
                            r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[’']s\s+[a-z][\w-]*)")
#: Where each pattern above can open after the text's start: a stop or line break, then its first word (scan.scouted;
#: tried after every stop and capital instead, the two took about 17 ms per MB of hostile text, now about 10)
_ASKED_OR_PARTICIPLE_OPENS = re.compile(r"[.!?:\n]\s*(?:Asked\s|[A-Z][a-z]{2,}ing\s)")
_PHRASE_OPENS = re.compile(r"[.!?:\n]\s*(?:At|During|After|Before|Following|Since|Until|On|In)\s")


def _in_fronted_clause(doc, pos: int) -> bool:
    """Whether ``pos`` lies in an "Asked whether ..." or participle clause, or a phrase naming someone's event, that
    opens a sentence within 100 characters before it."""
    # (from the clause's first word: "Receiving Mr Netanyahu" is one run of capitals, named from its start)
    spans = _spans_opening_before(doc, "fronted", lambda t: sorted(
        [(m.start(), m.start(1), m.end()) for m in opening_scouted(_FRONTED_CLAUSE, t, _ASKED_OR_PARTICIPLE_OPENS)]
        + [(m.start(), m.start(1), m.end()) for m in opening_scouted(_FRONTED_OWNER, t, _PHRASE_OPENS)]), pos, 100)
    return any(kw <= pos <= e for _, kw, e in spans)


#: "Zbigniew Boniek — the former PZPN president who hired Sousa to replace Jerzy Brzęczek — didn't hold back": an
#: aside between dashes after a name, whose own names are background to the sentence's subject
_ASIDE = re.compile(r"[A-Z][\w’'.-]*\s+[—–]\s+([^—–\n]{5,200}?)\s+[—–]\s")
_DASH = re.compile("[—–]")
#: "Energy Commissioner Kadri Simson, who travelled with von der Leyen, put numbers on ...": whom a relative clause
#: after a name mentions is not "she" next
_WHO_ASIDE = re.compile(r"[A-Z][\w’'.-]*,\s+(who\s+[^,;:.!?“”\"\n]{5,150}),\s+[a-z]")


#: Its "who", after a comma and the name's one word
_WHO = re.compile(r"who(?<=\swho)\s")


def _in_aside(doc, pos: int) -> bool:
    """Whether ``pos`` lies in an aside between dashes after a name, or in a relative clause between commas after one."""
    spans = _spans_opening_before(doc, "asides", lambda t: sorted(
        [(m.start(1), m.end(1)) for m in anchored(_ASIDE, t, _DASH, 1, opening=CAPITAL)]  # (before each dash)
        + [(m.start(1), m.end(1)) for m in anchored(_WHO_ASIDE, t, _WHO, 1, opening=CAPITAL)]), pos, 200)
    return any(a <= pos < e for a, e in spans)


#: "..., Mr Sonko told a briefing, speaking alongside Mr Embaló and the prime minister, Rui Duarte Barros.": those
#: beside the speaker are background, not who "he" is next
#: ("... spoke at Matignon with three ministers at his side: Bruno Le Maire at the economy, ...": the list after it)
_BESIDE = re.compile(r",\s+(?:(?:speaking|standing|sitting|seated|appearing|flanked)\s+[^,.;:!?]{0,60}?)?"
                     r"(?:alongside|beside|flanked\s+by|next\s+to|accompanied\s+by|joined\s+by)\s+([^.;!?\n]{3,200})"
                     r"|\bat\s+(?:his|her|their)\s+side\s*[:—–]\s*([^.;!?\n]{3,200})")
#: (each branch opening with a literal character, so the scan skips to a comma or an "a" in C)
_BESIDE_SCOUT = re.compile(r",\s+(?:(?:speaking|standing|sitting|seated|appearing|flanked)\s+[^,.;:!?]{0,60}?)?"
                           r"(?:alongside|beside|flanked\s+by|next\s+to|accompanied\s+by|joined\s+by)|at\s+(?:his|her|their)\s+side")


def _beside_speaker(doc, pos: int) -> bool:
    """Whether ``pos`` lies in a phrase naming those beside a speaker, after a comma, or in a participle's phrase after
    an attribution ('..., he writes, referring to a gap he blames on former finance minister Assen Vassilev.')."""
    spans = _spans_opening_before(doc, "beside", lambda t: sorted(
        [m.span(m.lastindex) for m in scouted(_BESIDE, t, scout=_BESIDE_SCOUT)]
        + [m.span(1) for m in anchored(_AFTER_ATTRIBUTION, t, _COMMA_PARTICIPLE, 3, opening=_H_OR_S)]), pos, 200)
    return any(a <= pos < e for a, e in spans)


_AFTER_ATTRIBUTION = re.compile(r"\b(?:he|she)\s+(?:said|says|writes|wrote|added|adds|told\s+\w+),\s+([a-z]+ing\s[^.;!?\n]{3,200})")
#: (looked for in the three words before each ", referring ...": from their "he" or "she")
_COMMA_PARTICIPLE, _H_OR_S = re.compile(r",\s+[a-z]+ing\s"), re.compile("[hs]")


def _bare_name(doc, person: str) -> bool:
    """"Tsipras said ...", "Merkel said ...": a one-word speaker the article never treats as a place or a body
    ("in Wellington", "the Belgian", "Wellington estimates its exports"), so a person (the words so treated are found
    once per article)."""
    things = doc.fit_memo.get("things")
    if things is None:
        t = doc.text
        things = doc.fit_memo["things"] = {m.group(1) for m in scouted(_PLACE_OR_BODY, t, scout=_PLACE_OR_BODY_SCOUT)} | {
            m.group(1) for m in anchored(_ITS, t, _ITS_END, 3)}  # (tried only before each "its")
    return person not in things and not person.endswith(("’d", "'d"))


# "the Belgian", "in Wellington", "of Antigua and Barbuda"; "Wellington estimates its", "Qantas said its" (not "with
# Tsipras", "of Merkel": people are talked with and of too)
_PLACE_OR_BODY = re.compile(r"\b(?:(?:[Tt]he|in|at|from)\s+|of\s+[A-Z][\w-]+\s+and\s+)([A-Z][\w’'-]*)")
_PLACE_OR_BODY_SCOUT = re.compile(r"The\s+[A-Z]|the\s+[A-Z]|in\s+[A-Z]|at\s+[A-Z]|from\s+[A-Z]|of\s+[A-Z][\w-]+\s+and\s+[A-Z]")
_ITS = re.compile(r"\b([A-Z][\w’'-]*?)(?:[’']s)?\s+(?:[a-z]+\s+){0,2}its\b")
_ITS_END = re.compile(r"its(?<=\sits)\b")  # (the literal first, so the search for it runs in C)


def _a_place(doc, name: str) -> bool:
    """"Bocas del Toro", where the article is twice "in Bocas del Toro": a place whose name reads like a person's
    (once may be "confidence and supply in Julia Gillard"). The words after each such preposition are counted once
    per article, every leading run of them."""
    places = doc.fit_memo.get("places")
    if places is None:
        places = doc.fit_memo["places"] = Counter()
        for m in scouted(_LOCATED, doc.text):
            words = m.group(1).split()
            places.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return places[name] >= 2


#: "in Bocas del Toro", "across Greater Manchester": up to four words of a place after a preposition of place
_LOCATED = re.compile(r"\b(?:in|near|around|across|outside|throughout)\s+([A-Z][\w’'-]*(?:\s+(?:(?:del|de|la|da|do|"
                      r"of|the|and)\s+)?[A-Z][\w’'-]*){0,3})")


def nearest(doc, key: int, speakers_so_far: list[tuple[int, str]], gender: str | None) -> str | None:
    """The person (or single unnamed source) named or speaking last before ``key``, of the right gender."""
    spoke = {p for _, p in speakers_so_far[-50:]}
    # in a transcript's turn, "she" is never the one speaking (who says "I"), unless the turn relays her
    own = doc.turn_speaker(key) if not doc.relayed_turn(key) else None

    memo = doc.fit_memo
    # (the one who asks, only in a two-voice interview: a panel's guests talk about one another)
    asker = next((label for _, _, label in doc.turn_spans if label != own), None) \
        if own and len(doc.turn_voices()) == 2 else None
    # (or, in a panel, the one whose question this turn answers: "KAO: How did she answer that? HUANG: She said ...")
    asker = asker or (_question_before(doc, key) if own else None)

    def fits(person):
        # (asked of the same few people again and again: the answer depends on these alone)
        k = (person, gender, own, asker, person in spoke)
        if k not in memo:
            memo[k] = _fits(person)
        return memo[k]

    def _fits(person):
        # (the turn's label may be the surname alone: "AUNG-WHITFIELD" is Rafael Aung-Whitfield; nor the one who
        # asks: a guest calls the host "you", and "he" is someone they talk about)
        # (nor the asker by the first name a guest calls her: "Lucía" for LUCÍA ARTEAGA)
        if own and (person == own or any(fold(person).split()[-1:] == fold(v).split()[-1:] or fold(person) == fold(v).split()[0]
                                         for v in (own, asker) if v)):
            return False
        single_source = person.endswith(UNNAMED) and not plural_source(person)
        # "Mrs Adaeze": a speaker known by one name is a person too, unless it names an organisation
        # ("President Trump was all smiles. ... he said": a title makes one a person before speaking)
        # (never a body's name: "Unite", "the union" the article named)
        one_name = (_one_word_name(doc, person) and person not in UNION_NAMES and person not in doc.org_names()
                    and (honoured(doc, person) or person in spoke and (gave_name(doc, person) or _bare_name(doc, person))))
        return (is_person(doc, person) and not _a_place(doc, person) or one_name) and gender_ok(doc, person, gender) \
            or single_source

    k = doc.before(doc._sal_pos, key)
    # the last one before ``key`` that fits, a speaker over a name at the same place (read from the last back, so
    # the first that fits is the answer and the rest are never asked about)
    named = [(pos, 0, i, p) for i, (pos, p) in enumerate(doc.salient[max(0, k - 50):k])]
    said = [(pos, 1, i, p) for i, (pos, p) in enumerate(speakers_so_far[-50:]) if pos < key]
    for pos, kind, _, person in sorted(named + said, reverse=True):
        # a name inside what someone said ("... claimed Ms Rayner was complicit") does not take over "she"
        # nor one the question was about ("Asked whether Trump had heard him, he said: ...": he answers, Trump does not)
        if kind == 0 and (doc.in_statement(pos) or _in_fronted_clause(doc, pos) or _in_aside(doc, pos)
                          or _beside_speaker(doc, pos)):
            continue
        if fits(person):
            return person
    return None


def _question_before(doc, key: int) -> str | None:
    """The speaker of the transcript turn just before the one holding ``key``, if that turn ends with a question."""
    from stance.extract.groups import VOICES  # (groups asks this module where places are)

    k = bisect_right(doc.turn_spans, (key, float("inf"))) - 1
    if k < 1:
        return None
    a, b, label = doc.turn_spans[k - 1]
    if not doc.text[a:b].rstrip().endswith("?") or label == doc.turn_spans[k][2]:
        return None
    # (the host's own label, "KAO:", where the turn is only "interviewer")
    written = next((doc.text[x:y].strip(" :\t") for x, y in doc.label_spans if y <= a and a - y < 5), None)
    return written if label in VOICES and written else label


def last_speaker(so_far: list[tuple[int, str]], key: int) -> str | None:
    """The speaker of the statement last before ``key``, if it is near (3,000 characters): "the same source added"."""
    return next((who for pos, who in reversed(so_far[-10:]) if pos < key and key - pos < 3000), None)


def topic_person(doc, key: int, speakers_so_far: list[tuple[int, str]]) -> str | None:
    """Who an epithet ("The Dutchman said", "The GM said") stands for: the person the sentence before is about (its
    speaker, else the first person it names; a crosshead between is skipped), else whoever was named or spoke
    last."""
    s, _ = doc.sentence_of(key)
    ps = s
    while ps > 0:
        ps, pe = doc.sentence_of(ps - 1)
        if any(c.islower() for c in doc.text[ps:pe]):  # ("SLOT'S JOKE": a crosshead says nothing about anyone)
            break
    if ps == s:
        return nearest(doc, key, speakers_so_far, None)
    # (a transcript's "Guests:" line heads no statement about anyone)
    voices = doc.turn_voices()
    spoke = [who for pos, who in speakers_so_far[-10:] if ps <= pos < key and _person_like(doc, who)
             and who not in voices]
    if spoke:
        return spoke[-1]
    k = doc.before(doc._sal_pos, ps)
    named = next((p for pos, p in doc.salient[k:k + 20] if pos < s and not doc.in_statement(pos) and _person_like(doc, p)
                  and not p.endswith(UNNAMED)), None)
    # ("Neymar wept on the pitch": a one-word name is not salient, but may be the sentence's subject)
    first = _OPENING_WORD.match(doc.text, ps, s)
    # (and a name, written so mid-sentence too: not "They include ...")
    if named is None and first and _person_like(doc, first.group(1)) \
            and _found(doc, first.group(1), after_lower=True):
        named = first.group(1)
    return named or nearest(doc, key, speakers_so_far, None)


_OPENING_WORD = re.compile(r"\s*([A-Z][a-z]+)\s+[a-z]")


def _person_like(doc, who: str) -> bool:
    """A person's full name, or one word the article never writes in lower case ("Neymar"; not "Guests:", "The") nor
    treats as a place or a body."""
    return is_person(doc, who) or (_one_word_name(doc, who) and who.isalpha() and fold(who) not in PRONOUNS
                                   and _bare_name(doc, who) and not _found(doc, who.lower()))


def _one_word_name(doc, who: str) -> bool:
    """One capitalised word, not all capitals, that names no organisation the registry holds: the shape of a name a
    person may be known by alone ("Tsipras", "Neymar")."""
    return " " not in who and who[:1].isupper() and not who.isupper() and who not in doc.org_names()


def _found(doc, word: str, after_lower: bool = False) -> bool:
    """Whether ``word`` occurs in the article as a word (``after_lower``: after a lower-case letter or a comma and
    a space, mid-sentence), asked once per word and article. Each place the word is written is found by a plain
    search and looked at (a pattern opening with what precedes the word would be tried at every character)."""
    memo = doc.fit_memo.setdefault("found", {})
    key = (word, after_lower)
    if key not in memo:
        t, i, hit = doc.text, doc.text.find(word), False
        while i >= 0 and not hit:
            end = i + len(word)
            hit = (end == len(t) or not (t[end].isalnum() or t[end] == "_")) and (
                _LOWER_THEN_SPACE.search(t, max(0, i - 200), i) is not None if after_lower
                else i == 0 or not (t[i - 1].isalnum() or t[i - 1] == "_"))
            i = t.find(word, i + 1)
        memo[key] = hit
    return memo[key]


_LOWER_THEN_SPACE = re.compile(r"[a-z,]\s+\Z")
