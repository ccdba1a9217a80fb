"""Candidates to output records: speakers resolved in reading order, ids, offsets and context."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, insort
from typing import TYPE_CHECKING

from stance.extract.candidates import Candidate
from stance.extract.persons import is_person
from stance.extract.resolution import resolve
from stance.extract.speakers import parse_speaker
from stance.extract.unnamed import unnamed_head

if TYPE_CHECKING:
    from stance.extract.document import Document


def _statement_before(said: list[tuple], start: int) -> tuple | None:
    """The statement that ends last before ``start``; but the quote before it, where that one is reported in the
    quote's own sentence ('"We are workers," he said, after the company accused strikers of blocking crews.')."""
    k = bisect_left(said, (start,))
    if k >= 2 and not said[k - 1][5] and said[k - 2][5] and said[k - 2][4] == said[k - 1][4]:
        return said[k - 2]
    return said[k - 1] if k else None


def to_records(doc: Document, cands: list[Candidate], article: str) -> list[dict]:
    t = doc.text
    digest = hashlib.sha1(t.encode("utf-8")).hexdigest()
    speakers: list[tuple[int, str]] = []
    said: list[tuple] = []  # (end, paragraph, speaker, mention, its sentence, direct) of each statement, by end
    records = []
    for c in cands:
        if c.fixed_speaker is not None:
            canon = mention = c.fixed_speaker
        elif c.speaker is not None:
            canon = resolve(doc, c.speaker, c.key, speakers)
            mention = c.speaker.mention
        elif c.inherit and (before := _statement_before(said, c.start)) is not None and (
                before[1] == c.para or (before[1] == c.para - 1 and doc.paras[c.para][0] >= c.start - 2)):
            canon, mention = before[2], before[3]
            c.cue = ""
        elif c.inherit and len(c.text.split()) >= 3 and (subject := _subject_before(doc, c)) is not None:
            canon, mention = resolve(doc, subject, subject.start, speakers), subject.mention
            if not canon or not is_person(doc, canon):
                continue
        else:
            continue
        if canon:  # "the Ministry of Foreign Affairs" after "the Ministry of Foreign Affairs of Ethiopia": the full name
            canon = doc.fullest_org(canon)
        anchor = c.cue_span[0] if c.cue_span[0] >= 0 else c.start
        if c.speaker is not None and c.speaker.kind == "unnamed":
            doc.unnamed.append((c.key, unnamed_head(c.speaker.mention), canon))
        if canon:
            speakers.append((anchor, canon))
        # a quote with no attribution of its own continues the statement just before it, quoted or reported
        # ("Each union had been able to speak, she said. “We have a disagreement ...”")
        # (one whose speaker is unresolved too: its next quote is kept, unresolved like it, not dropped)
        if c.cue != "according to":
            insort(said, (c.end, doc.para_of(c.end), canon or "", mention, doc.sentence_of(c.start)[0], c.direct))
        lo = min(c.start, c.cue_span[0]) if c.cue_span[0] >= 0 else c.start
        hi = max(c.end, c.cue_span[1])
        records.append({
            "id": hashlib.sha1(f"{digest}:{c.start}:{c.end}".encode()).hexdigest()[:16],
            "article": article,
            "paragraph": c.para + 1,
            "start": c.start,
            "end": c.end,
            "speaker": canon or None,
            "speaker_mention": mention,
            # False: the mention ("he", "the minister") could not be tied to anyone named in the article
            "resolved": bool(canon),
            "direct": c.direct,
            "cue": c.cue,
            "text": c.text,
            "context": context(doc, lo, hi),
        })

    records.sort(key=lambda r: r["start"])
    return records


def _subject_before(doc: Document, c: Candidate):
    """'Asked about a loan, he shut it down flat. "I'm not thinking about that."': a quote with no attribution, after
    a sentence of its paragraph whose subject is a person (a name or "he"/"she"), is that person's."""
    before = doc.sentence_before(c.start - 1) if c.start > 0 else None
    if before is None or doc.sentence_of(c.start - 1)[0] < c.start - 2 or doc.in_quote(before[0]):
        return None
    ps, s = before
    if any(ch in doc.text[ps:s] for ch in "“”\"«»"):  # (a sentence that quotes someone speaks for itself)
        return None
    m = _SUBJECT_OPENS.match(doc.text, ps, s)
    sp = parse_speaker(doc, m.start(1), m.end(1), whole=True) if m else None
    return sp if sp is not None and sp.kind in ("name", "pronoun") else None


#: A sentence's subject, a name or "he"/"she" after any short opening phrase, and its verb in lower case.
_SUBJECT_OPENS = re.compile(r"(?:[^,.;:!?“”\"«»\n]{1,60},\s+)?(He|She|he|she|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
                            r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}\b")


def context(doc: Document, lo: int, hi: int) -> str:
    a = max(doc.sentence_of(lo)[0], lo - 1000)  # a run-on sentence is cut, so each record costs its own size
    b = min(max(doc.sentence_of(max(hi - 1, lo))[1], hi), hi + 1000)
    ctx = " ".join(doc.text[a:b].split())  # (whitespace runs as one space, as str.split and \s agree on them)
    return ctx if len(ctx) <= 2000 else ctx[:1997] + "..."
