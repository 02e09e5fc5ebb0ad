/*
 * test_html.c: unit tests for extract/html*.c with small pages written for
 * these tests: the main text chosen by scoring (not by site rules) with a
 * sidebar of related links carrying amounts left out; boilerplate lines
 * and regions pruned (责任编辑, 版权, 分享到, 相关阅读, comments); list items and
 * table cells kept as paragraphs; script/style dropped; the headline over
 * the <title> with its site suffixes; every publish-time source (meta,
 * JSON-LD, <time>, byline text with and without a year, relative times,
 * explicit zones) and the sanity checks on dates; hostile input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "common/util.h"
#include "extract/html.h"

static zd_html *hx;
static zd_article art;

static int setup(void **state)
{
    (void)state;
    zd_msg_quiet(1);
    hx = zd_html_new();
    return hx ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    zd_article_clear(&art);
    zd_html_free(hx);
    return 0;
}

static void extract(const char *page, const char *base)
{
    zd_article_clear(&art);
    char *err = NULL;
    int rc = zd_html_extract(hx, page, strlen(page), base, &art, &err);
    if (rc != 0) fail_msg("extract failed: %s", err ? err : "?");
    assert_non_null(art.text);
    assert_true(zd_utf8_valid(art.text, strlen(art.text)));
}

static void has(const char *needle)
{
    if (!strstr(art.text, needle)) fail_msg("missing '%s' in text:\n%s", needle, art.text);
}

static void hasnt(const char *needle)
{
    if (strstr(art.text, needle)) fail_msg("unwanted '%s' in text:\n%s", needle, art.text);
}

#define P1                                                                                                                                     \
    "<p>本报讯 "                                                                                                                            \
    "3月2日，星火智能科技有限公司宣布完成B轮融资，融资金额为3亿元人民币，由红杉中国领投，高瓴资本" \
    "跟投。</p>"
#define P2                                                                                                                                       \
    "<p>"                                                                                                                                        \
    "公司创始人表示，本轮资金将主要用于大模型研发和海外市场拓展。过去一年，公司收入增长了两倍，客" \
    "户已超过五百家。</p>"
#define P3                                                                                                                                       \
    "<p>"                                                                                                                                        \
    "业内人士认为，随着行业竞争加剧，头部企业的融资能力将进一步决定市场格局，而中小企业则面临更大" \
    "的压力。</p>"

/* A portal layout: navigation, the article, a sidebar of related links with
 * amounts, a footer. */
static const char *PORTAL =
    "<html><head><meta charset=\"utf-8\"><title>星火智能完成3亿元B轮融资_科技频道_某某网</title>"
    "<script>var x = '<p>脚本里的文字，不算。</p>';</script><style>p{color:red}</style></head>"
    "<body><div id=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/tech\">科技</a></li>"
    "<li><a href=\"/fin\">财经</a></li><li><a href=\"/auto\">汽车</a></li></ul></div>"
    "<div class=\"wrap\"><div class=\"main\"><h1>星火智能完成3亿元B轮融资</h1>"
    "<div class=\"info\">发布时间：2026-03-02 09:15　来源：某某网</div>"
    "<div class=\"article-content\">" P1 P2 P3 "<p>责任编辑：张三</p></div>"
    "<div class=\"share\">分享到：<a href=\"#\">微博</a> <a href=\"#\">微信</a></div></div>"
    "<div class=\"sidebar\"><h3>相关阅读</h3><ul>"
    "<li><a href=\"/a1\">月之暗面完成10亿美元融资</a> 2026-02-28</li>"
    "<li><a href=\"/a2\">某机器人公司获5亿元A轮投资</a> 2026-02-27</li>"
    "<li><a href=\"/a3\">芯片企业拿下20亿元订单</a> 2026-02-26</li>"
    "<li><a href=\"/a4\">自动驾驶公司估值达80亿美元</a> 2026-02-25</li></ul></div></div>"
    "<div class=\"footer\"><p>Copyright © 2026 某某网 版权所有</p><p>京ICP备12345678号</p></div>"
    "</body></html>";

static void test_main_text_and_sidebar(void **state)
{
    (void)state;
    extract(PORTAL, "2026-03-05");
    has("融资金额为3亿元人民币");
    has("头部企业的融资能力");
    hasnt("10亿美元");
    hasnt("5亿元A轮");
    hasnt("20亿元订单");
    hasnt("80亿美元");
    hasnt("首页");
    hasnt("责任编辑");
    hasnt("分享到");
    hasnt("版权所有");
    hasnt("脚本里的文字");
    hasnt("color");
    /* paragraphs stay separate */
    assert_non_null(strstr(art.text, "高瓴资本跟投。\n公司创始人表示"));
    assert_string_equal(art.title, "星火智能完成3亿元B轮融资");
    assert_string_equal(art.published, "2026-03-02T09:15:00+08:00");
}

/* Old table layout: the article's paragraphs sit in one big cell between
 * link lists; the related list follows a 相关新闻 heading inside the cell. */
static void test_table_layout_and_stop(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>星火智能完成3亿元B轮融资-某某财经</title></head><body>"
        "<table><tr><td width=\"150\"><a href=\"/1\">要闻</a><br><a href=\"/2\">国内</a><br>"
        "<a href=\"/3\">国际</a><br><a href=\"/4\">财经</a></td><td>"
        "<a href=\"/\">首页</a> &gt; <a href=\"/fin\">财经</a> &gt; 正文<br>"
        "<b>星火智能完成3亿元B轮融资</b><br>2026年3月2日 10:30 某某财经<br><br>"
        "　　本报讯 "
        "3月2日，星火智能科技有限公司宣布完成B轮融资，融资金额为3亿元人民币，由红杉中国领投。<br><"
        "br>"
        "　　公司创始人表示，本轮资金将主要用于大模型研发和海外市场拓展，过去一年收入增长了两倍。<"
        "br><br>"
        "相关新闻：<br><a href=\"/x\">某公司获得10亿美元战略投资</a><br><a "
        "href=\"/y\">另一家公司完成9亿元C轮融资</a><br>"
        "</td></tr></table></body></html>";
    extract(page, NULL);
    has("融资金额为3亿元人民币");
    has("过去一年收入增长了两倍");
    hasnt("10亿美元");
    hasnt("9亿元");
    hasnt("要闻");
    assert_string_equal(art.title, "星火智能完成3亿元B轮融资");
    assert_string_equal(art.published, "2026-03-02T10:30:00+08:00");
}

/* An end mark closes the article; what follows is the site's. */
static void test_end_mark(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"rich_media_content\">" P1 P2 "<p>— END "
        "—</p><p>往期推荐：某公司完成了新一轮融资，金额高达二十亿元，投资方众多，堪称年度最大。</p>"
        "</div></body></html>";
    extract(page, NULL);
    has("高瓴资本跟投");
    hasnt("END");
    hasnt("二十亿元");
}

/* A heading of links to the account's earlier posts (往期推荐) after a
 * WeChat article ends it, as 相关阅读 does: the deals its links name are
 * other articles'. */
static void test_past_posts(void **state)
{
    (void)state;
    const char *page =
        "<html>\n"
        "<head></head>\n"
        "<body id=\"activity-detail\" class=\"zh_CN wx_wap_page\">\n"
        "<div class=\"rich_media_area_primary\">\n"
        "<div class=\"rich_media_area_primary_inner\">\n"
        "  <div class=\"rich_media_content js_underline_content\" id=\"js_content\">\n"
        "<section><p><span>岭启未来这一周的第1段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>岭启未来这一周的第2段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>岭启未来这一周的第3段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>岭启未来这一周的第4段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>岭启未来这一周的第5段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>岭启未来这一周的第6段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>岭启未来这一周的第7段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>岭启未来这一周的第8段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>岭启未来这一周的第9段文字讲的是学习机行业的市场情况,"
        "销量、价格和渠道都有变化,行业里的人各有看法。</span></p></section>\n"
        "<section><p><span>作者｜岭晚舟　编辑｜陶然</span></p></section>\n"
        "<section><p><span>本文仅代表作者观点，不构成投资建议。</span></p></section>\n"
        "  </div>\n"
        "  <div class=\"rich_media_tool\">\n"
        "    <a class=\"media_tool_meta\" id=\"js_view_source\">阅读原文</a>\n"
        "    <span class=\"media_tool_meta\">阅读 3.2万</span>\n"
        "  </div>\n"
        "  <div class=\"mp_profile_iframe_wrp\">\n"
        "    <p>往期推荐</p>\n"
        "    <p>· 岭语陪练赛道半年融资超5亿元，谁在买单？</p>\n"
        "    <p>· 职教平台岭学堂完成1亿元B轮融资</p>\n"
        "    <p>· 【广告】岭码编程训练营限时特惠，现仅需1299元</p>\n"
        "  </div>\n"
        "</div>\n"
        "</div>\n"
        "</body>\n"
        "</html>\n";
    extract(page, NULL);
    has("第9段文字");
    hasnt("岭学堂");
}

static void test_lists_tables_quotes(void **state)
{
    (void)state;
    const char *page =
        "<html><body><article><h1>年度融资盘点</h1>" P1 P2
        "<blockquote>我们会把每一分钱都花在刀刃上，这是对投资人的承诺。</blockquote>"
        "<ul><li>第一，研发投入占比超过百分之四十。</li><li>第二，海外收入占比达到三成。</li></ul>"
        "<table><tr><td>融资轮次</td><td>B轮</td></tr><tr><td>金额</td><td>3亿元</td></tr></"
        "table>" P3 "</article></body></html>";
    extract(page, NULL);
    has("\n我们会把每一分钱都花在刀刃上，这是对投资人的承诺。\n");
    has("\n第一，研发投入占比超过百分之四十。\n第二，海外收入占比达到三成。\n");
    has("\n融资轮次\tB轮\n金额\t3亿元\n"); /* a table row is one line, cells tab-separated */
    /* no empty paragraphs, no padding */
    assert_null(strstr(art.text, "\n\n"));
    assert_true(art.text[0] != '\n' && art.text[0] != ' ');
}

/* Hard-wrapped lines of an old page are one paragraph again. */
static void test_hard_wrap(void **state)
{
    (void)state;
    const char *page =
        "<html><body><font size=3><p>本报讯 "
        "星火智能科技有限公司昨日宣布完成新一轮融资，融资金额为3亿<p>"
        "元人民币，由红杉中国领投，高瓴资本跟投，老股东继续加注，本轮资金将主要用<p>"
        "于研发。<p>公司创始人表示，过去一年收入增长了两倍，客户已超过五百家，海外收入占比三成。"
        "<table><tr><td>星火智能科技有限公司的融资轮次和融资金额</td><td>B轮三亿元</td></tr></"
        "table>"
        "</font></body></html>";
    extract(page, NULL);
    has("融资金额为3亿元人民币，由红杉中国领投，高瓴资本跟投，老股东继续加注，本轮资金将主要用于研"
        "发。\n公司创始人");
    has("融资金额\tB轮三亿元"); /* not joined across cells */
}

/* Lines that only look wrapped: the rows of a table typed with bars, and a
 * question in bold after an answer, stay lines of their own. */
static void test_not_wrapped(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"content\">"
        "<p>本周一级市场共披露融资事件四十二起，以下是其中金额最大的几笔交易，按披露日期排列</p>"
        "<p>公司｜行业｜轮次｜金额｜投资方｜日期</p>"
        "<p>澄明光电｜激光雷达｜B轮｜3亿元｜红杉中国领投｜5月6日</p>"
        "<p>云帆数智｜工业软件｜A轮｜8000万元｜高瓴创投｜5月7日</p>"
        "<p>记者问创始人：这一轮融资前后一共谈了多长时间，估值是怎么定下来的</p>"
        "<p><strong>创始人回答说其实并不算长</strong></p>"
        "<p>他还说过去两年收入一直在增长，到今年的收入已经超过两亿元了，客户超过五百家，</p>"
        "<p><strong>海外收入占比达到三成</strong>。</p>"
        "</div></body></html>";
    extract(page, NULL);
    has("\n澄明光电｜激光雷达｜B轮｜3亿元｜红杉中国领投｜5月6日\n云帆数智｜");
    has("估值是怎么定下来的\n创始人回答说");
    has("客户超过五百家，海外收入占比达到三成。"); /* bold inside a sentence */
}

static void test_whitespace_collapsed(void **state)
{
    (void)state;
    const char *page = "<html><body><div class=\"content\"><p>　　星火智能   完成\n\t融资，"
                       "金额&nbsp;&nbsp;为3亿元。</p>" P2 "</div></body></html>";
    extract(page, NULL);
    has("星火智能 完成 融资，金额 为3亿元。\n");
    assert_true(strncmp(art.text, "星火智能", strlen("星火智能")) == 0);
}

static void test_comments_pruned(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>星火智能完成融资 - 某博客</title></head><body><div id=\"post\">"
        "<h2>星火智能完成融资</h2>" P1 P2 P3 "</div>"
        "<div id=\"comments\"><h3>评论</h3><div "
        "class=\"comment\"><p>网友甲：这家公司我很看好，估值应该过百亿。</p></div>"
        "<div "
        "class=\"comment\"><p>"
        "网友乙：融资这么多，能不能先把产品做好？我用过，体验一般，退款还很慢。</p></div>"
        "</div></body></html>";
    extract(page, NULL);
    has("红杉中国领投");
    hasnt("评论");
    hasnt("估值应该过百亿");
    hasnt("退款还很慢");
    assert_string_equal(art.title, "星火智能完成融资");
}

/* A stream of teasers after a short article: each item a linked headline
 * and a summary in prose. The summaries must not be taken for the text. */
static void test_teaser_stream(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>星火智能完成融资 - 某某新闻</title></head><body>"
        "<div class=\"article\"><h1>星火智能完成融资</h1>" P1 "</div>"
        "<ul class=\"stream\">"
        "<li class=\"item\"><a "
        "href=\"/1\">另一家公司获得巨额投资</a><p>据报道，另一家公司昨日获得了二十亿元的巨额投资，"
        "投资方包括多家国有资本，这笔资金将用于扩建工厂和招聘工程师，预计明年投产。</p></li>"
        "<li class=\"item\"><a "
        "href=\"/2\">某车企发布新款电动车</a><p>某车企今天发布了新款电动车，售价二十万元起，"
        "续航里程超过七百公里，首批用户将在下个月提车，公司预计全年销量将突破十万辆。</p></li>"
        "<li class=\"item\"><a "
        "href=\"/3\">芯片公司拿下大订单</a><p>一家芯片公司宣布拿下了价值十五亿元的大订单，"
        "客户是一家海外通信设备厂商，订单将在未来三年内分批交付，公司股价应声上涨。</p></li>"
        "</ul></body></html>";
    extract(page, NULL);
    has("融资金额为3亿元人民币");
    hasnt("二十亿元");
    hasnt("二十万元");
    hasnt("十五亿元");
}

/* A blog's front page: several posts, each a heading, a time stamp and
 * text. The article is the first post. */
static void test_first_post(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>某某的博客</title></head><body><div class=\"posts\">"
        "<div><b>第一篇：星火智能完成融资</b></div><div>2026-03-02 09:15:00</div>" P1 P2
        "<div><b>第二篇：周末随笔</b></div><div>2026-02-27 21:00:00</div>"
        "<p>"
        "周末去了一趟海边，天气很好，人也不多。我们在沙滩上走了很久，聊了很多过去的事情，晚上还吃了"
        "一顿海鲜。</p>"
        "<p>回来的路上堵车很严重，不过心情一直不错，下次还想再去一次，带上相机拍一些照片。"
        "海边的日落特别好看，孩子们一直在追着浪花跑，直到天黑才肯回到车上。</p>"
        "</div></body></html>";
    extract(page, NULL);
    has("融资金额为3亿元人民币");
    has("过去一年，公司收入增长了两倍");
    hasnt("周末去了一趟海边");
    hasnt("第二篇");
    assert_string_equal(art.published, "2026-03-02T09:15:00+08:00");
}

/* An article with a one-line dek above its byline is one post, not two:
 * the byline's time stamp after the dek cuts nothing. */
static void test_dek_before_byline(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>星火智能今日起招股|某新闻</title></head><body><div class=\"main\">"
        "<div class=\"article-header\"><h1>星火智能今日起招股</h1>"
        "<p class=\"sub\">星火智能披露招股细节，基石投资者合计认购六千万美元。</p>"
        "<div class=\"info\"><span>记者 张三</span><span>2026/10/16 09:12</span></div></div>"
        "<div class=\"article-content\">" P1 P2 "</div></div></body></html>";
    extract(page, NULL);
    has("融资金额为3亿元人民币");
    has("过去一年，公司收入增长了两倍");
}

/* A box named like a sidebar that holds the headline is the article's. */
static void test_misnamed_wrapper(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>星火智能完成融资_某某网</title></head><body>"
        "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">科技</a></div>"
        "<div class=\"layout-with-sidebar\"><h1>星火智能完成融资</h1>" P1 P2 P3 "</div>"
        "<div "
        "class=\"related\"><p>"
        "相关公司去年也获得过投资，金额为一亿元，投资方为某基金。投资完成后公司估值翻倍。</p></div>"
        "</body></html>";
    extract(page, NULL);
    has("融资金额为3亿元人民币");
    has("头部企业的融资能力");
    hasnt("一亿元");
}

/* A page without prose (a table of contents): the list is the text. */
static void test_no_prose_page(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>2026年第3期目录_某学报</title></head><body>"
        "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/q\">期刊</a> <a "
        "href=\"/c\">联系我们</a></div>"
        "<div class=\"toc\"><p>数字经济与产业升级</p><p>张三 李四</p><p>人工智能治理的路径选择</p>"
        "<p>王五</p><p>新发展格局下的区域协调发展</p><p>赵六 钱七</p></div></body></html>";
    extract(page, NULL);
    has("数字经济与产业升级");
    has("人工智能治理的路径选择");
    hasnt("联系我们");
}

static void test_title_sources(void **state)
{
    (void)state;
    /* og:title, no heading: suffix stripped */
    extract("<html><head><meta property=\"og:title\" content=\"星火智能完成3亿元B轮融资 | 某某网\">"
            "<title>别的标题</title></head><body>" P1 "</body></html>",
            NULL);
    assert_string_equal(art.title, "星火智能完成3亿元B轮融资");
    /* JSON-LD headline */
    extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            "\"headline\":\"星火智能完成B轮融资\",\"datePublished\":\"2026-03-02T08:00:00+08:00\"}"
            "</script></head><body>" P1 "</body></html>",
            NULL);
    assert_string_equal(art.title, "星火智能完成B轮融资");
    assert_string_equal(art.published, "2026-03-02T08:00:00+08:00");
    /* <title> only: the longest part */
    extract("<html><head><title>新闻中心_星火智能完成3亿元B轮融资 - 某某网</title></head><body>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.title, "星火智能完成3亿元B轮融资");
    /* a hyphen inside a word is not a separator */
    extract("<html><head><title>COVID-19疫苗企业完成5亿元融资-某某网</title></head><body>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.title, "COVID-19疫苗企业完成5亿元融资");
    /* the <h1> that the <title> repeats, not a sidebar heading */
    extract("<html><head><title>星火智能完成融资_某某网</title></head><body><h1>某某网</h1>"
            "<div class=\"side\"><h2>热门文章</h2></div><h2>星火智能完成融资</h2>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.title, "星火智能完成融资");
    /* a <span class="title"> the <title> repeats; an h1 with an edit link is not */
    extract("<html><head><title>雄安新区 - 某某百科，自由的百科全书</title></head><body>"
            "<h1><span class=\"page-title-main\">雄安新区</span><span>[<a "
            "href=\"/e\">编辑</a>]</span></h1>" P1 "</body></html>",
            NULL);
    assert_string_equal(art.title, "雄安新区");
    /* no title at all: the first h1 */
    extract("<html><body><h1>无标题页的大标题</h1>" P1 "</body></html>", NULL);
    assert_string_equal(art.title, "无标题页的大标题");
    extract("<html><body>" P1 "</body></html>", NULL);
    assert_null(art.title);
}

static void test_time_meta(void **state)
{
    (void)state;
    extract("<html><head><meta property=\"article:published_time\" "
            "content=\"2026-03-02T09:15:00+08:00\">"
            "</head><body>" P1 "</body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-02T09:15:00+08:00");
    /* a UTC stamp stays UTC */
    extract("<html><head><meta property=\"article:published_time\" "
            "content=\"2026-03-01T18:30:00.000Z\">"
            "</head><body>" P1 "</body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-01T18:30:00Z");
    extract("<html><head><meta name=\"PubDate\" content=\"2026-03-02 09:15:30\"></head><body>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-02T09:15:30+08:00");
    extract("<html><head><meta name=\"publishdate\" content=\"2026-03-02\"></head><body>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-02");
    extract("<html><head><meta property=\"og:release_date\" content=\"2026/3/2\"></head><body>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-02");
    extract("<html><head><meta name=\"weibo: article:create_at\" content=\"2026-03-02 11:00:00\">"
            "</head><body>" P1 "</body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-02T11:00:00+08:00");
    /* <time datetime> */
    extract("<html><body><h1>标题</h1><time datetime=\"2026-03-02T09:15:00-05:00\">3月2日</time>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-02T09:15:00-05:00");
}

static void test_time_byline(void **state)
{
    (void)state;
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<p>2026年3月2日 10:30　来源：某某网</p>" P1 "</body></html>",
        NULL);
    assert_string_equal(art.published, "2026-03-02T10:30:00+08:00");
    hasnt("来源：某某网");
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<p>2026年3月2日</p>" P1 "</body></html>",
        NULL);
    assert_string_equal(art.published, "2026-03-02");
    /* no year: from the base date */
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<span>03-02 09:15</span>" P1 "</body></html>",
        "2026-03-05T02:00:00Z");
    assert_string_equal(art.published, "2026-03-02T09:15:00+08:00");
    /* around new year: 12-30 seen on 2026-01-02 is last year */
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<span>12-30 09:15</span>" P1 "</body></html>",
        "2026-01-02");
    assert_string_equal(art.published, "2025-12-30T09:15:00+08:00");
    /* relative */
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<span>3小时前</span>" P1 "</body></html>",
        "2026-03-02T01:00:00Z");
    assert_string_equal(art.published, "2026-03-02");
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<span>昨天 10:20</span>" P1 "</body></html>",
        "2026-03-02T01:00:00Z");
    assert_string_equal(art.published, "2026-03-01T10:20:00+08:00");
    /* without a base date, relative times stay unknown */
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<span>3小时前</span>" P1 "</body></html>",
        NULL);
    assert_null(art.published);
    /* a labelled date is preferred over the first date in the text */
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<p>栏目创建于 2019-01-01 ，发布时间：2026-03-02 08:00</p>" P1 "</body></html>",
        NULL);
    assert_string_equal(art.published, "2026-03-02T08:00:00+08:00");
    /* the metadata knows the day, the byline the time too */
    extract("<html><head><meta name=\"publishdate\" "
            "content=\"2026-03-02\"><title>星火智能完成融资_某某网</title>"
            "</head><body><h1>星火智能完成融资</h1><p>2026-03-02 09:15 来源：某某网</p>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-02T09:15:00+08:00");
    /* US-style stamps of old ASP pages */
    extract(
        "<html><head><title>星火智能完成融资_某某网</title></head><body><h1>星火智能完成融资</h1>"
        "<p>发布日期： 9/17/2004 5:54:13 PM</p>" P1 "</body></html>",
        NULL);
    assert_string_equal(art.published, "2004-09-17T17:54:13+08:00");
}

static void test_time_script(void **state)
{
    (void)state;
    /* WeChat fills its byline by script: var ct is epoch seconds, read as
     * Beijing time */
    extract("<html><head><title>星火智能完成融资</title></head><body><h1>星火智能完成融资</h1>"
            "<em id=\"publish_time\"></em>" P1
            "<script>var ct = \"1699152300\";\nvar publish_time = \"2023-11-05\" || \"\";"
            "</script></body></html>",
            NULL);
    assert_string_equal(art.published, "2023-11-05T10:45:00+08:00");
    /* ... or only its publish_time string */
    extract("<html><body><h1>星火智能完成融资</h1>" P1
            "<script>var publish_time = \"2023-11-05\" || \"\";</script></body></html>",
            NULL);
    assert_string_equal(art.published, "2023-11-05");
    /* a tag's claim comes first; a variable merely ending in ct is none;
     * an empty publish_time says nothing */
    extract("<html><head><meta name=\"publishdate\" content=\"2026-03-02\"></head><body>" P1
            "<script>var ct = \"1699152300\";</script></body></html>",
            NULL);
    assert_string_equal(art.published, "2026-03-02");
    extract("<html><body>" P1
            "<script>var pct = \"1699152300\"; var publish_time = \"\" || \"\";</script>"
            "</body></html>",
            NULL);
    assert_null(art.published);
    /* a time after the base date is no publish time */
    extract("<html><body>" P1 "<script>var ct = \"1699152300\";</script></body></html>",
            "2023-11-01");
    assert_null(art.published);
}

static void test_time_sanity(void **state)
{
    (void)state;
    /* impossible dates and dates outside 1995..2035 are ignored */
    extract("<html><head><meta name=\"pubdate\" content=\"2026-02-30\"></head><body>" P1
            "</body></html>",
            NULL);
    assert_null(art.published);
    extract("<html><head><meta name=\"pubdate\" content=\"1990-05-01\"></head><body>" P1
            "</body></html>",
            NULL);
    assert_null(art.published);
    extract("<html><head><meta name=\"pubdate\" content=\"2028-02-29 25:00\"></head><body>" P1
            "</body></html>",
            NULL);
    assert_string_equal(art.published, "2028-02-29"); /* leap day fine, bad time dropped */
    /* a date after the base date is not a publish date */
    extract("<html><head><meta name=\"pubdate\" content=\"2027-01-01\"></head><body>" P1
            "</body></html>",
            "2026-03-02");
    assert_null(art.published);
}

static void test_hostile(void **state)
{
    (void)state;
    /* empty, garbage, deep nesting, invalid UTF-8, NUL bytes: no crash, text "" at worst */
    extract("", NULL);
    assert_string_equal(art.text, "");
    extract("<<<>>><!-- <p", NULL);
    zd_buf deep = ZD_BUF_INIT;
    for (int i = 0; i < 20000; i++)
        zd_buf_adds(&deep, "<div>");
    zd_buf_adds(&deep, "深处的文字，没有人看。");
    extract(deep.p, NULL);
    zd_buf_free(&deep);
    /* a tag with thousands of attributes (libxml2 checks them pairwise) */
    zd_buf bomb = ZD_BUF_INIT;
    zd_buf_adds(&bomb, "<div");
    for (int i = 0; i < 50000; i++)
        zd_buf_printf(&bomb, " a%d", i);
    zd_buf_adds(&bomb, ">融资完成，金额为3亿元。</div>");
    extract(bomb.p, NULL);
    has("融资完成，金额为3亿元。");
    zd_buf_free(&bomb);
    const char bad[] = "<p>\xFF\xFE 融资\0 完成，金额为3亿元。</p>";
    zd_article_clear(&art);
    char *err = NULL;
    assert_int_equal(zd_html_extract(hx, bad, sizeof bad - 1, NULL, &art, &err), 0);
    assert_true(zd_utf8_valid(art.text, strlen(art.text)));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_main_text_and_sidebar), cmocka_unit_test(test_past_posts),
        cmocka_unit_test(test_table_layout_and_stop), cmocka_unit_test(test_end_mark),
        cmocka_unit_test(test_lists_tables_quotes),   cmocka_unit_test(test_hard_wrap),
        cmocka_unit_test(test_not_wrapped),           cmocka_unit_test(test_dek_before_byline),
        cmocka_unit_test(test_whitespace_collapsed),  cmocka_unit_test(test_comments_pruned),
        cmocka_unit_test(test_teaser_stream),         cmocka_unit_test(test_first_post),
        cmocka_unit_test(test_misnamed_wrapper),      cmocka_unit_test(test_no_prose_page),
        cmocka_unit_test(test_title_sources),         cmocka_unit_test(test_time_meta),
        cmocka_unit_test(test_time_byline),           cmocka_unit_test(test_time_script),
        cmocka_unit_test(test_time_sanity),           cmocka_unit_test(test_hostile),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
