"""Rules that vote *supportive*: calls for talks, welcome, readiness, optimism, praise, diplomacy as the way.

*Supportive* means, per docs/labeling-guide.md, endorsing talks *without* conditions, so every rule here
abstains when the statement also states a condition (a conditional rule fires). Without this guard "We
are ready to talk, but only if the shelling stops" would be a tie.
"""

from __future__ import annotations

import re

from stance.labels import SUPPORTIVE
from stance.rules.base import Cue, LabelingFunction, rules_for
from stance.rules.conditional import states_condition
from stance.rules.text import TALKS, gap, rx

_CALL = rx(rf"\b(?:(?:we|i|they|he|she|also|again|repeatedly|strongly|once again) call|calls|called|calling) "
           rf"(?:for|on) {gap(6)}{TALKS}",
           rf"\b(?:appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing)|plead\w*|push(?:es|ed|ing)? hard|encourag\w*|"
           rf"implor\w*) {gap(5)}(?:for|on|to) {gap(5)}{TALKS}",
           r"\b(?:let's|let us) (?:\w+ )?(?:talk|negotiate|sit down|make (?:a deal|peace)|give (?:peace|diplomacy|talks) a chance)\b",
           r"\bgive (?:peace|diplomacy|talks|negotiations|dialogue) a chance\b", r"\bkeep (?:on )?talking\b",
           r"\bkeep (?:the )?(?:talks|dialogue|negotiations|channels?) (?:going|open|alive)\b")


_WELCOME = rx(rf"\bwelcom(?:e|es|ed|ing)\b {gap(6)}(?:{TALKS}|efforts?|initiatives?|calls?|progress|proposals?|plans?|"
              r"offers?|news|steps?|announcement|resumption|decision|readiness|willingness|signals?|outreach|"
              r"exchange|release|visit)",
              rf"\b(?:pleased|glad|happy|relieved|delighted|heartened|encouraged) (?:that |to see |by |about )?{gap(6)}"
              r"(?:back to the (?:negotiating |bargaining )?table|(?:returned|returning|return|come back) to (?:the )?(?:table|talks)|"
              r"agreed to (?:talk|negotiate|meet)|resum\w* (?:the )?(?:talks|negotiations|dialogue))",
              rf"\blook\w* forward to {gap(3)}(?:{TALKS}|next round|round|working together)",
              rf"\b(?:applaud\w*|prais\w*|hail\w*|commend\w*|salut\w*|appreciat\w*|thank\w*|grateful for|congratulat\w*)"
              rf" {gap(6)}(?:efforts?|initiatives?|mediation|{TALKS}|work for peace|leadership in|(?:phone )?calls?|"
              r"breakthrough|progress)")


_AGREE = rx(r"\bagree(?:d|s)? (?:to|on) (?:\w+ ){0,4}?(?:negotiat\w*|talks?|meet\w*|dialogue|ceasefire|truce|summit|"
            r"sit down|resum\w*|start\w*|begin\w*|hold\w*|open\w*|launch\w*|continu\w*|exchange|work together)",
            rf"\b(?:ready|willing|prepared|eager|keen|committed|determined|happy|glad) (?:to|for) {gap(3)}(?:negotiat\w*|"
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


_OPTIMISM = rx(rf"\b(?:hopeful|optimistic|confident|encouraged|upbeat|convinced|believe|hope|expect|trust)\b {gap(10)}"
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


_PRAISE = re.compile(r"\b(?:productive|constructive|positive|fruitful|useful|good|great|successful|frank|substantive|"
                     r"encouraging|promising|meaningful|excellent|cordial|warm|candid|businesslike|important|"
                     r"historic|serious|substantial|real|tangible|significant|big) (?:first |phone |new )?(?:talks|"
                     r"meeting|call|phone call|conversation|discussions?|dialogue|negotiations|round|session|exchanges?|"
                     r"contacts?|summit|progress|step|start|signal|opportunity|breakthrough|momentum)\b")


_STEP = rx(rf"\b(?:steps?|foundation|groundwork|path|door|way|road|bridge|opening|window|chance|opportunity|start|"
           rf"beginning|momentum) {gap(2)}(?:toward|towards|to|for) {gap(3)}(?:peace|talks|negotiat\w*|a deal|an agreement|"
           r"agreement|settlement|dialogue|ceasefire|resolution|solution|ending (?:the|this) (?:war|conflict|strike))\b",
           r"\b(?:pave|paves|paved|paving|lay|lays|laid|laying|open\w*|build\w*) (?:\w+ )?the (?:way|road|path|foundation|"
           r"groundwork|door|basis)\b", r"\bstep in the right direction\b",
           r"\bbuild (?:on|upon) (?:it|this|that|the (?:ceasefire|truce|progress|momentum|agreement|talks))\b",
           r"\bcloser (?:to|toward|towards) (?:a |an |the )?(?:\w+ )?(?:deal|agreement|peace|settlement|ceasefire|accord|"
           r"compromise|solution)\b", r"\bice (?:is|has been) broken\b",
           r"\bbreak\w* the ice\b")


_BLOCKERS = rx(rf"\bobstacles? (?:to|for|in the way of|on the (?:road|path) to) {gap(2)}(?:peace|talks|a deal|the deal|an agreement|negotiat\w*|dialogue|"
               r"a settlement|a ceasefire|progress)",
               r"\b(?:block\w*|sabotag\w*|torpedo\w*|derail\w*|undermin\w*|obstruct\w*|wreck\w*|spoil\w*|scuttl\w*) "
               r"(?:\w+ ){0,2}?(?:the |any |these |a )?(?:talks|negotiations|peace|deal|agreement|dialogue|process|"
               r"ceasefire|diplomacy|settlement|efforts?)",
               r"\b(?:party|parties|camp) of war\b", r"\bwarmonger\w*", r"\bspoilers?\b",
               r"\b(?:want|wants|wanted) (?:the |this )?(?:war|fighting|conflict|strike|dispute) to (?:continue|go on|drag on)",
               r"\b(?:profit\w*|benefit\w*) from (?:the |this )?(?:war|conflict|fighting|dragging|prolonging|bloodshed|chaos)",
               r"\b(?:drag\w*|prolong\w*) (?:out )?(?:the |this )?(?:war|conflict|strike|fighting|dispute)")


_DIPLOMATIC = rx(r"\b(?:negotiated|diplomatic|peaceful|political|mutually acceptable|compromise) (?:solution|"
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


_DOOR = rx(rf"\bdoors? {gap(2)}(?:is|are|remains?|stays?|still|wide) {gap(1)}open\b",
           rf"\bopen (?:to|for) {gap(2)}(?:talks|negotiat\w*|dialogue|discussions?|a deal|any (?:proposal|idea)s?|proposals?|"
           r"contacts?|diplomacy|compromise|dialogue|meeting|offers?)\b",
           r"\b(?:stand|stands|remain|remains|stay|stays) ready\b", r"\bextend\w* (?:a|the|our|my) hand\b",
           r"\boutstretched hand\b", r"\bhand (?:is|remains) (?:still )?(?:extended|outstretched)\b",
           r"\b(?:phone|line) (?:is|remains) open\b")


_NOT_RULE_OUT = rx(r"\b(?:not|never|n't|cannot|can't) (?:\w+ ){0,2}?rul\w* out (?:\w+ ){0,4}?(?:talks|negotiat\w*|dialogue|"
                   r"meeting|meet|contacts?|deal|diplomacy|ceasefire|agreement|summit|compromise|a call|talking)",
                   r"\b(?:not|never|n't|no one is|nobody is) (?:\w+ ){0,2}?(?:reject\w*|refus\w*|oppos\w*|against|clos\w*|"
                   r"shut\w*|walk\w* away from) (?:\w+ ){0,3}?(?:talks|negotiat\w*|dialogue|diplomacy|contacts?|"
                   r"the door|the table|a deal|peace|ceasefire|meeting)",
                   r"\b(?:no|not) (?:\w+ )?(?:one|body)? ?(?:is )?(?:saying no|says no) to (?:talks|dialogue|negotiat\w*)")


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


_ENDORSE = rx(rf"\b(?:support|supports|supported|supporting|back|backs|backed|backing|endors\w*|favou?r|favou?rs|"
              rf"in favou?r of|champion\w*|embrac\w*|stand behind|stands behind|fully behind|behind) {gap(4)}"
              r"(?:the |any |this |these |a |an )?(?:talks|negotiat\w*|dialogue|peace (?:process|plan|initiative|"
              r"efforts?|talks|deal|agreement)|diplomatic (?:efforts?|process|solution|track|push)|mediation|"
              r"ceasefire|truce|deal|agreement|settlement|compromise|efforts to (?:end|resolve|stop|reach)|"
              r"(?:every|any|all) (?:\w+ )?efforts?)\b")


_COMPROMISE = rx(r"\b(?:compromises?|concessions) (?:is|are|will be) (?:\w+ ){0,2}?(?:needed|necessary|possible|"
                 r"inevitable|required|essential|unavoidable|part of)",
                 r"\b(?:both|all|the two) (?:sides|parties) (?:\w+ ){0,3}?(?:compromise|concessions|give ground|"
                 r"meet halfway|find common ground|give a little|bend)",
                 r"\bmeet (?:\w+ ){0,2}?halfway\b", r"\bcommon ground\b", r"\bmiddle ground\b", r"\bwin-win\b",
                 r"\bmutually (?:acceptable|beneficial)\b", r"\bgive and take\b", r"\bmeeting point\b")


_MEDIATE = rx(r"\b(?:offer\w*|ready|willing|prepared|happy|glad|proud|honou?red|pleased) to (?:\w+ )?(?:mediate|host|"
              r"facilitate|broker|help (?:bring|reach|find|end))\b",
              r"\bgood offices\b", r"\b(?:our|its) (?:mediation|facilitation)\b",
              r"\bplatform for (?:talks|negotiat\w*|dialogue)\b")


_STOP_KILLING = rx(r"\b(?:stop|end|halt|ending|stopping) (?:the |this |all )?(?:killing|bloodshed|dying|deaths|"
                   r"senseless|suffering|violence|carnage|slaughter|loss of life)\b",
                   r"\b(?:time|moment) (?:has come|is right|is ripe) (?:for|to) (?:peace|talks|negotiat\w*|diplomacy|"
                   r"a deal|end|stop|make)\b", r"\benough (?:is enough|bloodshed|killing|war)\b",
                   r"\bno one wins (?:a |this |in )?(?:war|conflict|strike)\b")


_NO_PRECOND = rx(r"\bwithout (?:any )?(?:pre-?conditions|conditions)\b", r"\bno pre-?conditions\b",
                 r"\bunconditional(?:ly)? (?:talks|negotiations|dialogue|ceasefire)",
                 r"\b(?:talk|negotiate|meet) (?:\w+ )?(?:anytime|anywhere|any time)\b",
                 r"\bwithout (?:further )?delay\b", r"\b(?:immediate|immediately|right away|at once)\b(?=[^.]{0,40}"
                 r"\b(?:talks|negotiat\w*|ceasefire|dialogue|meet)\b)")


#: The rules in the order of their label-matrix columns: cue tables (a pattern, whether a negation
#: before it silences it, what it captures) and, where a rule needs more than a pattern, its function.
RULES: tuple[LabelingFunction, ...] = rules_for(SUPPORTIVE, [
    Cue('call_for_talks', _CALL, doc="Calls for talks: 'call for / urge / appeal for negotiations, a ceasefire, dialogue', 'let's sit down'."),
    Cue('welcome_talks', _WELCOME, doc="Welcoming or praising efforts: 'welcomes any efforts to resolve', 'we applaud the mediation'."),
    Cue('agree_to_negotiate', _AGREE, doc="Agreeing or being ready to negotiate: 'agreed to start negotiations', 'ready to talk', 'will send a delegation'."),
    Cue('optimism_about_deal', _OPTIMISM, doc="Optimism about a deal: 'I am hopeful a deal is close', 'peace is within reach', 'will lead to a successful conclusion'."),
    Cue('praise_for_talks', _PRAISE, doc="Praise for a call, meeting or round of talks: 'a productive call', 'constructive talks', 'real progress'."),
    Cue('step_toward_talks', _STEP, doc="A call or meeting as a step toward talks: 'lays the foundation for negotiations', 'a step toward peace'."),
    Cue('attack_blockers', _BLOCKERS, doc="Attacking those who block talks: 'an obstacle to peace', 'sabotaging the negotiations', 'warmongers'."),
    Cue('diplomatic_solution', _DIPLOMATIC, doc="Diplomacy as the way: 'a negotiated settlement', 'the only way is through dialogue', 'no military solution'."),
    Cue('door_open', _DOOR, doc="Openness: 'the door remains open', 'open to dialogue', 'we stand ready', 'our hand is extended'."),
    Cue('negated_rejection', _NOT_RULE_OUT, negatable=False, doc=("Negated rejection: 'we do not rule out talks', 'we have never refused to negotiate', 'not against dialogue'.\n"
             '\n'
             'The negation is the cue itself, so this rule is not subject to negation handling.')),
    Cue('must_talk', _MUST_TALK, doc="Talks as an obligation: 'both sides must sit down', 'it is time to negotiate', 'we have to reach a deal'."),
    Cue('endorse_talks', _ENDORSE, doc="Endorsing a process: 'we support the peace process', 'fully behind the talks', 'backs the ceasefire deal'."),
    Cue('compromise_needed', _COMPROMISE, doc="Willingness to compromise: 'compromises are inevitable', 'meet halfway', 'common ground', 'win-win'."),
    Cue('offer_to_mediate', _MEDIATE, doc="Offering to mediate or host: 'ready to host the talks', 'offered its good offices', 'a platform for dialogue'."),
    Cue('stop_the_killing', _STOP_KILLING, doc="Humanitarian urgency for a settlement: 'stop the killing', 'the time has come for peace', 'no one wins a war'."),
    Cue('talks_without_preconditions', _NO_PRECOND, negatable=False, doc="Talks now and unconditionally: 'without preconditions', 'without delay', 'immediate negotiations', 'anytime, anywhere'."),
], guard=states_condition)
