/*
 * letter_pairs.h
 *		A cheap, exact gate before searches of a text for words: the pairs
 *		of ASCII letters that stand side by side in it.
 *
 * Where a word stands as sc_match_folded compares it (ex_contains,
 * ex_word_is), each two letters side by side in the word stand side by
 * side in the text: the comparison reads a byte of text for each byte of
 * the word but a space (which a no-break space may match), and folds ASCII
 * letters only to ASCII letters.  So a text that lacks one of a word's
 * pairs lacks the word, and the search for it need not be made.  The
 * pairs are kept hashed to one of 256 bits: a pair that shares a bit with
 * one present may be taken for present, never the other way round.
 *
 * Rules that search each sentence for many words, most sentences holding
 * none of them, read the sentence's pairs once and ask this before each
 * search.
 */
#ifndef SC_LETTER_PAIRS_H
#define SC_LETTER_PAIRS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "words.h"

typedef struct ex_letter_pairs
{
	uint64_t	bits[4];
} ex_letter_pairs;

/* The ASCII letter c, folded, or 0 if c is none. */
static inline unsigned
ex_pair_letter(char c)
{
	unsigned char f = sc_ascii_folded(c);

	return f >= 'a' && f <= 'z' ? f : 0;
}

static inline unsigned
ex_letter_pair_bit(unsigned a, unsigned b)
{
	return (a * 31u + b) & 255;
}

/* Reads the pairs of the bytes [start, end) of text into *pairs. */
static inline void
ex_letter_pairs_of(const char *text, size_t start, size_t end, ex_letter_pairs *pairs)
{
	unsigned	prev = 0;

	memset(pairs, 0, sizeof(*pairs));
	for (size_t p = start; p < end; p++)
	{
		unsigned	c = ex_pair_letter(text[p]);

		if (prev && c)
		{
			unsigned	h = ex_letter_pair_bit(prev, c);

			pairs->bits[h / 64] |= UINT64_C(1) << (h % 64);
		}
		prev = c;
	}
}

/* Whether word may stand in the text whose pairs are pairs; NULL: not known. */
static inline bool
ex_may_hold(const ex_letter_pairs *pairs, const char *word)
{
	if (pairs == NULL)
		return true;
	for (size_t i = 0; word[i] && word[i + 1]; i++)
	{
		unsigned	a = ex_pair_letter(word[i]),
					b = ex_pair_letter(word[i + 1]),
					h = ex_letter_pair_bit(a, b);

		if (a && b && (pairs->bits[h / 64] >> (h % 64) & 1) == 0)
			return false;
	}
	return true;
}

/* Whether one of words, NULL-terminated, may stand there. */
static inline bool
ex_may_hold_any(const ex_letter_pairs *pairs, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (ex_may_hold(pairs, words[i]))
			return true;
	return false;
}

#endif							/* SC_LETTER_PAIRS_H */
