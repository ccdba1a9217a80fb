"""Direct statements: quotes with their attribution, a transcript's turns, and quoted words a speaker is said to
have used ('called it "a betrayal"')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.attribution import (
    after_attribution,
    before_attribution,
    dash_credit,
    next_sentence_attribution,
    subject_before,
)
from stance.extract.candidates import MAX_STATEMENT_CHARS, Candidate, clean, trim_end
from stance.extract.layout import strip_span
from stance.extract.owners import sentence_subject
from stance.extract.speakers import parse_speaker
from stance.extract.vocabulary import REPORTED_RE, mask_abbreviations

if TYPE_CHECKING:
    from stance.extract.document import Document


_STOP_NEXT = re.compile(r"\s*[.!?]")  # (matched in place: a slice would copy a run-on paragraph per quote)

def direct_candidates(doc: Document) -> list[Candidate]:
    t = doc.text
    out: list[Candidate] = []
    quotes = sorted(doc.quotes, key=lambda q: q.open)
    for qi, q in enumerate(quotes):
        if q.embedded:
            mixed = _mixed_statement(doc, q, quotes[qi + 1].open if qi + 1 < len(quotes) else None)
            if mixed is not None:
                out.append(mixed)
            continue
        s, e = q.pieces[0][0], q.pieces[-1][1]
        body = " ".join(t[a:b] for a, b in q.pieces)
        # (a one-word quote counts only as a whole utterance: `he answered with one word: "None."`)
        if len(body.split()) < 2 and not re.fullmatch(r"[A-Z][\w’'-]*[.!?]+", body.strip()) or len(body) > MAX_STATEMENT_CHARS:
            continue
        pend = doc.paras[doc.para_of(e)][1]
        nxt = quotes[qi + 1].open if qi + 1 < len(quotes) else None
        limit = min(pend, nxt) if nxt is not None else pend
        after_pos = (q.close + 1) if q.close is not None else e
        att = _quote_attribution(doc, quotes, qi, body, after_pos, limit)
        cand = Candidate(key=q.open, start=s, end=e, text=clean(body), direct=True, cue="",
                     cue_span=(-1, -1), speaker=None, para=q.para)
        if att is not None:
            sp, cue, cue_span, att_end = att
            cand.speaker, cand.cue, cand.cue_span = sp, re.sub(r"\s+", " ", cue), cue_span
            front = _fronted_subject(doc, q, sp, cue_span) if cue_span[1] <= s else None
            if front is not None:  # one reported statement from the subject to the quote's last word
                cand.start, cand.direct = front, False
                cand.text = clean(t[front:e])
            # split quote: “We will not sign,” Smith said, “unless the offer improves.”
            if cue_span[0] > e and qi + 1 < len(quotes):
                q2 = quotes[qi + 1]
                between = t[att_end:q2.open]
                # (the attribution may run on: `," Biden said in a statement, pointing also to Lebanon, "but of ...`)
                if (not q2.embedded and re.fullmatch(r"[^.!?“”\"]{0,200},\s*", mask_abbreviations(between))
                        and t[q2.pieces[0][0]:q2.pieces[0][0] + 1].islower()):
                    q2.embedded = True  # consumed here
                    body2 = " ".join(t[a:b] for a, b in q2.pieces)
                    cand.text = clean(body.rstrip(" ,") + " " + body2)
                    cand.extra.append((cand.end, q2.pieces[-1][1]))
                    cand.end = q2.pieces[-1][1]
        else:
            cand.inherit = True
        out.append(cand)
    return out


def _fronted_subject(doc: Document, q, sp, cue_span: tuple[int, int]) -> int | None:
    """'Ukraine's basic position, Tykhyi said, “has remained unchanged”': a quote that goes on a sentence whose
    subject stands before a parenthetical attribution; where that sentence starts, or None."""
    t = doc.text
    ss = doc.sentence_of(q.open)[0]
    head, mid = t[ss:min(sp.start, cue_span[0])], t[max(sp.end, cue_span[1]):q.open]
    if doc.in_quote(ss) or not re.fullmatch(r"\s*,\s*", mid) or not head.rstrip().endswith(",") \
            or not t[q.pieces[0][0]:q.pieces[0][0] + 1].islower():
        return None
    # ("However long they had to wait, he added, “from today ...”": a subordinate clause may open the sentence)
    if not 1 <= len(head.split()) <= (30 if _SUBORDINATOR.match(head) else 20) or re.search(r"[“”\"«»:;]", head) \
            or _FINITE.search(head) and not _SUBORDINATOR.match(head):
        return None
    return ss


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|said|says|told)\b")
_SUBORDINATOR = re.compile(r"\s*(?:However|Whatever|Whoever|If|Unless|Once|When|Whenever|While|Although|Though|Because|"
                           r"Until|As\s+long\s+as|Even\s+if|Even\s+though)\s")


def _quote_attribution(doc: Document, quotes: list, qi: int, body: str, after_pos: int, limit: int):
    """Who said quote ``qi``: the attribution after it, before it, or in the next sentence (see after_attribution)."""
    t = doc.text
    q = quotes[qi]
    # `he asked: "It is not a Bible." Washington replied that ...`: a whole sentence introduced by a colon is
    # the introducer's, not the next sentence's subject's (so the attribution before it is asked first)
    colon_led = re.search(r":\s*$", t[max(0, q.open - 3):q.open]) and re.search(r"[.!?]\s*$", body)
    att = before_attribution(doc, q) if colon_led else None
    att = att or (dash_credit(doc, after_pos, limit) if t.startswith(("–", "—"), after_pos + 1) and len(body.split()) >= 4
                  else None)  # (not a show's name in a heading: '"Cara a Cara" – Saturday edition')
    # `...lost so many!” Trump said.` but not `...impractical”. He recalled that ...`
    if att is None and (not _STOP_NEXT.match(t, after_pos, limit) or q.close is not None and t[q.close] == ","):
        att = after_attribution(doc, after_pos, limit)
        # (`“...,” she said. “...very welcome.” A State Department spokesman said the US would ...`: a quote that
        # goes on from the one just before, ending in its own full stop, is that speaker's; someone new with a
        # clause of their own after it opens the next sentence's statement; "He said ..." goes on)
        if att is not None and q.close is not None and t[q.close - 1] == "." and att[0].kind != "pronoun" \
                and qi and quotes[qi - 1].para == q.para and q.open - quotes[qi - 1].pieces[-1][1] < 60 \
                and not _STOP_NEXT.match(t, att[3], limit) and not re.match(r"\s*[.,;!?]", t[att[2][1]:limit]):
            att = None
    if att is None and not colon_led:
        att = before_attribution(doc, q)
    if att is None:
        att = next_sentence_attribution(doc, after_pos, limit)
    return att


def _mixed_statement(doc: Document, q, nxt: int | None) -> Candidate | None:
    """'The truce will be "bilateral, national and temporary," Rodriguez told the ceremony.': a sentence of the
    reporter's words that ends in a quoted phrase and then an attribution is one reported statement, from the
    sentence start to the quote's last word."""
    t = doc.text
    if q.close is None or len(q.pieces) != 1 or t[q.close - 1:q.close] != "," and t[q.close + 1:q.close + 2] != ",":
        return None
    ss = doc.sentence_of(q.open)[0]
    head = t[ss:q.open]
    if doc.in_quote(ss) or len(head.split()) < 2 or re.search(r"[“”\"«»:;]", head) or _LABEL_VERB.search(head) \
            or REPORTED_RE.search(head) or re.search(r"\baccording\s+to\b", head, re.IGNORECASE):
        return None
    pend = doc.paras[doc.para_of(q.close)][1]
    limit = min(pend, nxt) if nxt is not None else pend
    att = after_attribution(doc, q.close + 1, limit)
    if att is None:
        return None
    sp, cue, cue_span, att_end = att
    e = q.pieces[0][1]
    text = t[ss:e]
    # '..., Mr. Rousseau said, and full restoration might require a week or more.': the clause after the
    # attribution is the same statement, and the attribution inside it is kept, as for a split quote
    se = doc.sentence_of(q.open)[1]
    # ('It gave those gathered “great satisfaction”, he said, to be able to ...': the sentence goes on)
    # (not '..., she said, and she welcomed ...': the speaker's next act)
    more = re.match(r"\s*,\s+(and\s+)?(?=[a-z])(?![a-z]+ing\b|who\b|which\b|according\b|(?:he|she|they)\s+[a-z]+ed\b)",
                    t[att_end:se])
    # (`The sum was "paltry", she said, and the goal "too little"`: phrases quoted in the rest are part of it)
    if more and all(o.embedded for o in doc.quotes if att_end <= o.open < se):
        semi = t.find(";", att_end, se)  # ("..., though a gap remained; the talks ...": the clause ends there)
        e = trim_end(t, att_end, semi if semi > 0 else se)
        text = t[ss:q.close + 1] + (", and " if more.group(1) else " ") + t[att_end + more.end():e]
    return Candidate(key=ss, start=ss, end=e, text=clean(text), direct=False, cue=re.sub(r"\s+", " ", cue),
                     cue_span=cue_span, speaker=sp, para=doc.para_of(ss))


def transcript_candidates(doc: Document) -> list[Candidate]:
    """One direct statement per turn of a transcript, its speaker fixed by the turn's label."""
    from stance.extract.transcripts import turns
    from stance.extract.turn_speakers import interviewee, label_speaker, presiding_officers

    found = turns(doc)
    if not found:
        return []
    who = interviewee(doc, found[0][0])
    known: dict[str, str] = presiding_officers(doc)
    out = []
    for s, e, label in found:
        s, e = strip_span(doc.text, s, e)
        # ("Yes. (Prolonged applause from all benches, the members standing.)": the record's note, not the turn)
        stage = _TRAILING_STAGE.search(doc.text, s, e)
        if stage is not None and stage.start() > s:
            s, e = strip_span(doc.text, s, stage.start())
        if e <= s:
            continue
        speaker = label_speaker(doc, label, who, known)
        doc.turn_spans.append((s, e, speaker))
        out.append(Candidate(key=s, start=s, end=e, text=clean(doc.text[s:e]), direct=True, cue="",
                             cue_span=(-1, -1), speaker=None, para=doc.para_of(s), fixed_speaker=speaker))
    return out + _interjections(doc, who, known)


#: A heckle the record prints in brackets between a speech's paragraphs: "(Stephan Brandner [AfD]: Paid for by our
#: grandchildren!)", "(Applause from the AfD – Interjection from the CDU/CSU: Nonsense!)": who, then the words.
_INTERJECTION = re.compile(r"(?:^\(|\s[–—]\s)(?:Interjections?\s+from\s+(?:the\s+)?(?P<from>[^():–—\[\]\n]{2,60}?)|"
                           r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s+\[[^\[\]\n]{1,40}\])"
                           r":\s+(?P<words>[^()\n]{2,400}?)\)?$", re.M)


def _interjections(doc: Document, who: str | None, known: dict[str, str]) -> list[Candidate]:
    """Heckles a record prints in brackets, each a direct statement by the member or the benches it names."""
    from stance.extract.turn_speakers import label_speaker

    out = []
    for a, b in doc.paras:
        if doc.text[a:a + 1] != "(" or doc.text[b - 1:b] != ")" or ":" not in doc.text[a:b]:
            continue
        for m in _INTERJECTION.finditer(doc.text[a:b]):
            s, e = strip_span(doc.text, a + m.start("words"), a + m.end("words"))
            benches = m.group("from")  # ("the CDU/CSU" stays in its capitals)
            speaker = benches if benches and benches.upper() == benches else label_speaker(
                doc, m.group("name") or benches, who, known)
            out.append(Candidate(key=s, start=s, end=e, text=clean(doc.text[s:e]), direct=True, cue="",
                                 cue_span=(-1, -1), speaker=None, para=doc.para_of(s), fixed_speaker=speaker))
    return out


_TRAILING_STAGE = re.compile(r"\s*\((?:Applause|Prolonged\s+applause|Interjections?|Heckling|Laughter|Protests?|Uproar|Noise|"
                            r"Cheers|Murmurs|Loud\s+applause)\b[^()]*\)\s*$")


_NOT_BETWEEN = ".;:!?“”\"«»"  # (what may not stand between a label verb and its quote)


#: Verbs that put a quoted word in a speaker's mouth without a clause: 'called it "a betrayal"',
#: 'described the talks as "candid"', 'blasted the handling as "shambolic"', 'what he called "threats"'.
_LABEL_VERB = re.compile(
    r"\b(?P<verb>called|calls|call|described|describes|describing|calling|branding|dubbing|hailing|terming|branded|brands|labell?ed|dubbed|hailed|hails|"
    r"dismissed|dismisses|termed|terms|blasted|blasts|slammed|slams|mocked|mocks|condemned|condemns|praised|"
    r"praises|welcomed|welcomes|denounced|denounces|decried|decries|characteri[sz]ed|urged|urges|"
    r"criticised|criticized|attacked|ridiculed|warned\s+of|spoke\s+of|speaks\s+of|promised|pledged|"
    r"vowed|demanded|insisted\s+on|accused\s+\S+\s+of)\b")


def embedded_candidates(doc: Document, prior: list[Candidate]) -> list[Candidate]:
    """Quoted words woven into a sentence that a speaker said: 'X described the talks as "candid"'.

    Only quotes outside every other statement, after a labelling verb in the same sentence whose subject is a
    speaker; scare quotes, titles and slogans have no such verb and stay out.
    """
    t = doc.text
    from bisect import bisect_right

    spans = sorted((c.start, c.end) for c in prior)
    starts = [a for a, _ in spans]
    reach = []  # reach[k]: the furthest end among spans[0..k], so "inside any span" is one lookup
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    out = []
    for q in doc.quotes:
        if not q.embedded or len(q.pieces) != 1:
            continue
        s, e = q.pieces[0]
        k = bisect_right(starts, s) - 1
        if k >= 0 and reach[k] > s or e - s > 300:
            continue
        ss = max(doc.sentence_of(q.open)[0], q.open - 400)
        pre = t[ss:q.open]
        # the verb must have no stop or quote mark after it (below), so only the words after the last one are
        # read: no verb there means none that counts (unless "accused X of", whose X may hold the mark, spans it)
        after = 0 if "accused" in pre else 1 + max(map(pre.rfind, _NOT_BETWEEN))
        verbs = list(_LABEL_VERB.finditer(pre, after))
        if not verbs:
            continue
        vm = verbs[-1]
        between = pre[vm.end():]
        # ('described the July offer, which came after a May offer of 1 per cent, as "a massive backward step"':
        # a long object before the "as" of a description)
        if re.search(r"[.;:!?“”\"«»]", between) or len(between.split()) > (
                25 if _DESCRIBED_AS.match(vm.group("verb")) and " as " in between else 10) \
                or re.search(r"\b[A-Z][\w-]*\s+$", between):  # ('what it called Operation “Northern Arrows”': a name)
            continue
        if " that " in between and REPORTED_RE.search(between):  # ('welcomed the signing but warned that "..."
            continue  # remained': the quote is in what was warned, the reported statement's)
        vs = ss + vm.start()
        if vm.group("verb") == "dubbed" and _APPOSITIVE_OPEN.search(pre, 0, vm.start()):
            continue  # ('Arda Güler, the 18-year-old wonderkid dubbed the "Turkish Messi", was ...': a passive)
        sp = _label_speaker(doc, ss, vs, pre[:vm.start()], vm.group("verb"))
        if sp is None:
            continue
        out.append(Candidate(key=q.open, start=s, end=e, text=clean(t[s:e]), direct=True, cue=vm.group("verb"),
                             cue_span=(vs, ss + vm.end()), speaker=sp, para=q.para))
    return out


_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an)\s+[^,;:“”\"]{1,60}\s$")
_DESCRIBED_AS = re.compile(r"describ|brand|dub|hail|term|label|characteri|dismiss|blast|slam|condemn|denounc|prais")
#: 'Xinhua condemned the tariffs, while describing the meeting as "..."', 'He fumed, before calling it "...": a
#: participle after the sentence's own clause
_OWN_PARTICIPLE = re.compile(r",\s*(?:while\s+|before\s+|after\s+|and\s+|even\s+as\s+)?$")
#: 'The agency quoted Shamkhani as describing the talks as "..."': the one quoted
_QUOTED_AS_DESCRIBING = re.compile(r"\bquot(?:ed|ing)\s+([A-Z][^,;:“”\"]{1,60}?)\s+as\s+$")


def _label_speaker(doc: Document, ss: int, vs: int, pre: str, verb: str):
    """Who put the quoted words after a labelling verb at ``vs`` (``pre`` is the sentence up to it), or None."""
    what = re.search(r"what\s+(\S+)\s+$", pre)
    if what:  # 'condemned what it called "..."': the pronoun or name before "called"
        sp = parse_speaker(doc, ss + what.start(1), ss + what.end(1), whole=False)
        if sp is not None and sp.kind == "pronoun" or sp is None:
            # (else "Chinese state media condemned what it called": the sentence's subject)
            owner = sentence_subject(doc, ss, ss + what.start())
            sp = subject_before(doc, ss, ss + what.start()) or (owner.speaker if owner is not None else None) or sp
        return sp
    quoted = _QUOTED_AS_DESCRIBING.search(pre) if verb.endswith("ing") else None
    if quoted:
        return parse_speaker(doc, ss + quoted.start(1), ss + quoted.end(1), whole=True)
    sp = subject_before(doc, ss, vs)
    if sp is None and verb.endswith("ing") and _OWN_PARTICIPLE.search(pre):
        owner = sentence_subject(doc, ss, vs)  # 'Biden went further, calling the deal "historic"': the subject's
        sp = owner.speaker if owner is not None else None
    return sp
