/*
 * facts.c
 *		The facts of a document, read by the core's extractor, written as
 *		JSON objects: on stdout for --extract-only, into the staging table
 *		for a load.
 *
 * The JSON keys are the loader's stable testing interface, documented in
 * the README; add keys, but do not rename or remove them.
 */
#include "loader.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "extract.h"

typedef struct fact_writer
{
	FILE	   *out;
	const source_document *doc;
	size_t		written;
	sc_span		warned;			/* evidence of the last warning reported */
} fact_writer;

/* Whether doubtful facts are reported on stderr (not with --quiet). */
static bool report_warnings = true;

static int32_t document_day(const source_document *doc);
static void write_fact(const sc_fact *fact, void *arg);

/*
 * The page's own date, which present-tense statements hold at least on:
 * the manifest's or the page's "updated", else "published", else the day
 * it was fetched; SC_NO_DAY lets the extractor look for one itself.
 */
static int32_t
document_day(const source_document *doc)
{
	const document_entry *e = doc->entry;
	const char *candidates[] = {
		e->updated_on, doc->updated_on, e->published_on, doc->published_on, e->fetched_at
	};
	int32_t		day;

	for (size_t i = 0; i < sizeof(candidates) / sizeof(candidates[0]); i++)
		if (candidates[i] != NULL && strlen(candidates[i]) >= 10 &&
			sc_parse_iso_date(candidates[i], 10, &day))
			return day;
	return SC_NO_DAY;
}

static void
write_fact(const sc_fact *f, void *arg)
{
	fact_writer *w = arg;
	FILE	   *out = w->out;

	fputc('{', out);
	json_field(out, "kind", sc_fact_kind_name(f->kind), true);
	json_field(out, "organisation", f->organisation, false);
	json_field(out, "organisation_kind", f->organisation_kind, false);
	json_field(out, "name", f->name, false);
	if (f->kind == SC_FACT_MEMBERSHIP)
	{
		json_field(out, "member", f->member, false);
		json_field(out, "member_code", f->member_code, false);
		fprintf(out, ",\"derived\":%s", f->derived ? "true" : "false");
	}
	if (f->kind == SC_FACT_TWIN_TOWN)
	{
		json_field(out, "municipality", f->municipality, false);
		json_field(out, "municipality_code", f->municipality_code, false);
		json_field(out, "partner", f->partner, false);
		json_field(out, "partner_code", f->partner_code, false);
		json_field(out, "partner_country", f->partner_country, false);
		json_field(out, "relation", f->relation, false);
	}
	json_field(out, "validity", f->validity, false);
	if (f->kind == SC_FACT_FEE)
		json_field(out, "rate", f->rate, false);
	if (f->count >= 0)
		fprintf(out, ",\"count\":%d", f->count);
	fputs(",\"evidence\":{", out);
	json_field(out, "document", w->doc->entry->path, true);
	fprintf(out, ",\"start\":%zu,\"end\":%zu,\"text\":", f->evidence.start, f->evidence.end);
	json_string(out, w->doc->text + f->evidence.start, f->evidence.end - f->evidence.start);
	fputc('}', out);
	json_field(out, "rule", f->rule, false);
	json_field(out, "warning", f->warning, false);
	fputs("}\n", out);
	w->written++;
	/* the facts of one sentence share its warning: report it once */
	if (f->warning != NULL && report_warnings &&
		(f->evidence.start != w->warned.start || f->evidence.end != w->warned.end))
	{
		w->warned = f->evidence;
		report_error("%s: byte %zu: warning: %s: \"%.*s\"", w->doc->entry->path,
					 f->evidence.start, f->warning,
					 (int) (f->evidence.end - f->evidence.start), w->doc->text + f->evidence.start);
	}
}

void
set_fact_warnings(bool on)
{
	report_warnings = on;
}

/* Writes the document's facts as JSON Lines to out and returns how many. */
size_t
write_document_facts(FILE *out, const source_document *doc)
{
	fact_writer w = {out, doc, 0, {0, 0}};

	if (sc_extract_facts(doc->text, doc->text_len, &doc->parts, document_day(doc),
						 write_fact, &w, NULL) != SC_EXTRACT_OK)
		report_error("%s: could not extract facts: the sections do not lie inside the text",
					 doc->entry->path);
	return w.written;
}

/*
 * The document's facts as JSON Lines in a malloc'd buffer (*json, *len),
 * for the staging table.  Returns false when out of memory.
 */
bool
document_facts_json(const source_document *doc, char **json, size_t *len)
{
	FILE	   *out = open_memstream(json, len);

	if (out == NULL)
	{
		report_error("out of memory");
		return false;
	}
	write_document_facts(out, doc);
	if (fclose(out) != 0)
	{
		report_error("out of memory");
		return false;
	}
	return true;
}
