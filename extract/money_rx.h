/*
 * money_rx.h: find the spans of money expressions in NFKC-normalized UTF-8
 * text (1100亿美元, 约1.5万亿元, US$50 million, 数十亿美元, 1-2亿元 ...),
 * and nothing else (9亿用户, 2吉瓦, 30%, phone numbers and years are not money).
 * PCRE2 (UTF + UCP, JIT) patterns are compiled once per context.
 *
 * Ownership: zd_money_rx_new() returns a context freed by zd_money_rx_free().
 */
#ifndef ZD_MONEY_RX_H
#define ZD_MONEY_RX_H

#include <stddef.h>

#include "../common/doc.h"

typedef struct zd_money_rx zd_money_rx;

zd_money_rx *zd_money_rx_new(void);
void zd_money_rx_free(zd_money_rx *rx);

/* Append one ZD_MONEY mention per money expression in text[0..n). */
void zd_money_find(zd_money_rx *rx, const char *text, size_t n, zd_mentions *out);

#endif
