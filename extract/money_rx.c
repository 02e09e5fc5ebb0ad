/*
 * money_rx.c: find money expressions in NFKC-normalized article text.
 *
 * Shape (for speed): a byte scan finds the places where a number can start
 * (an ASCII digit, a Chinese numeral, 数/几/上 before a unit); only there one
 * anchored PCRE2 pattern (UTF + UCP, JIT, compiled once) reads forward: the
 * number, a currency word, minor units, a range, and words like 左右/以上/级.
 * A short backward look in C then takes a currency written before the number
 * ($, US$, ¥, 人民币, RMB) and qualifiers (约, 超过, 近, 逾, 不足 ...).
 * A span is money only when a currency is written before or after its
 * number; 9亿用户, 57.2亿次, 2吉瓦, 30%, years and phone numbers have none.
 * Every span is then read by zd_money_parse(), and dropped if it cannot be.
 *
 * Span convention: the span holds the whole expression a reader needs to
 * get the value: qualifiers before and after (约1000亿美元, 超10亿美元,
 * 1000亿美元左右, 亿元级), a currency before (人民币50亿元, US$50 million),
 * both ends of a range (1150亿至1350亿美元, 从8500到3万港元), minor units
 * (5元3角). It does not hold verbs or adverbs around it (高达, 达, 共计).
 * 元 is not a currency in 元宇宙, 元旦, 元素, 单元 ... (a bare 元 must not be
 * followed by such a word), and 块 only when 钱, a digit, 角/毛 or a non-letter
 * follows (3块钱, 一块二, but not 两块屏幕).
 *
 * Ownership: zd_money_rx_new() returns a context freed by zd_money_rx_free().
 */
#include "money_rx.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "../common/rx.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/util.h"
#include "../normalize/money.h"
#include "../normalize/numeral.h"

#define CD "零〇一二两兩俩倆三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖"
#define CU "十百千拾佰仟廿卅卌"
#define BU "万萬亿億兆"

struct zd_money_rx {
    pcre2_code *re;
    pcre2_match_data *md;
    int jit;
    uint32_t grp_c1, grp_c2, grp_r;
    uint8_t cls[0x10000]; /* C_* bits of each BMP code point */
};

#define C_CORE   1 /* a number can start here: 3, 三, 数 */
#define C_RUN    2 /* a number goes on over it: 十, 点, 多, 个 */
#define C_FOLLOW 4 /* after a number it may make money: 美, 元, 至, 个 */

/* words after which 元 is not money */
static const char not_yuan[] =
    "宇宙|旦|素|件|器|帅|帥|宵|朝|代|音|胞|组|組|数据|數據|语言|語言|"
    "认知|認知|学习|學習|气|氣|化|神|古|配|婴|謀|谋|勋|凶|曲|培|青|祖|始|"
    "芳|稹|洪|亨|界|信息|能力|编程|模型|启发|[一二三四五六七八九]次|复始|"
    "復始|论|論|函数|函數|方程|运算|運算|回归|迴歸";

static void add_alt(zd_buf *b, const char *w)
{
    /* escape the few metacharacters currency symbols hold */
    for (const char *p = w; *p; p++) {
        if (strchr("\\^$.|?*+()[]{}", *p)) zd_buf_addc(b, '\\');
        zd_buf_addc(b, *p);
    }
}

static int by_len_desc(const void *a, const void *b)
{
    const zd_curword *x = *(const zd_curword *const *)a, *y = *(const zd_curword *const *)b;
    size_t lx = strlen(x->word), ly = strlen(y->word);
    return lx < ly ? 1 : lx > ly ? -1 : strcmp(x->word, y->word);
}

/* the currency words written after a number, longest first */
static void add_suffix_words(zd_buf *b)
{
    const zd_curword *v[256];
    size_t k = 0;
    for (size_t i = 0; i < zd_ncurwords && k < 256; i++) {
        const zd_curword *w = &zd_curwords[i];
        if (!(w->flags & ZD_CUR_SUFFIX) || (w->flags & ZD_CUR_BARE)) continue;
        v[k++] = w;
    }
    qsort(v, k, sizeof v[0], by_len_desc);
    /* Chinese words as a one-level trie on their first character, so that
     * the matcher tries each first character once: 美(?:元|金|圆|圓|刀) */
    int first = 1;
    char done[256] = {0};
    zd_buf_adds(b, "(?:");
    for (size_t i = 0; i < k; i++) {
        if ((v[i]->flags & ZD_CUR_ASCII) || done[i]) continue;
        size_t j0 = 0;
        zd_utf8_decode(v[i]->word, strlen(v[i]->word), &j0);
        if (!first) zd_buf_addc(b, '|');
        first = 0;
        zd_buf_add(b, v[i]->word, j0);
        zd_buf_adds(b, "(?:");
        int f2 = 1, empty = 0;
        for (size_t x = i; x < k; x++) {
            if ((v[x]->flags & ZD_CUR_ASCII) || done[x]) continue;
            if (strncmp(v[x]->word, v[i]->word, j0) != 0) continue;
            done[x] = 1;
            if (v[x]->word[j0] == 0) {
                empty = 1;
                continue;
            }
            if (!f2) zd_buf_addc(b, '|');
            f2 = 0;
            add_alt(b, v[x]->word + j0);
        }
        if (empty) zd_buf_adds(b, f2 ? "" : "|");
        zd_buf_adds(b, ")");
    }
    zd_buf_adds(b, "|(?i:");
    first = 1;
    for (size_t i = 0; i < k; i++) {
        if (!(v[i]->flags & ZD_CUR_ASCII)) continue;
        if (!first) zd_buf_addc(b, '|');
        add_alt(b, v[i]->word);
        first = 0;
    }
    zd_buf_adds(b, ")(?![A-Za-z]))");
}

/* a number: lax here, zd_money_parse() checks it */
static void add_number(zd_buf *b)
{
    const char *arab = "\\d++(?:,\\d{3})*+(?:\\.\\d++)?";
    zd_buf_adds(b, "(?:(?:");
    zd_buf_adds(b, arab);
    zd_buf_adds(b, "|[" CD CU BU "]|[数數几幾](?=[" CU BU "])|上(?=[" CU BU "]))(?:");
    zd_buf_adds(b, arab);
    zd_buf_adds(b, "|[" CD CU BU "]|[点點](?=[" CD "\\d])|[多余餘几幾来來]|[个個](?=[亿億万萬])"
                   "| {1,2}(?=[" CU BU "]))*+"
                   "(?: ?(?i:thousand|million|billion|trillion|mln|mn|bn)(?![A-Za-z])"
                   "|[kKwWmMbBG](?![A-Za-z]))?)");
}

/* a currency after the number, with minor units (5元3角) */
static void add_currency(zd_buf *b, int part)
{
    zd_buf_printf(b, "(?: {0,2}(?<c%d>(?:[个個枚](?=比特币))?(?:", part);
    add_suffix_words(b);
    zd_buf_adds(b, "|[元圆圓](?!");
    zd_buf_adds(b, not_yuan);
    zd_buf_adds(b, ")|[块塊蚊](?=钱|錢|[" CD "\\d角毛毫半]|[到至~-]|[^\\p{Han}\\p{L}\\p{N}]|$))");
    zd_buf_adds(b, "(?:人民币|人民幣|欧元|歐元|日币|日幣|港币|港幣|美元)?)");
    zd_buf_adds(b, "(?:又?[零〇]?(?:[一二两兩三四五六七八九]|\\d{1,2})(?:[角毛毫](?:[零〇]?(?:["
                   "一二三四五六七八九]|\\d)"
                   "(?:[分仙](?![钟鐘]))?)?|[分仙](?![钟鐘])|美分|欧分|歐分|日本[銭钱]|便士)"
                   "|(?<=[块塊蚊])[零〇]?[一二两三四五六七八九半](?![十百千万亿萬億个個块塊]))?"
                   "(?:钱|錢)?(?:整|正)?)");
}

static char *build_pattern(void)
{
    zd_buf b = ZD_BUF_INIT;
    add_number(&b);
    add_currency(&b, 1);
    zd_buf_adds(&b, "?");
    /* a range: X-Y, X至Y, X到Y (the second end's currency inside it) */
    zd_buf_adds(&b, "(?<r>(?:\\(含\\))? ?(?:-{1,2}|~|～|—{1,2}|–|至|到) ?"
                    "(?:(?:US|HK|NT|S|A|C)?\\$|¥|€|£)?");
    add_number(&b);
    add_currency(&b, 2);
    zd_buf_adds(&b, "?)?");
    zd_buf_adds(&b, "(?: ?(?:\\(含\\))?(?:左右|上下|以上|以下|以内|之内|级|級))?");
    return zd_buf_take(&b);
}

static void set_cls(zd_money_rx *rx, const char *chars, uint8_t bit)
{
    size_t n = strlen(chars);
    for (size_t i = 0; i < n;) {
        int32_t c = zd_utf8_decode(chars, n, &i);
        if (c >= 0 && c < 0x10000) rx->cls[c] |= bit;
    }
}

zd_money_rx *zd_money_rx_new(void)
{
    zd_money_rx *rx = zd_xcalloc(1, sizeof *rx);
    char *pat = build_pattern();
    int err;
    PCRE2_SIZE off;
    rx->re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                           PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, &err, &off,
                           NULL);
    if (!rx->re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        zd_msg("extract", "money pattern: %s at %zu", (char *)msg, (size_t)off);
        free(pat);
        free(rx);
        return NULL;
    }
    free(pat);
    rx->jit = zd_jit_compile(rx->re, PCRE2_JIT_COMPLETE) == 0;
    rx->md = pcre2_match_data_create_from_pattern(rx->re, NULL);
    rx->grp_c1 = (uint32_t)pcre2_substring_number_from_name(rx->re, (PCRE2_SPTR) "c1");
    rx->grp_c2 = (uint32_t)pcre2_substring_number_from_name(rx->re, (PCRE2_SPTR) "c2");
    rx->grp_r = (uint32_t)pcre2_substring_number_from_name(rx->re, (PCRE2_SPTR) "r");
    set_cls(rx, CD CU BU "数數几幾上0123456789", C_CORE | C_RUN);
    set_cls(rx, "点點多余餘几幾来來个個.,", C_RUN);
    /* what may follow a number in money: the first character of a currency
     * word, a range separator, a classifier before a currency, (含), a space,
     * ASCII letters (million, USD, k) */
    for (size_t k = 0; k < zd_ncurwords; k++) {
        const zd_curword *w = &zd_curwords[k];
        if (!(w->flags & ZD_CUR_SUFFIX)) continue;
        size_t j = 0;
        int32_t c = zd_utf8_decode(w->word, strlen(w->word), &j);
        if (c >= 0 && c < 0x10000) rx->cls[c] |= C_FOLLOW;
    }
    set_cls(rx, "元圆圓块塊蚊个個枚至到～–—-~( ", C_FOLLOW);
    for (int c = 'a'; c <= 'z'; c++)
        rx->cls[c] |= C_FOLLOW, rx->cls[c - 32] |= C_FOLLOW;
    return rx;
}

void zd_money_rx_free(zd_money_rx *rx)
{
    if (!rx) return;
    pcre2_match_data_free(rx->md);
    pcre2_code_free(rx->re);
    free(rx);
}

/* ---------------------------------------------------------- backward look */

typedef struct {
    const char *w;
    const char *not_after; /* characters that make it part of another word */
    size_t len;
} preword;

/* qualifiers taken into the span, longest first */
static const preword pre_quals[] = {
    {"不超过", "", sizeof "不超过" - 1},
    {"大约", "", sizeof "大约" - 1},
    {"约合", "", sizeof "约合" - 1},
    {"约为", "签合预制条公节契违履特邀相婚赴守失爽解续租承集简盟誓践背毁立成订缔纽隐网草规要应",
     sizeof "约为" - 1},
    {"大概", "", sizeof "大概" - 1},
    {"将近", "", sizeof "将近" - 1},
    {"接近", "", sizeof "接近" - 1},
    {"超过", "", sizeof "超过" - 1},
    {"超出", "", sizeof "超出" - 1},
    {"不足", "", sizeof "不足" - 1},
    {"不到", "", sizeof "不到" - 1},
    {"至少", "", sizeof "至少" - 1},
    {"最少", "", sizeof "最少" - 1},
    {"不低于", "", sizeof "不低于" - 1},
    {"不少于", "", sizeof "不少于" - 1},
    {"不高于", "", sizeof "不高于" - 1},
    {"不多于", "", sizeof "不多于" - 1},
    {"不低於", "", sizeof "不低於" - 1},
    {"不少於", "", sizeof "不少於" - 1},
    {"約合", "", sizeof "約合" - 1},
    {"大約", "", sizeof "大約" - 1},
    {"將近", "", sizeof "將近" - 1},
    {"超過", "", sizeof "超過" - 1},
    {"不超過", "", sizeof "不超過" - 1},
    {"約為", "", sizeof "約為" - 1},
    {"最多", "", sizeof "最多" - 1},
    {"突破", "", sizeof "突破" - 1},
    {"起码", "", sizeof "起码" - 1},
    {"起碼", "", sizeof "起碼" - 1},
    {"約", "簽合預製條公節契違履特邀相婚赴守失爽解續租承集簡盟誓踐背毀立成訂締紐隱網草規要應",
     sizeof "約" - 1},
    {"约", "签合预制条公节契违履特邀相婚赴守失爽解续租承集简盟誓践背毁立成订缔纽隐网草规要应",
     sizeof "约" - 1},
    {"近", "最附靠临亲贴逼就将接", sizeof "近" - 1},
    {"超", "赶高招", sizeof "超" - 1},
    {"逾", "", sizeof "逾" - 1},
};

static int prev_char_in(const char *t, size_t at, const char *set)
{
    if (!*set || at == 0) return 0;
    size_t k = at - 1;
    while (k > 0 && ((unsigned char)t[k] & 0xC0) == 0x80 && at - k < 4)
        k--;
    size_t L = at - k;
    for (size_t i = 0; set[i];) {
        size_t j = i;
        zd_utf8_decode(set, strlen(set), &j);
        if (j - i == L && memcmp(set + i, t + k, L) == 0) return 1;
        i = j;
    }
    return 0;
}

static size_t back_spaces(const char *t, size_t at, size_t max)
{
    size_t k = at;
    while (k > 0 && t[k - 1] == ' ' && at - k < max)
        k--;
    return k;
}

/* extend the span start backwards over a currency and qualifiers;
 * *cur: a currency was found; range: the match held a range (从 may lead) */
static size_t look_back(const char *t, size_t p, size_t floor_, int range, int unit_first, int *cur,
                        int *qual)
{
    size_t st = p;
    int have_cur = 0, have_q = 0;
    for (int guard = 0; guard < 3; guard++) {
        size_t q = back_spaces(t, st, 2);
        size_t cs;
        if (!have_cur) {
            const zd_curword *w = zd_currency_before(t, q, ZD_CUR_PREFIX, &cs);
            if (w && cs >= floor_) {
                have_cur = 1;
                st = cs;
                continue;
            }
        }
        if (!have_q) {
            q = back_spaces(t, st, 1);
            size_t best = 0; /* the longest word: 不超过, not 超过 */
            for (size_t i = 0; i < sizeof pre_quals / sizeof pre_quals[0]; i++) {
                size_t L = pre_quals[i].len;
                if (L > best && q >= L && q - L >= floor_ && t[q - 1] == pre_quals[i].w[L - 1] &&
                    memcmp(t + q - L, pre_quals[i].w, L) == 0 &&
                    !prev_char_in(t, q - L, pre_quals[i].not_after))
                    best = L;
            }
            if (best) {
                st = q - best;
                have_q = 1;
                continue;
            }
            if (range && q >= 3 && q - 3 >= floor_ && memcmp(t + q - 3, "从", 3) == 0) {
                st = q - 3;
                have_q = 1;
                continue;
            }
            /* 过亿元, 破千万: only before a number that starts with its unit */
            if (unit_first && st == p && q >= 3 && q - 3 >= floor_ &&
                (memcmp(t + q - 3, "过", 3) == 0 || memcmp(t + q - 3, "破", 3) == 0)) {
                st = q - 3;
                have_q = 1;
                continue;
            }
        }
        break;
    }
    *cur = have_cur;
    *qual = have_q;
    return st;
}

/* ------------------------------------------------------------ the scan */

/* the code point at u[i] (valid UTF-8 assumed) and its length */
static inline int32_t cp_len(const unsigned char *u, size_t n, size_t i, size_t *len)
{
    unsigned c = u[i];
    if (c < 0x80) {
        *len = 1;
        return (int32_t)c;
    }
    if (c < 0xE0) {
        *len = 2;
        return i + 1 < n ? (int32_t)(((c & 0x1F) << 6) | (u[i + 1] & 0x3F)) : 0xFFFD;
    }
    if (c < 0xF0) {
        *len = 3;
        return i + 2 < n
                   ? (int32_t)(((c & 0x0F) << 12) | ((u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F))
                   : 0xFFFD;
    }
    *len = 4;
    return 0x10000; /* outside the table: never a number */
}

static inline int cls_of(const zd_money_rx *rx, int32_t c)
{
    return c >= 0 && c < 0x10000 ? rx->cls[c] : 0;
}

/* well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF);
 * a fast path over ASCII and the 3-byte sequences of Chinese text */
static int utf8_ok(const unsigned char *u, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xE1 && c <= 0xEC && i + 2 < n && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        if (c == 0xE0 && i + 2 < n && u[i + 1] >= 0xA0 && u[i + 1] <= 0xBF &&
            (u[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        if ((c == 0xEE || c == 0xEF) && i + 2 < n && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        if (c == 0xED && i + 2 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F &&
            (u[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        if (c >= 0xF0 && c <= 0xF4 && i + 3 < n && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80 && (u[i + 3] & 0xC0) == 0x80) {
            if (c == 0xF0 && u[i + 1] < 0x90) return 0;
            if (c == 0xF4 && u[i + 1] > 0x8F) return 0;
            i += 4;
            continue;
        }
        return 0;
    }
    return 1;
}

/* does the number s[a..b) hold a unit, a decimal point or thousands groups */
static int has_amount_mark(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.' || c == ',') return 1;
        if (c >= 0xE0) {
            size_t j = i;
            int32_t cp = zd_utf8_decode(s, b, &j);
            if (zd_num_unit(cp) > 0 || cp == U'点' || cp == U'點') return 1;
            i = j - 1;
        }
    }
    return 0;
}

static int is_adigit(int c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void zd_money_find(zd_money_rx *rx, const char *text, size_t n, zd_mentions *out)
{
    if (!rx || !text) return;
    /* the JIT matcher needs valid UTF-8 (every document text is); anything
     * else holds no money we could read */
    if (!utf8_ok((const unsigned char *)text, n)) return;
    const unsigned char *u = (const unsigned char *)text;
    size_t i = 0, last_end = 0; /* a span never takes words of the one before */
    while (i < n) {
        size_t len;
        int32_t c0 = cp_len(u, n, i, &len);
        if (!(cls_of(rx, c0) & C_CORE)) {
            i += len;
            continue;
        }
        /* not inside an Arabic number or an ASCII word (A380, 1,200's tail) */
        if (is_adigit(u[i]) && i > 0) {
            unsigned char pc = u[i - 1];
            if (is_adigit(pc) || pc == '.' || (pc == ',' && i > 1 && is_adigit(u[i - 2]))) {
                i += 1;
                continue;
            }
            if (is_alpha(pc)) {
                size_t cs;
                const zd_curword *w = zd_currency_before(text, i, ZD_CUR_PREFIX, &cs);
                if (!w) {
                    while (i < n && is_adigit(u[i]))
                        i++;
                    continue;
                }
            }
        }
        /* cheap test before the pattern: the number's run, then what follows
         * it must be able to start a currency (or a range, a space ...), or a
         * currency must stand before it */
        size_t run_end;
        {
            size_t j = i, l2;
            int32_t c = c0;
            while (j < n && (cls_of(rx, c = cp_len(u, n, j, &l2)) & C_RUN))
                j += l2;
            /* a number of a hundred characters is no amount (and the pattern
             * would only spend time on it) */
            int may = j < n && (cls_of(rx, c) & C_FOLLOW) && j - i < 300;
            if (!may) {
                size_t q = back_spaces(text, i, 2), cs;
                may = q > last_end && zd_currency_before(text, q, ZD_CUR_PREFIX, &cs) &&
                      cs >= last_end;
            }
            run_end = j > i ? j : i + len;
            if (!may) {
                i = run_end;
                continue;
            }
        }
        int rc = rx->jit ? zd_rx_jit_match(rx->re, u, n, i, 0, rx->md)
                         : zd_rx_match(rx->re, u, n, i, PCRE2_NO_UTF_CHECK, rx->md);
        if (rc < 0) {
            /* no match; on an error (a limit) skip the whole number */
            i = rc == PCRE2_ERROR_NOMATCH ? i + len : run_end;
            continue;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx->md);
        size_t end = ov[1];
        if (end <= i) {
            i += len;
            continue;
        }
        int suffix = 0, range = 0;
        if (rx->grp_c1 < (uint32_t)rc && ov[2 * rx->grp_c1] != PCRE2_UNSET) suffix = 1;
        if (rx->grp_c2 < (uint32_t)rc && ov[2 * rx->grp_c2] != PCRE2_UNSET) suffix = 1;
        if (rx->grp_r < (uint32_t)rc && ov[2 * rx->grp_r] != PCRE2_UNSET) range = 1;
        /* a trailing space the pattern took is not part of the span */
        while (end > i && text[end - 1] == ' ')
            end--;
        int prefix = 0;
        size_t st = i;
        if (!suffix) {
            /* cheap test first: most numbers have no currency at all */
            size_t q = back_spaces(text, i, 2), cs;
            const zd_curword *w =
                q > last_end ? zd_currency_before(text, q, ZD_CUR_PREFIX, &cs) : NULL;
            if (w && cs >= last_end) prefix = 1;
            /* a Chinese currency name before a plain number followed by more
             * words is not its currency (美元3个月期, 人民币2年): the number
             * must hold a unit or a decimal point, or end the phrase */
            if (prefix && (unsigned char)w->word[0] >= 0xE3 && !has_amount_mark(text, i, end)) {
                size_t l2;
                int32_t nx = end < n ? cp_len(u, n, end, &l2) : 0;
                if (nx >= 0x3400 && nx < 0xA000) prefix = 0;
            }
        }
        int qual = 0, unit_first = zd_num_unit(c0) > 0;
        if (suffix || prefix) st = look_back(text, i, last_end, range, unit_first, &prefix, &qual);
        int ok = suffix || prefix;
        /* a bare big unit (亿元) is an amount only in X级 (亿元级) or after a
         * qualifier (近亿元, 过亿元, 超亿美元) */
        if (ok && zd_num_unit(c0) >= 1e4 && !qual &&
            !(end >= 3 &&
              (memcmp(text + end - 3, "级", 3) == 0 || memcmp(text + end - 3, "級", 3) == 0)))
            ok = 0;
        /* a minus sign (净利润为-3.2亿元, 负3亿元), but not a range's dash (1-2) */
        if (ok && st == i && i > last_end) {
            if (text[i - 1] == '-' &&
                (i < 2 || !(is_adigit(u[i - 2]) || is_alpha(u[i - 2]) || u[i - 2] == '-')))
                st = i - 1;
            else if (i >= 3 + last_end && memcmp(text + i - 3, "负", 3) == 0)
                st = i - 3;
        }
        if (ok) {
            zd_money m;
            if (zd_money_parse(text + st, end - st, "CNY", &m) != 0) {
                st = i;
                if (!suffix || zd_money_parse(text + st, end - st, "CNY", &m) != 0) ok = 0;
            }
        }
        if (ok) {
            zd_mentions_add(out, ZD_MONEY, st, end);
            last_end = end;
        }
        i = end;
    }
}
