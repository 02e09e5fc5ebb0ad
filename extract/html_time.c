/*
 * html_time.c: when the article was published. Machine-readable claims
 * first (meta article:published_time and its many spellings, JSON-LD
 * datePublished, <time datetime>), then the byline a reader sees under the
 * headline or at the top of the body (发布时间：2026-03-02 09:15, 2026年3月2日,
 * 03-02 09:15 with the year from the base date, 3小时前 / 昨天 against it).
 *
 * Output: "YYYY-MM-DD" when only a day is known, "YYYY-MM-DDTHH:MM:SS+08:00"
 * when a time is (a Chinese page's time without a zone is Beijing time); an
 * explicit zone is kept as given ("Z" stays "Z": normalize turns it into a
 * local date). Dates outside 1995..2035 or impossible ones are ignored, and
 * so are dates after the base date (a page cannot be published after it was
 * fetched).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "html_priv.h"

typedef struct {
    int y, mo, d, h, mi, s;
    int has_time;
    char zone[8]; /* "", "Z", "+08:00" */
} dt;

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int valid(const dt *t)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (t->y < 1995 || t->y > 2035 || t->mo < 1 || t->mo > 12 || t->d < 1) return 0;
    if (t->d > mdays[t->mo - 1] || (t->mo == 2 && t->d == 29 && !leap(t->y))) return 0;
    if (t->has_time && (t->h > 23 || t->mi > 59 || t->s > 60)) return 0;
    return 1;
}

static void format_dt(const dt *t, char *out)
{
    if (!t->has_time) {
        snprintf(out, 32, "%04d-%02d-%02d", t->y, t->mo, t->d);
        return;
    }
    snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02d%s", t->y, t->mo, t->d, t->h, t->mi, t->s,
             t->zone[0] ? t->zone : "+08:00");
}

/* days from civil (Howard Hinnant's algorithm), for date arithmetic */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

static int num(const char *s, size_t n, size_t *i, int maxd)
{
    int v = 0, k = 0;
    while (*i < n && k < maxd && s[*i] >= '0' && s[*i] <= '9')
        v = v * 10 + (s[(*i)++] - '0'), k++;
    return k ? v : -1;
}

/* The base date (WARC-Date or the like) as a local (+08:00) day and time. */
static int base_parse(const char *base, dt *b)
{
    memset(b, 0, sizeof *b);
    if (!base) return 0;
    size_t n = strlen(base), i = 0;
    b->y = num(base, n, &i, 4);
    if (i >= n || (base[i] != '-' && base[i] != '/')) return 0;
    i++;
    b->mo = num(base, n, &i, 2);
    if (i >= n || (base[i] != '-' && base[i] != '/')) return 0;
    i++;
    b->d = num(base, n, &i, 2);
    if (b->y < 0 || b->mo < 0 || b->d < 0) return 0;
    if (i < n && (base[i] == 'T' || base[i] == ' ')) {
        i++;
        b->h = num(base, n, &i, 2);
        if (i < n && base[i] == ':') i++;
        b->mi = num(base, n, &i, 2);
        if (i < n && base[i] == ':') i++, b->s = num(base, n, &i, 2);
        if (b->h >= 0 && b->mi >= 0) b->has_time = 1;
        if (b->s < 0) b->s = 0;
        if (b->has_time && i < n && base[i] == 'Z') { /* UTC to Beijing time */
            long mins = days_from_civil(b->y, b->mo, b->d) * 1440 + b->h * 60 + b->mi + 480;
            long dd = mins >= 0 ? mins / 1440 : (mins - 1439) / 1440;
            civil_from_days(dd, &b->y, &b->mo, &b->d);
            b->h = (int)((mins - dd * 1440) / 60);
            b->mi = (int)((mins - dd * 1440) % 60);
        }
    }
    if (!b->has_time) b->h = b->mi = b->s = 0;
    b->zone[0] = '\0';
    return valid(b);
}

/* Is t later than the base day (plus one day of slack for time zones)? */
static int after_base(const dt *t, const dt *b, int have_base)
{
    if (!have_base) return 0;
    return days_from_civil(t->y, t->mo, t->d) > days_from_civil(b->y, b->mo, b->d) + 1;
}

static int is_sep(char c)
{
    return c == '-' || c == '/' || c == '.';
}

/* Skip spaces and the UTF-8 "年/月/日" given as a 3-byte sequence. */
static int skip_lit(const char *s, size_t n, size_t *i, const char *lit)
{
    size_t l = strlen(lit);
    if (*i + l <= n && !memcmp(s + *i, lit, l)) {
        *i += l;
        return 1;
    }
    return 0;
}

static void skip_sp(const char *s, size_t n, size_t *i)
{
    while (*i < n && (s[*i] == ' ' || s[*i] == '\t'))
        (*i)++;
}

/* Time of day at s[*i]: HH:MM[:SS][.frac][zone]; 时 / 分 also accepted. */
static int parse_hms(const char *s, size_t n, size_t *i, dt *t)
{
    size_t j = *i;
    int h = num(s, n, &j, 2);
    if (h < 0) return 0;
    if (!(j < n && s[j] == ':') && !skip_lit(s, n, &j, "：") && !skip_lit(s, n, &j, "时") &&
        !skip_lit(s, n, &j, "點") && !skip_lit(s, n, &j, "点"))
        return 0;
    if (j < n && s[j] == ':') j++;
    int mi = num(s, n, &j, 2);
    if (mi < 0) return 0;
    int sec = 0;
    size_t k = j;
    if (k < n && s[k] == ':') {
        k++;
        int v = num(s, n, &k, 2);
        if (v >= 0) sec = v, j = k;
    } else if (skip_lit(s, n, &k, "：")) {
        int v = num(s, n, &k, 2);
        if (v >= 0) sec = v, j = k;
    } else if (skip_lit(s, n, &k, "分")) {
        j = k;
        int v = num(s, n, &k, 2);
        if (v >= 0) {
            sec = v;
            j = k;
            skip_lit(s, n, &j, "秒");
        }
    }
    if (j < n && s[j] == '.') { /* fraction */
        j++;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++;
    }
    if (h > 23 || mi > 59 || sec > 60) return 0; /* keep the date, not a bad time */
    t->h = h, t->mi = mi, t->s = sec, t->has_time = 1;
    t->zone[0] = '\0';
    size_t z = j;
    skip_sp(s, n, &z);
    /* 12-hour clock: 9:23:57 PM */
    if (z + 2 <= n && (s[z] == 'A' || s[z] == 'a' || s[z] == 'P' || s[z] == 'p') &&
        (s[z + 1] == 'M' || s[z + 1] == 'm') &&
        (z + 2 == n || !((s[z + 2] | 32) >= 'a' && (s[z + 2] | 32) <= 'z'))) {
        int pm = (s[z] | 32) == 'p';
        if (t->h == 12)
            t->h = pm ? 12 : 0;
        else if (pm)
            t->h += 12;
        j = z + 2;
        z = j;
        skip_sp(s, n, &z);
    }
    if (z < n && (s[z] == 'Z' || s[z] == 'z') &&
        (z + 1 >= n || !((s[z + 1] | 32) >= 'a' && (s[z + 1] | 32) <= 'z'))) {
        strcpy(t->zone, "Z");
        j = z + 1;
    } else if (z < n && (s[z] == '+' || s[z] == '-') && z + 3 <= n && s[z + 1] >= '0' &&
               s[z + 1] <= '9') {
        size_t q = z + 1;
        int zh = num(s, n, &q, 2);
        int zm = 0;
        if (q < n && s[q] == ':') q++;
        if (q < n && s[q] >= '0' && s[q] <= '9') zm = num(s, n, &q, 2);
        if (zh >= 0 && zh <= 14 && zm >= 0 && zm < 60) {
            if (zh == 0 && zm == 0)
                strcpy(t->zone, "Z");
            else
                snprintf(t->zone, sizeof t->zone, "%c%02d:%02d", s[z], zh, zm);
            j = q;
        }
    } else if (z + 3 <= n && !memcmp(s + z, "GMT", 3)) {
        strcpy(t->zone, "Z");
        j = z + 3;
    }
    *i = j;
    return 1;
}

/* A full date at s[*i] (year first): 2026-03-02, 2026/3/2, 2026.03.02,
 * 2026年3月2日, 20260302, each optionally followed by a time. */
static int parse_ymd(const char *s, size_t n, size_t *i, dt *t)
{
    size_t j = *i;
    memset(t, 0, sizeof *t);
    size_t st = j;
    int y = num(s, n, &j, 4);
    if (y < 0 || j - st != 4) return 0;
    int cn = 0;
    skip_sp(s, n, &j);
    if (j < n && is_sep(s[j]))
        j++;
    else if (skip_lit(s, n, &j, "年"))
        cn = 1;
    else if (j < n && s[j] >= '0' && s[j] <= '9' && j + 4 <= n) {
        /* 20260302 */
        size_t k = j;
        int md = num(s, n, &k, 4);
        if (md < 0 || k - j != 4) return 0;
        t->y = y, t->mo = md / 100, t->d = md % 100;
        j = k;
        goto time;
    } else
        return 0;
    skip_sp(s, n, &j);
    t->y = y;
    t->mo = num(s, n, &j, 2);
    if (t->mo < 0) return 0;
    skip_sp(s, n, &j);
    if (cn) {
        if (!skip_lit(s, n, &j, "月")) return 0;
    } else if (j < n && is_sep(s[j])) {
        j++;
    } else
        return 0;
    skip_sp(s, n, &j);
    t->d = num(s, n, &j, 2);
    if (t->d < 0) return 0;
    if (j < n && s[j] >= '0' && s[j] <= '9') return 0; /* 2026-03-123 */
    if (!skip_lit(s, n, &j, "日")) skip_lit(s, n, &j, "号");
time:;
    size_t k = j;
    while (k < n && (s[k] == ' ' || s[k] == 'T' || s[k] == '\t' || s[k] == ','))
        k++;
    /* 星期X / 周X between date and time */
    if (skip_lit(s, n, &k, "星期") || skip_lit(s, n, &k, "周")) {
        if (k + 3 <= n) k += 3;
        while (k < n && s[k] == ' ')
            k++;
    }
    skip_lit(s, n, &k, "上午");
    if (skip_lit(s, n, &k, "下午") || skip_lit(s, n, &k, "晚上")) {
        dt tt = *t;
        if (parse_hms(s, n, &k, &tt)) {
            if (tt.h < 12) tt.h += 12;
            *t = tt;
            j = k;
        }
    } else if (k > j || k == j) {
        dt tt = *t;
        if (k < n && s[k] >= '0' && s[k] <= '9' && parse_hms(s, n, &k, &tt)) {
            *t = tt;
            j = k;
        }
    }
    *i = j;
    return valid(t);
}

/* A US-style date at s[*i]: M/D/YYYY with an optional time (ASP pages). */
static int parse_mdy(const char *s, size_t n, size_t *i, dt *t)
{
    size_t j = *i;
    memset(t, 0, sizeof *t);
    t->mo = num(s, n, &j, 2);
    if (t->mo < 0 || j >= n || s[j] != '/') return 0;
    j++;
    t->d = num(s, n, &j, 2);
    if (t->d < 0 || j >= n || s[j] != '/') return 0;
    j++;
    size_t ys = j;
    t->y = num(s, n, &j, 4);
    if (t->y < 0 || j - ys != 4) return 0;
    size_t k = j;
    skip_sp(s, n, &k);
    dt tt = *t;
    if (k < n && s[k] >= '0' && s[k] <= '9' && parse_hms(s, n, &k, &tt)) {
        *t = tt;
        j = k;
    }
    *i = j;
    return valid(t);
}

int zd_html_parse_date(const char *s, size_t n, const char *base_date, char *out)
{
    dt t, b;
    int have_base = base_parse(base_date, &b);
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    /* a Unix time stamp (seconds or milliseconds) */
    size_t k = i;
    while (k < n && s[k] >= '0' && s[k] <= '9')
        k++;
    if ((k - i == 10 || k - i == 13) && (k == n || s[k] == ' ')) {
        long long v = atoll(s + i);
        if (k - i == 13) v /= 1000;
        v += 8 * 3600; /* Beijing time */
        long days = (long)(v / 86400);
        long rem = (long)(v % 86400);
        memset(&t, 0, sizeof t);
        civil_from_days(days, &t.y, &t.mo, &t.d);
        t.h = (int)(rem / 3600), t.mi = (int)(rem / 60 % 60), t.s = (int)(rem % 60);
        t.has_time = 1;
        if (!valid(&t) || after_base(&t, &b, have_base)) return 0;
        format_dt(&t, out);
        return 1;
    }
    size_t i0 = i;
    if (!parse_ymd(s, n, &i, &t)) {
        i = i0;
        if (!parse_mdy(s, n, &i, &t)) return 0;
    }
    if (after_base(&t, &b, have_base)) return 0;
    format_dt(&t, out);
    return 1;
}

/* ---- text search ---------------------------------------------------------------------- */

int zd_html_time_init(zd_html *h)
{
    int ec;
    PCRE2_SIZE eo;
    const uint32_t f = PCRE2_UTF | PCRE2_UCP;
    /* a full date, year first */
    h->rx_date = pcre2_compile(
        (PCRE2_SPTR) "(?<![0-9])(?:(?:19|20)[0-9]{2}\\s*(?:[-/.]|年)\\s*[0-9]{1,2}\\s*(?:[-/.]|月)"
                     "\\s*[0-9]{1,2}(?![0-9])|[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}(?![0-9]))",
        PCRE2_ZERO_TERMINATED, f, &ec, &eo, NULL);
    /* month-day with a time, or relative times */
    h->rx_rel = pcre2_compile(
        (PCRE2_SPTR) "(?<![0-9\\-/.])([0-9]{1,2})(?:-|/|月)([0-9]{1,2})日?\\s*([0-9]{1,2})[:：]"
                     "([0-9]{2})(?![0-9])|([0-9]{1,3})\\s*(分钟|小时|天)前|(今天|昨天|前天)"
                     "(?:\\s*([0-9]{1,2})[:：]([0-9]{2}))?",
        PCRE2_ZERO_TERMINATED, f, &ec, &eo, NULL);
    /* a label in front of a date */
    h->rx_byline = pcre2_compile((PCRE2_SPTR) "(?:(?:发布|发表|刊发|出版|更新|上传|录入|添加|"
                                              "發佈|發表|發布)(?:时间|日期|于|時間|於)?|时间|日期|"
                                              "時間)\\s*[:：]?\\s*$",
                                 PCRE2_ZERO_TERMINATED, f, &ec, &eo, NULL);
    /* ... or a verb after it: 本贴由X于2005年8月12日在Y发表 */
    h->rx_posted =
        pcre2_compile((PCRE2_SPTR) "^[^。，,.!?！？]{0,24}?(?:发表|发布|發表|發佈|发帖|"
                                   "posted|published)",
                      PCRE2_ZERO_TERMINATED, f | PCRE2_ANCHORED | PCRE2_CASELESS, &ec, &eo, NULL);
    if (!h->rx_date || !h->rx_rel || !h->rx_byline || !h->rx_posted) abort();
    zd_jit_compile(h->rx_posted, PCRE2_JIT_COMPLETE);
    h->md2 = pcre2_match_data_create(4, NULL);
    zd_jit_compile(h->rx_date, PCRE2_JIT_COMPLETE);
    zd_jit_compile(h->rx_rel, PCRE2_JIT_COMPLETE);
    return 0;
}

static const char *meta_get(const zd_page *pg, const char *key)
{
    for (int i = 0; i < pg->nmetas; i++)
        if (!strcmp(pg->metas[i].key, key)) return pg->metas[i].val;
    return NULL;
}

static int grp(pcre2_match_data *md, int g, const char *s, int *out)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[2 * g] == PCRE2_UNSET) return 0;
    *out = atoi(s + ov[2 * g]);
    return 1;
}

/* Search one block's text for a date. *labelled is set when the text just
 * before it says 发布时间 / 日期 and the like. Returns 1 and fills out. */
static int date_in_text(zd_html *h, const char *s, size_t n, const dt *b, int have_base,
                        int allow_rel, char *out, int *labelled)
{
    PCRE2_SIZE start = 0;
    int found = 0;
    while (start < n) {
        int rc = zd_rx_match(h->rx_date, (PCRE2_SPTR)s, n, start, 0, h->md);
        if (rc < 0) break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(h->md);
        size_t ms = ov[0], me = ov[1];
        size_t i = ms;
        dt t;
        int year_first = me - ms >= 4;
        for (size_t q = ms; q < ms + 4 && q < me; q++)
            if (s[q] < '0' || s[q] > '9') year_first = 0;
        if ((year_first ? parse_ymd(s, n, &i, &t) : parse_mdy(s, n, &i, &t)) &&
            !after_base(&t, b, have_base)) {
            size_t from = ms > 40 ? ms - 40 : 0;
            while (from < ms && ((unsigned char)s[from] & 0xC0) == 0x80)
                from++;
            int lab =
                zd_rx_match(h->rx_byline, (PCRE2_SPTR)(s + from), ms - from, 0, 0, h->md2) >= 0 ||
                zd_rx_match(h->rx_posted, (PCRE2_SPTR)(s + i), n - i, 0, 0, h->md2) >= 0;
            if (lab || !found) {
                format_dt(&t, out);
                *labelled = lab;
                found = 1;
            }
            if (lab) return 1;
        }
        start = me > ms ? me : ms + 1;
    }
    if (found) return 1;
    /* times without a year, or relative ones, only in a short byline-like
     * line (in prose, 3天前往北京 is not a date) */
    if (!allow_rel || n > 120) return 0;
    if (zd_rx_match(h->rx_rel, (PCRE2_SPTR)s, n, 0, 0, h->md) < 0) return 0;
    dt t;
    memset(&t, 0, sizeof t);
    int mo, d, hh, mi, k;
    if (grp(h->md, 1, s, &mo) && grp(h->md, 2, s, &d) && grp(h->md, 3, s, &hh) &&
        grp(h->md, 4, s, &mi)) {
        if (!have_base) return 0;
        t.y = b->y, t.mo = mo, t.d = d, t.h = hh, t.mi = mi, t.has_time = 1;
        if (days_from_civil(t.y, t.mo, t.d) > days_from_civil(b->y, b->mo, b->d) + 1) t.y--;
    } else if (grp(h->md, 5, s, &k)) {
        if (!have_base) return 0;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(h->md);
        const char *unit = s + ov[12];
        long mins = days_from_civil(b->y, b->mo, b->d) * 1440 + b->h * 60 + b->mi;
        if (!strncmp(unit, "分钟", 6))
            mins -= k;
        else if (!strncmp(unit, "小时", 6))
            mins -= 60L * k;
        else
            mins -= 1440L * k;
        long dd = mins >= 0 ? mins / 1440 : (mins - 1439) / 1440;
        civil_from_days(dd, &t.y, &t.mo, &t.d);
    } else {
        if (!have_base) return 0;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(h->md);
        const char *w = s + ov[14];
        int back = !strncmp(w, "昨天", 6) ? 1 : !strncmp(w, "前天", 6) ? 2 : 0;
        civil_from_days(days_from_civil(b->y, b->mo, b->d) - back, &t.y, &t.mo, &t.d);
        if (grp(h->md, 8, s, &hh) && grp(h->md, 9, s, &mi)) t.h = hh, t.mi = mi, t.has_time = 1;
    }
    if (!valid(&t)) return 0;
    format_dt(&t, out);
    *labelled = 0;
    return 1;
}

/* The value of the string assigned to name in js (name = "value"), or
 * NULL; *len is its length. name must start a word. */
static const char *assigned(const char *js, size_t n, const char *name, size_t *len)
{
    size_t l = strlen(name);
    for (const char *p = js; (p = memmem(p, n - (size_t)(p - js), name, l)); p += l) {
        if (p > js && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) continue;
        size_t i = (size_t)(p - js) + l;
        skip_sp(js, n, &i);
        if (i >= n || js[i] != '=') continue;
        i++;
        skip_sp(js, n, &i);
        if (i >= n || js[i] != '"') continue;
        const char *v = js + i + 1, *q = memchr(v, '"', n - i - 1);
        if (!q || q - v > 40) continue;
        *len = (size_t)(q - v);
        return v;
    }
    return NULL;
}

char *zd_html_script_time(const char *js, size_t n)
{
    size_t len;
    const char *v = assigned(js, n, "ct", &len);
    if (v && len >= 9 && len <= 10 && strspn(v, "0123456789") == len) {
        long long secs = strtoll(v, NULL, 10) + 8 * 3600;
        dt t = {0};
        civil_from_days((long)(secs / 86400), &t.y, &t.mo, &t.d);
        long r = (long)(secs % 86400);
        t.h = (int)(r / 3600), t.mi = (int)(r / 60 % 60), t.s = (int)(r % 60), t.has_time = 1;
        memcpy(t.zone, "+08:00", 7);
        char out[32];
        if (!valid(&t)) return NULL;
        format_dt(&t, out);
        return zd_xstrdup(out);
    }
    v = assigned(js, n, "publish_time", &len);
    if (v && len >= 8) return zd_xstrndup(v, len);
    return NULL;
}

static char *published(zd_html *h, zd_page *pg, const char *base_date, int text_only)
{
    char out[32];
    dt b;
    int have_base = base_parse(base_date, &b);
    static const char *const keys[] = {"article:published_time",
                                       "og:article:published_time",
                                       "og:release_date",
                                       "article:published",
                                       "published_time",
                                       "publishdate",
                                       "publish_date",
                                       "publish-date",
                                       "pubdate",
                                       "datepublished",
                                       "publication_date",
                                       "weibo: article:create_at",
                                       "weibo:article:create_at",
                                       "article:create_at",
                                       "og:published_time",
                                       "dc.date.issued",
                                       "dc.date",
                                       "dcterms.created",
                                       "sailthru.date",
                                       "release_date",
                                       "firstpublishedtime",
                                       "createdate",
                                       "date",
                                       NULL};
    for (int k = 0; keys[k] && !text_only; k++) {
        const char *v = meta_get(pg, keys[k]);
        if (v && zd_html_parse_date(v, strlen(v), base_date, out)) return zd_xstrdup(out);
    }
    char *ld = text_only ? NULL : zd_html_jsonld(pg, "datePublished");
    if (!ld && !text_only) ld = zd_html_jsonld(pg, "dateCreated");
    if (ld) {
        int ok = zd_html_parse_date(ld, strlen(ld), base_date, out);
        free(ld);
        if (ok) return zd_xstrdup(out);
    }
    /* a time the page's script sets (WeChat), when no tag claims one */
    if (!text_only && pg->script_time &&
        zd_html_parse_date(pg->script_time, strlen(pg->script_time), base_date, out))
        return zd_xstrdup(out);

    /* the byline: from the headline on, or from a little before the main text */
    int from = 0;
    if (pg->title_el >= 0) /* a date line may sit just above the headline */
        from = pg->els[pg->title_el].fb > 3 ? pg->els[pg->title_el].fb - 3 : 0;
    else if (pg->main >= 0)
        from = pg->rb > 8 ? pg->rb - 8 : 0;
    /* <time datetime> at or after that point */
    for (int i = 0; i < pg->ntimes; i++)
        if (pg->times[i].block >= from &&
            zd_html_parse_date(pg->times[i].val, strlen(pg->times[i].val), base_date, out))
            return zd_xstrdup(out);
    /* the first labelled date (发布时间：...) in the window, else the first
     * one standing in a short line (a byline), else the first at all */
    char first[32] = "", short_line[32] = "";
    int budget = 1500; /* characters of text to look through */
    for (int i = from; i < pg->nblocks && budget > 0; i++) {
        zd_block *bl = &pg->blocks[i];
        int lab = 0;
        if (date_in_text(h, pg->text.p + bl->off, bl->len, &b, have_base, 1, out, &lab)) {
            if (lab) return zd_xstrdup(out);
            if (bl->chars < 80 && !short_line[0]) memcpy(short_line, out, sizeof short_line);
            if (!first[0]) memcpy(first, out, sizeof first);
        }
        budget -= bl->chars;
    }
    if (short_line[0]) return zd_xstrdup(short_line);
    if (first[0]) return zd_xstrdup(first);
    for (int i = 0; i < pg->ntimes; i++)
        if (zd_html_parse_date(pg->times[i].val, strlen(pg->times[i].val), base_date, out))
            return zd_xstrdup(out);
    /* a labelled date anywhere (发布时间：...) */
    for (int i = 0; i < pg->nblocks; i++) {
        zd_block *bl = &pg->blocks[i];
        int lab = 0;
        if (bl->chars < 100 &&
            date_in_text(h, pg->text.p + bl->off, bl->len, &b, have_base, 0, out, &lab) && lab)
            return zd_xstrdup(out);
    }
    return NULL;
}

char *zd_html_published(zd_html *h, zd_page *pg, const char *base_date)
{
    char *p = published(h, pg, base_date, 0);
    /* a day from the page's metadata; the byline may know the time too */
    if (p && strlen(p) == 10) {
        char *t = published(h, pg, base_date, 1);
        if (t && strlen(t) > 10 && !strncmp(t, p, 10)) {
            free(p);
            return t;
        }
        free(t);
    }
    return p;
}
