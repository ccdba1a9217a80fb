#!/usr/bin/env bash
# Create .venv (once) and install stance with its test, skops and dask extras into it. Safe to rerun.
# pip's output goes to .venv/install.log and is shown only if the install fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
log=.venv/install.log
if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade pip &&
       .venv/bin/python -m pip install --disable-pip-version-check -e '.[test,skops,dask]'; } > "$log" 2>&1; then
    cat "$log" >&2
    echo "setup failed: see the pip output above (also in $log)" >&2
    exit 1
fi
