/*
 * sha256.c
 *		SHA-256 as specified in FIPS 180-4, section 6.2.
 */
#include "sha256.h"

#include <string.h>

static const uint32_t round_constants[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

static inline uint32_t
rotr(uint32_t x, int n)
{
	return (x >> n) | (x << (32 - n));
}

static inline uint32_t
load_be32(const uint8_t *p)
{
	return ((uint32_t) p[0] << 24) | ((uint32_t) p[1] << 16) |
		((uint32_t) p[2] << 8) | (uint32_t) p[3];
}

static inline void
store_be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t) (v >> 24);
	p[1] = (uint8_t) (v >> 16);
	p[2] = (uint8_t) (v >> 8);
	p[3] = (uint8_t) v;
}

static void
compress_block(uint32_t state[8], const uint8_t block[64])
{
	uint32_t	w[64];
	uint32_t	s[8];

	for (int i = 0; i < 16; i++)
		w[i] = load_be32(block + 4 * i);
	for (int i = 16; i < 64; i++)
	{
		uint32_t	s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t	s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);

		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}

	memcpy(s, state, sizeof(s));
	for (int i = 0; i < 64; i++)
	{
		uint32_t	sigma1 = rotr(s[4], 6) ^ rotr(s[4], 11) ^ rotr(s[4], 25);
		uint32_t	choose = (s[4] & s[5]) ^ (~s[4] & s[6]);
		uint32_t	t1 = s[7] + sigma1 + choose + round_constants[i] + w[i];
		uint32_t	sigma0 = rotr(s[0], 2) ^ rotr(s[0], 13) ^ rotr(s[0], 22);
		uint32_t	majority = (s[0] & s[1]) ^ (s[0] & s[2]) ^ (s[1] & s[2]);

		memmove(s + 1, s, 7 * sizeof(uint32_t));
		s[4] += t1;
		s[0] = t1 + sigma0 + majority;
	}
	for (int i = 0; i < 8; i++)
		state[i] += s[i];
}

void
sc_sha256_init(sc_sha256_ctx *ctx)
{
	static const uint32_t initial[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	};

	memcpy(ctx->state, initial, sizeof(initial));
	ctx->bytes = 0;
}

void
sc_sha256_update(sc_sha256_ctx *ctx, const void *data, size_t len)
{
	const uint8_t *p = data;

	while (len > 0)
	{
		size_t		used = ctx->bytes % 64;
		size_t		take = 64 - used < len ? 64 - used : len;

		memcpy(ctx->block + used, p, take);
		ctx->bytes += take;
		p += take;
		len -= take;
		if (ctx->bytes % 64 == 0)
			compress_block(ctx->state, ctx->block);
	}
}

void
sc_sha256_final(sc_sha256_ctx *ctx, uint8_t digest[SC_SHA256_DIGEST_LENGTH])
{
	uint64_t	bits = ctx->bytes * 8;
	uint8_t		length_be[8];
	static const uint8_t padding[64] = {0x80};

	for (int i = 0; i < 8; i++)
		length_be[i] = (uint8_t) (bits >> (56 - 8 * i));

	/* 0x80, then zeros up to 56 bytes into a block, then the bit length. */
	sc_sha256_update(ctx, padding, 1 + (119 - ctx->bytes % 64) % 64);
	sc_sha256_update(ctx, length_be, 8);

	for (int i = 0; i < 8; i++)
		store_be32(digest + 4 * i, ctx->state[i]);
}

void
sc_sha256(const void *data, size_t len, uint8_t digest[SC_SHA256_DIGEST_LENGTH])
{
	sc_sha256_ctx ctx;

	sc_sha256_init(&ctx);
	sc_sha256_update(&ctx, data, len);
	sc_sha256_final(&ctx, digest);
}

void
sc_sha256_hex(const uint8_t digest[SC_SHA256_DIGEST_LENGTH], char *hex)
{
	static const char digits[] = "0123456789abcdef";

	for (int i = 0; i < SC_SHA256_DIGEST_LENGTH; i++)
	{
		hex[2 * i] = digits[digest[i] >> 4];
		hex[2 * i + 1] = digits[digest[i] & 0x0f];
	}
	hex[2 * SC_SHA256_DIGEST_LENGTH] = '\0';
}
