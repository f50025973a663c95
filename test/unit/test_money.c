/*
 * test_money.c
 *		Unit tests of amounts, fee rates and prorated fees in core/money.c.
 */
#include <inttypes.h>
#include <string.h>

#include "calendar.h"
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

int
main(void)
{
	test_amounts();
	test_arithmetic();
	test_rates();
	test_scan();
	test_packing();
	test_fees();
	return unit_exit_status();
}
