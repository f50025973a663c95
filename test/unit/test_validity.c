/*
 * test_validity.c
 *		Unit tests of core/validity.c: text form, encoding, and both readings
 *		of every relation, the latter checked against brute force.
 *
 * The brute-force part enumerates every true interval consistent with a
 * validity over a small window of days (plus the two infinities) and checks
 * each relation's "certainly" against "for all pairs" and "possibly"
 * against "for some pair".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "unit.h"
#include "validity.h"

#define MAX_INTERVALS 4096

typedef struct interval
{
	int64_t		s;
	int64_t		e;
} interval;

/* What a generated bound stands for: its first and last day. */
typedef struct span
{
	int64_t		first;
	int64_t		last;
} span;

typedef struct generated
{
	sc_validity v;
	span		lower;
	span		upper;
} generated;

typedef bool (*relation) (sc_validity a, sc_validity b);
typedef bool (*concrete_relation) (interval a, interval b);

static int32_t day(int y, int m, int d);
static sc_validity parse_ok(const char *text);
static void test_round_trips(void);
static void test_edtf_examples(void);
static void test_bad_input(void);
static void test_readings(void);
static void test_readings_of_new_forms(void);
static void test_bits_of_0_2(void);
static void test_order(void);
static void test_durations_and_parts(void);
static void test_encoding(void);
static void test_between(void);
static int	enumerate(const generated *g, interval *out);
static bool brute_contains(interval a, interval b);
static bool brute_overlaps(interval a, interval b);
static bool brute_before(interval a, interval b);
static bool brute_adjacent(interval a, interval b);
static void random_bound(bool upper, char *buf, size_t n, span *sp);
static bool random_validity(generated *g);
static void test_against_brute_force(void);
static void test_random_text(void);

/* The window: 2019-01-29 .. 2019-03-03, holding all of February 2019. */
static int32_t window_first;
static int32_t window_last;

static int32_t
day(int y, int m, int d)
{
	return sc_days_from_civil(y, m, d);
}

static sc_validity
parse_ok(const char *text)
{
	sc_validity v = {0, 0};

	unit_check(sc_validity_parse(text, strlen(text), &v) == SC_VALIDITY_OK,
			   "\"%s\" parses", text);
	return v;
}

static void
test_round_trips(void)
{
	static const char *const canonical[] = {
		"2016-01-01/..", "199X/..", "2019/2023-06", "../2015-12-31",
		"2016-01-01/2018-12-31", "[..2023-12-06]/..", "2019-01-01/[2020..]",
		"../..", "0000-01-01/9999-12-31", "000X/999X", "[..2019]/[2020-02..]",
		"[199X..]/[..200X]", "2020-02/2020-02", "2019/2019-03-15",
		"1995~/..", "1968?/2019", "2004-06-11%/", "/2019-21", "19XX/20XX",
		"1985-04-XX/2004-XX", "1985-XX-XX/", "[..2019-24~]/[20XX..]",
		"[..2004-06-11%]/[..2004-XX-XX%]", "../", "/..", "0000~/9999%",
		"2019-21?/2019-22~", "201X%/20XX?",
	};
	static const char *const aliases[][2] = {
		{"2019", "2019-01-01/2019-12-31"},
		{"2019-05", "2019-05-01/2019-05-31"},
		{"2020-02", "2020-02-01/2020-02-29"},
		{"2019-02", "2019-02-01/2019-02-28"},
		{"199X", "1990-01-01/1999-12-31"},
		{"2019-05-17", "2019-05-17/2019-05-17"},
		{"  2019/.. ", "2019/.."},
		{"2019-21", "2019-03-01/2019-05-31"},
		{"2019-22", "2019-06-01/2019-08-31"},
		{"2019-23", "2019-09-01/2019-11-30"},
		{"2019-24", "2019-12-01/2020-02-29"},
		{"20XX", "2000-01-01/2099-12-31"},
		{"1995~", "1995~/1995~"},
		{"2004-XX", "2004-XX/2004-XX"},
		{"1985-04-12T23:20:30+04:30", "1985-04-12/1985-04-12"},
		{"[..1760-12-03]", "[..1760-12-03]/[..1760-12-03]"},
		{"[1760-12..]", "[1760-12..]/[1760-12..]"},
	};
	char		buf[SC_VALIDITY_TEXT_SIZE];

	for (size_t i = 0; i < sizeof(canonical) / sizeof(canonical[0]); i++)
	{
		sc_validity_format(parse_ok(canonical[i]), buf, sizeof(buf));
		unit_check(strcmp(buf, canonical[i]) == 0, "\"%s\" comes back as \"%s\"",
				   canonical[i], buf);
	}
	for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
	{
		sc_validity_format(parse_ok(aliases[i][0]), buf, sizeof(buf));
		unit_check(strcmp(buf, aliases[i][1]) == 0, "\"%s\" is \"%s\"",
				   aliases[i][0], buf);
	}
	unit_check(sc_validity_parse("\t2019/..\r\n", 10, &(sc_validity)
								 {0, 0}) == SC_VALIDITY_OK,
			   "tabs and line ends around the text are ignored");
	unit_check(!sc_validity_format(parse_ok("2019"), buf, 31),
			   "format refuses a short buffer");
}

/*
 * The examples of the Library of Congress's EDTF specification (2019),
 * levels 0 and 1, within the years 0000 to 9999: each parses, and its
 * canonical text parses to the same value.
 */
static void
test_edtf_examples(void)
{
	static const char *const examples[] = {
		/* level 0: dates, dates and times, intervals */
		"1985-04-12", "1985-04", "1985",
		"1985-04-12T23:20:30", "1985-04-12T23:20:30Z",
		"1985-04-12T23:20:30-04", "1985-04-12T23:20:30+04:30",
		"1964/2008", "2004-06/2006-08", "2004-02-01/2005-02-08",
		"2004-02-01/2005-02", "2004-02-01/2005", "2005/2006-02",
		/* level 1: seasons, qualification, unspecified digits */
		"2001-21", "2001-22", "2001-23", "2001-24",
		"1984?", "2004-06~", "2004-06-11%",
		"201X", "20XX", "2004-XX", "1985-04-XX", "1985-XX-XX",
		/* level 1: extended intervals */
		"1985-04-12/..", "1985-04/..", "1985/..",
		"../1985-04-12", "../1985-04", "../1985",
		"1985-04-12/", "1985-04/", "1985/",
		"/1985-04-12", "/1985-04", "/1985",
		"1984~/2004-06", "1984/2004-06~", "1984~/2004~", "1984?/2004%",
		"1984-06?/2004-08?", "1984-06-02?/2004-08-08~", "1984-06-02?/",
		"2004-06-XX/2004-07-03",
		/* the sets of one date the type holds */
		"[..1760-12-03]", "[1760-12..]",
	};
	char		buf[SC_VALIDITY_TEXT_SIZE];

	for (size_t i = 0; i < sizeof(examples) / sizeof(examples[0]); i++)
	{
		sc_validity v = parse_ok(examples[i]);
		sc_validity again = {0, 0};

		sc_validity_format(v, buf, sizeof(buf));
		unit_check(sc_validity_parse(buf, strlen(buf), &again) == SC_VALIDITY_OK &&
				   sc_validity_cmp(v, again) == 0 &&
				   sc_validity_check(v) == SC_VALIDITY_OK,
				   "EDTF example \"%s\" comes back as \"%s\", the same value",
				   examples[i], buf);
	}
}

/*
 * What each new form stands for: the four readings, written out by hand
 * from the README's table.
 */
static void
test_readings_of_new_forms(void)
{
	static const struct
	{
		const char *text;
		int			es[3];
		int			ls[3];
		int			ee[3];
		int			le[3];
	}			cases[] = {
		/* a qualifier widens by one unit each side, "%" by two */
		{"1995~/..", {1994, 1, 1}, {1996, 12, 31}, {0}, {0}},
		{"1968?/2019", {1967, 1, 1}, {1969, 12, 31}, {2019, 1, 1}, {2019, 12, 31}},
		{"2004-06-11%/2004-06-11%", {2004, 6, 9}, {2004, 6, 13}, {2004, 6, 9}, {2004, 6, 13}},
		{"2004-06~/2005-01~", {2004, 5, 1}, {2004, 7, 31}, {2004, 12, 1}, {2005, 2, 28}},
		{"199X~/200X?", {1980, 1, 1}, {2009, 12, 31}, {1990, 1, 1}, {2019, 12, 31}},
		{"19XX%/..", {1700, 1, 1}, {2199, 12, 31}, {0}, {0}},
		/* seasons: March-May, June-August, September-November, December-February */
		{"2019-21/2019-22", {2019, 3, 1}, {2019, 5, 31}, {2019, 6, 1}, {2019, 8, 31}},
		{"2019-23/2019-24", {2019, 9, 1}, {2019, 11, 30}, {2019, 12, 1}, {2020, 2, 29}},
		{"2019-21~/..", {2018, 12, 1}, {2019, 8, 31}, {0}, {0}},
		/* unspecified digits: the span of what is known */
		{"2004-XX/2004-XX", {2004, 1, 1}, {2004, 12, 31}, {2004, 1, 1}, {2004, 12, 31}},
		{"1985-04-XX/1985-XX-XX", {1985, 4, 1}, {1985, 4, 30}, {1985, 4, 1}, {1985, 12, 31}},
		{"20XX/..", {2000, 1, 1}, {2099, 12, 31}, {0}, {0}},
		/* unknown bounds: any day consistent with the other bound */
		{"1985/", {1985, 1, 1}, {1985, 12, 31}, {1985, 1, 1}, {0}},
		{"/1985", {0}, {1985, 12, 31}, {1985, 1, 1}, {1985, 12, 31}},
		/* cut at the calendar's ends */
		{"0000%/9999~", {0, 1, 1}, {2, 12, 31}, {9998, 1, 1}, {9999, 12, 31}},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		sc_validity_readings r = sc_validity_read(parse_ok(cases[i].text));
		int32_t		es = cases[i].es[0] || cases[i].es[1] ?
			day(cases[i].es[0], cases[i].es[1], cases[i].es[2]) : SC_DAYS_NEG_INF;
		int32_t		ls = day(cases[i].ls[0], cases[i].ls[1], cases[i].ls[2]);
		int32_t		ee = cases[i].ee[1] ?
			day(cases[i].ee[0], cases[i].ee[1], cases[i].ee[2]) : SC_DAYS_POS_INF;
		int32_t		le = cases[i].le[1] ?
			day(cases[i].le[0], cases[i].le[1], cases[i].le[2]) : SC_DAYS_POS_INF;

		unit_check(r.es == es && r.ls == ls && r.ee == ee && r.le == le,
				   "\"%s\" reads as the README says", cases[i].text);
	}
	{
		sc_validity_readings r = sc_validity_read(parse_ok("[..1760-12-03]"));

		unit_check(r.es == SC_DAYS_NEG_INF && r.ls == day(1760, 12, 3) &&
				   r.ee == SC_DAYS_NEG_INF && r.le == day(1760, 12, 3),
				   "[..1760-12-03] alone is some time on or before that day");
	}
	unit_check(sc_validity_possibly_contains_day(parse_ok("1985/"), day(2030, 1, 1)) &&
			   !sc_validity_certainly_contains_day(parse_ok("1985/"), day(1985, 12, 31)) &&
			   sc_validity_certainly_contains_day(parse_ok("1985/.."), day(2030, 1, 1)),
			   "an unknown end is possibly, never certainly, still valid; an open end certainly is");
	unit_check(sc_validity_upper_kind(parse_ok("1985/")) == SC_KIND_UNKNOWN &&
			   sc_validity_lower_kind(parse_ok("/1985")) == SC_KIND_UNKNOWN &&
			   sc_validity_upper_kind(parse_ok("1985/..")) == SC_KIND_UNBOUNDED &&
			   sc_validity_upper_precision(parse_ok("1985/")) == SC_PRECISION_NONE,
			   "unknown and unbounded are different kinds");
	unit_check(sc_validity_lower_qualifier(parse_ok("1995~/2000?")) == SC_QUALIFIER_APPROXIMATE &&
			   sc_validity_upper_qualifier(parse_ok("1995~/2000?")) == SC_QUALIFIER_UNCERTAIN &&
			   sc_validity_upper_qualifier(parse_ok("1995/2000%")) == SC_QUALIFIER_BOTH &&
			   sc_validity_lower_qualifier(parse_ok("1995/2000%")) == SC_QUALIFIER_NONE,
			   "the qualifiers are those written");
	unit_check(sc_validity_lower_precision(parse_ok("2019-21/..")) == SC_PRECISION_SEASON &&
			   sc_validity_lower_precision(parse_ok("20XX/..")) == SC_PRECISION_CENTURY &&
			   sc_validity_lower_precision(parse_ok("2004-XX/..")) == SC_PRECISION_YEAR &&
			   sc_validity_lower_precision(parse_ok("1985-XX-XX/..")) == SC_PRECISION_YEAR &&
			   sc_validity_lower_precision(parse_ok("1985-04-XX/..")) == SC_PRECISION_MONTH &&
			   sc_validity_lower_precision(parse_ok("1985-04-12~/..")) == SC_PRECISION_DAY,
			   "precision is the unit of what is known");
	unit_check(sc_validity_cmp(parse_ok("2004-XX/.."), parse_ok("2004/..")) != 0 &&
			   sc_validity_cmp(parse_ok("1995~/.."), parse_ok("1995/..")) != 0 &&
			   sc_validity_cmp(parse_ok("1985/"), parse_ok("1985/..")) != 0,
			   "equality compares what was stated");
	unit_check(!sc_validity_is_day_precise(parse_ok("2019-01-01~/..")) &&
			   !sc_validity_is_day_precise(parse_ok("2019-01-01/")),
			   "a qualified day and an unknown end are not what a daterange holds");
}

/*
 * Values as 0.2 stored them (its text, bounds and Datum), frozen: 0.3
 * parses the same text to the same bits, formats the bits to the same
 * text, and reads them alike.
 */
static void
test_bits_of_0_2(void)
{
	static const struct
	{
		const char *text;
		int32_t		lower;
		int32_t		upper;
		int64_t		datum;
	}			stored[] = {
		{"2016-01-01/..", 187017, 93502111, INT64_C(803234139781791)},
		{"199X/..", -116848, 93502111, INT64_C(-501856097617249)},
		{"2019/2023-06", 222094, 273676, INT64_C(953888614395148)},
		{"../2015-12-31", -23375521, 186985, INT64_C(-100397096074290583)},
		{"[..2023-12-06]/..", 279680, 93502111, INT64_C(1201218694331039)},
		{"2019-01-01/[2020..]", 222089, 233784, INT64_C(953867139518776)},
		{"../..", -23375521, 93502111, INT64_C(-100397095980975457)},
		{"0000-01-01/9999-12-31", -23375511, 93502057, INT64_C(-100397053031302551)},
		{"000X/999X", -23375503, 93385232, INT64_C(-100397018671681008)},
		{"[..2019]/[2020-02..]", 222085, 234772, INT64_C(953849959650580)},
		{"[199X..]/[..200X]", -116839, 8, INT64_C(-501817536413688)},
		{"2020-02/2020-02", 234763, 234763, INT64_C(1008301555029259)},
		{"2019/2019-03-15", 222094, 224425, INT64_C(953888614345897)},
		{"[2019-01-01..]/..", 222098, 93502111, INT64_C(953905887492767)},
		{"[..0000-01-01]/[9999-12-31..]", -23375520, 93502066, INT64_C(-100397091686008206)},
		{"2019-02/2019-02", 223082, 223082, INT64_C(958132042033002)},
		{"200X/201X", 17, 116912, INT64_C(75162044592)},
	};
	int			kept = 0;
	bool		ordered = true;
	size_t		n = sizeof(stored) / sizeof(stored[0]);

	for (size_t i = 0; i < n; i++)
	{
		sc_validity v = parse_ok(stored[i].text);
		sc_validity bits = {stored[i].lower, stored[i].upper};
		char		buf[SC_VALIDITY_TEXT_SIZE];

		sc_validity_format(bits, buf, sizeof(buf));
		kept += v.lower == stored[i].lower && v.upper == stored[i].upper &&
			sc_validity_to_datum64(v) == stored[i].datum &&
			strcmp(buf, stored[i].text) == 0 &&
			sc_validity_check(bits) == SC_VALIDITY_OK;
		for (size_t j = 0; j < n; j++)
		{
			sc_validity w = {stored[j].lower, stored[j].upper};

			ordered &= (sc_validity_cmp(bits, w) < 0) == (stored[i].datum < stored[j].datum);
		}
	}
	unit_check(kept == (int) n, "%d of %d values stored by 0.2 keep their bits, Datum and text",
			   kept, (int) n);
	unit_check(ordered, "the values stored by 0.2 sort as their Datums did");
}

/* New forms sort by their date first, among the old ones. */
static void
test_order(void)
{
	static const char *const sorted[] = {
		"../..", "/..", "[..1994]/..", "1994/..", "1994~/..", "1994-XX/..",
		"1995-01-01/..", "1995-01-01~/..", "1995-01/..", "1995-01-XX/..",
		"1995/..", "1995~/..", "1995-XX-XX/..", "[1995..]/..", "1995-03/..",
		"1995-21/..", "2000-01-01/2000-01-01", "2000-01-01/",
		"2000-01-01/..", "2000-01-01~/..", "20XX/..",
	};
	bool		ordered = true;
	size_t		n = sizeof(sorted) / sizeof(sorted[0]);

	for (size_t i = 0; i + 1 < n; i++)
	{
		sc_validity a = parse_ok(sorted[i]);
		sc_validity b = parse_ok(sorted[i + 1]);

		if (sc_validity_cmp(a, b) >= 0 || sc_validity_cmp(b, a) <= 0 ||
			sc_validity_sort_key(a) >= sc_validity_sort_key(b))
		{
			ordered = false;
			printf("# \"%s\" does not sort before \"%s\"\n", sorted[i], sorted[i + 1]);
		}
	}
	unit_check(ordered, "%d validities of old and new forms sort by date first", (int) n);
}

static void
test_bad_input(void)
{
	static const struct
	{
		const char *text;
		sc_validity_status status;
	}			cases[] = {
		{"", SC_VALIDITY_SYNTAX},
		{"   ", SC_VALIDITY_SYNTAX},
		{"/", SC_VALIDITY_SYNTAX},
		{" / ", SC_VALIDITY_SYNTAX},
		{"..", SC_VALIDITY_SYNTAX},
		{"2019/2020/2021", SC_VALIDITY_SYNTAX},
		{"1XXX/..", SC_VALIDITY_SYNTAX},
		{"2019-XX-05/..", SC_VALIDITY_SYNTAX},
		{"2019-0X/..", SC_VALIDITY_SYNTAX},
		{"201X-05/..", SC_VALIDITY_SYNTAX},
		{"199x/..", SC_VALIDITY_SYNTAX},
		{"2019?" "?/..", SC_VALIDITY_SYNTAX},
		{"?2019/..", SC_VALIDITY_SYNTAX},
		{"2019-?06/..", SC_VALIDITY_SYNTAX},
		{"2019~?/..", SC_VALIDITY_SYNTAX},
		{"[2019]/..", SC_VALIDITY_SYNTAX},
		{"[2019,2020]/..", SC_VALIDITY_SYNTAX},
		{"[..2019/..", SC_VALIDITY_SYNTAX},
		{"[....]/..", SC_VALIDITY_SYNTAX},
		{"[..]/..", SC_VALIDITY_SYNTAX},
		{"20190101/..", SC_VALIDITY_SYNTAX},
		{"2019-1-01/..", SC_VALIDITY_SYNTAX},
		{"2019 /2020", SC_VALIDITY_SYNTAX},
		{"1985-04-12T23:20:30/..", SC_VALIDITY_SYNTAX},
		{"1985-04-12T24:00:00", SC_VALIDITY_SYNTAX},
		{"1985-04-12T23:20", SC_VALIDITY_SYNTAX},
		{"1985-04-12T23:20:30+4", SC_VALIDITY_SYNTAX},
		{"1985-04T23:20:30", SC_VALIDITY_SYNTAX},
		{"10000/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"-0001/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"-1985", SC_VALIDITY_FIELD_OVERFLOW},
		{"Y170000002", SC_VALIDITY_FIELD_OVERFLOW},
		{"Y-170000002", SC_VALIDITY_FIELD_OVERFLOW},
		{"9999-24", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-25/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-20/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-13/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-00/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-13-XX/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-02-29/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-04-31", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-01-00", SC_VALIDITY_FIELD_OVERFLOW},
		{"2020/2019", SC_VALIDITY_BAD_ORDER},
		{"2019-05-02/2019-05-01", SC_VALIDITY_BAD_ORDER},
		{"[2020..]/2019", SC_VALIDITY_BAD_ORDER},
		{"200X/1999", SC_VALIDITY_BAD_ORDER},
		{"2021~/2019", SC_VALIDITY_BAD_ORDER},
		{"2019-22/2019-21", SC_VALIDITY_BAD_ORDER},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		sc_validity v;
		const char *detail = NULL;
		sc_validity_status got;

		got = sc_validity_parse_detail(cases[i].text, strlen(cases[i].text),
									   &v, &detail);
		unit_check(got == cases[i].status && detail != NULL,
				   "\"%s\" fails with status %d (got %d)", cases[i].text,
				   (int) cases[i].status, (int) got);
	}
	unit_check(sc_validity_parse("2019\0/..", 8, &(sc_validity)
								 {0, 0}) == SC_VALIDITY_SYNTAX,
			   "a NUL byte inside is a syntax error");
}

static void
test_readings(void)
{
	sc_validity v = parse_ok("199X/..");
	sc_validity w;

	unit_check(sc_validity_certainly_contains_day(v, day(2000, 1, 1)),
			   "199X/.. certainly contains 2000-01-01");
	unit_check(!sc_validity_certainly_contains_day(v, day(1995, 6, 1)) &&
			   sc_validity_possibly_contains_day(v, day(1995, 6, 1)),
			   "199X/.. possibly but not certainly contains 1995-06-01");
	unit_check(!sc_validity_possibly_contains_day(v, day(1989, 12, 31)),
			   "199X/.. certainly does not contain 1989-12-31");
	unit_check(sc_validity_earliest_start(v) == day(1990, 1, 1) &&
			   sc_validity_latest_start(v) == day(1999, 12, 31) &&
			   sc_validity_earliest_end(v) == SC_DAYS_POS_INF &&
			   sc_validity_latest_end(v) == SC_DAYS_POS_INF,
			   "199X/.. reads 1990-01-01, 1999-12-31, +inf, +inf");

	v = parse_ok("[..2023-12-06]/..");
	unit_check(sc_validity_earliest_start(v) == SC_DAYS_NEG_INF &&
			   sc_validity_latest_start(v) == day(2023, 12, 6),
			   "[..2023-12-06]/.. starts between -inf and 2023-12-06");
	unit_check(sc_validity_certainly_contains_day(v, day(2023, 12, 6)) &&
			   !sc_validity_certainly_contains_day(v, day(2023, 12, 5)),
			   "[..2023-12-06]/.. certainly contains its page's day only from then");

	v = parse_ok("2019/2019-03-15");
	unit_check(sc_validity_latest_start(v) == day(2019, 3, 15) &&
			   sc_validity_certainly_contains_day(v, day(2019, 3, 15)),
			   "a start in 2019 before an end on 2019-03-15 is at latest then");

	v = parse_ok("2019-01-01/[2020..]");
	unit_check(sc_validity_earliest_end(v) == day(2020, 1, 1) &&
			   sc_validity_latest_end(v) == SC_DAYS_POS_INF,
			   "an end on or after 2020 reads 2020-01-01, +inf");

	v = parse_ok("2016-01-01/2018-12-31");
	w = parse_ok("2019-01-01/..");
	unit_check(sc_validity_certainly_adjacent(v, w) &&
			   sc_validity_certainly_adjacent(w, v) &&
			   !sc_validity_possibly_overlaps(v, w),
			   "Dec 31 meets Jan 1 without overlap");

	v = parse_ok("2019/2020");
	w = parse_ok("2020-06/..");
	unit_check(sc_validity_intersection(v, w, &w) &&
			   sc_validity_cmp(w, parse_ok("2020-06/2020")) == 0,
			   "2019/2020 * 2020-06/.. is 2020-06/2020");
	unit_check(!sc_validity_intersection(parse_ok("2019"), parse_ok("2020"), &w),
			   "2019 and 2020 have no intersection");
}

static void
test_durations_and_parts(void)
{
	int32_t		n = 0;
	sc_validity v = parse_ok("2019/2020");

	unit_check(sc_validity_shortest_days(v, &n) && n == 2,
			   "2019/2020 lasts at least 2 days (got %d)", n);
	unit_check(sc_validity_longest_days(v, &n) && n == 731,
			   "2019/2020 lasts at most 731 days (got %d)", n);
	v = parse_ok("2019/2019");
	unit_check(sc_validity_shortest_days(v, &n) && n == 1,
			   "2019/2019 lasts at least 1 day");
	v = parse_ok("0000-01-01/9999-12-31");
	unit_check(sc_validity_longest_days(v, &n) && n == SC_MAX_DAY - SC_MIN_DAY + 1,
			   "the whole calendar has %d days", n);
	v = parse_ok("[..2019]/2020");
	unit_check(sc_validity_shortest_days(v, &n) && n == 2 &&
			   !sc_validity_longest_days(v, &n),
			   "[..2019]/2020 lasts at least 2 days, and has no longest duration");
	unit_check(!sc_validity_shortest_days(parse_ok("2019/.."), &n),
			   "an open validity has no shortest duration");

	v = parse_ok("[..199X]/2020-02");
	unit_check(sc_validity_lower_precision(v) == SC_PRECISION_DECADE &&
			   sc_validity_upper_precision(v) == SC_PRECISION_MONTH &&
			   sc_validity_lower_kind(v) == SC_KIND_ON_OR_BEFORE &&
			   sc_validity_upper_kind(v) == SC_KIND_EXACT,
			   "[..199X]/2020-02 has the parts it was written with");
	v = parse_ok("../[2019-05-01..]");
	unit_check(sc_validity_lower_precision(v) == SC_PRECISION_NONE &&
			   sc_validity_upper_precision(v) == SC_PRECISION_DAY &&
			   sc_validity_lower_kind(v) == SC_KIND_UNBOUNDED &&
			   sc_validity_upper_kind(v) == SC_KIND_ON_OR_AFTER,
			   "../[2019-05-01..] has the parts it was written with");
	unit_check(sc_validity_is_day_precise(parse_ok("../2019-05-01")) &&
			   !sc_validity_is_day_precise(parse_ok("../2019-05")) &&
			   !sc_validity_is_day_precise(parse_ok("[2019-01-01..]/..")),
			   "day precision means exact days or ..");
}

static void
test_encoding(void)
{
	sc_validity v;
	int			accepted = 0;
	bool		ordered = true;
	bool		round_trip = true;

	unit_check(sc_validity_from_days(SC_DAYS_NEG_INF, SC_DAYS_POS_INF, &v) ==
			   SC_VALIDITY_OK &&
			   sc_validity_cmp(v, parse_ok("../..")) == 0,
			   "from_days with sentinels is ../..");
	unit_check(sc_validity_from_days(SC_MIN_DAY - 1, 0, &v) ==
			   SC_VALIDITY_FIELD_OVERFLOW &&
			   sc_validity_from_days(0, SC_MAX_DAY + 1, &v) ==
			   SC_VALIDITY_FIELD_OVERFLOW &&
			   sc_validity_from_days(1, 0, &v) == SC_VALIDITY_BAD_ORDER,
			   "from_days refuses days past year 9999 and reversed days");

	srand(20231206);
	for (int i = 0; i < 200000; i++)
	{
		sc_validity a = {(int32_t) ((uint32_t) rand() * 2654435761u),
		(int32_t) ((uint32_t) rand() * 2246822519u)};

		if (i % 2)
			a.lower = (a.lower % 3000000) * 32 + rand() % 32;
		if (i % 4 < 2)
			a.upper = (a.upper % 3000000) * 32 + rand() % 32;
		/* the extended encoding's region: anchor * 256 + rank above 2^30 */
		if (i % 8 == 5)
			a.lower = (1 << 30) + (rand() % 3700000) * 256 + rand() % 256;
		if (i % 16 >= 12)
			a.upper = (1 << 30) + (rand() % 3700000) * 256 + rand() % 256;
		if (sc_validity_check(a) == SC_VALIDITY_OK)
		{
			char		buf[SC_VALIDITY_TEXT_SIZE];
			sc_validity b;

			accepted++;
			sc_validity_format(a, buf, sizeof(buf));
			round_trip &= sc_validity_parse(buf, strlen(buf), &b) ==
				SC_VALIDITY_OK && sc_validity_cmp(a, b) == 0;
		}
	}
	unit_check(accepted > 0 && round_trip,
			   "%d random bit patterns pass the check, and they round-trip",
			   accepted);
	{
		sc_validity bad = parse_ok("1995~/..");

		bad.lower += 256;		/* 1995-01-02~: not the start of a year */
		unit_check(sc_validity_check(bad) == SC_VALIDITY_BAD_ENCODING,
				   "an extended bound anchored inside its span fails the check");
		bad = parse_ok("1985/");
		bad.upper -= 256;		/* unknown at any other anchor */
		unit_check(sc_validity_check(bad) == SC_VALIDITY_BAD_ENCODING,
				   "an unknown bound anchored anywhere else fails the check");
		bad = parse_ok("1995/..");
		bad.lower = (1 << 30) + (parse_ok("1995/..").lower / 32 + 730486) * 256 + 72 + 40;
		unit_check(sc_validity_check(bad) == SC_VALIDITY_BAD_ENCODING,
				   "a compact form written in the extended encoding fails the check");
	}

	/* within +-2^27, where every compact bound lies, the sort key is the bits' order */
	for (int i = 0; i < 100000; i++)
	{
		sc_validity a = {rand() % (1 << 28) - (1 << 27), rand() % (1 << 28) - (1 << 27)};
		sc_validity b = {rand() % 4 ? a.lower : rand() % (1 << 28) - (1 << 27),
		rand() % (1 << 28) - (1 << 27)};
		int64_t		da = sc_validity_to_datum64(a);
		int64_t		db = sc_validity_to_datum64(b);
		sc_validity back = sc_validity_from_datum64(da);

		ordered &= (da < db) == (sc_validity_cmp(a, b) < 0) &&
			(da == db) == (sc_validity_cmp(a, b) == 0);
		round_trip &= sc_validity_cmp(back, a) == 0 &&
			sc_validity_cmp(sc_validity_from_datum64(sc_validity_to_datum64(
									(sc_validity) {a.lower | (1 << 30), b.upper | (1 << 30)})),
							(sc_validity) {a.lower | (1 << 30), b.upper | (1 << 30)}) == 0;
	}
	unit_check(ordered, "for compact bounds the order is the int64 packing's");
	unit_check(round_trip, "the int64 packing round-trips");
	v.lower = INT32_MIN;
	v.upper = INT32_MAX;
	unit_check(sc_validity_cmp(sc_validity_from_datum64(sc_validity_to_datum64(v)), v) == 0,
			   "the int64 packing keeps the extreme bits");
}

/* ------------------------------------------------------------------------
 * Brute force
 * ------------------------------------------------------------------------
 */

/*
 * Every consistent [s, e] over the window, infinities included, from the
 * spans the test itself worked out for the bounds.
 */
static int
enumerate(const generated *g, interval *out)
{
	static int64_t points[64];
	int			npoints = 0;
	int			n = 0;

	points[npoints++] = SC_DAYS_NEG_INF;
	for (int32_t d = window_first - 2; d <= window_last + 2; d++)
		points[npoints++] = d;
	points[npoints++] = SC_DAYS_POS_INF;

	for (int i = 0; i < npoints; i++)
		for (int j = i; j < npoints; j++)
			if (g->lower.first <= points[i] && points[i] <= g->lower.last &&
				g->upper.first <= points[j] && points[j] <= g->upper.last &&
				n < MAX_INTERVALS)
				out[n++] = (interval) {points[i], points[j]};
	return n;
}

static bool
brute_contains(interval a, interval b)
{
	return a.s <= b.s && b.e <= a.e;
}

static bool
brute_overlaps(interval a, interval b)
{
	return a.s <= b.e && b.s <= a.e;
}

static bool
brute_before(interval a, interval b)
{
	return a.e < b.s;
}

static bool
brute_adjacent(interval a, interval b)
{
	return (a.e != SC_DAYS_POS_INF && a.e + 1 == b.s) ||
		(b.e != SC_DAYS_POS_INF && b.e + 1 == a.s);
}

/*
 * A bound inside the window, as text, of any kind and precision, and the
 * span of days it stands for.
 */
/*
 * "[D1..D2]": a bound on one of the days from D1 to D2, read, written,
 * ordered and checked like the others.
 */
static void
test_between(void)
{
	static const char *const canonical[] = {
		"[..2023-01-01]/[2023-01-01..2023-12-31]", "[2023-01-01..2023-01-02]/..",
		"[0000-01-01..0000-01-02]/[9999-12-30..9999-12-31]", "1995/[2023-12-31..2024-03-14]",
		"/[2019-02-28..2019-03-01]", "[2023-01-01..2024-05-27]/..",
	};
	static const char *const sorted[] = {
		"../2023-01-01", "../2023-01-01~", "../[2023-01-01..2023-01-02]",
		"../[2023-01-01..2023-03-01]", "../2023-01", "../[2023-01-02..2023-01-03]",
	};
	static const char *const bad[] = {
		"../[2023-01-02..2023-01-01]", "../[2023-01-01..2024-05-28]",
		"../[2023-01..2023-03-31]", "../[2023-01-01..2023-03-01~]",
		"../[2023-01-01....]", "../[2023-01-01..2023-02-30]", "../[..]",
		"2024/[2023-01-01..2023-12-31]",
	};
	char		buf[SC_VALIDITY_TEXT_SIZE];
	bool		ok = true;
	sc_validity v;
	sc_validity_readings r;

	for (size_t i = 0; i < sizeof(canonical) / sizeof(canonical[0]); i++)
	{
		v = parse_ok(canonical[i]);
		sc_validity_format(v, buf, sizeof(buf));
		if (strcmp(buf, canonical[i]) != 0 || sc_validity_check(v) != SC_VALIDITY_OK)
		{
			ok = false;
			printf("# \"%s\" comes back as \"%s\"\n", canonical[i], buf);
		}
	}
	unit_check(ok, "bounds between two days round-trip and pass the binary check");

	v = parse_ok("[2023-12-31..2024-03-14]");
	sc_validity_format(v, buf, sizeof(buf));
	unit_check(strcmp(buf, "[2023-12-31..2024-03-14]/[2023-12-31..2024-03-14]") == 0,
			   "a single set of days is both bounds (%s)", buf);
	v = parse_ok("../[2023-01-01..2023-01-01]");
	sc_validity_format(v, buf, sizeof(buf));
	unit_check(strcmp(buf, "../2023-01-01") == 0, "the same day twice is that day (%s)", buf);

	v = parse_ok("[..2023-01-01]/[2023-01-01..2023-12-31]");
	r = sc_validity_read(v);
	unit_check(r.es == SC_DAYS_NEG_INF && r.ls == day(2023, 1, 1) &&
			   r.ee == day(2023, 1, 1) && r.le == day(2023, 12, 31),
			   "an end between two days ends on the first at the earliest, the last at the latest");
	v = parse_ok("[2019-06-01..2019-06-10]/2019-06-05");
	r = sc_validity_read(v);
	unit_check(r.es == day(2019, 6, 1) && r.ls == day(2019, 6, 5) &&
			   r.ee == day(2019, 6, 5) && r.le == day(2019, 6, 5),
			   "a start between two days is cut at the end it must precede");
	unit_check(sc_validity_lower_kind(v) == SC_KIND_BETWEEN &&
			   strcmp(sc_bound_kind_name(SC_KIND_BETWEEN), "between") == 0 &&
			   sc_validity_lower_precision(v) == SC_PRECISION_DAY &&
			   sc_validity_lower_qualifier(v) == SC_QUALIFIER_NONE &&
			   !sc_validity_is_day_precise(v),
			   "its kind is between, its precision a day, with no qualifier, and no daterange holds it");

	ok = true;
	for (size_t i = 0; i + 1 < sizeof(sorted) / sizeof(sorted[0]); i++)
	{
		sc_validity a = parse_ok(sorted[i]);
		sc_validity b = parse_ok(sorted[i + 1]);

		if (sc_validity_cmp(a, b) >= 0 || sc_validity_cmp(b, a) <= 0 ||
			sc_validity_sort_key(a) > sc_validity_sort_key(b))
		{
			ok = false;
			printf("# \"%s\" does not sort before \"%s\"\n", sorted[i], sorted[i + 1]);
		}
	}
	unit_check(ok, "they sort at their first day after the exact day, by their last among themselves");

	ok = true;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		const char *detail = NULL;

		if (sc_validity_parse_detail(bad[i], strlen(bad[i]), &v, &detail) == SC_VALIDITY_OK ||
			detail == NULL)
		{
			ok = false;
			printf("# \"%s\" is accepted, or refused without a detail\n", bad[i]);
		}
	}
	unit_check(ok, "%d bad bounds between two days are refused with a detail",
			   (int) (sizeof(bad) / sizeof(bad[0])));

	/* the last pattern of the region: 9999-12-31 and one day more */
	v = parse_ok("../..");
	v.upper = INT32_MIN + (SC_MAX_DAY - SC_MIN_DAY) * 512;
	unit_check(sc_validity_check(v) == SC_VALIDITY_BAD_ENCODING,
			   "a bound between two days past 9999-12-31 is refused in binary input");
	v.upper = INT32_MIN + (SC_MAX_DAY - 1 - SC_MIN_DAY) * 512;
	unit_check(sc_validity_check(v) == SC_VALIDITY_OK,
			   "the one ending on 9999-12-31 is accepted");
}

static void
random_bound(bool upper, char *buf, size_t n, span *sp)
{
	char		date[11];
	int32_t		anchor = window_first + rand() % (window_last - window_first + 1);
	int32_t		last = anchor;

	sc_format_iso_date(anchor, date);
	if (rand() % 5 < 2)
	{
		int			y,
					m,
					d;

		memcpy(date + 5, "02", 2);	/* February, inside the window */
		date[7] = '\0';
		sscanf(date, "%d-%d", &y, &m);
		d = 1;
		anchor = sc_days_from_civil(y, m, d);
		last = anchor + sc_days_in_month(y, m) - 1;
	}
	if (rand() % 4 == 0)
	{
		/* a qualified day: one day each side, two for "%"; or unknown */
		static const char marks[] = "?~%";
		int			q = rand() % 4;

		if (q == 3)
		{
			buf[0] = '\0';
			*sp = (span) {SC_DAYS_NEG_INF, SC_DAYS_POS_INF};
			return;
		}
		sc_format_iso_date(anchor, date);
		snprintf(buf, n, "%s%c", date, marks[q]);
		*sp = (span) {anchor - 1 - (q == 2), anchor + 1 + (q == 2)};
		return;
	}
	if (rand() % 6 == 0 && last < window_last)
	{
		/* on one of the days from a day to one up to ten days later */
		char		later[11];
		int32_t		end = last + 1 + rand() % 10;

		if (end > window_last)
			end = window_last;
		sc_format_iso_date(anchor, date);
		sc_format_iso_date(end, later);
		snprintf(buf, n, "[%s..%s]", date, later);
		*sp = (span) {anchor, end};
		return;
	}
	switch (rand() % 5)
	{
		case 0:
			snprintf(buf, n, "[..%s]", date);
			*sp = (span) {SC_DAYS_NEG_INF, last};
			break;
		case 1:
			snprintf(buf, n, "[%s..]", date);
			*sp = (span) {anchor, SC_DAYS_POS_INF};
			break;
		case 2:
			snprintf(buf, n, "..");
			*sp = upper ? (span) {SC_DAYS_POS_INF, SC_DAYS_POS_INF} :
				(span) {SC_DAYS_NEG_INF, SC_DAYS_NEG_INF};
			break;
		default:
			snprintf(buf, n, "%s", date);
			*sp = (span) {anchor, last};
			break;
	}
}

/*
 * A random valid validity; false when the bounds came out of order or are
 * both unknown.
 */
static bool
random_validity(generated *g)
{
	char		lower[32];
	char		upper[32];
	char		text[72];

	random_bound(false, lower, sizeof(lower), &g->lower);
	random_bound(true, upper, sizeof(upper), &g->upper);
	if (lower[0] == '\0' && upper[0] == '\0')
		return false;
	snprintf(text, sizeof(text), "%s/%s", lower, upper);
	return sc_validity_parse(text, strlen(text), &g->v) == SC_VALIDITY_OK;
}

static void
test_against_brute_force(void)
{
	static const struct
	{
		const char *name;
		relation	certainly;
		relation	possibly;
		concrete_relation brute;
	}			relations[] = {
		{"contains", sc_validity_certainly_contains,
		sc_validity_possibly_contains, brute_contains},
		{"overlaps", sc_validity_certainly_overlaps,
		sc_validity_possibly_overlaps, brute_overlaps},
		{"before", sc_validity_certainly_before,
		sc_validity_possibly_before, brute_before},
		{"adjacent", sc_validity_certainly_adjacent,
		sc_validity_possibly_adjacent, brute_adjacent},
	};
	static interval ia[MAX_INTERVALS];
	static interval ib[MAX_INTERVALS];
	int			disagree[4][2] = {{0}};
	int			reading_errors = 0;
	int			day_errors = 0;
	int			pairs = 0;

	window_first = day(2019, 1, 29);
	window_last = day(2019, 3, 3);
	srand(42);
	while (pairs < 400)
	{
		generated	ga;
		generated	gb;
		sc_validity a;
		sc_validity b;
		int			na;
		int			nb;

		if (!random_validity(&ga) || !random_validity(&gb))
			continue;
		pairs++;
		a = ga.v;
		b = gb.v;
		na = enumerate(&ga, ia);
		nb = enumerate(&gb, ib);

		/* the readings are the extremes of the consistent intervals */
		{
			int64_t		es = INT64_MAX,
						ls = INT64_MIN,
						ee = INT64_MAX,
						le = INT64_MIN;

			for (int i = 0; i < na; i++)
			{
				es = ia[i].s < es ? ia[i].s : es;
				ls = ia[i].s > ls ? ia[i].s : ls;
				ee = ia[i].e < ee ? ia[i].e : ee;
				le = ia[i].e > le ? ia[i].e : le;
			}
			reading_errors += na == 0 ||
				es != sc_validity_earliest_start(a) ||
				ls != sc_validity_latest_start(a) ||
				ee != sc_validity_earliest_end(a) ||
				le != sc_validity_latest_end(a);
		}
		for (int32_t d = window_first - 2; d <= window_last + 2; d++)
		{
			bool		all = true;
			bool		any = false;

			for (int i = 0; i < na; i++)
			{
				bool		in = ia[i].s <= d && d <= ia[i].e;

				all &= in;
				any |= in;
			}
			day_errors += all != sc_validity_certainly_contains_day(a, d) ||
				any != sc_validity_possibly_contains_day(a, d);
		}
		for (int r = 0; r < 4; r++)
		{
			bool		all = true;
			bool		any = false;

			for (int i = 0; i < na && (all || !any); i++)
				for (int j = 0; j < nb; j++)
				{
					bool		holds = relations[r].brute(ia[i], ib[j]);

					all &= holds;
					any |= holds;
				}
			disagree[r][0] += all != relations[r].certainly(a, b);
			disagree[r][1] += any != relations[r].possibly(a, b);
		}
	}
	unit_check(reading_errors == 0,
			   "the four readings are the extremes of the consistent intervals (%d wrong)",
			   reading_errors);
	unit_check(day_errors == 0, "contains-day agrees with brute force (%d wrong)",
			   day_errors);
	for (int r = 0; r < 4; r++)
	{
		unit_check(disagree[r][0] == 0, "certainly %s agrees with brute force on %d pairs (%d wrong)",
				   relations[r].name, pairs, disagree[r][0]);
		unit_check(disagree[r][1] == 0, "possibly %s agrees with brute force on %d pairs (%d wrong)",
				   relations[r].name, pairs, disagree[r][1]);
	}
}

/*
 * Random strings over the characters of the text form: parsing never reads
 * past the length, and whatever it accepts formats to a text that parses
 * back to the same value.
 */
static void
test_random_text(void)
{
	static const char alphabet[] = "0123456789-/X.[] 0123456789-/.?~%2X";
	int			accepted = 0;
	bool		round_trip = true;

	srand(7);
	for (int i = 0; i < 300000; i++)
	{
		char	   *text;
		size_t		len = (size_t) (rand() % 30);
		sc_validity v;
		sc_validity again;
		char		buf[SC_VALIDITY_TEXT_SIZE];

		text = malloc(len + 1);
		for (size_t j = 0; j < len; j++)
			text[j] = alphabet[rand() % (sizeof(alphabet) - 1)];
		if (sc_validity_parse(text, len, &v) == SC_VALIDITY_OK)
		{
			accepted++;
			sc_validity_format(v, buf, sizeof(buf));
			round_trip &= sc_validity_parse(buf, strlen(buf), &again) ==
				SC_VALIDITY_OK && sc_validity_cmp(v, again) == 0 &&
				sc_validity_check(v) == SC_VALIDITY_OK;
		}
		free(text);
	}
	unit_check(round_trip, "%d of 300000 random texts parse, and all round-trip",
			   accepted);
}

int
main(void)
{
	test_round_trips();
	test_edtf_examples();
	test_bad_input();
	test_readings();
	test_readings_of_new_forms();
	test_bits_of_0_2();
	test_order();
	test_durations_and_parts();
	test_encoding();
	test_between();
	test_against_brute_force();
	test_random_text();
	return unit_exit_status();
}
