/*
 * gazetteer.c
 *		Forgiving look-up of the names of municipalities, regions, fylker
 *		and councils.
 *
 * The extractor asks at the start of nearly every word whether a place
 * name begins there, so a look-up must be cheap when none does: the name
 * table is indexed by the names' first byte and sorted by their second
 * (both case folded), and only the names that begin as the text does are
 * compared.  What makes the comparison forgiving: letters compare without
 * regard to case, and a name may be followed by a genitive "s", a suffix
 * such as "kommun", and the suffix's own genitive, all of it ending at a
 * word boundary ("Bolton Council", "Kent County Council's" in English).
 * The names that match longest then give the candidates,
 * of which the context picks one, or none (see gazetteer.h).
 */
#include "gazetteer.h"

#include <string.h>

#include "gazetteer_int.h"
#include "textdoc.h"
#include "words.h"

/* Words that may follow a name, each after one space; compared folded. */
typedef enum suffix_kind
{
	SUFFIX_NONE,
	SUFFIX_MUNICIPALITY,		/* kommun, kommune, stad, Regionskommune */
	SUFFIX_COUNTY,				/* fylke, fylkeskommune */
	SUFFIX_COUNCIL,				/* a British or Irish council's style: Council,
								 * City Council, Borough Council … */
	SUFFIX_COUNTY_COUNCIL		/* County Council: a county's, where a county
								 * and a council share a name */
} suffix_kind;

typedef struct name_suffix
{
	const char *word;
	suffix_kind kind;
} name_suffix;

/* Longer before shorter where one begins the other. */
static const name_suffix name_suffixes[] = {
	{"kommune", SUFFIX_MUNICIPALITY},
	{"kommun", SUFFIX_MUNICIPALITY},
	{"stad", SUFFIX_MUNICIPALITY},
	{"regionskommune", SUFFIX_MUNICIPALITY},
	{"fylkeskommune", SUFFIX_COUNTY},
	{"fylke", SUFFIX_COUNTY},
	/*
	 * A British or Irish council's styles, a council's only: "Jönköping
	 * County Council" is Region Jönköpings län in English, no kommun.
	 * "County Council" asks for the county where a county and the council
	 * that replaced it share a name (Somerset County Council, until 2023).
	 */
	{"metropolitan borough council", SUFFIX_COUNCIL},
	{"metropolitan district council", SUFFIX_COUNCIL},
	{"county borough council", SUFFIX_COUNCIL},
	{"city and county council", SUFFIX_COUNCIL},
	{"city & county council", SUFFIX_COUNCIL},
	{"county council", SUFFIX_COUNTY_COUNCIL},
	{"city council", SUFFIX_COUNCIL},
	{"borough council", SUFFIX_COUNCIL},
	{"district council", SUFFIX_COUNCIL},
	{"council", SUFFIX_COUNCIL}
};

/* Most places a name form stands for that a look-up tells apart. */
#define MAX_CANDIDATES 8

/* How a name form ends: its bytes and the suffix it has. */
typedef struct name_form
{
	size_t		length;
	suffix_kind suffix;
} name_form;

/* The longest forms found so far at one place of the text. */
typedef struct candidates
{
	size_t		length;
	int			n;
	suffix_kind suffix;
	const sc_place *places[MAX_CANDIDATES];
} candidates;

static const sc_gazetteer_context legacy_context = {"SE", true, true, NULL};

/*
 * Bytes of a genitive that stands at pos, ending a word: the Nordic "s"
 * ("Malmös") or the English "'s" with either apostrophe ("Wigan's"); 0 if
 * none does.
 */
static size_t
match_genitive(const char *text, size_t len, size_t pos)
{
	size_t		apostrophe = 0;

	if (pos < len && text[pos] == '\'')
		apostrophe = 1;
	else if (len - pos >= 3 && memcmp(text + pos, "\xe2\x80\x99", 3) == 0)
		apostrophe = 3;
	pos += apostrophe;
	if (pos < len && (text[pos] == 's' || text[pos] == 'S') &&
		!sc_is_word_char(text, len, pos + 1))
		return apostrophe + 1;
	return 0;
}

/* Bytes of a space and a suffix word ending a word at pos (0 if none), and its kind. */
static size_t
match_suffix(const char *text, size_t len, size_t pos, suffix_kind *kind)
{
	size_t		space = pos < len ? sc_space_length(text, len, pos) : 0;

	if (space == 0 || text[pos] == '\t')
		return 0;
	for (size_t i = 0; i < sizeof(name_suffixes) / sizeof(name_suffixes[0]); i++)
	{
		size_t		n = sc_match_folded(text + pos + space, len - pos - space,
										name_suffixes[i].word);

		if (n > 0)
		{
			size_t		end = pos + space + n;

			end += match_genitive(text, len, end);
			if (!sc_is_word_char(text, len, end))
			{
				*kind = name_suffixes[i].kind;
				return end - pos;
			}
		}
	}
	return 0;
}

/*
 * The form of name that begins text: the name, then a genitive "s" or a
 * suffix (itself possibly in the genitive), or the genitive and then a
 * suffix ("Simrishamns kommun"); length 0 if the name does not begin the
 * text at a word boundary.
 */
static name_form
match_name_form(const char *text, size_t len, const char *name)
{
	name_form	form = {sc_match_folded(text, len, name), SUFFIX_NONE};
	size_t		n;

	if (form.length == 0)
		return form;
	if ((n = match_suffix(text, len, form.length, &form.suffix)) > 0)
		form.length += n;
	else if ((n = match_genitive(text, len, form.length)) > 0)
	{
		form.length += n;
		form.length += match_suffix(text, len, form.length, &form.suffix);
	}
	else if (sc_is_word_char(text, len, form.length))
		form.length = 0;
	return form;
}

/*
 * Whether the text writes a name of two letters ("Ii", "Os", "Bø") in
 * capitals: "World War II", "OS" are no places (but "ÅS KOMMUNE", with its
 * suffix, is: the caller asks only of a name without one).
 */
static bool
two_letters_in_capitals(const char *text, size_t len, const char *name)
{
	size_t		n = strlen(name),
				first = sc_char_length(name, n, 0);

	return first < n && first + sc_char_length(name, n, first) == n &&
		sc_is_upper(text, len, first);
}

/* Adds place to the candidates of a form of that length, longer forms first. */
static void
add_candidate(candidates *found, const sc_place *place, name_form form)
{
	if (form.length < found->length)
		return;
	if (form.length > found->length)
	{
		found->length = form.length;
		found->suffix = form.suffix;
		found->n = 0;
	}
	for (int i = 0; i < found->n; i++)
		if (found->places[i] == place)
			return;
	if (found->n < MAX_CANDIDATES)
		found->places[found->n++] = place;
}

/* Keeps the candidates for which keep(place, arg) holds, if any does. */
static void
prefer(candidates *found, bool (*keep) (const sc_place *, const void *), const void *arg)
{
	int			kept = 0;

	for (int i = 0; i < found->n; i++)
		kept += keep(found->places[i], arg);
	if (kept == 0 || kept == found->n)
		return;
	kept = 0;
	for (int i = 0; i < found->n; i++)
		if (keep(found->places[i], arg))
			found->places[kept++] = found->places[i];
	found->n = kept;
}

static bool
is_municipality(const sc_place *place, const void *arg)
{
	return sc_place_is_municipality(place);
}

static bool
is_region(const sc_place *place, const void *arg)
{
	return sc_place_is_region(place);
}

static bool
exists_today(const sc_place *place, const void *arg)
{
	return place->valid_until[0] == '\0';
}

static bool
in_country(const sc_place *place, const void *country)
{
	return strcmp(place->country, (const char *) country) == 0;
}

static bool
in_region(const sc_place *place, const void *region)
{
	return sc_place_in_region(place, (const char *) region);
}

/* Whether the place is a British or Irish council, which English styles name. */
static bool
british_or_irish(const sc_place *place)
{
	return place->kind == SC_PLACE_COUNCIL || place->kind == SC_PLACE_COUNTY;
}

/*
 * One of several places of one name: a fylke's suffix, or "County
 * Council", picks the fylke or county,
 * otherwise the municipality beats the region of its name (Oslo); the
 * context's country decides (Lund), then its region (Våler); then a place
 * of today beats one
 * merged away ("Hemnes" is Hemnes, not the genitive of Hemne), so that the
 * past never makes a name of today ambiguous.
 */
static void
choose(candidates *found, const sc_gazetteer_context *context)
{
	if (found->n < 2)
		return;
	prefer(found, found->suffix == SUFFIX_COUNTY || found->suffix == SUFFIX_COUNTY_COUNCIL ?
		   is_region : is_municipality, NULL);
	if (context->country != NULL)
		prefer(found, in_country, context->country);
	if (context->region != NULL)
		prefer(found, in_region, context->region);
	prefer(found, exists_today, NULL);
}

/* The folded byte the index sorts the text's second byte by, or 0 at its end. */
static unsigned char
second_key(const char *text, size_t len)
{
	return len > 1 ? sc_folded_byte(text, len, 1) : 0;
}

const sc_place *
sc_gazetteer_find(const char *text, size_t len, const sc_gazetteer_context *context,
				  sc_place_match *match)
{
	candidates	found = {0, 0, SUFFIX_NONE, {NULL}};
	unsigned char first,
				second;

	memset(match, 0, sizeof(*match));
	if (len < 2)
		return NULL;
	first = sc_folded_byte(text, len, 0);
	second = second_key(text, len);
	for (size_t i = sc_gazetteer_name_start[first]; i < sc_gazetteer_name_start[first + 1]; i++)
	{
		const sc_place_name *entry = &sc_gazetteer_names[i];
		const sc_place *place;
		name_form	form;

		if (entry->second != second)
		{
			if (entry->second > second)
				break;
			continue;
		}
		place = &sc_gazetteer_places[entry->place];
		if (context->greater_copenhagen && !place->greater_copenhagen)
			continue;
		form = match_name_form(text, len, sc_gazetteer_name_text + entry->offset);
		if (form.length == 0 ||
			(form.suffix == SUFFIX_NONE &&
			 two_letters_in_capitals(text, len, sc_gazetteer_name_text + entry->offset)))
			continue;
		/* a word is a place only with its suffix, unless the text lists places */
		if ((entry->flags & SC_NAME_WORD) && form.suffix == SUFFIX_NONE && !context->bare_words)
			continue;
		/* an English council's style names none but a council */
		if ((form.suffix == SUFFIX_COUNCIL || form.suffix == SUFFIX_COUNTY_COUNCIL) &&
			!british_or_irish(place))
			continue;
		add_candidate(&found, place, form);
	}
	choose(&found, context);
	match->length = found.length;
	match->candidates = found.n;
	match->suffix = found.suffix != SUFFIX_NONE;
	match->place = found.n == 1 ? found.places[0] : NULL;
	return match->place;
}

const sc_place *
sc_gazetteer_resolve(const char *name, size_t len, const sc_gazetteer_context *context,
					 int *candidates)
{
	sc_span		span = sc_span_trim(name, (sc_span) {0, len});
	sc_place_match match;

	if (candidates != NULL)
		*candidates = 0;
	if (span.end - span.start > SC_GAZETTEER_NAME_MAX)
		return NULL;
	sc_gazetteer_find(name + span.start, span.end - span.start, context, &match);
	if (match.length != span.end - span.start)
		return NULL;
	if (candidates != NULL)
		*candidates = match.candidates;
	return match.place;
}

const sc_place *
sc_gazetteer_match_prefix(const char *text, size_t len, size_t *matched)
{
	sc_place_match match;

	if (sc_gazetteer_find(text, len, &legacy_context, &match) == NULL)
		return NULL;
	*matched = match.length;
	return match.place;
}

const sc_place *
sc_gazetteer_lookup(const char *name, size_t len)
{
	return sc_gazetteer_resolve(name, len, &legacy_context, NULL);
}

const char *const sc_gazetteer_countries[SC_GAZETTEER_NCOUNTRIES] = {
	"SE", "DK", "NO", "FI", "GB", "IE"
};

bool
sc_gazetteer_has_country(const char *country)
{
	for (int i = 0; i < SC_GAZETTEER_NCOUNTRIES; i++)
		if (strcmp(country, sc_gazetteer_countries[i]) == 0)
			return true;
	return false;
}

const sc_place *
sc_gazetteer_by_code(const char *code)
{
	for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
		if (strcmp(sc_gazetteer_places[i].code, code) == 0)
			return &sc_gazetteer_places[i];
	return NULL;
}

const sc_place *
sc_gazetteer_by_official_code(const char *country, const char *official_code)
{
	for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
		if (strcmp(sc_gazetteer_places[i].official_code, official_code) == 0 &&
			strcmp(sc_gazetteer_places[i].country, country) == 0)
			return &sc_gazetteer_places[i];
	return NULL;
}

bool
sc_place_in_region(const sc_place *place, const char *region_code)
{
	return strcmp(place->region, region_code) == 0;
}

bool
sc_place_is_municipality(const sc_place *place)
{
	return place->kind == SC_PLACE_KOMMUN || place->kind == SC_PLACE_KOMMUNE ||
		place->kind == SC_PLACE_KUNTA || place->kind == SC_PLACE_COUNCIL;
}

bool
sc_place_is_region(const sc_place *place)
{
	return place->kind == SC_PLACE_REGION || place->kind == SC_PLACE_FYLKE ||
		place->kind == SC_PLACE_MAAKUNTA || place->kind == SC_PLACE_COUNTY;
}

bool
sc_place_set_contains(const sc_place_set *set, const sc_place *place)
{
	return sc_place_is_municipality(place) &&
		place->greater_copenhagen &&
		(set->region == NULL || sc_place_in_region(place, set->region)) &&
		(set->country == NULL || strcmp(place->country, set->country) == 0);
}

size_t
sc_place_set_size(const sc_place_set *set)
{
	size_t		n = 0;

	for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
		n += sc_place_set_contains(set, &sc_gazetteer_places[i]);
	return n;
}
