/*
 * sha256.c
 *		SHA-256 as specified in FIPS 180-4, section 6.2.
 *
 * An unchanged nightly run is mostly hashing, so on x86-64 processors with
 * the SHA extensions the block function uses them (several times faster
 * than portable C); everywhere else the portable one runs.  The choice is
 * made once, from CPUID.
 */
#include "sha256.h"

#include <stdbool.h>
#include <string.h>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_SHA_EXTENSIONS 1
#include <cpuid.h>
#include <immintrin.h>
#endif

typedef void (*compress_function) (uint32_t state[8], const uint8_t *data, size_t nblocks);

static void compress_portable(uint32_t state[8], const uint8_t *data, size_t nblocks);
static compress_function choose_compress(void);

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

/*
 * One round, with the eight working variables passed in rotated order so
 * that no values move between rounds.
 */
#define ROUND(a, b, c, d, e, f, g, h, i) \
	do { \
		uint32_t	t1 = (h) + (rotr((e), 6) ^ rotr((e), 11) ^ rotr((e), 25)) + \
			(((e) & (f)) ^ (~(e) & (g))) + round_constants[(i)] + w[(i)]; \
		uint32_t	t2 = (rotr((a), 2) ^ rotr((a), 13) ^ rotr((a), 22)) + \
			(((a) & (b)) ^ ((a) & (c)) ^ ((b) & (c))); \
		(d) += t1; \
		(h) = t1 + t2; \
	} while (0)

static void
compress_block(uint32_t state[8], const uint8_t block[64])
{
	uint32_t	w[64];
	uint32_t	a = state[0],
				b = state[1],
				c = state[2],
				d = state[3],
				e = state[4],
				f = state[5],
				g = state[6],
				h = state[7];

	for (int i = 0; i < 16; i++)
		w[i] = load_be32(block + 4 * i);
	for (int i = 16; i < 64; i++)
	{
		uint32_t	s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t	s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);

		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	for (int i = 0; i < 64; i += 8)
	{
		ROUND(a, b, c, d, e, f, g, h, i);
		ROUND(h, a, b, c, d, e, f, g, i + 1);
		ROUND(g, h, a, b, c, d, e, f, i + 2);
		ROUND(f, g, h, a, b, c, d, e, i + 3);
		ROUND(e, f, g, h, a, b, c, d, i + 4);
		ROUND(d, e, f, g, h, a, b, c, i + 5);
		ROUND(c, d, e, f, g, h, a, b, i + 6);
		ROUND(b, c, d, e, f, g, h, a, i + 7);
	}
	state[0] += a;
	state[1] += b;
	state[2] += c;
	state[3] += d;
	state[4] += e;
	state[5] += f;
	state[6] += g;
	state[7] += h;
}

static void
compress_portable(uint32_t state[8], const uint8_t *data, size_t nblocks)
{
	for (size_t i = 0; i < nblocks; i++)
		compress_block(state, data + 64 * i);
}

#ifdef HAVE_SHA_EXTENSIONS
/*
 * The block function with the SHA extensions.  The state lives in two
 * registers as ABEF and CDGH, the order sha256rnds2 wants; each step does
 * four rounds on a group of four message words, and groups 4-15 of the
 * message schedule come from the four before them (sha256msg1 adds
 * sigma0, the alignr picks W[t-7], sha256msg2 adds sigma1).
 */
__attribute__((target("sha,sse4.1")))
static void
compress_sha_extensions(uint32_t state[8], const uint8_t *data, size_t nblocks)
{
	const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
	__m128i		cdab = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *) &state[0]), 0xB1);
	__m128i		efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *) &state[4]), 0x1B);
	__m128i		abef = _mm_alignr_epi8(cdab, efgh, 8);
	__m128i		cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

	for (; nblocks > 0; nblocks--, data += 64)
	{
		__m128i		abef_before = abef;
		__m128i		cdgh_before = cdgh;
		__m128i		m[4];

		for (int i = 0; i < 16; i++)
		{
			__m128i		words;

			if (i < 4)
				words = m[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *) (data + 16 * i)),
												byte_swap);
			else
			{
				__m128i		t = _mm_sha256msg1_epu32(m[i % 4], m[(i + 1) % 4]);

				t = _mm_add_epi32(t, _mm_alignr_epi8(m[(i + 3) % 4], m[(i + 2) % 4], 4));
				words = m[i % 4] = _mm_sha256msg2_epu32(t, m[(i + 3) % 4]);
			}
			words = _mm_add_epi32(words,
								  _mm_loadu_si128((const __m128i *) &round_constants[4 * i]));
			cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
			abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(words, 0x0E));
		}
		abef = _mm_add_epi32(abef, abef_before);
		cdgh = _mm_add_epi32(cdgh, cdgh_before);
	}
	/* back from ABEF/CDGH to ABCD/EFGH */
	{
		__m128i		feba = _mm_shuffle_epi32(abef, 0x1B);
		__m128i		dchg = _mm_shuffle_epi32(cdgh, 0xB1);

		_mm_storeu_si128((__m128i *) &state[0], _mm_blend_epi16(feba, dchg, 0xF0));
		_mm_storeu_si128((__m128i *) &state[4], _mm_alignr_epi8(dchg, feba, 8));
	}
}
#endif

static compress_function
choose_compress(void)
{
#ifdef HAVE_SHA_EXTENSIONS
	unsigned int eax,
				ebx,
				ecx,
				edx;
	bool		sse41 = __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_SSE4_1);
	bool		sha = __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & (1u << 29));

	if (sse41 && sha)
		return compress_sha_extensions;
#endif
	return compress_portable;
}

static compress_function compress = NULL;

static void
compress_blocks(uint32_t state[8], const uint8_t *data, size_t nblocks)
{
	if (compress == NULL)
		compress = choose_compress();
	compress(state, data, nblocks);
}

void
sc_sha256_use_portable(bool portable)
{
	compress = portable ? compress_portable : choose_compress();
}

bool
sc_sha256_accelerated(void)
{
	return choose_compress() != compress_portable;
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
	size_t		used = ctx->bytes % 64;

	ctx->bytes += len;
	if (used > 0)
	{
		size_t		take = 64 - used < len ? 64 - used : len;

		memcpy(ctx->block + used, p, take);
		p += take;
		len -= take;
		if (used + take < 64)
			return;
		compress_blocks(ctx->state, ctx->block, 1);
	}
	if (len >= 64)
	{
		compress_blocks(ctx->state, p, len / 64);
		p += len - len % 64;
		len %= 64;
	}
	memcpy(ctx->block, p, len);
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
