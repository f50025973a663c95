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

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "calendar.h"
#include "extract.h"

typedef struct fact_writer
{
	FILE	   *out;
	const source_document *doc;
	size_t		written;
	sc_span		warned;			/* evidence of the last warning reported */
	/* streaming: each fact's line goes to each_line, then out is rewound */
	char	   *line;			/* open_memstream's buffer behind out */
	size_t		line_size;
	fact_line_sink each_line;
	void	   *arg;
	bool		stopped;		/* out of memory, or each_line said stop */
	/* reading ahead: warnings kept here, to be reported in the run's order */
	FILE	   *warnings;
} fact_writer;

/*
 * The most JSON a reader thread keeps of one document's facts.  A page
 * states a few kilobytes of them; a page with more (a long list of
 * membership sentences) has them extracted again on the main thread,
 * which streams them, so that memory does not grow with their number.
 * Each of the readers' eight slots may hold this much.
 */
#define FACTS_AHEAD_BYTES (1024 * 1024)

/* Whether doubtful facts are reported on stderr (not with --quiet). */
static bool report_warnings = true;

static int32_t document_day(const source_document *doc);
static void write_more_evidence(FILE *out, const source_document *doc, const sc_fact *f);
static bool write_fact(const sc_fact *fact, void *arg);
static bool stream_fact(const sc_fact *fact, void *arg);
static void report_fact_problem(fact_writer *w, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
static void extract_facts(const source_document *doc, sc_fact_sink sink, fact_writer *w);
static bool keep_fact(const sc_fact *f, void *arg);
static void report_kept_warnings(const document_facts *facts);

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

/*
 * The other sentences the fact was read from, as "more_evidence": a list
 * of the objects "evidence" is, without the document (empty if none).
 */
static void
write_more_evidence(FILE *out, const source_document *doc, const sc_fact *f)
{
	fputs(",\"more_evidence\":[", out);
	for (int i = 0; i < f->nmore_evidence; i++)
	{
		sc_span		e = f->more_evidence[i];

		fprintf(out, "%s{\"start\":%zu,\"end\":%zu,\"text\":", i > 0 ? "," : "", e.start, e.end);
		json_string(out, doc->text + e.start, e.end - e.start);
		fputc('}', out);
	}
	fputc(']', out);
}

static bool
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
	/* only where a rule states the fee, so that rate-only output is as before */
	if (f->kind == SC_FACT_FEE && f->fee_rule[0])
		json_field(out, "fee_rule", f->fee_rule, false);
	if (f->count >= 0)
		fprintf(out, ",\"count\":%d", f->count);
	fputs(",\"evidence\":{", out);
	json_field(out, "document", w->doc->entry->path, true);
	fprintf(out, ",\"start\":%zu,\"end\":%zu,\"text\":", f->evidence.start, f->evidence.end);
	json_string(out, w->doc->text + f->evidence.start, f->evidence.end - f->evidence.start);
	fputc('}', out);
	write_more_evidence(out, w->doc, f);
	json_field(out, "rule", f->rule, false);
	json_field(out, "basis", sc_fact_basis_name(f->basis), false);
	json_field(out, "warning", f->warning, false);
	fputs("}\n", out);
	w->written++;
	/* the facts of one sentence share its warning: report it once */
	if (f->warning != NULL && report_warnings &&
		(f->evidence.start != w->warned.start || f->evidence.end != w->warned.end))
	{
		char	   *quote = printable_text(w->doc->text + f->evidence.start,
										   f->evidence.end - f->evidence.start);

		w->warned = f->evidence;
		report_fact_problem(w, "%s: byte %zu: warning: %s: \"%s\"", w->doc->entry->path,
							f->evidence.start, f->warning, quote ? quote : "?");
		free(quote);
	}
	return true;
}

/*
 * Reports a problem with the document's facts, or keeps it for the main
 * thread when they are read ahead: stderr then tells of the documents in
 * the run's order, as it does when the main thread reads them.
 */
static void
report_fact_problem(fact_writer *w, const char *fmt,...)
{
	va_list		args;

	va_start(args, fmt);
	if (w->warnings == NULL)
	{
		char		message[4096];

		vsnprintf(message, sizeof(message), fmt, args);
		report_error("%s", message);
	}
	else
	{
		vfprintf(w->warnings, fmt, args);
		fputc('\n', w->warnings);
	}
	va_end(args);
}

/* How the extractor reads, set once before the readers start. */
static sc_extract_options extract_options;

/* Runs the extractor over the document, handing its facts to sink. */
static void
extract_facts(const source_document *doc, sc_fact_sink sink, fact_writer *w)
{
	if (sc_extract_facts_with(doc->text, doc->text_len, &doc->parts, document_day(doc),
							  &extract_options, sink, w, NULL) != SC_EXTRACT_OK)
		report_fact_problem(w, "%s: could not extract facts: the sections do not lie inside the text",
							doc->entry->path);
}

void
set_fact_warnings(bool on)
{
	report_warnings = on;
}

void
set_pattern_stage(bool on)
{
	extract_options.pattern_stage = on;
}

void
set_learned_stage(bool on)
{
	extract_options.learned_stage = on;
}

/* Keeps one fact's line, unless the document's lines have grown too long. */
static bool
keep_fact(const sc_fact *f, void *arg)
{
	fact_writer *w = arg;

	write_fact(f, w);
	w->stopped = ftello(w->out) > FACTS_AHEAD_BYTES;
	return !w->stopped;
}

/*
 * Extracts the document's facts into doc->facts, on a reader thread, so
 * that the main thread only hands them on.  Not ready, with nothing kept,
 * when they would take more than FACTS_AHEAD_BYTES or memory runs out:
 * the main thread then extracts them as it would have.
 */
void
extract_facts_ahead(source_document *doc)
{
	document_facts *facts = &doc->facts;
	fact_writer w = {NULL, doc, 0, {0, 0}, NULL, 0, NULL, NULL, false, NULL};
	bool		ok;

	free_document_facts(facts);
	w.out = open_memstream(&facts->lines, &facts->lines_len);
	w.warnings = open_memstream(&facts->warnings, &facts->warnings_len);
	if (w.out != NULL && w.warnings != NULL)
		extract_facts(doc, keep_fact, &w);
	/* a memory stream's buffer is complete once it is closed */
	ok = w.out != NULL && w.warnings != NULL && !w.stopped &&
		fflush(w.out) == 0 && fflush(w.warnings) == 0;
	if (w.out != NULL)
		ok &= fclose(w.out) == 0;
	if (w.warnings != NULL)
		ok &= fclose(w.warnings) == 0;
	if (ok)
	{
		facts->ready = true;
		facts->count = w.written;
	}
	else
		free_document_facts(facts);
}

void
free_document_facts(document_facts *facts)
{
	free(facts->lines);
	free(facts->warnings);
	memset(facts, 0, sizeof(*facts));
}

/*
 * The line of kept text at *at, before end, without its newline: its
 * length, with *at moved past it.
 */
static size_t
take_line(const char **at, const char *end)
{
	const char *line = *at,
			   *newline = memchr(line, '\n', end - line);
	size_t		len = newline ? (size_t) (newline - line) : (size_t) (end - line);

	*at = line + len + 1;
	return len;
}

/* Reports the warnings kept with facts read ahead, each as it was made. */
static void
report_kept_warnings(const document_facts *facts)
{
	const char *at = facts->warnings;
	const char *end = at + facts->warnings_len;

	while (at < end)
	{
		const char *line = at;
		size_t		len = take_line(&at, end);

		report_error("%.*s", (int) len, line);
	}
}

/* Writes the document's facts as JSON Lines to out and returns how many. */
size_t
write_document_facts(FILE *out, const source_document *doc)
{
	fact_writer w = {out, doc, 0, {0, 0}, NULL, 0, NULL, NULL, false, NULL};
	const document_facts *facts = &doc->facts;

	if (facts->ready)
	{
		fwrite(facts->lines, 1, facts->lines_len, out);
		report_kept_warnings(facts);
		return facts->count;
	}
	extract_facts(doc, write_fact, &w);
	return w.written;
}

/*
 * Writes one fact into the writer's memory stream and hands the line
 * (without its newline) to the writer's sink, then rewinds the stream for
 * the next: a document's facts are never all in memory at once.
 */
static bool
stream_fact(const sc_fact *f, void *arg)
{
	fact_writer *w = arg;
	off_t		len;

	write_fact(f, w);
	if (fflush(w->out) != 0 || (len = ftello(w->out)) <= 0)
	{
		report_error("out of memory");
		w->stopped = true;
	}
	else
	{
		rewind(w->out);
		w->stopped = !w->each_line(w->line, (size_t) len - 1, w->arg);
	}
	return !w->stopped;
}

/* Hands each line of facts read ahead to each_line, until it returns false. */
static bool
hand_on_facts(const document_facts *facts, fact_line_sink each_line, void *arg)
{
	const char *at = facts->lines;
	const char *end = at + facts->lines_len;
	bool		go_on = true;

	report_kept_warnings(facts);
	while (go_on && at < end)
	{
		const char *line = at;
		size_t		len = take_line(&at, end);

		go_on = each_line(line, len, arg);
	}
	return go_on;
}

/*
 * Hands each of the document's facts, as the JSON object --extract-only
 * prints, to each_line, until it returns false.  Returns false when out of
 * memory or when each_line asked to stop.
 */
bool
stream_document_facts(const source_document *doc, fact_line_sink each_line, void *arg)
{
	fact_writer w = {NULL, doc, 0, {0, 0}, NULL, 0, each_line, arg, false, NULL};

	if (doc->facts.ready)
		return hand_on_facts(&doc->facts, each_line, arg);
	if ((w.out = open_memstream(&w.line, &w.line_size)) == NULL)
	{
		report_error("out of memory");
		return false;
	}
	extract_facts(doc, stream_fact, &w);
	fclose(w.out);
	free(w.line);
	return !w.stopped;
}
