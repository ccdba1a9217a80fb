"""The relevance rule: a statement with no negotiation, conflict or dispute vocabulary takes no position."""

from __future__ import annotations

import re

from stance.labels import OFF_TOPIC
from stance.rules.base import LabelingFunction, rules_for

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


def no_negotiation_vocabulary(t: str) -> bool:
    """Off-topic: the statement has no negotiation, conflict or dispute vocabulary at all ('His polling numbers are not great')."""
    return not _RELEVANT.search(t)


#: The rules in the order of their label-matrix columns: cue tables (a pattern, whether a negation
#: before it silences it, what it captures) and, where a rule needs more than a pattern, its function.
RULES: tuple[LabelingFunction, ...] = rules_for(OFF_TOPIC, [
    no_negotiation_vocabulary,
])
