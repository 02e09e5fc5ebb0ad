/*
 * emit.h: output of normalize: deal records and mention records as JSON
 * Lines, and deals as CSV (RFC 4180) or TSV, in the contract's field order,
 * so jq, sqlite3 .import and PostgreSQL \copy read them as they are.
 *
 * Ownership: everything is written to a caller-owned zd_buf; nothing to free.
 */
#ifndef ZD_EMIT_H
#define ZD_EMIT_H

#include "deals.h"

typedef enum { ZD_FMT_JSONL = 0, ZD_FMT_CSV, ZD_FMT_TSV } zd_format;

/* The header row for CSV/TSV deal output (nothing for JSONL). */
void zd_emit_header(zd_format f, int mentions, zd_buf *out);
/* One deal as one line. publish: the document's local publish day or NULL. */
void zd_emit_deal(zd_format f, const zd_doc *doc, const char *publish, const zd_deal *d,
                  zd_buf *out);
/* One mention (with its value) as one line. */
void zd_emit_mention(zd_format f, const zd_doc *doc, const zd_value *v, zd_buf *out);

#endif
