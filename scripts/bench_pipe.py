#!/usr/bin/env python
"""Soak run of the pipe `stance extract FOLDER | stance predict -m MODEL - --format jsonl`.

Generates N articles from the shipped ones (each a shipped article with its paragraphs in a new order and a
number in its first line, so no two are the same), runs the two commands as one shell pipe, and checks that
every extracted statement is answered exactly once, in order. Peak memory of each process is read from wait4;
running at two sizes shows whether it stays flat. Prints a table; writes JSON.

    python scripts/bench_pipe.py --model models/negotiation-stance [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STANCE = [sys.executable, "-m", "stance"]


def make_articles(folder: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    sources += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "extraction-eval" / "dev").glob("*.txt"))]
    for i in range(n):
        paras = [x for x in rng.choice(sources).split("\n") if x.strip()]
        head, body = paras[0], paras[1:]
        rng.shuffle(body)
        (folder / f"a{i:06d}.txt").write_text(f"{head} ({i})\n" + "\n".join(body) + "\n", encoding="utf-8")


def run_pipe(folder: Path, model: str, out: Path) -> dict:
    env = {**os.environ, "PYTHONUNBUFFERED": "0"}
    t0 = time.perf_counter()
    # Each side's peak memory is read by GNU time, each process on its own (wait4 on a pipeline's processes
    # can attribute one's peak to the other).
    timer = ["/usr/bin/time", "-f", "%M", "-o"] if Path("/usr/bin/time").exists() else None
    peak_files = {name: out.with_suffix(f".{name}.peak") for name in ("extract", "predict")}

    def timed(name, cmd):
        return [*timer, str(peak_files[name]), *cmd] if timer else cmd

    with open(out, "wb") as sink:
        extract = subprocess.Popen(timed("extract", [*STANCE, "extract", str(folder)]), stdout=subprocess.PIPE, env=env)
        predict = subprocess.Popen(timed("predict", [*STANCE, "predict", "-m", model, "-", "--format", "jsonl"]),
                                   stdin=extract.stdout, stdout=sink, env=env)
        extract.stdout.close()  # predict owns the read end: extract sees a closed pipe if predict dies
        peaks, codes = {}, {}
        for name, proc in (("extract", extract), ("predict", predict)):
            _, status, usage = os.wait4(proc.pid, 0)
            codes[name] = os.waitstatus_to_exitcode(status)
            proc.returncode = codes[name]
            if timer and peak_files[name].exists():
                peaks[name] = round(int(peak_files[name].read_text().split()[-1]) / 1024, 1)
            else:
                peaks[name] = round(usage.ru_maxrss / 1024, 1)
    seconds = time.perf_counter() - t0
    # What the pipe should have answered: the same extraction again, on its own (it is deterministic).
    expected_path = out.with_suffix(".expected")
    with open(expected_path, "wb") as f:
        subprocess.run([*STANCE, "extract", str(folder)], stdout=f, env=env, check=True)
    extracted = [json.loads(x) for x in expected_path.read_text(encoding="utf-8").splitlines()]
    answered = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return {
        "exit_codes": codes, "seconds": round(seconds, 1), "statements": len(extracted), "answers": len(answered),
        "each_answered_once_in_order": [r["id"] for r in extracted] == [r["id"] for r in answered],
        "every_answer_has_its_speaker": all(a.get("speaker") == e.get("speaker") for a, e in zip(answered, extracted)),
        "peak_mb_extract": peaks["extract"], "peak_mb_predict": peaks["predict"],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=str(ROOT / "models" / "negotiation-stance"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--out", default=str(ROOT / "scripts" / "results" / "pipe.json"))
    args = ap.parse_args(argv)
    rows = {}
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="stance-soak-") as tmp:
            folder = Path(tmp) / "articles"
            folder.mkdir()
            make_articles(folder, n)
            rows[n] = {"articles": n, **run_pipe(folder, args.model, Path(tmp) / "out.jsonl")}
        r = rows[n]
        print(f"{n:>6} articles  {r['statements']:>7} statements  {r['answers']:>7} answers  "
              f"in order: {r['each_answered_once_in_order']}  {r['seconds']:>6.1f} s  "
              f"peak MB: extract {r['peak_mb_extract']}, predict {r['peak_mb_predict']}")
    out = Path(args.out)
    out.write_text(json.dumps({"command": "python scripts/bench_pipe.py", "runs": rows}, indent=2) + "\n",
                   encoding="utf-8")
    print(f"written to {out}")
    return 0 if all(r["each_answered_once_in_order"] and r["exit_codes"] == {"extract": 0, "predict": 0}
                    for r in rows.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
