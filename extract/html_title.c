/*
 * html_title.c: the article's headline, not the site's <title>. The headline
 * is the visible heading that the page repeats in its <title> (or og:title):
 * the longest <h1>-<h3> or title-classed block whose text is contained in
 * one of them. Without such a heading: og:title / JSON-LD headline / <title>
 * with the site's suffixes ("_频道_站点", " - 站点", "|栏目") cut off,
 * keeping the longest part.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "html_priv.h"

/* Text of an element: its blocks joined without separators. Caller frees. */
static char *el_text(const zd_page *pg, int el, size_t max)
{
    zd_buf b = ZD_BUF_INIT;
    zd_buf_add(&b, "", 0);
    for (int i = pg->els[el].fb; i < pg->els[el].lb && b.len < max; i++) {
        const zd_block *bl = &pg->blocks[i];
        zd_buf_add(&b, pg->text.p + bl->off, bl->len);
    }
    return zd_buf_take(&b);
}

/* strstr ignoring spaces on both sides? Titles differ in spacing; compare
 * with spaces removed. */
static char *nospace(const char *s)
{
    size_t n = strlen(s), o = 0;
    char *r = zd_xmalloc(n + 1);
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ') r[o++] = s[i];
    r[o] = '\0';
    return r;
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* Find a string value for key anywhere in a JSON value (depth-limited). */
static const char *json_find(json_t *j, const char *key, int depth)
{
    if (!j || depth > 16) return NULL;
    if (json_is_object(j)) {
        json_t *v = json_object_get(j, key);
        if (json_is_string(v)) return json_string_value(v);
        const char *k;
        json_t *c;
        json_object_foreach(j, k, c)
        {
            const char *r = json_find(c, key, depth + 1);
            if (r) return r;
        }
    } else if (json_is_array(j)) {
        size_t i;
        json_t *c;
        json_array_foreach(j, i, c)
        {
            const char *r = json_find(c, key, depth + 1);
            if (r) return r;
        }
    }
    return NULL;
}

char *zd_html_jsonld(zd_page *pg, const char *key)
{
    for (int i = 0; i < pg->njsonld; i++) {
        json_error_t e;
        json_t *j = json_loads(pg->jsonld[i], JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
        if (!j) continue;
        const char *v = json_find(j, key, 0);
        char *r = v && *v ? zd_xstrdup(v) : NULL;
        json_decref(j);
        if (r) {
            zd_html_collapse(r);
            return r;
        }
    }
    return NULL;
}

static const char *meta_get(const zd_page *pg, const char *key)
{
    for (int i = 0; i < pg->nmetas; i++)
        if (!strcmp(pg->metas[i].key, key)) return pg->metas[i].val;
    return NULL;
}

/* Is s[i..] a separator between headline and site name? Returns its length.
 * spaced: the dashes – and — count only with spaces around them (a single
 * dash inside a Chinese headline is punctuation: 对比试车—测试...). */
static size_t sep_at(const char *s, size_t i, size_t n, int spaced)
{
    const unsigned char *u = (const unsigned char *)s;
    char c = s[i];
    if (c == '_' || c == '|') return 1;
    if (i + 3 <= n && !memcmp(s + i, "\xEF\xBD\x9C", 3)) return 3; /* ｜ */
    if (i + 3 <= n && (!memcmp(s + i, "\xE2\x80\x93", 3) || !memcmp(s + i, "\xE2\x80\x94", 3))) {
        /* never the —— dash of Chinese prose */
        int dbl = (i + 6 <= n && !memcmp(s + i + 3, "\xE2\x80\x94", 3)) ||
                  (i >= 3 && !memcmp(s + i - 3, "\xE2\x80\x94", 3));
        if (dbl) return 0;
        if (spaced && !(i > 0 && s[i - 1] == ' ' && i + 3 < n && s[i + 3] == ' ')) return 0;
        return 3;
    }
    if (c == '-') {
        if (i + 1 < n && s[i + 1] == '-') return 2;
        if (i > 0 && s[i - 1] == '-') return 0;
        /* a hyphen between ASCII letters or digits is part of a word: 5G-A, 1-10月 */
        int l = i > 0 && u[i - 1] < 0x80 && u[i - 1] != ' ' && u[i - 1] != ')';
        int r = i + 1 < n && u[i + 1] < 0x80 && u[i + 1] != ' ' && u[i + 1] != '(';
        if (l && r) return 0;
        return 1;
    }
    if (c == ':' && i + 1 < n && s[i + 1] == ':') return 2;
    if (i + 2 <= n && !memcmp(s + i, "\xC2\xBB", 2)) return 2; /* » */
    return 0;
}

/* How much a part of a title says: Han characters count double (a
 * Chinese headline against "Joel on Software"). */
static size_t weight(const char *s, size_t n)
{
    size_t w = 0, i = 0;
    while (i < n) {
        int32_t c = zd_utf8_decode(s, n, &i);
        if (c == ' ' || c < 0) continue;
        w += zd_html_is_han((uint32_t)c) ? 2 : 1;
    }
    return w;
}

/* <title> without site suffixes: split at separators; the headline comes
 * first unless the first part is much shorter than another (then it is a
 * channel name: 新闻中心_headline_site, and the longest part is taken).
 * Caller frees. */
static char *strip_title(const char *t)
{
    size_t n = strlen(t), start = 0;
    size_t fs = 0, fl = 0, fw = 0, bs = 0, bl = 0, bw = 0;
    int first = 1;
    for (size_t i = 0; i <= n;) {
        size_t sl = i < n ? sep_at(t, i, n, 1) : 1;
        if (sl == 0) {
            i++;
            continue;
        }
        size_t a = start, b = i; /* the part [start, i), trimmed */
        while (a < b && t[a] == ' ')
            a++;
        while (b > a && t[b - 1] == ' ')
            b--;
        size_t w = weight(t + a, b - a);
        if (w > 0 && first) fs = a, fl = b - a, fw = w, first = 0;
        if (w > bw) bw = w, bs = a, bl = b - a;
        i += sl;
        start = i;
    }
    if (bw == 0) return zd_xstrdup(t);
    if (fw * 10 >= bw * 6) return zd_xstrndup(t + fs, fl);
    return zd_xstrndup(t + bs, bl);
}

/* Is the heading text nt (spaces removed, c characters) contained in one of
 * the references? Short ones (a 2-3 character name) only as a whole
 * reference or as its first part before a separator. */
static int in_refs(char *const *nrefs, const char *nt, size_t c)
{
    if (!*nt || c < 2) return 0;
    size_t l = strlen(nt);
    for (int k = 0; k < 3; k++) {
        if (!nrefs[k]) continue;
        if (c >= 4 && strstr(nrefs[k], nt)) return 1;
        if (!strncmp(nrefs[k], nt, l)) {
            size_t rl = strlen(nrefs[k]);
            if (rl == l || sep_at(nrefs[k], l, rl, 0)) return 1;
        }
    }
    return 0;
}

/* Runs before the scoring (which protects the box holding the headline),
 * so it sees every heading, sidebars' too: only the <title> decides. */
char *zd_html_title(zd_html *h, zd_page *pg)
{
    (void)h;
    pg->title_el = -1;
    const char *og = meta_get(pg, "og:title");
    if (!og) og = meta_get(pg, "twitter:title");
    char *ld = zd_html_jsonld(pg, "headline");
    const char *refs[3] = {pg->title_tag, og, ld};
    char *nrefs[3] = {NULL, NULL, NULL};
    for (int k = 0; k < 3; k++)
        if (refs[k] && *refs[k]) nrefs[k] = nospace(refs[k]);

    /* the longest heading contained in <title>/og:title/headline */
    char *best = NULL;
    size_t bestc = 0;
    int best_el = -1;
    for (int i = 0; i < pg->nels; i++) {
        zd_el *e = &pg->els[i];
        int hl = e->tag == ZT_H1 || e->tag == ZT_H2 || e->tag == ZT_H3 || e->titlecls;
        if (!hl || e->chars < 2 || e->chars > 200) continue;
        if (e->link_chars * 2 > e->chars && e->tag != ZT_H1) continue;
        char *t = el_text(pg, i, 1024);
        char *nt = nospace(t);
        size_t c = utf8_chars(t);
        int in = in_refs(nrefs, nt, c);
        free(nt);
        if (in && c > bestc) {
            free(best);
            best = t;
            bestc = c;
            best_el = i;
        } else {
            free(t);
        }
    }
    /* inline title-classed elements (<span class="title">) */
    for (int i = 0; i < pg->ntcand; i++) {
        char *t = zd_xstrdup(pg->tcand[i].text ? pg->tcand[i].text : "");
        char *nt = nospace(t);
        size_t c = utf8_chars(t);
        int in = in_refs(nrefs, nt, c);
        free(nt);
        if (in && c > bestc) {
            free(best);
            best = t;
            bestc = c;
            best_el = pg->tcand[i].el; /* its block element: may hold more than the title */
        } else {
            free(t);
        }
    }
    for (int k = 0; k < 3; k++)
        free(nrefs[k]);
    if (best) {
        pg->title_el = best_el;
        free(ld);
        return best;
    }
    char *r = NULL;
    if (og && *og)
        r = strip_title(og);
    else if (ld && *ld)
        r = zd_xstrdup(ld);
    else if (pg->title_tag && *pg->title_tag)
        r = strip_title(pg->title_tag);
    free(ld);
    if (r && *r) {
        /* remember the heading that carries it, for the byline search */
        char *nr = nospace(r);
        for (int i = 0; i < pg->nels && pg->title_el < 0; i++) {
            zd_el *e = &pg->els[i];
            if (e->chars < 2 || e->chars > 200) continue;
            if (!(e->tag == ZT_H1 || e->tag == ZT_H2 || e->tag == ZT_H3 || e->titlecls)) continue;
            char *t = el_text(pg, i, 1024);
            char *nt = nospace(t);
            if (*nt && (strstr(nr, nt) || strstr(nt, nr))) pg->title_el = i;
            free(nt);
            free(t);
        }
        free(nr);
        return r;
    }
    free(r);
    /* no <title>: the first <h1> */
    for (int i = 0; i < pg->nels; i++)
        if (pg->els[i].tag == ZT_H1 && pg->els[i].chars >= 2) {
            pg->title_el = i;
            return el_text(pg, i, 1024);
        }
    return NULL;
}
