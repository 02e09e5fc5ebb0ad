/*
 * warc_read.h: reading WARC files (ISO 28500, WARC/1.0 and 1.1) as written
 * by wget --warc-file, Heritrix, Common Crawl and zhdeals fetch: plain or a
 * series of gzip members (a corrupt member costs only its own record), and parsing
 * one record's header block and, for `response` records, the HTTP message
 * inside it (status, headers, de-chunked and decoded body).
 *
 * Ownership: zd_warc_open() returns a reader freed by zd_warc_close(). A
 * zd_warc_record points into memory owned by the reader (or by the caller's
 * buffer for zd_warc_parse); it is valid until the next call on the reader
 * and is released with zd_warc_record_clear().
 */
#ifndef ZD_WARC_READ_H
#define ZD_WARC_READ_H

#include <stddef.h>

#include "../common/util.h"

typedef struct {
    char *type;          /* WARC-Type, lower-case ("response", "resource", ...) */
    char *target_uri;    /* WARC-Target-URI or NULL */
    char *date;          /* WARC-Date or NULL */
    int http_status;     /* response records: the HTTP status; 0 otherwise */
    char *content_type;  /* HTTP Content-Type (response) or the record's Content-Type (resource) */
    zd_buf body;         /* the payload: HTTP body de-chunked and decoded */
    const char *payload; /* the payload: body.p, or (zd_warc_parse_view) the part of the
                            parsed record that is the payload when it needed no decoding */
    size_t payload_len;
} zd_warc_record;

void zd_warc_record_init(zd_warc_record *r);
void zd_warc_record_clear(zd_warc_record *r);

/* Parse one whole record rec[0..n) (the header block, CRLF CRLF, content
 * block; trailing CRLFs optional) into r (initialized, empty). max_body caps
 * the decoded payload. Returns 0, or -1 with *err (caller frees). */
int zd_warc_parse(const char *rec, size_t n, size_t max_body, zd_warc_record *r, char **err);
/* As zd_warc_parse, but a payload that needs no decoding (no chunking, no
 * Content-Encoding) is not copied: r->payload points into rec, which the
 * caller keeps while it uses it, and r->body stays empty. */
int zd_warc_parse_view(const char *rec, size_t n, size_t max_body, zd_warc_record *r, char **err);

typedef struct zd_warc_reader zd_warc_reader;

/* Open path ("-" = stdin). Returns NULL with *err set when it cannot be opened. */
zd_warc_reader *zd_warc_open(const char *path, size_t max_record, char **err);
void zd_warc_close(zd_warc_reader *w);

/* The reader is also extract's general input: after opening, look at the
 * first bytes (decompressed when the file is gzip) to decide what it is. */
int zd_warc_is_warc(zd_warc_reader *w);
/* Read the whole (rest of the) input into out, at most max bytes. Returns 0,
 * or -1 with *err (too large, read error). */
int zd_warc_read_all(zd_warc_reader *w, size_t max, zd_buf *out, char **err);

/* Read the next record's raw bytes into out (reset first). Returns 1 with a
 * record, 0 at the end, -1 with *err for a bad record (the reader skips to
 * the next record header, so the caller may go on calling). *recno is the
 * 1-based number of the record in the file. */
int zd_warc_next_raw(zd_warc_reader *w, zd_buf *out, long *recno, char **err);

/* 1 when the bytes start like a WARC file ("WARC/1."). */
int zd_warc_sniff(const char *p, size_t n);

#endif
