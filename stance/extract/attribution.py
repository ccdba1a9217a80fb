"""Who said a quote: the attribution after it (`,” she said`, `,” said X`, `X quoted Y as saying`) or before
it (`X said: “...`).
"""

from __future__ import annotations

import re

from stance.extract.candidates import after_dateline
from stance.extract.names import norm_role
from stance.extract.persons import is_person
from stance.extract.owners import sentence_subject
from stance.extract.quotes import LEAD_PUNCT, Quote
from stance.extract.resolution import resolve
from stance.extract.speakers import GAVE_NAME_AS, Speaker, parse_speaker
from stance.extract.vocabulary import (
    DIRECT_RE,
    DIRECT_VERBS,
    HUMAN_ROLES,
    mask_abbreviations,
)


_NEW_CLAUSE = re.compile(r"\s*(?:while|whereas|although|though|because)\s")


#: A long subject: a name, then its description between commas ("Sefcovic, the EU trade commissioner,"; "a diplomat,
#: who ...,"; or a role of a body: "André Berghegger, chief executive of the German Association of Towns and
#: Municipalities (DStGB),")
_IN_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,]*$")
_NAME_THEN_DESCRIBED = re.compile(r"([^,]{2,60}),\s+(?:an?|the|who|whose|[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|for|at))"
                                  r"\s[^“”\"]*,\s*$")


#: A reader's message or a pull quote signed after a dash, ending its paragraph: '"...," – Sandra, Wolverhampton'
_DASH_CREDIT = re.compile(r"[ \t]*[–—][ \t]*(?P<who>[A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){0,3}?)(?:,[ \t]*[A-Z][^\n,]{1,40})?[ \t]*(?=\n|$)")


def dash_credit(doc, pos: int, limit: int):
    """'“...” – Sandra, Wolverhampton': (speaker, cue, cue_span, end) for the name (or description) signed after a
    dash that ends the quote's paragraph; None if there is none."""
    m = _DASH_CREDIT.match(doc.text, pos, limit)
    if m is None:
        return None
    sp = parse_speaker(doc, m.start("who"), m.end("who"), whole=True)
    if sp is None and re.fullmatch(r"[A-Z][a-z]+(?:\s+[a-z]+){1,3}", m.group("who")):  # ("Resident doctor, Leeds")
        sp = Speaker("unnamed", m.group("who"), m.start("who"), m.end("who"))
    return (sp, "–", (m.start(), m.start("who")), m.end()) if sp is not None else None


def after_attribution(doc, pos: int, limit: int, need_stop: bool = False):
    """`, X said` / `, said X` / `, TASS quoted X as saying` starting at pos: (speaker, cue, cue_span, end)."""
    t = doc.text
    m = LEAD_PUNCT.match(t, pos, limit)  # (not a slice: a run-on paragraph would be copied per call)
    p = m.end() if m else pos  # (None only where pos lies past limit)
    window = t[p:min(limit, p + 220)]
    # inverted: `,” said Peskov.` / `,” reads the joint statement`
    vm = DIRECT_RE.match(window)
    if vm:
        after = p + vm.end()
        sm = re.match(r"\s+((?:the\s+)?[^,.;:!?“”\"]{1,80}?)(?=\s+(?:published|issued|released|who|which|in|on|at|during|after|told|to|as|while|before|when|amid|outside)\b|[,.;:!?]|$)",
                      _masked(t[after:min(limit, after + 120)]))
        if sm:
            sp = _inverted_speaker(doc, after + sm.start(1), after + sm.end(1), limit)
            if sp is not None:
                return sp, vm.group(), (p, p + vm.end() - 0), after + sm.end(1)
        return None
    if _NEW_CLAUSE.match(window):  # ('their "final stages," while the DFA said ...': a clause of its own, no attribution)
        return None
    for vm in DIRECT_RE.finditer(window):
        pre = window[:vm.start()]
        if _STOP_OR_MARK.search(mask_abbreviations(pre)) or len(pre.split()) > 25:
            break
        if len(pre.split()) > 12:
            am = _NAME_THEN_DESCRIBED.match(pre)
            if not am:
                continue
            if (sp := parse_speaker(doc, p, p + am.end(1), whole=True)) is not None and (
                    sp.kind == "name" or sp.kind == "unnamed" and "who" in pre.split()):  # ,” a diplomat, who ..., told me
                return sp, vm.group(), (p + vm.start(), p + vm.end()), p + vm.end()
            continue
        vs, ve = p + vm.start(), p + vm.end()
        if need_stop and not _STOP_AFTER.match(t, ve, limit):
            continue
        sp = parse_speaker(doc, p, vs, whole=True) or _between_commas(doc, p, pre, vs)
        if sp is None:
            continue
        lemma = DIRECT_VERBS.get(re.sub(r"\s+", " ", vm.group()).lower())
        if lemma == "quote":
            # "TASS quoted Trump as saying", "Strana quotes Zelensky's words": the speaker follows
            qm = re.match(r"\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)", t[ve:ve + 80])
            if qm:
                q_sp = parse_speaker(doc, ve + qm.start(1), ve + qm.end(1), whole=False)
                if q_sp is not None:
                    q_sp.mention = re.sub(r"[’']s$", "", q_sp.mention)
                    return q_sp, vm.group(), (vs, ve), ve + qm.end(1)
            return None
        return sp, vm.group(), (vs, ve), ve
    return None


def _between_commas(doc, p: int, pre: str, vs: int) -> Speaker | None:
    """The speaker among the comma-separated pieces ``pre`` (from ``p``) before a speech verb at ``vs``: a person
    named, then described ('," Sefcovic, the EU trade commissioner, told reporters.'), or someone unnamed, then
    described ('," one woman, a retired teacher from Ramat Gan, told her.'); never where the verb is inside a relative
    clause ('Nearby, Mr Sunil Dahiya, who runs a dhaba and said his takings had halved')."""
    if "," not in pre or _IN_RELATIVE.search(pre):
        return None
    t = doc.text
    bounds = [p] + [p + m.end() for m in re.finditer(r",\s*", pre)]
    for lo, hi in zip(bounds, bounds[1:] + [vs]):
        cand = parse_speaker(doc, lo, hi, whole=True)
        if cand is not None and (cand.kind == "name" and is_person(doc, resolve(doc, cand, lo, [])) or
                                 cand.kind in ("unnamed", "name") and lo == p
                                 and re.match(r"(?:an?|the)\s|\d{1,3},\s*$", t[hi:vs])):  # (or their age)
            return cand
    return None


def _masked(s: str) -> str:
    """``s`` with the full stops that end no phrase masked: of titles and initials (`said ILA President Harold J.
    Daggett, who ...`), inside a word (`said ver.di's chief negotiator`), in a member's party and state (`said Rep.
    Andy Barr (R-Ky.)`)."""
    return _PARTY_TAG.sub(lambda m: m.group().replace(".", "_"), re.sub(r"(?<=[a-z])\.(?=[a-z])", "_", mask_abbreviations(s)))


_PARTY_TAG = re.compile(r"\((?:[DRI]|Dem|Rep|Ind)-[A-Z][\w.]{0,8}\)")
_STOP_AFTER = re.compile(r"\s*(?:[.,;!?]|$)")


def _inverted_speaker(doc, a: int, b: int, limit: int) -> Speaker | None:
    """The speaker phrase at [a, b) after an inverted verb, or the name given after it: '," said a mechanic who gave
    his name only as Mike', '," said the manager, Kevin Doyle.'."""
    t = doc.text
    sp = parse_speaker(doc, a, b, whole=True)
    named = _GAVE_NAME.match(t, b, min(limit, b + 120))
    if sp is not None and named:
        sp = Speaker("name", named.group(1), b + named.start(1) - named.start(), b + named.end(1) - named.start())
    holder = _HOLDER_AFTER.match(t, b, min(limit, b + 80)) if sp is not None and sp.kind in ("role", "unnamed") else None
    if holder:
        sp = parse_speaker(doc, holder.start(1), holder.end(1), whole=True) or sp
    return sp


#: ('," said the manager, Kevin Doyle.', '..., said the doctor who had treated him, Ericka Pérez.')
_HOLDER_AFTER = re.compile(r"(?:\s+who\s[^,;:.“”\"]{1,60})?,\s+((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)\s*(?:[.;]|,\s+(?:who|said)\b|$)")
#: "... a mechanic who gave his name only as Mike": the name the source gave.
#: ('," said one protester, a 48-year-old vegetable trader who gave her name only as Thoibi.': past a description)
_GAVE_NAME = re.compile(r"(?:\s+(?:in|at|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"  # ("a gem trader in Mogok who ...")
                        r"(?:,\s+an?\s+[^,;:.“”\"]{1,60}?(?=\s+who\s))?"
                        r",?\s+(?:who\s+)?(?:(?:gave|giving|identified|identifying)\s+(?:(?:his|her|their)\s+(?:first\s+|family\s+|"
                        r"sur)?name\s+)?(?:only\s+)?as\s+|asked\s+that\s+only\s+(?:his|her|their)\s+(?:first\s+|family\s+|sur)?"
                        r"name,\s+|asked\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+"
                        r"(?:first\s+|family\s+|sur)?name,?)\s+)"
                        # ("who asked that only her first name, Akumla, be used", "who asked to be identified only as Margaret")
                        r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def before_attribution(doc, q: Quote):
    """`X said: “...` / `Haq said, "...` just before the opening mark."""
    t = doc.text
    a = doc.paras[q.para][0]
    s0, _ = doc.sentence_of(q.open)
    if q.open == a and q.para > 0 and t[doc.paras[q.para - 1][1] - 1] == ":":
        a = doc.paras[q.para - 1][0]
        s0 = doc.sentence_of(doc.paras[q.para - 1][1] - 1)[0]
    lo = max(a, s0, q.open - 300)
    from bisect import bisect_left
    k = bisect_left(doc._qstarts, q.open) - 1
    if k >= 0 and lo < doc.qspans[k][1] <= q.open:
        lo = doc.qspans[k][1]
    seg = t[lo:q.open]
    best = None
    for vm in DIRECT_RE.finditer(seg):  # the last speech verb followed only by a few words and [,:]
        # (not a noun after a determiner: "had written in a post on X on Monday:")
        if re.fullmatch(r"(?:\s+[\w’'.-]+){0,8}?\s*[,:—–-]?\s*", seg[vm.end():]) and not _DETERMINER_END.search(
                seg, max(0, vm.start() - 8), vm.start()):
            best = vm
    if best is None:
        return _colon_subject(doc, lo, q.open) if re.search(r":\s*$", seg) else None
    vs, ve = lo + best.start(), lo + best.end()
    sp = subject_before(doc, lo, vs)
    if sp is None:  # ("... punched the air and yelled: “...": the sentence's subject)
        return _colon_subject(doc, lo, q.open) if re.search(r":\s*$", seg) else None
    return sp, best.group(), (vs, ve), q.open


#: What stands between a subject and its speech verb: "had", "also", or another act ("the outgoing PM laughed and
#: replied: ...")
_AUXILIARY_END = re.compile(r"(?:\s+(?:had|has|have|also|[a-z]{3,}ed\s+and))+\s*$")
_DETERMINER_END = re.compile(r"\b(?:a|an|the|his|her|its|their)\s+$")


def _colon_subject(doc, lo: int, qopen: int):
    """`His co-star Zac Efron simply punched the air and yelled: “...`, `One told us privately: “...`: a quote after
    a colon belongs to the subject of the sentence that introduces it."""
    # ("Colombia's environment minister, Susana Muhamad, chose her words carefully:": the name in apposition)
    seg = doc.text[lo:qopen]
    appos = list(re.finditer(r",\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),\s+[a-z]", seg))
    # ("Finance minister Michalis Sarris, speaking to reporters:", "Goodell, standing next to Smith ...:": the one
    # doing it, named before the participle, after a live page's time stamp on the line before)
    appos = appos[-1] if appos else _NAME_THEN_PARTICIPLE.match(seg, seg.rfind("\n") + 1)
    if appos:
        sp = parse_speaker(doc, lo + appos.start(1), lo + appos.end(1), whole=True)
        if sp is not None and sp.kind == "name":
            return sp, "", (-1, -1), qopen
    # ("Moussa Koné spoke to Bakary Diarra, a lorry driver ...:": the one a reporter spoke to answers)
    if (spoke := _SPOKE_TO.search(seg)) is not None:
        sp = parse_speaker(doc, lo + spoke.start(1), lo + spoke.end(1), whole=True)
        if sp is not None and sp.kind == "name":
            return sp, "", (-1, -1), qopen
    # ("When an NBC reporter asked about the jet Qatar has offered Trump, Ramaphosa lightened the room:": the main
    # clause's subject, after the subordinate clause)
    sub = _SUBORDINATE_LEAD.match(seg, seg.rfind("\n") + 1)
    owner = sentence_subject(doc, lo + sub.end() if sub else lo, qopen)
    if owner is None or owner.speaker is None:
        return _label(doc, lo, qopen)
    return owner.speaker, "", (-1, -1), qopen


_SPOKE_TO = re.compile(r"\b(?:spoke|talked|chatted)\s+(?:to|with)\s+((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)(?:,[^:\n]*)?:\s*$")
_SUBORDINATE_LEAD = re.compile(r"(?:When|After|As|While|Before|Although|Though|Once|Since)\s[^,:;“”\"]{3,200},\s+(?=[A-Z])")


#: A live page's line that introduces a quote: "Moreno, on Twitter, late last night:", "WestJet president Diederik
#: Pen, in the airline's statement:", "Reader email, from Gillian in Lethbridge:".
_LABEL = re.compile(r"\s*(?:[\d.:]+\s*(?:[ap]\.?m\.?)?\s+)?(?:[A-Z][\w ]{0,30},\s+from\s+)?"
                    r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}(?:(?!(?:on|in|via|from)\s)[a-z]+\s+){0,2}[A-Z][\w’'.-]*"
                    r"(?:\s+[A-Z][\w’'.-]*){0,3})"
                    r"(?:,?\s+(?:on|in|via)\s+(?:(?:the|an?|his|her|its|their)\s+)?[\w’' ]{1,40}?)?"
                    r"(?:,\s+(?:late|early|last|this|on|in)\b[^:\n]{0,30})?:\s*")


def _label(doc, lo: int, qopen: int):
    m = _LABEL.fullmatch(doc.text, lo, qopen)
    m = m if m and not m.group("who").isupper() else None  # ("UN CHIEF: «A BEACON OF HOPE»": a crosshead)
    sp = parse_speaker(doc, m.start("who"), m.end("who"), whole=True) if m else None
    return (sp, "", (-1, -1), qopen) if sp is not None and sp.kind in ("name", "role", "unnamed") else None


_SUBJECT_CUT = re.compile(r"[,;]|:(?!\d)")  # (not the colon of a time: "16:18 Jim Smith confirms: ...")


def subject_before(doc, lo: int, vs: int):
    """The speaker phrase ending at a speech verb at ``vs``: back to the previous clause boundary, or past an
    appositive or relative clause ("Anniken Vollan, who has shuttled between the camps since March, said")."""
    t = doc.text
    lo = after_dateline(doc, lo, vs)  # ("LONDON, Oct 25 (Reuters) - Ineos said:")
    aux = _AUXILIARY_END.search(t, max(lo, vs - 30), vs)  # ("X, who voted against the deal, had written": X)
    vs = aux.start() if aux and aux.start() > lo else vs
    seg = t[lo:vs]
    cuts = [m.start() for m in _SUBJECT_CUT.finditer(seg)]
    sa = lo + cuts[-1] + 1 if cuts else lo
    if re.fullmatch(r"\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?", t[sa:vs]):
        first = DIRECT_RE.search(seg)
        if first is not None and lo + first.start() < sa:
            return subject_before(doc, lo, lo + first.start())
    sp = parse_speaker(doc, sa, vs, whole=True)
    if sp is not None or not cuts or seg[cuts[-1]] != "," or seg[cuts[-1] + 1:].strip():
        return sp
    # ("Egypt's water minister, Hani Sewilam, was quoted ...": the name between the last two commas, after its role)
    if len(cuts) >= 2 and seg[cuts[-2]] == ",":
        named = parse_speaker(doc, lo + cuts[-2] + 1, lo + cuts[-1], whole=True) \
            if re.match(r"\s*[A-Z]", seg[cuts[-2] + 1:]) else None
        role = parse_speaker(doc, lo, lo + cuts[-2], whole=True) if named is not None and named.kind == "name" else None
        # (a role in capitals reads as a name: "Egypt's Minister of Water Resources and Irrigation, Prof. Hani Sewilam,")
        if role is not None and (role.kind in ("role", "unnamed") or role.kind == "name" and any(
                norm_role(w) in HUMAN_ROLES for w in role.mention.split())):
            return named
    # ", <appositive or relative clause>," right before the verb: the subject ends at an earlier comma
    for k in range(len(cuts) - 2, max(len(cuts) - 5, -1), -1):
        clause = seg[cuts[k] + 1:cuts[-1]].strip()
        # ("One of them, a line worker named Rocío who has been there eleven years, told me": the name given)
        named = parse_speaker(doc, lo + cuts[k] + 1, lo + cuts[-1], whole=True) if GAVE_NAME_AS.search(clause) else None
        if named is not None and named.kind == "name":
            return named
        described = any(norm_role(w) in HUMAN_ROLES for w in clause.split()[:6])
        if not re.match(r"(?:who|whose|which|where|a|an|the|[a-z][\w’'-]*|\d+)\b", clause) and not described:
            continue
        start = lo + cuts[k - 1] + 1 if k > 0 else lo
        sp = parse_speaker(doc, start, lo + cuts[k], whole=True)
        if sp is not None and sp.kind in ("name", "role", "unnamed"):
            return sp
    return None


#: `“...” That was the prime minister, writing on social media.` / `“...” Those were Kovacs’s words on Sunday.` /
#: `“...” That has been the message from President X since ...`: the speaker named in the next sentence.
_NEXT_SENTENCE = re.compile(
    r"[\s.!?]*(?:That|This|Those|These|Such|The\s+words)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<noun>(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:message|verdict|view|word|words|warning|assessment|promise|line|reaction|response|"
    r"answer|position|plea|appeal|argument|thinking|mood|tone|talk|cry|retort|reply|vow|pledge|boast|admission|charge|"
    r"claim|defence|defense|insistence)\s+(?:of|from)\s+)?"
    r"(?P<who>[^,.;:!?“”\"]{2,90}?)(?P<poss>[’']s\s+(?:words|message|verdict|view|warning|assessment|promise|"
    r"line|reaction|response|answer|position|plea|appeal|argument|thinking)|[’']s(?=\s*,))?"
    r"(?=\s*[,.;:!?]|\s+(?:on|in|at|during|after|before|since|speaking|writing|posting|addressing|last|this|"
    r"yesterday|today|earlier|late|when|as|who|about|around|some|nearly|hours|minutes|moments)\b)")
#: Nothing but spaces, stops, commas and closing marks: the rest of a quote's paragraph, read in place (a paragraph
#: may run to a megabyte, and a quote is asked about many times)
_CLOSERS_ONLY = re.compile(r"[ \t\n.,”\"’']*")


def next_sentence_attribution(doc, pos: int, limit: int):
    """A quote standing alone, whose speaker the next sentence names: (speaker, cue, cue_span, end) or None."""
    t = doc.text
    k = doc.para_of(max(pos - 1, 0))
    para_end = doc.paras[k][1]
    m = _NEXT_SENTENCE.match(t, pos, max(limit, para_end))
    # (a quote that is a paragraph of its own, and the next paragraph opens "That was the verdict of ...", not
    # "That was a swipe at ...")
    if not m and (pos >= para_end or _CLOSERS_ONLY.match(t, pos, para_end).end() == para_end) and k + 1 < len(doc.paras):
        m = _NEXT_SENTENCE.match(t, pos, doc.paras[k + 1][1])
        sp = parse_speaker(doc, m.start("who"), m.end("who"), whole=True) if m else None
        m = m if m and (m.group("noun") or m.group("poss") or sp is not None and sp.kind == "name") else None
    if not m:
        return None
    sp = parse_speaker(doc, m.start("who"), m.end("who"), whole=True)
    if sp is None:
        return None
    return sp, "", (-1, -1), m.end("who")


#: a sentence's end or a quote mark: no attribution reaches across one (compiled once: tried at every comma)
_STOP_OR_MARK = re.compile(r"[.!?;:“”\"«»\n]")
_NAME_THEN_PARTICIPLE = re.compile(r"\s*((?:[\w’'.-]+\s+){0,4}?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+[a-z]+ing\b[^:“”\"]{0,100}:\s*$")
