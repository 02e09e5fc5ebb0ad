/*
 * util.c: allocation, buffers, UTF-8 and the single message function shared
 * by every stage. Kept tiny and dependency-free so that fuzz harnesses and
 * unit tests link it without the rest of the tool.
 */
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int msg_quiet;
/* extract --jobs: a worker thread's messages are held with its record and
 * written in input order (zd_msg_capture) */
static _Thread_local zd_buf *msg_to;

void zd_oom(void)
{
    fputs("zhdeals: out of memory\n", stderr);
    abort();
}

void *zd_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) zd_oom();
    return p;
}

void *zd_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) zd_oom();
    return p;
}

void *zd_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) zd_oom();
    return q;
}

char *zd_xstrdup(const char *s)
{
    return zd_xstrndup(s, strlen(s));
}

char *zd_xstrndup(const char *s, size_t n)
{
    char *p = zd_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *zd_xasprintf(const char *fmt, ...)
{
    zd_buf b = ZD_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) zd_oom();
    zd_buf_reserve(&b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b.p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b.len = (size_t)n;
    return zd_buf_take(&b);
}

void zd_buf_init(zd_buf *b)
{
    b->p = NULL;
    b->len = b->cap = 0;
}

void zd_buf_free(zd_buf *b)
{
    free(b->p);
    zd_buf_init(b);
}

void zd_buf_reset(zd_buf *b)
{
    b->len = 0;
    if (b->p) b->p[0] = '\0';
}

void zd_buf_reserve(zd_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1) zd_oom();
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    /* one large reservation (a whole record or page) gets what it asks:
     * doubling up to it would leave up to half of it unused */
    if (need > 2 * cap && need > ((size_t)1 << 20)) cap = need;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    b->p = zd_xrealloc(b->p, cap);
    b->cap = cap;
}

void zd_buf_add(zd_buf *b, const void *p, size_t n)
{
    zd_buf_reserve(b, n);
    if (n) memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void zd_buf_adds(zd_buf *b, const char *s)
{
    zd_buf_add(b, s, strlen(s));
}

void zd_buf_addc(zd_buf *b, char c)
{
    zd_buf_add(b, &c, 1);
}

void zd_buf_printf(zd_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) zd_oom();
    zd_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *zd_buf_take(zd_buf *b)
{
    char *p = b->p ? b->p : zd_xstrdup("");
    zd_buf_init(b);
    return p;
}

void zd_msg_quiet(int quiet)
{
    msg_quiet = quiet;
}

void zd_msg_capture(zd_buf *to)
{
    msg_to = to;
}

void zd_vmsg(const char *stage, const char *fmt, va_list ap)
{
    if (msg_quiet) return;
    zd_buf b = ZD_BUF_INIT;
    zd_buf_adds(&b, "zhdeals: ");
    if (stage) {
        zd_buf_adds(&b, stage);
        zd_buf_adds(&b, ": ");
    }
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n > 0) {
        zd_buf_reserve(&b, (size_t)n);
        vsnprintf(b.p + b.len, (size_t)n + 1, fmt, ap);
        b.len += (size_t)n;
    }
    /* one line: newlines inside a reason would break "one line per error" */
    for (size_t i = 0; i < b.len; i++)
        if (b.p[i] == '\n' || b.p[i] == '\r') b.p[i] = ' ';
    zd_buf_addc(&b, '\n');
    if (msg_to)
        zd_buf_add(msg_to, b.p, b.len);
    else
        fwrite(b.p, 1, b.len, stderr);
    zd_buf_free(&b);
}

void zd_msg(const char *stage, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zd_vmsg(stage, fmt, ap);
    va_end(ap);
}

int zd_read_file(const char *path, size_t max, zd_buf *out)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return -1;
    char tmp[65536];
    size_t n;
    int rc = 0;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) {
        if (out->len + n > max) {
            errno = EFBIG;
            rc = -1;
            break;
        }
        zd_buf_add(out, tmp, n);
    }
    if (rc == 0 && ferror(f)) rc = -1;
    if (f != stdin) fclose(f);
    if (rc == 0 && !out->p) zd_buf_add(out, "", 0);
    return rc;
}

int32_t zd_utf8_decode(const char *str, size_t n, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t k = *i;
    unsigned c = s[k];
    if (c < 0x80) {
        *i = k + 1;
        return (int32_t)c;
    }
    int len;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        *i = k + 1;
        return -1;
    }
    if (k + (size_t)len > n) {
        *i = k + 1;
        return -1;
    }
    for (int j = 1; j < len; j++) {
        unsigned cc = s[k + (size_t)j];
        if ((cc & 0xC0) != 0x80) {
            *i = k + 1;
            return -1;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *i = k + 1;
        return -1;
    }
    *i = k + (size_t)len;
    return (int32_t)cp;
}

int zd_utf8_valid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        /* three bytes led by E1-EC or EE-EF (all of CJK) cannot be overlong
         * or a surrogate: only the continuation bytes need a look */
        if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            if (i + 2 >= n || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80) return 0;
            i += 3;
            continue;
        }
        if (zd_utf8_decode(s, n, &i) < 0) return 0;
    }
    return 1;
}

void zd_buf_add_utf8(zd_buf *b, uint32_t c)
{
    char t[4];
    size_t n;
    if (c < 0x80) {
        t[0] = (char)c, n = 1;
    } else if (c < 0x800) {
        t[0] = (char)(0xC0 | (c >> 6)), t[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    } else if (c < 0x10000) {
        t[0] = (char)(0xE0 | (c >> 12)), t[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        t[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    } else {
        t[0] = (char)(0xF0 | (c >> 18)), t[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((c >> 6) & 0x3F)), t[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    }
    zd_buf_add(b, t, n);
}
