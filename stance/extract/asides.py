"""Attributions set in the middle of what was said: "<content>, Trump stressed, <content>" is one statement around
the attribution; "<content>, the president said, adding that ..." ends the content at the attribution."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.appeals import APPEAL
from stance.extract.candidates import LEAD, Candidate, after_dateline, clean, content_end, make_reported, trim_end
from stance.extract.speakers import Speaker
from stance.extract.vocabulary import PARTICIPLE_RE

if TYPE_CHECKING:
    from stance.extract.document import Document

_PAUSE_NEXT = re.compile(r"\s*[,;:—–]\s*")


def parenthetical(doc: Document, s: int, e: int, vs: int, ve: int, verb: str, sp: Speaker, cut: int):
    """"<content>, Trump stressed, <content>": one statement around the attribution; "<content>, the president
    said, adding that ...": the participle opens a second statement, so the content is the head alone."""
    t = doc.text
    # "...; any attempt to redefine the Treaty, she warned, would be divisive": the head starts after the semicolon
    # (or a colon: "put it more bluntly: Brussels, he said, had wanted ...")
    semi = [m.end() for m in re.finditer(r"[;:]\s*", t[s:s + cut]) if not doc.in_quote(s + m.start())]
    if semi:
        s, cut = s + semi[-1], cut - semi[-1]
    # ("BEIRUT, Nov 26 (Meridian Wire) - Israel and Lebanon have accepted ..., Biden said on Tuesday, ...")
    start = after_dateline(doc, s, s + cut)
    s, cut = start, cut - (start - s)
    head = t[s:s + cut].rstrip(" ,—–")
    tail_start = _PAUSE_NEXT.match(t, ve, e).end()
    # (", he said, naming them as ...": any participle there describes the speaker, it is not the content; ",
    # Downing Street said, including ...": a preposition goes on with the content)
    # (", the two prime ministers said, a compromise meant to end ...": an appositive that sums up, not content)
    if PARTICIPLE_RE.match(t, tail_start) or APPEAL.match(t, tail_start) or _ING.match(t, tail_start) \
            or _SUMMING_UP.match(t, tail_start) or _NEXT_ACT.match(t, tail_start):
        lead = re.match(LEAD, t[s:vs])
        c = make_reported(doc, s + lead.end(), s + cut, sp, verb, (vs, ve))
        return c if c is not None and len(c.text.split()) >= 4 else None
    ce = content_end(doc, tail_start, e)
    sep = t[ve:tail_start].strip() if not re.search(r"[—–]\s*$", t[s:s + cut]) else ""  # (a pair of dashes: none)
    joint = "; " if sep == ";" else f" {sep} " if sep and sep in "—–" else " "
    text = clean(head + joint + t[tail_start:ce]).rstrip(" .")
    if len(text.split()) < 4:
        return None
    return Candidate(key=sp.start, start=s, end=trim_end(t, s, ce), text=text, direct=False,
                     cue=verb, cue_span=(vs, ve), speaker=sp, para=doc.para_of(s))


#: A word in -ing after ", he said," that starts the speaker's next act ("naming them as ..."), not a preposition
#: that goes on with the content ("including ...").
_ING = re.compile(r"(?!(?:including|excluding|according|regarding|concerning)\s)[a-z]+ing\s")
#: "..., the minister said, and he urged both sides ...": the speaker's next act, not the rest of the content.
_NEXT_ACT = re.compile(r"(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:also\s+)?(?:urged|demanded|called|appealed|warned|vowed|"
                       r"pledged|promised|accused|insisted|added|stressed|said|told|welcomed)\b"
                       # ("..., he said – and he reminded producers that ...": any verb of the speaker's own)
                       r"|(?:and|but)\s+(?:he|she|they)\s+(?:also\s+)?[a-z]{3,}ed\b"
                       # ("..., strikers say, and some accused executives of hiding": others' act, the story going on)
                       r"|(?:and|but)\s+(?:some|others|many|most|several)\s+(?:of\s+them\s+)?[a-z]{3,}ed\b")
_SUMMING_UP = re.compile(r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:compromise|move|step|deal|decision|reference|sign|nod|claim|"
                         r"figure|agreement|breakthrough|outcome|result|development|warning|milestone)\b")
