/*
 * test_date.c: unit tests for the date recognizer (extract/date_rx.c) and
 * resolver (normalize/date.c): every form issue 5 names, with fixed publish
 * dates, including year boundaries, leap days, ISO week edges, UTC stamps
 * near midnight, ROC years and lunar holidays. All sentences were written
 * for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "common/doc.h"
#include "common/util.h"
#include "extract/date_rx.h"
#include "normalize/date.h"

static zd_date_ctx *dc;
static zd_date_rx *rx;

static int setup(void **state)
{
    (void)state;
    dc = zd_date_ctx_new();
    rx = zd_date_rx_new();
    return dc && rx ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    zd_date_ctx_free(dc);
    zd_date_rx_free(rx);
    return 0;
}

static zd_date day(const char *s)
{
    zd_date d = {0, 0, 0, ZD_GRAN_NONE};
    if (s && zd_date_published_day(dc, s, &d) != 0) fail_msg("bad ref %s", s);
    return d;
}

/* Resolve span against ref ("YYYY-MM-DD" or NULL for none); want is the
 * formatted value, or NULL when the span must be unresolvable. */
static void expect_at(const char *span, const char *ref, const char *want, int line)
{
    zd_date r = day(ref), v;
    char got[16];
    int rc = zd_date_resolve(dc, span, strlen(span), &r, &v);
    zd_date_format(&v, got, sizeof got);
    if (want == NULL) {
        if (rc != -1 || v.gran != ZD_GRAN_NONE)
            fail_msg("line %d: %s (ref %s): want null, got %s", line, span, ref, got);
        return;
    }
    if (rc != 0 || strcmp(got, want) != 0)
        fail_msg("line %d: %s (ref %s): want %s, got %s (rc %d)", line, span, ref ? ref : "none",
                 want, got[0] ? got : "null", rc);
}
#define expect(span, ref, want) expect_at(span, ref, want, __LINE__)

/* The recognizer finds exactly the spans listed ("|"-separated, "" for none). */
static void spans_at(const char *text, const char *want, int line)
{
    zd_mentions m = {0};
    zd_date_find(rx, text, strlen(text), &m);
    zd_mentions_sort(&m);
    zd_buf b = ZD_BUF_INIT;
    zd_buf_adds(&b, "");
    for (size_t i = 0; i < m.n; i++) {
        if (m.v[i].type != ZD_DATE) fail_msg("line %d: not a date mention", line);
        if (i) zd_buf_addc(&b, '|');
        zd_buf_add(&b, text + m.v[i].start, m.v[i].end - m.v[i].start);
    }
    zd_mentions_free(&m);
    if (strcmp(b.p, want) != 0) {
        char got[512];
        snprintf(got, sizeof got, "%s", b.p);
        zd_buf_free(&b);
        fail_msg("line %d: in %s: want [%s], got [%s]", line, text, want, got);
    }
    zd_buf_free(&b);
}
#define spans(text, want) spans_at(text, want, __LINE__)

static void test_absolute(void **state)
{
    (void)state;
    expect("2026年2月27日", "2026-02-28", "2026-02-27");
    expect("2026-02-27", "2026-02-28", "2026-02-27");
    expect("2026/2/27", "2026-02-28", "2026-02-27");
    expect("2026.02.27", "2026-02-28", "2026-02-27");
    expect("2026年2月23日", NULL, "2026-02-23");
    expect("二〇二六年", "2026-02-28", "2026");
    expect("二〇二六年二月二十七日", "2026-02-28", "2026-02-27");
    expect("2025年3月", "2026-02-28", "2025-03");
    expect("2030年", "2026-02-28", "2030");
    expect("2026年的4月", "2026-02-28", "2026-04");
    expect("2018年 12月", "2026-02-28", "2018-12");
    expect("2027年2月30日", "2026-02-28", NULL);
    expect("1999年12月31日", "2026-02-28", "1999-12-31");
    expect("98年4月", "2026-02-28", "1998-04");
    expect("19年5月8日", "2026-02-28", "2019-05-08");
    /* M/D/YY takes the century as 98年 does; D/M when M cannot be a month */
    expect("3/3/15", "2013-02-12", "2015-03-03");
    expect("10/31/74", "2013-02-12", "1974-10-31");
    expect("31/10/74", "2013-02-12", "1974-10-31");
    expect("2/30/15", "2013-02-12", NULL);
    /* written solid */
    expect("20250307", "2026-02-28", "2025-03-07");
    expect("20250229", "2026-02-28", NULL);
}

static void test_partial(void **state)
{
    (void)state;
    expect("2月27日", "2026-02-28", "2026-02-27");
    expect("二月二十七日", "2026-03-05", "2026-02-27");
    expect("3月1日晚", "2026-03-02", "2026-03-01");
    /* year boundaries: the year that puts the day nearest the publish date */
    expect("12月30日", "2026-01-05", "2025-12-30");
    expect("1月3日", "2025-12-28", "2026-01-03");
    expect("12月30号", "2026-12-01", "2026-12-30");
    /* a day takes the publish month; a month takes the publish year */
    expect("16日", "2026-02-28", "2026-02-16");
    expect("30日", "2026-02-20", "2026-01-30");
    expect("2月", "2026-02-28", "2026-02");
    expect("10月", "2026-02-28", "2026-10");
    expect("12月", "2026-01-05", "2026-12");
    expect("3月份", "2026-02-28", "2026-03");
    expect("3月底", "2026-02-28", "2026-03");
    expect("5月上旬", "2026-02-28", "2026-05");
    /* MM-DD with a zero written is a month and day without a year */
    expect("09-01", "2021-06-14", "2021-09-01");
    expect("12-05", "2026-01-10", "2025-12-05");
    expect("01-03", "2025-12-28", "2026-01-03");
    expect("02-30", "2026-02-28", NULL);
    /* without a publish date, partial dates have no value */
    expect("09-01", NULL, NULL);
    expect("2月27日", NULL, NULL);
    expect("16日", NULL, NULL);
}

static void test_leap_day(void **state)
{
    (void)state;
    expect("2028年2月29日", "2026-02-28", "2028-02-29");
    expect("2027年2月29日", "2026-02-28", NULL);
    expect("2月29日", "2028-03-10", "2028-02-29");
    expect("2月29日", "2027-12-01", "2028-02-29");
    expect("2月29日", "2025-01-10", "2024-02-29");
    expect("明天", "2028-02-28", "2028-02-29");
    expect("昨天", "2028-03-01", "2028-02-29");
    expect("29日", "2027-02-20", "2027-01-29");
}

static void test_relative_days(void **state)
{
    (void)state;
    expect("今天", "2026-02-28", "2026-02-28");
    expect("今日", "2026-02-28", "2026-02-28");
    expect("今晚", "2026-02-28", "2026-02-28");
    expect("昨天", "2026-03-01", "2026-02-28");
    expect("昨日", "2026-01-01", "2025-12-31");
    /* Taiwan's day in brackets: that day, the one nearest the word's */
    expect("昨(18)日", "2026-06-19", "2026-06-18");
    expect("昨(30)日", "2026-12-01", "2026-11-30");
    expect("今(19)日", "2026-06-19", "2026-06-19");
    expect("2025 年 8 月 3 日", "2026-06-19", "2025-08-03");
    expect("4 月 21 日", "2026-06-19", "2026-04-21");
    expect("前天", "2026-03-01", "2026-02-27");
    expect("明天", "2025-12-31", "2026-01-01");
    expect("后天", "2026-02-27", "2026-03-01");
    expect("後日", "2026-02-27", "2026-03-01");
    expect("昨天", NULL, NULL);
}

static void test_weeks(void **state)
{
    (void)state;
    /* 2026-02-28 is a Saturday; its ISO week runs 2026-02-23 .. 2026-03-01 */
    expect("本周三", "2026-02-28", "2026-02-25");
    expect("上周五", "2026-02-28", "2026-02-20");
    expect("下周一", "2026-02-28", "2026-03-02");
    expect("周三", "2026-02-28", "2026-02-25");
    expect("星期日", "2026-02-28", "2026-03-01");
    expect("上上周日", "2026-02-28", "2026-02-15");
    /* ISO week edges: from a Sunday, last week's Monday is 13 days back */
    expect("上周一", "2026-03-01", "2026-02-16");
    expect("上周一", "2026-03-02", "2026-02-23");
    expect("本周日", "2026-03-01", "2026-03-01");
    expect("下周日", "2026-03-01", "2026-03-08");
    /* across a year boundary: 2026-01-01 is a Thursday */
    expect("上周五", "2026-01-01", "2025-12-26");
    expect("本周一", "2026-01-01", "2025-12-29");
    /* Traditional forms */
    expect("這週一", "2026-02-28", "2026-02-23");
    expect("上週五", "2026-02-28", "2026-02-20");
    expect("下禮拜二", "2026-02-28", "2026-03-03");
    /* a week alone is a period */
    expect("上周", "2026-02-28", NULL);
    expect("上週", "2026-02-28", NULL);
    expect("本周", "2026-02-28", NULL);
    expect("周末", "2026-02-28", NULL);
}

static void test_months_years(void **state)
{
    (void)state;
    expect("本月", "2026-02-28", "2026-02");
    expect("上月", "2026-02-28", "2026-01");
    expect("下月", "2026-12-05", "2027-01");
    expect("上个月", "2026-01-15", "2025-12");
    expect("下個月", "2026-02-28", "2026-03");
    expect("本月10日", "2026-02-28", "2026-02-10");
    expect("上个月15号", "2026-03-31", "2026-02-15");
    expect("今年", "2026-02-28", "2026");
    expect("去年", "2026-02-28", "2025");
    expect("前年", "2026-02-28", "2024");
    expect("明年", "2026-02-28", "2027");
    expect("去年9月", "2026-02-28", "2025-09");
    expect("去年九月", "2026-02-28", "2025-09");
    expect("去年11月", "2026-02-28", "2025-11");
    expect("明年3月1日", "2026-02-28", "2027-03-01");
    expect("今年初", "2026-02-28", "2026-01");
    expect("年底", "2026-02-28", "2026-12");
    expect("去年底", "2026-02-28", "2025-12");
    expect("去年年底", "2026-02-28", "2025-12");
}

static void test_quarters_halves(void **state)
{
    (void)state;
    /* periods longer than a month resolve to their year */
    expect("上半年", "2026-02-28", "2026");
    expect("今年下半年", "2026-02-28", "2026");
    expect("去年上半年", "2026-02-28", "2025");
    expect("第一季度", "2026-02-28", "2026");
    expect("Q3", "2026-02-28", "2026");
    expect("2025年Q3", "2026-02-28", "2025");
    expect("2025Q3", "2026-02-28", "2025");
    expect("2025年第三季度", "2026-02-28", "2025");
    expect("上季度", "2026-02-28", "2025");
    expect("2025年1-3月", "2026-02-28", "2025");
    expect("2025年4至6月", "2026-02-28", "2025");
    expect("1-2月", "2026-02-28", "2026");
    expect("1月至3月", "2026-02-28", "2026");
    expect("2015年1月至12月", "2026-02-28", "2015");
    expect("H1", "2026-02-28", "2026");
    expect("2025H2", "2026-02-28", "2025");
    expect("Q3末", "2026-02-28", "2026-09");
    /* a span of days inside one month is that month */
    expect("5月20日至22日", "2026-02-28", "2026-05");
    expect("2025年3月1-3日", "2026-02-28", "2025-03");
    /* the edge of a quarter is one month */
    expect("2025年一季度末", "2026-02-28", "2025-03");
    expect("去年四季度初", "2026-02-28", "2025-10");
    expect("上季度末", "2026-02-28", "2025-12");
}

static void test_counts(void **state)
{
    (void)state;
    expect("3天前", "2026-03-02", "2026-02-27");
    expect("10天后", "2026-02-25", "2026-03-07");
    expect("两周前", "2026-02-28", "2026-02-14");
    expect("两个月前", "2026-01-31", "2025-11");
    expect("三个月前", "2026-01-15", "2025-10");
    expect("两个季度前", "2026-02-28", "2025-08");
    /* forward by months or years counts from the story, not the publish date */
    expect("三个月后", "2026-11-15", NULL);
    expect("5年后", "2026-02-28", NULL);
    expect("两年前", "2026-02-28", "2024");
    expect("半年前", "2026-02-28", NULL);
    expect("几天前", "2026-02-28", NULL);
    expect("一年多前", "2026-02-28", NULL);
    expect("七八年前", "2026-02-28", NULL);
}

static void test_roc(void **state)
{
    (void)state;
    expect("民國115年", "2026-02-28", "2026");
    expect("民国115年", NULL, "2026");
    expect("115年3月12日", "2026-02-28", "2026-03-12");
    expect("民國114年12月", "2026-02-28", "2025-12");
    expect("民国元年", "2026-02-28", "1912");
}

/* Taiwan keeps its own days for four holidays; the region is the page's */
static void test_region(void **state)
{
    (void)state;
    expect("國慶", "2025-10-13", "2025-10-01");
    zd_date_ctx_set_region(dc, ZD_REGION_TW);
    expect("國慶", "2025-10-13", "2025-10-10");
    expect("国庆节", "2025-10-13", "2025-10-10");
    expect("教師節", "2025-10-13", "2025-09-28");
    expect("青年節", "2025-04-13", "2025-03-29");
    expect("兒童節", "2025-04-13", "2025-04-04");
    expect("中秋節", "2025-10-13", "2025-10-06"); /* the lunar ones are shared */
    zd_date_ctx_set_region(dc, ZD_REGION_DEFAULT);
    expect("教師節", "2025-10-13", "2025-09-10");
    expect("兒童節", "2025-04-13", "2025-06-01");
}

static void test_lunar(void **state)
{
    (void)state;
    /* Gregorian dates of the holidays, from ICU's Chinese calendar */
    expect("春节", "2026-02-28", "2026-02-17");
    expect("2026年春节", "2025-06-01", "2026-02-17");
    expect("農曆新年", "2026-01-20", "2026-02-17");
    expect("除夕", "2026-02-28", "2026-02-16");
    expect("元宵节", "2026-02-28", "2026-03-03");
    expect("端午节", "2026-05-01", "2026-06-19");
    expect("中秋节", "2026-08-01", "2026-09-25");
    expect("2026年中秋节", "2020-01-01", "2026-09-25");
    expect("去年中秋节", "2026-02-28", "2025-10-06");
    expect("2025年春节", "2026-02-28", "2025-01-29");
    expect("2025年除夕", "2026-02-28", "2025-01-28");
    /* lunar month/day, not the same numbers read as Gregorian */
    expect("农历八月十五", "2026-08-01", "2026-09-25");
    expect("正月初一", "2026-02-28", "2026-02-17");
    expect("2026年正月十五", "2026-02-28", "2026-03-03");
    expect("大年初三", "2026-02-28", "2026-02-19");
    /* 2025 has a leap sixth month */
    expect("2025年农历六月初一", "2026-02-28", "2025-06-25");
    expect("2025年农历闰六月初一", "2026-02-28", "2025-07-25");
    /* a lunar month alone has no single Gregorian month */
    expect("农历八月", "2026-02-28", NULL);
    /* fixed-date and rule-based holidays */
    expect("国庆节", "2026-08-20", "2026-10-01");
    expect("元旦", "2026-02-28", "2026-01-01");
    expect("双11", "2026-02-28", "2025-11-11");
    expect("母亲节", "2026-04-20", "2026-05-10");
    expect("清明节", "2026-03-20", "2026-04-05");
    /* the Easter cycle and Islamic holidays */
    expect("复活节", "2026-02-28", "2026-04-05");
    expect("耶稣受难日", "2026-02-28", "2026-04-03");
    expect("东正教复活节", "2026-02-28", "2026-04-12");
    expect("2026年开斋节", "2026-02-28", "2026-03-20");
    /* the solar terms, from the sun's longitude in China time */
    expect("芒种", "2021-05-01", "2021-06-05");
    expect("2026年立春", "2026-03-01", "2026-02-04");
    expect("2025年冬至", "2025-03-01", "2025-12-21");
    expect("大寒节气", "2026-01-10", "2026-01-20");
    expect("清明节", "2024-03-20", "2024-04-04");
    expect("2017年大寒", "2017-03-01", "2017-01-20");
    /* 朔日 and 望日: the lunar first and fifteenth */
    expect("正月朔日", "2013-02-12", "2013-02-10");
    expect("2026年八月望日", "2026-01-01", "2026-09-25");
}

static void test_hindu(void **state)
{
    (void)state;
    /* Hindu festivals (test_date_hindu.c checks the rules over years) */
    expect("排灯节", "2023-10-01", "2023-11-12");
    expect("2024年排燈節", "2024-01-01", "2024-11-01");
    expect("洒红节", "2025-02-01", "2025-03-14");
    expect("霍利節", "2024-03-01", "2024-03-25");
    expect("印度兄妹节", "2013-02-12", "2013-08-20");
    expect("庞格尔节", "2013-12-20", "2014-01-14");
    expect("龐格爾節第四天", "2013-12-20", "2014-01-16");
    expect("欧南节", "2024-08-01", "2024-09-15");
    expect("十胜节", "2024-09-01", "2024-10-12");
    expect("克哈特普迦节", "2024-10-01", "2024-11-07");
    /* Vesak as Singapore keeps it: the 15th of the fourth lunar month */
    expect("卫塞节", "2024-04-01", "2024-05-22");
    expect("2023年衛塞節", "2024-04-01", "2023-06-02");
}

/* Resolve with a preference, then go back to the default. */
static void expect_pref_at(zd_prefer p, const char *span, const char *ref, const char *want,
                           int line)
{
    zd_date_ctx_set_prefer(dc, p);
    expect_at(span, ref, want, line);
    zd_date_ctx_set_prefer(dc, ZD_PREFER_NEAREST);
}
#define past(span, ref, want)   expect_pref_at(ZD_PREFER_PAST, span, ref, want, __LINE__)
#define future(span, ref, want) expect_pref_at(ZD_PREFER_FUTURE, span, ref, want, __LINE__)

static void test_prefer(void **state)
{
    (void)state;
    zd_prefer p;
    assert_int_equal(zd_prefer_parse("nearest", &p), 0);
    assert_int_equal(p, ZD_PREFER_NEAREST);
    assert_int_equal(zd_prefer_parse("past", &p), 0);
    assert_int_equal(p, ZD_PREFER_PAST);
    assert_int_equal(zd_prefer_parse("future", &p), 0);
    assert_int_equal(p, ZD_PREFER_FUTURE);
    assert_int_equal(zd_prefer_parse("Future", &p), -1);
    assert_int_equal(zd_prefer_parse("", &p), -1);
    assert_string_equal(zd_prefer_name(ZD_PREFER_PAST), "past");
    /* month and day, across the year boundary both ways */
    expect("12月30日", "2026-01-05", "2025-12-30");
    past("12月30日", "2026-01-05", "2025-12-30");
    future("12月30日", "2026-01-05", "2026-12-30");
    expect("1月3日", "2025-12-28", "2026-01-03");
    past("1月3日", "2025-12-28", "2025-01-03");
    future("1月3日", "2025-12-28", "2026-01-03");
    future("3月8号", "2021-09-01", "2022-03-08");
    past("10月8号", "2021-09-01", "2020-10-08");
    /* the publish day itself is both past and future */
    past("2月28日", "2026-02-28", "2026-02-28");
    future("2月28日", "2026-02-28", "2026-02-28");
    past("周六", "2026-02-28", "2026-02-28");
    future("周六", "2026-02-28", "2026-02-28");
    past("28日", "2026-02-28", "2026-02-28");
    future("28日", "2026-02-28", "2026-02-28");
    past("春节", "2026-02-17", "2026-02-17");
    future("春节", "2026-02-17", "2026-02-17");
    past("2月", "2026-02-28", "2026-02");
    future("2月", "2026-02-28", "2026-02");
    /* a weekday alone: 2026-02-25 is a Wednesday */
    expect("周一", "2026-02-25", "2026-02-23");
    past("周一", "2026-02-25", "2026-02-23");
    future("周一", "2026-02-25", "2026-03-02");
    expect("星期五", "2026-02-25", "2026-02-27");
    past("星期五", "2026-02-25", "2026-02-20");
    future("星期五", "2026-02-25", "2026-02-27");
    /* ... and across the year boundary: 2026-01-01 is a Thursday */
    past("周日", "2026-01-01", "2025-12-28");
    future("周一", "2026-01-01", "2026-01-05");
    future("週三", "2025-12-31", "2025-12-31");
    /* a day alone: the nearest month on that side that has the day */
    past("20日", "2026-03-15", "2026-02-20");
    past("31日", "2026-03-15", "2026-01-31");
    future("10日", "2026-03-15", "2026-04-10");
    future("30日", "2026-01-31", "2026-03-30");
    future("5日", "2025-12-20", "2026-01-05");
    past("25日", "2026-01-10", "2025-12-25");
    /* a month alone */
    past("12月", "2026-02-28", "2025-12");
    future("12月", "2026-02-28", "2026-12");
    past("1月", "2026-02-28", "2026-01");
    future("1月", "2026-02-28", "2027-01");
    future("1月底", "2026-02-28", "2027-01");
    past("十月第一个星期一", "2026-02-28", "2025-10-06");
    future("6月第3个星期日", "2021-06-14", "2021-06-20");
    past("6月第3个星期日", "2021-06-14", "2020-06-21");
    /* holidays and lunar dates */
    past("圣诞节", "2026-02-28", "2025-12-25");
    future("圣诞节", "2026-02-28", "2026-12-25");
    future("元旦", "2025-12-31", "2026-01-01");
    past("元旦", "2025-12-31", "2025-01-01");
    past("春节", "2026-02-16", "2025-01-29");
    future("春节", "2025-01-30", "2026-02-17");
    past("腊月初十", "2022-01-01", "2021-01-22");
    future("腊月初十", "2022-01-01", "2022-01-12");
    past("2月29日", "2026-02-28", "2024-02-29");
    future("2月29日", "2026-02-28", "2028-02-29");
    future("2月29日", "2028-02-29", "2028-02-29");
    /* explicit words, years and periods do not move */
    future("本周三", "2026-02-28", "2026-02-25");
    past("下周一", "2026-02-28", "2026-03-02");
    future("上个月15号", "2026-03-31", "2026-02-15");
    future("去年9月", "2026-02-28", "2025-09");
    past("年底", "2026-02-28", "2026-12");
    future("上半年", "2026-09-28", "2026");
    future("2025年12月30日", "2026-01-05", "2025-12-30");
    past("2026年春节", "2025-02-28", "2026-02-17");
    future("今天", "2026-02-28", "2026-02-28");
    future("3天前", "2026-03-02", "2026-02-27");
    /* an apposed weekday picks, within a year of the publish day, the
     * occurrence on that weekday, whatever the preference: 2026-01-03 is a
     * Saturday, 2027-01-03 a Sunday, 2013-02-10 a Sunday */
    expect("1月3日(周日)", "2026-06-01", "2027-01-03");
    past("1月3日（星期日）", "2026-06-01", "2027-01-03");
    expect("1月3日(周六)", "2026-06-01", "2026-01-03");
    future("1月3日(周六)", "2026-06-01", "2026-01-03");
    future("周日, 二月十号", "2013-02-12", "2013-02-10");
    expect("1月3日(周一)", "2026-06-01", "2026-01-03"); /* no such: ignored */
    future("1月3日(周一)", "2026-06-01", "2027-01-03");
    /* without a publish day nothing partial resolves */
    future("12月30日", NULL, NULL);
    past("周一", NULL, NULL);
}

/* Resolve with a preference and conventions, then go back to ours. */
static void expect_conv_at(zd_prefer p, unsigned conv, const char *span, const char *ref,
                           const char *want, int line)
{
    zd_date_ctx_set_conventions(dc, conv);
    expect_pref_at(p, span, ref, want, line);
    zd_date_ctx_set_conventions(dc, 0);
}
#define year(span, ref, want) expect_pref_at(ZD_PREFER_YEAR, span, ref, want, __LINE__)
#define conv(p, flags, span, ref, want)                                                            \
    expect_conv_at(ZD_PREFER_##p, flags, span, ref, want, __LINE__)

static void test_conventions(void **state)
{
    (void)state;
    unsigned f = 99;
    zd_prefer p;
    assert_int_equal(zd_prefer_parse("year", &p), 0);
    assert_int_equal(p, ZD_PREFER_YEAR);
    assert_string_equal(zd_prefer_name(ZD_PREFER_YEAR), "year");
    assert_int_equal(zd_conventions_parse("holiday-eve,rolling-weeks", &f), 0);
    assert_int_equal(f, ZD_CONV_HOLIDAY_EVE | ZD_CONV_ROLLING_WEEKS);
    assert_int_equal(zd_conventions_parse("count-forward", &f), 0);
    assert_int_equal(f, ZD_CONV_COUNT_FORWARD);
    assert_int_equal(zd_conventions_parse("none", &f), 0);
    assert_int_equal(f, 0);
    assert_int_equal(zd_conventions_parse("rolling-weeks,", &f), 0);
    assert_int_equal(zd_conventions_parse("rolling-weeks,,holiday-eve", &f), -1);
    assert_int_equal(zd_conventions_parse("rolling", &f), -1);
    assert_int_equal(zd_conventions_parse(NULL, &f), -1);

    /* year: the publish year's, in the date's own calendar */
    year("9月30日", "2008-03-13", "2008-09-30");
    expect("9月30日", "2008-03-13", "2007-09-30");
    year("十二月20号", "1973-06-19", "1973-12-20");
    year("12月30日", "2026-01-05", "2026-12-30");
    year("国庆", "2020-01-01", "2020-10-01");
    year("腊月初十", "2022-01-01", "2023-01-01"); /* lunar year 2022's last month */
    year("春节", "2026-12-20", "2026-02-17");
    year("开斋节", "2026-12-01", "2026-03-20");
    year("2月29日", "2026-02-28", NULL);
    year("2025年12月30日", "2026-01-05", "2025-12-30");
    year("周一", "2026-02-25", "2026-02-23"); /* a weekday: the publish week */
    year("20日", "2026-03-15", "2026-03-20");
    year("12月", "2026-02-28", "2026-12");
    year("6月第3个星期日", "2021-06-14", "2021-06-20");

    /* rolling weeks: 2026-02-24 is a Tuesday */
    unsigned rw = ZD_CONV_ROLLING_WEEKS;
    conv(NEAREST, rw, "这周一", "2026-02-24", "2026-03-02");
    expect("这周一", "2026-02-24", "2026-02-23");
    conv(NEAREST, rw, "本周二", "2026-02-24", "2026-02-24");
    conv(NEAREST, rw, "這週三", "2026-02-24", "2026-02-25");
    conv(NEAREST, rw, "下周三", "2026-02-24", "2026-02-25");
    expect("下周三", "2026-02-24", "2026-03-04");
    conv(NEAREST, rw, "下周二", "2026-02-24", "2026-03-03");
    conv(NEAREST, rw, "下下周三", "2026-02-24", "2026-03-04");
    conv(NEAREST, rw, "上周二", "2026-02-24", "2026-02-17");
    conv(NEAREST, rw, "上周日", "2026-02-24", "2026-02-22");
    conv(NEAREST, rw, "上上周一", "2026-02-24", "2026-02-16");
    conv(FUTURE, rw, "周二", "2026-02-24", "2026-03-03");
    future("周二", "2026-02-24", "2026-02-24");
    conv(PAST, rw, "星期二", "2026-02-24", "2026-02-17");
    conv(NEAREST, rw, "周二", "2026-02-24", "2026-02-24");
    conv(FUTURE, rw, "周日", "2025-12-31", "2026-01-04"); /* across the year */
    conv(NEAREST, rw, "上周", "2026-02-24", NULL);

    /* holiday eve: 赎罪日 2026 is kept on 09-21, begun at sunset on 09-20 */
    unsigned ev = ZD_CONV_HOLIDAY_EVE;
    conv(NEAREST, ev, "赎罪日", "2026-06-01", "2026-09-20");
    conv(NEAREST, ev, "2025年圣殿被毁日", "2026-02-28", "2025-08-02");
    conv(NEAREST, ev, "洒红节", "2025-02-01", "2025-03-13");
    conv(NEAREST, ev, "2026年开斋节", "2026-02-28", "2026-03-20"); /* by its day */
    conv(NEAREST, ev, "春节", "2026-02-28", "2026-02-17");
    conv(FUTURE, ev, "光明节", "2026-01-05", "2026-12-04");

    /* counting forward from the publish date */
    unsigned cf = ZD_CONV_COUNT_FORWARD;
    conv(NEAREST, cf, "三年后", "2021-01-01", "2024");
    expect("三年后", "2021-01-01", NULL);
    conv(NEAREST, cf, "三个季度后", "2019-02-18", "2019-11");
    conv(NEAREST, cf, "5个月之后", "2025-10-15", "2026-03");
    conv(NEAREST, cf, "半年后", "2019-06-01", NULL); /* still vague */
    conv(NEAREST, cf, "两年多后", "2019-06-01", NULL);
    conv(NEAREST, cf, "3天后", "2026-02-27", "2026-03-02");
}

static void test_jewish(void **state)
{
    (void)state;
    /* from ICU's Hebrew calendar: the day, not the eve it begins on */
    expect("赎罪日", "2026-06-01", "2026-09-21");
    expect("贖罪日", "2026-06-01", "2026-09-21");
    expect("犹太新年", "2026-06-01", "2026-09-12");
    expect("住棚节", "2026-06-01", "2026-09-26");
    expect("圣会节", "2026-06-01", "2026-10-03");
    expect("西赫托拉节", "2026-06-01", "2026-10-04");
    expect("光明节", "2026-10-01", "2026-12-05");
    expect("逾越节", "2026-03-01", "2026-04-02");
    expect("犹太植树节", "2026-02-28", "2026-02-02");
    expect("树木新年", "2026-02-28", "2026-02-02");
    expect("猶太教篝火節", "2026-02-28", "2026-05-05");
    expect("七七节", "2026-02-28", "2026-05-22");
    /* Purim in a leap year is in Adar II */
    expect("2024年普珥节", "2026-02-28", "2024-03-24");
    expect("2026年普珥节", "2026-02-28", "2026-03-03");
    /* Tisha B'Av: 9 Av 5785 is a Saturday, kept on the Sunday */
    expect("2025年圣殿被毁日", "2026-02-28", "2025-08-03");
    expect("2026年圣殿被毁日", "2026-02-28", "2026-07-23");
    /* Independence Day (5 Iyar): a Wednesday stays; a Friday (2022) and a
     * Saturday (2025) go to the Thursday; a Monday to the Tuesday since
     * 2004 (2024), not before (1997) */
    expect("以色列独立日", "2026-02-28", "2026-04-22");
    expect("2022年以色列国庆节", "2026-02-28", "2022-05-05");
    expect("2025年以色列獨立日", "2026-02-28", "2025-05-01");
    expect("2024年以色列独立日", "2026-02-28", "2024-05-14");
    expect("1997年以色列独立日", "2026-02-28", "1997-05-12");
    /* the preference and the year boundary: Hanukkah 2025 is 12-15 */
    past("光明节", "2026-01-05", "2025-12-15");
    future("光明节", "2026-01-05", "2026-12-05");
    /* other names the suites use */
    expect("灰日", "2026-02-28", "2026-02-18");
    expect("老板节", "2026-02-28", "2025-10-16");
    future("老闆節", "2026-02-28", "2026-10-16");
    spans("以色列国庆节与犹太植树节之间,犹太教篝火节前后。",
          "以色列国庆节|犹太植树节|犹太教篝火节");
}

static void test_published_day(void **state)
{
    (void)state;
    zd_date d;
    char buf[16];
    static const struct {
        const char *stamp, *want;
    } cases[] = {
        {"2026-02-27T17:30:00Z", "2026-02-28"}, /* 01:30 in Beijing */
        {"2026-02-27T15:59:59Z", "2026-02-27"}, /* 23:59:59 in Beijing */
        {"2026-02-27T16:00:00Z", "2026-02-28"},
        {"2026-02-27T20:00:00Z", "2026-02-28"},
        {"2026-02-28T09:15:00+08:00", "2026-02-28"},
        {"2026-02-28T00:30:00+08:00", "2026-02-28"},
        {"2026-02-28", "2026-02-28"},
        {"2026-02-28 09:15", "2026-02-28"},
        {"2026-02-27T12:30:00-05:00", "2026-02-28"}, /* 01:30 in Beijing */
        {"2025-12-31T16:30:00.000Z", "2026-01-01"},
        {"2026-02-28T09:15:00+0800", "2026-02-28"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (zd_date_published_day(dc, cases[i].stamp, &d) != 0)
            fail_msg("%s: not read", cases[i].stamp);
        zd_date_format(&d, buf, sizeof buf);
        if (strcmp(buf, cases[i].want) != 0)
            fail_msg("%s: want %s, got %s", cases[i].stamp, cases[i].want, buf);
    }
    assert_int_equal(zd_date_published_day(dc, "yesterday", &d), -1);
    assert_int_equal(d.gran, ZD_GRAN_NONE);
    assert_int_equal(zd_date_published_day(dc, "2026-02-30", &d), -1);
    assert_int_equal(zd_date_published_day(dc, "2026-02-28T25:00:00Z", &d), -1);
    assert_int_equal(zd_date_published_day(dc, "", &d), -1);
}

static void test_format(void **state)
{
    (void)state;
    char buf[16];
    zd_date a = {2026, 2, 27, ZD_GRAN_DAY}, b = {2025, 9, 0, ZD_GRAN_MONTH},
            c = {2030, 0, 0, ZD_GRAN_YEAR}, n = {0, 0, 0, ZD_GRAN_NONE};
    zd_date_format(&a, buf, sizeof buf);
    assert_string_equal(buf, "2026-02-27");
    zd_date_format(&b, buf, sizeof buf);
    assert_string_equal(buf, "2025-09");
    zd_date_format(&c, buf, sizeof buf);
    assert_string_equal(buf, "2030");
    zd_date_format(&n, buf, sizeof buf);
    assert_string_equal(buf, "");
    assert_string_equal(zd_gran_name(ZD_GRAN_DAY), "day");
    assert_string_equal(zd_gran_name(ZD_GRAN_MONTH), "month");
    assert_string_equal(zd_gran_name(ZD_GRAN_YEAR), "year");
    assert_null(zd_gran_name(ZD_GRAN_NONE));
}

static void test_find_forms(void **state)
{
    (void)state;
    spans("该公司于2025年3月完成B轮融资,并计划在今年下半年上市。", "2025年3月|今年下半年");
    spans("2月27日晚,双方宣布合作。", "2月27日");
    spans("交付将在2026年的4月、7月、10月分三批完成。", "2026年的4月|7月|10月");
    spans("二〇二六年二月二十七日,董事会通过决议。", "二〇二六年二月二十七日");
    spans("发布会定于2026-03-05举行,报名截至2026/2/27。", "2026-03-05|2026/2/27");
    spans("上周五公司确认了收购,本周三完成交割,下周一公告。", "上周五|本周三|下周一");
    spans("台積電民國115年3月12日公告,這週一董事會通過,下個月發放。",
          "民國115年3月12日|這週一|下個月");
    spans("据悉,该交易于3天前敲定,两个月前开始谈判。", "3天前|两个月前");
    spans("春节前后,农历八月十五,正月初一都有活动。", "春节|农历八月十五|正月初一");
    spans("2月27日(周五)签约", "2月27日(周五)");
    spans("遠東新世紀董事會昨(18)日通過,今(19)日公告。", "昨(18)日|今(19)日");
    /* typeset with spaces between digits and Han */
    spans("2025 年 8 月 3 日,公司完成融资;4 月 21 日签约。", "2025 年 8 月 3 日|4 月 21 日");
    spans("周日, 二月十号发布", "周日, 二月十号");
    spans("新版预计09-01上线,11-05 14:30发布,截至3/3/15。", "09-01|11-05|3/3/15");
    spans("公司于20250307公告,20251231前交割。", "20250307|20251231");
    spans("後日召開股東會。", "後日");
    spans("周日,我们在二月十号发布", "周日|二月十号");
    spans("截至去年11月,该公司第三季度营收增长。", "去年11月|第三季度");
    spans("今日头条母公司今日宣布新一轮融资。", "今日");
    spans("公司前年营收下滑,预计在后年上市。", "前年|后年");
    spans("2025年1-9月营收增长,1-2月销量下滑。", "2025年1-9月|1-2月");
    spans("2026年2月27日至3月1日举办,2025年前三季度营收。", "2026年2月27日|3月1日|2025年");
    spans("展会5月20日至22日举办,2月28日-3月1日预售,H1营收增长。",
          "5月20日至22日|2月28日|3月1日|H1");
}

static void test_find_not_dates(void **state)
{
    (void)state;
    spans("活跃企业客户超过1.5万家,审批在24小时内完成。", "");
    spans("公司将在未来八年内投入资金,未来几个月内完成交割,未来8年内回本。", "");
    spans("见https://example.com/2026/02/27/deal 与 20260227 号公告", "");
    spans("搭载Trainium 3/4芯片,版本v2.0.1,估值达3000亿美元。", "");
    spans("每周一发布周报,运营了10年,100年老店,三年内上市。", "");
    spans("已成立5年,员工300人,融资3轮。", "");
    spans("前天猫总裁加盟该公司,此后日本市场增长。", "");
    spans("会后日方表示,此后日均交易额翻倍。", "");
    /* 5·12 names an event by its day; its year is the event's, not the
     * one nearest the publish date */
    spans("“5·12”地震十周年,6・18大促,编号20250307号,订单20250307元,代码202503071。", "");
    spans("增长10-12家,第09-01号文件,电话0512-1234,型号v09-01,比例2/15,第1/2/3代。", "");
    spans("2025财年第三季度营收增长,每年3月发布。", "");
    spans("价格为100日元,5日均线上穿10日线,7日年化收益率2%。", "");
    spans("张国庆表示,重阳投资与今日资本参与本轮融资,本周期内完成。", "");
    spans("项目建成后年产能达24万片,此前年收入不足亿元,18岁以上年龄段用户居多。", "");
    spans("美国国庆日前后,海边篝火节吸引游客,灰日子过去了,禁食日与转经节。", "");
    spans("雨水充沛,大雪封山,白露为霜,受大寒潮影响,圣母节游行。", "");
}

static void test_find_calendars(void **state)
{
    (void)state;
    spans("排灯节前后印度金价上涨,洒红节当天停市,卫塞节休市。", "排灯节|洒红节|卫塞节");
    spans("今年芒种在6月5日,雨水节气之后,2025年冬至前。", "今年芒种|6月5日|雨水节气|2025年冬至");
    spans("正月朔日,庞格尔节第三天。", "正月朔日|庞格尔节第三天");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_absolute),
        cmocka_unit_test(test_partial),
        cmocka_unit_test(test_leap_day),
        cmocka_unit_test(test_relative_days),
        cmocka_unit_test(test_weeks),
        cmocka_unit_test(test_months_years),
        cmocka_unit_test(test_quarters_halves),
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_roc),
        cmocka_unit_test(test_region),
        cmocka_unit_test(test_lunar),
        cmocka_unit_test(test_prefer),
        cmocka_unit_test(test_conventions),
        cmocka_unit_test(test_jewish),
        cmocka_unit_test(test_hindu),
        cmocka_unit_test(test_published_day),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_find_forms),
        cmocka_unit_test(test_find_not_dates),
        cmocka_unit_test(test_find_calendars),
    };
    zd_msg_quiet(1);
    return cmocka_run_group_tests(tests, setup, teardown);
}
