/*
 * astro.h: the few positions of the sun and the moon that calendars
 * without an ICU implementation need: the Hindu lunisolar calendar (tithis,
 * new and full moons, the sun's sidereal sign, the moon's nakshatra) and
 * the Chinese solar terms (the sun's tropical longitude).
 *
 * Why here and by hand: ICU has no Hindu calendar and exposes no solar
 * terms, and the published algorithms (Meeus, "Astronomical Algorithms",
 * 2nd ed., chapters 22, 25, 47) are short and accurate to a minute or two
 * for the sun and the moon, which is what deciding a calendar day needs.
 *
 * Times are Julian Days in Universal Time (UT) unless named _tt
 * (Terrestrial Time); longitudes are in degrees, [0, 360).
 *
 * Ownership: every function is pure (plain values in and out); nothing to
 * free, safe from any thread.
 */
#ifndef ZD_ASTRO_H
#define ZD_ASTRO_H

/* Julian Day (UT) of 0h UT on a proleptic Gregorian date, and back (the
 * calendar date of the UT instant jd shifted by tz_hours, e.g. +5.5 for
 * India, +8 for China). */
double zd_astro_jd(int y, int m, int d);
void zd_astro_civil(double jd, double tz_hours, int *y, int *m, int *d);

/* The sun's apparent tropical ecliptic longitude at jd (UT). */
double zd_astro_sun_lon(double jd);

/* The moon's apparent tropical ecliptic longitude at jd (UT). */
double zd_astro_moon_lon(double jd);

/* The Lahiri (Chitrapaksha) ayanamsa at jd: tropical minus sidereal
 * longitude, the one India's calendar reform committee adopted. */
double zd_astro_ayanamsa(double jd);

/* The moon's elongation from the sun (moon minus sun), [0, 360): a tithi
 * is each 12 degrees of it, a new moon its 0, a full moon its 180. */
double zd_astro_elongation(double jd);

/* The instant (UT) nearest jd_guess (within about 10 days) at which the
 * elongation reaches angle. */
double zd_astro_elongation_at(double jd_guess, double angle);

/* The instant (UT) nearest jd_guess (within about 20 days) at which the
 * sun's tropical longitude (sidereal when sidereal is nonzero) reaches
 * lon: a solar term, or a sankranti. */
double zd_astro_sun_at(double jd_guess, double lon, int sidereal);

/* Sunrise and sunset (UT, upper limb at the horizon with refraction) of
 * the local civil date y-m-d at latitude lat and east longitude lon
 * (degrees) in a zone tz_hours east of UT. Returns 0, or -1 where the sun
 * does not rise or set that day. */
int zd_astro_sun_rise_set(int y, int m, int d, double lat, double lon, double tz_hours,
                          double *rise, double *set);

#endif
