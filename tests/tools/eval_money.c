/*
 * eval_money.c: scores the money recognizer + normalizer (and the numeral
 * reader) against the peer test suites in ../shared/external/recognizers
 * (money.jsonl, numbers.jsonl; format in that directory's README.md).
 *
 * usage: eval_money money|numbers FILE.jsonl FAILURES.jsonl
 *
 * Each case's text is NFKC-normalized first, as `zhdeals extract` does
 * (ICU's NFKC instance, called directly here).
 *   money, sentence cases:  zd_money_find() spans, each read by zd_money_parse().
 *   money, whole_input:     the recognizer's span when it covers the whole input,
 *                           else zd_money_parse() of the whole input (these are
 *                           parser tests upstream); "fallback" counts those.
 *   numbers, sentence cases: zd_number_find() spans, minus those inside a money
 *                           span (a number in 一美元 is money, not a number);
 *                           for Recognizers-Text's NumberRangeModel only the
 *                           ranges (大于10, 20-100, 十几万), as that model reports.
 *   numbers, whole_input:   zd_num_parse() of the whole input, else the value of
 *                           zd_money_parse() (cn2an reads 壹拾壹元整 as 11).
 * A case is right when it yields exactly as many entities as expected and each
 * agrees in order:
 *   exact: span text (NFKC, lower case) equal and value equal;
 *   value: value equal (1e-9 relative). A single expected value v is met by
 *          our value v, or by a min or max of v when we give no single value
 *          (近700万元 -> max); an expected range by equal bounds on every side
 *          it gives (an open side null there is not checked); an expected
 *          value null (spans-only cases) is met by any value;
 *   lenient: as ../shared/eval/score.py judges money (0.5% tolerance, ranges
 *          that overlap agree).
 * currency: of the entities whose expected unit is an ISO code and that we
 * found, how many have that currency.
 * Every case that is not exact goes to FAILURES.jsonl, one JSON object a line.
 *
 * Ownership: everything is freed before exit (so it runs clean under ASan).
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/ucasemap.h>

#include "common/doc.h"
#include "common/util.h"
#include "extract/money_rx.h"
#include "normalize/money.h"
#include "normalize/numeral.h"

typedef struct {
    char *text; /* NFKC, lower case */
    int has_value, has_min, has_max;
    double value, min, max;
    char cur[4];
} ent;

static const UNormalizer2 *nfkc;
static UCaseMap *lower;

/* NFKC (and optionally lower case) of s; caller frees */
static char *norm(const char *s, int lc)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n16 = 0;
    u_strFromUTF8(NULL, 0, &n16, s, -1, &st);
    st = U_ZERO_ERROR;
    UChar *a = zd_xmalloc(sizeof(UChar) * (size_t)(n16 + 1));
    u_strFromUTF8(a, n16 + 1, NULL, s, -1, &st);
    int32_t cap = n16 * 4 + 16;
    UChar *b = zd_xmalloc(sizeof(UChar) * (size_t)cap);
    st = U_ZERO_ERROR;
    int32_t nb = unorm2_normalize(nfkc, a, n16, b, cap, &st);
    if (U_FAILURE(st)) nb = 0;
    int32_t n8 = 0;
    st = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &n8, b, nb, &st);
    char *out = zd_xmalloc((size_t)n8 + 1);
    st = U_ZERO_ERROR;
    u_strToUTF8(out, n8 + 1, NULL, b, nb, &st);
    free(a);
    free(b);
    if (lc) {
        size_t L = strlen(out);
        char *o2 = zd_xmalloc(L * 3 + 1);
        st = U_ZERO_ERROR;
        int32_t r = ucasemap_utf8ToLower(lower, o2, (int32_t)(L * 3 + 1), out, (int32_t)L, &st);
        if (U_FAILURE(st)) r = 0;
        o2[r] = 0;
        free(out);
        out = o2;
    }
    return out;
}

static int close_to(double a, double b)
{
    if (a == b) return 1;
    double d = fabs(a - b), m = fabs(b) > fabs(a) ? fabs(b) : fabs(a);
    return d <= 1e-9 * m || d < 1e-12;
}

static int close_lenient(double a, double b)
{
    if (b == 0) return a == 0;
    return fabs(a - b) <= 0.005 * fabs(b);
}

/* expected json value vs ours; strict */
static int value_ok(json_t *ev, const ent *g)
{
    if (!ev || json_is_null(ev)) return 1;
    if (json_is_number(ev)) {
        double v = json_number_value(ev);
        if (g->has_value) return close_to(g->value, v);
        return (g->has_min && close_to(g->min, v)) || (g->has_max && close_to(g->max, v));
    }
    if (json_is_object(ev)) {
        json_t *mn = json_object_get(ev, "min"), *mx = json_object_get(ev, "max");
        int ok = 1;
        if (g->has_value) {
            if (mn && json_is_number(mn)) ok &= close_to(g->value, json_number_value(mn));
            if (mx && json_is_number(mx)) ok &= close_to(g->value, json_number_value(mx));
            return ok;
        }
        if (mn && json_is_number(mn)) ok &= g->has_min && close_to(g->min, json_number_value(mn));
        if (mx && json_is_number(mx)) ok &= g->has_max && close_to(g->max, json_number_value(mx));
        return ok;
    }
    return 0;
}

/* as score.py's money_eq, without the currency */
static int value_lenient(json_t *ev, const ent *g)
{
    if (!ev || json_is_null(ev)) return 1;
    if (json_is_number(ev)) {
        double v = json_number_value(ev);
        if (g->has_value) return close_lenient(g->value, v);
        return (g->has_min && close_lenient(g->min, v)) || (g->has_max && close_lenient(g->max, v));
    }
    if (json_is_object(ev)) {
        json_t *mn = json_object_get(ev, "min"), *mx = json_object_get(ev, "max");
        int hlo = mn && json_is_number(mn), hhi = mx && json_is_number(mx);
        double lo = hlo ? json_number_value(mn) : 0, hi = hhi ? json_number_value(mx) : 0;
        if (g->has_value) {
            double v = g->value;
            return (!hlo || v >= lo * (1 - 0.005)) && (!hhi || v <= hi * (1 + 0.005));
        }
        if (!g->has_min && !g->has_max) return 1;
        int ok_lo = !g->has_max || !hlo || g->max >= lo * (1 - 0.005);
        int ok_hi = !g->has_min || !hhi || g->min <= hi * (1 + 0.005);
        return ok_lo && ok_hi;
    }
    return 0;
}

static void ent_from_money(ent *e, const zd_money *m)
{
    e->has_value = m->has_value;
    e->value = m->value;
    e->has_min = m->has_min;
    e->min = m->min;
    e->has_max = m->has_max;
    e->max = m->max;
    memcpy(e->cur, m->currency, 4);
}

static void ent_from_num(ent *e, const zd_num *v)
{
    e->has_value = v->has_value;
    e->value = v->value;
    e->has_min = v->has_min;
    e->min = v->min;
    e->has_max = v->has_max;
    e->max = v->max;
    e->cur[0] = 0;
}

static char *span_text(const char *t, size_t a, size_t b)
{
    char *x = zd_xstrndup(t + a, b - a);
    char *y = norm(x, 1);
    free(x);
    return y;
}

static json_t *ent_json(const ent *g)
{
    json_t *o = json_object();
    json_object_set_new(o, "text", json_string(g->text));
    json_object_set_new(o, "value", g->has_value ? json_real(g->value) : json_null());
    json_object_set_new(o, "min", g->has_min ? json_real(g->min) : json_null());
    json_object_set_new(o, "max", g->has_max ? json_real(g->max) : json_null());
    json_object_set_new(o, "currency", g->cur[0] ? json_string(g->cur) : json_null());
    return o;
}

typedef struct {
    char name[32];
    int cases, exact, value, lenient, cur_n, cur_ok, fallback;
} tally;

static tally *tally_for(tally *t, int *nt, const char *suite)
{
    for (int i = 0; i < *nt; i++)
        if (strcmp(t[i].name, suite) == 0) return &t[i];
    memset(&t[*nt], 0, sizeof t[*nt]);
    snprintf(t[*nt].name, sizeof t[*nt].name, "%s", suite);
    return &t[(*nt)++];
}

int main(int argc, char **argv)
{
    if (argc != 4 || (strcmp(argv[1], "money") && strcmp(argv[1], "numbers"))) {
        fprintf(stderr, "usage: eval_money money|numbers FILE.jsonl FAILURES.jsonl\n");
        return 2;
    }
    int numbers = strcmp(argv[1], "numbers") == 0;
    FILE *in = fopen(argv[2], "r");
    if (!in) {
        perror(argv[2]);
        return 2;
    }
    FILE *fo = fopen(argv[3], "w");
    if (!fo) {
        perror(argv[3]);
        fclose(in);
        return 2;
    }
    UErrorCode st = U_ZERO_ERROR;
    nfkc = unorm2_getNFKCInstance(&st);
    lower = ucasemap_open("", 0, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "eval_money: ICU: %s\n", u_errorName(st));
        return 2;
    }
    zd_msg_quiet(1);
    zd_money_rx *rx = zd_money_rx_new();
    tally tl[16];
    int nt = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, in)) > 0) {
        json_error_t jerr;
        json_t *c = json_loadb(line, (size_t)len, 0, &jerr);
        if (!c) continue;
        const char *suite = json_string_value(json_object_get(c, "suite"));
        const char *text0 = json_string_value(json_object_get(c, "text"));
        int whole = json_is_true(json_object_get(c, "whole_input"));
        json_t *exp = json_object_get(c, "expected");
        if (!suite || !text0 || !json_is_array(exp)) {
            json_decref(c);
            continue;
        }
        char *text = norm(text0, 0);
        size_t tn = strlen(text);
        ent got[64];
        size_t ng = 0;
        int fallback = 0;
        zd_mentions ms = {0};
        zd_money_find(rx, text, tn, &ms);
        if (!numbers) {
            size_t a = 0, b = tn;
            while (a < b && text[a] == ' ')
                a++;
            while (b > a && text[b - 1] == ' ')
                b--;
            int covered = 0;
            for (size_t k = 0; k < ms.n && ng < 64; k++) {
                zd_money m;
                if (zd_money_parse(text + ms.v[k].start, ms.v[k].end - ms.v[k].start, "CNY", &m))
                    continue;
                if (whole && !(ms.v[k].start == a && ms.v[k].end == b)) continue;
                ent_from_money(&got[ng], &m);
                got[ng].text = span_text(text, ms.v[k].start, ms.v[k].end);
                ng++;
                covered = 1;
            }
            if (whole && !covered) {
                zd_money m;
                if (zd_money_parse(text + a, b - a, "CNY", &m) == 0) {
                    ent_from_money(&got[ng], &m);
                    got[ng].text = span_text(text, a, b);
                    ng++;
                    fallback = 1;
                }
            }
        } else if (whole) {
            zd_num v;
            zd_money m;
            if (zd_num_parse(text, tn, &v) == 0) {
                ent_from_num(&got[ng], &v);
                got[ng].text = span_text(text, 0, tn);
                ng++;
            } else if (zd_money_parse(text, tn, "CNY", &m) == 0 && m.currency[0]) {
                ent_from_money(&got[ng], &m);
                got[ng].text = span_text(text, 0, tn);
                ng++;
                fallback = 1;
            }
        } else {
            zd_numspan sp[64];
            size_t k = zd_number_find(text, tn, sp, 64);
            const char *model = json_string_value(json_object_get(c, "model"));
            int range_model = model && strcmp(model, "NumberRangeModel") == 0;
            for (size_t x = 0; x < k && x < 64 && ng < 64; x++) {
                /* the range model reports ranges (and vague counts) only */
                if (range_model && !sp[x].range && !sp[x].num.approx) continue;
                int in_money = 0;
                for (size_t y = 0; y < ms.n; y++)
                    if (sp[x].start < ms.v[y].end && ms.v[y].start < sp[x].end) in_money = 1;
                if (in_money) continue;
                ent_from_num(&got[ng], &sp[x].num);
                got[ng].text = span_text(text, sp[x].start, sp[x].end);
                ng++;
            }
        }
        zd_mentions_free(&ms);
        size_t ne = json_array_size(exp);
        int exact = ng == ne, value = ng == ne, len_ok = ng == ne;
        tally *t = tally_for(tl, &nt, suite);
        for (size_t k = 0; k < ne && k < ng; k++) {
            json_t *e = json_array_get(exp, k);
            const char *et = json_string_value(json_object_get(e, "text"));
            char *etn = norm(et ? et : "", 1);
            json_t *ev = json_object_get(e, "value");
            int vok = value_ok(ev, &got[k]);
            int lok = value_lenient(ev, &got[k]);
            int tok = strcmp(etn, got[k].text) == 0;
            /* spans-only cases: the span is the value */
            if (!ev || json_is_null(ev)) vok = lok = tok;
            exact &= vok && tok;
            value &= vok;
            len_ok &= lok;
            const char *eu = json_string_value(json_object_get(e, "unit"));
            if (eu && !numbers) {
                t->cur_n++;
                if (strcmp(eu, got[k].cur) == 0) t->cur_ok++;
            }
            free(etn);
        }
        t->cases++;
        t->exact += exact;
        t->value += value;
        t->lenient += len_ok;
        t->fallback += fallback;
        if (!exact) {
            json_t *f = json_object();
            json_object_set(f, "id", json_object_get(c, "id"));
            json_object_set_new(f, "text", json_string(text));
            json_object_set(f, "expected", exp);
            json_t *ga = json_array();
            for (size_t k = 0; k < ng; k++)
                json_array_append_new(ga, ent_json(&got[k]));
            json_object_set_new(f, "got", ga);
            json_object_set_new(f, "value_ok", json_boolean(value));
            json_object_set_new(f, "lenient_ok", json_boolean(len_ok));
            char *s = json_dumps(f, JSON_COMPACT | JSON_ENSURE_ASCII * 0);
            fprintf(fo, "%s\n", s);
            free(s);
            json_decref(f);
        }
        for (size_t k = 0; k < ng; k++)
            free(got[k].text);
        free(text);
        json_decref(c);
    }
    free(line);
    fclose(in);
    fclose(fo);
    tally all;
    memset(&all, 0, sizeof all);
    snprintf(all.name, sizeof all.name, "all");
    for (int i = 0; i <= nt; i++) {
        tally *t = i < nt ? &tl[i] : &all;
        if (i < nt) {
            all.cases += t->cases, all.exact += t->exact, all.value += t->value;
            all.lenient += t->lenient, all.cur_n += t->cur_n, all.cur_ok += t->cur_ok;
            all.fallback += t->fallback;
        }
        double d = t->cases ? t->cases : 1;
        printf("%-8s %-17s %4d cases  exact %5.1f%%  value %5.1f%%  lenient %5.1f%%", argv[1],
               t->name, t->cases, 100 * t->exact / d, 100 * t->value / d, 100 * t->lenient / d);
        if (!numbers) printf("  currency %d/%d", t->cur_ok, t->cur_n);
        if (t->fallback) printf("  (whole-input fallback %d)", t->fallback);
        printf("\n");
    }
    zd_money_rx_free(rx);
    ucasemap_close(lower);
    return 0;
}
