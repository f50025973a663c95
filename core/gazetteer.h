/*
 * gazetteer.h
 *		The municipalities and regions the documents speak of, and the
 *		forgiving look-up of the names they go by, shared by the extension
 *		and the loader.
 *
 * The table is generated from data/reference/municipalities.csv (the same
 * file the extension's SQL gazetteer is built from) into gazetteer_data.c
 * by scripts/gazetteer-c.awk.  A look-up accepts the forms Swedish and
 * Danish text writes names in: any case, the genitive ("Simrishamns"), the
 * suffixes "kommun", "kommune", "stad" and "Regionskommune" (also in the
 * genitive: "Kristianstads kommuns"), and every alias of the CSV
 * (Köge, Koege, Köpenhamn ...).  Regions are found by their names
 * ("Region Skåne") and aliases.
 *
 * Nothing here allocates or raises.
 */
#ifndef SC_GAZETTEER_H
#define SC_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>

typedef enum sc_place_kind
{
	SC_PLACE_KOMMUN,			/* a Swedish municipality */
	SC_PLACE_KOMMUNE,			/* a Danish municipality */
	SC_PLACE_REGION				/* a Swedish county region or Danish region */
} sc_place_kind;

typedef struct sc_place
{
	const char *code;			/* SCB or Danmarks Statistik code */
	const char *name;			/* short official name: "Malmö", "Køge" */
	const char *country;		/* "SE" or "DK" */
	sc_place_kind kind;
	const char *region;			/* code of its region; a region's own code */
} sc_place;

/* One name a place goes by; official names come first in the table. */
typedef struct sc_place_name
{
	const char *name;
	unsigned short place;		/* index into sc_gazetteer_places */
} sc_place_name;

/* The generated tables. */
extern const sc_place sc_gazetteer_places[];
extern const size_t sc_gazetteer_nplaces;
extern const sc_place_name sc_gazetteer_names[];
extern const size_t sc_gazetteer_nnames;

/* Longest name, in bytes, that a look-up considers. */
#define SC_GAZETTEER_NAME_MAX 64

/*
 * The place exactly the len bytes of name stand for, in any of the forms
 * above (surrounding white space is ignored), or NULL.
 */
extern const sc_place *sc_gazetteer_lookup(const char *name, size_t len);

/*
 * The place whose name, in any of the forms above, begins the len bytes of
 * text and ends at a word boundary, preferring the longest such name;
 * *matched is set to the bytes it covers, suffix and genitive included.
 * NULL (and *matched untouched) if no place name begins the text.  This is
 * how member lists are read, including those with a missing comma
 * ("Båstad Helsingborg").
 */
extern const sc_place *sc_gazetteer_match_prefix(const char *text, size_t len,
												 size_t *matched);

extern const sc_place *sc_gazetteer_by_code(const char *code);

/* Whether the place is the region, or lies in the region, of that code. */
extern bool sc_place_in_region(const sc_place *place, const char *region_code);

/* Whether the place is a municipality (either country's), not a region. */
extern bool sc_place_is_municipality(const sc_place *place);

/*
 * Sets of municipalities that counted statements name ("samtliga 33
 * skånska kommuner", "46 danska kommuner", "85 kommuner i
 * Öresundsregionen"): every municipality of a region, of a country, or of
 * the whole gazetteer.
 */
typedef struct sc_place_set
{
	const char *region;			/* region code, or NULL for any */
	const char *country;		/* "SE", "DK", or NULL for any */
} sc_place_set;

extern bool sc_place_set_contains(const sc_place_set *set, const sc_place *place);
extern size_t sc_place_set_size(const sc_place_set *set);

#endif							/* SC_GAZETTEER_H */
