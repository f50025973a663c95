/*
 * money_fmgr.c
 *		Errors for the statuses of core/money.c, in PostgreSQL's message
 *		style, and the fee_rate Datum conversions.
 *
 * Every SQL-callable function of the money types reports failures through
 * here, so that one status always reads the same and carries the same
 * SQLSTATE wherever it arises.
 */
#include "money_fmgr.h"
#include "soft_error.h"

static const char *input_detail(sc_money_status status, const char *type);

/* Full sentences saying what is wrong with an input, by status. */
static const char *
input_detail(sc_money_status status, const char *type)
{
	switch (status)
	{
		case SC_MONEY_PRECISION:
			return "Amounts are exact to the öre: at most two decimals. Where \".\" separates thousands, write \"1 234 kr\" or \"1.234,00 kr\".";
		case SC_MONEY_UNKNOWN_BASIS:
			return "A fee rate is per inhabitant (invånare, inhabitant) or flat, and per year, quarter or month (år, kvartal, månad).";
		case SC_MONEY_UNKNOWN_PERIOD:
			return "The period of a fee rate is a year, a quarter or a month (år, kvartal, månad).";
		case SC_MONEY_MISSING_PERIOD:
			return "A fee rate names its period, as in \"21 kr/invånare/år\".";
		case SC_MONEY_NEGATIVE_RATE:
			return "A fee rate cannot be negative.";
		case SC_MONEY_RANGE:
			return strcmp(type, "sek") == 0
				? "Amounts lie between -92233720368547758.08 kr and 92233720368547758.07 kr."
				: "The amount of a fee rate lies between 0.00 kr and 11529215046068469.75 kr.";
		default:
			return strcmp(type, "sek") == 0
				? "An amount is a number of kronor with at most two decimals, such as \"1 234,50 kr\" or \"SEK 21\"."
				: "A fee rate is an amount in kronor, \"/\" or \"per\", an optional basis and a period, such as \"21 kr/invånare/år\" or \"150000 kr/år\".";
	}
}

void
money_input_error(sc_money_status status, const char *type, const char *input,
				  Node *escontext)
{
	if (status == SC_MONEY_RANGE || status == SC_MONEY_NEGATIVE_RATE)
		input_report(escontext,
					 errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value \"%s\" is out of range for type %s", input, type),
					 errdetail("%s", input_detail(status, type)));
	else
		input_report(escontext,
					 errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", type, input),
					 errdetail("%s", input_detail(status, type)));
}

void
money_error(sc_money_status status, const char *type)
{
	switch (status)
	{
		case SC_MONEY_DIVISION_BY_ZERO:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("division by zero")));
			break;
		case SC_MONEY_NEGATIVE_RATE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("fee rate must not be negative")));
			break;
		case SC_MONEY_NEGATIVE_INHABITANTS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("number of inhabitants must not be negative")));
			break;
		case SC_MONEY_REVERSED_PERIOD:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("fee period must not end before it starts")));
			break;
		case SC_MONEY_UNBOUNDED:
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("cannot prorate a fee over an unbounded period"),
					 errdetail("The days charged must lie within the years 0000 to 9999.")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s out of range", type)));
	}
	pg_unreachable();
}

sc_fee_rate
fee_rate_from_datum(Datum d)
{
	sc_fee_rate rate;

	if (!sc_fee_rate_unpack(DatumGetInt64(d), &rate))
		elog(ERROR, "invalid fee_rate datum " INT64_FORMAT, DatumGetInt64(d));
	return rate;
}

Datum
fee_rate_to_datum(const sc_fee_rate *rate)
{
	return Int64GetDatum(sc_fee_rate_pack(rate));
}
