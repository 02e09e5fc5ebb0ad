/*
 * fuzz_orgs.c: libFuzzer harness for the organization recognizer and
 * normalizer (normalize/orgs.c) and the Traditional -> Simplified fold it
 * runs on (normalize/hans.c), over arbitrary text. The input is made valid
 * UTF-8 first (bad bytes become '?', the recognizer's contract being a
 * document text); then
 *   - zd_hans_fold() must keep every character at its byte offsets (the
 *     fold has the text's length and its characters start where the text's
 *     do), since mentions found on the fold point into the original;
 *   - zd_orgs_find() runs on the text and on its fold, and every span must
 *     lie inside the text, be non-empty and start and end on characters;
 *   - zd_orgs_lookup() reads every span found, and the raw bytes too.
 * The fold also gets the raw bytes (invalid UTF-8): its length must hold.
 * Nothing may crash, leak or hang. `make test` replays
 * tests/fuzz/seeds/orgs/ (sentences cut from corpus/pages) and any
 * tests/fuzz/crashes/fuzz_orgs-* through tests/fuzz/replay.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/doc.h"
#include "common/util.h"
#include "normalize/hans.h"
#include "normalize/orgs.h"

static zd_orgs *orgs;
static zd_hans *hans;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 1 when byte i of t starts a character (or is the end) */
static int boundary(const char *t, size_t n, size_t i)
{
    return i == n || ((unsigned char)t[i] & 0xC0) != 0x80;
}

static void find_and_check(const char *t, size_t n)
{
    zd_mentions ms = {0};
    zd_orgs_find(orgs, t, n, &ms);
    for (size_t k = 0; k < ms.n; k++) {
        const zd_mention *m = &ms.v[k];
        if (m->type != ZD_ORG || m->start >= m->end || m->end > n) abort();
        if (!boundary(t, n, m->start) || !boundary(t, n, m->end)) abort();
        const zd_org *org = zd_orgs_lookup(orgs, t + m->start, m->end - m->start);
        if (org && (!org->canonical || !org->kind)) abort();
    }
    zd_mentions_sort(&ms);
    zd_mentions_free(&ms);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!orgs) {
        char *err = NULL;
        zd_msg_quiet(1);
        orgs = zd_orgs_new(&err);
        hans = zd_hans_new();
        if (!orgs || !hans) abort();
    }
    /* valid UTF-8 copy, NUL-terminated as document texts are */
    char *t = zd_xmalloc(size + 1);
    size_t n = 0, i = 0;
    while (i < size) {
        size_t j = i;
        int32_t c = zd_utf8_decode((const char *)data, size, &j);
        if (c <= 0) {
            t[n++] = '?';
            i++;
            continue;
        }
        memcpy(t + n, data + i, j - i);
        n += j - i;
        i = j;
    }
    t[n] = 0;

    find_and_check(t, n);
    zd_buf fold = ZD_BUF_INIT;
    if (zd_hans_fold(hans, t, n, &fold)) {
        if (fold.len != n || !zd_utf8_valid(fold.p, fold.len)) abort();
        for (size_t k = 0; k < n; k++)
            if (boundary(t, n, k) != boundary(fold.p, n, k)) abort();
        find_and_check(fold.p, n);
    }
    /* raw bytes: the fold keeps the length whatever the input */
    if (zd_hans_fold(hans, (const char *)data, size, &fold) && fold.len != size) abort();
    zd_buf_free(&fold);
    zd_orgs_lookup(orgs, (const char *)data, size < 256 ? size : 256);
    free(t);
    return 0;
}
