/*
 * fee_rule.c
 *		fmgr glue of the fee_rule type (every shape of fee, in any of the
 *		currencies) and of fee_shares(), the largest-remainder division of
 *		a total.
 *
 * Parsing, formatting and arithmetic are core/fee_rule.c's and
 * core/money.c's.  A fee_rule Datum points to the 24-byte sc_fee_rule;
 * binary input is checked because not every 24 bytes are a rule.
 */
#include "money_fmgr.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"

static sc_fee_rule *rule_copy(const sc_fee_rule *rule);
static int	rule_cmp(FunctionCallInfo fcinfo);

static sc_fee_rule *
rule_copy(const sc_fee_rule *rule)
{
	sc_fee_rule *copy = palloc(sizeof(sc_fee_rule));

	memcpy(copy, rule, sizeof(sc_fee_rule));
	return copy;
}

PG_FUNCTION_INFO_V1(fee_rule_in);
Datum
fee_rule_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	sc_fee_rule rule;
	sc_money_status status = sc_fee_rule_parse(text, strlen(text), &rule);

	if (status != SC_MONEY_OK)
	{
		money_input_error(status, "fee_rule", text, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_FEE_RULE(rule_copy(&rule));
}

PG_FUNCTION_INFO_V1(fee_rule_out);
Datum
fee_rule_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(SC_FEE_RULE_TEXT_SIZE);

	sc_fee_rule_format(PG_GETARG_FEE_RULE(0), buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: shape, period and population date as int1 each, the
 * currency's ISO 4217 number as int2, then amount and base as int8 (minor
 * units) and the share as int4 (millionths).
 */
PG_FUNCTION_INFO_V1(fee_rule_recv);
Datum
fee_rule_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	sc_fee_rule rule;
	sc_currency currency;
	int			number;

	memset(&rule, 0, sizeof(rule));
	rule.shape = (uint8) pq_getmsgint(buf, 1);
	rule.period = (uint8) pq_getmsgint(buf, 1);
	rule.population_date = (uint8) pq_getmsgint(buf, 1);
	number = pq_getmsgint(buf, 2);
	rule.amount = pq_getmsgint64(buf);
	rule.base = pq_getmsgint64(buf);
	rule.share = (int32) pq_getmsgint(buf, 4);
	if (!sc_currency_from_number(number, &currency))
		currency = SC_CURRENCY_COUNT;
	rule.currency = (uint8) currency;
	if (!sc_fee_rule_is_valid(&rule))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fee_rule value"),
				 errdetail("A shape, period, population date or currency is unknown, an amount is negative, or a part is set that the shape does not have.")));
	PG_RETURN_FEE_RULE(rule_copy(&rule));
}

PG_FUNCTION_INFO_V1(fee_rule_send);
Datum
fee_rule_send(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule = PG_GETARG_FEE_RULE(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, (int8) rule->shape);
	pq_sendint8(&buf, (int8) rule->period);
	pq_sendint8(&buf, (int8) rule->population_date);
	pq_sendint16(&buf, (int16) sc_currency_number((sc_currency) rule->currency));
	pq_sendint64(&buf, rule->amount);
	pq_sendint64(&buf, rule->base);
	pq_sendint32(&buf, rule->share);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ----------------------------------------------------------------------
 * Order and hashing
 * ----------------------------------------------------------------------
 */

static int
rule_cmp(FunctionCallInfo fcinfo)
{
	return sc_fee_rule_cmp(PG_GETARG_FEE_RULE(0), PG_GETARG_FEE_RULE(1));
}

COMPARISON_FUNCTIONS(fee_rule, rule_cmp)

PG_FUNCTION_INFO_V1(fee_rule_hash);
Datum
fee_rule_hash(PG_FUNCTION_ARGS)
{
	return hash_any((unsigned char *) PG_GETARG_FEE_RULE(0), sizeof(sc_fee_rule));
}

PG_FUNCTION_INFO_V1(fee_rule_hash_extended);
Datum
fee_rule_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_any_extended((unsigned char *) PG_GETARG_FEE_RULE(0),
							 sizeof(sc_fee_rule), PG_GETARG_INT64(1));
}

/* ----------------------------------------------------------------------
 * Casts and parts
 * ----------------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(fee_rate_fee_rule);
Datum
fee_rate_fee_rule(PG_FUNCTION_ARGS)
{
	sc_fee_rate rate = fee_rate_from_datum(PG_GETARG_DATUM(0));
	sc_fee_rule rule;

	sc_fee_rule_from_rate(&rate, &rule);
	PG_RETURN_FEE_RULE(rule_copy(&rule));
}

PG_FUNCTION_INFO_V1(fee_rule_fee_rate);
Datum
fee_rule_fee_rate(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule = PG_GETARG_FEE_RULE(0);
	sc_fee_rate rate;

	if (!sc_fee_rule_to_rate(rule, &rate))
	{
		char	   *buf = palloc(SC_FEE_RULE_TEXT_SIZE);

		sc_fee_rule_format(rule, buf);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fee rule \"%s\" is not a fee_rate", buf),
				 errdetail("A fee_rate is an amount of Swedish kronor per inhabitant or flat, read from the population at the end of the year before, of at most 11529215046068469.75 kr.")));
	}
	PG_RETURN_DATUM(fee_rate_to_datum(&rate));
}

PG_FUNCTION_INFO_V1(fee_rule_shape);
Datum
fee_rule_shape(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(sc_fee_shape_name((sc_fee_shape) PG_GETARG_FEE_RULE(0)->shape)));
}

PG_FUNCTION_INFO_V1(fee_rule_amount);
Datum
fee_rule_amount(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule = PG_GETARG_FEE_RULE(0);

	PG_RETURN_MONEY_AMOUNT(money_amount_make(rule->amount, (sc_currency) rule->currency));
}

PG_FUNCTION_INFO_V1(fee_rule_base);
Datum
fee_rule_base(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule = PG_GETARG_FEE_RULE(0);

	if (rule->shape != SC_SHAPE_BASE_AND_INHABITANT)
		PG_RETURN_NULL();
	PG_RETURN_MONEY_AMOUNT(money_amount_make(rule->base, (sc_currency) rule->currency));
}

/* The fixed share in percent: millionths of the whole, four decimals. */
PG_FUNCTION_INFO_V1(fee_rule_share);
Datum
fee_rule_share(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule = PG_GETARG_FEE_RULE(0);

	if (rule->shape != SC_SHAPE_FIXED_SHARE)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(int64_div_fast_to_numeric(rule->share, 4));
}

PG_FUNCTION_INFO_V1(fee_rule_period);
Datum
fee_rule_period(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(sc_fee_period_name((sc_fee_period) PG_GETARG_FEE_RULE(0)->period)));
}

PG_FUNCTION_INFO_V1(fee_rule_population_date);
Datum
fee_rule_population_date(PG_FUNCTION_ARGS)
{
	sc_fee_rule *rule = PG_GETARG_FEE_RULE(0);

	if (!sc_fee_rule_reads_population(rule))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(sc_population_date_name((sc_population_date) rule->population_date)));
}

/* ----------------------------------------------------------------------
 * fee_shares(total money_amount, weights bigint[], whole bigint)
 * ----------------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(fee_shares);
Datum
fee_shares(PG_FUNCTION_ARGS)
{
	MoneyAmount *total;
	ArrayType  *weights;
	Datum	   *elements;
	bool	   *nulls;
	int			n;
	int64	   *values;
	int64	   *shares;
	sc_apportion_entry *scratch;
	Datum	   *results;
	Oid			element;
	sc_money_status status;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	total = PG_GETARG_MONEY_AMOUNT(0);
	weights = PG_GETARG_ARRAYTYPE_P(1);
	deconstruct_array(weights, INT8OID, sizeof(int64), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elements, &nulls, &n);
	values = palloc(sizeof(int64) * Max(n, 1));
	shares = palloc(sizeof(int64) * Max(n, 1));
	/* __int128 wants 16-byte alignment, more than palloc promises */
	scratch = (sc_apportion_entry *)
		TYPEALIGN(16, palloc(sizeof(sc_apportion_entry) * Max(n, 1) + 16));
	results = palloc(sizeof(Datum) * Max(n, 1));
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("weight %d of the shares is NULL", i + 1),
					 errdetail("Every member needs a weight for the total to be divided.")));
		values[i] = DatumGetInt64(elements[i]);
	}
	status = sc_apportion(total->minor, values, n,
						  PG_ARGISNULL(2) ? 0 : PG_GETARG_INT64(2), shares, scratch);
	if (status == SC_MONEY_SHARE_RANGE && !PG_ARGISNULL(2) && PG_GETARG_INT64(2) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the whole of the shares must be positive")));
	if (status != SC_MONEY_OK)
		money_error(status, "money_amount");
	for (int i = 0; i < n; i++)
		results[i] = PointerGetDatum(money_amount_make(shares[i], (sc_currency) total->currency));
	/* the shares are of the total's type, money_amount */
	element = get_fn_expr_argtype(fcinfo->flinfo, 0);
	if (!OidIsValid(element))
		elog(ERROR, "could not determine the type of the total of fee_shares");
	PG_RETURN_ARRAYTYPE_P(construct_array(results, n, element, sizeof(MoneyAmount),
										  false, TYPALIGN_DOUBLE));
}
