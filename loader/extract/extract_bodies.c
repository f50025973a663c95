/*
 * extract_bodies.c
 *		Lists of the bodies one member belongs to: a sentence that says a
 *		member belongs to, or owns, a counted number of bodies and ends
 *		its line ("Sandnes kommune er med i 8 interkommunale selskap.",
 *		"VGR är medlem i fyra kommunalförbund.", "For de ni største
 *		selskaber ejet helt eller delvist af Københavns Kommune:") in
 *		the paragraph right before that many lines of one body each.
 *
 * Each listed body is an organisation of the page, and the member a member
 * of each.  A page names bodies it lists in passing too, so the list must
 * be as long as the sentence counts: the lines under it that look like
 * names (a bullet if any, a capital, at most EX_BODY_WORDS words, no full
 * stop at the end), with one blank line between two at most, may be the
 * count or up to EX_BODY_HEADER_LINES more (a heading and a table's
 * header before the bodies: "Oversikt Interkommunale selskap", "Selskap
 * Eierandel Selskapsavtale"), and the last of them are the bodies; a list
 * of any other length is none, but for a list of bodies of no member
 * ("I 2016 fantes følgende 68 regionråd:") that the end of a stored page
 * cuts short, whose last line may be cut too.  A line's body ends before a number (an
 * owner's share, "24,50%"), a bracket after a space ("Amager
 * Ressourcecenter (ARC)") or a group's suffix ("HOFOR-koncernen").
 */
#include "extract_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "words.h"

/* Bodies a list may have. */
#define EX_BODY_LIST_MAX 80
/* Bodies a list cut by the end of the text must still have. */
#define EX_BODY_CUT_MIN 3
/* Words a line of the list may have. */
#define EX_BODY_WORDS 12
/* Name-like lines before the bodies that are not bodies. */
#define EX_BODY_HEADER_LINES 2
/* Words between the count and the noun it counts ("8 interkommunale selskap"). */
#define EX_BODY_COUNT_GAP 2

/* Plural nouns of the bodies a sentence counts, as stems of their words. */
static const char *const body_nouns[] = {
	"selskap", "selskab", "kommunalförbund", "kommunalforbund", "förbund",
	"samarbeid", "samarbejd", "bolag", "regionråd", "samordningsförbund", "companies",
	"joint authorit", NULL
};

/*
 * Words that tie the member to the bodies: "är medlem i", "ejet af"; "med"
 * only before "i" ("er med i", not "samverkan med dessa fyra").
 */
static const char *const member_words[] = {
	"medlem", "ejet", "ejede", "eid", "eiet", "ägda", "ägs", "deltar",
	"deltager", "deltaker", "ingår", "member", "owned", NULL
};

/* "I 2016 fantes følgende 68 regionråd:": a count of bodies listed, of no member. */
static const char *const listing_words[] = {"følgende", "följande", "following", NULL};

/* "af Københavns Kommune": the word before a member named after the bodies. */
static const char *const agent_words[] = {"af", "av", "by", NULL};

/* Suffixes of a group's name that the body's name is without. */
static const char *const group_suffixes[] = {
	"-koncernen", "-koncernet", "-konsernet", "-konsernen", NULL
};

typedef struct ex_body_list
{
	sc_span		bodies[EX_BODY_LIST_MAX];
	int			nbodies;
	bool		of_member;		/* the bodies of the member below, or of none */
	const sc_place *place;		/* the member, a place, or */
	int			org;			/* the member, an organisation of the page */
	size_t		end;			/* where the last body's line ends */
} ex_body_list;

/* The count of bodies at pos ("8 interkommunale selskap", "fyra kommunalförbund"), or 0. */
static int
counted_bodies(const ex_doc *doc, size_t pos, size_t end)
{
	int			n = 0;
	size_t		len = ex_number_any_language(doc, pos, end, &n);
	size_t		w;

	if (len == 0 || n < 2 || n > EX_BODY_LIST_MAX)
		return 0;
	w = ex_next_word(doc, pos, end);
	for (int gap = 0; gap <= EX_BODY_COUNT_GAP && w < end; gap++, w = ex_next_word(doc, w, end))
		if (ex_find_prefix_in(doc, w, ex_word_end(doc, w, end), body_nouns) != EX_NONE)
			return n;
	return 0;
}

/* Words before "(ABBR)" that a place it abbreviates may have. */
#define EX_ABBREVIATED_WORDS 3

/*
 * The place the page abbreviates as the word [pos, wend) where it first
 * writes the abbreviation in brackets after the place's name: "Västra
 * Götalandsregionen (VGR)"; NULL if none.
 */
static const sc_place *
abbreviated_place(ex_doc *doc, size_t pos, size_t wend)
{
	char		bracketed[24];
	size_t		at,
				from;

	/* a search of the whole text, which the document's budget bounds */
	if (wend - pos + 3 > sizeof(bracketed) || !ex_take_scan(doc))
		return NULL;
	snprintf(bracketed, sizeof(bracketed), " (%.*s)", (int) (wend - pos), doc->text + pos);
	if ((at = ex_find_part(doc, 0, doc->len, bracketed)) == EX_NONE)
		return NULL;
	from = at;
	for (int words = 0; words < EX_ABBREVIATED_WORDS && from > 0; words++)
	{
		size_t		matched;
		const sc_place *place;

		from--;
		while (from > 0 && doc->text[from - 1] != ' ' && doc->text[from - 1] != '\n')
			from--;
		if ((place = ex_place_at(doc, from, at, &matched)) != NULL && from + matched == at)
			return place;
	}
	return NULL;
}

/*
 * The member named at pos: a place, an organisation of the page, or an
 * abbreviation of a place the page spells out.
 */
static bool
member_at(ex_doc *doc, size_t pos, size_t end, ex_body_list *list)
{
	size_t		n;

	if (pos >= end || !sc_is_upper(doc->text, end, pos))
		return false;
	list->place = NULL;
	list->org = ex_org_at(doc, pos, end, &n);
	if (list->org < 0)
		list->place = ex_place_at(doc, pos, end, &n);
	if (list->org < 0 && list->place == NULL)
		list->place = abbreviated_place(doc, pos, ex_word_end(doc, pos, end));
	return list->org >= 0 || list->place != NULL;
}

/*
 * The count of bodies the sentence [start, end) states of one member, which
 * it sets in list, or 0: the sentence has a word that ties member to bodies,
 * and names the member after "af" following the count, else first.  With
 * no such word, a count after "følgende" in a sentence that ends in a
 * colon is of bodies listed with no member.
 */
static int
stated_count(ex_doc *doc, size_t start, size_t end, ex_body_list *list)
{
	bool		tied = false,
				listing = false;
	int			count = 0;
	size_t		agent = EX_NONE;

	for (size_t p = ex_skip_space(doc, start, end); p < end; p = ex_next_word(doc, p, end))
	{
		if (ex_word_in(doc, p, end, member_words) > 0 ||
			(ex_word_is(doc, p, end, "med") > 0 &&
			 ex_word_is(doc, ex_next_word(doc, p, end), end, "i") > 0))
			tied = true;
		else if (count == 0 && (count = counted_bodies(doc, p, end)) == 0)
			listing = ex_word_in(doc, p, end, listing_words) > 0;
		else if (agent == EX_NONE && ex_word_in(doc, p, end, agent_words) > 0)
			agent = ex_next_word(doc, p, end);
	}
	if (count > 0 && !tied && listing && doc->text[end - 1] == ':')
		return count;
	if (!tied || count == 0)
		return 0;
	list->of_member = true;
	if (agent != EX_NONE)
		return member_at(doc, agent, end, list) ? count : 0;
	return member_at(doc, ex_skip_space(doc, start, end), end, list) ? count : 0;
}

/* How body_nouns begin, for names_body_noun. */
static ex_word_gate body_noun_gate;
static pthread_once_t body_noun_gate_once = PTHREAD_ONCE_INIT;

static void
add_body_noun_gate(void)
{
	for (int i = 0; body_nouns[i]; i++)
		ex_gate_add_word(&body_noun_gate, body_nouns[i]);
}

/*
 * Whether a word of the sentence begins with one of body_nouns: a count of
 * bodies needs one (counted_bodies), and most sentences have none, so that
 * this look at how each word begins spares them stated_count's
 * word-by-word reading (a fifth of a page's extraction before).
 */
static bool
names_body_noun(const ex_doc *doc, const ex_sentence *s)
{
	size_t		end = s->span.end;

	pthread_once(&body_noun_gate_once, add_body_noun_gate);
	for (size_t p = ex_word_from_gate(doc, s->span.start, end, &body_noun_gate); p < end;
		 p = ex_word_from_gate(doc, p + 1, end, &body_noun_gate))
		if (ex_find_prefix_in(doc, p, ex_word_end(doc, p, end), body_nouns) != EX_NONE)
			return true;
	return false;
}

/* Whether only spaces stand in [pos, end). */
static bool
blank(const ex_doc *doc, size_t pos, size_t end)
{
	return ex_skip_space(doc, pos, end) >= end;
}

/* The end of the line pos stands in, before its newline. */
static size_t
end_of_line(const ex_doc *doc, size_t pos)
{
	const char *nl = memchr(doc->text + pos, '\n', doc->len - pos);

	return nl ? (size_t) (nl - doc->text) : doc->len;
}

/*
 * The end of the line the sentence at pos stands in.  Sentences are read
 * in order, and the line end found last serves every sentence of its
 * line, so that a line of thousands of sentences (a page whose paragraphs
 * lost their breaks) is searched once, not once a sentence.
 */
static size_t
end_of_sentence_line(ex_doc *doc, size_t pos)
{
	if (!doc->line_known || pos < doc->line_from || pos > doc->line_end)
	{
		doc->line_from = pos;
		doc->line_end = end_of_line(doc, pos);
		doc->line_known = true;
	}
	return doc->line_end;
}

/*
 * The body the line [pos, end) names, or an empty span if the line is no
 * name: see the file's header.
 */
static sc_span
body_of_line(const ex_doc *doc, size_t pos, size_t end)
{
	sc_span		none = {pos, pos};
	size_t		p = ex_skip_space(doc, pos, end),
				cut;
	int			words = 0;

	if (p < end && end - p >= 3 && memcmp(doc->text + p, "\xe2\x80\xa2", 3) == 0)
		p = ex_skip_space(doc, p + 3, end);
	else if (p < end && (doc->text[p] == '-' || doc->text[p] == '*'))
		p = ex_skip_space(doc, p + 1, end);
	if (p >= end || !sc_is_upper(doc->text, end, p))
		return none;
	while (end > p && (doc->text[end - 1] == ' ' || doc->text[end - 1] == '\t' ||
					   doc->text[end - 1] == '\r'))
		end--;
	if (doc->text[end - 1] == '.' || doc->text[end - 1] == ':' || doc->text[end - 1] == ',')
		return none;
	cut = end;
	for (size_t w = p; w < end; w = ex_next_word(doc, w, end))
	{
		if (++words > EX_BODY_WORDS)
			return none;
		if (cut == end && w > p && ((doc->text[w] >= '0' && doc->text[w] <= '9') ||
									(doc->text[w] == '(' && doc->text[w - 1] == ' ')))
			cut = w;
	}
	for (int i = 0; group_suffixes[i]; i++)
	{
		size_t		at = ex_find_part(doc, p, cut, group_suffixes[i]);

		if (at < cut)
			cut = at;
	}
	while (cut > p && (doc->text[cut - 1] == ' ' || doc->text[cut - 1] == '\t'))
		cut--;
	return cut - p >= 2 ? (sc_span) {p, cut} : none;
}

/*
 * The next line under the line ending at eol that is not blank, into
 * *line; false where two blank lines in a row, or the text's end, come
 * first: a list goes on past one blank line between its lines, no more.
 */
static bool
next_filled_line(const ex_doc *doc, size_t eol, sc_span *line)
{
	int			blanks = 0;

	for (size_t start = eol + 1; start < doc->len; start = eol + 1)
	{
		eol = end_of_line(doc, start);
		if (!blank(doc, start, eol))
		{
			*line = (sc_span) {start, eol};
			return true;
		}
		if (++blanks > 1)
			return false;
	}
	return false;
}

/*
 * Whether the first line under the line ending at eol names a body: a
 * list needs one there, and most lines a sentence ends have none, so that
 * this spares them the sentence's reading.
 */
static bool
body_line_under(const ex_doc *doc, size_t eol)
{
	sc_span		line,
				body;

	if (!next_filled_line(doc, eol, &line))
		return false;
	body = body_of_line(doc, line.start, line.end);
	return body.end > body.start;
}

/*
 * Reads the list of bodies under the sentence s, into list; false, and
 * list not to be read, if the sentence states no count of one member's
 * bodies or the lines under it do not hold that many.
 */
static bool
read_body_list(ex_doc *doc, const ex_sentence *s, ex_body_list *list)
{
	sc_span		lines[EX_BODY_LIST_MAX + EX_BODY_HEADER_LINES + 1];
	int			nlines = 0,
				count;
	bool		cut = false;
	sc_span		line;
	size_t		eol = end_of_sentence_line(doc, s->span.start);

	if (s->heading || eol < s->span.end || !body_line_under(doc, eol) ||
		!names_body_noun(doc, s))
		return false;
	/* cleared only here: most sentences have no list, and it is large */
	memset(list, 0, sizeof(*list));
	if ((count = stated_count(doc, s->span.start, s->span.end, list)) == 0)
		return false;
	for (; next_filled_line(doc, eol, &line); eol = line.end)
	{
		lines[nlines] = body_of_line(doc, line.start, line.end);
		if (lines[nlines].end == lines[nlines].start ||
			++nlines > count + EX_BODY_HEADER_LINES)
			break;
		list->end = line.end;
		cut = line.end >= doc->len;
	}
	/* a listing the stored page cuts short, its last line perhaps in a word */
	if (cut && !list->of_member && nlines - 1 >= EX_BODY_CUT_MIN && nlines - 1 < count)
		count = --nlines;
	if (nlines < count || nlines > count + EX_BODY_HEADER_LINES)
		return false;
	memcpy(list->bodies, lines + nlines - count, count * sizeof(sc_span));
	list->nbodies = count;
	return true;
}

/* The bodies listed under the sentence s, as organisations of the page. */
void
ex_find_listed_bodies(ex_doc *doc, const ex_sentence *s)
{
	ex_body_list list;

	if (!read_body_list(doc, s, &list))
		return;
	for (int i = 0; i < list.nbodies; i++)
		ex_add_listed_org(doc, list.bodies[i], s);
}

/* The memberships of the member in the bodies listed under the sentence s. */
void
ex_find_body_list_memberships(ex_doc *doc, const ex_sentence *s)
{
	ex_body_list list;
	ex_sentence evidence = *s;
	ex_period	period;

	if (!read_body_list(doc, s, &list) || !list.of_member)
		return;
	evidence.list_end = list.end;
	ex_period_in(doc, s->span.start, s->span.end, &period);
	if (period.former)
		return;
	for (int i = 0; i < list.nbodies; i++)
	{
		size_t		matched;
		int			org = ex_org_at(doc, list.bodies[i].start, list.bodies[i].end, &matched);
		sc_fact		f;
		char		name[EX_NAME_MAX];
		ex_dating	dating;

		if (org < 0 || org == list.org)
			continue;
		ex_init_fact(&f, SC_FACT_MEMBERSHIP, &evidence, "body_list.lines");
		f.basis = SC_BASIS_STATED;
		f.organisation = doc->orgs[org].name;
		ex_set_member(doc, &f, list.place, list.org, (sc_span) {0, 0}, name);
		if (ex_membership_emitted(doc, f.organisation, f.member))
			continue;
		ex_member_dating(doc, org, list.place, &period, &dating);
		ex_apply_dating(&dating, &f);
		ex_emit_at(doc, &f, list.bodies[i].start);
	}
}
