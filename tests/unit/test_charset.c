/*
 * test_charset.c: unit tests for extract/charset.c, one decision each: a
 * BOM; UTF-8 bytes under a wrong gb2312 label; an undeclared GBK page
 * (detection); a GBK-only character (镕, 啰) under a gb2312 label (must be
 * read as GB18030, not ICU's strict gb2312); Big5 with 新台幣; a <meta>
 * past the first 1024 bytes; the HTTP header over the <meta>; UTF-16 with
 * a BOM; binary input refused; converters reused across records. The
 * legacy-encoded pages are made here from UTF-8 text written for these
 * tests (ICU converts them), so no binary fixtures are needed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unicode/ucnv.h>

#include "common/util.h"
#include "extract/charset.h"

static zd_charset *cs;

static int setup(void **state)
{
    (void)state;
    zd_msg_quiet(1);
    cs = zd_charset_new();
    return cs ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    zd_charset_free(cs);
    return 0;
}

/* UTF-8 text to bytes in charset `to` (ICU name); caller frees. */
static char *encode(const char *utf8, const char *to, size_t *n)
{
    UErrorCode st = U_ZERO_ERROR;
    size_t cap = strlen(utf8) * 4 + 16;
    char *out = zd_xmalloc(cap);
    int32_t len = ucnv_convert(to, "UTF-8", out, (int32_t)cap, utf8, -1, &st);
    assert_true(U_SUCCESS(st));
    *n = (size_t)len;
    return out;
}

/* Decode; check the charset name and that the text contains want. */
static void decode_ok(const char *bytes, size_t n, const char *ctype, const char *want_cs,
                      const char *want_text)
{
    zd_buf out = ZD_BUF_INIT;
    const char *name = NULL;
    char *err = NULL;
    int rc = zd_charset_decode(cs, bytes, n, ctype, 1, &out, &name, &err);
    if (rc != 0) fail_msg("decode failed: %s", err ? err : "?");
    assert_non_null(name);
    assert_string_equal(name, want_cs);
    assert_true(zd_utf8_valid(out.p, out.len));
    if (want_text && !strstr(out.p, want_text))
        fail_msg("'%s' not in output: %.200s", want_text, out.p);
    assert_null(strstr(out.p, "\xEF\xBF\xBD")); /* no U+FFFD */
    zd_buf_free(&out);
}

static const char *NEWS =
    "<p>本报讯 昨日，一家位于深圳的人工智能公司宣布完成新一轮融资，金额达到五亿元人民币。"
    "本轮融资由多家知名投资机构共同参与，资金将主要用于研发投入、市场拓展以及人才引进。"
    "公司创始人表示，过去一年中公司的营业收入增长了三倍，客户数量也在持续增加，"
    "未来将继续加大在大模型和智能硬件领域的投入，力争在国内市场占据领先地位。</p>";

static void test_bom(void **state)
{
    (void)state;
    const char page[] =
        "\xEF\xBB\xBF<html><head><meta charset=\"gbk\"></head><body>中文</body></html>";
    zd_buf out = ZD_BUF_INIT;
    const char *name;
    char *err = NULL;
    assert_int_equal(zd_charset_decode(cs, page, sizeof page - 1, NULL, 1, &out, &name, &err), 0);
    assert_string_equal(name, "utf-8");
    assert_memory_equal(out.p, "<html>", 6); /* BOM stripped */
    assert_non_null(strstr(out.p, "中文"));
    zd_buf_free(&out);
}

static void test_utf16_bom(void **state)
{
    (void)state;
    size_t n;
    char *b = encode("\xEF\xBB\xBF<p>新一轮融资</p>", "UTF-16LE", &n);
    decode_ok(b, n, NULL, "utf-16le", "新一轮融资");
    free(b);
}

static void test_utf8_declared_gb2312(void **state)
{
    (void)state;
    zd_buf page = ZD_BUF_INIT;
    zd_buf_adds(&page, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                       "charset=gb2312\"><title>测试</title></head><body>");
    zd_buf_adds(&page, NEWS);
    zd_buf_adds(&page, "</body></html>");
    decode_ok(page.p, page.len, NULL, "utf-8", "完成新一轮融资");
    /* the HTTP header saying gbk does not override valid UTF-8 either */
    decode_ok(page.p, page.len, "text/html; charset=GBK", "utf-8", "完成新一轮融资");
    zd_buf_free(&page);
}

static void test_undeclared_gbk(void **state)
{
    (void)state;
    zd_buf page = ZD_BUF_INIT;
    zd_buf_adds(&page, "<html><head><title>融资新闻</title></head><body>");
    zd_buf_adds(&page, NEWS);
    zd_buf_adds(&page, NEWS);
    zd_buf_adds(&page, "</body></html>");
    size_t n;
    char *b = encode(page.p, "GBK", &n);
    decode_ok(b, n, NULL, "gb18030", "五亿元人民币");
    free(b);
    zd_buf_free(&page);
}

static void test_gbk_declared_utf8(void **state)
{
    (void)state;
    /* a page labelled utf-8 whose bytes are GBK: the bytes win */
    zd_buf page = ZD_BUF_INIT;
    zd_buf_adds(&page, "<html><head><meta charset=\"utf-8\"></head><body>");
    zd_buf_adds(&page, NEWS);
    zd_buf_adds(&page, "</body></html>");
    size_t n;
    char *b = encode(page.p, "GBK", &n);
    decode_ok(b, n, NULL, "gb18030", "五亿元人民币");
    free(b);
    zd_buf_free(&page);
    /* and a short undeclared one, too short for ICU's statistics */
    b = encode("<p>星火智能完成B轮融资，金额三亿元。</p>", "GBK", &n);
    decode_ok(b, n, NULL, "gb18030", "金额三亿元");
    free(b);
}

static void test_latin1(void **state)
{
    (void)state;
    const char page[] = "<p>caf\xe9 na\xefve r\xe9sum\xe9 \xe0 la fa\xe7on de Montr\xe9"
                        "al</p>";
    decode_ok(page, sizeof page - 1, NULL, "windows-1252", "café naïve résumé");
    decode_ok(page, sizeof page - 1, "text/html; charset=iso-8859-1", "windows-1252", "Montréal");
}

static void test_gbk_only_char_under_gb2312(void **state)
{
    (void)state;
    /* 镕 (U+9555) and 啰 (U+5570) are in GBK but not in GB2312 */
    const char *text = "<html><head><meta charset=\"gb2312\"></head><body>"
                       "<p>朱镕基曾说，不要啰嗦。</p></body></html>";
    size_t n;
    char *b = encode(text, "GBK", &n);
    decode_ok(b, n, NULL, "gb18030", "朱镕基曾说，不要啰嗦。");
    free(b);
    /* and the same under an x-gbk label */
    const char *t2 = "<html><head><meta charset=\"x-gbk\"></head><body><p>镕</p></body></html>";
    b = encode(t2, "GBK", &n);
    decode_ok(b, n, NULL, "gb18030", "<p>镕</p>");
    free(b);
}

static void test_big5(void **state)
{
    (void)state;
    const char *text = "<html><head><meta charset=\"big5\"></head><body>"
                       "<p>該公司宣布完成新一輪融資，金額為新台幣三億元。</p></body></html>";
    size_t n;
    char *b = encode(text, "Big5", &n);
    decode_ok(b, n, NULL, "big5", "金額為新台幣三億元");
    free(b);
    /* the HTTP header alone */
    const char *t2 = "<html><body><p>新台幣</p></body></html>";
    b = encode(t2, "Big5", &n);
    decode_ok(b, n, "text/html; charset=big5", "big5", "新台幣");
    free(b);
}

static void test_meta_after_1024(void **state)
{
    (void)state;
    zd_buf page = ZD_BUF_INIT;
    zd_buf_adds(&page, "<html><head><title>标题</title><script>");
    for (int i = 0; i < 60; i++)
        zd_buf_adds(&page, "var someLongVariableName = 12345;\n");
    zd_buf_adds(&page,
                "</script><meta charset=\"gbk\"></head><body><p>融资五亿元</p></body></html>");
    assert_true(strstr(page.p, "<meta") - page.p > 1024);
    size_t n;
    char *b = encode(page.p, "GBK", &n);
    decode_ok(b, n, NULL, "gb18030", "融资五亿元");
    free(b);
    zd_buf_free(&page);
}

static void test_header_over_meta(void **state)
{
    (void)state;
    const char *text =
        "<html><head><meta charset=\"big5\"></head><body><p>融资五亿元</p></body></html>";
    size_t n;
    char *b = encode(text, "GBK", &n);
    decode_ok(b, n, "text/html; charset=\"gb2312\"", "gb18030", "融资五亿元");
    free(b);
}

static void test_binary(void **state)
{
    (void)state;
    const unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r',
                                 'I',  'H', 'D', 'R', 0,    0,    1,    0,    0, 0, 1, 0};
    zd_buf out = ZD_BUF_INIT;
    const char *name;
    char *err = NULL;
    assert_int_equal(
        zd_charset_decode(cs, (const char *)png, sizeof png, NULL, 1, &out, &name, &err), -1);
    assert_non_null(err);
    assert_string_equal(err, "not text (binary data)");
    free(err);
    /* control bytes without NULs */
    char ctl[600];
    for (size_t i = 0; i < sizeof ctl; i++)
        ctl[i] = (char)(1 + i % 8);
    err = NULL;
    assert_int_equal(zd_charset_decode(cs, ctl, sizeof ctl, NULL, 0, &out, &name, &err), -1);
    assert_string_equal(err, "not text (binary data)");
    free(err);
    zd_buf_free(&out);
}

static void test_plain_ascii_and_empty(void **state)
{
    (void)state;
    decode_ok("hello", 5, NULL, "utf-8", "hello");
    zd_buf out = ZD_BUF_INIT;
    const char *name;
    char *err = NULL;
    assert_int_equal(zd_charset_decode(cs, "", 0, NULL, 1, &out, &name, &err), 0);
    assert_int_equal(out.len, 0);
    zd_buf_free(&out);
}

static void test_reuse_and_append(void **state)
{
    (void)state;
    size_t n;
    char *b = encode("<meta charset=gbk><p>融资</p>", "GBK", &n);
    zd_buf out = ZD_BUF_INIT;
    zd_buf_adds(&out, "X");
    const char *name;
    char *err = NULL;
    for (int i = 0; i < 3; i++)
        assert_int_equal(zd_charset_decode(cs, b, n, NULL, 1, &out, &name, &err), 0);
    assert_string_equal(name, "gb18030");
    /* appended, three times */
    assert_int_equal(out.p[0], 'X');
    const char *p = out.p;
    int k = 0;
    while ((p = strstr(p, "融资")) != NULL)
        k++, p++;
    assert_int_equal(k, 3);
    free(b);
    zd_buf_free(&out);
}

static void test_damaged_utf8(void **state)
{
    (void)state;
    /* a long UTF-8 page with one stray byte stays UTF-8, the byte becomes U+FFFD */
    zd_buf page = ZD_BUF_INIT;
    zd_buf_adds(&page, "<meta charset=utf-8>");
    zd_buf_adds(&page, NEWS);
    zd_buf_add(&page, "\xFF", 1);
    zd_buf_adds(&page, NEWS);
    zd_buf out = ZD_BUF_INIT;
    const char *name;
    char *err = NULL;
    assert_int_equal(zd_charset_decode(cs, page.p, page.len, NULL, 1, &out, &name, &err), 0);
    assert_string_equal(name, "utf-8");
    assert_true(zd_utf8_valid(out.p, out.len));
    assert_non_null(strstr(out.p, "\xEF\xBF\xBD"));
    zd_buf_free(&out);
    zd_buf_free(&page);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bom),
        cmocka_unit_test(test_utf16_bom),
        cmocka_unit_test(test_utf8_declared_gb2312),
        cmocka_unit_test(test_undeclared_gbk),
        cmocka_unit_test(test_gbk_declared_utf8),
        cmocka_unit_test(test_latin1),
        cmocka_unit_test(test_gbk_only_char_under_gb2312),
        cmocka_unit_test(test_big5),
        cmocka_unit_test(test_meta_after_1024),
        cmocka_unit_test(test_header_over_meta),
        cmocka_unit_test(test_binary),
        cmocka_unit_test(test_plain_ascii_and_empty),
        cmocka_unit_test(test_reuse_and_append),
        cmocka_unit_test(test_damaged_utf8),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
