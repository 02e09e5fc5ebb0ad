/*
 * fetch_int.h: the parts of the fetch stage behind fetch.h, one concern per
 * file, exposed here so unit tests and the fuzz harness can reach them:
 *
 *   urllist.c    reading URL lists (blank and # lines skipped, relative
 *                references resolved against the list's own file:// URL)
 *   warc_write.c WARC/1.1 `response` records and the (gzip) writer
 *   fetchlog.c   the --log JSON lines (and reading one back for --resume)
 *   robots.c     robots.txt rules (RFC 9309)
 *   fetch.c      the libcurl multi loop that ties them together
 *
 * Ownership is stated function by function below.
 */
#ifndef ZD_FETCH_INT_H
#define ZD_FETCH_INT_H

#include <stdio.h>
#include <time.h>

#include "common/util.h"

/* ---- urllist.c ---------------------------------------------------------- */

/* Longest list line accepted; longer lines are reported as bad URLs. */
#define ZD_URLLIST_MAX_LINE 8192

typedef struct zd_urllist zd_urllist;

/* One entry of a list: a URL to fetch, or a line that is not one. */
typedef struct {
    long line;    /* 1-based line number in the list */
    char *url;    /* absolute URL (http, https, file), or NULL when bad */
    char *text;   /* the line as written (trimmed), for messages and the log */
    char *reason; /* why the line is not a URL (when url is NULL) */
} zd_urlentry;

/* Open a list file; path NULL or "-" reads stdin (relative references then
 * resolve against the current directory). Returns NULL with *err set
 * (caller frees *err) when the file cannot be opened. Close with
 * zd_urllist_close(). */
zd_urllist *zd_urllist_open(const char *path, char **err);
/* Read lines from an open stream f (not closed by zd_urllist_close unless
 * own_f), resolving relative references against base_url (an absolute URL,
 * copied; NULL = no base, relative lines are bad). name is used in messages
 * (copied). */
zd_urllist *zd_urllist_fopen(FILE *f, int own_f, const char *name, const char *base_url);
/* The name to use in messages: the path as given, or "<stdin>". Owned by l. */
const char *zd_urllist_name(const zd_urllist *l);
/* The next URL or bad line. Returns 1 with *e filled (free its strings with
 * zd_urlentry_clear), 0 at the end of the list, -1 on a read error (errno). */
int zd_urllist_next(zd_urllist *l, zd_urlentry *e);
void zd_urlentry_clear(zd_urlentry *e);
void zd_urllist_close(zd_urllist *l);
/* How many URL lines (not blank, not #) a list file has, for progress;
 * -1 for stdin or anything but a regular file. */
long zd_urllist_count(const char *path);

/* Resolve one trimmed line against base (NULL = none). Returns an absolute
 * http/https/file URL the caller frees, or NULL with *reason set (caller
 * frees). */
char *zd_url_resolve(const char *base, const char *ref, char **reason);
/* The file:// URL of a local path (made absolute against the current
 * directory, percent-encoded). Caller frees. */
char *zd_file_url(const char *path);

/* ---- warc_write.c ------------------------------------------------------- */

/* ZHDEALS_FIXED_DATE (see fetch.h) when set and well formed, else NULL. */
const char *zd_warc_fixed_date(void);
/* Format t as a WARC-Date (UTC, second precision): "2026-01-01T00:00:00Z". */
void zd_warc_date(time_t t, char out[21]);
/* A record ID "<urn:uuid:...>": random (v4) when seed is NULL, else derived
 * from seed (v5-style, SHA-1 of seed) so that fixed-date runs repeat. */
void zd_warc_record_id(const char *seed, char out[48]);

/* The HTTP part of a response record: status line + headers as received
 * (head: raw header lines of the final response, CRLF or LF separated),
 * rewritten because the body is stored decoded: Content-Encoding and
 * Transfer-Encoding become X-Crawler-Content-Encoding /
 * X-Crawler-Transfer-Encoding, the received Content-Length becomes
 * X-Crawler-Content-Length when it differs, and Content-Length is set to
 * body_len. Appends to out, ending with the empty line. */
void zd_warc_http_head(zd_buf *out, const char *head, size_t head_len, size_t body_len);
/* The synthesized head for a file:// page: "HTTP/1.1 200 OK", Content-Type
 * guessed from the extension of url (text/html, text/plain, none),
 * Content-Length. Appends to out. */
void zd_warc_file_head(zd_buf *out, const char *url, size_t body_len);

typedef struct {
    const char *target_uri; /* WARC-Target-URI */
    const char *date;       /* WARC-Date */
    const char *record_id;  /* "<urn:uuid:...>" */
    const char *ip;         /* WARC-IP-Address, or NULL */
} zd_warc_meta;

/* Append a complete WARC/1.1 response record (header, blank line, content
 * block = http_head + body, then CRLF CRLF) to out. Computes
 * WARC-Payload-Digest over body and WARC-Block-Digest over the block. */
void zd_warc_response(zd_buf *out, const zd_warc_meta *m, const char *http_head, size_t head_len,
                      const char *body, size_t body_len);
/* The same record made of body itself: the header and head are put before
 * its bytes and the CRLF CRLF after, so a page is never held twice (a
 * 10 MiB page would be, for a moment, by copying it into a new buffer).
 * body keeps its ownership: it holds the record afterwards. */
void zd_warc_response_in_place(zd_buf *body, const zd_warc_meta *m, const char *http_head,
                               size_t head_len);

/* ---- robots.c ----------------------------------------------------------- */

/* Bytes of a robots.txt that are read and parsed; the rest is ignored. */
#define ZD_ROBOTS_MAX_BYTES (512 * 1024)

typedef struct zd_robots zd_robots;
/* Rules of robots.txt text for the product token (see zd_robots_token):
 * the groups naming it, else the "*" groups, else none (allow all).
 * Never fails. Free with zd_robots_free(). */
zd_robots *zd_robots_parse(const char *txt, size_t n, const char *token);
/* Rules that allow (allow != 0) or disallow everything. */
zd_robots *zd_robots_all(int allow);
/* 1 when path (the URL's path and query, starting with '/') may be
 * fetched. NULL rules allow everything. */
int zd_robots_allowed(const zd_robots *r, const char *path);
void zd_robots_free(zd_robots *r);
/* The product token of a User-Agent ("zhdeals/0.1 (...)" -> "zhdeals").
 * Caller frees. */
char *zd_robots_token(const char *user_agent);

/* ---- fetchlog.c --------------------------------------------------------- */

typedef struct {
    const char *url;
    const char *status; /* "ok", "http_error", "timeout", ... */
    long http_status;   /* <= 0: null */
    long long bytes;
    long long ms;
    int attempts;
    const char *error; /* reason when failed, or NULL (field omitted) */
} zd_fetchlog_entry;

/* One log line (JSON, compact, fields in contract order, no newline).
 * Invalid UTF-8 in strings becomes U+FFFD. Caller frees. */
char *zd_fetchlog_format(const zd_fetchlog_entry *e);

typedef struct zd_fetchlog zd_fetchlog;
/* Open the log file, truncating it, or appending when append != 0. NULL
 * with *err set (caller frees) on failure. Close with zd_fetchlog_close(). */
zd_fetchlog *zd_fetchlog_open(const char *path, int append, char **err);
/* Write one line (flushed). Returns 0, or -1 on a write error. */
int zd_fetchlog_write(zd_fetchlog *l, const zd_fetchlog_entry *e);
/* Returns 0, or -1 when a write failed at any time. NULL is fine. */
int zd_fetchlog_close(zd_fetchlog *l);

/* 1 when a log status means the URL need not be fetched again (see
 * resume_path in fetch.h), else 0. http_status <= 0 means none. */
int zd_fetchlog_final(const char *status, long http_status);

/* A set of URLs (kept as 64-bit hashes, so memory is 16 bytes a URL at
 * most, whatever their length). */
typedef struct zd_urlset zd_urlset;
/* The URLs an earlier log has with a final status. Lines that are not
 * JSON objects (a line cut by a crash) are ignored. NULL with *err set
 * (caller frees) when the file cannot be read. Free with zd_urlset_free. */
zd_urlset *zd_fetchlog_load_done(const char *path, char **err);
int zd_urlset_has(const zd_urlset *s, const char *url);
size_t zd_urlset_count(const zd_urlset *s);
void zd_urlset_free(zd_urlset *s);

#endif
