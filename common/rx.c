/*
 * rx.c: the limits every PCRE2 match runs under (see rx.h): one match
 * context with a step, depth and heap limit, created once for the process,
 * and per thread the count of attempts a limit stopped and the time budget
 * of the page being read. A text written to make a pattern backtrack then
 * costs at most ZD_RX_MATCH_LIMIT steps per attempt, and a page at most
 * its budget, instead of hanging the run.
 */
#include "rx.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "util.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pcre2_match_context *mctx;

static void make_mctx(void)
{
    mctx = pcre2_match_context_create(NULL);
    if (!mctx) zd_oom();
    const char *env = getenv("ZHDEALS_RX_MATCH_LIMIT"); /* tests lower it */
    long lim = env ? strtol(env, NULL, 10) : 0;
    pcre2_set_match_limit(mctx, lim > 0 ? (uint32_t)lim : ZD_RX_MATCH_LIMIT);
    pcre2_set_depth_limit(mctx, ZD_RX_DEPTH_LIMIT);
    pcre2_set_heap_limit(mctx, ZD_RX_HEAP_LIMIT);
}

/* this thread's page */
static __thread struct {
    double deadline; /* CLOCK_MONOTONIC seconds; 0 = no budget */
    unsigned calls;
    size_t hits;
    const unsigned char *hit_s;
    size_t hit_off;
    int late;
    const unsigned char *late_s;
    size_t late_off;
} pg;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void zd_rx_budget(double seconds)
{
    pg.deadline = seconds > 0 ? now() + seconds : 0;
    pg.calls = 0;
    pg.hits = 0;
    pg.hit_s = NULL;
    pg.late = 0;
    pg.late_s = NULL;
}

static size_t offset_in(const char *text, size_t n, const unsigned char *s, size_t off)
{
    const char *p = (const char *)s;
    if (!p || !text || p < text || p > text + n || off > (size_t)(text + n - p)) return (size_t)-1;
    return (size_t)(p - text) + off;
}

void zd_rx_report(const char *text, size_t n, zd_rx_stats *st)
{
    st->hits = pg.hits;
    st->hit_at = pg.hits ? offset_in(text, n, pg.hit_s, pg.hit_off) : (size_t)-1;
    st->timed_out = pg.late;
    st->late_at = pg.late ? offset_in(text, n, pg.late_s, pg.late_off) : (size_t)-1;
    zd_rx_budget(0);
}

/* 1 when the page's budget is spent (the clock is read every 64 matches) */
static int late(PCRE2_SPTR s, PCRE2_SIZE start)
{
    if (pg.late) return 1;
    if (pg.deadline == 0 || (++pg.calls & 63) != 0 || now() < pg.deadline) return 0;
    pg.late = 1;
    pg.late_s = s;
    pg.late_off = start;
    return 1;
}

int zd_rx_expired(const char *at)
{
    if (pg.late) return 1;
    if (pg.deadline == 0 || now() < pg.deadline) return 0;
    pg.late = 1;
    pg.late_s = (const unsigned char *)at;
    pg.late_off = 0;
    return 1;
}

static int note(int rc, PCRE2_SPTR s, PCRE2_SIZE start)
{
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        if (pg.hits++ == 0) {
            pg.hit_s = s;
            pg.hit_off = start;
        }
    }
    return rc;
}

int zd_rx_match(const pcre2_code *re, PCRE2_SPTR subject, PCRE2_SIZE length, PCRE2_SIZE start,
                uint32_t options, pcre2_match_data *md)
{
    if (late(subject, start)) return PCRE2_ERROR_MATCHLIMIT;
    pthread_once(&once, make_mctx);
    return note(pcre2_match(re, subject, length, start, options, md, mctx), subject, start);
}

int zd_rx_jit_match(const pcre2_code *re, PCRE2_SPTR subject, PCRE2_SIZE length, PCRE2_SIZE start,
                    uint32_t options, pcre2_match_data *md)
{
    if (late(subject, start)) return PCRE2_ERROR_MATCHLIMIT;
    pthread_once(&once, make_mctx);
    return note(pcre2_jit_match(re, subject, length, start, options, md, mctx), subject, start);
}
