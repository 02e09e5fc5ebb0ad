/*
 * html_score.c: which text of a page is the article. No per-site rules: each
 * text block gets a value from what any reader can see in it (how much of it
 * is link text, whether it is punctuated prose — ，。 are the strongest sign
 * of running Chinese text —, and the class/id/tag hints of the boxes around
 * it), and the main element is the subtree whose blocks add up to the most:
 * prose counts for it, navigation, link lists and boilerplate against it. So
 * the winner is the tightest box holding the article's paragraphs without the
 * sidebars around them. Inside that box, link lists, boilerplate regions and
 * boilerplate lines (版权, 来源/责任编辑, 分享到, 相关阅读 ...) are pruned.
 */
#include <math.h>
#include <string.h>

#include "html_priv.h"

/* Is element a inside element b's subtree (or b itself)? */
static int inside(const zd_page *pg, int a, int b)
{
    return a >= b && a < pg->els[b].end;
}

/* Mark list items: siblings with the same tag and class next to each other. */
static void mark_rep(zd_page *pg)
{
    for (int p = 0; p < pg->nels; p++) {
        int prev = -1;
        for (int j = p + 1; j < pg->els[p].end; j = pg->els[j].end) {
            pg->els[j].rep = 0;
            if (prev >= 0 && pg->els[prev].tag == pg->els[j].tag &&
                pg->els[prev].cls == pg->els[j].cls)
                pg->els[prev].rep = pg->els[j].rep = 1;
            prev = j;
        }
    }
}

/* A teaser: an item of a list (li, or one of repeated same-class boxes)
 * that opens with a linked headline and goes on with a summary. Lists of
 * them (你可能还想看, streams, 相关新闻 with summaries) are not the article
 * even though their summaries are prose. */
static int teaser(const zd_page *pg, int i)
{
    const zd_el *e = &pg->els[i];
    if (!(e->tag == ZT_LI || e->rep) || e->chars >= 1000 || e->fb == e->lb) return 0;
    if (e->tag != ZT_LI && e->tag != ZT_DIV && e->tag != ZT_ARTICLE && e->tag != ZT_SECTION &&
        e->tag != ZT_DD && e->tag != ZT_UL)
        return 0;
    if (pg->title_el >= 0 && inside(pg, pg->title_el, i)) return 0;
    for (int b = e->fb; b < e->lb; b++) {
        const zd_block *bl = &pg->blocks[b];
        if (bl->link_chars * 2 > bl->chars && bl->chars >= 5) return b + 1 < e->lb;
        if (bl->punct > 0 && bl->chars >= 20) return 0; /* prose before any link */
    }
    return 0;
}

/* Mark boilerplate regions, inherited down the tree: teaser items, and
 * elements with a negative hint (nav, footer, sidebar, comment, related ...)
 * unless they hold the headline or most of the page's prose (a wrapper
 * named "layout-with-sidebar" must not take the article down with it). */
static void mark_neg(zd_page *pg)
{
    int root_punct = pg->els[0].punct;
    mark_rep(pg);
    for (int i = 0; i < pg->nels; i++) {
        zd_el *e = &pg->els[i];
        e->neg = 0;
        if (e->parent >= 0 && pg->els[e->parent].neg) {
            e->neg = 1;
            continue;
        }
        if (teaser(pg, i)) {
            e->neg = 1;
            continue;
        }
        if (e->hint >= 0) continue;
        /* a box holding the headline is the article's, whatever its name */
        if (pg->title_el >= 0 && inside(pg, pg->title_el, i)) continue;
        if (e->punct * 2 < root_punct || root_punct < 4) e->neg = 1;
    }
}

/* The value of a block of text as evidence for the article around it.
 * lenient: pages without prose (tables of contents, lists of titles), where
 * any unlinked text counts. */
static double block_value(const zd_page *pg, const zd_block *b, int lenient)
{
    double c = b->chars, l = b->link_chars;
    if (c <= 0) return 0;
    if (pg->els[b->el].neg) return -c;
    if (l * 2 > c) return -c;
    double t = c - l;
    if (b->punct > 0 || t >= 40 || lenient) return t;
    /* a table cell of a data table (轮次 | 金额) is neutral: kept with the
     * article around it, no reason to choose a box */
    if (pg->els[b->el].tag == ZT_TD) return 0;
    return -0.3 * c;
}

/* Sum block values into elements, then find the best run of consecutive
 * children of one element (its own text blocks and its child elements, in
 * document order): the maximum-sum subarray. A whole element is the run of
 * all its children; a run also finds an article whose paragraphs sit
 * between link lists in one big layout cell. Sets pg->main, rb, re and
 * returns the run's value. */
static double choose(zd_page *pg, int lenient)
{
    int title_fb = 0; /* the headline's first block, when the headline is a heading */
    if (pg->title_el >= 0 && pg->els[pg->title_el].chars <= 200)
        title_fb = pg->els[pg->title_el].fb;
    for (int i = 0; i < pg->nels; i++)
        pg->els[i].value = 0;
    for (int i = 0; i < pg->nblocks; i++) {
        zd_block *b = &pg->blocks[i];
        b->value = block_value(pg, b, lenient);
        /* position: text before the headline is the page's, not the article's */
        if (b->value > 0 && i < title_fb) b->value *= 0.5;
        b->keep = 0;
        pg->els[b->el].value += b->value;
    }
    for (int i = pg->nels - 1; i > 0; i--)
        if (pg->els[i].parent >= 0) pg->els[pg->els[i].parent].value += pg->els[i].value;

    double bv = -INFINITY;
    pg->main = 0;
    pg->rb = 0;
    pg->re = pg->nblocks;
    for (int e = 0; e < pg->nels; e++) {
        zd_el *E = &pg->els[e];
        if (E->fb == E->lb) continue;
        /* Kadane over the units of E */
        double cur = 0;
        int cur_b = E->fb;
        int blk = E->fb;
        int child = e + 1;
        while (blk < E->lb) {
            double uv;
            int ub = blk, ue;
            /* next child element with text, in document order */
            while (child < E->end && pg->els[child].fb == pg->els[child].lb)
                child = pg->els[child].end;
            if (child < E->end && pg->els[child].fb == blk) {
                uv = pg->els[child].value;
                ue = pg->els[child].lb;
                child = pg->els[child].end;
            } else {
                uv = pg->blocks[blk].value;
                ue = blk + 1;
            }
            if (cur <= 0) {
                cur = 0;
                cur_b = ub;
            }
            cur += uv;
            double score = cur;
            int whole = cur_b == E->fb && ue == E->lb;
            if (whole && E->hint > 0 && score > 0) score *= 1.05;
            /* ties: the whole element, or the best run going on (neutral
             * units after the text, a data table, are kept with it) */
            if (score > bv || (score == bv && (whole || (e == pg->main && cur_b == pg->rb)))) {
                bv = score;
                pg->main = e;
                pg->rb = cur_b;
                pg->re = ue;
            }
            blk = ue;
        }
    }
    return bv;
}

/* Is s[0..n) the title (ignoring spaces)? */
static int same_text(const char *s, size_t n, const char *title)
{
    if (!title) return 0;
    size_t i = 0, j = 0, tl = strlen(title);
    for (;;) {
        while (i < n && s[i] == ' ')
            i++;
        while (j < tl && title[j] == ' ')
            j++;
        if (i == n || j == tl) return i == n && j == tl;
        if (s[i] != title[j]) return 0;
        i++, j++;
    }
}

/* Does the text contain a sentence end (。！？)? Bylines do not. */
static int has_full_stop(const char *s, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++)
        if (!memcmp(s + i, "\xE3\x80\x82", 3) || !memcmp(s + i, "\xEF\xBC\x81", 3) ||
            !memcmp(s + i, "\xEF\xBC\x9F", 3))
            return 1;
    return 0;
}

static int rx_match(zd_html *h, pcre2_code *re, const char *s, size_t n);

/* A line that is a time stamp and little else: "2005-06-13 15:00:14",
 * "发表于 2024年5月20日 09:30". */
static int date_line(zd_html *h, const zd_page *pg, const zd_block *b)
{
    if (b->chars > 40) return 0;
    const char *s = pg->text.p + b->off;
    if (zd_rx_match(h->rx_date, (PCRE2_SPTR)s, b->len, 0, 0, h->md) < 0) return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(h->md);
    size_t in = 0;
    for (size_t i = ov[0]; i < ov[1]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) in++;
    /* a post's stamp has a time of day too: 15:00 */
    int clock = 0;
    for (size_t i = ov[1]; i + 2 < b->len && !clock; i++)
        if (s[i] == ':' && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '5')
            clock = 1;
    return clock && b->chars - (int)in <= 24;
}

/* A page of several posts (a blog's front page, a forum thread): each post
 * is a heading, a date line and its text. The article is the first one:
 * cut at the second date line that starts a new stretch of prose, with the
 * short heading just above it. */
static void cut_next_post(zd_html *h, zd_page *pg)
{
    int prose = 0; /* chars of prose of the first post so far: a post's
                      text, not the one-line dek above an article's byline */
    for (int i = pg->rb; i < pg->re; i++) {
        zd_block *b = &pg->blocks[i];
        if (!b->keep) continue;
        if (prose < 100) {
            if (b->punct >= 2 && b->chars >= 20) prose += b->chars;
            continue;
        }
        if (!date_line(h, pg, b)) continue;
        int after = 0;
        for (int j = i + 1; j < pg->re && after < 100; j++)
            if (pg->blocks[j].keep && pg->blocks[j].chars >= 20) after += pg->blocks[j].chars;
        if (after < 100) return;
        for (int j = i - 1; j >= pg->rb; j--) { /* the post's heading */
            zd_block *p = &pg->blocks[j];
            if (!p->keep) continue;
            if (p->chars < 40 && !has_full_stop(pg->text.p + p->off, p->len)) p->keep = 0;
            break;
        }
        for (int j = i; j < pg->re; j++)
            pg->blocks[j].keep = 0;
        return;
    }
}

static int rx_match(zd_html *h, pcre2_code *re, const char *s, size_t n)
{
    return zd_rx_match(re, (PCRE2_SPTR)s, n, 0, 0, h->md) >= 0;
}

void zd_html_score(zd_html *h, zd_page *pg)
{
    pg->main = -1;
    pg->rb = pg->re = 0;
    if (pg->nels == 0) return;
    mark_neg(pg);
    double bv = choose(pg, 0);
    if (bv < 100) choose(pg, 1); /* little prose anywhere */
    int best = pg->main;

    /* keep the blocks inside main that are not boilerplate */
    int stop = 0, kept = 0, prose = 0;
    for (int i = pg->rb; i < pg->re; i++) {
        zd_block *b = &pg->blocks[i];
        const char *s = pg->text.p + b->off;
        if (stop) continue;
        /* the headline and the byline under it are not the text */
        if (pg->title_el >= 0 && pg->els[pg->title_el].chars <= 200 &&
            i >= pg->els[pg->title_el].fb && i < pg->els[pg->title_el].lb)
            continue;
        if (!prose && same_text(s, b->len, pg->title)) continue;
        if (!prose && b->chars < 80 && !has_full_stop(s, b->len) && !memmem(s, b->len, "，", 3) &&
            rx_match(h, h->rx_meta, s, b->len))
            continue;
        /* 相关阅读 and the like end the article, once there is one */
        if (b->chars <= 20 && kept >= 100 && b->link_chars * 2 < b->chars &&
            rx_match(h, h->rx_stop, s, b->len)) {
            stop = 1;
            continue;
        }
        /* a boilerplate region inside main (but main itself may carry a hint) */
        if (pg->els[b->el].neg && !pg->els[best].neg) continue;
        if (b->link_chars * 2 > b->chars) continue;
        if (b->chars < 60 && rx_match(h, h->rx_boiler, s, b->len)) continue;
        if (b->chars < 200 && rx_match(h, h->rx_disclaim, s, b->len)) continue;
        if (b->chars <= 12 && rx_match(h, h->rx_ui, s, b->len)) continue;
        b->keep = 1;
        kept += b->chars;
        if (b->punct >= 2 && b->chars >= 20) prose = 1;
    }
    cut_next_post(h, pg);
}
