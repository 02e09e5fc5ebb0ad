#!/usr/bin/env bash
# tests/run.sh: the one test runner behind `make test`.
# Runs, from the repo root: every cmocka unit binary ($BUILD/tests/test_*),
# every fuzz harness over its seeds ($BUILD/replay/fuzz_*), every shell test
# (tests/sh/test_*.sh), and the golden end-to-end tests (tests/golden.sh).
# Counts each cmocka case, each replayed harness, each shell script and each
# golden page as one test, and ends with the line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export ZHDEALS=${ZHDEALS:-$PWD/$BUILD/zhdeals}
pass=0 fail=0
failed=()
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    out="$log/$name.out"
    "$t" >"$out" 2>&1
    rc=$?
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
    p=${p:-0} f=${f:-0}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # crashed before reporting
    pass=$((pass + p)) fail=$((fail + f))
    if [ "$f" -gt 0 ]; then failed+=("$name"); sed 's/^/    /' "$out" | grep -v '^\s*\[ *\(RUN\|OK\) ' | tail -40; fi
    echo "unit  $name: $p passed, $f failed"
done

for t in "$BUILD"/replay/fuzz_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    seeds="tests/fuzz/seeds/${name#fuzz_}"
    if "$t" "$seeds" tests/fuzz/crashes >"$log/$name.out" 2>&1; then
        pass=$((pass + 1)); echo "fuzz  $name: ok ($(tail -1 "$log/$name.out"))"
    else
        fail=$((fail + 1)); failed+=("$name"); echo "fuzz  $name: FAILED"; tail -20 "$log/$name.out" | sed 's/^/    /'
    fi
done

for t in tests/sh/test_*.sh; do
    [ -f "$t" ] || continue
    name=$(basename "$t" .sh)
    if bash "$t" >"$log/$name.out" 2>&1; then
        pass=$((pass + 1)); echo "sh    $name: ok"
    else
        fail=$((fail + 1)); failed+=("$name"); echo "sh    $name: FAILED"; tail -30 "$log/$name.out" | sed 's/^/    /'
    fi
done

if [ -f tests/golden.sh ]; then
    out="$log/golden.out"
    bash tests/golden.sh >"$out" 2>&1
    p=$(grep -c '^ok ' "$out") f=$(grep -c '^FAIL ' "$out")
    pass=$((pass + p)) fail=$((fail + f))
    grep '^FAIL ' -A30 "$out" | head -80
    echo "golden: $p passed, $f failed"
    [ "$f" -eq 0 ] || failed+=(golden)
fi

[ ${#failed[@]} -eq 0 ] || echo "failed: ${failed[*]}"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
