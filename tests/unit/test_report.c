/* test_report.c: the report page's own rules, apart from any browser:
 * HTML escaping of record strings, money in readable units, the totals by
 * investor and by month, which lines count as deal records, and that
 * nothing a record holds reaches the page unescaped or as a script link. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/fmt.h"
#include "report/report.h"

static char *escaped(const char *s, size_t n)
{
    zd_buf b = ZD_BUF_INIT;
    zd_html_escape(&b, s, n);
    zd_buf_addc(&b, '\0');
    return zd_buf_take(&b);
}

static void escape(void **state)
{
    (void)state;
    const char *markup = "<script>alert(\"x\")&'y'</script>";
    char *e = escaped(markup, strlen(markup));
    assert_string_equal(e, "&lt;script&gt;alert(&quot;x&quot;)&amp;&#39;y&#39;&lt;/script&gt;");
    free(e);
    /* UTF-8 passes through, tab and newline stay, other controls do not */
    e = escaped("星图\t智能\n\x01x\x7f", strlen("星图\t智能\n\x01x\x7f"));
    assert_string_equal(e, "星图\t智能\n\xEF\xBF\xBDx\xEF\xBF\xBD");
    free(e);
    /* a NUL inside the span is a control character too */
    e = escaped("a\0b", 3);
    assert_string_equal(e, "a\xEF\xBF\xBD"
                           "b");
    free(e);
    e = escaped("", 0);
    assert_string_equal(e, "");
    free(e);
    zd_buf b = ZD_BUF_INIT;
    zd_html_escapes(&b, NULL);
    assert_int_equal(b.len, 0);
    zd_buf_free(&b);
}

typedef void (*fmt_fn)(zd_buf *, double);

static void check(fmt_fn f, double v, const char *want)
{
    zd_buf b = ZD_BUF_INIT;
    f(&b, v);
    zd_buf_addc(&b, '\0');
    if (strcmp(b.p, want) != 0) fail_msg("%.17g: got \"%s\", want \"%s\"", v, b.p, want);
    zd_buf_free(&b);
}

static void thousands(void **state)
{
    (void)state;
    check(zd_fmt_thousands, 0, "0");
    check(zd_fmt_thousands, 999, "999");
    check(zd_fmt_thousands, 1000, "1,000");
    check(zd_fmt_thousands, 500000000, "500,000,000");
    check(zd_fmt_thousands, 110000000000.0, "110,000,000,000");
    check(zd_fmt_thousands, 1234.5, "1,234.5");
    check(zd_fmt_thousands, 1234.567, "1,234.57");
    check(zd_fmt_thousands, -1500, "-1,500");
    check(zd_fmt_thousands, 1.0 / 0.0, "?");
    check(zd_fmt_thousands, 1e20, "100,000,000,000,000,000,000");
}

static void units(void **state)
{
    (void)state;
    check(zd_fmt_units, 500000000, "5亿");
    check(zd_fmt_units, 120000000, "1.2亿");
    check(zd_fmt_units, 123456789, "1.23亿");
    check(zd_fmt_units, 30000000, "3000万");
    check(zd_fmt_units, 15000, "1.5万");
    check(zd_fmt_units, 110000000000.0, "1100亿");
    check(zd_fmt_units, 730000000000.0, "7300亿");
    check(zd_fmt_units, 2.5e12, "2.5万亿");
    check(zd_fmt_units, 8500, "8,500");
    check(zd_fmt_units, 0.5, "0.5");
    check(zd_fmt_units, 0, "0");
    /* rounding that reaches the next unit says so */
    check(zd_fmt_units, 99999999, "1亿");
    check(zd_fmt_units, 9999.999, "1万");
    check(zd_fmt_units, 999999999999.0, "1万亿");
    check(zd_fmt_units, -30000000, "-3000万");
    check(zd_fmt_units, 1e20, "100000000万亿");

    zd_buf b = ZD_BUF_INIT;
    zd_fmt_money(&b, 500000000, "CNY");
    zd_buf_adds(&b, "|");
    zd_fmt_money(&b, 12000000, "");
    zd_buf_adds(&b, "|");
    zd_fmt_money(&b, 12000000, NULL);
    assert_string_equal(b.p, "5亿 CNY|1200万|1200万");
    zd_buf_free(&b);
}

#define DEAL(inv, amount, date)                                                                    \
    "{\"schema\":1,\"url\":\"https://example.cn/a\",\"title\":\"t\",\"published\":\"2026-03-02\"," \
    "\"type\":\"funding\",\"status\":\"announced\",\"target\":{\"name\":\"T\",\"text\":\"T\"},"    \
    "\"investors\":[" inv "],\"amount\":" amount ",\"valuation\":null,\"round\":null,"             \
    "\"date\":" date ",\"evidence\":\"e\",\"span\":[0,1]}"
#define INV(name) "{\"name\":\"" name "\",\"text\":\"x\",\"lead\":null,\"amount\":null}"
#define AMT(v, cur)                                                                                \
    "{\"value\":" v ",\"currency\":\"" cur "\",\"approx\":false,\"min\":null,\"max\":null,"        \
    "\"text\":\"x\"}"

static void add(zd_report *r, const char *line)
{
    char *err = NULL;
    int rc = zd_report_add_line(r, line, strlen(line), &err);
    if (rc != 0) fail_msg("rejected (%s): %s", err ? err : "mention", line);
}

static const zd_report_total *row(const zd_report_total *t, size_t n, const char *key,
                                  const char *cur)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i].key, key) == 0 && strcmp(t[i].currency, cur) == 0) return &t[i];
    return NULL;
}

static void totals(void **state)
{
    (void)state;
    zd_report *r = zd_report_new();
    add(r, DEAL(INV("A") "," INV("B"), AMT("500000000", "CNY"), "\"2026-03-02\""));
    add(r, DEAL(INV("A"), AMT("120000000", "CNY"), "\"2026-03\""));
    add(r, DEAL(INV("A") "," INV("A"), AMT("20000000", "USD"), "\"2026-04-01\"")); /* A twice */
    add(r, DEAL(INV("B"), "null", "\"2025\""));                                    /* no amount */
    add(r, DEAL(INV("C"),
                "{\"value\":null,\"currency\":\"CNY\",\"approx\":false,\"min\":100000000,"
                "\"max\":200000000,\"text\":\"1-2亿元\"}",
                "null"));                                        /* a range: no single figure */
    add(r, DEAL("", AMT("300000000", "CNY"), "\"2026-03-15\"")); /* no investor */
    assert_int_equal(zd_report_count(r), 6);
    assert_int_equal(zd_report_sources(r), 1);

    size_t n;
    zd_report_total *t = zd_report_totals(r, ZD_TOTAL_INVESTOR, &n);
    assert_int_equal(n, 5); /* A CNY, A USD, B "", B CNY, C "" */
    const zd_report_total *x = row(t, n, "A", "CNY");
    assert_non_null(x);
    assert_true(x->sum == 620000000.0);
    assert_int_equal(x->deals, 2);
    x = row(t, n, "A", "USD");
    assert_non_null(x);
    assert_true(x->sum == 20000000.0);
    assert_int_equal(x->deals, 1); /* named twice in one deal: counted once */
    x = row(t, n, "B", "CNY");
    assert_true(x && x->sum == 500000000.0 && x->deals == 1);
    x = row(t, n, "B", "");
    assert_true(x && x->sum == 0 && x->deals == 1);
    x = row(t, n, "C", "");
    assert_true(x && x->sum == 0 && x->deals == 1);
    for (size_t i = 1; i < n; i++) { /* sorted by key, then currency */
        int c = strcmp(t[i - 1].key, t[i].key);
        assert_true(c < 0 || (c == 0 && strcmp(t[i - 1].currency, t[i].currency) < 0));
    }
    free(t);

    t = zd_report_totals(r, ZD_TOTAL_MONTH, &n);
    assert_int_equal(n, 2); /* 2026-03 CNY (three deals), 2026-04 USD; 2025 and null left out */
    x = row(t, n, "2026-03", "CNY");
    assert_non_null(x);
    assert_true(x->sum == 920000000.0);
    assert_int_equal(x->deals, 3);
    x = row(t, n, "2026-04", "USD");
    assert_true(x && x->sum == 20000000.0 && x->deals == 1);
    assert_string_equal(t[0].key, "2026-03");
    free(t);
    zd_report_free(r);

    r = zd_report_new();
    t = zd_report_totals(r, ZD_TOTAL_INVESTOR, &n);
    assert_int_equal(n, 0);
    free(t);
    zd_report_free(r);
}

static int add_rc(const char *line)
{
    zd_report *r = zd_report_new();
    char *err = NULL;
    int rc = zd_report_add_line(r, line, strlen(line), &err);
    if (rc < 0) {
        assert_non_null(err);
        assert_true(strlen(err) > 0);
    }
    assert_int_equal(zd_report_count(r), rc == 0 ? 1 : 0);
    free(err);
    zd_report_free(r);
    return rc;
}

static void which_lines(void **state)
{
    (void)state;
    assert_int_equal(add_rc(DEAL(INV("A"), AMT("1", "CNY"), "\"2026\"")), 0);
    /* a mention record, as normalize --emit all writes them: skipped */
    assert_int_equal(add_rc("{\"schema\":1,\"url\":\"u\",\"type\":\"money\",\"text\":\"5亿元\","
                            "\"start\":0,\"end\":7,\"value\":500000000,\"currency\":\"CNY\"}"),
                     1);
    assert_int_equal(add_rc("{\"schema\":1,\"type\":\"funding\""), -1);        /* bad JSON */
    assert_int_equal(add_rc("[1,2]"), -1);                                     /* not an object */
    assert_int_equal(add_rc(DEAL(INV("A"), "null", "\"2026-13\"")), -1);       /* no month 13 */
    assert_int_equal(add_rc(DEAL(INV("A"), "null", "\"March\"")), -1);         /* not a date */
    assert_int_equal(add_rc(DEAL(INV("A"), AMT("\"5\"", "CNY"), "null")), -1); /* value text */
    assert_int_equal(add_rc(DEAL(INV("A"), AMT("5", "人民币"), "null")), -1);  /* not ISO 4217 */
    assert_int_equal(add_rc(DEAL("\"A\"", "null", "null")), -1); /* investor a string */
    assert_int_equal(add_rc("{\"schema\":2,\"type\":\"funding\",\"target\":{\"name\":\"T\"}}"), -1);
    assert_int_equal(add_rc("{\"schema\":1,\"type\":\"funding\",\"target\":\"T\"}"), -1);
    assert_int_equal(add_rc("{\"schema\":1,\"type\":\"funding\",\"title\":\"\xff\","
                            "\"target\":{\"name\":\"T\"}}"),
                     -1); /* invalid UTF-8 */
    /* the least a deal needs: schema, type and a target name */
    assert_int_equal(add_rc("{\"schema\":1,\"type\":\"ipo\",\"target\":{\"name\":\"T\"}}"), 0);
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

static void page(void **state)
{
    (void)state;
    zd_report *r = zd_report_new();
    add(r, "{\"schema\":1,\"url\":\"javascript:alert(1)\",\"title\":\"<b>x</b>\","
           "\"type\":\"funding\",\"status\":\"announced\","
           "\"target\":{\"name\":\"<img src=x onerror=alert(1)>\",\"text\":\"t\"},"
           "\"investors\":[" INV("A&B") "],\"amount\":" AMT(
               "500000000", "CNY") ","
                                   "\"date\":\"2026-03-02\",\"evidence\":\"\\\"quoted\\\" "
                                   "</blockquote><script>\"}");
    add(r, DEAL(INV("A&B"), "null", "null"));
    zd_buf b = ZD_BUF_INIT;
    zd_report_page(r, "Deals <&> \"report\"", &b);
    const char *p = b.p;
    assert_non_null(strstr(p, "<title>Deals &lt;&amp;&gt; &quot;report&quot;</title>"));
    assert_null(strstr(p, "<img"));
    assert_non_null(strstr(p, "&lt;img src=x onerror=alert(1)&gt;"));
    assert_null(strstr(p, "href=\"javascript:"));
    assert_non_null(strstr(p, "&lt;b&gt;x&lt;/b&gt;"));
    assert_non_null(strstr(p, "&quot;quoted&quot; &lt;/blockquote&gt;&lt;script&gt;"));
    assert_int_equal(count(p, "<script>"), 1); /* only the page's own */
    assert_int_equal(count(p, "<tr id=\"deal-"), 2);
    /* raw figure for sorting, readable one for reading, exact one on hover */
    assert_non_null(strstr(p, "<tr id=\"deal-1\" data-n=\"1\" data-amount=\"500000000\" "
                              "data-date=\"2026-03-02\">"));
    assert_non_null(strstr(p, "title=\"500,000,000 CNY\">5亿 CNY"));
    assert_non_null(strstr(p, "<tr data-key=\"A&amp;B\" data-sum=\"500000000\" data-deals=\"1\">"));
    assert_null(strstr(p, "<link")); /* self-contained: nothing loaded from elsewhere */
    assert_null(strstr(p, "src=\""));
    /* the javascript: URL is shown as text; the second deal's https one is a link */
    assert_int_equal(count(p, "class=\"source\""), 1);
    zd_buf_free(&b);
    zd_report_free(r);

    /* a relative URL (the corpus' expected files) and file:// are links */
    r = zd_report_new();
    add(r, "{\"schema\":1,\"url\":\"corpus/pages/001.html\",\"type\":\"ipo\","
           "\"target\":{\"name\":\"T\"}}");
    add(r, "{\"schema\":1,\"url\":\"file:///tmp/a.html\",\"type\":\"ipo\","
           "\"target\":{\"name\":\"T\"}}");
    add(r, "{\"schema\":1,\"url\":\"data:text/html,x\",\"type\":\"ipo\","
           "\"target\":{\"name\":\"T\"}}");
    zd_report_page(r, NULL, &b);
    assert_non_null(strstr(b.p, "href=\"corpus/pages/001.html\""));
    assert_non_null(strstr(b.p, "href=\"file:///tmp/a.html\""));
    assert_null(strstr(b.p, "href=\"data:"));
    assert_non_null(strstr(b.p, "<title>zhdeals report</title>"));
    assert_non_null(strstr(b.p, "No stated amounts to total."));
    zd_buf_free(&b);
    zd_report_free(r);
}

static void read_path(void **state)
{
    (void)state;
    char path[] = "/tmp/test_report_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs(DEAL(INV("A"), AMT("1", "CNY"), "null") "\n", f);
    fputs("\n", f);                                  /* blank: skipped */
    fputs("not json\n", f);                          /* line 3: bad */
    fputs(DEAL(INV("B"), "null", "null") "\r\n", f); /* CRLF */
    fputs(DEAL(INV("C"), "null", "null"), f);        /* no final newline */
    fclose(f);
    zd_report *r = zd_report_new();
    zd_msg_quiet(1);
    assert_int_equal(zd_report_add_path(r, path), 1);
    assert_int_equal(zd_report_add_path(r, "/nonexistent/deals.jsonl"), 2);
    zd_msg_quiet(0);
    assert_int_equal(zd_report_count(r), 3);
    assert_string_equal(zd_report_deal_at(r, 2)->inv[0].name, "C");
    assert_null(zd_report_deal_at(r, 3));
    zd_report_free(r);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(escape),    cmocka_unit_test(thousands),   cmocka_unit_test(units),
        cmocka_unit_test(totals),    cmocka_unit_test(which_lines), cmocka_unit_test(page),
        cmocka_unit_test(read_path),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
