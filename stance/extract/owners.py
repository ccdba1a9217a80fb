"""Who a statement without its own subject belongs to: ", adding that ...", "... and said ...", "and urged ...":
the statement just before it in the sentence, or the sentence's own subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.candidates import Candidate
from stance.extract.names import norm_role
from stance.extract.speakers import Speaker, parse_speaker
from stance.extract.vocabulary import HUMAN_ROLES, UNNAMED_HEADS

if TYPE_CHECKING:
    from stance.extract.document import Document


def same_sentence_speaker(cands: list[Candidate], s: int, vs: int, strict: bool = False) -> Candidate | None:
    """The statement whose attribution (or quote) comes last before ``vs`` in the sentence starting at ``s``."""
    best = None
    for c in cands:
        anchor = c.cue_span[1] if c.cue_span[0] >= 0 else c.end
        if (c.speaker is not None or c.fixed_speaker) and (s if strict else s - 300) <= anchor <= vs \
                and (c.start >= s - 300):
            if best is None or anchor > (best.cue_span[1] if best.cue_span[0] >= 0 else best.end):
                best = c
    return best


def sentence_owner(doc: Document, known: list[Candidate], s: int, vs: int) -> Candidate | None:
    """Who an "and said" / "and urged" at ``vs`` belongs to: a statement earlier in the same sentence, else the
    sentence's own subject."""
    return same_sentence_speaker(known, s, vs, strict=True) or sentence_subject(doc, s, vs)


#: Past tenses a sentence's subject may take before its ", saying ..." ("City Hall put the figure differently").
_IRREGULAR = "put|set|cut|hit|let|made|gave|took|held|kept|left|met|sent|won|lost|struck|sought|brought|drew|threw|shot"


def sentence_subject(doc: Document, s: int, vs: int) -> Candidate | None:
    """A sentence that opens with a pronoun or a name and its verb ("He called ...", "Phumtham told ...")."""
    # (after a short opening phrase: "Last week, MacKinnon turned down ...")
    m = re.match(r"(?:(?:But|And|Then|Later)\s+)?(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,9},\s+)?"
                 # ("Trade cabinet secretary Rebecca Miano urged ...": lower-case title words inside the name's run)
                 r"((?:[A-Z][\w’'.-]*\s+)(?:[a-z]+\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*|"
                 r"(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*|he|she|they)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s|oke|ook|ent|ave)|" + _IRREGULAR + r")\b",
                 doc.text[s:vs])
    # ("Junior doctors had demanded ...": "doctors" is no verb, and "Junior" no speaker)
    verb = m.group(0).split()[-1].lower() if m else ""
    if m and (verb in UNNAMED_HEADS or norm_role(verb) in HUMAN_ROLES):
        m = None
    sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=True) if m else None
    if sp is None:  # "Health Secretary Susan Nakhumicha, who had threatened ..., struck a conciliatory tone and urged"
        # (or any description between commas: "Ali Mohamed, the Kenyan envoy, called ... and warned")
        who = re.match(r"(?:[A-Z][\w’'.-]*\s+){1,6}?[A-Z][\w’'-]*(?=,\s+(?:who\b|(?:the|a|an)\s[^,;:“”\"]{2,100},\s+"
                       r"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s|oke|ook|ent|ave)|" + _IRREGULAR + r")\b))", doc.text[s:vs])
        sp = parse_speaker(doc, s, s + who.end(), whole=True) if who else None
    if sp is None:  # "The guild's negotiating committee called the deal ...": a body named by its kind
        body = re.match(r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,9},\s+)?((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                        r"(?:[\w’'-]+\s+){0,3}?[a-z]+)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s|oke|ook|ent|ave)|" + _IRREGULAR + r")\b", doc.text[s:vs])
        sp = parse_speaker(doc, s + body.start(1), s + body.end(1), whole=True) if body else None
        if sp is not None and sp.kind != "role":
            sp = None
    if sp is None:  # "Outside, activists heckled the US envoy, shouting that ...": people described, not named
        many = re.match(r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,9},\s+)?((?:[A-Za-z][\w’'-]*\s+){0,2}[a-z][\w-]*s)\s+"
                        r"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|oke|ook|ent|ave)|" + _IRREGULAR + r")\b", doc.text[s:vs])
        sp = parse_speaker(doc, s + many.start(1), s + many.end(1), whole=True) if many else None
        return owner_of(doc, sp, s) if sp is not None and sp.kind == "unnamed" else None
    if sp.kind not in ("pronoun", "name", "role"):
        return None
    return owner_of(doc, sp, s)


def owner_of(doc: Document, sp: Speaker, s: int) -> Candidate:
    """A speaker phrase standing as the owner of the statements that follow it in the sentence starting at ``s``."""
    return Candidate(key=sp.start, start=sp.start, end=sp.end, text="", direct=False, cue="", cue_span=(sp.start, sp.end),
                     speaker=sp, para=doc.para_of(s))
