/*
 * fuzz_warc.c
 *		Fuzz target for the loader's web archive path (loader/warc.c): the
 *		bytes as an archive, plain or gzipped, scanned record by record,
 *		then every document found read from the archive and parsed as the
 *		loader reads it.
 *
 * Properties: every entry has a URI and a path; a document's payload is
 * read back whole (or the failure is reported); the text built of it is
 * valid UTF-8 with its parts inside it (loader_glue.c).
 */
#include "loader_glue.h"

#include <unistd.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		path[64];
	int			fd = fuzz_memfd(data, size, path, sizeof(path));
	entry_list	entries = {.items = NULL};

	FUZZ_CHECK(fd >= 0);
	(void) add_archive_entries(path, NULL, &entries);
	for (size_t i = 0; i < entries.count; i++)
	{
		const document_entry *e = &entries.items[i];

		FUZZ_CHECK(e->uri != NULL && e->path != NULL);
		FUZZ_CHECK(e->revisit || e->archive != NULL);
		if (!e->revisit)
			fuzz_read_document(e);
	}
	free_entries(&entries);
	close(fd);
	return 0;
}
