/*
 * date_hindu.c: Hindu festivals by the rules of their calendars (see
 * date_hindu.h), computed from the sun and the moon (astro.c) in India
 * Standard Time (UTC+5:30).
 *
 * The lunisolar festivals are dated in the amanta calendar: a lunar month
 * runs from one new moon to the next and takes the name of the sidereal
 * sign (Lahiri ayanamsa) the sun is in at the new moon that begins it: the
 * sun in Meena (Pisces) makes Chaitra, in Mesha Vaishakha, and so on; when
 * two new moons fall in one sign, the first month is adhika (intercalary)
 * and no festival is kept in it. A tithi is each 12 degrees of the moon's
 * elongation from the sun (the bright half's 1-15, the dark half's 16-30).
 * A festival is tied to a tithi, and which civil day keeps it depends on
 * the part of the day at which the tithi must prevail, per festival (the
 * rules below, as the dharmashastra digests and the published panchangs
 * for New Delhi apply them). The solar festivals follow the sun's entry
 * into a sidereal sign (a sankranti) and, for Onam, the moon's nakshatra.
 *
 * Where a festival's rule is ambiguous between two days in some years
 * (regional practice, or the exceptions of the digests not modelled here)
 * the day given is the one this rule gives; tests/unit/test_date_hindu.c
 * checks it against the published dates of many years.
 */
#include "date_hindu.h"

#include <math.h>

#include "astro.h"

#define IST       5.5
#define SYNODIC   29.530589
#define TITHI_LEN (SYNODIC / 30.0)

typedef struct {
    double lat, lon;
} place;

static const place delhi = {28.6139, 77.2090};
static const place chennai = {13.0827, 80.2707};
static const place trivandrum = {8.5241, 76.9366};

/* Julian Day Number of the IST calendar day holding the instant jd. */
static long day_of(double jd)
{
    return (long)floor(jd + IST / 24.0 + 0.5);
}

static void ymd_of(long day, int *y, int *m, int *d)
{
    zd_astro_civil((double)day, 0, y, m, d);
}

/* Sunrise and sunset (UT) of IST day `day` at p; -1 when there is none. */
static int rise_set(long day, place p, double *rise, double *set)
{
    int y, m, d;
    ymd_of(day, &y, &m, &d);
    return zd_astro_sun_rise_set(y, m, d, p.lat, p.lon, IST, rise, set);
}

static double sidereal_sun(double jd)
{
    double l = fmod(zd_astro_sun_lon(jd) - zd_astro_ayanamsa(jd), 360.0);
    return l < 0 ? l + 360.0 : l;
}

static double sidereal_moon(double jd)
{
    double l = fmod(zd_astro_moon_lon(jd) - zd_astro_ayanamsa(jd), 360.0);
    return l < 0 ? l + 360.0 : l;
}

/* The moon's nakshatra at jd: 0 Ashvini .. 26 Revati (13 1/3 degrees of
 * sidereal longitude each). */
enum { SHRAVANA_NAK = 21 }; /* Thiruvonam in Malayalam */
static int nakshatra(double jd)
{
    return (int)(sidereal_moon(jd) / (360.0 / 27.0));
}

/* Amanta months, 0 Chaitra .. 11 Phalguna. */
enum {
    CHAITRA,
    VAISHAKHA,
    JYESHTHA,
    ASHADHA,
    SHRAVANA,
    BHADRAPADA,
    ASHVIN,
    KARTIKA,
    PHALGUNA = 11
};

/* How the day of a tithi is chosen. */
enum {
    AT_PRADOSH,  /* Diwali: the last day on whose evening (sunset + 1 ghati) it prevails */
    AT_HOLI,     /* the day after the last day whose afternoon (3/4 of daylight) it reaches */
    AT_SUNRISE6, /* the first day it prevails 6 ghatis after sunrise, else the day it begins */
    AT_APARAHNA, /* Vijayadashami: at the aparahna (the 4th fifth of daylight), or Shravana's */
    AT_SUNRISE,  /* the day it prevails at sunrise (udaya tithi) */
};

#define GHATI (24.0 / 60.0 / 24.0) /* 24 minutes, in days */

/* The day of a tithi running [start, end) (UT) by rule `at`; -1 if none. */
static long tithi_day(double start, double end, int at)
{
    long first = day_of(start) - 1, last = day_of(end) + 1, pick = -1;
    double rise, set;
    switch (at) {
    case AT_PRADOSH:
        for (long day = first; day <= last; day++)
            if (rise_set(day, delhi, &rise, &set) == 0 && set + GHATI >= start && set + GHATI < end)
                pick = day;
        if (pick < 0) /* it begins and ends between two evenings: the day it ends */
            for (long day = first; day <= last; day++)
                if (rise_set(day, delhi, &rise, &set) == 0 && set >= start && set < end) pick = day;
        return pick >= 0 ? pick : day_of(end);
    case AT_HOLI:
        /* Holika Dahan is at the pradosh of the purnima, which in its
         * first half lies under bhadra; when the purnima still runs past
         * the afternoon of its second day it is lit that evening, else the
         * evening before. Holi is the next day. */
        for (long day = first; day <= last; day++)
            if (rise_set(day, delhi, &rise, &set) == 0 && rise + 0.75 * (set - rise) < end &&
                set >= start - 1.0)
                pick = day;
        return pick >= 0 ? pick + 1 : -1;
    case AT_SUNRISE6:
        for (long day = first; day <= last; day++)
            if (rise_set(day, delhi, &rise, &set) == 0 && rise + 6 * GHATI >= start &&
                rise + 6 * GHATI < end)
                return day;
        return day_of(start);
    case AT_APARAHNA: {
        /* Vijayadashami: the dashami at the middle of the aparahna (the
         * 4th fifth of daylight); the next day instead when the dashami
         * still runs 3 muhurtas (6 ghatis) after its sunrise and the moon
         * is in Shravana at its aparahna */
        for (long day = first; day <= last && pick < 0; day++)
            if (rise_set(day, delhi, &rise, &set) == 0 && rise + 0.7 * (set - rise) >= start &&
                rise + 0.7 * (set - rise) < end)
                pick = day;
        if (pick < 0) return day_of(start);
        if (rise_set(pick + 1, delhi, &rise, &set) == 0 && rise + 6 * GHATI < end &&
            nakshatra(rise + 0.7 * (set - rise)) == SHRAVANA_NAK)
            return pick + 1;
        return pick;
    }
    case AT_SUNRISE:
        for (long day = first; day <= last; day++)
            if (rise_set(day, delhi, &rise, &set) == 0 && rise >= start && rise < end) return day;
        return day_of(start);
    }
    return -1;
}

/* The day of tithi t (1..30) of the (not intercalary) amanta month `month`
 * whose day falls in Gregorian year y, by rule `at`; -1 if none. */
static long lunar_festival(int y, int month, int t, int at)
{
    double nm = zd_astro_elongation_at(zd_astro_jd(y - 1, 11, 15), 0);
    for (int k = 0; k < 16; k++) {
        double next = zd_astro_elongation_at(nm + SYNODIC, 0);
        int sign = (int)(sidereal_sun(nm) / 30.0), nsign = (int)(sidereal_sun(next) / 30.0);
        if ((sign + 1) % 12 == month && sign != nsign) {
            double start =
                t == 1 ? nm : zd_astro_elongation_at(nm + (t - 1) * TITHI_LEN, 12.0 * (t - 1));
            double end = t == 30 ? next : zd_astro_elongation_at(nm + t * TITHI_LEN, 12.0 * t);
            long day = tithi_day(start, end, at);
            int yy, mm, dd;
            ymd_of(day, &yy, &mm, &dd);
            if (day >= 0 && yy == y) return day;
        }
        nm = next;
    }
    return -1;
}

/* The first day of the solar month the sun begins on entering sidereal
 * longitude lon near jd_guess: the day of the sankranti when it comes
 * before the time of day `frac` of daylight (1 = sunset: Tamil Nadu; 0.6 =
 * the aparahna: Kerala), else the next day. */
static long solar_month_start(double jd_guess, double lon, place p, double frac)
{
    double s = zd_astro_sun_at(jd_guess, lon, 1), rise, set;
    long day = day_of(s);
    if (rise_set(day, p, &rise, &set) != 0) return day;
    return s < rise + frac * (set - rise) ? day : day + 1;
}

/* Onam: the day of Chingam (the sun in sidereal Simha) whose sunrise at
 * Thiruvananthapuram is in Thiruvonam (the first of two when the
 * nakshatra spans two sunrises); when the month holds two Thiruvonams (in
 * its first days and its last), the second. In 2016 this gives 09-14
 * where Kerala kept 09-13 (Thiruvonam began mid-morning on the 13th and
 * ran past the 14th's sunrise): a rule of its panchangs not modelled. */
static long onam(int y)
{
    long a = solar_month_start(zd_astro_jd(y, 8, 17), 120.0, trivandrum, 0.6);
    long b = solar_month_start(zd_astro_jd(y, 9, 17), 150.0, trivandrum, 0.6), pick = -1;
    int prev = 0;
    for (long day = a; day < b; day++) {
        double rise, set;
        int on = rise_set(day, trivandrum, &rise, &set) == 0 && nakshatra(rise) == SHRAVANA_NAK;
        if (on && !prev) pick = day;
        prev = on;
    }
    return pick;
}

int zd_hindu_date(zd_hindu_holiday h, int y, int offset, int *m, int *d)
{
    long day = -1;
    if (y < 1900 || y > 2100) return -1;
    switch (h) {
    case ZD_HINDU_DIWALI:
        day = lunar_festival(y, ASHVIN, 30, AT_PRADOSH);
        break;
    case ZD_HINDU_HOLI:
        day = lunar_festival(y, PHALGUNA, 15, AT_HOLI);
        break;
    case ZD_HINDU_RAKSHA:
        day = lunar_festival(y, SHRAVANA, 15, AT_SUNRISE6);
        break;
    case ZD_HINDU_DUSSEHRA:
        day = lunar_festival(y, ASHVIN, 10, AT_APARAHNA);
        break;
    case ZD_HINDU_CHHATH:
        day = lunar_festival(y, KARTIKA, 6, AT_SUNRISE);
        break;
    case ZD_HINDU_PONGAL:
        day = solar_month_start(zd_astro_jd(y, 1, 14), 270.0, chennai, 1.0);
        break;
    case ZD_HINDU_ONAM:
        day = onam(y);
        break;
    }
    if (day < 0) return -1;
    int yy;
    ymd_of(day + offset, &yy, m, d);
    return yy == y ? 0 : -1;
}
