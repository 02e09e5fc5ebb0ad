/*
 * robots.c: robots.txt (RFC 9309) rules: parse a file fetched from a host,
 * pick the group for our product token (else the "*" groups), and answer
 * whether a path may be fetched: the longest matching Allow/Disallow pattern
 * wins (Allow on a tie), with `*` wildcards and a `$` end anchor. Only the
 * first ZD_ROBOTS_MAX_BYTES are parsed (the RFC asks for at least 500 KiB),
 * so a hostile file costs bounded memory. Pure functions: fetching robots.txt
 * is fetch.c's job.
 */
#include "fetch/fetch_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    int allow;
    char *pat;
    size_t len;
} rule;

struct zd_robots {
    int all; /* 1 allow everything, -1 disallow everything, 0 use rules */
    rule *rules;
    size_t n, cap;
};

static int is_token_char(char c);

zd_robots *zd_robots_all(int allow)
{
    zd_robots *r = zd_xcalloc(1, sizeof *r);
    r->all = allow ? 1 : -1;
    return r;
}

void zd_robots_free(zd_robots *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->n; i++)
        free(r->rules[i].pat);
    free(r->rules);
    free(r);
}

char *zd_robots_token(const char *user_agent)
{
    size_t n = 0;
    while (is_token_char(user_agent[n]))
        n++;
    return zd_xstrndup(user_agent, n);
}

static void add_rule(zd_robots *r, int allow, const char *v, size_t n)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 16;
        r->rules = zd_xrealloc(r->rules, r->cap * sizeof *r->rules);
    }
    r->rules[r->n].allow = allow;
    r->rules[r->n].pat = zd_xstrndup(v, n);
    r->rules[r->n].len = n;
    r->n++;
}

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
        (*n)--;
}

/* does the user-agent line's value name our token? ("*" is handled apart) */
static int is_token_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}

/* v[0..n) is not NUL-terminated: scan within n only */
static int agent_matches(const char *v, size_t n, const char *token)
{
    size_t k = 0;
    while (k < n && is_token_char(v[k]))
        k++;
    return k && k == strlen(token) && strncasecmp(v, token, k) == 0;
}

zd_robots *zd_robots_parse(const char *txt, size_t n, const char *token)
{
    if (n > ZD_ROBOTS_MAX_BYTES) n = ZD_ROBOTS_MAX_BYTES;
    /* two passes over the groups: rules of groups naming us, and of "*" */
    zd_robots *mine = zd_xcalloc(1, sizeof *mine), *star = zd_xcalloc(1, sizeof *star);
    int named = 0; /* some group names us */
    int g_mine = 0, g_star = 0, in_agents = 0;
    const char *p = txt, *end = txt + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *line = p;
        size_t len = (size_t)(le - p);
        p = nl ? nl + 1 : end;
        const char *hash = memchr(line, '#', len);
        if (hash) len = (size_t)(hash - line);
        const char *colon = memchr(line, ':', len);
        if (!colon) continue;
        const char *k = line, *v = colon + 1;
        size_t kn = (size_t)(colon - line), vn = len - kn - 1;
        trim(&k, &kn);
        trim(&v, &vn);
        if (kn == 10 && strncasecmp(k, "user-agent", 10) == 0) {
            if (!in_agents) g_mine = g_star = 0; /* a new group starts */
            in_agents = 1;
            if (vn == 1 && v[0] == '*')
                g_star = 1;
            else if (token && *token && agent_matches(v, vn, token))
                g_mine = named = 1;
        } else if ((kn == 5 && strncasecmp(k, "allow", 5) == 0) ||
                   (kn == 8 && strncasecmp(k, "disallow", 8) == 0)) {
            in_agents = 0;
            int allow = kn == 5;
            if (vn == 0) continue; /* "Disallow:" with no path allows all */
            if (g_mine) add_rule(mine, allow, v, vn);
            if (g_star) add_rule(star, allow, v, vn);
        } else {
            /* sitemap, crawl-delay, unknown keys: not rules, but they end
             * a run of user-agent lines like a rule does */
            in_agents = 0;
        }
    }
    if (named) {
        zd_robots_free(star);
        return mine;
    }
    zd_robots_free(mine);
    return star;
}

/* pattern match with '*' (any run) and a final '$' (end of path) */
static int match(const char *pat, size_t pn, const char *s)
{
    size_t si = 0, pi = 0, star_p = (size_t)-1, star_s = 0;
    size_t sn = strlen(s);
    int anchored = pn && pat[pn - 1] == '$';
    if (anchored) pn--;
    for (;;) {
        if (pi == pn) {
            if (!anchored || si == sn) return 1;
        } else if (pat[pi] == '*') {
            star_p = pi++;
            star_s = si;
            continue;
        } else if (si < sn && pat[pi] == s[si]) {
            pi++;
            si++;
            continue;
        }
        if (star_p == (size_t)-1 || star_s >= sn) return 0;
        pi = star_p + 1;
        si = ++star_s;
    }
}

int zd_robots_allowed(const zd_robots *r, const char *path)
{
    if (!r || r->all > 0) return 1;
    if (strcmp(path, "/robots.txt") == 0) return 1;
    if (r->all < 0) return 0;
    size_t best = 0;
    int allowed = 1, found = 0;
    for (size_t i = 0; i < r->n; i++) {
        const rule *ru = &r->rules[i];
        if (!match(ru->pat, ru->len, path)) continue;
        if (!found || ru->len > best || (ru->len == best && ru->allow)) {
            best = ru->len;
            allowed = ru->allow;
            found = 1;
        }
    }
    return allowed;
}
