/*
 * fuzz_warc.c
 *		Fuzz target for the loader's web archive path (loader/warc.c): the
 *		bytes as an archive, plain or gzipped, scanned record by record,
 *		then every document found read back from the archive (its chunks
 *		joined, its body decompressed) and parsed as the loader reads it.
 *
 * Properties: every entry is a document in the archive or a revisit, with
 * a URI and a name; the text built of a document is valid UTF-8 with its
 * parts inside it (loader_glue.c).
 */
#include "loader_glue.h"

static bool add_entries(const char *path, entry_list *entries);

/* The archive's entries, each checked to be a document or a revisit. */
static bool
add_entries(const char *path, entry_list *entries)
{
	bool		ok = add_archive_entries(path, NULL, entries);

	for (size_t i = 0; i < entries->count; i++)
		FUZZ_CHECK(entries->items[i].revisit || entries->items[i].archive != NULL);
	return ok;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_read_entries(data, size, add_entries);
	return 0;
}
