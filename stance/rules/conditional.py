"""Rules that vote *conditional*: talks accepted on terms, preconditions, red lines, guarantees, ultimatums.

Registered first: every supportive rule abstains when one of these fires (:func:`states_condition`).
Opposed refusals that name a condition ("no talks until the shelling stops", "we won't negotiate
under fire") are conditional; a condition that amounts to victory ("no talks until they are crushed")
is opposed.
"""

from __future__ import annotations

import functools
import re

from stance.labels import CONDITIONAL
from stance.rules.base import Cue, LabelingFunction, rules_for
from stance.rules.text import fires, negated, rx, victory_after

_ONLY_IF = rx(r"\bonly (?:if|when|once|after|on (?:the |one )?conditions?|provided|with|in exchange for|"
              r"in return for|as part of|within|under (?:the|a|an|these|clear|certain))\b",
              r"\b(?:can|could|will|would) only (?:\w+ ){0,3}?(?:if|when|once|after|with|on the basis|as part of)\b",
              r"\bif and only if\b")


_PROVIDED = rx(r"\bprovid(?:ed|ing)(?:,? of course,?)? that\b", r", (?:provided|providing)\b", r"\bon the understanding that\b",
               r"(?<!for )(?<!for just )\b(?:as|so) long as\b(?! (?:it takes|necessary|needed|we can|we must|"
               r"possible|they can|we live|i live)\b)")


_ON_CONDITION = rx(r"\bon (?:the |one |certain |clear )?conditions? (?:that|of)\b", r"\bconditional (?:on|upon)\b",
                   r"\bconditioned (?:on|upon)\b", r"\bcontingent (?:on|upon)\b", r"\bin exchange for\b",
                   r"\bin return for\b", r"\bdepends? (?:\w+ ){0,2}?on whether\b",
                   r"\bon (?:our|these|those|certain|clear|fair|acceptable) terms\b",
                   r"\bconditions? (?:\w+ ){0,2}?(?:must|have to|has to|need to) be (?:met|fulfilled)\b",
                   r"\bwith (?:strings|conditions) attached\b")


_UNLESS = re.compile(r"\bunless\b")


def unless_clause(t: str) -> bool:
    """'unless ...': a deal or talks depend on something, except when the 'unless' is victory ('unless they surrender')."""
    return bool(_UNLESS.search(t)) and not victory_after(t, _UNLESS)


_NEGWORD = r"(?:no|not|never|cannot|can't|won't|don't|doesn't|isn't|aren't|wouldn't|shouldn't|refus\w*|nothing)"
_UNTIL = rx(rf"\b{_NEGWORD}\b (?:[\w'-]+,? ){{0,6}}?(?:talk\w*|negotiat\w*|deals?|agreements?|ceasefire|truce|"
            r"sit\w* down|table|dialogue|discuss\w*|peace|return\w*|engag\w*|sign\w*|contacts?|meet\w*)\b,? "
            r"(?:[\w'-]+ ){0,4}?(?:until|till|before|while|as long as|so long as|"
            r"under (?:fire|threat|pressure|bombardment|duress|occupation|blackmail|shelling|the gun|sanctions)|"
            r"at gunpoint|with a gun|with a knife)\b")


def no_talks_until_condition(t: str) -> bool:
    """'no talks / we won't negotiate until ... / while ... / under fire': a precondition, not a refusal.

    Abstains when the condition is victory ("until they are crushed"): that is opposed.
    """
    return bool(_UNTIL.search(t)) and not victory_after(t, _UNTIL)


_PART_OF = rx(r"\b(?:must|should|has to|have to|need to|needs to|will have to|deserves? to|demand to|insist on|"
              r"entitled to) (?:\w+ ){0,2}?(?:be (?:a )?(?:part of|included|involved|represented|present|consulted|"
              r"heard|at the table|in the room|party to|a party|participants?|at the (?:summit|talks|negotiations|meeting))|have (?:a seat|a say|a voice|a place|"
              r"a role|a stake)|sit at the table|take part|participate|be at the table)",
              r"\bnothing about \w+ without\b", r"\bseat at the (?:negotiating )?table\b",
              r"\bover (?:our|their) heads\b", r"\bbehind (?:our|their) backs?\b",
              r"\b(?:without|excluding|exclude|excludes) (?:ukraine|europe|kyiv|the palestinians|the workers|the union|"
              r"the unions|our participation|our consent|us at the table)\b")


_WITHOUT = re.compile(r"\b(?:impossible|unthinkable|unworkable|unrealistic|not possible|cannot|can't|can not|"
                      r"won't|will not|no|never|nothing|unacceptable|not (?:sustainable|durable|lasting|work))\b "
                      r"(?:[\w'-]+ ){0,6}?without\b(?! (?:any |further )?(?:pre-?conditions|conditions|delay|"
                      r"hesitation|a fight|question|doubt)\b)")


_WITHOUT_FIRST = re.compile(r"(?:^|[.;:] )without\b [^.,;]{3,60}, (?:[\w'-]+ ){0,4}?(?:no|nothing|cannot|can't|won't|"
                            r"will not|impossible|never|fail\w*|there is no|collapse\w*)\b")


def impossible_without(t: str) -> bool:
    """'impossible without X', 'cannot succeed without X', 'no peace/deal without X': a required term."""
    return bool(_WITHOUT.search(t) or _WITHOUT_FIRST.search(t))


_BASIS = rx(r"\bon the basis of\b", r"\bon the principles? of\b", r"\bwithin the framework of\b",
            r"\bbased on (?:the )?(?:principles?|un charter|charter|international law|resolutions?|borders|the \d{4} "
            r"borders|mutual|respect|equality|reciprocity|realities|the realities|the situation on the ground)",
            r"\bin (?:line|accordance|keeping|conformity) with (?:the )?(?:international law|un charter|charter|"
            r"resolutions?|principles?|our constitution|the constitution|security council)",
            r"\b(?:respect\w*|respect for|recogni[sz]\w*) (?:\w+ ){0,3}?(?:sovereignty|territorial integrity|"
            r"internationally recognized borders|internationally recognised borders|new realities|realities on the ground)",
            r"\b(?:reflect|take into account|take account of|acknowledge) (?:\w+ ){0,3}?(?:realities|interests|"
            r"legitimate (?:security )?(?:concerns|interests))\b")


_FIRST = rx(r"\bfirst(?: of all)?,? (?:[\w'-]+,? ){0,4}?(?:must|has to|have to|need to|needs to|should|will have to)\b",
            r"\b(?:must|has to|have to|need to|needs to|should|will have to) (?:\w+ ){0,1}?first\b",
            r"\b(?:must|has to|have to|needs? to|should|will have to)\b (?:[\w'-]+ ){1,8}?before (?:any |the |we |"
            r"real |serious |there |a |talks|negotiat|sitting|coming|returning)",
            r"\bprior to (?:any |the |real )?(?:talks|negotiat\w*|dialogue|deal|ceasefire)",
            r"\bfirst step (?:must|has to|should|is for)\b", r"\bstep one is\b", r"\bfirst[,;]? then\b",
            r"\bbefore (?:any|a|the|real|serious) (?:\w+ )?(?:talks|negotiat\w*|truce|ceasefire|deal|agreement|dialogue)\b,? "
            r"[^.]{0,60}\b(?:must|has to|have to|needs? to)\b",
            r"\bbefore (?:we|i|they|kyiv|moscow|the union) (?:\w+ ){0,2}?(?:come back|return|sit down|talk|negotiate|sign|"
            r"agree|resume|meet|engage)\b", r"\bactions?,? not (?:just )?words\b",
            r"\b(?:has|have|needs? to) (?:to )?come first\b", r"\bfirst,? then (?:we|talks)\b")


_PRECONDITION = rx(r"\bpre-?conditions?\b", r"\bprerequisites?\b", r"\b(?:we|they|i|he|she) (?:\w+ )?"
                   r"(?:demand|demands|demanded|insist|insists|insisted|require|requires|required) (?:that|on)\b",
                   r"\bconditions for (?:talks|negotiat\w*|a deal|dialogue|a ceasefire|peace)\b",
                   r"\bour (?:conditions|demands|terms) (?:are|remain|have not changed)\b",
                   r"\b(?:will|would|must|shall) (?:also |first )?require\b",
                   r"\b(?:is|are|will be) the price (?:of|for) (?:any|a|the|an) (?:\w+ )?(?:deal|agreement|peace|ceasefire|talks|"
                   r"settlement|truce)\b", r"\bour position is simple\b")


_RED_LINES = rx(r"\bred lines?\b", r"\bnon-negotiable\b", r"\bnot negotiable\b",
                r"\bnot up for (?:negotiation|discussion|debate|grabs)\b", r"\bnegotiat\w* away\b",
                r"\bbargaining chips?\b(?= (?:\w+ ){0,3}?(?:not|never))", r"\bnot (?:be )?(?:on the table|traded|bartered)",
                r"(?<!talks are )(?<!talks remain )(?<!negotiations are )(?<!dialogue is )(?<!diplomacy is )\boff the table\b",
                r"\bwe will not (?:give up|trade|cede|sacrifice|concede)\b",
                r"\b(?:will never|would never|will not|won't|cannot|can't|can never|shall never|do not|don't) (?:ever )?"
                r"(?:accept|recogni[sz]e|cede|give up|hand over|trade away)\b(?! (?:any |the |this |these |a )?(?:talks|"
                r"negotiat\w*|dialogue|invitation|ceasefire|deal|agreement|offer|proposal|peace)\b)",
                r"\b(?:what )?we rule out (?:is )?(?:recogni[sz]\w*|accept\w*|ced\w*|giving up|any (?:recognition|concession))",
                r"\b(?:cannot|can't|will not|won't|must not|mustn't|shall not|should not|will never) be (?:the price|"
                r"sacrificed|traded|bartered|bargained|a bargaining chip|on the table|part of the (?:deal|bargain))", r"\bnever (?:cede|trade away|give up)\b")


_GUARANTEES = rx(r"\bguarantee(?:s|d)?\b(?! (?:you|that|it)\b)", r"\bguarantors?\b", r"\bverifiab\w*", r"\benforceab\w*",
                 r"\bverif(?:y|ied|ication)\b", r"\bmonitoring (?:mechanism|mission)", r"\binternational (?:monitors|"
                 r"peacekeepers|observers|force)", r"\bpeacekeep\w*", r"\bbacked by\b", r"\bbackstop\b",
                 r"\bsafeguards?\b", r"\bin writing\b", r"\bwritten (?:guarantee|commitment|assurance)s?\b", r"\bironclad\b", r"\bcast-iron\b", r"\bbinding (?:commitments?|guarantees?|"
                 r"agreement|treaty|assurances?)", r"\bsecurity assurances?\b", r"\bdeterren\w*")


_ULTIMATUM = rx(r"\b(?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
                r"midnight|noon|the end of|next|the weekend|\d)[^.]{0,60}?\bor (?:else|we|they|i|there|the)\b",
                r"\bdeadline\b", r"\bfinal (?:offer|warning)\b", r"\blast (?:chance|offer)\b",
                r"\btake it or leave it\b", r"\b(?:must|has to|have to|needs? to|should)\b[^.]{3,80}?,? otherwise\b",
                r"\bor (?:else )?(?:we|i|they)(?: will| 'll|'ll| shall| are going to)? (?:walk|leave|strike|resume|"
                r"pull|end|go|withdraw|stop|escalate|respond)\b",
                r"\bor (?:the )?(?:deal|talks|offer) (?:is|are|will be) (?:off|dead|over|withdrawn)\b",
                r"\bor (?:else )?there (?:is|will be|can be) no (?:deal|summit|talks|agreement|ceasefire|meeting)\b",
                r"\b(?:has|have) (?:\d+|two|three|four|five|seven|ten|a few) (?:hours|days|weeks) to\b")


_ACTION = (r"(?:stops?|stopped|withdraw\w*|releas\w*|ceas\w*|halt\w*|lift\w*|falls? silent|pull\w* (?:back|out)|"
           r"return\w*|ends?|ended|hand\w* over|frees?|freed|disarm\w*|leaves?|left|agrees? to|recogni[sz]\w*|"
           r"guarantee\w*|is met|are met|compl(?:y|ies)|respect\w*|accept\w*|honou?r\w*|renounc\w*|abandon\w*|"
           r"drops?|dropped|come back|comes back|back down|backs down)")
_ONCE = rx(r"\b(?:call\w* off|end\w*|suspend\w*|lift\w*|stop\w*) (?:the |our |its |their )?(?:strike|boycott|protest|"
           r"blockade|sanctions|walkout|action|offensive|attacks) (?:when|once|if|as soon as|after|the moment)\b",
           rf"\b(?:once|as soon as|the moment|the minute|the day)\b(?! possible)(?! we can) (?:[\w'-]+ ){{0,8}}?{_ACTION}\b",
           r"\b(?:strike|boycott|protest|blockade|sanctions|walkout|war|fighting|occupation|action) (?:will|would|can|could) "
           r"(?:\w+ )?(?:end|stop|be called off|be lifted|be suspended) (?:when|once|if|as soon as|after|the moment)\b",
           rf"\b(?:talk\w*|negotiat\w*|table|dialogue|deal|ceasefire|sit down|peace)\b[^.;]{{0,40}}?\b(?:when|after)\b "
           rf"(?:[\w'-]+ ){{0,8}}?{_ACTION}\b")


_AMEND = rx(r"\b(?:send|sends|submit\w*|propos\w*|table|put forward|present\w*|offer\w*|return with|come back with|"
            r"make|bring) (?:\w+ ){0,2}?(?:amendments?|counter-?proposals?|counter-?offers?|revisions?|changes to|"
            r"edits|(?:our|its|their) own (?:draft|proposal|text|version|plan|wording|language|ideas)|alternative (?:text|draft|proposal|plan))",
            r"\bcounter-?(?:proposal|offer)s?\b", r"\bamend\w* (?:the|this|that) (?:text|draft|proposal|plan|deal|paper)",
            r"\b(?:unacceptable|not acceptable|cannot accept|can't accept|reject\w*)\b[^.]{0,80}\b(?:but|however|yet)\b"
            r"[^.]{0,60}\b(?:stay\w*|remain\w*|continu\w*|keep\w*|ready|willing|open|at the table|in the talks|"
            r"negotiat\w*|amend\w*|revis\w*|work on|improv\w*|talk\w*)",
            r"\b(?:needs?|requires?) (?:\w+ ){0,2}?(?:work|changes|revision|improvement|fixing)\b",
            r"\breservations (?:about|on|over|regarding|concerning)\b", r"\b(?:is|was) (?:a |only a |just a )?(?:good )?start,? but\b",
            r"\bneed\w* (?:much |a lot |far )?more than\b", r"\bfine-?tun\w*|\bfine print\b")


_STRENGTH = rx(r"\bpeace through strength\b", r"\b(?:position|negotiating) of strength\b", r"\bfrom strength\b",
               r"\bleverage\b",
               r"\b(?:pressur\w*|squeez\w*|sanction\w*|push\w*|forc\w*|compel\w*|drag\w*|coerc\w*|press\w*)\b "
               r"(?:[\w'-]+ ){0,5}?(?:to|back to|into|toward|towards) (?:the |serious |real |meaningful )?(?:negotiating )?"
               r"(?:table|talks|negotiat\w*|compromise|a deal)",
               r"\buntil (?:they|he|it|the \w+|\w+) (?:\w+ ){0,2}?(?:sits? down|comes? to the table|returns? to the table|"
               r"agrees? to (?:talk|negotiate)|negotiates?|is ready to talk|are ready to talk|changes? (?:its|their|his) "
               r"(?:mind|position|calculus))\b",
               r"\b(?:strong|strength) (?:\w+ ){0,3}?(?:at the table|in negotiations|for negotiations)")


_ANY_DEAL_MUST = re.compile(
    r"\b(?:any|every|a|the|this|our|future|final|lasting|durable|real|just|sustainable|long-term|genuine) "
    r"(?:\w+ ){0,2}?(?:deal|agreement|settlement|peace|ceasefire|truce|accord|treaty|talks|negotiations|contract|"
    r"arrangement|framework|process|solution|offer) (?:\w+ ){0,3}?(?:must|has to|have to|needs to|need to|"
    r"will have to|should|cannot|can't|can only|requires?|shall|would have to)\b"
    r"(?! (?:\w+ )?(?:continue|go on|resume|start|begin|succeed|happen|proceed|take place|be given a chance|"
    r"move forward|be welcomed|be supported)\b)")


_ROOT = rx(r"\broot causes?\b", r"\bunderlying causes?\b", r"\bbroader (?:context|settlement|framework|package)\b",
           r"\bcomprehensive (?:settlement|solution|deal|agreement|approach|package)\b",
           r"\bnot (?:just|simply|merely|only) (?:a )?(?:ceasefire|freeze|freezing|truce|pause)\b",
           r"\b(?:simply|merely|just) (?:a )?(?:freez\w*|ceasefire|pause)\b[^.]{0,40}\b(?:not|isn't|won't|is no)\b")


_NOT_ANY_PRICE = rx(r"\bnot at any (?:price|cost)\b", r"\bnot at the (?:expense|cost|price) of\b",
                    r"\bnot (?:on|under) (?:their|his|russia's|moscow's|these|those|such|any) terms\b",
                    r"\b(?:peace|deal|agreement|ceasefire) at any (?:price|cost)\b", r"\bbut not (?:a |an )?"
                    r"(?:capitulation|surrender|bad deal|freeze|frozen conflict)\b", r"\bnot just any (?:deal|peace|agreement)\b",
                    r"\bnot (?:one |a |an |any )?(?:\w+ )?(?:dictated|imposed)\b",
                    r"\b(?:a|the) (?:fair|just|good|right) (?:deal|peace|agreement)\b(?=[^.]{0,40}\b(?:not|no)\b)")


_DEAL_THAT = rx(r"\b(?:cannot|can't|can not|will not|won't|would not|wouldn't|never|could not|couldn't|do not|don't|no) "
               r"(?:\w+ )?(?:accept|sign|support|agree to|back|endorse|tolerate|live with|vote for)\b (?:a|any|the|this|an) "
               r"(?:\w+ ){0,2}?(?:deal|agreement|ceasefire|truce|settlement|peace|plan|accord|treaty|contract|offer|text|"
               r"framework|arrangement)s? (?:that|which|where|if|unless|without|in which)\b",
               r"\b(?:a|any|the) (?:\w+ ){0,2}?(?:deal|agreement|ceasefire|truce|settlement|peace|plan|accord|treaty|contract|"
               r"offer) (?:that|which) (?:does not|doesn't|fails to|ignores|leaves|rewards|excludes|sidelines|lacks|"
               r"cannot|can't|won't|will not)\b")


_DEAL_THAT_POS = re.compile(
    r"\b(?:will|would|could|can|ready to|willing to|prepared to|happy to) (?:only )?(?:accept|sign|agree to|support|back|"
    r"endorse)\b (?:a|any|the|an) (?:\w+ ){0,2}?(?:deal|agreement|ceasefire|truce|settlement|peace|plan|accord|treaty|"
    r"contract|offer)s? (?:that|which|if|as long as|provided|where|in which)\b")


def conditional_acceptance(t: str) -> bool:
    """Terms stated as what would be refused or accepted: 'we cannot accept a ceasefire that leaves troops on our land',
    'we will accept a deal that ends the war completely'."""
    return fires(_DEAL_THAT, t, negatable=False) or fires(_DEAL_THAT_POS, t)


_TALK_VERB = (r"(?:talk\w*|negotiat\w*|(?:return\w*|go\w* back|get\w* back) to (?:the )?(?:negotiating |bargaining )?(?:table|talks|negotiat\w*|dialogue)|resume\w*|sign\w*|sit\w* down|come back|"
              r"meet\w*|agree\w*|engage\w*|make (?:a deal|peace)|accept\w*|consider\w*|discuss\w*|lift\w*|end\w*)")
_IF_THEN = rx(rf"(?<!even )(?<!as )(?<!what )\bif\b (?!only\b)[^.;?]{{3,90}}?,? (?:then )?(?:we|i|they|the \w+|our \w+)"
              rf"(?:'re|'ll| are| will| would| 'll| can| could| shall| am| is)? (?:be |all )?(?:ready |willing |prepared |happy |"
              rf"glad |open |able )?(?:to )?{_TALK_VERB}\b",
              rf"\b(?:ready|willing|prepared|happy|glad|open|able|will|would|could|can|shall)\b (?:\w+ ){{0,4}}?{_TALK_VERB}\b"
              rf"[^.;?]{{0,40}}?(?<!even )(?<!as )\bif\b")


def if_then_talks(t: str) -> bool:
    """Talks tied to an 'if': 'if they drop the layoffs, we are ready to negotiate', 'we will sign if ...' (not 'even if')."""
    for m in _IF_THEN.finditer(t):
        if negated(t, m.start()) and not m.group(0).startswith("if"):
            continue
        tail = t[m.start(): m.end() + 40]
        if re.search(r"\b(?:wonder|ask|know|see|doubt|unclear|whether)\b", t[max(0, m.start() - 30):m.start()]):
            continue
        return bool(tail)
    return False


#: The rules in the order of their label-matrix columns: cue tables (a pattern, whether a negation
#: before it silences it, what it captures) and, where a rule needs more than a pattern, its function.
RULES: tuple[LabelingFunction, ...] = rules_for(CONDITIONAL, [
    Cue('only_if', _ONLY_IF, negatable=False, doc=("'only if / only when / only after / only with / can only ... if': acceptance restricted to terms.\n"
             '\n'
             'Not negatable: "not ..., but only if ..." is still a condition.')),
    Cue('provided_that', _PROVIDED, negatable=False, doc="'provided that', 'on the understanding that', 'as long as / so long as' (not 'as long as it takes')."),
    Cue('on_condition', _ON_CONDITION, doc="'on condition that', 'conditional/contingent on', 'in exchange for', 'on our terms', conditions to be met."),
    unless_clause,
    no_talks_until_condition,
    Cue('must_be_part_of', _PART_OF, negatable=False, doc="Who must take part: 'X must be part of / included in / at the table', 'nothing about X without X'."),
    impossible_without,
    Cue('on_the_basis_of', _BASIS, doc="Talks framed by principles: 'on the basis of', 'in line with international law', 'respect sovereignty'."),
    Cue('first_must', _FIRST, doc="What must happen first: 'first they must ...', 'must ... before any talks', 'prior to negotiations'."),
    Cue('precondition', _PRECONDITION, doc="'preconditions', 'prerequisite', 'we demand/insist that', 'our terms are': negated ('without preconditions') abstains."),
    Cue('red_lines', _RED_LINES, negatable=False, doc="What is off the table: 'red lines', 'non-negotiable', 'not up for negotiation', 'will not negotiate away'."),
    Cue('guarantees', _GUARANTEES, doc='Guarantees that must come with a deal: security guarantees, verification, peacekeepers, binding commitments.'),
    Cue('ultimatum', _ULTIMATUM, doc="Ultimatums and deadlines: 'accept by Sunday or we walk away', 'final offer', 'take it or leave it'."),
    Cue('once_they_act', _ONCE, doc="Talks after an act: 'once the guns fall silent', 'as soon as they withdraw', 'we will talk when hostages are released'."),
    Cue('amendments_counterproposal', _AMEND, doc="Rejecting a text while staying in talks: 'we will send our amendments', 'counter-proposal', 'unacceptable, but we remain at the table'."),
    Cue('peace_through_strength', _STRENGTH, doc="'Peace through strength', 'from a position of strength', leverage, pressure meant to bring them to the table."),
    Cue('any_deal_must', _ANY_DEAL_MUST, doc="Demands on the deal itself: 'any agreement must include ...', 'a lasting peace has to ...', 'the deal cannot ...'."),
    Cue('root_causes', _ROOT, negatable=False, doc="Scope demands: 'address the root causes', 'a comprehensive settlement', 'not just a ceasefire / freeze'."),
    Cue('not_at_any_price', _NOT_ANY_PRICE, negatable=False, doc="Yes to peace, no to any peace: 'not at any price', 'not at the expense of', 'not on their terms'."),
    conditional_acceptance,
    if_then_talks,
])


@functools.lru_cache(maxsize=8192)
def states_condition(t: str) -> bool:
    """Whether any conditional rule fires on normalised text ``t`` (the supportive rules' guard)."""
    return any(lf.predicate(t) for lf in RULES)
