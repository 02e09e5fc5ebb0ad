#!/usr/bin/env bash
# tests/tools/eval_money.sh: `make eval-money`. Scores the money recognizer and
# normalizer, and the numeral reader, on the peer suites in
# ${ZD_SHARED:-../shared}/external/recognizers (money.jsonl, numbers.jsonl):
# one line per suite per file (exact span + value, value only, and value as
# ../shared/eval/score.py judges it), every failing case written to
# eval-out/money-failures.jsonl and eval-out/numbers-failures.jsonl.
# Skips (exit 0) when the shared data is absent.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
R=${ZD_SHARED:-../shared}/external/recognizers
if [ ! -f "$R/money.jsonl" ] || [ ! -f "$R/numbers.jsonl" ]; then
    echo "eval-money: skipped ($R/money.jsonl or numbers.jsonl not found)"
    exit 0
fi
tool=$BUILD/tools/eval_money
if [ ! -x "$tool" ]; then
    echo "eval-money: $tool not built (make tools)" >&2
    exit 1
fi
mkdir -p eval-out
"$tool" money "$R/money.jsonl" eval-out/money-failures.jsonl || exit 1
"$tool" numbers "$R/numbers.jsonl" eval-out/numbers-failures.jsonl || exit 1
echo "eval-money: failing cases in eval-out/money-failures.jsonl, eval-out/numbers-failures.jsonl"
