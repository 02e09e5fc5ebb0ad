/*
 * rx.h: PCRE2 JIT compilation in one place. ZHDEALS_NO_JIT=1 in the
 * environment keeps patterns interpreted: memcheck cannot follow JIT code
 * (it reports uninitialised reads inside it unless PCRE2 itself was built
 * for valgrind), so `make valgrind` runs without it. Results are the same.
 *
 * Ownership: nothing allocated here.
 */
#ifndef ZD_RX_H
#define ZD_RX_H

#include <stdint.h>
#include <stdlib.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

/* pcre2_jit_compile(), unless JIT is switched off; returns its result, or
 * PCRE2_ERROR_JIT_BADOPTION when off (callers then use pcre2_match). */
static inline int zd_jit_compile(pcre2_code *re, uint32_t options)
{
    static int off = -1;
    if (off < 0) off = getenv("ZHDEALS_NO_JIT") != NULL;
    return off ? PCRE2_ERROR_JIT_BADOPTION : pcre2_jit_compile(re, options);
}

#endif
