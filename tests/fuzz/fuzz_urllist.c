/*
 * fuzz_urllist.c: libFuzzer harness for the URL-list reader (fetch/urllist.c),
 * the fetch stage's parser of outside input. Feeds the bytes as a list file
 * whose base is a file:// URL, and checks the reader's promises: every
 * entry is either an http/https/file URL or a bad line with a reason; line
 * numbers increase; text shown in messages has no control bytes; and the
 * --log line built from an entry is valid JSON (jansson accepts it back).
 * The same bytes are also parsed as a robots.txt (fetch/robots.c, outside
 * input too) and every list line is asked about as a path.
 * Build with clang -fsanitize=fuzzer; `make test` replays the seeds with
 * tests/fuzz/replay.c.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "fetch/fetch_int.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    zd_msg_quiet(1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0; /* fmemopen needs a non-empty buffer */
    FILE *f = fmemopen((void *)data, size, "r");
    if (!f) return 0;
    zd_urllist *l = zd_urllist_fopen(f, 1, "fuzz.txt", "file:///corpus/urls.txt");
    zd_robots *rob = zd_robots_parse((const char *)data, size, "zhdeals");
    if (!zd_robots_allowed(rob, "/robots.txt")) abort();
    zd_urlentry e;
    long last = 0;
    int r;
    while ((r = zd_urllist_next(l, &e)) == 1) {
        if (e.line <= last) abort();
        last = e.line;
        if ((e.url == NULL) == (e.reason == NULL)) abort();
        if (!e.text) abort();
        for (const unsigned char *p = (const unsigned char *)e.text; *p; p++)
            if (*p < 0x20 || *p == 0x7f) abort();
        if (e.url && strncmp(e.url, "http://", 7) != 0 && strncmp(e.url, "https://", 8) != 0 &&
            strncmp(e.url, "file://", 7) != 0)
            abort();
        zd_fetchlog_entry le = {
            e.url ? e.url : e.text, e.url ? "ok" : "bad_url", 0, 0, 0, 0, e.reason};
        char *line = zd_fetchlog_format(&le);
        json_error_t err;
        json_t *j = json_loads(line, 0, &err);
        if (!j) abort();
        json_decref(j);
        free(line);
        (void)zd_robots_allowed(rob, e.text);
        zd_urlentry_clear(&e);
    }
    if (r < 0) abort(); /* a memory stream cannot fail to read */
    zd_urllist_close(l);
    zd_robots_free(rob);
    return 0;
}
