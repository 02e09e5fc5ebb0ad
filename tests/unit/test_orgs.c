/* test_orgs.c: gazetteer matching (longest first, Latin word boundaries,
 * case folding, user files), the stop-list, and discovery of names the
 * gazetteer lacks, from legal suffixes, mixed-case Latin and deal roles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "normalize/orgs.h"

static zd_orgs *orgs;

static int setup(void **state)
{
    (void)state;
    char *err = NULL;
    orgs = zd_orgs_new(&err);
    if (!orgs) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    /* a user file: names that exist nowhere but here */
    char path[] = "/tmp/zd-test-orgs-XXXXXX";
    int fd = mkstemp(path);
    const char *tsv = "# test organizations\n"
                      "Qingfeng Robotics\tcompany\t青峰机器人|青峰|Qingfeng\t\n"
                      "Qingfeng Robotics Music\tcompany\t青峰机器人音乐\tQingfeng Robotics\n"
                      "Lanshan Capital\tinvestor\t蓝山资本|LanShan Capital\t\n"
                      "Qingfeng Brain\tproduct\t青峰大脑\t\n";
    if (write(fd, tsv, strlen(tsv)) < 0) return -1;
    close(fd);
    int rc = zd_orgs_load_file(orgs, path, &err);
    unlink(path);
    return rc;
}

static int teardown(void **state)
{
    (void)state;
    zd_orgs_free(orgs);
    return 0;
}

/* The texts of the org mentions found in s, joined by '|'. */
static char *found(const char *s)
{
    zd_mentions m = {0};
    zd_orgs_find(orgs, s, strlen(s), &m);
    zd_mentions_sort(&m);
    zd_buf b = ZD_BUF_INIT;
    for (size_t i = 0; i < m.n; i++) {
        if (b.len) zd_buf_addc(&b, '|');
        zd_buf_add(&b, s + m.v[i].start, m.v[i].end - m.v[i].start);
    }
    zd_mentions_free(&m);
    return zd_buf_take(&b);
}

#define EXPECT(text, want)                                                                         \
    do {                                                                                           \
        char *got_ = found(text);                                                                  \
        assert_string_equal(got_, want);                                                           \
        free(got_);                                                                                \
    } while (0)

static void longest_match(void **state)
{
    (void)state;
    EXPECT("青峰机器人音乐今天发布新歌", "青峰机器人音乐");
    EXPECT("青峰机器人发布新品", "青峰机器人");
    const zd_org *o = zd_orgs_lookup(orgs, "青峰机器人音乐", strlen("青峰机器人音乐"));
    assert_non_null(o);
    assert_string_equal(o->parent, "Qingfeng Robotics");
}

static void latin_case_and_boundaries(void **state)
{
    (void)state;
    EXPECT("据lanshan capital透露", "lanshan capital");
    EXPECT("Qingfengs are birds", ""); /* no match inside a longer word */
    const zd_org *o = zd_orgs_lookup(orgs, "QINGFENG", 8);
    assert_non_null(o);
    assert_string_equal(o->canonical, "Qingfeng Robotics");
}

static void stop_list_not_reported(void **state)
{
    (void)state;
    EXPECT("青峰大脑是一款模型", "");
    const zd_org *o = zd_orgs_lookup(orgs, "青峰大脑", strlen("青峰大脑"));
    assert_non_null(o);
    assert_false(zd_org_reported(o));
}

static void discovery(void **state)
{
    (void)state;
    /* legal name */
    EXPECT("由杭州云舟智行科技有限公司发起", "杭州云舟智行科技有限公司");
    /* mixed-case Latin */
    EXPECT("初创公司DeepBlue发布了报告", "DeepBlue");
    /* deal roles: X完成...融资, lists before 领投/跟投 */
    EXPECT("AI芯片公司星图智能宣布完成5亿元B轮融资", "星图智能");
    EXPECT("本轮由蓝山资本领投,白鹭创投、海燕基金和青峰跟投",
           "蓝山资本|白鹭创投|海燕基金|青峰");
}

static void not_orgs(void **state)
{
    (void)state;
    /* generic words in a role position are not names */
    EXPECT("老股东继续加注", "");
    EXPECT("该公司宣布完成融资", "");
    /* a date before the name is cut off */
    EXPECT("3月5日白鹭科技完成新一轮融资", "白鹭科技");
}

static void quoted_and_legal_names(void **state)
{
    (void)state;
    /* a quoted name the sentence calls a company */
    EXPECT("由前大厂研究员创办的机器人公司“白鹭动力”近日完成新一轮融资", "白鹭动力");
    /* a legal name and the short name it introduces, both names */
    EXPECT("杭州白鹭动力科技有限公司(以下简称“白鹭”)宣布完成融资",
           "杭州白鹭动力科技有限公司|白鹭");
    /* a name found once is found where the article repeats it */
    EXPECT("白鹭动力宣布完成A轮融资。白鹭动力成立于2021年。", "白鹭动力|白鹭动力");
}

static void people_places_and_sources(void **state)
{
    (void)state;
    /* a founder is not an organization, nor a quantity or a span of time */
    EXPECT("创始人兼CEO林越表示,未来三年公司将加大研发投入", "");
    EXPECT("一家德国电池回收企业获得投资", "");
    EXPECT("国内具身智能赛道的融资总额已超百亿元", "");
}

static void traditional_by_fold(void **state)
{
    (void)state;
    /* the matcher works on Simplified; extract hands it the fold of a
     * Traditional page (same offsets), so one alias list serves both */
    EXPECT("蓝山资本领投", "蓝山资本");
    const zd_org *o = zd_orgs_lookup(orgs, "蓝山资本", strlen("蓝山资本"));
    assert_non_null(o);
    assert_string_equal(o->canonical, "Lanshan Capital");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quoted_and_legal_names),
        cmocka_unit_test(people_places_and_sources),
        cmocka_unit_test(traditional_by_fold),
        cmocka_unit_test(longest_match),
        cmocka_unit_test(latin_case_and_boundaries),
        cmocka_unit_test(stop_list_not_reported),
        cmocka_unit_test(discovery),
        cmocka_unit_test(not_orgs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
