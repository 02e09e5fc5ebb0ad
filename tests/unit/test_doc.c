/* test_doc.c: the document record's JSON round trip and the checks that
 * make normalize refuse a malformed document instead of trusting it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

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

static json_t *str_or_null(const char *s)
{
    json_t *j = s ? json_string(s) : NULL;
    return j ? j : json_null();
}

/* The line is written by hand; jansson's compact dump of the same record
 * is the reference, byte for byte: every control character, quotes,
 * backslashes, UTF-8, nulls and invalid UTF-8 (null, or "" for texts). */
static void json_as_jansson_writes_it(void **state)
{
    (void)state;
    char ctl[40];
    for (int i = 0; i < 32; i++)
        ctl[i] = (char)(i ? i : ' ');
    memcpy(ctl + 32, "\"\\/\x7f\xe4\xb8\xad", 8);
    const char *bad = "ok\xff\xfe";
    for (int variant = 0; variant < 3; variant++) {
        zd_doc d;
        zd_doc_init(&d);
        d.url = variant == 1 ? NULL : zd_xstrdup("https://example.cn/a?b=\"c\"&d=\\");
        d.title = zd_xstrdup(variant == 2 ? bad : "标题\t\x01\x1f end");
        d.published = variant == 0 ? zd_xstrdup("2026-03-02") : NULL;
        d.charset = zd_xstrdup("utf-8");
        d.text_len = variant == 2 ? strlen(bad) : sizeof ctl;
        d.text = zd_xmalloc(d.text_len + 1);
        memcpy(d.text, variant == 2 ? bad : ctl, d.text_len);
        d.text[d.text_len] = '\0';
        if (variant != 2) {
            zd_mentions_add(&d.mentions, ZD_MONEY, 0, 12);
            zd_mentions_add(&d.mentions, ZD_DATE, 30, 40);
            zd_mentions_add(&d.mentions, ZD_ORG, 37, 38); /* splits 中: invalid */
        }
        zd_buf b = ZD_BUF_INIT;
        zd_doc_to_json(&d, &b);

        json_t *o = json_object();
        json_object_set_new(o, "schema", json_integer(ZD_SCHEMA));
        json_object_set_new(o, "url", str_or_null(d.url));
        json_object_set_new(o, "title", str_or_null(d.title));
        json_object_set_new(o, "published", str_or_null(d.published));
        json_object_set_new(o, "charset", str_or_null(d.charset));
        json_t *t = json_stringn(d.text, d.text_len);
        json_object_set_new(o, "text", t ? t : json_string(""));
        json_t *ms = json_array();
        for (size_t i = 0; i < d.mentions.n; i++) {
            zd_mention *m = &d.mentions.v[i];
            json_t *x = json_object();
            json_object_set_new(x, "type", json_string(zd_mtype_name(m->type)));
            json_object_set_new(x, "start", json_integer((json_int_t)m->start));
            json_object_set_new(x, "end", json_integer((json_int_t)m->end));
            json_t *mt = json_stringn(d.text + m->start, m->end - m->start);
            json_object_set_new(x, "text", mt ? mt : json_string(""));
            json_array_append_new(ms, x);
        }
        json_object_set_new(o, "mentions", ms);
        char *want = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
        assert_int_equal(b.len, strlen(want) + 1);
        assert_memory_equal(b.p, want, strlen(want));
        assert_int_equal(b.p[b.len - 1], '\n');
        free(want);
        json_decref(o);
        zd_buf_free(&b);
        zd_doc_clear(&d);
    }
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
    zd_mentions_add(&m, ZD_ORG, 0, 30);   /* contains the first */
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
        cmocka_unit_test(json_as_jansson_writes_it),
        cmocka_unit_test(rejects_malformed),
        cmocka_unit_test(sort_drops_nested_same_type),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
