/*
 * extract.c
 *		The fact extractor's entry point: walks a document's sentences in
 *		passes and hands the facts to the caller.
 *
 * Facts about members need to know things stated anywhere on the page:
 * which organisations it names (a list may precede the sentence that
 * defines its organisation), when an organisation started ("Samarbetet
 * har pågått sedan 1990-talet" may come after the member list), and the
 * page's own date (usually at its end), and when one member joined or left
 * ("Hörby anslöt sig 2015" after the list that names Hörby).  So the
 * sentences are walked four times, each walk linear in the text: the
 * page's dates, organisations, starts and members' own periods, then
 * every other fact.  Which organisation a sentence is about
 * is the one it names before its list, else the one the text was last
 * about (a heading naming it, or the first one a sentence names).
 */
#include "extract_int.h"
#include "extract_learned.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "words.h"

typedef enum ex_pass
{
	EX_PASS_DATES,
	EX_PASS_ORGANISATIONS,
	EX_PASS_STARTS,
	EX_PASS_FACTS
} ex_pass;

static bool parts_inside(const sc_textdoc *parts, size_t len);
static void visit(ex_doc *doc, const ex_sentence *s, ex_pass pass);
static size_t split_sentence(ex_doc *doc, size_t nth, size_t pos, size_t end,
							 ex_sentence *s);
static void walk(ex_doc *doc, const sc_textdoc *parts, ex_pass pass);
static const char *page_country(const ex_doc *doc, bool *english);
const char *
sc_fact_kind_name(sc_fact_kind kind)
{
	static const char *const names[] = {
		"organisation", "membership", "member_count", "fee", "twin_town",
		"area", "document_date"
	};

	return (unsigned) kind < sizeof(names) / sizeof(names[0]) ? names[kind] : "unknown";
}

const char *
sc_fact_basis_name(sc_fact_basis basis)
{
	static const char *const names[] = {
		"unknown", "stated", "inferred_from_title", "inferred_from_heading",
		"inferred_from_earlier_sentence", "inferred_from_page"
	};

	_Static_assert(sizeof(names) / sizeof(names[0]) == SC_NBASES,
				   "every fact basis has a name");

	return (unsigned) basis < sizeof(names) / sizeof(names[0]) ? names[basis] : "unknown";
}

sc_fact_basis
ex_named_in(const ex_doc *doc, const ex_sentence *s)
{
	if (s->span.start == doc->title.start && s->span.end == doc->title.end && s->heading)
		return SC_BASIS_TITLE;
	return s->heading ? SC_BASIS_HEADING : SC_BASIS_SENTENCE;
}

void
ex_init_fact(sc_fact *f, sc_fact_kind kind, const ex_sentence *s, const char *rule)
{
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->count = -1;
	f->evidence = s->span;
	f->rule = rule;
}

void
ex_set_member(const ex_doc *doc, sc_fact *f, const sc_place *place, int org,
			  sc_span name, char *buf)
{
	if (place)
	{
		f->member = place->name;
		f->member_code = place->code;
	}
	else if (org >= 0)
		f->member = doc->orgs[org].name;
	else
	{
		ex_copy(doc, name, buf, EX_NAME_MAX);
		f->member = buf;
	}
}

/* FNV-1a of a membership's organisation and member, folded. */
static uint32_t
membership_hash(const char *organisation, const char *member)
{
	uint32_t	h = 2166136261u;
	const char *parts[2] = {organisation, member};

	for (int k = 0; k < 2; k++)
	{
		size_t		len = strlen(parts[k]);

		for (size_t i = 0; i < len; i++)
			h = (h ^ sc_folded_byte(parts[k], len, i)) * 16777619u;
		h = (h ^ '\t') * 16777619u;
	}
	return h;
}

/* Whether a membership of member in organisation was handed out. */
bool
ex_membership_emitted(const ex_doc *doc, const char *organisation, const char *member)
{
	uint32_t	h = membership_hash(organisation, member);

	for (int i = 0; i < doc->nemitted; i++)
		if (doc->emitted[i] == h)
			return true;
	return false;
}

/*
 * span, or where it is longer than EX_EVIDENCE_MAX bytes, as many of its
 * bytes around at (half before, half after, fewer where it begins or ends
 * nearer), with whole characters at both ends.
 */
static sc_span
bounded_evidence(const ex_doc *doc, sc_span span, size_t at)
{
	size_t		from,
				to;

	if (span.end - span.start <= EX_EVIDENCE_MAX)
		return span;
	if (at < span.start || at > span.end)
		at = span.start;
	from = at - span.start > EX_EVIDENCE_MAX / 2 ? at - EX_EVIDENCE_MAX / 2 : span.start;
	if (span.end - from < EX_EVIDENCE_MAX)
		from = span.end - EX_EVIDENCE_MAX;
	to = from + EX_EVIDENCE_MAX;
	while (from < to && ((unsigned char) doc->text[from] & 0xC0) == 0x80)
		from++;
	while (to > from && to < doc->len && ((unsigned char) doc->text[to] & 0xC0) == 0x80)
		to--;
	return (sc_span) {from, to};
}

void
ex_emit(ex_doc *doc, sc_fact *f)
{
	ex_emit_at(doc, f, f->evidence.start);
}

/* Whether a sentence of the page defines the body of that name ("X är ett kommunalförbund"). */
bool
ex_defined_on_page(const ex_doc *doc, const char *name)
{
	for (int i = 0; i < doc->norgs; i++)
		if ((doc->orgs[i].defined_at != EX_NONE || doc->orgs[i].defined_again) &&
			strcmp(doc->orgs[i].name, name) == 0)
			return true;
	return false;
}

/*
 * Whether the fact is handed out as the loader reads by default.  A
 * membership whose body the page's title names, and no sentence of the
 * page defines, is read in the pattern stage alone: on the dev batches
 * as each was first read, before any rule was changed for it, 0 of 9
 * memberships of the body a title names were right (a title names what
 * a page is about, which is often not whose list stands under it: a body
 * renamed, its successor, a member's page), where those a sentence names
 * were right 16 times of 29.  A body the page defines as well is the
 * page's subject in its own words.  Everything else is read as found;
 * derived memberships follow the count they come from.  The fact still
 * counts as handed out, so that the other rules read the page the same
 * in both stages.
 */
static bool
stated_by_default(const ex_doc *doc, const sc_fact *f)
{
	return doc->pattern_stage || f->kind != SC_FACT_MEMBERSHIP || f->derived ||
		f->basis != SC_BASIS_TITLE || ex_defined_on_page(doc, f->organisation);
}

void
ex_emit_at(ex_doc *doc, sc_fact *f, size_t at)
{
	if (doc->stopped || f->evidence.start > f->evidence.end || f->evidence.end > doc->len)
		return;					/* a bad span cannot happen; never hand one out */
	/* a body the page names two ways is one, by one name */
	if (f->organisation)
		f->organisation = ex_body_name(doc, f->organisation);
	if (f->member)
		f->member = ex_body_name(doc, f->member);
	f->evidence = bounded_evidence(doc, f->evidence, at);
	for (int i = 0; i < f->nmore_evidence; i++)
		if (f->more_evidence[i].start <= f->more_evidence[i].end &&
			f->more_evidence[i].end <= doc->len)
			f->more_evidence[i] = bounded_evidence(doc, f->more_evidence[i],
												   f->more_evidence[i].start);
	if (f->kind == SC_FACT_MEMBERSHIP)
	{
		doc->nmemberships++;
		doc->member_org = f->organisation;
	}
	if (f->kind == SC_FACT_MEMBERSHIP && doc->nemitted < EX_MAX_EMITTED &&
		f->organisation && f->member)
		doc->emitted[doc->nemitted++] = membership_hash(f->organisation, f->member);
	if (!stated_by_default(doc, f))
		return;
	doc->stopped = !doc->sink(f, doc->arg);
	doc->nfacts++;
}

static bool
parts_inside(const sc_textdoc *parts, size_t len)
{
	if (parts->title.start > parts->title.end || parts->title.end > len)
		return false;
	for (size_t i = 0; i < parts->nsections; i++)
	{
		const sc_section *sec = &parts->sections[i];

		if (sec->body.start > sec->body.end || sec->body.end > len ||
			(sec->has_heading &&
			 (sec->heading.start > sec->heading.end || sec->heading.end > len)))
			return false;
	}
	return true;
}

/*
 * Whether the facts walk need look for the page's dates in the sentence:
 * ex_document_date depends on the sentence's text alone, so it states
 * dates only where the dates walk found them.
 */
static bool
was_dated(const ex_doc *doc, const ex_sentence *s)
{
	if (doc->ndated > EX_MAX_DATED)
		return true;
	for (int i = 0; i < doc->ndated; i++)
		if (doc->dated[i] == s->span.start)
			return true;
	return false;
}

/* Words of the longest title or heading that speaks of the lists under it. */
#define EX_HEADING_WORDS 12

/*
 * Whether a title or heading has more than EX_HEADING_WORDS words, and so
 * is a sentence; words, not spaces, are counted, as a PDF's text may put
 * two spaces between them.
 */
static bool
heading_is_sentence(const ex_doc *doc, sc_span span)
{
	int			words = 0;

	for (size_t p = ex_word_from(doc, span.start, span.end); p < span.end && words <= EX_HEADING_WORDS;
		 p = ex_word_from(doc, ex_word_end(doc, p, span.end), span.end))
		words++;
	return words > EX_HEADING_WORDS;
}

/*
 * A title or heading that denies memberships ("Vennskapsbyer", "Vänorter",
 * "Kommuner som överväger att gå med"; the "not" patterns of patterns.tsv)
 * says so of every list under it: of the page's, or of its section's.
 * A title or heading of more than EX_HEADING_WORDS words is a sentence,
 * which denies only itself.
 */

static void
note_denial(ex_doc *doc, const ex_sentence *s)
{
	/*
	 * with no body known the member rules read nothing to deny; a title
	 * of many words is a sentence ("Når borgerne i blandt andet Ballerup
	 * ... gør det. Foto: ..."), no heading over the lists of the page
	 */
	bool		denies;

	denies = (doc->norgs > 0 || doc->pattern_stage) && !heading_is_sentence(doc, s->span) &&
		ex_sentence_denies(doc, s);

	if (s->span.start == doc->title.start && s->span.end == doc->title.end)
		doc->title_denies = denies;
	else
		doc->heading_denies = denies;
}

/*
 * After a sentence: what the text is about next (ex_update_context), and
 * where that was named, for the facts that take it as their subject.
 */
static void
update_context(ex_doc *doc, const ex_sentence *s)
{
	int			before = doc->context;

	doc->context = -1;
	ex_update_context(doc, s);
	if (doc->context >= 0)
		doc->context_basis = ex_named_in(doc, s);
	else
		doc->context = before;
}

static void
visit(ex_doc *doc, const ex_sentence *s, ex_pass pass)
{
	int32_t		day,
			   *found;
	ex_dated	dated;
	size_t		memberships,
				facts;

	doc->sentence = (sc_span) {s->span.start, s->list_end};
	doc->subject_basis = SC_BASIS_UNKNOWN;
	switch (pass)
	{
		case EX_PASS_DATES:
			if ((dated = ex_document_date(doc, s, false, &day)) == EX_DATED_NONE)
				return;
			if (doc->ndated < EX_MAX_DATED)
				doc->dated[doc->ndated] = s->span.start;
			if (doc->ndated <= EX_MAX_DATED)
				doc->ndated++;
			found = dated == EX_DATED_LABEL ? &doc->found_day : &doc->found_top_day;
			*found = *found == SC_NO_DAY || day > *found ? day : *found;
			return;
		case EX_PASS_ORGANISATIONS:
			ex_find_organisations(doc, s);
			ex_find_listed_bodies(doc, s);
			return;
		case EX_PASS_STARTS:
			ex_find_start(doc, s);
			ex_find_member_periods(doc, s);
			break;
		case EX_PASS_FACTS:
			if (was_dated(doc, s))
				ex_document_date(doc, s, true, &day);
			if (s->heading)
				note_denial(doc, s);
			if (!doc->title_denies && !doc->heading_denies)
			{
				memberships = doc->nmemberships;
				ex_find_memberships(doc, s);
				/*
				 * a sentence the member rules read is theirs: the patterns
				 * may add members of the organisation they read, no other
				 * ("Munkfors ingår, tillsammans med A, B och C, i X"); out
				 * of the pattern stage, only those on by default are read
				 */
				ex_find_pattern_memberships(doc, s, doc->nmemberships == memberships ?
											NULL : doc->member_org);
				ex_find_body_list_memberships(doc, s);
				ex_find_learned_memberships(doc, s);
			}
			facts = doc->nfacts;
			ex_find_counts(doc, s);
			/* a sentence the counted lists read is theirs */
			if (doc->nfacts == facts)
				ex_find_owner_counts(doc, s);
			ex_find_fees(doc, s);
			ex_find_twin_towns(doc, s);
			ex_find_areas(doc, s);
			break;
	}
	update_context(doc, s);
}

/*
 * The walk's nth sentence of the body, which begins at pos, and where the
 * next one begins: every walk splits the same bodies in the same order, so
 * the first walk's splits are kept for the others, as many as fit.
 */
static size_t
split_sentence(ex_doc *doc, size_t nth, size_t pos, size_t end, ex_sentence *s)
{
	size_t		next;

	if (nth < doc->nsplits)
	{
		*s = doc->splits[nth].sentence;
		return doc->splits[nth].next;
	}
	next = ex_next_sentence(doc, pos, end, s);
	if (nth == doc->nsplits && nth < EX_MAX_SPLITS)
		doc->splits[doc->nsplits++] = (ex_split) {*s, next};
	return next;
}

/*
 * Whether a title or heading is a paragraph: more than EX_HEADING_WORDS
 * words with a sentence ending inside them, as the first line of a page
 * saved without its title often is ("Kommunerna A och B är intresserade
 * av samarbete med X. X ägs av C och D ..."), or at their end ("Business
 * Region Aarhus træder stadig tydeligere frem som et nationalt
 * vækstcenter ..."; a heading ends in no period).  Its sentences are
 * read as a body's, each on its own.  A bulleted line of one sentence is
 * a list's item or a picture's caption ("• Mårten Jansson, Anna Steiner
 * Ekström och Håkan Dahm från Kommunalförbundet ... går framåt."), which
 * stays a heading.
 */
static bool
paragraph_heading(const ex_doc *doc, sc_span span)
{
	ex_sentence first;

	/* span is trimmed (sc_span_trim), and holds words */
	return heading_is_sentence(doc, span) &&
		(ex_next_sentence(doc, span.start, span.end, &first) < span.end ||
		 (doc->text[span.end - 1] == '.' && ex_bullet_length(doc, span.start, span.end) == 0));
}

/* Visits the sentences of [pos, end) as a body's; nth counts the walk's splits. */
static void
walk_body(ex_doc *doc, size_t pos, size_t end, ex_pass pass, size_t *nth)
{
	bool		first = true;
	ex_sentence s;

	while (pos < end && !doc->stopped)
	{
		size_t		next = split_sentence(doc, (*nth)++, pos, end, &s);

		s.section_start = first;
		first = false;
		if (s.span.end > s.span.start)
			visit(doc, &s, pass);
		if (next <= pos)
			break;
		pos = next;
	}
}

/* Visits a title or heading, as one line or, if it is a paragraph, as its sentences. */
static void
walk_heading(ex_doc *doc, sc_span span, bool paragraph, ex_pass pass, size_t *nth)
{
	ex_sentence s = {
		.span = span,
		.list_end = span.end,
		.heading = true,
		.section_start = true,
		.has_digit = ex_has_digit(doc, span.start, span.end)
	};

	if (paragraph)
		walk_body(doc, span.start, span.end, pass, nth);
	else
		visit(doc, &s, pass);
}

/* Visits the title, then each section's heading and sentences, in order. */
static void
walk(ex_doc *doc, const sc_textdoc *parts, ex_pass pass)
{
	size_t		nth = 0;

	doc->context = -1;
	doc->context_basis = SC_BASIS_UNKNOWN;
	doc->section_subject = -1;
	doc->twin_subject = NULL;
	doc->heading = (sc_span) {0, 0};
	walk_heading(doc, parts->title, paragraph_heading(doc, parts->title), pass, &nth);
	for (size_t i = 0; i < parts->nsections && !doc->stopped; i++)
	{
		const sc_section *sec = &parts->sections[i];
		bool		paragraph = sec->has_heading && paragraph_heading(doc, sec->heading);

		/* a paragraph is no heading, whose words a name's may begin with */
		doc->heading = sec->has_heading && !paragraph ? sec->heading : (sc_span) {0, 0};
		doc->heading_denies = false;
		if (sec->has_heading)
			walk_heading(doc, sec->heading, paragraph, pass, &nth);
		walk_body(doc, sec->body.start, sec->body.end, pass, &nth);
	}
}

const sc_place *
ex_place_at(const ex_doc *doc, size_t pos, size_t end, size_t *matched)
{
	return ex_place_in_region_at(doc, pos, end, NULL, matched);
}

const sc_place *
ex_place_in_region_at(const ex_doc *doc, size_t pos, size_t end, const char *region,
					  size_t *matched)
{
	const sc_gazetteer_context context = {doc->country, false, false, region};
	sc_place_match match;

	if (pos >= end || sc_gazetteer_find(doc->text + pos, end - pos, &context, &match) == NULL)
		return NULL;
	*matched = match.length;
	return match.place;
}

const sc_place *
ex_listed_place_at(const ex_doc *doc, size_t pos, size_t end, size_t *matched)
{
	const sc_place *place;
	size_t		next;

	if (pos >= end || !ex_word_start(doc, pos) || !sc_is_upper(doc->text, end, pos))
		return NULL;
	if ((place = ex_place_at(doc, pos, end, matched)) == NULL)
	{
		size_t		wend = ex_word_end(doc, pos, end);

		if ((place = ex_listed_word_place(doc, pos, wend)) == NULL)
			return NULL;
		*matched = wend - pos;
	}
	next = ex_skip_space(doc, pos + *matched, end);
	return next < end && sc_is_upper(doc->text, end, next) ? NULL : place;
}

const char *
ex_majority_key(const char *const *keys, int n)
{
	for (int i = 0; i < n; i++)
	{
		int			count = 0;

		for (int j = 0; j < n; j++)
			count += strcmp(keys[i], keys[j]) == 0;
		if (count * 2 > n)
			return keys[i];
	}
	return NULL;
}

/* The place [start, end) names whole in the page's country; bare_words as the gazetteer's. */
static const sc_place *
place_named(const ex_doc *doc, size_t start, size_t end, bool bare_words)
{
	const sc_gazetteer_context context = {doc->country, bare_words, false, NULL};

	return start < end ?
		sc_gazetteer_resolve(doc->text + start, end - start, &context, NULL) : NULL;
}

const sc_place *
ex_place_named(const ex_doc *doc, size_t start, size_t end)
{
	return place_named(doc, start, end, false);
}

const sc_place *
ex_listed_word_place(const ex_doc *doc, size_t start, size_t end)
{
	return place_named(doc, start, end, true);
}

/*
 * Whether the ASCII word stands whole at p, which has at least one byte
 * more than the word: no letter, digit or UTF-8 byte after it.  Inline, so
 * that the length and comparison of the constant words it is asked of,
 * at many words of every page, are made without calls.
 */
static inline bool
ascii_word_at(const char *p, const char *word)
{
	size_t		n = strlen(word);
	unsigned char next = (unsigned char) p[n];

	return memcmp(p, word, n) == 0 &&
		!((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
		  (next >= '0' && next <= '9') || next >= 0x80);
}

/*
 * The language of patterns.tsv the page's words are in, by page_country's
 * answer: English where "the" is their commonest, Swedish where none of
 * them tells.
 */
static ex_lang
page_language(const char *country, bool english)
{
	if (english)
		return EX_LANG_EN;
	if (country && strcmp(country, "DK") == 0)
		return EX_LANG_DA;
	if (country && strcmp(country, "NO") == 0)
		return EX_LANG_NO;
	return EX_LANG_SV;
}

/*
 * The country whose language the page is written in, by the words for
 * "and" and "of" it uses most: Swedish "och", Danish "og" with "af",
 * Norwegian "og" with "av"; NULL for English ("the") or none of them.
 * A name two countries give a place (Lund, in Skåne and in Rogaland) is
 * the one of the page's country; twin towns read their places by it too,
 * and fees the kroner of "kr".
 */
static const char *
page_country(const ex_doc *doc, bool *english)
{
	int			och = 0,
				og = 0,
				af = 0,
				av = 0,
				the = 0;

	*english = false;
	if (doc->len <= 3)
		return NULL;

	/*
	 * The words are ASCII and lower case, after a space or at a line's
	 * start: where a word begins, which the marks of the page's words
	 * tell without a look at the bytes between (ex_word_from).
	 */
	for (size_t pos = ex_word_from(doc, 0, doc->len - 3); pos + 3 < doc->len;
		 pos = ex_word_from(doc, pos + 1, doc->len - 3))
	{
		const char *p = doc->text + pos;

		if (pos > 0 && p[-1] != ' ' && p[-1] != '\n')
			continue;
		if (p[0] == 'o')
		{
			och += ascii_word_at(p, "och");
			og += ascii_word_at(p, "og");
		}
		else if (p[0] == 'a')
		{
			af += ascii_word_at(p, "af");
			av += ascii_word_at(p, "av");
		}
		else if (p[0] == 't')
			the += ascii_word_at(p, "the");
	}
	*english = the > och && the > og;
	if (och > og && och >= the && och > 0)
		return "SE";
	if (og > och && og >= the)
		return af > av ? "DK" : "NO";
	return NULL;
}

/*
 * Marks where the text's words may begin, once for all the walks: a bit
 * a byte, an eighth of the text's size.
 */
static void
mark_words(ex_doc *doc)
{
	doc->word_starts = malloc((doc->len / 64 + 1) * sizeof(uint64_t));
	if (doc->word_starts != NULL)
		ex_mark_words(doc, (sc_span) {0, doc->len});
}

sc_extract_status
sc_extract_facts(const char *text, size_t len, const sc_textdoc *parts,
				 int32_t document_day, sc_fact_sink sink, void *arg,
				 size_t *nfacts)
{
	return sc_extract_facts_with(text, len, parts, document_day, NULL, sink, arg, nfacts);
}

sc_extract_status
sc_extract_facts_with(const char *text, size_t len, const sc_textdoc *parts,
					  int32_t document_day, const sc_extract_options *options,
					  sc_fact_sink sink, void *arg, size_t *nfacts)
{
	ex_doc	   *doc;
	ex_doc		state;

	if (nfacts)
		*nfacts = 0;
	if (!parts_inside(parts, len))
		return SC_EXTRACT_BAD_PARTS;
	memset(&state, 0, offsetof(ex_doc, splits));
	doc = &state;
	doc->text = text;
	doc->len = len;
	doc->day = document_day;
	doc->found_day = SC_NO_DAY;
	doc->found_top_day = SC_NO_DAY;
	doc->top_end = ex_top_end(doc);
	doc->sink = sink;
	doc->arg = arg;
	doc->pattern_stage = options != NULL && options->pattern_stage;
	doc->learned_stage = options != NULL && options->learned_stage;
	doc->candidate_sink = options != NULL ? options->candidate_sink : NULL;
	doc->candidate_arg = options != NULL ? options->candidate_arg : NULL;
	doc->scans = EX_MAX_SCANS;
	doc->alias_cues = -1;
	doc->nmentions = -1;
	doc->title = parts->title;
	ex_index_name_words(doc);
	mark_words(doc);
	doc->country = page_country(doc, &doc->english);
	doc->language = page_language(doc->country, doc->english);

	walk(doc, parts, EX_PASS_DATES);
	/* a date a label states is the page's before one alone near its top */
	if (doc->day == SC_NO_DAY)
		doc->day = doc->found_day != SC_NO_DAY ? doc->found_day : doc->found_top_day;
	walk(doc, parts, EX_PASS_ORGANISATIONS);
	ex_spell_out_abbreviations(doc);
	ex_title_subject(doc);
	ex_find_mentions(doc);
	/* starts and members' periods are all of organisations */
	if (doc->norgs > 0)
		walk(doc, parts, EX_PASS_STARTS);
	walk(doc, parts, EX_PASS_FACTS);
	ex_emit_pending_fees(doc);
	if (!doc->stopped)
		ex_emit_organisations(doc);
	ex_free_stemmers(doc);
	free(doc->word_starts);
	free(doc->place_mentions);
	if (nfacts)
		*nfacts = doc->nfacts;
	return SC_EXTRACT_OK;
}
