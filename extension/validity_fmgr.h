/*
 * validity_fmgr.h
 *		fmgr glue shared by the files of the validity type: Datum
 *		conversions and the readings as PostgreSQL dates.
 *
 * A validity Datum is the int64 of sc_validity_to_datum64(), passed like
 * int8 (by value where int8 is), so that its signed order is the btree
 * order and its bits are its hash input.
 */
#ifndef SC_VALIDITY_FMGR_H
#define SC_VALIDITY_FMGR_H

#include "postgres.h"

#include "fmgr.h"

#include "validity.h"

static inline sc_validity
DatumGetValidity(Datum d)
{
	return sc_validity_from_datum64(DatumGetInt64(d));
}

static inline Datum
ValidityGetDatum(sc_validity v)
{
	return Int64GetDatum(sc_validity_to_datum64(v));
}

#define PG_GETARG_VALIDITY(n)	DatumGetValidity(PG_GETARG_DATUM(n))
#define PG_RETURN_VALIDITY(v)	return ValidityGetDatum(v)

#endif							/* SC_VALIDITY_FMGR_H */
