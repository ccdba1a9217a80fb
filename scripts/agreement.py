#!/usr/bin/env python
"""Inter-annotator agreement on the corpus: a stratified sample labeled blind by two annotators.

    python scripts/agreement.py sample CORPUS.jsonl [--per-author 90] [--seed 0]
        draws the sample (data/agreement/sample.jsonl: sid, id, text, speaker, topic, author, corpus_label)
        and writes the blind file the annotators see (--blind: sid, text, speaker, topic; no labels).
    python scripts/agreement.py score
        Cohen's kappa and raw agreement for annotator A vs B, each vs the corpus, and after adjudication;
        the confusion between labels; writes scripts/results/agreement.json.

Annotators see only docs/labeling-guide.md and the blind file, never the corpus labels. Their labels are
in data/agreement/labels-A.jsonl and labels-B.jsonl (sid, label); the adjudicated label of every
disagreement, with the guide rule that decides it, in data/agreement/adjudicated.jsonl (sid, label, rule).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT / "data" / "agreement"
LABELS = ["supportive", "conditional", "opposed", "none"]


def read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def sample(args) -> None:
    rows = read(Path(args.corpus))
    rng = random.Random(args.seed)
    by = defaultdict(list)
    for r in rows:
        by[(r.get("author") or "core-team", r["label"])].append(r)
    picked = []
    for author in sorted({a for a, _ in by}):
        labels = [lab for lab in LABELS if by.get((author, lab))]
        n = args.per_author if author != "seed-article" else 0
        n_none = n // 10 if "none" in labels else 0
        stance = [lab for lab in labels if lab != "none"]
        quota = {lab: (n - n_none) // len(stance) for lab in stance}
        if n_none:
            quota["none"] = n_none
        for lab, q in quota.items():
            pool = by[(author, lab)]
            picked += rng.sample(pool, min(q, len(pool)))
    rng.shuffle(picked)
    out = [{"sid": f"s{i:04d}", "id": r["id"], "text": r["text"], "speaker": r.get("speaker"), "topic": r.get("topic"),
            "author": r.get("author"), "corpus_label": r["label"]} for i, r in enumerate(picked, 1)]
    write(DIR / "sample.jsonl", out)
    write(Path(args.blind), [{k: r[k] for k in ("sid", "text", "speaker", "topic")} for r in out])
    print(f"{len(out)} statements: " + ", ".join(f"{k} {v}" for k, v in Counter(r["corpus_label"] for r in out).items())
          + "; by author: " + ", ".join(f"{k} {v}" for k, v in Counter(r["author"] for r in out).items()))


def kappa(a: list[str], b: list[str]) -> dict:
    from sklearn.metrics import cohen_kappa_score

    return {"n": len(a), "agreement": round(sum(x == y for x, y in zip(a, b)) / len(a), 4),
            "kappa": round(float(cohen_kappa_score(a, b, labels=LABELS)), 4)}


def confusion(a: list[str], b: list[str]) -> list[list[int]]:
    c = Counter(zip(a, b))
    return [[c[(x, y)] for y in LABELS] for x in LABELS]


def score(args) -> None:
    smp = read(DIR / "sample.jsonl")
    lab = {k: {r["sid"]: r["label"] for r in read(DIR / f"labels-{k}.jsonl")} for k in ("A", "B")}
    adj_path = DIR / "adjudicated.jsonl"
    adj = {r["sid"]: r for r in read(adj_path)} if adj_path.exists() else {}
    # a row its writer reworded after the sample was drawn was labeled as it then read: left out here
    corpus_rows = {r["id"]: r for r in read(ROOT / "data" / "statements.jsonl")}
    same = {r["sid"] for r in smp if r["id"] in corpus_rows
            and " ".join(corpus_rows[r["id"]]["text"].split()) == " ".join(r["text"].split())}
    sids = [r["sid"] for r in smp if r["sid"] in lab["A"] and r["sid"] in lab["B"] and r["sid"] in same]
    corpus = {r["sid"]: r["corpus_label"] for r in smp}
    A = [lab["A"][s] for s in sids]
    B = [lab["B"][s] for s in sids]
    C = [corpus[s] for s in sids]
    res = {"n": len(sids), "left_out_reworded": len(smp) - len(same), "A_vs_B": kappa(A, B), "A_vs_corpus": kappa(A, C), "B_vs_corpus": kappa(B, C),
           "labels": LABELS, "confusion_A_vs_B": confusion(A, B), "confusion_A_vs_corpus": confusion(A, C),
           "confusion_B_vs_corpus": confusion(B, C)}
    if adj:
        # the adjudicated label: where A and B agree, theirs; where they disagree, the adjudicator's
        final = [adj[s]["label"] if s in adj else lab["A"][s] for s in sids]
        res["adjudicated_vs_corpus"] = kappa(final, C)
        res["corpus_labels_changed_by_adjudication"] = sum(f != c for f, c in zip(final, C))
        res["rules_cited"] = dict(Counter(adj[s].get("rule", "") for s in sids if s in adj))
    per_author = defaultdict(lambda: [[], []])
    for s, a, c in zip(sids, A, C):
        per_author[next(r["author"] for r in smp if r["sid"] == s)][0].append(a)
        per_author[next(r["author"] for r in smp if r["sid"] == s)][1].append(c)
    res["A_vs_corpus_by_author"] = {k: kappa(*v) for k, v in sorted(per_author.items())}
    out = ROOT / "scripts" / "results" / "agreement.json"
    out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(f"{res['n']} statements labeled blind by two annotators (labels: {', '.join(LABELS)}); "
          f"{res['left_out_reworded']} left out because their writer reworded them after sampling\n")
    print(f"{'pair':<28} {'agreement':>9} {'kappa':>6}")
    for k in ("A_vs_B", "A_vs_corpus", "B_vs_corpus", "adjudicated_vs_corpus"):
        if k in res:
            print(f"{k.replace('_', ' '):<28} {res[k]['agreement']:>9.3f} {res[k]['kappa']:>6.3f}")
    print("\nconfusion, annotator A (rows) vs annotator B (columns)")
    print(f"{'':<12}" + "".join(f"{x:>12}" for x in LABELS))
    for x, row in zip(LABELS, res["confusion_A_vs_B"]):
        print(f"{x:<12}" + "".join(f"{v:>12}" for v in row))
    print(f"\nwritten to {out}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("corpus")
    s.add_argument("--per-author", type=int, default=90)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--blind", default="blind.jsonl")
    sub.add_parser("score")
    args = ap.parse_args(argv)
    sample(args) if args.cmd == "sample" else score(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
