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
	SC_MONEY_UNBOUNDED,			/* proration over days outside the calendar */
	SC_MONEY_MISSING_CURRENCY,	/* an amount that does not name its currency */
	SC_MONEY_CURRENCY_MISMATCH, /* amounts of two currencies combined */
	SC_MONEY_NOT_SEK,			/* another currency where only kronor fit */
	SC_MONEY_SHARE_RANGE,		/* a share outside 0 % to 100 % */
	SC_MONEY_POPULATION_DATE,	/* a population date for a rule needing none */
	SC_MONEY_NEGATIVE_WEIGHT	/* a negative weight of an apportionment */
} sc_money_status;

/*
 * The currencies of the documents, by ISO 4217 code.  The order is the
 * amounts' sort order and part of their stored form: append only.
 */
typedef enum sc_currency
{
	SC_CURRENCY_SEK,			/* Swedish kronor, 752 */
	SC_CURRENCY_DKK,			/* Danish kroner, 208 */
	SC_CURRENCY_NOK,			/* Norwegian kroner, 578 */
	SC_CURRENCY_EUR				/* euro, 978 */
} sc_currency;

#define SC_CURRENCY_COUNT 4

/* An amount in a currency: minor units (öre, øre, cent). */
typedef struct sc_amount
{
	int64_t		minor;
	sc_currency currency;
} sc_amount;

/* Room for the longest canonical amount, "-92233720368547758.08 SEK". */
#define SC_AMOUNT_TEXT_SIZE 32

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
 * The fee for the days [first, last] of a fee whose whole year is annual
 * (minor units), as sc_fee_for_days computes it: shared with fee rules.
 */
extern sc_money_status sc_annual_for_days(sc_int128 annual,
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

/*
 * Amounts in a currency.
 *
 * Text input: an optional sign, then the number with an optional currency
 * code before it ("SEK", "DKK", "NOK", "EUR", "€") or a unit after it,
 * which the amount must have.  The units, with blanks or none before them:
 *
 *		kronor, krona, kr, kr., SEK, DKK, NOK, EUR, euro, €
 *		tkr, tusen kronor (thousands); mnkr, Mkr, MSEK, miljoner kronor,
 *		milj. kr, mio. kr. (millions); mdkr, miljarder kronor, mia. kr.
 *		(thousand millions); öre and øre (hundredths)
 *
 * The number is read as for sek, with as many decimals as the unit leaves
 * exact to the minor unit ("12,4 mnkr", "2,5 tkr"; not "2,5 öre").  "kr",
 * "kronor" and the Swedish multiples are Swedish kronor, "kroner" and
 * "øre" Danish, unless the words around the amount say otherwise (see
 * fee_rule.h).  Canonical output: "-1234.50 SEK", the number as sek's,
 * then the ISO 4217 code.
 */
extern sc_money_status sc_amount_parse(const char *s, size_t len,
									   sc_amount *amount);
extern void sc_amount_format(const sc_amount *amount, char *buf);

/* "SEK", "DKK", "NOK", "EUR"; and back, in any case. */
extern const char *sc_currency_code(sc_currency currency);
extern bool sc_currency_from_code(const char *s, size_t len,
								  sc_currency *currency);

/* The ISO 4217 numeric code (752, 208, 578, 978); and back. */
extern int	sc_currency_number(sc_currency currency);
extern bool sc_currency_from_number(int number, sc_currency *currency);

/*
 * Sums and differences of amounts of one currency; two currencies are
 * SC_MONEY_CURRENCY_MISMATCH, never a sum.
 */
extern sc_money_status sc_amount_add(const sc_amount *a, const sc_amount *b,
									 sc_amount *out);
extern sc_money_status sc_amount_sub(const sc_amount *a, const sc_amount *b,
									 sc_amount *out);

/* Three-way order: by currency (in sc_currency's order), then amount. */
extern int	sc_amount_cmp(const sc_amount *a, const sc_amount *b);

/*
 * Apportionment by largest remainder.  Divides total among n shares in
 * proportion to weights[i] / whole (whole 0: the sum of the weights), so
 * that the shares sum to total * sum(weights) / whole rounded to the
 * nearest minor unit, halves away from zero; exactly total when whole is
 * the sum.  Each share is first its exact part rounded toward zero; the
 * units left over go one each to the shares with the largest remainders,
 * a tie to the earlier share.  scratch holds n entries.  Weights are not
 * negative (SC_MONEY_NEGATIVE_WEIGHT); weights summing to more than whole
 * are SC_MONEY_SHARE_RANGE; all weights zero with whole 0 is
 * SC_MONEY_DIVISION_BY_ZERO.  A negative total is divided as its
 * magnitude, and every share negated.
 */
typedef struct sc_apportion_entry
{
	sc_int128	remainder;
	size_t		index;
} sc_apportion_entry;

extern sc_money_status sc_apportion(int64_t total, const int64_t *weights,
									size_t n, int64_t whole,
									int64_t *shares,
									sc_apportion_entry *scratch);

#endif							/* SC_MONEY_H */
