/*
 * money_lex.h
 *		The words and numbers of money text, shared by the two parsers of
 *		core/: amounts and fee rates (money.c) and fee rules (fee_rule.c).
 *
 * Internal to core/: the extension and the loader use money.h and
 * fee_rule.h.  Every function takes the text as [p, end) and returns
 * where it stopped reading, or NULL where the text does not match.
 */
#ifndef SC_MONEY_LEX_H
#define SC_MONEY_LEX_H

#include <stdbool.h>
#include <stdint.h>

#include "money.h"

/* A word of a table and what it stands for. */
typedef struct sc_word_entry
{
	const char *word;			/* lower case, UTF-8 */
	int			value;
} sc_word_entry;

/*
 * Where the currency of an amount came from: a code or a word only one
 * currency uses, or a word several Nordic currencies share.  "kr" and the
 * Swedish multiples read as SEK and "kroner" as DKK, unless the words of
 * the rule around them are Danish or Norwegian (fee_rule.c).
 */
typedef enum sc_currency_source
{
	SC_CURRENCY_NAMED,			/* SEK, DKK, €, öre: no doubt */
	SC_CURRENCY_KRONOR,			/* kr, kronor, tkr: Swedish by default */
	SC_CURRENCY_KRONER			/* kroner, mio. kr.: Danish by default */
} sc_currency_source;

extern const char *sc_lex_skip_blanks(const char *p, const char *end);
extern const char *sc_lex_skip_word(const char *p, const char *end);
extern const char *sc_lex_match(const char *p, const char *end,
								const sc_word_entry *entries, int *value);

/* "/" with optional blanks around it, or one of words between blanks. */
extern const char *sc_lex_separator(const char *p, const char *end,
									const sc_word_entry *words);

/* The period words of fee rates: år, year, kvartal, månad ... */
extern const sc_word_entry sc_lex_period_words[];

/* A signed amount with its unit, which it must have (see money.h). */
extern sc_money_status sc_lex_money(const char *p, const char *end,
									const char **next, sc_amount *amount,
									sc_currency_source *source);

/*
 * A percentage with at most four decimals and "%", "procent" or "percent"
 * after it, in millionths of the whole (13,2 % is 132000); more than
 * 100 % is SC_MONEY_SHARE_RANGE.
 */
extern sc_money_status sc_lex_percent(const char *p, const char *end,
									  const char **next, int32_t *millionths);

/*
 * The same with the words after the number a caller reads besides "%"
 * (the extractor's "prosent" and "per cent" of running text).
 */
extern sc_money_status sc_lex_percent_in(const char *p, const char *end,
										 const sc_word_entry *percent_words,
										 const char **next, int32_t *millionths);

#endif							/* SC_MONEY_LEX_H */
