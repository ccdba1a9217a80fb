#!/usr/bin/env python
"""The relevance gate: does the model say `none` for statements that take no position, and only for those?

Two designs, measured the same way, on data each model never saw:

* **fourth class**: one model trained on supportive, conditional, opposed and none;
* **two-stage**: a none-versus-stance model in front of the three-stance model; a statement is `none` when the
  first gives none a probability of at least 0.5.

Measured three ways, each on data the model never saw:

* ``topics``: leave-one-negotiation-out over the corpus (all four labels);
* ``articles``: the corpus statements that `stance extract` found in real-style articles (author
  ``extraction-articles``, labeled blind by two annotators), in five folds by article: each fold's articles are
  left out of training. These are what a user piping articles gets, and half of them take no position;
* ``seed``: the seed article's statements as `stance extract` finds them, with the ones that take no position
  labeled `none` by hand (data/seed-article-positions.jsonl), the model trained on every row not from it.
Reports `none` precision and recall, how many statements with a position are gated (wrongly), and the stance
macro-F1 over statements with a position (a gated one counts as an error). Prints a table; writes JSON.

    python scripts/bench_gate.py [--only topics,articles,seed] [--out scripts/results/gate.json]

With ``--only``, the other evaluations are kept from the existing --out file.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.labels import NONE, STANCES  # noqa: E402
from stance.model import ModelConfig, fit  # noqa: E402

LABELS4 = list(STANCES) + [NONE]


def read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def four_class(train: list[dict], test_texts: list[str], cfg, with_none_proba: bool = False):
    m = fit([r["text"] for r in train], [LABELS4.index(r["label"]) for r in train], cfg)
    p = m.predict_proba(test_texts)
    labels = [LABELS4[m.classes_[k]] for k in p.argmax(axis=1)]
    return (labels, p[:, list(m.classes_).index(LABELS4.index(NONE))].tolist()) if with_none_proba else labels


def ranking(gold: list[str], p_none: list[float], gated_limit: float = 0.10) -> dict:
    """How well P(none) separates the statements with no position from the rest, whatever the threshold: ROC AUC,
    and the recall of `none` at the threshold that gates ``gated_limit`` of the statements with a position."""
    from sklearn.metrics import roc_auc_score

    y = [g == NONE for g in gold]
    pos = sorted((p for p, n in zip(p_none, y) if not n), reverse=True)
    t = pos[int(gated_limit * len(pos))]
    return {"auc": round(float(roc_auc_score(y, p_none)), 4),
            f"none_recall_at_{gated_limit:.0%}_gated": round(sum(p > t and n for p, n in zip(p_none, y)) / sum(y), 4)}


def two_stage(train: list[dict], test_texts: list[str], cfg) -> list[str]:
    gate = fit([r["text"] for r in train], [int(r["label"] == NONE) for r in train], cfg)
    stance_rows = [r for r in train if r["label"] != NONE]
    model = fit([r["text"] for r in stance_rows], [LABELS4.index(r["label"]) for r in stance_rows], cfg)
    p_none = gate.predict_proba(test_texts)[:, list(gate.classes_).index(1)]
    stances = [LABELS4[model.classes_[k]] for k in model.predict_proba(test_texts).argmax(axis=1)]
    return [NONE if p >= 0.5 else s for p, s in zip(p_none, stances)]


def article_folds(rows: list[dict], k: int = 5) -> list[set]:
    """The ids of the statements found in articles (author ``extraction-articles``), in ``k`` folds by article:
    articles in sorted order, dealt round-robin, so each fold holds whole articles."""
    by_article: dict[str, set] = {}
    for r in rows:
        if r.get("author") == "extraction-articles":
            by_article.setdefault(r["source"], set()).add(r["id"])
    folds = [set() for _ in range(k)]
    for i, a in enumerate(sorted(by_article)):
        folds[i % k] |= by_article[a]
    return folds


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
    ap.add_argument("--only", default="topics,articles,seed",
                    help="evaluations to run (the rest kept from --out); articles-minilm needs stance[embed]")
    args = ap.parse_args(argv)
    only = set(args.only.split(","))
    from joblib import Parallel, delayed

    t0 = time.perf_counter()
    cfg = ModelConfig()
    rows = read(Path(args.data))
    topics = sorted({r["topic"] for r in rows})
    out = Path(args.out)
    result = {"data": "data/statements.jsonl", "designs": {}}
    if only != {"topics", "articles", "seed"} and out.exists():
        result = json.loads(out.read_text(encoding="utf-8"))

    def one(design, topic):
        train = [r for r in rows if r["topic"] != topic]
        test = [r for r in rows if r["topic"] == topic]
        return [r["label"] for r in test], design(train, [r["text"] for r in test], cfg)

    seed = read(ROOT / "data" / "seed-article-positions.jsonl")
    not_seed = [r for r in rows if not str(r.get("source", "")).startswith("data/articles/")]
    articles = article_folds(rows)

    def fold(design, test_ids, config=cfg):
        train = [r for r in rows if r["id"] not in test_ids]
        test = [r for r in rows if r["id"] in test_ids]
        return [r["label"] for r in test], design(train, [r["text"] for r in test], config)

    if "articles-minilm" in only:  # the same ranking with the MiniLM block beside the n-grams (needs stance[embed])
        from dataclasses import replace

        mcfg = replace(cfg, blocks=("minilm",))
        per = [fold(partial(four_class, with_none_proba=True), ids, mcfg) for ids in articles]  # one process: embeddings cached
        d = result["designs"].setdefault("fourth class, n-grams + MiniLM", {})
        d["articles_by_article"] = measure([g for gs, _ in per for g in gs], [p for _, (ps, _) in per for p in ps])
        d["articles_by_article"]["p_none"] = ranking([g for gs, _ in per for g in gs],
                                                     [p for _, (_, ps) in per for p in ps])
    for name, design in (("fourth class", four_class), ("two-stage", two_stage)):
        d = result["designs"].setdefault(name, {})
        if "topics" in only:
            per = Parallel(n_jobs=-1)(delayed(one)(design, t) for t in topics)
            d["leave_one_topic_out"] = measure([g for gs, _ in per for g in gs], [p for _, ps in per for p in ps])
        if "articles" in only:
            per = Parallel(n_jobs=-1)(delayed(fold)(design, ids) for ids in articles)
            d["articles_by_article"] = measure([g for gs, _ in per for g in gs], [p for _, ps in per for p in ps])
            if design is four_class:  # could any threshold on P(none) reach the goal? (the ranking, not the argmax)
                per = Parallel(n_jobs=-1)(delayed(fold)(partial(four_class, with_none_proba=True), ids) for ids in articles)
                d["articles_by_article"]["p_none"] = ranking([g for gs, _ in per for g in gs],
                                                             [p for _, (_, ps) in per for p in ps])
        if "seed" in only:
            seed_pred = design(not_seed, [r["text"] for r in seed], cfg)
            d["seed_article"] = measure([r["label"] for r in seed], seed_pred)
    result.setdefault("seconds_by_evaluation", {})[args.only] = round(time.perf_counter() - t0, 1)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("relevance gate: none = no position on negotiating (goal on the seed article: at least 80 % of the "
          "statements with no position gated, at most 10 % of those with one)\n")
    print(f"{'design':<32} {'evaluation':<28} {'none P':>7} {'none R':>7} {'positions gated':>16} {'stance F1':>10}")
    for name, d in result["designs"].items():
        for ev, key in (("leave-one-topic-out", "leave_one_topic_out"), ("articles, 5 folds by article", "articles_by_article"),
                        ("seed article (hand-labeled)", "seed_article")):
            if key not in d:
                continue
            m = d[key]
            print(f"{name:<32} {ev:<28} {m['none_precision']:>7.3f} {m['none_recall']:>7.3f} "
                  f"{m['positions_gated']:>16.3f} {m['stance_macro_f1']:>10.3f}")
    for name, d in result["designs"].items():
        rk = d.get("articles_by_article", {}).get("p_none")
        if rk:
            print(f"\n{name}, articles: P(none) ranks the statements with no position above those with one with "
                  f"ROC AUC {rk['auc']:.3f}; the threshold that gates 10 % of the positions finds "
                  f"{rk['none_recall_at_10%_gated']:.3f} of them")
    print(f"\nseed article: {result['designs']['fourth class']['seed_article']['n']} statements, "
          f"{result['designs']['fourth class']['seed_article']['none_gold']} with no position; written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
