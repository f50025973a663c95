/*
 * test_money.c
 *		Unit tests of amounts, fee rates and prorated fees in core/money.c.
 */
#include <inttypes.h>
#include <string.h>

#include "calendar.h"
#include "fee_rule.h"
#include "money.h"
#include "unit.h"

static void check_sek(const char *text, sc_money_status expected, int64_t ore);
static void check_sek_format(int64_t ore, const char *expected);
static void check_rate(const char *text, sc_money_status expected,
					   const char *canonical);
static void check_scan(const char *text, sc_money_status expected,
					   const char *phrase);
static void check_fee(const char *first, const char *last, int64_t amount,
					  int64_t inhabitants, sc_rounding rounding, int64_t expected);
static int32_t day(const char *iso);
static void test_amounts(void);
static void test_arithmetic(void);
static void test_rates(void);
static void test_scan(void);
static void test_packing(void);
static void test_fees(void);
static void test_currency_amounts(void);
static void test_rules(void);
static void test_rule_fees(void);
static void test_apportion(void);

static void
check_sek(const char *text, sc_money_status expected, int64_t ore)
{
	int64_t		got = 0;
	sc_money_status status = sc_sek_parse(text, strlen(text), &got);

	unit_check(status == expected && (status != SC_MONEY_OK || got == ore),
			   "sek \"%s\": status %d (want %d), %" PRId64 " öre (want %" PRId64 ")",
			   text, status, expected, got, ore);
}

static void
check_sek_format(int64_t ore, const char *expected)
{
	char		buf[SC_SEK_TEXT_SIZE];
	int64_t		back = 0;

	sc_sek_format(ore, buf);
	unit_check(strcmp(buf, expected) == 0 &&
			   sc_sek_parse(buf, strlen(buf), &back) == SC_MONEY_OK &&
			   back == ore,
			   "format %" PRId64 " is \"%s\" (want \"%s\") and parses back",
			   ore, buf, expected);
}

static void
check_rate(const char *text, sc_money_status expected, const char *canonical)
{
	sc_fee_rate rate;
	char		buf[SC_FEE_RATE_TEXT_SIZE] = "";
	sc_money_status status = sc_fee_rate_parse(text, strlen(text), &rate);

	if (status == SC_MONEY_OK)
		sc_fee_rate_format(&rate, buf);
	unit_check(status == expected &&
			   (status != SC_MONEY_OK || strcmp(buf, canonical) == 0),
			   "rate \"%s\": status %d (want %d), \"%s\" (want \"%s\")",
			   text, status, expected, buf, canonical ? canonical : "");
}

static void
check_scan(const char *text, sc_money_status expected, const char *phrase)
{
	sc_fee_rate rate;
	size_t		start = 0;
	size_t		end = 0;
	sc_money_status status = sc_fee_rate_scan(text, strlen(text), &rate,
											  &start, &end);
	bool		range_ok = phrase == NULL ||
		(end - start == strlen(phrase) &&
		 memcmp(text + start, phrase, end - start) == 0);

	unit_check(status == expected && range_ok,
			   "scan \"%s\": status %d (want %d), found \"%.*s\" (want \"%s\")",
			   text, status, expected, (int) (end - start), text + start,
			   phrase ? phrase : "");
}

static int32_t
day(const char *iso)
{
	int32_t		days = 0;

	sc_parse_iso_date(iso, strlen(iso), &days);
	return days;
}

static void
check_fee(const char *first, const char *last, int64_t amount,
		  int64_t inhabitants, sc_rounding rounding, int64_t expected)
{
	sc_fee_rate rate = {amount, SC_BASIS_INHABITANT, SC_PERIOD_YEAR};
	int64_t		fee = -1;
	sc_money_status status = sc_fee_for_days(&rate, inhabitants, day(first),
											 day(last), rounding, &fee);

	unit_check(status == SC_MONEY_OK && fee == expected,
			   "fee %s..%s of %" PRId64 " öre for %" PRId64 " inhabitants is %" PRId64 " (want %" PRId64 ")",
			   first, last, amount, inhabitants, fee, expected);
}

static void
test_amounts(void)
{
	check_sek("21", SC_MONEY_OK, 2100);
	check_sek("21.50", SC_MONEY_OK, 2150);
	check_sek("21,50 kr", SC_MONEY_OK, 2150);
	check_sek("21,5", SC_MONEY_OK, 2150);
	check_sek("1 234,56 kr", SC_MONEY_OK, 123456);
	check_sek("1\xc2\xa0" "234\xe2\x80\xaf" "567 kronor", SC_MONEY_OK, 123456700);
	check_sek("-3 kr", SC_MONEY_OK, -300);
	check_sek("\xe2\x88\x92" "3 kr", SC_MONEY_OK, -300);
	check_sek("+3 KR", SC_MONEY_OK, 300);
	check_sek("SEK 21", SC_MONEY_OK, 2100);
	check_sek("sek21", SC_MONEY_SYNTAX, 0);
	check_sek("SEK -21", SC_MONEY_OK, -2100);
	check_sek("-SEK 21", SC_MONEY_OK, -2100);
	check_sek("21 SEK", SC_MONEY_OK, 2100);
	check_sek("21 kr.", SC_MONEY_OK, 2100);
	check_sek("1 krona", SC_MONEY_OK, 100);
	check_sek("150 000:-", SC_MONEY_OK, 15000000);
	check_sek("21,-", SC_MONEY_OK, 2100);
	check_sek("  0.05 kr\t", SC_MONEY_OK, 5);
	check_sek("92233720368547758.07", SC_MONEY_OK, INT64_MAX);
	check_sek("-92233720368547758.08 kr", SC_MONEY_OK, INT64_MIN);
	check_sek("92233720368547758.08", SC_MONEY_RANGE, 0);
	check_sek("-92233720368547758.09", SC_MONEY_RANGE, 0);
	check_sek("99999999999999999999999999999999999999999", SC_MONEY_RANGE, 0);
	check_sek("21.505", SC_MONEY_PRECISION, 0);
	check_sek("1,234", SC_MONEY_PRECISION, 0);
	check_sek("", SC_MONEY_SYNTAX, 0);
	check_sek("kr", SC_MONEY_SYNTAX, 0);
	check_sek("21 kr kr", SC_MONEY_SYNTAX, 0);
	check_sek("SEK 21 kr", SC_MONEY_SYNTAX, 0);
	check_sek("--21", SC_MONEY_SYNTAX, 0);
	check_sek("- 21", SC_MONEY_SYNTAX, 0);
	check_sek("1 23", SC_MONEY_SYNTAX, 0);
	check_sek("12 3456", SC_MONEY_SYNTAX, 0);
	check_sek("1234 567", SC_MONEY_SYNTAX, 0);
	check_sek("21e3", SC_MONEY_SYNTAX, 0);
	check_sek("21 öre", SC_MONEY_SYNTAX, 0);
	check_sek("21.", SC_MONEY_SYNTAX, 0);
	check_sek(".5", SC_MONEY_SYNTAX, 0);
	check_sek("21 krona-x", SC_MONEY_SYNTAX, 0);

	/* a point groups thousands only where it cannot be a decimal point */
	check_sek("1.234,56 kr", SC_MONEY_OK, 123456);
	check_sek("12.345,6", SC_MONEY_OK, 1234560);
	check_sek("1.234.567 kr", SC_MONEY_OK, 123456700);
	check_sek("1.234.567,89 kr", SC_MONEY_OK, 123456789);
	check_sek("150.000,- kr", SC_MONEY_OK, 15000000);
	check_sek("-1.234,56", SC_MONEY_OK, -123456);
	check_sek("1.234", SC_MONEY_PRECISION, 0);
	check_sek("1.234.56", SC_MONEY_PRECISION, 0);
	check_sek("1234.567,00", SC_MONEY_PRECISION, 0);
	check_sek("1.234.567.89", SC_MONEY_SYNTAX, 0);
	check_sek("1.234 567", SC_MONEY_PRECISION, 0);
	check_sek("1.2345,00", SC_MONEY_PRECISION, 0);
	check_sek("92.233.720.368.547.758,07", SC_MONEY_OK, INT64_MAX);
	check_sek("92.233.720.368.547.758,08", SC_MONEY_RANGE, 0);

	check_sek_format(0, "0.00 kr");
	check_sek_format(5, "0.05 kr");
	check_sek_format(-1, "-0.01 kr");
	check_sek_format(21000000, "210000.00 kr");
	check_sek_format(INT64_MAX, "92233720368547758.07 kr");
	check_sek_format(INT64_MIN, "-92233720368547758.08 kr");
}

static void
test_arithmetic(void)
{
	int64_t		r = 0;
	sc_int128	three_maxima,
				three_minima;

	unit_check(sc_sek_add(INT64_MAX, 1, &r) == SC_MONEY_RANGE, "max + 1 overflows");
	unit_check(sc_sek_add(INT64_MAX - 1, 1, &r) == SC_MONEY_OK && r == INT64_MAX,
			   "max - 1 + 1 is max");
	unit_check(sc_sek_sub(INT64_MIN, 1, &r) == SC_MONEY_RANGE, "min - 1 overflows");
	unit_check(sc_sek_neg(INT64_MIN, &r) == SC_MONEY_RANGE, "-min overflows");
	unit_check(sc_sek_neg(INT64_MAX, &r) == SC_MONEY_OK && r == -INT64_MAX,
			   "-max is min + 1");
	unit_check(sc_sek_mul(INT64_MAX, -1, &r) == SC_MONEY_OK && r == -INT64_MAX,
			   "max * -1");
	unit_check(sc_sek_mul(INT64_MIN, -1, &r) == SC_MONEY_RANGE, "min * -1 overflows");
	unit_check(sc_sek_mul(INT64_MAX / 2 + 1, 2, &r) == SC_MONEY_RANGE,
			   "(max / 2 + 1) * 2 overflows");
	unit_check(sc_sek_div(100, 3, &r) == SC_MONEY_OK && r == 33, "1.00 / 3 is 0.33");
	unit_check(sc_sek_div(200, 3, &r) == SC_MONEY_OK && r == 67, "2.00 / 3 is 0.67");
	unit_check(sc_sek_div(-200, 3, &r) == SC_MONEY_OK && r == -67, "-2.00 / 3 is -0.67");
	unit_check(sc_sek_div(200, -3, &r) == SC_MONEY_OK && r == -67, "2.00 / -3 is -0.67");
	unit_check(sc_sek_div(1, 2, &r) == SC_MONEY_OK && r == 1, "0.01 / 2 rounds away from zero");
	unit_check(sc_sek_div(-1, 2, &r) == SC_MONEY_OK && r == -1, "-0.01 / 2 rounds away from zero");
	unit_check(sc_sek_div(3, 4, &r) == SC_MONEY_OK && r == 1, "0.03 / 4 is 0.01");
	unit_check(sc_sek_div(INT64_MIN, -1, &r) == SC_MONEY_RANGE, "min / -1 overflows");
	unit_check(sc_sek_div(INT64_MIN, 1, &r) == SC_MONEY_OK && r == INT64_MIN, "min / 1");
	unit_check(sc_sek_div(1, 0, &r) == SC_MONEY_DIVISION_BY_ZERO, "division by zero");
	three_maxima = sc_i128_add(sc_i128_add(sc_i128(INT64_MAX), sc_i128(INT64_MAX)), sc_i128(INT64_MAX));
	unit_check(sc_sek_mean(three_maxima, 3, &r) == SC_MONEY_OK && r == INT64_MAX,
			   "mean of three maxima is max");
	three_minima = sc_i128_add(sc_i128_add(sc_i128(INT64_MIN), sc_i128(INT64_MIN)), sc_i128(INT64_MIN));
	unit_check(sc_sek_mean(three_minima, 3, &r) == SC_MONEY_OK && r == INT64_MIN,
			   "mean of three minima is min");
	unit_check(sc_sek_mean(three_maxima, 2, &r) == SC_MONEY_RANGE, "a mean beyond the range overflows");
	unit_check(sc_sek_mean(sc_i128(5), 2, &r) == SC_MONEY_OK && r == 3, "mean of 0.05 over 2 is 0.03");
	unit_check(sc_sek_mean(sc_i128(-5), 2, &r) == SC_MONEY_OK && r == -3, "mean of -0.05 over 2 is -0.03");
}

static void
test_rates(void)
{
	check_rate("21 kr/invånare/år", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rate("21 kr per invånare och år", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rate("21 kr/invånre och år", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rate("21 kr / inv. / år", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rate("21 KR PER INVÅNARE OCH ÅR", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rate("150000 kr/år", SC_MONEY_OK, "150000.00 kr/år");
	check_rate("150 000 kronor per år", SC_MONEY_OK, "150000.00 kr/år");
	check_rate("5 kr/invånare/kvartal", SC_MONEY_OK, "5.00 kr/invånare/kvartal");
	check_rate("2 kr/invånare/månad", SC_MONEY_OK, "2.00 kr/invånare/månad");
	check_rate("2,50 kr/inv/mån", SC_MONEY_OK, "2.50 kr/invånare/månad");
	check_rate("SEK 21 per inhabitant per year", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rate("21 SEK per capita and year", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rate("SEK 1,000 per quarter", SC_MONEY_PRECISION, NULL);
	check_rate("SEK 1 000 per quarter", SC_MONEY_OK, "1000.00 kr/kvartal");
	check_rate("0 kr/år", SC_MONEY_OK, "0.00 kr/år");
	check_rate("11529215046068469.75 kr/år", SC_MONEY_OK, "11529215046068469.75 kr/år");
	check_rate("11529215046068469.76 kr/år", SC_MONEY_RANGE, NULL);
	check_rate("21 kr/invånare/vecka", SC_MONEY_UNKNOWN_PERIOD, NULL);
	check_rate("21 kr/vecka", SC_MONEY_UNKNOWN_BASIS, NULL);
	check_rate("21 kr per invånare", SC_MONEY_MISSING_PERIOD, NULL);
	check_rate("-21 kr/år", SC_MONEY_NEGATIVE_RATE, NULL);
	check_rate("21 kr", SC_MONEY_SYNTAX, NULL);
	check_rate("21/invånare/år", SC_MONEY_SYNTAX, NULL);
	check_rate("21 kr/invånare/år och dag", SC_MONEY_SYNTAX, NULL);
	check_rate("21 kr perinvånare", SC_MONEY_SYNTAX, NULL);
	check_rate("21 kr/årligen", SC_MONEY_UNKNOWN_BASIS, NULL);
	check_rate("", SC_MONEY_SYNTAX, NULL);
}

static void
test_scan(void)
{
	check_scan("Kommunerna betalar varje år en medlemsavgift baserad på antalet "
			   "invånare, f n 21 kr/invånre och år. Helsingborg ansvarar.",
			   SC_MONEY_OK, "21 kr/invånre och år");
	check_scan("De 11 kommunerna betalar sedan 2016 150 000 kr/år.",
			   SC_MONEY_OK, "150 000 kr/år");
	check_scan("Avgiften är 1.21 kr per år", SC_MONEY_OK, "1.21 kr per år");
	check_scan("Avgiften: SEK 5 per inhabitant per quarter, from 2020",
			   SC_MONEY_OK, "SEK 5 per inhabitant per quarter");
	check_scan("Avgiften är 21 kr/invånare/vecka i år", SC_MONEY_UNKNOWN_PERIOD,
			   "21 kr/invånare/vecka");
	check_scan("Avgiften är 21 kr per invånare.", SC_MONEY_MISSING_PERIOD,
			   "21 kr per invånare");
	check_scan("Kommunen har 21 000 invånare och 3 skolor.", SC_MONEY_SYNTAX, NULL);
	check_scan("", SC_MONEY_SYNTAX, NULL);
}

static void
test_packing(void)
{
	sc_fee_rate a = {2100, SC_BASIS_INHABITANT, SC_PERIOD_YEAR};
	sc_fee_rate flat = {SC_FEE_RATE_MAX_AMOUNT, SC_BASIS_FLAT, SC_PERIOD_YEAR};
	sc_fee_rate month = {1, SC_BASIS_INHABITANT, SC_PERIOD_MONTH};
	sc_fee_rate back;

	unit_check(sc_fee_rate_unpack(sc_fee_rate_pack(&a), &back) &&
			   back.amount == a.amount && back.basis == a.basis &&
			   back.period == a.period, "pack and unpack a rate");
	unit_check(sc_fee_rate_pack(&flat) < sc_fee_rate_pack(&month) &&
			   sc_fee_rate_pack(&month) < sc_fee_rate_pack(&a),
			   "packed order is basis, period, amount");
	unit_check(!sc_fee_rate_unpack(-1, &back), "negative packed rate rejected");
	unit_check(!sc_fee_rate_unpack(INT64_C(3) << 60, &back), "period 3 rejected");
	unit_check(sc_fee_rate_make(-1, SC_BASIS_FLAT, SC_PERIOD_YEAR, &back) ==
			   SC_MONEY_NEGATIVE_RATE, "make refuses a negative amount");
	unit_check(sc_fee_rate_make(SC_FEE_RATE_MAX_AMOUNT + 1, SC_BASIS_FLAT,
								SC_PERIOD_YEAR, &back) == SC_MONEY_RANGE,
			   "make refuses an amount beyond 60 bits");
}

static void
test_fees(void)
{
	sc_fee_rate fh = {2100, SC_BASIS_INHABITANT, SC_PERIOD_YEAR};
	sc_fee_rate flat = {15000000, SC_BASIS_FLAT, SC_PERIOD_YEAR};
	sc_fee_rate quarterly = {500, SC_BASIS_INHABITANT, SC_PERIOD_QUARTER};
	sc_fee_rate huge = {SC_FEE_RATE_MAX_AMOUNT, SC_BASIS_INHABITANT, SC_PERIOD_MONTH};
	int64_t		fee = -1;

	unit_check(sc_fee_annual(&fh, 10000, &fee) == SC_MONEY_OK && fee == 21000000,
			   "21 kr/invånare/år for 10000 inhabitants is 210000.00 kr");
	unit_check(sc_fee_annual(&flat, 10000, &fee) == SC_MONEY_OK && fee == 15000000,
			   "a flat rate ignores the inhabitants");
	unit_check(sc_fee_annual(&quarterly, 10, &fee) == SC_MONEY_OK && fee == 20000,
			   "5 kr/invånare/kvartal is 20 kr a year");
	unit_check(sc_fee_annual(&fh, -1, &fee) == SC_MONEY_NEGATIVE_INHABITANTS,
			   "negative inhabitants are refused");
	unit_check(sc_fee_annual(&huge, INT64_MAX, &fee) == SC_MONEY_RANGE,
			   "an annual fee beyond int64 is out of range");

	check_fee("2019-01-01", "2019-12-31", 2100, 10000, SC_ROUND_ORE, 21000000);
	check_fee("2020-01-01", "2020-12-31", 2100, 10000, SC_ROUND_ORE, 21000000);
	check_fee("2019-07-01", "2019-12-31", 2100, 10000, SC_ROUND_ORE, 10586301);
	check_fee("2019-07-01", "2019-12-31", 2100, 10000, SC_ROUND_KRONA, 10586300);
	check_fee("2020-07-01", "2020-12-31", 2100, 10000, SC_ROUND_ORE, 10557377);
	check_fee("2019-07-01", "2020-06-30", 2100, 10000, SC_ROUND_ORE, 21028924);
	check_fee("2019-01-01", "2022-12-31", 2100, 10000, SC_ROUND_ORE, 84000000);
	check_fee("2019-12-31", "2019-12-31", 36500, 1, SC_ROUND_ORE, 100);
	check_fee("2019-12-31", "2019-12-31", 50, 1, SC_ROUND_ORE, 0);
	check_fee("2019-12-31", "2019-12-31", 36500 / 2 + 1, 1, SC_ROUND_ORE, 50);
	check_fee("2019-12-31", "2019-12-31", 36500 / 2 + 1, 1, SC_ROUND_KRONA, 100);
	check_fee("2019-12-31", "2019-12-31", 36500 / 2, 1, SC_ROUND_KRONA, 100);
	check_fee("2019-12-31", "2019-12-31", 36500 / 2 - 1, 1, SC_ROUND_KRONA, 0);

	unit_check(sc_fee_for_days(&fh, 1, 10, 9, SC_ROUND_ORE, &fee) == SC_MONEY_OK &&
			   fee == 0, "no days cost nothing");
	unit_check(sc_fee_for_days(&fh, -1, 10, 9, SC_ROUND_ORE, &fee) ==
			   SC_MONEY_NEGATIVE_INHABITANTS, "negative inhabitants even without days");
	unit_check(sc_fee_for_days(&fh, 1, INT32_MIN, 0, SC_ROUND_ORE, &fee) ==
			   SC_MONEY_UNBOUNDED, "unbounded days are refused");
	unit_check(sc_fee_for_days(&huge, INT64_MAX / 12, SC_MIN_DAY, SC_MAX_DAY,
							   SC_ROUND_ORE, &fee) == SC_MONEY_RANGE,
			   "ten thousand years of the largest fee are out of range");
	unit_check(sc_fee_for_period(&fh, 10000, INT32_MIN, INT32_MAX,
								 day("2019-01-01"), day("2019-12-31"),
								 SC_ROUND_ORE, &fee) == SC_MONEY_OK &&
			   fee == 21000000, "unbounded membership pays the full period");
	unit_check(sc_fee_for_period(&fh, 10000, day("2019-07-01"), INT32_MAX,
								 day("2019-01-01"), day("2019-12-31"),
								 SC_ROUND_ORE, &fee) == SC_MONEY_OK &&
			   fee == 10586301, "joining on 1 July pays 184 days");
	unit_check(sc_fee_for_period(&fh, 10000, INT32_MIN, day("2018-12-31"),
								 day("2019-01-01"), day("2019-12-31"),
								 SC_ROUND_ORE, &fee) == SC_MONEY_OK &&
			   fee == 0, "membership ended before the period pays nothing");
	unit_check(sc_fee_for_period(&fh, 10000, INT32_MIN, INT32_MAX,
								 day("2019-12-31"), day("2019-01-01"),
								 SC_ROUND_ORE, &fee) == SC_MONEY_REVERSED_PERIOD,
			   "a reversed period is refused");
}

static void
check_amount(const char *text, sc_money_status expected, int64_t minor,
			 sc_currency currency)
{
	sc_amount	got = {0, SC_CURRENCY_SEK};
	sc_money_status status = sc_amount_parse(text, strlen(text), &got);

	unit_check(status == expected &&
			   (status != SC_MONEY_OK || (got.minor == minor && got.currency == currency)),
			   "amount \"%s\": status %d (want %d), %" PRId64 " %s (want %" PRId64 " %s)",
			   text, status, expected, got.minor, sc_currency_code(got.currency),
			   minor, sc_currency_code(currency));
}

static void
test_currency_amounts(void)
{
	char		buf[SC_AMOUNT_TEXT_SIZE];
	sc_amount	a = {INT64_MIN, SC_CURRENCY_EUR};
	sc_amount	b = {1, SC_CURRENCY_DKK};
	sc_amount	c = {2, SC_CURRENCY_DKK};
	sc_amount	sum;
	sc_currency currency;

	check_amount("12,4 mnkr", SC_MONEY_OK, 1240000000, SC_CURRENCY_SEK);
	check_amount("12,4 Mkr", SC_MONEY_OK, 1240000000, SC_CURRENCY_SEK);
	check_amount("3 miljoner kronor", SC_MONEY_OK, 300000000, SC_CURRENCY_SEK);
	check_amount("2,5 tkr", SC_MONEY_OK, 250000, SC_CURRENCY_SEK);
	check_amount("1,5 mdkr", SC_MONEY_OK, 150000000000, SC_CURRENCY_SEK);
	check_amount("0,00000001 mnkr", SC_MONEY_OK, 1, SC_CURRENCY_SEK);
	check_amount("0,000000001 mnkr", SC_MONEY_PRECISION, 0, SC_CURRENCY_SEK);
	check_amount("50 öre", SC_MONEY_OK, 50, SC_CURRENCY_SEK);
	check_amount("2,5 öre", SC_MONEY_PRECISION, 0, SC_CURRENCY_SEK);
	check_amount("DKK 2,88", SC_MONEY_OK, 288, SC_CURRENCY_DKK);
	check_amount("2,88 kroner", SC_MONEY_OK, 288, SC_CURRENCY_DKK);
	/* a krone its country names is that country's, whatever the page */
	check_amount("2,88 danske kroner", SC_MONEY_OK, 288, SC_CURRENCY_DKK);
	check_amount("10 norske kroner", SC_MONEY_OK, 1000, SC_CURRENCY_NOK);
	check_amount("5 svenska kronor", SC_MONEY_OK, 500, SC_CURRENCY_SEK);
	check_amount("2,5 mio. kr.", SC_MONEY_OK, 250000000, SC_CURRENCY_DKK);
	check_amount("NOK 10", SC_MONEY_OK, 1000, SC_CURRENCY_NOK);
	check_amount("\xe2\x82\xac" "2", SC_MONEY_OK, 200, SC_CURRENCY_EUR);
	check_amount("2 \xe2\x82\xac", SC_MONEY_OK, 200, SC_CURRENCY_EUR);
	check_amount("2 euro", SC_MONEY_OK, 200, SC_CURRENCY_EUR);
	check_amount("-3 kr", SC_MONEY_OK, -300, SC_CURRENCY_SEK);
	check_amount("SEK -3", SC_MONEY_OK, -300, SC_CURRENCY_SEK);
	check_amount("92233720368547758.07 SEK", SC_MONEY_OK, INT64_MAX, SC_CURRENCY_SEK);
	check_amount("-92233720368547758.08 SEK", SC_MONEY_OK, INT64_MIN, SC_CURRENCY_SEK);
	check_amount("92233720368547758.08 SEK", SC_MONEY_RANGE, 0, SC_CURRENCY_SEK);
	check_amount("92233720368548 mnkr", SC_MONEY_RANGE, 0, SC_CURRENCY_SEK);
	check_amount("21", SC_MONEY_MISSING_CURRENCY, 0, SC_CURRENCY_SEK);
	check_amount("21 kr extra", SC_MONEY_SYNTAX, 0, SC_CURRENCY_SEK);
	check_amount("21 krx", SC_MONEY_MISSING_CURRENCY, 0, SC_CURRENCY_SEK);
	check_amount("kr", SC_MONEY_SYNTAX, 0, SC_CURRENCY_SEK);

	sc_amount_format(&a, buf);
	unit_check(strcmp(buf, "-92233720368547758.08 EUR") == 0, "format the least amount: %s", buf);
	unit_check(sc_amount_add(&b, &c, &sum) == SC_MONEY_OK && sum.minor == 3 &&
			   sum.currency == SC_CURRENCY_DKK, "amounts of one currency add");
	unit_check(sc_amount_add(&a, &b, &sum) == SC_MONEY_CURRENCY_MISMATCH,
			   "amounts of two currencies do not add");
	unit_check(sc_amount_sub(&b, &a, &sum) == SC_MONEY_CURRENCY_MISMATCH,
			   "nor subtract");
	unit_check(sc_amount_cmp(&b, &c) < 0 && sc_amount_cmp(&a, &b) > 0 &&
			   sc_amount_cmp(&c, &c) == 0, "amounts order by currency, then amount");
	unit_check(sc_currency_from_code("dkk", 3, &currency) && currency == SC_CURRENCY_DKK &&
			   !sc_currency_from_code("DK", 2, &currency) &&
			   sc_currency_number(SC_CURRENCY_NOK) == 578 &&
			   sc_currency_from_number(978, &currency) && currency == SC_CURRENCY_EUR &&
			   !sc_currency_from_number(840, &currency),
			   "currency codes, alphabetic and numeric");
}

static void
check_rule(const char *text, sc_money_status expected, const char *canonical)
{
	sc_fee_rule rule;
	sc_fee_rule back;
	char		buf[SC_FEE_RULE_TEXT_SIZE] = "";
	sc_money_status status = sc_fee_rule_parse(text, strlen(text), &rule);
	bool		round_trip = true;

	if (status == SC_MONEY_OK)
	{
		sc_fee_rule_format(&rule, buf);
		round_trip = sc_fee_rule_is_valid(&rule) &&
			sc_fee_rule_parse(buf, strlen(buf), &back) == SC_MONEY_OK &&
			sc_fee_rule_cmp(&rule, &back) == 0 &&
			memcmp(&rule, &back, sizeof(rule)) == 0;
	}
	unit_check(status == expected && round_trip &&
			   (status != SC_MONEY_OK || strcmp(buf, canonical) == 0),
			   "rule \"%s\": status %d (want %d), \"%s\" (want \"%s\"), round trip %d",
			   text, status, expected, buf, canonical ? canonical : "", round_trip);
}

static void
test_rules(void)
{
	sc_fee_rate rate = {2100, SC_BASIS_INHABITANT, SC_PERIOD_QUARTER};
	sc_fee_rate back;
	sc_fee_rule rule;

	check_rule("21 kr/invånare/år", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rule("21 kronor per invånare och år", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rule("21 kr/inv", SC_MONEY_OK, "21.00 kr/invånare/år");
	check_rule("150000 kr/år", SC_MONEY_OK, "150000.00 kr/år");
	check_rule("150 tkr per år", SC_MONEY_OK, "150000.00 kr/år");
	check_rule("1000 kr/månad", SC_MONEY_OK, "1000.00 kr/månad");
	check_rule("50 öre/invånare/kvartal", SC_MONEY_OK, "0.50 kr/invånare/kvartal");
	check_rule("2,88 kr. pr. indbygger", SC_MONEY_OK, "2.88 DKK/invånare/år");
	check_rule("2,88 kr pr. indbygger om året", SC_MONEY_OK, "2.88 DKK/invånare/år");
	check_rule("2,88 kroner pr. indbygger", SC_MONEY_OK, "2.88 DKK/invånare/år");
	check_rule("10 kr per innbygger", SC_MONEY_OK, "10.00 NOK/invånare/år");
	check_rule("10 kroner per innbygger per år", SC_MONEY_OK, "10.00 NOK/invånare/år");
	check_rule("SEK 2 pr. indbygger", SC_MONEY_OK, "2.00 kr/invånare/år");
	check_rule("\xe2\x82\xac" "2 per capita per year", SC_MONEY_OK, "2.00 EUR/invånare/år");
	check_rule("2.88 DKK/invånare/år", SC_MONEY_OK, "2.88 DKK/invånare/år");
	check_rule("en grundavgift på 50 000 kr och 3,50 kr per invånare", SC_MONEY_OK,
			   "50000.00 kr + 3.50 kr/invånare/år");
	check_rule("50000 kr/kvartal + 3,50 kr/invånare", SC_MONEY_OK,
			   "50000.00 kr + 3.50 kr/invånare/kvartal");
	check_rule("50000 kr/kvartal + 3,50 kr/invånare/år", SC_MONEY_SYNTAX, NULL);
	check_rule("50000 DKK + 3,50 kr/invånare/år", SC_MONEY_CURRENCY_MISMATCH, NULL);
	check_rule("50 000 kr og 3,50 kr pr. indbygger", SC_MONEY_OK,
			   "50000.00 DKK + 3.50 DKK/invånare/år");
	check_rule("grundavgift 50 000 kr", SC_MONEY_SYNTAX, NULL);
	check_rule("12,4 mnkr/år fördelat efter invånarantal", SC_MONEY_OK,
			   "12400000.00 kr/år fördelat efter invånare");
	check_rule("12,4 mnkr fördelas efter invånarantal; befolkning 1 november", SC_MONEY_OK,
			   "12400000.00 kr/år fördelat efter invånare; befolkning 1 november");
	check_rule("2 mio. kr. fordelt efter indbyggertal", SC_MONEY_OK,
			   "2000000.00 DKK/år fördelat efter invånare");
	check_rule("600 tkr fördelat lika", SC_MONEY_OK, "600000.00 kr/år fördelat lika");
	check_rule("600 tkr/kvartal i lika delar", SC_MONEY_OK, "600000.00 kr/kvartal fördelat lika");
	check_rule("13,2 % av 12,4 mnkr", SC_MONEY_OK, "13.2 % av 12400000.00 kr/år");
	check_rule("13,2% of 12.4 MSEK per year", SC_MONEY_OK, "13.2 % av 12400000.00 kr/år");
	check_rule("100 % av 1 kr/år", SC_MONEY_OK, "100 % av 1.00 kr/år");
	check_rule("0,0001 % av 1 kr/år", SC_MONEY_OK, "0.0001 % av 1.00 kr/år");
	check_rule("100,0001 % av 1 kr/år", SC_MONEY_SHARE_RANGE, NULL);
	check_rule("13,23456 % av 1 kr/år", SC_MONEY_PRECISION, NULL);
	check_rule("13,2 % av 3 kr/invånare/år", SC_MONEY_SYNTAX, NULL);
	check_rule("21 kr/invånare/år; befolkning 1 januari", SC_MONEY_OK,
			   "21.00 kr/invånare/år; befolkning 1 januari");
	check_rule("21 kr/invånare/år, befolkning per 31 december", SC_MONEY_OK,
			   "21.00 kr/invånare/år");
	check_rule("21 kr/invånare/år; befolkning 1 mars", SC_MONEY_SYNTAX, NULL);
	check_rule("150000 kr/år; befolkning 1 november", SC_MONEY_POPULATION_DATE, NULL);
	check_rule("1 mnkr fördelat lika; befolkning 1 november", SC_MONEY_POPULATION_DATE, NULL);
	check_rule("150000 kr", SC_MONEY_MISSING_PERIOD, NULL);
	check_rule("21 kr/invånare/vecka", SC_MONEY_UNKNOWN_PERIOD, NULL);
	check_rule("21 kr/medlem/år", SC_MONEY_UNKNOWN_BASIS, NULL);
	check_rule("-21 kr/invånare/år", SC_MONEY_NEGATIVE_RATE, NULL);
	check_rule("21/invånare/år", SC_MONEY_MISSING_CURRENCY, NULL);
	check_rule("21 kr/invånare/år och mer", SC_MONEY_SYNTAX, NULL);
	check_rule("", SC_MONEY_SYNTAX, NULL);
	check_rule("92233720368547758.07 kr/invånare/år", SC_MONEY_OK,
			   "92233720368547758.07 kr/invånare/år");

	sc_fee_rule_from_rate(&rate, &rule);
	unit_check(sc_fee_rule_to_rate(&rule, &back) && sc_fee_rate_pack(&back) == sc_fee_rate_pack(&rate),
			   "a fee rate is a fee rule and back");
	rule.currency = SC_CURRENCY_DKK;
	unit_check(!sc_fee_rule_to_rate(&rule, &back), "a rule in Danish kroner is no fee rate");
	rule.currency = SC_CURRENCY_SEK;
	rule.population_date = SC_POPULATION_NOVEMBER;
	unit_check(!sc_fee_rule_to_rate(&rule, &back) && sc_fee_rule_is_valid(&rule),
			   "nor one that reads the population of 1 November");
	rule.shape = SC_SHAPE_FLAT;
	unit_check(!sc_fee_rule_is_valid(&rule), "a flat rule reads no population");
	rule.shape = SC_SHAPE_COUNT;
	unit_check(!sc_fee_rule_is_valid(&rule), "an unknown shape is invalid");
}

static void
test_rule_fees(void)
{
	sc_fee_rule rule;
	int64_t		fee = -1;

	sc_fee_rule_parse("50000 kr + 3,50 kr/invånare/år", strlen("50000 kr + 3,50 kr/invånare/år"), &rule);
	unit_check(sc_fee_rule_annual(&rule, 10000, &fee) == SC_MONEY_OK && fee == 8500000,
			   "base plus per inhabitant: 50,000 + 3.50 * 10,000 kr (%" PRId64 ")", fee);
	unit_check(sc_fee_rule_for_period(&rule, 10000, day("2019-07-01"), INT32_MAX,
									  day("2019-01-01"), day("2019-12-31"),
									  SC_ROUND_ORE, &fee) == SC_MONEY_OK && fee == 4284932,
			   "prorated over 184 days of 365 (%" PRId64 ")", fee);
	unit_check(sc_fee_rule_annual(&rule, -1, &fee) == SC_MONEY_NEGATIVE_INHABITANTS,
			   "negative inhabitants are refused");
	rule.amount = INT64_MAX;
	unit_check(sc_fee_rule_annual(&rule, INT64_MAX, &fee) == SC_MONEY_RANGE,
			   "an annual fee beyond an amount's range is refused");
	sc_fee_rule_parse("12,4 mnkr/kvartal fördelat lika", strlen("12,4 mnkr/kvartal fördelat lika"), &rule);
	unit_check(sc_fee_rule_annual(&rule, 0, &fee) == SC_MONEY_OK && fee == 4960000000,
			   "a shared total per quarter is four times it a year");
}

static void
check_apportion(int64_t total, const int64_t *weights, size_t n, int64_t whole,
				sc_money_status expected, const int64_t *want)
{
	int64_t		shares[8] = {0};
	sc_apportion_entry scratch[8];
	sc_money_status status = sc_apportion(total, weights, n, whole, shares, scratch);
	bool		same = true;

	for (size_t i = 0; status == SC_MONEY_OK && i < n; i++)
		same = same && shares[i] == want[i];
	unit_check(status == expected && same,
			   "apportion %" PRId64 " over %zu weights (whole %" PRId64 "): status %d (want %d), first %" PRId64,
			   total, n, whole, status, expected, shares[0]);
}

static void
test_apportion(void)
{
	static const int64_t thirds[] = {1, 1, 1};
	static const int64_t populations[] = {16062, 149280, 28000};
	static const int64_t lund[] = {132000, 868000};
	static const int64_t short_of_whole[] = {132000, 800000};
	static const int64_t over[] = {600000, 500000};
	static const int64_t negative[] = {1, -1};
	static const int64_t zeros[] = {0, 0};
	uint64_t	seed = 12345;
	int			bad = 0;

	check_apportion(1000, thirds, 3, 0, SC_MONEY_OK, (const int64_t[]) {334, 333, 333});
	check_apportion(-1000, thirds, 3, 0, SC_MONEY_OK, (const int64_t[]) {-334, -333, -333});
	check_apportion(1001, thirds, 3, 0, SC_MONEY_OK, (const int64_t[]) {334, 334, 333});
	/* 12.4 mnkr by population: remainders 0.97, 0.19, 0.84 öre: the first and last get one */
	check_apportion(1240000000, populations, 3, 0, SC_MONEY_OK,
					(const int64_t[]) {103013727, 957408116, 179578157});
	check_apportion(1240000000, lund, 2, 1000000, SC_MONEY_OK,
					(const int64_t[]) {163680000, 1076320000});
	check_apportion(101, short_of_whole, 2, 1000000, SC_MONEY_OK,
					(const int64_t[]) {13, 81});
	check_apportion(100, over, 2, 1000000, SC_MONEY_SHARE_RANGE, NULL);
	check_apportion(100, negative, 2, 0, SC_MONEY_NEGATIVE_WEIGHT, NULL);
	check_apportion(100, zeros, 2, 0, SC_MONEY_DIVISION_BY_ZERO, NULL);
	check_apportion(100, zeros, 0, 0, SC_MONEY_OK, NULL);
	check_apportion(INT64_MIN, thirds, 3, 0, SC_MONEY_RANGE, NULL);
	check_apportion(INT64_MAX, (const int64_t[]) {INT64_MAX, INT64_MAX}, 2, 0, SC_MONEY_OK,
					(const int64_t[]) {INT64_MAX / 2 + 1, INT64_MAX / 2});

	/* Random totals and weights: the shares sum to the total, each within an öre. */
	for (int round = 0; round < 20000; round++)
	{
		int64_t		weights[8];
		int64_t		shares[8];
		sc_apportion_entry scratch[8];
		size_t		n = 1 + round % 8;
		int64_t		total;
		int64_t		sum = 0;
		sc_int128	weight_sum = sc_i128(0);

		seed = seed * 6364136223846793005u + 1442695040888963407u;
		total = (int64_t) (seed >> 20) - (INT64_C(1) << 42);
		for (size_t i = 0; i < n; i++)
		{
			seed = seed * 6364136223846793005u + 1442695040888963407u;
			weights[i] = (int64_t) (seed >> (33 + round % 30));
			weight_sum = sc_i128_add(weight_sum, sc_i128(weights[i]));
		}
		if (sc_i128_cmp(weight_sum, sc_i128(0)) == 0)
			continue;
		if (sc_apportion(total, weights, n, 0, shares, scratch) != SC_MONEY_OK)
		{
			bad++;
			continue;
		}
		for (size_t i = 0; i < n; i++)
		{
			sc_int128	exact_times_sum;
			sc_int128	share_times_sum;
			sc_int128	diff;

			/* |share - total * weight / sum| < 1, times the sum */
			(void) sc_i128_mul_overflow(sc_i128(total), sc_i128(weights[i]), &exact_times_sum);
			(void) sc_i128_mul_overflow(sc_i128(shares[i]), weight_sum, &share_times_sum);
			diff = sc_i128_add(share_times_sum, sc_i128_neg(exact_times_sum));
			if (sc_i128_cmp(diff, sc_i128_neg(weight_sum)) <= 0 ||
				sc_i128_cmp(diff, weight_sum) >= 0)
				bad++;
			sum += shares[i];
		}
		if (sum != total)
			bad++;
	}
	unit_check(bad == 0, "20,000 random apportionments sum to the total, each share within an öre (%d bad)", bad);
}

int
main(void)
{
	test_amounts();
	test_arithmetic();
	test_rates();
	test_scan();
	test_packing();
	test_fees();
	test_currency_amounts();
	test_rules();
	test_rule_fees();
	test_apportion();
	return unit_exit_status();
}
