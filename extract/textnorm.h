/*
 * textnorm.h: NFKC normalization of extracted text (full-width digits,
 * Latin letters and punctuation become ASCII: １２亿 -> 12亿, ， -> ,), done
 * before the recognizers run so that the document's mention offsets are
 * offsets into the normalized text the document carries.
 *
 * Ownership: zd_textnorm_new() opens ICU's normalizer once and keeps work
 * buffers; free with zd_textnorm_free(). Output goes to a caller-owned buf.
 */
#ifndef ZD_TEXTNORM_H
#define ZD_TEXTNORM_H

#include <stddef.h>

#include "../common/util.h"

typedef struct zd_textnorm zd_textnorm;

zd_textnorm *zd_textnorm_new(void); /* NULL if ICU has no NFKC data */
void zd_textnorm_free(zd_textnorm *t);

/* Append NFKC(in[0..n)) to out (in must be valid UTF-8). */
void zd_textnorm_apply(zd_textnorm *t, const char *in, size_t n, zd_buf *out);

#endif
