/*
 * normalize.c: the normalize stage driver. Reads document lines (each
 * bounded by max_line: an oversized line is reported and skipped, the
 * rest go on), resolves every mention, builds the deals and writes
 * records. Per-document memory is freed in one place at the end of
 * zd_normalize_line.
 */
#include "normalize.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../common/doc.h"
#include "date.h"
#include "deals.h"
#include "hans.h"
#include "money.h"

struct zd_normalize {
    zd_normalize_opts opt;
    zd_orgs *orgs;
    zd_date_ctx *dates;
    FILE *out;
    zd_buf buf; /* output of one document */
    zd_doc doc;
    zd_value *vals;
    size_t valcap;
    zd_hans *hans;
    zd_buf fold;  /* the document text folded to Simplified */
    char **names; /* names this document gives its organizations */
    size_t nnames, namecap;
};

void zd_normalize_opts_init(zd_normalize_opts *o)
{
    memset(o, 0, sizeof *o);
    o->emit = ZD_EMIT_DEALS;
    o->format = ZD_FMT_JSONL;
    o->max_line = 64u << 20;
    o->max_mentions = 10000;
    o->prefer = ZD_PREFER_NEAREST;
}

zd_normalize *zd_normalize_new(const zd_normalize_opts *o, zd_orgs *orgs, FILE *out, char **err)
{
    zd_normalize *z = zd_xcalloc(1, sizeof *z);
    z->opt = *o;
    z->orgs = orgs;
    z->out = out;
    z->dates = zd_date_ctx_new();
    if (!z->dates) {
        *err = zd_xstrdup("cannot open the ICU calendars");
        free(z);
        return NULL;
    }
    zd_date_ctx_set_prefer(z->dates, o->prefer);
    zd_date_ctx_set_conventions(z->dates, o->date_conv);
    z->hans = zd_hans_new(); /* NULL: no folding, Traditional aliases still match */
    zd_doc_init(&z->doc);
    return z;
}

void zd_normalize_free(zd_normalize *z)
{
    if (!z) return;
    zd_date_ctx_free(z->dates);
    zd_hans_free(z->hans);
    zd_buf_free(&z->fold);
    free(z->names);
    zd_buf_free(&z->buf);
    zd_doc_clear(&z->doc);
    free(z->vals);
    free(z);
}

void zd_normalize_begin(zd_normalize *z)
{
    zd_buf_reset(&z->buf);
    zd_emit_header(z->opt.format, z->opt.emit == ZD_EMIT_MENTIONS, &z->buf);
    fwrite(z->buf.p ? z->buf.p : "", 1, z->buf.len, z->out);
}

/* How often w occurs in the NUL-terminated t (up to 64: enough to compare). */
static size_t count_of(const char *t, const char *w)
{
    size_t k = 0, l = strlen(w);
    for (const char *p = t; k < 64 && (p = strstr(p, w)) != NULL; p += l)
        k++;
    return k;
}

/* The ISO code a bare 元 means in this document: a page that prices in
 * 新台币 and never in 人民币 is a Taiwan page, where 元 is TWD; a page in
 * Traditional script about Hong Kong's market (港元, 港交所, 聯交所, 港股) is
 * a Hong Kong page, where 元 is HKD and the renminbi is always written
 * 人民幣 (招股價每股10.4元至13元 ... 收入約人民幣8.62億元). */
static const char *bare_yuan(const zd_doc *d)
{
    const char *t = d->text;
    /* Taiwan's press writes 新台幣 in its own script; a mainland page that
     * names one Taiwan price (新台币2.79万元) still counts its 元 in CNY */
    /* (a Hong Kong page that tells one Taiwan deal in 新台幣 stays a Hong
     * Kong page: the place named more often wins) */
    size_t twd = count_of(t, "新台幣") + count_of(t, "新臺幣") + count_of(t, "NT$");
    int cny = strstr(t, "人民币") || strstr(t, "人民幣") || strstr(t, "RMB");
    int trad = strstr(t, "億") || strstr(t, "萬");
    size_t hk = count_of(t, "港元") + count_of(t, "港幣") + count_of(t, "港交所") +
                count_of(t, "聯交所") + count_of(t, "港股");
    if (twd && !cny && !(trad && hk > twd)) return "TWD";
    return trad && hk && hk > twd ? "HKD" : "CNY";
}

/* Where the page is from, for the holidays whose day differs (date.h): a
 * page that prices in 新台幣 (bare_yuan's TWD), counts years of 民國 or
 * writes 臺灣 in Taiwan's own form of 台 is a Taiwan page. */
static zd_region page_region(const zd_doc *d, const char *yuan)
{
    const char *t = d->text;
    return strcmp(yuan, "TWD") == 0 || strstr(t, "民國") || strstr(t, "臺灣") ? ZD_REGION_TW
                                                                              : ZD_REGION_DEFAULT;
}

static const char *keep_name(zd_normalize *z, const char *s, size_t n)
{
    if (z->nnames == z->namecap) {
        z->namecap = z->namecap ? z->namecap * 2 : 16;
        z->names = zd_xrealloc(z->names, z->namecap * sizeof *z->names);
    }
    return z->names[z->nnames++] = zd_xstrndup(s, n);
}

/* Whether t[0,n) names a party by its role in a filing (买方, 目标公司). */
static int is_role_word(const char *t, size_t n)
{
    static const char *const roles[] = {"买方",   "卖方",   "目标公司", "标的公司", "目标",
                                        "发行人", "认购方", "认购人",   "收购方",   "收购人",
                                        "出售方", "转让方", "受让方",   "要约人",   "本公司",
                                        "本集团", NULL};
    for (int i = 0; roles[i]; i++)
        if (strlen(roles[i]) == n && memcmp(t, roles[i], n) == 0) return 1;
    return 0;
}

/* 上周五(27日): the day in brackets is the weekday's own, in its month
 * (a page of 2 April means 27 March, not the 27th of April). */
static void weekday_days(zd_normalize *z, const zd_doc *d)
{
    const char *t = d->text;
    for (size_t i = 1; i < d->mentions.n; i++) {
        zd_value *v = &z->vals[i], *w = &z->vals[i - 1];
        if (v->m->type != ZD_DATE || w->m->type != ZD_DATE || !v->ok || !w->ok) continue;
        if (v->date.gran != ZD_GRAN_DAY || w->date.gran != ZD_GRAN_DAY) continue;
        if (v->m->start != w->m->end + 1 || t[w->m->end] != '(' || v->m->end >= d->text_len ||
            t[v->m->end] != ')')
            continue;
        /* only a bare day (27日) takes the weekday's month and year */
        size_t q = v->m->start;
        while (q < v->m->end && isdigit((unsigned char)t[q]))
            q++;
        if (q == v->m->start || v->m->end - q != strlen("日") || memcmp(t + q, "日", 3) != 0)
            continue;
        if (v->date.d == w->date.d) v->date = w->date;
    }
}

/* The Latin name of 「(以下简称“Y”,英文名Z)」: the org mention after the
 * quote q that closes mention j, a comma and an optional 英文名, or NULL. */
static zd_value *latin_after(zd_normalize *z, const zd_doc *d, const char *t, size_t j, size_t q)
{
    if (q + 1 > d->text_len || t[q] != ',') return NULL;
    q++;
    static const char *const intro[] = {"英文名称", "英文简称", "英文名", "英文", NULL};
    for (int k = 0; intro[k]; k++)
        if (q + strlen(intro[k]) <= d->text_len && !memcmp(t + q, intro[k], strlen(intro[k]))) {
            q += strlen(intro[k]);
            break;
        }
    if (q + strlen("为") <= d->text_len && !memcmp(t + q, "为", strlen("为"))) q += strlen("为");
    if (q < d->text_len && (t[q] == ':' || t[q] == ' ')) q++;
    if (j + 1 >= d->mentions.n) return NULL;
    zd_value *x = &z->vals[j + 1];
    if (x->m->type != ZD_ORG || x->m->start != q || !isalpha((unsigned char)t[q])) return NULL;
    return x;
}

/* 「X(以下简称“Y”)」: the article names X by Y; both get Y's name (or the
 * gazetteer's, when it knows Y). A role (「买方」) gets X's name instead. */
static void short_names(zd_normalize *z, const zd_doc *d, const char *t)
{
    static const char *const intro[] = {"以下简称", "下称", "简称", "以下称", "证券简称", "", NULL};
    for (size_t i = 0; i < d->mentions.n; i++) {
        zd_value *v = &z->vals[i];
        if (v->m->type != ZD_ORG) continue;
        size_t e = v->m->end;
        if (e >= d->text_len || t[e] != '(') continue;
        e++;
        /* X(Latin name, 以下简称“Y”): the Latin name is X's too */
        zd_value *latin = NULL;
        /* X(its name in Han, 以下简称“Y”): that other name goes before the
         * short one, and is no mention (布兰特纳涂料) */
        if ((unsigned char)t[e] >= 0xE3) {
            size_t q = e;
            while (q < d->text_len && q < e + 60 && t[q] != ',' && t[q] != '(' && t[q] != ')' &&
                   t[q] != '\n' && memcmp(t + q, "简称", 6) != 0 && memcmp(t + q, "下称", 6) != 0)
                q++;
            if (q + 1 < d->text_len && t[q] == ',' &&
                (!memcmp(t + q + 1, "以下简称", 12) || !memcmp(t + q + 1, "下称", 6) ||
                 !memcmp(t + q + 1, "简称", 6)))
                e = q + 1;
        }
        if (i + 1 < d->mentions.n && z->vals[i + 1].m->type == ZD_ORG &&
            z->vals[i + 1].m->start == e && isalpha((unsigned char)t[e])) {
            size_t le = z->vals[i + 1].m->end;
            if (le < d->text_len && t[le] == ',') {
                latin = &z->vals[i + 1];
                e = le + 1 + (le + 1 < d->text_len && t[le + 1] == ' ');
            }
        }
        for (int k = 0; intro[k]; k++) {
            size_t l = strlen(intro[k]);
            if (e + l > d->text_len || memcmp(t + e, intro[k], l) != 0) continue;
            if (latin && !l) break; /* (Latin, “Y”) is no short name's intro */
            size_t q = e + l;
            static const char *const quotes[] = {"“", "\"", "「", "『", NULL};
            size_t ql = 0;
            for (int j = 0; quotes[j]; j++)
                if (q + strlen(quotes[j]) <= d->text_len &&
                    memcmp(t + q, quotes[j], strlen(quotes[j])) == 0)
                    ql = strlen(quotes[j]);
            /* (以下簡稱宇笙): Taiwan's papers leave the quotes out */
            if (!ql && !l) break;
            q += ql;
            /* the short name is the org mention starting right there */
            for (size_t j = i + 1; j < d->mentions.n; j++) {
                zd_value *w = &z->vals[j];
                if (w->m->start < q) continue;
                if (w->m->start > q || w->m->type != ZD_ORG) break;
                /* a role defined in a filing (X(「买方」), Y(「目标公司」)):
                 * the role's every mention is X */
                size_t lw = w->m->end - w->m->start;
                if (is_role_word(t + w->m->start, lw)) {
                    const char *name =
                        v->name ? v->name
                                : keep_name(z, d->text + v->m->start, v->m->end - v->m->start);
                    for (size_t k2 = 0; k2 < d->mentions.n; k2++) {
                        zd_value *x = &z->vals[k2];
                        if (x->m->type == ZD_ORG && x->m->end - x->m->start == lw &&
                            memcmp(t + x->m->start, t + w->m->start, lw) == 0)
                            x->name = name, x->known = v->known, x->kind = v->kind;
                    }
                    break;
                }
                const char *name =
                    w->name ? w->name
                            : keep_name(z, d->text + w->m->start, w->m->end - w->m->start);
                /* X(以下简称“Y”,英文名Z): the Latin name comes after the short one */
                if (!latin) latin = latin_after(z, d, t, j, w->m->end + ql);
                /* every mention of the long name (and of its Latin name)
                 * takes the short one */
                for (int pass = 0; pass < 1 + (latin != NULL); pass++) {
                    const zd_value *y = pass ? latin : v;
                    size_t ly = y->m->end - y->m->start;
                    for (size_t k2 = 0; k2 < d->mentions.n; k2++) {
                        zd_value *x = &z->vals[k2];
                        if (x->m->type == ZD_ORG && x->m->end - x->m->start == ly &&
                            memcmp(d->text + x->m->start, d->text + y->m->start, ly) == 0 &&
                            !x->known)
                            x->name = name;
                    }
                }
                break;
            }
            break;
        }
    }
}

/* Every org mention whose text is w's (and whose name the gazetteer does
 * not know) takes the name `name` (borrowed: the arena's or a mention's). */
static void name_as(zd_normalize *z, const zd_doc *d, const zd_value *w, const char *name)
{
    size_t lw = w->m->end - w->m->start;
    for (size_t k = 0; k < d->mentions.n; k++) {
        zd_value *x = &z->vals[k];
        if (x->m->type == ZD_ORG && !x->known && x->m->end - x->m->start == lw &&
            memcmp(d->text + x->m->start, d->text + w->m->start, lw) == 0)
            x->name = name;
    }
}

/* 衡宇 in an article that named 衡宇智能, 嶼程 in one that named 嶼程冷鏈
 * 科技: a stem alone is the company the article introduced with its
 * industry word (orgs.c reports such stems); it takes that name. */
static void stems(zd_normalize *z, const zd_doc *d, const char *t)
{
    /* pairs of mentions: an article's handful, not a hostile page's
     * thousands (the mention limit allows 10,000) */
    if (d->mentions.n > 2000) return;
    /* 智衍科技(Nexwise): the name in brackets is the same company, and
     * wherever the article uses it, it takes the name before the brackets */
    for (size_t i = 0; i + 1 < d->mentions.n; i++) {
        zd_value *v = &z->vals[i], *w = &z->vals[i + 1];
        if (v->m->type != ZD_ORG || w->m->type != ZD_ORG || v->known || w->known) continue;
        if (w->m->start != v->m->end + 1 || t[v->m->end] != '(' || t[w->m->end] != ')') continue;
        name_as(z, d, w,
                v->name ? v->name : keep_name(z, d->text + v->m->start, v->m->end - v->m->start));
    }
    /* Corvane的中文名叫“柯万科技”: the Chinese name is the same company */
    for (size_t i = 0; i + 1 < d->mentions.n; i++) {
        zd_value *v = &z->vals[i], *w = &z->vals[i + 1];
        if (v->m->type != ZD_ORG || w->m->type != ZD_ORG || w->known) continue;
        /* (的)中文名(称): 中文名 itself must be there */
        size_t q = v->m->end, lim = w->m->start;
        if (q + strlen("的") <= lim && !memcmp(t + q, "的", strlen("的"))) q += strlen("的");
        if (q + strlen("中文名") > lim || memcmp(t + q, "中文名", strlen("中文名"))) continue;
        q += strlen("中文名");
        if (q + strlen("称") <= lim && !memcmp(t + q, "称", strlen("称"))) q += strlen("称");
        static const char *const is[] = {"叫做", "叫", "为", "是", NULL};
        size_t q2 = q;
        for (int k = 0; is[k] && q2 == q; k++)
            if (q + strlen(is[k]) <= w->m->start && !memcmp(t + q, is[k], strlen(is[k])))
                q2 = q + strlen(is[k]);
        if (q2 == q || w->m->start - q2 > 3 ||
            (w->m->start - q2 == 3 ? memcmp(t + q2, "“", 3) : t[q2] != '"'))
            continue;
        name_as(z, d, w,
                v->name ? v->name : keep_name(z, d->text + v->m->start, v->m->end - v->m->start));
    }
    for (size_t i = 0; i < d->mentions.n; i++) {
        zd_value *v = &z->vals[i];
        if (v->m->type != ZD_ORG || v->known) continue;
        size_t l = v->m->end - v->m->start;
        for (size_t j = 0; j < d->mentions.n; j++) {
            const zd_value *w = &z->vals[j];
            size_t lw = w->m->end - w->m->start;
            if (w->m->type != ZD_ORG || w->known || lw <= l ||
                memcmp(t + w->m->start, t + v->m->start, l) != 0)
                continue;
            /* the rest is an industry word, maybe after a two-character
             * field (嶼程 of 嶼程冷鏈科技) */
            size_t rest = lw - l, ind = zd_org_industry_suffix(t + w->m->start + l, rest);
            if (!ind || (rest != ind && (rest - ind != 6 || l != 6))) continue;
            v->name = w->name ? w->name : keep_name(z, d->text + w->m->start, lw);
            break;
        }
    }
}

/* 日本水濑光学 in an article that also says 水濑光学: the country before
 * the name (ZD_COUNTRIES) places the company, it is no part of the name
 * (日本电气 said alone stays whole). */
static void countries(zd_normalize *z, const zd_doc *d, const char *t)
{
    if (d->mentions.n > 2000) return; /* pairs of mentions, as in stems() */
    for (size_t i = 0; i < d->mentions.n; i++) {
        zd_value *v = &z->vals[i];
        if (v->m->type != ZD_ORG || v->known) continue;
        size_t l = v->m->end - v->m->start;
        /* the country that opens the name, one of ZD_COUNTRIES' words */
        size_t lc = 0;
        for (const char *c = ZD_COUNTRIES; *c && !lc;) {
            const char *bar = strchr(c, '|');
            size_t lw = bar ? (size_t)(bar - c) : strlen(c);
            if (l >= lw + 6 && memcmp(t + v->m->start, c, lw) == 0) lc = lw;
            c += lw + (bar != NULL);
        }
        if (!lc) continue;
        /* (or with its legal form: 日本山岸精工 of 山岸精工株式会社) */
        static const char *const forms[] = {"", "株式会社", "有限公司", "股份有限公司", NULL};
        for (size_t j = 0; j < d->mentions.n; j++) {
            const zd_value *w = &z->vals[j];
            size_t lw = w->m->end - w->m->start;
            int same = 0;
            for (int f = 0; forms[f] && !same; f++)
                same = lw == l - lc + strlen(forms[f]) &&
                       memcmp(t + w->m->start, t + v->m->start + lc, l - lc) == 0 &&
                       memcmp(t + w->m->start + l - lc, forms[f], strlen(forms[f])) == 0;
            if (w->m->type == ZD_ORG && same) {
                v->name = w->name ? w->name : keep_name(z, d->text + w->m->start, lw);
                v->known = w->known, v->kind = w->kind;
                break;
            }
        }
    }
}

/* Length of `w` at t[at] when it is there, else 0. */
static size_t word_at(const char *t, size_t n, size_t at, const char *w)
{
    size_t l = strlen(w);
    return at + l <= n && memcmp(t + at, w, l) == 0 ? l : 0;
}

/* Kinship of companies. 「X(的|之)母公司Y」, 「X旗下(的)Y」, 「X(的)子公司Y」:
 * X only tells which Y is meant, and Y is the party. 「X(的)母公司」 with no
 * name after it means X's parent: the gazetteer's parent of X when it has
 * one; otherwise the party is unnamed, and X is not it. A product names its
 * maker the same way: 「「栖语」的开发商Y」, 「X的运营方Y」. */
static void relatives(zd_normalize *z, const zd_doc *d, const char *t)
{
    static const char *const parent_w[] = {"母公司", "父公司", "母集团", NULL};
    static const char *const unit_w[] = {"旗下",   "全资子公司", "控股子公司", "子公司", "开发商",
                                         "研发商", "运营商",     "运营方",     NULL};
    static const char *const quote_w[] = {"」", "”", "』", "\"", NULL};
    size_t n = d->text_len;
    for (size_t i = 0; i < d->mentions.n; i++) {
        zd_value *v = &z->vals[i];
        if (v->m->type != ZD_ORG) continue;
        size_t q = v->m->end, l;
        for (int k = 0; quote_w[k]; k++)
            q += word_at(t, n, q, quote_w[k]);
        if ((l = word_at(t, n, q, "的")) || (l = word_at(t, n, q, "之"))) q += l;
        int parent = 0;
        size_t w = 0;
        for (int k = 0; parent_w[k] && !w; k++)
            if ((w = word_at(t, n, q, parent_w[k]))) parent = 1;
        for (int k = 0; unit_w[k] && !w; k++)
            w = word_at(t, n, q, unit_w[k]);
        if (!w) continue;
        q += w;
        if ((l = word_at(t, n, q, "的"))) q += l;
        /* the named relative: the next org mention, right there */
        const zd_value *next = NULL;
        for (size_t j = i + 1; j < d->mentions.n; j++) {
            const zd_value *x = &z->vals[j];
            if (x->m->start < q) continue;
            if (x->m->start <= q + 1 && x->m->type == ZD_ORG) next = x;
            break;
        }
        if (next) {
            v->relative = 1;
        } else if (parent) {
            const zd_org *org = v->known ? zd_orgs_lookup(z->orgs, v->name, strlen(v->name)) : NULL;
            const zd_org *up = org && org->parent
                                   ? zd_orgs_lookup(z->orgs, org->parent, strlen(org->parent))
                                   : NULL;
            if (up) {
                v->name = up->canonical, v->kind = up->kind;
            } else {
                v->relative = 1;
            }
        }
    }
}

int zd_normalize_line(zd_normalize *z, const char *name, long lineno, const char *line, size_t len)
{
    char *err = NULL;
    if (zd_doc_from_json(line, len, &z->doc, &err) < 0) {
        zd_msg("normalize", "%s:%ld: %s", name, lineno, err);
        free(err);
        return 1;
    }
    return zd_normalize_doc(z, name, lineno, &z->doc);
}

int zd_normalize_doc(zd_normalize *z, const char *name, long lineno, zd_doc *d)
{
    zd_date pub = {0, 0, 0, ZD_GRAN_NONE};
    char pubs[16] = "";
    if (d->published && zd_date_published_day(z->dates, d->published, &pub) == 0)
        zd_date_format(&pub, pubs, sizeof pubs);
    else
        pub.gran = ZD_GRAN_NONE;
    zd_mentions_sort(&d->mentions);
    if (d->mentions.n > z->opt.max_mentions) {
        zd_msg("normalize",
               "%s:%ld: %zu mentions, only the first %zu read (mention limit; dropped from text "
               "byte %zu)",
               name, lineno, d->mentions.n, z->opt.max_mentions,
               d->mentions.v[z->opt.max_mentions].start);
        d->mentions.n = z->opt.max_mentions;
    }
    if (d->mentions.n > z->valcap) {
        z->valcap = d->mentions.n;
        z->vals = zd_xrealloc(z->vals, z->valcap * sizeof *z->vals);
    }
    const char *yuan = bare_yuan(d);
    zd_date_ctx_set_region(z->dates, page_region(d, yuan));
    const char *t = d->text;
    if (z->hans && zd_hans_fold(z->hans, d->text, d->text_len, &z->fold)) t = z->fold.p;
    for (size_t i = 0; i < d->mentions.n; i++) {
        zd_value *v = &z->vals[i];
        memset(v, 0, sizeof *v);
        v->m = &d->mentions.v[i];
        const char *s = d->text + v->m->start;
        size_t n = v->m->end - v->m->start;
        switch (v->m->type) {
        case ZD_MONEY:
            v->ok = zd_money_parse(s, n, yuan, &v->money) == 0;
            break;
        case ZD_DATE:
            v->ok = zd_date_resolve(z->dates, s, n, &pub, &v->date) == 0;
            break;
        case ZD_ORG: {
            const zd_org *org = zd_orgs_lookup(z->orgs, t + v->m->start, n);
            if (!org && t != d->text) org = zd_orgs_lookup(z->orgs, s, n);
            v->ok = 1;
            if (org) {
                v->name = org->canonical;
                v->known = 1;
                v->kind = org->kind;
            }
            break;
        }
        }
    }
    weekday_days(z, d);
    short_names(z, d, t);
    stems(z, d, t);
    countries(z, d, t);
    relatives(z, d, t);
    zd_buf_reset(&z->buf);
    if (z->opt.emit & ZD_EMIT_DEALS) {
        zd_deals deals = {0};
        zd_deals_build(d, t != d->text ? t : NULL, z->vals, &pub, &deals);
        for (size_t i = 0; i < deals.n; i++)
            zd_emit_deal(z->opt.format, d, pubs[0] ? pubs : NULL, &deals.v[i], &z->buf);
        zd_deals_clear(&deals);
    }
    if (z->opt.emit & ZD_EMIT_MENTIONS)
        for (size_t i = 0; i < d->mentions.n; i++)
            zd_emit_mention(z->opt.format, d, &z->vals[i], &z->buf);
    fwrite(z->buf.p ? z->buf.p : "", 1, z->buf.len, z->out);
    zd_doc_clear(d);
    for (size_t i = 0; i < z->nnames; i++)
        free(z->names[i]);
    z->nnames = 0;
    return 0;
}

int zd_normalize_path(zd_normalize *z, const char *path)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        zd_msg("normalize", "%s: cannot open: %s", name, strerror(errno));
        return 2;
    }
    int rc = 0;
    long lineno = 0;
    zd_buf line = ZD_BUF_INIT;
    int too_long = 0;
    char chunk[65536];
    for (;;) {
        /* fgets' length without strlen, which a NUL byte would cut short
         * (and the line's end with it, merging the next line into this
         * one): pre-filled with '\n', the first '\n' is either the line's
         * (then followed by fgets' NUL) or one past fgets' NUL */
        memset(chunk, '\n', sizeof chunk);
        if (!fgets(chunk, sizeof chunk, f)) {
            if (line.len || too_long) goto last;
            break;
        }
        const char *nlp = memchr(chunk, '\n', sizeof chunk);
        int eol = nlp && nlp + 1 < chunk + sizeof chunk && nlp[1] == '\0';
        size_t l = !nlp  ? sizeof chunk - 1
                   : eol ? (size_t)(nlp - chunk) + 1
                         : (size_t)(nlp - chunk) - 1;
        if (!too_long) {
            if (line.len + l > z->opt.max_line) {
                too_long = 1;
                zd_buf_reset(&line);
            } else {
                zd_buf_add(&line, chunk, l);
            }
        }
        if (!eol) continue;
    last:
        lineno++;
        if (too_long) {
            zd_msg("normalize", "%s:%ld: line longer than %zu bytes", name, lineno,
                   z->opt.max_line);
            rc = 1;
        } else {
            size_t n = line.len;
            while (n > 0 && (line.p[n - 1] == '\n' || line.p[n - 1] == '\r'))
                n--;
            size_t s = 0;
            while (s < n && (line.p[s] == ' ' || line.p[s] == '\t'))
                s++;
            /* "key<TAB>{...}": a key as Hadoop Streaming and Spark pipe()
             * mappers see it; a JSON object starts with '{', so the key goes */
            const char *tab = s < n && line.p[s] != '{' ? memchr(line.p + s, '\t', n - s) : NULL;
            if (tab && tab + 1 < line.p + n && tab[1] == '{') s = (size_t)(tab + 1 - line.p);
            if (n > s && zd_normalize_line(z, name, lineno, line.p + s, n - s)) rc = 1;
        }
        too_long = 0;
        zd_buf_reset(&line);
        if (feof(f)) break;
    }
    if (ferror(f)) {
        zd_msg("normalize", "%s: read error: %s", name, strerror(errno));
        rc = 1;
    }
    zd_buf_free(&line);
    if (f != stdin) fclose(f);
    return rc;
}

int zd_normalize_flush(zd_normalize *z)
{
    return fflush(z->out) == 0 && !ferror(z->out) ? 0 : -1;
}
