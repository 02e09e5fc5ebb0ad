/*
 * date_rx.c: find date expressions in NFKC-normalized UTF-8 text.
 *
 * One combined PCRE2 pattern (UTF + UCP, JIT, compiled once per context)
 * whose alternatives are the date forms zhdeals resolves (normalize/date.c
 * reads the parts of each span; the two files must agree on the forms):
 * numeric dates (2026-02-27, 2026/2/27, 2026.02.27, 20260227, 3/3/15, 09-01), year-month-day
 * with 年月日 in digits or Chinese numerals (二〇二六年二月二十七日), years with their edges,
 * quarters and halves (2025年Q3, 今年初, 去年底, 上半年), ROC years (民國115年, 115年3月12日),
 * partial dates (2月27日, 16日, 2月), relative days, weeks and months (昨日, 上周五, 下個月),
 * counts (3天前, 两年后), spans inside one year or month (2025年1-3月, 5月20日至22日), and holidays
 * and lunar dates (春节, 中秋节, 农历八月十五, 正月初一, 国庆节, 复活节, 开斋节, 赎罪日). A weekday
 * in apposition stays in its date's span (2月27日(周五)); a time of day after a date is left out
 * (3月1日晚 → 3月1日).
 *
 * Precision matters as much as recall (a false date becomes a wrong deal
 * date), so the alternatives carry guards: numbers glued to letters, dots
 * or slashes (URLs, versions, decimals) are not dates; a bare 1-3 digit
 * year (3年, 100年) is a duration unless a month follows; 24小时, 未来八年 and
 * 几个月 are durations; 每周一 and 每年3月 are periodic; 100日元 and 5日均线
 * are not days; 今日头条, 今日资本, 重阳投资, 张国庆 and 美国国庆 are names;
 * 此前年收入 and 建成后年产能 do not hold 前年/后年.
 *
 * The pattern names every character it can consume literally (no '.', no
 * negated classes outside lookbehinds, no ranges outside ASCII); the
 * speed-up below relies on that, so keep it so.
 *
 * Speed (recognition must run well over 50 MB/s; about 300 MB/s on news
 * text): the pattern is compiled anchored, and the scanner runs it only
 * where a date can start. Which first characters, which first two and
 * which first three can begin a match is asked of the pattern itself by
 * hard partial matching (the first characters' table built once per
 * context, the pairs and threes filled as they are met), so the tables
 * cannot drift from the pattern. The threes matter: an attempt that fails
 * goes through every alternative (hundreds of holiday names), and common
 * pairs begin some date (一个 for 一个月前, 这个 for 这个月, 国际 for
 * 国际劳动节), so the character after a passing pair, whatever it is,
 * decides too. Digits inside numbers, words and URLs are skipped
 * outright (every alternative refuses them by a lookbehind), and a run of
 * digits is judged by what follows it, then by itself and the two
 * characters after it (a run of eight, 20260227, is tried as it stands).
 */
#include "date_rx.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "../common/rx.h"
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/util.h"

/* digit-by-digit Chinese year digits */
#define CD "[〇零一二三四五六七八九○]"
/* left edge of an ASCII number: not inside a word, a decimal, a URL */
#define LB        "(?<![0-9A-Za-z._/#=?&%+])(?<![0-9A-Za-z]-)"
#define LBCN      "(?<![〇零一二三四五六七八九十百千万萬亿億两兩几幾数數第每])"
#define MONN      "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
#define LUNARMARK "(?:农历|農曆|農历|阴历|陰曆|阴曆)"
/* a space may stand between ASCII digits and their unit (2025 年 8 月 3 日) */
#define SP    "(?:(?<=[0-9]) )?"
#define MONTH "(?:" MONN SP "月|正月|[腊臘]月|冬月)份?"
#define WDCH  "[一二三四五六日天]"
#define WEEKW "(?:星期|礼拜|禮拜|周|週)"
/* a weekday in apposition after a day: 2月27日(周五), 10月12号,星期一 */
#define WDA "(?:\\s?[(（]\\s?" WEEKW WDCH "\\s?[)）]|[,，]?\\s?" WEEKW WDCH "(?![共切直次]))?"
#define DAY                                                                                                           \
    "(?:(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|"         \
    "廿[一二三四五六七八九]?|卅一?)" SP "[日号號]"                                                                 \
    "|初(?:十|[一二三四五六七八九]|10|[1-9])|朔日|望日"                                                \
    "|(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?)"                       \
    "(?![0-9〇零一二三四五六七八九十百千万萬亿億两兩个個年月日号號天岁歲次多余餘])" \
    "|(?:3[01]|[12][0-9]|0?[1-9])(?=$|[\\s,.;:!?，。；：！？、)）]))"
#define MMOD "(?:上旬|中旬|下旬|初(?![创創])|底|末)"
/* the n-th weekday of a month: 十月第一个星期一, 5月的最后一个周五 */
#define NTHWD "的?(?:第[一二三四五1-5]|最[后後]一)[个個]" WEEKW WDCH
/* a span of months: 1-3月, 4至6月 (a period: resolves to its year) */
#define MRANGE "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月?\\s?[-~～至到—]\\s?" MONTH
/* a span of days in one month: 5月20日至22日, 3月1-3日 (a period: resolves to its month) */
#define DAYN                                                                                               \
    "(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|" \
    "廿[一二三四五六七八九]?|卅一?)"
#define DRANGE DAYN "[日号號]?\\s?[-~～至到—]\\s?" DAYN "[日号號]"
#define MONTHPART                                                                                  \
    "(?:" MRANGE "|(?:" LUNARMARK "[闰閏]?)?" MONTH "(?:(?<=月) (?=[0-9]))?(?:" DRANGE "|" DAY WDA \
    "|" NTHWD "|" MMOD ")?)"
/* the Easter cycle, Western or Orthodox (东正教) */
#define EASTER                                                                                                                \
    "(?:[东東]正教)?(?:[忏懺]悔[节節]|[忏懺]悔火曜日|煎[饼餅]星期二|大[斋齋]首日|"                  \
    "[圣聖]灰(?:星期三|[礼禮][仪儀]日|日)|(?<![死])灰日(?![子])|棕枝主日|[圣聖](?:枝|[树樹])主日|" \
    "基督苦[难難]主日|[圣聖][周週](?:星期)?[四五六]|"                                                         \
    "神[圣聖](?:星期[四五六]|[周週][四五六])|濯足[节節]|[设設]立[圣聖]餐日|"                          \
    "耶[稣穌]受[难難]日(?:翌日)?|主受[难難](?:日|[节節])(?:翌日)?|[沉沈]默[周週]五|"                  \
    "[复復]活[节節](?:星期一|前夜)?|主[复復]活日|五旬[节節]|"                                              \
    "[圣聖][灵靈]降[临臨](?:[节節]|日)|[圣聖][灵靈][节節][庆慶]日|天主三一主日|"                     \
    "天主[圣聖]三一[节節]|[圣聖]三一?(?:主日|[节節])|"                                                        \
    "基督[圣聖][体體](?:[圣聖]血)?(?:[节節]|瞻[礼禮])|拉撒路[圣聖][周週]六|拉匝路[周週]六)"
#define ISLAMIC                                                                                                              \
    "(?:(?:[开開][斋齋]|肉孜|[尔爾]代|古[尔爾]邦|宰牲|阿舒拉|[圣聖][纪紀]|(?:夜行)?登霄)[节節]|" \
    "伊斯[兰蘭](?:教|[历曆])?新年|法令之夜|[权權]力之夜)"
/* Jewish holidays (bare 篝火节, 禁食日, 转经节 and 烛光节 name other festivals in
 * Chinese text: only the Jewish names are here) */
#define JEWISH                                                                                                                 \
    "(?:[犹猶]太(?:教|[历曆])?新年|(?:[犹猶]太教)?[赎贖]罪(?:日|[节節])|住棚[节節]|"                     \
    "[圣聖][会會](?:[节節]|日)|西赫[托妥]拉[节節]|[欢歡][庆慶][圣聖]法[节節]|[诵誦][经經][节節]|" \
    "律法[节節]|哈努卡[节節]?|光明[节節]|修殿[节節]|[献獻]殿[节節]|[犹猶]太植[树樹][节節]|"      \
    "[树樹]木新年|[图圖]比舍巴特[节節]|普[珥林][节節]|逾越[节節]|以色列(?:[独獨]立日|"            \
    "[国國][庆慶](?:[节節]|日))|[犹猶]太教?篝火[节節]|七七[节節]|沙夫幼特[节節]|"                     \
    "[圣聖]殿被[毁毀]日)"
/* Hindu festivals (normalize/date_hindu.c) and Vesak */
#define HINDU                                                                                                                      \
    "(?:(?:(?:排|[万萬]|印度)[灯燈]|屠妖|[洒灑][红紅]|侯[丽麗]|荷[丽麗]|好利|胡里|霍利|[欢歡]悦|"      \
    "五彩|"                                                                                                                      \
    "印度兄妹|拉克沙班丹|十[胜勝]|[凯凱]旋|克哈特普迦|[欧歐]南|[卫衛]塞|威瑟|比[萨薩][宝寶]蕉)[" \
    "节節]|"                                                                                                                     \
    "(?:[庞龐]格[尔爾]|淡米[尔爾][丰豐]收|印度[丰豐]收)[节節](?:第[三四]天)?)"
/* the solar terms; those that are also words (雨水, 大雪, 白露) only with 节气 */
#define TERMS                                                                                                                     \
    "(?:(?:立春|[惊驚][蛰蟄]|春分|立夏|芒[种種]|夏至|立秋|[处處]暑|秋分|寒露|立冬|小寒|大寒(?!潮)" \
    ")"                                                                                                                           \
    "(?:[节節][气氣]?)?|(?:雨水|[谷穀]雨|小[满滿]|小暑|大暑|白露|霜降|小雪|大雪|清明)[节節][气氣]"  \
    ")"
#define HOL                                                                                                                               \
    "(?:五一国际劳动节|五一國際勞動節|国际劳动节|國際勞動節|五一劳动节|五一勞動節|劳动节|勞動節|" \
    "元旦[节節]?|阳历新年|陽曆新年|情人[节節]|圣瓦伦丁节|聖瓦倫丁節|三八妇女节|国际妇女节|"           \
    "妇女节|婦女節|(?<![太])植[树樹][节節]|国际消费者权益日|国际消費者權益日|國際消費者權益日|"       \
    "消费者权益日|三一五|愚人[节節]|五四青年节|青年[节節]|六一儿童节|国际儿童节|國際兒童節|"         \
    "儿童节|兒童節|建党节|建黨節|八一建军节|八一建軍節|建军节|建軍節|教师节|教師節|"                    \
    "(?<!" SURNAME ")(?<![国國列度亚亞本坡])[国國][庆慶][节節]?|万圣节|萬聖節|光棍[节節]|[双雙]"                \
    "十[一二]|[双雙]1[12](?![0-9])|"                                                                                                 \
    "澳门回归纪念日|澳門回歸紀念日|平安夜|圣诞节?|聖誕節?|母亲节|母親節|父亲节|父親節|"                \
    "感恩[节節]|"                                                                                                                     \
    "农历新年|農曆新年|农历年|春[节節]|新春|除夕|大年三十|元宵[节節]?|上元节|"                               \
    "端午[节節]?|端阳节|七夕[节節]?|中元[节節]|中秋[节節]?|重[阳陽][节節]|[腊臘]八[节節]?|" TERMS                                         \
    "|清明[节節]|冬至|老[板闆][节節]|" EASTER "|" ISLAMIC "|" JEWISH "|" HINDU                                                            \
    "|(?<![〇零一二三四五六七八九十])五一(?![〇零一二三四五六七八九十])|"                                       \
    "(?<![〇零一二三四五六七八九十])六一(?![〇零一二三四五六七八九十]))"
/* not an amount, a count or a serial number after a bare number (20240307元) */
#define NOTQ "(?!\\s?[%％元万萬亿億股人个個次件台辆輛期号號])"
/* the n-th month of a year: 2021年的第三个月 */
#define NTHMONTH "第(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[个個]月"
/* quarters (Q3, 第三季度, with their edges) and halves written H1/H2 */
#define QUARTER                                                                                    \
    "(?:(?:第?[一二三四1-4]季度|Q[1-4](?![0-9A-Za-z]))(?:初|末|底)?|H[12](?![0-9A-Za-z]))"
#define YEARTAIL                                                                                   \
    "(?:的?\\s?(?:" MONTHPART "|[上下]半年|" QUARTER                                               \
    "|年?初(?![创創])|伊始|年?底|年?末|" LUNARMARK "?" HOL                                         \
    "|大年(?:初(?:十|[一二三四五六七八九])|三十)|" NTHMONTH "|首月))?"
/* common surnames: 张国庆 is a person */
#define SURNAME                                                                                                                            \
    "[张張王李刘劉陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱高林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮于董"   \
    "萧蕭程曹袁邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣蔡贾賈丁魏薛叶葉阎閻余潘杜戴夏钟鍾汪田任姜范方" \
    "石姚谭譚廖邹鄒熊金陆陸郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段钱錢汤湯尹黎易常武乔喬贺賀" \
    "赖賴龚龔文]"
/* a relative year word: 前年 not inside 此前/目前, 上年/下年 not inside 以上/以下,
 * 后年 only after a boundary or a preposition (建成后年产能 is 建成后 年产能) */
#define YREL                                                                                                    \
    "(?:大前|大[后後]|(?<![此之以提事日目当當空生战戰饭会會节節年月天前])前|"       \
    "(?<![过過])去|(?<![以])上一?|今|(?<![基根资資成日版样樣剧劇课課文账賬])本|这一|" \
    "這一|明|(?<![以])下一?|"                                                                             \
    "(?<![^\\s,，。、；;：:（()）“”\"《》在于於到至从從自是和与與及或])[后後])年度?"
/* years that stand alone */
#define YSTRONG                                                                                    \
    "(?:" LB "(?:1[5-9]|20|21)[0-9]{2}\\s?年(?!代)|" LBCN CD "{4}年|" LB "0[0-9]年|" LBCN          \
    "[零〇○]" CD "年|民[国國](?:[0-9]{1,3}|[一二三四五六七八九十百零〇]{1,5}|元)年|" YREL ")"
/* years that need a month after them: 15年3月, 115年3月12日, 九零年9月 */
#define YWEAK "(?:" LB "[0-9]{2,3}\\s?年|" LBCN CD "{2}年)"

static const char pattern[] =
    /* numeric dates */
    LB
    "(?:1[5-9]|20|21)[0-9]{2}(?:-(?:1[0-2]|0?[1-9])-|/(?:1[0-2]|0?[1-9])/|\\.(?:1[0-2]|0?[1-9])\\.)"
    "(?:3[01]|[12][0-9]|0?[1-9])(?![0-9]|[-/.][0-9])" WDA "|" LB
    "(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])/(?:(?:19|20)[0-9]{2}|[0-9]{2})"
    "(?![0-9A-Za-z/]|[.,][0-9])"
    /* MM-DD with a zero written (09-01, 11-05), not inside a longer run */
    "|" LB "(?<![第号號])(?:0[1-9]-(?:0[1-9]|[12][0-9]|3[01])|1[0-2]-0[1-9])"
    "(?![0-9A-Za-z号號期]|[-/.:][0-9])" WDA
    /* YYYYMMDD written solid (20240307) */
    "|" LB
    "(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z]|[.,][0-9])" NOTQ
    /* year + quarter without 年 */
    "|" LB "(?:19|20)[0-9]{2}\\s?(?:Q[1-4]|H[12])(?![0-9A-Za-z])"
    /* years, with what follows them */
    "|" LUNARMARK "?" YSTRONG YEARTAIL "|" LUNARMARK "?" YWEAK "的?\\s?(?:" MONTHPART "|" NTHMONTH
    ")"
    /* relative days; Taiwan's with the day in brackets (昨(18)日) */
    "|[今昨前明]\\([0-9]{1,2}\\)日"
    "|(?:大大[后後]天|大前天|大[后後]天|大後日|今天|今日(?!头条|頭條|资本|資本|之星)|今晨|今晚|"
    "今早|今夜|本日|"
    "昨天|昨日|昨晚|昨夜|昨晨|尋日|前天(?![猫貓使才然价價王津])|前日(?![本韩韓元军軍产產])|"
    "明天(?!系)|明日(?!之[后後]|之星)|明晚|明早|聽日|(?<![先])[后後]天(?![的性然猫貓])"
    /* 後日 only standing alone (此后日本, 会后日方, 三年后日均 hold no date) */
    "|(?<!\\p{Han})[后後]日(?![本元军軍均方期常报報益后後\\p{Latin}]))"
    /* relative months (with a day or an edge) */
    "|(?:上上|下下|上一?|下一?|这一?|這一?|今|本)[个個]?月份?(?:" DAY "|" MMOD ")?"
    /* weeks */
    "|(?:上上|下下|上一?|下一?|本|这|這|今(?!周刊|週刊))[个個]?" WEEKW
    "(?![期刊边邊年薪报報])(?:[周週]|星期)?(?:" WDCH "(?![共切直次])|末)?"
    "|(?<![0-9一二三四五六七八九十两兩几每隔上下本这這今个個圣聖默色路])" WEEKW WDCH
    "(?![共切直次])(?:[,，、]\\s?" MONTH DAY ")?"
    /* quarters and halves */
    "|(?:上一?|下一?|本|这|這)[个個]?季度(?:初|末|底)?"
    "|" LB "(?<![一二三四前后後第年季])" QUARTER
    "|(?<![A-Za-z0-9])(?:Q[1-4](?![0-9A-Za-z])(?:初|末|底)?|H[12](?![0-9A-Za-z]))"
    "|(?<![年上下])[上下]半年"
    "|(?<![0-9〇零一二三四五六七八九十年每多新学學财財])年(?:初(?![创創一二三四五六七八九十])|底|"
    "末)"
    /* counts before / after now */
    "|" LB "(?<![第])(?:[0-9]{1,3}|[一二两兩三四五六七八九十百几幾数數]{1,4}|半)"
    "(?:[个個]多?月半?|[个個]?多?半?(?:天|周|週|星期|礼拜|禮拜|季度|年)半?多?)"
    "(?:以前|之前|前|以[后後]|之[后後]|[后後])"
    "(?!往|来|來|进|進|行|续|續|者|台|臺|期|夕|景|列|沿|端|身|线|線|所|置|提|面|方|排|途|瞻|辈|輩|"
    "任|卫|衛|锋|鋒|夜|厅|廳|门|門|院|处|處|世|头|頭|半|天)"
    /* holidays and lunar dates without a year */
    "|" LUNARMARK "?" HOL "|大年(?:初(?:十|[一二三四五六七八九])|三十)"
    /* a span of months without a year: 1-3月, 1月至3月 (before the month alone) */
    "|" LB "(?<!["
    "〇零一二三四五六七八九十百千万萬亿億两兩几幾数數每上下本这這当當同次隔前后後個个首末岁"
    "歲第])" MRANGE
    /* month (and day) without a year */
    "|(?:" LUNARMARK "[闰閏]?)?" LB "(?<!["
    "〇零一二三四五六七八九十百千万萬亿億两兩几幾数數每上下本这這当當同次隔前"
    "后後個个首末岁歲第])(?<!每年)(?<!每年的)" MONTH "(?:(?<=月) (?=[0-9]))?(?:" DRANGE "|" DAY WDA
    "|" NTHWD "|" MMOD ")?"
    /* day without a month: 16日, 二十日 */
    "|" LB
    "(?<![月〇零一二三四五六七八九十])(?:3[01]|[12][0-9]|0?[1-9]|[二三]十[一二三四五六七八九]?|"
    "十[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)" SP
    "日(?!内|以内|之内|游|遊|元|圆|圓|本|年化|"
    "均|线|線)" WDA;

struct zd_date_rx {
    pcre2_code *re; /* the pattern, anchored: run only where a date can start */
    pcre2_match_data *md;
    pcre2_match_data *pmd; /* for the partial matches that fill the tables */
    int jit;
    /* The pattern names every character it can consume (see the top of
     * this file), so the characters of its source, ASCII and the spaces \s
     * matches are all a match can hold. unum numbers them (code point ->
     * number + 1, or 0). */
    uint16_t unum[0x10000];
    size_t nuniv;
    /* tnum: code point -> trigger number + 1 (0: no match starts with it) */
    uint16_t tnum[0x10000];
    size_t ntrig;
    /* pair[t * nuniv + k]: can trigger t followed by character k begin a
     * match? 0 not known yet, 1 no, 2 yes; filled as pairs are met, so a
     * context (like its match data) serves one thread at a time */
    uint8_t *pair;
    uint8_t *after_digits; /* [k]: can a digit run followed by character k begin one */
    /* seen: the longer beginnings met so far (a passing pair and the
     * character after it, a digit run and the two characters after it)
     * and the pattern's answer for each: an open-addressed set of
     * (key + 1) << 1 | answer (0: empty slot), seen_cap slots (a power of
     * two, at most SEEN_MAX), seen_n used */
    uint64_t *seen;
    size_t seen_cap, seen_n;
    /* ZD_DATE_RX_CHECK set in the environment (the fuzz harness does):
     * every search is done again by a plain unanchored scan and the two
     * must agree, so fuzzing tests the speed-ups against the pattern */
    pcre2_code *check;
};

static size_t put_utf8(unsigned char *u, uint32_t cp)
{
    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        u[0] = (unsigned char)(0xC0 | (cp >> 6)), u[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    u[0] = (unsigned char)(0xE0 | (cp >> 12)), u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
}

/* Is subj[0..len) a whole match or the beginning of one? Assertions before
 * the start cannot fail there, so the answer is a superset. */
static int may_begin(zd_date_rx *rx, const unsigned char *subj, size_t len)
{
    int rc = rx->jit ? zd_rx_jit_match(rx->re, subj, len, 0, PCRE2_PARTIAL_HARD, rx->pmd)
                     : zd_rx_match(rx->re, subj, len, 0, PCRE2_PARTIAL_HARD, rx->pmd);
    return rc >= 0 || rc == PCRE2_ERROR_PARTIAL;
}

static void build_tables(zd_date_rx *rx)
{
    static const uint32_t spaces[] = {0x85,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
                                      0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
                                      0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
    uint32_t *univ = zd_xmalloc(sizeof pattern * sizeof *univ);
    size_t nu = 0, pl = strlen(pattern), i = 0;
#define ADD_U(c)                                                                                   \
    do {                                                                                           \
        uint32_t c_ = (c);                                                                         \
        if (c_ < 0x10000 && !rx->unum[c_]) rx->unum[c_] = (uint16_t)(nu + 1), univ[nu++] = c_;     \
    } while (0)
    for (uint32_t c = 0x09; c <= 0x7E; c++)
        ADD_U(c);
    for (size_t k = 0; k < sizeof spaces / sizeof spaces[0]; k++)
        ADD_U(spaces[k]);
    while (i < pl) {
        int32_t c = zd_utf8_decode(pattern, pl, &i);
        if (c >= 0) ADD_U((uint32_t)c);
    }
#undef ADD_U
    rx->nuniv = nu;
    size_t nt = 0;
    for (size_t k = 0; k < nu; k++) {
        unsigned char u[4];
        if (may_begin(rx, u, put_utf8(u, univ[k]))) rx->tnum[univ[k]] = (uint16_t)(++nt);
    }
    rx->ntrig = nt;
    rx->pair = zd_xcalloc(nt * nu, 1);
    rx->after_digits = zd_xcalloc(nu, 1);
    free(univ);
}

/* Can a match begin with a run of digits followed by code point b? Asked
 * with runs of one to four digits (a superset: 5日, 15年, 115年, 2026年). */
static int after_digits_ok(zd_date_rx *rx, uint32_t b)
{
    if (b >= 0x10000 || !rx->unum[b]) return 0;
    uint8_t *p = &rx->after_digits[rx->unum[b] - 1];
    if (!*p) {
        static const char *const runs[] = {"1", "12", "115", "2026"};
        *p = 1;
        for (size_t r = 0; r < sizeof runs / sizeof runs[0] && *p == 1; r++) {
            unsigned char u[8];
            size_t len = strlen(runs[r]);
            memcpy(u, runs[r], len);
            len += put_utf8(u + len, b);
            if (may_begin(rx, u, len)) *p = 2;
        }
    }
    return *p == 2;
}

/* Can a match begin with code point a (a trigger) followed by b? */
static int pair_ok(zd_date_rx *rx, uint32_t a, uint32_t b)
{
    if (b >= 0x10000 || !rx->unum[b]) return 0;
    uint8_t *p = &rx->pair[(size_t)(rx->tnum[a] - 1) * rx->nuniv + (rx->unum[b] - 1)];
    if (!*p) {
        unsigned char u[8];
        size_t len = put_utf8(u, a);
        len += put_utf8(u + len, b);
        *p = may_begin(rx, u, len) ? 2 : 1;
    }
    return *p == 2;
}

/* At most this many slots (8 bytes each) in a context's seen set: news
 * text meets some thousands of beginnings. When it is full, beginnings not
 * in it are asked of the pattern each time they are met. */
#define SEEN_MAX ((size_t)1 << 17)

static size_t seen_slot(const uint64_t *t, size_t cap, uint64_t key)
{
    size_t h = (size_t)((key * 0x9E3779B97F4A7C15u) >> 40) & (cap - 1);
    while (t[h] && t[h] >> 1 != key)
        h = (h + 1) & (cap - 1);
    return h;
}

/* Can a match begin with the UTF-8 bytes u[0..len)? key (below 2^62) names
 * them; the pattern's answer is kept in rx->seen. */
static int begins(zd_date_rx *rx, uint64_t key, const unsigned char *u, size_t len)
{
    key++;
    size_t h = 0;
    if (rx->seen_cap) {
        h = seen_slot(rx->seen, rx->seen_cap, key);
        if (rx->seen[h]) return (int)(rx->seen[h] & 1);
    }
    int ok = may_begin(rx, u, len);
    if ((rx->seen_n + 1) * 2 > rx->seen_cap) { /* grow to keep it half empty */
        if (rx->seen_cap >= SEEN_MAX) return ok;
        size_t cap = rx->seen_cap ? rx->seen_cap * 2 : 1024;
        uint64_t *t = zd_xcalloc(cap, sizeof *t);
        for (size_t k = 0; k < rx->seen_cap; k++)
            if (rx->seen[k]) t[seen_slot(t, cap, rx->seen[k] >> 1)] = rx->seen[k];
        free(rx->seen);
        rx->seen = t, rx->seen_cap = cap;
        h = seen_slot(t, cap, key);
    }
    rx->seen[h] = key << 1 | (uint64_t)ok;
    rx->seen_n++;
    return ok;
}

/* A character's number in a seen key: its universe number, else past the
 * universe by its code point (c < 0x10000). Below seen_width(). */
static uint64_t seen_char(const zd_date_rx *rx, uint32_t c)
{
    return rx->unum[c] ? (uint64_t)rx->unum[c] - 1 : rx->nuniv + c;
}

static uint64_t seen_width(const zd_date_rx *rx)
{
    return rx->nuniv + 0x10000;
}

zd_date_rx *zd_date_rx_new(void)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_ANCHORED,
                                   &err, &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        zd_msg("extract", "date pattern does not compile at %zu: %s", (size_t)off, (char *)msg);
        return NULL;
    }
    zd_date_rx *rx = zd_xcalloc(1, sizeof *rx);
    rx->re = re;
    rx->jit = zd_jit_compile(re, PCRE2_JIT_COMPLETE | PCRE2_JIT_PARTIAL_HARD) == 0;
    rx->md = pcre2_match_data_create_from_pattern(re, NULL);
    rx->pmd = pcre2_match_data_create(4, NULL);
    if (!rx->md || !rx->pmd) zd_oom();
    build_tables(rx);
    if (getenv("ZD_DATE_RX_CHECK")) {
        rx->check =
            pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                          PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &err, &off, NULL);
        if (!rx->check) zd_oom();
    }
    return rx;
}

void zd_date_rx_free(zd_date_rx *rx)
{
    if (!rx) return;
    pcre2_match_data_free(rx->md);
    pcre2_match_data_free(rx->pmd);
    pcre2_code_free(rx->re);
    pcre2_code_free(rx->check);
    free(rx->pair);
    free(rx->after_digits);
    free(rx->seen);
    free(rx);
}

/* Trim trailing spaces and apposition commas from a match; add it. */
static void add_span(const char *text, size_t s, size_t e, zd_mentions *out)
{
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == ',' || text[e - 1] == '\t'))
        e--;
    if (e > s) zd_mentions_add(out, ZD_DATE, s, e);
}

/* The reference search (ZD_DATE_RX_CHECK): the pattern unanchored, leftmost
 * match after leftmost match. Aborts when it disagrees with the fast one. */
static void check_find(zd_date_rx *rx, const char *text, size_t n, const zd_mentions *out,
                       size_t first)
{
    zd_mentions ref = {0};
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(rx->check, NULL);
    if (!md) zd_oom();
    size_t pos = 0;
    while (pos < n) {
        if (zd_rx_match(rx->check, (PCRE2_SPTR)text, n, pos, 0, md) < 0) break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        add_span(text, ov[0], ov[1], &ref);
        pos = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    pcre2_match_data_free(md);
    int same = ref.n == out->n - first;
    for (size_t k = 0; same && k < ref.n; k++)
        same = ref.v[k].start == out->v[first + k].start && ref.v[k].end == out->v[first + k].end;
    zd_mentions_free(&ref);
    if (!same) {
        zd_msg("extract", "date recognizer: fast and reference searches disagree");
        abort();
    }
}

static void find_fast(zd_date_rx *rx, const char *text, size_t n, zd_mentions *out);

void zd_date_find(zd_date_rx *rx, const char *text, size_t n, zd_mentions *out)
{
    if (!rx || !text) return;
    size_t first = out->n;
    find_fast(rx, text, n, out);
    if (rx->check) check_find(rx, text, n, out, first);
}

static void find_fast(zd_date_rx *rx, const char *text, size_t n, zd_mentions *out)
{
    const unsigned char *u = (const unsigned char *)text;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t len;
        unsigned char b = u[i];
        if (b < 0x80) {
            cp = b, len = 1;
        } else if ((b & 0xF0) == 0xE0 && i + 2 < n && (u[i + 1] & 0xC0) == 0x80 &&
                   (u[i + 2] & 0xC0) == 0x80) {
            cp = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) |
                 (u[i + 2] & 0x3F),
            len = 3;
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                cp = 0x10000; /* overlong, surrogate */
        } else if (b >= 0xC2 && b < 0xE0 && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
            cp = ((uint32_t)(b & 0x1F) << 6) | (u[i + 1] & 0x3F), len = 2;
        } else {
            i++; /* 4-byte sequences and stray or overlong bytes never start a date */
            continue;
        }
        if (cp >= 0x10000 || !rx->tnum[cp]) {
            i += len;
            continue;
        }
        if (cp >= '0' && cp <= '9') {
            /* an ASCII digit inside a number, a word, a URL never starts a date */
            if (i > 0 && text[i - 1] &&
                (strchr("0123456789._/#=?&%+", text[i - 1]) ||
                 (text[i - 1] == '-' && i > 1 && isalnum((unsigned char)text[i - 2])))) {
                i++;
                continue;
            }
            /* a run of digits: what follows it decides; a run longer than a
             * year (4 digits) never starts a date */
            size_t j = i;
            while (j < n && u[j] >= '0' && u[j] <= '9')
                j++;
            if (j - i > 4 && j - i != 8) {
                i = j; /* j > i: u[i] is a digit */
                continue;
            }
            /* eight digits (20240307) are tried as they stand */
            if (j < n && j - i != 8) {
                size_t k = j;
                int32_t nx = zd_utf8_decode(text, n, &k);
                int ok = nx >= 0 && after_digits_ok(rx, (uint32_t)nx);
                /* 2026-02-27, 3/3/2015: digits after the separator come back to
                 * it, or end in a month (1-3月), or are the two of 09-01;
                 * anything else after it (2-十月) is left to the pattern */
                if (ok && (nx == '.' || nx == '-' || nx == '/') && j + 1 < n && u[j + 1] >= '0' &&
                    u[j + 1] <= '9') {
                    size_t q = j + 1;
                    while (q < n && q - j <= 3 && u[q] >= '0' && u[q] <= '9')
                        q++;
                    ok = q - j >= 2 && q - j <= 3 &&
                         ((q < n && (u[q] == (unsigned char)nx ||
                                     (q + 3 <= n && memcmp(u + q, "月", 3) == 0))) ||
                          (nx == '-' && j - i == 2 && q - j == 3)); /* 09-01 */
                }
                /* then the run itself and the two characters after it
                 * (13—1 is no date, 12—1月 is); keyed by the run's
                 * digits and length, apart from the characters' keys */
                if (ok && k < n) {
                    size_t e = k;
                    int32_t c3 = zd_utf8_decode(text, n, &e);
                    if (c3 >= 0 && c3 < 0x10000 && nx < 0x10000) {
                        static const uint64_t base[] = {0, 10, 110, 1110};
                        uint64_t run = 0;
                        for (size_t d = i; d < j; d++)
                            run = run * 10 + (uint64_t)(u[d] - '0');
                        run += base[j - i - 1]; /* 7 and 07 apart */
                        uint64_t w = seen_width(rx);
                        uint64_t key = ((uint64_t)1 << 61) +
                                       (run * w + seen_char(rx, (uint32_t)nx)) * w +
                                       seen_char(rx, (uint32_t)c3);
                        ok = begins(rx, key, u + i, e - i);
                    }
                }
                if (!ok) {
                    i = j;
                    continue;
                }
            }
        } else if (i + len < n) {
            size_t j = i + len;
            int32_t nx = zd_utf8_decode(text, n, &j);
            if (nx < 0 || !pair_ok(rx, cp, (uint32_t)nx)) {
                i += len;
                continue;
            }
            /* a passing pair and the character after it, whatever it is:
             * 一个月 can begin a date, 一个人 cannot */
            if (j < n) {
                size_t e = j;
                int32_t c3 = zd_utf8_decode(text, n, &e);
                if (c3 >= 0 && c3 < 0x10000) {
                    uint64_t w = seen_width(rx);
                    uint64_t key =
                        ((uint64_t)(rx->tnum[cp] - 1) * w + seen_char(rx, (uint32_t)nx)) * w +
                        seen_char(rx, (uint32_t)c3);
                    if (!begins(rx, key, u + i, e - i)) {
                        i += len;
                        continue;
                    }
                }
            }
        }
        int rc = rx->jit ? zd_rx_jit_match(rx->re, u, n, i, 0, rx->md)
                         : zd_rx_match(rx->re, u, n, i, 0, rx->md);
        if (rc < 0) {
            i += len;
            continue;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx->md);
        add_span(text, ov[0], ov[1], out);
        i = ov[1] > i ? ov[1] : i + len;
    }
}
