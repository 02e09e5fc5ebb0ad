/*
 * report.h: `zhdeals report`, deal records (JSONL, as `zhdeals normalize`
 * writes them; see ../shared/design/CONTRACTS.md, "Deal record") in, one
 * self-contained HTML page out, for people who would rather look than read.
 *
 * This header holds the records as the page needs them and the totals the
 * page charts; page.c writes the page (zd_report_write). Records are read
 * whole before anything is written, because the totals and the page's
 * summary come before the table.
 *
 * Ownership: a zd_report owns every deal and string in it; zd_report_free()
 * releases them all. Pointers into a zd_report (deals, totals' keys) live as
 * long as it does.
 */
#ifndef ZD_REPORT_H
#define ZD_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "common/util.h"

/* A money figure of a record: value where the text states one figure, else
 * min and/or max (a range, 超X, 近X); all three absent for "amount": null. */
typedef struct {
    int has_value, has_min, has_max;
    double value, min, max;
    int approx;
    char currency[8]; /* ISO 4217 code, "" when the record gives none */
    char *text;       /* as written in the article; may be NULL */
} zd_report_money;

typedef struct {
    char *name; /* canonical name (or as written) */
    int lead;   /* 1 true, 0 false, -1 null */
} zd_report_party;

/* One deal record. Every string is owned by the zd_report; optional fields
 * are NULL where the record has null. */
typedef struct {
    char *url, *title, *published; /* published: YYYY-MM-DD or NULL */
    char *type, *status;           /* never NULL */
    char *target;                  /* target.name, never NULL */
    char *target_text;             /* target.text, may be NULL */
    zd_report_party *inv;
    size_t ninv;
    int has_amount;
    zd_report_money amount;
    int has_valuation;
    zd_report_money valuation;
    char *basis; /* valuation.basis; may be NULL */
    char *round; /* may be NULL */
    char *date;  /* YYYY-MM-DD, YYYY-MM, YYYY, or NULL */
    char *evidence;
} zd_report_deal;

typedef struct zd_report zd_report;

/* A new, empty report. Free with zd_report_free. */
zd_report *zd_report_new(void);
void zd_report_free(zd_report *r); /* NULL is fine */

/*
 * Add one JSONL line (without its newline). Returns 0 when the line is a
 * deal record (kept), 1 when it is a mention record (as `normalize --emit
 * all` writes among the deals: skipped, not an error), or -1 with a reason
 * in *err (caller frees) when it is neither: bad JSON, invalid UTF-8, not
 * schema 1, or a field of the wrong kind.
 */
int zd_report_add_line(zd_report *r, const char *line, size_t len, char **err);

/*
 * Add every line of a file ("-" for stdin). Blank lines are skipped. Each
 * bad line gets one message "zhdeals: report: FILE:LINE: reason" and the
 * reading goes on. Returns 0 when every line was read, 1 when some were
 * bad (or the read failed part way), 2 when the file cannot be opened.
 */
int zd_report_add_path(zd_report *r, const char *path);

/* The deals added so far, in input order. */
size_t zd_report_count(const zd_report *r);
const zd_report_deal *zd_report_deal_at(const zd_report *r, size_t i);

/* Distinct source URLs among the deals (what the page calls "pages"). */
size_t zd_report_sources(const zd_report *r);

/*
 * Totals. By investor: every deal counts in full for each of its investors
 * (what a reader asks is "how much money was raised in the deals X took part
 * in", not X's own share, which records seldom give). By month: the month
 * of the deal's date (deals dated to a year only, or not at all, have no
 * month and are left out). Sums are kept per currency (no exchange rates
 * are guessed); deals whose amount has no single figure (null, a range,
 * 超X) are counted with currency "" and add nothing to a sum.
 *
 * Returns a new array of *n rows sorted by key, then currency; the caller
 * frees the array with free(), the strings in it belong to r.
 */
typedef enum { ZD_TOTAL_INVESTOR = 0, ZD_TOTAL_MONTH = 1 } zd_total_by;
typedef struct {
    const char *key;      /* investor name, or YYYY-MM */
    const char *currency; /* ISO code, or "" for deals without a figure */
    double sum;           /* sum of the amounts' values in this currency */
    size_t deals;         /* deals in this row */
} zd_report_total;
zd_report_total *zd_report_totals(const zd_report *r, zd_total_by by, size_t *n);

/*
 * Write the page: title (HTML-escaped; NULL for the default), a summary,
 * the totals by investor and by month as bar charts (plain HTML and CSS, so
 * they show without JavaScript), and the table of deals (sortable by amount
 * and date with a small inline script, also through the URL: #sort=amount-
 * desc, #sort=date-asc, ...), each row linking to its source URL and
 * holding its evidence sentence. No external resources. Returns 0, or -1
 * when writing to out failed.
 */
int zd_report_write(const zd_report *r, const char *title, FILE *out);

/* The page as a string (what zd_report_write writes), appended to out. */
void zd_report_page(const zd_report *r, const char *title, zd_buf *out);

#endif
