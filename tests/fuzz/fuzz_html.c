/*
 * fuzz_html.c: libFuzzer harness for the HTML extractor (extract/html*.c),
 * fed the way the extract stage feeds it: the bytes are decoded by
 * zd_charset_decode() and the UTF-8 handed to zd_html_extract(); the raw
 * bytes also go to zd_html_extract() directly (it must cope with invalid
 * UTF-8 and NUL bytes itself). Every result must be valid UTF-8, the publish
 * time of the documented forms, and nothing may crash, leak, hang or read
 * outside the input. Seeds are small pages in tests/fuzz/seeds/html/
 * (replayed by `make test` with tests/fuzz/replay.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "extract/charset.h"
#include "extract/html.h"

static zd_charset *cs;
static zd_html *hx;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    zd_msg_quiet(1);
    cs = zd_charset_new();
    hx = zd_html_new();
    if (!cs || !hx) abort();
    return 0;
}

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS" + "Z" or "+HH:MM" / "-HH:MM" */
static void check_published(const char *p)
{
    if (!p) return;
    size_t n = strlen(p);
    if (n < 10 || !digits(p, 4) || p[4] != '-' || !digits(p + 5, 2) || p[7] != '-' ||
        !digits(p + 8, 2))
        abort();
    if (n == 10) return;
    if (n < 20 || p[10] != 'T' || !digits(p + 11, 2) || p[13] != ':' || !digits(p + 14, 2) ||
        p[16] != ':' || !digits(p + 17, 2))
        abort();
    if (!(n == 20 && p[19] == 'Z') && !(n == 25 && (p[19] == '+' || p[19] == '-'))) abort();
}

static void extract(const char *s, size_t n, const char *base)
{
    zd_article a = {0};
    char *err = NULL;
    if (zd_html_extract(hx, s, n, base, &a, &err) == 0) {
        if (!a.text || !zd_utf8_valid(a.text, strlen(a.text))) abort();
        if (a.title && !zd_utf8_valid(a.title, strlen(a.title))) abort();
        check_published(a.published);
    } else if (!err) {
        abort();
    }
    free(err);
    zd_article_clear(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!hx) LLVMFuzzerInitialize(NULL, NULL);
    zd_buf u = ZD_BUF_INIT;
    const char *name;
    char *err = NULL;
    if (zd_charset_decode(cs, (const char *)data, size, NULL, 1, &u, &name, &err) == 0)
        extract(u.p, u.len, "2026-03-02T01:00:00Z");
    free(err);
    zd_buf_free(&u);
    extract((const char *)data, size, NULL);
    return 0;
}
