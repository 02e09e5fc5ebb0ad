/*
 * zhdeals.c: main. Parses the options of each subcommand and wires the
 * stages together; the stages do the work (fetch/, extract/, normalize/).
 *
 *   zhdeals fetch      URL lists -> WARC
 *   zhdeals extract    WARC / HTML / text -> document records (JSONL)
 *   zhdeals normalize  document records -> deal / mention records
 *   zhdeals run        all three in one process, same output as the pipe
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unicode/uclean.h>

#include "common/util.h"
#include "extract/extract.h"
#include "extract/extract_jobs.h"
#include "fetch/fetch.h"
#include "normalize/normalize.h"
#include "normalize/orgs.h"
#include "report/report.h"

static const char *usage_main =
    "usage: zhdeals COMMAND [OPTIONS] [FILE...]\n"
    "Turn Chinese tech-news pages into structured deal records.\n\n"
    "commands:\n"
    "  fetch      URL lists in, WARC/1.1 response records out\n"
    "  extract    WARC (plain or .gz), HTML or text in, document records (JSONL) out\n"
    "  normalize  document records in, deal records (or mentions) out\n"
    "  run        fetch | extract | normalize in one process\n"
    "  report     deal records in, one self-contained HTML page out\n\n"
    "Every command reads stdin when given no FILE (or -) and writes stdout.\n"
    "zhdeals COMMAND --help shows the options of a command. zhdeals --version.\n";

static const char *usage_fetch =
    "usage: zhdeals fetch [OPTIONS] [URL-LIST...]\n"
    "Fetch every URL of the lists (one per line; blank and # lines skipped;\n"
    "relative references resolve against the list file's location) and write\n"
    "one WARC/1.1 response record per page.\n\n"
    "  -o, --output FILE     write the WARC to FILE (FILE.gz: one gzip member per record)\n"
    "      --log FILE        one JSON line per URL: url, status, http_status, bytes, ms, attempts\n"
    "      --jobs N          transfers at once (default 32)\n"
    "      --delay SECONDS   pause between requests to one host (default 1)\n"
    "      --retries N       retries on timeouts, resets, 429 and 5xx (default 3)\n"
    "      --timeout SECONDS total time per attempt (default 30)\n"
    "      --max-bytes N     largest page, after decompression (default 10485760)\n"
    "      --user-agent S    User-Agent header\n"
    "      --ignore-robots   do not read robots.txt (for sites you own)\n"
    "      --resume LOG      skip the URLs LOG (an earlier --log) has as done\n"
    "      --quiet           no progress line on a terminal\n"
    "      --paths           read the URL-list paths from stdin, one per line\n";

static const char *usage_extract =
    "usage: zhdeals extract [OPTIONS] [FILE...]\n"
    "Read WARC files (plain or gzip), HTML files or text, and write one JSON\n"
    "document per page: url, title, published, charset, text, mentions.\n\n"
    "      --text            inputs are plain text, not HTML\n"
    "      --url URL         the url of a single-page input\n"
    "      --published DATE  publish time, YYYY-MM-DD[THH:MM[:SS][+08:00]]\n"
    "      --max-bytes N     largest page, after decompression, and its text (default 10485760)\n"
    "      --max-page-seconds S  time for one page, then it is skipped (default 10; 0: none)\n"
    "      --jobs N          worker threads (default 1); the output is the same,\n"
    "                        in input order\n"
    "      --orgs FILE       more organizations (gazetteer format, see README)\n"
    "      --paths           read the input paths from stdin, one per line\n"
    "                        (a line \"key<TAB>path\" reads as path)\n";

static const char *usage_normalize =
    "usage: zhdeals normalize [OPTIONS] [FILE...]\n"
    "Read document records and write deal records. A document line may carry\n"
    "a \"key<TAB>\" prefix (Hadoop Streaming, Spark pipe()); it is ignored.\n\n"
    "      --emit WHAT       deals (default), mentions, or all\n"
    "      --format FMT      jsonl (default), csv or tsv\n"
    "      --orgs FILE       more organizations (gazetteer format, see README)\n"
    "      --prefer WHEN     which occurrence a date without its year, month or\n"
    "                        week means (a month-day, a weekday, a holiday):\n"
    "                        nearest the publish day (default), past, future,\n"
    "                        or year (the publish year's)\n"
    "      --date-conventions LIST  other readers' conventions, comma-separated:\n"
    "                        rolling-weeks (下周三 is the coming Wednesday),\n"
    "                        holiday-eve (Jewish holidays and Holi on their eve),\n"
    "                        count-forward (三年后 from the publish date)\n"
    "      --paths           read the input paths from stdin, one per line\n";

static const char *usage_run =
    "usage: zhdeals run [OPTIONS] [URL-LIST...]\n"
    "fetch | extract | normalize in one process; takes the options of all three\n"
    "(see their --help). Output is byte-identical to the pipe.\n";

static const char *usage_report =
    "usage: zhdeals report [OPTIONS] [FILE...]\n"
    "Read deal records (JSONL, as normalize writes them; mention records are\n"
    "skipped) and write one self-contained HTML page: the deals in a table\n"
    "sortable by amount and date, each with its source link and evidence\n"
    "sentence, and totals by investor and by month as bar charts.\n\n"
    "  -o, --output FILE     write the page to FILE instead of stdout\n"
    "      --title TEXT      the page's title (default \"zhdeals report\")\n";

/* options of report only (apart from the shared enum below) */
enum { O_TITLE = 512 };

enum {
    O_LOG = 256,
    O_JOBS,
    O_DELAY,
    O_RETRIES,
    O_TIMEOUT,
    O_MAXBYTES,
    O_UA,
    O_NOROBOTS,
    O_TEXT,
    O_URL,
    O_PUBLISHED,
    O_ORGS,
    O_EMIT,
    O_FORMAT,
    O_HELP,
    O_RESUME,
    O_QUIET,
    O_PATHS,
    O_PAGESECS,
    O_PREFER,
    O_DATECONV
};

static const struct option long_opts[] = {{"output", required_argument, NULL, 'o'},
                                          {"log", required_argument, NULL, O_LOG},
                                          {"jobs", required_argument, NULL, O_JOBS},
                                          {"delay", required_argument, NULL, O_DELAY},
                                          {"retries", required_argument, NULL, O_RETRIES},
                                          {"timeout", required_argument, NULL, O_TIMEOUT},
                                          {"max-bytes", required_argument, NULL, O_MAXBYTES},
                                          {"user-agent", required_argument, NULL, O_UA},
                                          {"ignore-robots", no_argument, NULL, O_NOROBOTS},
                                          {"resume", required_argument, NULL, O_RESUME},
                                          {"quiet", no_argument, NULL, O_QUIET},
                                          {"text", no_argument, NULL, O_TEXT},
                                          {"url", required_argument, NULL, O_URL},
                                          {"published", required_argument, NULL, O_PUBLISHED},
                                          {"orgs", required_argument, NULL, O_ORGS},
                                          {"emit", required_argument, NULL, O_EMIT},
                                          {"format", required_argument, NULL, O_FORMAT},
                                          {"title", required_argument, NULL, O_TITLE},
                                          {"help", no_argument, NULL, O_HELP},
                                          {"paths", no_argument, NULL, O_PATHS},
                                          {"max-page-seconds", required_argument, NULL, O_PAGESECS},
                                          {"prefer", required_argument, NULL, O_PREFER},
                                          {"date-conventions", required_argument, NULL, O_DATECONV},
                                          {NULL, 0, NULL, 0}};

typedef struct {
    const char *cmd;
    zd_fetch_opts fetch;
    zd_extract_opts extract;
    zd_normalize_opts normalize;
    const char *output;
    const char *title; /* report --title */
    const char *orgs[16];
    int norgs;
    int paths;        /* --paths: input paths come from stdin */
    int extract_jobs; /* extract --jobs (fetch's --jobs is fetch.jobs) */
} options;

static int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int usage_error(const char *cmd, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    zd_msg(cmd, "%s (see zhdeals %s --help)", msg, cmd);
    return ZD_EXIT_USAGE;
}

static int parse_count(const char *s, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

static int parse_seconds(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || v < 0 || v > 86400) return -1;
    *out = v;
    return 0;
}

/* YYYY-MM-DD[THH:MM[:SS][Z|+HH:MM]] */
static int valid_published(const char *s)
{
    int y, mo, d, n = 0;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10) return 0;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return 0;
    const char *p = s + 10;
    if (!*p) return 1;
    int h, mi, se = 0, k = 0;
    if (sscanf(p, "T%2d:%2d%n", &h, &mi, &k) != 2 || k != 6 || h > 23 || mi > 59) return 0;
    p += k;
    if (*p == ':') {
        if (sscanf(p, ":%2d%n", &se, &k) != 1 || k != 3 || se > 60) return 0;
        p += k;
    }
    if (!*p || strcmp(p, "Z") == 0) return 1;
    int oh, om;
    return (*p == '+' || *p == '-') && sscanf(p + 1, "%2d:%2d%n", &oh, &om, &k) == 2 && k == 5 &&
           !p[6] && oh <= 14 && om <= 59;
}

static int parse(int argc, char **argv, options *o, const char *usage)
{
    int c;
    long v;
    double dv;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", long_opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            o->output = optarg;
            break;
        case O_TITLE:
            o->title = optarg;
            break;
        case O_LOG:
            o->fetch.log_path = optarg;
            break;
        case O_JOBS:
            if (parse_count(optarg, 1, 10000, &v))
                return usage_error(o->cmd, "bad --jobs \"%s\"", optarg);
            o->fetch.jobs = (int)v;
            o->extract_jobs = (int)v;
            break;
        case O_DELAY:
            if (parse_seconds(optarg, &dv))
                return usage_error(o->cmd, "bad --delay \"%s\"", optarg);
            o->fetch.delay = dv;
            break;
        case O_RETRIES:
            if (parse_count(optarg, 0, 100, &v))
                return usage_error(o->cmd, "bad --retries \"%s\"", optarg);
            o->fetch.retries = (int)v;
            break;
        case O_TIMEOUT:
            if (parse_seconds(optarg, &dv) || dv <= 0)
                return usage_error(o->cmd, "bad --timeout \"%s\"", optarg);
            o->fetch.timeout_ms = (long)(dv * 1000);
            break;
        case O_MAXBYTES:
            if (parse_count(optarg, 1, 1L << 40, &v))
                return usage_error(o->cmd, "bad --max-bytes \"%s\"", optarg);
            o->fetch.max_bytes = o->extract.max_bytes = (size_t)v;
            break;
        case O_UA:
            o->fetch.user_agent = optarg;
            break;
        case O_NOROBOTS:
            o->fetch.ignore_robots = 1;
            break;
        case O_RESUME:
            o->fetch.resume_path = optarg;
            break;
        case O_QUIET:
            o->fetch.quiet = 1;
            break;
        case O_PATHS:
            o->paths = 1;
            break;
        case O_PAGESECS:
            if (parse_seconds(optarg, &dv))
                return usage_error(o->cmd, "bad --max-page-seconds \"%s\"", optarg);
            o->extract.max_seconds = dv;
            break;
        case O_TEXT:
            o->extract.text = 1;
            break;
        case O_URL:
            o->extract.url = optarg;
            break;
        case O_PUBLISHED:
            if (!valid_published(optarg))
                return usage_error(o->cmd,
                                   "bad --published \"%s\" (want YYYY-MM-DD[THH:MM[:SS][+08:00]])",
                                   optarg);
            o->extract.published = optarg;
            break;
        case O_ORGS:
            if (o->norgs == 16) return usage_error(o->cmd, "too many --orgs (at most 16)");
            o->orgs[o->norgs++] = optarg;
            break;
        case O_EMIT:
            if (strcmp(optarg, "deals") == 0)
                o->normalize.emit = ZD_EMIT_DEALS;
            else if (strcmp(optarg, "mentions") == 0)
                o->normalize.emit = ZD_EMIT_MENTIONS;
            else if (strcmp(optarg, "all") == 0)
                o->normalize.emit = ZD_EMIT_ALL;
            else
                return usage_error(o->cmd, "bad --emit \"%s\" (deals, mentions or all)", optarg);
            break;
        case O_FORMAT:
            if (strcmp(optarg, "jsonl") == 0 || strcmp(optarg, "json") == 0)
                o->normalize.format = ZD_FMT_JSONL;
            else if (strcmp(optarg, "csv") == 0)
                o->normalize.format = ZD_FMT_CSV;
            else if (strcmp(optarg, "tsv") == 0)
                o->normalize.format = ZD_FMT_TSV;
            else
                return usage_error(o->cmd, "bad --format \"%s\" (jsonl, csv or tsv)", optarg);
            break;
        case O_PREFER:
            if (zd_prefer_parse(optarg, &o->normalize.prefer))
                return usage_error(o->cmd, "bad --prefer \"%s\" (nearest, past, future or year)",
                                   optarg);
            break;
        case O_DATECONV:
            if (zd_conventions_parse(optarg, &o->normalize.date_conv))
                return usage_error(o->cmd,
                                   "bad --date-conventions \"%s\" (rolling-weeks, holiday-eve, "
                                   "count-forward, comma-separated)",
                                   optarg);
            break;
        case O_HELP:
            fputs(usage, stdout);
            exit(0);
        default:
            return usage_error(o->cmd, "unknown option");
        }
    }
    if (o->normalize.format != ZD_FMT_JSONL && o->normalize.emit == ZD_EMIT_ALL)
        return usage_error(o->cmd,
                           "--emit all needs --format jsonl (CSV holds one kind of record)");
    return 0;
}

static zd_orgs *load_orgs(const options *o)
{
    char *err = NULL;
    zd_orgs *orgs = zd_orgs_new(&err);
    if (!orgs) {
        zd_msg(o->cmd, "%s", err);
        free(err);
        return NULL;
    }
    for (int i = 0; i < o->norgs; i++) {
        if (zd_orgs_load_file(orgs, o->orgs[i], &err) < 0) {
            zd_msg(o->cmd, "%s", err);
            free(err);
            zd_orgs_free(orgs);
            return NULL;
        }
    }
    return orgs;
}

/* --paths: the input paths, one per line of stdin, for mappers (Hadoop
 * Streaming, Spark pipe()) and `find ... | zhdeals extract --paths`. A line
 * "key<TAB>path", as Hadoop hands a mapper its input with a key, reads as
 * "path" (so a path cannot hold a TAB); a CR before the newline and blank
 * lines are ignored. A path that cannot be read gets one message naming its
 * line and is left out, and *failed is set: the other inputs still run.
 * Returns a NULL-terminated array; the caller frees each string and the
 * array (free_paths). */
static char **read_paths(const char *cmd, int *failed)
{
    char **v = zd_xcalloc(16, sizeof *v);
    size_t n = 0, cap = 16;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    long lineno = 0;
    while ((len = getline(&line, &lcap, stdin)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        char *tab = strchr(line, '\t');
        char *p = tab ? tab + 1 : line;
        if (!*p) continue;
        if (access(p, R_OK) != 0) {
            zd_msg(cmd, "<stdin>:%ld: %s: cannot read: %s", lineno, p, strerror(errno));
            *failed = 1;
            continue;
        }
        if (n + 1 == cap) v = zd_xrealloc(v, (cap *= 2) * sizeof *v);
        v[n++] = zd_xstrdup(p);
        v[n] = NULL;
    }
    if (ferror(stdin)) {
        zd_msg(cmd, "<stdin>:%ld: read error: %s", lineno + 1, strerror(errno));
        *failed = 1;
    }
    free(line);
    return v;
}

static void free_paths(char **v)
{
    for (size_t i = 0; v && v[i]; i++)
        free(v[i]);
    free(v);
}

/* ---- sinks wiring the stages --------------------------------------------- */

static int stdout_line(void *ud, const char *line, size_t len)
{
    (void)ud;
    fwrite(line, 1, len, stdout);
    return 0;
}

typedef struct {
    zd_normalize *z;
    long lineno;
    int failed;
} to_normalize;

static int normalize_line(void *ud, const char *line, size_t len)
{
    to_normalize *t = ud;
    t->lineno++;
    size_t n = len;
    while (n > 0 && line[n - 1] == '\n')
        n--;
    if (zd_normalize_line(t->z, "<extract>", t->lineno, line, n)) t->failed = 1;
    return 0;
}

/* in `run`, extract hands its documents over without their JSON */
static int normalize_doc(void *ud, const char *name, zd_doc *doc)
{
    to_normalize *t = ud;
    (void)name;
    t->lineno++;
    if (zd_normalize_doc(t->z, "<extract>", t->lineno, doc)) t->failed = 1;
    return 0;
}

typedef struct {
    zd_extract *x;
    zd_line_sink sink;
    void *ud;
    long recno;
    int failed;
} to_extract;

/* extract frees the record once its page is parsed, before normalize runs */
static int extract_record(void *ud, const char *url, zd_buf *rec)
{
    to_extract *t = ud;
    t->recno++;
    if (zd_extract_warc_record_buf(t->x, "<fetch>", t->recno, rec, t->sink, t->ud)) t->failed = 1;
    return 0;
}

static int worst(int a, int b)
{
    return a > b ? a : b;
}

/* ---- commands ------------------------------------------------------------ */

static int cmd_fetch(options *o, char **files)
{
    zd_warc_writer *w = zd_warc_writer_open(o->output);
    if (!w) {
        zd_msg("fetch", "%s: cannot open for writing", o->output);
        return ZD_EXIT_USAGE;
    }
    int rc = zd_fetch_run(&o->fetch, files, zd_warc_writer_sink, w);
    if (zd_warc_writer_close(w) < 0) rc = worst(rc, 1); /* the writer said why */
    return rc;
}

static zd_orgs *make_orgs(void *ud)
{
    return load_orgs(ud);
}

/* extract --jobs N (N > 1): worker threads, output in input order */
static int cmd_extract_jobs(options *o, char **files)
{
    char *err = NULL;
    zd_extract_jobs *j =
        zd_extract_jobs_new(&o->extract, o->extract_jobs, make_orgs, o, stdout_line, NULL, &err);
    if (!j) {
        if (err) zd_msg("extract", "%s", err);
        free(err);
        return ZD_EXIT_USAGE;
    }
    static char *stdin_only[] = {"-", NULL};
    if (!files[0]) files = stdin_only;
    for (int i = 0; files[i]; i++)
        zd_extract_jobs_path(j, files[i]);
    int rc = zd_extract_jobs_finish(j) ? 1 : 0;
    zd_extract_jobs_free(j);
    return rc;
}

static int cmd_extract(options *o, char **files)
{
    if (o->extract_jobs > 1) return cmd_extract_jobs(o, files);
    zd_orgs *orgs = load_orgs(o);
    if (!orgs) return ZD_EXIT_USAGE;
    char *err = NULL;
    zd_extract *x = zd_extract_new(&o->extract, orgs, &err);
    if (!x) {
        zd_msg("extract", "%s", err);
        free(err);
        zd_orgs_free(orgs);
        return ZD_EXIT_USAGE;
    }
    int rc = 0;
    static char *stdin_only[] = {"-", NULL};
    if (!files[0]) files = stdin_only;
    for (int i = 0; files[i]; i++)
        rc = worst(rc, zd_extract_path(x, files[i], stdout_line, NULL) ? 1 : 0);
    zd_extract_free(x);
    zd_orgs_free(orgs);
    return rc;
}

static int cmd_normalize(options *o, char **files)
{
    zd_orgs *orgs = load_orgs(o);
    if (!orgs) return ZD_EXIT_USAGE;
    char *err = NULL;
    zd_normalize *z = zd_normalize_new(&o->normalize, orgs, stdout, &err);
    if (!z) {
        zd_msg("normalize", "%s", err);
        free(err);
        zd_orgs_free(orgs);
        return ZD_EXIT_USAGE;
    }
    zd_normalize_begin(z);
    int rc = 0;
    static char *stdin_only[] = {"-", NULL};
    if (!files[0]) files = stdin_only;
    for (int i = 0; files[i]; i++)
        rc = worst(rc, zd_normalize_path(z, files[i]) ? 1 : 0);
    if (zd_normalize_flush(z) < 0) {
        zd_msg("normalize", "write error on stdout");
        rc = 1;
    }
    zd_normalize_free(z);
    zd_orgs_free(orgs);
    return rc;
}

static int cmd_run(options *o, char **files)
{
    zd_orgs *orgs = load_orgs(o);
    if (!orgs) return ZD_EXIT_USAGE;
    char *err = NULL;
    zd_normalize *z = zd_normalize_new(&o->normalize, orgs, stdout, &err);
    zd_extract *x = z ? zd_extract_new(&o->extract, orgs, &err) : NULL;
    if (!z || !x) {
        zd_msg("run", "%s", err);
        free(err);
        zd_normalize_free(z);
        zd_orgs_free(orgs);
        return ZD_EXIT_USAGE;
    }
    zd_normalize_begin(z);
    to_normalize tn = {z, 0, 0};
    zd_extract_set_doc_sink(x, normalize_doc, &tn);
    to_extract te = {x, normalize_line, &tn, 0, 0};
    int rc = zd_fetch_run_buf(&o->fetch, files, extract_record, &te);
    if (te.failed || tn.failed) rc = worst(rc, 1);
    if (zd_normalize_flush(z) < 0) {
        zd_msg("run", "write error on stdout");
        rc = worst(rc, 1);
    }
    zd_extract_free(x);
    zd_normalize_free(z);
    zd_orgs_free(orgs);
    return rc;
}

/* report: every input is read before the page is written, since the
 * page's totals come before its table. */
static int cmd_report(options *o, char **files)
{
    FILE *out = stdout;
    const char *out_name = "<stdout>";
    if (o->output && strcmp(o->output, "-") != 0) {
        out = fopen(o->output, "wb");
        out_name = o->output;
        if (!out) {
            zd_msg("report", "%s: cannot open for writing: %s", o->output, strerror(errno));
            return ZD_EXIT_USAGE;
        }
    }
    zd_report *r = zd_report_new();
    int rc = 0;
    static char *stdin_only[] = {"-", NULL};
    if (!files[0]) files = stdin_only;
    for (int i = 0; files[i]; i++)
        rc = worst(rc, zd_report_add_path(r, files[i]) ? 1 : 0);
    int werr = zd_report_write(r, o->title, out) < 0;
    if (out != stdout && fclose(out) != 0) werr = 1;
    if (werr) {
        zd_msg("report", "%s: write error", out_name);
        rc = worst(rc, 1);
    }
    zd_report_free(r);
    return rc;
}

int main(int argc, char **argv)
{
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(usage_main, argc < 2 ? stderr : stdout);
        return argc < 2 ? ZD_EXIT_USAGE : 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("zhdeals %s (document and deal schema %d)\n", ZD_VERSION, 1);
        return 0;
    }
    options o;
    memset(&o, 0, sizeof o);
    o.cmd = argv[1];
    zd_fetch_opts_init(&o.fetch);
    zd_extract_opts_init(&o.extract);
    zd_normalize_opts_init(&o.normalize);
    const char *usage = strcmp(o.cmd, "fetch") == 0       ? usage_fetch
                        : strcmp(o.cmd, "extract") == 0   ? usage_extract
                        : strcmp(o.cmd, "normalize") == 0 ? usage_normalize
                        : strcmp(o.cmd, "run") == 0       ? usage_run
                        : strcmp(o.cmd, "report") == 0    ? usage_report
                                                          : NULL;
    if (!usage) {
        zd_msg(NULL, "unknown command \"%s\" (fetch, extract, normalize, run, report; see --help)",
               o.cmd);
        return ZD_EXIT_USAGE;
    }
    int rc = parse(argc - 1, argv + 1, &o, usage);
    if (rc) return rc;
    char **files = argv + 1 + optind;
    char **listed = NULL;
    int list_failed = 0;
    if (o.paths) {
        if (files[0])
            return usage_error(o.cmd, "--paths reads the inputs from stdin: give no FILE");
        files = listed = read_paths(o.cmd, &list_failed);
        if (!files[0]) { /* nothing readable: do not fall back to stdin */
            free_paths(listed);
            return list_failed;
        }
    }
    /* a missing input is a setup error, reported before any output */
    for (int i = 0; files[i]; i++) {
        if (strcmp(files[i], "-") != 0 && access(files[i], R_OK) != 0) {
            zd_msg(o.cmd, "%s: cannot read: %s", files[i], strerror(errno));
            return ZD_EXIT_USAGE;
        }
    }
    if (strcmp(o.cmd, "fetch") == 0)
        rc = cmd_fetch(&o, files);
    else if (strcmp(o.cmd, "extract") == 0)
        rc = cmd_extract(&o, files);
    else if (strcmp(o.cmd, "normalize") == 0)
        rc = cmd_normalize(&o, files);
    else if (strcmp(o.cmd, "report") == 0)
        rc = cmd_report(&o, files);
    else
        rc = cmd_run(&o, files);
    rc = worst(rc, list_failed);
    free_paths(listed);
    if (fflush(stdout) != 0) rc = worst(rc, 1);
    u_cleanup(); /* ICU's caches, so memcheck reports only our own memory */
    return rc;
}
