/*
 * test_sha256.c
 *		Unit tests of core/sha256.c against the FIPS 180-4 example vectors
 *		and the padding edges of the block length, with the portable block
 *		function and, where the processor has them, the SHA extensions.
 */
#include "sha256.h"
#include "unit.h"

#include <string.h>

static const char *
hash_hex(const char *data, size_t len)
{
	static char hex[65];
	uint8_t		digest[SC_SHA256_DIGEST_LENGTH];

	sc_sha256(data, len, digest);
	sc_sha256_hex(digest, hex);
	return hex;
}

static void
test_vectors(void)
{
	const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	unit_check(strcmp(hash_hex("", 0),
					  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") == 0,
			   "empty message");
	unit_check(strcmp(hash_hex("abc", 3),
					  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0,
			   "\"abc\"");
	unit_check(strcmp(hash_hex(two_blocks, strlen(two_blocks)),
					  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1") == 0,
			   "448-bit message that needs a second padding block");
}

static void
test_million_a(void)
{
	sc_sha256_ctx ctx;
	uint8_t		digest[SC_SHA256_DIGEST_LENGTH];
	char		hex[65];
	char		chunk[1000];

	memset(chunk, 'a', sizeof(chunk));
	sc_sha256_init(&ctx);
	for (int i = 0; i < 1000; i++)
		sc_sha256_update(&ctx, chunk, sizeof(chunk));
	sc_sha256_final(&ctx, digest);
	sc_sha256_hex(digest, hex);
	unit_check(strcmp(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0") == 0,
			   "one million 'a' hashed in pieces");
}

static void
test_incremental_equals_one_shot(void)
{
	char		data[200];
	int			mismatches = 0;

	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (char) (i * 7 + 3);
	for (size_t len = 0; len <= sizeof(data); len++)
	{
		sc_sha256_ctx ctx;
		uint8_t		a[SC_SHA256_DIGEST_LENGTH],
					b[SC_SHA256_DIGEST_LENGTH];

		sc_sha256(data, len, a);
		sc_sha256_init(&ctx);
		for (size_t i = 0; i < len; i++)
			sc_sha256_update(&ctx, data + i, 1);
		sc_sha256_final(&ctx, b);
		mismatches += memcmp(a, b, sizeof(a)) != 0;
	}
	unit_check(mismatches == 0, "byte-by-byte updates equal one-shot hashes for lengths 0-200");
}

int
main(void)
{
	for (int portable = 1; portable >= 0; portable--)
	{
		if (!portable && !sc_sha256_accelerated())
		{
			printf("# no SHA extensions on this processor; the portable code was tested\n");
			break;
		}
		printf("# %s block function\n", portable ? "portable" : "accelerated");
		sc_sha256_use_portable(portable);
		test_vectors();
		test_million_a();
		test_incremental_equals_one_shot();
	}
	return unit_exit_status();
}
