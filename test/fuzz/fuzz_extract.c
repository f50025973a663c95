/*
 * fuzz_extract.c
 *		Fuzz target for the fact extractor (loader/extract/), fed the parts
 *		the plain-text splitter finds, as the loader feeds it.
 *
 * Properties: every fact's evidence lies inside the document, is not
 * empty, and, in a document of valid UTF-8, starts and ends on character
 * boundaries, so that the text quoted from it is exactly the document's
 * bytes there and valid UTF-8 itself; every string of a fact is valid
 * UTF-8; a fact's validity and rate are texts the extension's types
 * accept.  The input's length picks whether the page's date is known, so
 * that both ways of dating present-tense statements are tried.
 */
#include "fuzz.h"

#include <string.h>

#include "calendar.h"
#include "extract.h"
#include "money.h"
#include "utf8.h"
#include "validity.h"

typedef struct fact_check
{
	const char *text;
	size_t		len;
	bool		utf8;			/* the document is valid UTF-8 */
	size_t		facts;
} fact_check;

static void check_string(const fact_check *c, const char *s);
static bool check_fact(const sc_fact *fact, void *arg);

/* A fact's string: NULL, or valid UTF-8 where the document is. */
static void
check_string(const fact_check *c, const char *s)
{
	size_t		bad;

	if (s != NULL && c->utf8)
		FUZZ_CHECK(sc_utf8_validate(s, strlen(s), &bad) == SC_UTF8_OK);
}

static bool
is_continuation(const fact_check *c, size_t pos)
{
	return pos < c->len && ((unsigned char) c->text[pos] & 0xC0) == 0x80;
}

/*
 * A candidate of the learned stage: a body and a member, features of
 * name=value that are valid UTF-8 where the document is, a probability,
 * evidence inside the text.
 */
static void
check_candidate(const sc_candidate *cand, void *arg)
{
	const fact_check *c = arg;

	FUZZ_CHECK(cand->organisation != NULL && cand->member != NULL);
	check_string(c, cand->organisation);
	check_string(c, cand->member);
	FUZZ_CHECK(cand->nfeatures > 0 && cand->features != NULL);
	for (int i = 0; i < cand->nfeatures; i++)
	{
		FUZZ_CHECK(strchr(cand->features[i], '=') != NULL);
		check_string(c, cand->features[i]);
	}
	FUZZ_CHECK(cand->score >= 0 && cand->score <= 1);
	FUZZ_CHECK(cand->evidence.start < cand->evidence.end && cand->evidence.end <= c->len);
}

static bool
check_fact(const sc_fact *f, void *arg)
{
	fact_check *c = arg;
	size_t		bad;

	c->facts++;
	FUZZ_CHECK(f->evidence.start < f->evidence.end);
	FUZZ_CHECK(f->evidence.end <= c->len);
	FUZZ_CHECK(f->rule != NULL && f->rule[0] != '\0');
	FUZZ_CHECK(sc_fact_kind_name(f->kind) != NULL);
	if (c->utf8)
	{
		FUZZ_CHECK(!is_continuation(c, f->evidence.start));
		FUZZ_CHECK(!is_continuation(c, f->evidence.end));
		FUZZ_CHECK(sc_utf8_validate(c->text + f->evidence.start,
									f->evidence.end - f->evidence.start,
									&bad) == SC_UTF8_OK);
	}
	check_string(c, f->organisation);
	check_string(c, f->member);
	check_string(c, f->municipality);
	check_string(c, f->partner);
	check_string(c, f->name);
	check_string(c, f->warning);
	FUZZ_CHECK(memchr(f->validity, '\0', sizeof(f->validity)) != NULL);
	FUZZ_CHECK(memchr(f->rate, '\0', sizeof(f->rate)) != NULL);
	if (f->validity[0] != '\0')
	{
		sc_validity v;

		FUZZ_CHECK(sc_validity_parse(f->validity, strlen(f->validity), &v) == SC_VALIDITY_OK);
	}
	if (f->rate[0] != '\0')
	{
		sc_fee_rate rate;

		FUZZ_CHECK(sc_fee_rate_parse(f->rate, strlen(f->rate), &rate) == SC_MONEY_OK);
	}
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fact_check	c = {(const char *) data, size, false, 0};
	sc_textdoc	parts;
	size_t		bad,
				nfacts = 0;
	int32_t		day = size % 2 ? SC_NO_DAY : sc_days_from_civil(2023, 12, 6);
	/*
	 * the pattern stage on for half the inputs and the learned stage for
	 * half, crosswise, so that every way is fuzzed; and the candidates
	 * handed out, with their features, for one in eight
	 */
	sc_extract_options options = {
		.pattern_stage = size % 4 < 2,
		.learned_stage = size % 8 < 4,
		.candidate_sink = size % 8 == 7 ? check_candidate : NULL,
		.candidate_arg = &c,
	};

	c.utf8 = sc_utf8_validate(c.text, size, &bad) == SC_UTF8_OK;
	if (sc_textdoc_split(c.text, size, &parts) == SC_TEXTDOC_OK)
	{
		FUZZ_CHECK(sc_extract_facts_with(c.text, size, &parts, day, &options, check_fact, &c,
										 &nfacts) == SC_EXTRACT_OK);
		FUZZ_CHECK(nfacts == c.facts);
	}
	sc_textdoc_free(&parts);
	return 0;
}
