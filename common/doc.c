/*
 * doc.c: the document record in memory and as a JSON line. Lines are read
 * with jansson, which rejects invalid UTF-8 and keeps 64-bit integers
 * exact, as the offsets need; they are written directly, in the bytes
 * jansson's compact dump gave.
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

/* A JSON string as jansson's json_dumps writes it (so the bytes did not
 * change when the writer moved here): '"' and '\\' escaped, \b \f \n \r \t
 * by name, other control characters as \u00XX (upper-case hex), everything
 * else, UTF-8 included, as it is. */
static void add_json_string(zd_buf *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    zd_buf_reserve(out, n + 2);
    out->p[out->len++] = '"';
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        zd_buf_add(out, s + run, i - run);
        run = i + 1;
        char e[6] = {'\\', 0};
        size_t el = 2;
        switch (c) {
        case '"':
            e[1] = '"';
            break;
        case '\\':
            e[1] = '\\';
            break;
        case '\b':
            e[1] = 'b';
            break;
        case '\f':
            e[1] = 'f';
            break;
        case '\n':
            e[1] = 'n';
            break;
        case '\r':
            e[1] = 'r';
            break;
        case '\t':
            e[1] = 't';
            break;
        default:
            memcpy(e, "\\u00", 4);
            e[4] = hex[c >> 4];
            e[5] = hex[c & 15];
            el = 6;
        }
        zd_buf_add(out, e, el);
    }
    zd_buf_add(out, s + run, n - run);
    zd_buf_addc(out, '"');
}

/* n in decimal (zd_buf_printf, twice vsnprintf, was 2/3 of writing a line) */
static void add_size(zd_buf *out, size_t n)
{
    char t[24];
    size_t k = sizeof t;
    do
        t[--k] = (char)('0' + n % 10);
    while (n /= 10);
    zd_buf_add(out, t + k, sizeof t - k);
}

/* The stages only produce valid UTF-8; like jansson before, invalid UTF-8
 * is written as `null` (a bug guard, not an input error). */
static void add_str_or_null(zd_buf *out, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (s && zd_utf8_valid(s, n))
        add_json_string(out, s, n);
    else
        zd_buf_adds(out, "null");
}

/* Written directly, not through a jansson tree: building and dumping the
 * tree was 11.7% of extract's instructions (make callgrind). */
void zd_doc_to_json(const zd_doc *d, zd_buf *out)
{
    zd_buf_printf(out, "{\"schema\":%d,\"url\":", ZD_SCHEMA);
    add_str_or_null(out, d->url);
    zd_buf_adds(out, ",\"title\":");
    add_str_or_null(out, d->title);
    zd_buf_adds(out, ",\"published\":");
    add_str_or_null(out, d->published);
    zd_buf_adds(out, ",\"charset\":");
    add_str_or_null(out, d->charset);
    zd_buf_adds(out, ",\"text\":");
    const char *text = d->text ? d->text : "";
    size_t tl = d->text ? d->text_len : 0;
    add_json_string(out, text, zd_utf8_valid(text, tl) ? tl : 0);
    zd_buf_adds(out, ",\"mentions\":[");
    for (size_t i = 0; i < d->mentions.n; i++) {
        const zd_mention *m = &d->mentions.v[i];
        zd_buf_adds(out, i ? ",{\"type\":\"" : "{\"type\":\"");
        zd_buf_adds(out, zd_mtype_name(m->type));
        zd_buf_adds(out, "\",\"start\":");
        add_size(out, m->start);
        zd_buf_adds(out, ",\"end\":");
        add_size(out, m->end);
        zd_buf_adds(out, ",\"text\":");
        const char *ms = d->text + m->start;
        size_t ml = m->end - m->start;
        add_json_string(out, ms, zd_utf8_valid(ms, ml) ? ml : 0);
        zd_buf_addc(out, '}');
    }
    zd_buf_adds(out, "]}\n");
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
