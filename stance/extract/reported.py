"""Reported statements: "X said that ...", "according to X, ...", "..., X told reporters", ", adding that ..."
after another statement of the same speaker (appeals, questions and characterisations: stance.extract.appeals)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from stance.extract.appeals import appeals, characterisations, questions
from stance.extract.asides import parenthetical
from stance.extract.candidates import (
    FINITE_IN,
    LEAD,
    Candidate,
    after_dateline,
    content_end,
    make_reported,
)
from stance.extract.attribution import after_attribution, subject_before
from stance.extract.clauses import bare_clause, that_clause
from stance.extract.owners import (Found, salient_subject, same_sentence_speaker, sentence_owner,
                                   sentence_subject)
from stance.extract.participles import participles, quote_and_that
from stance.extract.sourced import according_to, bulleted, fronted_participle, in_their_view, passives, put_it
from stance.extract.scan import holds_word, scouted
from stance.extract.speakers import LEAD_FILLER, Speaker, parse_speaker
from stance.extract.subjects import RELATIVE_BEFORE, clause_cut, postmodified_subject, relative_subject, speech_subject
from stance.extract.vocabulary import (
    BARE_LEMMAS,
    REPORTED_RE,
    REPORTED_VERBS,
)

if TYPE_CHECKING:
    from stance.extract.document import Document


# (matched in place, not on a slice: a sentence with no full stop would be copied once per verb)
_COMMA_NEXT = re.compile(r"\s*,")

def reported_candidates(doc: Document, prior: list[Candidate], consumed: set[int]) -> list[Candidate]:
    """Reported statements outside ``prior`` (the direct ones): "X said that ...", "according to X, ...",
    "..., X told reporters", and ", adding that ..." after another statement of the same speaker."""
    found = Found(doc, prior, consumed)
    labels = dict(doc.label_spans)  # ("BARRETO: President Petro, on X, wrote that ...": the turn's words after its label)
    for s, e in doc.sentences:
        if e - s > 20_000:  # a run-on without sentence ends: not news prose
            continue
        if labels:  # (not "FINCH: Well, look, I think ...": the turn's own voice, after an opening word)
            a = s + len(doc.text[s:s + 8]) - len(doc.text[s:s + 8].lstrip())
            s = labels[a] if a in labels and not _OWN_VOICE.match(doc.text, labels[a]) else s
        for finder in (according_to, in_their_view, passives, _speech_verbs, fronted_participle, appeals, _parentheticals,
                       characterisations, participles, quote_and_that, questions, bulleted, put_it):
            finder(found, s, e)
    return found.out


#: How a turn opens in its own voice: a word of talk, or whom it addresses before "I" ("Sir, I made it clear ...")
_OWN_VOICE = re.compile(r"(?:Well|Look|Yes|No|So|As|And|But|Now|I|We|Of\s+course|Listen|OK|Okay|Sure|Thank)\b|"
                        r"[^.!?\n]{0,80}?,\s+(?:I|we)\s")




#: "... and said", ", but has also warned", "and — according to reports — claimed": a verb after "and" or "but".
_AND_BEFORE = re.compile(r"(?:,\s*|\s[—–-]\s*|(?<!\ball)\s)(?:and|but)(?:,\s*[a-z]+ly,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|later\s+)?"
                         r"(?:[—–]\s+[^—–]{3,60}\s+[—–]\s+)?$")


def _speech_verbs(found: Found, s: int, e: int) -> None:
    """"X said (that) ...", "..., X told reporters", and "... and said ..." after the sentence's own speaker."""
    doc = found.doc
    t = doc.text
    for vm in doc.reported_verbs(s, e):
        vs, ve = vm.start(), vm.end()
        if doc.in_quote(vs) or vs in found.consumed and not _CLAUSE_THEN_QUOTE.match(t, ve, e) \
                or found.inside_statement(vs) or _NEGATED.search(t, max(s, vs - 16), vs) \
                or vm.group() == "say" and _WOULD_SAY.search(t, max(s, vs - 8), vs) and not _ONLY.match(t, ve, e) \
                or _PASSIVE_BE.search(t, max(s, vs - 7), vs) \
                or vm.group().endswith("ed") and _OWNED_FORM.search(t, max(s, vs - 7), vs) and _NOUN_NEXT.match(t, ve, e) \
                or vm.group().endswith("s") and _NOUN_BEFORE.search(t, max(s, vs - 8), vs):
            continue
        c = None
        # (or "and — according to reports — claimed ...": an aside between dashes first)
        lo = max(s, vs - 90)
        if (t.find("and", lo, vs) >= 0 or t.find("but", lo, vs) >= 0) and _AND_BEFORE.search(t, lo, vs):
            # "He called the talks a success and said ...": the sentence's own subject, else the statement
            # just before (which may end the sentence before: '..." she said, and added that ...')
            known = found.known
            # (else the first person named in subject position: "Maya MacGuineas, president of ..., which has long
            # pressed for ..., called the process tense, but said ...")
            owner = sentence_owner(doc, known, s, vs) or salient_subject(doc, s, vs) or same_sentence_speaker(known, s, vs)
            if owner is not None and owner.para != doc.para_of(vs):  # a paragraph before: kept, its speaker unresolved
                owner = replace(owner, speaker=Speaker("description", "", vs, vs), fixed_speaker=None)
            if owner is not None:
                c = _content_after(doc, vs, ve, e, REPORTED_VERBS.get(vm.group().lower(), ""), owner, vm.group())
        if c is None:
            c = reported_at(doc, s, e, vs, ve, vm.group()) or _said_after_clause(doc, s, e, vs)
        # ("He said it was a blessing ..., joked that ...": the next of a list of the subject's speech acts)
        # ("He thanked Ashraf for his interest, said the deal would open a new chapter ...": likewise, its subject's)
        if c is None and (vm.group().endswith("ed") and t.startswith(" that ", ve) or vm.group() == "said") \
                and _LOWER_COMMA_END.search(t[max(s, vs - 5):vs]):
            owner = same_sentence_speaker(found.known, s, vs, strict=True) or (
                sentence_subject(doc, s, vs) if vm.group() == "said" else None)
            c = _content_after(doc, vs, ve, e, REPORTED_VERBS.get(vm.group().lower(), ""), owner, vm.group()) if owner else None
        if c is not None and found.overlaps(c.start, c.end):
            found.swallow_short_quotes(c, vs)
        found.add(c)


#: 'one vendor told us his stock is running low: "If this does not end ..."': the verb introduces the quote after
#: the colon, and reports the clause before it too
_CLAUSE_THEN_QUOTE = re.compile(r"(?:\s+(?:us|me|him|her|them|reporters|journalists))?\s+(?:that\s+)?(?:the|his|her|its|their|"
                                r"it|he|she|they|we|there)\s[^:;“”\"«»]{8,200}:\s*[“\"«]")
#: "Donald Trump's repeated talk of acquiring Greenland", "their stated aim": a participle owned is an adjective
_OWNED_FORM = re.compile(r"(?:[’']s|\b(?:his|her|their|its|our|my))\s+\Z")
_NOUN_NEXT = re.compile(r"\s+(?!(?:that|to|on|in|at|by|for|with|it|he|she|they|the|a|an)\b)[a-z]+\b")
#: "who has spoken out at protests, said", "amid the protests": a plural noun after a preposition or determiner
_NOUN_BEFORE = re.compile(r"\b(?:at|in|of|amid|during|after|the|these|those|street|mass)\s+\Z")
#: "a step whose effect would be felt for decades": a verb in the passive reports nothing of its subject's
_PASSIVE_BE = re.compile(r"\b(?:be|been|being)\s+\Z")
#: "this government won't tell anybody what's being negotiated", "refused to say whether": no statement is made
_NEGATED = re.compile(r"(?:\bwon[’']t|\bwill\s+not|\bwouldn[’']t|\bwould\s+not|\bdidn[’']t|\bdid\s+not|\bdoesn[’']t|"
                      r"\bdoes\s+not|\bdon[’']t|\bcan[’']t|\bcannot|\bcouldn[’']t|\bcould\s+not|\bnever|\brefused\s+to|"
                      r"\brefuses\s+to|\bdeclined\s+to|\bdeclines\s+to)\s+\Z")
#: ("Workers would say the slogan is the point", "What I'd say is that": a hypothetical saying)
_WOULD_SAY = re.compile(r"(?:\bwould|[’']d|\bmight)\s+\Z")
_ONLY = re.compile(r"\s+(?:only|just|little)\b")  # (but "would say only that ...": what was said, reticently)


def _parentheticals(found: Found, s: int, e: int) -> None:
    """"The deal, he went on, also covered ...": verbs that report only when they interrupt the content."""
    doc = found.doc
    if not holds_word(doc.fit_memo, _PARENTHETICAL_WORDS, doc.text, s, e):
        return
    for vm in scouted(_PARENTHETICAL, doc.text, s, e):
        vs, ve = vm.start(), vm.end()
        if found.blocked(vs) or not _COMMA_NEXT.match(doc.text, ve, e):
            continue
        c = reported_at(doc, s, e, vs, ve, vm.group())
        if c is not None and c.start < vs:
            found.add(c)


_PARENTHETICAL = re.compile(r"(?<![\w’'-])(?:went\s+on|goes\s+on|continued|continues)(?![\w-])")
_PARENTHETICAL_WORDS = ("went", "goes", "continue")


def _content_after(doc: Document, vs: int, ve: int, e: int, lemma: str, owner: Candidate, verb: str):
    """The content clause after a speech verb ("that ..." or a bare clause) as a statement of ``owner``'s speaker."""
    t = doc.text
    after = t[ve:e]
    # ("saying that, as things stood, ...": the aside is the content's; "said, more or less in these words, that")
    tm = re.match(r"\s+that,?\s+", after) or _ASIDE_THAT.match(after)
    cs = that_clause(after, ve)  # ", adding in the same remarks that ..."
    if tm:
        cs = ve + tm.end()
    elif cs is not None:
        pass
    elif lemma == "tell" and (told := bare_clause(after, ve, lemma)) is not None:  # ("and told reporters a truce ...")
        cs = told
    elif (lemma in {"say", "add", "insist", "argue", "warn", "claim", "tell", "write", "note", "maintain"}
          or (lemma in BARE_LEMMAS or lemma == "declare")  # (", declaring the deal had been dead")
          # (", revealing some players had been sleeping in their cars": a counted subject too)
          and re.match(r"\s+(?:(?:the|a|an|his|her|its|their|some|many|several|most|few|no|both|\d[\d,.]*)(?:\s+[\w-]+){1,3}?|"
                       r"he|she|they|it|we|there|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|"  # ("confirmed Thailand would")
                       r"(?:[a-z]+\s+){0,2}[a-z]{3,}s)\s+"  # (", promising local ministers would get on ...": a plural)
                       r"(?:still\s+|also\s+|now\s+|already\s+|never\s+)?(?:was|were|is|are|"
                       r"had|has|would|will|could)\b", after)) and re.match(r"\s+[\w“\"]", after) \
            and not re.match(r"\s+(?:to|for|on|with|about(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand|million)\b|half\b))|of|in|so|"
                             r"as\s+(?:much|well))\b", after):  # ("said as much"; but "saying about a dozen demands had")
        cs = ve + len(after) - len(after.lstrip())
    else:
        return None
    c = make_reported(doc, cs, content_end(doc, cs, e), owner.speaker, verb, (vs, ve))
    if c is not None:
        c.fixed_speaker = owner.fixed_speaker
        c.speaker = owner.speaker
    return c


def starts_with_speech(doc: Document, cs: int, ce: int) -> bool:
    """"According to Reuters, Trump told reporters that ...": the inner speaker is the one that counts; but in
    "According to Mao, the parties agreed that ..." the agreement is what Mao reported."""
    vm = REPORTED_RE.search(doc.text, cs, min(ce, cs + 160))
    if not vm or REPORTED_VERBS.get(re.sub(r"\s+", " ", vm.group()).lower()) in _NOT_SPEAKING:
        return False
    return reported_at(doc, cs, ce, vm.start(), vm.end(), vm.group()) is not None


#: Verbs of agreeing, deciding and feeling: reported by the source named before them, not speech of their own.
_NOT_SPEAKING = {"agree", "disagree", "believe", "think", "hope", "expect", "fear", "feel", "reckon", "wonder"}


def reported_at(doc: Document, s: int, e: int, vs: int, ve: int, verb: str) -> Candidate | None:
    """The reported statement whose speech verb spans [vs, ve) in the sentence [s, e), or None: its subject before the
    verb, then its content ("that ...", a bare clause, the sentence around a parenthetical "X said", or, inverted, the
    clause before "..., X said.")."""
    t = doc.text
    s = max(s, vs - 600)  # a subject is never further back: a run-on sentence stays linear
    lemma = REPORTED_VERBS.get(_SPACES.sub(" ", verb).lower(), "")
    s = after_dateline(doc, s, vs) if lemma not in _NOT_SPEAKING else s  # (not "- X agreed that ..., Y said")
    pre = t[s:vs]
    if lemma == "say" and (aside := _said_name_aside(doc, s, e, vs, ve, verb, pre)) is not None:
        return aside
    cut = clause_cut(doc, s, pre)
    # (tried only where its word stands)
    rel = RELATIVE_BEFORE.search(pre) if "who" in pre or "which" in pre else None
    if rel:
        sp = relative_subject(doc, s, pre, rel.start())
        return _content_after_subject(doc, s, e, vs, ve, verb, lemma, sp) if sp is not None else None
    # ("the RSF posted a video on Twitter in which it said ...": who posted it)
    issued = _ISSUED_IN_WHICH.search(pre) if "which" in pre else None
    if issued and (sp := subject_before(doc, s, s + issued.start("verb"))) is not None:
        return _content_after_subject(doc, s, e, vs, ve, verb, lemma, sp)
    # ("a treaty ... that both governments say answers the objections ...": "that" too, mid-clause, before a short subject)
    # (after the sentence's own verb: "The deal that he said would fail was signed" runs on into its main clause)
    that = _THAT_GAP.search(pre, cut) if lemma in ("say", "claim", "insist", "argue") else None
    that = that if that is not None and _OWN_VERB.search(pre, cut, that.start()) else None
    gap = (_GAP.match(pre, cut) or that) if _GAP_VERB.match(t, ve) and lemma not in _NOT_SPEAKING else None
    if gap:  # "duty-free, which the government said could save ...": the content's subject is the "which"
        sp = parse_speaker(doc, s + gap.end(), vs, whole=True)
        if sp is not None and sp.kind in ("name", "role", "unnamed", "pronoun", "parties", "they", "it"):
            cs = ve + len(t[ve:e]) - len(t[ve:e].lstrip())
            return make_reported(doc, cs, content_end(doc, cs, e), sp, verb, (vs, ve))
    found = speech_subject(doc, s, vs, pre, cut) or _described_subject(doc, s, ve, pre, cut, lemma) \
        or postmodified_subject(doc, s, pre, cut, lemma)
    between = _BETWEEN.search(pre, max(cut, len(pre) - 80)) if found is None else None  # (bounded: words by the verb)
    if between is not None:  # "The court also said", "Brasília had until recently insisted"
        b = between.start()
        found = speech_subject(doc, s, s + b, pre[:b], cut) or _described_subject(doc, s, ve, pre[:b], cut, lemma)
    if found is None or verb.endswith("s") and _PLURAL_AGREES.match(t, ve):  # ("The pay claims were legitimate": a
        return None  # noun in the plural, then its verb)
    sp, cut, appositive = found
    after = t[ve:min(e, ve + 2000)]  # bounded: what follows a verb that matters is near it
    # parenthetical: "But first, Trump stressed, it is important to ...", "The violence — he said — shows ..."
    dashed = re.match(r"\s+[—–]\s*\S", after) and re.search(r"\s[—–]\s*$", t[s:s + cut])
    # ("The fund, she told the plenary, is not ...": the one told is part of the aside)
    whom = _TOLD_ASIDE.match(after) if lemma == "tell" and cut > 0 else None
    whom = whom or (_ASIDE.match(after) if cut > 0 else None)  # ("Governments, he said then, have ...")
    whom = whom or (_DAY_ASIDE.match(after) if cut > 0 and not FINITE_IN.search(t, s, s + cut) else None)
    # ("It was not the deal promised, he said; a better one ...": the content goes on after a semicolon or a dash)
    # (not "and he said — I'm paraphrasing — that ...": a pair of dashes sets off an aside)
    # ("The nation had been restless, he said: lives had been lost ...": a colon too)
    goes_on = (re.match(r"\s*[;:]\s*\S", after) or re.match(r"\s+[—–]\s*[^—–]*$", after)) \
        and re.search(r",\s*$", t[s:s + cut])
    if (re.match(r"\s*,\s*\S", after) or dashed or whom or goes_on) and not appositive and cut > 0 \
            and t[s:s + cut - 1].strip():
        return parenthetical(doc, s, e, vs, ve + (whom.end() if whom else 0), verb, sp, cut)
    cs = _clause_start(after, ve, lemma)
    if cs is None:
        return _inverted(doc, s, vs, ve, verb, lemma, sp, cut, after)
    return make_reported(doc, cs, content_end(doc, cs, e), sp, verb, (vs, ve))


def _said_name_aside(doc: Document, s: int, e: int, vs: int, ve: int, verb: str, pre: str) -> Candidate | None:
    """"Azerbaijan, said Philippe Dam, the group's acting EU director, uses its oil ...": the statement of the name
    after the verb, around the aside it makes inside the clause; None unless a subject alone stands before it ("It
    should not have required a judicial slapdown, said Niek Stam, ..." is a clause, the content)."""
    named = _SAID_NAME_ASIDE.match(doc.text, ve, e) if pre.rstrip().endswith(",") and len(pre.split()) <= 4 \
        and not FINITE_IN.search(pre) else None
    sp = parse_speaker(doc, named.start(1), named.end(1), whole=True) if named else None
    return parenthetical(doc, s, e, vs, named.end() - 1, verb, sp, vs - s) if sp is not None and sp.kind == "name" else None


#: ", said Philippe Dam, the group's acting EU director, uses": a name (and its description) between commas, the clause
#: going on after it
_SAID_NAME_ASIDE = re.compile(r"[ \t]+((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*)(?:,[ \t]+[^,;:“”\"]{2,80})?,(?=[ \t]+[a-z])")


def _clause_start(after: str, ve: int, lemma: str) -> int | None:
    """Where the content clause after a speech verb starts: after its "that" (an aside between commas may come first:
    "said, in a brief statement, that ..."), or bare; None if there is none."""
    cs = that_clause(after, ve, lemma)
    if cs is None and (aside := _ASIDE_THAT.match(after)):
        cs = ve + aside.end()
    return bare_clause(after, ve, lemma) if cs is None and lemma in BARE_LEMMAS else cs


#: "which the government said could ...": the subject of what was said is the "which", its speaker after it
_GAP = re.compile(r"\s*(?:which|who|whom)\s+(?!(?:is|was|are|were|has|had|have|also)\b)(?=\S)")
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|[a-z]{3,}ed|signed|agreed|struck|made|won|lost|sent|"
                       r"took|gave)\b")
_ISSUED_IN_WHICH = re.compile(r"\s(?P<verb>posted|issued|released|published|put\s+out|sent|wrote|gave)\s+(?:a|an|the)\s+"
                              r"(?:[\w-]+\s+){0,2}(?:video|statement|post|letter|message|interview|speech|note|"
                              r"release|communiqu[eé])\b[^,;:“”\"]{0,60}?\s+in\s+which\s+(?:it|he|she|they)\s+$")
_THAT_GAP = re.compile(r"\s(?:that|which)\s+(?=(?:[^\s,;:“”\"]+\s+){1,4}$)")
_PLURAL_AGREES = re.compile(r"\s+(?:were|are|have|had)\b")
_GAP_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:could|would|will|was|were|is|are|had|has|have|should|might|may|must|can|"
                       r"[a-z]{3,}ed|answers|means|remains|breaks|meets|falls|goes|gives|puts)\s")  # ("which they said simply matched inflation")
#: Where an aside after the verb ends: a comma, then more content (not ", and he ...": the speaker's next act).
_ASIDE_END = r"(?=\s*,\s*(?!(?:and|but)\s+(?:he|she|they|then|also)\b)\S)"
_TOLD_ASIDE = re.compile(r"\s+(?:(?:the|a)\s+(?:weekly|daily|newspaper|magazine|broadcaster)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
                         r"|the\s+[a-z]+|us|me|him|her|them|reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
                         r"|[\d,]+\s+[a-z]+)"  # ("Donald Trump, he told 1,257 shareholders, had not wanted ...")
                         # ("Compensation cannot bring back what was lost, he told reporters after the ceremony, but ...")
                         r"(?:\s+(?:in|at|on|after|before|during|outside)\s+(?:the\s+)?[\w-]+(?:\s+(?:evening|morning|"
                         r"afternoon|night))?){0,2}"
                         + _ASIDE_END)
#: "Governments, he said then, have ...": when, set off with the verb
#: (not "..., Biden said on Tuesday, with the truce due ...": a day there ends a trailing attribution as often)
_ASIDE = re.compile(r"\s+(?:then|later|again|afterwards|at\s+the\s+time|in\s+(?:January|February|March|April|May|June|July|"
                    r"August|September|October|November|December)|"  # ("he had said in July, would not")
                    # ("The government, he said in a statement on signing day, had introduced ...")
                    r"in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:statement|letter|post|interview|speech|message)"
                    r"(?:\s+(?:on|to)\s+[\w-]+(?:\s+[\w-]+)?)?)" + _ASIDE_END)
#: "Her government's first job, Ms Frostadóttir said on Saturday, was to ...": a day, where the words before are no
#: clause (after one, "..., Premier Doug Ford said on Friday, hours after ..." ends the attribution)
_DAY_ASIDE = re.compile(r"\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+(?:week|month|night)|"
                        r"this\s+(?:week|morning))" + _ASIDE_END)
#: "The 104-cap right back said ...": a description nobody in the article is known by, kept as the mention of an
#: unresolved speaker rather than dropped with its statement
_DESCRIBED = re.compile(r"\s*(?:the|an?|another|one|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w’'-]*\s*$", re.I)
_NOT_DESCRIBING = {"that", "which", "who", "what", "it", "this", "there", "report", "data", "figures", "poll", "survey",
                   "study", "is", "was", "are", "were", "has", "had", "have", "will", "would", "not", "also", "he", "she",
                   "they", "we", "of", "them", "us", "cannot", "can't", "can", "could", "should", "may", "might", "must",
                   "did", "does", "do", "won't", "didn't", "doesn't", "deal", "agreement", "text", "law", "bill", "plan",
                   "treaty", "accord", "document", "draft", "deal's", "rules", "constitution"}


#: Words between a subject and its speech verb that a subject parse does not expect
_BETWEEN = re.compile(r"(?:\s+(?:also|had|has|have|repeatedly|long|once|previously|initially|earlier|now|already|again|"
                      r"publicly|privately|firmly|until\s+(?:recently|now|then)|so\s+far|on\s+[A-Z][a-z]+day|"
                      r"nevertheless|nonetheless|however|still|later|then|instead|quickly|flatly|simply|openly|both|all))+\s*$")


def _described_subject(doc: Document, s: int, ve: int, pre: str, cut: int, lemma: str):
    # a say-like verb, or any speech verb with "that" ("The eleven countries affirmed that ...")
    that = doc.text.startswith(" that ", ve) and lemma and lemma not in _NOT_SPEAKING
    if lemma not in {"say", "tell", "add", "insist", "warn", "claim", "argue", "stress"} and not that:
        return None
    cut = LEAD_FILLER.match(pre, cut).end()  # ("In a statement the exchange said": where it was said, first)
    if not _DESCRIBED.fullmatch(pre, cut):
        return None
    words = pre[cut:].lower().split()
    # ("a pact the bloc's executive said could ...": a relative clause, whose subject is no description)
    if set(words) & _NOT_DESCRIBING or {"the", "a", "an"} & set(words[1:]) or doc.in_quote(s + cut):
        return None
    a = s + cut + len(pre[cut:]) - len(pre[cut:].lstrip())
    return Speaker("description", pre[cut:].strip(), a, s + len(pre.rstrip())), cut, False


def _inverted(doc: Document, s: int, vs: int, ve: int, verb: str, lemma: str, sp: Speaker, cut: int, after: str):
    """"<content>, Igor Korotchenko, military analyst, ... told TASS.": the clause before the subject (a trailing
    participle or relative clause is allowed: "..., Qatar's prime minister said, announcing a deal.")."""
    # (", and he asked ...": a second clause of the speaker's own ends the attribution too)
    # (or a clause of another subject: "..., Prime Minister Shinzo Abe said on Thursday, and Tokyo will in return ...")
    after_core = re.sub(r",\s+(?:[a-z]+ing|which|who|where|with|amid|as|(?:hours|days|weeks|minutes|shortly|just|a\s+day)\s+"
                        r"(?:after|before)|(?:and|but|though|although|while)\s+(?:he|she|they|it)\s+"
                        r"(?:also\s+)?[a-z]+ed|and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+"
                        r"(?:will|would|has|had|is|was|are|were|can|could))\b.*$", ".",
                        after.rstrip()) \
        if after.rstrip().endswith(".") else after
    # ("said in a statement on Aug. 30.": where it was said does not count against the attribution's length)
    # (or "announced today in a live televised address to the nation.")
    short = re.sub(r"^\s+(?:today\s+|on\s+\w+\s+)?in\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|interview|post|letter|speech|"
                   r"address|broadcast|video|message)\b(?:\s+to\s+[^,.;:]{0,80})?", "", after_core)
    # ("told a hastily arranged briefing in New Delhi.": the audience does not either)
    short = re.sub(r"^\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:briefing|conference|meeting|rally|audience|session)\b", "", short)
    if not (cut > 0 and len(short.split()) <= 5 and not re.search(r"\bthat\b", after_core)
            and (verb.lower() != lemma or sp.kind == "unnamed" and lemma in _PLURAL_SAY) and after_core.rstrip().endswith(".")
            and not re.match(r"(?:was|were|is|are|has|have|had)\s", verb, re.I)  # ("..., both sides were claiming victory.")
            # ("..., the opposition leader had agreed to sign.": an infinitive makes it an act, not an attribution)
            and not re.match(r"\s+to\s+(?!(?:reporters|journalists|the|a|an|his|her|their|its|me|us|him|them)\b)[a-z]+\b",
                             after)):
        return None
    pre = doc.text[s:vs]
    if re.search(r"\bcorrespondent\s*$", pre):  # "..., QAZAQ AQPARAT correspondent reports.": the agency's own news
        return None
    if re.match(r"\s*Asked\s", pre):  # ("Asked about his future, the outgoing PM laughed.": the question, not his words)
        return None
    commas = [m.start() for m in re.finditer(r",", pre) if not doc.in_quote(s + m.start())]
    prior = [c for c in commas if c < sp.start - s]
    # ("Texas produces beef, and Australia basically denies us access": a clause of its own, no attribution;
    # "That was Goodell on a call, where he said sorry": nor is a subordinate clause's)
    if not prior or re.match(r",\s*(?:and|but|or|where|when|while|because|after|before|until)\s", pre[prior[-1]:sp.start - s]):
        return None
    lead = re.match(LEAD, pre)
    c = make_reported(doc, s + lead.end(), s + prior[-1], sp, verb, (vs, ve))
    # (three words with an auxiliary are a clause too: "Talks were continuing, a company spokesperson said.")
    if c is None or len(c.text.split()) < 3 or len(c.text.split()) == 3 and not _AUX3.search(c.text):
        return None
    # "Sierra Leone's climate minister, Jiwoh Abdulai, explained the walkout": what comes before the name is its
    # description, not what was said ("In the Commons on 17 July Bridget Phillipson, the shadow ..., accused")
    if parse_speaker(doc, c.start, c.end, whole=True) is not None or (
            c.text.split()[-1][:1].isupper() and not _VERBISH.search(c.text)):
        return None
    # ("When the deal came on Dec. 28, LeBel announced it": a time clause sets the scene, it is not what was said)
    if re.match(r"(?:When|Whenever|While|After|Before|Once|Until|As\s+soon\s+as)\s", c.text) and "," not in c.text:
        return None
    return c


_AUX3 = re.compile(r"^\S+\s+(?:is|are|was|were|will|would|could|can|has|have|had)\s+\S+$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|will|would|could|can|should|must|may|might|has|have|had|do|does|"
                      r"did|[a-z]{2,}ed)\b")


def _content_after_subject(doc: Document, s: int, e: int, vs: int, ve: int, verb: str, lemma: str, sp: Speaker):
    """The content clause of ``verb`` (after "that", or bare for say-like verbs) as a statement of ``sp``."""
    t = doc.text
    after = t[ve:e]
    # (or an aside between commas first: "said, more or less in these words, that once his government was formed ...")
    tm = _UP_TO_THAT.match(after) or _ASIDE_THAT.match(after)
    if tm and not re.search(r"[.;:!?]", tm.group(1)):
        cs = ve + tm.end()
    elif lemma in BARE_LEMMAS and re.match(r"\s+[\w“\"]", after) and not re.match(
            r"\s+(?:[a-z]+ly|on|about|for|to|in|of|with|at)\b", after) and not (  # (not "who has written widely on ...")
            lemma == "declare" and re.match(r"\s+(?:an?|the|its)\s", after)):  # ("which declared a major incident")
        om = re.match(r"\s+(?:us|me|him|her|them|reporters|journalists|(?:both|all|each)\s+(?:sides|parties|side))\b",
                      after) if lemma == "tell" else None
        cs = ve + (om.end() if om else 0)
        cs += len(t[cs:e]) - len(t[cs:e].lstrip())
    else:
        return None
    # the relative clause ends at the comma that closes it: "One machinist, who said X, told us Y"
    ce = content_end(doc, cs, e)
    # ("Gov. Tina Kotek, who had told both sides she expected ..., eventually sent ...": the main verb after it)
    close = re.search(r",\s+(?:told|said|says|added|wrote|according|(?:[a-z]+ly\s+)?(?:had|has|[a-z]{3,}ed|sent|made|took|"
                      r"gave|went|came|held|led|won|lost|met)\s)", t[cs:ce])
    if close:
        ce = cs + close.start()
    return make_reported(doc, cs, ce, sp, verb, (vs, ve))


def _said_after_clause(doc: Document, s: int, e: int, vs: int) -> Candidate | None:
    """"The mood was one of relief, said Dirk Brenner, a parcel carrier.": an inverted attribution ending the
    sentence gives the clause before it to the speaker after it."""
    t = doc.text
    comma = _COMMA_BEFORE.search(t, max(s, vs - 4), vs)
    att = after_attribution(doc, comma.start(), e) if comma is not None else None
    # ("Whether the Afghans will follow it is another matter, writes Harriet Okonkwo-Lind": a standfirst's byline)
    if att is None or att[2][0] != vs or not _ENDS_AFTER.match(t, att[3], e) or att[1].lower() in ("writes", "reports"):
        return None
    lead = re.match(LEAD, t[s:comma.start()])
    c = make_reported(doc, s + lead.end(), comma.start(), att[0], att[1], att[2])
    # (a clause of its own, with a verb: not "In Cologne, said Brenner" nor a name list)
    return c if c is not None and len(c.text.split()) >= 4 and _VERBISH.search(c.text) else None


_COMMA_BEFORE = re.compile(r",\s*\Z")
#: What may follow the speaker of "..., said X": the sentence's end, or where, when or as what X spoke ("on Tuesday",
#: "at the market"; not "..., urged residents in a speech to return home"), X's name ("..., said his doctor, Ericka Pérez."), a description of X ("..., a parcel carrier.")
_ENDS_AFTER = re.compile(r"\s*(?:\s+(?:in|at|from|on|near|outside|inside|with|of|for|during|after|before|as|when|while)\s"
                         r"(?:(?!\sto\s)[^,;:“”\"])*)?(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?=\s*[,.!?]|\s*\Z))?"
                         # (a role with no article: "..., said Niek Stam, acting co-chair of the federation's ...")
                         r"(?:,\s+(?:an?|the|who)\s[^;:“”\"]*|,\s+(?:[a-z-]+\s+){1,3}(?:of|at|for)\s[^;:“”\"]*|"
                         r"\s+who\s[^;:“”\"]*)?[.!?]?\s*\Z")

_SPACES = re.compile(r"\s+")  # (this and the next two compiled once: each is tried at every speech verb)
_LOWER_COMMA_END = re.compile(r"[a-z][”\"’']?,\s+$")  # (or a quote's end: 'his "dear friend", said ...')
#: up to four words, then the clause's "that" (not "until that afternoon": a time)
_ASIDE_THAT = re.compile(r"\s*,(\s+[^,;:.“”\"]{3,60}),\s+that\s+")
_UP_TO_THAT = re.compile(r"((?:\s+[^\s.,;:!?“”\"]+){0,4}?)\s+that\s+"
                              r"(?!(?:day|week|month|year|morning|afternoon|evening|night|time)\b)")
_PLURAL_SAY = {"say", "insist", "argue", "warn", "claim", "note", "report", "add"}  # ("..., sources say.")
