/*
 * sha256.h
 *		SHA-256 (FIPS 180-4) for the loader's content hashes.
 *
 * The loader hashes every source file before it parses it, so that an
 * unchanged document is recognised without parsing; libpq exports no hash
 * function, and one small implementation here saves a dependency.
 */
#ifndef SC_SHA256_H
#define SC_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SC_SHA256_DIGEST_LENGTH 32

typedef struct sc_sha256_ctx
{
	uint32_t	state[8];
	uint64_t	bytes;			/* message length so far */
	uint8_t		block[64];		/* partial block, bytes % 64 of it used */
} sc_sha256_ctx;

extern void sc_sha256_init(sc_sha256_ctx *ctx);
extern void sc_sha256_update(sc_sha256_ctx *ctx, const void *data, size_t len);
extern void sc_sha256_final(sc_sha256_ctx *ctx, uint8_t digest[SC_SHA256_DIGEST_LENGTH]);

/* One-shot hash of a buffer. */
extern void sc_sha256(const void *data, size_t len, uint8_t digest[SC_SHA256_DIGEST_LENGTH]);

/*
 * Makes the hash use the portable block function (true) or the fastest the
 * processor has (false, the default), so that the unit tests can check
 * both; sc_sha256_accelerated() tells whether there is a faster one.
 */
extern void sc_sha256_use_portable(bool portable);
extern bool sc_sha256_accelerated(void);

/* Writes the digest as 64 lower-case hex digits and a NUL; hex needs 65 bytes. */
extern void sc_sha256_hex(const uint8_t digest[SC_SHA256_DIGEST_LENGTH], char *hex);

#endif							/* SC_SHA256_H */
