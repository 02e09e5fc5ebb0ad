/* test_hans.c: Traditional -> Simplified folding keeps every byte offset
 * (each character maps to one of the same UTF-8 length), leaves Simplified
 * text alone, and lets deal words and names read the same in both scripts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "normalize/hans.h"

static void folds_with_same_offsets(void **state)
{
    (void)state;
    zd_hans *h = zd_hans_new();
    assert_non_null(h);
    const char *t = "耀睿科技完成B輪融資,由輝達領投,金額為新台幣15億元。";
    zd_buf out = ZD_BUF_INIT;
    assert_int_equal(zd_hans_fold(h, t, strlen(t), &out), 1);
    assert_int_equal(out.len, strlen(t));
    assert_non_null(strstr(out.p, "B轮融资"));
    assert_non_null(strstr(out.p, "辉达领投"));
    assert_non_null(strstr(out.p, "新台币15亿元"));
    /* the same character positions: 輝 and 辉 start at the same byte */
    size_t off = (size_t)(strstr(t, "輝達") - t);
    assert_memory_equal(out.p + off, "辉达", strlen("辉达"));
    zd_buf_free(&out);
    zd_hans_free(h);
}

static void simplified_untouched(void **state)
{
    (void)state;
    zd_hans *h = zd_hans_new();
    zd_buf out = ZD_BUF_INIT;
    const char *t = "星图智能完成5亿元B轮融资,红杉中国领投。OpenAI";
    assert_int_equal(zd_hans_fold(h, t, strlen(t), &out), 0);
    assert_int_equal(out.len, 0);
    /* invalid UTF-8 is carried through byte for byte */
    const char bad[] = "融資\xff\xfe融資";
    assert_int_equal(zd_hans_fold(h, bad, sizeof bad - 1, &out), 1);
    assert_int_equal(out.len, sizeof bad - 1);
    assert_memory_equal(out.p + 6, "\xff\xfe", 2);
    zd_buf_free(&out);
    zd_hans_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(folds_with_same_offsets),
        cmocka_unit_test(simplified_untouched),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
