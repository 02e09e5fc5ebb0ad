/*
 * mkwarc.c: writes a large WARC from a few directories of pages, for the
 * benchmark (`make bench`) and for measuring memory over input size. Every
 * regular file of the directories (in name order) becomes one WARC/1.1
 * response record, built by fetch's own writer (the records `zhdeals fetch`
 * writes for file:// pages: synthesized HTTP head, digests, and one gzip
 * member per record when OUT ends in .gz); the set is repeated, each round
 * under its own URLs, until the records reach MIN_MB megabytes (10^6 bytes,
 * counted uncompressed; the last round stops there).
 *
 * Usage: mkwarc OUT MIN_MB DIR...   Prints "records N, pages_bytes B,
 * warc_bytes W" on stdout. The output is generated, never committed.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "fetch/fetch.h"
#include "fetch/fetch_int.h"

typedef struct {
    char *name; /* file name, for the URL */
    zd_buf body;
} page;

static int by_name(const void *a, const void *b)
{
    return strcmp(((const page *)a)->name, ((const page *)b)->name);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: mkwarc OUT MIN_MB DIR...\n");
        return 2;
    }
    double min_bytes = atof(argv[2]) * 1e6;
    page *pages = NULL;
    size_t n = 0;
    for (int a = 3; a < argc; a++) {
        DIR *d = opendir(argv[a]);
        if (!d) {
            perror(argv[a]);
            return 2;
        }
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (e->d_name[0] == '.') continue;
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[a], e->d_name);
            pages = zd_xrealloc(pages, (n + 1) * sizeof *pages);
            pages[n].name = zd_xstrdup(e->d_name);
            zd_buf_init(&pages[n].body);
            if (zd_read_file(path, 64u << 20, &pages[n].body) < 0) {
                perror(path);
                return 2;
            }
            n++;
        }
        closedir(d);
    }
    if (n == 0) {
        fprintf(stderr, "mkwarc: no pages\n");
        return 2;
    }
    qsort(pages, n, sizeof *pages, by_name);
    zd_warc_writer *w = zd_warc_writer_open(argv[1]);
    if (!w) {
        perror(argv[1]);
        return 2;
    }
    zd_buf head = ZD_BUF_INIT, rec = ZD_BUF_INIT;
    double warc_bytes = 0, page_bytes = 0;
    long records = 0;
    for (int round = 0; warc_bytes < min_bytes; round++) {
        for (size_t i = 0; i < n && warc_bytes < min_bytes; i++) {
            char url[4200], id[48];
            snprintf(url, sizeof url, "http://bench.example/r%d/%s", round, pages[i].name);
            zd_warc_record_id(url, id);
            zd_warc_meta m = {url, "2026-03-01T00:00:00Z", id, NULL};
            zd_buf_reset(&head);
            zd_buf_reset(&rec);
            zd_warc_file_head(&head, url, pages[i].body.len);
            zd_warc_response(&rec, &m, head.p, head.len, pages[i].body.p, pages[i].body.len);
            if (zd_warc_writer_sink(w, url, rec.p, rec.len) < 0) return 1;
            warc_bytes += (double)rec.len;
            page_bytes += (double)pages[i].body.len;
            records++;
        }
    }
    if (zd_warc_writer_close(w) < 0) return 1;
    printf("records %ld, pages_bytes %.0f, warc_bytes %.0f\n", records, page_bytes, warc_bytes);
    zd_buf_free(&head);
    zd_buf_free(&rec);
    for (size_t i = 0; i < n; i++) {
        free(pages[i].name);
        zd_buf_free(&pages[i].body);
    }
    free(pages);
    return 0;
}
