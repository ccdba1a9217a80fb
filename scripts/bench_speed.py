"""Speed, memory and scale of `stance`, side by side with fastText, on corpora built from the shipped one.

For each size (10k, 100k, 1M statements, made by recombining sentences of data/statements.jsonl, not by
repeating lines): training time, prediction throughput (from a file through the CLI, and through the
Python function), peak memory (RSS) of each CLI run, model size on disk, and the ratio to fastText.
Also CLI start-up: the median of 5 cold runs of `stance --help` and of one `stance predict`, beside the
time to import scikit-learn (the floor for a model that needs it).

fastText is not a dependency of stance: give a Python that has it (`--fasttext-python`), e.g. a separate
venv with `pip install fasttext-numpy2-wheel` (trained with thread=11: 0.9.3 builds fail with "Encountered
NaN" at fewer threads, see the issue) or `fasttext-wheel` 0.9.2 with numpy<2.

    python scripts/bench_speed.py --fasttext-python /tmp/ftenv/bin/python
    python scripts/bench_speed.py --quick          # 2k statements, seconds, for the test suite
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STANCE = [sys.executable, "-m", "stance"]
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'‘])")


def build_corpus(source: Path, n: int, seed: int, out: Path) -> Path:
    """n statements, each 1-3 sentences drawn from different corpus statements of one label."""
    rows = [json.loads(x) for x in source.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_label: dict[str, list[str]] = {}
    for r in rows:
        by_label.setdefault(r["label"], []).extend(s for s in _SENT.split(r["text"]) if len(s) > 3)
    labels = sorted(by_label)
    rng = random.Random(seed)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            lab = labels[i % len(labels)]
            pool = by_label[lab]
            k = rng.choice((1, 1, 2, 2, 3))
            text = " ".join(rng.choice(pool) for _ in range(k))
            f.write(json.dumps({"id": f"s{i}", "text": text, "label": lab}, ensure_ascii=False) + "\n")
    return out


def split_source(source: Path, tmp: Path) -> tuple[Path, Path]:
    """Every fifth statement of the shipped corpus (by a hash of its id) is held out: corpora are built from the
    rest, and each model's macro-F1 is measured on the held-out real statements, which no corpus line contains."""
    import hashlib

    pool, held = [], []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            (held if int(hashlib.sha256(r["id"].encode()).hexdigest(), 16) % 5 == 0 else pool).append(line)
    (tmp / "pool.jsonl").write_text("\n".join(pool) + "\n", encoding="utf-8")
    (tmp / "held_out.jsonl").write_text("\n".join(held) + "\n", encoding="utf-8")
    return tmp / "pool.jsonl", tmp / "held_out.jsonl"


def held_out_f1(model: Path, held: Path) -> float:
    r = subprocess.run(STANCE + ["evaluate", str(model), str(held), "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError((r.stderr.strip().splitlines() or ["evaluate failed"])[-1][:200])
    return json.loads(r.stdout)["test"]["macro_f1"]


MEMORY_LIMIT_GB = 16  # a child that needs more fails with MemoryError instead of starving the machine


def _limit_memory():
    import resource

    limit = MEMORY_LIMIT_GB * 1024 ** 3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_measured(cmd: list[str], stdout=subprocess.DEVNULL, env=None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env, preexec_fn=_limit_memory)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError((err.strip().splitlines() or ["failed"])[-1][:200])
    return wall, usage.ru_maxrss / 1024


def dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


FASTTEXT_SCRIPT = r"""
import json, sys, time, resource
import fasttext
train, test, model_path, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
t0 = time.perf_counter()
m = fasttext.train_supervised(input=train, epoch=10, wordNgrams=2, minn=2, maxn=5, dim=50, thread=threads,
                              verbose=0, seed=0)
train_s = time.perf_counter() - t0
m.save_model(model_path)
lines = [l.rstrip("\n") for l in open(test, encoding="utf-8")]
runs = []
for _ in range(int(sys.argv[5])):
    t0 = time.perf_counter()
    for i in range(0, len(lines), 10000):
        m.predict(lines[i:i + 10000], k=-1)
    runs.append(time.perf_counter() - t0)
pred_s = sorted(runs)[len(runs) // 2]
print(json.dumps({"train_s": train_s, "predict_s": pred_s, "predict_runs_s": runs, "n": len(lines),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def bench_fasttext(py: str, corpus: Path, tmp: Path, threads: int, repeats: int = 1) -> dict:
    ft_train = tmp / "ft_train.txt"
    ft_test = tmp / "ft_test.txt"
    with open(corpus, encoding="utf-8") as f, open(ft_train, "w", encoding="utf-8") as tr, \
            open(ft_test, "w", encoding="utf-8") as te:
        for line in f:
            r = json.loads(line)
            text = " ".join(r["text"].split())
            tr.write(f"__label__{r['label']} {text}\n")
            te.write(text + "\n")
    script = tmp / "ft.py"
    script.write_text(FASTTEXT_SCRIPT)
    r = subprocess.run([py, str(script), str(ft_train), str(ft_test), str(tmp / "ft.bin"), str(threads), str(repeats)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return {"error": r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "failed"}
    out = json.loads(r.stdout.strip().splitlines()[-1])
    out["throughput"] = out["n"] / out["predict_s"]
    out["model_mb"] = (tmp / "ft.bin").stat().st_size / 1e6
    return out


def bench_stance(corpus: Path, tmp: Path, features: str, n: int, held: Path | None = None,
                 trainer: str = "in-memory", predict: bool = True, repeats: int = 1) -> dict:
    """Train (``trainer``: in-memory batch or out-of-core), score the held-out statements, and (``predict``)
    predict the corpus through the CLI (the median of ``repeats`` runs) and through the Python function."""
    name = features if trainer == "in-memory" else "out-of-core"
    model = tmp / f"model-{name}"
    txt = tmp / "predict.txt"
    train_s, train_rss = run_measured(STANCE + ["train", str(corpus), "--out", str(model), "--test-size", "0",
                                                "--features", features, f"--{trainer}"])
    out = {"train_s": train_s, "train_peak_rss_mb": train_rss, "model_mb": dir_size_mb(model), "trainer": trainer}
    if held is not None:
        out["held_out_macro_f1"] = held_out_f1(model, held)
    meta = json.loads((model / "metadata.json").read_text(encoding="utf-8"))
    out["input_bytes_per_statement"] = corpus.stat().st_size / n
    if "trainer" in meta:
        out["passes"] = meta["trainer"]["passes_run"]
        out["scan_s"] = meta["timings"].get("scan_s")
        out["update_s"] = meta["timings"].get("update_s")  # partial_fit: what stays in one place on Dask
    if not predict:
        return out
    if not txt.exists():
        with open(corpus, encoding="utf-8") as f, open(txt, "w", encoding="utf-8") as o:
            for line in f:
                o.write(" ".join(json.loads(line)["text"].split()) + "\n")
    runs = []
    with open(os.devnull, "w") as devnull:
        for _ in range(repeats):
            runs.append(run_measured(STANCE + ["predict", "-m", str(model), "--input", str(txt),
                                               "--format", "jsonl", "--batch-size", "2000"], stdout=devnull))
    pred_s = sorted(r[0] for r in runs)[len(runs) // 2]
    pred_rss = max(r[1] for r in runs)
    # The Python function, in this process: batches of 2000, model already loaded.
    from stance.prediction import Predictor

    pred = Predictor.load(model)
    texts = txt.read_text(encoding="utf-8").splitlines()[: min(n, 200_000)]
    t0 = time.perf_counter()
    for i in range(0, len(texts), 2000):
        pred.scorer.predict_proba(texts[i:i + 2000])
    fn_s = time.perf_counter() - t0
    return {**out, "cli_predict_s": pred_s, "cli_predict_runs_s": [r[0] for r in runs], "cli_throughput": n / pred_s,
            "cli_predict_peak_rss_mb": pred_rss, "function_throughput": len(texts) / fn_s}


def bench_dask(model: Path, corpus: Path, tmp: Path, n: int, partitions: int = 8) -> dict:
    """Throughput of `--engine dask` with 1 and 2 local worker processes (cluster start-up timed apart)."""
    import logging

    from distributed import Client, LocalCluster

    from stance.distributed import predict_partitions

    parts = tmp / "partitions"
    parts.mkdir(exist_ok=True)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    size = -(-len(lines) // partitions)
    for i in range(partitions):
        (parts / f"part-{i:02d}.jsonl").write_text("\n".join(lines[i * size:(i + 1) * size]) + "\n", encoding="utf-8")
    out = {}
    for workers in (1, 2):
        t0 = time.perf_counter()
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=logging.ERROR) as cluster, Client(cluster):
            start_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            res = predict_partitions(str(model), str(parts), str(tmp / f"dask-out-{workers}"),
                                     scheduler=cluster.scheduler_address)
            wall = time.perf_counter() - t0
        assert res["rows_out"] == n and not res["failed"], res
        out[str(workers)] = {"cluster_start_s": start_s, "predict_s": wall, "throughput": n / wall}
    return out


def startup(model: Path, runs: int = 5) -> dict:
    def med(cmd):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    return {
        "help_s": med(STANCE + ["--help"]),
        "predict_one_s": med(STANCE + ["predict", "-m", str(model), "We will talk once the shelling stops."]),
        "import_sklearn_floor_s": med([sys.executable, "-c", "import sklearn.linear_model, sklearn.pipeline"]),
        "python_floor_s": med([sys.executable, "-c", "pass"]),
    }


def compile_package() -> str:
    """Compile stance's bytecode, as `pip install` does for a regular install: an editable install under
    PYTHONDONTWRITEBYTECODE=1 (this machine's default) compiles every module from source at each CLI start,
    0.03 s of a 0.4 s run at 10k statements, which no installed copy pays."""
    import compileall

    import stance

    where = Path(stance.__file__).parent
    compileall.compile_dir(str(where), quiet=1)
    return str(where)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT / "data" / "statements.jsonl")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--features", default="hashed,tfidf", help="feature kinds to measure")
    ap.add_argument("--tfidf-max", type=int, default=100_000, help="largest size to run the tfidf features on")
    ap.add_argument("--fasttext-python", default=None, help="a Python with fasttext installed")
    ap.add_argument("--fasttext-threads", type=int, default=11)
    ap.add_argument("--out", type=Path, default=ROOT / "scripts" / "results" / "speed.json")
    ap.add_argument("--dask-size", type=int, default=100_000, help="corpus size for the Dask 1-vs-2-worker run (0: skip)")
    ap.add_argument("--out-of-core-sizes", default="100000,1000000,10000000",
                    help="sizes at which out-of-core training is measured too; above the largest of --sizes, it is "
                         "trained and scored on the held-out statements only")
    ap.add_argument("--repeats", type=int, default=3,
                    help="prediction timings (CLI and fastText) are the median of this many runs")
    ap.add_argument("--update", action="store_true",
                    help="merge into --out: what this run measures replaces the same size and system there, the "
                         "rest is kept with the date it was measured on")
    ap.add_argument("--quick", action="store_true", help="2k statements, hashed only, no fastText")
    args = ap.parse_args(argv)
    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",")]
    ooc_sizes = [2000] if args.quick else [int(s) for s in args.out_of_core_sizes.split(",") if s]
    kinds = ["hashed"] if args.quick else args.features.split(",")
    repeats = 1 if args.quick else args.repeats
    # PYTHONUNBUFFERED makes every line written by the CLI a system call: recorded, as it moves CLI figures.
    results = {"machine": {"cores": os.cpu_count(), "python": sys.version.split()[0],
                           "PYTHONUNBUFFERED": os.environ.get("PYTHONUNBUFFERED", ""),
                           "bytecode": f"compiled before timing ({compile_package()})"},
               "quick": args.quick, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="stance-speed-") as tmpdir:
        tmp = Path(tmpdir)
        pool, held = split_source(args.data, tmp)
        results["held_out"] = {"statements": sum(1 for x in held.read_text(encoding="utf-8").splitlines() if x),
                               "what": "every fifth statement of the shipped corpus, by id; corpora use the rest"}
        today = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())  # the run's start: every row it measures
        for n in sorted(set(sizes) | set(ooc_sizes)):
            sub = tmp / str(n)
            sub.mkdir()
            print(f"{n:>9} statements: building the corpus ...", file=sys.stderr, flush=True)
            corpus = build_corpus(pool, n, 0, sub / "corpus.jsonl")
            row = {}
            for kind in kinds if n in sizes else []:
                if kind == "tfidf" and n > args.tfidf_max:
                    continue
                print(f"{n:>9} statements: stance ({kind}) ...", file=sys.stderr, flush=True)
                try:
                    row[f"stance_{kind}"] = bench_stance(corpus, sub, kind, n, held, repeats=repeats)
                except RuntimeError as exc:  # recorded, so one size's failure does not lose the others
                    row[f"stance_{kind}"] = {"error": str(exc)}
            if n in ooc_sizes:
                print(f"{n:>9} statements: stance (out-of-core) ...", file=sys.stderr, flush=True)
                try:
                    row["stance_out-of-core"] = bench_stance(corpus, sub, "hashed", n, held, trainer="out-of-core",
                                                             predict=n in sizes)
                except RuntimeError as exc:
                    row["stance_out-of-core"] = {"error": str(exc)}
            if args.fasttext_python and not args.quick and n in sizes:
                print(f"{n:>9} statements: fastText ...", file=sys.stderr, flush=True)
                row["fasttext"] = bench_fasttext(args.fasttext_python, corpus, sub, args.fasttext_threads, repeats)
            results["sizes"][str(n)] = {name: {**x, "measured_on": today} for name, x in row.items()}
            if n == sizes[0]:
                results["startup"] = startup(sub / f"model-{kinds[0]}")
            if not args.quick and n == args.dask_size and "error" not in row.get("stance_hashed", {"error": 1}):
                print(f"{n:>9} statements: Dask with 1 and 2 workers ...", file=sys.stderr, flush=True)
                results["dask"] = {"statements": n, "workers": bench_dask(sub / "model-hashed", corpus, sub, n)}
            shutil.rmtree(sub)  # a 10M corpus is 2.5 GB: keep only the size being measured on disk
    if args.update and args.out.exists():
        results = merge_earlier(json.loads(args.out.read_text(encoding="utf-8")), results)
    sizes_done = [s for s in results["sizes"] if "train_s" in results["sizes"][s].get("stance_hashed", {})]
    if len(sizes_done) >= 2:
        a, b = sizes_done[-2], sizes_done[-1]
        ta, tb = results["sizes"][a]["stance_hashed"]["train_s"], results["sizes"][b]["stance_hashed"]["train_s"]
        results["train_scaling"] = {"from": int(a), "to": int(b), "time_ratio": tb / ta, "size_ratio": int(b) / int(a)}
    results["summary"] = summary(results)
    results["cost_model"] = cost_model(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    md = render(results)
    args.out.with_suffix(".md").write_text(md + "\n", encoding="utf-8")
    print(md)
    print(f"\nwritten to {args.out} and {args.out.with_suffix('.md')}")
    return 0


def merge_earlier(earlier: dict, now: dict) -> dict:
    """``now`` over ``earlier``: each size's systems measured now replace the earlier ones; systems, sizes, the
    start-up and the Dask figures not measured now are kept as they were (each system row carries its date)."""
    out = {**earlier, **{k: v for k, v in now.items() if k != "sizes"}}  # (start-up and Dask kept when not run)
    sizes = {n: dict(row) for n, row in earlier.get("sizes", {}).items()}
    for n, row in now["sizes"].items():
        for name, x in row.items():
            old = sizes.setdefault(n, {}).get(name)
            if old is not None:  # kept, so that figures from one run (a scaling, a ratio) can still be read together
                x = {**x, "earlier_runs": [{k: v for k, v in old.items() if k != "earlier_runs"}]
                     + old.get("earlier_runs", [])}
            sizes[n][name] = x
    out["sizes"] = {n: sizes[n] for n in sorted(sizes, key=int)}
    return out


def summary(r: dict) -> dict:
    """What issue 14 asks, read off the rows: CLI vs fastText per size; out-of-core vs batch quality; the largest
    out-of-core row's memory; out-of-core training time from one size to the next."""
    out = {"cli_vs_fasttext": {}, "out_of_core_vs_batch_macro_f1": {}}
    for n, row in r["sizes"].items():
        ft = row.get("fasttext", {}).get("throughput")
        cli = row.get("stance_hashed", {}).get("cli_throughput")
        if ft and cli:
            out["cli_vs_fasttext"][n] = round(cli / ft, 3)
        a = row.get("stance_out-of-core", {}).get("held_out_macro_f1")
        b = row.get("stance_hashed", {}).get("held_out_macro_f1")
        if a is not None and b is not None:
            out["out_of_core_vs_batch_macro_f1"][n] = {"out_of_core": round(a, 4), "batch": round(b, 4),
                                                       "difference": round(a - b, 4)}
    ooc = [(int(n), row["stance_out-of-core"]) for n, row in r["sizes"].items()
           if "train_s" in row.get("stance_out-of-core", {})]
    if ooc:
        n, x = max(ooc, key=lambda t: t[0])
        batch = [(int(m), row["stance_hashed"]) for m, row in r["sizes"].items()
                 if "held_out_macro_f1" in row.get("stance_hashed", {})]
        largest = {"statements": n, "train_s": round(x["train_s"], 1), "train_peak_rss_mb": round(x["train_peak_rss_mb"]),
                   "held_out_macro_f1": round(x["held_out_macro_f1"], 4), "passes": x.get("passes")}
        if batch:
            m, y = max(batch, key=lambda t: t[0])
            largest.update(batch_statements=m, batch_held_out_macro_f1=round(y["held_out_macro_f1"], 4),
                           difference=round(x["held_out_macro_f1"] - y["held_out_macro_f1"], 4))
        out["largest_out_of_core"] = largest
        # time scaling only between sizes measured in the same run (the largest size's run)
        runs = [(m, y) for m, row in r["sizes"].items() if "stance_out-of-core" in row
                for y in [row["stance_out-of-core"]] + row["stance_out-of-core"].get("earlier_runs", [])
                if "train_s" in y and y.get("measured_on") == x.get("measured_on")]
        if len(runs) >= 2:
            (a, xa), (b, xb) = sorted(((int(m), y) for m, y in runs), key=lambda t: t[0])[-2:]
            out["out_of_core_train_scaling"] = {"from": a, "to": b, "size_ratio": b / a,
                                                "time_ratio": round(xb["train_s"] / xa["train_s"], 2),
                                                "measured_on": x.get("measured_on")}
    return out


def cost_model(r: dict, archive: int = 50_000_000, machines=(1, 4, 16)) -> dict:
    """Statements/s per core for training (out of core, largest size) and prediction (CLI, largest size), bytes
    per statement, and what ``archive`` statements cost on one machine like this and on Dask clusters of N.

    Training: the scan and every pass hash every row (spread over workers on Dask); partial_fit runs in one place
    (``update_s``), so on N machines a pass takes max(hashing / N, update). Prediction spreads over every core.
    """
    cores = r["machine"]["cores"] or 1
    ooc = [(int(n), row["stance_out-of-core"]) for n, row in r["sizes"].items()
           if "train_s" in row.get("stance_out-of-core", {})]
    cli = [(int(n), row["stance_hashed"]) for n, row in r["sizes"].items()
           if "cli_throughput" in row.get("stance_hashed", {})]
    if not ooc or not cli:
        return {}
    n, t = max(ooc, key=lambda x: x[0])
    m, p = max(cli, key=lambda x: x[0])
    train_rate = n / t["train_s"]
    update_share = (t.get("update_s") or 0.0) / t["train_s"]
    predict_rate = p["cli_throughput"]
    out = {"measured_at": {"train": n, "predict": m}, "cores": cores,
           "train_statements_per_s_per_core": round(train_rate / cores),
           "predict_statements_per_s_per_core": round(predict_rate / cores),
           "input_bytes_per_statement": round(t.get("input_bytes_per_statement", 0)),
           "train_peak_mb": round(t["train_peak_rss_mb"]), "predict_peak_mb": round(p["cli_predict_peak_rss_mb"]),
           "model_mb": round(t["model_mb"], 1), "update_share_of_training": round(update_share, 3),
           "archive": archive, "machines": {}}
    for k in machines:
        train_h = archive / train_rate * (update_share + (1 - update_share) / k) / 3600
        out["machines"][str(k)] = {"train_hours": round(train_h, 2),
                                   "predict_hours": round(archive / (predict_rate * k) / 3600, 2),
                                   "train_peak_mb_where_the_model_is_updated": round(t["train_peak_rss_mb"]),
                                   "input_gb": round(archive * t.get("input_bytes_per_statement", 0) / 1e9, 1)}
    return out


def render(r: dict) -> str:
    lines = ["| statements | system | train s | train peak MB | held-out macro-F1 | CLI predict /s | function predict /s | predict peak MB | model MB | CLI throughput vs fastText |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for n, row in r["sizes"].items():
        ft = row.get("fasttext", {})
        for name, x in row.items():
            if "error" in x:
                lines.append(f"| {int(n):,} | {name} | failed: {x['error']} | | | | | | | |")
                continue
            if name == "fasttext" and "train_s" in x:
                lines.append(f"| {int(n):,} | fastText | {x['train_s']:.1f} | {x['peak_rss_mb']:.0f} | | | "
                             f"{x['throughput']:,.0f} | | {x['model_mb']:.1f} | 1.00 |")
            else:
                if "train_s" not in x:
                    continue
                ratio = (f"{x['cli_throughput'] / ft['throughput']:.2f}"
                         if ft.get("throughput") and "cli_throughput" in x else "")
                f1 = f"{x['held_out_macro_f1']:.3f}" if "held_out_macro_f1" in x else ""
                label = name.replace("stance_", "stance (").replace("hashed", "hashed, batch") + ")"
                pred = (f"{x['cli_throughput']:,.0f} | {x['function_throughput']:,.0f} | {x['cli_predict_peak_rss_mb']:.0f}"
                        if "cli_throughput" in x else " | | ")
                lines.append(f"| {int(n):,} | {label} | {x['train_s']:.1f} | {x['train_peak_rss_mb']:.0f} | {f1} | "
                             f"{pred} | {x['model_mb']:.1f} | {ratio} |")
    dates = sorted({x.get("measured_on", "") for row in r["sizes"].values() for x in row.values()})
    if len(dates) > 1:
        lines.append("")
        for d in dates:
            rows = [f"{int(n):,} {name.replace('stance_', '')}" for n, row in r["sizes"].items()
                    for name, x in row.items() if x.get("measured_on", "") == d]
            lines.append(f"Measured on {d or 'an unrecorded date'}: {', '.join(rows)}.")
    s = r.get("startup")
    if s:
        lines += ["", f"Start-up (median of 5 cold runs): `stance --help` {s['help_s']:.2f} s; one `stance predict` "
                      f"{s['predict_one_s']:.2f} s; importing scikit-learn alone {s['import_sklearn_floor_s']:.2f} s; "
                      f"bare Python {s['python_floor_s']:.2f} s."]
    d = r.get("dask")
    if d:
        w = d["workers"]
        lines.append(f"Dask, {d['statements']:,} statements in 8 partitions: 1 worker {w['1']['throughput']:,.0f}/s, "
                     f"2 workers {w['2']['throughput']:,.0f}/s (x{w['2']['throughput'] / w['1']['throughput']:.2f}); "
                     f"cluster start {w['2']['cluster_start_s']:.1f} s, not counted.")
    t = r.get("train_scaling")
    if t:
        lines.append(f"Training time from {t['from']:,} to {t['to']:,} statements (x{t['size_ratio']:.0f}): x{t['time_ratio']:.1f}.")
    sm = r.get("summary", {})
    t = sm.get("out_of_core_train_scaling")
    if t:
        lines.append(f"Out-of-core training time from {t['from']:,} to {t['to']:,} statements (x{t['size_ratio']:.0f}): "
                     f"x{t['time_ratio']:.1f}.")
    c = r.get("cost_model")
    if c:
        lines.append(f"Cost model ({c['cores']} cores): training {c['train_statements_per_s_per_core']:,} statements/s "
                     f"per core out of core ({c['update_share_of_training']:.0%} of it in partial_fit), prediction "
                     f"{c['predict_statements_per_s_per_core']:,}/s per core; {c['input_bytes_per_statement']} bytes "
                     f"a statement in; {c['archive']:,} statements: "
                     + "; ".join(f"{k} machine(s) train {v['train_hours']} h, predict {v['predict_hours']} h"
                                 for k, v in c["machines"].items()) + ".")
    big = sm.get("largest_out_of_core")
    if big and "batch_held_out_macro_f1" in big:
        lines.append(f"Out of core at {big['statements']:,}: peak {big['train_peak_rss_mb']:,} MB, held-out macro-F1 "
                     f"{big['held_out_macro_f1']:.3f} against {big['batch_held_out_macro_f1']:.3f} for batch training at "
                     f"{big['batch_statements']:,} ({big['difference']:+.3f}).")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
