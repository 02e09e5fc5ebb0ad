/*
 * fuzz_warc.c: libFuzzer harness for extract's whole input path: the bytes
 * are written to a file and read as zhdeals extract reads any input (WARC,
 * plain or gzip, or a single page), so the WARC framing, the HTTP message
 * parser (chunked and gzip bodies), charset, HTML and the recognizers all
 * see hostile bytes. Every record must end in a document or an error.
 * `make test` replays tests/fuzz/seeds/warc/ through tests/fuzz/replay.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"
#include "extract/extract.h"

static zd_extract *x;
static zd_orgs *orgs;
static char path[64];

static int sink(void *ud, const char *line, size_t len)
{
    (void)ud;
    (void)line;
    (void)len;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!x) {
        char *err = NULL;
        zd_msg_quiet(1);
        orgs = zd_orgs_new(&err);
        zd_extract_opts o;
        zd_extract_opts_init(&o);
        o.max_bytes = 1 << 20;
        x = orgs ? zd_extract_new(&o, orgs, &err) : NULL;
        if (!x) abort();
        snprintf(path, sizeof path, "/tmp/zd-fuzz-warc-%d", (int)getpid());
    }
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    zd_extract_path(x, path, sink, NULL);
    unlink(path);
    return 0;
}
