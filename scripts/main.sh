#!/usr/bin/env bash
# The main job on a fresh machine: set up, train the default model on the shipped corpus,
# evaluate it honestly (held-out split, leave-one-negotiation-out, rules, rule-trained model),
# and predict sample quotes about negotiations the corpus does not cover.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export MPLBACKEND=Agg
S=.venv/bin/stance

echo "== train (three stances and none; 20% stratified held-out split; 5-fold CV; leave-one-topic-out; then refit on every row) =="
$S train data/statements.jsonl --out models/negotiation-stance --cv 5 --group-column topic \
    --labels supportive,conditional,opposed,none

echo
echo "== evaluate on data each model never saw: held-out negotiations, held-out briefs, the learning curve =="
.venv/bin/python scripts/corpus_report.py data/statements.jsonl

echo
echo "== predict sample quotes (negotiations not in the corpus) =="
$S predict -m models/negotiation-stance --input data/samples/quotes.txt --explain --top 3
