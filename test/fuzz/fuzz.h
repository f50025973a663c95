/*
 * fuzz.h
 *		What every fuzz target shares: the libFuzzer entry point and a check
 *		that stops the run on a broken property.
 *
 * Each fuzz_*.c file is one target.  It is linked either with libFuzzer
 * (make fuzz, clang) or with replay.c, a main() that feeds it the files
 * named on its command line (make test, any compiler), so that the seed
 * corpora and every input that once crashed are replayed on each test run.
 */
#ifndef SC_FUZZ_H
#define SC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

extern int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * A property that must hold for every input.  abort() is what libFuzzer
 * takes for a crash, so the input is kept as an artifact.
 */
#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

#endif							/* SC_FUZZ_H */
