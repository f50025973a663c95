/*
 * fuzz_manifest.c
 *		Fuzz target for the loader's XML reading path (loader/manifest.c):
 *		the bytes as a manifest file, parsed, refused if it has a document
 *		type declaration, validated against the schema, and its entries
 *		taken; the inline documents it holds are then read as the loader
 *		reads them.
 *
 * Properties (loader_glue.c): every entry taken has a URI and a name, and
 * dates in the years 0001 to 9999 (what the database's types hold);
 * inline documents read to valid UTF-8 with their parts inside the text.
 */
#include "loader_glue.h"

/* A manifest's entries, its files confined to its own folder. */
static bool
add_entries(const char *path, entry_list *entries)
{
	return add_manifest_entries(path, NULL, entries);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_read_entries(data, size, add_entries);
	return 0;
}
