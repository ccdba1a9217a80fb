"""How good is the default model on the shipped corpus, measured on data each model never saw.

1. a stratified held-out split (20 %, seed 0; contrast groups kept whole), exactly as `stance train` splits;
2. leave-one-negotiation-out: train on every topic but one, test on that one, for each topic;
3. leave-one-author-out: train without one brief's rows, test on them, for each brief (the figure that
   predicts how the model does on text from outside the team; the seed article is not a brief);
4. the learning curve: leave-one-topic-out at 1/8, 1/4, 1/2 and all of the rows;
5. beside the model: the plain-TF-IDF model, the rule vote alone, a model trained on rule labels only,
   and the majority class, on the same test data; and the seed article's real quotes.

Rows labeled `none` (no position) are left out: the stance model is trained on the three stances.
Prints tables and writes a JSON result.

    python scripts/corpus_report.py [data/statements.jsonl] [--out scripts/results/corpus_report.json]
    python scripts/corpus_report.py --quick        # a small sample, seconds, for the test suite
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.corpus import read_labeled  # noqa: E402
from stance.evaluate import (contrast_groups, fit_predict, group_splits, held_out_split,  # noqa: E402
                             majority_baseline, rule_trained_scores, rules_baseline, scores)
from stance.model import ModelConfig  # noqa: E402

FRACTIONS = (0.125, 0.25, 0.5, 1.0)
SEED_SOURCE = "data/articles/"
SEED_AUTHOR = "seed-article"


def brief(s):
    return None if s is None else {"accuracy": round(s["accuracy"], 4), "macro_f1": round(s["macro_f1"], 4), "n": s["n"]}


def _model_scores(tr_t, tr_g, te_t, te_g, labels, cfg):
    return scores(te_g, fit_predict(tr_t, tr_g, te_t, labels, cfg), labels)


def evaluate_split(texts, gold, labels, train_idx, test_idx, cfg, other_cfg=None, full=True):
    """Every system on one train/test split; ``full=False`` scores the model and majority only."""
    tr_t = [texts[i] for i in train_idx]
    te_t = [texts[i] for i in test_idx]
    tr_g = [gold[i] for i in train_idx]
    te_g = [gold[i] for i in test_idx]
    out = {"model": _model_scores(tr_t, tr_g, te_t, te_g, labels, cfg),
           "majority": majority_baseline(tr_g, te_g, labels)}
    if full:
        out.update(other_features=_model_scores(tr_t, tr_g, te_t, te_g, labels, other_cfg) if other_cfg else None,
                   rules=rules_baseline(te_t, te_g, labels),
                   rule_trained=rule_trained_scores(tr_t, te_t, te_g, labels, cfg))
    return out


def leave_one_out(texts, gold, labels, keys, cfg, other_cfg, *, rows=None, full=True, only=None):
    """{held-out key: scores} training on every other key, over ``rows`` (default: all); with ``only``, just the
    keys of those rows are held out in turn (the splits are stance.evaluate.group_splits)."""
    from joblib import Parallel, delayed

    splits = group_splits(keys, rows, only)
    per = Parallel(n_jobs=-1)(delayed(evaluate_split)(texts, gold, labels, train_idx, test_idx, cfg, other_cfg, full)
                              for _, train_idx, test_idx in splits)
    return {name: r for (name, _, _), r in zip(splits, per)}


def mean_of(per: dict, key: str, *, min_n: int = 0, weighted: bool = False):
    """The mean macro-F1 of one system over the held-out groups (those of at least ``min_n`` rows; with
    ``weighted``, each group counts by its size, so a 3-statement negotiation weighs what it holds)."""
    vals = [(r[key]["macro_f1"], r[key]["n"] if weighted else 1) for r in per.values()
            if r.get(key) and r[key]["n"] >= min_n]
    total = sum(w for _, w in vals)
    return round(sum(v * w for v, w in vals) / total, 4) if vals else None


def subsample(n: int, fraction: float, seed: int, groups: list[str] | None) -> list[int]:
    """A random ``fraction`` of the rows, whole contrast groups at a time."""
    keys = groups or [str(i) for i in range(n)]
    units = sorted(set(keys))
    random.Random(seed).shuffle(units)
    chosen = set(units[: max(1, round(fraction * len(units)))])
    return [i for i in range(n) if keys[i] in chosen]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default=str(ROOT / "data" / "statements.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "scripts" / "results" / "corpus_report.json"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--features", default="hashed", choices=["tfidf", "hashed"], help="the model's features")
    ap.add_argument("--classifier", default="logreg", choices=["logreg", "svm", "nb"])
    ap.add_argument("--quick", action="store_true", help="sample 300 rows and 3 topics: seconds, for tests")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    data = read_labeled(args.data)
    labels = data.labels
    cols = data.dataset.column_names
    texts = list(data.texts)
    gold = [labels[i] for i in data.y]
    topics = list(data.column("topic"))
    column = lambda c: list(data.dataset[c]) if c in cols else [None] * len(texts)  # noqa: E731
    sources, authors, group_col = column("source"), column("author"), column("group")
    if args.quick:
        # the three largest negotiations, so every fold and every fraction of the curve still holds all labels
        keep_topics = sorted(set(topics), key=lambda t: (-topics.count(t), t))[:3]
        idx = [i for i, t in enumerate(topics) if t in keep_topics]
        idx = sorted(random.Random(args.seed).sample(idx, min(300, len(idx))))
        texts, gold, topics, sources, authors, group_col = (
            [xs[i] for i in idx] for xs in (texts, gold, topics, sources, authors, group_col))
    cfg = ModelConfig(seed=args.seed, features=args.features, classifier=args.classifier)
    other = "tfidf" if args.features == "hashed" else "hashed"
    other_cfg = ModelConfig(seed=args.seed, features=other, classifier=args.classifier)
    n = len(texts)
    groups = contrast_groups(group_col)

    # Exactly as `stance train` splits, so both report the same held-out rows.
    tr, te = held_out_split([labels.index(g) for g in gold], 0.2, args.seed, groups)
    split = evaluate_split(texts, gold, labels, tr, te, cfg, other_cfg)
    # Real quotes nobody here wrote: the seed article's statements, with the model trained on everything else.
    seed_idx = [i for i, s in enumerate(sources) if s and s.startswith(SEED_SOURCE)]
    real = None
    if seed_idx and not args.quick:
        seed_set = set(seed_idx)
        real = evaluate_split(texts, gold, labels, [i for i in range(n) if i not in seed_set], seed_idx, cfg, other_cfg)

    loto = leave_one_out(texts, gold, labels, topics, cfg, other_cfg)
    loao = None
    # Leave-one-author-out holds out each brief in turn; the seed article's real quotes are not a brief (they are
    # scored on their own above), so they stay in every training set and are never a held-out "author".
    briefs = [i for i, a in enumerate(authors) if a and a != SEED_AUTHOR]
    if len({authors[i] for i in briefs}) >= 2:
        loao = leave_one_out(texts, gold, labels, authors, cfg, other_cfg, rows=list(range(n)), only=briefs)
    curve = []
    for frac in FRACTIONS:
        rows = subsample(n, frac, args.seed, groups) if frac < 1 else list(range(n))
        per = loto if frac == 1 else leave_one_out(texts, gold, labels, topics, cfg, other_cfg, rows=rows, full=False)
        curve.append({"fraction": frac, "rows": len(rows), "loto_mean_macro_f1": mean_of(per, "model")})

    systems = ("model", "other_features", "majority", "rules", "rule_trained")
    result = {
        "data": str(Path(args.data).resolve().relative_to(ROOT)) if Path(args.data).resolve().is_relative_to(ROOT) else args.data,
        "data_sha256": data.sha256, "rows": n, "left_out_none": data.left_out_none, "labels": labels,
        "seed": args.seed, "quick": args.quick, "config": cfg.as_dict(), "other_features": other,
        "split": {"description": f"stratified 20% held-out, seed {args.seed}"
                                 + (", contrast groups kept whole" if groups else ""),
                  **{k: brief(v) for k, v in split.items()},
                  "per_label_f1": {lab: round(v["f1"], 4) for lab, v in split["model"]["per_label"].items()},
                  "rules_coverage": round(split["rules"]["coverage"], 4) if split["rules"] else None},
        "leave_one_topic_out": {
            "per_topic": {g: {k: brief(v) for k, v in r.items()} for g, r in loto.items()},
            "mean_macro_f1": {k: mean_of(loto, k) for k in systems},
            "weighted_mean_macro_f1": {k: mean_of(loto, k, weighted=True) for k in systems},
            "mean_macro_f1_200_plus": {k: mean_of(loto, k, min_n=200) for k in systems},
            "topics_200_plus": sum(1 for r in loto.values() if r["model"]["n"] >= 200),
        },
        "leave_one_author_out": None if loao is None else {
            "per_author": {g: {k: brief(v) for k, v in r.items()} for g, r in loao.items()},
            "mean_macro_f1": {k: mean_of(loao, k) for k in systems},
        },
        "learning_curve": curve,
        "seed_article_real_quotes": None if real is None else {
            "description": "statements quoted in data/articles/ (real news, nobody here wrote them); model trained on all other rows",
            **{k: brief(v) for k, v in real.items()}},
        "seconds": round(time.perf_counter() - t0, 1),
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print_table(result)
    print(f"\nwritten to {out}")
    return 0


def print_table(r):
    def f(x):
        return "   -  " if x is None else f"{x['macro_f1']:.3f}"

    def g(m, k):
        return "   -  " if m[k] is None else f"{m[k]:.3f}"

    o = r["other_features"]
    lo, la = r["leave_one_topic_out"], r["leave_one_author_out"]
    print(f"{r['rows']} statements, {len(lo['per_topic'])} topics"
          + (f", {len(la['per_author'])} authors" if la else "") + "; macro-F1 on data each model never saw\n")
    head = f"{'evaluation':<34} {'model':>6} {o + ' model':>12} {'rules':>6} {'rule-trained':>12} {'majority':>8}"
    print(head)
    for title, key in (("leave-one-topic-out (mean)", "mean_macro_f1"),
                       ("  weighted by statements", "weighted_mean_macro_f1"),
                       (f"  the {lo.get('topics_200_plus')} with 200+ statements", "mean_macro_f1_200_plus")):
        m = lo.get(key)
        if m:
            print(f"{title:<34} {g(m, 'model'):>6} {g(m, 'other_features'):>12} {g(m, 'rules'):>6} "
                  f"{g(m, 'rule_trained'):>12} {g(m, 'majority'):>8}")
    if la:
        m = la["mean_macro_f1"]
        print(f"{'leave-one-author-out (mean)':<34} {g(m, 'model'):>6} {g(m, 'other_features'):>12} {g(m, 'rules'):>6} "
              f"{g(m, 'rule_trained'):>12} {g(m, 'majority'):>8}")
    s = r["split"]
    print(f"{'stratified 20% split':<34} {f(s['model']):>6} {f(s['other_features']):>12} {f(s['rules']):>6} "
          f"{f(s['rule_trained']):>12} {f(s['majority']):>8}")
    real = r.get("seed_article_real_quotes")
    if real:
        print(f"{'seed article, real quotes':<34} {f(real['model']):>6} {f(real['other_features']):>12} "
              f"{f(real['rules']):>6} {f(real['rule_trained']):>12} {f(real['majority']):>8}"
              f"  (n={real['model']['n']}, accuracy {real['model']['accuracy']:.3f})")
    print("\nlearning curve (leave-one-topic-out mean macro-F1 of the model)")
    for c in r["learning_curve"]:
        v = c["loto_mean_macro_f1"]
        print(f"  {c['fraction']:>6.3f} of the rows ({c['rows']:>5}): {'-' if v is None else f'{v:.3f}'}")
    for title, per in (("per held-out topic", lo["per_topic"]), ("per held-out author", la["per_author"] if la else {})):
        if not per:
            continue
        print(f"\n{title}")
        for t, x in per.items():
            print(f"  {t:<32} {f(x['model']):>6} {f(x['other_features']):>12} {f(x['rules']):>6} "
                  f"{f(x['rule_trained']):>12} {f(x['majority']):>8}  n={x['model']['n']}")


if __name__ == "__main__":
    sys.exit(main())
