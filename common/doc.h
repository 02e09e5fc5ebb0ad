/*
 * doc.h: the document record, the one thing that flows from extract to
 * normalize (see ../shared/design/CONTRACTS.md, "Document record"), and the
 * list of raw mentions (byte spans into the document's text) that the
 * recognizers fill.
 *
 * Ownership: a zd_doc owns every string in it; zd_doc_clear() frees them
 * all and leaves an empty document ready for reuse (the per-record memory of
 * both stages is freed in that one place).
 */
#ifndef ZD_DOC_H
#define ZD_DOC_H

#include <stddef.h>

#include "util.h"

#define ZD_SCHEMA 1

typedef enum { ZD_MONEY = 0, ZD_DATE = 1, ZD_ORG = 2 } zd_mtype;

/* A raw mention: bytes [start, end) of the document text. */
typedef struct {
    zd_mtype type;
    size_t start;
    size_t end;
} zd_mention;

typedef struct {
    zd_mention *v;
    size_t n;
    size_t cap;
} zd_mentions;

void zd_mentions_add(zd_mentions *m, zd_mtype type, size_t start, size_t end);
/* Sort by start, longer spans first at equal start; then, within one type,
 * drop spans nested inside or overlapping an earlier kept span. */
void zd_mentions_sort(zd_mentions *m);
void zd_mentions_free(zd_mentions *m);
const char *zd_mtype_name(zd_mtype t);

typedef struct {
    char *url;       /* may be NULL (JSON null) */
    char *title;     /* may be NULL */
    char *published; /* "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS+08:00", or NULL */
    char *charset;   /* may be NULL */
    char *text;      /* UTF-8, NFKC, paragraphs joined by '\n'; never NULL once filled */
    size_t text_len;
    zd_mentions mentions;
} zd_doc;

void zd_doc_init(zd_doc *d);
void zd_doc_clear(zd_doc *d); /* frees everything, d is empty again */

/* Append the document as one JSON line (with the trailing '\n') to out. */
void zd_doc_to_json(const zd_doc *d, zd_buf *out);

/* Parse one JSON line into d (which must be empty). Returns 0, or -1 with a
 * reason in *err (caller frees) when the line is not a valid document: bad
 * JSON, invalid UTF-8, wrong schema, missing text, mention offsets outside
 * the text or not on UTF-8 boundaries. */
int zd_doc_from_json(const char *line, size_t len, zd_doc *d, char **err);

#endif
