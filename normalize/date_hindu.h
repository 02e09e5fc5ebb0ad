/*
 * date_hindu.h: the Gregorian day of the Hindu festivals that Chinese text
 * names (排灯节 Diwali, 洒红节 Holi, 兄妹节 Raksha Bandhan, 十胜节 Dussehra,
 * 克哈特普迦节 Chhath, 庞格尔节 Pongal, 欧南节 Onam) in a Gregorian year,
 * by the rules of the calendar each belongs to, computed from the sun and
 * the moon (astro.h) in India time: ICU has no Hindu calendar.
 *
 * Ownership: pure functions of their arguments; nothing to free, safe from
 * any thread.
 */
#ifndef ZD_DATE_HINDU_H
#define ZD_DATE_HINDU_H

typedef enum {
    ZD_HINDU_DIWALI = 1, /* Lakshmi Puja: the amavasya ending amanta Ashvin, at pradosh */
    ZD_HINDU_HOLI,       /* Dhulandi: the day after Holika Dahan (Phalguna purnima) */
    ZD_HINDU_RAKSHA,     /* Raksha Bandhan: Shravana purnima */
    ZD_HINDU_DUSSEHRA,   /* Vijayadashami: Ashvin shukla dashami, at aparahna */
    ZD_HINDU_CHHATH,     /* Chhath's main day: Kartika shukla shashthi, at sunset */
    ZD_HINDU_PONGAL,     /* Thai Pongal: the first day of the Tamil month Thai */
    ZD_HINDU_ONAM,       /* Thiruvonam: the Thiruvonam nakshatra in the month Chingam */
} zd_hindu_holiday;

/* The Gregorian date (*m, *d) of holiday h in Gregorian year y, plus
 * offset days (庞格尔节第三天 is Pongal + 1). Returns 0, or -1 when the
 * holiday does not fall in year y (or y is outside 1900-2100, where the
 * astronomy is not checked). */
int zd_hindu_date(zd_hindu_holiday h, int y, int offset, int *m, int *d);

#endif
