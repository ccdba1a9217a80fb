"""Labeling functions: small named rules that vote a stance toward negotiations, or abstain.

Each rule follows docs/labeling-guide.md and general news language (never specific corpus sentences).
A rule looks at one statement and votes one label (supportive, conditional, opposed or none, "no
position") or abstains. Rules are applied to many statements at once into a *label matrix* ``L`` of
shape (n_statements, n_rules): ``-1`` means the rule abstained, any other value is an index into
:data:`VOTE_LABELS`. Every report (:func:`lf_summary`, :func:`summary`, :func:`uncertain`) is computed
from that matrix, the way Snorkel's ``LFAnalysis`` does.

One module per job:

- ``text``: what every rule reads (:func:`rule_text`), negation and the cue helpers;
- ``base``: what a rule is (:class:`LabelingFunction`) and how a table of cues becomes rules;
- ``conditional``, ``supportive``, ``opposed``, ``relevance``: the rules, grouped by what they detect;
- ``catalogue``: all rules in the label matrix's column order;
- ``voting``: the label matrix and the majority vote;
- ``gold``: gold labels by id or text, laid over the vote;
- ``analysis``: the per-rule and overall report, and the statements to label next.

Importing this package is cheap: standard library and numpy only; regexes are compiled once.
"""

from __future__ import annotations

from stance.rules.analysis import format_report, lf_summary, summary, uncertain
from stance.rules.base import ABSTAIN, VOTE_INDEX, VOTE_LABELS, Cue, LabelingFunction
from stance.rules.catalogue import LABELING_FUNCTIONS, RULE_NAMES, get_rule
from stance.rules.gold import GoldIndex, label_records, load_gold, text_key
from stance.rules.text import NEGATION_WINDOW, TALKS, rule_text
from stance.rules.voting import apply_rules, rule_labels, vote, votes

__all__ = ["ABSTAIN", "Cue", "GoldIndex", "LABELING_FUNCTIONS", "LabelingFunction", "NEGATION_WINDOW", "RULE_NAMES",
           "TALKS", "VOTE_INDEX", "VOTE_LABELS", "apply_rules", "format_report", "get_rule", "label_records",
           "lf_summary", "load_gold", "rule_labels", "rule_text", "summary", "text_key", "uncertain", "vote", "votes"]
