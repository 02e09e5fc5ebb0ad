/* test_util.c: common/util.c where a fast path sits beside a slow one, or
 * threads meet: zd_utf8_valid (with its three-byte shortcut) against the
 * code-point decoder on every sequence of up to three bytes, and
 * zd_msg_capture holding one thread's messages while another writes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

/* The definition: every code point decodes (zd_utf8_decode is strict). */
static int valid_by_decoding(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n)
        if (zd_utf8_decode(s, n, &i) < 0) return 0;
    return 1;
}

static void utf8_valid_matches_decoder(void **state)
{
    (void)state;
    unsigned char b[5];
    long checked = 0, valid = 0;
    for (unsigned x = 0; x < 256; x++) {
        for (unsigned y = 0; y < 256; y++) {
            for (unsigned z = 0; z < 256; z++) {
                b[0] = (unsigned char)x, b[1] = (unsigned char)y, b[2] = (unsigned char)z;
                for (size_t n = 1; n <= 3; n++) {
                    if (n < 3 && z) continue; /* shorter: each prefix once */
                    if (n < 2 && y) continue;
                    int want = valid_by_decoding((const char *)b, n);
                    if (zd_utf8_valid((const char *)b, n) != want)
                        fail_msg("%02x %02x %02x (n=%zu): want %d", x, y, z, n, want);
                    checked++;
                    valid += want;
                }
            }
        }
    }
    assert_true(checked > 16000000);
    /* 128 ASCII + 1920 two-byte + 61440 three-byte code points, and the
     * ASCII combinations around them */
    assert_true(valid > 61440);
    /* cut short at the end, a surrogate, an overlong, four bytes */
    assert_false(zd_utf8_valid("\xe4\xb8", 2));
    assert_false(zd_utf8_valid("\xed\xa0\x80", 3));
    assert_false(zd_utf8_valid("\xe0\x80\xaf", 3));
    assert_true(zd_utf8_valid("\xf0\x9f\x98\x80\xe4\xb8\xad", 7));
    assert_false(zd_utf8_valid("\xf4\x90\x80\x80", 4));
}

static zd_buf held;
static void *say(void *arg)
{
    zd_msg_capture(&held);
    zd_msg("extract", "page %d: held", *(int *)arg);
    zd_msg("extract", "two\nlines");
    zd_msg_capture(NULL);
    return NULL;
}

static void msg_capture_per_thread(void **state)
{
    (void)state;
    /* this thread's messages go to a file in place of stderr */
    fflush(stderr);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    FILE *saved = stderr;
    stderr = tmp;
    int n = 7;
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, say, &n), 0);
    zd_msg("extract", "from the main thread");
    pthread_join(t, NULL);
    fflush(tmp);
    stderr = saved;
    char got[256] = "";
    rewind(tmp);
    size_t k = fread(got, 1, sizeof got - 1, tmp);
    got[k] = '\0';
    fclose(tmp);
    assert_string_equal(got, "zhdeals: extract: from the main thread\n");
    assert_string_equal(held.p, "zhdeals: extract: page 7: held\nzhdeals: extract: two lines\n");
    zd_buf_free(&held);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_valid_matches_decoder),
        cmocka_unit_test(msg_capture_per_thread),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
