/*
 * test_calendar.c
 *		Unit tests of core/calendar.c: day numbers against known dates, the
 *		round trip over every day of the supported years, ISO parsing.
 */
#include "calendar.h"
#include "unit.h"

#include <string.h>

static void
test_known_days(void)
{
	unit_check(sc_days_from_civil(2000, 1, 1) == 0, "2000-01-01 is day 0, as PostgreSQL's DateADT");
	unit_check(sc_days_from_civil(1999, 12, 31) == -1, "1999-12-31 is day -1");
	unit_check(sc_days_from_civil(1970, 1, 1) == -10957, "1970-01-01 is day -10957");
	unit_check(sc_days_from_civil(2024, 2, 29) - sc_days_from_civil(2024, 2, 28) == 1, "2024 has a 29 February");
	unit_check(sc_days_from_civil(0, 1, 1) == SC_MIN_DAY, "SC_MIN_DAY is 0000-01-01");
	unit_check(sc_days_from_civil(9999, 12, 31) == SC_MAX_DAY, "SC_MAX_DAY is 9999-12-31");
}

static void
test_round_trip(void)
{
	int			mismatches = 0;
	int32_t		expected = SC_MIN_DAY;

	for (int y = SC_MIN_YEAR; y <= SC_MAX_YEAR; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= sc_days_in_month(y, m); d++)
			{
				int			y2,
							m2,
							d2;

				sc_civil_from_days(expected, &y2, &m2, &d2);
				if (sc_days_from_civil(y, m, d) != expected || y2 != y || m2 != m || d2 != d)
					mismatches++;
				expected++;
			}
	unit_check(mismatches == 0, "every day of years 0000-9999 round-trips (%d mismatches)", mismatches);
	unit_check(expected == SC_MAX_DAY + 1, "consecutive dates have consecutive day numbers");
}

static void
test_leap_years(void)
{
	unit_check(sc_is_leap_year(2000) && sc_is_leap_year(2024) && sc_is_leap_year(0),
			   "years divisible by 400 or by 4 are leap years");
	unit_check(!sc_is_leap_year(1900) && !sc_is_leap_year(2100) && !sc_is_leap_year(2023),
			   "centuries not divisible by 400 are not");
	unit_check(sc_days_in_year(2020) == 366 && sc_days_in_year(2019) == 365, "days in year");
}

static void
test_iso_dates(void)
{
	int32_t		days;
	char		buf[11];
	static const char *const bad[] = {
		"2023-02-29", "2023-13-01", "2023-00-10", "2023-01-32", "2023-1-01",
		"20230101", "2023-01-01x", "+023-01-01", "2023-01-0a", ""
	};

	unit_check(sc_parse_iso_date("2023-12-06", 10, &days) &&
			   days == sc_days_from_civil(2023, 12, 6), "parses 2023-12-06");
	unit_check(sc_parse_iso_date("2024-02-29", 10, &days), "parses 2024-02-29");
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		unit_check(!sc_parse_iso_date(bad[i], strlen(bad[i]), &days), "rejects \"%s\"", bad[i]);
	sc_format_iso_date(sc_days_from_civil(7, 3, 9), buf);
	unit_check(strcmp(buf, "0007-03-09") == 0, "formats with four-digit years (%s)", buf);
}

int
main(void)
{
	test_known_days();
	test_round_trip();
	test_leap_years();
	test_iso_dates();
	return unit_exit_status();
}
