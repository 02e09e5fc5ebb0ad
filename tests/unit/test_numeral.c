/*
 * test_numeral.c: unit tests for the numeral reader (normalize/numeral.c):
 * whole-string parsing, scanning a number at a position in text, the number
 * finder of the numbers evaluation, and the currency word table.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "common/util.h"
#include "normalize/numeral.h"

static int same(double a, double b)
{
    return fabs(a - b) <= 1e-12 * fabs(b) + 1e-15;
}

static void is(const char *s, double want)
{
    zd_num v;
    int rc = zd_num_parse(s, strlen(s), &v);
    if (rc != 0 || !v.has_value || !same(v.value, want))
        print_error("%s: rc %d has_value %d value %.15g, want %.15g\n", s, rc, v.has_value, v.value,
                    want);
    assert_int_equal(rc, 0);
    assert_true(v.has_value);
    assert_true(same(v.value, want));
}

static void range_is(const char *s, double lo, double hi)
{
    zd_num v;
    int rc = zd_num_parse(s, strlen(s), &v);
    assert_int_equal(rc, 0);
    if (v.has_value || !v.has_min || !same(v.min, lo) || (isnan(hi) ? v.has_max : !same(v.max, hi)))
        print_error("%s: value %d min %d %.15g max %d %.15g\n", s, v.has_value, v.has_min, v.min,
                    v.has_max, v.max);
    assert_false(v.has_value);
    assert_true(v.approx);
    assert_true(v.has_min);
    assert_true(same(v.min, lo));
    if (isnan(hi)) {
        assert_false(v.has_max);
    } else {
        assert_true(v.has_max);
        assert_true(same(v.max, hi));
    }
}

static void rejects(const char *s)
{
    zd_num v;
    int rc = zd_num_parse(s, strlen(s), &v);
    if (rc == 0) print_error("%s parsed as %.15g\n", s, v.value);
    assert_int_equal(rc, -1);
}

static void test_arabic(void **state)
{
    (void)state;
    is("1200", 1200);
    is("1,200", 1200);
    is("57.2", 57.2);
    is(".5", 0.5);
    is("01.10", 1.1);
    is("-1200", -1200);
    is("2e5", 2e5);
    is("12.32e+14", 1.232e15);
    is("2^5", 32);
    is("40k", 40000);
    is("1.2M", 1.2e6);
}

static void test_chinese_units(void **state)
{
    (void)state;
    is("十", 10);
    is("十二", 12);
    is("三百亿", 3e10);
    is("两亿五千万", 2.5e8);
    is("一百八十亿", 1.8e10);
    is("四十五亿四千零四万", 4540040000.0);
}

static void test_colloquial_trailing_digit(void **state)
{
    (void)state;
    is("一万三", 13000);
    is("两千四百五", 2450);
    is("百三", 130);
    is("九十二万四", 924000);
    is("一亿五", 1.5e8);
}

static void test_zero(void **state)
{
    (void)state;
    is("零", 0);
    is("〇", 0);
    is("一千零一", 1001);
    is("五亿零六", 500000006);
    is("一百零十万", 1100000);
}

static void test_big_unit_combinations(void **state)
{
    (void)state;
    is("四万万", 4e8);
    is("1.5万亿", 1.5e12);
    is("三千万亿", 3e15);
    is("五兆六十二亿四万五千二", 5006200045200.0);
    is("两个亿", 2e8);
}

static void test_financial_and_traditional(void **state)
{
    (void)state;
    is("壹佰贰拾", 120);
    is("肆佰陆拾", 460);
    is("參萬肆仟伍佰陸拾柒", 34567);
    is("四億五千萬", 4.5e8);
    is("廿二", 22);
    is("卅三", 33);
}

static void test_mixed(void **state)
{
    (void)state;
    is("3千万", 3e7);
    is("1万600", 10600);
    is("200亿零四千230", 20000004230.0);
    is("1,100.9亿", 110090000000.0);
    is("57.2亿", 5720000000.0);
}

static void test_decimals(void **state)
{
    (void)state;
    is("三点五", 3.5);
    is("零点零一", 0.01);
    is("两千万点五五四四", 20000000.5544);
    is("一七二零点一", 1720.1);
}

static void test_fractions(void **state)
{
    (void)state;
    is("三分之一", 1.0 / 3);
    is("一又二分之一", 1.5);
    is("负一又二分之一", -1.5);
    is("3/5", 0.6);
    is("1 3/5", 1.6);
    is("百分之五十", 0.5);
    is("一千分之一", 0.001);
}

static void test_sequential_digits(void **state)
{
    (void)state;
    is("一二三", 123);
    is("二〇二六", 2026);
}

static void test_vague(void **state)
{
    (void)state;
    range_is("数十亿", 2e9, 9e9);
    range_is("几百万", 2e6, 9e6);
    range_is("八九亿", 8e8, 9e8);
    range_is("三五百", 300, 500);
    range_is("3000多", 3000, 4000);
    range_is("十几", 10, 20);
    range_is("二十几万", 2e5, 3e5);
    range_is("上亿", 1e8, NAN);
}

static void test_classifiers_pairs_dozens(void **state)
{
    (void)state;
    is("三个", 3);
    is("一打", 12);
    is("五十打", 600);
    is("一对", 2);
    is("半百", 50);
    is("一半", 0.5);
}

static void test_rejects(void **state)
{
    (void)state;
    rejects("");
    rejects("零点");
    rejects("点零");
    rejects("负");
    rejects("万");
    rejects("10.1万零100");
    rejects("10..1万");
    rejects("三亿用户");
}

static void test_scan_stops_at_words(void **state)
{
    (void)state;
    const char *t = "9亿用户";
    zd_num v;
    size_t e = zd_num_scan(t, strlen(t), 0, ZD_NUM_VAGUE, &v);
    assert_int_equal(e, strlen("9亿"));
    assert_true(same(v.value, 9e8));
    t = "共有2026年";
    e = zd_num_scan(t, strlen(t), strlen("共有"), 0, &v);
    assert_int_equal(e, strlen("共有2026"));
    /* 两 is not a decimal digit: 两百点两 is 200 */
    t = "两百点两";
    e = zd_num_scan(t, strlen(t), 0, 0, &v);
    assert_int_equal(e, strlen("两百"));
    /* nothing starts at a letter */
    t = "abc";
    assert_int_equal(zd_num_scan(t, 3, 0, 0, &v), 0);
}

static void find_is(const char *t, const char *want)
{
    zd_numspan sp[16];
    size_t k = zd_number_find(t, strlen(t), sp, 16);
    zd_buf b = ZD_BUF_INIT;
    zd_buf_adds(&b, "");
    for (size_t i = 0; i < k && i < 16; i++) {
        if (i) zd_buf_addc(&b, '|');
        zd_buf_add(&b, t + sp[i].start, sp[i].end - sp[i].start);
    }
    if (strcmp(b.p, want)) print_error("%s\n got %s\nwant %s\n", t, b.p, want);
    assert_string_equal(b.p, want);
    zd_buf_free(&b);
}

static void test_finder(void **state)
{
    (void)state;
    find_is("他买了十个苹果,一切都好。", "十");
    find_is("我住在四川,队伍出发了。", "");
    find_is("利润增长了30%,打了八折。", "");
    find_is("气温大于10小于20度。", "大于10小于20");
    find_is("参会人数在500以上。", "500以上");
    find_is("人数为20-100人。", "20-100");
}

static void test_currency_table(void **state)
{
    (void)state;
    const char *t = "300美元";
    size_t e;
    const zd_curword *w = zd_currency_at(t, strlen(t), 3, ZD_CUR_SUFFIX, &e);
    assert_non_null(w);
    assert_string_equal(w->iso, "USD");
    assert_int_equal(e, strlen(t));
    t = "US$50";
    w = zd_currency_before(t, 3, ZD_CUR_PREFIX, &e);
    assert_non_null(w);
    assert_string_equal(w->iso, "USD");
    assert_int_equal(e, 0);
    t = "300元";
    w = zd_currency_at(t, strlen(t), 3, 0, &e);
    assert_non_null(w);
    assert_true(w->flags & ZD_CUR_BARE);
    t = "usd 5";
    w = zd_currency_at(t, strlen(t), 0, ZD_CUR_PREFIX, &e);
    assert_non_null(w);
    t = "USDT";
    assert_null(zd_currency_at(t, strlen(t), 0, ZD_CUR_PREFIX, &e));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arabic),
        cmocka_unit_test(test_chinese_units),
        cmocka_unit_test(test_colloquial_trailing_digit),
        cmocka_unit_test(test_zero),
        cmocka_unit_test(test_big_unit_combinations),
        cmocka_unit_test(test_financial_and_traditional),
        cmocka_unit_test(test_mixed),
        cmocka_unit_test(test_decimals),
        cmocka_unit_test(test_fractions),
        cmocka_unit_test(test_sequential_digits),
        cmocka_unit_test(test_vague),
        cmocka_unit_test(test_classifiers_pairs_dozens),
        cmocka_unit_test(test_rejects),
        cmocka_unit_test(test_scan_stops_at_words),
        cmocka_unit_test(test_finder),
        cmocka_unit_test(test_currency_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
