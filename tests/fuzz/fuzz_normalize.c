/*
 * fuzz_normalize.c: libFuzzer harness for normalize's reader of document
 * lines (jansson plus our checks of schema, offsets and UTF-8 boundaries)
 * and, for every document it accepts, the whole of normalize: mention
 * values, deal assembly and all three output formats. Each input line is
 * one document. `make test` replays tests/fuzz/seeds/normalize/.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "normalize/normalize.h"

static zd_orgs *orgs;
static zd_normalize *z[3];
static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!orgs) {
        char *err = NULL;
        zd_msg_quiet(1);
        orgs = zd_orgs_new(&err);
        devnull = fopen("/dev/null", "w");
        if (!orgs || !devnull) abort();
        for (int i = 0; i < 3; i++) {
            zd_normalize_opts o;
            zd_normalize_opts_init(&o);
            o.emit = i == 0 ? ZD_EMIT_ALL : ZD_EMIT_DEALS;
            o.format = (zd_format)i;
            z[i] = zd_normalize_new(&o, orgs, devnull, &err);
            if (!z[i]) abort();
        }
    }
    const char *p = (const char *)data, *end = p + size;
    long lineno = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        lineno++;
        for (int i = 0; i < 3; i++)
            zd_normalize_line(z[i], "fuzz", lineno, p, len);
        p += len + 1;
    }
    return 0;
}
