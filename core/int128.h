/*
 * int128.h
 *		128-bit signed integers for the intermediate results of money
 *		arithmetic: the compiler's __int128 where it has one, else two
 *		64-bit halves in two's complement.
 *
 * Annual fee times weighted days, or a sum of many amounts, must not
 * overflow before the final range check; 64 bits are not enough for that.
 * Compilers for 64-bit targets have __int128, those for most 32-bit
 * targets do not (PostgreSQL's configure tests the same and sets
 * HAVE_INT128; this header has no backend headers to read that from, so it
 * asks the compiler directly).  Defining SC_PORTABLE_INT128 forces the
 * portable halves, so that the unit tests check them on any machine.
 *
 * Callers keep within the range: sc_i128_add and sc_i128_neg do not check
 * for overflow; sc_i128_mul_overflow does.
 */
#ifndef SC_INT128_H
#define SC_INT128_H

#include <stdbool.h>
#include <stdint.h>

#if defined(__SIZEOF_INT128__) && !defined(SC_PORTABLE_INT128)

#define SC_INT128_NATIVE 1

typedef __int128 sc_int128;

static inline sc_int128
sc_i128(int64_t v)
{
	return v;
}

/* hi * 2^64 + lo */
static inline sc_int128
sc_i128_make(int64_t hi, uint64_t lo)
{
	return (sc_int128) ((unsigned __int128) hi << 64 | lo);
}

static inline sc_int128
sc_i128_add(sc_int128 a, sc_int128 b)
{
	return a + b;
}

static inline sc_int128
sc_i128_neg(sc_int128 a)
{
	return -a;
}

static inline int
sc_i128_cmp(sc_int128 a, sc_int128 b)
{
	return (a > b) - (a < b);
}

static inline bool
sc_i128_mul_overflow(sc_int128 a, sc_int128 b, sc_int128 *out)
{
	return __builtin_mul_overflow(a, b, out);
}

/* Truncating division; the remainder has the dividend's sign.  b != 0. */
static inline void
sc_i128_divmod(sc_int128 a, sc_int128 b, sc_int128 *quotient, sc_int128 *remainder)
{
	*quotient = a / b;
	*remainder = a % b;
}

static inline bool
sc_i128_to_int64(sc_int128 a, int64_t *out)
{
	if (a < INT64_MIN || a > INT64_MAX)
		return false;
	*out = (int64_t) a;
	return true;
}

#else

typedef struct sc_int128
{
	uint64_t	hi;				/* two's complement: the sign is its top bit */
	uint64_t	lo;
} sc_int128;

static inline sc_int128
sc_i128(int64_t v)
{
	sc_int128	r = {v < 0 ? UINT64_MAX : 0, (uint64_t) v};

	return r;
}

static inline sc_int128
sc_i128_make(int64_t hi, uint64_t lo)
{
	sc_int128	r = {(uint64_t) hi, lo};

	return r;
}

static inline sc_int128
sc_i128_add(sc_int128 a, sc_int128 b)
{
	sc_int128	r;

	r.lo = a.lo + b.lo;
	r.hi = a.hi + b.hi + (r.lo < a.lo);
	return r;
}

static inline sc_int128
sc_i128_neg(sc_int128 a)
{
	sc_int128	one = {0, 1};
	sc_int128	inverted = {~a.hi, ~a.lo};

	return sc_i128_add(inverted, one);
}

static inline int
sc_i128_cmp(sc_int128 a, sc_int128 b)
{
	if (a.hi != b.hi)
		return (int64_t) a.hi < (int64_t) b.hi ? -1 : 1;
	return (a.lo > b.lo) - (a.lo < b.lo);
}

extern bool sc_i128_mul_overflow(sc_int128 a, sc_int128 b, sc_int128 *out);
extern void sc_i128_divmod(sc_int128 a, sc_int128 b, sc_int128 *quotient,
						   sc_int128 *remainder);

static inline bool
sc_i128_to_int64(sc_int128 a, int64_t *out)
{
	/* fits if the high half is the sign extension of the low one */
	if (a.hi != ((int64_t) a.lo < 0 ? UINT64_MAX : 0))
		return false;
	*out = (int64_t) a.lo;
	return true;
}

#endif

static inline bool
sc_i128_is_negative(sc_int128 a)
{
	return sc_i128_cmp(a, sc_i128(0)) < 0;
}

#endif							/* SC_INT128_H */
