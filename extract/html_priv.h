/*
 * html_priv.h: the private interface between the files of the HTML
 * extractor (html.c: parse and flatten; html_score.c: main-content choice
 * and pruning; html_title.c: headline; html_time.c: publish time). Not for
 * other stages: they use html.h.
 *
 * The page is flattened once into two arrays: elements (in document order,
 * each with its parent, subtree end and aggregated text statistics) and
 * text blocks (the runs of text between block-level boundaries, each owned
 * by its innermost block element). Every later step works on these arrays,
 * so no step walks the libxml2 tree recursively.
 *
 * Ownership: everything in a zd_page is owned by it and released by
 * zd_page_clear(); strings returned by helpers documented "caller frees"
 * are the caller's.
 */
#ifndef ZD_HTML_PRIV_H
#define ZD_HTML_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "../common/rx.h"

#include "../common/util.h"
#include "html.h"

/* Tag classes the extractor cares about. */
enum {
    ZT_OTHER = 0,
    ZT_P,
    ZT_DIV,
    ZT_H1,
    ZT_H2,
    ZT_H3,
    ZT_H4, /* h4-h6 */
    ZT_LI,
    ZT_UL, /* ul, ol, dl, menu */
    ZT_TD, /* td, th */
    ZT_TR,
    ZT_TABLE,
    ZT_A,
    ZT_BR,
    ZT_ARTICLE,
    ZT_MAIN,
    ZT_SECTION,
    ZT_NAV,
    ZT_FOOTER,
    ZT_HEADER,
    ZT_ASIDE,
    ZT_FORM,
    ZT_BLOCKQUOTE,
    ZT_PRE,
    ZT_BODY,
    ZT_TIME,
    ZT_DD, /* dd, dt */
    ZT_FIGCAPTION,
    ZT_BLOCK, /* other block-level elements */
};

typedef struct {
    int parent; /* index, -1 for the root */
    int end;    /* one past the last descendant's index */
    int fb, lb; /* its text blocks are blocks[fb..lb) */
    int depth;
    uint8_t tag;      /* ZT_* */
    int8_t hint;      /* class/id/tag hint: >0 content-like, <0 boilerplate-like */
    uint8_t hidden;   /* display:none and the like */
    uint8_t neg;      /* boilerplate region (negative hint not overruled by its prose) */
    uint8_t titlecls; /* class/id names a title or headline */
    uint8_t rep;      /* a sibling next to it has the same tag and class: a list item */
    uint32_t cls;     /* hash of the class attribute, 0 without one */
    uint8_t datecls;  /* class/id names a time or date (pubtime, date, time, ...) */
    /* statistics over the subtree's text */
    int chars;      /* non-space characters */
    int link_chars; /* of which inside <a> */
    int punct;      /* prose punctuation: ，。！？；、 */
    int links;      /* <a> elements */
    int blocks;     /* text blocks */
    double value;   /* sum of block values (html_score.c) */
} zd_el;

typedef struct {
    int el;       /* innermost block element */
    int first_el; /* first element index inside the block's run (for ordering) */
    size_t off;   /* text in zd_page.text: [off, off+len), whitespace collapsed */
    size_t len;
    int chars;
    int han;
    int link_chars;
    int punct;
    int links;
    int bold_chars; /* of which inside <strong> or <b> */
    int heading;    /* 1..4 for h1..h4-6, else 0 */
    int keep;       /* output decision (html_score.c) */
    double value;
} zd_block;

/* name/property/itemprop of a <meta> (lower-case) and its content. */
typedef struct {
    char *key;
    char *val;
} zd_kv;

/* A machine-readable time: <time datetime>, at text position `block`. */
typedef struct {
    char *val;
    int block; /* index of the next block at that point */
    int el;    /* enclosing block element */
} zd_tm;

typedef struct {
    xmlDocPtr doc;   /* while parsing: what is left of the tree (html.c frees it as it goes) */
    char *title_tag; /* text of <title> */
    zd_kv *metas;
    int nmetas, cap_metas;
    char **jsonld; /* texts of <script type="application/ld+json"> */
    int njsonld, cap_jsonld;
    char *script_time; /* the publish time a page's script sets (WeChat's
                          var ct = "<epoch>"), as zd_html_script_time() gives it */
    zd_tm *times;
    int ntimes, cap_times;
    struct {
        char *text;    /* text of an inline element whose class/id names a title
                          (zd_html_node_text(node, 1024), owned here), or NULL */
        int el, block; /* its block element, the next block's index */
    } * tcand;
    int ntcand, cap_tcand;
    zd_el *els;
    int nels, cap_els;
    zd_block *blocks;
    int nblocks, cap_blocks;
    zd_buf text;       /* the texts of all blocks, each followed by one byte (a '\n') */
    int body;          /* index of <body> or 0 */
    int main;          /* chosen main element (html_score.c), -1 if none */
    int rb, re;        /* the main text: blocks[rb..re), a run of main's children */
    int title_el;      /* element holding the headline, -1 if none (html_title.c) */
    const char *title; /* the headline (owned by the caller of zd_html_score) or NULL */
    int total_chars, total_punct;
} zd_page;

struct zd_html {
    pcre2_code *rx_date;   /* absolute dates with optional time */
    pcre2_code *rx_rel;    /* relative times: 3小时前, 昨天 10:20 */
    pcre2_code *rx_boiler; /* boilerplate lines */
    pcre2_code *rx_stop;   /* headings that end an article: 相关阅读 ... */
    pcre2_code *rx_meta;   /* words of a byline: 来源, 作者, 编辑, 浏览 ... */
    pcre2_code *rx_ui;     /* a block that is a control's label: 关注, 展开全文 */
    pcre2_code *rx_disclaim; /* disclaimers anywhere in a short block: 仅代表作者本人观点 ... */
    pcre2_code *rx_byline;      /* a label before a date: 发布时间： */
    pcre2_code *rx_posted;      /* a verb after a date: ...于DATE在X发表 */
    pcre2_match_data *md, *md2; /* reused for every match */
    zd_page page;               /* the current page, reused */
    void *frames;               /* the walk's stack (html.c), reused */
    int cap_frames;
    size_t max_text; /* text read from a page, in bytes (0: no limit) */
};

/* html.c. zd_page_clear: frees the page's tree, metas, JSON-LD texts and
 * times, keeps the arrays' allocations for the next page (html.c frees them
 * in zd_html_free). */
void zd_page_clear(zd_page *pg);
/* html.c: after a large page, free the page's arrays instead of keeping
 * them for the next one (a page's memory is not kept at its high-water mark). */
void zd_page_trim(zd_page *pg);
/* Text of an element's subtree, whitespace collapsed, trimmed. Caller frees. */
char *zd_html_node_text(xmlNodePtr n, size_t max);
/* Attribute value or NULL; caller frees with xmlFree(). */
char *zd_html_attr(xmlNodePtr n, const char *name);
/* Collapse whitespace (ASCII, NBSP, U+3000 and friends) in s in place. */
void zd_html_collapse(char *s);
/* 1 when c is a prose punctuation mark (，。！？；、：“”); 1 when c is a Han
 * character (CJK unified ideographs, extension A/B.., compatibility). */
int zd_html_is_punct(uint32_t c);
int zd_html_is_han(uint32_t c);

/* html_title.c: first JSON-LD string value for key (searched at any
 * depth), or NULL. Caller frees. */
char *zd_html_jsonld(zd_page *pg, const char *key);

/* html_score.c: choose pg->main / rb / re and set every block's keep.
 * Reads pg->title_el and pg->title (borrowed); allocates nothing. */
void zd_html_score(zd_html *h, zd_page *pg);

/* html_title.c: the headline (caller frees) or NULL; sets pg->title_el. */
char *zd_html_title(zd_html *h, zd_page *pg);

/* html_time.c: the publish time a script's text sets, or NULL (caller
 * frees): WeChat's article template fills its byline from script variables,
 * var ct = "1699152300" (epoch seconds) and var publish_time = "2023-11-05",
 * so the page's own text has no date. Returns "YYYY-MM-DDTHH:MM:SS+08:00"
 * from ct (Beijing time), else publish_time's string as written. */
char *zd_html_script_time(const char *js, size_t n);

/* html_time.c: the publish time (caller frees) or NULL. */
char *zd_html_published(zd_html *h, zd_page *pg, const char *base_date);
/* Parse one date/time string as written in meta tags or text into the
 * output form; returns 1 and fills out (>= 32 bytes, the caller's) when it
 * is a sane date. */
int zd_html_parse_date(const char *s, size_t n, const char *base_date, char *out);
/* Compile the date regexes into h (freed by zd_html_free); aborts only on
 * a bad pattern, a programming error. */
int zd_html_time_init(zd_html *h);

#endif
