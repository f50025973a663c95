/*
 * money.h
 *		Amounts of Swedish kronor, fee rates and prorated fees, shared by the
 *		extension and the loader.
 *
 * An amount is an int64 count of öre (1 krona = 100 öre); nothing here
 * uses floating point.  A fee rate is an amount per basis (per inhabitant,
 * or flat) per period (year, quarter, month).  Where a result is not a
 * whole number of öre it is rounded to the nearest unit, halves away from
 * zero, as PostgreSQL's round(numeric) does.
 *
 * Nothing here raises or allocates: functions return a status, and the
 * extension turns statuses into errors.
 */
#ifndef SC_MONEY_H
#define SC_MONEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "int128.h"

/* Room for the longest canonical amount, "-92233720368547758.08 kr". */
#define SC_SEK_TEXT_SIZE 32

/* Room for the longest canonical rate, amount plus "/invånare/kvartal". */
#define SC_FEE_RATE_TEXT_SIZE 64

/* The greatest amount of a fee rate, in öre: 60 bits (about 1.15e16 kr). */
#define SC_FEE_RATE_MAX_AMOUNT ((INT64_C(1) << 60) - 1)

typedef enum sc_money_status
{
	SC_MONEY_OK,
	SC_MONEY_SYNTAX,			/* not the text form of an amount or rate */
	SC_MONEY_PRECISION,			/* more than two decimals: finer than öre */
	SC_MONEY_RANGE,				/* result outside the representable range */
	SC_MONEY_DIVISION_BY_ZERO,
	SC_MONEY_NEGATIVE_RATE,		/* fee rates are never negative */
	SC_MONEY_UNKNOWN_BASIS,		/* "kr/WORD": neither a basis nor a period */
	SC_MONEY_UNKNOWN_PERIOD,	/* "kr/invånare/WORD": not a period */
	SC_MONEY_MISSING_PERIOD,	/* "kr/invånare" with no period */
	SC_MONEY_NEGATIVE_INHABITANTS,
	SC_MONEY_REVERSED_PERIOD,	/* a period whose end precedes its start */
	SC_MONEY_UNBOUNDED			/* proration over days outside the calendar */
} sc_money_status;

/* What a fee rate is charged per, besides the period. */
typedef enum sc_fee_basis
{
	SC_BASIS_FLAT,				/* the same amount for every member */
	SC_BASIS_INHABITANT			/* the amount times the member's inhabitants */
} sc_fee_basis;

/* The period a fee rate is charged per, shortest first. */
typedef enum sc_fee_period
{
	SC_PERIOD_MONTH,
	SC_PERIOD_QUARTER,
	SC_PERIOD_YEAR
} sc_fee_period;

/* Rounding of a prorated fee. */
typedef enum sc_rounding
{
	SC_ROUND_ORE,				/* to the nearest öre */
	SC_ROUND_KRONA				/* to the nearest whole krona */
} sc_rounding;

typedef struct sc_fee_rate
{
	int64_t		amount;			/* öre, 0 .. SC_FEE_RATE_MAX_AMOUNT */
	sc_fee_basis basis;
	sc_fee_period period;
} sc_fee_rate;

/*
 * Amounts.
 *
 * Text input: an optional sign ("-", "+" or U+2212), an optional "SEK"
 * before the number or one of "kr", "kr.", "kronor", "krona", "SEK" after
 * it, and the number: digits, optionally grouped by threes with spaces
 * (also no-break, narrow no-break and thin spaces), then "." or "," and
 * one or two decimals, or ":-" / ",-" for whole kronor.  Surrounding
 * white space is ignored; letters are matched without regard to case.
 *
 * Canonical output: "-1234.50 kr": a minus sign if negative, no grouping,
 * "." and always two decimals, then " kr".
 */
extern sc_money_status sc_sek_parse(const char *s, size_t len, int64_t *ore);
extern void sc_sek_format(int64_t ore, char *buf);

extern sc_money_status sc_sek_add(int64_t a, int64_t b, int64_t *out);
extern sc_money_status sc_sek_sub(int64_t a, int64_t b, int64_t *out);
extern sc_money_status sc_sek_neg(int64_t a, int64_t *out);
extern sc_money_status sc_sek_mul(int64_t a, int64_t factor, int64_t *out);

/* Division rounds to the nearest öre, halves away from zero. */
extern sc_money_status sc_sek_div(int64_t a, int64_t divisor, int64_t *out);

/*
 * The mean of count amounts summing to sum, rounded to the nearest öre;
 * the sum is wider than an amount so that no partial sum can overflow.
 */
extern sc_money_status sc_sek_mean(sc_int128 sum, int64_t count, int64_t *out);

/*
 * Fee rates.
 *
 * Text input: an amount with its currency ("21 kr", "SEK 21"), then "/" or
 * "per", then either a period (a flat fee) or a basis followed by "/",
 * "per", "och" or "and" and a period:
 *
 *		basis:	invånare, invånre (a common typo), inv, inv., inhabitant,
 *				capita, resident
 *		period: år, året, year, annum; kvartal, kvartalet, quarter;
 *				månad, månaden, mån, month
 *
 * "21 kr/invånare/år", "21 kr per invånare och år", "150000 kr/år",
 * "SEK 21 per inhabitant per year".  Canonical output:
 * "21.00 kr/invånare/år", "150000.00 kr/år", with "kvartal" and "månad"
 * for the shorter periods.
 */
extern sc_money_status sc_fee_rate_parse(const char *s, size_t len,
										 sc_fee_rate *rate);
extern void sc_fee_rate_format(const sc_fee_rate *rate, char *buf);

/*
 * Finds the first fee rate stated inside a longer text, such as
 * "f n 21 kr/invånre och år." in a sentence.  Returns SC_MONEY_OK with the
 * rate and its byte range [*start, *end); or the status of the first
 * phrase that began as a rate ("21 kr per" ...) but did not finish as one,
 * such as SC_MONEY_UNKNOWN_PERIOD for "21 kr/invånare/vecka", with that
 * phrase's range; or SC_MONEY_SYNTAX if the text names no rate at all.
 */
extern sc_money_status sc_fee_rate_scan(const char *s, size_t len,
										sc_fee_rate *rate,
										size_t *start, size_t *end);

/*
 * The rate as one int64 whose signed order is by basis (flat first), then
 * period (shortest first), then amount: the extension's Datum.  Unpacking
 * returns false for an int64 no rate packs to.
 */
extern int64_t sc_fee_rate_pack(const sc_fee_rate *rate);
extern bool sc_fee_rate_unpack(int64_t packed, sc_fee_rate *rate);

/* Builds a rate, checking the amount's range. */
extern sc_money_status sc_fee_rate_make(int64_t amount, sc_fee_basis basis,
										sc_fee_period period,
										sc_fee_rate *rate);

/* Words for the parts, as the extension's accessors report them. */
extern const char *sc_fee_basis_name(sc_fee_basis basis);
extern const char *sc_fee_period_name(sc_fee_period period);
extern bool sc_fee_basis_from_name(const char *s, size_t len,
								   sc_fee_basis *basis);
extern bool sc_fee_period_from_name(const char *s, size_t len,
									sc_fee_period *period);
extern int	sc_fee_periods_per_year(sc_fee_period period);

/*
 * Fees.
 *
 * The annual fee is the amount, times the inhabitants for a rate per
 * inhabitant, times the periods in a year; for a flat rate the inhabitants
 * are ignored.  Negative inhabitants are SC_MONEY_NEGATIVE_INHABITANTS.
 */
extern sc_money_status sc_fee_annual(const sc_fee_rate *rate,
									 int64_t inhabitants, int64_t *fee);

/*
 * The fee for the days [first, last], both counted: each day is worth the
 * annual fee divided by the days of its calendar year (365 or 366).  The
 * exact sum over all days is rounded once.  No days (first > last) cost
 * nothing; days outside the calendar's years 0000..9999, which includes
 * the sentinels of unbounded validities, are SC_MONEY_UNBOUNDED.
 */
extern sc_money_status sc_fee_for_days(const sc_fee_rate *rate,
									   int64_t inhabitants,
									   int32_t first, int32_t last,
									   sc_rounding rounding, int64_t *fee);

/*
 * The fee for the days of membership [member_first, member_last] that lie
 * within the period [from, to]; sentinels stand for unbounded membership.
 * A membership outside the period costs nothing; from > to is
 * SC_MONEY_REVERSED_PERIOD.
 */
extern sc_money_status sc_fee_for_period(const sc_fee_rate *rate,
										 int64_t inhabitants,
										 int32_t member_first,
										 int32_t member_last,
										 int32_t from, int32_t to,
										 sc_rounding rounding, int64_t *fee);

#endif							/* SC_MONEY_H */
