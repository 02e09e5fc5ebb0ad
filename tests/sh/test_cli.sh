#!/usr/bin/env bash
# The command line as a user meets it: --help for each command, usage errors
# (exit 2, nothing on stdout), bad inputs (one stderr line each, the rest
# still processed, exit 1), and `run` giving byte-identical output to the
# fetch | extract | normalize pipe over the bundled corpus.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

for c in fetch extract normalize run; do
    "$Z" $c --help | grep -q "usage: zhdeals $c" || fail "$c --help"
done
"$Z" --version | grep -q '^zhdeals ' || fail "--version"

# usage errors: exit 2 and no records
"$Z" normalize --emit nonsense </dev/null >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q 'bad --emit' "$tmp/err" || fail "bad --emit: rc=$rc"
"$Z" extract --published 2026-13-01 --text - </dev/null >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] || fail "bad --published: rc=$rc"
"$Z" extract corpus/pages/001-xingtu-b-round.html /nonexistent.html >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q '/nonexistent.html' "$tmp/err" || fail "missing file: rc=$rc"
"$Z" frobnicate 2>/dev/null; [ $? -eq 2 ] || fail "unknown command"
"$Z" normalize --date-conventions rolling-weeks,weekly </dev/null >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q 'bad --date-conventions "rolling-weeks,weekly"' "$tmp/err" ||
    fail "bad --date-conventions: rc=$rc"

# --prefer and --date-conventions reach the resolver (2026-02-24 is a Tuesday)
printf '公司下周三开会,9月30日前交付。\n' | "$Z" extract --text --published 2026-02-24 >"$tmp/d1"
vals() { "$Z" normalize --emit mentions "$@" "$tmp/d1" | jq -r .value | paste -sd' '; }
[ "$(vals)" = "2026-03-04 2025-09-30" ] || fail "default dates: $(vals)"
[ "$(vals --prefer year --date-conventions rolling-weeks)" = "2026-02-25 2026-09-30" ] ||
    fail "--prefer year --date-conventions rolling-weeks: $(vals --prefer year --date-conventions rolling-weeks)"

# bad inputs among good ones: a binary file, a truncated WARC, a page in an
# undeclared charset (GBK with no meta: must still decode), a URL that fails
head -c 4096 /dev/urandom | tr -d '\n' >"$tmp/binary.html"
printf '\0\0\0PNG\0\0' >>"$tmp/binary.html"
good=corpus/pages/001-xingtu-b-round.html
printf '<html><body><p>%s</p></body></html>' '深圳星图智能今日宣布完成新一轮融资，金额为三亿元人民币。' |
    iconv -f UTF-8 -t GBK >"$tmp/undeclared-gbk.html"
"$Z" extract "$tmp/binary.html" "$good" "$tmp/undeclared-gbk.html" >"$tmp/docs" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] || fail "binary among good: rc=$rc"
[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "binary.html" "$tmp/err" || { cat "$tmp/err"; fail "one error line naming the binary file"; }
[ "$(wc -l <"$tmp/docs")" -eq 2 ] || fail "the two good pages still extracted"
grep -q '三亿元' "$tmp/docs" || fail "undeclared GBK page decoded"

# a WARC cut short in its last record: the first records still come out
"$Z" fetch --ignore-robots corpus/urls.txt >"$tmp/all.warc" 2>/dev/null
n=$(grep -c '^WARC/1.1' "$tmp/all.warc")
[ "$n" -ge 12 ] || fail "fetch of the corpus wrote $n records"
head -c $(( $(stat -c %s "$tmp/all.warc") - 500 )) "$tmp/all.warc" >"$tmp/cut.warc"
"$Z" extract "$tmp/cut.warc" >"$tmp/cut.docs" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] || fail "truncated WARC: rc=$rc"
grep -q "cut.warc:$n: truncated" "$tmp/err" || { cat "$tmp/err"; fail "truncated record named by number"; }
[ "$(wc -l <"$tmp/cut.docs")" -eq $((n - 1)) ] || fail "records before the cut kept"

# a URL that fails, among good ones
{ cat corpus/urls.txt | sed "s|^pages/|file://$PWD/corpus/pages/|"; echo "file:///nonexistent/page.html"; } >"$tmp/urls.txt"
"$Z" run "$tmp/urls.txt" >"$tmp/run.out" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] || fail "failing URL: rc=$rc"
grep -q 'nonexistent' "$tmp/err" || fail "failing URL reported"
[ -s "$tmp/run.out" ] || fail "good URLs still processed"

# run == fetch | extract | normalize, byte for byte
"$Z" run corpus/urls.txt >"$tmp/run" 2>/dev/null
"$Z" fetch corpus/urls.txt 2>/dev/null | "$Z" extract | "$Z" normalize >"$tmp/pipe"
cmp -s "$tmp/run" "$tmp/pipe" || { diff "$tmp/run" "$tmp/pipe" | head; fail "run differs from the pipe"; }
[ -s "$tmp/run" ] || fail "no deals from the corpus"
"$Z" run --format csv corpus/urls.txt >"$tmp/run.csv" 2>/dev/null
"$Z" fetch corpus/urls.txt 2>/dev/null | "$Z" extract | "$Z" normalize --format csv >"$tmp/pipe.csv"
cmp -s "$tmp/run.csv" "$tmp/pipe.csv" || fail "run --format csv differs from the pipe"
# run hands extract's documents to normalize without their JSON: every
# mention too is the same as through the pipe's JSON lines
"$Z" run --emit all corpus/urls.txt >"$tmp/run.all" 2>/dev/null
"$Z" fetch corpus/urls.txt 2>/dev/null | "$Z" extract | "$Z" normalize --emit all >"$tmp/pipe.all"
cmp -s "$tmp/run.all" "$tmp/pipe.all" || fail "run --emit all differs from the pipe"
[ "$(grep -c '"type":"org"' "$tmp/run.all")" -gt 1000 ] || fail "run --emit all: too few mentions"

# CSV loads into sqlite3 as it is and queries back the same number of deals
if command -v sqlite3 >/dev/null; then
    sqlite3 "$tmp/d.db" ".import --csv $tmp/run.csv deals"
    rows=$(sqlite3 "$tmp/d.db" 'select count(*) from deals')
    [ "$rows" -eq "$(wc -l <"$tmp/run")" ] || fail "sqlite3 import: $rows rows"
fi
echo ok
