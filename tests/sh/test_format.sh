#!/bin/bash
# test_format.sh: every C file the repository holds is as the committed
# .clang-format lays it out (`make format` does it). Tables of words and
# patterns that read best as written are fenced with clang-format off/on.
# Needs clang-format (make deps installs Debian's) and a git checkout (the
# list of files); outside one it skips.
set -u
cd "$(dirname "$0")/../.."
command -v clang-format >/dev/null || { echo "FAIL: clang-format missing (make deps)"; exit 1; }
git rev-parse --git-dir >/dev/null 2>&1 || { echo "skip: not a git checkout"; exit 0; }
files=$(git ls-files '*.c' '*.h')
[ -n "$files" ] || { echo "FAIL: no C files listed"; exit 1; }
bad=0
for f in $files; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "FAIL: $f is not formatted (run make format)"
        bad=1
    fi
done
[ $bad -eq 0 ] && echo "ok: $(echo "$files" | wc -l) files formatted"
exit $bad
