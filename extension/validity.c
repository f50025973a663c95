/*
 * validity.c
 *		fmgr glue of the validity type: text and binary I/O, the btree and
 *		hash support, the relations in both readings, the parts, and the
 *		casts from and to date and daterange.
 *
 * The logic is in core/validity.c; this file turns its statuses into
 * errors and its sentinels into NULLs or unbounded range ends.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "soft_error.h"
#include "validity_fmgr.h"

static void input_error(sc_validity_status status, const char *input,
						const char *detail, Node *escontext);
static Datum day_or_null(FunctionCallInfo fcinfo, int32 day);
static sc_validity validity_from_days_or_error(int32 first, int32 last,
											   Oid type, Datum original);
static Datum make_daterange(int32 first, int32 last);
static Datum text_or_null(FunctionCallInfo fcinfo, const char *s);

/* ------------------------------------------------------------------------
 * Input and output
 * ------------------------------------------------------------------------
 */

static void
input_error(sc_validity_status status, const char *input, const char *detail,
			Node *escontext)
{
	switch (status)
	{
		case SC_VALIDITY_FIELD_OVERFLOW:
			input_report(escontext,
						 errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
						 errmsg("date/time field value out of range: \"%s\"",
								input),
						 errdetail("%s", detail));
			break;
		case SC_VALIDITY_BAD_ORDER:
			input_report(escontext,
						 errcode(ERRCODE_INVALID_DATETIME_FORMAT),
						 errmsg("validity lower bound is after its upper bound: \"%s\"",
								input),
						 errdetail("%s", detail));
			break;
		default:
			input_report(escontext,
						 errcode(ERRCODE_INVALID_DATETIME_FORMAT),
						 errmsg("invalid input syntax for type %s: \"%s\"",
								"validity", input),
						 errdetail("%s", detail));
			break;
	}
}

PG_FUNCTION_INFO_V1(validity_in);
Datum
validity_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	const char *detail = NULL;
	sc_validity v;
	sc_validity_status status;

	status = sc_validity_parse_detail(str, strlen(str), &v, &detail);
	if (status != SC_VALIDITY_OK)
	{
		input_error(status, str, detail, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_VALIDITY(v);
}

PG_FUNCTION_INFO_V1(validity_out);
Datum
validity_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(SC_VALIDITY_TEXT_SIZE);

	sc_validity_format(PG_GETARG_VALIDITY(0), buf, SC_VALIDITY_TEXT_SIZE);
	PG_RETURN_CSTRING(buf);
}

/* The binary form is the two encoded bounds, each an int4. */
PG_FUNCTION_INFO_V1(validity_recv);
Datum
validity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	sc_validity v;

	v.lower = (int32) pq_getmsgint(buf, 4);
	v.upper = (int32) pq_getmsgint(buf, 4);
	if (sc_validity_check(v) != SC_VALIDITY_OK)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid external validity value"),
				errdetail("The bounds (%d, %d) are not those of any validity.",
						  v.lower, v.upper));
	PG_RETURN_VALIDITY(v);
}

PG_FUNCTION_INFO_V1(validity_send);
Datum
validity_send(PG_FUNCTION_ARGS)
{
	sc_validity v = PG_GETARG_VALIDITY(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, (uint32) v.lower);
	pq_sendint32(&buf, (uint32) v.upper);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ------------------------------------------------------------------------
 * btree and hash support: equal where the bits are, ordered by the core's
 * sort key (which orders the values 0.2 could hold as their bits do)
 * ------------------------------------------------------------------------
 */

#define VALIDITY_EQUALITY(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_INT64(0) op PG_GETARG_INT64(1)); \
}

VALIDITY_EQUALITY(validity_eq, ==)
VALIDITY_EQUALITY(validity_ne, !=)

/* By sc_validity_cmp: bounds between two days may share a sort key. */
#define VALIDITY_COMPARISON(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(sc_validity_cmp(PG_GETARG_VALIDITY(0), \
								   PG_GETARG_VALIDITY(1)) op 0); \
}

VALIDITY_COMPARISON(validity_lt, <)
VALIDITY_COMPARISON(validity_le, <=)
VALIDITY_COMPARISON(validity_gt, >)
VALIDITY_COMPARISON(validity_ge, >=)

PG_FUNCTION_INFO_V1(validity_cmp);
Datum
validity_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(sc_validity_cmp(PG_GETARG_VALIDITY(0),
									PG_GETARG_VALIDITY(1)));
}

PG_FUNCTION_INFO_V1(validity_hash);
Datum
validity_hash(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall1(hashint8, PG_GETARG_DATUM(0));
}

PG_FUNCTION_INFO_V1(validity_hash_extended);
Datum
validity_hash_extended(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall2(hashint8extended, PG_GETARG_DATUM(0),
							   PG_GETARG_DATUM(1));
}

/* ------------------------------------------------------------------------
 * Relations in both readings
 * ------------------------------------------------------------------------
 */

/* A relation of two validities, taken from arguments first and second. */
#define VALIDITY_RELATION(name, test, first, second) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(test(PG_GETARG_VALIDITY(first), \
						PG_GETARG_VALIDITY(second))); \
}

VALIDITY_RELATION(validity_certainly_contains, sc_validity_certainly_contains, 0, 1)
VALIDITY_RELATION(validity_possibly_contains, sc_validity_possibly_contains, 0, 1)
VALIDITY_RELATION(validity_certainly_contained_by, sc_validity_certainly_contains, 1, 0)
VALIDITY_RELATION(validity_possibly_contained_by, sc_validity_possibly_contains, 1, 0)
VALIDITY_RELATION(validity_certainly_overlaps, sc_validity_certainly_overlaps, 0, 1)
VALIDITY_RELATION(validity_possibly_overlaps, sc_validity_possibly_overlaps, 0, 1)
VALIDITY_RELATION(validity_certainly_before, sc_validity_certainly_before, 0, 1)
VALIDITY_RELATION(validity_possibly_before, sc_validity_possibly_before, 0, 1)
VALIDITY_RELATION(validity_certainly_after, sc_validity_certainly_before, 1, 0)
VALIDITY_RELATION(validity_possibly_after, sc_validity_possibly_before, 1, 0)
VALIDITY_RELATION(validity_certainly_adjacent, sc_validity_certainly_adjacent, 0, 1)
VALIDITY_RELATION(validity_possibly_adjacent, sc_validity_possibly_adjacent, 0, 1)

/*
 * A relation of a validity and a date.  DateADT counts days from the same
 * epoch as the core, and its infinities are the core's sentinels.
 */
#define VALIDITY_DAY_RELATION(name, test, vpos, dpos) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(test(PG_GETARG_VALIDITY(vpos), PG_GETARG_DATEADT(dpos))); \
}

VALIDITY_DAY_RELATION(validity_certainly_contains_date, sc_validity_certainly_contains_day, 0, 1)
VALIDITY_DAY_RELATION(validity_possibly_contains_date, sc_validity_possibly_contains_day, 0, 1)
VALIDITY_DAY_RELATION(validity_date_certainly_contained_by, sc_validity_certainly_contains_day, 1, 0)
VALIDITY_DAY_RELATION(validity_date_possibly_contained_by, sc_validity_possibly_contains_day, 1, 0)

PG_FUNCTION_INFO_V1(validity_intersection);
Datum
validity_intersection(PG_FUNCTION_ARGS)
{
	sc_validity v;

	if (!sc_validity_intersection(PG_GETARG_VALIDITY(0),
								  PG_GETARG_VALIDITY(1), &v))
		PG_RETURN_NULL();
	PG_RETURN_VALIDITY(v);
}

/* ------------------------------------------------------------------------
 * Parts
 * ------------------------------------------------------------------------
 */

static Datum
day_or_null(FunctionCallInfo fcinfo, int32 day)
{
	if (day == SC_DAYS_NEG_INF || day == SC_DAYS_POS_INF)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(day);
}

#define VALIDITY_READING(name, reading) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return day_or_null(fcinfo, reading(PG_GETARG_VALIDITY(0))); \
}

VALIDITY_READING(validity_earliest_start, sc_validity_earliest_start)
VALIDITY_READING(validity_latest_start, sc_validity_latest_start)
VALIDITY_READING(validity_earliest_end, sc_validity_earliest_end)
VALIDITY_READING(validity_latest_end, sc_validity_latest_end)

static Datum
text_or_null(FunctionCallInfo fcinfo, const char *s)
{
	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(s));
}

#define VALIDITY_PART(name, part, naming) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return text_or_null(fcinfo, naming(part(PG_GETARG_VALIDITY(0)))); \
}

VALIDITY_PART(validity_lower_precision, sc_validity_lower_precision, sc_precision_name)
VALIDITY_PART(validity_upper_precision, sc_validity_upper_precision, sc_precision_name)
VALIDITY_PART(validity_lower_kind, sc_validity_lower_kind, sc_bound_kind_name)
VALIDITY_PART(validity_upper_kind, sc_validity_upper_kind, sc_bound_kind_name)

VALIDITY_PART(validity_lower_qualifier, sc_validity_lower_qualifier, sc_qualifier_name)
VALIDITY_PART(validity_upper_qualifier, sc_validity_upper_qualifier, sc_qualifier_name)

/* Either bound carries the qualifier's bit ("%" carries both). */
#define VALIDITY_QUALIFIED(name, bit) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	sc_validity v = PG_GETARG_VALIDITY(0); \
 \
	PG_RETURN_BOOL(((sc_validity_lower_qualifier(v) | \
					 sc_validity_upper_qualifier(v)) & (bit)) != 0); \
}

VALIDITY_QUALIFIED(validity_is_uncertain, SC_QUALIFIER_UNCERTAIN)
VALIDITY_QUALIFIED(validity_is_approximate, SC_QUALIFIER_APPROXIMATE)

PG_FUNCTION_INFO_V1(validity_is_open);
Datum
validity_is_open(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(sc_validity_upper_kind(PG_GETARG_VALIDITY(0)) ==
				   SC_KIND_UNBOUNDED);
}

#define VALIDITY_DURATION(name, measure) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int32		days; \
 \
	if (!measure(PG_GETARG_VALIDITY(0), &days)) \
		PG_RETURN_NULL(); \
	PG_RETURN_INT32(days); \
}

VALIDITY_DURATION(validity_shortest_duration, sc_validity_shortest_days)
VALIDITY_DURATION(validity_longest_duration, sc_validity_longest_days)

/* ------------------------------------------------------------------------
 * Casts
 * ------------------------------------------------------------------------
 */

/* The error names the original value, of the given type. */
static sc_validity
validity_from_days_or_error(int32 first, int32 last, Oid type, Datum original)
{
	sc_validity v;
	Oid			output;
	bool		varlena;

	if (sc_validity_from_days(first, last, &v) == SC_VALIDITY_OK)
		return v;
	getTypeOutputInfo(type, &output, &varlena);
	ereport(ERROR,
			errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			errmsg("%s out of range for type validity: \"%s\"",
				   format_type_be(type),
				   OidOutputFunctionCall(output, original)),
			errdetail("Validities hold the years 0000 to 9999."));
	return v;
}

/*
 * DateADT counts days from the core's epoch and its infinities are the
 * core's sentinels, so -infinity as a lower and infinity as an upper bound
 * are "..", and the other infinities are out of range.
 */
PG_FUNCTION_INFO_V1(validity_from_date);
Datum
validity_from_date(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	PG_RETURN_VALIDITY(validity_from_days_or_error(d, d, DATEOID,
												   PG_GETARG_DATUM(0)));
}

PG_FUNCTION_INFO_V1(validity_from_daterange);
Datum
validity_from_daterange(PG_FUNCTION_ARGS)
{
	RangeType  *r = PG_GETARG_RANGE_P(0);
	TypeCacheEntry *typcache = range_get_typcache(fcinfo, RangeTypeGetOid(r));
	RangeBound	lower;
	RangeBound	upper;
	bool		empty;
	DateADT		first = SC_DAYS_NEG_INF;
	DateADT		last = SC_DAYS_POS_INF;

	range_deserialize(typcache, r, &lower, &upper, &empty);
	if (empty)
		ereport(ERROR,
				errcode(ERRCODE_DATA_EXCEPTION),
				errmsg("cannot convert an empty daterange to validity"),
				errdetail("A validity always holds on at least one day."));
	if (!lower.infinite)
		first = DatumGetDateADT(lower.val);
	if (!upper.infinite)
		last = DatumGetDateADT(upper.val);
	/* canonical dateranges have exclusive upper bounds */
	if (!lower.inclusive && !DATE_NOT_FINITE(first))
		first++;
	if (!upper.inclusive && !DATE_NOT_FINITE(last))
		last--;
	PG_RETURN_VALIDITY(validity_from_days_or_error(first, last, DATERANGEOID,
												   PG_GETARG_DATUM(0)));
}

/* [first, last] as a daterange; sentinels leave the end unbounded. */
static Datum
make_daterange(int32 first, int32 last)
{
	TypeCacheEntry *typcache = lookup_type_cache(DATERANGEOID,
												 TYPECACHE_RANGE_INFO);
	RangeBound	lower = {0};
	RangeBound	upper = {0};
	bool		empty = first == SC_DAYS_POS_INF || last == SC_DAYS_NEG_INF ||
		first > last;

	lower.val = DateADTGetDatum(first);
	lower.infinite = first == SC_DAYS_NEG_INF;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = DateADTGetDatum(last);
	upper.infinite = last == SC_DAYS_POS_INF;
	upper.inclusive = true;
	upper.lower = false;
#if PG_VERSION_NUM >= 160000
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, empty, NULL));
#else
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, empty));
#endif
}

/* The days certainly inside: from the latest start to the earliest end. */
PG_FUNCTION_INFO_V1(validity_certain_daterange);
Datum
validity_certain_daterange(PG_FUNCTION_ARGS)
{
	sc_validity v = PG_GETARG_VALIDITY(0);

	return make_daterange(sc_validity_latest_start(v),
						  sc_validity_earliest_end(v));
}

/* The days possibly inside: from the earliest start to the latest end. */
PG_FUNCTION_INFO_V1(validity_possible_daterange);
Datum
validity_possible_daterange(PG_FUNCTION_ARGS)
{
	sc_validity v = PG_GETARG_VALIDITY(0);

	return make_daterange(sc_validity_earliest_start(v),
						  sc_validity_latest_end(v));
}

/* Where both readings agree: bounds that are exact days or none. */
PG_FUNCTION_INFO_V1(validity_to_daterange);
Datum
validity_to_daterange(PG_FUNCTION_ARGS)
{
	sc_validity v = PG_GETARG_VALIDITY(0);

	if (!sc_validity_is_day_precise(v))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("cannot cast validity \"%s\" to daterange",
					   DatumGetCString(DirectFunctionCall1(validity_out,
														   PG_GETARG_DATUM(0)))),
				errdetail("Only validities whose bounds are exact days or \"..\" are dateranges."),
				errhint("Use certain_daterange() for the days certainly inside or possible_daterange() for the days possibly inside."));
	return validity_possible_daterange(fcinfo);
}
