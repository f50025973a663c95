/*
 * extract_facts.c
 *		The facts that are not about members: the page's own dates and
 *		cooperation areas (fees: extract_fees.c; twin towns: extract_twins.c).
 */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "words.h"

typedef struct ex_label
{
	const char *word;
	const char *name;
} ex_label;

/* Words that introduce a date the page states about itself. */
static const ex_label date_labels[] = {
	{"publicerad", "published"},
	{"publicerades", "published"},
	{"publicerat", "published"},
	{"uppdaterad", "updated"},
	{"uppdaterades", "updated"},
	{"ändrad", "updated"},
	{"ändrades", "updated"},
	{NULL, NULL}
};

/* Words that end an area's phrase, or the list of areas. */
static const char *const area_stops[] = {
	"att", "där", "som", "med", "för", "genom", "i", "på", "till", "från",
	"och", "samt", "är", "har", "sker", "kan", "ska", "vi", NULL
};

/* Words that introduce a list of areas. */
static const char *const area_cues[] = {
	"inom", "områdena", "med", "på", "omfattar", "ansvarar", NULL
};

#define EX_AREA_WORDS 3
#define EX_MIN_AREAS 3

static size_t area_at(const ex_doc *doc, size_t pos, size_t end, sc_span *area);
static bool area_list(ex_doc *doc, const ex_sentence *s, size_t pos, int org);

/* ------------------------------------------------------------------------
 * The page's own dates
 * ------------------------------------------------------------------------
 */

/*
 * "Publicerad 2021-11-11, Uppdaterad 2023-12-06": emits them if emit, and
 * sets *day to the latest; false if the sentence states none.
 */
bool
ex_document_date(const ex_doc *doc, const ex_sentence *s, bool emit, int32_t *day)
{
	bool		found = false;
	size_t		end = s->span.end;
	ex_initials initials = {{0}, {0}};

	if (!s->has_digit)
		return false;			/* a date of a day is in digits */
	for (int i = 0; date_labels[i].word; i++)
		ex_initials_add(&initials, date_labels[i].word);
	for (size_t pos = ex_word_from(doc, s->span.start, end); pos < end;
		 pos = ex_word_from(doc, pos + 1, end))
	{
		if (!ex_initials_has(&initials, doc, pos, end))
			continue;
		for (int i = 0; date_labels[i].word; i++)
		{
			size_t		n = ex_word_is(doc, pos, end, date_labels[i].word),
						p;
			ex_date		d;

			if (n == 0)
				continue;
			p = ex_skip_space(doc, pos + n, end);
			if (p < end && doc->text[p] == ':')
				p = ex_skip_space(doc, p + 1, end);
			if (ex_date_at(doc, p, end, &d) == 0 || d.precision != EX_DAY)
				continue;
			if (!found || sc_days_from_civil(d.year, d.month, d.day) > *day)
				*day = sc_days_from_civil(d.year, d.month, d.day);
			found = true;
			if (emit)
			{
				sc_fact		f;

				ex_init_fact(&f, SC_FACT_DOCUMENT_DATE, s, "document_date.label");
				f.basis = SC_BASIS_STATED;	/* of the page the sentence is on */
				f.name = date_labels[i].name;
				ex_format_date(&d, f.validity, sizeof(f.validity));
				ex_emit((ex_doc *) doc, &f);
			}
		}
	}
	return found;
}

/* ------------------------------------------------------------------------
 * Areas
 * ------------------------------------------------------------------------
 */

/* An area's phrase at pos: one to three lower-case words, or an acronym. */
static size_t
area_at(const ex_doc *doc, size_t pos, size_t end, sc_span *area)
{
	size_t		p = pos;
	int			words = 0;

	if (ex_word_is(doc, p, end, "en") || ex_word_is(doc, p, end, "ett"))
		p = ex_next_word(doc, p, end);
	area->start = p;
	while (p < end && words <= EX_AREA_WORDS && ex_word_start(doc, p) &&
		   sc_is_word_char(doc->text, end, p) && !ex_word_in(doc, p, end, area_stops) &&
		   (sc_is_lower(doc->text, end, p) ||
			(words == 0 && ex_word_end(doc, p, end) - p <= 4 && sc_is_upper(doc->text, end, p + 1))))
	{
		area->end = ex_word_end(doc, p, end);
		words++;
		if (area->end >= end || doc->text[area->end] != ' ')
			break;
		p = area->end + 1;
	}
	if (words == 0 || words > EX_AREA_WORDS)
		return 0;
	return area->end - pos;
}

/* A list of at least three areas at pos; emits them. */
static bool
area_list(ex_doc *doc, const ex_sentence *s, size_t pos, int org)
{
	sc_span		areas[16];
	int			n = 0;
	size_t		p = pos,
				len,
				end = s->span.end;

	while (n < 16 && (len = area_at(doc, p, end, &areas[n])) > 0)
	{
		size_t		k;

		p = ex_skip_space(doc, areas[n].end, end);
		n++;
		if (p < end && doc->text[p] == ',')
			p = ex_skip_space(doc, p + 1, end);
		else if ((k = ex_word_is(doc, p, end, "och")) || (k = ex_word_is(doc, p, end, "samt")))
			p = ex_skip_space(doc, p + k, end);
		else
			break;
	}
	if (n < EX_MIN_AREAS)
		return false;
	for (int i = 0; i < n; i++)
	{
		sc_fact		f;
		char		name[EX_NAME_MAX];

		ex_init_fact(&f, SC_FACT_AREA, s, "area.list");
		f.basis = doc->subject_basis;
		ex_copy(doc, areas[i], name, sizeof(name));
		f.organisation = doc->orgs[org].name;
		f.name = name;
		ex_emit(doc, &f);
	}
	return true;
}

/*
 * "samarbetar vi främst inom områdena infrastruktur, näringsliv, ...",
 * "Samarbetet omfattar bland annat ...", "... ansvarar för räddningstjänst,
 * miljötillsyn och IT".
 */
void
ex_find_areas(ex_doc *doc, const ex_sentence *s)
{
	static const char *const cooperation[] = {
		"samarb", "samverk", "arbete", "arbetar", "fokus", "ansvarar", NULL
	};
	bool		about_cooperation = false;
	int			org;
	size_t		n;

	if (s->heading || doc->norgs == 0)
		return;					/* areas are an organisation's */
	for (int i = 0; cooperation[i] && !about_cooperation; i++)
		about_cooperation = ex_contains(doc, s->span.start, s->span.end, cooperation[i]);
	if (!about_cooperation)
		return;
	org = ex_org_before(doc, s->span.start, s->span.end);
	doc->subject_basis = org >= 0 ? SC_BASIS_STATED : doc->context_basis;
	if (org < 0)
		org = doc->context;
	if (org < 0)
		return;
	for (size_t pos = ex_find_in(doc, s->span.start, s->span.end, area_cues, &n);
		 pos != EX_NONE; pos = ex_find_in(doc, pos + 1, s->span.end, area_cues, &n))
	{
		size_t		p;

		p = ex_skip_space(doc, pos + n, s->span.end);
		for (int k = 0; k < 2; k++)
			if (ex_word_is(doc, p, s->span.end, "områdena") || ex_word_is(doc, p, s->span.end, "främst") ||
				(k == 0 && ex_word_is(doc, pos, s->span.end, "ansvarar") &&
				 ex_word_is(doc, p, s->span.end, "för")) ||
				ex_word_is(doc, p, s->span.end, "bland") || ex_word_is(doc, p, s->span.end, "annat"))
				p = ex_next_word(doc, p, s->span.end);
		if (area_list(doc, s, p, org))
			return;
	}
}
