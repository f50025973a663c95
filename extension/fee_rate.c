/*
 * fee_rate.c
 *		fmgr glue of the fee_rate type: an amount per basis (per inhabitant
 *		or flat) per period (year, quarter, month).
 *
 * The Datum is the int64 of sc_fee_rate_pack(), whose signed order is the
 * type's order, so comparisons and hashing are int8's own functions,
 * declared in extension/sql/money.sql; binary input is checked here
 * because not every int64 is a rate.
 */
#include "money_fmgr.h"

#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(fee_rate_in);
Datum
fee_rate_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	sc_fee_rate rate;
	sc_money_status status = sc_fee_rate_parse(text, strlen(text), &rate);

	if (status != SC_MONEY_OK)
	{
		money_input_error(status, "fee_rate", text, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_DATUM(fee_rate_to_datum(&rate));
}

PG_FUNCTION_INFO_V1(fee_rate_out);
Datum
fee_rate_out(PG_FUNCTION_ARGS)
{
	sc_fee_rate rate = fee_rate_from_datum(PG_GETARG_DATUM(0));
	char	   *buf = palloc(SC_FEE_RATE_TEXT_SIZE);

	sc_fee_rate_format(&rate, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(fee_rate_recv);
Datum
fee_rate_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		packed = pq_getmsgint64(buf);
	sc_fee_rate rate;

	if (!sc_fee_rate_unpack(packed, &rate))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fee_rate value"),
				 errdetail("The sign bit and the period code 3 are reserved.")));
	PG_RETURN_DATUM(fee_rate_to_datum(&rate));
}

PG_FUNCTION_INFO_V1(fee_rate_send);
Datum
fee_rate_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, PG_GETARG_INT64(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(make_fee_rate);
Datum
make_fee_rate(PG_FUNCTION_ARGS)
{
	text	   *basis_name = PG_GETARG_TEXT_PP(1);
	text	   *period_name = PG_GETARG_TEXT_PP(2);
	sc_fee_basis basis;
	sc_fee_period period;
	sc_fee_rate rate;
	sc_money_status status;

	if (!sc_fee_basis_from_name(VARDATA_ANY(basis_name),
								VARSIZE_ANY_EXHDR(basis_name), &basis))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid fee basis \"%s\"", text_to_cstring(basis_name)),
				 errhint("The basis is \"inhabitant\" (or \"invånare\") or \"flat\".")));
	if (!sc_fee_period_from_name(VARDATA_ANY(period_name),
								 VARSIZE_ANY_EXHDR(period_name), &period))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid fee period \"%s\"", text_to_cstring(period_name)),
				 errhint("The period is \"year\", \"quarter\" or \"month\" (or \"år\", \"kvartal\", \"månad\").")));
	status = sc_fee_rate_make(PG_GETARG_SEK(0), basis, period, &rate);
	if (status != SC_MONEY_OK)
		money_error(status, "fee_rate");
	PG_RETURN_DATUM(fee_rate_to_datum(&rate));
}

PG_FUNCTION_INFO_V1(fee_rate_amount);
Datum
fee_rate_amount(PG_FUNCTION_ARGS)
{
	PG_RETURN_SEK(fee_rate_from_datum(PG_GETARG_DATUM(0)).amount);
}

PG_FUNCTION_INFO_V1(fee_rate_basis);
Datum
fee_rate_basis(PG_FUNCTION_ARGS)
{
	sc_fee_rate rate = fee_rate_from_datum(PG_GETARG_DATUM(0));

	PG_RETURN_TEXT_P(cstring_to_text(sc_fee_basis_name(rate.basis)));
}

PG_FUNCTION_INFO_V1(fee_rate_period);
Datum
fee_rate_period(PG_FUNCTION_ARGS)
{
	sc_fee_rate rate = fee_rate_from_datum(PG_GETARG_DATUM(0));

	PG_RETURN_TEXT_P(cstring_to_text(sc_fee_period_name(rate.period)));
}
