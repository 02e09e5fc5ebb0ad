/*
 * money.c: a money span (from extract/money_rx.c, or any string a user
 * gives) to its value, ISO 4217 currency and the approximation/range
 * convention of the contract (see money.h). The numbers themselves are read
 * by normalize/numeral.c; this file reads what is around them:
 *
 *   [qualifier] [currency] [qualifier] AMOUNT [range-sep [currency] AMOUNT] [qualifier]
 *   AMOUNT = number [currency [minor units]] [钱] [整|正]
 *
 * Decisions (the contract leaves them to us):
 *   - a specific currency anywhere in the span wins over a bare 元/块
 *     (港币两千九百六十元 is HKD, 8亿元人民币 CNY, 三万元欧元 EUR); a bare
 *     元/块/圆/蚊 (and minor units 角/分 alone) take bare_yuan; an amount with
 *     no currency word at all keeps currency "" (the recognizer never
 *     returns one; a user-given "三百万" still parses).
 *   - 元 (块, 蚊, 個 in Cantonese) may be followed by minor units: 5元3角2分,
 *     两毛五, 一块二 (= 1.2), 三块零四 (= 3.04), 五個半 (= 5.5).
 *   - 约X / X左右 / X上下: value X, approx. 超X / 逾X / X以上 / 至少X: min X.
 *     近X / 不足X / 不到X / X以下 / 最多X: max X. X级: [X, 10X]. All approx.
 *   - 数X / 几X: [2X, 9X]; X多 / X余: [X, X + one step] (3000多 = 3000..4000);
 *     上X: [X, open); all approx, value null.
 *   - A range X-Y / X至Y / X到Y: min X, max Y, value null, approx false. The
 *     first end takes the units the second one has and it lacks when that
 *     keeps X <= Y: 1-2亿元 = 1e8..2e8, 两到三万 = 2e4..3e4, 八到九百亿 =
 *     8e10..9e10, but 从8500到3万 = 8500..30000.
 *
 * Ownership: plain values in, plain values out; nothing is allocated.
 */
#include "money.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../common/util.h"
#include "numeral.h"

enum { Q_NONE = 0, Q_APPROX, Q_MIN, Q_MAX, Q_LEVEL, Q_FROM };

typedef struct {
    const char *w;
    int q;
} qword;

/* before the amount; longest first where one is a prefix of another */
static const qword pre_words[] = {
    {"大约", Q_APPROX},   {"大約", Q_APPROX}, {"約合", Q_APPROX}, {"約為", Q_APPROX},
    {"約", Q_APPROX},     {"不超過", Q_MAX},  {"超過", Q_MIN},    {"將近", Q_MAX},
    {"不低於", Q_MIN},    {"不少於", Q_MIN},  {"不高于", Q_MAX},  {"不多于", Q_MAX},
    {"大约", Q_APPROX},   {"约合", Q_APPROX}, {"约为", Q_APPROX}, {"大概", Q_APPROX},
    {"差不多", Q_APPROX}, {"约", Q_APPROX},   {"不超过", Q_MAX},  {"超过了", Q_MIN},
    {"超过", Q_MIN},      {"超出", Q_MIN},    {"超", Q_MIN},      {"逾", Q_MIN},
    {"突破", Q_MIN},      {"过", Q_MIN},      {"破", Q_MIN},      {"至少", Q_MIN},
    {"最少", Q_MIN},      {"起码", Q_MIN},    {"起碼", Q_MIN},    {"不低于", Q_MIN},
    {"不少于", Q_MIN},    {"多于", Q_MIN},    {"高于", Q_MIN},    {"大于", Q_MIN},
    {"将近", Q_MAX},      {"接近", Q_MAX},    {"不足", Q_MAX},    {"不到", Q_MAX},
    {"最多", Q_MAX},      {"至多", Q_MAX},    {"小于", Q_MAX},    {"低于", Q_MAX},
    {"少于", Q_MAX},      {"近", Q_MAX},      {"从", Q_FROM},
};

static const qword post_words[] = {
    {"左右", Q_APPROX}, {"上下", Q_APPROX}, {"以上", Q_MIN}, {"之上", Q_MIN}, {"以下", Q_MAX},
    {"以内", Q_MAX},    {"之内", Q_MAX},    {"级", Q_LEVEL}, {"級", Q_LEVEL},
};

static int word_at(const char *s, size_t n, size_t i, const char *w)
{
    if (i + 2 >= n || s[i] != w[0] || s[i + 1] != w[1]) return 0;
    size_t L = strlen(w);
    return i + L <= n && memcmp(s + i, w, L) == 0;
}

static size_t skip_sp(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

static int32_t cp_at(const char *s, size_t n, size_t i, size_t *next)
{
    if (i >= n) {
        *next = i;
        return -1;
    }
    size_t j = i;
    int32_t c = zd_utf8_decode(s, n, &j);
    *next = j;
    return c;
}

/* "(含)" */
static size_t skip_han(const char *s, size_t n, size_t i)
{
    size_t k = skip_sp(s, n, i);
    if (word_at(s, n, k, "(含)")) return k + strlen("(含)");
    if (word_at(s, n, k, "（含）")) return k + strlen("（含）");
    return i;
}

typedef struct {
    zd_num num;    /* the amount (major units after minor units are added) */
    size_t ns, ne; /* bytes of the number */
    int has_num;
    int has_cur; /* a currency word (or 元/块) followed */
} amount;

typedef struct {
    char iso[4]; /* the last specific currency seen */
    int bare;    /* a bare 元/块/角/分 seen */
} curstate;

static void see_currency(curstate *c, const zd_curword *w)
{
    if (!w) return;
    if (w->iso[0]) {
        memcpy(c->iso, w->iso, 3);
        c->iso[3] = 0;
    } else {
        c->bare = 1;
    }
}

static void num_add(zd_num *v, double x)
{
    v->value += x;
    v->min += x;
    v->max += x;
}

/* a small integer (0..99) at i: 三, 12, 两; returns end or i */
static size_t small_int(const char *s, size_t n, size_t i, int *out)
{
    zd_num v;
    size_t e = zd_num_scan(s, n, i, 0, &v);
    if (e == i || !v.has_value || v.value < 0 || v.value > 99 || v.value != floor(v.value))
        return i;
    *out = (int)v.value;
    return e;
}

/* minor units after a major unit: 3角2分, 6角三分, 七毛八, 5日本銭, 又三美分,
 * and after 块/蚊/個 a bare digit (一块二, 三块零四, 個九) or 半.
 * Returns the end; *cents gets the hundredths. */
static size_t minor_units(const char *s, size_t n, size_t i, int informal, curstate *cs, int *cents)
{
    size_t k = i, j;
    int zero = 0;
    *cents = 0;
    if (word_at(s, n, k, "又")) k += strlen("又");
    int32_t c = cp_at(s, n, k, &j);
    if (c == U'零' || c == U'〇') {
        zero = 1;
        k = j;
    }
    if (informal && !zero && c == U'半') {
        *cents = 50;
        return j;
    }
    int d;
    size_t e = small_int(s, n, k, &d);
    if (e == k) return i;
    size_t e2;
    const zd_curword *w = zd_currency_at(s, n, e, ZD_CUR_DIME | ZD_CUR_CENT, &e2);
    if (w && (w->flags & ZD_CUR_DIME) && d <= 9 && !zero) {
        int total = d * 10;
        /* 角 then 分 (or a bare digit: 七毛八) */
        size_t k2 = e2;
        int32_t c2 = cp_at(s, n, k2, &j);
        if (c2 == U'零' || c2 == U'〇') k2 = j;
        int d2;
        size_t e3 = small_int(s, n, k2, &d2);
        if (e3 != k2 && d2 <= 9) {
            size_t e4;
            const zd_curword *w2 = zd_currency_at(s, n, e3, ZD_CUR_CENT, &e4);
            if (w2) {
                total += d2;
                e2 = e4;
            } else if (!zd_currency_at(s, n, e3, ZD_CUR_DIME, &e4)) {
                total += d2;
                e2 = e3;
            }
        }
        *cents = total;
        return e2;
    }
    if (w && (w->flags & ZD_CUR_CENT) && d <= 99) {
        if (w->iso[0]) see_currency(cs, w);
        *cents = d;
        return e2;
    }
    if (!w && informal && d <= 9) {
        /* 一块二 = 1.2, 三块零四 = 3.04 */
        *cents = zero ? d : d * 10;
        return e;
    }
    return i;
}

static const unsigned AMT_FL =
    ZD_NUM_SPACES | ZD_NUM_VAGUE | ZD_NUM_SI | ZD_NUM_ENGLISH | ZD_NUM_BARE;

/* one amount at i; returns the end or i */
static size_t parse_amount(const char *s, size_t n, size_t i, curstate *cs, amount *a)
{
    memset(a, 0, sizeof *a);
    size_t j;
    zd_num v;
    size_t e = zd_num_scan(s, n, i, AMT_FL, &v);
    int32_t c = cp_at(s, n, e == i ? i : e, &j);
    if (e == i) {
        /* 個半, 個九: one dollar and ... (Cantonese) */
        if (c != U'个' && c != U'個') return i;
        memset(&v, 0, sizeof v);
        v.has_value = 1;
        v.value = 1;
    }
    a->ns = i;
    a->ne = e;
    a->has_num = 1;
    size_t k = skip_sp(s, n, e);
    if (k - e > 2) k = e;
    size_t e2;
    const zd_curword *w = zd_currency_at(s, n, k, ZD_CUR_SUFFIX, &e2);
    int informal = 0;
    c = cp_at(s, n, k, &j);
    if (!w && (c == U'个' || c == U'個' || c == U'枚')) {
        /* 20个比特币; 五個半, 三個一毫四 (個 = dollar) */
        w = zd_currency_at(s, n, j, ZD_CUR_SUFFIX, &e2);
        if (w && (w->flags & ZD_CUR_BARE)) w = NULL;
        if (!w && c != U'枚') {
            int32_t c2 = cp_at(s, n, j, &e2);
            if (j == n || c2 == U'半' || zd_num_cdigit(c2) >= 0 || c2 == U'毫' || c2 == U'角') {
                e2 = j;
                informal = 1;
                cs->bare = 1;
                a->has_cur = 1;
            }
        }
    }
    if (w) {
        see_currency(cs, w);
        a->has_cur = 1;
        if (w->flags & ZD_CUR_BARE) {
            informal = strcmp(w->word, "元") != 0 && strcmp(w->word, "圆") != 0 &&
                       strcmp(w->word, "圓") != 0;
            /* 元人民币, 元欧元, 元日币 */
            size_t e3;
            const zd_curword *w2 = zd_currency_at(s, n, skip_sp(s, n, e2), ZD_CUR_SUFFIX, &e3);
            if (w2 && !(w2->flags & ZD_CUR_BARE) && !(w2->flags & ZD_CUR_ASCII)) {
                see_currency(cs, w2);
                e2 = e3;
            }
        }
    }
    if (a->has_cur) {
        int cents = 0;
        size_t e3 = minor_units(s, n, e2, informal, cs, &cents);
        if (e3 != e2) {
            if (v.has_value && fabs(v.value) < 1e13 && v.value == floor(v.value))
                v.value = (v.value * 100 + cents) / 100;
            else
                num_add(&v, cents / 100.0);
            e2 = e3;
        }
        e = e2;
    } else {
        /* minor units alone: 五分, 两毛五, 2角, 两角五分 */
        size_t e3;
        const zd_curword *mw = zd_currency_at(s, n, k, ZD_CUR_DIME | ZD_CUR_CENT, &e3);
        if (mw && v.has_value && v.value == floor(v.value) && v.value >= 0 && v.value < 100 &&
            !(v.info & ZD_NI_UNIT && v.value >= 10 && (mw->flags & ZD_CUR_DIME))) {
            int cents;
            if (mw->flags & ZD_CUR_DIME) {
                cents = (int)v.value * 10;
                int c2 = 0;
                size_t e4 = minor_units(s, n, e3, 0, cs, &c2);
                if (e4 != e3) {
                    cents += c2;
                    e3 = e4;
                } else {
                    int d;
                    size_t e5 = small_int(s, n, e3, &d);
                    if (e5 != e3 && d <= 9) {
                        size_t e6;
                        const zd_curword *w3 = zd_currency_at(s, n, e5, ZD_CUR_CENT, &e6);
                        cents += d;
                        e3 = w3 ? e6 : e5;
                    }
                }
            } else {
                cents = (int)v.value;
            }
            see_currency(cs, mw);
            v.value = cents / 100.0;
            a->has_cur = 1;
            e = e3;
        }
    }
    /* 钱, 整, 正 */
    if (a->has_cur) {
        if (word_at(s, n, e, "钱") || word_at(s, n, e, "錢")) e += strlen("钱");
        if (word_at(s, n, e, "整") || word_at(s, n, e, "正")) e += strlen("整");
    }
    a->num = v;
    return e;
}

static double lo_of(const zd_num *v)
{
    return v->has_value ? v->value : v->has_min ? v->min : v->max;
}

static double hi_of(const zd_num *v)
{
    return v->has_value ? v->value : v->has_max ? v->max : v->min;
}

static double ascii_unit(int32_t c)
{
    switch (c) {
    case 'k':
    case 'K':
        return 1e3;
    case 'w':
    case 'W':
        return 1e4;
    case 'm':
    case 'M':
        return 1e6;
    case 'b':
    case 'B':
    case 'G':
        return 1e9;
    default:
        return 0;
    }
}

/* largest unit written in the number s[a..b) (1 when none) */
static double max_unit(const char *s, size_t a, size_t b)
{
    double m = 1;
    size_t i = a;
    while (i < b) {
        size_t j = i;
        int32_t c = zd_utf8_decode(s, b, &j);
        double u = zd_num_unit(c);
        if (u == 0) u = ascii_unit(c);
        if (u > m) m = u;
        i = j;
    }
    return m;
}

/* the product of the units that end the number s[a..b) and are bigger than
 * above: 九百亿 -> 1e10 (above 1), 两千万 -> 1e4 (above 1000) */
static double trailing_units(const char *s, size_t a, size_t b, double above)
{
    double m = 1;
    size_t i = b;
    /* an English word: 2 billion, 3 mn */
    size_t w = i;
    while (w > a && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') || (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
        w--;
    if (i - w >= 2) {
        static const struct {
            const char *w;
            double v;
        } words[] = {{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
                     {"mln", 1e6},      {"mn", 1e6},      {"bn", 1e9},      {"tn", 1e12}};
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
            if (strlen(words[k].w) == i - w && strncasecmp(s + w, words[k].w, i - w) == 0)
                return words[k].v > above ? words[k].v : 1;
        return 1;
    }
    while (i > a) {
        size_t k = i - 1;
        while (k > a && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        size_t j = k;
        int32_t c = zd_utf8_decode(s, i, &j);
        double u = zd_num_unit(c);
        if (u == 0) u = ascii_unit(c);
        if (u == 0) break;
        if (u > above) m *= u;
        i = k;
    }
    return m;
}

/* -X: the value and the bounds change sign (and the bounds sides) */
static void negate(zd_money *m)
{
    m->value = -m->value;
    double lo = -m->max, hi = -m->min;
    int hlo = m->has_max, hhi = m->has_min;
    m->min = lo;
    m->max = hi;
    m->has_min = hlo;
    m->has_max = hhi;
}

int zd_money_parse(const char *s, size_t n, const char *bare_yuan, zd_money *out)
{
    memset(out, 0, sizeof *out);
    if (!s) return -1;
    curstate cs;
    memset(&cs, 0, sizeof cs);
    int q = Q_NONE, neg = 0;
    size_t i = skip_sp(s, n, 0);
    while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    /* qualifiers and a currency before the amount */
    for (int guard = 0; guard < 4; guard++) {
        i = skip_sp(s, n, i);
        int hit = 0;
        /* the qualifiers start with a Chinese character: skip the list at a digit */
        if (i < n && (unsigned char)s[i] >= 0xE0) {
            size_t best = 0, bw = 0; /* the longest word: 不超过, not 不 ... */
            for (size_t w = 0; w < sizeof pre_words / sizeof pre_words[0]; w++) {
                size_t L = strlen(pre_words[w].w);
                if (L > best && word_at(s, n, i, pre_words[w].w)) best = L, bw = w;
            }
            if (best) {
                /* 从 only opens a range (从X到Y), which says it all */
                if (pre_words[bw].q != Q_FROM && q == Q_NONE) q = pre_words[bw].q;
                i += best;
                hit = 1;
            }
        }
        if (hit) continue;
        size_t e;
        const zd_curword *cw = zd_currency_at(s, n, i, ZD_CUR_PREFIX, &e);
        if (cw) {
            see_currency(&cs, cw);
            i = e;
            continue;
        }
        /* a sign: -3.2亿元, 负3亿元 */
        if (!neg && i < n && (s[i] == '-' || word_at(s, n, i, "负") || word_at(s, n, i, "負"))) {
            neg = 1;
            i += s[i] == '-' ? 1 : strlen("负");
            continue;
        }
        break;
    }
    i = skip_sp(s, n, i);
    amount a1, a2;
    size_t e = parse_amount(s, n, i, &cs, &a1);
    if (e == i) return -1;
    i = skip_han(s, n, e);
    /* a range */
    int range = 0;
    {
        size_t k = skip_sp(s, n, i), j;
        int32_t c = cp_at(s, n, k, &j);
        size_t sep_end = k;
        if (c == '-' || c == '~' || c == U'～' || c == U'—' || c == U'–' || c == 0x2212) {
            sep_end = j;
            while (sep_end < n && (s[sep_end] == '-' || word_at(s, n, sep_end, "—")))
                sep_end += s[sep_end] == '-' ? 1 : strlen("—");
        } else if (c == U'至' || c == U'到') {
            sep_end = j;
        }
        if (sep_end != k) {
            size_t r = skip_sp(s, n, sep_end);
            size_t e3;
            curstate cs2 = cs;
            const zd_curword *cw = zd_currency_at(s, n, r, ZD_CUR_PREFIX, &e3);
            if (cw) {
                see_currency(&cs2, cw);
                r = skip_sp(s, n, e3);
            }
            size_t e2 = parse_amount(s, n, r, &cs2, &a2);
            if (e2 != r) {
                cs = cs2;
                range = 1;
                i = skip_han(s, n, e2);
            }
        }
    }
    /* qualifiers after */
    for (int guard = 0; guard < 4; guard++) {
        size_t k = skip_han(s, n, skip_sp(s, n, i));
        int hit = 0;
        for (size_t w = 0; w < sizeof post_words / sizeof post_words[0]; w++) {
            if (word_at(s, n, k, post_words[w].w)) {
                if (q == Q_NONE || (q != Q_LEVEL && post_words[w].q == Q_LEVEL))
                    q = post_words[w].q;
                i = k + strlen(post_words[w].w);
                hit = 1;
                break;
            }
        }
        if (!hit && word_at(s, n, k, "之间")) {
            i = k + strlen("之间");
            hit = 1;
        }
        if (!hit) break;
    }
    if (skip_sp(s, n, i) != n) return -1;
    /* currency */
    if (cs.iso[0]) {
        memcpy(out->currency, cs.iso, 4);
    } else if (cs.bare) {
        const char *b = bare_yuan && *bare_yuan ? bare_yuan : "CNY";
        size_t L = strnlen(b, 3);
        memcpy(out->currency, b, L);
        out->currency[L] = 0;
    }
    /* value */
    zd_num v = a1.num;
    if (range) {
        zd_num w = a2.num;
        double x = lo_of(&v), y = hi_of(&w);
        /* 1-2亿元: the first end takes the second's units */
        double mu = max_unit(s, a1.ns, a1.ne);
        double m = trailing_units(s, a2.ns, a2.ne, mu);
        if (m > 1 && x * m <= lo_of(&w) * 1.0000001 && x != 0) {
            x *= m;
            if (!v.has_value) v.max *= m;
        }
        out->has_min = out->has_max = 1;
        out->min = x < y ? x : y;
        out->max = x < y ? y : x;
        out->approx = v.approx || w.approx || q == Q_APPROX;
        if (neg) negate(out);
        return 0;
    }
    double x = lo_of(&v);
    if (v.approx) out->approx = 1;
    switch (q) {
    case Q_APPROX:
        out->approx = 1;
        if (v.has_value) {
            out->has_value = 1;
            out->value = v.value;
        } else {
            out->has_min = v.has_min;
            out->min = v.min;
            out->has_max = v.has_max;
            out->max = v.max;
        }
        break;
    case Q_MIN:
        out->approx = 1;
        out->has_min = 1;
        out->min = x;
        break;
    case Q_MAX:
        out->approx = 1;
        out->has_max = 1;
        out->max = hi_of(&v);
        break;
    case Q_LEVEL:
        out->approx = 1;
        out->has_min = out->has_max = 1;
        out->min = x;
        out->max = hi_of(&v) * 10;
        break;
    default:
        if (v.has_value) {
            out->has_value = 1;
            out->value = v.value;
        } else {
            out->has_min = v.has_min;
            out->min = v.min;
            out->has_max = v.has_max;
            out->max = v.max;
        }
        break;
    }
    if (neg) negate(out);
    return 0;
}
