#!/usr/bin/env bash
# tests/sh/test_man.sh: the man page, zhdeals.1, formats cleanly and says
# what the program does. groff (-ww: every warning) and man-db's `man -l`
# (its own preprocessor chain) must print no warning; every command of
# `zhdeals --help` has its section ("zhdeals CMD"); every long option of
# `zhdeals CMD --help` is an entry (.TP tag) of that section, and no entry
# names an option the command does not have; every environment variable
# the sources read with getenv() is in ENVIRONMENT; exit statuses 0-2 are
# listed. Run from the repo root; $ZHDEALS is the binary.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
command -v groff >/dev/null || { echo "FAIL: groff missing (make deps installs groff-base)"; exit 1; }
command -v man >/dev/null || { echo "FAIL: man missing (make deps installs man-db)"; exit 1; }
[ -f zhdeals.1 ] || { echo "FAIL: zhdeals.1 missing"; exit 1; }

# ---- formatting: no warning from groff or man ------------------------------
groff -man -Tutf8 -ww -z zhdeals.1 2>"$tmp/groff.err"
[ $? -eq 0 ] && [ ! -s "$tmp/groff.err" ] || { cat "$tmp/groff.err"; fail "groff -man -ww warns"; }
LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings=w -l zhdeals.1 >"$tmp/man.txt" 2>"$tmp/man.err"
[ $? -eq 0 ] && [ ! -s "$tmp/man.err" ] || { cat "$tmp/man.err"; fail "man -l warns"; }
for h in NAME SYNOPSIS DESCRIPTION COMMANDS 'EXIT STATUS' ENVIRONMENT FILES EXAMPLES 'SEE ALSO'; do
    grep -q "^$h\$" "$tmp/man.txt" || fail "rendered page has no $h section"
done
# no line of the rendered page is wider than the terminal, except examples
awk 'length($0) > 80 && !/^              /' "$tmp/man.txt" | grep . && fail "lines wider than 80 columns"

# ---- the option entries of each command section --------------------------
# The source with \- as -, font escapes and \c dropped; then per section
# "zhdeals CMD" the options that start the line after each .TP.
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\c$//' zhdeals.1 >"$tmp/src"
tags() { # tags CMD: the long options that are entries of section "zhdeals CMD"
    awk -v sec="zhdeals $1" '
        /^\.S[HS] / { s = $0; sub(/^\.S[HS] +"?/, "", s); sub(/"$/, "", s); on = (s == sec); next }
        on && /^\.TP/ { tp = 1; next }
        on && tp { tp = 0; for (i = 1; i <= NF; i++) if ($i ~ /^--[a-z]/) { sub(/[",]+$/, "", $i); print $i } }
    ' "$tmp/src" | sort -u
}
cmds=$("$Z" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1; next } on { exit }')
[ -n "$cmds" ] || fail "no commands parsed from zhdeals --help"
for c in $cmds; do
    grep -q "^\.SS \"zhdeals $c\"" zhdeals.1 || { fail "no section for command $c"; continue; }
    "$Z" "$c" --help | grep -oE -- '(^|[ ,])--[a-z][a-z0-9-]*' | sed 's/^[ ,]*//' | grep -vx -- --help | sort -u >"$tmp/help.$c"
    tags "$c" >"$tmp/man.$c"
    missing=$(comm -23 "$tmp/help.$c" "$tmp/man.$c" | tr '\n' ' ')
    # run takes every option of the stages: its --help names none itself
    [ "$c" = run ] && missing=$(for o in $missing; do grep -qx -- "$o" "$tmp"/man.* || echo "$o"; done)
    [ -z "$missing" ] || fail "zhdeals $c: options of --help with no entry in the man page: $missing"
    stale=$(comm -13 "$tmp/help.$c" "$tmp/man.$c" | tr '\n' ' ')
    [ -z "$stale" ] || fail "zhdeals $c: man page entries the command does not have: $stale"
    echo "zhdeals $c: $(wc -l <"$tmp/help.$c") options in --help, $(wc -l <"$tmp/man.$c") entries"
done
grep -q -- '--version' "$tmp/src" || fail "--version not in the man page"

# ---- environment: every variable a getenv() reads -------------------------
vars=$(grep -rhoE 'getenv\("[A-Za-z_][A-Za-z0-9_]*"\)' --include='*.c' --include='*.h' \
    zhdeals.c common fetch extract normalize $( [ -d report ] && echo report) |
    sed -E 's/getenv\("(.*)"\)/\1/' | sort -u)
[ -n "$vars" ] || fail "no getenv() found in the sources"
envsec=$(awk '/^\.SH ENVIRONMENT/ { on = 1; next } /^\.SH/ { on = 0 } on' "$tmp/src")
for v in $vars; do
    printf '%s\n' "$envsec" | grep -q "^\.B $v\$" || fail "environment variable $v (read by getenv) not in ENVIRONMENT"
done
echo "environment: $(echo $vars)"

# ---- exit statuses ---------------------------------------------------------
st=$(awk '/^\.SH EXIT STATUS/ { on = 1; next } /^\.SH/ { on = 0 } on && prev ~ /^\.TP/ { print } { prev = $0 }' "$tmp/src" | tr '\n' ' ')
[ "$st" = ".B 0 .B 1 .B 2 " ] || fail "exit statuses listed: '$st'"

[ $fails -eq 0 ] || exit 1
echo ok
