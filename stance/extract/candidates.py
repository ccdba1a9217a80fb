"""Candidate statements: direct quotes with their attribution, and reported speech ("X said that ...",
"according to X, ...", "..., X told reporters"), before speakers are resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stance.extract.attribution import (
    after_attribution,
    before_attribution,
    next_sentence_attribution,
    subject_before,
)
from stance.extract.layout import strip_span
from stance.extract.speakers import Speaker, parse_speaker
from stance.extract.vocabulary import (
    BARE_LEMMAS,
    CLAUSE_STARTERS,
    DQ,
    NOT_CLAUSE,
    PARTICIPLE_RE,
    PARTICIPLES,
    PREPOSITIONS,
    RELATIVE_NEXT,
    REPORTED_RE,
    REPORTED_VERBS,
    STOP_CAPS,
    mask_abbreviations,
)

if TYPE_CHECKING:
    from stance.extract.document import Document


#: A "statement" longer than this is a run-on or a parsing accident, not something a person said.
MAX_STATEMENT_CHARS = 6000


@dataclass
class Candidate:
    key: int           # where the attribution is anchored for pronoun resolution
    start: int
    end: int
    text: str
    direct: bool
    cue: str
    cue_span: tuple[int, int]
    speaker: Speaker | None
    para: int
    extra: list[tuple[int, int]] = field(default_factory=list)  # spans also covered (split quotes)
    inherit: bool = False
    fixed_speaker: str | None = None  # already resolved (a transcript's turn label)
    swallowed: bool = False  # part of a longer reported statement by the same verb


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
        if len(body.split()) < 2 or len(body) > MAX_STATEMENT_CHARS:
            continue
        pend = doc.paras[doc.para_of(e)][1]
        nxt = quotes[qi + 1].open if qi + 1 < len(quotes) else None
        limit = min(pend, nxt) if nxt is not None else pend
        after_pos = (q.close + 1) if q.close is not None else e
        att = None
        # `...lost so many!” Trump said.` but not `...impractical”. He recalled that ...`
        if not re.match(r"\s*[.!?]", t[after_pos:limit]) or q.close is not None and t[q.close] == ",":
            att = after_attribution(doc, after_pos, limit)
        if att is None:
            att = before_attribution(doc, q)
        if att is None:
            att = next_sentence_attribution(doc, after_pos, limit)
        cand = Candidate(key=q.open, start=s, end=e, text=clean(body), direct=True, cue="",
                     cue_span=(-1, -1), speaker=None, para=q.para)
        if att is not None:
            sp, cue, cue_span, att_end = att
            cand.speaker, cand.cue, cand.cue_span = sp, re.sub(r"\s+", " ", cue), cue_span
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
    more = re.match(r"\s*,\s+and\s+(?=[a-z])", t[att_end:se])
    if more and not re.search(r"[“”\"«»]", t[att_end:se]):
        e = trim_end(t, att_end, se)
        text = t[ss:q.pieces[0][1]] + ", and " + t[att_end + more.end():e]
    return Candidate(key=ss, start=ss, end=e, text=clean(text), direct=False, cue=re.sub(r"\s+", " ", cue),
                     cue_span=cue_span, speaker=sp, para=doc.para_of(ss))


def clean(s: str) -> str:
    s = re.sub(rf"\s*\n\s*[{DQ}]?\s*", " ", s)  # paragraph breaks (and their re-opening marks) inside a quote
    return re.sub(r"\s+", " ", s).strip()


def reported_candidates(doc: Document, prior: list[Candidate], consumed: set[int]) -> list[Candidate]:
    """Reported statements outside ``prior`` (the direct ones): "X said that ...", "according to X, ...",
    "..., X told reporters", and ", adding that ..." after another statement of the same speaker."""
    t = doc.text
    from bisect import bisect_right, insort

    out: list[Candidate] = []
    owned = [c for c in prior if c.speaker is not None or c.fixed_speaker or c.inherit]
    taken = [(c.start, c.end) for c in owned] + [span for c in owned for span in c.extra]
    covered = sorted(taken)  # disjoint spans, sorted: neighbours are enough to test overlap

    def overlaps(a, b):
        k = bisect_right(covered, (a, float("inf")))
        return any(0 <= j < len(covered) and a < covered[j][1] and covered[j][0] < b for j in (k - 1, k, k - 2))

    def inside_statement(i):
        return overlaps(i, i + 1)

    for s, e in doc.sentences:
        if e - s > 20_000:  # a run-on without sentence ends: not news prose
            continue
        sent = t[s:e]
        # "According to X, ..." at the start; "..., according to X." at the end
        m = re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also|Earlier|Later)\s*,?\s+)?[Aa]ccording\s+to\s+([^,;:]{1,120}?),\s*", sent)
        if m and not doc.in_quote(s + m.start()):
            sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=False)
            cs, ce = s + m.end(), content_end(doc, s + m.end(), e)
            if sp is not None and sp.kind != "list" and not starts_with_speech(doc, cs, ce):
                c = make_reported(doc, cs, ce, sp, "according to", (s + m.start(), s + m.start(1)))
                if c and not overlaps(c.start, c.end):
                    out.append(c)
                    insort(covered, (c.start, c.end))
        m = re.search(r"(?<=\S),\s+according\s+to\s+([^,;:]{1,120}?),\s+(?=\S)", sent)
        if m and not doc.in_quote(s + m.start()) and m.start() > 0:
            # "a session that, according to the union, ran from 7 p.m." / "The talks, according to officials, will
            # resume": the parenthesis interrupts the statement it sources
            sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=True)
            rel = re.search(r"\b(?:that|which|who)$", sent[:m.start()])
            if sp is not None and sp.kind != "list":
                tail_end = content_end(doc, s + m.end(), e)
                if rel:
                    c = make_reported(doc, s + m.end(), tail_end, sp, "according to", (s + m.start(), s + m.start(1)))
                else:
                    lead = re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also)\s*,?\s+)?", sent)
                    c = make_reported(doc, s + lead.end(), tail_end, sp, "according to",
                                      (s + m.start(), s + m.start(1)))
                    if c is not None:
                        c.text = clean(t[s + lead.end():s + m.start()] + " " + t[s + m.end():c.end])
                if c and len(c.text.split()) >= 4 and not overlaps(c.start, c.end):
                    out.append(c)
                    insort(covered, (c.start, c.end))
        m = re.search(r",\s+according\s+to\s+([^,;:]{1,120}?)\s*[.!?]?$", sent)
        if m and not doc.in_quote(s + m.start()):
            sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=True)
            if sp is not None:
                lead = re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also)\s*,?\s+)?", sent)
                c = make_reported(doc, s + lead.end(), s + m.start(), sp, "according to", (s + m.start(), s + m.start(1)))
                if c and not overlaps(c.start, c.end):
                    out.append(c)
                    insort(covered, (c.start, c.end))
        for vm in REPORTED_RE.finditer(sent):
            vs, ve = s + vm.start(), s + vm.end()
            if doc.in_quote(vs) or vs in consumed or inside_statement(vs):
                continue
            c = None
            if re.search(r"(?:,\s*|\s)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", t[max(s, vs - 20):vs]):
                # "He called the talks a success and said ...": the sentence's own subject, else the statement
                # just before (which may end the sentence before: '..." she said, and added that ...')
                owner = _same_sentence_speaker(prior + out, s, vs, strict=True) or _sentence_subject(doc, s, vs) \
                    or _same_sentence_speaker(prior + out, s, vs)
                if owner is not None:
                    c = _content_after(doc, vs, ve, e, REPORTED_VERBS.get(vm.group().lower(), ""), owner, vm.group())
            if c is None:
                c = reported_at(doc, s, e, vs, ve, vm.group())
            if c is not None and overlaps(c.start, c.end):
                # 'X said the move ... handed the airline what it wanted: “hours of unpaid labour” from ...': a short
                # quote the same verb introduced, inside the clause, is part of the reported statement
                inner = [d for d in owned if d.direct and (d.cue_span[0] == vs or d.inherit and d.speaker is None)
                         and c.start <= d.start and d.end <= c.end
                         and len(d.text.split()) <= 8 and not d.extra]
                rest = [span for span in covered if span[0] < c.end and c.start < span[1]
                        and span not in {(d.start, d.end) for d in inner}]
                if inner and not rest:
                    for d in inner:
                        d.swallowed = True
                        covered.remove((d.start, d.end))
            if c is not None and not overlaps(c.start, c.end):
                out.append(c)
                insort(covered, (c.start, c.end))
        for vm in _PARENTHETICAL.finditer(sent):
            # "The deal, he went on, also covered ...": verbs that report only when they interrupt the content
            vs, ve = s + vm.start(), s + vm.end()
            if doc.in_quote(vs) or inside_statement(vs) or not re.match(r"\s*,", t[ve:e]):
                continue
            c = reported_at(doc, s, e, vs, ve, vm.group())
            if c is not None and c.start < vs and not overlaps(c.start, c.end):
                out.append(c)
                insort(covered, (c.start, c.end))
        for vm in _CALLED.finditer(sent):
            # "Aliyev called the signing a historic day", "described it as the richest contract"; with quoted words
            # ('described the accord as an "EPIC" ceasefire') the quoted words are the statement (embedded_candidates)
            vs, ve = s + vm.start(), s + vm.end()
            if doc.in_quote(vs) or inside_statement(vs) or re.search(r"[“”\"«»]", t[ve:content_end(doc, ve + 1, e)]):
                continue
            sp = subject_before(doc, s, vs)
            if sp is None:
                continue
            c = make_reported(doc, ve, content_end(doc, ve, e), sp, vm.group(1), (vs, ve))
            if c is not None and not overlaps(c.start, c.end):
                out.append(c)
                insort(covered, (c.start, c.end))
        for vm in PARTICIPLE_RE.finditer(sent):
            vs, ve = s + vm.start(), s + vm.end()
            if doc.in_quote(vs) or inside_statement(vs) or not re.search(r",\s*$", t[max(s, vs - 3):vs]):
                continue
            owner = _same_sentence_speaker(prior + out, s, vs)
            if owner is None:
                continue
            c = _content_after(doc, vs, ve, e, PARTICIPLES[vm.group().lower()], owner, vm.group())
            if c is not None and not overlaps(c.start, c.end):
                out.append(c)
                insort(covered, (c.start, c.end))
    return out


_PARENTHETICAL = re.compile(r"(?<![\w’'-])(?:went\s+on|goes\s+on|continued|continues)(?![\w-])")
#: "called it X", "described the talks as Y": a characterisation, with its object and complement as content.
_CALLED = re.compile(r"\b(called|calls|described|describes|branded|brands|dubbed|hailed|termed)\s+"
                     r"(?!on\b|for\b|off\b|in\b|up\b|out\b|back\b|a\s+(?:strike|meeting|vote|halt|press)\b)(?=\S)")
#: Finite verbs that show a clause has its own subject and verb: "said he was pleased that ...".
FINITE = {"is", "was", "are", "were", "had", "has", "have", "would", "will", "could", "can", "should", "might",
          "did", "does", "felt", "believed", "thought", "hoped", "expected", "trusted", "knew", "wanted", "feared"}


def _same_sentence_speaker(cands: list[Candidate], s: int, vs: int, strict: bool = False) -> Candidate | None:
    """The statement whose attribution (or quote) comes last before ``vs`` in the sentence starting at ``s``."""
    best = None
    for c in cands:
        anchor = c.cue_span[1] if c.cue_span[0] >= 0 else c.end
        if (c.speaker is not None or c.fixed_speaker) and (s if strict else s - 300) <= anchor <= vs \
                and (c.start >= s - 300):
            if best is None or anchor > (best.cue_span[1] if best.cue_span[0] >= 0 else best.end):
                best = c
    return best


def _sentence_subject(doc: Document, s: int, vs: int) -> Candidate | None:
    """A sentence that opens with a pronoun or a name and its verb ("He called ...", "Phumtham told ...")."""
    m = re.match(r"(?:(?:But|And|Then|Later)\s+)?((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*|he|she|they)\s+[a-z]+(?:ed|s)\b",
                 doc.text[s:vs])
    if not m:
        return None
    sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=True)
    if sp is None or sp.kind not in ("pronoun", "name"):
        return None
    return Candidate(key=sp.start, start=sp.start, end=sp.end, text="", direct=False, cue="", cue_span=(sp.start, sp.end),
                     speaker=sp, para=doc.para_of(s))


def _content_after(doc: Document, vs: int, ve: int, e: int, lemma: str, owner: Candidate, verb: str):
    """The content clause after a speech verb ("that ..." or a bare clause) as a statement of ``owner``'s speaker."""
    t = doc.text
    after = t[ve:e]
    tm = re.match(r"\s+that\s+", after)
    if tm:
        cs = ve + tm.end()
    elif lemma in {"say", "add", "insist", "argue", "warn", "claim", "tell", "write"} and re.match(r"\s+[\w“\"]", after) \
            and not re.match(r"\s+(?:to|for|on|with|about|of|in)\b", after):
        cs = ve + len(after) - len(after.lstrip())
    else:
        return None
    c = make_reported(doc, cs, content_end(doc, cs, e), owner.speaker, verb, (vs, ve))
    if c is not None:
        c.fixed_speaker = owner.fixed_speaker
        c.speaker = owner.speaker
    return c


def starts_with_speech(doc: Document, cs: int, ce: int) -> bool:
    """"According to Reuters, Trump told reporters that ...": the inner speaker is the one that counts."""
    vm = REPORTED_RE.search(doc.text, cs, min(ce, cs + 160))
    if not vm:
        return False
    return reported_at(doc, cs, ce, vm.start(), vm.end(), vm.group()) is not None


def content_end(doc: Document, cs: int, e: int) -> int:
    """Reported content runs to the sentence end, but never into a stand-alone direct quote (a quote of a few
    words inside the clause stays in it) nor into a second statement (", while X suggested ...",
    ", and wrote:")."""
    from bisect import bisect_right
    t = doc.text
    e = min(e, cs + MAX_STATEMENT_CHARS)
    k = bisect_right(doc._qopens, cs)
    while k < len(doc._qopens) and doc._qopens[k] < e:
        q = doc._qsorted[k]
        short = q.close is not None and len(t[q.pieces[0][0]:q.pieces[-1][1]].split()) <= 6 and q.close + 2 < e
        if not q.embedded and not short:
            e = doc._qopens[k]
            break
        k += 1
    m = _SECOND_STATEMENT.search(t, cs, e)
    return m.start() if m else e


#: Where a second statement starts inside a reported clause.
_SECOND_STATEMENT = re.compile(
    r"(?:,\s+(?:while|whereas)\s+(?:[\w’'.-]+\s+){1,8}?(?:" + "|".join(
        sorted({v for v in REPORTED_VERBS if " " not in v}, key=len, reverse=True)) + r")\b"
    r"|,?\s+and\s+(?:wrote|added|said|posted|tweeted)\s*:|;\s+(?:[\w’'.-]+\s+){1,6}?(?:said|says|added)\b"
    r"|,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:" + "|".join(
        sorted({v for v in REPORTED_VERBS if " " not in v and (v.endswith("ed") or v in {"said", "told", "wrote"})},
               key=len, reverse=True)) + r")\b"
    r"|,?\s+and\s+(?:declined|refused|would\s+not|did\s+not)\s+(?:to\s+)?(?:say|comment|elaborate|give|be\s+drawn)"
    r"|,\s+(?:" + "|".join(sorted(PARTICIPLES, key=len, reverse=True)) + r")\b)")


def reported_at(doc: Document, s: int, e: int, vs: int, ve: int, verb: str) -> Candidate | None:
    t = doc.text
    s = max(s, vs - 600)  # a subject is never further back: a run-on sentence stays linear
    lemma = REPORTED_VERBS.get(re.sub(r"\s+", " ", verb).lower(), "")
    # the clause boundary before the verb
    pre = t[s:vs]
    depth = [0] * (len(pre) + 1)  # commas inside (...) do not end the subject: "(Indiana, USA) Michael Desch"
    d = 0
    for i, ch in enumerate(pre):
        d += ch == "("
        d -= ch == ")" and d > 0
        depth[i] = d
    cut = max((m.end() for m in re.finditer(r"[,;:]|\s[—–]\s", pre)
               if not doc.in_quote(s + m.start()) and depth[m.start()] == 0), default=0)
    rel = re.search(r"(?:,\s*|\s+)(?:who|which)\s+(?:(?:also|had|has|have|later|then|once|previously|"
                    r"repeatedly|publicly)\s+)?$", pre)
    if rel:
        # "a reader who says she works ...", "One machinist, who said he had worked ...": the speaker is the
        # noun phrase the relative clause hangs on
        lo = max((m.end() for m in re.finditer(r"[,;:(]|\s[—–]\s", pre[:rel.start()])), default=0)
        lead = re.match(r"\s*(?:[A-Z]\w*\s+(?:our|the|its|their)\s+\w+,\s*|From\s+our\s+\w+,\s*)?", pre[lo:rel.start()])
        sp = parse_speaker(doc, s + lo + lead.end(), s + rel.start(), whole=True)
        if sp is not None and sp.kind in ("unnamed", "role") and lo > 0 and pre[lo - 1] == ",":
            lo2 = max((m.end() for m in re.finditer(r"[,;:(]|\s[—–]\s", pre[:lo - 1])), default=0)
            named = parse_speaker(doc, s + lo2, s + lo - 1, whole=True)
            if named is not None and named.kind == "name":
                sp = named
        if sp is None:
            return None
        return _content_after_subject(doc, s, e, vs, ve, verb, lemma, sp)
    sp = parse_speaker(doc, s + cut, vs, whole=True) if pre.strip() else None
    if cut > 0:
        whole = parse_speaker(doc, s, vs, whole=True)
        if whole is not None and whole.kind == "list":
            sp, cut = whole, 0
    appositive = False
    if sp is None and cut > 0:
        # "Farhan Haq, Deputy Spokesman for the UN Secretary-General, said that ..."
        if pre[cut:].strip() and parse_speaker(doc, s + cut, vs, whole=True) is None:
            tail = t[s + cut:vs]
            if not re.fullmatch(r"\s*(?:an?\s+|the\s+)?[\w’'.()\- ]{1,100}", tail):
                return None
        commas = [m.start() for m in re.finditer(r",", pre) if not doc.in_quote(s + m.start())]
        # a name wins over its description ("Igor Korotchenko, a military analyst, told TASS")
        for kinds in (("name", "pronoun", "list"), ("unnamed", "role")):
            for k in range(len(commas) - 1, max(len(commas) - 6, -1), -1):
                lo = commas[k - 1] + 1 if k > 0 else 0
                gave = re.match(r"\s*who\s+(?:gave|gives|identified)\s+(?:her|his|their)(?:self|selves)?\s+"
                                r"(?:name\s+)?(?:only\s+)?as\s+", pre[lo:commas[k]])
                if gave:  # "One veteran loader, who gave his name only as Big Tel, said ..."
                    cand = parse_speaker(doc, s + lo + gave.end(), s + commas[k], whole=True)
                    if cand is not None and cand.kind == "name":
                        sp, appositive = cand, True
                        break
                if re.match(r"\s*(?:who|whose|which|where|when)\b", pre[lo:commas[k]]):
                    continue  # "Pablo Beltran, whose real name is Israel Ramirez, told ...": a relative clause
                cand = parse_speaker(doc, s + lo, s + commas[k], whole=True)
                if cand is not None and cand.kind in kinds:
                    sp = cand
                    appositive = True
                    break
            if sp is not None:
                break
    if sp is None:
        return None
    after = t[ve:e]
    # parenthetical: "But first, Trump stressed, it is important to ..."
    if re.match(r"\s*,\s*\S", after) and not appositive and cut > 0 and t[s:s + cut - 1].strip():
        head = t[s:s + cut].rstrip(" ,")
        tail_start = ve + re.match(r"\s*,\s*", after).end()
        if PARTICIPLE_RE.match(t, tail_start):
            # "<content>, the president said, adding that ...": the participle opens a second statement
            lead = re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also)\s*,?\s+)?", pre)
            c = make_reported(doc, s + lead.end(), s + cut, sp, verb, (vs, ve))
            return c if c is not None and len(c.text.split()) >= 4 else None
        ce = content_end(doc, tail_start, e)
        text = clean(head + " " + t[tail_start:ce]).rstrip(" .")
        if len(text.split()) >= 4:
            return Candidate(key=sp.start, start=s, end=trim_end(t, s, ce), text=text, direct=False,
                         cue=verb, cue_span=(vs, ve), speaker=sp, para=doc.para_of(s))
        return None
    cs = None
    tm = re.match(r"((?:\s+[^\s.,;:!?“”\"]+){0,12}?)\s+that\s+(\S+)", after)
    if tm and not re.search(r"[.;:!?]", tm.group(1)):
        nxt = tm.group(2).lower().strip("“\"")
        between = tm.group(1).split()
        clause_first = (bool(between) and between[0].lower() in {"he", "she", "they", "it", "we", "i"}
                        and any(w.lower() in FINITE for w in between[1:3]))
        # another speech verb in between ("said she had warned that ...") owns the "that"; "State" in "the State
        # Dining Room" is a name, and "report" a noun: only lower-case finite forms count
        verb_between = any(w in REPORTED_VERBS and (w.endswith(("ed", "s")) or w in {"said", "told", "wrote", "thought"})
                           for w in between if w.islower())
        # "said the world body had taken note of a request that ...": the "that" hangs on an inner clause
        inner_verb = len(between) >= 2 and any(w in FINITE for w in between[1:])
        if nxt not in RELATIVE_NEXT and not verb_between and not clause_first and not inner_verb:
            cs = ve + tm.start(2)
    if cs is None and lemma in BARE_LEMMAS:
        rest = after
        off = 0
        if lemma == "tell":  # "told reporters ...", "told TASS ..."
            om = re.match(r"\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|reporters|journalists|the\s+press|lawmakers|members|workers|him|her|them|us|me|the\s+\w+|an?\s+\w+)", rest)
            if om:
                off = om.end()
            rest = rest[off:]
        nm = re.match(r"\s+([“\"]?)([\w’'-]+)", rest)
        if nm:
            w = nm.group(2)
            lw = w.lower()
            # "says members can return", "said talks on a second phase ...": any noun phrase can open the clause,
            # but not an adverb, a preposition or an object ("said on Friday", "told him")
            loose = (lw not in NOT_CLAUSE | PREPOSITIONS and not lw.endswith("ly") and w.islower()
                     and len(rest.split()) >= 4 and lemma in {"say", "tell", "add", "claim", "insist", "argue",
                                                               "warn", "estimate", "believe", "think", "admit",
                                                               "concede", "confirm", "acknowledge", "predict"})
            if nm.group(1) or (lw in CLAUSE_STARTERS or (w[0].isupper() and lw not in STOP_CAPS) or loose) and lw not in NOT_CLAUSE:
                cs = ve + off + nm.start(1 if nm.group(1) else 2)
    if cs is None:
        # inverted: "<content>, Igor Korotchenko, military analyst, ... told TASS."
        # (a trailing participle clause is allowed: "..., Qatar's prime minister said, announcing a deal.")
        after_core = re.sub(r",\s+(?:[a-z]+ing|which|who|where)\b.*$", ".", after.rstrip()) \
            if after.rstrip().endswith(".") else after
        if (cut > 0 and len(after_core.split()) <= 5 and not re.search(r"\bthat\b", after_core)
                and verb.lower() != lemma and after_core.rstrip().endswith(".")):
            commas = [m.start() for m in re.finditer(r",", pre) if not doc.in_quote(s + m.start())]
            first_sp = sp.start - s
            prior = [c for c in commas if c < first_sp]
            if prior:
                lead = re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also)\s*,?\s+)?", pre)
                c = make_reported(doc, s + lead.end(), s + prior[-1], sp, verb, (vs, ve))
                return c if c is not None and len(c.text.split()) >= 4 else None
        return None
    ce = content_end(doc, cs, e)
    return make_reported(doc, cs, ce, sp, verb, (vs, ve))


def trim_end(t: str, cs: int, ce: int) -> int:
    while ce > cs and (t[ce - 1].isspace() or t[ce - 1] in ".,;:"):
        ce -= 1
    return ce


#: A wire dateline opening a paragraph: "HAVANA, June 9 (GWS) - ", "ISTANBUL, 22 July (TNA) — ".
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40}(?:,\s+[A-Z][\w.]*\s+\d{1,2}|,\s+\d{1,2}\s+[A-Z][a-z]+\.?)?"
                       r"(?:\s+\([^()\n]{1,30}\))?\s+[-—–]{1,2}\s+")


def make_reported(doc: Document, cs: int, ce: int, sp: Speaker, cue: str, cue_span) -> Candidate | None:
    t = doc.text
    cs, ce = strip_span(t, cs, ce)
    dm = _DATELINE.match(t, cs, ce) if cs == doc.paras[doc.para_of(cs)][0] else None
    if dm:
        cs = dm.end()
    ce = trim_end(t, cs, ce)
    direct = False
    # "he thinks “it is likely impractical”": the content is itself a quote
    if ce - cs >= 2 and t[cs] in DQ and t[ce - 1] in DQ and not re.search(f"[{DQ}]", t[cs + 1:ce - 1]):
        cs, ce, direct = cs + 1, ce - 1, True
    text = clean(t[cs:ce])
    if len(text.split()) < 3 or ce - cs > MAX_STATEMENT_CHARS:
        return None
    return Candidate(key=min(sp.start, cs), start=cs, end=ce, text=text, direct=direct, cue=re.sub(r"\s+", " ", cue),
                 cue_span=cue_span, speaker=sp, para=doc.para_of(cs))



def transcript_candidates(doc: Document) -> list[Candidate]:
    """One direct statement per turn of a transcript, its speaker fixed by the turn's label."""
    from stance.extract.transcripts import interviewee, label_speaker, turns

    found = turns(doc)
    if not found:
        return []
    who = interviewee(doc, found[0][0])
    known: dict[str, str] = {}
    out = []
    for s, e, label in found:
        s, e = strip_span(doc.text, s, e)
        if e <= s:
            continue
        speaker = label_speaker(doc, label, who, known)
        out.append(Candidate(key=s, start=s, end=e, text=clean(doc.text[s:e]), direct=True, cue="",
                             cue_span=(-1, -1), speaker=None, para=doc.para_of(s), fixed_speaker=speaker))
    return out


def _content_after_subject(doc: Document, s: int, e: int, vs: int, ve: int, verb: str, lemma: str, sp: Speaker):
    """The content clause of ``verb`` (after "that", or bare for say-like verbs) as a statement of ``sp``."""
    t = doc.text
    after = t[ve:e]
    tm = re.match(r"((?:\s+[^\s.,;:!?“”\"]+){0,4}?)\s+that\s+", after)
    if tm and not re.search(r"[.;:!?]", tm.group(1)):
        cs = ve + tm.end()
    elif lemma in BARE_LEMMAS and re.match(r"\s+[\w“\"]", after):
        om = re.match(r"\s+(?:us|me|him|her|them|reporters|journalists)\b", after) if lemma == "tell" else None
        cs = ve + (om.end() if om else 0)
        cs += len(t[cs:e]) - len(t[cs:e].lstrip())
    else:
        return None
    # the relative clause ends at the comma that closes it: "One machinist, who said X, told us Y"
    ce = content_end(doc, cs, e)
    close = re.search(r",\s+(?:told|said|says|added|wrote|according)\b", t[cs:ce])
    if close:
        ce = cs + close.start()
    return make_reported(doc, cs, ce, sp, verb, (vs, ve))


#: Verbs that put a quoted word in a speaker's mouth without a clause: 'called it "a betrayal"',
#: 'described the talks as "candid"', 'blasted the handling as "shambolic"', 'what he called "threats"'.
_LABEL_VERB = re.compile(
    r"\b(?P<verb>called|calls|call|described|describes|describing|branded|brands|labell?ed|dubbed|hailed|hails|"
    r"dismissed|dismisses|termed|terms|blasted|blasts|slammed|slams|mocked|mocks|condemned|condemns|praised|"
    r"praises|welcomed|welcomes|denounced|denounces|decried|decries|characteri[sz]ed|urged|urges|"
    r"criticised|criticized|attacked|ridiculed|warned\s+of|spoke\s+of|speaks\s+of|promised|pledged|"
    r"vowed|demanded|insisted\s+on|accused\s+\S+\s+of)\b")


def embedded_candidates(doc: Document, prior: list[Candidate]) -> list[Candidate]:
    """Quoted words woven into a sentence that a speaker said: 'X described the talks as "candid"'.

    Only quotes outside every other statement, after a labelling verb in the same sentence whose subject is a
    speaker; scare quotes, titles and slogans have no such verb and stay out.
    """
    from stance.extract.attribution import subject_before

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
        verbs = list(_LABEL_VERB.finditer(pre))
        if not verbs:
            continue
        vm = verbs[-1]
        between = pre[vm.end():]
        if re.search(r"[.;:!?“”\"«»]", between) or len(between.split()) > 10:
            continue
        vs = ss + vm.start()
        what = re.search(r"what\s+(\S+)\s+$", pre[:vm.start()])
        if what:  # 'condemned what it called "..."': the pronoun or name before "called"
            sp = parse_speaker(doc, ss + what.start(1), ss + what.end(1), whole=False)
            if sp is not None and sp.kind == "pronoun" or sp is None:
                sp = subject_before(doc, ss, ss + what.start()) or sp
        else:
            sp = subject_before(doc, ss, vs)
        if sp is None:
            continue
        out.append(Candidate(key=q.open, start=s, end=e, text=clean(t[s:e]), direct=True, cue=vm.group("verb"),
                             cue_span=(vs, ss + vm.end()), speaker=sp, para=q.para))
    return out
