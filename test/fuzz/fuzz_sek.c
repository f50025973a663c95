/*
 * fuzz_sek.c
 *		Fuzz target for the parser of amounts in kronor (core/money.c).
 *
 * Properties: an amount that parses has a canonical text that fits its
 * buffer and parses back to the same number of öre; a canonical text
 * formats to itself.
 */
#include "fuzz.h"

#include <string.h>

#include "money.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t		ore,
				again;
	char		out[SC_SEK_TEXT_SIZE + 1],
				out_again[SC_SEK_TEXT_SIZE + 1];

	if (sc_sek_parse((const char *) data, size, &ore) != SC_MONEY_OK)
		return 0;
	/* a guard byte shows an overrun of the documented size */
	out[SC_SEK_TEXT_SIZE] = 'G';
	sc_sek_format(ore, out);
	FUZZ_CHECK(out[SC_SEK_TEXT_SIZE] == 'G');
	FUZZ_CHECK(strlen(out) < SC_SEK_TEXT_SIZE);
	FUZZ_CHECK(sc_sek_parse(out, strlen(out), &again) == SC_MONEY_OK);
	FUZZ_CHECK(again == ore);
	sc_sek_format(again, out_again);
	FUZZ_CHECK(strcmp(out, out_again) == 0);
	return 0;
}
