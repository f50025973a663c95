/*
 * score.c
 *		Scores the fact extractor against the test corpus: precision and
 *		recall per fact kind, as TAP lines.
 *
 *		score [-d] [-e DIR] [-t KIND=PRECISION,RECALL] FILE.txt ...
 *
 * Each FILE.txt is extracted and compared with its expected facts, in
 * FILE.facts beside it or, after "-e DIR", in DIR/BASENAME.facts.  An
 * expected-facts file has one fact a line, tab-separated, "#" comments:
 *
 *		organisation	NAME
 *		membership		ORGANISATION	MEMBER	VALIDITY
 *		member_count	ORGANISATION	COUNT
 *		fee				ORGANISATION	RATE (empty: an unknown amount)
 *		twin_town		MUNICIPALITY	PARTNER	COUNTRY	RELATION
 *		area			ORGANISATION	AREA
 *		document_date	published|updated	DATE
 *
 * Facts are compared on those fields, letters folded; a membership's
 * validity is scored apart, over the memberships found.  Memberships
 * expanded from counts (derived) are not listed and not scored.  With
 * -d, the facts found are printed as JSON lines instead.  -t sets the
 * minimum precision and recall of one kind ("-t fee=0.9,0.6"), for a
 * corpus too small for the defaults to mean much.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "words.h"

#define MAX_FACTS 4096
#define KEY_SIZE 256
#define NKINDS (SC_FACT_DOCUMENT_DATE + 1)

typedef struct fact_key
{
	sc_fact_kind kind;
	char		key[KEY_SIZE];
	char		validity[SC_VALIDITY_TEXT_SIZE];
	bool		matched;
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
	fact_set	got;
	const char *file;
	const char *text;
	bool		dump;
} run;

static tally tallies[NKINDS];
static int	validity_right, validity_checked;
static int	warnings;

/* Minimum precision and recall a kind must reach for its line to pass. */
static double min_precision[NKINDS] = {0.8, 0.95, 0.9, 0.9, 0.9, 0.8, 0.95};
static double min_recall[NKINDS] = {0.8, 0.9, 0.9, 0.9, 0.9, 0.8, 0.95};

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

/* Joins fields with tabs, folded, into the key. */
static void
make_key(fact_key *k, sc_fact_kind kind, const char *const *fields, int n)
{
	size_t		used = 0;

	k->kind = kind;
	k->key[0] = '\0';
	k->matched = false;
	for (int i = 0; i < n; i++)
		used += snprintf(k->key + used, used < KEY_SIZE ? KEY_SIZE - used : 0, "%s%s",
						 i ? "\t" : "", fields[i] ? fields[i] : "");
	sc_fold_case(k->key, strlen(k->key));
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
	printf(", \"count\": %d", f->count);
	json_string("rule", f->rule);
	json_string("warning", f->warning);
	printf(", \"evidence\": {\"start\": %zu, \"end\": %zu", f->evidence.start, f->evidence.end);
	json_string("text", text);
	printf("}}\n");
}

static bool
collect(const sc_fact *f, void *arg)
{
	run		   *r = arg;
	fact_key   *k;

	if (r->dump)
		dump_fact(r, f);
	if (f->warning)
		warnings++;
	if (f->derived || r->got.n >= MAX_FACTS)
		return true;
	k = &r->got.facts[r->got.n];
	switch (f->kind)
	{
		case SC_FACT_ORGANISATION:
			if (f->name)
				return true;		/* abbreviations and former names */
			make_key(k, f->kind, (const char *const[]) {f->organisation}, 1);
			break;
		case SC_FACT_MEMBERSHIP:
			make_key(k, f->kind, (const char *const[]) {f->organisation, f->member}, 2);
			break;
		case SC_FACT_MEMBER_COUNT:
			{
				char		count[16];

				snprintf(count, sizeof(count), "%d", f->count);
				make_key(k, f->kind, (const char *const[]) {f->organisation, count}, 2);
				break;
			}
		case SC_FACT_FEE:
			make_key(k, f->kind, (const char *const[]) {f->organisation, f->rate}, 2);
			break;
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
	for (int i = 0; i < r->got.n; i++)
		if (r->got.facts[i].kind == k->kind && strcmp(r->got.facts[i].key, k->key) == 0)
			return true;			/* the same fact from another sentence */
	r->got.n++;
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

/* Reads the expected facts; returns false if the file is missing or bad. */
static bool
read_expected(const char *path, fact_set *set)
{
	size_t		len;
	char	   *buf = read_file(path, &len);
	char	   *line,
			   *save = NULL;

	set->n = 0;
	if (!buf)
		return false;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		const char *fields[6] = {0};
		int			n = 0,
					kind;
		char	   *p = line;

		if (line[0] == '#' || line[0] == '\0')
			continue;
		while (n < 6)
		{
			char	   *tab = strchr(p, '\t');

			fields[n++] = p;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		if ((kind = kind_from_name(fields[0])) < 0 || set->n >= MAX_FACTS)
		{
			fprintf(stderr, "%s: bad line: %s\n", path, fields[0]);
			free(buf);
			return false;
		}
		fact_key   *k = &set->facts[set->n++];
		int			nkey = kind == SC_FACT_ORGANISATION ? 1 :
			kind == SC_FACT_TWIN_TOWN ? 4 : 2;

		make_key(k, (sc_fact_kind) kind, fields + 1, nkey);
		snprintf(k->validity, sizeof(k->validity), "%s",
				 kind == SC_FACT_MEMBERSHIP && fields[3] ? fields[3] : "");
	}
	free(buf);
	return true;
}

static void
compare(const char *file, fact_set *got, fact_set *expected)
{
	for (int i = 0; i < expected->n; i++)
	{
		fact_key   *e = &expected->facts[i];

		tallies[e->kind].expected++;
		for (int j = 0; j < got->n; j++)
		{
			fact_key   *g = &got->facts[j];

			if (g->matched || g->kind != e->kind || strcmp(g->key, e->key) != 0)
				continue;
			g->matched = e->matched = true;
			tallies[e->kind].correct++;
			if (e->kind == SC_FACT_MEMBERSHIP)
			{
				validity_checked++;
				if (strcmp(g->validity, e->validity) == 0)
					validity_right++;
				else
					printf("# %s: validity of %s: %s, expected %s\n", file, g->key,
						   g->validity, e->validity);
			}
			break;
		}
		if (!e->matched)
			printf("# %s: missed %s %s\n", file, sc_fact_kind_name(e->kind), e->key);
	}
	for (int j = 0; j < got->n; j++)
	{
		tallies[got->facts[j].kind].found++;
		if (!got->facts[j].matched)
			printf("# %s: wrong %s %s\n", file, sc_fact_kind_name(got->facts[j].kind),
				   got->facts[j].key);
	}
}

static bool
score_file(const char *path, const char *expected_dir, bool dump)
{
	static run	r;
	static fact_set expected;
	char		facts_path[1024];
	size_t		len;
	char	   *text = read_file(path, &len);
	sc_textdoc	parts;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
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
	r.got.n = 0;
	r.file = path;
	r.text = text;
	r.dump = dump;
	ok = sc_extract_facts(text, len, &parts, SC_NO_DAY, collect, &r, NULL) == SC_EXTRACT_OK;
	if (ok && !dump)
	{
		ok = read_expected(facts_path, &expected);
		if (ok)
			compare(base, &r.got, &expected);
		else
			fprintf(stderr, "score: cannot read %s\n", facts_path);
	}
	sc_textdoc_free(&parts);
	free(text);
	return ok;
}

static double
ratio(int a, int b)
{
	return b == 0 ? 1.0 : (double) a / b;
}

int
main(int argc, char **argv)
{
	const char *expected_dir = NULL;
	bool		dump = false,
				ok = true;
	int			files = 0,
				test = 0;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-d") == 0)
			dump = true;
		else if (strcmp(argv[i], "-e") == 0 && i + 1 < argc)
			expected_dir = argv[++i];
		else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc)
		{
			if (!set_threshold(argv[++i]))
			{
				fprintf(stderr, "score: bad threshold %s\n", argv[i]);
				return 2;
			}
		}
		else
		{
			ok &= score_file(argv[i], expected_dir, dump);
			files++;
		}
	}
	if (dump)
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
	printf("%s %d - membership validities: %d of %d right (%.3f >= 0.90)\n",
		   ratio(validity_right, validity_checked) >= 0.9 ? "ok" : "not ok", ++test,
		   validity_right, validity_checked, ratio(validity_right, validity_checked));
	ok &= ratio(validity_right, validity_checked) >= 0.9;
	printf("# %d facts carried a warning\n", warnings);
	printf("1..%d\n", test);
	return ok ? 0 : 1;
}
