/*
 * extract_jobs.c: extract with N worker threads, output in input order (see
 * extract_jobs.h). Items (a WARC record, a whole page, or only a message
 * about an input that could not be read) go into a ring of slots; workers
 * take them in order, extract into the slot's own output and message
 * buffers, and the reading thread hands finished slots to the sink strictly
 * by sequence number. The reader waits when the ring is full, so at most
 * 4 * jobs records are held at once.
 *
 * libxml2 is initialized (xmlInitParser, in zd_html_new) by the calling
 * thread before any worker starts, as libxml2 asks of threaded programs.
 */
#include "extract_jobs.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/util.h"
#include "warc_read.h"

#define ZD_WARC_RECORD_MAX (64u << 20) /* as zd_extract_path */
#define SLOTS_PER_JOB      4

enum { ITEM_NONE, ITEM_RECORD, ITEM_PAGE };

typedef struct {
    int kind;
    int done;   /* set by the worker (under the lock) */
    int failed; /* the item failed (reported in msg) */
    char *name; /* input name (record) or path (page) */
    long recno;
    zd_buf in;  /* the raw record or the page's bytes */
    zd_buf out; /* document lines */
    zd_buf msg; /* messages, whole lines */
} slot;

typedef struct {
    zd_extract_jobs *j;
    zd_extract *x;
    zd_orgs *orgs;
    pthread_t th;
    int started;
} worker;

struct zd_extract_jobs {
    zd_extract_opts opt;
    int nworkers;
    worker *w;
    slot *slots;
    size_t nslots;
    unsigned long long queued; /* items handed to workers */
    unsigned long long taken;  /* items a worker has started */
    unsigned long long out;    /* items handed to the sink (reading thread only) */
    int closing;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    zd_line_sink sink;
    void *sink_ud;
    int failed;
};

static int to_slot(void *ud, const char *line, size_t len)
{
    zd_buf_add(&((slot *)ud)->out, line, len);
    return 0;
}

static void *work(void *arg)
{
    worker *wk = arg;
    zd_extract_jobs *j = wk->j;
    for (;;) {
        pthread_mutex_lock(&j->mu);
        while (j->taken == j->queued && !j->closing)
            pthread_cond_wait(&j->work, &j->mu);
        if (j->taken == j->queued) {
            pthread_mutex_unlock(&j->mu);
            return NULL;
        }
        slot *s = &j->slots[j->taken++ % j->nslots];
        pthread_mutex_unlock(&j->mu);

        zd_msg_capture(&s->msg);
        int failed = s->failed;
        if (s->kind == ITEM_RECORD)
            failed = zd_extract_warc_record(wk->x, s->name, s->recno, s->in.p ? s->in.p : "",
                                            s->in.len, to_slot, s) != 0;
        else if (s->kind == ITEM_PAGE)
            failed = zd_extract_input_bytes(wk->x, s->name, s->in.p ? s->in.p : "", s->in.len,
                                            to_slot, s) != 0;
        zd_msg_capture(NULL);

        pthread_mutex_lock(&j->mu);
        s->failed = failed;
        s->done = 1;
        pthread_cond_broadcast(&j->done);
        pthread_mutex_unlock(&j->mu);
    }
}

/* Hand the oldest item to the sink, waiting for it when wait is set.
 * Returns 1 when one was handed on. Reading thread only. */
static int emit_one(zd_extract_jobs *j, int wait)
{
    if (j->out == j->queued) return 0;
    slot *s = &j->slots[j->out % j->nslots];
    pthread_mutex_lock(&j->mu);
    while (!s->done && wait)
        pthread_cond_wait(&j->done, &j->mu);
    int done = s->done;
    pthread_mutex_unlock(&j->mu);
    if (!done) return 0;
    if (s->msg.len) fwrite(s->msg.p, 1, s->msg.len, stderr);
    for (size_t i = 0; i < s->out.len;) { /* one call per line, as the workers' sink got them */
        const char *nl = memchr(s->out.p + i, '\n', s->out.len - i);
        size_t e = nl ? (size_t)(nl - s->out.p) + 1 : s->out.len;
        j->sink(j->sink_ud, s->out.p + i, e - i);
        i = e;
    }
    if (s->failed) j->failed = 1;
    j->out++;
    return 1;
}

/* The next free slot (waiting for the oldest item when the ring is full),
 * emptied. Not queued until publish(). */
static slot *claim(zd_extract_jobs *j, int kind, const char *name, long recno)
{
    if (j->queued - j->out == j->nslots) emit_one(j, 1);
    slot *s = &j->slots[j->queued % j->nslots];
    s->kind = kind;
    s->done = 0;
    s->failed = 0;
    free(s->name);
    s->name = zd_xstrdup(name);
    s->recno = recno;
    zd_buf_reset(&s->in);
    zd_buf_reset(&s->out);
    zd_buf_reset(&s->msg);
    return s;
}

static void publish(zd_extract_jobs *j)
{
    pthread_mutex_lock(&j->mu);
    j->queued++;
    pthread_cond_signal(&j->work);
    pthread_mutex_unlock(&j->mu);
    while (emit_one(j, 0)) {
    }
}

/* Queue a message about an input (no extraction) at its place in the order. */
static void queue_msg(zd_extract_jobs *j, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void queue_msg(zd_extract_jobs *j, const char *fmt, ...)
{
    slot *s = claim(j, ITEM_NONE, "", 0);
    va_list ap;
    va_start(ap, fmt);
    zd_msg_capture(&s->msg);
    zd_vmsg("extract", fmt, ap);
    zd_msg_capture(NULL);
    va_end(ap);
    s->failed = 1;
    publish(j);
}

zd_extract_jobs *zd_extract_jobs_new(const zd_extract_opts *o, int jobs, zd_orgs_maker make_orgs,
                                     void *make_ud, zd_line_sink sink, void *sink_ud, char **err)
{
    *err = NULL;
    zd_extract_jobs *j = zd_xcalloc(1, sizeof *j);
    j->opt = *o;
    j->nworkers = jobs < 1 ? 1 : jobs;
    j->sink = sink;
    j->sink_ud = sink_ud;
    j->nslots = (size_t)j->nworkers * SLOTS_PER_JOB;
    j->slots = zd_xcalloc(j->nslots, sizeof *j->slots);
    j->w = zd_xcalloc((size_t)j->nworkers, sizeof *j->w);
    pthread_mutex_init(&j->mu, NULL);
    pthread_cond_init(&j->work, NULL);
    pthread_cond_init(&j->done, NULL);
    /* every context is opened here, by this thread, before any worker runs */
    for (int i = 0; i < j->nworkers; i++) {
        worker *wk = &j->w[i];
        wk->j = j;
        wk->orgs = make_orgs(make_ud);
        if (!wk->orgs) goto fail;
        wk->x = zd_extract_new(o, wk->orgs, err);
        if (!wk->x) goto fail;
    }
    for (int i = 0; i < j->nworkers; i++) {
        if (pthread_create(&j->w[i].th, NULL, work, &j->w[i]) != 0) {
            *err = zd_xstrdup("cannot start a worker thread");
            goto fail;
        }
        j->w[i].started = 1;
    }
    return j;
fail:
    zd_extract_jobs_free(j);
    return NULL;
}

void zd_extract_jobs_free(zd_extract_jobs *j)
{
    if (!j) return;
    pthread_mutex_lock(&j->mu);
    j->closing = 1;
    pthread_cond_broadcast(&j->work);
    pthread_mutex_unlock(&j->mu);
    for (int i = 0; i < j->nworkers; i++) {
        if (j->w[i].started) pthread_join(j->w[i].th, NULL);
        zd_extract_free(j->w[i].x);
        zd_orgs_free(j->w[i].orgs);
    }
    for (size_t i = 0; i < j->nslots; i++) {
        free(j->slots[i].name);
        zd_buf_free(&j->slots[i].in);
        zd_buf_free(&j->slots[i].out);
        zd_buf_free(&j->slots[i].msg);
    }
    pthread_cond_destroy(&j->work);
    pthread_cond_destroy(&j->done);
    pthread_mutex_destroy(&j->mu);
    free(j->slots);
    free(j->w);
    free(j);
}

void zd_extract_jobs_record(zd_extract_jobs *j, const char *name, long recno, const char *rec,
                            size_t len)
{
    slot *s = claim(j, ITEM_RECORD, name, recno);
    zd_buf_add(&s->in, rec, len);
    publish(j);
}

void zd_extract_jobs_path(zd_extract_jobs *j, const char *path)
{
    char *err = NULL;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    size_t max_record = j->opt.max_bytes + (1u << 20);
    if (max_record < ZD_WARC_RECORD_MAX) max_record = ZD_WARC_RECORD_MAX;
    zd_warc_reader *w = zd_warc_open(path, max_record, &err);
    if (!w) {
        queue_msg(j, "%s: %s", name, err);
        free(err);
        return;
    }
    if (zd_warc_is_warc(w)) {
        for (;;) {
            /* read straight into the next slot: one copy of each record */
            slot *s = claim(j, ITEM_RECORD, name, 0);
            int got = zd_warc_next_raw(w, &s->in, &s->recno, &err);
            if (got == 0) break; /* the claimed slot stays unqueued */
            if (got < 0) {
                s->kind = ITEM_NONE;
                s->failed = 1;
                zd_msg_capture(&s->msg);
                zd_msg("extract", "%s:%ld: %s", name, s->recno, err);
                zd_msg_capture(NULL);
                free(err);
                err = NULL;
            }
            publish(j);
        }
    } else {
        slot *s = claim(j, ITEM_PAGE, path, 0);
        if (zd_warc_read_all(w, j->opt.max_bytes, &s->in, &err) < 0) {
            s->kind = ITEM_NONE;
            s->failed = 1;
            zd_msg_capture(&s->msg);
            zd_msg("extract", "%s: %s", name, err);
            zd_msg_capture(NULL);
            free(err);
        }
        publish(j);
    }
    zd_warc_close(w);
}

int zd_extract_jobs_finish(zd_extract_jobs *j)
{
    while (emit_one(j, 1)) {
    }
    int failed = j->failed;
    j->failed = 0;
    return failed;
}
