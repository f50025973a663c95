/*
 * extract_learned.h
 *		The learned stage's model: feature weights trained on the dev
 *		pages (learned.tsv, compiled into learned_data.c), and the walk
 *		that weighs candidate memberships with them (extract_learned.c).
 */
#ifndef SC_EXTRACT_LEARNED_H
#define SC_EXTRACT_LEARNED_H

#include <stddef.h>

typedef struct ex_learned_weight_entry
{
	const char *feature;
	double		weight;
} ex_learned_weight_entry;

/* learned_data.c: the weights in strcmp order, and the model's threshold. */
extern const ex_learned_weight_entry ex_learned_weights[];
extern const size_t ex_learned_nweights;
extern const double ex_learned_threshold;

/* The weight of a feature, 0 for one the model has none for. */
extern double ex_learned_weight(const char *feature);

/* Places of one sentence weighed; more are not candidates. */
#define EX_MAX_CANDIDATE_PLACES 64

struct ex_doc;
struct ex_sentence;
extern void ex_find_learned_memberships(struct ex_doc *doc, const struct ex_sentence *s);

#endif							/* SC_EXTRACT_LEARNED_H */
