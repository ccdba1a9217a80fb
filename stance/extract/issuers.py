"""Who speaks through a body someone owns or a document someone issued: "Netanyahu's office", "his office", "a
statement from the Prime Minister's Office", "A joint statement, issued by the US State Department,"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.names import norm_role
from stance.extract.vocabulary import ORG_ROLES

if TYPE_CHECKING:
    from stance.extract.speakers import Speaker

#: A body by its kind: "The federation" (of "The federation's statement")
_THE_BODY = re.compile(r"The\s+[a-z]+")
#: A word _STATEMENT_BY needs: where none stands, the pattern is not tried
_DOCUMENT_WORDS = ("statement", "readout", "release", "communiqu")
_DOCUMENT_WORD = re.compile("|".join(_DOCUMENT_WORDS), re.IGNORECASE)


def _holds_document_word(seg: str) -> bool:
    """Whether _DOCUMENT_WORD finds a word in ``seg``: in plain ASCII, where ignoring case is lower-casing, found in C
    without the pattern (which, ignoring case, is tried at every character)."""
    if seg.isascii():
        low = seg.lower()
        return any(w in low for w in _DOCUMENT_WORDS)
    return _DOCUMENT_WORD.search(seg) is not None


#: the documents through which one person speaks: "his statement", "Mr Varadkar's full letter"
SPOKEN_DOCUMENTS = r"(?:statement|letter|post|tweet|message|remarks|speech)"
_SPOKEN_WORDS = tuple(SPOKEN_DOCUMENTS[3:-1].split("|"))
_OWNED = re.compile(r"(.+?)[’']s\s+(office|government|administration|campaign|ministry|press\s+office|team|family|relatives|parents|"
                    # ("Honda's China investment arm": a company's unit, which speaks as itself)
                    r"(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?(?:arm|unit|subsidiary|division))")
#: (and to whom: "OUSD's message to parents says ...")
_ISSUED_BY_NAME = re.compile(r"(.+?)[’']s\s+(?:(?:full|own|latest|written|brief|earlier|first)\s+)?"
                             + SPOKEN_DOCUMENTS + r"(?:\s+to\s+(?:its\s+|their\s+|the\s+)?[a-z]+(?:\s+[a-z]+)?)?")
_NAMED_DOCUMENT = re.compile(r"(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)\s+(?:joint\s+|written\s+|brief\s+)?"
                             + SPOKEN_DOCUMENTS)
#: "a statement from Netanyahu's office", "A joint statement, issued by the US State Department,"
#: (or another document: "according to a readout issued by the Office of the Prime Minister")
_STATEMENT_BY = re.compile(r"(?:an?|the)\s+(?:joint\s+|written\s+|brief\s+)?(?:statement|readout|press\s+release|communiqu[eé]),?\s+"
                           r"(?:from|by|(?:issued|released|published)\s+by)\s+", re.IGNORECASE)
#: "Reports from the Cyprus News Agency say ...": the agency whose reports they are
_REPORTS_FROM = re.compile(r"(?:(?:an?|the)\s+)?[Rr]eports?\s+(?:from|by)\s+(?=(?:the\s+)?[A-Z])")
_DOCUMENT = re.compile(r"(?:an?|the)\s+(?:joint\s+|written\s+|brief\s+)?(?:statement|communiqu[eé]|declaration|letter)",
                       re.IGNORECASE)
_ISSUED_AFTER = re.compile(r",\s+(?:issued|released|put\s+out|published|signed)\s+by\s+([^,;:.“”\"]{2,80}),")
#: "His statement said", "Her first post after the ruling called ...": whoever "he" or "she" is issued it
_HIS_DOCUMENT = re.compile(r"(his|her)\s+(?:(?:full|own|latest|written|brief|earlier|first|second|last|new|next)\s+)?"
                           + SPOKEN_DOCUMENTS + r"(?:\s+(?:after|on)\s+[^,;:]{2,40})?", re.IGNORECASE)
_HIS_OFFICE = re.compile(r"(his|her)\s+(?:(?:media|press|private|own)\s+)?(office|government|administration|campaign|ministry|department|team|spokesperson|"
                         r"spokesman|spokeswoman)", re.IGNORECASE)


def possessed_or_issued(doc, a: int, b: int, seg: str) -> Speaker | None:
    """"Netanyahu's office" (owned), "a statement from X" (X), "his office" (office): the speaker phrase ``seg`` at
    [a, b) as a possessed body or an issued document's issuer, or None."""
    from stance.extract.speakers import Speaker, parse_speaker  # (deferred: speakers asks this module first)

    # (each pattern is tried only where the words it needs stand: most phrases hold none)
    possessive = "s " in seg and ("’s" in seg or "'s" in seg)
    owned = _OWNED.fullmatch(seg) if possessive else None
    if owned and owned.group(1)[:1].isupper():
        who = parse_speaker(doc, a, a + owned.end(1), whole=True)
        if who is not None and who.kind == "name":
            unit = owned.group(2)
            return Speaker("owned", seg, a, b, special=unit if unit[:1].isupper() else unit.lower())
    issued = _ISSUED_BY_NAME.fullmatch(seg) if possessive else None
    if issued and issued.group(1)[:1].isupper():  # "Mr Varadkar's full statement did say": whoever issued it
        who = parse_speaker(doc, a, a + issued.end(1), whole=True)
        if who is not None and who.kind == "name":
            return who
        # (or a body by its kind: "The federation's statement said", the federation named before)
        if _THE_BODY.fullmatch(issued.group(1)) and norm_role(issued.group(1).split()[-1]) in ORG_ROLES:
            return Speaker("role", issued.group(1), a, a + issued.end(1))
    # "The TNLA statement said", "A State Department statement said": its issuer
    named = _NAMED_DOCUMENT.fullmatch(seg) if seg.endswith(_SPOKEN_WORDS) else None
    if named and (who := parse_speaker(doc, a + named.start(1), a + named.end(1), whole=True)) is not None \
            and who.kind == "name":
        return who
    stmt = _STATEMENT_BY.match(seg) if _holds_document_word(seg) else _REPORTS_FROM.match(seg) if "eport" in seg else None
    if stmt:  # "a statement from Netanyahu's office": whoever issued it
        inner = parse_speaker(doc, a + stmt.end(), b, whole=True)
        if inner is not None:
            return inner
    # "A joint statement, issued by the US State Department, spoke of ...": whoever issued it, named after a comma
    issued = _ISSUED_AFTER.match(doc.text, b, b + 160) if _DOCUMENT.fullmatch(seg) else None
    if issued and (inner := parse_speaker(doc, issued.start(1), issued.end(1), whole=True)) is not None:
        return inner
    document = _HIS_DOCUMENT.fullmatch(seg) if "is " in seg or "er " in seg else None
    if document:
        pronoun = "he" if document.group(1).lower() == "his" else "she"
        return Speaker("pronoun", pronoun, a, a + len(document.group(1)))
    office = _HIS_OFFICE.fullmatch(seg)
    if office:
        return Speaker("office", seg, a, b, special="he" if office.group(1).lower() == "his" else "she")
    return None


_KINDS = r"(?P<kind>statement|letter|communiqu[eé]|declaration|memo)"
#: a run of a phrase's characters: no clause punctuation or quote marks, but "U.S." and "St. Louis"
_PHRASE = r"(?:[^,;:.“”\"]|(?<=[A-Z])\.|\.(?!\s))"
_MODS = r"(?:(?:joint|written|short|brief|separate|later|second|new|formal|official)\s+)?"
#: "In a statement, the U.S. embassy in Cairo praised ...": the subject after the document's opening phrase
_IN_A = re.compile(r"\b[Ii]n\s+(?:a|an|its|their|a\s+joint)\s+" + _MODS + _KINDS +
                   r"(?:\s+(?:issued|released|posted|published|sent)\b[^,;:.“”\"]{0,80})?,\s+")
_SUBJECT_VERB = re.compile(r"((?:[Tt]he\s+)?" + _PHRASE + r"{2,80}?)\s+(?:has\s+|had\s+|have\s+)?(?:said|says|[a-z]{3,}ed)\b")
#: "the two men had put out a joint statement", "Sassou has issued a statement": the subject before the verb
_ISSUED = re.compile(r"\s(?:has\s+|had\s+|have\s+)?(?:issued|released|put\s+out|published|signed|read\s+out)\s+(?:a|an)\s+"
                     + _MODS + _KINDS + r"\b")
_LEADING_TIME = re.compile(r"\s*(?:By|On|In|At|Later|Earlier|After|Before|Within)\s+(?:the\s+|that\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+"
                           r"(?=(?:the\s+|[A-Z]))")
#: "a joint statement from the two men", "according to a statement from his office"
_FROM = re.compile(r"\b(?:a|an)\s+" + _MODS + _KINDS + r"\s+(?:from|by|(?:issued|released|attributed)\s+(?:by|to))\s+"
                   r"((?!(?:his|her|its|their)\s)(?:the\s+)?" + _PHRASE + r"{2,80}?)(?=\s*[,.;:]|\s+(?:and|on|in|at|that|which|who|describing|saying|welcoming|"
                   r"after|before|to|late|early|last|this)\b)")


def document_issuer(doc, kind: str, key: int) -> Speaker | None:
    """Who issued the last document of ``kind`` ("statement", "letter", ...) the article introduced before ``key``, in
    the last few paragraphs: "In a statement, the U.S. embassy in Cairo praised ...", "the two men had put out a
    joint statement", "a statement from his office"; None if none was."""
    from stance.extract.candidates import after_dateline
    from stance.extract.speakers import parse_speaker

    lo = doc.paras[max(0, doc.para_of(key) - 3)][0]
    found = []
    for m in _IN_A.finditer(doc.text, lo, key):
        sv = _SUBJECT_VERB.match(doc.text, m.end(), key)
        if sv is not None:
            found.append((m.start(), m.group("kind"), sv.start(1), sv.end(1)))
    for m in _ISSUED.finditer(doc.text, lo, key):
        a = after_dateline(doc, doc.sentence_of(m.start())[0], m.start())
        lead = _LEADING_TIME.match(doc.text, a, m.start())  # ("By the afternoon the two men had put out ...")
        found.append((m.start(), m.group("kind"), lead.end() if lead else a, m.start()))
    for m in _FROM.finditer(doc.text, lo, key):
        found.append((m.start(), m.group("kind"), m.start(2), m.end(2)))
    for pos, k, a, b in sorted(found, reverse=True):
        if _fold_kind(k) == kind and not doc.in_quote(pos) and (sp := parse_speaker(doc, a, b, whole=True)) is not None:
            return sp
    return None


def _fold_kind(kind: str) -> str:
    return "communique" if kind.lower().startswith("communiqu") else kind.lower()


#: A document named in passing: "the joint statement", "a statement", "their communiqué", "the text of the declaration"
_ANY_DOCUMENT = re.compile(r"\b(joint\s+)?(?:statement|communiqu[eé]|declaration)s?\b", re.IGNORECASE)


def joint_document(doc, start: int) -> bool:
    """Whether the document the article named last before ``start`` (outside quotes, in the last few paragraphs)
    is a joint one: "In the joint statement, Iraq thanked ... The statement said" speaks for both sides."""
    lo = doc.paras[max(0, doc.para_of(start) - 3)][0]
    # (read back a stretch at a time, each opening after a mark or digit: a name is letters and spaces, so none runs
    # across one, and the names in a stretch are the ones a search from ``lo`` finds there; paragraphs may be long)
    t, end = doc.text, start
    while end > lo:
        a = max(lo, end - 2000)
        if a > lo:
            mark = _AFTER_LAST_MARK.match(t, max(lo, a - 200), a)
            a = mark.end() if mark is not None else lo
        last = None
        for m in _ANY_DOCUMENT.finditer(t, a, end):
            if not doc.in_quote(m.start()):
                last = m
        if last is not None:
            return last.group(1) is not None
        end = a
    return False


#: Everything up to the last character that is neither a letter nor a space (the pattern backtracks from the end)
_AFTER_LAST_MARK = re.compile(r"(?s:.*)(?:[^\w\s]|[\d_])")


#: A sentence whose subject is a document: "A short statement from Benjamin Netanyahu's office has just landed",
#: "Montefiore's statement is out"
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:(?:A|An|The)\s+(?:[a-z]+\s+){0,2}|(?P<owner>(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)[’']s\s+"
                               r"(?:[a-z]+\s+){0,2})(?:statement|letter|communiqu[eé]|note|readout)"
                               r"(?:\s+(?:from|by)\s+(?P<issuer>[^,;:.“”\"]{2,80}?))?\s+(?:has|had|is|was|came|went|landed|arrived)\b")


def document_subject_before(doc, start: int):
    """"A short statement from Netanyahu's office has just landed. It says ...": who issued the document the sentence
    before ``start`` is about, when "It" opens the sentence at ``start``; None otherwise."""
    from stance.extract.speakers import parse_speaker

    s, _ = doc.sentence_of(start)
    before = doc.sentence_before(start) if s == start else None
    m = _DOCUMENT_SUBJECT.match(doc.text, *before) if before else None
    group = ("issuer" if m.group("issuer") else "owner" if m.group("owner") else None) if m else None
    if group is None or doc.in_quote(m.start(group)):
        return None
    return parse_speaker(doc, m.start(group), m.end(group), whole=True)
