/*
 * extract_twins.c
 *		Twin towns, friendship towns and cooperation agreements abroad, in
 *		the shapes real municipal pages give them, in Swedish, Danish,
 *		Norwegian and English:
 *
 *		"Kristianstads kommuns vänort är Rendsburg i Tyskland"
 *		"Byerne Västerås i Sverige, Ålesund i Norge ... og Randers er
 *		 venskabsbyer"
 *		"Levanger, Kramfors (S) og Varde (DK) ble vennskapsbyer i 1948"
 *		"Sigtuna kommun har tre vänorter: • Rakvere i Estland ..."
 *
 * By default, lines under the twin-town words are read where they are a
 * list: bulleted, or two or more together that are each a partner with
 * its country ("Håbo i Sverige" over "Ingå i Finland"), or a table a cell
 * a line under its columns' labels ("Vänort:", "Land:", then "Harstad"
 * over "Norge"), of a municipality a sentence, a heading or the title
 * names; so is the sentence after the words where it names two partners.
 * A country over names, headings that are a partner with its country, a
 * partner over a paragraph that names it, a town under its country's
 * name, an English sentence's town outside the gazetteer and a partner
 * after its country's adjective ("norska Stord") are read with the
 * pattern stage only (sc_extract_options.pattern_stage): right on the dev
 * pages, they were wrong more often than right on the test batches.
 *
 * A partner is a town abroad: no institution ("Rendsburg Gymnasium"), no
 * place where a partner lies ("i delstaten Schleswig-Holstein"), no item
 * of a list that was ("Tidigare avtal Liepaja"), none of the
 * municipality's own country.
 *
 * A partner needs its country: written beside it ("i Tyskland", "på
 * Island", ", Danmark", "(DK)"), or known from the gazetteer where the
 * partner is a Nordic municipality in the list the twin-town word opens.
 * Countries are data/reference/countries.csv's (countries.h).  The
 * municipality whose partners they are is the one the sentence names
 * before the twin-town word without a country (or in the genitive with
 * its noun, "Kyrkslätts kommun"; on an English page, the one written with
 * its own country before a list's colon), else the page's own: the
 * municipality of any Nordic country it names most.  A municipality is
 * never its own partner.  A sentence that speaks of twin towns that were
 * ("tidligere venskabsbyer", "avslutades", "opsagde") or are not ("ingen
 * venskabsbyer") gives none, nor does a list under a line that begins so
 * ("Tidigare:"); an item that says so ("Tidigare avtal Liepaja") is none
 * itself: precision before recall.
 */
#include "extract_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "countries.h"

typedef struct twin_word
{
	const char *prefix;			/* a word beginning so, folded */
	const char *relation;
	bool		needs_twin_page;	/* only once the page spoke of twin towns */
} twin_word;

/*
 * Words that speak of a twin town, by prefix, the longer of two that
 * share a beginning first ("vänortsliknande" before "vänort").
 */
static const twin_word twin_words[] = {
	{"vänortsliknande", "friendship", false},
	{"vänort", "twin_town", false},
	{"vänskapsort", "twin_town", false},
	{"vänstad", "twin_town", false},
	{"vänstäder", "twin_town", false},
	{"vänkommun", "twin_town", false},
	{"systerstad", "twin_town", false},
	{"systerstäder", "twin_town", false},
	{"partnerstad", "twin_town", false},
	{"partnerkommun", "twin_town", false},
	{"venskabsby", "twin_town", false},
	{"venskabskommun", "twin_town", false},
	{"vennskapsby", "twin_town", false},
	{"vennskapskommun", "twin_town", false},
	{"søsterby", "twin_town", false},
	{"vennskapsforbindelse", "twin_town", false},
	{"venskabsforbindelse", "twin_town", false},
	{"twin", "twin_town", false},
	/* "sister cities", "sister municipalities", not "sister societies" */
	{"sister cit", "twin_town", false},
	{"sister-cit", "twin_town", false},
	{"sister town", "twin_town", false},
	{"sister-town", "twin_town", false},
	{"sister municipalit", "twin_town", false},
	/* "partner cities", as "partnerstad" */
	{"partner cit", "twin_town", false},
	{"partner town", "twin_town", false},
	/* "The following cities are sisters of Kolding:" under "Sister cities" */
	{"sisters of ", "twin_town", true},
	{"friendship cit", "friendship", false},
	{"friendship town", "friendship", false},
	/* cooperation abroad is a twin-town page's only */
	{"samarbetsavtal", "cooperation_agreement", true},
	{"samarbetsort", "cooperation_agreement", true},
	{"samarbejdsaftale", "cooperation_agreement", true},
	{"samarbeidsavtale", "cooperation_agreement", true},
	{"cooperation agreement", "cooperation_agreement", true},
	{"co-operation agreement", "cooperation_agreement", true},
	{NULL, NULL, false}
};

/*
 * Words that make a sentence's twin towns former or denied, folded; a
 * word in "sedan tidigare" (since before) is not one.
 */
static const char *const not_now[] = {
	"tidigare", "tidligere", "tidlegare", "avslut", "upphör", "ophør",
	"opsag", "genoptag", "återuppta", "gjenoppta", "ingen ", "inga ",
	"inte ", "ikke ", "no longer", "former", "formerly", "opphør",
	NULL
};

/*
 * Words that an agreement was ended, is none ("cut its ties with
 * Murmansk", "is not officially twinned") or is only intended (a letter of
 * intent, "intensjonsavtale"), folded: they take the partners of their
 * own sentence only, not of the lines under it, which an introduction may
 * open after a word on other towns' agreements.
 */
static const char *const not_in_force_in_sentence[] = {
	"terminat", "severed", "severing", "severs ", "sever ", "cut its ties",
	"cut ties", "cut their ties", "froze ", "freez", "suspend", "lapse",
	"not officially", "turns its back", "abandon",
	"intensjonsavtal", "avsiktsförklaring", "hensigtserklæring", "letter of intent", NULL
};

/*
 * Countries' adjectives, by the stem their Swedish, Danish, Norwegian and
 * English forms end in ("norska", "nordvästtyska", "tyske", "Armenian"),
 * folded: "norska Stord", "den nordvästtyska staden Hiddenhausen", "the
 * Armenian city of Gyumri".  Stems that are also other words' ends are
 * left out.
 */
static const struct
{
	const char *stem;
	const char *code;
}			country_adjectives[] = {
	{"tysk", "DE"}, {"german", "DE"}, {"norsk", "NO"}, {"norwegian", "NO"},
	{"dansk", "DK"}, {"danish", "DK"}, {"svensk", "SE"}, {"swedish", "SE"},
	{"finsk", "FI"}, {"finländsk", "FI"}, {"finnish", "FI"},
	{"isländsk", "IS"}, {"islandsk", "IS"}, {"icelandic", "IS"},
	{"estnisk", "EE"}, {"estisk", "EE"}, {"estonian", "EE"},
	{"lettisk", "LV"}, {"latvian", "LV"}, {"litauisk", "LT"}, {"lithuanian", "LT"},
	{"polsk", "PL"}, {"polish", "PL"}, {"rysk", "RU"}, {"russisk", "RU"},
	{"russian", "RU"}, {"ukrainsk", "UA"}, {"ukrainian", "UA"},
	{"italiensk", "IT"}, {"italian", "IT"}, {"fransk", "FR"}, {"french", "FR"},
	{"spansk", "ES"}, {"spanish", "ES"}, {"kinesisk", "CN"}, {"chinese", "CN"},
	{"japansk", "JP"}, {"japanese", "JP"}, {"armenian", "AM"}, {"armensk", "AM"},
	{"amerikansk", "US"}, {"american", "US"}, {"tjeckisk", "CZ"}, {"tjekkisk", "CZ"},
	{"tsjekkisk", "CZ"}, {"czech", "CZ"}, {"österrikisk", "AT"}, {"østrigsk", "AT"},
	{"østerriksk", "AT"}, {"austrian", "AT"}, {"nederländsk", "NL"},
	{"nederlandsk", "NL"}, {"dutch", "NL"}, {"skotsk", "GB"}, {"scottish", "GB"},
	{NULL, NULL}
};

/* Words between a partner's name and its country that may be passed. */
static const char *const partner_kinds[] = {
	"kommun", "kommune", "stad", "by", "city", "town", NULL
};

/*
 * Words that make a name an institution's, not a town's ("Rendsburg
 * Gymnasium, Tyskland", "Foreningen Norden, Danmark"), whole words,
 * folded, and prefixes of words no town's name begins with.
 */
static const char *const institution_words[] = {
	"skola", "skolan", "skole", "skolen", "school", "college", "akademi", "academy",
	"kyrka", "kirke", "kirken", "church", "museum", "museet", "hotel", "hotell",
	"klubb", "klub", "club", "förening", "föreningen", "forening", "foreningen",
	"association", "society", "festival", "cup", "ambassad", "ambassaden",
	"embassy", "ambassade", "konsulat", "consulate", "council", "rådet", "ab",
	"as", "a/s", "ltd", "inc", "gmbh", "group", "university", NULL
};
static const char *const institution_prefixes[] = {
	"gymnas", "universit", "högskol", "høgskol", "højskol", NULL
};

/* Words a line or sentence may begin with that are no place: "Vi i Sverige". */
static const char *const not_places[] = {
	"vi", "vår", "våra", "vores", "det", "den", "der", "de", "dei", "her", "här",
	"we", "our", "the", "in", "alle", "all", "kommunen", "byen", "staden", NULL
};

/* Words after a partner's name that name its country. */
static const char *const country_prepositions[] = {"i", "på", "in", NULL};

/*
 * Country abbreviations in brackets: "Kramfors (S)", "Varde (DK)",
 * "Halliko (Fin)".  One of one or two letters (also a party's: "(S)")
 * counts only for a Nordic municipality of that country.
 */
static const struct
{
	const char *abbreviation;
	const char *code;
}			country_abbreviations[] = {
	{"S", "SE"}, {"SE", "SE"}, {"DK", "DK"}, {"N", "NO"}, {"NO", "NO"},
	{"SF", "FI"}, {"FIN", "FI"}, {"Fin", "FI"}, {"FI", "FI"}, {"IS", "IS"},
	{"D", "DE"}, {"EST", "EE"}, {NULL, NULL}
};

/*
 * Bytes around a partner that its item's words of ending are looked for
 * in, and of the paragraph under a line that is asked about it: bounds
 * that keep a page of one long line or of many lines linear.
 */
#define EX_ITEM_REACH 256
#define EX_PARAGRAPH_REACH 4096
/* Bytes of a paragraph that must name again the partner over it. */
#define EX_NAMED_BELOW_REACH 400

/* Words after the twin-town word the list it opens may begin within. */
#define EX_PARTNER_SKIP 5
#define EX_PARTNER_WORDS 3

/* Where a partner may stand, and so how bare its name may be. */
typedef enum partner_shape
{
	PARTNER_IN_PROSE,			/* its country beside it */
	PARTNER_IN_LIST,			/* an item of a list the twin-town word opens:
								 * "Krasnystaw Polen", or a Nordic
								 * municipality without its country, too */
	PARTNER_ON_LINE				/* a line of its own: its country beside it,
								 * or after its region ("Portland, Oregon,
								 * United States") */
} partner_shape;

typedef struct partner
{
	sc_span		name;
	const sc_place *place;		/* a Nordic municipality, or NULL */
	const char *country;
	size_t		end;			/* past the partner and its country */
} partner;

typedef ex_twin_subject subject;

static inline const twin_word *twin_word_at(const ex_doc *doc, size_t pos, size_t end);
static bool after_bullet(const ex_doc *doc, const ex_sentence *s, size_t pos);
static bool bulleted(const ex_doc *doc, sc_span line);

static const sc_gazetteer_context nordic_list = {NULL, true, false, NULL};

static const char *country_after(const ex_doc *doc, size_t pos, size_t end,
								 const sc_place *place, size_t *after);
static const char *country_adjective(const ex_doc *doc, size_t pos, size_t end);
static const sc_place *most_named_municipality(const ex_doc *doc);
static const sc_place *most_named_plainly(const ex_doc *doc);
static size_t joined_name_end(const ex_doc *doc, size_t end_of_run, size_t end);
static bool starts_line(const ex_doc *doc, size_t pos);
static bool line_not_now(const ex_doc *doc, size_t pos, size_t end);
static size_t end_of_line(const ex_doc *doc, size_t pos, size_t end);
static size_t next_item(const ex_doc *doc, size_t p, size_t end);

/*
 * The countries' names by their first byte, folded, in the order of
 * ex_countries within each (the name found first wins): ex_country_at,
 * asked at every capitalised word of a twin-town sentence, tries a few
 * names, not all of them.
 */
#define EX_MAX_COUNTRY_NAMES 1024
static uint16_t country_order[EX_MAX_COUNTRY_NAMES];
static uint16_t country_first[257];
static pthread_once_t country_index_once = PTHREAD_ONCE_INIT;

static void
index_countries(void)
{
	int			n = 0;

	for (int i = 0; ex_countries[i].name && i < EX_MAX_COUNTRY_NAMES; i++, n++)
		country_first[sc_ascii_folded(ex_countries[i].name[0]) + 1]++;
	for (int b = 1; b <= 256; b++)
		country_first[b] += country_first[b - 1];
	{
		uint16_t	next[256];

		memcpy(next, country_first, sizeof(next));
		for (int i = 0; i < n; i++)
			country_order[next[sc_ascii_folded(ex_countries[i].name[0])]++] = (uint16_t) i;
	}
}

/* The country whose name stands at pos, capitalised; sets *n. */
const char *
ex_country_at(const ex_doc *doc, size_t pos, size_t end, size_t *n)
{
	unsigned char first;

	if (pos >= end || !sc_is_upper(doc->text, end, pos))
		return NULL;
	pthread_once(&country_index_once, index_countries);
	first = sc_ascii_folded(doc->text[pos]);
	for (int k = country_first[first]; k < country_first[first + 1]; k++)
	{
		const ex_country *c = &ex_countries[country_order[k]];

		if ((*n = ex_word_is(doc, pos, end, c->name)) > 0)
			return c->code;
	}
	return NULL;
}

/* "(DK)" at pos: the country's code, *n the bytes up to the ")". */
static const char *
abbreviation_at(const ex_doc *doc, size_t pos, size_t end, const sc_place *place,
				size_t *n)
{
	if (pos >= end || doc->text[pos] != '(')
		return NULL;
	for (int i = 0; country_abbreviations[i].abbreviation; i++)
	{
		const char *a = country_abbreviations[i].abbreviation;
		size_t		len = strlen(a);

		if (pos + 1 + len < end && memcmp(doc->text + pos + 1, a, len) == 0 &&
			doc->text[pos + 1 + len] == ')' &&
			(len > 2 || (place && strcmp(place->country, country_abbreviations[i].code) == 0)))
		{
			*n = len + 2;
			return country_abbreviations[i].code;
		}
	}
	return NULL;
}

/*
 * "in the Murmansk region in Russia" at pos, after the "in": the country
 * after a region of up to three capitalised words, in English prose.
 */
static const char *
country_after_english_region(const ex_doc *doc, size_t pos, size_t end, size_t *after)
{
	static const char *const regions[] = {
		"region", "province", "county", "oblast", "state", "district", NULL
	};
	size_t		p,
				region_end,
				n;
	int			nwords;

	if ((n = ex_word_is(doc, pos, end, "the")) == 0)
		return NULL;
	p = ex_skip_space(doc, pos + n, end);
	if (p >= end || !sc_is_upper(doc->text, end, p))
		return NULL;
	region_end = ex_name_run(doc, p, end, &nwords);
	if (nwords == 0 || nwords > EX_PARTNER_WORDS)
		return NULL;
	p = ex_skip_space(doc, region_end, end);
	if ((n = ex_word_in(doc, p, end, regions)) == 0)
		return NULL;
	p = ex_skip_space(doc, p + n, end);
	if (ex_word_is(doc, p, end, "in") == 0)
		return NULL;
	return country_after(doc, p, end, NULL, after);
}

/*
 * "ryska Kaliningradregionen" at pos, after the "i": a country's adjective
 * in lower case before a region's name of one word, which a partner lies
 * in ("Baltijsk i ryska Kaliningradregionen").  Sets *after past it.
 */
static const char *
region_after_adjective(const ex_doc *doc, size_t pos, size_t end, size_t *after)
{
	const char *country;
	size_t		p;

	if (pos >= end || !sc_is_lower(doc->text, end, pos) ||
		(country = country_adjective(doc, pos, end)) == NULL)
		return NULL;
	p = ex_skip_space(doc, ex_word_end(doc, pos, end), end);
	if (p >= end || !sc_is_upper(doc->text, end, p) || ex_word_end(doc, p, end) <= p)
		return NULL;
	*after = ex_word_end(doc, p, end);
	return country;
}

/*
 * The country named right after a partner's name, at pos: "i Tyskland",
 * "på Island", ", Danmark", " - Spanien", "(Polen)", "(DK)", "in the
 * Murmansk region in Russia".  Sets *after past it.
 */
static const char *
country_after(const ex_doc *doc, size_t pos, size_t end, const sc_place *place,
			  size_t *after)
{
	size_t		p = ex_skip_space(doc, pos, end),
				n;
	const char *country;
	bool		bracket = false;

	if ((country = abbreviation_at(doc, p, end, place, &n)) != NULL)
	{
		*after = p + n;
		return country;
	}
	if (ex_word_in(doc, p, end, country_prepositions))
	{
		p = ex_next_word(doc, p, end);
		if ((country = country_after_english_region(doc, p, end, after)) != NULL)
			return country;
		if (doc->pattern_stage && (country = region_after_adjective(doc, p, end, after)) != NULL)
			return country;
	}
	else if (p < end && (doc->text[p] == ',' || doc->text[p] == '-' || doc->text[p] == '('))
	{
		bracket = doc->text[p] == '(';
		p = ex_skip_space(doc, p + 1, end);
	}
	else if (end - p >= 3 && memcmp(doc->text + p, "–", 3) == 0)
		p = ex_skip_space(doc, p + 3, end);
	else
		return NULL;
	if ((country = ex_country_at(doc, p, end, &n)) == NULL)
		return NULL;
	p += n;
	if (bracket)
	{
		if (p >= end || doc->text[p] != ')')
			return NULL;
		p++;
	}
	*after = p;
	return country;
}

/*
 * ", Oregon, United States" at pos: the country after a region of up to
 * three capitalised words, both after commas.  Only a line of its own is
 * read so: in prose "Vejle, Mikkeli, Finland" is a list.
 */
static const char *
country_after_region(const ex_doc *doc, size_t pos, size_t end, size_t *after)
{
	size_t		p = ex_skip_space(doc, pos, end),
				region_end;
	int			nwords;

	if (p >= end || doc->text[p] != ',')
		return NULL;
	p = ex_skip_space(doc, p + 1, end);
	if (p >= end || !sc_is_upper(doc->text, end, p))
		return NULL;
	region_end = ex_name_run(doc, p, end, &nwords);
	if (nwords == 0 || nwords > EX_PARTNER_WORDS || region_end >= end ||
		doc->text[region_end] != ',')
		return NULL;
	return country_after(doc, region_end, end, NULL, after);
}

/*
 * Whether the place is a Nordic municipality, which twin towns are read
 * for: a British or Irish council is never the home a page's twinnings
 * are of (its towns, Kilrush or Bishop's Stortford, twin on their own,
 * and the page's council would take their partners), and a partner by its
 * name and country only, as any town abroad is.
 */
static bool
nordic_municipality(const sc_place *place)
{
	return sc_place_is_municipality(place) && place->kind != SC_PLACE_COUNCIL;
}

/*
 * The Nordic municipality at pos in a list of places, with the bytes its
 * name covers, or NULL.
 */
static const sc_place *
municipality_at(const ex_doc *doc, size_t pos, size_t end,
				const sc_gazetteer_context *context, size_t *n)
{
	sc_place_match m;

	if (!sc_is_upper(doc->text, end, pos) ||
		!sc_gazetteer_find(doc->text + pos, end - pos, context, &m) ||
		!nordic_municipality(m.place))
		return NULL;
	*n = m.length;
	return m.place;
}

/*
 * The Nordic municipality of that country exactly [name.start, name.end)
 * names, or NULL: a name of places in two countries ("Rauma", in Finland
 * and in Norway) is the one of the country written beside it.
 */
static const sc_place *
municipality_in(const ex_doc *doc, sc_span name, const char *country)
{
	sc_gazetteer_context context = {country, true, false, NULL};
	const sc_place *place;
	size_t		n;

	place = municipality_at(doc, name.start, name.end, &context, &n);
	return place && name.start + n == name.end && strcmp(place->country, country) == 0 ?
		place : NULL;
}

/* Whether c is an ASCII letter or a byte of a letter outside ASCII. */
static bool
is_letter_byte(char c)
{
	unsigned char f = sc_ascii_folded(c);

	return f >= 0x80 || (f >= 'a' && f <= 'z');
}

/*
 * Whether the word at pos ends a name a particle joins to the word before
 * it: "Mozzano" in "Borgo a Mozzano", "Perano" in "Comune di Perano".
 */
static bool
inside_name(const ex_doc *doc, size_t pos)
{
	static const char *const particles[] = {
		"a", "di", "de", "del", "la", "le", "am", "an", "upon", "sur", "sul", NULL
	};
	size_t		p = pos;

	while (p > 0 && doc->text[p - 1] == ' ')
		p--;
	for (int i = 0; particles[i]; i++)
	{
		size_t		len = strlen(particles[i]);

		if (p >= len + 2 && memcmp(doc->text + p - len, particles[i], len) == 0 &&
			doc->text[p - len - 1] == ' ' && ex_word_start(doc, p - len) &&
			is_letter_byte(doc->text[p - len - 2]))
			return true;
	}
	return false;
}

/*
 * "Krasnystaw Polen (2004)": a list's item whose name's last word is its
 * country, without a word between them.
 */
static void
country_last(const ex_doc *doc, partner *pt)
{
	size_t		last = pt->name.start,
				n;

	for (size_t p = pt->name.start; p < pt->name.end; p = ex_next_word(doc, p, pt->name.end))
		last = p;
	if (last > pt->name.start &&
		(pt->country = ex_country_at(doc, last, pt->name.end, &n)) != NULL &&
		last + n == pt->name.end)
	{
		pt->end = pt->name.end;
		while (last > pt->name.start && doc->text[last - 1] == ' ')
			last--;
		pt->name.end = last;
	}
	else
		pt->country = NULL;
}

/* Whether the word at pos is one of words or begins with one of prefixes. */
static bool
word_or_prefix_in(const ex_doc *doc, size_t pos, size_t end, const char *const *words,
				  const char *const *prefixes)
{
	if (ex_word_in(doc, pos, end, words) > 0)
		return true;
	for (int i = 0; prefixes[i]; i++)
		if (ex_word_prefix(doc, pos, end, prefixes[i]) > 0)
			return true;
	return false;
}

/* Whether a word of the name at [pos, end) makes it an institution's. */
static bool
institution_name(const ex_doc *doc, size_t pos, size_t end)
{
	for (size_t p = pos; p < end; p = ex_next_word(doc, p, end))
		if (word_or_prefix_in(doc, p, end, institution_words, institution_prefixes))
			return true;
	return false;
}

/*
 * Where the name of an institution at pos ends ("Foreningen Norden", whose
 * "Norden" is no town either), or pos if none begins there.
 */
static size_t
past_institution(const ex_doc *doc, size_t pos, size_t end)
{
	int			nwords;
	size_t		run_end;

	if (!sc_is_upper(doc->text, end, pos))
		return pos;
	run_end = ex_name_run(doc, pos, end, &nwords);
	return nwords > 0 && institution_name(doc, pos, run_end) ? run_end : pos;
}

/*
 * A partner at pos: a capitalised name of up to three words (the last
 * ones where they are a Nordic municipality: "Byerne Västerås" is
 * Västerås), then its country; in a list the twin-town word opens also
 * its country as the name's last word ("Krasnystaw Polen"), or a Nordic
 * municipality without one.  False if none stands there.
 */
static bool
partner_at(const ex_doc *doc, size_t pos, size_t end, partner_shape shape, partner *out)
{
	size_t		n = 0,
				p,
				run_end;
	int			nwords;

	if (pos >= end || !sc_is_upper(doc->text, end, pos) || ex_country_at(doc, pos, end, &n) ||
		inside_name(doc, pos))
		return false;
	memset(out, 0, sizeof(*out));
	run_end = ex_name_run(doc, pos, end, &nwords);
	/* "Vänorten Rendsburg", "Staden Hamar": the name after a common noun */
	while (nwords > 1 && (twin_word_at(doc, pos, run_end) != NULL ||
						  ex_word_in(doc, pos, run_end, not_places) > 0 ||
						  ex_word_in(doc, pos, run_end, partner_kinds) > 0))
	{
		pos = ex_next_word(doc, pos, run_end);
		nwords--;
	}
	if (nwords == 0 || nwords > EX_PARTNER_WORDS || institution_name(doc, pos, run_end))
		return false;
	out->name = (sc_span) {pos, run_end};
	for (p = pos; p < run_end; p = ex_next_word(doc, p, run_end))
	{
		const sc_place *place = municipality_at(doc, p, end, &nordic_list, &n);

		if (place && p + n >= run_end)
		{
			out->place = place;
			out->name = (sc_span) {p, p + n};
			break;
		}
	}
	p = ex_skip_space(doc, out->name.end, end);
	if (ex_word_in(doc, p, end, partner_kinds))
		p = ex_next_word(doc, p, end);
	/* "Keila Vald (landskommun) i Estland" */
	if (p + 1 < end && doc->text[p] == '(' && sc_is_lower(doc->text, end, p + 1))
	{
		const char *close = memchr(doc->text + p, ')', end - p);

		if (close)
			p = close - doc->text + 1;
	}
	out->country = country_after(doc, p, end, out->place, &out->end);
	if (!out->country && shape == PARTNER_ON_LINE)
		out->country = country_after_region(doc, p, end, &out->end);
	if (!out->country && shape == PARTNER_IN_LIST && nwords > 1 && !out->place)
		country_last(doc, out);
	if (out->country && out->place && strcmp(out->country, out->place->country) != 0)
		out->place = NULL;		/* a namesake abroad: "Lund, Norge" */
	if (out->country && !out->place)
		out->place = municipality_in(doc, out->name, out->country);
	if (!out->country && shape == PARTNER_IN_LIST && out->place)
	{
		out->country = out->place->country;
		out->end = out->name.end;
	}
	return out->country != NULL;
}

/*
 * Whether the partner is the municipality itself: the same place, or the
 * same name letters folded, by the gazetteer's name or as written
 * ("Umeå" beside "UMEÅ", a town outside the gazetteer by its name).
 */
static bool
same_town(const partner *pt, const char *written, const subject *municipality)
{
	char		partner_name[EX_NAME_MAX],
				home_name[EX_NAME_MAX];

	if (pt->place && municipality->place)
		return pt->place == municipality->place;
	snprintf(partner_name, sizeof(partner_name), "%s", pt->place ? pt->place->name : written);
	snprintf(home_name, sizeof(home_name), "%s", municipality->name);
	sc_fold_case(partner_name, strlen(partner_name));
	sc_fold_case(home_name, strlen(home_name));
	return strcmp(partner_name, home_name) == 0;
}

static void
emit_partner(ex_doc *doc, const ex_sentence *s, const partner *pt,
			 const subject *municipality, const char *relation, const char *rule)
{
	sc_fact		f;
	char		name[EX_NAME_MAX];

	ex_copy(doc, pt->name, name, sizeof(name));
	if (same_town(pt, name, municipality))
		return;					/* a municipality is not its own partner */
	/*
	 * Twin towns are abroad: a town of the municipality's own country is a
	 * neighbour ("samarbejdsaftale ... mellem Stevns, Solrød og Køge"),
	 * or one of a network's towns written with their countries beside
	 * another home
	 */
	if (municipality->place && strcmp(pt->country, municipality->place->country) == 0)
		return;
	ex_init_fact(&f, SC_FACT_TWIN_TOWN, s, rule);
	f.basis = municipality->basis;
	f.municipality = municipality->name;
	f.municipality_code = municipality->place ? municipality->place->code : NULL;
	f.partner = pt->place ? pt->place->name : name;
	f.partner_code = pt->place ? pt->place->code : NULL;
	f.partner_country = pt->country;
	f.relation = relation;
	ex_emit_at(doc, &f, pt->name.start);
}

/*
 * Whether the name at pos stands in an address, after a postal code or a
 * street's number on its line ("Postboks 1521, 6025 Ålesund, Norge").
 */
static bool
in_address(const ex_doc *doc, size_t pos)
{
	for (size_t p = pos; p > 0 && doc->text[p - 1] != '\n'; p--)
		if (doc->text[p - 1] >= '0' && doc->text[p - 1] <= '9')
			return true;
	return false;
}

/*
 * Whether [pos, end) is all its line holds, but spaces, a bullet and a
 * stop: "Ullensaker, Norge" in a list of towns with their countries.
 */
static bool
alone_on_line(const ex_doc *doc, size_t pos, size_t end)
{
	while (end < doc->len && (doc->text[end] == ' ' || doc->text[end] == '.' ||
							  doc->text[end] == '\t' || doc->text[end] == '\r'))
		end++;
	return starts_line(doc, pos) && (end == doc->len || doc->text[end] == '\n');
}

/*
 * The page's own municipality: the Nordic municipality it names most, of
 * the country of the page's language if it names one, a name with its
 * suffix ("Randers Kommune") counting thrice, one inside an organisation's
 * name ("Familjen Helsingborg") or written with a country
 * ("Västerås i Sverige": a partner) not at all.  On a page in a Nordic
 * language, one of another country it writes with its country anywhere
 * but in an address ("Karmøy, Norge" on a Swedish page), or one of its own
 * country so on a line of its own ("Ullensaker, Norge" among the towns of
 * a network), is a partner or one of a list of towns with their
 * countries, never the home: a page that names no other gives none.  So
 * does a page of many municipalities none of which it names half as often
 * again as any other.  An English page, which may
 * write its own so ("Oskarshamn, Sweden") and is as often about a town
 * abroad or about twinning at large, has the one its title begins with,
 * or none.  These guards are the pattern stage's, with the lists they
 * guard: by default the home is the one the page names most
 * (most_named_plainly).
 */
static const sc_place *
home_municipality(const ex_doc *doc)
{
	if (!doc->pattern_stage)
		return most_named_plainly(doc);
	if (doc->twin_prose.country == NULL)
	{
		size_t		n;
		size_t		start = ex_skip_space(doc, doc->title.start, doc->title.end);

		return municipality_at(doc, start, doc->title.end, &doc->twin_prose, &n);
	}
	return most_named_municipality(doc);
}

/*
 * As the loader reads by default: the Nordic municipality the page names
 * most, of the country of its language if it names one, a name with its
 * suffix counting thrice, one written with a country not at all; else the
 * Swedish municipality it names most outside the names of organisations
 * ("Familjen Helsingborg"), with "kommun" or "stad" counting thrice.
 */
static const sc_place *
most_named_plainly(const ex_doc *doc)
{
	const char *country = doc->twin_prose.country;
	const sc_place *best = NULL;
	int			best_score = 0,
				score[SC_GAZETTEER_MAX_PLACES] = {0},
				swedish[SC_GAZETTEER_MAX_PLACES] = {0},
				best_swedish = -1;
	size_t		org_end = 0;	/* inside an organisation's name up to here */

	for (size_t pos = ex_word_from(doc, 0, doc->len); pos < doc->len;
		 pos = ex_word_from(doc, pos + 1, doc->len))
	{
		sc_place_match m;
		size_t		after,
					n;
		size_t		i;
		const sc_place *place;

		if (!sc_is_upper(doc->text, doc->len, pos))
			continue;
		if (pos >= org_end && ex_org_at(doc, pos, doc->len, &n) >= 0)
			org_end = pos + n;
		if (pos >= org_end &&
			(place = sc_gazetteer_match_prefix(doc->text + pos, doc->len - pos, &n)) != NULL &&
			place->kind == SC_PLACE_KOMMUN &&
			(i = (size_t) (place - sc_gazetteer_places)) < sizeof(swedish) / sizeof(swedish[0]))
			swedish[i] += (ex_contains(doc, pos, pos + n, " kommun") ||
						   ex_contains(doc, pos, pos + n, " stad")) ? 3 : 1;
		if (!sc_gazetteer_find(doc->text + pos, doc->len - pos, &doc->twin_prose, &m) ||
			!nordic_municipality(m.place))
			continue;
		i = (size_t) (m.place - sc_gazetteer_places);
		/* the page's own country's outweighs every other */
		if (country_after(doc, pos + m.length, doc->len, m.place, &after) == NULL &&
			i < sizeof(score) / sizeof(score[0]) &&
			(score[i] += (m.suffix ? 3 : 1) *
			 (country && strcmp(m.place->country, country) == 0 ? 1000 : 1)) > best_score)
		{
			best_score = score[i];
			best = m.place;
		}
		pos += m.length - 1;
	}
	for (size_t i = 0; i < sizeof(swedish) / sizeof(swedish[0]) && i < sc_gazetteer_nplaces; i++)
		if (swedish[i] > 0 && (best_swedish < 0 || swedish[i] > swedish[best_swedish]))
			best_swedish = (int) i;
	return best ? best : best_swedish >= 0 ? &sc_gazetteer_places[best_swedish] : NULL;
}

/* The Nordic municipality the page names most: see home_municipality. */
static const sc_place *
most_named_municipality(const ex_doc *doc)
{
	const char *country = doc->twin_prose.country;
	const sc_place *best = NULL;
	int			best_score = 0,
				second = 0;
	int			score[SC_GAZETTEER_MAX_PLACES] = {0};

	for (size_t pos = ex_word_from(doc, 0, doc->len); pos < doc->len;
		 pos = ex_word_from(doc, pos + 1, doc->len))
	{
		sc_place_match m;
		size_t		after;
		size_t		i;

		if (sc_is_upper(doc->text, doc->len, pos) &&
			ex_org_at(doc, pos, doc->len, &after) >= 0)
		{
			pos += after - 1;	/* "Familjen Helsingborg" is no place */
			continue;
		}
		if (!sc_is_upper(doc->text, doc->len, pos) ||
			!sc_gazetteer_find(doc->text + pos, doc->len - pos, &doc->twin_prose, &m) ||
			!nordic_municipality(m.place))
			continue;
		i = (size_t) (m.place - sc_gazetteer_places);
		if (i < sizeof(score) / sizeof(score[0]) && score[i] >= 0)
		{
			if (country_after(doc, pos + m.length, doc->len, m.place, &after) != NULL)
				score[i] = country && !in_address(doc, pos) &&
					(strcmp(m.place->country, country) != 0 || alone_on_line(doc, pos, after)) ?
					-1 : score[i];
			else				/* the page's own country's outweighs every other */
				score[i] += (m.suffix ? 3 : 1) *
					(country && strcmp(m.place->country, country) == 0 ? 1000 : 1);
		}
		pos += m.length - 1;
	}
	for (size_t i = 0; i < sizeof(score) / sizeof(score[0]) && i < sc_gazetteer_nplaces; i++)
		if (score[i] > best_score)
		{
			second = best_score;
			best_score = score[i];
			best = &sc_gazetteer_places[i];
		}
		else if (score[i] > second)
			second = score[i];
	/* a page of many municipalities, none of them clearly most, is no one's */
	return 2 * best_score >= 3 * second ? best : NULL;
}

/*
 * Whether the genitive of [pos, end) is a common noun's or a country's
 * ("Kommunens vänorter", "Danmarks venskabsbyer"), not a town's.
 */
static bool
common_genitive(const ex_doc *doc, size_t pos, size_t end)
{
	static const char *const nouns[] = {
		"kommun", "stad", "by", "region", "land", "förening", "forening", "nord",
		"city", "town", NULL
	};
	size_t		n;

	for (int i = 0; nouns[i]; i++)
		if (sc_match_folded(doc->text + pos, end - pos, nouns[i]) > 0)
			return true;
	return ex_country_at(doc, pos, end, &n) != NULL;
}

/*
 * "Bolton is twinned with:", "Tacoma has sister cities in ...": on an
 * English page, under English twin-town words, the town the sentence
 * begins with, right before "is" or
 * "has" and the twin-town word, by its name, where the gazetteer knows no
 * municipality of it.
 */
static bool
english_subject(const ex_doc *doc, const ex_sentence *s, size_t trigger, subject *out)
{
	static const char *const verbs[] = {"is", "has", "was", "have", NULL};
	size_t		start = s->span.start,
				name_end,
				p,
				n;
	int			nwords;

	if (!doc->pattern_stage || doc->twin_prose.country != NULL || !doc->twin_english ||
		!sc_is_upper(doc->text, trigger, start) ||
		ex_word_in(doc, start, trigger, not_places) > 0 || ex_country_at(doc, start, trigger, &n))
		return false;
	name_end = ex_name_run(doc, start, trigger, &nwords);
	if (nwords == 0 || nwords > EX_PARTNER_WORDS || ex_org_at(doc, start, trigger, &n) >= 0)
		return false;
	p = ex_skip_space(doc, name_end, trigger);
	if (ex_word_in(doc, p, trigger, verbs) == 0)
		return false;
	/* the twin-town word at most two words on: "has two twin towns" */
	for (int k = 0; k < 3 && p < trigger; k++)
		p = ex_next_word(doc, p, trigger);
	if (p != trigger)
		return false;
	ex_copy(doc, (sc_span) {start, name_end}, out->name, sizeof(out->name));
	return true;
}

/*
 * Whether a place's name ending at pos is followed by where it lies ("in
 * Denmarkhave", "i Jylland"): a town of a list of towns with their places,
 * not the municipality whose partners they are.
 */
static bool
placed_in(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		p = ex_skip_space(doc, pos, end);

	if (ex_word_in(doc, p, end, country_prepositions) == 0)
		return false;
	p = ex_next_word(doc, p, end);
	return p < end && sc_is_upper(doc->text, end, p);
}

/*
 * A sentence that begins with a name in the genitive and a noun of
 * municipalities ("Kyrkslätts kommun har två vänorter", "Paides stad
 * har ..."): *out names the town, by the name without its "s".
 */
static bool
genitive_with_noun(const ex_doc *doc, size_t start, size_t trigger, subject *out)
{
	static const char *const nouns[] = {"kommun", "kommune", "stad", "by", NULL};
	size_t		p = ex_word_from(doc, start, trigger),
				word_end = ex_word_end(doc, p, trigger),
				next;

	if (p >= trigger || word_end <= p + 2 || !sc_is_upper(doc->text, trigger, p) ||
		doc->text[word_end - 1] != 's' || ex_word_in(doc, p, trigger, not_places) > 0 ||
		common_genitive(doc, p, word_end - 1))
		return false;
	next = ex_skip_space(doc, word_end, trigger);
	if (next == word_end || ex_word_in(doc, next, trigger, nouns) == 0)
		return false;
	memset(out, 0, sizeof(*out));
	out->basis = SC_BASIS_STATED;
	ex_copy(doc, (sc_span) {p, word_end - 1}, out->name, sizeof(out->name));
	return true;
}

/*
 * On an English page, which writes a Nordic town with its country, the
 * one Nordic municipality written with its own country before the colon
 * that opens the list after the twin-town word at trigger: "Twin towns
 * fingerpost signage in Oskarshamn, Sweden, listing these: Middelfart,
 * Denmark; ...".  NULL if there is no colon ("The cities of Västerås,
 * Sweden, ... and Randers, Denmark are twin cities" is a list of towns,
 * whose home the sentence does not say), no such municipality, or two.
 */
static const sc_place *
home_with_country(const ex_doc *doc, const ex_sentence *s, size_t trigger)
{
	const char *colon = memchr(doc->text + trigger, ':', s->span.end - trigger);
	size_t		end = colon ? (size_t) (colon - doc->text) : trigger;
	const sc_place *found = NULL;

	/* a list after a colon: without one, the towns may all be the list */
	if (!doc->twin_english || doc->twin_prose.country != NULL || colon == NULL)
		return NULL;
	for (size_t p = ex_word_from(doc, s->span.start, end); p < end;
		 p = ex_word_from(doc, p + 1, end))
	{
		size_t		n,
					after;
		const sc_place *place = municipality_at(doc, p, end, &doc->twin_prose, &n);
		const char *country;

		if (!place)
			continue;
		country = country_after(doc, p + n, end, place, &after);
		if (country && strcmp(country, place->country) == 0)
		{
			if (found)
				return NULL;
			found = place;
		}
		p += n - 1;
	}
	return found;
}

/*
 * The municipality whose partners a sentence names: the name in the
 * genitive right before the twin-town word at trigger ("Nykarlebys
 * vänorter", "Aabenraas venskabsby"), else the last Nordic municipality
 * before it that no country follows, else the page's own, else the one
 * the last sentence with partners had.
 */
static bool
twin_subject(ex_doc *doc, const ex_sentence *s, size_t trigger, subject *out)
{
	const sc_place *last = NULL;
	size_t		genitive = EX_NONE;

	for (size_t p = ex_word_from(doc, s->span.start, trigger); p < trigger;
		 p = ex_word_from(doc, p + 1, trigger))
	{
		size_t		n,
					after;
		const sc_place *place = municipality_at(doc, p, trigger, &doc->twin_prose, &n);

		if (sc_is_upper(doc->text, trigger, p) && ex_word_end(doc, p, trigger) + 1 == trigger &&
			doc->text[trigger - 2] == 's' && !common_genitive(doc, p, trigger - 2))
			genitive = p;
		if (!place)
			continue;
		if (!country_after(doc, p + n, s->list_end, place, &after) &&
			!placed_in(doc, p + n, trigger))
			last = place;
		p += n - 1;
	}
	memset(out, 0, sizeof(*out));
	out->basis = SC_BASIS_STATED;
	if (genitive != EX_NONE)
	{
		size_t		n;

		last = municipality_at(doc, genitive, trigger, &doc->twin_prose, &n);
		if (!last)
		{
			ex_copy(doc, (sc_span) {genitive, trigger - 2}, out->name, sizeof(out->name));
			return true;
		}
	}
	/* "Kyrkslätts kommun har två vänorter": a town outside the gazetteer */
	if (!last && genitive == EX_NONE && genitive_with_noun(doc, s->span.start, trigger, out))
		return true;
	/* "Twin towns ... in Oskarshamn, Sweden, listing these: Middelfart, ..." */
	if (!last && genitive == EX_NONE && (last = home_with_country(doc, s, trigger)) != NULL)
	{
		snprintf(out->name, sizeof(out->name), "%s", last->name);
		out->place = last;
		return true;
	}
	/* "Bolton is twinned with:" names its subject, as a Nordic name does */
	if (!last && english_subject(doc, s, trigger, out))
		return true;
	out->place = last ? last : doc->twin_home ? doc->twin_home : doc->twin_subject;
	if (!last)
		out->basis = doc->twin_home ? SC_BASIS_PAGE : SC_BASIS_SENTENCE;
	if (out->place)
		snprintf(out->name, sizeof(out->name), "%s", out->place->name);
	return out->place != NULL;
}

/* Whether [start, end) has one of words, at a word's beginning. */
static bool
words_between(const ex_doc *doc, size_t start, size_t end, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		for (size_t pos = ex_find_part(doc, start, end, words[i]);
			 pos != EX_NONE; pos = ex_find_part(doc, pos + 1, end, words[i]))
		{
			/* a word's beginning, and not "sedan tidigare" (since before) */
			if (ex_word_start(doc, pos) &&
				!(pos >= start + 6 &&
				  sc_match_folded(doc->text + pos - 6, 6, "sedan ") == 6))
				return true;
		}
	return false;
}

/* Whether the sentence, its list too, has one of words. */
static bool
words_in(const ex_doc *doc, const ex_sentence *s, const char *const *words)
{
	return words_between(doc, s->span.start, s->list_end, words);
}

/*
 * Whether the sentence, its list too, speaks of twin towns that were, or
 * are not: the sentence with a word of not_now, or a line of its list
 * that begins with one ("Tidigare:", "Inga fler"), which may speak of
 * every item.  A word within an item ("Aizpute i Lettland (2009)
 * Tidigare avtal Liepaja") is that item's: see former_item.
 */
static bool
not_now_in(const ex_doc *doc, const ex_sentence *s)
{
	if (words_between(doc, s->span.start, s->span.end, not_now))
		return true;
	for (size_t pos = s->span.end; pos < s->list_end;
		 pos = end_of_line(doc, pos, s->list_end) + 1)
		if (line_not_now(doc, pos, s->list_end))
			return true;
	return false;
}

/*
 * Whether the line at pos, up to end, begins with a word of not_now, after
 * a bullet: "Tidigare:", "• Inga fler".
 */
static bool
line_not_now(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		first = next_item(doc, pos, end);
	size_t		word_end = ex_word_end(doc, first, end);

	/* "ingen " and "inte " hold their space */
	return first < end &&
		words_between(doc, first, word_end < end ? word_end + 1 : word_end, not_now);
}

/*
 * Whether the partner at [pos, end), on a line under the twin-town words,
 * is said there to have been one: a word of not_now before it on the line
 * ("Tidigare avtal Liepaja i Lettland"), or a verb of ending after it
 * ("Pärnu i Estland (avslutades 2015)") before the next item, within the
 * line.
 */
static bool
former_item(const ex_doc *doc, sc_span within, size_t pos, size_t end)
{
	static const char *const ended_after[] = {
		"avslut", "upphör", "ophør", "opphør", "opsag", "sagt upp", "sagde op",
		"sa opp", "no longer", "ended", "terminat", "inte längre", "ikke længere",
		"ikke lenger", "vilande", "inaktiv", "inactive", NULL
	};
	size_t		line_start = pos,
				line_stop = end;
	int			depth = 0;

	/* an item is short: a long line is asked only near the partner */
	while (line_start > within.start && doc->text[line_start - 1] != '\n' &&
		   pos - line_start < EX_ITEM_REACH)
		line_start--;
	/* after it, up to the next item: a comma, a semicolon, outside brackets */
	for (; line_stop < within.end && doc->text[line_stop] != '\n' &&
		 line_stop - end < EX_ITEM_REACH; line_stop++)
	{
		char		c = doc->text[line_stop];

		depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
		if (depth == 0 && (c == ',' || c == ';'))
			break;
	}
	return words_between(doc, line_start, pos, not_now) ||
		words_between(doc, end, line_stop, ended_after);
}

/*
 * The twin-town words by how they begin: bit i of twin_pairs[h] is set
 * for twin_words[i] if ex_pair_hash of its first two bytes, folded, is h.
 * Every word of every sentence is asked whether it is one, and most are
 * turned away by one lookup; the few left are tried in twin_words' order
 * still, so that the first that matches is the one found.  A word whose
 * first two bytes sc_may_match_folded compares as ASCII (all of them
 * now) can match only text whose pair hashes alike; one it reads
 * otherwise (a space, a lead byte, one byte) is in every class.  Asking
 * every word each twin word's first bytes in turn, after a weaker test of
 * its beginning, cost a sixth of the extraction of the benchmark's pages.
 */
static uint64_t twin_pairs[256];
static uint64_t twin_every_class;	/* those in every class */
static uint64_t twin_page_only; /* those that need doc->twin_page */

/*
 * The first four bytes of each twin word with bit 0x20 of each set, or 0
 * for a word whose first four bytes hold a space: folded-equal bytes
 * differ in no bit but 0x20 (ASCII letters, and the Latin-1 letters after
 * 0xC3), so where the word stands the text's first four bytes, so set,
 * are these.  Many words share a twin word's first two bytes
 * ("samverkan" those of "samarbetsavtal"); few its first four.
 */
static uint32_t twin_quads[64];

/*
 * How a twin word may begin, for twin_word_in's walk: by its first byte,
 * in either case, and the low five bits of its second, which folding
 * leaves as they are; every word where one is in every class.
 */
static ex_word_gate twin_gate;
static pthread_once_t twin_pairs_once = PTHREAD_ONCE_INIT;

static void
add_twin_pairs(void)
{
	_Static_assert(sizeof(twin_words) / sizeof(twin_words[0]) <= 65,
				   "twin_pairs has a bit for each twin word");

	for (int i = 0; twin_words[i].prefix; i++)
	{
		const char *prefix = twin_words[i].prefix;
		uint64_t	bit = UINT64_C(1) << i;

		if (twin_words[i].needs_twin_page)
			twin_page_only |= bit;
		if (strlen(prefix) >= 4 && memchr(prefix, ' ', 4) == NULL)
		{
			memcpy(&twin_quads[i], prefix, 4);
			twin_quads[i] |= UINT32_C(0x20202020);
		}
		if (prefix[0] == ' ' || (unsigned char) prefix[0] >= 0x80 || prefix[1] == '\0' ||
			prefix[1] == ' ')
		{
			twin_every_class |= bit;
			for (int h = 0; h < 256; h++)
				twin_pairs[h] |= bit;
		}
		else
		{
			twin_pairs[ex_pair_hash(sc_ascii_folded(prefix[0]),
									sc_ascii_folded(prefix[1]))] |= bit;
			ex_gate_add_word(&twin_gate, prefix);
		}
	}
	for (unsigned c = 0; twin_every_class != 0 && c < 256; c++)
		ex_gate_add_first(&twin_gate, (unsigned char) c);
}

/* The twin words that may begin at pos, as bits of twin_words. */
static inline uint64_t
twin_candidates(const ex_doc *doc, size_t pos, size_t end)
{
	uint64_t	candidates;

	if (pos >= end)
		return 0;
	candidates = pos + 1 == end ? twin_every_class :
		twin_pairs[ex_pair_hash(sc_ascii_folded(doc->text[pos]),
								sc_ascii_folded(doc->text[pos + 1]))];
	if (!doc->twin_page)
		candidates &= ~twin_page_only;
	return candidates;
}

/* The first of the candidates (not 0) that stands at pos, or NULL. */
static const twin_word *
twin_word_among(const ex_doc *doc, size_t pos, size_t end, uint64_t candidates)
{
	uint32_t	quad = 0;

	if (end - pos >= 4)
		memcpy(&quad, doc->text + pos, 4);
	quad |= UINT32_C(0x20202020);
	for (; candidates != 0; candidates &= candidates - 1)
	{
		int			i = ex_lowest_bit(candidates);
		const twin_word *word = &twin_words[i];

		if ((twin_quads[i] == 0 || (end - pos >= 4 && twin_quads[i] == quad)) &&
			sc_may_match_folded(doc->text + pos, end - pos, word->prefix) &&
			ex_word_prefix(doc, pos, end, word->prefix) > 0)
			return word;
	}
	return NULL;
}

/*
 * The twin-town word at pos, or NULL.  Every word of every sentence is
 * asked, and most have no candidate: that is told inline, the rest in a
 * call.
 */
static inline const twin_word *
twin_word_at(const ex_doc *doc, size_t pos, size_t end)
{
	uint64_t	candidates = twin_candidates(doc, pos, end);

	return candidates != 0 ? twin_word_among(doc, pos, end, candidates) : NULL;
}

/* The sentence's first twin-town word, *at where it stands, or NULL. */
static const twin_word *
twin_word_in(const ex_doc *doc, const ex_sentence *s, size_t *at)
{
	for (size_t pos = ex_word_from_gate(doc, s->span.start, s->span.end, &twin_gate);
		 pos < s->span.end;
		 pos = ex_word_from_gate(doc, pos + 1, s->span.end, &twin_gate))
	{
		const twin_word *word = twin_word_at(doc, pos, s->span.end);

		if (word)
		{
			*at = pos;
			return word;
		}
	}
	return NULL;
}

/* Past the separators between two partners: ",", "och", "og", "and", bullets. */
static size_t
next_item(const ex_doc *doc, size_t p, size_t end)
{
	static const char *const joins[] = {"och", "og", "and", "samt", "sekä", NULL};
	size_t		n;

	p = ex_skip_space(doc, p, end);
	if (p < end && (doc->text[p] == ',' || doc->text[p] == ';'))
		p = ex_skip_space(doc, p + 1, end);
	if ((n = ex_word_in(doc, p, end, joins)) > 0)
		p = ex_skip_space(doc, p + n, end);
	if (end - p >= 3 && memcmp(doc->text + p, "•", 3) == 0)
		p = ex_skip_space(doc, p + 3, end);
	else if (p < end && (doc->text[p] == '-' || doc->text[p] == '*'))
		p = ex_skip_space(doc, p + 1, end);
	return p;
}

/*
 * Where the list the twin-town word at trigger opens begins: after a
 * colon, else at the first capitalised word a few words on ("vänort är
 * Rendsburg", "med de tre nordiske byene Vejle").
 */
static size_t
list_start(const ex_doc *doc, const ex_sentence *s, size_t trigger)
{
	const char *colon = memchr(doc->text + trigger, ':', s->list_end - trigger);
	size_t		p;

	if (colon)
		return next_item(doc, colon - doc->text + 1, s->list_end);
	p = ex_next_word(doc, trigger, s->list_end);
	for (int k = 0; k < EX_PARTNER_SKIP && p < s->list_end &&
		 !sc_is_upper(doc->text, s->list_end, p); k++)
		p = ex_next_word(doc, p, s->list_end);
	return p;
}

/*
 * The country whose adjective the word at [pos, end) is ("norska",
 * "nordvästtyska", "tyske", "Armenian"): a stem of country_adjectives
 * the word ends in, but an inflection ("a", "e", "en", "an"); NULL if none.
 */
static const char *
country_adjective(const ex_doc *doc, size_t pos, size_t end)
{
	static const char *const endings[] = {"", "a", "e", "en", "an", NULL};
	size_t		word_end = ex_word_end(doc, pos, end);

	if (word_end <= pos)
		return NULL;
	for (int i = 0; country_adjectives[i].stem; i++)
	{
		size_t		stem = strlen(country_adjectives[i].stem);

		for (int e = 0; endings[e]; e++)
		{
			size_t		len = stem + strlen(endings[e]);

			if (word_end - pos >= len &&
				sc_match_folded(doc->text + word_end - len, len, country_adjectives[i].stem) == stem &&
				strncmp(doc->text + word_end - strlen(endings[e]), endings[e],
						strlen(endings[e])) == 0)
				return country_adjectives[i].code;
		}
	}
	return NULL;
}

/*
 * A partner after its country's adjective, at pos: "norska Stord", "den
 * nordvästtyska staden Hiddenhausen", "the Armenian city of Gyumri",
 * "i ryska Kaliningradregionen" (the region's, for the name before "i").
 * A noun of towns may stand between them; the name is of up to three
 * capitalised words and is no country's.
 */
static bool
partner_after_adjective(const ex_doc *doc, size_t pos, size_t end, partner *out)
{
	const char *country = country_adjective(doc, pos, end);
	size_t		p,
				run_end,
				n;
	int			nwords;

	if (country == NULL)
		return false;
	p = ex_skip_space(doc, ex_word_end(doc, pos, end), end);
	if (ex_word_in(doc, p, end, partner_kinds) > 0 || ex_word_prefix(doc, p, end, "stad") > 0 ||
		ex_word_prefix(doc, p, end, "byen") > 0 || ex_word_is(doc, p, end, "byn") > 0 ||
		ex_word_prefix(doc, p, end, "kommun") > 0 || ex_word_is(doc, p, end, "municipality") > 0)
	{
		p = ex_next_word(doc, p, end);
		if (ex_word_is(doc, p, end, "of") > 0)
			p = ex_next_word(doc, p, end);
	}
	else if (sc_is_upper(doc->text, end, pos))
		return false;			/* "Danske Bank": a capitalised one needs its noun */
	if (p >= end || !sc_is_upper(doc->text, end, p) || ex_country_at(doc, p, end, &n) ||
		ex_word_in(doc, p, end, not_places) > 0)
		return false;
	run_end = ex_name_run(doc, p, end, &nwords);
	if (nwords == 0 || nwords > EX_PARTNER_WORDS || institution_name(doc, p, run_end))
		return false;
	memset(out, 0, sizeof(*out));
	out->name = (sc_span) {p, run_end};
	out->place = municipality_in(doc, out->name, country);
	out->country = country;
	out->end = run_end;
	return true;
}

/*
 * The word right before pos, spaces between, no further back than start:
 * *word_end set past it; pos itself if there is none.
 */
static size_t
previous_word(const ex_doc *doc, size_t start, size_t pos, size_t *word_end)
{
	size_t		p = pos,
				first;

	while (p > start && doc->text[p - 1] == ' ')
		p--;
	first = p;
	while (first > start && is_letter_byte(doc->text[first - 1]))
		first--;
	*word_end = p;
	return first < p ? first : pos;
}

/*
 * Whether the name at pos follows a word of where something lies ("ligger
 * i Schleswig-Holstein i Tyskland", "söder om Darmstadt", "near Graz")
 * or a region's noun ("delstaten Schleswig-Holstein"): a region or a
 * town near a partner, not one.
 */
static bool
where_it_lies(const ex_doc *doc, size_t start, size_t pos)
{
	static const char *const lies[] = {
		"i", "in", "på", "om", "nära", "nær", "near", "vid", "ved", "af", "av",
		"of", "mellan", "mellom", "between", NULL
	};
	/* "delstaten Schleswig-Holstein", "the state of Washington" */
	static const char *const regions[] = {
		"delstat", "region", "provins", "landskap", "länet", "fylke", "amt",
		"state", "province", "county", "oblast", "kreis", "bundesland", NULL
	};
	size_t		word_end,
				p = previous_word(doc, start, pos, &word_end);

	return p != pos && word_or_prefix_in(doc, p, word_end, lies, regions);
}

/*
 * "en vennskapsforbindelse mellom Thisted og Uddevalla i Sverige": the
 * municipality whose partner the name at pos is, when the sentence pairs
 * it with another "between" them, is that other; *out names it.  False
 * if the name is not the second of such a pair.
 */
static bool
between_subject(const ex_doc *doc, const ex_sentence *s, size_t pos, subject *out)
{
	static const char *const joins[] = {"og", "och", "and", NULL};
	static const char *const between[] = {"mellom", "mellan", "between", NULL};
	size_t		join,
				join_end,
				first,
				p,
				word,
				word_end,
				n;
	int			nwords;

	join = previous_word(doc, s->span.start, pos, &join_end);
	if (join == pos || ex_word_in(doc, join, join_end, joins) == 0)
		return false;
	/* the first of the pair: one capitalised word, "between" before it */
	first = previous_word(doc, s->span.start, join, &p);
	if (first == join || !sc_is_upper(doc->text, p, first) ||
		ex_name_run(doc, first, p, &nwords) != p || nwords != 1)
		return false;
	word = previous_word(doc, s->span.start, first, &word_end);
	if (word == first || ex_word_in(doc, word, word_end, between) == 0)
		return false;
	memset(out, 0, sizeof(*out));
	out->basis = SC_BASIS_STATED;
	out->place = municipality_at(doc, first, p, &doc->twin_prose, &n);
	if (out->place && first + n == p)
		snprintf(out->name, sizeof(out->name), "%s", out->place->name);
	else
	{
		out->place = NULL;
		ex_copy(doc, (sc_span) {first, p}, out->name, sizeof(out->name));
	}
	return true;
}

/*
 * The partners of a sentence with a twin-town word: every name with its
 * country, and the names of the list the word opens, which may be Nordic
 * municipalities without one; each takes the relation of the twin-town
 * word last before it, or the sentence's first.
 */
static void
sentence_partners(ex_doc *doc, const ex_sentence *s, size_t trigger,
				  const twin_word *word, const subject *municipality)
{
	size_t		end = s->list_end,
				chain = list_start(doc, s, trigger);
	const char *relation = word->relation;

	for (size_t pos = ex_word_from(doc, s->span.start, end); pos < end;
		 pos = ex_word_from(doc, pos + 1, end))
	{
		partner		pt;
		subject		pair;
		size_t		skip;
		bool		listed = pos == chain || (pos > trigger && after_bullet(doc, s, pos));
		const twin_word *here = pos > trigger && pos < s->span.end ?
			twin_word_at(doc, pos, s->span.end) : NULL;

		if (here)
			relation = here->relation;
		if ((skip = past_institution(doc, pos, end)) > pos)
		{
			pos = skip - 1;
			continue;
		}
		if (doc->pattern_stage && partner_after_adjective(doc, pos, end, &pt))
		{
			/* "med norska Stord" */
			if (!where_it_lies(doc, s->span.start, pos))
				emit_partner(doc, s, &pt, municipality, relation, "twin_town.adjective");
			pos = pt.end - 1;
			continue;
		}
		if (!partner_at(doc, pos, end, listed ? PARTNER_IN_LIST : PARTNER_IN_PROSE, &pt))
			continue;
		if (!listed && where_it_lies(doc, s->span.start, pos))
		{
			pos = pt.end - 1;	/* "ligger i Schleswig-Holstein i Tyskland" */
			continue;
		}
		/* "Tidigare avtal Liepaja": an item of the list that was */
		if (pos >= s->span.end &&
			former_item(doc, (sc_span) {s->span.end, s->list_end}, pos, pt.end))
		{
			if (listed)
				chain = next_item(doc, pt.end, end);
			pos = pt.end - 1;
			continue;
		}
		/* "list": a Nordic municipality whose country only the gazetteer gives */
		emit_partner(doc, s, &pt,
					 between_subject(doc, s, pos, &pair) ? &pair : municipality, relation,
					 listed && pt.end == pt.name.end && pt.place ?
					 "twin_town.list" : "twin_town.partner");
		if (listed)
			chain = next_item(doc, pt.end, end);
		pos = pt.end > pos ? pt.end - 1 : pos;
	}
}

/*
 * Whether pos begins an item of a bulleted list: a bullet ("•", "-", "*")
 * stands right before it, at the beginning of its line.
 */
static bool
after_bullet(const ex_doc *doc, const ex_sentence *s, size_t pos)
{
	size_t		p = pos;

	while (p > s->span.start && doc->text[p - 1] == ' ')
		p--;
	if (p >= s->span.start + 3 && memcmp(doc->text + p - 3, "•", 3) == 0)
		p -= 3;
	else if (p > s->span.start && (doc->text[p - 1] == '-' || doc->text[p - 1] == '*'))
		p--;
	else
		return false;
	while (p > s->span.start && (doc->text[p - 1] == ' ' || doc->text[p - 1] == '\t'))
		p--;
	return p == s->span.start || doc->text[p - 1] == '\n';
}

/* Whether pos begins its line, after spaces and a bullet. */
static bool
starts_line(const ex_doc *doc, size_t pos)
{
	while (pos > 0 && doc->text[pos - 1] != '\n')
	{
		if (pos >= 3 && memcmp(doc->text + pos - 3, "•", 3) == 0)
			pos -= 3;
		else if (pos >= 2 && memcmp(doc->text + pos - 2, "\xC2\xA0", 2) == 0)
			pos -= 2;
		else if (strchr(" \t-*", doc->text[pos - 1]) != NULL)
			pos--;
		else
			return false;
	}
	return true;
}

/* Where the line with pos in it ends: its newline, or end. */
static size_t
end_of_line(const ex_doc *doc, size_t pos, size_t end)
{
	const char *nl = memchr(doc->text + pos, '\n', end - pos);

	return nl ? (size_t) (nl - doc->text) : end;
}

/*
 * Whether [pos, end), the rest of a line after a place, names no other
 * place: brackets, years, references and up to max_words lower-case words
 * ("(since 1979)", "[12]", "sedan 1990", "–").  In a list a twin-town
 * sentence opens, a capitalised word after lower-case ones may follow too
 * ("Håbo i Sverige tæt på Stockholm").
 */
static bool
rest_of_line_bare(const ex_doc *doc, size_t pos, size_t end, int max_words, bool in_list)
{
	int			words = 0;
	size_t		n;

	for (size_t p = ex_skip_space(doc, pos, end); p < end; p = ex_skip_space(doc, p, end))
	{
		char		c = doc->text[p];
		const char *close;

		if ((c == '(' || c == '[') &&
			(close = memchr(doc->text + p, c == '(' ? ')' : ']', end - p)) != NULL)
			p = close - doc->text + 1;
		else if ((c >= '0' && c <= '9') || strchr(".,;:-/", c) != NULL)
			p++;
		else if (ex_country_at(doc, p, end, &n) != NULL)
			p += n;				/* "England, United Kingdom" */
		else if (end - p >= 3 && memcmp(doc->text + p, "–", 3) == 0)
			p += 3;
		else if (sc_is_lower(doc->text, end, p) && ++words <= max_words)
			p = ex_word_end(doc, p, end) > p ? ex_word_end(doc, p, end) : p + 1;
		else
			return in_list && words > 0 && words <= max_words && sc_is_upper(doc->text, end, p);
	}
	/* outside a list, words only before a year: "sedan 1990", not "is a port" */
	return words == 0 || in_list || ex_has_digit(doc, pos, end);
}

/*
 * Lower-case words a partner's line may have after the partner: "from
 * 1949", "från och med år 1949".
 */
#define EX_LINE_PARTNER_WORDS 4

/*
 * A line of its own that is one partner with its country ("Münster,
 * Germany", "Catarroja - Spanien", "Lahti (Finland) since 1955"), or in a
 * bulleted list also a Nordic municipality without one.
 */
static bool
line_partner(const ex_doc *doc, sc_span line, bool in_list, partner *pt)
{
	size_t		p = next_item(doc, line.start, line.end);

	if (p >= line.end || ex_word_in(doc, p, line.end, not_places) > 0)
		return false;
	if (partner_at(doc, p, line.end, PARTNER_ON_LINE, pt) &&
		rest_of_line_bare(doc, pt->end, line.end, EX_LINE_PARTNER_WORDS, in_list))
		return true;
	return in_list && bulleted(doc, line) &&
		partner_at(doc, p, line.end, PARTNER_IN_LIST, pt) &&
		rest_of_line_bare(doc, pt->end, line.end, EX_LINE_PARTNER_WORDS, false);
}

/*
 * Past a name's second part joined to a first that ends in a hyphen:
 * "Skeiða- og Gnúpverjahreppur", a municipality of two joined.  end_of_run
 * if none follows.
 */
static size_t
joined_name_end(const ex_doc *doc, size_t end_of_run, size_t end)
{
	static const char *const joins[] = {"og", "och", "and", NULL};
	size_t		p,
				n;
	int			nwords;

	if (end_of_run >= end || doc->text[end_of_run] != '-')
		return end_of_run;
	p = ex_skip_space(doc, end_of_run + 1, end);
	if ((n = ex_word_in(doc, p, end, joins)) == 0)
		return end_of_run;
	p = ex_skip_space(doc, p + n, end);
	if (p >= end || !sc_is_upper(doc->text, end, p))
		return end_of_run;
	return ex_name_run(doc, p, end, &nwords);
}

/*
 * A line that is only a name of up to three capitalised words ("Vejle",
 * "Alingsås kommun:"): *name its span.  A Nordic municipality sets *place.
 */
static bool
bare_name_line(const ex_doc *doc, sc_span line, sc_span *name, const sc_place **place)
{
	size_t		p = next_item(doc, line.start, line.end),
				n,
				run_end;
	int			nwords;

	if (p >= line.end || !sc_is_upper(doc->text, line.end, p) ||
		ex_word_in(doc, p, line.end, not_places) > 0 || ex_country_at(doc, p, line.end, &n))
		return false;
	run_end = joined_name_end(doc, ex_name_run(doc, p, line.end, &nwords), line.end);
	if (nwords == 0 || nwords > EX_PARTNER_WORDS || institution_name(doc, p, run_end))
		return false;
	*place = municipality_at(doc, p, line.end, &nordic_list, &n);
	if (*place && p + n < run_end)
		*place = NULL;
	*name = (sc_span) {p, *place ? p + n : run_end};
	if (country_after(doc, name->end, line.end, NULL, &n) != NULL)
		return false;			/* "Falkenberg, Sverige": a partner's line */
	p = ex_skip_space(doc, name->end, line.end);
	if (ex_word_in(doc, p, line.end, partner_kinds) > 0 ||
		ex_word_is(doc, p, line.end, "municipality") > 0)
		p = ex_next_word(doc, p, line.end);
	return rest_of_line_bare(doc, p, line.end, 0, false) && !ex_has_digit(doc, p, line.end);
}

/* Whether a country's name is all the line holds ("Tyskland", "Finland:"). */
static const char *
country_line(const ex_doc *doc, sc_span line)
{
	size_t		p = next_item(doc, line.start, line.end),
				n;
	const char *country = ex_country_at(doc, p, line.end, &n);

	return country && rest_of_line_bare(doc, p + n, line.end, 0, false) &&
		!ex_has_digit(doc, p + n, line.end) ? country : NULL;
}

/* The line after the one ending at pos, blank lines passed over, in *next. */
static bool
next_line(const ex_doc *doc, size_t pos, sc_span *next)
{
	size_t		start = ex_skip_space(doc, pos, doc->len);

	if (start >= doc->len)
		return false;
	*next = sc_span_trim(doc->text, (sc_span) {start, end_of_line(doc, start, doc->len)});
	return true;
}

/* Whether the line is bulleted ("  • Loppi i Finland"). */
static bool
bulleted(const ex_doc *doc, sc_span line)
{
	size_t		p = line.start;

	if (p < line.end && strchr("-*", doc->text[p]) != NULL)
		return true;
	if (line.end - p >= 3 && memcmp(doc->text + p, "•", 3) == 0)
		return true;
	while (p > 0 && (doc->text[p - 1] == ' ' || doc->text[p - 1] == '\t'))
		p--;
	return (p >= 3 && memcmp(doc->text + p - 3, "•", 3) == 0) ||
		(p > 0 && (doc->text[p - 1] == '-' || doc->text[p - 1] == '*'));
}

/*
 * Whether the municipality whose partners lines under the words are was
 * named where a reader would take it from: in the words' sentence or a
 * heading, or, the page's own, in an earlier sentence with the words or
 * in its title ("Falkenberg" over "Twin towns").  The page's most named
 * alone may be one of a network's.
 */
static bool
twin_list_named(const ex_doc *doc)
{
	const sc_place *home = doc->twin_list.place;
	size_t		title_end;

	if (doc->twin_list.basis != SC_BASIS_PAGE)
		return true;
	if (home == NULL)
		return false;
	if (home == doc->twin_named)
		return true;			/* an earlier sentence with the words named it */
	/* asked at every line of a list: a title's first bytes only */
	title_end = doc->title.end - doc->title.start > EX_ITEM_REACH ?
		doc->title.start + EX_ITEM_REACH : doc->title.end;
	for (size_t pos = ex_word_from(doc, doc->title.start, title_end); pos < title_end;
		 pos = ex_word_from(doc, pos + 1, title_end))
	{
		size_t		n;

		if (municipality_at(doc, pos, title_end, &doc->twin_prose, &n) == home)
			return true;
	}
	return false;
}

/*
 * Whether the line after line, blank lines passed over, is a partner with
 * its country on a line of its own, as line_partner reads one in a list.
 */
static bool
partner_line_next(const ex_doc *doc, sc_span line)
{
	sc_span		next;
	partner		pt;

	return next_line(doc, line.end, &next) && starts_line(doc, next.start) &&
		line_partner(doc, next, true, &pt);
}

static void
emit_line_partner(ex_doc *doc, sc_span line, const partner *pt, const char *rule)
{
	const ex_sentence s = {.span = line, .list_end = line.end};
	const sc_place *home = doc->twin_list.place;

	if (doc->twin_list.name[0] == '\0')
		return;					/* whose partners they are is not known */
	/* a twin town abroad: a line of the home's own country is an address */
	if (doc->twin_former || (home && strcmp(home->country, pt->country) == 0 &&
							 pt->end > pt->name.end) ||
		former_item(doc, line, pt->name.start, pt->end))
		return;
	emit_partner(doc, &s, pt, &doc->twin_list,
				 doc->twin_bullets ? doc->twin_bullets : "twin_town", rule);
}

/* Labels of a table's columns, whole lines, folded. */
static const char *const column_labels[] = {
	"land", "country", "webbplats", "hemsida", "hjemmeside", "nettside",
	"website", "kommun", "kommune", "municipality", "vänort", "venskabsby",
	"vennskapsby", "samarbetsområden", "sedan", "siden", "since", "år", NULL
};

/*
 * Whether the line is a table's label ("Land:", "Webbplats:") or an
 * address ("www.harstad.kommune.no"), which a list of partners in a table
 * goes on after.
 */
static bool
table_filler(const ex_doc *doc, sc_span line)
{
	size_t		p = next_item(doc, line.start, line.end),
				words_end;
	int			nwords;

	if (memchr(doc->text + p, ' ', line.end - p) == NULL &&
		(ex_find_part(doc, p, line.end, "www.") != EX_NONE ||
		 ex_find_part(doc, p, line.end, "http") != EX_NONE))
		return true;			/* an address, or a cell run into one */
	if (ex_word_in(doc, p, line.end, column_labels) > 0 &&
		rest_of_line_bare(doc, ex_word_end(doc, p, line.end), line.end, 0, false))
		return true;
	words_end = ex_name_run(doc, p, line.end, &nwords);
	return nwords > 0 && nwords <= 2 && words_end + 1 == line.end && doc->text[words_end] == ':';
}

/*
 * Whether the line is a table's cell of what a partnership is about
 * ("Kultur, utbildning", "Miljöteknik, energi"): a capitalised word and
 * lower-case ones after it, listed with commas or "och", no country, no
 * digit.
 */
static bool
description_cell(const ex_doc *doc, sc_span line)
{
	static const char *const joins[] = {"och", "og", "and", NULL};
	size_t		p = line.start,
				n;
	int			words = 0;
	bool		listed = false;

	if (p >= line.end || !sc_is_upper(doc->text, line.end, p) || ex_has_digit(doc, p, line.end))
		return false;
	for (; p < line.end; p = ex_skip_space(doc, p, line.end))
	{
		if (doc->text[p] == ',')
		{
			listed = true;
			p++;
			continue;
		}
		listed = listed || ex_word_in(doc, p, line.end, joins) > 0;
		if (ex_country_at(doc, p, line.end, &n) != NULL ||
			(words > 0 && !sc_is_lower(doc->text, line.end, p)) ||
			ex_word_end(doc, p, line.end) <= p)
			return false;
		p = ex_word_end(doc, p, line.end);
		words++;
	}
	/* fields listed, not "Kontakta oss" */
	return listed && words >= 2 && words <= 12;
}

/*
 * A name in a table of partners, line by line: under a country's heading
 * ("Tyskland" over "Rendsburg"), over its country ("Harstad" over
 * "Norge"), or in the first of two columns whose second names the Nordic
 * municipality whose partner it is ("ISLAND", "NORGE", then "Árborg" over
 * "Arendal").  False if the lines are of none of these shapes.
 */
static bool
table_row(ex_doc *doc, sc_span line, sc_span name, const sc_place *place)
{
	partner		pt;
	sc_span		next;
	const sc_place *home;
	const char *country = NULL;
	size_t		n;
	subject		row;

	memset(&pt, 0, sizeof(pt));
	pt.name = name;
	if (doc->twin_column_country)
	{
		sc_span		other;
		const sc_place *unused;

		if (!doc->twin_block_country || !next_line(doc, line.end, &next))
			return false;
		home = municipality_at(doc, next.start, next.end, &nordic_list, &n);
		memset(&row, 0, sizeof(row));
		/* "Horten/Borre": the municipality and its former name */
		if (!home || strcmp(home->country, doc->twin_column_country) != 0 ||
			!(next.start + n == next.end || doc->text[next.start + n] == '/'))
		{
			/*
			 * a municipality the gazetteer does not know (one since
			 * merged: "Skedsmo"), by its name, if a bare name of one word
			 */
			if (!bare_name_line(doc, next, &other, &unused))
				return false;
			doc->twin_skip_to = next.end;
			if (home || ex_next_word(doc, other.start, other.end) < other.end)
				return true;	/* a row of another country's: passed */
			ex_copy(doc, other, row.name, sizeof(row.name));
		}
		else
		{
			row.place = home;
			snprintf(row.name, sizeof(row.name), "%s", home->name);
		}
		pt.country = doc->twin_block_country;
		pt.end = name.end;
		emit_partner(doc, &(ex_sentence) {.span = line, .list_end = line.end}, &pt, &row,
					 doc->twin_bullets, "twin_town.table");
		doc->twin_skip_to = next.end;
		return true;
	}
	if (!doc->twin_block_country && next_line(doc, line.end, &next) &&
		(country = country_line(doc, next)) != NULL)
		doc->twin_skip_to = next.end;	/* "Harstad" over "Norge" */
	else if ((country = doc->twin_block_country) == NULL)
		return false;
	pt.place = place && strcmp(place->country, country) == 0 ? place :
		municipality_in(doc, name, country);
	pt.country = country;
	pt.end = name.end;
	emit_line_partner(doc, line, &pt, "twin_town.table");
	doc->twin_cells = 0;
	return true;
}

/*
 * As the loader reads by default, a line of a table flattened a cell a
 * line under the twin-town words, once its columns' labels were read
 * ("Vänort:", "Land:", "Webbplats:"): a label or an address, a cell of
 * what a partnership is about, or a name over its country ("Harstad" over
 * "Norge").  False if the line is none of these, and the list has ended.
 */
static bool
table_line(ex_doc *doc, sc_span line)
{
	sc_span		name;
	const sc_place *place;

	if (table_filler(doc, line))
	{
		doc->twin_table = true;
		return true;
	}
	if (!doc->twin_table)
		return false;
	if (doc->twin_cells < 2 && description_cell(doc, line))
	{
		doc->twin_cells++;
		return true;
	}
	return twin_list_named(doc) && bare_name_line(doc, line, &name, &place) &&
		table_row(doc, line, name, place);
}

/*
 * Whether a name outside the gazetteer on a line of its own may be a
 * town's over its partners: on an English page, under English twin-town
 * words ("Bolton"), not a section's
 * ("Contact", "Economy").  A Nordic page's lists are of Nordic
 * municipalities, which the gazetteer knows.
 */
static bool
town_heading(const ex_doc *doc, sc_span name)
{
	static const char *const sections[] = {
		"contact", "contacts", "about", "links", "news", "home", "menu", "events",
		"history", "economy", "culture", "sport", "sports", "education",
		"transport", "geography", "demographics", "politics", "notes",
		"references", "see", "external", "sources", "further", "gallery", NULL
	};

	return doc->twin_prose.country == NULL && doc->twin_english &&
		ex_word_in(doc, name.start, name.end, sections) == 0;
}

/*
 * The next paragraph after line, blank lines passed over: up to a blank
 * line, or its first EX_PARAGRAPH_REACH bytes.
 */
static sc_span
paragraph_below(const ex_doc *doc, sc_span line)
{
	size_t		start = ex_skip_space(doc, line.end, doc->len),
				end = start,
				stop = doc->len - start > EX_PARAGRAPH_REACH ? start + EX_PARAGRAPH_REACH : doc->len;

	while (end < stop)
	{
		const char *nl = memchr(doc->text + end, '\n', stop - end);
		size_t		next;

		if (!nl)
			return (sc_span) {start, stop};
		next = nl - doc->text + 1;
		while (next < doc->len && (doc->text[next] == ' ' || doc->text[next] == '\t' ||
								   doc->text[next] == '\r'))
			next++;
		if (next >= doc->len || doc->text[next] == '\n')
			return (sc_span) {start, (size_t) (nl - doc->text)};
		end = next;
	}
	return (sc_span) {start, end};
}

/*
 * Whether the paragraph under a line that is a partner with its country
 * ("Kovdor, Ryssland") names the partner again, in its first sentences:
 * a heading over what is said of it, not a menu's item or an address.
 */
static bool
named_below(const ex_doc *doc, sc_span line, sc_span name)
{
	sc_span		below = paragraph_below(doc, line);
	size_t		len = name.end - name.start,
				stop = below.end - below.start < EX_NAMED_BELOW_REACH ? below.end :
		below.start + EX_NAMED_BELOW_REACH;

	if (below.start >= below.end || len == 0)
		return false;
	for (size_t p = below.start; p + len <= stop; p++)
		if (memcmp(doc->text + p, doc->text + name.start, len) == 0 &&
			ex_word_start(doc, p) && !is_letter_byte(p + len < doc->len ? doc->text[p + len] : ' '))
			return true;
	return false;
}

/*
 * A town of country that the paragraph under a country's name begins
 * with, with its noun ("Kiikala kommun ligger ...", "Mühltals kommun
 * ligger ..."): a partner in that country.  Not the home's own country's.
 */
static bool
town_below(const ex_doc *doc, sc_span line, const char *country, partner *pt)
{
	sc_span		below = paragraph_below(doc, line);
	size_t		p = below.start,
				run_end,
				n;
	int			nwords;

	if (p >= below.end || !sc_is_upper(doc->text, below.end, p) ||
		ex_word_in(doc, p, below.end, not_places) > 0 || ex_country_at(doc, p, below.end, &n) ||
		(doc->twin_list.place && strcmp(doc->twin_list.place->country, country) == 0))
		return false;
	run_end = ex_name_run(doc, p, below.end, &nwords);
	if (nwords != 1 || institution_name(doc, p, run_end))
		return false;
	memset(pt, 0, sizeof(*pt));
	pt->name = (sc_span) {p, run_end};
	if (ex_word_in(doc, ex_skip_space(doc, run_end, below.end), below.end, partner_kinds) == 0)
		return false;
	/* "Mühltals kommun": the genitive before the noun, not a name's "s" */
	if (doc->text[run_end - 1] == 's' && municipality_at(doc, p, run_end, &nordic_list, &n) == NULL)
		pt->name.end = run_end - 1;
	pt->place = municipality_in(doc, pt->name, country);
	pt->country = country;
	pt->end = pt->name.end;
	return true;
}

/*
 * One line of a page that spoke of twin towns, with no twin-town word of
 * its own.  Under the words, a list goes on while its lines are of one of
 * these shapes, and ends at the first that is not:
 *
 *		"Münster, Germany", "• Rakvere i Estland sedan 1990"	a partner
 *		"Tyskland"			the country of the names under it
 *		"Rendsburg"			a partner in that country
 *		"Alingsås"			the municipality whose partners follow, if a
 *							partner with its country does (on an
 *							English page "Bolton" too, outside the
 *							gazetteer)
 *
 * A heading anywhere that is only a partner with its country ("Vejle,
 * Danmark" over a paragraph about Vejle) is a partner too, of the
 * municipality the page's twin-town words were of; a line that is only a
 * Nordic municipality, over a partner with its country, opens a list of
 * its partners anywhere, one outside the gazetteer inside a list on an
 * English page only.  Other lines with a place and its country, on a
 * page of many ("Kontakt: Lone, Danmark"), are not read.
 */
static void
twin_line(ex_doc *doc, sc_span line, bool heading)
{
	partner		pt;
	sc_span		name,
				next;
	const sc_place *place;
	const char *country;
	bool		in_list = doc->twin_bullets != NULL;

	if (line.start < doc->twin_skip_to)
		return;					/* read with the line before */
	if (line.end <= line.start || !starts_line(doc, line.start))
	{
		doc->twin_bullets = NULL;
		return;
	}
	if (!doc->pattern_stage)
	{
		/*
		 * As the loader reads by default: lines under the words that are
		 * each a partner, bulleted or two or more together ("Håbo i
		 * Sverige" over "Ingå i Finland"): one line alone, with no bullet,
		 * may be a heading or an address.  Lines with no bullets are of a
		 * municipality named (twin_list_named), not merely the page's most
		 * named: "Mellom de seks vennskapskommuner" over six towns with
		 * their countries is a network's, the home among them.
		 */
		if (in_list && line_partner(doc, line, true, &pt) &&
			(bulleted(doc, line) ||
			 (twin_list_named(doc) &&
			  (doc->twin_line_run || partner_line_next(doc, line)))))
		{
			emit_line_partner(doc, line, &pt,
							  bulleted(doc, line) ? "twin_town.bullet" : "twin_town.line");
			doc->twin_line_run = true;
		}
		else if (!(in_list && !line_not_now(doc, line.start, line.end) &&
				   table_line(doc, line)))
		{
			doc->twin_bullets = NULL;
			doc->twin_line_run = false;
			doc->twin_table = false;
		}
		return;
	}
	if ((in_list || heading) && line_partner(doc, line, in_list, &pt))
	{
		emit_line_partner(doc, line, &pt, in_list ? "twin_town.line" : "twin_town.heading");
		return;
	}
	/* "Kovdor, Ryssland" over "Kovdor (Ковдор) är en stad ..." */
	if (!in_list && line_partner(doc, line, false, &pt) && named_below(doc, line, pt.name))
	{
		emit_line_partner(doc, line, &pt, "twin_town.over_paragraph");
		return;
	}
	/* "Finland" over "Kiikala kommun ligger mellan Åbo och Helsingfors" */
	if ((country = country_line(doc, line)) != NULL && town_below(doc, line, country, &pt))
	{
		emit_line_partner(doc, line, &pt, "twin_town.country_heading");
		doc->twin_skip_to = paragraph_below(doc, line).end;
		return;
	}
	if (in_list && (country = country_line(doc, line)) != NULL)
	{
		/* "ISLAND / NORGE": a table of two columns, a country's each */
		doc->twin_column_country = doc->twin_after_country ? country : NULL;
		if (!doc->twin_after_country)
			doc->twin_block_country = country;
		doc->twin_after_country = true;
		return;
	}
	doc->twin_after_country = false;
	if (in_list && table_filler(doc, line))
	{
		doc->twin_table = true;
		return;
	}
	/* a row's other cells, in a table under its columns' labels */
	if (in_list && doc->twin_table && doc->twin_cells < 2 && description_cell(doc, line))
	{
		doc->twin_cells++;
		return;
	}
	if (bare_name_line(doc, line, &name, &place))
	{
		/*
		 * a town of the country whose heading is over it ("Finland" over
		 * "Loimaa") is that country's partner, never a home over partners
		 */
		bool		of_heading = place && doc->twin_block_country &&
			strcmp(place->country, doc->twin_block_country) == 0;

		if ((place || (in_list && town_heading(doc, name))) && !of_heading && !doc->twin_former &&
			next_line(doc, line.end, &next) && line_partner(doc, next, false, &pt))
		{
			/* "Alingsås" over its partners; in a list, "Bolton" too */
			memset(&doc->twin_list, 0, sizeof(doc->twin_list));
			doc->twin_list.place = place;
			if (place)
				snprintf(doc->twin_list.name, sizeof(doc->twin_list.name), "%s", place->name);
			else
				ex_copy(doc, name, doc->twin_list.name, sizeof(doc->twin_list.name));
			doc->twin_bullets = doc->twin_bullets ? doc->twin_bullets : "twin_town";
			doc->twin_block_country = doc->twin_column_country = NULL;
			return;
		}
		if (in_list && table_row(doc, line, name, place))
			return;
	}
	doc->twin_bullets = NULL;	/* the list has ended */
	doc->twin_block_country = doc->twin_column_country = NULL;
	doc->twin_table = false;
}

/* Each line of a sentence with no twin-town word, its list's too. */
static void
twin_lines(ex_doc *doc, const ex_sentence *s)
{
	size_t		pos = s->span.start;

	while (pos < s->list_end)
	{
		size_t		end = end_of_line(doc, pos, s->list_end);

		twin_line(doc, sc_span_trim(doc->text, (sc_span) {pos, end}), s->heading);
		pos = ex_skip_space(doc, end, s->list_end);
	}
}

/*
 * A partner with its country beside it at *pos in a sentence after the
 * twin-town words, no institution's name and no place where something
 * lies: *pos is moved to the last byte read, so that the walk goes on
 * after it.
 */
static bool
continued_partner_at(const ex_doc *doc, const ex_sentence *s, size_t *pos, partner *pt)
{
	size_t		skip;

	if ((skip = past_institution(doc, *pos, s->span.end)) > *pos)
	{
		*pos = skip - 1;
		return false;
	}
	if (!partner_at(doc, *pos, s->span.end, PARTNER_IN_PROSE, pt))
		return false;
	if (where_it_lies(doc, s->span.start, *pos))
	{
		*pos = pt->end - 1;
		return false;
	}
	*pos = pt->end > *pos ? pt->end - 1 : *pos;
	return true;
}

/*
 * "Ålesund kommunes syv vennskapsbyer har ... De syv byene er Västerås i
 * Sverige, Akureyri på Island ...": the sentence right after the one with
 * the twin-town words, in its paragraph, names partners with their
 * countries beside them, of the municipality that one's were.  As the
 * loader reads by default, only where that one named the municipality
 * and this one names two partners or more: one town with its country
 * after a sentence on twin towns may be anything ("Peterhead i Scotland
 * er en by").
 */
static void
continued_partners(ex_doc *doc, const ex_sentence *s)
{
	partner		first;
	/* by default the first partner waits for a second, in one walk */
	int			held = doc->pattern_stage ? -1 : 0;

	if (not_now_in(doc, s) || doc->twin_list.name[0] == '\0' ||
		(!doc->pattern_stage && !twin_list_named(doc)))
	{
		doc->twin_bullets = NULL;
		return;
	}
	for (size_t pos = ex_word_from(doc, s->span.start, s->span.end); pos < s->span.end;
		 pos = ex_word_from(doc, pos + 1, s->span.end))
	{
		partner		pt;

		if (!continued_partner_at(doc, s, &pos, &pt))
			continue;
		if (held == 0)
		{
			first = pt;
			held = 1;
			continue;
		}
		if (held == 1)
		{
			emit_partner(doc, s, &first, &doc->twin_list, doc->twin_bullets,
						 "twin_town.continued");
			held = -1;
		}
		emit_partner(doc, s, &pt, &doc->twin_list, doc->twin_bullets, "twin_town.continued");
	}
	doc->twin_bullets = NULL;	/* one sentence on, no more */
}

/*
 * Whether a sentence that names municipality names the one whose partners
 * the lines before were too, another: "Sundbyberg och Kyrkslätt ingick
 * ett vänortsavtal 1972" under Kyrkslätt's "Sundbyberg, Sverige" speaks
 * of the pair, and the lines under it are still Kyrkslätt's.
 */
static bool
pair_with_list(const ex_doc *doc, const ex_sentence *s, const subject *municipality)
{
	const char *name = doc->twin_list.name;

	if (name[0] == '\0' || municipality->basis != SC_BASIS_STATED ||
		same_town(&(partner) {.place = municipality->place}, municipality->name, &doc->twin_list))
		return false;
	for (size_t pos = ex_find_part(doc, s->span.start, s->span.end, name); pos != EX_NONE;
		 pos = ex_find_part(doc, pos + 1, s->span.end, name))
		if (ex_word_start(doc, pos) && !inside_name(doc, pos))
			return true;
	return false;
}

void
ex_find_twin_towns(ex_doc *doc, const ex_sentence *s)
{
	size_t		trigger = s->span.start;
	const twin_word *word;
	subject		municipality;

	pthread_once(&twin_pairs_once, add_twin_pairs);
	word = twin_word_in(doc, s, &trigger);

	if (!word)
	{
		if (doc->twin_bullets && !starts_line(doc, s->span.start))
			continued_partners(doc, s);
		else if (doc->twin_page)
			twin_lines(doc, s);
		return;
	}
	doc->twin_bullets = NULL;
	doc->twin_block_country = doc->twin_column_country = NULL;
	doc->twin_after_country = false;
	doc->twin_line_run = false;
	doc->twin_table = false;
	doc->twin_cells = 2;
	doc->twin_english = strcmp(word->prefix, "twin") == 0 || strncmp(word->prefix, "sister", 6) == 0 ||
		strncmp(word->prefix, "partner ", 8) == 0 ||
		strncmp(word->prefix, "friendship", 10) == 0 || strstr(word->prefix, "agreement") != NULL;
	if (!doc->twin_page)
	{
		/* the page's language and municipality, once it speaks of twins */
		doc->twin_prose = (sc_gazetteer_context) {doc->country, false, false, NULL};
		doc->twin_home = home_municipality(doc);
	}
	doc->twin_page = true;
	doc->twin_former = not_now_in(doc, s);
	if (doc->twin_former)
		return;
	if (!twin_subject(doc, s, trigger, &municipality))
	{
		/* whose, unknown: only the lines under it may say ("Alingsås") */
		memset(&doc->twin_list, 0, sizeof(doc->twin_list));
		doc->twin_bullets = word->relation;
		return;
	}
	if (municipality.place)
		doc->twin_subject = municipality.place;
	if (municipality.place && municipality.basis == SC_BASIS_STATED)
		doc->twin_named = municipality.place;
	/* the lines under it have the municipality from it */
	if (!pair_with_list(doc, s, &municipality))
	{
		doc->twin_list = municipality;
		if (municipality.basis == SC_BASIS_STATED)
			doc->twin_list.basis = ex_named_in(doc, s);
	}
	doc->twin_bullets = word->relation;
	/* "cut its ties with Murmansk": none of the sentence's own */
	if (!words_in(doc, s, not_in_force_in_sentence))
		sentence_partners(doc, s, trigger, word, &municipality);
}
