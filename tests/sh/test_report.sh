#!/usr/bin/env bash
# `zhdeals report` as a person meets it: the deals of the bundled corpus
# (`zhdeals run corpus/urls.txt`) made into one HTML page, which Debian's
# headless Chromium then renders. Checked in the rendered DOM: one table row
# per deal record, the totals by investor and by month equal to the ones jq
# computes from the same records, sorting by amount and date through the URL
# (#sort=...) and through real clicks on the column headers (playwright-core
# from the npm registry, driving /usr/bin/chromium). A screenshot is taken
# and decoded (PNG, zlib): it must show more than a blank page, with the
# charts' bars in their colour. Also: --help, -o, --title, bad lines.
# The page and screenshot are kept in $BUILD/test-out/ for a person to look at.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
keep=${BUILD:-build}/test-out
mkdir -p "$keep"
for t in chromium jq python3 node npm; do
    command -v $t >/dev/null || fail "$t is not installed (make deps installs it)"
done

"$Z" report --help | grep -q "usage: zhdeals report" || fail "report --help"
"$Z" report --help | grep -q -- "--title" || fail "report --help lists --title"

# ---- the page of the corpus' deals ---------------------------------------------
"$Z" run corpus/urls.txt >"$tmp/deals.jsonl" 2>"$tmp/err" || { cat "$tmp/err"; fail "run corpus"; }
n=$(wc -l <"$tmp/deals.jsonl")
[ "$n" -ge 50 ] || fail "the corpus gave only $n deals"
"$Z" report --title 'Corpus deals <test>' -o "$tmp/report.html" "$tmp/deals.jsonl" >"$tmp/stdout" 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] || { cat "$tmp/err"; fail "report: rc=$rc"; }
[ ! -s "$tmp/stdout" ] || fail "-o FILE: nothing on stdout"
grep -q '<title>Corpus deals &lt;test&gt;</title>' "$tmp/report.html" || fail "--title, escaped"
# self-contained: no resource from anywhere else
! grep -E -q '<(link|img|iframe)|<script [^>]*src=|@import|url\(' "$tmp/report.html" ||
    fail "the page loads an external resource"
# stdin gives the same page as the file
"$Z" report --title 'Corpus deals <test>' <"$tmp/deals.jsonl" | cmp -s - "$tmp/report.html" ||
    fail "stdin and file give different pages"
cp "$tmp/report.html" "$keep/report.html"

# ---- bad lines: one message each naming file:line, the rest still reported -------
{ head -n 3 "$tmp/deals.jsonl"; echo '{"schema":1,"type":"funding",'; echo '[]'
  tail -n +4 "$tmp/deals.jsonl"; } >"$tmp/mixed.jsonl"
"$Z" report "$tmp/mixed.jsonl" >"$tmp/mixed.html" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] || fail "bad lines: rc=$rc"
[ "$(wc -l <"$tmp/err")" -eq 2 ] || { cat "$tmp/err"; fail "one message per bad line"; }
grep -q "mixed.jsonl:4: invalid JSON" "$tmp/err" && grep -q "mixed.jsonl:5: not a JSON object" "$tmp/err" ||
    { cat "$tmp/err"; fail "messages name file:line"; }
[ "$(grep -c '<tr id="deal-' "$tmp/mixed.html")" -eq "$n" ] || fail "good lines still in the page"
"$Z" report /nonexistent.jsonl >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] || fail "missing input: rc=$rc"

# ---- Chromium: the rendered DOM --------------------------------------------------
chrome() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$(mktemp -d "$tmp/profile.XXXXXX")" "$@" 2>>"$tmp/chromium.log"
}
url="file://$tmp/report.html" # mktemp -d gives an absolute path
for s in "" "#sort=amount-desc" "#sort=amount-asc" "#sort=date-desc" "#sort=date-asc"; do
    name=${s#\#sort=}
    chrome --dump-dom "$url$s" >"$tmp/dom${name:+-$name}.html" || fail "chromium --dump-dom $s"
done

# The totals as jq computes them from the records: every priced deal once per
# distinct investor (by investor), or by the month of its date.
jq -s -r '[.[] | select(.amount.value != null) | . as $d | .investors | map(.name) | unique[] |
          {k: ., c: $d.amount.currency, v: $d.amount.value}] |
          group_by([.k, .c])[] | [.[0].k, .[0].c, (map(.v) | add), length] | @tsv' \
    "$tmp/deals.jsonl" >"$tmp/by-investor.tsv"
jq -s -r '[.[] | select(.amount.value != null and (.date // "" | length) >= 7) |
          {k: .date[0:7], c: .amount.currency, v: .amount.value}] |
          group_by([.k, .c])[] | [.[0].k, .[0].c, (map(.v) | add), length] | @tsv' \
    "$tmp/deals.jsonl" >"$tmp/by-month.tsv"
jq -r '[.amount.value // .amount.min // .amount.max // "", .date // ""] | @tsv' \
    "$tmp/deals.jsonl" >"$tmp/keys.tsv"

python3 - "$tmp" "$n" <<'EOF' || fail "rendered DOM"
import sys, html.parser, collections
tmp, n = sys.argv[1], int(sys.argv[2])

class Page(html.parser.HTMLParser):
    """The deal rows (in DOM order) and the chart bars (section, currency)."""
    def __init__(self):
        super().__init__()
        self.rows, self.bars, self.section, self.currency = [], [], None, None
        self.summary = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section":
            self.section = a.get("id")
        elif tag == "figure":
            self.currency = a.get("data-currency")
        elif tag == "tr" and (a.get("id") or "").startswith("deal-"):
            self.rows.append(a)
        elif tag == "tr" and "data-key" in a:
            self.bars.append((self.section, self.currency, a["data-key"],
                              float(a["data-sum"]), int(a["data-deals"])))
        elif tag == "p" and a.get("class") == "summary":
            self.summary = a

def load(path):
    p = Page()
    p.feed(open(path, encoding="utf-8").read())
    return p

errors = []
def check(ok, what):
    if not ok:
        errors.append(what)

dom = load(f"{tmp}/dom.html")
raw = load(f"{tmp}/report.html")   # the file as written, before any script ran
check(len(dom.rows) == n, f"{len(dom.rows)} table rows for {n} deal records")
check(dom.summary and dom.summary.get("data-deals") == str(n), "summary counts the deals")
check([r["id"] for r in dom.rows] == [f"deal-{i}" for i in range(1, n + 1)], "input order on load")
# the charts are in the page itself, not drawn by the script
check(raw.bars == dom.bars and len(dom.bars) > 0, "the same bars with and without the script")

# every row's sort keys are the record's own figures, in input order
keys = [l.rstrip("\n").split("\t") for l in open(f"{tmp}/keys.tsv", encoding="utf-8")]
for r, (amount, date) in zip(dom.rows, keys):
    if amount == "":
        check("data-amount" not in r, f"{r['id']}: no amount, no data-amount")
    else:
        check(abs(float(r.get("data-amount", "nan")) - float(amount)) <= 1e-6 * abs(float(amount)),
              f"{r['id']}: data-amount {r.get('data-amount')} != {amount}")
    check(r.get("data-date", "") == date, f"{r['id']}: data-date {r.get('data-date')} != {date}")

def expected(name):
    e = {}
    for l in open(f"{tmp}/{name}.tsv", encoding="utf-8"):
        k, c, s, d = l.rstrip("\n").split("\t")
        e[(k, c)] = (float(s), int(d))
    return e

for section, name in (("by-investor", "by-investor"), ("by-month", "by-month")):
    exp = expected(name)
    bars = [b for b in dom.bars if b[0] == section]
    check(len(bars) > 0, f"{section}: no bars")
    for _, cur, key, s, d in bars:
        want = exp.get((key, cur))
        check(want is not None, f"{section}: bar {key} {cur} is not in the records")
        if want:
            check(abs(s - want[0]) <= 1e-6 * max(1, want[0]) and d == want[1],
                  f"{section}: {key} {cur}: page {s} / {d} deals, jq {want[0]} / {want[1]}")
    per_cur = collections.Counter(c for (_, c) in exp)
    shown = collections.Counter(b[1] for b in bars)
    for cur, count in per_cur.items():
        # every month is shown; the investors with the 15 largest sums
        want = count if section == "by-month" else min(15, count)
        check(shown[cur] == want, f"{section} {cur}: {shown[cur]} bars, want {want}")
    if section == "by-investor":
        for cur in per_cur:
            top = max(v[0] for (k, c), v in exp.items() if c == cur)
            first = next(b for b in bars if b[1] == cur)
            check(abs(first[3] - top) <= 1e-6 * top, f"by-investor {cur}: largest sum first")

# sorted through the URL: all rows still there, in order, rows without a key last
def sorted_ok(name, key, conv, desc):
    p = load(f"{tmp}/dom-{name}.html")
    check(len(p.rows) == n and {r["id"] for r in p.rows} == {r["id"] for r in dom.rows},
          f"{name}: the same rows")
    vals = [r.get(key) for r in p.rows]
    have = [conv(v) for v in vals if v is not None]
    check(all(v is not None for v in vals[:len(have)]), f"{name}: rows without {key} last")
    check(have == sorted(have, reverse=desc), f"{name}: not in order")
    check(len(have) > n // 2, f"{name}: too few rows with {key}")
sorted_ok("amount-desc", "data-amount", float, True)
sorted_ok("amount-asc", "data-amount", float, False)
sorted_ok("date-desc", "data-date", str, True)
sorted_ok("date-asc", "data-date", str, False)

for e in errors[:20]:
    print("  " + e)
sys.exit(1 if errors else 0)
EOF

# ---- Chromium: clicks on the column headers (playwright-core) ---------------------
pw=${XDG_CACHE_HOME:-$HOME/.cache}/zhdeals-tests/npm
if [ ! -d "$pw/node_modules/playwright-core" ]; then
    mkdir -p "$pw"
    npm install --silent --no-audit --no-fund --prefix "$pw" playwright-core@1.65.1 >"$tmp/npm.log" 2>&1 ||
        { cat "$tmp/npm.log"; fail "npm install playwright-core"; }
fi
cat >"$tmp/click.js" <<'EOF'
// Click the Amount and Date headers like a reader and print the row order.
const { chromium } = require(process.env.PW + '/node_modules/playwright-core');
(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.goto(process.argv[2]);
  const rows = () => page.$$eval('table.deals tbody tr', rs => rs.map(r => ({
    id: r.id, amount: r.getAttribute('data-amount'), date: r.getAttribute('data-date')})));
  const out = {};
  for (const [name, key] of [['amount1', 'amount'], ['amount2', 'amount'], ['date1', 'date']]) {
    // the link names the sort it asks for; wait until the script has done it
    const href = await page.getAttribute(`th[data-key=${key}] a`, 'href');
    await page.click(`th[data-key=${key}] a`);
    await page.waitForFunction(h => location.hash === h &&
        document.body.getAttribute('data-sorted') === h.slice('#sort='.length), href,
        { timeout: 20000 });
    out[name] = { rows: await rows(), sorted: await page.getAttribute('body', 'data-sorted'),
                  aria: await page.getAttribute(`th[data-key=${key}]`, 'aria-sort') };
  }
  console.log(JSON.stringify(out));
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
EOF
PW=$pw timeout 120 node "$tmp/click.js" "$url" >"$tmp/clicks.json" 2>"$tmp/node.err" ||
    { cat "$tmp/node.err"; fail "playwright-core clicks"; }
python3 - "$tmp/clicks.json" "$n" <<'EOF' || fail "sorting by clicks"
import json, sys
c, n = json.load(open(sys.argv[1])), int(sys.argv[2])
bad = []
def order(name, key, conv, desc, sorted_attr, aria):
    rows = c[name]["rows"]
    vals = [conv(r[key]) for r in rows if r[key] is not None]
    if len(rows) != n: bad.append(f"{name}: {len(rows)} rows")
    if any(r[key] is None for r in rows[:len(vals)]): bad.append(f"{name}: rows without {key} not last")
    if vals != sorted(vals, reverse=desc): bad.append(f"{name}: not in order")
    if c[name]["sorted"] != sorted_attr or c[name]["aria"] != aria:
        bad.append(f"{name}: {c[name]['sorted']} / {c[name]['aria']}")
order("amount1", "amount", float, True, "amount-desc", "descending")   # first click: largest first
order("amount2", "amount", float, False, "amount-asc", "ascending")    # second click: reversed
order("date1", "date", str, True, "date-desc", "descending")
print("\n".join(bad))
sys.exit(1 if bad else 0)
EOF

# ---- Chromium: a screenshot, decoded -----------------------------------------------
chrome --hide-scrollbars --window-size=1280,1600 --screenshot="$tmp/report.png" "$url" >/dev/null ||
    fail "chromium --screenshot"
[ -s "$tmp/report.png" ] || fail "no screenshot"
cp "$tmp/report.png" "$keep/report.png"
python3 - "$tmp/report.png" <<'EOF' || fail "the screenshot shows too little"
# Decode the PNG (8-bit RGB/RGBA, as Chromium writes it): undo each row's
# filter, then count colours, the share of pixels that are not background,
# and the pixels in the bars' colour (#2f6db5).
import struct, sys, zlib, collections
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, ihdr = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR": ihdr = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT": idat += body
    pos += 12 + length
w, h, depth, ctype, _, _, interlace = ihdr
assert depth == 8 and ctype in (2, 6) and interlace == 0, f"unexpected PNG {ihdr}"
bpp = 3 if ctype == 2 else 4
raw, stride = zlib.decompress(idat), w * bpp
prev, pixels = bytearray(stride), collections.Counter()
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, cc = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - cc; pa, pb, pc = abs(p - a), abs(p - b), abs(p - cc)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else cc)) & 255
    pixels.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp))
    prev = line
total = w * h
background, bg_count = pixels.most_common(1)[0]
bar = sum(k for c, k in pixels.items() if all(abs(x - y) <= 3 for x, y in zip(c, (0x2f, 0x6d, 0xb5))))
print(f"{w}x{h}, {len(pixels)} colours, background #{background.hex()} {bg_count / total:.1%}, "
      f"bar colour {bar} px")
ok = len(pixels) >= 50 and bg_count / total < 0.9 and bar >= 5000
sys.exit(0 if ok else 1)
EOF
echo "page and screenshot: $keep/report.html $keep/report.png"
