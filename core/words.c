/*
 * words.c
 *		Case-folded matching and word boundaries of UTF-8 text.
 */
#include "words.h"

#include <stdint.h>
#include <string.h>

/* sc_ascii_folded's table; | 0x20 is + 0x20 for a capital, and fits a byte */
#define SC_FOLD(c) ((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))
#define SC_FOLD_4(c) SC_FOLD(c), SC_FOLD((c) + 1), SC_FOLD((c) + 2), SC_FOLD((c) + 3)
#define SC_FOLD_16(c) SC_FOLD_4(c), SC_FOLD_4((c) + 4), SC_FOLD_4((c) + 8), \
	SC_FOLD_4((c) + 12)
#define SC_FOLD_64(c) SC_FOLD_16(c), SC_FOLD_16((c) + 16), SC_FOLD_16((c) + 32), \
	SC_FOLD_16((c) + 48)

const unsigned char sc_ascii_fold[256] = {
	SC_FOLD_64(0), SC_FOLD_64(64), SC_FOLD_64(128), SC_FOLD_64(192)
};

size_t
sc_char_length(const char *s, size_t len, size_t pos)
{
	unsigned char c = (unsigned char) s[pos];
	size_t		n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	return pos + n <= len ? n : 1;
}

/*
 * ASCII letters fold by 0x20; so do the second bytes of U+00C0..U+00DE
 * (but U+00D7, the multiplication sign), whose lower-case forms lie 0x20
 * higher in the same two-byte block.
 */
unsigned char
sc_folded_byte(const char *s, size_t len, size_t pos)
{
	unsigned char c = (unsigned char) s[pos];

	if (c >= 'A' && c <= 'Z')
		return c + ('a' - 'A');
	if (pos > 0 && (unsigned char) s[pos - 1] == 0xC3 &&
		c >= 0x80 && c <= 0x9E && c != 0x97)
		return c + 0x20;
	return c;
}

/*
 * The capitals of eight bytes of ASCII, w, by the high bits of their
 * bytes: adding to a byte of seven bits carries into no other.
 */
static inline uint64_t
ascii_capitals(uint64_t w)
{
	const uint64_t ones = UINT64_C(0x0101010101010101),
				high = UINT64_C(0x8080808080808080);

	return (w + (0x80 - 'A') * ones) & ~(w + (0x7F - 'Z') * ones) & high;
}

/*
 * Folding neither makes nor changes a lead byte 0xC3, so each byte is
 * folded by its lead byte rightly though that is folded already.  Eight
 * bytes of ASCII (most text), which fold alone, are folded at once, each
 * capital's high-bit flag moved to its 0x20 bit.
 */
void
sc_fold_case(char *s, size_t len)
{
	const uint64_t high = UINT64_C(0x8080808080808080);
	size_t		i = 0;

	while (i < len)
	{
		uint64_t	w;

		if (len - i >= 8)
		{
			memcpy(&w, s + i, 8);
			if ((w & high) == 0)
			{
				w |= ascii_capitals(w) >> 2;
				memcpy(s + i, &w, 8);
				i += 8;
				continue;
			}
		}
		s[i] = (char) sc_folded_byte(s, len, i);
		i++;
	}
}

/*
 * A continuation byte is folded by the lead byte before it, which is the
 * same in both strings wherever the comparison has got that far: so equal
 * bytes fold equal, and only unequal ones need folding.  A space of word
 * matches a no-break space too, which web pages put inside names
 * ("Region Hovedstaden").
 */
size_t
sc_match_folded(const char *text, size_t len, const char *word)
{
	size_t		i = 0;

	/* no strlen(word): most calls fail at the first byte */
	for (size_t j = 0; word[j] != '\0'; j++)
	{
		if (word[j] == ' ' && i + 1 < len && (unsigned char) text[i] == 0xC2 &&
			(unsigned char) text[i + 1] == 0xA0)
		{
			i += 2;
			continue;
		}
		if (i >= len || (text[i] != word[j] &&
						 sc_folded_byte(text, len, i) != sc_folded_byte(word, j + 1, j)))
			return 0;
		i++;
	}
	return i;
}

bool
sc_is_upper(const char *text, size_t len, size_t pos)
{
	unsigned char c;

	if (pos >= len)
		return false;
	c = (unsigned char) text[pos];
	if (c >= 'A' && c <= 'Z')
		return true;
	if (c == 0xC3 && pos + 1 < len)
	{
		unsigned char d = (unsigned char) text[pos + 1];

		return d >= 0x80 && d <= 0x9E && d != 0x97;
	}
	if ((c == 0xC4 || c == 0xC5) && pos + 1 < len)
	{
		/* Latin Extended-A: capitals at even code points, odd in 0x139..0x148 */
		unsigned	cp = ((c & 0x1F) << 6) | ((unsigned char) text[pos + 1] & 0x3F);

		return (cp >= 0x139 && cp <= 0x148) ? cp % 2 == 1 : cp % 2 == 0 && cp != 0x138;
	}
	return false;
}

bool
sc_is_lower(const char *text, size_t len, size_t pos)
{
	return sc_is_word_char(text, len, pos) && !sc_is_upper(text, len, pos) &&
		!(text[pos] >= '0' && text[pos] <= '9');
}

/*
 * Sets starts[] to the offsets of the first SC_NAME_DISTANCE_MAX characters
 * of s and starts[n] to where the last of them ends; returns n.
 */
static size_t
char_starts(const char *s, size_t len, size_t *starts)
{
	size_t		n = 0,
				i = 0;

	while (i < len && n < SC_NAME_DISTANCE_MAX)
	{
		starts[n++] = i;
		i += sc_char_length(s, len, i);
	}
	starts[n] = i;
	return n;
}

/* Whether the characters a[as..ae) and b[bs..be) are equal, case folded. */
static bool
same_folded_char(const char *a, size_t alen, size_t as, size_t ae,
				 const char *b, size_t blen, size_t bs, size_t be)
{
	if (ae - as != be - bs)
		return false;
	for (size_t k = 0; k < ae - as; k++)
		if (sc_folded_byte(a, alen, as + k) != sc_folded_byte(b, blen, bs + k))
			return false;
	return true;
}

/*
 * Levenshtein distance between two names, in characters, with letters
 * compared case-folded: how far a misspelt name is from a known one, for
 * the hints of failed look-ups.  Names are short; beyond
 * SC_NAME_DISTANCE_MAX characters the rest is not compared.
 */
int
sc_name_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		astart[SC_NAME_DISTANCE_MAX + 1],
				bstart[SC_NAME_DISTANCE_MAX + 1];
	int			row[SC_NAME_DISTANCE_MAX + 1];
	size_t		na,
				nb;

	na = char_starts(a, alen, astart);
	nb = char_starts(b, blen, bstart);
	for (size_t j = 0; j <= nb; j++)
		row[j] = (int) j;
	for (size_t i = 1; i <= na; i++)
	{
		int			diagonal = row[0];

		row[0] = (int) i;
		for (size_t j = 1; j <= nb; j++)
		{
			int			above = row[j];
			int			cost = same_folded_char(a, alen, astart[i - 1], astart[i],
												b, blen, bstart[j - 1], bstart[j]) ? 0 : 1;
			int			best = diagonal + cost;

			if (above + 1 < best)
				best = above + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diagonal = above;
			row[j] = best;
		}
	}
	return row[nb];
}
