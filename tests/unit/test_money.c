/*
 * test_money.c: unit tests for the money recognizer (extract/money_rx.c) and
 * normalizer (normalize/money.c), one test per form of issue 4, on sentences
 * written for these tests.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "common/doc.h"
#include "common/util.h"
#include "extract/money_rx.h"
#include "normalize/money.h"

static zd_money_rx *rx;

static int setup(void **state)
{
    (void)state;
    rx = zd_money_rx_new();
    return rx ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    zd_money_rx_free(rx);
    return 0;
}

/* the money spans of text, joined by '|' */
static void spans_are(const char *text, const char *want)
{
    zd_mentions ms = {0};
    zd_money_find(rx, text, strlen(text), &ms);
    zd_buf b = ZD_BUF_INIT;
    zd_buf_adds(&b, "");
    for (size_t i = 0; i < ms.n; i++) {
        assert_int_equal(ms.v[i].type, ZD_MONEY);
        if (i) zd_buf_addc(&b, '|');
        zd_buf_add(&b, text + ms.v[i].start, ms.v[i].end - ms.v[i].start);
    }
    if (strcmp(b.p, want) != 0) print_error("text: %s\n got: %s\nwant: %s\n", text, b.p, want);
    assert_string_equal(b.p, want);
    zd_buf_free(&b);
    zd_mentions_free(&ms);
}

#define NONE NAN

static int same(double a, double b)
{
    if (isnan(b)) return 1;
    return fabs(a - b) <= 1e-12 * fabs(b) + 1e-15;
}

/* parse span (with bare 元 = yuan) and check every field; NONE: absent */
static void money_is(const char *span, const char *yuan, double value, const char *cur, int approx,
                     double min, double max)
{
    zd_money m;
    int rc = zd_money_parse(span, strlen(span), yuan, &m);
    if (rc != 0) print_error("cannot parse %s\n", span);
    assert_int_equal(rc, 0);
    if (m.has_value != !isnan(value) || !same(m.value, value) || strcmp(m.currency, cur) != 0 ||
        m.approx != approx || m.has_min != !isnan(min) || !same(m.min, min) ||
        m.has_max != !isnan(max) || !same(m.max, max))
        print_error("%s: value %d %.15g %s approx %d min %d %.15g max %d %.15g\n", span,
                    m.has_value, m.value, m.currency, m.approx, m.has_min, m.min, m.has_max, m.max);
    assert_int_equal(m.has_value, !isnan(value));
    if (!isnan(value)) assert_true(same(m.value, value));
    assert_string_equal(m.currency, cur);
    assert_int_equal(m.approx, approx);
    assert_int_equal(m.has_min, !isnan(min));
    if (!isnan(min)) assert_true(same(m.min, min));
    assert_int_equal(m.has_max, !isnan(max));
    if (!isnan(max)) assert_true(same(m.max, max));
}

static void exact(const char *span, double value, const char *cur)
{
    money_is(span, "CNY", value, cur, 0, NONE, NONE);
}

static void test_arabic_amounts(void **state)
{
    (void)state;
    spans_are("这家机器人公司上周完成了3亿元的B轮融资。", "3亿元");
    spans_are("它以每股12.5美元的价格发行了800万股。", "12.5美元");
    exact("3亿元", 3e8, "CNY");
    exact("12.5美元", 12.5, "USD");
}

static void test_chinese_numerals(void **state)
{
    (void)state;
    spans_are("据悉双方签下三百亿美元的订单,另有十二亿元用于研发。", "三百亿美元|十二亿元");
    spans_are("首期两亿五千万元已经到位,总额一百八十亿日元。", "两亿五千万元|一百八十亿日元");
    exact("三百亿美元", 3e10, "USD");
    exact("十二亿元", 1.2e9, "CNY");
    exact("两亿五千万元", 2.5e8, "CNY");
    exact("一百八十亿日元", 1.8e10, "JPY");
    exact("一万三千元", 13000, "CNY");
}

static void test_financial_numerals(void **state)
{
    (void)state;
    spans_are("合同总价壹亿元整,预付贰拾亿元。", "壹亿元整|贰拾亿元");
    exact("壹亿元整", 1e8, "CNY");
    exact("贰拾亿元", 2e9, "CNY");
    exact("肆佰叁拾萬圆整", 4.3e6, "CNY");
    exact("玖仟陆佰元伍角", 9600.5, "CNY");
}

static void test_thousands_separators(void **state)
{
    (void)state;
    spans_are("这笔交易作价1,200万美元,首付¥100,000,000.00。", "1,200万美元|¥100,000,000.00");
    exact("1,200万美元", 1.2e7, "USD");
    exact("¥100,000,000.00", 1e8, "CNY");
    exact("2,345,678.90港元", 2345678.9, "HKD");
}

static void test_decimals_with_multipliers(void **state)
{
    (void)state;
    spans_are("全年交易额1.5万亿元,净利润57.2亿港元。", "1.5万亿元|57.2亿港元");
    exact("1.5万亿元", 1.5e12, "CNY");
    exact("57.2亿港元", 5.72e9, "HKD");
    exact("0.05美元", 0.05, "USD");
    exact("3.75亿欧元", 3.75e8, "EUR");
}

static void test_taiwan_zhao(void **state)
{
    (void)state;
    spans_are("該公司去年營收達新台幣1.2兆元,創下新高。", "新台幣1.2兆元");
    exact("新台幣1.2兆元", 1.2e12, "TWD");
    exact("新台幣三兆五千億元", 3.5e12, "TWD");
    /* Taiwan's official form of 台 */
    spans_are("國發基金投資新臺幣3億元,台達電子投入約新臺幣2億元。", "新臺幣3億元|約新臺幣2億元");
    exact("新臺幣3億元", 3e8, "TWD");
}

static void test_traditional_text(void **state)
{
    (void)state;
    spans_are("這家晶片廠募得五仟萬美元,另向銀行借款港幣三佰萬元。", "五仟萬美元|港幣三佰萬元");
    exact("五仟萬美元", 5e7, "USD");
    exact("港幣三佰萬元", 3e6, "HKD");
    exact("12億日圓", 1.2e9, "JPY");
    exact("三億歐元", 3e8, "EUR");
    exact("六百萬英鎊", 6e6, "GBP");
}

static void test_currency_before(void **state)
{
    (void)state;
    spans_are("公司获得人民币50亿元注资,并发行US$50 million债券。", "人民币50亿元|US$50 million");
    spans_are("票价为HK$3.14,或RMB 300。", "HK$3.14|RMB 300");
    exact("人民币50亿元", 5e9, "CNY");
    exact("US$50 million", 5e7, "USD");
    exact("HK$3.14", 3.14, "HKD");
    exact("RMB 300", 300, "CNY");
    exact("NT$120億", 1.2e10, "TWD");
    exact("€2m", 2e6, "EUR");
    exact("£35", 35, "GBP");
}

static void test_currency_names_after(void **state)
{
    (void)state;
    spans_are("投资方出资5亿美金、3亿港币、20亿日圆和1亿英镑。",
              "5亿美金|3亿港币|20亿日圆|1亿英镑");
    exact("5亿美金", 5e8, "USD");
    exact("3亿港币", 3e8, "HKD");
    exact("20亿日圆", 2e9, "JPY");
    exact("1亿英镑", 1e8, "GBP");
    exact("4000亿韩元", 4e11, "KRW");
    exact("900亿卢比", 9e10, "INR");
    exact("30亿卢布", 3e9, "RUB");
    exact("2亿澳元", 2e8, "AUD");
    exact("5000万加元", 5e7, "CAD");
    exact("1亿新加坡元", 1e8, "SGD");
    exact("8000万瑞士法郎", 8e7, "CHF");
    exact("300亿台币", 3e10, "TWD");
    exact("15亿欧元", 1.5e9, "EUR");
}

static void test_english_amounts(void **state)
{
    (void)state;
    spans_are("这家初创企业估值$2.5B,此前融资50 million dollars。", "$2.5B|50 million dollars");
    exact("$2.5B", 2.5e9, "USD");
    exact("50 million dollars", 5e7, "USD");
    exact("USD 1.2 billion", 1.2e9, "USD");
    exact("$300", 300, "USD");
}

static void test_approximately(void **state)
{
    (void)state;
    spans_are("云服务合同约1000亿美元,建设成本在500亿元左右。", "约1000亿美元|500亿元左右");
    money_is("约1000亿美元", "CNY", 1e11, "USD", 1, NONE, NONE);
    money_is("500亿元左右", "CNY", 5e10, "CNY", 1, NONE, NONE);
    money_is("大约3亿元", "CNY", 3e8, "CNY", 1, NONE, NONE);
}

static void test_at_least(void **state)
{
    (void)state;
    spans_are("新一轮融资超10亿美元,估值逾300亿港元,年收入5亿元以上。",
              "超10亿美元|逾300亿港元|5亿元以上");
    money_is("超10亿美元", "CNY", NONE, "USD", 1, 1e9, NONE);
    money_is("逾300亿港元", "CNY", NONE, "HKD", 1, 3e10, NONE);
    money_is("5亿元以上", "CNY", NONE, "CNY", 1, 5e8, NONE);
    money_is("超过20亿元", "CNY", NONE, "CNY", 1, 2e9, NONE);
}

static void test_at_most(void **state)
{
    (void)state;
    spans_are("项目花费近700万元,剩余资金不足1亿元。", "近700万元|不足1亿元");
    money_is("近700万元", "CNY", NONE, "CNY", 1, NONE, 7e6);
    money_is("不足1亿元", "CNY", NONE, "CNY", 1, NONE, 1e8);
    money_is("将近2亿美元", "CNY", NONE, "USD", 1, NONE, 2e8);
}

static void test_vague_amounts(void **state)
{
    (void)state;
    spans_are("此前已投入数十亿美元,单个项目上亿元,还有3000多万元的补贴。",
              "数十亿美元|上亿元|3000多万元");
    money_is("数十亿美元", "CNY", NONE, "USD", 1, 2e9, 9e9);
    money_is("数亿元", "CNY", NONE, "CNY", 1, 2e8, 9e8);
    money_is("几十万元", "CNY", NONE, "CNY", 1, 2e5, 9e5);
    money_is("上亿元", "CNY", NONE, "CNY", 1, 1e8, NONE);
    money_is("3000多万元", "CNY", NONE, "CNY", 1, 3e7, 4e7);
    money_is("2000余元", "CNY", NONE, "CNY", 1, 2000, 3000);
    money_is("八九亿元", "CNY", NONE, "CNY", 1, 8e8, 9e8);
}

static void test_bare_units_after_qualifiers(void **state)
{
    (void)state;
    spans_are("本轮融资近亿元,去年营收过亿元,估值突破新台幣1兆元。",
              "近亿元|过亿元|突破新台幣1兆元");
    money_is("近亿元", "CNY", NONE, "CNY", 1, NONE, 1e8);
    money_is("过亿元", "CNY", NONE, "CNY", 1, 1e8, NONE);
    money_is("突破新台幣1兆元", "CNY", NONE, "TWD", 1, 1e12, NONE);
    /* 过 as an aspect marker is no qualifier */
    spans_are("公司获得过10亿元融资。", "10亿元");
}

static void test_traditional_qualifiers(void **state)
{
    (void)state;
    spans_are("募資約合4,700萬美元,金額不超過5億元,另有約9億元。",
              "約合4,700萬美元|不超過5億元|約9億元");
    money_is("約合4,700萬美元", "CNY", 4.7e7, "USD", 1, NONE, NONE);
    money_is("不超過5億元", "CNY", NONE, "CNY", 1, NONE, 5e8);
    /* 签约 / 合约 are no 约 */
    spans_are("双方签约3亿元。", "3亿元");
}

static void test_level(void **state)
{
    (void)state;
    spans_are("这是一笔亿元级的订单,下一步瞄准百亿美元级市场。", "亿元级|百亿美元级");
    money_is("亿元级", "CNY", NONE, "CNY", 1, 1e8, 1e9);
    money_is("百亿美元级", "CNY", NONE, "USD", 1, 1e10, 1e11);
    spans_are("每亿元营收的能耗下降了。", "");
}

static void test_ranges(void **state)
{
    (void)state;
    spans_are("单笔投资1-2亿元,估值1150亿至1350亿美元,首期1亿到2亿元。",
              "1-2亿元|1150亿至1350亿美元|1亿到2亿元");
    money_is("1-2亿元", "CNY", NONE, "CNY", 0, 1e8, 2e8);
    money_is("1150亿至1350亿美元", "CNY", NONE, "USD", 0, 1.15e11, 1.35e11);
    money_is("1亿到2亿元", "CNY", NONE, "CNY", 0, 1e8, 2e8);
    money_is("从8500到3万港元", "CNY", NONE, "HKD", 0, 8500, 3e4);
    money_is("两到三万港元", "CNY", NONE, "HKD", 0, 2e4, 3e4);
    spans_are("月薪从8500到3万港元不等。", "从8500到3万港元");
    money_is("$1-2 billion", "CNY", NONE, "USD", 0, 1e9, 2e9);
    spans_are("发行价区间为HK$18.5至HK$21.3。", "HK$18.5至HK$21.3");
    money_is("HK$18.5至HK$21.3", "CNY", NONE, "HKD", 0, 18.5, 21.3);
}

static void test_minor_units(void **state)
{
    (void)state;
    spans_are("这支笔五元三角二分,那块橡皮两美元又三美分。", "五元三角二分|两美元又三美分");
    exact("五元三角二分", 5.32, "CNY");
    exact("两美元又三美分", 2.03, "USD");
    exact("一块二", 1.2, "CNY");
    exact("三块零四", 3.04, "CNY");
    exact("123元1角1分", 123.11, "CNY");
}

static void test_not_money_counts(void **state)
{
    (void)state;
    spans_are("平台周活用户突破9亿,月访问量约57.2亿次,订阅用户超5000万,企业客户1.5万家。", "");
    spans_are("数据中心将消耗2吉瓦电力,利用率提升30%,共计3000台服务器。", "");
}

static void test_not_money_years_phones(void **state)
{
    (void)state;
    spans_are("公司成立于2026年,客服电话010-12345678,统计区间2025-2026。", "");
    spans_are("第3季度同比增长15.6%。", "");
}

static void test_not_money_yuan_words(void **state)
{
    (void)state;
    spans_are("元宇宙概念火热,元旦前后发布,单元测试覆盖,公元前221年,业务走向多元化。", "");
    spans_are("2026元旦档期的票房很好。", "");
    spans_are("他们发现了3个元素。", "");
}

static void test_kuai(void **state)
{
    (void)state;
    spans_are("工厂新装了两块屏幕。", "");
    spans_are("他只花了三块钱。", "三块钱");
    exact("三块钱", 3, "CNY");
}

static void test_bare_yuan_document_currency(void **state)
{
    (void)state;
    exact("300元", 300, "CNY");
    money_is("300元", "TWD", 300, "TWD", 0, NONE, NONE);
    money_is("5块", "TWD", 5, "TWD", 0, NONE, NONE);
    /* a named currency wins over the document's */
    money_is("300美元", "TWD", 300, "USD", 0, NONE, NONE);
}

static void test_specific_currency_wins(void **state)
{
    (void)state;
    exact("港币两千九百六十元", 2960, "HKD");
    exact("8亿元人民币", 8e8, "CNY");
    exact("新台币 177.1 亿元", 1.771e10, "TWD");
    spans_are("对方退还8亿元人民币。", "8亿元人民币");
}

static void test_adjacent_amounts(void **state)
{
    (void)state;
    spans_are("兑换比例为4人民币5美元。", "4人民币|5美元");
    spans_are("分别为300亿美元、300亿美元和500亿美元", "300亿美元|300亿美元|500亿美元");
    spans_are("他花了一块五买了瓶水,又用2元和3元买了报纸。", "一块五|2元|3元");
}

static void test_signs(void **state)
{
    (void)state;
    spans_are("公司去年净利润为-3.2亿元,前年为负1亿元。", "-3.2亿元|负1亿元");
    exact("-3.2亿元", -3.2e8, "CNY");
    /* a range's dash is no sign */
    spans_are("计划融资5-10亿美元。", "5-10亿美元");
}

static void test_currency_name_before_needs_an_amount(void **state)
{
    (void)state;
    /* 美元3个月期: the currency name is not this number's */
    spans_are("美元3个月期国债收益率上升,人民币2年期利率不变。", "");
    spans_are("这笔人民币50亿的投资,票价港幣3.14。", "人民币50亿|港幣3.14");
}

static void test_parse_rejects(void **state)
{
    (void)state;
    zd_money m;
    assert_int_equal(zd_money_parse("", 0, "CNY", &m), -1);
    assert_int_equal(zd_money_parse("用户", strlen("用户"), "CNY", &m), -1);
    assert_int_equal(zd_money_parse("美元", strlen("美元"), "CNY", &m), -1);
    assert_int_equal(zd_money_parse("3亿元用户", strlen("3亿元用户"), "CNY", &m), -1);
    assert_int_equal(zd_money_parse(NULL, 0, "CNY", &m), -1);
}

static void test_invalid_utf8_is_ignored(void **state)
{
    (void)state;
    const char bad[] = "3\xff亿美元";
    zd_mentions ms = {0};
    zd_money_find(rx, bad, sizeof bad - 1, &ms);
    assert_int_equal(ms.n, 0);
    zd_mentions_free(&ms);
}

static void test_news_paragraph(void **state)
{
    (void)state;
    spans_are("3月5日,某自动驾驶公司宣布完成15亿美元融资,由两家基金领投,投后估值约120亿美元。"
              "公司现有员工2000人,累计交付4.5万辆车,去年营收超过80亿元人民币。",
              "15亿美元|约120亿美元|超过80亿元人民币");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arabic_amounts),
        cmocka_unit_test(test_chinese_numerals),
        cmocka_unit_test(test_financial_numerals),
        cmocka_unit_test(test_thousands_separators),
        cmocka_unit_test(test_decimals_with_multipliers),
        cmocka_unit_test(test_taiwan_zhao),
        cmocka_unit_test(test_traditional_text),
        cmocka_unit_test(test_currency_before),
        cmocka_unit_test(test_currency_names_after),
        cmocka_unit_test(test_english_amounts),
        cmocka_unit_test(test_approximately),
        cmocka_unit_test(test_at_least),
        cmocka_unit_test(test_at_most),
        cmocka_unit_test(test_vague_amounts),
        cmocka_unit_test(test_bare_units_after_qualifiers),
        cmocka_unit_test(test_traditional_qualifiers),
        cmocka_unit_test(test_level),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_minor_units),
        cmocka_unit_test(test_not_money_counts),
        cmocka_unit_test(test_not_money_years_phones),
        cmocka_unit_test(test_not_money_yuan_words),
        cmocka_unit_test(test_kuai),
        cmocka_unit_test(test_bare_yuan_document_currency),
        cmocka_unit_test(test_specific_currency_wins),
        cmocka_unit_test(test_adjacent_amounts),
        cmocka_unit_test(test_signs),
        cmocka_unit_test(test_currency_name_before_needs_an_amount),
        cmocka_unit_test(test_parse_rejects),
        cmocka_unit_test(test_invalid_utf8_is_ignored),
        cmocka_unit_test(test_news_paragraph),
    };
    zd_msg_quiet(1);
    return cmocka_run_group_tests(tests, setup, teardown);
}
