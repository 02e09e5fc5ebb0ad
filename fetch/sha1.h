/*
 * sha1.h: SHA-1 (FIPS 180-4) and RFC 4648 base32, for the WARC digest
 * headers (WARC-Payload-Digest / WARC-Block-Digest are "sha1:" + base32, as
 * wget, Heritrix and Common Crawl write them) and for deterministic record
 * IDs. Written here so fetch needs no crypto library; SHA-1 is used only as
 * a checksum, never for security.
 *
 * Ownership: no allocation; everything works on caller-provided memory.
 */
#ifndef ZD_SHA1_H
#define ZD_SHA1_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t h[5];
    uint64_t len; /* bytes hashed so far */
    unsigned char buf[64];
    size_t fill;
} zd_sha1_ctx;

void zd_sha1_init(zd_sha1_ctx *c);
void zd_sha1_update(zd_sha1_ctx *c, const void *p, size_t n);
void zd_sha1_final(zd_sha1_ctx *c, unsigned char out[20]);
/* One-shot convenience. */
void zd_sha1(const void *p, size_t n, unsigned char out[20]);

/* RFC 4648 base32 (A-Z2-7) of 20 bytes: 32 characters + NUL, no padding
 * needed. out must hold 33 bytes. */
void zd_base32_sha1(const unsigned char in[20], char out[33]);

#endif
