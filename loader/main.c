/*
 * main.c
 *		skanecoop-load: loads source documents into a skanecoop database.
 *
 * A run reads every document, skips those whose content hash is that of
 * the current revision at their URI, checks and splits the others, and
 * merges them in one transaction.  See --help for the options and exit
 * codes.
 */
#include "loader.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

typedef struct run_counts
{
	int			loaded;
	int			unchanged;
	int			failed;
} run_counts;

static bool collect_entries(const load_options *opts, entry_list *entries);
static bool has_suffix(const char *s, const char *suffix);
static bool load_entry(load_session *session, const load_options *opts,
					   const document_entry *entry, run_counts *counts);
static int	run(const load_options *opts, const entry_list *entries);

void
report_error(const char *fmt,...)
{
	va_list		args;

	fprintf(stderr, "%s: ", LOADER_NAME);
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fputc('\n', stderr);
}

static bool
has_suffix(const char *s, const char *suffix)
{
	size_t		n = strlen(s),
				m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool
collect_entries(const load_options *opts, entry_list *entries)
{
	bool		ok = true;

	for (int i = 0; i < opts->nfiles; i++)
	{
		const char *path = opts->files[i];

		if (has_suffix(path, ".xml"))
			ok = add_manifest_entries(path, entries) && ok;
		else
			ok = add_file_entry(path, opts->publisher, entries) && ok;
	}
	return ok;
}

/*
 * Reads, checks and stages one document.  Returns false only for a
 * database failure, which ends the run; a bad document is counted.
 */
static bool
load_entry(load_session *session, const load_options *opts,
		   const document_entry *entry, run_counts *counts)
{
	source_document doc;
	load_verdict verdict;
	bool		ok = true;

	if (!read_source(entry, &doc))
	{
		counts->failed++;
		return true;
	}
	verdict = session_verdict(session, entry->uri, doc.sha256_hex);
	if (verdict == DOCUMENT_UNCHANGED)
	{
		counts->unchanged++;
		if (!opts->quiet)
			printf("unchanged %s\n", entry->path);
	}
	else if (!parse_source(&doc))
		counts->failed++;
	else if ((ok = session_add_document(session, &doc)))
	{
		counts->loaded++;
		if (!opts->quiet)
			printf("%s %s: \"%.*s\", %zu sections\n",
				   verdict == DOCUMENT_NEW ? "loaded" : "revised", entry->path,
				   (int) (doc.parts.title.end - doc.parts.title.start),
				   doc.text + doc.parts.title.start, doc.parts.nsections);
	}
	free_source(&doc);
	return ok;
}

static int
run(const load_options *opts, const entry_list *entries)
{
	run_counts	counts = {0, 0, 0};
	int			status = EXIT_LOAD_DATABASE;
	load_session *session = session_begin(opts, &status);
	bool		commit;

	if (session == NULL)
		return status;
	for (size_t i = 0; i < entries->count; i++)
		if (!load_entry(session, opts, &entries->items[i], &counts))
		{
			session_end(session);
			return EXIT_LOAD_DATABASE;
		}

	commit = !opts->dry_run && (counts.failed == 0 || opts->keep_going);
	if (!session_finish(session, commit))
	{
		session_end(session);
		return counts.failed ? EXIT_LOAD_FAILED : EXIT_LOAD_DATABASE;
	}
	session_end(session);
	if (!commit)
		counts.loaded = 0;
	if (!opts->quiet || counts.failed)
		printf("%d loaded, %d unchanged, %d failed%s\n", counts.loaded,
			   counts.unchanged, counts.failed,
			   opts->dry_run ? " (dry run: nothing written)" :
			   !commit ? " (nothing written)" : "");
	return counts.failed ? EXIT_LOAD_FAILED : EXIT_LOAD_OK;
}

int
main(int argc, char **argv)
{
	load_options opts;
	entry_list	entries = {NULL, 0, 0};
	int			status = parse_options(argc, argv, &opts);

	if (status >= 0)
		return status;
	LIBXML_TEST_VERSION;
	if (!collect_entries(&opts, &entries))
		status = EXIT_LOAD_FAILED;
	else
		status = run(&opts, &entries);
	free_entries(&entries);
	xmlCleanupParser();
	return status;
}
