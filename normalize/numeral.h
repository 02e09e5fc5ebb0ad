/*
 * numeral.h: reading the numbers that Chinese text writes, for the money
 * recognizer and normalizer (and for the numbers evaluation):
 *   Arabic        1200, 1,200, 57.2, .5, 2e5, 2^5, 40k, 1.2M
 *   Chinese       三百亿, 十二亿, 两亿五千万, 一百零一, 四万万, 五兆六十二亿
 *   financial     壹亿, 贰拾亿, 肆佰陆拾 (and Traditional 萬 億 仟 佰 貳 參 陸)
 *   mixed         3千万, 1.5万亿, 1万600, 200亿零四千230, 两个亿
 *   colloquial    一万三 = 13000, 两千四百五 = 2450, 百三 = 130 (a single
 *                 digit after a unit counts one place lower)
 *   sequential    一二三 = 123, 一七二零 = 1720 (only with ZD_NUM_SEQ)
 *   decimals      三点五, 两千万点五五四四, 零点零一
 *   fractions     三分之一, 一又二分之一, 3/5, 1 3/5 (only with ZD_NUM_FRAC)
 *   vague         数十亿 (2e9..9e9), 几十万, 八九亿 (8e8..9e8), 三五百 (300..500),
 *                 3000多 (3000..4000), 十几 (10..20), 2000余, 上亿 (1e8..),
 *                 each a range with approx set and no single value.
 *
 * Ownership: every function here works on caller-owned bytes and fills a
 * caller-owned zd_num (or array of zd_numspan); nothing is allocated, so
 * there is nothing to free.
 */
#ifndef ZD_NUMERAL_H
#define ZD_NUMERAL_H

#include <stddef.h>
#include <stdint.h>

/* A number read from text: a single value, or a range where the words give
 * one (min/max; an open side has has_* == 0). approx: the words make it vague
 * (数, 几, 多, 余, 来, 上). */
typedef struct {
    int has_value;
    double value;
    int has_min;
    double min;
    int has_max;
    double max;
    int approx;
    unsigned info; /* ZD_NI_* bits: what the numeral was made of */
} zd_num;

/* info bits */
#define ZD_NI_ARABIC   0x001u /* held ASCII digits */
#define ZD_NI_CHINESE  0x002u /* held Chinese digits or units */
#define ZD_NI_UNIT     0x004u /* held 十百千 or 万亿兆 (or k/M, million ...) */
#define ZD_NI_DECIMAL  0x008u /* held a decimal point (. 点) */
#define ZD_NI_SEQ      0x010u /* Chinese digits read one by one (一二三) */
#define ZD_NI_FRACTION 0x020u /* a fraction (分之, /) */
#define ZD_NI_VAGUE    0x040u /* 数 几 多 余 来 上 or two adjacent digits (八九亿) */
#define ZD_NI_FINANCE  0x080u /* held financial numerals 壹贰叁 ... 拾佰仟 */
#define ZD_NI_SIGN     0x100u /* had a sign (负 or -) */
#define ZD_NI_SCI      0x200u /* exponent (e5, ^5) */
#define ZD_NI_SINGLE   0x400u /* one Chinese character only (一, 十, 叁) */
#define ZD_NI_GROUPS   0x800u /* thousands separators (1,200) */

/* flags for zd_num_scan */
#define ZD_NUM_SPACES  0x001u /* spaces between tokens: 一百 五 十 二, 7 万5 千 */
#define ZD_NUM_SIGN    0x002u /* leading 负/負/- */
#define ZD_NUM_SCI     0x004u /* 2e5, 12.32e+14, 2^5 */
#define ZD_NUM_FRAC    0x008u /* 三分之一, 一又二分之一, 3/5, 1 3/5 */
#define ZD_NUM_DOZEN   0x010u /* 打 = 12: 五十打 = 600 */
#define ZD_NUM_SI      0x020u /* k K = 1e3, M = 1e6, G = 1e9, w W = 1e4 after Arabic digits */
#define ZD_NUM_VAGUE   0x040u /* 数 几 多 余 来 上 and adjacent digit ranges 八九亿 */
#define ZD_NUM_SEQ     0x080u /* 一二三 = 123 (digit by digit) */
#define ZD_NUM_BARE    0x100u /* a bare big unit is one of it: 亿 = 1e8 (亿元级) */
#define ZD_NUM_ENGLISH 0x200u /* English multipliers: million, bn, billion, B after digits */
#define ZD_NUM_NOGROUP 0x400u /* no thousands separators (lists like 1,2,3) */

/* Read the longest number starting at byte i of s[0..n). Returns the byte
 * index just past it (spaces after it are not taken), or i when no number
 * starts there; *out is filled only on success. */
size_t zd_num_scan(const char *s, size_t n, size_t i, unsigned flags, zd_num *out);

/* Read all of s[0..n) (spaces around it allowed) as one number, with every
 * form above allowed plus a classifier after it (个, 個), pairs (对 双 = x2),
 * dozens (打), halves (一半, 半个, 半百), fractions written 十份十一 / 二份一 /
 * 十分一. Returns 0, or -1 when s is not one number (零点, 10.1万零100). */
int zd_num_parse(const char *s, size_t n, zd_num *out);

/* A number (or a number range) found in running text by zd_number_find(). */
typedef struct {
    size_t start, end; /* byte offsets, end exclusive */
    zd_num num;
    int range; /* made by range or comparison words (20-100, 大于10, 1000以上) */
} zd_numspan;

/* Find every number and number range (大于10, 20-100, 1000以上, 十几万 ...)
 * in s[0..n), left to right, for the numbers evaluation. Percent signs and
 * discount words (30%, 一折) and Chinese words made with numerals (一切,
 * 四川, 陆地, 队伍) are not numbers; after 百分之 the number is what follows
 * (百分之五十 gives 五十 = 50, as Recognizers-Text reports it; zd_num_parse
 * reads the whole 百分之五十 as 0.5). Writes at most max spans to out and
 * returns how many were found (which may be more than max). */
size_t zd_number_find(const char *s, size_t n, zd_numspan *out, size_t max);

/* Currency words, shared by the money recognizer (extract/money_rx.c builds
 * its pattern from this table) and the normalizer (normalize/money.c). */
typedef struct {
    const char *word; /* UTF-8, as written after NFKC (¥ not ￥) */
    const char *iso;  /* ISO 4217 ("" for a bare 元/块: the document's currency) */
    unsigned flags;   /* ZD_CUR_* */
} zd_curword;

#define ZD_CUR_PREFIX 0x01u /* written before the number: $, US$, 人民币, RMB */
#define ZD_CUR_SUFFIX 0x02u /* written after it: 美元, 元, dollars */
#define ZD_CUR_BARE   0x04u /* 元 块 圆 蚊: the document's own currency */
#define ZD_CUR_ASCII  0x08u /* ASCII word: any case, whole word only */
#define ZD_CUR_CENT   0x10u /* a hundredth of the currency: 分 仙 美分 */
#define ZD_CUR_DIME   0x20u /* a tenth: 角 毛 毫 */

extern const zd_curword zd_curwords[];
extern const size_t zd_ncurwords;

/* The longest currency word starting at byte i of s[0..n) whose flags share
 * a bit with need (0: any), or NULL; *end is set past it. */
const zd_curword *zd_currency_at(const char *s, size_t n, size_t i, unsigned need, size_t *end);
/* The longest currency word ending at byte i, or NULL; *start is set. */
const zd_curword *zd_currency_before(const char *s, size_t i, unsigned need, size_t *start);

/* Character helpers shared with the money recognizer and normalizer.
 * zd_num_cdigit: value 0..9 of a Chinese digit (零〇一二两三 ... 壹贰 ...), or -1.
 * zd_num_unit: 10, 100, 1000, 1e4, 1e8, 1e12 for 十百千万亿兆 (and 拾佰仟萬億), or 0. */
int zd_num_cdigit(int32_t c);
double zd_num_unit(int32_t c);

#endif
