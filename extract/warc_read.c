/*
 * warc_read.c: WARC input for extract. zlib's gz* functions read plain
 * files and concatenated gzip members alike, which is exactly the .warc /
 * .warc.gz duality. Records are framed by their Content-Length; a record
 * that is malformed or cut short is reported and the reader resynchronizes
 * on the next "WARC/1." line, so one bad record never costs the others.
 */
#include "warc_read.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>

#define ZD_WARC_HEADER_MAX (1 << 20) /* header block of one record */

struct zd_warc_reader {
    gzFile gz;
    char *buf; /* read-ahead buffer */
    size_t pos, len, cap;
    int eof;
    size_t max_record;
    long recno;
};

void zd_warc_record_init(zd_warc_record *r)
{
    memset(r, 0, sizeof *r);
}

void zd_warc_record_clear(zd_warc_record *r)
{
    free(r->type);
    free(r->target_uri);
    free(r->date);
    free(r->content_type);
    zd_buf_free(&r->body);
    zd_warc_record_init(r);
}

int zd_warc_sniff(const char *p, size_t n)
{
    return n >= 7 && memcmp(p, "WARC/1.", 7) == 0;
}

/* ---- the stream ---------------------------------------------------------- */

static int fill(zd_warc_reader *w, size_t want)
{
    while (!w->eof && w->len - w->pos < want) {
        if (w->pos > 0) {
            memmove(w->buf, w->buf + w->pos, w->len - w->pos);
            w->len -= w->pos;
            w->pos = 0;
        }
        if (w->cap - w->len < 65536) {
            w->cap = w->cap ? w->cap * 2 : 262144;
            if (w->cap < w->len + 65536) w->cap = w->len + 65536;
            w->buf = zd_xrealloc(w->buf, w->cap);
        }
        int r = gzread(w->gz, w->buf + w->len, (unsigned)(w->cap - w->len > 1u << 30 ? 1u << 30
                                                                               : w->cap - w->len));
        if (r < 0) return -1;
        if (r == 0) w->eof = 1;
        w->len += (size_t)r;
    }
    return 0;
}

zd_warc_reader *zd_warc_open(const char *path, size_t max_record, char **err)
{
    gzFile gz;
    if (strcmp(path, "-") == 0) {
        int fd = dup(0);
        gz = fd >= 0 ? gzdopen(fd, "rb") : NULL;
    } else {
        gz = gzopen(path, "rb");
    }
    if (!gz) {
        *err = zd_xasprintf("cannot open: %s", strerror(errno ? errno : ENOENT));
        return NULL;
    }
    gzbuffer(gz, 131072);
    zd_warc_reader *w = zd_xcalloc(1, sizeof *w);
    w->gz = gz;
    w->max_record = max_record;
    if (fill(w, 16) < 0) {
        int e;
        *err = zd_xasprintf("read error: %s", gzerror(gz, &e));
        zd_warc_close(w);
        return NULL;
    }
    return w;
}

void zd_warc_close(zd_warc_reader *w)
{
    if (!w) return;
    gzclose(w->gz);
    free(w->buf);
    free(w);
}

int zd_warc_is_warc(zd_warc_reader *w)
{
    return zd_warc_sniff(w->buf + w->pos, w->len - w->pos);
}

int zd_warc_read_all(zd_warc_reader *w, size_t max, zd_buf *out, char **err)
{
    for (;;) {
        size_t have = w->len - w->pos;
        if (out->len + have > max) {
            *err = zd_xasprintf("input larger than %zu bytes", max);
            return -1;
        }
        zd_buf_add(out, w->buf + w->pos, have);
        w->pos = w->len;
        if (w->eof) break;
        if (fill(w, 65536) < 0) {
            int e;
            *err = zd_xasprintf("read error: %s", gzerror(w->gz, &e));
            return -1;
        }
    }
    if (!out->p) zd_buf_add(out, "", 0);
    return 0;
}

/* Index of the end of the line starting at pos (the '\n'), or (size_t)-1. */
static size_t line_end(zd_warc_reader *w, size_t from, size_t limit)
{
    for (;;) {
        char *nl = memchr(w->buf + from, '\n', w->len - from);
        if (nl) return (size_t)(nl - w->buf);
        if (w->eof || w->len - w->pos > limit) return (size_t)-1;
        size_t off = from - w->pos;
        if (fill(w, w->len - w->pos + 65536) < 0) return (size_t)-1;
        from = w->pos + off;
    }
}

/* Skip to the next line that starts a record. */
static void resync(zd_warc_reader *w)
{
    for (;;) {
        if (fill(w, 8) < 0) return;
        if (w->len - w->pos == 0) return;
        if (zd_warc_sniff(w->buf + w->pos, w->len - w->pos)) return;
        size_t e = line_end(w, w->pos, (size_t)-1 / 2);
        if (e == (size_t)-1) {
            w->pos = w->len; /* no more lines */
            if (w->eof) return;
            continue;
        }
        w->pos = e + 1;
    }
}

static long parse_content_length(const char *h, size_t n)
{
    /* h: the header block; find "Content-Length:" at a line start */
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && h[e] != '\n') e++;
        if (e - i > 15 && strncasecmp(h + i, "Content-Length:", 15) == 0) {
            const char *p = h + i + 15;
            while (p < h + e && (*p == ' ' || *p == '\t')) p++;
            if (p >= h + e || !isdigit((unsigned char)*p)) return -1;
            long v = 0;
            while (p < h + e && isdigit((unsigned char)*p)) {
                if (v > (long)1 << 40) return -1;
                v = v * 10 + (*p++ - '0');
            }
            return v;
        }
        i = e + 1;
    }
    return -1;
}

int zd_warc_next_raw(zd_warc_reader *w, zd_buf *out, long *recno, char **err)
{
    zd_buf_reset(out);
    /* skip blank lines between records */
    for (;;) {
        if (fill(w, 2) < 0) goto readerr;
        if (w->pos < w->len && (w->buf[w->pos] == '\r' || w->buf[w->pos] == '\n'))
            w->pos++;
        else
            break;
    }
    if (w->len == w->pos) return 0;
    *recno = ++w->recno;
    if (fill(w, 8) < 0) goto readerr;
    if (!zd_warc_sniff(w->buf + w->pos, w->len - w->pos)) {
        *err = zd_xstrdup("not a WARC record (no \"WARC/1.\" version line)");
        resync(w);
        return -1;
    }
    /* header block: up to the first empty line (offsets relative to
     * w->pos, because filling may move the buffer) */
    size_t rel = 0, hdr_rel = (size_t)-1;
    for (;;) {
        size_t e = line_end(w, w->pos + rel, ZD_WARC_HEADER_MAX);
        if (e == (size_t)-1) break;
        size_t erel = e - w->pos;
        if (erel == rel || (erel == rel + 1 && w->buf[w->pos + rel] == '\r')) {
            hdr_rel = erel + 1;
            break;
        }
        rel = erel + 1;
        if (rel > ZD_WARC_HEADER_MAX) break;
    }
    size_t start = w->pos;
    if (hdr_rel == (size_t)-1) {
        *err = zd_xstrdup(w->eof ? "truncated record (header block not terminated)"
                                 : "header block too large");
        w->pos++;
        resync(w);
        return -1;
    }
    size_t hdr_end = start + hdr_rel;
    long clen = parse_content_length(w->buf + start, hdr_end - start);
    if (clen < 0) {
        *err = zd_xstrdup("record without a valid Content-Length");
        w->pos = hdr_end;
        resync(w);
        return -1;
    }
    size_t hlen = hdr_end - start;
    if ((size_t)clen > w->max_record) {
        *err = zd_xasprintf("record of %ld bytes exceeds the limit of %zu", clen, w->max_record);
        /* skip the content without keeping it */
        w->pos = hdr_end;
        size_t left = (size_t)clen;
        while (left > 0) {
            if (fill(w, 1) < 0 || w->len == w->pos) break;
            size_t take = w->len - w->pos < left ? w->len - w->pos : left;
            w->pos += take;
            left -= take;
        }
        return -1;
    }
    if (fill(w, hlen + (size_t)clen) < 0) goto readerr;
    if (w->len - w->pos < hlen + (size_t)clen) {
        *err = zd_xasprintf("truncated record (%zu of %ld content bytes)",
                            w->len - w->pos - hlen, clen);
        w->pos += hlen;
        resync(w);
        return -1;
    }
    zd_buf_add(out, w->buf + w->pos, hlen + (size_t)clen);
    w->pos += hlen + (size_t)clen;
    return 1;
readerr : {
    int e;
    *err = zd_xasprintf("read error: %s", gzerror(w->gz, &e));
    w->eof = 1;
    w->pos = w->len;
    return -1;
}
}

/* ---- one record ---------------------------------------------------------- */

/* Value of header name in block h[0..n) (case-insensitive), trimmed; NULL. */
static char *header(const char *h, size_t n, const char *name)
{
    size_t nl = strlen(name), i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && h[e] != '\n') e++;
        if (e - i > nl && strncasecmp(h + i, name, nl) == 0 && h[i + nl] == ':') {
            const char *p = h + i + nl + 1, *q = h + e;
            while (p < q && (*p == ' ' || *p == '\t')) p++;
            while (q > p && (q[-1] == '\r' || q[-1] == ' ' || q[-1] == '\t')) q--;
            return zd_xstrndup(p, (size_t)(q - p));
        }
        i = e + 1;
    }
    return NULL;
}

static const char *find_blank_line(const char *p, size_t n, size_t *after)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '\n') continue;
        if (i + 1 < n && p[i + 1] == '\n') {
            *after = i + 2;
            return p + i;
        }
        if (i + 2 < n && p[i + 1] == '\r' && p[i + 2] == '\n') {
            *after = i + 3;
            return p + i;
        }
    }
    return NULL;
}

static int dechunk(const char *p, size_t n, size_t max, zd_buf *out, char **err)
{
    size_t i = 0;
    while (i < n) {
        char *end;
        unsigned long long sz = strtoull(p + i, &end, 16);
        if (end == p + i) {
            *err = zd_xstrdup("bad chunked encoding in the HTTP body");
            return -1;
        }
        const char *nl = memchr(end, '\n', n - (size_t)(end - p));
        if (!nl) break;
        i = (size_t)(nl - p) + 1;
        if (sz == 0) break;
        if (sz > n - i) sz = n - i; /* cut short: keep what is there */
        if (out->len + sz > max) {
            *err = zd_xasprintf("decoded body larger than %zu bytes", max);
            return -1;
        }
        zd_buf_add(out, p + i, (size_t)sz);
        i += (size_t)sz;
        while (i < n && (p[i] == '\r' || p[i] == '\n')) i++;
    }
    return 0;
}

static int inflate_body(const char *p, size_t n, size_t max, zd_buf *out, char **err)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK) zd_oom();
    z.next_in = (Bytef *)p;
    z.avail_in = (uInt)n;
    int rc = Z_OK;
    char tmp[65536];
    while (rc != Z_STREAM_END) {
        z.next_out = (Bytef *)tmp;
        z.avail_out = sizeof tmp;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) break;
        size_t got = sizeof tmp - z.avail_out;
        if (out->len + got > max) {
            inflateEnd(&z);
            *err = zd_xasprintf("decompressed body larger than %zu bytes", max);
            return -1;
        }
        zd_buf_add(out, tmp, got);
        if (rc == Z_BUF_ERROR || (got == 0 && z.avail_in == 0)) break;
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END && rc != Z_BUF_ERROR && rc != Z_OK) {
        *err = zd_xstrdup("corrupt compressed HTTP body");
        return -1;
    }
    return 0;
}

int zd_warc_parse(const char *rec, size_t n, size_t max_body, zd_warc_record *r, char **err)
{
    size_t hstart;
    if (!find_blank_line(rec, n, &hstart)) {
        *err = zd_xstrdup("record header block not terminated");
        return -1;
    }
    const char *h = rec;
    size_t hl = hstart;
    char *type = header(h, hl, "WARC-Type");
    if (!type) {
        *err = zd_xstrdup("record without WARC-Type");
        return -1;
    }
    for (char *c = type; *c; c++) *c = (char)tolower((unsigned char)*c);
    r->type = type;
    r->target_uri = header(h, hl, "WARC-Target-URI");
    if (r->target_uri && r->target_uri[0] == '<') { /* WARC/1.0 drafts wrote <uri> */
        size_t l = strlen(r->target_uri);
        if (l >= 2 && r->target_uri[l - 1] == '>') {
            memmove(r->target_uri, r->target_uri + 1, l - 2);
            r->target_uri[l - 2] = '\0';
        }
    }
    r->date = header(h, hl, "WARC-Date");
    long clen = parse_content_length(h, hl);
    const char *block = rec + hstart;
    size_t blen = n - hstart;
    if (clen >= 0 && (size_t)clen < blen) blen = (size_t)clen;
    if (strcmp(type, "resource") == 0) {
        r->content_type = header(h, hl, "Content-Type");
        if (blen > max_body) {
            *err = zd_xasprintf("payload larger than %zu bytes", max_body);
            return -1;
        }
        zd_buf_add(&r->body, block, blen);
        return 0;
    }
    if (strcmp(type, "response") != 0) return 0;
    /* the HTTP message */
    size_t bstart;
    if (blen < 9 || strncmp(block, "HTTP/", 5) != 0) {
        *err = zd_xstrdup("response record does not hold an HTTP response");
        return -1;
    }
    const char *sp = memchr(block, ' ', blen < 32 ? blen : 32);
    r->http_status = sp ? atoi(sp + 1) : 0;
    if (!find_blank_line(block, blen, &bstart)) bstart = blen; /* headers only */
    r->content_type = header(block, bstart, "Content-Type");
    char *te = header(block, bstart, "Transfer-Encoding");
    char *ce = header(block, bstart, "Content-Encoding");
    const char *body = block + bstart;
    size_t bodyl = blen - bstart;
    int rc = 0;
    zd_buf tmp = ZD_BUF_INIT;
    if (te && strcasestr(te, "chunked")) {
        rc = dechunk(body, bodyl, max_body, &tmp, err);
        body = tmp.p ? tmp.p : "";
        bodyl = tmp.len;
    }
    if (rc == 0 && ce && (strcasecmp(ce, "gzip") == 0 || strcasecmp(ce, "x-gzip") == 0 ||
                          strcasecmp(ce, "deflate") == 0)) {
        rc = inflate_body(body, bodyl, max_body, &r->body, err);
    } else if (rc == 0 && ce && strcasecmp(ce, "identity") != 0) {
        *err = zd_xasprintf("unsupported Content-Encoding \"%s\"", ce);
        rc = -1;
    } else if (rc == 0) {
        if (bodyl > max_body) {
            *err = zd_xasprintf("payload larger than %zu bytes", max_body);
            rc = -1;
        } else {
            zd_buf_add(&r->body, body, bodyl);
        }
    }
    zd_buf_free(&tmp);
    free(te);
    free(ce);
    return rc;
}
