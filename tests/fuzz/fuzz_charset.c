/*
 * fuzz_charset.c: libFuzzer harness for extract/charset.c. Any bytes go
 * through zd_charset_decode() with and without a Content-Type header and as
 * HTML or text; the output must be valid UTF-8 (appended to what the buffer
 * held), the charset name set on success and an error message on failure.
 * Nothing may crash, leak, hang or read outside the input. Seeds are in
 * tests/fuzz/seeds/charset/ (replayed by `make test` with tests/fuzz/replay.c).
 *
 * The first input byte chooses the header, so the fuzzer explores labels
 * too. The context (converters, detector) is opened once, as in the stage.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "extract/charset.h"

static zd_charset *cs;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    zd_msg_quiet(1);
    cs = zd_charset_new();
    if (!cs) abort();
    return 0;
}

static void one(const char *bytes, size_t n, const char *ctype, int is_html)
{
    zd_buf out = ZD_BUF_INIT;
    zd_buf_adds(&out, "prefix");
    const char *name = NULL;
    char *err = NULL;
    int rc = zd_charset_decode(cs, bytes, n, ctype, is_html, &out, &name, &err);
    if (out.len < 6 || memcmp(out.p, "prefix", 6) != 0) abort();
    if (rc == 0) {
        if (!name || err) abort();
        if (!zd_utf8_valid(out.p, out.len)) abort();
    } else {
        if (rc != -1 || !err) abort();
        if (out.len != 6) abort(); /* nothing half-written on failure */
    }
    free(err);
    zd_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!cs) LLVMFuzzerInitialize(NULL, NULL);
    static const char *const ctypes[] = {
        NULL,
        "text/html; charset=gbk",
        "text/html; charset=big5",
        "text/html;charset=\"utf-8\"",
        "text/html; charset=shift_jis",
        "text/html; charset=utf-16",
        "text/plain; charset=x-bogus",
        "text/html; charset=iso-8859-1",
    };
    const char *ctype = size ? ctypes[data[0] % 8] : NULL;
    one((const char *)data, size, ctype, 1);
    one((const char *)data, size, NULL, 0);
    return 0;
}
