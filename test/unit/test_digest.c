/*
 * test_digest.c
 *		Unit tests of the loader's content hashes (loader/digest.c): the
 *		FIPS 180-4 example vectors as lower-case hex, and a hash fed in
 *		pieces equal to the hash of the whole, as the loader feeds a file in
 *		chunks.
 */
#include "digest.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

static bool
hex_is(const char *data, size_t len, const char *want)
{
	char		hex[DIGEST_HEX_SIZE];

	return digest_of(data, len, hex) && strcmp(hex, want) == 0;
}

static void
test_vectors(void)
{
	const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	unit_check(hex_is("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
			   "empty message");
	unit_check(hex_is("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
			   "\"abc\"");
	unit_check(hex_is(two_blocks, strlen(two_blocks),
					  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
			   "448-bit message that needs a second padding block");
}

/* One million "a" fed in pieces of every length from 1 to 1000 bytes. */
static void
test_pieces(void)
{
	static char million[1000000];
	content_digest *d = digest_begin();
	char		hex[DIGEST_HEX_SIZE];
	size_t		done = 0,
				piece = 1;
	bool		ok = d != NULL;

	memset(million, 'a', sizeof(million));
	while (ok && done < sizeof(million))
	{
		size_t		n = piece < sizeof(million) - done ? piece : sizeof(million) - done;

		ok = digest_add(d, million + done, n);
		done += n;
		piece = piece % 1000 + 1;
	}
	ok = ok && digest_end(d, hex);
	unit_check(ok && strcmp(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0") == 0,
			   "one million \"a\" in pieces of 1 to 1000 bytes");

	/* a hash given up half-way frees what it holds (valgrind, ASan) */
	d = digest_begin();
	unit_check(d != NULL && digest_add(d, "abc", 3), "a hash can be started and fed");
	digest_discard(d);
}

int
main(void)
{
	test_vectors();
	test_pieces();
	return unit_exit_status();
}
