"""Every rule, in the fixed order of the label matrix's columns: conditional, supportive, opposed, relevance."""

from __future__ import annotations

from stance.rules import conditional, opposed, relevance, supportive
from stance.rules.base import LabelingFunction

#: All rules in a fixed order (the columns of the label matrix).
LABELING_FUNCTIONS: list[LabelingFunction] = [*conditional.RULES, *supportive.RULES, *opposed.RULES,
                                              *relevance.RULES]
RULE_NAMES: tuple[str, ...] = tuple(lf.name for lf in LABELING_FUNCTIONS)


def get_rule(name: str) -> LabelingFunction:
    """The rule called ``name`` (KeyError if there is none)."""
    for lf in LABELING_FUNCTIONS:
        if lf.name == name:
            return lf
    raise KeyError(name)
