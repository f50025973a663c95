/*
 * names.c
 *		SQL access to the gazetteer's forgiving name look-up and to the
 *		name distance that hints at the closest names of a failed look-up.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "gazetteer.h"
#include "words.h"

PG_FUNCTION_INFO_V1(place_code);
PG_FUNCTION_INFO_V1(name_distance);

/*
 * The gazetteer code of a place named in any form documents use
 * ("Simrishamns", "Kristianstads kommun", "Köge"), or NULL.
 */
Datum
place_code(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	const sc_place *place = sc_gazetteer_lookup(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));

	if (place == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(place->code));
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
