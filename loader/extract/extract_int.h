/*
 * extract_int.h
 *		What the files of the fact extractor share: the state of one
 *		document's extraction, and the reading of words, numbers, dates
 *		and names inside a sentence.
 *
 * All positions are byte offsets into the whole text; "end" is the end of
 * the sentence being read, past which nothing is looked at.
 */
#ifndef SC_EXTRACT_INT_H
#define SC_EXTRACT_INT_H

#include "extract.h"
#include "extract_patterns.h"
#include "gazetteer.h"
#include "period.h"
#include "words.h"

/* Organisations one document may name; more are not recorded. */
#define EX_MAX_ORGS 32
#define EX_NAME_MAX 128
#define EX_NONE ((size_t) -1)

/* A number of members a body may have: a larger one is a year or another quantity. */
#define EX_MEMBER_COUNT_MAX 1000

/*
 * Searches of the whole text (is a word capitalised elsewhere?) one
 * document may make, so that hostile input cannot make the work quadratic.
 */
#define EX_MAX_SCANS 64

/* A sentence; a list after its final colon is part of it up to list_end. */
typedef struct ex_sentence
{
	sc_span		span;
	size_t		list_end;
	bool		heading;
	bool		section_start;	/* the heading or first sentence of a section */
	/*
	 * An ASCII digit stands in [span.start, list_end); rules that need a
	 * date skip sentences without one.
	 */
	bool		has_digit;
} ex_sentence;

typedef struct ex_org
{
	char		name[EX_NAME_MAX];
	char		abbreviation[16];
	char		former[EX_NAME_MAX];
	char		start[SC_VALIDITY_TEXT_SIZE];	/* lower bound, or "" */
	char		renamed[SC_VALIDITY_TEXT_SIZE]; /* since when so named, or "" */
	sc_span		start_evidence; /* the sentence that gave start */
	const char *kind;
	const char *rule;
	sc_span		evidence;
	size_t		defined_at;		/* the sentence defining it, or EX_NONE */
	bool		defined_again;	/* a sentence that begins with its name defines
								 * it, after it was named (ex_emit_at asks) */
	char		body[EX_NAME_MAX];	/* its distinctive words (same_body) */
	const char *head;			/* the head of patterns.tsv (or stem of a
								 * compound kind) its name holds first, or
								 * NULL (same_body) */
	char		bare[EX_NAME_MAX];	/* its name without its legal form
									 * ("Vestfold Vann" of "Vestfold Vann
									 * IKS"), or "" */
} ex_org;

/* Members whose own period a sentence states: "Hörby anslöt sig 2015". */
#define EX_MAX_MEMBER_PERIODS 64

typedef struct ex_member_period
{
	int			org;
	const sc_place *place;
	ex_period	period;
} ex_member_period;

/*
 * How the words of a list may begin, so that a search along a sentence
 * passes over the many words that begin like none of them.  Words are
 * known by what sc_may_match_folded compares: the folded first byte of
 * words it tells by that alone (a space, which a no-break space matches,
 * stands for every byte), and a hash of the folded first two bytes of the
 * others.  A word whose beginning is in the set may still not match.
 */
typedef struct ex_initials
{
	uint64_t	first[4];
	uint64_t	pairs[4];
} ex_initials;

/*
 * How the words a walk along a sentence reads may begin: bit j of
 * rows[c] where they may begin with byte c and a byte whose low five bits
 * (which folding leaves as they are) are j, every bit where with c
 * whatever follows.  A walk that reads only such words is given the gate
 * (ex_word_from_gate) and passes over the others without returning to its
 * caller for each; it may let by more, never fewer.
 */
typedef struct ex_word_gate
{
	uint32_t	rows[256];
} ex_word_gate;

/* Lets by words that begin with byte c. */
static inline void
ex_gate_add_first(ex_word_gate *gate, unsigned char c)
{
	gate->rows[c] = UINT32_MAX;
}

/*
 * Lets by words that begin with the ASCII byte a, in either case, and a
 * byte whose low five bits are b's.
 */
static inline void
ex_gate_add_pair(ex_word_gate *gate, unsigned char a, unsigned char b)
{
	uint32_t	bit = UINT32_C(1) << (b & 0x1F);

	gate->rows[a | 0x20] |= bit;
	gate->rows[a & ~0x20] |= bit;
}

/*
 * A list of words that searches try at many places, known by how they
 * begin, so that a lookup compares only the words that may begin with
 * the byte it meets: bit i of by_initial[c % 32] is set for words[i] if
 * it begins with a byte that folds to c, or in every class if it begins
 * with a space (which a no-break space matches too).  C cannot compute
 * this from the words at compile time, so each document builds its own,
 * or a file builds one for all once (pthread_once).
 */
#define EX_LIST_MAX_WORDS 64

typedef struct ex_word_list
{
	const char *const *words;	/* NULL-terminated, at most EX_LIST_MAX_WORDS */
	uint64_t	by_initial[32];
} ex_word_list;

/*
 * Indexes words, an array ending in NULL, into list.  A macro, so that no
 * list can be indexed unchecked: it fails to compile if the array holds
 * more words than by_initial has bits, or if words is a pointer, whose
 * length it cannot check (a pointer's size is that of a one-entry array;
 * a list of no words is no use).  The struct makes the assertion an
 * expression.
 */
#define ex_word_list_init(list, words) \
	((void) sizeof(struct { \
		_Static_assert(sizeof(words) / sizeof((words)[0]) >= 2 && \
					   sizeof(words) / sizeof((words)[0]) <= EX_LIST_MAX_WORDS + 1, \
					   #words " must be an array of 1 to 64 words and NULL"); \
		int			checked; \
	}), ex_word_list_index((list), (words)))

/*
 * Sentences the first walk splits, kept in the order walked so that the
 * later walks need not split them again; past these, each walk splits
 * the rest itself.  Enough for a long municipal page.
 */
#define EX_MAX_SPLITS 1024

typedef struct ex_split
{
	ex_sentence sentence;
	size_t		next;			/* where ex_next_sentence went on from it */
} ex_split;

/*
 * Word starts where an organisation's name or abbreviation begins, kept
 * once all are known, so that searches for them along a sentence visit
 * these only; past these many, they visit every word.
 */
#define EX_MAX_MENTIONS 256

/*
 * Memberships handed out, known by a hash of their organisation and
 * member, so that the pattern stage does not hand out again what the
 * member rules did; past these many, it may.
 */
#define EX_MAX_EMITTED 512

/*
 * Sentences the dates walk found a date label in, by where they start,
 * for the facts walk to emit; past these, that walk looks at every one.
 */
#define EX_MAX_DATED 16

/*
 * Fees a page names without their amount, kept for its end (extract_fees.c);
 * past these many, the rest are not stated.
 */
#define EX_MAX_PENDING_FEES 8

typedef struct ex_pending_fee
{
	int			org;
	sc_fact_basis basis;		/* how org was known */
	bool		per_inhabitant; /* an amount per inhabitant, not given */
	ex_sentence sentence;
} ex_pending_fee;

/*
 * The municipality whose twin towns are read (extract_twins.c): a Nordic
 * one, or one outside the gazetteer by its name ("Nykarlebys vänorter").
 */
typedef struct ex_twin_subject
{
	const sc_place *place;		/* or NULL */
	char		name[EX_NAME_MAX];
	sc_fact_basis basis;		/* how it was known */
} ex_twin_subject;

/*
 * The pairs of adjacent bytes that stand in a text, each known by the low
 * five bits of both its bytes (by which no two pairs of lower-case ASCII
 * letters are taken for one), so that a search for a part none of whose
 * pairs is missing is all that reads the text (ex_find_part).  A pair
 * stands where its entry holds the set's generation: a set is made anew
 * for each sentence, and the table need be cleared only when the
 * generations wrap.
 */
#define EX_PAIR_KEYS 0x2000		/* keys are below 0x1F1F + 1 */

typedef struct ex_pair_set
{
	sc_span		of;				/* the text described, or empty */
	uint8_t		generation;		/* of this set; 0 is none's */
	uint8_t		seen[EX_PAIR_KEYS];	/* by key, the generation that last had it */
} ex_pair_set;

/*
 * What ex_contains_any answered of a list in a range: the fee rules ask
 * some lists several times of one sentence.
 */
#define EX_CONTAINED_MEMOS 4

typedef struct ex_contained
{
	const char *const *parts;	/* NULL: none answered */
	sc_span		range;
	bool		found;
} ex_contained;

typedef struct ex_doc
{
	const char *text;
	size_t		len;
	int32_t		day;			/* the page's date, or SC_NO_DAY */
	int32_t		found_day;		/* the latest date a label states, or SC_NO_DAY */
	int32_t		found_top_day;	/* the latest date alone near the top */
	size_t		top_end;		/* end of the lines that may hold the page's date alone */
	size_t		dated[EX_MAX_DATED];	/* see EX_MAX_DATED */
	int			ndated;			/* > EX_MAX_DATED: too many to keep */
	int			scans;			/* whole-text searches left, see EX_MAX_SCANS */
	int			alias_cues;		/* -1 not yet asked, else whether the page says
								 * a name is another's (extract_names.c) */
	ex_org		orgs[EX_MAX_ORGS];
	int			norgs;
	ex_initials org_initials;	/* how their names and abbreviations begin */
	size_t		mentions[EX_MAX_MENTIONS];	/* see EX_MAX_MENTIONS */
	int			nmentions;		/* -1: not known, or too many */
	int			context;		/* the organisation being written about, or -1 */
	sc_fact_basis context_basis;	/* where context was named */
	/*
	 * How the organisation a rule last chose for the sentence's facts was
	 * known: set where a rule chooses it, taken by the facts it emits, and
	 * unknown again at each sentence.
	 */
	sc_fact_basis subject_basis;
	int			section_subject;	/* the one a section's first sentence
									 * begins with, or -1 */
	sc_span		title;
	ex_member_period member_periods[EX_MAX_MEMBER_PERIODS];
	int			nmember_periods;
	ex_word_list naming_nouns;	/* extract_names.c's lists, see ex_index_name_words */
	ex_word_list function_words;
	ex_initials naming_initials;	/* how naming_nouns begin, for searches */
	const char *country;		/* the country of the page's language, or NULL:
								 * the gazetteer's context, see ex_place_at */
	bool		english;		/* "the" is the page's commonest of the words
								 * page_country counts (extract.c) */
	ex_lang		language;		/* the language of patterns.tsv the page's
								 * words are in: English as english says, else
								 * country's, Swedish where none tells */
	const sc_place *twin_subject;	/* last municipality with twin towns */
	const sc_place *twin_home;	/* the page's own municipality, or NULL */
	const sc_place *twin_named; /* the last a sentence with the words named */
	sc_gazetteer_context twin_prose;	/* how it reads the page's places */
	ex_pending_fee pending_fees[EX_MAX_PENDING_FEES];
	int			npending_fees;
	uint64_t	orgs_with_fee;	/* bit i: orgs[i] has a fee with its amount */
	uint64_t	orgs_with_inhabitant_fee;	/* ... one per inhabitant */
	bool		twin_page;		/* a twin-town word was read */
	ex_twin_subject twin_list;	/* whose partners bulleted lines are */
	const char *twin_bullets;	/* their relation while they go on, or NULL */
	const char *twin_block_country;	/* a country heading's over lines, or NULL */
	const char *twin_column_country;	/* a table's second column's, or NULL */
	bool		twin_after_country; /* the last line was a country's name */
	bool		twin_line_run;	/* the last line under the words was a partner */
	bool		twin_table;		/* a table's labels or addresses were read */
	int			twin_cells;		/* other cells passed since a table's row */
	size_t		twin_skip_to;	/* a line read with the one before ends here */
	bool		twin_english;	/* the last twin-town word was English */
	bool		twin_former;	/* the last twin-town words spoke of former ones */
	sc_span		heading;		/* the current section's heading, or empty */
	sc_span		sentence;		/* the one visited, to its list's end */
	size_t		line_from;		/* a line searched from here for its end ... */
	size_t		line_end;		/* ... ends here (extract_bodies.c) */
	bool		line_known;		/* line_from and line_end hold */
	ex_pair_set sentence_pairs; /* its pairs, made when first asked */
	ex_contained contained[EX_CONTAINED_MEMOS];	/* the last answers, a ring */
	unsigned	ncontained;		/* answers given, the next one's place */
	/*
	 * Where a word may begin, so that the many searches along a sentence
	 * step from word to word (ex_word_from): bit i of word_starts for
	 * marked.start + i.  The whole text is marked once, for all its
	 * sentences and walks (ex_mark_words); for want of memory, none is,
	 * and the searches read the bytes.
	 */
	sc_span		marked;
	uint64_t   *word_starts;
	size_t		nsplits;
	uint32_t	emitted[EX_MAX_EMITTED];	/* see EX_MAX_EMITTED */
	int			nemitted;
	size_t		nmemberships;	/* memberships handed out */
	const char *member_org;		/* the organisation of the last one */
	struct sb_stemmer *stemmers[4]; /* by ex_lang, made when first needed */
	sc_fact_sink sink;
	void	   *arg;
	bool		pattern_stage;	/* sc_extract_options.pattern_stage */
	bool		learned_stage;	/* sc_extract_options.learned_stage */
	/*
	 * For the learned stage: how often each place of the gazetteer is
	 * named on the page (by its index; NULL until first asked, or for
	 * want of memory), with how many distinct places that is.
	 */
	int		   *place_mentions;
	int			page_places;
	sc_candidate_sink candidate_sink;	/* and its candidate_arg */
	void	   *candidate_arg;
	size_t		denial_of;		/* 1 + start of the sentence denied was
								 * found for (ex_sentence_denies), or 0 */
	bool		denied;
	bool		title_denies;	/* the title denies memberships ("Vennskapsbyer") */
	bool		heading_denies; /* the section's heading does */
	size_t		nfacts;
	bool		stopped;		/* the sink wants no more facts */
	ex_period_memo period_memo; /* see ex_period_in */
	/*
	 * Last, and not cleared for each document, of which they are most of
	 * the state's bytes: only the first nsplits are read.
	 */
	ex_split	splits[EX_MAX_SPLITS];
} ex_doc;

/*
 * Whether a word may begin at pos: no letter or digit ends right before it.
 * Inline, since the extractor asks it at nearly every position it reads.
 */
static inline bool
ex_word_start(const ex_doc *doc, size_t pos)
{
	size_t		prev = pos;

	if (pos == 0)
		return true;
	while (prev > 0 && ((unsigned char) doc->text[prev - 1] & 0xC0) == 0x80)
		prev--;
	if (prev > 0)
		prev--;
	return !sc_is_word_char(doc->text, pos, prev);
}

/*
 * Spends one of the page's whole-text searches (EX_MAX_SCANS): false,
 * spending none, if none is left.
 */
static inline bool
ex_take_scan(ex_doc *doc)
{
	if (doc->scans <= 0)
		return false;
	doc->scans--;
	return true;
}

/* extract_text.c: sentences, words, numbers (dates and periods: period.h) */
extern size_t ex_next_sentence(const ex_doc *doc, size_t pos, size_t end,
							   ex_sentence *s);
extern bool ex_has_digit(const ex_doc *doc, size_t pos, size_t end);
extern size_t ex_blanks_before(const ex_doc *doc, size_t pos);
extern bool ex_starts_line(const ex_doc *doc, size_t pos);
extern size_t ex_skip_space(const ex_doc *doc, size_t pos, size_t end);
extern size_t ex_word_end(const ex_doc *doc, size_t pos, size_t end);
extern size_t ex_next_word(const ex_doc *doc, size_t pos, size_t end);
extern size_t ex_word_before(const ex_doc *doc, size_t start, size_t pos);
extern size_t ex_mark_at(const ex_doc *doc, size_t pos, size_t end, const char *const *marks);
extern size_t ex_bullet_length(const ex_doc *doc, size_t pos, size_t end);
extern void ex_mark_words(ex_doc *doc, sc_span span);
extern size_t ex_word_after(const ex_doc *doc, size_t pos, size_t end);
extern size_t ex_match_word(const ex_doc *doc, size_t pos, size_t end, const char *word);
extern size_t ex_word_in(const ex_doc *doc, size_t pos, size_t end,
						 const char *const *words);
extern void ex_word_list_index(ex_word_list *list, const char *const *words);
extern size_t ex_word_in_list(const ex_doc *doc, size_t pos, size_t end,
							  const ex_word_list *list);
extern size_t ex_word_prefix(const ex_doc *doc, size_t pos, size_t end,
							 const char *prefix);
extern size_t ex_county_office_word(const ex_doc *doc, size_t pos, size_t end);
extern size_t ex_find(const ex_doc *doc, size_t pos, size_t end, const char *word);
extern size_t ex_find_prefix_in(const ex_doc *doc, size_t pos, size_t end,
								const char *const *prefixes);
extern size_t ex_find_in(const ex_doc *doc, size_t pos, size_t end,
						 const char *const *words, size_t *matched);
extern size_t ex_find_part(const ex_doc *doc, size_t pos, size_t end, const char *part);
extern bool ex_contains(const ex_doc *doc, size_t pos, size_t end, const char *part);
extern bool ex_contains_any(const ex_doc *doc, size_t pos, size_t end,
							const char *const *parts);
extern bool ex_may_contain_any(const ex_doc *doc, size_t pos, size_t end,
							   const char *const *words);
extern size_t ex_digits(const ex_doc *doc, size_t pos, size_t end, int *value);
extern size_t ex_number(const ex_doc *doc, size_t pos, size_t end, int *n);
extern const ex_word_gate *ex_number_gate(void);
extern size_t ex_number_any_language(const ex_doc *doc, size_t pos, size_t end,
									 int *n);
extern void ex_copy(const ex_doc *doc, sc_span span, char *buf, size_t size);
extern bool ex_span_prefix(const ex_doc *doc, sc_span whole, sc_span part);

/*
 * Whether a number may stand at pos: a digit, or the first two bytes of a
 * number word folded ("två", "tre", ... "tjugo"; the lead byte of "åtta").
 * Most words fail on their first byte, so that searches for counts need
 * not try every number word at every word.
 */
static inline bool
ex_may_be_number(const ex_doc *doc, size_t pos, size_t end)
{
	static const char pairs[] = "tvtrtitotjfyfefjsesjnielar";
	const uint32_t initials = 1u << ('t' - 'a') | 1u << ('f' - 'a') |
		1u << ('s' - 'a') | 1u << ('n' - 'a') | 1u << ('e' - 'a') | 1u << ('a' - 'a');
	unsigned char c,
				next;

	if (pos >= end)
		return false;
	c = sc_ascii_folded(doc->text[pos]);
	if ((c >= '0' && c <= '9') || c == 0xC3)
		return true;
	if (c < 'a' || c > 'z' || (initials >> (c - 'a') & 1) == 0 || pos + 1 >= end)
		return false;
	next = sc_ascii_folded(doc->text[pos + 1]);
	for (const char *p = pairs; *p; p += 2)
		if ((unsigned char) p[0] == c && (unsigned char) p[1] == next)
			return true;
	return false;
}

static inline unsigned
ex_pair_hash(unsigned char a, unsigned char b)
{
	return (a * 31u + b) & 255;
}

static inline void
ex_initials_add(ex_initials *set, const char *word)
{
	unsigned char c = sc_ascii_folded(word[0]);
	unsigned	h;

	if (c == ' ')
		for (int i = 0; i < 4; i++)
			set->first[i] = ~UINT64_C(0);
	else if (c >= 0x80 || word[1] == '\0' || word[1] == ' ')
		set->first[c / 64] |= UINT64_C(1) << (c % 64);
	else
	{
		h = ex_pair_hash(c, sc_ascii_folded(word[1]));
		set->pairs[h / 64] |= UINT64_C(1) << (h % 64);
	}
}

static inline bool
ex_initials_has(const ex_initials *set, const ex_doc *doc, size_t pos, size_t end)
{
	unsigned char c;
	unsigned	h;

	if (pos >= end)
		return false;
	c = sc_ascii_folded(doc->text[pos]);
	if ((set->first[c / 64] >> (c % 64) & 1) != 0)
		return true;
	if (pos + 1 >= end)
		return false;
	h = ex_pair_hash(c, sc_ascii_folded(doc->text[pos + 1]));
	return (set->pairs[h / 64] >> (h % 64) & 1) != 0;
}

/*
 * Where the character whose byte stands at pos begins, not before floor:
 * back over UTF-8's continuation bytes ("ö" of "Malmös" is two).
 */
static inline size_t
ex_char_start(const ex_doc *doc, size_t pos, size_t floor)
{
	while (pos > floor && ((unsigned char) doc->text[pos] & 0xC0) == 0x80)
		pos--;
	return pos;
}

/*
 * The index of the lowest bit set in bits, which is not 0.  The searches
 * for word starts ask it at nearly every word, so where the compiler has
 * a builtin for it, which is one instruction on most machines, that is
 * used.  C11 has none: elsewhere the lowest bit alone times a de Bruijn
 * sequence has a distinct top six bits for each index, with no loop.
 */
static inline int
ex_lowest_bit(uint64_t bits)
{
#if defined(__GNUC__)
	return __builtin_ctzll(bits);
#else
	static const unsigned char index[64] = {
	63, 0, 58, 1, 59, 47, 53, 2, 60, 39, 48, 27, 54, 33, 42, 3,
	61, 51, 37, 40, 49, 18, 28, 20, 55, 30, 34, 11, 43, 14, 22, 4,
	62, 57, 46, 52, 38, 26, 32, 41, 50, 36, 17, 19, 29, 10, 13, 21,
	56, 45, 25, 31, 35, 16, 9, 12, 44, 24, 15, 8, 23, 7, 6, 5,
	};

	return index[((bits & (~bits + 1)) * UINT64_C(0x07EDD5E59A4E28C2)) >> 58];
#endif
}

/* The marks from pos, inside the marked span, to the end of their 64. */
static inline uint64_t
ex_marks_from(const ex_doc *doc, size_t pos)
{
	size_t		i = pos - doc->marked.start;

	return doc->word_starts[i / 64] >> (i % 64);
}

/*
 * The first position from pos on where a word may begin, or end: loops
 * that look for words along a sentence visit these only.  Inline for the
 * common case, a mark further on in the 64 bits of marks at pos.  The
 * offset into the marks is unsigned, so that one test tells both that pos
 * is not before the marked span and not past it.
 */
static inline size_t
ex_word_from(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		i = pos - doc->marked.start;
	uint64_t	bits;

	if (pos < end && i < doc->marked.end - doc->marked.start &&
		(bits = doc->word_starts[i / 64] >> (i % 64)) != 0)
	{
		pos += ex_lowest_bit(bits);
		return pos < end ? pos : end;
	}
	return ex_word_after(doc, pos, end);
}

extern void ex_gate_add_word(ex_word_gate *gate, const char *word);

/* Whether the word at pos, before end, may begin as gate lets by. */
static inline bool
ex_gate_lets_by(const ex_word_gate *gate, const ex_doc *doc, size_t pos, size_t end)
{
	const unsigned char *text = (const unsigned char *) doc->text;
	uint32_t	row = gate->rows[text[pos]];

	return row != 0 && (pos + 1 >= end || (row >> (text[pos + 1] & 0x1F) & 1) != 0);
}

/* The first position ex_word_from finds from pos on that gate lets by, or end. */
extern size_t ex_word_from_gate(const ex_doc *doc, size_t pos, size_t end,
								const ex_word_gate *gate);

/*
 * Bytes of word standing whole at pos, or 0.  Most words tried fail at
 * the first byte, which is tested here without a call.
 */
static inline size_t
ex_word_is(const ex_doc *doc, size_t pos, size_t end, const char *word)
{
	if (pos >= end || !sc_may_match_folded(doc->text + pos, end - pos, word))
		return 0;
	return ex_match_word(doc, pos, end, word);
}

/* extract_names.c: organisations and the names of things */
/* The indefinite articles of the four languages ("et", "ett", "an", ...). */
extern const char *const ex_indefinite_articles[];
extern size_t ex_name_run(const ex_doc *doc, size_t pos, size_t end, int *nwords);
extern void ex_index_name_words(ex_doc *doc);
extern void ex_find_organisations(ex_doc *doc, const ex_sentence *s);
extern void ex_title_subject(ex_doc *doc);
extern void ex_spell_out_abbreviations(ex_doc *doc);
extern int	ex_org_at(const ex_doc *doc, size_t pos, size_t end, size_t *matched);
extern int	ex_org_before(const ex_doc *doc, size_t start, size_t pos);
extern void ex_find_mentions(ex_doc *doc);
/* An organisation a list of bodies names (extract_bodies.c), or -1. */
extern int	ex_add_listed_org(ex_doc *doc, sc_span name, const ex_sentence *s);
extern int	ex_add_payee_org(ex_doc *doc, sc_span name, const ex_sentence *s);
extern int	ex_full_org(const ex_doc *doc, int org);
extern const char *ex_body_name(const ex_doc *doc, const char *name);
extern int	ex_sentence_topic(const ex_doc *doc, const ex_sentence *s);
extern int	ex_sentence_topic_basis(const ex_doc *doc, const ex_sentence *s,
									sc_fact_basis *basis);
extern bool ex_subject_is_thing(const ex_doc *doc, const ex_sentence *s);
extern bool ex_subject_is_unknown_name(ex_doc *doc, const ex_sentence *s, size_t verb);
extern bool ex_refers_back_before(const ex_doc *doc, const ex_sentence *s, size_t pos);
extern void ex_update_context(ex_doc *doc, const ex_sentence *s);
extern void ex_find_start(ex_doc *doc, const ex_sentence *s);
extern void ex_emit_organisations(ex_doc *doc);
extern int	ex_subject_org(ex_doc *doc, const ex_sentence *s, size_t from, size_t end);
extern int	ex_org_by_last_word(const ex_doc *doc, size_t start, size_t end,
								const char *const *endings, size_t min_chars, bool *either);
extern bool ex_copula(const ex_doc *doc, size_t pos, size_t end);
extern const char *ex_definition_kind(const ex_doc *doc, size_t pos, size_t end);

/* extract_members.c: member lists, counts and single memberships */
extern void ex_find_memberships(ex_doc *doc, const ex_sentence *s);
extern void ex_find_member_periods(ex_doc *doc, const ex_sentence *s);
extern void ex_find_counts(ex_doc *doc, const ex_sentence *s);
extern void ex_member_dating(const ex_doc *doc, int org, const sc_place *place,
							 const ex_period *stated, ex_dating *dating);

/* extract_bodies.c: lists of the bodies one member belongs to */
extern void ex_find_listed_bodies(ex_doc *doc, const ex_sentence *s);
extern void ex_find_body_list_memberships(ex_doc *doc, const ex_sentence *s);

/* extract_patterns.c: member lists found by the patterns of patterns.tsv */
extern void ex_find_pattern_memberships(ex_doc *doc, const ex_sentence *s,
										const char *only_org);
extern bool ex_sentence_denies(ex_doc *doc, const ex_sentence *s);
extern bool ex_sentence_not_member(ex_doc *doc, const ex_sentence *s);
extern void ex_free_stemmers(ex_doc *doc);

/* extract_facts.c: areas, the page's dates */
extern size_t ex_top_end(const ex_doc *doc);
/* How a sentence states the page's date: not, after a label, alone near the top. */
typedef enum ex_dated
{
	EX_DATED_NONE, EX_DATED_LABEL, EX_DATED_TOP
} ex_dated;

extern ex_dated ex_document_date(const ex_doc *doc, const ex_sentence *s,
								 bool emit, int32_t *day);

/* extract_counts.c: counts of owners and members the member rules leave */
extern void ex_find_owner_counts(ex_doc *doc, const ex_sentence *s);
extern bool ex_count_of_others(const ex_doc *doc, const ex_sentence *s,
							   size_t count, size_t noun);

/* extract_fees.c: membership fees */
extern void ex_find_fees(ex_doc *doc, const ex_sentence *s);
extern void ex_emit_pending_fees(ex_doc *doc);

/* extract_twins.c: twin towns and agreements abroad */
extern void ex_find_twin_towns(ex_doc *doc, const ex_sentence *s);
extern void ex_find_areas(ex_doc *doc, const ex_sentence *s);

/* extract.c */
extern void ex_init_fact(sc_fact *f, sc_fact_kind kind, const ex_sentence *s,
						 const char *rule);
/* How a sentence that names the text's subject makes it known to later ones. */
extern sc_fact_basis ex_named_in(const ex_doc *doc, const ex_sentence *s);
/*
 * The member of a membership fact: a place, an organisation of the page
 * (org >= 0), or else the words of name, copied into buf (EX_NAME_MAX
 * bytes), which must outlive the fact's emission.
 */
extern void ex_set_member(const ex_doc *doc, sc_fact *f, const sc_place *place, int org,
						  sc_span name, char *buf);
/*
 * Hands the fact to the sink.  Evidence longer than EX_EVIDENCE_MAX bytes
 * (a sentence that never ends) is cut to that many bytes around at, the
 * fact's own words (ex_emit_at), or else from its start (ex_emit), and
 * each of more_evidence from its start: a fact's quote stays bounded,
 * whatever the page.
 */
#define EX_EVIDENCE_MAX 4096
extern void ex_emit(ex_doc *doc, sc_fact *f);
extern void ex_emit_at(ex_doc *doc, sc_fact *f, size_t at);

/*
 * The place of the whole Nordic gazetteer whose name begins at pos and
 * ends at a word boundary before end, in the page's country (Lund in
 * Skåne or in Rogaland), with its bytes in *matched; NULL if none or
 * several.  A name that is also an ordinary word ("Vara", "Nes", "Moss")
 * is a place only with its suffix ("Nes kommune").
 */
extern const sc_place *ex_place_at(const ex_doc *doc, size_t pos, size_t end,
								   size_t *matched);
/*
 * ex_place_at, where a name of several places ("Våler", "Herøy"; "Lund"
 * where the page's language tells no country) is the one in the region
 * whose key is region, if one is; region NULL: none is.
 */
extern const sc_place *ex_place_in_region_at(const ex_doc *doc, size_t pos, size_t end,
											 const char *region, size_t *matched);
/*
 * ex_place_at, where the words stand in a list of places: a capitalised
 * place that no capitalised word goes on from (not "Lund Fastigheter AB",
 * "Höör Johansson"), and one word alone whose name is also an ordinary
 * word counts without its suffix ("ägs av Göteborg, Ale och Partille":
 * the gazetteer's bare_words; not "Berg Fastigheter AB", "mark").
 */
extern const sc_place *ex_listed_place_at(const ex_doc *doc, size_t pos, size_t end,
										  size_t *matched);
/* The place the bytes [start, end) name whole, as ex_place_at reads it, or NULL. */
extern const sc_place *ex_place_named(const ex_doc *doc, size_t start, size_t end);
/*
 * ex_place_named, where the bytes stand in a list of places: a name that
 * is also an ordinary word counts without its suffix (the gazetteer's
 * bare_words; "Ale", "Berg", "Odder").
 */
extern const sc_place *ex_listed_word_place(const ex_doc *doc, size_t start, size_t end);
/*
 * The string more than half of keys[0..n) are equal to (a list's places'
 * country or region), or NULL if none is.
 */
extern const char *ex_majority_key(const char *const *keys, int n);

/* extract_twins.c: the ISO code of the country named at pos, capitalised; sets *n */
extern const char *ex_country_at(const ex_doc *doc, size_t pos, size_t end, size_t *n);

/*
 * Whether the place is a region whose bare name is a land, no body: a
 * Swedish or Danish region ("Skåne", "Halland") or a Finnish maakunta
 * ("Österbotten"); a fylke is told by its "fylkeskommune" apart.
 */
static inline bool
ex_region_named_as_land(const sc_place *place)
{
	return place->kind == SC_PLACE_REGION || place->kind == SC_PLACE_MAAKUNTA;
}

/*
 * Whether the place the bytes [start, end) name is such a region written
 * as its land, without "region" ("Skåne", "Hallands län"; not "Region
 * Skåne", "Västra Götalandsregionen").
 */
static inline bool
ex_land_written(const ex_doc *doc, const sc_place *place, size_t start, size_t end)
{
	return place != NULL && ex_region_named_as_land(place) &&
		!ex_contains(doc, start, end, "region");
}
extern bool ex_membership_emitted(const ex_doc *doc, const char *organisation,
								  const char *member);
/* Whether a sentence of the page defines the body of that name. */
extern bool ex_defined_on_page(const ex_doc *doc, const char *name);

/* extract_members.c: a single member's perfect ("har blivit medlem i") */
extern bool ex_copula_participle(const ex_doc *doc, size_t pos, size_t end);
extern bool ex_perfect_auxiliary(const ex_doc *doc, size_t pos, size_t end);

#endif							/* SC_EXTRACT_INT_H */
