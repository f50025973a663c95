/*
 * extract_learned.c
 *		The learned stage: memberships no rule reads, weighed by a model
 *		trained on the dev pages' gold.
 *
 * The rules read a membership where a sentence has a shape they know.  Many
 * more are stated in shapes no rule knows: a place under a body's heading,
 * in a table, after a verb no pattern holds.  Here every place of a
 * sentence that no rule made a member is a candidate member of the body
 * the sentence names, or else of the one it is about (ex_sentence_topic),
 * and is described by features: the words of its sentence (stemmed),
 * the words right before and after it, the run of places it stands in
 * ("A, B og C") and the word that leads the run, the heading over it,
 * whether it stands alone on its line among lines of places, how its body
 * was known, how often the page names it.  A logistic model (learned.tsv,
 * which scripts/train-learned.py fits to what `score -c` prints) gives each
 * candidate a weight, and those above the model's threshold are
 * memberships, with the rule "learned.pair".
 *
 * Features are made here only, for training (the candidate sink of
 * sc_extract_options, which `score -c` prints with each candidate's label)
 * and for reading alike, so that the model weighs what it was trained on.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "extract_learned.h"
#include "extract_patterns.h"

/*
 * Features of one candidate: at most EX_MAX_WORD_FEATURES of them the
 * sentence's words, so that a long sentence leaves room for the
 * candidate's own.  A feature longer than EX_FEATURE_SIZE - 1 bytes is
 * left out, not cut (a cut could split a character, or make two one).
 */
#define EX_MAX_FEATURES 128
#define EX_MAX_WORD_FEATURES 96
#define EX_FEATURE_SIZE 48

/* Lines each way that place_lines_around looks at. */
#define EX_LINES_AROUND 16

/* Words of a heading that describe the sentences under it. */
#define EX_HEADING_WORDS 6

/* Bodies one sentence may name that its places are candidates of. */
#define EX_MAX_NAMED_ORGS 3

typedef struct ex_features
{
	char		text[EX_MAX_FEATURES][EX_FEATURE_SIZE];
	int			n;
} ex_features;

typedef struct ex_place_mention
{
	const sc_place *place;
	size_t		start;
	size_t		end;
	int			run_start;		/* the first and last mention of its run */
	int			run_end;
	sc_span		word_before;	/* the sentence's word before it, or empty */
	bool		in_brackets;	/* a bracket opened before it is open */
} ex_place_mention;

/* A sentence whose places are weighed: what all its candidates share. */
typedef struct ex_weighed_sentence
{
	const ex_sentence *s;
	ex_place_mention places[EX_MAX_CANDIDATE_PLACES];
	int			nplaces;
	ex_period	period;			/* the period its words state */
	ex_features features;		/* the features of every candidate of it */
} ex_weighed_sentence;

static void
add_feature(ex_features *fs, const char *name, const char *value)
{
	if (fs->n >= EX_MAX_FEATURES ||
		snprintf(fs->text[fs->n], EX_FEATURE_SIZE, "%s=%s", name, value) >= EX_FEATURE_SIZE)
		return;
	for (int i = 0; i < fs->n; i++)
		if (strcmp(fs->text[i], fs->text[fs->n]) == 0)
			return;				/* each feature counts once */
	fs->n++;
}

/* A count in the buckets the model tells apart. */
static const char *
bucket(size_t n)
{
	return n == 0 ? "0" : n == 1 ? "1" : n == 2 ? "2" : n <= 5 ? "3-5" : n <= 12 ? "6-12" : "13+";
}

/*
 * The stemmer's language of the page: the page's language, and English's
 * for a page whose words tell no Nordic one.
 */
static ex_lang
page_lang(const ex_doc *doc)
{
	return doc->country == NULL ? EX_LANG_EN : doc->language;
}

/*
 * The word at [pos, end) as a feature's value: its stem, folded; "#" for a
 * number, "@place" for a place and "@org" for a body the page names, so
 * that the model learns how members are stated, not which; NULL for a
 * word too long to be a word.
 */
static const char *
word_value(ex_doc *doc, size_t pos, size_t end, char *buf, size_t size)
{
	char		folded[EX_FEATURE_SIZE];
	size_t		len = end - pos,
				matched;

	if (len == 0 || len >= sizeof(folded))
		return NULL;
	if (doc->text[pos] >= '0' && doc->text[pos] <= '9')
		return "#";
	if (ex_place_at(doc, pos, doc->len, &matched) != NULL)
		return "@place";
	if (doc->nmentions != 0 && ex_org_at(doc, pos, doc->len, &matched) >= 0)
		return "@org";
	memcpy(folded, doc->text + pos, len);
	folded[len] = '\0';
	sc_fold_case(folded, len);
	if (!ex_stem(doc, page_lang(doc), folded, len, buf, size))
		return NULL;
	return buf;
}

/*
 * Whether only spaces, bullets and punctuation stand beside [start, end)
 * on its line ("- Eslöv,"): no byte of a letter or digit.
 */
static bool
alone_on_line(const ex_doc *doc, size_t start, size_t end)
{
	for (size_t p = start; p > 0 && doc->text[p - 1] != '\n'; p--)
		if (sc_is_word_char(doc->text, doc->len, p - 1))
			return false;
	for (size_t p = end; p < doc->len && doc->text[p] != '\n'; p++)
		if (sc_is_word_char(doc->text, doc->len, p))
			return false;
	return true;
}

/*
 * The words of the heading the sentence stands under, if it is not that
 * heading: lines under "Medlemmar" or "Eiere" are members.
 */
static void
heading_features(ex_doc *doc, const ex_sentence *s, ex_features *fs)
{
	char		stem[EX_FEATURE_SIZE];
	const char *value;
	sc_span		h = doc->heading;
	int			nwords = 0;

	if (h.end <= h.start || (h.start >= s->span.start && h.start < s->list_end))
		return;
	for (size_t p = ex_word_from(doc, h.start, h.end); p < h.end && nwords < EX_HEADING_WORDS;
		 p = ex_next_word(doc, p, h.end))
	{
		size_t		e = ex_word_end(doc, p, h.end);

		nwords++;
		if (e > p && (value = word_value(doc, p, e, stem, sizeof(stem))) != NULL)
			add_feature(fs, "h", value);
		if (ex_next_word(doc, p, h.end) <= p)
			break;
	}
}

/*
 * Counts how often each place is named on the page, once, when the first
 * candidate asks: a place named all over the page is often its own
 * municipality, the publisher, not a member.
 */
static void
count_page_places(ex_doc *doc)
{
	if (doc->place_mentions != NULL ||
		(doc->place_mentions = calloc(sc_gazetteer_nplaces, sizeof(int))) == NULL)
		return;
	for (size_t p = ex_word_from(doc, 0, doc->len); p < doc->len; p = ex_next_word(doc, p, doc->len))
	{
		size_t		matched = 0;
		const sc_place *place = ex_place_at(doc, p, doc->len, &matched);

		if (place != NULL)
		{
			if (doc->place_mentions[place - sc_gazetteer_places]++ == 0)
				doc->page_places++;
			p += matched > 0 ? matched - 1 : 0;
		}
		if (p >= doc->len || ex_next_word(doc, p, doc->len) <= p)
			break;
	}
}

/* How often the page names place, 0 if not counted. */
static int
page_mentions(const ex_doc *doc, const sc_place *place)
{
	return doc->place_mentions ? doc->place_mentions[place - sc_gazetteer_places] : 0;
}

/* The bytes of the separator sep (a bullet, a no-break space) at p, or 0. */
static size_t
separator_at(const ex_doc *doc, size_t p, size_t end, const char *sep)
{
	size_t		len = strlen(sep);

	return len <= end - p && memcmp(doc->text + p, sep, len) == 0 ? len : 0;
}

/* The line [start, end) less bullets and spaces before and punctuation after. */
static sc_span
trimmed_line(const ex_doc *doc, size_t start, size_t end)
{
	size_t		n;

	while (start < end)
	{
		if (doc->text[start] == ' ' || doc->text[start] == '\t' ||
			doc->text[start] == '-' || doc->text[start] == '*')
			start++;
		else if ((n = separator_at(doc, start, end, "\u2022")) > 0 ||
				 (n = separator_at(doc, start, end, "\u00a0")) > 0)
			start += n;
		else
			break;
	}
	while (end > start && doc->text[end - 1] != '\0' && strchr(" \t.,;:\r", doc->text[end - 1]) != NULL)
		end--;
	return (sc_span) {start, end};
}

/* Whether the line [start, end) is a place alone, bullets and spaces aside. */
static bool
line_is_place(const ex_doc *doc, size_t start, size_t end)
{
	sc_span		t = trimmed_line(doc, start, end);

	return ex_place_named(doc, t.start, t.end) != NULL;
}

/*
 * How many lines next to the line [start, end), up to EX_LINES_AROUND
 * each way, blank lines passed over, are a place alone: a list in lines,
 * whatever its bullets.
 */
static int
place_lines_around(const ex_doc *doc, size_t start, size_t end)
{
	int			n = 0;
	size_t		a,
				b;

	for (int i = 0; i < EX_LINES_AROUND && start > 0; i++, n++, start = a)
	{
		for (b = start - 1; b > 0 && doc->text[b - 1] == '\n'; b--)
			;					/* past blank lines, b ends the line before */
		for (a = b; a > 0 && doc->text[a - 1] != '\n'; a--)
			;
		if (!line_is_place(doc, a, b))
			break;
	}
	for (int i = 0; i < EX_LINES_AROUND && end < doc->len; i++, n++, end = b)
	{
		for (a = end + 1; a < doc->len && doc->text[a] == '\n'; a++)
			;
		for (b = a; b < doc->len && doc->text[b] != '\n'; b++)
			;
		if (!line_is_place(doc, a, b))
			break;
	}
	return n;
}

/* The features of the sentence that every candidate of it shares. */
static void
sentence_features(ex_doc *doc, const ex_sentence *s, int nplaces, ex_features *fs)
{
	char		stem[EX_FEATURE_SIZE];
	const char *value;
	size_t		nwords = 0;

	fs->n = 0;
	add_feature(fs, "bias", "1");
	add_feature(fs, "lang", doc->country ? doc->country : "EN");
	add_feature(fs, "places", bucket(nplaces));
	add_feature(fs, "orgs", bucket(doc->norgs));
	if (s->heading)
		add_feature(fs, "heading", "1");
	if (s->list_end > s->span.end)
		add_feature(fs, "colon_list", "1");
	for (size_t p = ex_word_from(doc, s->span.start, s->list_end); p < s->list_end;
		 p = ex_next_word(doc, p, s->list_end))
	{
		size_t		e = ex_word_end(doc, p, s->list_end);

		nwords++;
		if (e > p && fs->n < EX_MAX_WORD_FEATURES &&
			(value = word_value(doc, p, e, stem, sizeof(stem))) != NULL)
			add_feature(fs, "w", value);
		if (ex_next_word(doc, p, s->list_end) <= p)
			break;
	}
	add_feature(fs, "words", bucket(nwords));
	heading_features(doc, s, fs);
}

/*
 * Whether only separators of a list stand in [from, to): spaces, commas,
 * bullets, brackets and the words that join a list's last item.
 */
static bool
list_gap(const ex_doc *doc, size_t from, size_t to)
{
	static const char *const joiners[] = {"og", "och", "and", "samt", "sekä", NULL};
	/* a bullet, an en dash, a no-break space */
	static const char *const wide_separators[] = {"\u2022", "\u2013", "\u00a0", NULL};
	size_t		p = from;

	while (p < to)
	{
		size_t		n = 0;

		if (doc->text[p] != '\0' && strchr(" \t\n,;/&()*-", doc->text[p]) != NULL)
		{
			p++;
			continue;
		}
		if ((n = ex_word_in(doc, p, to, joiners)) == 0)
			for (int i = 0; wide_separators[i] && n == 0; i++)
				n = separator_at(doc, p, to, wide_separators[i]);
		if (n == 0)
			return false;
		p += n;
	}
	return true;
}

/*
 * The places of the sentence in order, up to EX_MAX_CANDIDATE_PLACES, each
 * with the run of places it stands in (those only separators of a list
 * part: "A, B og C"), the word before it and whether it is in brackets:
 * one walk along the sentence, whatever the number of candidates.
 */
static int
sentence_places(const ex_doc *doc, const ex_sentence *s, ex_place_mention *out)
{
	int			n = 0,
				depth = 0;
	size_t		scanned = s->span.start;
	sc_span		last_word = {s->span.start, s->span.start};

	for (size_t p = ex_word_from(doc, s->span.start, s->list_end);
		 p < s->list_end && n < EX_MAX_CANDIDATE_PLACES;
		 p = ex_next_word(doc, p, s->list_end))
	{
		size_t		matched = 0;
		const sc_place *place = ex_place_at(doc, p, s->list_end, &matched);

		for (; scanned < p; scanned++)
			depth += doc->text[scanned] == '(' ? 1 : doc->text[scanned] == ')' && depth > 0 ? -1 : 0;
		if (place != NULL && matched > 0)
		{
			out[n] = (ex_place_mention) {place, p, p + matched, n, n, last_word, depth > 0};
			if (n > 0 && list_gap(doc, out[n - 1].end, p))
				out[n].run_start = out[n - 1].run_start;
			for (int i = out[n].run_start; i <= n; i++)
				out[i].run_end = n;
			n++;
			last_word = (sc_span) {p, p + matched};
			scanned = p + matched;
			p += matched - 1;
		}
		else
			last_word = (sc_span) {p, ex_word_end(doc, p, s->list_end)};
		if (p >= s->list_end || ex_next_word(doc, p, s->list_end) <= p)
			break;
	}
	return n;
}

/*
 * Whether the sentence tells of its body in the past: a past copula or
 * "had" right after a body it names, or as its second word ("Samarbeidet
 * var ...", "It was ..."): "Knutepunkt Sørlandet var et interkommunalt
 * samarbeid for de sju kommunene ..." names members that were, whose
 * validity no date of the sentence bounds.  No candidate is read there.
 */
static bool
told_in_past(const ex_doc *doc, const ex_sentence *s, const size_t *ends, int norgs)
{
	static const char *const past[] = {"var", "was", "were", "hade", "hadde", "havde", "had", NULL};
	size_t		first = ex_word_from(doc, s->span.start, s->list_end);
	size_t		second = ex_next_word(doc, first, s->list_end);

	if (second > first && second < s->list_end && ex_word_in(doc, second, s->list_end, past) > 0)
		return true;
	for (int i = 0; i < norgs; i++)
	{
		size_t		after = ex_word_from(doc, ends[i], s->list_end);

		if (after < s->list_end && ex_word_in(doc, after, s->list_end, past) > 0)
			return true;
	}
	return false;
}

/*
 * The bodies the sentence names, each once, where each is first named and
 * where that name ends.
 */
static int
sentence_orgs(const ex_doc *doc, const ex_sentence *s, int *out, size_t *at, size_t *ends)
{
	int			n = 0;

	if (doc->nmentions == 0)
		return 0;
	for (size_t p = ex_word_from(doc, s->span.start, s->list_end); p < s->list_end && n < EX_MAX_NAMED_ORGS;
		 p = ex_next_word(doc, p, s->list_end))
	{
		size_t		matched = 0;
		int			org = ex_org_at(doc, p, s->list_end, &matched);
		bool		seen = false;

		if (org >= 0)
		{
			org = ex_full_org(doc, org);
			for (int i = 0; i < n; i++)
				seen |= out[i] == org;
			if (!seen)
			{
				at[n] = p;
				ends[n] = p + matched;
				out[n++] = org;
			}
			p += matched > 0 ? matched - 1 : 0;
		}
		if (p >= s->list_end || ex_next_word(doc, p, s->list_end) <= p)
			break;
	}
	return n;
}

static int
compare_feature(const void *key, const void *entry)
{
	return strcmp((const char *) key, ((const ex_learned_weight_entry *) entry)->feature);
}

double
ex_learned_weight(const char *feature)
{
	const ex_learned_weight_entry *e = bsearch(feature, ex_learned_weights, ex_learned_nweights,
											   sizeof(ex_learned_weights[0]), compare_feature);

	return e ? e->weight : 0;
}

static double
model_score(const ex_features *fs)
{
	double		z = 0;

	for (int i = 0; i < fs->n; i++)
		z += ex_learned_weight(fs->text[i]);
	return 1.0 / (1.0 + exp(-z));
}

static void
emit_candidate(ex_doc *doc, const ex_weighed_sentence *ws, int org, sc_fact_basis basis,
			   const ex_place_mention *m, const ex_features *fs)
{
	const ex_sentence *s = ws->s;
	sc_fact		f;
	char		name[EX_NAME_MAX];
	ex_dating	dating;
	double		score;

	ex_init_fact(&f, SC_FACT_MEMBERSHIP, s, "learned.pair");
	f.basis = basis;
	f.evidence.end = s->list_end;
	f.organisation = doc->orgs[org].name;
	ex_set_member(doc, &f, m->place, -1, (sc_span) {m->start, m->end}, name);
	score = model_score(fs);
	if (doc->candidate_sink)
	{
		const char *features[EX_MAX_FEATURES];
		sc_candidate c = {
			.organisation = ex_body_name(doc, f.organisation),
			.member = f.member,
			.features = features,
			.nfeatures = fs->n,
			.score = score,
			.evidence = {s->span.start, s->list_end},
		};

		for (int i = 0; i < fs->n; i++)
			features[i] = fs->text[i];
		doc->candidate_sink(&c, doc->candidate_arg);
		return;
	}
	if (!doc->learned_stage || score < ex_learned_threshold)
		return;
	ex_member_dating(doc, org, m->place, &ws->period, &dating);
	ex_apply_dating(&dating, &f);
	ex_emit_at(doc, &f, m->start);
}

/* Adds the feature name=value of the word at pos, if a word stands there before end. */
static void
add_word_feature(ex_doc *doc, ex_features *fs, const char *name, size_t pos, size_t end)
{
	char		stem[EX_FEATURE_SIZE];
	const char *value;

	if (pos < end &&
		(value = word_value(doc, pos, ex_word_end(doc, pos, end), stem, sizeof(stem))) != NULL)
		add_feature(fs, name, value);
}

/*
 * Whether the place may be a candidate member of the body: not if a rule
 * (or the stage, in an earlier sentence) stated it already, and not if
 * the loader would withhold it by default, as it withholds the members of
 * a body only the page's title names (extract.c, stated_by_default), so
 * that the model is trained on the candidates it is asked to weigh.
 */
static bool
is_candidate(const ex_doc *doc, int org, sc_fact_basis basis, const sc_place *place)
{
	return !ex_membership_emitted(doc, ex_body_name(doc, doc->orgs[org].name), place->name) &&
		(basis != SC_BASIS_TITLE || ex_defined_on_page(doc, doc->orgs[org].name));
}

/* The candidate of mention m with one body, described and weighed. */
static void
weigh(ex_doc *doc, const ex_weighed_sentence *ws, int m, int org, sc_fact_basis basis,
	  const char *source, size_t org_at)
{
	const ex_sentence *s = ws->s;
	ex_features fs = ws->features;
	const ex_place_mention *p = &ws->places[m];
	const ex_place_mention *first = &ws->places[p->run_start];
	const ex_place_mention *last = &ws->places[p->run_end];
	int			run = p->run_end - p->run_start + 1;

	add_feature(&fs, "org", source);
	add_feature(&fs, "kind", sc_place_is_region(p->place) ? "region" : "municipality");
	add_word_feature(doc, &fs, "prev", p->word_before.start, p->word_before.end);
	add_word_feature(doc, &fs, "next", ex_word_from(doc, p->end, s->list_end), s->list_end);
	add_feature(&fs, "run", bucket(run));
	add_feature(&fs, "run_at", run == 1 ? "only" : m == p->run_start ? "first" :
				m == p->run_end ? "last" : "inside");
	add_word_feature(doc, &fs, "lead", first->word_before.start, first->word_before.end);
	add_word_feature(doc, &fs, "tail", ex_word_from(doc, last->end, s->list_end), s->list_end);
	if (p->in_brackets)
		add_feature(&fs, "brackets", "1");
	if (alone_on_line(doc, p->start, p->end))
	{
		size_t		line_start = p->start,
					line_end = p->end;

		add_feature(&fs, "alone", "1");
		while (line_start > 0 && doc->text[line_start - 1] != '\n')
			line_start--;
		while (line_end < doc->len && doc->text[line_end] != '\n')
			line_end++;
		add_feature(&fs, "lines", bucket(place_lines_around(doc, line_start, line_end)));
	}
	add_feature(&fs, "named_on_page", bucket(page_mentions(doc, p->place)));
	add_feature(&fs, "page_places", bucket(doc->page_places));
	if (ex_contains(doc, doc->title.start, doc->title.end, p->place->name))
		add_feature(&fs, "in_title", "1");
	if (strstr(doc->orgs[org].name, p->place->name) != NULL)
		add_feature(&fs, "org_names_place", "1");
	if (org_at != EX_NONE)
		add_feature(&fs, "org_side", org_at < p->start ? "before" : "after");
	emit_candidate(doc, ws, org, basis, p, &fs);
}

void
ex_find_learned_memberships(ex_doc *doc, const ex_sentence *s)
{
	ex_weighed_sentence ws;
	int			orgs[EX_MAX_NAMED_ORGS];
	size_t		org_at[EX_MAX_NAMED_ORGS],
				org_ends[EX_MAX_NAMED_ORGS];
	int			norgs,
				topic;
	sc_fact_basis basis;

	if ((!doc->learned_stage && doc->candidate_sink == NULL) || doc->norgs == 0)
		return;

	/*
	 * Not cleared: its features' text makes it some ten kilobytes, which
	 * every sentence of every page would clear, and each field is set
	 * below before it is read.
	 */
	ws.s = s;
	if ((ws.nplaces = sentence_places(doc, s, ws.places)) == 0)
		return;
	count_page_places(doc);
	norgs = sentence_orgs(doc, s, orgs, org_at, org_ends);
	/*
	 * no candidate of a sentence whose places are not members now, or of
	 * one that tells of its body in the past: what the stage would not
	 * state, it is not trained on either
	 */
	ex_period_in(doc, s->span.start, s->list_end, &ws.period);
	if (ws.period.former || told_in_past(doc, s, org_ends, norgs) ||
		ex_sentence_not_member(doc, s))
		return;
	topic = norgs == 0 ? ex_sentence_topic_basis(doc, s, &basis) : -1;
	if (norgs == 0 && topic < 0)
		return;
	sentence_features(doc, s, ws.nplaces, &ws.features);
	for (int i = 0; i < ws.nplaces && !doc->stopped; i++)
	{
		const sc_place *place = ws.places[i].place;
		bool		again = false;

		for (int j = 0; j < i; j++)
			again |= ws.places[j].place == place;
		if (again)
			continue;			/* a place is weighed where first named */
		if (norgs == 0 && is_candidate(doc, topic, basis, place))
			weigh(doc, &ws, i, topic, basis, sc_fact_basis_name(basis), EX_NONE);
		for (int o = 0; o < norgs; o++)
			if (is_candidate(doc, orgs[o], SC_BASIS_STATED, place))
				weigh(doc, &ws, i, orgs[o], SC_BASIS_STATED,
					  norgs == 1 ? "named" : "named_several", org_at[o]);
	}
}
