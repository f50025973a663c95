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
#include "utils/numeric.h"

#include "fee_rule.h"
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

/*
 * A money_amount Datum points to this 16-byte struct, the padding zero so
 * that equal amounts are equal bytes.  The currency is sc_currency's code.
 */
typedef struct MoneyAmount
{
	int64		minor;
	int32		currency;
	int32		zero;
} MoneyAmount;

#define PG_GETARG_MONEY_AMOUNT(n)	((MoneyAmount *) PG_GETARG_POINTER(n))
#define PG_RETURN_MONEY_AMOUNT(x)	PG_RETURN_POINTER(x)

/* Minor units (öre) as numeric main units, exactly; and back, rounded. */
extern Numeric sek_to_numeric(int64 ore);
extern int64 numeric_to_minor(Numeric units, const char *type);

/* A new money_amount, in the current memory context. */
extern MoneyAmount *money_amount_make(int64 minor, sc_currency currency);

/* Raises the error of amounts of two currencies combined by op ("+"). */
extern void currency_mismatch_error(sc_currency a, const char *op,
									sc_currency b) pg_attribute_noreturn();

/*
 * The btree support and comparison operators of a type whose order is a
 * three-way function static int cmp(FunctionCallInfo) of its arguments
 * 0 and 1: defines name_cmp, name_eq, name_ne, name_lt, name_le, name_gt
 * and name_ge.
 */
#define COMPARISON_FUNCTION(name, op, cmp) \
	PG_FUNCTION_INFO_V1(name##_##op); \
	Datum name##_##op(PG_FUNCTION_ARGS); \
	Datum name##_##op(PG_FUNCTION_ARGS) \
	{ \
		PG_RETURN_BOOL(cmp(fcinfo) COMPARISON_##op 0); \
	}
#define COMPARISON_eq ==
#define COMPARISON_ne !=
#define COMPARISON_lt <
#define COMPARISON_le <=
#define COMPARISON_gt >
#define COMPARISON_ge >=
#define COMPARISON_FUNCTIONS(name, cmp) \
	PG_FUNCTION_INFO_V1(name##_cmp); \
	Datum name##_cmp(PG_FUNCTION_ARGS); \
	Datum name##_cmp(PG_FUNCTION_ARGS) \
	{ \
		PG_RETURN_INT32(cmp(fcinfo)); \
	} \
	COMPARISON_FUNCTION(name, eq, cmp) \
	COMPARISON_FUNCTION(name, ne, cmp) \
	COMPARISON_FUNCTION(name, lt, cmp) \
	COMPARISON_FUNCTION(name, le, cmp) \
	COMPARISON_FUNCTION(name, gt, cmp) \
	COMPARISON_FUNCTION(name, ge, cmp)

/* A fee_rule Datum points to an sc_fee_rule (24 bytes, no padding). */
#define PG_GETARG_FEE_RULE(n)	((sc_fee_rule *) PG_GETARG_POINTER(n))
#define PG_RETURN_FEE_RULE(x)	PG_RETURN_POINTER(x)

#endif							/* SC_MONEY_FMGR_H */
