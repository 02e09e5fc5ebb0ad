/* test_doc.c: the document record's JSON round trip and the checks that
 * make normalize refuse a malformed document instead of trusting it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "common/doc.h"

static void roundtrip(void **state)
{
    (void)state;
    zd_doc d;
    zd_doc_init(&d);
    d.url = zd_xstrdup("https://example.cn/a.html");
    d.title = zd_xstrdup("星图智能完成B轮融资");
    d.published = zd_xstrdup("2026-03-02T09:15:00+08:00");
    d.charset = zd_xstrdup("gb18030");
    d.text = zd_xstrdup("星图智能获5亿元融资\n第二段");
    d.text_len = strlen(d.text);
    zd_mentions_add(&d.mentions, ZD_MONEY, 15, 22); /* 5亿元 */
    zd_mentions_add(&d.mentions, ZD_ORG, 0, 12);    /* 星图智能 */
    zd_mentions_sort(&d.mentions);
    zd_buf b = ZD_BUF_INIT;
    zd_doc_to_json(&d, &b);
    assert_non_null(strstr(b.p, "\"text\":\"5亿元\""));
    assert_non_null(strstr(b.p, "\"start\":0,\"end\":12"));
    assert_int_equal(b.p[b.len - 1], '\n');
    zd_doc e;
    zd_doc_init(&e);
    char *err = NULL;
    assert_int_equal(zd_doc_from_json(b.p, b.len - 1, &e, &err), 0);
    assert_string_equal(e.title, d.title);
    assert_string_equal(e.text, d.text);
    assert_int_equal(e.mentions.n, 2);
    assert_int_equal(e.mentions.v[0].type, ZD_ORG);
    assert_int_equal(e.mentions.v[1].start, 15);
    zd_doc_clear(&e);
    zd_doc_clear(&d);
    zd_buf_free(&b);
}

static void expect_bad(const char *line, const char *reason_part)
{
    zd_doc d;
    zd_doc_init(&d);
    char *err = NULL;
    assert_int_equal(zd_doc_from_json(line, strlen(line), &d, &err), -1);
    assert_non_null(err);
    assert_non_null(strstr(err, reason_part));
    free(err);
    assert_null(d.text);
}

static void rejects_malformed(void **state)
{
    (void)state;
    expect_bad("{\"text\":\"abc\"", "invalid JSON");
    expect_bad("[1,2]", "not a JSON object");
    expect_bad("{\"schema\":2,\"text\":\"a\"}", "schema");
    expect_bad("{\"title\":\"t\"}", "text");
    expect_bad("{\"text\":\"abc\",\"url\":5}", "strings or null");
    /* a span past the end, and one that cuts a UTF-8 character */
    expect_bad("{\"text\":\"abc\",\"mentions\":[{\"type\":\"money\",\"start\":1,\"end\":9}]}",
               "not a span");
    expect_bad("{\"text\":\"亿元\",\"mentions\":[{\"type\":\"money\",\"start\":1,\"end\":3}]}",
               "not a span");
    /* invalid UTF-8 inside a string */
    expect_bad("{\"text\":\"\xff\xfe\"}", "invalid JSON");
}

static void sort_drops_nested_same_type(void **state)
{
    (void)state;
    zd_mentions m = {0};
    zd_mentions_add(&m, ZD_ORG, 10, 20);
    zd_mentions_add(&m, ZD_ORG, 0, 30);  /* contains the first */
    zd_mentions_add(&m, ZD_DATE, 12, 14); /* other type: kept */
    zd_mentions_sort(&m);
    assert_int_equal(m.n, 2);
    assert_int_equal(m.v[0].start, 0);
    assert_int_equal(m.v[1].type, ZD_DATE);
    zd_mentions_free(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(roundtrip),
        cmocka_unit_test(rejects_malformed),
        cmocka_unit_test(sort_drops_nested_same_type),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
