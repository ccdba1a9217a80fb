"""Model load time by file format: joblib (pickle), skops (trusted-type list) and the hashed model's fast.npz.

Trains the default model on the shipped corpus in each format, then times loading each one: the median of
`--runs` loads in this process (imports already paid, so only the file format counts), plus one cold
`stance predict` per format. Prints a table and writes a JSON result.

    python scripts/bench_load.py
    python scripts/bench_load.py --quick      # the tiny test data, 3 runs
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT / "data" / "statements.jsonl"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", type=Path, default=ROOT / "scripts" / "results" / "load.json")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    if args.quick:
        args.data, args.runs = str(ROOT / "tests" / "data" / "tiny.jsonl"), 3

    from stance.model import ModelConfig
    from stance.modelfile import load_model, load_scorer
    from stance.training import TrainOptions, train

    rows = []
    with tempfile.TemporaryDirectory(prefix="stance-load-") as tmp:
        for features in ("hashed", "tfidf"):
            for fmt in ("joblib", "skops"):
                out = Path(tmp) / f"{features}-{fmt}"
                train(args.data, out, ModelConfig(features=features), TrainOptions(test_size=0, serializer=fmt))
                size = (out / f"model.{fmt}").stat().st_size / 1e6
                load_model(out)  # warm the imports
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    load_model(out)
                    times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "stance", "predict", "-m", str(out), "We will talk."],
                               check=True, capture_output=True)
                cold = time.perf_counter() - t0
                rows.append({"features": features, "format": fmt, "file_mb": round(size, 2),
                             "load_s": round(statistics.median(times), 4), "cold_predict_s": round(cold, 2)})
                if features == "hashed" and fmt == "joblib":
                    load_scorer(out)
                    times = []
                    for _ in range(args.runs):
                        t0 = time.perf_counter()
                        load_scorer(out)
                        times.append(time.perf_counter() - t0)
                    rows.append({"features": features, "format": "fast.npz (what predict loads)",
                                 "file_mb": round((out / "fast.npz").stat().st_size / 1e6, 2),
                                 "load_s": round(statistics.median(times), 4), "cold_predict_s": round(cold, 2)})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"data": args.data, "runs": args.runs, "rows": rows}, indent=2) + "\n")
    print("| features | format | file MB | load s (median, warm imports) | cold `stance predict` s |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['features']} | {r['format']} | {r['file_mb']} | {r['load_s']} | {r['cold_predict_s']} |")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
