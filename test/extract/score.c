/*
 * score.c
 *		Scores the fact extractor against the test corpus: precision and
 *		recall per fact kind, as TAP lines.
 *
 *		score [-d] [-c] [-q] [-p] [-l] [-e DIR] [-t KIND=PRECISION,RECALL] [-v MIN] [-a MAX]
 *			  [-r YYYY-MM-DD] [-g INDEX.tsv] FILE.txt ...
 *
 * Each FILE.txt is extracted and compared with its expected facts, in
 * FILE.facts beside it or, after "-e DIR", in DIR/BASENAME.facts.  An
 * expected-facts file has one fact a line, tab-separated, "#" comments:
 *
 *		organisation	NAME
 *		membership		ORGANISATION	MEMBER	VALIDITY
 *		member_count	ORGANISATION	COUNT
 *		fee				ORGANISATION	RATE (empty: an unknown amount; a fee in
 *						another currency as if in Swedish kronor, "2.88
 *						kr/invånare/år"; a rule no rate holds in fee_rule's
 *						text form, "2500.00 kr + 0.27 kr/invånare/år")
 *		twin_town		MUNICIPALITY	PARTNER	COUNTRY	RELATION
 *		area			ORGANISATION	AREA
 *		document_date	published|updated	DATE
 *
 * Facts are compared on those fields, letters folded and a trailing legal
 * form ("AB", "A/S", "IKS", …) left out; a membership, count or fee whose
 * fields match no expected one is then compared without its body's legal
 * form written before the name, or the Swedish or Norwegian one after it
 * ("Kommunalförbundet Itsam", "Øst-Finnmarkrådet IPR": bare_name), and so
 * are absent lines.  A membership's validity is scored apart, over the
 * memberships found.  Memberships expanded from counts (derived) are not
 * listed and not scored.
 *
 * A line "absent<TAB>KIND<TAB>FIELDS..." names a fact the page rules out
 * (a neighbour that is no member, a taxa that is no membership fee, a
 * place that is no twin town): it must not be found.  FIELDS are those
 * the kind is compared on, as above without a membership's validity, each
 * a shell pattern, so that "*" stands for any value:
 *
 *		absent	membership	VA SYD	Svedala
 *		absent	fee	*	*
 *		absent	twin_town	Ystad	Rønne	*	*
 *		absent	organisation	*räddningstjänst*
 *
 * An absent membership may end with a validity: then only a membership
 * that may hold within it is ruled out (one with no validity always may),
 * which tells a member that left or joined later:
 *
 *		absent	membership	Sydvästra Skånes kommunalförbund	Kävlinge	2019/..
 *
 * Every fact found, derived memberships too, is checked against every
 * absent line; each one found is printed, and one TAP line counts the
 * absent lines broken.  A wrong fact only lowers its kind's precision; a
 * ruled-out one fails the run unless -a allows it.  An absent line that
 * rules out an expected fact of its own file makes the file bad.
 *
 * With -d, the facts found are printed as JSON lines instead.  -t sets
 * the minimum precision and recall of one kind ("-t fee=0.9,0.6"), for a
 * corpus too small for the defaults to mean much.  -a allows up to MAX
 * absent lines to be broken, for a corpus whose extractor is known to
 * break them: set to the count measured, so that a new one fails.  -v sets
 * the share of memberships found whose validity must be right (0.90).
 * -r gives the day the pages were read, which the loader takes from a
 * manifest's fetched-at or the run: a page that states no date of its own
 * (no document_date is found on it) is extracted as of that day, so that
 * its present-tense statements hold "on or before" it.  A line
 * "read_on<TAB>YYYY-MM-DD" in a page's expected facts gives that page's
 * own reading day, in place of -r's, for a page saved on another day
 * than the rest.
 *
 * -g reads an index of the pages (test/extract/real/INDEX.tsv: file,
 * split, language, region, ...) and reports, as comments after the TAP
 * lines, precision and recall per kind for the pages of each language and
 * for those outside Skåne.  -q leaves out the comments that name a
 * page's missed, wrong and ruled-out facts, for a frozen test set whose
 * pages no one tuning the rules may read: its figures are all it shows.
 *
 * After the TAP lines, comments give the precision of the memberships
 * and member counts found by how sure each is (sc_fact_basis): stated in
 * its sentence, or inferred from the title, a heading, an earlier sentence.  A membership
 * found in several sentences counts as stated if one of them states it.
 * Without -q, further comments give the precision of the facts each rule
 * found, kind by kind (a fact found by several rules counts for the first
 * that found it, or for the first that stated it where that came later),
 * the evidence for reading a rule by default; a rule the tally has no
 * room for is said so on stderr.
 *
 * -p reads with the pattern stage on, as skanecoop-load --pattern-stage
 * does; without it, as the loader does by default.  -l reads with the
 * learned stage on, as skanecoop-load --learned-stage does.
 *
 * With -c, the learned stage's candidates (extract_learned.c) are printed
 * instead, one a line: the file, 1 if the page's expected facts hold the
 * membership or 0, the organisation, the member, the model's weight, and
 * the features, separated by spaces: what scripts/train-learned.py trains
 * the model on.  Labels are the gold's, so -c refuses -q, with which
 * frozen pages are scored, and any page under a folder real/test/: a
 * frozen test set never trains the model.
 */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "calendar.h"
#include "extract.h"
#include "gazetteer.h"
#include "validity.h"
#include "words.h"

#define MAX_FACTS 4096
#define KEY_SIZE 256
#define RULE_NAME_SIZE 64		/* a rule's name, "member_list.counted_apposition" */
#define NKINDS (SC_FACT_DOCUMENT_DATE + 1)

typedef struct fact_key
{
	sc_fact_kind kind;
	char		key[KEY_SIZE];
	char		bare[KEY_SIZE];	/* the key with its body's legal form left out (bare_name) */
	char		validity[SC_VALIDITY_TEXT_SIZE];
	bool		matched;
	sc_fact_basis basis;
	char		rule[RULE_NAME_SIZE];	/* the rule that found it (the stating one) */
	char		organisation[KEY_SIZE]; /* a membership's, as written */
	bool		has_span;		/* an absent membership limited to a span */
	sc_validity span;
} fact_key;

typedef struct fact_set
{
	fact_key	facts[MAX_FACTS];
	int			n;
} fact_set;

typedef struct tally
{
	int			found, expected, correct;
} tally;

typedef struct run
{
	fact_set	got;			/* one of each fact, derived ones left out */
	fact_set	every;			/* every fact, for the absent lines */
	const char *file;
	const char *text;
	bool		dump;
	bool		overflow;		/* more facts than MAX_FACTS: not all checked */
} run;

static tally tallies[NKINDS];

/* -g: the pages' languages and regions, and the tallies of each group. */
#define MAX_GROUPS 8

typedef struct indexed_page
{
	char		file[128];
	char		language[8];
	bool		skane;
} indexed_page;

typedef struct group
{
	char		name[32];
	tally		tallies[NKINDS];
} group;

static indexed_page *index_pages;	/* grown as the index is read */
static int	nindexed,
			index_size;
static group groups[MAX_GROUPS];
static int	ngroups;
static group *page_groups[2];	/* the current page's, or NULL */

/* -q: no comment names a page's facts. */
static bool quiet;
static sc_extract_options extract_options;
static int	validity_right, validity_checked;
static int	absent_found, absent_checked;
static int	warnings;
/*
 * Memberships and member counts found, and of them right, by basis:
 * which rules' subjects, stated or inferred, can be trusted.
 */
static const sc_fact_kind basis_kinds[] = {SC_FACT_MEMBERSHIP, SC_FACT_MEMBER_COUNT};

#define NBASIS_KINDS (sizeof(basis_kinds) / sizeof(basis_kinds[0]))
static int	basis_found[NBASIS_KINDS][SC_NBASES], basis_right[NBASIS_KINDS][SC_NBASES];
/*
 * Wrong memberships whose member the page's gold gives to another
 * organisation: the organisation was named wrong (a pronoun, an
 * abbreviation, a name read short), not the member.
 */
static int	membership_wrong, membership_wrong_name;

/* How a wrong membership's organisation differs from the gold's. */
typedef enum
{
	MISNAMED_SHORT,				/* the gold's name begins or ends with it */
	MISNAMED_LONG,				/* it begins or ends with the gold's name */
	MISNAMED_PUNCTUATION,		/* the same letters, spaced or hyphenated apart */
	MISNAMED_ABBREVIATION,		/* a word in capitals */
	MISNAMED_OTHER,
	NMISNAMED
} misnamed;

static const char *const misnamed_names[NMISNAMED] = {
	"a part of the gold's name", "the gold's name and more",
	"the gold's letters spaced or hyphenated otherwise", "an abbreviation", "another name"
};
static int	misnamed_count[NMISNAMED];

/*
 * Facts found, and of them right, by the rule that found them: what decides
 * whether a rule is read by default (patterns.tsv's "default" lines).
 */
#define MAX_RULES 128

typedef struct rule_tally
{
	sc_fact_kind kind;
	char		rule[RULE_NAME_SIZE];
	int			found, right;
} rule_tally;

static rule_tally rule_tallies[MAX_RULES];
static int	nrule_tallies;

/* Minimum precision and recall a kind must reach for its line to pass. */
static double min_precision[NKINDS] = {0.8, 0.95, 0.9, 0.9, 0.9, 0.8, 0.95};
static double min_recall[NKINDS] = {0.8, 0.9, 0.9, 0.9, 0.9, 0.8, 0.95};
static double min_validity = 0.9;

/* -r: the day the pages were read, for those that state no date. */
static int32_t reading_day = SC_NO_DAY;

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		size;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(size + 1);
	if (!buf || fread(buf, 1, size, f) != (size_t) size)
	{
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[size] = '\0';
	*len = size;
	return buf;
}

/*
 * The length of a name without a trailing legal form: "Sydvatten AB" and
 * "Sydvatten" are one company, whether the page or the gold writes the
 * form, as "Wellington Water Limited" and "Wellington Water" are, and a
 * Finnish "Oy", in capitals or not.  Municipalities and regions never end
 * in one.
 */
static int
name_length(const char *name)
{
	static const char *const forms[] = {" AB", " (publ)", " A/S", " I/S", " IKS", " AS",
		" ASA", " Ltd", " Ltd.", " Limited", " plc", " Oy", " Oyj", " ApS", " K/S",
	" a.m.b.a.", NULL};
	size_t		len = strlen(name);

	for (int i = 0; forms[i]; i++)
	{
		size_t		n = strlen(forms[i]);

		/* "Municipality Finance Plc", "Sydvatten Ab": the case varies */
		if (len > n && strcasecmp(name + len - n, forms[i]) == 0)
			return (int) (len - n);
	}
	return (int) len;
}

/*
 * The bytes of a body's name without a legal form the page may write
 * before it ("I/S Hedeland", "Kommunalförbundet Itsam") or after it that
 * name_length leaves: the Swedish kommunalförbund as a name's word
 * ("VafabMiljö Kommunalförbund"; the lower-case noun after a genitive,
 * "Dalslands kommunalförbund", is a description and stays) and the
 * Norwegian forms of cooperation of the municipal act of 2018, an
 * interkommunalt politisk råd and a kommunalt oppgavefellesskap
 * ("Øst-Finnmarkrådet IPR"): into *len, from the returned start.
 */
static const char *
bare_name(const char *name, int *len)
{
	static const char *const before[] = {"I/S ", "IKS ", "Kommunalförbundet ", NULL};
	static const char *const after[] = {" Kommunalförbund", " IPR", " KO", NULL};

	for (int i = 0; before[i]; i++)
	{
		size_t		m = strlen(before[i]);

		if (*len > (int) m && strncmp(name, before[i], m) == 0)
		{
			name += m;
			*len -= (int) m;
			break;
		}
	}
	for (int i = 0; after[i]; i++)
	{
		size_t		m = strlen(after[i]);

		if (*len > (int) m && strncmp(name + *len - m, after[i], m) == 0)
		{
			*len -= (int) m;
			break;
		}
	}
	return name;
}

/*
 * A place by the gazetteer's name for it, where the name stands for one
 * place whatever the text's country: "Vasa" and "Vaasa" are one member or
 * twin town, as the database, which keeps its code, has them.  A name of
 * places in two countries (Lund), a pattern ("*"), a body or a place
 * abroad is kept as written; so is a name that stands for one place but
 * whose gazetteer name another place bears too, so that two places never
 * become one: "Herøy (Nordland)" and "Herøy (Møre og Romsdal)", "Oslo
 * fylke" and "Oslo kommune" stay apart.
 */
static const char *
place_name(const char *name)
{
	static const sc_gazetteer_context any_country = {NULL, true, false, NULL};
	/* which places share their gazetteer name with another, found once */
	static bool shared[SC_GAZETTEER_MAX_PLACES],
				known;
	const sc_place *place = sc_gazetteer_resolve(name, strlen(name), &any_country, NULL);

	if (!known)
	{
		for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
			for (size_t j = i + 1; j < sc_gazetteer_nplaces; j++)
				if (strcmp(sc_gazetteer_places[i].name, sc_gazetteer_places[j].name) == 0)
					shared[i] = shared[j] = true;
		known = true;
	}
	return place == NULL || shared[place - sc_gazetteer_places] ? name : place->name;
}

/*
 * Joins fields with tabs, folded, into the key; a membership's member and
 * a twin town's two places by their gazetteer names (place_name).  The
 * bare key is the same with the name of a membership's, count's or fee's
 * body bare (bare_name); an organisation's name is compared as written,
 * since a page's gold may give a body's two names as two lines.
 */
static void
make_key(fact_key *k, sc_fact_kind kind, const char *const *fields, int n)
{
	size_t		used = 0,
				bare_used = 0;

	k->kind = kind;
	k->key[0] = '\0';
	k->bare[0] = '\0';
	k->matched = false;
	k->organisation[0] = '\0';
	k->has_span = false;
	for (int i = 0; i < n; i++)
	{
		const char *field = fields[i] ? fields[i] : "",
				   *bare;
		int			len,
					bare_len;

		if ((kind == SC_FACT_MEMBERSHIP && i == 1) || (kind == SC_FACT_TWIN_TOWN && i <= 1))
			field = place_name(field);
		len = bare_len = name_length(field);
		bare = field;
		if (i == 0 && (kind == SC_FACT_MEMBERSHIP || kind == SC_FACT_MEMBER_COUNT ||
					   kind == SC_FACT_FEE))
			bare = bare_name(field, &bare_len);
		used += snprintf(k->key + used, used < KEY_SIZE ? KEY_SIZE - used : 0, "%s%.*s",
						 i ? "\t" : "", len, field);
		bare_used += snprintf(k->bare + bare_used,
							  bare_used < KEY_SIZE ? KEY_SIZE - bare_used : 0, "%s%.*s",
							  i ? "\t" : "", bare_len, bare);
	}
	sc_fold_case(k->key, strlen(k->key));
	sc_fold_case(k->bare, strlen(k->bare));
}

static void
json_string(const char *key, const char *value)
{
	printf(", \"%s\": ", key);
	if (!value)
	{
		printf("null");
		return;
	}
	putchar('"');
	for (const char *p = value; *p; p++)
	{
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if ((unsigned char) *p < 0x20)
			printf("\\u%04x", *p);
		else
			putchar(*p);
	}
	putchar('"');
}

static void
dump_fact(const run *r, const sc_fact *f)
{
	char		text[2048];

	snprintf(text, sizeof(text), "%.*s", (int) (f->evidence.end - f->evidence.start),
			 r->text + f->evidence.start);
	printf("{\"kind\": \"%s\"", sc_fact_kind_name(f->kind));
	json_string("organisation", f->organisation);
	json_string("organisation_kind", f->organisation_kind);
	json_string("member", f->member);
	json_string("member_code", f->member_code);
	printf(", \"derived\": %s", f->derived ? "true" : "false");
	json_string("municipality", f->municipality);
	json_string("partner", f->partner);
	json_string("partner_code", f->partner_code);
	json_string("partner_country", f->partner_country);
	json_string("relation", f->relation);
	json_string("name", f->name);
	json_string("validity", f->validity);
	json_string("rate", f->rate);
	json_string("fee_rule", f->fee_rule);
	printf(", \"count\": %d", f->count);
	json_string("rule", f->rule);
	json_string("basis", sc_fact_basis_name(f->basis));
	json_string("warning", f->warning);
	printf(", \"evidence\": {\"start\": %zu, \"end\": %zu", f->evidence.start, f->evidence.end);
	json_string("text", text);
	printf("}}\n");
}

/*
 * A fee's rate as the expected facts write it: the rate, or a rule in the
 * form it has in Swedish kronor, the currency being the one the file's
 * first comment names ("2.88 DKK/invånare/år" is "2.88 kr/invånare/år",
 * "2500.00 kr + 0.27 kr/invånare/år" a base plus in any currency).
 */
static void
fee_key_rate(const sc_fact *f, char *buf)
{
	sc_fee_rule rule;

	snprintf(buf, SC_FEE_RULE_TEXT_SIZE, "%s", f->rate[0] ? f->rate : f->fee_rule);
	if (f->rate[0] || !f->fee_rule[0] ||
		sc_fee_rule_parse(f->fee_rule, strlen(f->fee_rule), &rule) != SC_MONEY_OK)
		return;
	rule.currency = SC_CURRENCY_SEK;
	sc_fee_rule_format(&rule, buf);
}

/* The key a found fact is compared on; false if it has none. */
static bool
key_of_fact(const sc_fact *f, fact_key *k)
{
	switch (f->kind)
	{
		case SC_FACT_ORGANISATION:
			if (f->name)
				return false;	/* abbreviations and former names */
			make_key(k, f->kind, (const char *const[]) {f->organisation}, 1);
			break;
		case SC_FACT_MEMBERSHIP:
			make_key(k, f->kind, (const char *const[]) {f->organisation, f->member}, 2);
			snprintf(k->organisation, sizeof(k->organisation), "%s", f->organisation);
			break;
		case SC_FACT_MEMBER_COUNT:
			{
				char		count[16];

				snprintf(count, sizeof(count), "%d", f->count);
				make_key(k, f->kind, (const char *const[]) {f->organisation, count}, 2);
				break;
			}
		case SC_FACT_FEE:
			{
				char		rule[SC_FEE_RULE_TEXT_SIZE];

				fee_key_rate(f, rule);
				make_key(k, f->kind, (const char *const[]) {f->organisation, rule}, 2);
				break;
			}
		case SC_FACT_TWIN_TOWN:
			make_key(k, f->kind, (const char *const[]) {f->municipality, f->partner,
				f->partner_country, f->relation}, 4);
			break;
		case SC_FACT_AREA:
			make_key(k, f->kind, (const char *const[]) {f->organisation, f->name}, 2);
			break;
		case SC_FACT_DOCUMENT_DATE:
			make_key(k, f->kind, (const char *const[]) {f->name, f->validity}, 2);
			break;
	}
	snprintf(k->validity, sizeof(k->validity), "%s", f->validity);
	return true;
}

/*
 * Keeps every fact for the absent lines, derived ones too (a membership
 * expanded from a count is as wrong as any other where it is ruled out),
 * and one of each underived fact for the scores.
 */
static bool
collect(const sc_fact *f, void *arg)
{
	run		   *r = arg;
	fact_key	k;

	if (r->dump)
		dump_fact(r, f);
	if (f->warning)
		warnings++;
	if (!key_of_fact(f, &k))
		return true;
	k.basis = f->basis;
	snprintf(k.rule, sizeof(k.rule), "%s", f->rule ? f->rule : "");
	if (r->every.n >= MAX_FACTS)
	{
		r->overflow = true;
		return true;
	}
	r->every.facts[r->every.n++] = k;
	if (f->derived)
		return true;
	for (int i = 0; i < r->got.n; i++)
		if (r->got.facts[i].kind == k.kind && strcmp(r->got.facts[i].key, k.key) == 0)
		{
			/* the same fact from another sentence, which may state it */
			if (k.basis == SC_BASIS_STATED && r->got.facts[i].basis != SC_BASIS_STATED)
			{
				r->got.facts[i].basis = k.basis;
				memcpy(r->got.facts[i].rule, k.rule, sizeof(k.rule));
			}
			return true;
		}
	r->got.facts[r->got.n++] = k;
	return true;
}

static int
kind_from_name(const char *name)
{
	for (int k = 0; k < NKINDS; k++)
		if (strcmp(name, sc_fact_kind_name((sc_fact_kind) k)) == 0)
			return k;
	return -1;
}

/* "-t fee=0.9,0.6": sets one kind's thresholds; false if malformed. */
static bool
set_threshold(const char *arg)
{
	char		name[32];
	double		p,
				r;
	int			kind;

	if (sscanf(arg, "%31[a-z_]=%lf,%lf", name, &p, &r) != 3 ||
		(kind = kind_from_name(name)) < 0)
		return false;
	min_precision[kind] = p;
	min_recall[kind] = r;
	return true;
}

/* How many fields a kind's facts are compared on. */
static int
key_fields(sc_fact_kind kind)
{
	return kind == SC_FACT_ORGANISATION ? 1 : kind == SC_FACT_TWIN_TOWN ? 4 : 2;
}

/*
 * True if the key of a found or expected fact has the fields of an absent
 * line's key, field by field, each a shell pattern ("*", "*förbund").
 */
static bool
key_matches(const char *pattern, const char *key)
{
	char		p[KEY_SIZE],
				k[KEY_SIZE];

	for (;;)
	{
		size_t		plen = strcspn(pattern, "\t"),
					klen = strcspn(key, "\t");

		snprintf(p, sizeof(p), "%.*s", (int) plen, pattern);
		snprintf(k, sizeof(k), "%.*s", (int) klen, key);
		if (fnmatch(p, k, 0) != 0)
			return false;
		pattern += plen;
		key += klen;
		if (*pattern == '\0' || *key == '\0')
			return *pattern == *key;
		pattern++;
		key++;
	}
}

/*
 * True if a fact (found or expected) is one an absent line rules out: the
 * same kind and key, or bare key, and, where the line gives a span, a
 * validity that may hold within it (an empty or unreadable one may).
 */
static bool
ruled_out_by(const fact_key *absent, const fact_key *fact)
{
	sc_validity v;

	if (fact->kind != absent->kind ||
		!(key_matches(absent->key, fact->key) || key_matches(absent->bare, fact->bare)))
		return false;
	if (!absent->has_span)
		return true;
	return sc_validity_parse(fact->validity, strlen(fact->validity), &v) != SC_VALIDITY_OK ||
		sc_validity_possibly_overlaps(v, absent->span);
}

/*
 * Reads one absent line's fields after "absent": its kind, key fields and,
 * for a membership, an optional span; false if malformed.
 */
static bool
read_absent(const char *const *fields, int n, fact_key *k)
{
	int			kind = n > 0 ? kind_from_name(fields[0]) : -1;
	int			nkey;

	if (kind < 0)
		return false;
	nkey = key_fields((sc_fact_kind) kind);
	if (n - 1 < nkey || n - 1 > nkey + (kind == SC_FACT_MEMBERSHIP))
		return false;
	make_key(k, (sc_fact_kind) kind, fields + 1, nkey);
	k->validity[0] = '\0';
	if (n - 1 > nkey)
	{
		snprintf(k->validity, sizeof(k->validity), "%s", fields[n - 1]);
		k->has_span = true;
		return sc_validity_parse(fields[n - 1], strlen(fields[n - 1]), &k->span) == SC_VALIDITY_OK;
	}
	return true;
}

/* An absent line that rules out an expected fact of its file, if any. */
static const fact_key *
contradiction(const fact_set *expected, const fact_set *absent, const fact_key **fact)
{
	for (int i = 0; i < absent->n; i++)
		for (int j = 0; j < expected->n; j++)
			if (ruled_out_by(&absent->facts[i], &expected->facts[j]))
			{
				*fact = &expected->facts[j];
				return &absent->facts[i];
			}
	return NULL;
}

/*
 * Reads the expected facts and the absent lines; returns false if the file
 * is missing or bad, or rules out one of its own facts.
 */
static bool
read_expected(const char *path, fact_set *set, fact_set *absent, int32_t *read_on)
{
	size_t		len;
	char	   *buf = read_file(path, &len);
	char	   *line,
			   *save = NULL;
	const fact_key *bad,
			   *fact;

	set->n = absent->n = 0;
	if (!buf)
		return false;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		const char *fields[8] = {0};
		int			n = 0,
					kind;
		char	   *p = line;

		if (line[0] == '#' || line[0] == '\0')
			continue;
		while (n < 8)
		{
			char	   *tab = strchr(p, '\t');

			fields[n++] = p;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		if (strcmp(fields[0], "read_on") == 0)
		{
			if (n == 2 && sc_parse_iso_date(fields[1], strlen(fields[1]), read_on))
				continue;
			fprintf(stderr, "%s: bad read_on line: %s\n", path, fields[1] ? fields[1] : "");
			free(buf);
			return false;
		}
		if (strcmp(fields[0], "absent") == 0)
		{
			if (absent->n < MAX_FACTS && read_absent(fields + 1, n - 1, &absent->facts[absent->n]))
			{
				absent->n++;
				continue;
			}
			fprintf(stderr, "%s: bad absent line: %s\n", path, fields[1] ? fields[1] : "");
			free(buf);
			return false;
		}
		if ((kind = kind_from_name(fields[0])) < 0 || set->n >= MAX_FACTS)
		{
			fprintf(stderr, "%s: bad line: %s\n", path, fields[0]);
			free(buf);
			return false;
		}
		fact_key   *k = &set->facts[set->n++];

		make_key(k, (sc_fact_kind) kind, fields + 1, key_fields((sc_fact_kind) kind));
		snprintf(k->validity, sizeof(k->validity), "%s",
				 kind == SC_FACT_MEMBERSHIP && fields[3] ? fields[3] : "");
	}
	free(buf);
	if ((bad = contradiction(set, absent, &fact)) != NULL)
	{
		fprintf(stderr, "%s: the absent %s %s%s%s rules out the expected %s %s %s\n", path,
				sc_fact_kind_name(bad->kind), bad->key, bad->has_span ? " within " : "",
				bad->validity, sc_fact_kind_name(fact->kind), fact->key, fact->validity);
		return false;
	}
	return true;
}

/* Adds a fact found, right or not, to its rule's tally. */
static void
count_rule(sc_fact_kind kind, const char *rule, bool right)
{
	int			i;

	for (i = 0; i < nrule_tallies; i++)
		if (rule_tallies[i].kind == kind && strcmp(rule_tallies[i].rule, rule) == 0)
			break;
	if (i == nrule_tallies)
	{
		if (nrule_tallies == MAX_RULES)
		{
			fprintf(stderr, "score: no room to tally rule %s\n", rule);
			return;
		}
		rule_tallies[i].kind = kind;
		snprintf(rule_tallies[i].rule, sizeof(rule_tallies[i].rule), "%s", rule);
		nrule_tallies++;
	}
	rule_tallies[i].found++;
	rule_tallies[i].right += right;
}

/* Counts into the kind's tally and those of the page's groups. */
static void
count(sc_fact_kind kind, int found, int expected, int correct)
{
	tally	   *all[3] = {&tallies[kind], NULL, NULL};

	for (int g = 0; g < 2; g++)
		all[g + 1] = page_groups[g] ? &page_groups[g]->tallies[kind] : NULL;
	for (int i = 0; i < 3; i++)
		if (all[i])
		{
			all[i]->found += found;
			all[i]->expected += expected;
			all[i]->correct += correct;
		}
}

/*
 * The part of a membership's key after its organisation, the member, and
 * the organisation's bytes; NULL for a key cut short before its tab (an
 * organisation's name that fills KEY_SIZE).
 */
static const char *
member_of_key(const char *key, size_t *org_len)
{
	const char *tab = strchr(key, '\t');

	if (tab == NULL)
		return NULL;
	*org_len = tab - key;
	return tab + 1;
}

/* Whether a begins or ends with b, which is shorter, at a word's edge. */
static bool
has_edge(const char *a, size_t alen, const char *b, size_t blen)
{
	return blen < alen &&
		((memcmp(a, b, blen) == 0 && a[blen] == ' ') ||
		 (memcmp(a + alen - blen, b, blen) == 0 && a[alen - blen - 1] == ' '));
}

/* The letters and digits of s, n bytes, into out: "skellefteå-norsjö" as "skellefteånorsjö". */
static void
letters_of(const char *s, size_t n, char *out, size_t size)
{
	size_t		k = 0;

	for (size_t i = 0; i < n && s[i] != '\0' && k + 1 < size; i++)
		if (s[i] != ' ' && s[i] != '-' && s[i] != '.')
			out[k++] = s[i];
	out[k] = '\0';
}

/* How the organisation found, found_len bytes, differs from the gold's. */
static misnamed
how_misnamed(const char *found, size_t found_len, const char *gold, size_t gold_len,
			 const char *found_as_written)
{
	char		a[KEY_SIZE],
				b[KEY_SIZE];
	bool		capitals = found_len >= 2;

	letters_of(found, found_len, a, sizeof(a));
	letters_of(gold, gold_len, b, sizeof(b));
	if (strcmp(a, b) == 0)
		return MISNAMED_PUNCTUATION;
	if (has_edge(gold, gold_len, found, found_len))
		return MISNAMED_SHORT;
	if (has_edge(found, found_len, gold, gold_len))
		return MISNAMED_LONG;
	for (const char *c = found_as_written; *c; c++)
		if (*c >= 'a' && *c <= 'z')
			capitals = false;
	return capitals && found_len <= 8 ? MISNAMED_ABBREVIATION : MISNAMED_OTHER;
}

static void
tally_wrong_membership(const fact_key *wrong, const fact_set *expected)
{
	size_t		wrong_len,
				gold_len;
	const char *member = member_of_key(wrong->key, &wrong_len);

	membership_wrong++;
	if (member == NULL)
		return;
	for (int i = 0; i < expected->n; i++)
	{
		const char *gold = expected->facts[i].key;
		const char *gold_member;

		if (expected->facts[i].kind != SC_FACT_MEMBERSHIP ||
			(gold_member = member_of_key(gold, &gold_len)) == NULL ||
			strcmp(gold_member, member) != 0)
			continue;
		membership_wrong_name++;
		misnamed_count[how_misnamed(wrong->key, wrong_len, gold, gold_len,
									wrong->organisation)]++;
		return;
	}
}

/*
 * Whether a validity found is the one expected: the same text, or the same
 * once a season found is read as its year ("2005-23/.." of "høsten 2005"
 * is the gold's "2005/..": the gold's format has years, months and days
 * only, EDTF's seasons 21 to 24 none).
 */
static bool
same_validity(const char *found, const char *expected)
{
	char		yearly[SC_VALIDITY_TEXT_SIZE];
	size_t		n = 0;

	if (strcmp(found, expected) == 0)
		return true;
	for (size_t i = 0; found[i] != '\0' && n + 1 < sizeof(yearly); i++)
	{
		/* "-2N" after four digits, no digit after it: a season */
		if (found[i] == '-' && i >= 4 && found[i + 1] == '2' && found[i + 2] >= '1' &&
			found[i + 2] <= '4' && !(found[i + 3] >= '0' && found[i + 3] <= '9') &&
			found[i - 1] >= '0' && found[i - 1] <= '9' && found[i - 4] >= '0' && found[i - 4] <= '9')
		{
			i += 2;
			continue;
		}
		yearly[n++] = found[i];
	}
	yearly[n] = '\0';
	return strcmp(yearly, expected) == 0;
}

/*
 * Pairs each expected fact not yet matched with a found one of the same
 * key, or with bare, of the same bare key (the body's name without its
 * legal form); counts each pair right and checks a membership's validity.
 */
static void
match_facts(const char *file, fact_set *got, fact_set *expected, bool bare)
{
	for (int i = 0; i < expected->n; i++)
	{
		fact_key   *e = &expected->facts[i];

		for (int j = 0; j < got->n && !e->matched; j++)
		{
			fact_key   *g = &got->facts[j];

			if (g->matched || g->kind != e->kind ||
				strcmp(bare ? g->bare : g->key, bare ? e->bare : e->key) != 0)
				continue;
			g->matched = e->matched = true;
			count(e->kind, 0, 0, 1);
			if (e->kind == SC_FACT_MEMBERSHIP)
			{
				validity_checked++;
				if (same_validity(g->validity, e->validity))
					validity_right++;
				else if (!quiet)
					printf("# %s: validity of %s: %s, expected %s\n", file, g->key,
						   g->validity, e->validity);
			}
		}
	}
}

/*
 * Scores the facts found against those expected: by their keys first, then
 * those left by their bare keys, so that a name with its legal form never
 * takes the fact a name written as the gold writes it would match, and two
 * facts are never made one (a page's gold may give a body's memberships
 * under both names).
 */
static void
compare(const char *file, fact_set *got, fact_set *expected)
{
	for (int i = 0; i < expected->n; i++)
		count(expected->facts[i].kind, 0, 1, 0);
	match_facts(file, got, expected, false);
	match_facts(file, got, expected, true);
	for (int i = 0; i < expected->n; i++)
	{
		fact_key   *e = &expected->facts[i];

		if (!e->matched && !quiet)
			printf("# %s: missed %s %s\n", file, sc_fact_kind_name(e->kind), e->key);
	}
	for (int j = 0; j < got->n; j++)
	{
		count(got->facts[j].kind, 1, 0, 0);
		for (size_t k = 0; k < NBASIS_KINDS; k++)
			if (got->facts[j].kind == basis_kinds[k] &&
				(unsigned) got->facts[j].basis < SC_NBASES)
			{
				basis_found[k][got->facts[j].basis]++;
				basis_right[k][got->facts[j].basis] += got->facts[j].matched;
			}
		count_rule(got->facts[j].kind, got->facts[j].rule, got->facts[j].matched);
		if (!got->facts[j].matched && got->facts[j].kind == SC_FACT_MEMBERSHIP)
			tally_wrong_membership(&got->facts[j], expected);
		if (!got->facts[j].matched && !quiet)
			printf("# %s: wrong %s %s\n", file, sc_fact_kind_name(got->facts[j].kind),
				   got->facts[j].key);
	}
}

/* Counts the absent lines some found fact breaks, printing each such fact. */
static void
check_absent(const char *file, const fact_set *every, const fact_set *absent)
{
	for (int i = 0; i < absent->n; i++)
	{
		const fact_key *a = &absent->facts[i];
		bool		broken = false;

		absent_checked++;
		for (int j = 0; j < every->n; j++)
		{
			const fact_key *g = &every->facts[j];

			if (!ruled_out_by(a, g))
				continue;
			broken = true;
			if (quiet)
				continue;
			if (a->has_span)
				printf("# %s: found ruled-out %s %s %s (absent within %s)\n", file,
					   sc_fact_kind_name(g->kind), g->key, g->validity, a->validity);
			else
				printf("# %s: found ruled-out %s %s\n", file, sc_fact_kind_name(g->kind), g->key);
		}
		absent_found += broken;
	}
}

/* Notes that the page states a date of its own; then nothing more is needed. */
static bool
note_document_date(const sc_fact *f, void *arg)
{
	if (f->kind == SC_FACT_DOCUMENT_DATE)
		*(bool *) arg = true;
	return f->kind != SC_FACT_DOCUMENT_DATE;
}

/*
 * The day to extract a page as of: none, so that the extractor takes the
 * page's own date, unless the page states none and -r gave a reading day.
 */
static int32_t
day_of_page(const char *text, size_t len, const sc_textdoc *parts, int32_t read_on)
{
	bool		dated = false;

	if (read_on == SC_NO_DAY)
		return SC_NO_DAY;
	sc_extract_facts(text, len, parts, SC_NO_DAY, note_document_date, &dated, NULL);
	return dated ? SC_NO_DAY : read_on;
}

static double ratio(int a, int b);

/* The group of that name, made if new; NULL past MAX_GROUPS. */
static group *
group_named(const char *name)
{
	for (int g = 0; g < ngroups; g++)
		if (strcmp(groups[g].name, name) == 0)
			return &groups[g];
	if (ngroups == MAX_GROUPS)
		return NULL;
	snprintf(groups[ngroups].name, sizeof(groups[ngroups].name), "%s", name);
	return &groups[ngroups++];
}

/* Reads -g's index: file, split, language, region, ... a line. */
static bool
read_index(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[4096];

	if (!f)
		return false;
	while (fgets(line, sizeof(line), f))
	{
		char	   *fields[4] = {line, NULL, NULL, NULL};
		indexed_page *page;

		if (nindexed == index_size)
		{
			indexed_page *grown;

			index_size = index_size ? 2 * index_size : 256;
			if ((grown = realloc(index_pages, index_size * sizeof(*grown))) == NULL)
			{
				fclose(f);
				return false;
			}
			index_pages = grown;
		}
		page = &index_pages[nindexed];

		for (int i = 1; i < 4 && fields[i - 1]; i++)
			if ((fields[i] = strchr(fields[i - 1], '\t')) != NULL)
				*fields[i]++ = '\0';
		if (!fields[3] || strcmp(fields[0], "file") == 0)
			continue;
		fields[3][strcspn(fields[3], "\t\n")] = '\0';
		snprintf(page->file, sizeof(page->file), "%.127s", fields[0]);
		snprintf(page->language, sizeof(page->language), "%.7s", fields[2]);
		page->skane = strcmp(fields[3], "Skåne") == 0;
		nindexed++;
	}
	fclose(f);
	return true;
}

/* Points page_groups at the groups of the page named base, if indexed. */
static void
find_page_groups(const char *base)
{
	page_groups[0] = page_groups[1] = NULL;
	for (int i = 0; i < nindexed; i++)
		if (strcmp(index_pages[i].file, base) == 0)
		{
			char		name[32];

			snprintf(name, sizeof(name), "language %s", index_pages[i].language);
			page_groups[0] = group_named(name);
			page_groups[1] = index_pages[i].skane ? NULL : group_named("outside Skåne");
			return;
		}
}

/* Prints each group's precision and recall per kind, as comments. */
static void
report_groups(void)
{
	for (int g = 0; g < ngroups; g++)
		for (int k = 0; k < NKINDS; k++)
		{
			const tally *t = &groups[g].tallies[k];

			if (t->found == 0 && t->expected == 0)
				continue;
			printf("# %s: %s precision %.3f, recall %.3f (%d found, %d expected, %d right)\n",
				   groups[g].name, sc_fact_kind_name((sc_fact_kind) k),
				   ratio(t->correct, t->found), ratio(t->correct, t->expected),
				   t->found, t->expected, t->correct);
		}
}

/* The page whose candidates -c prints, and its expected facts. */
static const char *candidate_file;
static const fact_set *candidate_expected;

static void
print_candidate(const sc_candidate *c, void *arg)
{
	fact_key	k;
	bool		member = false;

	(void) arg;
	make_key(&k, SC_FACT_MEMBERSHIP, (const char *const[]) {c->organisation, c->member}, 2);
	for (int i = 0; i < candidate_expected->n && !member; i++)
		member = candidate_expected->facts[i].kind == SC_FACT_MEMBERSHIP &&
			(strcmp(candidate_expected->facts[i].key, k.key) == 0 ||
			 strcmp(candidate_expected->facts[i].bare, k.bare) == 0);
	printf("%s\t%d\t%s\t%s\t%.4f\t", candidate_file, member, c->organisation, c->member,
		   c->score);
	for (int i = 0; i < c->nfeatures; i++)
		printf("%s%s", i ? " " : "", c->features[i]);
	putchar('\n');
}

static bool
score_file(const char *path, const char *expected_dir, bool dump)
{
	static run	r;
	static fact_set expected,
				absent;
	char		facts_path[1024];
	size_t		len;
	char	   *text = read_file(path, &len);
	sc_textdoc	parts;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	int32_t		read_on;
	bool		ok;

	if (!text || sc_textdoc_split(text, len, &parts) != SC_TEXTDOC_OK)
	{
		fprintf(stderr, "score: cannot read %s\n", path);
		free(text);
		return false;
	}
	if (expected_dir)
		snprintf(facts_path, sizeof(facts_path), "%s/%.*s.facts", expected_dir,
				 (int) (strlen(base) - 4), base);
	else
		snprintf(facts_path, sizeof(facts_path), "%.*s.facts", (int) (strlen(path) - 4), path);
	find_page_groups(base);
	r.got.n = r.every.n = 0;
	r.file = path;
	r.text = text;
	r.dump = dump;
	r.overflow = false;
	/* the expected facts first: they may say on which day the page was read */
	read_on = reading_day;
	if (!dump && !read_expected(facts_path, &expected, &absent, &read_on))
	{
		fprintf(stderr, "score: cannot read %s\n", facts_path);
		sc_textdoc_free(&parts);
		free(text);
		return false;
	}
	candidate_file = base;
	candidate_expected = &expected;
	ok = sc_extract_facts_with(text, len, &parts, day_of_page(text, len, &parts, read_on),
							   &extract_options, collect, &r, NULL) == SC_EXTRACT_OK;
	if (r.overflow)
	{
		fprintf(stderr, "score: %s has more than %d facts\n", path, MAX_FACTS);
		ok = false;
	}
	if (ok && !dump && extract_options.candidate_sink == NULL)
	{
		compare(base, &r.got, &expected);
		check_absent(base, &r.every, &absent);
	}
	sc_textdoc_free(&parts);
	free(text);
	return ok;
}

/*
 * The TAP line of the absent lines: passes if no more of them were broken
 * than -a allows, and says so when fewer were, so that the allowance goes
 * down as the extractor improves.
 */
static bool
report_absent(int test, int max_absent)
{
	if (absent_found == 0)
		printf("ok %d - no ruled-out fact found (%d checked)\n", test, absent_checked);
	else
		printf("%s %d - %d of %d ruled-out facts found (%d allowed)\n",
			   absent_found <= max_absent ? "ok" : "not ok", test, absent_found,
			   absent_checked, max_absent);
	if (absent_found < max_absent)
		printf("# %d ruled-out facts found, fewer than -a %d allows: lower it\n",
			   absent_found, max_absent);
	return absent_found <= max_absent;
}

static double
ratio(int a, int b)
{
	return b == 0 ? 1.0 : (double) a / b;
}

static int
rule_tally_cmp(const void *a, const void *b)
{
	const rule_tally *x = a,
			   *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return strcmp(x->rule, y->rule);
}

/*
 * The precision of each rule's facts, for pages one may tune on: not with
 * -q, lest a frozen test set tell which rule to change.
 */
static void
report_rules(void)
{
	if (quiet)
		return;
	qsort(rule_tallies, nrule_tallies, sizeof(rule_tally), rule_tally_cmp);
	for (int i = 0; i < nrule_tallies; i++)
		printf("# %s rule %s: precision %.3f (%d found, %d right)\n",
			   sc_fact_kind_name(rule_tallies[i].kind),
			   rule_tallies[i].rule[0] ? rule_tallies[i].rule : "(none)",
			   ratio(rule_tallies[i].right, rule_tallies[i].found),
			   rule_tallies[i].found, rule_tallies[i].right);
}

/* Whether both -c and -q are given, in whatever order and place. */
static bool
candidates_asked_quietly(int argc, char **argv)
{
	bool		c = false,
				q = false;

	for (int i = 1; i < argc; i++)
	{
		c |= strcmp(argv[i], "-c") == 0;
		q |= strcmp(argv[i], "-q") == 0;
	}
	return c && q;
}

int
main(int argc, char **argv)
{
	const char *expected_dir = NULL;
	bool		dump = false,
				ok = true;
	int			files = 0,
				test = 0,
				max_absent = 0;

	if (candidates_asked_quietly(argc, argv))
	{
		fprintf(stderr, "score: -c prints the pages' gold, which -q keeps hidden\n");
		return 2;
	}
	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-d") == 0)
			dump = true;
		else if (strcmp(argv[i], "-q") == 0)
			quiet = true;
		else if (strcmp(argv[i], "-p") == 0)
			extract_options.pattern_stage = true;
		else if (strcmp(argv[i], "-l") == 0)
			extract_options.learned_stage = true;
		else if (strcmp(argv[i], "-c") == 0)
			extract_options.candidate_sink = print_candidate;
		else if (strcmp(argv[i], "-g") == 0 && i + 1 < argc)
		{
			if (!read_index(argv[++i]))
			{
				fprintf(stderr, "score: cannot read index %s\n", argv[i]);
				return 2;
			}
		}
		else if (strcmp(argv[i], "-e") == 0 && i + 1 < argc)
			expected_dir = argv[++i];
		else if (strcmp(argv[i], "-a") == 0 && i + 1 < argc)
		{
			char	   *end;
			long		max = strtol(argv[++i], &end, 10);

			if (*argv[i] == '\0' || *end != '\0' || max < 0 || max > MAX_FACTS)
			{
				fprintf(stderr, "score: bad number of absent facts allowed %s\n", argv[i]);
				return 2;
			}
			max_absent = (int) max;
		}
		else if (strcmp(argv[i], "-v") == 0 && i + 1 < argc)
		{
			char	   *end;

			min_validity = strtod(argv[++i], &end);
			if (*argv[i] == '\0' || *end != '\0' || min_validity < 0 || min_validity > 1)
			{
				fprintf(stderr, "score: bad share of right validities %s\n", argv[i]);
				return 2;
			}
		}
		else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
		{
			const char *day = argv[++i];

			if (!sc_parse_iso_date(day, strlen(day), &reading_day))
			{
				fprintf(stderr, "score: bad reading day %s\n", argv[i]);
				return 2;
			}
		}
		else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc)
		{
			if (!set_threshold(argv[++i]))
			{
				fprintf(stderr, "score: bad threshold %s\n", argv[i]);
				return 2;
			}
		}
		else if (extract_options.candidate_sink != NULL && strstr(argv[i], "real/test/") != NULL)
		{
			fprintf(stderr, "score: -c prints the gold of %s, a frozen test page\n", argv[i]);
			return 2;
		}
		else
		{
			ok &= score_file(argv[i], expected_dir, dump);
			files++;
		}
	}
	if (dump || extract_options.candidate_sink != NULL)
		return ok ? 0 : 1;
	printf("ok %d - read and extracted %d documents\n", ++test, files);
	if (!ok)
		printf("not ok %d - every document has its expected facts\n", ++test);
	for (int k = 0; k < NKINDS; k++)
	{
		tally	   *t = &tallies[k];
		double		p = ratio(t->correct, t->found),
					rc = ratio(t->correct, t->expected);
		bool		pass = p >= min_precision[k] && rc >= min_recall[k];

		ok &= pass;
		printf("%s %d - %s: precision %.3f >= %.2f, recall %.3f >= %.2f (%d found, %d expected, %d right)\n",
			   pass ? "ok" : "not ok", ++test, sc_fact_kind_name((sc_fact_kind) k),
			   p, min_precision[k], rc, min_recall[k], t->found, t->expected, t->correct);
	}
	printf("%s %d - membership validities: %d of %d right (%.3f >= %.2f)\n",
		   ratio(validity_right, validity_checked) >= min_validity ? "ok" : "not ok", ++test,
		   validity_right, validity_checked, ratio(validity_right, validity_checked),
		   min_validity);
	ok &= ratio(validity_right, validity_checked) >= min_validity;
	ok &= report_absent(++test, max_absent);
	printf("# %d facts carried a warning\n", warnings);
	for (size_t k = 0; k < NBASIS_KINDS; k++)
		for (int b = 0; b < SC_NBASES; b++)
			if (basis_found[k][b] > 0)
				printf("# %s %s: precision %.3f (%d found, %d right)\n",
					   sc_fact_kind_name(basis_kinds[k]), sc_fact_basis_name((sc_fact_basis) b),
					   ratio(basis_right[k][b], basis_found[k][b]), basis_found[k][b],
					   basis_right[k][b]);
	if (membership_wrong > 0)
		printf("# membership: %d of %d wrong ones have a member the gold gives "
			   "another organisation of the page\n", membership_wrong_name, membership_wrong);
	for (int m = 0; m < NMISNAMED; m++)
		if (misnamed_count[m] > 0)
			printf("#   of them, %d under %s\n", misnamed_count[m], misnamed_names[m]);
	report_rules();
	report_groups();
	printf("1..%d\n", test);
	return ok ? 0 : 1;
}
