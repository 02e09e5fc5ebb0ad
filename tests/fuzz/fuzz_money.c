/*
 * fuzz_money.c: libFuzzer harness for the money recognizer and normalizer.
 * The input is taken as text (bytes that are not UTF-8 become '?', since the
 * recognizer's contract is valid UTF-8, as every document text is); the
 * recognizer runs over it and zd_money_parse() reads every span it returns,
 * which must then hold an amount. The numeral reader and the number finder
 * get the same text. Nothing may crash, leak or hang.
 *   clang -fsanitize=fuzzer,address ... tests/fuzz/fuzz_money.c <library>
 * `make test` replays tests/fuzz/seeds/money/ through tests/fuzz/replay.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/doc.h"
#include "common/util.h"
#include "extract/money_rx.h"
#include "normalize/money.h"
#include "normalize/numeral.h"

static zd_money_rx *rx;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rx) {
        zd_msg_quiet(1);
        rx = zd_money_rx_new();
        if (!rx) abort();
    }
    /* valid UTF-8 copy */
    char *t = zd_xmalloc(size + 1);
    size_t n = 0, i = 0;
    while (i < size) {
        size_t j = i;
        int32_t c = zd_utf8_decode((const char *)data, size, &j);
        if (c < 0 || c == 0) {
            t[n++] = '?';
            i = i + 1;
            continue;
        }
        memcpy(t + n, data + i, j - i);
        n += j - i;
        i = j;
    }
    t[n] = 0;
    zd_mentions ms = {0};
    zd_money_find(rx, t, n, &ms);
    for (size_t k = 0; k < ms.n; k++) {
        zd_money m;
        if (ms.v[k].start >= ms.v[k].end || ms.v[k].end > n) abort();
        if (zd_money_parse(t + ms.v[k].start, ms.v[k].end - ms.v[k].start, "CNY", &m) != 0)
            abort(); /* the recognizer returned a span that holds no amount */
    }
    zd_mentions_free(&ms);
    /* the readers on the raw bytes too */
    zd_money m;
    zd_money_parse((const char *)data, size < 512 ? size : 512, "TWD", &m);
    zd_num v;
    zd_num_parse((const char *)data, size < 512 ? size : 512, &v);
    zd_numspan sp[16];
    zd_number_find(t, n, sp, 16);
    free(t);
    return 0;
}
