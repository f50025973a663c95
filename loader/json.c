/*
 * json.c
 *		JSON Lines output: the objects --extract-only prints for every
 *		document and section, and the run summary of --json.
 *
 * These keys are the loader's stable testing interface, documented in the
 * README; add keys, but do not rename or remove them.
 */
#include "loader.h"

#include <stdio.h>
#include <string.h>

/*
 * Writes text as a JSON string; the text is valid UTF-8 already.  The runs
 * of bytes that need no escape, nearly all of a text, are written at once.
 */
void
json_string(FILE *out, const char *text, size_t len)
{
	size_t		run = 0;

	fputc('"', out);
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) text[i];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		fwrite(text + run, 1, i - run, out);
		run = i + 1;
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else
			fprintf(out, "\\u%04x", c);
	}
	fwrite(text + run, 1, len - run, out);
	fputc('"', out);
}

/* Writes "key":value, with a JSON null for a NULL or empty value. */
void
json_field(FILE *out, const char *key, const char *value, bool first)
{
	fprintf(out, "%s\"%s\":", first ? "" : ",", key);
	if (value == NULL || value[0] == '\0')
		fputs("null", out);
	else
		json_string(out, value, strlen(value));
}

static void
json_span(FILE *out, const char *key, const char *text, sc_span span)
{
	fprintf(out, ",\"%s\":", key);
	json_string(out, text + span.start, span.end - span.start);
}

void
json_document(FILE *out, const source_document *doc)
{
	const document_entry *e = doc->entry;

	fputc('{', out);
	json_field(out, "kind", "document", true);
	json_field(out, "document", e->path, false);
	json_field(out, "uri", e->uri, false);
	json_field(out, "publisher", e->publisher, false);
	json_field(out, "format", e->format == FORMAT_HTML ? "html" : "text", false);
	json_span(out, "title", doc->text, doc->parts.title);
	json_field(out, "sha256", doc->sha256_hex, false);
	json_field(out, "fetched_at", e->fetched_at, false);
	json_field(out, "published_on", e->published_on ? e->published_on : doc->published_on, false);
	json_field(out, "updated_on", e->updated_on ? e->updated_on : doc->updated_on, false);
	fprintf(out, ",\"bytes\":%zu,\"sections\":%zu}\n", doc->text_len, doc->parts.nsections);

	for (size_t i = 0; i < doc->parts.nsections; i++)
	{
		const sc_section *s = &doc->parts.sections[i];
		sc_span		whole = section_span(s);

		fputc('{', out);
		json_field(out, "kind", "section", true);
		json_field(out, "document", e->path, false);
		fprintf(out, ",\"ordinal\":%zu", i + 1);
		if (s->has_heading)
			json_span(out, "heading", doc->text, s->heading);
		else
			fputs(",\"heading\":null", out);
		fprintf(out, ",\"start\":%zu,\"end\":%zu,\"body_start\":%zu,\"body_end\":%zu}\n",
				whole.start, whole.end, s->body.start, s->body.end);
	}
}

void
json_population(FILE *out, const population_list *list)
{
	for (size_t i = 0; i < list->count; i++)
	{
		const population_row *r = &list->rows[i];

		fputc('{', out);
		json_field(out, "kind", "population", true);
		json_field(out, "place", r->code, false);
		json_field(out, "reference_date", r->date, false);
		fprintf(out, ",\"inhabitants\":%lld", r->inhabitants);
		json_field(out, "source", r->source, false);
		fputs("}\n", out);
	}
}

void
json_summary(FILE *out, const run_counts *counts, bool written, double seconds)
{
	fprintf(out, "{\"new\":%d,\"changed\":%d,\"unchanged\":%d,\"failed\":%d,"
			"\"rows_written\":%ld,\"population_rows_written\":%ld,\"written\":%s,"
			"\"seconds\":%.3f,\"skipped\":%d,\"withdrawn\":%d}\n",
			counts->new_documents, counts->changed, counts->unchanged, counts->failed,
			written ? counts->rows : 0L, written ? counts->population_rows : 0L,
			written ? "true" : "false", seconds, counts->skipped,
			written ? counts->withdrawn : 0);
}
