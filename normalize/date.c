/*
 * date.c: resolve a date span found by extract/date_rx.c to a calendar value
 * (YYYY-MM-DD, YYYY-MM or YYYY) against the document's publish date.
 *
 * Why a hand-written parser and not regex groups: the span is already known
 * to be a date, so resolution only has to read its parts (year, month, day,
 * lunar marks, relative words, holiday names) in order; a small cursor over
 * the UTF-8 bytes does that in one pass. Traditional characters of date
 * words are folded to Simplified first (週→周, 個→个, 節→节), so one table of
 * words serves both scripts.
 *
 * All calendar arithmetic goes through ICU UCalendar objects opened once per
 * context: a Gregorian calendar in Asia/Shanghai (day/month arithmetic,
 * Julian day numbers, weekdays, validity, proleptic for old dates), the
 * Chinese lunisolar calendar ("zh@calendar=chinese") for lunar dates and
 * holidays, the Islamic Umm al-Qura calendar for Islamic holidays, the
 * Hebrew calendar for Jewish holidays (the day itself, not the eve Duckling
 * gives: a news reader means the day), and a UTC calendar for reading
 * publish stamps with an offset.
 *
 * Decisions (the contract allows only YYYY-MM-DD, YYYY-MM or YYYY; a value is
 * given only when the expression is one day, one month or one year, or lies
 * inside one that the text names, never guessed):
 * - Partial dates. 2月27日 (month and day, no year) takes the year that puts
 *   it nearest the publish date (ties go to the past: news reports the past);
 *   2月 (month only) takes the publish year; 16日 (day only) takes the publish
 *   month, or the month before when the publish month has no such day.
 *   Holidays and lunar dates without a year also take the nearest year.
 * - Weekdays. 周三 alone means that day of the publish date's ISO week
 *   (Monday first), like 本周三; 上周五/下周一 shift by whole ISO weeks.
 *   上周, 本周, 周末 alone are periods: unresolvable (-1).
 * - The preference (zd_date_ctx_set_prefer, `--prefer`) changes only the
 *   occurrence these partial forms take: past is the latest one on or
 *   before the publish day, future the earliest on or after it (the publish
 *   day itself is both: a Tuesday's 周二 is that day, as a news reader
 *   means it; Duckling reads it as next week's). Candidates are the
 *   occurrences in the two years either side (every occurrence in seven
 *   Islamic years, leap days eight years either side), so a lunar 腊月 of
 *   the year before the publish year is among them. The preference year
 *   takes the publish year's occurrence in the date's own calendar (腊月初十
 *   on 2022-01-01 is lunar 2022's, 2023-01-01), as JioNLP reads them.
 * - Other readers' conventions (zd_date_ctx_set_conventions,
 *   `--date-conventions`), off by default: rolling weeks (下周三 is the
 *   first Wednesday after the publish day, as Duckling reads it), holiday
 *   eves (赎罪日 on the evening it begins) and counts forward from the
 *   publish date (三年后).
 * - Periods longer than a month resolve to their year, with year
 *   granularity: quarters (第一季度, Q3, 2025年Q3), halves (上半年, 下半年,
 *   H1), spans of months (2025年1-3月). A quarter or half without a year takes
 *   the publish year, like a month. This is a coarser but true value: a deal
 *   dated 2025年Q3 gets "2025", not a month the text does not say.
 *   A span of days inside one month (5月20日至22日) resolves to that month.
 * - Edges of a period are one month: 年初/伊始 → January, 年底/年末 →
 *   December, 一季度末 → March, 四季度初 → October, Q3末 → September,
 *   3月底/3月初/3月上旬 → that month.
 * - Relative counts: N天前/N天后 and N周前/后 → day; N个月前 and N个季度前 →
 *   month; N年前 → year. Vague counts (半年前, 几天前, 一年多前, 七八年前) → -1.
 *   Counting forward by months, quarters or years (两年后, 三个月后) → -1:
 *   in news that usually counts from a moment the story names (2019年成立,
 *   两年后完成A轮), and a date off by years is worse than none.
 * - 除夕/大年三十 of year Y is the day before the Spring Festival that falls
 *   in Gregorian year Y (2025年除夕 = 2025-01-28), the way news writes it.
 * - Lunar dates: 农历 / 阴历, 正月, 腊月, 冬月, 初一..初十, 大年初N, and a month
 *   and day both in Chinese numerals without 日/号 (八月十五, 五月廿二) are
 *   lunar; they become the Gregorian date of that lunar day. A lunar month
 *   without a day is unresolvable.
 * - Two-digit years (98年, 15年) take the century that puts them no later
 *   than 20 years after the publish year; three-digit years followed by a
 *   month (115年3月12日) and 民國N年 are Taiwan ROC years (1911 + N).
 * - Region (zd_date_ctx_set_region): on a Taiwan page 國慶 is 10-10 (雙十)
 *   and 教師節, 青年節, 兒童節 fall on 09-28, 03-29, 04-04; elsewhere 10-01,
 *   09-10, 05-04, 06-01.
 * - Only a publish date with a day (ZD_GRAN_DAY) anchors relative and
 *   partial dates; without one they are unresolvable.
 */
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucal.h>

#include "../common/util.h"
#include "astro.h"
#include "date_hindu.h"

struct zd_date_ctx {
    UCalendar *greg;  /* Gregorian, Asia/Shanghai */
    UCalendar *chin;  /* Chinese lunisolar, Asia/Shanghai */
    UCalendar *utc;   /* Gregorian, UTC: reading stamps with an offset */
    UCalendar *isl;   /* Islamic (Umm al-Qura), Asia/Shanghai: Islamic holidays */
    UCalendar *heb;   /* Hebrew, Asia/Shanghai: Jewish holidays */
    zd_prefer prefer; /* which occurrence a date without its year means */
    zd_region region; /* Taiwan's holidays differ (zd_region) */
    unsigned conv;    /* ZD_CONV_* flags: other readers' conventions */
    /* lunar_to_greg's answers: ICU's Chinese calendar computes the moon for
     * each, and an article asks the same holiday of the same years again */
    struct {
        int key; /* ly, lm, leap, ld packed; 0 = empty */
        int rc;
        zd_date d;
    } lunar[256];
};

static const UChar tz_shanghai[] = {'A', 's', 'i', 'a', '/', 'S', 'h',
                                    'a', 'n', 'g', 'h', 'a', 'i', 0};

zd_date_ctx *zd_date_ctx_new(void)
{
    zd_date_ctx *c = zd_xcalloc(1, sizeof *c);
    UErrorCode st = U_ZERO_ERROR;
    c->greg = ucal_open(tz_shanghai, -1, "en_US@calendar=gregorian", UCAL_GREGORIAN, &st);
    if (U_FAILURE(st)) c->greg = NULL;
    st = U_ZERO_ERROR;
    c->chin = ucal_open(tz_shanghai, -1, "zh@calendar=chinese", UCAL_TRADITIONAL, &st);
    if (U_FAILURE(st)) c->chin = NULL;
    st = U_ZERO_ERROR;
    c->utc = ucal_open((const UChar[]){'U', 'T', 'C', 0}, -1, "en_US@calendar=gregorian",
                       UCAL_GREGORIAN, &st);
    if (U_FAILURE(st)) c->utc = NULL;
    st = U_ZERO_ERROR;
    c->isl = ucal_open(tz_shanghai, -1, "en@calendar=islamic-umalqura", UCAL_TRADITIONAL, &st);
    if (U_FAILURE(st)) c->isl = NULL;
    st = U_ZERO_ERROR;
    c->heb = ucal_open(tz_shanghai, -1, "en@calendar=hebrew", UCAL_TRADITIONAL, &st);
    if (U_FAILURE(st)) c->heb = NULL;
    if (!c->greg || !c->chin || !c->utc || !c->isl || !c->heb) {
        zd_msg("normalize", "ICU calendars could not be opened");
        zd_date_ctx_free(c);
        return NULL;
    }
    /* proleptic Gregorian: no Julian cutover for old dates */
    st = U_ZERO_ERROR;
    ucal_setGregorianChange(c->greg, -8.64e15, &st);
    st = U_ZERO_ERROR;
    ucal_setGregorianChange(c->utc, -8.64e15, &st);
    return c;
}

void zd_date_ctx_set_prefer(zd_date_ctx *c, zd_prefer p)
{
    if (c) c->prefer = p;
}

void zd_date_ctx_set_region(zd_date_ctx *c, zd_region r)
{
    if (c) c->region = r;
}

void zd_date_ctx_set_conventions(zd_date_ctx *c, unsigned flags)
{
    if (c) c->conv = flags;
}

int zd_conventions_parse(const char *s, unsigned *out)
{
    static const struct {
        const char *name;
        unsigned flag;
    } all[] = {{"none", 0},
               {"rolling-weeks", ZD_CONV_ROLLING_WEEKS},
               {"holiday-eve", ZD_CONV_HOLIDAY_EVE},
               {"count-forward", ZD_CONV_COUNT_FORWARD}};
    unsigned f = 0;
    if (!s) return -1;
    while (*s) {
        size_t n = strcspn(s, ",");
        size_t i = 0;
        while (i < sizeof all / sizeof all[0] &&
               !(strlen(all[i].name) == n && memcmp(s, all[i].name, n) == 0))
            i++;
        if (i == sizeof all / sizeof all[0]) return -1;
        f |= all[i].flag;
        s += n;
        if (*s == ',') s++;
    }
    *out = f;
    return 0;
}

int zd_prefer_parse(const char *s, zd_prefer *out)
{
    static const zd_prefer all[] = {ZD_PREFER_NEAREST, ZD_PREFER_PAST, ZD_PREFER_FUTURE,
                                    ZD_PREFER_YEAR};
    for (size_t i = 0; s && i < sizeof all / sizeof all[0]; i++)
        if (strcmp(s, zd_prefer_name(all[i])) == 0) {
            *out = all[i];
            return 0;
        }
    return -1;
}

const char *zd_prefer_name(zd_prefer p)
{
    switch (p) {
    case ZD_PREFER_PAST:
        return "past";
    case ZD_PREFER_FUTURE:
        return "future";
    case ZD_PREFER_YEAR:
        return "year";
    default:
        return "nearest";
    }
}

void zd_date_ctx_free(zd_date_ctx *c)
{
    if (!c) return;
    if (c->greg) ucal_close(c->greg);
    if (c->chin) ucal_close(c->chin);
    if (c->utc) ucal_close(c->utc);
    if (c->isl) ucal_close(c->isl);
    if (c->heb) ucal_close(c->heb);
    free(c);
}

/* ------------------------------------------------------------------ ICU */

static void greg_set(zd_date_ctx *c, int y, int m, int d)
{
    ucal_clear(c->greg);
    ucal_set(c->greg, UCAL_EXTENDED_YEAR, y);
    ucal_set(c->greg, UCAL_MONTH, m - 1);
    ucal_set(c->greg, UCAL_DATE, d);
    ucal_set(c->greg, UCAL_HOUR_OF_DAY, 12);
}

static void greg_read(zd_date_ctx *c, int *y, int *m, int *d)
{
    UErrorCode st = U_ZERO_ERROR;
    *y = ucal_get(c->greg, UCAL_EXTENDED_YEAR, &st);
    *m = ucal_get(c->greg, UCAL_MONTH, &st) + 1;
    *d = ucal_get(c->greg, UCAL_DATE, &st);
}

/* Julian day number of a Gregorian date (lenient: 2月30日 rolls over). */
static int32_t jd_of(zd_date_ctx *c, int y, int m, int d)
{
    UErrorCode st = U_ZERO_ERROR;
    greg_set(c, y, m, d);
    return ucal_get(c->greg, UCAL_JULIAN_DAY, &st);
}

static void from_jd(zd_date_ctx *c, int32_t jd, zd_date *out)
{
    ucal_clear(c->greg);
    ucal_set(c->greg, UCAL_JULIAN_DAY, jd);
    ucal_set(c->greg, UCAL_HOUR_OF_DAY, 12);
    greg_read(c, &out->y, &out->m, &out->d);
    out->gran = ZD_GRAN_DAY;
}

static int days_in_month(zd_date_ctx *c, int y, int m)
{
    UErrorCode st = U_ZERO_ERROR;
    greg_set(c, y, m, 1);
    return ucal_getLimit(c->greg, UCAL_DATE, UCAL_ACTUAL_MAXIMUM, &st);
}

static int valid_ymd(zd_date_ctx *c, int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(c, y, m);
}

/* ISO weekday 1 (Monday) .. 7 (Sunday). */
static int iso_wday(zd_date_ctx *c, int y, int m, int d)
{
    UErrorCode st = U_ZERO_ERROR;
    greg_set(c, y, m, d);
    int w = ucal_get(c->greg, UCAL_DAY_OF_WEEK, &st); /* 1 = Sunday */
    return w == UCAL_SUNDAY ? 7 : w - 1;
}

/* Month arithmetic through the Gregorian calendar. */
static void add_months(zd_date_ctx *c, int *y, int *m, int k)
{
    UErrorCode st = U_ZERO_ERROR;
    greg_set(c, *y, *m, 1);
    ucal_add(c->greg, UCAL_MONTH, k, &st);
    int d;
    greg_read(c, y, m, &d);
}

/* Gregorian date of lunar year ly (the lunar year that starts in Gregorian
 * year ly), month lm, day ld. Returns -1 when that lunar month has no such
 * day. */
static int lunar_to_greg_icu(zd_date_ctx *c, int ly, int lm, int leap, int ld, zd_date *out);

static int lunar_to_greg(zd_date_ctx *c, int ly, int lm, int leap, int ld, zd_date *out)
{
    if (ly < 1 || ly > 9000 || lm < 1 || lm > 12 || ld < 1 || ld > 30) return -1;
    int key = ((ly * 13 + lm) * 2 + (leap != 0)) * 31 + ld;
    unsigned slot = ((unsigned)key * 2654435761u) >> 24;
    if (c->lunar[slot].key == key) {
        *out = c->lunar[slot].d;
        return c->lunar[slot].rc;
    }
    zd_date d = {0, 0, 0, ZD_GRAN_NONE};
    int rc = lunar_to_greg_icu(c, ly, lm, leap, ld, &d);
    c->lunar[slot].key = key, c->lunar[slot].rc = rc, c->lunar[slot].d = d;
    if (rc == 0) *out = d;
    return rc;
}

/* Gregorian date of day `day` of month `month0` (ICU's number, from 0) of
 * extended year ext_year in calendar cal; leap (0/1) is the Chinese
 * calendar's leap-month flag, -1 where the calendar has none. Returns -1
 * when that month has no such day (ICU would roll it into the next). */
static int cal_to_greg(zd_date_ctx *c, UCalendar *cal, int ext_year, int month0, int leap, int day,
                       zd_date *out)
{
    UErrorCode st = U_ZERO_ERROR;
    ucal_clear(cal);
    ucal_set(cal, UCAL_EXTENDED_YEAR, ext_year);
    ucal_set(cal, UCAL_MONTH, month0);
    if (leap >= 0) ucal_set(cal, UCAL_IS_LEAP_MONTH, leap);
    ucal_set(cal, UCAL_DATE, day);
    ucal_set(cal, UCAL_HOUR_OF_DAY, 12);
    UDate ms = ucal_getMillis(cal, &st);
    if (U_FAILURE(st)) return -1;
    if (ucal_get(cal, UCAL_DATE, &st) != day || ucal_get(cal, UCAL_MONTH, &st) != month0 ||
        (leap >= 0 && ucal_get(cal, UCAL_IS_LEAP_MONTH, &st) != leap))
        return -1;
    ucal_setMillis(c->greg, ms, &st);
    if (U_FAILURE(st)) return -1;
    greg_read(c, &out->y, &out->m, &out->d);
    out->gran = ZD_GRAN_DAY;
    return 0;
}

static int lunar_to_greg_icu(zd_date_ctx *c, int ly, int lm, int leap, int ld, zd_date *out)
{
    return cal_to_greg(c, c->chin, ly + 2637, lm - 1, leap, ld, out);
}

/* ------------------------------------------------------------ holidays */

enum {
    H_SOLAR,
    H_LUNAR,
    H_EVE,
    H_EASTER,
    H_OEASTER,
    H_ISLAMIC,
    H_NTHWD,
    H_TERM,
    H_HEBREW,
    H_HINDU
};

/* Hebrew months as ICU numbers them (UCAL_MONTH + 1): Adar is Adar II in a
 * leap year, where Adar I (6) is inserted before it */
enum { TISHRI = 1, KISLEV = 3, SHEVAT = 5, ADAR = 7, NISAN = 8, IYAR = 9, SIVAN = 10, AV = 12 };
/* HEBREW rules (c): the day moves off a Sabbath or a Friday */
enum { HR_NONE, HR_TISHA_BAV, HR_INDEPENDENCE };

typedef struct {
    const char *name;
    int kind;
    int a, b, c; /* SOLAR/LUNAR/ISLAMIC/HEBREW: month, day (SOLAR: c is
                  * Taiwan's month * 100 + day where it differs; HEBREW: c a
                  * rule);
                  * (O)EASTER: offset in days; NTHWD: month, n, ISO weekday;
                  * TERM: the sun's longitude; HINDU: zd_hindu_holiday,
                  * offset in days */
} holiday;

/* Longest names first where one is a prefix of another (matched in order). */
static const holiday holidays[] = {
    {"五一国际劳动节", H_SOLAR, 5, 1, 0},
    {"五一國際勞動節", H_SOLAR, 5, 1, 0},
    {"国际劳动节", H_SOLAR, 5, 1, 0},
    {"國際勞動節", H_SOLAR, 5, 1, 0},
    {"五一劳动节", H_SOLAR, 5, 1, 0},
    {"五一勞動節", H_SOLAR, 5, 1, 0},
    {"劳动节", H_SOLAR, 5, 1, 0},
    {"勞動節", H_SOLAR, 5, 1, 0},
    {"五一", H_SOLAR, 5, 1, 0},
    {"元旦节", H_SOLAR, 1, 1, 0},
    {"元旦節", H_SOLAR, 1, 1, 0},
    {"元旦", H_SOLAR, 1, 1, 0},
    {"阳历新年", H_SOLAR, 1, 1, 0},
    {"陽曆新年", H_SOLAR, 1, 1, 0},
    {"情人节", H_SOLAR, 2, 14, 0},
    {"情人節", H_SOLAR, 2, 14, 0},
    {"圣瓦伦丁节", H_SOLAR, 2, 14, 0},
    {"聖瓦倫丁節", H_SOLAR, 2, 14, 0},
    {"三八妇女节", H_SOLAR, 3, 8, 0},
    {"国际妇女节", H_SOLAR, 3, 8, 0},
    {"妇女节", H_SOLAR, 3, 8, 0},
    {"婦女節", H_SOLAR, 3, 8, 0},
    {"植树节", H_SOLAR, 3, 12, 0},
    {"植樹節", H_SOLAR, 3, 12, 0},
    {"国际消费者权益日", H_SOLAR, 3, 15, 0},
    {"国际消費者權益日", H_SOLAR, 3, 15, 0},
    {"國際消費者權益日", H_SOLAR, 3, 15, 0},
    {"消费者权益日", H_SOLAR, 3, 15, 0},
    {"三一五", H_SOLAR, 3, 15, 0},
    {"愚人节", H_SOLAR, 4, 1, 0},
    {"愚人節", H_SOLAR, 4, 1, 0},
    {"五四青年节", H_SOLAR, 5, 4, 0},
    {"青年节", H_SOLAR, 5, 4, 329},
    {"青年節", H_SOLAR, 5, 4, 329},
    {"六一儿童节", H_SOLAR, 6, 1, 0},
    {"国际儿童节", H_SOLAR, 6, 1, 0},
    {"國際兒童節", H_SOLAR, 6, 1, 0},
    {"儿童节", H_SOLAR, 6, 1, 404},
    {"兒童節", H_SOLAR, 6, 1, 404},
    {"六一", H_SOLAR, 6, 1, 0},
    {"建党节", H_SOLAR, 7, 1, 0},
    {"建黨節", H_SOLAR, 7, 1, 0},
    {"八一建军节", H_SOLAR, 8, 1, 0},
    {"八一建軍節", H_SOLAR, 8, 1, 0},
    {"建军节", H_SOLAR, 8, 1, 0},
    {"建軍節", H_SOLAR, 8, 1, 0},
    {"教师节", H_SOLAR, 9, 10, 928},
    {"教師節", H_SOLAR, 9, 10, 928},
    {"国庆节", H_SOLAR, 10, 1, 1010},
    {"國慶節", H_SOLAR, 10, 1, 1010},
    {"国庆節", H_SOLAR, 10, 1, 1010},
    {"國慶节", H_SOLAR, 10, 1, 1010},
    {"国庆", H_SOLAR, 10, 1, 1010},
    {"國慶", H_SOLAR, 10, 1, 1010},
    {"万圣节", H_SOLAR, 10, 31, 0},
    {"萬聖節", H_SOLAR, 10, 31, 0},
    {"光棍节", H_SOLAR, 11, 11, 0},
    {"光棍節", H_SOLAR, 11, 11, 0},
    {"双十一", H_SOLAR, 11, 11, 0},
    {"雙十一", H_SOLAR, 11, 11, 0},
    {"双11", H_SOLAR, 11, 11, 0},
    {"雙11", H_SOLAR, 11, 11, 0},
    {"双十二", H_SOLAR, 12, 12, 0},
    {"雙十二", H_SOLAR, 12, 12, 0},
    {"双12", H_SOLAR, 12, 12, 0},
    {"雙12", H_SOLAR, 12, 12, 0},
    {"澳门回归纪念日", H_SOLAR, 12, 20, 0},
    {"澳門回歸紀念日", H_SOLAR, 12, 20, 0},
    {"平安夜", H_SOLAR, 12, 24, 0},
    {"圣诞节", H_SOLAR, 12, 25, 0},
    {"聖誕節", H_SOLAR, 12, 25, 0},
    {"圣诞", H_SOLAR, 12, 25, 0},
    {"聖誕", H_SOLAR, 12, 25, 0},
    {"母亲节", H_NTHWD, 5, 2, 7},
    {"母親節", H_NTHWD, 5, 2, 7},
    {"父亲节", H_NTHWD, 6, 3, 7},
    {"父親節", H_NTHWD, 6, 3, 7},
    {"感恩节", H_NTHWD, 11, 4, 4},
    {"感恩節", H_NTHWD, 11, 4, 4},
    /* the Easter cycle (names as folded to Simplified by fold_trad) */
    {"忏悔节", H_EASTER, -47, 0, 0},
    {"忏悔火曜日", H_EASTER, -47, 0, 0},
    {"煎饼星期二", H_EASTER, -47, 0, 0},
    {"大斋首日", H_EASTER, -46, 0, 0},
    {"圣灰星期三", H_EASTER, -46, 0, 0},
    {"圣灰礼仪日", H_EASTER, -46, 0, 0},
    {"圣灰日", H_EASTER, -46, 0, 0},
    {"灰日", H_EASTER, -46, 0, 0},
    {"棕枝主日", H_EASTER, -7, 0, 0},
    {"圣枝主日", H_EASTER, -7, 0, 0},
    {"圣树主日", H_EASTER, -7, 0, 0},
    {"基督苦难主日", H_EASTER, -7, 0, 0},
    {"圣周星期四", H_EASTER, -3, 0, 0},
    {"圣周四", H_EASTER, -3, 0, 0},
    {"神圣星期四", H_EASTER, -3, 0, 0},
    {"神圣周四", H_EASTER, -3, 0, 0},
    {"濯足节", H_EASTER, -3, 0, 0},
    {"设立圣餐日", H_EASTER, -3, 0, 0},
    {"耶稣受难日翌日", H_EASTER, -1, 0, 0},
    {"主受难节翌日", H_EASTER, -1, 0, 0},
    {"主受难日翌日", H_EASTER, -1, 0, 0},
    {"耶稣受难日", H_EASTER, -2, 0, 0},
    {"主受难日", H_EASTER, -2, 0, 0},
    {"主受难节", H_EASTER, -2, 0, 0},
    {"圣周星期五", H_EASTER, -2, 0, 0},
    {"圣周五", H_EASTER, -2, 0, 0},
    {"神圣星期五", H_EASTER, -2, 0, 0},
    {"神圣周五", H_EASTER, -2, 0, 0},
    {"沉默周五", H_EASTER, -2, 0, 0},
    {"圣周星期六", H_EASTER, -1, 0, 0},
    {"圣周六", H_EASTER, -1, 0, 0},
    {"神圣星期六", H_EASTER, -1, 0, 0},
    {"神圣周六", H_EASTER, -1, 0, 0},
    {"复活节前夜", H_EASTER, -1, 0, 0},
    {"复活节星期一", H_EASTER, 1, 0, 0},
    {"复活节", H_EASTER, 0, 0, 0},
    {"主复活日", H_EASTER, 0, 0, 0},
    {"五旬节", H_EASTER, 49, 0, 0},
    {"圣灵降临节", H_EASTER, 49, 0, 0},
    {"圣灵降临日", H_EASTER, 49, 0, 0},
    {"圣灵节庆日", H_EASTER, 50, 0, 0},
    {"圣三一主日", H_EASTER, 56, 0, 0},
    {"天主三一主日", H_EASTER, 56, 0, 0},
    {"天主圣三一节", H_EASTER, 56, 0, 0},
    {"圣三主日", H_EASTER, 56, 0, 0},
    {"圣三一节", H_EASTER, 56, 0, 0},
    {"圣三节", H_EASTER, 56, 0, 0},
    {"基督圣体圣血节", H_EASTER, 60, 0, 0},
    {"基督圣体圣血瞻礼", H_EASTER, 60, 0, 0},
    {"基督圣体节", H_EASTER, 60, 0, 0},
    {"拉撒路圣周六", H_OEASTER, -8, 0, 0},
    {"拉匝路周六", H_OEASTER, -8, 0, 0},
    /* Islamic holidays (Umm al-Qura calendar) */
    {"开斋节", H_ISLAMIC, 10, 1, 0},
    {"肉孜节", H_ISLAMIC, 10, 1, 0},
    {"尔代节", H_ISLAMIC, 10, 1, 0},
    {"古尔邦节", H_ISLAMIC, 12, 10, 0},
    {"宰牲节", H_ISLAMIC, 12, 10, 0},
    {"伊斯兰教新年", H_ISLAMIC, 1, 1, 0},
    {"伊斯兰历新年", H_ISLAMIC, 1, 1, 0},
    {"伊斯兰新年", H_ISLAMIC, 1, 1, 0},
    {"阿舒拉节", H_ISLAMIC, 1, 10, 0},
    {"圣纪节", H_ISLAMIC, 3, 12, 0},
    {"夜行登霄节", H_ISLAMIC, 7, 27, 0},
    {"登霄节", H_ISLAMIC, 7, 27, 0},
    {"法令之夜", H_ISLAMIC, 9, 27, 0},
    {"权力之夜", H_ISLAMIC, 9, 27, 0},
    /* Jewish holidays (ICU's Hebrew calendar): the day itself, not the eve
     * on whose evening it begins */
    {"犹太教新年", H_HEBREW, TISHRI, 1, 0},
    {"犹太历新年", H_HEBREW, TISHRI, 1, 0},
    {"犹太新年", H_HEBREW, TISHRI, 1, 0},
    {"犹太教赎罪日", H_HEBREW, TISHRI, 10, 0},
    {"赎罪日", H_HEBREW, TISHRI, 10, 0},
    {"赎罪节", H_HEBREW, TISHRI, 10, 0},
    {"住棚节", H_HEBREW, TISHRI, 15, 0},
    {"圣会节", H_HEBREW, TISHRI, 22, 0},
    {"圣会日", H_HEBREW, TISHRI, 22, 0},
    /* Simchat Torah outside Israel (in Israel it falls with 圣会节) */
    {"西赫托拉节", H_HEBREW, TISHRI, 23, 0},
    {"西赫妥拉节", H_HEBREW, TISHRI, 23, 0},
    {"欢庆圣法节", H_HEBREW, TISHRI, 23, 0},
    {"诵经节", H_HEBREW, TISHRI, 23, 0},
    {"律法节", H_HEBREW, TISHRI, 23, 0},
    {"哈努卡节", H_HEBREW, KISLEV, 25, 0},
    {"哈努卡", H_HEBREW, KISLEV, 25, 0},
    {"光明节", H_HEBREW, KISLEV, 25, 0},
    {"修殿节", H_HEBREW, KISLEV, 25, 0},
    {"献殿节", H_HEBREW, KISLEV, 25, 0},
    {"犹太植树节", H_HEBREW, SHEVAT, 15, 0},
    {"树木新年", H_HEBREW, SHEVAT, 15, 0},
    {"图比舍巴特节", H_HEBREW, SHEVAT, 15, 0},
    {"普珥节", H_HEBREW, ADAR, 14, 0},
    {"普林节", H_HEBREW, ADAR, 14, 0},
    {"逾越节", H_HEBREW, NISAN, 15, 0},
    {"以色列独立日", H_HEBREW, IYAR, 5, HR_INDEPENDENCE},
    {"以色列国庆节", H_HEBREW, IYAR, 5, HR_INDEPENDENCE},
    {"以色列国庆日", H_HEBREW, IYAR, 5, HR_INDEPENDENCE},
    {"犹太教篝火节", H_HEBREW, IYAR, 18, 0},
    {"犹太篝火节", H_HEBREW, IYAR, 18, 0},
    {"篝火节", H_HEBREW, IYAR, 18, 0},
    {"七七节", H_HEBREW, SIVAN, 6, 0},
    {"沙夫幼特节", H_HEBREW, SIVAN, 6, 0},
    {"圣殿被毁日", H_HEBREW, AV, 9, HR_TISHA_BAV},
    {"老板节", H_SOLAR, 10, 16, 0},
    {"农历新年", H_LUNAR, 1, 1, 0},
    {"農曆新年", H_LUNAR, 1, 1, 0},
    {"农历年", H_LUNAR, 1, 1, 0},
    {"春节", H_LUNAR, 1, 1, 0},
    {"春節", H_LUNAR, 1, 1, 0},
    {"新春", H_LUNAR, 1, 1, 0},
    {"除夕", H_EVE, 0, 0, 0},
    {"大年三十", H_EVE, 0, 0, 0},
    {"年三十", H_EVE, 0, 0, 0},
    {"元宵节", H_LUNAR, 1, 15, 0},
    {"元宵節", H_LUNAR, 1, 15, 0},
    {"元宵", H_LUNAR, 1, 15, 0},
    {"上元节", H_LUNAR, 1, 15, 0},
    {"端午节", H_LUNAR, 5, 5, 0},
    {"端午節", H_LUNAR, 5, 5, 0},
    {"端午", H_LUNAR, 5, 5, 0},
    {"端阳节", H_LUNAR, 5, 5, 0},
    {"七夕节", H_LUNAR, 7, 7, 0},
    {"七夕節", H_LUNAR, 7, 7, 0},
    {"七夕", H_LUNAR, 7, 7, 0},
    {"中元节", H_LUNAR, 7, 15, 0},
    {"中元節", H_LUNAR, 7, 15, 0},
    {"中秋节", H_LUNAR, 8, 15, 0},
    {"中秋節", H_LUNAR, 8, 15, 0},
    {"中秋", H_LUNAR, 8, 15, 0},
    {"重阳节", H_LUNAR, 9, 9, 0},
    {"重陽節", H_LUNAR, 9, 9, 0},
    {"重阳", H_LUNAR, 9, 9, 0},
    {"重陽", H_LUNAR, 9, 9, 0},
    {"腊八节", H_LUNAR, 12, 8, 0},
    {"臘八節", H_LUNAR, 12, 8, 0},
    {"腊八", H_LUNAR, 12, 8, 0},
    {"臘八", H_LUNAR, 12, 8, 0},
    /* the 24 solar terms: the sun's apparent longitude (extract/date_rx.c
     * finds the ones that are also words, 雨水 or 大雪, only with 节气) */
    {"清明", H_TERM, 15, 0, 0},
    {"立春", H_TERM, 315, 0, 0},
    {"雨水", H_TERM, 330, 0, 0},
    {"惊蛰", H_TERM, 345, 0, 0},
    {"春分", H_TERM, 0, 0, 0},
    {"谷雨", H_TERM, 30, 0, 0},
    {"立夏", H_TERM, 45, 0, 0},
    {"小满", H_TERM, 60, 0, 0},
    {"芒种", H_TERM, 75, 0, 0},
    {"夏至", H_TERM, 90, 0, 0},
    {"小暑", H_TERM, 105, 0, 0},
    {"大暑", H_TERM, 120, 0, 0},
    {"立秋", H_TERM, 135, 0, 0},
    {"处暑", H_TERM, 150, 0, 0},
    {"白露", H_TERM, 165, 0, 0},
    {"秋分", H_TERM, 180, 0, 0},
    {"寒露", H_TERM, 195, 0, 0},
    {"霜降", H_TERM, 210, 0, 0},
    {"立冬", H_TERM, 225, 0, 0},
    {"小雪", H_TERM, 240, 0, 0},
    {"大雪", H_TERM, 255, 0, 0},
    {"冬至", H_TERM, 270, 0, 0},
    {"小寒", H_TERM, 285, 0, 0},
    {"大寒", H_TERM, 300, 0, 0},
    /* Hindu festivals (date_hindu.c) */
    {"排灯节", H_HINDU, ZD_HINDU_DIWALI, 0, 0},
    {"万灯节", H_HINDU, ZD_HINDU_DIWALI, 0, 0},
    {"印度灯节", H_HINDU, ZD_HINDU_DIWALI, 0, 0},
    {"屠妖节", H_HINDU, ZD_HINDU_DIWALI, 0, 0},
    {"洒红节", H_HINDU, ZD_HINDU_HOLI, 0, 0},
    {"侯丽节", H_HINDU, ZD_HINDU_HOLI, 0, 0},
    {"荷丽节", H_HINDU, ZD_HINDU_HOLI, 0, 0},
    {"好利节", H_HINDU, ZD_HINDU_HOLI, 0, 0},
    {"胡里节", H_HINDU, ZD_HINDU_HOLI, 0, 0},
    {"霍利节", H_HINDU, ZD_HINDU_HOLI, 0, 0},
    {"欢悦节", H_HINDU, ZD_HINDU_HOLI, 0, 0},
    {"五彩节", H_HINDU, ZD_HINDU_HOLI, 0, 0},
    {"印度兄妹节", H_HINDU, ZD_HINDU_RAKSHA, 0, 0},
    {"拉克沙班丹节", H_HINDU, ZD_HINDU_RAKSHA, 0, 0},
    {"十胜节", H_HINDU, ZD_HINDU_DUSSEHRA, 0, 0},
    {"凯旋节", H_HINDU, ZD_HINDU_DUSSEHRA, 0, 0},
    {"克哈特普迦节", H_HINDU, ZD_HINDU_CHHATH, 0, 0},
    {"庞格尔节第三天", H_HINDU, ZD_HINDU_PONGAL, 1, 0},
    {"庞格尔节第四天", H_HINDU, ZD_HINDU_PONGAL, 2, 0},
    {"庞格尔节", H_HINDU, ZD_HINDU_PONGAL, 0, 0},
    {"淡米尔丰收节第三天", H_HINDU, ZD_HINDU_PONGAL, 1, 0},
    {"淡米尔丰收节第四天", H_HINDU, ZD_HINDU_PONGAL, 2, 0},
    {"淡米尔丰收节", H_HINDU, ZD_HINDU_PONGAL, 0, 0},
    {"印度丰收节第三天", H_HINDU, ZD_HINDU_PONGAL, 1, 0},
    {"印度丰收节第四天", H_HINDU, ZD_HINDU_PONGAL, 2, 0},
    {"印度丰收节", H_HINDU, ZD_HINDU_PONGAL, 0, 0},
    {"欧南节", H_HINDU, ZD_HINDU_ONAM, 0, 0},
    /* Vesak as Singapore keeps it: the 15th of the fourth Chinese month */
    {"卫塞节", H_LUNAR, 4, 15, 0},
    {"威瑟节", H_LUNAR, 4, 15, 0},
    {"比萨宝蕉节", H_LUNAR, 4, 15, 0},
    {"新年", H_LUNAR, 1, 1, 0}, /* after 农历: 农历新年 */
};

/* Easter Sunday (Gregorian computus, the anonymous algorithm). */
static void easter(int y, int *m, int *d)
{
    int a = y % 19, b = y / 100, cc = y % 100, dd = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - dd - g + 15) % 30;
    int i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int mm = (a + 11 * h + 22 * l) / 451;
    *m = (h + l - 7 * mm + 114) / 31;
    *d = (h + l - 7 * mm + 114) % 31 + 1;
}

/* The solar term at which the sun's apparent longitude is lon, in
 * Gregorian year y, in China time (Asia/Shanghai, UTC+8). */
static int solar_term(int y, int lon, zd_date *out)
{
    if (y < 1000 || y > 3000) return -1;
    /* the sun passes 0 degrees about 20 March */
    double guess = zd_astro_jd(y, 3, 20) + lon / 360.0 * 365.2422;
    if (lon >= 285) guess -= 365.2422; /* 小寒, 大寒: January */
    int yy, m, d;
    zd_astro_civil(zd_astro_sun_at(guess, lon, 0), 8.0, &yy, &m, &d);
    if (yy != y) return -1;
    out->y = y, out->m = m, out->d = d, out->gran = ZD_GRAN_DAY;
    return 0;
}

/* Orthodox Easter: the Julian computus, moved to the Gregorian calendar. */
static int32_t orthodox_easter_jd(zd_date_ctx *c, int y)
{
    int a = y % 4, b = y % 7, cc = y % 19;
    int d = (19 * cc + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    int m = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    /* Julian date m/day of year y: the Gregorian date of the same number,
     * plus the drift of the Julian calendar in that century */
    return jd_of(c, y, m, day) + (y / 100 - y / 400 - 2);
}

/* Gregorian date of Islamic (Umm al-Qura) year hy, month hm, day hd. */
static int islamic_to_greg(zd_date_ctx *c, int hy, int hm, int hd, zd_date *out)
{
    if (hy < 1 || hy > 9000) return -1;
    return cal_to_greg(c, c->isl, hy, hm - 1, -1, hd, out);
}

/* Gregorian date of Hebrew year am (anno mundi), month hm (ICU's number
 * + 1), day hd. Returns -1 when that month has no such day this year. */
static int hebrew_to_greg(zd_date_ctx *c, int am, int hm, int hd, zd_date *out)
{
    if (am < 3762 || am > 9999) return -1;
    return cal_to_greg(c, c->heb, am, hm - 1, -1, hd, out);
}

/* A Jewish holiday in Gregorian year y (each falls once a Gregorian year:
 * the Hebrew year that starts in September y - 1 or y), moved as its rule
 * says: Tisha B'Av off a Sabbath to the Sunday; Israel's Independence Day
 * (5 Iyar) off a Friday or a Sabbath to the Thursday before, and since
 * 2004 off a Monday to the Tuesday. */
static int hebrew_holiday(zd_date_ctx *c, const holiday *h, int y, zd_date *out)
{
    for (int am = y + 3760; am <= y + 3761; am++) {
        if (hebrew_to_greg(c, am, h->a, h->b, out) != 0 || out->y != y) continue;
        int wd = iso_wday(c, out->y, out->m, out->d), shift = 0;
        if (h->c == HR_TISHA_BAV && wd == 6) shift = 1;
        if (h->c == HR_INDEPENDENCE) {
            if (wd == 5) shift = -1;
            if (wd == 6) shift = -2;
            if (wd == 1 && y >= 2004) shift = 1;
        }
        if (shift) from_jd(c, jd_of(c, out->y, out->m, out->d) + shift, out);
        return 0;
    }
    return -1;
}

/* With ZD_CONV_HOLIDAY_EVE, a holiday begun the evening before (a Jewish
 * one, or Holi with its Holika Dahan fire) moves to that evening's day. */
static void eve_of(zd_date_ctx *c, const holiday *h, zd_date *out)
{
    if ((c->conv & ZD_CONV_HOLIDAY_EVE) &&
        (h->kind == H_HEBREW || (h->kind == H_HINDU && h->a == ZD_HINDU_HOLI)))
        from_jd(c, jd_of(c, out->y, out->m, out->d) - 1, out);
}

static int holiday_in_year(zd_date_ctx *c, const holiday *h, int y, zd_date *out)
{
    switch (h->kind) {
    case H_SOLAR:
        out->y = y, out->m = h->a, out->d = h->b, out->gran = ZD_GRAN_DAY;
        if (h->c && c->region == ZD_REGION_TW) out->m = h->c / 100, out->d = h->c % 100;
        return 0;
    case H_LUNAR:
        return lunar_to_greg(c, y, h->a, 0, h->b, out);
    case H_EVE: {
        zd_date ny;
        if (lunar_to_greg(c, y, 1, 0, 1, &ny) != 0) return -1;
        from_jd(c, jd_of(c, ny.y, ny.m, ny.d) - 1, out);
        return 0;
    }
    case H_EASTER: {
        int m, d;
        if (y < 1583) return -1;
        easter(y, &m, &d);
        from_jd(c, jd_of(c, y, m, d) + h->a, out);
        return 0;
    }
    case H_OEASTER:
        if (y < 1583) return -1;
        from_jd(c, orthodox_easter_jd(c, y) + h->a, out);
        return 0;
    case H_ISLAMIC: {
        /* the first occurrence in Gregorian year y */
        int hy = (int)((y - 622) * 33L / 32);
        for (int k = hy - 2; k <= hy + 2; k++) {
            if (islamic_to_greg(c, k, h->a, h->b, out) == 0 && out->y == y) return 0;
        }
        return -1;
    }
    case H_NTHWD: {
        int w1 = iso_wday(c, y, h->a, 1);
        int d = 1 + (h->c - w1 + 7) % 7 + 7 * (h->b - 1);
        out->y = y, out->m = h->a, out->d = d, out->gran = ZD_GRAN_DAY;
        return 0;
    }
    case H_TERM:
        return solar_term(y, h->a, out);
    case H_HEBREW:
        if (hebrew_holiday(c, h, y, out) != 0) return -1;
        eve_of(c, h, out);
        return 0;
    case H_HINDU:
        if (zd_hindu_date((zd_hindu_holiday)h->a, y, h->b, &out->m, &out->d) != 0) return -1;
        out->y = y, out->gran = ZD_GRAN_DAY;
        eve_of(c, h, out);
        return 0;
    }
    return -1;
}

/* ------------------------------------------------------------- cursor */

typedef struct {
    const char *p, *e;
} cur;

static int at(const cur *c, const char *lit)
{
    size_t n = strlen(lit);
    return (size_t)(c->e - c->p) >= n && memcmp(c->p, lit, n) == 0;
}

static int eat(cur *c, const char *lit)
{
    if (!at(c, lit)) return 0;
    c->p += strlen(lit);
    return 1;
}

/* Eat the first literal of a NULL-terminated list; returns its index + 1. */
static int eat_any(cur *c, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (eat(c, list[i])) return i + 1;
    return 0;
}

static int32_t peek(const cur *c, size_t *len)
{
    size_t i = 0;
    if (c->p >= c->e) {
        *len = 0;
        return -1;
    }
    int32_t cp = zd_utf8_decode(c->p, (size_t)(c->e - c->p), &i);
    *len = i;
    return cp;
}

static void skip_space(cur *c)
{
    while (c->p < c->e && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
}

/* Value of a Chinese digit, -1 otherwise. */
static int cn_digit(int32_t cp)
{
    switch (cp) {
    case 0x3007: /* 〇 */
    case 0x96F6: /* 零 */
    case 0x25CB: /* ○ */
    case 'O':
        return 0;
    case 0x4E00:
        return 1; /* 一 */
    case 0x4E8C:  /* 二 */
    case 0x4E24:  /* 两 */
    case 0x5169:  /* 兩 */
        return 2;
    case 0x4E09:
        return 3; /* 三 */
    case 0x56DB:
        return 4; /* 四 */
    case 0x4E94:
        return 5; /* 五 */
    case 0x516D:
        return 6; /* 六 */
    case 0x4E03:
        return 7; /* 七 */
    case 0x516B:
        return 8; /* 八 */
    case 0x4E5D:
        return 9; /* 九 */
    }
    return -1;
}

/* A number: ASCII digits (at most 4), or Chinese numerals either read digit
 * by digit (二〇二六) or positionally (二十七, 廿二, 一百一十五). *ndig is the
 * digit count for digit-by-digit forms, 0 for positional ones. */
static int num(cur *c, int *val, int *ndig)
{
    const char *s = c->p;
    if (c->p < c->e && *c->p >= '0' && *c->p <= '9') {
        int v = 0, n = 0;
        while (c->p < c->e && *c->p >= '0' && *c->p <= '9') {
            if (++n > 4) {
                c->p = s;
                return 0;
            }
            v = v * 10 + (*c->p++ - '0');
        }
        *val = v, *ndig = n;
        return 1;
    }
    int seq = 0, nseq = 0, total = 0, unit = -1, positional = 0, any = 0;
    for (;;) {
        size_t len;
        int32_t cp = peek(c, &len);
        int dgt = cn_digit(cp);
        if (cp == 'O') dgt = -1; /* a Latin O only inside digit runs below */
        if (dgt >= 0) {
            seq = seq * 10 + dgt, nseq++;
            if (dgt || cp == 0x96F6 || cp == 0x3007 || cp == 0x25CB) unit = dgt;
        } else if (cp == 0x5341) { /* 十 */
            total += (unit > 0 ? unit : 1) * 10, unit = -1, positional = 1;
        } else if (cp == 0x5EFF) { /* 廿 */
            total += 20, unit = -1, positional = 1;
        } else if (cp == 0x5345) { /* 卅 */
            total += 30, unit = -1, positional = 1;
        } else if (cp == 0x767E) { /* 百 */
            total += (unit > 0 ? unit : 1) * 100, unit = -1, positional = 1;
        } else {
            break;
        }
        any = 1;
        c->p += len;
        if (nseq > 4) break;
    }
    if (!any) return 0;
    if (positional) {
        *val = total + (unit > 0 ? unit : 0), *ndig = 0;
    } else {
        *val = seq, *ndig = nseq;
    }
    return 1;
}

/* ------------------------------------------------------------ parsing */

typedef struct {
    int has_year, year;   /* absolute year once known */
    int has_month, month; /* 1..12 */
    int month_rel;        /* month given relative to the publish month */
    int has_day, day;
    int lunar;
    int edge;                       /* 0, or a month for 年初/年底-like edges */
    int cn_month, cn_day, day_unit; /* Chinese numerals; 日/号 written */
    int nth, nth_wd;                /* the nth (-1: last) weekday nth_wd of the month */
    int leap;                       /* 闰六月: the leap month */
    int month_gran_only;            /* 3月底, 3月上旬: month granularity */
    const holiday *hol;             /* NULL, or &holv */
    holiday holv;
    int wd; /* an apposed weekday (2月27日(周五), 周日, 二月十号): 1..7, or 0 */
} parts;

static const char *const lunar_marks[] = {"农历", "農曆", "農历", "阴历", "陰曆", "阴曆", NULL};
static const char *const before[] = {"以前", "之前", "前", NULL};
static const char *const after[] = {"以后", "以後", "之后", "之後", "后", "後", NULL};

/* Things that may follow a date inside its span without changing its value:
 * time of day, an apposed weekday, 左右/前后, spaces and punctuation. */
static const char *const trailers[] = {
    "左右",   "前后",   "前後",   "上午",   "下午",   "中午",   "凌晨",   "早上",   "早间",
    "早間",   "晚上",   "晚间",   "晚間",   "傍晚",   "夜间",   "夜間",   "深夜",   "早晨",
    "清晨",   "午后",   "午後",   "晚",     "早",     "夜",     "晨",     "星期一", "星期二",
    "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "礼拜一", "礼拜二", "礼拜三",
    "礼拜四", "礼拜五", "礼拜六", "礼拜日", "礼拜天", "禮拜一", "禮拜二", "禮拜三", "禮拜四",
    "禮拜五", "禮拜六", "禮拜日", "禮拜天", "周一",   "周二",   "周三",   "周四",   "周五",
    "周六",   "周日",   "周天",   "週一",   "週二",   "週三",   "週四",   "週五",   "週六",
    "週日",   "週天",   "(",      ")",      ",",      "、",     "，",     "（",     "）",
    " ",      "\t",     NULL};

static int only_trailers(cur *c)
{
    while (c->p < c->e)
        if (!eat_any(c, trailers)) return 0;
    return 1;
}

static void set_day(zd_date *out, int y, int m, int d)
{
    out->y = y, out->m = m, out->d = d, out->gran = ZD_GRAN_DAY;
}

static void set_month(zd_date *out, int y, int m)
{
    out->y = y, out->m = m, out->d = 0, out->gran = ZD_GRAN_MONTH;
}

static void set_year(zd_date *out, int y)
{
    out->y = y, out->m = out->d = 0, out->gran = ZD_GRAN_YEAR;
}

static int two_digit_year(int yy, const zd_date *ref)
{
    int pivot = (ref && ref->gran != ZD_GRAN_NONE ? ref->y : 2026) + 20;
    int y = 2000 + yy;
    while (y > pivot)
        y -= 100;
    return y;
}

/* Relative day words: whole span. */
static const struct {
    const char *w;
    int k;
} daywords[] = {
    {"大大后天", 4}, {"大前天", -3}, {"大后天", 3}, {"大后日", 3}, {"今天", 0},  {"今日", 0},
    {"今晨", 0},     {"今晚", 0},    {"今早", 0},   {"今夜", 0},   {"本日", 0},  {"昨天", -1},
    {"昨日", -1},    {"昨晚", -1},   {"昨夜", -1},  {"昨晨", -1},  {"尋日", -1}, {"前天", -2},
    {"前日", -2},    {"明天", 1},    {"明日", 1},   {"明晚", 1},   {"明早", 1},  {"聽日", 1},
    {"后天", 2},     {"后日", 2},
};

static const char *const weekwords[] = {"星期", "礼拜", "禮拜", "周", "週", NULL};

/* Weekday after a week word: 1..7, 0 for none, -1 for 末 (weekend). */
static int weekday_char(cur *c)
{
    static const char *const wd[] = {"一", "二", "三", "四", "五", "六", "日", "天", NULL};
    int i = eat_any(c, wd);
    if (i) return i == 8 ? 7 : i;
    if (eat(c, "末")) return -1;
    return 0;
}

/* 上周五, 本周三, 下下周日, 这礼拜一, 周三, 上周 ... Returns 1 when the span is a
 * week expression (then *rc is the result), 0 when it is not. */
static int parse_week(zd_date_ctx *ctx, cur *c, const zd_date *ref, zd_date *out, int *rc)
{
    static const char *const pre[] = {"上上个", "上上個", "上上",   "下下个", "下下個", "下下",
                                      "上一个", "上一個", "下一个", "下一個", "上个",   "上個",
                                      "上一",   "下个",   "下個",   "下一",   "这个",   "這個",
                                      "这一",   "這一",   "今个",   "今個",   "本",     "这",
                                      "這",     "今",     "上",     "下",     NULL};
    static const int off[] = {-2, -2, -2, 2, 2, 2, -1, -1, 1, 1, -1, -1, -1, 1,
                              1,  1,  0,  0, 0, 0, 0,  0,  0, 0, 0,  0,  -1, 1};
    cur t = *c;
    int k = 0, pi = eat_any(&t, pre);
    if (pi) k = off[pi - 1];
    if (!eat_any(&t, weekwords)) return 0;
    eat_any(&t, (const char *const[]){"周", "週", "星期", NULL});
    int wd = weekday_char(&t);
    if (!pi && wd <= 0) return 0;
    if (!only_trailers(&t)) return 0;
    *c = t;
    if (wd <= 0 || ref->gran == ZD_GRAN_NONE) {
        *rc = -1;
        return 1;
    }
    int rw = iso_wday(ctx, ref->y, ref->m, ref->d);
    int32_t jd = jd_of(ctx, ref->y, ref->m, ref->d) - (rw - 1) + 7 * k + (wd - 1);
    /* a weekday alone: the day of the publish week, or the nearest one on
     * the side the context prefers */
    if (!pi && ctx->prefer == ZD_PREFER_PAST && wd > rw) jd -= 7;
    if (!pi && ctx->prefer == ZD_PREFER_FUTURE && wd < rw) jd += 7;
    if (ctx->conv & ZD_CONV_ROLLING_WEEKS) {
        /* counted from the publish day: 这周一 the first Monday on or after
         * it, 下周一 the first after it, 上周一 the last before it */
        int32_t r = jd_of(ctx, ref->y, ref->m, ref->d);
        int ahead = (wd - rw + 7) % 7, behind = (rw - wd + 7) % 7;
        if (pi && k == 0)
            jd = r + ahead;
        else if (k > 0 || (!pi && ctx->prefer == ZD_PREFER_FUTURE))
            jd = r + (ahead ? ahead : 7) + 7 * (k > 0 ? k - 1 : 0);
        else if (k < 0 || (!pi && ctx->prefer == ZD_PREFER_PAST))
            jd = r - (behind ? behind : 7) - 7 * (k < 0 ? -k - 1 : 0);
    }
    from_jd(ctx, jd, out);
    *rc = 0;
    return 1;
}

/* 3天前, 两年后, 5个月前, 三个季度后, 半年前 (vague: -1). */
static int parse_count(zd_date_ctx *ctx, cur *c, const zd_date *ref, zd_date *out, int *rc)
{
    cur t = *c;
    int n = 0, nd, vague = 0;
    if (eat(&t, "半"))
        vague = 1;
    else if (eat_any(&t, (const char *const[]){"几", "幾", "数", "數", NULL}))
        vague = 1;
    else if (!num(&t, &n, &nd))
        return 0;
    else if (nd >= 2 && !(*c->p >= '0' && *c->p <= '9'))
        vague = 1; /* 七八年前: seven or eight */
    int ge = eat_any(&t, (const char *const[]){"个", "個", NULL}) != 0;
    if (eat(&t, "多")) vague = 1;
    if (eat(&t, "半")) vague = 1;
    int unit; /* 1 day, 2 week, 3 month, 4 quarter, 5 year */
    if (eat(&t, "天"))
        unit = 1;
    else if (eat_any(&t, (const char *const[]){"星期", "礼拜", "禮拜", "周", "週", NULL}))
        unit = 2;
    else if (ge && eat(&t, "月"))
        unit = 3;
    else if (eat(&t, "季度"))
        unit = 4;
    else if (eat(&t, "年"))
        unit = 5;
    else
        return 0;
    if (eat(&t, "半")) vague = 1;
    if (eat(&t, "多")) vague = 1;
    int dir;
    if (eat_any(&t, before))
        dir = -1;
    else if (eat_any(&t, after))
        dir = 1;
    else
        return 0;
    if (!only_trailers(&t)) return 0;
    *c = t;
    /* counting forward by months or years (两年后, 三个月后) usually counts
     * from a moment the story names, not from the publish date */
    if (dir > 0 && unit >= 3 && !(ctx->conv & ZD_CONV_COUNT_FORWARD)) vague = 1;
    if (vague || ref->gran == ZD_GRAN_NONE || n > 5000) {
        *rc = -1;
        return 1;
    }
    int y = ref->y, m = ref->m;
    switch (unit) {
    case 1:
    case 2:
        from_jd(ctx, jd_of(ctx, ref->y, ref->m, ref->d) + dir * n * (unit == 2 ? 7 : 1), out);
        break;
    case 3:
    case 4:
        add_months(ctx, &y, &m, dir * n * (unit == 4 ? 3 : 1));
        set_month(out, y, m);
        break;
    default:
        set_year(out, ref->y + dir * n);
        break;
    }
    *rc = (out->y >= 1 && out->y <= 9999) ? 0 : -1;
    if (*rc) out->gran = ZD_GRAN_NONE;
    return 1;
}

static int resolve_yearless(zd_date_ctx *ctx, const parts *P, const zd_date *ref, zd_date *out);

/* 2026-02-27, 2026/2/27, 2026.02.27, 20260227, M/D/YYYY and M/D/YY
 * (3/3/15, 10/31/74: the century as for 98年), and MM-DD with a zero
 * written (09-01, 11-05: a month and day without a year). */
static int parse_numeric(zd_date_ctx *ctx, cur *c, const zd_date *ref, zd_date *out, int *rc)
{
    cur t = *c;
    int a, b, d, na, nb, nd;
    int solid = 0;
    while (t.p + solid < t.e && t.p[solid] >= '0' && t.p[solid] <= '9')
        solid++;
    if (solid == 8) {
        /* 20240307: a year, month and day written solid */
        a = 0;
        for (int i = 0; i < 8; i++)
            a = a * 10 + (*t.p++ - '0');
        if (!only_trailers(&t)) return 0;
        *c = t;
        *rc = valid_ymd(ctx, a / 10000, a / 100 % 100, a % 100) ? 0 : -1;
        if (*rc == 0)
            set_day(out, a / 10000, a / 100 % 100, a % 100);
        else
            out->gran = ZD_GRAN_NONE;
        return 1;
    }
    if (!num(&t, &a, &na) || na == 0) return 0;
    if (t.p >= t.e) return 0;
    char sep = *t.p;
    if (sep != '-' && sep != '/' && sep != '.') return 0;
    const char *a_end = t.p;
    t.p++;
    const char *b_start = t.p;
    if (!num(&t, &b, &nb) || nb == 0) return 0;
    if (sep == '-' && na == 2 && nb == 2 && (*(a_end - 2) == '0' || *b_start == '0')) {
        cur u = t;
        if (only_trailers(&u)) {
            parts P;
            memset(&P, 0, sizeof P);
            P.has_month = P.has_day = 1, P.month = a, P.day = b;
            *c = u;
            *rc = a >= 1 && a <= 12 && b >= 1 && b <= 31 ? resolve_yearless(ctx, &P, ref, out) : -1;
            if (*rc) out->gran = ZD_GRAN_NONE;
            return 1;
        }
    }
    if (t.p >= t.e || *t.p != sep) return 0;
    t.p++;
    if (!num(&t, &d, &nd) || nd == 0) return 0;
    if (!only_trailers(&t)) return 0;
    *c = t;
    int y, m, dd;
    if (na == 4)
        y = a, m = b, dd = d;
    else if ((nd == 4 || (nd == 2 && na <= 2 && nb <= 2)) && sep == '/') {
        y = nd == 4 ? d : two_digit_year(d, ref), m = a, dd = b;
        if (m > 12 && dd <= 12) m = b, dd = a;
    } else {
        *rc = -1;
        return 1;
    }
    if (!valid_ymd(ctx, y, m, dd)) {
        *rc = -1;
        return 1;
    }
    set_day(out, y, m, dd);
    *rc = 0;
    return 1;
}

/* Year part: 2026年, 二〇二六年, 26年, 民國115年, 115年, 今年, 去年 ... */
static int parse_year(cur *c, const zd_date *ref, parts *P)
{
    static const char *const rel[] = {"大前年", "大后年", "大後年", "前年",   "去年",
                                      "上一年", "上年",   "今年度", "本年度", "今年",
                                      "本年",   "这一年", "這一年", "明年",   "下一年",
                                      "下年",   "后年",   "後年",   NULL};
    static const int roff[] = {-3, 3, 3, -2, -1, -1, -1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2};
    cur t = *c;
    int v, nd;
    if (eat_any(&t, (const char *const[]){"民国", "民國", NULL})) {
        if (eat(&t, "元"))
            v = 1;
        else if (!num(&t, &v, &nd))
            return 0;
        if (!eat(&t, "年")) return 0;
        P->has_year = 1, P->year = 1911 + v;
        *c = t;
        return 1;
    }
    int ri = eat_any(&t, rel);
    if (ri) {
        if (ref->gran == ZD_GRAN_NONE)
            P->has_year = -1;
        else
            P->has_year = 1, P->year = ref->y + roff[ri - 1];
        *c = t;
        return 1;
    }
    if (!num(&t, &v, &nd) || nd == 0) return 0;
    skip_space(&t);
    if (nd == 4 && (at(&t, "Q") || at(&t, "q") || at(&t, "H"))) { /* 2025Q3 */
        P->has_year = 1, P->year = v;
        *c = t;
        return 1;
    }
    if (!eat(&t, "年")) return 0;
    if (nd == 4)
        P->year = v;
    else if (nd == 3)
        P->year = 1911 + v;
    else if (nd == 2)
        P->year = two_digit_year(v, ref);
    else
        return 0;
    P->has_year = 1;
    *c = t;
    return 1;
}

/* A holiday name at the cursor into *out; 0 when there is none. */
static int parse_holiday(cur *c, holiday *out)
{
    cur t = *c;
    int orthodox = eat(&t, "东正教"); /* the Orthodox date of an Easter feast */
    for (size_t i = 0; i < sizeof holidays / sizeof holidays[0]; i++) {
        if (!eat(&t, holidays[i].name)) continue;
        if (orthodox && holidays[i].kind != H_EASTER && holidays[i].kind != H_OEASTER) return 0;
        if (holidays[i].kind == H_TERM) eat_any(&t, (const char *const[]){"节气", "节", NULL});
        *c = t;
        *out = holidays[i];
        if (orthodox) out->kind = H_OEASTER;
        return 1;
    }
    return 0;
}

/* Quarter: 第一季度, 一季度, Q3, 3季度 → 1..4. */
static int parse_quarter(cur *c)
{
    cur t = *c;
    int q, nd;
    if (eat(&t, "H") && t.p < t.e && (*t.p == '1' || *t.p == '2')) { /* H1, H2: halves */
        q = 4 + (*t.p++ - '0');
        *c = t;
        return q;
    }
    t = *c;
    if (eat_any(&t, (const char *const[]){"Q", "q", NULL})) {
        if (t.p < t.e && *t.p >= '1' && *t.p <= '4') {
            q = *t.p++ - '0';
            *c = t;
            return q;
        }
        return 0;
    }
    eat(&t, "第");
    if (!num(&t, &q, &nd) || q < 1 || q > 4) return 0;
    if (!eat(&t, "季度") && !eat(&t, "季")) return 0;
    *c = t;
    return q;
}

/* Day after a month: 27日, 27号, 二十七日, 初一, 廿二 (bare numbers too), 朔日 and
 * 望日 (the lunar first and fifteenth). */
static int parse_day(cur *c, parts *P)
{
    cur t = *c;
    int v, nd;
    if (eat(&t, "初")) {
        if (!num(&t, &v, &nd) || v < 1 || v > 10) return 0;
        P->lunar = 1;
    } else if (eat_any(&t, (const char *const[]){"朔日", "朔", NULL})) {
        v = 1, P->lunar = 1; /* 正月朔日: the new moon's day, the first */
    } else if (eat_any(&t, (const char *const[]){"望日", NULL})) {
        v = 15, P->lunar = 1; /* the full moon's day, the fifteenth */
    } else {
        int ascii = t.p < t.e && *t.p >= '0' && *t.p <= '9';
        if (!num(&t, &v, &nd)) return 0;
        P->cn_day = !ascii;
        P->day_unit = eat_any(&t, (const char *const[]){"日", "号", "號", NULL}) != 0;
    }
    if (v < 1 || v > 31) return 0;
    P->has_day = 1, P->day = v;
    *c = t;
    return 1;
}

/* Of the occurrences cand[0..n) (in time order; gran NONE: none), the one
 * the context prefers: the nearest the publish day (ties keep the past),
 * the latest on or before it, or the earliest on or after it. */
static int pick_of(zd_date_ctx *ctx, const zd_date *cand, int n, const zd_date *ref, zd_date *out)
{
    int best = -1;
    int32_t bd = 0, rj = jd_of(ctx, ref->y, ref->m, ref->d);
    for (int i = 0; i < n; i++) {
        if (cand[i].gran == ZD_GRAN_NONE) continue;
        int32_t d = jd_of(ctx, cand[i].y, cand[i].m, cand[i].d) - rj;
        switch (ctx->prefer) {
        case ZD_PREFER_PAST:
            if (d <= 0 && (best < 0 || d > bd)) best = i, bd = d;
            break;
        case ZD_PREFER_FUTURE:
            if (d >= 0 && (best < 0 || d < bd)) best = i, bd = d;
            break;
        default:
            if (d < 0) d = -d;
            if (best < 0 || d < bd) best = i, bd = d; /* past to future: ties keep the past */
        }
    }
    if (best < 0) return -1;
    *out = cand[best];
    return 0;
}

/* The year of a month named without one (2月, 3月底): the publish year, or
 * (past / future) the year that puts it on or before / after the publish
 * month. */
static int month_year(const zd_date_ctx *ctx, int month, const zd_date *ref)
{
    if (ctx->prefer == ZD_PREFER_PAST && month > ref->m) return ref->y - 1;
    if (ctx->prefer == ZD_PREFER_FUTURE && month < ref->m) return ref->y + 1;
    return ref->y;
}

/* A lunar or holiday date in year y, or (y unknown) the occurrence the
 * context prefers. */
/* The holiday, lunar date or month and day of P in year y (its own
 * calendar's year for a lunar one): 0, or -1 when it has none there. */
static int in_year(zd_date_ctx *ctx, const parts *P, int y, zd_date *out)
{
    if (P->hol) return holiday_in_year(ctx, P->hol, y, out);
    if (P->lunar) return lunar_to_greg(ctx, y, P->month, P->leap, P->day, out);
    if (!valid_ymd(ctx, y, P->month, P->day)) return -1;
    set_day(out, y, P->month, P->day);
    return 0;
}

static int resolve_yearless(zd_date_ctx *ctx, const parts *P, const zd_date *ref, zd_date *out)
{
    zd_date cand[17];
    int n = 0;
    if (P->has_year == 1) return in_year(ctx, P, P->year, out);
    if (ref->gran == ZD_GRAN_NONE) return -1;
    /* the publish year's, in the date's own calendar */
    if (ctx->prefer == ZD_PREFER_YEAR) return in_year(ctx, P, ref->y, out);
    if (P->hol && P->hol->kind == H_ISLAMIC) {
        /* Islamic years are 11 days shorter: every occurrence of the
         * Islamic years around the publish date, one or two a Gregorian year */
        int hy = (int)((ref->y - 622) * 33L / 32);
        for (int k = hy - 3; k <= hy + 3; k++)
            if (islamic_to_greg(ctx, k, P->hol->a, P->hol->b, &cand[n]) == 0) n++;
    } else if (!P->hol && !P->lunar && P->month == 2 && P->day == 29) {
        /* 2月29日: the leap years around */
        for (int y = ref->y - 8; y <= ref->y + 8; y++)
            if (valid_ymd(ctx, y, 2, 29)) set_day(&cand[n++], y, 2, 29);
    } else {
        /* lunar year y may end in Gregorian y + 1: two years each side */
        for (int y = ref->y - 2; y <= ref->y + 2; y++) {
            zd_date d = {0, 0, 0, ZD_GRAN_NONE};
            if (in_year(ctx, P, y, &d)) d.gran = ZD_GRAN_NONE;
            cand[n++] = d;
        }
    }
    /* an apposed weekday picks, of the occurrences within a year of the
     * publish day, the one on that weekday (2月27日(周五)); when none is,
     * it is ignored */
    if (P->wd) {
        zd_date on[17];
        int k = 0;
        int32_t rj = jd_of(ctx, ref->y, ref->m, ref->d);
        for (int i = 0; i < n; i++) {
            if (cand[i].gran == ZD_GRAN_NONE) continue;
            int32_t d = jd_of(ctx, cand[i].y, cand[i].m, cand[i].d) - rj;
            if (d >= -366 && d <= 366 && iso_wday(ctx, cand[i].y, cand[i].m, cand[i].d) == P->wd)
                on[k++] = cand[i];
        }
        if (k == 1) {
            *out = on[0];
            return 0;
        }
        if (k > 1 && pick_of(ctx, on, k, ref, out) == 0) return 0;
    }
    return pick_of(ctx, cand, n, ref, out);
}

/* The weekday among the trailers at c (2月27日(周五)): 1..7, or 0. */
static int trailing_weekday(cur c)
{
    int wd = 0;
    while (c.p < c.e) {
        cur t = c;
        int v;
        if (eat_any(&t, weekwords) && (v = weekday_char(&t)) > 0) {
            wd = v;
            c = t;
        } else if (!eat_any(&c, trailers)) {
            break;
        }
    }
    return wd;
}

static int parse_compound(zd_date_ctx *ctx, cur *c, const zd_date *ref, int wd, zd_date *out)
{
    parts P;
    memset(&P, 0, sizeof P);
    P.wd = wd;
    int rel_month = 0, quarter = 0, half = 0, rel_quarter = 0, has_rq = 0;
    if (eat_any(c, lunar_marks)) P.lunar = 1;
    parse_year(c, ref, &P);
    if (P.has_year) {
        eat(c, "的");
        skip_space(c);
        if (eat_any(c, lunar_marks)) P.lunar = 1;
    }
    static const char *const mrel[] = {"上上个", "上上個", "下下个", "下下個", "上一个", "上一個",
                                       "下一个", "下一個", "上个",   "上個",   "下个",   "下個",
                                       "这个",   "這個",   "今个",   "今個",   "本",     "这",
                                       "這",     "今",     "上",     "下",     NULL};
    static const int mroff[] = {-2, -2, 2, 2, -1, -1, 1, 1, -1, -1, 1,
                                1,  0,  0, 0, 0,  0,  0, 0, 0,  -1, 1};
    static const char *const qrel[] = {"上一个季度", "上一個季度", "上个季度",   "上個季度",
                                       "上季度",     "下一个季度", "下一個季度", "下个季度",
                                       "下個季度",   "下季度",     "本季度",     "这个季度",
                                       "這個季度",   "这季度",     "當季",       NULL};
    static const int qroff[] = {-1, -1, -1, -1, -1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
    int v, nd, i;

    if (!P.has_year && (i = eat_any(c, qrel))) {
        has_rq = 1, rel_quarter = qroff[i - 1];
        if (eat(c, "初"))
            P.edge = 1;
        else if (eat_any(c, (const char *const[]){"末", "底", NULL}))
            P.edge = 3;
    } else if (eat(c, "上半年")) {
        half = 1;
    } else if (eat(c, "下半年")) {
        half = 2;
    } else if ((quarter = parse_quarter(c)) > 4) {
        half = quarter - 4; /* H1, H2 */
        quarter = 0;
    } else if (quarter != 0) {
        /* quarter of the year (or of the publish year); its edges are months */
        if (eat(c, "初"))
            P.edge = (quarter - 1) * 3 + 1;
        else if (eat_any(c, (const char *const[]){"末", "底", NULL}))
            P.edge = quarter * 3;
    } else if ((P.has_year && eat_any(c, (const char *const[]){"初", "伊始", "年初", NULL})) ||
               (!P.has_year && eat(c, "年初"))) {
        P.edge = 1;
    } else if ((P.has_year &&
                eat_any(c, (const char *const[]){"底", "末", "年底", "年末", NULL})) ||
               (!P.has_year && eat_any(c, (const char *const[]){"年底", "年末", NULL}))) {
        P.edge = 12;
    } else if (parse_holiday(c, &P.holv)) {
        P.hol = &P.holv;
    } else if (eat_any(c, (const char *const[]){"大年", NULL})) {
        /* 大年初一 .. 大年三十 */
        P.lunar = 1, P.month = 1, P.has_month = 1;
        if (!parse_day(c, &P)) return -1;
        P.lunar = 1;
    } else {
        /* month */
        cur t = *c;
        if (P.lunar && eat(c, "闰")) P.leap = 1; /* 闰六月 (閏 is folded to 闰) */
        t = *c;
        if (eat(&t, "正月"))
            P.month = 1, P.has_month = 1, P.lunar = 1;
        else if (eat_any(&t, (const char *const[]){"腊月", "臘月", NULL}))
            P.month = 12, P.has_month = 1, P.lunar = 1;
        else if (eat(&t, "冬月"))
            P.month = 11, P.has_month = 1, P.lunar = 1;
        else if (eat(&t, "首月"))
            P.month = 1, P.has_month = 1;
        else if (eat(&t, "第") && num(&t, &v, &nd) &&
                 eat_any(&t, (const char *const[]){"个月", "個月", NULL}))
            P.month = v, P.has_month = 1;
        else {
            t = *c;
            if (!P.has_year && (i = eat_any(&t, mrel)) && eat(&t, "月")) {
                P.month_rel = 1, rel_month = mroff[i - 1], P.has_month = 1;
            } else {
                t = *c;
                int ascii = t.p < t.e && *t.p >= '0' && *t.p <= '9', v2;
                cur r = *c;
                /* 1-3月, 1月至3月: a span of months, a period of its year */
                if (num(&r, &v, &nd) && (eat(&r, "月"), skip_space(&r), 1) &&
                    eat_any(&r, (const char *const[]){"-", "~", "～", "至", "到", "—", NULL}) &&
                    (skip_space(&r), 1) && num(&r, &v2, &nd) && eat(&r, "月") && v >= 1 && v < v2 &&
                    v2 <= 12) {
                    eat(&r, "份");
                    *c = r;
                    half = 3;
                } else if (num(&t, &v, &nd) && eat(&t, "月")) {
                    P.month = v, P.has_month = 1, P.cn_month = !ascii;
                }
            }
        }
        if (P.has_month) {
            *c = t;
            eat(c, "份");
            cur d = *c;
            eat(&d, "的");
            if (parse_day(&d, &P)) {
                *c = d;
                /* 20日至22日, 1-3日: a span of days, a period of its month */
                cur r = *c;
                skip_space(&r);
                parts Q = P;
                if (eat_any(&r, (const char *const[]){"-", "~", "～", "至", "到", "—", NULL}) &&
                    (skip_space(&r), 1) && parse_day(&r, &Q) && Q.day_unit && Q.day > P.day) {
                    *c = r;
                    P.has_day = 0, P.lunar = 0;
                }
                /* 八月十五, 五月廿二: Chinese-numeral month and day without 日/号
                 * are the lunar calendar's way of writing a date */
                if (P.cn_month && P.cn_day && !P.day_unit) P.lunar = 1;
            } else if (eat_any(c, (const char *const[]){"上旬", "中旬", "下旬", "初", "底", "末",
                                                        NULL})) {
                P.month_gran_only = 1;
            } else {
                /* 第一个星期一, 最后一个周五 */
                d = *c;
                eat(&d, "的");
                int nth = 0;
                if (eat(&d, "第") && num(&d, &v, &nd))
                    nth = v;
                else if (eat_any(&d, (const char *const[]){"最后一", "最後一", NULL}))
                    nth = -1;
                if (nth && nth <= 5 && eat_any(&d, (const char *const[]){"个", "個", NULL}) &&
                    eat_any(&d, weekwords) && (v = weekday_char(&d)) > 0) {
                    *c = d;
                    P.nth = nth, P.nth_wd = v;
                }
            }
        } else if (!half) {
            /* day only: 16日 */
            t = *c;
            if (!P.has_year && num(&t, &v, &nd) &&
                eat_any(&t, (const char *const[]){"日", "号", "號", NULL})) {
                *c = t;
                P.has_day = 1, P.day = v;
            } else if (!P.has_year) {
                return -1;
            }
        }
    }
    if (!P.wd) P.wd = trailing_weekday(*c);
    if (!only_trailers(c)) return -1;
    if (P.has_year < 0) return -1; /* relative year without a publish date */
    if (P.has_month && !P.month_rel && (P.month < 1 || P.month > 12)) return -1;

    int needs_ref = !P.has_year;
    if (needs_ref && ref->gran == ZD_GRAN_NONE) return -1;
    int Y = P.has_year ? P.year : ref->y;

    if (has_rq) {
        int y = ref->y, m = (ref->m - 1) / 3 * 3 + 1;
        add_months(ctx, &y, &m, 3 * rel_quarter);
        if (P.edge) {
            add_months(ctx, &y, &m, P.edge - 1);
            set_month(out, y, m);
        } else {
            set_year(out, y);
        }
        return 0;
    }
    if (half || (quarter && !P.edge)) {
        set_year(out, Y);
        return 0;
    }
    if (P.edge) {
        set_month(out, Y, P.edge);
        return 0;
    }
    if (P.hol || (P.lunar && P.has_day)) return resolve_yearless(ctx, &P, ref, out);
    if (P.lunar) return -1; /* lunar month without a day */
    if (P.nth && !P.month_rel && P.month >= 1 && P.month <= 12) {
        /* in the year given, else in the years around the publish date */
        zd_date cand[3];
        int n = 0;
        for (int y = P.has_year ? Y : Y - 1; y <= (P.has_year ? Y : Y + 1); y++) {
            int dim = days_in_month(ctx, y, P.month), d;
            if (P.nth > 0)
                d = 1 + (P.nth_wd - iso_wday(ctx, y, P.month, 1) + 7) % 7 + 7 * (P.nth - 1);
            else
                d = dim - (iso_wday(ctx, y, P.month, dim) - P.nth_wd + 7) % 7;
            if (d < 1 || d > dim) return -1;
            set_day(&cand[n++], y, P.month, d);
        }
        /* a month's weekday: in the publish year, like the month alone */
        if (P.has_year || ctx->prefer == ZD_PREFER_NEAREST || ctx->prefer == ZD_PREFER_YEAR) {
            *out = cand[P.has_year ? 0 : 1];
            return 0;
        }
        return pick_of(ctx, cand, n, ref, out);
    }
    if (P.has_month && P.month_rel) {
        int y = ref->y, m = ref->m;
        add_months(ctx, &y, &m, rel_month);
        if (P.has_day) {
            if (!valid_ymd(ctx, y, m, P.day)) return -1;
            set_day(out, y, m, P.day);
        } else {
            set_month(out, y, m);
        }
        return 0;
    }
    if (P.has_month && P.has_day) {
        if (P.has_year) {
            if (!valid_ymd(ctx, Y, P.month, P.day)) return -1;
            set_day(out, Y, P.month, P.day);
            return 0;
        }
        return resolve_yearless(ctx, &P, ref, out);
    }
    if (P.has_month) {
        set_month(out, P.has_year ? Y : month_year(ctx, P.month, ref), P.month);
        return 0;
    }
    if (P.has_day) {
        /* the publish month (or the one before, which has the day); past and
         * future: the nearest month on that side that has the day */
        int y = ref->y, m = ref->m, step = -1;
        if (P.day < 1 || P.day > 31) return -1;
        if (ctx->prefer == ZD_PREFER_PAST && P.day > ref->d) add_months(ctx, &y, &m, -1);
        if (ctx->prefer == ZD_PREFER_FUTURE) {
            step = 1;
            if (P.day < ref->d) add_months(ctx, &y, &m, 1);
        }
        for (int k = 0; k < 2 && !valid_ymd(ctx, y, m, P.day); k++)
            add_months(ctx, &y, &m, step);
        if (!valid_ymd(ctx, y, m, P.day)) return -1;
        set_day(out, y, m, P.day);
        return 0;
    }
    if (P.has_year) {
        if (Y < 1 || Y > 9999) return -1;
        set_year(out, Y);
        return 0;
    }
    return -1;
}

/* Traditional characters of date words, folded to Simplified so that one
 * table serves both (each pair has the same UTF-8 length). */
static const char *const trad_simp[][2] = {
    {"週", "周"}, {"個", "个"}, {"號", "号"},     {"後", "后"},     {"這", "这"}, {"農", "农"},
    {"曆", "历"}, {"陰", "阴"}, {"陽", "阳"},     {"聖", "圣"},     {"節", "节"}, {"穌", "稣"},
    {"難", "难"}, {"體", "体"}, {"靈", "灵"},     {"臨", "临"},     {"慶", "庆"}, {"樹", "树"},
    {"齋", "斋"}, {"禮", "礼"}, {"儀", "仪"},     {"設", "设"},     {"東", "东"}, {"復", "复"},
    {"懺", "忏"}, {"餅", "饼"}, {"國", "国"},     {"勞", "劳"},     {"動", "动"}, {"婦", "妇"},
    {"兒", "儿"}, {"師", "师"}, {"軍", "军"},     {"黨", "党"},     {"萬", "万"}, {"誕", "诞"},
    {"紀", "纪"}, {"爾", "尔"}, {"開", "开"},     {"蘭", "兰"},     {"雙", "双"}, {"臘", "腊"},
    {"際", "际"}, {"權", "权"}, {"費", "费"},     {"門", "门"},     {"歸", "归"}, {"倫", "伦"},
    {"親", "亲"}, {"數", "数"}, {"幾", "几"},     {"兩", "两"},     {"當", "当"}, {"會", "会"},
    {"歲", "岁"}, {"這", "这"}, {"沈默", "沉默"}, {"瞻禮", "瞻礼"}, {"閏", "闰"}, {"猶", "犹"},
    {"贖", "赎"}, {"誦", "诵"}, {"經", "经"},     {"歡", "欢"},     {"圖", "图"}, {"獨", "独"},
    {"闆", "板"}, {"獻", "献"}, {"毀", "毁"},     {"燈", "灯"},     {"灑", "洒"}, {"紅", "红"},
    {"麗", "丽"}, {"勝", "胜"}, {"凱", "凯"},     {"豐", "丰"},     {"衛", "卫"}, {"薩", "萨"},
    {"寶", "宝"}, {"龐", "庞"}, {"歐", "欧"},     {"驚", "惊"},     {"蟄", "蛰"}, {"處", "处"},
    {"滿", "满"}, {"種", "种"}, {"穀", "谷"},     {"氣", "气"},
};

static void fold_trad(char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t step = 1;
        for (size_t k = 0; k < sizeof trad_simp / sizeof trad_simp[0]; k++) {
            size_t l = strlen(trad_simp[k][0]);
            if (i + l <= n && memcmp(s + i, trad_simp[k][0], l) == 0) {
                memcpy(s + i, trad_simp[k][1], l);
                step = l;
                break;
            }
        }
        if (step == 1) {
            unsigned char b = (unsigned char)s[i];
            step = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        }
        i += step;
    }
}

int zd_date_resolve(zd_date_ctx *c, const char *s0, size_t n, const zd_date *ref, zd_date *out)
{
    char s[256];
    static const zd_date noref = {0, 0, 0, ZD_GRAN_NONE};
    out->y = out->m = out->d = 0;
    out->gran = ZD_GRAN_NONE;
    if (!c || !s0 || n >= sizeof s) return -1; /* no date expression is that long */
    /* relative and partial dates need a whole publish day */
    if (!ref || ref->gran != ZD_GRAN_DAY || !valid_ymd(c, ref->y, ref->m, ref->d)) ref = &noref;
    /* a space between ASCII digits and Han (2025 年 8 月 3 日) is only
     * typesetting */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s0[i] == ' ' && k > 0 && i + 1 < n &&
            ((isdigit((unsigned char)s[k - 1]) && (unsigned char)s0[i + 1] >= 0xE0) ||
             ((unsigned char)s[k - 1] >= 0x80 && isdigit((unsigned char)s0[i + 1]))))
            continue;
        s[k++] = s0[i];
    }
    n = k;
    s[n] = 0;
    fold_trad(s, n);
    cur t = {s, s + n};
    while (t.p < t.e && (*t.p == ' ' || *t.p == '\t'))
        t.p++;
    int rc;

    /* Taiwan's press gives the day in brackets (昨(18)日, 今(19)日): that
     * day of the month, the one nearest the day the word points to */
    {
        static const struct {
            const char *w;
            int k;
        } tw[] = {{"今(", 0}, {"昨(", -1}, {"前(", -2}, {"明(", 1}};
        for (size_t i = 0; i < sizeof tw / sizeof tw[0]; i++) {
            cur u = t;
            int d, nd;
            if (!eat(&u, tw[i].w) || !num(&u, &d, &nd) || nd > 2 || !eat(&u, ")") ||
                !eat(&u, "日") || !only_trailers(&u))
                continue;
            if (ref->gran == ZD_GRAN_NONE || d < 1 || d > 31) return -1;
            int32_t want = jd_of(c, ref->y, ref->m, ref->d) + tw[i].k, best = 0;
            for (int dm = -1; dm <= 1; dm++) {
                int y = ref->y, m = ref->m + dm;
                if (m < 1) m = 12, y--;
                if (m > 12) m = 1, y++;
                if (d > days_in_month(c, y, m)) continue;
                int32_t jd = jd_of(c, y, m, d);
                if (!best || labs((long)jd - want) < labs((long)best - want)) best = jd;
            }
            if (!best) return -1;
            from_jd(c, best, out);
            return 0;
        }
    }
    /* today, yesterday, ... */
    for (size_t i = 0; i < sizeof daywords / sizeof daywords[0]; i++) {
        cur u = t;
        if (eat(&u, daywords[i].w) && only_trailers(&u)) {
            if (ref->gran == ZD_GRAN_NONE) return -1;
            from_jd(c, jd_of(c, ref->y, ref->m, ref->d) + daywords[i].k, out);
            return 0;
        }
    }
    if (parse_numeric(c, &t, ref, out, &rc)) return rc;
    if (parse_count(c, &t, ref, out, &rc)) return rc;
    if (parse_week(c, &t, ref, out, &rc)) return rc;
    cur u = t;
    int wd = 0;
    /* an apposed weekday before the date: 周日, 二月十号 */
    {
        cur w = t;
        int v;
        if (eat_any(&w, weekwords) && (v = weekday_char(&w)) > 0) {
            while (w.p < w.e && (eat_any(&w, (const char *const[]){",", "，", "、", " ", NULL})))
                ;
            if (w.p < w.e) u = w, wd = v;
        }
    }
    rc = parse_compound(c, &u, ref, wd, out);
    if (rc != 0) {
        out->y = out->m = out->d = 0;
        out->gran = ZD_GRAN_NONE;
        return -1;
    }
    if (out->y < 1 || out->y > 9999) {
        out->y = out->m = out->d = 0;
        out->gran = ZD_GRAN_NONE;
        return -1;
    }
    return 0;
}

/* ----------------------------------------------------- publish stamps */

static int digits(const char *s, int n, int *v)
{
    int x = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return 1;
}

int zd_date_published_day(zd_date_ctx *c, const char *stamp, zd_date *out)
{
    out->y = out->m = out->d = 0;
    out->gran = ZD_GRAN_NONE;
    if (!c || !stamp) return -1;
    const char *s = stamp;
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    int y, m, d, hh = 12, mi = 0, ss = 0;
    if (n < 10 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m) || s[7] != '-' ||
        !digits(s + 8, 2, &d))
        return -1;
    if (!valid_ymd(c, y, m, d)) return -1;
    if (n == 10) {
        set_day(out, y, m, d);
        return 0;
    }
    const char *p = s + 10, *e = s + n;
    if (*p != 'T' && *p != 't' && *p != ' ') return -1;
    p++;
    if (e - p < 5 || !digits(p, 2, &hh) || p[2] != ':' || !digits(p + 3, 2, &mi)) return -1;
    p += 5;
    if (p < e && *p == ':') {
        if (e - p < 3 || !digits(p + 1, 2, &ss)) return -1;
        p += 3;
        if (p < e && (*p == '.' || *p == ',')) {
            p++;
            while (p < e && *p >= '0' && *p <= '9')
                p++;
        }
    }
    if (hh > 24 || mi > 59 || ss > 60) return -1;
    if (p == e) { /* local wall-clock time: the date as written */
        set_day(out, y, m, d);
        return 0;
    }
    int offmin;
    if (*p == 'Z' || *p == 'z') {
        offmin = 0;
        p++;
    } else if (*p == '+' || *p == '-') {
        int sign = *p == '-' ? -1 : 1, oh, om = 0;
        p++;
        if (e - p < 2 || !digits(p, 2, &oh)) return -1;
        p += 2;
        if (p < e && *p == ':') p++;
        if (e - p >= 2 && digits(p, 2, &om)) p += 2;
        if (oh > 14 || om > 59) return -1;
        offmin = sign * (oh * 60 + om);
    } else {
        return -1;
    }
    if (p != e) return -1;
    if (offmin == 8 * 60) { /* already Beijing time */
        set_day(out, y, m, d);
        return 0;
    }
    /* the instant in UTC, then its calendar day in Asia/Shanghai */
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *utc = c->utc;
    ucal_clear(utc);
    ucal_setDateTime(utc, y, m - 1, d, hh, mi, ss, &st);
    ucal_add(utc, UCAL_MINUTE, -offmin, &st);
    UDate ms = ucal_getMillis(utc, &st);
    if (U_FAILURE(st)) return -1;
    ucal_setMillis(c->greg, ms, &st);
    if (U_FAILURE(st)) return -1;
    greg_read(c, &out->y, &out->m, &out->d);
    out->gran = ZD_GRAN_DAY;
    return 0;
}

void zd_date_format(const zd_date *d, char *buf, size_t size)
{
    if (!size) return;
    switch (d->gran) {
    case ZD_GRAN_DAY:
        snprintf(buf, size, "%04d-%02d-%02d", d->y, d->m, d->d);
        break;
    case ZD_GRAN_MONTH:
        snprintf(buf, size, "%04d-%02d", d->y, d->m);
        break;
    case ZD_GRAN_YEAR:
        snprintf(buf, size, "%04d", d->y);
        break;
    default:
        buf[0] = 0;
    }
}

const char *zd_gran_name(zd_gran g)
{
    switch (g) {
    case ZD_GRAN_DAY:
        return "day";
    case ZD_GRAN_MONTH:
        return "month";
    case ZD_GRAN_YEAR:
        return "year";
    default:
        return NULL;
    }
}
