#!/usr/bin/env bash
# tests/tools/bench_fetch.sh: `make bench-fetch`. How fast `zhdeals fetch`
# fetches, and how much memory it needs, beside curl's own parallel mode on
# the same URL list in the same run (issue 8: match or beat curl --parallel,
# with peak memory that does not grow with the length of the list).
#
# Starts a private nginx on loopback (tests/tools/nginx_loopback.sh) serving
# corpus/pages with gzip on, under HOSTS names (127.0.0.1 .. 127.0.0.HOSTS,
# one port), and builds a list of URLS URLs over them (each URL distinct by
# its query; the pages cycle through the corpus). Then, on that list:
#   zhdeals fetch --delay 0 --ignore-robots --jobs JOBS  -o a .warc
#   curl --parallel --parallel-max JOBS --compressed      -o one file per URL
# and prints pages/s, CPU time (user + system) and peak RSS (GNU time) of
# each and their ratios. On a shared machine pages/s moves with the load;
# the ratios, from the same run, and the CPU times hold better. Both
# ask for gzip and write every page to disk; zhdeals also digests each page
# and writes a WARC record and a log line.
#
# ORDER=interleaved (default) lists the hosts round-robin; ORDER=grouped
# lists all of one host's URLs, then the next host's (a list sorted by
# site), where one-request-per-host politeness must not serialize the run.
# SHORT=N also runs zhdeals on the first N URLs alone, to show peak memory
# at two list lengths; LONG=N runs it alone on N URLs (WARC to /dev/null),
# then with --resume of that run's log.
#
# Usage: bench_fetch.sh [URLS [JOBS [HOSTS]]]   (defaults 10000 32 64)
# Environment: ZHDEALS (default ./zhdeals), ORDER, SHORT, LONG, KEEP=1 keeps the
# temp dir.
set -u
cd "$(dirname "$0")/../.."
N=${1:-10000}
JOBS=${2:-32}
HOSTS=${3:-64}
ORDER=${ORDER:-interleaved}
SHORT=${SHORT:-}
ZHDEALS=${ZHDEALS:-./zhdeals}
case $ZHDEALS in /*) ;; *) ZHDEALS=$PWD/$ZHDEALS ;; esac
. tests/tools/nginx_loopback.sh
for t in "$ZHDEALS" /usr/bin/time; do
    [ -x "$t" ] || { echo "bench-fetch: $t missing (make deps)" >&2; exit 2; }
done
[ -n "$(zd_nginx_bin)" ] || { echo "bench-fetch: nginx missing (make deps)" >&2; exit 2; }
command -v curl >/dev/null || { echo "bench-fetch: curl missing (make deps)" >&2; exit 2; }

T=$(mktemp -d)
cleanup() {
    zd_nginx_stop
    if [ -n "${KEEP:-}" ]; then echo "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT
PAGES=$PWD/corpus/pages
zd_nginx_start "$T/nginx" "$PAGES" "$HOSTS" 1 || { echo "bench-fetch: nginx did not start" >&2; exit 2; }

# the list, and curl's config (one url/output pair per URL)
ls "$PAGES" >"$T/pages"
mklist() { # mklist N: N URLs on stdout
    awk -v n="$1" -v hosts="$HOSTS" -v port="$NGINX_PORT" -v order="$ORDER" '
        { page[NR - 1] = $0 }
        END {
            per = int((n + hosts - 1) / hosts)
            for (i = 0; i < n; i++) {
                if (order == "grouped") { h = int(i / per); k = i % per }
                else { h = i % hosts; k = int(i / hosts) }
                printf "http://127.0.0.%d:%d/%s?i=%d\n", h + 1, port, page[(h + k) % NR], i
            }
        }' "$T/pages"
}
mklist "$N" >"$T/urls.txt"
awk '{ printf "url = \"%s\"\noutput = \"%d.html\"\n", $0, NR }' "$T/urls.txt" >"$T/curl.cfg"
echo "bench-fetch: $N URLs ($ORDER) over $HOSTS hosts on 127.0.0.x:$NGINX_PORT (nginx, gzip), $JOBS parallel"

# run NAME CMD...: time CMD, leave "seconds peak_kb cpu_seconds" in $T/NAME.time
run() {
    local name=$1
    shift
    /usr/bin/time -f '%e %M %U %S' -o "$T/$name.time" "$@" >"$T/$name.out" 2>"$T/$name.err"
    local rc=$?
    [ "$rc" -eq 0 ] || { echo "bench-fetch: $name exited $rc" >&2; tail -3 "$T/$name.err" >&2; }
}
zd() { # zd NAME LIST [OPTION...]
    local name=$1 list=$2
    shift 2
    run "$name" "$ZHDEALS" fetch --quiet --delay 0 --ignore-robots --jobs "$JOBS" \
        --log "$T/$name.log" -o "$T/$name.warc" "$@" "$list"
}

# a warm-up pass over a few URLs (first connections, page cache)
head -200 "$T/urls.txt" >"$T/warm.txt"
zd warm "$T/warm.txt"
zd zhdeals "$T/urls.txt"
run curl curl --silent --show-error --compressed --parallel --parallel-max "$JOBS" \
    --output-dir "$T/curl" --create-dirs -K "$T/curl.cfg"

z_ok=$(grep -c '"status":"ok"' "$T/zhdeals.log")
c_ok=$(find "$T/curl" -name '*.html' -size +0 | wc -l)
read -r zs zk zu zy <"$T/zhdeals.time"
read -r cs ck cu cy <"$T/curl.time"
awk -v n="$N" -v zs="$zs" -v zk="$zk" -v cs="$cs" -v ck="$ck" -v zo="$z_ok" -v co="$c_ok" \
    -v zc="$(echo "$zu $zy" | awk '{ print $1 + $2 }')" -v cc="$(echo "$cu $cy" | awk '{ print $1 + $2 }')" 'BEGIN {
    zr = (zs > 0) ? n / zs : 0; cr = (cs > 0) ? n / cs : 0
    rr = (cr > 0) ? zr / cr : 0; mr = (ck > 0) ? zk / ck : 0
    printf "  zhdeals fetch   %6.2f s %6.0f pages/s  CPU %5.2f s  peak RSS %5.1f MB  (%d/%d ok)\n", zs, zr, zc, zk / 1024, zo, n
    printf "  curl --parallel %6.2f s %6.0f pages/s  CPU %5.2f s  peak RSS %5.1f MB  (%d/%d files)\n", cs, cr, cc, ck / 1024, co, n
    printf "  zhdeals/curl: %.2fx the pages/s, %.2fx the CPU time, %.2fx the peak RSS\n", rr, (cc > 0) ? zc / cc : 0, mr
}'
if [ -n "$SHORT" ]; then
    head -"$SHORT" "$T/urls.txt" >"$T/short.txt"
    zd short "$T/short.txt"
    read -r ss sk su sy <"$T/short.time"
    awk -v a="$SHORT" -v ak="$sk" -v b="$N" -v bk="$zk" 'BEGIN {
        printf "  zhdeals peak RSS: %.1f MB for %d URLs, %.1f MB for %d URLs\n", ak / 1024, a, bk / 1024, b }'
fi
if [ -n "${LONG:-}" ]; then
    # zhdeals alone on a LONG list (WARC to /dev/null), then --resume of its
    # log (every URL skipped: the memory of the set of done URLs)
    mklist "$LONG" >"$T/long.txt"
    zd long "$T/long.txt" -o /dev/null
    read -r ls lk lu ly <"$T/long.time"
    l_ok=$(grep -c '"status":"ok"' "$T/long.log")
    zd resume "$T/long.txt" -o /dev/null --resume "$T/long.log"
    read -r rs rk ru ry <"$T/resume.time"
    awk -v n="$LONG" -v ls="$ls" -v lk="$lk" -v o="$l_ok" -v rk="$rk" -v rs="$rs" 'BEGIN {
        printf "  zhdeals peak RSS: %.1f MB for %d URLs (%.0f pages/s, %d ok); --resume of its log %.1f MB (%.2f s)\n",
            lk / 1024, n, n / ls, o, rk / 1024, rs }'
fi
[ "$z_ok" -eq "$N" ] && [ "$c_ok" -eq "$N" ]
