#!/usr/bin/env bash
# Limits that hold under attack. Each is hit by an input made here, and must
# give one stderr line naming the input and the position, while the inputs
# after it are still processed:
#   page size before decompression     --max-bytes (default 10 MiB)
#   page size after decompression      the same, for gzip HTTP bodies and .gz files
#   WARC record size                   64 MiB (or --max-bytes + 1 MiB when larger)
#   JSON line size (normalize)         64 MiB
#   HTML nesting depth                 256 elements; deeper content is left out
#   mentions per document              10000, in extract and in normalize
#   regex backtracking                 PCRE2 match limit 10^6 steps per attempt,
#                                      depth 10^4, heap 64 MiB (common/rx.h);
#                                      run-on sentences read in 8 KiB pieces
#   time per page                      --max-page-seconds (default 10)
# A record cut to a limit (nesting, mentions, regex) is written with a
# warning; a record over a size or time limit is not written and the exit
# status is 1.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
ok() { echo "ok   $*"; }
good=corpus/pages/001-xingtu-b-round.html
# without a sanitizer, memory is capped too: a limit that did not hold
# would abort the run (ASan reserves terabytes of address space, so not there)
cap=""
if ! ldd "$Z" 2>/dev/null | grep -q 'libasan\|libubsan'; then cap="ulimit -v 1000000;"; fi
run() { bash -c "$cap \"\$@\"" _ "$@"; }

# -- page size, before decompression
head -c 150000 /dev/zero | tr '\0' x | sed 's/^/<html><body><p>/' >"$tmp/big.html"
run "$Z" extract --max-bytes 100000 "$tmp/big.html" "$good" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$tmp/out")" -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: extract: $tmp/big.html: input larger than 100000 bytes" "$tmp/err" ||
    { cat "$tmp/err"; fail "page over --max-bytes: rc=$rc"; }
ok "page over --max-bytes: one line, the next page extracted, exit 1"

# -- page size after decompression: a gzip bomb as a WARC record's body
# (1 GiB of zeros in 1 MiB), and as a .gz page
python3 - "$tmp" "$good" <<'PY' || fail "building the bomb"
import sys, zlib, gzip
tmp, good = sys.argv[1], sys.argv[2]
c = zlib.compressobj(9, zlib.DEFLATED, 31)
chunk = b"\0" * (1 << 20)
bomb = b"".join(c.compress(chunk) for _ in range(1024)) + c.flush()
def rec(uri, http):
    return (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
            b"\r\nContent-Length: %d\r\n\r\n" % len(http) + http + b"\r\n\r\n")
page = open(good, "rb").read()
hdr = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
with open(tmp + "/bomb.warc", "wb") as f:
    f.write(rec(b"https://a.example/bomb", hdr + b"Content-Encoding: gzip\r\n\r\n" + bomb))
    f.write(rec(b"https://a.example/good", hdr + b"\r\n" + page))
with open(tmp + "/bomb.html.gz", "wb") as f:
    f.write(bomb)
# a WARC record of 70 MiB (zeros, gzip-compressed), then a good one
with open(tmp + "/huge.warc.gz", "wb") as f:
    big = 70 << 20
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    f.write(c.compress(b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/huge\r\n"
                       b"Content-Length: %d\r\n\r\n" % big))
    for _ in range(70): f.write(c.compress(chunk))
    f.write(c.compress(b"\r\n\r\n") + c.flush())
    f.write(gzip.compress(rec(b"https://a.example/good", hdr + b"\r\n" + page)))
PY
run "$Z" extract "$tmp/bomb.warc" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: extract: $tmp/bomb.warc:1: decompressed body larger than 10485760 bytes" "$tmp/err" &&
    [ "$(jq -r .url "$tmp/out")" = https://a.example/good ] ||
    { cat "$tmp/err"; fail "gzip bomb in a WARC record: rc=$rc"; }
ok "gzip bomb (1 GiB) as an HTTP body: stopped at 10 MiB, one line naming record 1, record 2 extracted"
run "$Z" extract "$tmp/bomb.html.gz" "$good" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$tmp/out")" -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: extract: $tmp/bomb.html.gz: input larger than 10485760 bytes" "$tmp/err" ||
    { cat "$tmp/err"; fail "gzip bomb as a .gz page: rc=$rc"; }
ok "gzip bomb as a .gz page: stopped at 10 MiB, one line, the next page extracted"

# -- WARC record size
run "$Z" extract "$tmp/huge.warc.gz" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: extract: $tmp/huge.warc.gz:1: record of 73400320 bytes exceeds the limit of 67108864" "$tmp/err" &&
    [ "$(jq -r .url "$tmp/out")" = https://a.example/good ] ||
    { cat "$tmp/err"; fail "70 MiB WARC record: rc=$rc"; }
ok "70 MiB WARC record: skipped unread, one line naming record 1, record 2 extracted"

# -- JSON line size
"$Z" extract "$good" >"$tmp/doc.jsonl" || fail "extract good"
{ printf '{"schema":1,"text":"'; head -c $((64 << 20)) /dev/zero | tr '\0' a; printf '"}\n'; cat "$tmp/doc.jsonl"; } >"$tmp/long.jsonl"
run "$Z" normalize "$tmp/long.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
"$Z" normalize "$tmp/doc.jsonl" >"$tmp/want" || fail "normalize good"
[ $rc -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: normalize: $tmp/long.jsonl:1: line longer than 67108864 bytes" "$tmp/err" &&
    cmp -s "$tmp/out" "$tmp/want" || { cat "$tmp/err"; fail "64 MiB JSON line: rc=$rc"; }
ok "JSON line over 64 MiB: one line naming line 1, line 2 normalized"

# -- HTML nesting depth: 100000 nested divs, one per line
python3 -c "
print('<html><body><p>前言:云舟机器人完成数千万元天使轮融资。</p>')
for i in range(100000): print('<div>')
print('<p>深处的文字</p>')
print('</div>' * 100000 + '</body></html>')" >"$tmp/deep.html"
run "$Z" extract "$tmp/deep.html" "$good" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l <"$tmp/out")" -eq 2 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: extract: $tmp/deep.html: line 25[0-9]: elements nested deeper than 256" "$tmp/err" &&
    [ "$(head -1 "$tmp/out" | jq -r .text)" = "前言:云舟机器人完成数千万元天使轮融资。" ] ||
    { cat "$tmp/err"; head -c 300 "$tmp/out"; fail "100000 nested divs: rc=$rc"; }
ok "100000 nested divs: the shallow text kept, one line naming the line past depth 256, next page extracted"

# -- mentions per document: extract, then normalize of a document with more
python3 -c "print('，'.join('第%d笔%d万元' % (i, i + 1) for i in range(10500)))" >"$tmp/many.txt"
run "$Z" extract --text "$tmp/many.txt" "$good" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l <"$tmp/out")" -eq 2 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: extract: $tmp/many.txt: 10500 mentions, only the first 10000 kept (dropped from text byte [0-9]*)" "$tmp/err" &&
    [ "$(head -1 "$tmp/out" | jq '.mentions | length')" -eq 10000 ] ||
    { cat "$tmp/err"; fail "10500 mentions in extract: rc=$rc"; }
ok "10500 mentions on a page: 10000 kept, one line, next page extracted"
python3 - "$tmp/many.jsonl" <<'PY'
import json, sys
parts, ms, off = [], [], 0
for i in range(10500):
    w = "%d万元" % (i + 1)
    ms.append({"type": "money", "start": off, "end": off + len(w.encode()), "text": w})
    parts.append(w)
    off += len(w.encode()) + 1
doc = {"schema": 1, "url": "many.txt", "title": None, "published": "2026-03-02", "charset": "utf-8",
       "text": ",".join(parts), "mentions": ms}
open(sys.argv[1], "w").write(json.dumps(doc, ensure_ascii=False) + "\n")
PY
n=$(jq '.mentions | length' "$tmp/many.jsonl")
cat "$tmp/doc.jsonl" >>"$tmp/many.jsonl"
run "$Z" normalize --emit mentions "$tmp/many.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ "$n" -gt 10000 ] && [ $rc -eq 0 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: normalize: $tmp/many.jsonl:1: $n mentions, only the first 10000 read (mention limit; dropped from text byte [0-9]*)" "$tmp/err" &&
    [ "$(jq -r .url "$tmp/out" | grep -c many.txt)" -eq 10000 ] &&
    [ "$(jq -r .url "$tmp/out" | grep -c -v many.txt)" -gt 0 ] ||
    { cat "$tmp/err"; fail "$n mentions in normalize: rc=$rc"; }
ok "$n mentions in a document: normalize reads 10000, one line, next document normalized"

# -- regex backtracking. The patterns are bounded by design (a sentence is
# read in pieces of 8 KiB; look-behind windows of 40 bytes), and no page
# found so far makes one attempt take 10^6 steps; so the limit is lowered
# to 300 steps to see a hit reported, the page still written and the next
# page read. With the default, the same pages hit nothing.
python3 -c "print('融资,甲科技宣布' + '乙' * 20000)" >"$tmp/bt.txt"
ZHDEALS_RX_MATCH_LIMIT=300 run "$Z" extract --text "$tmp/bt.txt" "$good" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l <"$tmp/out")" -eq 2 ] &&
    grep -q "^zhdeals: extract: $tmp/bt.txt: [0-9]* regex match attempts stopped by the PCRE2 limits, the first at text byte [0-9]*" "$tmp/err" ||
    { cat "$tmp/err"; fail "regex match limit: rc=$rc"; }
ok "PCRE2 match limit (lowered to 300): hits reported with the text byte, both pages written"
run "$Z" extract --text "$tmp/bt.txt" "$good" >"$tmp/out2" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] || { cat "$tmp/err"; fail "default match limit: rc=$rc"; }
ok "the same pages under the default limit (10^6): no hit"

# -- time per page: 6 MB of distinct company names and deals
python3 -c "
import random
random.seed(7)
han = [chr(c) for c in range(0x4e00, 0x4e00 + 3000)]
w = lambda: ''.join(random.choice(han) for _ in range(3))
print('，'.join(w() + '有限公司以%d亿元收购' % i + w() + '科技' for i in range(100000)))" >"$tmp/slow.txt"
run "$Z" extract --text --max-page-seconds 0.05 "$tmp/slow.txt" "$good" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$tmp/out")" -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
    grep -q "^zhdeals: extract: $tmp/slow.txt: page took longer than 0.05 s (--max-page-seconds) at text byte [0-9]*; skipped" "$tmp/err" &&
    [ "$(jq -r .url "$tmp/out")" = "$good" ] ||
    { cat "$tmp/err"; fail "time per page: rc=$rc"; }
ok "a page over --max-page-seconds: skipped with one line naming the text byte, the next page extracted, exit 1"
"$Z" extract --max-page-seconds x "$good" >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --max-page-seconds: exit 2"
