/*
 * validity.h
 *		Membership periods with imprecise bounds: parsing, formatting and
 *		the two readings (certainly / possibly), shared by the extension and
 *		the loader.
 *
 * A validity is a closed interval of days whose bounds may be known only
 * approximately.  Each bound is stored in one int32, in one of two
 * encodings.  The compact encoding is the only one version 0.2 wrote, and
 * it still holds every bound 0.2 could hold, bit for bit:
 *
 *		bound = anchor * 32 + code
 *
 * where the anchor is a day number (days since 2000-01-01, see calendar.h)
 * and the code (0..26, or 31) says how the anchor is to be read:
 *
 *		code = kind * 9 + span		for the three kinds below
 *		code = 31					for ".." (no bound)
 *
 * The span is the precision together with its length in days (a day, a
 * month of 28..31 days, a year of 365/366, a decade of 3652/3653), so that
 * the first and last day a bound may stand for are the anchor plus a table
 * lookup, with no calendar arithmetic on the hot path.  The anchor is the
 * first day of the span.  The kind is:
 *
 *		SC_KIND_ON_OR_BEFORE	"[..2023-12-06]": on or before the span's end
 *		SC_KIND_EXACT			"2019": somewhere within the span
 *		SC_KIND_ON_OR_AFTER		"[2020..]": on or after the span's start
 *
 * The extended encoding holds the bounds 0.2 rejected: qualified dates
 * ("1995~", "1968?", "2004-06-11%"), seasons ("2019-21"), centuries
 * ("20XX"), unspecified months and days ("2004-XX", "1985-04-XX",
 * "1985-XX-XX") and unknown bounds (the empty bound of "1985/").  It lies
 * in bit patterns the compact encoding never produces, at and above 2^30:
 *
 *		bound = 2^30 + (anchor - (SC_MIN_DAY - 1)) * 256 + rank
 *
 * where the rank (0..255) names the kind, form and qualifier.  The sort
 * key of a compact bound is anchor * 256 + code * 8, of an extended one
 * anchor * 256 + rank; the ranks of the extended forms fall between the
 * codes * 8 of the compact ones, so that bounds sort by anchor date first
 * whatever their encoding, and the compact bounds among themselves exactly
 * as in 0.2.
 *
 * A bound known to lie between two days, "[2023-12-31..2024-03-14]" (an
 * EDTF level 2 set of consecutive days, of which the bound is one), holds
 * its first day and how many more days it may fall on, 1 to
 * SC_BETWEEN_MAX_DAYS, in bit patterns below both encodings:
 *
 *		bound = -2^31 + (first - SC_MIN_DAY) * 512 + (last - first - 1)
 *
 * It sorts at its first day just after the exact day, among bounds of the
 * same first day by its last; it spans [first, last] in both readings, as
 * an exact date spans its month or year.  (A wider interval would take
 * more bits than a bound has: "[D1..]" says less, but nothing false.)
 *
 * An unbounded lower bound has the anchor SC_MIN_DAY - 1, an unbounded
 * upper bound SC_MAX_DAY + 1, so that ".." sorts first among lower bounds
 * and last among upper bounds; unknown bounds take the same anchors and
 * sort next to them.
 *
 * Every bound stands for a span of days: [earliest, latest].  Exact bounds
 * span their precision, widened for a qualifier by one unit of the
 * precision (a day, month, season, year, decade or century) on each side
 * for "?" or "~", and by two for "%"; on-or-before spans [-inf, latest];
 * on-or-after spans [earliest, +inf]; an unknown bound spans [-inf, +inf];
 * an unbounded lower bound is [-inf, -inf] and an unbounded upper bound
 * [+inf, +inf].  Spans are cut at 0000-01-01 and 9999-12-31.  The
 * infinities are the sentinels SC_DAYS_NEG_INF and SC_DAYS_POS_INF.  The
 * true intervals consistent with a validity are the [s, e] with s in the
 * lower span, e in the upper span and s <= e; a validity with none (lower
 * earliest after upper latest) is invalid.  The four reading functions
 * below return the least and greatest s and e over those consistent
 * intervals, so a latest start never exceeds the latest end and an
 * earliest end never precedes the earliest start.
 *
 * Nothing here raises or allocates: functions return a status, and the
 * extension turns statuses into errors.
 */
#ifndef SC_VALIDITY_H
#define SC_VALIDITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The most days after its first that a "[D1..D2]" bound may span. */
#define SC_BETWEEN_MAX_DAYS 512

/* Day numbers standing for "since always" and "still valid". */
#define SC_DAYS_NEG_INF INT32_MIN
#define SC_DAYS_POS_INF INT32_MAX

/*
 * Room for the longest canonical text,
 * "[YYYY-MM-DD..YYYY-MM-DD]/[YYYY-MM-DD..YYYY-MM-DD]", and its NUL.
 */
#define SC_VALIDITY_TEXT_SIZE 50

/*
 * Precisions of a bound, as reported to users: the unit of what is known,
 * so "2004-XX" (some month of 2004) is a year and "1985-04-XX" a month.
 */
typedef enum sc_precision
{
	SC_PRECISION_DAY,
	SC_PRECISION_MONTH,
	SC_PRECISION_SEASON,
	SC_PRECISION_YEAR,
	SC_PRECISION_DECADE,
	SC_PRECISION_CENTURY,
	SC_PRECISION_NONE			/* an unbounded or unknown bound */
} sc_precision;

/* Kinds of a bound, in the order encoded bounds sort within an anchor. */
typedef enum sc_bound_kind
{
	SC_KIND_ON_OR_BEFORE,
	SC_KIND_EXACT,
	SC_KIND_ON_OR_AFTER,
	SC_KIND_UNBOUNDED,			/* "..": since always / still valid */
	SC_KIND_UNKNOWN,			/* "": the bound exists but is not known */
	SC_KIND_BETWEEN				/* "[D1..D2]": on one of the days D1 to D2 */
} sc_bound_kind;

/* EDTF qualifiers of a bound's date, as bits. */
typedef enum sc_qualifier
{
	SC_QUALIFIER_NONE = 0,
	SC_QUALIFIER_UNCERTAIN = 1, /* "?" */
	SC_QUALIFIER_APPROXIMATE = 2,	/* "~" */
	SC_QUALIFIER_BOTH = 3		/* "%" */
} sc_qualifier;

/* The four readings of a validity (see above), sentinels where unbounded. */
typedef struct sc_validity_readings
{
	int32_t		es;				/* earliest start */
	int32_t		ls;				/* latest start */
	int32_t		ee;				/* earliest end */
	int32_t		le;				/* latest end */
} sc_validity_readings;

/* Encoded bounds, see above; lower and upper are both inclusive. */
typedef struct sc_validity
{
	int32_t		lower;
	int32_t		upper;
} sc_validity;

typedef enum sc_validity_status
{
	SC_VALIDITY_OK,
	SC_VALIDITY_SYNTAX,			/* not a validity's text form */
	SC_VALIDITY_FIELD_OVERFLOW, /* well formed, but a year, month or day out
								 * of range */
	SC_VALIDITY_BAD_ORDER,		/* no interval is consistent with the bounds */
	SC_VALIDITY_BAD_ENCODING	/* binary form not produced by this code */
} sc_validity_status;

/*
 * Text form: EDTF levels 0 and 1 (ISO 8601-2) for the years 0000 to 9999.
 * "LOWER/UPPER", or a single date.  A bound is ".." (no bound), empty
 * (unknown), a date, or a date in "[..DATE]" (on or before) or "[DATE..]"
 * (on or after), or two days in "[DAY..DAY]" (on one of the days between,
 * the first before the last and at most SC_BETWEEN_MAX_DAYS after it;
 * "[D..D]" is the day D).  A date is "YYYY", "YYYY-MM", "YYYY-MM-DD", a season
 * "YYYY-21".."YYYY-24", a decade "YYYX", a century "YYXX", or a date with
 * an unspecified month or day ("YYYY-XX", "YYYY-MM-XX", "YYYY-XX-XX"), each
 * optionally followed by "?", "~" or "%".  A single unqualified date of a
 * whole unit stands for the days from its first to its last ("2019" is
 * 2019-01-01/2019-12-31, "2019-21" 2019-03-01/2019-05-31), as does a date
 * and time ("1985-04-12T23:20:30Z" is that day); any other single date D,
 * or set "[..D]" or "[D..]", is D/D.  Surrounding white space is ignored.
 * On failure *detail (if not NULL) is set to a full sentence saying what
 * is wrong.
 */
extern sc_validity_status sc_validity_parse(const char *text, size_t len,
											sc_validity *out);
extern sc_validity_status sc_validity_parse_detail(const char *text,
												   size_t len,
												   sc_validity *out,
												   const char **detail);

/* Writes the canonical text and a NUL; buflen >= SC_VALIDITY_TEXT_SIZE. */
extern bool sc_validity_format(sc_validity v, char *buf, size_t buflen);

/* Checks bounds of unknown origin (binary input) as strictly as parsing. */
extern sc_validity_status sc_validity_check(sc_validity v);

/* Builds a validity from day numbers, or from sentinels for "..". */
extern sc_validity_status sc_validity_from_days(int32_t first, int32_t last,
												sc_validity *out);

/*
 * Packing into one int64, the extension's Datum: the two bounds' bits, so
 * that equal validities (written alike) have equal Datums and hashes.
 * sc_validity_sort_key() is an int64 whose signed order is the order of
 * validities: by lower bound, then upper bound, each by its sort key; for
 * validities of the compact encoding alone it orders as their Datums do.
 * Bounds "[D1..D2]" of one first day share a sort key: sc_validity_cmp()
 * orders them by their last day, and so orders every validity.
 */
extern int64_t sc_validity_to_datum64(sc_validity v);
extern sc_validity sc_validity_from_datum64(int64_t d);
extern int64_t sc_validity_sort_key(sc_validity v);
extern int	sc_validity_cmp(sc_validity a, sc_validity b);

/* The readings of the bounds; sentinels where unbounded. */
extern sc_validity_readings sc_validity_read(sc_validity v);
extern int32_t sc_validity_earliest_start(sc_validity v);
extern int32_t sc_validity_latest_start(sc_validity v);
extern int32_t sc_validity_earliest_end(sc_validity v);
extern int32_t sc_validity_latest_end(sc_validity v);

/* Parts of a bound. */
extern sc_precision sc_validity_lower_precision(sc_validity v);
extern sc_precision sc_validity_upper_precision(sc_validity v);
extern sc_bound_kind sc_validity_lower_kind(sc_validity v);
extern sc_bound_kind sc_validity_upper_kind(sc_validity v);
extern sc_qualifier sc_validity_lower_qualifier(sc_validity v);
extern sc_qualifier sc_validity_upper_qualifier(sc_validity v);
extern const char *sc_precision_name(sc_precision p);
extern const char *sc_bound_kind_name(sc_bound_kind k);
extern const char *sc_qualifier_name(sc_qualifier q);
extern bool sc_validity_is_day_precise(sc_validity v);

/*
 * Durations in days, both bounds counted; false (and *days untouched)
 * where the duration is unbounded.
 */
extern bool sc_validity_shortest_days(sc_validity v, int32_t *days);
extern bool sc_validity_longest_days(sc_validity v, int32_t *days);

/*
 * The two readings.  "certainly" holds for every pair of consistent true
 * intervals, "possibly" for at least one pair.
 */
extern bool sc_validity_certainly_contains_day(sc_validity v, int32_t day);
extern bool sc_validity_possibly_contains_day(sc_validity v, int32_t day);
extern bool sc_validity_certainly_contains(sc_validity a, sc_validity b);
extern bool sc_validity_possibly_contains(sc_validity a, sc_validity b);
extern bool sc_validity_certainly_overlaps(sc_validity a, sc_validity b);
extern bool sc_validity_possibly_overlaps(sc_validity a, sc_validity b);
extern bool sc_validity_certainly_before(sc_validity a, sc_validity b);
extern bool sc_validity_possibly_before(sc_validity a, sc_validity b);
extern bool sc_validity_certainly_adjacent(sc_validity a, sc_validity b);
extern bool sc_validity_possibly_adjacent(sc_validity a, sc_validity b);

/*
 * The validity during which both may hold: the later start and the earlier
 * end, each bound kept as written (its span covers the true one).  Returns
 * false where the two cannot possibly overlap.
 */
extern bool sc_validity_intersection(sc_validity a, sc_validity b,
									 sc_validity *out);

/*
 * The day-precision validity from the earliest start to the latest end
 * (".." where unbounded): every true interval of a or b lies inside it.
 */
extern sc_validity sc_validity_hull(sc_validity a, sc_validity b);

#endif							/* SC_VALIDITY_H */
