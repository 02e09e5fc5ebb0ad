/*
 * fetchlog.c: the --log file, one JSON line per URL (the contract's
 * accounting: every URL of every list ends in exactly one line, ok or not),
 * so a run can be audited with jq and, later, resumed. Written with jansson
 * (compact, fields in contract order); lines are flushed as they are written
 * so a crashed run leaves a log that matches the records already out.
 * It also reads an earlier log back for --resume.
 */
#include "fetch/fetch_int.h"
#include "fetch/sha1.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* jansson rejects invalid UTF-8: show bad bytes as U+FFFD instead of
 * losing the field. */
static json_t *str_json(const char *s)
{
    size_t n = strlen(s);
    if (zd_utf8_valid(s, n)) return json_stringn(s, n);
    zd_buf b = ZD_BUF_INIT;
    size_t i = 0;
    while (i < n) {
        int32_t c = zd_utf8_decode(s, n, &i);
        zd_buf_add_utf8(&b, c < 0 ? 0xFFFD : (uint32_t)c);
    }
    json_t *j = json_stringn(b.p ? b.p : "", b.len);
    zd_buf_free(&b);
    return j;
}

char *zd_fetchlog_format(const zd_fetchlog_entry *e)
{
    json_t *o = json_object();
    if (!o) zd_oom();
    json_object_set_new(o, "url", str_json(e->url ? e->url : ""));
    json_object_set_new(o, "status", json_string(e->status));
    json_object_set_new(o, "http_status",
                        e->http_status > 0 ? json_integer(e->http_status) : json_null());
    json_object_set_new(o, "bytes", json_integer(e->bytes));
    json_object_set_new(o, "ms", json_integer(e->ms));
    json_object_set_new(o, "attempts", json_integer(e->attempts));
    if (e->error) json_object_set_new(o, "error", str_json(e->error));
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (!s) zd_oom();
    /* jansson allocates with malloc by default; hand back our own copy so
     * the caller's free() is right whatever allocator jansson was set to */
    char *r = zd_xstrdup(s);
    free(s);
    return r;
}

struct zd_fetchlog {
    FILE *f;
    char *path;
    int failed;
};

zd_fetchlog *zd_fetchlog_open(const char *path, int append, char **err)
{
    *err = NULL;
    FILE *f = fopen(path, append ? "a" : "w");
    if (!f) {
        *err = zd_xasprintf("%s: %s", path, strerror(errno));
        return NULL;
    }
    zd_fetchlog *l = zd_xcalloc(1, sizeof *l);
    l->f = f;
    l->path = zd_xstrdup(path);
    return l;
}

int zd_fetchlog_write(zd_fetchlog *l, const zd_fetchlog_entry *e)
{
    char *s = zd_fetchlog_format(e);
    int rc = 0;
    if (fputs(s, l->f) == EOF || fputc('\n', l->f) == EOF || fflush(l->f) != 0) {
        if (!l->failed) zd_msg("fetch", "%s: write error: %s", l->path, strerror(errno));
        l->failed = 1;
        rc = -1;
    }
    free(s);
    return rc;
}

int zd_fetchlog_close(zd_fetchlog *l)
{
    if (!l) return 0;
    int rc = l->failed ? -1 : 0;
    if (fclose(l->f) != 0) {
        if (!rc) zd_msg("fetch", "%s: write error: %s", l->path, strerror(errno));
        rc = -1;
    }
    free(l->path);
    free(l);
    return rc;
}

/* ---- --resume ----------------------------------------------------------- */

int zd_fetchlog_final(const char *status, long http_status)
{
    /* robots is not final: the site may allow it by the next run */
    if (!strcmp(status, "ok") || !strcmp(status, "bad_url") || !strcmp(status, "too_large"))
        return 1;
    if (!strcmp(status, "http_error"))
        return http_status >= 400 && http_status < 500 && http_status != 408 && http_status != 429;
    return 0; /* timeout, dns, refused, error, 5xx: worth another try */
}

struct zd_urlset {
    uint64_t *slot; /* 0 = empty */
    size_t cap, n;
};

static uint64_t url_hash(const char *url)
{
    unsigned char d[20];
    zd_sha1(url, strlen(url), d);
    uint64_t h = 0;
    for (int i = 0; i < 8; i++)
        h = h << 8 | d[i];
    return h ? h : 1;
}

static void set_add(zd_urlset *s, uint64_t h)
{
    if (2 * (s->n + 1) > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 1024;
        uint64_t *slot = zd_xcalloc(cap, sizeof *slot);
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->slot[i]) continue;
            size_t j = (size_t)s->slot[i] & (cap - 1);
            while (slot[j])
                j = (j + 1) & (cap - 1);
            slot[j] = s->slot[i];
        }
        free(s->slot);
        s->slot = slot;
        s->cap = cap;
    }
    size_t j = (size_t)h & (s->cap - 1);
    while (s->slot[j]) {
        if (s->slot[j] == h) return;
        j = (j + 1) & (s->cap - 1);
    }
    s->slot[j] = h;
    s->n++;
}

int zd_urlset_has(const zd_urlset *s, const char *url)
{
    if (!s || !s->n) return 0;
    uint64_t h = url_hash(url);
    size_t j = (size_t)h & (s->cap - 1);
    while (s->slot[j]) {
        if (s->slot[j] == h) return 1;
        j = (j + 1) & (s->cap - 1);
    }
    return 0;
}

size_t zd_urlset_count(const zd_urlset *s)
{
    return s ? s->n : 0;
}

void zd_urlset_free(zd_urlset *s)
{
    if (!s) return;
    free(s->slot);
    free(s);
}

zd_urlset *zd_fetchlog_load_done(const char *path, char **err)
{
    *err = NULL;
    FILE *f = fopen(path, "r");
    if (!f) {
        *err = zd_xasprintf("%s: %s", path, strerror(errno));
        return NULL;
    }
    zd_urlset *s = zd_xcalloc(1, sizeof *s);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)n, 0, &je);
        if (!o) continue;
        const char *url = json_string_value(json_object_get(o, "url"));
        const char *status = json_string_value(json_object_get(o, "status"));
        json_t *hs = json_object_get(o, "http_status");
        long code = json_is_integer(hs) ? (long)json_integer_value(hs) : 0;
        if (url && status && zd_fetchlog_final(status, code)) set_add(s, url_hash(url));
        json_decref(o);
    }
    int bad = ferror(f);
    free(line);
    fclose(f);
    if (bad) {
        *err = zd_xasprintf("%s: read error", path);
        zd_urlset_free(s);
        return NULL;
    }
    return s;
}
