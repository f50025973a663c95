/*
 * fuzz_fee_rate.c
 *		Fuzz target for the fee rate parser and scanner (core/money.c).
 *
 * Properties: a rate that parses has a canonical text that fits its buffer
 * and parses back to the same rate, and survives the int64 packing; the
 * scanner's byte range lies inside the text, and where it found a rate the
 * phrase it points at parses on its own to that rate.
 */
#include "fuzz.h"

#include <string.h>

#include "money.h"

static void check_round_trip(const sc_fee_rate *rate);
static void check_scan(const char *text, size_t size);

static void
check_round_trip(const sc_fee_rate *rate)
{
	sc_fee_rate again;
	char		out[SC_FEE_RATE_TEXT_SIZE + 1],
				out_again[SC_FEE_RATE_TEXT_SIZE + 1];

	out[SC_FEE_RATE_TEXT_SIZE] = 'G';
	sc_fee_rate_format(rate, out);
	FUZZ_CHECK(out[SC_FEE_RATE_TEXT_SIZE] == 'G');
	FUZZ_CHECK(strlen(out) < SC_FEE_RATE_TEXT_SIZE);
	FUZZ_CHECK(sc_fee_rate_parse(out, strlen(out), &again) == SC_MONEY_OK);
	FUZZ_CHECK(again.amount == rate->amount && again.basis == rate->basis &&
			   again.period == rate->period);
	sc_fee_rate_format(&again, out_again);
	FUZZ_CHECK(strcmp(out, out_again) == 0);
	FUZZ_CHECK(sc_fee_rate_unpack(sc_fee_rate_pack(rate), &again));
	FUZZ_CHECK(again.amount == rate->amount && again.basis == rate->basis &&
			   again.period == rate->period);
}

static void
check_scan(const char *text, size_t size)
{
	sc_fee_rate rate,
				phrase;
	size_t		start = SIZE_MAX,
				end = SIZE_MAX;
	sc_money_status status = sc_fee_rate_scan(text, size, &rate, &start, &end);

	if (status == SC_MONEY_SYNTAX)
		return;
	FUZZ_CHECK(start <= end && end <= size);
	if (status != SC_MONEY_OK)
		return;
	FUZZ_CHECK(rate.amount >= 0 && rate.amount <= SC_FEE_RATE_MAX_AMOUNT);
	FUZZ_CHECK(sc_fee_rate_parse(text + start, end - start, &phrase) == SC_MONEY_OK);
	FUZZ_CHECK(phrase.amount == rate.amount && phrase.basis == rate.basis &&
			   phrase.period == rate.period);
	check_round_trip(&rate);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	sc_fee_rate rate;

	if (sc_fee_rate_parse(text, size, &rate) == SC_MONEY_OK)
	{
		FUZZ_CHECK(rate.amount >= 0 && rate.amount <= SC_FEE_RATE_MAX_AMOUNT);
		check_round_trip(&rate);
	}
	check_scan(text, size);
	return 0;
}
