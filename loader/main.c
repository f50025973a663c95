/*
 * main.c
 *		skanecoop-load: loads source documents into a skanecoop database.
 *
 * A run reads every document, skips those whose content hash is that of
 * the current revision at their URI, checks and splits the others, and
 * merges them in one transaction.  With --extract-only it prints what it
 * would load as JSON Lines and touches no database.  See --help for the
 * options and exit codes.
 */
#include "loader.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>

/* Room for one ", N what" of the summary line. */
#define NOTE_SIZE 64

typedef struct run_state
{
	const load_options *opts;
	const population_list *population;
	load_session *session;		/* NULL with --extract-only */
	run_counts	counts;
	double		started;
	double		last_progress;
	bool		show_progress;
} run_state;

static double now_seconds(void);
static bool has_suffix(const char *s, const char *suffix);
static bool collect_entries(const load_options *opts, entry_list *entries,
							population_list *population);
static void progress(run_state *run, size_t done, size_t total);
static void report_document(const run_state *run, const source_document *doc,
							load_verdict verdict);
static bool load_document(run_state *run, const read_document *read);
static const char *count_note(char *note, bool show, long count, const char *what);
static void print_summary(const run_state *run, bool written);
static int	load_documents(run_state *run, document_feed *feed);
static int	run_load(const load_options *opts, const entry_list *entries,
					 const population_list *population);

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static bool
has_suffix(const char *s, const char *suffix)
{
	size_t		n = strlen(s),
				m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/*
 * Documents from manifests and files; population figures from CSV files.
 * A document or a row refused before reading fails the run, unless
 * --keep-going loads the others.
 */
static bool
collect_entries(const load_options *opts, entry_list *entries, population_list *population)
{
	bool		ok = true;

	for (int i = 0; i < opts->nfiles; i++)
	{
		const char *path = opts->files[i];

		if (has_suffix(path, ".warc") || has_suffix(path, ".warc.gz"))
			ok = add_archive_input(path, opts->publisher, entries) && ok;
		else if (has_suffix(path, ".xml"))
			ok = add_manifest_entries(path, opts->root, entries) && ok;
		else if (has_suffix(path, ".csv"))
			ok = read_population_file(path, population) && ok;
		else
			ok = add_file_entry(path, opts->publisher, entries) && ok;
	}
	return ok && (opts->keep_going || entries->rejected + population->rejected == 0);
}

/* "N of M (p%)" on a terminal's stderr, at most ten times a second; M 0 if unknown. */
static void
progress(run_state *run, size_t done, size_t total)
{
	double		now = now_seconds();

	if (!run->show_progress || (done != total && now - run->last_progress < 0.1))
		return;
	run->last_progress = now;
	/* the total is not known while an archive is still being read */
	if (total == 0)
		fprintf(stderr, "\r%zu documents, %.1f s elapsed", done, now - run->started);
	else
		fprintf(stderr, "\r%zu of %zu documents (%d%%), %.1f s elapsed%s", done, total,
				(int) (100.0 * (double) done / (double) total), now - run->started,
				done == total ? "\n" : "");
}

static void
report_document(const run_state *run, const source_document *doc, load_verdict verdict)
{
	static const char *const words[] = {"loaded", "revised", "unchanged"};
	char	   *title;

	if (run->opts->quiet || run->opts->json || run->opts->extract_only)
		return;
	if (run->show_progress)
		fputs("\r\033[K", stderr);
	if (verdict == DOCUMENT_UNCHANGED)
	{
		printf("unchanged %s\n", doc->entry->path);
		return;
	}
	title = printable_text(doc->text + doc->parts.title.start,
						   doc->parts.title.end - doc->parts.title.start);
	printf("%s %s: \"%s\", %zu sections\n", words[verdict], doc->entry->path,
		   title ? title : "?", doc->parts.nsections);
	free(title);
}

/*
 * Stages (or prints) one document read ahead, with its facts.  Returns
 * false only for a database failure, which ends the run; a bad document is
 * counted.
 */
static bool
load_document(run_state *run, const read_document *read)
{
	const source_document *doc = &read->doc;
	bool		ok = true;

	if (read->skipped)
	{
		run->counts.skipped++;
		return true;
	}
	if (!read->read || (read->verdict != DOCUMENT_UNCHANGED && !read->parsed))
	{
		run->counts.failed++;
		return true;
	}
	if (read->verdict == DOCUMENT_UNCHANGED)
	{
		run->counts.unchanged++;
		ok = run->session == NULL || session_confirm(run->session, doc->entry);
	}
	else if (run->session == NULL)
	{
		json_document(stdout, doc);
		write_document_facts(stdout, doc);
	}
	else if ((ok = session_add_document(run->session, doc, &run->counts.rows)))
	{
		if (read->verdict == DOCUMENT_NEW)
			run->counts.new_documents++;
		else
			run->counts.changed++;
	}
	if (ok)
		report_document(run, doc, read->verdict);
	return ok;
}

/* ", N WHAT" in note (NOTE_SIZE bytes) when show is true, else "". */
static const char *
count_note(char *note, bool show, long count, const char *what)
{
	note[0] = '\0';
	if (show)
		snprintf(note, NOTE_SIZE, ", %ld %s", count, what);
	return note;
}

static void
print_summary(const run_state *run, bool written)
{
	const run_counts *c = &run->counts;
	double		seconds = now_seconds() - run->started;
	char		skipped[NOTE_SIZE],
				withdrawn[NOTE_SIZE],
				population[NOTE_SIZE];

	if (run->opts->json)
		json_summary(stdout, c, written, seconds);
	else if (!run->opts->quiet || c->failed)
		printf("%d new, %d changed, %d unchanged, %d failed%s%s; %ld rows written%s in %.2f s%s\n",
			   c->new_documents, c->changed, c->unchanged, c->failed,
			   count_note(skipped, c->skipped > 0, c->skipped, "skipped"),
			   count_note(withdrawn, run->opts->ncomplete_for > 0, written ? c->withdrawn : 0,
						  "withdrawn"),
			   written ? c->rows : 0L,
			   count_note(population, run->population->count > 0,
						  written ? c->population_rows : 0L, "population figures"),
			   seconds,
			   run->opts->dry_run ? " (dry run: nothing written)" :
			   !written ? " (nothing written)" : "");
}

/*
 * Loads (or prints) the run's documents as the read-ahead reads them.
 * Returns EXIT_LOAD_OK when every one was taken, whether loaded or
 * failed, else the run's exit status.
 */
static int
load_documents(run_state *run, document_feed *feed)
{
	read_ahead *ra = read_ahead_start(feed, run->session);
	read_document *read;
	archive_counts archives;
	bool		read_whole;

	if (ra == NULL)
		return EXIT_LOAD_FAILED;
	for (size_t done = 0; (read = read_ahead_next(ra)) != NULL; done++)
	{
		bool		ok = load_document(run, read);

		read_ahead_release(ra, read);
		if (!ok)
		{
			read_ahead_stop(ra);
			return EXIT_LOAD_DATABASE;
		}
		progress(run, done + 1, feed_total(feed));
	}
	read_ahead_stop(ra);
	/* an archive's damaged records count as failed */
	read_whole = feed_complete(feed, &archives);
	run->counts.skipped += archives.skipped;
	run->counts.failed += archives.damaged;
	return read_whole ? EXIT_LOAD_OK : EXIT_LOAD_FAILED;
}

static int
run_load(const load_options *opts, const entry_list *entries,
		 const population_list *population)
{
	run_state	run;
	int			status = EXIT_LOAD_DATABASE;
	bool		commit;
	document_feed *feed;

	memset(&run, 0, sizeof(run));
	/* what was refused before reading counts as failed */
	run.counts.failed = (int) (entries->rejected + population->rejected);
	run.opts = opts;
	run.population = population;
	run.started = now_seconds();
	run.show_progress = !opts->quiet && !opts->extract_only && isatty(STDERR_FILENO);
	if (!opts->extract_only && (run.session = session_begin(opts, &status)) == NULL)
		return status;
	if ((feed = feed_start(entries)) == NULL)
		status = EXIT_LOAD_FAILED;
	else
		status = load_documents(&run, feed);
	/* a run that could not take every document writes nothing */
	if (status != EXIT_LOAD_OK)
	{
		feed_free(feed);
		session_end(run.session);
		return status;
	}
	if (opts->extract_only)
	{
		feed_free(feed);
		json_population(stdout, population);
		return run.counts.failed ? EXIT_LOAD_FAILED : EXIT_LOAD_OK;
	}

	commit = !opts->dry_run && (run.counts.failed == 0 || opts->keep_going);
	if (!session_finish(run.session, feed, population, commit, &run.counts))
	{
		feed_free(feed);
		session_end(run.session);
		return run.counts.failed || run.counts.withdrawal_refused ?
			EXIT_LOAD_FAILED : EXIT_LOAD_DATABASE;
	}
	feed_free(feed);
	session_count_refused(run.session, &run.counts);
	commit = commit && (run.counts.failed == 0 || opts->keep_going);
	session_end(run.session);
	print_summary(&run, commit);
	return run.counts.failed ? EXIT_LOAD_FAILED : EXIT_LOAD_OK;
}

int
main(int argc, char **argv)
{
	load_options opts;
	entry_list	entries = {.items = NULL};
	population_list population = {.rows = NULL};
	int			status = parse_options(argc, argv, &opts);

	if (status >= 0)
		return status;
	LIBXML_TEST_VERSION;
	set_fact_warnings(!opts.quiet);
	set_pattern_stage(opts.pattern_stage);
	set_learned_stage(opts.learned_stage);
	if (!collect_entries(&opts, &entries, &population) ||
		!entries_have_distinct_uris(&entries))
		status = EXIT_LOAD_FAILED;
	else
		status = run_load(&opts, &entries, &population);
	free_entries(&entries);
	free_population(&population);
	xmlCleanupParser();
	return status;
}
