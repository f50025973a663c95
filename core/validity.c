/*
 * validity.c
 *		Membership periods with imprecise bounds: the text form (EDTF levels
 *		0 and 1, ISO 8601-2), the two encodings described in validity.h,
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

/* Spans of the compact encoding: a precision and its length in days. */
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

/*
 * Forms of a date, as written: what it names and which digits are "X".
 * The first four without a qualifier are the compact encoding's.
 */
typedef enum form
{
	FORM_DAY,					/* 1985-04-12 */
	FORM_MONTH,					/* 1985-04 */
	FORM_DAY_UNSPECIFIED,		/* 1985-04-XX */
	FORM_SEASON,				/* 2001-21 */
	FORM_YEAR,					/* 1985 */
	FORM_MONTH_UNSPECIFIED,		/* 2004-XX */
	FORM_MONTH_DAY_UNSPECIFIED, /* 1985-XX-XX */
	FORM_DECADE,				/* 201X */
	FORM_CENTURY,				/* 20XX */
	FORM_COUNT
} form;

/*
 * A bound taken apart; the anchor is the first day of the date's span, and
 * of a "[D1..D2]" bound D1, last D2 (0 for other kinds).
 */
typedef struct bound_parts
{
	sc_bound_kind kind;
	form		form;
	sc_qualifier qualifier;
	int32_t		anchor;
	int32_t		last;
} bound_parts;

/* The first and last day a bound may fall on, sentinels for the infinities. */
typedef struct day_span
{
	int32_t		first;
	int32_t		last;
} day_span;

/* The extended encoding's bounds are the rare ones. */
#if defined(__GNUC__)
#define SC_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define SC_UNLIKELY(x) (x)
#endif

#define CODE_RADIX 32
#define CODE_UNBOUNDED 31
#define CODE_LIMIT (SC_KIND_UNBOUNDED * SPAN_COUNT)	/* first unused code */

#define LOWER_UNBOUNDED ((SC_MIN_DAY - 1) * CODE_RADIX + CODE_UNBOUNDED)
#define UPPER_UNBOUNDED ((SC_MAX_DAY + 1) * CODE_RADIX + CODE_UNBOUNDED)

/*
 * The extended encoding (validity.h).  A compact code c sorts as rank
 * 8 * c; the extended forms of a kind take ranks between them, 72 * kind
 * plus the rank below, chosen so that at one anchor a finer form sorts
 * before a coarser one and a qualified date just after the unqualified
 * one (a season never shares its anchor with a year).  An unknown lower
 * bound sorts just after "..", an unknown upper bound just before.
 */
#define EXT_BASE (INT32_C(1) << 30)
#define EXT_RADIX 256
#define EXT_ANCHOR_MIN (SC_MIN_DAY - 1)
#define EXT_KIND_STRIDE (SPAN_COUNT * 8)
#define EXT_RANK_UNKNOWN_LOWER (CODE_UNBOUNDED * 8 + 1)
#define EXT_RANK_UNKNOWN_UPPER (CODE_UNBOUNDED * 8 - 1)

/*
 * "[D1..D2]" bounds (validity.h), below the compact encoding's least
 * value, LOWER_UNBOUNDED.  They sort as a rank of the exact kind that no
 * extended form takes, just after the exact day and its qualified forms.
 */
#define BETWEEN_BASE INT32_MIN
#define BETWEEN_RADIX 512
#define BETWEEN_LIMIT (BETWEEN_BASE + (SC_MAX_DAY - SC_MIN_DAY + 1) * BETWEEN_RADIX)
#define BETWEEN_RANK (SC_KIND_EXACT * EXT_KIND_STRIDE + 4)

/* Rank within a kind of each form and qualifier; 0 where compact. */
static const uint8_t ext_rank[FORM_COUNT][4] = {
	{0, 1, 2, 3},				/* day: after the compact day (0) */
	{0, 33, 34, 35},			/* month: after the compact months (8..32) */
	{36, 37, 38, 39},			/* YYYY-MM-XX */
	{41, 42, 43, 44},			/* season */
	{0, 45, 46, 47},			/* year: after 365 days (40) */
	{49, 50, 51, 52},			/* YYYY-XX: after 366 days (48) */
	{53, 54, 55, 57},			/* YYYY-XX-XX */
	{0, 58, 59, 60},			/* decade: after 3652 days (56) */
	{61, 62, 63, 65},			/* century: after 3653 days (64) */
};

/* The inverse: form * 4 + qualifier of each rank within a kind, or -1. */
static const int8_t ext_form_of_rank[EXT_KIND_STRIDE] = {
	-1, 1, 2, 3, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1,
	-1, 5, 6, 7, 8, 9, 10, 11,
	-1, 12, 13, 14, 15, 17, 18, 19,
	-1, 20, 21, 22, 23, 24, 25, 26,
	-1, 27, 29, 30, 31, 32, 33, 34,
	-1, 35, -1, -1, -1, -1, -1, -1,
};

static const int32_t span_days[SPAN_COUNT] = {
	1, 28, 29, 30, 31, 365, 366, 3652, 3653
};

static const form span_form[SPAN_COUNT] = {
	FORM_DAY,
	FORM_MONTH, FORM_MONTH, FORM_MONTH, FORM_MONTH,
	FORM_YEAR, FORM_YEAR,
	FORM_DECADE, FORM_DECADE
};

/* A form's unit in months (0: a day), and the precision it reports. */
static const int form_months[FORM_COUNT] = {
	0, 1, 1, 3, 12, 12, 12, 120, 1200
};

static const sc_precision form_precision[FORM_COUNT] = {
	SC_PRECISION_DAY, SC_PRECISION_MONTH, SC_PRECISION_MONTH,
	SC_PRECISION_SEASON, SC_PRECISION_YEAR, SC_PRECISION_YEAR,
	SC_PRECISION_YEAR, SC_PRECISION_DECADE, SC_PRECISION_CENTURY
};

static const char qualifier_marks[4] = {'\0', '?', '~', '%'};

static const char *const syntax_detail =
"A validity is written LOWER/UPPER or as a single date (EDTF levels 0 and "
"1); a bound is a date (\"2019-05-01\", \"2019-05\", \"2019\", the season "
"\"2019-21\", the decade \"199X\", the century \"19XX\", or \"2019-XX\", "
"\"2019-05-XX\", \"2019-XX-XX\"), optionally followed by \"?\" (uncertain), "
"\"~\" (approximate) or \"%\" (both), \"..\" for no bound, nothing for an "
"unknown bound, \"[..DATE]\" or \"[DATE..]\" for on or before or on or "
"after a date, or \"[DAY..DAY]\" for one of the days from one to another.";

static const char *const range_detail =
"Validities hold the years 0000 to 9999; longer years (\"Y170000002\", "
"\"10000\") and negative years (\"-1985\") are outside that range.";

static inline int32_t bound_code(int32_t b);
static inline int32_t bound_anchor(int32_t b);
static inline bool is_extended(int32_t b);
static inline bool is_between(int32_t b);
static inline day_span bound_days(int32_t b, int32_t unbounded);
static inline int32_t encode(int32_t anchor, sc_bound_kind kind, span sp);
static int32_t encode_parts(bound_parts p, int32_t unbounded);
static bool decode_parts(int32_t b, bound_parts *p);
static int64_t bound_sort_key(int32_t b);
static int32_t month_start(int64_t months);
static int64_t months_of(int32_t day);
static span compact_span(int32_t anchor, form f);
static day_span date_days(bound_parts p);
static day_span extended_days(int32_t b);
static inline sc_validity_readings read_validity(sc_validity v);
static inline int32_t min32(int32_t a, int32_t b);
static inline int32_t max32(int32_t a, int32_t b);
static int32_t int32_from_uint32(uint32_t u);
static bool is_blank(char c);
static bool parse_number(const char *s, int n, int *value);
static bool is_out_of_range_year(const char *s, size_t len);
static sc_validity_status parse_month_part(const char *s, int year,
										   bound_parts *p,
										   const char **detail);
static sc_validity_status parse_day_part(const char *s, int year,
										 bound_parts *p,
										 const char **detail);
static sc_validity_status parse_date(const char *s, size_t len,
									 bound_parts *p, const char **detail);
static bool parse_time_of_day(const char *s, size_t len);
static sc_validity_status parse_between(const char *s, size_t len,
										 bound_parts *p, const char **detail);
static sc_validity_status parse_bound(const char *s, size_t len,
									  int32_t unbounded, int32_t *bound,
									  const char **detail);
static sc_validity_status parse_single(const char *s, size_t len,
									   sc_validity *out, const char **detail);
static span decade_span(int year);
static size_t format_date(int32_t b, char *buf);
static size_t format_bound(int32_t b, char *buf);
static bool bound_is_well_formed(int32_t b);
static sc_precision bound_precision(int32_t b);
static sc_bound_kind bound_kind(int32_t b);
static sc_qualifier bound_qualifier(int32_t b);
static bool may_meet(sc_validity_readings first, sc_validity_readings second);
static bool lower_wins(int32_t a, int32_t b);
static bool upper_wins(int32_t a, int32_t b);

/* ------------------------------------------------------------------------
 * Encoding
 * ------------------------------------------------------------------------
 */

static inline bool
is_extended(int32_t b)
{
	return b >= EXT_BASE;
}

static inline bool
is_between(int32_t b)
{
	return b < BETWEEN_LIMIT;
}

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

/* The span of a compact-form date at the anchor. */
static span
compact_span(int32_t anchor, form f)
{
	int			year,
				month,
				day;

	sc_civil_from_days(anchor, &year, &month, &day);
	switch (f)
	{
		case FORM_MONTH:
			return (span) (SPAN_MONTH28 + sc_days_in_month(year, month) - 28);
		case FORM_YEAR:
			return sc_is_leap_year(year) ? SPAN_YEAR366 : SPAN_YEAR365;
		case FORM_DECADE:
			return decade_span(year);
		default:
			return SPAN_DAY;
	}
}

/*
 * The compact encoding where 0.2 had one (so that its values keep their
 * bits), the extended one for everything else.
 */
static int32_t
encode_parts(bound_parts p, int32_t unbounded)
{
	int32_t		rank;

	if (p.kind == SC_KIND_UNBOUNDED)
		return unbounded;
	if (p.kind == SC_KIND_BETWEEN)
		return BETWEEN_BASE + (p.anchor - SC_MIN_DAY) * BETWEEN_RADIX +
			(p.last - p.anchor - 1);
	if (p.kind == SC_KIND_UNKNOWN)
	{
		if (unbounded == LOWER_UNBOUNDED)
			return EXT_BASE + EXT_RANK_UNKNOWN_LOWER;
		return EXT_BASE + (SC_MAX_DAY + 1 - EXT_ANCHOR_MIN) * EXT_RADIX +
			EXT_RANK_UNKNOWN_UPPER;
	}
	if (p.qualifier == SC_QUALIFIER_NONE &&
		(p.form == FORM_DAY || p.form == FORM_MONTH ||
		 p.form == FORM_YEAR || p.form == FORM_DECADE))
		return encode(p.anchor, p.kind, compact_span(p.anchor, p.form));
	rank = (int32_t) p.kind * EXT_KIND_STRIDE + ext_rank[p.form][p.qualifier];
	return EXT_BASE + (p.anchor - EXT_ANCHOR_MIN) * EXT_RADIX + rank;
}

/* Takes any bit pattern apart; false where no encoding produces it. */
static bool
decode_parts(int32_t b, bound_parts *p)
{
	p->qualifier = SC_QUALIFIER_NONE;
	p->last = 0;
	if (is_between(b))
	{
		int32_t		offset = b - BETWEEN_BASE;

		p->kind = SC_KIND_BETWEEN;
		p->form = FORM_DAY;
		p->anchor = offset / BETWEEN_RADIX + SC_MIN_DAY;
		p->last = p->anchor + offset % BETWEEN_RADIX + 1;
		return p->last <= SC_MAX_DAY;
	}
	if (!is_extended(b))
	{
		int32_t		code = bound_code(b);

		p->anchor = bound_anchor(b);
		if (code == CODE_UNBOUNDED)
		{
			p->kind = SC_KIND_UNBOUNDED;
			p->form = FORM_DAY;
			return b == LOWER_UNBOUNDED || b == UPPER_UNBOUNDED;
		}
		if (code >= CODE_LIMIT)
			return false;
		p->kind = (sc_bound_kind) (code / SPAN_COUNT);
		p->form = span_form[code % SPAN_COUNT];
		return p->anchor >= SC_MIN_DAY && p->anchor <= SC_MAX_DAY;
	}
	else
	{
		int32_t		offset = b - EXT_BASE;
		int32_t		rank = offset % EXT_RADIX;
		int32_t		within = rank % EXT_KIND_STRIDE;
		int			f;

		p->anchor = offset / EXT_RADIX + EXT_ANCHOR_MIN;
		p->form = FORM_DAY;
		if (rank == EXT_RANK_UNKNOWN_LOWER || rank == EXT_RANK_UNKNOWN_UPPER)
		{
			p->kind = SC_KIND_UNKNOWN;
			return (rank == EXT_RANK_UNKNOWN_LOWER &&
					p->anchor == EXT_ANCHOR_MIN) ||
				(rank == EXT_RANK_UNKNOWN_UPPER && p->anchor == SC_MAX_DAY + 1);
		}
		f = ext_form_of_rank[within];
		if (rank >= 3 * EXT_KIND_STRIDE || f < 0)
			return false;
		p->kind = (sc_bound_kind) (rank / EXT_KIND_STRIDE);
		p->form = (form) (f / 4);
		p->qualifier = (sc_qualifier) (f % 4);
		return p->anchor >= SC_MIN_DAY && p->anchor <= SC_MAX_DAY;
	}
}

/* See validity.h: anchor * 256 plus the rank, for every encoding. */
static int64_t
bound_sort_key(int32_t b)
{
	if (SC_UNLIKELY(is_between(b)))
		return (int64_t) ((b - BETWEEN_BASE) / BETWEEN_RADIX + SC_MIN_DAY) * EXT_RADIX +
			BETWEEN_RANK;
	if (!is_extended(b))
		return (int64_t) b * 8;
	return (int64_t) (b - EXT_BASE) + (int64_t) EXT_ANCHOR_MIN * EXT_RADIX;
}

/* The first day of the month numbered months (year * 12 + month - 1). */
static int32_t
month_start(int64_t months)
{
	if (months < (int64_t) SC_MIN_YEAR * 12)
		return SC_MIN_DAY;
	if (months > (int64_t) SC_MAX_YEAR * 12 + 11)
		return SC_MAX_DAY + 1;
	return sc_days_from_civil((int) (months / 12), (int) (months % 12) + 1, 1);
}

static int64_t
months_of(int32_t day)
{
	int			year,
				month,
				d;

	sc_civil_from_days(day, &year, &month, &d);
	return (int64_t) year * 12 + month - 1;
}

/*
 * The first and last day a date stands for: its span widened by one unit
 * on each side per qualifier ("?", "~"; "%" is both), cut at the
 * calendar's ends.
 */
static day_span
date_days(bound_parts p)
{
	int			margin = (p.qualifier & SC_QUALIFIER_UNCERTAIN ? 1 : 0) +
		(p.qualifier & SC_QUALIFIER_APPROXIMATE ? 1 : 0);
	int			unit = form_months[p.form];
	int64_t		months;
	day_span	d;

	if (unit == 0)
	{
		d.first = max32(p.anchor - margin, SC_MIN_DAY);
		d.last = min32(p.anchor + margin, SC_MAX_DAY);
		return d;
	}
	months = months_of(p.anchor);
	d.first = month_start(months - (int64_t) margin * unit);
	d.last = month_start(months + (int64_t) (margin + 1) * unit) - 1;
	return d;
}

/*
 * The first and last day of a bound's span; "unbounded" is what ".."
 * stands for.  The compact encoding needs a table lookup; the extended one
 * calendar arithmetic, out of the way of the common path.
 */
static inline day_span
bound_days(int32_t b, int32_t unbounded)
{
	int32_t		code;
	int32_t		anchor;
	day_span	d;

	if (SC_UNLIKELY(is_extended(b) || is_between(b)))
		return extended_days(b);
	code = bound_code(b);
	if (code == CODE_UNBOUNDED)
	{
		d.first = d.last = unbounded;
		return d;
	}
	anchor = bound_anchor(b);
	d.first = code < SC_KIND_EXACT * SPAN_COUNT ? SC_DAYS_NEG_INF : anchor;
	d.last = code >= SC_KIND_ON_OR_AFTER * SPAN_COUNT ? SC_DAYS_POS_INF :
		anchor + span_days[code % SPAN_COUNT] - 1;
	return d;
}

/* bound_days() of an extended or "[D1..D2]" bound, by its kind. */
static day_span
extended_days(int32_t b)
{
	bound_parts p;
	day_span	d = {SC_DAYS_NEG_INF, SC_DAYS_POS_INF};
	day_span	date;

	decode_parts(b, &p);
	if (p.kind == SC_KIND_UNKNOWN)
		return d;
	if (p.kind == SC_KIND_BETWEEN)
	{
		d.first = p.anchor;
		d.last = p.last;
		return d;
	}
	date = date_days(p);
	if (p.kind != SC_KIND_ON_OR_BEFORE)
		d.first = date.first;
	if (p.kind != SC_KIND_ON_OR_AFTER)
		d.last = date.last;
	return d;
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
static inline sc_validity_readings
read_validity(sc_validity v)
{
	sc_validity_readings r;

	day_span	lower = bound_days(v.lower, SC_DAYS_NEG_INF);
	day_span	upper = bound_days(v.upper, SC_DAYS_POS_INF);

	r.es = lower.first;
	r.le = upper.last;
	r.ls = min32(lower.last, r.le);
	r.ee = max32(upper.first, r.es);
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

/*
 * The bounds' sort keys fit in 32 bits (anchors times 256 stay within
 * +-2^30), packed as the Datum packs the bounds.
 */
int64_t
sc_validity_sort_key(sc_validity v)
{
	sc_validity keys;

	keys.lower = (int32_t) bound_sort_key(v.lower);
	keys.upper = (int32_t) bound_sort_key(v.upper);
	return sc_validity_to_datum64(keys);
}

int
sc_validity_cmp(sc_validity a, sc_validity b)
{
	int64_t		ka;
	int64_t		kb;

	if (a.lower == b.lower && a.upper == b.upper)
		return 0;
	ka = sc_validity_sort_key(a);
	kb = sc_validity_sort_key(b);
	if (ka != kb)
		return ka < kb ? -1 : 1;
	/* "[D1..D2]" bounds of one first day: by D2, which their bits order */
	if (a.lower != b.lower)
		return a.lower < b.lower ? -1 : 1;
	return a.upper < b.upper ? -1 : 1;
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

/* EDTF's long ("Y170000002", "10000") and negative ("-1985") years. */
static bool
is_out_of_range_year(const char *s, size_t len)
{
	int			digits = 0;

	if (len >= 2 && (s[0] == 'Y' || s[0] == '-') &&
		((s[1] >= '0' && s[1] <= '9') || (s[0] == 'Y' && s[1] == '-')))
		return true;
	while ((size_t) digits < len && s[digits] >= '0' && s[digits] <= '9')
		digits++;
	return digits > 4 && digits < 8;	/* eight are a date without hyphens */
}

/* "MM" (a month or a season 21..24) or "XX" after "YYYY-". */
static sc_validity_status
parse_month_part(const char *s, int year, bound_parts *p, const char **detail)
{
	int			month;

	if (s[0] == 'X' && s[1] == 'X')
	{
		p->form = FORM_MONTH_UNSPECIFIED;
		p->anchor = sc_days_from_civil(year, 1, 1);
		return SC_VALIDITY_OK;
	}
	if (!parse_number(s, 2, &month))
		return SC_VALIDITY_SYNTAX;
	if (month >= 21 && month <= 24)
	{
		/* spring, summer, autumn, winter: March, June, September, December */
		if (month == 24 && year == SC_MAX_YEAR)
		{
			*detail = "Winter 9999 (\"9999-24\") runs into the year 10000; validities hold the years 0000 to 9999.";
			return SC_VALIDITY_FIELD_OVERFLOW;
		}
		p->form = FORM_SEASON;
		p->anchor = sc_days_from_civil(year, (month - 20) * 3, 1);
		return SC_VALIDITY_OK;
	}
	if (month < 1 || month > 12)
	{
		*detail = "Months run from 01 to 12, and seasons from 21 (spring) to 24 (winter).";
		return SC_VALIDITY_FIELD_OVERFLOW;
	}
	p->form = FORM_MONTH;
	p->anchor = sc_days_from_civil(year, month, 1);
	return SC_VALIDITY_OK;
}

/* "MM-DD", "MM-XX" or "XX-XX" after "YYYY-". */
static sc_validity_status
parse_day_part(const char *s, int year, bound_parts *p, const char **detail)
{
	int			month,
				day;

	if (memcmp(s, "XX-XX", 5) == 0)
	{
		p->form = FORM_MONTH_DAY_UNSPECIFIED;
		p->anchor = sc_days_from_civil(year, 1, 1);
		return SC_VALIDITY_OK;
	}
	if (!parse_number(s, 2, &month) || s[2] != '-')
		return SC_VALIDITY_SYNTAX;
	if (month < 1 || month > 12)
	{
		*detail = "Months run from 01 to 12, and days from 01 to the last day of the month.";
		return SC_VALIDITY_FIELD_OVERFLOW;
	}
	if (s[3] == 'X' && s[4] == 'X')
	{
		p->form = FORM_DAY_UNSPECIFIED;
		p->anchor = sc_days_from_civil(year, month, 1);
		return SC_VALIDITY_OK;
	}
	if (!parse_number(s + 3, 2, &day))
		return SC_VALIDITY_SYNTAX;
	if (day < 1 || day > sc_days_in_month(year, month))
	{
		*detail = "Months run from 01 to 12, and days from 01 to the last day of the month.";
		return SC_VALIDITY_FIELD_OVERFLOW;
	}
	p->form = FORM_DAY;
	p->anchor = sc_days_from_civil(year, month, day);
	return SC_VALIDITY_OK;
}

/*
 * A date: "YYYY", "YYYX", "YYXX", "YYYY-MM" (or a season, or "YYYY-XX"),
 * "YYYY-MM-DD" (or "YYYY-MM-XX", "YYYY-XX-XX"), then optionally "?", "~"
 * or "%".  Sets the form, qualifier and anchor of *p.
 */
static sc_validity_status
parse_date(const char *s, size_t len, bound_parts *p, const char **detail)
{
	int			year;
	sc_validity_status status = SC_VALIDITY_SYNTAX;

	*detail = syntax_detail;
	p->qualifier = SC_QUALIFIER_NONE;
	if (len > 0 && (s[len - 1] == '?' || s[len - 1] == '~' || s[len - 1] == '%'))
	{
		p->qualifier = s[len - 1] == '?' ? SC_QUALIFIER_UNCERTAIN :
			s[len - 1] == '~' ? SC_QUALIFIER_APPROXIMATE : SC_QUALIFIER_BOTH;
		len--;
	}
	if (is_out_of_range_year(s, len))
	{
		*detail = range_detail;
		return SC_VALIDITY_FIELD_OVERFLOW;
	}
	if (len == 4 && memcmp(s + 2, "XX", 2) == 0 && parse_number(s, 2, &year))
	{
		p->form = FORM_CENTURY;
		p->anchor = sc_days_from_civil(year * 100, 1, 1);
		return SC_VALIDITY_OK;
	}
	if (len == 4 && s[3] == 'X' && parse_number(s, 3, &year))
	{
		p->form = FORM_DECADE;
		p->anchor = sc_days_from_civil(year * 10, 1, 1);
		return SC_VALIDITY_OK;
	}
	if ((len == 4 || len == 7 || len == 10) && parse_number(s, 4, &year) &&
		(len == 4 || s[4] == '-'))
	{
		if (len == 4)
		{
			p->form = FORM_YEAR;
			p->anchor = sc_days_from_civil(year, 1, 1);
			return SC_VALIDITY_OK;
		}
		status = len == 7 ? parse_month_part(s + 5, year, p, detail) :
			parse_day_part(s + 5, year, p, detail);
	}
	if (status == SC_VALIDITY_SYNTAX && memchr(s, 'X', len) != NULL)
		*detail = "Unspecified digits (\"X\") may stand for the last one or two digits of a year (\"201X\", \"20XX\"), for the month (\"2004-XX\", \"1985-XX-XX\") or for the day (\"1985-04-XX\"), and nowhere else.";
	return status;
}

/* "Thh:mm:ss" and an optional "Z", "+hh", "-hh", "+hh:mm" or "-hh:mm". */
static bool
parse_time_of_day(const char *s, size_t len)
{
	int			hour,
				minute,
				second;

	if (len < 9 || s[0] != 'T' || s[3] != ':' || s[6] != ':' ||
		!parse_number(s + 1, 2, &hour) || !parse_number(s + 4, 2, &minute) ||
		!parse_number(s + 7, 2, &second) ||
		hour > 23 || minute > 59 || second > 59)
		return false;
	s += 9;
	len -= 9;
	if (len == 0 || (len == 1 && s[0] == 'Z'))
		return true;
	if ((len != 3 && len != 6) || (s[0] != '+' && s[0] != '-') ||
		!parse_number(s + 1, 2, &hour) || hour > 23)
		return false;
	return len == 3 ||
		(s[3] == ':' && parse_number(s + 4, 2, &minute) && minute <= 59);
}

/*
 * The inside of "[DAY..DAY]", s[0..len): two days, the first before the
 * last and at most SC_BETWEEN_MAX_DAYS before it; the same day twice is
 * that day.
 */
static sc_validity_status
parse_between(const char *s, size_t len, bound_parts *p, const char **detail)
{
	const char *dots = NULL;
	bound_parts last = {SC_KIND_EXACT, FORM_DAY, SC_QUALIFIER_NONE, 0, 0};
	sc_validity_status status;

	for (size_t i = 1; i + 2 < len; i++)
		if (s[i] == '.' && s[i + 1] == '.')
		{
			dots = s + i;
			break;
		}
	if (dots == NULL)
	{
		*detail = "Of the EDTF sets only \"[..DATE]\", \"[DATE..]\" and \"[DAY..DAY]\" are supported.";
		return SC_VALIDITY_SYNTAX;
	}
	status = parse_date(s, dots - s, p, detail);
	if (status == SC_VALIDITY_OK)
		status = parse_date(dots + 2, len - (dots + 2 - s), &last, detail);
	if (status != SC_VALIDITY_OK)
		return status;
	if (p->form != FORM_DAY || last.form != FORM_DAY ||
		p->qualifier != SC_QUALIFIER_NONE || last.qualifier != SC_QUALIFIER_NONE)
	{
		*detail = "A bound between two days, \"[DAY..DAY]\", is written with two whole days such as \"[2023-12-31..2024-03-14]\", without qualifiers.";
		return SC_VALIDITY_SYNTAX;
	}
	if (last.anchor < p->anchor)
	{
		*detail = "The first day of a bound between two days is after its last.";
		return SC_VALIDITY_BAD_ORDER;
	}
	if (last.anchor - p->anchor > SC_BETWEEN_MAX_DAYS)
	{
		*detail = "A bound between two days spans at most 513 days; \"[DAY..]\" or \"[..DAY]\" says less but holds a wider one.";
		return SC_VALIDITY_SYNTAX;
	}
	if (last.anchor > p->anchor)
	{
		p->kind = SC_KIND_BETWEEN;
		p->last = last.anchor;
	}
	return SC_VALIDITY_OK;
}

/* "..", "" (unknown), a date, "[..DATE]", "[DATE..]" or "[DAY..DAY]". */
static sc_validity_status
parse_bound(const char *s, size_t len, int32_t unbounded, int32_t *bound,
			const char **detail)
{
	bound_parts p = {SC_KIND_EXACT, FORM_DAY, SC_QUALIFIER_NONE, 0, 0};
	sc_validity_status status;

	if (len == 0)
		p.kind = SC_KIND_UNKNOWN;
	else if (len == 2 && memcmp(s, "..", 2) == 0)
		p.kind = SC_KIND_UNBOUNDED;
	else
	{
		if (s[0] == '[' && len > 5 && s[len - 1] == ']')
		{
			if (memcmp(s + 1, "..", 2) == 0)
			{
				p.kind = SC_KIND_ON_OR_BEFORE;
				s += 3;
			}
			else if (memcmp(s + len - 3, "..", 2) == 0)
			{
				p.kind = SC_KIND_ON_OR_AFTER;
				s += 1;
			}
			else
			{
				status = parse_between(s + 1, len - 2, &p, detail);
				if (status != SC_VALIDITY_OK)
					return status;
				*bound = encode_parts(p, unbounded);
				return SC_VALIDITY_OK;
			}
			len -= 4;
		}
		status = parse_date(s, len, &p, detail);
		if (status != SC_VALIDITY_OK)
			return status;
	}
	*bound = encode_parts(p, unbounded);
	return SC_VALIDITY_OK;
}

/*
 * A date alone.  Unqualified, a whole day, month, season, year, decade or
 * century stands for its days from first to last, and a date and time for
 * its day; anything else (a qualified date, an unspecified month or day,
 * "[..DATE]", "[DATE..]") is both bounds as written.
 */
static sc_validity_status
parse_single(const char *s, size_t len, sc_validity *out, const char **detail)
{
	bound_parts p;
	sc_validity_status status;
	day_span	days;

	if (len > 10 && s[10] == 'T')
	{
		if (!parse_time_of_day(s + 10, len - 10))
		{
			*detail = "A date and time is written \"1985-04-12T23:20:30\", optionally followed by \"Z\" or an offset such as \"+04:30\"; only its day is kept.";
			return SC_VALIDITY_SYNTAX;
		}
		len = 10;
	}
	if (len > 0 && s[0] == '[' && s[len - 1] == ']')
	{
		status = parse_bound(s, len, LOWER_UNBOUNDED, &out->lower, detail);
		if (status == SC_VALIDITY_OK)
			status = parse_bound(s, len, UPPER_UNBOUNDED, &out->upper, detail);
		return status;
	}
	p.kind = SC_KIND_EXACT;
	status = parse_date(s, len, &p, detail);
	if (status != SC_VALIDITY_OK)
		return status;
	if (p.qualifier != SC_QUALIFIER_NONE || p.form == FORM_DAY_UNSPECIFIED ||
		p.form == FORM_MONTH_UNSPECIFIED || p.form == FORM_MONTH_DAY_UNSPECIFIED)
	{
		out->lower = encode_parts(p, LOWER_UNBOUNDED);
		out->upper = out->lower;
		return SC_VALIDITY_OK;
	}
	days = date_days(p);
	out->lower = encode(days.first, SC_KIND_EXACT, SPAN_DAY);
	out->upper = encode(days.last, SC_KIND_EXACT, SPAN_DAY);
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
	else if (len == 1)
	{
		*detail = "A validity needs at least one bound that is a date or \"..\"; \"/\" alone has none.";
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
		bound_days(v.lower, SC_DAYS_NEG_INF).first >
		bound_days(v.upper, SC_DAYS_POS_INF).last)
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

/* The bit pattern is one that encode_parts() can produce. */
static bool
bound_is_well_formed(int32_t b)
{
	bound_parts p;

	return decode_parts(b, &p);
}

/*
 * Bounds of unknown origin are valid when they are what parsing their
 * canonical text gives: anchors at the start of their span, spans of the
 * right length, ".." and unknown only as the right constants, bounds in
 * order.
 */
sc_validity_status
sc_validity_check(sc_validity v)
{
	char		buf[SC_VALIDITY_TEXT_SIZE];
	sc_validity again;

	if (!bound_is_well_formed(v.lower) || !bound_is_well_formed(v.upper))
		return SC_VALIDITY_BAD_ENCODING;
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

/* The date of a well-formed bound as written, qualifier included. */
static size_t
format_date(int32_t b, char *buf)
{
	bound_parts p;
	size_t		n;

	decode_parts(b, &p);
	sc_format_iso_date(p.anchor, buf);
	switch (p.form)
	{
		case FORM_DAY:
			n = 10;
			break;
		case FORM_MONTH:
			n = 7;
			break;
		case FORM_DAY_UNSPECIFIED:
			memcpy(buf + 8, "XX", 2);
			n = 10;
			break;
		case FORM_SEASON:
			/* March, June, September, December: 21 to 24 */
			{
				int			month = (buf[5] - '0') * 10 + (buf[6] - '0');

				buf[5] = '2';
				buf[6] = (char) ('0' + month / 3);
				n = 7;
			}
			break;
		case FORM_MONTH_UNSPECIFIED:
			memcpy(buf + 5, "XX", 2);
			n = 7;
			break;
		case FORM_MONTH_DAY_UNSPECIFIED:
			memcpy(buf + 5, "XX-XX", 5);
			n = 10;
			break;
		case FORM_DECADE:
			buf[3] = 'X';
			n = 4;
			break;
		case FORM_CENTURY:
			memcpy(buf + 2, "XX", 2);
			n = 4;
			break;
		default:
			n = 4;
			break;
	}
	if (p.qualifier != SC_QUALIFIER_NONE)
		buf[n++] = qualifier_marks[p.qualifier];
	buf[n] = '\0';
	return n;
}

static size_t
format_bound(int32_t b, char *buf)
{
	sc_bound_kind kind = bound_kind(b);
	size_t		n;

	if (kind == SC_KIND_UNBOUNDED)
	{
		memcpy(buf, "..", 3);
		return 2;
	}
	if (kind == SC_KIND_UNKNOWN)
	{
		buf[0] = '\0';
		return 0;
	}
	if (kind == SC_KIND_EXACT)
		return format_date(b, buf);
	buf[0] = '[';
	if (kind == SC_KIND_BETWEEN)
	{
		bound_parts p;

		decode_parts(b, &p);
		sc_format_iso_date(p.anchor, buf + 1);
		memcpy(buf + 11, "..", 2);
		sc_format_iso_date(p.last, buf + 13);
		memcpy(buf + 23, "]", 2);
		return 24;
	}
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

sc_validity_readings
sc_validity_read(sc_validity v)
{
	return read_validity(v);
}

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
	bound_parts p;

	decode_parts(b, &p);
	if (p.kind == SC_KIND_UNBOUNDED || p.kind == SC_KIND_UNKNOWN)
		return SC_PRECISION_NONE;
	return form_precision[p.form];
}

static sc_bound_kind
bound_kind(int32_t b)
{
	bound_parts p;

	decode_parts(b, &p);
	return p.kind;
}

static sc_qualifier
bound_qualifier(int32_t b)
{
	bound_parts p;

	decode_parts(b, &p);
	return p.qualifier;
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

sc_qualifier
sc_validity_lower_qualifier(sc_validity v)
{
	return bound_qualifier(v.lower);
}

sc_qualifier
sc_validity_upper_qualifier(sc_validity v)
{
	return bound_qualifier(v.upper);
}

const char *
sc_precision_name(sc_precision p)
{
	static const char *const names[] = {
		"day", "month", "season", "year", "decade", "century", NULL
	};

	return names[p];
}

const char *
sc_bound_kind_name(sc_bound_kind k)
{
	static const char *const names[] = {
		"on or before", "exact", "on or after", "unbounded", "unknown", "between"
	};

	return names[k];
}

const char *
sc_qualifier_name(sc_qualifier q)
{
	static const char *const names[] = {
		NULL, "uncertain", "approximate", "uncertain and approximate"
	};

	return names[q];
}

/* Both bounds exact days or "..": the values daterange can hold. */
bool
sc_validity_is_day_precise(sc_validity v)
{
	return (v.lower == LOWER_UNBOUNDED ||
			(!is_extended(v.lower) && !is_between(v.lower) &&
			 bound_code(v.lower) == SC_KIND_EXACT * SPAN_COUNT + SPAN_DAY)) &&
		(v.upper == UPPER_UNBOUNDED ||
		 (!is_extended(v.upper) && !is_between(v.upper) &&
		  bound_code(v.upper) == SC_KIND_EXACT * SPAN_COUNT + SPAN_DAY));
}

/*
 * The shortest true interval runs from the latest start to the earliest
 * end, or is a single day where those cross.
 */
bool
sc_validity_shortest_days(sc_validity v, int32_t *days)
{
	sc_validity_readings r = read_validity(v);
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
	sc_validity_readings r = read_validity(v);

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
	sc_validity_readings r = read_validity(v);

	return r.ls <= day && day <= r.ee;
}

bool
sc_validity_possibly_contains_day(sc_validity v, int32_t day)
{
	sc_validity_readings r = read_validity(v);

	return r.es <= day && day <= r.le;
}

bool
sc_validity_certainly_contains(sc_validity a, sc_validity b)
{
	sc_validity_readings ra = read_validity(a);
	sc_validity_readings rb = read_validity(b);

	return ra.ls <= rb.es && rb.le <= ra.ee;
}

bool
sc_validity_possibly_contains(sc_validity a, sc_validity b)
{
	sc_validity_readings ra = read_validity(a);
	sc_validity_readings rb = read_validity(b);

	return ra.es <= rb.ls && rb.ee <= ra.le;
}

bool
sc_validity_certainly_overlaps(sc_validity a, sc_validity b)
{
	sc_validity_readings ra = read_validity(a);
	sc_validity_readings rb = read_validity(b);

	return ra.ls <= rb.ee && rb.ls <= ra.ee;
}

bool
sc_validity_possibly_overlaps(sc_validity a, sc_validity b)
{
	sc_validity_readings ra = read_validity(a);
	sc_validity_readings rb = read_validity(b);

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
	sc_validity_readings ra = read_validity(a);
	sc_validity_readings rb = read_validity(b);

	return (ra.ee == ra.le && rb.es == rb.ls && ra.le != SC_DAYS_POS_INF &&
			ra.le + 1 == rb.es) ||
		(rb.ee == rb.le && ra.es == ra.ls && rb.le != SC_DAYS_POS_INF &&
		 rb.le + 1 == ra.es);
}

/* Some end of one falls on the day before some start of the other. */
static bool
may_meet(sc_validity_readings first, sc_validity_readings second)
{
	if (first.ee == SC_DAYS_POS_INF || second.ls == SC_DAYS_NEG_INF)
		return false;
	return (int64_t) first.ee + 1 <= second.ls &&
		second.es <= (int64_t) first.le + 1;
}

bool
sc_validity_possibly_adjacent(sc_validity a, sc_validity b)
{
	sc_validity_readings ra = read_validity(a);
	sc_validity_readings rb = read_validity(b);

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
	day_span	da = bound_days(a, SC_DAYS_NEG_INF);
	day_span	db = bound_days(b, SC_DAYS_NEG_INF);

	if (da.last != db.last)
		return da.last > db.last;
	if (da.first != db.first)
		return da.first > db.first;
	return a >= b;
}

static bool
upper_wins(int32_t a, int32_t b)
{
	day_span	da = bound_days(a, SC_DAYS_POS_INF);
	day_span	db = bound_days(b, SC_DAYS_POS_INF);

	if (da.first != db.first)
		return da.first < db.first;
	if (da.last != db.last)
		return da.last < db.last;
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
	sc_validity_readings ra = read_validity(a);
	sc_validity_readings rb = read_validity(b);
	int32_t		first = min32(ra.es, rb.es);
	int32_t		last = max32(ra.le, rb.le);
	sc_validity h;

	h.lower = first == SC_DAYS_NEG_INF ? LOWER_UNBOUNDED :
		encode(first, SC_KIND_EXACT, SPAN_DAY);
	h.upper = last == SC_DAYS_POS_INF ? UPPER_UNBOUNDED :
		encode(last, SC_KIND_EXACT, SPAN_DAY);
	return h;
}
