/*
 * extract_jobs.h: `zhdeals extract --jobs N`. The calling thread reads the
 * inputs (WARC records one at a time, or whole HTML/text files) and N worker
 * threads extract them, each with its own zd_extract (converters, regexes and
 * match data, ICU normalizer and transliterator) and its own organization
 * matcher, since none of these may be shared between threads. Document lines
 * and messages come out in input order, byte for byte as with one thread:
 * a bounded window of records (4 per worker) is in flight at once, so memory
 * stays bounded however long the input is.
 *
 * Ownership: zd_extract_jobs_new() returns a pool freed by
 * zd_extract_jobs_free(); the orgs matchers it makes are its own. The sink
 * is called from the thread that calls the zd_extract_jobs_* functions, with
 * a line it does not own (valid during the call).
 */
#ifndef ZD_EXTRACT_JOBS_H
#define ZD_EXTRACT_JOBS_H

#include "extract.h"

/* Makes a new organization matcher for one worker (the gazetteer plus any
 * --orgs files), or returns NULL after reporting why. */
typedef zd_orgs *(*zd_orgs_maker)(void *ud);

typedef struct zd_extract_jobs zd_extract_jobs;

/* jobs >= 1 worker threads. Returns NULL with *err (caller frees) when an
 * extractor cannot be set up, or NULL with *err NULL when make_orgs failed
 * (it reported). */
zd_extract_jobs *zd_extract_jobs_new(const zd_extract_opts *o, int jobs, zd_orgs_maker make_orgs,
                                     void *make_ud, zd_line_sink sink, void *sink_ud, char **err);

/* Queue every record (or the page) of one input path ("-" = stdin), as
 * zd_extract_path reads it. Lines of earlier items may be handed to the
 * sink meanwhile. */
void zd_extract_jobs_path(zd_extract_jobs *j, const char *path);

/* Queue one raw WARC record (copied), as zd_extract_warc_record takes it. */
void zd_extract_jobs_record(zd_extract_jobs *j, const char *name, long recno, const char *rec,
                            size_t len);

/* Wait for everything queued and hand its lines to the sink. Returns 0, or
 * 1 when some record or input failed (each reported on stderr). */
int zd_extract_jobs_finish(zd_extract_jobs *j);

/* Stops the workers (after zd_extract_jobs_finish) and frees everything. */
void zd_extract_jobs_free(zd_extract_jobs *j);

#endif
