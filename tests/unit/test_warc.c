/* test_warc.c: the WARC reader on records written here: plain and gzip
 * members, chunked and gzip HTTP bodies, and the bad records that must be
 * reported without losing the good ones after them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "extract/warc_read.h"

static char *record(const char *type, const char *uri, const char *block)
{
    return zd_xasprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
                        "WARC-Date: 2026-03-02T01:00:00Z\r\nContent-Length: %zu\r\n\r\n%s\r\n\r\n",
                        type, uri, strlen(block), block);
}

static const char *http_ok =
    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\n\r\n<p>正文</p>";

static void parse_response(void **state)
{
    (void)state;
    char *r = record("response", "https://a.cn/1", http_ok);
    zd_warc_record w;
    zd_warc_record_init(&w);
    char *err = NULL;
    assert_int_equal(zd_warc_parse(r, strlen(r), 1 << 20, &w, &err), 0);
    assert_string_equal(w.type, "response");
    assert_string_equal(w.target_uri, "https://a.cn/1");
    assert_int_equal(w.http_status, 200);
    assert_string_equal(w.content_type, "text/html; charset=gbk");
    assert_int_equal(w.body.len, strlen("<p>正文</p>"));
    zd_warc_record_clear(&w);
    free(r);
}

static void chunked_body(void **state)
{
    (void)state;
    char *r = record(
        "response", "u",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n3\r\nefg\r\n0\r\n\r\n");
    zd_warc_record w;
    zd_warc_record_init(&w);
    char *err = NULL;
    assert_int_equal(zd_warc_parse(r, strlen(r), 1 << 20, &w, &err), 0);
    assert_int_equal(w.body.len, 7);
    assert_memory_equal(w.body.p, "abcdefg", 7);
    zd_warc_record_clear(&w);
    free(r);
}

static void body_limit(void **state)
{
    (void)state;
    char *r = record("response", "u", http_ok);
    zd_warc_record w;
    zd_warc_record_init(&w);
    char *err = NULL;
    assert_int_equal(zd_warc_parse(r, strlen(r), 4, &w, &err), -1);
    assert_non_null(strstr(err, "larger"));
    free(err);
    zd_warc_record_clear(&w);
    free(r);
}

static char *write_tmp(const char *data, size_t n, int gz)
{
    char *path = zd_xstrdup("/tmp/zd-test-warc-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    if (gz) {
        /* one gzip member per record, as .warc.gz files are */
        FILE *f = fopen(path, "wb");
        const char *p = data;
        while (p < data + n) {
            const char *next = strstr(p + 1, "WARC/1.1\r\n");
            size_t len = next ? (size_t)(next - p) : (size_t)(data + n - p);
            gzFile g = gzdopen(dup(fileno(f)), "ab");
            gzwrite(g, p, (unsigned)len);
            gzclose(g);
            fseek(f, 0, SEEK_END);
            p += len;
        }
        fclose(f);
    } else {
        FILE *f = fopen(path, "wb");
        fwrite(data, 1, n, f);
        fclose(f);
    }
    return path;
}

static void stream(int gz)
{
    char *a = record("warcinfo", "", "software: test");
    char *b = record("response", "https://a.cn/1", http_ok);
    char *c = record("response", "https://a.cn/2", http_ok);
    /* a record whose Content-Length promises more than is there, then a good one */
    char *bad = zd_xasprintf(
        "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n");
    zd_buf all = ZD_BUF_INIT;
    zd_buf_adds(&all, a);
    zd_buf_adds(&all, b);
    zd_buf_adds(&all, bad);
    zd_buf_adds(&all, c);
    char *path = write_tmp(all.p, all.len, gz);
    char *err = NULL;
    zd_warc_reader *w = zd_warc_open(path, 1 << 20, &err);
    assert_non_null(w);
    assert_true(zd_warc_is_warc(w));
    zd_buf raw = ZD_BUF_INIT;
    long recno = 0;
    int good = 0, bads = 0, got;
    while ((got = zd_warc_next_raw(w, &raw, &recno, &err)) != 0) {
        if (got < 0) {
            bads++;
            free(err);
            continue;
        }
        good++;
    }
    /* the truncated record swallows nothing after it: resync finds record 4 */
    assert_int_equal(bads, 1);
    assert_int_equal(good, 3);
    zd_warc_close(w);
    unlink(path);
    free(path);
    free(a), free(b), free(c), free(bad);
    zd_buf_free(&all);
    zd_buf_free(&raw);
}

static void stream_plain(void **state)
{
    (void)state;
    stream(0);
}

static void stream_gzip(void **state)
{
    (void)state;
    stream(1);
}

static void not_warc(void **state)
{
    (void)state;
    char *path = write_tmp("<html><p>hi</p></html>", 22, 0);
    char *err = NULL;
    zd_warc_reader *w = zd_warc_open(path, 1 << 20, &err);
    assert_false(zd_warc_is_warc(w));
    zd_buf b = ZD_BUF_INIT;
    assert_int_equal(zd_warc_read_all(w, 1 << 20, &b, &err), 0);
    assert_int_equal(b.len, 22);
    zd_warc_close(w);
    zd_buf_reset(&b);
    w = zd_warc_open(path, 1 << 20, &err);
    assert_int_equal(zd_warc_read_all(w, 10, &b, &err), -1); /* over the page limit */
    free(err);
    zd_warc_close(w);
    zd_buf_free(&b);
    unlink(path);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parse_response), cmocka_unit_test(chunked_body),
        cmocka_unit_test(body_limit),     cmocka_unit_test(stream_plain),
        cmocka_unit_test(stream_gzip),    cmocka_unit_test(not_warc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
