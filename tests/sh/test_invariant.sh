#!/usr/bin/env bash
# The invariant of hostile input: for any input stream, every record either
# produces output or exactly one error line (naming the input and the
# record), the records after a bad one come out exactly as they do without
# it, and the exit status is 1, not a crash. Checked for
#   extract over a plain WARC with bad records in the middle (a record cut
#     short, a bad header, a line that is no record, a corrupt gzip body),
#   extract over a .warc.gz (one member per record) with a corrupt member, a
#     member cut short, bytes that are no member and a record cut short,
#   normalize over JSONL with bad lines (invalid JSON, wrong types, offsets
#     outside the text, invalid UTF-8, a NUL byte, a line over the 64 MiB
#     line limit),
# each compared byte for byte with the output of the same stream without
# the bad records. The WARCs are built here from corpus/pages.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
ok() { echo "ok   $*"; }

# good.warc(.gz): six pages; bad*.warc(.gz): the same with bad records
# between them. Each file's bad record numbers go to FILE.bad.
python3 - "$tmp" <<'PY' || fail "building the WARCs"
import gzip, sys, zlib, os
tmp = sys.argv[1]
pages = ["001-xingtu-b-round.html", "007-xindong-c-round.html", "017-yaorui-b-round-big5.html",
         "028-lingjing-two-rounds.html", "042-weekly-hardtech-table.html", "051-gigadevice-xinlan-acq.html"]

def record(uri, body, extra_http=b"", clen_delta=0, raw_clen=None):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + extra_http +
            b"Content-Length: %d\r\n\r\n" % len(body)) + body
    clen = raw_clen if raw_clen is not None else str(len(http) + clen_delta).encode()
    head = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2026-03-02T01:00:00Z\r\n"
            b"WARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\n"
            b"Content-Type: application/http;msgtype=response\r\nContent-Length: " %
            (os.urandom(8).hex().encode(), uri.encode())) + clen + b"\r\n\r\n"
    return head + http + b"\r\n\r\n"

good = [record("https://news.example/" + p, open("corpus/pages/" + p, "rb").read()) for p in pages]
body = open("corpus/pages/010-guangshan-acq-60pct.html", "rb").read()
cut = record("https://news.example/cut", body)
cut = cut[:len(cut) // 2]                        # Content-Length says more than is there
badhdr = record("https://news.example/badhdr", body, raw_clen=b"12x")
noise = b"GET / HTTP/1.1\r\nHost: not-a-record\r\n\r\n"
badgz = record("https://news.example/badgz", b"\x1f\x8b\x08\x00" + os.urandom(300),
               extra_http=b"Content-Encoding: gzip\r\n")

def write(name, recs):
    with open(os.path.join(tmp, name), "wb") as f:
        f.write(b"".join(recs))

def member(b):
    return gzip.compress(b, mtime=0)

write("good.warc", good)
# a bad record after each of good[1..4]: records 3, 5, 7 and 9
write("bad.warc", good[:2] + [cut] + good[2:3] + [noise] + good[3:4] + [badhdr] + good[4:5] + [badgz] + good[5:])
open(os.path.join(tmp, "bad.warc.bad"), "w").write("3 5 7 9\n")

gm = [member(r) for r in good]
open(os.path.join(tmp, "good.warc.gz"), "wb").write(b"".join(gm))
m = bytearray(member(record("https://news.example/corrupt", body)))
for i in range(len(m) // 2, len(m) // 2 + 8): m[i] ^= 0x55   # corrupt deflate data
short = member(record("https://news.example/short", body))
short = short[:len(short) // 2]                  # a member cut short
junk = b"\x00garbage between members\x00"
cutm = member(cut)                               # a good member holding a record cut short
open(os.path.join(tmp, "bad.warc.gz"), "wb").write(
    b"".join(gm[:1] + [bytes(m)] + gm[1:3] + [short] + gm[3:4] + [junk] + gm[4:5] + [cutm] + gm[5:]))
open(os.path.join(tmp, "bad.warc.gz.bad"), "w").write("2 5 7 9\n")
PY

for f in bad.warc bad.warc.gz; do
    g=${f/bad/good}
    "$Z" extract "$tmp/$g" >"$tmp/$g.out" 2>"$tmp/$g.err"; rc=$?
    [ $rc -eq 0 ] && [ ! -s "$tmp/$g.err" ] || { cat "$tmp/$g.err"; fail "$g: rc=$rc"; }
    [ "$(wc -l <"$tmp/$g.out")" -eq 6 ] || fail "$g: six documents"
    "$Z" extract "$tmp/$f" >"$tmp/$f.out" 2>"$tmp/$f.err"; rc=$?
    [ $rc -eq 1 ] || { cat "$tmp/$f.err"; fail "$f: exit $rc, want 1"; }
    cmp -s "$tmp/$g.out" "$tmp/$f.out" || { cat "$tmp/$f.err"; diff <(cut -c1-150 "$tmp/$g.out") <(cut -c1-150 "$tmp/$f.out"); fail "$f: the good records differ from $g's"; }
    want=$(cat "$tmp/$f.bad")
    got=$(sed -n "s|^zhdeals: extract: $tmp/$f:\([0-9]*\): .*|\1|p" "$tmp/$f.err" | tr '\n' ' ' | sed 's/ $//')
    [ "$(wc -l <"$tmp/$f.err")" -eq 4 ] && [ "$got" = "$want" ] ||
        { cat "$tmp/$f.err"; fail "$f: one error line per bad record ($want), got records: $got"; }
    ok "$f: the 6 good records as without the bad ones, one error line for each of records $want, exit 1"
done

# the same through stdin: the error lines name <stdin>
"$Z" extract - <"$tmp/bad.warc.gz" >"$tmp/stdin.out" 2>"$tmp/stdin.err"; rc=$?
[ $rc -eq 1 ] && cmp -s "$tmp/stdin.out" "$tmp/good.warc.gz.out" &&
    [ "$(grep -c '^zhdeals: extract: <stdin>:[0-9]*: ' "$tmp/stdin.err")" -eq 4 ] ||
    { cat "$tmp/stdin.err"; fail "bad.warc.gz on stdin: rc=$rc"; }
ok "bad.warc.gz read from stdin: same records, four error lines naming <stdin>"

# normalize: the documents of good.warc, with bad lines among them
docs="$tmp/good.warc.out"
"$Z" normalize --emit all "$docs" >"$tmp/norm.good" 2>"$tmp/norm.good.err"; rc=$?
[ $rc -eq 0 ] && [ -s "$tmp/norm.good" ] && [ ! -s "$tmp/norm.good.err" ] || fail "normalize good: rc=$rc"
{
    sed -n 1p "$docs"
    echo '{"schema":1,"url":"x","text":'                                  # 2: invalid JSON
    sed -n 2p "$docs"
    echo '{"schema":1,"url":"x","title":null,"published":null,"charset":"utf-8","text":42,"mentions":[]}'   # 4: wrong type
    echo '{"schema":1,"url":"x","title":null,"published":null,"charset":"utf-8","text":"abc","mentions":[{"type":"money","start":2,"end":9,"text":"c"}]}'  # 5: offsets
    sed -n 3,4p "$docs"
    printf '{"schema":1,"url":"x","text":"\xff\xfe"}\n'                  # 8: not UTF-8
    printf '{"schema":1,"url":"x","text":"a\0b"}\n'                       # 9: a NUL byte
    sed -n 5p "$docs"
    printf '{"schema":1,"url":"x","text":"'; head -c $((64 * 1024 * 1024 + 10)) /dev/zero | tr '\0' a; printf '"}\n'   # 11: too long
    sed -n 6p "$docs"
    echo '[1,2,3]'                                                        # 13: not an object
} >"$tmp/bad.jsonl"
"$Z" normalize --emit all "$tmp/bad.jsonl" >"$tmp/norm.bad" 2>"$tmp/norm.bad.err"; rc=$?
[ $rc -eq 1 ] || { cat "$tmp/norm.bad.err"; fail "normalize bad lines: exit $rc, want 1"; }
cmp -s "$tmp/norm.good" "$tmp/norm.bad" || { cat "$tmp/norm.bad.err"; fail "normalize: the good lines' records differ"; }
got=$(sed -n "s|^zhdeals: normalize: $tmp/bad.jsonl:\([0-9]*\): .*|\1|p" "$tmp/norm.bad.err" | tr '\n' ' ' | sed 's/ $//')
[ "$(wc -l <"$tmp/norm.bad.err")" -eq 7 ] && [ "$got" = "2 4 5 8 9 11 13" ] ||
    { cut -c1-200 "$tmp/norm.bad.err"; fail "normalize: one error line per bad line (2 4 5 8 9 11 13), got $got"; }
ok "normalize: 7 bad lines among 6 documents: the same records, one error line each, exit 1"
"$Z" normalize --emit all <"$tmp/bad.jsonl" >"$tmp/norm.stdin" 2>"$tmp/norm.stdin.err"; rc=$?
[ $rc -eq 1 ] && cmp -s "$tmp/norm.good" "$tmp/norm.stdin" &&
    [ "$(grep -c '^zhdeals: normalize: <stdin>:[0-9]*: ' "$tmp/norm.stdin.err")" -eq 7 ] ||
    fail "normalize bad lines on stdin: rc=$rc"
ok "normalize: the same on stdin"
