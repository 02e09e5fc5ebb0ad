/*
 * util.h: the few things every stage needs: allocation that aborts on
 * out-of-memory (the only error zhdeals does not return as a value), a
 * growable byte buffer, and the one function through which every message to
 * stderr goes, so that all diagnostics share one format:
 *
 *     zhdeals: STAGE: INPUT:RECORD: reason
 *
 * Ownership: zd_x* functions return memory the caller frees with free().
 * A zd_buf owns its bytes; zd_buf_free() releases them, zd_buf_take() hands
 * them to the caller (who then frees them with free()).
 */
#ifndef ZD_UTIL_H
#define ZD_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define ZD_VERSION "0.1.0"

/* Exit statuses (the contract): 0 all inputs processed, 1 some inputs
 * failed, 2 usage or setup error. */
enum { ZD_EXIT_OK = 0, ZD_EXIT_PARTIAL = 1, ZD_EXIT_USAGE = 2 };

/* Abort with a message; used only when memory runs out. */
void zd_oom(void) __attribute__((noreturn));

/* Allocation wrappers: never return NULL. Caller frees with free(). */
void *zd_xmalloc(size_t n);
void *zd_xcalloc(size_t n, size_t size);
void *zd_xrealloc(void *p, size_t n);
char *zd_xstrdup(const char *s);
char *zd_xstrndup(const char *s, size_t n);
/* printf into a new string; caller frees. */
char *zd_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Growable byte buffer, always NUL-terminated after zd_buf_add*(). */
typedef struct {
    char *p;
    size_t len;
    size_t cap;
} zd_buf;

#define ZD_BUF_INIT                                                                                \
    {                                                                                              \
        NULL, 0, 0                                                                                 \
    }
void zd_buf_init(zd_buf *b);
void zd_buf_free(zd_buf *b);  /* releases the bytes; b is empty again */
void zd_buf_reset(zd_buf *b); /* len = 0, keeps the allocation */
void zd_buf_reserve(zd_buf *b, size_t extra);
void zd_buf_add(zd_buf *b, const void *p, size_t n);
void zd_buf_adds(zd_buf *b, const char *s);
void zd_buf_addc(zd_buf *b, char c);
void zd_buf_printf(zd_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *zd_buf_take(zd_buf *b); /* caller frees the returned string; b is empty */

/*
 * The one error function. Writes "zhdeals: STAGE: message\n" to stderr.
 * stage may be NULL (then "zhdeals: message"). Records never go to stderr
 * and messages never go to stdout.
 */
void zd_msg(const char *stage, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void zd_vmsg(const char *stage, const char *fmt, va_list ap);
/* Silence messages (for tests and fuzzers): quiet != 0 drops them. */
void zd_msg_quiet(int quiet);
/* Hold the calling thread's messages: from now on they are appended to *to
 * (whole lines, with their '\n') instead of written to stderr, until
 * zd_msg_capture(NULL). The caller owns *to and writes it out (extract
 * --jobs keeps each record's messages with it, to print them in input order). */
void zd_msg_capture(zd_buf *to);

/* Read a whole file (or stdin for "-") into *out, at most max bytes.
 * Returns 0, or -1 with errno set (EFBIG when larger than max). */
int zd_read_file(const char *path, size_t max, zd_buf *out);

/* UTF-8 helpers. zd_utf8_valid: 1 when s[0..n) is well-formed UTF-8
 * (no surrogates, no overlongs). zd_utf8_decode: decode one code point at
 * s[*i], advance *i; returns -1 (and advances by one) on a bad sequence. */
int zd_utf8_valid(const char *s, size_t n);
int32_t zd_utf8_decode(const char *s, size_t n, size_t *i);
/* Append code point c as UTF-8. */
void zd_buf_add_utf8(zd_buf *b, uint32_t c);

#endif
