/*
 * extract.h
 *		Facts about municipal cooperation read from the text of a Swedish,
 *		Danish, Norwegian or English web page: organisations, memberships,
 *		member counts, fees, twin towns, cooperation areas and the page's
 *		own dates.
 *
 * The rules work on municipal prose in general: sentence and list
 * structure, kind words ("kommunalförbund", "beredskab", "council"),
 * member-list triggers ("mellan", "består av", "ejes af", "eies av", kept
 * as data in patterns.tsv), Swedish number words, date phrases, and the
 * gazetteer (gazetteer.h) for names of places.  Every
 * fact carries its evidence, the byte range of the sentence it was read
 * from (a list after a colon counts as part of its sentence), and the name
 * of the rule that produced it.
 *
 * Validities are EDTF text as skanecoop.validity reads it (period.h lists
 * every phrase, in Swedish, Danish, Norwegian and English):
 *
 *		"sedan 1990-talet"			199X/..
 *		"sedan 2016"				2016/..
 *		"från och med 2025"			2025-01-01/..
 *		"2016–2018"					2016/2018
 *		"fram till 2020"			../2020
 *		"lämnade samarbetet 2018"	../2018 (a former member)
 *		"sedan cirka 1995"			1995~/..
 *		"tidigare medlem"			../[..DAY] where DAY is the page's date
 *		present tense				[..DAY]/..
 *
 * A membership stated in the present tense without a start of its own
 * takes the start the page gives for its organisation ("Samarbetet har
 * pågått sedan 1990-talet", "startade 1 januari 2016"); without one it is
 * known to hold at least on the page's date.  The page's date is the
 * document_day given, else the latest date the page states about itself
 * ("Uppdaterad 2023-12-06", else "Publicerad ..."); a page with neither
 * yields an empty validity: the text says nothing datable.
 *
 * Nothing here raises or reads past len; work is bounded by the length of
 * the text.  The only memory allocated is the Snowball stemmers' of the
 * member patterns (extract_patterns.c), made once per process and once per
 * document, and freed with it.  Strings handed to the sink live only
 * during the call.
 */
#ifndef SC_EXTRACT_H
#define SC_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fee_rule.h"
#include "money.h"
#include "textdoc.h"
#include "validity.h"

/* document_day when the caller knows no date of the page. */
#define SC_NO_DAY INT32_MIN

typedef enum sc_fact_kind
{
	SC_FACT_ORGANISATION,
	SC_FACT_MEMBERSHIP,
	SC_FACT_MEMBER_COUNT,
	SC_FACT_FEE,
	SC_FACT_TWIN_TOWN,
	SC_FACT_AREA,
	SC_FACT_DOCUMENT_DATE
} sc_fact_kind;

/*
 * How sure a fact is: whether the sentence it was read from names its
 * subject (the organisation of a membership, count, fee or area, the
 * municipality of a twin town), or the subject was inferred from what the
 * page is about.  A fact of a page that names its members' body only in
 * its title ("Våra medlemskommuner är ...") is inferred; a wrong one is
 * worse than a missing one, so readers may keep to the stated.  Each rule
 * sets it where it chooses the subject; a fact no rule set it for says
 * unknown, never stated.
 *
 *	SC_BASIS_STATED		the sentence names it ("Familjen Helsingborg består
 *						av ..."); organisations and document dates are
 *						their own sentence's
 *	SC_BASIS_TITLE		the page's title names it
 *	SC_BASIS_HEADING	a heading names it: the section's, or the one the
 *						text was last about
 *	SC_BASIS_SENTENCE	an earlier sentence names it: its section's first,
 *						the last definition, or the last that named a body
 *	SC_BASIS_PAGE		the page's own municipality, the one it names most
 *						(twin towns)
 */
typedef enum sc_fact_basis
{
	SC_BASIS_UNKNOWN,
	SC_BASIS_STATED,
	SC_BASIS_TITLE,
	SC_BASIS_HEADING,
	SC_BASIS_SENTENCE,
	SC_BASIS_PAGE,
	SC_NBASES					/* how many there are: not a basis */
} sc_fact_basis;

/* Sentences beside its own a fact may be read from. */
#define SC_FACT_MORE_EVIDENCE 2

/*
 * One fact.  Fields that do not apply to its kind are NULL, "" or -1.
 *
 *	organisation	the organisation's name as the page writes it
 *	organisation_kind  for organisations: cooperation_committee,
 *				association_of_municipalities, joint_authority,
 *				intermunicipal_cooperation, interregional_cooperation,
 *				cross_border_cooperation, political_committee,
 *				eu_information_centre, forum, network, company, or NULL
 *	member		the gazetteer's name where resolved ("Simrishamn"), else the
 *				name as written ("Länsstyrelsen Skåne")
 *	member_code	the gazetteer code, or NULL
 *	derived		the membership was expanded from a counted statement
 *	municipality, municipality_code, partner, partner_code, partner_country,
 *	relation	twin towns: relation is twin_town or cooperation_agreement,
 *				partner_country an ISO 3166 code
 *	name		areas: the area; organisations: another name (abbreviation
 *				or former name, see rule); member counts: the set counted
 *				("skånska kommuner"); document dates: published or updated
 *	validity	EDTF (see above) or ""; for document dates the day itself
 *	rate		fee_rate text ("21.00 kr/invånare/år"), "" for an unknown
 *				amount or one fee_rule states
 *	fee_rule	fee_rule text (fee_rule.h) of a fee no fee_rate holds: in
 *				another currency than Swedish kronor ("2.88 DKK/invånare/år"),
 *				a base plus an amount per inhabitant; else ""
 *	count		member counts, else -1
 *	more_evidence  other sentences the fact was read from: the sentence
 *				that dates a listed member ("Hörby anslöt sig 2015"), or that
 *				gives the organisation's start a membership takes
 *	basis		how its subject was known (sc_fact_basis)
 *	rule		a stable identifier, e.g. "member_list.mellan"
 *	warning		e.g. a stated count that does not match the names, or a
 *				date the sentence states that no phrase reads; or NULL
 */
typedef struct sc_fact
{
	sc_fact_kind kind;
	const char *organisation;
	const char *organisation_kind;
	const char *member;
	const char *member_code;
	bool		derived;
	const char *municipality;
	const char *municipality_code;
	const char *partner;
	const char *partner_code;
	const char *partner_country;
	const char *relation;
	const char *name;
	char		validity[SC_VALIDITY_TEXT_SIZE];
	char		rate[SC_FEE_RATE_TEXT_SIZE];
	char		fee_rule[SC_FEE_RULE_TEXT_SIZE];
	int			count;
	sc_span		evidence;
	sc_span		more_evidence[SC_FACT_MORE_EVIDENCE];
	int			nmore_evidence;
	sc_fact_basis basis;
	const char *rule;
	const char *warning;
} sc_fact;

/*
 * Receives each fact; returns false to stop the extraction, which then
 * hands over no more facts and ends early (the loader stops once the
 * server has refused its rows).
 */
typedef bool (*sc_fact_sink) (const sc_fact *fact, void *arg);

typedef enum sc_extract_status
{
	SC_EXTRACT_OK,
	SC_EXTRACT_BAD_PARTS		/* parts do not lie inside the text */
} sc_extract_status;

/*
 * A candidate membership of the learned stage (extract_learned.c): a
 * place of a sentence that no rule made a member, with the body it may be
 * a member of, the features that describe it and the model's weight.
 * Handed to a candidate sink instead of being weighed against the
 * threshold, for `score -c`, which trains the model.
 */
typedef struct sc_candidate
{
	const char *organisation;
	const char *member;
	const char *const *features;
	int			nfeatures;
	double		score;			/* the model's probability that it is one */
	sc_span		evidence;
} sc_candidate;

typedef void (*sc_candidate_sink) (const sc_candidate *candidate, void *arg);

/*
 * How the extractor reads.  pattern_stage: also read the member lists the
 * member rules leave, with every pattern of patterns.tsv.  On the real test
 * pages those memberships are not yet precise enough to be stated as facts
 * (the README's "Real pages"), so the stage is off unless asked for; by
 * default only the patterns of the rules its "default" lines name are read.
 * learned_stage: also state the memberships the learned model weighs
 * above its threshold (extract_learned.c); off unless asked for, as the
 * pattern stage.  candidate_sink: hand every candidate to it, weighed,
 * and state none of them.
 */
typedef struct sc_extract_options
{
	bool		pattern_stage;
	bool		learned_stage;
	sc_candidate_sink candidate_sink;
	void	   *candidate_arg;
} sc_extract_options;

/* sc_extract_facts with options; NULL reads as sc_extract_facts does. */
extern sc_extract_status sc_extract_facts_with(const char *text, size_t len,
											   const sc_textdoc *parts,
											   int32_t document_day,
											   const sc_extract_options *options,
											   sc_fact_sink sink, void *arg,
											   size_t *nfacts);

/*
 * Reads the facts of text[0..len), split into parts by sc_textdoc_split,
 * and hands each to sink, until the sink returns false.  document_day is
 * the page's own date (days since 2000-01-01) or SC_NO_DAY.  *nfacts (if
 * not NULL) is set to the number of facts handed over.
 */
extern sc_extract_status sc_extract_facts(const char *text, size_t len,
										  const sc_textdoc *parts,
										  int32_t document_day,
										  sc_fact_sink sink, void *arg,
										  size_t *nfacts);

/* The kind as the JSON output names it: "membership", "twin_town" ... */
extern const char *sc_fact_kind_name(sc_fact_kind kind);

/*
 * The basis as the JSON output and skanecoop.fact.basis name it: "stated",
 * "inferred_from_title", "inferred_from_heading",
 * "inferred_from_earlier_sentence", "inferred_from_page" or "unknown".
 */
extern const char *sc_fact_basis_name(sc_fact_basis basis);

#endif							/* SC_EXTRACT_H */
