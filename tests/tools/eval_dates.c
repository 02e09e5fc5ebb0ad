/*
 * eval_dates.c: score the date recognizer and resolver (extract/date_rx.c,
 * normalize/date.c) against the peer test suites in
 * ../shared/external/recognizers/dates.jsonl (see its README), and a small
 * debugging mode to see what the two make of one sentence.
 *
 *   eval_dates [-o FAILURES.jsonl] [-s SUITE-FAILURES.jsonl] [-v] DATES.jsonl
 *   eval_dates -t REF_DATE TEXT...      print the mentions found and their values
 *   eval_dates -b FILE [ROUNDS]         recognizer throughput over FILE (MB/s)
 *
 * Each case's text is NFKC-normalized (ICU), then the recognizer runs over
 * it and every span is resolved with the case's ref_time (its own local
 * date, the first ten characters) as the publish date.
 *
 * What is scored: every expected entity whose `calendar` list holds a value
 * (the expression is exactly one day, month or year). For whole_input cases
 * (parser suites) the prediction is the found mention covering most of the
 * input; for extractor cases it is the found mention overlapping the
 * expected span (code-point offsets) the most. It is right when its value is
 * one of the listed readings (sources that give a past and a future reading
 * list both; we resolve partial dates to the nearest, so either may be ours).
 *
 * Kind of a case, from the expected text (not the source's type names, which
 * differ per suite), first rule that applies:
 *   range    a connector between two dates: 到 至 从 從 ~ — or a '-' after 日/号/月/年
 *   holiday  a holiday name (Duckling's `holiday` field, or words such as 节,
 *            春节, 除夕, 元宵, 中秋, 端午, 元旦, 圣诞, 国庆) or a lunar date (农历,
 *            正月, 腊月, 初一..初十, 大年)
 *   absolute an explicit year: a number of two or more digits (or a Chinese
 *            numeral) followed by 年 and not by 前/后 (a count), 民国, 元年, or a
 *            numeric date with a four-digit year
 *   relative everything else (partial dates, relative words, weekdays, counts)
 *
 * A wrong answer that is another occurrence of the expected date (the same
 * month-day or month in another year, the same weekday in another week, the
 * same holiday in a neighbouring year) is counted apart as "conv": the
 * suite's convention for which occurrence a bare expression means differs
 * from ours (Duckling and JioNLP read 周一, 元旦, 国庆 as the next one; we read
 * weekdays in the publish week and holidays and month-days at the nearest).
 * It is still a failure; the second column only shows how much of the gap is
 * convention.
 *
 * Every case is scored twice: with our default (--prefer nearest, the news
 * convention) and with the conventions its suite holds, through the same
 * resolver with the preference and the ZD_CONV_ flags a user would give it
 * (--prefer, --date-conventions; see suite_prefer and suite_conventions):
 * Duckling resolves an ambiguous date to the next occurrence (future),
 * counts weekdays from its "now" (rolling-weeks) and dates the Jewish
 * holidays and Holi on the evening they begin (holiday-eve); JioNLP cases
 * that upstream calls with ret_future=True (3月8号 on 2021-09-01 is
 * 2022-03-08) are future, its other cases take the reference's year (year),
 * and it counts 三年后 from the reference (count-forward); Recognizers-Text
 * lists the past and the future reading, either counts, so nearest.
 *
 * A case of Duckling's Taiwan locale (notes "locale ZH_TW") is resolved
 * with the Taiwan region (國慶 is 10-10 there), as normalize does for a
 * Taiwan page.
 *
 * Output: one summary line per suite and per kind on stdout ("suite NAME
 * ok/n = pct%   ok+conv pct% | ok/n = pct% with the suite's convention"),
 * a line counting the cases that expect no date but got one, and every
 * failure as one JSON line in the failures file (-o, with the default
 * convention) and in the suite-convention failures file (-s): id, suite,
 * kind, prefer, text, ref, expected_text, calendar, why: not found |
 * unresolved | wrong value | other occurrence | eve (a holiday the suite
 * dates on the evening before, as Duckling does the Jewish ones), found:
 * every mention with its value.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "common/doc.h"
#include "common/util.h"
#include "extract/date_rx.h"
#include "normalize/date.h"

typedef struct {
    char name[64];
    int n, ok, first, conv;
    int sok; /* right with the suite's convention */
} tally;

/* The convention a suite's README (or the case's upstream call) states for
 * which occurrence a date without its year, week or month means. */
static zd_prefer suite_prefer(const char *suite, const char *notes)
{
    if (strcmp(suite, "duckling") == 0) return ZD_PREFER_FUTURE;
    if (strcmp(suite, "jionlp") == 0)
        return notes && strstr(notes, "ret_future=True") ? ZD_PREFER_FUTURE : ZD_PREFER_YEAR;
    return ZD_PREFER_NEAREST;
}

/* The suite's other conventions (ZD_CONV_*): Duckling counts weekdays from
 * its "now" (下禮拜三 is the coming Wednesday, the next day from its
 * Tuesday; a bare 星期二 on a Tuesday is next week's) and dates the Jewish
 * holidays and Holi on the evening they begin; JioNLP counts 三年后 from
 * its time base. */
static unsigned suite_conventions(const char *suite)
{
    if (strcmp(suite, "duckling") == 0) return ZD_CONV_ROLLING_WEEKS | ZD_CONV_HOLIDAY_EVE;
    if (strcmp(suite, "jionlp") == 0) return ZD_CONV_COUNT_FORWARD;
    return 0;
}

static const char *suite_convention_note(const char *suite)
{
    if (strcmp(suite, "duckling") == 0)
        return "future, rolling-weeks, holiday-eve: the next occurrence";
    if (strcmp(suite, "jionlp") == 0)
        return "future where called with ret_future=True, else year; count-forward";
    if (strcmp(suite, "recognizers-text") == 0) return "nearest: lists past and future readings";
    return "nearest";
}

/* Days since 1970-01-01 of a proleptic Gregorian date (plain arithmetic:
 * this only compares two answers). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Is got another occurrence of the expected reading want: the same
 * month-day (or month) in another year, the same weekday in another week,
 * or, for holidays, the same holiday in a neighbouring year? Such answers
 * differ from the suite by convention (which occurrence a bare expression
 * means), not by reading the expression wrongly. */
static int other_occurrence(const char *got, const char *want, const char *kind)
{
    int gy, gm, gd, wy, wm, wd;
    size_t gl = strlen(got), wl = strlen(want);
    if (gl != wl) return 0;
    if (gl == 7 && sscanf(got, "%d-%d", &gy, &gm) == 2 && sscanf(want, "%d-%d", &wy, &wm) == 2)
        return gm == wm && gy != wy;
    if (gl != 10 || sscanf(got, "%d-%d-%d", &gy, &gm, &gd) != 3 ||
        sscanf(want, "%d-%d-%d", &wy, &wm, &wd) != 3)
        return 0;
    if (gm == wm && gd == wd && gy != wy) return 1;
    long diff = days_from_civil(gy, gm, gd) - days_from_civil(wy, wm, wd);
    if (diff < 0) diff = -diff;
    if (diff % 7 == 0 && diff <= 28) return 1;
    if (strcmp(kind, "holiday") == 0 && gy != wy && diff <= 400) return 1;
    return 0;
}

#define MAXT 32
static tally suites[MAXT], kinds[MAXT];
static int nsuites, nkinds;

static tally *tally_get(tally *t, int *nt, const char *name)
{
    for (int i = 0; i < *nt; i++)
        if (strcmp(t[i].name, name) == 0) return &t[i];
    if (*nt == MAXT) return &t[MAXT - 1];
    snprintf(t[*nt].name, sizeof t[*nt].name, "%s", name);
    return &t[(*nt)++];
}

/* NFKC, code point by code point, keeping a map from the original code
 * point index to the byte offset in the normalized text (cp_off[i], with
 * cp_off[ncp] = length). Invalid UTF-8 is copied through unchanged. */
static char *nfkc_map(const UNormalizer2 *nf, const char *s, size_t **cp_off, size_t *ncp)
{
    zd_buf out = ZD_BUF_INIT;
    size_t n = strlen(s), i = 0, k = 0;
    size_t *map = zd_xmalloc((n + 1) * sizeof *map);
    while (i < n) {
        size_t st = i;
        int32_t cp = zd_utf8_decode(s, n, &i);
        map[k++] = out.len;
        if (cp < 0) {
            zd_buf_add(&out, s + st, i - st);
            continue;
        }
        UChar src[2], dst[32];
        int32_t sl = 0;
        if (cp > 0xFFFF) {
            src[sl++] = (UChar)(0xD7C0 + (cp >> 10));
            src[sl++] = (UChar)(0xDC00 | (cp & 0x3FF));
        } else {
            src[sl++] = (UChar)cp;
        }
        UErrorCode err = U_ZERO_ERROR;
        int32_t dl = unorm2_normalize(nf, src, sl, dst, 32, &err);
        if (U_FAILURE(err)) {
            zd_buf_add(&out, s + st, i - st);
            continue;
        }
        char u8[128];
        int32_t u8len = 0;
        err = U_ZERO_ERROR;
        u_strToUTF8(u8, sizeof u8, &u8len, dst, dl, &err);
        if (U_FAILURE(err))
            zd_buf_add(&out, s + st, i - st);
        else
            zd_buf_add(&out, u8, (size_t)u8len);
    }
    map[k] = out.len;
    zd_buf_addc(&out, 0);
    out.len--;
    *cp_off = map;
    *ncp = k;
    return zd_buf_take(&out);
}

static int has(const char *s, const char *w)
{
    return strstr(s, w) != NULL;
}

static const char *kind_of(const char *t, const char *holiday_field)
{
    static const char *range_w[] = {"到", "至", "从", "從", "~", "～", "—", "–", NULL};
    static const char *hol_w[] = {"节",   "節",   "农历", "農曆", "阴历", "陰曆", "除夕",   "大年",
                                  "正月", "腊月", "臘月", "元宵", "端午", "中秋", "七夕",   "重阳",
                                  "重陽", "冬至", "夏至", "清明", "芒种", "小寒", "大寒",   "立春",
                                  "元旦", "圣诞", "聖誕", "国庆", "國慶", "新春", "平安夜", "受难",
                                  "受難", "主日", "新年", "初一", "初二", "初三", "初四",   "初五",
                                  "初六", "初七", "初八", "初九", "初十", "初8",  "十一",   NULL};
    for (int i = 0; range_w[i]; i++)
        if (has(t, range_w[i])) return "range";
    for (const char *p = strchr(t, '-'); p; p = strchr(p + 1, '-')) {
        if (p - t >= 3 && (!memcmp(p - 3, "日", 3) || !memcmp(p - 3, "号", 3) ||
                           !memcmp(p - 3, "月", 3) || !memcmp(p - 3, "年", 3)))
            return "range";
    }
    if (holiday_field) return "holiday";
    for (int i = 0; hol_w[i]; i++)
        if (has(t, hol_w[i]))
            return (strcmp(hol_w[i], "十一") == 0 && strcmp(t, "十一") != 0) ? "relative"
                                                                             : "holiday";
    if (has(t, "民国") || has(t, "民國") || has(t, "元年")) return "absolute";
    /* a year number before 年, not a count */
    size_t n = strlen(t);
    for (size_t i = 0; i + 3 <= n; i++) {
        if (memcmp(t + i, "年", 3) != 0) continue;
        const char *nx = t + i + 3;
        if (!strncmp(nx, "前", 3) || !strncmp(nx, "后", 3) || !strncmp(nx, "後", 3) ||
            !strncmp(nx, "半", 3) || !strncmp(nx, "多", 3))
            continue;
        /* count number chars before */
        size_t j = i, digits = 0;
        while (j > 0) {
            if (t[j - 1] >= '0' && t[j - 1] <= '9') {
                j--, digits++;
                continue;
            }
            if (t[j - 1] == ' ') {
                j--;
                continue;
            }
            if (j >= 3) {
                static const char *cn[] = {"〇", "零", "一", "二", "三", "四", "五",
                                           "六", "七", "八", "九", "十", "○",  NULL};
                int hit = 0;
                for (int q = 0; cn[q]; q++)
                    if (!memcmp(t + j - 3, cn[q], 3)) hit = 1;
                if (hit) {
                    j -= 3, digits++;
                    continue;
                }
            }
            break;
        }
        if (digits >= 2) return "absolute";
        /* reign years: 康熙三年, 雍正十六年 */
        if (digits >= 1 && j >= 6) return "absolute";
    }
    int run = 0;
    for (size_t i = 0; i < n; i++) {
        run = (t[i] >= '0' && t[i] <= '9') ? run + 1 : 0;
        if (run == 4) return "absolute";
    }
    return "relative";
}

static void usage(void)
{
    fprintf(stderr, "usage: eval_dates [-o FAILURES.jsonl] [-s SUITE-FAILURES.jsonl] [-v] "
                    "DATES.jsonl\n"
                    "       eval_dates -t REF_DATE TEXT...\n"
                    "       eval_dates -b FILE [ROUNDS]\n");
    exit(2);
}

static void show(zd_date_rx *rx, zd_date_ctx *dc, const char *refs, const char *text)
{
    zd_date ref = {0, 0, 0, ZD_GRAN_NONE};
    if (strcmp(refs, "-") != 0 && zd_date_published_day(dc, refs, &ref) != 0)
        fprintf(stderr, "eval_dates: bad ref date %s\n", refs);
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nf = unorm2_getNFKCInstance(&err);
    size_t *map, ncp;
    char *t = nfkc_map(nf, text, &map, &ncp);
    zd_mentions m = {0};
    zd_date_find(rx, t, strlen(t), &m);
    zd_mentions_sort(&m);
    printf("%s\n", t);
    for (size_t i = 0; i < m.n; i++) {
        zd_date v;
        char buf[16];
        zd_date_resolve(dc, t + m.v[i].start, m.v[i].end - m.v[i].start, &ref, &v);
        zd_date_format(&v, buf, sizeof buf);
        printf("  [%zu,%zu) %.*s -> %s %s\n", m.v[i].start, m.v[i].end,
               (int)(m.v[i].end - m.v[i].start), t + m.v[i].start, buf[0] ? buf : "null",
               zd_gran_name(v.gran) ? zd_gran_name(v.gran) : "");
    }
    zd_mentions_free(&m);
    free(map);
    free(t);
}

static int bench(zd_date_rx *rx, zd_date_ctx *dc, const char *path, int rounds)
{
    zd_buf b = ZD_BUF_INIT;
    if (zd_read_file(path, (size_t)1 << 30, &b) != 0) {
        fprintf(stderr, "eval_dates: %s: cannot read\n", path);
        return 2;
    }
    zd_date ref = {2026, 2, 28, ZD_GRAN_DAY};
    size_t found = 0, resolved = 0;
    struct timespec t0, t1, t2;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    zd_mentions m = {0};
    for (int r = 0; r < rounds; r++) {
        m.n = 0;
        zd_date_find(rx, b.p, b.len, &m);
        found += m.n;
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    for (size_t i = 0; i < m.n; i++) {
        zd_date v;
        if (zd_date_resolve(dc, b.p + m.v[i].start, m.v[i].end - m.v[i].start, &ref, &v) == 0)
            resolved++;
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t2);
    double s1 = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    double s2 = (t2.tv_sec - t1.tv_sec) + (t2.tv_nsec - t1.tv_nsec) / 1e9;
    printf("recognize: %.1f MB in %.3f s CPU = %.1f MB/s, %zu mentions per round\n",
           b.len * (double)rounds / 1e6, s1, b.len * (double)rounds / 1e6 / s1,
           found / (size_t)(rounds > 0 ? rounds : 1));
    printf("resolve: %zu spans in %.3f s (%zu resolved)\n", m.n, s2, resolved);
    zd_mentions_free(&m);
    zd_buf_free(&b);
    return 0;
}

/* Which of the found mentions is the prediction for an expected entity:
 * for whole-input cases the one covering most of the input, else the one
 * overlapping the expected span [o0, o1) most; -1 for none. */
static long pick_mention(const size_t *cs, const size_t *ce, size_t n, int whole, size_t ncp,
                         size_t o0, size_t o1)
{
    long best = -1;
    size_t bestov = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = whole ? 0 : o0, hi = whole ? ncp : o1;
        size_t a = cs[i] > lo ? cs[i] : lo, b = ce[i] < hi ? ce[i] : hi;
        size_t ov = b > a ? b - a : 0;
        if (ov > bestov) bestov = ov, best = (long)i;
    }
    return best;
}

/* Is got the day after want (a holiday the suite dates on its eve)? */
static int is_day_after(const char *got, const char *want)
{
    int gy, gm, gd, wy, wm, wd;
    if (strlen(got) != 10 || strlen(want) != 10 || sscanf(got, "%d-%d-%d", &gy, &gm, &gd) != 3 ||
        sscanf(want, "%d-%d-%d", &wy, &wm, &wd) != 3)
        return 0;
    return days_from_civil(gy, gm, gd) - days_from_civil(wy, wm, wd) == 1;
}

/* One failure as a JSON line. */
static void write_failure(FILE *f, json_t *c, json_t *e, const char *kind, zd_prefer p,
                          const char *why, const char *t, const zd_mentions *m, const zd_date *vals)
{
    json_t *o = json_object();
    const char *rt = json_string_value(json_object_get(c, "ref_time"));
    const char *etext = json_string_value(json_object_get(e, "text"));
    json_object_set(o, "id", json_object_get(c, "id"));
    json_object_set(o, "suite", json_object_get(c, "suite"));
    json_object_set_new(o, "kind", json_string(kind));
    json_object_set_new(o, "prefer", json_string(zd_prefer_name(p)));
    json_object_set(o, "text", json_object_get(c, "text"));
    json_object_set_new(o, "ref", rt ? json_string(rt) : json_null());
    json_object_set_new(o, "expected_text", json_string(etext ? etext : ""));
    json_object_set(o, "calendar", json_object_get(e, "calendar"));
    json_object_set_new(o, "why", json_string(why));
    json_t *g = json_array();
    for (size_t i = 0; i < m->n; i++) {
        char buf[16];
        zd_date_format(&vals[i], buf, sizeof buf);
        json_t *x = json_object();
        json_object_set_new(x, "text",
                            json_stringn(t + m->v[i].start, m->v[i].end - m->v[i].start));
        json_object_set_new(x, "value", buf[0] ? json_string(buf) : json_null());
        json_array_append_new(g, x);
    }
    json_object_set_new(o, "found", g);
    char *str = json_dumps(o, JSON_COMPACT);
    fprintf(f, "%s\n", str);
    free(str);
    json_decref(o);
}

/* Score one expected entity against the mentions' values: 1 right, else 0
 * with *why set; *conv when the answer is another occurrence. */
static int score(json_t *cal, long best, const zd_date *vals, const char *kind, int *first,
                 int *conv, const char **why)
{
    char got[16] = "";
    size_t ci;
    json_t *cv;
    int right = 0, eve = 0;
    *first = *conv = 0;
    if (best >= 0) {
        zd_date_format(&vals[best], got, sizeof got);
        json_array_foreach(cal, ci, cv)
        {
            const char *w = json_string_value(cv);
            if (!w || !got[0]) continue;
            if (strcmp(w, got) == 0) {
                right = 1;
                if (ci == 0) *first = 1;
            }
            if (other_occurrence(got, w, kind)) *conv = 1;
            if (strcmp(kind, "holiday") == 0 && is_day_after(got, w)) eve = 1;
        }
    }
    *why = best < 0 ? "not found"
           : *conv  ? "other occurrence"
           : eve    ? "eve"
           : got[0] ? "wrong value"
                    : "unresolved";
    return right;
}

int main(int argc, char **argv)
{
    const char *fail_path = NULL, *sfail_path = NULL, *in_path = NULL;
    int verbose = 0;
    zd_msg_quiet(0);
    zd_date_rx *rx = zd_date_rx_new();
    zd_date_ctx *dc = zd_date_ctx_new();
    if (!rx || !dc) return 2;
    if (argc >= 3 && strcmp(argv[1], "-b") == 0) {
        int rc = bench(rx, dc, argv[2], argc > 3 ? atoi(argv[3]) : 1);
        zd_date_rx_free(rx);
        zd_date_ctx_free(dc);
        return rc;
    }
    if (argc >= 3 && strcmp(argv[1], "-t") == 0) {
        for (int i = 3; i < argc; i++)
            show(rx, dc, argv[2], argv[i]);
        zd_date_rx_free(rx);
        zd_date_ctx_free(dc);
        return 0;
    }
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            fail_path = argv[++i];
        else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
            sfail_path = argv[++i];
        else if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else if (argv[i][0] == '-' && argv[i][1])
            usage();
        else
            in_path = argv[i];
    }
    if (!in_path) usage();
    FILE *in = fopen(in_path, "r");
    if (!in) {
        fprintf(stderr, "eval_dates: %s: cannot open\n", in_path);
        return 2;
    }
    FILE *fail = fail_path ? fopen(fail_path, "w") : NULL;
    FILE *sfail = sfail_path ? fopen(sfail_path, "w") : NULL;
    if ((fail_path && !fail) || (sfail_path && !sfail)) {
        fprintf(stderr, "eval_dates: %s: cannot write\n", fail ? sfail_path : fail_path);
        return 2;
    }
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nf = unorm2_getNFKCInstance(&err);
    if (U_FAILURE(err)) return 2;

    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0, total = 0, ok_total = 0, conv_total = 0, sok_total = 0, negatives = 0,
         neg_fp = 0;
    while ((len = getline(&line, &cap, in)) > 0) {
        lineno++;
        json_error_t je;
        json_t *c = json_loads(line, 0, &je);
        if (!c) {
            fprintf(stderr, "eval_dates: %s:%ld: %s\n", in_path, lineno, je.text);
            continue;
        }
        const char *id = json_string_value(json_object_get(c, "id"));
        const char *suite = json_string_value(json_object_get(c, "suite"));
        const char *text = json_string_value(json_object_get(c, "text"));
        const char *rt = json_string_value(json_object_get(c, "ref_time"));
        const char *notes = json_string_value(json_object_get(c, "notes"));
        int whole = json_is_true(json_object_get(c, "whole_input"));
        json_t *exp = json_object_get(c, "expected");
        if (!id || !suite || !text || !json_is_array(exp)) {
            json_decref(c);
            continue;
        }
        zd_prefer sp = suite_prefer(suite, notes);
        /* a case from Duckling's Taiwan corpus is a Taiwan page's text */
        zd_date_ctx_set_region(dc, notes && strstr(notes, "locale ZH_TW") ? ZD_REGION_TW
                                                                          : ZD_REGION_DEFAULT);
        zd_date ref = {0, 0, 0, ZD_GRAN_NONE};
        if (rt && strlen(rt) >= 10) {
            char d10[11];
            memcpy(d10, rt, 10);
            d10[10] = 0;
            zd_date_published_day(dc, d10, &ref);
        }
        size_t *map, ncp;
        char *t = nfkc_map(nf, text, &map, &ncp);
        size_t tn = strlen(t);
        zd_mentions m = {0};
        zd_date_find(rx, t, tn, &m);
        zd_mentions_sort(&m);
        /* values with the default and with the suite's convention, and the
         * code-point spans of the mentions */
        zd_date *vals = zd_xcalloc(m.n + 1, sizeof *vals);
        zd_date *svals = zd_xcalloc(m.n + 1, sizeof *svals);
        size_t *cs = zd_xcalloc(m.n + 1, sizeof *cs), *ce = zd_xcalloc(m.n + 1, sizeof *ce);
        for (size_t i = 0; i < m.n; i++) {
            const char *sp0 = t + m.v[i].start;
            size_t sn = m.v[i].end - m.v[i].start;
            zd_date_ctx_set_prefer(dc, ZD_PREFER_NEAREST);
            zd_date_resolve(dc, sp0, sn, &ref, &vals[i]);
            zd_date_ctx_set_prefer(dc, sp);
            zd_date_ctx_set_conventions(dc, suite_conventions(suite));
            zd_date_resolve(dc, sp0, sn, &ref, &svals[i]);
            zd_date_ctx_set_prefer(dc, ZD_PREFER_NEAREST);
            zd_date_ctx_set_conventions(dc, 0);
            /* normalized byte offsets back to original code points */
            size_t a = 0, b = ncp;
            for (size_t k = 0; k <= ncp; k++) {
                if (map[k] <= m.v[i].start) a = k;
                if (map[k] >= m.v[i].end) {
                    b = k;
                    break;
                }
            }
            cs[i] = a, ce[i] = b;
        }
        if (json_array_size(exp) == 0) {
            negatives++;
            int fp = 0;
            for (size_t i = 0; i < m.n; i++)
                if (!whole || (ce[i] - cs[i]) * 2 > ncp) fp = 1;
            neg_fp += fp;
        }
        size_t k;
        json_t *e;
        json_array_foreach(exp, k, e)
        {
            json_t *cal = json_object_get(e, "calendar");
            int scorable = 0;
            size_t ci;
            json_t *cv;
            json_array_foreach(cal, ci, cv) if (json_is_string(cv)) scorable = 1;
            if (!scorable) continue;
            const char *etext = json_string_value(json_object_get(e, "text"));
            json_t *off = json_object_get(e, "offset");
            size_t o0 = (size_t)json_integer_value(json_array_get(off, 0));
            size_t o1 = (size_t)json_integer_value(json_array_get(off, 1));
            const char *hol = json_string_value(json_object_get(e, "holiday"));
            const char *kind = kind_of(whole ? t : (etext ? etext : ""), hol);
            long best = pick_mention(cs, ce, m.n, whole, ncp, o0, o1);
            int first, conv, sfirst, sconv;
            const char *why, *swhy;
            int right = score(cal, best, vals, kind, &first, &conv, &why);
            int sright = score(cal, best, svals, kind, &sfirst, &sconv, &swhy);
            tally *ts = tally_get(suites, &nsuites, suite), *tk = tally_get(kinds, &nkinds, kind);
            ts->n++, tk->n++, total++;
            if (right) ts->ok++, tk->ok++, ok_total++;
            if (first) ts->first++, tk->first++;
            if (!right && conv) ts->conv++, tk->conv++, conv_total++;
            if (sright) ts->sok++, tk->sok++, sok_total++;
            if (!right && fail)
                write_failure(fail, c, e, kind, ZD_PREFER_NEAREST, why, t, &m, vals);
            if (!sright && sfail) write_failure(sfail, c, e, kind, sp, swhy, t, &m, svals);
            if (!right && verbose) {
                char got[16] = "";
                if (best >= 0) zd_date_format(&vals[best], got, sizeof got);
                fprintf(stderr, "FAIL %s %s | %s | got %s\n", id, text, etext ? etext : "",
                        got[0] ? got : "-");
            }
        }
        free(vals);
        free(svals);
        free(cs);
        free(ce);
        zd_mentions_free(&m);
        free(map);
        free(t);
        json_decref(c);
    }
    free(line);
    fclose(in);
    if (fail) fclose(fail);
    if (sfail) fclose(sfail);
    printf("scored: expected values that are one day, month or year; ok = our value is one of the "
           "readings;\n"
           "conv = another occurrence of the same date (other year or week: the suite's convention "
           "differs)\n");
    printf("%-23s %-17s %-14s | %s\n", "", "default (--prefer", "nearest)",
           "each suite's own conventions (--prefer, --date-conventions)");
#define PCT(a, b) ((b) ? 100.0 * (a) / (b) : 0.0)
    for (int i = 0; i < nsuites; i++) {
        tally *x = &suites[i];
        printf("suite %-17s %4d/%-4d = %5.1f%%   ok+conv %5.1f%% | %4d/%-4d = %5.1f%%  (%s)\n",
               x->name, x->ok, x->n, PCT(x->ok, x->n), PCT(x->ok + x->conv, x->n), x->sok, x->n,
               PCT(x->sok, x->n), suite_convention_note(x->name));
    }
    for (int i = 0; i < nkinds; i++) {
        tally *x = &kinds[i];
        printf("kind  %-17s %4d/%-4d = %5.1f%%   ok+conv %5.1f%% | %4d/%-4d = %5.1f%%\n", x->name,
               x->ok, x->n, PCT(x->ok, x->n), PCT(x->ok + x->conv, x->n), x->sok, x->n,
               PCT(x->sok, x->n));
    }
    printf("total %-17s %4ld/%-4ld = %5.1f%%   ok+conv %5.1f%% | %4ld/%-4ld = %5.1f%%\n", "all",
           ok_total, total, PCT(ok_total, total), PCT(ok_total + conv_total, total), sok_total,
           total, PCT(sok_total, total));
#undef PCT
    printf("negatives %ld cases expecting no date: %ld with a date found\n", negatives, neg_fp);
    zd_date_rx_free(rx);
    zd_date_ctx_free(dc);
    return 0;
}
