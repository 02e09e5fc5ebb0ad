/*
 * money.h: a money span (as found by extract/money_rx) to its value:
 * amount in the currency's major unit, ISO 4217 currency, and the
 * approximation/range convention of the contract:
 *   约X / X左右          value X, approx
 *   超X / 逾X / X以上     value null, approx, min X
 *   近X / 不足X           value null, approx, max X
 *   数X (数亿元)          value null, approx, min 2X, max 9X (数十亿: 2e9..9e9)
 *   X级                   value null, approx, min X, max 10X
 *   X-Y / X至Y            value null, min X, max Y
 *
 * Ownership: plain values, nothing to free.
 */
#ifndef ZD_MONEY_H
#define ZD_MONEY_H

#include <stddef.h>

typedef struct {
    int has_value;
    double value;
    char currency[4]; /* ISO 4217, "" when none could be decided */
    int approx;
    int has_min;
    double min;
    int has_max;
    double max;
} zd_money;

/* Parse s[0..n) (a span the recognizer returned). bare_yuan: the ISO code a
 * bare 元/块 means in this document ("CNY" unless the document says
 * otherwise, e.g. "TWD" for a Taiwan page). Returns 0, or -1 when the span
 * holds no amount of money. */
int zd_money_parse(const char *s, size_t n, const char *bare_yuan, zd_money *out);

#endif
