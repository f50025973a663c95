/*
 * validity_gist.c
 *		GiST support for validity: certain and possible containment and
 *		overlap, before/after and equality, for indexes and exclusion
 *		constraints.
 *
 * Leaves hold the validity itself, so leaf tests are exact and need no
 * recheck (and index-only scans work).  Internal keys are hulls: the
 * day-precision validity from the earliest start to the latest end of
 * everything below, ".." where unbounded, so that every true interval of
 * every leaf below lies inside [h1, h2].  An internal test asks whether a
 * leaf inside the hull could pass the leaf test.
 *
 * Picksplit sorts by the hull's start and splits in the middle, as
 * contrib/seg does: the data are one-dimensional.  For the same reason a
 * sorted build (PostgreSQL 14 and later) sorts by the hull's start and
 * end and fills the pages in that order.
 */
#include "postgres.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "utils/date.h"
#include "utils/sortsupport.h"

#include "calendar.h"
#include "validity_fmgr.h"

/*
 * Strategy numbers: those of the range opclass where the meaning matches,
 * and 20 more for the possible reading of the same relation.
 */
#define VALIDITY_STRAT_BEFORE			RTLeftStrategyNumber	/* 1 */
#define VALIDITY_STRAT_OVERLAPS			RTOverlapStrategyNumber /* 3 */
#define VALIDITY_STRAT_AFTER			RTRightStrategyNumber	/* 5 */
#define VALIDITY_STRAT_CONTAINS			RTContainsStrategyNumber	/* 7 */
#define VALIDITY_STRAT_CONTAINED_BY		RTContainedByStrategyNumber /* 8 */
#define VALIDITY_STRAT_CONTAINS_DATE	RTContainsElemStrategyNumber	/* 16 */
#define VALIDITY_STRAT_EQUAL			RTEqualStrategyNumber	/* 18 */
#define VALIDITY_STRAT_POSSIBLY_OVERLAPS		(20 + RTOverlapStrategyNumber)
#define VALIDITY_STRAT_POSSIBLY_CONTAINS		(20 + RTContainsStrategyNumber)
#define VALIDITY_STRAT_POSSIBLY_CONTAINED_BY	(20 + RTContainedByStrategyNumber)
#define VALIDITY_STRAT_POSSIBLY_CONTAINS_DATE	(20 + RTContainsElemStrategyNumber)

/* A hull as two days, NEG_INF and POS_INF where unbounded. */
typedef struct hull
{
	int32		first;
	int32		last;
} hull;

static hull hull_of(sc_validity v);
static bool leaf_consistent(StrategyNumber strategy, sc_validity leaf,
							Datum query);
static bool internal_consistent(StrategyNumber strategy, hull h, Datum query);
static double hull_width(hull h);
static int	hull_cmp(hull a, hull b);
static int	compare_hulls(const void *a, const void *b);
static int	compare_for_build(Datum a, Datum b, SortSupport ssup);

/* The widest reading: from the earliest start to the latest end. */
static hull
hull_of(sc_validity v)
{
	sc_validity_readings r = sc_validity_read(v);
	hull		h;

	h.first = r.es;
	h.last = r.le;
	return h;
}

/* Exactly the operators of the opclass. */
static bool
leaf_consistent(StrategyNumber strategy, sc_validity leaf, Datum query)
{
	switch (strategy)
	{
		case VALIDITY_STRAT_CONTAINS_DATE:
			return sc_validity_certainly_contains_day(leaf,
													  DatumGetDateADT(query));
		case VALIDITY_STRAT_POSSIBLY_CONTAINS_DATE:
			return sc_validity_possibly_contains_day(leaf,
													 DatumGetDateADT(query));
		case VALIDITY_STRAT_BEFORE:
			return sc_validity_certainly_before(leaf, DatumGetValidity(query));
		case VALIDITY_STRAT_AFTER:
			return sc_validity_certainly_before(DatumGetValidity(query), leaf);
		case VALIDITY_STRAT_OVERLAPS:
			return sc_validity_certainly_overlaps(leaf, DatumGetValidity(query));
		case VALIDITY_STRAT_POSSIBLY_OVERLAPS:
			return sc_validity_possibly_overlaps(leaf, DatumGetValidity(query));
		case VALIDITY_STRAT_CONTAINS:
			return sc_validity_certainly_contains(leaf, DatumGetValidity(query));
		case VALIDITY_STRAT_POSSIBLY_CONTAINS:
			return sc_validity_possibly_contains(leaf, DatumGetValidity(query));
		case VALIDITY_STRAT_CONTAINED_BY:
			return sc_validity_certainly_contains(DatumGetValidity(query), leaf);
		case VALIDITY_STRAT_POSSIBLY_CONTAINED_BY:
			return sc_validity_possibly_contains(DatumGetValidity(query), leaf);
		case VALIDITY_STRAT_EQUAL:
			return sc_validity_cmp(leaf, DatumGetValidity(query)) == 0;
	}
	elog(ERROR, "unrecognized validity strategy number: %d", strategy);
	return false;
}

/*
 * Could a leaf whose true intervals lie in [h.first, h.last] pass?  Each
 * test is the leaf test with the leaf's readings bounded by the hull.
 */
static bool
internal_consistent(StrategyNumber strategy, hull h, Datum query)
{
	sc_validity_readings q;

	if (strategy == VALIDITY_STRAT_CONTAINS_DATE ||
		strategy == VALIDITY_STRAT_POSSIBLY_CONTAINS_DATE)
		return h.first <= DatumGetDateADT(query) &&
			DatumGetDateADT(query) <= h.last;
	q = sc_validity_read(DatumGetValidity(query));
	switch (strategy)
	{
		case VALIDITY_STRAT_BEFORE:
			return h.first < q.es;
		case VALIDITY_STRAT_AFTER:
			return h.last > q.le;
		case VALIDITY_STRAT_OVERLAPS:
			return h.first <= q.ee && q.ls <= h.last;
		case VALIDITY_STRAT_CONTAINED_BY:
			return h.first <= q.ee && q.ls <= h.last && q.ls <= q.ee;
		case VALIDITY_STRAT_POSSIBLY_OVERLAPS:
		case VALIDITY_STRAT_POSSIBLY_CONTAINED_BY:
			return h.first <= q.le && q.es <= h.last;
		case VALIDITY_STRAT_CONTAINS:
		case VALIDITY_STRAT_EQUAL:
			return h.first <= q.es && q.le <= h.last;
		case VALIDITY_STRAT_POSSIBLY_CONTAINS:
			return h.first <= q.ls && q.ee <= h.last;
	}
	elog(ERROR, "unrecognized validity strategy number: %d", strategy);
	return false;
}

PG_FUNCTION_INFO_V1(validity_gist_consistent);
Datum
validity_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	Datum		query = PG_GETARG_DATUM(1);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);

	*recheck = false;
	if (GIST_LEAF(entry))
		PG_RETURN_BOOL(leaf_consistent(strategy,
									   DatumGetValidity(entry->key), query));
	PG_RETURN_BOOL(internal_consistent(strategy, hull_of(DatumGetValidity(entry->key)), query));
}

PG_FUNCTION_INFO_V1(validity_gist_union);
Datum
validity_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GISTENTRY  *ent = entryvec->vector;
	sc_validity result = DatumGetValidity(ent[0].key);

	for (int i = 0; i < entryvec->n; i++)
		result = sc_validity_hull(result, DatumGetValidity(ent[i].key));
	PG_RETURN_VALIDITY(result);
}

/* Days covered, the infinities counted as one day past the calendar. */
static double
hull_width(hull h)
{
	double		first = h.first == SC_DAYS_NEG_INF ? SC_MIN_DAY - 1.0 : h.first;
	double		last = h.last == SC_DAYS_POS_INF ? SC_MAX_DAY + 1.0 : h.last;

	return last - first;
}

/* How many days the hull of the page would grow by. */
PG_FUNCTION_INFO_V1(validity_gist_penalty);
Datum
validity_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *origentry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *newentry = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	sc_validity orig = DatumGetValidity(origentry->key);
	sc_validity grown = sc_validity_hull(orig,
										 DatumGetValidity(newentry->key));

	*penalty = (float) (hull_width(hull_of(grown)) -
						hull_width(hull_of(orig)));
	PG_RETURN_POINTER(penalty);
}

typedef struct sortable
{
	hull		h;
	OffsetNumber offset;
} sortable;

/* By first day, then last day. */
static int
hull_cmp(hull a, hull b)
{
	if (a.first != b.first)
		return a.first < b.first ? -1 : 1;
	if (a.last != b.last)
		return a.last < b.last ? -1 : 1;
	return 0;
}

static int
compare_hulls(const void *a, const void *b)
{
	return hull_cmp(((const sortable *) a)->h, ((const sortable *) b)->h);
}

PG_FUNCTION_INFO_V1(validity_gist_picksplit);
Datum
validity_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = entryvec->n - 1;
	int			n = maxoff - FirstOffsetNumber + 1;
	sortable   *items = palloc(n * sizeof(sortable));
	sc_validity left;
	sc_validity right;

	for (OffsetNumber i = FirstOffsetNumber; i <= maxoff; i = OffsetNumberNext(i))
	{
		items[i - FirstOffsetNumber].h = hull_of(DatumGetValidity(entryvec->vector[i].key));
		items[i - FirstOffsetNumber].offset = i;
	}
	qsort(items, n, sizeof(sortable), compare_hulls);

	v->spl_left = palloc(n * sizeof(OffsetNumber));
	v->spl_right = palloc(n * sizeof(OffsetNumber));
	v->spl_nleft = v->spl_nright = 0;
	left = DatumGetValidity(entryvec->vector[items[0].offset].key);
	right = DatumGetValidity(entryvec->vector[items[n - 1].offset].key);
	for (int i = 0; i < n; i++)
	{
		OffsetNumber off = items[i].offset;
		sc_validity key = DatumGetValidity(entryvec->vector[off].key);

		if (i < n / 2)
		{
			v->spl_left[v->spl_nleft++] = off;
			left = sc_validity_hull(left, key);
		}
		else
		{
			v->spl_right[v->spl_nright++] = off;
			right = sc_validity_hull(right, key);
		}
	}
	v->spl_ldatum = ValidityGetDatum(left);
	v->spl_rdatum = ValidityGetDatum(right);
	pfree(items);
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(validity_gist_same);
Datum
validity_gist_same(PG_FUNCTION_ARGS)
{
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = PG_GETARG_INT64(0) == PG_GETARG_INT64(1);
	PG_RETURN_POINTER(result);
}

/* The order of a sorted build: by hull, as picksplit orders a page. */
static int
compare_for_build(Datum a, Datum b, SortSupport ssup)
{
	return hull_cmp(hull_of(DatumGetValidity(a)), hull_of(DatumGetValidity(b)));
}

PG_FUNCTION_INFO_V1(validity_gist_sortsupport);
Datum
validity_gist_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = compare_for_build;
	PG_RETURN_VOID();
}
