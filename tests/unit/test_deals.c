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

static void funding_with_lead_and_follow(void **state)
{
    (void)state;
    json_t *d = deals_of("3月5日,AI芯片公司星图智能宣布完成5亿元B轮融资,由蓝湖资本领投,白鹭创投和海燕基金跟投,"
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
    json_t *d = deals_of("云舟机器人宣布获得新融资30亿元,其中10亿元来自蓝湖资本,20亿元来自白鹭创投,投前估值200亿元。",
                         "2026-04-01");
    assert_int_equal(json_array_size(d), 1);
    json_t *x = json_array_get(d, 0);
    assert_true(amount(x) == 3e9);
    assert_string_equal(s(inv(x, 0), "text"), "蓝湖资本");
    assert_true(json_number_value(json_object_get(json_object_get(inv(x, 0), "amount"), "value")) == 1e9);
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
    json_t *d = deals_of("星图智能去年营收12亿元,同比增长40%。\n该产品售价1999元。\n"
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
    assert_true(json_number_value(json_object_get(json_object_get(x, "valuation"), "value")) == 2.5e9);
    json_t *y = json_array_get(d, 1);
    assert_string_equal(s(y, "status"), "completed");
    assert_string_equal(s(y, "round"), "a");
    assert_null(json_object_get(y, "valuation") ? s(json_object_get(y, "valuation"), "basis") : NULL);
    json_decref(d);
}

static void contracts_sale_and_service(void **state)
{
    (void)state;
    /* the reporting company signs a purchase contract: it is the supplier */
    json_t *d = deals_of("晨光电池(下称“晨光”)今日公告,公司已与远航汽车签订动力电池采购合同,合同总金额为6亿元。",
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
    json_t *d = deals_of("远山智造今日登陆上交所科创板,发行价为28元/股,募集资金总额15亿元。", "2026-06-01");
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
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(funding_with_lead_and_follow), cmocka_unit_test(shares_from_laizi),
        cmocka_unit_test(acquisition_both_voices),      cmocka_unit_test(status_words),
        cmocka_unit_test(not_deals),                    cmocka_unit_test(continuation_and_this_round),
        cmocka_unit_test(contracts_sale_and_service),   cmocka_unit_test(ipo_money_raised_not_prices),
        cmocka_unit_test(list_lines_and_traditional),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
