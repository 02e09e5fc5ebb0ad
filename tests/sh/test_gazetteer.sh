#!/usr/bin/env bash
# test_gazetteer.sh: validate normalize/orgs.tsv with tests/tools/check_gazetteer.py,
# and check that the checker itself catches a broken file (so this test can fail).
# Run from the repository root (the script also finds the root by itself).
# Prints one line: "test_gazetteer: ok" or "test_gazetteer: FAIL: <what>".
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root" || exit 1

fail() {
    echo "test_gazetteer: FAIL: $*"
    exit 1
}

PY=${PYTHON:-python3}
command -v "$PY" >/dev/null 2>&1 || fail "$PY not found"
checker=tests/tools/check_gazetteer.py
gaz=normalize/orgs.tsv
[ -f "$checker" ] || fail "$checker missing"
[ -f "$gaz" ] || fail "$gaz missing"

tmp=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$tmp"' EXIT

# 1. the real gazetteer must pass
if ! "$PY" "$checker" "$gaz" >"$tmp/real.out" 2>&1; then
    n=$(wc -l <"$tmp/real.out")
    fail "$gaz has $n problem(s), first: $(head -n 1 "$tmp/real.out")"
fi

# 2. a small valid file passes (the checker is not failing everything)
T=$(printf '\t')
{
    echo "# small valid gazetteer"
    echo "Alpha Corp${T}company${T}Alpha Corp|阿尔法${T}"
    echo "Alpha Ventures${T}investor${T}Alpha Ventures|阿尔法创投${T}Alpha Corp"
    echo "Beta Bank${T}bank${T}Beta Bank|贝塔银行|BB${T}"
    echo "AlphaChat${T}product${T}AlphaChat${T}"
} >"$tmp/good.tsv"
"$PY" "$checker" "$tmp/good.tsv" 3 >"$tmp/good.out" 2>&1 ||
    fail "checker rejects a valid file: $(head -n 1 "$tmp/good.out")"

# 3. a broken file must fail, with each seeded problem reported on its line
{
    echo "# broken gazetteer"                                      # line 1
    echo "Alpha Corp${T}company${T}Alpha Corp|阿尔法${T}"          # line 2
    echo "Gamma Ltd${T}company${T}Gamma Ltd|ALPHA CORP${T}"        # line 3: duplicate alias (case)
    echo "Delta Inc${T}startup${T}Delta Inc${T}"                   # line 4: bad kind
    echo "Epsilon${T}company${T}Epsilon"                           # line 5: missing field
    echo "Zeta${T}company${T}Zeta|阿尔法${T}"                      # line 6: duplicate Chinese alias
    echo "Eta${T}company${T}Eta||Eta Co${T}Nowhere"                # line 7: empty alias, bad parent
} >"$tmp/bad.tsv"
"$PY" "$checker" "$tmp/bad.tsv" 1 >"$tmp/bad.out" 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "checker exited $rc on a broken file (expected 1)"
for ln in 3 4 5 6 7; do
    grep -q "^$tmp/bad.tsv:$ln: " "$tmp/bad.out" ||
        fail "checker did not report line $ln of the broken file"
done

# 4. too few organizations must fail
"$PY" "$checker" "$tmp/good.tsv" 100 >/dev/null 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "checker exited $rc on a file below the minimum count (expected 1)"

echo "test_gazetteer: ok"
exit 0
