/*
 * money.c
 *		Parsing, formatting and checked arithmetic of amounts in öre, fee
 *		rates, and fees prorated by calendar days.
 *
 * The text forms are those Swedish municipal documents use ("1 234,56 kr",
 * "21 kr/invånare och år") and their English equivalents.  One grammar
 * serves the extension's strict input functions and the loader's scan of
 * running text; the scan differs only in where a phrase may start and in
 * not requiring the phrase to fill the text.
 *
 * Intermediate results are 128-bit (int128.h) so that products such as
 * annual fee times weighted days cannot overflow before the final range
 * check.
 */
#include "money.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "int128.h"
#include "money_lex.h"
#include "words.h"

/* A fee per day is the annual fee divided by this, see sc_fee_for_days. */
#define DAYS_365_TIMES_366 (365 * 366)

/* Digits beyond 2^80 öre only say that a number is too long. */
#define OVERFLOW_CAP sc_i128_make(INT64_C(1) << 16, 0)

typedef sc_word_entry word_entry;

/*
 * A unit of an amount: its currency, the power of ten of a main unit it
 * is worth (3 for "tkr", -2 for "öre"), and where its currency came from.
 */
typedef struct unit_entry
{
	const char *word;			/* lower case, UTF-8 */
	sc_currency currency;
	int			exponent;
	sc_currency_source source;
} unit_entry;

static size_t group_space_length(const char *p, const char *end);
static size_t blank_length(const char *p, const char *end);
static const char *skip_blanks(const char *p, const char *end);
static size_t sign_length(const char *p, const char *end);
static bool is_word_char(const char *p, const char *end);
static const char *match_word(const char *p, const char *end, const char *word);
static const char *match_entry(const char *p, const char *end,
							   const word_entry *entries, int *value);
static const char *skip_word(const char *p, const char *end);
static const char *parse_digits(const char *p, const char *end,
								sc_int128 *value, int *count);
static sc_money_status parse_number(const char *p, const char *end,
									const char **next,
									sc_int128 *ore);
static sc_money_status parse_amount(const char *p, const char *end,
									const char **next, int64_t *ore,
									bool *has_currency);
static const char *parse_separator(const char *p, const char *end,
								   const word_entry *words);
static sc_money_status parse_rate_at(const char *p, const char *end,
									 const char **next, sc_fee_rate *rate,
									 bool *committed);
static bool can_start_phrase(const char *s, size_t i, size_t len);
static sc_money_status round_quotient(sc_int128 num, sc_int128 den,
									  int64_t unit, int64_t *out);
static sc_money_status annual_fee128(const sc_fee_rate *rate,
									 int64_t inhabitants, sc_int128 *fee);
static void count_days(int32_t first, int32_t last,
					   int64_t *common_days, int64_t *leap_days);

static const word_entry prefix_currency[] = {
	{"sek", 0},
	{NULL, 0}
};

static const word_entry suffix_currency[] = {
	{"kronor", 0}, {"krona", 0}, {"kr.", 0}, {"kr", 0}, {"sek", 0},
	{NULL, 0}
};

/* Between the amount and what it is charged per. */
static const word_entry per_words[] = {
	{"per", 0},
	{NULL, 0}
};

/* Between the basis and the period: "per invånare och år". */
static const word_entry and_words[] = {
	{"per", 0}, {"och", 0}, {"and", 0},
	{NULL, 0}
};

static const word_entry basis_words[] = {
	{"invånare", SC_BASIS_INHABITANT},
	{"invånre", SC_BASIS_INHABITANT},
	{"inv.", SC_BASIS_INHABITANT},
	{"inv", SC_BASIS_INHABITANT},
	{"inhabitant", SC_BASIS_INHABITANT},
	{"capita", SC_BASIS_INHABITANT},
	{"resident", SC_BASIS_INHABITANT},
	{NULL, 0}
};

static const word_entry flat_words[] = {
	{"flat", SC_BASIS_FLAT},
	{NULL, 0}
};

/* Codes before an amount: "SEK 21", "€2". */
static const unit_entry money_prefixes[] = {
	{"sek", SC_CURRENCY_SEK, 0, SC_CURRENCY_NAMED},
	{"dkk", SC_CURRENCY_DKK, 0, SC_CURRENCY_NAMED},
	{"nok", SC_CURRENCY_NOK, 0, SC_CURRENCY_NAMED},
	{"eur", SC_CURRENCY_EUR, 0, SC_CURRENCY_NAMED},
	{"€", SC_CURRENCY_EUR, 0, SC_CURRENCY_NAMED},
	{NULL, 0, 0, 0}
};

/* Units after an amount, a longer word before its prefix ("kr." before "kr"). */
static const unit_entry money_units[] = {
	{"kronor", SC_CURRENCY_SEK, 0, SC_CURRENCY_KRONOR},
	{"krona", SC_CURRENCY_SEK, 0, SC_CURRENCY_KRONOR},
	{"kroner", SC_CURRENCY_DKK, 0, SC_CURRENCY_KRONER},
	/* a krone named by its country: "2,88 danske kroner per indbygger" */
	{"danske kroner", SC_CURRENCY_DKK, 0, SC_CURRENCY_NAMED},
	{"danska kronor", SC_CURRENCY_DKK, 0, SC_CURRENCY_NAMED},
	{"norske kroner", SC_CURRENCY_NOK, 0, SC_CURRENCY_NAMED},
	{"norska kronor", SC_CURRENCY_NOK, 0, SC_CURRENCY_NAMED},
	{"svenske kroner", SC_CURRENCY_SEK, 0, SC_CURRENCY_NAMED},
	{"svenska kronor", SC_CURRENCY_SEK, 0, SC_CURRENCY_NAMED},
	{"kr.", SC_CURRENCY_SEK, 0, SC_CURRENCY_KRONOR},
	{"kr", SC_CURRENCY_SEK, 0, SC_CURRENCY_KRONOR},
	{"sek", SC_CURRENCY_SEK, 0, SC_CURRENCY_NAMED},
	{"dkk", SC_CURRENCY_DKK, 0, SC_CURRENCY_NAMED},
	{"nok", SC_CURRENCY_NOK, 0, SC_CURRENCY_NAMED},
	{"eur", SC_CURRENCY_EUR, 0, SC_CURRENCY_NAMED},
	{"euro", SC_CURRENCY_EUR, 0, SC_CURRENCY_NAMED},
	{"€", SC_CURRENCY_EUR, 0, SC_CURRENCY_NAMED},
	{"tkr.", SC_CURRENCY_SEK, 3, SC_CURRENCY_KRONOR},
	{"tkr", SC_CURRENCY_SEK, 3, SC_CURRENCY_KRONOR},
	{"tsek", SC_CURRENCY_SEK, 3, SC_CURRENCY_NAMED},
	{"tusen kronor", SC_CURRENCY_SEK, 3, SC_CURRENCY_KRONOR},
	{"tusen kr", SC_CURRENCY_SEK, 3, SC_CURRENCY_KRONOR},
	{"mnkr.", SC_CURRENCY_SEK, 6, SC_CURRENCY_KRONOR},
	{"mnkr", SC_CURRENCY_SEK, 6, SC_CURRENCY_KRONOR},
	{"mkr", SC_CURRENCY_SEK, 6, SC_CURRENCY_KRONOR},
	{"msek", SC_CURRENCY_SEK, 6, SC_CURRENCY_NAMED},
	{"miljoner kronor", SC_CURRENCY_SEK, 6, SC_CURRENCY_KRONOR},
	{"miljoner kr", SC_CURRENCY_SEK, 6, SC_CURRENCY_KRONOR},
	{"miljon kronor", SC_CURRENCY_SEK, 6, SC_CURRENCY_KRONOR},
	{"milj. kr", SC_CURRENCY_SEK, 6, SC_CURRENCY_KRONOR},
	{"milj kr", SC_CURRENCY_SEK, 6, SC_CURRENCY_KRONOR},
	{"mio. kr.", SC_CURRENCY_DKK, 6, SC_CURRENCY_KRONER},
	{"mio. kr", SC_CURRENCY_DKK, 6, SC_CURRENCY_KRONER},
	{"mio kr", SC_CURRENCY_DKK, 6, SC_CURRENCY_KRONER},
	{"mio. kroner", SC_CURRENCY_DKK, 6, SC_CURRENCY_KRONER},
	{"millioner kroner", SC_CURRENCY_DKK, 6, SC_CURRENCY_KRONER},
	{"mio. euro", SC_CURRENCY_EUR, 6, SC_CURRENCY_NAMED},
	{"mdkr", SC_CURRENCY_SEK, 9, SC_CURRENCY_KRONOR},
	{"miljarder kronor", SC_CURRENCY_SEK, 9, SC_CURRENCY_KRONOR},
	{"mia. kr.", SC_CURRENCY_DKK, 9, SC_CURRENCY_KRONER},
	{"mia. kr", SC_CURRENCY_DKK, 9, SC_CURRENCY_KRONER},
	{"öre", SC_CURRENCY_SEK, -2, SC_CURRENCY_NAMED},
	{"øre", SC_CURRENCY_DKK, -2, SC_CURRENCY_KRONER},
	{NULL, 0, 0, 0}
};

static const char *const currency_codes[SC_CURRENCY_COUNT] = {"SEK", "DKK", "NOK", "EUR"};
static const int currency_numbers[SC_CURRENCY_COUNT] = {752, 208, 578, 978};

static const word_entry period_words[] = {
	{"år", SC_PERIOD_YEAR},
	{"året", SC_PERIOD_YEAR},
	{"year", SC_PERIOD_YEAR},
	{"annum", SC_PERIOD_YEAR},
	{"kvartal", SC_PERIOD_QUARTER},
	{"kvartalet", SC_PERIOD_QUARTER},
	{"quarter", SC_PERIOD_QUARTER},
	{"månad", SC_PERIOD_MONTH},
	{"månaden", SC_PERIOD_MONTH},
	{"mån", SC_PERIOD_MONTH},
	{"month", SC_PERIOD_MONTH},
	{NULL, 0}
};

/* ----------------------------------------------------------------------
 * Lexical helpers
 * ----------------------------------------------------------------------
 */

/* Spaces that may group digits: space, no-break, narrow no-break, thin. */
static size_t
group_space_length(const char *p, const char *end)
{
	size_t		left = end - p;

	if (left >= 1 && p[0] == ' ')
		return 1;
	if (left >= 2 && memcmp(p, "\xc2\xa0", 2) == 0)
		return 2;
	if (left >= 3 && (memcmp(p, "\xe2\x80\xaf", 3) == 0 ||
					  memcmp(p, "\xe2\x80\x89", 3) == 0))
		return 3;
	return 0;
}

static size_t
blank_length(const char *p, const char *end)
{
	if (p < end && (*p == '\t' || *p == '\n' || *p == '\r' ||
					*p == '\f' || *p == '\v'))
		return 1;
	return group_space_length(p, end);
}

static const char *
skip_blanks(const char *p, const char *end)
{
	size_t		n;

	while ((n = blank_length(p, end)) > 0)
		p += n;
	return p;
}

/* "-", "+" or U+2212 MINUS SIGN. */
static size_t
sign_length(const char *p, const char *end)
{
	if (p < end && (*p == '-' || *p == '+'))
		return 1;
	if (end - p >= 3 && memcmp(p, "\xe2\x88\x92", 3) == 0)
		return 3;
	return 0;
}

/*
 * Letters and digits end a word only where they stop; any non-ASCII
 * character other than a space counts as a letter, which covers å, ä, ö
 * and the Danish letters without a table.
 */
static bool
is_word_char(const char *p, const char *end)
{
	unsigned char c;

	if (p >= end)
		return false;
	c = (unsigned char) *p;
	if (c >= 0x80)
		return blank_length(p, end) == 0 && sign_length(p, end) == 0;
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		(c >= 'A' && c <= 'Z');
}

/*
 * Matches a lower-case word at p, letters compared with their case folded
 * (words.c).  The word must end where the text's word ends, unless it
 * ends in a full stop ("inv.").  Returns the end of the match, or NULL.
 */
static const char *
match_word(const char *p, const char *end, const char *word)
{
	size_t		n = sc_match_folded(p, end - p, word);

	/* "€2": a symbol, like a full stop, ends a word of its own */
	if (n == 0 || (word[n - 1] != '.' && strcmp(word, "€") != 0 &&
				   is_word_char(p + n, end)))
		return NULL;
	return p + n;
}

static const char *
match_entry(const char *p, const char *end, const word_entry *entries,
			int *value)
{
	for (const word_entry *e = entries; e->word != NULL; e++)
	{
		const char *next = match_word(p, end, e->word);

		if (next != NULL)
		{
			*value = e->value;
			return next;
		}
	}
	return NULL;
}

static const char *
skip_word(const char *p, const char *end)
{
	while (is_word_char(p, end))
		p++;
	return p;
}

/* ----------------------------------------------------------------------
 * Amounts
 * ----------------------------------------------------------------------
 */

/* v * 10, for numbers below OVERFLOW_CAP: it cannot overflow. */
static sc_int128
times_ten(sc_int128 v)
{
	sc_int128	r = v;

	(void) sc_i128_mul_overflow(v, sc_i128(10), &r);
	return r;
}

/*
 * Reads decimal digits into *value, saturating at OVERFLOW_CAP so that
 * the caller can still tell a long number from a malformed one.
 */
static const char *
parse_digits(const char *p, const char *end, sc_int128 *value,
			 int *count)
{
	*count = 0;
	while (p < end && *p >= '0' && *p <= '9')
	{
		if (sc_i128_cmp(*value, OVERFLOW_CAP) < 0)
			*value = sc_i128_add(times_ten(*value), sc_i128(*p - '0'));
		p++;
		(*count)++;
	}
	return p;
}

/* Three digits at p and no fourth: one group of a grouped number. */
static bool
is_digit_group(const char *p, const char *end)
{
	return end - p >= 3 &&
		p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' &&
		p[2] >= '0' && p[2] <= '9' &&
		!(end - p > 3 && p[3] >= '0' && p[3] <= '9');
}

/*
 * The end of a run of ".ddd" groups at p, or p.  A point groups thousands
 * (as in Danish and German, and Swedish pages that follow them) only where
 * it cannot be a decimal point: two groups or more ("1.234.567"), or one
 * before a decimal comma or ",-" ("1.234,56", "1.234,-").  "1.234" alone
 * stays three decimals, which an amount cannot have.
 */
static const char *
point_groups_end(const char *p, const char *end)
{
	const char *q = p;
	int			groups = 0;

	while (end - q >= 4 && q[0] == '.' && is_digit_group(q + 1, end))
	{
		q += 4;
		groups++;
	}
	if (groups >= 2 ||
		(groups == 1 && end - q >= 2 && q[0] == ',' &&
		 ((q[1] >= '0' && q[1] <= '9') || q[1] == '-')))
		return q;
	return p;
}

/*
 * The unsigned number of an amount as digits and decimals: *value is the
 * number times 10^*decimals.  Groups of three digits after a space (or a
 * point, see point_groups_end) are part of the number only if the first
 * group is at most three digits long, so "2016 150" is not read as one
 * number.
 */
static sc_money_status
parse_decimal(const char *p, const char *end, const char **next,
			  sc_int128 *value, int *decimals)
{
	int			digits;
	bool		point_grouped = false;

	*value = sc_i128(0);
	*decimals = 0;
	p = parse_digits(p, end, value, &digits);
	if (digits == 0)
		return SC_MONEY_SYNTAX;
	if (digits <= 3)
	{
		const char *grouped_end = point_groups_end(p, end);
		size_t		sp;

		point_grouped = grouped_end != p;
		while (p < grouped_end)
			p = parse_digits(p + 1, end, value, &digits);
		while (!point_grouped && (sp = group_space_length(p, end)) > 0 &&
			   is_digit_group(p + sp, end))
			p = parse_digits(p + sp, end, value, &digits);
	}
	if (end - p >= 2 && (*p == ':' || *p == ',') && p[1] == '-')
		p += 2;					/* "21:-", whole kronor */
	else if (end - p >= 2 && (*p == ',' || (*p == '.' && !point_grouped)) &&
			 p[1] >= '0' && p[1] <= '9')
		p = parse_digits(p + 1, end, value, decimals);
	*next = p;
	return SC_MONEY_OK;
}

/*
 * A number of decimals scaled to minor units of a unit worth
 * 10^exponent main units: exact, or SC_MONEY_PRECISION.  The value is
 * below 2^80 and at most 11 powers of ten are applied: no overflow.
 */
static sc_money_status
scale_to_minor(sc_int128 value, int decimals, int exponent, sc_int128 *minor)
{
	int			shift = 2 + exponent - decimals;

	if (shift < 0)
		return SC_MONEY_PRECISION;
	for (int i = 0; i < shift; i++)
		value = times_ten(value);
	*minor = value;
	return SC_MONEY_OK;
}

/* The unsigned number of an amount of kronor, in öre: two decimals. */
static sc_money_status
parse_number(const char *p, const char *end, const char **next,
			 sc_int128 *ore)
{
	sc_int128	value;
	int			decimals;
	sc_money_status status = parse_decimal(p, end, next, &value, &decimals);

	if (status != SC_MONEY_OK)
		return status;
	return scale_to_minor(value, decimals, 0, ore);
}

/*
 * A signed amount with its currency, if any, at p.  Trailing blanks are
 * left unread unless a currency word follows them.
 */
static sc_money_status
parse_amount(const char *p, const char *end, const char **next,
			 int64_t *ore, bool *has_currency)
{
	sc_int128	magnitude;
	bool		negative = false;
	bool		prefix;
	size_t		n;
	int			unused;
	const char *q;
	sc_money_status status;

	if ((n = sign_length(p, end)) > 0)
	{
		negative = (*p != '+');
		p += n;
	}
	q = match_entry(p, end, prefix_currency, &unused);
	prefix = (q != NULL);
	if (prefix)
	{
		p = skip_blanks(q, end);
		if (n == 0 && (n = sign_length(p, end)) > 0)
		{
			negative = (*p != '+');
			p += n;
		}
	}
	status = parse_number(p, end, &p, &magnitude);
	if (status != SC_MONEY_OK)
		return status;
	*has_currency = prefix;
	if (!prefix &&
		(q = match_entry(skip_blanks(p, end), end, suffix_currency,
						 &unused)) != NULL)
	{
		p = q;
		*has_currency = true;
	}
	/* Negate in 128 bits: -INT64_MIN does not exist in 64. */
	if (!sc_i128_to_int64(negative ? sc_i128_neg(magnitude) : magnitude, ore))
		return SC_MONEY_RANGE;
	*next = p;
	return SC_MONEY_OK;
}

sc_money_status
sc_sek_parse(const char *s, size_t len, int64_t *ore)
{
	const char *end = s + len;
	const char *p;
	bool		has_currency;
	sc_money_status status;

	status = parse_amount(skip_blanks(s, end), end, &p, ore, &has_currency);
	if (status != SC_MONEY_OK)
		return status;
	return skip_blanks(p, end) == end ? SC_MONEY_OK : SC_MONEY_SYNTAX;
}

void
sc_sek_format(int64_t ore, char *buf)
{
	/* The magnitude of INT64_MIN only fits unsigned. */
	uint64_t	magnitude = ore < 0 ? 0 - (uint64_t) ore : (uint64_t) ore;

	snprintf(buf, SC_SEK_TEXT_SIZE, "%s%" PRIu64 ".%02u kr",
			 ore < 0 ? "-" : "", magnitude / 100, (unsigned) (magnitude % 100));
}

sc_money_status
sc_sek_add(int64_t a, int64_t b, int64_t *out)
{
	return __builtin_add_overflow(a, b, out) ? SC_MONEY_RANGE : SC_MONEY_OK;
}

sc_money_status
sc_sek_sub(int64_t a, int64_t b, int64_t *out)
{
	return __builtin_sub_overflow(a, b, out) ? SC_MONEY_RANGE : SC_MONEY_OK;
}

sc_money_status
sc_sek_neg(int64_t a, int64_t *out)
{
	return sc_sek_sub(0, a, out);
}

sc_money_status
sc_sek_mul(int64_t a, int64_t factor, int64_t *out)
{
	return __builtin_mul_overflow(a, factor, out) ? SC_MONEY_RANGE : SC_MONEY_OK;
}

sc_money_status
sc_sek_div(int64_t a, int64_t divisor, int64_t *out)
{
	return round_quotient(sc_i128(a), sc_i128(divisor), 1, out);
}

sc_money_status
sc_sek_mean(sc_int128 sum, int64_t count, int64_t *out)
{
	return round_quotient(sum, sc_i128(count), 1, out);
}

/*
 * num / den rounded to a multiple of unit öre, halves away from zero.
 * The operands come from int64 values and small factors, far inside the
 * 128-bit range, so negating them and doubling the remainder is safe.
 */
static sc_money_status
round_quotient(sc_int128 num, sc_int128 den, int64_t unit, int64_t *out)
{
	sc_int128	divisor;
	sc_int128	quotient;
	sc_int128	remainder;
	sc_int128	result;

	if (sc_i128_cmp(den, sc_i128(0)) == 0)
		return SC_MONEY_DIVISION_BY_ZERO;
	if (sc_i128_is_negative(den))
	{
		num = sc_i128_neg(num);
		den = sc_i128_neg(den);
	}
	if (sc_i128_mul_overflow(den, sc_i128(unit), &divisor))
		return SC_MONEY_RANGE;
	sc_i128_divmod(num, divisor, &quotient, &remainder);
	if (sc_i128_is_negative(remainder))
		remainder = sc_i128_neg(remainder);
	/* 2 |remainder| >= divisor, without doubling */
	if (sc_i128_cmp(remainder, sc_i128_add(divisor, sc_i128_neg(remainder))) >= 0)
		quotient = sc_i128_add(quotient, sc_i128(sc_i128_is_negative(num) ? -1 : 1));
	if (sc_i128_mul_overflow(quotient, sc_i128(unit), &result) ||
		!sc_i128_to_int64(result, out))
		return SC_MONEY_RANGE;
	return SC_MONEY_OK;
}

/* ----------------------------------------------------------------------
 * Fee rates
 * ----------------------------------------------------------------------
 */

/*
 * "/" with optional blanks around it, or one of words with blanks on both
 * sides.  Returns where the next word starts, or NULL.
 */
static const char *
parse_separator(const char *p, const char *end, const word_entry *words)
{
	const char *q = skip_blanks(p, end);
	const char *after;
	int			unused;

	if (q < end && *q == '/')
		return skip_blanks(q + 1, end);
	if (q == p || (after = match_entry(q, end, words, &unused)) == NULL)
		return NULL;
	q = skip_blanks(after, end);
	return q == after ? NULL : q;
}

/*
 * A rate at p.  *committed says that the text began as a rate (an amount
 * with its currency and a separator), so that a failure is worth
 * reporting; *next is the end of the rate, or of the word that broke it.
 */
static sc_money_status
parse_rate_at(const char *p, const char *end, const char **next,
			  sc_fee_rate *rate, bool *committed)
{
	bool		has_currency;
	int			value;
	const char *q;
	const char *r;
	sc_money_status status;

	*committed = false;
	status = parse_amount(p, end, &q, &rate->amount, &has_currency);
	if (status != SC_MONEY_OK)
		return status;
	if (!has_currency || (q = parse_separator(q, end, per_words)) == NULL)
		return SC_MONEY_SYNTAX;
	*committed = true;
	*next = skip_word(q, end);
	if (rate->amount < 0)
		return SC_MONEY_NEGATIVE_RATE;
	if (rate->amount > SC_FEE_RATE_MAX_AMOUNT)
		return SC_MONEY_RANGE;
	if ((r = match_entry(q, end, period_words, &value)) != NULL)
	{
		rate->basis = SC_BASIS_FLAT;
		rate->period = (sc_fee_period) value;
		*next = r;
		return SC_MONEY_OK;
	}
	if ((r = match_entry(q, end, basis_words, &value)) == NULL)
		return SC_MONEY_UNKNOWN_BASIS;
	rate->basis = (sc_fee_basis) value;
	*next = r;
	if ((q = parse_separator(r, end, and_words)) == NULL)
		return SC_MONEY_MISSING_PERIOD;
	*next = skip_word(q, end);
	if ((r = match_entry(q, end, period_words, &value)) == NULL)
		return SC_MONEY_UNKNOWN_PERIOD;
	rate->period = (sc_fee_period) value;
	*next = r;
	return SC_MONEY_OK;
}

sc_money_status
sc_fee_rate_parse(const char *s, size_t len, sc_fee_rate *rate)
{
	const char *end = s + len;
	const char *p = s;
	bool		committed;
	sc_money_status status;

	status = parse_rate_at(skip_blanks(s, end), end, &p, rate, &committed);
	if (status != SC_MONEY_OK)
		return status;
	return skip_blanks(p, end) == end ? SC_MONEY_OK : SC_MONEY_SYNTAX;
}

/*
 * A phrase may start with a sign, a digit or "SEK", where no word or
 * number runs into it from the left ("1.21 kr" is not "21 kr").
 */
static bool
can_start_phrase(const char *s, size_t i, size_t len)
{
	const char *end = s + len;
	char		c = s[i];
	size_t		prev = i;

	if (!(c >= '0' && c <= '9') && c != 's' && c != 'S' &&
		sign_length(s + i, end) == 0)
		return false;
	if (i == 0)
		return true;
	do
		prev--;
	while (prev > 0 && ((unsigned char) s[prev] & 0xc0) == 0x80);
	return !is_word_char(s + prev, end) && s[prev] != '.' && s[prev] != ',';
}

sc_money_status
sc_fee_rate_scan(const char *s, size_t len, sc_fee_rate *rate,
				 size_t *start, size_t *end)
{
	for (size_t i = 0; i < len; i++)
	{
		const char *next = s + i;
		bool		committed;
		sc_money_status status;

		if (!can_start_phrase(s, i, len))
			continue;
		status = parse_rate_at(s + i, s + len, &next, rate, &committed);
		if (status == SC_MONEY_OK || committed)
		{
			*start = i;
			*end = next - s;
			return status;
		}
	}
	return SC_MONEY_SYNTAX;
}

void
sc_fee_rate_format(const sc_fee_rate *rate, char *buf)
{
	static const char *const period_sv[] = {"månad", "kvartal", "år"};
	char		amount[SC_SEK_TEXT_SIZE];

	sc_sek_format(rate->amount, amount);
	snprintf(buf, SC_FEE_RATE_TEXT_SIZE, "%s%s/%s", amount,
			 rate->basis == SC_BASIS_INHABITANT ? "/invånare" : "",
			 period_sv[rate->period]);
}

/*
 * Bit 63 is zero, bit 62 the basis, bits 61..60 the period, bits 59..0
 * the amount: signed order is then basis, period, amount.
 */
int64_t
sc_fee_rate_pack(const sc_fee_rate *rate)
{
	return ((int64_t) rate->basis << 62) | ((int64_t) rate->period << 60) |
		rate->amount;
}

bool
sc_fee_rate_unpack(int64_t packed, sc_fee_rate *rate)
{
	int			period = (int) ((packed >> 60) & 3);

	if (packed < 0 || period > SC_PERIOD_YEAR)
		return false;
	rate->basis = (sc_fee_basis) ((packed >> 62) & 1);
	rate->period = (sc_fee_period) period;
	rate->amount = packed & SC_FEE_RATE_MAX_AMOUNT;
	return true;
}

sc_money_status
sc_fee_rate_make(int64_t amount, sc_fee_basis basis, sc_fee_period period,
				 sc_fee_rate *rate)
{
	if (amount < 0)
		return SC_MONEY_NEGATIVE_RATE;
	if (amount > SC_FEE_RATE_MAX_AMOUNT)
		return SC_MONEY_RANGE;
	rate->amount = amount;
	rate->basis = basis;
	rate->period = period;
	return SC_MONEY_OK;
}

const char *
sc_fee_basis_name(sc_fee_basis basis)
{
	return basis == SC_BASIS_INHABITANT ? "inhabitant" : "flat";
}

const char *
sc_fee_period_name(sc_fee_period period)
{
	static const char *const names[] = {"month", "quarter", "year"};

	return names[period];
}

/* A whole string naming a basis: "flat", or any basis word of the input. */
bool
sc_fee_basis_from_name(const char *s, size_t len, sc_fee_basis *basis)
{
	const char *end = s + len;
	const char *q;
	int			value;

	if ((q = match_entry(s, end, flat_words, &value)) == NULL &&
		(q = match_entry(s, end, basis_words, &value)) == NULL)
		return false;
	*basis = (sc_fee_basis) value;
	return q == end;
}

bool
sc_fee_period_from_name(const char *s, size_t len, sc_fee_period *period)
{
	const char *end = s + len;
	const char *q;
	int			value;

	if ((q = match_entry(s, end, period_words, &value)) == NULL)
		return false;
	*period = (sc_fee_period) value;
	return q == end;
}

int
sc_fee_periods_per_year(sc_fee_period period)
{
	static const int periods[] = {12, 4, 1};

	return periods[period];
}

/* ----------------------------------------------------------------------
 * Fees
 * ----------------------------------------------------------------------
 */

static sc_money_status
annual_fee128(const sc_fee_rate *rate, int64_t inhabitants, sc_int128 *fee)
{
	int64_t		count = rate->basis == SC_BASIS_INHABITANT ? inhabitants : 1;
	sc_int128	per_period;

	if (inhabitants < 0)
		return SC_MONEY_NEGATIVE_INHABITANTS;
	/* At most 2^60 * 2^63 * 12 < 2^127: neither product can overflow. */
	if (sc_i128_mul_overflow(sc_i128(rate->amount), sc_i128(count), &per_period) ||
		sc_i128_mul_overflow(per_period, sc_i128(sc_fee_periods_per_year(rate->period)), fee))
		return SC_MONEY_RANGE;
	return SC_MONEY_OK;
}

sc_money_status
sc_fee_annual(const sc_fee_rate *rate, int64_t inhabitants, int64_t *fee)
{
	sc_int128	annual;
	sc_money_status status = annual_fee128(rate, inhabitants, &annual);

	if (status != SC_MONEY_OK)
		return status;
	return round_quotient(annual, sc_i128(1), 1, fee);
}

/* Splits [first, last] into days of common years and days of leap years. */
static void
count_days(int32_t first, int32_t last, int64_t *common_days,
		   int64_t *leap_days)
{
	int			first_year;
	int			last_year;
	int			month;
	int			day;

	sc_civil_from_days(first, &first_year, &month, &day);
	sc_civil_from_days(last, &last_year, &month, &day);
	*common_days = 0;
	*leap_days = 0;
	for (int year = first_year; year <= last_year; year++)
	{
		int32_t		from = sc_days_from_civil(year, 1, 1);
		int32_t		to = from + sc_days_in_year(year) - 1;
		int64_t		days = (to < last ? to : last) - (from > first ? from : first) + 1;

		if (sc_is_leap_year(year))
			*leap_days += days;
		else
			*common_days += days;
	}
}

/*
 * Each day is worth annual / 365 or annual / 366, so the fee is
 * annual * (366 * common + 365 * leap) / (365 * 366), rounded once.
 */
sc_money_status
sc_fee_for_days(const sc_fee_rate *rate, int64_t inhabitants,
				int32_t first, int32_t last, sc_rounding rounding,
				int64_t *fee)
{
	sc_int128	annual;
	sc_money_status status = annual_fee128(rate, inhabitants, &annual);

	if (status != SC_MONEY_OK)
		return status;
	return sc_annual_for_days(annual, first, last, rounding, fee);
}

sc_money_status
sc_annual_for_days(sc_int128 annual, int32_t first, int32_t last,
				   sc_rounding rounding, int64_t *fee)
{
	sc_int128	weighted;
	int64_t		common_days;
	int64_t		leap_days;

	if (first > last)
	{
		*fee = 0;
		return SC_MONEY_OK;
	}
	if (first < SC_MIN_DAY || last > SC_MAX_DAY)
		return SC_MONEY_UNBOUNDED;
	count_days(first, last, &common_days, &leap_days);
	if (sc_i128_mul_overflow(annual, sc_i128(366 * common_days + 365 * leap_days),
							 &weighted))
		return SC_MONEY_RANGE;
	return round_quotient(weighted, sc_i128(DAYS_365_TIMES_366),
						  rounding == SC_ROUND_KRONA ? 100 : 1, fee);
}

sc_money_status
sc_fee_for_period(const sc_fee_rate *rate, int64_t inhabitants,
				  int32_t member_first, int32_t member_last,
				  int32_t from, int32_t to, sc_rounding rounding,
				  int64_t *fee)
{
	if (from > to)
		return SC_MONEY_REVERSED_PERIOD;
	return sc_fee_for_days(rate, inhabitants,
						   member_first > from ? member_first : from,
						   member_last < to ? member_last : to,
						   rounding, fee);
}

/* ----------------------------------------------------------------------
 * Amounts in a currency
 * ----------------------------------------------------------------------
 */

const char *
sc_lex_skip_blanks(const char *p, const char *end)
{
	return skip_blanks(p, end);
}

const char *
sc_lex_skip_word(const char *p, const char *end)
{
	return skip_word(p, end);
}

const char *
sc_lex_match(const char *p, const char *end, const sc_word_entry *entries,
			 int *value)
{
	return match_entry(p, end, entries, value);
}

const char *
sc_lex_separator(const char *p, const char *end, const sc_word_entry *words)
{
	return parse_separator(p, end, words);
}

const sc_word_entry sc_lex_period_words[] = {
	{"år", SC_PERIOD_YEAR},
	{"året", SC_PERIOD_YEAR},
	{"year", SC_PERIOD_YEAR},
	{"annum", SC_PERIOD_YEAR},
	{"kvartal", SC_PERIOD_QUARTER},
	{"kvartalet", SC_PERIOD_QUARTER},
	{"quarter", SC_PERIOD_QUARTER},
	{"månad", SC_PERIOD_MONTH},
	{"månaden", SC_PERIOD_MONTH},
	{"mån", SC_PERIOD_MONTH},
	{"måned", SC_PERIOD_MONTH},
	{"måneden", SC_PERIOD_MONTH},
	{"month", SC_PERIOD_MONTH},
	{NULL, 0}
};

static const unit_entry *
match_unit(const char *p, const char *end, const unit_entry *units)
{
	for (const unit_entry *u = units; u->word != NULL; u++)
		if (match_word(p, end, u->word) != NULL)
			return u;
	return NULL;
}

/* An optional sign at *p, read past; true if it is a minus. */
static bool
read_sign(const char **p, const char *end, bool *had_sign)
{
	size_t		n = sign_length(*p, end);

	*had_sign = n > 0;
	if (n == 0)
		return false;
	*p += n;
	return (*p)[-1] != '+';
}

sc_money_status
sc_lex_money(const char *p, const char *end, const char **next,
			 sc_amount *amount, sc_currency_source *source)
{
	bool		had_sign;
	bool		negative = read_sign(&p, end, &had_sign);
	const unit_entry *unit = match_unit(p, end, money_prefixes);
	sc_int128	value;
	sc_int128	minor;
	int			decimals;
	sc_money_status status;

	if (unit != NULL)
	{
		p = skip_blanks(match_word(p, end, unit->word), end);
		if (!had_sign)
			negative = read_sign(&p, end, &had_sign);
	}
	status = parse_decimal(p, end, &p, &value, &decimals);
	if (status != SC_MONEY_OK)
		return status;
	if (unit == NULL)
	{
		const char *q = skip_blanks(p, end);

		if ((unit = match_unit(q, end, money_units)) == NULL)
			return SC_MONEY_MISSING_CURRENCY;
		p = match_word(q, end, unit->word);
	}
	status = scale_to_minor(value, decimals, unit->exponent, &minor);
	if (status != SC_MONEY_OK)
		return status;
	if (!sc_i128_to_int64(negative ? sc_i128_neg(minor) : minor, &amount->minor))
		return SC_MONEY_RANGE;
	amount->currency = unit->currency;
	*source = unit->source;
	*next = p;
	return SC_MONEY_OK;
}

sc_money_status
sc_lex_percent(const char *p, const char *end, const char **next,
			   int32_t *millionths)
{
	static const word_entry percent_words[] = {
		{"procent", 0}, {"percent", 0}, {"pct.", 0}, {NULL, 0}
	};

	return sc_lex_percent_in(p, end, percent_words, next, millionths);
}

sc_money_status
sc_lex_percent_in(const char *p, const char *end, const sc_word_entry *percent_words,
				  const char **next, int32_t *millionths)
{
	sc_int128	value;
	sc_int128	scaled;
	int			decimals;
	int			unused;
	int64_t		whole;
	sc_money_status status = parse_decimal(p, end, &p, &value, &decimals);

	if (status != SC_MONEY_OK)
		return status;
	p = skip_blanks(p, end);
	if (p < end && *p == '%')
		p++;
	else if ((p = match_entry(p, end, percent_words, &unused)) == NULL)
		return SC_MONEY_SYNTAX;
	/* millionths are percent with four decimals: the exponent of öre, 2 */
	status = scale_to_minor(value, decimals, 2, &scaled);
	if (status != SC_MONEY_OK)
		return status;
	if (!sc_i128_to_int64(scaled, &whole) || whole > 1000000)
		return SC_MONEY_SHARE_RANGE;
	*millionths = (int32_t) whole;
	*next = p;
	return SC_MONEY_OK;
}

sc_money_status
sc_amount_parse(const char *s, size_t len, sc_amount *amount)
{
	const char *end = s + len;
	const char *p;
	sc_currency_source source;
	sc_money_status status;

	status = sc_lex_money(skip_blanks(s, end), end, &p, amount, &source);
	if (status != SC_MONEY_OK)
		return status;
	return skip_blanks(p, end) == end ? SC_MONEY_OK : SC_MONEY_SYNTAX;
}

void
sc_amount_format(const sc_amount *amount, char *buf)
{
	uint64_t	magnitude = amount->minor < 0 ? 0 - (uint64_t) amount->minor
		: (uint64_t) amount->minor;

	snprintf(buf, SC_AMOUNT_TEXT_SIZE, "%s%" PRIu64 ".%02u %s",
			 amount->minor < 0 ? "-" : "", magnitude / 100,
			 (unsigned) (magnitude % 100), sc_currency_code(amount->currency));
}

const char *
sc_currency_code(sc_currency currency)
{
	return currency_codes[currency];
}

bool
sc_currency_from_code(const char *s, size_t len, sc_currency *currency)
{
	for (int c = 0; c < SC_CURRENCY_COUNT; c++)
		if (len == 3 && sc_match_folded(s, len, currency_codes[c]) == 3)
		{
			*currency = (sc_currency) c;
			return true;
		}
	return false;
}

int
sc_currency_number(sc_currency currency)
{
	return currency_numbers[currency];
}

bool
sc_currency_from_number(int number, sc_currency *currency)
{
	for (int c = 0; c < SC_CURRENCY_COUNT; c++)
		if (currency_numbers[c] == number)
		{
			*currency = (sc_currency) c;
			return true;
		}
	return false;
}

sc_money_status
sc_amount_add(const sc_amount *a, const sc_amount *b, sc_amount *out)
{
	if (a->currency != b->currency)
		return SC_MONEY_CURRENCY_MISMATCH;
	out->currency = a->currency;
	return sc_sek_add(a->minor, b->minor, &out->minor);
}

sc_money_status
sc_amount_sub(const sc_amount *a, const sc_amount *b, sc_amount *out)
{
	if (a->currency != b->currency)
		return SC_MONEY_CURRENCY_MISMATCH;
	out->currency = a->currency;
	return sc_sek_sub(a->minor, b->minor, &out->minor);
}

int
sc_amount_cmp(const sc_amount *a, const sc_amount *b)
{
	if (a->currency != b->currency)
		return a->currency < b->currency ? -1 : 1;
	return (a->minor > b->minor) - (a->minor < b->minor);
}

/* ----------------------------------------------------------------------
 * Apportionment
 * ----------------------------------------------------------------------
 */

/* Whether entry a takes a left-over unit before entry b. */
static bool
apportion_before(const sc_apportion_entry *a, const sc_apportion_entry *b)
{
	int			c = sc_i128_cmp(a->remainder, b->remainder);

	return c > 0 || (c == 0 && a->index < b->index);
}

/* Restores the heap below i (the entry that goes last at the root). */
static void
sift_down(sc_apportion_entry *heap, size_t n, size_t i)
{
	for (;;)
	{
		size_t		child = 2 * i + 1;
		sc_apportion_entry tmp;

		if (child >= n)
			return;
		if (child + 1 < n && apportion_before(&heap[child], &heap[child + 1]))
			child++;
		if (!apportion_before(&heap[i], &heap[child]))
			return;
		tmp = heap[i];
		heap[i] = heap[child];
		heap[child] = tmp;
		i = child;
	}
}

/* Heapsort into the order the left-over units are given in. */
static void
sort_remainders(sc_apportion_entry *entries, size_t n)
{
	for (size_t i = n / 2; i-- > 0;)
		sift_down(entries, n, i);
	for (size_t k = n; k-- > 1;)
	{
		sc_apportion_entry tmp = entries[0];

		entries[0] = entries[k];
		entries[k] = tmp;
		sift_down(entries, k, 0);
	}
}

sc_money_status
sc_apportion(int64_t total, const int64_t *weights, size_t n, int64_t whole,
			 int64_t *shares, sc_apportion_entry *scratch)
{
	sc_int128	magnitude = sc_i128(total);
	sc_int128	sum = sc_i128(0);
	sc_int128	denominator;
	sc_int128	target;
	sc_int128	given = sc_i128(0);
	int64_t		left;
	sc_money_status status;

	if (total == INT64_MIN)
		return SC_MONEY_RANGE;	/* its shares could not all be negated */
	if (total < 0)
		magnitude = sc_i128_neg(magnitude);
	for (size_t i = 0; i < n; i++)
	{
		if (weights[i] < 0)
			return SC_MONEY_NEGATIVE_WEIGHT;
		sum = sc_i128_add(sum, sc_i128(weights[i]));
	}
	denominator = whole == 0 ? sum : sc_i128(whole);
	if (whole < 0 || sc_i128_cmp(sum, denominator) > 0)
		return SC_MONEY_SHARE_RANGE;
	if (sc_i128_cmp(denominator, sc_i128(0)) == 0)
		return n == 0 ? SC_MONEY_OK : SC_MONEY_DIVISION_BY_ZERO;
	for (size_t i = 0; i < n; i++)
	{
		sc_int128	part;
		sc_int128	quotient;
		int64_t		share = 0;

		/* below 2^63 * 2^63: no overflow */
		(void) sc_i128_mul_overflow(magnitude, sc_i128(weights[i]), &part);
		sc_i128_divmod(part, denominator, &quotient, &scratch[i].remainder);
		scratch[i].index = i;
		(void) sc_i128_to_int64(quotient, &share);
		shares[i] = share;
		given = sc_i128_add(given, quotient);
	}
	/* the whole target: |total| * sum / denominator, rounded */
	(void) sc_i128_mul_overflow(magnitude, sum, &target);
	status = round_quotient(target, denominator, 1, &left);
	if (status != SC_MONEY_OK)
		return status;
	/* at most n units are left over: each share lost less than one */
	target = sc_i128_add(sc_i128(left), sc_i128_neg(given));
	sort_remainders(scratch, n);
	for (size_t k = 0; sc_i128_cmp(sc_i128(k), target) < 0 && k < n; k++)
		shares[scratch[k].index]++;
	if (total < 0)
		for (size_t i = 0; i < n; i++)
			shares[i] = -shares[i];
	return SC_MONEY_OK;
}
