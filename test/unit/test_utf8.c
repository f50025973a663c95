/*
 * test_utf8.c
 *		Unit tests of core/utf8.c: well-formed text passes, and each kind of
 *		ill-formed sequence is caught at the right offset.
 */
#include "utf8.h"
#include "unit.h"

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

int
main(void)
{
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
	return unit_exit_status();
}
