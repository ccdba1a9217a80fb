"""Statements sourced without a speech verb of their own: "according to X", "in his telling", and state-agency passives ("It was
noted by observers that ...", "As reported by the ministry, ...", "X was quoted by Y as saying that ...")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from stance.extract.attribution import subject_before
from stance.extract.candidates import LEAD, clean, content_end, make_reported
from stance.extract.speakers import Speaker, parse_speaker
from stance.extract.vocabulary import REPORTED_RE

if TYPE_CHECKING:
    from stance.extract.owners import Found

#: "In Mr Sabbagh's view,", "In the view of the IMF,", "In the words of one adviser at Matignon,": whose view the rest of
#: the sentence gives
_VIEW_OPENS = re.compile(r"(?:In|By)\s+(?:the\s+(?:view|opinion|reckoning|words|assessment)\s+of\s+([^,;:]{1,80}?)|(?:([A-Z][^,;:]{0,60}?)[’']s?|"
                         r"(his|her|their|its))\s+(?:own\s+)?(?:view|opinion|reckoning|estimate|count|calculations?)),\s*")
# ("In his opinion, preserving the accord is important ...", "By his reckoning, the fees alone will cost ...")
_VIEW_WORDS = (" view", " opinion", " reckoning", " estimate", " count", " calculation", " words", " assessment")


_POSSESSIVE_PRONOUNS = {"his": ("pronoun", "he"), "her": ("pronoun", "she"), "their": ("they", "they"), "its": ("it", "it")}


def according_to(found: Found, s: int, e: int) -> None:
    """"According to X, ..." at the start; "..., according to X, ..." inside; "..., according to X." at the end."""
    from stance.extract.reported import (
        starts_with_speech,  # (reported imports this module)
    )

    doc = found.doc
    t = doc.text
    opens_view = t.startswith(("In ", "By "), s, e)
    if not opens_view and t.find("ccording", s, e) < 0:  # (most sentences have neither: not copied)
        return
    sent = t[s:e]
    # ("In Mr Sabbagh's view, putting business first would be hard to sell": his view, as "according to" him)
    view = _VIEW_OPENS.match(sent) if opens_view and any(w in sent for w in _VIEW_WORDS) else None
    if "ccording" not in sent and view is None:  # (each form below needs one; most sentences have none)
        return
    # ("According to the archdiocese's statement, which was also carried by Prensa Latina, five prisoners ...": past a
    # clause about the source)
    m = view or re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also|Earlier|Later)\s*,?\s+)?[Aa]ccording\s+to\s+"
                         r"([^,;:]{1,120}?)(?:,\s+(?:which|who)\s+[^,;:“”\"]{3,100})?,\s*", sent)
    if m and not doc.in_quote(s + m.start()):
        # (whichever of "the view of X", "X's view" and "his view" matched)
        g = next((k for k in (1, 2, 3) if m.group(k)), 1) if view else 1
        own = _POSSESSIVE_PRONOUNS.get(m.group(g)) if view else None  # ("In his opinion, ...": he)
        sp = Speaker(own[0], own[1], s + m.start(g), s + m.end(g)) if own else \
            parse_speaker(doc, s + m.start(g), s + m.end(g), whole=False) or _source_of(doc, s + m.start(g), s + m.end(g))
        cs, ce = s + m.end(), content_end(doc, s + m.end(), e)
        # ("According to Piyush Goyal, who briefed reporters:": a clause about the source, then a list below)
        if sp is not None and sp.kind != "list" and not starts_with_speech(doc, cs, ce) \
                and not re.match(r"(?:who|which)\s", t[cs:ce]):
            found.add(make_reported(doc, cs, ce, sp, "according to", (s + m.start(), s + m.start(g))))
    _according_inside(found, s, e)
    m = _ACCORDING_END.search(sent)
    if m and not doc.in_quote(s + m.start()):
        sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=True)
        lead = re.match(LEAD, sent)
        # "The Saudi side said ..., while the Iranian side said ..., according to the spokesperson.": the
        # speakers inside are the ones that count
        if sp is not None and not starts_with_speech(doc, s + lead.end(), s + m.start()):
            found.add(make_reported(doc, s + lead.end(), s + m.start(), sp, "according to",
                                    (s + m.start(), s + m.start(1))))


def _according_inside(found: Found, s: int, e: int) -> None:
    """"The talks, according to officials, will resume", "..., according to the district, which said ...": the
    statement a parenthesis "according to X" interrupts."""
    doc = found.doc
    t = doc.text
    sent = t[s:e]
    m = re.search(r"(?<=\S),\s+according\s+to\s+([^,;:]{1,120}?),\s+(?=\S)", sent)
    rel = m and re.match(r"(?:which|who)\s+(?:also\s+)?(?:said|says|added|told|estimated|reported)\b", sent[m.end():])
    m = None if m and not rel and (re.match(r"(?:which|who|and|but)\s", sent[m.end():])
                                    or re.fullmatch(r"(?:an?|the)\s" + _NO_VERB + r"[^,;:]{2,80}[.!?]?\s*", sent[m.end():])) \
        else m  # (_ACCORDING_END's)
    if rel:  # "..., according to the district, which said ...": the clause before is the district's; so is the next
        sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=True)
        lead = re.match(LEAD, sent)
        if sp is not None and sp.kind != "list":
            found.add(make_reported(doc, s + lead.end(), s + m.start(), sp, "according to",
                                    (s + m.start(), s + m.start(1))), min_words=4)
        m = None
    # ("He also said, according to reports, that Hamas would ...": a hedge on a speech verb, whose subject speaks)
    if m and re.search(r"\b(?:said|says|told\s+\w+|added|insisted|warned)$", sent[:m.start()]):
        m = None
    if m and not doc.in_quote(s + m.start()) and m.start() > 0:
        # "a session that, according to the union, ran from 7 p.m." / "The talks, according to officials, will
        # resume": the parenthesis interrupts the statement it sources
        sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=True)
        if sp is not None and sp.kind != "list":
            tail_end = content_end(doc, s + m.end(), e)
            cue_span = (s + m.start(), s + m.start(1))
            if re.search(r"\b(?:that|which|who)$", sent[:m.start()]):
                c = make_reported(doc, s + m.end(), tail_end, sp, "according to", cue_span)
            else:
                lead = re.match(LEAD, sent)
                c = make_reported(doc, s + lead.end(), tail_end, sp, "according to", cue_span)
                if c is not None:
                    c.text = clean(t[s + lead.end():s + m.start()] + " " + t[s + m.end():c.end])
            found.add(c, min_words=4)


#: "..., according to X." ending the sentence, or before a semicolon, "and" or a clause about the source
#: ("..., according to opposition-aligned doctors; the authorities ...", "..., according to the Canadian Bankers
#: Association, which counts 16 ..."): the clause before is X's
#: (not the clause going on: "By midday, according to the government, the number of blockades had fallen")
_NO_VERB = r"(?![^,;:]*\b(?:had|has|have|was|were|is|are|would|will|could|can|did|does|[a-z]+ed)\b)"
#: (or a description of X ending the sentence: "..., according to Mick Lynch, the union leader.")
_ACCORDING_END = re.compile(r",\s+according\s+to\s+([^,;:]{1,120}?)(?:\s*[.!?]?$|\s*;\s|,\s+(?:and|but)\s|"
                            r",\s+(?:which|who)\s(?!(?:also\s+)?(?:said|says|added|told|estimated|reported)\b)|"
                            r",\s+(?:an?|the)\s" + _NO_VERB + r"[^,;:]{2,80}[.!?]?$)")


#: "Transnet's own figures", "UN estimates", "accounts from both sides": whose they are
_DATA_OF = re.compile(r"(?:(.+?)[’']s?\s+(?:own\s+)?|(.+?)\s+)(?:figures|estimates|data|count|tally|records|calculations|"
                      r"numbers|statistics)|(?:accounts|reports)\s+(?:from|by)\s+(.+)")


def _source_of(doc, a: int, b: int) -> Speaker | None:
    """The body or people behind figures or accounts "according to" which something is so, or None."""
    m = _DATA_OF.fullmatch(doc.text, a, b)
    g = next((k for k in (1, 2, 3) if m and m.group(k)), None)
    return parse_speaker(doc, m.start(g), m.end(g), whole=True) if g else None


#: whose account an "in his view" aside gives, and the account's noun: "... his telling, ", "... Touray's words, "
_HOLDER_VIEW = (r"\s+(his|her|their|(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+[’']s)\s+(?:own\s+)?"
                 r"(?:telling|view|words|account|reading|estimation|judge?ment|assessment|reckoning),\s+(?=\S)")
_IN_VIEW = re.compile(r",(?<=\S,)\s+in" + _HOLDER_VIEW)


#: The same aside opening its sentence: "In his account, ...", "In Touray's view, ..."
_IN_VIEW_OPENING = re.compile(r"\s*(?:But\s+|And\s+)?(?:[Ii]n|By)" + _HOLDER_VIEW)  # ("By the MAS's own account, ...")


def in_their_view(found: Found, s: int, e: int) -> None:
    """"A reduction in violence, in his telling, would create the conditions for peace": the sentence around the
    aside is the statement of whoever "his" stands for."""
    doc = found.doc
    opening = _IN_VIEW_OPENING.match(doc.text, s, e)
    if opening is not None and not doc.in_quote(opening.start(1)):  # ("In his account, Serbia had made commitments ...")
        if (sp := _view_holder(doc, opening)) is not None:
            found.add(make_reported(doc, opening.end(), content_end(doc, opening.end(), e), sp, "in his view",
                                    (opening.start(), opening.end())))
        return
    m = _IN_VIEW.search(doc.text, s, e)
    # (not "Ms Manickchand said the ministry would not negotiate, in her words, with a gun ...": an aside inside
    # what a verb before it reports, whose statement it is)
    if m is None or doc.in_quote(m.start()) or REPORTED_RE.search(doc.text, s, m.start()):
        return
    sp = _view_holder(doc, m)
    if sp is None:
        return
    if re.search(r"\b(?:that|which|who)$", doc.text[s:m.start()]):  # ("during which, in Touray's words, ..."): after it
        found.add(make_reported(doc, m.end(), content_end(doc, m.end(), e), sp, "in his view", (m.start(), m.end())))
        return
    lead = re.match(LEAD, doc.text[s:e])
    c = make_reported(doc, s + lead.end(), content_end(doc, m.end(), e), sp, "in his view", (m.start(), m.end()))
    if c is not None:
        c.text = clean(doc.text[s + lead.end():m.start()] + " " + doc.text[m.end():c.end])
    found.add(c, min_words=4)


def _view_holder(doc, m: re.Match) -> Speaker | None:
    """Whoever "his" or "her" stands for, or whoever "Touray's" names, in an "in his view" aside; None if no one."""
    holder = m.group(1)
    if holder.lower() in ("his", "her"):
        return Speaker("pronoun", "he" if holder.lower() == "his" else "she", m.start(1), m.end(1))
    return parse_speaker(doc, m.start(1), m.end(1) - 2, whole=True)  # (without the "'s")


#: State-agency passives: "It was pointed out by the Iranian side that ...", "As reported by the ministry, ...".
_PASSIVE = re.compile(
    r"(?:(?:But|And|Earlier|Later|Meanwhile)\s*,?\s+)?(?:(?P<it>It\s+(?:was|has\s+been|had\s+been)\s+)|(?P<as>As\s+))"
    r"(?:pointed\s+out|noted|stressed|emphasi[sz]ed|underlined|underscored|stated|said|reported|announced|"
    r"confirmed|indicated|highlighted)\s+by\s+(?P<who>[^,;:]{2,120}?)(?(it)\s+that\s+|\s*,\s*)")


#: "As the Ministry of Finance explained, the restructuring concerns ...": the active form, whose subject speaks
#: ("As several officials have since confirmed, there were ...": people counted, an adverb after the auxiliary)
_AS_SAID = re.compile(r"As\s+(?P<who>the\s+[^,;:“”\"]{1,80}?|[A-Z][^,;:“”\"]{1,80}?|he|she|they|"
                      r"(?:several|many|some|two|three|four|other|senior|western)\s+[^,;:“”\"]{1,60}?)\s+"
                      r"(?:has\s+|had\s+|have\s+)?(?:since\s+|also\s+|repeatedly\s+|previously\s+|already\s+)?"
                      r"(?:explained|noted|said|pointed\s+out|stressed|put\s+it|reported|argued|warned|emphasi[sz]ed|"
                      r"confirmed|announced|indicated|told\s+(?:reporters|journalists|the\s+[a-z]+|"
                      r"the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))"  # ("told the Legislative Committee")
                      r"(?:\s+(?:on|last|this|earlier|in)\s+[A-Za-z]+(?:\s+[a-z]+)?)?\s*,\s*(?=\S)")  # ("said on Sunday,")


#: "as saying (that)", "as telling reporters", "as telling a television talk show on the same evening that"
_SAYING = r"(?:saying\s+(?:that\s+)?|telling\s+[^,;:“”\"]{1,60}?\s+that\s+|telling\s+\S+(?:\s+\S+)?\s+(?:that\s+)?)"
_QUOTED_AS = re.compile(r"\s(?:was|were|has\s+been|had\s+been|is)\s+(?:also\s+)?quoted\s+(?:(?:by|in)\s+[^,;:“”\"]{1,80}?\s+)?"
                        r"(?:as\s+)?" + _SAYING)  # ("quoted in Dagbladet ... saying")


_QUOTES_AS = re.compile(r"\b(?:quoted|quotes|cited|cites)\s+(?!(?:by|in)\s)([^,;:“”\"]{2,80}?)\s+as\s+" + _SAYING)


def passives(found: Found, s: int, e: int) -> None:
    """"It was noted by observers that ...", "As reported by the Iranian Foreign Ministry, the parties ...": the
    agent after "by" is the speaker, the clause the content (so is "As the ministry explained, ..."'s subject); "X was
    quoted by Y as saying that ...": X."""
    doc = found.doc
    q = _QUOTED_AS.search(doc.text, s, e) if doc.text.find("quoted", s, e) >= 0 else None  # (its word first: rare)
    if q is not None and not doc.in_quote(q.start()) and not found.blocked(q.start()):
        sp = subject_before(doc, s, q.start())
        if sp is not None:
            found.add(make_reported(doc, q.end(), content_end(doc, q.end(), e), sp, "quoted as saying",
                                    (q.start() + 1, q.end())))
    # ("TASS quoted Peskov as saying that ...": the one quoted, after the verb)
    # (looked for in place: a run-on sentence is not copied twice)
    q = _QUOTES_AS.search(doc.text, s, e) if doc.text.find("as saying", s, e) >= 0 or doc.text.find("as telling", s, e) >= 0 \
        else None
    if q is not None and not doc.in_quote(q.start()) and not found.blocked(q.start()):
        sp = parse_speaker(doc, q.start(1), q.end(1), whole=True)
        if sp is not None and sp.kind in ("name", "role", "unnamed", "pronoun"):
            found.add(make_reported(doc, q.end(), content_end(doc, q.end(), e), sp, "quoted as saying", (q.start(), q.end())))
    m = _PASSIVE.match(doc.text, s, e) or (_AS_SAID.match(doc.text, s, e) if doc.text.startswith("As ", s) else None)
    if m is None or doc.in_quote(s):
        return
    from stance.extract.reported import starts_with_speech  # (reported imports this module)

    sp = parse_speaker(doc, m.start("who"), m.end("who"), whole=True)
    cs = m.end()
    # ("As reported by the Afghan foreign ministry, he stated that ...": the speaker inside is the one that counts)
    if sp is None or sp.kind == "list" or starts_with_speech(doc, cs, content_end(doc, cs, e)):
        return
    found.add(make_reported(doc, cs, content_end(doc, cs, e), sp, "said", (m.start(), m.start("who"))))


def bulleted(found: Found, s: int, e: int) -> None:
    """Each item of a bulleted list that the line before it gives as someone's words ("According to Piyush Goyal,
    who briefed reporters:", "The key points, as read out by the two ministers:", "the contractors undertake
    that:") is a statement of theirs."""
    doc = found.doc
    t = doc.text
    bullet = _BULLET.match(t, s, e)
    if bullet is None:
        return
    k = doc.para_of(s) - 1  # (the line before the list: back past the items before this one)
    while k >= 0 and _BULLET.match(t, *doc.paras[k]):
        k -= 1
    if k < 0 or not t[slice(*doc.paras[k])].rstrip().endswith(":"):
        return
    source = doc.fit_memo.get(("list source", k), False)
    if source is False:  # (the line's last sentence)
        last = doc.sentences[doc.before(doc._sent_starts, doc.paras[k][1]) - 1]
        source = doc.fit_memo["list source", k] = _list_source(doc, *last)
    if source is not None:
        sp, cue, cue_span = source
        end = s + len(_ITEM_END.sub("", t[s:e]))
        found.add(make_reported(doc, bullet.end(), end, replace(sp), cue, cue_span))


def _list_source(doc, a: int, b: int):
    """(speaker, cue, cue span) of the line [a, b) that introduces a list as someone's words, or None."""
    t = doc.text
    b = a + len(t[a:b].rstrip())
    m = _LIST_SOURCE.search(t, a, b)
    if m is not None:
        sp = parse_speaker(doc, m.start("who"), m.end("who"), whole=True)
        cue = " ".join(m.group("cue").split()).lower()
        return (sp, cue, (m.start(), m.start("who"))) if sp is not None and sp.kind != "list" else None
    if _THAT_COLON.search(t, a, b) is None:
        return None
    # ("the contractors undertake that:": a written undertaking too)
    verbs = list(REPORTED_RE.finditer(t, a, b)) or list(_UNDERTAKES.finditer(t, a, b))
    scene = _IN_DOCUMENT.match(t, a, b)  # ("In that statement the contractors undertake that:": they do)
    sp = subject_before(doc, scene.end() if scene else a, verbs[-1].start()) if verbs else None
    return (sp, verbs[-1].group(), verbs[-1].span()) if sp is not None else None


#: A list item's mark at the start of its line: "• ", "- ", "– ", "* ", "▪ ".
_BULLET = re.compile(r"[ \t]*[•▪◦‣*–-][ \t]+(?=\S)")
#: A list item's joining punctuation at its end: "...;", "...; and", "..., and".
_ITEM_END = re.compile(r"\s*[;,]?\s*(?:and|or)?\s*\Z")
#: A line giving what follows as someone's words: "According to X[, who ...]:", "as read out by X[, the man who ...]:"
#: (not "According to X, the volumes will be delivered in two increments:", a statement of its own).
_LIST_SOURCE = re.compile(r"(?P<cue>[Aa]ccording\s+to|(?<=\bas\s)(?:read|set|spelt|spelled|laid|outlined|listed|described|"
                          r"summarised|summarized|detailed)(?:\s+out)?(?=\s+by\s))(?:\s+by)?\s+(?P<who>[^,:;]{2,120}?)"
                          r"(?:,\s+(?:who|which|(?:the|an?)\s"
                          r"(?:(?!\b(?:will|would|is|are|was|were|has|have|had|can|could|must|should)\b)[^:,])*?\bwho\b)"
                          r"[^:]{0,160})?:\Z")
_IN_DOCUMENT = re.compile(r"(?:In|Under)\s+(?:that|the|this|its|their|his|her|a)\s+[a-z]+\s+")
_UNDERTAKES = re.compile(r"\b(?:undertakes?|undertook|undertaken|commits?|committed)\b")
_THAT_COLON = re.compile(r"\b(?:that|as\s+follows):\Z")


def put_it(found: Found, s: int, e: int) -> None:
    """"Albino Vargas put it plainly on Sunday: the rejection was general": what follows the colon is the subject's
    (a quote after it is the direct statement's)."""
    doc = found.doc
    t = doc.text
    if t.find("put it", s, e) < 0:
        return
    m = _PUT_IT.search(t, s, e)
    # ("I'd put it this way: ...": a speaker's own words about what they say, inside their turn or quote)
    if m is None or doc.in_quote(m.start()) or found.blocked(m.start() + 1) \
            or re.search(r"\b(?:I|we|We)(?:[’']d|\s+would)?$", t[max(s, m.start() - 10):m.start()]):
        return
    sp = subject_before(doc, s, m.start() + 1)
    if sp is not None and sp.kind != "list":
        found.add(make_reported(doc, m.end(), content_end(doc, m.end(), e), sp, "put it", (m.start() + 1, m.end())))


_PUT_IT = re.compile(r"\s(?:has\s+|had\s+)?put\s+it(?:\s+(?:more\s+|very\s+|most\s+)?(?:[a-z]+ly|well|best))?"
                     r"(?:\s+(?:on|in|at|last|this|after)\s[^:;“”\"]{1,40})?:\s+(?=[^\s“”\"«‘'])")


def fronted_participle(found: Found, s: int, e: int) -> None:
    """"Noting that the Palestinian question lies at the core of the issue, Wang said ...": what a sentence's opening
    participle reports, up to the comma before the main clause, is its subject's."""
    doc, t = found.doc, found.doc.text
    m = _FRONTED_THAT.match(t, s, e)
    main = _MAIN_SUBJECT.search(t, m.end(), e) if m is not None else None
    sp = parse_speaker(doc, main.start(1), main.end(1)) if main is not None else None
    if sp is not None and not found.blocked(m.start(1)):
        found.add(make_reported(doc, m.end(), main.start(), sp, m.group(1), (m.start(1), m.end(1))))


_FRONTED_THAT = re.compile(r"\s*(?:But\s+|And\s+)?(Noting|Stressing|Insisting|Arguing|Warning|Recalling|Pointing\s+out|"
                           r"Acknowledging|Admitting|Emphasi[sz]ing|Reiterating|Claiming|Asserting|Underlining)\s+that\s+")
_MAIN_SUBJECT = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*|he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                           r"(?:said|says|told|added|stressed|noted|argued|warned|insisted|explained|declared|wrote)\b")
