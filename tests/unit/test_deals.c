/* test_deals.c: role assignment, amount binding, status and rounds, on
 * sentences written for this test, through the real extract and normalize
 * stages in one process (text in, deal records out). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "normalize/normalize.h"

static zd_orgs *orgs;

static int setup(void **state)
{
    (void)state;
    char *err = NULL;
    orgs = zd_orgs_new(&err);
    return orgs ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    zd_orgs_free(orgs);
    return 0;
}

static int to_buf(void *ud, const char *line, size_t len)
{
    zd_buf_add((zd_buf *)ud, line, len);
    return 0;
}

/* Run text (published on pub) through extract | normalize; returns the
 * deal records as a JSON array (caller decrefs). */
static json_t *deals_of(const char *text, const char *pub)
{
    zd_extract_opts xo;
    zd_extract_opts_init(&xo);
    xo.text = 1;
    xo.published = pub;
    char *err = NULL;
    zd_extract *x = zd_extract_new(&xo, orgs, &err);
    assert_non_null(x);
    zd_buf doc = ZD_BUF_INIT;
    assert_int_equal(zd_extract_bytes(x, "t", text, strlen(text), to_buf, &doc), 0);
    zd_extract_free(x);
    char *out = NULL;
    size_t outlen = 0;
    FILE *f = open_memstream(&out, &outlen);
    zd_normalize_opts no;
    zd_normalize_opts_init(&no);
    zd_normalize *z = zd_normalize_new(&no, orgs, f, &err);
    assert_int_equal(zd_normalize_line(z, "t", 1, doc.p, doc.len - 1), 0);
    zd_normalize_free(z);
    fclose(f);
    json_t *arr = json_array();
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n"))
        json_array_append_new(arr, json_loads(line, 0, NULL));
    free(out);
    zd_buf_free(&doc);
    return arr;
}

static const char *s(json_t *o, const char *path)
{
    json_t *v = json_object_get(o, path);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static double amount(json_t *deal)
{
    json_t *a = json_object_get(deal, "amount");
    return json_is_object(a) ? json_number_value(json_object_get(a, "value")) : -1;
}

static const char *target(json_t *deal)
{
    return s(json_object_get(deal, "target"), "text");
}

static json_t *inv(json_t *deal, size_t i)
{
    return json_array_get(json_object_get(deal, "investors"), i);
}

/* investor i's own amount, or 0 when it has none */
static double inv_amount(json_t *deal, size_t i)
{
    return json_number_value(json_object_get(json_object_get(inv(deal, i), "amount"), "value"));
}

static void funding_with_lead_and_follow(void **state)
{
    (void)state;
    json_t *d = deals_of(
        "3月5日,AI芯片公司星图智能宣布完成5亿元B轮融资,由蓝湖资本领投,白鹭创投和海燕基金跟投,"
        "投后估值达50亿元。",
        "2026-03-06");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "funding");
    assert_string_equal(target(x), "星图智能");
    assert_true(amount(x) == 5e8);
    assert_string_equal(s(x, "round"), "b");
    assert_string_equal(s(x, "date"), "2026-03-05");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead")));
    assert_true(json_is_false(json_object_get(inv(x, 1), "lead")));
    assert_true(json_is_false(json_object_get(inv(x, 2), "lead")));
    json_t *v = json_object_get(x, "valuation");
    assert_string_equal(s(v, "basis"), "post");
    assert_true(json_number_value(json_object_get(v, "value")) == 5e9);
    json_decref(d);
}

static void shares_from_laizi(void **state)
{
    (void)state;
    json_t *d = deals_of("云舟机器人宣布获得新融资30亿元,其中10亿元来自蓝湖资本,20亿元来自白鹭创投,"
                         "投前估值200亿元。",
                         "2026-04-01");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_true(amount(x) == 3e9);
    assert_string_equal(s(inv(x, 0), "text"), "蓝湖资本");
    assert_true(inv_amount(x, 0) == 1e9);
    assert_string_equal(s(json_object_get(x, "valuation"), "basis"), "pre");
    /* no date in the text: the news deal takes the publish date */
    assert_string_equal(s(x, "date"), "2026-04-01");
    json_decref(d);
}

static void acquisition_both_voices(void **state)
{
    (void)state;
    json_t *d = deals_of("青石科技以12亿元收购白鹭软件60%股权。", "2026-05-10");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "acquisition");
    assert_string_equal(target(x), "白鹭软件");
    assert_string_equal(s(inv(x, 0), "text"), "青石科技");
    assert_true(amount(x) == 1.2e9);
    json_decref(d);
    d = deals_of("白鹭软件被青石科技收购的消息昨日得到确认。", "2026-05-10");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(target(x), "白鹭软件");
    assert_string_equal(s(inv(x, 0), "text"), "青石科技");
    json_decref(d);
}

static void status_words(void **state)
{
    (void)state;
    json_t *d = deals_of("据知情人士透露,海燕基金将向星图智能投资10亿元。", "2026-03-06");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "status"), "rumored");
    json_decref(d);
    d = deals_of("星图智能计划募集8亿元新一轮融资。", "2026-03-06");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "status"), "planned");
    json_decref(d);
    d = deals_of("星图智能否认了被青石科技收购的传闻。", "2026-03-06");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("星图智能的上一轮融资于2024年6月完成,筹集了3亿元。", "2026-03-06");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "status"), "completed");
    assert_string_equal(s(json_array_get(d, 0), "date"), "2024-06");
    json_decref(d);
}

static void not_deals(void **state)
{
    (void)state;
    /* revenue, a price, a cumulative total and a market size are no deals */
    json_t *d =
        deals_of("星图智能去年营收12亿元,同比增长40%。\n该产品售价1999元。\n"
                 "星图智能成立以来累计融资超10亿元。\n预计2030年中国机器人市场规模将达到5000亿元。",
                 "2026-03-06");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
}

static void continuation_and_this_round(void **state)
{
    (void)state;
    /* investors, shares and valuation told in the sentences after the deal;
     * 本轮 is the news round even after an earlier round was recalled */
    json_t *d = deals_of("青禾医疗今日宣布完成3亿元B轮融资。本轮由蓝湖资本领投,白鹭创投跟投。\n"
                         "2024年,青禾医疗曾完成由海燕基金独家投资的8000万元A轮融资。\n"
                         "本轮融资完成后,青禾医疗的投后估值约为25亿元。",
                         "2026-05-20");
    assert_int_equal(json_array_size(d), 2);
    json_t *x = json_array_get(d, 0);
    assert_true(amount(x) == 3e8);
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 2);
    assert_true(json_number_value(json_object_get(json_object_get(x, "valuation"), "value")) ==
                2.5e9);
    json_t *y = json_array_get(d, 1);
    assert_string_equal(s(y, "status"), "completed");
    assert_string_equal(s(y, "round"), "a");
    assert_null(json_object_get(y, "valuation") ? s(json_object_get(y, "valuation"), "basis")
                                                : NULL);
    json_decref(d);
}

static void contracts_sale_and_service(void **state)
{
    (void)state;
    /* the reporting company signs a purchase contract: it is the supplier */
    json_t *d = deals_of(
        "晨光电池(下称“晨光”)今日公告,公司已与远航汽车签订动力电池采购合同,合同总金额为6亿元。",
        "2026-05-20");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "contract");
    assert_string_equal(s(json_object_get(x, "target"), "name"), "晨光");
    assert_string_equal(s(inv(x, 0), "text"), "远航汽车");
    json_decref(d);
    /* a compute service agreement: the provider is the target */
    d = deals_of("星河模型与白云算力签署了为期三年的算力服务协议,合同金额约8亿元。", "2026-05-20");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(target(x), "白云算力");
    assert_string_equal(s(inv(x, 0), "text"), "星河模型");
    json_decref(d);
}

static void ipo_money_raised_not_prices(void **state)
{
    (void)state;
    json_t *d =
        deals_of("远山智造今日登陆上交所科创板,发行价为28元/股,募集资金总额15亿元。", "2026-06-01");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "ipo");
    assert_true(amount(x) == 1.5e9);
    assert_string_equal(s(x, "round"), "ipo");
    /* the exchange is where it lists, not a party */
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 0);
    json_decref(d);
}

static void list_lines_and_traditional(void **state)
{
    (void)state;
    json_t *d = deals_of("【医疗】青禾医疗:蓝湖资本领投1亿元A轮融资", "2026-05-20");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "青禾医疗");
    json_decref(d);
    /* Traditional text reads through the Simplified fold */
    d = deals_of("晶芯科技今日宣布完成新台幣8億元B輪融資,由白鷺創投領投。", "2026-05-20");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "round"), "b");
    assert_string_equal(s(json_object_get(x, "amount"), "currency"), "TWD");
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead")));
    json_decref(d);
    /* a Taiwan page (新台幣) dates 國慶 on 10-10, a mainland page on 10-01 */
    d = deals_of("國慶當天,晶芯科技宣布完成新台幣8億元B輪融資,由白鷺創投領投。", "2025-10-13");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "date"), "2025-10-10");
    json_decref(d);
    d = deals_of("国庆当天,晶芯科技宣布完成8亿元B轮融资,由白鹭创投领投。", "2025-10-13");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "date"), "2025-10-01");
    json_decref(d);
}

/* A one-deal sentence: its type, target text, amount (-1: none) and the
 * investors' texts in order (NULL-terminated). */
static void one_deal(const char *text, const char *type, const char *tgt, double amt,
                     const char *const *invs)
{
    json_t *d = deals_of(text, "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), type);
    assert_string_equal(target(x), tgt);
    if (amt >= 0) assert_true(amount(x) == amt);
    size_t n = 0;
    while (invs[n])
        n++;
    assert_int_equal(json_array_size(json_object_get(x, "investors")), n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(s(inv(x, i), "text"), invs[i]);
    json_decref(d);
}

static void object_of_the_deal_verb(void **state)
{
    (void)state;
    /* the funded company after the investor's verb, with or without a
     * descriptor between */
    one_deal("白鹭创投领投青禾医疗2亿元B轮融资。", "funding", "青禾医疗", 2e8,
             (const char *const[]){"白鹭创投", NULL});
    one_deal("白鹭创投宣布领投AI初创公司星图智能5亿元B轮融资。", "funding", "星图智能", 5e8,
             (const char *const[]){"白鹭创投", NULL});
    /* X对Y进行(了)N注资; 完成对Y的投资 */
    one_deal("海燕基金对青石科技进行了2亿元战略注资。", "funding", "青石科技", 2e8,
             (const char *const[]){"海燕基金", NULL});
    one_deal("蓝湖资本已完成对AI搜索初创公司Zentrova的投资,金额未披露。", "funding", "Zentrova", -1,
             (const char *const[]){"蓝湖资本", NULL});
    /* X以N入股Y: the subject of the clause invests */
    one_deal("远航汽车将以约5亿元入股白云电池,持股比例约8%。", "funding", "白云电池", 5e8,
             (const char *const[]){"远航汽车", NULL});
    /* 收购 a company by its descriptor, and 公司完成对X的收购 */
    one_deal("青石科技拟以3.6亿元现金收购声学传感器厂商听涛科技60%的股权。", "acquisition",
             "听涛科技", 3.6e8, (const char *const[]){"青石科技", NULL});
    one_deal("并购方面,青石科技22日晚间公告,公司拟以2亿元收购白鹭软件51%股权。", "acquisition",
             "白鹭软件", 2e8, (const char *const[]){"青石科技", NULL});
}

static void pronouns_and_speakers(void **state)
{
    (void)state;
    /* Y对其…注资: 其 is the subject told before */
    one_deal("10月12日,正极材料企业钠峰新能对外披露,远航汽车已对其进行了战略注资,投资总额为8亿元。",
             "funding", "钠峰新能", 8e8, (const char *const[]){"远航汽车", NULL});
    /* X…透露,公司获…: 公司 is X, not the article's first company */
    json_t *d =
        deals_of("星图智能完成3亿元B轮融资,由蓝湖资本领投。\n"
                 "另外,AI作业应用的开发商青禾智学周五透露,公司获海燕基金数百万元种子轮投资。",
                 "2026-06-12");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 1)), "青禾智学");
    assert_string_equal(s(inv(json_array_get(d, 1), 0), "text"), "海燕基金");
    json_decref(d);
    /* X担任本轮领投方: a lead named by its role */
    d = deals_of(
        "青禾医疗今日宣布完成6亿元C轮融资。白鹭创投担任本轮领投方,海燕基金、蓝湖资本跟投。",
        "2026-06-12");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead")));
    assert_true(json_is_false(json_object_get(inv(x, 1), "lead")));
    json_decref(d);
}

static void parents_are_not_parties(void **state)
{
    (void)state;
    /* 谷歌母公司Alphabet: the parent named is the party; Google is not */
    one_deal("谷歌母公司Alphabet宣布领投星图智能5亿美元B轮融资。", "funding", "星图智能", 5e8,
             (const char *const[]){"Alphabet", NULL});
    /* 谷歌母公司 with no name after it: the gazetteer's parent of Google */
    json_t *d = deals_of("谷歌母公司宣布领投星图智能5亿美元B轮融资。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(inv(json_array_get(d, 0), 0), "name"), "Alphabet");
    json_decref(d);
    /* 母公司 alone is no organization */
    d = deals_of("白云电池的母公司宣布以10亿元收购青石科技。", "2026-06-10");
    for (size_t i = 0; i < json_array_size(d); i++)
        for (size_t j = 0; j < json_array_size(json_object_get(json_array_get(d, i), "investors"));
             j++)
            assert_string_not_equal(s(inv(json_array_get(d, i), j), "text"), "母公司");
    json_decref(d);
}

static void called_off_and_listing_day(void **state)
{
    (void)state;
    /* a deal called off is not reported (the contract has no status for it) */
    json_t *d =
        deals_of("今年5月,青石科技曾发布公告,拟以6亿元收购白鹭软件70%的股权。但由于双方分歧,"
                 "青石科技于8月宣布终止该笔收购。",
                 "2026-10-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* a listing day with no raise told is still an IPO; a plan is not */
    one_deal("11月3日,检测设备商远山测控正式在上交所科创板挂牌交易,开盘报112元。", "ipo",
             "远山测控", -1, (const char *const[]){NULL});
    d = deals_of("远山测控计划明年在科创板上市。", "2026-10-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* a target named again, however many sentences later, goes on with its
     * deal: the raise of a listing told after the prices */
    d = deals_of("柏林科技今日在港交所主板挂牌上市。该股以每股22.8港元定价。开市报26.9港元。"
                 "午收26.1港元,公司市值约209亿港元。\n柏林科技是次全球发售约1.36亿股,集资总额约31."
                 "01亿港元。",
                 "2026-10-10");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 3.101e9);
    json_decref(d);
}

static void list_items_and_roles(void **state)
{
    (void)state;
    /* numbered and bulleted roundup lines name their target first */
    json_t *d = deals_of("1. 星河动力:完成数亿元A++轮融资,投资方为白鹭创投、道禾投资。\n"
                         "2. 青禾医疗:获得1.5亿元天使轮融资,蓝湖资本领投。\n"
                         "3. 远山测控 | 完成近亿元Pre-A轮融资,海燕基金独家投资",
                         "2026-06-10");
    assert_int_equal(json_array_size(d), 3);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(target(x), "星河动力");
    assert_string_equal(s(x, "round"), "a+");
    /* 投资方为A、B: B is a whole name, 投资 and all */
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 2);
    assert_string_equal(s(inv(x, 1), "text"), "道禾投资");
    assert_string_equal(target(json_array_get(d, 1)), "青禾医疗");
    assert_string_equal(target(json_array_get(d, 2)), "远山测控");
    assert_string_equal(s(json_array_get(d, 2), "round"), "pre-a");
    json_decref(d);
    /* English amounts and rounds with spaces inside a Chinese sentence */
    one_deal("AI infra初创公司Lumio完成US$30 million Series B融资,由白鹭创投领投。", "funding",
             "Lumio", 3e7, (const char *const[]){"白鹭创投", NULL});
    /* 引入X: X invests */
    one_deal("青石科技拟通过增资扩股方式引入海燕基金,增资金额约为35亿元。", "funding", "青石科技",
             3.5e9, (const char *const[]){"海燕基金", NULL});
    /* X向(交易所)递交: X lists; the exchange is no party */
    one_deal("远山测控已向港交所递交上市申请,拟募资约5亿美元。", "ipo", "远山测控", 5e8,
             (const char *const[]){NULL});
    /* a placing of new shares raises money for the company */
    one_deal("青石科技以5.3亿港元配售新股,由白鹭证券担任配售代理。", "funding", "青石科技", 5.3e8,
             (const char *const[]){NULL});
}

static void totals_of_a_field_are_no_deal(void **state)
{
    (void)state;
    json_t *d = deals_of("青石科技去年在AI领域的投资超过300亿元。\n"
                         "白鹭创投是星河动力的早期投资方。\n"
                         "投资者包括主权财富基金和投资公司。",
                         "2026-06-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
}

static void role_nouns_sales_and_tranches(void **state)
{
    (void)state;
    /* 领投方是X, 跟投方包括A和B: leads and followers by their role nouns */
    json_t *d = deals_of("青禾医疗宣布完成4.5亿元B轮融资。据了解,此轮融资的领投方是白鹭创投,"
                         "跟投方包括海燕基金和蓝湖资本。",
                         "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead")));
    assert_true(json_is_false(json_object_get(inv(x, 1), "lead")));
    assert_true(json_is_false(json_object_get(inv(x, 2), "lead")));
    json_decref(d);
    /* N的投前估值 is the valuation, not the round's amount */
    d = deals_of("星河动力以约120亿元的投前估值完成5亿元B轮融资。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_true(amount(x) == 5e8);
    assert_true(json_number_value(json_object_get(json_object_get(x, "valuation"), "value")) ==
                1.2e10);
    assert_string_equal(s(json_object_get(x, "valuation"), "basis"), "pre");
    json_decref(d);
    /* (S)将X的股份出售给Y: X is bought, Y buys, S sells */
    one_deal("青石科技同意以约78亿元的价格将白鹭软件51%的股份出售给海燕资本。", "acquisition",
             "白鹭软件", 7.8e9, (const char *const[]){"海燕资本", NULL});
    /* X向旗下的…公司Y注资, 分两期…合计N: the tranches' sum is the deal */
    one_deal("远航汽车拟分两期向旗下的智能驾驶公司青禾智驾注资,合计10亿元。", "funding", "青禾智驾",
             1e9, (const char *const[]){"远航汽车", NULL});
    /* an amount inside a name's span ends the name (获得X数千万元的天使轮投资) */
    d = deals_of("星河动力曾于2024年获得白鹭基金数千万元的天使轮投资。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(inv(json_array_get(d, 0), 0), "text"), "白鹭基金");
    json_decref(d);
}

static void names_media_and_shares(void **state)
{
    (void)state;
    /* a medium as the subject of 获悉 is no party; the legal name's short
     * name is; its stem later on (青禾 for 青禾智能) is the same company */
    json_t *d =
        deals_of("白鹭科技网获悉,广州青禾智能装备有限公司(下称“青禾智能”)已于本周二完成B轮融资。"
                 "这笔近4亿元的融资由海燕基金领投。\n"
                 "2024年7月,青禾完成了1.5亿元的A轮融资,由蓝湖资本领投。",
                 "2026-06-12");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_object_get(json_array_get(d, 0), "target"), "name"), "青禾智能");
    assert_string_equal(s(json_object_get(json_array_get(d, 1), "target"), "name"), "青禾智能");
    assert_string_equal(s(json_array_get(d, 1), "round"), "a");
    json_decref(d);
    /* X(Latin): the bracketed name is X wherever it is used; led by X */
    d = deals_of("星衍科技(Stellwise)本周一宣布完成US$65 million的Series B融资,led by 白鹭创投。\n"
                 "去年11月,Stellwise拿到了US$18M的Series A,由海燕资本lead。",
                 "2026-06-12");
    assert_int_equal(json_array_size(d), 2);
    json_t *x = json_array_get(d, 1);
    assert_string_equal(s(json_object_get(x, "target"), "name"), "星衍科技");
    assert_true(amount(x) == 1.8e7);
    assert_true(json_is_true(json_object_get(inv(json_array_get(d, 0), 0), "lead")));
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead")));
    json_decref(d);
    /* A与B分别…出资N1及N2: each investor's share, in order */
    d = deals_of(
        "远山半导体通过办理私募普通股案,募集资金总额新台币12亿元。应募人为白鹭投控与海燕基金,"
        "双方将分别认购1,500万股及1,000万股,出资新台币7.2亿元及4.8亿元。",
        "2026-06-12");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_true(amount(x) == 1.2e9);
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 2);
    assert_true(inv_amount(x, 1) == 4.8e8);
    json_decref(d);
}

static void prices_sizes_and_strategic_stakes(void **state)
{
    (void)state;
    /* a price under ten thousand is never the deal's money; 规模 of a round is */
    json_t *d = deals_of(
        "青石科技完成新一轮融资,规模约4亿美元,本轮由白鹭创投领投。青石科技昨日收市价13.76港元。",
        "2026-06-12");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 4e8);
    json_decref(d);
    /* a strategic stake the same day is a deal of its own */
    d = deals_of(
        "星河动力完成超10亿元C轮融资,由白鹭创投领投。同一天,星河动力还获远航汽车战略入股。",
        "2026-06-12");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "round"), "strategic");
    json_decref(d);
    /* a subject that announces 完成对X…的领投 leads X's round */
    one_deal("白鹭资本今日宣布,已完成对合成生物学公司溯源生物A+轮融资的领投。", "funding",
             "溯源生物", -1, (const char *const[]){"白鹭资本", NULL});
    /* a listing told later with 挂牌 and its raise */
    one_deal("云栈科技于2023年7月在港交所主板挂牌,当时以每股18.6港元发售,集资约15.2亿港元。", "ipo",
             "云栈科技", 1.52e9, (const char *const[]){NULL});
}

static void interviews_and_passives(void **state)
{
    (void)state;
    /* X(以下简称“Y”)已被Z收购: past the brackets, X is bought */
    one_deal("深圳栖霞微电子有限公司(以下简称“栖霞微电子”)已被鹭江股份收购,交易已完成交割。",
             "acquisition", "栖霞微电子", -1, (const char *const[]){"鹭江股份", NULL});
    /* an interview: speaker labels, 我们 is the company, 是X的种子轮投资 */
    json_t *d = deals_of("栖霞增材本周一宣布完成新一轮融资。\n"
                         "问:先说说这轮融资吧。\n"
                         "许岚:这轮是B轮,一共三亿元。领投的是鹭江资本,海棠基金跟了。\n"
                         "许岚:我们在2024年拿到了第一笔钱,是白鹭创坛的种子轮投资,五百万元。",
                         "2026-04-14");
    assert_int_equal(json_array_size(d), 2);
    json_t *x = json_array_get(d, 0);
    assert_true(amount(x) == 3e8);
    assert_string_equal(s(inv(x, 0), "text"), "鹭江资本");
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead")));
    json_t *y = json_array_get(d, 1);
    assert_string_equal(target(y), "栖霞增材");
    assert_true(amount(y) == 5e6);
    assert_string_equal(s(inv(y, 0), "text"), "白鹭创坛");
    json_decref(d);
    /* a mainland page naming one Taiwan price keeps its bare 元 in CNY */
    d = deals_of("栖霞智能完成3亿元B轮融资,由鹭江资本领投。该产品在台湾定价新台币2.79万元。",
                 "2026-04-14");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_object_get(json_array_get(d, 0), "amount"), "currency"), "CNY");
    json_decref(d);
}

/* rules from the fourth held-out batch, each on sentences written here */
static void counts_terms_and_dropped_subjects(void **state)
{
    (void)state;
    /* a count of rounds sums up a history: no deal; 上一轮 is one round */
    json_t *d = deals_of("截至目前,云杉储能已累计完成4轮融资,投资方包括蓝湖资本、白鹭创投等机构。",
                         "2026-06-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    one_deal("云杉储能的上一轮融资于2025年5月完成,筹集了3亿元。", "funding", "云杉储能", 3e8,
             (const char *const[]){NULL});
    /* ... but rounds it names are deals */
    d = deals_of("云杉储能近期连续完成B轮和B+轮两轮融资。其中,B轮融资金额为2亿元,由蓝湖资本领投;"
                 "B+轮融资1亿元,由白鹭创投独家投资。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 2);
    json_decref(d);
    /* the terms of an acquisition's payment are no contract */
    d = deals_of("鹭江股份公告,拟以现金9亿元收购青禾传感100%股权。本次交易对价分两期支付:"
                 "协议生效之日起15日内,"
                 "鹭江股份向交易对方支付首期款5.4亿元。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "acquisition");
    json_decref(d);
    /* a tender's notice: the sender buys, the company told to have won supplies */
    one_deal("青禾智控6月3日晚间公告称,公司近日收到江城轨道交通集团有限公司发出的《中标通知书》,"
             "确认公司为该项目的中标单位,中标金额为人民币1.26亿元。",
             "contract", "青禾智控", 1.26e8,
             (const char *const[]){"江城轨道交通集团有限公司", NULL});
    /* an interview's answer without a subject is about the article's company;
     * X独家投了N: X invests, and leads */
    d = deals_of("本月初,工业软件公司栖云数科宣布完成2亿元B轮融资,由蓝湖资本领投。\n"
                 "记者:这轮融资谈了多久?\n"
                 "周岚:三个月左右。\n"
                 "记者:A轮是什么情况?\n"
                 "周岚:去年5月拿的,8000万元,白鹭创投领投,海燕基金跟投。再往前是2023年的天使轮,"
                 "海燕基金独家投了五百万元。",
                 "2026-09-15");
    assert_int_equal(json_array_size(d), 3);
    json_t *y = json_array_get(d, 1);
    assert_string_equal(target(y), "栖云数科");
    assert_true(amount(y) == 8e7);
    assert_string_equal(s(y, "date"), "2025-05");
    assert_string_equal(s(inv(y, 0), "text"), "白鹭创投");
    json_t *z = json_array_get(d, 2);
    assert_string_equal(target(z), "栖云数科");
    assert_true(amount(z) == 5e6);
    assert_string_equal(s(inv(z, 0), "text"), "海燕基金");
    assert_true(json_is_true(json_object_get(inv(z, 0), "lead")));
    json_decref(d);
    /* 本轮 is the news deal however far back it was told; X领投,出资N and
     * X跟投N are their shares; 已于本月中旬 is this month's news */
    d = deals_of(
        "据悉,大模型公司澜图智能已于本月中旬完成5亿美元C轮融资。\n这是今年赛道最大的一笔融资。\n"
        "业内人士认为,这说明了市场的信心。\n从名单看,这是产业资本的组合。\n"
        "本轮由蓝湖资本领投,出资2亿美元;白鹭创投跟投1亿美元。",
        "2026-09-28");
    assert_int_equal(json_array_size(d), 1);
    y = json_array_get(d, 0);
    assert_true(amount(y) == 5e8);
    assert_string_equal(s(y, "status"), "announced");
    assert_int_equal(json_array_size(json_object_get(y, "investors")), 2);
    assert_true(inv_amount(y, 0) == 2e8);
    assert_true(inv_amount(y, 1) == 1e8);
    json_decref(d);
}

/* rules from the fifth held-out batch, each on sentences written here */
static void denials_terms_and_announcers(void **state)
{
    (void)state;
    /* a rumor, then a denial that points back at it: no deal */
    json_t *d = deals_of("有媒体援引知情人士称,澜湾汽车正与一家海外基金洽谈约5亿美元的战略融资。"
                         "对此,澜湾汽车回应称,相关传闻不属实。",
                         "2026-09-01");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* a subsidy's base (投资额) is no deal */
    d = deals_of("对首台套装备,按设备投资额的20%给予补贴,单个项目不超过1000万元。", "2026-09-01");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* 公司 is the announcer, who subscribes (认购) or takes over (受让) */
    one_deal("鹭岭科技8月3日晚间公告,公司以自有资金8000万元认购青屿半导体新增注册资本。", "funding",
             "青屿半导体", 8e7, (const char *const[]){"鹭岭科技", NULL});
    one_deal("创业板上市公司鹭岭科技晚间披露公告,公司已与相关股东签署协议,以现金2."
             "4亿元受让青屿传感51%股权。",
             "acquisition", "青屿传感", 2.4e8, (const char *const[]){"鹭岭科技", NULL});
    /* a service agreement where the reporting company serves */
    one_deal("算力服务商青屿数据发布公告称,公司与白鹭集团旗下的白鹭云签订《算力服务协议》,"
             "由公司向对方提供算力服务,"
             "协议总金额约为12亿元。",
             "contract", "青屿数据", 1.2e9, (const char *const[]){"白鹭云", NULL});
    /* 总额N的B轮融资 is the round; a closing's amount is a tranche; 引入了A和B */
    d = deals_of("鹭岭机器人昨日宣布,公司已完成总额五亿元的B轮融资。本轮分两次交割,"
                 "首轮交割金额为3亿元,由蓝湖资本领投;"
                 "第二次交割金额为2亿元,引入了白鹭汽车和海燕电池两家产业方。",
                 "2026-06-18");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_true(amount(x) == 5e8);
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    json_decref(d);
    /* an earlier deal told in the same sentence after 更早之前; another round planned */
    d = deals_of("鹭岭生物上周宣布完成2亿元A+轮融资,由蓝湖资本领投。\n"
                 "公司曾于去年5月完成由白鹭创投领投的8000万元A轮融资,"
                 "更早之前还获得过海燕基金的天使轮投资。\n"
                 "公司计划于明年启动B轮融资,目标融资金额不低于5亿元。",
                 "2026-05-25");
    assert_int_equal(json_array_size(d), 4);
    json_decref(d);
    /* the use of money raised is no acquisition */
    d = deals_of("青屿医疗计划将约40%的募资净额用于研发,其余用作潜在收购及一般营运资金。",
                 "2026-05-25");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
}

/* rules from the sixth held-out batch, each on sentences written here */
static void headlines_time_clauses_and_offers(void **state)
{
    (void)state;
    /* a headline's 独家| and an adverb before the verb are no part of the name */
    one_deal("独家|青屿智能接近完成新一轮融资,蓝湖资本领投", "funding", "青屿智能", -1,
             (const char *const[]){"蓝湖资本", NULL});
    one_deal("据悉,AI公司青屿智能即将完成新一轮约1亿美元的融资。", "funding", "青屿智能", 1e8,
             (const char *const[]){NULL});
    /* a Latin name with its Chinese name in brackets, 当地时间 before the date */
    json_t *d = deals_of(
        "跨境支付公司Lumina(中文名“路光科技”)当地时间6月8日宣布完成US$20 million的Series A融资。",
        "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(target(x), "Lumina");
    assert_true(amount(x) == 2e7);
    assert_string_equal(s(x, "round"), "a");
    json_decref(d);
    /* 在被X收购前: the deal word of a time clause is not the sentence's */
    one_deal("在被鹭岭集团收购前,青屿精密曾于2023年完成1亿元B轮融资,由蓝湖资本领投。", "funding",
             "青屿精密", 1e8, (const char *const[]){"蓝湖资本", NULL});
    /* a Hong Kong offer opens, its gross proceeds told in the next sentence */
    d = deals_of("物流机器人企业青屿机器人今日起至6月12日招股,计划发行1亿股H股。"
                 "以招股价中位数10港元计算,集资总额约10亿港元,扣除上市开支后,集资净额约9.3亿港元。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "ipo");
    assert_string_equal(target(x), "青屿机器人");
    assert_true(amount(x) == 1e9);
    json_decref(d);
}

static void stakes_registries_places_and_quotes(void **state)
{
    (void)state;
    /* 购买Y N%的股权: buying a stake is an acquisition; an issue of shares
     * to unnamed subscribers (向不超过N名特定对象发行股份募资) is the issuer's
     * round, dated like the deal told with it (与此同时) */
    json_t *d = deals_of("鹭岭股份6月8日晚公告,公司拟以现金方式购买精密轴承制造商青屿精工60%的股权,"
                         "交易作价为3.6亿元。与此同时,鹭岭股份拟向不超过20名特定对象发行股份,"
                         "募集配套资金不超过1.5亿元。",
                         "2026-06-10");
    assert_int_equal(json_array_size(d), 2);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "acquisition");
    assert_string_equal(target(x), "青屿精工");
    assert_string_equal(s(inv(x, 0), "text"), "鹭岭股份");
    assert_true(amount(x) == 3.6e8);
    x = json_array_get(d, 1);
    assert_string_equal(s(x, "type"), "funding");
    assert_string_equal(target(x), "鹭岭股份");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 0);
    assert_string_equal(s(x, "date"), "2026-06-08");
    json_decref(d);
    /* a registry change: X新增股东Y, a fund whose legal name ends in (有限合伙) */
    one_deal("企查查显示,青禾医疗近日新增股东杭州白鹭创新股权投资合伙企业(有限合伙),"
             "持股比例为5%。",
             "funding", "青禾医疗", -1,
             (const char *const[]){"杭州白鹭创新股权投资合伙企业(有限合伙)", NULL});
    /* the place of an announcement is no party (在新加坡宣布) */
    one_deal("出海品牌TideWave当地时间6月3日在新加坡宣布完成1200万美元A轮融资,由蓝湖资本领投。",
             "funding", "TideWave", 1.2e7, (const char *const[]){"蓝湖资本", NULL});
    /* 「X」(English name): the deal is X's, by the article's name */
    one_deal("36氪获悉,「青屿智能」(Qingyu AI)已完成2亿元B轮融资,由海燕基金领投。", "funding",
             "青屿智能", 2e8, (const char *const[]){"海燕基金", NULL});
    /* a quoted object after a short descriptor (投资了同领域的「X」); a
     * bullet before a list item's name is no part of it */
    one_deal("上月,蓝湖资本以2亿元投资了同领域的「青石物流」。", "funding", "青石物流", 2e8,
             (const char *const[]){"蓝湖资本", NULL});
    one_deal(
        "■青屿精密将被鹭岭集团全资收购\n鹭岭集团6月8日晚公告,拟以现金5亿元收购青屿精密100%股权。",
        "acquisition", "青屿精密", 5e8, (const char *const[]){"鹭岭集团", NULL});
    /* an app in quotes is the company named for it, unless its maker is
     * named after it */
    one_deal("面向外贸商家的AI客服应用“潮汐”获得800万美元天使轮融资,由白鹭创投独家投资。",
             "funding", "潮汐", 8e6, (const char *const[]){"白鹭创投", NULL});
    one_deal("AI记账应用“小青账”的开发商青禾数科宣布完成3000万元A轮融资,由海燕基金领投。",
             "funding", "青禾数科", 3e7, (const char *const[]){"海燕基金", NULL});
    /* a subsidy is no round, however it is received */
    d = deals_of("为稳住现金流,青屿汽车今年还获得当地约3亿元的产业扶持资金。", "2026-06-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* the subject of a service contract that serves the other party supplies */
    d = deals_of("青禾数科还与德国物流集团Nordhaven签署了一份为期两年的服务合同,"
                 "为其旗下的欧洲仓储业务提供调度系统,合同金额约为800万欧元。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "contract");
    assert_string_equal(target(x), "青禾数科");
    json_decref(d);
    /* a Hong Kong page: a bare 元 is HKD, the renminbi is written 人民幣 */
    d = deals_of("青屿醫療今日起招股,招股價介乎每股8元至10元,集資8億至10億元,預計在港交所主板掛牌。"
                 "公司去年收入約人民幣5.2億元。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_object_get(json_array_get(d, 0), "amount"), "currency"), "HKD");
    json_decref(d);
}

static void own_denials_and_orders_won(void **state)
{
    (void)state;
    /* a rumor, then a sentence telling another rumor and its denial: the
     * denial is the second one's (该消息), the first rumor stands */
    json_t *d = deals_of("据知情人士透露,物流机器人公司青屿智运正在洽谈一轮约8000万美元的融资。"
                         "另有消息称芯片公司澜芯微获鹭岭资本投资,澜芯微周四回应称该消息不属实。",
                         "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(target(x), "青屿智运");
    assert_string_equal(s(x, "status"), "rumored");
    json_decref(d);
    /* 此前有媒体报道称… is a rumor, and 对此…不属实 ends it */
    d = deals_of(
        "此前有媒体报道称,储能企业青屿电气正以30亿元的投前估值洽谈新一轮融资,融资额约5亿元。"
        "对此,青屿电气方面回应称,上述消息不属实。",
        "2026-06-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* an interviewer's 外界说X要收购你们 is a rumor about the speaker's
     * company (你们 is no name), denied by the answer */
    d = deals_of("问:外界说鹭岭集团要收购你们?\n青禾:纯属谣言,我们从没谈过。", "2026-06-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* an IPO withdrawn (撤回发行上市申请, 终止审核): its earlier filing told
     * in the article is no deal either */
    d = deals_of("因青屿微电子撤回发行上市申请,上交所决定终止对其的审核。"
                 "青屿微电子的IPO申请于2024年6月获上交所受理,拟募资12亿元。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* a list head says who won the order (X拿下N订单): in the next line's
     * X与Y签订…合同, X supplies and Y buys */
    d = deals_of("●澜舟重工拿下3.2亿元港口起重机订单\n"
                 "6月5日,装备企业澜舟重工与青屿港务签订港口起重机采购合同,合同金额为3.2亿元。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "contract");
    assert_string_equal(target(x), "澜舟重工");
    assert_string_equal(s(inv(x, 0), "text"), "青屿港务");
    json_decref(d);
}

static void announcements_subsidiaries_and_mergers(void **state)
{
    (void)state;
    /* X公告,公司控股子公司Y拟以增资扩股方式引入战略投资者A、B,合计增资N:
     * the subsidiary is funded, the sum of the investors is the round */
    one_deal("青禾股份6月3日晚间公告,公司控股子公司青禾储能拟以增资扩股方式引入战略投资者"
             "鹭岭资本、海燕基金,合计增资6亿元。",
             "funding", "青禾储能", 6e8, (const char *const[]){"鹭岭资本", "海燕基金", NULL});
    /* a merger by share swap, its supporting issue raised by the buyer
     * (同时拟…募集配套资金), its price in the next sentence (交易作价), and
     * the bought company's delisting after it, which calls nothing off; an
     * earlier purchase by 公司 is the same buyer's */
    json_t *d = deals_of(
        "6月8日晚间,青屿微电子发布重组预案称,公司拟通过向澜芯科技全体股东发行A股股票的方式"
        "换股吸收合并澜芯科技,同时拟向特定投资者发行股份募集配套资金,募集资金总额不超过10亿元。"
        "本次吸收合并的交易作价约为80亿元。本次合并完成后,澜芯科技将终止上市。"
        "2024年5月,公司曾以3亿元现金收购射频芯片厂商鹭芯半导体100%股权。",
        "2026-06-10");
    assert_int_equal(json_array_size(d), 3);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "acquisition");
    assert_string_equal(target(x), "澜芯科技");
    assert_string_equal(s(inv(x, 0), "text"), "青屿微电子");
    assert_true(amount(x) == 8e9);
    x = json_array_get(d, 1);
    assert_string_equal(s(x, "type"), "funding");
    assert_string_equal(target(x), "青屿微电子");
    x = json_array_get(d, 2);
    assert_string_equal(target(x), "鹭芯半导体");
    assert_string_equal(s(inv(x, 0), "text"), "青屿微电子");
    assert_string_equal(s(x, "date"), "2024-05");
    json_decref(d);
    /* (S)将所持控股子公司X(N%的股权)转让给Y */
    one_deal("青禾食品公告,公司拟将所持控股子公司澜湾物流60%的股权转让给鹭岭集团,交易对价为3亿元。",
             "acquisition", "澜湾物流", 3e8, (const char *const[]){"鹭岭集团", NULL});
    /* a flash's bracketed head names the buyer */
    one_deal("【青禾医药:拟1.2亿元受让澜湾生物30%股权】财联社6月9日电,青禾医药公告,"
             "公司拟以自有资金1.2亿元受让澜湾生物原股东持有的30%股权。",
             "acquisition", "澜湾生物", 1.2e8, (const char *const[]){"青禾医药", NULL});
    /* a descriptor and a name that plans (设备商X正考虑…首次公开募股) */
    d = deals_of(
        "据知情人士透露,激光雷达设备商青屿光电正考虑在香港进行首次公开募股,募资规模约3亿美元。",
        "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "ipo");
    assert_string_equal(target(x), "青屿光电");
    assert_string_equal(s(x, "status"), "rumored");
    json_decref(d);
    /* X获A、B增资N: the company that receives a capital increase */
    one_deal("青禾储能获鹭岭资本、海燕基金增资6亿元。", "funding", "青禾储能", 6e8,
             (const char *const[]){"鹭岭资本", "海燕基金", NULL});
    /* a Latin name of several capitalized words (no corporate word last) */
    one_deal("移动机器人公司Tidal Motion完成3000万美元A轮融资,鹭岭资本领投。", "funding",
             "Tidal Motion", 3e7, (const char *const[]){"鹭岭资本", NULL});
    /* a fund set up and raising, and a plant built, are no deals */
    d = deals_of("此外,当地组建的青屿产业基金计划募集50亿元。\n"
                 "今年1月,澜湾能源宣布将投资80亿元建设年产20GWh的电池基地。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
}

/* One deal of the sentence: its type, status, target, first investor's
 * text (NULL: none), amount (-1: none) and round (NULL: none). */
static void deal_is(json_t *x, const char *type, const char *status, const char *tgt,
                    const char *inv0, double amt, const char *rnd)
{
    assert_non_null(x);
    assert_string_equal(s(x, "type"), type);
    assert_string_equal(s(x, "status"), status);
    assert_string_equal(target(x), tgt);
    if (inv0)
        assert_string_equal(s(inv(x, 0), "text"), inv0);
    else
        assert_int_equal(json_array_size(json_object_get(x, "investors")), 0);
    if (amt < 0)
        assert_true(json_is_null(json_object_get(x, "amount")));
    else
        assert_true(amount(x) == amt);
    if (rnd)
        assert_string_equal(s(x, "round"), rnd);
    else
        assert_true(json_is_null(json_object_get(x, "round")));
}

static void prices_stakes_funds_and_latin_names(void **state)
{
    (void)state;
    /* 合同金额约N opens the sentence after the contract: that contract's
     * price; a buyer's Latin name of two words stays whole */
    json_t *d = deals_of("3月2日,华澜储能与ACWA Power签署储能系统供货合同,将为其提供1GWh电池系统。"
                         "合同金额约1.2亿美元。",
                         "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "completed", "华澜储能", "ACWA Power", 1.2e8, NULL);
    assert_string_equal(s(json_array_get(d, 0), "date"), "2026-03-02");
    json_decref(d);
    d = deals_of("澄川机器人被Nordic Motion Group收购。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "澄川机器人", "Nordic Motion Group",
            -1, NULL);
    json_decref(d);
    /* 创投 is a firm's word: 华新创投 is not 新创 (a startup) + 投 */
    d = deals_of("青禾医疗完成2亿元B轮融资,由元禾原点领投,华新创投跟投。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 2);
    assert_string_equal(s(inv(json_array_get(d, 0), 1), "text"), "华新创投");
    json_decref(d);
    /* the latest round after a count of rounds is dated by its sentence */
    d = deals_of("上市前,云栖半导体共完成5轮外部融资。最近一轮为2024年8月完成的C轮融资,"
                 "由中金资本领投,华登国际等机构跟投,融资金额6亿元。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "completed", "云栖半导体", "中金资本", 6e8, "c");
    assert_string_equal(s(json_array_get(d, 0), "date"), "2024-08");
    json_decref(d);
    /* 以N取得Y 60%股权 buys Y */
    d = deals_of("星海科技今日公告,以2.4亿元取得蓝鲸数据60%股权。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "蓝鲸数据", "星海科技", 2.4e8, NULL);
    json_decref(d);
    /* a fund's closing is money from its LPs, no deal */
    d = deals_of("红岭资本宣布完成第二期人民币基金的最终关账,募资总额20亿元。", "2026-06-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* what people familiar with it say is a rumor */
    d = deals_of("本报从知情人士处了解到,云图智能正在进行新一轮约2亿美元融资。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "status"), "rumored");
    json_decref(d);
    /* 策略投資 is Taiwan's 战略投资 */
    d = deals_of("綠能科技宣布獲得台達電新台幣2億元的策略投資。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "綠能科技", "台達電", 2e8, "strategic");
    json_decref(d);
    /* a review of foreign investment is no investment */
    d = deals_of("去年,拓远科技以3亿元收购蓝舟软件。该收购已获得外国投资委员会的外商投资审查批准。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "completed", "蓝舟软件", "拓远科技", 3e8, NULL);
    json_decref(d);
}

/* A roundup's table typed as text, cells between bars: one deal a row,
 * read by the header's columns; the investor cell a list of names. */
static void tables_typed_with_bars(void **state)
{
    (void)state;
    json_t *d =
        deals_of("本周融资一览\n"
                 "公司｜赛道｜轮次｜金额｜投资方｜披露日\n"
                 "澄明光电｜激光雷达｜B轮｜3亿元｜红杉中国领投,美团、北汽产投跟投｜5月6日\n"
                 "云帆数智｜工业软件｜A轮｜8000万元｜高瓴、IDG资本联合领投｜5月7日\n"
                 "禾川生物｜合成生物｜天使轮｜2000万元｜奇绩创坛、青鹭资本(老股东)｜5月8日\n"
                 "标的｜事件｜金额｜买方/交易所｜日期\n"
                 "云岭数据｜被全资收购｜2.6亿元｜金山办公｜5月9日\n",
                 "2026-05-11");
    assert_int_equal(json_array_size(d), 4);
    json_t *x = json_array_get(d, 0);
    deal_is(x, "funding", "announced", "澄明光电", "红杉中国", 3e8, "b");
    assert_string_equal(s(x, "date"), "2026-05-06");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead")));
    assert_string_equal(s(inv(x, 1), "text"), "美团"); /* the list 跟投 marks */
    assert_true(json_is_false(json_object_get(inv(x, 1), "lead")));
    assert_true(json_is_false(json_object_get(inv(x, 2), "lead")));
    x = json_array_get(d, 1);
    deal_is(x, "funding", "announced", "云帆数智", "高瓴", 8e7, "a");
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead"))); /* 联合领投 marks both */
    assert_true(json_is_true(json_object_get(inv(x, 1), "lead")));
    x = json_array_get(d, 2);
    deal_is(x, "funding", "announced", "禾川生物", "奇绩创坛", 2e7, "angel");
    assert_string_equal(s(inv(x, 1), "text"), "青鹭资本"); /* the cell's piece, no remark */
    x = json_array_get(d, 3);
    deal_is(x, "acquisition", "announced", "云岭数据", "金山办公", 2.6e8, NULL);
    assert_string_equal(s(x, "date"), "2026-05-09");
    json_decref(d);
    /* a guidance fund adding to its capital is no deal */
    d = deals_of("杭州市天使投资引导基金新增出资10亿元,重点投向人工智能早期项目。", "2026-05-11");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
}

/* A product's maker, a headline's mention of a round, an offer's
 * cornerstone investors and the public's margin demand. */
static void makers_headlines_and_cornerstones(void **state)
{
    (void)state;
    json_t *d = deals_of("澄思智能寻求新融资\n"
                         "AI应用「云语」的开发商澄思智能正在进行新一轮融资,计划募集约1亿美元。"
                         "本轮由红杉中国领投,腾讯有意跟投。",
                         "2026-06-18");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    deal_is(x, "funding", "planned", "澄思智能", "红杉中国", 1e8, NULL);
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 2);
    json_decref(d);
    d = deals_of("瀚川机器人今日起招股,集资最多10亿港元。基石投资者方面,公司引入2名基石投资者。"
                 "其中,HHLR Advisors认购3,000万美元,晨光资本认购1,000万美元。"
                 "截至今日中午,瀚川机器人已录得约3.2亿港元孖展认购。",
                 "2026-06-17");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "ipo");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 2);
    assert_string_equal(s(inv(x, 0), "text"), "HHLR Advisors");
    assert_true(inv_amount(x, 0) == 3e7);
    assert_string_equal(s(inv(x, 1), "text"), "晨光资本");
    assert_true(inv_amount(x, 1) == 1e7);
    json_decref(d);
    /* 取得(an industry word + 新创)Y N%股权 buys Y, whatever round came before */
    d = deals_of("绿禾材料日前获得之初创投新台币3,000万元种子轮投资。\n"
                 "昱达电子18日公告,董事会通过以新台币4.8亿元取得无人机新创翼帆科技51%股权。",
                 "2026-06-20");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 0), "funding", "announced", "绿禾材料", "之初创投", 3e7, "seed");
    deal_is(json_array_get(d, 1), "acquisition", "announced", "翼帆科技", "昱达电子", 4.8e8, NULL);
    json_decref(d);
}

/* A notice's price line, a stake told with 约, the sellers of the shares,
 * and 京东方面 (JD's side, not BOE). */
static void notices_stakes_and_sellers(void **state)
{
    (void)state;
    json_t *d = deals_of("江城数智科技股份有限公司关于中标中国联通算力中心集中采购项目的公告\n"
                         "证券代码:688000 证券简称:江城数智\n"
                         "本公司董事会保证本公告内容不存在任何虚假记载。\n"
                         "重要内容提示:\n"
                         "● 中标项目名称:中国联通2026年算力中心集中采购项目\n"
                         "● 中标金额:12,500.00万元(含税)\n",
                         "2026-09-24");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "江城数智科技股份有限公司", "中国联通",
            1.25e8, NULL);
    json_decref(d);
    d = deals_of("美团已于本月初完成对冷链物流科技公司霜途科技约30%股权的收购。"
                 "此次交易以老股转让为主,出让方包括霜途的早期投资方经纬创投和峰瑞资本。"
                 "对于上述消息,京东方面未予回应。",
                 "2026-09-24");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    deal_is(x, "acquisition", "announced", "霜途科技", "美团", -1, NULL);
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 1);
    json_decref(d);
}

/* A roundup's sections: a heading that names the bought company before the
 * buyer, 该公司 as the company the paragraph spoke of last, and a count of
 * a fund's deals. */
static void sections_said_company_and_counts(void **state)
{
    (void)state;
    json_t *d =
        deals_of("云杉医疗完成新台币2亿元B轮募资,由中华开发资本领投。\n"
                 "绿衡科技:台达电以新台币8.6亿元全资收购\n"
                 "台达电董事会通过以新台币8.6亿元取得绿衡科技100%股权。绿衡科技成立于2019年,"
                 "提供碳管理软件;该公司曾于2024年完成新台币6,000万元Pre-A轮募资。\n"
                 "国发基金今年以来已核准投资新创案件逾60件,投资金额超过新台币50亿元。",
                 "2026-09-26");
    assert_int_equal(json_array_size(d), 3);
    deal_is(json_array_get(d, 1), "acquisition", "announced", "绿衡科技", "台达电", 8.6e8, NULL);
    json_t *x = json_array_get(d, 2);
    assert_string_equal(target(x), "绿衡科技");
    assert_true(amount(x) == 6e7);
    json_decref(d);
}

/* Headlines and roundups of a Taiwan week, Hong Kong offers, talks. */
static void headings_offers_and_talks(void **state)
{
    (void)state;
    /* a heading's category before a bar is no deal word; a quoted name
     * after its descriptor is the object; where a founder worked is no
     * party; 投资 before the rest of a list that 跟投 ends is a firm's */
    json_t *d =
        deals_of("一、AI晶片|芯澄科技完成1,500万美元A轮募资\n"
                 "芯澄科技13日宣布完成1,500万美元A轮募资,由国发基金领投,台岭投资、华登国际跟投。\n"
                 "芯澄科技成立于2023年,创办人曾任联发科AI处理器部门资深处长,"
                 "去年才完成新台币2亿元种子轮募资。\n"
                 "五、并购|Sea收购电商SaaS新创店小帮\n"
                 "新加坡科技集团Sea16日宣布,已完成收购台湾电商SaaS新创「店小帮」,交易金额未揭露。",
                 "2026-10-17");
    assert_int_equal(json_array_size(d), 3);
    json_t *x = json_array_get(d, 0);
    deal_is(x, "funding", "announced", "芯澄科技", "国发基金", 1.5e7, "a");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    assert_string_equal(s(inv(x, 1), "text"), "台岭投资");
    x = json_array_get(d, 1);
    assert_string_equal(s(x, "type"), "acquisition");
    assert_string_equal(target(x), "店小帮");
    assert_string_equal(s(inv(x, 0), "text"), "Sea");
    x = json_array_get(d, 2);
    assert_string_equal(target(x), "芯澄科技");
    assert_true(amount(x) == 2e8);
    json_decref(d);
    /* an offer's cornerstones told paragraphs after the offer */
    d = deals_of("瀚川机器人今日起招股,集资最多10亿港元。\n"
                 "公司此次全球发售8000万股H股,其中香港公开发售占10%。\n"
                 "中金公司为本次发行的独家保荐人。\n"
                 "基石投资者方面,晨光资本与泰康人寿合计认购3000万美元的发售股份,"
                 "其中晨光资本认购2000万美元,泰康人寿认购1000万美元。",
                 "2026-10-16");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "ipo");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 2);
    json_decref(d);
    /* talks that people familiar with them speak of: a rumor; a majority
     * stake is no part of the name; the headline's bar is no name's */
    d = deals_of("独家丨腾讯洽谈收购星澜互娱多数股权\n"
                 "本刊独家获悉,腾讯正在与上海游戏开发商星澜互娱洽谈收购后者多数股权。"
                 "多位知情人士称,此次交易对星澜互娱的整体估值约4亿美元。",
                 "2026-10-16");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    deal_is(x, "acquisition", "rumored", "星澜互娱", "腾讯", -1, NULL);
    json_decref(d);
}

/* constructions of two ordinary weeks (2026-09-07, 2026-11-16), on
 * sentences written here; each block checks one rule */
static void clauses_parts_and_calls_off(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK a clause whose own company completes its own round is a deal of
     * its own, not money for the deal of the clause before */
    d = deals_of("小米战略入股一家电池材料企业,深瞳云图完成3亿元B轮融资。", "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "深瞳云图", NULL, 3e8, "b");
    json_decref(d);
    /* BLOCK a deal called off that names its own object calls off that one */
    d = deals_of("鹭岭电子拟以现金4.2亿元收购苏州青屿微电子60%股权。"
                 "同日,鹭岭电子宣布终止筹划收购无锡澄芯半导体的重组事项。",
                 "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "苏州青屿微电子", "鹭岭电子", 4.2e8,
            NULL);
    json_decref(d);
    /* BLOCK a company spending on a project of its own is no round */
    d = deals_of("星野智能公告,公司拟投资20亿元,在苏州建设新一代电池生产基地。", "2026-09-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK shares after 其中, one in yen with its conversion: the round's
     * total stays */
    d = deals_of("织影科技宣布完成2000万美元A轮融资,由白鹭创投领投。"
                 "其中,白鹭创投出资1200万美元,海棠资本投资10亿日元(约合700万美元)。",
                 "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    deal_is(x, "funding", "announced", "织影科技", "白鹭创投", 2e7, "a");
    assert_true(inv_amount(x, 0) == 1.2e7);
    json_decref(d);
    /* BLOCK what a round seeks after its first close is not what it raised */
    d = deals_of("晶衡科技宣布完成B轮首次交割,金额5亿日元,由白鹭创投领投。"
                 "晶衡科技表示,B轮目标募资总额为3亿元人民币。",
                 "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 5e8);
    json_decref(d);
    /* BLOCK a listing hearing passed, a listing approved: IPOs; oversubscribed
     * demand is none */
    d = deals_of("仓储机器人企业极衡物流昨日通过港交所上市聆讯,初步计划集资约1亿美元。",
                 "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "ipo");
    json_decref(d);
    d = deals_of("液冷模组厂热衡科技昨日通过上市审议,预计募资约25亿元。", "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "ipo");
    json_decref(d);
    d = deals_of("云岫药业暂录得约2亿港元孖展认购,超额认购约0.9倍。", "2026-09-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK ,于2022年被Y收购: the name before the comma is bought */
    d = deals_of("他此前创办的软件公司澄云数据,于2022年被腾讯收购,金额未披露。", "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "completed", "澄云数据", "腾讯", -1, NULL);
    json_decref(d);
    /* BLOCK M&A as an activity is no deal; 收购,后者… is no time after it */
    d = deals_of("星野智能并不是第一家在海外做并购的国产机器人企业。"
                 "这也并非鹭岭精工首次通过并购拓展业务。",
                 "2026-09-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("德国初创公司Feldmark被国内同行星野智能收购,后者借此进入欧洲市场。", "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "Feldmark", "星野智能", -1, NULL);
    json_decref(d);
    /* BLOCK an issue to specific investors is a round of the issuer; a fiscal
     * year names the plan, not when */
    d = deals_of("鹭岭精密披露了2026年度向特定对象发行A股股票预案,募集资金总额不超过8亿元。",
                 "2026-11-17");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "funding");
    assert_string_equal(target(x), "鹭岭精密");
    assert_string_equal(s(x, "date"), "2026-11-17");
    json_decref(d);
    /* BLOCK another company's IPO withdrawn leaves the article's */
    d = deals_of("澜拓半导体拟在科创板上市,拟募集资金12.6亿元。"
                 "同日,拟在科创板上市的江澄光电已撤回上市申请,其审核状态变更为终止。",
                 "2026-11-19");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "澜拓半导体");
    json_decref(d);
    /* BLOCK a rumor a company answers is none; 纯属臆测 denies */
    d = deals_of("此前有自媒体称星禾咖啡完成2亿元融资。对此,星禾咖啡回应称消息不实。",
                 "2026-09-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("市场传出好市集将被乐天以约30亿元收购,好市集发布声明表示纯属市场臆测。",
                 "2026-09-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK an acquisition's parts (what each seller gets) are no deals, and
     * the sellers (向A支付, A持有的) no parties */
    d = deals_of(
        "澄域科技拟以现金收购白鹭控股、海棠资本合计持有的青屿科技70%股权,"
        "交易对价为2100万美元。其中,向白鹭控股支付1500万美元,收购其持有的青屿科技50%股权。",
        "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    deal_is(x, "acquisition", "planned", "青屿科技", "澄域科技", 2.1e7, NULL);
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 1);
    json_decref(d);
    /* BLOCK an increase's total (增资总额) is the round's money */
    d = deals_of("星河材料完成新一轮增资,本次增资总额为6亿元,由白鹭基金和海棠资本共同认缴。",
                 "2026-11-20");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 6e8);
    json_decref(d);
    /* BLOCK a past round dated years before the one told is another deal,
     * though that one has no amount */
    d = deals_of("星河材料于2026年11月完成新一轮增资,白鹭创投领投。"
                 "2024年5月,公司曾完成由海棠资本领投的2亿元B轮融资。",
                 "2027-03-20");
    assert_int_equal(json_array_size(d), 2);
    json_decref(d);
    /* BLOCK 同日 after an undated news deal: the publish day */
    d = deals_of("鹭岭精密拟以2亿元收购青屿传感60%股权。"
                 "同日,鹭岭精密还披露了向特定对象发行股票预案,拟募集资金不超过8亿元。",
                 "2026-11-17");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "date"), "2026-11-17");
    json_decref(d);
    /* BLOCK a long descriptor between 收购了 and the bought company */
    d = deals_of(
        "博远科技以900万欧元收购了德国慕尼黑割草机器人软件公司Ström Analytics GmbH的全部股权。",
        "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "Ström Analytics GmbH", "博远科技",
            9e6, NULL);
    json_decref(d);
}

/* constructions of the weeks of 2026-08-03 and 2026-10-12, on sentences
 * written here; each block checks one rule */
static void typed_lists_offers_and_filings(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK a list item typed as cells (company|round|amount) with its
     * investors on the next line; a role in brackets, a share after a name */
    d = deals_of("1. 青岚动力|B轮|2.8亿元\n"
                 "投资方:白鹭创投(领投),海棠资本领投1.5亿元,云杉资本追投\n"
                 "简介:协作机器人研发商。\n",
                 "2026-10-18");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    deal_is(x, "funding", "announced", "青岚动力", "白鹭创投", 2.8e8, "b");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    assert_true(json_is_true(json_object_get(inv(x, 0), "lead")));
    assert_true(inv_amount(x, 1) == 1.5e8);
    assert_string_equal(s(inv(x, 2), "text"), "云杉资本");
    json_decref(d);
    /* BLOCK ... but a category before one bar is no such item (read as one, the
     * category came out as the company, as on page 237) */
    d = deals_of("一、AI芯片|芯岚科技完成1500万美元A轮融资,由白鹭创投领投。", "2026-10-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "芯岚科技");
    json_decref(d);
    /* BLOCK X以N认购其新增注册资本: 其 is the company just told */
    d = deals_of("绿岭储能获三井物产战略投资50亿日元。三井物产以50亿日元认购其新增注册资本。",
                 "2026-10-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "绿岭储能");
    json_decref(d);
    /* BLOCK a filing told as news is an IPO, though it names no amount; an
     * application withdrawn is none */
    d = deals_of("10月16日,创新药企业瑞岭生物向港交所主板递交上市申请。", "2026-10-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "ipo");
    json_decref(d);
    d = deals_of("北辰航科公告,公司已向上交所申请撤回首次公开发行股票并在科创板上市的申请文件,"
                 "公司此前拟募资16.8亿元。",
                 "2026-10-18");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK an acquisition's supporting issue is raised by the buyer; 总额
     * after 募集配套资金 is its size */
    d = deals_of("鹭岭工贸公告,公司拟以11亿元收购青屿光学75%股权。"
                 "同时,公司拟向不超过35名特定对象发行股份募集配套资金,总额不超过8亿元。",
                 "2026-10-12");
    assert_int_equal(json_array_size(d), 2);
    x = json_array_get(d, 1);
    assert_string_equal(target(x), "鹭岭工贸");
    assert_true(json_number_value(json_object_get(json_object_get(x, "amount"), "max")) == 8e8);
    json_decref(d);
    /* BLOCK a rumor that circulated, answered by its company, is none */
    d = deals_of("今年5月,市场上曾流传字节跳动有意以约10亿美元收购知岭科技的消息。"
                 "知岭科技创始人随后回应称消息不实。",
                 "2026-08-05");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a fund set up under an agreement is no contract's price; a
     * fund's budget raised is no round */
    d = deals_of("青岚半导体还与合肥产投签署合作协议,双方将共同发起设立规模10亿元的产业链基金。",
                 "2026-08-05");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("国发基金日前宣布,将再加码100亿元扩大天使投资方案。", "2026-08-08");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK 对…制造商 Radwerk GmbH的全资收购: a space before the Latin name */
    d = deals_of("当地时间8月6日,深圳极岭科技有限公司宣布,已完成对德国电动自行车制造商 Radwerk "
                 "GmbH 的全资收购,交易金额约2800万欧元。",
                 "2026-08-07");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "Radwerk GmbH");
    json_decref(d);
}

static void earlier_orders_of_the_company(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK 公司还签下Y…订单 after a contract was told: another order, which
     * the company supplies and Y buys */
    d = deals_of("澜岳机器人中标中国移动2.6亿元巡检项目。去年8月,"
                 "公司还签下中国联通一笔约4000万元的运维订单。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 1), "contract", "completed", "澜岳机器人", "中国联通", 4e7, NULL);
    json_decref(d);
    /* BLOCK X签下Y…订单: X wins the order */
    d = deals_of("本月初,澜岳机器人签下中国联通一笔约4000万元的运维订单。", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "澜岳机器人", "中国联通", 4e7, NULL);
    json_decref(d);
    /* BLOCK an earlier tender won, its price in the next clause; the tenderer's
     * 数据中心 project is no source of data, and 中标 no part of its name */
    d = deals_of(
        "澜岳机器人中标中国移动2.6亿元巡检项目。此前,公司曾于去年8月中标中国电信股份有限公司"
        "数据中心运维服务项目,中标金额为3,200.00万元。",
        "2026-06-10");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 1), "contract", "completed", "澜岳机器人", "中国电信股份有限公司",
            3.2e7, NULL);
    json_decref(d);
    /* BLOCK X中标Y集采: X wins Y's tender (read as the tenderer, the winner
     * left the contract to the company of the deal before, as on page 128) */
    d = deals_of("鸿泰股份拟3亿元收购云岚光电60%股权;朗锐电子中标中国联通集采,中标金额约2.1亿元。",
                 "2026-09-15");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 1), "contract", "announced", "朗锐电子", "中国联通", 2.1e8, NULL);
    json_decref(d);
    /* BLOCK the company's earlier orders, told with 公司 as the subject: a
     * tender of a group's unit (中标Y集团旗下某项目), a contract signed with
     * Y after a time (公司于去年9月与Y签订…合同); the tenderer and the one
     * who has not yet signed (尚未与招标人签订) are named by role, no name */
    d = deals_of(
        "岭川储能6月9日晚间公告,公司中标华电新能源的储能系统采购项目,中标金额约2.4亿元。"
        "今年2月,公司曾中标中国大唐集团旗下某共享储能电站的储能系统采购,中标金额约1.6亿元。"
        "此外,公司于去年9月与中国能建签订了金额为8,600万元的储能EPC分包合同。截至目前,"
        "公司尚未与招标人签订正式合同。",
        "2026-06-10");
    assert_int_equal(json_array_size(d), 3);
    deal_is(json_array_get(d, 1), "contract", "completed", "岭川储能", "中国大唐集团", 1.6e8, NULL);
    deal_is(json_array_get(d, 2), "contract", "completed", "岭川储能", "中国能建", 8.6e7, NULL);
    json_decref(d);
    /* BLOCK an earlier contract after a time of its own and with a price of
     * its own, its buyer described, not named (与意大利一家能源企业签订) */
    d = deals_of(
        "岭川储能5月7日晚间公告,公司与西班牙能源开发商Solvera Energía S.L.签署储能系统供货"
        "合同,合同金额约1.5亿欧元。这是公司今年在欧洲的第二笔大额订单。今年2月,公司与意大利"
        "一家能源企业签订了约6800万欧元的储能系统合同。",
        "2025-05-08");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 1), "contract", "completed", "岭川储能", NULL, 6.8e7, NULL);
    json_decref(d);
}

static void issues_tenders_and_teams(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK 公司拟向包括Y在内的…发行股票: the announcer issues, Y subscribes;
     * 其中,Y拟以现金方式认购N is Y's share; a year's sales to a customer
     * (2025年X向Y销售金额为N) is no contract */
    d = deals_of(
        "岚钼材料(688123)6月15日晚间披露定增预案,公司拟向包括宁德时代在内的不超过35名特定对象"
        "发行股票,募集资金总额不超过20亿元。其中,宁德时代拟以现金方式认购不超过8亿元。"
        "2025年岚钼材料向宁德时代销售金额为15.2亿元,占公司当年营业收入的38%。",
        "2026-06-16");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "funding");
    assert_string_equal(s(x, "status"), "planned");
    assert_string_equal(target(x), "岚钼材料");
    assert_string_equal(s(inv(x, 0), "text"), "宁德时代");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 1);
    assert_true(json_number_value(json_object_get(json_object_get(x, "amount"), "max")) == 2e9);
    assert_string_equal(s(json_object_get(inv(x, 0), "amount"), "text"), "不超过8亿元");
    json_decref(d);
    /* BLOCK an investor named by the round it joined (天使轮投资方X) is no
     * round of its own */
    d = deals_of("禾川科技已于上周五完成5000万元Pre-A轮融资。本轮由深创投领投,"
                 "天使轮投资方奇绩创坛跟投。",
                 "2026-06-18");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "禾川科技", "深创投", 5e7, "pre-a");
    json_decref(d);
    /* BLOCK a tenderer named by its own tender (X…框架采购项目中标候选人公示期满),
     * its ceiling (最高投标限价) no price, and a contract with another buyer
     * another contract */
    d = deals_of(
        "6月17日,中国电信2026年度第二批储能系统框架采购项目中标候选人公示期满,钧岳储能成功中标"
        "标段二,中标金额约5.2亿元。本次采购最高投标限价合计约30亿元。"
        "6月18日,钧岳储能与ACWA Power签署储能系统供货协议。根据协议,"
        "钧岳储能将为ACWA Power提供储能系统,合同金额为1.5亿美元。",
        "2026-06-19");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 0), "contract", "announced", "钧岳储能", "中国电信", 5.2e8, NULL);
    deal_is(json_array_get(d, 1), "contract", "announced", "钧岳储能", "ACWA Power", 1.5e8, NULL);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    json_decref(d);
    /* BLOCK where the team came from (核心团队主要来自X与Y) names no party;
     * the round's subject is the company the clause opened with */
    d = deals_of(
        "晶岚半导体成立于2021年,核心团队主要来自联发科与瑞昱,去年曾完成1200万美元A轮融资。",
        "2026-06-19");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "completed", "晶岚半导体", NULL, 1.2e7, "a");
    json_decref(d);
    /* BLOCK a board's decision dated in Taiwan's way */
    d = deals_of("遠東新世紀董事會昨(18)日通過,將以新台幣4.8億元取得綠圈循環60%股權。",
                 "2026-06-19");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    deal_is(x, "acquisition", "planned", "綠圈循環", "遠東新世紀", 4.8e8, NULL);
    assert_string_equal(s(x, "date"), "2026-06-18");
    json_decref(d);
}

static void spacing_filings_and_earlier_years(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK a round typeset with spaces (2025 年 3 月, A+ 轮, 领投的 8000 万美元)
     * is an earlier round of its own, though the news deal has no date yet */
    d = deals_of("桐岭科技正在进行新一轮约 2 亿美元的融资,腾讯有望领投。2025 年 3 月,桐岭科技完成由"
                 "红杉中国领投的 8000 万美元 A+ 轮融资。",
                 "2026-04-23");
    assert_int_equal(json_array_size(d), 2);
    x = json_array_get(d, 1);
    deal_is(x, "funding", "completed", "桐岭科技", "红杉中国", 8e7, "a+");
    assert_string_equal(s(x, "date"), "2025-03");
    json_decref(d);
    /* BLOCK talks of another kind called off (…讨论全资收购的可能,但谈判最终
     * 终止) leave the round just told be */
    d = deals_of("霁川科技宣布完成5亿元B轮融资,由高瓴领投。2024年底,小米曾与霁川科技接触,"
                 "讨论全资收购的可能,但谈判最终终止。",
                 "2026-04-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "霁川科技", "高瓴", 5e8, "b");
    json_decref(d);
    /* BLOCK 本公司 in a filing is its filer; the use of proceeds (拟用于海外
     * 收购) is neither a deal nor a plan */
    d = deals_of("岚川数据控股有限公司公告。本公司于2025年6月完成全球发售并于联交所主板上市,"
                 "所得款项净额约为9.8亿港元,其中约2亿港元拟用于海外收购。",
                 "2026-04-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "completed", "岚川数据控股有限公司", NULL, 9.8e8, "ipo");
    json_decref(d);
    /* BLOCK 同年取得Y的天使轮投资: the company the clause before opened with,
     * in that clause's year */
    d = deals_of("芮岭微电子成立于2024年,同年取得中经合集团的天使轮投资,但未公开金额。",
                 "2026-04-23");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    deal_is(x, "funding", "completed", "芮岭微电子", "中经合集团", -1, "angel");
    assert_string_equal(s(x, "date"), "2024");
    json_decref(d);
    /* BLOCK a rumor told with 传出, denied in the next sentence, is no deal */
    d = deals_of("市场日前传出鸿海将以约5亿元入股机器人新创栩岭科技。对此,栩岭科技回应,目前并未与"
                 "鸿海进行任何股权洽谈,相关报道纯属臆测。",
                 "2026-04-23");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a supplier with its Latin name in brackets signs with a buyer
     * named after its descriptor */
    d = deals_of(
        "国内eVTOL企业隼岭航空(Gyrfal Air)与阿联酋低空出行运营商Sahra Mobility签署采购协议,"
        "订单总金额约3亿美元。",
        "2026-04-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "隼岭航空", "Sahra Mobility", 3e8, NULL);
    json_decref(d);
    /* BLOCK a two-character company bought, after its descriptor */
    d = deals_of("美团宣布全资收购餐饮门店数字化服务商筷岭,交易金额未披露。", "2026-04-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "筷岭", "美团", -1, NULL);
    json_decref(d);
    /* BLOCK an amount a deal already has names that deal (这7亿美元), not the
     * earlier round told last */
    d = deals_of("衍岭智能完成7亿美元C轮融资,由阿里巴巴领投。再往前,2024年6月的A轮中,公司拿到了"
                 "红杉中国的投资。对于衍岭智能来说,这7亿美元买到的是时间。",
                 "2026-08-20");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 0), "funding", "announced", "衍岭智能", "阿里巴巴", 7e8, "c");
    deal_is(json_array_get(d, 1), "funding", "completed", "衍岭智能", "红杉中国", -1, "a");
    json_decref(d);
}

static void names_in_brackets_and_subscribers(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK a two-character company with its Latin name in brackets */
    d = deals_of("《晚点》独家获悉,AI 编程工具公司栈岭(Stackling)正在进行新一轮融资,本轮由腾讯领投,"
                 "融资金额约 1.5 亿美元。",
                 "2026-01-15");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "planned", "栈岭", "腾讯", 1.5e8, NULL);
    json_decref(d);
    /* BLOCK X(Latin name)被Y(stock code)全面收购 */
    d = deals_of(
        "冷链物流初创岭程冷链科技(Lingway Cold Chain)被嘉里物流(00636)全面收购,代价3.2亿港元。",
        "2026-01-15");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "岭程冷链科技", "嘉里物流", 3.2e8,
            NULL);
    json_decref(d);
    /* BLOCK 公司与(descriptor)Y在(place)签署…供货合同: the company sells */
    d = deals_of(
        "储能系统集成商溯岭储能宣布,当地时间1月13日,公司与沙特电力及水务开发商ACWA Power在利雅得"
        "签署储能系统供货合同,合同金额约4.2亿美元。",
        "2026-01-15");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "溯岭储能", "ACWA Power", 4.2e8, NULL);
    json_decref(d);
    /* BLOCK a plan filed (预案) is planned; its subscribers (X已与公司签署…认购
     * 协议, X管理的基金拟认购N) invest in it, no rounds of their own */
    d = deals_of(
        "5月12日晚间,锂岭新材(603299.SH)发布向特定对象发行A股股票预案,募集资金总额不超过24亿元。"
        "根据预案,宁德时代已与公司签署附条件生效的股份认购协议,认购金额不低于8亿元;"
        "高瓴资本管理的基金拟认购金额不超过5亿元。",
        "2026-05-13");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "status"), "planned");
    assert_string_equal(target(x), "锂岭新材");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 2);
    json_decref(d);
    /* BLOCK a manner weighed (考虑以收购老股的方式入局) is no acquisition */
    d = deals_of(
        "深岭智能正在进行新一轮约6亿美元的融资,阿里巴巴有望领投。阿里方面一度考虑以收购部分"
        "早期股东老股的方式入局,最终选择认购新股。",
        "2026-05-13");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK X5月15日宣布被Y全资收购 */
    d = deals_of("同城即时配送服务商驿岭物流5月15日宣布被美团全资收购,交易金额未披露。",
                 "2026-05-17");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "驿岭物流", "美团", -1, NULL);
    json_decref(d);
    /* BLOCK 募资,总金额N: the round's size */
    d = deals_of("开发手术导航系统的羽岭医疗14日宣布完成Pre-A轮募资,总金额2.4亿元,由深创投领投。",
                 "2026-01-17");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "羽岭医疗", "深创投", 2.4e8, "pre-a");
    json_decref(d);
    /* BLOCK a listed company (上市公司) lists nothing: its 定增 is a round */
    d = deals_of("1月16日晚间,创业板上市公司衡岭科技披露定增预案,拟向不超过35名特定对象发行股票,"
                 "募集资金总额不超过22亿元。",
                 "2026-01-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "funding");
    json_decref(d);
    /* BLOCK 已与Y全体股东签署…,以N收购后者: Y is bought */
    d = deals_of(
        "1月15日,元气森林证实,已与粟岭食品全体股东签署股权转让协议,以约3.6亿元收购后者100%股权。",
        "2026-01-18");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "粟岭食品", "元气森林", 3.6e8, NULL);
    json_decref(d);
}

static void words_inside_words_and_short_names(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK 拟 inside 模拟 (analog) and 虚拟 (virtual) plans nothing */
    d = deals_of("小米本周战略投资了模拟芯片设计公司芯岭微。", "2026-05-16");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "芯岭微", "小米", -1, "strategic");
    json_decref(d);
    d = deals_of("澜岭科技以2亿元收购虚拟现实公司幻岭科技。", "2026-05-16");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "幻岭科技", "澜岭科技", 2e8, NULL);
    json_decref(d);
    /* BLOCK 它 (it) opens no name: the company just told took the round */
    d = deals_of(
        "本月初,AI眼镜公司青岭智能获得了腾讯的战略投资。这是青岭在不到四个月内拿到的第二笔钱"
        "——去年底,它刚刚完成由顺为资本领投、BAI资本跟投的2亿元A轮融资。",
        "2026-03-20");
    assert_int_equal(json_array_size(d), 2);
    x = json_array_get(d, 1);
    assert_string_equal(s(json_object_get(x, "target"), "name"), "青岭智能");
    assert_true(amount(x) == 2e8);
    json_decref(d);
    /* BLOCK X成立于2019年,…,此前曾获得Y的A轮投资: the founding year dates
     * nothing, and the subject that took Y's money is the target */
    d = deals_of("驿岭物流成立于2019年,累计服务商户超过3万家,此前曾获得顺为资本的A轮投资。",
                 "2026-05-16");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    deal_is(x, "funding", "completed", "驿岭物流", "顺为资本", -1, "a");
    assert_true(json_is_null(json_object_get(x, "date")));
    json_decref(d);
    /* BLOCK Y参与了其天使轮: Y invested in the company's angel round */
    d = deals_of("5月13日,灌溉设备商澍岭农业宣布完成数千万元Pre-A轮融资,由经纬创投独家投资。"
                 "去年11月,经纬创投就参与了其天使轮。",
                 "2026-05-16");
    assert_int_equal(json_array_size(d), 2);
    x = json_array_get(d, 1);
    deal_is(x, "funding", "completed", "澍岭农业", "经纬创投", -1, "angel");
    assert_string_equal(s(x, "date"), "2025-11");
    json_decref(d);
    /* BLOCK a brand, the first two characters of 屿岭冷链科技, is the company */
    d = deals_of("屿岭冷链科技去年获得红杉中国的A轮投资。今年3月,屿岭又完成1亿元B轮融资。",
                 "2026-05-16");
    assert_int_equal(json_array_size(d), 2);
    x = json_array_get(d, 1);
    assert_string_equal(s(json_object_get(x, "target"), "name"), "屿岭冷链科技");
    assert_string_equal(s(x, "round"), "b");
    json_decref(d);
    /* BLOCK 并购买 is 并 (and) 购买 (buy); a subsidy for a kind of company
     * registered somewhere is no round */
    d = deals_of("个人消费者报废旧车并购买新能源乘用车,最高可获得2万元补贴。", "2025-12-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of(
        "对在深圳注册、首次获得天使轮或A轮股权融资的具身智能企业,按实际融资额的10%给予奖励,"
        "单家企业最高300万元。",
        "2025-12-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK where a founder posts (在LinkedIn上发文) is no company funded */
    d = deals_of(
        "新加坡零售SaaS公司Tidelane当地时间12月11日宣布完成2500万美元A轮融资,由Peak XV "
        "Partners领投。陈睿在LinkedIn上发文称:“Tidelane has raised US$25 million in Series A "
        "funding led by Peak XV.”",
        "2025-12-12");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK 这距离X的上一轮: 距离 ends no name */
    d = deals_of(
        "这距离Tidelane的上一轮融资不到两年。2024年初,Tidelane完成了由真格基金领投的500万美元"
        "种子轮融资。",
        "2025-12-12");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "completed", "Tidelane", "真格基金", 5e6, "seed");
    json_decref(d);
    /* BLOCK a filing: 「本公司」 is the filer, and what the seller sells, named
     * in apposition (出售销售股份,即X), is bought */
    d = deals_of(
        "澜岭控股有限公司(「本公司」)董事会欣然宣布,于2026年9月3日(交易时段后),买方(本公司之"
        "间接全资附属公司)与卖方订立买卖协议,据此,买方同意收购,而卖方同意出售销售股份,即鸿岭"
        "科技有限公司(「目标公司」)全部已发行股本,代价为1.2亿港元。",
        "2026-09-04");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "acquisition");
    assert_string_equal(target(x), "鸿岭科技有限公司");
    assert_string_equal(s(inv(x, 0), "name"), "澜岭控股有限公司");
    json_decref(d);
    /* BLOCK 公司拟向包括控股股东Y在内的…特定对象发行股票: Y subscribes */
    d = deals_of("晟岭光电公告,公司拟向包括控股股东晟岭控股在内的不超过35名特定对象发行股票,"
                 "募集资金总额不超过18亿元。",
                 "2025-12-12");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(x, "status"), "planned");
    assert_string_equal(target(x), "晟岭光电");
    assert_string_equal(s(inv(x, 0), "text"), "晟岭控股");
    json_decref(d);
    /* BLOCK 由A领投,B、C跟投: B follows too, whatever comes after, and is no
     * target of an earlier round told without its company */
    d = deals_of("曜岭医疗今日起招股,拟在港交所主板上市。公司在上市前共完成六轮融资,其中最近一轮为"
                 "2025年11月完成的3.8亿元Pre-IPO轮融资,由礼来亚洲基金领投,国投创新、元禾控股跟投,"
                 "该轮融资完成后公司投后估值达52亿元。",
                 "2026-10-21");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(s(json_object_get(x, "target"), "name"), "曜岭医疗");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    json_decref(d);
}

static void sources_sellers_and_filings(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK 据X方面透露,公司…获得Y投资: the source speaks of itself */
    d = deals_of(
        "骏岭光电拟定增募资不超过12亿元。此前,骏岭光电终止收购福州闽岭光电科技有限公司(下称"
        "“闽岭光电”)。就在重组终止前后,闽岭光电已经找到了新的资本支持。据闽岭光电方面透露,"
        "公司已于本月初获得福建省电子信息集团2亿元战略投资。",
        "2026-10-22");
    assert_int_equal(json_array_size(d), 2);
    x = json_array_get(d, 1);
    assert_string_equal(s(json_object_get(x, "target"), "name"), "闽岭光电");
    assert_true(amount(x) == 2e8);
    json_decref(d);
    /* BLOCK a field's deals as a whole (光通信并购里并不少见) are no deal */
    d = deals_of("骏岭光电拟以8亿元收购澜岭光学100%股权。一位投行人士表示,这种分歧在今年的光通信"
                 "并购里并不少见。",
                 "2026-10-22");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK 由(…投资机构)X Group领投: X leads; the descriptor invests in none */
    d = deals_of("Voxera沃岭科技完成15亿日元A轮融资。本轮融资由日本老牌风险投资机构JAFCO Group领投,"
                 "SBI Investment与蓝驰创投跟投。",
                 "2026-08-25");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 3);
    json_decref(d);
    /* BLOCK X与Y签署…协议,由X…收购后者所持有的(descriptor)Z全部股权: Z is
     * bought, Y sells */
    d = deals_of("当地时间8月27日,海尔智家与意大利私募基金Alpina Capital Partners签署股权收购协议,"
                 "由海尔智家旗下全资子公司以2.75亿欧元现金收购后者所持有的意大利商用制冷设备制造商"
                 "Frigolana S.p.A.全部股权。",
                 "2026-08-28");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(target(x), "Frigolana S.p.A.");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 1);
    assert_string_equal(s(inv(x, 0), "text"), "海尔智家");
    json_decref(d);
    /* BLOCK a filing (递交招股书,拟在主板上市) is a planned IPO, money untold */
    d = deals_of(
        "8月27日,骨科植入物企业速岭医疗向港交所递交招股书,拟在主板上市,中金公司、招银国际为"
        "联席保荐人。",
        "2026-08-29");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "planned", "速岭医疗", NULL, -1, "ipo");
    json_decref(d);
    /* BLOCK a backlog (在手订单金额超过N) is no contract's money */
    d = deals_of(
        "36氪获悉,具身智能公司穹岭机器人近日完成数亿元人民币B轮融资,由红杉中国领投。据36氪了解,"
        "穹岭机器人目前已与比亚迪、立讯精密等客户签订批量订单,在手订单金额超过3亿元。",
        "2026-08-24");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK a fund described by its size (中型私募基金) is no name */
    d = deals_of("2018年,这家总部位于米兰的中型私募基金以约1.6亿欧元从创始家族手中收购了Frigolana的"
                 "多数股权。",
                 "2026-08-28");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
}

static void notices_products_and_labels(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK a notice of a contract tells it in labelled fields: the filer
     * supplies, 公司名称 under the counterparty buys, 合同总金额 is the price */
    d = deals_of("江苏宏岭电缆股份有限公司\n关于签订日常经营重大合同的公告\n重要内容提示:\n"
                 "● 合同类型及金额:海缆采购及敷设合同,合同总金额为人民币436,000,000.00元(含税)。\n"
                 "二、合同标的和对方当事人情况\n(二)合同对方当事人情况\n"
                 "1、公司名称:中广核象山海上风力发电有限公司\n3、签订日期:2026年7月2日\n",
                 "2026-07-03");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    deal_is(x, "contract", "announced", "江苏宏岭电缆股份有限公司",
            "中广核象山海上风力发电有限公司", 4.36e8, NULL);
    assert_string_equal(s(x, "date"), "2026-07-02");
    json_decref(d);
    /* BLOCK a product's kind before its Latin name (AI修图应用Nuvrex), a
     * source's label (知情人士:) and a valuation in English */
    d = deals_of(
        "知情人士:AI修图应用Nuvrex洽谈6000万美元C轮融资\n钛媒体App 9月22日消息,据彭博社援引"
        "知情人士报道,AI图像编辑应用Nuvrex正在洽谈一轮约6000万美元的C轮融资,由美国风投机构"
        "General Catalyst领投。本轮完成后,Nuvrex的估值将达到约5亿美元(a post-money valuation "
        "of around US$500 million)。",
        "2026-09-22");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "rumored", "Nuvrex", "General Catalyst", 6e7, "c");
    json_decref(d);
    /* BLOCK a board's decision dated before 董事會 (X13日董事會通過) */
    d = deals_of(
        "電信業者遠傳電信13日董事會通過,將以新台幣12.6億元取得資安新創鷺嶺資安(Lutin Security)"
        "70%股權。",
        "2026-01-16");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "鷺嶺資安", "遠傳電信", 1.26e9, NULL);
    json_decref(d);
    /* BLOCK 卡车企业X: the descriptor is 企业, not 车企 */
    d = deals_of(
        "本月初,另一家自动驾驶卡车企业朔岭智行宣布完成10亿元人民币D轮融资,由国投创合领投。",
        "2026-10-22");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "朔岭智行", "国投创合", 1e9, "d");
    json_decref(d);
}

static void roundups_funds_and_stakes(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a subject dated 周二(5月26日), an amount with a thousands comma */
    d = deals_of("本地物流科技公司港嶺智運周二(5月26日)宣布,完成1,500萬美元(約1.17億港元)A輪融資,"
                 "由維港投資(Horizons Ventures)領投。",
                 "2026-05-29");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "港嶺智運", "Horizons Ventures", 1.5e7,
            "a");
    json_decref(d);
    d = deals_of("新藥開發新創青嶺生技完成新台幣4,500萬元種子輪募資,由之初創投(AppWorks)領投。",
                 "2025-09-20");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "青嶺生技", "AppWorks", 4.5e7, "seed");
    json_decref(d);
    /* BLOCK a reported plan that the investor denies (有關消息「不屬實」) */
    d = deals_of(
        "另外,有內地媒體本周初報道指,騰訊計劃以約2億港元入股本地遊戲開發商玄嶺互動。騰訊發言人"
        "周四回應本報查詢時表示,有關消息「不屬實」。",
        "2026-05-29");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a fund set up (將設立一隻…基金,主要投資…) and a cost of equipment
     * (設備投資已可控制在N以內) are no deals */
    d = deals_of(
        "政府方面,香港投資管理有限公司(港投公司)本周宣布,將設立一隻規模10億港元的硬科技早期"
        "基金,主要投資本地大學的科研成果轉化項目,單一項目投資額介乎500萬至3,000萬港元。",
        "2026-05-29");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("以一座100MW/200MWh的独立储能电站为例,系统设备投资已可控制在9000万元以内。",
                 "2026-05-27");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a two-character brand before its stake (收购…品牌焙岭60%股权) */
    d = deals_of("本周四晚间,海尔智家宣布以约2.1亿元收购智能厨电品牌焙岭60%股权。", "2026-09-27");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "焙岭", "海尔智家", 2.1e8, NULL);
    json_decref(d);
}

static void foreign_names_offers_and_recalls(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a Japanese legal name with its Latin name and short name in one
     * bracket; the country before the short name in the heading */
    d = deals_of("岭川智造完成对日本岭森精機株式会社100%股权的收购\n"
                 "岭川智造科技股份有限公司(以下简称“岭川智造”)今日宣布,已完成对日本精密轴承制造商"
                 "岭森精機株式会社(Reimori Seiki Co., Ltd.,以下简称“岭森精机”)100%股权的收购,"
                 "交易对价约为36亿日元。",
                 "2026-03-02");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "日本岭森精機株式会社", "岭川智造",
            3.6e9, NULL);
    assert_string_equal(s(json_object_get(json_array_get(d, 0), "target"), "name"), "岭森精机");
    json_decref(d);
    /* BLOCK a chain bought after its descriptor (收购了…零售连锁Y); a
     * country before a Latin name places it (德国Lindwerk) */
    d = deals_of("今年3月,岭骑科技以约900万欧元收购了荷兰本土自行车零售连锁Fietsbaan BV。",
                 "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "completed", "Fietsbaan BV", "岭骑科技", 9e6,
            NULL);
    json_decref(d);
    d = deals_of("岭控股份拟收购德国Lindwerk 80%股权", "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "Lindwerk", "岭控股份", -1, NULL);
    json_decref(d);
    /* BLOCK a tender offer for a works' common shares, its total in a later
     * clause (公開收購…廠Y普通股…收購總金額約N) */
    d = deals_of(
        "上櫃公司岭晟材料今(3)日董事會通過,擬以每股新台幣38元,公開收購電池模組廠岭驅能源普通股,"
        "預定收購數量上限為1,800萬股,若全數應賣,收購總金額約新台幣6.84億元。",
        "2026-09-03");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "岭驅能源", "岭晟材料", 6.84e8, NULL);
    json_decref(d);
    /* BLOCK an offer to take a company private (X獲控股股東Y提出私有化建議) */
    d = deals_of("主板上市的「岭曦國際」周二(14日)公布,獲控股股東岭泰投資提出私有化建議,"
                 "註銷價每股1.25元,涉資約6.2億港元。",
                 "2026-07-18");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "岭曦國際", "岭泰投資", 6.2e8, NULL);
    json_decref(d);
    /* BLOCK bought by a descriptor's quoted name (被…零部件商「Y」收购); the
     * quoted name is whole, 和 and all */
    d = deals_of(
        "日本陶瓷部件企业岭岸精工株式会社将被国内零部件商「和岭半导体」以约12亿日元全资收购。",
        "2026-07-19");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "岭岸精工株式会社", "和岭半导体", 1.2e9,
            NULL);
    json_decref(d);
    /* BLOCK a loan for buying is no purchase of the borrower (X获Y提供的
     * 并购贷款,以收购Z): Z is bought, X buys (a guard of X获Y收购 above) */
    d = deals_of("岭华科技获招商银行提供8亿元并购贷款,以收购岭泰精密51%股权。", "2026-09-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭泰精密");
    assert_string_equal(s(inv(json_array_get(d, 0), 0), "text"), "岭华科技");
    json_decref(d);
    /* BLOCK a purchase called off, its plan recalled after (终止筹划收购X…
     * 曾于6月初披露,拟…收购X 51%股权) */
    d = deals_of(
        "岭诚股份周五晚公告,因交易双方未能就价格达成一致,决定终止筹划收购岭光科技控制权事项。"
        "岭诚股份曾于6月初披露,拟以现金方式收购岭光科技51%股权。",
        "2026-07-19");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK the investee named last (获投方是一家…公司——X); a follower of
     * 由A领投、B跟投的 round */
    d = deals_of("由礼来亚洲基金领投、元生创投跟投的1.2亿元Pre-A轮融资已于本周二完成交割,"
                 "获投方是一家基因治疗公司——上海岭源生物科技有限公司(以下简称“岭源生物”)。",
                 "2026-07-17");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "上海岭源生物科技有限公司",
            "礼来亚洲基金", 1.2e8, "pre-a");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 2);
    json_decref(d);
    /* BLOCK a denial by another company ends no deal told before it (X獲Y
     * 提私有化 … 另外,Z其後澄清,有關傳聞並不屬實) */
    d = deals_of("主板上市的「岭曦國際」周二公布,獲控股股東岭泰投資提出私有化建議,涉資約6.2億港元。"
                 "另外,市場消息指「岭盛電子」將獲一家國企收購控股權。"
                 "岭盛電子其後發公告澄清,有關傳聞並不屬實。",
                 "2026-07-18");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "岭曦國際", "岭泰投資", 6.2e8, NULL);
    json_decref(d);
    /* BLOCK a means, not a deal (透過併購布局), and a cost of construction
     * (建设投资通常在N之间) */
    d = deals_of(
        "本週AI晶片與雲端軟體等領域均傳出新一輪資金挹注,大型電子廠也持續透過併購布局新事業。",
        "2026-08-15");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("一个中型垂直起降场,建设投资通常在800万元至1500万元之间。", "2026-07-16");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a fund that sets money aside for its investing is no round
     * (國發基金將再匡列N,專款投資…新創) */
    d = deals_of("政策面,國發基金日前表示,將再匡列新台幣80億元辦理「加強投資新創事業方案」。",
                 "2026-03-21");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK an IPO's filing for a board (遞交主板上市申請); a first day of
     * trading that names no exchange (首日掛牌的X) */
    d = deals_of("內地茶飲品牌岭柏茶飲於周三(18日)向港交所遞交主板上市申請,中信里昂為獨家保薦人。",
                 "2025-06-21");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭柏茶飲", NULL, -1, "ipo");
    json_decref(d);
    d = deals_of(
        "周四(19日)首日掛牌的岭昇醫療表現亮眼。公司以每股9.6元發行5,000萬股,集資總額4.8億元。",
        "2025-06-21");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭昇醫療", NULL, 4.8e8, "ipo");
    json_decref(d);
    /* BLOCK money spent building in a place (投资约N在越南…建设生产基地) */
    d = deals_of(
        "5月19日晚间,清洁电器厂商岭界科技(02590.HK)发布2025年第一季度业绩。财报显示,"
        "报告期内公司实现营业收入21.36亿元,同比增长28.4%。\n"
        "分区域看,一季度岭界科技海外收入达10.92亿元,占总营收比重为51.1%。\n"
        "岭界科技同时透露,公司近期获得了欧洲一家家电连锁品牌的代工订单,但未披露订单金额。\n"
        "此外,公司计划投资约15亿元在越南北宁省建设第二个海外生产基地,预计2026年投产。",
        "2025-05-20");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK bought "在周三晚间被Y收购": a weekday and a time before 被 */
    d = deals_of("本週最受矚目的交易,莫過於碳纖維回收企業「岭復科技」在週三晚間被台達電收購。",
                 "2026-05-15");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "岭復科技", "台達電", -1, NULL);
    json_decref(d);
}

static void hong_kong_and_taiwan_markets(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a listing in Hong Kong weighed (X考慮最快今年第三季在港上市),
     * a rumor of the market (據市場消息) */
    d = deals_of("此外,據彭博引述知情人士報道,內地寵物食品品牌岭可寵物考慮最快今年第三季在港上市,"
                 "集資約3億美元。",
                 "2026-04-02");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "rumored", "岭可寵物", NULL, 3e8, "ipo");
    json_decref(d);
    /* BLOCK a filing told in the heading and again in the body keeps its
     * filing (遞交上市申請, 港交所 named as an organization) */
    d = deals_of(
        "岭航科技申主板上市 淡馬錫為股東\n"
        "另一邊廂,內地礦區無人駕駛方案商岭航科技昨日(1日)向港交所遞交上市申請,擬在主板上市,"
        "華泰國際為獨家保薦人。",
        "2026-04-02");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭航科技", NULL, -1, "ipo");
    json_decref(d);
    /* BLOCK a top-up placing (以先舊後新方式配售), its company by its stock
     * code (代號:1585); an over-allotment option (超額配股權) places nothing */
    d = deals_of(
        "配股方面,岭邦控股(代號:1585)昨晚公布,以先舊後新方式配售1.2億股新股,每股配售價6.35元,"
        "集資約7.62億港元。",
        "2025-12-30");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "岭邦控股", NULL, 7.62e8, NULL);
    json_decref(d);
    d = deals_of(
        "岭域智能今日起招股,集資淨額約8.6億港元。若超額配股權獲悉數行使,公司將額外發行690萬股,"
        "額外集資約1.48億港元。",
        "2026-08-27");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭域智能", NULL, 8.6e8, "ipo");
    json_decref(d);
    /* BLOCK a first day of trading (首掛的X); a sector's stock before the
     * name (醫療器械股X) */
    d = deals_of(
        "另一邊廂,昨日(29日)首掛的岭途數智(代號:9862)表現不俗。岭途數智今次全球發售4,600萬股,"
        "集資淨額約4.62億港元。",
        "2025-12-30");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭途數智", NULL, 4.62e8, "ipo");
    json_decref(d);
    /* BLOCK 台灣 before a name the article also uses bare places the
     * company (台灣岭晶智算 … 岭晶智算成立於2021年) */
    d = deals_of("台灣AI晶片新創台灣岭晶智算獲新台幣4.5億元B輪融資,由聯發科領投。岭晶智算成立於"
                 "2021年,專攻邊緣推論晶片。",
                 "2025-07-13");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "台灣岭晶智算", "聯發科", 4.5e8, "b");
    assert_string_equal(s(json_object_get(json_array_get(d, 0), "target"), "name"), "岭晶智算");
    json_decref(d);
    d = deals_of("醫療器械股岭信醫療(代號:2637)今日(30日)起招股,集資約7.6億港元。", "2025-12-30");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭信醫療", NULL, 7.6e8, "ipo");
    json_decref(d);
    /* BLOCK a weekday's day in brackets is in the weekday's month
     * (上周五(27日) on 2 April is 27 March) */
    d = deals_of(
        "至於上周五(27日)掛牌的環保設備商岭禾環境,首日收市較招股價高18%,該股早前透過上市集資約"
        "9.18億港元。",
        "2026-04-02");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "date"), "2026-03-27");
    json_decref(d);
    /* BLOCK a total since a time is no deal's money (今年以來…集資額已超過N,
     * 今年以来…融资额已超过N) */
    d = deals_of(
        "不少內地消費企業正積極籌備來港上市。據統計,今年以來港股IPO集資額已超過2,100億港元。",
        "2026-09-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("据统计,今年以来岭凯科技获得的融资额已超过10亿元。", "2026-09-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK Taiwan's spacing (21 日董事會, IC 設計公司X 51% 股權) and the
     * total a buyer pays (以…總金額約N,取得) */
    d = deals_of(
        "上櫃 LED 顯示模組廠岭彩光電 21 日董事會決議,擬以每股 38 元、總金額約新台幣 4.56 億元,"
        "取得車用顯示驅動 IC 設計公司岭洋科技 51% 股權,交易預計於第三季完成。",
        "2025-05-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "岭洋科技", "岭彩光電", 4.56e8, NULL);
    json_decref(d);
    /* BLOCK a placing of new shares (以每股N配售N股新股), its company
     * announcing after the close (收市後公布); a Hong Kong page that tells
     * one Taiwan deal counts its bare 元 in HKD */
    d = deals_of(
        "配股方面,數據中心服務商岭瀾智能(股份代號:1937)昨日(7日)收市後公布,以每股8.35元配售"
        "4,200萬股新股,集資約3.51億元。\n"
        "台灣方面,上市公司岭崴熱能擬以新台幣18億元收購同業岭鋒精密全部股權。\n"
        "本周港股新股集資額約45億港元,港交所主板共有5隻新股掛牌。",
        "2026-05-08");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 0), "funding", "announced", "岭瀾智能", NULL, 3.51e8, NULL);
    assert_string_equal(s(json_object_get(json_array_get(d, 0), "amount"), "currency"), "HKD");
    deal_is(json_array_get(d, 1), "acquisition", "planned", "岭鋒精密", "岭崴熱能", 1.8e9, NULL);
    json_decref(d);
    /* BLOCK a company that gets bought (X獲Y收購七成股權); a stake in
     * tenths (六成) and 约 end no name */
    d = deals_of(
        "本地電動車充電服務營運商岭充港獲中電集團旗下的岭電源動收購七成股權,雙方於周四(10日)"
        "公布有關交易,作價未有披露。",
        "2025-07-13");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "岭充港", "岭電源動", -1, NULL);
    json_decref(d);
    d = deals_of("岭瑞控股宣布以3.85億港元收購岭豐物流六成股權。", "2026-05-08");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "岭豐物流", "岭瑞控股", 3.85e8, NULL);
    json_decref(d);
    /* BLOCK an offer that opens on a weekday (於周四(8日)起招股); a listed
     * company by its code announcing (泰昇集團控股(1863)周二(6日)公布,) */
    d = deals_of("內地手術機械人企業岭霖醫療科技(2597)於周四(8日)起招股,集資約22.6億港元。",
                 "2026-10-11");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭霖醫療科技", NULL, 2.26e9, "ipo");
    json_decref(d);
    d = deals_of(
        "上市公司方面,岭昇集團控股(1863)周二(6日)公布,以3.2億港元收購深圳岭算數據科技有限公司"
        "70%股權。",
        "2026-10-11");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "深圳岭算數據科技有限公司",
            "岭昇集團控股", 3.2e8, NULL);
    json_decref(d);
    /* BLOCK a contract notice whose counterparty is told as 1.名称:Y or
     * 1.公司名称:Y (a Norwegian AS) */
    d = deals_of("岭澜通信股份有限公司关于签订日常经营重大合同的公告\n"
                 "证券代码:605899 证券简称:岭澜通信 公告编号:2026-047\n"
                 "重要内容提示:\n"
                 "●合同类型:日常经营性销售合同\n"
                 "●合同金额:4.27亿元(含税)\n"
                 "二、合同标的和对方当事人情况\n"
                 "(二)合同对方当事人情况\n"
                 "1.名称:中国移动通信集团有限公司\n"
                 "2.企业性质:有限责任公司(国有独资)",
                 "2026-08-07");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "岭澜通信股份有限公司",
            "中国移动通信集团有限公司", 4.27e8, NULL);
    json_decref(d);
    d = deals_of("岭禾储能科技股份有限公司关于签订日常经营重大合同的公告\n"
                 "证券代码:688917 证券简称:岭禾储能 公告编号:2025-052\n"
                 "● 合同类型及金额:储能系统销售合同,合同金额为1.86亿欧元(不含税)。\n"
                 "(二)合同对方当事人情况\n"
                 "1.公司名称:Nordvik Energi AS\n"
                 "2.注册地:挪威奥斯陆",
                 "2025-09-05");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "岭禾储能科技股份有限公司",
            "Nordvik Energi AS", 1.86e8, NULL);
    json_decref(d);
    /* BLOCK a company bought by one buyer once: the news, its closing and
     * an analyst's look back (美团此前…收购X) are one deal */
    d = deals_of(
        "餐饮SaaS服务商岭渡科技被美团全资收购,交易金额未披露\n"
        "界面新闻获悉,杭州餐饮SaaS服务商岭渡科技已被美团全资收购,相关交割已于上周五完成。\n"
        "一位从业者分析称,美团此前在商户端主要依靠自有的收银系统,收购岭渡科技可以补齐其在中型"
        "连锁客户中的短板。",
        "2025-09-03");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "岭渡科技", "美团", -1, NULL);
    json_decref(d);
    /* BLOCK a listing on Taiwan's OTC market (掛牌上櫃) */
    d = deals_of("智慧醫材廠岭域醫電今(23)日召開上櫃前業績發表會,公司預計 6 月中旬掛牌上櫃,"
                 "將辦理現金增資作為上櫃前公開承銷,預計募資約新台幣 2.29 億元。",
                 "2025-05-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭域醫電", NULL, 2.29e8, "ipo");
    json_decref(d);
}

static void stakes_and_signed_agreements(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a board approves buying a stake (X董事會…通過,擬以N(約…)取得Y
     * 70%股權): the subject buys, however long the time and price between */
    d = deals_of("上櫃被動元件廠岭宸電子董事會昨(8)日通過,擬以45億日圓(約新台幣9.4億元)取得日本精密"
                 "零組件廠岭山精工株式会社70%股權,預計今年第三季完成交割。",
                 "2025-05-09");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "岭山精工株式会社", "岭宸電子", 4.5e9,
            NULL);
    json_decref(d);
    /* BLOCK the stake an investment buys (獲Y策略投資,Y將取得X約10%股權) is
     * the round, no purchase */
    d = deals_of("電池材料新創岭晶材料昨(22)日宣布,獲日本電子零組件大廠村田製作所策略投資15億日圓,"
                 "村田將取得岭晶約10%股權。",
                 "2025-05-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "岭晶材料", "村田製作所", 1.5e9,
            "strategic");
    json_decref(d);
    /* BLOCK an agreement to buy signed with Y (与…公司Y签署收购协议) tells
     * the deal, and 签署 ends no name; where the clause after says who buys
     * (Klook將取得X 100%股權), that clause decides */
    d = deals_of("同一天,岭墨科技还宣布已与柏林笔记软件初创公司Quillpad GmbH签署收购协议,"
                 "交易金额未披露。",
                 "2025-05-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "Quillpad GmbH", "岭墨科技", -1,
            NULL);
    json_decref(d);
    d = deals_of("旅宿管理SaaS新創「岭宿科技」本月初宣布,已與旅遊體驗預訂平台Klook簽署收購協議,"
                 "Klook將取得岭宿科技100%股權,交易金額未揭露。",
                 "2025-05-23");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "岭宿科技", "Klook", -1, NULL);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    json_decref(d);
    /* BLOCK the buyer after 与, its descriptor and its signing unit
     * (与西班牙能源企业Y(Latin)旗下子公司签署…供货协议); the price in the
     * next sentence, opened by a five-character subject (合同总金额约N) */
    d = deals_of(
        "财联社8月25日电,岭川电气(301519.SZ)晚间公告,公司全资子公司岭川能源科技(欧洲)有限公司"
        "近日与西班牙能源企业伊维尔德罗拉(Iberdrola)旗下子公司签署《电池储能系统供货协议》,"
        "由其为对方位于西班牙的两座储能电站提供约1.2GWh的储能系统。合同总金额约1.86亿欧元,"
        "约合人民币15.5亿元。",
        "2025-08-25");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "岭川能源科技(欧洲)有限公司",
            "伊维尔德罗拉", 1.86e8, NULL);
    json_decref(d);
    /* BLOCK a group's unit that signs (与…集团Y(Latin)旗下的…公司Z签署): Y
     * buys; the company that reports its unit's contract is no buyer; a
     * buyer described, not named, is none (与欧洲一家大型能源运营商) */
    d = deals_of(
        "岭浦能源公告称,公司全资子公司岭浦能源(欧洲)有限公司近日与西班牙能源集团伊维尔德罗拉"
        "(Iberdrola)旗下的可再生能源公司Iberdrola Renovables签署了储能系统供货合同,合同金额约"
        "3.2亿欧元。",
        "2026-10-25");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "岭浦能源(欧洲)有限公司", "伊维尔德罗拉",
            3.2e8, NULL);
    json_decref(d);
    d = deals_of(
        "同日,岭拓储能还披露,公司全资子公司岭拓能源(德国)有限公司近日与欧洲一家大型能源运营商"
        "签署储能系统供货合同,合同金额约4200万欧元。",
        "2026-10-25");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "岭拓能源(德国)有限公司", NULL, 4.2e7,
            NULL);
    json_decref(d);
    /* BLOCK a heading's purchase of a firm described, not named, after
     * another company's round (美的集团拟…收购德国机器人集成商) is no deal of
     * that company; the body names what is bought */
    d = deals_of(
        "4. 岭味集完成500万元天使轮融资,由奇绩创坛投资。\n5. 美的集团拟2.3亿欧元收购德国机器人"
        "集成商\n美的集团10月22日公告,公司全资子公司拟以2.3亿欧元收购德国工业机器人系统集成商"
        "Kronwald Automation GmbH 100%股权。",
        "2026-10-25");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 1), "acquisition", "planned", "Kronwald Automation GmbH", "美的集团",
            2.3e8, NULL);
    json_decref(d);
    /* BLOCK a clause that opens with 并将收购 after a round is a purchase of
     * its own, not priced by the round (X完成N融资,并将收购Y 80%股权) */
    d = deals_of(
        "岭源智能完成4500万美元B轮融资,并将收购德国园艺工具品牌Gartenwald 80%股权。与此同时,"
        "岭源智能已与Gartenwald GmbH的股东签署协议,将以约2800万欧元收购Gartenwald 80%的股权。",
        "2026-08-20");
    assert_int_equal(json_array_size(d), 2);
    deal_is(json_array_get(d, 0), "funding", "announced", "岭源智能", NULL, 4.5e7, "b");
    deal_is(json_array_get(d, 1), "acquisition", "planned", "Gartenwald", "岭源智能", 2.8e7, NULL);
    json_decref(d);
    /* BLOCK an investor raising a fund of its own (X资本宣布完成新一期人民币
     * 基金募集) and the check size it plans (单个项目的首次投资金额) are no
     * round */
    d = deals_of(
        "本月初,北京早期投资机构岭岩资本宣布完成新一期人民币基金募集,规模为12亿元,LP中国资和"
        "产业资本占比超过八成。岭岩资本创始合伙人表示,新基金将更多采用“与产业方共同投资”的"
        "模式,单个项目的首次投资金额控制在1000万元至3000万元之间。",
        "2026-08-21");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a maker after its trade and 廠 (電源供應器廠X3日宣布) */
    d = deals_of("電源供應器廠岭鈦電能3日宣布,已與日本岭州精電株式會社主要股東簽署股權買賣協議,"
                 "將以約45億日圓取得岭州精電100%股權。",
                 "2025-09-05");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "planned", "岭州精電", "岭鈦電能", 4.5e9, NULL);
    json_decref(d);
}

static void offers_nominations_and_speakers(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a medium's name in corner brackets before 获悉 is a source, not
     * the company of the round */
    d = deals_of(
        "「硬岭观察」获悉,储能温控企业「岭川热管」近日完成数千万元A轮融资,由元禾原点领投。",
        "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "岭川热管", "元禾原点", 0, "a");
    json_decref(d);
    /* BLOCK an offer opened (启动招股, N日起在港交所招股), and its gross
     * proceeds told two sentences on (所得款项总额约N) */
    d = deals_of("岭澈生物今日启动招股,计划发行4000万股H股,每股招股价12.5港元至14.2港元。"
                 "公司预期于3月19日在港交所主板挂牌。此次所得款项总额约5.4亿港元。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "岭澈生物", NULL, 5.4e8, "ipo");
    json_decref(d);
    d = deals_of("口腔耗材企业岭齿医疗3月9日起在港交所招股,拟募资约6亿港元。", "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "planned", "岭齿医疗", NULL, 6e8, "ipo");
    json_decref(d);
    /* BLOCK the shares expected to list (股份預期於…掛牌) are no company */
    d = deals_of("岭杉物流今日起招股,拟募资约9亿港元。股份預期於3月19日在港交所主板掛牌。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "planned", "岭杉物流", NULL, 9e8, "ipo");
    json_decref(d);
    /* BLOCK a carmaker's nomination (定点) with its lifetime value is an
     * order: the maker supplies; a count of nominations is none */
    d = deals_of("浙江岭驰精密股份有限公司(以下简称“岭驰精密”)是一家压铸件企业。岭驰精密近日收到"
                 "长城汽车的定点通知,生命周期总金额约12亿元。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "岭驰精密", "长城汽车", 1.2e9, NULL);
    json_decref(d);
    d = deals_of("浙江岭驰精密股份有限公司(以下简称“岭驰精密”)是一家压铸件企业。岭驰精密目前已获得"
                 "多家车企的车型定点,累计定点车型超过30款。2025年营业收入12亿元。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a fund's first close and what a limited partner commits to it
     * (作为有限合伙人认缴N) are no round */
    d = deals_of("同日晚间,岭川股份还公告,公司参与发起设立的岭川新能源产业投资基金(有限合伙)已完成"
                 "首期募集,首期规模8亿元,其中岭川股份作为有限合伙人认缴3亿元,岭州产业投资集团认缴"
                 "2亿元。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a fund's usual cheque (一般在N至M之间) is a habit, and 新基金
     * no investor */
    d = deals_of("岭远资本宣布旗下第二期人民币基金完成募集,总规模20亿元。岭远资本合伙人表示,新基金"
                 "将延续早期投资策略,单个项目首次投资金额一般在1000万元至5000万元之间。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK 由X向Y提供 after X与Y签署…服务协议: the subject serves */
    d = deals_of("岭算科技与岭象智能签署《算力服务框架协议》,由岭算科技向岭象智能提供GPU算力租赁"
                 "服务,合同总金额约9.8亿元。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "岭算科技", "岭象智能", 9.8e8, NULL);
    json_decref(d);
    /* BLOCK a speaker's words on the round (X表示,本輪資金中,Y投資N) give
     * an investor's share; 新臺幣 is Taiwan's dollar */
    d = deals_of(
        "岭晶光電今(9)日宣布完成B輪募資,金額達新臺幣8億元,由中華開發資本領投,國發基金跟投。"
        "岭晶光電執行長表示,本輪資金中,國發基金投資新臺幣2億元。",
        "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "岭晶光電", "中華開發資本", 8e8, "b");
    assert_string_equal(s(json_object_get(json_array_get(d, 0), "amount"), "currency"), "TWD");
    assert_true(json_number_value(json_object_get(
                    json_object_get(inv(json_array_get(d, 0), 1), "amount"), "value")) == 2e8);
    json_decref(d);
    /* BLOCK a shareholder that 持續加碼 follows on; a firm of a country (及日商X) stays in the list
     */
    d = deals_of(
        "岭晶光電今(9)日宣布完成B輪募資,金額達新臺幣8億元,由中華開發資本領投,國發基金及日商"
        "村田製作所跟投,原有股東岭威國際亦持續加碼。",
        "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 4);
    assert_string_equal(s(inv(json_array_get(d, 0), 3), "text"), "岭威國際");
    json_decref(d);
    d = deals_of("岭算科技26日宣布完成1,200萬美元B輪募資,由岭田資本領投,既有股東岭華國際、岭元資本"
                 "持續加碼。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 3);
    json_decref(d);
    /* BLOCK a subscriber's short name in its brackets (向包括Y集团有限公司
     * (下称“Y”)在内的…发行股票) is the subscriber, not the issuer */
    d = deals_of("岭川新材1月6日晚间披露定增预案。公司拟向包括控股股东岭川控股集团有限公司(下称"
                 "“岭川控股”)在内的不超过35名特定对象发行股票,募集资金总额不超过18.6亿元。"
                 "岭川新材主营特种工程塑料。",
                 "2026-01-07");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "planned", "岭川新材", "岭川控股集团有限公司", 0,
            NULL);
    json_decref(d);
    /* BLOCK a data source (天眼查工商信息显示) and a medium in brackets
     * some characters before 获悉 (「X」独家获悉) report the round */
    d = deals_of(
        "玩岭观察10月16日消息,天眼查工商信息显示,成都岭川互娱科技有限公司(以下简称“岭川互娱”)"
        "近期发生工商变更,新增股东腾讯,持股比例为15%。据岭川互娱方面介绍,本次战略投资金额"
        "约2.6亿元。",
        "2026-10-17");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "成都岭川互娱科技有限公司", "腾讯", 2.6e8,
            "strategic");
    json_decref(d);
    d = deals_of(
        "「消费岭声」独家获悉,新锐宠物食品品牌卡岭宠食近日完成3亿元B轮融资,由高瓴创投领投。",
        "2026-10-17");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "卡岭宠食", "高瓴创投", 3e8, "b");
    json_decref(d);
    /* BLOCK a fund's single cheque (單筆投資金額介於N至M) is no round */
    d = deals_of("創投方面,岭豐創投昨日宣布,第三期基金完成最終募集,規模新台幣30億元,將鎖定AI領域的"
                 "早期投資,單筆投資金額介於新台幣5,000萬元至3億元。",
                 "2025-09-06");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a nomination notice received by 公司 (X股份有限公司…公告称,公司
     * 收到Y集团旗下Z的定点通知) whose lifetime value comes in the next
     * sentence: the company supplies, the unit buys */
    d = deals_of(
        "本网讯 10月12日晚间,浙江岭锐汽车零部件股份有限公司(以下简称“岭锐股份”)发布公告称,"
        "公司于近日收到浙江吉利控股集团旗下极氪智能科技的定点通知,将为其新一代车型供应压铸件。"
        "根据客户规划,该项目生命周期为5年,预计生命周期总金额约23亿元。",
        "2026-10-17");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "contract", "announced", "岭锐股份", "极氪智能科技", 2.3e9, NULL);
    json_decref(d);
    /* BLOCK X前日公布,以N向獨立第三方收購Y: X buys; the seller, an
     * independent third party, is no party */
    d = deals_of("物業管理公司岭翠服務前日(15日)公布,以2.35億港元向獨立第三方收購設施管理公司"
                 "岭港設施管理60%股權。",
                 "2026-10-17");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "acquisition", "announced", "岭港設施管理", "岭翠服務", 2.35e8,
            NULL);
    json_decref(d);
    /* BLOCK 这意味着 and a team (独立游戏团队X) open no name */
    d = deals_of("这意味着岭月互动获得腾讯战略投资,具体金额未披露。", "2026-10-17");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "岭月互动", "腾讯", -1, "strategic");
    json_decref(d);
    /* BLOCK a body the government founded with its money (X於2023年成立,
     * 由政府注資N) is no round; a programme (創業天使計畫) is no company */
    d = deals_of(
        "本地骨科醫療器械初創岭骨醫療科技有限公司19日宣布完成2,800萬美元B輪融資,由岭投公司"
        "領投。岭投公司表示,是次投資符合其「長期耐心資本」的定位。岭投公司於2023年成立,由政府"
        "注資620億港元。",
        "2026-10-20");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    d = deals_of(
        "矽光子新創岭輝光電16日宣布,完成A輪募資新台幣8億元,由鴻海科技集團領投。國發基金則"
        "表示,今年將持續透過創業天使計畫與國內外創投共同投資,扶植半導體關鍵技術新創,全年預計"
        "投入約新台幣100億元。",
        "2026-02-17");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK an H-share offer (启动H股全球发售), the exchange by its legal name
     * (香港联合交易所有限公司, no party) and the proceeds the company's offer
     * raises, told sentences later (公司全球发售所得款项总额约N) */
    d = deals_of(
        "深圳岭衡医疗科技股份有限公司(“岭衡医疗”或“公司”)今日宣布启动H股全球发售。公司计划全球"
        "发售4,580万股H股,每股发售价介于18.60港元至21.40港元之间。招股期由今日起至10月20日"
        "中午结束,预期于10月23日在香港联合交易所有限公司主板挂牌上市。中金公司为本次发行的"
        "独家保荐人。以发售价中位数每股20.00港元计算,公司全球发售所得款项总额约9.16亿港元。",
        "2026-10-15");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "announced", "深圳岭衡医疗科技股份有限公司", NULL, 9.16e8,
            "ipo");
    json_decref(d);
    /* BLOCK a count of parties (三名基石合共認購N) names none */
    d = deals_of(
        "岭域生物今日起招股,集資最多15.6億港元。\n三名基石合共認購5,800萬美元\n岭域生物引入"
        "三名基石投資者,合共認購約5,800萬美元的發售股份。",
        "2026-03-30");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 0);
    json_decref(d);
    /* BLOCK a count of companies listed (已投项目中有6家登陆科创板) is no
     * offer, and a fund's size no proceeds */
    d = deals_of(
        "1月17日,专注早期硬科技投资的岭澈资本宣布,其第三期人民币主基金完成最终关闭,募集规模达"
        "45亿元。岭澈资本创始合伙人表示,三期基金将主要投向半导体设备。公开信息显示,岭澈资本"
        "目前管理资产规模超过200亿元,其2021年募集完成的二期人民币基金规模为28亿元,已投项目中"
        "有6家登陆科创板或北交所。",
        "2025-01-18");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a rumor told again after its denial (相关传闻…称Y将收购X) */
    d = deals_of(
        "2月19日晚,成都岭鸣互娱科技有限公司(以下简称“岭鸣互娱”)发布声明,针对网络上流传的"
        "“腾讯拟以约30亿元收购岭鸣互娱控股权”一事回应称,该消息为不实传闻。\n据了解,相关传闻"
        "最早出现于春节前的一个游戏行业微信群,称腾讯将收购岭鸣互娱60%的股权,对应整体估值约"
        "50亿元。",
        "2026-02-20");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK where the team came from (來自X與美國Y) is no party of the round */
    d = deals_of(
        "岭晶光電成立於2019年,創辦團隊多來自台積電與美國英特爾,2023年曾完成A輪募資新臺幣3億元,"
        "當時由岭威國際領投。",
        "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "completed", "岭晶光電", "岭威國際", 3e8, "a");
    json_decref(d);
    /* BLOCK an adviser named by 担任 and the rest of a paid round (剩余N) */
    d = deals_of("岭桥软件今日宣布完成5亿元C轮融资,由红杉中国领投。岭光资本担任本轮融资的独家财务"
                 "顾问。本轮融资分期交割:首期2.5亿元已到账,剩余2.5亿元将于年底前到账。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "funding", "announced", "岭桥软件", "红杉中国", 5e8, "c");
    json_decref(d);
    /* BLOCK money raised put to a use (N%的募资用于…收购) is no deal */
    d = deals_of("岭途物流今日起招股,拟募资约10亿港元。岭途物流计划将约40%的募资用于研发,约20%"
                 "用于潜在的战略投资和收购。基石投资者方面,岭途物流引入了高瓴旗下HHLR Advisors,"
                 "认购3000万美元的发售股份。",
                 "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    deal_is(json_array_get(d, 0), "ipo", "planned", "岭途物流", "HHLR Advisors", 1e9, "ipo");
    json_decref(d);
}

/* the name a deal's party goes by (its short or canonical name) */
static const char *name_of(json_t *party)
{
    return s(party, "name");
}

static void short_names_interviews_and_headlines(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK Taiwan's papers define a short name without quotes (以下簡稱X),
     * and a recalled round's subject is that name */
    d = deals_of(
        "岭笙金融科技股份有限公司(以下簡稱岭笙)4日宣布完成A輪募資,金額新台幣3.5億元,由中華開發資本"
        "領投。岭笙成立於2020年,2022年曾獲之初創投新台幣6,000萬元種子輪投資。",
        "2025-11-04");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭笙");
    assert_true(amount(json_array_get(d, 0)) == 3.5e8);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭笙");
    assert_string_equal(s(inv(json_array_get(d, 1), 0), "text"), "之初創投");
    assert_true(amount(json_array_get(d, 1)) == 6e7);
    assert_string_equal(s(json_array_get(d, 1), "round"), "seed");
    json_decref(d);
    /* BLOCK a studio's trade (独立游戏工作室) is no part of its name */
    d = deals_of("独立游戏工作室岭屿互动近日宣布获得心动网络数千万元天使轮投资。", "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭屿互动");
    assert_string_equal(s(inv(json_array_get(d, 0), 0), "text"), "心动网络");
    json_decref(d);
    /* BLOCK 投资方 is a role before a name, not 投资 before 方X; a state
     * fund's name holds 投资 (…投资引导基金) */
    d = deals_of(
        "岭穗智农宣布完成近亿元Pre-A轮融资。本轮由深创投领投,四川省岭南乡村振兴投资引导基金跟投,"
        "天使轮投资方岭程创投继续追加投资。",
        "2026-03-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭穗智农");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 3);
    assert_string_equal(s(inv(json_array_get(d, 0), 1), "text"), "四川省岭南乡村振兴投资引导基金");
    assert_string_equal(s(inv(json_array_get(d, 0), 2), "text"), "岭程创投");
    json_decref(d);
    /* BLOCK the Latin name after the short one (以下简称“X”,英文名Y) is the
     * same company; a history's heading (融资历程方面) is no deal word; a
     * date opens a round of its own after a round told before it */
    d = deals_of(
        "创新药企业杭州岭序生物科技有限公司(以下简称“岭序生物”,英文名LingSeq Bio)今日宣布完成"
        "6.5亿元B轮融资。融资历程方面,岭序生物2022年获元禾原点数千万元天使轮投资,2024年3月完成"
        "由启明创投领投的2亿元A轮融资。",
        "2026-04-06");
    assert_int_equal(json_array_size(d), 3);
    for (size_t i = 0; i < 3; i++)
        assert_string_equal(name_of(json_object_get(json_array_get(d, i), "target")), "岭序生物");
    assert_string_equal(s(inv(json_array_get(d, 1), 0), "text"), "元禾原点");
    assert_string_equal(s(json_array_get(d, 1), "round"), "angel");
    assert_true(amount(json_array_get(d, 2)) == 2e8);
    assert_string_equal(s(json_array_get(d, 2), "round"), "a");
    json_decref(d);
    /* BLOCK an interview: 我们 is the company of the one interviewed (X创始人
     * 兼CEO), however many deals of others came first; a Latin name before
     * 创始人 is a company; 拿了Y的天使轮 is a round taken */
    d = deals_of(
        "近日,我们与Lingtide创始人兼CEO周屿聊了聊。今年7月,新思科技以约350亿美元完成对Ansys的收购。"
        "问:公司最近的融资进展如何?周屿:上个月我们刚完成B轮,金额是2.3亿元,启明创投领投。"
        "问:哪一轮最难?周屿:2023年我们拿了奇绩创坛的天使轮,三百万元。",
        "2025-08-31");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(target(json_array_get(d, 1)), "Lingtide");
    assert_true(amount(json_array_get(d, 1)) == 2.3e8);
    assert_string_equal(target(json_array_get(d, 2)), "Lingtide");
    assert_string_equal(s(inv(json_array_get(d, 2), 0), "text"), "奇绩创坛");
    assert_true(amount(json_array_get(d, 2)) == 3e6);
    assert_string_equal(s(json_array_get(d, 2), "round"), "angel");
    json_decref(d);
    /* BLOCK 这家公司 is the company the paragraph spoke of; a sentence that
     * opens with 本轮, paragraphs on, tells the article's round; a listed
     * company (上市公司) is no listing */
    d = deals_of("苏州岭骨医疗科技有限公司(以下简称“岭骨医疗”)由骨科医生陆景行于2020年创办。\n"
                 "六年过去,这家公司最近拿到了一笔3.5亿元的新融资。\n"
                 "据测算,骨科手术机器人市场规模约为28亿元。\n"
                 "本轮由礼来亚洲基金领投,医疗器械上市公司岭迈医疗跟投。",
                 "2026-03-16");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭骨医疗");
    assert_true(amount(json_array_get(d, 0)) == 3.5e8);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 2);
    assert_string_equal(s(inv(json_array_get(d, 0), 0), "text"), "礼来亚洲基金");
    json_decref(d);
    /* BLOCK a yard's building contract (X重工…与Y签署…建造合同): the yard
     * builds and the owner buys; a place before 与 is no party; the buyer's
     * short name is no target */
    d = deals_of(
        "江苏岭舸重工股份有限公司(以下简称“岭舸重工”)今日宣布,公司于8月27日在挪威奥斯陆与Nordvik "
        "Shipping AS签署6艘汽车运输船建造合同,合同总金额约4.92亿欧元。本月早些时候,公司于8月5日与"
        "招商局能源运输股份有限公司(简称“招商轮船”)签订2艘油船建造合同,合同金额合计约2.4亿美元。",
        "2025-08-28");
    assert_int_equal(json_array_size(d), 2);
    for (size_t i = 0; i < 2; i++) {
        assert_string_equal(s(json_array_get(d, i), "type"), "contract");
        assert_string_equal(name_of(json_object_get(json_array_get(d, i), "target")), "岭舸重工");
    }
    assert_string_equal(s(inv(json_array_get(d, 0), 0), "text"), "Nordvik Shipping AS");
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "招商轮船");
    json_decref(d);
    /* BLOCK 由后者为其提供: the other side of the contract supplies */
    d = deals_of(
        "英国渡轮运营商Solent Link Ferries Ltd.(下称“Solent Link”)宣布,已与上海岭璟船舶电气有限公司"
        "(下称“岭璟电气”)签署供货合同,由后者为其6艘渡轮提供储能电池系统,合同总金额为3,860万英镑。",
        "2025-10-08");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭璟电气");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "Solent Link");
    json_decref(d);
    /* BLOCK a rumor asked, denied in the answer (纯属谣言), is no deal */
    d = deals_of("对话岭羽科技创始人贺晨:不急着融资\n问:外界说小米要收购你们呢? "
                 "贺晨:纯属谣言。我们没跟小米谈过任何股权层面的事情。",
                 "2026-01-28");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a headline of two deals, each clause with its subject and verb;
     * 对话 (an interview) is no part of a name */
    d = deals_of("岭米科技拿下1800万美元A轮,岭付科技获SBI战略投资", "2026-03-09");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 0)), "岭米科技");
    assert_true(amount(json_array_get(d, 0)) == 1.8e7);
    assert_string_equal(target(json_array_get(d, 1)), "岭付科技");
    assert_string_equal(s(inv(json_array_get(d, 1), 0), "text"), "SBI");
    json_decref(d);
    d = deals_of("对话岭坦科技创始人:"
                 "拿下4000万美元B轮之后\n深圳储能品牌岭坦科技今日宣布完成4000万美元B轮融资。",
                 "2026-10-07");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭坦科技");
    json_decref(d);
    /* BLOCK the company an interview is about, when no deal was told yet,
     * is the one named most, its full and short names counted as one */
    d = deals_of(
        "合肥岭川新能源科技有限公司(下称“岭川新能源”)是一家正极材料企业。问:市场上有消息说你们"
        "拿了一大笔钱?\n周启明:今年6月我们完成了一轮4亿元的B轮融资,由国投创业领投,合肥市产业投资"
        "引导基金和老股东云晖资本跟投,其中合肥市产业投资引导基金出资1亿元。",
        "2025-08-01");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭川新能源");
    assert_true(amount(json_array_get(d, 0)) == 4e8);
    assert_string_equal(s(json_array_get(d, 0), "round"), "b");
    json_decref(d);
    /* BLOCK the round a question brought up with no amount (都在传X拿了新一轮
     * 融资?) takes the amount the answer gives (我们完成了B轮,金额是N) */
    d = deals_of(
        "Lingrolith是一家工业软件公司。问:最近圈内都在传Lingrolith拿了新一轮融资,能确认一下吗?\n"
        "周启明:可以确认。我们完成了B轮,金额是3.2亿元人民币,5月底已经全部交割。",
        "2026-06-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "Lingrolith");
    assert_true(amount(json_array_get(d, 0)) == 3.2e8);
    assert_string_equal(s(json_array_get(d, 0), "round"), "b");
    json_decref(d);
    /* BLOCK a post by a self-media account (有自媒体发文称) is hearsay: denied,
     * it is no deal */
    d = deals_of(
        "7月30日,有自媒体发文称,学习机品牌“岭启未来”已完成20亿元C轮融资。当天晚间,北京岭启未来"
        "教育科技有限公司(以下简称“岭启未来”)通过官方微博回应称,相关消息“不实”。",
        "2025-08-02");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a brand the founder named (品牌就叫“X”) is the company's name;
     * 这家成立不到四年的公司 is the company the article is about */
    d = deals_of("2022年,唐蔚在杭州创办了杭州岭味宠物食品有限公司,"
                 "品牌就叫“岭味喵”。岭味喵的烘焙主粮卖到239元。\n"
                 "6月12日,这家成立不到四年的公司对外宣布,已经完成一笔1.8亿元的新融资。\n"
                 "本轮由黑蚁资本领投,美团龙珠跟投。",
                 "2026-06-13");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭味喵");
    assert_true(amount(json_array_get(d, 0)) == 1.8e8);
    assert_string_equal(s(inv(json_array_get(d, 0), 0), "text"), "黑蚁资本");
    json_decref(d);
}

static void offers_told_together_and_filed_purchases(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a short name given with a shorter one (下称「X」或「Y」); an offer
     * opened (今日(9日)起至…招股) takes its proceeds (是次集资总额约N); a
     * supply chain (供应链) in a name is no supply contract */
    d = deals_of(
        "冷链物流服务商岭冷供应链控股有限公司(下称「岭冷供应链」或「岭冷」)今日(9日)起至本周五("
        "12日)"
        "招股,计划全球发售1.28亿股股份。以发售价计算,岭冷供应链是次集资总额约11.78亿港元。",
        "2026-06-09");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "ipo");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭冷供应链");
    assert_true(amount(json_array_get(d, 0)) == 1.178e9);
    json_decref(d);
    /* BLOCK the other offer of the day (同日招股的还有…制造商X) is X's */
    d = deals_of(
        "岭咔宠物今日起招股,计划集资约11亿港元。同日招股的还有工业传感器制造商岭科传感,该公司计划"
        "集资约6亿港元。",
        "2026-03-16");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 1)), "岭科传感");
    assert_true(amount(json_array_get(d, 1)) == 6e8);
    json_decref(d);
    /* BLOCK a filing's purchase by 受让 (受让A、B合计持有的X 60%股权) at a
     * price summed (交易对价合计N); its 转让方 and 受让方, the sellers' parts
     * (其中,A向公司转让…), and a holder whose defined name holds 投资
     * (以下简称"X投资") are no deals; a stake a capital increase gives
     * (以增资扩股方式引入Y…取得8%股权) is a round */
    d = deals_of("山东岭昊化工股份有限公司(以下简称\"岭昊化工\"或\"公司\")拟以支付现金方式,"
                 "受让赣州岭峰投资管理"
                 "合伙企业(有限合伙)、自然人刘振邦合计持有的江西岭峰氟材料有限公司("
                 "以下简称\"岭峰氟材\")60%股权,"
                 "交易对价合计人民币32,460.00万元。本次交易的转让方共两名,"
                 "分别为赣州岭峰投资管理合伙企业(有限合伙)"
                 "和自然人刘振邦,受让方为岭昊化工。其中,赣州岭峰投资管理合伙企业(有限合伙)"
                 "向公司转让其持有的标的"
                 "公司40%股权,转让价款为21,640.00万元。标的公司另一股东深圳前海岭泓投资有限公司("
                 "以下简称\"岭泓投资\")"
                 "持有标的公司27%股权,已放弃优先购买权。2024年6月,"
                 "岭峰氟材曾以增资扩股方式引入赣州产业基金,后者以"
                 "5,000.00万元认缴标的公司新增注册资本,取得8%股权。",
                 "2026-01-12");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 0), "type"), "acquisition");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭峰氟材");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭昊化工");
    assert_true(amount(json_array_get(d, 0)) == 3.246e8);
    assert_string_equal(s(json_array_get(d, 1), "type"), "funding");
    assert_true(amount(json_array_get(d, 1)) == 5e7);
    json_decref(d);
    /* BLOCK (a guard) a partner hired from a company (从X请来了…合伙人) is no
     * investor of the round told */
    d = deals_of("杭州岭舟机器人有限公司(以下简称“岭舟机器人”)昨日宣布,已完成数千万元天使轮融资,"
                 "本轮由真格基金"
                 "领投。创始人林越2024年成立了公司,随后又从海康威视请来了负责供应链的合伙人。",
                 "2026-03-02");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    json_decref(d);
}

static void filed_purchases_plans_and_buyers_described(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a purchase through a subsidiary (公司通过全资子公司Y收购X): the
     * parent buys too; a filing's words give its price (公告显示,本次交易的
     * 最终对价为N); its plan months before (早在去年10月就曾发布公告,拟以不
     * 超过N收购X) is the same purchase */
    d = deals_of(
        "3月14日,浙江岭固汽车部件股份有限公司(下称“岭固股份”)发布公告,公司通过德国全资子公司"
        "Lingu Europe GmbH收购Lingsler 100%股权的交易已完成交割。公告显示,本次交易的最终对价为"
        "1.18亿欧元,约合人民币9.26亿元。岭固股份早在去年10月就曾发布公告,披露拟以不超过"
        "1.3亿欧元收购Lingsler全部股权。",
        "2025-03-15");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "Lingsler");
    assert_true(amount(json_array_get(d, 0)) == 1.18e8);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭固股份");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 1)), "Lingu Europe GmbH");
    json_decref(d);
    /* BLOCK a country between 对 and the company bought (完成对德国X…的收购);
     * a bank that lends the price (由Y牵头的银团为公司提供了N的并购贷款) is
     * no buyer, and its loan no price */
    d = deals_of(
        "7月1日,岭辰精工宣布完成对德国Lingsler GmbH 100%股权的收购,交易对价1.86亿欧元。"
        "公告显示,本次收购资金来源为公司自有资金及银行并购贷款,其中由中国银行宁波分行牵头的"
        "银团为公司提供了不超过8亿元人民币的并购贷款。",
        "2026-07-02");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 1.86e8);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    json_decref(d);
    /* BLOCK each payment to one seller (拟向A支付N,受让其持有的…股权) is a
     * part of the purchase told, no deal of its own */
    d = deals_of(
        "2月3日晚间,岭瑞新材发布公告,公司拟以28,356.42万元收购江西中岭电子化学品有限公司(以下简称"
        "“中岭电化”)51%股权。根据公司与各转让方签署的《股权转让协议》,公司作为受让方,拟向刘建国"
        "支付12,480.36万元,受让其持有的标的公司22.45%股权;向新余中岭支付9,876.06万元,受让其"
        "持有的17.76%股权。",
        "2025-02-04");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 2.8356420e8);
    json_decref(d);
    /* BLOCK sellers a bracket names (与A合称“转让方”或“交易对方”) are no
     * buyers, and the purchase they sell in is the one announced; a
     * sentence that names the counterparties (交易对方为A投资和B) is no
     * deal */
    d = deals_of(
        "4月27日晚间,山东岭岳化工股份有限公司(以下简称“岭岳化工”或“公司”)发布公告,公司审议通过了"
        "《关于以现金方式收购淄博嘉岭新材料科技有限公司60%股权的议案》。公司作为受让方,拟与淄博"
        "嘉岭控股有限公司(以下简称“嘉岭控股”)、宁波梅山保税港区岭鑫股权投资合伙企业(有限合伙)"
        "(以下简称“岭鑫投资”,与嘉岭控股合称“转让方”或“交易对方”)签署《股权转让协议》,以现金方式"
        "受让转让方合计持有的淄博嘉岭新材料科技有限公司(以下简称“嘉岭新材”或“标的公司”)60%股权,"
        "交易对价为48,612.36万元。公告显示,本次交易的交易对方为岭碳投资和王建华。",
        "2025-04-28");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "嘉岭新材");
    assert_true(amount(json_array_get(d, 0)) == 4.8612360e8);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭岳化工");
    json_decref(d);
    /* BLOCK a production line the company builds (新建一条产线,预计投资约N)
     * is its spending, though its name holds 股份 */
    d = deals_of(
        "4月27日晚间,宁波岭舟汽车零部件股份有限公司(下称“岭舟股份”)公告,公司收购日本大岭精工株式"
        "会社100%股权的交易已完成交割。岭舟股份董事长郑远帆表示,公司计划在宁波杭州湾基地新建一条"
        "冷锻产线,预计投资约3.5亿元,2027年投产。",
        "2026-04-28");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "acquisition");
    json_decref(d);
    /* BLOCK Y以N入股,成为公司战略投资者: Y invests in the company told */
    d = deals_of(
        "跨境电商物流服务商岭捷国际物流控股有限公司(下称「岭捷国际」)于2月5日起招股。上市前,公司"
        "先后完成多轮融资:2023年6月,公司完成由红杉中国领投的1.5亿元人民币C轮融资。2024年1月,"
        "招商局资本以1亿元人民币入股,成为公司战略投资者。",
        "2025-02-05");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭捷国际");
    assert_true(amount(json_array_get(d, 1)) == 1e8);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 1), "investors")), 1);
    json_decref(d);
    /* BLOCK two clauses, two companies (德国的X…完成融资,美国的Y去年被…收购);
     * a company bought by a buyer described, not named, is bought when the
     * price is told, but not one only rumored (盛传X将被一家大厂收购) */
    d = deals_of(
        "海外同类公司中,德国的Lingwerk今年2月刚完成3500万欧元融资,美国的Lingstack去年被一家半导体"
        "设备巨头以约4.2亿美元收购。另外,市场日前盛传AI语音新创「岭纹科技」将被一家美国科技大厂收"
        "购,交易金额上看1亿美元。",
        "2025-09-06");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "Lingwerk");
    assert_string_equal(s(json_array_get(d, 0), "type"), "funding");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "Lingstack");
    assert_string_equal(s(json_array_get(d, 1), "type"), "acquisition");
    assert_true(amount(json_array_get(d, 1)) == 4.2e8);
    json_decref(d);
}

static void interviews_round_sizes_and_ship_orders(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK 我们 in an interview is the company the speaker founded (在新加坡
     * 创办了X); an answer that gives a round, its money and its only
     * investor (2022年的天使轮,500万美元,Y独家投资) drops its subject */
    d = deals_of(
        "2019年,他从一家货代公司辞职,在新加坡创办了Lingwell,为东南亚的中小货代提供SaaS工具。"
        "远观科技:圈里一直在传你们在融资,是真的吗?林思远:是真的。我们刚完成了一轮2800万新加坡元的"
        "A轮融资,这一轮由淡马锡领投,源码资本跟投。远观科技:第一笔钱是谁投的?林思远:2022年的"
        "天使轮,500万美元,East Ling Capital独家投资。",
        "2025-11-21");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "Lingwell");
    assert_true(amount(json_array_get(d, 0)) == 2.8e7);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "Lingwell");
    assert_string_equal(s(json_array_get(d, 1), "round"), "angel");
    assert_true(amount(json_array_get(d, 1)) == 5e6);
    json_decref(d);
    /* BLOCK 融资总额N is the round's size; 从出资结构看,本轮由Y领投 goes on
     * about it, paragraphs on; words about it name its round (“这一轮是B轮”) */
    d = deals_of(
        "这套系统来自苏州岭码工业软件有限公司(下称“岭码”)。1月27日,岭码对外确认,公司已于近日完成"
        "新一轮融资,融资总额3.5亿元。这是今年以来工业软件领域单笔金额最大的一笔股权融资。岭码成立"
        "于2019年,产品覆盖高级排产和MES。公司披露,2025年营业收入突破2亿元。从出资结构看,本轮由"
        "君联资本领投,苏州市产业投资基金跟投。“这一轮是B轮,投后估值28亿元左右,”岭码创始人许博闻"
        "表示。",
        "2026-01-28");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 3.5e8);
    assert_string_equal(s(json_array_get(d, 0), "round"), "b");
    json_decref(d);
    /* BLOCK the round's total (本轮融资总额为N) after one investor's share */
    d = deals_of(
        "其中,市级引导基金以直投方式向关节模组企业岭驰动力科技有限公司(下称“岭驰动力”)投资1.5亿"
        "元,作为其A轮融资的领投方。岭驰动力本轮融资总额为2.6亿元,资金将用于产线建设。",
        "2026-06-23");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 2.6e8);
    json_decref(d);
    /* BLOCK a ship order: the price the contract gives (根据合同,…合同总价
     * 约N); the loan for the ships (船舶融资由Y牵头安排) is no party; an
     * earlier order placed with the yard (Y曾在X下单) is X's; the yard's
     * order book (手持订单…合计约N) is no order */
    d = deals_of(
        "舟山岭瀚船舶重工有限公司(以下简称“岭瀚重工”)今日宣布,公司已于8月29日与Meridian Ling "
        "Shipping Pte. Ltd.(以下简称“Meridian Ling”)签署6艘集装箱船建造合同。根据合同,6艘新船"
        "合同总价约5.76亿美元。本批船舶融资由中国进出口银行牵头安排。今年3月,Meridian Ling曾在"
        "岭瀚重工下单4艘集装箱船,合同金额约3.2亿美元。截至2025年8月底,岭瀚重工手持订单78艘,合计"
        "约62亿美元。",
        "2025-09-01");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 0), "type"), "contract");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭瀚重工");
    assert_true(amount(json_array_get(d, 0)) == 5.76e8);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭瀚重工");
    assert_true(amount(json_array_get(d, 1)) == 3.2e8);
    json_decref(d);
}

static void answers_tell_rounds(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK an interview's answer tells its rounds by name and money, with
     * no verb of raising (8月底签完的,B+轮,一共N; B轮是2024年11月,Y领投,N;
     * 再往前是2023年的A轮,N,Y独家投资): the speaker's company, whose legal
     * name the article gives, raised them; an amount in a clause of its own
     * after the lead is the round's; a competitor's round is its own; a
     * total to date is no round */
    d = deals_of("岭榕付的运营主体是杭州岭榕信息技术有限公司,2019年成立。\n"
                 "深潮:最近市场上在传岭榕付完成了新一轮融资,能确认一下吗?\n"
                 "周叙:可以确认。8月底签完的,B+轮,一共6亿元人民币。蚂蚁集团领投,老股东顺为资本"
                 "继续加注。\n"
                 "深潮:上一轮是什么时候?\n"
                 "周叙:B轮是2024年11月,顺为资本领投,2.5亿元。再往前是2023年的A轮,1亿元,红杉中国"
                 "独家投资。算上这一轮,我们累计融资接近10亿元。\n"
                 "深潮:同行呢?\n"
                 "周叙:岭拓上个月拿了2亿元C轮,做得很好。",
                 "2026-09-20");
    assert_int_equal(json_array_size(d), 4);
    assert_string_equal(s(json_array_get(d, 0), "round"), "b+");
    assert_true(amount(json_array_get(d, 0)) == 6e8);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭拓");
    assert_true(amount(json_array_get(d, 1)) == 2e8);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 2), "target")), "岭榕付");
    assert_string_equal(s(json_array_get(d, 2), "round"), "b");
    assert_true(amount(json_array_get(d, 2)) == 2.5e8);
    assert_string_equal(s(json_array_get(d, 3), "round"), "a");
    assert_true(amount(json_array_get(d, 3)) == 1e8);
    json_decref(d);
    /* BLOCK an answer that gives the round a question asked about
     * (岭穗是不是又融资了? 对,上个月交割完A+轮,金额是N) completes that deal;
     * an older round named with its investor (A轮是N,Y独家投的) is another */
    d = deals_of("上海岭穗宠物食品有限公司旗下品牌岭穗鲜粮成立于2022年。\n"
                 "前哨:先聊大家最近关心的事,岭穗是不是又融资了?\n"
                 "何静怡:对,上个月刚刚交割完A+轮,金额是1.2亿元人民币。这一轮是黑蚁资本领投的,"
                 "老股东番茄资本跟投。\n"
                 "前哨:A轮是怎么拿的?\n"
                 "何静怡:A轮是5,000万元,番茄资本独家投的。再往前,2023年底我们拿过一笔1,500万元的"
                 "天使轮。",
                 "2025-04-16");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(s(json_array_get(d, 0), "round"), "a+");
    assert_true(amount(json_array_get(d, 0)) == 1.2e8);
    assert_string_equal(s(json_array_get(d, 1), "round"), "a");
    assert_true(amount(json_array_get(d, 1)) == 5e7);
    assert_string_equal(s(json_array_get(d, 2), "round"), "angel");
    assert_true(amount(json_array_get(d, 2)) == 1.5e7);
    json_decref(d);
    /* BLOCK the names an answer's round holds gave the money (拿的是Y的天使
     * 轮,N): the speaker's company raised it */
    d = deals_of("对话岭算科技周牧。岭算科技创始人周牧说,公司刚完成2.5亿元A轮融资。\n"
                 "虎嗅:现在的收入情况怎么样?\n"
                 "周牧:去年收入大概1.3个亿,今年的目标是3个亿。\n"
                 "虎嗅:之前几轮是什么情况?\n"
                 "周牧:2023年刚出来的时候,拿的是奇绩创坛的天使轮,500万块钱,那时候团队才五个人。",
                 "2026-02-05");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭算科技");
    assert_string_equal(s(json_array_get(d, 1), "round"), "angel");
    assert_true(amount(json_array_get(d, 1)) == 5e6);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 1), "investors")), 1);
    json_decref(d);
    /* BLOCK an answer's total after its round (这是我们的B轮,总额N) is the
     * round's size */
    d = deals_of("我们和岭矩软件创始人邱逸凡聊了聊。\n"
                 "制造新声:这一轮的情况呢?\n"
                 "邱逸凡:这是我们的B轮,总额3.2亿元。深创投领投。\n"
                 "制造新声:估值呢?\n"
                 "邱逸凡:不方便透露。",
                 "2025-05-14");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 3.2e8);
    json_decref(d);
    /* BLOCK a share in a clause of its own (Y领投,Z跟投,其中Z投了N) is Z's
     * part of the round the answer told, no round of its own */
    d = deals_of("我们和岭犀科技创始人周屹聊了聊。\n"
                 "晚点:融资的事定了吗?\n"
                 "周屹:是,A+轮上个月底刚交割完,三个亿人民币。高瓴领投,美团龙珠和老股东奇绩创坛跟投,"
                 "其中美团龙珠投了8000万元。\n"
                 "晚点:估值多少?\n"
                 "周屹:不方便透露。",
                 "2026-04-08");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 3e8);
    assert_string_equal(s(json_array_get(d, 0), "round"), "a+");
    json_decref(d);
    /* BLOCK guard: a roundup's labels (半导体:X…) are no speaker's, each
     * used once */
    d = deals_of("半导体:岭朔微电子Pre-A轮,深创投出资1亿元\n"
                 "功率半导体设计公司岭朔微电子完成1.5亿元Pre-A轮融资,其中1亿元来自深创投。\n"
                 "消费:岭健App拿下150万美元种子轮",
                 "2026-01-17");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 1.5e8);
    json_decref(d);
}

static void funds_denials_headings_and_buyers(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK commitments to a fund its manager shares in (其中,Y认缴出资N,…;
     * 作为基金管理人,Z按1%比例出资N) are no round; nor is a company's round
     * told without its name (一家…企业上月完成了新一轮融资,估值较Z入股时
     * 上涨约4倍) */
    d = deals_of("岭帆资本宣布旗下基金完成终关,总规模52亿元。其中,一家国家级母基金认缴出资8亿元,"
                 "宁波市产业投资引导基金认缴5亿元;作为基金管理人,岭帆资本按1%比例出资5200万元。"
                 "一期投资的一家船用燃料电池企业上月完成了新一轮融资,估值较岭帆入股时上涨约4倍。",
                 "2025-01-14");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a company that held no talks with the one rumored (公司未与Y开展
     * 任何股权层面的洽谈) denies the rumor */
    d = deals_of("上周五有自媒体称腾讯拟以约20亿元受让岭浪互动5%的股份。对此,岭浪互动在投资者互动"
                 "平台回应称,公司未与腾讯开展任何股权层面的洽谈。",
                 "2025-01-14");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a heading's category (第二笔产业并购:, 【并购】) is no deal word:
     * the purchase after it is the deal; a price paid for goods (收购价) is
     * none */
    d = deals_of("这也是公司近两年的第二笔产业并购:2024年8月,岭璟化学曾以12,360.00万元收购江西岭石"
                 "氟业有限公司51%股权,补齐了萤石原料环节。眼下寿光批发市场的大红番茄收购价在每斤"
                 "2.6元上下。",
                 "2026-05-12");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")),
                        "江西岭石氟业有限公司");
    assert_true(amount(json_array_get(d, 0)) == 1.236e8);
    json_decref(d);
    d = deals_of("【并购】卤味连锁品牌湖南岭匠坊餐饮管理有限公司(下称“岭匠坊”)9月17日宣布,拟以约"
                 "6800万元收购社区零食品牌乐岭60%的股权。",
                 "2025-09-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "乐岭");
    json_decref(d);
    /* BLOCK Y为X提供… names X the buyer wherever else X stands (公司与X签订
     * …协议,由公司为X提供…服务): the company supplies */
    d = deals_of("2月11日晚,岭算科技(300947)公告称,公司与杭州岭言智能科技有限公司(以下简称“岭言"
                 "智能”)签订《算力服务框架协议》,由公司为岭言智能提供智算中心算力租赁及运维服务,"
                 "协议期限5年,含税总金额约18.64亿元。",
                 "2026-02-12");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭算科技");
    json_decref(d);
    /* BLOCK an investor's part told after the round (Y在本轮中投资N) is no
     * round of its own */
    d = deals_of("矽光子新創岭湛光電12日宣布完成A輪募資,金額達新台幣8.5億元,由中華開發資本領投。"
                 "據了解,國發基金在本輪中投資1.5億元,是該基金今年首筆投向矽光子領域的直接投資案。",
                 "2026-02-12");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    json_decref(d);
    /* BLOCK a round done, told by its name and its time only (继去年底完成A
     * 轮融资后) is a deal, as one with money or investors is */
    d = deals_of("岭焰半导体宣布完成3亿元B轮融资。据悉,这是岭焰半导体继去年底完成A轮融资后的又一次"
                 "融资。",
                 "2026-06-01");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "round"), "a");
    assert_string_equal(s(json_array_get(d, 1), "date"), "2025-12");
    json_decref(d);
    /* BLOCK a company bought, with a time after its comma (X,去年11月被Y以N
     * 收购) */
    d = deals_of("岭维链此前在泰国的主要竞争对手Lingwise,去年11月被日本岭运以约45亿日元(约合人民币"
                 "2.1亿元)收购。",
                 "2026-03-01");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "Lingwise");
    json_decref(d);
}

static void parts_capacities_and_earlier_rounds(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK an investor's part told after the round (Y是…旗下的投资机构,此次
     * 出资N) is Y's own amount, not a round of Y's; a strategic investor's
     * capacity (以策略投资人身分入股) is no strategic round of its own */
    d = deals_of("Lingquay宣布完成2800万美元B轮融资。本轮由祥岭投资领投,Harbourline Capital与"
                 "岭德投资跟投,统一企业也以策略投资人身分入股。Lingquay的首期资金已于9月底到账。"
                 "岭德投资是新加坡一家政府旗下的投资机构,此次出资1200万新元。",
                 "2024-10-16");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "round"), "b");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 3);
    assert_string_equal(name_of(inv(x, 2)), "岭德投资");
    assert_true(inv_amount(x, 2) == 1.2e7);
    json_decref(d);
    /* BLOCK the total's part (N中有M来自Y管理的…基金) is Y's own amount; a
     * cornerstone after its kind (新加坡投资机构Y认购N) subscribes to the
     * offer, no round of Y's; a part in a currency of its own (投资金额为
     * 1.5亿日圆, in a round of 新台币) is a part all the same */
    d = deals_of(
        "安徽钒岭储能科技有限公司宣布完成6.5亿元B轮融资。本轮融资由合肥岭投与中金资本联合领投,"
        "岭海资本跟投。具体来看,6.5亿元中有3亿元来自中金资本管理的中金岭能股权投资基金,该笔"
        "投资由中金资本董事总经理王岚带队完成尽调。",
        "2024-12-05");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 1)), "CICC Capital");
    assert_true(inv_amount(json_array_get(d, 0), 1) == 3e8);
    json_decref(d);
    d = deals_of(
        "岭程冷链控股有限公司今日起招股,集资最多8.16亿港元。公司已引入三名基石投资者,合共认购"
        "约5,300万美元的发售股份。其中,顺丰控股认购2,000万美元,新加坡投资机构Lumen Ling "
        "Capital认购1,300万美元。",
        "2025-07-16");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "ipo");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 2);
    json_decref(d);
    d = deals_of(
        "耕岭科技今(16)日宣布完成A轮募资,金额新台币3.2亿元。本轮由中华开发资本领投,台杉投资跟投,"
        "日本农机大厂久保田也透过旗下创投参与,投资金额为1.5亿日圆(约合新台币3,100万元)。",
        "2024-07-16");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 3.2e8);
    json_decref(d);
    /* BLOCK a firm's partner at work, the firm named already (由Y领投,Y合伙人
     * Z带队完成投资), makes Y raise nothing; a plant's budget (预计投资约
     * 2.2亿元) is no round */
    d = deals_of(
        "潍坊耕岭智慧农业科技有限公司宣布完成8600万元Pre-A轮融资。本轮由启岭资本领投,启岭资本"
        "合伙人周砚带队完成投资,其中5000万元来自启岭资本。执行长陈柏岭指出,本轮资金主要将用于"
        "兴建试产线,预计投资约2.2亿元,明年第二季完工。",
        "2024-10-16");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "启岭资本");
    assert_true(inv_amount(json_array_get(d, 0), 0) == 5e7);
    json_decref(d);
    /* BLOCK guard: a firm first named by its partner (本轮由Y合伙人Z带队领投)
     * is an investor of the round */
    d = deals_of(
        "钠岭新能源宣布完成A+轮融资。本轮由远岭资本合伙人沈知行带队领投,常州市新能源产业投资"
        "基金跟投。2023年7月,钠岭新能源完成1.2亿元A轮融资,同样由远岭资本领投。",
        "2025-02-07");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "远岭资本");
    json_decref(d);
    /* BLOCK ,此前其种子轮由Y投资 after a round: an earlier round of its own */
    d = deals_of("禾岭智农宣布完成5000万元天使轮融资,由中科创星领投。这是禾岭智农成立两年来的"
                 "第二轮融资,此前其种子轮由奇绩创坛投资。",
                 "2024-09-14");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "round"), "seed");
    assert_string_equal(target(json_array_get(d, 1)), "禾岭智农");
    json_decref(d);
    /* BLOCK an answer: a contract with a buyer described, not named (我们刚和
     * 一家航空主机厂签了…合同), and a round with a vague amount (2019年的
     * 天使轮,几百万元) are the speaker's company's */
    d = deals_of("南京算岭工业软件有限公司创始人周岭说,公司刚完成B轮融资。\n"
                 "问:订单情况呢?\n"
                 "周岭:今年6月我们刚和一家航空主机厂签了一个1200万元的采购合同。\n"
                 "问:最早的融资呢?\n"
                 "周岭:再往前是2019年的天使轮,几百万元,主要是几位老师投的。\n",
                 "2024-09-11");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 0), "type"), "contract");
    assert_string_equal(target(json_array_get(d, 0)), "南京算岭工业软件有限公司");
    assert_true(amount(json_array_get(d, 0)) == 1.2e7);
    assert_string_equal(s(json_array_get(d, 1), "round"), "angel");
    assert_string_equal(target(json_array_get(d, 1)), "南京算岭工业软件有限公司");
    json_decref(d);
}

static void talks_portfolios_and_listed_shares(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK an interview: the reporter's 聊了聊设施农业 names no company, so
     * the answer's round is the founder's company's; the rounds an answer
     * recalls with their times only (2021年拿了天使轮,2022年那轮A轮N是Y领投
     * 的) are two; a share told the other way (其中N来自领投方Y) is the lead's */
    d = deals_of("北京禾岭数字农业科技有限公司(禾岭数农)成立于2019年,创始人陈岭川曾在荷兰从事温室"
                 "研究。我们和陈岭川聊了聊设施农业的生意、融资和出海。\n"
                 "问:最近的融资情况可以透露吗?\n"
                 "陈岭川:可以。我们上个月刚完成B轮,总额1.8亿元。其中1.2亿元来自领投方隐岭资本,剩下"
                 "的部分由老股东一起投。\n"
                 "问:之前几轮融资顺利吗?\n"
                 "陈岭川:2021年拿了天使轮,2022年那轮A轮5000万元是岭维创投领投的。\n",
                 "2024-08-13");
    assert_int_equal(json_array_size(d), 3);
    for (size_t i = 0; i < 3; i++)
        assert_string_equal(target(json_array_get(d, i)), "北京禾岭数字农业科技有限公司");
    assert_string_equal(s(json_array_get(d, 0), "round"), "b");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "隐岭资本");
    assert_true(json_is_true(json_object_get(inv(json_array_get(d, 0), 0), "lead")));
    assert_true(inv_amount(json_array_get(d, 0), 0) == 1.2e8);
    assert_string_equal(s(json_array_get(d, 1), "round"), "angel");
    assert_string_equal(s(json_array_get(d, 2), "round"), "a");
    assert_true(amount(json_array_get(d, 2)) == 5e7);
    json_decref(d);
    /* BLOCK an answer's round told after a contract of a vague amount (约N)
     * is a round of the speaker's company, not that contract's exact amount */
    d = deals_of("2018年,邱岭禾和同学创办了穗岭智农。六年过去,穗岭智农已经覆盖三大粮食主产区。\n"
                 "问:硬件呢?\n"
                 "邱岭禾:不造。今年我们和岭飞签了一份约4,000万元的整机采购框架协议。\n"
                 "问:上一轮融资是什么时候?\n"
                 "邱岭禾:2022年的A轮,5,000万元,高岭资本领投。\n",
                 "2024-12-07");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "funding");
    assert_string_equal(target(json_array_get(d, 0)), "穗岭智农");
    assert_true(amount(json_array_get(d, 0)) == 5e7);
    json_decref(d);
    /* BLOCK a question's words are no parties (外界比较关心你们的融资进展;
     * 会考虑被收购或者收购别人吗?), and a company its founder 创办了 is the
     * one the answer speaks for */
    d = deals_of("2018年,林岭禾创办了舱岭通,为货代提供在线订舱工具。\n"
                 "问:外界比较关心你们的融资进展。\n"
                 "林岭禾:我们刚完成了B轮,金额是1.5亿元人民币。\n"
                 "问:会考虑被收购或者收购别人吗?\n"
                 "林岭禾:目前没有考虑。\n",
                 "2024-11-16");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "舱岭通");
    json_decref(d);
    /* BLOCK a fund's close: what its investors commit (产业投资基金认缴N) and
     * what the firm has invested in (累计投资了约70个项目) are no deals */
    d = deals_of("8月16日,岭新资本宣布旗下第四期基金完成最终关账,募资总额42亿元。其中,国家中小企业"
                 "发展基金有限公司认缴出资6亿元,苏州市产业投资基金认缴4亿元。岭新资本创始合伙人"
                 "罗岭之说:“我们前三期基金累计投资了约70个项目,已经有11家上市。”",
                 "2024-08-17");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a company's shares that trade on an exchange (关于X:…公司股票在
     * 深交所创业板挂牌交易) are no listing; a listing told with its day is */
    d = deals_of(
        "关于普岭微电子:普岭微电子成立于2012年,是一家模拟芯片设计企业,公司股票在深圳证券交易所"
        "创业板挂牌交易。",
        "2024-07-18");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("深圳普岭微电子股份有限公司股票于7月18日在深圳证券交易所创业板挂牌交易。",
                 "2024-07-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "ipo");
    json_decref(d);
    /* BLOCK 与Y(以下简称“Z”)全体股东签署…协议,以N收购后者: Y is bought, past
     * its defined name; a school bought after its kind (对爱尔兰在线语言学校X
     * 的控股收购) */
    d = deals_of(
        "9月12日,北京书岭教育科技股份有限公司(以下简称“书岭教育”)宣布,已与Lingwell "
        "Learning Ltd.(以下简称“Lingwell”)全体股东签署股权收购协议,以3800万英镑收购后者"
        "100%股权。同样在今年7月,另一家教育公司思岭教育完成了对爱尔兰在线语言学校LingNest的"
        "控股收购,交易金额未披露。",
        "2024-09-14");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 0)), "Lingwell");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "书岭教育");
    assert_string_equal(target(json_array_get(d, 1)), "LingNest");
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "思岭教育");
    json_decref(d);
}

static void holders_promises_and_places(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a name the filing defines (以下简称“瑞岭投资”) holds its 投资: the
     * holders before the deal (瑞岭投资、陈某分别持有…股权) make no round;
     * nor does a profit promised (交易对方承诺…净利润不低于N) */
    d = deals_of("万驰股份发布公告,公司拟以支付现金的方式收购宁波科岭精密压铸有限公司(以下简称“科岭"
                 "精密”)60%股权。本次交易的交易对方为宁波瑞岭投资管理合伙企业(有限合伙)(以下简称"
                 "“瑞岭投资”)及自然人陈国梁。本次交易前,瑞岭投资、陈国梁分别持有科岭精密75%、25%"
                 "股权。根据业绩承诺,交易对方承诺科岭精密2026年至2028年累计实现的扣非净利润不低于"
                 "3.2亿元。",
                 "2026-02-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "acquisition");
    json_decref(d);
    /* BLOCK guard: a purchase told before the promise kept (X曾以N收购Y,Y此
     * 后完成了业绩承诺) is still a deal */
    d = deals_of("2022年,岭华精工曾以3.1亿元收购宁波岭恩精密锻造有限公司51%股权,该标的此后三年均"
                 "完成了业绩承诺。",
                 "2026-02-10");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK a purchase contract whose money buys (采购合同,采购金额为N,用于
     * 采购GPU服务器): the other side supplies; a tender won (公司成为Y“…”
     * 采购项目的中标人): the company supplies, Y buys, the project's name is
     * no party */
    d = deals_of("为保障交付,岭栈智算同日与浪潮电子信息产业股份有限公司(以下简称“浪潮信息”)签署"
                 "服务器采购合同,采购金额为9.76亿元,用于采购GPU训练服务器。",
                 "2026-03-01");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")),
                        "Inspur Information");
    json_decref(d);
    d = deals_of("岭晟储能与日本岭电签署储能系统供货合同,金额约50亿日元。同日晚间,岭晟储能还披露了"
                 "一则中标公告:公司成为广东岭粤新型储能投资有限公司“肇庆200MW/400MWh独立储能电站”"
                 "储能系统采购项目的中标人,中标金额2.37亿元。",
                 "2026-03-01");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭晟储能");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 1), "investors")), 1);
    json_decref(d);
    /* BLOCK a company bought after its place and kind (收购韩国首尔的独立
     * 工作室X): the place's 的 leaves it the object */
    d = deals_of("岭玄互动(广州岭玄互动网络科技股份有限公司)宣布拟以约6.4亿元收购日本开发商Lingane "
                 "Works 80%股权。2023年,公司曾以2,800万美元收购韩国首尔的独立工作室Studio Lingeul,"
                 "后者开发的游戏去年海外流水约1.2亿美元。",
                 "2025-04-20");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "Studio Lingeul");
    assert_true(amount(json_array_get(d, 1)) == 2.8e7);
    json_decref(d);
}

static void capital_increases_shares_and_projects(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a stake taken by a capital increase (以N增资入股X,取得其20%股权)
     * is a round, not a purchase */
    d = deals_of("资料显示,岭泓新材成立于2016年,主要从事电子级氢氟酸的生产。2024年3月,岭源投资曾以"
                 "8,000.00万元增资入股岭泓新材,取得其20%股权。",
                 "2026-08-19");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "funding");
    assert_true(amount(json_array_get(d, 0)) == 8e7);
    json_decref(d);
    /* BLOCK a capital increase the filing plans (拟…以N对X进行增资) is a news
     * deal, dated by the publish day */
    d = deals_of(
        "8月18日晚间,岭晶化学发布公告,拟以38,616.00万元收购淄博岭泓新材料有限公司(以下简称"
        "“岭泓新材”)60%股权。此外,公司拟在标的股权交割完成后,以自有资金5,000.00万元对岭泓新材"
        "进行增资。",
        "2026-08-19");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "status"), "planned");
    assert_string_equal(s(json_array_get(d, 1), "date"), "2026-08-19");
    json_decref(d);
    /* BLOCK one investor's share (其中,Y投资N), Y unnamed as a company, is a
     * part of the round, no round of its own */
    d = deals_of(
        "穿戴式心电监测新创岭衡医电4日宣布,完成新台币3.6亿元A轮募资,本轮由台杉生医基金领投,"
        "中华开发资本跟投。其中,国发基金投资新台币5,000万元。",
        "2026-08-05");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 3.6e8);
    json_decref(d);
    /* BLOCK a strategic investor's role (作为战略投资方跟投) names no round */
    d = deals_of(
        "供应链可视化平台Lingtrace今日宣布完成2600万新加坡元A轮融资。本轮由Vertex Ventures领投,"
        "顺丰控股作为战略投资方跟投,老股东Antler继续加注。",
        "2026-08-19");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "round"), "a");
    json_decref(d);
    /* BLOCK an agreement with a development zone to build a project (与开发区
     * 管委会签署协议,规划建设总投资N的产线项目) is no contract */
    d = deals_of(
        "南通岭越半导体科技有限公司(以下简称“岭越半导体”)2月6日宣布完成6.5亿元B轮融资。2024年"
        "12月,公司已与南通经济技术开发区管委会签署协议,规划建设总投资30亿元的8英寸碳化硅模块"
        "产线项目。",
        "2026-02-07");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "funding");
    json_decref(d);
    /* BLOCK Y以N参与公司的Pre-IPO轮融资: Y invests in the company told */
    d = deals_of(
        "内地冷链物流营运商岭程冷链控股有限公司今日起招股,计划全球发售1.2亿股股份。招股书亦"
        "披露,京东物流曾于2023年6月以3亿元人民币参与公司的Pre-IPO轮融资,目前持股约6.8%。",
        "2026-03-11");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")),
                        "岭程冷链控股有限公司");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    json_decref(d);
}

static void rumors_denied_later_and_fund_investors(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a denial, sentences after the rumor, naming a party and the kind
     * of deal (关于美团收购公司股份的传闻不属实), ends it */
    d = deals_of(
        "岭邻商业控股股份有限公司(以下简称“岭邻商业”)3月12日发布业绩快报。此前市场流传一则收购"
        "传闻:3月11日,有自媒体称美团拟以约40亿元的价格收购岭邻商业控股股东所持的29.9%股份。受"
        "此影响,岭邻商业股价3月11日涨停。3月12日晚间,岭邻商业披露了股票交易异常波动公告。经向"
        "控股股东问询,公司确认不存在应披露而未披露的重大事项,“关于美团收购公司股份的传闻不属实,"
        "公司及控股股东从未与美团就股权转让事宜进行任何接触”。",
        "2026-03-13");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK (a guard) a sale denied (没有任何出售计划,相关传闻纯属不实) leaves
     * the company's rumored round be */
    d = deals_of(
        "据知情人士透露,岭衡科技正在洽谈新一轮融资,融资金额约3亿元,由红杉中国领投。另有传闻"
        "称,一家上市公司拟收购岭衡科技。受此影响,相关概念股大涨。随后,岭衡科技发布声明称,公司"
        "没有任何出售计划,相关传闻纯属不实。",
        "2026-03-13");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "funding");
    assert_string_equal(s(json_array_get(d, 0), "status"), "rumored");
    json_decref(d);
    /* BLOCK a fund's investors and their commitments (二期基金的出资人包括
     * A、B,其中B认缴N) are no round */
    d = deals_of(
        "二期基金规模50亿元。据介绍,二期基金的出资人包括国家绿色发展基金、广东省岭南产业投资母"
        "基金以及多家保险资金,其中广东省岭南产业投资母基金认缴6亿元,单个项目的投资额在5000万元"
        "至3亿元之间。",
        "2026-03-13");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
}

static void denials_first_agreements_and_kinds(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a rumor denied before the article tells it (X否认了“Y拟收购公司
     * 控股权”的传闻。…有自媒体称,Y拟以N收购X的控股权) is no deal; nor is a
     * round's rumor its company denied first (否认了此前流传的“获…战略投资”
     * 一说) */
    d = deals_of("3月19日上午,职业教育平台岭途在线发布声明,否认了“岭讯科技拟收购公司控股权”的市场"
                 "传闻,称相关报道“与事实不符”。3月18日晚间,有自媒体援引知情人士消息称,岭讯科技拟以"
                 "约20亿元人民币的价格收购岭途在线的控股权。受此消息影响,岭途在线股价一度大涨18%。",
                 "2024-03-19");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of(
        "“消息不实,公司目前没有任何股权融资计划。”12月10日晚间,零食连锁品牌岭省零食通过官方"
        "微博发布声明,否认了此前流传的“获某头部零食企业约15亿元战略投资”一说。此前一天,有自"
        "媒体文章称,岭省零食正与一家上市零食企业洽谈,对方拟以约15亿元入股。",
        "2023-12-11");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK guard: a company that did not deny (而Y方面则从未就此作出公开回应,
     * after the denial) keeps its round's rumor; 投资者 is no deal word */
    d = deals_of(
        "知情人士称,岭澜半导体正在洽谈一轮规模约30亿元的新融资,本轮由岭投先导基金牵头。今年7"
        "月曾有市场传闻称,岭达精密拟收购岭澜半导体部分股权。对此,岭达精密在投资者互动平台上"
        "回复称,公司“未参与相关交易,相关传闻不实”,而岭澜半导体方面则从未就此作出公开回应。",
        "2024-11-20");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "status"), "rumored");
    json_decref(d);
    /* BLOCK an answer's round with its agreement (是B+轮,上个月底签完的协议,
     * 总额N): the agreement is the round's, no contract, and 总额 after a
     * clause that names the round is its size */
    d = deals_of("本期我们与安徽钠岭新材料科技有限公司创始人许岭聊了聊。\n"
                 "记者:听说你们最近刚完成了一轮融资?\n"
                 "许岭:对,是B+轮,上个月底签完的协议,总额4.2亿元。\n"
                 "记者:这一轮都有哪些投资方?\n"
                 "许岭:岭肥产业投资引导基金领投,岭来资本跟投。",
                 "2023-12-14");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "funding");
    assert_string_equal(s(x, "round"), "b+");
    assert_true(amount(x) == 4.2e8);
    assert_string_equal(name_of(inv(x, 0)), "岭肥产业投资引导基金");
    json_decref(d);
    /* BLOCK 这家 and a company's kind other than 公司 (这家商业航天企业宣布
     * 完成…) is the company just spoken of */
    d = deals_of(
        "北京岭晟航天科技有限公司就是做这件事的公司。1月17日,这家商业航天企业宣布完成B轮融资,"
        "融资总额5.5亿元。",
        "2024-01-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "北京岭晟航天科技有限公司");
    assert_true(amount(json_array_get(d, 0)) == 5.5e8);
    json_decref(d);
    /* BLOCK money put into building (在迪拜投了N建海外仓) is no round, and
     * what follows a deal (短期内并购整合会更加谨慎) is no deal */
    d = deals_of(
        "本期我们与岭途智运创始人韩岭聊了聊。\n记者:先说说规模。\n韩岭:去年GMV做到了28亿元。"
        "我们在迪拜杰贝阿里自贸区投了3000万元建海外仓,面积大约4万平方米。",
        "2023-11-20");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of(
        "申岭证券分析师周岭认为,设备公司的增长将更多依赖国产化率提升;短期内并购整合会更加谨慎。",
        "2023-12-12");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
}

static void prices_holders_and_earlier_answers(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK 收购Y51%的股权,交易价格为N: a deal's price is its money */
    d = deals_of(
        "2月27日晚间,浙江瓯岭新材料股份有限公司(以下简称“瓯岭新材”或“公司”)发布公告称,公司拟以"
        "现金方式收购江西赣岭氟化工有限公司(以下简称“赣岭氟化”或“标的公司”)51%的股权,交易价格"
        "为18,360.75万元。本次交易完成后,赣岭氟化将成为公司的控股子公司。",
        "2024-02-28");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 183607500);
    json_decref(d);
    /* BLOCK Y以N对X增资,取得其9%的股权: a capital increase, Y its investor,
     * no purchase; and what Y's stake cost then (入股成本) is no deal */
    d = deals_of(
        "2021年12月,岭新资本以2,400万元对赣岭氟化增资,取得其9%的股权。以本次转让对价计算,岭新"
        "资本所持股权较当时的入股成本溢价约35%。",
        "2024-02-28");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_string_equal(s(x, "type"), "funding");
    assert_string_equal(target(x), "赣岭氟化");
    assert_string_equal(name_of(inv(x, 0)), "岭新资本");
    assert_true(amount(x) == 2.4e7);
    json_decref(d);
    /* BLOCK a holder that sells what it holds (Y所持股份将在本次交易中一并
     * 出售给X) is no buyer */
    d = deals_of(
        "杭州幻岭网络科技股份有限公司(下称“幻岭网络”)公告,拟以7,800万英镑收购英国独立游戏工作室"
        "Bramblewick Studios Ltd.(下称“Bramblewick”)100%股权。2021年,岭讯曾参与Bramblewick的"
        "1,200万英镑少数股权融资。公告显示,岭讯所持股份将在本次交易中一并出售给幻岭网络。",
        "2024-03-20");
    assert_int_equal(json_array_size(d), 2);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "幻岭网络");
    json_decref(d);
    /* BLOCK a bank's credit line for orders (为保障订单执行,…签订预付款保函
     * 授信协议) is no contract */
    d = deals_of(
        "为保障订单执行,岭洋船舶已与中国进出口银行江苏省分行签订预付款保函授信协议,授信额度不超过"
        "15亿元。",
        "2024-05-21");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK the short name after another in one bracket (中文名“Z”,下称“Y”)
     * names the target; a maker of two trades (开发与发行商) is described,
     * and a company's founders (Y的创始团队) are no party */
    d = deals_of(
        "《Tidebound》的开发者Moonwake Studios Pte. Ltd.(中文名“沐岭工作室”,下称“沐岭”)今天迎来"
        "了新的大股东。中国游戏开发与发行商杭州岭弈网络科技股份有限公司(下称“岭弈科技”)今日宣布,"
        "已与沐岭的创始团队签署最终协议,以总对价1.35亿新加坡元收购沐岭80%的股权。",
        "2024-05-23");
    assert_int_equal(json_array_size(d), 1);
    x = json_array_get(d, 0);
    assert_string_equal(target(x), "沐岭");
    assert_int_equal(json_array_size(json_object_get(x, "investors")), 1);
    assert_string_equal(name_of(inv(x, 0)), "岭弈科技");
    json_decref(d);
    /* BLOCK an answer's earlier round told as a cleft (A轮是2021年拿的,N,Y
     * 领投), its lead a name the tool does not know */
    d = deals_of("本期我们与杭州脉岭医疗科技有限公司创始人林岭聊了聊。\n记者:融资顺利吗?\n"
                 "林岭:还算顺利。我们上个月刚刚完成了B+轮,3.5亿元。岭瓴创投领投。\n"
                 "记者:前几轮是什么情况?\n"
                 "林岭:A轮是2021年拿的,1.8亿元,岭明领投;2022年底做了B轮,2亿元,岭来亚洲基金领投。",
                 "2024-03-01");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(s(json_array_get(d, 1), "round"), "a");
    assert_true(amount(json_array_get(d, 1)) == 1.8e8);
    json_decref(d);
    /* BLOCK paid-in capital after a round (增資後公司實收資本額將提升至N) is
     * no round of its own */
    d = deals_of(
        "岭澈科技今(20)日宣布,完成新台幣12億元B輪募資,本輪由國家發展基金領投。岭澈科技表示,本輪以"
        "現金增資方式進行,增資後公司實收資本額將提升至新台幣15億元。",
        "2024-06-20");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 1.2e9);
    json_decref(d);
}

static void lists_times_and_owners(void **state)
{
    (void)state;
    json_t *d, *x;
    /* BLOCK 既有股东 within a list of followers (A、B及既有股东C跟投) keeps
     * the list whole */
    d = deals_of(
        "岭禾科技宣布完成A轮融资4.2亿元,由岭石资本领投,岭海基金、岭井物产及既有股东岭初创投跟投。",
        "2024-01-15");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 4);
    json_decref(d);
    /* BLOCK a time between a name and 被 (同行X前段时间被Y收购了): X is bought */
    d = deals_of("问:同行鲜岭通前段时间被岭东物流收购了,你怎么看?", "2024-06-22");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "鲜岭通");
    json_decref(d);
    /* BLOCK Y的全体股东 sell Y (已与Y的全体股东签署…协议,拟收购后者100%股权) */
    d = deals_of(
        "12月14日晚间,上海游岭互动娱乐股份有限公司公告称,公司已与Harrowling Interactive Ltd.的全体"
        "股东签署股份购买协议,拟收购后者100%股权。",
        "2023-12-15");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "Harrowling Interactive Ltd.");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "上海游岭互动娱乐股份有限公司");
    json_decref(d);
    /* BLOCK a country's capital (中国资本领投…) is no investor, and a round
     * with none named and no money is no record */
    d = deals_of("【新材料】Lacquera:中国资本领投德国涂料初创", "2023-11-14");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK guard: an answer's earlier round with its exact amount (A轮是在
     * 2022年,N,Y独家投资的) is its own round, not the exact amount of the
     * vague round told before it (完成了B轮融资,金额是数亿元) */
    d = deals_of("本期我们与岭途科技创始人周岭聊了聊。\n问:这轮融资的情况?\n"
                 "周岭:我们在5月底完成了B轮融资,金额是数亿元人民币,由岭G资本领投,岭珠资本跟投。\n"
                 "问:本轮之前的融资呢?\n"
                 "周岭:A轮是在2022年,1.5亿元,岭峰资本独家投资的。那时候整个行业都很冷。",
                 "2024-06-22");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "round"), "a");
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "岭峰资本");
    json_decref(d);
    /* BLOCK 双方曾签署…合同,总金额N with a time of its own, after the two
     * parties' contract: an earlier contract of the same parties */
    d = deals_of(
        "2月26日晚间,江苏海岭船舶重工股份有限公司发布公告称,公司与挪威航运公司Nordling Container "
        "Lines AS签署8艘集装箱船建造合同,合同总金额约7.36亿美元。这并不是Nordling第一次在海岭重工"
        "下单。2023年7月,双方曾签署4艘7000TEU集装箱船建造合同,总金额3.3亿美元。",
        "2024-02-27");
    assert_int_equal(json_array_size(d), 2);
    x = json_array_get(d, 1);
    assert_true(amount(x) == 3.3e8);
    assert_string_equal(target(x), "江苏海岭船舶重工股份有限公司");
    assert_string_equal(name_of(inv(x, 0)), "Nordling Container Lines AS");
    json_decref(d);
}

static void counts_focus_and_supporting_raises(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a field's deals counted together (领域投融资总额约为N) and a
     * meeting's investors (投资机构参会) are no deal */
    d = deals_of(
        "8月26日,2023岭成生物产业发展大会在常州开幕,来自全国的300余家企业、投资机构参会。\n"
        "资本市场层面,岭成生物的融资热度已较两年前明显降温。据研究机构统计,2022年全球岭成"
        "生物领域投融资总额约为180亿美元。",
        "2023-08-28");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK growth by buying (外延并购会保持审慎) is no deal */
    d = deals_of(
        "管理层在业绩说明会上表示,公司短期内仍以内生增长为主,“外延并购会保持审慎,不会为了规模"
        "而规模”。",
        "2024-03-10");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a purchase called off (终止…购买Y100%股权并募集配套资金事项)
     * takes its supporting raise with it, and the plan recalled after it
     * (X原拟以N收购Y;同时拟…募集配套资金) is no deal */
    d = deals_of(
        "岭屏传媒收购乐岭互娱的计划最终告吹。\n3月3日晚间,岭屏传媒公告称,公司决定终止以发行股份"
        "及支付现金方式购买乐岭互娱100%股权并募集配套资金事项。\n根据2022年5月披露的预案,"
        "岭屏传媒原拟以12.6亿元收购乐岭互娱100%股权;同时拟向不超过35名特定对象募集配套资金"
        "不超过5亿元。",
        "2024-03-04");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK guard: a fund's focus (基金募集,重点投资…领域) is no deal, once
     * 投资机构 is no deal word */
    d = deals_of(
        "Lingcape Climate Partners合伙人Ingrid Solberg表示:“岭烁的工艺可将单位能耗降低约40%。”"
        "Lingcape Climate Partners于2023年完成规模为4.5亿欧元的第二期基金募集,重点投资电池"
        "材料与工业脱碳领域。\n关于Lingcape Climate Partners\nLingcape Climate Partners是一家"
        "专注于气候科技的欧洲成长期投资机构,管理资产规模超过12亿欧元。",
        "2024-03-18");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a company bought after a city's 的 (收购了大阪的X) */
    d = deals_of("今年6月,岭润科技以约30亿日元收购了大阪的浪岭精工株式会社全部股权。",
                 "2023-08-22");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "浪岭精工株式会社");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭润科技");
    json_decref(d);
}

static void services_values_and_subjects(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK X与Y签署算力服务协议,由X…为Y…提供: X serves, Y buys */
    d = deals_of(
        "深圳2023年9月12日 /商讯通/ -- "
        "智能算力服务商深圳岭擎智算科技股份有限公司(以下简称“岭擎智算”)"
        "今日宣布,已与上海澜岭智能科技有限公司(以下简称“澜岭智能”)签署《算力服务框架协议》,由"
        "岭擎智算在未来五年内为澜岭智能的大模型训练和推理业务提供高性能算力服务,协议总金额为人民币"
        "6.84亿元(含税)。",
        "2023-09-12");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭擎智算");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "澜岭智能");
    json_decref(d);
    /* BLOCK the price as a later clause's subject (协议期限为5年,合同总金额约N)
     * in a sentence that names no company */
    d = deals_of(
        "深圳岭云智算科技股份有限公司(以下简称“岭云智算”)10月17日晚间公告,公司与北京墨岭智能科技"
        "有限公司(以下简称“墨岭智能”)签署《智能算力服务框架协议》,由岭云智算为墨岭智能的大模型"
        "训练及推理业务提供智能算力服务。协议期限为5年,合同总金额约5.16亿元(含税),约占公司2022"
        "年度经审计营业收入的61.3%。",
        "2023-10-18");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 516000000.0);
    json_decref(d);
    /* BLOCK the value of a contract signed (签署价值N的…合同) is its money */
    d = deals_of(
        "岭曜新能与日本Sakura Grid签订采购合同,合同金额158.6亿日元。\n2023年9月,公司曾与澳大利亚"
        "能源零售商Brightwater Energy签署价值1.1亿澳元的储能供货合同,该项目已于今年1月完成首批"
        "交付。",
        "2024-03-08");
    assert_int_equal(json_array_size(d), 2);
    assert_true(amount(json_array_get(d, 1)) == 110000000.0);
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "Brightwater Energy");
    json_decref(d);
    /* BLOCK what a company works on (专注于多模态大模型的创业公司) is no
     * company: the round is the subject's */
    d = deals_of(
        "墨岭智能成立于2022年,是一家专注于多模态大模型的创业公司,今年6月曾完成由启明创投领投的6亿"
        "元A轮融资。",
        "2023-10-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "墨岭智能");
    json_decref(d);
    /* BLOCK an interview's company is the one whose founder its opening
     * sentence names (X(以下简称“Y”)成立于2019年,创始人Z…), not a shop the
     * answers name (精品番茄在盒马…卖到12元) */
    d = deals_of(
        "原创 岭沐 种子观察\n山东岭垄智慧农业科技有限公司(以下简称“岭垄”)成立于2019年,创始人孟岭秋"
        "此前在荷兰一家温室设备公司工作了八年。春节前,我们在潍坊基地和她聊了聊融资和扩张。\n问:你们"
        "现在算得过账吗?\n孟岭秋:过去确实算不过。但我们的番茄亩产能做到传统大棚的4倍以上,而且是全年"
        "供应,精品番茄在盒马、山姆的终端价每斤能卖到12元。去年公司营收做到了2.6亿元。\n问:听说你们"
        "刚完成了新一轮融资?\n孟岭秋:对,1月中旬刚刚交割,是B轮,总额3亿元,投前估值15亿元。这一轮由"
        "岭远资本合伙人韩知远带队领投,出资主体是苏州岭远二期股权投资合伙企业(有限合伙);潍坊市现代"
        "农业产业投资基金跟投,其中1亿元来自这只基金。",
        "2024-02-20");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "山东岭垄智慧农业科技有限公司");
    json_decref(d);
    /* BLOCK a company with a head office (X总部位于东京) is a company, which
     * 该公司 after it means */
    d = deals_of(
        "标题\n岭格科技总部位于东京,主要开发储能项目。去年11月,该公司刚刚完成由岭山资本领投的120亿"
        "日元融资。",
        "2024-03-08");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭格科技");
    json_decref(d);
}

static void tranches_sellers_and_then(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK the rest of a round in tranches (首期N已到账,余下M将…注入) is
     * part of the round, no round of its own */
    d = deals_of(
        "岭锂再生科技有限公司(下称「岭锂再生」)周四宣布,完成1.5亿港元A轮融资,由岭港资本领投。\n岭锂"
        "再生联合创办人何岭谦表示,本轮融资投前估值约6亿港元,资金分两期到位:首期7,000万港元已于8月"
        "中旬到账,余下8,000万港元将于示范厂房投产后注入。",
        "2024-08-30");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK what a sentence sets aside (除股权融资外,X亦获…资助) is no deal
     * word: a grant is no round */
    d = deals_of(
        "岭锂再生科技有限公司(下称「岭锂再生」)周四宣布,完成1.5亿港元A轮融资,由岭港资本领投。\n除股"
        "权融资外,岭锂再生早前亦获创新科技署「新型工业化资助计划」批出资助,政府以1:2配对形式资助"
        "最多1,500万港元。",
        "2024-08-30");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK a company's quoted plan (公司“出海2.0”战略) is no company */
    d = deals_of(
        "6月5日,岭鲸互娱公告称,已完成对岭风工作室100%股权的收购交割,交易对价为52亿日元。岭鲸互娱"
        "董事长表示,收购岭风是公司“出海2.0”战略的关键一步。",
        "2024-06-06");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK 其中,公司拟以N受让A持有的…股权: a seller's part of the purchase
     * just told, no purchase of A */
    d = deals_of(
        "3月4日晚间,岭禾化学公告,公司拟以2.89亿元收购岭宸新材51%股权。\n根据公告,本次交易的交易对方"
        "(即转让方)为自然人周岭明、南通岭泰企业管理合伙企业(有限合伙)(下称“南通岭泰”),受让方为"
        "岭禾化学。其中,公司拟以14,178.12万元受让周岭明持有的标的公司25.00%股权,以8,506.87万元"
        "受让南通岭泰持有的标的公司15.00%股权。",
        "2024-03-05");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK X系于DATE入股Y (系: is) ends the name at 系; 彼时 (then) dates
     * the next sentence's deal by that time, and the two are one */
    d = deals_of(
        "3月4日晚间,岭禾化学公告,公司拟以2.89亿元收购岭宸新材51%股权。\n值得注意的是,岭盛弘远系于"
        "2022年6月入股岭宸新材。彼时,岭盛弘远以货币方式向岭宸新材增资5,000万元,取得其11.00%股权。",
        "2024-03-05");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "岭盛弘远");
    assert_true(amount(json_array_get(d, 1)) == 50000000.0);
    assert_string_equal(s(json_array_get(d, 1), "date"), "2022-06");
    json_decref(d);
    /* BLOCK 这家…公司, its description long (这家成立于2020年的SaaS公司), is
     * the company that opened the sentence before after what describes it
     * (总部位于新加坡的X正是为这件事而生) */
    d = deals_of(
        "跨境电商卖家每个月最头疼的,往往不是流量,"
        "而是对账。\n总部位于新加坡的Lingrya正是为这件事而生"
        "。这家成立于2020年的SaaS公司今天宣布完成2,800万新加坡元A轮融资,本轮由岭纹资本领投。",
        "2023-09-14");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "Lingrya");
    json_decref(d);
}

static void closings_bars_and_prospectuses(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK closing on a stake bought (完成对Y100%股权的交割) is an
     * acquisition */
    d = deals_of(
        "标题\n7月9日晚间,山东岭石新材料股份有限公司(以下简称“岭石新材”)公告称,公司已于7月7日完成"
        "对德国Lingsel Verbund GmbH(以下简称“岭塞”)100%股权的交割,交易对价为1.28亿欧元。",
        "2023-07-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "acquisition");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭石新材");
    assert_true(amount(json_array_get(d, 0)) == 128000000.0);
    json_decref(d);
    /* BLOCK a name in straight quotes after its trade (服务商"X") is the
     * object of the investment before it */
    d = deals_of(
        "标题\n岭好资本7月2日独家投资了AI学习机与口语陪练服务商\"岭圃教育\",金额为5000万元,轮次为"
        "Pre-A轮。",
        "2024-07-07");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭圃教育");
    json_decref(d);
    /* BLOCK a roundup's heading X|控股收购|… names what was bought, no buyer
     * of the item before */
    d = deals_of(
        "标题\n一、岭碳新材|合同|2.3亿元\n6月16日晚,岭碳新材公告,与岭阳智慧能源集团股份公司签署年"
        "度供货框架协议,预计合同金额2.3亿元。\n二、百姓岭和|控股收购|金额未披露\n连锁药房企业岭汇"
        "大药房6月16日宣布,已完成对河南本土连锁品牌百姓岭和的控股收购,取得其65%股权,交易金额未披"
        "露。",
        "2023-06-18");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 1)), "百姓岭和");
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "岭汇大药房");
    json_decref(d);
    /* BLOCK the prospectus a round is read from (招股书亦披露,X完成…B轮融资)
     * makes no IPO of the round; an offer's day is when it opens, not the
     * day in brackets that glosses its end (今日(8日)起至本週四(11日)) */
    d = deals_of(
        "标题\n內地冷鏈物流服務商岭運達供應鏈控股有限公司(下稱「岭運達」)今日(8日)起至本週四(11日)"
        "招股,計劃於4月16日在港交所主板掛牌。\n岭運達是次全球發售1.2億股,以發售價計算,集資總額為7.2"
        "億港元。\n招股書亦披露,岭運達於2021年3月完成由岭杉資本領投的B輪融資,金額3億元人民幣,投後"
        "估值約25億元人民幣。",
        "2024-04-08");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 0), "date"), "2024-04-08");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 0);
    assert_string_equal(s(json_array_get(d, 1), "type"), "funding");
    assert_string_equal(s(json_array_get(d, 1), "round"), "b");
    json_decref(d);
    /* BLOCK cornerstone investors told after the paragraph says so (…基石投
     * 資者…。其中,X認購N) take part in the offer, however far back */
    d = deals_of(
        "标题\n內地冷鏈物流服務商岭運達供應鏈控股有限公司(下稱「岭運達」)今日起招股,計劃於4月16日在"
        "港交所主板掛牌。\n岭運達是次全球發售1.2億股。每股發售價定為6港元,每手500股。以發售價計算,"
        "集資總額為7.2億港元。岭金公司為是次上市的保薦人。\n是次招股引入兩名基石投資者,合共認購約"
        "2.37億港元的發售股份,佔發售股份約33%。其中,岭豐控股認購2,000萬美元(約1.57億港元),岭實國際"
        "資產管理有限公司認購8,000萬港元,兩者均設六個月禁售期。",
        "2024-04-08");
    assert_int_equal(json_array_size(d), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 2);
    assert_true(inv_amount(json_array_get(d, 0), 1) == 80000000.0);
    json_decref(d);
    /* BLOCK 与Y的全体股东签署…协议,收购其100%股权: 其 is Y, bought */
    d = deals_of(
        "标题\n9月25日晚间,港股上市公司岭柚互动控股有限公司(下称“岭柚互动”)公告,已与芬兰游戏开发"
        "商Lingvane Studios Oy的全体股东签署股权购买协议,收购其100%股权。交易对价为1.15亿欧元(约合"
        "人民币8.9亿元)。",
        "2023-09-26");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "Lingvane Studios Oy");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭柚互动");
    json_decref(d);
}

static void questions_uses_and_answers(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK an investor named by the round it joined before (天使轮的X也继续
     * 加了注) is in this round, which is no angel round */
    d = deals_of(
        "标题\nTalvio创始人周默此前是SHEIN的算法负责人。去年9月,Talvio获得岭格基金300万美元天使"
        "轮投资。近日,我们与周默聊了聊。\n问:听说Talvio刚完成新一轮融资?\n周默:对,上个月底刚交割完,"
        "是Pre-A轮,一共1200万美元。岭远创投领投,岭榕资本跟投,天使轮的岭格基金也继续加了注。\n问:钱"
        "怎么花?\n周默:主要投在研发上。",
        "2023-06-16");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 0), "round"), "pre-a");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 3);
    json_decref(d);
    /* BLOCK 具体来看,公司拟以N受让A持有的…: the sellers' parts, told in
     * detail, are no purchase of their own */
    d = deals_of(
        "标题\n公告显示,浙江岭垣汽车部件股份有限公司(以下简称“岭垣股份”或“公司”)于2023年5月15日召开"
        "董事会,审议通过了《关于收购宁波岭晟精密压铸有限公司65%股权的议案》。公司作为受让方,"
        "与宁波岭晟"
        "投资管理合伙企业(有限合伙)(以下简称“岭晟投资”)、自然人徐岭东签署了《股权转让协议》,拟以现"
        "金20,865.50万元收购其合计持有的岭晟精密65%股权。\n具体来看,公司拟以12,840.31万元受让岭晟投"
        "资持有的标的公司40%股权,以8,025.19万元受让徐岭东持有的标的公司25%股权。",
        "2023-05-16");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK a market's new shares (港股新股集资总额) are no offer */
    d = deals_of(
        "标题\n禾岭宠物今日起招股,计划于10月12日在港交所主板挂牌,集资总额约8亿港元。\n据统计,今年"
        "首三季港股新股集资总额约254亿港元,按年下跌约五成。",
        "2023-10-06");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK an interviewer's question under its outlet's name (X:…能确认一下
     * 吗?) names no party; the answer tells the round */
    d = deals_of(
        "标题\n成立于2018年的北京岭衡科技有限公司(下称“岭衡科技”)是少数从底层求解器做起的国产团队"
        "之一。春节前,锐岭Pro与岭衡科技创始人兼CEO韩以岭聊了聊这家公司的新进展。\n锐岭Pro:"
        "市场上一直有"
        "消息说岭衡在融资,能确认一下吗?\n韩以岭:可以确认。B轮刚刚交割,总额3亿元,"
        "由岭创投领投。\n锐岭"
        "Pro:距离上一轮过去挺久了。\n韩以岭:是的,A轮是2021年,1.5亿元。",
        "2024-02-08");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 0)), "岭衡科技");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 1);
    json_decref(d);
    /* BLOCK the notice of a round (融资公告发布当天) makes no spending on a
     * plant a round */
    d = deals_of("标题\n总部位于新加坡的固态电池材料公司Lingvane于2月7日宣布,完成3,"
                 "800万新加坡元B轮融资。本轮"
                 "由岭马锡领投。\n其国内主体无锡岭万新材料有限公司(以下简称“岭万新材”)"
                 "成立于2022年。融资公告发"
                 "布当天,岭万新材同步宣布将在无锡锡山经济技术开发区投资5亿元,"
                 "建设年产2000吨的固态电解质产线。",
                 "2024-02-08");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK a year's result (约占公司2023年经审计营业收入的62.5%) does not date
     * the contract; an investment's use told after it (…的股权投资,用于…)
     * leaves it a deal, its investor after a descriptor (获得欧洲基础设施
     * 基金Y) */
    d = deals_of(
        "标题\n7月4日晚间,苏州岭能储能科技股份有限公司(下称\"岭能储能\")公告,公司与德国储能电站开发"
        "商Lingfeld Energie "
        "GmbH(下称\"Lingfeld\")于当地时间7月4日在慕尼黑签署《储能系统供货框架协议"
        "》。根据协议,公司将在2024年至2026年间向Lingfeld供应储能系统,协议总金额约3.1亿欧元,约占公司"
        "2023年经审计营业收入的62.5%。\nLingfeld成立于2016年,总部位于慕尼黑。去年,"
        "Lingfeld获得欧洲基"
        "础设施基金Nordling Infrastructure Partners "
        "2亿欧元的股权投资,用于在德国北部建设多座大型独立"
        "储能电站。",
        "2024-07-05");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 0), "date"), "2024-07-04");
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "Nordling Infrastructure Partners");
    json_decref(d);
    /* BLOCK an answer to a question that names the round (问:天使轮是什么时
     * 候? 何屿:去年3月,1500万元,X一家投的) is that round, X its only
     * investor; 跟投的有Y names a follower */
    d = deals_of(
        "标题\n我们和岭格影业创始人何屿聊了聊短剧的生意。\n问:听说你们刚完成了新一轮融资?\n何屿:对,"
        "上个月刚签完,A轮,8000万元。领投的是岭文集团,跟投的有岭映资本,"
        "我们天使轮的老股东岭动资本这次"
        "也继续加注了。\n问:天使轮是什么时候?\n何屿:去年3月,1500万元,岭动资本一家投的。\n问:这8000"
        "万元打算怎么花?\n何屿:一半投在内容上。",
        "2024-06-30");
    assert_int_equal(json_array_size(d), 2);
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 0), "investors")), 3);
    assert_string_equal(s(json_array_get(d, 1), "round"), "angel");
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "岭动资本");
    json_decref(d);
    /* BLOCK 公司 that opens the deal's clause is its subject, not the one
     * before it (这并非公司首次通过并购扩张,2024年11月,公司曾以N收购Y) */
    d = deals_of(
        "标题\n9月10日晚间,浙江岭曦新材料股份有限公司(以下简称“岭曦新材”)公告,公司拟以3.88亿元收购"
        "江西岭锦氟化工有限公司60%股权。\n这并非公司首次通过并购扩张,2024年11月,公司曾以9,800."
        "00万元"
        "收购南通岭氟新材料有限公司70%股权。",
        "2026-09-11");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "岭曦新材");
    json_decref(d);
    /* BLOCK X的中文名叫“Y”: Y is X */
    d = deals_of(
        "标题\nLingvane完成2,000万新加坡元A+轮融资,由Helix Ling Partners领投。\nLingvane的中文名叫"
        "“岭万科技”,2020年由两位中国工程师在新加坡创立。\n回顾融资历程,岭万科技2021年曾拿到East "
        "Ling "
        "Ventures领投的300万美元种子轮。",
        "2023-11-03");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "Lingvane");
    json_decref(d);
    /* BLOCK X(Latin)是本轮的领投方: X leads, its Latin name no target */
    d = deals_of("标题\n本周三,为外贸中小企业提供收款服务的岭途科技对外披露,公司已拿下1."
                 "1亿美元C轮融资。岭西洋"
                 "投资(Lingatlas)是本轮的领投方,老股东岭杉中国、岭鼎资本持续加码。",
                 "2024-02-09");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭西洋投资");
    json_decref(d);
}

static void payments_units_and_asked_rounds(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a question about its own deal word (X自己会考虑并购吗?) tells no
     * deal */
    d = deals_of("标题\n上海禾岭宠物食品有限公司(以下简称“禾岭”)宣布完成B+轮融资1.2亿元,"
                 "由岭蚁资本领投。\n资本"
                 "也回来了,比如做冻干零食的毛岭工坊上周刚拿了岭讯的战略投资。\n问:"
                 "禾岭自己会考虑并购吗?\n沈一岭:"
                 "如果有合适的工厂,会看。",
                 "2025-09-07");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK a round named without its 轮 (一轮Pre-A) */
    d = deals_of("标题\n岭布科技2022年底完成一轮Pre-A融资,金额三千万元左右,由岭性资本领投。",
                 "2024-05-20");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "round"), "pre-a");
    json_decref(d);
    /* BLOCK a guard: X给了N,是独家投的 (a cleft after the investor's own
     * clause) makes the investor no company raising money */
    d = deals_of("标题\n我们和岭安宠物创始人谭若岭聊了聊。\n谭若岭:我们刚完成A轮,1."
                 "2亿元人民币。岭蚁资本领投,"
                 "老股东岭图投资跟投。\n谭若岭:2023年拿天使轮的时候,"
                 "我们只有三个人。岭图投资给了3000万元,是独"
                 "家投的。",
                 "2025-12-13");
    for (size_t i = 0; i < json_array_size(d); i++)
        assert_string_not_equal(target(json_array_get(d, i)), "岭图投资");
    json_decref(d);
    /* BLOCK a parent's capital for its wholly owned unit (对全资子公司Y进行增
     * 资,用于…建设) is no deal */
    d = deals_of(
        "标题\n1月15日晚间,岭澈新材公告,公司拟以3.2亿元收购岭华化工51%股权。公告同时披露,公司拟以"
        "自有资金2,000.00万元对全资子公司岭澈(淄博)新材料有限公司进行增资,用于电子化学品仓储项目"
        "建设。",
        "2024-01-16");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK a contract told twice, its parties swapped (公司已与Y签署…协议。根
     * 据协议,X将向Y提供…): the telling with the direction is the deal, and a
     * payment ahead (支付首期预付款N) is no price of it */
    d = deals_of("标题\n广州2024年4月10日 /商讯通/ -- "
                 "广东岭曦数据科技股份有限公司(以下简称“岭曦数据”)今日宣布,"
                 "公司已与深圳岭衡智能科技有限公司(以下简称“岭衡智能”)"
                 "签署《算力服务框架协议》。根据协议,岭曦"
                 "数据将向岭衡智能提供合计2,000P的高性能智能算力服务,服务期限为5年,合同总金额为12."
                 "36亿元(含税)"
                 "。\n根据协议约定,岭衡智能将在协议生效后30日内向岭曦数据支付首期预付款1.85亿元,"
                 "此后按季度结算"
                 "服务费。",
                 "2024-04-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭曦数据");
    assert_true(amount(json_array_get(d, 0)) == 1236000000.0);
    json_decref(d);
    /* BLOCK an answer to a question that names a round, after the news round
     * was told (拾岭商业:A轮是什么时候? 聂晓岭:2022年6月,6000万元,Y领投的) */
    d = deals_of("标题\n这套系统出自北京岭映数字农业科技有限公司(以下简称“岭映科技”)"
                 "。创始人聂晓岭是中国农业大学"
                 "设施农业专业的博士,2018年创业之前,他曾在荷兰一家温室工程公司工作了五年,"
                 "“在那边看到一个种植员"
                 "能管几十亩,回国后发现我们还是靠老师傅的经验。”\n近日,"
                 "岭映科技完成了新一轮融资。围绕融资、出海"
                 "和盈利节奏,拾岭商业与聂晓岭进行了一次对话。以下为对话节选,经编辑:\n拾岭商业:"
                 "先说说这轮融资。"
                 "\n聂晓岭:我们刚刚完成A+轮,金额是1.5亿元。这一轮由岭明创投领投,"
                 "老股东岭码资本继续加注,岭金资"
                 "本旗下基金也参与了。投后估值大概在12亿元左右,比A轮的时候翻了一倍多。\n拾岭商业:"
                 "A轮是什么时候?"
                 "\n聂晓岭:2022年6月,6000万元,岭远创投领投的。那时候我们只有两个示范温室,"
                 "现在全国有23个项目在"
                 "运营,覆盖面积超过1,800亩。",
                 "2024-04-10");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "round"), "a");
    assert_true(amount(json_array_get(d, 1)) == 60000000.0);
    json_decref(d);
    /* BLOCK a clause that opens a new episode with a round of its own and no
     * subject (…种子轮投资,去年再完成N的Pre-A轮) is the same company's */
    d = deals_of("标题\n岭禾感测今日宣布完成A轮募资,金额为新台币4.2亿元,"
                 "由岭杉投资领投。\n回顾募资历程,岭禾感测"
                 "于2021年获岭初创投新台币3,000万元种子轮投资,去年再完成新台币1.1亿元Pre-A轮,"
                 "国家发展基金当时即"
                 "参与投资。",
                 "2023-11-02");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(target(json_array_get(d, 2)), "岭禾感测");
    assert_string_equal(s(json_array_get(d, 2), "round"), "pre-a");
    assert_true(amount(json_array_get(d, 2)) == 110000000.0);
    json_decref(d);
    /* BLOCK Y brought in as a strategic shareholder (又引入Y作为战略股东) is a
     * strategic round of its own */
    d = deals_of("标题\n岭方仿真今日宣布完成3.5亿元B轮融资,由岭原资本领投。\n此前,"
                 "岭方仿真曾在2021年获得岭性资本"
                 "领投的数千万元A轮融资,2022年又引入岭汽资本作为战略股东。",
                 "2023-11-02");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(s(json_array_get(d, 2), "round"), "strategic");
    assert_string_equal(name_of(inv(json_array_get(d, 2), 0)), "岭汽资本");
    json_decref(d);
    /* BLOCK 公司拟向特定对象发行股票 in a filing: 公司 is the filer (X发布公告称,
     * 公司全资子公司Y…), who alone can issue shares */
    d = deals_of("标题\n6月11日晚间,浙江岭栈数据科技股份有限公司(以下简称“岭栈数据”)发布公告称,"
                 "公司全资子公司杭"
                 "州岭栈算力服务有限公司(以下简称“岭栈算力”)于近日与北京岭言智元科技有限公司("
                 "以下简称“岭言智元”)"
                 "签订《算力服务框架协议》,由岭栈算力向岭言智元提供高性能GPU算力租赁服务,"
                 "协议总金额不超过6.8亿"
                 "元。\n此外,公司拟向特定对象发行股票,募集资金不超过15亿元,用于智算中心项目建设。",
                 "2023-06-12");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭栈数据");
    json_decref(d);
    /* BLOCK X与Y签署…服务合同 with no word of who buys, after X supplied in
     * the contract told before: X supplies again */
    d = deals_of("标题\n7月13日,岭垣数据公告,全资子公司岭垣智算(以下简称“岭垣智算”)"
                 "与北京岭川智能科技有限公司(以"
                 "下简称“岭川智能”)签署算力服务协议,由岭垣智算向岭川智能提供算力服务,合同金额12."
                 "8亿元。\n这已是"
                 "岭垣数据今年签下的第二份大额算力订单。今年5月,"
                 "岭垣智算与岭山引擎签署GPU算力服务合同,合同金额约"
                 "4.5亿元,服务期3年。",
                 "2023-07-14");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 1)), "岭垣智算");
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "岭山引擎");
    json_decref(d);
}

static void tenders_listings_and_episodes(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK a tender won whose owner the text only describes (中标…某…项目)
     * is a contract with its buyer unnamed, when it has its price */
    d = deals_of("岭川储能中标华能某新能源基地储能系统集采项目,中标金额约12.6亿元。", "2023-10-23");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "contract");
    assert_string_equal(target(json_array_get(d, 0)), "岭川储能");
    assert_true(amount(json_array_get(d, 0)) == 1.26e9);
    json_decref(d);
    /* BLOCK a listing on an exchange the text names as an organization
     * (在港交所上市,募资N) is an IPO */
    d = deals_of("9月,心血管介入器械企业岭沛医疗在港交所上市,募资约6.2亿港元,上市首日收涨12%。",
                 "2023-10-11");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "ipo");
    json_decref(d);
    /* BLOCK a deal said to be none (不涉及对外融资安排) is no deal: spending
     * from the company's own money */
    d = deals_of("7月30日晚间,便利店连锁企业岭至达控股有限公司(以下简称\"岭至达\")发布澄清公告称,"
                 "公司未与任何第三方磋商。\n同一份公告中,岭至达还披露了上半年业绩预告,预计实现收入"
                 "约46亿元。\n岭至达同时表示,下半年计划投入约3亿元用于中央厨房及冷链仓配中心的建设,"
                 "资金全部来自公司自有资金,不涉及对外融资安排。\n",
                 "2023-07-31");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a roundup's items: a name in straight quotes after its platform,
     * and a two-character brand after its kind with its day before the
     * verb, are each item's company */
    d = deals_of("【教育】职业技能教育平台\"岭屿\"获得岭峰长青近千万元天使轮融资。\n"
                 "【消费】社区生鲜折扣店品牌岭屉3月15日宣布完成数亿元C轮融资,由岭团龙珠领投。\n",
                 "2024-03-17");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 0)), "岭屿");
    assert_string_equal(target(json_array_get(d, 1)), "岭屉");
    json_decref(d);
    /* BLOCK 公司 opening the clause after a purchase told (X曾以N收购Y;2022年,
     * 公司完成…) goes on about the buyer, not the company bought */
    d = deals_of(
        "上海岭跃网络科技有限公司(以下简称“岭跃网络”)今日宣布,已于7月4日完成对英国独立游戏"
        "工作室Lingpine Studios Ltd.的全资收购。\n2021年,岭跃网络曾以约2.1亿元收购韩国开发商"
        "Studio Lingabi,布局二次元手游;2022年,公司完成由腾讯领投的10亿元C轮融资。\n",
        "2023-07-05");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(s(json_array_get(d, 2), "type"), "funding");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 2), "target")), "岭跃网络");
    json_decref(d);
    /* BLOCK 天使投资 is an angel round, and a semicolon opens a new episode
     * (…天使投资;2022年又获得…Pre-A轮融资) of the same company */
    d = deals_of(
        "浙江岭点供应链管理有限公司(以下简称“岭点”)宣布完成1.5亿元A轮融资。\n2021年,公司获得"
        "数位个人投资者数百万元天使投资;2022年又获得岭运资本数千万元Pre-A轮融资。\n",
        "2024-03-15");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(s(json_array_get(d, 1), "round"), "angel");
    assert_string_equal(s(json_array_get(d, 2), "round"), "pre-a");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 2), "target")), "岭点");
    json_decref(d);
    /* BLOCK (a guard: passes at 42eb41e) an angel fund (天使投资引导基金) names
     * no angel round */
    d = deals_of("岭翔航天宣布完成3亿元新一轮融资,由岭投招商领投,岭州市天使投资引导基金跟投。",
                 "2024-03-15");
    assert_int_equal(json_array_size(d), 1);
    assert_null(s(json_array_get(d, 0), "round"));
    json_decref(d);
    /* BLOCK an answer whose investors' words make it a round, its clause with
     * only its time and an adverb before the verb (对,上个月刚刚完成A+轮,…由
     * Y领投), is the interviewed company's, a Latin name after its founding
     * year */
    d = deals_of("2020年成立的Lingsolve是少有的从求解器内核做起的国内团队。\n以下为对话节选:\n"
                 "岭核前线:Lingsolve现在卖给谁?\n陈岭川:主要是汽车零部件客户。\n"
                 "岭核前线:听说你们最近完成了新一轮融资?\n"
                 "陈岭川:对,上个月刚刚完成A+轮,金额是1.1亿元,由岭纬资本领投,岭科创星跟投。\n",
                 "2024-04-19");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "Lingsolve");
    assert_string_equal(s(json_array_get(d, 0), "round"), "a+");
    json_decref(d);
    /* BLOCK an order won with no buyer named (X也获得了6艘…订单,总价约N) is the
     * shipyard's contract */
    d = deals_of("岭洲重工8月4日公告称,公司与新加坡船东Meridian Lingorient签订6艘集装箱船建造合同,"
                 "合同金额约5.1亿美元。\n今年2月,位于上海的岭东造船也获得了6艘同型LNG船订单,总价约"
                 "15.9亿美元。\n",
                 "2023-08-05");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(target(json_array_get(d, 1)), "岭东造船");
    assert_int_equal(json_array_size(json_object_get(json_array_get(d, 1), "investors")), 0);
    json_decref(d);
    /* BLOCK (a guard: passes at 42eb41e) a headline's order, retold by the
     * body with its buyer and the unit that signed, is one contract */
    d = deals_of(
        "岭洋重工斩获4艘甲醇双燃料集装箱船订单 合同总额约3.6亿欧元\n5月20日晚间,启东岭洋重工"
        "股份有限公司(下称“岭洋重工”)发布公告称,公司全资子公司启东岭洋船舶制造有限公司(下称"
        "“岭洋船舶”)当日与德国船东Reederei Lingbrink GmbH签订4艘集装箱船建造合同,合同总额约"
        "3.6亿欧元。\n",
        "2024-05-21");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭洋船舶");
    json_decref(d);
    /* BLOCK a summary's rounded price (3.14亿元) and the filing's exact one
     * (31,365.00万元) tell one planned purchase */
    d = deals_of(
        "【摘要】岭川新材拟现金收购润岭化学51%股权,交易对价3.14亿元。\n7月4日晚间,浙江岭川"
        "新材料股份有限公司(以下简称“岭川新材”)发布公告,公司拟以支付现金方式收购江西润岭化学"
        "有限公司(以下简称“润岭化学”)51%股权,交易对价合计31,365.00万元。\n",
        "2023-07-05");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK a subject alone before the comma (…的新創X,上月也宣布取得N) is the
     * subject of the clause after it: no new episode */
    d = deals_of("值得一提的是,台灣金融科技新創近期募資動作頻繁,另一家專注中小企業記帳服務的新創"
                 "岭聯科技,上月也宣布取得新台幣2億元Pre-A輪募資。",
                 "2023-12-09");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "岭聯科技");
    json_decref(d);
    /* BLOCK a group named after its country (与法国X集团签订) buys */
    d = deals_of(
        "今年5月,岭润重工与法国岭飞海运集团签订4艘汽车运输船建造合同,合同金额约3.2亿美元。",
        "2023-08-05");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭飞海运集团");
    json_decref(d);
    /* BLOCK the stake an investment takes, told in a clause with no subject
     * (Y向其进行了N的战略投资,取得少数股权), buys no company */
    d = deals_of("英国独立游戏工作室Lingmoor本周二(3月12日)宣布,腾讯向其进行了1200万英镑的战略投资"
                 "(约合人民币1.1亿元),取得少数股权。",
                 "2024-03-17");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "funding");
    assert_string_equal(target(json_array_get(d, 0)), "Lingmoor");
    json_decref(d);
    /* BLOCK 收购了该公司: the company the paragraph spoke of last, not the
     * buyer */
    d = deals_of(
        "产品将由岭睿股份全资子公司岭睿(泰国)精密制造有限公司(以下简称“泰国岭睿”)生产。\n"
        "泰国岭睿的前身是泰国暹华压铸有限公司(Siam Lingua "
        "Die Casting)。2021年11月,岭睿股份以2.35亿元收购了该公司100%股权,随后完成更名和产线"
        "改造。\n",
        "2023-07-02");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(target(json_array_get(d, 0)), "泰国岭睿");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭睿股份");
    json_decref(d);
}

static void prospectuses_filers_and_paragraphs(void **state)
{
    (void)state;
    json_t *d;
    /* BLOCK an investor's other name in brackets (公司再获X(Y)约N的投资) is the
     * investor's, not a target left for the subject's place */
    d = deals_of("标题\n"
                 "岭瀚医疗科技(控股)有限公司(“岭瀚医疗”)今日招股。今年3月,公司再获淡马锡(Temasek)"
                 "约6,000万美元的Pre-IPO轮投资。\n",
                 "2023-07-20");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭瀚医疗");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "Temasek");
    json_decref(d);
    /* BLOCK a prospectus as the source of a fact (招股文件显示,X上市前持股N%)
     * tells no listing, and a market's total after it is none */
    d = deals_of(
        "标题\n"
        "招股文件显示,红杉中国上市前持股约14.2%,京东物流持股约6.8%,分别为第二大及第四大股东。\n"
        "据德勤统计,今年上半年港交所共有31家公司上市,集资总额约178亿港元,按年下跌约9%。\n",
        "2023-07-20");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK how much a field gets (加大了对…的投资力度) and growth by buying
     * abroad (通过海外并购获取技术) are no deals */
    d = deals_of("标题\n"
                 "多家机构人士透露,今年以来腾讯、网易均加大了对中小型单机团队的投资力度,"
                 "单笔金额多在5000万元至1亿元之间。\n",
                 "2023-11-25");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    d = deals_of("标题\n"
                 "有行业分析人士指出,近年来国内零部件企业通过海外并购获取技术的案例明显增多。\n",
                 "2023-07-21");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK 公司 of a 定向增发 is the filer, not the company it bought */
    d = deals_of("标题\n"
                 "7月20日晚,宁波岭骏汽车零部件股份有限公司(以下简称“岭骏股份”)公告称,"
                 "公司通过全资子公司收购日本岭冈精机株式会社100%股权的交易已于当日完成交割,"
                 "交易对价为48.6亿日元。\n"
                 "今年4月,公司刚完成一笔定向增发,向财通基金、诺德基金等12名特定对象发行股票,"
                 "募集资金7.8亿元。\n",
                 "2023-07-21");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "type"), "funding");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭骏股份");
    json_decref(d);
    /* BLOCK the semicolon's parts of 其中 (…;受让C持有的8%股权,对价N) are
     * the purchase's parts, however long the sentence */
    d = deals_of("标题\n"
                 "10月9日晚间,江苏岭泽新材料股份有限公司(以下简称“岭泽新材”)发布公告称,"
                 "公司拟以支付现金方式收购山东岭禾化工科技有限公司(以下简称“岭禾化工”)60%股权,"
                 "交易对价为42,000.00万元。\n"
                 "公告显示,本次交易的交易对方共三名,分别为淄博岭禾投资管理合伙企业(有限合伙)("
                 "下称“岭禾投资”)、自然人周立诚以及青岛岭汇盈创业投资基金合伙企业(有限合伙)("
                 "下称“岭汇盈基金”)。其中,公司拟受让岭禾投资持有的标的公司40%股权,对价28,000."
                 "00万元;受让周立诚持有的12%股权,对价8,400.00万元;受让岭汇盈基金持有的8%股权,对价5,"
                 "600.00万元。交易完成后,标的公司剩余40%股权仍由岭禾投资持有。\n",
                 "2023-10-10");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭禾化工");
    json_decref(d);
    /* BLOCK an investor named by the round it led before (A轮时领投我们的X)
     * names no round of the answer: its investors join the B round */
    d = deals_of("标题\n"
                 "苏州岭致仿真科技有限公司(下称“岭致仿真”)是国产CAE公司之一。\n"
                 "问:听说你们刚完成了一轮融资?\n"
                 "答:对,上个月底刚交割,是B轮,金额2.4亿元。\n"
                 "国投招商领投,毅达资本跟投,A轮时领投我们的经纬创投这次也继续跟投了。\n",
                 "2023-09-08");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "round"), "b");
    assert_non_null(inv(json_array_get(d, 0), 0));
    json_decref(d);
    /* BLOCK a round told plainly as new money (拿到了一笔N的新钱) */
    d = deals_of("标题\n"
                 "十年后,他在合肥创办的合肥岭光半导体材料有限公司(下称“岭光材料”),刚刚拿到了一笔3."
                 "2亿元的新钱。\n",
                 "2023-12-21");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭光材料");
    assert_true(amount(json_array_get(d, 0)) == 3.2e8);
    json_decref(d);
    /* BLOCK after a filer's purchase, 公司于N年在科创板上市 is the filer's own
     * listing, not the company it buys */
    d = deals_of("标题\n"
                 "5月25日晚间,上海岭澜医疗科技股份有限公司(以下简称“岭澜医疗”)公告称,"
                 "公司拟通过全资子公司以4,150万欧元收购Lingler Medizintechnik GmbH 100%股权。\n"
                 "公司于2021年在科创板上市,首发募集资金12.6亿元。\n",
                 "2023-05-26");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "type"), "ipo");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭澜医疗");
    json_decref(d);
    /* BLOCK 公司已与Y签署收购意向书,计划收购其全部股权: the subject buys Y */
    d = deals_of(
        "标题\n"
        "Lingvane今日宣布完成2800万美元B轮融资。Lingvane同时披露,"
        "公司已与越南报关软件公司Tradevia签署收购意向书,计划收购其全部股权,交易金额未披露。\n",
        "2023-11-22");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "Tradevia");
    assert_string_equal(name_of(inv(json_array_get(d, 1), 0)), "Lingvane");
    json_decref(d);
    /* BLOCK a bare 公司 in a paragraph that opens with a company (Y成立于
     * 2019年,…。2023年8月,公司完成C轮融资) is that company */
    d = deals_of("标题\n"
                 "智能算力服务商北京岭川科技有限公司(以下简称\"岭川科技\")今日宣布,"
                 "已与大模型企业杭州深岭智能科技有限公司(以下简称\"深岭智能\")"
                 "签署《算力服务框架协议》,协议总金额为7.32亿元。\n"
                 "岭川科技成立于2019年,总部位于北京。2023年8月,公司完成C轮融资,由中金资本领投。\n",
                 "2024-05-13");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")), "岭川科技");
    json_decref(d);
    /* BLOCK an offer's margin demand (孖展(保证金)认购, 未足额认购) is no
     * round, and neither is what a plant costs at first (初期投资约N) */
    d = deals_of("标题\n"
                 "岭冰冷链控股有限公司(以下简称“岭冰冷链”)今日起公开招股,"
                 "预计12月28日在港交所主板挂牌上市。\n"
                 "另外,岭冰冷链的孖展(保证金)认购今日首日开始,截至下午5时,多家券商合共借出孖展约1,"
                 "200万港元,暂未足额认购公开发售部分。\n",
                 "2023-12-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(s(json_array_get(d, 0), "type"), "ipo");
    json_decref(d);
    d = deals_of(
        "标题\n"
        "海外布局方面,岭沐科技已与日本静冈县一家农业合作社签署合作备忘录(MOU),"
        "预计明年在当地建置首座海外示范温室,初期投资约新台币4,000万元,由岭沐以自有资金支应。\n",
        "2023-11-07");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a bare 公司 in a roundup's item goes on about the item's
     * company: 公司此前曾获N天使轮投资 is its earlier round */
    d = deals_of("标题\n"
                 "【金融】岭易科技:岭易科技近日获得1.5亿元B轮融资,由红杉中国领投。\n"
                 "【教育科技】岭墨教育:专注职业教育AI陪练的岭墨教育近日获得近亿元A轮融资,"
                 "本轮由深创投与好未来共同投资。公司此前曾获数百万元天使轮投资。\n",
                 "2023-12-22");
    assert_int_equal(json_array_size(d), 3);
    assert_string_equal(s(json_array_get(d, 2), "round"), "angel");
    assert_string_equal(name_of(json_object_get(json_array_get(d, 2), "target")), "岭墨教育");
    json_decref(d);
    /* BLOCK 公司2021年完成N天使轮,由Y独家投资: the company's round, though
     * its deal word is the investor's 投资 */
    d = deals_of("标题\n"
                 "岭瑞医电近日宣布完成新台币4.2亿元A轮融资。公司2021年完成新台币6,000万元天使轮,"
                 "由台杉投资独家投资。\n",
                 "2023-10-27");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(s(json_array_get(d, 1), "round"), "angel");
    assert_true(amount(json_array_get(d, 1)) == 6e7);
    json_decref(d);
    /* BLOCK 该公司 after a sentence that ends with a company (拿到新钱的还有
     * X。该公司24日宣布…) is that company, whose legal name 还有 does not
     * swallow */
    d = deals_of("标题\n"
                 "5月22日,岭垄智农宣布完成数千万元A轮融资,由禾源资本领投。\n"
                 "医疗器械|岭脉医疗\n"
                 "拿到新钱的还有苏州岭脉医疗科技有限公司。该公司24日宣布完成2.3亿元B+轮融资,"
                 "高瓴创投领投。\n",
                 "2023-05-26");
    assert_int_equal(json_array_size(d), 2);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 1), "target")),
                        "苏州岭脉医疗科技有限公司");
    json_decref(d);
    /* BLOCK a bracket that gives the other script's name before the short
     * one (X GmbH(Han name,以下简称“Y”)) still defines Y, and 对X(…)股权的
     * 收购 still buys X past the bracket's comma */
    d = deals_of(
        "标题\n"
        "山东岭朗化工集团股份有限公司(以下简称“岭朗化工”)9月21日晚间公告,公司已完成对德国Lingtner "
        "Coatings GmbH(岭兰特纳涂料,以下简称“Lingtner”)100%股权的收购交割,交易对价为1.35亿欧元。\n",
        "2023-09-22");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "Lingtner");
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "岭朗化工");
    json_decref(d);
    /* BLOCK 其中 that parts a purchase among its sellers is no deal of its
     * own, though a sentence naming the sellers came between */
    d = deals_of("标题\n"
                 "德弘精机公告称,公司拟以23,465.78万元收购岭锐零部件65%股权。\n"
                 "公告显示,本次交易的交易对方共三名,分别为自然人朱立新、苏州岭锐企业管理合伙企业("
                 "有限合伙)(下称\"岭锐合伙\")以及上海汽车零部件产业股权投资基金合伙企业(有限合伙)("
                 "下称\"汽零基金\")。\n"
                 "其中,转让方朱立新向受让方德弘精机转让其持有的标的公司28%股权,转让价款为10,108."
                 "49万元;岭锐合伙转让22%股权,转让价款为7,942.38万元。\n",
                 "2024-05-14");
    assert_int_equal(json_array_size(d), 1);
    json_decref(d);
    /* BLOCK an industry (对太空产业的最大单笔投资) is no company: the
     * investor's part joins the round */
    d = deals_of("标题\n"
                 "岭翔太空近日完成新台币6.5亿元B轮融资。其中,国发基金投资1.5亿元,"
                 "是国发基金今年以来对太空产业的最大单笔投资。\n",
                 "2023-09-22");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(inv(json_array_get(d, 0), 0)), "国发基金");
    json_decref(d);
    /* BLOCK nor a kind (对半导体相关新创的投资金额约N): no deal */
    d = deals_of(
        "标题\n"
        "据创业投资商业同业公会统计,今年前8月国内创投对半导体相关新创的投资金额约新台币58亿元。\n",
        "2023-09-22");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a round called off (取消了原定N的D轮融资计划) is none */
    d = deals_of("标题\n"
                 "印尼物流企业Lingmin则在上月取消了原定1亿美元的D轮融资计划。\n",
                 "2023-09-22");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK 这家…的新创 (a startup described) is the company the paragraph
     * before named, as 这家…企业 is */
    d = deals_of(
        "标题\n"
        "岭见医电的核心产品是一套可携式眼底摄影机搭配AI判读软件。\n"
        "这家成立不到五年的新创,上周宣布完成新一轮募资,金额为新台币4.5亿元(约合1,430万美元)。\n"
        "本轮投资人阵容颇为多元:由国发基金领投,中华开发资本跟投。\n"
        "岭见医电2021年曾完成新台币1.2亿元A轮募资,由中华开发资本领投。\n",
        "2024-05-06");
    assert_int_equal(json_array_size(d), 2);
    assert_true(amount(json_array_get(d, 0)) == 4.5e8);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭见医电");
    json_decref(d);
    /* BLOCK X旗下…品牌"Y"对外宣布…融资: the brand raises, not its parent,
     * though what Y is comes between */
    d = deals_of("标题\n"
                 "昨日(5月17日),杭州岭隅餐饮管理有限公司旗下新中式茶饮品牌\"岭隅茶事\"对外宣布,"
                 "已获得由美团龙珠领投的3亿元A轮融资,老股东番茄资本继续加注。\n",
                 "2024-05-18");
    assert_int_equal(json_array_size(d), 1);
    assert_string_equal(name_of(json_object_get(json_array_get(d, 0), "target")), "岭隅茶事");
    json_decref(d);
    /* BLOCK the tranches of the round just told (X的这轮融资分两期到位:
     * 首期N已于今年3月到账) are its parts, no round of their own */
    d = deals_of(
        "茶饮赛道又迎来一笔融资\n"
        "昨日(5月17日),杭州岭隅餐饮管理有限公司旗下新中式茶饮品牌\"岭隅茶事\"对外宣布,"
        "已获得由美团龙珠领投的3亿元A轮融资,老股东番茄资本继续加注,其中1亿元来自美团龙珠。\n"
        "与常见的一次性交割不同,岭隅茶事的这轮融资分两期到位:首期1.2亿元已于今年3月到账,第二期1."
        "8亿元将在门店数突破1000家后完成交割。公司方面透露,本轮投前估值为12亿元。\n"
        "\n"
        "“我们不打低价战。”岭隅茶事创始人宋知夏说,公司坚持把主力产品定价在16元以上。她表示,"
        "新一轮资金将主要用于华东以外的门店拓展。\n",
        "2024-05-18");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 3e8);
    json_decref(d);
    /* BLOCK (guard) … but a tranche sentence that names the round's
     * investors (该轮融资由A和B共同投资,分两期交割) still tells them */
    d = deals_of("标题\n"
                 "医疗影像公司岭微医疗完成近2亿元B轮融资。据公司透露,"
                 "该轮融资由启明创投和君联资本共同投资,分两期交割,首期款项已于6月19日到账。\n",
                 "2024-06-23");
    assert_int_equal(json_array_size(d), 1);
    assert_non_null(inv(json_array_get(d, 0), 1));
    json_decref(d);
    /* BLOCK (guard) … and one that tells the round's total (本轮融资总额为N,
     * 分两期交割) still gives the round its money */
    d = deals_of("标题\n"
                 "▍岭岚医疗|B轮|首期1.2亿元\n"
                 "手术机器人公司岭岚医疗宣布完成B轮首期1.2亿元融资,由礼来亚洲基金领投,"
                 "老股东启明创投跟投。据了解,岭岚医疗本轮融资总额为3亿元,分两期交割,"
                 "第二期预计于今年三季度到位。\n",
                 "2026-03-22");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 3e8);
    json_decref(d);
    /* BLOCK the terms of a deal just told ended (决定终止…投资协议。根据当时
     * 的约定,Y拟向X投资N) are no deal */
    d = deals_of("标题\n"
                 "12月20日,杭州岭茶纪餐饮管理有限公司(以下简称“岭茶纪”)发布声明称,"
                 "经与岭禾消费产业基金协商一致,双方决定终止今年6月签署的投资协议。\n"
                 "根据当时的约定,岭禾消费产业基金拟向岭茶纪投资5亿元,投后估值约60亿元,"
                 "资金原计划分两期于年内到位,但至今未实际出资。\n",
                 "2023-12-21");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK … nor those of an investment called off (已于本月终止。根据…意向书,
     * X原拟出资N认购Y约15%股份) */
    d = deals_of(
        "标题\n"
        "岭域互娱同时披露,此前筹划的对韩国游戏开发商Lingmoon "
        "Studio的少数股权投资,因双方对估值条款未能达成一致,已于本月终止。根据今年8月披露的意向书,"
        "岭域互娱原拟出资不超过120亿韩元认购Lingmoon Studio约15%股份。\n",
        "2023-12-21");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK a company's answer to a rumor (针对近期市场流传的“Y拟以N收购X”一事
     * 作出回应) tells no deal */
    d = deals_of(
        "标题\n"
        "12月18日午间,港股上市游戏公司岭域互娱控股有限公司(“岭域互娱”)发布公告,"
        "针对近期市场流传的“腾讯拟以约百亿港元收购岭域互娱控股权”一事作出回应。\n"
        "公告称,公司董事会确认,公司并未与腾讯或任何第三方进行有关收购公司股份的磋商或谈判。\n",
        "2023-12-19");
    assert_int_equal(json_array_size(d), 0);
    json_decref(d);
    /* BLOCK (guard) … but an answer to reports that tells a deal (针对…报道,
     * X回应称,公司已于上月完成N融资) still tells it: only a quoted rumor's
     * deal word is none */
    d = deals_of("标题\n"
                 "针对近期的相关报道,杭州岭序科技有限公司回应称,公司已于上月完成2亿元B轮融资,"
                 "由红杉中国领投。\n",
                 "2023-12-19");
    assert_int_equal(json_array_size(d), 1);
    assert_true(amount(json_array_get(d, 0)) == 2e8);
    json_decref(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(funding_with_lead_and_follow),
        cmocka_unit_test(shares_from_laizi),
        cmocka_unit_test(acquisition_both_voices),
        cmocka_unit_test(status_words),
        cmocka_unit_test(not_deals),
        cmocka_unit_test(continuation_and_this_round),
        cmocka_unit_test(contracts_sale_and_service),
        cmocka_unit_test(ipo_money_raised_not_prices),
        cmocka_unit_test(list_lines_and_traditional),
        cmocka_unit_test(object_of_the_deal_verb),
        cmocka_unit_test(pronouns_and_speakers),
        cmocka_unit_test(parents_are_not_parties),
        cmocka_unit_test(called_off_and_listing_day),
        cmocka_unit_test(list_items_and_roles),
        cmocka_unit_test(totals_of_a_field_are_no_deal),
        cmocka_unit_test(role_nouns_sales_and_tranches),
        cmocka_unit_test(names_media_and_shares),
        cmocka_unit_test(prices_sizes_and_strategic_stakes),
        cmocka_unit_test(interviews_and_passives),
        cmocka_unit_test(counts_terms_and_dropped_subjects),
        cmocka_unit_test(denials_terms_and_announcers),
        cmocka_unit_test(headlines_time_clauses_and_offers),
        cmocka_unit_test(stakes_registries_places_and_quotes),
        cmocka_unit_test(own_denials_and_orders_won),
        cmocka_unit_test(announcements_subsidiaries_and_mergers),
        cmocka_unit_test(prices_stakes_funds_and_latin_names),
        cmocka_unit_test(tables_typed_with_bars),
        cmocka_unit_test(makers_headlines_and_cornerstones),
        cmocka_unit_test(notices_stakes_and_sellers),
        cmocka_unit_test(sections_said_company_and_counts),
        cmocka_unit_test(headings_offers_and_talks),
        cmocka_unit_test(clauses_parts_and_calls_off),
        cmocka_unit_test(typed_lists_offers_and_filings),
        cmocka_unit_test(earlier_orders_of_the_company),
        cmocka_unit_test(issues_tenders_and_teams),
        cmocka_unit_test(spacing_filings_and_earlier_years),
        cmocka_unit_test(names_in_brackets_and_subscribers),
        cmocka_unit_test(words_inside_words_and_short_names),
        cmocka_unit_test(sources_sellers_and_filings),
        cmocka_unit_test(notices_products_and_labels),
        cmocka_unit_test(roundups_funds_and_stakes),
        cmocka_unit_test(foreign_names_offers_and_recalls),
        cmocka_unit_test(hong_kong_and_taiwan_markets),
        cmocka_unit_test(stakes_and_signed_agreements),
        cmocka_unit_test(offers_nominations_and_speakers),
        cmocka_unit_test(short_names_interviews_and_headlines),
        cmocka_unit_test(offers_told_together_and_filed_purchases),
        cmocka_unit_test(filed_purchases_plans_and_buyers_described),
        cmocka_unit_test(interviews_round_sizes_and_ship_orders),
        cmocka_unit_test(answers_tell_rounds),
        cmocka_unit_test(funds_denials_headings_and_buyers),
        cmocka_unit_test(holders_promises_and_places),
        cmocka_unit_test(talks_portfolios_and_listed_shares),
        cmocka_unit_test(parts_capacities_and_earlier_rounds),
        cmocka_unit_test(capital_increases_shares_and_projects),
        cmocka_unit_test(rumors_denied_later_and_fund_investors),
        cmocka_unit_test(denials_first_agreements_and_kinds),
        cmocka_unit_test(prices_holders_and_earlier_answers),
        cmocka_unit_test(lists_times_and_owners),
        cmocka_unit_test(counts_focus_and_supporting_raises),
        cmocka_unit_test(services_values_and_subjects),
        cmocka_unit_test(tranches_sellers_and_then),
        cmocka_unit_test(closings_bars_and_prospectuses),
        cmocka_unit_test(questions_uses_and_answers),
        cmocka_unit_test(payments_units_and_asked_rounds),
        cmocka_unit_test(tenders_listings_and_episodes),
        cmocka_unit_test(prospectuses_filers_and_paragraphs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
