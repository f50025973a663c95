/*
 * period.h
 *		Reading the time a sentence states, for the fact extractor: dates as
 *		precise as the text gives them, the qualifiers it puts on them, the
 *		periods its phrases state, and their EDTF text as skanecoop.validity
 *		reads it.  Swedish, Danish, Norwegian and English.
 *
 * The rest of the extractor finds what a sentence is about (a member, a
 * list, a fee) and asks this module when it holds:
 *
 *		ex_period_in(doc, pos, end, &p)		the period the words state
 *		ex_date_fact(doc, org, &p, &dating)	its validity, the other
 *											sentence that gave it, and a
 *											warning for a date not read
 *		ex_apply_dating(&dating, &fact)		onto a fact
 *
 * What it reads, with the EDTF each gives (the README's table lists all
 * the words):
 *
 *		"sedan 2010", "siden 2010", "since 2010"	2010/..  (sometime in 2010)
 *		"från och med 2025", "fr.o.m. 1 januari 2025"	2025-01-01/..  (exactly)
 *		"till och med 2025"							../2025-12-31
 *		"fram till 2020", "until 2020"				../2020
 *		"mellan 2006 och 2019", "2016–2018"			2006/2019, 2016/2018
 *		"blev medlem den 1 januari 2025", "gick med 2019", "joined in 2019"
 *													a start
 *		"lämnade 2018", "udtrådte 2018", "left in 2018"	an end (former)
 *		"tidigare medlem", "former member"			../[..DAY], DAY the page's
 *		"under 2019", "during 2019", "i 2019"		2019/2019 (or a start or an
 *													end where a verb says so)
 *		"för 2023", "for 2023"						the whole year
 *		dates: "1995", "2023-12-06", "1 januari 2016", "1. januar 2016",
 *		"January 1, 2016", "våren 2019" (2019-21), "1990-talet",
 *		"1990'erne", "1990-tallet", "the 1990s" (199X), "1900-talet" (19XX)
 *		before a date: "cirka", "omkring", "runt", "around" (~);
 *		"troligen", "förmodligen", "sandsynligvis", "probably" (?); both (%)
 *
 * A bare year is read from 1800 to 2099 (numbers elsewhere are counts
 * and amounts); ISO dates from 0000-01-01 to 9999-12-31.  A date that
 * does not exist ("30 februari 2019") is no date.  Nothing here
 * allocates or reads past end.
 */
#ifndef SC_EXTRACT_PERIOD_H
#define SC_EXTRACT_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

#include "textdoc.h"
#include "validity.h"

struct ex_doc;
struct sc_fact;

/* How precise a date is, finest first. */
typedef enum ex_precision
{
	EX_DAY, EX_MONTH, EX_SEASON, EX_YEAR, EX_DECADE, EX_CENTURY
} ex_precision;

/* Qualifier bits of a date: EDTF "?" and "~", both "%". */
#define EX_UNCERTAIN 1
#define EX_APPROXIMATE 2

/*
 * A date as precise as the text gives it.  A season's month is EDTF's
 * 21 (spring) to 24 (winter); a decade's or century's year is its first.
 */
typedef struct ex_date
{
	int			year, month, day;
	ex_precision precision;
	unsigned	qualifiers;		/* EX_UNCERTAIN | EX_APPROXIMATE */
	bool		on_or_before;	/* EDTF [..DATE] */
} ex_date;

/* The period words state: either bound may be missing. */
typedef struct ex_period
{
	bool		has_lower, has_upper;
	ex_date		lower, upper;
	bool		former;			/* "lämnade", "tidigare medlem": a past membership */
	bool		whole;			/* "för 2023": the whole of one date's days */
	bool		upper_unknown;	/* "tidigare medlem" on an undated page: ended, when not known */
	sc_span		unread;			/* the first date no phrase read, or empty */
	sc_span		dated_by;		/* the sentence stating it, if not the fact's own; or empty */
} ex_period;

/*
 * The last period ex_period_in read, by its bytes and the page's date: the
 * facts of one sentence each ask for the sentence's period, and a sentence
 * of thousands of facts would be read once a fact, in time with the square
 * of its length.
 */
typedef struct ex_period_memo
{
	bool		valid;
	size_t		pos, end;
	int32_t		day;
	bool		found;			/* what ex_period_in returned */
	ex_period	period;
} ex_period_memo;

/* A fact's validity and what else it says of its dating. */
typedef struct ex_dating
{
	char		validity[SC_VALIDITY_TEXT_SIZE];	/* EDTF, or "" */
	sc_span		dated_by;		/* another sentence that gave it, or empty */
	const char *warning;		/* static text, or NULL */
} ex_dating;

/*
 * A date at pos, without qualifiers ("2023-12-06", "1 januari 2016",
 * "våren 2019", "1990-talet", a year): its bytes, or 0.  Every form holds
 * an ASCII digit, which the rules that skip sentences without one rely on
 * (ex_sentence.has_digit).
 */
extern size_t ex_date_at(const struct ex_doc *doc, size_t pos, size_t end, ex_date *d);

/* The period [pos, end) states; false if none.  The first phrase of each
 * kind counts. */
extern bool ex_period_in(const struct ex_doc *doc, size_t pos, size_t end, ex_period *p);

/*
 * Whether a particle at pos makes a verb of leaving before it one of
 * handing: "lämnade Ystad kommun in en ansökan", "lämnade över".
 */
extern bool ex_handing_particle_at(const struct ex_doc *doc, size_t pos, size_t end);

/* A date's EDTF text, qualifiers and "[..]" included. */
extern void ex_format_date(const ex_date *d, char *buf, size_t size);

/*
 * The validity of a fact about org (-1: none) whose sentence states p:
 * its own period; else, in the present tense, since the organisation's
 * start (whose sentence then gave it); else at least on the page's date.
 * A date in p that no phrase read gives a warning.
 */
extern void ex_date_fact(const struct ex_doc *doc, int org, const ex_period *p,
						 ex_dating *out);

/* ex_date_fact's validity alone, into buf of SC_VALIDITY_TEXT_SIZE. */
extern void ex_membership_validity(const struct ex_doc *doc, int org,
								   const ex_period *p, char *buf);

/* Sets the fact's validity, adds the other sentence to its evidence and
 * its warning, unless it has one. */
extern void ex_apply_dating(const ex_dating *dating, struct sc_fact *f);

#endif							/* SC_EXTRACT_PERIOD_H */
