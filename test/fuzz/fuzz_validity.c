/*
 * fuzz_validity.c
 *		Fuzz target for the validity text parser (core/validity.c).
 *
 * Properties: whatever parses has a canonical text that parses back to the
 * same value and formats to the same text again (in -> out -> in is the
 * identity); the value passes the binary form's check and survives the
 * int64 packing; its readings are ordered as validity.h promises, the
 * certain reading inside the possible one; its parts agree with its text
 * (an unknown bound is written empty, a qualifier as its mark); equality
 * and the sort order agree; a rejection always comes with a sentence
 * saying why.
 */
#include "fuzz.h"

#include <string.h>

#include "validity.h"

static void check_readings(sc_validity v);
static void check_parts(sc_validity v, const char *out);

/* The reading functions' promises (validity.h). */
static void
check_readings(sc_validity v)
{
	int32_t		es = sc_validity_earliest_start(v),
				ls = sc_validity_latest_start(v),
				ee = sc_validity_earliest_end(v),
				le = sc_validity_latest_end(v);

	FUZZ_CHECK(es <= ls);
	FUZZ_CHECK(ee <= le);
	FUZZ_CHECK(ls <= le);
	FUZZ_CHECK(es <= ee);
	FUZZ_CHECK(sc_validity_possibly_overlaps(v, v));
	FUZZ_CHECK(sc_validity_possibly_contains(v, v));
	/* the certain reading lies inside the possible one */
	FUZZ_CHECK(!sc_validity_certainly_contains_day(v, ls) ||
			   sc_validity_possibly_contains_day(v, ls));
	FUZZ_CHECK(!sc_validity_certainly_contains_day(v, ee) ||
			   sc_validity_possibly_contains_day(v, ee));
	FUZZ_CHECK(es == SC_DAYS_NEG_INF || !sc_validity_possibly_contains_day(v, es - 1));
	FUZZ_CHECK(le == SC_DAYS_POS_INF || !sc_validity_possibly_contains_day(v, le + 1));
}

/* The parts of a validity as its canonical text shows them. */
static void
check_parts(sc_validity v, const char *out)
{
	const char *slash = strchr(out, '/');
	const char *upper;
	size_t		lower_len;

	FUZZ_CHECK(slash != NULL);
	upper = slash + 1;
	lower_len = (size_t) (slash - out);
	FUZZ_CHECK((sc_validity_lower_kind(v) == SC_KIND_UNKNOWN) == (lower_len == 0));
	FUZZ_CHECK((sc_validity_upper_kind(v) == SC_KIND_UNKNOWN) == (upper[0] == '\0'));
	FUZZ_CHECK(!(lower_len == 0 && upper[0] == '\0'));
	FUZZ_CHECK((sc_validity_upper_kind(v) == SC_KIND_UNBOUNDED) == (strcmp(upper, "..") == 0));
	FUZZ_CHECK((sc_validity_lower_qualifier(v) != SC_QUALIFIER_NONE) ==
			   (memchr(out, '?', lower_len) || memchr(out, '~', lower_len) ||
				memchr(out, '%', lower_len)));
	FUZZ_CHECK((sc_validity_upper_qualifier(v) != SC_QUALIFIER_NONE) ==
			   (strpbrk(upper, "?~%") != NULL));
	FUZZ_CHECK((sc_validity_lower_precision(v) == SC_PRECISION_NONE) ==
			   (lower_len == 0 || strncmp(out, "../", 3) == 0));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	sc_validity v,
				again;
	const char *detail = NULL;
	char		out[SC_VALIDITY_TEXT_SIZE],
				out_again[SC_VALIDITY_TEXT_SIZE];

	if (sc_validity_parse_detail(text, size, &v, &detail) != SC_VALIDITY_OK)
	{
		FUZZ_CHECK(detail != NULL && detail[0] != '\0');
		FUZZ_CHECK(sc_validity_parse(text, size, &v) != SC_VALIDITY_OK);
		return 0;
	}
	FUZZ_CHECK(sc_validity_check(v) == SC_VALIDITY_OK);
	FUZZ_CHECK(sc_validity_format(v, out, sizeof(out)));
	FUZZ_CHECK(strlen(out) < sizeof(out));
	FUZZ_CHECK(sc_validity_parse(out, strlen(out), &again) == SC_VALIDITY_OK);
	FUZZ_CHECK(again.lower == v.lower && again.upper == v.upper);
	FUZZ_CHECK(sc_validity_format(again, out_again, sizeof(out_again)));
	FUZZ_CHECK(strcmp(out, out_again) == 0);
	again = sc_validity_from_datum64(sc_validity_to_datum64(v));
	FUZZ_CHECK(again.lower == v.lower && again.upper == v.upper);
	FUZZ_CHECK(sc_validity_cmp(v, again) == 0);
	FUZZ_CHECK(sc_validity_sort_key(v) == sc_validity_sort_key(again));
	check_readings(v);
	check_parts(v, out);
	return 0;
}
