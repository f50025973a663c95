/*
 * fuzz_warc.c
 *		Fuzz target for the loader's web archive path (loader/warc.c): the
 *		bytes as an archive, plain or gzipped, read record by record as a
 *		run reads it, every document handed on with its payload read as
 *		the loader reads it (its chunks joined, its body decompressed) and
 *		parsed.
 *
 * Properties: every entry is a document of the archive, its payload
 * inline, or a revisit, with a URI and a name; the text built of a
 * document is valid UTF-8 with its parts inside it (loader_glue.c).
 */
#include "loader_glue.h"

#include <unistd.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		path[64];
	int			fd = fuzz_memfd(data, size, path, sizeof(path));

	FUZZ_CHECK(fd >= 0);
	fuzz_read_archive(path, NULL);
	close(fd);
	return 0;
}
