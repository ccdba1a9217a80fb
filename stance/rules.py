"""Labeling functions: small named rules that vote a stance toward negotiations, or abstain.

Each rule follows docs/labeling-guide.md and general news language (never specific corpus
sentences). A rule looks at one statement and votes one label (supportive, conditional, opposed or
off-topic) or abstains (None). Rules are applied to many statements at once into a *label matrix*
``L`` of shape (n_statements, n_rules): ``-1`` means the rule abstained, any other value is an index
into :data:`VOTE_LABELS`. Every report (:func:`lf_summary`, :func:`summary`, :func:`uncertain`) is
computed from that matrix, the way Snorkel's ``LFAnalysis`` does.

Conventions shared by the rules:

* Text is normalised first (Unicode NFKC, lower case, curly quotes straightened, spaces collapsed).
* *Negation*: a cue preceded, in the same clause and within a few tokens, by "not", "never", "no",
  "no longer", "don't", "won't", "cannot", "without", ... does not count ("we do not rule out talks"
  is not opposed). Rules whose cue *is* a negation ("no talks", "will not negotiate") say so.
* *Supportive* means, per the guide, endorsing talks *without* conditions, so every supportive rule
  abstains when the statement also states a condition (any conditional rule fires). Without this
  guard "We are ready to talk, but only if the shelling stops" would be a tie.
* Opposed refusals that name a condition ("no talks until the shelling stops", "we won't negotiate
  under fire") are conditional; a condition that amounts to victory ("no talks until they are
  crushed") is opposed.

Importing this module is cheap: standard library and numpy only; regexes are compiled once here.
"""

from __future__ import annotations

import functools
import inspect
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from stance.labels import CONDITIONAL, OFF_TOPIC, OPPOSED, STANCES, SUPPORTIVE, normalise_label

#: What a rule can vote; columns of the label matrix hold indexes into this tuple (or -1).
VOTE_LABELS: tuple[str, ...] = (*STANCES, OFF_TOPIC)
ABSTAIN = -1
_INDEX = {lab: i for i, lab in enumerate(VOTE_LABELS)}
_OFF = _INDEX[OFF_TOPIC]
_N_STANCES = len(STANCES)


# --- text helpers ---------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u2032": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2013": " - ", "\u2014": " - ", "\u2212": "-", "\u00a0": " "})
_WS = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def normalise_text(text: str) -> str:
    """Lower-cased NFKC text with straight quotes and single spaces: what every rule reads."""
    t = unicodedata.normalize("NFKC", str(text)).translate(_QUOTES).lower()
    return _WS.sub(" ", t).strip()


def _rx(*alternatives: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


#: Up to n words between two cue parts, none of them a negation.
def _gap(n: int) -> str:
    return rf"(?:(?!(?:not|never|no|nor|longer|cannot|without)\b)[\w'-]+,? ){{0,{n}}}?"


_NEG_TOKENS = frozenset({
    "not", "never", "no", "nor", "neither", "cannot", "without", "hardly", "nobody", "none", "nothing",
    "n't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "aren't",
    "wasn't", "weren't", "shouldn't", "mustn't", "haven't", "hasn't", "hadn't", "shan't", "ain't",
})
_CLAUSE_BREAK = re.compile(r"[.;:!?,\"()]|\bbut\b|\bhowever\b|\byet\b|\bwhile\b|\bbecause\b|\bthough\b")
_TOKEN = re.compile(r"[\w'-]+")
NEGATION_WINDOW = 4


def _negated(t: str, start: int, window: int = NEGATION_WINDOW) -> bool:
    """True when a negation word stands within ``window`` tokens before ``start``, in the same clause."""
    head = t[max(0, start - 120):start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end():]
    toks = _TOKEN.findall(head)[-window:]
    for i, tok in enumerate(toks):
        if tok in _NEG_TOKENS or tok.endswith("n't"):
            # "not only welcome" and "no doubt" are not negations of what follows
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if tok == "not" and nxt == "only":
                continue
            if tok == "no" and nxt in ("doubt", "question", "matter"):
                continue
            if tok == "no" and i == len(toks) - 1 and start < len(t) and t[start:start + 5] == "doubt":
                continue
            return True
    if t[max(0, start - 11):start].endswith("no longer "):
        return True
    return False


def _fires(pattern: re.Pattern, t: str, negatable: bool = True) -> bool:
    """Any match of ``pattern`` in ``t`` that is not negated (or any match at all)."""
    for m in pattern.finditer(t):
        if not negatable or not _negated(t, m.start()):
            return True
    return False


# --- shared vocabulary -----------------------------------------------------------------------------------------

TALKS = (r"(?:talks?|negotiat\w*|dialog(?:ue)?s?|diplomac\w*|diplomatic \w+|ceasefires?|cease-fires?|truces?|"
         r"deals?|agreements?|settlements?|accords?|summits?|mediation|peace(?: \w+)?|table|contacts?|"
         r"conversations?|discussions?|meetings?|compromises?|armistice|de-escalation)")
_VICTORY = re.compile(
    r"\b(?:crush\w*|defeat\w*|destroy\w*|eliminat\w*|eradicat\w*|annihilat\w*|wiped out|surrender\w*|"
    r"capitulat\w*|victory|vanquish\w*|beaten|is gone|are gone|every inch|last (?:soldier|bullet|man)|"
    r"on its knees|on their knees|unconditional\w*|total|utterly)\b")


def _victory_after(t: str, pattern: re.Pattern) -> bool:
    """The condition introduced by ``pattern`` amounts to victory (it is followed by a victory word)."""
    for m in pattern.finditer(t):
        if _VICTORY.search(t, m.end(), min(len(t), m.end() + 70)):
            return True
    return False


# --- the LabelingFunction type and registry --------------------------------------------------------------------


@dataclass(frozen=True)
class LabelingFunction:
    """A named rule voting ``label`` when ``predicate(normalised_text)`` holds; ``doc`` says what it captures."""

    name: str
    label: str
    predicate: Callable[[str], bool]

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.predicate.__doc__ or "")

    def vote_normalised(self, t: str) -> str | None:
        return self.label if self.predicate(t) else None

    def __call__(self, text: str) -> str | None:
        """The label this rule votes for ``text``, or None when it abstains."""
        return self.vote_normalised(normalise_text(text))


#: All rules in a fixed order (the columns of the label matrix).
LABELING_FUNCTIONS: list[LabelingFunction] = []


def _lf(label: str, *, guard_conditions: bool | None = None):
    """Register a predicate as a rule voting ``label`` (supportive rules abstain when a condition is stated)."""
    guard = (label == SUPPORTIVE) if guard_conditions is None else guard_conditions

    def deco(pred: Callable[[str], bool]) -> LabelingFunction:
        if guard:
            inner = pred

            @functools.wraps(inner)
            def pred(t: str, _inner=inner) -> bool:  # noqa: F811 - wrapped on purpose
                return _inner(t) and not _states_condition(t)

        lf = LabelingFunction(name=pred.__name__, label=label, predicate=pred)
        LABELING_FUNCTIONS.append(lf)
        return lf

    return deco


@functools.lru_cache(maxsize=8192)
def _states_condition(t: str) -> bool:
    """Whether any conditional rule fires on normalised text ``t`` (the supportive rules' guard)."""
    return any(lf.predicate(t) for lf in LABELING_FUNCTIONS if lf.label == CONDITIONAL)


# =================================================================================================================
# Conditional rules (registered first: the supportive guard consults them)
# =================================================================================================================

_ONLY_IF = _rx(r"\bonly (?:if|when|once|after|on (?:the |one )?conditions?|provided|with|in exchange for|"
               r"in return for|as part of|within|under (?:the|a|an|these|clear|certain))\b",
               r"\b(?:can|could|will|would) only (?:\w+ ){0,3}?(?:if|when|once|after|with|on the basis|as part of)\b",
               r"\bif and only if\b")


@_lf(CONDITIONAL)
def only_if(t: str) -> bool:
    """'only if / only when / only after / only with / can only ... if': acceptance restricted to terms.

    Not negatable: "not ..., but only if ..." is still a condition.
    """
    return bool(_ONLY_IF.search(t))


_PROVIDED = _rx(r"\bprovid(?:ed|ing)(?:,? of course,?)? that\b", r", (?:provided|providing)\b", r"\bon the understanding that\b",
                r"(?<!for )(?<!for just )\b(?:as|so) long as\b(?! (?:it takes|necessary|needed|we can|we must|"
                r"possible|they can|we live|i live)\b)")


@_lf(CONDITIONAL)
def provided_that(t: str) -> bool:
    """'provided that', 'on the understanding that', 'as long as / so long as' (not 'as long as it takes')."""
    return bool(_PROVIDED.search(t))


_ON_CONDITION = _rx(r"\bon (?:the |one |certain |clear )?conditions? (?:that|of)\b", r"\bconditional (?:on|upon)\b",
                    r"\bconditioned (?:on|upon)\b", r"\bcontingent (?:on|upon)\b", r"\bin exchange for\b",
                    r"\bin return for\b", r"\bdepends? (?:\w+ ){0,2}?on whether\b",
                    r"\bon (?:our|these|those|certain|clear|fair|acceptable) terms\b",
                    r"\bconditions? (?:\w+ ){0,2}?(?:must|have to|has to|need to) be (?:met|fulfilled)\b",
                    r"\bwith (?:strings|conditions) attached\b")


@_lf(CONDITIONAL)
def on_condition(t: str) -> bool:
    """'on condition that', 'conditional/contingent on', 'in exchange for', 'on our terms', conditions to be met."""
    return _fires(_ON_CONDITION, t)


_UNLESS = re.compile(r"\bunless\b")


@_lf(CONDITIONAL)
def unless_clause(t: str) -> bool:
    """'unless ...': a deal or talks depend on something, except when the 'unless' is victory ('unless they surrender')."""
    return bool(_UNLESS.search(t)) and not _victory_after(t, _UNLESS)


_NEGWORD = r"(?:no|not|never|cannot|can't|won't|don't|doesn't|isn't|aren't|wouldn't|shouldn't|refus\w*|nothing)"
_UNTIL = _rx(rf"\b{_NEGWORD}\b (?:[\w'-]+,? ){{0,6}}?(?:talk\w*|negotiat\w*|deals?|agreements?|ceasefire|truce|"
             r"sit\w* down|table|dialogue|discuss\w*|peace|return\w*|engag\w*|sign\w*|contacts?|meet\w*)\b,? "
             r"(?:[\w'-]+ ){0,4}?(?:until|till|before|while|as long as|so long as|"
             r"under (?:fire|threat|pressure|bombardment|duress|occupation|blackmail|shelling|the gun|sanctions)|"
             r"at gunpoint|with a gun|with a knife)\b")


@_lf(CONDITIONAL)
def no_talks_until_condition(t: str) -> bool:
    """'no talks / we won't negotiate until ... / while ... / under fire': a precondition, not a refusal.

    Abstains when the condition is victory ("until they are crushed"): that is opposed.
    """
    return bool(_UNTIL.search(t)) and not _victory_after(t, _UNTIL)


_PART_OF = _rx(r"\b(?:must|should|has to|have to|need to|needs to|will have to|deserves? to|demand to|insist on|"
               r"entitled to) (?:\w+ ){0,2}?(?:be (?:a )?(?:part of|included|involved|represented|present|consulted|"
               r"heard|at the table|in the room|party to|a party|participants?|at the (?:summit|talks|negotiations|meeting))|have (?:a seat|a say|a voice|a place|"
               r"a role|a stake)|sit at the table|take part|participate|be at the table)",
               r"\bnothing about \w+ without\b", r"\bseat at the (?:negotiating )?table\b",
               r"\bover (?:our|their) heads\b", r"\bbehind (?:our|their) backs?\b",
               r"\b(?:without|excluding|exclude|excludes) (?:ukraine|europe|kyiv|the palestinians|the workers|the union|"
               r"the unions|our participation|our consent|us at the table)\b")


@_lf(CONDITIONAL)
def must_be_part_of(t: str) -> bool:
    """Who must take part: 'X must be part of / included in / at the table', 'nothing about X without X'."""
    return _fires(_PART_OF, t, negatable=False)


_WITHOUT = re.compile(r"\b(?:impossible|unthinkable|unworkable|unrealistic|not possible|cannot|can't|can not|"
                      r"won't|will not|no|never|nothing|unacceptable|not (?:sustainable|durable|lasting|work))\b "
                      r"(?:[\w'-]+ ){0,6}?without\b(?! (?:any |further )?(?:pre-?conditions|conditions|delay|"
                      r"hesitation|a fight|question|doubt)\b)")


_WITHOUT_FIRST = re.compile(r"(?:^|[.;:] )without\b [^.,;]{3,60}, (?:[\w'-]+ ){0,4}?(?:no|nothing|cannot|can't|won't|"
                            r"will not|impossible|never|fail\w*|there is no|collapse\w*)\b")


@_lf(CONDITIONAL)
def impossible_without(t: str) -> bool:
    """'impossible without X', 'cannot succeed without X', 'no peace/deal without X': a required term."""
    return bool(_WITHOUT.search(t) or _WITHOUT_FIRST.search(t))


_BASIS = _rx(r"\bon the basis of\b", r"\bon the principles? of\b", r"\bwithin the framework of\b",
             r"\bbased on (?:the )?(?:principles?|un charter|charter|international law|resolutions?|borders|the \d{4} "
             r"borders|mutual|respect|equality|reciprocity|realities|the realities|the situation on the ground)",
             r"\bin (?:line|accordance|keeping|conformity) with (?:the )?(?:international law|un charter|charter|"
             r"resolutions?|principles?|our constitution|the constitution|security council)",
             r"\b(?:respect\w*|respect for|recogni[sz]\w*) (?:\w+ ){0,3}?(?:sovereignty|territorial integrity|"
             r"internationally recognized borders|internationally recognised borders|new realities|realities on the ground)",
             r"\b(?:reflect|take into account|take account of|acknowledge) (?:\w+ ){0,3}?(?:realities|interests|"
             r"legitimate (?:security )?(?:concerns|interests))\b")


@_lf(CONDITIONAL)
def on_the_basis_of(t: str) -> bool:
    """Talks framed by principles: 'on the basis of', 'in line with international law', 'respect sovereignty'."""
    return _fires(_BASIS, t)


_FIRST = _rx(r"\bfirst(?: of all)?,? (?:[\w'-]+,? ){0,4}?(?:must|has to|have to|need to|needs to|should|will have to)\b",
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


@_lf(CONDITIONAL)
def first_must(t: str) -> bool:
    """What must happen first: 'first they must ...', 'must ... before any talks', 'prior to negotiations'."""
    return _fires(_FIRST, t)


_PRECONDITION = _rx(r"\bpre-?conditions?\b", r"\bprerequisites?\b", r"\b(?:we|they|i|he|she) (?:\w+ )?"
                    r"(?:demand|demands|demanded|insist|insists|insisted|require|requires|required) (?:that|on)\b",
                    r"\bconditions for (?:talks|negotiat\w*|a deal|dialogue|a ceasefire|peace)\b",
                    r"\bour (?:conditions|demands|terms) (?:are|remain|have not changed)\b",
                    r"\b(?:will|would|must|shall) (?:also |first )?require\b",
                    r"\b(?:is|are|will be) the price (?:of|for) (?:any|a|the|an) (?:\w+ )?(?:deal|agreement|peace|ceasefire|talks|"
                    r"settlement|truce)\b", r"\bour position is simple\b")


@_lf(CONDITIONAL)
def precondition(t: str) -> bool:
    """'preconditions', 'prerequisite', 'we demand/insist that', 'our terms are': negated ('without preconditions') abstains."""
    return _fires(_PRECONDITION, t)


_RED_LINES = _rx(r"\bred lines?\b", r"\bnon-negotiable\b", r"\bnot negotiable\b",
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


@_lf(CONDITIONAL)
def red_lines(t: str) -> bool:
    """What is off the table: 'red lines', 'non-negotiable', 'not up for negotiation', 'will not negotiate away'."""
    return _fires(_RED_LINES, t, negatable=False)


_GUARANTEES = _rx(r"\bguarantee(?:s|d)?\b(?! (?:you|that|it)\b)", r"\bguarantors?\b", r"\bverifiab\w*", r"\benforceab\w*",
                  r"\bverif(?:y|ied|ication)\b", r"\bmonitoring (?:mechanism|mission)", r"\binternational (?:monitors|"
                  r"peacekeepers|observers|force)", r"\bpeacekeep\w*", r"\bbacked by\b", r"\bbackstop\b",
                  r"\bsafeguards?\b", r"\bin writing\b", r"\bwritten (?:guarantee|commitment|assurance)s?\b", r"\bironclad\b", r"\bcast-iron\b", r"\bbinding (?:commitments?|guarantees?|"
                  r"agreement|treaty|assurances?)", r"\bsecurity assurances?\b", r"\bdeterren\w*")


@_lf(CONDITIONAL)
def guarantees(t: str) -> bool:
    """Guarantees that must come with a deal: security guarantees, verification, peacekeepers, binding commitments."""
    return _fires(_GUARANTEES, t)


_ULTIMATUM = _rx(r"\b(?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
                 r"midnight|noon|the end of|next|the weekend|\d)[^.]{0,60}?\bor (?:else|we|they|i|there|the)\b",
                 r"\bdeadline\b", r"\bfinal (?:offer|warning)\b", r"\blast (?:chance|offer)\b",
                 r"\btake it or leave it\b", r"\b(?:must|has to|have to|needs? to|should)\b[^.]{3,80}?,? otherwise\b",
                 r"\bor (?:else )?(?:we|i|they)(?: will| 'll|'ll| shall| are going to)? (?:walk|leave|strike|resume|"
                 r"pull|end|go|withdraw|stop|escalate|respond)\b",
                 r"\bor (?:the )?(?:deal|talks|offer) (?:is|are|will be) (?:off|dead|over|withdrawn)\b",
                 r"\bor (?:else )?there (?:is|will be|can be) no (?:deal|summit|talks|agreement|ceasefire|meeting)\b",
                 r"\b(?:has|have) (?:\d+|two|three|four|five|seven|ten|a few) (?:hours|days|weeks) to\b")


@_lf(CONDITIONAL)
def ultimatum(t: str) -> bool:
    """Ultimatums and deadlines: 'accept by Sunday or we walk away', 'final offer', 'take it or leave it'."""
    return _fires(_ULTIMATUM, t)


_ACTION = (r"(?:stops?|stopped|withdraw\w*|releas\w*|ceas\w*|halt\w*|lift\w*|falls? silent|pull\w* (?:back|out)|"
           r"return\w*|ends?|ended|hand\w* over|frees?|freed|disarm\w*|leaves?|left|agrees? to|recogni[sz]\w*|"
           r"guarantee\w*|is met|are met|compl(?:y|ies)|respect\w*|accept\w*|honou?r\w*|renounc\w*|abandon\w*|"
           r"drops?|dropped|come back|comes back|back down|backs down)")
_ONCE = _rx(r"\b(?:call\w* off|end\w*|suspend\w*|lift\w*|stop\w*) (?:the |our |its |their )?(?:strike|boycott|protest|"
            r"blockade|sanctions|walkout|action|offensive|attacks) (?:when|once|if|as soon as|after|the moment)\b",
            rf"\b(?:once|as soon as|the moment|the minute|the day)\b(?! possible)(?! we can) (?:[\w'-]+ ){{0,8}}?{_ACTION}\b",
            r"\b(?:strike|boycott|protest|blockade|sanctions|walkout|war|fighting|occupation|action) (?:will|would|can|could) "
            r"(?:\w+ )?(?:end|stop|be called off|be lifted|be suspended) (?:when|once|if|as soon as|after|the moment)\b",
            rf"\b(?:talk\w*|negotiat\w*|table|dialogue|deal|ceasefire|sit down|peace)\b[^.;]{{0,40}}?\b(?:when|after)\b "
            rf"(?:[\w'-]+ ){{0,8}}?{_ACTION}\b")


@_lf(CONDITIONAL)
def once_they_act(t: str) -> bool:
    """Talks after an act: 'once the guns fall silent', 'as soon as they withdraw', 'we will talk when hostages are released'."""
    return _fires(_ONCE, t)


_AMEND = _rx(r"\b(?:send|sends|submit\w*|propos\w*|table|put forward|present\w*|offer\w*|return with|come back with|"
             r"make|bring) (?:\w+ ){0,2}?(?:amendments?|counter-?proposals?|counter-?offers?|revisions?|changes to|"
             r"edits|(?:our|its|their) own (?:draft|proposal|text|version|plan|wording|language|ideas)|alternative (?:text|draft|proposal|plan))",
             r"\bcounter-?(?:proposal|offer)s?\b", r"\bamend\w* (?:the|this|that) (?:text|draft|proposal|plan|deal|paper)",
             r"\b(?:unacceptable|not acceptable|cannot accept|can't accept|reject\w*)\b[^.]{0,80}\b(?:but|however|yet)\b"
             r"[^.]{0,60}\b(?:stay\w*|remain\w*|continu\w*|keep\w*|ready|willing|open|at the table|in the talks|"
             r"negotiat\w*|amend\w*|revis\w*|work on|improv\w*|talk\w*)",
             r"\b(?:needs?|requires?) (?:\w+ ){0,2}?(?:work|changes|revision|improvement|fixing)\b",
             r"\breservations (?:about|on|over|regarding|concerning)\b", r"\b(?:is|was) (?:a |only a |just a )?(?:good )?start,? but\b",
             r"\bneed\w* (?:much |a lot |far )?more than\b", r"\bfine-?tun\w*|\bfine print\b")


@_lf(CONDITIONAL)
def amendments_counterproposal(t: str) -> bool:
    """Rejecting a text while staying in talks: 'we will send our amendments', 'counter-proposal', 'unacceptable, but we remain at the table'."""
    return _fires(_AMEND, t)


_STRENGTH = _rx(r"\bpeace through strength\b", r"\b(?:position|negotiating) of strength\b", r"\bfrom strength\b",
                r"\bleverage\b",
                r"\b(?:pressur\w*|squeez\w*|sanction\w*|push\w*|forc\w*|compel\w*|drag\w*|coerc\w*|press\w*)\b "
                r"(?:[\w'-]+ ){0,5}?(?:to|back to|into|toward|towards) (?:the |serious |real |meaningful )?(?:negotiating )?"
                r"(?:table|talks|negotiat\w*|compromise|a deal)",
                r"\buntil (?:they|he|it|the \w+|\w+) (?:\w+ ){0,2}?(?:sits? down|comes? to the table|returns? to the table|"
                r"agrees? to (?:talk|negotiate)|negotiates?|is ready to talk|are ready to talk|changes? (?:its|their|his) "
                r"(?:mind|position|calculus))\b",
                r"\b(?:strong|strength) (?:\w+ ){0,3}?(?:at the table|in negotiations|for negotiations)")


@_lf(CONDITIONAL)
def peace_through_strength(t: str) -> bool:
    """'Peace through strength', 'from a position of strength', leverage, pressure meant to bring them to the table."""
    return _fires(_STRENGTH, t)


_ANY_DEAL_MUST = re.compile(
    r"\b(?:any|every|a|the|this|our|future|final|lasting|durable|real|just|sustainable|long-term|genuine) "
    r"(?:\w+ ){0,2}?(?:deal|agreement|settlement|peace|ceasefire|truce|accord|treaty|talks|negotiations|contract|"
    r"arrangement|framework|process|solution|offer) (?:\w+ ){0,3}?(?:must|has to|have to|needs to|need to|"
    r"will have to|should|cannot|can't|can only|requires?|shall|would have to)\b"
    r"(?! (?:\w+ )?(?:continue|go on|resume|start|begin|succeed|happen|proceed|take place|be given a chance|"
    r"move forward|be welcomed|be supported)\b)")


@_lf(CONDITIONAL)
def any_deal_must(t: str) -> bool:
    """Demands on the deal itself: 'any agreement must include ...', 'a lasting peace has to ...', 'the deal cannot ...'."""
    return _fires(_ANY_DEAL_MUST, t)


_ROOT = _rx(r"\broot causes?\b", r"\bunderlying causes?\b", r"\bbroader (?:context|settlement|framework|package)\b",
            r"\bcomprehensive (?:settlement|solution|deal|agreement|approach|package)\b",
            r"\bnot (?:just|simply|merely|only) (?:a )?(?:ceasefire|freeze|freezing|truce|pause)\b",
            r"\b(?:simply|merely|just) (?:a )?(?:freez\w*|ceasefire|pause)\b[^.]{0,40}\b(?:not|isn't|won't|is no)\b")


@_lf(CONDITIONAL)
def root_causes(t: str) -> bool:
    """Scope demands: 'address the root causes', 'a comprehensive settlement', 'not just a ceasefire / freeze'."""
    return _fires(_ROOT, t, negatable=False)


_NOT_ANY_PRICE = _rx(r"\bnot at any (?:price|cost)\b", r"\bnot at the (?:expense|cost|price) of\b",
                     r"\bnot (?:on|under) (?:their|his|russia's|moscow's|these|those|such|any) terms\b",
                     r"\b(?:peace|deal|agreement|ceasefire) at any (?:price|cost)\b", r"\bbut not (?:a |an )?"
                     r"(?:capitulation|surrender|bad deal|freeze|frozen conflict)\b", r"\bnot just any (?:deal|peace|agreement)\b",
                     r"\bnot (?:one |a |an |any )?(?:\w+ )?(?:dictated|imposed)\b",
                     r"\b(?:a|the) (?:fair|just|good|right) (?:deal|peace|agreement)\b(?=[^.]{0,40}\b(?:not|no)\b)")


@_lf(CONDITIONAL)
def not_at_any_price(t: str) -> bool:
    """Yes to peace, no to any peace: 'not at any price', 'not at the expense of', 'not on their terms'."""
    return _fires(_NOT_ANY_PRICE, t, negatable=False)


_DEAL_THAT = _rx(r"\b(?:cannot|can't|can not|will not|won't|would not|wouldn't|never|could not|couldn't|do not|don't|no) "
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


@_lf(CONDITIONAL)
def conditional_acceptance(t: str) -> bool:
    """Terms stated as what would be refused or accepted: 'we cannot accept a ceasefire that leaves troops on our land',
    'we will accept a deal that ends the war completely'."""
    return _fires(_DEAL_THAT, t, negatable=False) or _fires(_DEAL_THAT_POS, t)


_TALK_VERB = (r"(?:talk\w*|negotiat\w*|(?:return\w*|go\w* back|get\w* back) to (?:the )?(?:negotiating |bargaining )?(?:table|talks|negotiat\w*|dialogue)|resume\w*|sign\w*|sit\w* down|come back|"
              r"meet\w*|agree\w*|engage\w*|make (?:a deal|peace)|accept\w*|consider\w*|discuss\w*|lift\w*|end\w*)")
_IF_THEN = _rx(rf"(?<!even )(?<!as )(?<!what )\bif\b (?!only\b)[^.;?]{{3,90}}?,? (?:then )?(?:we|i|they|the \w+|our \w+)"
               rf"(?:'re|'ll| are| will| would| 'll| can| could| shall| am| is)? (?:be |all )?(?:ready |willing |prepared |happy |"
               rf"glad |open |able )?(?:to )?{_TALK_VERB}\b",
               rf"\b(?:ready|willing|prepared|happy|glad|open|able|will|would|could|can|shall)\b (?:\w+ ){{0,4}}?{_TALK_VERB}\b"
               rf"[^.;?]{{0,40}}?(?<!even )(?<!as )\bif\b")


@_lf(CONDITIONAL)
def if_then_talks(t: str) -> bool:
    """Talks tied to an 'if': 'if they drop the layoffs, we are ready to negotiate', 'we will sign if ...' (not 'even if')."""
    for m in _IF_THEN.finditer(t):
        if _negated(t, m.start()) and not m.group(0).startswith("if"):
            continue
        tail = t[m.start(): m.end() + 40]
        if re.search(r"\b(?:wonder|ask|know|see|doubt|unclear|whether)\b", t[max(0, m.start() - 30):m.start()]):
            continue
        return bool(tail)
    return False


# =================================================================================================================
# Supportive rules (each abstains when the statement also states a condition)
# =================================================================================================================

_CALL = _rx(rf"\b(?:(?:we|i|they|he|she|also|again|repeatedly|strongly|once again) call|calls|called|calling) "
            rf"(?:for|on) {_gap(6)}{TALKS}",
            rf"\b(?:appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing)|plead\w*|push(?:es|ed|ing)? hard|encourag\w*|"
            rf"implor\w*) {_gap(5)}(?:for|on|to) {_gap(5)}{TALKS}",
            r"\b(?:let's|let us) (?:\w+ )?(?:talk|negotiate|sit down|make (?:a deal|peace)|give (?:peace|diplomacy|talks) a chance)\b",
            r"\bgive (?:peace|diplomacy|talks|negotiations|dialogue) a chance\b", r"\bkeep (?:on )?talking\b",
            r"\bkeep (?:the )?(?:talks|dialogue|negotiations|channels?) (?:going|open|alive)\b")


@_lf(SUPPORTIVE)
def call_for_talks(t: str) -> bool:
    """Calls for talks: 'call for / urge / appeal for negotiations, a ceasefire, dialogue', 'let's sit down'."""
    return _fires(_CALL, t)


_WELCOME = _rx(rf"\bwelcom(?:e|es|ed|ing)\b {_gap(6)}(?:{TALKS}|efforts?|initiatives?|calls?|progress|proposals?|plans?|"
               r"offers?|news|steps?|announcement|resumption|decision|readiness|willingness|signals?|outreach|"
               r"exchange|release|visit)",
               rf"\b(?:pleased|glad|happy|relieved|delighted|heartened|encouraged) (?:that |to see |by |about )?{_gap(6)}"
               r"(?:back to the (?:negotiating |bargaining )?table|(?:returned|returning|return|come back) to (?:the )?(?:table|talks)|"
               r"agreed to (?:talk|negotiate|meet)|resum\w* (?:the )?(?:talks|negotiations|dialogue))",
               rf"\blook\w* forward to {_gap(3)}(?:{TALKS}|next round|round|working together)",
               rf"\b(?:applaud\w*|prais\w*|hail\w*|commend\w*|salut\w*|appreciat\w*|thank\w*|grateful for|congratulat\w*)"
               rf" {_gap(6)}(?:efforts?|initiatives?|mediation|{TALKS}|work for peace|leadership in|(?:phone )?calls?|"
               r"breakthrough|progress)")


@_lf(SUPPORTIVE)
def welcome_talks(t: str) -> bool:
    """Welcoming or praising efforts: 'welcomes any efforts to resolve', 'we applaud the mediation'."""
    return _fires(_WELCOME, t)


_AGREE = _rx(r"\bagree(?:d|s)? (?:to|on) (?:\w+ ){0,4}?(?:negotiat\w*|talks?|meet\w*|dialogue|ceasefire|truce|summit|"
             r"sit down|resum\w*|start\w*|begin\w*|hold\w*|open\w*|launch\w*|continu\w*|exchange|work together)",
             rf"\b(?:ready|willing|prepared|eager|keen|committed|determined|happy|glad) (?:to|for) {_gap(3)}(?:negotiat\w*|"
             r"talk|talks|dialogue|engag\w*|meet|discuss\w*|sit down|compromise|a deal|an agreement|peace|diplomacy|"
             r"resume|return to the table|make (?:a deal|peace)|reach\w* (?:a |an )?(?:\w+ )?(?:deal|agreement|contract|"
             r"settlement|accord|compromise|solution)|work (?:together|with))",
             r"\breached (?:a |an )?(?:\w+ )?(?:deal|agreement|accord|understanding|compromise|settlement)\b",
             r"\b(?:sent|sends|send|sending|dispatch\w*) (?:a|an|its|their|our|his|her) (?:\w+ )?(?:team|delegation|envoys?|"
             r"negotiators|emissary)\b",
             r"\bcontinu\w* (?:the |these |our |their |with )?(?:\w+ )?(?:talks|discussions|negotiations|dialogue|contacts|"
             r"consultations)\b",
             r"\b(?:will|to) (?:send|dispatch) (?:a |our |its |their )?(?:delegation|envoys?|negotiators|team)\b",
             r"\b(?:teams?|delegations?|negotiators) (?:will|to) (?:meet|start|begin|sit down)\b",
             r"\bcommit(?:s|ted)? to (?:the )?(?:talks|negotiations|dialogue|peace process|diplomacy|the process|peace)")


@_lf(SUPPORTIVE)
def agree_to_negotiate(t: str) -> bool:
    """Agreeing or being ready to negotiate: 'agreed to start negotiations', 'ready to talk', 'will send a delegation'."""
    return _fires(_AGREE, t)


_OPTIMISM = _rx(rf"\b(?:hopeful|optimistic|confident|encouraged|upbeat|convinced|believe|hope|expect|trust)\b {_gap(10)}"
                r"(?:deal|agreement|peace|ceasefire|settlement|breakthrough|progress|talks|negotiations|solution|"
                r"conclusion|accord|truce|success)\b",
                r"\b(?:deal|agreement|peace|ceasefire|settlement|breakthrough|solution|accord|truce)\b (?:\w+ ){0,2}?"
                r"(?:is|are|looks|seems|feels)? ?(?:very |really |now )?(?:close|near|within reach|in sight|achievable|"
                r"within (?:our )?grasp|closer than ever|closer|possible|doable|on the horizon)\b",
                r"\b(?:will|would|can|could|going to) (?:\w+ ){0,1}?(?:lead to|bring|result in|deliver|produce|yield) "
                r"(?:a |an |lasting |real |durable )?(?:peace|deal|agreement|settlement|success|breakthrough|results)\b",
                r"\b(?:will|would|going to) be (?:very )?(?:successful|productive|fruitful)\b",
                r"\bsuccessful (?:conclusion|outcome|negotiations?|talks)\b",
                r"\b(?:deal|agreement|ceasefire|compromise|peace|settlement|accord) (?:is|would be|will be) (?:\w+ )?"
                r"(?:good|great|beneficial|a win|in the interest|in everyone's interest) (?:for|of)\b",
                r"\bin (?:everyone's|everybody's|all our|our mutual|the common) interests?\b",
                r"\b(?:very|so|really|quite|pretty) close to (?:a |an |the )?(?:\w+ )?(?:deal|agreement|something|an end|"
                r"peace|settlement|ceasefire)\b")


@_lf(SUPPORTIVE)
def optimism_about_deal(t: str) -> bool:
    """Optimism about a deal: 'I am hopeful a deal is close', 'peace is within reach', 'will lead to a successful conclusion'."""
    return _fires(_OPTIMISM, t)


_PRAISE = re.compile(r"\b(?:productive|constructive|positive|fruitful|useful|good|great|successful|frank|substantive|"
                     r"encouraging|promising|meaningful|excellent|cordial|warm|candid|businesslike|important|"
                     r"historic|serious|substantial|real|tangible|significant|big) (?:first |phone |new )?(?:talks|"
                     r"meeting|call|phone call|conversation|discussions?|dialogue|negotiations|round|session|exchanges?|"
                     r"contacts?|summit|progress|step|start|signal|opportunity|breakthrough|momentum)\b")


@_lf(SUPPORTIVE)
def praise_for_talks(t: str) -> bool:
    """Praise for a call, meeting or round of talks: 'a productive call', 'constructive talks', 'real progress'."""
    return _fires(_PRAISE, t)


_STEP = _rx(rf"\b(?:steps?|foundation|groundwork|path|door|way|road|bridge|opening|window|chance|opportunity|start|"
            rf"beginning|momentum) {_gap(2)}(?:toward|towards|to|for) {_gap(3)}(?:peace|talks|negotiat\w*|a deal|an agreement|"
            r"agreement|settlement|dialogue|ceasefire|resolution|solution|ending (?:the|this) (?:war|conflict|strike))\b",
            r"\b(?:pave|paves|paved|paving|lay|lays|laid|laying|open\w*|build\w*) (?:\w+ )?the (?:way|road|path|foundation|"
            r"groundwork|door|basis)\b", r"\bstep in the right direction\b",
            r"\bbuild (?:on|upon) (?:it|this|that|the (?:ceasefire|truce|progress|momentum|agreement|talks))\b",
            r"\bcloser (?:to|toward|towards) (?:a |an |the )?(?:\w+ )?(?:deal|agreement|peace|settlement|ceasefire|accord|"
            r"compromise|solution)\b", r"\bice (?:is|has been) broken\b",
            r"\bbreak\w* the ice\b")


@_lf(SUPPORTIVE)
def step_toward_talks(t: str) -> bool:
    """A call or meeting as a step toward talks: 'lays the foundation for negotiations', 'a step toward peace'."""
    return _fires(_STEP, t)


_BLOCKERS = _rx(rf"\bobstacles? (?:to|for|in the way of|on the (?:road|path) to) {_gap(2)}(?:peace|talks|a deal|the deal|an agreement|negotiat\w*|dialogue|"
                r"a settlement|a ceasefire|progress)",
                r"\b(?:block\w*|sabotag\w*|torpedo\w*|derail\w*|undermin\w*|obstruct\w*|wreck\w*|spoil\w*|scuttl\w*) "
                r"(?:\w+ ){0,2}?(?:the |any |these |a )?(?:talks|negotiations|peace|deal|agreement|dialogue|process|"
                r"ceasefire|diplomacy|settlement|efforts?)",
                r"\b(?:party|parties|camp) of war\b", r"\bwarmonger\w*", r"\bspoilers?\b",
                r"\b(?:want|wants|wanted) (?:the |this )?(?:war|fighting|conflict|strike|dispute) to (?:continue|go on|drag on)",
                r"\b(?:profit\w*|benefit\w*) from (?:the |this )?(?:war|conflict|fighting|dragging|prolonging|bloodshed|chaos)",
                r"\b(?:drag\w*|prolong\w*) (?:out )?(?:the |this )?(?:war|conflict|strike|fighting|dispute)")


@_lf(SUPPORTIVE)
def attack_blockers(t: str) -> bool:
    """Attacking those who block talks: 'an obstacle to peace', 'sabotaging the negotiations', 'warmongers'."""
    return _fires(_BLOCKERS, t)


_DIPLOMATIC = _rx(r"\b(?:negotiated|diplomatic|peaceful|political|mutually acceptable|compromise) (?:solution|"
                  r"settlement|resolution|end|means|path|way out|outcome|track|route|exit)\b",
                  r"\bno military solution\b",
                  r"\b(?:only|best|right|sole|real) (?:way|path|solution|option|answer|road|route) (?:forward |out )?"
                  r"(?:is |lies )?(?:through |via |at |by )?(?:dialogue|diplomacy|negotiat\w*|talks|the table|compromise|"
                  r"the negotiating table|peaceful means)",
                  r"\bno alternative to (?:dialogue|diplomacy|negotiat\w*|talks|peace|a political)",
                  r"\b(?:dialogue|diplomacy|negotiations?|talks|talking|jaw-jaw) (?:is|are|remains?) (?:\w+ )?(?:the )?"
                  r"(?:only|best|sole|right|surest|wisest) (?:way|path|option|answer|solution|route|tool|course)\b",
                  r"\b(?:dialogue|diplomacy|negotiations?|talks|talking|a deal|compromise) (?:is|are) (?:always )?"
                  r"(?:better|preferable) (?:than|to) (?:confrontation|war|fighting|conflict|strikes?|escalation|sanctions)",
                  r"\b(?:jaw-jaw|better than war-war)\b",
                  r"\b(?:end\w*|resolv\w*|settl\w*|solv\w*|stop\w*|finish\w*) (?:\w+ ){0,3}?(?:through|via|by|with|at) "
                  r"(?:negotiat\w*|dialogue|diplomacy|talks|peaceful|the (?:negotiating )?table|compromise)",
                  r"\bsettle (?:their|our|the|its) differences\b", r"\b(?:by|through) (?:peaceful|diplomatic|political) means\b",
                  r"\bat the (?:negotiating )?table,? not on the battlefield\b")


@_lf(SUPPORTIVE)
def diplomatic_solution(t: str) -> bool:
    """Diplomacy as the way: 'a negotiated settlement', 'the only way is through dialogue', 'no military solution'."""
    return _fires(_DIPLOMATIC, t)


_DOOR = _rx(rf"\bdoors? {_gap(2)}(?:is|are|remains?|stays?|still|wide) {_gap(1)}open\b",
            rf"\bopen (?:to|for) {_gap(2)}(?:talks|negotiat\w*|dialogue|discussions?|a deal|any (?:proposal|idea)s?|proposals?|"
            r"contacts?|diplomacy|compromise|dialogue|meeting|offers?)\b",
            r"\b(?:stand|stands|remain|remains|stay|stays) ready\b", r"\bextend\w* (?:a|the|our|my) hand\b",
            r"\boutstretched hand\b", r"\bhand (?:is|remains) (?:still )?(?:extended|outstretched)\b",
            r"\b(?:phone|line) (?:is|remains) open\b")


@_lf(SUPPORTIVE)
def door_open(t: str) -> bool:
    """Openness: 'the door remains open', 'open to dialogue', 'we stand ready', 'our hand is extended'."""
    return _fires(_DOOR, t)


_NOT_RULE_OUT = _rx(r"\b(?:not|never|n't|cannot|can't) (?:\w+ ){0,2}?rul\w* out (?:\w+ ){0,4}?(?:talks|negotiat\w*|dialogue|"
                    r"meeting|meet|contacts?|deal|diplomacy|ceasefire|agreement|summit|compromise|a call|talking)",
                    r"\b(?:not|never|n't|no one is|nobody is) (?:\w+ ){0,2}?(?:reject\w*|refus\w*|oppos\w*|against|clos\w*|"
                    r"shut\w*|walk\w* away from) (?:\w+ ){0,3}?(?:talks|negotiat\w*|dialogue|diplomacy|contacts?|"
                    r"the door|the table|a deal|peace|ceasefire|meeting)",
                    r"\b(?:no|not) (?:\w+ )?(?:one|body)? ?(?:is )?(?:saying no|says no) to (?:talks|dialogue|negotiat\w*)")


@_lf(SUPPORTIVE)
def negated_rejection(t: str) -> bool:
    """Negated rejection: 'we do not rule out talks', 'we have never refused to negotiate', 'not against dialogue'.

    The negation is the cue itself, so this rule is not subject to negation handling.
    """
    return _fires(_NOT_RULE_OUT, t, negatable=False)


_MUST_TALK = re.compile(
    r"\b(?:must|should|need to|needs to|have to|has to|ought to|it is time to|it's time to|time has come to|"
    r"time to|let's|let us|we want to|we would like to|we'd like to) (?:\w+ ){0,2}?(?:talk|negotiate|sit down|"
    r"come to the table|return to the (?:negotiating )?table|return to (?:the )?talks|resume (?:the )?(?:talks|"
    r"negotiations|dialogue)|engage in (?:talks|dialogue|negotiations|diplomacy)|start (?:talks|negotiations|a dialogue)|"
    r"make (?:a deal|peace)|reach (?:a deal|an agreement|a settlement|a ceasefire)|get (?:a deal|a ceasefire|this) done|"
    r"engage|keep talking|keep the dialogue|close (?:a|the|this) deal|do a deal|strike a deal|hammer (?:\w+ )?out|"
    r"get back (?:in|into|around) (?:a|the) (?:room|table)|work (?:it|this|things) out|"
    r"find (?:a|common) (?:solution|compromise|ground)|seize (?:this|the) (?:opportunity|chance|moment)|"
    r"stop the (?:killing|bloodshed|war|fighting|dying))\b")


@_lf(SUPPORTIVE)
def must_talk(t: str) -> bool:
    """Talks as an obligation: 'both sides must sit down', 'it is time to negotiate', 'we have to reach a deal'."""
    return _fires(_MUST_TALK, t)


_ENDORSE = _rx(rf"\b(?:support|supports|supported|supporting|back|backs|backed|backing|endors\w*|favou?r|favou?rs|"
               rf"in favou?r of|champion\w*|embrac\w*|stand behind|stands behind|fully behind|behind) {_gap(4)}"
               r"(?:the |any |this |these |a |an )?(?:talks|negotiat\w*|dialogue|peace (?:process|plan|initiative|"
               r"efforts?|talks|deal|agreement)|diplomatic (?:efforts?|process|solution|track|push)|mediation|"
               r"ceasefire|truce|deal|agreement|settlement|compromise|efforts to (?:end|resolve|stop|reach)|"
               r"(?:every|any|all) (?:\w+ )?efforts?)\b")


@_lf(SUPPORTIVE)
def endorse_talks(t: str) -> bool:
    """Endorsing a process: 'we support the peace process', 'fully behind the talks', 'backs the ceasefire deal'."""
    return _fires(_ENDORSE, t)


_COMPROMISE = _rx(r"\b(?:compromises?|concessions) (?:is|are|will be) (?:\w+ ){0,2}?(?:needed|necessary|possible|"
                  r"inevitable|required|essential|unavoidable|part of)",
                  r"\b(?:both|all|the two) (?:sides|parties) (?:\w+ ){0,3}?(?:compromise|concessions|give ground|"
                  r"meet halfway|find common ground|give a little|bend)",
                  r"\bmeet (?:\w+ ){0,2}?halfway\b", r"\bcommon ground\b", r"\bmiddle ground\b", r"\bwin-win\b",
                  r"\bmutually (?:acceptable|beneficial)\b", r"\bgive and take\b", r"\bmeeting point\b")


@_lf(SUPPORTIVE)
def compromise_needed(t: str) -> bool:
    """Willingness to compromise: 'compromises are inevitable', 'meet halfway', 'common ground', 'win-win'."""
    return _fires(_COMPROMISE, t)


_MEDIATE = _rx(r"\b(?:offer\w*|ready|willing|prepared|happy|glad|proud|honou?red|pleased) to (?:\w+ )?(?:mediate|host|"
               r"facilitate|broker|help (?:bring|reach|find|end))\b",
               r"\bgood offices\b", r"\b(?:our|its) (?:mediation|facilitation)\b",
               r"\bplatform for (?:talks|negotiat\w*|dialogue)\b")


@_lf(SUPPORTIVE)
def offer_to_mediate(t: str) -> bool:
    """Offering to mediate or host: 'ready to host the talks', 'offered its good offices', 'a platform for dialogue'."""
    return _fires(_MEDIATE, t)


_STOP_KILLING = _rx(r"\b(?:stop|end|halt|ending|stopping) (?:the |this |all )?(?:killing|bloodshed|dying|deaths|"
                    r"senseless|suffering|violence|carnage|slaughter|loss of life)\b",
                    r"\b(?:time|moment) (?:has come|is right|is ripe) (?:for|to) (?:peace|talks|negotiat\w*|diplomacy|"
                    r"a deal|end|stop|make)\b", r"\benough (?:is enough|bloodshed|killing|war)\b",
                    r"\bno one wins (?:a |this |in )?(?:war|conflict|strike)\b")


@_lf(SUPPORTIVE)
def stop_the_killing(t: str) -> bool:
    """Humanitarian urgency for a settlement: 'stop the killing', 'the time has come for peace', 'no one wins a war'."""
    return _fires(_STOP_KILLING, t)


_NO_PRECOND = _rx(r"\bwithout (?:any )?(?:pre-?conditions|conditions)\b", r"\bno pre-?conditions\b",
                  r"\bunconditional(?:ly)? (?:talks|negotiations|dialogue|ceasefire)",
                  r"\b(?:talk|negotiate|meet) (?:\w+ )?(?:anytime|anywhere|any time)\b",
                  r"\bwithout (?:further )?delay\b", r"\b(?:immediate|immediately|right away|at once)\b(?=[^.]{0,40}"
                  r"\b(?:talks|negotiat\w*|ceasefire|dialogue|meet)\b)")


@_lf(SUPPORTIVE)
def talks_without_preconditions(t: str) -> bool:
    """Talks now and unconditionally: 'without preconditions', 'without delay', 'immediate negotiations', 'anytime, anywhere'."""
    return _fires(_NO_PRECOND, t, negatable=False)


# =================================================================================================================
# Opposed rules
# =================================================================================================================

_NO_TALKS = _rx(r"\b(?:no|zero)\b (?:more |further |real |serious |direct |new |peace |such |point in |)"
                r"(?:talks|negotiations?|negotiating|dialogue|deals?|ceasefire|truce|diplomacy|bargaining|discussions?)\b"
                r"(?! (?:[\w'-]+ ){0,5}?(?:until|till|unless|without|while|before|as long as|so long as|if|under|yet|"
                r"has been|have been|was|were|is better than))",
                r"\bno compromise with\b",
                r"\b(?:talks|negotiations|dialogue|diplomacy|a deal|the deal|a ceasefire) (?:are|is|remains?) (?:\w+ )?"
                r"(?:off the table|out of the question|not an option|not on the agenda|dead)\b",
                r"\b(?:talks|negotiat\w*|dialogue|deal|ceasefire|truce) (?:\w+ ){0,3}?(?:is|are) (?:simply )?out of the question\b")


@_lf(OPPOSED)
def no_talks(t: str) -> bool:
    """'No talks', 'no negotiations', 'no deal', 'talks are off the table / out of the question'.

    The negation is the cue; 'no talks until/unless/without X' is a condition and does not count here.
    """
    return _fires(_NO_TALKS, t)


_REFUSE = _rx(r"\b(?:refus\w*|declin\w*|reject\w*|spurn\w*|rebuff\w*) (?:[\w'-]+ ){0,2}?(?:to )?(?:negotiat\w*|talk\w*|meet\w*|"
              r"engage|sit down|dialogue|the talks|any talks|the offer of talks|the invitation|(?:the|a|any) ceasefire|"
              r"the deal|(?:the|this|any) peace (?:plan|deal|proposal|initiative)|mediation|invitations?|offers? of talks|calls? for (?:talks|a ceasefire|"
              r"negotiations|dialogue)|diplomacy|the overtures?)\b",
              r"\b(?:will|would|shall|do|does|did|must|should|can|could|are|is|am)? ?(?:not|never|n't|won't|cannot|can't)"
              r" (?:ever |even |be |going to |agree to )?(?:negotiate|sit down|talk|engage|meet|return to the (?:table|"
              r"talks)|come to the table|be at the table|deal)\b(?! (?:about|away|on|over|for)\b)")
_REFUSE_EXCUSE = re.compile(r"\b(?:until|till|unless|while|before|as long as|so long as|under|without|if|at gunpoint|"
                            r"with a gun|first)\b")


@_lf(OPPOSED)
def refuse_to_negotiate(t: str) -> bool:
    """Refusal: 'we refuse to negotiate', 'rejected the offer of talks', 'we will never sit down with them'.

    Abstains when the refusal names a condition in the same sentence ('until', 'unless', 'while', 'under fire').
    The first form is negatable ('we do not reject talks'); the second has the negation as its cue.
    """
    for m in _REFUSE.finditer(t):
        if m.group(0)[:3] in ("ref", "dec", "rej", "spu", "reb") and _negated(t, m.start()):
            continue
        end = t.find(".", m.end())
        tail = t[m.end(): end if end >= 0 else len(t)]
        if _REFUSE_EXCUSE.search(tail[:80]) and not _VICTORY.search(tail[:90]):
            continue
        return True
    return False


_NOTHING = _rx(r"\bnothing (?:left |more )?to (?:negotiate|discuss|talk about)\b",
               r"\bno (?:one|body) to (?:negotiate|talk|make peace|deal) with\b",
               r"\b(?:no|not a) (?:serious |credible |reliable |real |genuine )?partners? (?:for|in) (?:peace|talks|negotiat\w*)",
               r"\b(?:cannot|can't|won't|will not|do not|don't|never|no|not) (?:\w+ ){0,1}?(?:negotiat\w*|talk\w*|deal\w*|"
               r"sit\w* down|make (?:deals|peace)|bargain\w*|compromis\w*) with (?:\w+ )?(?:terrorists|murderers|criminals|killers|"
               r"war criminals|thugs|liars|butchers|kidnappers|regime|those who|people who|someone who|a man who|"
               r"gangsters|blackmailers|hostage-takers|the devil|monsters|a government that|an enemy that|fascists|nazis)\b",
               r"\b(?:no|not any|little) (?:point|sense|use|purpose) (?:in |of )?(?:talking|negotiating|sitting down|"
               r"discussing|talks|negotiations|dialogue|a dialogue)\b",
               r"\bnot worth the paper\b", r"\bwith whom\?", r"\bpiece of paper\b", r"\b(?:cannot|can't|can never) be trusted\b",
               r"\b(?:signature|promise|word|agreements?|pledges?)s? (?:\w+ ){0,3}?(?:is|are) (?:\w+ )?(?:worthless|meaningless|"
               r"not worth)\b", r"\bbreaks? every (?:agreement|promise|deal|ceasefire)\b",
               r"\bnever (?:kept|honou?red|respected) (?:a |any |their |its |his )?(?:agreement|promise|deal|ceasefire|word)",
               r"\b(?:every|each|all|any) (?:\w+ )?(?:ceasefire|agreement|deal|truce|promise|accord)s? (?:[\w'-]+,? ){0,5}?"
               r"(?:broke|broken|violated|breached|tore up|torn up|ignored)\b",
               r"\b(?:broke|break|breaks|broken|violat\w*|breach\w*|tore up|tear up) (?:every|each|all|both|previous|past|"
               r"the last) (?:\w+ )?(?:ceasefires?|agreements?|deals?|truces?|promises?|accords?)\b")


@_lf(OPPOSED)
def nothing_to_negotiate(t: str) -> bool:
    """Nothing and no one to talk to: 'nothing to negotiate', 'no partner for peace', 'we don't negotiate with terrorists'."""
    return _fires(_NOTHING, t, negatable=False)


_POINTLESS = re.compile(r"\b(?:pointless|futile|useless|fruitless|meaningless|worthless|hopeless|"
                        r"(?:a )?waste of (?:\w+(?:'s)? )?(?:time|breath|energy)|wast(?:e|es|ed|ing) (?:\w+(?:'s)? )?"
                        r"(?:time|breath)|go(?:es|ing)? nowhere|"
                        r"dead[- ]end|going nowhere|leads? nowhere|leading nowhere|led nowhere|empty words|empty talk|"
                        r"just talk|talk shop|talking shop|all talk|endless talk|talking for the sake of talking|"
                        r"naive|na[i\u00ef]ve|wishful thinking|illusions?|delusion\w*|fantasy|fairy tale)\b")
_POINTLESS_HARD = _rx(r"\b(?:time for|era of|days of|age of) (?:\w+ )?(?:talk|talking|talks|diplomacy|negotiat\w*|dialogue)"
                      r" (?:is|are) (?:over|past|gone)\b",
                      r"\b(?:talks|diplomacy|negotiations|dialogue) (?:have|has) (?:\w+ )?failed\b",
                      r"\bdiplomacy is dead\b", r"\benough (?:talk|talking|talks|words|negotiating|meetings|summits)\b",
                      r"\b(?:talks?|talking|negotiat\w*|deal\w*|agreement|ceasefire|truce|diplomacy)\b[^.]{0,40}\b(?:was|is|would be|"
                      r"were|will be) (?:a )?(?:\w+ )?(?:mistake|error|blunder|folly|madness|insanity|fool's errand)\b", r"\btalking (?:\w+ )?(?:gets|got|will get) (?:us )?nowhere\b")
_NEGOTIATION_WORD = re.compile(r"\b(?:talk\w*|negotiat\w*|dialog\w*|diplomac\w*|diplomat\w*|deals?|meetings?|summits?|"
                               r"process|ceasefire|cease-fire|truce|agreements?|accords?|table|conversations?|calls?|"
                               r"peace|settlement|mediat\w*|compromise|discussions?|envoys?|plan|sit\w* down)\b")


@_lf(OPPOSED)
def pointless_talks(t: str) -> bool:
    """Talks dismissed as pointless: 'futile', 'a waste of time', 'a dead end', 'naive', 'the time for talking is over'."""
    if _fires(_POINTLESS_HARD, t):
        return True
    return bool(_NEGOTIATION_WORD.search(t)) and _fires(_POINTLESS, t)


_PREMATURE = _rx(r"\bprematur\w*", r"\b(?:not|hardly) (?:yet )?(?:the )?(?:right |proper )?(?:time|moment) (?:for|to)\b",
                 r"\btoo (?:early|soon) (?:to|for)\b(?! (?:say|tell|judge|predict|know|comment|speculate)\b)",
                 r"\bnow is not the\b", r"\bthis is not the (?:time|moment)\b", r"\bnot (?:the|a) moment for\b",
                 r"\bnot (?:now|yet)\b(?=[^.]{0,30}\b(?:talks|negotiat\w*|ceasefire|table|dialogue)\b)")


@_lf(OPPOSED)
def premature_talks(t: str) -> bool:
    """Talks now are premature: 'premature', 'not the time for a negotiating table', 'too early for talks'."""
    for m in _PREMATURE.finditer(t):
        if m.group(0).startswith(("not", "now is not", "this is not", "hardly")):
            # the cue carries its own negation; a negation before it flips it back
            if _negated(t, m.start()):
                continue
            return True
        if not _negated(t, m.start()):
            return True
    return False


_TRAP = _rx(r"\btraps?\b", r"\bploys?\b", r"\bruses?\b", r"\btricks?\b", r"\bsmoke ?screens?\b", r"\bstalling tactics?\b",
            r"\bdelay(?:ing)? tactics?\b", r"\bbuy(?:ing|s)? (?:\w+ )?time\b", r"\bplay(?:ing|s)? for time\b",
            r"\btime to (?:regroup|rearm|reload|recover|reinforce|dig in|rebuild)\b", r"\bdig (?:itself |themselves )?in\b", r"\b(?:regroup|rearm)\w*\b",
            r"\bpoisoned (?:chalice|offer|pill)\b", r"\btrojan horse\b", r"\bbreathing space\b", r"\brespite\b",
            r"\bcatch (?:its|their|his) breath\b", r"\bpause to (?:rearm|regroup|recover)\b")


@_lf(OPPOSED)
def trap_or_stalling(t: str) -> bool:
    """Talks as a trap or stalling: 'a trap', 'a ploy', 'buying time', 'time to regroup / rearm', 'trojan horse'."""
    return _fires(_TRAP, t)


_BETRAYAL = _rx(r"\bbetray\w*", r"\bsell-?outs?\b", r"\bsold (?:\w+ )?out\b", r"\bselling (?:\w+ )?out\b",
                r"\bsells? (?:\w+ )?out\b", r"\bstab(?:bed|bing)? in the back\b", r"\bback-?stab\w*", r"\btreason\w*",
                r"\btreacher\w*", r"\b(?:shameful|humiliating|disgraceful|dishonou?rable|rotten|disastrous|catastrophic|"
                r"one-sided|terrible|lousy|toxic|dirty) (?:peace |ceasefire )?(?:deal|agreement|accord|peace|ceasefire|"
                r"settlement|treaty|concessions?|compromise)\b")


@_lf(OPPOSED)
def betrayal(t: str) -> bool:
    """Talks or a deal as betrayal: 'a betrayal of Ukraine', 'a sell-out', 'a shameful deal', 'a stab in the back'."""
    return _fires(_BETRAYAL, t)


_CAPITULATION = _rx(r"\bcapitulat\w*", r"\bsurrender\w*", r"\bwhite flag\b", r"\bgiv(?:e|es|ing) in\b", r"\bcav(?:e|es|ing) in\b",
                    r"\bcaving\b", r"\bbow(?:s|ed|ing)? (?:down )?to\b", r"\bon (?:our|its|their) knees\b", r"\bkneel\w*")


@_lf(OPPOSED)
def capitulation(t: str) -> bool:
    """A deal as capitulation: 'capitulation', 'surrender', 'waving the white flag', 'caving in'."""
    return _fires(_CAPITULATION, t)


_APPEASE = _rx(r"\bappeas\w*", r"\b(?:another|a new|a second|repeat of|like) munich\b", r"\bmunich (?:1938|agreement|moment)\b", r"\bchamberlain\b",
               r"\breward\w* (?:\w+ ){0,2}?(?:aggression|aggressors?|terror\w*|invasion|occupation|blackmail|"
               r"hostage-taking|violence|war crimes|bad behaviou?r|the invader|the kremlin|putin|russia|hamas|extremists|"
               r"killers|strikers for|intransigence)\b",
               r"\b(?:gift|present|prize|windfall) (?:to|for) (?:the )?(?:kremlin|moscow|putin|russia|hamas|tehran|"
               r"aggressors?|enemy|regime|invaders?|beijing|occupiers?|terrorists)\b",
               r"\blegitimi[sz]\w* (?:the |their |his |its |a |an |this )?(?:\w+ )?(?:occupation|annexation|aggression|conquest|land grab|"
               r"regime|invasion|terror\w*)", r"\bpeace for our time\b", r"\bfeed\w* the crocodile\b")


@_lf(OPPOSED)
def appeasement(t: str) -> bool:
    """Talks as appeasement: 'appeasement', 'another Munich', 'rewarding aggression', 'legitimising the occupation'."""
    return _fires(_APPEASE, t)


_SHAM = _rx(r"\bshams?\b", r"\bfarces?\b", r"\bcharades?\b", r"\bpantomimes?\b", r"\bcircus\b",
            r"\btheat(?:re|er|rics|rical)\b(?! of (?:war|operations|the war))",
            r"\bpretend\w* (?:\w+ )?(?:to (?:negotiate|talk|want|seek|be interested|care)|(?:that )?(?:they|he|it) "
            r"(?:want|wants|is|are|seek|seeks))", r"\bfake (?:talks|negotiations|peace|diplomacy|dialogue|deals?|offers?)\b",
            r"\bfor show\b", r"\bso-called (?:peace|talks|negotiat\w*|ceasefire|deal|plan|dialogue|truce|mediation|summit)", r"\bphoto-?ops?\b", r"\b(?:publicity|pr) stunts?\b", r"\bin bad faith\b", r"\bbad-faith\b",
            r"\bnot (?:serious|sincere|genuine|interested|honest) (?:about|in) (?:peace|talks|negotiat\w*|a deal|dialogue|"
            r"compromise|ending)",
            r"\bno (?:real |genuine )?(?:intention|interest|desire) (?:of|in) (?:negotiat\w*|peace|talking|a deal|compromise|ending)",
            r"\bwindow[- ]dressing\b", r"\b(?:talk\w*|speak\w*|preach\w*) (?:of|about) (?:peace|a ceasefire|negotiations|dialogue) while\b", r"\bpaying lip service\b", r"\blip service\b", r"\bfig leaf\b", r"\bpropaganda\b")


@_lf(OPPOSED)
def sham_negotiations(t: str) -> bool:
    """The negotiation called a sham: 'a charade', 'pretending to negotiate', 'talks for show', 'in bad faith'."""
    return _fires(_SHAM, t)


_WALK = _rx(r"\b(?:walk\w*|storm\w*|stomp\w*) (?:out|away) (?:of|from)\b", r"\bwalk(?:ed|ing|s)? out\b",
            r"\bbr(?:eak|eaks|oke|oken|eaking) off\b", r"\bsuspend\w* (?:\w+ ){0,2}?(?:talks|negotiations|dialogue|"
            r"participation|contacts|the process)", r"\bpull\w* out of (?:the )?(?:talks|negotiations|deal|agreement|process)",
            r"\bwithdr\w* from (?:the )?(?:talks|negotiations|deal|agreement|process|treaty|accord)",
            r"\bquit\w* (?:the )?(?:talks|negotiations|table)", r"\b(?:leave|leaving|left) the (?:negotiating )?table\b",
            r"\bimpasse\b", r"\bbinding arbitration\b",
            r"\b(?:pull\w*|call\w*|bring\w*) (?:our|its|their|the|his) (?:\w+ )?(?:negotiators|delegation|team|envoys?) "
            r"(?:out|home|back)\b", r"\brecall\w* (?:our|its|their|the|his) (?:\w+ )?(?:negotiators|delegation|team|envoys?)\b",
            r"\b(?:impos\w*|implement\w*|push\w* through) (?:[\w'-]+ ){0,5}?unilaterally\b",
            r"\bimpos\w* (?:a |an |the |our )?(?:settlement|contract|solution|deal|arbitration|terms|peace|agreement)\b",
            r"\b(?:end|ended|ending|ends|terminat\w*|halt\w*) (?:the |all |any )?(?:talks|negotiations|dialogue|contacts)\b",
            r"\bcall\w* off (?:the )?(?:talks|negotiations|meeting|summit|dialogue)",
            r"\b(?:talks|negotiations) (?:are|is) (?:over|finished)\b", r"\b(?:tear\w*|tore|torn) up (?:the )?(?:deal|agreement|accord|treaty|talks|negotiations|framework)",
            r"\breject\w* (?:[\w'-]+ ){0,4}?(?:outright|out of hand)\b", r"\bflatly reject\w*")
_THREAT_BEFORE = re.compile(r"\b(?:or|otherwise|if|unless|threaten\w*|could|may|might|would|else|ready to|prepared to)\b")


@_lf(OPPOSED)
def walk_out(t: str) -> bool:
    """Walking out or replacing talks: 'we walked out', 'broke off / suspended talks', 'binding arbitration', 'impasse'.

    Abstains when the walk-out is only a threat ('or we walk away', 'if ... we will leave the table'): an ultimatum.
    """
    for m in _WALK.finditer(t):
        if _negated(t, m.start()):
            continue
        head = t[max(0, m.start() - 60):m.start()]
        if _THREAT_BEFORE.search(head.split(".")[-1]):
            continue
        return True
    return False


_FORCE = _rx(r"\bonly (?:language|thing) (?:\w+ ){0,3}?(?:understands?|respects?|fears?|hears?) is (?:force|strength|power|weapons|the sword|pressure)",
             r"\bunderstands? only (?:force|strength|power|weapons)\b", r"\bonly understands? (?:force|strength|power|weapons)\b",
             r"\b(?:weapons|guns|bullets|tanks|missiles|force|arms|shells|sanctions|strength|victory|jets|artillery|drones),?"
             r" not (?:talks|words|negotiations|diplomacy|dialogue|deals|handshakes|summits|speeches)\b",
             r"\binstead of (?:talks|talking|negotiat\w*|diplomacy|dialogue|sitting down|a ceasefire)",
             r"\brather than (?:talks|talking|negotiat\w*|diplomacy|dialogue|a ceasefire)",
             r"\b(?:on|by|at) the battlefield\b(?<!not on the battlefield)(?<!not by the battlefield)",
             r"\bmilitary (?:victory|solution|means|defeat|pressure alone)\b", r"\btotal victory\b",
             r"\b(?:victory|force|war|strength) is the only\b", r"\bby force\b", r"\bwin (?:this|the) war\b",
             r"\bfight (?:on|back harder)\b", r"\bkeep fighting\b", r"\bmore (?:weapons|sanctions|pressure|strikes),? not\b")


@_lf(OPPOSED)
def force_instead_of_talks(t: str) -> bool:
    """Force instead of talks: 'the only language they understand is force', 'weapons, not talks', 'on the battlefield'."""
    return _fires(_FORCE, t)


_UNTIL_VICTORY = _rx(r"\b(?:until|till|unless) (?:[\w'-]+ ){0,4}?(?:crushed|defeated|destroyed|eliminated|eradicated|"
                     r"annihilated|wiped out|surrenders?|surrendered|capitulates?|capitulated|is gone|are gone|victory|"
                     r"the (?:very |bitter )?end|the last|every (?:inch|soldier|occupier)|liberated|driven out|kicked out|"
                     r"beaten|vanquished|on (?:its|their|his) knees|(?:is|are) no more)\b",
                     r"\b(?:fight\w*|resist\w*|battle\w*|struggle\w*|war) (?:\w+ ){0,3}?(?:as long as it takes|to the (?:bitter )?end|"
                     r"to the last|until the end|until victory)\b", r"\bunconditional surrender\b",
                     r"\bto the last (?:man|soldier|bullet|drop)\b")


@_lf(OPPOSED)
def no_talks_until_victory(t: str) -> bool:
    """A 'condition' that amounts to victory: 'no talks until the enemy is crushed', 'fight to the end', 'unconditional surrender'."""
    return _fires(_UNTIL_VICTORY, t, negatable=False)


_OPPOSE = _rx(rf"\b(?:oppos\w*|against|denounc\w*|condemn\w*|decr(?:y|ies|ied)|fight\w* against|campaign\w* against|"
              rf"vote\w* against|resist\w*|dead set against|vehemently|firmly) {_gap(3)}(?:the |any |these |this |such |those |"
              r"a |an )?(?:talks|negotiations|negotiating|dialogue|ceasefire|truce|deal|agreement|peace plan|peace deal|"
              r"concessions|settlement|accord|summit|compromise|diplomacy)\b")


@_lf(OPPOSED)
def oppose_talks(t: str) -> bool:
    """Stated opposition: 'we oppose these talks', 'against any deal', 'we denounce the negotiations'."""
    return _fires(_OPPOSE, t)


_WEAKNESS = _rx(r"\b(?:sign|signal|show|display)s? (?:of )?(?:\w+ )?weakness\b", r"\bseen as weak\b",
                r"\bwould (?:only |just )?(?:embolden|encourage|invite|emboldens|reward)\b",
                r"\bembolden\w*", r"\b(?:hand|hands|handing|handed|give|gives|giving) (?:\w+ ){0,2}?(?:a |an |the )?"
                r"(?:easy )?(?:victory|win|reward|prize|free pass)\b", r"\binvit\w* (?:more |further |another )?(?:aggression|attacks?|invasion|war)\b",
                r"\bonly (?:give|gives|hand|hands|buy|buys) (?:\w+ ){0,2}?(?:time|a victory|a win|what they want)\b")


@_lf(OPPOSED)
def talks_as_weakness(t: str) -> bool:
    """Talks as weakness that emboldens: 'a sign of weakness', 'would only embolden them', 'invites more aggression'."""
    return _fires(_WEAKNESS, t)


# =================================================================================================================
# Relevance
# =================================================================================================================

_RELEVANT = re.compile(
    r"\b(?:negotiat\w*|talk\w*|dialog\w*|deals?|ceasefires?|cease-fire|truces?|armistice|agree\w*|accords?|"
    r"treat(?:y|ies)|peace\w*|settl\w*|summits?|meet\w*|tables?|diplomac\w*|diplomat\w*|mediat\w*|compromis\w*|"
    r"concession\w*|terms|propos\w*|offers?|arbitrat\w*|bargain\w*|conversations?|calls?|contracts?|de-escalat\w*|"
    r"escalat\w*|envoys?|discuss\w*|framework|roadmap|process|resolution|resolv\w*|solution|deadline|ultimatum|"
    r"guarantee\w*|conditions?|capitulat\w*|surrender\w*|appeas\w*|war|wars|conflict|fight\w*|hostilities|"
    r"strikes?|striking|walkout|hostages?|sanctions?|pressure|victory|withdraw\w*|occupation|invasion|aggress\w*|"
    r"sovereignty|territor\w*|borders?|security|union|unions|pay|wage\w*|tariffs?|trade|nuclear|sit down|"
    r"demands?|red lines?|cooperat\w*|relations|contacts?|consult\w*|partners?|enemy|truce|end|ending|stop|"
    r"accept\w*|unacceptable|reject\w*|amend\w*|draft|walk\w*|force\w*|weapons?|arms|army|military|troops|"
    r"soldiers|aggressor|regime|betray\w*|trap|ploy|sham|charade|strength|leverage|deterren\w*|sovereign\w*|"
    r"refus\w*|oppos\w*|support\w*|welcom\w*|hope\w*|optimis\w*|ready|willing|engag\w*|sit|sits|sitting|"
    r"progress|round|rounds|enrich\w*|inspect\w*|layoffs?|management|employers?|bargaining|ceasefires?|"
    r"relations?(?:hips?)?|steps?|signals?|sign|signs|signed|signing|signature\w*|haggl\w*|pauses?|principles?|"
    r"exchang\w*|prisoners?|channels?|together|insist\w*|approach\w*|promis\w*|details|positions?|interests?|"
    r"legitima\w*|alliance|nato|blame|ended|corridor|envoy|chance|opportunit\w*|"
    r"confrontation|hostile|room|hammer|words|actions|come back|return\w*|wording|enem(?:y|ies)|occupier\w*|invader\w*|regime|terror\w*|"
    r"invite\w*|visit\w*|delegation|negotiators?|sides|parties|plan|initiative|efforts?|kill\w*|bloodshed)\b")


@_lf(OFF_TOPIC, guard_conditions=False)
def no_negotiation_vocabulary(t: str) -> bool:
    """Off-topic: the statement has no negotiation, conflict or dispute vocabulary at all ('His polling numbers are not great')."""
    return not _RELEVANT.search(t)


# --- applying and voting ---------------------------------------------------------------------------------------

RULE_NAMES: tuple[str, ...] = tuple(lf.name for lf in LABELING_FUNCTIONS)


def get_rule(name: str) -> LabelingFunction:
    """The rule called ``name`` (KeyError if there is none)."""
    for lf in LABELING_FUNCTIONS:
        if lf.name == name:
            return lf
    raise KeyError(name)


def apply_rules(texts: Iterable[str], lfs: Sequence[LabelingFunction] | None = None) -> np.ndarray:
    """The label matrix: int8 array (n_texts, n_rules), -1 = abstain, else an index into VOTE_LABELS."""
    lfs = LABELING_FUNCTIONS if lfs is None else lfs
    idx = [_INDEX[lf.label] for lf in lfs]
    rows = []
    for text in texts:
        t = normalise_text("" if text is None else str(text))
        rows.append([i if lf.predicate(t) else ABSTAIN for lf, i in zip(lfs, idx)])
    if not rows:
        return np.full((0, len(lfs)), ABSTAIN, dtype=np.int8)
    return np.asarray(rows, dtype=np.int8)


def _row_vote(row: np.ndarray) -> str | None:
    counts = np.bincount(row[row >= 0], minlength=len(VOTE_LABELS))
    stance = counts[:_N_STANCES]
    top = stance.max()
    if top > 0:
        winners = np.flatnonzero(stance == top)
        return STANCES[winners[0]] if len(winners) == 1 else None
    if counts[_OFF] > 0:
        return OFF_TOPIC
    return None


def vote(L: np.ndarray) -> list[str | None]:
    """Majority vote per row of the label matrix.

    * Only stance votes (supportive, conditional, opposed) compete; the label with most votes wins.
    * Tie policy: a tie for the most votes abstains (None); no guessing and no rule priority.
    * Stance votes beat the off-topic vote: when any stance rule fires, off-topic is ignored.
    * A row whose only votes are off-topic is "none"; a row with no votes at all is None.
    """
    L = np.asarray(L)
    return [_row_vote(row) for row in L]


def rule_labels(texts: Iterable[str]) -> list[str | None]:
    """The rules' label for each text (None where they abstain or tie): the trainer's rules baseline."""
    return vote(apply_rules(texts))


# --- gold ------------------------------------------------------------------------------------------------------


def text_key(text: object) -> str:
    """The words of a text, case-folded: the key gold labels are matched by when ids do not match.

    Punctuation and quote marks are ignored, so an extracted quote ("... work together") finds its gold
    twin ("... work together.") whatever marks each was written with.
    """
    t = unicodedata.normalize("NFKC", str(text)).casefold()
    return " ".join(re.findall(r"\w+", t))


class GoldIndex:
    """Gold labels looked up by ``id`` (when both records carry one) or else by normalised text."""

    def __init__(self, records: Iterable[Mapping] = (), *, text_column: str = "text", label_column: str = "label"):
        self.by_id: dict[str, str] = {}
        self.by_text: dict[str, str] = {}
        for rec in records:
            self.add(rec, text_column=text_column, label_column=label_column)

    def add(self, rec: Mapping, *, text_column: str = "text", label_column: str = "label") -> None:
        label = rec.get(label_column)
        if label is None or not str(label).strip():
            return
        label = normalise_label(label)
        rid = rec.get("id")
        if rid is not None and str(rid).strip():
            self.by_id.setdefault(str(rid), label)
        text = rec.get(text_column)
        if text is not None and str(text).strip():
            self.by_text.setdefault(text_key(text), label)

    def lookup(self, rec: Mapping, text_column: str = "text") -> str | None:
        rid = rec.get("id")
        if rid is not None and str(rid) in self.by_id:
            return self.by_id[str(rid)]
        text = rec.get(text_column)
        if text is None:
            return None
        return self.by_text.get(text_key(text))

    def __len__(self) -> int:
        return max(len(self.by_id), len(self.by_text))


def load_gold(path: str, *, text_column: str = "text", label_column: str = "label") -> GoldIndex:
    """Read a gold file (JSONL/CSV/TSV/Parquet) into a GoldIndex; unknown or missing labels name their line."""
    from stance.corpus import LINE, iter_records
    from stance.errors import DataError

    allowed = set(VOTE_LABELS)
    gold = GoldIndex()
    n = 0
    for rec in iter_records(path, text_column=text_column):
        line = rec.get(LINE)
        if label_column not in rec:
            fields = ", ".join(k for k in rec if k != LINE)
            raise DataError(f"no {label_column!r} field in the gold file; fields here: {fields}", path=path, line=line)
        raw = rec[label_column]
        if raw is None or not str(raw).strip():
            raise DataError("gold label is empty", path=path, line=line, column=label_column)
        if normalise_label(raw) not in allowed:
            raise DataError(f"unknown gold label {raw!r}; allowed: {', '.join(VOTE_LABELS)}", path=path, line=line,
                            column=label_column)
        gold.add(rec, text_column=text_column, label_column=label_column)
        n += 1
    if n == 0:
        raise DataError("no labeled statements in the gold file", path=path)
    return gold


def _as_gold(gold) -> GoldIndex | None:
    if gold is None or isinstance(gold, GoldIndex):
        return gold
    return GoldIndex(gold)


def label_records(records: Iterable[dict], gold=None, *, text_column: str = "text",
                  batch_size: int = 512) -> Iterator[dict]:
    """Stream records with ``label``, ``label_source`` ("gold" | "rules" | "none") and ``votes`` added.

    ``gold`` (a GoldIndex or an iterable of records with id/text/label) overrides the rule vote.
    ``votes`` maps each rule that fired to the label it voted. Records are processed in batches.
    """
    index = _as_gold(gold)
    batch: list[dict] = []
    for rec in records:
        batch.append(rec)
        if len(batch) >= batch_size:
            yield from _label_batch(batch, index, text_column)
            batch = []
    if batch:
        yield from _label_batch(batch, index, text_column)


def _label_batch(batch: list[dict], index: GoldIndex | None, text_column: str) -> Iterator[dict]:
    L = apply_rules(rec.get(text_column) for rec in batch)
    labels = vote(L)
    for rec, row, rule_label in zip(batch, L, labels):
        out = dict(rec)
        g = index.lookup(rec, text_column) if index is not None else None
        if g is not None:
            out["label"], out["label_source"] = g, "gold"
        elif rule_label is not None:
            out["label"], out["label_source"] = rule_label, "rules"
        else:
            out["label"], out["label_source"] = None, "none"
        out["votes"] = {RULE_NAMES[j]: VOTE_LABELS[v] for j, v in enumerate(row) if v >= 0}
        yield out


# --- analysis (Snorkel LFAnalysis style) -----------------------------------------------------------------------


def _gold_array(gold: Sequence[str | None] | None, n: int) -> np.ndarray | None:
    """Gold labels as indexes into VOTE_LABELS, -1 where unknown."""
    if gold is None:
        return None
    if len(gold) != n:
        raise ValueError(f"{len(gold)} gold labels for {n} rows")
    return np.array([_INDEX.get(normalise_label(g), -2) if g is not None else -1 for g in gold], dtype=np.int64)


def lf_summary(L: np.ndarray, gold: Sequence[str | None] | None = None,
               lfs: Sequence[LabelingFunction] | None = None) -> list[dict]:
    """One row per rule: name, polarity, coverage, overlaps, conflicts (fractions of all rows, as Snorkel's
    LFAnalysis), and with gold: correct, incorrect (counts on rows with a gold label) and emp_acc.

    polarity: the labels the rule actually voted on these rows (sorted by VOTE_LABELS order).
    overlaps: rows where the rule and at least one other rule voted. conflicts: rows where another
    rule voted a different label.
    """
    L = np.asarray(L)
    lfs = LABELING_FUNCTIONS if lfs is None else lfs
    n, m = L.shape if L.ndim == 2 else (0, len(lfs))
    g = _gold_array(gold, n)
    fired = L >= 0
    n_fired = fired.sum(axis=1)
    rows = []
    for j in range(m):
        col = L[:, j]
        on = col >= 0
        others_fired = (n_fired - on) > 0
        conflict = np.zeros(n, dtype=bool)
        for k in range(len(VOTE_LABELS)):
            other_k = ((L == k) & fired).sum(axis=1) - (col == k)
            conflict |= on & (col != k) & (other_k > 0)
        row = {
            "name": lfs[j].name,
            "label": lfs[j].label,
            "polarity": [VOTE_LABELS[k] for k in sorted(set(col[on].tolist()))],
            "coverage": float(on.mean()) if n else 0.0,
            "overlaps": float((on & others_fired).mean()) if n else 0.0,
            "conflicts": float(conflict.mean()) if n else 0.0,
        }
        if g is not None:
            has = g != -1
            correct = int((on & has & (col == g)).sum())
            incorrect = int((on & has & (col != g)).sum())
            row.update(correct=correct, incorrect=incorrect,
                       emp_acc=(correct / (correct + incorrect)) if correct + incorrect else None)
        rows.append(row)
    return rows


def summary(L: np.ndarray, gold: Sequence[str | None] | None = None) -> dict:
    """Overall figures: rows, coverage of the vote (rows with a label), conflicts, label counts, and with gold
    the vote's accuracy on covered gold rows and on all gold rows (an abstention counts as wrong there)."""
    L = np.asarray(L)
    n = L.shape[0]
    labels = vote(L)
    covered = np.array([x is not None for x in labels], dtype=bool)
    any_vote = (L >= 0).any(axis=1) if n else np.zeros(0, dtype=bool)
    conflicted = np.array([len(set(r[r >= 0].tolist())) > 1 for r in L], dtype=bool) if n else np.zeros(0, bool)
    counts = {lab: sum(1 for x in labels if x == lab) for lab in VOTE_LABELS}
    out = {
        "rows": int(n),
        "rules": int(L.shape[1]) if L.ndim == 2 else 0,
        "coverage": float(covered.mean()) if n else 0.0,
        "covered": int(covered.sum()),
        "any_vote": float(any_vote.mean()) if n else 0.0,
        "conflicts": float(conflicted.mean()) if n else 0.0,
        "abstained": int(n - covered.sum()),
        "label_counts": counts,
    }
    if gold is not None:
        g = _gold_array(gold, n)
        has = g != -1
        pred = np.array([_INDEX[x] if x is not None else -1 for x in labels], dtype=np.int64)
        hit = has & covered & (pred == g)
        n_gold, n_cov = int(has.sum()), int((has & covered).sum())
        out.update(
            gold_rows=n_gold,
            gold_covered=n_cov,
            gold_coverage=(n_cov / n_gold) if n_gold else None,
            accuracy_covered=(int(hit.sum()) / n_cov) if n_cov else None,
            accuracy_all=(int(hit.sum()) / n_gold) if n_gold else None,
            correct=int(hit.sum()),
        )
        per = {}
        for lab in STANCES:
            k = _INDEX[lab]
            tp = int((hit & (g == k)).sum())
            predicted = int((has & (pred == k)).sum())
            actual = int((g == k).sum())
            per[lab] = {"precision": tp / predicted if predicted else None, "recall": tp / actual if actual else None,
                        "predicted": predicted, "gold": actual}
        out["per_label"] = per
    return out


def uncertain(records: Sequence[dict], L: np.ndarray, n: int) -> list[dict]:
    """The ``n`` records where the rules abstain (no label) or conflict (votes for different labels).

    Order: conflicts first, then rows with more votes first, then input order (deterministic). Rows the
    rules label without conflict, and rows whose only votes are off-topic, are not uncertain.
    """
    L = np.asarray(L)
    if len(records) != L.shape[0]:
        raise ValueError(f"{len(records)} records for {L.shape[0]} label-matrix rows")
    labels = vote(L)
    picked = []
    for i, (row, lab) in enumerate(zip(L, labels)):
        votes = row[row >= 0]
        distinct = set(votes.tolist())
        conflict = len(distinct) > 1
        if lab is None or conflict:
            picked.append((0 if conflict else 1, -len(votes), i))
    picked.sort()
    return [records[i] for _, _, i in picked[:max(0, n)]]


def format_report(rows: list[dict], overall: dict) -> str:
    """The per-rule table and the overall lines as plain aligned text."""
    with_gold = bool(rows) and "correct" in rows[0]
    head = ["rule", "polarity", "coverage", "overlaps", "conflicts"]
    if with_gold:
        head += ["correct", "incorrect", "emp_acc"]
    table = [head]
    for r in rows:
        line = [r["name"], ",".join(r["polarity"]) or "-", f"{r['coverage']:.3f}", f"{r['overlaps']:.3f}",
                f"{r['conflicts']:.3f}"]
        if with_gold:
            line += [str(r["correct"]), str(r["incorrect"]), "-" if r["emp_acc"] is None else f"{r['emp_acc']:.3f}"]
        table.append(line)
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    out = []
    for row in table:
        out.append("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip())
    out.append("")
    o = overall
    out.append(f"statements: {o['rows']}  rules: {o['rules']}")
    out.append(f"coverage: {o['coverage']:.3f} ({o['covered']} of {o['rows']} labeled by the rule vote; "
               f"{o['abstained']} abstain or tie)")
    out.append(f"any rule fired: {o['any_vote']:.3f}  conflicting rows: {o['conflicts']:.3f}")
    out.append("vote labels: " + ", ".join(f"{k} {v}" for k, v in o["label_counts"].items()))
    if "gold_rows" in o:
        def pct(x):
            return "-" if x is None else f"{x:.3f}"
        out.append(f"gold rows: {o['gold_rows']}  covered: {o['gold_covered']} ({pct(o['gold_coverage'])})")
        out.append(f"vote accuracy vs gold: {pct(o['accuracy_covered'])} on covered rows, "
                   f"{pct(o['accuracy_all'])} on all gold rows (abstain = wrong)")
        for lab, d in o.get("per_label", {}).items():
            out.append(f"  {lab:<12} precision {pct(d['precision'])}  recall {pct(d['recall'])}  "
                       f"(predicted {d['predicted']}, gold {d['gold']})")
    return "\n".join(out) + "\n"
