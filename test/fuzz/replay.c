/*
 * replay.c
 *		A main() for a fuzz target without libFuzzer: runs the target once
 *		on each file named on the command line.
 *
 * make test links every target with this file and replays the seed corpus
 * and the regression inputs (test/fuzz/regressions/), so that an input
 * that once crashed a parser keeps being tried with the compiler and the
 * sanitizers of the test build.  A broken property aborts, as it does
 * under libFuzzer.
 */
#include "fuzz.h"

#include <errno.h>
#include <string.h>

static int	replay_file(const char *path);

/* Feeds one file to the target; 0 if it ran, 1 if the file is unreadable. */
static int
replay_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	uint8_t    *data = NULL;
	size_t		len = 0,
				capacity = 0,
				n;

	if (f == NULL)
	{
		fprintf(stderr, "replay: could not open \"%s\": %s\n", path, strerror(errno));
		return 1;
	}
	do
	{
		if (len == capacity)
		{
			capacity = capacity ? 2 * capacity : 4096;
			data = realloc(data, capacity);
			if (data == NULL)
			{
				fprintf(stderr, "replay: out of memory reading \"%s\"\n", path);
				exit(1);
			}
		}
		n = fread(data + len, 1, capacity - len, f);
		len += n;
	} while (n > 0);
	fclose(f);

	/*
	 * An exact-size copy, so that the sanitizers see a read one byte past
	 * the input as libFuzzer's own buffers would show it.
	 */
	{
		uint8_t    *exact = malloc(len ? len : 1);

		if (exact == NULL)
		{
			fprintf(stderr, "replay: out of memory reading \"%s\"\n", path);
			exit(1);
		}
		memcpy(exact, data, len);
		free(data);
		LLVMFuzzerTestOneInput(exact, len);
		free(exact);
	}
	return 0;
}

int
main(int argc, char **argv)
{
	int			unreadable = 0;

	for (int i = 1; i < argc; i++)
		unreadable += replay_file(argv[i]);
	return unreadable ? 1 : 0;
}
