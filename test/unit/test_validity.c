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
static void test_bad_input(void);
static void test_readings(void);
static void test_durations_and_parts(void);
static void test_encoding(void);
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
	};
	static const char *const aliases[][2] = {
		{"2019", "2019-01-01/2019-12-31"},
		{"2019-05", "2019-05-01/2019-05-31"},
		{"2020-02", "2020-02-01/2020-02-29"},
		{"2019-02", "2019-02-01/2019-02-28"},
		{"199X", "1990-01-01/1999-12-31"},
		{"2019-05-17", "2019-05-17/2019-05-17"},
		{"  2019/.. ", "2019/.."},
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
		{"2019/", SC_VALIDITY_SYNTAX},
		{"/2019", SC_VALIDITY_SYNTAX},
		{"..", SC_VALIDITY_SYNTAX},
		{"[..2019]", SC_VALIDITY_SYNTAX},
		{"2019/2020/2021", SC_VALIDITY_SYNTAX},
		{"19XX/..", SC_VALIDITY_SYNTAX},
		{"2019-XX/..", SC_VALIDITY_SYNTAX},
		{"199x/..", SC_VALIDITY_SYNTAX},
		{"2019?/..", SC_VALIDITY_SYNTAX},
		{"2019~/..", SC_VALIDITY_SYNTAX},
		{"[2019]/..", SC_VALIDITY_SYNTAX},
		{"[2019,2020]/..", SC_VALIDITY_SYNTAX},
		{"[..2019/..", SC_VALIDITY_SYNTAX},
		{"[....]/..", SC_VALIDITY_SYNTAX},
		{"[..]/..", SC_VALIDITY_SYNTAX},
		{"20190101/..", SC_VALIDITY_SYNTAX},
		{"2019-1-01/..", SC_VALIDITY_SYNTAX},
		{"10000/..", SC_VALIDITY_SYNTAX},
		{"-0001/..", SC_VALIDITY_SYNTAX},
		{"2019 /2020", SC_VALIDITY_SYNTAX},
		{"2019-13/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-00/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-02-29/..", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-04-31", SC_VALIDITY_FIELD_OVERFLOW},
		{"2019-01-00", SC_VALIDITY_FIELD_OVERFLOW},
		{"2020/2019", SC_VALIDITY_BAD_ORDER},
		{"2019-05-02/2019-05-01", SC_VALIDITY_BAD_ORDER},
		{"[2020..]/2019", SC_VALIDITY_BAD_ORDER},
		{"200X/1999", SC_VALIDITY_BAD_ORDER},
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

	for (int i = 0; i < 100000; i++)
	{
		sc_validity a = {rand() - RAND_MAX / 2, rand() - RAND_MAX / 2};
		sc_validity b = {rand() % 4 ? a.lower : rand() - RAND_MAX / 2,
		rand() - RAND_MAX / 2};
		int64_t		da = sc_validity_to_datum64(a);
		int64_t		db = sc_validity_to_datum64(b);
		sc_validity back = sc_validity_from_datum64(da);

		ordered &= (da < db) == (sc_validity_cmp(a, b) < 0) &&
			(da == db) == (sc_validity_cmp(a, b) == 0);
		round_trip &= sc_validity_cmp(back, a) == 0;
	}
	unit_check(ordered, "the int64 packing keeps the order");
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

/* A random valid validity; false when the bounds came out of order. */
static bool
random_validity(generated *g)
{
	char		lower[20];
	char		upper[20];
	char		text[40];

	random_bound(false, lower, sizeof(lower), &g->lower);
	random_bound(true, upper, sizeof(upper), &g->upper);
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
	static const char alphabet[] = "0123456789-/X.[] 0123456789-/.";
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
	test_bad_input();
	test_readings();
	test_durations_and_parts();
	test_encoding();
	test_against_brute_force();
	test_random_text();
	return unit_exit_status();
}
