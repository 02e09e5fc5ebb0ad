/*
 * date.h: a date span to a calendar value (YYYY-MM-DD, YYYY-MM or YYYY),
 * resolved against the document's publish date, with ICU calendars for all
 * arithmetic (Gregorian, ISO weeks Monday first, the Chinese calendar for
 * lunar holidays, the Islamic and Hebrew calendars for theirs; the sun and
 * the moon, astro.h, for Hindu festivals and solar terms) in
 * Asia/Shanghai unless the page says otherwise.
 *
 * Ownership: zd_date_ctx_new() opens the ICU calendars once; free the
 * context with zd_date_ctx_free(). zd_date values are plain. A context
 * (with its preference) serves one thread at a time.
 */
#ifndef ZD_DATE_H
#define ZD_DATE_H

#include <stddef.h>

typedef enum { ZD_GRAN_NONE = 0, ZD_GRAN_DAY, ZD_GRAN_MONTH, ZD_GRAN_YEAR } zd_gran;

typedef struct {
    int y, m, d;  /* m, d are 0 when the granularity is coarser */
    zd_gran gran; /* ZD_GRAN_NONE: no value (unresolvable) */
} zd_date;

typedef struct zd_date_ctx zd_date_ctx;

/* Which occurrence a date the text names without its year, month or week
 * means (2月27日, 16日, 2月, 周三, 春节, 八月十五): the one nearest the
 * publish day (ties to the past; a bare weekday is that day of the publish
 * week, a bare day of month is in the publish month, a bare month in the
 * publish year), the latest one on or before the publish day, or the
 * earliest one on or after it. The publish day itself is both past and
 * future. Or the one of the publish year ("year", the way a date written
 * without its year is read in that year's calendar: 9月30日 in the
 * publish year, 腊月初十 in the lunar year of that number, 国庆 that
 * year's; a weekday or a day of month as with nearest). Explicit words
 * (本周三, 下个月, 去年9月, 年底, 上半年) and periods are not affected. Like
 * dateparser's PREFER_DATES_FROM. */
typedef enum { ZD_PREFER_NEAREST = 0, ZD_PREFER_PAST, ZD_PREFER_FUTURE, ZD_PREFER_YEAR } zd_prefer;

/* Conventions other readers hold where ours differ, as flags (0: ours).
 * ZD_CONV_ROLLING_WEEKS: a weekday counts from the publish day, not its ISO
 *   week: 这周一/本周一 is the first Monday on or after the publish day,
 *   下周一 the first after it (下下周一 a week later), 上周一 the last before
 *   it; and a bare 周一 with the preference future or past is the first
 *   after or the last before it (the publish day itself is neither).
 * ZD_CONV_HOLIDAY_EVE: a holiday whose day begins at the evening before
 *   (the Jewish ones: a Hebrew day begins at sunset; Holi, begun by the
 *   Holika Dahan fire) is dated by that first evening, as calendars that
 *   list 赎罪日 on its Erev do.
 * ZD_CONV_COUNT_FORWARD: a whole count of months, quarters or years forward
 *   (三年后, 三个季度后) counts from the publish date; ours leaves it
 *   unresolved, since news counts it from a moment the story names. */
enum { ZD_CONV_ROLLING_WEEKS = 1, ZD_CONV_HOLIDAY_EVE = 2, ZD_CONV_COUNT_FORWARD = 4 };

/* Where the page is from, for the holidays whose day differs by region:
 * Taiwan keeps its National Day (國慶) on 10-10, Teachers' Day on 09-28,
 * Youth Day on 03-29 and Children's Day on 04-04; the mainland, Hong Kong
 * and Macau keep 10-01, 09-10, 05-04 and 06-01. */
typedef enum { ZD_REGION_DEFAULT = 0, ZD_REGION_TW } zd_region;

/* A new context resolves with ZD_PREFER_NEAREST and ZD_REGION_DEFAULT; NULL when ICU cannot open
 * its calendars (reported). */
zd_date_ctx *zd_date_ctx_new(void);
void zd_date_ctx_free(zd_date_ctx *c);

/* Set the context's preference for every resolution that follows. */
void zd_date_ctx_set_prefer(zd_date_ctx *c, zd_prefer p);

/* Set the conventions (ZD_CONV_* flags, 0 for ours) for every resolution
 * that follows. */
void zd_date_ctx_set_conventions(zd_date_ctx *c, unsigned flags);

/* A comma-separated list of convention names ("rolling-weeks",
 * "holiday-eve", "count-forward"; "" or "none" for none) to *out: 0, or -1
 * naming an unknown one. */
int zd_conventions_parse(const char *s, unsigned *out);

/* Set the region for every resolution that follows (normalize sets it per
 * document). */
void zd_date_ctx_set_region(zd_date_ctx *c, zd_region r);

/* "nearest", "past", "future" or "year" to *out: 0, or -1 for any other string. */
int zd_prefer_parse(const char *s, zd_prefer *out);

/* The name of a preference (a static string). */
const char *zd_prefer_name(zd_prefer p);

/* Resolve s[0..n) against ref (a day; ref->gran == ZD_GRAN_NONE means no
 * publish date is known: relative and partial dates are then unresolvable).
 * Returns 0 with *out set, or -1 when the span has no resolvable value
 * (out->gran = ZD_GRAN_NONE). */
int zd_date_resolve(zd_date_ctx *c, const char *s, size_t n, const zd_date *ref, zd_date *out);

/* A publish stamp ("2026-02-28", "2026-02-28T09:15:00+08:00",
 * "2026-02-27T20:00:00Z") to its local calendar day in Asia/Shanghai.
 * Returns 0, or -1 when the stamp cannot be read. */
int zd_date_published_day(zd_date_ctx *c, const char *stamp, zd_date *out);

/* Write "YYYY-MM-DD" / "YYYY-MM" / "YYYY" into buf (>= 11 bytes); "" for none. */
void zd_date_format(const zd_date *d, char *buf, size_t size);

/* Granularity name for mention records: "day", "month", "year", or NULL. */
const char *zd_gran_name(zd_gran g);

#endif
