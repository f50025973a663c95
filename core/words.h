/*
 * words.h
 *		Words of Swedish and Danish text: characters, case-folded matching
 *		and word boundaries, for the gazetteer and the fact extractor.
 *
 * Case folding covers ASCII and the Latin-1 capitals U+00C0..U+00DE
 * (Å, Ä, Ö, Æ, Ø, É ...), which is all the names and words of the
 * documents need; other characters compare as they are.
 */
#ifndef SC_WORDS_H
#define SC_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* Bytes of the UTF-8 character at pos (1 for a stray or truncated byte). */
extern size_t sc_char_length(const char *s, size_t len, size_t pos);

/* The byte at pos with the case of its letter folded. */
extern unsigned char sc_folded_byte(const char *s, size_t len, size_t pos);

/* Folds the case of the len bytes of s in place. */
extern void sc_fold_case(char *s, size_t len);

/*
 * Bytes of text (at most len) that spell word with letters compared
 * folded and a no-break space allowed for a space, or 0.  No boundary is
 * checked.
 */
extern size_t sc_match_folded(const char *text, size_t len, const char *word);

/*
 * Every byte, with an ASCII capital folded to its small letter: the
 * extractor folds nearly every byte it compares, and a load costs less
 * than the comparisons.
 */
extern const unsigned char sc_ascii_fold[256];

static inline unsigned char
sc_ascii_folded(char c)
{
	return sc_ascii_fold[(unsigned char) c];
}

/*
 * Whether text may begin with word as sc_match_folded compares them, by
 * the first two bytes: a cheap test for loops that try many words at many
 * places.  Both fold as ASCII unless the first is a lead byte.
 */
static inline bool
sc_may_match_folded(const char *text, size_t len, const char *word)
{
	if (len == 0)
		return false;
	if (word[0] == ' ')
		return true;			/* a no-break space matches it too */
	if (sc_ascii_folded(text[0]) != sc_ascii_folded(word[0]))
		return false;
	if (word[1] == '\0' || word[1] == ' ' || (unsigned char) word[0] >= 0x80)
		return true;
	return len > 1 && sc_ascii_folded(text[1]) == sc_ascii_folded(word[1]);
}

/*
 * Whether the character at pos is a letter or digit (false at len).  Inline,
 * since the extractor asks it of nearly every byte it reads.
 *
 * extract_text.c repeats this definition for speed, in EX_BYTE_KIND (the
 * byte_kinds table of ex_mark_words), in mark_eight's masks and in
 * word_begins' ASCII fast path: a change here must be made there too.  test_extract's word marks check
 * fails if they disagree.
 */
static inline bool
sc_is_word_char(const char *text, size_t len, size_t pos)
{
	unsigned char c;

	if (pos >= len)
		return false;
	c = (unsigned char) text[pos];
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return true;
	/* Lead bytes of Latin-1 Supplement and Latin Extended-A letters, whole. */
	return c >= 0xC3 && c <= 0xC5 && pos + 2 <= len;
}

/* Whether the character at pos is an upper-case letter. */
extern bool sc_is_upper(const char *text, size_t len, size_t pos);

/* Whether the character at pos is a lower-case letter. */
extern bool sc_is_lower(const char *text, size_t len, size_t pos);

/* Characters of a name that sc_name_distance compares. */
#define SC_NAME_DISTANCE_MAX 64

/* Levenshtein distance in characters, letters compared case-folded. */
extern int	sc_name_distance(const char *a, size_t alen, const char *b, size_t blen);

#endif							/* SC_WORDS_H */
