/*
 * gazetteer.h
 *		Every municipality and region of Sweden, Denmark, Norway and Finland,
 *		and those of Norway that no longer exist, every council of the
 *		United Kingdom and Ireland, and the forgiving look-up of the names
 *		they go by, shared by the extension and the loader.
 *
 * The table is generated from data/reference/nordic-places.csv and
 * british-irish-places.csv (the files the extension's SQL gazetteer is
 * built from too) into gazetteer_data.c by scripts/gazetteer-c.awk.  A look-up accepts the forms the Nordic
 * languages write names in: any case; the genitive "s" (Malmös, Bergens);
 * the suffixes "kommun", "kommune", "stad", "Regionskommune", "fylke" and
 * "fylkeskommune", also after a genitive and in the genitive themselves
 * ("Lunds kommun", "Københavns Kommune", "Oslo kommunes"); a council's
 * English ones ("Bolton Council", "Kent County Council", "Bristol City
 * Council's") and the English genitive ("Wigan's"); region names
 * ("Region Skåne", "Region Hovedstaden"); and every alias of the CSV:
 * exonyms (Köpenhamn, Gothenburg), other Nordic spellings (Köge, Tromsö),
 * ASCII forms (Koege, Malmo) and SSB's disambiguated names ("Herøy
 * (Nordland)").
 *
 * Names that stand for more than one place are not guessed at:
 *  - a Norwegian kommune and fylke of one name (Oslo): the kommune, unless
 *    the suffix "fylke" or "fylkeskommune" asks for the fylke;
 *  - places of one name in different countries (Lund: Sweden and Norway):
 *    the one in the context's country, and none without a country;
 *  - two places in one country (Herøy, Våler in Norway): none, whatever the
 *    context; SSB's forms "Herøy (Nordland)", "Våler (Østfold)" find each;
 *  - names that are also ordinary words (Vara, Mark, Vejen, Nes, Os, Time,
 *    Strand: data/reference/place-words.csv): only with a suffix ("Vara
 *    kommun", "Nes kommune"), unless the context says the text is a list
 *    of places.
 * A look-up that finds several places reports how many, so that a caller
 * can tell "no place" from "which one?".
 *
 * Codes: sc_place.code is the gazetteer's key, the extension's place.code,
 * unique across the countries: Swedish places and Danish municipalities
 * have their bare official codes ("1280", "12", "101"), Danish regions and
 * every Norwegian, Finnish, British and Irish place the country and the
 * official code ("DK-1084", "NO-0301", "NO-03", "FI-091", "FI-15",
 * "GB-E08000001").  official_code is the statistics office's code alone.
 *
 * Finland's places are there for the bodies that cross its borders
 * (Kvarkenrådet, Tornedalsrådet): a Finnish municipality goes by its name
 * in its majority language ("Vaasa", "Jakobstad"), the other official
 * language's name an alias ("Vasa", "Pietarsaari").  Norway's municipalities
 * and fylker merged away since 2000 (Nøtterøy, Hedmark) are there with the
 * day they ceased (valid_until), for the pages written before: only those
 * whose name no Norwegian place of today bears, and where a name could
 * still be read as either a place of today or one of the past, within a
 * country or across ("Hemnes", "Sund" of Åland), the country of the text
 * decides first and then the place of today wins (choose), so that a
 * name of today is never made ambiguous by the past.
 *
 * The councils of the United Kingdom and Ireland are there for the English
 * pages about their joint bodies (combined authorities, joint committees,
 * shared services): a council goes by the short name pages put before
 * "Council" ("Bolton", "Cheshire East", "Galway County"), the English
 * counties of two tiers are the regions their districts lie in, and the
 * councils abolished since 2019 (Northamptonshire's, Cumbria's) are there
 * as Norway's former places are.
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
	SC_PLACE_KOMMUNE,			/* a Danish or Norwegian municipality */
	SC_PLACE_REGION,			/* a Swedish region (län) or a Danish region */
	SC_PLACE_FYLKE,				/* a Norwegian county */
	SC_PLACE_KUNTA,				/* a Finnish municipality */
	SC_PLACE_MAAKUNTA,			/* a Finnish region (maakunta, landskap) */
	SC_PLACE_COUNCIL,			/* a British or Irish council of one tier or
								 * the lower of two */
	SC_PLACE_COUNTY				/* an English county of two tiers */
} sc_place_kind;

/* Bytes of the longest official short name, with its NUL. */
#define SC_PLACE_NAME_SIZE 32

typedef struct sc_place
{
	char		code[16];		/* the gazetteer's key: "1280", "DK-1084", "NO-0301", "FI-091",
								 * "GB-E08000001" */
	char		official_code[12];	/* the statistics office's: "1280", "1084", "0301",
									 * "091", "E08000001" */
	char		country[3];		/* "SE", "DK", "NO", "FI", "GB" or "IE" */
	char		region[16];		/* key of its region, fylke, maakunta or county; a
								 * region's, or a council's of one tier, own key */
	sc_place_kind kind;
	bool		greater_copenhagen; /* one of the 85 municipalities and 4 regions */
	char		name[SC_PLACE_NAME_SIZE];	/* short official name: "Malmö", "Køge" */
	char		valid_until[11];	/* "2020-01-01": the first day the place no
									 * longer existed (merged, split); "" today */
} sc_place;

/*
 * The generated table: the places of the Greater Copenhagen area first
 * (sc_gazetteer_narea of them, in municipalities.csv's order), then the
 * others of nordic-places.csv in its order.
 */
extern const sc_place sc_gazetteer_places[];
extern const size_t sc_gazetteer_nplaces;

/*
 * The most places the table may hold: scripts/gazetteer-c.awk fails on
 * more, so that an array of this many may be indexed by any place.
 */
#define SC_GAZETTEER_MAX_PLACES 2048
extern const size_t sc_gazetteer_narea;

/* Longest name, in bytes, that a look-up considers. */
#define SC_GAZETTEER_NAME_MAX 64

/* What the caller knows of the text a name stands in. */
typedef struct sc_gazetteer_context
{
	const char *country;		/* "SE", "DK", "NO", "FI", "GB", "IE": decides between places of
								 * one name in different countries; NULL: none */
	bool		bare_words;		/* the text lists places: names that are also
								 * ordinary words count without a suffix */
	bool		greater_copenhagen; /* only the places of the Greater Copenhagen
									 * area (the extractor's scope until it
									 * reads other regions) */
	const char *region;			/* a region's key ("NO-34"): after the country,
								 * decides between places of one name, as the
								 * places named beside it do ("Hamar, Stange,
								 * Våler" is Innlandet's Våler; with no country,
								 * "Malmö, Eslöv och Lund" Skåne's Lund); NULL:
								 * none */
} sc_gazetteer_context;

/* What a look-up found. */
typedef struct sc_place_match
{
	const sc_place *place;		/* the place, or NULL: none, or several */
	size_t		length;			/* bytes of the longest name form found, suffix
								 * and genitive included; 0 if none */
	int			candidates;		/* places that form stands for in the context:
								 * 0, 1, or more (place NULL: ambiguous) */
	bool		suffix;			/* written with "kommun", "fylke" ... */
} sc_place_match;

/*
 * The place whose name, in any of the forms above, begins the len bytes of
 * text and ends at a word boundary, preferring the longest such form
 * ("Båstad Helsingborg" is Båstad), in the context given.  Returns
 * match->place.  This is the look-up of a word sequence: the extractor
 * calls it at the start of words.
 */
extern const sc_place *sc_gazetteer_find(const char *text, size_t len,
										 const sc_gazetteer_context *context,
										 sc_place_match *match);

/*
 * The place exactly the len bytes of name stand for (surrounding white
 * space ignored) in the context given, or NULL; *candidates (if not NULL)
 * is set as sc_place_match's.
 */
extern const sc_place *sc_gazetteer_resolve(const char *name, size_t len,
											const sc_gazetteer_context *context,
											int *candidates);

/*
 * The look-ups the extractor has used so far: sc_gazetteer_find and
 * sc_gazetteer_resolve within the Greater Copenhagen area, the text taken
 * as a list of places (no word needs its suffix), in Swedish text.
 * sc_gazetteer_match_prefix sets *matched to the bytes the name covers and
 * leaves it untouched when it returns NULL.
 */
extern const sc_place *sc_gazetteer_lookup(const char *name, size_t len);
extern const sc_place *sc_gazetteer_match_prefix(const char *text, size_t len,
												 size_t *matched);

/* The countries whose places the gazetteer holds, in its files' order. */
#define SC_GAZETTEER_NCOUNTRIES 6
extern const char *const sc_gazetteer_countries[SC_GAZETTEER_NCOUNTRIES];

/* Whether the gazetteer holds places of that country ("SE", "GB"). */
extern bool sc_gazetteer_has_country(const char *country);

/* The place of that key ("1280", "DK-1084", "NO-0301"), or NULL. */
extern const sc_place *sc_gazetteer_by_code(const char *code);

/* The place of that country and official code ("NO", "0301"), or NULL. */
extern const sc_place *sc_gazetteer_by_official_code(const char *country,
													 const char *official_code);

/* Whether the place is the region, or lies in the region, of that key. */
extern bool sc_place_in_region(const sc_place *place, const char *region_code);

/* Whether the place is a municipality (any country's), not a region or fylke. */
extern bool sc_place_is_municipality(const sc_place *place);

/* Whether the place is a region or a fylke. */
extern bool sc_place_is_region(const sc_place *place);

/*
 * Sets of municipalities that counted statements name ("samtliga 33
 * skånska kommuner", "46 danska kommuner", "85 kommuner i
 * Öresundsregionen"): every municipality of a region, of a country, or of
 * the whole area, always within the Greater Copenhagen area, whose counts
 * those statements give ("danska" is its 46 Danish municipalities, not
 * Denmark's 98).
 */
typedef struct sc_place_set
{
	const char *region;			/* region key, or NULL for any */
	const char *country;		/* "SE", "DK", or NULL for any */
} sc_place_set;

extern bool sc_place_set_contains(const sc_place_set *set, const sc_place *place);
extern size_t sc_place_set_size(const sc_place_set *set);

#endif							/* SC_GAZETTEER_H */
