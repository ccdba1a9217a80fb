"""Who a statement without its own subject belongs to: ", adding that ...", "... and said ...", "and urged ...":
the statement just before it in the sentence, or the sentence's own subject."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

from stance.extract.candidates import DATELINE, Candidate
from stance.extract.issuers import SPOKEN_DOCUMENTS
from stance.extract.persons import is_person
from stance.extract.speakers import Speaker, parse_speaker
from stance.extract.unnamed import person_noun

if TYPE_CHECKING:
    from stance.extract.document import Document


class Known(list):
    """Statements found so far, in the order found, with their anchors (where the attribution, else the quote,
    ends) kept sorted beside them: an "and said" asks for the one anchored last before it, in a long article
    among thousands."""

    def __init__(self, cands: list[Candidate]):
        super().__init__(cands)
        self.by_anchor = sorted((_anchor(c), k) for k, c in enumerate(cands))

    def append(self, c: Candidate) -> None:
        insort(self.by_anchor, (_anchor(c), len(self)))
        super().append(c)


class Found:
    """The statements found so far, and the spans they cover (disjoint, sorted), so a new one never overlaps."""

    def __init__(self, doc: Document, prior: list[Candidate], consumed: set[int]):
        self.doc, self.prior, self.consumed = doc, prior, consumed
        self.out: list[Candidate] = []
        self.known = Known(prior)  # prior + out, kept as one list: asked for at every "and said" and participle
        self.owned = [c for c in prior if c.speaker is not None or c.fixed_speaker or c.inherit]
        self.covered = sorted([(c.start, c.end) for c in self.owned] + [span for c in self.owned for span in c.extra])
        self._owned_by_start = sorted(self.owned, key=lambda c: c.start)  # (for swallow_short_quotes, by bisection)
        self._owned_starts = [c.start for c in self._owned_by_start]

    def overlaps(self, a: int, b: int) -> bool:
        cov = self.covered
        k = bisect_right(cov, (a, float("inf")))  # neighbours are enough: the spans are disjoint
        return any(0 <= j < len(cov) and a < cov[j][1] and cov[j][0] < b for j in (k - 1, k, k - 2))

    def inside_statement(self, i: int) -> bool:
        return self.overlaps(i, i + 1)

    def blocked(self, vs: int) -> bool:
        """Whether a verb at ``vs`` lies in a quote or inside a statement already found."""
        return self.doc.in_quote(vs) or self.inside_statement(vs)

    def add(self, c: Candidate | None, min_words: int = 0) -> None:
        if c is not None and len(c.text.split()) >= min_words and not self.overlaps(c.start, c.end):
            self.out.append(c)
            self.known.append(c)
            insort(self.covered, (c.start, c.end))

    def swallow_short_quotes(self, c: Candidate, vs: int) -> None:
        """'X said the move ... handed the airline what it wanted: “hours of unpaid labour” from ...': a short quote
        the same verb introduced, inside the clause, is part of the reported statement."""
        lo, hi = bisect_left(self._owned_starts, c.start), bisect_right(self._owned_starts, c.end)
        inner = [d for d in self._owned_by_start[lo:hi] if d.direct and (d.cue_span[0] == vs or d.inherit and d.speaker is None)
                 and d.end <= c.end and len(d.text.split()) <= 8 and not d.extra]
        if not inner:
            return
        spans = {(d.start, d.end) for d in inner}
        rest = [span for span in self.covered if span[0] < c.end and c.start < span[1] and span not in spans]
        if not rest:
            for d in inner:
                d.swallowed = True
                self.covered.remove((d.start, d.end))


def _anchor(c: Candidate) -> int:
    return c.cue_span[1] if c.cue_span[0] >= 0 else c.end


def same_sentence_speaker(cands: Known, s: int, vs: int, strict: bool = False) -> Candidate | None:
    """The statement whose attribution (or quote) comes last before ``vs`` in the sentence starting at ``s``
    (of those anchored there alike, the one found first)."""
    best, best_anchor = None, -1
    idx = cands.by_anchor
    for k in range(bisect_left(idx, (s if strict else s - 300,)), bisect_right(idx, (vs, len(cands)))):
        anchor, n = idx[k]
        c = cands[n]
        if (c.speaker is not None or c.fixed_speaker) and c.start >= s - 300 and anchor > best_anchor:
            best, best_anchor = c, anchor
    return best


def sentence_owner(doc: Document, known: Known, s: int, vs: int) -> Candidate | None:
    """Who an "and said" / "and urged" at ``vs`` belongs to: a statement earlier in the same sentence, else the
    sentence's own subject."""
    return same_sentence_speaker(known, s, vs, strict=True) or sentence_subject(doc, s, vs)


#: Past tenses a sentence's subject may take before its ", saying ..." ("City Hall put the figure differently").
_IRREGULAR = ("put|set|cut|hit|let|made|gave|took|held|kept|left|met|sent|won|lost|struck|sought|brought|drew|threw|shot|"
              "stood|sat|rose|came|began|wrote|chose|found")
#: The subject's verb ("called", "says", "spoke", "took", "sent", "gave", "put"), an adverb allowed before it.
_VERB = r"(?:(?:[a-z]+ly|also|then|later|again|still|had|on\s+[A-Z][a-z]+day)\s+){0,2}(?:[a-z]+(?:ed|s|oke|ook|ent|ave)|" \
    + _IRREGULAR + r")\b"  # ("Ineos on Friday welcomed the vote, saying ...")
_OPENING = r"(?:[A-Z][\w’'-]*(?:\s+[\w’'.-]+){0,9},\s+)?"  # "Last week, MacKinnon turned down ..."
_NAMED = re.compile(r"(?:(?:But|And|Then|Later)\s+)?" + _OPENING +
                    # ("Trade cabinet secretary Rebecca Miano urged ...": lower-case title words inside the name's run)
                    # ("International Energy Agency chief Fatih Birol had described ...")
                    # (not "Emirates had suspended its Nigerian operations": a verb and an object are no title)
                    r"((?!(?:He|She|They|It|We)\s)(?:[A-Z][\w’'.-]*\s+){1,4}?(?:(?!(?:had|has|have|was|were|is|are|will|would|its|their|his|her)\s)"
                    r"[a-z][a-z-]*\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*|"
                    # ("Minister of State for Foreign Affairs Anwar Gargash congratulated ...")
                    # ("Carolyn Ferns of the Ontario Coalition for Better Child Care called ...")
                    r"(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the)\s+(?:the\s+)?)?){1,8}[A-Z][\w’'-]*|"
                    r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*|he|she|they)\s+"  # ("the DUP put out")
                    r"(?:(?:itself|himself|herself|themselves)\s+)?"  # ("Joinnus itself tried to defuse the row")
                    # ("On cable TV, he said sorry ..., and warned": a pronoun's "said" too, not a name's, whose
                    # "said" reports what follows)
                    r"(?:" + _VERB + r"|(?:(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s))(?:said|told)\b(?!\s*,))")
# "Health Secretary Susan Nakhumicha, who had threatened ..., struck ... and urged", or any description between
# commas: "Ali Mohamed, the Kenyan envoy, called ... and warned"
# ("Tavish Scott, chief executive of Salmon Scotland, welcomed ..., saying": a description without an article)
# ("King, who caucuses ...", "SAG-AFTRA, whose 160,000 members ...,", "The Defensoría del Pueblo, the national ...",
# "Grand Chief Stewart Phillip, President of the Union of ... Chiefs, described")
_NAME_THEN_CLAUSE = re.compile(r"(?:(?:[A-Z][\w’'.-]*|de|del|da|la|von|van|der)\s+){0,6}?[A-Z][\w’'-]*(?=,\s+(?:who\b|"
                               r"(?:(?:the|a|an)\s|[a-z]|[A-Z][a-z]+\s+of\s)(?:[^,;:“”\"]|,(?=\d)){2,100},\s+" + _VERB + r"))")
# "In New York, the UN secretary-general, António Guterres, welcomed ... and said": a description, then the name
# ("..., Ursula von der Leyen, congratulated ...": a family name's particles in lower case)
_ROLE_THEN_NAME = re.compile(_OPENING + r"(?:[Tt]he|[Aa]n?)\s+[^,;:“”\"]{2,80},\s+((?:(?:[A-Z][\w’'.-]*|von|van|der|den|de|del|"
                             r"da|di|bin|al|el|la|le)\s+){1,5}[A-Z][\w’'-]*),\s+"
                             + _VERB)
# "The guild's negotiating committee called the deal ...": a body named by its kind
_BOTH_OPEN = re.compile(_OPENING + r"((?:[Tt]he|[Bb]oth)\s+(?:(?:two|three|four|five|six)\s+)?(?:sides|parties|camps|"
                        r"governments|delegations|countries|nations|mediators|unions|leaders|ministers|presidents))\s+"
                        + _VERB)
_ISSUED_OPEN = re.compile(_OPENING + r"((?:His|Her)\s+(?:[\w’'-]+\s+){0,2}?" + SPOKEN_DOCUMENTS + r"(?:\s+(?:after|on)\s+[^,;:“”\"]{2,40}?)?)\s+" + _VERB)
_BODY = re.compile(_OPENING + r"((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'.-]+\s+){0,3}?[a-z]+)\s+" + _VERB)
# ("One supporter, wearing a Zorro-style mask, screamed: ...": an aside between commas before the verb)
# ("A government official in Yerevan, who asked not to be named, rejected ...": a place after the noun, and a
# relative clause between commas)
_SOMEONE = re.compile(_OPENING + r"((?:An?|One)\s+(?:[\w’'-]+\s+){0,3}?[a-z]+(?:\s+(?:in|from)\s+[A-Z][\w’'-]*)?)"
                      r"(?:,\s+(?:[a-z]+ing|who)\b[^,;:“”\"]{0,80},)?\s+" + _VERB)
# "Outside, activists heckled the US envoy, shouting that ...": people described, not named (no "-s" verb: "doctors
# demands" would read as one)
# ("Some progressive campaigners were more guarded, saying", "Equality campaigners saw it differently, saying")
_MANY = re.compile(_OPENING + r"((?:[A-Za-z][\w’'-]*\s+){0,2}[a-z][\w-]*s)\s+(?:[a-z]+ly\s+|had\s+)?(?:[a-z]+(?:ed|oke|ook|ent|ave)|"
                   r"were|saw|said|told|" + _IRREGULAR + r")\b")


_SUBJECT_ASIDE = re.compile(r"((?:The|the)\s+(?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,6}[A-Z][\w’'-]*),\s+(?:[a-z]+ing|who|which)\b"
                            r"[^;:“”\"]{0,120}?,\s+(?=(?:has\s+|have\s+|had\s+)?[a-z]+ed\b)")


_SUBJECT_ACRONYM = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,3}?(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+(?:of\s+|for\s+)?){1,6}[A-Z][\w’'-]*)"
                              r"\s+\([A-Z][A-Za-z0-9&-]{1,9}\)(?=\s+[a-z]+ed\b)")


def sentence_subject(doc: Document, s: int, vs: int) -> Candidate | None:
    """A sentence that opens with a pronoun or a name and its verb ("He called ...", "Phumtham told ..."), maybe
    after a short opening phrase ("At breakfast time the DUP put out ...")."""
    label = _TURN_LABEL.match(doc.text, s, vs)  # ("RH: President Biden called ...": a transcript's label first)
    s = label.end() if label else s
    # ("In the Dáil the following day he described ...": any short opening phrase before a pronoun and its verb)
    lead = _BEFORE_PRONOUN.match(doc.text, s, vs) or _OPENING_PHRASE.match(doc.text, s, vs) \
        or _FRONTED_PARTICIPLE.match(doc.text, s, vs)  # ("Speaking to journalists in Lisbon, the President ...")
    s = lead.end() if lead else s
    # ("The Village Volunteers Coordination Committee, speaking for its eastern, southern and western zones,
    # condemned ...": the subject's verb past an aside between commas)
    text = doc.text[s:vs]
    if (aside := _SUBJECT_ASIDE.match(text)) is not None:
        text = text[:aside.end(1)] + " " + text[aside.end():]
    elif (acronym := _SUBJECT_ACRONYM.match(text)) is not None:  # ("... Unions (BOFEPUSU) swallowed its pride and said")
        text = text[:acronym.end(1)] + text[acronym.end():]
    if alone := _ONE_ALONE.match(doc.text, s, vs):  # "Napoli fans were less impressed. One grumbled ..."
        # (one of the people the sentence before describes, as parse_speaker reads "One" and "Another")
        sp = parse_speaker(doc, alone.start(1), alone.end(1), whole=True)
        return owner_of(doc, sp, s) if sp is not None and sp.kind == "unnamed" else None
    m = _NAMED.match(text)
    # ("Junior doctors had demanded ...": "doctors" is no verb, and "Junior" no speaker)
    if m and person_noun(m.group(0).split()[-1]):
        m = None
    sp = parse_speaker(doc, s + m.start(1), s + m.end(1), whole=True) if m else None
    if sp is None:
        who = _NAME_THEN_CLAUSE.match(text)
        sp = parse_speaker(doc, s, s + who.end(), whole=True) if who else None
    if sp is None:
        who = _ROLE_THEN_NAME.match(text)
        sp = parse_speaker(doc, s + who.start(1), s + who.end(1), whole=True) if who else None
        sp = sp if sp is not None and sp.kind == "name" else None
    if sp is None:  # ("The two sides dropped a joint statement late Thursday saying ...")
        both = _BOTH_OPEN.match(text)
        sp = parse_speaker(doc, s + both.start(1), s + both.end(1), whole=True) if both else None
        sp = sp if sp is not None and sp.kind == "parties" else None
    if sp is None:
        body = _BODY.match(text)
        body = body if body and not person_noun(body.group(0).split()[-1]) else None  # ("The bearded union boss ...")
        sp = parse_speaker(doc, s + body.start(1), s + body.end(1), whole=True) if body else None
        if sp is not None and sp.kind != "role":
            sp = None
    if sp is None:  # ("His first post after the ruling called ...": whoever issued it)
        issued = _ISSUED_OPEN.match(text)
        sp = parse_speaker(doc, s + issued.start(1), s + issued.end(1), whole=True) if issued else None
    if sp is None:  # "An IBEW spokeswoman confirmed the agreement but said ...": an unnamed source
        one = _SOMEONE.match(text)
        sp = parse_speaker(doc, s + one.start(1), s + one.end(1), whole=True) if one else None
        if sp is not None:
            return owner_of(doc, sp, s) if sp.kind == "unnamed" else None
    if sp is None:
        many = _MANY.match(text)
        sp = parse_speaker(doc, s + many.start(1), s + many.end(1), whole=True) if many else None
        return owner_of(doc, sp, s) if sp is not None and sp.kind == "unnamed" else None
    if sp.kind not in ("pronoun", "name", "role", "parties", "unnamed"):  # ("An EU official in Brussels played down")
        return None
    return owner_of(doc, sp, s)


_ONE_ALONE = re.compile(r"(One|Another)(?:,\s+[a-z]+ing\b[^,;:“”\"]{0,80},)?\s+(?:told|said|wrote|" + _VERB + ")")


#: "At breakfast time", "On Thursday night", "On 27 February": a short opening phrase before a sentence's subject
_OPENING_PHRASE = re.compile(r"(?:At|On|In|During|By|Over|Earlier|Later)\s+(?:[a-z][\w’'-]*,?\s+|[A-Z][a-z]+day,?\s+|"
                             r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December)\s+){1,3}(?=(?:the\s+)?[A-Z]|(?:he|she|they)\s|the\s+(?:two|three|four|five|six)\s)")


_FRONTED_PARTICIPLE = re.compile(r"(?:Speaking|Talking|Writing|Addressing|Responding|Answering)\s+[^,;:.!?“”\"]{2,80},\s+"
                                 r"(?=(?:the\s+)?[A-Z]|(?:he|she|they)\s)")
_TURN_LABEL = re.compile(r"[A-Z][A-Z.’'-]{0,20}(?:\s+[A-Z][A-Z.’'-]{1,20}){0,2}:\s+(?=[A-Z])")
#: (and "Late Saturday he took to Truth Social:": an irregular past too)
_BEFORE_PRONOUN = re.compile(r"(?:In|At|On|During|After|Before|From|Earlier|Later|Late|Last|The\s+(?:next|following|same))\b"
                             r"(?:(?!\b(?:what|who|which|that|where|when|how)\b)[^,.;:!?“”\"]){0,60}?"
                             r"\s(?=(?:he|she|they)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|s)|said(?!\s*,)|told|took|wrote|went|"
                             r"gave|sent|spoke)\b)")


def owner_of(doc: Document, sp: Speaker, s: int) -> Candidate:
    """A speaker phrase standing as the owner of the statements that follow it in the sentence starting at ``s``."""
    return Candidate(key=sp.start, start=sp.start, end=sp.end, text="", direct=False, cue="", cue_span=(sp.start, sp.end),
                     speaker=sp, para=doc.para_of(s))


def salient_subject(doc: Document, s: int, vs: int) -> Candidate | None:
    """The first person named in subject position between ``s`` and ``vs`` ("Prime Minister in resignation Kiril
    Petkov welcomed the signing ..., writing that ..."), where the sentence's opening is no pattern of ours."""
    dateline = DATELINE.match(doc.text, s, vs)  # ("(Meridian Wire) - Senator Joe Manchin ...": not the agency)
    s = dateline.end() if dateline else s
    k = doc.before(doc._sal_pos, s)
    if k == len(doc.salient) or doc.salient[k][0] >= vs:
        return None
    pos, person = doc.salient[k]
    if not is_person(doc, person):  # ("Ward End", "Caspian Sea": places the registry took for names)
        return None
    run = re.match(r"[\w’'.-]+(?:\s+[A-Z][\w’'.-]*)*", doc.text[pos:vs])
    return owner_of(doc, Speaker("name", person, pos, pos + run.end()), s) if run else None
