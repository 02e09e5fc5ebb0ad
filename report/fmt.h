/*
 * fmt.h: the text the report page shows: HTML escaping of everything that
 * comes from a record, and money in units a reader takes in at a glance
 * (5亿 CNY, 3000万 USD, 1.2万亿 CNY) or in full with thousands separators
 * (500,000,000). Kept apart from the page writer so each rule is tested on
 * its own (tests/unit/test_report.c).
 *
 * Ownership: every function appends to a zd_buf the caller owns (and frees
 * with zd_buf_free); nothing here allocates anything else.
 */
#ifndef ZD_REPORT_FMT_H
#define ZD_REPORT_FMT_H

#include <stddef.h>

#include "common/util.h"

/* Append s[0..n) with & < > " ' escaped, safe inside element text and inside
 * a double- or single-quoted attribute. Control characters other than tab
 * and newline become U+FFFD, so a record cannot smuggle markup or break the
 * page's text. */
void zd_html_escape(zd_buf *out, const char *s, size_t n);
/* Same for a NUL-terminated string; NULL appends nothing. */
void zd_html_escapes(zd_buf *out, const char *s);

/* Append v with a comma every three digits of its whole part: 500000000 ->
 * "500,000,000", 1234.5 -> "1,234.5" (at most two decimals, trailing zeros
 * dropped), -1500 -> "-1,500". Not finite: "?". */
void zd_fmt_thousands(zd_buf *out, double v);

/* Append v in Chinese units: from 10^12 in 万亿, from 10^8 in 亿, from 10^4
 * in 万, each with at most two decimals (trailing zeros dropped), as the
 * news writes them; below 10^4 in full with thousands separators: 500000000
 * -> "5亿", 120000000 -> "1.2亿", 30000000 -> "3000万", 1.1e11 -> "1100亿",
 * 2.5e12 -> "2.5万亿", 99999999 -> "1亿", 8500 -> "8,500". */
void zd_fmt_units(zd_buf *out, double v);

/* Append a money figure: units, a space, the currency code (omitted when
 * currency is NULL or empty): "5亿 CNY". */
void zd_fmt_money(zd_buf *out, double v, const char *currency);

#endif
