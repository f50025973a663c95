/*
 * gazetteer.c
 *		Forgiving look-up of municipality and region names.
 *
 * The table is small (under a hundred places, a few hundred names), so a
 * look-up compares the text with every name; what makes it forgiving is
 * the comparison: letters are compared without regard to case, and a
 * name may be followed by a genitive "s", a suffix such as "kommun", and
 * the suffix's own genitive.  All of it ends at a word boundary.
 */
#include "gazetteer.h"

#include <string.h>

#include "textdoc.h"
#include "words.h"

/* Words that may follow a name, each after one space; compared folded. */
static const char *const name_suffixes[] = {
	"kommune", "kommun", "stad", "regionskommune"
};

static size_t match_genitive(const char *text, size_t len, size_t pos);
static size_t match_suffix(const char *text, size_t len, size_t pos);
static size_t match_name_form(const char *text, size_t len, const char *name);

/* 1 if a genitive "s" stands at pos, ending a word, else 0. */
static size_t
match_genitive(const char *text, size_t len, size_t pos)
{
	if (pos < len && (text[pos] == 's' || text[pos] == 'S') &&
		!sc_is_word_char(text, len, pos + 1))
		return 1;
	return 0;
}

/* Bytes of a space and a suffix word ending a word at pos, or 0. */
static size_t
match_suffix(const char *text, size_t len, size_t pos)
{
	size_t		space = pos < len ? sc_space_length(text, len, pos) : 0;

	if (space == 0 || text[pos] == '\t')
		return 0;
	for (size_t i = 0; i < sizeof(name_suffixes) / sizeof(name_suffixes[0]); i++)
	{
		size_t		n = sc_match_folded(text + pos + space, len - pos - space,
										name_suffixes[i]);

		if (n > 0)
		{
			size_t		end = pos + space + n;

			end += match_genitive(text, len, end);
			if (!sc_is_word_char(text, len, end))
				return end - pos;
		}
	}
	return 0;
}

/*
 * Bytes of the form of name that begins text: the name, then a genitive
 * "s" or a suffix (itself possibly in the genitive), or the genitive and
 * then a suffix ("Simrishamns kommun"); 0 if the name does not begin the
 * text at a word boundary.
 */
static size_t
match_name_form(const char *text, size_t len, const char *name)
{
	size_t		end = sc_match_folded(text, len, name);
	size_t		n;

	if (end == 0)
		return 0;
	if ((n = match_suffix(text, len, end)) > 0)
		return end + n;
	if (!sc_is_word_char(text, len, end))
		return end;
	if ((n = match_genitive(text, len, end)) > 0)
	{
		end += n;
		return end + match_suffix(text, len, end);
	}
	return 0;
}

const sc_place *
sc_gazetteer_match_prefix(const char *text, size_t len, size_t *matched)
{
	const sc_place *best = NULL;
	size_t		best_len = 0;

	for (size_t i = 0; i < sc_gazetteer_nnames; i++)
	{
		size_t		n;

		/* most names differ in the first two bytes: no call for them */
		if (!sc_may_match_folded(text, len, sc_gazetteer_names[i].name))
			continue;
		n = match_name_form(text, len, sc_gazetteer_names[i].name);
		if (n > best_len)
		{
			best_len = n;
			best = &sc_gazetteer_places[sc_gazetteer_names[i].place];
		}
	}
	if (best != NULL)
		*matched = best_len;
	return best;
}

const sc_place *
sc_gazetteer_lookup(const char *name, size_t len)
{
	sc_span		span = {0, len};
	const sc_place *place;
	size_t		matched;

	span = sc_span_trim(name, span);
	if (span.end - span.start > SC_GAZETTEER_NAME_MAX)
		return NULL;
	place = sc_gazetteer_match_prefix(name + span.start, span.end - span.start,
									  &matched);
	return (place != NULL && matched == span.end - span.start) ? place : NULL;
}

const sc_place *
sc_gazetteer_by_code(const char *code)
{
	for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
		if (strcmp(sc_gazetteer_places[i].code, code) == 0)
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
	return place->kind != SC_PLACE_REGION;
}

bool
sc_place_set_contains(const sc_place_set *set, const sc_place *place)
{
	return sc_place_is_municipality(place) &&
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
