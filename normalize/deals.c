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
#include "numeral.h"

#include <stdlib.h>
#include <ctype.h>
#include <string.h>

/* ---- small text helpers -------------------------------------------------- */

static int at(const char *t, size_t n, size_t pos, const char *w)
{
    size_t l = strlen(w);
    return pos + l <= n && memcmp(t + pos, w, l) == 0;
}

/* The text words are looked for in, and a filter of the sentence at hand:
 * a bit per hash of each character and of each pair of characters in
 * t[lo,hi). Most words of a list are not in a sentence; the filter says so
 * without a scan of it (the scans were a third of normalize's time). */
typedef struct {
    const char *t;
    const uint64_t *bits; /* 1024 words; NULL: no filter */
    size_t lo, hi;        /* the span the filter covers */
} wtext;

#define WBITS 65536u

/* The code point at t[i] (i < n) and its length; a stray byte is itself. */
static inline uint32_t cp_at(const char *t, size_t n, size_t i, size_t *len)
{
    const unsigned char *u = (const unsigned char *)t + i;
    if (u[0] >= 0xE0 && u[0] < 0xF0 && i + 3 <= n) {
        *len = 3;
        return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    }
    if (u[0] >= 0xC0 && u[0] < 0xE0 && i + 2 <= n) {
        *len = 2;
        return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    }
    *len = 1;
    return u[0];
}

static inline uint32_t pair_bit(uint32_t a, uint32_t b)
{
    uint32_t h = a * 2654435761u ^ (b + 1) * 40503u;
    return (h ^ (h >> 16)) & (WBITS - 1);
}

/* Fill bits (WBITS bits) for t[lo,hi). */
static void wtext_filter(uint64_t *bits, const char *t, size_t lo, size_t hi)
{
    memset(bits, 0, WBITS / 8);
    size_t l1, l2;
    for (size_t i = lo; i < hi; i += l1) {
        uint32_t a = cp_at(t, hi, i, &l1), h = pair_bit(a, (uint32_t)-1);
        bits[h >> 6] |= 1ull << (h & 63);
        if (i + l1 < hi) {
            h = pair_bit(a, cp_at(t, hi, i + l1, &l2));
            bits[h >> 6] |= 1ull << (h & 63);
        }
    }
}

/* First occurrence of w in t[lo, hi), or (size_t)-1. */
static size_t find(const wtext *W, size_t lo, size_t hi, const char *w)
{
    size_t l = strlen(w);
    if (hi < lo + l) return (size_t)-1;
    if (W->bits && lo >= W->lo && hi <= W->hi) {
        size_t l1, l2;
        uint32_t a = cp_at(w, l, 0, &l1);
        uint32_t h = l1 < l ? pair_bit(a, cp_at(w, l, l1, &l2)) : pair_bit(a, (uint32_t)-1);
        if (!(W->bits[h >> 6] & (1ull << (h & 63)))) return (size_t)-1;
    }
    const char *p = memmem(W->t + lo, hi - lo, w, l);
    return p ? (size_t)(p - W->t) : (size_t)-1;
}

static int has(const wtext *W, size_t lo, size_t hi, const char *w)
{
    return find(W, lo, hi, w) != (size_t)-1;
}

static int has_any(const wtext *W, size_t lo, size_t hi, const char *const *ws)
{
    for (int i = 0; ws[i]; i++)
        if (has(W, lo, hi, ws[i])) return 1;
    return 0;
}

/* Where the first of the words ws occurs in [lo,hi), or (size_t)-1. */
static size_t first_of(const wtext *W, size_t lo, size_t hi, const char *const *ws)
{
    size_t best = (size_t)-1;
    for (int i = 0; ws[i]; i++) {
        size_t f = find(W, lo, hi, ws[i]);
        if (f < best) best = f;
    }
    return best;
}

/* The last place in [lo,hi) where one of ws starts, or (size_t)-1. */
static size_t last_of(const wtext *W, size_t lo, size_t hi, const char *const *ws)
{
    size_t last = (size_t)-1, f;
    for (size_t q = lo; (f = first_of(W, q, hi, ws)) != (size_t)-1; q = f + 1)
        last = f;
    return last;
}

/* Step back k UTF-8 characters from pos, not before lo. */
static size_t back_chars(const char *t, size_t lo, size_t pos, int k)
{
    while (k-- > 0 && pos > lo) {
        pos--;
        while (pos > lo && ((unsigned char)t[pos] & 0xC0) == 0x80)
            pos--;
    }
    return pos;
}

static size_t fwd_chars(const char *t, size_t hi, size_t pos, int k)
{
    while (k-- > 0 && pos < hi) {
        pos++;
        while (pos < hi && ((unsigned char)t[pos] & 0xC0) == 0x80)
            pos++;
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

/* ---- word lists (Simplified: the text is folded from Traditional first) -- */
/* The lists read best one line a theme, as written. */
/* clang-format off */

static const char *const w_acq[] = {"收购", "并购", "购入", "买下", "受让", "吸收合并", "控股权", "成为其全资子公司",
                                    "成为全资子公司", "出售给", "转让给", "私有化",
                                    /* closing on a stake bought (完成对Y100%股权的交割) */
                                    "股权的交割", NULL};
static const char *const w_ipo[] = {"IPO", "招股", "首次公开发行", "首次公开募股", "公开发行", "全球发售", "挂牌上市", "上市申请",
                                    "递交上市", "上市案", "上市审议", "上市审核", "上市聆讯",
                                    "在港上市", "赴港上市", "来港上市", "在香港上市",
                                    "挂牌上柜", "申请上柜", "上柜前", NULL};
static const char *const w_exchange[] = {"港交所", "联交所", "香港交易所", "纳斯达克", "纽交所",
                                         "上交所", "深交所", "北交所", "科创板", "创业板", "主板",
                                         "Nasdaq", "NYSE", NULL};
static const char *const w_fund[] = {"融资", "领投", "跟投", "注资", "增资", "入股", "定增", "新增股东", "配套资金", "非公开发行", "配售新股",
                                     "特定对象发行",
                                     "Series ",
                                     "私募普通股", "办理私募", "私募案", "先旧后新", "配股",
                                     "股新股",
                                     "认购", "募资", "投资", "投了", "一家投的", "独家投的",
                                     /* (拿到了一笔N的新钱: a round told plainly) */
                                     "的新钱",
                                     /* (又引入Y作为战略股东) */
                                     "作为战略股东", "成为战略股东", NULL};
/* verbs of placing an order with a maker (X在Y下单, X向Y订造) */
static const char *const w_order_verbs[] = {"下单", "订造", "订购", NULL};
static const char *const w_contract[] = {"中标", "采购", "订单", "供货", "合同", "协议", "供应", "定点", NULL};
static const char *const w_denial[] = {"否认", "辟谣", "不实", "并未", "没有收购", "澄清", "没有任何",
                                       "与事实不符", "与事实严重不符", "纯属", "臆测", "从未", "无意", "不属实",
                                       NULL};
static const char *const w_ended[] = {"终止", "告吹", "宣告失败", "取消收购", "放弃收购", "撤回上市", "申请撤回",
                                     "撤回首次公开发行",
                                     "撤回IPO", "撤回申请",
                                     /* (X则在上月取消了原定N的D轮融资计划) */
                                     "取消了原定", "取消原定", NULL};
static const char *const w_rumor[] = {"传闻", "传言", "据传", "有消息称", "据消息", "消息人士", "据报道", "据知情人士",
                                      "媒体报道", "媒体称", "市场传出", "传出", "流传", "外界说", "外界传", "坊间传", "市场传言",
                                      "知情人士", "援引", "有报道称", "或将", "据彭博", "据路透", "报道指", "报道称",
                                      "市场消息", "自媒体", "发文称",
                                      NULL};
static const char *const w_plan[] = {"拟", "计划", "规划", "预计", "将", "有望", "准备", "打算", "意向",
                                     "洽谈", "正在", NULL};
static const char *const w_past[] = {"此前", "曾", "上一轮", "前一轮", "前不久", "早前", "更早", "早先", "已于", "去年",
                                     "当时", "成立之初", NULL};
/* words right before an amount that make it not the deal's money */
static const char *const w_not_deal_pre[] = {
    "营收", "收入", "利润", "营业额", "销售额", "市值", "规模", "售价", "价格", "价值", "累计",
    "增至", "现金流", "现金储备", "货币资金", "账面现金", "注册资本", "补贴", "补助", "扶持资金", "薪", "罚", "亏损", "总额达", "年收", "成本", "开支", "支出", "股价",
    "GMV", "毛利", "净利", "账上", "原有", "预算", "奖金", "超过了", "发行价", "单价", "每股", "总额",
    "收市价", "收盘价", "均价", "配售价", "认购价", "开盘价", "报价",
    "总金额",
    "净额", "净额约", "费用", "花费", "市场", "订单额", "出货", "收益", "研发", "总投资",
    "投资总额", "产值", "红利", "股利", "分红",
    /* a tranche of the deal, not its total (首轮交割金额为N, 首期款N) */
    "交割金额", "首期", "二期", "第一期", "第二期", "首笔", "第二笔",
    /* ... nor the rest after one (剩余3亿元将于年底前交割) */
    "剩余", "余下", "余款", "尾款",
    /* ... nor a payment ahead of the service (支付首期预付款N) */
    "预付款", "首付款", "定金", "保证金", NULL};
/* ... unless the money is the round's own size */
static const char *const w_deal_size[] = {"融资规模", "融资金额", "融资额", "融资总额", "融资总金额", "募资", "募集资金", "所得款项",
                                          "募集", "筹资", "集资", "发行规模", "合同总金额",
                                          "合同金额", "交易对价", "交易作价", "收购价", "总价", "对价", "中标金额",
                                          "投资总额", "投资金额", "投资额", "注资总额", "注资金额",
                                          "入股金额", "增资金额", "增资总额", "募资总额",
                                          "收购金额", "收购总金额", "收购总额", "交易金额",
                                          "交易总金额", "交易总额", NULL};
static const char *const w_not_deal_post[] = {"建设", "新建", "兴建", "扩建", "扶持", "补贴", "补助", "奖励", "专项资金", "现金,", "现金。", "现金及", "现金和", "营收", "收入", "规模的", "的市场",
                                              "的数据中心", "利润", "/股", "每股", "的估值", "投入",
                                              NULL};
static const char *const w_lead[] = {"领投", "独家投资", "独家领投", "独投", "领衔",
                                     /* (an answer's 1500万元,X一家投的: X alone) */
                                     "一家投的", "独家投的", NULL};
/* lead: true for 领投/独家投资, false for 跟投/参投, else null (the contract) */
static const char *const w_follow[] = {"跟投", "参投", "参与", "都跟了", "跟了", NULL};
static const char *const w_join[] = {"共同投资", "共同出资", "联合投资", "联合出资", "出资", "认购",
                                     "有意参与", "均有意", "加注", "加了注", "追加", "追投", "增持", "参与意向",
                                     NULL};
static const char *const w_adviser[] = {"财务顾问", "顾问", "承销", "保荐", "律师", "审计", "配售代理",
                                        NULL};
/* X对Y进行(了)…: the deal words of 对 */
static const char *const w_dui[] = {"投资", "注资", "增资", "入股", "领投", "跟投", NULL};
/* verbs of putting money into a company (认购其新增注册资本) */
static const char *const w_into[] = {"认购", "入股", "投资", "注资", "增资", NULL};
static const char *const w_take[] = {"获得", "获", "完成", "宣布", "拿下", "斩获", "筹集", "募集",
                                     "融得", "启动", "开启", "进行", "迎来", "洽谈",
                                     "登陆", "上市", "递交", "签署", "签订", NULL};
static const char *const w_price_subject[] = {"合同金额", "合同总金额", "合同总价", "合同价款", "订单金额",
                                              "订单总金额", "交易金额", "交易总金额", "交易对价", "交易作价",
                                              "交易价格", "成交金额", "中标金额", "收购价格", "收购对价",
                                              "收购总价", NULL};
/* the money an offer raises (集资总额, 所得款项总额) */
static const char *const w_proceeds[] = {"集资", "募资", "募集资金", "筹资", "所得款项", NULL};
static const char *const w_cont[] = {"其中", "本轮", "此轮", "该轮", "这轮", "本次", "此次", "其余",
                                     "另外", "此外", "同时", "老股东", NULL};

/* ---- deals list ---------------------------------------------------------- */

static void party_free(zd_party *p)
{
    free(p->name);
    free(p->text);
    free(p->amount_text);
    memset(p, 0, sizeof *p);
}

static void deal_free(zd_deal *d)
{
    party_free(&d->target);
    for (size_t k = 0; k < d->ninv; k++) party_free(&d->inv[k]);
    free(d->inv);
    free(d->amount_text);
    free(d->val_text);
    memset(d, 0, sizeof *d);
}

/* Append d (moved, not copied) to out; returns its index. */
static size_t push_deal(zd_deals *out, zd_deal *d)
{
    if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 8;
        out->v = zd_xrealloc(out->v, out->cap * sizeof *out->v);
    }
    out->v[out->n] = *d;
    memset(d, 0, sizeof *d);
    return out->n++;
}

static int complete(const zd_deal *d);

/* Move what from says and to lacks into to: new investors, a lead flag or
 * a share to a known one, the valuation. from keeps what it did not give. */
static void merge_parties(zd_deal *to, zd_deal *from)
{
    for (size_t k = 0; k < from->ninv; k++) {
        zd_party *q = NULL, *p = &from->inv[k];
        for (size_t j = 0; j < to->ninv; j++)
            if (strcmp(to->inv[j].name, p->name) == 0) q = &to->inv[j];
        if (!q) {
            to->inv = zd_xrealloc(to->inv, (to->ninv + 1) * sizeof *to->inv);
            to->inv[to->ninv++] = *p;
            memset(p, 0, sizeof *p);
            continue;
        }
        if (q->lead < 0) q->lead = p->lead;
        if (!q->has_amount && p->has_amount) {
            q->has_amount = 1, q->amount = p->amount;
            free(q->amount_text);
            q->amount_text = p->amount_text, p->amount_text = NULL;
        }
    }
    if (!to->has_val && from->has_val) {
        to->has_val = 1, to->val = from->val, to->basis = from->basis;
        free(to->val_text);
        to->val_text = from->val_text, from->val_text = NULL;
    }
}

void zd_deals_clear(zd_deals *ds)
{
    for (size_t i = 0; i < ds->n; i++) deal_free(&ds->v[i]);
    free(ds->v);
    memset(ds, 0, sizeof *ds);
}

/* clang-format on */

/* ---- context ------------------------------------------------------------- */

typedef struct {
    const zd_doc *doc;
    const char *t; /* text for matching words: the doc text, folded to Simplified */
    size_t n;
    const zd_value *vals;
    size_t nv;
    const zd_date *publish;
    long sent;                 /* number of the current sentence */
    long last_sent;            /* sentence of the deal last made or extended */
    long last;                 /* its index in the output, -1 for none */
    size_t sent_lo, sent_hi;   /* the current sentence */
    wtext w;                   /* t, with the filter of the current sentence */
    uint64_t *wbits;           /* the filter's bits (WBITS) */
    int ipo_off;               /* the article tells an IPO withdrawn or its review ended */
    const zd_value *off_of[8]; /* ... of these companies only (none: of its own company) */
    int noff;
    const zd_value *sold_off[8]; /* companies whose purchase the article tells called off */
    int nsold_off;
    const zd_value *raise_off[8]; /* ... and whose supporting raise with it */
    int nraise_off;
    const zd_value *denied[8];  /* companies of a rumor the article tells denied ... */
    const char *denied_kind[8]; /* ... and its kind of deal */
    int ndenied;
    long speaker; /* speaker_company()'s answer; -2 before it is first asked */
    int episode;  /* the sentence begins at a comma that opens a new episode */
} ctx;

static char *mtext(const ctx *c, const zd_mention *m)
{
    return zd_xstrndup(c->doc->text + m->start, m->end - m->start);
}

static char *mname(const ctx *c, const zd_value *v)
{
    return v->name ? zd_xstrdup(v->name) : mtext(c, v->m);
}

/* Fill p (caller frees its strings) with the party v names, lead unknown. */
static void party_set(const ctx *c, zd_party *p, const zd_value *v)
{
    p->text = mtext(c, v->m);
    p->name = mname(c, v);
    p->lead = -1;
}

static void party_copy(zd_party *to, const zd_party *from)
{
    memset(to, 0, sizeof *to);
    to->name = zd_xstrdup(from->name);
    to->text = zd_xstrdup(from->text);
    to->lead = -1;
}

static zd_party *add_inv(const ctx *c, zd_deal *d, const zd_value *v)
{
    char *name = mname(c, v);
    if (d->target.name && strcmp(d->target.name, name) == 0) {
        free(name);
        return NULL;
    }
    for (size_t i = 0; i < d->ninv; i++)
        if (strcmp(d->inv[i].name, name) == 0) {
            free(name);
            return &d->inv[i];
        }
    d->inv = zd_xrealloc(d->inv, (d->ninv + 1) * sizeof *d->inv);
    zd_party *p = &d->inv[d->ninv++];
    memset(p, 0, sizeof *p);
    p->name = name;
    p->text = mtext(c, v->m);
    p->lead = -1;
    return p;
}

static const char *round_in(const wtext *W, size_t lo, size_t hi, size_t *where)
{
    const char *t = W->t;
    static const struct {
        const char *w, *r;
    } rounds[] = {{"Pre-IPO", "pre-ipo"},
                  {"pre-IPO", "pre-ipo"},
                  {"种子轮", "seed"},
                  {"天使+轮", "angel"},
                  {"天使轮", "angel"},
                  /* (公司获得数百万元天使投资; not 天使投资人X) */
                  {"天使投资", "angel"},
                  {"种子投资", "seed"},
                  {"Pre-A+轮", "pre-a"},
                  {"Pre-A轮", "pre-a"},
                  {"pre-A轮", "pre-a"},
                  {"Pre-B轮", "pre-b"},
                  /* (a round named without its 轮: 拿过一轮Pre-A,三千万元) */
                  {"Pre-A", "pre-a"},
                  {"pre-A", "pre-a"},
                  {"Pre-B", "pre-b"},
                  {"A+轮", "a+"},
                  {"B+轮", "b+"},
                  {"C+轮", "c+"},
                  {"D+轮", "d+"},
                  {"A轮", "a"},
                  {"B轮", "b"},
                  {"C轮", "c"},
                  {"D轮", "d"},
                  {"E轮", "e"},
                  {"F轮", "f"},
                  {"Series A", "a"},
                  {"Series B", "b"},
                  {"Series C", "c"},
                  {"Series D", "d"},
                  {"Series E", "e"},
                  {"战略融资", "strategic"},
                  {"战略投资", "strategic"},
                  /* Taiwan's word for it */
                  {"策略投资", "strategic"},
                  {"策略性投资", "strategic"},
                  {"战略轮", "strategic"},
                  {"战略入股", "strategic"},
                  {"作为战略股东", "strategic"},
                  {"成为战略股东", "strategic"},
                  {"战略注资", "strategic"},
                  {"战略增资", "strategic"},
                  /* the contract's nearest: A++ after A+, A1/A2 inside A */
                  {"A++轮", "a+"},
                  {"B++轮", "b+"},
                  {"A1轮", "a"},
                  {"A2轮", "a"},
                  {"A3轮", "a"},
                  {"B1轮", "b"},
                  {"B2轮", "b"},
                  {"C1轮", "c"},
                  {"C2轮", "c"}};
    size_t best = (size_t)-1;
    const char *found = NULL;
    /* each word, and again spaced as typesetters space Latin from Han
     * (A+ 轮) where a Latin character comes before its 轮 */
    for (size_t k = 0; k < 2 * (sizeof rounds / sizeof *rounds); k++) {
        size_t i = k / 2;
        const char *w = rounds[i].w, *r = rounds[i].r;
        char spaced[32];
        if (k % 2) {
            size_t wl = strlen(w);
            if (wl < 4 || strcmp(w + wl - 3, "轮") || (unsigned char)w[wl - 4] >= 0x80) continue;
            memcpy(spaced, w, wl - 3);
            memcpy(spaced + wl - 3, " 轮", 5);
            w = spaced;
        }
        size_t p = lo;
        for (; (p = find(W, p, hi, w)) != (size_t)-1; p++) {
            size_t e = p + strlen(w);
            /* an investor named by the round it joined (天使轮投资方X) is
             * no round of this sentence */
            if (has_any(W, e, fwd_chars(t, hi, e, 3),
                        (const char *const[]){"投资方", "投资人", "投资者", "股东", "资方",
                                              "领投方", NULL}))
                continue;
            /* ... nor is one an investor is named by, who invests again
             * (天使轮的真格基金也继续加了注) */
            if (has(W, e, fwd_chars(t, hi, e, 1), "的") &&
                has_any(W, e, fwd_chars(t, hi, e, 16),
                        (const char *const[]){"继续", "加注", "追加", "追投", "加码", NULL}))
                continue;
            /* ... nor one that names an investor by the round it led before
             * (A轮时领投我们的X这次也继续跟投了, A轮领投的X) */
            size_t e2 = at(t, hi, e, "时") ? e + strlen("时") : e;
            size_t v2 = e2 + strlen("领投"); /* (领投 and 投资: two characters) */
            if ((at(t, hi, e2, "领投") || at(t, hi, e2, "投资")) &&
                (at(t, hi, v2, "的") || at(t, hi, v2, "我们的") || at(t, hi, v2, "了我们的") ||
                 at(t, hi, v2, "过我们的")))
                continue;
            /* ... nor is a strategic investor's part in a round the sentence
             * names (作为战略投资方跟投, 以战略投资方身份参投, 以策略投資人
             * 身分入股) */
            size_t wl = strlen(w);
            if (wl >= 6 && !strcmp(w + wl - 6, "投资") &&
                has_any(W, e, fwd_chars(t, hi, e, 1),
                        (const char *const[]){"方", "者", "人", NULL}) &&
                has_any(W, e, fwd_chars(t, hi, e, 6),
                        (const char *const[]){"跟投", "参投", "领投", "身份", "身分", NULL}))
                continue;
            /* (an angel investor or fund, 天使投资人 / 天使投资基金, is no round) */
            if ((!strcmp(w, "天使投资") || !strcmp(w, "种子投资")) &&
                has_any(W, e, fwd_chars(t, hi, e, 2),
                        (const char *const[]){"人", "机构", "基金", "者", "方", "界", "圈", "引导",
                                              "母基金", NULL}))
                continue;
            break;
        }
        /* a letter round must not be the tail of a word (e.g. "DATA轮") */
        if (p != (size_t)-1 && p > lo && w[1] != 'r' && w[1] != 'e' &&
            ((t[p - 1] >= 'A' && t[p - 1] <= 'Z') || (t[p - 1] >= 'a' && t[p - 1] <= 'z') ||
             t[p - 1] == '-'))
            continue;
        if (p < best) best = p, found = r;
    }
    if (where) *where = best;
    return found;
}

static const char *round_of(const wtext *W, size_t lo, size_t hi)
{
    return round_in(W, lo, hi, NULL);
}

/* Where in [lo,hi) round_of() finds its round, or (size_t)-1. */
static size_t round_at(const wtext *W, size_t lo, size_t hi)
{
    size_t p;
    return round_in(W, lo, hi, &p) ? p : (size_t)-1;
}

/* Index range of mentions within [lo, hi). */
/* The first mention starting at or after pos. Mentions are sorted by
 * start: found by bisection, so a long article costs no scan from its
 * beginning per sentence or per comma. */
static size_t first_at(const ctx *c, size_t pos)
{
    size_t i = 0, j = c->nv;
    while (i < j) {
        size_t mid = i + (j - i) / 2;
        if (c->vals[mid].m->start < pos)
            i = mid + 1;
        else
            j = mid;
    }
    return i;
}

static void mentions_in(const ctx *c, size_t lo, size_t hi, size_t *a, size_t *b)
{
    size_t i = first_at(c, lo);
    *a = i;
    while (i < c->nv && c->vals[i].m->end <= hi)
        i++;
    *b = i;
}

static int in_org(const ctx *c, size_t a, size_t b, size_t pos)
{
    for (size_t i = a; i < b; i++)
        if (c->vals[i].m->type == ZD_ORG && c->vals[i].m->start <= pos && pos < c->vals[i].m->end)
            return 1;
    return 0;
}

/* Words that hold a deal word without being one: 总投资 and 投资者 are
 * about money and people, not a deal. */
static const char *const not_trigger[] = {
    "总投资", "投资者", "投资人", "投资机构", "投资金额", "投资案件", "投资上限", "投资收益",
    "投资回报", "投资逻辑", "投资总额", "投资额", "研发投资", "投资建设", "投资设立", "对外投资",
    "投资方向", "投资价值", "投资机会", "投资热度", "投资节奏", "投资方案", "投资计划", "投资机制",
    /* a review of foreign investment, not one (获得…的外商投资审查批准) */
    "外商投资", "投资审查", "投资安全审查",
    /* a topic, not a deal: 并购方面,X拟以N收购Y */
    "并购方面", "收购方面", "融资方面", "投资方面", "私有化方面", "配股方面", "配售方面",
    /* a supply chain (冷链供应链, 供应链金融), no supply */
    "供应链",
    /* ... or its history (融资历程方面,X曾获Y投资) */
    "融资历程", "融资历史", "融资经历", "融资记录",
    /* what a sentence sets aside (除股权融资外,X亦获…资助) */
    "融资外,", "投资外,", "并购外,", "收购外,",
    /* a fund's focus, no deal (基金募集,重点投资电池材料领域) */
    "重点投资", "专注投资", "专注于投资", "聚焦投资", "主要投资于",
    /* a field's total (在AI领域的投资超过N) */
    "领域的投资", "领域投资", "赛道的投资", "方面的投资",
    /* agreements of the deal itself or its terms, not a
     * purchase: 《股权转让协议》, 协议生效之日起 */
    "转让协议", "投资协议", "增资协议", "收购协议", "认购协议", "并购协议", "股东协议", "对赌协议",
    "购买协议", "一致行动协议", "保密协议", "协议生效", "协议约定", "协议签署后",
    /* the use of money raised, not a deal: 用作潜在收购 */
    "潜在收购", "潜在并购", "用于收购", "用作收购", "用于并购",
    /* an activity, not a deal: 在欧洲做并购的品牌 */
    "做并购", "做收购", "做投资", "搞并购", "并购拓展", "并购扩张", "收购扩张", "收购拓展",
    /* a market's total (今年港股新股集资额), a way of investing (与产业方共同
     * 投资”的模式), a project's landing with a park (签署项目落地协议) */
    "新股集资", "新股募资", "IPO集资额", "IPO募资额", "投资模式", "投资的模式", "投资”的模式",
    /* (a market's new shares: 今年港股新股集资总额, not 配售N股新股) */
    "港股新股", "A股新股", "美股新股", "落地协议", "入驻协议",
    /* how much a field gets, no deal (加大了对中小型团队的投资力度) */
    "投资力度", "融资力度", "收购力度", "并购力度",
    /* the notice of a round, not the round (融资公告发布当天,X宣布将投资N建设…) */
    "融资公告",
    /* a cleft after the investor's own clause (X给了N,是独家投的): no deal
     * word of its own */
    "是独家投的", "是一家投的",
    /* a fund raised by its manager (完成新一期人民币基金募集) */
    "基金募集", "基金的募集",
    /* a field's deals as a whole (光通信并购里并不少见) */
    "并购里", "收购里", "并购案例", "并购潮", "并购市场", "通过投资", "通过并购", "通过收购",
    "通过海外并购", "通过海外收购", "通过跨境并购", "透过投资", "透过并购", "透过收购",
    /* (…, and what follows one: 短期内并购整合会更加谨慎) */
    "并购整合", "收购整合",
    /* ... nor is growth by buying (外延并购会保持审慎), nor a field's deals
     * counted together (2022年全球合成生物学领域投融资总额约为N) */
    "外延并购", "外延式并购", "融资热度", "融资事件", "领域投融资", "投融资总额", "投融资规模",
    "投融资金额", "投融资事件", "投融资热度",
    /* 并 (and) before 购买 (buy): 报废旧车并购买新车 */
    "并购买",
    /* a loan or a fund for buying, not a purchase (获Y提供的并购贷款) */
    "并购贷款", "收购贷款", "并购基金",
    /* a maker's order book, no order (手持订单78艘,合计约N) */
    "手持订单", "在手订单", "新接订单", "订单储备", "储备订单",
    /* ... nor is a loan that finances an asset (船舶融资由Y牵头安排,
     * 项目融资, 融资租赁) a round */
    "船舶融资", "项目融资", "融资租赁", "银团融资", "债务融资", "债权融资",
    /* a condition, not a deal (投资环境对外资企业的影响, 融资约束) */
    "投资环境", "融资环境", "融资约束", "融资难", "融资成本",
    /* what buying in cost (较当时的入股成本溢价约35%) */
    "入股成本", "投资成本", "收购成本",
    /* what equipment costs (系统设备投资已可控制在N以内) */
    "设备投资", "建设投资", "基建投资", "固定资产投资",
    /* (…建置首座示范温室,初期投资约N,由X以自有资金支应) */
    "初期投资",
    /* the use of a round's money (本轮融资所得将用于…) */
    "融资所得", "募资所得", "融资款项",
    /* a vote, not money: 投了反对票 */
    "投了票", "投了反对", "投了赞成", "投了弃权",
    /* the public's margin demand in an offer (录得N孖展认购, 超额认购约0.9倍) */
    "孖展认购", "超额认购", "足额认购",
    /* (孖展(保证金)认购: the margin glossed in brackets) */
    "保证金)认购",
    /* an offer's over-allotment option (超额配股权获悉数行使), not a placing */
    "配股权", NULL};

static int inside_word(const wtext *W, size_t lo, size_t hi, size_t p)
{
    const char *t = W->t;
    for (int i = 0; not_trigger[i]; i++) {
        size_t l = strlen(not_trigger[i]);
        for (size_t q = p >= lo + 12 ? p - 12 : lo; q <= p && q + l <= hi; q++)
            if (q + l > p && memcmp(t + q, not_trigger[i], l) == 0) return 1;
    }
    return 0;
}

/* 与Y签署收购协议: an agreement to buy signed with someone tells the deal
 * itself, not a term of one told before */
static int signed_with(const ctx *c, size_t lo, size_t p)
{
    const wtext *W = &c->w;
    const char *t = c->t;
    if (!at(t, c->n, p, "收购协议") && !at(t, c->n, p, "并购协议") &&
        !at(t, c->n, p, "收购意向")) /* (…签署收购意向书) */
        return 0;
    size_t cs = clause_start(t, c->n, lo, p);
    return has_any(W, back_chars(t, cs, p, 3), p, (const char *const[]){"签署", "签订", NULL}) &&
           has(W, cs, p, "与");
}

/* 1 when t[p] is inside the quotes of a name a bracket defines (以下简称
 * "鼎泓投资"): a name, whatever words it holds */
static int in_defined_name(const ctx *c, size_t lo, size_t p)
{
    size_t d =
        last_of(&c->w, back_chars(c->t, lo, p, 12), p, (const char *const[]){"简称", "下称", NULL});
    if (d == (size_t)-1) return 0;
    size_t q = d + strlen("简称");
    if (q >= p || !(c->t[q] == '"' || at(c->t, p, q, "“") || at(c->t, p, q, "「"))) return 0;
    for (size_t r = q + 1; r < p; r++)
        if (c->t[r] == '"' || c->t[r] == ',' || at(c->t, p, r, "”") || at(c->t, p, r, "」"))
            return 0;
    return 1;
}

/* 1 when the word at [p,e) ends a name the article defines in a bracket
 * (以下简称“瑞岭投资”), an organization of mentions [a,b) ending at p: the
 * word is the name's (瑞岭投资、陈某分别持有…), no deal word */
static int ends_defined_name(const ctx *c, size_t a, size_t b, size_t p, size_t e)
{
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || v->m->end != p) continue;
        size_t l = e - v->m->start;
        const char *t = c->t;
        for (const char *q = t; (q = memmem(q, c->n - (size_t)(q - t), t + v->m->start, l)); q++) {
            size_t at_q = (size_t)(q - t), from = at_q >= 18 ? at_q - 18 : 0;
            if (at_q >= 9 && (at(t, c->n, at_q - 3, "“") || at(t, c->n, at_q - 1, "\"")) &&
                (at(t, c->n, at_q + l, "”") || at(t, c->n, at_q + l, "\"")) &&
                (memmem(t + from, at_q - from, "简称", strlen("简称")) ||
                 memmem(t + from, at_q - from, "下称", strlen("下称"))))
                return 1;
        }
    }
    return 0;
}

/* 1 when an organization of mentions [a,b) starts in [lo,hi) */
static int org_in(const ctx *c, size_t a, size_t b, size_t lo, size_t hi)
{
    for (size_t i = a; i < b; i++)
        if (c->vals[i].m->type == ZD_ORG && c->vals[i].m->start >= lo && c->vals[i].m->start < hi)
            return 1;
    return 0;
}

/* 1 when [lo,hi) holds nothing but dates (2021年 before 拿了天使轮), or
 * nothing. */
static int timed_only(const ctx *c, size_t a, size_t b, size_t lo, size_t hi)
{
    for (size_t i = a; i < b && lo < hi; i++) {
        const zd_mention *m = c->vals[i].m;
        if (m->type == ZD_DATE && m->start <= lo && m->end > lo) lo = m->end;
    }
    /* (and an adverb of time after it: 上个月刚刚完成A+轮) */
    static const char *const adv[] = {"刚刚", "刚", "已经", "已",   "才",
                                      "又",   "也", "正式", "顺利", NULL};
    for (int i = 0; adv[i] && lo < hi; i++)
        if (at(c->t, hi, lo, adv[i])) {
            lo += strlen(adv[i]);
            break;
        }
    return lo >= hi;
}

/* 1 when a count of what a firm has invested in follows t[q] (投资了约70个
 * 项目, 投了超过30家企业): its portfolio, no deal. */
static int portfolio_count(const char *t, size_t hi, size_t q)
{
    static const char *const skip[] = {"了", "约", "超过", "近", "逾", "过", "共", "累计", NULL};
    for (int again = 1; again;) {
        again = 0;
        for (int i = 0; skip[i]; i++)
            if (at(t, hi, q, skip[i])) q += strlen(skip[i]), again = 1;
    }
    zd_num num;
    size_t d = zd_num_scan(t, hi, q, ZD_NUM_VAGUE, &num); /* (70, 七十, 数十, 30余) */
    if (d == q) return 0;
    static const char *const units[] = {"个项目", "家企业", "家公司", "个企业",
                                        "家初创", "笔投资", NULL};
    for (int i = 0; units[i]; i++)
        if (at(t, hi, d, units[i])) return 1;
    return 0;
}

/* 1 when the deal word w at t[p] is a budget's (预计投资约新台币2.2亿元: what
 * a plant will cost), its amount right after it. */
static int budget(const char *t, size_t lo, size_t hi, size_t p, const char *w)
{
    if (strcmp(w, "投资") || p < lo + 6 || memcmp(t + p - 6, "预计", 6)) return 0;
    size_t q = p + strlen(w);
    static const char *const opens[] = {"约", "新台币", "人民币", "港币", "总额", NULL};
    for (int i = 0; opens[i]; i++)
        if (at(t, hi, q, opens[i])) return 1;
    return q < hi && isdigit((unsigned char)t[q]);
}

/* Earliest deal word of a list in [lo,hi) that is not inside an org name
 * (腾讯投资, 某某控股 are names, not deal words). */
static size_t trigger(const ctx *c, size_t a, size_t b, size_t lo, size_t hi, const char *const *ws)
{
    size_t best = (size_t)-1;
    for (int i = 0; ws[i]; i++) {
        size_t from = lo, p;
        while ((p = find(&c->w, from, hi, ws[i])) != (size_t)-1) {
            if (!in_org(c, a, b, p) && !in_defined_name(c, lo, p) &&
                !ends_defined_name(c, a, b, p, p + strlen(ws[i])) &&
                (!inside_word(&c->w, lo, hi, p) || signed_with(c, lo, p)) &&
                /* what money raised is for (拟用于海外收购, 约20%用于潜在的
                 * 战略投资和收购) */
                !has_any(&c->w, clause_start(c->t, c->n, lo, p), p,
                         (const char *const[]){"用于", "用作", NULL}) &&
                /* a deal said to be none (资金来自自有资金,不涉及对外融资安排;
                 * 公司暂无新的融资计划) */
                !has_any(&c->w, clause_start(c->t, c->n, lo, p), p,
                         (const char *const[]){"不涉及", "未涉及", "无需", "不需要", "暂无", "并无",
                                               NULL}) &&
                /* ... and money raised put to a use (约40%的募资用于研发), not a
                 * deal's use told after it (获得Y 2亿欧元的股权投资,用于…) */
                !has_any(&c->w, p + strlen(ws[i]),
                         fwd_chars(c->t, clause_end(c->t, c->n, hi, p + strlen(ws[i])),
                                   p + strlen(ws[i]), 4),
                         (const char *const[]){"用于", "将用于", "拟用于", "主要用于", NULL}) &&
                /* a manner weighed (考虑以收购老股的方式入局) */
                !(has(&c->w, back_chars(c->t, lo, p, 1), p, "以") &&
                  has(&c->w, p, clause_end(c->t, c->n, hi, p), "的方式")) &&
                /* a heading's category (【并购】, 第二笔产业并购:), not a
                 * headline's verb (X今起招股:拟募资N) */
                !(at(c->t, hi, p + strlen(ws[i]), ":") &&
                  !org_in(c, a, b, clause_start(c->t, c->n, lo, p), p)) &&
                !at(c->t, hi, p + strlen(ws[i]), "】") &&
                /* a price paid for goods (番茄收购价在每斤2.6元) */
                !(ws == w_acq && at(c->t, hi, p + strlen(ws[i]), "价")) &&
                !portfolio_count(c->t, hi, p + strlen(ws[i])) && !budget(c->t, lo, hi, p, ws[i])) {
                if (p < best) best = p;
                break;
            }
            from = p + 1;
        }
    }
    return best;
}

static int only_list_between(const wtext *W, size_t s, size_t e)
{
    const char *t = W->t;
    /* text between two org mentions is a list separator: 、 , 和 及 与 以及 */
    static const char *const seps[] = {"、", ",", "和", "及", "与", "以及", " ", "跟", "老股东",
                                       "新股东", "现有股东", "既有股东", "原有股东", "原股东",
                                       /* a firm of a country (及日商X) */
                                       "日商", "美商", "韩商", "德商", "法商", "英商", "港商",
                                       "台商", "外商", NULL};
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

static int money_blocked(const ctx *c, const char *type, size_t cl, size_t ce, const zd_mention *m,
                         const zd_money *v)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    /* under ten thousand is a price or a fee, never a deal's money */
    if (v->has_value && v->value < 1e4) return 1;
    size_t pre = back_chars(t, cl, m->start, 8);
    /* 签署协议,共同发起设立规模N的产业基金: a fund set up, not the deal's price */
    if (type && strcmp(type, "contract") == 0 && has(W, m->end, ce, "基金") &&
        has_any(W, cl, ce, (const char *const[]){"设立", "发起", "成立", "组建", NULL}))
        return 1;
    /* a contract's value is often a total over its term (累计约N规模的
     * 云服务); only what is plainly not its value is kept out */
    /* ... nor what a company sold a customer over a year (2025年向Y销售金额
     * 为N), unless a contract or order is what the clause sells under */
    if (type && strcmp(type, "contract") == 0 &&
        has_any(W, pre, m->start, (const char *const[]){"销售金额", "销售额", "销售收入", NULL}) &&
        !has_any(W, cl, ce, (const char *const[]){"合同", "订单", "协议", "生命周期", NULL}))
        return 1;
    /* a backlog (在手订单金额超过N) is many orders, none told */
    if (has_any(W, cl, m->start, (const char *const[]){"在手订单", "订单储备", NULL})) return 1;
    /* (签署价值N的…合同: the value a contract signed has is its money) */
    if (type && strcmp(type, "contract") == 0 &&
        has(W, back_chars(t, cl, m->start, 3), m->start, "价值") &&
        has_any(W, back_chars(t, cl, m->start, 6), m->start,
                (const char *const[]){"签署", "签订", "签下", "拿下", "斩获", "获得", NULL}) &&
        has_any(W, m->end, ce, (const char *const[]){"合同", "订单", "协议", NULL}))
        return 0;
    if (type && strcmp(type, "contract") == 0)
        return has_any(W, pre, m->start,
                       (const char *const[]){"营收", "收入", "利润", "市值", "售价", "价格", "单价",
                                             "股价", "价值", "估值", "限价", "预算", NULL});
    /* paid-in capital after a round (增资后公司实收资本额将提升至N) is no
     * round's money */
    if (has_any(W, cl, m->start, (const char *const[]){"实收资本", "资本额", NULL})) return 1;
    /* a total to date is never one deal's money (累计融资逾25亿元), nor a
     * total since a time (今年以来港股IPO集资额已超过N) */
    if (has_any(W, cl, m->start, (const char *const[]){"累计", "迄今", "至今", "以来", NULL}))
        return 1;
    /* ... but 合计/总计 sums the tranches of one deal (分两期注资,合计10亿元) */
    /* ... and the investors' shares of one round (三家投资者,合计增资15亿元),
     * but not two investors' joint share (A与B合计出资N) */
    size_t sum = find(W, cl, m->start, "合计");
    if (sum == (size_t)-1) sum = find(W, cl, m->start, "总计");
    int joint = 0;
    for (size_t i = 0; sum != (size_t)-1 && i < c->nv; i++)
        if (c->vals[i].m->type == ZD_ORG && c->vals[i].m->end <= sum &&
            c->vals[i].m->end >= back_chars(t, cl, sum, 2))
            joint = 1;
    /* ... nor the price of a deal summed (交易对价合计N, 转让价款合计N) */
    if (sum != (size_t)-1 &&
        has_any(W, back_chars(t, cl, sum, 4), sum,
                (const char *const[]){"对价", "价款", "交易价格", "交易金额", "作价", NULL}))
        sum = (size_t)-1;
    if (sum != (size_t)-1 &&
        !has_any(W, c->sent_lo, c->sent_hi,
                 (const char *const[]){"分期", "两期", "三期", "分批", NULL}) &&
        (joint || !has_any(W, sum, fwd_chars(t, m->start, sum, 4),
                           (const char *const[]){"增资", "出资", "认购", "注资", "投资", NULL})))
        return 1;
    /* what a fund typically puts in a project (单个项目投资金额一般在N至M)
     * is a habit, no deal, however it names the amount */
    if (has_any(W, cl, m->start,
                (const char *const[]){"一般在", "通常在", "一般为", "通常为", "单个项目",
                                      "单笔投资", "集中在", NULL}))
        return 1;
    if (has_any(W, cl, m->start, w_deal_size)) return 0;
    /* 募集配套资金,总额不超过N: the clause before names what the total is of
     * (这是我们的B轮,总额N: a round; 是B+轮,上个月底签完的协议,总额N:
     * the round a clause before names) */
    if (cl > c->sent_lo &&
        has_any(W, cl, fwd_chars(t, m->start, cl, 3),
                (const char *const[]){"总额", "金额", "总金额", NULL}) &&
        (has_any(W, clause_start(t, c->n, c->sent_lo, cl - 1), cl, w_deal_size) ||
         round_of(W, c->sent_lo, cl)))
        return 0;
    /* 完成总额N的B轮融资: an amount that names the round is its size */
    size_t de = fwd_chars(t, ce, m->end, 10);
    if (at(t, ce, m->end, "的") && has(W, m->end, de, "融资") &&
        !has(W, m->end, find(W, m->end, de, "融资"), ","))
        return 0;
    /* 融资已接近完成,规模约4亿美元: the size of the round the sentence tells */
    if (has(W, back_chars(t, cl, m->start, 4), m->start, "规模") &&
        has_any(W, c->sent_lo, m->start, (const char *const[]){"融资", "募资", "本轮", NULL}) &&
        !has_any(W, c->sent_lo, c->sent_hi,
                 (const char *const[]){"市场", "行业", "产业", "管理", "基金", NULL}))
        return 0;
    /* 以(每股N、)总金额约N,取得Y 51%股权: what the buyer pays, however named */
    if (type && !strcmp(type, "acquisition") && has(W, cl, m->start, "以") &&
        has_any(W, m->end, fwd_chars(t, c->sent_hi, m->end, 4),
                (const char *const[]){"收购", "取得", "受让", "购买", "买下", NULL}))
        return 0;
    /* (收购Y51%的股权,交易价格为N: a deal's price is its money) */
    if (type && !strcmp(type, "acquisition") &&
        has_any(W, pre, m->start,
                (const char *const[]){"交易价格", "收购价格", "转让价格", "成交价格", NULL}))
        return 0;
    if (has_any(W, pre, m->start, w_not_deal_pre)) return 1;
    /* 投资约N在越南建设第二个生产基地: money spent on building in a place */
    if (at(t, ce, m->end, "在") &&
        has_any(W, m->end, ce,
                (const char *const[]){"建设", "新建", "兴建", "扩建", "建造", "建厂", NULL}))
        return 1;
    /* 在迪拜投了N建海外仓: money put into building, not into a company */
    if (at(t, ce, m->end, "建") && has(W, back_chars(t, cl, m->start, 3), m->start, "投")) return 1;
    size_t post = fwd_chars(t, ce, m->end, 6);
    return has_any(W, m->end, post, w_not_deal_post);
}

static void set_money(const ctx *c, int *has_f, zd_money *f, char **text, const zd_value *v)
{
    *has_f = 1;
    *f = v->money;
    free(*text);
    *text = mtext(c, v->m);
}

/* Two names of one organization in one article: equal, or one holds the
 * other (固锂新材 and 苏州固锂新材料有限公司). */
static int same_org(const char *x, const char *y)
{
    if (!x || !y) return 0;
    if (strcmp(x, y) == 0) return 1;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx < 6 || ly < 6) return 0; /* two Han characters at least */
    return lx < ly ? strstr(y, x) != NULL : strstr(x, y) != NULL;
}

/* same_org() of the names of two org mentions. */
static int same_mention_org(const ctx *c, const zd_value *v, const zd_value *w)
{
    char *x = mname(c, v), *y = mname(c, w);
    int same = same_org(x, y);
    free(x);
    free(y);
    return same;
}

/* 1 when the org at [s,..) is the object of one of verbs: right after it
 * (了), or after it and a descriptor of a company (领投AI初创公司星河智能
 * 5亿美元B轮融资, 收购储能企业海辰智控51%股权). The funded or bought one. */
static const char *const w_invest_verb[] = {"领投", "跟投", "参投", "独家投资", "战略投资", "投资",
                                            "注资", "入股", "参与", "认购",     NULL};
/* verbs that buy a stake only with 股权 after them (购买Y 70%的股权, 以N取得Y
 * 100%股权) */
static const char *const stake_verbs[] = {"购买", "取得", "受让", NULL};
static const char *const w_acq_verb[] = {"收购", "并购", "买下", "控股", "购买", "取得", NULL};
static const char *const w_dui_verb[] = {"对", NULL};
static const char *const w_xiang_verb[] = {"向", NULL};
static const char *const w_bei_verb[] = {"被", NULL};

/* 1 when org i was named before it in the sentence [a,i) */
static int named_before(const ctx *c, size_t a, size_t i)
{
    char *x = mname(c, &c->vals[i]);
    int seen = 0;
    for (size_t j = a; j < i && !seen; j++)
        if (c->vals[j].m->type == ZD_ORG) {
            char *y = mname(c, &c->vals[j]);
            seen = same_org(x, y);
            free(y);
        }
    free(x);
    return seen;
}

/* 1 when t[q,s) is a country of ZD_COUNTRIES (德国, 日本) */
static int is_country(const char *t, size_t q, size_t s)
{
    const char *l = ZD_COUNTRIES;
    while (*l) {
        const char *bar = strchr(l, '|');
        size_t len = bar ? (size_t)(bar - l) : strlen(l);
        if (len == s - q && !memcmp(t + q, l, len)) return 1;
        l += len + (bar != NULL);
    }
    return 0;
}

static int invest_object(const ctx *c, size_t a, size_t b, size_t lo, size_t s,
                         const char *const *verbs)
{
    static const char *const kinds[] = {
        "公司", "企业", "初创", "新创", "商",   "平台",   "独角兽", "品牌", "团队", "新锐", "车企",
        "药企", "机构", "连锁", "巨头", "龙头", "工作室", "厂",     "工具", "应用", "学校", NULL};
    /* (a works, 厂, is bought: 收购电池模组厂X; a round's 参与…厂X私募 is
     * not told by that alone) */
    int bought = verbs == w_acq_verb;
    const char *t = c->t;
    const wtext *W = &c->w;
    size_t from = back_chars(t, lo, s, 24);
    from = from > clause_start(t, c->n, lo, s) ? from : clause_start(t, c->n, lo, s);
    size_t q = (size_t)-1; /* end of the last verb before s */
    for (int i = 0; verbs[i]; i++) {
        size_t p = from, f;
        while ((f = find(W, p, s, verbs[i])) != (size_t)-1) {
            /* (投资机构X, 投资人X: a noun, no verb) */
            size_t fe = f + strlen(verbs[i]);
            int noun = !strcmp(verbs[i], "投资") &&
                       (at(t, s, fe, "机构") || at(t, s, fe, "人") || at(t, s, fe, "者"));
            if (!in_org(c, a, b, f) && !inside_word(W, lo, s, f) && !noun &&
                (q == (size_t)-1 || f + strlen(verbs[i]) > q))
                q = f + strlen(verbs[i]);
            p = f + 1;
        }
    }
    if (q == (size_t)-1) return 0;
    if (at(t, s, q, "了")) q += strlen("了");
    if (q == s || is_country(t, q, s)) return 1; /* (对德国X…的收购: its country) */
    /* a quoted name after its descriptor (收购电商SaaS新创「店小帮」, 服务商"X") */
    size_t ql = s >= q + 3 && (!memcmp(t + s - 3, "「", 3) || !memcmp(t + s - 3, "“", 3)) ? 3
                : s > q && t[s - 1] == '"'                                                ? 1
                                                                                          : 0;
    if (ql && !has(W, q, s - ql, "的"))
        for (int i = 0; kinds[i]; i++)
            if (s - ql >= q + strlen(kinds[i]) &&
                !memcmp(t + s - ql - strlen(kinds[i]), kinds[i], strlen(kinds[i])))
                return 1;
    /* only a descriptor between: no list, no other party, no 的 */
    if (has_any(W, q, s, (const char *const[]){"、", "和", "与", "及", "方", NULL})) return 0;
    size_t de = find(W, q, s, "的"); /* 旗下的智能驾驶公司X, not 投资的公司X */
    /* a quoted name after a short descriptor ending in 的 is the object
     * (投资了同赛道的「X」) */
    int quoted = s >= q + 3 && (!memcmp(t + s - 3, "「", 3) || !memcmp(t + s - 3, "“", 3));
    if (quoted && s - q <= 30 && s >= q + 6 && !memcmp(t + s - 6, "的", 3) && !has(W, q, s, "投资"))
        return 1;
    /* ... nor a place's (收购韩国首尔的独立工作室X: a country, a city) */
    int place = 0;
    for (size_t e2 = q + 6; de != (size_t)-1 && e2 <= q + 12 && e2 <= de && !place; e2 += 3)
        place = is_country(t, q, e2) && de - e2 <= 9;
    /* ... as is a short word's right before the name bought (收购了大阪的X:
     * a city, no party) */
    int city = bought && de != (size_t)-1 && de + 3 == s && de - q <= 12 && de > q;
    if (de != (size_t)-1 && !has(W, back_chars(t, q, de, 2), de, "旗下") && !place && !city)
        return 0;
    for (size_t i = a; i < b; i++)
        if (c->vals[i].m->type == ZD_ORG && c->vals[i].m->start >= q && c->vals[i].m->start < s)
            return 0;
    if (city) return 1;
    size_t se = s; /* 制造商 Radmeister GmbH: a space before a Latin name */
    while (se > q && t[se - 1] == ' ')
        se--;
    for (int i = 0; kinds[i]; i++) {
        size_t l = strlen(kinds[i]);
        if (!bought && !strcmp(kinds[i], "厂")) continue;
        if (se >= q + l && memcmp(t + se - l, kinds[i], l) == 0) return 1;
    }
    return 0;
}

/* 1 when org i is the subject of 「X(近日)对Y进行(了)N投资」: 对 within a
 * few characters after it, an org right after 对, an investing word later
 * in the clause. */
static int dui_subject(const ctx *c, size_t i, size_t b, size_t hi)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    size_t e = c->vals[i].m->end;
    size_t d = find(W, e, fwd_chars(t, hi, e, 12), "对");
    size_t j = i + 1; /* the next organization (a date may come between) */
    while (j < b && c->vals[j].m->type != ZD_ORG)
        j++;
    if (d == (size_t)-1 || j >= b || c->vals[j].m->start < d) return 0;
    if (!invest_object(c, j, b, d, c->vals[j].m->start, w_dui_verb)) return 0;
    return has_any(W, c->vals[j].m->end, clause_end(t, c->n, hi, c->vals[j].m->end), w_dui);
}

/* The position past a bracket that opens at t[q] and closes within max
 * bytes (a name's other name or short name: X(Latin), X(以下简称“Y”)), else
 * q. */
static size_t past_bracket(const char *t, size_t n, size_t q, size_t max)
{
    if (q >= n || t[q] != '(') return q;
    const char *close = memchr(t + q, ')', n - q < max ? n - q : max);
    return close ? (size_t)(close - t) + 1 : q;
}

/* X担任/作为/为(本轮)(的)领投方: a lead investor named by its role. */
static int lead_role(const wtext *W, size_t e, size_t ce)
{
    const char *t = W->t;
    static const char *const pre[] = {"担任", "作为", "成为", "为", "是", NULL};
    static const char *const mid[] = {"本轮", "此轮", "本次", "该轮", "融资", "的", NULL};
    /* (past its other name in brackets: X(Latin)是本轮的领投方) */
    size_t q = past_bracket(t, ce, e, ce - e);
    int ok = 0;
    for (int i = 0; pre[i] && !ok; i++)
        if (at(t, ce, q, pre[i])) q += strlen(pre[i]), ok = 1;
    if (!ok) return 0;
    for (int again = 1; again;) {
        again = 0;
        for (int i = 0; mid[i]; i++)
            if (at(t, ce, q, mid[i])) q += strlen(mid[i]), again = 1;
    }
    return at(t, ce, q, "领投方") || at(t, ce, q, "领投机构") || at(t, ce, q, "领投人");
}

/* 1 when org i follows 「ROLE(是|为|包括|有)」 in its clause, alone or as a
 * member of the list after it (跟投方包括光速光合和云启资本). */
static int role_noun_before(const ctx *c, size_t a, size_t i, size_t lo, const char *const *roles)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    size_t s = c->vals[i].m->start;
    /* back over the list members before it */
    while (i > a && c->vals[i - 1].m->type == ZD_ORG &&
           only_list_between(W, c->vals[i - 1].m->end, s)) {
        i--;
        s = c->vals[i].m->start;
    }
    size_t from = back_chars(t, lo, s, 8);
    /* (a role noun right before the name, after 来自, names it too: N来自领投方Y;
     * not 领投方Y认为, a remark, nor 领投的Y, the company led) */
    static const char *const verbs[] = {"是", "为", "包括", "有", "则是", "则为", "", NULL};
    for (int r = 0; roles[r]; r++)
        for (int v = 0; verbs[v]; v++) {
            size_t lr = strlen(roles[r]), lv = strlen(verbs[v]);
            if (!lv && (strcmp(roles[r] + lr - 3, "方") || s < lo + lr + 6 ||
                        memcmp(t + s - lr - 6, "来自", 6)))
                continue;
            if (s >= from + lr + lv && memcmp(t + s - lv, verbs[v], lv) == 0 &&
                memcmp(t + s - lv - lr, roles[r], lr) == 0)
                return 1;
        }
    return 0;
}

/* The end of a run of digits and time units (2022年, 5月15日, after 于 also
 * 年底) at t[q], or q. digit_first: the run must open with a digit. */
static size_t past_when(const char *t, size_t hi, size_t q, int digit_first)
{
    static const char *const when[] = {"年", "月", "日", "底", "初", "中", NULL};
    size_t v = q;
    for (int more = 1; more && v < hi;) {
        more = 0;
        while (v < hi && t[v] >= '0' && t[v] <= '9')
            v++, more = 1;
        for (int i = 0; when[i] && (v > q || !digit_first); i++)
            if (at(t, hi, v, when[i])) v += strlen(when[i]), more = 1;
    }
    return v;
}

/* q past the first of ws that stands at t[q], or q. */
static size_t past_any(const char *t, size_t n, size_t q, const char *const *ws)
{
    for (int i = 0; ws[i]; i++)
        if (at(t, n, q, ws[i])) return q + strlen(ws[i]);
    return q;
}

/* 1 when the 公司 at gen signs with someone after a time (公司于2024年12月
 * 与Y签订…合同, 公司今年6月曾与Y…): the company is the subject of 与. */
static int yu_after_time(const ctx *c, size_t gen, size_t hi)
{
    const char *t = c->t;
    size_t q =
        past_any(t, hi, gen + strlen("公司"), (const char *const[]){"于", "在", "曾于", NULL});
    q = past_any(t, hi, q, (const char *const[]){"今年", "去年", NULL});
    size_t w = past_when(t, hi, q, 0);
    if (w == q) return 0;
    w = past_any(t, hi, w, (const char *const[]){"曾", "已", "还", "又", NULL});
    /* (…于8月27日在挪威奥斯陆与Y签署: a place after the time) */
    if (at(t, hi, w, "在")) {
        size_t lim = fwd_chars(t, hi, w, 12), y = find(&c->w, w, lim, "与");
        return y != (size_t)-1 && !has_any(&c->w, w, y, (const char *const[]){",", "。", NULL});
    }
    return at(t, hi, w, "与");
}

/* 1 when 被 follows the org at e past closing brackets, adverbs and a
 * time (X(以下简称“Y”)已被Z收购; 公司矢量云,于2022年被Z收购). */
static int passive_after(const wtext *W, size_t hi, size_t e)
{
    const char *t = W->t;
    static const char *const skip[] = {"”", "」", "』", ")", "\"", "已经", "已", "将", "曾", "正式",
                                       "最终", "于近日", "近日", "宣布", "今日", "昨日", "日前",
                                       "去年", "今年", "前年",
                                       /* (同行X前段时间被Y收购了) */
                                       "前段时间", "前些天", "前不久", NULL};
    size_t q = e;
    for (int again = 1; again && q < hi;) {
        again = 0;
        for (int i = 0; skip[i]; i++)
            if (at(t, hi, q, skip[i])) q += strlen(skip[i]), again = 1;
        /* ,于2022年 / 在2023年3月: a time between the name and 被 */
        size_t r = q + (q < hi && t[q] == ',');
        if (at(t, hi, r, "于") || at(t, hi, r, "在")) {
            size_t u = r + 3, v = past_when(t, hi, u, 0);
            /* (在周三晚间被Y收购: a day of the week and a time of day) */
            static const char *const weeks[] = {"本周", "上周", "周", NULL};
            static const char *const wd[] = {"一", "二", "三", "四", "五", "六", "日", "末", NULL};
            static const char *const days[] = {"当地时间", "今日", "昨日", "当天", "当日", NULL};
            static const char *const part[] = {"晚间", "晚上", "晚",   "上午", "下午",
                                               "早间", "凌晨", "中午", NULL};
            if (v == u) {
                size_t w = past_any(t, hi, v, weeks);
                v = past_when(t, hi, w > v ? past_any(t, hi, w, wd) : past_any(t, hi, v, days), 0);
            }
            v = past_any(t, hi, v, part);
            if (v > u && at(t, hi, v, "被")) q = v, again = 1;
        }
        /* X5月15日宣布被Y收购: a day told bare (after a comma too: X,去年
         * 11月被Y收购) */
        size_t r2 =
            r > q ? past_any(t, hi, r, (const char *const[]){"去年", "今年", "前年", NULL}) : r;
        size_t v = past_when(t, hi, r2, r2 == r);
        if (v > r && (at(t, hi, v, "被") || at(t, hi, v, "宣布"))) q = v, again = 1;
    }
    return q > e && at(t, hi, q, "被");
}

/* Where the name of a list item starts: past 【行业】, 1. / 2、 / 3), 一、,
 * or a bullet, and one space. */
static size_t list_item_start(const wtext *W, size_t lo, size_t hi)
{
    const char *t = W->t;
    size_t st = lo;
    if (at(t, hi, st, "【")) {
        size_t rb = find(W, st, hi, "】");
        if (rb != (size_t)-1) st = rb + strlen("】");
    } else if (st < hi && isdigit((unsigned char)t[st])) {
        size_t q = st;
        while (q < hi && q < st + 2 && isdigit((unsigned char)t[q]))
            q++;
        if (q < hi && (t[q] == '.' || t[q] == ')'))
            st = q + 1;
        else if (at(t, hi, q, "、"))
            st = q + strlen("、");
    } else {
        static const char *const marks[] = {"•", "·", "◆", "■", "▶", "▪", "●", NULL};
        for (int i = 0; marks[i]; i++)
            if (at(t, hi, st, marks[i])) st += strlen(marks[i]);
        static const char *const nums[] = {"一、", "二、", "三、", "四、", "五、", "六、",
                                           "七、", "八、", "九、", "十、", NULL};
        for (int i = 0; nums[i] && st == lo; i++)
            if (at(t, hi, st, nums[i])) st += strlen(nums[i]);
    }
    if (st < hi && t[st] == ' ') st++;
    return st;
}

/* 1 when a money mention ends right before position p (N来自X: X's share;
 * 团队来自X is where people come from). */
static int money_before(const ctx *c, size_t a, size_t b, size_t lo, size_t p)
{
    if (p == (size_t)-1) return 0;
    for (size_t i = a; i < b; i++)
        if (c->vals[i].m->type == ZD_MONEY && c->vals[i].m->end == p && c->vals[i].m->start >= lo)
            return 1;
    return 0;
}

/* Exchanges and regulators are where a deal happens, not its parties. */
static int venue(const zd_value *v)
{
    return v->kind && (strcmp(v->kind, "exchange") == 0 || strcmp(v->kind, "government") == 0);
}

/* The first news deal of out (the first one not told as background, else
 * the last one); out->n > 0. */
static const zd_deal *first_news(const zd_deals *out)
{
    size_t m = 0;
    while (m + 1 < out->n && out->v[m].background)
        m++;
    return &out->v[m];
}

/* The company an article is about: the target of its first news deal, or,
 * before any deal, the organization not in the gazetteer that the article
 * names most (an interview's company), no investor of a round. Fills p
 * (caller frees); 0 if none. */
static int main_company(const ctx *c, const zd_deals *out, zd_party *p)
{
    if (out->n > 0) {
        party_copy(p, &first_news(out)->target);
        return 1;
    }
    size_t best = (size_t)-1;
    int best_n = 1; /* named at least twice */
    for (size_t i = 0; i < c->nv; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || v->known) continue;
        size_t l = v->m->end - v->m->start;
        int cnt = 0, investor = 0;
        /* by its text, or by the name the article gives it (X(下称“Y”) and
         * Y are one company named twice) */
        const char *vn = v->name ? v->name : c->doc->text + v->m->start;
        size_t vl = v->name ? strlen(v->name) : l;
        for (size_t j = 0; j < c->nv; j++) {
            const zd_value *w = &c->vals[j];
            if (w->m->type != ZD_ORG) continue;
            const char *wn = w->name ? w->name : c->doc->text + w->m->start;
            size_t wl = w->name ? strlen(w->name) : w->m->end - w->m->start;
            if (wl != vl || memcmp(wn, vn, vl) != 0) continue;
            cnt++;
            /* (an investor of a round told, 老股东Y跟投, is no company the
             * article is about) */
            static const char *const inv_w[] = {"领投", "跟投", "参投", "独家投资", "加注", NULL};
            size_t e = w->m->end;
            if (at(c->t, c->n, e, "继续")) e += strlen("继续");
            if (at(c->t, c->n, e, "也")) e += strlen("也");
            for (int k = 0; inv_w[k]; k++)
                if (at(c->t, c->n, e, inv_w[k])) investor = 1;
        }
        if (!investor && cnt > best_n) best_n = cnt, best = i;
    }
    if (best == (size_t)-1) return 0;
    memset(p, 0, sizeof *p);
    party_set(c, p, &c->vals[best]);
    return 1;
}

/* The first company the article names by a legal name (…有限公司), not
 * in the gazetteer: the company an interview's speaker runs, when its
 * other names are not found. Fills p (caller frees); 0 if none. */
static int legal_company(const ctx *c, zd_party *p)
{
    for (size_t i = 0; i < c->nv; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || v->known || venue(v)) continue;
        size_t e = v->m->end;
        if (e - v->m->start > strlen("有限公司") &&
            at(c->t, e, e - strlen("有限公司"), "有限公司")) {
            memset(p, 0, sizeof *p);
            party_set(c, p, v);
            return 1;
        }
    }
    return 0;
}

/* 1 when [lo,hi) counts by one of units (5起, 两家, 多笔): a number of two
 * or more, or a vague count, before the unit */
static int counted(const wtext *W, size_t lo, size_t hi, const char *const *units)
{
    const char *t = W->t;
    for (int u = 0; units[u]; u++)
        for (size_t p = lo, q; (q = find(W, p, hi, units[u])) != (size_t)-1; p = q + 1) {
            size_t b = back_chars(t, lo, q, 1);
            if (b == q) continue;
            if (isdigit((unsigned char)t[b])) {
                size_t d = b;
                while (d > lo && isdigit((unsigned char)t[d - 1]))
                    d--;
                if (q - d > 1 || t[d] >= '2') return 1;
            } else if (has_any(W, b, q,
                               (const char *const[]){"两", "三", "四", "五", "六", "七", "八", "九",
                                                     "十", "百", "几", "数", "多", NULL})) {
                return 1;
            }
        }
    return 0;
}

/* 1 when [lo,hi) counts deals (核准投资案件逾60件, 共披露融资事件87起,
 * 完成两笔收购): a tally of many, which is no one deal */
static int deals_counted(const wtext *W, size_t lo, size_t hi)
{
    return counted(W, lo, hi, (const char *const[]){"起", "笔", "件", "宗", NULL});
}

/* 1 when [lo,hi) counts rounds of funding (5轮融资, 两轮融资, 多轮融资):
 * a number or a vague count before 轮 that is not an ordinal (第二轮) */
static int rounds_counted(const wtext *W, size_t lo, size_t hi)
{
    const char *t = W->t;
    /* A轮和A+轮两轮融资 names its rounds: they are deals */
    for (size_t from = lo, p; (p = find(W, from, hi, "轮")) != (size_t)-1; from = p + 1)
        if ((p > lo && ((t[p - 1] >= 'A' && t[p - 1] <= 'Z') || t[p - 1] == '+' ||
                        (t[p - 1] >= '0' && t[p - 1] <= '9' && p - 1 > lo && t[p - 2] >= 'A' &&
                         t[p - 2] <= 'Z'))) ||
            has_any(W, back_chars(t, lo, p, 2), p,
                    (const char *const[]){"天使", "种子", "战略", NULL}))
            return 0;
    /* not 一: 上一轮/新一轮融资 is one round */
    static const char *const counts[] = {"二", "两", "三", "四", "五", "六", "七",
                                         "八", "九", "十", "几", "多", "数", NULL};
    for (size_t from = lo, p; (p = find(W, from, hi, "轮融资")) != (size_t)-1; from = p + 1) {
        size_t q = p;
        int digits = 0;
        while (q > lo && t[q - 1] >= '0' && t[q - 1] <= '9')
            q--, digits = 1;
        if (!digits) {
            size_t b1 = back_chars(t, lo, p, 1);
            if (b1 == p || !has_any(W, b1, p, counts)) continue;
            q = b1;
        }
        size_t b2 = back_chars(t, lo, q, 1);
        if (b2 < q && has(W, b2, q, "第")) continue; /* 第5轮融资 is one round */
        return 1;
    }
    return 0;
}

/* Start of the paragraph (line) holding pos. */
static size_t para_start(const char *t, size_t pos)
{
    while (pos > 0 && t[pos - 1] != '\n')
        pos--;
    return pos;
}

/* What 该公司 (the said company) at lo points back to: the last
 * organization of the paragraph before it that opens a clause (X成立于
 * 2019年,…;该公司曾…): its index into c->vals, or -1. */
static long said_company(const ctx *c, size_t lo)
{
    const char *t = c->t;
    size_t ps = para_start(t, lo), a, b;
    mentions_in(c, ps, lo, &a, &b);
    for (size_t i = b; i-- > a;) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || venue(v) || v->relative) continue;
        size_t st = v->m->start;
        if (st == ps || is_clause_sep(t, c->n, st - 1) || t[st - 1] == '!' || t[st - 1] == '?' ||
            (st >= ps + 3 && !memcmp(t + st - 3, "。", 3)))
            return (long)i;
        /* (… or the first of its clause, after what describes it: 总部位于
         * 新加坡的X正是为此而生。这家…公司今天宣布…) */
        size_t cs = clause_start(t, c->n, ps, st);
        int first = !has(&c->w, cs, st, "与") && !has(&c->w, cs, st, "和");
        for (size_t j = i; first && j-- > a && c->vals[j].m->start >= cs;)
            first = c->vals[j].m->type != ZD_ORG;
        if (first && at(t, c->n, st - 3, "的")) return (long)i;
    }
    /* ... or the one that ends the sentence before it (拿到新钱的还有X。该公司
     * 24日宣布…) */
    for (size_t i = b; i-- > a;) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || venue(v) || v->relative) continue;
        if (at(t, c->n, v->m->end, "。") && v->m->end + 3 <= lo) return (long)i;
        break;
    }
    return -1;
}

/* The company of an interview's speaker, whom 我们 means: the first
 * company the article names by its founder or chief (我们与X创始人兼CEO
 * 周屿聊了聊), its index into c->vals, or -1. */
static long find_speaker_company(const ctx *c)
{
    static const char *const chiefs[] = {"创始人", "联合创始人", "创办人", "CEO",
                                         "董事长", "总裁",       NULL};
    for (size_t i = 0; i < c->nv; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || venue(v) || v->known) continue;
        size_t e = v->m->end;
        if (at(c->t, c->n, e, "公司")) e += strlen("公司");
        if (at(c->t, c->n, e, "的")) e += strlen("的");
        for (int k = 0; chiefs[k]; k++)
            if (at(c->t, c->n, e, chiefs[k])) return (long)i;
    }
    /* ... or whose founder the sentence that opens with it names (X(以下
     * 简称“Y”)成立于2019年,创始人Z此前…), no other company between but
     * the one its brackets define */
    for (size_t i = 0; i < c->nv; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || venue(v) || v->known) continue;
        size_t e = v->m->end, stop = fwd_chars(c->t, c->n, e, 60), depth = 0;
        int other = 0;
        for (size_t q = e; q < stop && !other; q++) {
            if (c->t[q] == '\n' || at(c->t, c->n, q, "。")) break;
            if (c->t[q] == '(') depth++;
            if (c->t[q] == ')' && depth) depth--;
            for (size_t j = i + 1; j < c->nv && c->vals[j].m->start <= q && !other; j++)
                other = c->vals[j].m->start == q && c->vals[j].m->type == ZD_ORG && !depth;
            for (int k = 0; chiefs[k] && !depth; k++)
                if (at(c->t, c->n, q, chiefs[k]) && (q == e || c->t[q - 1] == ',')) return (long)i;
        }
    }
    /* ... or the company the interviewee founded (他…在新加坡创办了X) */
    for (size_t i = 0; i < c->nv; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || venue(v) || v->known) continue;
        if (has_any(&c->w, back_chars(c->t, 0, v->m->start, 3), v->m->start,
                    (const char *const[]){"创办了", "创立了", "创建了", "创办", "创立", NULL}))
            return (long)i;
    }
    return -1;
}

/* The same, found once per article: the answer depends on the mentions
 * alone, and a page of many answers asks it in each. */
static long speaker_company(ctx *c)
{
    if (c->speaker == -2) c->speaker = find_speaker_company(c);
    return c->speaker;
}

/* Whether the bracket org v stands in, or the one right after it, names
 * it a seller of a filing (B(以下简称"B",与A合称"转让方"或"交易对方")):
 * both A and B sell. */
static int named_seller(const ctx *c, size_t lo, size_t hi, const zd_value *v)
{
    const char *t = c->t;
    size_t open = (size_t)-1;
    for (size_t q = v->m->start; q-- > lo && open == (size_t)-1;) {
        if (t[q] == ')') break;
        if (t[q] == '(') open = q;
    }
    if (open == (size_t)-1 && v->m->end < hi && t[v->m->end] == '(') open = v->m->end;
    if (open == (size_t)-1) return 0;
    size_t close = open + 1;
    for (int depth = 1; close < hi; close++) {
        if (t[close] == '(') depth++;
        if (t[close] == ')' && --depth == 0) break;
    }
    return has_any(&c->w, open, close, (const char *const[]){"转让方", "交易对方", "出让方", NULL});
}

/* R_SKIP: named in the sentence but not a party (a venue, a source, an
 * adviser, a parent, a former employer); never taken as the subject */
enum { R_NONE = 0, R_TARGET, R_INV, R_SKIP };

/* The organization that speaks just before 公司 at gen (X(10月21日)对外称/
 * 公告/披露,公司…): its index into c->vals, or -1. */
static long announcer(const ctx *c, size_t a, size_t b, const int *role, size_t gen)
{
    const wtext *W = &c->w;
    for (size_t i = b; i-- > a;) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || v->m->end > gen) continue;
        /* (据X方面透露,公司…: the source speaks of itself) */
        int own_source =
            role[i - a] == R_SKIP && has(W, back_chars(c->t, 0, v->m->start, 1), v->m->start, "据");
        if ((role[i - a] == 0 || own_source) && !venue(v) && gen - v->m->end <= 40 &&
            has_any(W, v->m->end, gen,
                    (const char *const[]){"称", "表示", "透露", "宣布", "公告", "披露", "介绍",
                                          "获悉", "预案", "草案", NULL}))
            return (long)i;
        return -1;
    }
    return -1;
}

/* 1 when the mentions [a,b) hold a date that ends by at and an exact
 * amount after at other than price: a deal of its own time and price
 * (今年2月,公司与Y签订了约N的合同; 2023年7月,双方曾签署…,总金额N). */
static int own_time_and_price(const ctx *c, size_t a, size_t b, size_t at, double price)
{
    int dated = 0, priced = 0;
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (!v->ok) continue;
        if (v->m->type == ZD_DATE && v->m->end <= at && v->date.gran) dated = 1;
        if (v->m->type == ZD_MONEY && v->m->start > at && v->money.has_value &&
            v->money.value != price)
            priced = 1;
    }
    return dated && priced;
}

/* 1 when pos lies in a clause of time (在被X收购前, 在X上市之后): its
 * organizations are not the sentence's subject */
static int in_time_clause(const ctx *c, size_t lo, size_t hi, size_t pos)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    size_t cs = clause_start(t, c->n, lo, pos), ce = clause_end(t, c->n, hi, pos);
    if (!at(t, ce, cs, "在")) return 0;
    size_t back = back_chars(t, cs, ce, 2);
    return has_any(W, back, ce, (const char *const[]){"前", "后", "以前", "以后", NULL});
}

/* adverbs between an investor and 投了 (独家 first: a sole investor leads) */
static const char *const w_adv_inv[] = {"独家", "共同", "联合", "也", "还", "又", "再",
                                        "已",   "曾",   "先后", "就", "都", NULL};

/* 1 when the organization at s follows 与 past its parent (与Y旗下的X) */
/* The last 与 within 12 characters before e, with no list mark (, 、 和)
 * between it and end, or (size_t)-1. */
static size_t last_yu(const ctx *c, size_t lo, size_t e, size_t end)
{
    const wtext *W = &c->w;
    size_t yu = (size_t)-1;
    for (size_t p = back_chars(c->t, lo, e, 12), f; (f = find(W, p, e, "与")) != (size_t)-1;
         p = f + 1)
        yu = f;
    if (yu != (size_t)-1 && has_any(W, yu, end, (const char *const[]){",", "、", "和", NULL}))
        return (size_t)-1;
    return yu;
}

static int after_yu_parent(const ctx *c, size_t a, size_t b, size_t lo, size_t s)
{
    const char *t = c->t;
    (void)a, (void)b;
    static const char *const links[] = {"旗下的", "旗下", "子公司", NULL};
    for (int k = 0; links[k]; k++) {
        size_t l = strlen(links[k]);
        if (s < lo + l || !at(t, s, s - l, links[k])) continue;
        size_t yu = last_yu(c, lo, s - l, s);
        /* a name of two characters or more between 与 and its 旗下 */
        if (yu != (size_t)-1 && s - l >= yu + 3 + 6) return 1;
    }
    return 0;
}

/* 1 when the organization at s follows 与 past a descriptor of its place
 * and trade, no other name between (与西班牙能源企业Y(Latin)旗下子公司签署) */
static int after_yu_descriptor(const ctx *c, size_t a, size_t i, size_t lo, size_t s)
{
    size_t yu = last_yu(c, lo, s, s);
    if (yu == (size_t)-1) return 0;
    for (size_t j = a; j < i; j++)
        if (c->vals[j].m->type == ZD_ORG && c->vals[j].m->start > yu) return 0;
    return 1;
}

/* 1 when the sentence says the subject serves the one it signs with
 * (X与Y签署算力服务协议,由X向Y提供…, 由X为Y…提供): the name after 向 or
 * 为 before a verb of supplying is the one after 与. */
static int serves_partner(const ctx *c, size_t a, size_t b, size_t lo)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    const zd_value *partner = NULL;
    for (size_t i = a; i < b && !partner; i++)
        if (c->vals[i].m->type == ZD_ORG && c->vals[i].m->start >= lo + 3 &&
            at(t, c->n, c->vals[i].m->start - 3, "与"))
            partner = &c->vals[i];
    if (!partner) return 0;
    int yes = 0;
    char *pn = mname(c, partner);
    for (size_t i = a; i < b && !yes; i++) {
        const zd_value *v = &c->vals[i];
        if (v == partner || v->m->type != ZD_ORG || v->m->start < lo + 3) continue;
        /* (… or for Y, with what it gets between: 由X为Y的大模型训练…提供) */
        int xiang = at(t, c->n, v->m->start - 3, "向"), wei = at(t, c->n, v->m->start - 3, "为");
        size_t upto =
            xiang ? fwd_chars(t, c->n, v->m->end, 4) : clause_end(t, c->n, c->n, v->m->end);
        if (!(xiang || wei) ||
            !has_any(W, v->m->end, upto, (const char *const[]){"提供", "供应", "交付", NULL}))
            continue;
        char *vn = mname(c, v);
        yes = same_org(vn, pn);
        free(vn);
    }
    free(pn);
    return yes;
}

/* 1 when [lo,hi) gives the lifetime value (生命周期总金额) of the nomination
 * the article told last, still without its value */
static int lifetime_value(const ctx *c, const zd_deals *out, int recent, size_t lo, size_t hi)
{
    return recent && !strcmp(out->v[c->last].type, "contract") && !out->v[c->last].has_amount &&
           has(&c->w, lo, hi, "生命周期");
}

/* ---- one sentence -------------------------------------------------------- */

#define MAXM 256

/* 收购后, 收购完成后: a time after a deal already told (not 收购,后者…) */
/* The end of the deal word at t[p]: the longest of the lists' words there
 * (先旧后新 holds a 后 of its own, which is no 收购后), else two characters. */
static size_t deal_word_end(const char *t, size_t n, size_t p)
{
    const char *const *lists[] = {w_acq, w_ipo, w_fund, w_contract};
    size_t best = 0;
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
        for (int i = 0; lists[k][i]; i++) {
            size_t l = strlen(lists[k][i]);
            if (l > best && at(t, n, p, lists[k][i])) best = l;
        }
    return best ? p + best : fwd_chars(t, n, p, 2);
}

static int after_deal_word(const wtext *W, size_t n, size_t lo, size_t hi)
{
    size_t p = find(W, lo, hi, "后");
    return p != (size_t)-1 && !has(W, lo, p, ",") && !at(W->t, n, p + strlen("后"), "者");
}

/* 公司拟投资35亿元,在合肥建设产线: a company spending on a project of its
 * own, no one's round. 投资 right before its amount, no other word of a
 * round in the sentence, nothing received (获, 引入), nobody named after
 * it to invest in, and no sentence that goes on about a round (其中). */
static int own_spending(const ctx *c, size_t a, size_t b, size_t lo, size_t hi, size_t trig)
{
    const char *t = c->t;
    if (trig == (size_t)-1 || !at(t, hi, trig, "投资")) return 0;
    /* 其中,X投资N: a share of the round just told */
    if (has_any(&c->w, lo, fwd_chars(t, hi, lo, 4), w_cont)) return 0;
    static const char *const others[] = {"融资", "领投", "跟投", "注资", "增资", "入股", "定增",
                                         "认购", "募资", "轮",   "股权", "股份", NULL};
    /* (the words of names do not count: X股份董事长表示,…拟投资N建设产线) */
    if (trigger(c, a, b, lo, hi, others) != (size_t)-1) return 0;
    if (has_any(&c->w, clause_start(t, c->n, lo, trig), trig,
                (const char *const[]){"获", "接受", "引入", "引进", "向", "对", NULL}))
        return 0;
    size_t after = trig + strlen("投资");
    int money = 0;
    for (size_t i = a; i < b; i++) {
        const zd_mention *m = c->vals[i].m;
        if (m->start < after) continue;
        if (m->type == ZD_ORG) return 0;
        if (m->type == ZD_MONEY && !money) {
            if (m->start > fwd_chars(t, hi, after, 2)) return 0;
            money = 1;
        }
    }
    return money;
}

/* 1 when the sentence of `from` names the size of the round `to` tells
 * (本轮融资总额为N), larger than the amount `to` has (an investor's share,
 * 向X投资N1,作为其A轮的领投方) in the same currency and round */
static int round_total(const wtext *W, size_t lo, size_t hi, const zd_deal *to, const zd_deal *from)
{
    return from->has_amount && from->amount.has_value && to->has_amount && to->amount.has_value &&
           from->amount.value > to->amount.value &&
           !strcmp(from->amount.currency, to->amount.currency) &&
           (!from->round || !to->round || !strcmp(from->round, to->round)) &&
           has_any(W, lo, hi, (const char *const[]){"本轮", "此轮", "这轮", NULL}) &&
           has_any(W, lo, hi, (const char *const[]){"融资总额", "总金额", "融资规模", NULL});
}

/* The index of the last org of vals[a,b) that ends at or before pos, or
 * (size_t)-1: the subject of a verb at pos */
static size_t org_before(const ctx *c, size_t a, size_t b, size_t pos)
{
    for (size_t i = b; i-- > a;)
        if (c->vals[i].m->type == ZD_ORG && c->vals[i].m->end <= pos) return i;
    return (size_t)-1;
}

/* Forget d's amount, and free its text. */
static void drop_amount(zd_deal *d)
{
    d->has_amount = 0;
    free(d->amount_text);
    d->amount_text = NULL;
}

/* 1 when d and o share an investor */
static int common_investor(const zd_deal *d, const zd_deal *o)
{
    for (size_t x = 0; x < d->ninv; x++)
        for (size_t y = 0; y < o->ninv; y++)
            if (same_org(d->inv[x].name, o->inv[y].name)) return 1;
    return 0;
}

/* Move from's amount (and its text, which to now owns) into to. */
static void move_amount(zd_deal *to, zd_deal *from)
{
    to->has_amount = 1, to->amount = from->amount;
    free(to->amount_text);
    to->amount_text = from->amount_text, from->amount_text = NULL;
    from->has_amount = 0;
}

/* Whether the org v is a party of d (its target or an investor). */
static int party_of(const ctx *c, const zd_value *v, const zd_deal *d)
{
    char *x = mname(c, v);
    int party = same_org(x, d->target.name);
    for (size_t k = 0; k < d->ninv && !party; k++)
        party = same_org(x, d->inv[k].name);
    free(x);
    return party;
}

/* 终止筹划收购Y的重组事项: a deal called off that names its own object
 * after the word (an org none of the last deal's parties), or names only
 * others (拟上市的Y已撤回申请…终止), is that one, not the deal told just
 * before. */
static int own_object_ended(const ctx *c, const zd_deal *last, size_t a, size_t b, size_t end_w)
{
    int some = 0, party = 0;
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || v->relative || venue(v)) continue;
        int p = party_of(c, v, last);
        if (!p && end_w != (size_t)-1 && v->m->start > end_w) return 1;
        some = 1;
        party |= p;
    }
    return some && !party;
}

/* 1 when t[p] starts a sentence or a paragraph */
static int opens_sentence(const char *t, size_t p)
{
    if (p == 0) return 1;
    if (t[p - 1] == '\n' || t[p - 1] == ' ' || t[p - 1] == '?' || t[p - 1] == '!') return 1;
    return p >= 3 && (!memcmp(t + p - 3, "。", 3) || !memcmp(t + p - 3, "”", 3));
}

/* 1 when the sentence [lo,hi) is in an interview's answer: its speaker's
 * label (周屿:) opens it or a sentence before it in the paragraph, the
 * label opens another sentence too (a roundup's labels, 半导体:X…, are each
 * used once), and the sentence asks nothing */
static int in_answer(const ctx *c, size_t lo, size_t hi)
{
    const char *t = c->t;
    if (hi < c->n && t[hi] == '?') return 0;
    size_t stop = para_start(t, lo);
    if (lo > 3000 && stop < lo - 3000) stop = lo - 3000;
    for (size_t q = lo; q-- > stop;) {
        if (t[q] != ':') continue;
        /* the label: two to four Han characters after a sentence's start */
        size_t s = q;
        int k = 0;
        while (k < 5 && s > 0 && ((unsigned char)t[s - 1] & 0xC0) == 0x80 && s >= 3 &&
               (unsigned char)t[s - 3] >= 0xE3 && !opens_sentence(t, s)) {
            s -= 3;
            k++;
        }
        if (!opens_sentence(t, s)) continue;
        if (k == 1) return at(t, q, s, "答");
        if (k < 2 || k > 4) continue;
        /* (the label again, opening another sentence) */
        size_t l = q + 1 - s;
        for (size_t r = 0; r + l <= c->n;) {
            const char *m = memmem(t + r, c->n - r, t + s, l);
            if (!m) break;
            r = (size_t)(m - t);
            if (r != s && opens_sentence(t, r)) return 1;
            r++;
        }
        return 0;
    }
    return 0;
}

/* The organization that is a heading's whole label (X in "X:…"), cut off
 * the sentence at [lo,hi) as if a speaker's; NULL when the label is not one
 * organization or names a venue. */
static const zd_value *label_org(const ctx *c, size_t lo, size_t hi)
{
    if (hi <= lo) return NULL;
    size_t la, lb;
    mentions_in(c, lo, hi, &la, &lb);
    if (lb != la + 1) return NULL;
    const zd_value *v = &c->vals[la];
    return v->m->type == ZD_ORG && v->m->start == lo && v->m->end == hi && !venue(v) ? v : NULL;
}

/* 1 when the 拟 at p is the verb of intent, not the second character of a
 * word (模拟芯片 analog, 虚拟 virtual, 比拟 compare) */
static int intent_ni(const wtext *W, size_t lo, size_t p)
{
    return !has_any(W, back_chars(W->t, lo, p, 1), p + strlen("拟"),
                    (const char *const[]){"模拟", "虚拟", "比拟", NULL});
}

/* 1 when [lo,hi) holds 拟 of an intended deal: not the use intended for
 * money already raised (所得款项…拟用于海外收购) */
static int plans(const wtext *W, size_t lo, size_t hi)
{
    for (size_t p = lo; (p = find(W, p, hi, "拟")) != (size_t)-1; p++)
        if (intent_ni(W, lo, p) &&
            !has_any(W, p, fwd_chars(W->t, hi, p, 3),
                     (const char *const[]){"拟用于", "拟用作", "拟投向", NULL}))
            return 1;
    return 0;
}

/* 1 when [lo,hi) holds a word of intent (w_plan), 拟 only as a verb */
static int intends(const wtext *W, size_t lo, size_t hi)
{
    for (int i = 0; w_plan[i]; i++)
        if (strcmp(w_plan[i], "拟") != 0 && has(W, lo, hi, w_plan[i])) return 1;
    for (size_t p = lo; (p = find(W, p, hi, "拟")) != (size_t)-1; p++)
        if (intent_ni(W, lo, p)) return 1;
    return 0;
}

/* 1 when an organization of mentions [a,b) is the subject of a verb of
 * raising (Y今年2月拿了N, Y完成…): the round is its own */
static int raised_itself(const ctx *c, size_t a, size_t b, size_t hi, const int *role)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || venue(v) || role[i - a] == R_SKIP) continue;
        size_t q = v->m->end;
        for (size_t k = a; k < b; k++) /* (past a time: Y今年2月拿了) */
            if (c->vals[k].m->type == ZD_DATE && c->vals[k].m->start == q) q = c->vals[k].m->end;
        if (has_any(W, q, fwd_chars(t, hi, q, 3),
                    (const char *const[]){"拿", "完成", "获", "融", "签完", NULL}))
            return 1;
        /* (… or of a short clause before it, the topic the next one goes on
         * about: Halvex很强,去年拿了N的B轮) */
        size_t cm = find(W, v->m->end, fwd_chars(t, hi, v->m->end, 6), ",");
        if (cm == (size_t)-1 || org_in(c, a, b, v->m->end, cm)) continue;
        q = cm + 1;
        for (size_t k = a; k < b; k++)
            if (c->vals[k].m->type == ZD_DATE && c->vals[k].m->start == q) q = c->vals[k].m->end;
        if (q > cm + 1 &&
            has_any(W, q, fwd_chars(t, hi, q, 2), (const char *const[]){"拿", "完成", "获", NULL}))
            return 1;
    }
    return 0;
}

/* 1 when the sentence [lo,hi), mentions [a,b), opens with 其中 or has a
 * clause that does (…跟投,其中Y投了N), and its money is all in that clause
 * or after it, or names an investor of this round who gives (本轮由Y领投,
 * 投资金额N): an investor's share of the round told, when less than it */
static int share_clause(const ctx *c, size_t a, size_t b, size_t lo, size_t hi)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    size_t p = lo;
    /* (本轮由Y领投,投资金额N; Y在本轮中投资N: an investor's part of it) */
    int this_round =
        has_any(W, lo, hi, (const char *const[]){"本轮", "本輪", "此轮", "此輪", NULL});
    for (size_t i = a; i < b && this_round; i++)
        if (c->vals[i].m->type == ZD_ORG &&
            has_any(W, c->vals[i].m->end, hi,
                    (const char *const[]){"领投", "領投", "投资", "投資", "出资", "出資", NULL}))
            return 1;
    /* (6.5亿元中有3亿元来自Y: a part of the total just told) */
    for (size_t i = a; i < b; i++)
        if (c->vals[i].m->type == ZD_MONEY && at(t, hi, c->vals[i].m->end, "中有")) return 1;
    if (!at(t, hi, lo, "其中")) {
        p = find(W, lo, hi, ",其中");
        if (p == (size_t)-1) return 0;
    }
    for (size_t i = a; i < b; i++)
        if (c->vals[i].m->type == ZD_MONEY && c->vals[i].m->start < p) return 0;
    return 1;
}

/* 1 when the deal word at trig buys what a pronoun points back to:
 * 收购后者100%股权, 收购其100%股权 (其他 and 其它 are no pronoun). */
static int latter_bought(const wtext *W, const char *t, size_t hi, size_t trig)
{
    if (has(W, trig, fwd_chars(t, hi, trig, 4), "后者")) return 1;
    size_t we = deal_word_end(t, hi, trig);
    return at(t, hi, we, "其") && !at(t, hi, we, "其他") && !at(t, hi, we, "其它");
}

/* 1 when org i (at s) follows 获得 and a descriptor of its kind, no
 * other name or comma between (获得欧洲基础设施基金Y 2亿欧元的股权投资) */
static int got_from_described(const ctx *c, size_t a, size_t i, size_t lo, size_t s)
{
    const wtext *W = &c->w;
    const char *t = c->t;
    size_t g = find(W, back_chars(t, lo, s, 16), s, "获得");
    if (g == (size_t)-1 || has(W, g, s, ",")) return 0;
    for (size_t j = a; j < i; j++)
        if (c->vals[j].m->type == ZD_ORG && c->vals[j].m->start > g) return 0;
    return has_any(W, back_chars(t, lo, s, 2), s,
                   (const char *const[]){"基金", "机构", "资本", "集团", "银行", "巨头", NULL});
}

/* The 公司 (the company the article is about) of [lo, lim) that is no
 * part of a name: the first, or when that one opens no clause, the first
 * that does (这并非公司首次通过并购扩张,2024年11月,公司曾以N收购Y: the
 * second is the deal's subject). (size_t)-1 if none. */
static size_t company_word(const ctx *c, size_t a, size_t b, size_t lo, size_t lim)
{
    const wtext *W = &c->w;
    const char *t = c->t;
    size_t gen = find(W, lo, lim, "公司");
    while (gen != (size_t)-1 && in_org(c, a, b, gen))
        gen = find(W, gen + 1, lim, "公司");
    if (gen == (size_t)-1 || gen == lo ||
        has_any(W, back_chars(t, lo, gen, 1), gen,
                (const char *const[]){",", ":", "该", "本", "家", NULL}))
        return gen;
    for (size_t g = gen; (g = find(W, g + 1, lim, "公司")) != (size_t)-1;)
        if (!in_org(c, a, b, g) &&
            has_any(W, back_chars(t, lo, g, 1), g, (const char *const[]){",", ":", NULL}))
            return g;
    return gen;
}

/* The filer of a filing's story: the first company before byte lim that
 * 发布公告/公告称, past the brackets of its short name (X(以下简称“Y”)发布
 * 公告称), or -1. */
static long filer_company(const ctx *c, size_t lim)
{
    for (size_t i = 0; i < c->nv && c->vals[i].m->start < lim; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG) continue;
        size_t q = past_bracket(c->t, c->n, v->m->end, 80);
        if (at(c->t, c->n, q, "发布公告") || at(c->t, c->n, q, "公告称") ||
            at(c->t, c->n, q, "公告,"))
            return (long)i;
    }
    return -1;
}

/* 1 when the sentence's only IPO word is the prospectus it reads a round
 * from (招股书亦披露,X于2021年完成由Y领投的B轮融资): the deal is the round,
 * not a listing. p is the first IPO word, or (size_t)-1. */
static int prospectus_cites_round(const ctx *c, size_t a, size_t b, size_t lo, size_t hi, size_t p,
                                  int listing)
{
    const wtext *W = &c->w;
    static const char *const docs[] = {"招股说明书", "招股书", "招股章程", NULL};
    if (p == (size_t)-1 || listing) return 0;
    size_t l = 0;
    for (int k = 0; docs[k] && !l; k++)
        if (at(c->t, hi, p, docs[k])) l = strlen(docs[k]);
    return l && trigger(c, a, b, p + l, hi, w_ipo) == (size_t)-1 && has(W, lo, hi, "融资") &&
           round_at(W, lo, hi) != (size_t)-1;
}

/* 1 when the sentence's only IPO word is the prospectus it reads other
 * facts from, with no money and no raising (招股文件显示,X上市前持股约14.2%):
 * no listing is told there. p is the first IPO word, or (size_t)-1. */
static int prospectus_tells_facts(const ctx *c, size_t a, size_t b, size_t lo, size_t hi, size_t p,
                                  int listing)
{
    static const char *const docs[] = {"招股说明书", "招股书", "招股章程", "招股文件", NULL};
    if (p == (size_t)-1 || listing) return 0;
    size_t l = 0;
    for (int k = 0; docs[k] && !l; k++)
        if (at(c->t, hi, p, docs[k])) l = strlen(docs[k]);
    if (!l || trigger(c, a, b, p + l, hi, w_ipo) != (size_t)-1 ||
        has_any(&c->w, lo, hi, w_proceeds) || has_any(&c->w, lo, hi, w_fund))
        return 0;
    for (size_t i = a; i < b; i++)
        if (c->vals[i].m->type == ZD_MONEY) return 0;
    return 1;
}

/* 1 when a and b are one amount told at two precisions: a summary's
 * 3.14亿元 for a filing's 31,365.00万元. The coarser of the two must keep
 * three figures or more (3亿元 and 3.2亿元 stay two amounts). */
static int same_rounded(double a, double b)
{
    if (a <= 0 || b <= 0 || a > 1e15 || b > 1e15) return 0;
    double unit = 1;
    for (double u = 10; u <= a && u <= b; u *= 10) {
        double qa = a / u, qb = b / u;
        if (qa != (double)(long long)qa && qb != (double)(long long)qb) break;
        unit = u;
    }
    double hi = a > b ? a : b, lo = a > b ? b : a;
    return unit <= lo / 100 && hi - lo <= unit / 2;
}

/* An investor of a round told before, its part told after it (Y是…旗下的投资
 * 机构,此次出资N; the round's N中有M来自Y): that is Y's own amount in the
 * round. 1 when the sentence said so and is done. */
static int own_part(ctx *c, size_t a, size_t b, size_t lo, size_t hi, zd_deals *out)
{
    const wtext *W = &c->w;
    const zd_value *who = NULL, *money = NULL, *total = NULL;
    size_t p = first_of(
        W, lo, hi, (const char *const[]){"此次出资", "本次出资", "本轮出资", "此轮出资", NULL});
    for (size_t i = a; i < b && p != (size_t)-1; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type == ZD_ORG && v->m->start < p && !who) who = v;
        if (v->m->type == ZD_MONEY && v->ok && v->money.has_value && v->m->start > p && !money)
            money = v;
    }
    /* ... or the total's part from it (N中有M来自Y) */
    for (size_t i = a; i + 2 < b && p == (size_t)-1 && !who; i++) {
        const zd_value *v = &c->vals[i], *m = &c->vals[i + 1], *y = &c->vals[i + 2];
        if (v->m->type == ZD_MONEY && v->ok && v->money.has_value &&
            at(c->t, hi, v->m->end, "中有") && m->m->type == ZD_MONEY && m->ok &&
            m->money.has_value && at(c->t, hi, m->m->end, "来自") && y->m->type == ZD_ORG &&
            y->m->start == m->m->end + strlen("来自"))
            total = v, money = m, who = y;
    }
    if (!who || !money) return 0;
    /* the latest round it is an investor of (none, when that one has its
     * part already) */
    char *nm = mname(c, who);
    zd_party *part = NULL;
    for (size_t j = out->n; j-- > 0 && !part;) {
        zd_deal *d = &out->v[j];
        if (strcmp(d->type, "funding")) continue;
        if (total &&
            !(d->has_amount && d->amount.has_value && d->amount.value == total->money.value &&
              !strcmp(d->amount.currency, total->money.currency)))
            continue;
        for (size_t k = 0; k < d->ninv && !part; k++)
            if (same_org(nm, d->inv[k].name)) part = &d->inv[k];
    }
    free(nm);
    if (!part || part->has_amount) return 0;
    part->has_amount = 1, part->amount = money->money;
    part->amount_text = mtext(c, money->m);
    return 1;
}

/* 1 when a money mention of [a,b) in [lo,hi) is not a tranche's (首期N,
 * 第二期N). */
static int untranched_money(const ctx *c, size_t a, size_t b, size_t lo, size_t hi)
{
    static const char *const parts[] = {"首期", "第一期", "第二期", "二期", "第三期", "首笔", NULL};
    for (size_t i = a; i < b; i++) {
        const zd_mention *m = c->vals[i].m;
        if (m->type != ZD_MONEY || m->start < lo || m->start >= hi) continue;
        if (!has_any(&c->w, back_chars(c->t, lo, m->start, 4), m->start, parts)) return 1;
    }
    return 0;
}

/* 1 when an organization of the mentions [a,b) in [lo,hi) is not the one
 * named name (NULL: any). */
static int other_org(const ctx *c, size_t a, size_t b, size_t lo, size_t hi, const char *name)
{
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG || v->m->start < lo || v->m->start >= hi) continue;
        char *vn = mname(c, v);
        int same = name && same_org(vn, name);
        free(vn);
        if (!same) return 1;
    }
    return 0;
}

static void sentence(ctx *c, size_t lo, size_t hi, zd_deals *out)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    size_t n = c->n;
    /* an interview's speaker label (问:, 许岚:) is no part of the sentence;
     * a flash's bracketed head (【X:拟N受让Y股权】) names its subject */
    int flash_head = at(t, hi, lo, "【");
    /* (the answer to a question: 外界说Y要收购你们呢? 贺晨:纯属谣言) */
    size_t qm = lo;
    while (qm > 0 && (t[qm - 1] == ' ' || t[qm - 1] == '\n'))
        qm--;
    int answers = qm > 0 && t[qm - 1] == '?';
    size_t label_lo = lo, label_hi = lo; /* the label cut off, if any */
    for (size_t q = lo, k = 0; q < hi && k < 6 && !flash_head; k++) {
        /* ... nor is a heading's category before a bar (五、并购|X收购Y),
         * where the line is no table row */
        if (t[q] == ':' || (t[q] == '|' && !memchr(t + q + 1, '|', hi - q - 1))) {
            if (k >= 1) label_hi = q, lo = q + 1;
            break;
        }
        if (((unsigned char)t[q]) < 0xE3) break; /* Han characters only */
        q = fwd_chars(t, hi, q, 1);
    }
    c->sent_lo = lo, c->sent_hi = hi;
    wtext_filter(c->wbits, t, lo, hi);
    c->w = (wtext){t, c->wbits, lo, hi};
    /* (a company that held no talks with the one rumored: 公司未与Y开展任何
     * 股权层面的洽谈) */
    if (has_any(W, lo, hi, w_denial) ||
        (has(W, lo, hi, "未与") &&
         has_any(W, lo, hi, (const char *const[]){"洽谈", "接触", "磋商", "谈判", NULL}))) {
        /* 有消息称X拟…。对此,X回应称…不属实: a rumor denied is no deal;
         * but 另有消息称Y获Z投资,Y回应称该消息不实 denies its own rumor */
        static const char *const opens_back[] = {"对此", "就此", "对于此", "针对此", NULL};
        static const char *const points_back[] = {
            "相关报道", "相关传闻", "相关消息", "该消息", "有关消息", "有关报道", "有关传闻",
            "上述消息", "上述报道", "该报道",   "此类",   "回应",     "上述传闻", NULL};
        size_t own = first_of(W, lo, hi, w_rumor), ptr = first_of(W, lo, hi, w_denial);
        /* a rumor the article told, however far back, is ended by a denial
         * that names one of its parties, calls it a rumor and names its kind
         * (关于美团收购公司股份的传闻不属实; X表示,未与任何机构就出售相关业务
         * 进行磋商,“上述传闻不属实”): a sale denied leaves a round rumored */
        const char *denied =
            has_any(W, lo, hi,
                    (const char *const[]){"收购", "出售", "控股权", "并购", "转让", NULL})
                ? "acquisition"
            : has_any(W, lo, hi, (const char *const[]){"融资", "入股", NULL}) ? "funding"
                                                                              : NULL;
        if (denied && has_any(W, lo, hi, (const char *const[]){"传闻", "传言", "网传", NULL}) &&
            has_any(W, lo, hi,
                    (const char *const[]){"不实", "不属实", "否认", "辟谣", "与事实不符",
                                          "与事实严重不符", "纯属", "臆测", NULL})) {
            size_t sa, sb;
            mentions_in(c, lo, hi, &sa, &sb);
            for (size_t j = 0; j < out->n; j++) {
                zd_deal *r = &out->v[j];
                if (r->background || strcmp(r->status, "rumored") != 0 || strcmp(r->type, denied))
                    continue;
                for (size_t i = sa; i < sb && !r->ended; i++)
                    if (c->vals[i].m->type == ZD_ORG && party_of(c, &c->vals[i], r)) r->ended = 1;
            }
        }
        /* a rumor denied before the article tells it (X否认了“Y拟收购公司
         * 控股权”的传闻。…有自媒体称,Y拟以N收购后者控股权): a rumor of
         * that kind about X, told anywhere, is no deal (called_off()) */
        const char *kind = denied;
        if (!kind && (has(W, lo, hi, "注资") || trigger(c, 0, 0, lo, hi, w_fund) != (size_t)-1))
            kind = "funding";
        /* (the companies named before the denial deny: not 而Y方面则从未
         * 就此作出回应 after it) */
        size_t no = first_of(
            W, lo, hi, (const char *const[]){"否认", "辟谣", "不实", "不属实", "与事实不符", NULL});
        if (kind && no != (size_t)-1 &&
            has_any(W, lo, hi,
                    (const char *const[]){"传闻", "传言", "网传", "流传", "一说", "说法", NULL})) {
            size_t sa, sb;
            mentions_in(c, lo, no, &sa, &sb);
            for (size_t i = sa; i < sb && c->ndenied < 8; i++)
                if (c->vals[i].m->type == ZD_ORG && !venue(&c->vals[i]) && !c->vals[i].relative) {
                    c->denied_kind[c->ndenied] = kind;
                    c->denied[c->ndenied++] = &c->vals[i];
                }
        }
        size_t f = first_of(W, lo, hi, points_back);
        if (f < ptr) ptr = f;
        f = first_of(W, lo, hi, opens_back);
        if (f < ptr) ptr = f;
        /* the claim is told before the denial, deal word and all */
        if (own < ptr && (has_any(W, own, ptr, w_fund) || has_any(W, own, ptr, w_acq))) return;
        /* ... and a denial by a company of no part in the deal told last
         * denies another rumor, one that made no deal */
        size_t da, db; /* (the denier: a name before the denial) */
        mentions_in(c, lo, ptr < hi ? ptr : hi, &da, &db);
        if (c->last >= 0 && c->sent - c->last_sent <= 2 &&
            !own_object_ended(c, &out->v[c->last], da, db, (size_t)-1) &&
            (strcmp(out->v[c->last].status, "rumored") == 0 ||
             strcmp(out->v[c->last].status, "planned") == 0) &&
            (has_any(W, lo, fwd_chars(t, hi, lo, 4), opens_back) ||
             has_any(W, lo, hi, points_back) || answers))
            out->v[c->last].ended = 1; /* a denial that points back at it */
        return;
    }
    size_t a, b;
    mentions_in(c, lo, hi, &a, &b);
    /* a deal called off (X宣布终止该笔收购; 谈判最终告吹): the contract
     * has no status for it, so the deal told just before is not reported,
     * and neither is one this sentence tells */
    /* ... but a company bought whole 将终止上市 (is delisted) after it: the
     * deal's consequence, told in the future, calls nothing off */
    size_t end_w = find(W, lo, hi, "终止");
    int delisted =
        end_w != (size_t)-1 && at(t, hi, end_w + strlen("终止"), "上市") &&
        has_any(W, lo, end_w, (const char *const[]){"完成后", "将", NULL}) &&
        !has_any(W, lo, hi,
                 (const char *const[]){"告吹", "宣告失败", "取消收购", "放弃收购", "撤回", NULL});
    int ended = !delisted && has_any(W, lo, hi, w_ended);
    /* 撤回发行上市申请, 终止对X的审核: the IPO the article tells is off,
     * unless the sentence names only others (拟在科创板上市的Y已撤回上市申请) */
    if (ended && has_any(W, lo, hi,
                         (const char *const[]){"上市申请", "IPO", "审核", "首次公开发行", NULL})) {
        int named = 0;
        for (size_t i = a; i < b; i++)
            if (c->vals[i].m->type == ZD_ORG && !venue(&c->vals[i])) {
                named = 1;
                if (c->noff < 8) c->off_of[c->noff++] = &c->vals[i];
            }
        if (!named) c->ipo_off = 1;
    }
    if (ended) {
        /* ... talks of another kind called off (小米曾与X接触,讨论全资收购的
         * 可能,…谈判最终终止, after X's round) leave the last deal be */
        /* (终止本次重组: a restructuring is an acquisition; so is buying a
         * stake, 终止…购买Y100%股权) */
        const char *kind = trigger(c, a, b, lo, hi, w_acq) != (size_t)-1 ||
                                   has(W, lo, hi, "重组") ||
                                   (has(W, lo, hi, "购买") && has(W, lo, hi, "股权"))
                               ? "acquisition"
                           : trigger(c, a, b, lo, hi, w_fund) != (size_t)-1 ? "funding"
                                                                            : NULL;
        /* 终止筹划收购X控制权: X's purchase is off, also where the article
         * recalls its plan after (X曾于6月初披露,拟…收购X 51%股权) */
        if (kind && !strcmp(kind, "acquisition") && end_w != (size_t)-1)
            for (size_t i = a; i < b; i++)
                if (c->vals[i].m->type == ZD_ORG && !venue(&c->vals[i]) &&
                    c->vals[i].m->start > end_w &&
                    c->vals[i].m->start < clause_end(t, n, hi, end_w) && c->nsold_off < 8)
                    c->sold_off[c->nsold_off++] = &c->vals[i];
        /* 终止…购买Y100%股权并募集配套资金事项: the buyer's raise to pay for
         * it is off with the purchase */
        if (end_w != (size_t)-1 &&
            has_any(W, end_w, hi, (const char *const[]){"配套资金", "配套融资", NULL}))
            for (size_t i = a; i < b; i++)
                if (c->vals[i].m->type == ZD_ORG && !venue(&c->vals[i]) &&
                    c->vals[i].m->start < end_w && c->nraise_off < 8)
                    c->raise_off[c->nraise_off++] = &c->vals[i];
        if (c->last >= 0 && c->sent - c->last_sent <= 2 &&
            !own_object_ended(c, &out->v[c->last], a, b, end_w) &&
            (!kind || !strcmp(out->v[c->last].type, kind) ||
             !strcmp(out->v[c->last].type, "contract") || !strcmp(out->v[c->last].type, "ipo")))
            out->v[c->last].ended = 1;
        return;
    }
    if (b - a > MAXM) b = a + MAXM;
    if (own_part(c, a, b, lo, hi, out)) return;
    /* an interviewer's question, labelled by its outlet's name (锐见Pro:市场上
     * 一直有消息说X在融资,能确认一下吗?), tells no deal and names no party;
     * the answer does */
    if (hi < n && t[hi] == '?' && a < b && c->vals[a].m->type == ZD_ORG &&
        c->vals[a].m->start <= fwd_chars(t, hi, lo, 1) && at(t, hi, c->vals[a].m->end, ":"))
        return;
    /* ---- the kind of deal, from its word */
    const char *type = NULL;
    size_t trig = (size_t)-1, p;
    int ipo_listing = 0, bare_answer = 0; /* (bare_answer: an answer's round, its subject unsaid) */
    size_t ex = first_of(W, lo, hi, w_exchange);
    size_t sh = find(W, lo, hi, "上市");
    /* (a listed company, 上市公司, lists nothing) */
    while (sh != (size_t)-1 && at(t, hi, sh + strlen("上市"), "公司"))
        sh = find(W, sh + 1, hi, "上市");
    if (ex != (size_t)-1 && (sh != (size_t)-1 || has(W, lo, hi, "挂牌"))) ipo_listing = 1;
    if (ex != (size_t)-1 && (has(W, lo, hi, "登陆") || has(W, lo, hi, "挂牌交易"))) ipo_listing = 1;
    /* a company's shares that trade on an exchange (关于X:…公司股票在深交所创业板
     * 挂牌交易) tell what it is, not a listing: one is told with its time */
    size_t stock = find(W, lo, hi, "股票在");
    if (ipo_listing && stock != (size_t)-1) {
        size_t cs = clause_start(t, n, lo, stock), ce = clause_end(t, n, hi, stock);
        int dated = has_any(W, cs, ce,
                            (const char *const[]){"于", "今日", "今天", "将", "正式", "首日",
                                                  "成功", "拟", "计划", "启动", NULL});
        for (size_t i = a; i < b; i++)
            dated |= c->vals[i].m->type == ZD_DATE && c->vals[i].m->start >= cs &&
                     c->vals[i].m->start < ce;
        if (!dated) ipo_listing = 0;
    }
    /* a first day of trading names its exchange by no word (首日挂牌的X) */
    if (has_any(W, lo, hi, (const char *const[]){"首日挂牌", "挂牌首日", "首日上市", "首挂", NULL}))
        ipo_listing = 1;
    /* 在被X收购前/之后,Y完成…融资: the deal word of a time clause is not the
     * sentence's deal */
    size_t acq = trigger(c, a, b, lo, hi, w_acq);
    if (acq != (size_t)-1 && has(W, clause_start(t, n, lo, acq), back_chars(t, lo, acq, 3), "在") &&
        has_any(W, acq, fwd_chars(t, clause_end(t, n, hi, acq), acq, 6),
                (const char *const[]){"前", "之前", "后", "之后", "以后", "以前", NULL}) &&
        trigger(c, a, b, clause_end(t, n, hi, acq), hi, w_fund) != (size_t)-1)
        acq = (size_t)-1;
    /* 购买Y(70%的)股权, 以N取得Y100%股权: buying a stake */
    /* (not the stake an investment buys: 获Y策略投资,Y取得约19.9%股权; Y向其
     * 进行了N的战略投资,取得少数股权, the stake's clause with no subject) */
    for (int k = 0; acq == (size_t)-1 && stake_verbs[k]; k++) {
        size_t g = find(W, lo, hi, stake_verbs[k]);
        size_t f = g != (size_t)-1 ? trigger(c, a, b, lo, g, w_fund) : (size_t)-1;
        /* (nor the stake a capital increase gives: 以增资扩股方式引入Y,后者以N
         * 认缴新增注册资本,取得8%股权) */
        if (g != (size_t)-1 && has(W, g, clause_end(t, n, hi, g), "股权") &&
            (f == (size_t)-1 || (!has(W, lo, f, "获") && clause_start(t, n, lo, g) != g)) &&
            !has_any(W, lo, hi,
                     (const char *const[]){"增资扩股", "新增注册资本", "增资入股", NULL}) &&
            /* (Y以N对X增资,取得其9%的股权) */
            !has(W, lo, g, "增资"))
            acq = g;
    }
    if ((p = acq) != (size_t)-1) {
        type = "acquisition", trig = p;
    } else if (((p = trigger(c, a, b, lo, hi, w_ipo)) != (size_t)-1 || ipo_listing) &&
               !has(W, lo, hi, "Pre-IPO") && !has(W, lo, hi, "pre-IPO") &&
               !prospectus_cites_round(c, a, b, lo, hi, p, ipo_listing) &&
               !prospectus_tells_facts(c, a, b, lo, hi, p, ipo_listing)) {
        type = "ipo", trig = p != (size_t)-1 ? p : (ex < sh ? ex : sh);
    } else if ((p = trigger(c, a, b, lo, hi, w_fund)) != (size_t)-1) {
        type = "funding", trig = p;
    } else if ((p = find(W, lo, hi, "投入")) != (size_t)-1 &&
               has(W, back_chars(t, lo, p, 14), p, "向")) {
        type = "funding", trig = p; /* Y向X投入N */
    } else if ((p = trigger(c, a, b, lo, hi, w_contract)) != (size_t)-1 &&
               /* (not the agreement of a round the sentence names: 是B+轮,
                * 上个月底签完的协议,总额N) */
               !(at(t, hi, p, "协议") && round_at(W, lo, hi) != (size_t)-1) &&
               /* (nor a bank's credit line or guarantee for orders: 为保障订单
                * 执行,Y已与Z银行签订预付款保函授信协议) */
               !has_any(W, lo, hi, (const char *const[]){"授信", "保函", NULL})) {
        type = "contract", trig = p;
    } else if ((p = find(W, lo, hi, "参与")) != (size_t)-1 &&
               round_of(W, p, clause_end(t, n, hi, p))) {
        type = "funding", trig = p; /* Y参与了X的天使轮 */
    } else if ((p = first_of(W, lo, hi,
                             (const char *const[]){"拿到", "拿下", "拿了", "完成", "获得",
                                                   /* (我们上个月底签完了A轮) */
                                                   "签完", "交割完", NULL})) != (size_t)-1 &&
               round_of(W, p, clause_end(t, n, hi, p)) &&
               (has_any(W, lo, p, (const char *const[]){"我们", "公司", NULL}) ||
                /* (an answer's clause with only its time before the verb:
                 * 2021年拿了天使轮) */
                (timed_only(c, a, b, clause_start(t, n, lo, p), p) && in_answer(c, lo, hi) &&
                 (bare_answer = 1)) ||
                /* (not a heading's descriptor after its label: X:宠物健康App拿下…) */
                (a < b && c->vals[a].m->start < p && label_hi == label_lo))) {
        type = "funding", trig = p; /* 我们拿到了Y数千万元的天使轮: a subject before */
    }
    /* a round an interview's answer tells by its name and money, with no
     * verb of raising (8月底签完的,B+轮,一共N; A轮是2023年3月,N,Y领投):
     * the speaker's company raised it, its amount vague too (2019年的天使轮,
     * 几百万元); not a total to date (加上天使轮,我们累计融资N) */
    int answer_round = 0;
    /* (… or whose only deal word is its lead's, with no name before the
     * round: 2022年那轮A轮N是Y领投的) */
    size_t rp = round_at(W, lo, hi);
    /* (… or whose round the question just asked names: 问:天使轮是什么时候?
     * 何屿:去年3月,1500万元,X一家投的) */
    const char *asked = NULL;
    if (rp == (size_t)-1 && answers) {
        size_t qs = qm - 1;
        while (qs > 0 && t[qs - 1] != '\n' && qm - qs < 200)
            qs--;
        asked = round_of(W, qs, qm - 1);
        if (asked) rp = lo;
    }
    int led_only =
        type && !strcmp(type, "funding") &&
        (has_any(W, trig, fwd_chars(t, hi, trig, 2), (const char *const[]){"领投", "跟投", NULL}) ||
         at(t, hi, trig, "一家投的") || at(t, hi, trig, "独家投的") ||
         /* (A轮是在2022年,N,Y独家投资的) */
         (has(W, back_chars(t, lo, trig, 2), trig, "独家") &&
          at(t, hi, trig + strlen("投资"), "的"))) &&
        rp != (size_t)-1 && rp < trig && !org_in(c, a, b, lo, rp) &&
        /* (… or told as a cleft: A轮是2021年拿的,N,Y领投) */
        !has_any(W, lo, hi,
                 (const char *const[]){"完成", "获", "拿到", "拿下", "拿了", "拿过", "签完", "融资",
                                       NULL});
    if ((!type || led_only) && in_answer(c, lo, hi) && (p = rp) != (size_t)-1) {
        if (led_only) type = NULL;
        for (size_t i = a; i < b && !type; i++) {
            const zd_value *v = &c->vals[i];
            if (v->m->type == ZD_MONEY && v->ok &&
                (v->money.has_value || (v->money.has_min && v->money.has_max)) &&
                !money_blocked(c, "funding", clause_start(t, n, lo, v->m->start),
                               clause_end(t, n, hi, v->m->start), v->m, &v->money) &&
                !has(W, back_chars(t, lo, v->m->start, 4), v->m->start, "估值"))
                type = "funding", trig = p, answer_round = 1;
        }
        if (led_only && !type) type = "funding";
    }
    answer_round |= bare_answer;
    /* ... and so is one whose investors' words made it a round already
     * (对,上个月刚刚完成A+轮,金额是N,由Y领投): its clause has only its time
     * before the verb */
    if (!answer_round && type && !strcmp(type, "funding") && rp != (size_t)-1 &&
        !org_in(c, a, b, lo, rp)) {
        size_t v =
            first_of(W, clause_start(t, n, lo, rp), rp,
                     (const char *const[]){"完成", "拿到", "拿下", "拿了", "签完", "交割完", NULL});
        if (v != (size_t)-1 && timed_only(c, a, b, clause_start(t, n, lo, v), v) &&
            in_answer(c, lo, hi))
            answer_round = 1;
    }
    /* the terms of a deal the article has just told ended (…决定终止今年6月
     * 签署的投资协议。根据当时的约定,Y拟向X投资N) are no deal: what was
     * once agreed, not what happens */
    if (type &&
        has_any(W, lo, hi,
                (const char *const[]){"当时的约定", "原约定", "原拟", "原计划", "原定", NULL}) &&
        has_any(W, back_chars(t, 0, lo, 120), lo, w_ended))
        return;
    /* a company's answer to a rumor it quotes (针对近期市场流传的“Y拟以N收购
     * X”一事作出回应) tells no deal of its own; the deal word is the quoted
     * rumor's (an answer that tells one, 回应称已完成N融资, still does) */
    size_t about = find(W, lo, hi, "针对");
    size_t oq = about != (size_t)-1 && trig != (size_t)-1 && trig < hi
                    ? last_of(W, about, trig, (const char *const[]){"“", NULL})
                    : (size_t)-1;
    if (type && oq != (size_t)-1 && !has(W, oq, trig, "”") && has(W, trig, hi, "”") &&
        has_any(W, about, oq, (const char *const[]){"流传", "传闻", "传言", "报道", NULL}) &&
        has_any(W, lo, hi, (const char *const[]){"回应", "澄清", NULL}))
        return;
    /* a profit promised (业绩承诺方承诺,标的公司…净利润分别不低于N) is no
     * deal and tells none; a deal told before it (X曾以N收购Y,Y此后完成了
     * 业绩承诺) still is */
    size_t promise = find(W, lo, hi, "承诺");
    if (promise != (size_t)-1 && (trig == (size_t)-1 || trig > promise) &&
        has_any(W, lo, hi, (const char *const[]){"净利润", "利润", "业绩承诺", NULL}))
        return;
    /* a fund's investors and what they commit (基金的出资人包括A、B,其中B认缴
     * N): the fund raises money, no company does */
    if (type && has_any(W, lo, hi, (const char *const[]){"出资人", "有限合伙人", NULL}) &&
        has(W, lo, hi, "基金"))
        return;
    /* ... and so are commitments to a fund its manager shares in (其中,Y认缴
     * 出资N,…;作为基金管理人,Z按1%比例出资N) or a fund of funds makes */
    if (type && has(W, lo, hi, "认缴") &&
        has_any(W, lo, hi, (const char *const[]){"基金管理人", "母基金", "管理人", "LP", NULL}))
        return;
    /* an agreement with a government to build a project (与开发区管委会签署
     * 协议,规划建设总投资N的产线项目) is no contract: nobody buys */
    if (type && !strcmp(type, "contract") &&
        has_any(W, lo, hi, (const char *const[]){"管委会", "管理委员会", "人民政府", NULL}) &&
        has_any(W, lo, hi, (const char *const[]){"总投资", "项目", NULL}))
        type = NULL, trig = (size_t)-1;
    /* a carmaker's nomination (定点) is an order only with its value told
     * in the sentence (获得Y的…定点,生命周期总金额约N); 已获得多家车企的
     * 车型定点 counts a maker's customers */
    if (type && !strcmp(type, "contract") && at(t, hi, trig, "定点")) {
        int priced = 0;
        for (size_t i = a; i < b; i++)
            priced |= c->vals[i].m->type == ZD_MONEY && c->vals[i].ok;
        /* (its value may come a sentence or two on: 预计生命周期总金额约N) */
        if (has(W, lo, hi, "累计") || (!priced && !has(W, lo, hi, "通知"))) return;
    }
    /* a count of companies listed (已投项目中有6家登陆科创板) is a tally,
     * no offer */
    if (type && !strcmp(type, "ipo") && trig < hi &&
        counted(W, clause_start(t, n, lo, trig), trig, (const char *const[]){"家", NULL}))
        return;
    /* a rumor told again after its denial (…回应称,该消息为不实传闻。
     * 据了解,相关传闻…称腾讯将收购X) is no deal */
    if (type &&
        has_any(W, lo, hi,
                (const char *const[]){"相关传闻", "该传闻", "上述传闻", "此传闻", NULL}) &&
        has_any(W, 0, c->n, w_denial))
        return;
    /* a count of rounds (已累计完成5轮融资, 共进行过6轮融资) or of deals
     * (核准投资案件逾60件) sums up a history: no one deal, unless the
     * sentence tells who led one */
    if (type &&
        ((strcmp(type, "funding") == 0 && rounds_counted(W, lo, hi)) || deals_counted(W, lo, hi)) &&
        !has_any(W, lo, hi, (const char *const[]){"领投", "跟投", "独家投资", "其中", NULL}))
        return;
    if (type && !strcmp(type, "funding") && own_spending(c, a, b, lo, hi, trig)) return;
    /* a parent's capital for its own wholly owned unit (拟以自有资金N对全资子公司
     * Y进行增资,用于…建设) moves money inside a group: no deal */
    if (type && !strcmp(type, "funding") &&
        has_any(W, lo, hi,
                (const char *const[]){"对全资子公司", "向全资子公司", "对其全资子公司",
                                      "向其全资子公司", NULL}) &&
        has_any(W, lo, hi, (const char *const[]){"增资", "注资", NULL}))
        return;
    /* a question about its own deal word (禾趣自己会考虑并购吗?) asks, it
     * tells none; a fact before the question's clause still tells (同行X前段时间
     * 被Y收购了,你怎么看?) */
    if (hi < n && t[hi] == '?' && trig != (size_t)-1 && trig < hi &&
        has_any(
            W, clause_start(t, n, lo, trig), clause_end(t, n, hi, trig),
            (const char *const[]){"吗", "呢", "是否", "能否", "会不会", "有没有", "可否", NULL}))
        return;
    /* cornerstone investors subscribe to an IPO: part of it, not a round */
    int cornerstone = 0;
    /* (… also after the paragraph said so: 是次招股引入三名基石投资者…。
     * 其中,X认购N,Y认购N) */
    if (type && strcmp(type, "funding") == 0 &&
        (has_any(W, lo, hi, (const char *const[]){"基石投资", "发售股份", NULL}) ||
         (has(W, lo, hi, "认购") && has(W, back_chars(t, para_start(t, lo), lo, 120), lo, "基石"))))
        type = NULL, cornerstone = 1;
    /* 此次收购, 本轮融资, 收购后: the deal word names a deal already told */
    const char *told = NULL; /* the kind of deal it names */
    if (type && trig < hi) {
        size_t pb = back_chars(t, lo, trig, 2);
        size_t wl = deal_word_end(t, hi, trig);
        if (has_any(W, pb, trig,
                    (const char *const[]){"此次", "本次", "这笔", "这次", "该", "此轮", NULL}) ||
            after_deal_word(W, hi, wl, fwd_chars(t, hi, wl, 3)))
            if (!has_any(W, lo, hi, (const char *const[]){"融资", "领投", "跟投", NULL}) ||
                strcmp(type, "funding") != 0) {
                /* …获得X领投的A轮融资,这被视为此次收购的前奏: the round is news */
                size_t fp = strcmp(type, "funding") ? trigger(c, a, b, lo, hi, w_fund) : (size_t)-1;
                told = type;
                type = NULL;
                if (fp != (size_t)-1 &&
                    has_any(W, lo, hi, (const char *const[]){"融资", "领投", "跟投", NULL}))
                    type = "funding", trig = fp;
            }
    }
    /* 本次吸收合并的交易作价… after the merger's supporting issue was told:
     * the sentence goes on about the deal of the kind it names */
    if (!type && told && c->last > 0 && c->sent - c->last_sent <= 2 &&
        strcmp(out->v[c->last].type, told) != 0)
        for (long j = c->last - 1; j >= 0 && j >= c->last - 2; j--)
            if (!strcmp(out->v[j].type, told) && !out->v[j].ended) {
                c->last = j;
                break;
            }
    int recent = c->last >= 0 && c->sent - c->last_sent <= 2;
    /* 该项目…预计生命周期总金额约N,计划于…开始供货: the value of the
     * nomination just told, whose supplying the sentence goes on about */
    if (type && !strcmp(type, "contract") && lifetime_value(c, out, recent, lo, hi)) type = NULL;
    /* ... of the offer the article told, however far back (基石投资者方面,
     * X与Y合计认购N的发售股份,其中X认购N1) */
    for (size_t j = out->n; cornerstone && !recent && j-- > 0;)
        if (!strcmp(out->v[j].type, "ipo")) {
            c->last = (long)j;
            recent = 1;
        }
    /* a sentence that names a deal's target and gives an amount goes on
     * about that deal, however far back it was told (柏翎科技是次全球发售…,
     * 集资总额约31亿港元); the named rule below decides which deal */
    int money = 0;
    for (size_t i = a; i < b; i++)
        money |= c->vals[i].m->type == ZD_MONEY && c->vals[i].ok;
    for (size_t i = a; i < b && !type && !recent && money; i++) {
        if (c->vals[i].m->type != ZD_ORG) continue;
        char *nm = mname(c, &c->vals[i]);
        for (size_t j = 0; j < out->n && !recent; j++)
            if (same_org(out->v[j].target.name, nm)) recent = 1;
        free(nm);
    }
    /* (an answer that tells exactly the vague amount of the deal told,
     * 外界只知道是“亿元级”? 准确地说是N,A轮: that deal's words, below) */
    /* (… but not one that names another round: A轮是在2022年,N,Y独家投资的
     * after 我们完成了B轮融资,金额是数亿元) */
    const char *answer_rd = answer_round ? round_of(W, lo, hi) : NULL;
    if (answer_round && !answer_rd) answer_rd = asked;
    if (answer_round && recent && !strcmp(out->v[c->last].type, "funding") &&
        out->v[c->last].has_amount &&
        !(out->v[c->last].amount.has_value && !out->v[c->last].amount.approx) &&
        !(answer_rd && out->v[c->last].round && strcmp(answer_rd, out->v[c->last].round)))
        type = NULL, answer_round = 0;
    if (!type && !recent) return;
    if (!type) trig = hi;
    /* a round named in words about it (“这一轮是B轮,投后估值…”): the
     * article's news round, when the deal told did not name it */
    if (!type) {
        size_t q = first_of(W, lo, hi,
                            (const char *const[]){"这一轮是", "这轮是", "本轮是", "本轮为",
                                                  "此轮为", "这一轮为", NULL});
        const char *r = q != (size_t)-1 ? round_of(W, q, fwd_chars(t, hi, q, 10)) : NULL;
        for (size_t j = 0; r && j < out->n; j++)
            if (!out->v[j].background && !strcmp(out->v[j].type, "funding")) {
                if (!out->v[j].round) out->v[j].round = r;
                break;
            }
    }
    /* a loan that finances the deal's asset (本批船舶融资由Y牵头安排) adds no
     * party to the deal told before: its lender lends (but 交易对价约N,以自有
     * 资金及并购贷款支付 still gives the price) */
    if (!type && !money &&
        has_any(W, lo, hi,
                (const char *const[]){"船舶融资", "项目融资", "融资租赁", "银团", "贷款", NULL}))
        return;

    /* ---- organizations and their roles */
    int role[MAXM] = {0}, lead[MAXM], weak_inv[MAXM] = {0};
    const zd_value *target = NULL;
    int by_subject = 0;          /* the target is only the sentence's subject */
    int obj_target = 0;          /* the target is the object of the deal verb */
    size_t brought = (size_t)-2; /* the last organization 引入/引进 brought in */
    int dui_pron = 0;            /* Y对其…投资: the target is the sentence's subject */
    for (size_t i = 0; i < MAXM; i++)
        lead[i] = -1;
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_ORG) continue;
        size_t s = v->m->start, e = v->m->end, k = i - a;
        /* a subscriber's short name in its brackets (向包括Y集团有限公司(下称
         * “Y”)在内的…) is the subscriber already placed, no other */
        if (i > a && c->vals[i - 1].m->type == ZD_ORG && role[k - 1] == R_INV &&
            has(W, back_chars(t, lo, c->vals[i - 1].m->start, 12), c->vals[i - 1].m->start, "向") &&
            s <= fwd_chars(t, hi, c->vals[i - 1].m->end, 10) &&
            has_any(W, c->vals[i - 1].m->end, s, (const char *const[]){"简称", "下称", NULL})) {
            role[k] = R_SKIP;
            continue;
        }
        /* the sellers of a filing (卖方) are no party: what they sell is */
        if (e - s <= 9 &&
            has_any(W, s, e, (const char *const[]){"卖方", "出售方", "转让方", NULL})) {
            role[k] = R_SKIP;
            continue;
        }
        if (v->relative) {
            role[k] = R_SKIP; /* 谷歌母公司Alphabet: Google names no party */
            continue;
        }
        /* a project's name in quotes (Y“肇庆…储能电站”储能系统采购项目) is
         * no party */
        if (s >= 3 && at(t, n, s - 3, "“") && at(t, n, e, "”") &&
            has(W, e, fwd_chars(t, hi, e, 14), "项目")) {
            role[k] = R_SKIP;
            continue;
        }
        /* X的母公司 (named by its parent, see normalize.c): read past it */
        for (int w = 0; w < 2; w++)
            if (has_any(W, e, fwd_chars(t, hi, e, w ? 4 : 3),
                        (const char *const[]){w ? "的母公司" : "母公司", w ? "之母公司" : "父公司",
                                              NULL}))
                e = fwd_chars(t, hi, e, w ? 4 : 3);
        /* X(English name) 领投, X二期(…) 领投: read past them */
        if (has_any(W, e, fwd_chars(t, hi, e, 2),
                    (const char *const[]){"一期", "二期", "三期", NULL}))
            e = fwd_chars(t, hi, e, 2);
        if (e + 1 < hi && t[e] == '(' && ((t[e + 1] | 32) >= 'a' && (t[e + 1] | 32) <= 'z')) {
            size_t q = e + 1;
            while (q < hi && q < e + 80 && t[q] != ')')
                q++;
            if (q < hi && t[q] == ')') e = q + 1;
        }
        /* JAFCO Group领投: read past the Latin words the name was cut from */
        for (int w = 0; w < 3 && e + 1 < hi && t[e] == ' ' && isalnum((unsigned char)t[e - 1]) &&
                        isupper((unsigned char)t[e + 1]);
             w++) {
            size_t q = e + 1;
            while (q < hi && isalpha((unsigned char)t[q]))
                q++;
            e = q;
        }
        size_t ce = clause_end(t, n, hi, e);
        size_t before = back_chars(t, lo, s, 4);
        size_t near = fwd_chars(t, hi, e, 4);
        /* exchanges and regulators are where a deal happens, not parties;
         * a source of data (天眼查显示, 据IT桔子统计) reports it */
        if (venue(v) ||
            /* a medium as the subject of 获悉 (浪尖科技获悉,…) */
            (has_any(W, e, fwd_chars(t, hi, e, 5),
                     (const char *const[]){"获悉", "了解到", "独家获悉", "援引", NULL}) &&
             (clause_start(t, n, lo, s) == s ||
              /* (「X」获悉: a medium's name in corner brackets) */
              has_any(W, back_chars(t, lo, s, 1), s,
                      (const char *const[]){"据", "《", "「", "“", NULL}))) ||
            (has_any(W, e, fwd_chars(t, hi, e, 4),
                     (const char *const[]){"显示", "数据显示", "统计", "的数据", "数据", "报告",
                                           "调研", "工商信息", NULL}) &&
             /* (X数据中心项目 is what X tenders, not X's data) */
             !has(W, e, fwd_chars(t, hi, e, 4), "数据中心")) ||
            has(W, back_chars(t, lo, s, 1), s, "据")) {
            role[k] = R_SKIP;
            continue;
        }
        /* where a founder worked or teaches (前X研究员, 曾任X…处长, X教授…创立),
         * not the maker an order was placed with (Y曾在X下单) */
        if (!has_any(W, e, fwd_chars(t, hi, e, 3), w_order_verbs) &&
            (has(W, back_chars(t, lo, s, 1), s, "前") ||
             has_any(W, back_chars(t, lo, s, 3), s,
                     (const char *const[]){"曾任", "曾在", "曾就职于", "任职于", "出身于", NULL}) ||
             /* 核心团队主要来自X与(美国)Y: where the team came from */
             ((has(W, back_chars(t, lo, s, 2), s, "来自") ||
               (i > a && c->vals[i - 1].m->type == ZD_ORG && role[k - 1] == R_SKIP &&
                (only_list_between(W, c->vals[i - 1].m->end, s) ||
                 has(W, clause_start(t, n, lo, s), s, "来自")))) &&
              has_any(
                  W, clause_start(t, n, lo, s), s,
                  (const char *const[]){"团队", "成员", "创始人", "高管", "骨干", "员工", NULL})) ||
             has_any(W, e, fwd_chars(t, hi, e, 8),
                     (const char *const[]){"研究员", "工程师", "教授", "高管", "员工", "总监",
                                           "副总裁", "校友", "毕业", "创办", "创立", "孵化",
                                           NULL}))) {
            role[k] = R_SKIP;
            continue;
        }
        /* where someone posts (在LinkedIn上发文, 在微博上表示) is no party */
        if (has(W, back_chars(t, lo, s, 1), s, "在") && at(t, hi, e, "上") &&
            has_any(W, e, fwd_chars(t, hi, e, 4),
                    (const char *const[]){"发文", "发帖", "发布", "表示", "称", "写道", "宣布",
                                          "透露", "晒出", NULL})) {
            role[k] = R_SKIP;
            continue;
        }
        /* a holder told of in a sentence of no deal (以本次转让对价计算,Y所持
         * 股权较当时的入股成本溢价约35%), or one that sells what it holds (Y所持
         * 股份将在本次交易中一并出售给X), is no party to the deal told */
        if (has(W, e, fwd_chars(t, hi, e, 4), "所持") &&
            (!type ||
             has_any(W, e, hi, (const char *const[]){"出售给", "转让给", "出让给", NULL}))) {
            role[k] = R_SKIP;
            continue;
        }
        /* sellers of the shares bought (出让方包括A和B) are no party either */
        if (has_any(W, clause_start(t, n, lo, s), s,
                    (const char *const[]){"出让方", "转让方", "卖方", "出售方", NULL})) {
            role[k] = R_SKIP;
            continue;
        }
        /* a lender of the money paid is no party (其中由Y牵头的银团为公司提供
         *了N的并购贷款; N来自Y提供的并购贷款) */
        if (has(W, e, ce, "贷款") && !has(W, e, fwd_chars(t, hi, e, 1), "获") &&
            has_any(W, e, fwd_chars(t, hi, e, 8),
                    (const char *const[]){"提供", "牵头", "发放", NULL})) {
            role[k] = R_SKIP;
            continue;
        }
        /* advisers, underwriters and sponsors are not parties (X担任本轮
         * 融资的独家财务顾问: the whole clause of 担任 names the office) */
        if ((has_any(W, e, fwd_chars(t, ce, e, 12), w_adviser) ||
             (has_any(W, e, near, (const char *const[]){"担任", "出任", NULL}) &&
              has_any(W, e, ce, w_adviser))) &&
            !has_any(W, e, near, w_lead)) {
            role[k] = R_SKIP;
            continue;
        }
        /* 获投方是(一家…公司——)X: the round went to X */
        if (type && !strcmp(type, "funding") && !target) {
            size_t gp = first_of(W, back_chars(t, lo, s, 30), s,
                                 (const char *const[]){"获投方", "被投方", "获投企业", "被投企业",
                                                       "被投公司", "获投公司", NULL});
            int between = 0;
            for (size_t j = a; j < i && gp != (size_t)-1; j++)
                between |= c->vals[j].m->type == ZD_ORG && c->vals[j].m->start > gp;
            if (gp != (size_t)-1 && !between &&
                has_any(W, gp, s, (const char *const[]){"是", "为", NULL})) {
                target = v, role[k] = R_TARGET, obj_target = 1;
                continue;
            }
        }
        if (type && strcmp(type, "acquisition") == 0) {
            /* X获(控股股东)Y提出私有化建议/收购要约: Y offers to buy X, the
             * subject that received the offer */
            size_t got = find(W, back_chars(t, lo, s, 8), s, "获");
            if (got == (size_t)-1) got = find(W, back_chars(t, lo, s, 8), s, "收到");
            if (!target && s < trig && got != (size_t)-1 &&
                has_any(W, e, fwd_chars(t, ce, e, 4),
                        (const char *const[]){"提出", "提私有化", "提收购", "提要约", NULL}) &&
                trig < ce) {
                for (size_t j = a; j < i; j++) {
                    const zd_value *x = &c->vals[j];
                    if (x->m->type != ZD_ORG || x->m->end > got || venue(x) ||
                        (role[j - a] != R_NONE && role[j - a] != R_INV))
                        continue;
                    target = x, role[j - a] = R_TARGET;
                    role[k] = R_INV;
                    break;
                }
                if (target) continue;
            }
            /* X(已)与(…公司)Y签署收购协议: X buys Y */
            size_t yu = find(W, back_chars(t, lo, s, 16), s, "与");
            size_t after_deal = deal_word_end(t, hi, trig);
            size_t next_acq = trigger(c, a, b, after_deal, hi, w_acq);
            if (!target && yu != (size_t)-1 && signed_with(c, lo, trig) &&
                /* (…签署收购协议,Y将取得X 100%股权: the clause after says who
                 * buys; but 计划收购其全部股权 names none, and 其 is Y) */
                (next_acq == (size_t)-1 || (has_any(W, next_acq, fwd_chars(t, hi, next_acq, 3),
                                                    (const char *const[]){"购其", "并其", NULL}) &&
                                            !org_in(c, a, b, after_deal, next_acq))) &&
                !has_any(W, after_deal, hi, stake_verbs) &&
                !has_any(W, yu, s, (const char *const[]){",", "、", NULL}) &&
                has_any(W, e, fwd_chars(t, ce, e, 4),
                        (const char *const[]){"签署", "签订", "达成", NULL}) &&
                has_any(W, e, fwd_chars(t, ce, e, 12),
                        (const char *const[]){"收购协议", "并购协议", "收购意向", NULL})) {
                target = v, role[k] = R_TARGET, obj_target = 1;
                for (size_t j = i; j-- > a;) {
                    const zd_value *x = &c->vals[j];
                    if (x->m->type != ZD_ORG || x->m->end > yu || venue(x)) continue;
                    if (role[j - a] == R_NONE) role[j - a] = R_INV;
                    break;
                }
                continue;
            }
            /* 向A支付N: A is paid for what it sells */
            if (has(W, back_chars(t, lo, s, 1), s, "向") &&
                has(W, e, fwd_chars(t, ce, e, 3), "支付")) {
                role[k] = R_SKIP;
                continue;
            }
            /* 已与Y全体股东签署…协议,以N收购后者…股权: Y's owners sell Y */
            size_t e2 = e; /* (past the quote and bracket of a name defined:
                            * Y(以下简称“Z”)全体股东) */
            while (e2 < ce && (at(t, ce, e2, "”") || at(t, ce, e2, "\"") || at(t, ce, e2, ")")))
                e2 += at(t, ce, e2, "”") ? 3 : 1;
            if (at(t, ce, e2, "的")) e2 += strlen("的"); /* (Y的全体股东) */
            if (!target && s < trig &&
                has_any(W, e2, fwd_chars(t, ce, e2, 4),
                        (const char *const[]){"全体股东", "各股东", "股东", NULL}) &&
                latter_bought(W, t, hi, trig)) {
                target = v, role[k] = R_TARGET, obj_target = 1;
                continue;
            }
            /* 买方同意收购,而卖方同意出售X: what the seller sells is bought,
             * also when named in apposition (出售销售股份,即X) */
            if (s > trig && (has_any(W, back_chars(t, lo, s, 2), s,
                                     (const char *const[]){"出售", "转让", NULL}) ||
                             (has(W, back_chars(t, lo, s, 1), s, "即") &&
                              has_any(W, back_chars(t, lo, s, 12), s,
                                      (const char *const[]){"出售", "转让", NULL})))) {
                if (!target) target = v, role[k] = R_TARGET, obj_target = 1;
                continue;
            }
            /* 收购A、B合计持有的X 70%股权: X is what is bought; A and B hold
             * it, sell it, and are no party; so is X after a descriptor
             * (收购后者所持有的意大利…制造商X全部股权) */
            size_t held = find(W, back_chars(t, lo, s, 20), s, "持有的");
            int between = 0; /* another name between 持有的 and X */
            for (size_t j = a; j < i && held != (size_t)-1; j++)
                between |= c->vals[j].m->type == ZD_ORG && c->vals[j].m->start > held;
            if (s > trig && held != (size_t)-1 && held > trig && !between &&
                !has_any(W, held, s, (const char *const[]){",", "、", "和", "与", NULL})) {
                if (!target) target = v, role[k] = R_TARGET, obj_target = 1;
                continue;
            }
            size_t hold = find(W, e, ce, "持有的");
            if (hold != (size_t)-1 && s > trig) {
                int later = 0;
                for (size_t j = a; j < b && !later; j++)
                    later = c->vals[j].m->type == ZD_ORG && c->vals[j].m->start > hold &&
                            c->vals[j].m->start < ce;
                if (later) {
                    role[k] = R_SKIP;
                    continue;
                }
            }
            /* X被Y收购: X target, Y acquirer; Y(以N)收购X: Y acquirer, X target;
             * (S)将X(N%的股份)出售给Y: X target, Y acquirer, S sells */
            if (has_any(W, back_chars(t, lo, s, 3), s,
                        (const char *const[]){"出售给", "转让给", NULL})) {
                role[k] = R_INV;
            } else if ((has(W, back_chars(t, lo, s, 1), s, "将") ||
                        (has(W, back_chars(t, lo, s, 12), s, "将") &&
                         has_any(
                             W, back_chars(t, lo, s, 10), s,
                             (const char *const[]){"所持", "持有的", "子公司", "旗下", NULL}))) &&
                       has_any(W, e, clause_end(t, n, hi, e),
                               (const char *const[]){"出售给", "转让给", NULL})) {
                /* (S)将(所持控股子公司)X…转让给Y */
                if (!target) target = v, role[k] = R_TARGET;
            } else if (has(W, e, fwd_chars(t, hi, e, 2), "被") || passive_after(W, hi, e)) {
                if (!target) target = v, role[k] = R_TARGET;
            } else if (has(W, e, fwd_chars(t, hi, e, 3), "获") && trig > e &&
                       trig < clause_end(t, n, hi, e) &&
                       !has_any(W, e, trig,
                                (const char *const[]){"批准", "同意", "通过", "核准", "获批",
                                                      "获准", NULL})) {
                /* X将获Y(以N)收购: X is bought, as with 被 */
                if (!target) target = v, role[k] = R_TARGET;
            } else if (has(W, back_chars(t, lo, s, 2), s, "被") ||
                       invest_object(c, a, b, lo, s, w_bei_verb)) {
                role[k] = R_INV; /* (被零部件商「Y」收购: after its descriptor) */
            } else if (s > trig && (has_any(W, back_chars(t, lo, s, 4), s, w_acq) ||
                                    invest_object(c, a, b, lo, s, w_acq_verb))) {
                if (!target) target = v, role[k] = R_TARGET, obj_target = 1;
            } else if (invest_object(c, a, b, lo, s, w_dui_verb) &&
                       has_any(W, e, clause_end(t, n, hi, past_bracket(t, hi, e, 90)), w_acq)) {
                /* 公司已完成对X(…)51%股权的收购 (its bracket may hold a comma:
                 * X(Y,以下简称“Z”)) */
                if (!target) target = v, role[k] = R_TARGET, obj_target = 1;
            } else if (s < trig && has_any(W, e, fwd_chars(t, hi, e, 24), w_acq)) {
                role[k] = R_INV;
            } else if (s < trig && trig <= fwd_chars(t, hi, e, 40) &&
                       has_any(W, trig, fwd_chars(t, hi, trig, 2), stake_verbs) &&
                       (i + 1 >= b || c->vals[i + 1].m->start > trig ||
                        c->vals[i + 1].m->type != ZD_ORG)) {
                /* X董事会昨(8)日通过,拟以N(约…)取得Y 70%股权: the subject
                 * buys the stake, however long the time and price between */
                role[k] = R_INV;
            }
            continue;
        }
        if (type && strcmp(type, "contract") == 0) {
            size_t tw;
            /* X…位列/成为第一中标候选人, X中标Y的项目: X wins (supplies),
             * Y tenders (buys) */
            /* the tenderer announces or sends the notice (Y发出的《中标通知书》):
             * it buys; X公告称 / X发布公告称 is a company reporting */
            if ((has_any(W, e, fwd_chars(t, ce, e, 10),
                         (const char *const[]){"发布", "招标", "公示", "集采", "发出", "采购公告",
                                               "招标公告", "中标公告", NULL}) ||
                 /* X2026年度第二批储能系统框架采购项目: X's own tender */
                 ((tw = first_of(W, e, fwd_chars(t, ce, e, 24),
                                 (const char *const[]){"采购项目", "招标项目", "集中采购",
                                                       "框架采购", NULL})) != (size_t)-1 &&
                  !has(W, e, tw, "中标"))) &&
                /* (X中标Y集采: X wins Y's tender) */
                !has_any(W, e, fwd_chars(t, ce, e, 3),
                         (const char *const[]){"中标", "入围", "斩获", "拿下", NULL}) &&
                !has_any(W, e, fwd_chars(t, ce, e, 10),
                         (const char *const[]){"公告称", "公告显示", "发布公告", "公告,", NULL})) {
                role[k] = R_INV;
                continue;
            }
            if (!target && has(W, lo, hi, "中标候选人") &&
                has_any(W, e, clause_end(t, n, hi, fwd_chars(t, hi, e, 40)),
                        (const char *const[]){"位列", "成为", "确定为", "入围", NULL})) {
                target = v, role[k] = R_TARGET;
                continue;
            }
            if (has(W, e, fwd_chars(t, hi, e, 12), "中标") &&
                !has(W, e, fwd_chars(t, hi, e, 12), ",")) {
                if (!target) target = v, role[k] = R_TARGET;
                continue;
            }
            if (has(W, back_chars(t, lo, s, 2), s, "中标")) {
                role[k] = R_INV;
                continue;
            }
            /* 公司成为Y…项目的中标人: Y tenders, so Y buys */
            if (has(W, back_chars(t, lo, s, 2), s, "成为") &&
                has_any(
                    W, e, clause_end(t, n, hi, e),
                    (const char *const[]){"中标人", "中标单位", "中标候选人", "供应商", NULL})) {
                role[k] = R_INV;
                continue;
            }
            /* S与Y签订采购/供货合同 (S reports a sale to Y): S supplies;
             * S与Y签署服务/算力/租赁协议: Y serves S */
            int sale = has_any(W, lo, hi,
                               (const char *const[]){"采购合同", "采购协议", "供货", "销售合同",
                                                     "订单", "供应合同", NULL});
            int service = has_any(
                W, lo, hi,
                (const char *const[]){"服务协议", "服务合同", "算力", "租赁", "云服务", NULL});
            /* …签订算力服务协议,由公司向对方提供算力: the subject serves */
            int to_other = has_any(
                W, lo, hi,
                (const char *const[]){"向对方提供", "向对方供应", "向对方交付", "向其提供", NULL});
            /* …签署服务合同,为其(旗下…)提供系统: the subject serves */
            if (has_any(W, lo, hi, (const char *const[]){"为其", "为对方", NULL}) &&
                has(W, lo, hi, "提供"))
                to_other = 1;
            if (serves_partner(c, a, b, lo)) to_other = 1;
            /* a building contract (建造合同) reported by a yard that names
             * its trade: the yard builds (江苏X重工…与Y签署6艘…建造合同) */
            if (has_any(W, lo, hi, (const char *const[]){"建造合同", "造船合同", "建造协议", NULL}))
                for (size_t j = a; j < b; j++) {
                    const zd_mention *m = c->vals[j].m;
                    if (m->type != ZD_ORG || venue(&c->vals[j])) continue;
                    if (has_any(W, m->start, m->end,
                                (const char *const[]){"重工", "船舶", "造船", "船厂", "船业",
                                                      "海工", NULL}))
                        to_other = 1;
                    break;
                }
            if (to_other) sale = 1, service = 0;
            /* …签署供货合同,由后者为其提供: the other side supplies; so
             * does it when the contract's money buys (采购合同,采购金额为N,
             * 用于采购GPU服务器) */
            if (has(W, lo, hi, "由后者") ||
                has_any(W, lo, hi, (const char *const[]){"用于采购", "用于购买", NULL}))
                sale = 0, service = 1;
            size_t yu = find(W, e, fwd_chars(t, hi, e, 16), "与");
            if (yu != (size_t)-1 && (sale || service) && !has(W, e, yu, ",") &&
                (to_other || (!has(W, lo, hi, "向") && !has(W, lo, hi, "从")))) {
                if (sale && !target)
                    target = v, role[k] = R_TARGET;
                else
                    role[k] = R_INV;
                continue;
            }
            if ((has(W, back_chars(t, lo, s, 2), s, "与") || after_yu_parent(c, a, b, lo, s) ||
                 after_yu_descriptor(c, a, i, lo, s)) &&
                (sale || service)) {
                if (service && !target)
                    target = v, role[k] = R_TARGET;
                else if (sale)
                    role[k] = R_INV;
                continue;
            }
            /* X拿下/斩获…订单: X wins the order, so X supplies; so does
             * the maker a carmaker nominates (X获得Y的…定点, 收到Y的定点通知) */
            if (!target &&
                has_any(W, e, fwd_chars(t, hi, e, 8),
                        (const char *const[]){"拿下", "斩获", "赢得", "揽获", "签下", "接获",
                                              "喜获", "获得", "承接", "收到", NULL}) &&
                has_any(W, e, clause_end(t, n, hi, e),
                        (const char *const[]){"订单", "大单", "合同", "定点", NULL})) {
                target = v, role[k] = R_TARGET;
                continue;
            }
            /* X向/从Y采购: X buys, Y supplies; X向Y供应/交付: X supplies;
             * Y为X提供: Y supplies */
            static const char *const w_sell[] = {"供应", "供货", "提供", "交付",
                                                 "销售", "出售", NULL};
            size_t ce2 = clause_end(t, n, hi, e);
            int sells = has_any(W, e, ce2, w_sell) &&
                        !has_any(W, e, ce2, (const char *const[]){"采购", "购买", "订购", NULL});
            if (has(W, e, fwd_chars(t, hi, e, 12), "向") ||
                has(W, e, fwd_chars(t, hi, e, 3), "从")) {
                if (sells) {
                    if (!target) target = v, role[k] = R_TARGET;
                } else {
                    role[k] = R_INV;
                }
            } else if (has(W, back_chars(t, lo, s, 2), s, "向") ||
                       has(W, back_chars(t, lo, s, 2), s, "从") ||
                       /* (向韩国Y订造: a country between) */
                       (has(W, back_chars(t, lo, s, 4), s, "向") &&
                        at(t, s, back_chars(t, lo, s, 1), "国"))) {
                size_t ce3 = clause_end(t, n, hi, e);
                if (has_any(W, e, ce3, w_sell) &&
                    !has_any(W, e, ce3, (const char *const[]){"采购", "购买", "订购", NULL}))
                    role[k] = R_INV;
                else if (!target)
                    target = v, role[k] = R_TARGET;
            } else if (has(W, back_chars(t, lo, s, 2), s, "为") &&
                       has(W, e, fwd_chars(t, hi, e, 4), "提供")) {
                role[k] = R_INV;
            } else if (has(W, e, fwd_chars(t, ce, e, 20), "为") && has(W, e, ce, "提供")) {
                if (!target) target = v, role[k] = R_TARGET;
            } else if (has(W, back_chars(t, lo, s, 2), s, "在") &&
                       (s > trig || has_any(W, e, fwd_chars(t, hi, e, 3), w_order_verbs))) {
                /* (X曾在Y下单: Y takes the order) */
                if (!target) target = v, role[k] = R_TARGET;
            } else if (has(W, e, fwd_chars(t, hi, e, 3), "在") && !target &&
                       has_any(W, e, clause_end(t, n, hi, e), w_order_verbs)) {
                role[k] = R_INV; /* (X曾在Y下单: X orders) */
            } else if (has(W, e, fwd_chars(t, hi, e, 3), "与") ||
                       has(W, e, fwd_chars(t, hi, e, 3), "和")) {
                /* X与Y签署: X the one reported, the buyer unless told; told
                 * by the line before (X拿下N订单), X supplies */
                const zd_deal *pd =
                    c->last >= 0 && c->sent - c->last_sent <= 2 ? &out->v[c->last] : NULL;
                char *nm = NULL;
                if (!target && pd && pd->type && strcmp(pd->type, "contract") == 0 &&
                    pd->target.name && same_org(pd->target.name, nm = mname(c, v)))
                    target = v, role[k] = R_TARGET;
                else
                    role[k] = R_INV;
                free(nm);
            } else if (has(W, back_chars(t, lo, s, 2), s, "与") && !target) {
                /* 公司(曾)与Y签订…合同: the company the article is about
                 * reports its own contract; Y is the other side, its client */
                size_t g = find(W, lo, s, "公司");
                if (g != (size_t)-1 && !has(W, g, s, ",") && !in_org(c, a, b, g) &&
                    (g == lo || has_any(W, back_chars(t, lo, g, 1), g,
                                        (const char *const[]){",", "该", "本", NULL})))
                    role[k] = R_INV;
                else
                    target = v, role[k] = R_TARGET;
            }
            continue;
        }
        /* funding, ipo, or a sentence continuing the last deal */
        if (type && strcmp(type, "funding") == 0 && in_time_clause(c, lo, hi, s)) {
            role[k] = R_SKIP; /* 在被X收购前,Y完成…融资: X is no party to the round */
            continue;
        }
        if (has(W, e, fwd_chars(t, hi, e, 2), "旗下") && i + 1 < b &&
            c->vals[i + 1].m->type == ZD_ORG &&
            (c->vals[i + 1].m->start <= fwd_chars(t, hi, e, 6) ||
             /* (…with what Y is between: X旗下新中式茶饮品牌"Y") */
             (c->vals[i + 1].m->start <= fwd_chars(t, hi, e, 16) &&
              !has_any(W, e, c->vals[i + 1].m->start,
                       (const char *const[]){",", "。", ";", "、", "与", "和", "及", NULL})))) {
            role[k] = R_SKIP;
            continue; /* X旗下Y: the parent of a party is not a party */
        } else if (type && !strcmp(type, "funding") &&
                   has_any(W, e, fwd_chars(t, hi, e, 5),
                           (const char *const[]){"合伙人", "董事总经理", "投资总监", "执行董事",
                                                 NULL}) &&
                   named_before(c, a, i)) {
            /* 由X领投,X合伙人Y带队完成投资: X's partner at work, X named
             * already; this X raises nothing (but 由X合伙人Y带队领投 names
             * X the first time: X leads) */
            role[k] = R_SKIP;
            continue;
        } else if (has_any(W, back_chars(t, lo, s, 5), s,
                           (const char *const[]){"新增股东", "新进股东", NULL})) {
            role[k] = R_INV; /* X新增股东Y (a registry change): Y invests in X */
        } else if (has_any(W, e, fwd_chars(t, hi, e, 8),
                           (const char *const[]){"新增股东", "新进股东", NULL})) {
            if (!target) target = v, role[k] = R_TARGET;
        } else if (has_any(W, back_chars(t, lo, s, 3), s,
                           (const char *const[]){"引入", "引进", NULL}) ||
                   (has_any(W, back_chars(t, lo, s, 9), s,
                            (const char *const[]){"引入", "引进", NULL}) &&
                    has_any(W, back_chars(t, lo, s, 6), s,
                            (const char *const[]){"战略投资者", "投资者", "投资方", "新股东",
                                                  "战略股东", NULL}))) {
            role[k] = R_INV; /* 通过增资扩股引入国家大基金: X brings in an investor */
            brought = i;
        } else if (brought + 1 == i && c->vals[i - 1].m->type == ZD_ORG &&
                   c->vals[i - 1].m->end < s && only_list_between(W, c->vals[i - 1].m->end, s)) {
            role[k] = R_INV; /* 引入了A和B: the list goes on */
            brought = i;
        } else if (dui_subject(c, i, b, hi)) {
            role[k] = R_INV; /* X对Y进行(了)N投资: X invests */
        } else if (has(W, e, fwd_chars(t, hi, e, 5), "对其") &&
                   has_any(W, e, clause_end(t, n, hi, e), w_dui)) {
            role[k] = R_INV; /* Y已对其进行了战略注资: 其 is the subject before */
            dui_pron = 1;
        } else if (!target && invest_object(c, a, b, lo, s, w_invest_verb) &&
                   !has_any(W, e, fwd_chars(t, hi, e, 6), w_lead) &&
                   !has_any(W, e, fwd_chars(t, hi, e, 6), w_follow) &&
                   /* (领投,A、B跟投: A is listed with B, a follower) */
                   !(at(t, n, e, "、") && has_any(W, e, clause_end(t, n, hi, e), w_follow))) {
            target = v, role[k] = R_TARGET, obj_target = 1; /* X领投(了)Y(N)融资 */
        } else if (!target && invest_object(c, a, b, lo, s, w_xiang_verb) &&
                   has_any(W, e, clause_end(t, n, hi, e), w_dui)) {
            target = v, role[k] = R_TARGET, obj_target = 1; /* X向(旗下的…公司)Y注资 */
        } else if (!target && invest_object(c, a, b, lo, s, w_dui_verb) &&
                   has_any(W, e, clause_end(t, n, hi, e), w_dui)) {
            target = v, role[k] = R_TARGET, obj_target = 1; /* X对Y进行(了)N投资 */
        } else if (at(t, n, e, "的") &&
                   has(W, e, fwd_chars(t, clause_end(t, n, hi, e), e, 10), "投资") &&
                   !has(W, e, fwd_chars(t, clause_end(t, n, hi, e), e, 10), "融资") &&
                   has(W, lo, s, "是")) {
            role[k] = R_INV; /* 是X的种子轮投资: X's investment */
        } else if (has_any(W, e, near, w_lead) || lead_role(W, e, clause_end(t, n, hi, e)) ||
                   has_any(W, back_chars(t, lo, s, 7), s,
                           (const char *const[]){"led by ", "Led by ", NULL}) ||
                   (at(t, n, e, "lead") && (e + 4 >= n || !isalpha((unsigned char)t[e + 4]))) ||
                   role_noun_before(c, a, i, lo,
                                    (const char *const[]){"领投方", "领投机构", "领投的", NULL})) {
            role[k] = R_INV, lead[k] = 1;
        } else if (role_noun_before(
                       c, a, i, lo,
                       (const char *const[]){"跟投方", "跟投机构", "参投方", "跟投的", NULL})) {
            role[k] = R_INV, lead[k] = 0;
        } else if (has_any(W, e, fwd_chars(t, hi, e, 6), w_join) ||
                   /* (原有股东X亦持续加码: a shareholder follows on; a
                    * government's or a policy's 加码 is none) */
                   (has(W, back_chars(t, lo, s, 2), s, "股东") &&
                    has(W, e, clause_end(t, n, hi, e), "加码")) ||
                   (i > a && c->vals[i - 1].m->type == ZD_ORG && role[k - 1] == R_INV &&
                    only_list_between(W, c->vals[i - 1].m->end, s) &&
                    has(W, e, fwd_chars(t, hi, e, 6), "加码"))) {
            role[k] = R_INV; /* 共同投资, 出资, 认购, 有意参与: investors, lead unknown */
        } else if (has_any(W, e, fwd_chars(t, hi, e, 6), w_follow) &&
                   (!has(W, e, near, "的") || has(W, clause_start(t, n, lo, s), s, "由"))) {
            role[k] = R_INV, lead[k] = 0; /* (由A领投、B跟投的N融资: B follows) */
        } else if ((!target || s > target->m->end) &&
                   has_any(W, back_chars(t, lo, s, 3), s,
                           (const char *const[]){"获", "获得过", "拿下", "拿到", "拿到了", "拿了",
                                                 "获得了", "取得", "斩获", "收获", NULL}) &&
                   !has(W, back_chars(t, lo, s, 3), s, "获悉") && /* 获悉: learned, not received */
                   s < trig + 40) {
            role[k] = R_INV; /* X获(得)Y(的)N融资 */
        } else if ((!target || s > target->m->end) && s < trig + 40 &&
                   got_from_described(c, a, i, lo, s)) {
            role[k] = R_INV; /* X获得欧洲基础设施基金Y N的投资 */
        } else if (money_before(c, a, b, clause_start(t, n, lo, s),
                                find(W, clause_start(t, n, lo, s), s, "来自")) ||
                   (has(W, back_chars(t, lo, s, 2), s, "由") &&
                    has_any(W, e, clause_end(t, n, hi, e),
                            (const char *const[]){"领投", "投资", "注资", "出资", "认购", "独家",
                                                  "牵头", "参与", "跟投", "共同", NULL})) ||
                   /* (从X获悉: X is a source) */
                   (has(W, back_chars(t, lo, s, 2), s, "从") &&
                    !has_any(W, e, clause_end(t, n, hi, e),
                             (const char *const[]){"获悉", "了解到", "得知",
                                                   /* (从X请来了…合伙人: a hire) */
                                                   "请来", "挖来", "聘请", "招来", NULL})) ||
                   has(W, before, s, "老股东") ||
                   has_any(W, back_chars(t, lo, s, 6), s,
                           (const char *const[]){"投资方", "出资方", "投资人", "投资者包括",
                                                 "股东包括", "应募人为", "认购方为", "认购人为",
                                                 NULL})) {
            role[k] = R_INV;
        } else if ((has(W, back_chars(t, lo, s, 4), s, "向") ||
                    has(W, back_chars(t, lo, s, 12), s, "向包括")) &&
                   has_any(W, e, clause_end(t, n, hi, e),
                           (const char *const[]){"发行股票", "发行股份", "发行A股", "发行新股",
                                                 "发行H股", NULL})) {
            role[k] = R_INV; /* 公司拟向(包括)Y(在内的…)发行股票: Y subscribes */
        } else if (has_any(W, back_chars(t, lo, s, 3), s,
                           (const char *const[]){"投资", "注资", "入股", "增资", "向", NULL}) &&
                   !has(W, back_chars(t, lo, s, 3), s, "投资方") &&
                   /* (风险投资机构X领投: X leads, its descriptor invests in none) */
                   !has_any(W, e, near, w_lead) && !has_any(W, e, near, w_follow)) {
            if (!target) target = v, role[k] = R_TARGET;
        } else if (find(W, e, fwd_chars(t, hi, e, 8), "投资") != (size_t)-1 &&
                   !has_any(W, e, fwd_chars(t, hi, e, 10),
                            (const char *const[]){"投资方", "投资者", "投资人", "获", NULL}) &&
                   !has(W, e, fwd_chars(t, hi, e, 8), ",")) {
            role[k] = R_INV; /* X(已先后)投资…: X pays */
            weak_inv[k] = 1;
        } else if (!target && has(W, e, fwd_chars(t, hi, e, 3), "向") &&
                   has_any(W, e, clause_end(t, n, hi, e),
                           (const char *const[]){"发行股份", "发行股票", "募集", "增发", "定增",
                                                 NULL})) {
            target = v, role[k] = R_TARGET; /* X拟向特定对象发行股份募集资金: X issues */
        } else if ((has(W, e, fwd_chars(t, hi, e, 3), "向") &&
                    !(i + 1 < b && venue(&c->vals[i + 1]))) || /* X向港交所递交: X lists */
                   has_any(W, e, fwd_chars(t, hi, e, 3),
                           (const char *const[]){"投资", "出资", "注资", "认购", NULL}) ||
                   /* X管理的基金拟认购N; X已与公司签署…认购协议: X subscribes */
                   (has(W, e, fwd_chars(t, ce, e, 12), "认购") &&
                    !has_any(W, e, fwd_chars(t, ce, e, 12),
                             (const char *const[]){"被", "获", "足额", "超额", NULL})) ||
                   (has_any(W, e, fwd_chars(t, ce, e, 6),
                            (const char *const[]){"与公司", "与本公司", "与上市公司", NULL}) &&
                    has(W, e, ce, "认购")) ||
                   /* X拟以现金方式认购N: how X pays comes between */
                   (has_any(W, e, fwd_chars(t, ce, e, 14),
                            (const char *const[]){"方式认购", "资金认购", "现金认购", "方式出资",
                                                  "资金出资", "现金出资", NULL}) &&
                    has(W, e, fwd_chars(t, ce, e, 4), "以"))) {
            role[k] = R_INV;
        } else if (!target && has_any(W, e, fwd_chars(t, hi, e, 24), w_take) &&
                   /* (A、B跟投,该轮融资完成后: the verb is another clause's) */
                   !has_any(W, e, first_of(W, e, fwd_chars(t, hi, e, 24), w_take), w_follow) &&
                   /* (A、医疗器械上市公司B跟投: a listed company, no listing) */
                   !at(t, n, first_of(W, e, fwd_chars(t, hi, e, 24), w_take), "上市公司")) {
            target = v, role[k] = R_TARGET;
        } else if (!target && at(t, n, e, "的") && has(W, e, fwd_chars(t, hi, e, 10), "融资")) {
            target = v, role[k] = R_TARGET;
        } else if (!target && has(W, e, fwd_chars(t, hi, e, 6), "从")) {
            target = v, role[k] = R_TARGET;
        }
    }
    /* Y为X提供… names X the buyer wherever else X stands (公司与X签订…协议,
     * 由公司为X提供算力服务): the one who provides is the target */
    if (type && !strcmp(type, "contract") && target) {
        char *tn = mname(c, target);
        int buyer = 0;
        for (size_t i = a; i < b && !buyer; i++) {
            const zd_value *v = &c->vals[i];
            if (v == target || v->m->type != ZD_ORG ||
                !has(W, back_chars(t, lo, v->m->start, 1), v->m->start, "为") ||
                !has(W, v->m->end, fwd_chars(t, hi, v->m->end, 4), "提供"))
                continue;
            char *vn = mname(c, v);
            buyer = same_org(vn, tn);
            free(vn);
        }
        if (buyer) {
            const zd_value *seller = NULL;
            for (size_t i = a; i < b; i++) {
                const zd_value *v = &c->vals[i];
                if (v->m->type != ZD_ORG || venue(v) || role[i - a] == R_SKIP) continue;
                char *vn = mname(c, v);
                int same = same_org(vn, tn);
                free(vn);
                if (same) {
                    role[i - a] = R_INV;
                } else if (!seller) {
                    seller = v;
                    role[i - a] = R_TARGET;
                }
            }
            target = seller;
        }
        free(tn);
    }
    /* an answer's round is the speaker's: the names it holds gave the money
     * (拿的是Y的天使轮), unless one raised it itself (Y去年拿了N的B轮) */
    if (answer_round && !raised_itself(c, a, b, hi, role)) {
        target = NULL;
        for (size_t i = a; i < b; i++)
            if (c->vals[i].m->type == ZD_ORG && !venue(&c->vals[i]) &&
                (role[i - a] == R_NONE || role[i - a] == R_TARGET))
                role[i - a] = R_INV;
    }
    if (dui_pron && !target)
        for (size_t i = a; i < b; i++) {
            if (c->vals[i].m->type != ZD_ORG || role[i - a] != R_NONE || venue(&c->vals[i]))
                continue;
            target = &c->vals[i], role[i - a] = R_TARGET;
            break;
        }
    /* X(Y)是本轮的领投方: Y in brackets after an investor is the investor's
     * other name, no target (公司再获X(Y)约N的投资: nor the subject left
     * for a target below) */
    for (size_t i = a + 1; i < b; i++) {
        const zd_value *x = &c->vals[i - 1], *y = &c->vals[i];
        if (y->m->type != ZD_ORG || x->m->type != ZD_ORG || role[i - 1 - a] != R_INV ||
            x->m->end + 1 != y->m->start || t[x->m->end] != '(' ||
            /* (the target, as before; an unplaced name only when the bracket
             * holds it alone) */
            (y != target && (role[i - a] != R_NONE || y->m->end >= hi || t[y->m->end] != ')')))
            continue;
        role[i - a] = R_SKIP;
        if (y == target) target = NULL;
    }
    /* 「X」(Y)完成…: Y in brackets right after X is X's other name (an
     * English one); the deal is X's, by the name the article uses */
    if (target)
        for (size_t i = a + 1; i < b; i++) {
            const zd_value *x = &c->vals[i - 1];
            if (&c->vals[i] != target || x->m->type != ZD_ORG || role[i - 1 - a] == R_INV) continue;
            size_t g = x->m->end;
            if (g + 3 <= target->m->start &&
                (!memcmp(t + g, "」", 3) || !memcmp(t + g, "”", 3) || !memcmp(t + g, "“", 3)))
                g += 3;
            if (g + 1 == target->m->start && t[g] == '(') {
                role[i - a] = R_SKIP;
                role[i - 1 - a] = R_TARGET;
                target = x;
            }
            break;
        }
    /* a filing's parties by their role nouns (本次交易的转让方…分别为A、B,
     * 受让方为C): the 受让方 buys, a 转让方 sells and is no party here */
    if (type && !strcmp(type, "acquisition") && has(W, lo, hi, "受让方"))
        for (size_t i = a; i < b; i++) {
            const zd_value *v = &c->vals[i];
            if (v->m->type != ZD_ORG) continue;
            size_t ps = last_of(W, lo, v->m->start, (const char *const[]){"转让方", NULL});
            size_t pb = last_of(W, lo, v->m->start, (const char *const[]){"受让方", NULL});
            if (ps == (size_t)-1 && pb == (size_t)-1) continue;
            if (target == v) target = NULL;
            role[i - a] = pb != (size_t)-1 && (ps == (size_t)-1 || pb > ps) ? R_INV : R_SKIP;
        }
    /* ... and so are those its brackets call sellers (合称"转让方"), with
     * every other mention of them */
    if (type && !strcmp(type, "acquisition"))
        for (size_t i = a; i < b; i++) {
            const zd_value *v = &c->vals[i];
            if (v->m->type != ZD_ORG || v == target || !named_seller(c, lo, hi, v)) continue;
            for (size_t j = a; j < b; j++)
                if (c->vals[j].m->type == ZD_ORG && &c->vals[j] != target &&
                    (j == i || same_mention_org(c, &c->vals[j], v)))
                    role[j - a] = R_SKIP;
        }
    /* X(公告,公司)通过全资子公司Y收购Z: Y buys for its parent X, and X buys */
    size_t via = type && !strcmp(type, "acquisition") ? find(W, lo, hi, "通过") : (size_t)-1;
    if (via != (size_t)-1) {
        size_t sub = find(W, via, fwd_chars(t, hi, via, 12), "子公司");
        int vehicle = 0;
        for (size_t i = a; i < b && sub != (size_t)-1 && !vehicle; i++)
            vehicle = c->vals[i].m->type == ZD_ORG && role[i - a] == R_INV &&
                      c->vals[i].m->start >= sub && c->vals[i].m->start <= fwd_chars(t, hi, sub, 4);
        for (size_t i = a; i < b && vehicle; i++) {
            const zd_value *v = &c->vals[i];
            if (v->m->start >= via) break;
            if (v->m->type != ZD_ORG || v == target || venue(v) || role[i - a] != R_NONE) continue;
            role[i - a] = R_INV;
            break;
        }
    }
    /* the target named again (its short name in 下称“X”) is not its own investor */
    if (target)
        for (size_t i = a; i < b; i++) {
            if (role[i - a] == R_INV && same_mention_org(c, &c->vals[i], target))
                role[i - a] = R_SKIP;
        }
    /* the subject of a clause whose object is the target does the deal:
     * 大众汽车将以约7亿美元入股小鹏汽车, 合肥产投对芯跳科技进行了战略注资 */
    if (target && obj_target)
        for (size_t i = a; i < b; i++) {
            const zd_value *v = &c->vals[i];
            if (v->m->type != ZD_ORG || v->m->start >= target->m->start) continue;
            if (role[i - a] != R_NONE || venue(v) ||
                v->m->start < clause_start(t, n, lo, target->m->start))
                continue;
            if (same_mention_org(c, v, target)) continue;
            role[i - a] = R_INV;
            /* 完成对X…的领投 / 跟投 */
            size_t ce = clause_end(t, n, hi, target->m->end);
            if (has(W, target->m->end, ce, "领投"))
                lead[i - a] = 1;
            else if (has(W, target->m->end, ce, "跟投"))
                lead[i - a] = 0;
        }
    /* lists share the role of their last member: A、B和C跟投 */
    for (size_t i = b; i-- > a;) {
        size_t k = i - a;
        if (c->vals[i].m->type != ZD_ORG || role[k] != R_INV) continue;
        for (size_t j = i; j > a;) {
            size_t q = j - 1;
            if (c->vals[q].m->type != ZD_ORG || role[q - a] == R_TARGET) break;
            if (!only_list_between(W, c->vals[q].m->end, c->vals[j].m->start)) break;
            role[q - a] = R_INV;
            if (lead[q - a] < 0) lead[q - a] = lead[k];
            j = q;
        }
    }
    /* ... and the members after an investor marked before it: 由A与B共同投资 */
    for (size_t i = a; i < b; i++) {
        size_t k = i - a;
        if (c->vals[i].m->type != ZD_ORG || role[k] != R_INV) continue;
        size_t j = i + 1;
        while (j < b && c->vals[j].m->type == ZD_ORG && role[j - a] == R_NONE &&
               only_list_between(W, c->vals[j - 1].m->end, c->vals[j].m->start)) {
            role[j - a] = R_INV;
            j++;
        }
    }
    /* the subject: with no explicit target, the first organization before
     * the deal word that is not an investor (X今天对外披露,公司已完成…融资) */
    /* a list line "【行业】X:…" or "X:…" names its target first (X:Y以N全资
     * 收购 too, when X is no party the verbs gave a role) */
    if (!target && type && (strcmp(type, "funding") == 0 || strcmp(type, "acquisition") == 0)) {
        size_t st = list_item_start(W, lo, hi);
        for (size_t i = a; i < b; i++) {
            const zd_mention *m = c->vals[i].m;
            if (m->type != ZD_ORG) continue;
            size_t me = m->end;
            if (me < hi && t[me] == ' ') me++;
            /* (an acquisition's heading names the bought company first, not
             * the buyer the verb after it has: X:Y以N收购, nor the buyer of
             * a kind in the field after it: X|控股收购|金额未披露) */
            int other = 0;
            for (size_t j = i + 1; j < b && !other; j++)
                other = c->vals[j].m->type == ZD_ORG && c->vals[j].m->start < trig &&
                        role[j - a] == R_INV;
            if (m->start == st && me < hi && (t[me] == ':' || t[me] == '|') &&
                (role[i - a] == R_NONE ||
                 (strcmp(type, "acquisition") == 0 && (other || trig > me)))) {
                target = &c->vals[i], role[i - a] = R_TARGET;
                for (size_t j = i + 1; j < b; j++)
                    if (c->vals[j].m->type == ZD_ORG && role[j - a] == R_NONE) role[j - a] = R_INV;
            }
            break;
        }
    }
    /* a heading "X:Y以N全资收购" names what was bought in its label (which
     * the sentence lost above as if a speaker's) */
    if (!target && type && strcmp(type, "acquisition") == 0) {
        int buyer = 0;
        for (size_t i = a; i < b; i++)
            buyer |= c->vals[i].m->type == ZD_ORG && role[i - a] == R_INV;
        if (buyer) target = label_org(c, label_lo, label_hi);
    }
    /* a heading "X:预中标Y…项目", "X:完成N融资": the label is the subject
     * of the verb that opens the line, the supplier or the company funded */
    if (!target && type && (!strcmp(type, "contract") || !strcmp(type, "funding")) &&
        has_any(W, lo, fwd_chars(t, hi, lo, 3),
                (const char *const[]){"预中标", "中标", "拟中标", "斩获", "拿下", "签下", "获得",
                                      "完成", "获", NULL}))
        target = label_org(c, label_lo, label_hi);
    /* 同日招股的还有(…制造商)X: X offers too */
    if (!target && type && !strcmp(type, "ipo")) {
        size_t h = first_of(W, lo, trig < hi ? fwd_chars(t, hi, trig, 8) : hi,
                            (const char *const[]){"的还有", "的另有", "的也有", NULL});
        for (size_t i = a; i < b && h != (size_t)-1 && h > trig; i++)
            if (c->vals[i].m->type == ZD_ORG && c->vals[i].m->start > h && role[i - a] == R_NONE &&
                !venue(&c->vals[i])) {
                target = &c->vals[i], role[i - a] = R_TARGET;
                break;
            }
    }
    /* acquisitions: the acquirer is the subject (X…以N收购Y); in 被 voice
     * the subject is the one acquired (X已被Y收购) */
    if (type && strcmp(type, "acquisition") == 0) {
        int has_inv = 0, passive = has(W, lo, trig, "被");
        for (size_t i = a; i < b; i++)
            has_inv |= role[i - a] == R_INV;
        for (size_t i = a; i < b; i++) {
            if (c->vals[i].m->type != ZD_ORG || role[i - a] != R_NONE || c->vals[i].m->start > trig)
                continue;
            if (venue(&c->vals[i])) continue;
            if (passive && !target) {
                target = &c->vals[i], role[i - a] = R_TARGET;
            } else if (!passive && !has_inv) {
                role[i - a] = R_INV;
            }
            break;
        }
    }
    /* contracts: the reporting subject (X…公司已与Y签订采购合同) sells when
     * the other side buys, and buys when the other side serves */
    if (type && strcmp(type, "contract") == 0) {
        int has_inv = 0;
        for (size_t i = a; i < b; i++)
            has_inv |= role[i - a] == R_INV;
        for (size_t i = a; i < b; i++) {
            if (c->vals[i].m->type != ZD_ORG || role[i - a] != R_NONE) continue;
            if (venue(&c->vals[i])) continue;
            /* (the one who reports its unit's contract is none: X还披露,
             * 公司全资子公司Y与…签署) */
            if (target && c->vals[i].m->end <= target->m->start &&
                has(W, c->vals[i].m->end, target->m->start, "子公司"))
                continue;
            /* (nor the buyer named again by its short name: Y(简称"Z")) */
            int again = 0;
            for (size_t j = a; j < b && !again; j++)
                again =
                    j != i && role[j - a] == R_INV && same_mention_org(c, &c->vals[i], &c->vals[j]);
            if (again) continue;
            if (has_inv && !target)
                target = &c->vals[i], role[i - a] = R_TARGET;
            else if (target && !has_inv)
                role[i - a] = R_INV;
            break;
        }
    }
    /* 合同金额约N: a sentence whose subject is the deal's price tells the
     * price of the deal just told (after a bullet too: ● 中标金额:N) */
    size_t lo_w = list_item_start(W, lo, hi);
    int price =
        has_any(W, lo_w, fwd_chars(t, hi, lo_w, 5), w_price_subject) ||
        /* (根据合同,6艘新船合同总价约N: the terms the price is told by) */
        (has_any(W, lo_w, fwd_chars(t, hi, lo_w, 2), (const char *const[]){"根据", "按照", NULL}) &&
         has_any(W, lo_w, fwd_chars(t, hi, lo_w, 16), w_price_subject));
    /* (协议期限为5年,合同总金额约N: a later clause's subject, in a sentence
     * that names no company) */
    int named_here = org_in(c, a, b, lo, hi);
    for (size_t q = clause_end(t, n, hi, lo_w); !price && !named_here && q < hi;
         q = clause_end(t, n, hi, q + 1))
        if (t[q] == ',') price = has_any(W, q + 1, fwd_chars(t, hi, q + 1, 5), w_price_subject);
    /* (X表示,本轮资金中,Y投资N: a speaker's words go on about the round,
     * as does a view of it, 从出资结构看,本轮由Y领投; so do a filing's words
     * about the price, 公告显示,本次交易的最终对价为N) */
    size_t said = clause_end(t, n, hi, lo);
    if (said < hi &&
        !has_any(W, back_chars(t, lo, said, 2), said,
                 (const char *const[]){"表示", "指出", "介绍", "透露", "看", "而言", NULL}) &&
        !(has(W, back_chars(t, lo, said, 2), said, "显示") &&
          has_any(W, said, hi,
                  (const char *const[]){"对价", "交易金额", "交易价格", "作价", "收购价", NULL})))
        said = lo;
    int cue = has_any(W, lo, fwd_chars(t, hi, lo, 4), w_cont) ||
              (said > lo && has_any(W, said, fwd_chars(t, hi, said, 5), w_cont)) || price;
    /* 其中,A向公司转让…股权,转让价款为N;B转让…: the sellers' parts of the
     * purchase just told, no deal of their own (and 其中,公司拟以N受让A持有
     * 的…股权) */
    /* (具体来看,公司拟以N受让A持有的…: the same parts, told in detail) */
    /* (…;受让C持有的10%股权,对价N: the semicolon's parts of 其中 too) */
    size_t ss = lo;
    while (ss > 0 && ss + 1000 > lo && t[ss - 1] != '\n' &&
           !(ss >= 3 && !memcmp(t + ss - 3, "。", 3)))
        ss--;
    int semi_part = lo > ss && t[lo - 1] == ';' && at(t, hi, ss, "其中");
    /* (the purchase told before, however far back, and whatever the
     * sentences between made of the sellers' names) */
    int bought_before = 0;
    for (size_t j = out->n; j-- > 0 && !bought_before;)
        bought_before = !strcmp(out->v[j].type, "acquisition");
    if ((at(t, hi, lo, "其中") || semi_part ||
         has_any(W, lo, fwd_chars(t, hi, lo, 4),
                 (const char *const[]){"具体来看", "具体而言", "具体来说", NULL})) &&
        ((recent && !strcmp(out->v[c->last].type, "acquisition")) ||
         ((semi_part || at(t, hi, lo, "其中")) && bought_before)) &&
        (has(W, lo, hi, "转让") || has(W, lo, hi, "受让")) && has(W, lo, hi, "股权"))
        return;
    /* the tranches of a round just told (X的这轮融资分两期到位:首期N已于3月
     * 到账,第二期N将在…后交割) are that round's parts, no deal of their own */
    if (type && !strcmp(type, "funding") && c->last >= 0 &&
        !strcmp(out->v[c->last].type, "funding") &&
        has_any(W, lo, hi,
                (const char *const[]){"这轮融资", "本轮融资", "此轮融资", "该轮融资", NULL}) &&
        has_any(W, lo, hi, (const char *const[]){"分两期", "分三期", "分期", "首期", NULL}) &&
        /* (one that names the round's investors still tells them, and
         * one that tells its total, 本轮融资总额为N,分两期交割, its money) */
        !other_org(c, a, b, lo, hi, out->v[c->last].target.name) &&
        !untranched_money(c, a, b, lo, hi)) {
        c->last_sent = c->sent; /* (it goes on about that round, as a merge would) */
        return;
    }
    /* ... and so is each payment to one of them (拟向A支付N,受让其持有的
     * 标的公司22.45%股权) after a purchase with its price */
    if (recent && !strcmp(out->v[c->last].type, "acquisition") && out->v[c->last].has_amount &&
        has(W, lo, hi, "支付") &&
        has_any(W, lo, hi, (const char *const[]){"受让其", "收购其", "购买其", NULL}))
        return;
    /* 公司全球发售所得款项总额约N after the offer: the proceeds of that
     * offer, however many sentences on (the company is the one offering) */
    size_t co = (size_t)-1;
    if (type && !strcmp(type, "ipo") && !target && c->last >= 0 &&
        !strcmp(out->v[c->last].type, "ipo") && (co = find(W, lo, hi, "公司")) != (size_t)-1 &&
        (co == lo ||
         has_any(W, back_chars(t, lo, co, 1), co, (const char *const[]){",", "该", "本", NULL})) &&
        has_any(W, lo, hi, w_proceeds))
        cue = recent = 1;
    /* X以N认购其新增注册资本: 其 is the company just told, X invests in it */
    if (type && trig < hi && !strcmp(type, "funding"))
        for (int k = 0; w_into[k] && !cue; k++)
            if (at(t, hi, trig, w_into[k]) && at(t, hi, trig + strlen(w_into[k]), "其")) cue = 1;
    /* ... however many lines of a notice came between, when that deal has
     * no price yet (X关于中标Y项目的公告, …, 中标金额:N) */
    if (!recent && price && c->last >= 0 && !out->v[c->last].has_amount &&
        (!type || !strcmp(type, out->v[c->last].type)))
        recent = 1;
    /* A、B跟投: a name listed before an investor whose role its verb told
     * shares that role (the verb may be out of A's reach) */
    for (size_t i = b; i-- > a + 1;) {
        size_t j = i - 1;
        if (c->vals[j].m->type != ZD_ORG || c->vals[i].m->type != ZD_ORG || role[j - a] != R_NONE ||
            role[i - a] != R_INV || lead[i - a] < 0 || &c->vals[j] == target)
            continue;
        size_t gap = c->vals[i].m->start - c->vals[j].m->end;
        const char *g = t + c->vals[j].m->end;
        if ((gap == 3 && (!memcmp(g, "、", 3) || !memcmp(g, "和", 3) || !memcmp(g, "及", 3))))
            role[j - a] = R_INV, lead[j - a] = lead[i - a];
    }
    /* X(独家)投了N: the subject of 投了 invests (the company may go unsaid);
     * so does the subject of 参与(了)…轮 */
    size_t who;
    if (type && strcmp(type, "funding") == 0 && trig < hi &&
        (at(t, n, trig, "投了") || at(t, n, trig, "参与")) &&
        (who = org_before(c, a, b, trig)) != (size_t)-1) {
        size_t q = c->vals[who].m->end;
        int solo = 0;
        for (int moved = 1; moved && q < trig;) {
            moved = 0;
            for (int w = 0; w_adv_inv[w]; w++)
                if (at(t, trig, q, w_adv_inv[w])) {
                    solo |= w == 0;
                    q += strlen(w_adv_inv[w]);
                    moved = 1;
                    break;
                }
        }
        if (q == trig && role[who - a] == R_NONE) {
            role[who - a] = R_INV;
            if (solo) lead[who - a] = 1;
        }
    }
    /* Y曾于…以N参与公司的Pre-IPO轮融资: Y invests in the company told;
     * Y以N入股,成为公司战略投资者: so does the subject of an 入股 with no
     * object, in the company the article tells of */
    size_t joins = type && !strcmp(type, "funding") ? find(W, lo, hi, "参与") : (size_t)-1;
    size_t takes =
        type && !strcmp(type, "funding") && trig < hi && at(t, n, trig, "入股") &&
                (trig + strlen("入股") == hi ||
                 has_any(W, trig + strlen("入股"), fwd_chars(t, hi, trig + strlen("入股"), 2),
                         (const char *const[]){",", "。", ";", "成为", NULL}))
            ? trig
            : (size_t)-1;
    if (joins != (size_t)-1 &&
        (at(t, hi, joins + strlen("参与"), "公司的") || at(t, hi, joins + strlen("参与"), "其")) &&
        (who = org_before(c, a, b, joins)) != (size_t)-1 &&
        c->vals[who].m->start >= clause_start(t, n, lo, joins) && role[who - a] != R_INV) {
        if (target == &c->vals[who]) target = NULL;
        role[who - a] = R_INV;
    }
    if (takes != (size_t)-1 && (who = org_before(c, a, b, takes)) != (size_t)-1 &&
        find(W, c->vals[who].m->end, takes, "以") == c->vals[who].m->end &&
        role[who - a] != R_INV) {
        if (target == &c->vals[who]) target = NULL;
        role[who - a] = R_INV;
    }
    /* X成立于2024年,同年获得Y的天使轮投资: a clause opened by a time
     * (同年, 次年, 随后) goes on about the company the clause before opened
     * with */
    if (!target && type && !strcmp(type, "funding") && lo > 0 && t[lo - 1] == ',' &&
        has_any(W, lo, fwd_chars(t, hi, lo, 2),
                (const char *const[]){"同年", "次年", "随后", "此后", "之后", "其后", NULL})) {
        int inv_here = 0;
        for (size_t i = a; i < b; i++)
            inv_here |= role[i - a] == R_INV;
        long x = inv_here ? said_company(c, lo) : -1;
        if (x >= 0) target = &c->vals[x];
    }
    /* X与Y签署…协议,…收购后者所持有的Z: Y holds Z and sells it */
    if (type && !strcmp(type, "acquisition") && target) {
        size_t hp = first_of(W, lo, hi, (const char *const[]){"后者所持有", "后者持有", NULL});
        for (size_t i = a; i < b && hp != (size_t)-1; i++) {
            const zd_value *v = &c->vals[i];
            if (v->m->type == ZD_ORG && v->m->end <= hp && role[i - a] == R_INV &&
                has(W, back_chars(t, lo, v->m->start, 10), v->m->start, "与"))
                role[i - a] = R_SKIP;
        }
    }
    /* X已与Y全体股东签署协议,以N收购后者100%股权: 后者 is the company named
     * last before it that is not the buyer */
    if (!target && type && !strcmp(type, "acquisition") && trig < hi &&
        latter_bought(W, t, hi, trig))
        for (size_t i = b; i-- > a;) {
            const zd_value *v = &c->vals[i];
            if (v->m->type != ZD_ORG || v->m->start > trig || role[i - a] == R_INV || venue(v))
                continue;
            target = v, role[i - a] = R_TARGET;
            break;
        }
    /* X以N收购了该公司100%股权: 该公司 is the company the paragraph spoke of
     * last (Y的前身是Z。2021年11月,X以N收购了该公司…) */
    if (!target && type && !strcmp(type, "acquisition") && trig < hi &&
        has_any(W, trig, fwd_chars(t, hi, trig, 6),
                (const char *const[]){"了该公司", "购该公司", "了这家公司", "购这家公司", NULL})) {
        long x = said_company(c, lo);
        if (x >= 0) target = &c->vals[x];
    }
    /* X公告,公司全资子公司Y拟…增资扩股: the subsidiary named is the subject */
    if (!target && type && !cue && strcmp(type, "funding") == 0)
        for (size_t i = a; i < b; i++)
            if (c->vals[i].m->type == ZD_ORG && role[i - a] == R_NONE &&
                c->vals[i].m->start < trig &&
                has(W, back_chars(t, lo, c->vals[i].m->start, 3), c->vals[i].m->start, "子公司")) {
                target = &c->vals[i];
                role[i - a] = R_TARGET;
                by_subject = 1;
                break;
            }
    if (!target && type && !cue && (strcmp(type, "funding") == 0 || strcmp(type, "ipo") == 0))
        for (size_t i = a; i < b; i++)
            if (c->vals[i].m->type == ZD_ORG && role[i - a] == R_NONE &&
                c->vals[i].m->start < trig && !venue(&c->vals[i]) &&
                !in_time_clause(c, lo, hi, c->vals[i].m->start) &&
                !has_any(W, c->vals[i].m->end, fwd_chars(t, hi, c->vals[i].m->end, 12),
                         w_adviser)) {
                target = &c->vals[i];
                role[i - a] = R_TARGET;
                by_subject = 1;
                break;
            }
    /* ... but X…获得Y的A轮投资 names whom Y invested in: the subject that
     * takes an investor's money is the target, money told or not */
    for (size_t i = a; i < b && by_subject; i++)
        if (role[i - a] == R_INV && !weak_inv[i - a] && c->vals[i].m->start > target->m->end &&
            has_any(W, back_chars(t, lo, c->vals[i].m->start, 2), c->vals[i].m->start,
                    (const char *const[]){"获得", "获", NULL}))
            by_subject = 0;

    /* a fund raising or being set up (…组建的算力基金计划募集300亿元) is no
     * deal of a company: the fund is the one named as the target */
    if (target && type && !strcmp(type, "funding") &&
        ((target->m->end - target->m->start >= 6 && !memcmp(t + target->m->end - 6, "基金", 6)) ||
         /* (X将设立一只规模N的…基金,主要投资…: X sets up a fund) */
         (has(W, lo, hi, "基金") &&
          has_any(W, lo, hi, (const char *const[]){"设立", "组建", "发起设立", NULL}) &&
          !has_any(W, lo, hi, (const char *const[]){"获得", "完成", "获", "注资", NULL}))) &&
        has_any(W, lo, hi,
                (const char *const[]){"设立", "组建", "发起", "募集", "成立", "首期", "首关",
                                      "加码", "扩大", NULL}) &&
        !has_any(W, lo, hi, (const char *const[]){"领投", "跟投", "融资", "本轮", NULL}))
        return;
    /* a body the government set up with its money (X于2023年成立,由政府
     * 注资N) is founded, not funded in a round */
    if (type && !strcmp(type, "funding") && has(W, lo, hi, "成立") &&
        has_any(W, lo, hi, (const char *const[]){"政府注资", "政府出资", "财政注资", NULL}))
        return;
    /* a fund's closing (X完成第三期美元基金的最终关账,募资总额N) is a
     * fund raised from its LPs, no deal of a company; so is what a limited
     * partner commits to it (基金已完成首期募集,…X作为有限合伙人认缴N) */
    if (type && !strcmp(type, "funding") && has(W, lo, hi, "基金") &&
        has_any(W, lo, hi,
                (const char *const[]){"关账", "首关", "终关", "首期募集", "完成募集", "募集完成",
                                      "有限合伙人", NULL}) &&
        !has_any(W, lo, hi, (const char *const[]){"领投", "跟投", "本轮", NULL}))
        return;
    /* 其中,向A支付N,收购其持有的标的公司50%股权: a part of the acquisition
     * just told (what one seller gets), not another deal */
    if (target && type && !strcmp(type, "acquisition") && c->last >= 0 &&
        !strcmp(out->v[c->last].type, "acquisition") &&
        (at(t, hi, lo, "其中") || has(W, target->m->start, target->m->end, "标的"))) {
        char *x = mname(c, target);
        int same = same_org(x, out->v[c->last].target.name);
        free(x);
        if (same) return;
    }
    zd_deal d;
    memset(&d, 0, sizeof d);
    d.date.gran = ZD_GRAN_NONE;
    d.span_s = lo;
    d.span_e = hi;
    int cont = 0;
    d.weak = by_subject;
    if (target && type) {
        d.type = type;
        party_set(c, &d.target, target);
        /* X(8月13日晚间)公告,公司以N认购/受让Y…: 公司 is X, who invests or buys */
        size_t gen = company_word(c, a, b, lo, trig < hi ? trig : hi);
        if ((strcmp(type, "funding") == 0 || strcmp(type, "acquisition") == 0) &&
            gen != (size_t)-1 && !in_org(c, a, b, gen) &&
            has(W, back_chars(t, lo, gen, 1), gen, ",") &&
            /* 公司控股子公司Y: 公司 owns the party, it is none; 公司拟将Y
             * …转让给Z: 公司 sells */
            !has_any(W, gen, fwd_chars(t, hi, gen, 7),
                     (const char *const[]){"子公司", "旗下", NULL}) &&
            !has_any(W, gen, hi, (const char *const[]){"转让给", "出售给", NULL})) {
            long x = announcer(c, a, b, role, gen);
            if (x >= 0 && &c->vals[x] != target) role[x - (long)a] = R_INV;
        }
    } else {
        /* others doing the like (火山引擎、腾讯云等也相继与…签署了合同) and a
         * company's shareholders listed (现有股东包括X) are no part of it */
        if (has_any(W, lo, hi, (const char *const[]){"等也", "也相继", "相继与", "纷纷", NULL}) ||
            (has_any(W, lo, hi, (const char *const[]){"股东包括", "股东有", "股东为", NULL}) &&
             !has_any(W, lo, hi,
                      (const char *const[]){"领投", "跟投", "参投", "加注", "加码", "追加", "本轮",
                                            NULL})))
            return;
        /* a sentence that goes on about the last deal: its investors, their
         * shares, the valuation (本轮由X领投; 其中N来自X; 投后估值达N) */
        int roles = 0; /* investors marked as in a round (由, 领投, 来自 ...) */
        for (size_t i = a; i < b; i++)
            if (role[i - a] == R_INV && !weak_inv[i - a]) roles = 1;
        int shares = 0; /* N来自X */
        for (size_t i = a; i < b; i++)
            if (c->vals[i].m->type == ZD_MONEY && at(t, n, c->vals[i].m->end, "来自")) shares = 1;
        cue = cue || has(W, lo, hi, "估值") || shares || roles;
        /* the lifetime value of the nomination just told (收到Y的定点通知…。
         * 该项目…预计生命周期总金额约N) */
        if (lifetime_value(c, out, recent, lo, hi)) cue = 1;
        /* the proceeds of the offer just told (…招股。集资总额约N) */
        if (recent && !strcmp(out->v[c->last].type, "ipo") && has_any(W, lo, hi, w_proceeds))
            cue = 1;
        /* an organization that is already a deal's target names that deal,
         * however far back it was told (芯动半导体的投前估值约为80亿元) */
        int named = 0;
        for (size_t i = a; i < b && !named; i++) {
            if (c->vals[i].m->type != ZD_ORG || role[i - a] != R_NONE) continue;
            char *nm = mname(c, &c->vals[i]);
            for (size_t j = out->n; j-- > 0;)
                if (same_org(out->v[j].target.name, nm)) {
                    c->last = (long)j;
                    recent = cue = named = 1;
                    break;
                }
            free(nm);
        }
        /* a sentence that opens with 本轮/此轮 (本轮由X领投), paragraphs
         * after the round was told, goes on about the article's round */
        /* (its investors only: an amount there may be one investor's) */
        int moneyed = 0;
        for (size_t i = a; i < b; i++)
            moneyed |= c->vals[i].m->type == ZD_MONEY;
        /* (or after a view of it: 从出资结构看,本轮由X领投) */
        size_t opens = said > lo && said < hi ? said + 1 : lo;
        if (!recent && !target && !moneyed && type && !strcmp(type, "funding") &&
            has_any(W, opens, fwd_chars(t, hi, opens, 2),
                    (const char *const[]){"本轮", "此轮", NULL}))
            for (size_t j = 0; j < out->n; j++)
                if (!out->v[j].background && !strcmp(out->v[j].type, "funding")) {
                    c->last = (long)j;
                    recent = cue = 1;
                    break;
                }
        /* 本轮/此轮/本次 is the round the article reports: its first news
         * deal, not the earlier round told last; a headline's mere mention
         * of a round (X寻求新融资), not yet a deal, is passed over */
        if (recent &&
            has_any(W, lo, hi, (const char *const[]){"本轮", "此轮", "本次", "这轮", NULL})) {
            long first = -1;
            for (size_t j = 0; j < out->n; j++)
                if (!out->v[j].background &&
                    same_org(out->v[j].target.name, out->v[c->last].target.name)) {
                    if (first < 0) first = (long)j;
                    if (complete(&out->v[j])) {
                        first = (long)j;
                        break;
                    }
                }
            if (first >= 0) c->last = first;
        }
        /* 公司/该公司 as the subject of a deal word is the company the
         * article is about: a new deal of the last target (公司计划…上市) */
        /* 公司 (the company the article is about) doing a deal itself:
         * 公司完成/获得/计划…; the company is the first deal's target */
        /* ... and so is 我们 when the company speaks (an interview) */
        size_t gen = company_word(c, a, b, lo, trig < hi ? trig : hi);
        /* (not the 公司 of a name: X股份有限公司…公告称,公司近日收到…) */
        /* (这家商业航天企业宣布完成…: 这家 and a word of a company's kind
         * as long as 公司) */
        size_t zh = gen == (size_t)-1 ? find(W, lo, trig < hi ? trig : hi, "这家") : (size_t)-1;
        if (zh != (size_t)-1) {
            size_t q = first_of(W, zh, fwd_chars(t, trig < hi ? trig : hi, zh, 16),
                                (const char *const[]){"企业", "厂商", "品牌", "平台",
                                                      /* (这家成立不到五年的新创) */
                                                      "新创", "初创", NULL});
            if (q != (size_t)-1 && !has(W, zh, q, ",")) gen = q;
        }
        if (gen == (size_t)-1) gen = find(W, lo, trig < hi ? trig : hi, "我们");
        zd_party main_co = {0};
        int have_main = 0;
        /* X(10月21日)对外称/透露/公告,公司完成…: 公司 is X */
        long x = type && gen != (size_t)-1 ? announcer(c, a, b, role, gen) : -1;
        /* 该公司: the company the paragraph spoke of last */
        /* (这家成立不到四年的公司: 这家 and its description before 公司) */
        size_t zj =
            gen != (size_t)-1 ? find(W, back_chars(t, lo, gen, 20), gen, "这家") : (size_t)-1;
        int this_one = gen != (size_t)-1 && (has(W, back_chars(t, lo, gen, 1), gen, "该") ||
                                             (zj != (size_t)-1 && !has(W, zj, gen, ",")));
        if (x < 0 && type && this_one) x = said_company(c, lo);
        /* a bare 公司 in a paragraph that opens with a company (关于Y: Y成立于
         * 2019年,…。2023年8月,公司完成C轮融资) is that company, in its own
         * deal (in a purchase 公司 buys, as the roles below find) */
        if (x < 0 && type && strcmp(type, "acquisition") != 0 && gen != (size_t)-1 &&
            !in_org(c, a, b, gen) && at(t, hi, gen, "公司")) {
            long y = said_company(c, lo);
            if (y >= 0 && c->vals[y].m->start == para_start(t, lo) && c->vals[y].m->start < lo)
                x = y;
        }
        /* 本公司 in a filing is its filer: the first company it names */
        int ours = gen != (size_t)-1 && has(W, back_chars(t, lo, gen, 1), gen, "本");
        for (size_t i = 0; x < 0 && type && ours && i < c->nv; i++)
            if (c->vals[i].m->type == ZD_ORG && !venue(&c->vals[i]) && !c->vals[i].relative)
                x = (long)i;
        /* 我们 in an interview: the speaker's company */
        /* ... and so is an answer's round */
        if (x < 0 && type && ((gen != (size_t)-1 && at(t, hi, gen, "我们")) || answer_round))
            x = speaker_company(c);
        if (x >= 0) party_set(c, &main_co, &c->vals[x]), have_main = 1;
        /* X曾以N收购Y;2022年,公司完成…: 公司 goes on about the buyer that
         * was the subject of the clause just before, not the company bought */
        if (!have_main && type && gen != (size_t)-1 && x < 0 && recent &&
            !strcmp(out->v[c->last].type, "acquisition") && out->v[c->last].ninv == 1 &&
            out->v[c->last].span_e <= lo && lo <= out->v[c->last].span_e + 3 &&
            at(t, hi, out->v[c->last].span_e, ";")) {
            party_copy(&main_co, &out->v[c->last].inv[0]);
            have_main = 1;
        }
        /* a bare 公司 in the paragraph of a round just told (a roundup's item:
         * X近日获得N的A轮融资。公司此前曾获数百万元天使轮投资) is that round's
         * company, not the article's first */
        if (!have_main && type && !strcmp(type, "funding") && gen != (size_t)-1 && x < 0 &&
            recent && at(t, hi, gen, "公司") && !in_org(c, a, b, gen) &&
            !has(W, back_chars(t, lo, gen, 1), gen, "本") &&
            !strcmp(out->v[c->last].type, "funding") && out->v[c->last].target.name &&
            out->v[c->last].span_s >= para_start(t, lo) && out->v[c->last].span_e <= lo) {
            party_copy(&main_co, &out->v[c->last].target);
            have_main = 1;
        }
        /* an answer's round, before any deal, is of the company whose legal
         * name the article gives (榕岭的运营主体是杭州榕岭信息技术有限公司), not
         * an investor the answers name often */
        /* (and so for 我们 in an interview, when no founder names it) */
        if (!have_main && type && out->n == 0 &&
            (answer_round || (gen != (size_t)-1 && at(t, hi, gen, "我们"))))
            have_main = legal_company(c, &main_co);
        if (!have_main) have_main = type && main_company(c, out, &main_co);
        /* 公司拟向特定对象发行股票 in a filing: only a listed company issues
         * shares, and 公司 is the filer (X发布公告称,公司全资子公司Y…), not
         * the unit whose deal the filing told first */
        long filer = x < 0 && have_main && type && !strcmp(type, "funding") &&
                             has_any(W, lo, hi,
                                     (const char *const[]){"向特定对象发行", "非公开发行", "定增",
                                                           "定向增发", NULL})
                         ? filer_company(c, 600) /* (in the article's opening) */
                         : -1;
        /* ... and so is 公司 in a filing of a purchase (X公告称,公司拟以N收购
         * Y…。公司于2021年在科创板上市): the filer that buys, not what it buys */
        /* (its own deal, a listing or a round: in one more purchase 公司
         * is the buyer, which the roles below find) */
        if (x < 0 && filer < 0 && have_main && type && strcmp(type, "acquisition") != 0 &&
            gen != (size_t)-1 && out->n > 0 && !strcmp(first_news(out)->type, "acquisition") &&
            first_news(out)->ninv > 0 && first_news(out)->inv[0].name &&
            (filer = filer_company(c, c->n)) >= 0) {
            char *fn = mname(c, &c->vals[filer]);
            if (!same_org(fn, first_news(out)->inv[0].name)) filer = -1;
            /* (not when its paragraph spoke of another company before it:
             * 2021年,Y获…;2023年3月,公司完成…: 公司 is Y) */
            for (size_t i = 0; filer >= 0 && i < c->nv && c->vals[i].m->start < gen; i++) {
                const zd_value *v = &c->vals[i];
                if (v->m->type != ZD_ORG || v->m->start < para_start(t, gen) || venue(v)) continue;
                char *vn = mname(c, v);
                if (!same_org(vn, fn)) filer = -1;
                free(vn);
            }
            free(fn);
        }
        if (filer >= 0) {
            party_free(&main_co);
            party_set(c, &main_co, &c->vals[filer]);
        }
        /* (2023年我们拿到了…: a time may open the clause before its subject) */
        size_t subj = gen;
        for (size_t i = a; i < b && gen != (size_t)-1; i++)
            if (c->vals[i].m->type == ZD_DATE && c->vals[i].m->end == gen)
                subj = c->vals[i].m->start;
        int generic_subject =
            have_main && gen != (size_t)-1 && !in_org(c, a, b, gen) &&
            (subj == lo || ours || this_one || has(W, back_chars(t, lo, subj, 1), subj, ",") ||
             has(W, back_chars(t, lo, subj, 1), subj, ":") ||
             has(W, back_chars(t, lo, gen, 1), gen, ",") ||
             has(W, back_chars(t, lo, gen, 1), gen, ":")) &&
            (has_any(W, gen, fwd_chars(t, hi, gen, 14),
                     (const char *const[]){"完成", "获得", "获",   "拿下", "拿到", "做了", "融了",
                                           "宣布", "计划", "拟",   "将",   "已",   "曾",   "又",
                                           "还",   "递交", "登陆", "刚刚", "拿了", "签完", NULL}) ||
             /* 公司于2021年在科创板上市,首发募集资金N: the company lists */
             (type && !strcmp(type, "ipo") &&
              has_any(W, gen, fwd_chars(t, hi, gen, 16),
                      (const char *const[]){"上市,", "挂牌,", NULL})) ||
             /* 公司近日收到Y的定点通知: the company is nominated; 公司成为
              * Y…项目的中标人: it won Y's tender */
             (type && !strcmp(type, "contract") &&
              (has(W, gen, fwd_chars(t, hi, gen, 14), "收到") ||
               (has(W, gen, fwd_chars(t, hi, gen, 4), "成为") &&
                has_any(W, gen, hi,
                        (const char *const[]){"中标人", "中标单位", "中标候选人", NULL})))) ||
             /* 公司与Y签署…供货合同: the company sells (我们刚和Y签了…) */
             (type && !strcmp(type, "contract") &&
              (at(t, hi, gen + strlen("公司"), "与") || at(t, hi, gen + strlen("公司"), "和") ||
               ((at(t, hi, gen + strlen("公司"), "刚") || at(t, hi, gen + strlen("公司"), "也")) &&
                (at(t, hi, gen + strlen("公司") + strlen("刚"), "与") ||
                 at(t, hi, gen + strlen("公司") + strlen("刚"), "和"))) ||
               yu_after_time(c, gen, hi)))) &&
            (!has_any(W, trig, fwd_chars(t, hi, trig, 2), (const char *const[]){"投资", NULL}) ||
             /* 我们…拿到了…,是X的种子轮投资: the company receives */
             has_any(W, gen, fwd_chars(t, hi, gen, 12),
                     (const char *const[]){"拿到", "获得", "融了",
                                           /* (公司此前曾获N天使轮投资) */
                                           "曾获", "再获", "又获", "已获", NULL}) ||
             /* (公司2021年完成N天使轮,由Y独家投资: a round completed) */
             (trig > gen && has(W, gen, trig, "完成") && !has(W, gen, trig, "对") &&
              round_at(W, gen, trig) != (size_t)-1));
        /* a round told with its investors and money but no subject (许牧:
         * 去年4月拿的,1亿元,X领投,Y跟投): Chinese leaves out the subject that
         * is the topic of the discourse, here the one company every deal so
         * far is about */
        int dropped = 0;
        /* an answer's round after a deal told: a new round, unless the deal
         * told lacks its amount (拾岭是不是又融资了? 何静怡:对,上个月交割完
         * A+轮,金额是N) */
        const char *rd0 = answer_round ? round_of(W, lo, hi) : NULL;
        if (answer_round && !rd0) rd0 = asked; /* (the round the question named) */
        int answer_new = answer_round && recent &&
                         (out->v[c->last].has_amount || strcmp(type, out->v[c->last].type) ||
                          (out->v[c->last].round && rd0 && strcmp(rd0, out->v[c->last].round)));
        /* 于2021年获Y…种子轮投资,去年再完成N的Pre-A轮: a clause that opens a
         * new episode with a round of its own and no subject goes on about
         * the company of the round before */
        /* (the round before told in the clause just before: 同属…的「Y」,今年5月也
         * 完成… goes on about Y, whose clause told no deal) */
        const char *rd_ep = c->episode && recent && c->last_sent == c->sent - 1 && type && money
                                ? round_of(W, lo, hi)
                                : NULL;
        int episode_round = rd_ep && !strcmp(type, "funding") &&
                            !strcmp(out->v[c->last].type, "funding") && out->v[c->last].round &&
                            strcmp(rd_ep, out->v[c->last].round) != 0 &&
                            !org_in(c, a, b, lo, round_at(W, lo, hi));
        if (episode_round) {
            party_free(&main_co);
            party_copy(&main_co, &out->v[c->last].target);
            have_main = 1;
        }
        if (!generic_subject && have_main && ((!recent || answer_new) || episode_round) && type &&
            strcmp(type, "funding") == 0 &&
            (answer_round || episode_round || (roles && money && out->n > 0 && trig < hi)) &&
            (answer_round || episode_round ||
             has_any(W, trig, fwd_chars(t, hi, trig, 2),
                     (const char *const[]){"融资", "领投", "跟投", "投了", NULL}) ||
             /* (2022年的天使轮,500万美元,Y独家投资) */
             (at(t, hi, trig, "投资") &&
              has_any(W, back_chars(t, lo, trig, 2), trig,
                      (const char *const[]){"独家", "共同", "联合", NULL})))) {
            dropped = 1;
            if (answer_round && raised_itself(c, a, b, hi, role)) dropped = 0;
            for (size_t i = a; i < b && dropped; i++) /* the subject's place is empty */
                if (c->vals[i].m->type == ZD_ORG && role[i - a] != R_INV && !venue(&c->vals[i]) &&
                    c->vals[i].m->start < trig)
                    dropped = 0;
            for (size_t j = 0; j < out->n && dropped; j++)
                if ((out->v[j].has_amount || out->v[j].ninv > 0) &&
                    !same_org(out->v[j].target.name, main_co.name))
                    dropped =
                        0; /* a deal of another company (a deal with neither is dropped later) */
            /* 本轮由X领投,出资N: the round is the article's news deal */
            if (dropped &&
                has_any(W, lo, hi, (const char *const[]){"本轮", "此轮", "本次", "这轮", NULL}))
                for (size_t j = 0; j < out->n; j++)
                    if (!out->v[j].background) {
                        c->last = (long)j;
                        recent = cue = 1;
                        dropped = 0;
                        break;
                    }
        }
        /* 公司计划…启动B轮融资 after the angel round was told: another round */
        const char *rd = round_of(W, lo, hi);
        int other_round =
            recent && rd && out->v[c->last].round && strcmp(rd, out->v[c->last].round) != 0;
        /* 2023年7月,双方曾签署…合同,总金额N, after the parties' contract
         * was told and with no name of its own: an earlier deal of the same
         * two parties, of its own time and price (both: 1 + the index of
         * the deal whose parties they are) */
        int both = 0;
        size_t bw = type && c->last >= 0 && !generic_subject && !org_in(c, a, b, lo, hi)
                        ? find(W, lo, trig < hi ? trig : hi, "双方")
                        : (size_t)-1;
        long src = -1; /* (the latest deal of its kind with both parties and a price) */
        for (long j = c->last; bw != (size_t)-1 && j >= 0 && src < 0; j--)
            if (out->v[j].type && !strcmp(type, out->v[j].type) && out->v[j].ninv > 0 &&
                out->v[j].has_amount && out->v[j].amount.has_value)
                src = j;
        if (src >= 0 && has_any(W, bw, fwd_chars(t, hi, bw, 3),
                                (const char *const[]){"曾", "此前", "早在", NULL})) {
            if (own_time_and_price(c, a, b, bw, out->v[src].amount.value)) {
                party_free(&main_co);
                party_copy(&main_co, &out->v[src].target);
                have_main = generic_subject = 1;
                both = (int)src + 1;
                gen = bw;
            }
        }
        /* 公司还/又签下…订单 after a contract was told: another order */
        int other_order = generic_subject && !strcmp(type, "contract") &&
                          has_any(W, gen, fwd_chars(t, hi, gen, 3),
                                  (const char *const[]){"还", "又", "曾", "此前", NULL});
        /* ... or told after a time of its own, with a price of its own
         * (今年2月,公司与Y签订了约N的合同, after this week's contract) */
        if (generic_subject && !strcmp(type, "contract") && recent && out->v[c->last].has_amount &&
            out->v[c->last].amount.has_value) {
            other_order =
                other_order || own_time_and_price(c, a, b, gen, out->v[c->last].amount.value);
        }
        /* 公司/我们完成了B轮,金额是N after the same deal was told with no
         * amount (最近圈内都在传X拿了新一轮融资?): the sentence completes it */
        int fill = (money && generic_subject && recent && !cue &&
                    strcmp(type, out->v[c->last].type) == 0 && !out->v[c->last].has_amount &&
                    !other_round) ||
                   (answer_round && recent && !answer_new);
        if ((generic_subject && !fill &&
             !(recent && strcmp(type, out->v[c->last].type) == 0 && !cue && !other_round &&
               !other_order)) ||
            dropped) {
            d.type = type;
            d.target = main_co;
            /* (双方曾签署…: the other party of the deal told) */
            for (size_t k = 0; both && k < out->v[both - 1].ninv; k++) {
                d.inv = zd_xrealloc(d.inv, (d.ninv + 1) * sizeof *d.inv);
                party_copy(&d.inv[d.ninv++], &out->v[both - 1].inv[k]);
            }
            /* 公司还签下Y…订单: the company supplies, the one it signs with buys */
            if (!strcmp(type, "contract"))
                for (size_t i = a; i < b; i++) {
                    const zd_value *v = &c->vals[i];
                    if (v->m->type != ZD_ORG || v->m->start < gen || venue(v)) continue;
                    /* (past a parent named before its unit: 收到Y集团旗下Z的…) */
                    if (role[i - a] == R_SKIP) continue;
                    if (role[i - a] == R_NONE) role[i - a] = R_INV;
                    break;
                }
            /* 公司拟…募集配套资金 after its acquisition: the buyer raises it */
            if (!strcmp(type, "funding") && has(W, lo, hi, "配套资金") && c->last >= 0 &&
                !strcmp(out->v[c->last].type, "acquisition") && out->v[c->last].ninv > 0) {
                party_free(&d.target);
                party_copy(&d.target, &out->v[c->last].inv[0]);
            }
        } else {
            party_free(&main_co);
            if ((!recent || !cue) && !fill) return;
            const zd_deal *l = &out->v[c->last];
            /* 募资净额约N after an offer was told: its proceeds, not a round */
            if (type && !strcmp(l->type, "ipo") && !strcmp(type, "funding") && trig < hi &&
                has_any(W, trig, fwd_chars(t, hi, trig, 2),
                        (const char *const[]){"募资", "募集", "集资", NULL}))
                type = "ipo";
            if (type && !strcmp(l->type, "ipo") && !strcmp(type, "funding") &&
                has(W, lo, hi, "认购") &&
                has(W, back_chars(t, para_start(t, lo), lo, 120), hi, "基石")) {
                /* the offer's cornerstone investors and what each takes
                 * (基石投资者…其中X认购N): the IPO's investors, not a round */
                cont = 1;
                d.type = l->type;
            } else if (type && strcmp(type, l->type) != 0) {
                /* another kind of deal of the same company (IPO之前…其中
                 * 最近一次是…Pre-IPO轮); but a purchase of a firm described,
                 * not named (美的集团拟收购德国机器人集成商), is no deal of it */
                if (!strcmp(type, "acquisition") && trig < hi) {
                    size_t we = deal_word_end(t, hi, trig), ce = clause_end(t, n, hi, we);
                    int told_name = 0;
                    for (size_t i = a; i < b && !told_name; i++)
                        told_name = c->vals[i].m->type == ZD_ORG && c->vals[i].m->start >= we &&
                                    c->vals[i].m->start < ce;
                    size_t de = ce;
                    while (de > we && (t[de - 1] == ' ' || (t[de - 1] >= '0' && t[de - 1] <= '9')))
                        de--;
                    if (!told_name &&
                        has_any(W, back_chars(t, we, de, 3), de,
                                (const char *const[]){"商", "企", "公司", "厂", NULL}))
                        return;
                }
                d.type = type;
            } else {
                cont = 1;
                d.type = l->type;
            }
            /* an acquisition's supporting issue (…吸收合并Y,同时拟向特定对象
             * 发行股份募集配套资金) is raised by the buyer, not the bought */
            if (!strcmp(d.type, "funding") && !strcmp(l->type, "acquisition") && l->ninv > 0 &&
                has(W, lo, hi, "配套资金"))
                party_copy(&d.target, &l->inv[0]);
            else
                party_copy(&d.target, &l->target);
        }
    }
    for (size_t i = a; i < b; i++) {
        if (role[i - a] != R_INV || &c->vals[i] == target) continue;
        /* the target's short name in its brackets (X(下称“Y”)) is no other party */
        if (target && c->vals[i].m->start > target->m->end &&
            c->vals[i].m->start <= fwd_chars(t, hi, target->m->end, 10) &&
            has_any(W, target->m->end, c->vals[i].m->start,
                    (const char *const[]){"简称", "下称", NULL}))
            continue;
        zd_party *pa = add_inv(c, &d, &c->vals[i]);
        if (pa && lead[i - a] >= 0) pa->lead = lead[i - a];
    }
    /* 公司曾以N收购Y: 公司, a clause's subject, is the company the article
     * is about; in a story of its acquisitions, the buyer of the first */
    if (d.type && !strcmp(d.type, "acquisition") && d.ninv == 0 && target && out->n > 0) {
        size_t gen = company_word(c, a, b, lo, trig < hi ? trig : hi);
        if (gen != (size_t)-1 && !in_org(c, a, b, gen) &&
            (gen == lo || has(W, back_chars(t, lo, gen, 1), gen, ",")) &&
            has_any(
                W, gen, fwd_chars(t, hi, gen, 3),
                (const char *const[]){"曾", "拟", "将", "已", "以", "还", "又", "计划", NULL})) {
            const zd_deal *first = first_news(out);
            const zd_party *buyer = !strcmp(first->type, "acquisition") && first->ninv > 0
                                        ? &first->inv[0]
                                        : &first->target;
            if (buyer->name && !same_org(buyer->name, d.target.name)) {
                d.inv = zd_xrealloc(d.inv, (d.ninv + 1) * sizeof *d.inv);
                party_copy(&d.inv[d.ninv++], buyer); /* lead unknown (-1) */
            }
        }
    }
    /* a tender's buyer is often named in the sentence before (X发布…采购
     * 项目中标候选人公示。Y以N元位列第一中标候选人) */
    if (d.type && strcmp(d.type, "contract") == 0 && d.ninv == 0 &&
        find(W, lo, hi, "中标") != (size_t)-1) {
        for (size_t i = a; i-- > 0;) {
            const zd_value *v = &c->vals[i];
            if (v->m->start + 600 < lo) break;
            if (v->m->type != ZD_ORG || venue(v)) continue;
            if (has_any(W, v->m->end, fwd_chars(t, lo, v->m->end, 6),
                        (const char *const[]){"发布", "招标", "采购", "集采", NULL})) {
                add_inv(c, &d, v);
                break;
            }
        }
    }
    /* ---- money */
    /* A与B(将)分别认购…,出资N1及N2: the amounts after 分别 are theirs, in
     * order, when there are as many as investors */
    const zd_value *resp[8];
    size_t nresp = 0;
    size_t fb = find(W, lo, hi, "分别");
    if (fb != (size_t)-1 && d.type) {
        const zd_value *invs[8], *mons[8];
        size_t ni = 0, nm = 0;
        for (size_t i = a; i < b; i++) {
            const zd_value *v = &c->vals[i];
            if (v->m->type == ZD_ORG && role[i - a] == R_INV && v->m->end <= fb && ni < 8)
                invs[ni++] = v;
            if (v->m->type == ZD_MONEY && v->ok && v->m->start > fb && nm < 8 &&
                !(v->money.has_value && v->money.value < 1e4))
                mons[nm++] = v;
        }
        if (ni >= 2 && ni == nm)
            for (size_t k = 0; k < ni; k++) {
                zd_party *pa = add_inv(c, &d, invs[k]);
                if (pa && !pa->has_amount)
                    set_money(c, &pa->has_amount, &pa->amount, &pa->amount_text, mons[k]);
                resp[nresp++] = mons[k];
            }
    }
    const zd_value *earlier = NULL;
    zd_date earlier_date = {0, 0, 0, ZD_GRAN_NONE};
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        if (v->m->type != ZD_MONEY || !v->ok) continue;
        int used = 0;
        for (size_t k = 0; k < nresp; k++)
            used |= resp[k] == v;
        if (used) continue;
        const zd_mention *m = v->m;
        size_t cl = clause_start(t, n, lo, m->start), ce = clause_end(t, n, hi, m->end);
        size_t pre = back_chars(t, cl, m->start, 8);
        /* valuation */
        size_t vp = find(W, pre, m->start, "估值");
        /* …估值完成5亿元融资: a deal verb between makes it the round's money */
        if (vp != (size_t)-1 &&
            has_any(W, vp, m->start,
                    (const char *const[]){"完成", "获得", "获", "融资", "募资", "筹集", NULL}))
            vp = (size_t)-1;
        /* (a post-money valuation of around US$500 million) */
        if (vp == (size_t)-1) vp = find(W, back_chars(t, cl, m->start, 24), m->start, "valuation");
        if (vp != (size_t)-1 || has(W, m->end, fwd_chars(t, ce, m->end, 2), "估值") ||
            has_any(W, m->end, fwd_chars(t, ce, m->end, 5),
                    (const char *const[]){"的估值", "的投前估值", "的投后估值", NULL})) {
            if (!d.has_val) {
                set_money(c, &d.has_val, &d.val, &d.val_text, v);
                size_t after = fwd_chars(t, ce, m->end, 5); /* N的投前估值 */
                if (has(W, cl, m->start, "投前") || has(W, m->end, after, "投前"))
                    d.basis = "pre";
                else if (has(W, m->end, after, "投后"))
                    d.basis = "post";
                else if (has(W, cl, m->start, "投后") || has(W, cl, m->start, "融资后") ||
                         has(W, cl, m->start, "后估值") || has(W, cl, m->start, "融资完成后"))
                    d.basis = "post";
                else
                    d.basis = "unspecified";
            }
            continue;
        }
        if (money_blocked(c, d.type, cl, ce, m, &v->money)) continue;
        /* B轮目标募资总额为N after the round's first close was told with its
         * money: what the round seeks, not what it raised */
        if (has(W, cl, m->start, "目标") && d.target.name) {
            const char *rd = round_of(W, lo, hi);
            int seen = 0;
            for (size_t j = 0; j < out->n && !seen; j++)
                seen = out->v[j].has_amount && same_org(out->v[j].target.name, d.target.name) &&
                       rd && out->v[j].round && !strcmp(rd, out->v[j].round);
            if (seen) continue;
        }
        /* 15亿日元(约合1000万美元): the money before, in another currency */
        if (i > a && c->vals[i - 1].m->type == ZD_MONEY && m->start - c->vals[i - 1].m->end <= 12 &&
            has_any(W, c->vals[i - 1].m->end, fwd_chars(t, ce, m->start, 2),
                    (const char *const[]){"约合", "折合", "相当于", NULL}))
            continue;
        /* 去年11月签署的N协议: an earlier contract told inside this one */
        if (d.type && strcmp(d.type, "contract") == 0 && !earlier &&
            has_any(W, m->end, fwd_chars(t, ce, m->end, 2),
                    (const char *const[]){"协议", "合同", "订单", NULL})) {
            for (size_t j = a; j < i; j++) {
                const zd_value *dv = &c->vals[j];
                if (dv->m->type != ZD_DATE || !dv->ok || dv->m->start < cl || !c->publish->gran)
                    continue;
                if (dv->date.y * 12 + (dv->date.m ? dv->date.m : 12) <
                        c->publish->y * 12 + c->publish->m - 1 &&
                    has(W, dv->m->end, m->start, "签")) {
                    earlier = v;
                    earlier_date = dv->date;
                }
            }
            if (earlier == v) continue;
        }
        /* N来自X: X's share (the first organization after 来自 in the clause) */
        if (at(t, n, m->end, "来自")) {
            for (size_t j = i + 1; j < b && c->vals[j].m->start < ce; j++) {
                if (c->vals[j].m->type != ZD_ORG) continue;
                zd_party *pa = add_inv(c, &d, &c->vals[j]);
                if (pa && !pa->has_amount)
                    set_money(c, &pa->has_amount, &pa->amount, &pa->amount_text, v);
                break;
            }
            continue;
        }
        /* X投资/出资N, X跟投N, X领投,出资N: X's share, when the round's
         * total is known already */
        if (i > a && c->vals[i - 1].m->type == ZD_ORG && &c->vals[i - 1] != target &&
            m->start - c->vals[i - 1].m->end <= 24 &&
            has_any(W, c->vals[i - 1].m->end, m->start,
                    (const char *const[]){"投资", "出资", "认购", "注资", "投入", "跟投", "领投",
                                          "追加", "投了", NULL}) &&
            /* (X独家投了N: the round's, X being its only investor) */
            !has(W, c->vals[i - 1].m->end, m->start, "独家") &&
            !has_any(W, c->vals[i - 1].m->end, m->start,
                     (const char *const[]){";", "。", "估值", NULL}) &&
            /* X领投的N轮融资 is the round's money (的 5000 万, spaced too) */
            !has(W, back_chars(t, lo, m->start, 2), m->start, "的") && (d.has_amount || cont) &&
            /* ... and so is an amount in a clause of its own, with no verb
             * of giving (B轮是去年11月,Y领投,2.5亿元) */
            (!has(W, c->vals[i - 1].m->end, m->start, ",") ||
             has_any(
                 W, clause_start(t, n, lo, m->start), m->start,
                 (const char *const[]){"投资", "出资", "认购", "注资", "投入", "追加", NULL}))) {
            zd_party *pa = add_inv(c, &d, &c->vals[i - 1]);
            if (pa && !pa->has_amount)
                set_money(c, &pa->has_amount, &pa->amount, &pa->amount_text, v);
            continue;
        }
        /* IPO: the money raised, not prices per share */
        if (d.type && strcmp(d.type, "ipo") == 0 &&
            !has_any(
                W, cl, m->start,
                (const char *const[]){"募", "集资", "筹资", "发行规模", "IPO", "所得款项", NULL}))
            continue;
        /* in a continuation, a bare amount is the deal's only if it had none
         * and the clause speaks of the deal (其余N由X认购 is a share of it) */
        if (cont && has(W, cl, m->start, "其余")) continue;
        if (!d.has_amount) set_money(c, &d.has_amount, &d.amount, &d.amount_text, v);
    }
    d.round = round_of(W, lo, hi);
    if (!d.round && answer_round) d.round = asked;
    if (d.type && strcmp(d.type, "ipo") == 0) d.round = "ipo";
    /* ---- date: the first resolvable date before the deal word, else the
     * first after it that is not a schedule (将于, 预计, 未来) */
    /* pass 0: the date nearest before the deal word (已于本周一完成, not
     * the 去年 of a description earlier in the sentence); pass 1: after */
    for (int pass = 0; pass < 2 && !d.date.gran; pass++)
        for (size_t i = pass == 0 ? b : a; pass == 0 ? i-- > a : i < b; pass == 0 ? 0 : i++) {
            const zd_value *v = &c->vals[i];
            if (v->m->type != ZD_DATE || !v->ok) continue;
            if (pass == 0 && v->m->start > trig) continue;
            /* 今日起至3月30日: the end of a span is not when it happened (nor
             * the day in brackets that glosses it: 起至本周四(11日)) */
            size_t vs = v->m->start;
            if (i > a && vs > lo && t[vs - 1] == '(' && c->vals[i - 1].m->type == ZD_DATE &&
                c->vals[i - 1].m->end == vs - 1)
                vs = c->vals[i - 1].m->start;
            if (has_any(W, back_chars(t, lo, vs, 1), vs,
                        (const char *const[]){"至", "到", "~", "-", NULL}))
                continue;
            /* the date of an earlier contract told inside this one is its own */
            if (earlier && v->date.gran == earlier_date.gran && v->date.y == earlier_date.y &&
                v->date.m == earlier_date.m && v->date.d == earlier_date.d)
                continue;
            /* 2026年度…预案: a fiscal year names a document, not when; so
             * does a year's result (约占公司2023年经审计营业收入的62.5%) */
            if (at(t, n, v->m->end, "度")) continue;
            if (v->date.gran == ZD_GRAN_YEAR &&
                has_any(W, v->m->end, fwd_chars(t, hi, v->m->end, 3),
                        (const char *const[]){"经审计", "营业收入", "营收", "净利润", "归母",
                                              "收入", "财报", "年报", NULL}))
                continue;
            /* 2026年第六十三批采购: a year's numbered batch names a tender */
            if (v->date.gran == ZD_GRAN_YEAR && at(t, n, v->m->end, "第") &&
                has_any(W, v->m->end, fwd_chars(t, hi, v->m->end, 6),
                        (const char *const[]){"批", "次", NULL}))
                continue;
            /* 2021年成立的X, X成立于2021年: a founding date is not the deal's */
            if (has_any(W, v->m->end, fwd_chars(t, hi, v->m->end, 3),
                        (const char *const[]){"成立", "创立", "创办", "注册", NULL}) ||
                has_any(W, back_chars(t, lo, v->m->start, 3), v->m->start,
                        (const char *const[]){"成立于", "创立于", "创办于", "注册于", NULL}))
                continue;
            if (pass == 1 &&
                has_any(W, back_chars(t, lo, v->m->start, 4), v->m->start,
                        (const char *const[]){"将", "预计", "未来", "计划", "前", NULL}))
                continue;
            d.date = v->date;
            break;
        }
    /* 同年/次年: the year of the date told last in the paragraph, or the
     * next */
    if (!d.date.gran && (at(t, hi, lo, "同年") || at(t, hi, lo, "次年")))
        for (size_t i = a, ps = para_start(t, lo); i-- > 0;) {
            const zd_value *v = &c->vals[i];
            if (v->m->start < ps) break;
            if (v->m->type != ZD_DATE || !v->ok || !v->date.gran) continue;
            d.date.y = v->date.y + (at(t, hi, lo, "次年") ? 1 : 0);
            d.date.m = d.date.d = 0;
            d.date.gran = ZD_GRAN_YEAR;
            break;
        }
    /* 与此同时/同日…: the same day as the deal just told; 彼时 (then): its
     * time (X系于2022年6月入股Y。彼时,X以货币方式向Y增资N) */
    if (!d.date.gran && c->last >= 0 && c->sent - c->last_sent <= 2 &&
        has_any(W, lo, fwd_chars(t, hi, lo, 4),
                (const char *const[]){"与此同时", "同时", "同日", "当天", "当日", "同一天", "彼时",
                                      "当时", NULL})) {
        d.date = out->v[c->last].date;
        /* ... the news deal, undated so far, is dated by the publish day */
        if (!d.date.gran && !out->v[c->last].background && c->publish->gran) d.date = *c->publish;
    }
    /* ---- status */
    size_t head = trig < hi ? trig : hi;
    if (has_any(W, lo, hi, w_rumor) ||
        /* a heading's source label (知情人士:X洽谈…) */
        (label_hi > label_lo && has_any(W, label_lo, label_hi, w_rumor)))
        d.status = "rumored";
    else if (intends(W, clause_start(t, n, lo, head), head) || plans(W, lo, hi) ||
             /* a plan filed (…发行A股股票预案, 报告书(草案)) */
             has_any(W, lo, hi, (const char *const[]){"预案", "草案", NULL}) ||
             /* ... or an offer made (获Y提出私有化建议, 收购要约) */
             has_any(W, back_chars(t, lo, head, 2), hi,
                     (const char *const[]){"私有化建议", "收购建议", "收购要约", "要约收购",
                                           "提私有化", "提出私有化", NULL}) ||
             (head == lo + 0 && intends(W, lo, hi)))
        d.status = "planned"; /* an intention word in the deal word's own clause */
    else if (has_any(W, lo, head, w_past) &&
             !(d.date.gran == ZD_GRAN_DAY && c->publish->gran &&
               d.date.y * 372 + d.date.m * 31 + d.date.d >=
                   c->publish->y * 372 + c->publish->m * 31 + c->publish->d - 31) &&
             !(d.date.gran == ZD_GRAN_MONTH && c->publish->gran && d.date.y == c->publish->y &&
               d.date.m == c->publish->m))
        d.status = "completed"; /* 已于本周一/本月中旬完成: this month's deal is the news */
    else if (d.date.gran && c->publish->gran &&
             (d.date.y * 12 + (d.date.m ? d.date.m : 12)) < c->publish->y * 12 + c->publish->m - 1)
        d.status = "completed";
    else
        d.status = "announced";
    d.background = strcmp(d.status, "completed") == 0;
    /* a listing told on its day is an IPO even when the raise goes untold */
    if (d.type && strcmp(d.type, "ipo") == 0 && ipo_listing && !d.background &&
        strcmp(d.status, "announced") == 0 && !has(W, lo, hi, "上市公司") &&
        has_any(
            W, lo, hi,
            (const char *const[]){"正式", "今日", "今天", "鸣锣", "敲钟", "首日", "挂牌", NULL}))
        d.listed = 1;
    /* ... and so is a filing told as news (向港交所递交上市申请), the listing
     * it asks for planned (递交招股书,拟在主板上市) */
    int exchange_named = ex != (size_t)-1 || has_any(W, lo, hi, w_exchange);
    for (size_t i = a; i < b && !exchange_named; i++)
        exchange_named =
            c->vals[i].m->type == ZD_ORG && c->vals[i].kind && !strcmp(c->vals[i].kind, "exchange");
    if (d.type && strcmp(d.type, "ipo") == 0 && !d.background && exchange_named &&
        (strcmp(d.status, "announced") == 0 || strcmp(d.status, "planned") == 0) &&
        has_any(W, lo, hi,
                (const char *const[]){"递交上市申请", "递交招股书", "提交上市申请", "递表",
                                      "递交主板上市申请", "递交创业板上市申请",
                                      "递交科创板上市申请", NULL}))
        d.listed = 1;
    /* a contract signed with a side the text describes but does not name
     * (与意大利一家能源企业签订…合同, 与某海外客户签署): a contract all the
     * same, its buyer unknown, when the sentence gives its price */
    for (int k = 0; k < 2 && d.type && !strcmp(d.type, "contract") && money; k++) {
        const char *with = k ? "和" : "与"; /* (我们刚和一家主机厂签了…) */
        for (size_t y = find(W, lo, hi, with); y != (size_t)-1 && !d.unnamed;
             y = find(W, y + 1, hi, with))
            d.unnamed =
                has_any(W, y, fwd_chars(t, hi, y, 8), (const char *const[]){"一家", "某", NULL}) &&
                has_any(W, y, hi, (const char *const[]){"签订", "签署", "签下", "签了", NULL});
    }
    /* ... or a tender won whose owner the text describes (中标华能某新能源
     * 基地…集采项目, 确认中标某头部存储芯片企业…项目), with its price */
    if (d.type && !strcmp(d.type, "contract") && money && !d.ninv && !d.unnamed)
        for (size_t y = find(W, lo, hi, "中标"); y != (size_t)-1 && !d.unnamed;
             y = find(W, y + 1, hi, "中标"))
            d.unnamed = has_any(W, y, clause_end(t, n, hi, fwd_chars(t, hi, y, 14)),
                                (const char *const[]){"某", "一家", NULL});
    /* ... or an order won with no buyer named (X也获得了6艘同型LNG船订单,
     * 总价约N): its builder's contract all the same */
    if (d.type && !strcmp(d.type, "contract") && money && !d.ninv && !d.unnamed && d.target.name &&
        at(t, hi, trig, "订单")) {
        size_t cs = clause_start(t, n, lo, trig);
        d.unnamed =
            has_any(W, cs, trig,
                    (const char *const[]){"获得", "斩获", "拿下", "接获", "新接", "收获", NULL});
    }
    /* ... and so is a company bought by a buyer the text describes
     * (X去年被一家半导体设备巨头以约N收购), when it tells the price of a
     * purchase done (not one in talks or rumored: 盛传X将被一家大厂收购) */
    if (d.type && !strcmp(d.type, "acquisition") && money && d.target.name && !d.ninv && d.status &&
        (!strcmp(d.status, "completed") || !strcmp(d.status, "announced"))) {
        size_t y = find(W, lo, hi, "被");
        d.unnamed = y != (size_t)-1 && has_any(W, y, fwd_chars(t, hi, y, 3),
                                               (const char *const[]){"一家", "某", NULL});
    }
    if (earlier && d.target.name && d.ninv > 0) {
        zd_deal e;
        memset(&e, 0, sizeof e);
        e.type = d.type;
        e.status = "completed";
        e.background = 1;
        party_copy(&e.target, &d.target);
        e.inv = zd_xcalloc(d.ninv, sizeof *e.inv);
        for (size_t k = 0; k < d.ninv; k++)
            party_copy(&e.inv[e.ninv++], &d.inv[k]);
        set_money(c, &e.has_amount, &e.amount, &e.amount_text, earlier);
        e.date = earlier_date;
        e.span_s = lo;
        e.span_e = hi;
        push_deal(out, &e);
    }

    if (cont) {
        /* extend the last deal, or start a sibling round of the same target
         * (其中,A轮融资金额为数亿元…;A+轮融资近亿元…) */
        /* an amount a deal of the article already has names that deal
         * (对于X来说,这7亿美元买到的…) */
        if (d.has_amount && d.amount.has_value)
            for (size_t j = 0; j < out->n; j++)
                if (out->v[j].has_amount && out->v[j].amount.has_value &&
                    out->v[j].amount.value == d.amount.value &&
                    !strcmp(out->v[j].amount.currency, d.amount.currency) &&
                    !strcmp(out->v[j].type, out->v[c->last].type) &&
                    same_org(out->v[j].target.name, out->v[c->last].target.name)) {
                    c->last = (long)j;
                    break;
                }
        zd_deal *l = &out->v[c->last];
        /* the news deal's date is the publish day until it has its own */
        zd_date ld = l->date;
        if (!ld.gran && !l->background && c->publish->gran) ld = *c->publish;
        /* 本轮融资总额为N after one investor's share (向X投资N1,作为其A轮的
         * 领投方): the round's total, not another round */
        if (round_total(W, lo, hi, l, &d)) move_amount(l, &d);
        /* 其中,Y投资N after the round: a share of it, though Y went unnamed
         * (a clause of its own too: Y领投,Z跟投,其中Z投了N) */
        /* (… in a currency of its own, 本轮由Y领投,…Z也参与,投资金额为1.5亿日圆,
         * after a round in 新台币: a part all the same) */
        if (share_clause(c, a, b, lo, hi) && d.has_amount && d.amount.has_value && l->has_amount &&
            l->amount.has_value &&
            (d.amount.value < l->amount.value || strcmp(d.amount.currency, l->amount.currency)) &&
            !d.round &&
            (!strcmp(d.amount.currency, l->amount.currency) || !strcmp(l->type, "funding")))
            drop_amount(&d);
        int sibling =
            type &&
            ((d.has_amount && l->has_amount &&
              ((d.round && l->round && strcmp(d.round, l->round)) ||
               /* (an acquisition's part, 其中向A支付N, is no sibling) */
               (d.amount.has_value && l->amount.has_value && d.amount.value != l->amount.value &&
                strcmp(l->type, "acquisition") != 0))) ||
             (d.round && l->round && strcmp(d.round, l->round)) ||
             (d.date.gran && ld.gran && (d.date.y != ld.y || d.date.m != ld.m)));
        if (!sibling) {
            merge_parties(l, &d);
            /* what people familiar with it add about a deal in the making
             * (…独家获悉,X正在洽谈…。多位知情人士称,此次交易…) makes it a
             * rumor; a deal its parties announced stays announced */
            if (!l->background && has_any(W, lo, hi, w_rumor) && !strcmp(l->status, "planned"))
                l->status = "rumored";
            if (!l->has_amount && d.has_amount &&
                (!d.round || !l->round || !strcmp(d.round, l->round))) {
                l->has_amount = 1, l->amount = d.amount;
                free(l->amount_text);
                l->amount_text = d.amount_text, d.amount_text = NULL;
                if (!l->round) l->round = d.round;
            }
            /* the latest round, told after a count of rounds (…共完成6轮
             * 融资。最近一轮为2025年6月完成的Pre-IPO轮…), is dated by its
             * own sentence, and a dated past round is an earlier deal */
            if (!l->date.gran && d.date.gran &&
                has_any(W, lo, hi, (const char *const[]){"最近一轮", "上一轮", "前一轮", NULL})) {
                l->date = d.date;
                l->status = d.status;
                l->background = d.background;
            }
            c->last_sent = c->sent;
            deal_free(&d);
            return;
        }
    }
    /* ---- merge with an earlier deal of the same target and type that this
     * sentence completes (the same amount, or one of the two has none) */
    for (size_t i = 0; i < out->n; i++) {
        zd_deal *o = &out->v[i];
        if (strcmp(o->type, d.type) || !same_org(o->target.name, d.target.name)) continue;
        /* the same vague amount told twice (数千万美元 in a headline and
         * in the text) is the same deal */
        if (d.has_amount && o->has_amount && !d.amount.has_value && !o->amount.has_value &&
            d.amount.has_min == o->amount.has_min && d.amount.has_max == o->amount.has_max &&
            d.amount.min == o->amount.min && d.amount.max == o->amount.max &&
            !strcmp(d.amount.currency, o->amount.currency))
            drop_amount(&d); /* (its text freed, else a later merge into this deal would leak it) */
        /* a company lists once: one IPO per article, whatever amounts its
         * sentences give (募资总额, 原计划募资) */
        /* ... but two dates a month or more apart are two deals */
        int apart = d.date.gran && o->date.gran &&
                    (d.date.y != o->date.y || (d.date.m && o->date.m && d.date.m != o->date.m));
        /* ... and a company is bought by one buyer once: its purchase told
         * as news and again as done (已被Y全资收购,交割已于上周五完成), or its
         * signing months before retold without a price (已于今年7月与Y的股东签署收购协议) */
        int one_buyer = !strcmp(d.type, "acquisition") && d.ninv > 0 && o->ninv > 0 &&
                        same_org(d.inv[0].name, o->inv[0].name) && (!apart || !d.has_amount) &&
                        !(d.has_amount && o->has_amount && d.amount.has_value &&
                          o->amount.has_value && d.amount.value != o->amount.value);
        /* ... and its purchase planned is the purchase done or announced by
         * the same buyer, however long before (早在去年10月就曾发布公告,拟以
         * 不超过N收购X) */
        int plan_retold =
            !strcmp(d.type, "acquisition") && !d.background && !o->background &&
            (!d.ninv || !o->ninv || common_investor(&d, o)) &&
            (!strcmp(d.status, "planned") || !strcmp(o->status, "planned")) &&
            !(d.has_amount && o->has_amount && d.amount.has_value && o->amount.has_value &&
              d.amount.value != o->amount.value && !same_rounded(d.amount.value, o->amount.value));
        /* (X本轮融资总额为N, after one investor's share of the round) */
        int total = !strcmp(d.type, "funding") && !d.background && !o->background &&
                    round_total(W, lo, hi, o, &d);
        if (total) move_amount(o, &d);
        int same = total || !strcmp(d.type, "ipo") || one_buyer || plan_retold ||
                   (!d.has_amount && (!d.round || !o->round || !strcmp(d.round, o->round)) &&
                    o->background == d.background && !apart) ||
                   (d.has_amount && o->has_amount && o->amount.has_value && d.amount.has_value &&
                    o->amount.value == d.amount.value) ||
                   (d.has_amount && !o->has_amount && strcmp(o->status, d.status) == 0 &&
                    (!d.round || !o->round || !strcmp(d.round, o->round)) && !apart);
        /* a contract with another buyer is another contract */
        if (same && !strcmp(d.type, "contract") && d.ninv > 0 && o->ninv > 0)
            same = common_investor(&d, o);
        if (!same) continue;
        merge_parties(o, &d);
        o->weak = o->weak && d.weak; /* a heading's round, told again by its investor */
        if (!o->has_amount && d.has_amount) {
            o->has_amount = 1, o->amount = d.amount;
            free(o->amount_text);
            o->amount_text = d.amount_text, d.amount_text = NULL;
        }
        if (!o->round) o->round = d.round;
        if (!o->date.gran) o->date = d.date;
        o->listed = o->listed || d.listed; /* (a filing told again in the body) */
        o->unnamed = o->unnamed || d.unnamed;
        c->last = (long)i;
        c->last_sent = c->sent;
        deal_free(&d);
        return;
    }
    c->last = (long)push_deal(out, &d);
    c->last_sent = c->sent;
}

/* A deal needs enough to be one: money or investors for a round, a buyer
 * for an acquisition (or its price, its buyer described but not named),
 * money and a buyer for a contract, money for an IPO. */
static int complete(const zd_deal *d)
{
    /* a round found only by its sentence's subject needs its money */
    /* ... or, done, its round and its time (继去年底完成A轮融资后) */
    if (strcmp(d->type, "funding") == 0)
        return d->has_amount || (d->ninv > 0 && !d->weak) ||
               (d->round && d->date.gran && !strcmp(d->status, "completed"));
    if (strcmp(d->type, "acquisition") == 0) return d->ninv > 0 || (d->unnamed && d->has_amount);
    if (strcmp(d->type, "contract") == 0) return d->has_amount && (d->ninv > 0 || d->unnamed);
    return d->has_amount || d->listed; /* ipo */
}

/* A clause that opens a new episode of the story (去年7月又获得了…; 随后…)
 * is a sentence of its own for deal reading. */
/* …,C完成N元C轮: after a clause that told a deal, a clause whose own
 * company (its first name, after at most a descriptor) takes or completes
 * its own round tells another deal (宁德时代战略入股X企业,格物云图完成3.5亿元
 * C轮). */
static int own_deal_clause(const ctx *c, size_t s, size_t pos)
{
    static const char *const takes[] = {"完成", "获得", "获", "宣布完成", "宣布获得", NULL};
    static const char *const rounds[] = {"融资", "轮", "投资", NULL};
    /* (a headline of several deals, each clause with its own subject and
     * verb: X拿下$18M A轮,Y获Z投资,W被收购) */
    static const char *const heads[] = {"完成", "获得", "获", "拿下", "被", NULL};
    size_t near = fwd_chars(c->t, c->n, pos, 12);
    for (size_t i = first_at(c, pos); i < c->nv; i++) {
        const zd_mention *m = c->vals[i].m;
        if (m->start > near) break;
        if (m->type != ZD_ORG) continue;
        int take = 0;
        for (int k = 0; takes[k] && !take; k++)
            take = at(c->t, c->n, m->end, takes[k]);
        size_t ce = clause_end(c->t, c->n, c->n, m->end);
        if (take && has_any(&c->w, m->end, ce, rounds) &&
            (has_any(&c->w, s, pos, w_fund) || has_any(&c->w, s, pos, w_acq)))
            return 1;
        int own =
            ((take || at(c->t, c->n, m->end, "拿下")) && has_any(&c->w, m->end, ce, rounds)) ||
            ((at(c->t, c->n, m->end, "被") || passive_after(&c->w, ce, m->end)) &&
             has_any(&c->w, m->end, ce, (const char *const[]){"收购", "并购", NULL}));
        return own && has_any(&c->w, s, pos, heads) &&
               (has_any(&c->w, s, pos, w_fund) || has_any(&c->w, s, pos, w_acq) ||
                round_of(&c->w, s, pos));
    }
    return 0;
}

static int new_episode(const ctx *c, size_t s, size_t pos)
{
    if (own_deal_clause(c, s, pos)) return 1;
    static const char *const openers[] = {"随后", "此后", "之后", "其后", "同年", "次年",
                                          /* … ,更早之前还获得过X的种子轮投资: an earlier deal */
                                          "更早", "早在", "再往前",
                                          /* …第二轮融资,此前其种子轮由Y投资 (but
                                           * 此前曾获得Y投资 has no subject of
                                           * its own) */
                                          "此前其",
                                          /* …吸收合并Y,同时拟向特定对象发行股份募集配套资金 */
                                          "同时拟", "同时将",
                                          /* …完成N融资,并将收购Y 80%股权: a purchase of its own */
                                          "并将收购", "并拟收购", "并将以", "并拟以", NULL};
    for (int i = 0; openers[i]; i++)
        if (at(c->t, c->n, pos, openers[i])) return 1;
    for (size_t i = first_at(c, pos); i < c->nv; i++) {
        const zd_mention *m = c->vals[i].m;
        if (m->start > pos || m->type != ZD_DATE) break;
        size_t after = fwd_chars(c->t, c->n, m->end, 2);
        /* (… when the clause before told something: …新創帳聯科技,上月也宣布取得N
         * has only its subject before the comma) */
        if (has_any(&c->w, m->end, after, (const char *const[]){"又", "还", "也", "再", NULL}))
            return has_any(&c->w, pos >= s + 2 ? clause_start(c->t, c->n, s, pos - 2) : s, pos,
                           (const char *const[]){"融资", "投资", "募资", "收购", "并购", "轮",
                                                 "领投", "订单", "合同", "上市", "亿", "万", NULL});
        /* 2022年获Y天使轮投资,2024年3月完成由Z领投的A轮融资 (2021年拿了天使轮,
         * 2022年那轮A轮N是Y领投的): a round of its own after a date, when the
         * clause before told another round */
        const char *mine = round_of(&c->w, pos, clause_end(c->t, c->n, c->n, pos));
        const char *before = round_of(&c->w, s, pos);
        return mine && before && strcmp(mine, before) != 0;
    }
    return 0;
}

/* ---- tables ----------------------------------------------------------------
 * A roundup as a table: one row a deal, cells separated by tabs (extract
 * keeps a table row on one line) or, where the writer typed the table as
 * text, by bars (公司｜轮次｜金额, folded to '|'). The header row names the
 * columns; a row is read by them: the company cell is the target (its org mention, or
 * the cell itself: a table cell is a name by layout), the amount cell the
 * amount, the investor cell the investors (领投/跟投 after a name mark it),
 * the round or type cell the round and the kind of deal. */

enum { COL_TARGET, COL_ROUND, COL_AMOUNT, COL_INV, COL_DATE, NCOL };

static const char *const col_words[NCOL] = {
    "公司|企业|标的|项目|融资方|名称|被投", "轮次|类型|阶段|事件", "金额|规模|融资额",
    "投资方|投资机构|收购方|投资人|出资方|买方", "日期|时间|披露日|公告日"};

typedef struct {
    size_t s, e;
} cell;

static int split_cells(const char *t, size_t lo, size_t hi, cell *cells, int max)
{
    int k = 0;
    size_t s = lo;
    for (size_t i = lo; i <= hi && k < max; i++)
        if (i == hi || t[i] == '\t' || t[i] == '|') {
            cells[k++] = (cell){s, i};
            s = i + 1;
        }
    return k;
}

static int has_word_of(const wtext *W, size_t lo, size_t hi, const char *list)
{
    const char *t = W->t;
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        for (size_t i = lo; i + l <= hi; i++)
            if (memcmp(t + i, p, l) == 0) return 1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

/* The investors of a table row: the cell is a list of names by layout
 * (红杉中国领投,美团、北汽产投跟投). Each piece between separators, without
 * its role words, is one investor; an organization mention gives its
 * canonical name where it is the whole piece, else the piece is the name
 * (广汽资本, where the gazetteer knows only 广汽). 领投/跟投 after the last
 * of a 、-list mark the whole list (高瓴、IDG资本联合领投). */
static void cell_investors(const ctx *c, zd_deal *d, const cell *ic, size_t a, size_t b)
{
    static const char *const seps[] = {"、", ",", ";", "/", "以及", NULL};
    static const struct {
        const char *w;
        int lead;
    } tail[] = {{"联合领投", 1},  {"共同领投", 1}, {"领投", 1},      {"独家投资", 1},
                {"跟投", 0},      {"参投", 0},     {"联合投资", -1}, {"共同投资", -1},
                {"等机构", -1},   {"等", -1},      {"追加投资", -1}, {"追投", -1},
                {"继续加注", -1}, {"加注", -1},    {"加码", -1},     {"超额", -1}};
    static const char *const head[] = {"老股东", "新股东", "由", NULL};
    static const char *const none[] = {"未披露", "未透露", "不详", "暂未披露", "未公开",
                                       "-",      "—",      "无",   NULL};
    const char *t = c->t;
    size_t list = d->ninv; /* the first investor of the current 、-list */
    for (size_t ps = ic->s, i = ic->s;; ps = i) {
        size_t sl = 0;
        for (int depth = 0; i < ic->e && !sl;) { /* not inside brackets */
            depth += t[i] == '(' ? 1 : t[i] == ')' && depth > 0 ? -1 : 0;
            for (int k = 0; seps[k] && !sl && !depth; k++)
                if (at(t, ic->e, i, seps[k])) sl = strlen(seps[k]);
            if (!sl) i++;
        }
        size_t s = ps, e = i;
        int lead = -1;
        const zd_value *v = NULL;     /* the mention that is the whole piece */
        const zd_value *share = NULL; /* its share of the round, written after it */
        for (int again = 1; again && !v;) {
            again = 0;
            for (size_t j = a; j < b && !v; j++)
                if (c->vals[j].m->type == ZD_ORG && c->vals[j].m->start == s &&
                    c->vals[j].m->end == e)
                    v = &c->vals[j];
            if (v) break;                   /* a name, whatever words it ends with (腾讯投资) */
            if (e > s && t[e - 1] == ')') { /* a remark: 潍柴动力(成为控股股东) */
                size_t q = e - 1;
                while (q > s && t[q] != '(')
                    q--;
                /* … or its role: 蓝驰创投(领投) */
                for (size_t k = 0; k < sizeof tail / sizeof *tail && q > s && lead < 0; k++)
                    if (e - 1 - (q + 1) == strlen(tail[k].w) &&
                        !memcmp(t + q + 1, tail[k].w, strlen(tail[k].w)))
                        lead = tail[k].lead;
                if (q > s) e = q, again = 1;
            }
            /* 高瓴创投领投1.5亿元: the investor's share after its name */
            for (size_t j = a; j < b && !share; j++)
                if (c->vals[j].m->type == ZD_MONEY && c->vals[j].ok && c->vals[j].m->end == e &&
                    c->vals[j].m->start > s)
                    share = &c->vals[j], e = c->vals[j].m->start, again = 1;
            while (s < e && t[s] == ' ')
                s++;
            while (e > s && t[e - 1] == ' ')
                e--;
            for (size_t k = 0; k < sizeof tail / sizeof *tail && !again; k++) {
                size_t l = strlen(tail[k].w);
                if (e - s > l && memcmp(t + e - l, tail[k].w, l) == 0) {
                    if (lead < 0) lead = tail[k].lead;
                    e -= l, again = 1;
                }
            }
            for (int k = 0; head[k] && !again; k++)
                if (e - s > strlen(head[k]) && at(t, e, s, head[k]))
                    s += strlen(head[k]), again = 1;
        }
        int skip = e <= s || e - s > 60;
        for (int k = 0; none[k] && !skip; k++)
            skip = e - s == strlen(none[k]) && memcmp(t + s, none[k], e - s) == 0;
        for (size_t q = s; q < e && !skip && !v; q++)
            skip = isdigit((unsigned char)t[q]); /* 其中X出资5亿元 */
        zd_value tv = {0};
        zd_mention tm = {0};
        if (!v) { /* the piece itself */
            tm.type = ZD_ORG, tm.start = s, tm.end = e;
            tv.m = &tm, v = &tv;
        }
        if (!skip && !venue(v)) {
            zd_party *p = add_inv(c, d, v);
            if (p && lead >= 0) p->lead = lead;
            if (p && share && !p->has_amount)
                set_money(c, &p->has_amount, &p->amount, &p->amount_text, share);
        }
        int more = sl && at(t, ic->e, i, "、"); /* the list goes on */
        if (!skip && lead >= 0 && !more)
            for (size_t k = list; k < d->ninv; k++)
                if (d->inv[k].lead < 0) d->inv[k].lead = lead;
        if (!more) list = d->ninv;
        if (i >= ic->e) break;
        i += sl;
    }
}

static void table_row(ctx *c, const int *col, const cell *cells, int nc, size_t lo, size_t hi,
                      zd_deals *out)
{
    const wtext *W = &c->w;
    size_t a, b;
    mentions_in(c, lo, hi, &a, &b);
    zd_deal d;
    memset(&d, 0, sizeof d);
    d.date.gran = ZD_GRAN_NONE;
    d.span_s = lo;
    d.span_e = hi;
    const cell *tc = col[COL_TARGET] >= 0 && col[COL_TARGET] < nc ? &cells[col[COL_TARGET]] : NULL;
    const cell *rc = col[COL_ROUND] >= 0 && col[COL_ROUND] < nc ? &cells[col[COL_ROUND]] : NULL;
    const cell *mc = col[COL_AMOUNT] >= 0 && col[COL_AMOUNT] < nc ? &cells[col[COL_AMOUNT]] : NULL;
    const cell *ic = col[COL_INV] >= 0 && col[COL_INV] < nc ? &cells[col[COL_INV]] : NULL;
    const cell *dc = col[COL_DATE] >= 0 && col[COL_DATE] < nc ? &cells[col[COL_DATE]] : NULL;
    /* a row with no mention at all has nothing the recognizers read, or
     * lies past their limit (extract's --max-mentions): not read either */
    if (!tc || tc->e <= tc->s || a == b) return;
    d.type = "funding";
    if (rc && has_word_of(W, rc->s, rc->e, "收购|并购|控股|股权")) d.type = "acquisition";
    if (rc && has_word_of(W, rc->s, rc->e, "IPO|上市")) d.type = "ipo";
    for (size_t i = a; i < b; i++) {
        const zd_value *v = &c->vals[i];
        const zd_mention *m = v->m;
        if (m->type == ZD_ORG && m->start >= tc->s && m->end <= tc->e && !d.target.name) {
            party_set(c, &d.target, v);
        } else if (m->type == ZD_MONEY && v->ok && mc && m->start >= mc->s && m->end <= mc->e &&
                   !d.has_amount) {
            set_money(c, &d.has_amount, &d.amount, &d.amount_text, v);
        } else if (m->type == ZD_DATE && v->ok && dc && m->start >= dc->s && m->end <= dc->e &&
                   !d.date.gran) {
            d.date = v->date;
        }
    }
    if (!d.target.name) { /* the cell is the name */
        d.target.text = zd_xstrndup(c->doc->text + tc->s, tc->e - tc->s);
        d.target.name = zd_xstrdup(d.target.text);
        d.target.lead = -1;
    }
    if (ic) cell_investors(c, &d, ic, a, b);
    d.round = rc ? round_of(W, rc->s, rc->e) : NULL;
    if (strcmp(d.type, "ipo") == 0) d.round = "ipo";
    d.status = has_any(W, lo, hi, w_rumor) ? "rumored" : "announced";
    c->last = (long)push_deal(out, &d);
}

/* The line after an item of a typed list, when it lists the item's
 * investors (投资方:A(领投),B、C): its end, else 0. */
static size_t investor_line(const ctx *c, size_t hi)
{
    static const char *const heads[] = {"投资方", "投资人", "投资机构", "出资方", NULL};
    const char *t = c->t;
    size_t lo = hi + 1;
    if (hi >= c->n) return 0;
    for (int i = 0; heads[i]; i++) {
        size_t l = strlen(heads[i]);
        if (!at(t, c->n, lo, heads[i])) continue;
        if (!at(t, c->n, lo + l, ":") && !at(t, c->n, lo + l, "：")) return 0;
        size_t e = lo;
        while (e < c->n && t[e] != '\n')
            e++;
        return e;
    }
    return 0;
}

/* A list item typed as three to five cells without a header row (1. 灵枢动力|
 * B轮|数亿元, the next line 投资方:…): the first cell is the company, a short
 * cell with a round or a kind of deal the round, the cell with money the
 * amount (a category before one bar, 一、AI晶片|X完成…, is no such item).
 * Read as a table row; returns 1 when it was one, 2 when the next line
 * gave its investors. */
static int typed_item(ctx *c, zd_deals *out, size_t lo, size_t hi)
{
    const wtext *W = &c->w;
    size_t st = list_item_start(W, lo, hi);
    if (st == lo) return 0;
    cell cells[8];
    int nc = split_cells(c->t, st, hi, cells, 7);
    if (nc < 3 || nc > 5 || cells[0].e - cells[0].s > 60 || cells[0].e == cells[0].s) return 0;
    int col[NCOL] = {0, -1, -1, -1, -1};
    size_t a, b;
    mentions_in(c, lo, hi, &a, &b);
    for (int k = 1; k < nc; k++) {
        if (col[COL_ROUND] < 0 && cells[k].e - cells[k].s <= 24 &&
            (round_of(W, cells[k].s, cells[k].e) ||
             has_word_of(W, cells[k].s, cells[k].e, "收购|并购|控股|IPO|上市|战略投资")))
            col[COL_ROUND] = k;
        for (size_t i = a; i < b && col[COL_AMOUNT] < 0; i++)
            if (c->vals[i].m->type == ZD_MONEY && c->vals[i].m->start >= cells[k].s &&
                c->vals[i].m->end <= cells[k].e)
                col[COL_AMOUNT] = k;
        /* the investors' cell (X领投,Y跟投。a remark after the full stop) */
        if (col[COL_INV] < 0 && col[COL_ROUND] != k && col[COL_AMOUNT] != k &&
            has_word_of(W, cells[k].s, cells[k].e, "领投|跟投|参投|独家投资")) {
            size_t stop = find(W, cells[k].s, cells[k].e, "。");
            if (stop != (size_t)-1) cells[k].e = stop;
            col[COL_INV] = k;
        }
    }
    if (col[COL_ROUND] < 0) return 0;
    size_t ie = col[COL_INV] < 0 ? investor_line(c, hi) : 0;
    if (ie) {
        size_t is = hi + 1;
        while (is < ie && c->t[is] != ':' && !at(c->t, ie, is, "："))
            is++;
        is += at(c->t, ie, is, "：") ? strlen("：") : 1;
        cells[nc] = (cell){is, ie};
        col[COL_INV] = nc++;
    }
    table_row(c, col, cells, nc, lo, ie ? ie : hi, out);
    return ie ? 2 : 1;
}

/* Read the tables of the text; rows read are marked in done[] (by line). */
static void tables(ctx *c, zd_deals *out, unsigned char *done, size_t nlines)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    size_t n = c->n, line = 0;
    int col[NCOL];
    int have_header = 0, item;
    for (size_t lo = 0; lo < n && line < nlines; line++) {
        size_t hi = lo;
        while (hi < n && t[hi] != '\n')
            hi++;
        if (!memchr(t + lo, '\t', hi - lo) && !memchr(t + lo, '|', hi - lo)) {
            have_header = 0; /* a table ends where a line without cells comes */
        } else {
            cell cells[32];
            int nc = split_cells(t, lo, hi, cells, 32);
            int header = 0;
            for (int k = 0; k < nc; k++)
                for (int j = 0; j < NCOL; j++)
                    if (has_word_of(W, cells[k].s, cells[k].e, col_words[j]) &&
                        cells[k].e - cells[k].s <= 24)
                        header = 1;
            size_t a, b;
            mentions_in(c, lo, hi, &a, &b);
            for (size_t i = a; i < b; i++)
                if (c->vals[i].m->type == ZD_MONEY) header = 0;
            if (header) {
                for (int j = 0; j < NCOL; j++)
                    col[j] = -1;
                for (int k = nc; k-- > 0;)
                    for (int j = 0; j < NCOL; j++)
                        if (cells[k].e - cells[k].s <= 24 &&
                            has_word_of(W, cells[k].s, cells[k].e, col_words[j]))
                            col[j] = k;
                have_header = col[COL_TARGET] >= 0 && (col[COL_AMOUNT] >= 0 || col[COL_INV] >= 0);
                if (have_header) done[line] = 1;
            } else if (have_header) {
                table_row(c, col, cells, nc, lo, hi, out);
                done[line] = 1;
            } else if ((item = typed_item(c, out, lo, hi)) != 0) {
                done[line] = 1;
                if (item == 2 && line + 1 < nlines) done[line + 1] = 1;
            }
        }
        lo = hi + 1;
    }
}

/* 1 when name ends in one of ws, after at least one character of its own. */
static int name_ends(const char *name, const char *const *ws)
{
    size_t l = strlen(name);
    for (int i = 0; ws[i]; i++) {
        size_t le = strlen(ws[i]);
        if (l > le && !strcmp(name + l - le, ws[i])) return 1;
    }
    return 0;
}

/* A round whose target is a fund (國發基金將再匡列N投資新創, X基金完成募集):
 * a fund raising or setting aside money for its investing, not a deal. */
static int fund_raise(const ctx *c, const zd_deal *d)
{
    if (strcmp(d->type, "funding") != 0 || !d->target.name) return 0;
    if (name_ends(d->target.name, (const char *const[]){"基金", "基金会", " Fund", NULL})) return 1;
    /* ... or an investor raising a fund of its own (X资本宣布完成新一期人民币
     * 基金募集) */
    return name_ends(d->target.name,
                     (const char *const[]){"资本", "创投", "投资", "Capital", "Ventures", NULL}) &&
           d->span_e <= c->n &&
           has_any(&c->w, d->span_s, d->span_e,
                   (const char *const[]){"基金募集", "基金的募集", "基金首关", "基金关账", NULL});
}

/* 1 when one of the mentions vs[0,n) names the company name. */
static int names_any(const ctx *c, const zd_value *const *vs, int n, const char *name)
{
    for (int i = 0; i < n; i++) {
        char *x = mname(c, vs[i]);
        int same = same_org(x, name);
        free(x);
        if (same) return 1;
    }
    return 0;
}

/* A rumor of a kind the article tells denied, of a company the denial
 * names; a purchase's supporting raise called off with it; an IPO the
 * article tells withdrawn: every one when the withdrawal names no company,
 * else those of the companies it names; an acquisition of a company whose
 * purchase it tells called off. */
static int called_off(const ctx *c, const zd_deal *d)
{
    for (int i = 0; i < c->ndenied && !strcmp(d->status, "rumored"); i++)
        if (!strcmp(d->type, c->denied_kind[i]) && party_of(c, c->denied[i], d)) return 1;
    /* (a raise told as the purchase's supporting raise: 拟…收购Y;同时拟向…
     * 募集配套资金) */
    if (!strcmp(d->type, "funding") && d->span_e <= c->n &&
        has_any(&c->w, d->span_s, d->span_e, (const char *const[]){"配套资金", "配套融资", NULL}) &&
        names_any(c, c->raise_off, c->nraise_off, d->target.name))
        return 1;
    if (!strcmp(d->type, "acquisition"))
        return names_any(c, c->sold_off, c->nsold_off, d->target.name);
    if (strcmp(d->type, "ipo") != 0) return 0;
    return c->ipo_off || names_any(c, c->off_of, c->noff, d->target.name);
}

/* A listed company's notice of a contract or a tender won (X关于签订日常经营
 * 重大合同的公告, X关于项目中标的公告) tells its deal in labelled fields, not
 * in sentences: 合同金额:N or 中标金额:N, and the counterparty as 公司名称:Y
 * under its own heading, 招标人名称:Y, 采购人:Y, or the owner of 中标项目:Y…
 * 项目. The filer, the first company of the heading, supplies; the
 * counterparty buys. Used only when the sentences told no contract. */
static void notice_contract(ctx *c, zd_deals *out)
{
    const char *t = c->t;
    const wtext *W = &c->w;
    for (size_t j = 0; j < out->n; j++)
        if (!strcmp(out->v[j].type, "contract") && complete(&out->v[j])) return;
    /* the heading: the first two lines */
    size_t head = 0;
    for (int k = 0; k < 2 && head < c->n; k++) {
        const char *nl = memchr(t + head, '\n', c->n - head);
        head = nl ? (size_t)(nl - t) + 1 : c->n;
    }
    if (!has(W, 0, head, "关于") || !has(W, 0, head, "公告") ||
        !has_any(W, 0, head, (const char *const[]){"合同", "中标", "订单", NULL}))
        return;
    static const char *const money_labels[] = {"合同总金额", "合同金额", "中标金额", "合同总价",
                                               "合同价款",   "订单金额", NULL};
    static const char *const buyer_labels[] = {
        "公司名称", "名称:", "招标人名称", "招标人:",  "采购人",   "合同对方",
        "发包人",   "买方:", "甲方:",      "中标项目", "项目名称", NULL};
    const zd_value *filer = NULL, *buyer = NULL, *money = NULL;
    size_t money_ls = 0;
    /* the mentions come in text order: their lines' starts are found in one
     * pass over the text, not by a walk back from each (a hostile page of
     * one line and thousands of mentions) */
    size_t ls = 0, scan = 0;
    for (size_t i = 0; i < c->nv; i++) {
        const zd_value *v = &c->vals[i];
        for (; scan < v->m->start; scan++)
            if (t[scan] == '\n') ls = scan + 1;
        if (v->m->start - ls > 160) continue; /* a label opens its line */
        if (v->m->type == ZD_ORG && !venue(v) && !filer && v->m->start < head) {
            filer = v;
        } else if (v->m->type == ZD_ORG && !venue(v) && filer && !buyer &&
                   has_any(W, ls, v->m->start, buyer_labels)) {
            char *a = mname(c, v), *f = mname(c, filer);
            if (!same_org(a, f)) buyer = v;
            free(a), free(f);
        } else if (v->m->type == ZD_MONEY && v->ok && v->money.has_value &&
                   has_any(W, ls, v->m->start, money_labels) &&
                   (!money ||
                    (has_any(W, ls, v->m->start, (const char *const[]){"合计", "总", NULL}) &&
                     !has_any(W, money_ls, money->m->start,
                              (const char *const[]){"合计", "总", NULL})))) {
            money = v, money_ls = ls;
        }
    }
    if (!filer || !buyer || !money) return;
    zd_deal d;
    memset(&d, 0, sizeof d);
    d.type = "contract";
    d.status = "announced";
    party_set(c, &d.target, filer);
    add_inv(c, &d, buyer);
    set_money(c, &d.has_amount, &d.amount, &d.amount_text, money);
    ls = scan = 0;
    for (size_t i = 0; i < c->nv; i++) { /* 签订日期:2026年7月2日 */
        const zd_value *v = &c->vals[i];
        for (; scan < v->m->start; scan++)
            if (t[scan] == '\n') ls = scan + 1;
        if (v->m->type == ZD_DATE && v->ok && v->date.gran == ZD_GRAN_DAY &&
            v->m->start - ls <= 160 &&
            has_any(W, ls, v->m->start, (const char *const[]){"签订日期", "签署日期", NULL})) {
            d.date = v->date;
            break;
        }
    }
    d.span_s = money_ls;
    d.span_e = money->m->end;
    push_deal(out, &d);
}

/* A contract told twice with its parties swapped (X宣布,公司已与Y签署…协议。
 * 根据协议,Y将向X提供…,合同总金额为N): the later telling, which says who
 * provides to whom, is the deal; the first, whose direction was guessed,
 * is freed (it gives its date when the later one has none). */
static void swapped_contracts(const ctx *c, zd_deals *out)
{
    for (size_t j = 1; j < out->n; j++) {
        zd_deal *dj = &out->v[j];
        if (!dj->type || strcmp(dj->type, "contract") || dj->ninv != 1 || dj->background) continue;
        const wtext W = {c->t, NULL, 0, c->n};
        size_t lo = dj->span_s, hi = dj->span_e;
        if (!has_any(&W, lo, hi, (const char *const[]){"提供", "供应", "供货", NULL}) ||
            !has(&W, lo, hi, "向"))
            continue;
        zd_deal *di = &out->v[j - 1];
        if (!di->type || strcmp(di->type, "contract") || di->ninv != 1 || di->background ||
            !same_org(di->target.name, dj->inv[0].name) ||
            !same_org(di->inv[0].name, dj->target.name))
            continue;
        if (!dj->date.gran) dj->date = di->date;
        deal_free(di); /* (no type: the loop below passes it over) */
    }
}

/* A contract whose buyer went unnamed, when the article tells a contract
 * of the same amount with its buyer: a headline's order (启东X重工斩获4艘…
 * 订单 合同总额约N) that the body retells with the buyer and the unit that
 * signed. The named telling stays. */
static void retold_orders(zd_deals *out)
{
    for (size_t i = 0; i < out->n; i++) {
        zd_deal *di = &out->v[i];
        if (!di->type || strcmp(di->type, "contract") || di->ninv || !di->unnamed ||
            !di->has_amount || !di->amount.has_value)
            continue;
        for (size_t j = 0; j < out->n; j++) {
            const zd_deal *dj = &out->v[j];
            if (j == i || !dj->type || strcmp(dj->type, "contract") || !dj->ninv ||
                !dj->has_amount || !dj->amount.has_value || dj->amount.value != di->amount.value ||
                strcmp(dj->amount.currency, di->amount.currency))
                continue;
            deal_free(di); /* (no type: the loops after pass it over) */
            break;
        }
    }
}

/* X与Y签署…服务合同, with no word of who buys (采购, 订购, 提供, 供应): when
 * X supplied in a contract the article told before (这已是X今年签下的第二份
 * 订单。今年5月,X与Y签署…合同), X supplies again and Y buys. */
static void supplier_again(const ctx *c, zd_deals *out)
{
    const wtext W = {c->t, NULL, 0, c->n};
    for (size_t j = 1; j < out->n; j++) {
        zd_deal *dj = &out->v[j];
        if (!dj->type || strcmp(dj->type, "contract") || dj->ninv != 1) continue;
        size_t lo = dj->span_s, hi = dj->span_e;
        if (!has(&W, lo, hi, "与") ||
            has_any(&W, lo, hi,
                    (const char *const[]){"采购", "订购", "购买", "提供", "供应", "供货", "下单",
                                          "中标", "定点", NULL}))
            continue;
        int supplied = 0;
        for (size_t i = 0; i < j && !supplied; i++)
            supplied = out->v[i].type && !strcmp(out->v[i].type, "contract") &&
                       same_org(out->v[i].target.name, dj->inv[0].name) &&
                       !same_org(out->v[i].target.name, dj->target.name);
        if (!supplied) continue;
        zd_party tmp = dj->target;
        dj->target = dj->inv[0];
        dj->inv[0] = tmp;
        dj->inv[0].lead = -1;
    }
}

void zd_deals_build(const zd_doc *doc, const char *folded, const zd_value *vals,
                    const zd_date *publish, zd_deals *out)
{
    ctx c = {doc,
             folded ? folded : doc->text,
             doc->text_len,
             vals,
             doc->mentions.n,
             publish,
             0,
             -10,
             -1,
             0,
             0,
             {NULL, NULL, 0, 0},
             zd_xmalloc(WBITS / 8),
             0,
             {NULL},
             0,
             {NULL},
             0,
             {NULL},
             0,
             {NULL},
             {NULL},
             0,
             -2,
             0};
    c.w = (wtext){c.t, NULL, 0, 0};
    const char *t = c.t;
    size_t n = c.n, s = 0;
    size_t nlines = 1;
    for (size_t i = 0; i < n; i++)
        nlines += t[i] == '\n';
    unsigned char *done = zd_xcalloc(nlines, 1);
    if (memchr(t, '\t', n) || memchr(t, '|', n)) tables(&c, out, done, nlines);
    size_t line = 0;
    for (size_t i = 0; i <= n; i++) {
        int end = i == n || t[i] == '\n' || t[i] == '!' || t[i] == '?' || t[i] == ';' ||
                  (t[i] == ',' && new_episode(&c, s, i + 1));
        size_t len = 1;
        if (!end &&
            (at(t, n, i, "。") || at(t, n, i, "！") || at(t, n, i, "？") || at(t, n, i, "；")))
            end = 1, len = 3;
        if (!end) continue;
        if (i > s && !done[line]) {
            c.sent++;
            sentence(&c, s, i, out);
        }
        /* (…天使投资;2022年又获得…: a semicolon opens an episode too) */
        c.episode = i < n && (t[i] == ',' || (t[i] == ';' && new_episode(&c, s, i + 1)));
        if (i < n && t[i] == '\n') line++;
        if (i == n) break;
        s = i + len;
        i = s - 1;
    }
    free(done);
    free(c.wbits);
    c.w.bits = NULL;
    c.w.lo = 0, c.w.hi = n;
    notice_contract(&c, out);
    swapped_contracts(&c, out);
    retold_orders(out);
    supplier_again(&c, out);
    /* drop what never became a deal; the news deals first, then the
     * earlier deals the article recalls; announced and planned news deals
     * without a date of their own are dated by the publish day */
    size_t k = 0;
    zd_deal *sorted = zd_xmalloc((out->n ? out->n : 1) * sizeof *sorted);
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < out->n; i++) {
            zd_deal *d = &out->v[i];
            if (d->background != pass || !d->type) continue;
            if (!complete(d) || d->ended || called_off(&c, d) || fund_raise(&c, d)) {
                deal_free(d);
                continue;
            }
            if (!d->date.gran && publish->gran &&
                (strcmp(d->status, "announced") == 0 || (k == 0 && pass == 0) ||
                 (pass == 0 && strcmp(d->status, "planned") == 0)))
                d->date = *publish;
            sorted[k++] = *d;
        }
    if (k) memcpy(out->v, sorted, k * sizeof *sorted);
    out->n = k;
    free(sorted);
}
