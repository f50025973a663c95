/*
 * values.c
 *		Which dates and numbers the loader accepts: only what every type and
 *		function downstream can hold, checked before anything is staged, so
 *		that one value of one document or row cannot fail a run in the
 *		server or poison the answers about others.
 *
 * PostgreSQL's date takes no year 0 in ISO form, and the validity type
 * states years 0000 to 9999 only; a date of a document therefore lies in
 * the years 0001 to 9999.
 */
#include "loader.h"

#include <string.h>

#include "calendar.h"

/* Whether text is a date YYYY-MM-DD in the years 0001 to 9999. */
bool
storable_day(const char *text)
{
	int32_t		days;

	return strlen(text) == 10 && sc_parse_iso_date(text, 10, &days) &&
		memcmp(text, "0000", 4) != 0;
}

/*
 * Whether text, an xs:dateTime of a manifest (the schema has checked its
 * form), falls in the years 0001 to 9999: its date part is a storable day
 * followed by its time ("-0044-03-15T..." and "12000-01-01T..." are not).
 */
bool
storable_timestamp(const char *text)
{
	char		day[11];

	if (strlen(text) < 11 || text[10] != 'T')
		return false;
	memcpy(day, text, 10);
	day[10] = '\0';
	return storable_day(day);
}
