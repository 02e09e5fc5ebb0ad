/*
 * urllist.c: reads URL lists, the fetch stage's outside input. One URL a
 * line; blank lines and lines starting with '#' are skipped; surrounding
 * whitespace (and a UTF-8 BOM, and CRLF line ends) is ignored. Relative
 * references resolve against the list's own file:// URL (RFC 3986, by
 * libcurl's CURLU API), so corpus/urls.txt can hold `pages/001-x.html`.
 * Only http, https and file URLs are accepted; anything else is handed back
 * as a bad line with a reason, never dropped, so fetch can account for it.
 * Lines are read with a length cap, so a hostile list cannot make us hold
 * more than ZD_URLLIST_MAX_LINE bytes of it.
 */
#include "fetch/fetch_int.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct zd_urllist {
    FILE *f;
    int own_f;
    char *name;
    char *base;
    long line;
    zd_buf buf;
};

static int is_unreserved_path(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '/';
}

char *zd_file_url(const char *path)
{
    zd_buf abs = ZD_BUF_INIT;
    if (path[0] != '/') {
        char *cwd = getcwd(NULL, 0);
        if (cwd) {
            zd_buf_adds(&abs, cwd);
            free(cwd);
        }
        if (!abs.len || abs.p[abs.len - 1] != '/') zd_buf_addc(&abs, '/');
    }
    zd_buf_adds(&abs, path);
    zd_buf out = ZD_BUF_INIT;
    zd_buf_adds(&out, "file://");
    for (size_t i = 0; i < abs.len; i++) {
        unsigned char c = (unsigned char)abs.p[i];
        if (is_unreserved_path(c))
            zd_buf_addc(&out, (char)c);
        else
            zd_buf_printf(&out, "%%%02X", c);
    }
    zd_buf_free(&abs);
    return zd_buf_take(&out);
}

char *zd_url_resolve(const char *base, const char *ref, char **reason)
{
    *reason = NULL;
    for (const unsigned char *p = (const unsigned char *)ref; *p; p++) {
        if (*p == ' ' || *p == '\t') {
            *reason = zd_xstrdup("not a URL (contains white space)");
            return NULL;
        }
        if (*p < 0x20 || *p == 0x7f) {
            *reason = zd_xstrdup("not a URL (control character in the line)");
            return NULL;
        }
    }
    /* an RFC 3986 scheme we do not fetch (mailto:, javascript:, ftp:):
     * say so, rather than libcurl's parse error */
    size_t sl = strspn(ref, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
    if (sl > 0 && ref[sl] == ':' && ((ref[0] | 0x20) >= 'a' && (ref[0] | 0x20) <= 'z')) {
        char *scheme = zd_xstrndup(ref, sl);
        for (char *q = scheme; *q; q++)
            *q = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
        int known = !strcmp(scheme, "http") || !strcmp(scheme, "https") || !strcmp(scheme, "file");
        if (!known) {
            *reason =
                zd_xasprintf("unsupported URL scheme \"%.40s\" (http, https, file only)", scheme);
            free(scheme);
            return NULL;
        }
        free(scheme);
    }
    CURLU *h = curl_url();
    if (!h) zd_oom();
    CURLUcode rc = CURLUE_OK;
    if (base) rc = curl_url_set(h, CURLUPART_URL, base, CURLU_NON_SUPPORT_SCHEME);
    if (rc == CURLUE_OK) {
        /* With a base set, a relative ref is resolved against it; an
         * absolute one replaces it. CURLU_URLENCODE percent-encodes raw
         * non-ASCII bytes (IRIs as written by people) the way browsers do. */
        rc = curl_url_set(h, CURLUPART_URL, ref, CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE);
    }
    char *scheme = NULL, *url = NULL, *result = NULL;
    if (rc == CURLUE_OK) rc = curl_url_get(h, CURLUPART_SCHEME, &scheme, 0);
    if (rc != CURLUE_OK) {
        *reason = zd_xasprintf("not a URL (%s)", curl_url_strerror(rc));
    } else if (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0 &&
               strcmp(scheme, "file") != 0) {
        *reason = zd_xasprintf("unsupported URL scheme \"%s\" (http, https, file only)", scheme);
    } else if ((rc = curl_url_get(h, CURLUPART_URL, &url, 0)) != CURLUE_OK) {
        *reason = zd_xasprintf("not a URL (%s)", curl_url_strerror(rc));
    } else {
        result = zd_xstrdup(url);
    }
    curl_free(scheme);
    curl_free(url);
    curl_url_cleanup(h);
    return result;
}

zd_urllist *zd_urllist_fopen(FILE *f, int own_f, const char *name, const char *base_url)
{
    zd_urllist *l = zd_xcalloc(1, sizeof *l);
    l->f = f;
    l->own_f = own_f;
    l->name = zd_xstrdup(name);
    l->base = base_url ? zd_xstrdup(base_url) : NULL;
    zd_buf_init(&l->buf);
    return l;
}

zd_urllist *zd_urllist_open(const char *path, char **err)
{
    *err = NULL;
    if (!path || strcmp(path, "-") == 0) {
        /* a list on stdin resolves relative references against the
         * current directory, as if it were a file there */
        char *base = zd_file_url("stdin");
        zd_urllist *l = zd_urllist_fopen(stdin, 0, "<stdin>", base);
        free(base);
        return l;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = zd_xasprintf("%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        *err = zd_xasprintf("%s: %s", path, strerror(EISDIR));
        return NULL;
    }
    char *base = zd_file_url(path);
    zd_urllist *l = zd_urllist_fopen(f, 1, path, base);
    free(base);
    return l;
}

const char *zd_urllist_name(const zd_urllist *l)
{
    return l->name;
}

/* Read one line into l->buf (without the newline), keeping at most
 * ZD_URLLIST_MAX_LINE + 1 bytes. Returns 1, 0 at EOF, -1 on error.
 * *nul is set when the line held a NUL byte. */
static int read_line(zd_urllist *l, int *nul)
{
    zd_buf_reset(&l->buf);
    *nul = 0;
    int c, any = 0;
    while ((c = getc(l->f)) != EOF) {
        any = 1;
        if (c == '\n') return 1;
        if (c == '\0') *nul = 1;
        if (l->buf.len <= ZD_URLLIST_MAX_LINE) zd_buf_addc(&l->buf, (char)c);
    }
    if (ferror(l->f)) return -1;
    return any ? 1 : 0;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* The line as text for messages: control bytes shown as '?', long lines
 * cut. */
static char *display_text(const char *s, size_t n)
{
    zd_buf b = ZD_BUF_INIT;
    size_t cut = n > 200 ? 200 : n;
    for (size_t i = 0; i < cut; i++) {
        unsigned char c = (unsigned char)s[i];
        zd_buf_addc(&b, c < 0x20 || c == 0x7f ? '?' : (char)c);
    }
    if (cut < n) zd_buf_adds(&b, "...");
    if (!b.p) zd_buf_adds(&b, "");
    return zd_buf_take(&b);
}

int zd_urllist_next(zd_urllist *l, zd_urlentry *e)
{
    memset(e, 0, sizeof *e);
    for (;;) {
        int nul;
        int r = read_line(l, &nul);
        if (r <= 0) return r;
        l->line++;
        size_t len = l->buf.len;
        char *s = l->buf.p ? l->buf.p : "";
        if (l->line == 1 && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            s += 3;
            len -= 3;
        }
        while (len && is_space(*s))
            s++, len--;
        while (len && is_space(s[len - 1]))
            len--;
        if (len == 0 || s[0] == '#') continue;

        e->line = l->line;
        e->text = display_text(s, len);
        if (len > ZD_URLLIST_MAX_LINE) {
            e->reason = zd_xasprintf("not a URL (line longer than %d bytes)", ZD_URLLIST_MAX_LINE);
        } else if (nul) {
            e->reason = zd_xstrdup("not a URL (NUL byte in the line)");
        } else {
            char *ref = zd_xstrndup(s, len);
            e->url = zd_url_resolve(l->base, ref, &e->reason);
            free(ref);
        }
        return 1;
    }
}

void zd_urlentry_clear(zd_urlentry *e)
{
    free(e->url);
    free(e->text);
    free(e->reason);
    memset(e, 0, sizeof *e);
}

void zd_urllist_close(zd_urllist *l)
{
    if (!l) return;
    if (l->own_f && l->f) fclose(l->f);
    free(l->name);
    free(l->base);
    zd_buf_free(&l->buf);
    free(l);
}

long zd_urllist_count(const char *path)
{
    if (!path || strcmp(path, "-") == 0) return -1;
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) return -1;
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    long n = 0;
    int c, start = 1, counted = 0;
    while ((c = getc(f)) != EOF) {
        if (c == '\n') {
            start = 1;
            counted = 0;
        } else if (!counted && !(start && (c == ' ' || c == '\t' || c == '\r'))) {
            if (!(start && c == '#')) n++;
            counted = 1; /* the line is decided by its first non-blank byte */
        }
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') start = 0;
    }
    fclose(f);
    return n;
}
