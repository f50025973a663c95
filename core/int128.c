/*
 * int128.c
 *		The portable halves of int128.h: multiplication and division of
 *		128-bit integers built from 64-bit ones, for compilers without
 *		__int128.  With __int128 this file compiles to nothing.
 */
#include "int128.h"

#ifndef SC_INT128_NATIVE

/* An unsigned 128-bit magnitude. */
typedef struct magnitude
{
	uint64_t	hi;
	uint64_t	lo;
} magnitude;

static magnitude
magnitude_of(sc_int128 a, bool *negative)
{
	magnitude	m;

	*negative = (int64_t) a.hi < 0;
	if (*negative)
		a = sc_i128_neg(a);		/* the magnitude of -2^127 is 2^127: still right unsigned */
	m.hi = a.hi;
	m.lo = a.lo;
	return m;
}

static sc_int128
signed_of(magnitude m, bool negative)
{
	sc_int128	r = {m.hi, m.lo};

	return negative ? sc_i128_neg(r) : r;
}

/* The full product of two 64-bit numbers, from 32-bit pieces. */
static magnitude
multiply64(uint64_t a, uint64_t b)
{
	uint64_t	a_lo = a & 0xffffffffu,
				a_hi = a >> 32,
				b_lo = b & 0xffffffffu,
				b_hi = b >> 32;
	uint64_t	low = a_lo * b_lo,
				mid1 = a_hi * b_lo,
				mid2 = a_lo * b_hi,
				high = a_hi * b_hi;
	uint64_t	carry = ((low >> 32) + (mid1 & 0xffffffffu) + (mid2 & 0xffffffffu)) >> 32;
	magnitude	m;

	m.lo = low + (mid1 << 32) + (mid2 << 32);
	m.hi = high + (mid1 >> 32) + (mid2 >> 32) + carry;
	return m;
}

bool
sc_i128_mul_overflow(sc_int128 a, sc_int128 b, sc_int128 *out)
{
	bool		a_negative,
				b_negative;
	magnitude	x = magnitude_of(a, &a_negative),
				y = magnitude_of(b, &b_negative),
				product;
	bool		negative = a_negative != b_negative;
	uint64_t	limit_hi = negative ? UINT64_C(1) << 63 : (UINT64_C(1) << 63) - 1;

	if (x.hi != 0 && y.hi != 0)
		return true;
	product = multiply64(x.lo, y.lo);
	/* at most one cross term is non-zero; it must fit the high half */
	if (x.hi != 0 || y.hi != 0)
	{
		magnitude	cross = x.hi != 0 ? multiply64(x.hi, y.lo) : multiply64(x.lo, y.hi);

		if (cross.hi != 0 || product.hi + cross.lo < product.hi)
			return true;
		product.hi += cross.lo;
	}
	/* |result| <= 2^127 - 1, or 2^127 when negative */
	if (product.hi > limit_hi || (product.hi == limit_hi && negative && product.lo != 0))
		return true;
	*out = signed_of(product, negative);
	return false;
}

/* Shift-and-subtract long division of magnitudes, one bit a step. */
static void
divide_magnitudes(magnitude n, magnitude d, magnitude *q, magnitude *r)
{
	magnitude	quotient = {0, 0},
				rest = {0, 0};

	for (int bit = 127; bit >= 0; bit--)
	{
		uint64_t	next = bit >= 64 ? (n.hi >> (bit - 64)) & 1 : (n.lo >> bit) & 1;
		bool		carried = rest.hi >> 63;	/* the shifted rest exceeds 2^128 > d */

		rest.hi = rest.hi << 1 | rest.lo >> 63;
		rest.lo = rest.lo << 1 | next;
		if (carried || rest.hi > d.hi || (rest.hi == d.hi && rest.lo >= d.lo))
		{
			uint64_t	borrow = rest.lo < d.lo;

			rest.lo -= d.lo;
			rest.hi -= d.hi + borrow;
			if (bit >= 64)
				quotient.hi |= UINT64_C(1) << (bit - 64);
			else
				quotient.lo |= UINT64_C(1) << bit;
		}
	}
	*q = quotient;
	*r = rest;
}

void
sc_i128_divmod(sc_int128 a, sc_int128 b, sc_int128 *quotient, sc_int128 *remainder)
{
	bool		a_negative,
				b_negative;
	magnitude	n = magnitude_of(a, &a_negative),
				d = magnitude_of(b, &b_negative),
				q,
				r;

	divide_magnitudes(n, d, &q, &r);
	*quotient = signed_of(q, a_negative != b_negative);
	*remainder = signed_of(r, a_negative);
}

#endif							/* !SC_INT128_NATIVE */
