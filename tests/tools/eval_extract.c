/*
 * eval_extract.c: the driver behind `make eval-extract`. Runs charset
 * detection and HTML extraction (zd_charset_decode + zd_html_extract, the
 * two steps extract.c chains) over HTML files and writes one JSON line per
 * page: file, bytes, charset, title, published, text, and the time the two
 * steps took. Only extraction is timed; scoring is done afterwards on the
 * JSONL (eval_extract.sh), so the figures measure the extractor alone.
 *
 * Usage: eval_extract [-r REPEAT] [-b BASE_DATE] FILE...   (JSONL on stdout,
 * a summary line "pages N bytes B seconds S" on stderr). REPEAT runs every
 * page that many times and reports the best time, for steadier speed figures.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/util.h"
#include "extract/charset.h"
#include "extract/html.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    int repeat = 1, i = 1;
    const char *base = NULL;
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "-r") && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-b") && i + 1 < argc)
            base = argv[++i];
        else
            break;
    }
    if (repeat < 1) repeat = 1;
    zd_charset *cs = zd_charset_new();
    zd_html *h = zd_html_new();
    double total = 0;
    size_t bytes = 0, pages = 0;
    int rc = 0;
    for (; i < argc; i++) {
        zd_buf in = ZD_BUF_INIT;
        if (zd_read_file(argv[i], 64u << 20, &in) != 0) {
            zd_msg("eval_extract", "%s: cannot read", argv[i]);
            rc = 1;
            continue;
        }
        double best = 1e9;
        zd_article a = {0};
        const char *cname = NULL;
        char *err = NULL;
        int ok = 0;
        for (int r = 0; r < repeat; r++) {
            zd_article_clear(&a);
            free(err);
            err = NULL;
            zd_buf u = ZD_BUF_INIT;
            double t0 = now();
            ok = zd_charset_decode(cs, in.p, in.len, NULL, 1, &u, &cname, &err) == 0 &&
                 zd_html_extract(h, u.p, u.len, base, &a, &err) == 0;
            double t = now() - t0;
            zd_buf_free(&u);
            if (t < best) best = t;
        }
        total += best;
        bytes += in.len;
        pages++;
        json_t *o = json_object();
        json_object_set_new(o, "file", json_string(argv[i]));
        json_object_set_new(o, "bytes", json_integer((json_int_t)in.len));
        json_object_set_new(o, "ms", json_real(best * 1000));
        if (ok) {
            json_object_set_new(o, "charset", json_string(cname));
            json_object_set_new(o, "title", a.title ? json_string(a.title) : json_null());
            json_object_set_new(o, "published",
                                a.published ? json_string(a.published) : json_null());
            json_object_set_new(o, "text", json_string(a.text ? a.text : ""));
        } else {
            json_object_set_new(o, "error", json_string(err ? err : "failed"));
        }
        char *line = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII * 0);
        if (line) {
            puts(line);
            free(line);
        } else {
            printf("{\"file\": \"%s\", \"error\": \"json\"}\n", argv[i]);
        }
        json_decref(o);
        zd_article_clear(&a);
        free(err);
        zd_buf_free(&in);
    }
    fprintf(stderr, "pages %zu bytes %zu seconds %.6f\n", pages, bytes, total);
    zd_html_free(h);
    zd_charset_free(cs);
    return rc;
}
