/*
 * textnorm.c: NFKC through ICU's normalizer2 (opened once), with UTF-16
 * work buffers kept in the context so a record costs no allocation once the
 * buffers have grown to the largest page seen.
 */
#include "textnorm.h"

#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

struct zd_textnorm {
    const UNormalizer2 *nfkc;
    UChar *a, *b;
    int32_t acap, bcap;
};

zd_textnorm *zd_textnorm_new(void)
{
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&st);
    if (U_FAILURE(st)) return NULL;
    zd_textnorm *t = zd_xcalloc(1, sizeof *t);
    t->nfkc = n;
    return t;
}

void zd_textnorm_free(zd_textnorm *t)
{
    if (!t) return;
    free(t->a);
    free(t->b);
    free(t);
}

static void grow(UChar **p, int32_t *cap, int32_t need)
{
    if (need <= *cap) return;
    *cap = need + need / 4 + 64;
    *p = zd_xrealloc(*p, (size_t)*cap * sizeof(UChar));
}

void zd_textnorm_apply(zd_textnorm *t, const char *in, size_t n, zd_buf *out)
{
    if (n == 0) {
        zd_buf_add(out, "", 0);
        return;
    }
    if (n > INT32_MAX / 4) { /* larger than any page limit allows: keep as is */
        zd_buf_add(out, in, n);
        return;
    }
    UErrorCode st = U_ZERO_ERROR;
    int32_t ulen = 0;
    grow(&t->a, &t->acap, (int32_t)n + 1);
    u_strFromUTF8WithSub(t->a, t->acap, &ulen, in, (int32_t)n, 0xFFFD, NULL, &st);
    if (U_FAILURE(st)) {
        zd_buf_add(out, in, n);
        return;
    }
    /* NFKC can expand (e.g. ㍻ -> 平成); retry once with the size ICU asks for */
    grow(&t->b, &t->bcap, ulen * 2 + 16);
    st = U_ZERO_ERROR;
    int32_t blen = unorm2_normalize(t->nfkc, t->a, ulen, t->b, t->bcap, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) {
        grow(&t->b, &t->bcap, blen + 1);
        st = U_ZERO_ERROR;
        blen = unorm2_normalize(t->nfkc, t->a, ulen, t->b, t->bcap, &st);
    }
    if (U_FAILURE(st)) {
        zd_buf_add(out, in, n);
        return;
    }
    int32_t need = 0;
    st = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &need, t->b, blen, &st);
    zd_buf_reserve(out, (size_t)need + 1);
    st = U_ZERO_ERROR;
    u_strToUTF8(out->p + out->len, need + 1, &need, t->b, blen, &st);
    out->len += (size_t)need;
    out->p[out->len] = '\0';
}
