/*
 * calendar.h
 *		Proleptic Gregorian calendar arithmetic shared by the extension and
 *		the loader.
 *
 * Dates are counted in days since 2000-01-01, the same epoch as
 * PostgreSQL's DateADT, so that the extension can pass day numbers to and
 * from the server without conversion.  Nothing here includes a PostgreSQL
 * header: the loader and the unit tests link this file as it is.
 */
#ifndef SC_CALENDAR_H
#define SC_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Years the text forms accept: four digits, as ISO 8601 basic years. */
#define SC_MIN_YEAR 0
#define SC_MAX_YEAR 9999

/* Day numbers of 0000-01-01 and 9999-12-31. */
#define SC_MIN_DAY (-730485)
#define SC_MAX_DAY 2921939

extern bool sc_is_leap_year(int year);
extern int	sc_days_in_month(int year, int month);
extern int	sc_days_in_year(int year);
extern bool sc_valid_civil(int year, int month, int day);
extern int32_t sc_days_from_civil(int year, int month, int day);
extern void sc_civil_from_days(int32_t days, int *year, int *month, int *day);

/*
 * Parses exactly "YYYY-MM-DD" from the first len bytes of s.  Returns true
 * and sets *days for a valid date, false for anything else.
 */
extern bool sc_parse_iso_date(const char *s, size_t len, int32_t *days);

/* Writes "YYYY-MM-DD" and a terminating NUL; buf needs 11 bytes. */
extern void sc_format_iso_date(int32_t days, char *buf);

#endif							/* SC_CALENDAR_H */
