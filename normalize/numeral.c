/*
 * numeral.c: a small hand-written reader for the numbers Chinese text
 * writes (see numeral.h for the forms). It works on code points straight
 * from the UTF-8 bytes, with no allocation, so the money recognizer can call
 * it for every candidate at article speed.
 *
 * How a Chinese numeral is computed: tokens are read left to right. Digits
 * wait as "pending"; a small unit (十百千) multiplies the pending digit (or 1)
 * and adds it to the current section; a big unit (万亿兆) takes the section
 * plus every earlier group smaller than itself and multiplies them, so
 * 一千一百万 = 1100 x 1e4, 三千万亿 = 3e15 and 四万万 = 4e8 (a big unit right
 * after another multiplies the last group). A single digit right after a unit
 * counts one place lower (一万三 = 13000, 两千四百五 = 2450), but not after
 * 零 (一千零一 = 1001). Every value is computed twice, for the low and the
 * high end, so that vague numbers (数十亿, 八九亿, 3000多) come out as ranges.
 *
 * Decisions: 兆 is 1e12 (Taiwan and Japanese usage, as in money); 两 is 2 but
 * never a decimal digit (两百点两 is 200, then 两); X多/X余/X来 is
 * [X, X + one step of its last place] (3000多 = 3000..4000, 十多 = 10..20,
 * 120多 = 120..130); 数X and 几X are [2X, 9X] (the contract's convention);
 * 上X is [X, open); two adjacent digits before a unit are a range
 * (八九亿 = 8e8..9e8, 三五百 = 300..500).
 */
#include "numeral.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../common/util.h"

/* ------------------------------------------------------------------ chars */

static int32_t peek(const char *s, size_t n, size_t i, size_t *next)
{
    if (i >= n) {
        *next = i;
        return -1;
    }
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *next = i + 1;
        return c;
    }
    size_t j = i;
    int32_t cp = zd_utf8_decode(s, n, &j);
    *next = j;
    return cp < 0 ? 0xFFFD : cp;
}

/* code point just before byte i (0 at the start) */
static int32_t peek_back(const char *s, size_t i, size_t *start)
{
    if (i == 0) {
        *start = 0;
        return 0;
    }
    size_t k = i - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80 && i - k < 4)
        k--;
    size_t j = k;
    int32_t c = peek(s, i, k, &j);
    *start = k;
    return c;
}

int zd_num_cdigit(int32_t c)
{
    switch (c) {
    case U'零':
    case U'〇':
        return 0;
    case U'一':
    case U'壹':
        return 1;
    case U'二':
    case U'贰':
    case U'貳':
    case U'两':
    case U'兩':
    case U'俩':
    case U'倆':
        return 2;
    case U'三':
    case U'叁':
    case U'參':
    case U'叄':
        return 3;
    case U'四':
    case U'肆':
        return 4;
    case U'五':
    case U'伍':
        return 5;
    case U'六':
    case U'陆':
    case U'陸':
        return 6;
    case U'七':
    case U'柒':
        return 7;
    case U'八':
    case U'捌':
        return 8;
    case U'九':
    case U'玖':
        return 9;
    default:
        return -1;
    }
}

static int is_finance(int32_t c)
{
    switch (c) {
    case U'壹':
    case U'贰':
    case U'貳':
    case U'叁':
    case U'參':
    case U'叄':
    case U'肆':
    case U'伍':
    case U'陆':
    case U'陸':
    case U'柒':
    case U'捌':
    case U'玖':
    case U'拾':
    case U'佰':
    case U'仟':
        return 1;
    default:
        return 0;
    }
}

double zd_num_unit(int32_t c)
{
    switch (c) {
    case U'十':
    case U'拾':
        return 10;
    case U'百':
    case U'佰':
        return 100;
    case U'千':
    case U'仟':
        return 1000;
    case U'万':
    case U'萬':
        return 1e4;
    case U'亿':
    case U'億':
        return 1e8;
    case U'兆':
        return 1e12;
    default:
        return 0;
    }
}

static int is_two(int32_t c)
{
    return c == U'两' || c == U'兩' || c == U'俩' || c == U'倆';
}

static int tens_char(int32_t c)
{
    return c == U'廿' ? 20 : c == U'卅' ? 30 : c == U'卌' ? 40 : 0;
}

static int is_adigit(int32_t c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(int32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static double pow10i(int e)
{
    static const double t[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (e >= 0 && e <= 22) return t[e];
    return pow(10.0, e);
}

/* m x 10^e, correctly rounded when m and 10^|e| are exact doubles */
static double dec_val(double m, int e)
{
    if (e >= 0) return m * pow10i(e);
    return m / pow10i(-e);
}

static int unit_exp(double u)
{
    int e = 0;
    while (u >= 10 && e < 40)
        u /= 10, e++;
    return e;
}

/* ------------------------------------------------------------ Arabic */

typedef struct {
    double m; /* mantissa digits as an integer (exact up to 2^53) */
    int e;    /* value = m x 10^e */
    double v; /* value */
    int dec;  /* had a decimal point */
    int groups;
    int ndig; /* significant digits read */
    int tz;   /* trailing zeros of the integer part (for 3000多) */
} arab;

/* read ASCII digits at i: 1200, 1,200, 57.2, .5 (dot first only when lead_dot) */
static size_t scan_arab(const char *s, size_t n, size_t i, unsigned fl, int lead_dot, arab *a)
{
    size_t k = i;
    memset(a, 0, sizeof *a);
    char buf[400];
    size_t bl = 0;
    if (k < n && s[k] == '.') {
        if (!lead_dot || k + 1 >= n || !is_adigit((unsigned char)s[k + 1])) return i;
    } else if (k >= n || !is_adigit((unsigned char)s[k])) {
        return i;
    }
    size_t ds = k;
    while (k < n && is_adigit((unsigned char)s[k]))
        k++;
    size_t ilen = k - ds;
    /* thousands groups: first group of 1-3 digits, then ,ddd groups */
    if (!(fl & ZD_NUM_NOGROUP) && ilen >= 1 && ilen <= 3) {
        size_t g = k;
        int ng = 0;
        while (g + 3 < n && s[g] == ',' && is_adigit((unsigned char)s[g + 1]) &&
               is_adigit((unsigned char)s[g + 2]) && is_adigit((unsigned char)s[g + 3]) &&
               !(g + 4 < n && is_adigit((unsigned char)s[g + 4]))) {
            g += 4;
            ng++;
        }
        if (ng > 0) {
            a->groups = ng;
            k = g;
        }
    }
    for (size_t t = ds; t < k && bl < sizeof buf - 40; t++)
        if (s[t] != ',') buf[bl++] = s[t];
    /* decimal part; a run with two dots (2222.2222.222) has no decimals */
    int multi_dot = 0;
    if (ds > 0 && s[ds - 1] == '.' && ds > 1 && is_adigit((unsigned char)s[ds - 2])) multi_dot = 1;
    if (k + 1 < n && s[k] == '.' && is_adigit((unsigned char)s[k + 1]) && !multi_dot) {
        size_t f = k + 1;
        while (f < n && is_adigit((unsigned char)s[f]))
            f++;
        if (f + 1 < n && s[f] == '.' && is_adigit((unsigned char)s[f + 1])) {
            multi_dot = 1; /* stop before the first dot */
        } else {
            if (bl == 0) buf[bl++] = '0';
            buf[bl++] = '.';
            for (size_t t = k + 1; t < f && bl < sizeof buf - 8; t++)
                buf[bl++] = s[t];
            a->dec = 1;
            k = f;
        }
    } else if (s[ds] == '.') {
        /* .5 */
        size_t f = ds + 1;
        while (f < n && is_adigit((unsigned char)s[f]))
            f++;
        buf[bl++] = '0';
        buf[bl++] = '.';
        for (size_t t = ds + 1; t < f && bl < sizeof buf - 8; t++)
            buf[bl++] = s[t];
        a->dec = 1;
        k = f;
    }
    buf[bl] = 0;
    a->v = strtod(buf, NULL);
    /* mantissa / exponent for exact scaling */
    double m = 0;
    int e = 0, nd = 0, seen_dot = 0, nz = 0;
    for (size_t t = 0; t < bl; t++) {
        if (buf[t] == '.') {
            seen_dot = 1;
            continue;
        }
        if (nd < 17) {
            m = m * 10 + (buf[t] - '0');
            if (m > 0) nd++;
            if (seen_dot) e--;
        } else if (!seen_dot) {
            e++;
        }
    }
    a->m = m;
    a->e = e;
    a->ndig = nd;
    /* trailing zeros of the integer part */
    if (!a->dec) {
        for (size_t t = bl; t > 0 && buf[t - 1] == '0'; t--)
            nz++;
        if (nz == (int)bl) nz = 0;
    }
    a->tz = nz;
    return k;
}

/* ------------------------------------------------------------ core */

enum { P_NONE, P_DIGIT, P_ARAB, P_ZERO, P_SEQ, P_PAIR, P_RANGE, P_DEC };
enum { T_START, T_DIGIT, T_ARAB, T_ZERO, T_CU, T_BU, T_APPROX, T_POINT, T_PREFIX, T_GE };

typedef struct {
    double g[2][16];
    int ng;
    double sec[2];
    int pk; /* pending kind */
    double pend[2];
    double pm;  /* exact mantissa of an Arabic/decimal pending value */
    int pe;     /* its exponent */
    int pexact; /* pm/pe valid */
    int ptz;    /* trailing zeros of an Arabic pending integer */
    double seq; /* digits read one by one */
    int nseq;
    int seq_zero; /* a 零 among them */
    int d1;
    double last_unit;
    double last_small;
    int prev;    /* previous token */
    int prev2;   /* token before the pending digit */
    int lock;    /* 1: only big units may follow; 2: nothing may follow */
    double frac; /* decimal after a unit (两千万点五) */
    int has_frac;
    unsigned info;
    int no_max;
    int approx;
    int ntok;
} core;

/* add the pending digit(s) to the section. at_end: a single digit after a
 * big unit counts one place lower too (一万三); before a big unit only after
 * a small one (百二萬 = 120万, but 一亿四万 = 1e8 + 4e4) */
static void fold_pending(core *c, int at_end)
{
    if (c->pk == P_NONE) return;
    double a = c->pend[0], b = c->pend[1];
    if (c->pk == P_DIGIT && (c->prev2 == T_CU || (at_end && c->prev2 == T_BU)) &&
        c->last_unit >= 10) {
        a *= c->last_unit / 10;
        b *= c->last_unit / 10;
    } else if (c->pk == P_SEQ) {
        a = b = c->seq;
    }
    c->sec[0] += a;
    c->sec[1] += b;
    c->pk = P_NONE;
}

static double sum_side(const core *c, int side)
{
    double t = c->sec[side];
    for (int k = 0; k < c->ng; k++)
        t += c->g[side][k];
    return t;
}

/* a state that may end the number */
static int final_ok(const core *c, unsigned fl)
{
    if (c->ntok == 0) return 0;
    switch (c->pk) {
    case P_PAIR:
        return (fl & ZD_NUM_SEQ) != 0;
    case P_SEQ:
        return (fl & ZD_NUM_SEQ) != 0;
    case P_RANGE:
        return 0;
    default:
        break;
    }
    if (c->prev == T_PREFIX) return 0;
    if (c->prev == T_ZERO && c->ntok > 1) return 0; /* 一千零 */
    return 1;
}

/* can a token starting at i follow the state (used to decide on spaces) */
static int token_start(const char *s, size_t n, size_t i, const core *c)
{
    size_t j;
    int32_t ch = peek(s, n, i, &j);
    if (ch < 0) return 0;
    if (is_adigit(ch)) return c->prev == T_CU || c->prev == T_BU || c->prev == T_ZERO;
    if (zd_num_cdigit(ch) >= 0) return c->prev != T_DIGIT && c->prev != T_ARAB;
    if (zd_num_unit(ch) > 0 || tens_char(ch)) return 1;
    if (ch == U'点' || ch == U'點') return 1;
    if (ch == U'余' || ch == U'餘' || ch == U'多' || ch == U'几' || ch == U'幾') return 1;
    return 0;
}

static void push_group(core *c, double lo, double hi)
{
    if (c->ng < 16) {
        c->g[0][c->ng] = lo;
        c->g[1][c->ng] = hi;
        c->ng++;
    }
}

static int vague_char(int32_t ch)
{
    return ch == U'多' || ch == U'余' || ch == U'餘' || ch == U'来' || ch == U'來' || ch == U'几' ||
           ch == U'幾';
}

/* read the decimal digits after 点 at i; returns end, or i when none */
static size_t scan_cn_decimals(const char *s, size_t n, size_t i, double *frac, double *fm, int *fe)
{
    char buf[64];
    size_t bl = 0, k = i, j;
    buf[bl++] = '0';
    buf[bl++] = '.';
    double m = 0;
    int e = 0;
    for (;;) {
        int32_t ch = peek(s, n, k, &j);
        int d = -1;
        if (is_adigit(ch))
            d = ch - '0';
        else if (!is_two(ch))
            d = zd_num_cdigit(ch);
        if (d < 0) break;
        if (bl < sizeof buf - 1) {
            buf[bl++] = (char)('0' + d);
            if (e > -17) {
                m = m * 10 + d;
                e--;
            }
        }
        k = j;
    }
    if (k == i) return i;
    buf[bl] = 0;
    *frac = strtod(buf, NULL);
    *fm = m;
    *fe = e;
    return k;
}

/* SI / English multiplier right after Arabic digits at k; returns end and *mul */
static size_t scan_mult(const char *s, size_t n, size_t k, unsigned fl, double *mul)
{
    size_t p = k;
    if (p < n && s[p] == ' ') p++;
    if (p >= n) return k;
    if (fl & ZD_NUM_ENGLISH) {
        static const struct {
            const char *w;
            double v;
        } words[] = {{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
                     {"mln", 1e6},      {"mn", 1e6},      {"bn", 1e9},      {"tn", 1e12},
                     {"k", 1e3},        {"m", 1e6},       {"b", 1e9},       {"t", 1e12}};
        for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
            size_t L = strlen(words[w].w);
            if (p + L <= n && strncasecmp(s + p, words[w].w, L) == 0 &&
                !(p + L < n && is_alpha((unsigned char)s[p + L]))) {
                /* a single letter needs no space before it: 2.5B, not 2.5 B */
                if (L == 1 && p != k && words[w].w[0] != 'm') continue;
                *mul = words[w].v;
                return p + L;
            }
        }
    }
    if (fl & ZD_NUM_SI) {
        char c = s[p];
        double v = 0;
        if (c == 'k' || c == 'K')
            v = 1e3;
        else if (c == 'M')
            v = 1e6;
        else if (c == 'G')
            v = 1e9;
        else if (c == 'w' || c == 'W')
            v = 1e4;
        if (v > 0 && !(p + 1 < n && is_alpha((unsigned char)s[p + 1]))) {
            *mul = v;
            return p + 1;
        }
    }
    return k;
}

/* The core reader: integer/decimal numerals with units, no sign, no fraction.
 * limit: stop before this byte. Returns the end (== i when nothing). */
static size_t scan_core(const char *s, size_t n, size_t i, size_t limit, unsigned fl, core *c,
                        int lead_dot)
{
    memset(c, 0, sizeof *c);
    c->prev = T_START;
    if (limit < n) n = limit;
    size_t pos = i, end = i, safe = i;
    for (;;) {
        size_t j;
        int32_t ch = peek(s, n, pos, &j);
        if (ch < 0) break;
        /* spaces between tokens */
        if (ch == ' ' && (fl & ZD_NUM_SPACES) && c->ntok > 0) {
            size_t q = pos;
            while (q < n && s[q] == ' ')
                q++;
            if (q - pos > 2 || !token_start(s, n, q, c)) break;
            /* not between two Arabic numbers, nor Arabic and a Chinese digit */
            size_t j2;
            int32_t nx = peek(s, n, q, &j2);
            if (c->prev == T_ARAB && !(zd_num_unit(nx) > 0 || nx == U'余' || nx == U'多')) break;
            pos = q;
            continue;
        }
        if (c->lock == 2) break;
        int d = zd_num_cdigit(ch);
        double u = zd_num_unit(ch);
        int tens = tens_char(ch);
        if (is_adigit(ch) || (ch == '.' && lead_dot && c->ntok == 0)) {
            if (c->lock) break;
            if (c->pk != P_NONE || c->prev == T_DIGIT || c->prev == T_ARAB) break;
            if (c->prev == T_PREFIX) break;
            arab a;
            size_t k = scan_arab(s, n, pos, fl, lead_dot && c->ntok == 0, &a);
            if (k == pos) break;
            c->pk = P_ARAB;
            c->pend[0] = c->pend[1] = a.v;
            c->pm = a.m;
            c->pe = a.e;
            c->pexact = a.ndig <= 15;
            c->ptz = a.tz;
            c->prev2 = c->prev;
            c->prev = T_ARAB;
            c->info |= ZD_NI_ARABIC;
            if (a.dec) c->info |= ZD_NI_DECIMAL;
            if (a.groups) c->info |= ZD_NI_GROUPS;
            c->ntok++;
            pos = k;
            /* k / M / million right after the digits */
            double mul = 0;
            size_t k2 = scan_mult(s, n, pos, fl, &mul);
            if (k2 != pos) {
                double v = c->pexact ? dec_val(c->pm, c->pe + unit_exp(mul)) : a.v * mul;
                c->pend[0] = c->pend[1] = v;
                c->pk = P_DEC;
                c->info |= ZD_NI_UNIT;
                c->lock = 2;
                pos = k2;
            } else if (a.dec) {
                c->pk = P_DEC;
            }
            end = pos;
            if (final_ok(c, fl)) safe = end;
            continue;
        }
        if (d >= 0) {
            if (c->lock) break;
            c->info |= ZD_NI_CHINESE;
            if (is_finance(ch)) c->info |= ZD_NI_FINANCE;
            if (d == 0) {
                if (c->pk == P_DIGIT || c->pk == P_SEQ || c->pk == P_PAIR) {
                    if (c->pk == P_DIGIT) c->seq = c->pend[0], c->nseq = 1;
                    if (c->ntok > c->nseq || (c->info & ZD_NI_UNIT)) break;
                    c->seq = c->seq * 10;
                    c->nseq++;
                    c->seq_zero = 1;
                    c->pk = P_SEQ;
                    c->prev = T_DIGIT;
                } else if (c->prev == T_START) {
                    c->pk = P_ZERO;
                    c->pend[0] = c->pend[1] = 0;
                    c->seq = 0;
                    c->nseq = 1;
                    c->prev = T_ZERO;
                } else if (c->prev == T_CU || c->prev == T_BU || c->prev == T_ZERO) {
                    c->prev = T_ZERO;
                } else if (c->pk == P_ZERO) {
                    c->nseq++;
                    c->pk = P_SEQ;
                    c->seq = 0;
                    c->prev = T_DIGIT;
                } else {
                    break;
                }
            } else {
                if (c->pk == P_DIGIT || c->pk == P_SEQ || c->pk == P_PAIR ||
                    (c->pk == P_ZERO && c->nseq >= 1 && c->ntok == c->nseq)) {
                    /* digit after digit: a range (八九亿) or digit by digit (一二三) */
                    /* a third digit is digit-by-digit reading: stop here unless allowed
                     * (also keeps the scan linear over long runs of digits) */
                    if (!(fl & ZD_NUM_SEQ) && c->pk != P_DIGIT) break;
                    if (c->info & ZD_NI_UNIT) {
                        /* 一百二三十: only a pair right before a unit */
                        if (c->pk != P_DIGIT) break;
                        if (!(fl & ZD_NUM_VAGUE)) break;
                    }
                    if (c->pk == P_DIGIT) {
                        c->seq = c->pend[0];
                        c->nseq = 1;
                        c->d1 = (int)c->pend[0];
                        if (!(c->info & ZD_NI_UNIT) || (fl & ZD_NUM_VAGUE)) {
                            c->pk = P_PAIR;
                            c->pend[0] = d < c->d1 ? d : c->d1;
                            c->pend[1] = d < c->d1 ? c->d1 : d;
                        }
                    } else {
                        c->pk = P_SEQ;
                    }
                    if (c->pk == P_PAIR && c->pend[0] == c->pend[1]) c->pk = P_SEQ;
                    c->seq = c->seq * 10 + d;
                    c->nseq++;
                    if (c->nseq > 2 || c->pk == P_ZERO) c->pk = P_SEQ;
                    c->prev = T_DIGIT;
                    c->info |= ZD_NI_SEQ;
                } else if (c->pk == P_NONE && c->prev != T_ARAB && c->prev != T_PREFIX) {
                    c->pk = P_DIGIT;
                    c->pend[0] = c->pend[1] = d;
                    c->prev2 = c->prev;
                    c->prev = T_DIGIT;
                } else {
                    break;
                }
            }
            c->ntok++;
            pos = j;
            end = pos;
            if (final_ok(c, fl)) safe = end;
            continue;
        }
        if (u > 0 && u < 1e4) {
            /* 十 百 千 */
            if (c->lock == 1) {
                /* 3.5千 is fine, 1.5万千 is not */
                if (!(c->pk == P_DEC && c->prev == T_ARAB)) break;
            }
            if (c->pk == P_SEQ) break;
            if (c->last_small && u >= c->last_small) break;
            if (c->prev == T_APPROX) break;
            double lo = 1, hi = 1;
            int dec = 0;
            if (c->pk == P_DIGIT || c->pk == P_PAIR || c->pk == P_RANGE || c->pk == P_ARAB) {
                lo = c->pend[0];
                hi = c->pend[1];
            } else if (c->pk == P_DEC) {
                dec = 1;
                lo = hi = c->pexact ? dec_val(c->pm, c->pe + unit_exp(u)) / u : c->pend[0];
            } else if (c->pk == P_ZERO) {
                lo = hi = 1;
            }
            if (c->pk == P_PAIR) c->info |= ZD_NI_VAGUE, c->approx = 1;
            if (dec && c->pexact) {
                double v = dec_val(c->pm, c->pe + unit_exp(u));
                c->sec[0] += v;
                c->sec[1] += v;
                c->lock = 1;
            } else {
                c->sec[0] += lo * u;
                c->sec[1] += hi * u;
            }
            c->pk = P_NONE;
            c->last_small = u;
            c->last_unit = u;
            c->prev = T_CU;
            c->info |= ZD_NI_UNIT | ZD_NI_CHINESE;
            if (is_finance(ch)) c->info |= ZD_NI_FINANCE;
            c->ntok++;
            pos = j;
            end = pos;
            if (final_ok(c, fl)) safe = end;
            continue;
        }
        if (tens) {
            if (c->lock || c->pk != P_NONE || (c->last_small && c->last_small <= 10)) break;
            if (c->prev == T_ARAB || c->prev == T_DIGIT) break;
            c->sec[0] += tens;
            c->sec[1] += tens;
            c->last_small = 10;
            c->last_unit = 10;
            c->prev = T_CU;
            c->info |= ZD_NI_UNIT | ZD_NI_CHINESE;
            c->ntok++;
            pos = j;
            end = pos;
            if (final_ok(c, fl)) safe = end;
            continue;
        }
        if (u >= 1e4) {
            /* 万 亿 兆 */
            if (c->pk == P_SEQ) break;
            double slo, shi;
            size_t j2b;
            int adjacent = (c->prev == T_BU || (c->prev == T_APPROX && c->pk == P_NONE &&
                                                c->sec[0] == 0 && c->ng > 0));
            if (c->pk == P_DEC) {
                /* 1.5万, 57.2亿: scaled exactly, then nothing but big units */
                double v = c->pexact ? dec_val(c->pm, c->pe + unit_exp(u)) : c->pend[0] * u;
                double glo = c->sec[0] * u + v, ghi = c->sec[1] * u + v;
                c->sec[0] = c->sec[1] = 0;
                while (c->ng > 0 && c->g[0][c->ng - 1] < u) {
                    glo += c->g[0][c->ng - 1] * u;
                    ghi += c->g[1][c->ng - 1] * u;
                    c->ng--;
                }
                push_group(c, glo, ghi);
                c->pk = P_NONE;
                c->lock = 1;
                c->last_small = 0;
                c->last_unit = u;
                c->prev = T_BU;
                c->info |= ZD_NI_UNIT | ZD_NI_CHINESE;
                c->ntok++;
                pos = j;
                end = pos;
                if (final_ok(c, fl)) safe = end;
                continue;
            } else if (c->pk == P_NONE && c->sec[0] == 0 && c->sec[1] == 0) {
                if (adjacent) {
                    /* 万亿, 万万: the last group(s) times this unit */
                    slo = shi = 0;
                    int popped = 0;
                    while (c->ng > 0 && c->g[0][c->ng - 1] < u) {
                        slo += c->g[0][c->ng - 1];
                        shi += c->g[1][c->ng - 1];
                        c->ng--;
                        popped = 1;
                    }
                    if (!popped && c->ng > 0) {
                        slo = c->g[0][c->ng - 1];
                        shi = c->g[1][c->ng - 1];
                        c->ng--;
                    }
                    push_group(c, slo * u, shi * u);
                    c->last_unit = u;
                    c->prev = T_BU;
                    c->ntok++;
                    pos = j;
                    end = pos;
                    if (final_ok(c, fl)) safe = end;
                    continue;
                }
                if (c->prev == T_PREFIX) {
                    slo = c->pend[0];
                    shi = c->pend[1];
                } else if (c->prev == T_START && (fl & ZD_NUM_BARE)) {
                    slo = shi = 1;
                } else if (c->prev == T_START && zd_num_cdigit(peek(s, n, j, &j2b)) > 0) {
                    slo = shi = 1; /* 萬九 = 19000 */
                } else {
                    break;
                }
            } else {
                if (c->lock == 2) break;
                if (c->pk == P_PAIR) c->info |= ZD_NI_VAGUE, c->approx = 1;
                if (c->pk == P_RANGE || c->pk == P_PAIR || c->pk == P_DIGIT || c->pk == P_ARAB ||
                    c->pk == P_ZERO) {
                    if (c->pk == P_ZERO) c->pk = P_NONE;
                    fold_pending(c, 0);
                }
                slo = c->sec[0];
                shi = c->sec[1];
            }
            c->sec[0] = c->sec[1] = 0;
            while (c->ng > 0 && c->g[0][c->ng - 1] < u) {
                slo += c->g[0][c->ng - 1];
                shi += c->g[1][c->ng - 1];
                c->ng--;
            }
            push_group(c, slo * u, shi * u);
            c->pk = P_NONE;
            c->last_small = 0;
            c->last_unit = u;
            c->prev = T_BU;
            c->info |= ZD_NI_UNIT | ZD_NI_CHINESE;
            c->ntok++;
            pos = j;
            end = pos;
            if (final_ok(c, fl)) safe = end;
            continue;
        }
        if (ch == U'点' || ch == U'點') {
            if (c->lock) break;
            size_t q = j;
            if (fl & ZD_NUM_SPACES)
                while (q < n && s[q] == ' ' && q - j < 2)
                    q++;
            double fr, fm;
            int fe;
            size_t k = scan_cn_decimals(s, n, q, &fr, &fm, &fe);
            if (k == q) break;
            if (c->pk == P_DIGIT && (c->prev2 == T_CU || c->prev2 == T_BU)) {
                fold_pending(c, 1);
                c->frac = fr;
                c->has_frac = 1;
                c->lock = 2;
            } else if (c->pk == P_DIGIT || c->pk == P_ZERO || c->pk == P_SEQ ||
                       (c->pk == P_ARAB && !(c->info & ZD_NI_DECIMAL))) {
                double ip = c->pk == P_SEQ ? c->seq : c->pend[0];
                if (c->pk == P_SEQ && c->nseq > 1 && !(fl & ZD_NUM_SEQ)) break;
                /* ip + 0.frac, keep it exact as mantissa/exponent */
                double m = ip * pow10i(-fe) + fm;
                c->pm = m;
                c->pe = fe;
                c->pexact = m < 9007199254740992.0;
                c->pend[0] = c->pend[1] = c->pexact ? dec_val(m, fe) : ip + fr;
                c->pk = P_DEC;
                c->prev = T_POINT;
            } else if (c->pk == P_NONE && (c->prev == T_CU || c->prev == T_BU)) {
                c->frac = fr;
                c->has_frac = 1;
                c->lock = 2;
            } else {
                break;
            }
            c->info |= ZD_NI_DECIMAL;
            c->ntok++;
            pos = k;
            end = pos;
            if (final_ok(c, fl)) safe = end;
            continue;
        }
        if ((fl & ZD_NUM_VAGUE) && (ch == U'数' || ch == U'數' || ch == U'几' || ch == U'幾') &&
            c->prev == T_START) {
            /* 数十亿, 几百万: 2..9 of the unit that follows */
            size_t j2;
            int32_t nx = peek(s, n, j, &j2);
            if (!(zd_num_unit(nx) > 0)) break;
            c->pk = P_RANGE;
            c->pend[0] = 2;
            c->pend[1] = 9;
            c->prev = T_PREFIX;
            c->approx = 1;
            c->info |= ZD_NI_VAGUE | ZD_NI_CHINESE;
            c->ntok++;
            pos = j;
            end = pos;
            continue;
        }
        if ((fl & ZD_NUM_VAGUE) && ch == U'上' && c->prev == T_START) {
            size_t j2;
            int32_t nx = peek(s, n, j, &j2);
            if (!(zd_num_unit(nx) > 0)) break;
            c->pk = P_RANGE;
            c->pend[0] = c->pend[1] = 1;
            c->no_max = 1;
            c->prev = T_PREFIX;
            c->approx = 1;
            c->info |= ZD_NI_VAGUE | ZD_NI_CHINESE;
            c->ntok++;
            pos = j;
            end = pos;
            continue;
        }
        if ((fl & ZD_NUM_VAGUE) && vague_char(ch) &&
            (c->prev == T_DIGIT || c->prev == T_ARAB || c->prev == T_CU || c->prev == T_BU ||
             (c->prev == T_ZERO && (ch == U'几' || ch == U'幾')))) {
            if (c->lock == 2) break;
            if (c->pk == P_SEQ || c->pk == P_PAIR || c->pk == P_DEC) break;
            /* one step of the last place: 3000多 -> 1000, 十多 -> 10, 一百零几 -> 10 */
            double step;
            if (c->prev == T_ARAB)
                step = pow10i(c->ptz);
            else if (c->prev == T_DIGIT) {
                step = (c->prev2 == T_CU || c->prev2 == T_BU) && c->last_unit >= 10
                           ? c->last_unit / 10
                           : 1;
            } else if (c->prev == T_ZERO) {
                step = c->last_unit >= 100 ? c->last_unit / 10 : 1;
            } else {
                step = c->last_unit;
            }
            if (c->prev == T_BU) {
                /* 三十万多亿: the step of the group just made */
                if (c->ng > 0) {
                    c->g[1][c->ng - 1] += step;
                }
            } else {
                fold_pending(c, 1);
                c->sec[1] += step;
            }
            c->approx = 1;
            c->info |= ZD_NI_VAGUE;
            c->prev = T_APPROX;
            c->ntok++;
            pos = j;
            end = pos;
            if (final_ok(c, fl)) safe = end;
            /* after 几 only big units; after 多/余 big units too */
            continue;
        }
        if ((ch == U'个' || ch == U'個') && c->ntok > 0 && c->pk != P_NONE) {
            /* 两个亿 */
            size_t j2;
            int32_t nx = peek(s, n, j, &j2);
            if (zd_num_unit(nx) >= 1e8) {
                pos = j;
                continue;
            }
            break;
        }
        if ((ch == U'半') && c->prev == T_START) {
            /* 半百 = 50 */
            size_t j2;
            int32_t nx = peek(s, n, j, &j2);
            if (!(zd_num_unit(nx) > 0)) break;
            c->pk = P_DEC;
            c->pend[0] = c->pend[1] = 0.5;
            c->pm = 5;
            c->pe = -1;
            c->pexact = 1;
            c->prev = T_DIGIT;
            c->info |= ZD_NI_CHINESE;
            c->ntok++;
            pos = j;
            end = pos;
            continue;
        }
        break;
    }
    if (!final_ok(c, fl) && end != i) {
        if (safe == i) return i;
        if (safe != end) return scan_core(s, n, i, safe, fl, c, lead_dot);
    }
    if (end == i) return i;
    return end;
}

static void core_result(core *c, zd_num *o)
{
    memset(o, 0, sizeof *o);
    if (c->pk == P_SEQ || (c->pk == P_PAIR)) {
        c->pend[0] = c->pend[1] = c->seq;
        c->pk = P_ARAB;
        c->info |= ZD_NI_SEQ;
    }
    if (c->pk == P_ZERO) c->pk = P_NONE;
    fold_pending(c, 1);
    double lo = sum_side(c, 0), hi = sum_side(c, 1);
    if (c->has_frac) lo += c->frac, hi += c->frac;
    o->info = c->info;
    o->approx = c->approx;
    if (c->no_max) {
        o->has_min = 1;
        o->min = lo;
    } else if (lo != hi) {
        o->has_min = o->has_max = 1;
        o->min = lo < hi ? lo : hi;
        o->max = lo < hi ? hi : lo;
    } else {
        o->has_value = 1;
        o->value = lo;
    }
    if (c->ntok == 1 && !(c->info & ZD_NI_ARABIC)) o->info |= ZD_NI_SINGLE;
}

static void num_scale(zd_num *o, double f)
{
    o->value *= f;
    o->min *= f;
    o->max *= f;
    if (f < 0) {
        double t = o->min;
        o->min = o->max;
        o->max = t;
        int h = o->has_min;
        o->has_min = o->has_max;
        o->has_max = h;
    }
}

/* one value of a zd_num (for arithmetic on fractions) */
static double num_one(const zd_num *o)
{
    return o->has_value ? o->value : o->has_min ? o->min : o->max;
}

/* sign: 负 負 - ; returns end */
static size_t scan_sign(const char *s, size_t n, size_t i, unsigned fl, int *neg)
{
    *neg = 0;
    if (!(fl & ZD_NUM_SIGN)) return i;
    size_t j;
    int32_t ch = peek(s, n, i, &j);
    if (ch == U'负' || ch == U'負' || ch == '-' || ch == 0x2212) {
        /* -- is not a sign (－－9 is 9) */
        if (ch == '-' && j < n && s[j] == '-') return i;
        size_t q = j;
        if (fl & ZD_NUM_SPACES)
            while (q < n && s[q] == ' ' && q - j < 1)
                q++;
        *neg = 1;
        return q;
    }
    return i;
}

/* sign + core + exponent; no fractions */
static size_t scan_simple(const char *s, size_t n, size_t i, unsigned fl, zd_num *o)
{
    int neg;
    size_t k = scan_sign(s, n, i, fl, &neg);
    core c;
    size_t e = scan_core(s, n, k, n, fl, &c, 1);
    if (e == k) return i;
    core_result(&c, o);
    /* exponent: 2e5, 12.32e+14, 2^5, 1.1^+23 */
    if ((fl & ZD_NUM_SCI) && (c.info & ZD_NI_ARABIC) && !(c.info & ZD_NI_CHINESE) &&
        !(c.info & ZD_NI_UNIT) && e < n) {
        if (s[e] == 'e' || s[e] == 'E') {
            size_t q = e + 1;
            if (q < n && (s[q] == '+' || s[q] == '-')) q++;
            size_t ds = q;
            while (q < n && is_adigit((unsigned char)s[q]) && q - ds < 4)
                q++;
            if (q > ds && !(q < n && is_alpha((unsigned char)s[q]))) {
                /* exact via strtod of the literal */
                char buf[128];
                size_t L = q - k < sizeof buf - 1 ? q - k : sizeof buf - 1;
                memcpy(buf, s + k, L);
                buf[L] = 0;
                char *p = buf, *w = buf;
                for (; *p; p++)
                    if (*p != ',') *w++ = *p;
                *w = 0;
                o->value = strtod(buf, NULL);
                o->info |= ZD_NI_SCI;
                e = q;
            }
        } else if (s[e] == '^') {
            size_t q = e + 1;
            int en = 0;
            while (q < n && (s[q] == '+' || s[q] == '-')) {
                if (s[q] == '-') en = !en;
                q++;
            }
            size_t ds = q;
            int ev = 0;
            while (q < n && is_adigit((unsigned char)s[q]) && q - ds < 4)
                ev = ev * 10 + s[q] - '0', q++;
            if (q > ds) {
                o->value = pow(o->value, en ? -ev : ev);
                o->info |= ZD_NI_SCI;
                e = q;
            }
        }
    }
    if (neg) {
        num_scale(o, -1);
        o->info |= ZD_NI_SIGN;
    }
    return e;
}

/* skip spaces (at most max) when allowed */
static size_t sp(const char *s, size_t n, size_t i, unsigned fl, size_t max)
{
    if (!(fl & ZD_NUM_SPACES)) return i;
    size_t k = i;
    while (k < n && s[k] == ' ' && k - i < max)
        k++;
    return k;
}

/* does 分 [spaces] 之 start at i? returns the end or i */
static size_t fen_zhi(const char *s, size_t n, size_t i, unsigned fl)
{
    size_t j, k = sp(s, n, i, fl, 2);
    int32_t ch = peek(s, n, k, &j);
    if (ch != U'分') return i;
    k = sp(s, n, j, fl, 2);
    ch = peek(s, n, k, &j);
    if (ch != U'之') return i;
    return sp(s, n, j, fl, 2);
}

size_t zd_num_scan(const char *s, size_t n, size_t i, unsigned fl, zd_num *out)
{
    zd_num a;
    size_t e = scan_simple(s, n, i, fl, &a);
    if (e == i) {
        /* 百分之 / 千分之 without a digit: handled by callers; a fraction
         * can also start with a bare unit (百分之五 = 0.05) */
        return i;
    }
    if (fl & ZD_NUM_FRAC) {
        /* A分之B */
        size_t k = fen_zhi(s, n, e, fl);
        if (k != e) {
            zd_num b;
            size_t e2 = scan_simple(s, n, k, fl & ~ZD_NUM_VAGUE, &b);
            if (e2 != k && num_one(&a) != 0 && a.has_value && b.has_value) {
                zd_num r;
                memset(&r, 0, sizeof r);
                r.has_value = 1;
                r.value = b.value / a.value;
                r.info = a.info | b.info | ZD_NI_FRACTION;
                *out = r;
                return e2;
            }
        }
        /* A又B分之C */
        size_t j;
        size_t q = sp(s, n, e, fl, 2);
        int32_t ch = peek(s, n, q, &j);
        if (ch == U'又' && a.has_value) {
            size_t q2 = sp(s, n, j, fl, 2);
            zd_num b;
            size_t e2 = scan_simple(s, n, q2, fl & ~(ZD_NUM_VAGUE | ZD_NUM_SIGN), &b);
            if (e2 != q2) {
                size_t k2 = fen_zhi(s, n, e2, fl);
                if (k2 != e2) {
                    zd_num c;
                    size_t e3 = scan_simple(s, n, k2, fl & ~(ZD_NUM_VAGUE | ZD_NUM_SIGN), &c);
                    if (e3 != k2 && b.has_value && c.has_value && b.value != 0) {
                        double f = c.value / b.value;
                        a.value = a.value < 0 ? a.value - f : a.value + f;
                        a.info |= ZD_NI_FRACTION;
                        *out = a;
                        return e3;
                    }
                }
            }
        }
        /* 3/5 and 1 3/5 */
        if ((a.info & ZD_NI_ARABIC) && !(a.info & (ZD_NI_CHINESE | ZD_NI_DECIMAL | ZD_NI_UNIT)) &&
            a.has_value) {
            if (e < n && s[e] == '/') {
                arab b;
                size_t e2 = scan_arab(s, n, e + 1, fl | ZD_NUM_NOGROUP, 0, &b);
                if (e2 != e + 1 && !b.dec && b.v != 0) {
                    a.value = a.value / b.v;
                    a.info |= ZD_NI_FRACTION;
                    *out = a;
                    return e2;
                }
            } else if (e + 1 < n && s[e] == ' ' && is_adigit((unsigned char)s[e + 1])) {
                arab b, c;
                size_t e2 = scan_arab(s, n, e + 1, fl | ZD_NUM_NOGROUP, 0, &b);
                if (e2 != e + 1 && !b.dec && e2 < n && s[e2] == '/') {
                    size_t e3 = scan_arab(s, n, e2 + 1, fl | ZD_NUM_NOGROUP, 0, &c);
                    if (e3 != e2 + 1 && !c.dec && c.v != 0) {
                        double f = b.v / c.v;
                        a.value = a.value < 0 ? a.value - f : a.value + f;
                        a.info |= ZD_NI_FRACTION;
                        *out = a;
                        return e3;
                    }
                }
            }
        }
    }
    if (fl & ZD_NUM_DOZEN) {
        size_t j;
        int32_t ch = peek(s, n, e, &j);
        if (ch == U'打' && !(a.info & ZD_NI_DECIMAL)) {
            num_scale(&a, 12);
            e = j;
        }
    }
    *out = a;
    return e;
}

/* ------------------------------------------------------- whole parse */

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

int zd_num_parse(const char *s, size_t n, zd_num *out)
{
    const unsigned fl = ZD_NUM_SPACES | ZD_NUM_SIGN | ZD_NUM_SCI | ZD_NUM_FRAC | ZD_NUM_DOZEN |
                        ZD_NUM_SI | ZD_NUM_VAGUE | ZD_NUM_SEQ;
    size_t i = skip_spaces(s, n, 0);
    while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    if (i >= n) return -1;
    zd_num a;
    memset(&a, 0, sizeof a);
    size_t j, e;
    int32_t ch = peek(s, n, i, &j);
    /* 半个, 一半: one half */
    if (ch == U'半') {
        size_t j2;
        int32_t nx = peek(s, n, j, &j2);
        if (j == n || ((nx == U'个' || nx == U'個') && j2 == n)) {
            a.has_value = 1;
            a.value = 0.5;
            *out = a;
            return 0;
        }
    }
    /* 個半 = 1.5, 個九 = 1.9 are money words; see money.c */
    e = zd_num_scan(s, n, i, fl, &a);
    if (e == i) {
        /* 百分之五 = 0.05 */
        if (zd_num_unit(ch) > 0 && zd_num_unit(ch) < 1e4) {
            size_t k = fen_zhi(s, n, j, fl);
            if (k != j) {
                zd_num b;
                size_t e2 = scan_simple(s, n, k, fl, &b);
                if (e2 == n && b.has_value) {
                    memset(out, 0, sizeof *out);
                    out->has_value = 1;
                    out->value = b.value / zd_num_unit(ch);
                    out->info = b.info | ZD_NI_FRACTION;
                    return 0;
                }
            }
        }
        return -1;
    }
    e = skip_spaces(s, n, e);
    if (e == n) {
        *out = a;
        return 0;
    }
    ch = peek(s, n, e, &j);
    /* 一半 / 1半: a half */
    if (ch == U'半' && a.has_value && a.value == 1) {
        size_t q = j;
        int32_t c2;
        while (q < n && (c2 = peek(s, n, q, &j)) == U'半')
            q = j;
        if (q == n) {
            a.value = 0.5;
            *out = a;
            return 0;
        }
    }
    /* 十份十一 = 11/10, 二份一 = 1/2, 十分一 = 1/10 */
    if ((ch == U'份' || ch == U'分') && a.has_value && a.value != 0) {
        zd_num b;
        size_t e2 = scan_simple(s, n, j, fl, &b);
        if (e2 == n && b.has_value) {
            memset(out, 0, sizeof *out);
            out->has_value = 1;
            out->value = b.value / a.value;
            out->info = a.info | b.info | ZD_NI_FRACTION;
            return 0;
        }
    }
    /* 一又十分一 */
    if (ch == U'又' && a.has_value) {
        zd_num b, c;
        size_t e2 = scan_simple(s, n, j, fl & ~ZD_NUM_SIGN, &b);
        size_t j2;
        if (e2 != j && peek(s, n, e2, &j2) == U'分') {
            size_t e3 = scan_simple(s, n, j2, fl & ~ZD_NUM_SIGN, &c);
            if (e3 == n && b.has_value && c.has_value && b.value != 0) {
                a.value += c.value / b.value;
                *out = a;
                return 0;
            }
        }
    }
    /* a classifier, pairs */
    if (ch == U'个' || ch == U'個') {
        if (j == n) {
            *out = a;
            return 0;
        }
        size_t j2;
        int32_t nx = peek(s, n, j, &j2);
        if (nx == U'半' && j2 == n && a.has_value) {
            a.value += 0.5;
            *out = a;
            return 0;
        }
        return -1;
    }
    if ((ch == U'对' || ch == U'對' || ch == U'双' || ch == U'雙') && j == n) {
        num_scale(&a, 2);
        *out = a;
        return 0;
    }
    return -1;
}

/* ------------------------------------------------------------ finder */

/* Chinese words written with numeral characters, which are not numbers */
static const char *const not_number_words[] = {
    "一切", "一看",     "一些",     "一样",     "一直",     "一定",     "一般",   "一起",
    "一旦", "一致",     "一边",     "一向",     "一再",     "一律",     "一同",   "一齐",
    "一味", "一概",     "一贯",     "一经",     "统一",     "唯一",     "万一",   "一方面",
    "四川", "十足",     "十分",     "万分",     "千万别",   "队伍",     "入伍",   "退伍",
    "落伍", "伍仁",     "收拾",     "拾取",     "拾起",     "拾到",     "夕拾",   "拾遗",
    "放肆", "肆意",     "肆无",     "肆虐",     "大陆",     "海陆",     "陆地",   "登陆",
    "着陆", "陆续",     "陆军",     "陆路",     "陆上",     "内陆",     "万万不", "三三两两",
    "两两", "一模一样", "七上八下", "乱七八糟", "五湖四海", "千千万万", "万里",   "千里",
    "百姓", "百货",     "千克",     "万象",     "一点点",   "星期一",   "周一",   "第一",
    "壹切", "百分点",   "一下",     "一些",     "一会",     "一番",
};

static int word_at(const char *s, size_t n, size_t i, const char *w)
{
    if (i >= n || s[i] != w[0]) return 0;
    size_t L = strlen(w);
    return i + L <= n && memcmp(s + i, w, L) == 0;
}

/* is the numeral at [a, b) inside a word from the list? */
static int in_word(const char *s, size_t n, size_t a, size_t b)
{
    for (size_t w = 0; w < sizeof not_number_words / sizeof not_number_words[0]; w++) {
        const char *x = not_number_words[w];
        size_t L = strlen(x);
        /* the word must overlap [a, b); try every start from a-L+1 .. b-1 on char boundaries */
        size_t from = a >= L ? a - L + 1 : 0;
        for (size_t st = from; st < b && st < n; st++) {
            if (((unsigned char)s[st] & 0xC0) == 0x80) continue;
            if (word_at(s, n, st, x) && st + L > a && (st < a || st + L > b)) {
                /* 第一 and 星期一 keep their number */
                if (strcmp(x, "第一") == 0 || strcmp(x, "星期一") == 0 || strcmp(x, "周一") == 0)
                    continue;
                return 1;
            }
        }
    }
    return 0;
}

static int is_numeral_char(int32_t c)
{
    return zd_num_cdigit(c) >= 0 || zd_num_unit(c) > 0 || tens_char(c) || is_adigit(c);
}

static size_t back_sp(const char *s, size_t i)
{
    while (i > 0 && s[i - 1] == ' ')
        i--;
    return i;
}

static void add_span(zd_numspan *out, size_t max, size_t *cnt, size_t a, size_t b, const zd_num *v)
{
    if (*cnt < max) {
        out[*cnt].start = a;
        out[*cnt].end = b;
        out[*cnt].num = *v;
    }
    (*cnt)++;
}

/* comparison words for ranges: 大于 小于 等于 ... kind: 1 lower bound, 2 upper
 * bound, 3 equal; incl: the bound itself is included */
typedef struct {
    const char *w;
    int kind;
    int incl;
} cmpword;

static const cmpword cmp_before[] = {
    {"大于或者等于", 1, 1},
    {"大于或等于", 1, 1},
    {"小于或者等于", 2, 1},
    {"小于或等于", 2, 1},
    {"小于 或 等于", 2, 1},
    {"大于 或 等于", 1, 1},
    {"大于等于", 1, 1},
    {"小于等于", 2, 1},
    {"不大于", 2, 1},
    {"不小于", 1, 1},
    {"不超过", 2, 1},
    {"不低于", 1, 1},
    {"不少于", 1, 1},
    {"不多于", 2, 1},
    {"不高于", 2, 1},
    {"大于", 1, 0},
    {"小于", 2, 0},
    {"高于", 1, 0},
    {"低于", 2, 0},
    {"多于", 1, 0},
    {"少于", 2, 0},
    {"超过了", 1, 0},
    {"超过", 1, 0},
    {"至少有", 1, 1},
    {"至少是", 1, 1},
    {"至少为", 1, 1},
    {"至少", 1, 1},
    {"最少", 1, 1},
    {"最多为", 2, 1},
    {"最多是", 2, 1},
    {"最多有", 2, 1},
    {"最多", 2, 1},
    {"等于", 3, 1},
    {">=", 1, 1},
    {"<=", 2, 1},
    {"> =", 1, 1},
    {"< =", 2, 1},
    {"≥", 1, 1},
    {"≤", 2, 1},
    {">", 1, 0},
    {"<", 2, 0},
    {"过", 1, 0},
};

static const cmpword cmp_after[] = {
    {"或者以上", 1, 1}, {"或以上", 1, 1}, {"或者更多", 1, 1}, {"或更多", 1, 1}, {"以上", 1, 0},
    {"以下", 2, 0},     {"之下", 2, 0},   {"之上", 1, 0},     {"以内", 2, 1},   {"多", 1, 0},
};

/* match a word ending right at byte i (for words before a number); returns its start or SIZE_MAX */
static size_t ends_with(const char *s, size_t i, const char *w)
{
    size_t L = strlen(w);
    if (i < L) return (size_t)-1;
    return memcmp(s + i - L, w, L) == 0 ? i - L : (size_t)-1;
}

static const unsigned FIND_FL = ZD_NUM_SPACES | ZD_NUM_SIGN | ZD_NUM_SCI | ZD_NUM_FRAC |
                                ZD_NUM_DOZEN | ZD_NUM_SI | ZD_NUM_VAGUE;

/* scan a number at i for the finder, with the finder's exclusions; returns end or i */
/* scan a number at i for the finder, with the finder's exclusions; returns end or i.
 * last_end: where the previous number ended (a dotted run 2222.2222.222 is
 * several numbers); after_sep: i follows a range separator (20-100) */
static size_t find_one(const char *s, size_t n, size_t i, zd_num *v, size_t last_end, int after_sep)
{
    size_t j;
    int32_t ch = peek(s, n, i, &j);
    size_t ps, pps;
    int32_t pc = peek_back(s, i, &ps);
    int32_t ppc = ps > 0 ? peek_back(s, ps, &pps) : 0;
    /* not inside another number or a word */
    if ((is_adigit(ch) || ch == '.' || ch == '-') && !after_sep) {
        if (is_adigit(pc) || is_alpha(pc) || pc == '_') return i;
        if (pc == '.' && (is_adigit(ppc) || is_alpha(ppc)) && !(last_end == ps && last_end > 0))
            return i;
        if (pc == '-' && (is_adigit(ppc) || is_alpha(ppc))) return i;
        if (ch == '.' && pc == '.') return i;
    }
    if (ch == '-') {
        if (j >= n || !(is_adigit((unsigned char)s[j]) || s[j] == '.' || s[j] == ' ')) return i;
        if (pc == '-') return i; /* --9: the second - is no sign either */
    }
    size_t e = zd_num_scan(s, n, i, FIND_FL, v);
    if (e == i) return i;
    /* a run of Chinese digits read one by one (九九, 两两) is a name, not a number */
    size_t je;
    int32_t nx = peek(s, n, e, &je);
    if (!(v->info & ZD_NI_ARABIC) && (v->info & ZD_NI_SINGLE) && zd_num_cdigit(ch) >= 0 &&
        zd_num_cdigit(nx) >= 0 && zd_num_unit(nx) == 0)
        return i;
    if (zd_num_cdigit(pc) >= 0 && !(v->info & ZD_NI_ARABIC) && (v->info & ZD_NI_SINGLE) &&
        zd_num_cdigit(ch) >= 0)
        return i;
    /* 30%, 一折 */
    if (nx == '%' || nx == U'％' || nx == U'‰') return i;
    if (nx == U'折' && !(v->info & ZD_NI_ARABIC)) return i;
    if (in_word(s, n, i, e)) return i;
    /* a bare unit is not a number (万, 万万, 千, 百); 十 alone is */
    if (!(v->info & ZD_NI_ARABIC) && zd_num_cdigit(ch) < 0 && !tens_char(ch) &&
        zd_num_unit(ch) >= 1e4)
        return i;
    if ((v->info & ZD_NI_SINGLE) && zd_num_unit(ch) >= 100) return i;
    return e;
}

static double num_x(const zd_num *v)
{
    return v->has_value ? v->value : v->has_min ? v->min : v->max;
}

/* a comparison word ending at byte p (spaces before p skipped); returns its kind */
static int cmp_word_before(const char *s, size_t p, size_t *start)
{
    while (p > 0 && s[p - 1] == ' ')
        p--;
    for (size_t w = 0; w < sizeof cmp_before / sizeof cmp_before[0]; w++) {
        size_t k = ends_with(s, p, cmp_before[w].w);
        if (k != (size_t)-1) {
            /* 过 alone only after 占比/超: 超过 is its own word */
            if (strcmp(cmp_before[w].w, "过") == 0 && k >= 3 &&
                (memcmp(s + k - 3, "超", 3) == 0 || memcmp(s + k - 3, "经", 3) == 0 ||
                 memcmp(s + k - 3, "通", 3) == 0))
                continue;
            *start = k;
            return cmp_before[w].kind;
        }
    }
    return 0;
}

/* a comparison word after a number at q: 以上, 以下 ...; a measure word may
 * come between (20万次以上). Returns kind and sets *end. */
static int cmp_word_after(const char *s, size_t n, size_t q, size_t *end)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t k = q;
        while (k < n && s[k] == ' ' && k - q < 1)
            k++;
        for (size_t w = 0; w < sizeof cmp_after / sizeof cmp_after[0]; w++) {
            if (strcmp(cmp_after[w].w, "多") == 0) continue;
            if (word_at(s, n, k, cmp_after[w].w)) {
                *end = k + strlen(cmp_after[w].w);
                return cmp_after[w].kind;
            }
        }
        /* one measure word: 次 个 人 元 ... */
        size_t j;
        int32_t c = peek(s, n, q, &j);
        if (pass == 0 && c >= 0x4E00 && c < 0xA000 && zd_num_cdigit(c) < 0 && zd_num_unit(c) == 0)
            q = j;
        else
            break;
    }
    return 0;
}

size_t zd_number_find(const char *s, size_t n, zd_numspan *out, size_t max)
{
    size_t cnt = 0, i = 0, last_end = 0;
    size_t pct_start = (size_t)-1, pct_end = (size_t)-1;
    while (i < n) {
        size_t j;
        int32_t ch = peek(s, n, i, &j);
        int start_ok = is_numeral_char(ch) || ch == '.' || ch == '-' || ch == U'负' ||
                       ch == U'負' || ch == U'半' || ch == U'数' || ch == U'几' || ch == U'幾';
        /* 百分之五十: the number is what follows 百分之 */
        if ((ch == U'百' || ch == U'千') && i + 9 <= n) {
            size_t k = fen_zhi(s, n, j, FIND_FL);
            size_t ps;
            int32_t pc = peek_back(s, i, &ps);
            if (k != j && !is_numeral_char(pc)) {
                pct_start = i;
                pct_end = k;
                i = k;
                continue;
            }
        }
        if (!start_ok) {
            i = j;
            continue;
        }
        zd_num v;
        size_t e = find_one(s, n, i, &v, last_end, 0);
        if (e == i) {
            /* skip the rest of an Arabic run that is not a number (30%, A380) */
            if (is_adigit(ch)) {
                while (j < n && (is_adigit((unsigned char)s[j]) || s[j] == ','))
                    j++;
            }
            i = j;
            continue;
        }
        size_t a = i, b = e;
        double x = num_x(&v);
        /* ranges: X到Y, X-Y, X~Y, X和Y之间, X与Y间 */
        {
            size_t q = b;
            while (q < n && s[q] == ' ' && q - b < 2)
                q++;
            int32_t sep = peek(s, n, q, &j);
            size_t after_sep = j;
            int conj = sep == U'和' || sep == U'与' || sep == U'與';
            if (sep == U'到' || sep == U'至' || sep == '-' || sep == '~' || sep == U'～' ||
                sep == U'–' || sep == U'—' || conj) {
                size_t r = after_sep;
                while (r < n && s[r] == ' ' && r - after_sep < 2)
                    r++;
                if (conj && word_at(s, n, r, "第")) r += strlen("第");
                zd_num w;
                size_t e2 = find_one(s, n, r, &w, last_end, 1);
                if (e2 != r) {
                    double lo = v.has_value ? v.value : v.min, hi = w.has_value ? w.value : w.max;
                    if (!w.has_value && !w.has_max) hi = w.min;
                    size_t end2 = e2;
                    if (conj) {
                        if (word_at(s, n, e2, "之间"))
                            end2 = e2 + strlen("之间");
                        else if (word_at(s, n, e2, "间"))
                            end2 = e2 + strlen("间");
                        else
                            end2 = 0;
                    }
                    if (end2 && lo <= hi) {
                        zd_num r2;
                        memset(&r2, 0, sizeof r2);
                        r2.has_min = r2.has_max = 1;
                        r2.min = lo;
                        r2.max = hi;
                        if (conj) {
                            size_t st;
                            if ((st = ends_with(s, a, "在第")) != (size_t)-1)
                                a = st;
                            else if ((st = ends_with(s, a, "位于")) != (size_t)-1)
                                a = st;
                            else if ((st = ends_with(s, a, "介于")) != (size_t)-1)
                                a = st;
                            else if ((st = ends_with(s, a, "在")) != (size_t)-1)
                                a = st;
                        }
                        if (cnt < max) out[cnt].range = 1;
                        add_span(out, max, &cnt, a, end2, &r2);
                        i = last_end = end2;
                        continue;
                    }
                }
            }
        }
        /* comparison words before (before 百分之 when the number follows it) */
        zd_num r;
        memset(&r, 0, sizeof r);
        int kind = 0;
        size_t st = a;
        size_t before = (pct_end == a) ? pct_start : a;
        kind = cmp_word_before(s, before, &st);
        if (!kind) st = pct_end == a ? a : a;
        /* 比X大 / 比X小 / 比X低 */
        if (!kind) {
            size_t k = ends_with(s, back_sp(s, a), "比");
            if (k != (size_t)-1) {
                size_t q2 = b;
                while (q2 < n && s[q2] == ' ')
                    q2++;
                int32_t c2 = peek(s, n, q2, &j);
                if (c2 == U'大' || c2 == U'多' || c2 == U'高')
                    kind = 1, st = k, b = j;
                else if (c2 == U'小' || c2 == U'少' || c2 == U'低')
                    kind = 2, st = k, b = j;
            }
        }
        if (!kind) {
            size_t e3;
            int k3 = cmp_word_after(s, n, b, &e3);
            if (k3) kind = k3, b = e3;
        }
        if (kind) {
            if (kind == 1) {
                r.has_min = 1;
                r.min = x;
            } else if (kind == 2) {
                r.has_max = 1;
                r.max = x;
            } else {
                r.has_min = r.has_max = 1;
                r.min = r.max = x;
            }
            /* a second bound right after: 大于10小于20, 1000以上, 1500以下 */
            size_t q2 = b;
            while (q2 < n && (s[q2] == ' ' || s[q2] == ',') && q2 - b < 3)
                q2++;
            size_t k2 = q2;
            static const char *const conjs[] = {"的同时", "同时", "并且", "而且", "并",
                                                "且",     "但",   "而",   "又"};
            for (size_t cj = 0; cj < sizeof conjs / sizeof conjs[0]; cj++)
                if (word_at(s, n, q2, conjs[cj])) {
                    k2 = q2 + strlen(conjs[cj]);
                    break;
                }
            int kind2 = 0;
            size_t nb = 0;
            zd_num v2;
            memset(&v2, 0, sizeof v2);
            for (size_t w = 0; w < sizeof cmp_before / sizeof cmp_before[0] && !kind2; w++) {
                if (cmp_before[w].kind == 3 || strcmp(cmp_before[w].w, "过") == 0) continue;
                if (word_at(s, n, k2, cmp_before[w].w)) {
                    size_t r0 = k2 + strlen(cmp_before[w].w);
                    while (r0 < n && s[r0] == ' ')
                        r0++;
                    size_t e2 = find_one(s, n, r0, &v2, last_end, 1);
                    if (e2 != r0) kind2 = cmp_before[w].kind, nb = e2;
                }
            }
            if (!kind2 && word_at(s, n, k2, "比")) {
                size_t r0 = k2 + strlen("比");
                while (r0 < n && s[r0] == ' ')
                    r0++;
                size_t e2 = find_one(s, n, r0, &v2, last_end, 1);
                if (e2 != r0) {
                    int32_t c2 = peek(s, n, e2, &j);
                    if (c2 == U'大' || c2 == U'多' || c2 == U'高') kind2 = 1, nb = j;
                    if (c2 == U'小' || c2 == U'少' || c2 == U'低') kind2 = 2, nb = j;
                }
            }
            if (!kind2 && k2 == q2) {
                size_t e2 = find_one(s, n, k2, &v2, last_end, 1);
                if (e2 != k2) {
                    size_t e3;
                    int k3 = cmp_word_after(s, n, e2, &e3);
                    if (k3 == 2) kind2 = 2, nb = e3;
                }
            }
            if (kind2 && kind2 != kind && kind2 != 3) {
                double y = num_x(&v2);
                double lo = kind == 1 ? x : y, hi = kind == 1 ? y : x;
                if (lo <= hi) {
                    r.has_min = r.has_max = 1;
                    r.min = lo;
                    r.max = hi;
                    b = nb;
                }
            }
            r.info = v.info;
            if (cnt < max) out[cnt].range = 1;
            add_span(out, max, &cnt, st, b, &r);
            i = last_end = b;
            continue;
        }
        if (cnt < max) out[cnt].range = 0;
        add_span(out, max, &cnt, a, b, &v);
        i = last_end = b;
    }
    return cnt;
}

/* ------------------------------------------------------------ currencies */

#define PS (ZD_CUR_PREFIX | ZD_CUR_SUFFIX)
const zd_curword zd_curwords[] = {
    /* Chinese names, before or after the number */
    {"人民币", "CNY", PS},
    {"人民幣", "CNY", PS},
    {"美元", "USD", PS},
    {"美金", "USD", PS},
    {"美圆", "USD", PS},
    {"美圓", "USD", PS},
    {"美刀", "USD", ZD_CUR_SUFFIX},
    {"港元", "HKD", PS},
    {"港币", "HKD", PS},
    {"港幣", "HKD", PS},
    {"港圆", "HKD", PS},
    {"新台币", "TWD", PS},
    {"新台幣", "TWD", PS},
    {"新臺幣", "TWD", PS}, /* Taiwan's official form of 台 */
    {"台币", "TWD", PS},
    {"台幣", "TWD", PS},
    {"臺幣", "TWD", PS},
    {"新台元", "TWD", PS},
    {"日元", "JPY", PS},
    {"日圆", "JPY", PS},
    {"日圓", "JPY", PS},
    {"日币", "JPY", PS},
    {"日幣", "JPY", PS},
    {"円", "JPY", ZD_CUR_SUFFIX},
    {"欧元", "EUR", PS},
    {"歐元", "EUR", PS},
    {"英镑", "GBP", PS},
    {"英鎊", "GBP", PS},
    {"韩元", "KRW", PS},
    {"韓元", "KRW", PS},
    {"韩币", "KRW", PS},
    {"韓幣", "KRW", PS},
    {"印度卢比", "INR", PS},
    {"卢比", "INR", PS},
    {"盧比", "INR", PS},
    {"卢布", "RUB", PS},
    {"盧布", "RUB", PS},
    {"澳大利亚元", "AUD", PS},
    {"澳元", "AUD", PS},
    {"澳币", "AUD", PS},
    {"澳幣", "AUD", PS},
    {"加拿大元", "CAD", PS},
    {"加元", "CAD", PS},
    {"加币", "CAD", PS},
    {"加幣", "CAD", PS},
    {"新加坡元", "SGD", PS},
    {"新加坡币", "SGD", PS},
    {"新币", "SGD", PS},
    {"新元", "SGD", PS},
    {"新西兰元", "NZD", PS},
    {"纽元", "NZD", PS},
    {"澳门元", "MOP", PS},
    {"澳门币", "MOP", PS},
    {"澳門幣", "MOP", PS},
    {"澳門元", "MOP", PS},
    {"瑞士法郎", "CHF", PS},
    {"瑞郎", "CHF", PS},
    {"法郎", "CHF", ZD_CUR_SUFFIX},
    {"泰铢", "THB", PS},
    {"泰銖", "THB", PS},
    {"奈拉", "NGN", ZD_CUR_SUFFIX},
    {"林吉特", "MYR", PS},
    {"马币", "MYR", PS},
    {"越南盾", "VND", PS},
    {"印尼盾", "IDR", PS},
    {"菲律宾比索", "PHP", PS},
    {"墨西哥比索", "MXN", PS},
    {"比索", "MXN", ZD_CUR_SUFFIX},
    {"雷亚尔", "BRL", PS},
    {"兰特", "ZAR", ZD_CUR_SUFFIX},
    {"里拉", "TRY", ZD_CUR_SUFFIX},
    {"迪拉姆", "AED", ZD_CUR_SUFFIX},
    {"沙特里亚尔", "SAR", PS},
    {"里亚尔", "SAR", ZD_CUR_SUFFIX},
    {"瑞典克朗", "SEK", PS},
    {"挪威克朗", "NOK", PS},
    {"丹麦克朗", "DKK", PS},
    {"比特币", "XBT", ZD_CUR_SUFFIX},
    /* bare: the document's currency */
    {"元", "", ZD_CUR_SUFFIX | ZD_CUR_BARE},
    {"圆", "", ZD_CUR_SUFFIX | ZD_CUR_BARE},
    {"圓", "", ZD_CUR_SUFFIX | ZD_CUR_BARE},
    {"块", "", ZD_CUR_SUFFIX | ZD_CUR_BARE},
    {"塊", "", ZD_CUR_SUFFIX | ZD_CUR_BARE},
    {"蚊", "", ZD_CUR_SUFFIX | ZD_CUR_BARE},
    /* hundredths and tenths */
    {"美分", "USD", ZD_CUR_CENT},
    {"欧分", "EUR", ZD_CUR_CENT},
    {"歐分", "EUR", ZD_CUR_CENT},
    {"日本銭", "JPY", ZD_CUR_CENT},
    {"日本钱", "JPY", ZD_CUR_CENT},
    {"便士", "GBP", ZD_CUR_CENT},
    {"分", "", ZD_CUR_CENT},
    {"仙", "", ZD_CUR_CENT},
    {"角", "", ZD_CUR_DIME},
    {"毛", "", ZD_CUR_DIME},
    {"毫", "", ZD_CUR_DIME},
    /* symbols */
    {"US$", "USD", ZD_CUR_PREFIX},
    {"HK$", "HKD", ZD_CUR_PREFIX},
    {"NT$", "TWD", ZD_CUR_PREFIX},
    {"S$", "SGD", ZD_CUR_PREFIX},
    {"A$", "AUD", ZD_CUR_PREFIX},
    {"C$", "CAD", ZD_CUR_PREFIX},
    {"NZ$", "NZD", ZD_CUR_PREFIX},
    {"R$", "BRL", ZD_CUR_PREFIX},
    {"$", "USD", ZD_CUR_PREFIX},
    {"¥", "CNY", ZD_CUR_PREFIX},
    {"€", "EUR", ZD_CUR_PREFIX},
    {"£", "GBP", ZD_CUR_PREFIX},
    {"₩", "KRW", ZD_CUR_PREFIX},
    {"₹", "INR", ZD_CUR_PREFIX},
    {"₽", "RUB", ZD_CUR_PREFIX},
    /* ASCII codes and words */
    {"USD", "USD", PS | ZD_CUR_ASCII},
    {"RMB", "CNY", PS | ZD_CUR_ASCII},
    {"CNY", "CNY", PS | ZD_CUR_ASCII},
    {"HKD", "HKD", PS | ZD_CUR_ASCII},
    {"EUR", "EUR", PS | ZD_CUR_ASCII},
    {"JPY", "JPY", PS | ZD_CUR_ASCII},
    {"GBP", "GBP", PS | ZD_CUR_ASCII},
    {"TWD", "TWD", PS | ZD_CUR_ASCII},
    {"KRW", "KRW", PS | ZD_CUR_ASCII},
    {"INR", "INR", PS | ZD_CUR_ASCII},
    {"AUD", "AUD", PS | ZD_CUR_ASCII},
    {"CAD", "CAD", PS | ZD_CUR_ASCII},
    {"SGD", "SGD", PS | ZD_CUR_ASCII},
    {"CHF", "CHF", PS | ZD_CUR_ASCII},
    {"US dollars", "USD", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
    {"US dollar", "USD", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
    {"dollars", "USD", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
    {"dollar", "USD", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
    {"yuan", "CNY", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
    {"euros", "EUR", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
    {"euro", "EUR", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
    {"pounds", "GBP", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
    {"yen", "JPY", ZD_CUR_SUFFIX | ZD_CUR_ASCII},
};
#undef PS
const size_t zd_ncurwords = sizeof zd_curwords / sizeof zd_curwords[0];

static int ascii_word_ok(const char *s, size_t n, size_t a, size_t b)
{
    if (a > 0 && is_alpha((unsigned char)s[a - 1])) return 0;
    if (b < n && is_alpha((unsigned char)s[b])) return 0;
    return 1;
}

/* Index of the table by first and by last byte (ASCII letters folded to
 * lower case), built once: a lookup then compares only a few words. */
#define CUR_MAX 192
#define CUR_B   512
#define CUR_PER 24
static struct {
    uint8_t len[CUR_MAX];
    uint8_t first[CUR_B][CUR_PER], nfirst[CUR_B];
    uint8_t last[CUR_B][CUR_PER], nlast[CUR_B];
} curix;
static pthread_once_t curix_once = PTHREAD_ONCE_INIT;

static unsigned fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c + 32u : c;
}

/* bucket of the character at s[i] (ASCII folded to lower case) */
static unsigned key_at(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return fold(c);
    size_t j = i;
    int32_t cp = zd_utf8_decode(s, n, &j);
    return cp < 0 ? 0 : 0x100u | ((unsigned)cp & 0xFFu);
}

/* bucket of the character that ends at s[i-1] */
static unsigned key_before(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i - 1];
    if (c < 0x80) return fold(c);
    size_t k = i - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80 && i - k < 4)
        k--;
    size_t j = k;
    int32_t cp = zd_utf8_decode(s, i, &j);
    return cp < 0 || j != i ? 0 : 0x100u | ((unsigned)cp & 0xFFu);
}

static void ix_add(uint8_t (*b)[CUR_PER], uint8_t *nb, unsigned key, size_t k)
{
    if (nb[key] < CUR_PER) b[key][nb[key]++] = (uint8_t)k;
}

static void curix_build(void)
{
    for (size_t k = 0; k < zd_ncurwords && k < CUR_MAX; k++) {
        const char *w = zd_curwords[k].word;
        size_t L = strlen(w);
        curix.len[k] = (uint8_t)L;
        unsigned f = key_at(w, L, 0), l = key_before(w, L);
        ix_add(curix.first, curix.nfirst, f, k);
        ix_add(curix.last, curix.nlast, l, k);
        /* ASCII words match in either case: index the upper case too */
        if (zd_curwords[k].flags & ZD_CUR_ASCII) {
            if (f >= 'a' && f <= 'z') ix_add(curix.first, curix.nfirst, f - 32, k);
            if (l >= 'a' && l <= 'z') ix_add(curix.last, curix.nlast, l - 32, k);
        }
    }
}

const zd_curword *zd_currency_at(const char *s, size_t n, size_t i, unsigned need, size_t *end)
{
    if (i >= n) return NULL;
    pthread_once(&curix_once, curix_build);
    const zd_curword *best = NULL;
    size_t bl = 0;
    unsigned b0 = key_at(s, n, i);
    for (unsigned x = 0; x < curix.nfirst[b0]; x++) {
        size_t k = curix.first[b0][x];
        const zd_curword *w = &zd_curwords[k];
        if (need && !(w->flags & need)) continue;
        size_t L = curix.len[k];
        if (L <= bl || i + L > n) continue;
        if (w->flags & ZD_CUR_ASCII) {
            if (strncasecmp(s + i, w->word, L) != 0 || !ascii_word_ok(s, n, i, i + L)) continue;
        } else if (memcmp(s + i, w->word, L) != 0) {
            continue;
        }
        best = w;
        bl = L;
    }
    if (best) *end = i + bl;
    return best;
}

const zd_curword *zd_currency_before(const char *s, size_t i, unsigned need, size_t *start)
{
    if (i == 0) return NULL;
    pthread_once(&curix_once, curix_build);
    const zd_curword *best = NULL;
    size_t bl = 0;
    unsigned b0 = key_before(s, i);
    for (unsigned x = 0; x < curix.nlast[b0]; x++) {
        size_t k = curix.last[b0][x];
        const zd_curword *w = &zd_curwords[k];
        if (need && !(w->flags & need)) continue;
        size_t L = curix.len[k];
        if (L <= bl || L > i) continue;
        if (w->flags & ZD_CUR_ASCII) {
            if (strncasecmp(s + i - L, w->word, L) != 0) continue;
            if (i - L > 0 && is_alpha((unsigned char)s[i - L - 1])) continue;
        } else if (memcmp(s + i - L, w->word, L) != 0) {
            continue;
        }
        best = w;
        bl = L;
    }
    if (best) *start = i - bl;
    return best;
}
