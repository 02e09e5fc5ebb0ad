/*
 * hans.c: Traditional -> Simplified folding with exact offsets (see hans.h).
 * A cache maps each Han code point seen to its Simplified counterpart (or
 * to itself); ICU is asked only on a cache miss, so a document costs one
 * hash probe per Han character.
 */
#include "hans.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/utrans.h>

#define CACHE_BITS 15

typedef struct {
    uint32_t from; /* 0 = empty */
    uint32_t to;
} slot;

struct zd_hans {
    UTransliterator *tr;
    slot *cache;
    size_t used;
};

zd_hans *zd_hans_new(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UChar id[16];
    u_uastrcpy(id, "Hant-Hans");
    UTransliterator *tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
    if (U_FAILURE(st)) return NULL;
    zd_hans *h = zd_xcalloc(1, sizeof *h);
    h->tr = tr;
    h->cache = zd_xcalloc((size_t)1 << CACHE_BITS, sizeof *h->cache);
    return h;
}

void zd_hans_free(zd_hans *h)
{
    if (!h) return;
    utrans_close(h->tr);
    free(h->cache);
    free(h);
}

static uint32_t ask_icu(zd_hans *h, uint32_t c)
{
    UChar buf[8];
    int32_t len = 1, limit = 1;
    if (c > 0xFFFF) return c; /* supplementary ideographs: keep */
    buf[0] = (UChar)c;
    UErrorCode st = U_ZERO_ERROR;
    utrans_transUChars(h->tr, buf, &len, 8, 0, &limit, &st);
    if (U_FAILURE(st) || len != 1) return c;
    uint32_t to = buf[0];
    /* same UTF-8 length, so offsets stay exact */
    int l1 = c < 0x800 ? 2 : 3, l2 = to < 0x80 ? 1 : to < 0x800 ? 2 : 3;
    return l1 == l2 ? to : c;
}

static uint32_t map(zd_hans *h, uint32_t c)
{
    size_t mask = ((size_t)1 << CACHE_BITS) - 1;
    size_t i = (c * 2654435761u) & mask;
    for (;;) {
        slot *s = &h->cache[i];
        if (s->from == c) return s->to;
        if (s->from == 0) {
            uint32_t to = ask_icu(h, c);
            if (h->used < mask / 2) { /* keep the table sparse; beyond, ask each time */
                s->from = c;
                s->to = to;
                h->used++;
            }
            return to;
        }
        i = (i + 1) & mask;
    }
}

int zd_hans_fold(zd_hans *h, const char *t, size_t n, zd_buf *out)
{
    /* a cheap first pass: any character that changes? */
    size_t i = 0, first = (size_t)-1;
    while (i < n) {
        unsigned char b = (unsigned char)t[i];
        if (b < 0xE3 || b > 0xE9) { /* not in U+3400..U+9FFF */
            i++;
            continue;
        }
        size_t k = i;
        int32_t c = zd_utf8_decode(t, n, &i);
        if (c >= 0x3400 && map(h, (uint32_t)c) != (uint32_t)c) {
            first = k;
            break;
        }
    }
    if (first == (size_t)-1) return 0;
    zd_buf_reset(out);
    zd_buf_add(out, t, first);
    i = first;
    while (i < n) {
        size_t k = i;
        int32_t c = zd_utf8_decode(t, n, &i);
        if (c < 0x3400) {
            zd_buf_add(out, t + k, i - k);
            continue;
        }
        uint32_t to = map(h, (uint32_t)c);
        if (to == (uint32_t)c)
            zd_buf_add(out, t + k, i - k);
        else
            zd_buf_add_utf8(out, to);
    }
    return 1;
}
