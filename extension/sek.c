/*
 * sek.c
 *		fmgr glue of the sek type: an amount of Swedish kronor, stored as an
 *		int64 count of öre.
 *
 * Parsing, formatting and integer arithmetic are core/money.c's; numeric
 * operands go through PostgreSQL's numeric, whose products are exact, and
 * are rounded to the öre once.  Comparisons, hashing and binary I/O are
 * int8's own functions, declared in extension/sql/money.sql.
 */
#include "money_fmgr.h"

#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

/* State of avg(sek): a sum no partial aggregate can overflow. */
typedef struct SekAvgState
{
	sc_int128	sum;
	int64		count;
} SekAvgState;

/* Splits the sum of SekAvgState into two int64 for serialization: 2^63. */
#define SUM_SPLIT sc_i128_make(0, UINT64_C(1) << 63)

static Numeric numeric_call2(PGFunction fn, Numeric a, Numeric b);
static int64 numeric_ore_to_sek(Numeric ore);
static int64 numeric_ore_to_minor(Numeric ore, const char *type);
static int64 numeric_to_sek(Numeric kronor);
static int64 sek_div_by_numeric(int64 ore, Numeric divisor);
static SekAvgState *sek_avg_state(FunctionCallInfo fcinfo, int argno);

/* ----------------------------------------------------------------------
 * Input and output
 * ----------------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(sek_in);
Datum
sek_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	int64		ore;
	sc_money_status status = sc_sek_parse(text, strlen(text), &ore);

	if (status != SC_MONEY_OK)
	{
		money_input_error(status, "sek", text, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_SEK(ore);
}

PG_FUNCTION_INFO_V1(sek_out);
Datum
sek_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(SC_SEK_TEXT_SIZE);

	sc_sek_format(PG_GETARG_SEK(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* ----------------------------------------------------------------------
 * Arithmetic with sek and integers
 * ----------------------------------------------------------------------
 */

/* An amount as its canonical text, for messages. */
static char *
sek_text(int64 ore)
{
	char	   *buf = palloc(SC_SEK_TEXT_SIZE);

	sc_sek_format(ore, buf);
	return buf;
}

/*
 * Raises the error of an arithmetic status other than SC_MONEY_OK, saying
 * which operation on which operands overflowed, written as an expression.
 */
static void
sek_arith_error(sc_money_status status, const char *expression)
{
	if (status == SC_MONEY_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("sek out of range"),
				 errdetail("The result of %s lies outside -92233720368547758.08 kr to 92233720368547758.07 kr.",
						   expression)));
	money_error(status, "sek");
}

/* The operands are formatted only on failure: the hot path stays bare. */
static inline void
check_sek_sek(sc_money_status status, int64 a, const char *op, int64 b)
{
	if (unlikely(status != SC_MONEY_OK))
		sek_arith_error(status, psprintf("%s %s %s", sek_text(a), op, sek_text(b)));
}

static inline void
check_sek_int(sc_money_status status, int64 a, const char *op, int64 b)
{
	if (unlikely(status != SC_MONEY_OK))
		sek_arith_error(status, psprintf("%s %s " INT64_FORMAT, sek_text(a), op, b));
}

PG_FUNCTION_INFO_V1(sek_pl);
Datum
sek_pl(PG_FUNCTION_ARGS)
{
	int64		r;

	check_sek_sek(sc_sek_add(PG_GETARG_SEK(0), PG_GETARG_SEK(1), &r),
				  PG_GETARG_SEK(0), "+", PG_GETARG_SEK(1));
	PG_RETURN_SEK(r);
}

PG_FUNCTION_INFO_V1(sek_mi);
Datum
sek_mi(PG_FUNCTION_ARGS)
{
	int64		r;

	check_sek_sek(sc_sek_sub(PG_GETARG_SEK(0), PG_GETARG_SEK(1), &r),
				  PG_GETARG_SEK(0), "-", PG_GETARG_SEK(1));
	PG_RETURN_SEK(r);
}

PG_FUNCTION_INFO_V1(sek_um);
Datum
sek_um(PG_FUNCTION_ARGS)
{
	int64		r;

	if (unlikely(sc_sek_neg(PG_GETARG_SEK(0), &r) != SC_MONEY_OK))
		sek_arith_error(SC_MONEY_RANGE, psprintf("-(%s)", sek_text(PG_GETARG_SEK(0))));
	PG_RETURN_SEK(r);
}

PG_FUNCTION_INFO_V1(sek_mul_int8);
Datum
sek_mul_int8(PG_FUNCTION_ARGS)
{
	int64		r;

	check_sek_int(sc_sek_mul(PG_GETARG_SEK(0), PG_GETARG_INT64(1), &r),
				  PG_GETARG_SEK(0), "*", PG_GETARG_INT64(1));
	PG_RETURN_SEK(r);
}

PG_FUNCTION_INFO_V1(int8_mul_sek);
Datum
int8_mul_sek(PG_FUNCTION_ARGS)
{
	int64		r;

	check_sek_int(sc_sek_mul(PG_GETARG_SEK(1), PG_GETARG_INT64(0), &r),
				  PG_GETARG_SEK(1), "*", PG_GETARG_INT64(0));
	PG_RETURN_SEK(r);
}

PG_FUNCTION_INFO_V1(sek_mul_int4);
Datum
sek_mul_int4(PG_FUNCTION_ARGS)
{
	int64		r;

	check_sek_int(sc_sek_mul(PG_GETARG_SEK(0), PG_GETARG_INT32(1), &r),
				  PG_GETARG_SEK(0), "*", PG_GETARG_INT32(1));
	PG_RETURN_SEK(r);
}

PG_FUNCTION_INFO_V1(int4_mul_sek);
Datum
int4_mul_sek(PG_FUNCTION_ARGS)
{
	int64		r;

	check_sek_int(sc_sek_mul(PG_GETARG_SEK(1), PG_GETARG_INT32(0), &r),
				  PG_GETARG_SEK(1), "*", PG_GETARG_INT32(0));
	PG_RETURN_SEK(r);
}

PG_FUNCTION_INFO_V1(sek_div_int8);
Datum
sek_div_int8(PG_FUNCTION_ARGS)
{
	int64		r;

	check_sek_int(sc_sek_div(PG_GETARG_SEK(0), PG_GETARG_INT64(1), &r),
				  PG_GETARG_SEK(0), "/", PG_GETARG_INT64(1));
	PG_RETURN_SEK(r);
}

PG_FUNCTION_INFO_V1(sek_div_int4);
Datum
sek_div_int4(PG_FUNCTION_ARGS)
{
	int64		r;

	check_sek_int(sc_sek_div(PG_GETARG_SEK(0), PG_GETARG_INT32(1), &r),
				  PG_GETARG_SEK(0), "/", PG_GETARG_INT32(1));
	PG_RETURN_SEK(r);
}

/* ----------------------------------------------------------------------
 * numeric: casts and arithmetic
 * ----------------------------------------------------------------------
 */

/* Exact: the öre become the two decimals. */
Numeric
sek_to_numeric(int64 ore)
{
	return int64_div_fast_to_numeric(ore, 2);
}

static Numeric
numeric_call2(PGFunction fn, Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(fn, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

static int64
numeric_ore_to_sek(Numeric ore)
{
	return numeric_ore_to_minor(ore, "sek");
}

/* A whole number of minor units as numeric, range-checked into an int64. */
static int64
numeric_ore_to_minor(Numeric ore, const char *type)
{
	if (numeric_is_nan(ore))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot convert NaN to %s", type)));
	if (numeric_is_inf(ore) ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(ore),
										  NumericGetDatum(int64_to_numeric(PG_INT64_MIN)))) < 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(ore),
										  NumericGetDatum(int64_to_numeric(PG_INT64_MAX)))) > 0)
		money_error(SC_MONEY_RANGE, type);
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(ore)));
}

static int64
numeric_to_sek(Numeric kronor)
{
	return numeric_to_minor(kronor, "sek");
}

/* Main units to minor, rounded half away from zero as round(numeric) does. */
int64
numeric_to_minor(Numeric units, const char *type)
{
	Numeric		minor;

	if (numeric_is_nan(units) || numeric_is_inf(units))
		return numeric_ore_to_minor(units, type);
	minor = numeric_call2(numeric_mul, units, int64_to_numeric(100));
	return numeric_ore_to_minor(DatumGetNumeric(DirectFunctionCall2(numeric_round,
																	NumericGetDatum(minor),
																	Int32GetDatum(0))),
								type);
}

/*
 * numeric_div rounds its quotient to a chosen scale, which could round
 * twice; the truncated quotient t of 2 * ore / divisor is exact, and the
 * quotient rounded half away from zero is sign(t) * trunc((|t| + 1) / 2).
 */
static int64
sek_div_by_numeric(int64 ore, Numeric divisor)
{
	Numeric		twice = int64_to_numeric(ore);
	Numeric		t;
	Numeric		half;
	Numeric		zero = int64_to_numeric(0);

	twice = numeric_call2(numeric_add, twice, twice);
	t = numeric_call2(numeric_div_trunc, twice, divisor);
	if (numeric_is_nan(t))
		return numeric_ore_to_sek(t);
	half = numeric_call2(numeric_div_trunc,
						 numeric_call2(numeric_add,
									   DatumGetNumeric(DirectFunctionCall1(numeric_abs,
																		   NumericGetDatum(t))),
									   int64_to_numeric(1)),
						 int64_to_numeric(2));
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(t),
										  NumericGetDatum(zero))) < 0)
		half = numeric_call2(numeric_sub, zero, half);
	return numeric_ore_to_sek(half);
}

PG_FUNCTION_INFO_V1(sek_numeric);
Datum
sek_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(sek_to_numeric(PG_GETARG_SEK(0)));
}

PG_FUNCTION_INFO_V1(numeric_sek);
Datum
numeric_sek(PG_FUNCTION_ARGS)
{
	PG_RETURN_SEK(numeric_to_sek(PG_GETARG_NUMERIC(0)));
}

PG_FUNCTION_INFO_V1(sek_mul_numeric);
Datum
sek_mul_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_SEK(numeric_to_sek(numeric_call2(numeric_mul,
											   sek_to_numeric(PG_GETARG_SEK(0)),
											   PG_GETARG_NUMERIC(1))));
}

PG_FUNCTION_INFO_V1(numeric_mul_sek);
Datum
numeric_mul_sek(PG_FUNCTION_ARGS)
{
	PG_RETURN_SEK(numeric_to_sek(numeric_call2(numeric_mul,
											   PG_GETARG_NUMERIC(0),
											   sek_to_numeric(PG_GETARG_SEK(1)))));
}

PG_FUNCTION_INFO_V1(sek_div_numeric);
Datum
sek_div_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_SEK(sek_div_by_numeric(PG_GETARG_SEK(0), PG_GETARG_NUMERIC(1)));
}

/* ----------------------------------------------------------------------
 * avg(sek)
 * ----------------------------------------------------------------------
 */

/* The state in argument argno, created in the aggregate's context. */
static SekAvgState *
sek_avg_state(FunctionCallInfo fcinfo, int argno)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "aggregate function called in non-aggregate context");
	if (!PG_ARGISNULL(argno))
		return (SekAvgState *) PG_GETARG_POINTER(argno);
	return MemoryContextAllocZero(aggcontext, sizeof(SekAvgState));
}

PG_FUNCTION_INFO_V1(sek_avg_accum);
Datum
sek_avg_accum(PG_FUNCTION_ARGS)
{
	SekAvgState *state = sek_avg_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
	{
		state->sum = sc_i128_add(state->sum, sc_i128(PG_GETARG_SEK(1)));
		state->count++;
	}
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(sek_avg_combine);
Datum
sek_avg_combine(PG_FUNCTION_ARGS)
{
	SekAvgState *state = sek_avg_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
	{
		SekAvgState *other = (SekAvgState *) PG_GETARG_POINTER(1);

		state->sum = sc_i128_add(state->sum, other->sum);
		state->count += other->count;
	}
	PG_RETURN_POINTER(state);
}

/*
 * The sum as sum / 2^63 and sum % 2^63, which both fit an int64 because
 * fewer than 2^63 amounts below 2^63 in magnitude sum to less than 2^126;
 * then the count.  Division keeps this free of shifts of negative values.
 */
PG_FUNCTION_INFO_V1(sek_avg_serialize);
Datum
sek_avg_serialize(PG_FUNCTION_ARGS)
{
	SekAvgState *state = (SekAvgState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	sc_int128	quotient,
				remainder;
	int64		high,
				low;

	sc_i128_divmod(state->sum, SUM_SPLIT, &quotient, &remainder);
	if (!sc_i128_to_int64(quotient, &high) || !sc_i128_to_int64(remainder, &low))
		elog(ERROR, "avg(sek) state out of range");
	pq_begintypsend(&buf);
	pq_sendint64(&buf, high);
	pq_sendint64(&buf, low);
	pq_sendint64(&buf, state->count);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(sek_avg_deserialize);
Datum
sek_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);
	SekAvgState *state = palloc(sizeof(SekAvgState));
	StringInfoData buf;
	sc_int128	high;

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes));
	if (sc_i128_mul_overflow(sc_i128(pq_getmsgint64(&buf)), SUM_SPLIT, &high))
		elog(ERROR, "avg(sek) state out of range");
	state->sum = sc_i128_add(high, sc_i128(pq_getmsgint64(&buf)));
	state->count = pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	pfree(buf.data);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(sek_avg_final);
Datum
sek_avg_final(PG_FUNCTION_ARGS)
{
	SekAvgState *state;
	int64		r;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (SekAvgState *) PG_GETARG_POINTER(0);
	if (state->count == 0)
		PG_RETURN_NULL();
	sek_check(sc_sek_mean(state->sum, state->count, &r));
	PG_RETURN_SEK(r);
}
