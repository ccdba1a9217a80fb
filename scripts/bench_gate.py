#!/usr/bin/env python
"""The relevance gate: does the model say `none` for statements that take no position, and only for those?

Two designs, measured the same way, on data each model never saw:

* **fourth class**: one model trained on supportive, conditional, opposed and none;
* **two-stage**: a none-versus-stance model in front of the three-stance model; a statement is `none` when the
  first gives none a probability of at least 0.5.

Measured by leave-one-negotiation-out over the corpus (all four labels), and on the seed article's statements as
`stance extract` finds them, with the ones that take no position labeled `none` by hand
(data/seed-article-positions.jsonl), the model trained on every row not from the seed article.
Reports `none` precision and recall, how many statements with a position are gated (wrongly), and the stance
macro-F1 over statements with a position (a gated one counts as an error). Prints a table; writes JSON.

    python scripts/bench_gate.py [--out scripts/results/gate.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.labels import NONE, STANCES  # noqa: E402
from stance.model import ModelConfig, fit  # noqa: E402

LABELS4 = list(STANCES) + [NONE]


def read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def four_class(train: list[dict], test_texts: list[str], cfg) -> list[str]:
    m = fit([r["text"] for r in train], [LABELS4.index(r["label"]) for r in train], cfg)
    return [LABELS4[m.classes_[k]] for k in m.predict_proba(test_texts).argmax(axis=1)]


def two_stage(train: list[dict], test_texts: list[str], cfg) -> list[str]:
    gate = fit([r["text"] for r in train], [int(r["label"] == NONE) for r in train], cfg)
    stance_rows = [r for r in train if r["label"] != NONE]
    model = fit([r["text"] for r in stance_rows], [LABELS4.index(r["label"]) for r in stance_rows], cfg)
    p_none = gate.predict_proba(test_texts)[:, list(gate.classes_).index(1)]
    stances = [LABELS4[model.classes_[k]] for k in model.predict_proba(test_texts).argmax(axis=1)]
    return [NONE if p >= 0.5 else s for p, s in zip(p_none, stances)]


def measure(gold: list[str], pred: list[str]) -> dict:
    from sklearn.metrics import f1_score

    tp = sum(g == NONE and p == NONE for g, p in zip(gold, pred))
    n_none_pred = sum(p == NONE for p in pred)
    n_none_gold = sum(g == NONE for g in gold)
    pos = [(g, p) for g, p in zip(gold, pred) if g != NONE]
    return {
        "n": len(gold), "none_gold": n_none_gold,
        "none_precision": round(tp / n_none_pred, 4) if n_none_pred else None,
        "none_recall": round(tp / n_none_gold, 4) if n_none_gold else None,
        "positions_gated": round(sum(p == NONE for _, p in pos) / len(pos), 4) if pos else None,
        "stance_macro_f1": round(float(f1_score([g for g, _ in pos], [p for _, p in pos], labels=list(STANCES),
                                                average="macro", zero_division=0)), 4) if pos else None,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / "data" / "statements.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "scripts" / "results" / "gate.json"))
    args = ap.parse_args(argv)
    from joblib import Parallel, delayed

    t0 = time.perf_counter()
    cfg = ModelConfig()
    rows = read(Path(args.data))
    topics = sorted({r["topic"] for r in rows})
    result = {"data": "data/statements.jsonl", "designs": {}}

    def one(design, topic):
        train = [r for r in rows if r["topic"] != topic]
        test = [r for r in rows if r["topic"] == topic]
        return [r["label"] for r in test], design(train, [r["text"] for r in test], cfg)

    seed = read(ROOT / "data" / "seed-article-positions.jsonl")
    not_seed = [r for r in rows if not str(r.get("source", "")).startswith("data/articles/")]
    for name, design in (("fourth class", four_class), ("two-stage", two_stage)):
        per = Parallel(n_jobs=-1)(delayed(one)(design, t) for t in topics)
        gold = [g for gs, _ in per for g in gs]
        pred = [p for _, ps in per for p in ps]
        seed_pred = design(not_seed, [r["text"] for r in seed], cfg)
        result["designs"][name] = {"leave_one_topic_out": measure(gold, pred),
                                   "seed_article": measure([r["label"] for r in seed], seed_pred)}
    result["seconds"] = round(time.perf_counter() - t0, 1)
    out = Path(args.out)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("relevance gate: none = no position on negotiating (goal on the seed article: at least 80 % of the "
          "statements with no position gated, at most 10 % of those with one)\n")
    print(f"{'design':<14} {'evaluation':<28} {'none P':>7} {'none R':>7} {'positions gated':>16} {'stance F1':>10}")
    for name, d in result["designs"].items():
        for ev, m in (("leave-one-topic-out", d["leave_one_topic_out"]), ("seed article (hand-labeled)", d["seed_article"])):
            print(f"{name:<14} {ev:<28} {m['none_precision']:>7.3f} {m['none_recall']:>7.3f} "
                  f"{m['positions_gated']:>16.3f} {m['stance_macro_f1']:>10.3f}")
    print(f"\nseed article: {result['designs']['fourth class']['seed_article']['n']} statements, "
          f"{result['designs']['fourth class']['seed_article']['none_gold']} with no position; written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
