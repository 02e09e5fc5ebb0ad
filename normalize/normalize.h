/*
 * normalize.h: the normalize stage. Document lines in; per document, each
 * mention gets its value (money, date against the publish day, canonical
 * organization), the deals are assembled, and deal and/or mention records
 * are written as JSONL, CSV or TSV.
 *
 * Ownership: zd_normalize_new() returns a stage freed by
 * zd_normalize_free(); the zd_orgs it is given stays the caller's.
 */
#ifndef ZD_NORMALIZE_H
#define ZD_NORMALIZE_H

#include <stdio.h>

#include "date.h"
#include "emit.h"
#include "orgs.h"

enum { ZD_EMIT_DEALS = 1, ZD_EMIT_MENTIONS = 2, ZD_EMIT_ALL = 3 };

typedef struct {
    int emit;            /* ZD_EMIT_* */
    zd_format format;    /* CSV/TSV only with deals or mentions, not both */
    size_t max_line;     /* longest document line accepted (default 64 MiB) */
    size_t max_mentions; /* mentions read per document (default 10000, as extract) */
    zd_prefer prefer;    /* which occurrence a date without its year means (--prefer) */
    unsigned date_conv;  /* ZD_CONV_* flags (--date-conventions), 0 for ours */
} zd_normalize_opts;

void zd_normalize_opts_init(zd_normalize_opts *o);

typedef struct zd_normalize zd_normalize;

zd_normalize *zd_normalize_new(const zd_normalize_opts *o, zd_orgs *orgs, FILE *out, char **err);
void zd_normalize_free(zd_normalize *z);

/* Write the CSV/TSV header row (nothing for JSONL). Call once, first. */
void zd_normalize_begin(zd_normalize *z);

/* One document line. name/lineno identify it in messages. Returns 0, or 1
 * when the line is not a valid document (reported). */
int zd_normalize_line(zd_normalize *z, const char *name, long lineno, const char *line, size_t len);

/* Normalize one document held in memory exactly as zd_normalize_line
 * would its JSON line (`run` hands extract's documents over this way).
 * name and lineno name it in messages. d stays the caller's; it is
 * changed (mentions sorted, cut at the limit) and cleared. Returns as
 * zd_normalize_line. */
int zd_normalize_doc(zd_normalize *z, const char *name, long lineno, zd_doc *d);

/* Every line of a file ("-" = stdin). A "key<TAB>" before a line's JSON
 * object (Hadoop Streaming, Spark pipe()) is dropped. Returns 0, 1 (some
 * lines failed) or 2 (cannot open). */
int zd_normalize_path(zd_normalize *z, const char *path);

/* Flush the output; returns 0, or -1 on a write error (e.g. full disk). */
int zd_normalize_flush(zd_normalize *z);

#endif
