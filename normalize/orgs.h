/*
 * orgs.h: organizations. The gazetteer (normalize/orgs.tsv, compiled into
 * the binary, plus the user's --orgs files in the same format) is loaded
 * into one byte trie, matched leftmost-longest over the text in a single
 * pass; organizations not in the gazetteer are discovered from the language
 * itself (legal-name suffixes, mixed-case Latin names, deal-role contexts)
 * and reported with known = false.
 *
 * Format of a gazetteer line:  canonical<TAB>kind<TAB>alias|alias|...<TAB>parent
 * kind: company, investor, government, exchange, bank, university, media,
 * product. product and media lines are not reported as organizations: they
 * stop-list names that look like one (ChatGPT, Trainium, 量子位).
 *
 * Ownership: zd_orgs_new() returns a context (trie, regexes) freed by
 * zd_orgs_free(); zd_org pointers stay valid until then.
 */
#ifndef ZD_ORGS_H
#define ZD_ORGS_H

#include <stddef.h>

#include "../common/doc.h"

/* Countries and regions whose name a reporter puts before a company to
 * place it (日本水濑光学, 德国Steuerwerk, 台湾X), as one regex alternation:
 * orgs.c trims it before a Latin name, normalize.c reads the company it
 * places. China is left out: 中国电信 is not 电信 of China. */
#define ZD_COUNTRIES                                                                                                               \
    "日本|美国|德国|英国|法国|韩国|意大利|瑞士|瑞典|荷兰|芬兰|丹麦|挪威|以色列|新加坡|加拿大|" \
    "印度|澳大利亚|西班牙|比利时|奥地利|越南|泰国|印尼|马来西亚|巴西|墨西哥|台湾|香港"

typedef struct {
    const char *canonical;
    const char *kind;
    const char *parent; /* canonical name of the parent, or NULL */
} zd_org;

typedef struct zd_orgs zd_orgs;

/* Load the built-in gazetteer. Returns NULL with *err (caller frees) when it
 * is malformed (a build problem) or a regex fails to compile. */
zd_orgs *zd_orgs_new(char **err);
void zd_orgs_free(zd_orgs *o);

/* Add a user gazetteer file. Returns 0, or -1 with *err naming FILE:LINE. */
int zd_orgs_load_file(zd_orgs *o, const char *path, char **err);

/* Append ZD_ORG mentions for text[0..n): gazetteer matches and discovered names. */
void zd_orgs_find(zd_orgs *o, const char *text, size_t n, zd_mentions *out);

/* The organization a name refers to (an exact alias, ASCII case-folded), or
 * NULL. Product and media entries are returned too; check kind. */
const zd_org *zd_orgs_lookup(const zd_orgs *o, const char *s, size_t n);

/* Length of the industry word (科技, 智能, 半导体, 机器人…) that ends s[0..n),
 * or 0: 衡宇智能 is the company 衡宇 an article goes on to name. */
size_t zd_org_industry_suffix(const char *s, size_t n);

/* 1 when an org of this kind is reported as an organization. */
int zd_org_reported(const zd_org *org);

#endif
