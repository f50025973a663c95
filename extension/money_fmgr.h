/*
 * money_fmgr.h
 *		fmgr glue shared by the sek and fee_rate types and the fee functions:
 *		Datum conversions and the errors that core statuses become.
 *
 * A sek Datum is the int64 count of öre; a fee_rate Datum is the int64 of
 * sc_fee_rate_pack().  Both are passed like int8 (by value where int8 is).
 */
#ifndef SC_MONEY_FMGR_H
#define SC_MONEY_FMGR_H

#include "postgres.h"

#include "fmgr.h"
#include "nodes/nodes.h"

#include "money.h"

#define PG_GETARG_SEK(n)	PG_GETARG_INT64(n)
#define PG_RETURN_SEK(x)	PG_RETURN_INT64(x)

/*
 * Reports the error for a status from parsing input of the named type: a
 * soft error where escontext asks for one (PostgreSQL 16 and later; the
 * input function then returns NULL), else raised.
 */
extern void money_input_error(sc_money_status status, const char *type,
							  const char *input, Node *escontext);

/* Raises the error for a status from computing a value of the named type. */
extern void money_error(sc_money_status status, const char *type)
			pg_attribute_noreturn();

/* Raises the error, if any, of a computation of an amount. */
static inline void
sek_check(sc_money_status status)
{
	if (status != SC_MONEY_OK)
		money_error(status, "sek");
}

extern sc_fee_rate fee_rate_from_datum(Datum d);
extern Datum fee_rate_to_datum(const sc_fee_rate *rate);

#endif							/* SC_MONEY_FMGR_H */
