/*
 * extract.c: the extract stage driver. It decides what an input is (WARC by
 * its version line, otherwise one page), runs each page through charset,
 * HTML, NFKC and the recognizers, and writes one document line per page.
 * Per-record memory lives in the zd_doc and the scratch buffers of the
 * stage, reset for every record.
 *
 * Memory: a page is never held twice at full size where that can be
 * helped. Its bytes stream through the charset decoder into the HTML
 * parser (which frees its tree as it goes, html.c) and are freed once
 * parsed when the stage owns them (files, WARC records, fetch's records in
 * `run`); NFKC runs over blocks of the text, not the whole; the document is
 * freed before its line goes to the sink; and scratch buffers that grew
 * past KEEP_BYTES on a large page are freed after it rather than kept at
 * their high-water mark.
 */
#include "extract.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#include <unicode/unorm2.h>

#include "../common/doc.h"
#include "../common/rx.h"
#include "../normalize/hans.h"
#include "charset.h"
#include "date_rx.h"
#include "html.h"
#include "money_rx.h"
#include "textnorm.h"
#include "warc_read.h"

#define ZD_DEFAULT_MAX_BYTES    (10u << 20)
#define ZD_DEFAULT_MAX_MENTIONS 10000
#define ZD_DEFAULT_MAX_SECONDS  10.0 /* a page takes milliseconds; this stops a hostile one */
#define ZD_WARC_RECORD_MAX      (64u << 20)
#define KEEP_BYTES              (1u << 20) /* scratch kept between pages, at most */
#define NFKC_BLOCK              65536      /* bytes of text normalized at a time */

struct zd_extract {
    zd_extract_opts opt;
    zd_charset *cs;
    zd_html *html;
    zd_textnorm *norm;
    zd_money_rx *money;
    zd_date_rx *date;
    zd_orgs *orgs;
    zd_hans *hans;
    /* scratch, reused per record */
    zd_buf raw, utf8, text, line;
    zd_buf fold; /* scratch per record: text paragraphs, then the Simplified fold */
    zd_doc doc;
    const UNormalizer2 *nfkc; /* where NFKC may cut the text (ICU's, not owned) */
    zd_doc_sink doc_sink;     /* set: documents go there, not to the line sink */
    void *doc_ud;
};

void zd_extract_opts_init(zd_extract_opts *o)
{
    memset(o, 0, sizeof *o);
    o->max_bytes = ZD_DEFAULT_MAX_BYTES;
    o->max_mentions = ZD_DEFAULT_MAX_MENTIONS;
    o->max_seconds = ZD_DEFAULT_MAX_SECONDS;
}

zd_extract *zd_extract_new(const zd_extract_opts *o, zd_orgs *orgs, char **err)
{
    /* glibc raises its mmap threshold (up to 32 MiB) each time a large
     * block is freed, after which the page-sized buffers of the next steps
     * come from the heap and are not given back to the system when freed:
     * a 10 MiB page then peaked 4.7 MiB higher. A fixed threshold (glibc's
     * default) keeps large buffers mapped and returned on free. */
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    zd_extract *x = zd_xcalloc(1, sizeof *x);
    x->opt = *o;
    if (!x->opt.max_bytes) x->opt.max_bytes = ZD_DEFAULT_MAX_BYTES;
    x->orgs = orgs;
    x->cs = zd_charset_new();
    x->html = zd_html_new();
    if (x->html)
        zd_html_set_max_text(x->html, x->opt.max_bytes); /* the page limit holds for its text too */
    x->norm = zd_textnorm_new();
    x->money = zd_money_rx_new();
    x->date = zd_date_rx_new();
    x->hans = zd_hans_new(); /* NULL: Traditional text is matched as it is */
    if (!x->cs || !x->html || !x->norm || !x->money || !x->date) {
        *err = zd_xstrdup("cannot initialize the extractor (ICU data or a regex failed)");
        zd_extract_free(x);
        return NULL;
    }
    zd_doc_init(&x->doc);
    UErrorCode st = U_ZERO_ERROR;
    x->nfkc = unorm2_getNFKCInstance(&st);
    if (U_FAILURE(st)) x->nfkc = NULL;
    return x;
}

void zd_extract_set_doc_sink(zd_extract *x, zd_doc_sink fn, void *ud)
{
    x->doc_sink = fn;
    x->doc_ud = ud;
}

void zd_extract_free(zd_extract *x)
{
    if (!x) return;
    zd_charset_free(x->cs);
    zd_html_free(x->html);
    zd_textnorm_free(x->norm);
    zd_money_rx_free(x->money);
    zd_date_rx_free(x->date);
    zd_hans_free(x->hans);
    zd_buf_free(&x->fold);
    zd_buf_free(&x->raw);
    zd_buf_free(&x->utf8);
    zd_buf_free(&x->text);
    zd_buf_free(&x->line);
    zd_doc_clear(&x->doc);
    free(x);
}

/* Plain text: lines are paragraphs; blank lines and surrounding space go. */
static void text_paragraphs(const char *p, size_t n, zd_buf *out)
{
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && p[e] != '\n')
            e++;
        size_t s = i, t = e;
        while (s < t && (p[s] == ' ' || p[s] == '\t' || p[s] == '\r'))
            s++;
        while (t > s && (p[t - 1] == ' ' || p[t - 1] == '\t' || p[t - 1] == '\r'))
            t--;
        if (t > s) {
            if (out->len) zd_buf_addc(out, '\n');
            zd_buf_add(out, p + s, t - s);
        }
        i = e + 1;
    }
}

/* Collapse runs of spaces inside paragraphs (NFKC turns U+3000 into ' ')
 * and drop empty paragraphs, so text is stable however the page spaced it.
 * A tab separates the cells of a table row and is kept (once). */
static void tidy(zd_buf *b)
{
    size_t k = 0;
    int space = 0, para = 0;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->p[i];
        if (c == '\n') {
            while (k > 0 && (b->p[k - 1] == ' ' || b->p[k - 1] == '\t'))
                k--;
            if (k > 0 && b->p[k - 1] != '\n') b->p[k++] = '\n';
            space = 0;
            para = 0;
            continue;
        }
        if (c == '\t' && para) {
            while (k > 0 && b->p[k - 1] == ' ')
                k--;
            if (b->p[k - 1] != '\t') b->p[k++] = '\t';
            space = 0;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            if (k == 0 || b->p[k - 1] != '\t') space = para;
            continue;
        }
        if (space) b->p[k++] = ' ';
        space = 0;
        para = 1;
        b->p[k++] = c;
    }
    while (k > 0 && (b->p[k - 1] == ' ' || b->p[k - 1] == '\n'))
        k--;
    b->len = k;
    if (b->p) b->p[k] = '\0';
}

/* Free a scratch buffer that grew past KEEP_BYTES (one large page must not
 * keep its memory for the rest of the run). */
static void trim(zd_buf *b)
{
    if (b->cap > KEEP_BYTES) zd_buf_free(b);
}

/* Done with a page's bytes: a large buffer is freed now, a small one kept
 * for the next record. */
static void release(zd_buf *own)
{
    if (!own) return;
    if (own->cap > KEEP_BYTES)
        zd_buf_free(own);
    else
        zd_buf_reset(own);
}

/* NFKC of s[0..n) appended to out, NFKC_BLOCK bytes at a time, so that the
 * normalizer's UTF-16 work buffers stay small. A block ends before a
 * character that ICU says starts a normalization unit whatever precedes
 * it, so the result is that of normalizing the whole. */
static void nfkc_blocks(zd_extract *x, const char *s, size_t n, zd_buf *out)
{
    zd_buf_reserve(out, n);
    size_t i = 0;
    do {
        size_t e = n;
        if (x->nfkc && n - i > NFKC_BLOCK) {
            size_t lim = i + NFKC_BLOCK / 2;
            for (e = i + NFKC_BLOCK; e > lim; e--) {
                if (((unsigned char)s[e] & 0xC0) == 0x80) continue; /* not a character's start */
                size_t j = e;
                int32_t c = zd_utf8_decode(s, n, &j);
                if (c >= 0 && unorm2_hasBoundaryBefore(x->nfkc, (UChar32)c)) break;
            }
            if (e == lim) e = n; /* no boundary: the rest at once */
        }
        zd_textnorm_apply(x->norm, s + i, e - i, out);
        i = e;
    } while (i < n);
}

static char *norm_string(zd_extract *x, const char *s)
{
    if (!s) return NULL;
    zd_buf b = ZD_BUF_INIT;
    zd_textnorm_apply(x->norm, s, strlen(s), &b);
    for (size_t i = 0; i < b.len; i++)
        if (b.p[i] == '\n' || b.p[i] == '\t') b.p[i] = ' ';
    tidy(&b);
    if (b.len == 0) {
        zd_buf_free(&b);
        return NULL;
    }
    return zd_buf_take(&b);
}

/* The charset decoder as the HTML parser's reader. */
static size_t cs_reader(void *ud, char *buf, size_t cap)
{
    return zd_charset_read(ud, buf, cap);
}

/* Where the search for organizations may stop. A document keeps its first
 * max mentions by position; when money and dates alone reach that many,
 * no name after the sentence holding the last one kept can be kept, so the
 * names are looked for up to the end of that sentence only. On a page of
 * hundreds of thousands of names (a 10 MiB page of deals tables) their
 * search held 20 MiB of spans for mentions that were then dropped. Names
 * are found sentence by sentence (normalize/orgs.c), so the ones kept are
 * the same. */
static size_t orgs_scan_end(zd_doc *d, size_t max)
{
    if (!max || d->mentions.n < max) return d->text_len;
    zd_mentions_sort(&d->mentions);
    if (d->mentions.n < max) return d->text_len; /* (the sort merges repeats) */
    const char *t = d->text;
    size_t n = d->text_len, i = d->mentions.v[max - 1].end;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == '\n' || c == '!' || c == '?' || c == ';') return i + 1;
        if (c == 0xE3 && i + 3 <= n && memcmp(t + i, "\xE3\x80\x82", 3) == 0) return i + 3; /* 。 */
    }
    return n;
}

/* One page's bytes to one document line. Returns 0 or 1 (reported). own:
 * NULL, or the buffer that holds bytes, freed here as soon as the page is
 * parsed. */
static int page(zd_extract *x, const char *name, long recno, const char *bytes, size_t n,
                zd_buf *own, const char *content_type, const char *url, const char *warc_date,
                int is_text, zd_line_sink sink, void *ud)
{
    char *err = NULL;
    const char *charset = NULL;
    char where[64] = "";
    if (recno > 0) snprintf(where, sizeof where, ":%ld", recno);
    zd_doc *d = &x->doc;
    zd_doc_clear(d);
    zd_buf_reset(&x->utf8);
    zd_buf_reset(&x->text);
    if (n > x->opt.max_bytes) {
        zd_msg("extract", "%s%s: page of %zu bytes exceeds --max-bytes %zu", name, where, n,
               x->opt.max_bytes);
        release(own);
        return 1;
    }
    zd_rx_budget(x->opt.max_seconds); /* every regex of this page counts against it */
    if (is_text) {
        if (zd_charset_decode(x->cs, bytes, n, content_type, 0, &x->utf8, &charset, &err) < 0) {
            zd_msg("extract", "%s%s: %s", name, where, err);
            free(err);
            zd_rx_budget(0);
            release(own);
            return 1;
        }
        release(own);
        zd_buf_reset(&x->fold); /* scratch: the paragraphs before NFKC */
        text_paragraphs(x->utf8.p, x->utf8.len, &x->fold);
        trim(&x->utf8);
        nfkc_blocks(x, x->fold.p ? x->fold.p : "", x->fold.len, &x->text);
    } else {
        zd_article a = {0};
        const char *base = x->opt.published ? x->opt.published : warc_date;
        int rc = zd_charset_begin(x->cs, bytes, n, content_type, 1, &charset, &err);
        if (rc == 0) {
            rc = zd_html_extract_stream(x->html, cs_reader, x->cs, base, &a, &err);
            zd_charset_end(x->cs);
        }
        release(own); /* parsed: the page's bytes are done with */
        if (rc < 0) {
            zd_msg("extract", "%s%s: %s", name, where, err);
            free(err);
            zd_article_clear(&a);
            zd_rx_budget(0);
            return 1;
        }
        if (a.deep_line)
            zd_msg("extract",
                   "%s%s: line %ld: elements nested deeper than %d; their content is left out",
                   name, where, a.deep_line, ZD_HTML_MAX_DEPTH);
        if (a.text_cut)
            zd_msg("extract",
                   "%s%s: text byte %zu: the page's text reaches the page limit of %zu bytes "
                   "(--max-bytes); the rest is left out",
                   name, where, a.text_cut, x->opt.max_bytes);
        nfkc_blocks(x, a.text ? a.text : "", a.text ? strlen(a.text) : 0, &x->text);
        free(a.text);
        a.text = NULL;
        d->title = norm_string(x, a.title);
        if (a.published) d->published = zd_xstrdup(a.published);
        zd_article_clear(&a);
    }
    tidy(&x->text);
    d->url = url ? zd_xstrdup(url) : NULL;
    if (x->opt.published) {
        free(d->published);
        d->published = zd_xstrdup(x->opt.published);
    }
    d->charset = zd_xstrdup(charset ? charset : "utf-8");
    d->text_len = x->text.len;
    d->text = zd_buf_take(&x->text);
    zd_money_find(x->money, d->text, d->text_len, &d->mentions);
    zd_date_find(x->date, d->text, d->text_len, &d->mentions);
    size_t scan = orgs_scan_end(d, x->opt.max_mentions);
    /* organizations are matched on the Simplified fold (same offsets) */
    if (x->hans && zd_hans_fold(x->hans, d->text, scan, &x->fold))
        zd_orgs_find(x->orgs, x->fold.p, scan, &d->mentions);
    else
        zd_orgs_find(x->orgs, d->text, scan, &d->mentions);
    trim(&x->fold);
    zd_rx_stats st;
    zd_rx_report(d->text, d->text_len, &st);
    if (st.timed_out) {
        char at[48] = "";
        if (st.late_at != (size_t)-1) snprintf(at, sizeof at, " at text byte %zu", st.late_at);
        zd_msg("extract", "%s%s: page took longer than %g s (--max-page-seconds)%s; skipped", name,
               where, x->opt.max_seconds, at);
        zd_doc_clear(d);
        return 1;
    }
    if (st.hits) {
        char at[48] = " in the HTML";
        if (st.hit_at != (size_t)-1) snprintf(at, sizeof at, " at text byte %zu", st.hit_at);
        zd_msg("extract",
               "%s%s: %zu regex match attempts stopped by the PCRE2 limits, the first%s; "
               "mentions there may be missing",
               name, where, st.hits, at);
    }
    zd_mentions_sort(&d->mentions);
    if (d->mentions.n > x->opt.max_mentions) {
        zd_msg("extract",
               "%s%s: %zu mentions, only the first %zu kept (dropped from text byte %zu)", name,
               where, d->mentions.n, x->opt.max_mentions, d->mentions.v[x->opt.max_mentions].start);
        d->mentions.n = x->opt.max_mentions;
        d->mentions.v = zd_xrealloc(d->mentions.v, d->mentions.n * sizeof *d->mentions.v);
        d->mentions.cap = d->mentions.n;
    }
    size_t text_len = d->text_len;
    if (x->doc_sink) {
        x->doc_sink(x->doc_ud, name, d);
        zd_doc_clear(d);
    } else {
        zd_buf_reset(&x->line);
        zd_buf_reserve(&x->line, d->text_len + d->mentions.n * 64 + 4096);
        zd_doc_to_json(d, &x->line);
        zd_doc_clear(d); /* before the sink: in `run`, normalize reads the line next */
        sink(ud, x->line.p, x->line.len);
        trim(&x->line);
    }
    trim(&x->text);
    /* A large page leaves the heap holding its freed small blocks (the
     * tree, mentions, sentences): give them back, so that each page of a
     * run starts from the memory of the first (a run of 10 MiB pages
     * peaked 3.6 MiB higher from its second page on). */
    if (text_len > KEEP_BYTES) malloc_trim(0);
    return 0;
}

static int is_text_type(const char *ct)
{
    return ct && strncasecmp(ct, "text/plain", 10) == 0;
}

/* A resource record is a page when it names a web or file URL (or none);
 * crawlers also store their own files as resources (wget --warc-file: its
 * arguments and log under metadata://gnu.org/...), which are not pages. */
static int is_page_uri(const char *uri)
{
    static const char *schemes[] = {"http:", "https:", "file:", "ftp:"};
    if (!uri || !*uri) return 1;
    for (size_t i = 0; i < sizeof schemes / sizeof *schemes; i++)
        if (strncasecmp(uri, schemes[i], strlen(schemes[i])) == 0) return 1;
    return 0;
}

/* One raw record; own: NULL, or the buffer holding rec (see page()). */
static int record(zd_extract *x, const char *name, long recno, const char *rec, size_t len,
                  zd_buf *own, zd_line_sink sink, void *ud)
{
    zd_warc_record r;
    zd_warc_record_init(&r);
    char *err = NULL;
    int rc = 0;
    if (zd_warc_parse_view(rec, len, x->opt.max_bytes, &r, &err) < 0) {
        zd_msg("extract", "%s:%ld: %s", name, recno, err);
        free(err);
        rc = 1;
    } else if (r.type && (strcmp(r.type, "response") == 0 || strcmp(r.type, "resource") == 0) &&
               (strcmp(r.type, "resource") == 0 ? is_page_uri(r.target_uri)
                                                : r.http_status >= 200 && r.http_status < 300)) {
        int text = x->opt.text || is_text_type(r.content_type);
        int in_rec = r.payload_len && r.payload != r.body.p; /* a view into rec */
        if (!in_rec) release(own); /* decoded into r.body: the record is done with */
        rc = page(x, name, recno, r.payload ? r.payload : "", r.payload_len, in_rec ? own : NULL,
                  r.content_type, r.target_uri, r.date, text, sink, ud);
        if (!in_rec) zd_buf_free(&r.body);
    }
    zd_warc_record_clear(&r);
    release(own);
    return rc;
}

int zd_extract_warc_record(zd_extract *x, const char *name, long recno, const char *rec, size_t len,
                           zd_line_sink sink, void *ud)
{
    return record(x, name, recno, rec, len, NULL, sink, ud);
}

int zd_extract_warc_record_buf(zd_extract *x, const char *name, long recno, zd_buf *rec,
                               zd_line_sink sink, void *ud)
{
    return record(x, name, recno, rec->p ? rec->p : "", rec->len, rec, sink, ud);
}

int zd_extract_path(zd_extract *x, const char *path, zd_line_sink sink, void *ud)
{
    char *err = NULL;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    zd_warc_reader *w = zd_warc_open(path,
                                     ZD_WARC_RECORD_MAX > x->opt.max_bytes + (1u << 20)
                                         ? ZD_WARC_RECORD_MAX
                                         : x->opt.max_bytes + (1u << 20),
                                     &err);
    if (!w) {
        zd_msg("extract", "%s: %s", name, err);
        free(err);
        return 2;
    }
    int rc = 0;
    if (zd_warc_is_warc(w)) {
        long recno = 0;
        int got;
        while ((got = zd_warc_next_raw(w, &x->raw, &recno, &err)) != 0) {
            if (got < 0) {
                zd_msg("extract", "%s:%ld: %s", name, recno, err);
                free(err);
                err = NULL;
                rc = 1;
                continue;
            }
            if (zd_extract_warc_record_buf(x, name, recno, &x->raw, sink, ud)) rc = 1;
        }
    } else {
        zd_buf_reset(&x->raw);
        if (zd_warc_read_all(w, x->opt.max_bytes, &x->raw, &err) < 0) {
            zd_msg("extract", "%s: %s", name, err);
            free(err);
            rc = 1;
        } else {
            const char *url = x->opt.url ? x->opt.url : (strcmp(path, "-") ? path : NULL);
            zd_warc_close(w); /* its buffers too are done with */
            w = NULL;
            rc = page(x, name, 0, x->raw.p, x->raw.len, &x->raw, NULL, url, NULL, x->opt.text, sink,
                      ud);
        }
        release(&x->raw);
    }
    zd_warc_close(w);
    return rc;
}

int zd_extract_bytes(zd_extract *x, const char *name, const char *bytes, size_t n,
                     zd_line_sink sink, void *ud)
{
    const char *url = x->opt.url ? x->opt.url : name;
    return page(x, name, 0, bytes, n, NULL, NULL, url, NULL, x->opt.text, sink, ud);
}

int zd_extract_input_bytes(zd_extract *x, const char *path, const char *bytes, size_t n,
                           zd_line_sink sink, void *ud)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    const char *url = x->opt.url ? x->opt.url : (strcmp(path, "-") ? path : NULL);
    return page(x, name, 0, bytes, n, NULL, NULL, url, NULL, x->opt.text, sink, ud);
}

int zd_extract_input_buf(zd_extract *x, const char *path, zd_buf *in, zd_line_sink sink, void *ud)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    const char *url = x->opt.url ? x->opt.url : (strcmp(path, "-") ? path : NULL);
    int rc =
        page(x, name, 0, in->p ? in->p : "", in->len, in, NULL, url, NULL, x->opt.text, sink, ud);
    release(in);
    return rc;
}
