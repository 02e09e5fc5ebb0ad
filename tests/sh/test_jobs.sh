#!/usr/bin/env bash
# extract --jobs N: worker threads must not change a byte. For the same
# inputs, --jobs 2 and --jobs 3 give the stdout, the stderr lines (in
# order) and the exit status of --jobs 1: over the corpus pages as files,
# over a WARC of the corpus (gzip and plain), over a WARC with bad records
# and files that fail among good ones, and, when ../shared is present, over
# its real news pages. The golden records must also come out of --jobs 2.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
SHARED=${ZD_SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# same stdout, stderr and status for --jobs 1, 2 and 3: same NAME ARGS...
# (stdin from the file $IN when set)
same() {
    local name=$1
    shift
    "$Z" extract --jobs 1 "$@" <"${IN:-/dev/null}" >"$tmp/$name.1" 2>"$tmp/$name.e1"
    local rc1=$?
    for j in 2 3; do
        "$Z" extract --jobs $j "$@" <"${IN:-/dev/null}" >"$tmp/$name.$j" 2>"$tmp/$name.e$j"
        local rc=$?
        [ $rc -eq $rc1 ] || fail "$name: --jobs $j exit $rc, --jobs 1 exit $rc1"
        cmp -s "$tmp/$name.1" "$tmp/$name.$j" || fail "$name: --jobs $j stdout differs from --jobs 1"
        cmp -s "$tmp/$name.e1" "$tmp/$name.e$j" || { diff "$tmp/$name.e1" "$tmp/$name.e$j" | head; fail "$name: --jobs $j stderr differs"; }
    done
    echo "ok $name: $(wc -l <"$tmp/$name.1") documents, $(wc -l <"$tmp/$name.e1") messages, exit $rc1"
}

"$Z" extract --jobs 0 - </dev/null 2>/dev/null; [ $? -eq 2 ] || fail "--jobs 0 is a usage error"

pages=(corpus/pages/*.html)
[ ${#pages[@]} -ge 20 ] || fail "corpus pages missing"
same files "${pages[@]}"
[ "$(wc -l <"$tmp/files.1")" -eq ${#pages[@]} ] || fail "one document per page"

# the golden records (tests/golden.sh: one process per page, compared with
# corpus/expected/), from one --jobs 2 process over all the HTML pages
"$Z" extract --jobs 2 "${pages[@]}" | "$Z" normalize --emit all >"$tmp/golden.out"
for p in "${pages[@]}"; do "$Z" extract "$p" | "$Z" normalize --emit all; done >"$tmp/golden.exp"
[ -s "$tmp/golden.exp" ] || fail "no golden records"
cmp -s "$tmp/golden.out" "$tmp/golden.exp" || fail "--jobs 2 differs from the page-by-page golden runs"

# the corpus as WARC, fetched by zhdeals itself (gzip: one member per record)
"$Z" fetch --ignore-robots -o "$tmp/c.warc.gz" corpus/urls.txt 2>/dev/null
"$Z" fetch --ignore-robots -o "$tmp/c.warc" corpus/urls.txt 2>/dev/null
n=$(grep -c '^WARC/1.1' "$tmp/c.warc")
[ "$n" -ge 20 ] || fail "fetch of the corpus wrote $n records"
same warc-gz "$tmp/c.warc.gz"
same warc "$tmp/c.warc"
[ "$(wc -l <"$tmp/warc.1")" -eq "$n" ] || fail "one document per record"
# a long input: the ring of records wraps many times
same warc-x5 "$tmp/c.warc" "$tmp/c.warc.gz" "$tmp/c.warc" "$tmp/c.warc.gz" "$tmp/c.warc"

# bad records between good ones: garbage, a bad Content-Length, a cut end;
# and inputs that fail among good files (binary, stdin as text)
awk -v RS='WARC/1.1\r\n' -v ORS='' 'NR == 1 { next }
    NR == 4 { print "this is not a WARC record\r\n\r\n" }
    NR == 7 { sub(/Content-Length: [0-9]+/, "Content-Length: x") }
    { print "WARC/1.1\r\n" $0 }' "$tmp/c.warc" >"$tmp/bad.warc"
head -c $(( $(stat -c %s "$tmp/bad.warc") - 300 )) "$tmp/bad.warc" >"$tmp/badcut.warc"
same bad-warc "$tmp/badcut.warc"
[ "$(wc -l <"$tmp/bad-warc.e1")" -ge 3 ] || { cat "$tmp/bad-warc.e1"; fail "bad records reported"; }
head -c 4096 /dev/urandom | tr -d '\n' >"$tmp/binary.html"
printf '\0\0\0PNG\0\0' >>"$tmp/binary.html"
same mixed "${pages[0]}" "$tmp/binary.html" "$tmp/badcut.warc" "${pages[1]}" "$tmp/binary.html" "$tmp/c.warc.gz"
grep -q "binary.html" "$tmp/mixed.e1" || fail "binary page reported"
IN=$tmp/c.warc.gz same stdin-warc -
IN=$(ls corpus/pages/*.txt | head -1) same stdin-text --text --published 2026-03-01 -

if [ -d "$SHARED/external/news-html/html" ]; then
    same news-html "$SHARED"/external/news-html/html/*.html
else
    echo "skip news-html: $SHARED/external/news-html/html absent"
fi
echo ok
