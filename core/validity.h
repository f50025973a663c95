/*
 * validity.h
 *		Membership periods with imprecise bounds: parsing, formatting and
 *		the two readings (certainly / possibly), shared by the extension and
 *		the loader.
 *
 * A validity is a closed interval of days whose bounds may be known only
 * approximately.  Each bound is stored in one int32:
 *
 *		bound = anchor * 32 + code
 *
 * where the anchor is a day number (days since 2000-01-01, see calendar.h)
 * and the code (0..31) says how the anchor is to be read:
 *
 *		code = kind * SC_PREC_COUNT + span		for the three kinds below
 *		code = SC_CODE_UNBOUNDED				for ".." (no bound)
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
 * An unbounded lower bound has the anchor SC_MIN_DAY - 1, an unbounded
 * upper bound SC_MAX_DAY + 1, so that comparing encoded bounds as integers
 * orders them by anchor, then kind, then precision, with ".." first among
 * lower bounds and last among upper bounds.
 *
 * Every bound stands for a span of days: [earliest, latest].  Exact bounds
 * span their precision; on-or-before spans [-inf, end of the anchor's span];
 * on-or-after spans [anchor, +inf]; an unbounded lower bound is [-inf, -inf]
 * and an unbounded upper bound [+inf, +inf].  The infinities are the
 * sentinels SC_DAYS_NEG_INF and SC_DAYS_POS_INF.  The true intervals
 * consistent with a validity are the [s, e] with s in the lower span, e in
 * the upper span and s <= e; a validity with none (lower earliest after
 * upper latest) is invalid.  The four reading functions below return the
 * least and greatest s and e over those consistent intervals, so a latest
 * start never exceeds the latest end and an earliest end never precedes the
 * earliest start.
 *
 * Nothing here raises or allocates: functions return a status, and the
 * extension turns statuses into errors.
 */
#ifndef SC_VALIDITY_H
#define SC_VALIDITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Day numbers standing for "since always" and "still valid". */
#define SC_DAYS_NEG_INF INT32_MIN
#define SC_DAYS_POS_INF INT32_MAX

/* Room for the longest canonical text, "[..YYYY-MM-DD]/[..YYYY-MM-DD]". */
#define SC_VALIDITY_TEXT_SIZE 32

/* Precisions of a bound, as reported to users (the span is finer). */
typedef enum sc_precision
{
	SC_PRECISION_DAY,
	SC_PRECISION_MONTH,
	SC_PRECISION_YEAR,
	SC_PRECISION_DECADE,
	SC_PRECISION_NONE			/* an unbounded bound */
} sc_precision;

/* Kinds of a bound, in the order encoded bounds sort within an anchor. */
typedef enum sc_bound_kind
{
	SC_KIND_ON_OR_BEFORE,
	SC_KIND_EXACT,
	SC_KIND_ON_OR_AFTER,
	SC_KIND_UNBOUNDED
} sc_bound_kind;

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
	SC_VALIDITY_FIELD_OVERFLOW, /* well formed, but a month or day out of
								 * range */
	SC_VALIDITY_BAD_ORDER,		/* no interval is consistent with the bounds */
	SC_VALIDITY_BAD_ENCODING	/* binary form not produced by this code */
} sc_validity_status;

/*
 * Text form: "LOWER/UPPER", or a single date standing for the interval
 * from its first to its last day ("2019" is 2019-01-01/2019-12-31).  A
 * bound is "..", a date "YYYY", "YYYY-MM", "YYYY-MM-DD" or a decade "YYYX",
 * or such a date in "[..DATE]" (on or before) or "[DATE..]" (on or after).
 * Surrounding white space is ignored.  On failure *detail (if not NULL) is
 * set to a full sentence saying what is wrong.
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
 * Packing into one int64 whose signed order is the order of validities:
 * by lower bound, then upper bound.  The extension's Datum is this int64.
 */
extern int64_t sc_validity_to_datum64(sc_validity v);
extern sc_validity sc_validity_from_datum64(int64_t d);
extern int	sc_validity_cmp(sc_validity a, sc_validity b);

/* The readings of the bounds; sentinels where unbounded. */
extern int32_t sc_validity_earliest_start(sc_validity v);
extern int32_t sc_validity_latest_start(sc_validity v);
extern int32_t sc_validity_earliest_end(sc_validity v);
extern int32_t sc_validity_latest_end(sc_validity v);

/* Parts of a bound. */
extern sc_precision sc_validity_lower_precision(sc_validity v);
extern sc_precision sc_validity_upper_precision(sc_validity v);
extern sc_bound_kind sc_validity_lower_kind(sc_validity v);
extern sc_bound_kind sc_validity_upper_kind(sc_validity v);
extern const char *sc_precision_name(sc_precision p);
extern const char *sc_bound_kind_name(sc_bound_kind k);
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
