#!/usr/bin/env python
"""Merge corpus slices, each written from its own brief, into data/statements.jsonl (corpus maintenance).

Each slice is a JSONL file named after its brief (the `author` of its rows), rows with text, label, speaker,
topic, source, date, form (reported | direct) and group (a contrast group id, or null). Rows already in the
corpus keep their ids and labels; rows without an author get `--default-author`. New rows get ids
`<author>-NNNN`. Exact duplicate texts are dropped (the first one stays). Then label changes from a review
file (id, label, optional reworded text, why; see data/label-changes.jsonl) are applied, and the corpus is written sorted by id.

    python scripts/merge_corpus.py SLICE.jsonl [SLICE.jsonl ...] [--changes data/label-changes.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "statements.jsonl"
FIELDS = ("id", "text", "label", "speaker", "topic", "source", "date", "author", "form", "group")
SEED_SOURCE = "data/articles/"


def read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("slices", nargs="*", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--default-author", default="core-team", help="author of existing rows that have none")
    ap.add_argument("--changes", type=Path, help="JSONL of reviewed label changes: id, label (the new one)")
    args = ap.parse_args(argv)

    rows = read(args.corpus)
    for r in rows:
        if not r.get("author"):
            r["author"] = "seed-article" if str(r.get("source", "")).startswith(SEED_SOURCE) else args.default_author
        r.setdefault("form", None)
        r.setdefault("group", None)
    seen = {" ".join(r["text"].split()).lower() for r in rows}
    ids = {r["id"] for r in rows}
    added = Counter()
    for path in args.slices:
        author = path.stem
        # numbering goes on from the author's highest id (rows dropped in review leave gaps)
        n = max((int(r["id"].rsplit("-", 1)[1]) for r in rows if r["author"] == author
                 and r["id"].rsplit("-", 1)[-1].isdigit()), default=0)
        for r in read(path):
            key = " ".join(r["text"].split()).lower()
            if key in seen:
                continue
            seen.add(key)
            n += 1
            rid = f"{author}-{n:04d}"
            assert rid not in ids, rid
            ids.add(rid)
            rows.append({"id": rid, "text": r["text"].strip(), "label": r["label"], "speaker": r["speaker"].strip(),
                         "topic": r["topic"], "source": r["source"], "date": r.get("date"), "author": author,
                         "form": r.get("form"), "group": r.get("group") or None})
            added[author] += 1
    changed = 0
    if args.changes and args.changes.exists():
        by_id = {r["id"]: r for r in rows}
        for c in read(args.changes):
            r = by_id.get(c["id"])
            if r is None:
                sys.exit(f"{args.changes}: no row with id {c['id']!r}")
            if r["label"] != c["label"] or c.get("text", r["text"]) != r["text"]:
                r["label"] = c["label"]
                r["text"] = c.get("text", r["text"])  # a reviewed rewording, recorded with its reason
                changed += 1
    rows.sort(key=lambda r: r["id"])
    args.corpus.write_text("".join(json.dumps({k: r.get(k) for k in FIELDS}, ensure_ascii=False) + "\n"
                                   for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows; added {dict(added)}; labels changed by review: {changed}")
    print("labels:", dict(Counter(r["label"] for r in rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
