"""Quality on public stance data: SemEval-2016 Task 6 (subtask A), with the project's own trainer.

For each candidate setting (public `stance train` options only) and each of the five targets: train on
the target's training split and predict its validation split. The setting with the best F_avg over all
validation tweets pooled is chosen (one choice for all targets: each target's validation split alone is
too small to choose on; the test split is never looked at). Then, per target, the chosen setting is
retrained on train + validation with `stance train`, the test split is predicted with `stance predict`,
and scored. F_avg = (F1(FAVOR) + F1(AGAINST)) / 2, as in the official scorer.

The data is not redistributable: pass its folder; nothing of it is written inside this repository.

    python scripts/bench_semeval.py ../shared/benchmarks/semeval2016-stance
    python scripts/bench_semeval.py ../shared/benchmarks/semeval2016-stance --quick   # one target, one setting
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ["abortion", "atheism", "climate", "feminist", "hillary"]
PUBLISHED = {"majority class": 65.22, "SVM word+char n-grams (Mohammad et al. 2016)": 68.98, "MITRE (best team)": 67.82}
#: Candidate settings, each a list of `stance train` options; chosen per target on the validation split.
CANDIDATES = {
    "default (hashed, logreg C=4, words 1-2)": [],
    "hashed, logreg C=16, words 1-3": ["-C", "16", "--word-ngram", "1-3"],
    "hashed, logreg C=4, unweighted": ["--class-weight", "none"],
    "hashed, svm C=0.5, words 1-3": ["--classifier", "svm", "-C", "0.5", "--word-ngram", "1-3"],
    "tfidf, logreg C=4, words 1-3": ["--features", "tfidf", "--word-ngram", "1-3"],
    "tfidf, svm C=0.1, words 1-3": ["--features", "tfidf", "--classifier", "svm", "-C", "0.1", "--word-ngram", "1-3"],
    "tfidf, svm C=0.5, words 1-3": ["--features", "tfidf", "--classifier", "svm", "-C", "0.5", "--word-ngram", "1-3"],
    "tfidf, svm C=0.5, words 1-3, unweighted": ["--features", "tfidf", "--classifier", "svm", "-C", "0.5",
                                                "--word-ngram", "1-3", "--class-weight", "none"],
    "nb (hashed)": ["--classifier", "nb"],
}


def read_split(folder: Path, target: str, split: str) -> list[dict]:
    names = dict(line.split("\t") for line in (folder / "mapping.txt").read_text().splitlines() if line.strip())
    texts = (folder / target / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
    labels = (folder / target / f"{split}_labels.txt").read_text().split()
    assert len(texts) == len(labels), (target, split)
    # #SemST is the organisers' collection tag on almost every tweet: a constant, not evidence.
    return [{"text": t.replace("#SemST", "").strip() or t.strip(), "label": names[l]} for t, l in zip(texts, labels)]


def write_jsonl(rows, path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def stance(*args) -> str:
    r = subprocess.run([sys.executable, "-m", "stance", *map(str, args)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"stance {' '.join(map(str, args))} failed: {r.stderr.strip()}")
    return r.stdout


def predict(model: Path, rows: list[dict], tmp: Path) -> list[str]:
    out = stance("predict", "-m", model, "--input", write_jsonl(rows, tmp / "to_predict.jsonl"), "--format", "jsonl")
    return [json.loads(x)["label"] for x in out.splitlines()]


def f_avg(gold: list[str], pred: list[str]) -> float:
    from sklearn.metrics import f1_score

    f = f1_score(gold, pred, labels=["favor", "against"], average=None, zero_division=0)
    return float(f.mean()) * 100


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="the semeval2016-stance folder (see its README)")
    ap.add_argument("--out", type=Path, default=ROOT / "scripts" / "results" / "semeval.json")
    ap.add_argument("--quick", action="store_true", help="one target, one candidate: seconds, for the test suite")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if not (args.folder / "mapping.txt").exists():
        raise SystemExit(f"{args.folder}: not the semeval2016-stance folder (no mapping.txt)")
    targets = TARGETS[:1] if args.quick else TARGETS
    candidates = dict(list(CANDIDATES.items())[:1]) if args.quick else CANDIDATES
    t0 = time.perf_counter()
    per_target, pooled_gold, pooled_pred, pooled_major = {}, [], [], []
    with tempfile.TemporaryDirectory(prefix="stance-semeval-") as tmpdir:
        tmp = Path(tmpdir)
        splits = {t: {s: read_split(args.folder, t, s) for s in ("train", "val", "test")} for t in targets}
        val_scores = {}
        for name, opts in candidates.items():
            gold, pred = [], []
            for target in targets:
                train, val = splits[target]["train"], splits[target]["val"]
                stance("train", write_jsonl(train, tmp / "train.jsonl"), "--test", write_jsonl(val, tmp / "val.jsonl"),
                       "--out", tmp / "m", "--seed", args.seed, *opts)
                gold += [r["label"] for r in val]
                pred += predict(tmp / "m", val, tmp)
            val_scores[name] = f_avg(gold, pred)
            print(f"validation F_avg {val_scores[name]:6.2f}  {name}", file=sys.stderr)
        best = max(val_scores, key=lambda k: (val_scores[k], -list(candidates).index(k)))
        for target in targets:
            train, val, test = (splits[target][s] for s in ("train", "val", "test"))
            both = write_jsonl(train + val, tmp / "train_val.jsonl")
            stance("train", both, "--test-size", "0", "--out", tmp / "m", "--seed", args.seed, *candidates[best])
            gold = [r["label"] for r in test]
            pred = predict(tmp / "m", test, tmp)
            counts = {}
            for r in train + val:
                counts[r["label"]] = counts.get(r["label"], 0) + 1
            major = max(sorted(counts), key=counts.get)
            per_target[target] = {"test_f_avg": round(f_avg(gold, pred), 2),
                                  "majority_f_avg": round(f_avg(gold, [major] * len(gold)), 2), "n_test": len(gold)}
            pooled_gold += gold
            pooled_pred += pred
            pooled_major += [major] * len(gold)
            print(f"{target:<10} test F_avg {per_target[target]['test_f_avg']:6.2f}", file=sys.stderr)
    result = {
        "benchmark": "SemEval-2016 Task 6 subtask A (TweetEval copy), test split",
        "metric": "F_avg = (F1(favor) + F1(against)) / 2, x100",
        "quick": args.quick, "seed": args.seed,
        "chosen_on_validation": best, "candidates": {k: {"options": candidates[k], "val_pooled_f_avg": round(v, 2)}
                                                     for k, v in val_scores.items()},
        "targets": per_target,
        "pooled_f_avg": round(f_avg(pooled_gold, pooled_pred), 2),
        "mean_per_target_f_avg": round(sum(t["test_f_avg"] for t in per_target.values()) / len(per_target), 2),
        "majority_pooled_f_avg": round(f_avg(pooled_gold, pooled_major), 2),
        "majority_mean_per_target_f_avg": round(sum(t["majority_f_avg"] for t in per_target.values()) / len(per_target), 2),
        "published_pooled_f_avg": PUBLISHED,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(render(result))
    print(f"\nwritten to {args.out}")
    return 0


def render(r: dict) -> str:
    lines = [f"Setting chosen on the validation splits: {r['chosen_on_validation']} "
             f"(`stance train {' '.join(r['candidates'][r['chosen_on_validation']]['options'])}`)", "",
             "| target | test F_avg | majority F_avg | n |", "|---|---|---|---|"]
    for t, x in r["targets"].items():
        lines.append(f"| {t} | {x['test_f_avg']:.2f} | {x['majority_f_avg']:.2f} | {x['n_test']} |")
    lines.append(f"| **pooled (official)** | **{r['pooled_f_avg']:.2f}** | {r['majority_pooled_f_avg']:.2f} | "
                 f"{sum(x['n_test'] for x in r['targets'].values())} |")
    lines.append(f"| mean of per-target | {r['mean_per_target_f_avg']:.2f} | {r['majority_mean_per_target_f_avg']:.2f} | |")
    lines.append("")
    lines.append("Published (pooled F_avg): " + "; ".join(f"{k} {v}" for k, v in r["published_pooled_f_avg"].items()))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
