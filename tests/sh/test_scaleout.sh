#!/usr/bin/env bash
# tests/sh/test_scaleout.sh: the README's scale-out recipes, run for real
# with GNU parallel, give the same bytes as one process over corpus/:
#   - many WARC files (the corpus fetched into 4 shards), one job each,
#     --keep-order: the deals equal `zhdeals run corpus/urls.txt`;
#   - the WARC paths fed on stdin (`--pipe -N`, `extract --paths`);
#   - document JSONL cut into blocks (`--pipe --keep-order --block`), JSONL
#     and CSV (one header row kept);
#   - Hadoop Streaming / Spark pipe() input: "key<TAB>path" lines for
#     `extract --paths` (as NLineInputFormat hands them) and "key<TAB>doc"
#     lines for `normalize`, sharded too;
#   - --paths with a path that cannot be read: one message naming its
#     line, exit 1, every other input still written; `run --paths` (a URL
#     list's path, CR LF ended) and `normalize --paths` (document files).
# Run from the repo root; $ZHDEALS is the binary.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
case $Z in /*) ;; *) Z=$PWD/$Z ;; esac
command -v parallel >/dev/null || { echo "FAIL: GNU parallel missing (make deps installs parallel)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
same() { # same LABEL REFERENCE CANDIDATE
    if cmp -s "$2" "$3"; then
        echo "ok   $1 ($(wc -l <"$3") lines, $(wc -c <"$3") bytes)"
    else
        fail "$1 differs from one process"; diff "$2" "$3" | head -4
    fi
}
PAR=(parallel --will-cite -j2)
export Z

# ---- one process -----------------------------------------------------------
"$Z" run corpus/urls.txt >"$tmp/run.jsonl" 2>"$tmp/err" || { cat "$tmp/err"; fail "run"; }
ls corpus/pages/* >"$tmp/paths"
"$Z" extract $(cat "$tmp/paths") >"$tmp/docs.jsonl" 2>/dev/null || fail "extract"
"$Z" normalize "$tmp/docs.jsonl" >"$tmp/deals.jsonl" || fail "normalize"
"$Z" normalize --format csv "$tmp/docs.jsonl" >"$tmp/deals.csv" || fail "normalize csv"
[ "$(wc -l <"$tmp/docs.jsonl")" -eq "$(wc -l <"$tmp/paths")" ] || fail "a document per page"
[ "$(wc -l <"$tmp/run.jsonl")" -gt 50 ] || fail "too few deals from run"

# ---- many WARC files -------------------------------------------------------
# the URL list in 4 shards with absolute file:// URLs (as run resolves them)
grep -v '^#' corpus/urls.txt | grep . | sed "s|^pages/|file://$PWD/corpus/pages/|" >"$tmp/urls.abs"
split -n l/4 -d "$tmp/urls.abs" "$tmp/shard."
"${PAR[@]}" "$Z" fetch --quiet -o {}.warc.gz {} ::: "$tmp"/shard.0? 2>"$tmp/err" || { cat "$tmp/err"; fail "parallel fetch"; }
ls "$tmp"/shard.0?.warc.gz >"$tmp/warcs"
[ "$(wc -l <"$tmp/warcs")" -eq 4 ] || fail "4 WARC shards"
"${PAR[@]}" -k 'sh -c "$Z extract {} | $Z normalize"' :::: "$tmp/warcs" >"$tmp/p.warc.jsonl" 2>"$tmp/err" || fail "parallel over WARCs"
same "parallel --keep-order over 4 WARC files == zhdeals run" "$tmp/run.jsonl" "$tmp/p.warc.jsonl"
"${PAR[@]}" -k --pipe -N 1 'sh -c "$Z extract --paths | $Z normalize"' <"$tmp/warcs" >"$tmp/p.paths.jsonl" 2>"$tmp/err" ||
    fail "parallel --pipe over WARC paths"
same "parallel --pipe -N 1 extract --paths over WARC paths == zhdeals run" "$tmp/run.jsonl" "$tmp/p.paths.jsonl"

# ---- pages and documents ---------------------------------------------------
"${PAR[@]}" -k --pipe -N 10 "$Z" extract --paths <"$tmp/paths" >"$tmp/p.docs.jsonl" 2>/dev/null || fail "parallel extract --paths"
same "parallel --pipe -N 10 extract --paths == extract" "$tmp/docs.jsonl" "$tmp/p.docs.jsonl"
"${PAR[@]}" -k --pipe --block 20k "$Z" normalize <"$tmp/docs.jsonl" >"$tmp/p.deals.jsonl" || fail "parallel normalize"
same "parallel --pipe --keep-order --block 20k normalize (JSONL) == normalize" "$tmp/deals.jsonl" "$tmp/p.deals.jsonl"
# CSV: each job writes a header row; keep the first one only
{
    "$Z" normalize --format csv </dev/null
    "${PAR[@]}" -k --pipe --block 20k 'sh -c "$Z normalize --format csv | tail -n +2"' <"$tmp/docs.jsonl"
} >"$tmp/p.deals.csv"
same "parallel --pipe --keep-order --block 20k normalize --format csv == normalize" "$tmp/deals.csv" "$tmp/p.deals.csv"
# the jobs did run in parallel: more than one block of documents
blocks=$("${PAR[@]}" -k --pipe --block 20k wc -l <"$tmp/docs.jsonl" | wc -l)
[ "$blocks" -ge 4 ] || fail "the documents went in $blocks blocks, want at least 4"

# ---- Hadoop Streaming / Spark pipe(): key<TAB>value lines --------------------
awk '{ printf "%d\t%s\n", (NR - 1) * 64, $0 }' "$tmp/paths" >"$tmp/keyed.paths"
"$Z" extract --paths <"$tmp/keyed.paths" >"$tmp/k.docs.jsonl" 2>/dev/null || fail "extract --paths with keys"
same "extract --paths over \"offset<TAB>path\" lines == extract" "$tmp/docs.jsonl" "$tmp/k.docs.jsonl"
awk '{ printf "doc-%04d\t%s\n", NR, $0 }' "$tmp/docs.jsonl" >"$tmp/keyed.docs"
"$Z" normalize <"$tmp/keyed.docs" >"$tmp/k.deals.jsonl" || fail "normalize with keys"
same "normalize over \"key<TAB>document\" lines == normalize" "$tmp/deals.jsonl" "$tmp/k.deals.jsonl"
"${PAR[@]}" -k --pipe -N 9 "$Z" normalize <"$tmp/keyed.docs" >"$tmp/pk.deals.jsonl" || fail "parallel normalize with keys"
same "parallel --pipe -N 9 normalize over keyed documents == normalize" "$tmp/deals.jsonl" "$tmp/pk.deals.jsonl"
# a key is only dropped before a JSON object: a line that is not a document is still an error
printf 'key\tnot json\n' | "$Z" normalize >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q '<stdin>:1:' "$tmp/err" || fail "a keyed line that is no document: rc=$rc"
! grep -q $'\t' "$tmp/deals.jsonl" || fail "deal records hold a raw TAB (Hadoop would cut the key there)"

# ---- --paths with a bad path among good ones --------------------------------
{ head -3 "$tmp/paths"; echo "$tmp/no-such-page.html"; echo; tail -n +4 "$tmp/paths"; } >"$tmp/bad.paths"
"$Z" extract --paths <"$tmp/bad.paths" >"$tmp/b.docs.jsonl" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] || fail "--paths with a missing file: rc=$rc"
[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "<stdin>:4: .*no-such-page.html" "$tmp/err" ||
    { cat "$tmp/err"; fail "one message naming line 4"; }
cmp -s "$tmp/docs.jsonl" "$tmp/b.docs.jsonl" || fail "the other pages still extracted"
"$Z" extract --paths corpus/pages/001-xingtu-b-round.html </dev/null >/dev/null 2>&1
[ $? -eq 2 ] || fail "--paths with FILE arguments is a usage error"
# run and normalize take --paths too (URL lists, document files); CR LF line ends
printf 'corpus/urls.txt\r\n' | "$Z" run --paths >"$tmp/pr.jsonl" 2>/dev/null || fail "run --paths"
same "run --paths (the URL list's path on stdin) == run" "$tmp/run.jsonl" "$tmp/pr.jsonl"
split -n l/3 -d "$tmp/docs.jsonl" "$tmp/docpart."
ls "$tmp"/docpart.0? | "$Z" normalize --paths >"$tmp/pn.jsonl" || fail "normalize --paths"
same "normalize --paths over 3 document files == normalize" "$tmp/deals.jsonl" "$tmp/pn.jsonl"

[ $fails -eq 0 ] || exit 1
echo ok
