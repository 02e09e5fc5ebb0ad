#!/usr/bin/env bash
# tests/golden.sh: end-to-end golden tests. For every page in corpus/pages
# the records zhdeals writes (deals and mentions, `normalize --emit all`)
# must equal corpus/expected/<page>.jsonl byte for byte. Each page prints
# "ok NAME" or "FAIL NAME" and a diff.
#   tests/golden.sh --update   rewrite the expected files (review the diff!)
# .txt pages are plain text and get their publish date from corpus/gold.
set -u
cd "$(dirname "$0")/.."
Z=${ZHDEALS:-./zhdeals}
# make valgrind sets ZHDEALS_WRAP to run each stage under valgrind
W=${ZHDEALS_WRAP:-}
update=0
[ "${1:-}" = --update ] && update=1
mkdir -p corpus/expected
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for page in corpus/pages/*; do
    [ -f "$page" ] || continue
    base=$(basename "$page")
    name=${base%.*}
    args=()
    case "$page" in
    *.txt)
        pub=$(jq -r '.published // empty' "corpus/gold/$name.json" 2>/dev/null)
        args=(--text ${pub:+--published "$pub"})
        ;;
    esac
    exp="corpus/expected/$name.jsonl"
    out="$tmp/$name.jsonl"
    $W "$Z" extract "${args[@]}" "$page" 2>"$tmp/err" | $W "$Z" normalize --emit all >"$out" 2>>"$tmp/err"
    st=("${PIPESTATUS[@]}")
    if [ -n "$W" ] && { [ "${st[0]}" -eq 99 ] || [ "${st[1]}" -eq 99 ]; }; then
        echo "FAIL $name: valgrind found errors"; cat "$tmp/err"; continue
    fi
    if [ $update -eq 1 ]; then
        cp "$out" "$exp"
        echo "ok $name (updated)"
    elif [ ! -f "$exp" ]; then
        echo "FAIL $name: no expected file $exp (run tests/golden.sh --update and review it)"
    elif cmp -s "$out" "$exp"; then
        echo "ok $name"
    else
        echo "FAIL $name: output differs from $exp"
        diff <(jq -c 'del(.span,.start,.end)' "$exp" 2>/dev/null) <(jq -c 'del(.span,.start,.end)' "$out" 2>/dev/null) | head -20
    fi
    if [ -s "$tmp/err" ]; then sed "s/^/    stderr: /" "$tmp/err" | head -5; fi
done
