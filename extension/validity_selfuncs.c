/*
 * validity_selfuncs.c
 *		Selectivity estimators for the validity relations (containment,
 *		overlap, before/after, adjacency, in both readings).
 *
 * Restriction: generic_restriction_selectivity() evaluates the operator on
 * the column's most common values and histogram, which ANALYZE collects
 * thanks to the btree opclass.  Join: the operator evaluated on every pair
 * of the two columns' most common values and histogram entries, each
 * weighted by the share of rows it stands for.  At a large statistics
 * target (10000 values a side, 10^8 pairs) that took most of a second a
 * clause, so past JOIN_SAMPLE_MAX values a side the values are taken in
 * groups of consecutive ones: each pair of groups is judged by one pair of
 * their members, weighted by both groups' shares, at most JOIN_SAMPLE_MAX^2
 * pairs.  Which members is scattered by a hash of the two groups' numbers,
 * so that a group is not judged against itself or its neighbours by near
 * neighbours only, which for short periods would count every pair of them
 * as overlapping.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_statistic.h"
#include "common/hashfn.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"

#include "validity_fmgr.h"

/* Without statistics: the default of the built-in overlap estimator. */
#define DEFAULT_VALIDITY_SEL 0.005

/* Values a side the join estimate visits at most (see the header). */
#define JOIN_SAMPLE_MAX 400

/* The values that stand for a column's non-null rows, with their shares. */
typedef struct sample
{
	AttStatsSlot mcv;
	AttStatsSlot hist;
	bool		have_mcv;
	bool		have_hist;
	double		hist_weight;	/* share of the rows of each histogram entry */
} sample;

static bool load_sample(VariableStatData *vardata, sample *s);
static void free_sample(sample *s);
static double sample_value(const sample *s, int i, Datum *value);
static int	sample_size(const sample *s);
static double sample_group(const sample *s, int first, int stride, int pick, Datum *value);

PG_FUNCTION_INFO_V1(validity_restrict_sel);
Datum
validity_restrict_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			operator = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);

	PG_RETURN_FLOAT8(generic_restriction_selectivity(root, operator,
													 InvalidOid, args,
													 varRelid,
													 DEFAULT_VALIDITY_SEL));
}

static bool
load_sample(VariableStatData *vardata, sample *s)
{
	Form_pg_statistic stats;
	double		rest;

	memset(s, 0, sizeof(*s));
	if (!HeapTupleIsValid(vardata->statsTuple))
		return false;
	stats = (Form_pg_statistic) GETSTRUCT(vardata->statsTuple);
	s->have_mcv = get_attstatsslot(&s->mcv, vardata->statsTuple,
								   STATISTIC_KIND_MCV, InvalidOid,
								   ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS);
	s->have_hist = get_attstatsslot(&s->hist, vardata->statsTuple,
									STATISTIC_KIND_HISTOGRAM, InvalidOid,
									ATTSTATSSLOT_VALUES);
	rest = 1.0 - stats->stanullfrac;
	for (int i = 0; s->have_mcv && i < s->mcv.nnumbers; i++)
		rest -= s->mcv.numbers[i];
	if (s->have_hist && s->hist.nvalues > 0)
		s->hist_weight = Max(rest, 0.0) / s->hist.nvalues;
	return s->have_mcv || s->have_hist;
}

static void
free_sample(sample *s)
{
	if (s->have_mcv)
		free_attstatsslot(&s->mcv);
	if (s->have_hist)
		free_attstatsslot(&s->hist);
}

static int
sample_size(const sample *s)
{
	return (s->have_mcv ? s->mcv.nvalues : 0) +
		(s->have_hist ? s->hist.nvalues : 0);
}

/* The i-th value of the sample and the share of rows it stands for. */
static double
sample_value(const sample *s, int i, Datum *value)
{
	int			nmcv = s->have_mcv ? s->mcv.nvalues : 0;

	if (i < nmcv)
	{
		*value = s->mcv.values[i];
		return s->mcv.numbers[i];
	}
	*value = s->hist.values[i - nmcv];
	return s->hist_weight;
}

/*
 * The group of stride values from the first-th: the share of rows all of
 * them stand for, and in *value the member pick (modulo the group's size).
 */
static double
sample_group(const sample *s, int first, int stride, int pick, Datum *value)
{
	int			members = Min(stride, sample_size(s) - first);
	double		share = 0.0;
	Datum		member;

	for (int k = 0; k < members; k++)
	{
		share += sample_value(s, first + k, &member);
		if (k == pick % members)
			*value = member;
	}
	return share;
}

PG_FUNCTION_INFO_V1(validity_join_sel);
Datum
validity_join_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			operator = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	SpecialJoinInfo *sjinfo = (SpecialJoinInfo *) PG_GETARG_POINTER(4);
	VariableStatData vardata1;
	VariableStatData vardata2;
	bool		reversed;
	sample		s1;
	sample		s2;
	double		selec = DEFAULT_VALIDITY_SEL;
	bool		have1;
	bool		have2;

	get_join_variables(root, args, sjinfo, &vardata1, &vardata2, &reversed);
	have1 = load_sample(&vardata1, &s1);
	have2 = load_sample(&vardata2, &s2);
	if (have1 && have2)
	{
		FmgrInfo	proc;
		int			stride1 = (sample_size(&s1) + JOIN_SAMPLE_MAX - 1) / JOIN_SAMPLE_MAX;
		int			stride2 = (sample_size(&s2) + JOIN_SAMPLE_MAX - 1) / JOIN_SAMPLE_MAX;

		fmgr_info(get_opcode(operator), &proc);
		selec = 0.0;
		for (int i = 0; i < sample_size(&s1); i += stride1)
		{
			for (int j = 0; j < sample_size(&s2); j += stride2)
			{
				Datum		v1;
				Datum		v2;
				uint32		scatter = hash_combine((uint32) i * 2654435761U, (uint32) j);
				double		w1 = sample_group(&s1, i, stride1, (int) (scatter & 0xFFFF), &v1);
				double		w2 = sample_group(&s2, j, stride2, (int) (scatter >> 16), &v2);

				if (DatumGetBool(FunctionCall2Coll(&proc, InvalidOid, v1, v2)))
					selec += w1 * w2;
			}
		}
	}
	free_sample(&s1);
	free_sample(&s2);
	ReleaseVariableStats(vardata1);
	ReleaseVariableStats(vardata2);
	CLAMP_PROBABILITY(selec);
	PG_RETURN_FLOAT8(selec);
}
