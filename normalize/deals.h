/*
 * deals.h: mentions to deal records, the way an analyst reads the article:
 * sentence by sentence, a deal word (融资, 收购, 上市, 采购 ...) makes a
 * candidate; Chinese syntax around the organization mentions gives the
 * roles (X获Y投资, Y领投, 其中N来自X, X被Y收购, X向Y采购); the money mentions
 * near the deal word give the amount, per-investor shares and valuation;
 * words of time and hearsay give the status; deals of one article about the
 * same target are merged.
 *
 * Ownership: a zd_deals list owns its deals and every string in them;
 * zd_deals_clear() frees all of it (once per document).
 */
#ifndef ZD_DEALS_H
#define ZD_DEALS_H

#include <stddef.h>

#include "../common/doc.h"
#include "date.h"
#include "money.h"
#include "orgs.h"

/* A mention with its normalized value (filled by normalize.c). */
typedef struct {
    const zd_mention *m;
    int ok;           /* value resolved */
    zd_money money;   /* ZD_MONEY */
    zd_date date;     /* ZD_DATE */
    const char *name; /* ZD_ORG: canonical name (gazetteer) or NULL = the text */
    int known;        /* ZD_ORG: from the gazetteer */
    const char *kind; /* ZD_ORG: the gazetteer's kind, or NULL */
    int relative;     /* ZD_ORG: only names another org's parent or unit
                         (谷歌母公司Alphabet, 腾讯旗下的X): not a party */
} zd_value;

typedef struct {
    char *name; /* canonical, or the text when unknown */
    char *text; /* as written */
    int lead;   /* -1 null, 0 follow, 1 lead */
    int has_amount;
    zd_money amount;
    char *amount_text;
} zd_party;

typedef struct {
    const char *type;   /* "funding", "acquisition", "contract", "ipo" */
    const char *status; /* "announced", "completed", "planned", "rumored" */
    zd_party target;
    zd_party *inv;
    size_t ninv;
    int has_amount;
    zd_money amount;
    char *amount_text;
    int has_val;
    zd_money val;
    const char *basis; /* "pre", "post", "unspecified" */
    char *val_text;
    const char *round; /* static string or NULL */
    zd_date date;
    size_t span_s, span_e;
    int background;
    int weak;   /* the target is only the subject of its sentence */
    int ended;  /* called off later (终止/告吹): not reported */
    int listed; /* an IPO told on its listing day (正式在科创板挂牌交易) */
    int unnamed; /* a contract with a side described, not named (与意大利一家能源企业签订) */
} zd_deal;

typedef struct {
    zd_deal *v;
    size_t n, cap;
} zd_deals;

void zd_deals_clear(zd_deals *ds);

/* Assemble the deals of one document. folded: the text folded to
 * Simplified (see hans.h; same offsets), or NULL when it has no Traditional
 * characters. vals: one per mention of doc (same order), values resolved.
 * publish: the local publish day (gran NONE when unknown). */
void zd_deals_build(const zd_doc *doc, const char *folded, const zd_value *vals,
                    const zd_date *publish, zd_deals *out);

#endif
