#!/usr/bin/env bash
# tests/sh/test_fetch_nginx.sh: `zhdeals fetch` against a real web server,
# Debian's nginx, started by this test on loopback (as the test's user, from
# a config in a temp dir; see tests/tools/nginx_loopback.sh) serving
# corpus/pages with gzip on, under two host names (127.0.0.1 and 127.0.0.2)
# so that per-host politeness and robots.txt (a 404 here: allow) are on the
# path. The python server of test_fetch.sh shows the faults; this shows
# that what a production server sends (gzip, chunked, keep-alive) comes out
# right. Checks: every URL logged once, in order, ok; each WARC body equals
# the file byte for byte (stored decoded, the gzip transfer noted in
# X-Crawler-Content-Encoding); `zhdeals extract` of the WARC gives the same
# documents as extracting the files directly (but for url); --resume of the
# finished log fetches nothing. Pages larger than fetch's memory budget
# (2 MiB of bodies and held records) go through an unlinked temporary file
# and come out whole, and a TMPDIR that cannot be written fails those pages
# (one line each, exit 1) while the rest are fetched. nginx comes from
# `make deps`.
set -u
ZHDEALS=${ZHDEALS:-./zhdeals}
case $ZHDEALS in /*) ;; *) ZHDEALS=$PWD/$ZHDEALS ;; esac
[ -x "$ZHDEALS" ] || { echo "FAIL: $ZHDEALS not built"; exit 1; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 0; }
. tests/tools/nginx_loopback.sh
[ -n "$(zd_nginx_bin)" ] || { echo "FAIL: nginx not installed (make deps installs it)"; exit 1; }

T=$(mktemp -d)
cleanup() {
    zd_nginx_stop
    rm -rf "$T"
}
trap cleanup EXIT
fails=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fails=$((fails + 1)); }
check() { # check DESCRIPTION COMMAND...
    local d=$1; shift
    if "$@"; then ok "$d"; else bad "$d"; fi
}

PAGES=$PWD/corpus/pages
# the served tree: the corpus pages (links) and three generated 5 MiB pages
mkdir -p "$T/root"
ln -s "$PAGES"/* "$T/root/"
python3 - "$T/root" <<'EOF'
import random, sys
rnd = random.Random(7)
words = ["融资", "公司", "投资", "市场", "技术", "产品", "客户", "团队", "亿元", "发布", "智能", "数据"]
for k in range(3):
    parts, size = ["<html><head><meta charset=\"utf-8\"><title>大页 %d</title></head><body>" % k], 0
    while size < 5 * 1024 * 1024:
        p = "<p>" + "".join(rnd.choice(words) for _ in range(200)) + "%d。</p>\n" % rnd.randint(0, 10**9)
        parts.append(p)
        size += len(p.encode())
    parts.append("</body></html>\n")
    open("%s/big-%d.html" % (sys.argv[1], k), "w", encoding="utf-8").write("".join(parts))
EOF
zd_nginx_start "$T/nginx" "$T/root" 2 || { echo "FAIL: nginx did not start"; exit 1; }
ok "nginx started on port $NGINX_PORT"

# the pages in name order, alternating between the two hosts; pages whose
# (fictional) publish day is still to come are left out: extract rightly
# drops a publish time later than the capture, and a file read directly has
# no capture time, so the two documents could not be equal
tomorrow=$(date -u -d tomorrow +%Y-%m-%d)
for f in "$PAGES"/*; do
    b=$(basename "$f")
    pub=$(jq -r '.published // empty' "corpus/gold/${b%.*}.json" 2>/dev/null)
    [ -z "$pub" ] || [[ ! "${pub:0:10}" > "$tomorrow" ]] && echo "$f"
done >"$T/pages"
i=0
while read -r f; do
    i=$((i + 1))
    echo "http://127.0.0.$((i % 2 + 1)):$NGINX_PORT/$(basename "$f")"
done <"$T/pages" >"$T/urls.txt"
n=$(wc -l <"$T/urls.txt")

"$ZHDEALS" fetch --jobs 8 --delay 0.05 --log "$T/log.jsonl" -o "$T/out.warc.gz" "$T/urls.txt" \
    >"$T/stdout" 2>"$T/err"
rc=$?
check "fetch of $n pages: exit 0 (got $rc)" [ "$rc" -eq 0 ]
check "fetch: stderr empty" [ ! -s "$T/err" ]

python3 - "$T" "$PAGES" <<'EOF' || fails=$((fails + 1))
import json, os, sys, zlib
T, PAGES = sys.argv[1], sys.argv[2]
bad = 0
def check(cond, what):
    global bad
    print(("ok   " if cond else "FAIL ") + what)
    if not cond: bad += 1

urls = open(T + "/urls.txt").read().split()
files = [os.path.basename(l) for l in open(T + "/pages").read().split()]
log = [json.loads(l) for l in open(T + "/log.jsonl", encoding="utf-8")]
check([l["url"] for l in log] == urls, "log: every URL exactly once, in list order (%d)" % len(log))
notok = [l for l in log if (l["status"], l["http_status"], l["attempts"]) != ("ok", 200, 1)]
check(not notok, "log: all ok, HTTP 200, first attempt %s" % notok[:2])

data = open(T + "/out.warc.gz", "rb").read()
recs = []
while data:
    d = zlib.decompressobj(31)
    recs.append(d.decompress(data))
    data = d.unused_data
check(len(recs) == len(urls), "one record per URL (%d)" % len(recs))
gz = same = 0
for m, u, f in zip(recs, urls, files):
    he = m.index(b"\r\n\r\n")
    h = dict(x.split(": ", 1) for x in m[:he].decode().split("\r\n")[1:])
    block = m[he + 4: he + 4 + int(h["Content-Length"])]
    hh = block.index(b"\r\n\r\n")
    head = {}
    for x in block[:hh].decode("latin-1").split("\r\n")[1:]:
        k, v = x.split(":", 1)
        head[k.strip().lower()] = v.strip()
    body = block[hh + 4:]
    want = open(os.path.join(PAGES, f), "rb").read()
    if h["WARC-Target-URI"] != u or body != want:
        print("FAIL record for %s: %s, %d bytes (file %d)" % (f, h["WARC-Target-URI"], len(body), len(want)))
        bad += 1
    else:
        same += 1
    if (head.get("x-crawler-content-encoding") == "gzip" and "content-encoding" not in head
            and head.get("content-length") == str(len(body))):
        gz += 1
check(same == len(files), "WARC bodies equal the files, decoded (%d/%d)" % (same, len(files)))
check(gz == len(files), "nginx sent gzip; stored decoded with X-Crawler-Content-Encoding and the decoded Content-Length (%d/%d)" % (gz, len(files)))
sys.exit(1 if bad else 0)
EOF

# extract reads the WARC as it reads the files themselves
"$ZHDEALS" extract "$T/out.warc.gz" >"$T/from-warc.jsonl" 2>"$T/x1.err"
rc1=$?
# (a .txt page is served as text/plain, which extract reads as text; given
# as a file it needs --text, as in tests/golden.sh)
rc2=0
while read -r f; do
    case $f in *.txt) opt=--text ;; *) opt= ;; esac
    "$ZHDEALS" extract $opt "$f" >>"$T/from-files.jsonl" 2>>"$T/x2.err" || rc2=$?
done <"$T/pages"
check "extract: same exit status from the WARC and from the files ($rc1, $rc2)" [ "$rc1" -eq "$rc2" ]
python3 - "$T" "$NGINX_PORT" <<'EOF' || fails=$((fails + 1))
import json, sys
T, port = sys.argv[1], sys.argv[2]
a = [json.loads(l) for l in open(T + "/from-warc.jsonl", encoding="utf-8")]
b = [json.loads(l) for l in open(T + "/from-files.jsonl", encoding="utf-8")]
urls = open(T + "/urls.txt").read().split()
ok = len(a) == len(b) == len(urls)
print(("ok   " if ok else "FAIL ") + "extract: one document per page (%d from the WARC, %d from the files)" % (len(a), len(b)))
diff = 0
for x, y, u in zip(a, b, urls):
    if x.get("url") != u:
        print("FAIL extract: url %s, want %s" % (x.get("url"), u)); diff += 1
    x.pop("url", None); y.pop("url", None)
    if x != y:
        diff += 1
        keys = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
        print("FAIL extract: %s differs from the file's document in %s" % (u, keys))
print(("ok   " if diff == 0 and ok else "FAIL ") + "extract: WARC documents equal the files' documents but for url")
sys.exit(0 if ok and diff == 0 else 1)
EOF

# a finished log: --resume fetches nothing, writes nothing, logs nothing more
cp "$T/log.jsonl" "$T/log2.jsonl"
"$ZHDEALS" fetch --delay 0 --resume "$T/log2.jsonl" --log "$T/log2.jsonl" -o "$T/again.warc" \
    "$T/urls.txt" 2>"$T/again.err"
rc=$?
check "resume of a finished log: exit 0 (got $rc), no record, log unchanged" \
    [ "$rc" -eq 0 -a ! -s "$T/again.warc" -a "$(wc -l <"$T/log2.jsonl")" -eq "$n" ]
# (its error log has one line per host for the missing robots.txt)
check "nginx logged no error but the missing robots.txt" \
    [ -z "$(grep -v '\[notice\]\|/robots.txt" failed (2: No such file' "$T/nginx/error.log")" ]

# large pages: three 5 MiB pages among three small ones, 8 at a time
base=http://127.0.0.1:$NGINX_PORT
small=($(ls "$PAGES" | grep '\.html$' | head -3))
for i in 0 1 2; do echo "$base/big-$i.html"; echo "$base/${small[$i]}"; done >"$T/big.urls"
mkdir -p "$T/spill"
TMPDIR=$T/spill "$ZHDEALS" fetch --jobs 8 --delay 0 -o "$T/big.warc" "$T/big.urls" 2>"$T/big.err"
rc=$?
check "large pages: exit 0 (got $rc), stderr empty" [ "$rc" -eq 0 -a ! -s "$T/big.err" ]
check "large pages: no temporary file left behind" [ -z "$(ls -A "$T/spill")" ]
python3 - "$T" <<'EOF' || fails=$((fails + 1))
import os, sys
T = sys.argv[1]
data = open(T + "/big.warc", "rb").read()
urls = open(T + "/big.urls").read().split()
got = []
while data:
    he = data.index(b"\r\n\r\n")
    h = dict(x.split(": ", 1) for x in data[:he].decode().split("\r\n")[1:])
    n = int(h["Content-Length"])
    block = data[he + 4: he + 4 + n]
    assert data[he + 4 + n: he + 8 + n] == b"\r\n\r\n"
    data = data[he + 8 + n:]
    got.append((h["WARC-Target-URI"], block[block.index(b"\r\n\r\n") + 4:]))
same = 0
for (u, body), want in zip(got, urls):
    path = os.path.join(T, "root", want.rsplit("/", 1)[1])
    same += u == want and body == open(path, "rb").read()
ok = len(got) == len(urls) == same
print(("ok   " if ok else "FAIL ") + "large pages: records in list order, bodies equal the files (%d/%d)" % (same, len(urls)))
sys.exit(0 if ok else 1)
EOF
# a temporary directory that is not there: the large pages fail, one line
# each naming the URL; the small ones (one at a time, under the budget) do not
TMPDIR=$T/not-there "$ZHDEALS" fetch --jobs 1 --delay 0 --log "$T/big.log" -o "$T/big2.warc" \
    "$T/big.urls" 2>"$T/big2.err"
rc=$?
check "TMPDIR missing: exit 1 (got $rc)" [ "$rc" -eq 1 ]
check "TMPDIR missing: one error line per large page" \
    [ "$(grep -c 'big-[0-2].html: cannot keep the page in a temporary file: No such file or directory' "$T/big2.err")" -eq 3 -a "$(wc -l <"$T/big2.err")" -eq 3 ]
check "TMPDIR missing: the small pages are fetched" \
    [ "$(jq -r .status "$T/big.log" | tr '\n' ' ')" = "error ok error ok error ok " -a "$(grep -c '^WARC/1.1' "$T/big2.warc")" -eq 3 ]

echo "$fails failed"
[ "$fails" -eq 0 ]
