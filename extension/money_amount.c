/*
 * money_amount.c
 *		fmgr glue of the money_amount type: an amount in Swedish, Danish or
 *		Norwegian kroner or euro, exact to the minor unit.
 *
 * Parsing, formatting and the checked arithmetic are core/money.c's.
 * Amounts of different currencies are never combined: +, - and sum()
 * raise an error that says so, and the order (for btree indexes and
 * sorting) is by currency first, so that no comparison mixes values.
 */
#include "money_fmgr.h"

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

static sc_amount amount_of(const MoneyAmount *a);
static MoneyAmount *checked_result(sc_money_status status, const MoneyAmount *a,
								   const char *op, const MoneyAmount *b,
								   const sc_amount *result);

static sc_amount
amount_of(const MoneyAmount *a)
{
	sc_amount	amount = {a->minor, (sc_currency) a->currency};

	return amount;
}

/* The result of an operation on two amounts, or its error. */
static MoneyAmount *
checked_result(sc_money_status status, const MoneyAmount *a, const char *op,
			   const MoneyAmount *b, const sc_amount *result)
{
	if (status == SC_MONEY_CURRENCY_MISMATCH)
		currency_mismatch_error((sc_currency) a->currency, op, (sc_currency) b->currency);
	if (status != SC_MONEY_OK)
		money_error(status, "money_amount");
	return money_amount_make(result->minor, result->currency);
}

PG_FUNCTION_INFO_V1(money_amount_in);
Datum
money_amount_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	sc_amount	amount;
	sc_money_status status = sc_amount_parse(text, strlen(text), &amount);

	if (status != SC_MONEY_OK)
	{
		money_input_error(status, "money_amount", text, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_MONEY_AMOUNT(money_amount_make(amount.minor, amount.currency));
}

PG_FUNCTION_INFO_V1(money_amount_out);
Datum
money_amount_out(PG_FUNCTION_ARGS)
{
	sc_amount	amount = amount_of(PG_GETARG_MONEY_AMOUNT(0));
	char	   *buf = palloc(SC_AMOUNT_TEXT_SIZE);

	sc_amount_format(&amount, buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: the minor units as int8, then the ISO 4217 number as int2. */
PG_FUNCTION_INFO_V1(money_amount_recv);
Datum
money_amount_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		minor = pq_getmsgint64(buf);
	int			number = pq_getmsgint(buf, 2);
	sc_currency currency;

	if (!sc_currency_from_number(number, &currency))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid currency number %d in external money_amount value", number),
				 errdetail("The currencies are SEK (752), DKK (208), NOK (578) and EUR (978).")));
	PG_RETURN_MONEY_AMOUNT(money_amount_make(minor, currency));
}

PG_FUNCTION_INFO_V1(money_amount_send);
Datum
money_amount_send(PG_FUNCTION_ARGS)
{
	MoneyAmount *a = PG_GETARG_MONEY_AMOUNT(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, a->minor);
	pq_sendint16(&buf, (int16) sc_currency_number((sc_currency) a->currency));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ----------------------------------------------------------------------
 * Order and hashing
 * ----------------------------------------------------------------------
 */

static int
amount_cmp(FunctionCallInfo fcinfo)
{
	sc_amount	a = amount_of(PG_GETARG_MONEY_AMOUNT(0));
	sc_amount	b = amount_of(PG_GETARG_MONEY_AMOUNT(1));

	return sc_amount_cmp(&a, &b);
}

COMPARISON_FUNCTIONS(money_amount, amount_cmp)

PG_FUNCTION_INFO_V1(money_amount_hash);
Datum
money_amount_hash(PG_FUNCTION_ARGS)
{
	return hash_any((unsigned char *) PG_GETARG_MONEY_AMOUNT(0), sizeof(MoneyAmount));
}

PG_FUNCTION_INFO_V1(money_amount_hash_extended);
Datum
money_amount_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_any_extended((unsigned char *) PG_GETARG_MONEY_AMOUNT(0),
							 sizeof(MoneyAmount), PG_GETARG_INT64(1));
}

/* ----------------------------------------------------------------------
 * Arithmetic
 * ----------------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(money_amount_pl);
Datum
money_amount_pl(PG_FUNCTION_ARGS)
{
	MoneyAmount *a = PG_GETARG_MONEY_AMOUNT(0);
	MoneyAmount *b = PG_GETARG_MONEY_AMOUNT(1);
	sc_amount	x = amount_of(a);
	sc_amount	y = amount_of(b);
	sc_amount	r;

	PG_RETURN_MONEY_AMOUNT(checked_result(sc_amount_add(&x, &y, &r), a, "+", b, &r));
}

PG_FUNCTION_INFO_V1(money_amount_mi);
Datum
money_amount_mi(PG_FUNCTION_ARGS)
{
	MoneyAmount *a = PG_GETARG_MONEY_AMOUNT(0);
	MoneyAmount *b = PG_GETARG_MONEY_AMOUNT(1);
	sc_amount	x = amount_of(a);
	sc_amount	y = amount_of(b);
	sc_amount	r;

	PG_RETURN_MONEY_AMOUNT(checked_result(sc_amount_sub(&x, &y, &r), a, "-", b, &r));
}

PG_FUNCTION_INFO_V1(money_amount_um);
Datum
money_amount_um(PG_FUNCTION_ARGS)
{
	MoneyAmount *a = PG_GETARG_MONEY_AMOUNT(0);
	int64		r;

	if (sc_sek_neg(a->minor, &r) != SC_MONEY_OK)
		money_error(SC_MONEY_RANGE, "money_amount");
	PG_RETURN_MONEY_AMOUNT(money_amount_make(r, (sc_currency) a->currency));
}

PG_FUNCTION_INFO_V1(money_amount_mul_int8);
Datum
money_amount_mul_int8(PG_FUNCTION_ARGS)
{
	MoneyAmount *a = PG_GETARG_MONEY_AMOUNT(0);
	int64		r;

	if (sc_sek_mul(a->minor, PG_GETARG_INT64(1), &r) != SC_MONEY_OK)
		money_error(SC_MONEY_RANGE, "money_amount");
	PG_RETURN_MONEY_AMOUNT(money_amount_make(r, (sc_currency) a->currency));
}

PG_FUNCTION_INFO_V1(money_amount_div_int8);
Datum
money_amount_div_int8(PG_FUNCTION_ARGS)
{
	MoneyAmount *a = PG_GETARG_MONEY_AMOUNT(0);
	int64		r;
	sc_money_status status = sc_sek_div(a->minor, PG_GETARG_INT64(1), &r);

	if (status != SC_MONEY_OK)
		money_error(status, "money_amount");
	PG_RETURN_MONEY_AMOUNT(money_amount_make(r, (sc_currency) a->currency));
}

/* ----------------------------------------------------------------------
 * Parts, casts and construction
 * ----------------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(money_amount_currency);
Datum
money_amount_currency(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(sc_currency_code((sc_currency) PG_GETARG_MONEY_AMOUNT(0)->currency)));
}

/* The amount in its main units (kronor, euro), exactly. */
PG_FUNCTION_INFO_V1(money_amount_numeric);
Datum
money_amount_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(sek_to_numeric(PG_GETARG_MONEY_AMOUNT(0)->minor));
}

PG_FUNCTION_INFO_V1(sek_money_amount);
Datum
sek_money_amount(PG_FUNCTION_ARGS)
{
	PG_RETURN_MONEY_AMOUNT(money_amount_make(PG_GETARG_SEK(0), SC_CURRENCY_SEK));
}

PG_FUNCTION_INFO_V1(money_amount_sek);
Datum
money_amount_sek(PG_FUNCTION_ARGS)
{
	MoneyAmount *a = PG_GETARG_MONEY_AMOUNT(0);

	if (a->currency != SC_CURRENCY_SEK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot cast an amount in %s to sek",
						sc_currency_code((sc_currency) a->currency)),
				 errdetail("sek holds Swedish kronor only.")));
	PG_RETURN_SEK(a->minor);
}

/* make_money_amount(amount numeric, currency text) */
PG_FUNCTION_INFO_V1(make_money_amount);
Datum
make_money_amount(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(1);
	sc_currency currency;

	if (!sc_currency_from_code(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), &currency))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown currency \"%s\"", text_to_cstring(code)),
				 errhint("The currencies are SEK, DKK, NOK and EUR.")));
	PG_RETURN_MONEY_AMOUNT(money_amount_make(numeric_to_minor(PG_GETARG_NUMERIC(0), "money_amount"),
											 currency));
}
