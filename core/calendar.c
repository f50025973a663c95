/*
 * calendar.c
 *		Proleptic Gregorian calendar arithmetic on day numbers.
 *
 * The conversions are Howard Hinnant's days_from_civil / civil_from_days
 * algorithms: branch-light, exact for every year, and without tables.  They
 * count days from 1970-01-01; the 10957 days to 2000-01-01 are added and
 * removed at the edges.
 */
#include "calendar.h"

#include <stdio.h>

#define DAYS_1970_TO_2000 10957

bool
sc_is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
sc_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && sc_is_leap_year(year))
		return 29;
	return days[month - 1];
}

int
sc_days_in_year(int year)
{
	return sc_is_leap_year(year) ? 366 : 365;
}

bool
sc_valid_civil(int year, int month, int day)
{
	return year >= SC_MIN_YEAR && year <= SC_MAX_YEAR &&
		month >= 1 && month <= 12 &&
		day >= 1 && day <= sc_days_in_month(year, month);
}

int32_t
sc_days_from_civil(int year, int month, int day)
{
	int			y = month <= 2 ? year - 1 : year;
	int			era = (y >= 0 ? y : y - 399) / 400;
	int			yoe = y - era * 400;
	int			doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468 - DAYS_1970_TO_2000;
}

void
sc_civil_from_days(int32_t days, int *year, int *month, int *day)
{
	int32_t		z = days + DAYS_1970_TO_2000 + 719468;
	int32_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int32_t		doe = z - era * 146097;
	int32_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t		mp = (5 * doy + 2) / 153;
	int32_t		m = mp < 10 ? mp + 3 : mp - 9;

	*day = doy - (153 * mp + 2) / 5 + 1;
	*month = m;
	*year = yoe + era * 400 + (m <= 2);
}

static bool
parse_digits(const char *s, int n, int *value)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*value = v;
	return true;
}

bool
sc_parse_iso_date(const char *s, size_t len, int32_t *days)
{
	int			year,
				month,
				day;

	if (len != 10 || s[4] != '-' || s[7] != '-' ||
		!parse_digits(s, 4, &year) ||
		!parse_digits(s + 5, 2, &month) ||
		!parse_digits(s + 8, 2, &day) ||
		!sc_valid_civil(year, month, day))
		return false;
	*days = sc_days_from_civil(year, month, day);
	return true;
}

void
sc_format_iso_date(int32_t days, char *buf)
{
	int			year,
				month,
				day;

	sc_civil_from_days(days, &year, &month, &day);
	snprintf(buf, 11, "%04d-%02d-%02d", year, month, day);
}
