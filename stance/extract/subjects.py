"""Who speaks before a speech verb: the subject of "X said", past a relative clause ("a reader who says ..."),
an appositive ("Igor Korotchenko, a military analyst, told TASS") or a dashed aside; where its clause starts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.appositives import appositive_subject, between_digits
from stance.extract.names import fold, norm_role
from stance.extract.scan import last_match
from stance.extract.speakers import Speaker, parse_speaker
from stance.extract.vocabulary import DIRECT_RE, HUMAN_ROLES, ORG_ROLES

if TYPE_CHECKING:
    from stance.extract.document import Document


def clause_cut(doc: Document, s: int, pre: str) -> int:
    """Where the clause holding the subject starts in ``pre``: after its last comma, semicolon, colon or dash
    outside quotes and brackets (commas inside (...) do not end it: "(Indiana, USA) Michael Desch")."""
    cuts = _cuts(pre)
    # (a comma just inside a closing mark ends the clause too: 'On "Fox News Sunday," the speaker conceded')
    inside = [m.end() for m in _NAME_IN_MARKS.finditer(pre)
              if doc.in_quote(s + m.start() + 1)]  # (a name in capitals: not '"bilateral and temporary," X told')
    if "(" not in pre:
        # (the last cut outside quotes is the one wanted: read from the end, a run-on's commas are not all looked up)
        last = next((b for a, b in reversed(cuts) if not doc.in_quote(s + a)), None)
        return max(inside + ([last] if last is not None else []), default=0)
    depth = [0] * (len(pre) + 1)
    d = 0
    for i, ch in enumerate(pre):
        d += ch == "("
        d -= ch == ")" and d > 0
        depth[i] = d
    return next((b for a, b in reversed(cuts) if depth[a] == 0 and not doc.in_quote(s + a)), 0)


#: "the Ministry of Trade, Industry and Fisheries said": a portfolio's list, whose commas part no clauses
_PORTFOLIO_LIST = re.compile(r"\b(?:Ministry|Department|Minister|Secretary|Office|Commission|Committee)\s+(?:of|for)\s+"
                             r"(?:the\s+)?(?:[A-Z][\w-]*,?\s+){0,3}[A-Z][\w-]*$")
_LIST_GOES_ON = re.compile(r"\s+(?:[A-Z][\w-]*,\s+){0,3}(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:and|&)\s+[A-Z]")


def _cuts(pre: str) -> list[tuple[int, int]]:
    """(start, end) of each comma, semicolon, colon and dash between spaces in ``pre`` (not the comma of "11,500" nor
    the colon of "16:18", nor a wire dateline's "(Agency) - "; "--" stands for a dash: "August 7, 2025 -- NewMed
    announced"). The marks are found by one character class, then read in Python: a pattern of alternatives tried at
    every space cost three times as much."""
    out = []
    n = len(pre)
    for m in _MARK.finditer(pre):
        i = m.start()
        ch = pre[i]
        if ch in ",;:":
            if ch == ";" or not between_digits(pre, i) and not (ch == "," and _PORTFOLIO_LIST.search(pre, max(0, i - 60), i)
                                                                 and _LIST_GOES_ON.match(pre, i + 1)):
                out.append((i, i + 1))
        elif i == 0 or not pre[i - 1].isspace() or ch == "-" and pre[i - 1:i] == "-":
            continue
        elif ch == "-" and pre[i + 1:i + 2] == "-":
            if i + 2 < n and pre[i + 2].isspace():
                out.append((i - 1, i + 3))
        elif i + 1 < n and pre[i + 1].isspace() and not (ch == "-" and i > 1 and pre[i - 2] == ")"):
            out.append((i - 1, i + 2))
    return out


_MARK = re.compile(r"[,;:—–-]")
#: "Just yesterday he", "In the Dáil the following day he": a fronted adverbial before a pronoun subject (not
#: "the deal that he", whose "he" is inside a relative clause)
_FRONTED = re.compile(r"\s*(?=[A-Z])(?:(?!(?i:that|which|who|whom|what|whose|if|whether|when|because|is|are|was|were|had|will|"
                      r"would|can|could|should|shall|does|did|do|may|might|must|why|how|where|"
                      r"has|said|says)\b)[^,;:“”\"\s]+\s+){1,10}?(?=(?:he|she|they|it)\s*$)")
#: "... camped at the border after Ankara said": a subordinate clause whose subject speaks
#: (or "They were alarmed that ministers had conceded ...": "that" after a feeling or an act, not "money that")
_SUBORDINATOR = re.compile(r"\s(?:after|before|when|since|because|although|though|until|once|as|while|whereas)\s+(?=\S)")
_FEELING_THAT = re.compile(r"(?:(?<=[a-z]{2})ed|(?<![a-z])(?:clear|sure|aware|confident|angry|glad|happy|afraid|unlikely|likely|true|"
                           r"evident|obvious|hopeful|upset|furious|adamant|certain|optimistic))\s+that\s+(?=\S)")
#: a description, then where its people are or what they did ("by the barrier", "who arrived from Sydney")
_MODIFIER = re.compile(r"\s*((?:the|an?|one|another|some|several|two|three)?\s*(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)"
                       r"\s+(?:by|inside|outside|at|from|in|near|on|close\s+to|who\s+[a-z]+ed)\s[^,;:“”\"]{2,60}$", re.I)
#: a say-like verb, or any verb with "that": what a subordinate clause's speaker may use
_SAYS_CLAUSE = re.compile(r"(?:said|says|say|told|tells|added|adds|warned|warns|insisted|insists)\b(?!\s+(?:on|upon|of)\b)|"
                          r"\S+(?:\s+(?:on|last|this|in|at)\s+\S+)?\s+that\s")  # ("reported on Friday that")
_FINITE_OR_OWNED = re.compile(r"\b(?:is|are|was|were|have|has|had|will|would|their|his|her|its)\b")
_KEEN_TO = re.compile(r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:careful|quick|keen|eager|anxious|at\s+pains|"
                      r"happy|willing|prepared|the\s+first|the\s+last)|"
                      # "emerged to say", "went on to say", "took to X to say": an act, then what was said
                      r"(?:emerged|emerges|went\s+on|goes\s+on|rose|stood\s+up|came\s+out|stepped\s+forward|hastened|"
                      r"took\s+to\s+(?:Twitter|X|Facebook|Instagram|Telegram|social\s+media|the\s+airwaves|the\s+stage)|"
                      # ("Morales used the same ceremony to warn firms that ...": an occasion used)
                      r"used\s+(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:ceremony|occasion|speech|address|"
                      r"meeting|summit|visit|platform|opportunity|event|rally|interview|briefing)))"
                      r"\s+to\s*$")
#: "When he visited Bangkok in January he said ...": a time clause of the same pronoun, then the pronoun speaking
_WHEN_HE_THEN_HE = re.compile(r"\s*(?:When|After|Before|As|Once|While|Since)\s+(he|she|they)\s+[^,;:“”\"]{3,80}?\s+(?=\1\s*$)")
#: what a fronted phrase's preposition takes: "its statement", "a televised address", "Wednesday night", "27 February"
_NO_PREP = r"(?!(?:on|in|at|of|with|for|from|by|to|about|after|during|over|under)\s)"
_PLACE_OR_TIME = (rf"(?:(?i:the|an?|last|this|that|its|his|her|their)\s+(?:{_NO_PREP}[a-z]\w*\s+){{0,2}}{_NO_PREP}[a-z]\w*|"
                  r"[A-Z][a-z]+day(?:\s+(?:night|morning|afternoon|evening))?|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|"
                  # ("On election night Nielsen", "On polling day the union": a day named by what happened on it)
                  r"[a-z]+\s+(?:night|day|morning|eve))")
_FRONTED_PLACE = re.compile(r"\s*(?:(?i:and|but|yet)\s+)?(?i:before|after|since|during|at|on|in|by)\s")
#: "where he", "and later Pehrson", "Before the election Pehrson": what may open a clause before its subject ("When
#: he announced the talks" is not one: a time clause is background, not a statement)
_SUBORDINATE = re.compile(r"\s*(?:(?:(?i:where|whereupon|and|but|yet|so|then|there|later|afterwards)\s+)+|"
                          r"(?i:earlier|later)\s+(?i:this|last|that|next)\s+(?i:week|month|year|morning|afternoon|evening)\s+|"
                          # ("Late last night the rebels said ...", "Early on Monday the union said ...")
                          r"(?i:late|early)\s+(?:last\s+night|yesterday|on\s+[A-Z][a-z]+day|this\s+(?:morning|afternoon|evening))"
                          r"(?:\s+(?:night|morning|afternoon|evening))?,?\s+|"
                          r"(?:(?i:and|but|yet)\s+)?(?:(?i:earlier|later)\s+)?"
                          r"(?i:before|after|since|during|at|on|in|by|from|as\s+(?:late|early)\s+as)\s+"
                          # ("But in a letter on Friday the board", "In a televised address on the evening of May 27 he")
                          rf"{_PLACE_OR_TIME}\s+(?:(?i:on|in|at|of|during|after)\s+{_PLACE_OR_TIME}\s+){{0,2}}|"
                          # "A day earlier Lebatt had said ...", "Two weeks later the union said ..."
                          r"(?:(?i:only|just)\s+)?(?:(?i:a|an|one|two|three|four|five|six|several|some|\d+)\s+)?(?i:minutes?|hours?|days?|weeks?|"
                          r"months?|years?)\s+(?i:earlier|later|before|after|ago)\s+)"
                          r"(?=[A-Z]|(?:he|she|they|we)\s|the\s+(?:two\s+)?(?:parties|sides)\s*$|(?:the|his|her|their)\s+\w+\s*$)")


_BREAK = re.compile(r"[,;:(]|\s[—–]\s")


def _last_break(pre: str, end: int) -> int:
    """Where the piece ending at ``end`` starts: after the last comma, semicolon, colon, bracket or dash before it."""
    return max((m.end() for m in _BREAK.finditer(pre, 0, end)), default=0)


#: A relative clause ending right before a speech verb: "..., who only last September insisted that ..." (a time may
#: come first); ", whose WhatsApp voice note earlier this week told traders ...": the message speaks for its owner.
RELATIVE_BEFORE = re.compile(
    r"(?:,\s*|\s+)(?:who|which|whose\s+(?:[\w’'-]+\s+){0,3}?(?:note|message|statement|letter|post|tweet|memo|video))"
    r"\s+(?:(?:only\s+|just\s+|earlier\s+)?(?:last|this|in|on)\s+[A-Z]?[a-z]+\s+)?"
    r"(?:(?:also|had|has|have|later|then|once|previously|initially|earlier|repeatedly|publicly)\s+){0,2}$")


def relative_subject(doc: Document, s: int, pre: str, rel: int) -> Speaker | None:
    """"a reader who says she works ...", "One machinist, who said he had worked ...": the speaker is the noun
    phrase the relative clause hangs on (a name before its description wins)."""
    lo = _last_break(pre, rel)
    if re.fullmatch(r"[A-Z][A-Za-z0-9&.-]{1,9}\)\s*", pre[lo:rel]) and pre[lo - 1] == "(":  # "the Union (KMPDU), which"
        rel = len(pre[:lo - 1].rstrip())
        lo = _last_break(pre, rel)
    lead = re.match(r"\s*(?:[A-Z]\w*\s+(?:our|the|its|their)\s+\w+,\s*|From\s+our\s+\w+,\s*|according\s+to\s+)?",
                    pre[lo:rel])  # (", according to the ministry, which said ...": the ministry)
    sp = parse_speaker(doc, s + lo + lead.end(), s + rel, whole=True)
    # ('"It is a historic deal," beamed Babar, who admitted ...': the name after an inverted attribution's verb)
    inv = DIRECT_RE.match(pre, _MARKS.match(pre, lo + lead.end(), rel).end(), rel) if sp is None else None
    if inv is not None:
        named = parse_speaker(doc, s + _MARKS.match(pre, inv.end(), rel).end(), s + rel, whole=True)
        sp = named if named is not None and named.kind == "name" else None
    if sp is None:  # "It is a turnaround for O'Leary, who insisted ...": the noun phrase after the last preposition
        prep = list(re.finditer(r"\s(?:for|from|to|with|by|against|like)\s+(?=\S)", pre[lo:rel]))
        if prep and re.match(r"\s*(?:an?|one)\s", pre[lo:rel]):  # ("a season-ticket holder from Howard Beach who")
            sp = Speaker("unnamed", pre[lo:rel].strip(), s + lo, s + rel)
        else:
            sp = parse_speaker(doc, s + lo + prep[-1].end(), s + rel, whole=True) if prep else None
            sp = sp if sp is not None and sp.kind in ("name", "role", "description") else None
    # ("Musoke did not spare Kampala Minister Minsa Kabanda, whose ...": the name ending a clause, not a role read
    # across the clause)
    if (sp is None or sp.kind == "role") and (end := _name_at_end(pre, lo, rel)):
        named = parse_speaker(doc, s + end, s + rel, whole=True)
        sp = named if named is not None and named.kind == "name" and fold(named.mention.split()[-1]) in doc.persons \
            else sp
    if sp is not None and sp.kind in ("unnamed", "role") and lo > 0 and pre[lo - 1] == ",":
        lo2 = _last_break(pre, lo - 1)
        if lo2 > 0 and re.fullmatch(r"\s*\d{1,3}\s*", pre[lo2:lo - 1]):  # ("Sal Moretti, 58, a ...": past the age)
            lo = lo2
            lo2 = _last_break(pre, lo - 1)
        # ('"...," said Fatoumata Traoré, an economist at a Bamako university, who cautioned ...': the name after
        # an inverted attribution's verb)
        inverted = re.match(r"[”\"’\s]*(?:said|says|added|adds|told\s+\w+)\s+", pre[lo2:lo - 1])
        marks = re.match(r"[”\"’\s]*", pre[lo2:lo - 1]).end()  # ('"...," fumed Sal Moretti, 58, a ...': any verb)
        inverted = inverted or DIRECT_RE.match(pre, lo2 + marks, lo - 1) and re.match(
            r"[”\"’\s]*\S+\s+", pre[lo2:lo - 1])
        lo2 += inverted.end() if inverted else 0
        named = parse_speaker(doc, s + lo2, s + lo - 1, whole=True)
        # ("... in Bali alongside Maroš Šefčovič, the European Commission's trade chief, who told reporters ...":
        # the name ending the clause before the description)
        end = _name_at_end(pre, lo2, lo - 1) if named is None else None
        named = parse_speaker(doc, s + end, s + lo - 1, whole=True) if end else named
        if named is not None and named.kind == "name":
            sp = named
    return sp


_MARKS = re.compile(r"[”\"’\s]*")


def _name_at_end(pre: str, a: int, b: int) -> int | None:
    """Where the capitalised words (up to four) ending ``pre[a:b]`` start, after a word in lower case; else None."""
    words = list(re.finditer(r"\S+", pre[a:b]))
    k = len(words)
    while k > 0 and len(words) - k < 4 and words[k - 1].group()[0].isupper():
        k -= 1
    return a + words[k].start() if 0 < k < len(words) and words[k - 1].group().islower() else None


# (compiled once: asked at every speech verb)
_NAME_IN_MARKS = re.compile(r"[“\"‘'](?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*,[”\"’'](?=\s)")
_WHICH = re.compile(r"\b(?:on|in|of|about|to|for|under|with|by|at|after|before|during|following)\s+which\s+(?!it\s)(?=\S)")
_THEN_LATER = re.compile(r"\s(?:and|but)\s+(?:then|later)\s+(?=[A-Z])")
_CONTRACTION = re.compile(r"\w+[’'](?:ve|re|ll|d|m)", re.I)

#: ", in a letter to his Russian counterpart Sergei Shoigu," ending the words before the verb
_WHERE_ASIDE = re.compile(r",\s+in\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:letter|statement|interview|post|message|speech|"
                          r"note|call|video|op-ed|column)\s+(?:to|with|on|from|for)\b[^,;:“”\"]{0,100},\s*$")


def _before_aside(doc: Document, s: int, pre: str, cut: int) -> tuple[Speaker, int, bool] | None:
    """"Defence Minister Zakir Hasanov, in a letter to his Russian counterpart Sergei Shoigu, said": the name before
    an aside saying where and to whom, not the name inside it; None if no such aside ends ``pre``."""
    aside = _WHERE_ASIDE.search(pre)
    lead = (cut if cut < aside.start() else 0) if aside else 0
    sp = parse_speaker(doc, s + lead, s + aside.start(), whole=True) if aside else None
    return (sp, lead, False) if sp is not None and sp.kind == "name" else None


def speech_subject(doc: Document, s: int, vs: int, pre: str, cut: int) -> tuple[Speaker, int, bool] | None:
    """(speaker, clause cut, whether it came from an appositive) for the verb at ``vs``, or None."""
    t = doc.text
    # "a matter on which Mr Bessent said ...": the subject after a preposition and "which"
    # (not "a video in which it said": "it" is whoever posted the video, which this does not look for; "a statement to
    # Parliament, in which he said", "after which the union says that": the subject after "which")
    # (each pattern below holds a literal word: where it is missing, the pattern is not tried)
    which = _WHICH.search(pre[cut:]) if "which" in pre else None
    if which:
        cut += which.end()
    if ", in " in pre and (before := _before_aside(doc, s, pre, cut)) is not None:
        return before
    # "Mr Sullivan was careful to say that ...": the subject before the frame
    keen = _KEEN_TO.search(pre, cut) if pre.rstrip().endswith("to") else None
    sp = parse_speaker(doc, s + cut, s + keen.start() if keen else vs, whole=True) if pre.strip() else None
    if sp is None and keen:  # "... met for most of Friday before Mary Lou McDonald emerged to say ...": after "before"
        sp, cut = _subordinate_subject(doc, s, pre, cut, keen.start(), ("name", "role", "pronoun")) or (None, cut)
    if sp is None:  # "There were reports of a deal on Monday and then SAS said ...": a second clause's subject
        conj = list(_THEN_LATER.finditer(pre[cut:])) if "then" in pre or "later" in pre else []
        if conj:
            sp = parse_speaker(doc, s + cut + conj[-1].end(), vs, whole=True)
            sp = sp if sp is not None and sp.kind == "name" and not re.match(r"I\b|\w+[’']\w", sp.mention) else None
            cut = cut + conj[-1].end() if sp is not None else cut
    if sp is None:
        sp, cut = _subordinate_or_modified(doc, s, vs, pre, cut)
    if cut > 0:
        whole = parse_speaker(doc, s, vs, whole=True)
        if whole is not None and whole.kind == "list":
            sp, cut = whole, 0
    if sp is not None:  # ("You've just told the Council ...": a contraction is nobody's name)
        return None if _CONTRACTION.fullmatch(sp.mention) else (sp, cut, False)
    if sp is None and pre.strip():
        # "It is to be recalled that Abiy Ahmed has stated ...": the subject after an impersonal frame
        inner = _IMPERSONAL_THAT.match(pre[cut:])
        if inner is not None and not re.search(r"[“”\"«»]", pre[cut + inner.end():]):
            sp = parse_speaker(doc, s + cut + inner.end(), vs, whole=True)
            if sp is not None and sp.kind in ("name", "role"):
                return sp, cut + inner.end(), False
        # "The alliance — a tag team of two unions — said": the subject before a dashed aside
        # (only a subject that ends in a dash can have one: the search is the costly part)
        # (a tabloid's spaced hyphens too: "Union president Derek Fisher - the Lakers point guard ... - insisted")
        dash = re.search(r"(?:^|[,;:]\s*)([^,;:—–]+?)\s([—–-])\s(?:(?!\s[—–-]\s)[^—–]){3,200}\s\2\s*$", pre) \
            if pre.rstrip()[-1:] in ("—", "–", "-") else None
        if dash is not None:
            # ("the Fédération autonome de l'enseignement (FAE) — ... — said": the acronym names it too)
            acro = re.search(r"\(([A-Z][A-Z0-9&]{1,9})\)\s*$", dash.group(1))
            sp = parse_speaker(doc, s + dash.start(1), s + dash.end(1), whole=True) or (
                parse_speaker(doc, s + dash.start(1) + acro.start(1), s + dash.start(1) + acro.end(1), whole=True)
                if acro else None)
            if sp is not None:
                return sp, cut, True
    if cut == 0:
        return None
    # "Farhan Haq, Deputy Spokesman for the UN Secretary-General, said that ..."
    if pre[cut:].strip() and parse_speaker(doc, s + cut, vs, whole=True) is None:
        if not _PLAIN_PHRASE.fullmatch(t[s + cut:vs]):
            return None
    sp = appositive_subject(doc, s, pre)
    return (sp, cut, True) if sp is not None else None


def _subordinate_subject(doc: Document, s: int, pre: str, cut: int, end: int, kinds: tuple[str, ...]):
    """(speaker, where its clause starts) after the last subordinating word in ``pre[cut:end]`` ("... camped at the
    border after Ankara said"), when the speaker is of one of ``kinds``; else None."""
    last = last_match(_SUBORDINATOR, pre, cut, end)
    # (or "that" after a feeling or an act: "They were alarmed that ministers had conceded", searched from its word)
    that = pre.rfind(" that ", cut, end)
    feeling = _FEELING_THAT.search(pre, max(cut, that - 12), end) if that >= 0 else None
    if feeling is not None and (last is None or feeling.end() > last.end()):
        last = feeling
    sp = parse_speaker(doc, s + last.end(), s + end, whole=True) if last else None
    return (sp, last.end()) if sp is not None and sp.kind in kinds else None


def _subordinate_or_modified(doc: Document, s: int, vs: int, pre: str, cut: int) -> tuple[Speaker | None, int]:
    """(speaker, clause cut) from the subject of a subordinate clause ("... camped at the border after Ankara said
    ...") or a description with a modifier ("A taxi driver by the barrier said"), else (None, cut)."""
    # "..., where he admitted that ...", "Before the election Pehrson promised that ...": the subject after a
    # subordinating word or a short opening phrase (a pronoun or a name, never a description)
    lead = _SUBORDINATE.match(pre, cut) or _FRONTED.match(pre, cut) or _WHEN_HE_THEN_HE.match(pre, cut)
    if lead:
        sp = parse_speaker(doc, s + lead.end(), vs, whole=True)
        # ("At a joint news conference they said ...": "they" after a fronted place or time, not after "and then")
        if sp is not None and (sp.kind in ("name", "pronoun", "parties", "role", "office")
                               or sp.kind in ("they", "it") and _FRONTED_PLACE.match(pre, cut)):
            return sp, lead.end()
    # (not "after Trump claimed credit", "as members announced dates": only with a clause of what was said)
    found = _subordinate_subject(doc, s, pre, cut, len(pre), ("name", "role", "unnamed", "parties")) \
        if _SAYS_CLAUSE.match(doc.text, vs) else None
    if found:
        return found
    mod = _MODIFIER.match(pre, cut)
    head = parse_speaker(doc, s + cut, s + mod.end(1), whole=True) if mod else None
    if head is not None and head.kind in ("unnamed", "role") and not doc.in_quote(s + mod.end(1)) \
            and not _FINITE_OR_OWNED.search(pre, mod.end(1)):  # ("Members ... have had their say")
        return Speaker(head.kind, pre[cut:].strip(), head.start, s + len(pre.rstrip())), cut
    return None, cut


#: "Two people aware of the talks said", "the manager of a sports bar a block from the Garden said": a person the
#: article describes, with what follows the noun, and never names
_POSTMODIFIED = re.compile(
    r"\s*(?:(?:and|but|while)\s+)?((?:the|an?|another|one|two|three|four|several|some|other)\s+)?((?:[\w’'&-]+\s+){0,3}?)"
    r"([A-Za-z]+)\s+(?:aware\s+of|close\s+to|familiar\s+with|briefed\s+on|inside|in|at|from|of|with|on|near|outside|"
    r"who\s+[a-z]+ed)\s+((?:[\w’'&.-]+\s+){0,9})", re.I)
_NOT_IN_DESCRIPTION = {"that", "which", "who", "whom", "what", "it", "is", "was", "are", "were", "has", "had", "have",
                       "will", "would", "not", "he", "she", "they", "we", "said", "says", "told", "could", "can",
                       "should", "may", "might", "must", "did", "does", "do", "been", "be", "if", "when"}


def postmodified_subject(doc: Document, s: int, pre: str, cut: int, lemma: str) -> tuple[Speaker, int, bool] | None:
    """A described person before "said" or "told", with a modifier after the noun ("People inside the company"),
    as an unnamed source (or, after "the", someone the article may name elsewhere: left unresolved)."""
    if lemma not in {"say", "tell"}:
        return None
    m = _POSTMODIFIED.fullmatch(pre, cut)
    if m is None:
        return _modified_body(doc, s, pre, cut)
    if doc.in_quote(s + cut):
        return None
    head = m.group(3)
    if norm_role(head) not in HUMAN_ROLES and head.lower() not in _PEOPLE or set(
            (m.group(2) + m.group(4)).lower().split()) & _NOT_IN_DESCRIPTION:
        return _modified_body(doc, s, pre, cut)
    a = s + m.start(1) if m.group(1) else s + m.start(2) if m.group(2) else s + m.start(3)
    kind = "description" if (m.group(1) or "").strip().lower() == "the" else "unnamed"
    return Speaker(kind, doc.text[a:s + len(pre.rstrip())], a, s + len(pre.rstrip())), cut, False


_PEOPLE = {"people", "person", "source", "sources", "manager", "owner", "worker", "workers", "couple", "resident",
           "residents", "member", "members", "driver", "drivers", "nurse", "nurses", "teacher", "teachers", "farmer",
           "farmers", "executive", "executives", "employee", "employees", "staff", "diplomat", "diplomats",
           "officials", "official", "insider", "insiders", "analyst", "analysts", "delegate", "delegates"}


#: "The movement led by former president Álvaro Uribe", "the group of governments that convened the talks", "A Labour
#: Department statement issued after conciliation talks": a body or a document, then what it is or did
_MODIFIED_BODY = re.compile(
    r"\s*(?:(?:and|but)\s+)?((?:the|an?)\s+(?:[\w’'&-]+\s+){0,3}?([a-z]+))\s+(?:(?:that|which)\s+[a-z]+ed|"
    r"(?:led|issued|released|published|run|backed|formed|chaired|representing|convened)\s+(?:by|after|on|in|at|last)|"
    r"of\s+(?:[\w’'&-]+\s+){0,3}?(?:that|which)\s+[a-z]+ed)\s+((?:[\w’'&.-]+\s+){0,12}?)(?:has\s+(?:already\s+)?)?", re.I)


def _modified_body(doc: Document, s: int, pre: str, cut: int) -> tuple[Speaker, int, bool] | None:
    """A body or a document with a modifier after its noun, before "said": an unnamed body ("movement led by ...
    (unnamed)"), a document as its issuer would be ("A Labour Department statement")."""
    m = _MODIFIED_BODY.fullmatch(pre, cut)
    if m is None or doc.in_quote(s + cut) or m.group(2).lower() not in ORG_ROLES \
            or set(m.group(3).lower().split()) & _NOT_IN_DESCRIPTION:
        return None
    end = s + len(pre.rstrip())
    if m.group(2).lower() in _ISSUED_DOCUMENTS:  # ("A Labour Department statement": the department's)
        body = re.match(r"(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w’'&.-]*\s+)*[A-Z][\w’'&.-]*)\s+[a-z]+$", m.group(1))
        if body:
            return Speaker("name", body.group(1), s + m.start(1) + body.start(1), s + m.start(1) + body.end(1)), cut, False
        return Speaker("role", m.group(1), s + m.start(1), s + m.end(1)), cut, False
    a = s + m.start(1) + len(re.match(r"(?:the|an?)\s+", m.group(1), re.I).group())
    mention = re.sub(r"\s+has(?:\s+already)?$", "", doc.text[a:end])
    return Speaker("unnamed", mention, a, end), cut, False


_ISSUED_DOCUMENTS = {"statement", "letter", "report", "communique", "communiqué", "memo", "declaration"}


# (compiled once: each is tried at every comma piece or speech verb)
_IMPERSONAL_THAT = re.compile(r"\s*(?:It|it)\s+(?:is|was|has\s+been|had\s+been|should\s+be|must\s+be)\b[^,;:]{0,40}?"
                              r"\bthat\s+(?=\S)")
#: (not a clause of its own after "and": "..., Lucía, and on paper it does what Sunday's document demanded")
_PLAIN_PHRASE = re.compile(r"(?!\s*(?:and|but)\s+(?:[\w’'-]+\s+){0,3}(?:it|he|she|they|we|I)\s)\s*(?:an?\s+|the\s+)?"
                           r"[\w’'.()\- ]{1,100}")


