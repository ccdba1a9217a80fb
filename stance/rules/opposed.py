"""Rules that vote *opposed*: refusals, talks as pointless, premature, a trap, betrayal, capitulation, a sham."""

from __future__ import annotations

import re

from stance.labels import OPPOSED
from stance.rules.base import Cue, LabelingFunction, rules_for
from stance.rules.text import VICTORY, fires, gap, negated, rx

_NO_TALKS = rx(r"\b(?:no|zero)\b (?:more |further |real |serious |direct |new |peace |such |point in |)"
               r"(?:talks|negotiations?|negotiating|dialogue|deals?|ceasefire|truce|diplomacy|bargaining|discussions?)\b"
               r"(?! (?:[\w'-]+ ){0,5}?(?:until|till|unless|without|while|before|as long as|so long as|if|under|yet|"
               r"has been|have been|was|were|is better than))",
               r"\bno compromise with\b",
               r"\b(?:talks|negotiations|dialogue|diplomacy|a deal|the deal|a ceasefire) (?:are|is|remains?) (?:\w+ )?"
               r"(?:off the table|out of the question|not an option|not on the agenda|dead)\b",
               r"\b(?:talks|negotiat\w*|dialogue|deal|ceasefire|truce) (?:\w+ ){0,3}?(?:is|are) (?:simply )?out of the question\b")


_REFUSE = rx(r"\b(?:refus\w*|declin\w*|reject\w*|spurn\w*|rebuff\w*) (?:[\w'-]+ ){0,2}?(?:to )?(?:negotiat\w*|talk\w*|meet\w*|"
             r"engage|sit down|dialogue|the talks|any talks|the offer of talks|the invitation|(?:the|a|any) ceasefire|"
             r"the deal|(?:the|this|any) peace (?:plan|deal|proposal|initiative)|mediation|invitations?|offers? of talks|calls? for (?:talks|a ceasefire|"
             r"negotiations|dialogue)|diplomacy|the overtures?)\b",
             r"\b(?:will|would|shall|do|does|did|must|should|can|could|are|is|am)? ?(?:not|never|n't|won't|cannot|can't)"
             r" (?:ever |even |be |going to |agree to )?(?:negotiate|sit down|talk|engage|meet|return to the (?:table|"
             r"talks)|come to the table|be at the table|deal)\b(?! (?:about|away|on|over|for)\b)")
_REFUSE_EXCUSE = re.compile(r"\b(?:until|till|unless|while|before|as long as|so long as|under|without|if|at gunpoint|"
                            r"with a gun|first)\b")


def refuse_to_negotiate(t: str) -> bool:
    """Refusal: 'we refuse to negotiate', 'rejected the offer of talks', 'we will never sit down with them'.

    Abstains when the refusal names a condition in the same sentence ('until', 'unless', 'while', 'under fire').
    The first form is negatable ('we do not reject talks'); the second has the negation as its cue.
    """
    for m in _REFUSE.finditer(t):
        if m.group(0)[:3] in ("ref", "dec", "rej", "spu", "reb") and negated(t, m.start()):
            continue
        end = t.find(".", m.end())
        tail = t[m.end(): end if end >= 0 else len(t)]
        if _REFUSE_EXCUSE.search(tail[:80]) and not VICTORY.search(tail[:90]):
            continue
        return True
    return False


_NOTHING = rx(r"\bnothing (?:left |more )?to (?:negotiate|discuss|talk about)\b",
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


_POINTLESS = re.compile(r"\b(?:pointless|futile|useless|fruitless|meaningless|worthless|hopeless|"
                        r"(?:a )?waste of (?:\w+(?:'s)? )?(?:time|breath|energy)|wast(?:e|es|ed|ing) (?:\w+(?:'s)? )?"
                        r"(?:time|breath)|go(?:es|ing)? nowhere|"
                        r"dead[- ]end|going nowhere|leads? nowhere|leading nowhere|led nowhere|empty words|empty talk|"
                        r"just talk|talk shop|talking shop|all talk|endless talk|talking for the sake of talking|"
                        r"naive|na[i\u00ef]ve|wishful thinking|illusions?|delusion\w*|fantasy|fairy tale)\b")
_POINTLESS_HARD = rx(r"\b(?:time for|era of|days of|age of) (?:\w+ )?(?:talk|talking|talks|diplomacy|negotiat\w*|dialogue)"
                     r" (?:is|are) (?:over|past|gone)\b",
                     r"\b(?:talks|diplomacy|negotiations|dialogue) (?:have|has) (?:\w+ )?failed\b",
                     r"\bdiplomacy is dead\b", r"\benough (?:talk|talking|talks|words|negotiating|meetings|summits)\b",
                     r"\b(?:talks?|talking|negotiat\w*|deal\w*|agreement|ceasefire|truce|diplomacy)\b[^.]{0,40}\b(?:was|is|would be|"
                     r"were|will be) (?:a )?(?:\w+ )?(?:mistake|error|blunder|folly|madness|insanity|fool's errand)\b", r"\btalking (?:\w+ )?(?:gets|got|will get) (?:us )?nowhere\b")
_NEGOTIATION_WORD = re.compile(r"\b(?:talk\w*|negotiat\w*|dialog\w*|diplomac\w*|diplomat\w*|deals?|meetings?|summits?|"
                               r"process|ceasefire|cease-fire|truce|agreements?|accords?|table|conversations?|calls?|"
                               r"peace|settlement|mediat\w*|compromise|discussions?|envoys?|plan|sit\w* down)\b")


def pointless_talks(t: str) -> bool:
    """Talks dismissed as pointless: 'futile', 'a waste of time', 'a dead end', 'naive', 'the time for talking is over'."""
    if fires(_POINTLESS_HARD, t):
        return True
    return bool(_NEGOTIATION_WORD.search(t)) and fires(_POINTLESS, t)


_PREMATURE = rx(r"\bprematur\w*", r"\b(?:not|hardly) (?:yet )?(?:the )?(?:right |proper )?(?:time|moment) (?:for|to)\b",
                r"\btoo (?:early|soon) (?:to|for)\b(?! (?:say|tell|judge|predict|know|comment|speculate)\b)",
                r"\bnow is not the\b", r"\bthis is not the (?:time|moment)\b", r"\bnot (?:the|a) moment for\b",
                r"\bnot (?:now|yet)\b(?=[^.]{0,30}\b(?:talks|negotiat\w*|ceasefire|table|dialogue)\b)")


def premature_talks(t: str) -> bool:
    """Talks now are premature: 'premature', 'not the time for a negotiating table', 'too early for talks'."""
    for m in _PREMATURE.finditer(t):
        if m.group(0).startswith(("not", "now is not", "this is not", "hardly")):
            # the cue carries its own negation; a negation before it flips it back
            if negated(t, m.start()):
                continue
            return True
        if not negated(t, m.start()):
            return True
    return False


_TRAP = rx(r"\btraps?\b", r"\bploys?\b", r"\bruses?\b", r"\btricks?\b", r"\bsmoke ?screens?\b", r"\bstalling tactics?\b",
           r"\bdelay(?:ing)? tactics?\b", r"\bbuy(?:ing|s)? (?:\w+ )?time\b", r"\bplay(?:ing|s)? for time\b",
           r"\btime to (?:regroup|rearm|reload|recover|reinforce|dig in|rebuild)\b", r"\bdig (?:itself |themselves )?in\b", r"\b(?:regroup|rearm)\w*\b",
           r"\bpoisoned (?:chalice|offer|pill)\b", r"\btrojan horse\b", r"\bbreathing space\b", r"\brespite\b",
           r"\bcatch (?:its|their|his) breath\b", r"\bpause to (?:rearm|regroup|recover)\b")


_BETRAYAL = rx(r"\bbetray\w*", r"\bsell-?outs?\b", r"\bsold (?:\w+ )?out\b", r"\bselling (?:\w+ )?out\b",
               r"\bsells? (?:\w+ )?out\b", r"\bstab(?:bed|bing)? in the back\b", r"\bback-?stab\w*", r"\btreason\w*",
               r"\btreacher\w*", r"\b(?:shameful|humiliating|disgraceful|dishonou?rable|rotten|disastrous|catastrophic|"
               r"one-sided|terrible|lousy|toxic|dirty) (?:peace |ceasefire )?(?:deal|agreement|accord|peace|ceasefire|"
               r"settlement|treaty|concessions?|compromise)\b")


_CAPITULATION = rx(r"\bcapitulat\w*", r"\bsurrender\w*", r"\bwhite flag\b", r"\bgiv(?:e|es|ing) in\b", r"\bcav(?:e|es|ing) in\b",
                   r"\bcaving\b", r"\bbow(?:s|ed|ing)? (?:down )?to\b", r"\bon (?:our|its|their) knees\b", r"\bkneel\w*")


_APPEASE = rx(r"\bappeas\w*", r"\b(?:another|a new|a second|repeat of|like) munich\b", r"\bmunich (?:1938|agreement|moment)\b", r"\bchamberlain\b",
              r"\breward\w* (?:\w+ ){0,2}?(?:aggression|aggressors?|terror\w*|invasion|occupation|blackmail|"
              r"hostage-taking|violence|war crimes|bad behaviou?r|the invader|the kremlin|putin|russia|hamas|extremists|"
              r"killers|strikers for|intransigence)\b",
              r"\b(?:gift|present|prize|windfall) (?:to|for) (?:the )?(?:kremlin|moscow|putin|russia|hamas|tehran|"
              r"aggressors?|enemy|regime|invaders?|beijing|occupiers?|terrorists)\b",
              r"\blegitimi[sz]\w* (?:the |their |his |its |a |an |this )?(?:\w+ )?(?:occupation|annexation|aggression|conquest|land grab|"
              r"regime|invasion|terror\w*)", r"\bpeace for our time\b", r"\bfeed\w* the crocodile\b")


_SHAM = rx(r"\bshams?\b", r"\bfarces?\b", r"\bcharades?\b", r"\bpantomimes?\b", r"\bcircus\b",
           r"\btheat(?:re|er|rics|rical)\b(?! of (?:war|operations|the war))",
           r"\bpretend\w* (?:\w+ )?(?:to (?:negotiate|talk|want|seek|be interested|care)|(?:that )?(?:they|he|it) "
           r"(?:want|wants|is|are|seek|seeks))", r"\bfake (?:talks|negotiations|peace|diplomacy|dialogue|deals?|offers?)\b",
           r"\bfor show\b", r"\bso-called (?:peace|talks|negotiat\w*|ceasefire|deal|plan|dialogue|truce|mediation|summit)", r"\bphoto-?ops?\b", r"\b(?:publicity|pr) stunts?\b", r"\bin bad faith\b", r"\bbad-faith\b",
           r"\bnot (?:serious|sincere|genuine|interested|honest) (?:about|in) (?:peace|talks|negotiat\w*|a deal|dialogue|"
           r"compromise|ending)",
           r"\bno (?:real |genuine )?(?:intention|interest|desire) (?:of|in) (?:negotiat\w*|peace|talking|a deal|compromise|ending)",
           r"\bwindow[- ]dressing\b", r"\b(?:talk\w*|speak\w*|preach\w*) (?:of|about) (?:peace|a ceasefire|negotiations|dialogue) while\b", r"\bpaying lip service\b", r"\blip service\b", r"\bfig leaf\b", r"\bpropaganda\b")


_WALK = rx(r"\b(?:walk\w*|storm\w*|stomp\w*) (?:out|away) (?:of|from)\b", r"\bwalk(?:ed|ing|s)? out\b",
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


def walk_out(t: str) -> bool:
    """Walking out or replacing talks: 'we walked out', 'broke off / suspended talks', 'binding arbitration', 'impasse'.

    Abstains when the walk-out is only a threat ('or we walk away', 'if ... we will leave the table'): an ultimatum.
    """
    for m in _WALK.finditer(t):
        if negated(t, m.start()):
            continue
        head = t[max(0, m.start() - 60):m.start()]
        if _THREAT_BEFORE.search(head.split(".")[-1]):
            continue
        return True
    return False


_FORCE = rx(r"\bonly (?:language|thing) (?:\w+ ){0,3}?(?:understands?|respects?|fears?|hears?) is (?:force|strength|power|weapons|the sword|pressure)",
            r"\bunderstands? only (?:force|strength|power|weapons)\b", r"\bonly understands? (?:force|strength|power|weapons)\b",
            r"\b(?:weapons|guns|bullets|tanks|missiles|force|arms|shells|sanctions|strength|victory|jets|artillery|drones),?"
            r" not (?:talks|words|negotiations|diplomacy|dialogue|deals|handshakes|summits|speeches)\b",
            r"\binstead of (?:talks|talking|negotiat\w*|diplomacy|dialogue|sitting down|a ceasefire)",
            r"\brather than (?:talks|talking|negotiat\w*|diplomacy|dialogue|a ceasefire)",
            r"\b(?:on|by|at) the battlefield\b(?<!not on the battlefield)(?<!not by the battlefield)",
            r"\bmilitary (?:victory|solution|means|defeat|pressure alone)\b", r"\btotal victory\b",
            r"\b(?:victory|force|war|strength) is the only\b", r"\bby force\b", r"\bwin (?:this|the) war\b",
            r"\bfight (?:on|back harder)\b", r"\bkeep fighting\b", r"\bmore (?:weapons|sanctions|pressure|strikes),? not\b")


_UNTIL_VICTORY = rx(r"\b(?:until|till|unless) (?:[\w'-]+ ){0,4}?(?:crushed|defeated|destroyed|eliminated|eradicated|"
                    r"annihilated|wiped out|surrenders?|surrendered|capitulates?|capitulated|is gone|are gone|victory|"
                    r"the (?:very |bitter )?end|the last|every (?:inch|soldier|occupier)|liberated|driven out|kicked out|"
                    r"beaten|vanquished|on (?:its|their|his) knees|(?:is|are) no more)\b",
                    r"\b(?:fight\w*|resist\w*|battle\w*|struggle\w*|war) (?:\w+ ){0,3}?(?:as long as it takes|to the (?:bitter )?end|"
                    r"to the last|until the end|until victory)\b", r"\bunconditional surrender\b",
                    r"\bto the last (?:man|soldier|bullet|drop)\b")


_OPPOSE = rx(rf"\b(?:oppos\w*|against|denounc\w*|condemn\w*|decr(?:y|ies|ied)|fight\w* against|campaign\w* against|"
             rf"vote\w* against|resist\w*|dead set against|vehemently|firmly) {gap(3)}(?:the |any |these |this |such |those |"
             r"a |an )?(?:talks|negotiations|negotiating|dialogue|ceasefire|truce|deal|agreement|peace plan|peace deal|"
             r"concessions|settlement|accord|summit|compromise|diplomacy)\b")


_WEAKNESS = rx(r"\b(?:sign|signal|show|display)s? (?:of )?(?:\w+ )?weakness\b", r"\bseen as weak\b",
               r"\bwould (?:only |just )?(?:embolden|encourage|invite|emboldens|reward)\b",
               r"\bembolden\w*", r"\b(?:hand|hands|handing|handed|give|gives|giving) (?:\w+ ){0,2}?(?:a |an |the )?"
               r"(?:easy )?(?:victory|win|reward|prize|free pass)\b", r"\binvit\w* (?:more |further |another )?(?:aggression|attacks?|invasion|war)\b",
               r"\bonly (?:give|gives|hand|hands|buy|buys) (?:\w+ ){0,2}?(?:time|a victory|a win|what they want)\b")


#: The rules in the order of their label-matrix columns: cue tables (a pattern, whether a negation
#: before it silences it, what it captures) and, where a rule needs more than a pattern, its function.
RULES: tuple[LabelingFunction, ...] = rules_for(OPPOSED, [
    Cue('no_talks', _NO_TALKS, doc=("'No talks', 'no negotiations', 'no deal', 'talks are off the table / out of the question'.\n"
             '\n'
             "The negation is the cue; 'no talks until/unless/without X' is a condition and does not count here.")),
    refuse_to_negotiate,
    Cue('nothing_to_negotiate', _NOTHING, negatable=False, doc="Nothing and no one to talk to: 'nothing to negotiate', 'no partner for peace', 'we don't negotiate with terrorists'."),
    pointless_talks,
    premature_talks,
    Cue('trap_or_stalling', _TRAP, doc="Talks as a trap or stalling: 'a trap', 'a ploy', 'buying time', 'time to regroup / rearm', 'trojan horse'."),
    Cue('betrayal', _BETRAYAL, doc="Talks or a deal as betrayal: 'a betrayal of Ukraine', 'a sell-out', 'a shameful deal', 'a stab in the back'."),
    Cue('capitulation', _CAPITULATION, doc="A deal as capitulation: 'capitulation', 'surrender', 'waving the white flag', 'caving in'."),
    Cue('appeasement', _APPEASE, doc="Talks as appeasement: 'appeasement', 'another Munich', 'rewarding aggression', 'legitimising the occupation'."),
    Cue('sham_negotiations', _SHAM, doc="The negotiation called a sham: 'a charade', 'pretending to negotiate', 'talks for show', 'in bad faith'."),
    walk_out,
    Cue('force_instead_of_talks', _FORCE, doc="Force instead of talks: 'the only language they understand is force', 'weapons, not talks', 'on the battlefield'."),
    Cue('no_talks_until_victory', _UNTIL_VICTORY, negatable=False, doc="A 'condition' that amounts to victory: 'no talks until the enemy is crushed', 'fight to the end', 'unconditional surrender'."),
    Cue('oppose_talks', _OPPOSE, doc="Stated opposition: 'we oppose these talks', 'against any deal', 'we denounce the negotiations'."),
    Cue('talks_as_weakness', _WEAKNESS, doc="Talks as weakness that emboldens: 'a sign of weakness', 'would only embolden them', 'invites more aggression'."),
])
