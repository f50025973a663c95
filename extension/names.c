/*
 * names.c
 *		SQL access to the gazetteer's forgiving name look-up (in Swedish
 *		text, or in the text of a country given) and to the
 *		name distance that hints at the closest names of a failed look-up.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "gazetteer.h"
#include "words.h"

PG_FUNCTION_INFO_V1(place_code);
PG_FUNCTION_INFO_V1(place_code_in);
PG_FUNCTION_INFO_V1(name_distance);

static Datum place_code_of(text *name, const char *country);

/* The code of the place name stands for in that country's text, or NULL. */
static Datum
place_code_of(text *name, const char *country)
{
	sc_gazetteer_context context = {country, true, false, NULL};
	const sc_place *place = sc_gazetteer_resolve(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name),
												 &context, NULL);

	if (place == NULL)
		return (Datum) 0;
	return PointerGetDatum(cstring_to_text(place->code));
}

/*
 * The gazetteer code of a place named in any form documents use
 * ("Simrishamns", "Kristianstads kommun", "Köge", "Oslo kommune"), read as
 * Swedish text reads it, or NULL.  The input is known to be a name, so
 * names that are also ordinary words (Vara) count without a suffix.
 */
Datum
place_code(PG_FUNCTION_ARGS)
{
	Datum		code = place_code_of(PG_GETARG_TEXT_PP(0), "SE");

	if (code == (Datum) 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(code);
}

/*
 * The same, read as text of the country given (SE, DK, NO, FI, GB or IE), which
 * decides between places of one name in different countries.
 */
Datum
place_code_in(PG_FUNCTION_ARGS)
{
	char	   *country = text_to_cstring(PG_GETARG_TEXT_PP(1));
	Datum		code;

	if (!sc_gazetteer_has_country(country))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("country \"%s\" is not in the gazetteer", country),
				 errhint("The gazetteer knows SE, DK, NO, FI, GB and IE.")));
	code = place_code_of(PG_GETARG_TEXT_PP(0), country);
	if (code == (Datum) 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(code);
}

/* Levenshtein distance in characters between two names, case folded. */
Datum
name_distance(PG_FUNCTION_ARGS)
{
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);

	PG_RETURN_INT32(sc_name_distance(VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a),
									 VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b)));
}
