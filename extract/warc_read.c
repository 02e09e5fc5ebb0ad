/*
 * warc_read.c: WARC input for extract, plain or a series of gzip members
 * (the .warc / .warc.gz duality). Members are inflated one at a time with
 * zlib's inflate, so a corrupt member (one record, by the .warc.gz
 * convention) is dropped and reported and the next member read. Records
 * are framed by their Content-Length and must be followed by CRLF CRLF and
 * the next record; a record that is malformed or cut short is reported and
 * the reader resynchronizes on the next "WARC/1." line, so one bad record
 * never costs the others.
 */
#include "warc_read.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#define ZD_WARC_HEADER_MAX (1 << 20)  /* header block of one record */
#define ZD_GZ_IN           (1 << 16)  /* compressed bytes read at a time */
#define ZD_GZ_KEEP         (16 << 20) /* compressed bytes of a member kept */
#define ZD_WARC_STEAL      (1 << 20)  /* a record this large is handed over, not copied */

struct zd_warc_reader {
    int fd;
    char *buf; /* read-ahead buffer of the (decompressed) stream */
    size_t pos, len, cap;
    int eof;
    size_t max_record;
    long recno;
    /* gzip input: members are inflated one by one (not with gzread, which
     * gives up at the first corrupt member), so a bad member costs only its
     * own record: its output is dropped, the input is searched for the next
     * member, and the next call of zd_warc_next_raw reports it. */
    int gzip;
    int in_member; /* inside a member (inflate running) */
    z_stream z;
    unsigned char *in; /* compressed input, in[in_pos..in_len) unread */
    size_t in_pos, in_len, in_cap;
    int in_eof;
    long long in_off;     /* file offset of in[0] */
    long long member_at;  /* file offset of the current member */
    long long out_off;    /* stream offset of buf[0] */
    long long member_out; /* stream offset where the member's output starts */
    char *bad;            /* a dropped member, not yet reported */
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

/* Read more compressed input, keeping in[in_pos..] and, up to ZD_GZ_KEEP
 * bytes, the current member from its start (so that after an error the
 * next member is searched from there: a member cut short has the next
 * one's header inside what inflate read). 0, or -1 (errno). */
static int in_more(zd_warc_reader *w)
{
    size_t drop = w->in_pos;
    if (w->in_member && w->member_at >= w->in_off) {
        size_t m = (size_t)(w->member_at - w->in_off); /* keep from there, up to ZD_GZ_KEEP */
        if (m < drop && w->in_len - m < ZD_GZ_KEEP) drop = m;
    }
    if (drop > 0) {
        memmove(w->in, w->in + drop, w->in_len - drop);
        w->in_len -= drop;
        w->in_pos -= drop;
        w->in_off += (long long)drop;
    }
    if (w->in_cap - w->in_len < ZD_GZ_IN) {
        w->in_cap = w->in_len + ZD_GZ_IN;
        w->in = zd_xrealloc(w->in, w->in_cap);
    }
    ssize_t r;
    do
        r = read(w->fd, w->in + w->in_len, w->in_cap - w->in_len);
    while (r < 0 && errno == EINTR);
    if (r < 0) return -1;
    if (r == 0) w->in_eof = 1;
    w->in_len += (size_t)r;
    return 0;
}

/* Note a bad stretch of gzip input (the first one until it is reported). */
static void gz_bad(zd_warc_reader *w, const char *what)
{
    if (!w->bad)
        w->bad = zd_xasprintf("%s at byte %lld of the compressed file; its record is lost", what,
                              w->member_at);
}

/* Skip compressed input up to the next gzip member header (1f 8b 08). */
static int gz_seek_member(zd_warc_reader *w)
{
    for (;;) {
        while (w->in_len - w->in_pos >= 3) {
            unsigned char *p = memchr(w->in + w->in_pos, 0x1f, w->in_len - w->in_pos - 2);
            if (!p) {
                w->in_pos = w->in_len - 2;
                break;
            }
            w->in_pos = (size_t)(p - w->in);
            if (p[1] == 0x8b && p[2] == 8) return 0;
            w->in_pos++;
        }
        if (w->in_eof) {
            w->in_pos = w->in_len;
            return 0;
        }
        if (in_more(w) < 0) return -1;
    }
}

/* Inflate into out[0..cap) (stream offset out_at): bytes produced (> 0, all
 * from one member), 0 at the end, -1 on a read error, -2 when the current
 * member is corrupt (its output from stream offset member_out on must be
 * dropped; the input is already at the next member). */
static long gz_some(zd_warc_reader *w, char *out, size_t cap, long long out_at)
{
    for (;;) {
        if (w->in_len - w->in_pos < 3 && !w->in_eof && in_more(w) < 0) return -1;
        if (w->in_pos == w->in_len) {
            if (!w->in_member) return 0;
            w->in_member = 0;
            gz_bad(w, "gzip member cut short");
            return -2;
        }
        if (!w->in_member) {
            w->member_at = w->in_off + (long long)w->in_pos;
            if (w->in_len - w->in_pos < 3 || w->in[w->in_pos] != 0x1f ||
                w->in[w->in_pos + 1] != 0x8b || w->in[w->in_pos + 2] != 8) {
                gz_bad(w, "bytes that are not a gzip member");
                w->in_pos++;
                if (gz_seek_member(w) < 0) return -1;
                continue;
            }
            inflateReset(&w->z);
            w->in_member = 1;
            w->member_out = out_at; /* nothing produced yet in this call */
        }
        w->z.next_in = w->in + w->in_pos;
        w->z.avail_in = (uInt)(w->in_len - w->in_pos);
        w->z.next_out = (Bytef *)out;
        w->z.avail_out = (uInt)(cap > 1u << 30 ? 1u << 30 : cap);
        uInt avail = w->z.avail_out;
        int rc = inflate(&w->z, Z_NO_FLUSH);
        w->in_pos = w->in_len - w->z.avail_in;
        long got = (long)(avail - w->z.avail_out);
        if (rc == Z_STREAM_END) {
            w->in_member = 0;
            if (got > 0) return got;
            continue;
        }
        if (rc == Z_OK || (rc == Z_BUF_ERROR && w->z.avail_in == 0)) {
            if (got > 0) return got;
            if (w->in_eof && w->z.avail_in == 0) continue; /* cut short: reported above */
            if (in_more(w) < 0) return -1;
            continue;
        }
        /* Z_DATA_ERROR (bad deflate data, header or check value): the next
         * member header after this one's start */
        w->in_member = 0;
        gz_bad(w, rc == Z_DATA_ERROR && w->z.msg ? w->z.msg : "corrupt gzip member");
        if (w->member_at >= w->in_off && (size_t)(w->member_at - w->in_off) < w->in_pos)
            w->in_pos = (size_t)(w->member_at - w->in_off) + 1;
        if (gz_seek_member(w) < 0) return -1;
        return -2;
    }
}

/* Read until want bytes are buffered or the input ends. Returns 0, 1 when a
 * corrupt gzip member was dropped on the way (w->bad says which; bytes
 * before pos are never dropped, so pos stays valid), or -1 on a read error. */
static int fill(zd_warc_reader *w, size_t want)
{
    int dropped = 0;
    while (!w->eof && w->len - w->pos < want) {
        if (w->pos > 0) {
            memmove(w->buf, w->buf + w->pos, w->len - w->pos);
            w->len -= w->pos;
            w->out_off += (long long)w->pos;
            w->pos = 0;
        }
        if (w->cap - w->len < 65536) {
            w->cap = w->cap ? w->cap * 2 : 262144;
            if (w->cap < w->len + 65536) w->cap = w->len + 65536;
            w->buf = zd_xrealloc(w->buf, w->cap);
        }
        long r;
        if (w->gzip) {
            r = gz_some(w, w->buf + w->len, w->cap - w->len, w->out_off + (long long)w->len);
            if (r == -2) { /* drop what the member gave, back to pos at most */
                long long keep = w->member_out - w->out_off;
                if (w->member_out < 0 || keep < (long long)w->pos) keep = (long long)w->pos;
                if (keep < (long long)w->len) w->len = (size_t)keep;
                dropped = 1;
                continue;
            }
        } else {
            do
                r = read(w->fd, w->buf + w->len,
                         w->cap - w->len > 1u << 30 ? 1u << 30 : w->cap - w->len);
            while (r < 0 && errno == EINTR);
        }
        if (r < 0) return -1;
        if (r == 0) w->eof = 1;
        w->len += (size_t)r;
    }
    return dropped;
}

zd_warc_reader *zd_warc_open(const char *path, size_t max_record, char **err)
{
    int fd = strcmp(path, "-") == 0 ? dup(0) : open(path, O_RDONLY);
    if (fd < 0) {
        *err = zd_xasprintf("cannot open: %s", strerror(errno ? errno : ENOENT));
        return NULL;
    }
    zd_warc_reader *w = zd_xcalloc(1, sizeof *w);
    w->fd = fd;
    w->max_record = max_record;
    w->member_out = -1;
    if (in_more(w) < 0) {
        *err = zd_xasprintf("read error: %s", strerror(errno));
        zd_warc_close(w);
        return NULL;
    }
    if (w->in_len >= 2 && w->in[0] == 0x1f && w->in[1] == 0x8b) {
        w->gzip = 1;
        if (inflateInit2(&w->z, 15 + 16) != Z_OK) zd_oom();
    } else { /* plain: what was read is the stream's start */
        w->cap = w->in_len > 262144 ? w->in_len : 262144;
        w->buf = zd_xmalloc(w->cap);
        memcpy(w->buf, w->in, w->in_len);
        w->len = w->in_len;
        w->eof = w->in_eof;
    }
    if (fill(w, 16) < 0) {
        *err = zd_xasprintf("read error: %s", strerror(errno));
        zd_warc_close(w);
        return NULL;
    }
    return w;
}

void zd_warc_close(zd_warc_reader *w)
{
    if (!w) return;
    if (w->gzip) inflateEnd(&w->z);
    close(w->fd);
    free(w->in);
    free(w->bad);
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
        if (w->bad) {
            *err = zd_xasprintf("corrupt gzip data: %s", w->bad);
            return -1;
        }
        size_t have = w->len - w->pos;
        if (out->len + have > max) {
            *err = zd_xasprintf("input larger than %zu bytes", max);
            return -1;
        }
        zd_buf_add(out, w->buf + w->pos, have);
        w->pos = w->len;
        if (w->eof) break;
        if (fill(w, 65536) < 0) {
            *err = zd_xasprintf("read error: %s", strerror(errno));
            return -1;
        }
    }
    if (!out->p) zd_buf_add(out, "", 0);
    return 0;
}

/* Index of the end of the line starting at pos (the '\n'), (size_t)-1
 * when there is none within limit, or (size_t)-2 when a corrupt gzip
 * member was dropped meanwhile (the bytes from pos on are not those seen). */
static size_t line_end(zd_warc_reader *w, size_t from, size_t limit)
{
    for (;;) {
        char *nl = memchr(w->buf + from, '\n', w->len - from);
        if (nl) return (size_t)(nl - w->buf);
        if (w->eof || w->len - w->pos > limit) return (size_t)-1;
        size_t off = from - w->pos;
        int f = fill(w, w->len - w->pos + 65536);
        if (f < 0) return (size_t)-1;
        if (f > 0) return (size_t)-2;
        from = w->pos + off;
    }
}

/* The first WARC version line ("WARC/1.0" or "WARC/1.1" and a line end)
 * in p[0..n), or NULL: a record cut short has the next one's right after
 * its last byte, not necessarily at a line start. */
static const char *find_version(const char *p, size_t n)
{
    const char *e = p + n, *q;
    while ((q = memmem(p, (size_t)(e - p), "WARC/1.", 7)) != NULL) {
        if (q + 9 <= e && isdigit((unsigned char)q[7]) &&
            (q[8] == '\n' || (q[8] == '\r' && q + 9 < e && q[9] == '\n')))
            return q;
        p = q + 1;
    }
    return NULL;
}

/* Skip to the next record's version line (see find_version). */
static void resync(zd_warc_reader *w)
{
    for (;;) {
        const char *q = find_version(w->buf + w->pos, w->len - w->pos);
        if (q) {
            w->pos = (size_t)(q - w->buf);
            return;
        }
        if (w->eof) {
            w->pos = w->len;
            return;
        }
        if (w->len - w->pos > 10) w->pos = w->len - 10; /* may hold a version line's start */
        if (fill(w, w->len - w->pos + 65536) < 0) {
            w->pos = w->len;
            return;
        }
    }
}

static long parse_content_length(const char *h, size_t n)
{
    /* h: the header block; find "Content-Length:" at a line start */
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && h[e] != '\n')
            e++;
        if (e - i > 15 && strncasecmp(h + i, "Content-Length:", 15) == 0) {
            const char *p = h + i + 15;
            while (p < h + e && (*p == ' ' || *p == '\t'))
                p++;
            if (p >= h + e || !isdigit((unsigned char)*p)) return -1;
            long v = 0;
            while (p < h + e && isdigit((unsigned char)*p)) {
                if (v > (long)1 << 40) return -1;
                v = v * 10 + (*p++ - '0');
            }
            while (p < h + e && (*p == ' ' || *p == '\t' || *p == '\r'))
                p++;
            return p == h + e ? v : -1; /* "12x" is no length */
        }
        i = e + 1;
    }
    return -1;
}

/* Report the gzip member fill() dropped as this call's bad record. */
static int bad_member(zd_warc_reader *w, long *recno, int counted, char **err)
{
    if (!counted) *recno = ++w->recno;
    *err = w->bad;
    w->bad = NULL;
    return -1;
}

/* 1 when a record ending at buf[end] is followed as records are: by CR/LF
 * (the CRLF CRLF of the standard) and then the end or the next record. */
static int framed(zd_warc_reader *w, size_t end)
{
    size_t i = end, lim = end + 4;
    while (i < w->len && i < lim && (w->buf[i] == '\r' || w->buf[i] == '\n'))
        i++;
    return i == w->len || zd_warc_sniff(w->buf + i, w->len - i);
}

int zd_warc_next_raw(zd_warc_reader *w, zd_buf *out, long *recno, char **err)
{
    zd_buf_reset(out);
    /* skip blank lines between records */
    for (;;) {
        if (fill(w, 2) < 0) goto readerr;
        if (w->bad) return bad_member(w, recno, 0, err);
        if (w->pos < w->len && (w->buf[w->pos] == '\r' || w->buf[w->pos] == '\n'))
            w->pos++;
        else
            break;
    }
    if (w->len == w->pos) return 0;
    *recno = ++w->recno;
    if (fill(w, 8) < 0) goto readerr;
    if (w->bad) return bad_member(w, recno, 1, err);
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
        if (e == (size_t)-2) return bad_member(w, recno, 1, err);
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
    /* the record, and what follows it (to check its framing) */
    if (fill(w, hlen + (size_t)clen + 16) < 0) goto readerr;
    if (w->bad && w->len - w->pos < hlen + (size_t)clen) return bad_member(w, recno, 1, err);
    if (w->len - w->pos < hlen + (size_t)clen) {
        /* cut short (the input ends first); a record after it is found by
         * its header line */
        *err = zd_xasprintf("truncated record (%zu of %ld content bytes)", w->len - w->pos - hlen,
                            clen);
        w->pos += hlen;
        resync(w);
        return -1;
    }
    hdr_end = w->pos + hlen; /* fill may have moved the buffer */
    size_t end = hdr_end + (size_t)clen;
    const char *next = framed(w, end) ? NULL : find_version(w->buf + hdr_end, end - hdr_end);
    if (next) {
        /* the content does not end where Content-Length says, and the next
         * record's version line is inside it: this one was cut short and
         * ran into the next; go on from there (what follows a record that
         * is neither, say garbage, is reported by the next call) */
        *err = zd_xasprintf("truncated record (%zu of %ld content bytes before the next "
                            "record's header)",
                            (size_t)(next - (w->buf + hdr_end)), clen);
        w->pos = (size_t)(next - w->buf);
        return -1;
    }
    size_t total = hlen + (size_t)clen;
    if (total < ZD_WARC_STEAL || w->cap <= total) {
        zd_buf_add(out, w->buf + w->pos, total);
        w->pos = end;
        return 1;
    }
    /* a large record: hand over the read buffer itself rather than a copy
     * (the page is then held once), and read on in a new one */
    size_t rest = w->len - end, ncap = rest + 65536 > 262144 ? rest + 65536 : 262144;
    char *nb = zd_xmalloc(ncap);
    memcpy(nb, w->buf + end, rest);
    memmove(w->buf, w->buf + w->pos, total);
    w->buf[total] = '\0';
    zd_buf_free(out);
    out->p = w->buf;
    out->len = total;
    out->cap = w->cap;
    w->out_off += (long long)end;
    w->buf = nb;
    w->cap = ncap;
    w->pos = 0;
    w->len = rest;
    if (w->gzip && !w->in_member && w->in_cap > ZD_WARC_STEAL) { /* and the compressed input */
        w->in_len -= w->in_pos;
        memmove(w->in, w->in + w->in_pos, w->in_len);
        w->in_off += (long long)w->in_pos;
        w->in_pos = 0;
        w->in_cap = w->in_len + ZD_GZ_IN;
        w->in = zd_xrealloc(w->in, w->in_cap);
    }
    return 1;
readerr:
    *err = zd_xasprintf("read error: %s", strerror(errno));
    w->eof = 1;
    w->pos = w->len;
    return -1;
}

/* ---- one record ---------------------------------------------------------- */

/* Value of header name in block h[0..n) (case-insensitive), trimmed; NULL. */
static char *header(const char *h, size_t n, const char *name)
{
    size_t nl = strlen(name), i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && h[e] != '\n')
            e++;
        if (e - i > nl && strncasecmp(h + i, name, nl) == 0 && h[i + nl] == ':') {
            const char *p = h + i + nl + 1, *q = h + e;
            while (p < q && (*p == ' ' || *p == '\t'))
                p++;
            while (q > p && (q[-1] == '\r' || q[-1] == ' ' || q[-1] == '\t'))
                q--;
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
        while (i < n && (p[i] == '\r' || p[i] == '\n'))
            i++;
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

static int parse(const char *rec, size_t n, size_t max_body, zd_warc_record *r, int view,
                 char **err);

int zd_warc_parse(const char *rec, size_t n, size_t max_body, zd_warc_record *r, char **err)
{
    return parse(rec, n, max_body, r, 0, err);
}

int zd_warc_parse_view(const char *rec, size_t n, size_t max_body, zd_warc_record *r, char **err)
{
    return parse(rec, n, max_body, r, 1, err);
}

/* The payload is body[0..len): copied into r->body, or (view) pointed at. */
static void set_payload(zd_warc_record *r, const char *body, size_t len, int view)
{
    if (view) {
        r->payload = body;
        r->payload_len = len;
    } else {
        zd_buf_add(&r->body, body, len);
        r->payload = r->body.p;
        r->payload_len = r->body.len;
    }
}

static int parse(const char *rec, size_t n, size_t max_body, zd_warc_record *r, int view,
                 char **err)
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
    for (char *c = type; *c; c++)
        *c = (char)tolower((unsigned char)*c);
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
        set_payload(r, block, blen, view);
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
    if (rc == 0 && ce &&
        (strcasecmp(ce, "gzip") == 0 || strcasecmp(ce, "x-gzip") == 0 ||
         strcasecmp(ce, "deflate") == 0)) {
        rc = inflate_body(body, bodyl, max_body, &r->body, err);
        r->payload = r->body.p;
        r->payload_len = r->body.len;
    } else if (rc == 0 && ce && strcasecmp(ce, "identity") != 0) {
        *err = zd_xasprintf("unsupported Content-Encoding \"%s\"", ce);
        rc = -1;
    } else if (rc == 0) {
        if (bodyl > max_body) {
            *err = zd_xasprintf("payload larger than %zu bytes", max_body);
            rc = -1;
        } else if (tmp.p) { /* de-chunked: the body is tmp's */
            zd_buf_free(&r->body);
            r->body = tmp;
            zd_buf_init(&tmp);
            r->payload = r->body.p;
            r->payload_len = r->body.len;
        } else {
            set_payload(r, body, bodyl, view);
        }
    }
    zd_buf_free(&tmp);
    free(te);
    free(ce);
    return rc;
}
