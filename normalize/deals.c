/*
 * deals.c: deal assembly (see deals.h for the reading it does).
 *
 * The rules are rules of Chinese deal prose, not of any one article:
 *   - a sentence is the unit of a deal; a clause (between , ; :) is the
 *     unit of a money mention's role;
 *   - the money's role comes from the words just before it (估值 -> the
 *     valuation, 投前/投后 its basis; 营收/市值/规模/累计/现金 ... -> not the
 *     deal's money) and just after it (来自X -> X's share);
 *   - the target is the organization that 获/完成/宣布 the deal, the object
 *     of 投资/收购/领投, or the subject of 被...收购 / 上市; investors are
 *     marked by 由, 来自, 从, 领投, 跟投, and lists joined by 、和及与 share
 *     the role of their last member;
 *   - hearsay words make a deal rumored, intention words planned, a denial
 *     removes it, and a deal dated well before the publish day is completed.
 */
#include "deals.h"

#include <stdlib.h>
#include <string.h>

/* ---- small text helpers -------------------------------------------------- */

static int at(const char *t, size_t n, size_t pos, const char *w)
{
    size_t l = strlen(w);
    return pos + l <= n && memcmp(t + pos, w, l) == 0;
}

/* First occurrence of w in t[lo, hi), or (size_t)-1. */
static size_t find(const char *t, size_t lo, size_t hi, const char *w)
{
    size_t l = strlen(w);
    if (hi < lo + l) return (size_t)-1;
    const char *p = memmem(t + lo, hi - lo, w, l);
    return p ? (size_t)(p - t) : (size_t)-1;
}

static int has(const char *t, size_t lo, size_t hi, const char *w)
{
    return find(t, lo, hi, w) != (size_t)-1;
}

static int has_any(const char *t, size_t lo, size_t hi, const char *const *ws)
{
    for (int i = 0; ws[i]; i++)
        if (has(t, lo, hi, ws[i])) return 1;
    return 0;
}

/* Earliest match position of any word in ws within [lo,hi); *which set. */
static size_t find_any(const char *t, size_t lo, size_t hi, const char *const *ws, int *which)
{
    size_t best = (size_t)-1;
    for (int i = 0; ws[i]; i++) {
        size_t p = find(t, lo, hi, ws[i]);
        if (p < best) {
            best = p;
            if (which) *which = i;
        }
    }
    return best;
}

/* Step back k UTF-8 characters from pos, not before lo. */
static size_t back_chars(const char *t, size_t lo, size_t pos, int k)
{
    while (k-- > 0 && pos > lo) {
        pos--;
        while (pos > lo && ((unsigned char)t[pos] & 0xC0) == 0x80) pos--;
    }
    return pos;
}

static size_t fwd_chars(const char *t, size_t hi, size_t pos, int k)
{
    while (k-- > 0 && pos < hi) {
        pos++;
        while (pos < hi && ((unsigned char)t[pos] & 0xC0) == 0x80) pos++;
    }
    return pos;
}

static int is_clause_sep(const char *t, size_t n, size_t i)
{
    char c = t[i];
    (void)n;
    return c == ',' || c == ';' || c == ':';
}

/* Start of the clause containing pos (after the last , ; : before it). */
static size_t clause_start(const char *t, size_t n, size_t lo, size_t pos)
{
    for (size_t i = pos; i > lo; i--)
        if (is_clause_sep(t, n, i - 1)) return i;
    return lo;
}

static size_t clause_end(const char *t, size_t n, size_t hi, size_t pos)
{
    for (size_t i = pos; i < hi; i++)
        if (is_clause_sep(t, n, i)) return i;
    return hi;
}

/* ---- word lists ---------------------------------------------------------- */

static const char *const w_acq[] = {"收购", "并购", "购入", "买下", "控股权", NULL};
static const char *const w_ipo[] = {"IPO", "招股", "首次公开发行", "挂牌上市", "上市募资", NULL};
static const char *const w_fund[] = {"融资", "领投", "跟投", "注资", "增资", "入股", "定增",
                                     "认购", "投资", NULL};
static const char *const w_contract[] = {"采购", "订单", "供货", "合同", "协议", NULL};
static const char *const w_denial[] = {"否认", "辟谣", "不实", "并未", "没有收购", NULL};
static const char *const w_rumor[] = {"传闻", "传言", "据传", "消息称", "据报道", "据知情人士",
                                      "有报道称", "据悉,", "或将", NULL};
static const char *const w_plan[] = {"拟", "计划", "预计", "将", "有望", "准备", "打算", NULL};
static const char *const w_past[] = {"此前", "曾", "上一轮", "前不久", "早前", "已于", "去年",
                                     "当时", NULL};
/* words right before an amount that make it not the deal's money */
static const char *const w_not_deal_pre[] = {
    "营收", "收入", "利润", "营业额", "销售额", "市值", "规模", "售价", "价格", "价值", "累计",
    "增至", "现金", "补贴", "薪", "罚", "亏损", "总额", "年收", "成本", "开支", "支出", "股价",
    "GMV", "毛利", "净利", "账上", "原有", "预算", "奖金", "估值", "超过了", NULL};
static const char *const w_not_deal_post[] = {"现金", "营收", "收入", "规模的", "的市场",
                                              "的数据中心", "的年", "利润", NULL};
static const char *const w_lead[] = {"领投", "独家投资", "独家领投", "独投", "领衔", NULL};
static const char *const w_follow[] = {"跟投", "参投", "联合投资", "追投", "共同投资", "加注", NULL};
static const char *const w_adviser[] = {"财务顾问", "顾问", "承销", "保荐", "律师", NULL};
static const char *const w_take[] = {"获得", "获", "完成", "宣布", "拿下", "斩获", "筹集", "募集",
                                     "融得", "启动", "开启", "进行", "迎来", NULL};

/* ---- deals list ---------------------------------------------------------- */

static void party_free(zd_party *p)
{
    free(p->name);
    free(p->text);
    free(p->amount_text);
    memset(p, 0, sizeof *p);
}

void zd_deals_clear(zd_deals *ds)
{
    for (size_t i = 0; i < ds->n; i++) {
        zd_deal *d = &ds->v[i];
        party_free(&d->target);
        for (size_t k = 0; k < d->ninv; k++) party_free(&d->inv[k]);
        free(d->inv);
        free(d->amount_text);
        free(d->val_text);
    }
    free(ds->v);
    memset(ds, 0, sizeof *ds);
}

/* ---- one sentence -------------------------------------------------------- */

typedef struct {
    const zd_doc *doc;
    const zd_value *vals;
    size_t nv;
    const zd_date *publish;
} ctx;

static char *mtext(const ctx *c, const zd_mention *m)
{
    return zd_xstrndup(c->doc->text + m->start, m->end - m->start);
}

static void set_party(const ctx *c, zd_party *p, const zd_value *v)
{
    p->text = mtext(c, v->m);
    p->name = zd_xstrdup(v->name ? v->name : p->text);
    p->lead = -1;
}

static zd_party *add_inv(const ctx *c, zd_deal *d, const zd_value *v)
{
    char *name = zd_xstrdup(v->name ? v->name : "");
    if (!*name) {
        free(name);
        name = mtext(c, v->m);
    }
    for (size_t i = 0; i < d->ninv; i++)
        if (strcmp(d->inv[i].name, name) == 0) {
            free(name);
            return &d->inv[i];
        }
    if (d->target.name && strcmp(d->target.name, name) == 0) {
        free(name);
        return NULL;
    }
    d->inv = zd_xrealloc(d->inv, (d->ninv + 1) * sizeof *d->inv);
    zd_party *p = &d->inv[d->ninv++];
    memset(p, 0, sizeof *p);
    p->name = name;
    p->text = mtext(c, v->m);
    p->lead = -1;
    return p;
}

static const char *round_of(const char *t, size_t lo, size_t hi)
{
    static const struct {
        const char *w, *r;
    } rounds[] = {
        {"Pre-IPO", "pre-ipo"}, {"pre-IPO", "pre-ipo"}, {"种子轮", "seed"},   {"天使+轮", "angel"},
        {"天使轮", "angel"},    {"Pre-A+轮", "pre-a"},  {"Pre-A轮", "pre-a"}, {"pre-A轮", "pre-a"},
        {"A+轮", "a+"},         {"B+轮", "b+"},         {"C+轮", "c+"},       {"A轮", "a"},
        {"B轮", "b"},           {"C轮", "c"},           {"D轮", "d"},         {"E轮", "e"},
        {"F轮", "f"},           {"A輪", "a"},           {"B輪", "b"},         {"C輪", "c"},
        {"D輪", "d"},           {"Series A", "a"},      {"Series B", "b"},    {"Series C", "c"},
        {"Series D", "d"},      {"Series E", "e"},      {"战略融资", "strategic"},
        {"战略投资", "strategic"}, {"戰略融資", "strategic"}, {"战略轮", "strategic"}};
    size_t best = (size_t)-1;
    const char *r = NULL;
    for (size_t i = 0; i < sizeof rounds / sizeof *rounds; i++) {
        size_t p = find(t, lo, hi, rounds[i].w);
        /* a letter round must not be the tail of a word (e.g. "DATA轮") */
        if (p != (size_t)-1 && p > lo && rounds[i].w[0] >= 'A' && rounds[i].w[0] <= 'F' &&
            rounds[i].w[1] != 'e' && ((t[p - 1] >= 'A' && t[p - 1] <= 'Z') ||
                                      (t[p - 1] >= 'a' && t[p - 1] <= 'z') || t[p - 1] == '-'))
            continue;
        if (p < best) best = p, r = rounds[i].r;
    }
    return r;
}

/* Index range of mentions within [lo, hi). */
static void mentions_in(const ctx *c, size_t lo, size_t hi, size_t *a, size_t *b)
{
    size_t i = 0;
    while (i < c->nv && c->vals[i].m->start < lo) i++;
    *a = i;
    while (i < c->nv && c->vals[i].m->end <= hi) i++;
    *b = i;
}

static int only_list_between(const char *t, size_t s, size_t e)
{
    /* text between two org mentions is a list separator: 、 , 和 及 与 以及 */
    static const char *const seps[] = {"、", ",", "和", "及", "与", "以及", " ", "跟", NULL};
    while (s < e) {
        int ok = 0;
        for (int i = 0; seps[i]; i++)
            if (at(t, e, s, seps[i])) {
                s += strlen(seps[i]);
                ok = 1;
                break;
            }
        if (!ok) return 0;
    }
    return 1;
}

static int money_role_blocked(const char *t, size_t n, size_t cl, size_t ce, const zd_mention *m)
{
    size_t pre = back_chars(t, cl, m->start, 6);
    for (int i = 0; w_not_deal_pre[i]; i++) {
        if (strcmp(w_not_deal_pre[i], "估值") == 0) continue;
        if (has(t, pre, m->start, w_not_deal_pre[i])) return 1;
    }
    size_t post = fwd_chars(t, ce, m->end, 6);
    return has_any(t, m->end, post, w_not_deal_post);
}

static void sentence(const ctx *c, size_t lo, size_t hi, int first_deal_seen, zd_deals *out)
{
    const char *t = c->doc->text;
    size_t n = c->doc->text_len;
    if (has_any(t, lo, hi, w_denial)) return;
    int w;
    const char *type = NULL;
    size_t trig;
    if ((trig = find_any(t, lo, hi, w_acq, &w)) != (size_t)-1)
        type = "acquisition";
    else if ((trig = find_any(t, lo, hi, w_ipo, &w)) != (size_t)-1)
        type = "ipo";
    else if ((trig = find_any(t, lo, hi, w_fund, &w)) != (size_t)-1)
        type = "funding";
    else if ((trig = find_any(t, lo, hi, w_contract, &w)) != (size_t)-1)
        type = "contract";
    else
        return;
    /* 上市 with money raised is an IPO, otherwise only a listing mention */
    size_t a, b;
    mentions_in(c, lo, hi, &a, &b);
    zd_deal d;
    memset(&d, 0, sizeof d);
    d.type = type;
    d.span_s = lo;
    d.span_e = hi;
    d.date.gran = ZD_GRAN_NONE;
    /* ---- organizations and roles */
    const zd_value *target = NULL;
    int is_inv[256] = {0};
    int lead[256];
    for (int i = 0; i < 256; i++) lead[i] = -1;
    for (size_t i = a; i < b && i - a < 256; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG) continue;
        size_t s = v->m->start, e = v->m->end;
        size_t after = fwd_chars(t, hi, e, 8);
        size_t before = back_chars(t, lo, s, 4);
        size_t k = i - a;
        /* advisers, underwriters and sponsors are not parties */
        if (has_any(t, e, fwd_chars(t, hi, e, 10), w_adviser) &&
            !has_any(t, e, fwd_chars(t, hi, e, 4), w_lead))
            continue;
        if (strcmp(type, "acquisition") == 0) {
            /* X被Y收购: X target, Y acquirer; Y(以N)?收购X: Y acquirer, X target */
            if (has(t, e, fwd_chars(t, hi, e, 2), "被")) {
                if (!target) target = v;
                continue;
            }
            if (at(t, n, s - 3, "被") || (s >= 3 && has(t, before, s, "被"))) {
                is_inv[k] = 1;
                continue;
            }
            if (s > trig && !target && has(t, back_chars(t, lo, s, 4), s, "收购")) {
                target = v;
                continue;
            }
            if (s < trig && has_any(t, e, fwd_chars(t, hi, e, 20), w_acq)) {
                is_inv[k] = 1;
                continue;
            }
            if (s > trig && !target) target = v;
            continue;
        }
        if (strcmp(type, "contract") == 0) {
            /* X向Y采购 / X从Y采购: X buyer (investor side), Y supplier (target) */
            if (has(t, e, fwd_chars(t, hi, e, 3), "向") || has(t, e, fwd_chars(t, hi, e, 3), "从")) {
                is_inv[k] = 1;
                continue;
            }
            if (has(t, before, s, "向") || has(t, before, s, "从")) {
                if (!target) target = v;
                continue;
            }
            /* X在Y上消耗/使用 ... : Y supplies */
            if (has(t, before, s, "在") && s > trig) {
                if (!target) target = v;
                continue;
            }
            if (!target && s < trig && has(t, e, fwd_chars(t, hi, e, 6), "获得")) target = v;
            continue;
        }
        /* funding and ipo */
        if (has_any(t, e, fwd_chars(t, hi, e, 4), w_lead)) {
            is_inv[k] = 1, lead[k] = 1;
            continue;
        }
        if (has_any(t, e, fwd_chars(t, hi, e, 4), w_follow)) {
            is_inv[k] = 1, lead[k] = 0;
            continue;
        }
        if (has(t, before, s, "来自") || has(t, before, s, "由") || has(t, back_chars(t, lo, s, 2), s, "从") ||
            has(t, before, s, "老股东")) {
            is_inv[k] = 1;
            continue;
        }
        /* Y投资/注资/入股X: the org right after the verb is the target */
        if (has_any(t, back_chars(t, lo, s, 3), s, (const char *const[]){"投资", "注资", "入股", "投资了", "增资", "向", NULL})) {
            if (!target) target = v;
            continue;
        }
        /* X获/完成/宣布... : the subject takes the money */
        if (!target && has_any(t, e, after, w_take)) {
            target = v;
            continue;
        }
        /* X的...融资 */
        if (!target && at(t, n, e, "的") && has(t, e, fwd_chars(t, hi, e, 10), "融资")) {
            target = v;
            continue;
        }
        /* X从Y处获得 / X(前不久)从Y ... */
        if (!target && has(t, e, fwd_chars(t, hi, e, 6), "从")) {
            target = v;
            continue;
        }
        /* Y(将)?向X投资: the org before 向 pays */
        if (has(t, e, fwd_chars(t, hi, e, 3), "向") || has_any(t, e, fwd_chars(t, hi, e, 3), (const char *const[]){"投资", "出资", "注资", NULL})) {
            is_inv[k] = 1;
            continue;
        }
        if (strcmp(type, "ipo") == 0 && !target && s < trig) target = v;
    }
    /* lists share the role of their last member: A、B和C跟投 */
    for (size_t i = b; i-- > a;) {
        size_t k = i - a;
        if (k >= 256 || c->vals[i].m->type != ZD_ORG || !is_inv[k]) continue;
        size_t j = i;
        while (j > a) {
            size_t p = j - 1;
            if (c->vals[p].m->type != ZD_ORG) break;
            if (!only_list_between(t, c->vals[p].m->end, c->vals[j].m->start)) break;
            if (&c->vals[p] == target) break;
            is_inv[p - a] = 1;
            if (lead[p - a] < 0) lead[p - a] = lead[k];
            j = p;
        }
    }
    if (!target) return;
    set_party(c, &d.target, target);
    for (size_t i = a; i < b && i - a < 256; i++) {
        if (!is_inv[i - a] || &c->vals[i] == target) continue;
        zd_party *p = add_inv(c, &d, &c->vals[i]);
        if (p && lead[i - a] >= 0) p->lead = lead[i - a];
    }
    /* ---- money */
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_MONEY || !v->ok) continue;
        const zd_mention *m = v->m;
        size_t cl = clause_start(t, n, lo, m->start), ce = clause_end(t, n, hi, m->end);
        size_t pre = back_chars(t, cl, m->start, 8);
        /* valuation */
        size_t vp = find(t, pre, m->start, "估值");
        if (vp != (size_t)-1) {
            if (!d.has_val) {
                d.has_val = 1;
                d.val = v->money;
                if (has(t, cl, m->start, "投前"))
                    d.basis = "pre";
                else if (has(t, cl, m->start, "投后") || has(t, cl, m->start, "融资后") ||
                         has(t, cl, m->start, "后估值"))
                    d.basis = "post";
                else
                    d.basis = "unspecified";
                size_t vs = has(t, cl, m->start, "投前") ? find(t, cl, m->start, "投前")
                            : has(t, cl, m->start, "投后") ? find(t, cl, m->start, "投后")
                                                           : vp;
                d.val_text = zd_xstrndup(t + vs, m->end - vs);
            }
            continue;
        }
        if (money_role_blocked(t, n, cl, ce, m)) continue;
        /* N来自X: X's share */
        if (at(t, n, m->end, "来自") && i + 1 < b && c->vals[i + 1].m->type == ZD_ORG &&
            c->vals[i + 1].m->start <= m->end + 9) {
            zd_party *p = add_inv(c, &d, &c->vals[i + 1]);
            if (p && !p->has_amount) {
                p->has_amount = 1;
                p->amount = v->money;
                p->amount_text = mtext(c, m);
            }
            continue;
        }
        /* X投资/出资N (X an investor already): X's share */
        if (i > a && c->vals[i - 1].m->type == ZD_ORG && &c->vals[i - 1] != target &&
            m->start - c->vals[i - 1].m->end <= 12 &&
            has_any(t, c->vals[i - 1].m->end, m->start, (const char *const[]){"投资", "出资", "认购", "注资", "投入", NULL}) &&
            d.has_amount) {
            zd_party *p = add_inv(c, &d, &c->vals[i - 1]);
            if (p && !p->has_amount) {
                p->has_amount = 1;
                p->amount = v->money;
                p->amount_text = mtext(c, m);
            }
            continue;
        }
        if (!d.has_amount) {
            d.has_amount = 1;
            d.amount = v->money;
            d.amount_text = mtext(c, m);
        }
    }
    if (strcmp(type, "funding") == 0 && !d.has_amount && d.ninv == 0) goto drop;
    if (strcmp(type, "contract") == 0 && (!d.has_amount || d.ninv == 0)) goto drop;
    if (strcmp(type, "ipo") == 0 && !d.has_amount) goto drop;
    if (strcmp(type, "acquisition") == 0 && d.ninv == 0) goto drop;
    /* a funding sentence whose money is only a cumulative total is no deal */
    if (strcmp(type, "funding") == 0 && has(t, lo, hi, "累计融资") && !d.has_amount) goto drop;
    d.round = round_of(t, lo, hi);
    if (strcmp(type, "ipo") == 0) d.round = "ipo";
    /* ---- date: the first resolvable date of the sentence before the deal word */
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_DATE || !v->ok) continue;
        if (v->m->start > trig && d.date.gran) break;
        d.date = v->date;
        break;
    }
    /* ---- status */
    size_t head = trig > lo ? trig : lo;
    if (has_any(t, lo, hi, w_rumor))
        d.status = "rumored";
    else if (has_any(t, lo, head + 1, w_plan) || has(t, lo, hi, "拟"))
        d.status = "planned";
    else if (has_any(t, lo, hi, w_past))
        d.status = "completed";
    else if (d.date.gran && c->publish->gran &&
             (d.date.y * 12 + (d.date.m ? d.date.m : 12)) < c->publish->y * 12 + c->publish->m - 1)
        d.status = "completed";
    else
        d.status = "announced";
    d.background = strcmp(d.status, "completed") == 0 || strcmp(d.status, "rumored") == 0;
    if (!d.date.gran && !first_deal_seen && strcmp(d.status, "announced") == 0 && c->publish->gran)
        d.date = *c->publish;
    /* ---- merge with an earlier deal of the same target, type and amount */
    for (size_t i = 0; i < out->n; i++) {
        zd_deal *o = &out->v[i];
        if (strcmp(o->type, d.type) || strcmp(o->target.name, d.target.name)) continue;
        int same_amount = !d.has_amount || !o->has_amount ||
                          (o->amount.has_value && d.amount.has_value && o->amount.value == d.amount.value);
        if (!same_amount || strcmp(o->status, d.status)) continue;
        for (size_t k = 0; k < d.ninv; k++) {
            zd_party *p = NULL;
            for (size_t q = 0; q < o->ninv; q++)
                if (strcmp(o->inv[q].name, d.inv[k].name) == 0) p = &o->inv[q];
            if (!p) {
                o->inv = zd_xrealloc(o->inv, (o->ninv + 1) * sizeof *o->inv);
                o->inv[o->ninv++] = d.inv[k];
                memset(&d.inv[k], 0, sizeof d.inv[k]);
            } else if (p->lead < 0 && d.inv[k].lead >= 0) {
                p->lead = d.inv[k].lead;
            }
        }
        if (!o->has_amount && d.has_amount) {
            o->has_amount = 1;
            o->amount = d.amount;
            o->amount_text = d.amount_text;
            d.amount_text = NULL;
        }
        if (!o->has_val && d.has_val) {
            o->has_val = 1;
            o->val = d.val;
            o->basis = d.basis;
            o->val_text = d.val_text;
            d.val_text = NULL;
        }
        if (!o->round) o->round = d.round;
        goto drop;
    }
    if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 8;
        out->v = zd_xrealloc(out->v, out->cap * sizeof *out->v);
    }
    out->v[out->n++] = d;
    return;
drop:
    party_free(&d.target);
    for (size_t k = 0; k < d.ninv; k++) party_free(&d.inv[k]);
    free(d.inv);
    free(d.amount_text);
    free(d.val_text);
}

void zd_deals_build(const zd_doc *doc, const zd_value *vals, const zd_date *publish, zd_deals *out)
{
    ctx c = {doc, vals, doc->mentions.n, publish};
    const char *t = doc->text;
    size_t n = doc->text_len, s = 0;
    for (size_t i = 0; i <= n; i++) {
        int end = i == n || t[i] == '\n' || t[i] == '!' || t[i] == '?' || t[i] == ';';
        size_t len = 1;
        if (!end && (at(t, n, i, "。") || at(t, n, i, "！") || at(t, n, i, "？") || at(t, n, i, "；")))
            end = 1, len = 3;
        if (!end) continue;
        if (i > s) {
            int has_news = 0;
            for (size_t k = 0; k < out->n; k++)
                if (!out->v[k].background) has_news = 1;
            sentence(&c, s, i, has_news, out);
        }
        if (i == n) break;
        s = i + len;
        i = s - 1;
    }
    /* the news deals first, then the earlier deals the article recalls */
    zd_deal *sorted = zd_xmalloc((out->n ? out->n : 1) * sizeof *sorted);
    size_t k = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < out->n; i++)
            if (out->v[i].background == pass) sorted[k++] = out->v[i];
    if (out->n) memcpy(out->v, sorted, out->n * sizeof *sorted);
    free(sorted);
}
