/*
 * date_rx.h: find the spans of date expressions in NFKC-normalized UTF-8
 * text: absolute (2026年2月27日, 2026-02-27, 二〇二六年), partial (2月27日, 16日,
 * 2月), relative (昨日, 本周三, 去年9月, 今年初, 上半年, 3天前), quarters,
 * Traditional forms and ROC years, lunar holidays (春节, 中秋节).
 * PCRE2 (UTF + UCP, JIT) patterns are compiled once per context.
 *
 * Ownership: zd_date_rx_new() returns a context freed by zd_date_rx_free().
 */
#ifndef ZD_DATE_RX_H
#define ZD_DATE_RX_H

#include <stddef.h>

#include "../common/doc.h"

typedef struct zd_date_rx zd_date_rx;

zd_date_rx *zd_date_rx_new(void);
void zd_date_rx_free(zd_date_rx *rx);

/* Append one ZD_DATE mention per date expression in text[0..n). */
void zd_date_find(zd_date_rx *rx, const char *text, size_t n, zd_mentions *out);

#endif
