/*
 * countries.h
 *		The names of countries in Swedish, Danish, Norwegian and English
 *		with their ISO 3166 codes, from data/reference/countries.csv: the
 *		countries twin towns lie in ("Lahti i Finland", "Tacoma in USA").
 */
#ifndef SC_EXTRACT_COUNTRIES_H
#define SC_EXTRACT_COUNTRIES_H

#include <stddef.h>

typedef struct ex_country
{
	const char *name;			/* as written, capitalised: "Tyskland" */
	const char *code;			/* ISO 3166-1 alpha-2: "DE" */
} ex_country;

/* Every name of every country, ending with {NULL, NULL}. */
extern const ex_country ex_countries[];

#endif							/* SC_EXTRACT_COUNTRIES_H */
