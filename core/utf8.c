/*
 * utf8.c
 *		Strict UTF-8 validation (RFC 3629): no overlong forms, no
 *		surrogates, nothing above U+10FFFF.
 */
#include "utf8.h"

#include <stdint.h>

/*
 * Length of the well-formed sequence starting at s, or 0.  The ranges of
 * the second byte are those of Table 3-7 of the Unicode Standard, which
 * rule out overlong forms and surrogates without decoding.
 */
static size_t
sequence_length(const uint8_t *s, size_t avail)
{
	uint8_t		lead = s[0];
	uint8_t		low = 0x80,
				high = 0xBF;
	size_t		len;

	if (lead < 0x80)
		return 1;
	if (lead >= 0xC2 && lead <= 0xDF)
		len = 2;
	else if (lead >= 0xE0 && lead <= 0xEF)
	{
		len = 3;
		if (lead == 0xE0)
			low = 0xA0;
		else if (lead == 0xED)
			high = 0x9F;
	}
	else if (lead >= 0xF0 && lead <= 0xF4)
	{
		len = 4;
		if (lead == 0xF0)
			low = 0x90;
		else if (lead == 0xF4)
			high = 0x8F;
	}
	else
		return 0;

	if (avail < len || s[1] < low || s[1] > high)
		return 0;
	for (size_t i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return len;
}

sc_utf8_status
sc_utf8_validate(const char *s, size_t len, size_t *bad_offset)
{
	const uint8_t *bytes = (const uint8_t *) s;
	size_t		pos = 0;

	while (pos < len)
	{
		size_t		n;

		if (bytes[pos] == 0)
		{
			*bad_offset = pos;
			return SC_UTF8_NUL;
		}
		n = sequence_length(bytes + pos, len - pos);
		if (n == 0)
		{
			*bad_offset = pos;
			return SC_UTF8_INVALID;
		}
		pos += n;
	}
	return SC_UTF8_OK;
}

size_t
sc_utf8_bom_length(const char *s, size_t len)
{
	return len >= 3 && (uint8_t) s[0] == 0xEF && (uint8_t) s[1] == 0xBB &&
		(uint8_t) s[2] == 0xBF ? 3 : 0;
}
