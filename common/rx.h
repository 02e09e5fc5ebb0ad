/*
 * rx.h: PCRE2 in one place: JIT compilation, and the limits every match
 * runs under, so that no text can make a pattern backtrack without bound.
 *
 * ZHDEALS_NO_JIT=1 in the environment keeps patterns interpreted: memcheck
 * cannot follow JIT code (it reports uninitialised reads inside it unless
 * PCRE2 itself was built for valgrind), so `make valgrind` runs without it.
 * Results are the same.
 *
 * Limits (common/rx.c): every match goes through zd_rx_match() or
 * zd_rx_jit_match(), which pass a match context with
 *   ZD_RX_MATCH_LIMIT  backtracking steps of one match attempt
 *                      (pcre2_set_match_limit; PCRE2's default is 10^7),
 *   ZD_RX_DEPTH_LIMIT  nested backtracking points (pcre2_set_depth_limit;
 *                      the interpreter only, JIT has its own stack),
 *   ZD_RX_HEAP_LIMIT   KiB of backtracking memory (pcre2_set_heap_limit).
 * (ZHDEALS_RX_MATCH_LIMIT=N in the environment sets another match limit:
 * tests lower it to see a limit hit reported without a page built to
 * backtrack, which the recognizers' patterns, bounded by design, resist.)
 * An attempt that hits one fails like no match; the recognizers then skip
 * that spot. The hits are counted per thread, and so is a time budget per
 * page (zd_rx_budget): once it is spent, every match fails at once, so a
 * page's recognizers end quickly. The stage that owns the page reads both
 * with zd_rx_report() and says so on stderr.
 *
 * Ownership: the match context is created once and lives until exit;
 * nothing else is allocated here.
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

#define ZD_RX_MATCH_LIMIT 1000000u
#define ZD_RX_DEPTH_LIMIT 10000u
#define ZD_RX_HEAP_LIMIT  (64u * 1024) /* KiB */

/* pcre2_match() / pcre2_jit_match() under the limits above (and the time
 * budget); same arguments and results, minus the match context. */
int zd_rx_match(const pcre2_code *re, PCRE2_SPTR subject, PCRE2_SIZE length, PCRE2_SIZE start,
                uint32_t options, pcre2_match_data *md);
int zd_rx_jit_match(const pcre2_code *re, PCRE2_SPTR subject, PCRE2_SIZE length, PCRE2_SIZE start,
                    uint32_t options, pcre2_match_data *md);

/* Start counting for one page in this thread: limit hits to zero, and a
 * time budget of seconds from now (0: none). */
void zd_rx_budget(double seconds);

/* 1 when this thread's page budget is spent (it then stays spent until
 * the next zd_rx_budget): for loops of the recognizers that do not match
 * a pattern each step. at: where in the text the loop is (for the report). */
int zd_rx_expired(const char *at);

typedef struct {
    size_t hits;    /* match attempts stopped by a limit */
    size_t hit_at;  /* where the first was tried: byte offset into text, or (size_t)-1 */
    int timed_out;  /* the time budget ran out */
    size_t late_at; /* where the first match refused for time was: offset or (size_t)-1 */
} zd_rx_stats;

/* What happened since zd_rx_budget() in this thread; offsets are into
 * text[0..n) when the match's subject was inside it. Ends the budget. */
void zd_rx_report(const char *text, size_t n, zd_rx_stats *st);

#endif
