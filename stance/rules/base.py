"""What a rule is: a name, the label it votes, and a predicate over normalised text; and how tables become rules."""

from __future__ import annotations

import functools
import inspect
import re
from dataclasses import dataclass
from typing import Callable, NamedTuple, Sequence

from stance.labels import OFF_TOPIC, STANCES
from stance.rules.text import fires, rule_text

#: What a rule can vote; columns of the label matrix hold indexes into this tuple (or -1).
VOTE_LABELS: tuple[str, ...] = (*STANCES, OFF_TOPIC)
#: A label-matrix cell where the rule did not vote.
ABSTAIN = -1
#: Each vote label's index: the value a label-matrix cell holds when a rule votes it.
VOTE_INDEX: dict[str, int] = {lab: i for i, lab in enumerate(VOTE_LABELS)}


@dataclass(frozen=True)
class LabelingFunction:
    """A named rule voting ``label`` when ``predicate(normalised_text)`` holds; ``doc`` says what it captures."""

    name: str
    label: str
    predicate: Callable[[str], bool]
    description: str = ""

    @property
    def doc(self) -> str:
        return self.description or inspect.cleandoc(self.predicate.__doc__ or "")

    def vote_normalised(self, t: str) -> str | None:
        return self.label if self.predicate(t) else None

    def __call__(self, text: str) -> str | None:
        """The label this rule votes for ``text``, or None when it abstains."""
        return self.vote_normalised(rule_text(text))


class Cue(NamedTuple):
    """A rule that is one pattern: it fires on any match (with ``negatable``, any match not negated)."""

    name: str
    pattern: re.Pattern
    negatable: bool = True
    doc: str = ""

    def predicate(self) -> Callable[[str], bool]:
        pattern, negatable = self.pattern, self.negatable

        def predicate(t: str) -> bool:
            return fires(pattern, t, negatable)

        predicate.__name__ = predicate.__qualname__ = self.name
        return predicate


def rules_for(label: str, entries: Sequence[Cue | Callable[[str], bool]],
              guard: Callable[[str], bool] | None = None) -> tuple[LabelingFunction, ...]:
    """The rules voting ``label``, in order: each entry a :class:`Cue` or a predicate function (named by it).

    With ``guard``, a rule abstains whenever ``guard(t)`` holds (the supportive rules' condition guard).
    """
    out = []
    for entry in entries:
        name, doc = (entry.name, entry.doc) if isinstance(entry, Cue) else (entry.__name__, "")
        predicate = entry.predicate() if isinstance(entry, Cue) else entry
        if guard is not None:
            predicate = _guarded(predicate, guard)
        out.append(LabelingFunction(name=name, label=label, predicate=predicate, description=doc))
    return tuple(out)


def _guarded(inner: Callable[[str], bool], guard: Callable[[str], bool]) -> Callable[[str], bool]:
    @functools.wraps(inner)
    def predicate(t: str) -> bool:
        return inner(t) and not guard(t)

    return predicate
