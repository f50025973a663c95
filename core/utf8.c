/*
 * utf8.c
 *		Strict UTF-8 validation (RFC 3629): no overlong forms, no
 *		surrogates, nothing above U+10FFFF.
 */
#include "utf8.h"

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

/*
 * Length of the well-formed sequence starting at s, or 0; *subpart is the
 * length of its longest start that could begin one (at least 1), which the
 * Unicode Standard's "maximal subpart" practice replaces by one U+FFFD.
 * The ranges of the second byte are those of Table 3-7 of the Unicode
 * Standard, which rule out overlong forms and surrogates without decoding.
 */
static size_t
scan_sequence(const uint8_t *s, size_t avail, size_t *subpart)
{
	uint8_t		lead = s[0];
	uint8_t		low = 0x80,
				high = 0xBF;
	size_t		len,
				i;

	*subpart = 1;
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

	if (avail < 2 || s[1] < low || s[1] > high)
		return 0;
	for (i = 2; i < len && i < avail; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			break;
	*subpart = i;
	return i == len ? len : 0;
}

/*
 * How many bytes at the start of s are ASCII other than NUL, which most
 * text is: sixteen bytes at a time where the processor has SSE2 (every
 * x86-64 does), else eight, until they hold one that has its high bit set
 * or is zero, whose place among them their bits tell.  A page's markup,
 * which every page is checked in before it is parsed, runs on for
 * hundreds of bytes of ASCII.
 */
static size_t
ascii_prefix(const uint8_t *s, size_t len)
{
	const uint64_t high = 0x8080808080808080u,
				ones = 0x0101010101010101u;
	size_t		pos = 0;

#if defined(__SSE2__) && defined(__GNUC__)
	for (; pos + 16 <= len; pos += 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (s + pos));
		/* a byte's high bit, or all its bits where it is zero */
		int			bad = _mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128())));

		if (bad != 0)
			return pos + (size_t) __builtin_ctz((unsigned) bad);
	}
#endif
	for (; pos + 8 <= len; pos += 8)
	{
		/* byte i at bits 8i to 8i + 7 whatever the machine, loaded at once */
		const uint8_t *p = s + pos;
		uint64_t	w = (uint64_t) p[0] | (uint64_t) p[1] << 8 | (uint64_t) p[2] << 16 |
			(uint64_t) p[3] << 24 | (uint64_t) p[4] << 32 | (uint64_t) p[5] << 40 |
			(uint64_t) p[6] << 48 | (uint64_t) p[7] << 56;

		/*
		 * The high bits of bytes that have one, and (w - ones) & ~w's of
		 * zero bytes: that may flag a byte after a zero byte too, but the
		 * lowest flag is the first byte that is no ASCII or is NUL.  The
		 * high bits below it, one a byte, count the bytes before it.
		 */
		uint64_t	bad = (w | ((w - ones) & ~w)) & high;

		if (bad != 0)
			return pos + (((((bad & (~bad + 1)) - 1) & high) >> 7) * ones >> 56);
	}
	while (pos < len && s[pos] != 0 && s[pos] < 0x80)
		pos++;
	return pos;
}

static size_t
sequence_length(const uint8_t *s, size_t avail)
{
	size_t		subpart;

	return scan_sequence(s, avail, &subpart);
}

sc_utf8_status
sc_utf8_validate(const char *s, size_t len, size_t *bad_offset)
{
	const uint8_t *bytes = (const uint8_t *) s;
	size_t		pos = 0;

	while ((pos += ascii_prefix(bytes + pos, len - pos)) < len)
	{
		size_t		n;

		/*
		 * the letters of the documents' languages beyond ASCII take two
		 * bytes, each such character as scan_sequence reads it, without
		 * the call
		 */
		if (bytes[pos] >= 0xC2 && bytes[pos] <= 0xDF && len - pos >= 2 &&
			(bytes[pos + 1] & 0xC0) == 0x80)
		{
			pos += 2;
			continue;
		}
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

/*
 * Copies len bytes of s to out, which has room for 3 * len bytes, with
 * each ill-formed subpart and each NUL byte replaced by U+FFFD, as a
 * browser's UTF-8 decoder does; returns the length written.
 */
size_t
sc_utf8_repair(const char *s, size_t len, char *out)
{
	const uint8_t *bytes = (const uint8_t *) s;
	size_t		pos = 0,
				written = 0;

	while (pos < len)
	{
		size_t		start = pos,
					subpart = 1,
					n;

		/* a run of valid sequences is copied at once */
		while ((pos += ascii_prefix(bytes + pos, len - pos)) < len && bytes[pos] != 0 &&
			   (n = scan_sequence(bytes + pos, len - pos, &subpart)) > 0)
			pos += n;
		memcpy(out + written, s + start, pos - start);
		written += pos - start;
		if (pos == len)
			break;
		memcpy(out + written, SC_UTF8_REPLACEMENT, 3);
		written += 3;
		pos += bytes[pos] == 0 ? 1 : subpart;
	}
	return written;
}

/*
 * Bytes at the end of s that begin a well-formed sequence but stop before
 * its end: what a decoder reading in chunks keeps for the next chunk.
 */
size_t
sc_utf8_incomplete_tail(const char *s, size_t len)
{
	const uint8_t *bytes = (const uint8_t *) s;

	for (size_t back = 1; back <= 3 && back <= len; back++)
	{
		size_t		subpart;

		if ((bytes[len - back] & 0xC0) == 0x80)
			continue;
		/* a sequence cut short has every byte it has in range */
		return scan_sequence(bytes + len - back, back, &subpart) == 0 &&
			subpart == back && bytes[len - back] >= 0xC2 ? back : 0;
	}
	return 0;
}
