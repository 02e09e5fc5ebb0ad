/*
 * page.c: the report's one HTML page (see report.h, zd_report_write). The
 * page is self-contained (inline CSS, one small inline script, no fonts,
 * images or scripts from anywhere else) so that it can be mailed or opened
 * from disk. The charts are plain HTML rows with CSS widths computed here,
 * so they show with JavaScript off; the script only re-orders the table.
 * Every string from a record is HTML-escaped (fmt.h), and a source URL
 * becomes a link only for http, https, file or a relative path, never
 * javascript: or data:.
 *
 * The rows and bars carry their raw figures as data- attributes
 * (data-amount, data-date, data-sum, data-deals): the script sorts on them,
 * and tests read them back from the rendered DOM.
 */
#include "report.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"

#define TOP_INVESTORS 15 /* bars per currency in "by investor" */

static const char css[] =
    "*{box-sizing:border-box}\n"
    "body{margin:0;padding:24px 32px;font:14px/1.5 system-ui,\"Noto Sans CJK SC\","
    "\"WenQuanYi Micro Hei\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;"
    "color:#1d2330;background:#f6f7f9}\n"
    "h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}\n"
    ".summary,.note{color:#5b6475;margin:4px 0}.note{font-size:12px}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:16px}\n"
    ".chart{margin:0;background:#fff;border:1px solid #dde1e8;border-radius:6px;"
    "padding:10px 14px;flex:1 1 420px;max-width:640px}\n"
    ".chart figcaption{font-weight:600;margin-bottom:6px}\n"
    "table.bars{border-collapse:collapse;width:100%}\n"
    "table.bars th{font-weight:400;text-align:right;padding:2px 8px 2px 0;white-space:nowrap;"
    "max-width:200px;overflow:hidden;text-overflow:ellipsis;width:1%}\n"
    "table.bars td{padding:2px 0}\n"
    "td.bar{width:100%}td.bar span{display:block;height:14px;min-width:2px;"
    "background:#2f6db5;border-radius:2px}\n"
    "td.sum{white-space:nowrap;padding-left:8px!important;font-variant-numeric:tabular-nums}\n"
    "td.sum small,.amount small,.src small{color:#5b6475}\n"
    "table.deals{border-collapse:collapse;width:100%;background:#fff;border:1px solid #dde1e8}\n"
    "table.deals th,table.deals td{padding:6px 8px;border-bottom:1px solid #e6e9ef;"
    "vertical-align:top;text-align:left}\n"
    "table.deals thead th{background:#eef1f5;position:sticky;top:0;white-space:nowrap}\n"
    "table.deals th a{color:inherit;text-decoration:none}\n"
    "table.deals th[aria-sort=ascending] a::after{content:\" \\25B2\"}\n"
    "table.deals th[aria-sort=descending] a::after{content:\" \\25BC\"}\n"
    "table.deals th[data-key] a::before{content:\"\\21C5 \";color:#8a93a5}\n"
    "td.date{white-space:nowrap}\n"
    "td.num,.amount{text-align:right!important;white-space:nowrap;"
    "font-variant-numeric:tabular-nums}\n"
    ".amount small{display:block}\n"
    ".lead{font-weight:600}\n"
    ".evidence{margin:4px 0 0;padding-left:8px;border-left:3px solid #c9d3e3;color:#343b4a;"
    "font-size:13px}\n"
    "tr:target{background:#fff6d6}\n";

/* Sorts the table by data-amount / data-date / data-n: a click on a column
 * header sets #sort=KEY-DIR, and the same hash on load sorts the page as
 * linked. Rows without a figure stay last in both directions. */
static const char js[] =
    "(function(){\n"
    "var tb=document.querySelector('table.deals tbody');if(!tb)return;\n"
    "var rows=Array.prototype.slice.call(tb.rows);\n"
    "function val(r,k){var v=r.getAttribute('data-'+k);return v===null?'':v;}\n"
    "function sort(k,dir){\n"
    " var s=rows.slice();\n"
    " s.sort(function(a,b){var x=val(a,k),y=val(b,k);\n"
    "  if(x===''||y==='')return (x==='')-(y==='');\n"
    "  var c=k==='date'?(x<y?-1:x>y?1:0):parseFloat(x)-parseFloat(y);\n"
    "  return dir==='desc'?-c:c;});\n"
    " s.forEach(function(r){tb.appendChild(r);});\n"
    " var hs=document.querySelectorAll('table.deals th[data-key]');\n"
    " for(var i=0;i<hs.length;i++){var th=hs[i],key=th.getAttribute('data-key'),"
    "mine=key===k;\n"
    "  th.setAttribute('aria-sort',mine?(dir==='asc'?'ascending':'descending'):'none');\n"
    "  th.querySelector('a').setAttribute('href','#sort='+key+'-'+"
    "(mine&&dir==='desc'?'asc':'desc'));}\n"
    " document.body.setAttribute('data-sorted',k+'-'+dir);\n"
    "}\n"
    "function fromHash(){var m=/^#sort=(amount|date|n)-(asc|desc)$/.exec(location.hash);"
    "if(m)sort(m[1],m[2]);}\n"
    "window.addEventListener('hashchange',fromHash);fromHash();\n"
    "})();\n";

/* %.17g: the raw number, exact, for data- attributes */
static void raw_num(zd_buf *out, double v)
{
    if (!isfinite(v)) /* a sum past DBL_MAX: what parseFloat reads */
        zd_buf_adds(out, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    else if (v == floor(v) && fabs(v) < 1e18)
        zd_buf_printf(out, "%.0f", v);
    else
        zd_buf_printf(out, "%.17g", v);
}

static int linkable(const char *url)
{
    static const char *ok[] = {"http://", "https://", "file://"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        if (strncasecmp(url, ok[i], strlen(ok[i])) == 0) return 1;
    /* no scheme at all: a relative reference */
    size_t n = strcspn(url, ":/?#");
    return url[n] != ':';
}

/* The figure a row sorts on: the value, else the lower end, else the upper. */
static int sort_amount(const zd_report_deal *d, double *v)
{
    const zd_report_money *m = &d->amount;
    if (!d->has_amount) return 0;
    if (m->has_value)
        *v = m->value;
    else if (m->has_min)
        *v = m->min;
    else if (m->has_max)
        *v = m->max;
    else
        return 0;
    return 1;
}

/* Readable money: 约5亿 CNY, 1亿–2亿 CNY, ≥10亿 USD, ≤1亿 CNY. */
static void money_text(zd_buf *out, const zd_report_money *m)
{
    if (m->has_value) {
        if (m->approx) zd_buf_adds(out, "约");
        zd_fmt_money(out, m->value, m->currency);
    } else if (m->has_min && m->has_max) {
        zd_fmt_units(out, m->min);
        zd_buf_adds(out, "–");
        zd_fmt_money(out, m->max, m->currency);
    } else if (m->has_min) {
        zd_buf_adds(out, "≥");
        zd_fmt_money(out, m->min, m->currency);
    } else if (m->has_max) {
        zd_buf_adds(out, "≤");
        zd_fmt_money(out, m->max, m->currency);
    } else {
        zd_buf_adds(out, "undisclosed");
    }
}

/* The exact figures, for a title attribute: 500,000,000 CNY */
static void money_exact(zd_buf *out, const zd_report_money *m)
{
    if (m->has_value) {
        zd_fmt_thousands(out, m->value);
    } else {
        if (m->has_min) zd_fmt_thousands(out, m->min);
        zd_buf_adds(out, " to ");
        if (m->has_max) zd_fmt_thousands(out, m->max);
    }
    if (m->currency[0]) zd_buf_printf(out, " %s", m->currency);
}

static void money_cell(zd_buf *out, int has, const zd_report_money *m, const char *basis)
{
    if (!has) {
        zd_buf_adds(out, "<td class=\"amount none\">—</td>");
        return;
    }
    zd_buf_adds(out, "<td class=\"amount\"");
    if (m->has_value || m->has_min || m->has_max) {
        zd_buf tmp = ZD_BUF_INIT;
        money_exact(&tmp, m);
        zd_buf_adds(out, " title=\"");
        zd_html_escape(out, tmp.p, tmp.len);
        zd_buf_addc(out, '"');
        zd_buf_free(&tmp);
    }
    zd_buf_addc(out, '>');
    zd_buf tmp = ZD_BUF_INIT;
    money_text(&tmp, m);
    zd_html_escape(out, tmp.p, tmp.len);
    zd_buf_free(&tmp);
    if (basis && strcmp(basis, "unspecified") != 0) {
        zd_buf_adds(out, " <small>(");
        zd_html_escapes(out, basis);
        zd_buf_adds(out, ")</small>");
    }
    if (m->text) {
        zd_buf_adds(out, "<small>");
        zd_html_escapes(out, m->text);
        zd_buf_adds(out, "</small>");
    }
    zd_buf_adds(out, "</td>");
}

static void round_label(zd_buf *out, const char *round)
{
    if (strlen(round) <= 2) {
        for (const char *p = round; *p; p++)
            zd_buf_addc(out, (char)toupper((unsigned char)*p));
        zd_buf_adds(out, " round");
    } else {
        zd_html_escapes(out, round);
    }
}

static void deal_row(zd_buf *out, const zd_report_deal *d, size_t i)
{
    double amount;
    zd_buf_printf(out, "<tr id=\"deal-%zu\" data-n=\"%zu\"", i + 1, i + 1);
    if (sort_amount(d, &amount)) {
        zd_buf_adds(out, " data-amount=\"");
        raw_num(out, amount);
        zd_buf_addc(out, '"');
    }
    if (d->date) {
        zd_buf_adds(out, " data-date=\"");
        zd_html_escapes(out, d->date);
        zd_buf_addc(out, '"');
    }
    zd_buf_printf(out, "><td class=\"num\"><a href=\"#deal-%zu\">%zu</a></td>", i + 1, i + 1);
    zd_buf_adds(out, "<td class=\"date\">");
    zd_buf_adds(out, d->date ? "" : "—");
    zd_html_escapes(out, d->date);
    zd_buf_adds(out, "</td><td class=\"target\"");
    if (d->target_text && strcmp(d->target_text, d->target) != 0) {
        zd_buf_adds(out, " title=\"");
        zd_html_escapes(out, d->target_text);
        zd_buf_addc(out, '"');
    }
    zd_buf_adds(out, ">");
    zd_html_escapes(out, d->target);
    zd_buf_adds(out, "</td><td class=\"kind\">");
    zd_html_escapes(out, d->type);
    if (d->round) {
        zd_buf_adds(out, " · ");
        round_label(out, d->round);
    }
    if (d->status[0]) {
        zd_buf_adds(out, "<br><small>");
        zd_html_escapes(out, d->status);
        zd_buf_adds(out, "</small>");
    }
    zd_buf_adds(out, "</td>");
    money_cell(out, d->has_amount, &d->amount, NULL);
    money_cell(out, d->has_valuation, &d->valuation, d->basis);
    zd_buf_adds(out, "<td class=\"investors\">");
    for (size_t j = 0; j < d->ninv; j++) {
        if (j) zd_buf_adds(out, ", ");
        if (d->inv[j].lead == 1) zd_buf_adds(out, "<span class=\"lead\" title=\"lead investor\">");
        zd_html_escapes(out, d->inv[j].name);
        if (d->inv[j].lead == 1) zd_buf_adds(out, "</span>");
    }
    if (d->ninv == 0) zd_buf_adds(out, "—");
    zd_buf_adds(out, "</td><td class=\"src\">");
    const char *label = d->title && *d->title ? d->title : d->url;
    if (d->url && linkable(d->url)) {
        zd_buf_adds(out, "<a class=\"source\" rel=\"noopener noreferrer\" href=\"");
        zd_html_escapes(out, d->url);
        zd_buf_adds(out, "\">");
        zd_html_escapes(out, label);
        zd_buf_adds(out, "</a>");
    } else if (label) {
        zd_html_escapes(out, label);
    }
    if (d->published) {
        zd_buf_adds(out, " <small>");
        zd_html_escapes(out, d->published);
        zd_buf_adds(out, "</small>");
    }
    if (d->evidence) {
        zd_buf_adds(out, "<blockquote class=\"evidence\">");
        zd_html_escapes(out, d->evidence);
        zd_buf_adds(out, "</blockquote>");
    }
    zd_buf_adds(out, "</td></tr>\n");
}

/* ---- charts -------------------------------------------------------------- */

/* The currencies with a sum in totals, most rows first (then by code). */
typedef struct {
    const char *code;
    size_t rows;
} currency_count;

static int cmp_currency(const void *a, const void *b)
{
    const currency_count *x = a, *y = b;
    if (x->rows != y->rows) return x->rows > y->rows ? -1 : 1;
    return strcmp(x->code, y->code);
}

static size_t currencies(const zd_report_total *t, size_t n, currency_count *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!t[i].currency[0]) continue;
        size_t j = 0;
        while (j < k && strcmp(out[j].code, t[i].currency) != 0)
            j++;
        if (j == k) out[k++] = (currency_count){t[i].currency, 0};
        out[j].rows++;
    }
    qsort(out, k, sizeof *out, cmp_currency);
    return k;
}

static int cmp_by_sum(const void *a, const void *b)
{
    const zd_report_total *x = *(const zd_report_total *const *)a;
    const zd_report_total *y = *(const zd_report_total *const *)b;
    if (x->sum != y->sum) return x->sum > y->sum ? -1 : 1;
    if (x->deals != y->deals) return x->deals > y->deals ? -1 : 1;
    return strcmp(x->key, y->key);
}

static void bar_row(zd_buf *out, const zd_report_total *t, double max)
{
    double pct = max > 0 ? t->sum / max * 100 : 0;
    if (!isfinite(max)) pct = isfinite(t->sum) ? 0 : 100;
    zd_buf_adds(out, "<tr data-key=\"");
    zd_html_escapes(out, t->key);
    zd_buf_adds(out, "\" data-sum=\"");
    raw_num(out, t->sum);
    zd_buf_printf(out, "\" data-deals=\"%zu\"><th scope=\"row\" title=\"", t->deals);
    zd_html_escapes(out, t->key);
    zd_buf_adds(out, "\">");
    zd_html_escapes(out, t->key);
    zd_buf_printf(out, "</th><td class=\"bar\"><span style=\"width:%.1f%%\"></span></td>", pct);
    zd_buf_adds(out, "<td class=\"sum\" title=\"");
    zd_fmt_thousands(out, t->sum);
    zd_buf_printf(out, " %s\">", t->currency);
    zd_fmt_money(out, t->sum, t->currency);
    zd_buf_printf(out, "<small> · %zu deal%s</small></td></tr>\n", t->deals,
                  t->deals == 1 ? "" : "s");
}

/* One figure per currency: investors by sum (the top ones), months in order. */
static void charts(zd_buf *out, const zd_report *r, zd_total_by by)
{
    size_t n;
    zd_report_total *t = zd_report_totals(r, by, &n);
    const char *what = by == ZD_TOTAL_INVESTOR ? "investor" : "month";
    zd_buf_printf(out, "<section class=\"totals\" id=\"by-%s\">\n<h2>Totals by %s</h2>\n", what,
                  what);
    size_t unpriced = 0;
    for (size_t i = 0; i < n; i++)
        if (!t[i].currency[0]) unpriced += t[i].deals;
    if (by == ZD_TOTAL_INVESTOR)
        zd_buf_adds(out, "<p class=\"note\">Sum of the amounts of the deals each investor took "
                         "part in (a deal counts in full for each of its investors), per "
                         "currency, without exchange rates.");
    else
        zd_buf_adds(out, "<p class=\"note\">Sum of the amounts of the deals dated in each "
                         "month, per currency, without exchange rates; deals dated to a year "
                         "only, or not at all, are left out.");
    const char *one = by == ZD_TOTAL_INVESTOR ? "investor entry" : "deal";
    const char *many = by == ZD_TOTAL_INVESTOR ? "investor entries" : "deals";
    if (unpriced)
        zd_buf_printf(out,
                      " %zu %s without a single stated amount (undisclosed, a range or a "
                      "bound) %s counted in the table only.",
                      unpriced, unpriced == 1 ? one : many, unpriced == 1 ? "is" : "are");
    zd_buf_adds(out, "</p>\n<div class=\"charts\">\n");
    currency_count *cur = zd_xmalloc((n ? n : 1) * sizeof *cur);
    size_t ncur = currencies(t, n, cur);
    const zd_report_total **rows = zd_xmalloc((n ? n : 1) * sizeof *rows);
    for (size_t c = 0; c < ncur; c++) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (strcmp(t[i].currency, cur[c].code) == 0) rows[k++] = &t[i];
        if (by == ZD_TOTAL_INVESTOR) qsort(rows, k, sizeof *rows, cmp_by_sum);
        size_t shown = by == ZD_TOTAL_INVESTOR && k > TOP_INVESTORS ? TOP_INVESTORS : k;
        double max = 0;
        for (size_t i = 0; i < k; i++)
            if (rows[i]->sum > max) max = rows[i]->sum;
        zd_buf_printf(out,
                      "<figure class=\"chart\" data-currency=\"%s\" data-rows=\"%zu\">"
                      "<figcaption>%s</figcaption>\n<table class=\"bars\"><tbody>\n",
                      cur[c].code, k, cur[c].code);
        for (size_t i = 0; i < shown; i++)
            bar_row(out, rows[i], max);
        zd_buf_adds(out, "</tbody></table>\n");
        if (shown < k)
            zd_buf_printf(out, "<p class=\"note\">and %zu more %s.</p>\n", k - shown,
                          k - shown == 1 ? "investor" : "investors");
        zd_buf_adds(out, "</figure>\n");
    }
    if (ncur == 0) zd_buf_adds(out, "<p class=\"note\">No stated amounts to total.</p>\n");
    zd_buf_adds(out, "</div>\n</section>\n");
    free(rows);
    free(cur);
    free(t);
}

/* ---- the page ------------------------------------------------------------ */

static void header_cell(zd_buf *out, const char *key, const char *label, int numeric)
{
    zd_buf_printf(out,
                  "<th%s data-key=\"%s\" aria-sort=\"none\"><a href=\"#sort=%s-desc\">%s</a></th>",
                  numeric ? " class=\"num\"" : "", key, key, label);
}

void zd_report_page(const zd_report *r, const char *title, zd_buf *out)
{
    if (!title || !*title) title = "zhdeals report";
    size_t n = zd_report_count(r);
    zd_buf_adds(out, "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<meta name=\"generator\" content=\"zhdeals " ZD_VERSION "\">\n<title>");
    zd_html_escapes(out, title);
    zd_buf_adds(out, "</title>\n<style>\n");
    zd_buf_adds(out, css);
    zd_buf_adds(out, "</style>\n</head>\n<body>\n<header>\n<h1>");
    zd_html_escapes(out, title);
    zd_buf_printf(out,
                  "</h1>\n<p class=\"summary\" data-deals=\"%zu\">%zu deal%s from %zu "
                  "source page%s. Written by zhdeals report " ZD_VERSION
                  "; click a column header to sort.</p>\n</header>\n",
                  n, n, n == 1 ? "" : "s", zd_report_sources(r),
                  zd_report_sources(r) == 1 ? "" : "s");
    charts(out, r, ZD_TOTAL_INVESTOR);
    charts(out, r, ZD_TOTAL_MONTH);
    zd_buf_adds(out, "<section id=\"deals\">\n<h2>Deals</h2>\n<p class=\"note\">Amounts sort by "
                     "their raw figure whatever the currency (a range by its lower end); rows "
                     "without one stay last. Hover an amount for its exact figure.</p>\n"
                     "<table class=\"deals\">\n<thead><tr>");
    header_cell(out, "n", "#", 1);
    header_cell(out, "date", "Date", 0);
    zd_buf_adds(out, "<th>Target</th><th>Deal</th>");
    header_cell(out, "amount", "Amount", 1);
    zd_buf_adds(out, "<th class=\"num\">Valuation</th><th>Investors</th>"
                     "<th>Source and evidence</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++)
        deal_row(out, zd_report_deal_at(r, i), i);
    zd_buf_adds(out, "</tbody>\n</table>\n</section>\n<script>\n");
    zd_buf_adds(out, js);
    zd_buf_adds(out, "</script>\n</body>\n</html>\n");
}

int zd_report_write(const zd_report *r, const char *title, FILE *out)
{
    zd_buf b = ZD_BUF_INIT;
    zd_report_page(r, title, &b);
    size_t w = fwrite(b.p, 1, b.len, out);
    int ok = w == b.len && fflush(out) == 0 && !ferror(out);
    zd_buf_free(&b);
    return ok ? 0 : -1;
}
