/*
 * fuzz_date.c: libFuzzer harness for the date recognizer and resolver.
 * The input is taken as text: zd_date_find() runs over it, then every span
 * is resolved with zd_date_resolve() against a fixed publish date, with
 * each preference (nearest, past, future: in that order in time when all
 * three are days), with the publish year's and every ZD_CONV_ convention,
 * and without a publish date; the whole input
 * is also read as a publish stamp. None
 * of it may crash, leak, hang or read outside the input. Seeds are in
 * tests/fuzz/seeds/date/ (replayed by `make test` with tests/fuzz/replay.c).
 *
 * The recognizer and calendar contexts are opened once, as in the stages;
 * ZD_DATE_RX_CHECK makes the recognizer compare its fast search (trigger
 * tables, anchored matches) with a plain unanchored scan of the same
 * pattern and abort when they differ.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/doc.h"
#include "common/util.h"
#include "extract/date_rx.h"
#include "normalize/date.h"

static zd_date_rx *rx;
static zd_date_ctx *dc;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    zd_msg_quiet(1);
    /* the recognizer checks its fast search against a plain one */
    setenv("ZD_DATE_RX_CHECK", "1", 1);
    rx = zd_date_rx_new();
    dc = zd_date_ctx_new();
    if (!rx || !dc) abort();
    return 0;
}

/* A resolution's value is a real date of its granularity, or none. */
static void check_value(int rc, const zd_date *v)
{
    if (rc == 0) {
        if (v->gran == ZD_GRAN_NONE || v->y < 1 || v->y > 9999) abort();
        if (v->gran != ZD_GRAN_YEAR && (v->m < 1 || v->m > 12)) abort();
        if (v->gran == ZD_GRAN_DAY && (v->d < 1 || v->d > 31)) abort();
    } else if (v->gran != ZD_GRAN_NONE) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rx) LLVMFuzzerInitialize(NULL, NULL);
    const char *text = (const char *)data;
    static const zd_date ref = {2026, 2, 28, ZD_GRAN_DAY};
    static const zd_date noref = {0, 0, 0, ZD_GRAN_NONE};
    zd_mentions m = {0};
    zd_date_find(rx, text, size, &m);
    static const zd_prefer prefs[] = {ZD_PREFER_NEAREST, ZD_PREFER_PAST, ZD_PREFER_FUTURE};
    for (size_t i = 0; i < m.n; i++) {
        if (m.v[i].start > m.v[i].end || m.v[i].end > size) abort();
        zd_date v, w[3];
        char buf[16];
        /* every preference: the past one is never after the nearest, the
         * future one never before it */
        for (int p = 0; p < 3; p++) {
            zd_date_ctx_set_prefer(dc, prefs[p]);
            int rc =
                zd_date_resolve(dc, text + m.v[i].start, m.v[i].end - m.v[i].start, &ref, &w[p]);
            v = w[p];
            check_value(rc, &v);
            zd_date_format(&v, buf, sizeof buf);
        }
        /* the publish year's, with every other reader's convention */
        zd_date_ctx_set_prefer(dc, ZD_PREFER_YEAR);
        zd_date_ctx_set_conventions(dc, ZD_CONV_ROLLING_WEEKS | ZD_CONV_HOLIDAY_EVE |
                                            ZD_CONV_COUNT_FORWARD);
        check_value(zd_date_resolve(dc, text + m.v[i].start, m.v[i].end - m.v[i].start, &ref, &v),
                    &v);
        zd_date_ctx_set_conventions(dc, 0);
        zd_date_ctx_set_prefer(dc, ZD_PREFER_NEAREST);
        if (w[0].gran == ZD_GRAN_DAY && w[1].gran == ZD_GRAN_DAY && w[2].gran == ZD_GRAN_DAY) {
            long a = w[1].y * 400L + w[1].m * 32 + w[1].d, b = w[0].y * 400L + w[0].m * 32 + w[0].d,
                 c = w[2].y * 400L + w[2].m * 32 + w[2].d;
            if (a > b || b > c) abort();
        }
        zd_date_resolve(dc, text + m.v[i].start, m.v[i].end - m.v[i].start, &noref, &v);
    }
    zd_mentions_sort(&m);
    zd_mentions_free(&m);
    /* the whole input as a span and as a publish stamp */
    zd_date v;
    zd_date_resolve(dc, text, size, &ref, &v);
    if (size < 256) {
        char s[256];
        memcpy(s, data, size);
        s[size] = 0;
        zd_date_published_day(dc, s, &v);
    }
    return 0;
}
