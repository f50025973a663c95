/*
 * fuzz_html.c
 *		Fuzz target for the loader's HTML reading path (loader/html.c): the
 *		page as inline content of a document entry, read, checked, parsed
 *		into text and sections, its facts extracted and its JSON written,
 *		as skanecoop-load does with a page.
 *
 * Properties (loader_glue.c): the text built is valid UTF-8 whatever the
 * page's bytes and charset, and its title and sections lie inside it.
 */
#include "loader_glue.h"

#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *copy = malloc(size ? size : 1);
	document_entry entry;

	FUZZ_CHECK(copy != NULL);
	memcpy(copy, data, size);
	memset(&entry, 0, sizeof(entry));
	entry.path = "fuzz.html";
	entry.uri = "urn:fuzz";
	entry.content = copy;
	entry.content_len = size;
	entry.format = FORMAT_HTML;
	fuzz_read_document(&entry);
	free(copy);
	return 0;
}
