/*
 * extract.h: the extract stage. Inputs (WARC plain or gzip, an HTML file,
 * a text file, stdin) to document records, one JSON line per page, handed
 * to a line sink (stdout for `zhdeals extract`, normalize for `zhdeals run`).
 *
 * Per page: charset decision and conversion to UTF-8, main-content
 * extraction (HTML) or paragraphs (text), NFKC, then the money, date and
 * organization recognizers. Every context (converters, regexes, ICU
 * normalizer, gazetteer) is opened once in zd_extract_new().
 *
 * Ownership: zd_extract_new() returns a stage freed by zd_extract_free().
 * The sink receives a line it does not own (valid during the call).
 */
#ifndef ZD_EXTRACT_H
#define ZD_EXTRACT_H

#include <stddef.h>

#include "../common/doc.h"
#include "../normalize/orgs.h"

typedef struct {
    int text;              /* --text: inputs are plain text, not HTML */
    const char *url;       /* --url for single-document inputs */
    const char *published; /* --published */
    size_t max_bytes;      /* page size cap, also after decompression */
    size_t max_mentions;   /* per document */
    double max_seconds;    /* time per page (--max-page-seconds); 0 = no limit */
} zd_extract_opts;

void zd_extract_opts_init(zd_extract_opts *o);

/* Receives one output line (with its '\n'). Return 0 to go on. */
typedef int (*zd_line_sink)(void *ud, const char *line, size_t len);

typedef struct zd_extract zd_extract;

/* Receives one document instead of its JSON line: `run`, where normalize
 * reads it next in the same process, skips writing and parsing the JSON.
 * name names the input in messages. The document stays the stage's: the
 * sink may read and change it during the call, and extract clears it
 * after. Return 0 to go on. */
typedef int (*zd_doc_sink)(void *ud, const char *name, zd_doc *doc);

/* orgs: the organization matcher, owned by the caller (shared with
 * normalize in `run`). Returns NULL with *err on a setup failure. */
zd_extract *zd_extract_new(const zd_extract_opts *o, zd_orgs *orgs, char **err);
void zd_extract_free(zd_extract *x);

/* From now on, hand each document to fn (with ud) instead of the line
 * sink the calls below are given (fn NULL: back to lines). */
void zd_extract_set_doc_sink(zd_extract *x, zd_doc_sink fn, void *ud);

/* Process one input path ("-" = stdin). Returns 0 when every record made a
 * document, 1 when some failed (each reported on stderr), 2 when the input
 * cannot be opened (reported). */
int zd_extract_path(zd_extract *x, const char *path, zd_line_sink sink, void *ud);

/* Process one page held in memory (HTML, or text with opts.text), as if it
 * were a file named name. Returns 0, or 1 when it failed (reported). */
int zd_extract_bytes(zd_extract *x, const char *name, const char *bytes, size_t n,
                     zd_line_sink sink, void *ud);

/* Process one whole input that is not a WARC (an HTML or text file),
 * already read into memory, exactly as zd_extract_path would: path names it
 * ("-" = stdin, named <stdin>), and is its url unless --url is given (stdin
 * has none). Returns 0, or 1 when it failed (reported). */
int zd_extract_input_bytes(zd_extract *x, const char *path, const char *bytes, size_t n,
                           zd_line_sink sink, void *ud);

/* Process one raw WARC record (as fetch hands them to `run`). name and
 * recno identify it in messages. Returns 0, or 1 on a failed record
 * (reported). Non-response records are skipped silently. */
int zd_extract_warc_record(zd_extract *x, const char *name, long recno, const char *rec, size_t len,
                           zd_line_sink sink, void *ud);

/* The same for a record (or, below, a whole input) held in a buffer the
 * caller lends: the stage releases its bytes (frees a large buffer, resets
 * a small one) as soon as the page is parsed, before the document goes to
 * the sink, so that a large page is not held while the next stage works.
 * The buffer stays the caller's (empty, or freed: zd_buf_free still safe). */
int zd_extract_warc_record_buf(zd_extract *x, const char *name, long recno, zd_buf *rec,
                               zd_line_sink sink, void *ud);
int zd_extract_input_buf(zd_extract *x, const char *path, zd_buf *in, zd_line_sink sink, void *ud);

#endif
