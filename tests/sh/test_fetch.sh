#!/usr/bin/env bash
# tests/sh/test_fetch.sh: `zhdeals fetch` end to end against a real HTTP
# server on loopback that this test starts (a small python3 server with one
# handler per fault: GBK and UTF-8 pages, 404, 500-then-200, 503 with
# Retry-After, 429 with a too-long Retry-After, a slow response, gzip, a
# gzip bomb, a huge body, chunked, a redirect and a redirect loop), plus
# file:// lists. Checks: records written in list order, statuses in --log,
# exit status 1 when a URL failed, one stderr line per failed URL naming
# list:line, -o FILE.warc.gz as one gzip member per record, WARC headers,
# Content-Length and digests, decoded bodies with renamed headers, robots.txt
# (a group naming zhdeals, --ignore-robots), politeness delay, --resume,
# SIGTERM, 2 for a missing list, and repeatable output with
# ZHDEALS_FIXED_DATE; and, when npm can install it, warcio reads the output.
# Then every fault of issue 8 in a run of its own (outcome, nothing lost,
# exit status, peak RSS under a bound; see "faults" below), and the
# look-ahead that runs a list grouped by host on all its hosts at once.
# Uses only 127.0.0.1. Run from the repo root; $ZHDEALS is the binary.
set -u
ZHDEALS=${ZHDEALS:-./zhdeals}
case $ZHDEALS in /*) ;; *) ZHDEALS=$PWD/$ZHDEALS ;; esac
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 0; }
[ -x "$ZHDEALS" ] || { echo "FAIL: $ZHDEALS not built"; exit 1; }

T=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    [ -n "${KEEP:-}" ] && echo "kept $T" || rm -rf "$T"
}
trap cleanup EXIT
fails=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fails=$((fails + 1)); }
check() { # check DESCRIPTION COMMAND...
    local d=$1; shift
    if "$@"; then ok "$d"; else bad "$d"; fi
}

# ---- the server -----------------------------------------------------------
cat >"$T/server.py" <<'EOF'
import gzip, http.server, socket, socketserver, struct, sys, threading, time, zlib
counts = {}
lock = threading.Lock()
UTF8 = "<html><head><meta charset=utf-8><title>融资</title></head><body><p>OpenAI获得软银300亿美元投资。</p></body></html>".encode()
GBK = "<html><head><title>收购</title></head><body><p>腾讯收购某公司，交易金额5亿元。</p></body></html>".encode("gbk")
GZ_PLAIN = ("<html><body>" + "<p>压缩页面 gzip page</p>" * 200 + "</body></html>").encode()
BOMB = gzip.compress(b"\0" * (20 << 20), 9)
BIG = b"<html><body>" + b"x" * (2 << 20) + b"</body></html>"

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def date_time_string(self, ts=None): return "Thu, 01 Jan 2026 00:00:00 GMT"
    def version_string(self): return "testserver"
    def send(self, code, body, ctype="text/html", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for k, v in extra: self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        p = self.path
        with lock:
            n = counts[p] = counts.get(p, 0) + 1
            with open(sys.argv[2], "a") as f: f.write("%.3f %s\n" % (time.time(), p))
        if p == "/utf8.html": self.send(200, UTF8, "text/html; charset=utf-8")
        elif p == "/gbk.html": self.send(200, GBK, "text/html; charset=GBK")
        elif p == "/notfound": self.send(404, b"<html>not found</html>")
        elif p == "/flaky": self.send(500, b"oops") if n == 1 else self.send(200, UTF8)
        elif p == "/always500": self.send(500, b"down")
        elif p == "/retry-after":
            if n == 1: self.send(503, b"busy", extra=[("Retry-After", "2")])
            else: self.send(200, UTF8)
        elif p == "/too-busy": self.send(429, b"slow down", extra=[("Retry-After", "3600")])
        elif p == "/slow":
            time.sleep(4)
            self.send(200, UTF8)
        elif p == "/gzip.html":
            self.send(200, gzip.compress(GZ_PLAIN), "text/html; charset=utf-8",
                      [("Content-Encoding", "gzip")])
        elif p == "/bomb": self.send(200, BOMB, "text/html", [("Content-Encoding", "gzip")])
        elif p == "/big": self.send(200, BIG)
        elif p == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (UTF8[:40], UTF8[40:]):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif p == "/redirect":
            self.send(302, b"", extra=[("Location", "/utf8.html?via=redirect")])
        elif p.startswith("/utf8.html?"): self.send(200, UTF8, "text/html; charset=utf-8")
        elif p == "/loop": self.send(302, b"", extra=[("Location", "/loop")])
        elif p.startswith("/polite"): self.send(200, UTF8)
        elif p == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /\n\nUser-agent: zhdeals\n"
                           b"Disallow: /private\nAllow: /private/ok\n", "text/plain")
        elif p.startswith("/private"): self.send(200, UTF8)
        elif p.startswith("/f/"): self.fault(p[3:], n)
        else: self.send(404, b"no such test path")

    # ---- faults, one path each (tests "faults" below) ----
    def head_only(self, code, extra=()):
        self.send_response(code)
        self.send_header("Content-Type", "text/html")
        for k, v in extra: self.send_header(k, v)
        self.end_headers()
    def reset(self):  # RST instead of FIN: SO_LINGER with a zero timeout
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True
    def fault(self, f, n):
        if f == "slow-drip":  # headers at once, then 10 bytes every 0.2 s
            self.head_only(200, [("Content-Length", "100000")])
            for _ in range(10000):
                self.wfile.write(b"<p>drip</p>"[:10]); self.wfile.flush(); time.sleep(0.2)
        elif f in ("reset-mid-body", "reset-once"):
            if f == "reset-once" and n > 1: return self.send(200, UTF8)
            self.head_only(200, [("Content-Length", "20000")])
            self.wfile.write(b"<html><body>" + b"x" * 5000)
            self.reset()
        elif f == "429-retry-after":
            if n == 1: self.send(429, b"slow down", extra=[("Retry-After", "1")])
            else: self.send(200, UTF8)
        elif f == "503-then-200":
            if n == 1: self.send(503, b"busy", extra=[("Retry-After", "1")])
            else: self.send(200, UTF8)
        elif f == "redirect-loop": self.send(301, b"", extra=[("Location", "/f/redirect-loop")])
        elif f == "huge-body":  # 256 MiB, no Content-Length: only the stream says how big
            self.head_only(200, [("Connection", "close")])
            self.close_connection = True
            chunk = b"<p>" + b"x" * ((1 << 20) - 3)
            for _ in range(256): self.wfile.write(chunk)
        elif f == "gzip-bomb": self.send(200, bomb256(), "text/html", [("Content-Encoding", "gzip")])
        elif f == "cl-too-long":  # announces 5000 bytes, sends 100, closes
            self.head_only(200, [("Content-Length", "5000"), ("Connection", "close")])
            self.wfile.write(UTF8[:100])
            self.close_connection = True
        elif f == "cl-too-short":  # announces 40 bytes, sends the whole page:
            self.head_only(200, [("Content-Length", "40")])
            self.wfile.write(UTF8[:40]); self.wfile.flush()
            time.sleep(0.3)  # the rest comes as the reply to the next request
            self.wfile.write(UTF8[40:])
        else: self.send(404, b"no such fault")

_bomb = []
def bomb256():  # 256 MiB of zeros as ~260 KB of gzip, made once
    with lock:
        if not _bomb:
            c = zlib.compressobj(6, zlib.DEFLATED, 31)
            z = bytes(1 << 20)
            _bomb.append(b"".join([c.compress(z) for _ in range(256)] + [c.flush()]))
    return _bomb[0]

class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    def handle_error(self, request, client_address): pass  # clients that time out or abort
s = S(("127.0.0.1", 0), H)
with open(sys.argv[1] + ".tmp", "w") as f: f.write(str(s.server_address[1]))
import os; os.rename(sys.argv[1] + ".tmp", sys.argv[1])
s.serve_forever()
EOF
python3 "$T/server.py" "$T/port" "$T/requests" &
SERVER_PID=$!
for _ in $(seq 100); do [ -s "$T/port" ] && break; sleep 0.1; done
[ -s "$T/port" ] || { echo "FAIL: test server did not start"; exit 1; }
B="http://127.0.0.1:$(cat "$T/port")"

# ---- one run over every kind of URL ---------------------------------------
cat >"$T/urls.txt" <<EOF
# every line is checked below by its line number
$B/flaky
$B/utf8.html

$B/gbk.html
$B/notfound
$B/always500
$B/retry-after
$B/too-busy
$B/gzip.html
$B/bomb
$B/big
$B/chunked
$B/redirect
$B/loop
ftp://127.0.0.1/not-supported
page.html
$B/private/x
$B/private/ok.html
EOF
printf '<html><body><p>local page</p></body></html>\n' >"$T/page.html"
start=$(date +%s)
"$ZHDEALS" fetch --jobs 4 --delay 0 --retries 1 --timeout 10 --max-bytes 1000000 \
    --log "$T/log.jsonl" -o "$T/out.warc.gz" "$T/urls.txt" 2>"$T/err" >"$T/stdout"
rc=$?
echo "run took $(($(date +%s) - start)) s"
robots_fetches=$(grep -c ' /robots.txt$' "$T/requests")
check "exit status 1 when some URLs failed (got $rc)" [ "$rc" -eq 1 ]
check "nothing on stdout with -o" [ ! -s "$T/stdout" ]

python3 - "$T" "$B" <<'EOF' || fails=$((fails + 1))
import base64, gzip, hashlib, json, re, sys, zlib
T, B = sys.argv[1], sys.argv[2]
bad = 0
def check(cond, what):
    global bad
    print(("ok   " if cond else "FAIL ") + what)
    if not cond: bad += 1

log = [json.loads(l) for l in open(T + "/log.jsonl", encoding="utf-8")]
want = {  # url -> (status, http_status, attempts)
    B + "/flaky": ("ok", 200, 2),
    B + "/utf8.html": ("ok", 200, 1),
    B + "/gbk.html": ("ok", 200, 1),
    B + "/notfound": ("http_error", 404, 1),
    B + "/always500": ("http_error", 500, 2),
    B + "/retry-after": ("ok", 200, 2),
    B + "/too-busy": ("http_error", 429, 1),
    B + "/gzip.html": ("ok", 200, 1),
    B + "/bomb": ("too_large", 200, 1),
    B + "/big": ("too_large", 200, 1),
    B + "/chunked": ("ok", 200, 1),
    B + "/redirect": ("ok", 200, 1),
    B + "/loop": ("error", 302, 1),
    "ftp://127.0.0.1/not-supported": ("bad_url", None, 0),
    "file://" + T + "/page.html": ("ok", None, 1),
    B + "/private/x": ("robots", None, 0),
    B + "/private/ok.html": ("ok", 200, 1),
}
check(len(log) == len(want), "one log line per URL (%d lines)" % len(log))
check([l["url"] for l in log] == list(want), "log lines in list order")
for l in log:
    w = want.get(l["url"])
    got = (l["status"], l["http_status"], l["attempts"])
    check(w == got, "log %s: %s" % (l["url"].replace(B, ""), got))
    check(list(l)[:6] == ["url", "status", "http_status", "bytes", "ms", "attempts"],
          "log fields in contract order")
ra = [l for l in log if l["url"].endswith("/retry-after")][0]
check(ra["ms"] >= 1900, "Retry-After: 2 honoured (%d ms)" % ra["ms"])
check([l for l in log if l["url"].endswith("/utf8.html")][0]["bytes"] > 0, "bytes counted")

# stderr: one line per failed URL, naming list:line
err = open(T + "/err", encoding="utf-8", errors="replace").read().splitlines()
failed_lines = [6, 7, 9, 11, 12, 15, 16, 18]
check(len(err) == len(failed_lines), "one stderr line per failed URL (%d)" % len(err))
for e, n in zip(err, failed_lines):
    check(e.startswith("zhdeals: fetch: %s/urls.txt:%d: " % (T, n)), "stderr names list:line: " + e[:90])

# .warc.gz: a series of gzip members, one WARC record each
data = open(T + "/out.warc.gz", "rb").read()
members = []
while data:
    d = zlib.decompressobj(16 + 15)
    members.append(d.decompress(data))
    check(d.eof, "gzip member complete")
    data = d.unused_data
oks = [l["url"] for l in log if l["status"] == "ok"]
check(len(members) == len(oks), "one gzip member per record (%d members, %d ok)" % (len(members), len(oks)))
b32 = lambda x: "sha1:" + base64.b32encode(hashlib.sha1(x).digest()).decode()
recs = {}
for m in members:
    he = m.index(b"\r\n\r\n")
    lines = m[:he].decode().split("\r\n")
    check(lines[0] == "WARC/1.1", "WARC/1.1 version line")
    h = dict(x.split(": ", 1) for x in lines[1:])
    for k in ("WARC-Type", "WARC-Record-ID", "WARC-Date", "WARC-Target-URI", "Content-Type",
              "WARC-Payload-Digest", "Content-Length"):
        check(k in h, "header %s present" % k)
    n = int(h["Content-Length"])
    block = m[he + 4: he + 4 + n]
    check(len(block) == n and m[he + 4 + n:] == b"\r\n\r\n", "Content-Length matches the block, then CRLF CRLF")
    check(h["WARC-Type"] == "response", "response record")
    check(h["Content-Type"] == "application/http;msgtype=response", "application/http content type")
    check(re.fullmatch(r"<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>", h["WARC-Record-ID"]) is not None, "record id is a urn:uuid")
    check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", h["WARC-Date"]) is not None, "WARC-Date format")
    hh = block.index(b"\r\n\r\n")
    head, body = block[:hh].decode("latin-1"), block[hh + 4:]
    check(h["WARC-Payload-Digest"] == b32(body), "payload digest")
    check(h.get("WARC-Block-Digest") == b32(block), "block digest")
    hd = {}
    for x in head.split("\r\n")[1:]:
        k, v = x.split(":", 1)
        hd[k.lower()] = v.strip()
    check(head.startswith("HTTP/1.1 200") or head.startswith("HTTP/1.0 200"), "status line 200")
    check(hd.get("content-length") == str(len(body)), "HTTP Content-Length is the stored body")
    check("content-encoding" not in hd and "transfer-encoding" not in hd, "no Content/Transfer-Encoding left")
    recs[h["WARC-Target-URI"]] = (hd, body)
check(list(recs) == [u if not u.endswith("/redirect") else B + "/utf8.html?via=redirect" for u in oks],
      "records in list order, redirect recorded under its final URL")
UTF8 = "<html><head><meta charset=utf-8><title>融资</title></head><body><p>OpenAI获得软银300亿美元投资。</p></body></html>".encode()
check(recs[B + "/utf8.html"][1] == UTF8, "UTF-8 page stored byte for byte")
check(recs[B + "/gbk.html"][1].decode("gbk").find("腾讯收购") > 0, "GBK page stored undecoded")
check(recs[B + "/gbk.html"][0]["content-type"] == "text/html; charset=GBK", "Content-Type kept")
hd, body = recs[B + "/gzip.html"]
check(body.startswith(b"<html><body><p>") and len(body) > 4000, "gzip page stored decoded")
check(hd.get("x-crawler-content-encoding") == "gzip", "Content-Encoding renamed to X-Crawler-Content-Encoding")
check("x-crawler-content-length" in hd, "compressed length kept as X-Crawler-Content-Length")
hd, body = recs[B + "/chunked"]
check(body == UTF8 and hd.get("x-crawler-transfer-encoding") == "chunked", "chunked page joined, Transfer-Encoding renamed")
hd, body = recs["file://" + T + "/page.html"]
check(hd.get("content-type") == "text/html" and body.startswith(b"<html>"), "file:// page with synthesized HTTP head")
sys.exit(1 if bad else 0)
EOF

# ---- an independent reader: npm warcio's cdx-index over the .warc.gz ------
# (issue 8 asks for one; installed here into build/, skipped when npm or the
# registry is out of reach)
WARCIO_DIR=${ZD_WARCIO_DIR:-$PWD/build/test-tools/warcio}
if [ ! -x "$WARCIO_DIR/node_modules/.bin/warcio" ] && command -v npm >/dev/null; then
    mkdir -p "$WARCIO_DIR"
    timeout 180 npm install --prefix "$WARCIO_DIR" --no-audit --no-fund --silent warcio@2 \
        >/dev/null 2>&1 || echo "note: npm install warcio failed"
fi
if [ -x "$WARCIO_DIR/node_modules/.bin/warcio" ] && command -v node >/dev/null; then
    "$WARCIO_DIR/node_modules/.bin/warcio" cdx-index "$T/out.warc.gz" >"$T/cdx" 2>"$T/cdx.err"
    check "warcio cdx-index reads the .warc.gz" [ $? -eq 0 -a -s "$T/cdx" ]
    python3 - "$T" <<'PYEOF' || fails=$((fails + 1))
import json, sys, zlib
T = sys.argv[1]
data = open(T + "/out.warc.gz", "rb").read()
offsets, pos = [], 0
while pos < len(data):
    offsets.append(pos)
    d = zlib.decompressobj(31); d.decompress(data[pos:]); pos = len(data) - len(d.unused_data)
rows = [json.loads(l.split(" ", 2)[2]) for l in open(T + "/cdx") if l.strip()]
log = [json.loads(l) for l in open(T + "/log.jsonl")]
ok = (len(rows) == sum(l["status"] == "ok" for l in log)
      and [int(r["offset"]) for r in rows] == offsets
      and all(r["status"] == "200" for r in rows)
      and any(r["mime"] == "text/html" for r in rows))
print(("ok   " if ok else "FAIL ") + "warcio: one record per gzip member, HTTP 200, mime parsed (%d rows)" % len(rows))
sys.exit(0 if ok else 1)
PYEOF
else
    echo "skip warcio check (npm warcio not available)"
fi

# ---- --resume: only URLs without a final status are fetched again ---------
if ! "$ZHDEALS" fetch --help 2>&1 | grep -q -- --resume; then
    echo "skip --resume checks (this zhdeals has no --resume option)"
else
cp "$T/log.jsonl" "$T/resume.jsonl"
"$ZHDEALS" fetch --jobs 4 --delay 0 --retries 0 --max-bytes 1000000 --resume "$T/resume.jsonl" \
    --log "$T/resume.jsonl" -o "$T/resume.warc" "$T/urls.txt" 2>"$T/resume.err"
check "resume: exit 1 (500, 429, the loop and robots fail again)" [ $? -eq 1 ]
check "resume: log appended with the 4 retried URLs only" [ "$(wc -l <"$T/resume.jsonl")" -eq 21 ]
check "resume: 5xx, 429, redirect loop, robots fetched again" \
    [ "$(tail -4 "$T/resume.jsonl" | grep -c 'always500\|too-busy\|/loop\|private/x')" -eq 4 ]
check "resume: no records (none of them is ok)" [ ! -s "$T/resume.warc" ]
fi

# ---- timeouts are retried, then fail ---------------------------------------
printf '%s\n' "$B/slow" >"$T/slow.txt"
"$ZHDEALS" fetch --delay 0 --retries 1 --timeout 1 --log "$T/slow.jsonl" "$T/slow.txt" >"$T/slow.warc" 2>"$T/slow.err"
rc=$?
check "timeout: exit 1 (got $rc)" [ "$rc" -eq 1 ]
check "timeout: status timeout after 2 attempts" \
    grep -q '"status":"timeout","http_status":null,"bytes":0,"ms":[0-9]*,"attempts":2' "$T/slow.jsonl"
check "timeout: one stderr line" [ "$(wc -l <"$T/slow.err")" -eq 1 ]
check "timeout: no record" [ ! -s "$T/slow.warc" ]

# ---- faults: each in a run of its own between two good pages ---------------
# For each: the outcome in the log; nothing lost (each of the three URLs
# logged exactly once, in order, a record for each ok URL and none else);
# the process alive (exit 1, not killed by a signal); memory bounded: peak
# RSS (GNU time) under RSS_BOUND_KB, which the 256 MiB huge body or gzip
# bomb would break many times over if fetch held them (a one-page run
# peaks near 15 MB).
RSS_BOUND_KB=48000
if [ ! -x /usr/bin/time ]; then
    bad "faults: /usr/bin/time missing (make deps installs package time)"
else
# fault  status  http_status  attempts  (--retries 1: at most 2 attempts)
while read -r f want_status want_http want_attempts; do
    u=$B/f/$f
    [ "$f" = robots-disallow ] && u=$B/private/$f
    printf '%s\n' "$B/utf8.html?before-$f" "$u" "$B/utf8.html?after-$f" >"$T/f-$f.txt"
    /usr/bin/time -f %M -o "$T/f-$f.rss" "$ZHDEALS" fetch --delay 0 --retries 1 --timeout 3 \
        --max-bytes 2000000 --log "$T/f-$f.jsonl" -o "$T/f-$f.warc" "$T/f-$f.txt" 2>"$T/f-$f.err"
    rc=$?
    python3 - "$T" "$f" "$rc" "$want_status" "$want_http" "$want_attempts" "$RSS_BOUND_KB" <<'PYEOF' || fails=$((fails + 1))
import json, sys
T, f, rc, st, hs, at, bound = sys.argv[1:]
urls = open("%s/f-%s.txt" % (T, f)).read().split()
try:
    log = [json.loads(l) for l in open("%s/f-%s.jsonl" % (T, f))]
except ValueError:
    log = []
rss = int(open("%s/f-%s.rss" % (T, f)).read().split()[-1])
warc = open("%s/f-%s.warc" % (T, f), "rb").read()
targets = [l.split(b" ", 1)[1].decode() for l in warc.split(b"\r\n") if l.startswith(b"WARC-Target-URI: ")]
got = log[1] if len(log) == 3 else {}
want = (st, None if hs == "null" else int(hs), int(at))
outcome = (got.get("status"), got.get("http_status"), got.get("attempts"))
checks = [
    (outcome == want, "outcome %s/%s/%s attempts" % outcome),
    ([l["url"] for l in log] == urls, "each URL logged once, in order"),
    (len(log) == 3 and log[0]["status"] == log[2]["status"] == "ok", "good pages ok"),
    (targets == [l["url"] for l in log if l["status"] == "ok"], "a record for each ok URL, none else"),
    (rc == "1" if st != "ok" else rc == "0", "alive, exit %s" % rc),
    (rss < int(bound), "peak RSS %d KB" % rss),
]
bad = [w for c, w in checks if not c]
print(("ok   " if not bad else "FAIL ") + "fault %s: %s; %s; %s" % (f, checks[0][1], checks[4][1], checks[5][1])
      + ("" if not bad else " -- failed: %s (want %s)" % ("; ".join(bad), want)))
sys.exit(1 if bad else 0)
PYEOF
done <<'EOF'
slow-drip        timeout    200 2
reset-mid-body   error      200 2
reset-once       ok         200 2
429-retry-after  ok         200 2
503-then-200     ok         200 2
redirect-loop    error      301 1
huge-body        too_large  200 1
gzip-bomb        too_large  200 1
cl-too-long      error      200 2
cl-too-short     ok         200 1
robots-disallow  robots     null 0
EOF
fi

# ---- robots.txt: fetched once per host, not a record, --ignore-robots -------
check "robots.txt fetched once for the whole run ($robots_fetches)" [ "$robots_fetches" -eq 1 ]
printf '%s\n' "$B/private/x" >"$T/private.txt"
"$ZHDEALS" fetch --delay 0 --ignore-robots --log "$T/private.jsonl" "$T/private.txt" >"$T/private.warc" 2>"$T/private.err"
check "--ignore-robots: fetched (exit $?)" grep -q '"status":"ok"' "$T/private.jsonl"

# ---- politeness: one host, --delay between requests -----------------------
for i in 1 2 3; do echo "$B/polite$i"; done >"$T/polite.txt"
"$ZHDEALS" fetch --jobs 8 --delay 0.4 "$T/polite.txt" >"$T/polite.warc" 2>"$T/polite.err"
check "politeness: exit 0" [ $? -eq 0 ]
python3 - "$T/requests" <<'EOF'
import sys
t = [float(l.split()[0]) for l in open(sys.argv[1]) if "/polite" in l]
gaps = [b - a for a, b in zip(t, t[1:])]
ok = len(t) == 3 and all(g >= 0.38 for g in gaps)
print(("ok   " if ok else "FAIL ") + "politeness: requests to one host %s s apart" % ["%.2f" % g for g in gaps])
sys.exit(0 if ok else 1)
EOF
[ $? -eq 0 ] || fails=$((fails + 1))

# ---- look-ahead: a list grouped by host still runs its hosts side by side --
# Two hosts (127.0.0.1 and localhost: two origins, one server), four URLs
# each, one host after the other, --jobs 2 and a delay: the second host's
# first request must be among the first two the server sees (a window of
# --jobs URLs would start it only after the first host's third), and the
# records must still come in list order.
for i in 1 2 3 4; do echo "$B/utf8.html?la-a$i"; done >"$T/la.txt"
for i in 1 2 3 4; do echo "http://localhost:${B##*:}/utf8.html?la-b$i"; done >>"$T/la.txt"
"$ZHDEALS" fetch --jobs 2 --delay 0.3 --ignore-robots -o "$T/la.warc" "$T/la.txt" 2>"$T/la.err"
check "look-ahead: exit 0 ($?)" [ $? -eq 0 ]
python3 - "$T" <<'EOF' || fails=$((fails + 1))
import sys
T = sys.argv[1]
req = [l.split()[1] for l in open(T + "/requests") if "?la-" in l]
a = [i for i, p in enumerate(req) if "la-a" in p]
b = [i for i, p in enumerate(req) if "la-b" in p]
urls = open(T + "/la.txt").read().split()
got = [l.split(b" ", 1)[1].decode() for l in open(T + "/la.warc", "rb").read().split(b"\r\n")
       if l.startswith(b"WARC-Target-URI: ")]
ok1 = len(a) == len(b) == 4 and b[0] <= 1
print(("ok   " if ok1 else "FAIL ") + "look-ahead: both hosts from the start (requests in order %s)"
      % "".join("a" if "la-a" in p else "b" for p in req))
ok2 = got == urls
print(("ok   " if ok2 else "FAIL ") + "look-ahead: records in list order")
sys.exit(0 if ok1 and ok2 else 1)
EOF

# ---- file:// lists: stdin, relative refs, plain WARC to stdout, fixed date --
mkdir -p "$T/list/pages"
printf '<html><body><p>一</p></body></html>\n' >"$T/list/pages/1.html"
printf '纯文本\n' >"$T/list/pages/2.txt"
printf '\xef\xbb\xbf# BOM and CRLF\r\npages/1.html\r\n\r\n  pages/2.txt  \r\n' >"$T/list/urls.txt"
(cd "$T" && ZHDEALS_FIXED_DATE=2026-01-01T00:00:00Z "$ZHDEALS" fetch list/urls.txt >"$T/a.warc" 2>"$T/a.err")
check "file list: exit 0" [ $? -eq 0 ]
check "file list: stderr empty" [ ! -s "$T/a.err" ]
check "file list: two records" [ "$(grep -c '^WARC/1.1' "$T/a.warc")" -eq 2 ]
check "file list: relative refs resolved against the list" \
    grep -q "^WARC-Target-URI: file://$T/list/pages/1.html" "$T/a.warc"
check "file list: fixed date" grep -q '^WARC-Date: 2026-01-01T00:00:00Z' "$T/a.warc"
check "file list: text/plain for .txt" grep -q '^Content-Type: text/plain' "$T/a.warc"
(cd "$T/list" && ZHDEALS_FIXED_DATE=2026-01-01T00:00:00Z "$ZHDEALS" fetch --jobs 1 - <urls.txt >"$T/b.warc" 2>"$T/b.err")
check "stdin list (relative to cwd) gives byte-identical records with a fixed date" cmp -s "$T/a.warc" "$T/b.warc"

# ---- SIGTERM: running transfers finish, the WARC stays valid ----------------
printf '%s\n' "$B/utf8.html" "$B/slow" "$B/gbk.html" >"$T/term.txt"
"$ZHDEALS" fetch --delay 0 --timeout 10 --log "$T/term.jsonl" -o "$T/term.warc.gz" "$T/term.txt" 2>"$T/term.err" &
pid=$!
sleep 1.5
kill -TERM "$pid"
wait "$pid"
rc=$?
check "SIGTERM: exit 1 (got $rc)" [ "$rc" -eq 1 ]
check "SIGTERM: said so on stderr" grep -q 'interrupted' "$T/term.err"
check "SIGTERM: the running slow page finished and was logged, the rest not" \
    [ "$(grep -c '"status":"ok"' "$T/term.jsonl")" -eq 2 -a "$(wc -l <"$T/term.jsonl")" -eq 2 ]
check "SIGTERM: the .warc.gz is complete (2 records)" \
    [ "$(python3 -c 'import gzip,sys; print(gzip.open(sys.argv[1]).read().count(b"WARC/1.1\r\n"))' "$T/term.warc.gz")" = 2 ]

# ---- a missing list is a setup error, before any output ---------------------
"$ZHDEALS" fetch --log "$T/m.jsonl" "$T/urls.txt" "$T/no-such-list.txt" >"$T/m.warc" 2>"$T/m.err"
rc=$?
check "missing list: exit 2 (got $rc)" [ "$rc" -eq 2 ]
check "missing list: no output" [ ! -s "$T/m.warc" ]
check "missing list: named on stderr" grep -q 'no-such-list.txt' "$T/m.err"

echo "$fails failed"
[ "$fails" -eq 0 ]
