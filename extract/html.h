/*
 * html.h: one HTML page (already UTF-8) to its article: headline, publish
 * time and main text, the way a reader sees them, with navigation,
 * sidebars, footers and boilerplate left out. libxml2's HTML parser builds
 * the tree; scoring picks the main block.
 *
 * Ownership: zd_html_new() returns a context (compiled regexes and the like,
 * reused per page) freed by zd_html_free(); the strings in a zd_article are
 * owned by it and freed by zd_article_clear().
 */
#ifndef ZD_HTML_H
#define ZD_HTML_H

#include <stddef.h>

typedef struct zd_html zd_html;

typedef struct {
    char *title;     /* headline, or NULL */
    char *published; /* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" with "+08:00"/"Z"-style offset
                        when the page gives one; NULL when none found */
    char *text;      /* main text, UTF-8, paragraphs joined by '\n' (not yet NFKC) */
    long deep_line;  /* > 0: elements nested deeper than ZD_HTML_MAX_DEPTH start at
                        this line of the page; what is inside them was not read */
    size_t text_cut; /* > 0: the page's text reached the limit (zd_html_set_max_text)
                        at this byte of it; the text after it was not read */
} zd_article;

#define ZD_HTML_MAX_DEPTH 256 /* element nesting read (deeper content is left out) */

zd_html *zd_html_new(void);

/* Read at most max bytes of text (UTF-8) from each page, 0 for no limit:
 * what a page holds past it is left out (and zd_article.text_cut says
 * where), so that memory is bounded by the limit whatever the page's
 * encoding (2 bytes of GBK are 3 of UTF-8). */
void zd_html_set_max_text(zd_html *h, size_t max);
void zd_html_free(zd_html *h);
void zd_article_clear(zd_article *a);

/* utf8: the page as UTF-8 (n bytes). base_date: "YYYY-MM-DD..." used to
 * resolve bylines without a year or relative ones (3小时前), e.g. the
 * WARC-Date; may be NULL. Returns 0, or -1 with *err (caller frees) when no
 * document could be parsed. An empty article (no text found) is not an
 * error: text is "". */
int zd_html_extract(zd_html *h, const char *utf8, size_t n, const char *base_date, zd_article *out,
                    char **err);

/* Gives the page's next bytes (UTF-8, any block size; invalid sequences are
 * repaired as for zd_html_extract) into buf, at most cap; 0 at the end. */
typedef size_t (*zd_html_reader)(void *ud, char *buf, size_t cap);

/* zd_html_extract on a page read through rd block by block, which is
 * never held whole: the tree is walked and freed as libxml2 builds it.
 * Same result for the same bytes. */
int zd_html_extract_stream(zd_html *h, zd_html_reader rd, void *ud, const char *base_date,
                           zd_article *out, char **err);

#endif
