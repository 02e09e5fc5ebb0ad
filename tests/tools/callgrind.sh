#!/usr/bin/env bash
# tests/tools/callgrind.sh: `make callgrind`. Instruction counts (Ir) from
# valgrind's callgrind for a fixed input, so a change can be compared
# without the timing noise of a shared machine: extract over every HTML page
# of corpus/pages, and normalize over the documents that extract writes.
# Prints each total, the part spent on the input (inside zd_extract_path /
# zd_normalize_path, without the setup) and the top functions of that part
# (self cost); those profiles stay in $BUILD/callgrind.extract.out and
# $BUILD/callgrind.normalize.out for callgrind_annotate or kcachegrind.
# CALLGRIND_TOP sets how many functions.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
BUILD=${BUILD:-build}
TOP=${CALLGRIND_TOP:-15}
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pages=(corpus/pages/*.html)
"$Z" extract "${pages[@]}" >"$tmp/docs.jsonl" || exit 1
in_bytes=$(cat "${pages[@]}" | wc -c)
doc_bytes=$(wc -c <"$tmp/docs.jsonl")

irs() { # the total Ir of a callgrind output file
    sed -n 's/^\(summary\|totals\): *\([0-9]*\).*/\2/p' "$1" | head -1
}

profile() { # STAGE FUNCTION INPUT-DESCRIPTION BYTES ARGS...
    local stage=$1 fn=$2 what=$3 bytes=$4
    shift 4
    local out="$BUILD/callgrind.$stage.out"
    # the whole process, then only inside FUNCTION (the work on the input,
    # without the setup: gazetteer, regexes, ICU objects)
    valgrind --tool=callgrind --callgrind-out-file="$tmp/all.out" "$Z" "$stage" "$@" >/dev/null 2>"$tmp/log" ||
        { cat "$tmp/log"; exit 1; }
    valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no --toggle-collect="$fn" \
        "$Z" "$stage" "$@" >/dev/null 2>"$tmp/log" || { cat "$tmp/log"; exit 1; }
    local all work
    all=$(irs "$tmp/all.out")
    work=$(irs "$out")
    echo "== $stage over $what ($bytes bytes): $all Ir in all, $work Ir in $fn ($((work / bytes)) Ir per byte), $((all - work)) Ir of setup"
    callgrind_annotate --inclusive=no "$out" 2>/dev/null |
        sed -n '/file:function/,$p' | grep -v 'file:function' | grep '[0-9]' | head -"$TOP"
}

profile extract zd_extract_path "${#pages[@]} pages of corpus/pages" "$in_bytes" "${pages[@]}"
profile normalize zd_normalize_path "their $(wc -l <"$tmp/docs.jsonl") documents" "$doc_bytes" "$tmp/docs.jsonl"
