"""How good is the default model on the shipped corpus, measured four honest ways.

1. a stratified held-out split (20 %, seed 0);
2. leave-one-negotiation-out: train on every topic but one, test on that one, for each topic;
3. the rule vote alone on the same test data;
4. a model trained on rule labels only (no gold), tested on the same gold test data.

Prints a table and writes a JSON result.

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
from stance.evaluate import (fit_predict, majority_baseline, rule_trained_scores,  # noqa: E402
                             rules_baseline, scores)
from stance.model import ModelConfig  # noqa: E402


def brief(s):
    return None if s is None else {"accuracy": round(s["accuracy"], 4), "macro_f1": round(s["macro_f1"], 4), "n": s["n"]}


def _model_scores(tr_t, tr_g, te_t, te_g, labels, cfg):
    return scores(te_g, fit_predict(tr_t, tr_g, te_t, labels, cfg), labels)


def evaluate_split(texts, gold, labels, train_idx, test_idx, cfg, other_cfg=None):
    tr_t = [texts[i] for i in train_idx]
    te_t = [texts[i] for i in test_idx]
    tr_g = [gold[i] for i in train_idx]
    te_g = [gold[i] for i in test_idx]
    return {
        "model": _model_scores(tr_t, tr_g, te_t, te_g, labels, cfg),
        "other_features": _model_scores(tr_t, tr_g, te_t, te_g, labels, other_cfg) if other_cfg else None,
        "majority": majority_baseline(tr_g, te_g, labels),
        "rules": rules_baseline(te_t, te_g, labels),
        "rule_trained": rule_trained_scores(tr_t, te_t, te_g, labels, cfg),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default=str(ROOT / "data" / "statements.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "scripts" / "results" / "corpus_report.json"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--features", default="hashed", choices=["tfidf", "hashed"], help="the model's features")
    ap.add_argument("--classifier", default="logreg", choices=["logreg", "svm", "nb"])
    ap.add_argument("--quick", action="store_true", help="sample 300 rows and 3 topics: seconds, for tests")
    args = ap.parse_args(argv)

    from sklearn.model_selection import train_test_split

    t0 = time.perf_counter()
    data = read_labeled(args.data)
    labels = data.labels
    texts = list(data.texts)
    gold = [labels[i] for i in data.y]
    topics = list(data.column("topic"))
    if args.quick:
        keep_topics = sorted(set(topics))[:3]
        idx = [i for i, t in enumerate(topics) if t in keep_topics]
        idx = sorted(random.Random(args.seed).sample(idx, min(300, len(idx))))
        texts, gold, topics = [texts[i] for i in idx], [gold[i] for i in idx], [topics[i] for i in idx]
    cfg = ModelConfig(seed=args.seed, features=args.features, classifier=args.classifier)
    other = "tfidf" if args.features == "hashed" else "hashed"
    other_cfg = ModelConfig(seed=args.seed, features=other, classifier=args.classifier)
    sources = list(data.column("source")) if "source" in data.dataset.column_names else [""] * len(texts)
    if args.quick:
        sources = [sources[i] for i in idx]
    n = len(texts)

    # Stratified on label ids, exactly as `stance train` splits, so both report the same held-out rows.
    tr, te = train_test_split(list(range(n)), test_size=0.2, stratify=[labels.index(g) for g in gold],
                              random_state=args.seed)
    split = evaluate_split(texts, gold, labels, sorted(tr), sorted(te), cfg, other_cfg)
    # Real quotes nobody here wrote: the seed article's statements, with the model trained on everything else.
    seed_idx = [i for i, s in enumerate(sources) if s and s.startswith("data/articles/")]
    real = None
    if seed_idx and not args.quick:
        rest = [i for i in range(n) if i not in set(seed_idx)]
        real = evaluate_split(texts, gold, labels, rest, seed_idx, cfg, other_cfg)

    from joblib import Parallel, delayed

    names = sorted(set(topics))
    per = Parallel(n_jobs=-1)(delayed(evaluate_split)(
        texts, gold, labels, [i for i in range(n) if topics[i] != g], [i for i in range(n) if topics[i] == g], cfg,
        other_cfg) for g in names)
    loto = dict(zip(names, per))

    def mean(key):
        vals = [r[key]["macro_f1"] for r in loto.values() if r.get(key)]
        return round(sum(vals) / len(vals), 4) if vals else None

    result = {
        "data": str(Path(args.data).resolve().relative_to(ROOT)) if Path(args.data).resolve().is_relative_to(ROOT) else args.data,
        "data_sha256": data.sha256, "rows": n, "labels": labels, "seed": args.seed, "quick": args.quick,
        "config": cfg.as_dict(), "other_features": other,
        "split": {"description": f"stratified 20% held-out, seed {args.seed}",
                  **{k: brief(v) for k, v in split.items()},
                  "per_label_f1": {lab: round(v["f1"], 4) for lab, v in split["model"]["per_label"].items()},
                  "rules_coverage": round(split["rules"]["coverage"], 4) if split["rules"] else None},
        "leave_one_topic_out": {
            "per_topic": {g: {k: brief(v) for k, v in r.items()} for g, r in loto.items()},
            "mean_macro_f1": {k: mean(k) for k in ("model", "other_features", "majority", "rules", "rule_trained")},
        },
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

    s = r["split"]
    lo = r["leave_one_topic_out"]
    print(f"{r['rows']} statements, {len(lo['per_topic'])} topics; macro-F1 on data each model never saw\n")
    o = r["other_features"]
    print(f"{'evaluation':<34} {'model':>6} {o + ' model':>12} {'rules':>6} {'rule-trained':>12} {'majority':>8}")
    print(f"{'stratified 20% split':<34} {f(s['model']):>6} {f(s['other_features']):>12} {f(s['rules']):>6} "
          f"{f(s['rule_trained']):>12} {f(s['majority']):>8}")
    m = lo["mean_macro_f1"]
    g = lambda k: "   -  " if m[k] is None else f"{m[k]:.3f}"  # noqa: E731
    print(f"{'leave-one-topic-out (mean)':<34} {g('model'):>6} {g('other_features'):>12} {g('rules'):>6} "
          f"{g('rule_trained'):>12} {g('majority'):>8}")
    real = r.get("seed_article_real_quotes")
    if real:
        print(f"{'seed article, real quotes':<34} {f(real['model']):>6} {f(real['other_features']):>12} "
              f"{f(real['rules']):>6} {f(real['rule_trained']):>12} {f(real['majority']):>8}"
              f"  (n={real['model']['n']}, accuracy {real['model']['accuracy']:.3f})")
    print("\nper held-out topic")
    for t, x in lo["per_topic"].items():
        print(f"  {t:<32} {f(x['model']):>6} {f(x['other_features']):>12} {f(x['rules']):>6} {f(x['rule_trained']):>12} "
              f"{f(x['majority']):>8}  n={x['model']['n']}")


if __name__ == "__main__":
    sys.exit(main())
