/*
 * hans.h: fold Traditional Chinese text to Simplified, character for
 * character, so that one set of deal words and gazetteer aliases reads
 * 融資/領投/輝達 as 融资/领投/辉达. Each character maps to one character of
 * the same UTF-8 length, so byte offsets into the folded text are offsets
 * into the original: mentions found on the fold point at the original.
 *
 * The mapping comes from ICU's "Hant-Hans" transliterator, opened once and
 * asked once per distinct character (then cached).
 *
 * Ownership: zd_hans_new() returns a context freed by zd_hans_free().
 */
#ifndef ZD_HANS_H
#define ZD_HANS_H

#include <stddef.h>

#include "../common/util.h"

typedef struct zd_hans zd_hans;

zd_hans *zd_hans_new(void); /* NULL when ICU lacks the transliterator */
void zd_hans_free(zd_hans *h);

/* When t[0..n) holds Traditional characters, write its fold to out (reset
 * first; out->len == n) and return 1; otherwise return 0 and leave out
 * alone, so callers use the original text. */
int zd_hans_fold(zd_hans *h, const char *t, size_t n, zd_buf *out);

#endif
