"""Statements a participle opens: ", adding that ...", " – while warning ...", "put out a statement saying ...",
"emerged from the meeting saying only that ...", and a quote's second clause ('says "..." and that ...'): each the
speaker's of the statement or the sentence it follows."""

from __future__ import annotations

import re

from stance.extract.owners import Found, owner_of, salient_subject, same_sentence_speaker, sentence_subject
from stance.extract.scan import last_match, word_ending_scouted
from stance.extract.speakers import parse_speaker
from stance.extract.vocabulary import PARTICIPLE_RE, PARTICIPLES


#: The end of a participle's first word ("adding", "pointing out"): every form's first word ends so
_ING_END = re.compile(r"ing(?![\w-])")
_NAMED_ABSOLUTE = re.compile(r",\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+$")


def participles(found: Found, s: int, e: int) -> None:
    """", adding that ...", ", noting ...": a second statement by the speaker of the one before it."""
    from stance.extract.reported import _content_after  # (reported imports this module)

    doc = found.doc
    t = doc.text
    for vm in word_ending_scouted(PARTICIPLE_RE, t, s, e, _ING_END):  # (tried only at the words ending in "ing")
        vs, ve = vm.start(), vm.end()
        if found.blocked(vs):
            continue
        # ", with the Prime Minister's spokesman saying he would not ...": the participle's own subject
        w0 = max(s, vs - 90)
        before = t[w0:vs]
        # (or its own subject named after a comma: "the idea had been dropped, Mr Di Maio conceding that ...")
        with_np = re.search(r",\s+with\s+((?:the\s+|a\s+|an\s+)?[^,;:“”\"]{2,80}?)\s+$", before) \
            or (_NAMED_ABSOLUTE.search(before) if t.startswith(" that ", ve) else None)
        if with_np:
            sp = parse_speaker(doc, w0 + with_np.start(1), w0 + with_np.end(1))
            if sp is not None:
                found.add(_content_after(doc, vs, ve, e, PARTICIPLES[vm.group().lower()], owner_of(doc, sp, s),
                                         vm.group()))
            continue
        # ", adding that ..."; " – while warning it would not be easy"
        # ('"exceptional," saying'; "put out a statement on Tuesday saying that ...", "... a short written statement
        # saying the company was glad ...")
        if not _PARTICIPLE_LEAD.search(t, max(s, vs - 20), vs) and not (
                _ISSUED.search(t, max(s, vs - 60), vs) and (t.startswith(" that ", ve) or t.startswith(" that, ", ve)
                                                             or vm.group() == "saying" and _CLAUSE_OPENS.match(t, ve))) \
                and not _LEFT_SAYING.search(t, max(s, vs - 100), vs):
            continue
        # "He was careful ..., adding that ...": with no statement before it, the sentence's own subject
        # ("Trudeau broke the news, posting on X that ...": this sentence's subject before a statement before it)
        owner = same_sentence_speaker(found.known, s, vs, strict=True) or _second_clause_subject(doc, s, vs) \
            or sentence_subject(doc, s, vs) or salient_subject(doc, s, vs) or same_sentence_speaker(found.known, s, vs)
        if owner is not None:
            found.add(_content_after(doc, vs, ve, e, PARTICIPLES[vm.group().lower()], owner, vm.group()))


def quote_and_that(found: Found, s: int, e: int) -> None:
    """'Pedro Sánchez says "all Europeans win today" and that the EU comes out much stronger': a second clause of
    the verb that introduced the quote, the quote's speaker's."""
    from stance.extract.reported import _content_after  # (reported imports this module)

    doc = found.doc
    t = doc.text
    if "quote and that" not in doc.fit_memo:  # (a rare shape: looked for once per article, searched only where it is)
        doc.fit_memo["quote and that"] = '" and that' in t or "” and that" in t
    if not doc.fit_memo["quote and that"]:
        return
    for m in _QUOTE_AND_THAT.finditer(t, s, e):
        owner = same_sentence_speaker(found.known, s, m.start(), strict=True)
        if owner is not None and owner.direct and abs(owner.end - m.start()) <= 2:
            found.add(_content_after(doc, m.start(1), m.end(1), e, "say", owner, "said"))


_QUOTE_AND_THAT = re.compile(r"[”\"]\s+(and)(?=\s+that\s)")


#: What comes before a participle that opens a statement: ", adding", " – while warning", "... and saying",
#: " — and reminding", ", but not before complaining", "opened the rally by telling", "weeks after insisting".
_PARTICIPLE_LEAD = re.compile(r"(?:(?:,[”\"’]?|\s[–—])\s*(?:while\s+|(?:but\s+not\s+)?before\s+|(?:later|then|afterwards)\s+)?|(?:[a-z”\"’]|\s[–—])\s+and\s+|"
                              r"[a-z]\s+(?:by|after)\s+)\Z")
_CLAUSE_OPENS = re.compile(r"\s+(?:(?:the|an?|its|his|her|their|it|he|she|they|there|we|[A-Z][\w’'-]*)\s+[^.;:!?“”\"]{0,60}?"
                           r"\b(?:was|were|is|are|had|has|have|would|will|could|should|must|can|[a-z]{3,}ed|"
                           r"built|brought|bore|made|gave|took|held|meant|stood|sent|went|came)|"
                           # ("saying dialogue and consultation would be how ...": a bare noun phrase and its modal)
                           r"[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}\s+(?:would|will|could|should|must|was|were|is|are))\b")
#: "Cardinal Njue emerged from yet another meeting saying only that ...", "had broken off the talks in November saying
#: ...": leaving or answering, then what was said as it was done (no comma before the participle)
_LEFT_SAYING = re.compile(r"\b(?:emerged|left|came\s+out|walked\s+out|broke\s+off|broken\s+off|responded|reacted|hit\s+back|"
                          r"returned)\b[^,.;:“”\"]{0,80}\s\Z")
_ISSUED = re.compile(r"\b(?:statement|post|letter|message|release|tweet|video|memo|note|notice|circular|bulletin|email|speech|"
                     r"address|interview|briefing)\b"
                     r"[^,.;:“”\"]{0,40}\s$")  # ("the union sent a memo to members warning that ...")


#: "Strikes by public workers ... are illegal, and Judge Christopher Barry-Smith had been fining the union ..., warning
#: that ...": a second clause's named subject, whose act the participle goes on
_SECOND_CLAUSE = re.compile(r",\s+and\s+((?:[A-Z][\w’'.-]*\s+){1,6}?[A-Z][\w’'-]+)\s+(?:had|has|have|was|were|is|[a-z]{3,}ed)\b")


def _second_clause_subject(doc, s: int, vs: int):
    """The named subject of the last ", and X had ..." clause before the participle at ``vs``, as its owner."""
    last = last_match(_SECOND_CLAUSE, doc.text, s, vs)
    sp = parse_speaker(doc, last.start(1), last.end(1), whole=True) if last else None
    return owner_of(doc, sp, s) if sp is not None and sp.kind == "name" else None
