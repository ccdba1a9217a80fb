#!/usr/bin/env python
"""Feature blocks beyond word counts, against leave-one-topic-out, leave-one-author-out and throughput.

Blocks, each added to the default hashed word + char TF-IDF model (logistic regression, same C and weights):

* **scope**: negation and condition scope marked in the words: the few words after "not", "never", "no",
  "unless", "until", "only if", "without", "cannot", "won't", ... are added again with a `neg_` or `cond_` prefix,
  so "not ... until" and "never ... with" become features of their own;
* **rules**: the 53 labeling rules' votes (one indicator per rule and label), stacked beside the n-grams.

The choice rule is fixed before the run: a block becomes the default only if it gains at least 0.02 macro-F1
on both leave-one-topic-out and leave-one-author-out, and the model still predicts at least 5,000 statements/s.
(The MiniLM sentence-embedding block is not measured here: it is not built.) Stance rows only (three labels).

    python scripts/bench_features.py [--out scripts/results/features.json]
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

    def __init__(self, scope: bool = False, rules: bool = False, cfg: ModelConfig | None = None):
        self.scope, self.rules, self.cfg = scope, rules, cfg or ModelConfig()

    def _x(self, texts, fit: bool):
        import numpy as np
        from scipy import sparse

        texts = [mark_scope(t) for t in texts] if self.scope else list(texts)
        X = self.features.fit_transform(texts) if fit else self.features.transform(texts)
        if self.rules:
            from stance.rules import VOTE_LABELS, apply_rules

            L = apply_rules(texts)
            rows, cols = np.nonzero(L >= 0)
            R = sparse.csr_matrix((np.ones(len(rows)), (rows, cols * len(VOTE_LABELS) + L[rows, cols])),
                                  shape=(len(texts), L.shape[1] * len(VOTE_LABELS)))
            X = sparse.hstack([X, R]).tocsr()
        return X

    def fit(self, texts, y):
        pipe = build_pipeline(self.cfg)
        self.features, self.clf = pipe.named_steps["features"], pipe.named_steps["clf"]
        self.clf.fit(self._x(texts, True), y)
        return self

    def predict(self, texts):
        return self.clf.predict(self._x(texts, False))


BLOCKS = {"default (word + char n-grams)": {}, "+ scope": {"scope": True}, "+ rules": {"rules": True},
          "+ scope + rules": {"scope": True, "rules": True}}


def one(texts, y, keys, held, opts):
    from sklearn.metrics import f1_score

    tr = [i for i, k in enumerate(keys) if k != held]
    te = [i for i, k in enumerate(keys) if k == held]
    m = Model(**opts).fit([texts[i] for i in tr], [y[i] for i in tr])
    return float(f1_score([y[i] for i in te], m.predict([texts[i] for i in te]), average="macro"))


def main(argv=None) -> int:
    from joblib import Parallel, delayed

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "scripts" / "results" / "features.json"))
    args = ap.parse_args(argv)
    data = read_labeled(ROOT / "data" / "statements.jsonl")
    texts, y = list(data.texts), list(data.y)
    topics, authors = list(data.column("topic")), list(data.column("author"))
    briefs = sorted({a for a in authors if a != "seed-article"})
    results = {}
    for name, opts in BLOCKS.items():
        t0 = time.perf_counter()
        loto = Parallel(n_jobs=-1)(delayed(one)(texts, y, topics, t, opts) for t in sorted(set(topics)))
        loao = Parallel(n_jobs=-1)(delayed(one)(texts, y, authors, a, opts) for a in briefs)
        m = Model(**opts).fit(texts, y)
        sample = texts[:5000]
        t1 = time.perf_counter()
        m.predict(sample)
        speed = len(sample) / (time.perf_counter() - t1)
        results[name] = {"leave_one_topic_out": round(sum(loto) / len(loto), 4),
                         "leave_one_author_out": round(sum(loao) / len(loao), 4),
                         "statements_per_s_one_core": round(speed), "seconds": round(time.perf_counter() - t0, 1)}
        print(name, results[name], flush=True)
    base = results["default (word + char n-grams)"]
    for r in results.values():
        r["gain_topic"] = round(r["leave_one_topic_out"] - base["leave_one_topic_out"], 4)
        r["gain_author"] = round(r["leave_one_author_out"] - base["leave_one_author_out"], 4)
        r["meets_the_bar"] = r["gain_topic"] >= 0.02 and r["gain_author"] >= 0.02 and r["statements_per_s_one_core"] >= 5000
    print(f"\n{'block':<30} {'topic-out':>9} {'author-out':>10} {'gain':>13} {'stmts/s (pipeline)':>19}")
    for name, r in results.items():
        print(f"{name:<30} {r['leave_one_topic_out']:>9.3f} {r['leave_one_author_out']:>10.3f} "
              f"{r['gain_topic']:>+6.3f}/{r['gain_author']:>+6.3f} {r['statements_per_s_one_core']:>19,}")
    Path(args.out).write_text(json.dumps({"command": "python scripts/bench_features.py", "blocks": results},
                                         indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
