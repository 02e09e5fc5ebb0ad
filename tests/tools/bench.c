/*
 * bench.c: the numbers behind `make bench`, each beside a baseline measured
 * in the same run on the same bytes, so a figure reads as a ratio and not
 * as a machine's speed:
 *   - extract (charset, HTML, NFKC, recognizers) vs libxml2's htmlReadMemory
 *     alone on the same pages;
 *   - money, date and org recognition on the extracted article texts vs one
 *     PCRE2 JIT scan of the same texts;
 *   - normalize on the document lines vs jansson parsing them alone;
 *   - gazetteer load time; peak memory (getrusage).
 * Usage: bench DIR_OF_PAGES [SECONDS_PER_FIGURE]. One core, one thread.
 */
#include <dirent.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "common/doc.h"
#include "extract/date_rx.h"
#include "extract/extract.h"
#include "extract/money_rx.h"
#include "normalize/normalize.h"
#include "normalize/orgs.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct {
    char **p;
    size_t *n;
    size_t count, bytes;
} set;

static void add(set *s, const char *p, size_t n)
{
    s->p = zd_xrealloc(s->p, (s->count + 1) * sizeof *s->p);
    s->n = zd_xrealloc(s->n, (s->count + 1) * sizeof *s->n);
    s->p[s->count] = zd_xstrndup(p, n);
    s->n[s->count++] = n;
    s->bytes += n;
}

static double seconds = 2.0;

/* Run fn over the set repeatedly for `seconds`; returns MB/s, *per = items/s. */
static double measure(set *s, void (*fn)(void *, const char *, size_t), void *ud, double *per)
{
    double t0 = now(), t;
    size_t bytes = 0, items = 0;
    do {
        for (size_t i = 0; i < s->count; i++) fn(ud, s->p[i], s->n[i]);
        bytes += s->bytes;
        items += s->count;
        t = now() - t0;
    } while (t < seconds);
    if (per) *per = items / t;
    return bytes / t / 1e6;
}

static void xml_parse(void *ud, const char *p, size_t n)
{
    (void)ud;
    htmlDocPtr d = htmlReadMemory(p, (int)n, NULL, NULL,
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                      HTML_PARSE_RECOVER | HTML_PARSE_COMPACT);
    xmlFreeDoc(d);
}

static int to_set(void *ud, const char *line, size_t len)
{
    add(ud, line, len);
    return 0;
}

static int to_null(void *ud, const char *line, size_t len)
{
    (void)ud, (void)line, (void)len;
    return 0;
}

static void do_extract(void *ud, const char *p, size_t n)
{
    zd_extract_bytes(ud, "bench", p, n, to_null, NULL);
}

static zd_money_rx *money;
static zd_date_rx *dates;
static zd_orgs *orgs;
static zd_mentions ms;

static void do_money(void *ud, const char *p, size_t n)
{
    (void)ud;
    ms.n = 0;
    zd_money_find(money, p, n, &ms);
}
static void do_date(void *ud, const char *p, size_t n)
{
    (void)ud;
    ms.n = 0;
    zd_date_find(dates, p, n, &ms);
}
static void do_org(void *ud, const char *p, size_t n)
{
    (void)ud;
    ms.n = 0;
    zd_orgs_find(orgs, p, n, &ms);
}
static void do_all(void *ud, const char *p, size_t n)
{
    (void)ud;
    ms.n = 0;
    zd_money_find(money, p, n, &ms);
    zd_date_find(dates, p, n, &ms);
    zd_orgs_find(orgs, p, n, &ms);
}

static pcre2_code *scan_re;
static pcre2_match_data *scan_md;
static void do_scan(void *ud, const char *p, size_t n)
{
    (void)ud;
    size_t off = 0;
    while (off < n && pcre2_match(scan_re, (PCRE2_SPTR)p, n, off, PCRE2_NO_UTF_CHECK, scan_md, NULL) >= 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(scan_md);
        off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
}

static void do_normalize(void *ud, const char *p, size_t n)
{
    zd_normalize_line(ud, "bench", 1, p, n);
}
static void do_json(void *ud, const char *p, size_t n)
{
    (void)ud;
    json_t *j = json_loadb(p, n, 0, NULL);
    json_decref(j);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench DIR [SECONDS]\n");
        return 2;
    }
    if (argc > 2) seconds = atof(argv[2]);
    zd_msg_quiet(1);
    set pages = {0};
    DIR *d = opendir(argv[1]);
    if (!d) {
        perror(argv[1]);
        return 2;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], e->d_name);
        zd_buf b = ZD_BUF_INIT;
        if (zd_read_file(path, 64u << 20, &b) == 0) add(&pages, b.p, b.len);
        zd_buf_free(&b);
    }
    closedir(d);
    printf("input: %zu pages, %.1f MB from %s; %.0f s per figure, one core\n", pages.count,
           pages.bytes / 1e6, argv[1], seconds);

    char *err = NULL;
    double t0 = now();
    for (int i = 0; i < 20; i++) zd_orgs_free(zd_orgs_new(&err));
    double load_ms = (now() - t0) / 20 * 1000;
    orgs = zd_orgs_new(&err);
    money = zd_money_rx_new();
    dates = zd_date_rx_new();
    zd_extract_opts xo;
    zd_extract_opts_init(&xo);
    zd_extract *x = zd_extract_new(&xo, orgs, &err);
    if (!orgs || !money || !dates || !x) return 1;

    double pps_base, pps;
    double base = measure(&pages, xml_parse, NULL, &pps_base);
    double ext = measure(&pages, do_extract, x, &pps);
    printf("extract    %7.1f MB/s %6.0f pages/s | libxml2 htmlReadMemory alone %7.1f MB/s %6.0f pages/s | ratio %.2f\n",
           ext, pps, base, pps_base, base / ext);

    /* the documents and their texts */
    set docs = {0}, texts = {0};
    for (size_t i = 0; i < pages.count; i++) zd_extract_bytes(x, "bench", pages.p[i], pages.n[i], to_set, &docs);
    for (size_t i = 0; i < docs.count; i++) {
        zd_doc doc;
        zd_doc_init(&doc);
        if (zd_doc_from_json(docs.p[i], docs.n[i] - 1, &doc, &err) == 0) add(&texts, doc.text, doc.text_len);
        zd_doc_clear(&doc);
    }
    int ec;
    PCRE2_SIZE eo;
    scan_re = pcre2_compile((PCRE2_SPTR) "\\d+(?:\\.\\d+)?[万亿]?", PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    pcre2_jit_compile(scan_re, PCRE2_JIT_COMPLETE);
    scan_md = pcre2_match_data_create(4, NULL);
    double scan = measure(&texts, do_scan, NULL, NULL);
    printf("texts: %zu documents, %.1f MB of article text\n", texts.count, texts.bytes / 1e6);
    double mm = measure(&texts, do_money, NULL, NULL);
    double dd = measure(&texts, do_date, NULL, NULL);
    double oo = measure(&texts, do_org, NULL, NULL);
    double aa = measure(&texts, do_all, NULL, NULL);
    printf("money      %7.1f MB/s | PCRE2 JIT scan \\d+(\\.\\d+)?[万亿]? %7.1f MB/s | ratio %.2f\n", mm, scan, scan / mm);
    printf("dates      %7.1f MB/s | ratio %.2f\n", dd, scan / dd);
    printf("orgs       %7.1f MB/s | ratio %.2f (gazetteer load %.2f ms)\n", oo, scan / oo, load_ms);
    printf("all three  %7.1f MB/s | ratio %.2f\n", aa, scan / aa);

    FILE *devnull = fopen("/dev/null", "w");
    zd_normalize_opts no;
    zd_normalize_opts_init(&no);
    zd_normalize *z = zd_normalize_new(&no, orgs, devnull, &err);
    double js = measure(&docs, do_json, NULL, NULL);
    double nn = measure(&docs, do_normalize, z, NULL);
    printf("normalize  %7.1f MB/s of document JSON | jansson json_loadb alone %7.1f MB/s | ratio %.2f\n", nn, js, js / nn);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS   %.1f MiB (this process, all inputs held in memory)\n", ru.ru_maxrss / 1024.0);
    return 0;
}
