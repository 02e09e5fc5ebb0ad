#!/usr/bin/env bash
# eval_extract.sh: `make eval-extract`. Measures charset + HTML extraction
# (extract/charset.c, extract/html*.c) on the shared reference set
# ${ZD_SHARED:-../shared}/external/news-html (187 real Chinese pages with
# human labels; read in place, never copied) and prints:
#   - body precision / recall / F1, macro over the pages with a human body and
#     pooled, on the multiset of Han characters after NFKC (whitespace and
#     punctuation carry no Han, so they drop out), as the set's README suggests;
#     and the pages below 0.5 F1, by name;
#   - title exact match (NFKC, whitespace collapsed) against the human `title`
#     and against `title_derived`;
#   - publish date correct to the day on the pages whose `published` label is
#     a date (partial labels like 1998-3 or 2018 are compared at their own
#     precision; UNKNOWN and the like are skipped); our time stamps with an
#     explicit zone are converted to Beijing time first, as normalize does;
#   - pages/s and MB/s of charset + extraction alone (best of REPEAT runs per
#     page; the scoring is not timed).
# Per-page results go to eval-out/extract-pages.tsv, the raw output to
# eval-out/extract-pages.jsonl. Exits 0 with a "skipped" line when the data
# set is absent. Environment: BUILD (build dir), REPEAT (default 3).
set -eu
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
SHARED=${ZD_SHARED:-../shared}
DATA=$SHARED/external/news-html
if [ ! -d "$DATA/html" ] || [ ! -d "$DATA/truth" ]; then
    echo "eval-extract: skipped ($DATA not found)"
    exit 0
fi
BIN=$BUILD/tools/eval_extract
if [ ! -x "$BIN" ]; then
    echo "eval-extract: $BIN not built (make $BIN)" >&2
    exit 2
fi
mkdir -p eval-out
"$BIN" -r "${REPEAT:-3}" "$DATA"/html/*.html >eval-out/extract-pages.jsonl 2>eval-out/extract-time.txt

python3 - "$DATA" eval-out/extract-pages.jsonl eval-out/extract-time.txt eval-out/extract-pages.tsv <<'PY'
import json, os, re, sys, unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone

data, jsonl, timef, tsv = sys.argv[1:5]

def han_bag(s):
    s = unicodedata.normalize("NFKC", s or "")
    return Counter(c for c in s if
                   "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or
                   "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0002fa1f")

def norm_title(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "")).strip()

def label_date(s):
    """A label as (y, m, d) with None for missing parts, or None."""
    if not s:
        return None
    m = re.match(r"\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2}))?(?:\s*[-/.月]\s*(\d{1,2}))?", s)
    if not m or not (1990 <= int(m.group(1)) <= 2040):
        return None
    return tuple(int(g) if g else None for g in m.groups())

def our_date(s):
    """Our published value as a Beijing-time (y, m, d)."""
    if not s:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?$", s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m.group(4) and m.group(7) and m.group(7) != "+08:00":
        z = m.group(7)
        off = timedelta(0) if z == "Z" else \
            (1 if z[0] == "+" else -1) * timedelta(hours=int(z[1:3]), minutes=int(z[4:6]))
        t = datetime(y, mo, d, int(m.group(4)), int(m.group(5)), int(m.group(6)),
                     tzinfo=timezone(off))
        t = t.astimezone(timezone(timedelta(hours=8)))
        y, mo, d = t.year, t.month, t.day
    return (y, mo, d)

rows = []
res = {}
for line in open(jsonl, encoding="utf-8"):
    j = json.loads(line)
    res[os.path.basename(j["file"])] = j

body_p = []; body_r = []; body_f = []
pool_tp = pool_pred = pool_gold = 0
low = []
t_h = [0, 0]; t_d = [0, 0]; d_ok = [0, 0]
errors = []
out = []
for name in sorted(os.listdir(os.path.join(data, "truth"))):
    if not name.endswith(".json"):
        continue
    truth = json.load(open(os.path.join(data, "truth", name), encoding="utf-8"))
    page = os.path.basename(truth["file"])
    j = res.get(page)
    if j is None:
        errors.append(page + ": not run")
        continue
    if "error" in j:
        errors.append(page + ": " + j["error"])
    text = j.get("text", "")
    p = r = f = None
    if truth.get("body"):
        g, x = han_bag(truth["body"]), han_bag(text)
        tp = sum((g & x).values())
        ng, nx = sum(g.values()), sum(x.values())
        p = tp / nx if nx else 0.0
        r = tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        body_p.append(p); body_r.append(r); body_f.append(f)
        pool_tp += tp; pool_pred += nx; pool_gold += ng
        if f < 0.5:
            low.append((f, page))
    title = norm_title(j.get("title"))
    th = td = None
    if truth.get("title"):
        th = title == norm_title(truth["title"])
        t_h[0] += th; t_h[1] += 1
    if truth.get("title_derived"):
        td = title == norm_title(truth["title_derived"])
        t_d[0] += td; t_d[1] += 1
    lab = label_date(truth.get("published"))
    ours = our_date(j.get("published"))
    dk = None
    if lab:
        n = sum(1 for v in lab if v is not None)
        dk = ours is not None and ours[:n] == lab[:n]
        d_ok[0] += dk; d_ok[1] += 1
    fmt = lambda v: "" if v is None else ("%.3f" % v if isinstance(v, float) else str(int(v)))
    out.append("\t".join([page, j.get("charset", ""), str(j.get("bytes", "")),
                          "%.2f" % j.get("ms", 0), fmt(p), fmt(r), fmt(f),
                          fmt(td), fmt(th), truth.get("published") or "",
                          j.get("published") or "", fmt(dk),
                          norm_title(j.get("title")), norm_title(truth.get("title_derived"))]))

with open(tsv, "w", encoding="utf-8") as fo:
    fo.write("page\tcharset\tbytes\tms\tbody_p\tbody_r\tbody_f1\ttitle_derived_ok\t"
             "title_human_ok\tdate_label\tdate_ours\tdate_ok\ttitle\ttitle_derived\n")
    fo.write("\n".join(out) + "\n")

tm = dict(zip(*[iter(open(timef).read().split())] * 2))
pages, nbytes, secs = int(tm["pages"]), int(tm["bytes"]), float(tm["seconds"])
mean = lambda v: sum(v) / len(v) if v else 0.0
pp = pool_tp / pool_pred if pool_pred else 0.0
pr = pool_tp / pool_gold if pool_gold else 0.0
pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
print("eval-extract: %d pages from %s" % (pages, data))
print("body (Han bag, %d pages): macro P %.3f R %.3f F1 %.3f | pooled P %.3f R %.3f F1 %.3f"
      % (len(body_f), mean(body_p), mean(body_r), mean(body_f), pp, pr, pf))
print("body pages below 0.5 F1: %d%s" % (len(low), (": " + ", ".join(
    "%s (%.2f)" % (n, f) for f, n in sorted(low))) if low else ""))
print("title exact: human %d/%d | derived %d/%d (%.1f%%)"
      % (t_h[0], t_h[1], t_d[0], t_d[1], 100.0 * t_d[0] / t_d[1] if t_d[1] else 0))
print("publish date (to the day): %d/%d (%.1f%%)"
      % (d_ok[0], d_ok[1], 100.0 * d_ok[0] / d_ok[1] if d_ok[1] else 0))
print("speed (charset + extract): %.0f pages/s, %.1f MB/s (%d pages, %.1f MB, %.3f s)"
      % (pages / secs if secs else 0, nbytes / 1e6 / secs if secs else 0, pages, nbytes / 1e6, secs))
if errors:
    print("errors: " + "; ".join(errors))
print("per page: %s" % tsv)
PY
