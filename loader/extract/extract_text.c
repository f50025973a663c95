/*
 * extract_text.c
 *		Reading Swedish text for the fact extractor: sentences, words and
 *		numbers written in digits or words.  Dates and the periods
 *		sentences state are period.c's.
 */
#include "extract_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "words.h"

/* Words that end in a period without ending the sentence. */
static const char *const abbreviations[] = {
	"kl", "ca", "nr", "st", "tel", "jfr", "resp", "inkl", "exkl", "dvs", "osv",
	"bl", "ex", "fr", "mfl", "tex", "etc", "jan", "feb", "mar", "apr", "aug",
	"sep", "sept", "okt", "nov", "dec", NULL
};

/*
 * Number words from two upwards; "en" and "ett" are articles too often.
 * ex_may_be_number knows the bytes they begin with.
 */
static const char *const number_words[] = {
	"två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
	"tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton",
	"nitton", "tjugo", NULL
};

/*
 * Number words of two to twenty in Danish, Norwegian and English.  Apart
 * from ex_number's because "to", "ni" and "ti" are everyday words there:
 * only a rule that knows its context reads them (ex_number_any_language).
 */
static const struct
{
	const char *word;
	int			value;
}			other_number_words[] = {
	{"to", 2}, {"two", 2}, {"three", 3}, {"fire", 4}, {"four", 4},
	{"five", 5}, {"seks", 6}, {"six", 6}, {"syv", 7}, {"seven", 7},
	{"otte", 8}, {"åtte", 8}, {"eight", 8}, {"ni", 9}, {"nine", 9}, {"ti", 10}, {"ten", 10},
	{"elleve", 11}, {"eleven", 11}, {"twelve", 12}, {"tretten", 13},
	{"thirteen", 13}, {"fjorten", 14}, {"fourteen", 14}, {"femten", 15},
	{"fifteen", 15}, {"seksten", 16}, {"sixteen", 16}, {"sytten", 17},
	{"seventeen", 17}, {"atten", 18}, {"eighteen", 18}, {"nitten", 19},
	{"nineteen", 19}, {"tyve", 20}, {"tjue", 20}, {"twenty", 20},
	{NULL, 0}
};

static size_t line_end(const ex_doc *doc, size_t pos, size_t end);
static size_t list_after_colon(const ex_doc *doc, size_t pos, size_t end);
static bool is_abbreviation(const ex_doc *doc, size_t start, size_t dot);
static bool ends_sentence(const ex_doc *doc, size_t pos, size_t end);
static int	word_index(const ex_doc *doc, size_t pos, size_t end,
					   const char *const *words, size_t *n);

/* ------------------------------------------------------------------------
 * Sentences
 * ------------------------------------------------------------------------
 */

static size_t
line_end(const ex_doc *doc, size_t pos, size_t end)
{
	const char *nl = memchr(doc->text + pos, '\n', end - pos);

	return nl ? (size_t) (nl - doc->text) : end;
}

/*
 * Bytes of the first of marks, a NULL-terminated list of strings written
 * as they stand (bullets, dashes), that stands at pos before end, or 0.
 */
size_t
ex_mark_at(const ex_doc *doc, size_t pos, size_t end, const char *const *marks)
{
	for (int i = 0; marks[i]; i++)
	{
		size_t		n = strlen(marks[i]);

		if (end - pos >= n && memcmp(doc->text + pos, marks[i], n) == 0)
			return n;
	}
	return 0;
}

/* Bytes of a list bullet at pos that a space follows, or 0. */
size_t
ex_bullet_length(const ex_doc *doc, size_t pos, size_t end)
{
	static const char *const bullets[] = {"•", "–", "-", "*", NULL};
	size_t		n = ex_mark_at(doc, pos, end, bullets);

	return n > 0 && pos + n < end && sc_space_length(doc->text, end, pos + n) > 0 ? n : 0;
}

/* Bytes a line of names after a colon may have, and the first name. */
#define EX_NAMES_LINE_MAX 600
#define EX_FIRST_NAME_MAX 48

/*
 * The end of the line at start if it is a line of names separated by
 * commas, two commas at least ("Bjuv, Bromölla, Burlöv, ..."), that begins
 * with a capital and a short first name; else EX_NONE.
 */
static size_t
names_line_end(const ex_doc *doc, size_t start, size_t end)
{
	size_t		stop = line_end(doc, start, end),
				commas = 0,
				first_comma = EX_NONE;

	if (stop - start > EX_NAMES_LINE_MAX || !sc_is_upper(doc->text, end, start))
		return EX_NONE;
	for (size_t p = start; p < stop; p++)
		if (doc->text[p] == ',')
		{
			if (first_comma == EX_NONE)
				first_comma = p;
			commas++;
		}
	if (commas < 2 || first_comma - start > EX_FIRST_NAME_MAX)
		return EX_NONE;
	return stop;
}

/*
 * The end of the run of bullet lines that follows pos (blank lines may
 * separate them), or of the one line of names separated by commas there
 * ("... nya medlemmar i föreningen Energikontor Sydost:\n\nBjuv, Bromölla,
 * ..."), which the page's parts may have taken for a heading of its own,
 * after the body's end; EX_NONE if the next line is neither.
 */
static size_t
list_after_colon(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		list_end = EX_NONE,
				first = ex_skip_space(doc, pos, doc->len);

	if (first < doc->len && ex_bullet_length(doc, first, doc->len) == 0)
	{
		list_end = names_line_end(doc, first, doc->len);
		return list_end == EX_NONE ? EX_NONE :
			sc_span_trim(doc->text, (sc_span) {0, list_end}).end;
	}
	while (pos < end)
	{
		size_t		start = ex_skip_space(doc, pos, end);

		if (start >= end || ex_bullet_length(doc, start, end) == 0)
			break;
		list_end = line_end(doc, start, end);
		pos = list_end;
	}
	return list_end == EX_NONE ? EX_NONE : sc_span_trim(doc->text, (sc_span) {0, list_end}).end;
}

/* Whether the word before the period at dot is an abbreviation. */
static bool
is_abbreviation(const ex_doc *doc, size_t start, size_t dot)
{
	size_t		ws = dot;
	bool		inner_dot = false;

	while (ws > start && (sc_is_lower(doc->text, dot, ws - 1) || doc->text[ws - 1] == '.' ||
						  ((unsigned char) doc->text[ws - 1] & 0xC0) == 0x80))
	{
		inner_dot |= doc->text[ws - 1] == '.';
		ws--;
	}
	if (ws == dot || dot - ws > 8)
		return false;
	if (ws > start && sc_is_word_char(doc->text, dot, ws - 1))
		return false;			/* part of a capitalised word */
	if (inner_dot || dot - ws == 1)
		return true;
	for (int i = 0; abbreviations[i]; i++)
		if (dot - ws == strlen(abbreviations[i]) &&
			sc_match_folded(doc->text + ws, dot - ws, abbreviations[i]))
			return true;
	return false;
}

/*
 * Whether the character at pos joins a word to an address's or a file
 * name's next part: "@", "/", "\\" and "_" always, a period or colon
 * where no space follows it ("Region.Skane", "https:").
 */
static bool
joins_address(const ex_doc *doc, size_t pos, size_t end)
{
	char		c = doc->text[pos];

	if (c == '@' || c == '/' || c == '\\' || c == '_')
		return true;
	return (c == '.' || c == ':') && pos + 1 < end &&
		sc_space_length(doc->text, end, pos + 1) == 0 && doc->text[pos + 1] != '\n';
}

/*
 * Abbreviations that a name glues to the word after them ("Sdr.Omme",
 * "Sct.Hans"); with a space after them they are read as the sentence's
 * end, as they always were.
 */
static const char *const glued_abbreviations[] = {
	"sdr", "ndr", "sct", "skt", "prof", "mrs", NULL
};

/* Words that end file names and web addresses, not begin sentences. */
static const char *const address_ends[] = {
	"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "htm", "html",
	"php", "aspx", "jpg", "jpeg", "png", "gif", "zip", "com", "net", "org",
	"info", "java", NULL
};

/*
 * Whether the period at dot, with no space after it, still ends a sentence:
 * a page that lost the break between two paragraphs glues them ("… foregår
 * på Fyn.Ejerkredsen består af …").  Read so when at least two lower-case
 * letters end the word before the period and a capitalised word of at
 * least three characters, the second lower case, begins after it; a short
 * abbreviation ("St.Petersburg") has fewer lower-case letters, and
 * glued_abbreviations and is_abbreviation hold longer ones ("Sdr.Omme",
 * "inkl.Moms").  An address or a file name is no sentence's end: not
 * where the word before the period goes on from another part of one
 * ("https://www.Region", "post@kommune.Fyn"), nor where the word after it
 * goes on to one ("Region.Skane.se", "Mette.Larsen@aalborg.dk"), nor
 * before a file's or site's ending ("vedtaegter.Pdf", "Booking.Com").
 * Each period reads back over its own word only, so a line of glued words
 * is read in linear time.
 */
static bool
glued_sentence_end(const ex_doc *doc, size_t dot, size_t end)
{
	size_t		pos = dot,
				word_start,
				word_end,
				second;
	int			lower = 0,
				chars = 0;

	while (pos > 0 && lower < 2)
	{
		size_t		prev = ex_char_start(doc, pos - 1, 0);

		if (!sc_is_lower(doc->text, dot, prev))
			return false;
		lower++;
		pos = prev;
	}
	if (lower < 2 || !sc_is_upper(doc->text, end, dot + 1))
		return false;
	for (word_start = pos; word_start > 0;)
	{
		size_t		prev = ex_char_start(doc, word_start - 1, 0);

		if (!sc_is_word_char(doc->text, dot, prev))
			break;
		word_start = prev;
	}
	if ((word_start > 0 && joins_address(doc, word_start - 1, end)) ||
		ex_word_in(doc, word_start, dot, glued_abbreviations) == dot - word_start)
		return false;
	word_end = ex_word_end(doc, dot + 1, end);
	if (word_end < end && joins_address(doc, word_end, end))
		return false;
	for (size_t p = dot + 1; p < word_end && chars < 3;
		 p += sc_char_length(doc->text, end, p))
		chars++;
	second = dot + 1 + sc_char_length(doc->text, end, dot + 1);
	return chars >= 3 && sc_is_lower(doc->text, end, second) &&
		ex_word_in(doc, dot + 1, word_end, address_ends) != word_end - (dot + 1);
}

/* The dashes a news page's quote begins with: a hyphen, an en dash. */
static const char *const quote_dashes[] = {"-", "–", NULL};

/*
 * Whether the period at dot, after a word in lower case, has a dash, a
 * space and a capitalised word right after it: a news page's next quote,
 * whose dash the text lost its line break before ("... og Birkenes
 * kommuner.- I disse dager søker ...").  Not an amount's ".-" before a
 * currency's code ("12.000.000.- DKK"): the word after is no code in
 * capitals.
 */
static bool
quote_dash_after(const ex_doc *doc, size_t dot, size_t end)
{
	size_t		p = dot + 1,
				dash,
				wend;

	if (dot == 0 || !sc_is_lower(doc->text, dot, ex_char_start(doc, dot - 1, 0)) ||
		(dash = ex_mark_at(doc, p, end, quote_dashes)) == 0)
		return false;
	p += dash;
	if (p + 1 >= end || doc->text[p] != ' ' || !sc_is_upper(doc->text, end, p + 1))
		return false;
	wend = ex_word_end(doc, p + 1, end);
	return wend - (p + 1) == 1 ||
		sc_is_lower(doc->text, end, p + 1 + sc_char_length(doc->text, end, p + 1));
}

/* Whether the period, exclamation or question mark at pos ends a sentence. */
static bool
ends_sentence(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		next = pos + 1;

	if (next < end && sc_space_length(doc->text, end, next) == 0 &&
		doc->text[next] != '\n')	/* "16.30", "www.example.se" end none */
		return doc->text[pos] == '.' &&
			(glued_sentence_end(doc, pos, end) || quote_dash_after(doc, pos, end));
	next = ex_skip_space(doc, next, end);
	if (next < end && sc_is_lower(doc->text, end, next))
		return false;
	return true;
}

/* What ex_next_sentence looks for in a byte; most bytes are none of these. */
enum
{
	EX_SENTENCE_DIGIT = 1, EX_SENTENCE_MARK, EX_SENTENCE_NEWLINE
};

static const unsigned char sentence_bytes[256] = {
	['0'] = EX_SENTENCE_DIGIT, ['1'] = EX_SENTENCE_DIGIT, ['2'] = EX_SENTENCE_DIGIT,
	['3'] = EX_SENTENCE_DIGIT, ['4'] = EX_SENTENCE_DIGIT, ['5'] = EX_SENTENCE_DIGIT,
	['6'] = EX_SENTENCE_DIGIT, ['7'] = EX_SENTENCE_DIGIT, ['8'] = EX_SENTENCE_DIGIT,
	['9'] = EX_SENTENCE_DIGIT,
	['.'] = EX_SENTENCE_MARK, ['!'] = EX_SENTENCE_MARK, ['?'] = EX_SENTENCE_MARK,
	['\n'] = EX_SENTENCE_NEWLINE
};

/*
 * Whether one of the eight bytes of w may be one sentence_bytes knows (an
 * ASCII digit, '.', '!', '?' or '\n'), tested in all eight at once: '!',
 * '\n', or a byte from '.' to '?', which holds the digits and a few signs
 * more.  Each test keeps a byte's high bit where it holds; with the high
 * bits of the bytes cleared first (and those that had one, no ASCII, left
 * out), no sum carries from one byte into the next.
 */
static inline bool
may_hold_sentence_byte(uint64_t w)
{
	const uint64_t ones = UINT64_C(0x0101010101010101),
				low = UINT64_C(0x7F7F7F7F7F7F7F7F),
				high = UINT64_C(0x8080808080808080),
				x = w & low;
	uint64_t	range = (x + (0x80 - '.') * ones) & ~(x + (0x80 - '?' - 1) * ones),
				other = ~((x ^ '!' * ones) + low) | ~((x ^ '\n' * ones) + low);

	return ((range | other) & ~w & high) != 0;
}

/*
 * The first byte from pos on that sentence_bytes knows, or end: eight
 * bytes at a time past those that cannot hold one, most of a sentence's.
 */
static inline size_t
next_sentence_byte(const unsigned char *text, size_t pos, size_t end)
{
	while (pos < end)
	{
		size_t		stop = end - pos >= 8 ? pos + 8 : end;

		if (stop - pos == 8)
		{
			uint64_t	w;

			memcpy(&w, text + pos, 8);
			if (!may_hold_sentence_byte(w))
			{
				pos = stop;
				continue;
			}
		}
		for (; pos < stop; pos++)
			if (sentence_bytes[text[pos]] != 0)
				return pos;
	}
	return end;
}

/*
 * The sentence from pos on, and where the next one begins.  One pass over
 * its bytes by a table finds both its end and whether it has a digit: the
 * bytes trimmed off its ends are spaces, so a digit between start and the
 * end found stands in the sentence.
 */
size_t
ex_next_sentence(const ex_doc *doc, size_t pos, size_t end, ex_sentence *s)
{
	const unsigned char *text = (const unsigned char *) doc->text;
	size_t		start = ex_skip_space(doc, pos, end);
	size_t		i,
				next;
	bool		has_digit = false;

	if (start >= end)
		return end;
	start += ex_bullet_length(doc, start, end);
	start = ex_skip_space(doc, start, end);
	for (i = start; (i = next_sentence_byte(text, i, end)) < end; i++)
	{
		unsigned	kind = sentence_bytes[text[i]];

		if (kind == EX_SENTENCE_DIGIT)
			has_digit = true;
		else if (kind == EX_SENTENCE_NEWLINE)
			break;
		else if (ends_sentence(doc, i, end) &&
				 !(doc->text[i] == '.' && is_abbreviation(doc, start, i)))
		{
			i++;
			break;
		}
	}
	next = i;
	s->span = sc_span_trim(doc->text, (sc_span) {start, i});
	s->list_end = s->span.end;
	s->heading = false;
	s->section_start = false;
	if (s->span.end > s->span.start && doc->text[s->span.end - 1] == ':')
	{
		size_t		list_end = list_after_colon(doc, i, end);

		if (list_end != EX_NONE)
		{
			s->list_end = next = list_end;
			has_digit = has_digit || ex_has_digit(doc, i, list_end);
		}
	}
	s->has_digit = has_digit;
	return next;
}

/*
 * Whether an ASCII digit stands in [pos, end): a sentence without one
 * states no date, so the rules that need one pass it over.
 */
bool
ex_has_digit(const ex_doc *doc, size_t pos, size_t end)
{
	for (; pos < end; pos++)
		if ((unsigned) (doc->text[pos] - '0') < 10)
			return true;
	return false;
}

/* ------------------------------------------------------------------------
 * Words
 * ------------------------------------------------------------------------
 */

/*
 * Where the blanks (spaces and tabs) before pos begin: a line's start if
 * nothing else stands before pos on its line.
 */
size_t
ex_blanks_before(const ex_doc *doc, size_t pos)
{
	while (pos > 0 && (doc->text[pos - 1] == ' ' || doc->text[pos - 1] == '\t'))
		pos--;
	return pos;
}

/* Whether pos begins its line, blanks aside. */
bool
ex_starts_line(const ex_doc *doc, size_t pos)
{
	pos = ex_blanks_before(doc, pos);
	return pos == 0 || doc->text[pos - 1] == '\n';
}

size_t
ex_skip_space(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		n;

	while (pos < end)
	{
		if (doc->text[pos] == '\n')
			pos++;
		else if ((n = sc_space_length(doc->text, end, pos)) > 0)
			pos += n;
		else
			break;
	}
	return pos;
}

/* What ex_mark_words needs to know of a byte of UTF-8. */
enum
{
	EX_BYTE_OTHER, EX_BYTE_ALNUM, EX_BYTE_LATIN_LEAD, EX_BYTE_CONTINUATION
};

#define EX_BYTE_KIND(c) \
	((((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z') || ((c) >= '0' && (c) <= '9') ? \
	 EX_BYTE_ALNUM : (c) >= 0x80 && (c) < 0xC0 ? EX_BYTE_CONTINUATION : \
	 (c) >= 0xC3 && (c) <= 0xC5 ? EX_BYTE_LATIN_LEAD : EX_BYTE_OTHER)
#define EX_BYTE_KINDS_4(c) EX_BYTE_KIND(c), EX_BYTE_KIND((c) + 1), \
	EX_BYTE_KIND((c) + 2), EX_BYTE_KIND((c) + 3)
#define EX_BYTE_KINDS_16(c) EX_BYTE_KINDS_4(c), EX_BYTE_KINDS_4((c) + 4), \
	EX_BYTE_KINDS_4((c) + 8), EX_BYTE_KINDS_4((c) + 12)
#define EX_BYTE_KINDS_64(c) EX_BYTE_KINDS_16(c), EX_BYTE_KINDS_16((c) + 16), \
	EX_BYTE_KINDS_16((c) + 32), EX_BYTE_KINDS_16((c) + 48)

static const unsigned char byte_kinds[256] = {
	EX_BYTE_KINDS_64(0), EX_BYTE_KINDS_64(64), EX_BYTE_KINDS_64(128), EX_BYTE_KINDS_64(192)
};

/*
 * Whether a word may begin at pos: ex_word_start, but not inside a
 * character, where nothing the extractor looks for can begin (in valid
 * UTF-8; a name after "(" begins with a character, too).
 */
static inline bool
word_begins(const ex_doc *doc, size_t pos)
{
	unsigned char c = (unsigned char) doc->text[pos],
				prev = pos > 0 ? (unsigned char) doc->text[pos - 1] : ' ';

	if ((c & 0xC0) == 0x80)
		return false;
	/* the common case, inside a word, without the general test */
	if ((unsigned) ((prev | 0x20) - 'a') < 26 || (unsigned) (prev - '0') < 10)
		return false;
	return ex_word_start(doc, pos);
}

/*
 * What ex_mark_words knows of the bytes before: whether the character
 * before is a letter or digit, and whether the byte before is a lead byte
 * of Latin letters, which makes a letter once a continuation byte follows.
 */
#define EX_AFTER_WORD 1
#define EX_AFTER_LEAD 2

/* Whether a byte of kind k marks a word start in state s. */
#define EX_MARKS(s, k) ((k) != EX_BYTE_CONTINUATION && ((s) & EX_AFTER_WORD) == 0)
/* The state after a byte of kind k in state s. */
#define EX_NEXT_STATE(s, k) \
	((k) == EX_BYTE_CONTINUATION ? (s) | ((s) & EX_AFTER_LEAD ? EX_AFTER_WORD : 0) : \
	 (k) == EX_BYTE_ALNUM ? EX_AFTER_WORD : (k) == EX_BYTE_LATIN_LEAD ? EX_AFTER_LEAD : 0)
#define EX_MARK_STEP(s, k) (EX_MARKS(s, k) | EX_NEXT_STATE(s, k) << 1)
#define EX_MARK_STEPS(s) {EX_MARK_STEP(s, 0), EX_MARK_STEP(s, 1), \
	EX_MARK_STEP(s, 2), EX_MARK_STEP(s, 3)}

/* By state and kind of byte: the mark in bit 0, the next state above. */
static const unsigned char mark_steps[4][4] = {
	EX_MARK_STEPS(0), EX_MARK_STEPS(1), EX_MARK_STEPS(2), EX_MARK_STEPS(3)
};

/*
 * The first of bytes[i..count) that is no ASCII letter or digit, or
 * count: after a letter or digit these mark nothing and leave the state
 * as it is, and most bytes of text are such, so ex_mark_words passes them
 * in a loop of their own (and ex_word_end, as characters of one byte).
 */
static inline size_t
word_rest(const unsigned char *bytes, size_t i, size_t count)
{
	while (i < count && byte_kinds[bytes[i]] == EX_BYTE_ALNUM)
		i++;
	return i;
}

/*
 * The marks of bytes[0..count), at most 64 bytes, from state on, one
 * byte at a time: the general way of ex_mark_words, by a table of steps
 * (but for the rest of a word, see word_rest).
 */
static uint64_t
mark_bytes(const unsigned char *bytes, size_t count, unsigned *state)
{
	uint64_t	marks = 0;
	unsigned	s = *state;

	/* word_rest moves i on itself, past the rest of a word */
	for (size_t i = 0; i < count; i++)
	{
		unsigned	step;

		if (s == EX_AFTER_WORD && (i = word_rest(bytes, i, count)) == count)
			break;
		step = mark_steps[s][byte_kinds[bytes[i]]];
		marks |= (uint64_t) (step & 1) << i;
		s = step >> 1;
	}
	*state = s;
	return marks;
}

#define EX_ONES UINT64_C(0x0101010101010101)
#define EX_HIGH UINT64_C(0x8080808080808080)

/*
 * The eight bytes at p, byte i at bits 8i to 8i + 7 whatever the
 * machine's order, which a compiler loads at once.
 */
static inline uint64_t
load_eight(const unsigned char *p)
{
	return (uint64_t) p[0] | (uint64_t) p[1] << 8 | (uint64_t) p[2] << 16 |
		(uint64_t) p[3] << 24 | (uint64_t) p[4] << 32 | (uint64_t) p[5] << 40 |
		(uint64_t) p[6] << 48 | (uint64_t) p[7] << 56;
}

/*
 * The high bit of each byte of x, whose high bits are clear, that lies in
 * [lo, hi]: sums that cannot carry from one byte into the next.
 */
static inline uint64_t
bytes_between(uint64_t x, unsigned lo, unsigned hi)
{
	return (x + (0x80 - lo) * EX_ONES) & ~(x + (0x7F - hi) * EX_ONES) & EX_HIGH;
}

/*
 * The marks of the eight bytes at p, from *state on, all at once, as
 * mark_bytes makes them; false, and *state as it was, where a
 * continuation byte follows another inside them (a character of three or
 * four bytes, or bytes that are none), which mark_bytes is left to read.
 *
 * Each kind of byte is a mask of high bits, byte i of the eight at bits
 * 8i to 8i + 7.  A continuation byte's character is a letter (it leaves
 * EX_AFTER_WORD) where the byte before is a letter or digit or a lead
 * byte of Latin letters, or, for the first of the eight, where the state
 * is not 0; any other byte's, where it is a letter or digit.  A byte
 * other than a continuation is marked where the character before it is
 * no letter or digit.
 */
static inline bool
mark_eight(const unsigned char *p, unsigned *state, uint64_t *marks)
{
	uint64_t	w = load_eight(p),
				x = w & ~EX_HIGH,
				ascii = ~w & EX_HIGH,
				alnum = (bytes_between(x | 0x20 * EX_ONES, 'a', 'z') |
						 bytes_between(x, '0', '9')) & ascii,
				lead = bytes_between(x, 0xC3 & 0x7F, 0xC5 & 0x7F) & w,
				continuation = w & ~(x + 0x40 * EX_ONES) & EX_HIGH,
				letter,
				after_letter;
	unsigned	s = *state;

	if ((continuation & continuation << 8) != 0)
		return false;
	letter = alnum | (continuation & ((alnum | lead) << 8 | (s != 0 ? 0x80 : 0)));
	after_letter = letter << 8 | ((s & EX_AFTER_WORD) ? 0x80 : 0);
	/* byte i's high bit to bit i: no two of the products overlap */
	*marks = (((~continuation & ~after_letter & EX_HIGH) >> 7) *
			  UINT64_C(0x0102040810204080)) >> 56;
	/*
	 * The state the last byte leaves: after a letter's continuation byte
	 * EX_NEXT_STATE leaves EX_AFTER_WORD with or without EX_AFTER_LEAD,
	 * which mark the same bytes and lead to states that do too.
	 */
	*state = (unsigned) (letter >> 63) * EX_AFTER_WORD |
		(unsigned) (lead >> 63) * EX_AFTER_LEAD;
	return true;
}

/*
 * Marks where words may begin in span, into word_starts, which has room
 * for a bit of each of its bytes.  The marks depend on the text alone, so
 * the whole text's, made once, serve every sentence and walk.
 *
 * This is word_begins in one pass, reading each byte once, eight at a time
 * where mark_eight can, else by mark_bytes' table of steps, and gathering
 * the marks of 64 bytes in a register.
 */
void
ex_mark_words(ex_doc *doc, sc_span span)
{
	const unsigned char *text = (const unsigned char *) doc->text + span.start;
	size_t		n = span.end - span.start;
	unsigned	state;

	if (n == 0)
		return;
	/* the state the bytes before leave, as word_begins reads them */
	if (span.start > 0 && byte_kinds[text[-1]] == EX_BYTE_LATIN_LEAD)
		state = EX_AFTER_LEAD;
	else
		state = ex_word_start(doc, span.start) ? 0 : EX_AFTER_WORD;
	for (size_t block = 0; block * 64 < n; block++)
	{
		size_t		count = n - block * 64 < 64 ? n - block * 64 : 64;
		uint64_t	marks = 0;

		const unsigned char *bytes = text + block * 64;

		for (size_t i = 0; i < count; i += 8)
		{
			uint64_t	eight;

			if (count - i < 8 || !mark_eight(bytes + i, &state, &eight))
				eight = mark_bytes(bytes + i, count - i < 8 ? count - i : 8, &state);
			marks |= eight << i;
		}
		doc->word_starts[block] = marks;
	}
	doc->marked = (sc_span) {span.start, span.start + n};
}

/*
 * The start of the word before pos, across the spaces before pos and not
 * before start, or EX_NONE: "samverkan" before "med" in "i samverkan
 * med".
 */
size_t
ex_word_before(const ex_doc *doc, size_t start, size_t pos)
{
	size_t		p = pos;

	while (p > start && doc->text[p - 1] == ' ')
		p--;
	if (p == pos || p == start)
		return EX_NONE;
	/* not inside a character: "Bodø" ends in a letter of two bytes */
	while (p > start && !word_begins(doc, p))
		p--;
	return ex_word_start(doc, p) ? p : EX_NONE;
}

/*
 * ex_word_from's way past the marks it finds in the 64 bits at pos: on
 * through the marks, then byte by byte beyond them.
 */
size_t
ex_word_after(const ex_doc *doc, size_t pos, size_t end)
{
	while (pos < end && pos >= doc->marked.start && pos < doc->marked.end)
	{
		uint64_t	bits = ex_marks_from(doc, pos);

		if (bits != 0)
		{
			pos += ex_lowest_bit(bits);
			return pos < end ? pos : end;
		}
		pos += 64 - (pos - doc->marked.start) % 64;
		if (pos > doc->marked.end)
			pos = doc->marked.end;
	}
	while (pos < end && !word_begins(doc, pos))
		pos++;
	return pos;
}

/*
 * Lets by gate the words of text that sc_match_folded may match word at:
 * by its first byte, in either case, and the low five bits of its second,
 * which folding leaves as they are; by its first byte alone where that is
 * no ASCII letter (a lead byte, say), or the word is of one byte or has a
 * space second (which a no-break space of two bytes matches); every word
 * where it begins with a space.
 */
void
ex_gate_add_word(ex_word_gate *gate, const char *word)
{
	unsigned char first = (unsigned char) word[0];

	if (first == ' ')
		for (unsigned c = 0; c < 256; c++)
			ex_gate_add_first(gate, (unsigned char) c);
	else if (sc_ascii_folded(first) < 'a' || sc_ascii_folded(first) > 'z' ||
			 word[1] == '\0' || word[1] == ' ')
	{
		ex_gate_add_first(gate, first);
		ex_gate_add_first(gate, first ^ 0x20);
	}
	else
		ex_gate_add_pair(gate, first, (unsigned char) word[1]);
}

/*
 * ex_word_from_gate reads the marks of a block of 64 bytes in a loop of
 * its own, cut at end, a few tests for each word the gate turns away, and
 * goes word by word only where the text is not marked.
 */
size_t
ex_word_from_gate(const ex_doc *doc, size_t pos, size_t end, const ex_word_gate *gate)
{
	while (pos < end)
	{
		size_t		i = pos - doc->marked.start;
		uint64_t	bits;

		if (i >= doc->marked.end - doc->marked.start)
		{
			if ((pos = ex_word_from(doc, pos, end)) >= end ||
				ex_gate_lets_by(gate, doc, pos, end))
				return pos;
			pos++;
			continue;
		}
		bits = doc->word_starts[i / 64] >> (i % 64);
		if (end - pos < 64)
			bits &= (UINT64_C(1) << (end - pos)) - 1;
		for (; bits != 0; bits &= bits - 1)
		{
			size_t		at = pos + ex_lowest_bit(bits);

			if (ex_gate_lets_by(gate, doc, at, end))
				return at;
		}
		pos += 64 - i % 64;
	}
	return end;
}

/*
 * The end of the word at pos; hyphens inside it belong to it.  Most of a
 * word's bytes are ASCII letters or digits, which word_rest passes
 * without asking their character's length.
 */
size_t
ex_word_end(const ex_doc *doc, size_t pos, size_t end)
{
	const unsigned char *text = (const unsigned char *) doc->text;

	while ((pos = word_rest(text, pos, end)) < end)
	{
		if (sc_is_word_char(doc->text, end, pos))
			pos += sc_char_length(doc->text, end, pos);
		else if (doc->text[pos] == '-' && sc_is_word_char(doc->text, end, pos + 1))
			pos++;
		else
			break;
	}
	return pos;
}

/*
 * The start of the word after the one at pos, across spaces only; at
 * anything else than a word, past its character.  Always moves on (but
 * at end), so that loops over words end.
 */
size_t
ex_next_word(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		wend = ex_word_end(doc, pos, end);

	if (wend == pos && pos < end)
		wend += sc_char_length(doc->text, end, pos);
	return ex_skip_space(doc, wend, end);
}

/* ex_word_is past its test of the first byte. */
size_t
ex_match_word(const ex_doc *doc, size_t pos, size_t end, const char *word)
{
	size_t		n;

	if (!ex_word_start(doc, pos))
		return 0;
	n = sc_match_folded(doc->text + pos, end - pos, word);
	if (n == 0 || sc_is_word_char(doc->text, end, pos + n))
		return 0;
	return n;
}

/*
 * The index of the first of words standing whole at pos, its bytes in *n;
 * or -1.  The byte at pos is folded once, and words that cannot begin
 * with it are passed over at the cost of a comparison.
 */
static int
word_index(const ex_doc *doc, size_t pos, size_t end, const char *const *words,
		   size_t *n)
{
	unsigned char c;

	if (pos >= end)
		return -1;
	c = sc_ascii_folded(doc->text[pos]);
	for (int i = 0; words[i]; i++)
		if ((sc_ascii_folded(words[i][0]) == c || words[i][0] == ' ') &&
			(*n = ex_word_is(doc, pos, end, words[i])) > 0)
			return i;
	return -1;
}

size_t
ex_word_in(const ex_doc *doc, size_t pos, size_t end, const char *const *words)
{
	size_t		n;

	return word_index(doc, pos, end, words, &n) >= 0 ? n : 0;
}

/* Called through ex_word_list_init, which checks the list's length. */
void
ex_word_list_index(ex_word_list *list, const char *const *words)
{
	*list = (ex_word_list) {words, {0}};

	/*
	 * The bound only keeps the shift below defined should a list pass the
	 * macro unchecked: words past it could not be found.
	 */
	for (int i = 0; words[i] && i < EX_LIST_MAX_WORDS; i++)
	{
		unsigned char c = sc_ascii_folded(words[i][0]);
		uint64_t	bit = UINT64_C(1) << i;

		if (c != ' ')
			list->by_initial[c % 32] |= bit;
		else
			for (int class = 0; class < 32; class++)
				list->by_initial[class] |= bit;
	}
}

/*
 * word_index for an indexed list: the index of the same word, the first
 * of the list's order that stands whole at pos, found among fewer.
 */
static int
list_word_index(const ex_doc *doc, size_t pos, size_t end, const ex_word_list *list,
				size_t *n)
{
	uint64_t	candidates;

	if (pos >= end)
		return -1;
	for (candidates = list->by_initial[sc_ascii_folded(doc->text[pos]) % 32];
		 candidates != 0; candidates &= candidates - 1)
	{
		int			i = ex_lowest_bit(candidates);

		if ((*n = ex_word_is(doc, pos, end, list->words[i])) > 0)
			return i;
	}
	return -1;
}

/* ex_word_in for an indexed list. */
size_t
ex_word_in_list(const ex_doc *doc, size_t pos, size_t end, const ex_word_list *list)
{
	size_t		n;

	return list_word_index(doc, pos, end, list, &n) >= 0 ? n : 0;
}

/* Bytes of the whole word at pos if it begins with prefix, else 0. */
size_t
ex_word_prefix(const ex_doc *doc, size_t pos, size_t end, const char *prefix)
{
	if (pos >= end || !sc_may_match_folded(doc->text + pos, end - pos, prefix) ||
		!ex_word_start(doc, pos) ||
		sc_match_folded(doc->text + pos, end - pos, prefix) == 0)
		return 0;
	return ex_word_end(doc, pos, end) - pos;
}

/*
 * Bytes of the word at pos if it names an office of a county that is not
 * the region the gazetteer holds, after the county's name: "Roskilde Amt",
 * "Amtskommuner" (Danish counties of the past), "Norrbottens
 * Länsstyrelse" (the state's county board); else 0.
 */
size_t
ex_county_office_word(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		n = ex_word_prefix(doc, pos, end, "amt");

	return n > 0 ? n : ex_word_prefix(doc, pos, end, "länsstyrels");
}

size_t
ex_find(const ex_doc *doc, size_t pos, size_t end, const char *word)
{
	for (pos = ex_word_from(doc, pos, end); pos < end; pos = ex_word_from(doc, pos + 1, end))
		if (ex_word_is(doc, pos, end, word))
			return pos;
	return EX_NONE;
}

/* Sets gate to let by the words of a NULL-terminated list, and no other. */
static void
gate_of_words(ex_word_gate *gate, const char *const *words)
{
	memset(gate, 0, sizeof(*gate));
	for (int i = 0; words[i]; i++)
		ex_gate_add_word(gate, words[i]);
}

/*
 * Where the first word of [pos, end) that begins with one of prefixes
 * stands ("invånare5 000 kr" begins with "invånare", "per kommuninvånare"
 * has no word that does), or EX_NONE.  As in ex_find_in, a word that
 * begins like none of them is passed over by ex_word_from_gate.
 */
size_t
ex_find_prefix_in(const ex_doc *doc, size_t pos, size_t end, const char *const *prefixes)
{
	ex_word_gate gate;

	gate_of_words(&gate, prefixes);
	for (pos = ex_word_from_gate(doc, pos, end, &gate); pos < end;
		 pos = ex_word_from_gate(doc, pos + 1, end, &gate))
	{
		for (int i = 0; prefixes[i]; i++)
			if (ex_word_prefix(doc, pos, end, prefixes[i]) > 0)
				return pos;
	}
	return EX_NONE;
}

/*
 * A search along a sentence meets many words and few that begin like one
 * of the list, so the list's first bytes make a gate once, and
 * ex_word_from_gate passes over every word that begins otherwise in a
 * loop of its own, at the cost of a few tests.
 */
size_t
ex_find_in(const ex_doc *doc, size_t pos, size_t end, const char *const *words,
		   size_t *matched)
{
	ex_word_gate gate;

	gate_of_words(&gate, words);
	for (pos = ex_word_from_gate(doc, pos, end, &gate); pos < end;
		 pos = ex_word_from_gate(doc, pos + 1, end, &gate))
	{
		size_t		n;

		if ((n = ex_word_in(doc, pos, end, words)) > 0)
		{
			*matched = n;
			return pos;
		}
	}
	return EX_NONE;
}

/* The first c in [p, stop), or stop. */
static const char *
next_byte(const char *p, const char *stop, char c)
{
	const char *hit = memchr(p, c, stop - p);

	return hit ? hit : stop;
}

/*
 * The offset in part of its rarest ASCII letter before any space, or -1:
 * up to its first space, each byte of part matches one byte of text
 * (sc_match_folded), so the letter stands at that offset from a match.
 */
static int
anchor_of(const char *part)
{
	/* how common each letter a..z is in Swedish text, rarest 0 */
	static const unsigned char commonness[26] = {
		24, 7, 6, 17, 25, 10, 13, 11, 19, 5, 14, 18, 15, 23, 16, 8, 0, 22, 21,
		20, 9, 12, 2, 3, 4, 1
	};
	int			anchor = -1;

	for (int i = 0; part[i] != '\0' && part[i] != ' '; i++)
	{
		unsigned char c = sc_ascii_folded(part[i]);

		if (c >= 'a' && c <= 'z' &&
			(anchor < 0 ||
			 commonness[c - 'a'] < commonness[sc_ascii_folded(part[anchor]) - 'a']))
			anchor = i;
	}
	return anchor;
}

/*
 * The key of ex_pair_set of the bytes a and b, b after a: the low five
 * bits of each, a's in the key's low byte.
 * Folding changes no byte but by its 0x20 bit (an ASCII capital, or the
 * second byte of a Latin-1 one), so bytes sc_match_folded takes for equal
 * give the same key, whatever byte stands before them.
 */
static inline unsigned
pair_key(unsigned char a, unsigned char b)
{
	return (a & 0x1Fu) | (b & 0x1Fu) << 8;
}

/*
 * Sets set to the pairs of [span.start, span.end).  This reads nearly
 * every byte of the text once, so it costs little more than a store a
 * byte: the keys of four pairs are cut from eight bytes loaded at once,
 * they index the table as they are, and no clearing is needed between
 * sentences.
 */
static void
note_pairs(const ex_doc *doc, sc_span span, ex_pair_set *set)
{
	const char *text = doc->text;
	uint8_t    *seen = set->seen;
	uint8_t		generation = set->generation + 1;
	size_t		i = span.start;

	if (generation == 0)
	{
		memset(seen, 0, sizeof(set->seen));
		generation = 1;
	}
	for (; i + 8 <= span.end; i += 4)
	{
		uint64_t	keys = load_eight((const unsigned char *) text + i);

		seen[keys & 0x1F1F] = generation;
		seen[keys >> 8 & 0x1F1F] = generation;
		seen[keys >> 16 & 0x1F1F] = generation;
		seen[keys >> 24 & 0x1F1F] = generation;
	}
	for (; i + 1 < span.end; i++)
		seen[pair_key((unsigned char) text[i], (unsigned char) text[i + 1])] = generation;
	set->generation = generation;
	set->of = span;
}

/*
 * The pairs of the sentence visited, made if they are not yet, where it
 * holds [pos, end); else NULL, and no part can be judged by them.
 */
static const ex_pair_set *
pairs_holding(const ex_doc *doc, size_t pos, size_t end)
{
	ex_pair_set *set = &((ex_doc *) doc)->sentence_pairs;	/* a cache of the text's */

	if (pos < doc->sentence.start || end > doc->sentence.end ||
		doc->sentence.start >= doc->sentence.end)
		return NULL;
	if (set->of.start != doc->sentence.start || set->of.end != doc->sentence.end)
		note_pairs(doc, doc->sentence, set);
	return set;
}

/*
 * Whether part may stand in a text of the pairs of set, or set is NULL:
 * every pair of its bytes but those with a space (which a no-break space
 * of two bytes matches) stands in it.
 */
static inline bool
may_stand_in(const ex_pair_set *set, const char *part)
{
	if (set == NULL)
		return true;
	for (const unsigned char *p = (const unsigned char *) part; p[1] != '\0'; p++)
		if (p[0] != ' ' && p[1] != ' ' && set->seen[pair_key(p[0], p[1])] != set->generation)
			return false;
	return true;
}

/* Whether part may stand in [pos, end), by the pairs of the sentence visited. */
static bool
may_stand_in_sentence(const ex_doc *doc, size_t pos, size_t end, const char *part)
{
	return may_stand_in(pairs_holding(doc, pos, end), part);
}

/*
 * Bytes of text that ex_find_part reads byte by byte, for want of a rare
 * letter to look for or because finding one costs more than the reading:
 * most of its searches are in one word ("kommunalförbundet" for each
 * noun an organisation's name may end in).
 */
#define EX_SHORT_SEARCH 32

/*
 * ex_find_part past its test of the sentence's pairs.  A match spells
 * every byte of part (a space may take two, a no-break space), so none
 * fits in fewer bytes.  In a long text, a match has part's rarest letter
 * at a fixed offset, in either case, which memchr finds faster than a
 * test of every byte, and in fewer places than a commoner letter.
 */
static size_t
search_part(const ex_doc *doc, size_t pos, size_t end, const char *part)
{
	const char *stop = doc->text + end,
			   *lower,
			   *upper;
	size_t		length = strlen(part);
	int			anchor;
	char		c,
				capital;

	if (pos >= end || end - pos < length)
		return EX_NONE;
	if (end - pos <= EX_SHORT_SEARCH || (anchor = anchor_of(part)) < 0)
	{
		for (; pos < end; pos++)
			if (sc_may_match_folded(doc->text + pos, end - pos, part) &&
				sc_match_folded(doc->text + pos, end - pos, part))
				return pos;
		return EX_NONE;
	}
	if (end - pos <= (size_t) anchor)
		return EX_NONE;
	c = (char) sc_ascii_folded(part[anchor]);
	capital = (char) (c - ('a' - 'A'));
	lower = next_byte(doc->text + pos + anchor, stop, c);
	upper = next_byte(doc->text + pos + anchor, stop, capital);
	while (lower < stop || upper < stop)
	{
		const char *hit = lower < upper ? lower : upper,
				   *at = hit - anchor;

		if (sc_may_match_folded(at, stop - at, part) &&
			sc_match_folded(at, stop - at, part))
			return at - doc->text;
		if (hit == lower)
			lower = next_byte(hit + 1, stop, c);
		else
			upper = next_byte(hit + 1, stop, capital);
	}
	return EX_NONE;
}

/*
 * Where part first stands in [pos, end), compared folded, or EX_NONE.
 * Beyond a short search, the sentence's pairs rule most parts out before
 * the text is read.
 */
size_t
ex_find_part(const ex_doc *doc, size_t pos, size_t end, const char *part)
{
	if (pos < end && end - pos > EX_SHORT_SEARCH &&
		!may_stand_in_sentence(doc, pos, end, part))
		return EX_NONE;
	return search_part(doc, pos, end, part);
}

bool
ex_contains(const ex_doc *doc, size_t pos, size_t end, const char *part)
{
	return ex_find_part(doc, pos, end, part) != EX_NONE;
}

/*
 * Whether one of words, a NULL-terminated list, may stand in [pos, end),
 * by the sentence's pairs: false only where none of them can.  Rules that
 * read a sentence word by word for one of a list ask this first, at the
 * cost of a few lookups a word of the list; their reading costs tens of
 * instructions a word of the sentence.
 */
bool
ex_may_contain_any(const ex_doc *doc, size_t pos, size_t end, const char *const *words)
{
	const ex_pair_set *set = pairs_holding(doc, pos, end);

	for (int i = 0; words[i]; i++)
		if (may_stand_in(set, words[i]))
			return true;
	return false;
}

/*
 * Whether one of parts, a NULL-terminated list, stands in [pos, end) as
 * ex_contains finds it.  Rules ask this of lists of some thirty words at
 * every sentence, and most sentences hold none of them: each is judged by
 * the sentence's pairs before it is searched for, also in a short
 * sentence, whose pairs cost less than reading it for each word.  The
 * last few answers are kept, for the lists asked again of a sentence.
 */
bool
ex_contains_any(const ex_doc *doc, size_t pos, size_t end, const char *const *parts)
{
	ex_doc	   *memo = (ex_doc *) doc;	/* a cache of the text's */
	const ex_pair_set *set;
	bool		found = false;

	for (int i = 0; i < EX_CONTAINED_MEMOS; i++)
	{
		const ex_contained *answer = &doc->contained[i];

		if (answer->parts == parts && answer->range.start == pos && answer->range.end == end)
			return answer->found;
	}
	set = pairs_holding(doc, pos, end);
	for (int i = 0; parts[i] && !found; i++)
		found = may_stand_in(set, parts[i]) && search_part(doc, pos, end, parts[i]) != EX_NONE;
	memo->contained[memo->ncontained++ % EX_CONTAINED_MEMOS] =
		(ex_contained) {parts, {pos, end}, found};
	return found;
}

void
ex_copy(const ex_doc *doc, sc_span span, char *buf, size_t size)
{
	size_t		n = span.end - span.start;

	if (n >= size)
	{
		n = size - 1;
		while (n > 0 && ((unsigned char) doc->text[span.start + n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(buf, doc->text + span.start, n);
	buf[n] = '\0';
}

/*
 * Whether part spells the first words of whole, a shorter name of the
 * same thing: "Europa Direkt" of "Europa Direkt Sydöstra Skåne".
 */
bool
ex_span_prefix(const ex_doc *doc, sc_span whole, sc_span part)
{
	size_t		n = part.end - part.start;

	if (n == 0 || n >= whole.end - whole.start || doc->text[whole.start + n] != ' ')
		return false;
	for (size_t i = 0; i < n; i++)
		if (sc_folded_byte(doc->text, doc->len, whole.start + i) !=
			sc_folded_byte(doc->text, doc->len, part.start + i))
			return false;
	return true;
}

/* ------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------
 */

/* Bytes of up to four digits standing alone at pos, or 0. */
size_t
ex_digits(const ex_doc *doc, size_t pos, size_t end, int *value)
{
	size_t		i = pos;
	int			v = 0;

	if (!ex_word_start(doc, pos))
		return 0;
	while (i < end && i - pos < 5 && doc->text[i] >= '0' && doc->text[i] <= '9')
		v = v * 10 + (doc->text[i++] - '0');
	if (i == pos || i - pos > 4 || sc_is_word_char(doc->text, end, i))
		return 0;
	*value = v;
	return i - pos;
}

/*
 * The number words, indexed once for all documents: counts are looked for
 * at every word of a sentence, and many words begin like a number word of
 * one language or another ("tillstånd", "sekretariat", "äldre").  How
 * other_number_words begin (their first two bytes) turns most words away
 * before their list is asked.
 */
static ex_word_list number_list;
static const char *other_number_texts[sizeof(other_number_words) /
									  sizeof(other_number_words[0])];
static ex_word_list other_number_list;
static ex_initials other_number_initials;
static ex_word_gate number_gate;	/* digits and every number word */
static pthread_once_t number_lists_once = PTHREAD_ONCE_INIT;

static void
index_number_words(void)
{
	for (int i = 0; other_number_words[i].word; i++)
	{
		other_number_texts[i] = other_number_words[i].word;
		ex_initials_add(&other_number_initials, other_number_words[i].word);
		ex_gate_add_word(&number_gate, other_number_words[i].word);
	}
	for (int i = 0; number_words[i]; i++)
		ex_gate_add_word(&number_gate, number_words[i]);
	for (unsigned char c = '0'; c <= '9'; c++)
		ex_gate_add_first(&number_gate, c);
	ex_word_list_init(&number_list, number_words);
	ex_word_list_init(&other_number_list, other_number_texts);
}

/*
 * How a word that ex_number_any_language reads as a number begins, for a
 * walk that reads numbers only (ex_word_from_gate).
 */
const ex_word_gate *
ex_number_gate(void)
{
	pthread_once(&number_lists_once, index_number_words);
	return &number_gate;
}

size_t
ex_number(const ex_doc *doc, size_t pos, size_t end, int *n)
{
	size_t		len;
	int			i;

	if (!ex_may_be_number(doc, pos, end))
		return 0;
	if ((len = ex_digits(doc, pos, end, n)) > 0)
		return len;
	pthread_once(&number_lists_once, index_number_words);
	if ((i = list_word_index(doc, pos, end, &number_list, &len)) < 0)
		return 0;
	*n = i + 2;
	return len;
}

size_t
ex_number_any_language(const ex_doc *doc, size_t pos, size_t end, int *n)
{
	size_t		len;
	int			i;

	if ((len = ex_number(doc, pos, end, n)) > 0)
		return len;
	pthread_once(&number_lists_once, index_number_words);
	if (!ex_initials_has(&other_number_initials, doc, pos, end) ||
		(i = list_word_index(doc, pos, end, &other_number_list, &len)) < 0)
		return 0;
	*n = other_number_words[i].value;
	return len;
}
