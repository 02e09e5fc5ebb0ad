/*
 * emit.c: record serialization. JSON goes through jansson (valid UTF-8,
 * exact integers); money values that are whole numbers below 2^53 are
 * written as JSON integers (110000000000, not 1.1e+11), others with 15
 * significant digits. CSV quotes per RFC 4180; TSV replaces tabs and
 * newlines inside fields by spaces (TSV has no quoting).
 */
#include "emit.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static json_t *num(double v)
{
    if (v == floor(v) && fabs(v) < 9007199254740992.0) return json_integer((json_int_t)v);
    return json_real(v);
}

static json_t *str(const char *s)
{
    if (!s) return json_null();
    json_t *j = json_string(s);
    return j ? j : json_null();
}

static json_t *strn(const char *s, size_t n)
{
    json_t *j = json_stringn(s, n);
    return j ? j : json_null();
}

static int dump_cb(const char *buf, size_t size, void *data)
{
    zd_buf_add((zd_buf *)data, buf, size);
    return 0;
}

static void dump(json_t *o, zd_buf *out)
{
    if (json_dump_callback(o, dump_cb, out,
                           JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15)) != 0)
        zd_oom();
    zd_buf_addc(out, '\n');
    json_decref(o);
}

static json_t *money_obj(const zd_money *m, const char *text, int full)
{
    json_t *o = json_object();
    json_object_set_new(o, "value", m->has_value ? num(m->value) : json_null());
    json_object_set_new(o, "currency", m->currency[0] ? json_string(m->currency) : json_null());
    if (full) {
        json_object_set_new(o, "approx", json_boolean(m->approx));
        json_object_set_new(o, "min", m->has_min ? num(m->min) : json_null());
        json_object_set_new(o, "max", m->has_max ? num(m->max) : json_null());
    }
    if (text) json_object_set_new(o, "text", str(text));
    return o;
}

static json_t *party_obj(const zd_party *p, int with_role)
{
    json_t *o = json_object();
    json_object_set_new(o, "name", str(p->name));
    json_object_set_new(o, "text", str(p->text));
    if (with_role) {
        json_object_set_new(o, "lead", p->lead < 0 ? json_null() : json_boolean(p->lead));
        json_object_set_new(o, "amount",
                            p->has_amount ? money_obj(&p->amount, p->amount_text, 0) : json_null());
    }
    return o;
}

static void date_str(const zd_date *d, char *buf, size_t n)
{
    zd_date_format(d, buf, n);
}

/* ---- CSV / TSV ----------------------------------------------------------- */

static void field(zd_format f, zd_buf *out, const char *s, int first)
{
    if (!first) zd_buf_addc(out, f == ZD_FMT_CSV ? ',' : '\t');
    if (!s) return;
    if (f == ZD_FMT_TSV) {
        for (const char *p = s; *p; p++)
            zd_buf_addc(out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
        return;
    }
    if (!strpbrk(s, ",\"\r\n")) {
        zd_buf_adds(out, s);
        return;
    }
    zd_buf_addc(out, '"');
    for (const char *p = s; *p; p++) {
        if (*p == '"') zd_buf_addc(out, '"');
        zd_buf_addc(out, *p);
    }
    zd_buf_addc(out, '"');
}

static void fnum(char *buf, size_t n, int has, double v)
{
    if (!has)
        buf[0] = '\0';
    else if (v == floor(v) && fabs(v) < 1e18)
        snprintf(buf, n, "%.0f", v);
    else
        snprintf(buf, n, "%.15g", v);
}

static const char *deal_cols[] = {"url",      "published", "type",           "status",
                                  "target",   "investors", "lead_investors", "amount",
                                  "currency", "approx",    "valuation",      "valuation_basis",
                                  "round",    "date",      "evidence",       NULL};
static const char *mention_cols[] = {"url",         "type",     "text",   "start", "end",
                                     "value",       "currency", "approx", "min",   "max",
                                     "granularity", "name",     "known",  NULL};

void zd_emit_header(zd_format f, int mentions, zd_buf *out)
{
    if (f == ZD_FMT_JSONL) return;
    const char **cols = mentions ? mention_cols : deal_cols;
    for (int i = 0; cols[i]; i++)
        field(f, out, cols[i], i == 0);
    zd_buf_adds(out, f == ZD_FMT_CSV ? "\r\n" : "\n");
}

void zd_emit_deal(zd_format f, const zd_doc *doc, const char *publish, const zd_deal *d,
                  zd_buf *out)
{
    char date[16];
    date_str(&d->date, date, sizeof date);
    const char *t = doc->text;
    if (f == ZD_FMT_JSONL) {
        json_t *o = json_object();
        json_object_set_new(o, "schema", json_integer(ZD_SCHEMA));
        json_object_set_new(o, "url", str(doc->url));
        json_object_set_new(o, "title", str(doc->title));
        json_object_set_new(o, "published", str(publish));
        json_object_set_new(o, "type", json_string(d->type));
        json_object_set_new(o, "status", json_string(d->status));
        json_object_set_new(o, "target", party_obj(&d->target, 0));
        json_t *inv = json_array();
        for (size_t i = 0; i < d->ninv; i++)
            json_array_append_new(inv, party_obj(&d->inv[i], 1));
        json_object_set_new(o, "investors", inv);
        json_object_set_new(o, "amount",
                            d->has_amount ? money_obj(&d->amount, d->amount_text, 1) : json_null());
        json_t *val = json_null();
        if (d->has_val) {
            val = money_obj(&d->val, NULL, 0);
            json_object_set_new(val, "basis", json_string(d->basis));
            json_object_set_new(val, "text", str(d->val_text));
        }
        json_object_set_new(o, "valuation", val);
        json_object_set_new(o, "round", str(d->round));
        json_object_set_new(o, "date", date[0] ? json_string(date) : json_null());
        json_object_set_new(o, "evidence", strn(t + d->span_s, d->span_e - d->span_s));
        json_t *span = json_array();
        json_array_append_new(span, json_integer((json_int_t)d->span_s));
        json_array_append_new(span, json_integer((json_int_t)d->span_e));
        json_object_set_new(o, "span", span);
        dump(o, out);
        return;
    }
    zd_buf inv = ZD_BUF_INIT, leads = ZD_BUF_INIT;
    for (size_t i = 0; i < d->ninv; i++) {
        if (inv.len) zd_buf_addc(&inv, ';');
        zd_buf_adds(&inv, d->inv[i].name);
        if (d->inv[i].lead == 1) {
            if (leads.len) zd_buf_addc(&leads, ';');
            zd_buf_adds(&leads, d->inv[i].name);
        }
    }
    char amount[64], val[64];
    fnum(amount, sizeof amount, d->has_amount && d->amount.has_value, d->amount.value);
    fnum(val, sizeof val, d->has_val && d->val.has_value, d->val.value);
    char *ev = zd_xstrndup(t + d->span_s, d->span_e - d->span_s);
    const char *cells[] = {doc->url ? doc->url : "",
                           publish ? publish : "",
                           d->type,
                           d->status,
                           d->target.name,
                           inv.p ? inv.p : "",
                           leads.p ? leads.p : "",
                           amount,
                           d->has_amount ? d->amount.currency : "",
                           d->has_amount ? (d->amount.approx ? "true" : "false") : "",
                           val,
                           d->has_val ? d->basis : "",
                           d->round ? d->round : "",
                           date,
                           ev};
    for (size_t i = 0; i < sizeof cells / sizeof *cells; i++)
        field(f, out, cells[i], i == 0);
    zd_buf_adds(out, f == ZD_FMT_CSV ? "\r\n" : "\n");
    free(ev);
    zd_buf_free(&inv);
    zd_buf_free(&leads);
}

void zd_emit_mention(zd_format f, const zd_doc *doc, const zd_value *v, zd_buf *out)
{
    const zd_mention *m = v->m;
    const char *t = doc->text;
    char date[16] = "";
    if (m->type == ZD_DATE && v->ok) date_str(&v->date, date, sizeof date);
    if (f == ZD_FMT_JSONL) {
        json_t *o = json_object();
        json_object_set_new(o, "schema", json_integer(ZD_SCHEMA));
        json_object_set_new(o, "url", str(doc->url));
        json_object_set_new(o, "type", json_string(zd_mtype_name(m->type)));
        json_object_set_new(o, "text", strn(t + m->start, m->end - m->start));
        json_object_set_new(o, "start", json_integer((json_int_t)m->start));
        json_object_set_new(o, "end", json_integer((json_int_t)m->end));
        if (m->type == ZD_MONEY) {
            const zd_money *mo = &v->money;
            json_object_set_new(o, "value", v->ok && mo->has_value ? num(mo->value) : json_null());
            json_object_set_new(o, "currency",
                                v->ok && mo->currency[0] ? json_string(mo->currency) : json_null());
            json_object_set_new(o, "approx", json_boolean(v->ok && mo->approx));
            json_object_set_new(o, "min", v->ok && mo->has_min ? num(mo->min) : json_null());
            json_object_set_new(o, "max", v->ok && mo->has_max ? num(mo->max) : json_null());
        } else if (m->type == ZD_DATE) {
            json_object_set_new(o, "value", date[0] ? json_string(date) : json_null());
            const char *g = v->ok ? zd_gran_name(v->date.gran) : NULL;
            json_object_set_new(o, "granularity", g ? json_string(g) : json_null());
        } else {
            json_t *name = v->name ? json_string(v->name) : strn(t + m->start, m->end - m->start);
            json_object_set_new(o, "name", name);
            json_object_set_new(o, "known", json_boolean(v->known));
        }
        dump(o, out);
        return;
    }
    char *text = zd_xstrndup(t + m->start, m->end - m->start);
    char s[32], e[32], value[64] = "", mn[64] = "", mx[64] = "";
    snprintf(s, sizeof s, "%zu", m->start);
    snprintf(e, sizeof e, "%zu", m->end);
    const char *cur = "", *approx = "", *gran = "", *name = "", *known = "";
    if (m->type == ZD_MONEY && v->ok) {
        fnum(value, sizeof value, v->money.has_value, v->money.value);
        fnum(mn, sizeof mn, v->money.has_min, v->money.min);
        fnum(mx, sizeof mx, v->money.has_max, v->money.max);
        cur = v->money.currency;
        approx = v->money.approx ? "true" : "false";
    } else if (m->type == ZD_DATE) {
        snprintf(value, sizeof value, "%s", date);
        gran = v->ok && zd_gran_name(v->date.gran) ? zd_gran_name(v->date.gran) : "";
    } else if (m->type == ZD_ORG) {
        name = v->name ? v->name : text;
        known = v->known ? "true" : "false";
    }
    const char *cells[] = {doc->url ? doc->url : "",
                           zd_mtype_name(m->type),
                           text,
                           s,
                           e,
                           value,
                           cur,
                           approx,
                           mn,
                           mx,
                           gran,
                           name,
                           known};
    for (size_t i = 0; i < sizeof cells / sizeof *cells; i++)
        field(f, out, cells[i], i == 0);
    zd_buf_adds(out, f == ZD_FMT_CSV ? "\r\n" : "\n");
    free(text);
}
