#!/usr/bin/env bash
# Peak memory of one large page: `extract` and `run` stay under 64 MiB of
# resident memory (GNU time's %M) on a page at the default page limit
# (--max-bytes, 10 MiB), however it comes: an HTML file, the same file
# gzipped, a WARC record fetched by zhdeals itself, and through `run` from
# a file:// URL list, and `run` over a list of six such pages (fetch keeps
# bodies past its 2 MiB budget in temporary files, so pages in flight do
# not add up: 8 pages peaked at 125 MiB before). The page is built here: a corpus page's frame with its
# article padded to 9.9 MiB by generated news paragraphs and data tables
# (every byte of it main text, the worst case: the whole page ends up in
# the document), in UTF-8 and in GBK (GB18030 text grows by 40% as UTF-8).
# A bound on memory, not on time. Under a sanitizer (make test SANITIZE=...)
# memory is the sanitizer's, so the bound is not checked there.
set -u
cd "$(dirname "$0")/../.."
Z=${ZHDEALS:-./zhdeals}
case "$Z" in /*) ;; *) Z=$PWD/$Z ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
LIMIT_KIB=$((64 * 1024))
if ldd "$Z" 2>/dev/null | grep -q 'libasan\|libubsan'; then
    echo "skipped: a sanitizer build (its memory is the sanitizer's)"
    exit 0
fi
[ -x /usr/bin/time ] || fail "GNU time (/usr/bin/time, make deps installs it) is missing"

# the page: 9.9 MiB of HTML, in the given encoding
mkpage() { # ENCODING OUT
    python3 - "$1" "$2" <<'EOF'
import random, sys
enc, out = sys.argv[1], sys.argv[2]
target = int(9.9 * 1024 * 1024)
page = open("corpus/pages/001-xingtu-b-round.html", encoding="utf-8").read()
if enc != "utf-8":
    page = page.replace('<meta charset="utf-8">', '<meta charset="%s">' % enc)
cut = page.index("</p>\n    </div>") + 4  # the end of the article's paragraphs
head, tail = page[:cut], page[cut:]
rnd = random.Random(10)
co = ["星图智能", "云舟科技", "蓝海生物", "澜思半导体", "微澜医疗", "云算科技", "芯动未来", "羽图机器人", "新途能源", "光山材料"]
inv = ["红杉中国", "高瓴创投", "IDG资本", "顺为资本", "经纬创投", "启明创投", "腾讯投资", "深创投", "君联资本", "元璟资本"]
rounds = ["天使轮", "Pre-A轮", "A轮", "A+轮", "B轮", "C轮", "D轮", "战略融资", "Pre-IPO轮"]
verbs = ["宣布完成", "近日获得", "正式完成", "对外披露了"]
clauses = ["这家公司近两年的增长相当陡峭", "行业层面，市场仍高度分散", "谈到这笔钱怎么花，创始人的回答很直接",
           "据了解，这是公司成立以来的第四次融资", "投资方表示，该赛道是AI落地最确定的场景之一",
           "公司员工已经超过600人，在德国和匈牙利设有交付中心", "本轮资金将主要用于研发和海外交付能力建设"]
def para():
    s = []
    for _ in range(rnd.randint(2, 5)):
        c, i = rnd.choice(co), rnd.choice(inv)
        s.append("%s%d月%d日消息，%s%s%d.%d亿元人民币%s融资，由%s领投，%s跟投。%s，%s。" % (
            c, rnd.randint(1, 12), rnd.randint(1, 28), c, rnd.choice(verbs), rnd.randint(1, 99),
            rnd.randint(0, 9), rnd.choice(rounds), i, rnd.choice(inv), rnd.choice(clauses),
            rnd.choice(clauses)))
    return "<p>" + "".join(s) + "</p>\n"
def table():
    rows = ["<tr><th>日期</th><th>公司</th><th>轮次</th><th>金额</th><th>投资方</th></tr>"]
    for _ in range(rnd.randint(5, 15)):
        rows.append("<tr><td>2026-%02d-%02d</td><td>%s</td><td>%s</td><td>%d亿元</td><td>%s、%s</td></tr>" % (
            rnd.randint(1, 12), rnd.randint(1, 28), rnd.choice(co), rnd.choice(rounds),
            rnd.randint(1, 50), rnd.choice(inv), rnd.choice(inv)))
    return '<table class="deal-table">\n' + "\n".join(rows) + "\n</table>\n"
size, body = len((head + tail).encode(enc)), []
while True:
    chunk = table() if rnd.random() < 0.1 else para()
    n = len(chunk.encode(enc))
    if size + n > target:
        break
    body.append(chunk)
    size += n
open(out, "wb").write((head + "".join(body) + tail).encode(enc))
EOF
}

# peak resident memory (KiB) of a command; its stdout to $tmp/out, status checked
peak() {
    /usr/bin/time -o "$tmp/time" -f %M "$@" >"$tmp/out" 2>"$tmp/err" ||
        fail "exit $?: $*: $(grep -v '^Command exited' "$tmp/err" | tail -3)"
    tail -1 "$tmp/time"
}

# the document(s) of $tmp/out hold the page's text, not an error or an empty page
docs_ok() { # WHAT COUNT MIN-TEXT-BYTES
    python3 - "$tmp/out" "$2" "$3" <<'EOF' || fail "$1: not the documents expected"
import json, sys
lines = open(sys.argv[1], "rb").read().splitlines()
assert len(lines) == int(sys.argv[2]), "%d documents" % len(lines)
for l in lines:
    d = json.loads(l)
    assert len(d["text"].encode()) >= int(sys.argv[3]), "text of %d bytes" % len(d["text"].encode())
    assert "星图智能" in d["text"] and len(d["mentions"]) == 10000
EOF
}

check() { # WHAT KIB
    echo "$1: peak $2 KiB"
    [ "$2" -gt 10000 ] || fail "$1: no peak measured"
    [ "$2" -lt "$LIMIT_KIB" ] || fail "$1: peak $2 KiB, over $LIMIT_KIB KiB (64 MiB)"
}

mkpage utf-8 "$tmp/u.html"
mkpage gbk "$tmp/g.html"
for f in u g; do
    s=$(stat -c %s "$tmp/$f.html")
    [ "$s" -gt 10000000 ] && [ "$s" -le 10485760 ] || fail "page $f.html is $s bytes"
    gzip -c "$tmp/$f.html" >"$tmp/$f.html.gz"
    echo "file://$tmp/$f.html" >"$tmp/$f.urls"
done
echo "pages: $(stat -c %s "$tmp/u.html") bytes UTF-8, $(stat -c %s "$tmp/g.html") bytes GBK"

k=$(peak "$Z" extract "$tmp/u.html") && docs_ok "extract UTF-8" 1 9000000 && check "extract UTF-8 page" "$k" || exit 1
# the GBK page holds 13 MB of text as UTF-8 (2 bytes of GBK are 3 of UTF-8):
# its text is read up to the page limit, with one line saying where
k=$(peak "$Z" extract "$tmp/g.html") && docs_ok "extract GBK" 1 10000000 && check "extract GBK page" "$k" || exit 1
grep -q "text byte [0-9]*: the page's text reaches the page limit of 10485760 bytes" "$tmp/err" ||
    fail "extract GBK: no line for the text limit: $(cat "$tmp/err")"
k=$(peak "$Z" extract "$tmp/u.html.gz") && docs_ok "extract .gz" 1 9000000 && check "extract UTF-8 page, gzipped" "$k" || exit 1
"$Z" fetch --ignore-robots -o "$tmp/u.warc" "$tmp/u.urls" 2>"$tmp/err" || fail "fetch: $(cat "$tmp/err")"
k=$(peak "$Z" extract "$tmp/u.warc") && docs_ok "extract WARC" 1 9000000 && check "extract UTF-8 page, WARC" "$k" || exit 1
k=$(peak "$Z" run --ignore-robots "$tmp/u.urls") || exit 1
[ -s "$tmp/out" ] || fail "run wrote no deals"
check "run, UTF-8 page" "$k" || exit 1
k=$(peak "$Z" run --ignore-robots "$tmp/g.urls") || exit 1
[ -s "$tmp/out" ] || fail "run (GBK) wrote no deals"
check "run, GBK page" "$k" || exit 1
# both pages in one gzipped WARC: the second starts where the first ended
cat "$tmp/u.urls" "$tmp/g.urls" >"$tmp/ug.urls"
"$Z" fetch --ignore-robots -o "$tmp/ug.warc.gz" "$tmp/ug.urls" 2>"$tmp/err" || fail "fetch: $(cat "$tmp/err")"
k=$(peak "$Z" extract "$tmp/ug.warc.gz") && docs_ok "extract WARC.gz of both" 2 9000000 &&
    check "extract both pages, WARC.gz" "$k" || exit 1
# many large pages in one run, fetched 32 at a time (the default): no
# more than one page's memory
for i in 1 2 3; do cat "$tmp/u.urls" "$tmp/g.urls"; done >"$tmp/six.urls"
k=$(peak "$Z" run --ignore-robots "$tmp/six.urls") || exit 1
[ "$(jq -s 'map(.url) | unique | length' "$tmp/out")" -eq 2 ] || fail "run of six pages: deals of both pages expected"
check "run, six pages (UTF-8 and GBK, 32 transfers)" "$k" || exit 1
echo ok
