#!/usr/bin/env python3
"""Validate the organization gazetteer (normalize/orgs.tsv).

Usage: check_gazetteer.py FILE [MIN_ORGS]

FILE is a UTF-8 TSV with one line per name:

    canonical<TAB>kind<TAB>alias|alias|...<TAB>parent

Lines starting with '#' are comments; empty lines are skipped. Every other
line must satisfy all of the following (each failure is printed as
"FILE:LINE: problem"; problems about the whole file use line 0):

  - exactly 4 tab-separated fields (parent may be empty: the line then ends
    with a tab);
  - kind is one of company, investor, government, exchange, bank,
    university, media, product;
  - canonical is non-empty and is itself listed among the aliases. The C
    loader also inserts the canonical into the trie, but we require it in
    the alias column so that column is the complete list of spellings;
  - no field and no alias has leading/trailing whitespace, no alias is
    empty, and no line carries a carriage return;
  - every alias is already in NFKC form (the tool matches against NFKC
    text, so a non-NFKC alias, e.g. one with full-width brackets, could
    never match);
  - no alias occurs twice, on the same line or on two lines. Aliases are
    compared after NFKC and casefold(): Latin case-insensitively, Chinese
    exactly (Simplified and Traditional forms are different strings);
  - an alias is not a single character and not only digits; an ASCII alias
    with fewer than 3 letters/digits must be written in upper case (GV, LG,
    YC), since short lower-case words are too ambiguous;
  - parent, when given, is the canonical of another line (not the same
    line) of a kind other than product/media, and parents do not form a
    cycle;
  - the first non-empty line is a comment (the file starts with a header);
  - at least MIN_ORGS (default 800) lines have a kind other than product
    and media.

Exit status: 0 when there is no problem, 1 when there is any, 2 on usage
error or an unreadable file. Standard library only.
"""

import sys
import unicodedata

KINDS = {
    "company",
    "investor",
    "government",
    "exchange",
    "bank",
    "university",
    "media",
    "product",
}
NOT_ORGS = {"product", "media"}
DEFAULT_MIN_ORGS = 800


def alias_key(alias):
    """Key under which two aliases count as the same name."""
    return unicodedata.normalize("NFKC", alias).casefold()


def has_edge_space(s):
    return s != s.strip()


def check(path, min_orgs):
    problems = []

    def problem(line, msg):
        problems.append((line, "%s:%d: %s" % (path, line, msg)))

    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        print("%s:0: cannot read: %s" % (path, e.strerror), file=sys.stderr)
        return None

    if raw.startswith(b"\xef\xbb\xbf"):
        problem(1, "file starts with a byte-order mark")
        raw = raw[3:]

    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    else:
        if raw:
            problem(len(lines), "last line has no newline")

    entries = []  # (lineno, canonical, kind, aliases, parent)
    seen_first = False
    for lineno, bline in enumerate(lines, 1):
        try:
            line = bline.decode("utf-8")
        except UnicodeDecodeError as e:
            problem(lineno, "not valid UTF-8 (byte %d)" % e.start)
            continue
        if "\r" in line:
            problem(lineno, "carriage return in line")
            line = line.replace("\r", "")
        if line == "":
            continue
        if not seen_first:
            seen_first = True
            if not line.startswith("#"):
                problem(lineno, "file must start with a comment block")
        if line.startswith("#"):
            continue
        if line.strip() == "":
            problem(lineno, "line holds only whitespace")
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            problem(
                lineno,
                "expected 4 tab-separated fields (canonical, kind, aliases, "
                "parent), found %d" % len(fields),
            )
            continue
        canonical, kind, alias_field, parent = fields
        for name, value in (
            ("canonical", canonical),
            ("kind", kind),
            ("aliases", alias_field),
            ("parent", parent),
        ):
            if has_edge_space(value):
                problem(lineno, "%s has leading or trailing whitespace" % name)
        if canonical == "":
            problem(lineno, "empty canonical name")
        if kind not in KINDS:
            problem(
                lineno,
                "unknown kind %r (allowed: %s)" % (kind, ", ".join(sorted(KINDS))),
            )
        aliases = alias_field.split("|")
        for a in aliases:
            if a == "":
                problem(lineno, "empty alias")
                continue
            if has_edge_space(a):
                problem(lineno, "alias %r has leading or trailing whitespace" % a)
            if unicodedata.normalize("NFKC", a) != a:
                problem(
                    lineno,
                    "alias %r is not in NFKC form (write %r)"
                    % (a, unicodedata.normalize("NFKC", a)),
                )
            if len(a) < 2:
                problem(lineno, "alias %r is a single character" % a)
            elif a.isdigit():
                problem(lineno, "alias %r is only digits" % a)
            elif a.isascii():
                alnum = sum(1 for c in a if c.isalnum())
                if alnum < 3 and a != a.upper():
                    problem(
                        lineno,
                        "short Latin alias %r must be upper case (fewer than "
                        "3 letters/digits)" % a,
                    )
        if canonical and canonical not in aliases:
            problem(lineno, "canonical %r is not listed among its aliases" % canonical)
        entries.append((lineno, canonical, kind, aliases, parent))

    # duplicate aliases, within a line and across lines
    owner = {}  # key -> (lineno, alias)
    for lineno, canonical, kind, aliases, parent in entries:
        here = {}
        for a in aliases:
            if a == "":
                continue
            k = alias_key(a)
            if k in here:
                problem(lineno, "alias %r repeats %r on the same line" % (a, here[k]))
                continue
            here[k] = a
            if k in owner:
                oline, oalias = owner[k]
                problem(
                    lineno,
                    "alias %r is already used on line %d (as %r)" % (a, oline, oalias),
                )
            else:
                owner[k] = (lineno, a)

    # parents
    by_canonical = {}
    for lineno, canonical, kind, aliases, parent in entries:
        if canonical in by_canonical:
            problem(
                lineno,
                "canonical %r already defined on line %d"
                % (canonical, by_canonical[canonical][0]),
            )
        else:
            by_canonical[canonical] = (lineno, kind, parent)
    for lineno, canonical, kind, aliases, parent in entries:
        if parent == "":
            continue
        if parent == canonical:
            problem(lineno, "%r names itself as parent" % canonical)
            continue
        if parent not in by_canonical:
            problem(lineno, "parent %r is not the canonical of any line" % parent)
            continue
        if by_canonical[parent][1] in NOT_ORGS:
            problem(
                lineno,
                "parent %r is a %s line, not an organization"
                % (parent, by_canonical[parent][1]),
            )
    for lineno, canonical, kind, aliases, parent in entries:
        seen = {canonical}
        p = parent
        while p and p in by_canonical:
            if p in seen:
                problem(lineno, "parent chain of %r forms a cycle" % canonical)
                break
            seen.add(p)
            p = by_canonical[p][2]

    norgs = sum(1 for e in entries if e[2] in KINDS and e[2] not in NOT_ORGS)
    if norgs < min_orgs:
        problem(
            0,
            "only %d organization lines (kinds other than product/media); "
            "at least %d required" % (norgs, min_orgs),
        )
    problems.sort(key=lambda p: p[0])  # stable: keeps per-line order
    return [text for _, text in problems]


def main(argv):
    if len(argv) < 2 or len(argv) > 3:
        print("usage: check_gazetteer.py FILE [MIN_ORGS]", file=sys.stderr)
        return 2
    min_orgs = DEFAULT_MIN_ORGS
    if len(argv) == 3:
        try:
            min_orgs = int(argv[2])
        except ValueError:
            print("check_gazetteer.py: MIN_ORGS must be an integer", file=sys.stderr)
            return 2
    problems = check(argv[1], min_orgs)
    if problems is None:
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
