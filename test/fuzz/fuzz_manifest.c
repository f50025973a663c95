/*
 * fuzz_manifest.c
 *		Fuzz target for the loader's XML reading path (loader/manifest.c):
 *		the bytes as a manifest file, parsed, refused if it has a document
 *		type declaration, validated against the schema, and its entries
 *		taken; the inline documents it holds are then read as the loader
 *		reads them.
 *
 * Properties: every entry taken has a URI and either a file or inline
 * content, and dates in the years 0001 to 9999 (what the database's types
 * hold); inline documents read to valid UTF-8 with their parts inside the
 * text (loader_glue.c).
 */
#include "loader_glue.h"

#include <unistd.h>

#include <libxml/parser.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		path[64];
	int			fd = fuzz_memfd(data, size, path, sizeof(path));
	entry_list	entries = {NULL, 0, 0, 0};

	FUZZ_CHECK(fd >= 0);
	if (add_manifest_entries(path, NULL, &entries))
	{
		for (size_t i = 0; i < entries.count; i++)
		{
			const document_entry *e = &entries.items[i];

			FUZZ_CHECK(e->uri != NULL && e->path != NULL);
			FUZZ_CHECK(e->fetched_at == NULL || storable_timestamp(e->fetched_at));
			FUZZ_CHECK(e->published_on == NULL || storable_day(e->published_on));
			FUZZ_CHECK(e->updated_on == NULL || storable_day(e->updated_on));
			if (e->content != NULL)
				fuzz_read_document(e);
		}
	}
	free_entries(&entries);
	close(fd);
	return 0;
}
