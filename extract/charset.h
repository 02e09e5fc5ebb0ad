/*
 * charset.h: bytes of a page in any charset to UTF-8, trusting the bytes
 * over the label. Order: BOM; a strict UTF-8 check; the HTTP Content-Type
 * charset (from WARC); <meta charset> / http-equiv anywhere in <head>;
 * ICU detection as the last resort. GB2312/GBK labels are read as GB18030;
 * Big5 as Big5-HKSCS where ICU has it.
 *
 * Converters are opened once per context and reused per record.
 * Ownership: zd_charset_new() returns a context freed by zd_charset_free().
 */
#ifndef ZD_CHARSET_H
#define ZD_CHARSET_H

#include <stddef.h>

#include "../common/util.h"

typedef struct zd_charset zd_charset;

zd_charset *zd_charset_new(void);
void zd_charset_free(zd_charset *cs);

/* Decode bytes[0..n) to UTF-8, appended to out (which the caller owns).
 * content_type: the HTTP Content-Type header value or NULL. is_html: look
 * for <meta> declarations. *charset_out receives the canonical lower-case
 * name used ("utf-8", "gb18030", "big5", ...), a static string.
 * Returns 0, or -1 with *err (caller frees) when the bytes cannot be text
 * (binary data: NUL bytes, too many undecodable bytes). Invalid sequences
 * in otherwise good text become U+FFFD. */
int zd_charset_decode(zd_charset *cs, const char *bytes, size_t n, const char *content_type,
                      int is_html, zd_buf *out, const char **charset_out, char **err);

/* The same decision and the same UTF-8 as zd_charset_decode, as a stream,
 * so that a page is never held both raw and decoded: zd_charset_begin()
 * decides and checks (0, or -1 with *err, caller frees, as above; nothing
 * is read then), zd_charset_read() writes the next bytes into out (whole
 * characters, at most cap >= 4 bytes) and returns how many, 0 at the end.
 * The caller keeps bytes[0..n) unchanged until zd_charset_end(). One stream
 * per context at a time; the context owns everything it allocates. */
int zd_charset_begin(zd_charset *cs, const char *bytes, size_t n, const char *content_type,
                     int is_html, const char **charset_out, char **err);
size_t zd_charset_read(zd_charset *cs, char *out, size_t cap);
void zd_charset_end(zd_charset *cs);

#endif
