/*
 * report.c: deal records in (JSONL, through jansson, which rejects invalid
 * UTF-8 so that nothing malformed reaches the page), kept in memory as the
 * page needs them, and the totals by investor and by month that it charts.
 * A line that is not a deal record is reported with its file and line and
 * skipped; the others still make the page.
 */
#include "report.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE (64u << 20) /* as normalize: longest record line accepted */

struct zd_report {
    zd_report_deal *v;
    size_t n, cap;
};

zd_report *zd_report_new(void)
{
    return zd_xcalloc(1, sizeof(zd_report));
}

static void money_clear(zd_report_money *m)
{
    free(m->text);
}

static void deal_clear(zd_report_deal *d)
{
    free(d->url);
    free(d->title);
    free(d->published);
    free(d->type);
    free(d->status);
    free(d->target);
    free(d->target_text);
    for (size_t i = 0; i < d->ninv; i++)
        free(d->inv[i].name);
    free(d->inv);
    money_clear(&d->amount);
    money_clear(&d->valuation);
    free(d->basis);
    free(d->round);
    free(d->date);
    free(d->evidence);
    memset(d, 0, sizeof *d);
}

void zd_report_free(zd_report *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->n; i++)
        deal_clear(&r->v[i]);
    free(r->v);
    free(r);
}

size_t zd_report_count(const zd_report *r)
{
    return r->n;
}

const zd_report_deal *zd_report_deal_at(const zd_report *r, size_t i)
{
    return i < r->n ? &r->v[i] : NULL;
}

/* ---- one record ---------------------------------------------------------- */

/* A string or null member: 0 with *out set (NULL for null or absent), -1 with
 * *err naming the field when it is something else. */
static int opt_str(json_t *o, const char *key, const char *where, char **out, char **err)
{
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v || json_is_null(v)) return 0;
    if (!json_is_string(v)) {
        *err = zd_xasprintf("%s%s is not a string", where, key);
        return -1;
    }
    *out = zd_xstrndup(json_string_value(v), json_string_length(v));
    return 0;
}

static int opt_num(json_t *o, const char *key, const char *where, int *has, double *out, char **err)
{
    json_t *v = json_object_get(o, key);
    *has = 0;
    if (!v || json_is_null(v)) return 0;
    if (!json_is_number(v)) {
        *err = zd_xasprintf("%s%s is not a number", where, key);
        return -1;
    }
    *out = json_number_value(v);
    *has = 1;
    return 0;
}

static int parse_money(json_t *o, const char *where, zd_report_money *m, char **err)
{
    char *cur = NULL;
    if (opt_num(o, "value", where, &m->has_value, &m->value, err) ||
        opt_num(o, "min", where, &m->has_min, &m->min, err) ||
        opt_num(o, "max", where, &m->has_max, &m->max, err) ||
        opt_str(o, "currency", where, &cur, err) || opt_str(o, "text", where, &m->text, err))
        return -1;
    if (cur) {
        size_t l = strlen(cur);
        int ok = l >= 1 && l < sizeof m->currency;
        for (size_t i = 0; ok && i < l; i++)
            ok = cur[i] >= 'A' && cur[i] <= 'Z';
        if (ok) memcpy(m->currency, cur, l + 1);
        free(cur);
        if (!ok) {
            *err = zd_xasprintf("%scurrency is not an ISO 4217 code", where);
            return -1;
        }
    }
    json_t *a = json_object_get(o, "approx");
    if (a && !json_is_null(a) && !json_is_boolean(a)) {
        *err = zd_xasprintf("%sapprox is not true or false", where);
        return -1;
    }
    m->approx = a && json_is_true(a);
    return 0;
}

/* YYYY, YYYY-MM or YYYY-MM-DD (what a deal's date may be) */
static int valid_date(const char *s)
{
    static const char shape[] = "dddd-dd-dd";
    size_t l = strlen(s);
    if (l != 4 && l != 7 && l != 10) return 0;
    for (size_t i = 0; i < l; i++) {
        if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-') return 0;
    }
    if (l >= 7) {
        int mo = (s[5] - '0') * 10 + (s[6] - '0');
        if (mo < 1 || mo > 12) return 0;
    }
    if (l == 10) {
        int d = (s[8] - '0') * 10 + (s[9] - '0');
        if (d < 1 || d > 31) return 0;
    }
    return 1;
}

static int is_mention(json_t *o)
{
    json_t *t = json_object_get(o, "type");
    const char *s = json_is_string(t) ? json_string_value(t) : "";
    return (strcmp(s, "money") == 0 || strcmp(s, "date") == 0 || strcmp(s, "org") == 0) &&
           json_object_get(o, "start") != NULL;
}

static int parse_deal(json_t *o, zd_report_deal *d, char **err)
{
    json_t *schema = json_object_get(o, "schema");
    if (!json_is_integer(schema) || json_integer_value(schema) != 1) {
        *err = zd_xstrdup("not a schema 1 record");
        return -1;
    }
    if (opt_str(o, "url", "", &d->url, err) || opt_str(o, "title", "", &d->title, err) ||
        opt_str(o, "published", "", &d->published, err) || opt_str(o, "type", "", &d->type, err) ||
        opt_str(o, "status", "", &d->status, err) || opt_str(o, "round", "", &d->round, err) ||
        opt_str(o, "date", "", &d->date, err) || opt_str(o, "evidence", "", &d->evidence, err))
        return -1;
    if (!d->type || !*d->type) {
        *err = zd_xstrdup("no type: not a deal record");
        return -1;
    }
    if (!d->status) d->status = zd_xstrdup("");
    if (d->date && !valid_date(d->date)) {
        *err = zd_xasprintf("date \"%.40s\" is not YYYY, YYYY-MM or YYYY-MM-DD", d->date);
        return -1;
    }
    json_t *t = json_object_get(o, "target");
    if (!json_is_object(t)) {
        *err = zd_xstrdup("target is not an object: not a deal record");
        return -1;
    }
    if (opt_str(t, "name", "target.", &d->target, err) ||
        opt_str(t, "text", "target.", &d->target_text, err))
        return -1;
    if (!d->target) {
        *err = zd_xstrdup("target.name is missing");
        return -1;
    }
    json_t *inv = json_object_get(o, "investors");
    if (inv && !json_is_null(inv)) {
        if (!json_is_array(inv)) {
            *err = zd_xstrdup("investors is not an array");
            return -1;
        }
        size_t n = json_array_size(inv);
        d->inv = zd_xcalloc(n ? n : 1, sizeof *d->inv);
        for (size_t i = 0; i < n; i++) {
            json_t *p = json_array_get(inv, i);
            char *name = NULL;
            if (!json_is_object(p)) {
                *err = zd_xasprintf("investors[%zu] is not an object", i);
                return -1;
            }
            if (opt_str(p, "name", "investors[].", &name, err)) return -1;
            if (!name) {
                *err = zd_xasprintf("investors[%zu].name is missing", i);
                return -1;
            }
            json_t *lead = json_object_get(p, "lead");
            d->inv[d->ninv].name = name;
            d->inv[d->ninv].lead = json_is_boolean(lead) ? json_is_true(lead) : -1;
            d->ninv++;
        }
    }
    json_t *a = json_object_get(o, "amount");
    if (a && !json_is_null(a)) {
        if (!json_is_object(a)) {
            *err = zd_xstrdup("amount is not an object");
            return -1;
        }
        if (parse_money(a, "amount.", &d->amount, err)) return -1;
        d->has_amount = 1;
    }
    json_t *v = json_object_get(o, "valuation");
    if (v && !json_is_null(v)) {
        if (!json_is_object(v)) {
            *err = zd_xstrdup("valuation is not an object");
            return -1;
        }
        if (parse_money(v, "valuation.", &d->valuation, err) ||
            opt_str(v, "basis", "valuation.", &d->basis, err))
            return -1;
        d->has_valuation = 1;
    }
    return 0;
}

int zd_report_add_line(zd_report *r, const char *line, size_t len, char **err)
{
    json_error_t je;
    json_t *o = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
    if (!o) {
        *err = zd_xasprintf("invalid JSON at column %d: %s", je.column, je.text);
        return -1;
    }
    if (!json_is_object(o)) {
        json_decref(o);
        *err = zd_xstrdup("not a JSON object");
        return -1;
    }
    if (is_mention(o)) {
        json_decref(o);
        return 1;
    }
    zd_report_deal d;
    memset(&d, 0, sizeof d);
    int rc = parse_deal(o, &d, err);
    json_decref(o);
    if (rc < 0) {
        deal_clear(&d);
        return -1;
    }
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->v = zd_xrealloc(r->v, r->cap * sizeof *r->v);
    }
    r->v[r->n++] = d;
    return 0;
}

int zd_report_add_path(zd_report *r, const char *path)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        zd_msg("report", "%s: cannot open: %s", name, strerror(errno));
        return 2;
    }
    int rc = 0;
    long lineno = 0;
    zd_buf line = ZD_BUF_INIT;
    int too_long = 0;
    char chunk[65536];
    for (;;) {
        int got = fgets(chunk, sizeof chunk, f) != NULL;
        if (!got && !line.len && !too_long) break;
        size_t l = got ? strlen(chunk) : 0;
        if (got && !too_long) {
            if (line.len + l > MAX_LINE) {
                too_long = 1;
                zd_buf_reset(&line);
            } else {
                zd_buf_add(&line, chunk, l);
            }
        }
        if (got && (l == 0 || chunk[l - 1] != '\n') && !feof(f)) continue;
        lineno++;
        if (too_long) {
            zd_msg("report", "%s:%ld: line longer than %u bytes", name, lineno, MAX_LINE);
            rc = 1;
        } else {
            size_t n = line.len, s = 0;
            while (n > 0 && (line.p[n - 1] == '\n' || line.p[n - 1] == '\r'))
                n--;
            while (s < n && (line.p[s] == ' ' || line.p[s] == '\t'))
                s++;
            char *err = NULL;
            if (n > s && zd_report_add_line(r, line.p + s, n - s, &err) < 0) {
                zd_msg("report", "%s:%ld: %s", name, lineno, err);
                free(err);
                rc = 1;
            }
        }
        too_long = 0;
        zd_buf_reset(&line);
        if (!got) break;
    }
    if (ferror(f)) {
        zd_msg("report", "%s: read error: %s", name, strerror(errno));
        rc = 1;
    }
    zd_buf_free(&line);
    if (!is_stdin) fclose(f);
    return rc;
}

/* ---- totals -------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t zd_report_sources(const zd_report *r)
{
    if (r->n == 0) return 0;
    char **urls = zd_xmalloc(r->n * sizeof *urls);
    size_t k = 0;
    for (size_t i = 0; i < r->n; i++)
        if (r->v[i].url) urls[k++] = r->v[i].url;
    qsort(urls, k, sizeof *urls, cmp_str);
    size_t distinct = 0;
    for (size_t i = 0; i < k; i++)
        if (i == 0 || strcmp(urls[i], urls[i - 1]) != 0) distinct++;
    free(urls);
    return distinct;
}

/* One deal's contribution to one key: folded into rows after sorting. */
typedef struct {
    const char *key;
    const char *currency;
    size_t month_len; /* bytes of key that count (7 for a month of a date) */
    double value;
    size_t deal; /* index, so one deal naming an investor twice counts once */
} contrib;

static int cmp_contrib(const void *a, const void *b)
{
    const contrib *x = a, *y = b;
    size_t lx = x->month_len, ly = y->month_len;
    int c = strncmp(x->key, y->key, lx < ly ? lx : ly);
    if (c == 0 && lx != ly) c = lx < ly ? -1 : 1;
    if (c == 0) c = strcmp(x->currency, y->currency);
    if (c == 0 && x->deal != y->deal) c = x->deal < y->deal ? -1 : 1;
    return c;
}

zd_report_total *zd_report_totals(const zd_report *r, zd_total_by by, size_t *n)
{
    size_t cap = 0, k = 0;
    for (size_t i = 0; i < r->n; i++)
        cap += by == ZD_TOTAL_INVESTOR ? r->v[i].ninv : 1;
    contrib *c = zd_xmalloc((cap ? cap : 1) * sizeof *c);
    for (size_t i = 0; i < r->n; i++) {
        const zd_report_deal *d = &r->v[i];
        int priced = d->has_amount && d->amount.has_value;
        contrib x = {NULL, priced ? d->amount.currency : "", 0, priced ? d->amount.value : 0, i};
        if (by == ZD_TOTAL_MONTH) {
            if (!d->date || strlen(d->date) < 7) continue;
            x.key = d->date;
            x.month_len = 7;
            c[k++] = x;
        } else {
            for (size_t j = 0; j < d->ninv; j++) {
                x.key = d->inv[j].name;
                x.month_len = strlen(x.key);
                c[k++] = x;
            }
        }
    }
    qsort(c, k, sizeof *c, cmp_contrib);
    /* Month keys point into a date ("2026-03-02"): the rows need their own
     * "YYYY-MM" strings, which are kept in one block freed with the array. */
    size_t rows = k; /* at most one row per contribution */
    size_t extra = by == ZD_TOTAL_MONTH ? rows * 8 : 0;
    zd_report_total *t = zd_xmalloc((rows ? rows : 1) * sizeof *t + extra);
    char *months = (char *)(t + (rows ? rows : 1));
    size_t m = 0;
    for (size_t i = 0; i < k; i++) {
        int same_row = m > 0 && i > 0 && strcmp(c[i].currency, c[i - 1].currency) == 0 &&
                       c[i].month_len == c[i - 1].month_len &&
                       strncmp(c[i].key, c[i - 1].key, c[i].month_len) == 0;
        if (same_row && c[i].deal == c[i - 1].deal) continue; /* an investor named twice */
        if (!same_row) {
            const char *key = c[i].key;
            if (by == ZD_TOTAL_MONTH) {
                char *s = months + m * 8;
                memcpy(s, c[i].key, 7);
                s[7] = '\0';
                key = s;
            }
            t[m].key = key;
            t[m].currency = c[i].currency;
            t[m].sum = 0;
            t[m].deals = 0;
            m++;
        }
        t[m - 1].sum += c[i].value;
        t[m - 1].deals++;
    }
    free(c);
    *n = m;
    return t;
}
