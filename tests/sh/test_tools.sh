#!/usr/bin/env bash
# tests/sh/test_tools.sh: the records load, as they are, into the tools
# people feed them to, and every tool reads back the same deals.
#   jq       over `normalize` JSONL (the default format)
#   sqlite3  `.import --csv` of `normalize --format csv`
#   psql     `\copy ... csv header` into typed columns of a PostgreSQL
#            server from Debian that this test starts: a private cluster
#            (initdb, pg_ctl) in a temp dir, on a free loopback port, run as
#            an unprivileged user (nobody) when the test runs as root
# Inputs: the documents of corpus/pages plus one page written here whose
# deal has double quotes and commas in its evidence and a comma in its url,
# so CSV quoting is exercised (the corpus's table rows add tabs).
# Checks: the same number of rows everywhere; every deal's 15 CSV fields
# as read back by sqlite3 and by PostgreSQL equal the same fields taken
# from the JSONL with jq, byte for byte; sums of amounts by currency and
# the deals of one investor agree between jq, sqlite3 and PostgreSQL.
# Run from the repo root; $ZHDEALS is the binary.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
case $Z in /*) ;; *) Z=$PWD/$Z ;; esac
tmp=$(mktemp -d)
PGD= PGRUN=
cleanup() {
    if [ -n "$PGD" ] && [ -f "$PGD/data/postmaster.pid" ]; then
        $PGRUN "$PGBIN/pg_ctl" stop -D "$PGD/data" -m immediate >/dev/null 2>&1
    fi
    [ -n "$PGD" ] && rm -rf "$PGD"
    rm -rf "$tmp"
}
trap cleanup EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
for t in jq sqlite3 psql; do
    command -v $t >/dev/null || { echo "FAIL: $t missing (make deps installs it)"; exit 1; }
done

# ---- the records -----------------------------------------------------------
{
    "$Z" extract corpus/pages/*
    printf '%s\n' '2月27日,星河动力宣布完成"5亿元"B轮融资,由红杉中国领投。' |
        "$Z" extract --text --url 'https://example.com/news?id=7,8' --published 2026-03-01
} >"$tmp/docs.jsonl" 2>"$tmp/err" || { cat "$tmp/err"; fail "extract"; }
"$Z" normalize "$tmp/docs.jsonl" >"$tmp/deals.jsonl" || fail "normalize jsonl"
"$Z" normalize --format csv "$tmp/docs.jsonl" >"$tmp/deals.csv" || fail "normalize csv"
n=$(wc -l <"$tmp/deals.jsonl")
[ "$n" -gt 50 ] || fail "only $n deals from the corpus"
jq -e -s 'any(.[]; .evidence | test("\"") and test(","))' "$tmp/deals.jsonl" >/dev/null ||
    fail "no deal with a quote and a comma in its evidence: CSV quoting not exercised"

# ---- jq: the fields of every deal as CSV writes them -----------------------
# (a null is an empty field; lead_investors are the investors with lead true)
jq -c '[.url, (.published // ""), .type, .status, .target.name,
        (.investors | map(.name) | join(";")),
        (.investors | map(select(.lead == true) | .name) | join(";")),
        (.amount.value // "" | tostring), (.amount.currency // ""),
        (if .amount then (.amount.approx | tostring) else "" end),
        (.valuation.value // "" | tostring), (.valuation.basis // ""),
        (.round // ""), (.date // ""), .evidence]' "$tmp/deals.jsonl" >"$tmp/jq.rows"
[ "$(wc -l <"$tmp/jq.rows")" -eq "$n" ] || fail "jq rows"

# select by investor and sum amounts, in jq
INV="MiraclePlus"
jq -r --arg inv "$INV" 'select(any(.investors[]; .name == $inv)) | .target.name' "$tmp/deals.jsonl" |
    sort >"$tmp/jq.inv"
[ -s "$tmp/jq.inv" ] || fail "jq: no deal of $INV"
jq -r -s 'map(select(.amount.value != null)) | group_by(.amount.currency)
          | .[] | "\(.[0].amount.currency) \(map(.amount.value) | add) \(length)"' "$tmp/deals.jsonl" >"$tmp/jq.sums"
grep -q '^CNY ' "$tmp/jq.sums" || fail "jq: no CNY total"
echo "jq: $n deals; $(wc -l <"$tmp/jq.inv") with $INV; totals: $(tr '\n' ';' <"$tmp/jq.sums")"

# ---- sqlite3 ---------------------------------------------------------------
sqlite3 "$tmp/d.db" ".import --csv $tmp/deals.csv deals" 2>"$tmp/err" && [ ! -s "$tmp/err" ] ||
    { cat "$tmp/err"; fail "sqlite3 .import"; }
sqlite3 -json "$tmp/d.db" 'select * from deals order by rowid' |
    jq -c '.[] | [.url, .published, .type, .status, .target, .investors, .lead_investors, .amount,
                  .currency, .approx, .valuation, .valuation_basis, .round, .date, .evidence]' >"$tmp/sqlite.rows"
cmp -s "$tmp/jq.rows" "$tmp/sqlite.rows" || { diff "$tmp/jq.rows" "$tmp/sqlite.rows" | head -6; fail "sqlite3 rows differ from the JSONL"; }
sqlite3 "$tmp/d.db" "select d.target from deals d, json_each('[\"' || replace(d.investors, ';', '\",\"') || '\"]') i
                     where i.value = '$INV'" | sort >"$tmp/sqlite.inv"
cmp -s "$tmp/jq.inv" "$tmp/sqlite.inv" || fail "sqlite3: deals of $INV differ from jq's"
# (in cents: an amount may have fen, 1,199,999,987.94元, and SQLite has no
# decimal type)
jq -r -s 'map(select(.amount.value != null)) | group_by(.amount.currency)
          | .[] | "\(.[0].amount.currency) \(map(.amount.value * 100 | round) | add) \(length)"' \
    "$tmp/deals.jsonl" >"$tmp/jq.cents"
sqlite3 -separator ' ' "$tmp/d.db" "select currency, sum(cast(round(cast(amount as real) * 100) as integer)),
                                    count(*) from deals where amount != '' group by currency order by currency" \
    >"$tmp/sqlite.cents"
cmp -s "$tmp/jq.cents" "$tmp/sqlite.cents" || { diff "$tmp/jq.cents" "$tmp/sqlite.cents"; fail "sqlite3 totals differ from jq's"; }
echo "sqlite3: $(sqlite3 "$tmp/d.db" 'select count(*) from deals') rows, fields and totals equal jq's"

# ---- PostgreSQL ------------------------------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || PGBIN=$(dirname "$(command -v initdb 2>/dev/null || echo /none/initdb)")
[ -x "$PGBIN/initdb" ] || { echo "FAIL: PostgreSQL server missing (make deps installs postgresql)"; exit 1; }
if [ "$(id -u)" -eq 0 ]; then
    # the server refuses to run as root: run it as nobody
    if command -v runuser >/dev/null && id nobody >/dev/null 2>&1; then
        PGRUN="runuser -u nobody --"
    else
        echo "SKIP postgres part: root without runuser or a nobody user"
        [ $fails -eq 0 ] || exit 1
        echo ok; exit 0
    fi
fi
PGD=$(mktemp -d /tmp/zd-pg.XXXXXX)
chmod 755 "$PGD"
[ -n "$PGRUN" ] && chown nobody "$PGD"
$PGRUN "$PGBIN/initdb" -D "$PGD/data" -U zd -A trust -E UTF8 --locale=C --no-sync >"$PGD/initdb.log" 2>&1 ||
    { cat "$PGD/initdb.log"; fail "initdb"; exit 1; }
started=
for try in 1 2 3; do
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if $PGRUN "$PGBIN/pg_ctl" start -w -t 20 -D "$PGD/data" -l "$PGD/server.log" \
        -o "-p $PORT -k $PGD -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null 2>&1; then
        started=1 && break
    fi
done
[ -n "$started" ] || { tail -5 "$PGD/server.log"; fail "pg_ctl start"; exit 1; }
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U zd -d postgres)
"${PSQL[@]}" >"$tmp/psql.out" 2>&1 <<EOF || { cat "$tmp/psql.out"; fail "psql load"; }
create table deals (
    n serial primary key, url text not null, published date, type text not null,
    status text not null, target text not null, investors text, lead_investors text,
    amount numeric, currency char(3), approx boolean, valuation numeric,
    valuation_basis text, round text, date text, evidence text not null);
\copy deals (url, published, type, status, target, investors, lead_investors, amount, currency, approx, valuation, valuation_basis, round, date, evidence) from '$tmp/deals.csv' with (format csv, header true)
EOF
"${PSQL[@]}" -At -c "select json_build_array(url, coalesce(published::text, ''), type, status, target,
        coalesce(investors, ''), coalesce(lead_investors, ''), coalesce(amount::text, ''),
        coalesce(currency, ''), coalesce(approx::text, ''), coalesce(valuation::text, ''),
        coalesce(valuation_basis, ''), coalesce(round, ''), coalesce(date, ''), evidence)
        from deals order by n" | jq -c . >"$tmp/pg.rows"
cmp -s "$tmp/jq.rows" "$tmp/pg.rows" || { diff "$tmp/jq.rows" "$tmp/pg.rows" | head -6; fail "PostgreSQL rows differ from the JSONL"; }
"${PSQL[@]}" -At -c "select target from deals where '$INV' = any(string_to_array(investors, ';'))" |
    sort >"$tmp/pg.inv"
cmp -s "$tmp/jq.inv" "$tmp/pg.inv" || fail "PostgreSQL: deals of $INV differ from jq's"
"${PSQL[@]}" -At -F ' ' -c "select currency, sum(amount), count(*) from deals where amount is not null
                            group by currency order by currency" >"$tmp/pg.sums"
cmp -s "$tmp/jq.sums" "$tmp/pg.sums" || { diff "$tmp/jq.sums" "$tmp/pg.sums"; fail "PostgreSQL totals differ from jq's"; }
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT${PGRUN:+ (as nobody)}:" \
    "$("${PSQL[@]}" -At -c 'select count(*) from deals') rows, fields and totals equal jq's"

[ $fails -eq 0 ] || exit 1
echo ok
