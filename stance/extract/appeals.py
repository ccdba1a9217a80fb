"""Statements whose verb takes its object first: appeals and accusations ("urged the union to ..."), reported
questions ("asked whether ...") and characterisations ("called the talks a success"). Each finder takes the
reported-statement finder's running state (``found``: the document, what is found so far, where it is blocked)."""

from __future__ import annotations

import re

from stance.extract.attribution import subject_before
from stance.extract.candidates import content_end, make_reported
from stance.extract.owners import sentence_owner
from stance.extract.speakers import Speaker
from stance.extract.scan import holds_word, scouted


#: Appeals and accusations whose object and complement are the statement: "urged the union to take a serious
#: look", "called on Ottawa to act", "accused Chevron of industrial bastardry".
APPEAL = re.compile(r"\b(?P<verb>urged|urges|urging|called\s+on|calls\s+on|calling\s+on|appealed\s+to|appealing\s+to|"
                    r"accused|accuses|accusing)\s+(?=\S)")
#: What each verb of APPEAL opens with (scan.holds_word: most sentences hold none)
_APPEAL_WORDS = ("urg", "call", "appeal", "accus")


def appeals(found, s: int, e: int) -> None:
    """"The company urged the union to ...", ", calling on the downstream countries to ...": from the object on."""
    doc = found.doc
    t = doc.text
    if not holds_word(doc.fit_memo, _APPEAL_WORDS, t, s, e):
        return
    for vm in scouted(APPEAL, t, s, e):
        vs, ve = vm.start(), vm.end()
        if found.blocked(vs) or not re.match(r"[^.;:!?]{0,120}?\b(?:to|of)\s", t[ve:e]):
            continue
        verb = re.sub(r"\s+", " ", vm.group("verb"))
        # a participle or "and urged": the sentence's own speaker
        own = verb.split()[0].endswith("ing") or re.search(r"(?:,|\band)\s*(?:has\s+|had\s+|also\s+|then\s+)*$", t[s:vs])
        sp = _speaker_before(found, s, vs, bool(own))
        if sp is not None:
            found.add(make_reported(doc, ve, content_end(doc, ve, e), sp, verb, (vs, ve - 1)))


def questions(found, s: int, e: int) -> None:
    """"He asked whether that promise was being kept": a reported question, from "whether", "if", "why" or "how" on
    (not the journalist's "Asked whether ..., he said")."""
    doc = found.doc
    t = doc.text
    if not holds_word(doc.fit_memo, _ASKED_WORDS, t, s, e):
        return
    for vm in scouted(_ASKED, t, s, e):
        vs, ve = vm.start(), vm.start(2)
        if found.blocked(vs) or not t[s:vs].strip():
            continue
        # "..., and asked whether", "... — but asked why": the sentence's own speaker
        sp = _speaker_before(found, s, vs, re.search(r"(?:,|\band|\bbut|\s[—–])\s*(?:also\s+|then\s+)?$", t[s:vs]) is not None)
        if sp is not None:
            found.add(make_reported(doc, ve, content_end(doc, ve, e), sp, vm.group(1), (vs, vm.end(1))), min_words=4)


def _speaker_before(found, s: int, vs: int, own_clause: bool) -> Speaker | None:
    """Who speaks at a verb at ``vs``: with ``own_clause`` (", and urged", ", calling on") the sentence's own speaker
    (sentence_owner), else the subject right before the verb."""
    if not own_clause:
        return subject_before(found.doc, s, vs)
    t = found.doc.text
    # ("Zitto Kabwe, the opposition MP, urged ...": a comma that closes an appositive leaves the subject before it)
    if t[max(s, vs - 3):vs].rstrip().endswith(",") and not t[max(s, vs - 12):vs].rstrip(", ").endswith(("and", "but")):
        sp = subject_before(found.doc, s, vs)
        if sp is not None and sp.kind == "name":
            return sp
    owner = sentence_owner(found.doc, found.known, s, vs)
    return owner.speaker if owner is not None else None


#: ("asked on Facebook what share ...": where, then the question)
_ASKED = re.compile(r"(?<![\w’'-])(asked|asks|wondered|wonders|questioned)\s+(?:(?:on|in)\s+[A-Z]\w+\s+|publicly\s+|aloud\s+)?"
                    r"(whether|if|why|how|what|who)\s")
_ASKED_WORDS = ("ask", "wonder", "questioned")


def characterisations(found, s: int, e: int) -> None:
    """"Aliyev called the signing a historic day", "described it as the richest contract"; with quoted words
    ('described the accord as an "EPIC" ceasefire') the quoted words are the statement (embedded candidates)."""
    doc = found.doc
    t = doc.text
    if not holds_word(doc.fit_memo, _CALLED_WORDS, t, s, e):
        return
    for vm in scouted(_CALLED, t, s, e):
        vs, ve = vm.start(), vm.end()
        if found.blocked(vs) or re.search(r"[“”\"«»]", t[ve:content_end(doc, ve + 1, e)]):
            continue
        sp = subject_before(doc, s, vs)
        if sp is not None:
            found.add(make_reported(doc, ve, content_end(doc, ve, e), sp, vm.group(1), (vs, ve)))


#: "called it X", "described the talks as Y": a characterisation, with its object and complement as content.
_CALLED = re.compile(r"\b(called|calls|described|describes|branded|brands|dubbed|hailed|termed)\s+"
                     r"(?!on\b|for\b|off\b|in\b|up\b|out\b|back\b|a\s+(?:strike|meeting|vote|halt|press)\b)(?=\S)")
_CALLED_WORDS = ("call", "describ", "brand", "dubbed", "hailed", "termed")
