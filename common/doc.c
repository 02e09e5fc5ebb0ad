/*
 * doc.c: the document record in memory and as a JSON line (jansson).
 * jansson is used on both sides because it rejects invalid UTF-8 on input
 * and keeps 64-bit integers exact, which the offsets need.
 */
#include "doc.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *mtype_names[] = {"money", "date", "org"};

const char *zd_mtype_name(zd_mtype t)
{
    return mtype_names[t];
}

void zd_mentions_add(zd_mentions *m, zd_mtype type, size_t start, size_t end)
{
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        m->v = zd_xrealloc(m->v, m->cap * sizeof *m->v);
    }
    m->v[m->n].type = type;
    m->v[m->n].start = start;
    m->v[m->n].end = end;
    m->n++;
}

static int cmp_mention(const void *a, const void *b)
{
    const zd_mention *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->end != y->end) return x->end > y->end ? -1 : 1;
    return (int)x->type - (int)y->type;
}

void zd_mentions_sort(zd_mentions *m)
{
    if (m->n == 0) return;
    qsort(m->v, m->n, sizeof *m->v, cmp_mention);
    size_t last_end[3] = {0, 0, 0};
    int seen[3] = {0, 0, 0};
    size_t k = 0;
    for (size_t i = 0; i < m->n; i++) {
        zd_mention *x = &m->v[i];
        if (seen[x->type] && x->start < last_end[x->type]) continue;
        seen[x->type] = 1;
        last_end[x->type] = x->end;
        m->v[k++] = *x;
    }
    m->n = k;
}

void zd_mentions_free(zd_mentions *m)
{
    free(m->v);
    m->v = NULL;
    m->n = m->cap = 0;
}

void zd_doc_init(zd_doc *d)
{
    memset(d, 0, sizeof *d);
}

void zd_doc_clear(zd_doc *d)
{
    free(d->url);
    free(d->title);
    free(d->published);
    free(d->charset);
    free(d->text);
    zd_mentions_free(&d->mentions);
    zd_doc_init(d);
}

static json_t *str_or_null(const char *s)
{
    if (!s) return json_null();
    json_t *j = json_string(s);
    /* jansson refuses invalid UTF-8; the stages only produce valid UTF-8,
     * so this is a bug guard, not an input error. */
    return j ? j : json_null();
}

static int dump_cb(const char *buf, size_t size, void *data)
{
    zd_buf_add((zd_buf *)data, buf, size);
    return 0;
}

void zd_doc_to_json(const zd_doc *d, zd_buf *out)
{
    json_t *o = json_object();
    json_t *ms = json_array();
    if (!o || !ms) zd_oom();
    json_object_set_new(o, "schema", json_integer(ZD_SCHEMA));
    json_object_set_new(o, "url", str_or_null(d->url));
    json_object_set_new(o, "title", str_or_null(d->title));
    json_object_set_new(o, "published", str_or_null(d->published));
    json_object_set_new(o, "charset", str_or_null(d->charset));
    json_t *t = json_stringn(d->text ? d->text : "", d->text ? d->text_len : 0);
    json_object_set_new(o, "text", t ? t : json_string(""));
    for (size_t i = 0; i < d->mentions.n; i++) {
        const zd_mention *m = &d->mentions.v[i];
        json_t *x = json_object();
        if (!x) zd_oom();
        json_object_set_new(x, "type", json_string(zd_mtype_name(m->type)));
        json_object_set_new(x, "start", json_integer((json_int_t)m->start));
        json_object_set_new(x, "end", json_integer((json_int_t)m->end));
        json_t *s = json_stringn(d->text + m->start, m->end - m->start);
        json_object_set_new(x, "text", s ? s : json_string(""));
        json_array_append_new(ms, x);
    }
    json_object_set_new(o, "mentions", ms);
    if (json_dump_callback(o, dump_cb, out, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0) zd_oom();
    zd_buf_addc(out, '\n');
    json_decref(o);
}

static int is_boundary(const char *s, size_t len, size_t off)
{
    if (off > len) return 0;
    if (off == len) return 1;
    return ((unsigned char)s[off] & 0xC0) != 0x80;
}

static char *get_str(json_t *o, const char *key, int *bad)
{
    json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v)) return NULL;
    if (!json_is_string(v)) {
        *bad = 1;
        return NULL;
    }
    return zd_xstrndup(json_string_value(v), json_string_length(v));
}

int zd_doc_from_json(const char *line, size_t len, zd_doc *d, char **err)
{
    json_error_t je;
    json_t *o = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
    if (!o) {
        *err = zd_xasprintf("invalid JSON at column %d: %s", je.column, je.text);
        return -1;
    }
    int bad = 0;
    if (!json_is_object(o)) {
        *err = zd_xstrdup("not a JSON object");
        goto fail;
    }
    json_t *schema = json_object_get(o, "schema");
    if (schema && (!json_is_integer(schema) || json_integer_value(schema) != ZD_SCHEMA)) {
        *err = zd_xasprintf("unsupported schema (this zhdeals reads schema %d)", ZD_SCHEMA);
        goto fail;
    }
    json_t *text = json_object_get(o, "text");
    if (!json_is_string(text)) {
        *err = zd_xstrdup("no \"text\" string in the document");
        goto fail;
    }
    d->text_len = json_string_length(text);
    d->text = zd_xstrndup(json_string_value(text), d->text_len);
    d->url = get_str(o, "url", &bad);
    d->title = get_str(o, "title", &bad);
    d->published = get_str(o, "published", &bad);
    d->charset = get_str(o, "charset", &bad);
    if (bad) {
        *err = zd_xstrdup("url, title, published and charset must be strings or null");
        goto fail;
    }
    json_t *ms = json_object_get(o, "mentions");
    if (ms && !json_is_null(ms)) {
        if (!json_is_array(ms)) {
            *err = zd_xstrdup("\"mentions\" is not an array");
            goto fail;
        }
        size_t i;
        json_t *m;
        json_array_foreach(ms, i, m)
        {
            json_t *ty = json_object_get(m, "type");
            json_t *st = json_object_get(m, "start");
            json_t *en = json_object_get(m, "end");
            if (!json_is_string(ty) || !json_is_integer(st) || !json_is_integer(en)) {
                *err = zd_xasprintf("mention %zu lacks type, start or end", i);
                goto fail;
            }
            json_int_t s = json_integer_value(st), e = json_integer_value(en);
            if (s < 0 || e < s || (size_t)e > d->text_len ||
                !is_boundary(d->text, d->text_len, (size_t)s) ||
                !is_boundary(d->text, d->text_len, (size_t)e)) {
                *err = zd_xasprintf("mention %zu: offsets [%lld, %lld) are not a span of the text",
                                    i, (long long)s, (long long)e);
                goto fail;
            }
            const char *tn = json_string_value(ty);
            zd_mtype t;
            if (strcmp(tn, "money") == 0)
                t = ZD_MONEY;
            else if (strcmp(tn, "date") == 0)
                t = ZD_DATE;
            else if (strcmp(tn, "org") == 0)
                t = ZD_ORG;
            else
                continue; /* other mention types are for other tools */
            zd_mentions_add(&d->mentions, t, (size_t)s, (size_t)e);
        }
    }
    json_decref(o);
    return 0;
fail:
    json_decref(o);
    zd_doc_clear(d);
    return -1;
}
