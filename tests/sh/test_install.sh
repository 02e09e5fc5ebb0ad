#!/usr/bin/env bash
# tests/sh/test_install.sh: `make install PREFIX=... DESTDIR=...` puts the
# binary, the man page, the gazetteer and the bash completion where a
# packager expects them, the installed binary works away from the source
# tree (the gazetteer is compiled in) and writes the same records as the
# built one, man finds the page through the installed tree, the installed
# completion completes; `make uninstall` removes every file it installed.
# The bash completion itself is tested here too (completion/zhdeals.bash
# sourced, _zhdeals called with COMP_WORDS as bash would set them).
# Run from the repo root; $ZHDEALS is the built binary. The tree is not
# rebuilt (make -o all): the test installs what `make test` just built.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
case $Z in /*) ;; *) Z=$PWD/$Z ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# ---- completion, from the source tree --------------------------------------
# complete WORD...: what _zhdeals offers for the last word, one per line.
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _zhdeals; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$COMPLETION" "$@"
}
COMPLETION=completion/zhdeals.bash
check_completion() { # check_completion LABEL: the cases below, for binary $B
    local got
    got=$(complete_words "$B" "" | sort | tr '\n' ' ')
    for c in fetch extract normalize run; do
        [[ " $got " == *" $c "* ]] || fail "$1: 'zhdeals <TAB>' lacks $c: $got"
    done
    got=$(complete_words "$B" ex)
    [ "$got" = extract ] || fail "$1: 'zhdeals ex<TAB>' gave '$got'"
    got=$(complete_words "$B" normalize --fo)
    [ "$got" = --format ] || fail "$1: 'zhdeals normalize --fo<TAB>' gave '$got'"
    got=$(complete_words "$B" normalize --format "" | tr '\n' ' ')
    [ "$got" = "jsonl csv tsv " ] || fail "$1: 'normalize --format <TAB>' gave '$got'"
    got=$(complete_words "$B" normalize --emit m)
    [ "$got" = mentions ] || fail "$1: 'normalize --emit m<TAB>' gave '$got'"
    # run takes the options of every stage
    got=$(complete_words "$B" run --ig)
    [ "$got" = --ignore-robots ] || fail "$1: 'run --ig<TAB>' gave '$got'"
    # every long option of each --help is offered after --
    for c in fetch extract normalize; do
        got=$(complete_words "$B" "$c" -- | sort)
        want=$("$B" "$c" --help | grep -oE -- '(^|[ ,])--[a-z][a-z0-9-]*' | sed 's/^[ ,]*//' | sort -u)
        extra=$(comm -13 <(echo "$got") <(echo "$want") | tr '\n' ' ')
        [ -z "$extra" ] || fail "$1: 'zhdeals $c --<TAB>' lacks $extra"
    done
    # file names: inputs and option values; a value that is a number: nothing
    got=$(complete_words "$B" extract corpus/pages/00 | sort | tr '\n' ' ')
    want=$(ls -d corpus/pages/00* | sort | tr '\n' ' ')
    [ "$got" = "$want" ] || fail "$1: 'extract corpus/pages/00<TAB>' gave '$got'"
    got=$(complete_words "$B" fetch -o corpus/url)
    [ "$got" = corpus/urls.txt ] || fail "$1: 'fetch -o corpus/url<TAB>' gave '$got'"
    got=$(complete_words "$B" fetch --jobs "")
    [ -z "$got" ] || fail "$1: 'fetch --jobs <TAB>' offered '$got'"
}
B=$Z check_completion "completion/zhdeals.bash"

# ---- make install ----------------------------------------------------------
D=$tmp/dest P=/opt/zd
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -o all install DESTDIR="$D" PREFIX="$P" BIN="$Z" \
    >"$tmp/install.out" 2>&1 || { cat "$tmp/install.out"; fail "make install"; exit 1; }
(cd "$D" && find . -type f | sort) >"$tmp/files"
printf '%s\n' ./opt/zd/bin/zhdeals ./opt/zd/share/bash-completion/completions/zhdeals \
    ./opt/zd/share/man/man1/zhdeals.1 ./opt/zd/share/zhdeals/orgs.tsv >"$tmp/want"
diff "$tmp/want" "$tmp/files" || fail "installed files"
[ -x "$D$P/bin/zhdeals" ] || fail "installed binary not executable"
[ "$(stat -c %a "$D$P/share/man/man1/zhdeals.1")" = 644 ] || fail "man page mode"
cmp -s normalize/orgs.tsv "$D$P/share/zhdeals/orgs.tsv" || fail "gazetteer copy differs"

# the installed binary, run from elsewhere, on copies of the inputs
I=$D$P/bin/zhdeals
mkdir "$tmp/work" && cp -r corpus/pages "$tmp/work/"
(cd "$tmp/work" && "$I" --version) | grep -q '^zhdeals ' || fail "installed --version"
(cd "$tmp/work" && "$I" extract pages/* | "$I" normalize) >"$tmp/installed.jsonl" 2>"$tmp/err" ||
    { cat "$tmp/err"; fail "installed binary failed on the corpus"; }
(cd "$tmp/work" && "$Z" extract pages/* | "$Z" normalize) >"$tmp/built.jsonl" 2>/dev/null
[ -s "$tmp/installed.jsonl" ] && cmp -s "$tmp/installed.jsonl" "$tmp/built.jsonl" ||
    fail "installed binary's deals differ from the built one's"
echo "installed binary: $(wc -l <"$tmp/installed.jsonl") deals from $(ls corpus/pages | wc -l) pages"
# the gazetteer is compiled in: a known organization is canonical with no file around
jq -e -s 'map(.investors[] | select(.name != .text)) | length > 0' "$tmp/installed.jsonl" >/dev/null ||
    fail "no investor got a canonical name from the gazetteer"

# man finds the installed page through the installed tree
if command -v man >/dev/null; then
    got=$(man --manpath="$D$P/share/man" -w zhdeals 2>&1)
    [ "$got" = "$D$P/share/man/man1/zhdeals.1" ] || fail "man -w found '$got'"
    MANWIDTH=80 man --manpath="$D$P/share/man" zhdeals 2>/dev/null | grep -q '^NAME' || fail "man zhdeals"
fi

# the installed completion, with the installed binary on PATH as `zhdeals`
COMPLETION=$D$P/share/bash-completion/completions/zhdeals
B=zhdeals PATH=$D$P/bin:$PATH check_completion "installed completion"

# ---- make uninstall --------------------------------------------------------
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s uninstall DESTDIR="$D" PREFIX="$P" >"$tmp/un.out" 2>&1 ||
    { cat "$tmp/un.out"; fail "make uninstall"; }
left=$(cd "$D" && find . -type f)
[ -z "$left" ] || fail "files left after uninstall: $left"
[ ! -d "$D$P/share/zhdeals" ] || fail "share/zhdeals left after uninstall"

[ $fails -eq 0 ] || exit 1
echo ok
