/*
 * extract_patterns.h
 *		The phrasings of membership and the words that name organisations,
 *		as data: the tables scripts/patterns-c.awk generates from
 *		loader/extract/patterns.tsv into patterns_data.c.
 *
 * patterns.tsv says what each field means; extract_patterns.c matches the
 * member patterns against a sentence's words, and extract_names.c reads
 * the names of organisations with the head words and legal forms.
 */
#ifndef SC_EXTRACT_PATTERNS_H
#define SC_EXTRACT_PATTERNS_H

#include <stdbool.h>
#include <stddef.h>

/* The languages of the patterns, each with its Snowball stemmer. */
typedef enum ex_lang
{
	EX_LANG_SV,
	EX_LANG_DA,
	EX_LANG_NO,
	EX_LANG_EN,
	EX_NLANGS
} ex_lang;

typedef enum ex_polarity
{
	EX_POLARITY_MEMBER,			/* the list names members */
	EX_POLARITY_NOT,			/* no list of the sentence names members */
	EX_POLARITY_FORMER			/* members that left: not read here */
} ex_polarity;

typedef enum ex_where
{
	EX_WHERE_AFTER,				/* the list follows the trigger */
	EX_WHERE_BEFORE,			/* the list ends before the trigger */
	EX_WHERE_LINES,				/* the trigger is its line, one item a line
								 * under it */
	EX_WHERE_SENTENCE,			/* anywhere in the sentence */
	EX_WHERE_AROUND				/* a list of places anywhere in a sentence
								 * that names the body */
} ex_where;

/* Words a trigger may have, "..." included (patterns-c.awk refuses more). */
#define EX_TRIGGER_WORDS 5

typedef struct ex_pattern
{
	ex_lang		lang;
	ex_polarity polarity;
	ex_where	where;
	bool		known;			/* every item a known place or organisation */
	/*
	 * a member pattern read as the loader reads by default (a "default"
	 * line of patterns.tsv names its rule), not only in the pattern stage
	 */
	bool		by_default;
	const char *rule;
	/*
	 * NULL-terminated; "word*" is a prefix, "=word" the word itself, any
	 * other word is compared by its stem
	 */
	const char *words[EX_TRIGGER_WORDS + 1];
} ex_pattern;

/*
 * A word of the name tables of patterns.tsv: a head word, legal form or
 * defining noun with its kind; a stop word, copula, founding verb, menu,
 * refer, role or genre word with none.
 */
typedef struct ex_name_word
{
	ex_lang		lang;
	const char *kind;
	const char *word;
} ex_name_word;

extern const ex_pattern ex_patterns[];
extern const int ex_npatterns;

/*
 * The most heads of several words ("business region") ex_name_heads may
 * hold: the table patterns-c.awk generates asserts that it holds no more,
 * so that none is left out.
 */
#define EX_HEAD_PHRASES_MAX 32

/* Each ends with an entry whose word is NULL. */
extern const ex_name_word ex_name_heads[];
extern const ex_name_word ex_legal_forms[];
extern const ex_name_word ex_stop_words[];
extern const ex_name_word ex_definition_nouns[];
extern const ex_name_word ex_copulas[];
extern const ex_name_word ex_founded_as[];
extern const ex_name_word ex_menu_words[];
extern const ex_name_word ex_refer_words[];
extern const ex_name_word ex_genre_words[];
extern const ex_name_word ex_role_nouns[];

/* The Snowball stem of a folded word in lang (extract_patterns.c). */
struct ex_doc;
extern bool ex_stem(struct ex_doc *doc, ex_lang lang, const char *folded, size_t len,
					char *out, size_t size);

#endif							/* SC_EXTRACT_PATTERNS_H */
