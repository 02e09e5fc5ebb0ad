/*
 * astro.c: positions of the sun and the moon for the calendars ICU does not
 * have (see astro.h): Meeus' "Astronomical Algorithms" (2nd ed.): the sun
 * by chapter 25's low-accuracy theory (about 0.01 degree), the moon by the
 * main terms of chapter 47's series (about 0.005 degree), sunrise and
 * sunset by chapter 15's iteration, and Delta T by Espenak and Meeus'
 * polynomials. A tithi lasts about a day for 12 degrees of elongation, so
 * these errors move a tithi's end by a minute or two, well inside what
 * deciding its calendar day needs (the rules in date_hindu.c compare it
 * with sunrise or sunset, which differ by that much across a city).
 */
#include "astro.h"

#include <math.h>
#include <stddef.h>

#define J2000 2451545.0
#define DEG   (M_PI / 180.0)

static double norm360(double x)
{
    x = fmod(x, 360.0);
    return x < 0 ? x + 360.0 : x;
}

/* (-180, 180] */
static double norm180(double x)
{
    x = norm360(x);
    return x > 180.0 ? x - 360.0 : x;
}

double zd_astro_jd(int y, int m, int d)
{
    /* days from 1970-01-01 of a proleptic Gregorian date (Hinnant's
     * algorithm), JD 2440587.5 at its midnight */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return 2440587.5 + (double)(era * 146097 + doe - 719468);
}

void zd_astro_civil(double jd, double tz_hours, int *y, int *m, int *d)
{
    long z = (long)floor(jd + tz_hours / 24.0 - 2440587.5) + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Terrestrial Time minus Universal Time in seconds (Espenak and Meeus,
 * "Five Millennium Canon of Solar Eclipses", the polynomials for
 * 1961-2150 and the long-term parabola elsewhere). */
static double delta_t(double jd)
{
    double y = 2000.0 + (jd - J2000) / 365.25, t;
    if (y >= 2005 && y < 2050) {
        t = y - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    if (y >= 1986 && y < 2005) {
        t = y - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t +
               0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    }
    if (y >= 1961 && y < 1986) {
        t = y - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    double u = (y - 1820) / 100;
    if (y >= 2050 && y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
    return -20 + 32 * u * u;
}

/* Julian centuries of TT since J2000 at the UT instant jd. */
static double cent_tt(double jd)
{
    return (jd + delta_t(jd) / 86400.0 - J2000) / 36525.0;
}

/* The sun's apparent longitude at T (TT centuries), chapter 25. */
static double sun_lon_T(double T)
{
    double L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
    double M = (357.52911 + 35999.05029 * T - 0.0001537 * T * T) * DEG;
    double C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) +
               (0.019993 - 0.000101 * T) * sin(2 * M) + 0.000289 * sin(3 * M);
    double omega = (125.04 - 1934.136 * T) * DEG;
    return norm360(L0 + C - 0.00569 - 0.00478 * sin(omega));
}

double zd_astro_sun_lon(double jd)
{
    return sun_lon_T(cent_tt(jd));
}

/* Table 47.A, longitude: multiples of D, M, M', F and the coefficient in
 * millionths of a degree (terms in M are multiplied by E per power). */
static const struct {
    signed char d, m, mp, f;
    int c;
} moon_terms[] = {
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314},  {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},  {2, 0, -2, 0, 58793},  {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},   {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},   {0, 0, 1, 2, -12528},  {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},    {4, 0, -2, 0, 8548},   {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},   {1, 1, 0, 0, 4987},    {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},     {2, 0, -3, 0, 3665},   {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},   {1, 0, 1, 0, -2348},   {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120},   {0, 2, 0, 0, -2069},    {2, -2, -1, 0, 2048},  {2, 0, 1, -2, -1773},
    {2, 0, 0, 2, -1595},   {4, -1, -1, 0, 1215},   {0, 0, 2, 2, -1110},   {3, 0, -1, 0, -892},
    {2, 1, 1, 0, -810},    {4, -1, -2, 0, 759},    {0, 2, -1, 0, -713},   {2, 2, -1, 0, -700},
    {2, 1, -2, 0, 691},    {2, -1, 0, -2, 596},    {4, 0, 1, 0, 549},     {0, 0, 4, 0, 537},
    {4, -1, 0, 0, 520},    {1, 0, -2, 0, -487},    {2, 1, 0, -2, -399},   {0, 0, 2, -2, -381},
    {1, 1, 1, 0, 351},     {3, 0, -2, 0, -340},    {4, 0, -3, 0, 330},    {2, -1, 2, 0, 327},
    {0, 2, 1, 0, -323},    {1, 1, -1, 0, 299},     {2, 0, 3, 0, 294},
};

/* The moon's apparent longitude at T (TT centuries), chapter 47, with the
 * nutation in longitude's main term (as the sun's above). */
static double moon_lon_T(double T)
{
    double T2 = T * T, T3 = T2 * T, T4 = T3 * T;
    double Lp = 218.3164477 + 481267.88123421 * T - 0.0015786 * T2 + T3 / 538841 - T4 / 65194000;
    double D = 297.8501921 + 445267.1114034 * T - 0.0018819 * T2 + T3 / 545868 - T4 / 113065000;
    double M = 357.5291092 + 35999.0502909 * T - 0.0001536 * T2 + T3 / 24490000;
    double Mp = 134.9633964 + 477198.8675055 * T + 0.0087414 * T2 + T3 / 69699 - T4 / 14712000;
    double F = 93.2720950 + 483202.0175233 * T - 0.0036539 * T2 - T3 / 3526000 + T4 / 863310000;
    double A1 = 119.75 + 131.849 * T, A2 = 53.09 + 479264.290 * T;
    double E = 1 - 0.002516 * T - 0.0000074 * T2;
    double sum = 0;
    for (size_t i = 0; i < sizeof moon_terms / sizeof moon_terms[0]; i++) {
        double arg = (moon_terms[i].d * D + moon_terms[i].m * M + moon_terms[i].mp * Mp +
                      moon_terms[i].f * F) *
                     DEG;
        double c = moon_terms[i].c;
        int am = moon_terms[i].m < 0 ? -moon_terms[i].m : moon_terms[i].m;
        if (am == 1) c *= E;
        if (am == 2) c *= E * E;
        sum += c * sin(arg);
    }
    sum += 3958 * sin(A1 * DEG) + 1962 * sin((Lp - F) * DEG) + 318 * sin(A2 * DEG);
    double omega = (125.04452 - 1934.136261 * T) * DEG;
    double nut = -0.00478 * sin(omega); /* nutation in longitude, its main term */
    return norm360(Lp + sum / 1e6 + nut);
}

double zd_astro_moon_lon(double jd)
{
    return moon_lon_T(cent_tt(jd));
}

double zd_astro_ayanamsa(double jd)
{
    /* 23.857092 degrees at J2000 (Lahiri: 23.245524743 at 1956-03-21,
     * carried forward), moving with the general precession in longitude */
    double T = cent_tt(jd);
    return 23.857092 + (5028.796195 * T + 1.1054348 * T * T) / 3600.0;
}

double zd_astro_elongation(double jd)
{
    double T = cent_tt(jd);
    return norm360(moon_lon_T(T) - sun_lon_T(T));
}

double zd_astro_elongation_at(double jd, double angle)
{
    /* the elongation grows 10.5-14.5 degrees a day: secant steps from the
     * mean rate converge in a few rounds */
    for (int i = 0; i < 30; i++) {
        double err = norm180(angle - zd_astro_elongation(jd));
        jd += err / 12.190749;
        if (fabs(err) < 1e-6) break;
    }
    return jd;
}

double zd_astro_sun_at(double jd, double lon, int sidereal)
{
    for (int i = 0; i < 30; i++) {
        double l = zd_astro_sun_lon(jd) - (sidereal ? zd_astro_ayanamsa(jd) : 0);
        double err = norm180(lon - l);
        jd += err / 0.98564736;
        if (fabs(err) < 1e-7) break;
    }
    return jd;
}

/* The sun's right ascension and declination (degrees) at jd. */
static void sun_equatorial(double jd, double *ra, double *dec)
{
    double T = cent_tt(jd);
    double lam = sun_lon_T(T) * DEG;
    double eps = (23.439291 - 0.0130042 * T + 0.00256 * cos((125.04 - 1934.136 * T) * DEG)) * DEG;
    *ra = norm360(atan2(cos(eps) * sin(lam), cos(lam)) / DEG);
    *dec = asin(sin(eps) * sin(lam)) / DEG;
}

/* Greenwich mean sidereal time (degrees) at the UT instant jd. */
static double gmst(double jd)
{
    double T = (jd - J2000) / 36525.0;
    return norm360(280.46061837 + 360.98564736629 * (jd - J2000) + 0.000387933 * T * T -
                   T * T * T / 38710000.0);
}

/* The instant near jd when the sun's hour angle at east longitude lon is
 * h (degrees): -H0 rises, +H0 sets. Returns -1 where it never reaches the
 * altitude. */
static int sun_event(double jd, double lat, double lon, int rising, double *out)
{
    const double h0 = -0.8333; /* the upper limb, with refraction */
    for (int i = 0; i < 5; i++) {
        double ra, dec;
        sun_equatorial(jd, &ra, &dec);
        double c =
            (sin(h0 * DEG) - sin(lat * DEG) * sin(dec * DEG)) / (cos(lat * DEG) * cos(dec * DEG));
        if (c < -1 || c > 1) return -1;
        double H0 = acos(c) / DEG;
        double ha = norm180(gmst(jd) + lon - ra);
        double want = rising ? -H0 : H0;
        jd += norm180(want - ha) / 360.98564736629;
    }
    *out = jd;
    return 0;
}

int zd_astro_sun_rise_set(int y, int m, int d, double lat, double lon, double tz_hours,
                          double *rise, double *set)
{
    double noon = zd_astro_jd(y, m, d) + 0.5 - tz_hours / 24.0;
    if (sun_event(noon - 0.25, lat, lon, 1, rise) != 0) return -1;
    if (sun_event(noon + 0.25, lat, lon, 0, set) != 0) return -1;
    return 0;
}
