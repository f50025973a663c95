/*
 * fee.c
 *		fmgr glue of the fee functions: annual_fee(), annual_fee_in_range()
 *		and fee_for_period().
 *
 * The arithmetic is core/money.c's; this file picks the days of a
 * membership from one of the two readings of its validity and turns the
 * text parameters into core enums.  Both functions are declared without
 * STRICT because a flat rate does not depend on the inhabitants: NULL
 * inhabitants make a fee per inhabitant unknown, not a flat one.
 */
#include "money_fmgr.h"

#include "utils/builtins.h"
#include "utils/date.h"
#include "validity_fmgr.h"

static bool inhabitants_needed(FunctionCallInfo fcinfo, const sc_fee_rate *rate,
							   int argno, int64 *inhabitants);
static bool annual_fee_args(FunctionCallInfo fcinfo, sc_fee_rate *rate,
							int64 *inhabitants);
static bool rule_args(FunctionCallInfo fcinfo, sc_fee_rule **rule,
					  int64 *inhabitants);
static void days_charged(FunctionCallInfo fcinfo, int32 *first, int32 *last);
static bool keyword_is(text *t, const char *word);
static bool reading_is_possible(text *reading);
static sc_rounding rounding_from_text(text *rounding);

/*
 * Reads the inhabitants argument.  Returns false if the fee is unknown:
 * the rate is per inhabitant and their number is NULL.
 */
static bool
inhabitants_needed(FunctionCallInfo fcinfo, const sc_fee_rate *rate,
				   int argno, int64 *inhabitants)
{
	*inhabitants = 0;
	if (!PG_ARGISNULL(argno))
		*inhabitants = PG_GETARG_INT64(argno);
	else if (rate->basis == SC_BASIS_INHABITANT)
		return false;
	return true;
}

/*
 * The rate and inhabitants of annual_fee() and annual_fee_in_range();
 * false when the fee is NULL (no rate, or no inhabitants for a rate per
 * inhabitant).
 */
static bool
annual_fee_args(FunctionCallInfo fcinfo, sc_fee_rate *rate, int64 *inhabitants)
{
	if (PG_ARGISNULL(0))
		return false;
	*rate = fee_rate_from_datum(PG_GETARG_DATUM(0));
	return inhabitants_needed(fcinfo, rate, 1, inhabitants);
}

/*
 * The rule and inhabitants of the rule_ functions; false when the fee is
 * NULL (no rule, or no inhabitants for a rule that needs them).
 */
static bool
rule_args(FunctionCallInfo fcinfo, sc_fee_rule **rule, int64 *inhabitants)
{
	if (PG_ARGISNULL(0))
		return false;
	*rule = PG_GETARG_FEE_RULE(0);
	*inhabitants = 0;
	if (!PG_ARGISNULL(1))
		*inhabitants = PG_GETARG_INT64(1);
	else if (sc_fee_rule_needs_inhabitants(*rule))
		return false;
	return true;
}

/*
 * The days of the membership in argument 2 that the reading in argument 5
 * charges: the certain reading [latest start, earliest end], the days the
 * member certainly belonged; the possible one [earliest start, latest
 * end].  Infinite dates are the validity sentinels, so they pass
 * unchanged.
 */
static void
days_charged(FunctionCallInfo fcinfo, int32 *first, int32 *last)
{
	sc_validity membership = PG_GETARG_VALIDITY(2);

	if (reading_is_possible(PG_GETARG_TEXT_PP(5)))
	{
		*first = sc_validity_earliest_start(membership);
		*last = sc_validity_latest_end(membership);
	}
	else
	{
		*first = sc_validity_latest_start(membership);
		*last = sc_validity_earliest_end(membership);
	}
}

static bool
keyword_is(text *t, const char *word)
{
	size_t		n = strlen(word);

	return VARSIZE_ANY_EXHDR(t) == n && memcmp(VARDATA_ANY(t), word, n) == 0;
}

static bool
reading_is_possible(text *reading)
{
	if (keyword_is(reading, "certain"))
		return false;
	if (keyword_is(reading, "possible"))
		return true;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid reading \"%s\"", text_to_cstring(reading)),
			 errhint("The reading is \"certain\" (the days of certain membership) or \"possible\" (the most a member could owe).")));
	pg_unreachable();
}

static sc_rounding
rounding_from_text(text *rounding)
{
	if (keyword_is(rounding, "öre") || keyword_is(rounding, "ore"))
		return SC_ROUND_ORE;
	if (keyword_is(rounding, "krona") || keyword_is(rounding, "kronor"))
		return SC_ROUND_KRONA;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid rounding \"%s\"", text_to_cstring(rounding)),
			 errhint("The rounding is \"öre\" or \"krona\".")));
	pg_unreachable();
}

/* annual_fee(fee_rate, inhabitants bigint) */
PG_FUNCTION_INFO_V1(annual_fee);
Datum
annual_fee(PG_FUNCTION_ARGS)
{
	sc_fee_rate rate;
	int64		inhabitants;
	int64		fee;

	if (!annual_fee_args(fcinfo, &rate, &inhabitants))
		PG_RETURN_NULL();
	sek_check(sc_fee_annual(&rate, inhabitants, &fee));
	PG_RETURN_SEK(fee);
}

/*
 * annual_fee_in_range(fee_rate, inhabitants bigint): whether annual_fee()
 * can state the fee in sek, rather than fail; a fee for part of a year,
 * rounded to the öre, is then within range too.  NULL where annual_fee()
 * is NULL.  fee_schedule() asks it so that one row's figures cannot make
 * the whole schedule fail.
 */
PG_FUNCTION_INFO_V1(annual_fee_in_range);
Datum
annual_fee_in_range(PG_FUNCTION_ARGS)
{
	sc_fee_rate rate;
	int64		inhabitants;
	int64		fee;

	if (!annual_fee_args(fcinfo, &rate, &inhabitants))
		PG_RETURN_NULL();
	PG_RETURN_BOOL(sc_fee_annual(&rate, inhabitants, &fee) == SC_MONEY_OK);
}

/*
 * fee_for_period(fee_rate, inhabitants bigint, membership validity,
 *				  from_date date, to_date date, reading text, rounding text)
 * The days charged are days_charged()'s.
 */
PG_FUNCTION_INFO_V1(fee_for_period);
Datum
fee_for_period(PG_FUNCTION_ARGS)
{
	sc_fee_rate rate;
	int64		inhabitants;
	int32		first;
	int32		last;
	int64		fee;

	for (int i = 0; i < PG_NARGS(); i++)
		if (i != 1 && PG_ARGISNULL(i))
			PG_RETURN_NULL();
	rate = fee_rate_from_datum(PG_GETARG_DATUM(0));
	if (!inhabitants_needed(fcinfo, &rate, 1, &inhabitants))
		PG_RETURN_NULL();
	days_charged(fcinfo, &first, &last);
	sek_check(sc_fee_for_period(&rate, inhabitants, first, last,
								PG_GETARG_DATEADT(3), PG_GETARG_DATEADT(4),
								rounding_from_text(PG_GETARG_TEXT_PP(6)),
								&fee));
	PG_RETURN_SEK(fee);
}

/* A fee of a rule in its currency, or the error of its status. */
static Datum
rule_fee_result(sc_money_status status, int64 fee, const sc_fee_rule *rule)
{
	if (status != SC_MONEY_OK)
		money_error(status, "money_amount");
	return PointerGetDatum(money_amount_make(fee, (sc_currency) rule->currency));
}

/* rule_annual_fee(fee_rule, inhabitants bigint) */
PG_FUNCTION_INFO_V1(rule_annual_fee);
Datum
rule_annual_fee(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule;
	int64		inhabitants;
	int64		fee = 0;
	sc_money_status status;

	if (!rule_args(fcinfo, &rule, &inhabitants))
		PG_RETURN_NULL();
	status = sc_fee_rule_annual(rule, inhabitants, &fee);
	return rule_fee_result(status, fee, rule);
}

/* rule_fee_in_range(fee_rule, inhabitants bigint): as annual_fee_in_range */
PG_FUNCTION_INFO_V1(rule_fee_in_range);
Datum
rule_fee_in_range(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule;
	int64		inhabitants;
	int64		fee;

	if (!rule_args(fcinfo, &rule, &inhabitants))
		PG_RETURN_NULL();
	PG_RETURN_BOOL(sc_fee_rule_annual(rule, inhabitants, &fee) == SC_MONEY_OK);
}

/*
 * rule_fee_for_period(fee_rule, inhabitants bigint, membership validity,
 *					   from_date date, to_date date, reading text,
 *					   rounding text): as fee_for_period.  For a share of a
 * total, the part of the total that falls on the days charged.
 */
PG_FUNCTION_INFO_V1(rule_fee_for_period);
Datum
rule_fee_for_period(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule;
	int64		inhabitants;
	int32		first;
	int32		last;
	int64		fee = 0;
	sc_money_status status;

	for (int i = 2; i < PG_NARGS(); i++)
		if (PG_ARGISNULL(i))
			PG_RETURN_NULL();
	if (!rule_args(fcinfo, &rule, &inhabitants))
		PG_RETURN_NULL();
	days_charged(fcinfo, &first, &last);
	status = sc_fee_rule_for_period(rule, inhabitants, first, last,
									PG_GETARG_DATEADT(3), PG_GETARG_DATEADT(4),
									rounding_from_text(PG_GETARG_TEXT_PP(6)), &fee);
	return rule_fee_result(status, fee, rule);
}
