#!/usr/bin/env python
"""Merge two blind annotations of the held-out extraction articles into one gold file per article.

    python scripts/merge_extract_gold.py [--set SET]   (any set of scripts/bench_extract.py but original and dev)

Reads tests/data/extract/<set>/annotator-a/ and annotator-b/ (each made by an annotator who saw only the
article and docs/extraction-annotation-guide.md), and writes tests/data/extract/<set>/<stem>.gold.jsonl:

* a statement both annotators marked (spans overlapping with IoU >= 0.5) is required, unless either marked
  it optional; its text is annotator A's;
* a statement only one annotator marked is optional: a careful reader could go either way, so finding it
  or not counts neither way;
* where the two give different speakers (by the benchmark's speaker rule), both are accepted (``speakers``).

Prints the agreement between the annotators (B scored against A with the benchmark's own matching) and
writes it to scripts/results/extract_agreement.json (extract_agreement-<set>.json for the others). Run before the extractor is ever scored on the articles.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import bench_extract as B  # noqa: E402
from stance.extract import article_text  # noqa: E402


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="heldout", choices=[s for s in B.SETS if s not in ("original", "dev")])
    which = ap.parse_args().set
    folder, gold_dir, _ = B.SETS[which]
    a_dir, b_dir = gold_dir / "annotator-a", gold_dir / "annotator-b"
    rows, agreement = [], {}
    for a_path in sorted(a_dir.glob("*.gold.jsonl")):
        stem = a_path.name[: -len(".gold.jsonl")]
        art = B.article_for(folder, stem)
        text = article_text(art.read_bytes(), str(art))
        html = art.suffix.startswith(".htm")
        ga, gb = B.load_gold(a_path, text, html=html), B.load_gold(b_dir / a_path.name, text, html=html)
        pairs, used_b = {}, set()
        # statements outside the page's body text (headlines dropped by the reader) pair by their text
        cands = sorted(((B.iou(x["span"], y["span"]) if x["span"] and y["span"] else float(x["text"] == y["text"]),
                         i, j) for i, x in enumerate(ga) for j, y in enumerate(gb)), reverse=True)
        for v, i, j in cands:
            if v >= B.IOU and i not in pairs and j not in used_b:
                pairs[i] = j
                used_b.add(j)
        merged = []
        for i, x in enumerate(ga):
            rec = {"text": x["text"], "speaker": x["speaker"], "direct": x.get("direct")}
            if i in pairs:
                y = gb[pairs[i]]
                if x.get("optional") or y.get("optional"):
                    rec["optional"] = True
                if not B.same_speaker(x["speaker"], y["speaker"]):
                    rec["speakers"] = [x["speaker"], y["speaker"]]
            else:
                rec.update(optional=True, note="marked by annotator A only")
            merged.append(((x["span"] or (-1, -1))[0], rec))
        for j, y in enumerate(gb):
            if j not in used_b:
                merged.append(((y["span"] or (-1, -1))[0], {"text": y["text"], "speaker": y["speaker"], "direct": y.get("direct"),
                                              "optional": True, "note": "marked by annotator B only"}))
        merged.sort(key=lambda m: m[0])
        out = gold_dir / a_path.name
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for _, r in merged), encoding="utf-8")
        # agreement: B's required statements scored against A's, as if B were an extractor
        preds = [{"start": y["span"][0], "end": y["span"][1], "speaker": y["speaker"], "direct": y.get("direct"),
                  "text": y["text"]}
                 for y in gb if not y.get("optional") and y["span"]]
        res = B.score(ga, preds)
        agreement[stem] = {k: res[k] for k in ("gold", "predicted", "matched", "recall", "precision",
                                                 "speaker_accuracy", "speaker_matches", "optional_matched")}
        rows.append((stem, res, sum(not r.get("optional") for _, r in merged)))
    tot = {k: sum(a[k] for a in agreement.values()) for k in ("gold", "predicted", "matched", "speaker_matches",
                                                               "optional_matched")}
    pooled = {"recall": round(tot["matched"] / tot["gold"], 3),
              "precision": round(tot["matched"] / max(1, tot["predicted"] - tot["optional_matched"]), 3),
              "speaker_agreement": round(tot["speaker_matches"] / max(1, tot["matched"]), 3)}
    print(f"{'article':52} {'A req':>5} {'B req':>5} {'both':>5} {'merged req':>10} {'speakers agree':>14}")
    for stem, res, req in rows:
        acc = res["speaker_accuracy"]  # None when nothing could be placed in the page's body text
        print(f"{stem[:52]:52} {res['gold']:5d} {res['predicted']:5d} {res['matched']:5d} {req:10d} "
              f"{acc if acc is None else round(acc, 3)!s:>14}")
    print(f"\nB against A: recall {pooled['recall']:.3f}, precision {pooled['precision']:.3f}, "
          f"speakers agree on {pooled['speaker_agreement']:.3f} of the statements both marked")
    res_path = ROOT / "scripts" / "results" / ("extract_agreement.json" if which == "heldout"
                                                else f"extract_agreement-{which}.json")
    res_path.write_text(json.dumps({"pooled_B_vs_A": pooled, "articles": agreement}, indent=2) + "\n",
                        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
