"""Gold labels: looked up by id or by normalised text, read from a file, and laid over the rule vote."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator, Mapping

from stance.labels import normalise_label
from stance.rules.base import VOTE_LABELS
from stance.rules.voting import apply_rules, vote, votes


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
        out["votes"] = votes(row)
        yield out
