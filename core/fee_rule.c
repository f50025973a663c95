/*
 * fee_rule.c
 *		Parsing, formatting and arithmetic of fee rules: flat, per
 *		inhabitant, base plus per inhabitant, and shares of a total, in
 *		Swedish, Danish or Norwegian kroner or euro.
 *
 * The words are those of Swedish, Danish, Norwegian and English documents
 * ("3,50 kr per invånare", "2,88 kr. pr. indbygger", "per capita"); the
 * amounts are money_lex.h's.  A rule's currency follows its words where
 * the amount's unit leaves it open: "kr" is Swedish in "kr/invånare",
 * Danish in "kr. pr. indbygger", Norwegian in "kr per innbygger".
 */
#include "fee_rule.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "int128.h"
#include "money_lex.h"

/* The language of a rule's words, which settles "kr". */
typedef enum rule_language
{
	LANGUAGE_SWEDISH,			/* or English: "kr" stays Swedish */
	LANGUAGE_DANISH,
	LANGUAGE_NORWEGIAN
} rule_language;

/* A distribution key is a shape and a language: shape * 4 + language. */
#define KEY(shape, language) ((shape) * 4 + (language))

/* An amount with what it is charged per, as the text states it. */
typedef struct charge
{
	sc_amount	amount;
	sc_currency_source source;
	bool		has_basis;		/* per inhabitant */
	bool		has_period;
	rule_language language;		/* of the basis word */
	sc_fee_period period;
} charge;

/* Between the amount and what it is charged per. */
static const sc_word_entry per_words[] = {
	{"per", 0}, {"pr.", 0}, {"pr", 0}, {"om", 0},
	{NULL, 0}
};

/* Between the basis and the period: "per invånare och år", "om året". */
static const sc_word_entry and_words[] = {
	{"per", 0}, {"pr.", 0}, {"pr", 0}, {"och", 0}, {"and", 0}, {"og", 0},
	{"om", 0}, {"i", 0},
	{NULL, 0}
};

static const sc_word_entry basis_words[] = {
	{"invånare", LANGUAGE_SWEDISH},
	{"invånre", LANGUAGE_SWEDISH},
	{"inv.", LANGUAGE_SWEDISH},
	{"inv", LANGUAGE_SWEDISH},
	{"inhabitant", LANGUAGE_SWEDISH},
	{"capita", LANGUAGE_SWEDISH},
	{"resident", LANGUAGE_SWEDISH},
	{"indbyggere", LANGUAGE_DANISH},
	{"indbygger", LANGUAGE_DANISH},
	{"borger", LANGUAGE_DANISH},
	{"innbyggere", LANGUAGE_NORWEGIAN},
	{"innbygger", LANGUAGE_NORWEGIAN},
	{"innb.", LANGUAGE_NORWEGIAN},
	{NULL, 0}
};

/* What may introduce the base of a rule: "en grundavgift på 50 000 kr". */
static const sc_word_entry base_words[] = {
	{"en grundavgift på", 0}, {"grundavgift på", 0}, {"grundavgift", 0},
	{"a base fee of", 0}, {"base fee", 0}, {"grundbeløb på", 0},
	{"grundbeløb", 0},
	{NULL, 0}
};

/* Between the base and the amount per inhabitant, besides "+". */
static const sc_word_entry join_words[] = {
	{"och", 0}, {"plus", 0}, {"and", 0}, {"og", 0},
	{NULL, 0}
};

static const sc_word_entry share_of_words[] = {
	{"av", 0}, {"of", 0}, {"af", 0},
	{NULL, 0}
};

static const sc_word_entry distribution_verbs[] = {
	{"fördelat", 0}, {"fördelas", 0}, {"fördelad", 0}, {"fördelade", 0},
	{"distributed", 0}, {"shared", 0}, {"split", 0}, {"fordelt", 0},
	{"fordeles", 0},
	{NULL, 0}
};

static const sc_word_entry distribution_keys[] = {
	{"efter invånarantal", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_SWEDISH)},
	{"efter antal invånare", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_SWEDISH)},
	{"efter invånare", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_SWEDISH)},
	{"efter befolkning", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_SWEDISH)},
	{"by population", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_SWEDISH)},
	{"by inhabitants", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_SWEDISH)},
	{"efter indbyggertal", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_DANISH)},
	{"etter innbyggertall", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_NORWEGIAN)},
	{"etter folketall", KEY(SC_SHAPE_POPULATION_SHARE, LANGUAGE_NORWEGIAN)},
	{"i lika delar", KEY(SC_SHAPE_EQUAL_SHARE, LANGUAGE_SWEDISH)},
	{"lika", KEY(SC_SHAPE_EQUAL_SHARE, LANGUAGE_SWEDISH)},
	{"equally", KEY(SC_SHAPE_EQUAL_SHARE, LANGUAGE_SWEDISH)},
	{"in equal parts", KEY(SC_SHAPE_EQUAL_SHARE, LANGUAGE_SWEDISH)},
	{"ligeligt", KEY(SC_SHAPE_EQUAL_SHARE, LANGUAGE_DANISH)},
	{"likt", KEY(SC_SHAPE_EQUAL_SHARE, LANGUAGE_NORWEGIAN)},
	{NULL, 0}
};

static const sc_word_entry population_words[] = {
	{"befolkning", 0}, {"befolkningen", 0}, {"invånarantal", 0},
	{"invånare", 0}, {"population", 0}, {"folketal", 0},
	{"indbyggertal", 0}, {"innbyggertall", 0},
	{NULL, 0}
};

static const sc_word_entry population_on_words[] = {
	{"per", 0}, {"pr.", 0}, {"den", 0}, {"on", 0}, {"as of", 0},
	{NULL, 0}
};

static const sc_word_entry population_date_words[] = {
	{"31 december", SC_POPULATION_YEAR_END},
	{"31 dec", SC_POPULATION_YEAR_END},
	{"1 november", SC_POPULATION_NOVEMBER},
	{"1 nov", SC_POPULATION_NOVEMBER},
	{"1 januari", SC_POPULATION_JANUARY},
	{"1 january", SC_POPULATION_JANUARY},
	{"1 januar", SC_POPULATION_JANUARY},
	{"1 jan", SC_POPULATION_JANUARY},
	{NULL, 0}
};

static const char *const shape_names[SC_SHAPE_COUNT] = {
	"flat", "inhabitant", "base_and_inhabitant", "population_share",
	"equal_share", "fixed_share"
};

static const char *const population_date_names[SC_POPULATION_DATE_COUNT] = {
	"year_end", "november", "january"
};

static const char *const period_sv[] = {"månad", "kvartal", "år"};

static const char *population_date_text[SC_POPULATION_DATE_COUNT] = {
	"", "; befolkning 1 november", "; befolkning 1 januari"
};

/* ----------------------------------------------------------------------
 * Parsing
 * ----------------------------------------------------------------------
 */

/* A word of words at p followed by a blank, and the blanks: or NULL. */
static const char *
word_then_blank(const char *p, const char *end, const sc_word_entry *words,
				int *value)
{
	const char *q = sc_lex_match(p, end, words, value);
	const char *r;

	if (q == NULL || (r = sc_lex_skip_blanks(q, end)) == q)
		return NULL;
	return r;
}

/* An amount, then "/" or "per" and a period, a basis, or a basis and a period. */
static sc_money_status
parse_charge(const char *p, const char *end, const char **next, charge *c)
{
	const char *q;
	const char *r;
	int			value;
	sc_money_status status = sc_lex_money(p, end, &q, &c->amount, &c->source);

	if (status != SC_MONEY_OK)
		return status;
	if (c->amount.minor < 0)
		return SC_MONEY_NEGATIVE_RATE;
	c->has_basis = c->has_period = false;
	c->language = LANGUAGE_SWEDISH;
	*next = q;
	if ((r = sc_lex_separator(q, end, per_words)) == NULL)
		return SC_MONEY_OK;
	if ((q = sc_lex_match(r, end, sc_lex_period_words, &value)) != NULL)
	{
		c->has_period = true;
		c->period = (sc_fee_period) value;
		*next = q;
		return SC_MONEY_OK;
	}
	if ((q = sc_lex_match(r, end, basis_words, &value)) == NULL)
		return SC_MONEY_UNKNOWN_BASIS;
	c->has_basis = true;
	c->language = (rule_language) value;
	*next = q;
	if ((r = sc_lex_separator(q, end, and_words)) == NULL)
		return SC_MONEY_OK;
	if ((q = sc_lex_match(r, end, sc_lex_period_words, &value)) == NULL)
		return SC_MONEY_UNKNOWN_PERIOD;
	c->has_period = true;
	c->period = (sc_fee_period) value;
	*next = q;
	return SC_MONEY_OK;
}

/* The currency of a charge in a rule of the given language. */
static sc_currency
charge_currency(const charge *c, rule_language language)
{
	if (c->source == SC_CURRENCY_KRONOR && language == LANGUAGE_DANISH)
		return SC_CURRENCY_DKK;
	if (c->source != SC_CURRENCY_NAMED && language == LANGUAGE_NORWEGIAN)
		return SC_CURRENCY_NOK;
	return c->amount.currency;
}

/* "+" or "och" between blanks, after a base: where the next charge starts. */
static const char *
parse_join(const char *p, const char *end)
{
	const char *q = sc_lex_skip_blanks(p, end);
	int			unused;

	if (q < end && *q == '+')
		return sc_lex_skip_blanks(q + 1, end);
	if (q == p)
		return NULL;
	return word_then_blank(q, end, join_words, &unused);
}

/* "fördelat efter invånarantal", "lika", "by population": a key, or -1. */
static int
parse_distribution(const char *p, const char *end, const char **next)
{
	const char *q = sc_lex_skip_blanks(p, end);
	const char *r;
	int			key;

	if (q == p)
		return -1;
	if ((r = word_then_blank(q, end, distribution_verbs, &key)) != NULL)
		q = r;
	if ((r = sc_lex_match(q, end, distribution_keys, &key)) == NULL)
		return -1;
	*next = r;
	return key;
}

/* The period of a rule that need not name it: a year unless it does. */
static uint8_t
period_or_year(const charge *c)
{
	return (uint8_t) (c->has_period ? c->period : SC_PERIOD_YEAR);
}

/* "13,2 % av 12,4 mnkr/år". */
static sc_money_status
parse_fixed_share(const char *p, const char *end, const char **next,
				  sc_fee_rule *rule)
{
	int32_t		share;
	charge		total;
	int			unused;
	sc_money_status status = sc_lex_percent(p, end, &p, &share);

	if (status != SC_MONEY_OK)
		return status;
	p = sc_lex_skip_blanks(p, end);
	if ((p = word_then_blank(p, end, share_of_words, &unused)) == NULL)
		return SC_MONEY_SYNTAX;
	if ((status = parse_charge(p, end, next, &total)) != SC_MONEY_OK)
		return status;
	if (total.has_basis)
		return SC_MONEY_SYNTAX;
	rule->shape = SC_SHAPE_FIXED_SHARE;
	rule->share = share;
	rule->amount = total.amount.minor;
	rule->currency = (uint8_t) charge_currency(&total, LANGUAGE_SWEDISH);
	rule->period = period_or_year(&total);
	return SC_MONEY_OK;
}

/* "50 000 kr + 3,50 kr/invånare/år", after the base. */
static sc_money_status
parse_base_and_inhabitant(const char *p, const char *end, const char **next,
						  const charge *base, sc_fee_rule *rule)
{
	charge		per;
	sc_money_status status = parse_charge(p, end, next, &per);

	if (status != SC_MONEY_OK)
		return status;
	if (!per.has_basis)
		return SC_MONEY_SYNTAX;
	if (base->has_period && per.has_period && base->period != per.period)
		return SC_MONEY_SYNTAX;
	rule->shape = SC_SHAPE_BASE_AND_INHABITANT;
	rule->base = base->amount.minor;
	rule->amount = per.amount.minor;
	rule->currency = (uint8_t) charge_currency(&per, per.language);
	if (charge_currency(base, per.language) != rule->currency)
		return SC_MONEY_CURRENCY_MISMATCH;
	rule->period = per.has_period ? per.period : period_or_year(base);
	return SC_MONEY_OK;
}

/* Every rule but a fixed share: a charge, and what follows it. */
static sc_money_status
parse_charge_rule(const char *p, const char *end, const char **next,
				  sc_fee_rule *rule)
{
	charge		first;
	int			unused;
	int			key;
	const char *q = word_then_blank(p, end, base_words, &unused);
	bool		introduced = q != NULL;
	sc_money_status status = parse_charge(introduced ? q : p, end, next, &first);

	if (status != SC_MONEY_OK)
		return status;
	if (!first.has_basis && (q = parse_join(*next, end)) != NULL)
		return parse_base_and_inhabitant(q, end, next, &first, rule);
	if (introduced)
		return SC_MONEY_SYNTAX;
	rule->amount = first.amount.minor;
	rule->period = period_or_year(&first);
	rule->currency = (uint8_t) charge_currency(&first, first.language);
	if (first.has_basis)
	{
		rule->shape = SC_SHAPE_PER_INHABITANT;
		return SC_MONEY_OK;
	}
	if ((key = parse_distribution(*next, end, next)) >= 0)
	{
		rule->shape = (uint8_t) (key / 4);
		rule->currency = (uint8_t) charge_currency(&first, (rule_language) (key % 4));
		return SC_MONEY_OK;
	}
	if (!first.has_period)
		return SC_MONEY_MISSING_PERIOD;
	rule->shape = SC_SHAPE_FLAT;
	return SC_MONEY_OK;
}

/* "; befolkning 1 november" at p, if there: *found says whether it was. */
static sc_money_status
parse_population_date(const char *p, const char *end, const char **next,
					  sc_fee_rule *rule)
{
	const char *q = sc_lex_skip_blanks(p, end);
	const char *r;
	bool		punctuated = q < end && (*q == ';' || *q == ',');
	int			value;

	if (punctuated)
		q = sc_lex_skip_blanks(q + 1, end);
	else if (q == p)
		return SC_MONEY_OK;
	if ((r = word_then_blank(q, end, population_words, &value)) == NULL)
		return punctuated ? SC_MONEY_SYNTAX : SC_MONEY_OK;
	if ((q = word_then_blank(r, end, population_on_words, &value)) != NULL)
		r = q;
	if ((q = sc_lex_match(r, end, population_date_words, &value)) == NULL)
		return SC_MONEY_SYNTAX;
	if (!sc_fee_rule_reads_population(rule))
		return SC_MONEY_POPULATION_DATE;
	rule->population_date = (uint8_t) value;
	*next = q;
	return SC_MONEY_OK;
}

static bool
starts_with_percent(const char *p, const char *end)
{
	const char *q;
	int32_t		unused;

	return sc_lex_percent(p, end, &q, &unused) != SC_MONEY_SYNTAX;
}

sc_money_status
sc_fee_rule_parse(const char *s, size_t len, sc_fee_rule *rule)
{
	const char *end = s + len;
	const char *p = sc_lex_skip_blanks(s, end);
	sc_money_status status;

	memset(rule, 0, sizeof(*rule));
	if (starts_with_percent(p, end))
		status = parse_fixed_share(p, end, &p, rule);
	else
		status = parse_charge_rule(p, end, &p, rule);
	if (status == SC_MONEY_OK)
		status = parse_population_date(p, end, &p, rule);
	if (status != SC_MONEY_OK)
		return status;
	return sc_lex_skip_blanks(p, end) == end ? SC_MONEY_OK : SC_MONEY_SYNTAX;
}

/* ----------------------------------------------------------------------
 * Formatting
 * ----------------------------------------------------------------------
 */

/* "21.00 kr" for Swedish kronor, "2.88 DKK" for the others. */
static void
format_amount(int64_t minor, uint8_t currency, char *buf, size_t size)
{
	snprintf(buf, size, "%" PRId64 ".%02d %s", minor / 100, (int) (minor % 100),
			 currency == SC_CURRENCY_SEK ? "kr" : sc_currency_code((sc_currency) currency));
}

/* "13.2", "25", "0.0001": percent with no trailing zeros. */
static void
format_percent(int32_t millionths, char *buf, size_t size)
{
	int			n = snprintf(buf, size, "%d.%04d", millionths / 10000,
							 millionths % 10000);

	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
}

void
sc_fee_rule_format(const sc_fee_rule *rule, char *buf)
{
	char		amount[SC_AMOUNT_TEXT_SIZE];
	char		base[SC_AMOUNT_TEXT_SIZE];
	char		percent[16];
	const char *period = period_sv[rule->period];
	const char *population = population_date_text[rule->population_date];

	format_amount(rule->amount, rule->currency, amount, sizeof(amount));
	switch ((sc_fee_shape) rule->shape)
	{
		case SC_SHAPE_FLAT:
			snprintf(buf, SC_FEE_RULE_TEXT_SIZE, "%s/%s", amount, period);
			break;
		case SC_SHAPE_PER_INHABITANT:
			snprintf(buf, SC_FEE_RULE_TEXT_SIZE, "%s/invånare/%s%s",
					 amount, period, population);
			break;
		case SC_SHAPE_BASE_AND_INHABITANT:
			format_amount(rule->base, rule->currency, base, sizeof(base));
			snprintf(buf, SC_FEE_RULE_TEXT_SIZE, "%s + %s/invånare/%s%s",
					 base, amount, period, population);
			break;
		case SC_SHAPE_POPULATION_SHARE:
			snprintf(buf, SC_FEE_RULE_TEXT_SIZE, "%s/%s fördelat efter invånare%s",
					 amount, period, population);
			break;
		case SC_SHAPE_EQUAL_SHARE:
			snprintf(buf, SC_FEE_RULE_TEXT_SIZE, "%s/%s fördelat lika",
					 amount, period);
			break;
		case SC_SHAPE_FIXED_SHARE:
			format_percent(rule->share, percent, sizeof(percent));
			snprintf(buf, SC_FEE_RULE_TEXT_SIZE, "%s %% av %s/%s",
					 percent, amount, period);
			break;
	}
}

/* ----------------------------------------------------------------------
 * Checks, conversions and order
 * ----------------------------------------------------------------------
 */

bool
sc_fee_rule_is_valid(const sc_fee_rule *rule)
{
	if (rule->shape >= SC_SHAPE_COUNT || rule->period > SC_PERIOD_YEAR ||
		rule->currency >= SC_CURRENCY_COUNT ||
		rule->population_date >= SC_POPULATION_DATE_COUNT ||
		rule->amount < 0 || rule->base < 0 ||
		rule->share < 0 || rule->share > 1000000)
		return false;
	if (rule->base != 0 && rule->shape != SC_SHAPE_BASE_AND_INHABITANT)
		return false;
	if (rule->share != 0 && rule->shape != SC_SHAPE_FIXED_SHARE)
		return false;
	return rule->population_date == SC_POPULATION_YEAR_END ||
		sc_fee_rule_reads_population(rule);
}

void
sc_fee_rule_from_rate(const sc_fee_rate *rate, sc_fee_rule *rule)
{
	memset(rule, 0, sizeof(*rule));
	rule->amount = rate->amount;
	rule->shape = rate->basis == SC_BASIS_INHABITANT
		? SC_SHAPE_PER_INHABITANT : SC_SHAPE_FLAT;
	rule->period = (uint8_t) rate->period;
	rule->currency = SC_CURRENCY_SEK;
	rule->population_date = SC_POPULATION_YEAR_END;
}

bool
sc_fee_rule_to_rate(const sc_fee_rule *rule, sc_fee_rate *rate)
{
	if ((rule->shape != SC_SHAPE_FLAT && rule->shape != SC_SHAPE_PER_INHABITANT) ||
		rule->currency != SC_CURRENCY_SEK ||
		rule->population_date != SC_POPULATION_YEAR_END)
		return false;
	return sc_fee_rate_make(rule->amount,
							rule->shape == SC_SHAPE_FLAT ? SC_BASIS_FLAT : SC_BASIS_INHABITANT,
							(sc_fee_period) rule->period, rate) == SC_MONEY_OK;
}

#define CMP(a, b) do { if ((a) != (b)) return (a) < (b) ? -1 : 1; } while (0)

int
sc_fee_rule_cmp(const sc_fee_rule *a, const sc_fee_rule *b)
{
	CMP(a->shape, b->shape);
	CMP(a->period, b->period);
	CMP(a->currency, b->currency);
	CMP(a->population_date, b->population_date);
	CMP(a->amount, b->amount);
	CMP(a->base, b->base);
	CMP(a->share, b->share);
	return 0;
}

bool
sc_fee_rule_is_share(const sc_fee_rule *rule)
{
	return rule->shape >= SC_SHAPE_POPULATION_SHARE;
}

bool
sc_fee_rule_needs_inhabitants(const sc_fee_rule *rule)
{
	return rule->shape == SC_SHAPE_PER_INHABITANT ||
		rule->shape == SC_SHAPE_BASE_AND_INHABITANT;
}

bool
sc_fee_rule_reads_population(const sc_fee_rule *rule)
{
	return sc_fee_rule_needs_inhabitants(rule) ||
		rule->shape == SC_SHAPE_POPULATION_SHARE;
}

const char *
sc_fee_shape_name(sc_fee_shape shape)
{
	return shape_names[shape];
}

const char *
sc_population_date_name(sc_population_date date)
{
	return population_date_names[date];
}

/* ----------------------------------------------------------------------
 * Fees
 * ----------------------------------------------------------------------
 */

static sc_money_status
rule_annual128(const sc_fee_rule *rule, int64_t inhabitants, sc_int128 *fee)
{
	sc_int128	per_period = sc_i128(rule->amount);

	if (inhabitants < 0)
		return SC_MONEY_NEGATIVE_INHABITANTS;
	if (sc_fee_rule_needs_inhabitants(rule))
	{
		/* below 2^126, and the base below 2^63: no overflow yet */
		(void) sc_i128_mul_overflow(per_period, sc_i128(inhabitants), &per_period);
		per_period = sc_i128_add(per_period, sc_i128(rule->base));
	}
	if (sc_i128_mul_overflow(per_period,
							 sc_i128(sc_fee_periods_per_year((sc_fee_period) rule->period)),
							 fee))
		return SC_MONEY_RANGE;
	return SC_MONEY_OK;
}

sc_money_status
sc_fee_rule_annual(const sc_fee_rule *rule, int64_t inhabitants, int64_t *fee)
{
	sc_int128	annual;
	sc_money_status status = rule_annual128(rule, inhabitants, &annual);

	if (status != SC_MONEY_OK)
		return status;
	return sc_i128_to_int64(annual, fee) ? SC_MONEY_OK : SC_MONEY_RANGE;
}

sc_money_status
sc_fee_rule_for_period(const sc_fee_rule *rule, int64_t inhabitants,
					   int32_t member_first, int32_t member_last,
					   int32_t from, int32_t to, sc_rounding rounding,
					   int64_t *fee)
{
	sc_int128	annual;
	sc_money_status status;

	if (from > to)
		return SC_MONEY_REVERSED_PERIOD;
	if ((status = rule_annual128(rule, inhabitants, &annual)) != SC_MONEY_OK)
		return status;
	return sc_annual_for_days(annual,
							  member_first > from ? member_first : from,
							  member_last < to ? member_last : to,
							  rounding, fee);
}
