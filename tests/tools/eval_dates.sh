#!/usr/bin/env bash
# tests/tools/eval_dates.sh: run by `make eval-dates` (and `make eval`).
# Scores the date recognizer + resolver against the peer test suites in
# ${ZD_SHARED:-../shared}/external/recognizers/dates.jsonl with
# $BUILD/tools/eval_dates: one summary line per suite and per kind on stdout
# (scored with our default convention and with each suite's own), every
# failure as one JSON line in eval-out/dates-failures.jsonl (default) and
# eval-out/dates-failures-suite.jsonl (the suite's convention).
# The data is read in place; without it the evaluation is skipped (exit 0).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
SHARED=${ZD_SHARED:-../shared}
data="$SHARED/external/recognizers/dates.jsonl"
if [ ! -f "$data" ]; then
    echo "eval-dates: skipped ($data not found)"
    exit 0
fi
tool="$BUILD/tools/eval_dates"
if [ ! -x "$tool" ]; then
    echo "eval-dates: $tool not built (make $tool)" >&2
    exit 1
fi
mkdir -p eval-out
"$tool" -o eval-out/dates-failures.jsonl -s eval-out/dates-failures-suite.jsonl "$data" || exit 1
echo "failures: eval-out/dates-failures.jsonl ($(wc -l <eval-out/dates-failures.jsonl) lines, default convention)," \
    "eval-out/dates-failures-suite.jsonl ($(wc -l <eval-out/dates-failures-suite.jsonl) lines, each suite's convention)"
