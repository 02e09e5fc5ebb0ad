/*
 * html.c: one UTF-8 HTML page to its article (see html.h). This file parses
 * the page with libxml2 and flattens the tree into elements and text blocks
 * (html_priv.h); html_score.c picks the main content, html_title.c the
 * headline and html_time.c the publish time.
 *
 * Why flatten: every decision (text density, link density, punctuation,
 * position, class/id hints) is a sum over text inside an element, so one
 * pass that records each block of text and each block-level element with
 * its subtree range makes all of them linear-time and keeps recursion
 * (and hostile nesting) out of the scoring code. libxml2 gets UTF-8 with the
 * encoding pinned (otherwise a bad byte can flip it to Latin-1); nesting is
 * capped at MAX_DEPTH and HTML_PARSE_HUGE is not used, so libxml2's own
 * limits on text nodes and names stay in force.
 */
#include "html.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include "html_priv.h"

#define MAX_DEPTH         ZD_HTML_MAX_DEPTH
#define ZD_HTML_MAX_INPUT (64u << 20)

/* ---- characters ---------------------------------------------------------------------- */

int zd_html_is_han(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

int zd_html_is_punct(uint32_t c)
{
    switch (c) {
    case 0xFF0C: /* ， */
    case 0x3002: /* 。 */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF1B: /* ； */
    case 0x3001: /* 、 */
    case 0xFF1A: /* ： */
    case 0x201C: /* “ */
    case 0x201D: /* ” */
        return 1;
    default:
        return 0;
    }
}

static int is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
           c == 0xFEFF || c == 0x1680 || c == 0x85;
}

void zd_html_collapse(char *s)
{
    size_t n = strlen(s), i = 0, o = 0;
    int pend = 0;
    while (i < n) {
        size_t at = i;
        int32_t c = zd_utf8_decode(s, n, &i);
        if (c >= 0 && is_space((uint32_t)c)) {
            pend = o > 0;
            continue;
        }
        if (pend) s[o++] = ' ', pend = 0;
        memmove(s + o, s + at, i - at);
        o += i - at;
    }
    s[o] = '\0';
}

char *zd_html_attr(xmlNodePtr n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE) return NULL;
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* ---- tag classes --------------------------------------------------------------------- */

static int skip_tag(const char *t)
{
    static const char *const skip[] = {
        "script",   "style",    "noscript", "iframe",   "button",   "select", "option",  "textarea",
        "input",    "svg",      "canvas",   "object",   "embed",    "video",  "audio",   "map",
        "template", "head",     "title",    "meta",     "link",     "img",    "picture", "source",
        "math",     "frameset", "frame",    "optgroup", "datalist", "dialog", NULL};
    for (int i = 0; skip[i]; i++)
        if (!strcmp(t, skip[i])) return 1;
    return 0;
}

/* ZT_* of a block-level element, ZT_A / ZT_BR for those, or -1 for inline. */
static int tag_class(const char *t)
{
    switch (t[0]) {
    case 'a':
        if (!strcmp(t, "a")) return ZT_A;
        if (!strcmp(t, "article")) return ZT_ARTICLE;
        if (!strcmp(t, "aside")) return ZT_ASIDE;
        if (!strcmp(t, "address")) return ZT_BLOCK;
        break;
    case 'b':
        if (!strcmp(t, "br")) return ZT_BR;
        if (!strcmp(t, "blockquote")) return ZT_BLOCKQUOTE;
        if (!strcmp(t, "body")) return ZT_BODY;
        break;
    case 'c':
        if (!strcmp(t, "center") || !strcmp(t, "caption")) return ZT_BLOCK;
        break;
    case 'd':
        if (!strcmp(t, "div")) return ZT_DIV;
        if (!strcmp(t, "dl") || !strcmp(t, "dir")) return ZT_UL;
        if (!strcmp(t, "dd") || !strcmp(t, "dt")) return ZT_DD;
        if (!strcmp(t, "details")) return ZT_BLOCK;
        break;
    case 'f':
        if (!strcmp(t, "footer")) return ZT_FOOTER;
        if (!strcmp(t, "form")) return ZT_FORM;
        if (!strcmp(t, "figure") || !strcmp(t, "fieldset")) return ZT_BLOCK;
        if (!strcmp(t, "figcaption")) return ZT_FIGCAPTION;
        break;
    case 'h':
        if (!strcmp(t, "h1")) return ZT_H1;
        if (!strcmp(t, "h2")) return ZT_H2;
        if (!strcmp(t, "h3")) return ZT_H3;
        if (!strcmp(t, "h4") || !strcmp(t, "h5") || !strcmp(t, "h6")) return ZT_H4;
        if (!strcmp(t, "header")) return ZT_HEADER;
        if (!strcmp(t, "hr") || !strcmp(t, "html") || !strcmp(t, "hgroup")) return ZT_BLOCK;
        break;
    case 'l':
        if (!strcmp(t, "li")) return ZT_LI;
        if (!strcmp(t, "legend")) return ZT_BLOCK;
        break;
    case 'm':
        if (!strcmp(t, "main")) return ZT_MAIN;
        if (!strcmp(t, "menu")) return ZT_UL;
        break;
    case 'n':
        if (!strcmp(t, "nav")) return ZT_NAV;
        break;
    case 'o':
        if (!strcmp(t, "ol")) return ZT_UL;
        break;
    case 'p':
        if (!strcmp(t, "p")) return ZT_P;
        if (!strcmp(t, "pre")) return ZT_PRE;
        break;
    case 's':
        if (!strcmp(t, "section")) return ZT_SECTION;
        if (!strcmp(t, "summary")) return ZT_BLOCK;
        break;
    case 't':
        if (!strcmp(t, "td") || !strcmp(t, "th")) return ZT_TD;
        if (!strcmp(t, "tr")) return ZT_TR;
        if (!strcmp(t, "table")) return ZT_TABLE;
        if (!strcmp(t, "tbody") || !strcmp(t, "thead") || !strcmp(t, "tfoot")) return ZT_BLOCK;
        if (!strcmp(t, "time")) return -1;
        break;
    case 'u':
        if (!strcmp(t, "ul")) return ZT_UL;
        break;
    }
    return -1;
}

/* ---- class/id hints ------------------------------------------------------------------ */

/* Does word w occur in s as a token (bounded by non-letters)? */
static int has_token(const char *s, const char *w)
{
    size_t wl = strlen(w);
    for (const char *p = strstr(s, w); p; p = strstr(p + 1, w)) {
        int lb = p == s || !((p[-1] >= 'a' && p[-1] <= 'z'));
        int rb = !((p[wl] >= 'a' && p[wl] <= 'z'));
        if (lb && rb) return 1;
    }
    return 0;
}

/* Hint from class and id: +1 content-like, -1 boilerplate-like, 0 none.
 * Negative words win over positive ones (article-footer, related-posts). */
/* The hint of one attribute value: -1 when it names boilerplate (negative
 * words win: article-footer, related-posts), +1 when it names content. */
static int words_hint(const char *v)
{
    char buf[1024];
    size_t o = 0, tok = 0; /* a cut never leaves half a word */
    for (; *v; v++) {
        char c = *v;
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (o + 2 >= sizeof buf) {
            o = tok;
            break;
        }
        if (c == ' ' || c == '\t' || c == '\n') tok = o + 1;
        buf[o++] = c;
    }
    buf[o] = '\0';
    static const char *const neg_sub[] = {
        "comment",   "footer",     "sidebar",  "related", "recommend", "breadcrumb", "crumb",
        "copyright", "banner",     "share",    "advert",  "sponsor",   "navbar",     "topbar",
        "menu",      "pagination", "pager",    "toolbar", "social",    "login",      "friendlink",
        "hotnews",   "hot-news",   "hot_news", "ranking", "footnote",  "qrcode",     "reply",
        "guess",     "popular",    "widget",   "sitemap", "keyword",   "xgyd",       "xgxw",
        "tuijian",   "remen",      "paihang",  NULL};
    static const char *const neg_tok[] = {"nav", "ad",   "ads",   "side", "foot",  "rec",
                                          "hot", "rank", "tags",  "tag",  "links", "aside",
                                          "gg",  "adv",  "tools", "tool", "promo", NULL};
    static const char *const pos_sub[] = {"article", "content", "main",     "post",  "text",
                                          "detail",  "body",    "entry",    "story", "zhengwen",
                                          "正文",    "cont",    "artibody", "txt",   NULL};
    for (int i = 0; neg_sub[i]; i++)
        if (strstr(buf, neg_sub[i])) return -1;
    for (int i = 0; neg_tok[i]; i++)
        if (has_token(buf, neg_tok[i])) return -1;
    for (int i = 0; pos_sub[i]; i++)
        if (strstr(buf, pos_sub[i])) return 1;
    return 0;
}

/* Hint from id and class: +1 content-like, -1 boilerplate-like, 0 none.
 * The id speaks first: one per page, it names the box (id="artibody"
 * class="BSHARE_POP" is the article with a share pop-up). */
static int class_hint(xmlNodePtr n)
{
    char *id = zd_html_attr(n, "id");
    int h = id ? words_hint(id) : 0;
    xmlFree(id);
    if (h) return h;
    char *cl = zd_html_attr(n, "class");
    h = cl ? words_hint(cl) : 0;
    xmlFree(cl);
    return h;
}

/* Class/id mentions a title / a date (for the title and byline finders). */
static void class_flags(xmlNodePtr n, zd_el *e)
{
    for (int k = 0; k < 2; k++) {
        char *v = zd_html_attr(n, k ? "id" : "class");
        if (!v) continue;
        if (!k) { /* FNV-1a of the class, to see repeated siblings */
            uint32_t hsh = 2166136261u;
            for (const char *p = v; *p; p++)
                hsh = (hsh ^ (unsigned char)*p) * 16777619u;
            e->cls = hsh ? hsh : 1;
        }
        for (char *p = v; *p; p++)
            if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
        if (strstr(v, "tit") || strstr(v, "headline") || strstr(v, "biaoti")) e->titlecls = 1;
        if (strstr(v, "date") || strstr(v, "time") || strstr(v, "pub") || strstr(v, "info") ||
            strstr(v, "source") || strstr(v, "byline") || strstr(v, "meta") || strstr(v, "author"))
            e->datecls = 1;
        xmlFree(v);
    }
}

static int is_hidden(xmlNodePtr n)
{
    if (xmlHasProp(n, (const xmlChar *)"hidden")) return 1;
    char *st = zd_html_attr(n, "style");
    if (!st) return 0;
    char b[256];
    size_t o = 0;
    for (const char *s = st; *s && o + 1 < sizeof b; s++)
        if (*s != ' ' && *s != '\t') b[o++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
    b[o] = '\0';
    xmlFree(st);
    return strstr(b, "display:none") != NULL; /* not visibility:hidden: WeChat hides its article
                                                 that way until its script runs */
}

/* ---- flattening ---------------------------------------------------------------------- */

typedef struct {
    zd_page *pg;
    int cur;  /* open block index or -1 */
    int pend; /* pending space */
    int in_link;
    int in_bold; /* open <strong>/<b> elements */
    int in_pre;
    long deep_line;  /* line of the first element nested past MAX_DEPTH, or 0 */
    size_t max_text; /* the page's text stops here (0: no limit) */
    size_t text_cut; /* where it stopped, or 0 */
} walker;

static int add_el(zd_page *pg, int parent, int depth, int tag)
{
    if (pg->nels == pg->cap_els) {
        pg->cap_els = pg->cap_els ? pg->cap_els * 2 : 256;
        pg->els = zd_xrealloc(pg->els, (size_t)pg->cap_els * sizeof *pg->els);
    }
    zd_el *e = &pg->els[pg->nels];
    memset(e, 0, sizeof *e);
    e->parent = parent;
    e->depth = depth;
    e->tag = (uint8_t)tag;
    e->end = pg->nels + 1;
    return pg->nels++;
}

static void close_block(walker *w)
{
    if (w->cur < 0) return;
    zd_block *b = &w->pg->blocks[w->cur];
    if (b->chars == 0) { /* nothing but spaces: drop it */
        w->pg->text.len = b->off;
        if (w->pg->text.p) w->pg->text.p[b->off] = '\0';
        w->pg->nblocks--;
    } else { /* a byte of its own after it: the text is assembled in place */
        zd_buf_addc(&w->pg->text, '\n');
    }
    w->cur = -1;
    w->pend = 0;
}

static void open_block(walker *w, int el)
{
    zd_page *pg = w->pg;
    if (pg->nblocks == pg->cap_blocks) {
        pg->cap_blocks = pg->cap_blocks ? pg->cap_blocks * 2 : 256;
        pg->blocks = zd_xrealloc(pg->blocks, (size_t)pg->cap_blocks * sizeof *pg->blocks);
    }
    zd_block *b = &pg->blocks[pg->nblocks];
    memset(b, 0, sizeof *b);
    b->el = el;
    b->first_el = pg->nels;
    b->off = pg->text.len;
    w->cur = pg->nblocks++;
    w->pend = 0;
}

static void add_text(walker *w, int el, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t at = i;
        int32_t c = zd_utf8_decode(s, n, &i);
        if (c < 0) continue;
        if (is_space((uint32_t)c)) {
            if (w->in_pre && c == '\n') {
                close_block(w);
                continue;
            }
            if (w->cur >= 0) w->pend = 1;
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFD || c == 0x200C || c == 0x200D)
            continue;
        if (w->max_text && w->pg->text.len + (i - at) + 1 > w->max_text) {
            if (!w->text_cut) w->text_cut = w->pg->text.len;
            continue; /* past the text limit: left out */
        }
        if (w->cur < 0) open_block(w, el);
        zd_block *b = &w->pg->blocks[w->cur];
        if (w->pend) {
            zd_buf_addc(&w->pg->text, ' ');
            w->pend = 0;
        }
        zd_buf_add(&w->pg->text, s + at, i - at);
        b->len = w->pg->text.len - b->off;
        b->chars++;
        if (w->in_link) b->link_chars++;
        if (w->in_bold) b->bold_chars++;
        if (zd_html_is_han((uint32_t)c))
            b->han++;
        else if (zd_html_is_punct((uint32_t)c))
            b->punct++;
    }
}

static void add_meta(zd_page *pg, const char *key, const char *val)
{
    if (!key || !val || !*val) return;
    if (pg->nmetas == pg->cap_metas) {
        pg->cap_metas = pg->cap_metas ? pg->cap_metas * 2 : 32;
        pg->metas = zd_xrealloc(pg->metas, (size_t)pg->cap_metas * sizeof *pg->metas);
    }
    char *k = zd_xstrdup(key);
    for (char *p = k; *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
    char *v = zd_xstrdup(val);
    zd_html_collapse(v);
    pg->metas[pg->nmetas].key = k;
    pg->metas[pg->nmetas].val = v;
    pg->nmetas++;
}

/* <meta>, <title>, JSON-LD: the page's machine-readable claims. */
static void collect(zd_page *pg, xmlNodePtr c)
{
    const char *t = (const char *)c->name;
    if (!strcmp(t, "meta")) {
        char *content = zd_html_attr(c, "content");
        if (!content) return;
        static const char *const keys[] = {"property", "name", "itemprop", "http-equiv", NULL};
        for (int i = 0; keys[i]; i++) {
            char *k = zd_html_attr(c, keys[i]);
            if (k) add_meta(pg, k, content);
            xmlFree(k);
        }
        xmlFree(content);
    } else if (!strcmp(t, "title")) {
        if (!pg->title_tag) pg->title_tag = zd_html_node_text(c, 4096);
    } else if (!strcmp(t, "script")) {
        char *ty = zd_html_attr(c, "type");
        if (ty && strstr(ty, "ld+json") && pg->njsonld < 16) {
            if (pg->njsonld == pg->cap_jsonld) {
                pg->cap_jsonld = pg->cap_jsonld ? pg->cap_jsonld * 2 : 4;
                pg->jsonld = zd_xrealloc(pg->jsonld, (size_t)pg->cap_jsonld * sizeof *pg->jsonld);
            }
            xmlChar *txt = xmlNodeGetContent(c);
            pg->jsonld[pg->njsonld++] = zd_xstrdup(txt ? (const char *)txt : "");
            xmlFree(txt);
        } else if (!pg->script_time && (!ty || strstr(ty, "javascript"))) {
            xmlChar *txt = xmlNodeGetContent(c);
            if (txt) pg->script_time = zd_html_script_time((const char *)txt, strlen((char *)txt));
            xmlFree(txt);
        }
        xmlFree(ty);
    }
}

static void collect_head(zd_page *pg, xmlNodePtr node, int depth)
{
    if (depth > MAX_DEPTH) return;
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !c->name) continue;
        collect(pg, c);
        if (strcmp((const char *)c->name, "script") && strcmp((const char *)c->name, "style"))
            collect_head(pg, c, depth + 1);
    }
}

static void add_time(walker *w, xmlNodePtr c, int el)
{
    char *v = zd_html_attr(c, "datetime");
    if (!v) v = zd_html_attr(c, "pubdate");
    if (!v) return;
    zd_page *pg = w->pg;
    if (pg->ntimes == pg->cap_times) {
        pg->cap_times = pg->cap_times ? pg->cap_times * 2 : 8;
        pg->times = zd_xrealloc(pg->times, (size_t)pg->cap_times * sizeof *pg->times);
    }
    pg->times[pg->ntimes].val = zd_xstrdup(v);
    pg->times[pg->ntimes].block = pg->nblocks;
    pg->times[pg->ntimes].el = el;
    pg->ntimes++;
    xmlFree(v);
}

/* ---- the lazy walk ------------------------------------------------------------------- */

/* The walk runs while libxml2 parses (after every end tag), in document
 * order, as far as the tree is final: a text node is final once something
 * follows it or its parent is closed; an element's own data (name,
 * attributes) is final at once, its text (<title>, <script>, <head>) once
 * it is closed. What the walk has passed is freed at once, so the tree in
 * memory is the path to where the parser is plus what the walk waits for,
 * not the page. A node is freed only when a later sibling that is not a
 * comment exists: libxml2 looks at an open element's last child (text is
 * appended to it, and whether blanks are kept depends on it, skipping
 * comments), which therefore stays. Top-level nodes are never freed
 * (libxml2 hangs late content under the document's first child). */

enum { F_ROOT, F_INLINE, F_A, F_BLOCK };

typedef struct {
    xmlNodePtr node;
    xmlNodePtr last; /* the last child visited, NULL before the first */
    int el;          /* the element index its children belong to */
    int depth;       /* depth of its children */
    int kind;        /* F_* */
    int saved;       /* F_A: in_link before it; F_BLOCK: in_pre before it;
                      * F_INLINE: 1 for <strong>/<b> */
    int me;          /* F_BLOCK: its element index; F_INLINE: title candidate or -1 */
    int deep;        /* deeper than MAX_DEPTH: children not read */
} frame;

typedef struct {
    walker w;
    frame *st;
    int nst, cap;
    xmlDocPtr doc;
} lazy;

static char finished_mark; /* node->_private of a closed element */

static int finished(xmlNodePtr n)
{
    return n->_private == &finished_mark;
}

static void push(lazy *lz, xmlNodePtr node, int el, int depth, int kind, int saved, int me)
{
    if (lz->nst == lz->cap) {
        lz->cap = lz->cap ? lz->cap * 2 : 64;
        lz->st = zd_xrealloc(lz->st, (size_t)lz->cap * sizeof *lz->st);
    }
    frame *f = &lz->st[lz->nst++];
    f->node = node;
    f->last = NULL;
    f->el = el;
    f->depth = depth;
    f->kind = kind;
    f->saved = saved;
    f->me = me;
    f->deep = depth > MAX_DEPTH;
    if (f->deep && !lz->w.deep_line) /* not read: the caller says so */
        lz->w.deep_line = xmlGetLineNo(node) > 0 ? xmlGetLineNo(node) : 1;
}

/* Free the children of f's node before y (all visited): y is then the
 * first child, found again with f->last = NULL. */
static void free_before(frame *f, xmlNodePtr y)
{
    if (f->kind == F_ROOT || f->node->children == y) return;
    while (f->node->children && f->node->children != y) {
        xmlNodePtr c = f->node->children;
        xmlUnlinkNode(c);
        xmlFreeNode(c);
    }
    f->last = NULL;
}

/* Leave the top frame (its node is closed and every child visited). */
static void leave(lazy *lz)
{
    walker *w = &lz->w;
    frame f = lz->st[--lz->nst];
    switch (f.kind) {
    case F_A:
        w->in_link = f.saved;
        if (w->cur >= 0) w->pg->blocks[w->cur].links++;
        break;
    case F_INLINE:
        w->in_bold -= f.saved;
        if (f.me >= 0) w->pg->tcand[f.me].text = zd_html_node_text(f.node, 1024);
        break;
    case F_BLOCK:
        w->in_pre = f.saved;
        close_block(w);
        w->pg->els[f.me].end = w->pg->nels;
        w->pg->els[f.me].lb = w->pg->nblocks;
        break;
    default:
        break;
    }
}

/* Visit element c, a child of f's node (f is the top frame). Returns 0
 * when c must be waited for (not closed yet and its text is needed). */
static int visit(lazy *lz, frame *f, xmlNodePtr c, int final)
{
    walker *w = &lz->w;
    const char *t = (const char *)c->name;
    int el = f->el, depth = f->depth;
    if (!strcmp(t, "head")) {
        if (!final && !finished(c)) return 0;
        collect_head(w->pg, c, depth + 1);
        return 1;
    }
    if ((t[0] == 't' && !strcmp(t, "title")) || (t[0] == 's' && !strcmp(t, "script"))) {
        if (!final && !finished(c)) return 0;
    }
    if (t[0] == 'm' || t[0] == 't' || t[0] == 's') collect(w->pg, c);
    if (t[0] == 't' && !strcmp(t, "time")) add_time(w, c, el);
    if (skip_tag(t)) return 1;
    if (is_hidden(c)) return 1;
    int tc = tag_class(t);
    if (tc == ZT_BR) {
        close_block(w);
        return 1;
    }
    if (tc == ZT_A) {
        int was = w->in_link;
        w->in_link = 1;
        push(lz, c, el, depth + 1, F_A, was, -1);
        return 1;
    }
    if (tc < 0) { /* inline */
        int cand = -1;
        if (c->properties && w->pg->ntcand < 64) { /* a <span class="title"> */
            zd_el tmp = {0};
            class_flags(c, &tmp);
            if (tmp.titlecls) {
                zd_page *pg = w->pg;
                if (pg->ntcand == pg->cap_tcand) {
                    pg->cap_tcand = pg->cap_tcand ? pg->cap_tcand * 2 : 8;
                    pg->tcand = zd_xrealloc(pg->tcand, (size_t)pg->cap_tcand * sizeof *pg->tcand);
                }
                pg->tcand[pg->ntcand].text = NULL; /* when it is left */
                pg->tcand[pg->ntcand].el = el;
                pg->tcand[pg->ntcand].block = pg->nblocks;
                cand = pg->ntcand++;
            }
        }
        int bold = !strcmp(t, "strong") || !strcmp(t, "b");
        w->in_bold += bold;
        push(lz, c, el, depth + 1, F_INLINE, bold, cand);
        return 1;
    }
    close_block(w);
    int me = add_el(w->pg, el, depth, tc);
    zd_el *e = &w->pg->els[me];
    int hint = class_hint(c);
    if (tc == ZT_NAV || tc == ZT_FOOTER || tc == ZT_ASIDE)
        hint = -1;
    else if ((tc == ZT_ARTICLE || tc == ZT_MAIN) && hint == 0)
        hint = 1;
    else if (tc == ZT_FORM && hint == 0)
        hint = -1;
    e->hint = (int8_t)hint;
    class_flags(c, e);
    if (tc == ZT_BODY && !w->pg->body) w->pg->body = me;
    w->pg->els[me].fb = w->pg->nblocks;
    int was_pre = w->in_pre;
    if (tc == ZT_PRE) w->in_pre = 1;
    push(lz, c, me, depth + 1, F_BLOCK, was_pre, me);
    return 1;
}

/* Walk as far as the tree is final (final: the parse is over). */
static void advance(lazy *lz, int final)
{
    while (lz->nst > 0) {
        frame *f = &lz->st[lz->nst - 1];
        /* the document's first child takes late content (after </html>)
         * even when closed: it is open until the end */
        int open = !final && (!finished(f->node) || f->node == lz->doc->children);
        if (f->deep) {
            if (open) return;
            leave(lz);
            continue;
        }
        xmlNodePtr c = f->last ? f->last->next : f->node->children;
        if (!c) {
            if (open || (f->kind == F_ROOT && !final)) return;
            if (f->kind == F_ROOT) return; /* the caller ends the walk */
            leave(lz);
            continue;
        }
        if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
            f->last = c;
            continue;
        }
        free_before(f, c);
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (!c->next && (open || (f->kind == F_ROOT && !final))) return; /* may grow */
            f->last = c;
            if (c->content)
                add_text(&lz->w, f->el, (const char *)c->content, strlen((char *)c->content));
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || !c->name) {
            f->last = c;
            continue;
        }
        int fi = lz->nst - 1; /* visit may push (and move the stack) */
        if (!visit(lz, f, c, final)) return;
        lz->st[fi].last = c;
    }
}

void zd_page_clear(zd_page *pg)
{
    if (pg->doc) xmlFreeDoc(pg->doc);
    pg->doc = NULL;
    free(pg->title_tag);
    pg->title_tag = NULL;
    for (int i = 0; i < pg->nmetas; i++) {
        free(pg->metas[i].key);
        free(pg->metas[i].val);
    }
    pg->nmetas = 0;
    for (int i = 0; i < pg->njsonld; i++)
        free(pg->jsonld[i]);
    pg->njsonld = 0;
    free(pg->script_time);
    pg->script_time = NULL;
    for (int i = 0; i < pg->ntimes; i++)
        free(pg->times[i].val);
    pg->ntimes = 0;
    for (int i = 0; i < pg->ntcand; i++)
        free(pg->tcand[i].text);
    pg->ntcand = 0;
    pg->nels = 0;
    pg->nblocks = 0;
    zd_buf_reset(&pg->text);
    pg->body = 0;
    pg->main = -1;
    pg->rb = pg->re = 0;
    pg->title_el = -1;
    pg->total_chars = pg->total_punct = 0;
}

/* Arrays above this size are freed after their page, not kept for the next. */
#define KEEP_BYTES (1u << 20)

void zd_page_trim(zd_page *pg)
{
    if (pg->text.cap > KEEP_BYTES) zd_buf_free(&pg->text);
    if ((size_t)pg->cap_els * sizeof *pg->els > KEEP_BYTES) {
        free(pg->els);
        pg->els = NULL;
        pg->cap_els = 0;
    }
    if ((size_t)pg->cap_blocks * sizeof *pg->blocks > KEEP_BYTES) {
        free(pg->blocks);
        pg->blocks = NULL;
        pg->cap_blocks = 0;
    }
}

static void page_free(zd_page *pg)
{
    zd_page_clear(pg);
    free(pg->els);
    free(pg->blocks);
    free(pg->metas);
    free(pg->jsonld);
    free(pg->times);
    free(pg->tcand);
    zd_buf_free(&pg->text);
    memset(pg, 0, sizeof *pg);
}

/* Aggregate block statistics into their elements and up the tree. */
static void aggregate(zd_page *pg)
{
    for (int i = 0; i < pg->nblocks; i++) {
        zd_block *b = &pg->blocks[i];
        zd_el *e = &pg->els[b->el];
        e->chars += b->chars;
        e->link_chars += b->link_chars;
        e->punct += b->punct;
        e->links += b->links;
        e->blocks++;
        int t = e->tag;
        b->heading = t == ZT_H1 ? 1 : t == ZT_H2 ? 2 : t == ZT_H3 ? 3 : t == ZT_H4 ? 4 : 0;
    }
    for (int i = pg->nels - 1; i > 0; i--) {
        zd_el *e = &pg->els[i];
        if (e->parent < 0) continue;
        zd_el *p = &pg->els[e->parent];
        p->chars += e->chars;
        p->link_chars += e->link_chars;
        p->punct += e->punct;
        p->links += e->links;
        p->blocks += e->blocks;
    }
    pg->total_chars = pg->els[0].chars;
    pg->total_punct = pg->els[0].punct;
}

/* ---- node text ------------------------------------------------------------------------ */

static void node_text_rec(xmlNodePtr n, zd_buf *b, size_t max, int depth)
{
    if (depth > MAX_DEPTH) return;
    for (xmlNodePtr c = n->children; c && b->len < max; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) zd_buf_adds(b, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE && c->name) {
            const char *t = (const char *)c->name;
            if (!strcmp(t, "script") || !strcmp(t, "style") || !strcmp(t, "noscript")) continue;
            if (!strcmp(t, "br")) {
                zd_buf_addc(b, ' ');
                continue;
            }
            node_text_rec(c, b, max, depth + 1);
        }
    }
}

char *zd_html_node_text(xmlNodePtr n, size_t max)
{
    zd_buf b = ZD_BUF_INIT;
    zd_buf_add(&b, "", 0);
    if (n) node_text_rec(n, &b, max, 0);
    char *s = zd_buf_take(&b);
    zd_html_collapse(s);
    return s;
}

/* ---- context -------------------------------------------------------------------------- */

static pcre2_code *rx(const char *pat)
{
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &ec, &eo, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        zd_msg("extract", "internal: bad regex at %zu: %s", (size_t)eo, (char *)msg);
        abort();
    }
    zd_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

void zd_html_set_max_text(zd_html *h, size_t max)
{
    h->max_text = max;
}

zd_html *zd_html_new(void)
{
    zd_html *h = zd_xcalloc(1, sizeof *h);
    xmlInitParser();
    h->rx_boiler =
        rx("^(?:.{0,12}(?:版权所有|版权声明|copyright|©|\\(c\\)|责任编辑|责编|编辑：|编辑:|"
           "原标题|分享到|分享至|扫一扫|扫描二维码|二维码|关注我们|微信公众号|免责声明|"
           "声明：|本文来源|本网站|转载请|未经授权|举报|打开APP|打开app|下载APP|下载客户端|"
           "点击查看|点击进入|点击阅读|阅读原文|返回首页|返回顶部|上一篇|下一篇|"
           "上一页|下一页|【纠错】|纠错|关键词：|关键字：|标签：|热门推荐|猜你喜欢|"
           "您所在的位置|您的位置|当前位置|所在位置|调整字体|字号：|返回.{0,6}首页|校对|"
           "相关阅读|相关新闻|相关文章|相关推荐|推荐阅读|延伸阅读|更多精彩|精彩推荐|"
           "我要评论|发表评论|网友评论|评论\\(|登录|注册|分享|收藏|打印|字号|"
           "来源：|来源:|作者：|作者:|记者：|通讯员|ICP|icp备|京公网安备|广告))");
    h->rx_stop =
        rx("^[\\s【\\[（(#\\-—–]*(?:end|the "
           "end|完|全文完|本文完|相关阅读|相关新闻|相关文章|相关推荐|相关链接|推荐阅读|延伸阅读|"
           "热门推荐|猜你喜欢|更多精彩|精彩推荐|热点推荐|热门文章|热门新闻|往期回顾|"
           /* (a WeChat account's links to its earlier posts) */
           "往期推荐|往期精彩|往期文章|往期推薦|"
           "网友评论|发表评论|我要评论|评论区|全部评论|最新评论|热门评论|精彩评论|评论|评论列表|"
           "留言|网友留言|读者留言|留言板|推荐新闻|今日推荐|大家都在看|为您推荐|其他人也在看|"
           "你可能感兴趣|您可能感兴趣|你可能还想看|您可能还想看|你可能也喜欢|你可能喜欢|"
           "更多新闻|更多阅读|相关报道|相关专题|"
           "相關閱讀|相關新聞|相關文章|推薦閱讀|延伸閱讀|熱門推薦|猜你喜歡|更多精彩|"
           "網友評論|發表評論|評論|留言|你可能還想看|您可能還想看|其他人也在看|大家都在看|"
           "comments?|feedback|related(?: articles| posts| stories)?|read more|you may also like)"
           "(?:\\s*[(（]\\s*[0-9]+\\s*[)）])?[\\s】\\]）):：>›»\\-—–]*$");
    h->rx_meta = rx("来源|來源|作者|编辑|編輯|记者|記者|发布|發布|发表|發表|时间|時間|日期|浏览|"
                    "瀏覽|阅读|閱讀|点击|點擊|字号|字體|通讯员|摄影|供稿|出处|稿源|打印|收藏|"
                    "[0-9]{1,2}:[0-9]{2}|[0-9]{4}[-/.年][0-9]{1,2}");
    h->rx_disclaim = rx("仅提供信息存储|仅提供信息发布|不代表本(?:站|网|平台|报)|不代表.{0,10}(?:"
                        "观点|立场)|仅代表作者|观点仅代表|如有侵权|"
                        "请联系删除|联系我们删除|转载请注明|版权归原作者|版权归作者|未经许可|"
                        "未经授权|不得转载|禁止转载|严禁转载|免责声明|版权所有|all rights reserved|"
                        "投资有风险|不构成投资建议|據此入市|风险自担|本文来自|本文转载自|点个赞|"
                        "在看|关注公众号|扫码关注|长按识别|下载客户端|打开APP|二维码|扫一扫|"
                        "感谢您的反馈|责任编辑|责编|原标题|"
                        "information storage services");
    /* a whole block that is a control's label: 关注, 标签, 展开全文 ... */
    h->rx_ui = rx("^[\\s+＋]*(?:关注|已关注|标签|分享|收藏|点赞|赞|评论|举报|打印|更多|展开|收起|"
                  "展开全文|阅读全文|查看全文|查看原文|阅读原文|返回顶部|返回首页|返回列表|"
                  "上一篇|下一篇|上一页|下一页|首页|尾页|播报文章|语音播报|字体|字号|大|中|小|"
                  "调整字体|复制链接|微信|微博|QQ空间|朋友圈|不喜欢|纠错|订阅|客户端|APP|"
                  "share|print|follow|subscribe|more|close|关闭)[\\s:：>»]*$");
    h->md = pcre2_match_data_create(16, NULL);
    zd_html_time_init(h);
    h->page.main = -1;
    h->page.title_el = -1;
    return h;
}

void zd_html_free(zd_html *h)
{
    if (!h) return;
    page_free(&h->page);
    pcre2_code_free(h->rx_date);
    pcre2_code_free(h->rx_rel);
    pcre2_code_free(h->rx_boiler);
    pcre2_code_free(h->rx_stop);
    pcre2_code_free(h->rx_meta);
    pcre2_code_free(h->rx_disclaim);
    pcre2_code_free(h->rx_ui);
    pcre2_code_free(h->rx_byline);
    pcre2_code_free(h->rx_posted);
    pcre2_match_data_free(h->md);
    pcre2_match_data_free(h->md2);
    free(h->frames);
    free(h);
}

void zd_article_clear(zd_article *a)
{
    if (!a) return;
    free(a->title);
    free(a->published);
    free(a->text);
    a->title = a->published = a->text = NULL;
}

/* ---- the driver ----------------------------------------------------------------------- */

#define MAX_ATTRS 512

/* ---- the input ------------------------------------------------------------------------ */

/* libxml2 reads the page through io_read, block by block, so that it never
 * holds a copy of the whole page (htmlReadMemory copies it, and with an
 * encoding given converts the copy into a buffer twice its size). On the
 * way the bytes are repaired: libxml2 wants valid UTF-8 without NUL bytes,
 * and tags of a sane size, so bad sequences become U+FFFD, NULs spaces, and
 * the attributes of a tag with more than MAX_ATTRS words are blanked
 * (libxml2 2.9 checks attribute names pairwise, so thousands of them take
 * minutes). A tag is held back until its end is read, to count its words. */
typedef struct {
    zd_html_reader rd;
    void *ud;
    size_t total; /* bytes read from rd (at most ZD_HTML_MAX_INPUT) */
    int eof;      /* rd is done */
    int any;      /* rd gave something (an empty page is parsed as <html></html>) */
    zd_buf raw;   /* read, not yet repaired: raw.p[rpos..len) */
    size_t rpos;
    zd_buf r; /* repaired: r.p[qpos..scan) is ready for libxml2 */
    size_t qpos, scan;
    int in_tag; /* a start tag at r.p[tag] is being counted, up to tj */
    size_t tag, tj, teq;
    int tsp;
    const char *empty; /* "<html></html>" left to give for an empty page */
} feed;

/* Repair what was read into r. Returns 0 when nothing could be done
 * (an incomplete sequence waits for more bytes). */
static int repair(feed *f)
{
    const char *s = f->raw.p;
    size_t n = f->raw.len, i = f->rpos, run = i;
    zd_buf_reserve(&f->r, n - i + 16);
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) {
            zd_buf_add(&f->r, s + run, i - run);
            zd_buf_addc(&f->r, ' ');
            run = ++i;
            continue;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need = c >= 0xC2 && c <= 0xDF   ? 2
                      : c >= 0xE0 && c <= 0xEF ? 3
                      : c >= 0xF0 && c <= 0xF4 ? 4
                                               : 1;
        if (i + need > n && !f->eof) break; /* the rest of it is not read yet */
        size_t at = i;
        if (zd_utf8_decode(s, n, &i) < 0) {
            zd_buf_add(&f->r, s + run, at - run);
            zd_buf_add(&f->r, "\xEF\xBF\xBD", 3);
            run = i;
        }
    }
    zd_buf_add(&f->r, s + run, i - run);
    int did = i > f->rpos;
    f->rpos = i;
    return did;
}

/* Check the start tags of r from scan on; scan stops before a tag whose
 * end is not read yet. */
static void check_tags(feed *f)
{
    char *r = f->r.p;
    size_t n = f->r.len;
    while (f->scan < n || f->in_tag) {
        if (f->in_tag) {
            size_t j = f->tj;
            while (j < n && r[j] != '>') {
                char c = r[j];
                int is_sp = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
                if (f->tsp && !is_sp) f->teq++;
                f->tsp = is_sp;
                j++;
            }
            f->tj = j;
            if (j == n && !f->eof) return; /* wait for its end */
            if (f->teq > MAX_ATTRS) {
                size_t k = f->tag + 1;
                while (k < j && r[k] != ' ' && r[k] != '\t' && r[k] != '\n')
                    k++;
                memset(r + k, ' ', j - k);
            }
            f->in_tag = 0;
            f->scan = j;
            if (j == n) return;
            continue;
        }
        char *p = memchr(r + f->scan, '<', n - f->scan);
        if (!p) {
            f->scan = n;
            return;
        }
        size_t i = (size_t)(p - r);
        if (i + 1 >= n) {
            f->scan = f->eof ? n : i; /* is it a tag? the next byte says */
            return;
        }
        if (!(((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z'))) {
            f->scan = i + 1;
            continue;
        }
        f->in_tag = 1;
        f->tag = f->scan = i;
        f->tj = i + 1;
        f->teq = 0;
        f->tsp = 0;
    }
}

static int io_read(void *ctx, char *buf, int len)
{
    feed *f = ctx;
    for (;;) {
        if (f->qpos < f->scan) {
            size_t k = f->scan - f->qpos;
            if (k > (size_t)len) k = (size_t)len;
            memcpy(buf, f->r.p + f->qpos, k);
            f->qpos += k;
            return (int)k;
        }
        if (f->eof && f->rpos == f->raw.len && !f->in_tag && f->scan == f->r.len) {
            if (f->any || !f->empty) return 0;
            size_t k = strlen(f->empty); /* len is at least 4000 */
            memcpy(buf, f->empty, k);
            f->empty = NULL;
            return (int)k;
        }
        /* drop what libxml2 has, then read and repair more */
        if (f->qpos > 0) {
            memmove(f->r.p, f->r.p + f->qpos, f->r.len - f->qpos);
            f->r.len -= f->qpos;
            f->scan -= f->qpos;
            if (f->in_tag) f->tag -= f->qpos, f->tj -= f->qpos;
            f->qpos = 0;
        }
        if (f->rpos > 0) {
            memmove(f->raw.p, f->raw.p + f->rpos, f->raw.len - f->rpos);
            f->raw.len -= f->rpos;
            f->rpos = 0;
        }
        if (!f->eof) {
            size_t want = 65536;
            if (want > ZD_HTML_MAX_INPUT - f->total) want = ZD_HTML_MAX_INPUT - f->total;
            zd_buf_reserve(&f->raw, want);
            size_t got = want ? f->rd(f->ud, f->raw.p + f->raw.len, want) : 0;
            if (got == 0) f->eof = 1;
            if (got) f->any = 1;
            f->raw.len += got;
            f->total += got;
        }
        repair(f);
        check_tags(f);
    }
}

/* A reader over memory (zd_html_extract). */
typedef struct {
    const char *p;
    size_t n;
} mem_src;

static size_t mem_read(void *ud, char *buf, size_t cap)
{
    mem_src *m = ud;
    size_t k = m->n < cap ? m->n : cap;
    memcpy(buf, m->p, k);
    m->p += k;
    m->n -= k;
    return k;
}

/* The wrapped end-of-element callback: mark the element closed, walk on. */
static void sax_end(void *ctx, const xmlChar *name)
{
    xmlParserCtxtPtr ctxt = ctx;
    lazy *lz = ctxt->_private;
    xmlNodePtr cur = ctxt->node;
    xmlSAX2EndElement(ctx, name);
    if (cur) cur->_private = &finished_mark;
    if (lz->doc) advance(lz, 0);
}

/* The wrapped start-of-document callback: the walk starts at the document. */
static void sax_start_doc(void *ctx)
{
    xmlParserCtxtPtr ctxt = ctx;
    lazy *lz = ctxt->_private;
    xmlSAX2StartDocument(ctx);
    if (!ctxt->myDoc || lz->doc) return;
    lz->doc = ctxt->myDoc;
    zd_page *pg = lz->w.pg;
    add_el(pg, -1, 0, ZT_BLOCK);
    push(lz, (xmlNodePtr)lz->doc, 0, 1, F_ROOT, 0, -1);
}

/* The last / first code point of a block's text. */
static int32_t last_cp(const char *s, size_t n)
{
    size_t i = n;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0) return -1;
    i--;
    size_t j = i;
    return zd_utf8_decode(s, n, &j);
}

/* Whether a line holds two or more column bars (｜ or |): the cells of a
 * table a writer typed as text, one record per line. */
static int delimited_row(const char *s, size_t n)
{
    int bars = 0;
    for (size_t i = 0; i < n && bars < 2; i++) {
        if (s[i] == '|')
            bars++;
        else if (i + 2 < n && !memcmp(s + i, "\xEF\xBD\x9C", 3)) /* U+FF5C */
            bars++, i += 2;
    }
    return bars >= 2;
}

/* Old pages wrap Chinese text at a fixed width with a <br> or <p> per line
 * ("...开一个全省教学研究<p>会议。按照..."): a long line ending inside a
 * sentence (a Han character, ，、；：) followed by a line starting with a Han
 * character or closing punctuation is the same paragraph, joined without a
 * break so that "3亿<br>元" stays one amount. */
static int hard_wrap(const zd_page *pg, const zd_block *a, const zd_block *b)
{
    if (a->chars < 20 || a->heading || b->heading) return 0;
    for (int k = 0; k < 2; k++) { /* never across table cells or list items */
        int t = pg->els[(k ? b : a)->el].tag;
        if (t == ZT_TD || t == ZT_LI || t == ZT_DD || t == ZT_TR || t == ZT_UL || t == ZT_TABLE)
            return 0;
    }
    /* a row of a table written as text (公司｜轮次｜金额) is a record */
    if (delimited_row(pg->text.p + a->off, a->len) || delimited_row(pg->text.p + b->off, b->len))
        return 0;
    int32_t l = last_cp(pg->text.p + a->off, a->len);
    size_t j = 0;
    int32_t f = zd_utf8_decode(pg->text.p + b->off, b->len, &j);
    if (l < 0 || f < 0) return 0;
    /* the line ends inside a sentence: a Han character or ，、；： */
    if (!zd_html_is_han((uint32_t)l) && l != 0xFF0C && l != 0x3001 && l != 0xFF1B && l != 0xFF1A)
        return 0;
    /* a line all in bold that ends with a word is a subheading
     * (<p><strong>2.X完成B轮</strong></p>), not a wrapped line */
    if (a->bold_chars == a->chars && zd_html_is_han((uint32_t)l)) return 0;
    /* ...nor what follows one (a question in bold after an answer or after
     * 以下为对话节选：), but a line cut after ，、； goes on into bold words */
    if (b->bold_chars == b->chars && (zd_html_is_han((uint32_t)l) || l == 0xFF1A)) return 0;
    return zd_html_is_han((uint32_t)f) || f == 0xFF0C || f == 0x3002 || f == 0x3001 ||
           f == 0xFF1B || f == 0xFF1A || f == 0x300D || f == 0x201D || f == 0xFF01 || f == 0xFF1F;
}

/* The table cell (td/th) a block is in, or -1. */
static int cell_of(const zd_page *pg, const zd_block *b)
{
    int e = b->el;
    while (e >= 0 && pg->els[e].tag != ZT_TD && pg->els[e].tag != ZT_TABLE)
        e = pg->els[e].parent;
    return e >= 0 && pg->els[e].tag == ZT_TD ? e : -1;
}

/* Two short blocks in different cells of one table row: a row of a data
 * table is a record (date, company, round, amount, investors), read as one
 * line. Cells of prose are a layout table: their paragraphs stay lines. */
static int same_row(const zd_page *pg, const zd_block *a, const zd_block *b)
{
    if (a->chars > 60 || b->chars > 60) return 0;
    int ca = cell_of(pg, a), cb = cell_of(pg, b);
    if (ca < 0 || cb < 0 || ca == cb) return 0;
    int ra = pg->els[ca].parent, rb = pg->els[cb].parent;
    return ra >= 0 && ra == rb && pg->els[ra].tag == ZT_TR;
}

int zd_html_extract_stream(zd_html *h, zd_html_reader rd, void *ud, const char *base_date,
                           zd_article *out, char **err)
{
    if (err) *err = NULL;
    out->title = out->published = out->text = NULL;
    out->deep_line = 0;
    out->text_cut = 0;
    zd_page *pg = &h->page;
    zd_page_clear(pg);
    feed f;
    memset(&f, 0, sizeof f);
    f.rd = rd;
    f.ud = ud;
    f.empty = "<html></html>";
    lazy lz;
    memset(&lz, 0, sizeof lz);
    lz.w = (walker){pg, -1, 0, 0, 0, 0, 0, h->max_text, 0};
    lz.st = h->frames;
    lz.cap = h->cap_frames;
    /* as htmlReadMemory(page, size, NULL, "UTF-8", opts) does it, with the
     * page read through io_read and the walk hooked to the end tags */
    int opts = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER |
               HTML_PARSE_COMPACT; /* <html><body> stay implied: one root to walk */
    xmlParserCtxtPtr ctxt =
        xmlCreateIOParserCtxt(NULL, NULL, io_read, NULL, &f, XML_CHAR_ENCODING_NONE);
    if (ctxt) {
        htmlDefaultSAXHandlerInit();
        if (ctxt->sax) memcpy(ctxt->sax, &htmlDefaultSAXHandler, sizeof(xmlSAXHandlerV1));
        ctxt->sax->endElement = sax_end;
        ctxt->sax->startDocument = sax_start_doc;
        ctxt->_private = &lz;
        htmlCtxtUseOptions(ctxt, opts);
        ctxt->html = 1;
        xmlCharEncodingHandlerPtr hdlr = xmlFindCharEncodingHandler("UTF-8");
        if (hdlr) {
            xmlSwitchToEncoding(ctxt, hdlr);
            if (ctxt->input->encoding) xmlFree((xmlChar *)ctxt->input->encoding);
            ctxt->input->encoding = xmlStrdup((const xmlChar *)"UTF-8");
        }
        htmlParseDocument(ctxt);
        pg->doc = ctxt->myDoc;
        ctxt->myDoc = NULL;
        if (ctxt->dictNames && pg->doc && pg->doc->dict == ctxt->dict) ctxt->dict = NULL;
        xmlFreeParserCtxt(ctxt);
    }
    zd_buf_free(&f.raw);
    zd_buf_free(&f.r);
    h->frames = lz.st;
    h->cap_frames = lz.cap;
    if (!pg->doc || pg->doc != lz.doc) {
        if (err) *err = zd_xstrdup("HTML could not be parsed");
        return -1;
    }
    /* the document node is the root: pages glued together after an early
     * </html> leave their content in siblings of <html> */
    advance(&lz, 1);
    out->deep_line = lz.w.deep_line;
    out->text_cut = lz.w.text_cut;
    close_block(&lz.w);
    pg->els[0].end = pg->nels;
    pg->els[0].fb = 0;
    pg->els[0].lb = pg->nblocks;
    /* the tree is not needed any more */
    xmlFreeDoc(pg->doc);
    pg->doc = NULL;
    aggregate(pg);

    out->title = zd_html_title(h, pg);
    pg->title = out->title;
    zd_html_score(h, pg);
    pg->title = NULL;
    out->published = zd_html_published(h, pg, base_date);

    /* the text, assembled in place: each block is followed by one byte of
     * its own (close_block), so what is written never passes what is read */
    char *T = pg->text.p;
    size_t o = 0;
    zd_block *prev = NULL;
    for (int i = 0; i < pg->nblocks; i++) {
        zd_block *b = &pg->blocks[i];
        if (!b->keep) continue;
        if (o && prev && same_row(pg, prev, b))
            T[o++] = '\t'; /* a table row stays one line, its cells tab-separated */
        else if (o && !(prev && hard_wrap(pg, prev, b)))
            T[o++] = '\n';
        memmove(T + o, T + b->off, b->len);
        b->off = o; /* prev is read where it now is */
        o += b->len;
        prev = b;
    }
    if (o) {
        T[o] = '\0';
        pg->text.len = o;
        out->text = zd_xrealloc(zd_buf_take(&pg->text), o + 1);
    } else {
        out->text = zd_xstrdup("");
    }
    zd_page_trim(pg);
    return 0;
}

int zd_html_extract(zd_html *h, const char *utf8, size_t n, const char *base_date, zd_article *out,
                    char **err)
{
    mem_src m = {utf8 ? utf8 : "", utf8 ? n : 0};
    return zd_html_extract_stream(h, mem_read, &m, base_date, out, err);
}
