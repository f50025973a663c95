/*
 * fuzz_textdoc.c
 *		Fuzz target for the plain-text document splitter (core/textdoc.c).
 *
 * Properties: the title and every section lie inside the text, in order
 * and without overlapping; a heading comes before its body and is no
 * longer than a heading may be; trimming a span keeps it inside itself.
 */
#include "fuzz.h"

#include "textdoc.h"

static void check_span(const char *text, size_t len, sc_span span);

static void
check_span(const char *text, size_t len, sc_span span)
{
	sc_span		trimmed;

	FUZZ_CHECK(span.start <= span.end && span.end <= len);
	trimmed = sc_span_trim(text, span);
	FUZZ_CHECK(span.start <= trimmed.start && trimmed.start <= trimmed.end &&
			   trimmed.end <= span.end);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	sc_textdoc	doc;
	size_t		previous_end;

	if (sc_textdoc_split(text, size, &doc) != SC_TEXTDOC_OK)
	{
		sc_textdoc_free(&doc);
		return 0;
	}
	check_span(text, size, doc.title);
	FUZZ_CHECK(doc.title.end - doc.title.start <= SC_TITLE_MAX_BYTES);
	previous_end = doc.title.end;
	for (size_t i = 0; i < doc.nsections; i++)
	{
		const sc_section *s = &doc.sections[i];

		if (s->has_heading)
		{
			check_span(text, size, s->heading);
			FUZZ_CHECK(s->heading.start >= previous_end);
			FUZZ_CHECK(s->heading.end <= s->body.start);
			FUZZ_CHECK(s->heading.end - s->heading.start <= SC_HEADING_MAX_BYTES);
		}
		check_span(text, size, s->body);
		FUZZ_CHECK(s->body.start >= previous_end);
		previous_end = s->body.end;
	}
	sc_textdoc_free(&doc);
	return 0;
}
