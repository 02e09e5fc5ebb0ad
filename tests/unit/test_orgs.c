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
    EXPECT("本轮由蓝山资本领投,白鹭创投、海燕基金和青峰跟投", "蓝山资本|白鹭创投|海燕基金|青峰");
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
    EXPECT("杭州白鹭动力科技有限公司(以下简称“白鹭”)宣布完成融资", "杭州白鹭动力科技有限公司|白鹭");
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

/* Each discovery pattern of orgs.c, in its order there, with a sentence
 * of its own whose names exist nowhere in the gazetteer. */
static void discovery_by_each_pattern(void **state)
{
    (void)state;
    EXPECT("本轮由鹭江资本与海棠创投联合领投", "鹭江资本|海棠创投");       /* A和B联合领投 */
    EXPECT("栖霞智行宣布完成新一轮融资", "栖霞智行");                      /* X完成…融资 */
    EXPECT("碳化硅器件厂商砺石半导体宣布,D轮融资已落定", "砺石半导体");    /* industry word */
    EXPECT("栖霞机器人创始人兼CEO王一表示", "栖霞机器人");                 /* X创始人 */
    EXPECT("鹭江资本将向栖霞智行投资2亿元", "鹭江资本|栖霞智行");          /* Y向X投资 */
    EXPECT("谈到栖霞智行的上一轮融资", "栖霞智行");                        /* X的…融资 */
    EXPECT("此前曾获海棠创投的战略投资", "海棠创投");                      /* 获X投资 */
    EXPECT("栖霞智行被鹭江集团收购", "栖霞智行|鹭江集团");                 /* X被Y收购 */
    EXPECT("鹭江集团以3亿元收购栖霞智行的股权", "鹭江集团|栖霞智行");      /* Y收购X */
    EXPECT("鹭江汽车从栖霞电池采购电芯", "鹭江汽车|栖霞电池");             /* X从Y采购 */
    EXPECT("栖霞电池已与鹭江汽车签署协议", "栖霞电池|鹭江汽车");           /* X与Y签署 */
    EXPECT("栖霞电池今日在港交所主板挂牌上市", "栖霞电池|港交所");         /* X在…上市 */
    EXPECT("栖霞电池已向港交所递交招股书", "栖霞电池|港交所");             /* X递交招股书 */
    EXPECT("【储能】栖霞电池:鹭江资本领投1亿元融资", "栖霞电池|鹭江资本"); /* 【】X: */
    EXPECT("这家机器人公司“栖霞智行”很少露面", "栖霞智行");                /* 公司“X” */
    EXPECT("「栖霞智行」已完成融资", "栖霞智行");                          /* 「X」…融资 */
    EXPECT("“栖霞智行”宣布完成5亿元B轮融资", "栖霞智行");                  /* “X”宣布 */
    EXPECT("鹭江资本领投AI初创公司栖霞智行5亿元B轮融资", "鹭江资本|栖霞智行");    /* 领投…X N */
    EXPECT("鹭江集团战略入股电池材料商栖霞新材,金额未披露", "鹭江集团|栖霞新材"); /* 商X, */
    EXPECT("海棠基金对栖霞智行进行了2亿元战略注资", "海棠基金|栖霞智行"); /* X对Y进行注资 */
    EXPECT("鹭江资本已完成对合成生物学公司栖霞生物A+轮融资的领投",
           "鹭江资本|栖霞生物"); /* 对X…的领投 */
    EXPECT("本轮融资led by Heron Peak Ventures,海棠基金跟投",
           "Heron Peak Ventures|海棠基金");                        /* led by */
    EXPECT("鹭江资本已完成对栖霞智行的投资", "鹭江资本|栖霞智行"); /* 完成对X的投资 */
    EXPECT("栖霞电池拟通过增资扩股方式引入海棠基金,增资约3亿元", "栖霞电池|海棠基金"); /* 引入Y */
    EXPECT("栖霞电池以5亿港元配售新股", "栖霞电池"); /* X配售新股 */
    EXPECT("鹭江集团将栖霞软件51%的股份出售给海棠资本", "鹭江集团|栖霞软件|海棠资本"); /* 出售给 */
    EXPECT("起步时拿到的是鹭江资本的天使轮投资", "鹭江资本");          /* 是X的…投资 */
    EXPECT("(该公司)已被鹭江股份收购", "鹭江股份");                    /* 已被Y收购 */
    EXPECT("栖霞智行成立于2021年", "栖霞智行");                        /* X成立于 */
    EXPECT("AI应用的开发商栖霞智学周五透露,公司获得融资", "栖霞智学"); /* 开发商X透露 */
    EXPECT("本轮投资方为鹭江资本、海棠投资", "鹭江资本|海棠投资");     /* 投资方为A、B */
    /* names the article goes on to use: X(Latin), and the stem of X+industry */
    EXPECT("栖霞智能(Qixia AI)完成A轮融资。Qixia AI成立于2022年。栖霞随后扩张。",
           "栖霞智能|Qixia AI|Qixia AI|栖霞");
}

static void not_orgs_of_the_new_patterns(void **state)
{
    (void)state;
    EXPECT("谷歌母公司宣布此事", "谷歌"); /* 母公司 is no name */
    EXPECT("投资者包括主权财富基金和投资公司", "");
    EXPECT("三季度共有31家硬科技企业在A股完成IPO", "");
    EXPECT("这是栖霞智行第一次坐上并购谈判桌。", "");
    EXPECT("合伙人李明表示,投资回收期可缩短至3年", "");
    /* prose about investment as a whole, and bare legal forms */
    EXPECT("到了一季度,投资增长率变成了21.5%", "");
    EXPECT("据网络科技有限公司的人士说", "");
    EXPECT("由控股集团有限公司负责", "");
    EXPECT("关注农业科技的投资人提醒", "");
    /* a board and IPO after a name */
    EXPECT("青禾新材|创业板IPO获受理|拟募资8.5亿元", "");
}

/* Taiwan's firms and startups, on sentences written here */
static void firms_ending_in_investment_words(void **state)
{
    (void)state;
    /* 投资 before 领投 is a firm's word, 创投 after 初创 a firm's too */
    EXPECT("由台岭投资领投,国发基金跟投", "台岭投资|国发基金");
    EXPECT("青禾材料日前获得之初创投种子轮投资", "青禾材料|之初创投");
    /* 医材 (medical devices) is an industry word of a company's name */
    EXPECT("开发心导管器材的康泽医材,于6月17日宣布完成Pre-A轮募资", "康泽医材");
    /* a Latin legal name of many words after its descriptor, with its
     * short name, in 对X的全资收购 */
    EXPECT("已完成对越南支付软件企业PT Sinar Bayar Digital Indonesia(以下简称“Sinar”)的全资收购",
           "PT Sinar Bayar Digital Indonesia|Sinar");
    /* a startup (新创) that speaks, and one dated 于本周三(8日) */
    EXPECT("冷链仓储新创冰仓通10日表示,今年订单已经排满", "冰仓通");
    EXPECT("储能软件新创绿川能源科技于本周三(8日)宣布完成种子轮募资", "绿川能源科技");
    /* 募资 is no name's word (整理本周重点募资与并购) */
    EXPECT("以下整理本周重点募资与并购案例", "");
}

/* constructions of the fourth held-out batch, on sentences written here */
static void dates_adverbs_and_role_nouns(void **state)
{
    (void)state;
    /* 于M月D日 (no year) and 共同投资 */
    EXPECT("机器人公司青杉智造于7月3日完成三千万元天使轮融资,由白鹭创投和海棠天使基金共同投资",
           "青杉智造|白鹭创投|海棠天使基金");
    /* 共/累计 before the verb are not part of the name */
    EXPECT("上市前,青杉医疗共进行过5轮融资", "青杉医疗");
    /* a verb of receiving before a legal name is cut off */
    EXPECT("公司近日收到江城轨道交通集团有限公司发出的通知", "江城轨道交通集团有限公司");
    /* 领投方出资N: 方 is a role noun's end, not a name's start; 部分现有股东
     * names no one */
    EXPECT("白鹭资本拟作为领投方出资2亿元,其余份额由部分现有股东及新引入的投资机构认购",
           "白鹭资本");
    /* a listed company's announcement, what it subscribes, whom it brings in */
    EXPECT("鹭岭科技8月3日晚间公告,公司将认购青屿半导体新增注册资本", "鹭岭科技|青屿半导体");
    EXPECT("第二次交割金额为2亿元,引入了白鹭汽车和海燕电池两家产业方", "白鹭汽车|海燕电池");
    /* a legal name with its seat in brackets; the bought company before them */
    EXPECT("公司拟以现金收购北屿智算(乌兰察布)有限公司100%股权", "北屿智算(乌兰察布)有限公司");
    /* not names: another company, a round, a time, 正 before 与, 并非 */
    EXPECT("公司曾与另一家头部互联网公司签订合同", "");
    EXPECT("更早之前还获得过白鹭创坛的种子轮投资", "白鹭创坛");
    EXPECT("澜湾汽车正与一家海外基金洽谈战略融资", "澜湾汽车");
    EXPECT("这并非鹭岭精工第一次尝试收购传感器企业", "");
}

/* constructions of the week of 2026-09-07, on sentences written here */
static void descriptors_latin_forms_and_offers(void **state)
{
    (void)state;
    /* an offer that opens 自/于 a date */
    EXPECT("生物科技公司云岫药业自3月2日起招股,集资最多8亿港元", "云岫药业");
    /* trades joined by 与 before a descriptor describe the one name after it */
    EXPECT("医学影像与手术导航公司青岚医疗本周宣布完成B轮融资", "青岚医疗");
    /* a headline's round without 融资 */
    EXPECT("工业AI公司深瞳云图完成2亿元B轮", "深瞳云图");
    /* Latin names with accents and European legal forms, before a stake */
    EXPECT("博远科技以900万欧元收购了瑞典软件公司Ström Analytics AB 80%的股权",
           "博远科技|Ström Analytics AB");
    EXPECT("博远科技以约1,200万欧元收购了意大利集成商Bianchi Automazione S.p.A. 40%的股权",
           "博远科技|Bianchi Automazione S.p.A.");
    /* 同行 describes the buyer; 通过 a listing hearing; 再获 */
    EXPECT("德国初创公司Feldmark被国内同行星野智能收购", "Feldmark|星野智能");
    EXPECT("仓储机器人企业极衡物流昨日通过港交所上市聆讯", "极衡物流|港交所");
    EXPECT("智算芯片公司澜芯科技再获5亿元融资", "澜芯科技");
    /* not names: a newcomer of a field, a board; 没有 ends a name */
    EXPECT("宁德时代战略入股储能新秀", "宁德时代");
    EXPECT("此后两年,星野智能没有再进行融资", "星野智能");
    EXPECT("澄域科技已与董事会签署协议", "澄域科技");
}

/* constructions of the weeks of 2026-08-03 and 2026-10-12, on sentences
 * written here */
static void codes_offers_and_times(void **state)
{
    (void)state;
    /* a listed company's code between its name and its announcement */
    EXPECT("鹭岭精工(301688)8月3日晚间公告,公司拟收购一家传感器企业", "鹭岭精工");
    EXPECT("鹭岭精密(301688.SZ)今日晚间披露重大资产重组报告书(草案),公司拟购买青屿传感股权",
           "鹭岭精密");
    /* an offer with its code, its day in brackets and its closing */
    EXPECT("仓储机器人供应商迅岭智能(代号:2698)今日(15日)起至下周二(20日)中午招股", "迅岭智能");
    /* a Latin name with a space before its verb */
    EXPECT("去年9月,Voltrak 完成了一轮4500万美元的B轮融资", "Voltrak");
    /* a time is no name's end (上市前); an operator's descriptor (营运商,
     * 业者) is none, though 创业者 belongs to a fund's name */
    EXPECT("公司上市前曾完成多轮融资", "");
    EXPECT("配送车营运商云帆物流今日起招股", "云帆物流");
    EXPECT("无人机业者翔岭科技通过上市审议", "翔岭科技");
    /* (with 业者 unguarded, this came out as 白鹭香港创) */
    EXPECT("由白鹭香港创业者基金领投", "白鹭香港创业者基金");
}

static void boards_brands_and_local_times(void **state)
{
    (void)state;
    /* a company's board decides */
    EXPECT("远东新世纪董事会昨(18)日通过,将以新台币4.8亿元取得绿圈循环60%股权",
           "远东新世纪|绿圈循环");
    EXPECT("本次对外投资事项已经公司董事会审议通过", "");
    /* a two-character brand after its descriptor, before a deal verb; an
     * adverb there is none */
    EXPECT("新式茶饮品牌拾蔓宣布获得伊藤忠商事战略投资", "拾蔓|伊藤忠商事");
    EXPECT("这家初创刚刚完成了一轮融资", "");
    /* a subject whose verb comes after a day told by a week (已于上周五完成) */
    EXPECT("禾川农科已于上周五完成5000万元Pre-A轮融资", "禾川农科");
    /* a company speaking in its local time; a Latin name after a space */
    EXPECT("跨境支付公司汇帆科技(PayVane)当地时间6月18日宣布,以约4200万欧元收购 Moorbank 100%股权",
           "汇帆科技|PayVane|Moorbank");
    /* a field (跨境支付) and a conjunction (而直接) are no names; a manner
     * (依规定) is no part of one */
    EXPECT("一位长期关注跨境支付的投资人表示,而直接收购持牌机构可以把时间缩短", "");
    EXPECT("本轮由白鹭资本领投,国发基金依规定参与投资", "白鹭资本|国发基金");
}

static void filings_lists_and_descriptions(void **state)
{
    (void)state;
    /* a legal name whose trade is 数据 (据 of 据悉 is no cut inside it) */
    EXPECT("海岭数据控股有限公司宣布收购", "海岭数据控股有限公司");
    /* the verb of a stake bought is no part of a name */
    EXPECT("公司拟购买苏州岭梧精密科技有限公司70%股权", "苏州岭梧精密科技有限公司");
    /* a subject after a comma and its day (…的票汇通,昨(23)日宣布完成) */
    EXPECT("主攻电子发票与记账自动化的票岭通,昨(23)日宣布完成种子轮融资", "票岭通");
    /* … but a list whose last name a relative describes stays a list */
    EXPECT("国发基金、中华开发资本与纬创资通旗下的纬创创投跟投",
           "国发基金|中华开发资本|纬创资通|纬创创投");
    /* a country's firm of a kind describes */
    EXPECT("启岭传感4200万欧元收购德国MEMS传感器公司85%股权", "启岭传感");
    /* a company on a board filing for its IPO */
    EXPECT("珑岭微电子4月23日科创板IPO申请获上交所受理,公司拟募集资金18.6亿元",
           "珑岭微电子|上交所");
    /* no 股本 or 比例 in a name */
    EXPECT("收购目标公司全部已发行股本", "");
    /* a setting (背景下) and a policy (政策鼓励产业) are no names */
    EXPECT("在政策鼓励产业并购的背景下,围绕半导体设备的整合仍会比较活跃", "");
}

static void pronouns_times_and_longer_names(void **state)
{
    (void)state;
    /* a pronoun opens no name, a time ends none */
    EXPECT("去年底,它刚刚完成由顺为资本领投的A轮融资", "顺为资本");
    EXPECT("屿岭冷链科技去年获得红杉中国的A轮投资", "屿岭冷链科技|红杉中国");
    EXPECT("驿岭物流此前获得顺为资本的投资", "驿岭物流|顺为资本");
    EXPECT("这距离Tidelane的上一轮融资不到两年", "Tidelane");
    /* a short alias inside a longer name of a trade (极星 of 北极星物流科技) */
    EXPECT("本周三,智能仓储机器人企业北极星物流科技向港交所递交招股书", "北极星物流科技|港交所");
    /* a place of registry, a count and a negation are no names */
    EXPECT("对在深圳注册、首次获得天使轮融资的企业给予奖励", "");
    EXPECT("这种分歧在今年的光通信并购里并不少见", "");
    /* subscribers of an issue */
    EXPECT("其中晟岭控股拟以现金认购不低于3亿元", "晟岭控股");
    EXPECT("公司拟向包括控股股东晟岭控股在内的特定对象发行股票", "晟岭控股");
    /* a legal name of an investment manager, whole */
    EXPECT("公司拟向包括控股股东杭州润岭投资管理有限公司在内的不超过35名特定对象发行股票",
           "杭州润岭投资管理有限公司");
    /* an alias opening with 国 inside a country (美国风投机构) */
    EXPECT("由美国风投机构General Catalyst领投", "General Catalyst");
    EXPECT("其中国投招商出资3亿元", "国投招商");  /* 其中 + 国投招商 */
    EXPECT("会议同意国务院提出的议案", "国务院"); /* 同意 + 国务院 */
    /* a stake's verb after a company word is no name (企业占股49.74%) */
    EXPECT("由腾讯投资的几家企业占股49.74%", "腾讯投资");
    /* a bullet (▎) opens a heading's name */
    EXPECT("▎睿岭医疗登陆科创板", "睿岭医疗");
    /* a range of fields names none */
    EXPECT("從AI推論晶片、數位醫療到儲能,共有5家新創公布募資", "");
    /* a short alias inside a longer name (北航 of 砚北航天) */
    EXPECT("商业航天企业砚北航天本周二宣布完成超5亿元B+轮融资", "砚北航天");
    /* a Japanese legal form; Latin words before it (Voxlane Japan株式会社) */
    EXPECT("曜岭智能今日宣布,已于当地时间2月26日完成对日本精密光学镜头制造商岭濑光学株式会社"
           "(Minase Optical Co., Ltd.,以下简称“岭濑光学”)100%股权的收购",
           "曜岭智能|岭濑光学株式会社|Minase Optical Co., Ltd.|岭濑光学");
    EXPECT("并在东京设立日本法人Voxlane Japan株式会社", "Voxlane Japan株式会社");
    /* a verb of looking back and a question word open no name */
    EXPECT("回溯岭衍生物的融资历程", "岭衍生物");
    EXPECT("岭瓴资本为什么愿意领投", "");
    /* a fund's name may open with a number */
    EXPECT("由AppWorks之初创投领投,500 Global参投", "AppWorks之初创投|500 Global");
    /* a firm ending in 投资 before a verb of its own */
    EXPECT("岭曦国际获控股股东岭泰投资提出私有化建议", "岭曦国际|岭泰投资");
    /* a trade's descriptor (电商, 器械商, 同业), a bullet ‧ and an offer's
     * tranche (公开发售) open no name; 约 before a stake ends none */
    EXPECT("保健品电商岭杏健康已通过港交所上市聆讯", "岭杏健康|港交所");
    EXPECT("眼科器械商岭澈医疗今日起招股", "岭澈医疗");
    EXPECT("‧岭视医电完成6亿元B轮募资", "岭视医电");
    EXPECT("其后将取得岭电网约8%股权", "岭电网");
    /* 和 after one character is the name's own (one character names no
     * company) */
    EXPECT("岭和新材宣布完成2亿元B轮融资", "岭和新材");
    EXPECT("岭和医疗、万岭资本和高瓴跟投", "岭和医疗|万岭资本|高瓴");
    /* a name may end in 未来 (no span of time does); 公告 is a filing's
     * verb, no part of a name */
    EXPECT("岭筑教育宣布获得好未来战略投资", "岭筑教育|好未来");
    EXPECT("独立游戏团队岭隼互动宣布完成1200万美元A轮融资", "岭隼互动");
    EXPECT("岭弘精工公告拟以3.6亿元现金收购岭瑞电子60%股权", "岭弘精工|岭瑞电子");
    /* an offer opened at its exchange (X在港交所启动招股, X N日起在港交所招股) */
    EXPECT("9月18日,岭杉物流在港交所启动招股", "岭杉物流|港交所");
    EXPECT("眼科器械企业岭瞳医疗7月17日起在港交所招股", "岭瞳医疗|港交所");
    /* a founding, a span, a piece of news and a founder's family are no
     * names */
    EXPECT("这是 Stocklane 成立五年来的第三轮融资", "");
    EXPECT("《數位時代》整理本週值得關注的募資、併購與上市消息", "");
    EXPECT("公開收購期間自11月9日起至12月8日止,由凱基證券擔任公開收購代理機構", "");
    /* a time before 公司 (彼时公司获得…) */
    EXPECT("彼时公司获得1,500万美元投资,由源码资本领投", "源码资本");
    /* 自 inside a name (自动化) is no preposition that ends one */
    EXPECT("公司拟以现金收购苏州岭衡自动化科技有限公司51%股权", "苏州岭衡自动化科技有限公司");
    EXPECT("岭钺精工拟以现金收购岭衡自动化51%股权", "岭钺精工|岭衡自动化");
    /* the tenderer of a tender won, before its unit (中标Y旗下某项目), by
     * no descriptor of a place and count (中标智利一个储能项目) */
    EXPECT("今年2月,公司曾中标中国大唐集团旗下某共享储能电站的储能系统采购", "中国大唐集团");
    EXPECT("5月,公司又中标智利一个450MWh的储能项目", "");
    /* 对X的…投资机构 is a noun, no investment in X */
    EXPECT("该省提出对新落地的创业投资机构给予最高500万元的一次性奖励", "");
    /* a descriptor of an app or a tool opens no name; a trade's firm with
     * no name (钠电材料商, 德国泵企, 机器人公司) is none; 年度, 逾 and 便 are
     * no part of one */
    EXPECT("AI语音社交应用岭屿AI近日获得腾讯的战略投资", "岭屿AI|腾讯");
    EXPECT("峰瑞资本本周完成了对AI多语种视频翻译工具岭蓝译的种子轮投资", "峰瑞资本|岭蓝译");
    EXPECT("宁德时代战略入股钠电材料商,8亿元Pre-IPO轮落地", "宁德时代");
    EXPECT("嘉岭股份拟1.35亿欧元收购德国泵企80%股权", "嘉岭股份");
    EXPECT("2024年度公司向境外供应商采购金额约1.9亿元", "");
    EXPECT("早在2021年,岭禾宠物便获得了腾讯的A轮投资", "岭禾宠物|腾讯");
    EXPECT("国发基金指出,今年以来已核准投资新创事业逾50案", "");
    /* a right (选择权), a rumor (传闻) and an adverb of time (刚刚) are no
     * names */
    EXPECT("剩余股权,买方则拥有继续收购的选择权", "");
    EXPECT("这两年大模型公司被收购的传闻太多了,很多是有人在刻意放消息", "");
    EXPECT("“近期的资本动作只有一个,就是刚刚完成的C轮融资”", "");
    /* a filing's plan disclosed at the end of its sentence (…预案。) */
    EXPECT("1月6日晚间,岭达新材(605793)披露2026年度向特定对象发行A股股票预案。", "岭达新材");
    /* a country before a Latin buyer, and a group's unit that signs */
    EXPECT("公司全资子公司岭储国际于近日与沙特ACWA Power签署了《电池储能系统供货合同》",
           "岭储国际|ACWA Power");
}

static void latin_names_places_and_roles(void **state)
{
    (void)state;
    /* a Latin name of one word, before 创始人, after a company word, or
     * called a company (X是一家…); a term (ARR) or a round (Series A) is none */
    EXPECT("近日,我们与Lingtide创始人兼CEO周屿聊了聊", "Lingtide");
    EXPECT("一家成立不到四年的中国公司Lingtide,正试图撬开市场", "Lingtide");
    EXPECT("Fabrilin是一家只有英文名的工业软件公司", "Fabrilin");
    EXPECT("该公司ARR突破2亿元", "");
    EXPECT("拟收购西班牙铸造企业Fundiciones del Lingo 80%股权", "Fundiciones del Lingo");
    /* unquoted short names (以下简称X, as Taiwan writes 以下簡稱X), and no book title
     * (以下简称《措施》) */
    EXPECT("岭笙金融科技股份有限公司(以下简称岭笙)4日宣布", "岭笙金融科技股份有限公司|岭笙");
    EXPECT("该市印发《关于支持岭南产业发展的若干措施》(以下简称《措施》)", "");
    /* a role noun before a name (投资方X, 运营方X), a studio's trade
     * (独立游戏工作室X), an interview (对话X) and a look back (回看X) are no
     * part of it; a fund's name holds 投资 (…投资引导基金) */
    EXPECT("天使轮投资方岭程创投继续追加投资", "岭程创投");
    EXPECT("本轮由深创投领投,四川省岭南乡村振兴投资引导基金跟投",
           "深创投|四川省岭南乡村振兴投资引导基金");
    EXPECT("运营方上海岭芽教育科技有限公司完成数千万元Pre-A轮融资", "上海岭芽教育科技有限公司");
    EXPECT("独立游戏工作室岭屿互动近日宣布获得心动网络投资", "岭屿互动|心动网络");
    /* the other offer of the day (同日招股的还有…制造商X), a legal name after
     * 受让 (a filing's verb of purchase) */
    EXPECT("同日招股的还有工业传感器制造商岭科传感,该公司计划集资约6亿港元", "岭科传感");
    EXPECT("公司拟受让赣州岭峰投资管理合伙企业(有限合伙)持有的股权",
           "赣州岭峰投资管理合伙企业(有限合伙)");
    /* a brand the sentence names (品牌就叫“X”) */
    EXPECT("唐蔚创办了杭州岭味宠物食品有限公司,品牌就叫“岭味喵”",
           "杭州岭味宠物食品有限公司|岭味喵");
    /* a place between the subject and 与 (在挪威奥斯陆与Y签署) is no party */
    EXPECT("公司于8月27日在挪威奥斯陆与Nordvik Shipping AS签署6艘汽车运输船建造合同",
           "Nordvik Shipping AS");
}

static void short_names_by_their_rounds(void **state)
{
    (void)state;
    /* two characters that open a clause and raise a round (X上个月拿了N的C
     * 轮, X今年2月完成N的B轮融资) are a name; a pronoun or a pointer there
     * (前者完成的是…, 我们拿了…) is none */
    EXPECT("林晓川:岭拓上个月拿了2亿元C轮,做得很好。", "岭拓");
    EXPECT("同赛道的竞争者中,岭沐今年2月完成5亿元B轮融资。", "岭沐");
    EXPECT("前者完成的是五千万元天使轮,后者则拿到了三百万美元种子轮。", "");
    EXPECT("我们拿了2亿元C轮。", "");
    /* ... and in quotes after a descriptor (同样做鲜粮的“X”完成了…) */
    EXPECT("今年6月,同样做鲜粮的“汪小岭”完成了1亿元A轮融资。", "汪小岭");
    /* guard: 获取 (to get) is no 获 (点击“阅读原文”,获取本周融资清单) */
    EXPECT("—— END —— 点击“阅读原文”,获取本周完整融资清单", "");
    /* the rumor's verb (都在传X拿了…) is no part of the name */
    EXPECT("问:最近圈内都在传Lingrith拿了新一轮融资,能确认一下吗?", "Lingrith");
}

static void valuations_places_and_shipowners(void **state)
{
    (void)state;
    /* a valuation, a comparison or a kind of many opens no name (估值分歧…,
     * 估值较X入股时, 多数一次性到账的融资, 单一材料新创), and a time after
     * the verb is none (入股时上涨: no object follows) */
    EXPECT("一位分析师表示,近两年游戏公司并购的估值分歧明显加大。", "");
    EXPECT("与多数一次性到账的融资不同,这笔资金将分期注入。", "");
    EXPECT("估值较岭帆资本入股时上涨约4倍。", "");
    EXPECT("其中國發基金此次投入新台幣2億元,為該基金近年對單一材料新創的最大筆投資。", "");
    /* the buyer, past a price in brackets (被Y以约N(约合…)收购); a company
     * bought after a place (收购了香港的X,); a Latin name with & before its
     * stake; a Latin name after a shipowner (希腊船东X) */
    EXPECT("对手Lingwise,去年11月被日本岭运以约45亿日元(约合人民币2.1亿元)收购。",
           "Lingwise|日本岭运");
    EXPECT("去年我们收购了香港的岭丰汇兑,花了大概3000万港元。", "岭丰汇兑");
    EXPECT("拟以1200万英镑收购英国连锁茶饮品牌Ling & Kettle 60%股权。", "Ling & Kettle");
    EXPECT("今年2月,公司与新加坡船东Straits Ling Shipping签订建造合同。", "Straits Ling Shipping");
    /* a legal name after a descriptor with a Latin word starts past it
     * (文档协作SaaS上海岭笺…有限公司); a place and a brand before one are
     * its own (北京TCL岭…) */
    EXPECT("面向律所的文档协作SaaS上海岭笺信息科技有限公司透露,公司已完成天使轮融资。",
           "上海岭笺信息科技有限公司");
    EXPECT("北京TCL岭科技有限公司完成融资1亿元。", "北京TCL岭科技有限公司");
    /* 完成 ends no name (X完成收购Y) */
    EXPECT("【并购】岭越医疗完成收购康岭生物70%股权", "岭越医疗|康岭生物");
}

static void products_quotes_and_fields(void **state)
{
    (void)state;
    /* a product's name that ends a longer name (星链 in 光岭星链) leaves the
     * company its name */
    EXPECT("卫星激光通信企业光岭星链获得C轮融资,金额超3亿元。", "光岭星链");
    /* ... right after its descriptor only: not after 公司, which ends the
     * name before it (guard) */
    EXPECT("今晚,中国岭路总公司通过官方微博发布辟谣消息称:网传信息不实。", "");
    /* a brand in straight quotes (茶饮品牌"X"完成…) */
    EXPECT("茶饮品牌\"山岭集\"完成1.5亿元A轮融资。", "山岭集");
    /* ... but straight quotes around words are no name (帮出口商"管汇率"的,
     * 团队"用很小的预算讲好一个故事") */
    EXPECT("这是一家帮中国出口商\"管汇率\"的新加坡公司。", "");
    EXPECT("岭站负责人表示,看中的是团队\"用很小的预算讲好一个故事\"的能力。", "");
    /* ... nor is a medium's name the end of a company's (律师告诉钛媒体) */
    EXPECT("据一位并购律师告诉钛媒体,德国中型制造企业的估值普遍不高。", "");
    /* X,于DATE获得…; and no name ends in a hyphen (Pre-A轮) */
    EXPECT("新中式茶饮品牌拾岭纪,于5月23日获得黑蚁资本独家投资的Pre-A轮融资。", "拾岭纪|黑蚁资本");
    /* a trade after a sector word is a field (跨境物流); a span of time
     * (短期内) and a clause (…会更加谨慎) are no names */
    EXPECT("成立四年的岭途智运专做中国至海湾国家的跨境物流,刚刚完成新一轮融资。", "");
    EXPECT("分析师认为,短期内并购整合会更加谨慎。", "");
    /* a holder's shares (X所持股份), a rest (收购Y剩余股权) and a legal
     * suffix alone (HHLR Advisors, Ltd.) are no part of a name */
    EXPECT("公告显示,岭讯所持股份将在本次交易中一并出售给幻岭网络。", "幻岭网络");
    EXPECT("岭台科技拟以约180亿日元收购岭砚网络剩余80%的股权。", "岭台科技|岭砚网络");
    EXPECT("其中,Lingmoor Advisors, Ltd.认购3,000万美元的发售股份。", "Lingmoor Advisors");
    /* Y以N对X增资: Y is a name (and X) */
    EXPECT("2021年12月,岭新资本以2,400万元对赣岭氟化增资,取得其9%的股权。", "岭新资本|赣岭氟化");
    /* an adverb after a name (X亦宣布) is no part of it; a maker told by its
     * trade alone (…研制商获…融资) is no name */
    EXPECT("同日,本地保险科技初创保岭科技亦宣布完成800万美元A轮融资。", "保岭科技");
    EXPECT("【商业航天】液体火箭发动机研制商获近亿元融资", "");
}

static void japanese_names_and_kinds(void **state)
{
    (void)state;
    /* a 和 the name's definition holds is the name's own, not a list's
     * (港和船舶设计株式会社(…简称“港和设计”)); so is it where the short
     * name recurs (收购日本大和精纤), with a Japanese form before it */
    EXPECT("公司以38亿日元收购日本岭和船舶设计株式会社(Lingwa Marine Design Co., Ltd.,以下简称“岭和"
           "设计”)100%股权。",
           "岭和船舶设计株式会社|Lingwa Marine Design Co., Ltd.|岭和设计");
    EXPECT(
        "岭宇复材完成收购日本大和岭纤。\n公司收购株式会社大和岭密纤维(下称“大和岭纤”)86.5%股权。",
        "岭宇复材|大和岭纤|株式会社大和岭密纤维|大和岭纤");
    /* a field's company (游戏公司) and a premium (高溢价) are no names */
    EXPECT("分析师称,“高溢价收购游戏公司的时代基本结束了”。", "");
    /* 原 (at first) before a plan is no part of the name (X原拟以N收购Y) */
    EXPECT("根据预案,岭屏传媒原拟以12.6亿元收购乐岭互娱100%股权。", "岭屏传媒|乐岭互娱");
}

static void descriptions_and_defined_names(void **state)
{
    (void)state;
    /* a firm's kind after 这家…的 describes the company just named
     * (这家总部位于苏州的仿真软件公司), and what a company does (做仿真软件的X)
     * is no name */
    EXPECT("这正是LingSim想要撬动的市场。9月22日,这家总部位于苏州的仿真软件公司对外披露,已完成一笔"
           "2.3亿元的融资。",
           "LingSim");
    EXPECT("今年5月,同样做仿真软件的LingFlux刚完成由岭瓴创投领投的1.5亿元B轮融资。",
           "LingFlux|岭瓴创投");
    /* 同年 (the same year) is a time */
    EXPECT("公司2021年成立,同年拿到岭创资本数千万元天使轮投资。", "岭创资本");
    /* an interview's opening names the company of its founder */
    EXPECT("我们和岭纬幻想创始人沈一岭聊了聊产品、团队,以及他们刚刚敲定的新一轮融资。", "岭纬幻想");
    /* the short name an article defines is read whole: an alias inside it
     * (智元 in 岭言智元) names no company */
    EXPECT("北京岭言智元科技有限公司(以下简称“岭言智元”)于近日签订协议。岭言智元成立于2021年。",
           "北京岭言智元科技有限公司|岭言智元|岭言智元");
    /* a legal name that goes on past an alias is the name */
    EXPECT("本轮由中国国有企业结构调整基金二期股份有限公司领投,岭晨资本跟投。",
           "中国国有企业结构调整基金二期股份有限公司|岭晨资本");
    /* a group's joint-stock form without 有限 */
    EXPECT("岭碳新材公告,与岭阳智慧能源集团股份公司签署年度供货框架协议,预计合同金额2.3亿元。",
           "岭碳新材|岭阳智慧能源集团股份公司");
    /* a 和 that ends the name, with no name after it, is the name's */
    EXPECT("连锁药房企业岭汇大药房6月16日宣布,已完成对河南本土连锁品牌百姓岭和的控股收购,取得其65%"
           "股权。",
           "岭汇大药房|百姓岭和");
    /* a price ratio (市销率) is no name */
    EXPECT("按交易对价计算,此次收购的市销率约为0.67倍。", "");
    /* a Latin name after 工作室 (a studio) */
    EXPECT(
        "这也是岭柚互动今年以来的第二笔海外并购。今年7月,公司以12亿日元(约合人民币5900万元)收购了"
        "东京独立工作室Lingkuzu Works的60%股权,后者以像素风游戏闻名。",
        "Lingkuzu Works");
    /* a time between an investor and its verb (X7月2日独家投资了…) */
    EXPECT("岭好资本7月2日独家投资了AI学习机服务商“岭圃教育”,金额为5000万元。",
           "岭好资本|岭圃教育");
}

static void kinds_heads_and_given_names(void **state)
{
    (void)state;
    /* what is subject to something (受审查趋严影响), a kind of brand or chain
     * (冻干猫粮品牌, 宠物医疗连锁) and a fund set up (新设一支) are no names */
    EXPECT("一位分析师表示,海外并购受审查趋严影响,国内企业更可能转向自建产线。", "");
    EXPECT("往期推荐:冻干猫粮品牌获5000万元A轮融资;宠物医疗连锁再获3亿元融资。", "");
    EXPECT("此外,岭州市天使投资引导基金新设一支10亿元的未来产业子基金。", "");
    /* a name the article gives in quotes (中文名叫“X”) is read whole: an alias
     * inside it (万科) names no company */
    EXPECT("Lingvane的中文名叫“柯万科技”,2020年在新加坡创立。", "");
    /* a Latin name after its Han descriptor is the Latin one */
    EXPECT("资本也在向这一赛道集中:印尼本土冷链仓储商Lingera今年3月完成了1500万美元B轮融资。",
           "Lingera");
    /* 首次 (for the first time) and a main shareholder (主要股东) are no part
     * of a name */
    EXPECT("这并非岭垣股份首次通过并购扩张:2021年,公司曾以1.2亿元收购安徽岭弦线束有限公司。",
           "安徽岭弦线束有限公司");
    EXPECT("消息称,一家上市公司已与岭川新能主要股东达成初步意向,拟以现金收购其51%以上股权。",
           "岭川新能");
    /* a round's lead by its role (X(Latin)是本轮的领投方), with its 投资 */
    EXPECT("岭西洋投资(Lingatlas)是本轮的领投方,老股东岭杉中国持续加码。",
           "岭西洋投资|Lingatlas|岭杉中国");
    /* an investor that adds again (X也继续加了注) or alone (X一家投的) */
    EXPECT("周默:对,上个月底刚交割完,是Pre-A轮。岭远创投领投,天使轮的岭格基金也继续加了注。",
           "岭远创投|岭格基金");
    EXPECT("何屿:去年3月,1500万元,岭动资本一家投的。", "岭动资本");
    /* 曾经 (once) opens no name; a side's word (单方面) ends one */
    EXPECT("钛媒体APP:市场上有传言说,去年有一家上市公司曾经报价5亿元要收购拾岭,是真的吗?", "");
    EXPECT("常州岭驰科技有限公司(以下简称“岭驰科技”)。公司拟以5000万元对岭驰科技单方面增资。",
           "常州岭驰科技有限公司|岭驰科技|岭驰科技");
    /* an investor after 拿到, before a vague amount (拿到X数千万元天使轮投资) */
    EXPECT("公司2021年成立,同年拿到岭诺天使基金数千万元天使轮投资。", "岭诺天使基金");
    /* a half year between a name and its verb (X,上半年拿了B轮) */
    EXPECT("像做冷链运输调度的冷岭通,上半年拿了B轮3亿元,是岭瓴资本领投的。", "冷岭通|岭瓴资本");
}

static void chats_pronouns_and_schools(void **state)
{
    (void)state;
    /* a verb said twice around 了 (聊了聊X) is no part of the name after it,
     * nor is a field (设施农业) a company */
    EXPECT("我们和岭川聊了聊设施农业的生意、融资和出海。", "");
    /* a conversation's words are no names: a pronoun (关心你们, 收购别人),
     * a question's particle (…吗) or the passive's 被 at the end */
    EXPECT("问:外界比较关心你们的融资进展。", "");
    EXPECT("问:会考虑被收购或者收购别人吗?", "");
    /* a Han name a founding verb ends its clause on (创办了X,) */
    EXPECT("2018年,她和两位同学创办了穗岭智农,最初的想法很朴素。", "穗岭智农");
    /* a share told the other way (其中N来自领投方X) */
    EXPECT("其中1.2亿元来自领投方隐岭资本,剩下的部分由老股东一起投。", "隐岭资本");
    /* a firm's word after an investing verb is no object (产业投资基金认缴N,
     * 天使投资引导基金认缴N) */
    EXPECT("其中,苏州市产业投资基金认缴4亿元,苏州市天使投资引导基金认缴3亿元。", "");
    /* X的收购 is a noun: no object follows it (在英国的并购并非一帆风顺);
     * 跨境 is where a deal goes, no name */
    EXPECT("不过,中资教育机构在英国的并购并非一帆风顺。", "");
    EXPECT("“跨境并购的难点不在价格,而在交割后的管理。”", "");
    /* a Latin name after the kind of body it is (在线语言学校X): the Latin
     * word, and 在线 is no 在 to trim at */
    EXPECT("岭睿教育完成了对爱尔兰在线语言学校LingNest的控股收购。", "岭睿教育|LingNest");
    /* a name ends where the time since its founding begins (X成立两年来) */
    EXPECT("这是禾岭智农成立两年来的第二轮融资。", "禾岭智农");
    EXPECT("这是驭岭科技自成立以来的第六轮融资。", "驭岭科技");
    /* a round's object with its amount before the word (参与了…新创X的
     * 新台币8,000万元募资); a buyer with its Latin name (被Y(NX)收购) */
    EXPECT("今年稍早它也参与了植物工厂新创禾岭农创的新台币8,000万元募资。", "禾岭农创");
    EXPECT("今年3月,印尼物流软件公司Lingflo被日本岭运(NX)收购。", "Lingflo|日本岭运");
    /* the shares, not their company (股份定于10月3日挂牌) */
    EXPECT("股份定于10月3日在港交所主板挂牌,中金公司为保荐人。", "港交所|中金公司");
}

static void adverbs_peers_and_described_names(void **state)
{
    (void)state;
    /* an adverb between a name and its verb (X悄悄/刚/才完成) is no part of
     * it, nor is a time (X自2023年, X在今年2月); 随着, 外界传 and 时隔 open no
     * name */
    EXPECT("春节前,岭见科技悄悄完成了新一轮融资。", "岭见科技");
    EXPECT("上月,同赛道的岭钠科技刚宣布完成5亿元B轮融资。", "岭钠科技");
    EXPECT("今年3月,同样做心脏监测的新创岭动科技才完成4亿元B轮融资。", "岭动科技");
    EXPECT("不过,随着多家工业软件公司陆续拿到新融资,赛道竞争也在加剧。", "");
    EXPECT("鲸潮:外界传你们刚完成了一轮融资?", "");
    EXPECT("这也是岭芯微在今年2月完成1.2亿元A轮融资后不到半年再获融资。", "岭芯微");
    EXPECT("这是Lingmina自2023年完成Series A以来的首次融资。", "Lingmina");
    EXPECT("这是岭丘宠物自2024年3月完成B轮融资后,时隔两年再获融资。", "岭丘宠物");
    /* a Latin name after a peer (美国同行X), a country's (德国的X), or the
     * verb of founding (创办了X) */
    EXPECT("放眼全球,美国同行Lingvantage去年12月刚完成1亿美元C轮融资。", "Lingvantage");
    EXPECT("海外同类公司中,德国的Lingwerk今年2月刚完成3500万欧元融资。", "Lingwerk");
    EXPECT("2019年,他从一家货代公司辞职,在新加坡创办了Lingwell,为中小货代提供SaaS工具。",
           "Lingwell");
    /* legal names: a fund's partnership (…基金(有限合伙)), a place in brackets
     * inside (岭洋(南通)船舶有限公司), after 根据, after a maker's trade
     * (…研制商X); a chain's or an engine's kind (咖啡连锁X, NPC引擎X) */
    EXPECT("交易对方为江西省岭电信息产业投资基金(有限合伙)。",
           "江西省岭电信息产业投资基金(有限合伙)");
    EXPECT("根据北京岭衡资产评估有限公司出具的评估报告,标的公司估值为6亿元。",
           "北京岭衡资产评估有限公司");
    EXPECT("公司全资子公司岭洋(南通)船舶有限公司签署了建造合同。", "岭洋(南通)船舶有限公司");
    EXPECT("岭汽大厦揭牌暨岭汽(中国)投资有限公司成立二十周年庆典举行。", "岭汽(中国)投资有限公司");
    EXPECT("【航天】液体火箭发动机研制商北京岭航动力科技有限公司完成数亿元B轮融资。",
           "北京岭航动力科技有限公司");
    EXPECT("【消费】平价精品咖啡连锁栗岭咖啡获得美团龙珠战略投资。", "栗岭咖啡|美团龙珠");
    EXPECT("AI NPC引擎Lingwave完成1200万美元A轮融资。", "Lingwave");
    /* guards: a trade's operators (回转寿司业者) after a chain's word, a
     * board's resolution (决议终止…) and an underwriter's role in brackets
     * are no part of a name; a year after 预计 is no part either */
    EXPECT("公司已与一家日本连锁回转寿司业者签署合作备忘录。", "");
    EXPECT("因双方未能取得共识,决议终止去年12月与同业岭宇科技签订的股份转换协议。", "岭宇科技");
    EXPECT("保荐人(主承销商)中信岭投证券股份有限公司已收到认购款。", "中信岭投证券股份有限公司");
    EXPECT("他透露,岭曜光子预计2027年启动下一轮融资。", "岭曜光子");
    /* a ship's bunkering (LNG加注船, 燃料加注业务) is no 加注 of money */
    EXPECT("公司主要从事集装箱船、汽车运输船、LNG加注船及海工辅助船的设计与建造。", "");
}

static void counts_lacks_and_sources(void **state)
{
    (void)state;
    /* a count of things (一条成熟的产线, 十多家工作室) opens no name */
    EXPECT("分析师说,岭州新材这次等于直接买下了一条成熟的产线和一批客户。", "");
    EXPECT("过去两年,岭游网络在日本等地陆续投资或收购了十多家游戏工作室。", "");
    /* a lack (暂无新的融资计划), what is said (消息说X), an adverb (直接),
     * 就能 and a plan (计划并与) hold no name */
    EXPECT("岭言智能相关负责人表示,公司“暂无新的融资计划”。", "");
    EXPECT("问:最近圈里有消息说岭序刚完成了一轮融资?", "");
    EXPECT("交易还需通过日本的对内直接投资审查。", "");
    EXPECT("组件价格每下降0.1元/Wh,一座电站的初始投资就能少1000万元。", "");
    EXPECT("2023年11月,岭材新材首次披露收购计划并与交易对方签署股份转让协议。", "岭材新材");
    /* a registered capital (實收資本額) is none either */
    EXPECT("依規定,國發基金持股以不超過被投資事業實收資本額的49%為上限。", "");
    /* a source's counting after its name (据X统计): the name is X */
    EXPECT("据农业科技投资平台Lingscope统计,去年全球农业科技风险投资总额为156亿美元。",
           "Lingscope");
    /* a group named after its country: the group */
    EXPECT("今年5月,岭润重工与法国岭飞海运集团签订4艘汽车运输船建造合同。",
           "岭润重工|岭飞海运集团");
    /* a two-character brand after its kind, its day before the verb */
    EXPECT("社区生鲜折扣店品牌岭屉3月15日宣布完成数亿元C轮融资。", "岭屉");
    /* straight quotes after a platform or an app mark its name */
    EXPECT("职业技能教育平台\"岭屿\"获得近千万元天使轮融资。", "岭屿");
    EXPECT("AI英语口语陪练应用\"岭行语言\"周四宣布拿下5000万元Pre-A轮。", "岭行语言");
    /* (a guard: passes at 42eb41e) two characters in straight quotes with no
     * deal's verb after them are a word, not a name */
    EXPECT("分析人士说,这也是市场把两家公司\"绑定\"解读的原因。", "");
    /* a Latin name after its founding year */
    EXPECT("2020年成立的Lingsolve是少有的从求解器内核做起的国内团队。", "Lingsolve");
    /* a shipyard by its trade word, 也 before its verb */
    EXPECT("今年2月,位于上海的岭东造船也获得了6艘同型LNG船订单。", "岭东造船");
}

static void rivals_studios_and_objects(void **state)
{
    (void)state;
    /* a rival before a Latin name (竞争对手X) is no part of it: 对手 is one
     * word, not 对 and a name 手X */
    EXPECT("其美国竞争对手Lingbrion去年完成了4,000万美元B轮融资。", "Lingbrion");
    /* a Latin name runs into no adverb or preposition after it */
    EXPECT("在此之前,Lingbeline仅在2021年获得过一轮由岭绩创坛投资的天使轮融资。",
           "Lingbeline|岭绩创坛");
    EXPECT("面向制造业的协同设计SaaS公司Lingmesh在1月2日披露,已拿到1200万美元A轮融资。",
           "Lingmesh");
    /* a studio of a kind, named or pointed at (英国独立游戏工作室X; 该工作室;
     * 这家…的独立游戏工作室), is no studio's name */
    EXPECT("岭讯科技入股英国独立游戏工作室Lingbeam Games。该工作室成立于2019年。",
           "岭讯科技|Lingbeam Games");
    EXPECT("这意味着这家仅有40余人的独立游戏工作室获得了战略投资。", "");
    /* a label's trade before its name (播客厂牌X) is no part of it */
    EXPECT("【文娱】播客厂牌岭屿声学获哔哩哔哩战略投资", "岭屿声学|哔哩哔哩");
    /* 标的 is one word: a deal's object, no name's end (并购的主要标的) */
    EXPECT("过去三年,这类企业正成为中国医疗器械企业海外并购的主要标的。", "");
    /* a Latin name's words may be joined by & (Hartwell & Moor Limited) */
    EXPECT("公司通过全资子公司岭宠国际(英国)有限公司以1.35亿英镑(约合人民币12.2亿元)收购"
           "Lingwell & Moor Limited 100%股权。",
           "岭宠国际(英国)有限公司|Lingwell & Moor Limited");
    /* 还有 before a legal name is no part of it (拿到新钱的还有X) */
    EXPECT("拿到新钱的还有苏州岭瑞医疗科技有限公司。", "苏州岭瑞医疗科技有限公司");
    /* an industry (对太空产业的投资) and a kind (半导体相关新创) are no firms */
    EXPECT("是国发基金今年以来对太空产业的最大单笔投资。", "");
    EXPECT("今年前8月国内创投对半导体相关新创的投资金额约新台币58亿元。", "");
    /* a subject that tells its round (X披露了B+轮融资) is a name */
    EXPECT("同在11月23日,数字货代平台岭链通披露了B+轮融资,金额为2.5亿元,由招商局创投领投。",
           "岭链通|招商局创投");
    /* a subsidiary's legal name starts after 子公司 (拟通过全资子公司X(香港)投资
     * 有限公司,收购…) */
    EXPECT("公司拟通过全资子公司岭科(香港)投资有限公司,收购德国特种化学品公司。",
           "岭科(香港)投资有限公司");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(boards_brands_and_local_times),
        cmocka_unit_test(latin_names_places_and_roles),
        cmocka_unit_test(adverbs_peers_and_described_names),
        cmocka_unit_test(short_names_by_their_rounds),
        cmocka_unit_test(valuations_places_and_shipowners),
        cmocka_unit_test(chats_pronouns_and_schools),
        cmocka_unit_test(products_quotes_and_fields),
        cmocka_unit_test(japanese_names_and_kinds),
        cmocka_unit_test(descriptions_and_defined_names),
        cmocka_unit_test(kinds_heads_and_given_names),
        cmocka_unit_test(filings_lists_and_descriptions),
        cmocka_unit_test(pronouns_times_and_longer_names),
        cmocka_unit_test(quoted_and_legal_names),
        cmocka_unit_test(people_places_and_sources),
        cmocka_unit_test(traditional_by_fold),
        cmocka_unit_test(longest_match),
        cmocka_unit_test(latin_case_and_boundaries),
        cmocka_unit_test(stop_list_not_reported),
        cmocka_unit_test(discovery),
        cmocka_unit_test(not_orgs),
        cmocka_unit_test(discovery_by_each_pattern),
        cmocka_unit_test(not_orgs_of_the_new_patterns),
        cmocka_unit_test(dates_adverbs_and_role_nouns),
        cmocka_unit_test(firms_ending_in_investment_words),
        cmocka_unit_test(descriptors_latin_forms_and_offers),
        cmocka_unit_test(codes_offers_and_times),
        cmocka_unit_test(counts_lacks_and_sources),
        cmocka_unit_test(rivals_studios_and_objects),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
