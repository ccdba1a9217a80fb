"""Plain-text reports: aligned tables that read well in a terminal and paste into Markdown, and the metrics rendered with them."""

from __future__ import annotations


def table(headers: list[str], rows: list[list], *, align: str | None = None) -> str:
    cells = [[str(c) for c in headers]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    align = align or ("l" + "r" * (len(headers) - 1))
    def line(r):
        return "  ".join(c.ljust(w) if a == "l" else c.rjust(w) for c, w, a in zip(r, widths, align)).rstrip()
    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), sep] + [line(r) for r in cells[1:]])


def _fmt(c) -> str:
    if isinstance(c, float):
        return f"{c:.3f}"
    return str(c)


def scores_report(s: dict, title: str) -> str:
    """Accuracy, macro-F1, the per-label table and the confusion matrix of one `scores` dict."""
    out = [f"{title}: accuracy {s['accuracy']:.3f}  macro-F1 {s['macro_f1']:.3f}  (n={s['n']})", ""]
    rows = [[lab, v["precision"], v["recall"], v["f1"], v["support"]] for lab, v in s["per_label"].items()]
    out.append(table(["label", "precision", "recall", "F1", "support"], rows))
    cm = s["confusion"]
    out.append("")
    out.append("confusion matrix (rows: true, columns: predicted)")
    out.append(table(["true \\ pred"] + cm["labels"], [[lab] + r for lab, r in zip(cm["labels"], cm["matrix"])]))
    return "\n".join(out)


def baselines_report(model: dict, baselines: dict) -> str:
    rows = [["model", model["accuracy"], model["macro_f1"], ""]]
    for name, b in baselines.items():
        if not b:
            continue
        note = f"always '{b['predicts']}'" if "predicts" in b else ""
        if "coverage" in b:
            note = f"rules answer {b['coverage']:.0%} of statements; {b['accuracy_on_covered']:.3f} accurate where they do"
        rows.append([f"baseline: {name}", b["accuracy"], b["macro_f1"], note])
    return table(["same test data", "accuracy", "macro-F1", "note"], rows, align="lrrl")


def loto_report(lo: dict) -> str:
    col = lo.get("group_column", "group")
    rows = []
    for g, r in lo["groups"].items():
        rows.append([g, r["n_test"], r["model"]["accuracy"], r["model"]["macro_f1"],
                     r.get("rules", {}).get("macro_f1", ""), r["majority"]["macro_f1"]])
    m = lo["mean_macro_f1"]
    a = lo["mean_accuracy"]
    rows.append(["mean", "", a["mean"], m["mean"], lo.get("rules_mean_macro_f1", {}).get("mean", ""), ""])
    head = f"leave-one-{col}-out (train on all other {col}s, test on this one)"
    return head + "\n" + table([col, "n", "accuracy", "macro-F1", "rules F1", "majority F1"], rows) + \
        f"\nmean macro-F1 {m['mean']:.3f} ± {m['std']:.3f}; pooled macro-F1 {lo['pooled']['macro_f1']:.3f}"
