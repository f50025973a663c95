/*
 * loader_glue.c
 *		What the fuzz targets of the loader's reading paths need besides the
 *		loader's own files: a way to hand a buffer to code that reads files.
 */
#define _GNU_SOURCE
#include "loader_glue.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/*
 * Rejections are expected while fuzzing: the loader's reporter formats
 * them, so that the sanitizers check their arguments, but prints them only
 * with FUZZ_VERBOSE=1 in the environment.  Set before any target runs.
 */
__attribute__((constructor))
static void
quiet_reports(void)
{
	report_set_quiet(getenv("FUZZ_VERBOSE") == NULL);
}

/*
 * Puts the bytes into an anonymous in-memory file and returns its
 * descriptor, -1 on failure; *path names it for code that opens paths.
 */
int
fuzz_memfd(const uint8_t *data, size_t size, char *path, size_t path_size)
{
	int			fd = memfd_create("fuzz", MFD_CLOEXEC);
	size_t		written = 0;

	if (fd < 0)
		return -1;
	while (written < size)
	{
		ssize_t		n = write(fd, data + written, size - written);

		if (n <= 0)
		{
			close(fd);
			return -1;
		}
		written += (size_t) n;
	}
	snprintf(path, path_size, "/proc/self/fd/%d", fd);
	return fd;
}

/*
 * Reads a document as the loader does (hash, checks, parse), then extracts
 * its facts into a sink that discards them, and checks that the text is
 * valid UTF-8 and its parts lie inside it.
 */
void
fuzz_read_document(const document_entry *entry)
{
	static FILE *devnull;
	source_document doc;

	if (devnull == NULL)
		devnull = fopen("/dev/null", "w");
	FUZZ_CHECK(devnull != NULL);
	if (read_source(entry, &doc) && parse_source(&doc))
	{
		size_t		bad;

		FUZZ_CHECK(doc.text != NULL);
		FUZZ_CHECK(sc_utf8_validate(doc.text, doc.text_len, &bad) == SC_UTF8_OK);
		FUZZ_CHECK(doc.parts.title.start <= doc.parts.title.end &&
				   doc.parts.title.end <= doc.text_len);
		for (size_t i = 0; i < doc.parts.nsections; i++)
		{
			sc_span		span = section_span(&doc.parts.sections[i]);

			FUZZ_CHECK(span.start <= span.end && span.end <= doc.text_len);
		}
		write_document_facts(devnull, &doc);
		json_document(devnull, &doc);
	}
	free_source(&doc);
}

/*
 * Reads a web archive record by record as the run does, and every document
 * in it as the loader reads it: each is a document of the archive, its
 * payload inline, or a revisit, with a URI and a name.
 */
void
fuzz_read_archive(const char *path, const char *publisher)
{
	archive_counts counts = {0, 0};
	archive_reader *ar = archive_open(path, publisher, &counts);
	document_entry *e;

	if (ar == NULL)
		return;
	while ((e = archive_next(ar)) != NULL)
	{
		FUZZ_CHECK(e->from_archive && e->uri != NULL && e->path != NULL);
		FUZZ_CHECK(e->revisit || (e->archive != NULL && e->content != NULL));
		FUZZ_CHECK(e->fetched_at == NULL || storable_timestamp(e->fetched_at));
		if (!e->revisit)
			fuzz_read_document(e);
		free_document_entry(e);
	}
	archive_close(ar);
	FUZZ_CHECK(counts.skipped >= 0 && counts.damaged >= 0);
}

/*
 * Hands the bytes as a file to a reader of document lists (a manifest's),
 * then reads every document it lists that it holds itself, inline, as the
 * loader does, and every archive it names.  Every document listed has a
 * URI, a name, and dates in the years 0001 to 9999.
 */
void
fuzz_read_entries(const uint8_t *data, size_t size,
				  bool (*add_entries) (const char *path, entry_list *entries))
{
	char		path[64];
	int			fd = fuzz_memfd(data, size, path, sizeof(path));
	entry_list	entries = {.items = NULL};
	bool		listed;

	FUZZ_CHECK(fd >= 0);
	listed = add_entries(path, &entries);
	for (size_t i = 0; listed && i < entries.count; i++)
	{
		const document_entry *e = &entries.items[i];

		FUZZ_CHECK(e->path != NULL);
		if (e->archive_input)
		{
			fuzz_read_archive(e->path, e->publisher);
			continue;
		}
		FUZZ_CHECK(e->uri != NULL);
		FUZZ_CHECK(e->fetched_at == NULL || storable_timestamp(e->fetched_at));
		FUZZ_CHECK(e->published_on == NULL || storable_day(e->published_on));
		FUZZ_CHECK(e->updated_on == NULL || storable_day(e->updated_on));
		if (e->content != NULL)
			fuzz_read_document(e);
	}
	free_entries(&entries);
	close(fd);
}
