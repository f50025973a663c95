/*
 * test_int128.c
 *		Unit tests of the portable halves of core/int128.h, built with
 *		SC_PORTABLE_INT128 and checked against the compiler's __int128 on
 *		the boundaries of the range and on pseudo-random operands.
 */
#include "int128.h"
#include "unit.h"

#include <string.h>

#if defined(SC_INT128_NATIVE) || !defined(__SIZEOF_INT128__)

int
main(void)
{
	/* nothing to compare: the portable halves are not built, or no reference */
	printf("1..0 # SKIP needs SC_PORTABLE_INT128 and a compiler with __int128\n");
	return 0;
}

#else

typedef __int128 reference;

static reference
as_reference(sc_int128 a)
{
	return (reference) ((unsigned __int128) a.hi << 64 | a.lo);
}

static sc_int128
from_reference(reference r)
{
	return sc_i128_make((int64_t) (r >> 64), (uint64_t) r);
}

static uint64_t state = 0x9e3779b97f4a7c15u;

/* xorshift64*: the same operands on every run */
static uint64_t
next_random(void)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 0x2545f4914f6cdd1du;
}

/* Operands of every size, from a few bits to all 128, of either sign. */
static reference
random_operand(void)
{
	int			bits = (int) (next_random() % 128) + 1;
	unsigned __int128 v = (unsigned __int128) next_random() << 64 | next_random();

	v = bits == 128 ? v : v & (((unsigned __int128) 1 << bits) - 1);
	return (reference) v;
}

static const reference max128 = (reference) (((unsigned __int128) 1 << 127) - 1);

static bool
multiplication_agrees(reference a, reference b)
{
	reference	want;
	sc_int128	got;
	bool		want_overflow = __builtin_mul_overflow(a, b, &want);
	bool		got_overflow = sc_i128_mul_overflow(from_reference(a), from_reference(b), &got);

	return want_overflow == got_overflow && (want_overflow || as_reference(got) == want);
}

static bool
division_agrees(reference a, reference b)
{
	sc_int128	q,
				r;

	if (b == 0 || (a == -max128 - 1 && b == -1))
		return true;			/* undefined for __int128 too */
	sc_i128_divmod(from_reference(a), from_reference(b), &q, &r);
	return as_reference(q) == a / b && as_reference(r) == a % b;
}

static bool
others_agree(reference a, reference b)
{
	int64_t		narrow;
	bool		fits = a >= INT64_MIN && a <= INT64_MAX;

	return as_reference(sc_i128_add(from_reference(a), from_reference(b))) ==
		(reference) ((unsigned __int128) a + (unsigned __int128) b) &&
		as_reference(sc_i128_neg(from_reference(a))) == (reference) (0 - (unsigned __int128) a) &&
		sc_i128_cmp(from_reference(a), from_reference(b)) == (a > b) - (a < b) &&
		sc_i128_to_int64(from_reference(a), &narrow) == fits &&
		(!fits || narrow == (int64_t) a);
}

static void
test_boundaries(void)
{
	const reference edges[] = {
		0, 1, -1, 2, -2, 10, 100, INT64_MAX, INT64_MIN, (reference) INT64_MAX + 1,
		(reference) INT64_MIN - 1, (reference) UINT64_MAX, -(reference) UINT64_MAX,
		(reference) 1 << 63, (reference) 1 << 64, -((reference) 1 << 64),
		(reference) 1 << 80, max128, -max128, -max128 - 1, max128 / 3, -(max128 / 7)
	};
	int			n = sizeof(edges) / sizeof(edges[0]);
	int			bad = 0;

	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			bad += !multiplication_agrees(edges[i], edges[j]) +
				!division_agrees(edges[i], edges[j]) + !others_agree(edges[i], edges[j]);
	unit_check(bad == 0, "every pair of %d boundary values agrees with __int128 (%d differ)", n, bad);
}

static void
test_random(void)
{
	int			bad_mul = 0,
				bad_div = 0,
				bad_other = 0;

	for (int i = 0; i < 200000; i++)
	{
		reference	a = random_operand(),
					b = random_operand();

		if (next_random() & 1)
			a = -a;
		if (next_random() & 1)
			b = -b;
		bad_mul += !multiplication_agrees(a, b);
		bad_div += !division_agrees(a, b);
		bad_other += !others_agree(a, b);
	}
	unit_check(bad_mul == 0, "200000 random products and overflows agree (%d differ)", bad_mul);
	unit_check(bad_div == 0, "200000 random quotients and remainders agree (%d differ)", bad_div);
	unit_check(bad_other == 0, "200000 random sums, negations, comparisons and narrowings agree (%d differ)", bad_other);
}

int
main(void)
{
	test_boundaries();
	test_random();
	return unit_exit_status();
}

#endif
