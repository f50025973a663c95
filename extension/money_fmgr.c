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
static const char *syntax_detail(const char *type);

/* What the text of a type looks like, for a syntax error. */
static const char *
syntax_detail(const char *type)
{
	if (strcmp(type, "sek") == 0)
		return "An amount is a number of kronor with at most two decimals, such as \"1 234,50 kr\" or \"SEK 21\".";
	if (strcmp(type, "money_amount") == 0)
		return "An amount is a number and its currency, such as \"1 234,50 kr\", \"12,4 mnkr\", \"DKK 2,88\" or \"€ 5\".";
	if (strcmp(type, "fee_rule") == 0)
		return "A fee rule is an amount per inhabitant or per period, a base plus an amount per inhabitant, or a total shared among the members, such as \"21 kr/invånare/år\", \"50 000 kr + 3,50 kr/invånare/år\", \"12,4 mnkr/år fördelat efter invånarantal\" or \"13,2 % av 12,4 mnkr/år\".";
	return "A fee rate is an amount in kronor, \"/\" or \"per\", an optional basis and a period, such as \"21 kr/invånare/år\" or \"150000 kr/år\".";
}

/* Full sentences saying what is wrong with an input, by status. */
static const char *
input_detail(sc_money_status status, const char *type)
{
	switch (status)
	{
		case SC_MONEY_MISSING_CURRENCY:
			return "An amount names its currency: kr, kronor, tkr, mnkr, öre, SEK, DKK, NOK, EUR or €.";
		case SC_MONEY_CURRENCY_MISMATCH:
			return "The base and the amount per inhabitant of a fee rule are in one currency.";
		case SC_MONEY_SHARE_RANGE:
			return "A share of a total lies between 0 % and 100 %, with at most four decimals.";
		case SC_MONEY_POPULATION_DATE:
			return "Only a rule that reads the population (per inhabitant, or shared by population) names the date of its population.";
		case SC_MONEY_PRECISION:
			return strcmp(type, "sek") == 0 || strcmp(type, "fee_rate") == 0
				? "Amounts are exact to the öre: at most two decimals. Where \".\" separates thousands, write \"1 234 kr\" or \"1.234,00 kr\"."
				: "Amounts are exact to the minor unit (öre, øre, cent), and shares to four decimals of a percent.";
		case SC_MONEY_UNKNOWN_BASIS:
			if (strcmp(type, "fee_rule") == 0)
				return "A fee rule is per inhabitant (invånare, inv, indbygger, innbygger, capita) or per period (år, kvartal, månad), and may name both.";
			return "A fee rate is per inhabitant (invånare, inhabitant) or flat, and per year, quarter or month (år, kvartal, månad).";
		case SC_MONEY_UNKNOWN_PERIOD:
			if (strcmp(type, "fee_rule") == 0)
				return "The period of a fee rule is a year, a quarter or a month (år, kvartal, månad).";
			return "The period of a fee rate is a year, a quarter or a month (år, kvartal, månad).";
		case SC_MONEY_MISSING_PERIOD:
			if (strcmp(type, "fee_rule") == 0)
				return "A flat fee rule names its period, as in \"150000 kr/år\".";
			return "A fee rate names its period, as in \"21 kr/invånare/år\".";
		case SC_MONEY_NEGATIVE_RATE:
			return strcmp(type, "fee_rule") == 0
				? "The amounts of a fee rule cannot be negative."
				: "A fee rate cannot be negative.";
		case SC_MONEY_RANGE:
			if (strcmp(type, "sek") == 0)
				return "Amounts lie between -92233720368547758.08 kr and 92233720368547758.07 kr.";
			if (strcmp(type, "fee_rate") == 0)
				return "The amount of a fee rate lies between 0.00 kr and 11529215046068469.75 kr.";
			return "Amounts lie between -92233720368547758.08 and 92233720368547758.07 of their currency.";
		default:
			return syntax_detail(type);
	}
}

void
money_input_error(sc_money_status status, const char *type, const char *input,
				  Node *escontext)
{
	if (status == SC_MONEY_RANGE || status == SC_MONEY_NEGATIVE_RATE ||
		status == SC_MONEY_SHARE_RANGE)
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
		case SC_MONEY_NEGATIVE_WEIGHT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("weights of shares must not be negative")));
			break;
		case SC_MONEY_SHARE_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("shares sum to more than the whole"),
					 errdetail("The weights of fixed shares sum to at most the weight of the whole total.")));
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

MoneyAmount *
money_amount_make(int64 minor, sc_currency currency)
{
	MoneyAmount *amount = palloc0(sizeof(MoneyAmount));

	amount->minor = minor;
	amount->currency = (int32) currency;
	return amount;
}

void
currency_mismatch_error(sc_currency a, const char *op, sc_currency b)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATATYPE_MISMATCH),
			 errmsg("cannot compute %s %s %s: the amounts are in different currencies",
					sc_currency_code(a), op, sc_currency_code(b)),
			 errdetail("Amounts of different currencies never add up."),
			 errhint("Sum per currency: GROUP BY currency(amount).")));
}
