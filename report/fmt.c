/*
 * fmt.c: HTML escaping and money in readable units for the report page
 * (see fmt.h). Units follow Chinese news usage (万, 亿, 万亿) because the
 * records' own amount texts are written that way, so a reader can match a
 * table cell with the evidence sentence beside it.
 */
#include "fmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void zd_html_escape(zd_buf *out, const char *s, size_t n)
{
    size_t run = 0; /* start of the bytes not yet copied */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        switch (c) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&#39;";
            break;
        default:
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) rep = "\xEF\xBF\xBD";
        }
        if (!rep) continue;
        zd_buf_add(out, s + run, i - run);
        zd_buf_adds(out, rep);
        run = i + 1;
    }
    zd_buf_add(out, s + run, n - run);
}

void zd_html_escapes(zd_buf *out, const char *s)
{
    if (s) zd_html_escape(out, s, strlen(s));
}

/* x >= 0, already rounded to two decimals */
static void thousands_abs(zd_buf *out, double x)
{
    char digits[400]; /* DBL_MAX in full is 309 digits */
    snprintf(digits, sizeof digits, "%.2f", x);
    char *dot = strchr(digits, '.');
    size_t whole = dot ? (size_t)(dot - digits) : strlen(digits);
    for (size_t i = 0; i < whole; i++) {
        if (i > 0 && (whole - i) % 3 == 0) zd_buf_addc(out, ',');
        zd_buf_addc(out, digits[i]);
    }
    if (!dot) return;
    size_t end = strlen(digits);
    while (end > whole + 1 && digits[end - 1] == '0')
        end--;
    if (end > whole + 1) zd_buf_add(out, dot, end - whole);
}

void zd_fmt_thousands(zd_buf *out, double v)
{
    if (!isfinite(v)) {
        zd_buf_addc(out, '?');
        return;
    }
    /* from 10^15 a double holds no fraction (and *100 could overflow) */
    double x = fabs(v) < 1e15 ? round(fabs(v) * 100) / 100 : fabs(v);
    if (v < 0 && x > 0) zd_buf_addc(out, '-');
    thousands_abs(out, x);
}

void zd_fmt_units(zd_buf *out, double v)
{
    static const struct {
        double size;
        const char *name;
    } units[] = {{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}};
    if (!isfinite(v)) {
        zd_buf_addc(out, '?');
        return;
    }
    double a = fabs(v);
    int u = 0;
    while (u < 3 && a < units[u].size)
        u++;
    double x = u < 3 ? round(a / units[u].size * 100) / 100 : round(a * 100) / 100;
    /* 99,999,999 rounds to 10000万: say 1亿 instead */
    if (u > 0 && u < 3 && x >= 10000) {
        u--;
        x = round(a / units[u].size * 100) / 100;
    } else if (u == 3 && x >= 10000) {
        u = 2;
        x = round(a / units[u].size * 100) / 100;
    }
    if (v < 0 && x > 0) zd_buf_addc(out, '-');
    if (u == 3) {
        thousands_abs(out, x);
        return;
    }
    /* 3000万, not 3,000万: separators are for figures in full */
    char digits[400];
    snprintf(digits, sizeof digits, "%.2f", x);
    size_t end = strlen(digits);
    while (digits[end - 1] == '0')
        end--;
    if (digits[end - 1] == '.') end--;
    zd_buf_add(out, digits, end);
    zd_buf_adds(out, units[u].name);
}

void zd_fmt_money(zd_buf *out, double v, const char *currency)
{
    zd_fmt_units(out, v);
    if (currency && *currency) {
        zd_buf_addc(out, ' ');
        zd_buf_adds(out, currency);
    }
}
