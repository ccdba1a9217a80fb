"""Plain-text reports: aligned tables that read well in a terminal and paste into Markdown, and the metrics rendered with them."""

from __future__ import annotations

from stance.metrics import (
    ConfidenceFloor,
    CrossValidation,
    EvaluationMetrics,
    LeaveOneGroupOut,
    Scores,
    TrainMetrics,
)


def table(headers: list[str], rows: list[list], *, align: str | None = None) -> str:
    """Aligned columns under a header and a rule; ``align`` has one letter a column, l or r (default: lrrr...)."""
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


def scores_report(s: Scores, title: str) -> str:
    """Accuracy, macro-F1, the per-label table and the confusion matrix of one `scores` dict."""
    out = [f"{title}: accuracy {s['accuracy']:.3f}  macro-F1 {s['macro_f1']:.3f}  (n={s['n']})", ""]
    rows = [[lab, v["precision"], v["recall"], v["f1"], v["support"]] for lab, v in s["per_label"].items()]
    out.append(table(["label", "precision", "recall", "F1", "support"], rows))
    cm = s["confusion"]
    out.append("")
    out.append("confusion matrix (rows: true, columns: predicted)")
    out.append(table(["true \\ pred"] + cm["labels"], [[lab] + r for lab, r in zip(cm["labels"], cm["matrix"])]))
    return "\n".join(out)


def baselines_report(model: Scores, baselines: dict[str, Scores | None]) -> str:
    rows = [["model", model["accuracy"], model["macro_f1"], ""]]
    for name, b in baselines.items():
        if not b:
            continue
        note = f"always '{b['predicts']}'" if "predicts" in b else ""
        if "coverage" in b:
            note = f"rules answer {b['coverage']:.0%} of statements; {b['accuracy_on_covered']:.3f} accurate where they do"
        rows.append([f"baseline: {name}", b["accuracy"], b["macro_f1"], note])
    return table(["same test data", "accuracy", "macro-F1", "note"], rows, align="lrrl")


def loto_report(lo: LeaveOneGroupOut) -> str:
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


# --- one line per figure: the CLI, `stance info` and the model card all say it this way -----------------------


def test_line(description: str, s: Scores) -> str:
    return f"{description}: accuracy {s['accuracy']:.3f}, macro-F1 {s['macro_f1']:.3f} on {s['n']} statements"


def cv_line(cv: CrossValidation) -> str:
    return (f"{cv['folds']}-fold stratified CV: macro-F1 {cv['macro_f1']['mean']:.3f} ± {cv['macro_f1']['std']:.3f}, "
            f"accuracy {cv['accuracy']['mean']:.3f} ± {cv['accuracy']['std']:.3f}")


def logo_line(lo: LeaveOneGroupOut) -> str:
    col, m = lo.get("group_column", "group"), lo["mean_macro_f1"]
    return f"leave-one-{col}-out: mean macro-F1 {m['mean']:.3f} ± {m['std']:.3f} over {len(lo['groups'])} {col}s"


def floors_line(floors: list[ConfidenceFloor]) -> str:
    """What each --min-confidence floor buys."""
    return "; ".join(f"--min-confidence {r['min_confidence']}: answers {r['coverage']:.0%}, {r['accuracy']:.3f} accurate"
                     for r in floors if r["accuracy"] is not None)


def summary_lines(m: TrainMetrics) -> list[str]:
    """The headline figures of a trained model, one line each: held-out test, cross-validation, leave-one-group-out."""
    out = []
    if m.get("test"):
        out.append(test_line(m.get("split_description", "held-out split"), m["test"]))
    if m.get("cv"):
        out.append(cv_line(m["cv"]))
    if m.get("leave_one_group_out"):
        out.append(logo_line(m["leave_one_group_out"]))
    return out


def train_report(m: TrainMetrics) -> str:
    """What `stance train` prints: the held-out scores beside the baselines, calibration, CV, leave-one-group-out."""
    out = []
    if "test" in m:
        out += [scores_report(m["test"], f"held-out test ({m['split_description']})"), "",
                baselines_report(m["test"], m["baselines"])]
    cal = m.get("calibration", {})
    if cal.get("before"):
        out += ["", f"calibration: temperature {cal['temperature']} ({cal['fitted_on']}); expected calibration error on "
                    f"the held-out split {cal['before']['ece']:.3f} before, {cal['after']['ece']:.3f} after",
                "  " + floors_line(cal["min_confidence"])]
    if "cv" in m:
        out += ["", cv_line(m["cv"])]
    if "leave_one_group_out" in m:
        out += ["", loto_report(m["leave_one_group_out"])]
    if "search" in m:
        ch = m["search"]["chosen"]
        out += ["", f"search chose word {ch['word_ngram']}, char {ch['char_ngram']}, min_df {ch['min_df']}, C {ch['C']}"]
    return "\n".join(out + ["", f"model written to {m['model_dir']}"])


def evaluation_report(m: EvaluationMetrics, title: str) -> str:
    """What `stance evaluate` prints: the scores beside the baselines, and calibration."""
    cal = m["calibration"]
    out = [scores_report(m["test"], title), "", baselines_report(m["test"], m["baselines"]), "",
           f"expected calibration error {cal['ece']:.3f} (temperature {cal['temperature']}); "
           + floors_line(cal["min_confidence"])]
    if m.get("out_dir"):
        out += ["", f"written to {m['out_dir']}"]
    return "\n".join(out)
