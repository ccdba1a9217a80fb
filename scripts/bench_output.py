"""What `stance predict --format jsonl` spends beyond scoring: the JSON encoder, and start-up.

Prints a table and writes scripts/results/output.json:

* encoders: seconds to encode N prediction rows (text, label, confidence, probabilities) with the standard
  library's ``json.dumps``, msgspec and orjson (each only if installed), best of 3;
* start-up: the median of 5 cold runs of one `stance predict`, with OpenBLAS left to start a thread per core
  and with ``OPENBLAS_NUM_THREADS=1`` (what `stance predict` now sets), and of ``import numpy`` alone;
* the CLI on N statements (``--sizes``): wall and CPU seconds, statements/s and peak RSS.

    python scripts/bench_output.py --model models/negotiation-stance
    python scripts/bench_output.py --model M --sizes 10000,100000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def encoders(n: int) -> dict:
    rows = [{"text": f"We are ready to return to the table, number {i}, but only if the shelling stops.",
             "label": "conditional", "confidence": 0.912345,
             "probabilities": {"supportive": 0.0123456789012345, "conditional": 0.912345678901234,
                               "opposed": 0.07531234567891}} for i in range(n)]
    fns = {"json (stdlib)": lambda r: json.dumps(r, ensure_ascii=False).encode() + b"\n"}
    try:
        import msgspec

        enc = msgspec.json.Encoder()
        fns["msgspec"] = lambda r: enc.encode(r) + b"\n"
    except ImportError:
        pass
    try:
        import orjson

        fns["orjson"] = lambda r: orjson.dumps(r, option=orjson.OPT_APPEND_NEWLINE)
    except ImportError:
        pass
    out = {}
    for name, f in fns.items():
        best = min(_timed(lambda: [f(r) for r in rows]) for _ in range(3))
        out[name] = {"seconds": best, "rows_per_s": n / best}
    return out


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def startup(model: str, runs: int = 5) -> dict:
    def med(cmd, env=None):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    one = [sys.executable, "-m", "stance", "predict", "-m", model, "We will talk once the shelling stops."]
    many = {**os.environ, "OPENBLAS_NUM_THREADS": str(os.cpu_count() or 1)}
    return {"predict_one_s": med(one),
            "predict_one_openblas_all_cores_s": med(one, many),
            "import_numpy_s": med([sys.executable, "-c", "import numpy"], many),
            "import_numpy_openblas_1_s": med([sys.executable, "-c", "import numpy"],
                                             {**os.environ, "OPENBLAS_NUM_THREADS": "1"})}


def cli(model: str, n: int, tmp: Path) -> dict:
    from bench_speed import build_corpus

    corpus = build_corpus(ROOT / "data" / "statements.jsonl", n, 1, tmp / f"c{n}.jsonl")
    txt = tmp / f"p{n}.txt"
    with open(corpus, encoding="utf-8") as f, open(txt, "w", encoding="utf-8") as o:
        for line in f:
            o.write(" ".join(json.loads(line)["text"].split()) + "\n")
    t0 = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        proc = subprocess.Popen([sys.executable, "-m", "stance", "predict", "-m", model, "--input", str(txt),
                                 "--format", "jsonl", "--batch-size", "2000"], stdout=devnull)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    assert os.waitstatus_to_exitcode(status) == 0
    return {"statements": n, "wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "per_s": n / wall,
            "peak_rss_mb": usage.ru_maxrss / 1024}


def main(argv=None) -> int:
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--rows", type=int, default=100_000, help="rows for the encoder comparison")
    ap.add_argument("--out", type=Path, default=ROOT / "scripts" / "results" / "output.json")
    args = ap.parse_args(argv)
    res = {"machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]}, "cli": []}
    # The CLI first, while this process is small (a child's peak RSS is read from wait4).
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",") if s):
            res["cli"].append(cli(args.model, n, Path(tmp)))
    res["startup"] = startup(args.model)
    res["encoders"] = encoders(args.rows)
    lines = [f"| encoder | s per {args.rows:,} rows | rows/s |", "|---|---:|---:|"]
    lines += [f"| {k} | {v['seconds']:.3f} | {v['rows_per_s']:,.0f} |" for k, v in res["encoders"].items()]
    s = res["startup"]
    lines += ["", f"One `stance predict`: {s['predict_one_s']:.2f} s (with OpenBLAS on every core: "
                  f"{s['predict_one_openblas_all_cores_s']:.2f} s). `import numpy`: {s['import_numpy_s']:.2f} s, "
                  f"with OPENBLAS_NUM_THREADS=1 {s['import_numpy_openblas_1_s']:.2f} s.", "",
              "| statements | wall s | CPU s | statements/s | peak MB |", "|---:|---:|---:|---:|---:|"]
    lines += [f"| {c['statements']:,} | {c['wall_s']:.2f} | {c['cpu_s']:.2f} | {c['per_s']:,.0f} | "
              f"{c['peak_rss_mb']:.0f} |" for c in res["cli"]]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print("\n".join(lines))
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
