/*
 * test_utf8.c
 *		Unit tests of core/utf8.c: well-formed text passes, and each kind of
 *		ill-formed sequence is caught at the right offset, and repaired
 *		into U+FFFD as a browser's decoder does.
 */
#include "utf8.h"
#include "unit.h"

#include <stdbool.h>
#include <string.h>

static void
check_invalid(const char *s, size_t len, sc_utf8_status expected, size_t offset,
			  const char *what)
{
	size_t		bad = (size_t) -1;
	sc_utf8_status status = sc_utf8_validate(s, len, &bad);

	unit_check(status == expected && bad == offset,
			   "%s: status %d at %zu (want %d at %zu)", what, status, bad, expected, offset);
}

/* Repairs s and compares the result with want (U+FFFD written as "?"). */
static void
check_repair(const char *s, size_t len, const char *want, const char *what)
{
	char		out[64],
				shown[64];
	size_t		n = sc_utf8_repair(s, len, out),
				used = 0,
				bad;

	unit_check(sc_utf8_validate(out, n, &bad) == SC_UTF8_OK, "%s: the repair is valid", what);
	for (size_t i = 0; i < n && used + 1 < sizeof(shown); used++)
	{
		bool		replacement = n - i >= 3 && memcmp(out + i, SC_UTF8_REPLACEMENT, 3) == 0;

		shown[used] = replacement ? '?' : out[i];
		i += replacement ? 3 : 1;
	}
	shown[used] = '\0';
	unit_check(strcmp(shown, want) == 0, "%s: \"%s\" (want \"%s\")", what, shown, want);
}

/*
 * ASCII text is scanned sixteen bytes at a time (with SSE2), then eight:
 * a byte that stops the scan (bad, or NUL, or the lead of a valid
 * sequence) is found at each offset of a longer text, inside the blocks
 * of sixteen, of eight, and in the bytes after them.
 */
static void
check_each_offset(void)
{
	char		text[40],
				out[3 * sizeof(text)];
	int			wrong_invalid = 0,
				wrong_nul = 0,
				wrong_valid = 0,
				wrong_repair = 0;

	for (size_t at = 0; at < sizeof(text); at++)
	{
		size_t		bad = (size_t) -1,
					n;

		memset(text, 'a', sizeof(text));
		text[at] = (char) 0xFF;
		wrong_invalid += sc_utf8_validate(text, sizeof(text), &bad) != SC_UTF8_INVALID || bad != at;
		n = sc_utf8_repair(text, sizeof(text), out);
		wrong_repair += n != sizeof(text) + 2 || memcmp(out + at, SC_UTF8_REPLACEMENT, 3) != 0 ||
			memcmp(out, text, at) != 0 || memcmp(out + at + 3, text + at + 1, sizeof(text) - at - 1) != 0;
		text[at] = '\0';
		wrong_nul += sc_utf8_validate(text, sizeof(text), &bad) != SC_UTF8_NUL || bad != at;
		if (at + 1 < sizeof(text))
		{
			/* a 1 after the NUL, which the zero test of eight flags too */
			text[at + 1] = 1;
			wrong_nul += sc_utf8_validate(text, sizeof(text), &bad) != SC_UTF8_NUL || bad != at;
			/* the lead byte of a letter of two bytes without its continuation */
			text[at] = (char) 0xC3;
			text[at + 1] = 'a';
			wrong_invalid += sc_utf8_validate(text, sizeof(text), &bad) != SC_UTF8_INVALID ||
				bad != at;
			text[at] = (char) 0xC3;
			text[at + 1] = (char) 0xB6;
			wrong_valid += sc_utf8_validate(text, sizeof(text), &bad) != SC_UTF8_OK ||
				sc_utf8_repair(text, sizeof(text), out) != sizeof(text) ||
				memcmp(out, text, sizeof(text)) != 0;
		}
	}
	unit_check(wrong_invalid == 0, "a bad byte at each of 40 offsets of ASCII text is found there (%d wrong)",
			   wrong_invalid);
	unit_check(wrong_nul == 0, "a NUL byte at each of 40 offsets of ASCII text is found there (%d wrong)",
			   wrong_nul);
	unit_check(wrong_repair == 0, "a bad byte at each offset is repaired there alone (%d wrong)",
			   wrong_repair);
	unit_check(wrong_valid == 0, "a valid sequence at each offset passes and is copied (%d wrong)",
			   wrong_valid);
}

int
main(void)
{
	check_each_offset();
	const char *good = "Malm\xC3\xB6 \xE2\x80\xA2 K\xC3\xB8ge \xF0\x9F\x98\x80 end";
	size_t		bad;

	unit_check(sc_utf8_validate(good, strlen(good), &bad) == SC_UTF8_OK,
			   "ASCII, Latin, a bullet and a 4-byte emoji pass");
	unit_check(sc_utf8_validate("", 0, &bad) == SC_UTF8_OK, "empty text passes");
	check_invalid("ab\xF6" "c", 4, SC_UTF8_INVALID, 2, "a Latin-1 byte");
	check_invalid("a\xC0\xAF", 3, SC_UTF8_INVALID, 1, "overlong two-byte form");
	check_invalid("a\xE0\x80\xAF", 4, SC_UTF8_INVALID, 1, "overlong three-byte form");
	check_invalid("\xED\xA0\x80", 3, SC_UTF8_INVALID, 0, "a UTF-16 surrogate");
	check_invalid("xy\xF4\x90\x80\x80", 6, SC_UTF8_INVALID, 2, "above U+10FFFF");
	check_invalid("abc\xE2\x80", 5, SC_UTF8_INVALID, 3, "truncated at the end");
	check_invalid("\x80", 1, SC_UTF8_INVALID, 0, "a lone continuation byte");
	check_invalid("ok\0no", 5, SC_UTF8_NUL, 2, "a NUL byte");
	unit_check(sc_utf8_bom_length("\xEF\xBB\xBFTitle", 8) == 3, "a byte-order mark is found");
	unit_check(sc_utf8_bom_length("Title", 5) == 0, "no byte-order mark");

	check_repair("Region&\xEE" "bsp;Halland", 19, "Region&?bsp;Halland",
				 "a flipped bit in &nbsp; becomes one U+FFFD");
	check_repair("a\xE2\x80" "b", 4, "a?b", "a truncated sequence is one U+FFFD");
	check_repair("\xF0\x9F\x98", 3, "?", "a sequence cut at the end is one U+FFFD");
	check_repair("\xC0\xAF", 2, "??", "an overlong form is a U+FFFD a byte");
	check_repair("\xED\xA0\x80", 3, "???", "a surrogate is a U+FFFD a byte");
	check_repair("ok\0no", 5, "ok?no", "a NUL byte becomes U+FFFD");
	check_repair("Malm\xC3\xB6", 6, "Malm\xC3\xB6", "valid text is copied as it is");
	unit_check(sc_utf8_incomplete_tail("ab\xE2\x80", 4) == 2, "a sequence cut after two of three bytes is carried");
	unit_check(sc_utf8_incomplete_tail("ab\xF0", 3) == 1, "a lead byte at the end is carried");
	unit_check(sc_utf8_incomplete_tail("ab\xC3\xB6", 4) == 0, "a complete sequence is not carried");
	unit_check(sc_utf8_incomplete_tail("ab\xE0\x80", 4) == 0, "an overlong start is not carried");
	unit_check(sc_utf8_incomplete_tail("ab\x80\x80", 4) == 0, "continuation bytes alone are not carried");
	unit_check(sc_utf8_incomplete_tail("", 0) == 0, "nothing to carry in nothing");
	return unit_exit_status();
}
