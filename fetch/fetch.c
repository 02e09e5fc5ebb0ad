/*
 * fetch.c: the fetch stage's engine: URL lists in, WARC records out, on the
 * libcurl multi interface.
 *
 * Design, in short:
 *  - A window of URLs read ahead from the lists (the look-ahead, at most
 *    lookahead() entries, some hundred bytes each) is "admitted" at a time,
 *    in list order. Each is waiting, running or done; at most o->jobs run.
 *    Done records are released to the sink (and the log, and stderr)
 *    strictly in list order, so output is reproducible whatever order
 *    transfers finish in. The look-ahead lets other hosts' URLs run while
 *    the one at the head waits for its host (a list sorted by site would
 *    otherwise run one host at a time); it is bounded, so memory does not
 *    grow with the list. Records that finish ahead of the head are held
 *    until it is done: past HELD_CAP bytes of them, only the first o->jobs
 *    entries of the window may start, which is what the head needs.
 *  - Memory: bodies being received and records held for order live in
 *    memory up to SPILL_BUDGET bytes all together; past it, a body goes on
 *    in an unlinked temporary file (in $TMPDIR, else /tmp) and is read back
 *    when its turn comes. So a run holds at most one page in memory beyond
 *    the budget, however many large pages are in flight (each can reach
 *    --max-bytes): 32 transfers of 10 MiB pages held 125 MiB before. A
 *    record is built around its body in place (never a second copy).
 *  - Politeness: one request in flight per host (per origin: scheme, host,
 *    port), and o->delay seconds (with up to 50% jitter) between the end of
 *    one request and the start of the next to that host. file:// URLs have
 *    no host and are not delayed.
 *  - robots.txt (RFC 9309, rules in robots.c): fetched once per host before
 *    its first page (as one of its requests), cached in the host table for
 *    the run; disallowed URLs end with status "robots" without a request.
 *    o->ignore_robots skips it. The host table forgets idle hosts past a
 *    limit, so memory does not grow with the number of hosts.
 *  - Retries with exponential backoff on timeouts, connection resets, 429
 *    and 5xx, honouring Retry-After up to a cap (a longer Retry-After fails
 *    the URL rather than retrying early).
 *  - --max-bytes is enforced on the decoded body as it streams, in the write
 *    callback (libcurl 7.88's CURLOPT_MAXFILESIZE only checks the announced
 *    Content-Length, which says nothing about the decoded size).
 *  - SIGINT/SIGTERM: stop admitting and starting URLs, let running
 *    transfers finish, release what can be released in order, and return;
 *    URLs not released are not logged, so a later run can pick them up.
 */
#include "fetch/fetch.h"
#include "fetch/fetch_int.h"

#include <curl/curl.h>
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_MAX_BYTES ((size_t)10 << 20)
#define MAX_HEAD_BYTES    (256 * 1024) /* all header lines of one response */
#define MAX_REDIRS        10L
#define BACKOFF_BASE_S    1.0 /* first retry waits 1-1.5 s, then doubles */
#define BACKOFF_CAP_S     30.0
#define RETRY_AFTER_CAP_S 60.0               /* longest Retry-After we wait for */
#define HELD_CAP          ((size_t)32 << 20) /* bytes of records held for order */
#define SPILL_BUDGET      ((size_t)2 << 20)  /* bytes of bodies and records in memory */
#define DEFAULT_UA        "zhdeals/" ZD_VERSION " (news deal extractor; libcurl)"

void zd_fetch_opts_init(zd_fetch_opts *o)
{
    memset(o, 0, sizeof *o);
    o->jobs = 32;
    o->delay = 1.0;
    o->retries = 3;
    o->connect_timeout_ms = 10000;
    o->timeout_ms = 30000;
    o->max_bytes = DEFAULT_MAX_BYTES;
    o->user_agent = NULL;
    o->log_path = NULL;
    o->ignore_robots = 0;
}

enum { E_WAIT, E_RUN, E_DONE };

struct host;
struct run;
typedef struct entry {
    struct entry *rnext; /* list of running robots.txt transfers */
    struct run *r;       /* the run (its memory budget) */
    size_t max_bytes;    /* decoded body cap (copied from the run) */
    unsigned long seq;   /* position in the input, from 1 */
    const char *list;    /* list name (owned by the list, open for the run) */
    zd_urlentry u;
    char *host;     /* origin "scheme://host:port": politeness and robots key;
                     * NULL for file:// */
    char *path;     /* path and query, for robots.txt */
    struct host *h; /* the host's entry (holds a reference), NULL for file:// */
    int is_file;
    int is_robots; /* a robots.txt transfer, not a list entry */
    int state;
    int attempts;
    double t_first, not_before;
    CURL *easy;
    zd_buf head, body;
    FILE *spill;     /* the body, once the memory budget is spent (body empty) */
    size_t spilled;  /* bytes of the body in spill */
    int spill_errno; /* the temporary file could not be made or written */
    int too_large;   /* 1: body over max_bytes, 2: head over MAX_HEAD_BYTES */
    char errbuf[CURL_ERROR_SIZE];
    /* result */
    int ok;
    const char *status;
    long http_status;
    char *error;
    long long ms, bytes;
    char *final_url;
    char *ip;      /* WARC-IP-Address, or NULL */
    char date[21]; /* WARC-Date: when the transfer ended */
    char id[48];   /* WARC-Record-ID */
    size_t held;   /* bytes counted in the run's held (record, or spilled body) */
    zd_buf record;
} entry;

typedef struct host {
    struct host *next; /* hash chain */
    char *name;
    size_t refs; /* entries pointing here: not forgotten while > 0 */
    int busy;
    double next_ok;
    int robots_state; /* 0 not fetched, 1 being fetched, 2 known */
    zd_robots *robots;
    long robots_code; /* HTTP status of robots.txt, 0 when none */
} host;

typedef struct run {
    const zd_fetch_opts *o;
    size_t max_bytes;
    const char *user_agent;
    CURLM *multi;
    entry **win; /* ring buffer of admitted entries, list order */
    size_t wcap, whead, wcount;
    size_t jobs;    /* transfers at most at a time */
    size_t held;    /* bytes of done records not yet released */
    size_t mem;     /* bytes allocated for bodies and held records */
    host **hbucket; /* hash table of hosts (chained: pointers stay valid) */
    size_t nhosts, hcap;
    char *robots_token;
    entry *robots_active; /* robots.txt transfers in flight */
    CURL **pool;
    size_t npool;
    int running;
    zd_urllist **lists;
    size_t nlists, cur;
    int eof;
    unsigned long seq;
    zd_fetchlog *log;
    zd_warc_sink sink;
    zd_warc_buf_sink buf_sink; /* instead of sink (zd_fetch_run_buf) */
    void *ud;
    int failed, stopped;
    unsigned long not_done; /* admitted but never released (on a stop) */
    const char *fixed_date;
    unsigned rng;
    zd_urlset *done; /* --resume: URLs not to fetch again */
    unsigned long skipped;
    /* progress on a terminal */
    int progress, drawn;
    long total; /* URL lines in all lists, or -1 when unknown (stdin) */
    unsigned long n_ok, n_failed;
    double t0, last_draw;
} run;

static volatile sig_atomic_t got_signal;
static void on_signal(int sig)
{
    got_signal = sig; /* SA_RESETHAND: a second ^C kills */
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double jitter(run *r)
{
    return (double)rand_r(&r->rng) / RAND_MAX; /* 0..1 */
}

/* ---- progress (stderr is a terminal, not --quiet) -------------------- */

static void progress_clear(run *r)
{
    if (r->drawn) fputs("\r\033[K", stderr);
    r->drawn = 0;
}

static void progress_draw(run *r, double now)
{
    if (!r->progress || now - r->last_draw < 0.25) return;
    r->last_draw = now;
    unsigned long done = r->n_ok + r->n_failed + r->skipped;
    double el = now - r->t0, rate = el > 0 ? (r->n_ok + r->n_failed) / el : 0;
    char eta[32] = "";
    if (r->total >= 0 && rate > 0 && (unsigned long)r->total >= done)
        snprintf(eta, sizeof eta, ", ETA %.0f s", ((unsigned long)r->total - done) / rate);
    char tot[32] = "";
    if (r->total >= 0) snprintf(tot, sizeof tot, "/%ld", r->total);
    fprintf(stderr, "\r\033[Kzhdeals: fetch: %lu%s done, %lu failed, %d running, %.1f/s%s", done,
            tot, r->n_failed, r->running, rate, eta);
    fflush(stderr);
    r->drawn = 1;
}

/* ---- hosts ------------------------------------------------------------ */

static size_t str_hash(const char *s)
{
    size_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static void host_free(host *h)
{
    free(h->name);
    zd_robots_free(h->robots);
    free(h);
}

/* Hosts kept at most (plus those in use): beyond, idle ones are forgotten,
 * so memory does not grow with the number of hosts in the lists (a
 * forgotten host's robots.txt is fetched again if it comes back). */
static size_t host_limit(const run *r)
{
    return r->wcap * 4 > 1024 ? r->wcap * 4 : 1024;
}

static void host_prune(run *r, double now)
{
    for (size_t i = 0; i < r->hcap; i++) {
        host **pp = &r->hbucket[i];
        while (*pp) {
            host *h = *pp;
            if (!h->refs && !h->busy && h->next_ok <= now && h->robots_state != 1) {
                *pp = h->next;
                host_free(h);
                r->nhosts--;
            } else {
                pp = &h->next;
            }
        }
    }
}

static host *host_get(run *r, const char *name, double now)
{
    if (!r->hcap) {
        r->hcap = 256;
        r->hbucket = zd_xcalloc(r->hcap, sizeof *r->hbucket);
    }
    size_t hv = str_hash(name);
    for (host *h = r->hbucket[hv & (r->hcap - 1)]; h; h = h->next)
        if (strcmp(h->name, name) == 0) return h;
    if (r->nhosts >= host_limit(r)) host_prune(r, now);
    if (r->nhosts >= r->hcap) { /* grow: rehash the chains */
        size_t cap = r->hcap * 2;
        host **nb = zd_xcalloc(cap, sizeof *nb);
        for (size_t i = 0; i < r->hcap; i++) {
            for (host *h = r->hbucket[i], *nx; h; h = nx) {
                nx = h->next;
                size_t j = str_hash(h->name) & (cap - 1);
                h->next = nb[j];
                nb[j] = h;
            }
        }
        free(r->hbucket);
        r->hbucket = nb;
        r->hcap = cap;
    }
    host *h = zd_xcalloc(1, sizeof *h);
    h->name = zd_xstrdup(name);
    size_t j = hv & (r->hcap - 1);
    h->next = r->hbucket[j];
    r->hbucket[j] = h;
    r->nhosts++;
    return h;
}

/* "scheme://host:port" of an http(s) URL (host lower-cased), and its path
 * and query in *path. Caller frees both. NULL when the URL has no host. */
static char *origin_of(const char *url, char **path)
{
    CURLU *u = curl_url();
    if (!u) zd_oom();
    char *sc = NULL, *h = NULL, *port = NULL, *pth = NULL, *q = NULL, *res = NULL;
    *path = NULL;
    if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &sc, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &h, 0) == CURLUE_OK && h && *h &&
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
        res = zd_xasprintf("%s://%s:%s", sc, h, port);
        for (char *p = res; *p; p++)
            if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
        if (curl_url_get(u, CURLUPART_PATH, &pth, 0) != CURLUE_OK) pth = NULL;
        if (curl_url_get(u, CURLUPART_QUERY, &q, 0) != CURLUE_OK) q = NULL;
        *path = zd_xasprintf("%s%s%s", pth && *pth ? pth : "/", q ? "?" : "", q ? q : "");
    }
    curl_free(sc);
    curl_free(h);
    curl_free(port);
    curl_free(pth);
    curl_free(q);
    curl_url_cleanup(u);
    return res;
}

/* ---- transfers -------------------------------------------------------- */

static void entry_free(entry *e);

/* RFC 9309: a robots.txt that is found is obeyed; 4xx (none there) allows
 * everything; 5xx or 429 (unreachable) disallows everything for the run.
 * A network error allows: the pages' own fetches then fail with the real
 * reason (timeout, refused, dns) rather than "robots". A robots.txt over
 * ZD_ROBOTS_MAX_BYTES is parsed up to that size. */
static void robots_done(run *r, host *h, entry *e, CURLcode res, long code)
{
    zd_robots_free(h->robots);
    if ((res == CURLE_OK || e->too_large == 1) && code >= 200 && code < 300)
        h->robots = zd_robots_parse(e->body.p ? e->body.p : "", e->body.len, r->robots_token);
    else if (res == CURLE_OK && (code >= 500 || code == 429))
        h->robots = zd_robots_all(0);
    else
        h->robots = zd_robots_all(1);
    h->robots_state = 2;
    h->robots_code = res == CURLE_OK ? code : 0;
}

/* Start fetching the robots.txt of host h (a transfer of its own). */
static void start(run *r, entry *e, double now);
static void start_robots(run *r, host *h, double now)
{
    entry *e = zd_xcalloc(1, sizeof *e);
    e->is_robots = 1;
    e->r = r;
    e->max_bytes = ZD_ROBOTS_MAX_BYTES;
    e->host = zd_xstrdup(h->name);
    e->h = h;
    h->refs++;
    e->u.url = zd_xasprintf("%s/robots.txt", h->name);
    h->robots_state = 1;
    e->rnext = r->robots_active;
    r->robots_active = e;
    start(r, e, now);
}

/* Forget the body received so far (memory and temporary file). */
static void body_drop(entry *e)
{
    if (e->r) e->r->mem -= e->body.cap;
    zd_buf_free(&e->body);
    if (e->spill) fclose(e->spill);
    e->spill = NULL;
    e->spilled = 0;
}

/* Move e's body to an unlinked temporary file, where the rest of it will
 * go. Returns -1 (e->spill_errno set) when the file cannot be made. */
static int spill_start(entry *e)
{
    const char *dir = getenv("TMPDIR");
    char *path = zd_xasprintf("%s/zhdeals-body-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0 || unlink(path) != 0 || !(e->spill = fdopen(fd, "w+b"))) {
        e->spill_errno = errno ? errno : EIO;
        if (fd >= 0) close(fd);
        free(path);
        return -1;
    }
    free(path);
    if (e->body.len && fwrite(e->body.p, 1, e->body.len, e->spill) != e->body.len) {
        e->spill_errno = errno ? errno : EIO;
        return -1;
    }
    e->spilled = e->body.len;
    e->r->mem -= e->body.cap;
    zd_buf_free(&e->body);
    return 0;
}

static size_t on_body(char *p, size_t sz, size_t n, void *ud)
{
    entry *e = ud;
    size_t len = sz * n, have = e->body.len + e->spilled;
    if (len > e->max_bytes || have > e->max_bytes - len) {
        e->too_large = 1;
        return 0; /* aborts the transfer (CURLE_WRITE_ERROR) */
    }
    if (!e->spill) {
        size_t cap = e->body.cap;
        zd_buf_add(&e->body, p, len);
        e->r->mem += e->body.cap - cap;
        if (e->r->mem <= SPILL_BUDGET || e->is_robots) return len;
        return spill_start(e) == 0 ? len : 0;
    }
    if (fwrite(p, 1, len, e->spill) != len) {
        e->spill_errno = errno ? errno : EIO;
        return 0;
    }
    e->spilled += len;
    return len;
}

static size_t on_header(char *p, size_t sz, size_t n, void *ud)
{
    entry *e = ud;
    size_t len = sz * n;
    if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
        /* a new response (after a redirect or a 1xx): start over */
        zd_buf_reset(&e->head);
        body_drop(e);
    }
    if (e->head.len + len > MAX_HEAD_BYTES) {
        e->too_large = 2;
        return 0;
    }
    zd_buf_add(&e->head, p, len);
    return len;
}

static void start(run *r, entry *e, double now)
{
    CURL *c = r->npool ? r->pool[--r->npool] : curl_easy_init();
    if (!c) zd_oom();
    e->easy = c;
    zd_buf_reset(&e->head);
    body_drop(e);
    e->too_large = 0;
    e->spill_errno = 0;
    e->errbuf[0] = '\0';
    if (e->attempts++ == 0) e->t_first = now;
    e->state = E_RUN;

    curl_easy_setopt(c, CURLOPT_URL, e->u.url);
    curl_easy_setopt(c, CURLOPT_PRIVATE, e);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https,file");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, MAX_REDIRS);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); /* all built-in, decoded */
    curl_easy_setopt(c, CURLOPT_USERAGENT, r->user_agent);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
    if (r->o->connect_timeout_ms > 0)
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, r->o->connect_timeout_ms);
    if (r->o->timeout_ms > 0) curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, r->o->timeout_ms);
    /* a server that drips less than 100 bytes/s for 30 s is given up on */
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 100L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 30L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, e);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, e);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, e->errbuf);
    /* a retry does not reuse a connection: the last one may be what failed */
    if (e->attempts > 1) curl_easy_setopt(c, CURLOPT_FRESH_CONNECT, 1L);
    if (e->h) e->h->busy = 1;
    curl_multi_add_handle(r->multi, c);
    r->running++;
}

/* "HTTP 404 Not Found" from the status line of head (the server's reason
 * phrase, control bytes shown as '?', cut at 80 bytes) */
static char *http_reason(const zd_buf *head, long code)
{
    const char *s = head->p ? head->p : "";
    size_t n = strcspn(s, "\r\n");
    zd_buf b = ZD_BUF_INIT;
    zd_buf_printf(&b, "HTTP %ld", code);
    const char *sp = memchr(s, ' ', n); /* after the version */
    const char *sp2 = sp ? memchr(sp + 1, ' ', n - (size_t)(sp + 1 - s)) : NULL;
    if (sp2 && sp2 + 1 < s + n) {
        zd_buf_addc(&b, ' ');
        for (const char *p = sp2 + 1; p < s + n && p < sp2 + 81; p++)
            zd_buf_addc(&b, (unsigned char)*p < 0x20 || *p == 0x7f ? '?' : *p);
    }
    return zd_buf_take(&b);
}

/* What the record needs of a finished transfer, taken before its handle
 * is reused: the URL after redirects, the peer's address, the time. */
static void record_meta(run *r, entry *e)
{
    if (r->fixed_date) {
        memcpy(e->date, r->fixed_date, 21);
        char *seed = zd_xasprintf("%s\n%s\n%lu", e->u.url, e->date, e->seq);
        zd_warc_record_id(seed, e->id);
        free(seed);
    } else {
        zd_warc_date(time(NULL), e->date);
        zd_warc_record_id(NULL, e->id);
    }
    char *eff = NULL, *ip = NULL;
    curl_easy_getinfo(e->easy, CURLINFO_EFFECTIVE_URL, &eff);
    if (!e->is_file) curl_easy_getinfo(e->easy, CURLINFO_PRIMARY_IP, &ip);
    e->final_url = zd_xstrdup(eff && *eff ? eff : e->u.url);
    e->ip = ip && *ip ? zd_xstrdup(ip) : NULL;
}

/* Turn e's body (in memory, read back from its temporary file if it went
 * there) into its WARC record, in place. Returns -1 (e->spill_errno set)
 * when the temporary file cannot be read back. */
static int build_record(entry *e)
{
    size_t cap = e->body.cap;
    if (e->spill) {
        zd_buf_reserve(&e->body, e->spilled);
        e->r->mem += e->body.cap - cap;
        cap = e->body.cap;
        if (fseeko(e->spill, 0, SEEK_SET) != 0 ||
            fread(e->body.p, 1, e->spilled, e->spill) != e->spilled) {
            e->spill_errno = errno ? errno : EIO;
            return -1;
        }
        e->body.len = e->spilled;
        fclose(e->spill);
        e->spill = NULL;
        e->spilled = 0;
    }
    zd_buf head = ZD_BUF_INIT;
    if (e->is_file)
        zd_warc_file_head(&head, e->final_url, e->body.len);
    else
        zd_warc_http_head(&head, e->head.p ? e->head.p : "", e->head.len, e->body.len);
    zd_warc_meta m = {e->final_url, e->date, e->id, e->ip};
    zd_warc_response_in_place(&e->body, &m, head.p, head.len);
    e->r->mem += e->body.cap - cap;
    zd_buf_free(&head);
    zd_buf_free(&e->record);
    e->record = e->body; /* the body's bytes are the record's now */
    zd_buf_init(&e->body);
    return 0;
}

/* What went wrong with a transfer: sets status/error, returns 1 when it is
 * worth retrying. redirects: how many the transfer followed. */
static int classify_error(entry *e, CURLcode res, long redirects)
{
    const char *detail = e->errbuf[0] ? e->errbuf : curl_easy_strerror(res);
    int retry = 0;
    switch (res) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        e->status = "dns";
        break;
    case CURLE_COULDNT_CONNECT:
        e->status = "refused";
        break;
    case CURLE_OPERATION_TIMEDOUT:
        e->status = "timeout";
        retry = 1;
        break;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP3:
        e->status = "error"; /* connection reset or cut short */
        retry = 1;
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        e->status = "error"; /* a garbled status line: worth a fresh try */
        retry = 1;
        break;
    case CURLE_FILESIZE_EXCEEDED:
        e->status = "too_large";
        break;
    case CURLE_URL_MALFORMAT:
        e->status = "bad_url";
        break;
    case CURLE_UNSUPPORTED_PROTOCOL:
        /* Lists hold only http, https and file URLs (urllist.c), so this is
         * a redirect to another scheme, or a reply that is not HTTP/1.x
         * ("HTTP/0.9"): typically the rest of an earlier response whose
         * Content-Length undercounted, read from a reused connection. The
         * latter is retried (on a fresh connection, see start()). */
        e->status = "error";
        retry = redirects == 0;
        break;
    case CURLE_FILE_COULDNT_READ_FILE:
        e->status = "error";
        detail = "cannot read the file";
        break;
    default:
        e->status = "error";
        break;
    }
    free(e->error);
    e->error = zd_xstrdup(detail);
    return retry;
}

static void finish(run *r, CURL *c, CURLcode res)
{
    entry *e = NULL;
    curl_easy_getinfo(c, CURLINFO_PRIVATE, (char **)&e);
    double now = now_s();
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    curl_off_t retry_after = 0;
    curl_easy_getinfo(c, CURLINFO_RETRY_AFTER, &retry_after);
    curl_multi_remove_handle(r->multi, c);
    r->running--;

    host *h = e->h;
    if (h) {
        h->busy = 0;
        h->next_ok = now + r->o->delay * (1.0 + 0.5 * jitter(r));
    }
    if (e->is_robots) {
        for (entry **pp = &r->robots_active; *pp; pp = &(*pp)->rnext) {
            if (*pp == e) {
                *pp = e->rnext;
                break;
            }
        }
        robots_done(r, h, e, res, code);
        curl_easy_reset(c);
        r->pool[r->npool++] = c;
        entry_free(e);
        return;
    }

    e->http_status = e->is_file ? 0 : code;
    e->bytes = (long long)e->body.len;
    int retry = 0;
    free(e->error);
    e->error = NULL;
    if (e->spill_errno) {
        e->status = "error";
        e->error =
            zd_xasprintf("cannot keep the page in a temporary file: %s", strerror(e->spill_errno));
    } else if (e->too_large) {
        e->status = "too_large";
        if (e->too_large == 2)
            e->error = zd_xasprintf("HTTP headers larger than %d bytes", MAX_HEAD_BYTES);
        else
            e->error = zd_xasprintf("larger than %zu bytes (--max-bytes, decoded)", r->max_bytes);
    } else if (res != CURLE_OK) {
        long redirects = 0;
        curl_easy_getinfo(c, CURLINFO_REDIRECT_COUNT, &redirects);
        retry = classify_error(e, res, redirects);
    } else if (e->is_file || (code >= 200 && code < 300)) {
        e->ok = 1;
        e->status = "ok";
    } else {
        e->status = "http_error";
        e->error = http_reason(&e->head, code);
        retry = code == 429 || code >= 500;
    }

    if (retry && e->attempts <= r->o->retries && !r->stopped && !got_signal) {
        double wait = BACKOFF_BASE_S * pow(2, e->attempts - 1);
        if (wait > BACKOFF_CAP_S) wait = BACKOFF_CAP_S;
        wait *= 1.0 + 0.5 * jitter(r);
        if ((double)retry_after > RETRY_AFTER_CAP_S) {
            char *msg = zd_xasprintf("%s (Retry-After %ld s is over the %.0f s we wait)", e->error,
                                     (long)retry_after, RETRY_AFTER_CAP_S);
            free(e->error);
            e->error = msg;
            retry = 0;
        } else if ((double)retry_after > wait) {
            wait = (double)retry_after;
        }
        if (retry) {
            e->state = E_WAIT;
            e->not_before = now + wait;
            if (h && h->next_ok < e->not_before) h->next_ok = e->not_before;
            curl_easy_reset(c);
            r->pool[r->npool++] = c;
            e->easy = NULL;
            return;
        }
    }
    if (e->ok) {
        record_meta(r, e);
        if (e->spill) { /* its record is made when its turn comes */
            e->held = e->spilled + e->head.len;
        } else {
            build_record(e); /* cannot fail: the body is in memory */
            e->held = e->record.len;
        }
        r->held += e->held;
    } else {
        body_drop(e);
    }
    e->ms = (long long)llround((now - e->t_first) * 1000);
    e->state = E_DONE;
    if (!e->spill) zd_buf_free(&e->head); /* a spilled page's record needs it */
    curl_easy_reset(c);
    r->pool[r->npool++] = c;
    e->easy = NULL;
}

/* ---- the window ------------------------------------------------------- */

/* Entries read ahead: 64 per job, at least 2048 (about 1.5 MB of entries
 * with their URLs), at most 65536. */
static size_t lookahead(size_t jobs)
{
    size_t n = jobs > 1024 ? 65536 : jobs * 64;
    return n < 2048 ? 2048 : n;
}

static entry *win_at(run *r, size_t i)
{
    return r->win[(r->whead + i) % r->wcap];
}

static void entry_free(entry *e)
{
    if (e->h) e->h->refs--;
    zd_urlentry_clear(&e->u);
    free(e->host);
    free(e->path);
    zd_buf_free(&e->head);
    body_drop(e);
    free(e->error);
    free(e->final_url);
    free(e->ip);
    if (e->r) e->r->mem -= e->record.cap;
    zd_buf_free(&e->record);
    free(e);
}

/* Admit URLs from the lists until the window is full or the lists end. */
static void fill(run *r)
{
    while (!r->eof && r->wcount < r->wcap && !got_signal) {
        if (r->cur == r->nlists) {
            r->eof = 1;
            break;
        }
        zd_urllist *l = r->lists[r->cur];
        entry *e = zd_xcalloc(1, sizeof *e);
        int rc = zd_urllist_next(l, &e->u);
        if (rc <= 0) {
            if (rc < 0) {
                zd_msg("fetch", "%s: read error: %s", zd_urllist_name(l), strerror(errno));
                r->failed = 1;
            }
            free(e);
            r->cur++;
            continue;
        }
        if (r->done && zd_urlset_has(r->done, e->u.url ? e->u.url : e->u.text)) {
            r->skipped++; /* done in the run being resumed */
            zd_urlentry_clear(&e->u);
            free(e);
            continue;
        }
        e->max_bytes = r->max_bytes;
        e->r = r;
        e->seq = ++r->seq;
        e->list = zd_urllist_name(l);
        zd_buf_init(&e->head);
        zd_buf_init(&e->body);
        zd_buf_init(&e->record);
        if (!e->u.url) {
            e->state = E_DONE;
            e->status = "bad_url";
            e->error = zd_xstrdup(e->u.reason ? e->u.reason : "not a URL");
        } else {
            e->is_file = strncasecmp(e->u.url, "file:", 5) == 0;
            if (!e->is_file) e->host = origin_of(e->u.url, &e->path);
            if (e->host) {
                e->h = host_get(r, e->host, now_s());
                e->h->refs++;
            }
            e->state = E_WAIT;
        }
        r->win[(r->whead + r->wcount) % r->wcap] = e;
        r->wcount++;
    }
}

/* Hand done entries at the head of the window to the sink, the log and
 * stderr, in list order. */
static void release(run *r)
{
    while (r->wcount && !r->stopped) {
        entry *e = win_at(r, 0);
        if (e->state != E_DONE) break;
        progress_clear(r);
        r->held -= e->held;
        if (e->ok && e->spill && build_record(e) != 0) {
            e->ok = 0;
            e->status = "error";
            e->error = zd_xasprintf("cannot read the page back from its temporary file: %s",
                                    strerror(e->spill_errno));
        }
        if (e->ok)
            r->n_ok++;
        else
            r->n_failed++;
        if (e->ok) {
            r->mem -= e->record.cap; /* the sink may take or free it */
            e->r = NULL;
            int stop = r->buf_sink ? r->buf_sink(r->ud, e->final_url, &e->record)
                                   : r->sink(r->ud, e->final_url, e->record.p, e->record.len);
            if (stop != 0) r->stopped = 1;
        } else {
            r->failed = 1;
            zd_msg("fetch", "%s:%ld: %s: %s", e->list, e->u.line, e->u.url ? e->u.url : e->u.text,
                   e->error ? e->error : e->status);
        }
        if (r->log) {
            zd_fetchlog_entry le = {e->u.url ? e->u.url : e->u.text,
                                    e->status,
                                    e->http_status,
                                    e->bytes,
                                    e->ms,
                                    e->attempts,
                                    e->ok ? NULL : e->error};
            if (zd_fetchlog_write(r->log, &le) != 0) r->failed = 1;
        }
        entry_free(e);
        r->whead = (r->whead + 1) % r->wcap;
        r->wcount--;
    }
}

/* Start every waiting entry whose time has come and whose host is free.
 * Returns the seconds until the next one might (capped at 1 s). */
static double schedule(run *r, double now)
{
    double next = 1.0;
    if (got_signal || r->stopped) return next;
    for (size_t i = 0; i < r->wcount && (size_t)r->running < r->jobs; i++) {
        if (i >= r->jobs && r->held >= HELD_CAP) break; /* only the head's part */
        entry *e = win_at(r, i);
        if (e->state != E_WAIT) continue;
        double at = e->not_before;
        host *h = e->h;
        if (h) {
            if (h->busy) continue;
            if (!r->o->ignore_robots && h->robots_state == 2 &&
                !zd_robots_allowed(h->robots, e->path ? e->path : "/")) {
                e->state = E_DONE;
                e->status = "robots";
                e->error = h->robots_code >= 500 || h->robots_code == 429
                               ? zd_xasprintf("robots.txt unreachable (HTTP %ld): not fetched",
                                              h->robots_code)
                               : zd_xstrdup("disallowed by robots.txt");
                continue;
            }
            if (h->next_ok > at) at = h->next_ok;
        }
        if (at > now) {
            if (at - now < next) next = at - now;
        } else if (h && !r->o->ignore_robots && h->robots_state == 0) {
            start_robots(r, h, now); /* the page waits for it */
        } else {
            start(r, e, now);
        }
    }
    return next;
}

static void drain(run *r)
{
    CURLMsg *m;
    int left;
    while ((m = curl_multi_info_read(r->multi, &left)) != NULL)
        if (m->msg == CURLMSG_DONE) finish(r, m->easy_handle, m->data.result);
}

static int fetch_run(const zd_fetch_opts *o, char *const *lists, zd_warc_sink sink,
                     zd_warc_buf_sink buf_sink, void *ud);

int zd_fetch_run(const zd_fetch_opts *o, char *const *lists, zd_warc_sink sink, void *ud)
{
    return fetch_run(o, lists, sink, NULL, ud);
}

int zd_fetch_run_buf(const zd_fetch_opts *o, char *const *lists, zd_warc_buf_sink sink, void *ud)
{
    return fetch_run(o, lists, NULL, sink, ud);
}

static int fetch_run(const zd_fetch_opts *o, char *const *lists, zd_warc_sink sink,
                     zd_warc_buf_sink buf_sink, void *ud)
{
    run R;
    run *r = &R;
    memset(r, 0, sizeof *r);
    r->o = o;
    r->sink = sink;
    r->buf_sink = buf_sink;
    r->ud = ud;
    r->max_bytes = o->max_bytes ? o->max_bytes : DEFAULT_MAX_BYTES;
    r->user_agent = o->user_agent && *o->user_agent ? o->user_agent : DEFAULT_UA;
    r->jobs = o->jobs > 0 ? (size_t)o->jobs : 1;
    r->wcap = lookahead(r->jobs);
    r->fixed_date = zd_warc_fixed_date();
    r->robots_token = zd_robots_token(r->user_agent);
    r->rng = (unsigned)time(NULL) ^ (unsigned)getpid();

    /* open every list first: a missing one is a setup error, before output */
    size_t n = 0;
    while (lists && lists[n])
        n++;
    r->nlists = n ? n : 1;
    r->lists = zd_xcalloc(r->nlists, sizeof *r->lists);
    int rc = ZD_EXIT_OK;
    if (o->resume_path) {
        char *err = NULL;
        r->done = zd_fetchlog_load_done(o->resume_path, &err);
        if (!r->done) {
            zd_msg("fetch", "%s", err);
            free(err);
            rc = ZD_EXIT_USAGE;
        }
    }
    for (size_t i = 0; i < r->nlists; i++) {
        char *err = NULL;
        r->lists[i] = zd_urllist_open(n ? lists[i] : NULL, &err);
        if (!r->lists[i]) {
            zd_msg("fetch", "%s", err);
            free(err);
            rc = ZD_EXIT_USAGE;
        }
    }
    if (rc == ZD_EXIT_OK && o->log_path) {
        char *err = NULL;
        /* resuming into the same log: append, keeping the earlier lines */
        struct stat a, b;
        int append = o->resume_path && stat(o->resume_path, &a) == 0 &&
                     stat(o->log_path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
        r->log = zd_fetchlog_open(o->log_path, append, &err);
        if (!r->log) {
            zd_msg("fetch", "%s", err);
            free(err);
            rc = ZD_EXIT_USAGE;
        }
    }
    if (rc == ZD_EXIT_OK && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        zd_msg("fetch", "cannot initialize libcurl");
        rc = ZD_EXIT_USAGE;
    } else if (rc == ZD_EXIT_OK && !(r->multi = curl_multi_init())) {
        zd_msg("fetch", "cannot initialize libcurl");
        curl_global_cleanup();
        rc = ZD_EXIT_USAGE;
    }
    if (rc != ZD_EXIT_OK) {
        for (size_t i = 0; i < r->nlists; i++)
            zd_urllist_close(r->lists[i]);
        free(r->lists);
        zd_fetchlog_close(r->log);
        zd_urlset_free(r->done);
        free(r->robots_token);
        return rc;
    }
    r->t0 = now_s();
    r->progress = !o->quiet && isatty(STDERR_FILENO);
    r->total = r->progress ? 0 : -1;
    for (size_t i = 0; r->progress && i < n; i++) {
        long c = zd_urllist_count(lists[i]);
        if (c < 0) {
            r->total = -1;
            break;
        }
        r->total += c;
    }
    if (r->progress && n == 0) r->total = -1;

    r->win = zd_xcalloc(r->wcap, sizeof *r->win);
    r->pool = zd_xcalloc(r->jobs, sizeof *r->pool);
    curl_multi_setopt(r->multi, CURLMOPT_MAXCONNECTS, (long)r->jobs);

    struct sigaction sa, old_int, old_term;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    got_signal = 0;
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);

    for (;;) {
        release(r);
        if (r->stopped) break;
        fill(r);
        if (r->wcount == 0) break; /* lists done (or a signal) */
        if (win_at(r, 0)->state == E_DONE) continue;
        if (got_signal && r->running == 0) break;
        double wait = schedule(r, now_s());
        int still = 0;
        curl_multi_perform(r->multi, &still);
        drain(r);
        if (win_at(r, 0)->state == E_DONE) continue;
        if (got_signal && r->running == 0) break;
        progress_draw(r, now_s());
        int ms = (int)ceil(wait * 1000);
        curl_multi_poll(r->multi, NULL, 0, ms < 1 ? 1 : ms, NULL);
        curl_multi_perform(r->multi, &still);
        drain(r);
    }

    /* a stop (signal or sink) leaves entries behind: stop their transfers */
    for (size_t i = 0; i < r->wcount; i++) {
        entry *e = win_at(r, i);
        if (e->easy) {
            curl_multi_remove_handle(r->multi, e->easy);
            curl_easy_cleanup(e->easy);
        }
        entry_free(e);
        r->not_done++;
    }
    while (r->robots_active) {
        entry *e = r->robots_active;
        r->robots_active = e->rnext;
        curl_multi_remove_handle(r->multi, e->easy);
        curl_easy_cleanup(e->easy);
        entry_free(e);
    }
    progress_clear(r);
    if (got_signal) {
        zd_msg("fetch", "interrupted (%s): stopped after %lu URLs; the rest are not in the log",
               got_signal == SIGINT ? "SIGINT" : "SIGTERM", r->seq - r->not_done);
        r->failed = 1;
    }
    if (r->stopped) r->failed = 1;
    if (r->progress) {
        char sk[64] = "";
        if (r->skipped) snprintf(sk, sizeof sk, ", %lu skipped (--resume)", r->skipped);
        zd_msg("fetch", "%lu ok, %lu failed%s in %.1f s", r->n_ok, r->n_failed, sk,
               now_s() - r->t0);
    }
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);

    for (size_t i = 0; i < r->npool; i++)
        curl_easy_cleanup(r->pool[i]);
    curl_multi_cleanup(r->multi);
    curl_global_cleanup();
    for (size_t i = 0; i < r->hcap; i++) {
        for (host *h = r->hbucket[i], *nx; h; h = nx) {
            nx = h->next;
            host_free(h);
        }
    }
    free(r->hbucket);
    free(r->robots_token);
    free(r->pool);
    free(r->win);
    for (size_t i = 0; i < r->nlists; i++)
        zd_urllist_close(r->lists[i]);
    free(r->lists);
    if (zd_fetchlog_close(r->log) != 0) r->failed = 1;
    zd_urlset_free(r->done);
    return r->failed ? ZD_EXIT_PARTIAL : ZD_EXIT_OK;
}
