#!/usr/bin/env bash
# tests/sh/test_warc_interop.sh: `zhdeals extract` reads WARC files that
# other tools wrote, laid out as Common Crawl lays them out, unchanged.
#   wget --warc-file   the corpus pages served by a python3 http.server this
#                      test starts on loopback; WARC/1.0, one gzip member per
#                      record (and --no-warc-compression: plain), warcinfo
#                      first, a request before each response, and wget's own
#                      metadata and resource records (its manifest, arguments
#                      and log, under metadata://) at the end
#   warcio (npm)       an independent writer (warcio.js, installed into
#                      build/test-tools by this test or test_fetch.sh; this
#                      part is skipped only when npm or node is absent):
#                      WARC/1.1, Common Crawl's layout (warcinfo, then
#                      request, response, metadata for every URL), gzip per
#                      record and plain, plus a revisit, a 404 response, a
#                      urn: resource, a chunked and a gzip-encoded response
# Checks: exactly one document per page (none from request, metadata,
# warcinfo, revisit, the 404 or the crawler's own resources), the documents
# of wget's WARC byte-identical to those of `zhdeals fetch` of the same URLs,
# and text, title, dates and mentions equal to those of the page files read
# directly; warcio's WARCs give the same documents as wget's.
# Uses only 127.0.0.1. Run from the repo root; $ZHDEALS is the binary.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
case $Z in /*) ;; *) Z=$PWD/$Z ;; esac
for t in wget python3 jq; do
    command -v $t >/dev/null || { echo "FAIL: $t missing (make deps installs it)"; exit 1; }
done
tmp=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# ---- the server: python3's http.server over corpus/, on a free port -----------
python3 -u -m http.server 0 --bind 127.0.0.1 --directory corpus >"$tmp/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 50); do
    PORT=$(sed -n 's/^Serving HTTP on .* port \([0-9]*\).*/\1/p' "$tmp/server.log")
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "$PORT" ] || { cat "$tmp/server.log"; echo "FAIL: http.server did not start"; exit 1; }
BASE=http://127.0.0.1:$PORT/pages
# pages whose (fictional) publish day is still to come are left out: a WARC
# captured now cannot hold them, and extract rightly drops a publish time
# later than the capture (the page files read directly have no capture time)
today=$(date -u +%Y-%m-%d)
LC_ALL=C ls corpus/pages | while read -r name; do
    pub=$(jq -r '.published // empty' "corpus/gold/${name%.*}.json" 2>/dev/null)
    [ -z "$pub" ] || [[ ! "${pub:0:10}" > "$today" ]] && echo "$name"
done >"$tmp/names"
sed "s|^|$BASE/|" "$tmp/names" >"$tmp/urls"
npages=$(wc -l <"$tmp/names")

# ---- what the documents should be -----------------------------------------
# zhdeals fetch of the same URLs, and the files read directly (text pages
# with --text: the server calls them text/plain, which extract honours)
"$Z" fetch --quiet --delay 0 --ignore-robots -o "$tmp/fetch.warc" "$tmp/urls" 2>"$tmp/err" ||
    { cat "$tmp/err"; fail "zhdeals fetch"; }
"$Z" extract "$tmp/fetch.warc" >"$tmp/fetch.docs" || fail "extract of fetch's WARC"
{
    "$Z" extract $(grep -v '\.txt$' "$tmp/names" | sed 's|^|corpus/pages/|')
    "$Z" extract --text $(grep '\.txt$' "$tmp/names" | sed 's|^|corpus/pages/|')
} | jq -c -s 'sort_by(.url)[] | del(.url)' >"$tmp/files.docs"

check_docs() { # check_docs LABEL DOCS: one per page, equal to fetch's and to the files'
    local n before=$fails
    n=$(wc -l <"$2")
    [ "$n" -eq "$npages" ] || fail "$1: $n documents for $npages pages"
    cmp -s "$tmp/fetch.docs" "$2" || { diff <(jq -c .url "$tmp/fetch.docs") <(jq -c .url "$2") | head -5; fail "$1: documents differ from those of zhdeals fetch's WARC"; }
    jq -c 'del(.url)' "$2" | cmp -s "$tmp/files.docs" - || fail "$1: documents differ from the page files read directly"
    [ $fails -eq $before ] && echo "ok   $1: $n documents, equal to fetch's and to the files'"
}

# ---- wget --warc-file -------------------------------------------------------
(cd "$tmp" && wget -q --warc-file=wget -O /dev/null -i urls) || fail "wget --warc-file"
(cd "$tmp" && wget -q --warc-file=wget-plain --no-warc-compression -O /dev/null -i urls) || fail "wget --no-warc-compression"
# the premise: WARC/1.0, gzip per record, request/metadata/resource records around the responses
python3 - "$tmp/wget.warc.gz" >"$tmp/wget.types" <<'EOF' || fail "wget's WARC is not one gzip member per record"
import sys, zlib
data = open(sys.argv[1], "rb").read()
members = 0
while data:
    d = zlib.decompressobj(31)
    rec = d.decompress(data)
    assert rec.startswith(b"WARC/1.0\r\n"), rec[:20]
    assert rec.count(b"\r\nWARC-Type: ") == 1   # one record in this member
    print(rec.split(b"\r\nWARC-Type: ", 1)[1].split(b"\r\n", 1)[0].decode())
    data = d.unused_data
    members += 1
EOF
types=$(uniq -c "$tmp/wget.types" | awk '{print $2 "x" $1}' | tr '\n' ' ')
[ "$(head -1 "$tmp/wget.types")" = warcinfo ] || fail "wget's first record: $(head -1 "$tmp/wget.types")"
# one response per page; a request for each, and more when wget retried a
# connection the loaded server reset (it writes the failed attempt's request)
[ "$(grep -c '^request$' "$tmp/wget.types")" -ge "$npages" ] && [ "$(grep -c '^response$' "$tmp/wget.types")" -eq "$npages" ] &&
    grep -q '^metadata$' "$tmp/wget.types" && grep -q '^resource$' "$tmp/wget.types" || fail "wget's record types: $types"
echo "wget's WARC: $(wc -l <"$tmp/wget.types") gzip members: $(sort "$tmp/wget.types" | uniq -c | awk '{print $2 " " $1}' | tr '\n' ',')"
"$Z" extract "$tmp/wget.warc.gz" >"$tmp/wget.docs" 2>"$tmp/err" && [ ! -s "$tmp/err" ] || { cat "$tmp/err"; fail "extract of wget's .warc.gz"; }
check_docs "wget --warc-file (gzip per record)" "$tmp/wget.docs"
"$Z" extract <"$tmp/wget-plain.warc" >"$tmp/wget-plain.docs" 2>"$tmp/err" && [ ! -s "$tmp/err" ] || { cat "$tmp/err"; fail "extract of wget's plain WARC on stdin"; }
check_docs "wget --no-warc-compression, on stdin" "$tmp/wget-plain.docs"

# ---- warcio.js: an independent writer, Common Crawl's layout -------------------
WARCIO_DIR=${ZD_WARCIO_DIR:-$PWD/build/test-tools/warcio}
if [ ! -f "$WARCIO_DIR/node_modules/warcio/package.json" ] && command -v npm >/dev/null; then
    mkdir -p "$WARCIO_DIR"
    timeout 180 npm install --prefix "$WARCIO_DIR" --no-audit --no-fund --silent warcio@2 \
        >"$tmp/npm.log" 2>&1 || { cat "$tmp/npm.log"; fail "npm install warcio"; }
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "SKIP warcio part: npm or node is not installed"
else
    cat >"$tmp/write.cjs" <<'EOF'
// Write the corpus pages as Common Crawl lays out a WARC: warcinfo, then for
// every URL request, response, metadata; plus records a reader must skip.
const { WARCRecord, WARCSerializer } = require("warcio");
const fs = require("fs"), zlib = require("zlib");
const [out, gz, base, dir, ...names] = process.argv.slice(2);
const gzip = gz === "gz", warcVersion = "WARC/1.1", enc = new TextEncoder();
// capture time: now, as wget and zhdeals fetch stamp it (a page's date without
// a year takes the year that puts it nearest before its capture)
const date = new Date().toISOString(), later = new Date(Date.now() + 60000).toISOString();
async function* bytes(b) { if (b.length) yield b; }
const parts = [];
async function put(rec) { parts.push(Buffer.from(await WARCSerializer.serialize(rec, { gzip }))); }
function chunked(b) { // two chunks and the last one
    const h = Math.floor(b.length / 2), c = (x) => Buffer.concat([Buffer.from(x.length.toString(16) + "\r\n"), x, Buffer.from("\r\n")]);
    return Buffer.concat([c(b.subarray(0, h)), c(b.subarray(h)), Buffer.from("0\r\n\r\n")]);
}
(async () => {
    await put(await WARCRecord.createWARCInfo({ filename: "cc-like.warc", warcVersion },
        { software: "warcio.js", format: "WARC File Format 1.1", isPartOf: "zhdeals-test" }));
    for (let i = 0; i < names.length; i++) {
        const url = base + "/" + names[i];
        let body = fs.readFileSync(dir + "/" + names[i]);
        const http = { "Content-Type": names[i].endsWith(".txt") ? "text/plain" : "text/html" };
        if (i % 7 === 3) { http["Content-Encoding"] = "gzip"; body = zlib.gzipSync(body); }
        if (i % 7 === 5) { http["Transfer-Encoding"] = "chunked"; body = chunked(body); }
        else http["Content-Length"] = String(body.length);
        await put(WARCRecord.create({ url, date, type: "request", warcVersion, statusline: "GET /pages/" + names[i] + " HTTP/1.1",
            httpHeaders: { Host: new URL(base).host, "User-Agent": "CCBot/2.0" } }, bytes(Buffer.alloc(0))));
        await put(WARCRecord.create({ url, date, type: "response", warcVersion, httpHeaders: http,
            warcHeaders: { "WARC-Identified-Payload-Type": http["Content-Type"] } }, bytes(body)));
        await put(WARCRecord.create({ url, date, type: "metadata", warcVersion },
            bytes(enc.encode("fetchTimeMs: 12\r\ncharset-detected: UTF-8\r\n"))));
        if (i === 0) { // a later capture of the same page, unchanged: a revisit, and records that are no page
            await put(WARCRecord.create({ url, date: later, type: "revisit", warcVersion,
                refersToUrl: url, refersToDate: date, httpHeaders: { "Content-Type": "text/html" } }, bytes(Buffer.alloc(0))));
            await put(WARCRecord.create({ url: base + "/gone.html", date, type: "response", warcVersion,
                statusline: "HTTP/1.1 404 Not Found", httpHeaders: { "Content-Type": "text/html" } },
                bytes(enc.encode("<html><body><p>星图智能完成5亿元B轮融资。</p></body></html>"))));
            await put(WARCRecord.create({ url: "urn:pageinfo:" + url, date, type: "resource", warcVersion,
                warcHeaders: { "Content-Type": "application/json" } }, bytes(enc.encode('{"title":"x","text":"星图智能完成5亿元B轮融资"}'))));
        }
    }
    fs.writeFileSync(out, Buffer.concat(parts));
})().catch((e) => { console.error(e); process.exit(1); });
EOF
    NODE_PATH=$WARCIO_DIR/node_modules node "$tmp/write.cjs" "$tmp/warcio.warc.gz" gz "$BASE" corpus/pages $(cat "$tmp/names") &&
        NODE_PATH=$WARCIO_DIR/node_modules node "$tmp/write.cjs" "$tmp/warcio.warc" plain "$BASE" corpus/pages $(cat "$tmp/names") ||
        fail "warcio could not write the WARCs"
    # the premise: warcio's own reader sees the layout we meant
    "$WARCIO_DIR/node_modules/.bin/warcio" index "$tmp/warcio.warc.gz" -f warc-type 2>/dev/null |
        jq -r '.["warc-type"]' | sort | uniq -c | awk '{print $2 " " $1}' | tr '\n' ',' >"$tmp/warcio.types"
    echo "warcio's WARC: $(cat "$tmp/warcio.types")"
    want="metadata $npages,request $npages,resource 1,response $((npages + 1)),revisit 1,warcinfo 1,"
    [ "$(cat "$tmp/warcio.types")" = "$want" ] || fail "warcio's record types: want $want"
    python3 -c 'import sys, zlib
d = open(sys.argv[1], "rb").read(); n = 0
while d: z = zlib.decompressobj(31); z.decompress(d); d = z.unused_data; n += 1
print(n)' "$tmp/warcio.warc.gz" >"$tmp/members"
    [ "$(cat "$tmp/members")" -eq $((3 * npages + 4)) ] || fail "warcio's .warc.gz: $(cat "$tmp/members") gzip members"
    for w in warcio.warc.gz warcio.warc; do
        "$Z" extract "$tmp/$w" >"$tmp/$w.docs" 2>"$tmp/err" && [ ! -s "$tmp/err" ] || { cat "$tmp/err"; fail "extract of warcio's $w"; }
        check_docs "warcio $w (CC layout, revisit, 404, urn: resource, chunked, gzip-encoded)" "$tmp/$w.docs"
    done
fi

[ $fails -eq 0 ] || exit 1
echo ok
