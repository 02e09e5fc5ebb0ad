/*
 * charset.c: bytes of a page in any charset to UTF-8, trusting the bytes over
 * the label (see charset.h for the order of the decision).
 *
 * Why this order: Chinese pages are often re-saved as UTF-8 with their old
 * `gb2312` <meta> kept, so bytes that are valid UTF-8 are UTF-8 whatever the
 * label says (GBK text is practically never valid UTF-8 beyond a few bytes).
 * Labels come next (HTTP header, then <meta> anywhere in <head>, found by a
 * cheap byte scan rather than a parse); GB2312/GBK labels are read as
 * GB18030 because ICU's strict gb2312 table turns GBK-only characters (镕,
 * 啰, ...) into U+FFFD; Big5 is read as Big5-HKSCS, its superset. ICU's
 * detector is the last resort. Binary data (NUL bytes early on, or mostly
 * undecodable bytes) is refused.
 *
 * Converters are cached by name in the context and reset per record; the
 * UTF-16 pivot buffer is reused too.
 *
 * The output is a stream (zd_charset_begin, then zd_charset_read block by
 * block) so that a large page is never held twice: extract feeds the HTML
 * parser straight from it. Checking that converted bytes are text needs the
 * whole conversion, so a page in another charset is converted twice, once
 * to count its bad sequences (nothing kept) and once for the parser.
 */
#include "charset.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#define CONV_CACHE    16
#define NUL_WINDOW    8192      /* NUL bytes in this many leading bytes: binary */
#define BINARY_WINDOW 65536     /* control characters are counted this far */
#define META_WINDOW   (1 << 20) /* scan at most this far for <meta> if </head> is absent */

typedef struct {
    char *name; /* canonical lower-case output name (owned) */
    UConverter *conv;
} conv_entry;

struct zd_charset {
    conv_entry cache[CONV_CACHE];
    int ncache;
    UCharsetDetector *det;
    char **old_names; /* names of evicted entries, kept: *charset_out may point at them */
    size_t nold;
    UChar *u16; /* reusable pivot buffer */
    size_t u16cap;
    size_t bad; /* undecodable sequences in the current conversion */
    /* the stream (zd_charset_begin / zd_charset_read) */
    int smode;                      /* S_* */
    const char *src, *send, *sbase; /* input left: src..send (sbase: its start) */
    conv_entry *sconv;              /* S_CONVERT: the converter */
    UChar spending;                 /* a lead surrogate left at the end of a block */
    int sflushed;                   /* the converter has had all the input */
    zd_buf stage;                   /* converted UTF-8 not yet read: stage.p[spos..len) */
    size_t spos;
};

/* ---- names --------------------------------------------------------------------------- */

/* One known label family: the output name and the ICU converter name. */
typedef struct {
    const char *out;
    const char *icu;
} cs_target;

static const cs_target T_UTF8 = {"utf-8", "UTF-8"};
static const cs_target T_GB = {"gb18030", "GB18030"};
static const cs_target T_BIG5 = {"big5", "Big5-HKSCS"};
static const cs_target T_1252 = {"windows-1252", "windows-1252"};

static void lower_copy(char *dst, size_t cap, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n && i + 1 < cap; i++) {
        char c = s[i];
        dst[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    dst[i] = '\0';
}

/* Map a label (any case) to a target. Returns 1 and fills *t for a known
 * family, 0 when the label is not one of them (then ICU is asked), -1 when
 * the label must be ignored (utf-16 declared inside an 8-bit page, empty). */
static int label_family(const char *label, cs_target *t)
{
    static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8",
                                       NULL};
    static const char *const gb[] = {"gb2312",    "gbk",      "x-gbk",           "gb18030",
                                     "cp936",     "ms936",    "windows-936",     "euc-cn",
                                     "x-euc-cn",  "csgb2312", "gb_2312-80",      "gb_2312",
                                     "iso-ir-58", "chinese",  "csiso58gb231280", "gb2312-1980",
                                     "x-cp936",   "936",      "gb-2312",         "gbk2312",
                                     NULL};
    static const char *const big5[] = {"big5",        "big5-hkscs", "cn-big5", "x-x-big5", "csbig5",
                                       "x-big5",      "big-5",      "big5hk",  "cp950",    "ms950",
                                       "windows-950", "hkscs-big5", NULL};
    static const char *const latin[] = {
        "iso-8859-1", "iso8859-1",    "latin1",         "l1",         "us-ascii", "ascii",
        "cp1252",     "windows-1252", "x-cp1252",       "iso_8859-1", "cp819",    "ibm819",
        "iso-ir-100", "csisolatin1",  "ansi_x3.4-1968", NULL};
    if (!label[0]) return -1;
    for (int i = 0; utf8[i]; i++)
        if (!strcmp(label, utf8[i])) return *t = T_UTF8, 1;
    for (int i = 0; gb[i]; i++)
        if (!strcmp(label, gb[i])) return *t = T_GB, 1;
    for (int i = 0; big5[i]; i++)
        if (!strcmp(label, big5[i])) return *t = T_BIG5, 1;
    for (int i = 0; latin[i]; i++)
        if (!strcmp(label, latin[i])) return *t = T_1252, 1;
    if (!strncmp(label, "utf-16", 6) || !strncmp(label, "utf-32", 6) || !strcmp(label, "unicode") ||
        !strncmp(label, "ucs-", 4) || !strcmp(label, "utf-7"))
        return -1;
    return 0;
}

/* ---- converters ---------------------------------------------------------------------- */

/* Return a cached converter for an ICU name, opening it on first use. The
 * output name is stored with it. NULL when ICU does not know the name. */
static conv_entry *get_conv(zd_charset *cs, const char *icu_name, const char *out_name)
{
    for (int i = 0; i < cs->ncache; i++)
        if (!strcmp(cs->cache[i].name, out_name)) {
            ucnv_reset(cs->cache[i].conv);
            return &cs->cache[i];
        }
    UErrorCode st = U_ZERO_ERROR;
    UConverter *c = ucnv_open(icu_name, &st);
    if (U_FAILURE(st) || !c) {
        if (c) ucnv_close(c);
        return NULL;
    }
    int slot = cs->ncache;
    if (slot == CONV_CACHE) { /* evict the last slot; the first ones are the common ones */
        slot = CONV_CACHE - 1;
        ucnv_close(cs->cache[slot].conv);
        cs->old_names = zd_xrealloc(cs->old_names, (cs->nold + 1) * sizeof *cs->old_names);
        cs->old_names[cs->nold++] = cs->cache[slot].name;
    } else {
        cs->ncache++;
    }
    cs->cache[slot].name = zd_xstrdup(out_name);
    cs->cache[slot].conv = c;
    return &cs->cache[slot];
}

/* The to-Unicode error callback: count the bad sequence, write U+FFFD
 * (ICU's default substitutes U+001A for some codepages). */
static void U_CALLCONV to_u_count(const void *ctx, UConverterToUnicodeArgs *args,
                                  const char *codeUnits, int32_t length,
                                  UConverterCallbackReason reason, UErrorCode *err)
{
    (void)codeUnits;
    (void)length;
    if (reason > UCNV_IRREGULAR) return; /* reset, close, clone */
    zd_charset *cs = (zd_charset *)ctx;
    cs->bad++;
    static const UChar fffd = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

/* Look up or open a converter for a label ICU knows but our families do
 * not (shift_jis, euc-kr, koi8-r, ...). The output name is ICU's MIME or
 * IANA name, lower-cased. */
static conv_entry *conv_for_other(zd_charset *cs, const char *label)
{
    UErrorCode st = U_ZERO_ERROR;
    const char *canon = ucnv_getCanonicalName(label, "MIME", &st);
    if (U_FAILURE(st) || !canon) {
        st = U_ZERO_ERROR;
        canon = ucnv_getCanonicalName(label, "IANA", &st);
    }
    if (U_FAILURE(st) || !canon) {
        st = U_ZERO_ERROR;
        canon = ucnv_getAlias(label, 0, &st);
        if (U_FAILURE(st) || !canon) return NULL;
    }
    const char *std = NULL;
    st = U_ZERO_ERROR;
    std = ucnv_getStandardName(canon, "MIME", &st);
    if (U_FAILURE(st) || !std) {
        st = U_ZERO_ERROR;
        std = ucnv_getStandardName(canon, "IANA", &st);
    }
    if (U_FAILURE(st) || !std) std = canon;
    char out[64];
    lower_copy(out, sizeof out, std, strlen(std));
    /* a canonical name may itself be one of our families (e.g. "GB_2312-80") */
    cs_target t;
    if (label_family(out, &t) == 1) return get_conv(cs, t.icu, t.out);
    if (label_family(out, &t) < 0) return NULL;
    return get_conv(cs, canon, out);
}

zd_charset *zd_charset_new(void)
{
    zd_charset *cs = zd_xcalloc(1, sizeof *cs);
    UErrorCode st = U_ZERO_ERROR;
    cs->det = ucsdet_open(&st);
    if (U_FAILURE(st))
        cs->det = NULL;
    else
        ucsdet_enableInputFilter(cs->det, 1);
    /* the common ones, opened once */
    get_conv(cs, T_GB.icu, T_GB.out);
    if (!get_conv(cs, T_BIG5.icu, T_BIG5.out)) get_conv(cs, "Big5", T_BIG5.out);
    get_conv(cs, T_1252.icu, T_1252.out);
    return cs;
}

void zd_charset_free(zd_charset *cs)
{
    if (!cs) return;
    for (int i = 0; i < cs->ncache; i++) {
        ucnv_close(cs->cache[i].conv);
        free(cs->cache[i].name);
    }
    for (size_t i = 0; i < cs->nold; i++)
        free(cs->old_names[i]);
    free(cs->old_names);
    if (cs->det) ucsdet_close(cs->det);
    free(cs->u16);
    zd_buf_free(&cs->stage);
    free(cs);
}

/* ---- UTF-8 ----------------------------------------------------------------------------- */

/* Counts of well-formed multi-byte sequences and of bad bytes. */
static void utf8_stats(const char *s, size_t n, size_t *good_mb, size_t *bad)
{
    size_t i = 0;
    *good_mb = *bad = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            /* ASCII runs, eight bytes at a time */
            while (i + 8 <= n) {
                uint64_t w;
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080ull) break;
                i += 8;
            }
            if (i < n && (unsigned char)s[i] < 0x80) i++;
            continue;
        }
        if (zd_utf8_decode(s, n, &i) < 0)
            (*bad)++;
        else
            (*good_mb)++;
    }
}

/* ---- conversion ---------------------------------------------------------------------- */

/* Convert with converter e into out (UTF-8), keeping only the output's
 * first `keep` bytes or so (SIZE_MAX: all of it). Returns the count of
 * code points decoded (for the bad-ratio check); cs->bad holds the bad
 * count. */
static size_t convert_upto(zd_charset *cs, conv_entry *e, const char *bytes, size_t n, zd_buf *out,
                           size_t keep)
{
    UErrorCode st = U_ZERO_ERROR;
    cs->bad = 0;
    ucnv_reset(e->conv);
    ucnv_setToUCallBack(e->conv, to_u_count, cs, NULL, NULL, &st);
    const char *src = bytes, *end = bytes + n;
    size_t total = 0;
    if (cs->u16cap < 65536) {
        cs->u16 = zd_xrealloc(cs->u16, 65536 * sizeof(UChar));
        cs->u16cap = 65536;
    }
    UChar pending = 0; /* a lead surrogate left at the end of a chunk */
    for (;;) {
        UChar *t = cs->u16, *tstart = cs->u16;
        if (pending) *t++ = pending, pending = 0;
        st = U_ZERO_ERROR;
        ucnv_toUnicode(e->conv, &t, cs->u16 + cs->u16cap, &src, end, NULL, 1, &st);
        size_t len = (size_t)(t - tstart);
        if (len && U16_IS_LEAD(tstart[len - 1]) && st == U_BUFFER_OVERFLOW_ERROR) {
            pending = tstart[len - 1];
            len--;
        }
        if (len && out->len < keep) {
            UErrorCode st2 = U_ZERO_ERROR;
            int32_t need = 0;
            zd_buf_reserve(out, len * 3);
            u_strToUTF8WithSub(out->p + out->len, (int32_t)(out->cap - out->len), &need, tstart,
                               (int32_t)len, 0xFFFD, NULL, &st2);
            if (U_SUCCESS(st2)) out->len += (size_t)need;
            out->p[out->len] = '\0';
        }
        total += len;
        if (st != U_BUFFER_OVERFLOW_ERROR) break;
    }
    return total;
}

static size_t convert(zd_charset *cs, conv_entry *e, const char *bytes, size_t n, zd_buf *out)
{
    return convert_upto(cs, e, bytes, n, out, SIZE_MAX);
}

/* ---- label scanning ------------------------------------------------------------------ */

static int ci_eq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
        if (x != y) return 0;
    }
    return 1;
}

/* Find "charset" followed by '=' in s[0..n) and copy the value (lower-case)
 * into label. Returns 1 when found. */
static int charset_param(const char *s, size_t n, char *label, size_t cap)
{
    for (size_t i = 0; i + 7 <= n; i++) {
        if (!ci_eq(s + i, "charset", 7)) continue;
        size_t j = i + 7;
        while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
            j++;
        if (j >= n || s[j] != '=') continue;
        j++;
        while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '"' || s[j] == '\'' ||
                         s[j] == '\n' || s[j] == '\r'))
            j++;
        size_t k = j;
        while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
                         (s[k] >= '0' && s[k] <= '9') || s[k] == '-' || s[k] == '_' ||
                         s[k] == '.' || s[k] == ':'))
            k++;
        if (k == j) continue;
        lower_copy(label, cap, s + j, k - j);
        return 1;
    }
    return 0;
}

/* The <meta> declaration anywhere in <head>: scan for "<meta" up to
 * "</head" / "<body" (or META_WINDOW bytes), and read charset= inside the
 * tag. Also an XML declaration's encoding="...". Returns 1 when found. */
static int meta_label(const char *s, size_t n, char *label, size_t cap)
{
    size_t lim = n;
    if (n >= 5 && !memcmp(s, "<?xml", 5)) {
        const char *e = memchr(s, '>', n < 512 ? n : 512);
        if (e) {
            size_t tl = (size_t)(e - s);
            for (size_t i = 0; i + 8 < tl; i++)
                if (!memcmp(s + i, "encoding", 8)) {
                    size_t j = i + 8;
                    while (j < tl && (s[j] == ' ' || s[j] == '=' || s[j] == '"' || s[j] == '\''))
                        j++;
                    size_t k = j;
                    while (k < tl && s[k] != '"' && s[k] != '\'' && s[k] != ' ' && s[k] != '?')
                        k++;
                    if (k > j) {
                        lower_copy(label, cap, s + j, k - j);
                        return 1;
                    }
                }
        }
    }
    for (size_t i = 0; i + 5 < lim; i++) {
        if (s[i] != '<') continue;
        const char *p = s + i + 1;
        size_t rest = lim - i - 1;
        if (rest >= 5 && (ci_eq(p, "/head", 5) || ci_eq(p, "body>", 5) || ci_eq(p, "body ", 5)))
            break;
        if (i > META_WINDOW) break;
        if (rest < 5 || !ci_eq(p, "meta", 4)) continue;
        char c = p[4];
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/')) continue;
        const char *e = memchr(p, '>', rest);
        size_t tl = e ? (size_t)(e - p) : (rest < 1024 ? rest : 1024);
        if (charset_param(p, tl, label, cap)) return 1;
        i += tl;
    }
    return 0;
}

/* ---- detection ------------------------------------------------------------------------ */

/* ICU detection. Fills *e with a converter, or returns -1. Chinese bias:
 * when GB18030 or Big5 is among the candidates with a confidence close to
 * the best, take it over single-byte guesses. */
static conv_entry *detect(zd_charset *cs, const char *bytes, size_t n)
{
    if (!cs->det) return NULL;
    UErrorCode st = U_ZERO_ERROR;
    size_t lim = n > (1u << 20) ? (1u << 20) : n;
    ucsdet_setText(cs->det, bytes, (int32_t)lim, &st);
    int32_t nm = 0;
    const UCharsetMatch **m = ucsdet_detectAll(cs->det, &nm, &st);
    if (U_FAILURE(st) || nm <= 0) return NULL;
    int32_t best = ucsdet_getConfidence(m[0], &st);
    const char *pick = NULL;
    for (int32_t i = 0; i < nm; i++) {
        UErrorCode s2 = U_ZERO_ERROR;
        const char *name = ucsdet_getName(m[i], &s2);
        int32_t conf = ucsdet_getConfidence(m[i], &s2);
        if (U_FAILURE(s2) || !name) continue;
        if (i == 0) pick = name;
        if ((!strcmp(name, "GB18030") || !strcmp(name, "Big5")) && conf >= 10 && conf * 2 >= best) {
            pick = name;
            break;
        }
    }
    if (!pick) return NULL;
    char low[64];
    lower_copy(low, sizeof low, pick, strlen(pick));
    cs_target t;
    int f = label_family(low, &t);
    if (f < 0) return NULL; /* UTF-16/32 without a BOM: treat as not text */
    conv_entry *e = f == 1 ? get_conv(cs, t.icu, t.out) : conv_for_other(cs, low);
    if (e && !strcmp(e->name, "gb18030")) return e;
    if (e && (!strcmp(e->name, "big5") || strstr(e->name, "jis") || strstr(e->name, "euc") ||
              strstr(e->name, "2022")))
        return e;
    /* a single-byte guess for bytes that are clean GB18030 pairs: on short
     * Chinese pages ICU's statistics have too little to go on */
    size_t high = 0;
    for (size_t i = 0; i < lim; i++)
        if ((unsigned char)bytes[i] >= 0x80) high++;
    if (high * 10 < lim) return e;
    conv_entry *gb = get_conv(cs, T_GB.icu, T_GB.out);
    if (!gb) return e;
    zd_buf tmp = ZD_BUF_INIT;
    convert(cs, gb, bytes, lim, &tmp);
    zd_buf_free(&tmp);
    return cs->bad == 0 ? gb : e;
}

/* ---- the decision -------------------------------------------------------------------- */

static conv_entry *conv_for_label(zd_charset *cs, const char *label, int *is_utf8)
{
    cs_target t;
    *is_utf8 = 0;
    int f = label_family(label, &t);
    if (f < 0) return NULL;
    if (f == 1) {
        if (!strcmp(t.out, "utf-8")) {
            *is_utf8 = 1;
            return NULL;
        }
        conv_entry *e = get_conv(cs, t.icu, t.out);
        if (!e && !strcmp(t.out, "big5")) e = get_conv(cs, "Big5", t.out);
        return e;
    }
    return conv_for_other(cs, label);
}

/* Decoded text with many C0 control characters (other than whitespace) or
 * U+FFFD per character is binary data read as text. */
static int looks_binary(const char *s, size_t n)
{
    size_t ctl = 0, chars = 0, fffd = 0;
    if (n > BINARY_WINDOW) n = BINARY_WINDOW; /* binary data shows at once */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) != 0x80) chars++;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ctl++;
        else if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBF &&
                 (unsigned char)s[i + 2] == 0xBD)
            fffd++;
    }
    return chars > 0 && (ctl + fffd) * 5 > chars && ctl + fffd > 8;
}

static int not_text(char **err)
{
    if (err) *err = zd_xstrdup("not text (binary data)");
    return -1;
}

/* Too many U+FFFD or C0 controls per decoded character: not text. */
static int mostly_bad(size_t bad, size_t total)
{
    return total > 0 && bad * 4 > total && bad > 8;
}

/* ---- the decision and the stream ---------------------------------------------------- */

/* What zd_charset_begin decided: how the bytes become UTF-8. */
enum { S_DONE, S_COPY, S_CLEAN, S_CONVERT };

/* The first UTF-8 bytes (at least BINARY_WINDOW of them, or all) of
 * converting bytes[0..n) with e, into out; counts every code point and
 * every bad sequence of the whole input in *total and cs->bad. */
static void convert_count(zd_charset *cs, conv_entry *e, const char *bytes, size_t n, zd_buf *out,
                          size_t *total)
{
    *total = convert_upto(cs, e, bytes, n, out, BINARY_WINDOW);
}

/* Start converting for the stream: the converter at the start of the input. */
static void stream_convert(zd_charset *cs, conv_entry *e, const char *bytes, size_t n)
{
    UErrorCode st = U_ZERO_ERROR;
    cs->bad = 0;
    ucnv_reset(e->conv);
    ucnv_setToUCallBack(e->conv, to_u_count, cs, NULL, NULL, &st);
    cs->smode = S_CONVERT;
    cs->sconv = e;
    cs->src = bytes;
    cs->send = bytes + n;
    cs->spending = 0;
    cs->sflushed = 0;
    zd_buf_reset(&cs->stage);
    cs->spos = 0;
}

static void stream_bytes(zd_charset *cs, int mode, const char *bytes, size_t n)
{
    cs->smode = mode;
    cs->src = bytes;
    cs->send = bytes + n;
    cs->sbase = bytes;
}

int zd_charset_begin(zd_charset *cs, const char *bytes, size_t n, const char *content_type,
                     int is_html, const char **charset_out, char **err)
{
    static const char *const utf8_name = "utf-8";
    if (err) *err = NULL;
    if (charset_out) *charset_out = utf8_name;
    cs->smode = S_DONE;
    if (!bytes) bytes = "", n = 0;

    /* 1. BOM */
    if (n >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3)) {
        size_t good, bad;
        utf8_stats(bytes + 3, n - 3, &good, &bad);
        if (memchr(bytes + 3, 0, n - 3 < NUL_WINDOW ? n - 3 : NUL_WINDOW) ||
            mostly_bad(bad, good + bad))
            return not_text(err);
        stream_bytes(cs, bad ? S_CLEAN : S_COPY, bytes + 3, n - 3);
        return 0;
    }
    if (n >= 2 && (!memcmp(bytes, "\xFF\xFE", 2) || !memcmp(bytes, "\xFE\xFF", 2))) {
        int le = bytes[0] == '\xFF';
        conv_entry *e = get_conv(cs, le ? "UTF-16LE" : "UTF-16BE", le ? "utf-16le" : "utf-16be");
        if (!e) return not_text(err);
        size_t total;
        zd_buf head = ZD_BUF_INIT;
        convert_count(cs, e, bytes + 2, n - 2, &head, &total);
        zd_buf_free(&head);
        if (mostly_bad(cs->bad, total)) return not_text(err);
        if (charset_out) *charset_out = e->name;
        stream_convert(cs, e, bytes + 2, n - 2);
        return 0;
    }

    /* binary: NUL bytes early on */
    if (memchr(bytes, 0, n < NUL_WINDOW ? n : NUL_WINDOW)) return not_text(err);

    /* 2. strict UTF-8 (also "nearly": a stray bad byte in a long UTF-8 page) */
    size_t good_mb, bad;
    utf8_stats(bytes, n, &good_mb, &bad);
    if (bad == 0) {
        if (looks_binary(bytes, n)) return not_text(err);
        stream_bytes(cs, S_COPY, bytes, n);
        return 0;
    }
    int nearly_utf8 = good_mb >= 8 && bad * 20 <= good_mb;

    /* 3. labels: HTTP header, then <meta> */
    char label[64] = "";
    conv_entry *e = NULL;
    int label_utf8 = 0, have_label = 0;
    if (content_type && charset_param(content_type, strlen(content_type), label, sizeof label)) {
        e = conv_for_label(cs, label, &label_utf8);
        have_label = e || label_utf8;
    }
    if (!have_label && is_html && meta_label(bytes, n, label, sizeof label)) {
        e = conv_for_label(cs, label, &label_utf8);
        have_label = e || label_utf8;
    }
    if (nearly_utf8 || (label_utf8 && bad * 10 <= good_mb)) {
        /* UTF-8 with a few damaged bytes: the check is on the cleaned start */
        zd_buf head = ZD_BUF_INIT;
        stream_bytes(cs, S_CLEAN, bytes, n);
        zd_buf_reserve(&head, BINARY_WINDOW + 4);
        head.len = zd_charset_read(cs, head.p, BINARY_WINDOW + 4);
        int binary = looks_binary(head.p, head.len);
        zd_buf_free(&head);
        if (binary) {
            cs->smode = S_DONE;
            return not_text(err);
        }
        stream_bytes(cs, S_CLEAN, bytes, n);
        return 0;
    }
    if (label_utf8) e = NULL; /* labelled UTF-8 but the bytes are not: detect */

    /* 4. detection */
    if (!e) e = detect(cs, bytes, n);
    if (!e) e = get_conv(cs, T_GB.icu, T_GB.out); /* a Chinese tool's best guess */
    if (!e) return not_text(err);
    size_t total;
    zd_buf head = ZD_BUF_INIT;
    convert_count(cs, e, bytes, n, &head, &total);
    int binary = mostly_bad(cs->bad, total) || looks_binary(head.p ? head.p : "", head.len);
    zd_buf_free(&head);
    if (binary) return not_text(err);
    if (charset_out) *charset_out = e->name;
    stream_convert(cs, e, bytes, n);
    return 0;
}

/* S_CLEAN: bytes with every bad sequence replaced by U+FFFD, whole
 * characters only, decided on the whole input (as utf8_clean does). */
static size_t read_clean(zd_charset *cs, char *out, size_t cap)
{
    const char *s = cs->sbase;
    size_t n = (size_t)(cs->send - s), i = (size_t)(cs->src - s), o = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 1 > cap) break;
            out[o++] = (char)c;
            i++;
            continue;
        }
        size_t j = i;
        int32_t cp = zd_utf8_decode(s, n, &j);
        size_t len = cp < 0 ? 3 : j - i;
        if (o + len > cap) break;
        if (cp < 0)
            memcpy(out + o, "\xEF\xBF\xBD", 3);
        else
            memcpy(out + o, s + i, len);
        o += len;
        i = j;
    }
    cs->src = s + i;
    return o;
}

/* S_CONVERT: one block of the converter's output into the stage. */
static void convert_more(zd_charset *cs)
{
    zd_buf_reset(&cs->stage);
    cs->spos = 0;
    if (cs->sflushed) return;
    UChar *t = cs->u16, *tstart = cs->u16;
    if (cs->spending) *t++ = cs->spending, cs->spending = 0;
    UErrorCode st = U_ZERO_ERROR;
    ucnv_toUnicode(cs->sconv->conv, &t, cs->u16 + cs->u16cap, &cs->src, cs->send, NULL, 1, &st);
    size_t len = (size_t)(t - tstart);
    if (len && U16_IS_LEAD(tstart[len - 1]) && st == U_BUFFER_OVERFLOW_ERROR) {
        cs->spending = tstart[len - 1];
        len--;
    }
    if (len) {
        UErrorCode st2 = U_ZERO_ERROR;
        int32_t need = 0;
        zd_buf_reserve(&cs->stage, len * 3);
        u_strToUTF8WithSub(cs->stage.p, (int32_t)(cs->stage.cap), &need, tstart, (int32_t)len,
                           0xFFFD, NULL, &st2);
        if (U_SUCCESS(st2)) cs->stage.len = (size_t)need;
    }
    if (st != U_BUFFER_OVERFLOW_ERROR) cs->sflushed = 1;
}

size_t zd_charset_read(zd_charset *cs, char *out, size_t cap)
{
    switch (cs->smode) {
    case S_COPY: {
        size_t k = (size_t)(cs->send - cs->src);
        if (k > cap) { /* whole characters only */
            k = cap;
            while (k > 0 && ((unsigned char)cs->src[k] & 0xC0) == 0x80)
                k--;
        }
        memcpy(out, cs->src, k);
        cs->src += k;
        return k;
    }
    case S_CLEAN:
        return read_clean(cs, out, cap);
    case S_CONVERT: {
        size_t o = 0;
        while (o < cap) {
            if (cs->spos == cs->stage.len) {
                convert_more(cs);
                if (cs->stage.len == 0) {
                    if (cs->sflushed) break;
                    continue;
                }
            }
            size_t k = cs->stage.len - cs->spos;
            if (k > cap - o) { /* whole characters only */
                k = cap - o;
                while (k > 0 && ((unsigned char)cs->stage.p[cs->spos + k] & 0xC0) == 0x80)
                    k--;
                if (k == 0) break;
            }
            memcpy(out + o, cs->stage.p + cs->spos, k);
            o += k;
            cs->spos += k;
        }
        return o;
    }
    default:
        return 0;
    }
}

void zd_charset_end(zd_charset *cs)
{
    cs->smode = S_DONE;
    cs->src = cs->send = cs->sbase = NULL;
    cs->sconv = NULL;
    /* the stage holds one block (at most 192 KiB); the pivot 128 KiB */
}

int zd_charset_decode(zd_charset *cs, const char *bytes, size_t n, const char *content_type,
                      int is_html, zd_buf *out, const char **charset_out, char **err)
{
    zd_buf_reserve(out, 0);
    if (zd_charset_begin(cs, bytes, n, content_type, is_html, charset_out, err) < 0) return -1;
    for (;;) {
        zd_buf_reserve(out, 65536);
        size_t k = zd_charset_read(cs, out->p + out->len, out->cap - out->len - 1);
        out->len += k;
        out->p[out->len] = '\0';
        if (k == 0) break;
    }
    zd_charset_end(cs);
    return 0;
}
