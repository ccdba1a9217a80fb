"""The label schema: the three stances and how user spellings map onto them."""

from __future__ import annotations

import re
import unicodedata

SUPPORTIVE = "supportive"
CONDITIONAL = "conditional"
OPPOSED = "opposed"
#: The stances of docs/labeling-guide.md, in the order their ids are pinned (0, 1, 2).
STANCES: tuple[str, ...] = (SUPPORTIVE, CONDITIONAL, OPPOSED)
#: The label of a statement with no position on negotiating (docs/labeling-guide.md), in the gold corpus and in
#: the labeling rules' votes alike. Rows with it are left out of stance training unless the label set asks for it.
NONE = "none"
OFF_TOPIC = NONE
#: What `predict --min-confidence` answers when the model is not sure enough.
UNCERTAIN = "uncertain"

_SPACES = re.compile(r"[\s_\-]+")


def normalise_label(value: object) -> str:
    """Case-fold, trim and collapse spaces, underscores and hyphens in a label: ' Supportive ' -> 'supportive'."""
    text = unicodedata.normalize("NFKC", str(value)).strip().casefold()
    return _SPACES.sub("-", text)


def label_order(found: set[str], declared: tuple[str, ...] | list[str] | None = None) -> list[str]:
    """The label list whose positions become class ids.

    Declared labels keep their order; without a declaration, the three stances come first in guide
    order when the data uses only them, otherwise labels are sorted so any other stance data works too.
    """
    if declared:
        return [normalise_label(x) for x in declared]
    if found and found <= set(STANCES):
        return [s for s in STANCES if s in found] if len(found) < len(STANCES) else list(STANCES)
    return sorted(found)
