/*
 * fee_rule.h
 *		Fee rules: every way the documents state what a member pays, in any
 *		of the currencies of money.h, shared by the extension and the loader.
 *
 * A fee_rate (money.h) is an amount of Swedish kronor per inhabitant or
 * flat; a fee rule adds a base amount plus an amount per inhabitant, a
 * total shared among the members (by population, in equal parts, or by a
 * fixed share of each), the date of the population a rule reads, and the
 * currency.  Every fee rate is a fee rule (sc_fee_rule_from_rate).
 */
#ifndef SC_FEE_RULE_H
#define SC_FEE_RULE_H

#include <stdbool.h>
#include <stdint.h>

#include "money.h"

/* The shapes of a rule.  The order is the rules' sort order: append only. */
typedef enum sc_fee_shape
{
	SC_SHAPE_FLAT,				/* amount per period, the same for every member */
	SC_SHAPE_PER_INHABITANT,	/* amount times the member's inhabitants */
	SC_SHAPE_BASE_AND_INHABITANT,	/* base, plus amount per inhabitant */
	SC_SHAPE_POPULATION_SHARE,	/* total shared by the members' populations */
	SC_SHAPE_EQUAL_SHARE,		/* total shared in equal parts */
	SC_SHAPE_FIXED_SHARE		/* a fixed share (13,2 %) of a total */
} sc_fee_shape;

#define SC_SHAPE_COUNT 6

/*
 * The date of the population a rule reads, for a fee of a calendar year.
 * SC_POPULATION_YEAR_END is fee_rate's: 31 December of the year before,
 * or failing that 1 January of the year, the same moment.
 */
typedef enum sc_population_date
{
	SC_POPULATION_YEAR_END,
	SC_POPULATION_NOVEMBER,		/* 1 November of the year before */
	SC_POPULATION_JANUARY		/* 1 January of the year (Statistics Denmark) */
} sc_population_date;

#define SC_POPULATION_DATE_COUNT 3

/* 24 bytes, no padding: the extension stores and hashes it as it is. */
typedef struct sc_fee_rule
{
	int64_t		amount;			/* minor units, >= 0: per inhabitant, flat,
								 * or the total shared */
	int64_t		base;			/* minor units, >= 0: the base of
								 * SC_SHAPE_BASE_AND_INHABITANT, else 0 */
	int32_t		share;			/* millionths of the total (13,2 % is
								 * 132000) of SC_SHAPE_FIXED_SHARE, else 0 */
	uint8_t		shape;			/* sc_fee_shape */
	uint8_t		period;			/* sc_fee_period */
	uint8_t		currency;		/* sc_currency */
	uint8_t		population_date;	/* sc_population_date */
} sc_fee_rule;

/* Room for the longest canonical rule. */
#define SC_FEE_RULE_TEXT_SIZE 160

/*
 * Text input, words matched without regard to case; "kr" is Swedish
 * kronor unless the rule's words are Danish ("pr. indbygger": DKK) or
 * Norwegian ("per innbygger": NOK); see money.h for amounts:
 *
 *	flat				150000 kr/år, 150 tkr per år
 *	per inhabitant		21 kr/invånare/år, 21 kr/inv, 2,88 kr. pr. indbygger,
 *						EUR 2 per capita per year
 *	base plus			50 000 kr + 3,50 kr/invånare/år,
 *						en grundavgift på 50 000 kr och 3,50 kr per invånare
 *	population share	12,4 mnkr/år fördelat efter invånarantal
 *	equal shares		600 000 kr/år fördelat lika
 *	fixed share			13,2 % av 12,4 mnkr/år
 *
 * A rule per inhabitant, and a total, is per year unless it names its
 * period; a flat rule names it.  A rule that reads the population may end
 * in "; befolkning 1 november" (or "1 januari", "31 december").
 *
 * Canonical output, the amounts as "21.00 kr" for SEK and "2.88 DKK" for
 * the others: "150000.00 kr/år", "21.00 kr/invånare/år",
 * "50000.00 kr + 3.50 kr/invånare/år",
 * "12400000.00 kr/år fördelat efter invånare",
 * "600000.00 kr/år fördelat lika", "13.2 % av 12400000.00 kr/år", then
 * "; befolkning 1 november" or "; befolkning 1 januari" where the
 * population date is not the year's end.  A fee rate cast to a rule
 * writes as the rate does.
 */
extern sc_money_status sc_fee_rule_parse(const char *s, size_t len,
										 sc_fee_rule *rule);
extern void sc_fee_rule_format(const sc_fee_rule *rule, char *buf);

/* Whether a stored or received rule is one the parser could make. */
extern bool sc_fee_rule_is_valid(const sc_fee_rule *rule);

/* The rule of a rate (lossless); and the rate of a rule, where it is one. */
extern void sc_fee_rule_from_rate(const sc_fee_rate *rate, sc_fee_rule *rule);
extern bool sc_fee_rule_to_rate(const sc_fee_rule *rule, sc_fee_rate *rate);

/* By shape, period, currency, population date, amount, base, share. */
extern int	sc_fee_rule_cmp(const sc_fee_rule *a, const sc_fee_rule *b);

extern bool sc_fee_rule_is_share(const sc_fee_rule *rule);
extern bool sc_fee_rule_needs_inhabitants(const sc_fee_rule *rule);
extern bool sc_fee_rule_reads_population(const sc_fee_rule *rule);

/* "flat", "inhabitant", "base_and_inhabitant", "population_share", ... */
extern const char *sc_fee_shape_name(sc_fee_shape shape);

/* "year_end", "november", "january" */
extern const char *sc_population_date_name(sc_population_date date);

/*
 * The annual fee of a member with the given inhabitants (ignored where the
 * rule does not need them): (base + amount * inhabitants) * periods a
 * year.  For a share the annual total that is shared.
 */
extern sc_money_status sc_fee_rule_annual(const sc_fee_rule *rule,
										  int64_t inhabitants, int64_t *fee);

/* As sc_fee_for_period, for a rule's annual fee. */
extern sc_money_status sc_fee_rule_for_period(const sc_fee_rule *rule,
											  int64_t inhabitants,
											  int32_t member_first,
											  int32_t member_last,
											  int32_t from, int32_t to,
											  sc_rounding rounding,
											  int64_t *fee);

#endif							/* SC_FEE_RULE_H */
