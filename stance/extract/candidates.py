"""Candidate statements before speakers are resolved, and what every kind of them shares: the record of a
candidate, where reported content ends, and how a span becomes a reported statement.

The finders live beside it: ``direct`` (quotes, transcript turns, quoted words woven into a sentence) and
``reported`` (reported speech).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stance.extract.layout import strip_span
from stance.extract.scan import scouted
from stance.extract.speakers import Speaker
from stance.extract.vocabulary import DQ, PARTICIPLES, REPORTED_VERBS, alternation

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


def clean(s: str) -> str:
    if "\n" in s:
        s = _PARAGRAPH_BREAK.sub(" ", s)  # paragraph breaks (and their re-opening marks) inside a quote
    return _SPACES.sub(" ", s).strip()


_PARAGRAPH_BREAK = re.compile(rf"\s*\n\s*[{DQ}]?\s*")
_SPACES = re.compile(r"\s+")


def content_end(doc: Document, cs: int, e: int) -> int:
    """Reported content runs to the sentence end, but never into a stand-alone direct quote (a quote of a few
    words inside the clause stays in it) nor into a second statement (", while X suggested ...",
    ", and wrote:")."""
    from bisect import bisect_right
    t = doc.text
    e = min(e, cs + MAX_STATEMENT_CHARS)
    k = bisect_right(doc._qopens, cs)
    # ('said "we're not where we need to be yet," while ...': content that opens with a whole quote is that quote)
    # (not '"over half a dozen" armed groups were ...': a fragment the clause goes on from)
    q = doc._qsorted[k - 1] if k and doc._qopens[k - 1] == cs else None
    if q is not None and q.close is not None and q.close < e and (t[q.close - 1] in ",.!?" or _CLAUSE_GOES_ON.match(t, q.close + 1)):
        return q.close + 1
    while k < len(doc._qopens) and doc._qopens[k] < e:
        q = doc._qsorted[k]
        words = len(t[q.pieces[0][0]:q.pieces[-1][1]].split())
        short = q.close is not None and words <= 6 and q.close + 2 < e
        # 'there was "no reasonable prospect of agreement"': a quoted fragment (lower-case, inside the clause,
        # on one line) finishes the clause it is woven into, even at its end
        fragment = (q.close is not None and q.open > cs and words <= 20 and t[q.pieces[0][0]:q.pieces[0][0] + 1].islower()
                    and "\n" not in t[q.open:q.close] and "," not in t[cs:q.open])
        if not q.embedded and not short and not fragment:
            e = doc._qopens[k]
            break
        k += 1
    m = next(scouted(_SECOND_STATEMENT, t, cs, e, scout=_SECOND_SCOUT), None)
    e = m.start() if m else e
    # "When Mr Orpo announced ... that he would open talks with these parties, he identified ...": a clause said in a
    # sentence's opening subordinate clause ends where the main clause's subject and verb begin
    a = doc.sentence_of(cs)[0]
    # (a clause: "called Watt at 7.15am on Thursday, he was told ..." has no verb of its own before the comma)
    if _OPENING_SUBORDINATE.match(t, a, cs) and "," not in t[a:cs] and (m := _MAIN_CLAUSE.search(t, cs, e)) \
            and FINITE_IN.search(t, cs, m.start()):
        e = m.start()
    # "... have been killed in the offensive, which began after ...", "..., leaving little room for ...": the
    # reporter's own addition after a clause that is already whole
    m = _TRAILING.search(t, cs, e) or (_DASH_QUOTE.search(t, cs, e) if t.find(" –", cs, e) >= 0 or t.find(" —", cs, e) >= 0
                                       else None)
    if m and FINITE_IN.search(t, cs, m.start()):
        e = m.start()
    m = _NOW_CLAUSE.search(t, cs, e) if _PAST_REPORT.search(t, max(0, cs - 30), cs) else None
    if m and FINITE_IN.search(t, cs, m.start()):
        e = m.start()
    # "X says nurses have endured ..., and argues ...": after a present-tense speech verb, another present-tense
    # one is the speaker's next statement (after "said", "... upholds X and stresses Y" is what was said)
    if _PRESENT_VERB.search(t, max(0, cs - 40), cs) or _PLURAL_VERB.search(t, max(0, cs - 40), cs):
        # ("environmental groups argue that ..., and warn about ...": the same for a plural subject)
        m = _PRESENT_SECOND.search(t, cs, e) or _PLURAL_SECOND.search(t, cs, e)
        e = m.start() if m else e
    return e


#: '... it had been expensive – "costly, but a duty" was roughly his phrase': a quote after a dash is a statement of
#: its own
_DASH_QUOTE = re.compile(r"\s+[–—]\s+[“\"][^”\"\n]{1,200}[”\"]\s+(?:was|is|were|are|had|has)\b")
_OPENING_SUBORDINATE = re.compile(r"\s*(?:When|After|As|Once|Before|While|Since|Although|Though|Because|Until)\s")
_MAIN_CLAUSE = re.compile(r",\s+(?=(?:he|she|they|we|it|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
                          r"(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|said|was|were|had|has|is|are|will|would|could|told|took|made|gave|"
                          r"went|came|met|held|set|put|began|stood|kept|left|sent)\b)")
_CLAUSE_GOES_ON = re.compile(r"\s*[,.;:!?]|\s+(?:and|but|while)\s")
# (", reversing a decision taken two days earlier", ", prompting ...": the reporter's own account of what followed)
_TRAILING = re.compile(r",\s+(?:which\s+(?:began|took|came|went|followed|marked|ended|started|was\s+news)|leaving|paving|"
                       # (", ending a year-long dispute", ", citing more than 600 layoffs", ", a reference to ...")
                       r"ending|citing|contrasting|a\s+reference\s+to|"
                       # (", Jiji Press reported.": the outlet that reported the statement, at the sentence's end)
                       r"(?:[A-Z][\w’'.&-]*\s+){1,3}(?:reported|reports)(?=\s*[.!?]?\s*$)|"
                       r"(?:a|one|two|three)\s+(?:day|days|week|weeks|hours?)\s+after|"  # (", a day after officials sat down")
                       # (", and over the next 48 hours the two parties rebuilt ...": the story goes on)
                       r"and\s+(?:over|within|during|in)\s+the\s+(?:next|following)\s+(?:[\w-]+\s+){1,2}(?=the\s|[A-Z])|"
                       r"reversing|prompting|sparking|triggering|without\s+(?:saying|giving|naming|elaborating)|"
                       r"raising\s+(?:doubts|questions|fears|hopes)|casting\s+doubt|fuell?ing|heightening|dashing|"
                       # (", and a Norwegian team flew to Caracas the following week": the story goes on, a new subject)
                       r"and\s+(?:a|an)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z]+\s+(?:flew|went|came|arrived|left|travelled|traveled)|"
                       # (", which the party denied", ", which CMOC disputed": the other side's answer)
                       r"which\s+(?:the\s+[a-z]+|[A-Z][\w’'.-]*|he|she|they)\s+(?:denied|disputed|rejected|contested|"
                       r"dismissed|denies|disputes|rejects|contests))\b")
#: ", and Moscow has pocketed ...", ", and some commentators have revived ...": after a report in the past, a clause in
#: the present perfect with a subject of its own is the reporter's
_NOW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?!(?:he|she|it|they|we|I)\s)"
                         r"(?:(?!(?:that|which|who|would|could|should|might|must|may|will)\s)[\w’'-]+\s+){1,5}?(?:has|have)\s+"
                         r"(?:[a-z]+ed|[a-z]+en|got|made|moved|taken)\b")
_PAST_REPORT = re.compile(r"\b(?:said|told\s+\S+|added|announced|insisted|warned|stressed)\s+(?:that\s+)?\Z")
FINITE_IN = re.compile(r"\b(?:is|are|was|were|will|would|could|can|should|must|has|have|had|[a-z]{3,}ed)\b")


_PRESENT_FORMS = alternation({v for v in REPORTED_VERBS if " " not in v and v.endswith("s") and not v.endswith("ss")}
                             | {"accuses", "urges", "calls"})
_PRESENT_VERB = re.compile(r"\b" + _PRESENT_FORMS + r"\s+(?:that\s+)?\Z")
_PRESENT_SECOND = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?" + _PRESENT_FORMS + r"\b")
_PLURAL_FORMS = r"(?:argue|say|warn|insist|claim|complain|point\s+out|note|stress|maintain|contend|believe|fear)"
_PLURAL_VERB = re.compile(r"\b" + _PLURAL_FORMS + r"\s+(?:that\s+)?\Z")
_PLURAL_SECOND = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?:" + _PLURAL_FORMS[3:-1] + r"|urge|call)\b")


#: The past-tense speech verbs of one word ("said", "warned"), for the next act that ends a clause.
_PAST_FORMS = alternation(v for v in REPORTED_VERBS if " " not in v and (v.endswith("ed") or v in {"said", "told", "wrote"}))
#: The participles, with a form's space matched literally as before ("pointing out").
_PARTICIPLE_FORMS = alternation(PARTICIPLES, space=" ")


#: Where a second statement starts inside a reported clause.
_SECOND_STATEMENT = re.compile(
    # (every way in opens with a comma, a semicolon or a space: the lookahead lets other places fail at once)
    r"(?=[,;\s])(?:,[”\"]?\s+(?:while|whereas)\s+(?:[\w’'.-]+\s+){1,8}?" + alternation(v for v in REPORTED_VERBS if " " not in v)
    + r"\b"
    r"|,?\s+and\s+(?:wrote|added|said|posted|tweeted)\s*:"
    # "...; before the talks began, Reschinsky warned that ...": after a semicolon, another speaker's statement
    r"|;\s+(?:[\w’'.,-]+\s+){1,12}?"
    # (a verb of several words too: "; Sari Essayah let it be known that ...", "; X made it clear that ...")
    + alternation(v for v in REPORTED_VERBS if v.endswith(("ed", "id", "ld", "ote")) and " " not in v
                  or " " in v and not v.split()[0].endswith("s") and not v.split()[0].endswith("ing")) + r"\b"
    r"|;\s+(?:[\w’'.-]+\s+){1,6}?(?:says|insists|argues|warns|claims|counters)\b"  # ("...; KT says the country ...")
    r"|,\s+while\s+[a-z]+ing\s+that\b"  # ", while allowing that ...": the speaker's next statement
    # "..., eventually sent the state's chief financial officer": the subject's next act
    r"|,\s+(?:eventually|later|finally|subsequently)\s+(?:[a-z]{3,}ed|sent|made|took|gave|went|came)\b"
    # ("said he was proud to represent a club ..., promised to work hard and signed off:": the subject's next act)
    r"|,\s+(?:promised|vowed|pledged)\s+(?:to|that)\b|,\s+thanked\s"
    r"|,\s+and\s+(?:sought|tried|moved|attempted)\s+to\b"  # (", and sought to calm MPs": the subject's next act)
    # (", one of his top advisers said Tuesday that ...": another speaker, unnamed, after the comma)
    r"|,\s+(?:one\s+of\s+(?:his|her|their|its|the)|another|an?)\s+(?:[\w’'-]+\s+){0,3}?(?:advis[eo]r|aide|official|source|"
    r"spokes(?:man|woman|person)|diplomat|minister|member|negotiator)s?\s+(?:said|says|told)\b"
    # "..., with Ms Purra complaining that ...": another speaker's statement
    r"|,\s+with\s+(?:[\w’'.-]+\s+){1,5}?" + _PARTICIPLE_FORMS + r"\b"
    # "..., and one veteran SPP figure, speaking on condition of anonymity, said ...": another speaker
    r"|,\s+and\s+(?:one|a|an|another|the)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+[^,;]{3,80},\s+(?:said|says|told|added)\b"
    # (", though he cautioned that ...", ", and he warned repeatedly through the fall that ...")
    r"|,[”\"]?\s+(?:and|but|though|although)\s+(?:he|she|they)\s+(?:also\s+|[a-z]+ly\s+)?(?:" + _PAST_FORMS + "|"
    + _PRESENT_FORMS + r")(?=(?:\s+[\w’'-]+){0,5}\s+that\b)"
    r"|\s[—–]\s+(?:(?:and|but)\s+)?[a-z]{3,}ing\s+(?:[\w’'-]+\s+){0,3}?that\b"  # " — and reminding everyone that ..."
    r"|\s[—–-]\s+(?:he|she|they)\s+(?:said|says|added|insisted)\b"  # ("denied anyone had leaned on him - he said ...")
    r"|\s[—–-]\s+but\s+(?:also\s+)?(?:" + _PAST_FORMS + r")\b"  # ("... had won the day - but admitted the ...")
    # ('The company says it will rehire everyone, and we\'ll hold them to that': the reporter's or the turn's own voice)
    r"|,\s+(?:and|but)\s+(?:we|I)(?:[’'](?:ll|ve|d|m))?\s"
    r"|,\s+and\s+called\s+(?:for|on)\b"  # (", and called for prompt investigations": an appeal of its own)
    # (", and Deutsche Post called for talks to resume", ", and the company said ...": another speaker's statement)
    # (", and some players complained on Twitter that ...", ", but others said ...": other speakers, unnamed)
    r"|,\s+(?:and|but)\s+(?:(?:some|many|several|most|other|a\s+few|few)\s+(?:[\w’'-]+\s+){0,3}?|others\s+)(?:"
    + _PAST_FORMS + r")\b"
    # (", but the case dragged on and the administrator later said ...": another speaker, after a clause of events)
    r"|,\s+but\s+[^,;]{3,60}?\s+and\s+the\s+[a-z]+\s+(?:later\s+|also\s+|then\s+)?(?:said|says|claimed|insisted)\b"
    # (", comparing the relationship to a marriage": the speaker's next act, not the content)
    r"|,\s+(?:comparing|likening)\b"
    r"|;\s+(?:by|in|since|until|after)\s+(?:mid-|early\s+|late\s+)?(?:\d{4}|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"  # ("; by mid-2023 the ... put ...": the reporter's own account)
    # (", and Demons ruckman Max Gawn publicly backed the push": another person's act)
    r"|,\s+and\s+(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"
    r"|\s+and,\s+[a-z]+ly,\s+(?:" + _PAST_FORMS + r")\b"  # (" and, notably, added ...": the speaker's next statement)
    r"|\s+and\s+(?:wanted|wants)\s+to\s+know\b"  # (" and wanted to know at what price ...": a question of its own)
    # (", and interim Regional Chief Lance Haymond said ...", ", and the Right Honourable Justin Trudeau, Prime Minister
    # of Canada, has undertaken that ...": another speaker, a title or an office before or after the name)
    r"|,\s+and\s+(?:the\s+)?(?:interim|acting|former|deputy|regional|national)?\s*(?:[A-Z][\w’'.-]*\s+){1,6}(?:said|says|"
    r"told|warned|added)\b|,\s+and\s+the\s+(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'.-]*,\s+[^,;:]{3,80},\s+has\s+[a-z]+\s+that\b"
    r"|,\s+and\s+(?:the\s+[a-z]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:said|says|called|urged|warned|"
    r"announced|told|insisted|argued|claimed|stressed|countered|replied)\b"
    r"|,\s+(?:and|but)\s+(?:he|she|they)(?:[’'](?:ve|d))?\s+(?:also\s+)?(?:" + _PAST_FORMS + r"|made\s+(?:it\s+)?clear|"
    r"urged|demanded|called|appealed|vowed|pledged|promised|accused|cast\s+doubt|raised\s+(?:doubts|concerns|questions))\b"
    r"|,?\s+and\s+(?:has|have|had)\s+(?:also\s+)?(?:warned|said|insisted|argued|claimed|vowed|refused|declined|complained|"
    r"stressed|added|noted|accused|denied)\b"
    r"|,\s+according\s+to\b"
    r"|\s+and\s+[—–]\s+[^—–]{3,60}\s+[—–]\s+(?:" + _PAST_FORMS + r")\b"  # "and — according to reports — claimed"
    # "..., and asked whether ...", " — but asked why ...": a question of its own
    r"|(?:,|\s[—–])?\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:asked|wondered)\s+(?:whether|if|why|how)\b"
    # ", while French carrier CMA CGM was weighing ...", " — but made clear ...": another clause, not the content
    # (not "... and that, while there had been anger, two wrongs ...": an aside inside the next that-clause)
    r"|(?<!that),\s+(?:while|whereas)\s+(?:[\w’'.-]+\s+){0,6}?(?:was|were|is|are|had|has|would|will)\b"
    # ("has said the deal is no concierto at all, doubts that ...": the subject's next verb and its own clause)
    r"|,\s+(?=[a-z]+\s+that\b)(?:" + _PRESENT_FORMS + "|" + _PAST_FORMS + r"|doubts|doubted|believes|believed|fears|feared)"
    r"\s+that\b"  # (the lookahead first: most commas have no "that" two words on, and the verbs are many)
    # ", while Sir John Redwood set his own test", ", and county governors, who run ...": another subject's clause
    r"|,\s+(?:while|whereas)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the)\s+)?){1,6}(?:[a-z]{3,}(?:ed|s)|set|put|made|took|gave|said|"
    r"told|went|came|left|held|kept|spent|began|brought|wrote|sought|saw)\b"
    r"|,\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){1,5}?[\w’'-]+,\s+(?:who|which)\s"
    # (", and Interior Minister Sheikh Rashid Ahmed had said ...": another named speaker's statement)
    r"|,\s+(?:and|but)\s+(?:[A-Z][\w’'.-]*\s+){1,6}(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:said|told|warned|insisted|"
    r"claimed|argued|added|stressed|declared)\b"
    r"|\s[—–-]\s+(?:understood|believed|thought|reported|said)\s+to\s+be\b"  # " – understood to be the fund"
    r"|\s[—–]\s+(?:but|and)\s+(?:also\s+)?(?:made|says|adds|warns|insists|points\s+out|claims|argues|notes|"
    + _PAST_FORMS
    + r")\b"
    r"|\s[—–]\s+while\s+[a-z]+ing\b"  # " – while warning it would not be easy": a statement of its own
    # ", a move it said was ...": an appositive that sums the statement up, with a statement of its own
    r"|,\s+(?:a|an)\s+(?:move|step|decision|claim|figure|charge)\s+(?:that|which|it|he|she|they)\b"
    # " — a transition that collapsed when ...": the reporter's gloss after a dash
    r"|\s[—–]\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:that|which)\s"  # (" – the clearest sign yet that")
    r"|,\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?"
    + _PAST_FORMS
    + r"\b"
    # (without a comma, not "the alliance had met and agreed to accept ...": an act within the content)
    r"|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?!(?:agreed|decided|offered|refused|voted|expected|hoped|planned|wanted|intended)\s+to\s)(?:"
    + _PAST_FORMS + r")\b"
    r"|,\s+(?:and|but)\s+(?:also\s+)?(?:says|tells|insists|warns)\b"  # a live page's present tense
    r"|\s+and\s+(?:also\s+)?(?:says|insists|warns|adds)\s+(?=[a-z])"  # (" ... with the union and says normal classes ...")
    r"|,?\s+and\s+(?:declined|refused|would\s+not|did\s+not)\s+(?:to\s+)?(?:say|comment|elaborate|give|be\s+drawn)"
    # "told the AP that the deal would bring security and called for ratification": the speaker's next act
    r"|,?\s+and\s+(?:called|appealed)\s+(?:for|on)\b"
    # "said the talks had broken new ground and asked members to ...", "..., called the situation highly
    # unfortunate": an act of the speaker's upon someone or something, not of the content's subject
    r"|(?:,|\s+and)\s+(?:called|asked|urged|described|dismissed|branded|accused|thanked|praised)\s+(?:the|a|an|his|"
    r"her|their|its|it|them|him|members|workers|permanently)\b"
    # "..., and union leaders said that ...": another speaker's statement
    r"|,\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}(?:said|says|added|told|warned|insisted|described|hailed|"
    r"welcomed|urged|stressed)\b"
    # "..., and he laid the blame on ...", ", and it vowed ...": the speaker's own next act, told by the reporter
    r"|,[”\"]?\s+and\s+(?:he|she|they)\s+(?:[a-z]+ed|laid|made|took|gave|went|came|left|sent|met|won|lost|held|kept|"
    r"spent|began|brought)\b"
    # "..., and three days later the commission ended mediation": the story moves on in time
    r"|,\s+and\s+(?:\w+\s+){0,3}(?:later|afterwards)\s+(?:the\s+|[A-Z])"
    r"|,\s+and\s+(?:within\s+(?:hours|minutes|days)|soon\s+after|by\s+(?:then|nightfall|evening))\s+(?:the\s+|[A-Z])"
    r"|,[”\"]?\s+" + _PARTICIPLE_FORMS + r"\b"  # (',\" adding that ...': a comma inside the closing mark)
    r"|\s+(?:and|but|while)\s+" + _PARTICIPLE_FORMS + r"\s+that\b"  # "adding that X and stressing that Y"
    # ", joked that ...": a second speech act in a list of them; ", but they did not sign": the reporter again
    r"|,\s+(?:joked|quipped|added|insisted|warned|argued|conceded|admitted|claimed|noted|stressed)\s+that\b"
    r"|,\s+but\s+(?:he|she|they|it)\s+(?:did|does|do|has|have|had|was|were)\s+not\b"
    r"|,\s+but\s+(?:he|she|they)\s+(?:was|were)\s+(?:careful|quick|keen|at\s+pains)\b"
    r"|\s[—–]\s+while\s"  # " — while each day of strikes costs ...": the reporter's aside
    # "says at least 22 people were killed, far higher than the figure given by ...": the reporter's comparison
    r"|,\s+(?:far|much|well|significantly|considerably)\s+(?:higher|lower|more|fewer|less|above|below)\s+than\b"
    # ", calling on the movements to ...", ", expressing confidence that ...": the speaker's next act
    r"|,\s+(?:calling\s+(?:on|for)|expressing\s+(?:the\s+)?(?:hope|confidence|concern|regret)|welcoming|praising|"
    r"thanking)\b"
    # ", though he agreed the breakthrough ...", " — before adding that ...": a statement of its own
    r"|,\s+though\s+(?:he|she|they)\s+(?:also\s+)?(?:agreed|acknowledged|admitted|conceded|accepted|noted)\b"
    r"|\s[—–]\s+(?:before|after)\s+[a-z]+ing\b"
    r"|,\s+and\s+(?:he|she|they)\s+(?:also\s+)?spoke\b"
    # "said North Americans could breathe again, and credited Trudeau ...", "..., but has not set a date": the
    # speaker's next act (a content clause's own "and" brings a subject: ", and wages fell")
    r"|,\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:has\s+|had\s+|have\s+)?(?:not\s+|never\s+)?"
    r"(?:[a-z]{3,}ed|put|set|made|gave|took|left|sent|kept|held|stopped\s+short)\s+(?!by\b|to\b|in\b|on\b|at\b)"
    # "said the door remains open and thanked residents": acts no content clause goes on with
    r"|\s+and\s+(?:also\s+)?(?:thanked|blamed|credited|praised|apologi[sz]ed|critici[sz]ed|accused)\s"
    r"|\s+and\s+asked\s+for\b"  # ("said the union had no questions and asked for a break": a request of its own)
    r"|,\s+and\s+to\s+(?:his|her|their|its)\s"  # ("... in which he said X, and to his earlier assurance": the frame's)
    # (", but Labour backbenchers regard the plan as ...": other people's view)
    r"|,\s+but\s+(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+s\s+(?:regard|see|say|argue|believe|think|fear|want|insist|warn|view)\b)")

#: Where a second statement may start: a comma or a semicolon, or a space before a dash, "and", "but" or "while"
#: (every way into _SECOND_STATEMENT opens so). One character class leads, so the search skips the other spaces in C,
#: where the pattern itself is tried at every one of them.
_SECOND_SCOUT = re.compile(r"[,;\s](?:(?<=[,;])|(?<=\s)(?:[—–-]|\s*(?:and|but|while)))")


def trim_end(t: str, cs: int, ce: int) -> int:
    while ce > cs and (t[ce - 1].isspace() or t[ce - 1] in ".,;:"):
        ce -= 1
    return ce


#: A wire dateline opening a paragraph: "HAVANA, June 9 (GWS) - ", "ISTANBUL, 22 July (TNA) — ".
DATELINE = re.compile(r"[A-Z][A-Z .'’/-]{1,40}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?=,))?"  # "OHRID, North Macedonia,"
                       r"(?:,\s+[A-Z][\w.]*\s+\d{1,2}|,\s+\d{1,2}\s+[A-Z][a-z]+\.?)?"
                       r"(?:\s+\([^()\n]{1,30}\))?\s+[-—–]{1,2}\s+")


def after_dateline(doc: Document, s: int, end: int) -> int:
    """Where the sentence at ``s`` starts after a wire's dateline, when it opens a paragraph with one
    ("GRANGEMOUTH, Scotland, Oct 25 (Northgate News) - Ineos said"); else ``s``."""
    t = doc.text
    if not t[s:s + 2].isupper() or s != doc.paras[doc.para_of(s)][0]:  # (a dateline's first two letters are capitals)
        return s
    m = DATELINE.match(t, s, end)
    return m.end() if m else s


_ATTRIBUTED_AFTER = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+(?:said|says|added|adds)$")


#: A conjunction or an adverb opening a sentence, before a reported statement's content: "But", "However, ".
LEAD = r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also)\s*,?\s+)?"


def make_reported(doc: Document, cs: int, ce: int, sp: Speaker, cue: str, cue_span) -> Candidate | None:
    t = doc.text
    cs, ce = strip_span(t, cs, ce)
    cs = after_dateline(doc, cs, ce)
    ce = trim_end(t, cs, ce)
    direct = False
    # "he thinks “it is likely impractical”": the content is itself a quote
    if ce - cs >= 2 and t[cs] in DQ and t[ce - 1] in DQ and not re.search(f"[{DQ}]", t[cs + 1:ce - 1]):
        cs, ce, direct = cs + 1, ce - 1, True
    text = clean(t[cs:ce])
    # ("... had demanded that their government press the issue, Ading said."): the sentence is another speaker's
    # report, found at its own verb; the clause inside it is no statement of its own
    if len(text.split()) < 3 or ce - cs > MAX_STATEMENT_CHARS or _ATTRIBUTED_AFTER.search(text):
        return None
    return Candidate(key=min(sp.start, cs), start=cs, end=ce, text=text, direct=direct, cue=re.sub(r"\s+", " ", cue),
                 cue_span=cue_span, speaker=sp, para=doc.para_of(cs))
