/*
 * fetch.h: URL lists in, one WARC/1.1 `response` record per fetched page out
 * (see ../shared/design/CONTRACTS.md, "fetch"). libcurl does the transfers.
 *
 * The stage hands each finished record to a sink, so `zhdeals fetch` can
 * write it to a file while `zhdeals run` passes it straight to extract.
 *
 * Ownership: the sink receives a record it does not own (valid only during
 * the call). zd_fetch_run() frees everything it allocates.
 *
 * Behaviour worth knowing (details in fetch/fetch.c):
 *  - Records reach the sink in URL-list order, whatever order transfers
 *    finish in; at most `jobs` transfers run at a time. URLs are read ahead
 *    of the oldest unfinished one (a bounded window, 64 per job, 2048 at
 *    least), so other hosts keep working while one host's URLs wait their
 *    turn; records finished early are held for order, up to 32 MiB before
 *    only the oldest `jobs` URLs may start. Memory does not grow with the
 *    length of the lists. Failures are reported (stderr, log) in order.
 *  - Bodies being received and records held for order share a 2 MiB
 *    memory budget; past it a body is kept in an unlinked temporary file
 *    ($TMPDIR, else /tmp) until its turn, so memory does not grow with the
 *    number of large pages in flight. A page whose body cannot be kept
 *    there fails with status "error".
 *  - http, https and file URLs; redirects followed (at most 10, to http or
 *    https only); bodies stored decoded (see warc_write.c for the HTTP head
 *    rewrite); file:// pages get a synthesized "HTTP/1.1 200 OK" head.
 *  - Statuses in the log: ok, http_error (4xx/5xx; no record written),
 *    timeout, dns, refused, too_large, bad_url, error (resets, unreadable
 *    file://, too many redirects, TLS, ...), robots (disallowed by the
 *    host's robots.txt, or robots.txt answered 5xx/429; see robots_done()
 *    in fetch.c). o->ignore_robots skips robots.txt.
 *  - Retries (o->retries) with backoff on timeouts, resets, 429 and 5xx;
 *    Retry-After honoured up to 60 s (longer: the URL fails at once).
 *  - SIGINT/SIGTERM during zd_fetch_run (handlers installed for the call
 *    and restored after): no new transfers start, running ones finish,
 *    records are released in order as far as possible, URLs not released
 *    are not logged; returns 1. A second signal kills the process.
 *
 * Environment:
 *  TMPDIR: where bodies past the memory budget are kept (default /tmp).
 *  ZHDEALS_FIXED_DATE=2026-01-01T00:00:00Z  (exactly this shape, UTC) makes
 *    every WARC-Date that value and every WARC-Record-ID a name-based UUID
 *    (SHA-1 of URL, date and position in the input) instead of a random one,
 *    so runs over the same inputs give byte-identical WARCs (for tests).
 *    Ignored when malformed.
 */
#ifndef ZD_FETCH_H
#define ZD_FETCH_H

#include <stddef.h>

#include "../common/util.h"

typedef struct {
    int jobs;     /* global concurrency cap (>= 1) */
    double delay; /* seconds between requests to one host */
    int retries;  /* retries on timeouts, resets, 429, 5xx */
    long connect_timeout_ms;
    long timeout_ms;        /* total per attempt */
    size_t max_bytes;       /* decoded body cap; 0 = default 10 MiB */
    const char *user_agent; /* NULL = default naming the tool */
    const char *log_path;   /* NULL = no log; one JSON line per URL */
    int ignore_robots;
    /* --resume LOG: a --log file of an earlier run. URLs it has with a final
     * status (ok; http_error 4xx other than 408/429; bad_url; too_large)
     * are skipped: not fetched, not written, not logged again. When
     * log_path is the same file, the log is appended to instead of
     * truncated. NULL = fetch everything. */
    const char *resume_path;
    int quiet; /* no progress line and summary (shown only when stderr is a tty) */
} zd_fetch_opts;

/* Defaults: jobs 32, delay 1 s, retries 3, connect timeout 10 s, timeout
 * 30 s per attempt, max_bytes 10 MiB, the default user agent, no log. */
void zd_fetch_opts_init(zd_fetch_opts *o);

/* Called with one complete, uncompressed WARC record (header block, blank
 * line, content block, and the two trailing CRLFs). Return 0 to go on,
 * non-zero to stop the run (zd_fetch_run then returns 1; the sink reports
 * its own error). url: the fetched URL after redirects (the record's
 * WARC-Target-URI). */
typedef int (*zd_warc_sink)(void *ud, const char *url, const char *record, size_t len);

/* Read URL lists from paths (NULL-terminated array; "-" or an empty array
 * means stdin), fetch every URL, hand each record to sink. Relative
 * references in a list file are resolved against the file's own file:// URL.
 * Every failed URL gets one line through zd_msg("fetch", ...) and, with a log,
 * one log line. Returns an exit status: 0 all fetched, 1 some failed,
 * 2 setup error (unreadable list file, libcurl init). */
int zd_fetch_run(const zd_fetch_opts *o, char *const *lists, zd_warc_sink sink, void *ud);

/* The same with a sink that is lent the buffer holding the record and may
 * free it (or take its bytes) during the call, so that the record need not
 * be held while the sink works on (in `run`, extract frees a page's record
 * once parsed, before normalize reads the document). Whatever is left in
 * the buffer after the call, fetch frees. */
typedef int (*zd_warc_buf_sink)(void *ud, const char *url, zd_buf *record);
int zd_fetch_run_buf(const zd_fetch_opts *o, char *const *lists, zd_warc_buf_sink sink, void *ud);

/* A sink that writes records to a FILE* (ud); gzip one member per record
 * when the writer was opened for a path ending in .gz. On a write error it
 * prints one message (naming the file and the reason) and returns -1. */
typedef struct zd_warc_writer zd_warc_writer;
/* path NULL or "-" = stdout. Returns NULL (and sets errno) when the file
 * cannot be opened. Free with zd_warc_writer_close(). */
zd_warc_writer *zd_warc_writer_open(const char *path);
int zd_warc_writer_sink(void *writer, const char *url, const char *record, size_t len);
/* Flush and close; returns 0, or -1 on a write error (reported once, by
 * the writer, whether it happened now or in an earlier sink call). */
int zd_warc_writer_close(zd_warc_writer *w);

#endif
