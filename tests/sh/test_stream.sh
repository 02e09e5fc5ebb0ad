#!/usr/bin/env bash
# Streaming: memory does not grow with the size of the input. The corpus,
# fetched into a WARC by zhdeals itself, is repeated to about 10 MB and to
# about 100 MB (gzip members concatenated, as .warc.gz files are, and
# plain on stdin); the peak RSS of extract (one thread, and --jobs 2) and
# of normalize (over the documents, and ten times as many) must stay within
# 1.5x of the small input's. A memory check, not a timing one:
# a stage that held its input, or leaked per record, grows with it.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# under AddressSanitizer (make test SANITIZE=...) freed memory waits in a
# quarantine of 256 MB that grows with the input: keep it small here
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=4

# peak RSS in KiB of one command (stdin, stdout: files), from getrusage
peak() { # IN OUT CMD...
    local in=$1 out=$2
    shift 2
    python3 -c '
import resource, subprocess, sys
with open(sys.argv[1], "rb") as i, open(sys.argv[2], "wb") as o:
    rc = subprocess.run(sys.argv[3:], stdin=i, stdout=o).returncode
if rc != 0:
    sys.exit("exit %d: %s" % (rc, " ".join(sys.argv[3:])))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$in" "$out" "$@"
}

"$Z" fetch --ignore-robots -o "$tmp/c.warc.gz" corpus/urls.txt 2>/dev/null
"$Z" fetch --ignore-robots -o "$tmp/c.warc" corpus/urls.txt 2>/dev/null
plain=$(stat -c %s "$tmp/c.warc")
[ "$plain" -gt 100000 ] || fail "fetch of the corpus wrote $plain bytes"
copies=$(( (10000000 + plain - 1) / plain ))
for ((i = 0; i < copies; i++)); do cat "$tmp/c.warc.gz"; done >"$tmp/small.warc.gz"
for ((i = 0; i < 10; i++)); do cat "$tmp/small.warc.gz"; done >"$tmp/big.warc.gz"
echo "inputs: $copies and $((copies * 10)) copies of a $plain-byte WARC of the corpus"

check() { # WHAT SMALL-KIB BIG-KIB
    echo "$1: peak $2 KiB on the small input, $3 KiB on ten times as much"
    [ "$2" -gt 1000 ] && [ "$3" -gt 1000 ] || fail "$1: no peak measured"
    [ $(( $3 * 2 )) -lt $(( $2 * 3 )) ] || fail "$1: memory grows with the input ($2 -> $3 KiB)"
}

s=$(peak /dev/null "$tmp/small.docs" "$Z" extract "$tmp/small.warc.gz") || fail "extract small"
b=$(peak /dev/null "$tmp/big.docs" "$Z" extract "$tmp/big.warc.gz") || fail "extract big"
[ "$(wc -l <"$tmp/big.docs")" -eq $(( $(wc -l <"$tmp/small.docs") * 10 )) ] || fail "every record extracted"
check "extract" "$s" "$b"

# --jobs 2 over a plain WARC on stdin (the other reading path)
rm -f "$tmp/small.warc.gz" "$tmp/big.warc.gz"
for ((i = 0; i < copies; i++)); do cat "$tmp/c.warc"; done >"$tmp/small.warc"
s=$(peak "$tmp/small.warc" /dev/null "$Z" extract --jobs 2) || fail "extract --jobs 2 small"
for ((i = 0; i < 10; i++)); do cat "$tmp/small.warc"; done >"$tmp/big.warc"
b=$(peak "$tmp/big.warc" /dev/null "$Z" extract --jobs 2) || fail "extract --jobs 2 big"
check "extract --jobs 2 (plain WARC on stdin)" "$s" "$b"
rm -f "$tmp/small.warc" "$tmp/big.warc"

# normalize over the documents of the small input, and ten times as many
for ((i = 0; i < 10; i++)); do cat "$tmp/small.docs"; done >"$tmp/big.docs"
s=$(peak "$tmp/small.docs" /dev/null "$Z" normalize) || fail "normalize small"
b=$(peak "$tmp/big.docs" /dev/null "$Z" normalize) || fail "normalize big"
check "normalize ($(stat -c %s "$tmp/small.docs") and $(stat -c %s "$tmp/big.docs") bytes)" "$s" "$b"
echo ok
