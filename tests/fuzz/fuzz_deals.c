/*
 * fuzz_deals.c: libFuzzer harness for deal assembly (normalize/deals.c)
 * over arbitrary text. fuzz_normalize feeds normalize JSON lines, and most
 * mutations of a JSON line are not a document, so deals.c rarely sees
 * varied text that way; here the input is the text of a document. It is
 * made valid UTF-8 (bad bytes become '?'), the recognizers of extract run
 * over it (money, dates, organizations on the Simplified fold, as
 * extract.c does), the document line extract would write is built, and
 * normalize reads it with every output: JSONL deals and mentions, CSV
 * deals, TSV mentions. normalize must accept every document extract
 * writes (the stage contract), so a rejected line is a failure too.
 * `make test` replays tests/fuzz/seeds/deals/ (sentences cut from
 * corpus/pages) and any tests/fuzz/crashes/fuzz_deals-*.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/doc.h"
#include "common/util.h"
#include "extract/date_rx.h"
#include "extract/money_rx.h"
#include "normalize/hans.h"
#include "normalize/normalize.h"
#include "normalize/orgs.h"

static zd_orgs *orgs;
static zd_hans *hans;
static zd_money_rx *money;
static zd_date_rx *dates;
static zd_normalize *z[3];
static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void init(void)
{
    char *err = NULL;
    zd_msg_quiet(1);
    orgs = zd_orgs_new(&err);
    hans = zd_hans_new();
    money = zd_money_rx_new();
    dates = zd_date_rx_new();
    devnull = fopen("/dev/null", "w");
    if (!orgs || !hans || !money || !dates || !devnull) abort();
    static const int emit[3] = {ZD_EMIT_ALL, ZD_EMIT_DEALS, ZD_EMIT_MENTIONS};
    for (int i = 0; i < 3; i++) {
        zd_normalize_opts o;
        zd_normalize_opts_init(&o);
        o.emit = emit[i];
        o.format = (zd_format)i; /* JSONL, CSV, TSV */
        z[i] = zd_normalize_new(&o, orgs, devnull, &err);
        if (!z[i]) abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!orgs) init();
    zd_doc d;
    zd_doc_init(&d);
    char *t = zd_xmalloc(size + 1);
    size_t n = 0, i = 0;
    while (i < size) {
        size_t j = i;
        int32_t c = zd_utf8_decode((const char *)data, size, &j);
        if (c <= 0) {
            t[n++] = '?';
            i++;
            continue;
        }
        memcpy(t + n, data + i, j - i);
        n += j - i;
        i = j;
    }
    t[n] = 0;
    d.text = t;
    d.text_len = n;
    d.url = zd_xstrdup("https://example.com/fuzz");
    d.published = zd_xstrdup(size && data[0] & 1 ? "2026-03-01T09:30:00+08:00" : "2026-03-01");
    zd_money_find(money, t, n, &d.mentions);
    zd_date_find(dates, t, n, &d.mentions);
    zd_buf fold = ZD_BUF_INIT;
    if (zd_hans_fold(hans, t, n, &fold))
        zd_orgs_find(orgs, fold.p, n, &d.mentions);
    else
        zd_orgs_find(orgs, t, n, &d.mentions);
    zd_buf_free(&fold);
    zd_mentions_sort(&d.mentions);
    zd_buf line = ZD_BUF_INIT;
    zd_doc_to_json(&d, &line);
    zd_doc_clear(&d);
    for (int k = 0; k < 3; k++)
        if (zd_normalize_line(z[k], "fuzz", 1, line.p, line.len - 1) != 0)
            abort(); /* normalize refused a document extract wrote */
    zd_buf_free(&line);
    return 0;
}
