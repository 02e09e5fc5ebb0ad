/*
 * test_fetch.c: unit tests of the fetch stage's parts that need no network:
 * SHA-1 and base32 (the WARC digests), URL-list parsing and relative
 * resolution, the WARC record and its rewritten HTTP head, record IDs and
 * dates, the gzip-per-record writer, the --log lines and reading them back
 * for --resume, robots.txt rules, and zd_fetch_run itself over file://
 * lists (order, accounting, exit statuses, --max-bytes, --resume).
 * HTTP behaviour (retries, timeouts, gzip, redirects) is tested end to end
 * in tests/sh/test_fetch.sh against a loopback server.
 */
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

#include "common/util.h"
#include "fetch/fetch.h"
#include "fetch/fetch_int.h"
#include "fetch/sha1.h"

/* ---- helpers ------------------------------------------------------------ */

static char tmpdir[] = "/tmp/zd_test_fetch_XXXXXX";

static int setup_dir(void **state)
{
    (void)state;
    zd_msg_quiet(1);
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown_dir(void **state)
{
    (void)state;
    char *cmd = zd_xasprintf("rm -rf '%s'", tmpdir);
    int rc = system(cmd);
    free(cmd);
    return rc == 0 ? 0 : -1;
}

static char *path_in(const char *name)
{
    return zd_xasprintf("%s/%s", tmpdir, name);
}

static void write_file(const char *path, const char *s, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(s, 1, n, f), n);
    fclose(f);
}

static char *read_all(const char *path, size_t *len)
{
    zd_buf b = ZD_BUF_INIT;
    assert_int_equal(zd_read_file(path, 1 << 26, &b), 0);
    *len = b.len;
    return zd_buf_take(&b);
}

static void hex(const unsigned char *d, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        sprintf(out + 2 * i, "%02x", d[i]);
}

/* ---- SHA-1 and base32 --------------------------------------------------- */

static void test_sha1_vectors(void **state)
{
    (void)state;
    unsigned char d[20];
    char h[41];
    zd_sha1("abc", 3, d);
    hex(d, 20, h);
    assert_string_equal(h, "a9993e364706816aba3e25717850c26c9cd0d89d");
    zd_sha1("", 0, d);
    hex(d, 20, h);
    assert_string_equal(h, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    const char *s = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    zd_sha1(s, strlen(s), d);
    hex(d, 20, h);
    assert_string_equal(h, "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    /* a million 'a', fed in odd-sized pieces to exercise buffering */
    zd_sha1_ctx c;
    zd_sha1_init(&c);
    char a[997];
    memset(a, 'a', sizeof a);
    size_t left = 1000000;
    while (left) {
        size_t k = left < sizeof a ? left : sizeof a;
        zd_sha1_update(&c, a, k);
        left -= k;
    }
    zd_sha1_final(&c, d);
    hex(d, 20, h);
    assert_string_equal(h, "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

static void test_base32(void **state)
{
    (void)state;
    unsigned char d[20];
    char b[33];
    zd_sha1("", 0, d);
    zd_base32_sha1(d, b);
    assert_string_equal(b, "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
    zd_sha1("abc", 3, d);
    zd_base32_sha1(d, b);
    assert_string_equal(b, "VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
}

/* ---- URL lists ---------------------------------------------------------- */

static zd_urllist *list_from(const char *text, const char *base)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(f);
    return zd_urllist_fopen(f, 1, "list.txt", base);
}

static void test_urllist_lines(void **state)
{
    (void)state;
    const char *text = "\xEF\xBB\xBF# a comment\r\n"
                       "\r\n"
                       "http://example.com/a\r\n"
                       "   \t  \n"
                       "  https://example.com/b  \n"
                       "#http://example.com/skipped\n"
                       "pages/001-x.html\n"
                       "ftp://example.com/f\n"
                       "http://exa mple.com/\n"
                       "mailto:someone@example.com\n"
                       "http://127.0.0.1:99999/\n"
                       "http://last.example.com/no-newline";
    zd_urllist *l = list_from(text, "file:///work/corpus/urls.txt");
    assert_string_equal(zd_urllist_name(l), "list.txt");
    struct {
        long line;
        const char *url; /* NULL: bad */
        const char *text;
    } want[] = {
        {3, "http://example.com/a", "http://example.com/a"},
        {5, "https://example.com/b", "https://example.com/b"},
        {7, "file:///work/corpus/pages/001-x.html", "pages/001-x.html"},
        {8, NULL, "ftp://example.com/f"},
        {9, NULL, "http://exa mple.com/"},
        {10, NULL, "mailto:someone@example.com"},
        {11, NULL, "http://127.0.0.1:99999/"},
        {12, "http://last.example.com/no-newline", "http://last.example.com/no-newline"},
    };
    zd_urlentry e;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        assert_int_equal(zd_urllist_next(l, &e), 1);
        assert_int_equal(e.line, want[i].line);
        assert_string_equal(e.text, want[i].text);
        if (want[i].url) {
            assert_non_null(e.url);
            assert_string_equal(e.url, want[i].url);
            assert_null(e.reason);
        } else {
            assert_null(e.url);
            assert_non_null(e.reason);
        }
        zd_urlentry_clear(&e);
    }
    assert_int_equal(zd_urllist_next(l, &e), 0);
    zd_urllist_close(l);
}

static void test_urllist_reasons(void **state)
{
    (void)state;
    zd_urlentry e;
    zd_urllist *l = list_from("ftp://x/y\nhttp://a\tb/\n", "file:///l.txt");
    assert_int_equal(zd_urllist_next(l, &e), 1);
    assert_non_null(strstr(e.reason, "unsupported URL scheme \"ftp\""));
    zd_urlentry_clear(&e);
    assert_int_equal(zd_urllist_next(l, &e), 1);
    assert_non_null(strstr(e.reason, "white space"));
    zd_urlentry_clear(&e);
    zd_urllist_close(l);

    /* a NUL byte and a control character: bad, and shown safely */
    static const char nul[] = "http://a/\0b\nhttp://a/\x01x\n";
    FILE *f = fmemopen((void *)nul, sizeof nul - 1, "r");
    l = zd_urllist_fopen(f, 1, "nul.txt", NULL);
    assert_int_equal(zd_urllist_next(l, &e), 1);
    assert_null(e.url);
    assert_non_null(strstr(e.reason, "NUL"));
    zd_urlentry_clear(&e);
    assert_int_equal(zd_urllist_next(l, &e), 1);
    assert_null(e.url);
    assert_string_equal(e.text, "http://a/?x");
    zd_urlentry_clear(&e);
    zd_urllist_close(l);
}

static void test_urllist_long_line(void **state)
{
    (void)state;
    size_t n = ZD_URLLIST_MAX_LINE + 100;
    char *text = zd_xmalloc(n + 40);
    memcpy(text, "http://h/", 9);
    memset(text + 9, 'a', n - 9);
    strcpy(text + n, "\nhttp://h/after\n");
    zd_urllist *l = list_from(text, NULL);
    zd_urlentry e;
    assert_int_equal(zd_urllist_next(l, &e), 1);
    assert_null(e.url);
    assert_non_null(strstr(e.reason, "longer than"));
    assert_true(strlen(e.text) < 300); /* cut for messages */
    zd_urlentry_clear(&e);
    assert_int_equal(zd_urllist_next(l, &e), 1);
    assert_int_equal(e.line, 2);
    assert_string_equal(e.url, "http://h/after");
    zd_urlentry_clear(&e);
    zd_urllist_close(l);
    free(text);
}

static void test_resolve(void **state)
{
    (void)state;
    const char *base = "file:///work/main/corpus/urls.txt";
    struct {
        const char *ref, *want;
    } t[] = {
        {"pages/001-x.html", "file:///work/main/corpus/pages/001-x.html"},
        {"./pages/a.html", "file:///work/main/corpus/pages/a.html"},
        {"../README.md", "file:///work/main/README.md"},
        {"/etc/hosts", "file:///etc/hosts"},
        {"file://localhost/etc/hosts", "file:///etc/hosts"},
        {"http://example.com", "http://example.com/"},
        {"HTTPS://example.com/a/../b?q=1", "https://example.com/b?q=1"},
        {"http://[::1]:8080/x", "http://[::1]:8080/x"},
        {"https://example.cn/\xe8\xb7\xaf", "https://example.cn/%e8%b7%af"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char *why = NULL;
        char *u = zd_url_resolve(base, t[i].ref, &why);
        if (!u) fail_msg("%s: %s", t[i].ref, why);
        assert_string_equal(u, t[i].want);
        assert_null(why);
        free(u);
    }
    const char *bad[] = {"javascript:alert(1)", "http://", "file://otherhost/x", "data:,x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *why = NULL;
        char *u = zd_url_resolve(base, bad[i], &why);
        if (u) fail_msg("%s resolved to %s", bad[i], u);
        assert_non_null(why);
        free(why);
    }
    /* without a base, a relative reference is not a URL */
    char *why = NULL;
    assert_null(zd_url_resolve(NULL, "pages/x.html", &why));
    assert_non_null(why);
    free(why);
}

static void test_file_url(void **state)
{
    (void)state;
    char *u = zd_file_url("/tmp/a b/\xc3\xbc%.txt");
    assert_string_equal(u, "file:///tmp/a%20b/%C3%BC%25.txt");
    free(u);
    char *cwd = getcwd(NULL, 0);
    u = zd_file_url("rel/x.txt");
    char *want = zd_xasprintf("file://%s/rel/x.txt", cwd);
    assert_string_equal(u, want);
    free(u);
    free(want);
    free(cwd);
}

/* ---- WARC records ------------------------------------------------------- */

static void test_http_head_rewrite(void **state)
{
    (void)state;
    const char *head = "HTTP/1.1 200 OK\r\n"
                       "Content-Type: text/html; charset=gbk\r\n"
                       "content-encoding: gzip\r\n"
                       "Transfer-Encoding: chunked\r\n"
                       "Content-Length: 1234\r\n"
                       "X-Folded: a\r\n"
                       " b\r\n"
                       "\r\n";
    zd_buf out = ZD_BUF_INIT;
    zd_warc_http_head(&out, head, strlen(head), 5000);
    assert_string_equal(out.p, "HTTP/1.1 200 OK\r\n"
                               "Content-Type: text/html; charset=gbk\r\n"
                               "X-Crawler-content-encoding: gzip\r\n"
                               "X-Crawler-Transfer-Encoding: chunked\r\n"
                               "X-Crawler-Content-Length: 1234\r\n"
                               "X-Folded: a\r\n"
                               " b\r\n"
                               "Content-Length: 5000\r\n"
                               "\r\n");
    /* a Content-Length that already matches is not kept twice; LF-only
     * lines become CRLF; HTTP/2 status lines are kept as they are */
    zd_buf_reset(&out);
    const char *h2 = "HTTP/2 200\nserver: x\ncontent-length: 3\n\n";
    zd_warc_http_head(&out, h2, strlen(h2), 3);
    assert_string_equal(out.p, "HTTP/2 200\r\nserver: x\r\nContent-Length: 3\r\n\r\n");
    /* no head at all */
    zd_buf_reset(&out);
    zd_warc_http_head(&out, "", 0, 0);
    assert_string_equal(out.p, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    zd_buf_free(&out);
}

static void test_file_head(void **state)
{
    (void)state;
    zd_buf out = ZD_BUF_INIT;
    zd_warc_file_head(&out, "file:///c/pages/001-x.HTML", 42);
    assert_string_equal(out.p,
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 42\r\n\r\n");
    zd_buf_reset(&out);
    zd_warc_file_head(&out, "file:///c/a.txt", 1);
    assert_string_equal(out.p,
                        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\n");
    zd_buf_reset(&out);
    zd_warc_file_head(&out, "file:///c/a.bin", 0);
    assert_string_equal(out.p, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    zd_buf_free(&out);
}

static void test_warc_response(void **state)
{
    (void)state;
    const char *head = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n";
    zd_warc_meta m = {"http://example.com/a b", "2026-01-01T00:00:00Z",
                      "<urn:uuid:00000000-0000-4000-8000-000000000000>", "127.0.0.1"};
    zd_buf out = ZD_BUF_INIT;
    zd_warc_response(&out, &m, head, strlen(head), "abc", 3);
    size_t blen = strlen(head) + 3;
    /* the block digest: compute independently */
    unsigned char d[20];
    char b32[33];
    char *block = zd_xasprintf("%sabc", head);
    zd_sha1(block, blen, d);
    zd_base32_sha1(d, b32);
    char *want = zd_xasprintf("WARC/1.1\r\n"
                              "WARC-Type: response\r\n"
                              "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000000>\r\n"
                              "WARC-Date: 2026-01-01T00:00:00Z\r\n"
                              "WARC-Target-URI: http://example.com/a%%20b\r\n"
                              "WARC-IP-Address: 127.0.0.1\r\n"
                              "Content-Type: application/http;msgtype=response\r\n"
                              "WARC-Payload-Digest: sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5\r\n"
                              "WARC-Block-Digest: sha1:%s\r\n"
                              "Content-Length: %zu\r\n"
                              "\r\n"
                              "%s\r\n\r\n",
                              b32, blen, block);
    assert_string_equal(out.p, want);
    free(block);
    free(want);
    zd_buf_free(&out);
}

static void test_record_id_and_date(void **state)
{
    (void)state;
    char a[48], b[48];
    zd_warc_record_id("http://x/\n2026-01-01T00:00:00Z\n1", a);
    zd_warc_record_id("http://x/\n2026-01-01T00:00:00Z\n1", b);
    assert_string_equal(a, b);
    assert_int_equal(strlen(a), 47);
    assert_memory_equal(a, "<urn:uuid:", 10);
    assert_int_equal(a[10 + 14], '5'); /* version nibble */
    zd_warc_record_id("http://x/\n2026-01-01T00:00:00Z\n2", b);
    assert_string_not_equal(a, b);
    zd_warc_record_id(NULL, a);
    zd_warc_record_id(NULL, b);
    assert_string_not_equal(a, b);
    assert_int_equal(a[10 + 14], '4');
    assert_true(strchr("89ab", a[10 + 19]) != NULL); /* RFC 4122 variant */

    char d[21];
    zd_warc_date(0, d);
    assert_string_equal(d, "1970-01-01T00:00:00Z");
    zd_warc_date(1767225600, d);
    assert_string_equal(d, "2026-01-01T00:00:00Z");

    setenv("ZHDEALS_FIXED_DATE", "2026-01-01T00:00:00Z", 1);
    assert_string_equal(zd_warc_fixed_date(), "2026-01-01T00:00:00Z");
    setenv("ZHDEALS_FIXED_DATE", "2026-01-01", 1);
    assert_null(zd_warc_fixed_date());
    unsetenv("ZHDEALS_FIXED_DATE");
    assert_null(zd_warc_fixed_date());
}

static void test_writer_gzip_members(void **state)
{
    (void)state;
    char *path = path_in("w.warc.gz");
    zd_warc_writer *w = zd_warc_writer_open(path);
    assert_non_null(w);
    const char *r1 = "WARC/1.1\r\nfirst record\r\n\r\n";
    const char *r2 = "WARC/1.1\r\nsecond record\r\n\r\n";
    assert_int_equal(zd_warc_writer_sink(w, "u", r1, strlen(r1)), 0);
    assert_int_equal(zd_warc_writer_sink(w, "u", r2, strlen(r2)), 0);
    assert_int_equal(zd_warc_writer_close(w), 0);

    size_t len;
    char *gz = read_all(path, &len);
    /* inflate member by member: each must end exactly where the next starts */
    const char *want[] = {r1, r2};
    size_t off = 0;
    for (int i = 0; i < 2; i++) {
        z_stream z;
        memset(&z, 0, sizeof z);
        assert_int_equal(inflateInit2(&z, 15 + 16), Z_OK);
        char out[256];
        z.next_in = (unsigned char *)gz + off;
        z.avail_in = (uInt)(len - off);
        z.next_out = (unsigned char *)out;
        z.avail_out = sizeof out;
        assert_int_equal(inflate(&z, Z_FINISH), Z_STREAM_END);
        assert_int_equal(z.total_out, strlen(want[i]));
        assert_memory_equal(out, want[i], strlen(want[i]));
        off += z.total_in;
        inflateEnd(&z);
    }
    assert_int_equal(off, len);
    free(gz);

    /* not .gz: plain bytes */
    free(path);
    path = path_in("w.warc");
    w = zd_warc_writer_open(path);
    assert_int_equal(zd_warc_writer_sink(w, "u", r1, strlen(r1)), 0);
    assert_int_equal(zd_warc_writer_close(w), 0);
    char *plain = read_all(path, &len);
    assert_int_equal(len, strlen(r1));
    assert_memory_equal(plain, r1, len);
    free(plain);
    free(path);

    assert_null(zd_warc_writer_open("/nonexistent-dir/x.warc"));
}

/* ---- log lines ---------------------------------------------------------- */

static void test_log_format(void **state)
{
    (void)state;
    zd_fetchlog_entry e = {"https://example.com/a", "ok", 200, 1234, 56, 1, NULL};
    char *s = zd_fetchlog_format(&e);
    assert_string_equal(s,
                        "{\"url\":\"https://example.com/a\",\"status\":\"ok\",\"http_status\":200,"
                        "\"bytes\":1234,\"ms\":56,\"attempts\":1}");
    free(s);
    zd_fetchlog_entry b = {"not a \xff url \"q\"", "bad_url", 0, 0, 0, 0, "not a URL"};
    s = zd_fetchlog_format(&b);
    assert_string_equal(s, "{\"url\":\"not a \xef\xbf\xbd url \\\"q\\\"\",\"status\":\"bad_url\","
                           "\"http_status\":null,\"bytes\":0,\"ms\":0,\"attempts\":0,"
                           "\"error\":\"not a URL\"}");
    free(s);
    zd_fetchlog_entry big = {"u", "ok", 200, 5000000000LL, 1, 1, NULL};
    s = zd_fetchlog_format(&big);
    assert_non_null(strstr(s, "\"bytes\":5000000000"));
    free(s);
}

static void test_log_file(void **state)
{
    (void)state;
    char *path = path_in("log.jsonl");
    char *err = NULL;
    zd_fetchlog *l = zd_fetchlog_open(path, 0, &err);
    assert_non_null(l);
    zd_fetchlog_entry e = {"u1", "ok", 200, 1, 2, 1, NULL};
    assert_int_equal(zd_fetchlog_write(l, &e), 0);
    e.url = "u2";
    assert_int_equal(zd_fetchlog_write(l, &e), 0);
    assert_int_equal(zd_fetchlog_close(l), 0);
    size_t len;
    char *s = read_all(path, &len);
    assert_string_equal(
        s, "{\"url\":\"u1\",\"status\":\"ok\",\"http_status\":200,\"bytes\":1,\"ms\":2,"
           "\"attempts\":1}\n"
           "{\"url\":\"u2\",\"status\":\"ok\",\"http_status\":200,\"bytes\":1,\"ms\":2,"
           "\"attempts\":1}\n");
    free(s);
    free(path);
    assert_null(zd_fetchlog_open("/nonexistent-dir/log", 0, &err));
    assert_non_null(err);
    free(err);
}

/* ---- zd_fetch_run over file:// lists ------------------------------------ */

typedef struct {
    int n;
    char urls[8][256];
    zd_buf all;
} capture;

static int capture_sink(void *ud, const char *url, const char *rec, size_t len)
{
    capture *c = ud;
    if (c->n < 8) snprintf(c->urls[c->n], sizeof c->urls[0], "%s", url);
    c->n++;
    zd_buf_add(&c->all, rec, len);
    return 0;
}

static void test_run_file_list(void **state)
{
    (void)state;
    char *p1 = path_in("p1.html"), *p2 = path_in("p2.txt"), *list = path_in("urls.txt");
    char *logp = path_in("run.jsonl");
    write_file(p1, "<p>one</p>", 10);
    write_file(p2, "two", 3);
    const char *lt = "# list\np1.html\nmissing.html\n\nnot a url\np2.txt\n";
    write_file(list, lt, strlen(lt));

    zd_fetch_opts o;
    zd_fetch_opts_init(&o);
    assert_int_equal(o.jobs, 32);
    assert_int_equal(o.retries, 3);
    o.jobs = 3;
    o.log_path = logp;
    char *lists[] = {list, NULL};
    capture c;
    memset(&c, 0, sizeof c);
    setenv("ZHDEALS_FIXED_DATE", "2026-01-01T00:00:00Z", 1);
    assert_int_equal(zd_fetch_run(&o, lists, capture_sink, &c), 1); /* two lines failed */
    assert_int_equal(c.n, 2);
    char *u1 = zd_xasprintf("file://%s", p1), *u2 = zd_xasprintf("file://%s", p2);
    assert_string_equal(c.urls[0], u1);
    assert_string_equal(c.urls[1], u2);
    assert_non_null(strstr(c.all.p, "WARC-Date: 2026-01-01T00:00:00Z\r\n"));
    assert_non_null(
        strstr(c.all.p, "Content-Type: text/html\r\nContent-Length: 10\r\n\r\n<p>one</p>"));

    /* the same run again gives the same bytes (fixed date, derived IDs) */
    capture c2;
    memset(&c2, 0, sizeof c2);
    assert_int_equal(zd_fetch_run(&o, lists, capture_sink, &c2), 1);
    assert_int_equal(c.all.len, c2.all.len);
    assert_memory_equal(c.all.p, c2.all.p, c.all.len);
    unsetenv("ZHDEALS_FIXED_DATE");

    size_t len;
    char *log = read_all(logp, &len);
    /* every URL accounted for, in list order */
    char *l1 = strstr(log, "p1.html\",\"status\":\"ok\"");
    char *l2 = strstr(log, "missing.html\",\"status\":\"error\"");
    char *l3 = strstr(log, "{\"url\":\"not a url\",\"status\":\"bad_url\"");
    char *l4 = strstr(log, "p2.txt\",\"status\":\"ok\"");
    assert_true(l1 && l2 && l3 && l4 && l1 < l2 && l2 < l3 && l3 < l4);
    int lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += log[i] == '\n';
    assert_int_equal(lines, 4);
    free(log);

    /* a list that cannot be opened: 2, nothing fetched */
    char *missing = path_in("no-such-list.txt");
    char *lists2[] = {list, missing, NULL};
    capture c3;
    memset(&c3, 0, sizeof c3);
    assert_int_equal(zd_fetch_run(&o, lists2, capture_sink, &c3), 2);
    assert_int_equal(c3.n, 0);

    /* all good: 0 */
    const char *good = "p1.html\np2.txt\n";
    write_file(list, good, strlen(good));
    o.log_path = NULL;
    capture c4;
    memset(&c4, 0, sizeof c4);
    assert_int_equal(zd_fetch_run(&o, lists, capture_sink, &c4), 0);
    assert_int_equal(c4.n, 2);

    zd_buf_free(&c.all);
    zd_buf_free(&c2.all);
    zd_buf_free(&c3.all);
    zd_buf_free(&c4.all);
    free(u1);
    free(u2);
    free(missing);
    free(p1);
    free(p2);
    free(list);
    free(logp);
}

static void test_run_max_bytes_and_order(void **state)
{
    (void)state;
    /* more URLs than jobs, one too large: order kept, the big one fails */
    char *list = path_in("many.txt");
    zd_buf lt = ZD_BUF_INIT;
    for (int i = 0; i < 20; i++) {
        char name[32];
        snprintf(name, sizeof name, "m%02d.html", i);
        char *p = path_in(name);
        char body[64];
        int n =
            snprintf(body, sizeof body, i == 7 ? "%d-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" : "%d", i);
        write_file(p, body, (size_t)n);
        free(p);
        zd_buf_printf(&lt, "%s\n", name);
    }
    write_file(list, lt.p, lt.len);
    zd_fetch_opts o;
    zd_fetch_opts_init(&o);
    o.jobs = 4;
    o.max_bytes = 16;
    char *lists[] = {list, NULL};
    capture c;
    memset(&c, 0, sizeof c);
    assert_int_equal(zd_fetch_run(&o, lists, capture_sink, &c), 1);
    assert_int_equal(c.n, 19);
    for (int i = 0; i < 8; i++) {
        char suffix[32];
        snprintf(suffix, sizeof suffix, "/m%02d.html", i < 7 ? i : i + 1);
        size_t ul = strlen(c.urls[i]), sl = strlen(suffix);
        assert_true(ul > sl && strcmp(c.urls[i] + ul - sl, suffix) == 0);
    }
    zd_buf_free(&c.all);
    zd_buf_free(&lt);
    free(list);
}

static void test_log_resume_set(void **state)
{
    (void)state;
    assert_true(zd_fetchlog_final("ok", 200));
    assert_true(zd_fetchlog_final("http_error", 404));
    assert_false(zd_fetchlog_final("http_error", 429));
    assert_false(zd_fetchlog_final("http_error", 503));
    assert_true(zd_fetchlog_final("bad_url", 0));
    assert_false(zd_fetchlog_final("timeout", 0));
    assert_false(zd_fetchlog_final("error", 0));

    char *path = path_in("old.jsonl");
    const char *log = "{\"url\":\"http://a/\",\"status\":\"ok\",\"http_status\":200}\n"
                      "{\"url\":\"http://b/\",\"status\":\"timeout\",\"http_status\":null}\n"
                      "{\"url\":\"http://c/\",\"status\":\"http_error\",\"http_status\":404}\n"
                      "not json\n"
                      "{\"url\":\"http://d/\",\"status\":\"http_error\",\"http_status\":503}\n"
                      "{\"url\":\"http://e/\",\"stat"; /* cut by a crash */
    write_file(path, log, strlen(log));
    char *err = NULL;
    zd_urlset *set = zd_fetchlog_load_done(path, &err);
    assert_non_null(set);
    assert_int_equal(zd_urlset_count(set), 2);
    assert_true(zd_urlset_has(set, "http://a/"));
    assert_false(zd_urlset_has(set, "http://b/"));
    assert_true(zd_urlset_has(set, "http://c/"));
    assert_false(zd_urlset_has(set, "http://d/"));
    assert_false(zd_urlset_has(set, "http://e/"));
    zd_urlset_free(set);
    free(path);
    assert_null(zd_fetchlog_load_done("/nonexistent-dir/log", &err));
    free(err);
}

static void test_urllist_count(void **state)
{
    (void)state;
    char *path = path_in("count.txt");
    const char *t = "# c\n\n  a\n\t# not counted\nb\r\n   \nc";
    write_file(path, t, strlen(t));
    assert_int_equal(zd_urllist_count(path), 3);
    assert_int_equal(zd_urllist_count("-"), -1);
    assert_int_equal(zd_urllist_count(tmpdir), -1);
    free(path);
}

static void test_run_resume(void **state)
{
    (void)state;
    char *a = path_in("ra.html"), *b = path_in("rb.html"), *list = path_in("resume.txt");
    char *logp = path_in("resume.jsonl");
    write_file(a, "a", 1);
    unlink(b);
    const char *lt = "ra.html\nrb.html\n";
    write_file(list, lt, strlen(lt));
    zd_fetch_opts o;
    zd_fetch_opts_init(&o);
    o.log_path = logp;
    char *lists[] = {list, NULL};
    capture c;
    memset(&c, 0, sizeof c);
    assert_int_equal(zd_fetch_run(&o, lists, capture_sink, &c), 1); /* rb.html missing */
    assert_int_equal(c.n, 1);

    /* the page appears; resume into the same log: only rb.html is fetched */
    write_file(b, "b", 1);
    o.resume_path = logp;
    capture c2;
    memset(&c2, 0, sizeof c2);
    assert_int_equal(zd_fetch_run(&o, lists, capture_sink, &c2), 0);
    assert_int_equal(c2.n, 1);
    size_t ul = strlen(c2.urls[0]);
    assert_string_equal(c2.urls[0] + ul - 8, "/rb.html");
    size_t len;
    char *log = read_all(logp, &len);
    int lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += log[i] == '\n';
    assert_int_equal(lines, 3); /* a ok, b error, b ok: appended */
    free(log);

    /* a resume log that does not exist is a setup error */
    char *none = path_in("no-such.jsonl");
    o.resume_path = none;
    o.log_path = NULL;
    assert_int_equal(zd_fetch_run(&o, lists, capture_sink, &c2), 2);
    zd_buf_free(&c.all);
    zd_buf_free(&c2.all);
    free(none);
    free(a);
    free(b);
    free(list);
    free(logp);
}

/* ---- robots.txt --------------------------------------------------------- */

static void test_robots_groups(void **state)
{
    (void)state;
    const char *txt = "# comment\n"
                      "User-agent: *\n"
                      "Disallow: /\n"
                      "\n"
                      "User-agent: OtherBot\n"
                      "User-agent: ZHDEALS  # ours, any case\n"
                      "Disallow: /private\n"
                      "Allow: /private/ok\n"
                      "Crawl-delay: 5\n"
                      "Disallow: /*.pdf$\n"
                      "Disallow: /tmp*/x\n"
                      "Disallow:\n"
                      "Sitemap: https://example.com/sitemap.xml\n";
    zd_robots *r = zd_robots_parse(txt, strlen(txt), "zhdeals");
    assert_true(zd_robots_allowed(r, "/"));
    assert_true(zd_robots_allowed(r, "/news/1.html"));
    assert_false(zd_robots_allowed(r, "/private"));
    assert_false(zd_robots_allowed(r, "/private/x?a=1"));
    assert_true(zd_robots_allowed(r, "/private/ok.html")); /* longer Allow wins */
    assert_false(zd_robots_allowed(r, "/a/b.pdf"));
    assert_true(zd_robots_allowed(r, "/a/b.pdf?x")); /* $ anchors the end */
    assert_false(zd_robots_allowed(r, "/tmp123/x/y"));
    assert_true(zd_robots_allowed(r, "/tmp123/y"));
    assert_true(zd_robots_allowed(r, "/robots.txt"));
    zd_robots_free(r);

    /* not named: the "*" group applies */
    r = zd_robots_parse(txt, strlen(txt), "otherthing");
    assert_false(zd_robots_allowed(r, "/news/1.html"));
    assert_true(zd_robots_allowed(r, "/robots.txt"));
    zd_robots_free(r);

    /* equal length: Allow wins; no groups: everything allowed */
    const char *tie = "user-agent: *\ndisallow: /a\nallow: /a\n";
    r = zd_robots_parse(tie, strlen(tie), "zhdeals");
    assert_true(zd_robots_allowed(r, "/a"));
    zd_robots_free(r);
    r = zd_robots_parse("garbage\n\x01\x02:::\n", 14, "zhdeals");
    assert_true(zd_robots_allowed(r, "/anything"));
    zd_robots_free(r);

    r = zd_robots_all(0);
    assert_false(zd_robots_allowed(r, "/"));
    assert_true(zd_robots_allowed(r, "/robots.txt"));
    zd_robots_free(r);
    assert_true(zd_robots_allowed(NULL, "/x"));

    char *t = zd_robots_token("zhdeals/0.1.0 (news deal extractor; libcurl)");
    assert_string_equal(t, "zhdeals");
    free(t);
}

static void test_robots_wildcards(void **state)
{
    (void)state;
    const char *txt = "User-agent: *\nDisallow: /*/print$\nDisallow: /**q=*&\nDisallow: /x$\n";
    zd_robots *r = zd_robots_parse(txt, strlen(txt), "zhdeals");
    assert_false(zd_robots_allowed(r, "/news/1/print"));
    assert_true(zd_robots_allowed(r, "/news/1/print/2"));
    assert_false(zd_robots_allowed(r, "/s?q=a&b=c"));
    assert_true(zd_robots_allowed(r, "/s?q=a"));
    assert_false(zd_robots_allowed(r, "/x"));
    assert_true(zd_robots_allowed(r, "/xy"));
    zd_robots_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha1_vectors),       cmocka_unit_test(test_base32),
        cmocka_unit_test(test_urllist_lines),      cmocka_unit_test(test_urllist_reasons),
        cmocka_unit_test(test_urllist_long_line),  cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_file_url),           cmocka_unit_test(test_http_head_rewrite),
        cmocka_unit_test(test_file_head),          cmocka_unit_test(test_warc_response),
        cmocka_unit_test(test_record_id_and_date), cmocka_unit_test(test_writer_gzip_members),
        cmocka_unit_test(test_log_format),         cmocka_unit_test(test_log_file),
        cmocka_unit_test(test_run_file_list),      cmocka_unit_test(test_run_max_bytes_and_order),
        cmocka_unit_test(test_log_resume_set),     cmocka_unit_test(test_urllist_count),
        cmocka_unit_test(test_run_resume),         cmocka_unit_test(test_robots_groups),
        cmocka_unit_test(test_robots_wildcards),
    };
    return cmocka_run_group_tests(tests, setup_dir, teardown_dir);
}
