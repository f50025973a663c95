/*
 * fuzz_manifest.c
 *		Fuzz target for the loader's XML reading path (loader/manifest.c):
 *		the bytes as a manifest file, parsed, refused if it has a document
 *		type declaration, validated against the schema, and its entries
 *		taken; the inline documents it holds are then read as the loader
 *		reads them.
 *
 * Properties: every entry taken has a URI and a name; inline documents
 * read to valid UTF-8 with their parts inside the text (loader_glue.c).
 */
#include "loader_glue.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_read_entries(data, size, add_manifest_entries);
	return 0;
}
