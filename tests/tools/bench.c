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
 * With --warc FILE --zhdeals BIN (a big WARC, see tests/tools/mkwarc.c),
 * whole processes over that WARC, each timed by its CPU seconds (so other
 * jobs on the machine matter less) and its peak RSS (wait4):
 *   - the baseline: reading the records and htmlReadMemory on each page;
 *   - `zhdeals extract`, and extract + normalize in one process (what
 *     `zhdeals run` does after fetch), as MB/s of pages per core and as
 *     ratios to the baseline;
 *   - --jobs 2 against --jobs 1, by wall time, run back to back twice;
 *   - `zhdeals extract | zhdeals normalize`: the peak RSS of each.
 * Usage: bench DIR_OF_PAGES [SECONDS_PER_FIGURE] [--warc FILE --zhdeals BIN].
 * The in-memory figures use one core and one thread, and CPU time.
 * bench --parse-warc FILE and bench --run-warc FILE JOBS are the child
 * processes of the WARC figures.
 */
#include <dirent.h>
#include <fcntl.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "common/doc.h"
#include "extract/date_rx.h"
#include "extract/extract.h"
#include "extract/extract_jobs.h"
#include "extract/warc_read.h"
#include "extract/money_rx.h"
#include "normalize/normalize.h"
#include "normalize/orgs.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU seconds of this process: the in-memory figures count the time this
 * (single-threaded) process ran, not the time other jobs on the machine
 * took from it */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
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

/* Run fn over the set repeatedly for `seconds` of CPU time; returns MB/s
 * and *per = items/s, per CPU second. */
static double measure(set *s, void (*fn)(void *, const char *, size_t), void *ud, double *per)
{
    double t0 = cpu_now(), t;
    size_t bytes = 0, items = 0;
    do {
        for (size_t i = 0; i < s->count; i++)
            fn(ud, s->p[i], s->n[i]);
        bytes += s->bytes;
        items += s->count;
        t = cpu_now() - t0;
    } while (t < seconds);
    if (per) *per = items / t;
    return bytes / t / 1e6;
}

static void xml_quiet(void *ctx, const char *msg, ...)
{
    (void)ctx, (void)msg;
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
    while (off < n &&
           pcre2_match(scan_re, (PCRE2_SPTR)p, n, off, PCRE2_NO_UTF_CHECK, scan_md, NULL) >= 0) {
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

/* ---- whole processes over a WARC ------------------------------------------ */

/* The response pages of a WARC, as extract takes them: fn(ud, body, n) on
 * each 2xx response or resource record. Returns the number of records. */
static long each_page(const char *path, void (*fn)(void *, const char *, size_t), void *ud)
{
    char *err = NULL;
    zd_warc_reader *w = zd_warc_open(path, 64u << 20, &err);
    if (!w) {
        fprintf(stderr, "bench: %s: %s\n", path, err);
        exit(2);
    }
    zd_buf raw = ZD_BUF_INIT;
    long recno = 0, n = 0;
    int got;
    while ((got = zd_warc_next_raw(w, &raw, &recno, &err)) != 0) {
        if (got < 0) {
            free(err);
            continue;
        }
        zd_warc_record r;
        zd_warc_record_init(&r);
        if (zd_warc_parse(raw.p, raw.len, 64u << 20, &r, &err) < 0) {
            free(err);
        } else if (r.type && (strcmp(r.type, "resource") == 0 ||
                              (strcmp(r.type, "response") == 0 && r.http_status / 100 == 2))) {
            fn(ud, r.body.p ? r.body.p : "", r.body.len);
            n++;
        }
        zd_warc_record_clear(&r);
    }
    zd_buf_free(&raw);
    zd_warc_close(w);
    return n;
}

static void count_page(void *ud, const char *p, size_t n)
{
    (void)p;
    *(double *)ud += (double)n;
}

typedef struct {
    zd_normalize *z;
    long lineno;
} to_norm;

static int norm_line(void *ud, const char *line, size_t len)
{
    to_norm *t = ud;
    while (len > 0 && line[len - 1] == '\n')
        len--;
    zd_normalize_line(t->z, "<extract>", ++t->lineno, line, len);
    return 0;
}

static int norm_doc(void *ud, const char *name, zd_doc *doc)
{
    to_norm *t = ud;
    (void)name;
    zd_normalize_doc(t->z, "<extract>", ++t->lineno, doc);
    return 0;
}

static zd_orgs *new_orgs(void *ud)
{
    char *err = NULL;
    (void)ud;
    zd_orgs *o = zd_orgs_new(&err);
    free(err);
    return o;
}

/* bench --run-warc FILE JOBS: extract then normalize in one process, to
 * stdout, as `zhdeals run` wires them (and with --jobs, zhdeals extract's
 * worker threads). */
static int run_warc(const char *path, int jobs)
{
    char *err = NULL;
    zd_orgs *o = new_orgs(NULL);
    zd_normalize_opts no;
    zd_normalize_opts_init(&no);
    zd_normalize *z = o ? zd_normalize_new(&no, o, stdout, &err) : NULL;
    zd_extract_opts xo;
    zd_extract_opts_init(&xo);
    if (!z) return 2;
    zd_normalize_begin(z);
    to_norm t = {z, 0};
    if (jobs > 1) {
        zd_extract_jobs *j = zd_extract_jobs_new(&xo, jobs, new_orgs, NULL, norm_line, &t, &err);
        if (!j) return 2;
        zd_extract_jobs_path(j, path);
        zd_extract_jobs_finish(j);
        zd_extract_jobs_free(j);
    } else {
        zd_extract *x = zd_extract_new(&xo, o, &err);
        if (!x) return 2;
        zd_extract_set_doc_sink(x, norm_doc, &t); /* as `zhdeals run` does */
        zd_extract_path(x, path, norm_line, &t);
        zd_extract_free(x);
    }
    zd_normalize_flush(z);
    zd_normalize_free(z);
    zd_orgs_free(o);
    return 0;
}

typedef struct {
    double wall, cpu; /* seconds */
    double rss;       /* peak, MiB */
    int status;
} proc;

static pid_t spawn(char *const argv[], int in_fd, int out_fd)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        dup2(in_fd >= 0 ? in_fd : null, 0);
        dup2(out_fd >= 0 ? out_fd : null, 1);
        dup2(null, 2);
        execv(argv[0], argv);
        _exit(127);
    }
    if (pid < 0) {
        perror("fork");
        exit(2);
    }
    return pid;
}

static void reap(pid_t pid, proc *p)
{
    struct rusage ru;
    int status;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        exit(2);
    }
    p->cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
             ru.ru_stime.tv_usec / 1e6;
    p->rss = ru.ru_maxrss / 1024.0;
    p->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static proc run_one(char *const argv[])
{
    proc p;
    double t0 = now();
    reap(spawn(argv, -1, -1), &p);
    p.wall = now() - t0;
    if (p.status > 1) fprintf(stderr, "bench: %s %s exited with %d\n", argv[0], argv[1], p.status);
    return p;
}

/* VmRSS of this process, MiB */
static double self_rss(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    double kib = 0;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %lf", &kib) == 1) break;
    if (f) fclose(f);
    return kib / 1024;
}

static void warc_figures(const char *warc, const char *zhdeals)
{
    double bytes = 0;
    long pages = each_page(warc, count_page, &bytes);
    FILE *f = fopen(warc, "rb");
    long fsize = 0;
    if (f) {
        fseek(f, 0, SEEK_END);
        fsize = ftell(f);
        fclose(f);
    }
    double mb = bytes / 1e6;
    printf("warc: %ld pages, %.1f MB of pages, file %.1f MB (%s); whole processes, MB/s of\n"
           "pages per CPU second, peak RSS from wait4 (which counts at least the %.1f MiB this\n"
           "process has when it forks)\n",
           pages, mb, fsize / 1e6, warc, self_rss());
    char self[] = "/proc/self/exe", zd[4096];
    snprintf(zd, sizeof zd, "%s", zhdeals);
    char *parse_argv[] = {self, "--parse-warc", (char *)warc, NULL};
    char *x1_argv[] = {zd, "extract", "--jobs", "1", (char *)warc, NULL};
    char *x2_argv[] = {zd, "extract", "--jobs", "2", (char *)warc, NULL};
    char *r1_argv[] = {self, "--run-warc", (char *)warc, "1", NULL};
    char *r2_argv[] = {self, "--run-warc", (char *)warc, "2", NULL};

    proc base = run_one(parse_argv);
    printf("parse only     %6.1f MB/s %6.0f pages/s  peak %5.1f MiB  (read records + "
           "htmlReadMemory)\n",
           mb / base.cpu, pages / base.cpu, base.rss);
    /* --jobs 1 and 2 back to back, twice: the best wall time of each */
    proc x1 = run_one(x1_argv), x2 = run_one(x2_argv), x1b = run_one(x1_argv),
         x2b = run_one(x2_argv);
    if (x1b.wall < x1.wall) x1 = x1b;
    if (x2b.wall < x2.wall) x2 = x2b;
    printf("extract        %6.1f MB/s %6.0f pages/s  peak %5.1f MiB  ratio to parse only %.2f\n",
           mb / x1.cpu, pages / x1.cpu, x1.rss, x1.cpu / base.cpu);
    proc r1 = run_one(r1_argv), r2 = run_one(r2_argv);
    printf("run (extract+normalize, one process)\n"
           "               %6.1f MB/s %6.0f pages/s  peak %5.1f MiB  ratio to parse only %.2f\n",
           mb / r1.cpu, pages / r1.cpu, r1.rss, r1.cpu / base.cpu);
    printf("extract --jobs 2: %.2f s wall vs --jobs 1 %.2f s: speedup %.2f (CPU %.2f s vs %.2f s), "
           "peak %.1f MiB\n",
           x2.wall, x1.wall, x1.wall / x2.wall, x2.cpu, x1.cpu, x2.rss);
    printf("run --jobs 2:     %.2f s wall vs --jobs 1 %.2f s: speedup %.2f (CPU %.2f s vs %.2f s), "
           "peak %.1f MiB\n",
           r2.wall, r1.wall, r1.wall / r2.wall, r2.cpu, r1.cpu, r2.rss);
    /* zhdeals extract FILE | zhdeals normalize */
    int fd[2];
    if (pipe2(fd, O_CLOEXEC) < 0) { /* the children keep only their own end */
        perror("pipe");
        exit(2);
    }
    char *ex_argv[] = {zd, "extract", (char *)warc, NULL};
    char *no_argv[] = {zd, "normalize", NULL};
    double t0 = now();
    pid_t a = spawn(ex_argv, -1, fd[1]);
    pid_t b = spawn(no_argv, fd[0], -1);
    close(fd[0]);
    close(fd[1]);
    proc pa, pb;
    reap(a, &pa);
    reap(b, &pb);
    double wall = now() - t0;
    printf("extract | normalize: %.2f s wall, CPU %.2f + %.2f s (%.1f MB/s per core), peak %.1f + "
           "%.1f MiB\n\n",
           wall, pa.cpu, pb.cpu, mb / (pa.cpu + pb.cpu), pa.rss, pb.rss);
}

static void parse_page(void *ud, const char *p, size_t n)
{
    xml_parse(ud, p, n);
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--parse-warc") == 0) {
        each_page(argv[2], parse_page, NULL);
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "--run-warc") == 0) return run_warc(argv[2], atoi(argv[3]));
    const char *warc = NULL, *zhdeals = NULL;
    int na = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--warc") == 0 && i + 1 < argc)
            warc = argv[++i];
        else if (strcmp(argv[i], "--zhdeals") == 0 && i + 1 < argc)
            zhdeals = argv[++i];
        else
            argv[++na] = argv[i];
    }
    argc = na + 1;
    if (argc < 2 || (warc && !zhdeals)) {
        fprintf(stderr, "usage: bench DIR [SECONDS] [--warc FILE --zhdeals BIN]\n");
        return 2;
    }
    if (argc > 2) seconds = atof(argv[2]);
    zd_msg_quiet(1);
    xmlSetGenericErrorFunc(NULL, xml_quiet); /* the baseline's parse errors */
    /* first, while this process is small: a child's peak RSS starts at
     * its parent's RSS when it forks */
    if (warc) warc_figures(warc, zhdeals);
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
    printf("input: %zu pages, %.1f MB from %s; %.0f CPU s per figure, one core\n", pages.count,
           pages.bytes / 1e6, argv[1], seconds);

    char *err = NULL;
    double t0 = cpu_now();
    for (int i = 0; i < 20; i++)
        zd_orgs_free(zd_orgs_new(&err));
    double load_ms = (cpu_now() - t0) / 20 * 1000;
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
    printf("extract    %7.1f MB/s %6.0f pages/s | libxml2 htmlReadMemory alone %7.1f MB/s %6.0f "
           "pages/s | ratio %.2f\n",
           ext, pps, base, pps_base, base / ext);

    /* the documents and their texts */
    set docs = {0}, texts = {0};
    for (size_t i = 0; i < pages.count; i++)
        zd_extract_bytes(x, "bench", pages.p[i], pages.n[i], to_set, &docs);
    for (size_t i = 0; i < docs.count; i++) {
        zd_doc doc;
        zd_doc_init(&doc);
        if (zd_doc_from_json(docs.p[i], docs.n[i] - 1, &doc, &err) == 0)
            add(&texts, doc.text, doc.text_len);
        zd_doc_clear(&doc);
    }
    int ec;
    PCRE2_SIZE eo;
    scan_re = pcre2_compile((PCRE2_SPTR) "\\d+(?:\\.\\d+)?[万亿]?", PCRE2_ZERO_TERMINATED,
                            PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    pcre2_jit_compile(scan_re, PCRE2_JIT_COMPLETE);
    scan_md = pcre2_match_data_create(4, NULL);
    double scan = measure(&texts, do_scan, NULL, NULL);
    printf("texts: %zu documents, %.1f MB of article text\n", texts.count, texts.bytes / 1e6);
    double mm = measure(&texts, do_money, NULL, NULL);
    double dd = measure(&texts, do_date, NULL, NULL);
    double oo = measure(&texts, do_org, NULL, NULL);
    double aa = measure(&texts, do_all, NULL, NULL);
    printf("money      %7.1f MB/s | PCRE2 JIT scan \\d+(\\.\\d+)?[万亿]? %7.1f MB/s | ratio %.2f\n",
           mm, scan, scan / mm);
    printf("dates      %7.1f MB/s | ratio %.2f\n", dd, scan / dd);
    printf("orgs       %7.1f MB/s | ratio %.2f (gazetteer load %.2f ms)\n", oo, scan / oo, load_ms);
    printf("all three  %7.1f MB/s | ratio %.2f\n", aa, scan / aa);

    FILE *devnull = fopen("/dev/null", "w");
    zd_normalize_opts no;
    zd_normalize_opts_init(&no);
    zd_normalize *z = zd_normalize_new(&no, orgs, devnull, &err);
    double js = measure(&docs, do_json, NULL, NULL);
    double nn = measure(&docs, do_normalize, z, NULL);
    printf("normalize  %7.1f MB/s of document JSON | jansson json_loadb alone %7.1f MB/s | ratio "
           "%.2f\n",
           nn, js, js / nn);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS   %.1f MiB (this process, all inputs held in memory)\n",
           ru.ru_maxrss / 1024.0);
    return 0;
}
