/*
 * warc_write.c: WARC/1.1 `response` records (ISO 28500) and the writer that
 * puts them in a file, plain or gzip with one member per record (the
 * .warc.gz layout every WARC reader expects, so a reader can seek to any
 * record). The body is stored decoded, so the HTTP head is rewritten the
 * way other crawlers do it: Content-Encoding / Transfer-Encoding renamed to
 * X-Crawler-*, Content-Length fixed to the stored body. file:// pages get a
 * synthesized HTTP head so every record looks the same to readers.
 */
#include "fetch/fetch.h"
#include "fetch/fetch_int.h"
#include "fetch/sha1.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <unistd.h>
#include <zlib.h>

/* ---- dates and IDs ------------------------------------------------------ */

const char *zd_warc_fixed_date(void)
{
    const char *d = getenv("ZHDEALS_FIXED_DATE");
    if (!d) return NULL;
    /* YYYY-MM-DDTHH:MM:SSZ */
    static const char pat[] = "dddd-dd-ddTdd:dd:ddZ";
    if (strlen(d) != sizeof pat - 1) return NULL;
    for (size_t i = 0; pat[i]; i++) {
        if (pat[i] == 'd' ? (d[i] < '0' || d[i] > '9') : d[i] != pat[i]) return NULL;
    }
    return d;
}

void zd_warc_date(time_t t, char out[21])
{
    struct tm tm;
    gmtime_r(&t, &tm);
    if (strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) strcpy(out, "1970-01-01T00:00:00Z");
}

static void random_bytes(unsigned char *p, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(p + got, n - got, 0);
        if (r <= 0) break;
        got += (size_t)r;
    }
    if (got == n) return;
    /* no getrandom: hash what varies (never expected on Linux) */
    static unsigned long counter;
    char seed[128];
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    snprintf(seed, sizeof seed, "%ld.%ld.%ld.%lu", (long)ts.tv_sec, ts.tv_nsec, (long)getpid(),
             counter++);
    unsigned char h[20];
    zd_sha1(seed, strlen(seed), h);
    memcpy(p, h, n < 20 ? n : 20);
}

void zd_warc_record_id(const char *seed, char out[48])
{
    unsigned char u[20];
    int version = 4;
    if (seed) {
        zd_sha1(seed, strlen(seed), u);
        version = 5;
    } else {
        random_bytes(u, 16);
    }
    u[6] = (unsigned char)((u[6] & 0x0f) | (version << 4));
    u[8] = (unsigned char)((u[8] & 0x3f) | 0x80);
    snprintf(out, 48,
             "<urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x>",
             u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13],
             u[14], u[15]);
}

/* ---- HTTP head ---------------------------------------------------------- */

static int name_is(const char *line, size_t len, const char *name)
{
    size_t n = strlen(name);
    return len > n && line[n] == ':' && strncasecmp(line, name, n) == 0;
}

/* header values must not carry control bytes into the record */
static void add_clean(zd_buf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        zd_buf_addc(out, (c < 0x20 && c != '\t') || c == 0x7f ? ' ' : (char)c);
    }
}

void zd_warc_http_head(zd_buf *out, const char *head, size_t head_len, size_t body_len)
{
    const char *p = head, *end = head + head_len;
    int first = 1, skip_cont = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        size_t len = (size_t)(le - p);
        if (len && p[len - 1] == '\r') len--;
        const char *line = p;
        p = nl ? nl + 1 : end;
        if (first) {
            first = 0;
            if (len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
                add_clean(out, line, len);
            } else {
                zd_buf_adds(out, "HTTP/1.1 200 OK");
                goto header; /* not a status line: treat as a header */
            }
            zd_buf_adds(out, "\r\n");
            continue;
        }
    header:
        if (len == 0) break;                     /* end of head */
        if (line[0] == ' ' || line[0] == '\t') { /* obsolete line folding */
            if (skip_cont) continue;
            add_clean(out, line, len);
            zd_buf_adds(out, "\r\n");
            continue;
        }
        skip_cont = 0;
        if (name_is(line, len, "Content-Encoding")) {
            zd_buf_adds(out, "X-Crawler-");
        } else if (name_is(line, len, "Transfer-Encoding")) {
            zd_buf_adds(out, "X-Crawler-");
        } else if (name_is(line, len, "Content-Length")) {
            const char *v = line + 15;
            size_t vn = len - 15;
            while (vn && (*v == ' ' || *v == '\t'))
                v++, vn--;
            while (vn && (v[vn - 1] == ' ' || v[vn - 1] == '\t'))
                vn--;
            char want[32];
            int wn = snprintf(want, sizeof want, "%zu", body_len);
            if (vn == (size_t)wn && memcmp(v, want, vn) == 0) {
                skip_cont = 1;
                continue; /* same as the stored body: the new one replaces it */
            }
            zd_buf_adds(out, "X-Crawler-");
        }
        add_clean(out, line, len);
        zd_buf_adds(out, "\r\n");
    }
    if (first) zd_buf_adds(out, "HTTP/1.1 200 OK\r\n");
    zd_buf_printf(out, "Content-Length: %zu\r\n\r\n", body_len);
}

static int ends_with_ci(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && strncasecmp(s + n - k, suf, k) == 0;
}

void zd_warc_file_head(zd_buf *out, const char *url, size_t body_len)
{
    /* the path part: up to ? or # */
    size_t n = strcspn(url, "?#");
    const char *type = NULL;
    if (ends_with_ci(url, n, ".html") || ends_with_ci(url, n, ".htm") ||
        ends_with_ci(url, n, ".shtml"))
        type = "text/html";
    else if (ends_with_ci(url, n, ".xhtml"))
        type = "application/xhtml+xml";
    else if (ends_with_ci(url, n, ".txt"))
        type = "text/plain";
    zd_buf_adds(out, "HTTP/1.1 200 OK\r\n");
    if (type) zd_buf_printf(out, "Content-Type: %s\r\n", type);
    zd_buf_printf(out, "Content-Length: %zu\r\n\r\n", body_len);
}

/* ---- the record --------------------------------------------------------- */

/* The record up to the end of its content block's HTTP head: the WARC
 * header fields (digests computed over body), the blank line, http_head. */
static void record_head(zd_buf *out, const zd_warc_meta *m, const char *http_head, size_t head_len,
                        const char *body, size_t body_len)
{
    unsigned char d[20];
    char payload[33], blockd[33];
    zd_sha1(body, body_len, d);
    zd_base32_sha1(d, payload);
    zd_sha1_ctx c;
    zd_sha1_init(&c);
    zd_sha1_update(&c, http_head, head_len);
    zd_sha1_update(&c, body, body_len);
    zd_sha1_final(&c, d);
    zd_base32_sha1(d, blockd);

    zd_buf_adds(out, "WARC/1.1\r\nWARC-Type: response\r\n");
    zd_buf_printf(out, "WARC-Record-ID: %s\r\n", m->record_id);
    zd_buf_printf(out, "WARC-Date: %s\r\n", m->date);
    zd_buf_adds(out, "WARC-Target-URI: ");
    /* a URI has no spaces or control bytes; encode any that slipped in */
    for (const unsigned char *u = (const unsigned char *)m->target_uri; *u; u++) {
        if (*u <= 0x20 || *u == 0x7f)
            zd_buf_printf(out, "%%%02X", *u);
        else
            zd_buf_addc(out, (char)*u);
    }
    zd_buf_adds(out, "\r\n");
    if (m->ip && *m->ip) {
        zd_buf_adds(out, "WARC-IP-Address: ");
        add_clean(out, m->ip, strlen(m->ip));
        zd_buf_adds(out, "\r\n");
    }
    zd_buf_adds(out, "Content-Type: application/http;msgtype=response\r\n");
    zd_buf_printf(out, "WARC-Payload-Digest: sha1:%s\r\n", payload);
    zd_buf_printf(out, "WARC-Block-Digest: sha1:%s\r\n", blockd);
    zd_buf_printf(out, "Content-Length: %zu\r\n\r\n", head_len + body_len);
    zd_buf_add(out, http_head, head_len);
}

void zd_warc_response(zd_buf *out, const zd_warc_meta *m, const char *http_head, size_t head_len,
                      const char *body, size_t body_len)
{
    zd_buf_reserve(out, 512 + strlen(m->target_uri) + head_len + body_len);
    record_head(out, m, http_head, head_len, body, body_len);
    zd_buf_add(out, body, body_len);
    zd_buf_adds(out, "\r\n\r\n");
}

void zd_warc_response_in_place(zd_buf *body, const zd_warc_meta *m, const char *http_head,
                               size_t head_len)
{
    zd_buf h = ZD_BUF_INIT;
    record_head(&h, m, http_head, head_len, body->p ? body->p : "", body->len);
    zd_buf_reserve(body, h.len + 4);
    memmove(body->p + h.len, body->p, body->len);
    memcpy(body->p, h.p, h.len);
    body->len += h.len;
    zd_buf_adds(body, "\r\n\r\n");
    zd_buf_free(&h);
}

/* ---- the writer --------------------------------------------------------- */

struct zd_warc_writer {
    FILE *f;
    int own_f;
    int gzip;
    int failed;
    char *name;
    z_stream z;
    unsigned char *zbuf;
    size_t zcap;
};

zd_warc_writer *zd_warc_writer_open(const char *path)
{
    int to_stdout = !path || strcmp(path, "-") == 0;
    FILE *f = to_stdout ? stdout : fopen(path, "wb");
    if (!f) return NULL;
    zd_warc_writer *w = zd_xcalloc(1, sizeof *w);
    w->f = f;
    w->own_f = !to_stdout;
    w->name = zd_xstrdup(to_stdout ? "<stdout>" : path);
    size_t n = to_stdout ? 0 : strlen(path);
    w->gzip = n > 3 && strcmp(path + n - 3, ".gz") == 0;
    if (w->gzip) {
        /* windowBits 15 + 16: a gzip wrapper; one member per record */
        if (deflateInit2(&w->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
                         Z_DEFAULT_STRATEGY) != Z_OK)
            zd_oom();
    }
    return w;
}

static int write_all(zd_warc_writer *w, const void *p, size_t n)
{
    if (n && fwrite(p, 1, n, w->f) != n) {
        if (!w->failed) zd_msg("fetch", "%s: write error: %s", w->name, strerror(errno));
        w->failed = 1;
        return -1;
    }
    return 0;
}

int zd_warc_writer_sink(void *ud, const char *url, const char *record, size_t len)
{
    zd_warc_writer *w = ud;
    if (w->failed) return -1;
    if (!w->gzip) return write_all(w, record, len);

    /* reset first: deflateBound depends on the stream's state */
    deflateReset(&w->z);
    size_t bound = deflateBound(&w->z, (uLong)len) + 64;
    if (bound > w->zcap) {
        w->zbuf = zd_xrealloc(w->zbuf, bound);
        w->zcap = bound;
    }
    /* records are bounded by --max-bytes, far below 4 GiB; still feed in
     * uInt-sized pieces, and grow the output if zlib ever needs more */
    const unsigned char *in = (const unsigned char *)record;
    size_t left = len, out = 0;
    int zr;
    w->z.avail_in = 0;
    do {
        if (w->z.avail_in == 0 && left) {
            uInt take = left > 0x40000000u ? 0x40000000u : (uInt)left;
            w->z.next_in = (unsigned char *)in;
            w->z.avail_in = take;
            in += take;
            left -= take;
        }
        if (out == w->zcap) {
            w->zcap *= 2;
            w->zbuf = zd_xrealloc(w->zbuf, w->zcap);
        }
        size_t room = w->zcap - out;
        w->z.next_out = w->zbuf + out;
        w->z.avail_out = (uInt)(room > 0x40000000u ? 0x40000000u : room);
        uInt before = w->z.avail_out;
        zr = deflate(&w->z, left ? Z_NO_FLUSH : Z_FINISH);
        out += before - w->z.avail_out;
    } while (zr == Z_OK || (zr == Z_BUF_ERROR && (left || w->z.avail_out == 0)));
    if (zr != Z_STREAM_END) {
        zd_msg("fetch", "%s: gzip error (%d)", w->name, zr);
        w->failed = 1;
        return -1;
    }
    return write_all(w, w->zbuf, out);
}

int zd_warc_writer_close(zd_warc_writer *w)
{
    if (!w) return 0;
    int rc = w->failed ? -1 : 0;
    if (fflush(w->f) != 0) {
        if (!w->failed) zd_msg("fetch", "%s: write error: %s", w->name, strerror(errno));
        rc = -1;
    }
    if (w->own_f && fclose(w->f) != 0) {
        if (rc == 0) zd_msg("fetch", "%s: write error: %s", w->name, strerror(errno));
        rc = -1;
    }
    if (w->gzip) deflateEnd(&w->z);
    free(w->zbuf);
    free(w->name);
    free(w);
    return rc;
}
