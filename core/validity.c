/*
 * validity.c
 *		Membership periods with imprecise bounds: the text form (ISO 8601
 *		intervals with EDTF dates), the encoding described in validity.h,
 *		and the certain and possible readings of the interval relations.
 *
 * Every relation is answered from the four readings of a validity: the
 * earliest and latest start (es, ls) and the earliest and latest end (ee,
 * le) over the true intervals consistent with it.  Any start in [es, ls]
 * and any end in [ee, le] occurs in some consistent interval, and the
 * widest one [es, le] and narrowest one [ls, ee] bound all the others, so
 * a relation certainly holds when it holds between the narrowest and widest
 * extremes that are hardest for it, and possibly holds when it holds for
 * the easiest ones.
 */
#include "validity.h"

#include <string.h>

#include "calendar.h"

/* Spans: a precision and its length in days. */
typedef enum span
{
	SPAN_DAY,
	SPAN_MONTH28,
	SPAN_MONTH29,
	SPAN_MONTH30,
	SPAN_MONTH31,
	SPAN_YEAR365,
	SPAN_YEAR366,
	SPAN_DECADE3652,
	SPAN_DECADE3653,
	SPAN_COUNT
} span;

#define CODE_RADIX 32
#define CODE_UNBOUNDED 31
#define CODE_LIMIT (SC_KIND_UNBOUNDED * SPAN_COUNT)	/* first unused code */

#define LOWER_UNBOUNDED ((SC_MIN_DAY - 1) * CODE_RADIX + CODE_UNBOUNDED)
#define UPPER_UNBOUNDED ((SC_MAX_DAY + 1) * CODE_RADIX + CODE_UNBOUNDED)

static const int32_t span_days[SPAN_COUNT] = {
	1, 28, 29, 30, 31, 365, 366, 3652, 3653
};

static const sc_precision span_precision[SPAN_COUNT] = {
	SC_PRECISION_DAY,
	SC_PRECISION_MONTH, SC_PRECISION_MONTH, SC_PRECISION_MONTH,
	SC_PRECISION_MONTH,
	SC_PRECISION_YEAR, SC_PRECISION_YEAR,
	SC_PRECISION_DECADE, SC_PRECISION_DECADE
};

static const char *const syntax_detail =
"A validity is written LOWER/UPPER or as a single date; a bound is a date "
"(\"2019-05-01\", \"2019-05\", \"2019\" or the decade \"199X\"), \"..\" "
"for no bound, or \"[..DATE]\" or \"[DATE..]\" for on or before or on or "
"after a date.";

/* The four readings of a validity; see the file header. */
typedef struct readings
{
	int32_t		es;
	int32_t		ls;
	int32_t		ee;
	int32_t		le;
} readings;

static inline int32_t bound_code(int32_t b);
static inline int32_t bound_anchor(int32_t b);
static inline int32_t bound_first(int32_t b, int32_t unbounded);
static inline int32_t bound_last(int32_t b, int32_t unbounded);
static inline int32_t encode(int32_t anchor, sc_bound_kind kind, span sp);
static inline readings read_validity(sc_validity v);
static inline int32_t min32(int32_t a, int32_t b);
static inline int32_t max32(int32_t a, int32_t b);
static int32_t int32_from_uint32(uint32_t u);
static bool is_blank(char c);
static bool parse_number(const char *s, int n, int *value);
static sc_validity_status parse_date(const char *s, size_t len,
									 int32_t *anchor, span *sp,
									 const char **detail);
static sc_validity_status parse_bound(const char *s, size_t len,
									  int32_t unbounded, int32_t *bound,
									  const char **detail);
static sc_validity_status parse_single(const char *s, size_t len,
									   sc_validity *out, const char **detail);
static span decade_span(int year);
static size_t format_date(int32_t b, char *buf);
static size_t format_bound(int32_t b, char *buf);
static sc_precision bound_precision(int32_t b);
static sc_bound_kind bound_kind(int32_t b);
static bool may_meet(readings first, readings second);
static bool lower_wins(int32_t a, int32_t b);
static bool upper_wins(int32_t a, int32_t b);

/* ------------------------------------------------------------------------
 * Encoding
 * ------------------------------------------------------------------------
 */

static inline int32_t
bound_code(int32_t b)
{
	return (int32_t) ((uint32_t) b % CODE_RADIX);
}

static inline int32_t
bound_anchor(int32_t b)
{
	return (b - bound_code(b)) / CODE_RADIX;
}

static inline int32_t
encode(int32_t anchor, sc_bound_kind kind, span sp)
{
	return anchor * CODE_RADIX + (int32_t) kind * SPAN_COUNT + (int32_t) sp;
}

/* First day of a bound's span; "unbounded" is what ".." stands for. */
static inline int32_t
bound_first(int32_t b, int32_t unbounded)
{
	int32_t		code = bound_code(b);

	if (code == CODE_UNBOUNDED)
		return unbounded;
	if (code < SPAN_COUNT)
		return SC_DAYS_NEG_INF;
	return bound_anchor(b);
}

/* Last day of a bound's span. */
static inline int32_t
bound_last(int32_t b, int32_t unbounded)
{
	int32_t		code = bound_code(b);

	if (code == CODE_UNBOUNDED)
		return unbounded;
	if (code >= SC_KIND_ON_OR_AFTER * SPAN_COUNT)
		return SC_DAYS_POS_INF;
	return bound_anchor(b) + span_days[code % SPAN_COUNT] - 1;
}

static inline int32_t
min32(int32_t a, int32_t b)
{
	return a < b ? a : b;
}

static inline int32_t
max32(int32_t a, int32_t b)
{
	return a > b ? a : b;
}

/*
 * A start after the latest end, or an end before the earliest start, is
 * not consistent with the validity: the readings clamp them away.
 */
static inline readings
read_validity(sc_validity v)
{
	readings	r;

	r.es = bound_first(v.lower, SC_DAYS_NEG_INF);
	r.le = bound_last(v.upper, SC_DAYS_POS_INF);
	r.ls = min32(bound_last(v.lower, SC_DAYS_NEG_INF), r.le);
	r.ee = max32(bound_first(v.upper, SC_DAYS_POS_INF), r.es);
	return r;
}

/* The int32 with the bits of u, without implementation-defined casts. */
static int32_t
int32_from_uint32(uint32_t u)
{
	if (u <= (uint32_t) INT32_MAX)
		return (int32_t) u;
	return -(int32_t) (UINT32_MAX - u) - 1;
}

/*
 * The upper bound goes into the low half with its sign bit flipped, so that
 * the signed order of the whole is the order by lower, then upper bound.
 */
int64_t
sc_validity_to_datum64(sc_validity v)
{
	return (int64_t) v.lower * INT64_C(4294967296) +
		(int64_t) ((uint32_t) v.upper ^ UINT32_C(0x80000000));
}

sc_validity
sc_validity_from_datum64(int64_t d)
{
	int64_t		low = (int64_t) ((uint64_t) d & UINT64_C(0xffffffff));
	sc_validity v;

	v.lower = (int32_t) ((d - low) / INT64_C(4294967296));
	v.upper = int32_from_uint32((uint32_t) low ^ UINT32_C(0x80000000));
	return v;
}

int
sc_validity_cmp(sc_validity a, sc_validity b)
{
	if (a.lower != b.lower)
		return a.lower < b.lower ? -1 : 1;
	if (a.upper != b.upper)
		return a.upper < b.upper ? -1 : 1;
	return 0;
}

/* ------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------
 */

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		c == '\v';
}

/* Exactly n decimal digits. */
static bool
parse_number(const char *s, int n, int *value)
{
	*value = 0;
	for (int i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return false;
		*value = *value * 10 + (s[i] - '0');
	}
	return true;
}

/* The decades of 2 and of 3 leap years. */
static span
decade_span(int year)
{
	int			leap = 0;

	for (int y = year; y < year + 10; y++)
		leap += sc_is_leap_year(y);
	return leap == 3 ? SPAN_DECADE3653 : SPAN_DECADE3652;
}

/* "YYYY-MM-DD", "YYYY-MM", "YYYY" or "YYYX": the anchor and span. */
static sc_validity_status
parse_date(const char *s, size_t len, int32_t *anchor, span *sp,
		   const char **detail)
{
	int			year,
				month = 1,
				day = 1;

	*detail = syntax_detail;
	if (memchr(s, '?', len) || memchr(s, '~', len) || memchr(s, '%', len))
	{
		*detail = "The EDTF qualifiers \"?\", \"~\" and \"%\" are not supported.";
		return SC_VALIDITY_SYNTAX;
	}
	if (len == 4 && s[3] == 'X' && parse_number(s, 3, &year))
	{
		*anchor = sc_days_from_civil(year * 10, 1, 1);
		*sp = decade_span(year * 10);
		return SC_VALIDITY_OK;
	}
	if (len >= 4 && memchr(s, 'X', len))
	{
		*detail = "Only the last digit of a year may be unspecified (\"199X\"); centuries, months and days may not.";
		return SC_VALIDITY_SYNTAX;
	}
	if (!((len == 4 || len == 7 || len == 10) && parse_number(s, 4, &year) &&
		  (len < 7 || (s[4] == '-' && parse_number(s + 5, 2, &month))) &&
		  (len < 10 || (s[7] == '-' && parse_number(s + 8, 2, &day)))))
		return SC_VALIDITY_SYNTAX;
	if (month < 1 || month > 12 || day < 1 ||
		day > sc_days_in_month(year, month))
	{
		*detail = "Months run from 01 to 12, and days from 01 to the last day of the month.";
		return SC_VALIDITY_FIELD_OVERFLOW;
	}
	*anchor = sc_days_from_civil(year, month, day);
	if (len == 10)
		*sp = SPAN_DAY;
	else if (len == 7)
		*sp = (span) (SPAN_MONTH28 + sc_days_in_month(year, month) - 28);
	else
		*sp = sc_is_leap_year(year) ? SPAN_YEAR366 : SPAN_YEAR365;
	return SC_VALIDITY_OK;
}

/* "..", a date, "[..DATE]" or "[DATE..]". */
static sc_validity_status
parse_bound(const char *s, size_t len, int32_t unbounded, int32_t *bound,
			const char **detail)
{
	sc_bound_kind kind = SC_KIND_EXACT;
	int32_t		anchor;
	span		sp;
	sc_validity_status status;

	if (len == 0)
	{
		*detail = "A bound is missing; write \"..\" for no bound.";
		return SC_VALIDITY_SYNTAX;
	}
	if (len == 2 && memcmp(s, "..", 2) == 0)
	{
		*bound = unbounded;
		return SC_VALIDITY_OK;
	}
	if (s[0] == '[' && len > 5 && s[len - 1] == ']')
	{
		if (memcmp(s + 1, "..", 2) == 0)
		{
			kind = SC_KIND_ON_OR_BEFORE;
			s += 3;
		}
		else if (memcmp(s + len - 3, "..", 2) == 0)
		{
			kind = SC_KIND_ON_OR_AFTER;
			s += 1;
		}
		else
		{
			*detail = "Of the EDTF sets only \"[..DATE]\" and \"[DATE..]\" are supported.";
			return SC_VALIDITY_SYNTAX;
		}
		len -= 4;
	}
	status = parse_date(s, len, &anchor, &sp, detail);
	if (status == SC_VALIDITY_OK)
		*bound = encode(anchor, kind, sp);
	return status;
}

/* A date alone stands for the days from its first to its last. */
static sc_validity_status
parse_single(const char *s, size_t len, sc_validity *out, const char **detail)
{
	int32_t		anchor;
	span		sp;
	sc_validity_status status;

	status = parse_date(s, len, &anchor, &sp, detail);
	if (status != SC_VALIDITY_OK)
		return status;
	out->lower = encode(anchor, SC_KIND_EXACT, SPAN_DAY);
	out->upper = encode(anchor + span_days[sp] - 1, SC_KIND_EXACT, SPAN_DAY);
	return SC_VALIDITY_OK;
}

sc_validity_status
sc_validity_parse_detail(const char *text, size_t len, sc_validity *out,
						 const char **detail)
{
	const char *dummy;
	const char *slash;
	sc_validity v;
	sc_validity_status status;

	if (detail == NULL)
		detail = &dummy;
	while (len > 0 && is_blank(text[0]))
		text++, len--;
	while (len > 0 && is_blank(text[len - 1]))
		len--;
	slash = memchr(text, '/', len);
	if (slash == NULL)
		status = parse_single(text, len, &v, detail);
	else if (memchr(slash + 1, '/', len - (slash + 1 - text)) != NULL)
	{
		*detail = "A validity has one \"/\" between its bounds.";
		status = SC_VALIDITY_SYNTAX;
	}
	else
	{
		status = parse_bound(text, slash - text, LOWER_UNBOUNDED,
							 &v.lower, detail);
		if (status == SC_VALIDITY_OK)
			status = parse_bound(slash + 1, len - (slash + 1 - text),
								 UPPER_UNBOUNDED, &v.upper, detail);
	}
	if (status == SC_VALIDITY_OK &&
		bound_first(v.lower, SC_DAYS_NEG_INF) >
		bound_last(v.upper, SC_DAYS_POS_INF))
	{
		*detail = "The lower bound is after the upper bound.";
		status = SC_VALIDITY_BAD_ORDER;
	}
	if (status == SC_VALIDITY_OK)
		*out = v;
	return status;
}

sc_validity_status
sc_validity_parse(const char *text, size_t len, sc_validity *out)
{
	return sc_validity_parse_detail(text, len, out, NULL);
}

/*
 * Bounds of unknown origin are valid when they are what parsing their
 * canonical text gives: anchors at the start of their span, spans of the
 * right length, ".." only as the right constant, bounds in order.
 */
sc_validity_status
sc_validity_check(sc_validity v)
{
	char		buf[SC_VALIDITY_TEXT_SIZE];
	sc_validity again;
	int32_t		bounds[2] = {v.lower, v.upper};

	for (int i = 0; i < 2; i++)
	{
		int32_t		code = bound_code(bounds[i]);
		int32_t		anchor = bound_anchor(bounds[i]);

		if ((code >= CODE_LIMIT && code != CODE_UNBOUNDED) ||
			anchor < SC_MIN_DAY - 1 || anchor > SC_MAX_DAY + 1)
			return SC_VALIDITY_BAD_ENCODING;
		if (code != CODE_UNBOUNDED &&
			(anchor < SC_MIN_DAY || anchor > SC_MAX_DAY))
			return SC_VALIDITY_BAD_ENCODING;
	}
	sc_validity_format(v, buf, sizeof(buf));
	if (sc_validity_parse(buf, strlen(buf), &again) != SC_VALIDITY_OK)
		return SC_VALIDITY_BAD_ENCODING;
	if (again.lower != v.lower || again.upper != v.upper)
		return SC_VALIDITY_BAD_ENCODING;
	return SC_VALIDITY_OK;
}

sc_validity_status
sc_validity_from_days(int32_t first, int32_t last, sc_validity *out)
{
	if ((first != SC_DAYS_NEG_INF &&
		 (first < SC_MIN_DAY || first > SC_MAX_DAY)) ||
		(last != SC_DAYS_POS_INF &&
		 (last < SC_MIN_DAY || last > SC_MAX_DAY)))
		return SC_VALIDITY_FIELD_OVERFLOW;
	if (first > last)
		return SC_VALIDITY_BAD_ORDER;
	out->lower = first == SC_DAYS_NEG_INF ? LOWER_UNBOUNDED :
		encode(first, SC_KIND_EXACT, SPAN_DAY);
	out->upper = last == SC_DAYS_POS_INF ? UPPER_UNBOUNDED :
		encode(last, SC_KIND_EXACT, SPAN_DAY);
	return SC_VALIDITY_OK;
}

/* ------------------------------------------------------------------------
 * Formatting
 * ------------------------------------------------------------------------
 */

/* The anchor written at the bound's precision; returns the length. */
static size_t
format_date(int32_t b, char *buf)
{
	static const size_t lengths[] = {10, 7, 4, 4};
	sc_precision p = span_precision[bound_code(b) % SPAN_COUNT];

	sc_format_iso_date(bound_anchor(b), buf);
	if (p == SC_PRECISION_DECADE)
		buf[3] = 'X';
	buf[lengths[p]] = '\0';
	return lengths[p];
}

static size_t
format_bound(int32_t b, char *buf)
{
	sc_bound_kind kind = (sc_bound_kind) (bound_code(b) / SPAN_COUNT);
	size_t		n;

	if (bound_code(b) == CODE_UNBOUNDED)
	{
		memcpy(buf, "..", 3);
		return 2;
	}
	if (kind == SC_KIND_EXACT)
		return format_date(b, buf);
	buf[0] = '[';
	if (kind == SC_KIND_ON_OR_BEFORE)
	{
		memcpy(buf + 1, "..", 2);
		n = 3 + format_date(b, buf + 3);
	}
	else
	{
		n = 1 + format_date(b, buf + 1);
		memcpy(buf + n, "..", 2);
		n += 2;
	}
	memcpy(buf + n, "]", 2);
	return n + 1;
}

bool
sc_validity_format(sc_validity v, char *buf, size_t buflen)
{
	size_t		n;

	if (buflen < SC_VALIDITY_TEXT_SIZE)
		return false;
	n = format_bound(v.lower, buf);
	buf[n++] = '/';
	format_bound(v.upper, buf + n);
	return true;
}

/* ------------------------------------------------------------------------
 * Parts and readings
 * ------------------------------------------------------------------------
 */

int32_t
sc_validity_earliest_start(sc_validity v)
{
	return read_validity(v).es;
}

int32_t
sc_validity_latest_start(sc_validity v)
{
	return read_validity(v).ls;
}

int32_t
sc_validity_earliest_end(sc_validity v)
{
	return read_validity(v).ee;
}

int32_t
sc_validity_latest_end(sc_validity v)
{
	return read_validity(v).le;
}

static sc_precision
bound_precision(int32_t b)
{
	if (bound_code(b) == CODE_UNBOUNDED)
		return SC_PRECISION_NONE;
	return span_precision[bound_code(b) % SPAN_COUNT];
}

static sc_bound_kind
bound_kind(int32_t b)
{
	if (bound_code(b) == CODE_UNBOUNDED)
		return SC_KIND_UNBOUNDED;
	return (sc_bound_kind) (bound_code(b) / SPAN_COUNT);
}

sc_precision
sc_validity_lower_precision(sc_validity v)
{
	return bound_precision(v.lower);
}

sc_precision
sc_validity_upper_precision(sc_validity v)
{
	return bound_precision(v.upper);
}

sc_bound_kind
sc_validity_lower_kind(sc_validity v)
{
	return bound_kind(v.lower);
}

sc_bound_kind
sc_validity_upper_kind(sc_validity v)
{
	return bound_kind(v.upper);
}

const char *
sc_precision_name(sc_precision p)
{
	static const char *const names[] = {"day", "month", "year", "decade", NULL};

	return names[p];
}

const char *
sc_bound_kind_name(sc_bound_kind k)
{
	static const char *const names[] = {
		"on or before", "exact", "on or after", "unbounded"
	};

	return names[k];
}

/* Both bounds exact days or "..": the values daterange can hold. */
bool
sc_validity_is_day_precise(sc_validity v)
{
	return (v.lower == LOWER_UNBOUNDED ||
			bound_code(v.lower) == SC_KIND_EXACT * SPAN_COUNT + SPAN_DAY) &&
		(v.upper == UPPER_UNBOUNDED ||
		 bound_code(v.upper) == SC_KIND_EXACT * SPAN_COUNT + SPAN_DAY);
}

/*
 * The shortest true interval runs from the latest start to the earliest
 * end, or is a single day where those cross.
 */
bool
sc_validity_shortest_days(sc_validity v, int32_t *days)
{
	readings	r = read_validity(v);
	int64_t		n;

	if (r.ls == SC_DAYS_NEG_INF || r.ee == SC_DAYS_POS_INF)
		return false;
	n = (int64_t) r.ee - r.ls + 1;
	*days = n < 1 ? 1 : (int32_t) n;
	return true;
}

bool
sc_validity_longest_days(sc_validity v, int32_t *days)
{
	readings	r = read_validity(v);

	if (r.es == SC_DAYS_NEG_INF || r.le == SC_DAYS_POS_INF)
		return false;
	*days = r.le - r.es + 1;
	return true;
}

/* ------------------------------------------------------------------------
 * Relations in both readings
 * ------------------------------------------------------------------------
 */

bool
sc_validity_certainly_contains_day(sc_validity v, int32_t day)
{
	readings	r = read_validity(v);

	return r.ls <= day && day <= r.ee;
}

bool
sc_validity_possibly_contains_day(sc_validity v, int32_t day)
{
	readings	r = read_validity(v);

	return r.es <= day && day <= r.le;
}

bool
sc_validity_certainly_contains(sc_validity a, sc_validity b)
{
	readings	ra = read_validity(a);
	readings	rb = read_validity(b);

	return ra.ls <= rb.es && rb.le <= ra.ee;
}

bool
sc_validity_possibly_contains(sc_validity a, sc_validity b)
{
	readings	ra = read_validity(a);
	readings	rb = read_validity(b);

	return ra.es <= rb.ls && rb.ee <= ra.le;
}

bool
sc_validity_certainly_overlaps(sc_validity a, sc_validity b)
{
	readings	ra = read_validity(a);
	readings	rb = read_validity(b);

	return ra.ls <= rb.ee && rb.ls <= ra.ee;
}

bool
sc_validity_possibly_overlaps(sc_validity a, sc_validity b)
{
	readings	ra = read_validity(a);
	readings	rb = read_validity(b);

	return ra.es <= rb.le && rb.es <= ra.le;
}

/* a ends before b starts. */
bool
sc_validity_certainly_before(sc_validity a, sc_validity b)
{
	return read_validity(a).le < read_validity(b).es;
}

bool
sc_validity_possibly_before(sc_validity a, sc_validity b)
{
	return read_validity(a).ee < read_validity(b).ls;
}

/*
 * Adjacent: one ends the day before the other starts, with no gap and no
 * shared day.  Certainly so only where both meeting bounds are single days.
 */
bool
sc_validity_certainly_adjacent(sc_validity a, sc_validity b)
{
	readings	ra = read_validity(a);
	readings	rb = read_validity(b);

	return (ra.ee == ra.le && rb.es == rb.ls && ra.le != SC_DAYS_POS_INF &&
			ra.le + 1 == rb.es) ||
		(rb.ee == rb.le && ra.es == ra.ls && rb.le != SC_DAYS_POS_INF &&
		 rb.le + 1 == ra.es);
}

/* Some end of one falls on the day before some start of the other. */
static bool
may_meet(readings first, readings second)
{
	if (first.ee == SC_DAYS_POS_INF || second.ls == SC_DAYS_NEG_INF)
		return false;
	return (int64_t) first.ee + 1 <= second.ls &&
		second.es <= (int64_t) first.le + 1;
}

bool
sc_validity_possibly_adjacent(sc_validity a, sc_validity b)
{
	readings	ra = read_validity(a);
	readings	rb = read_validity(b);

	return may_meet(ra, rb) || may_meet(rb, ra);
}

/*
 * The later of two lower bounds lies in the span of the one that may be
 * latest (ties: the narrower span, then the greater encoding); the earlier
 * of two upper bounds in the span of the one that may be earliest.
 */
static bool
lower_wins(int32_t a, int32_t b)
{
	int32_t		la = bound_last(a, SC_DAYS_NEG_INF);
	int32_t		lb = bound_last(b, SC_DAYS_NEG_INF);
	int32_t		fa = bound_first(a, SC_DAYS_NEG_INF);
	int32_t		fb = bound_first(b, SC_DAYS_NEG_INF);

	if (la != lb)
		return la > lb;
	if (fa != fb)
		return fa > fb;
	return a >= b;
}

static bool
upper_wins(int32_t a, int32_t b)
{
	int32_t		fa = bound_first(a, SC_DAYS_POS_INF);
	int32_t		fb = bound_first(b, SC_DAYS_POS_INF);
	int32_t		la = bound_last(a, SC_DAYS_POS_INF);
	int32_t		lb = bound_last(b, SC_DAYS_POS_INF);

	if (fa != fb)
		return fa < fb;
	if (la != lb)
		return la < lb;
	return a <= b;
}

bool
sc_validity_intersection(sc_validity a, sc_validity b, sc_validity *out)
{
	if (!sc_validity_possibly_overlaps(a, b))
		return false;
	out->lower = lower_wins(a.lower, b.lower) ? a.lower : b.lower;
	out->upper = upper_wins(a.upper, b.upper) ? a.upper : b.upper;
	return true;
}

sc_validity
sc_validity_hull(sc_validity a, sc_validity b)
{
	readings	ra = read_validity(a);
	readings	rb = read_validity(b);
	int32_t		first = min32(ra.es, rb.es);
	int32_t		last = max32(ra.le, rb.le);
	sc_validity h;

	h.lower = first == SC_DAYS_NEG_INF ? LOWER_UNBOUNDED :
		encode(first, SC_KIND_EXACT, SPAN_DAY);
	h.upper = last == SC_DAYS_POS_INF ? UPPER_UNBOUNDED :
		encode(last, SC_KIND_EXACT, SPAN_DAY);
	return h;
}
