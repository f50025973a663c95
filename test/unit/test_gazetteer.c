/*
 * test_gazetteer.c
 *		Unit tests of core/gazetteer.c: the forms names are written in in
 *		Swedish, Danish and Norwegian, Finland's places and Norway's merged
 *		away, the councils of the United Kingdom and Ireland, names shared
 *		by several places or with ordinary words, the
 *		longest-prefix match that reads member lists, the codes, and the
 *		sets counted statements name.
 */
#include "gazetteer.h"
#include "unit.h"
#include "words.h"

#include <stdint.h>
#include <string.h>

static const sc_gazetteer_context any_country = {NULL, false, false, NULL};
static const sc_gazetteer_context swedish = {"SE", false, false, NULL};
static const sc_gazetteer_context danish = {"DK", false, false, NULL};
static const sc_gazetteer_context norwegian = {"NO", false, false, NULL};
static const sc_gazetteer_context norwegian_list = {"NO", true, false, NULL};
static const sc_gazetteer_context swedish_list = {"SE", true, false, NULL};

static const char *
code_in(const sc_gazetteer_context *context, const char *name)
{
	const sc_place *place = sc_gazetteer_resolve(name, strlen(name), context, NULL);

	return place ? place->code : "(none)";
}

static void
check_in(const sc_gazetteer_context *context, const char *name, const char *code)
{
	const char *found = code_in(context, name);

	unit_check(strcmp(found, code) == 0, "\"%s\" in %s text is %s (found %s)", name,
			   context->country ? context->country : "any", code, found);
}

/* The look-up the extractor has used so far: the Greater Copenhagen area. */
static void
check_lookup(const char *name, const char *code)
{
	const sc_place *place = sc_gazetteer_lookup(name, strlen(name));
	const char *found = place ? place->code : "(none)";

	unit_check(strcmp(found, code) == 0, "\"%s\" is %s (found %s)", name, code, found);
}

static void
test_swedish_forms(void)
{
	check_lookup("Simrishamn", "1291");
	check_lookup("Simrishamns", "1291");
	check_lookup("simrishamn", "1291");
	check_lookup("SIMRISHAMN", "1291");
	check_lookup("Kristianstads kommun", "1290");
	check_lookup("Kristianstad kommuns", "1290");
	check_lookup("Kristianstads kommuns", "1290");
	check_lookup("Landskrona stad", "1282");
	check_lookup("Höganäs", "1284");
	check_lookup("höganäs kommun", "1284");
	check_lookup("ÄNGELHOLM", "1292");
	check_lookup("Östra Göinge kommun", "1256");
	check_lookup("Region Skåne", "12");
	check_lookup("Region Skånes", "12");
	check_lookup("  Ystad  ", "1286");
	check_in(&swedish, "Malmös", "1280");
	check_in(&swedish, "Lunds kommun", "1281");
	check_in(&swedish, "Stockholms stad", "0180");
	check_in(&swedish, "Göteborgs Stad", "1480");
	check_in(&swedish, "Gothenburg", "1480");
	check_in(&swedish, "Umea", "2480");
	check_in(&swedish, "Region Västerbotten", "24");
	check_in(&swedish, "Västra Götalandsregionen", "14");
	check_in(&swedish, "Stockholms län", "01");
	check_in(&swedish, "Region Blekinge", "10");
	/* Blekinge's kommuner keep the codes Danish regions have officially */
	check_in(&swedish, "Ronneby", "1081");
	check_in(&swedish, "Sölvesborgs kommun", "1083");
}

static void
test_danish_forms(void)
{
	check_lookup("Köge", "259");
	check_lookup("Køge", "259");
	check_lookup("Koege", "259");
	check_lookup("Köge kommun", "259");
	check_lookup("Køge Kommune", "259");
	check_lookup("Bornholms Regionskommune", "400");
	check_lookup("Region Sjælland", "DK-1085");
	check_lookup("Region Hovedstaden", "DK-1084");
	check_lookup("Lyngby-Taarbæk", "173");
	/* a hyphenated name written with a space */
	check_in(&danish, "Høje Taastrup", "169");
	check_in(&danish, "Lyngby Taarbæk Kommune", "173");
	check_in(&norwegian, "Nord Fron kommune", "NO-3436");
	check_in(&swedish, "Upplands Bro kommun", "0139");
	/* the whole name, not the place its last word names */
	check_in(&norwegian, "Sør Trøndelag", "NO-16");
	check_in(&danish, "Københavns Kommune", "101");
	check_in(&danish, "Aarhus Kommune", "751");
	check_in(&danish, "Århus", "751");
	check_in(&danish, "Aarhus", "751");
	check_in(&danish, "Aalborg Kommunes", "851");
	check_in(&danish, "Region Nordjylland", "DK-1081");
	check_in(&danish, "Region Midtjylland", "DK-1082");
	check_in(&danish, "Region Syddanmark", "DK-1083");
	check_in(&danish, "Malmø Kommune", "1280");
	check_in(&danish, "Nordfyns Kommune", "480");
}

static void
test_norwegian_forms(void)
{
	check_in(&norwegian, "Oslo kommune", "NO-0301");
	check_in(&norwegian, "Oslo", "NO-0301");
	check_in(&norwegian, "Oslo fylke", "NO-03");
	check_in(&norwegian, "Bergen kommune", "NO-4601");
	check_in(&norwegian, "Bergens", "NO-4601");
	check_in(&norwegian, "Trondheim kommunes", "NO-5001");
	check_in(&norwegian, "Trondhjem", "NO-5001");
	check_in(&norwegian, "Tromsö", "NO-5501");
	check_in(&norwegian, "Vestland fylkeskommune", "NO-46");
	check_in(&norwegian, "Vestland fylke", "NO-46");
	check_in(&norwegian, "Vestland", "NO-46");
	check_in(&norwegian, "Kautokeino", "NO-5612");
	check_in(&norwegian, "Guovdageaidnu", "NO-5612");
	check_in(&norwegian, "Bodø", "NO-1804");
	check_in(&norwegian, "Bodo", "NO-1804");
	check_in(&norwegian, "Nordre Follo", "NO-3207");
	check_in(&swedish, "Oslo", "NO-0301");
}

/* Names of several places, and names that are also ordinary words. */
static void
test_ambiguous(void)
{
	int			candidates = 0;
	const sc_place *place;

	/* Lund is in Skåne and in Rogaland: the context's country decides */
	check_in(&swedish, "Lund", "1281");
	check_in(&norwegian, "Lund", "NO-1112");
	check_in(&norwegian, "Lund kommune", "NO-1112");
	check_in(&any_country, "Lunds", "(none)");
	place = sc_gazetteer_resolve("Lund", 4, &danish, &candidates);
	unit_check(place == NULL && candidates == 2,
			   "\"Lund\" in Danish text is one of 2 places, not a guess (%d)", candidates);
	check_lookup("Lund", "1281");

	/* Herøy and Våler twice in Norway: no context decides */
	place = sc_gazetteer_resolve("Herøy kommune", strlen("Herøy kommune"), &norwegian, &candidates);
	unit_check(place == NULL && candidates == 2, "\"Herøy kommune\" is one of 2 places (%d)", candidates);
	check_in(&norwegian, "Våler", "(none)");
	check_in(&norwegian, "Herøy (Nordland)", "NO-1818");
	check_in(&norwegian, "Herøy (Møre og Romsdal)", "NO-1515");
	check_in(&norwegian, "Våler (Østfold)", "NO-3114");
	check_in(&norwegian, "Våler (Innlandet)", "NO-3419");

	/* a region decides between them, as a list's other places tell it */
	{
		const sc_gazetteer_context innlandet = {"NO", true, false, "NO-34"};
		const sc_gazetteer_context ostfold = {"NO", true, false, "NO-31"};
		const sc_gazetteer_context nordland = {"NO", true, false, "NO-18"};
		const sc_gazetteer_context vestland = {"NO", true, false, "NO-46"};

		check_in(&innlandet, "Våler", "NO-3419");
		check_in(&ostfold, "Våler", "NO-3114");
		check_in(&nordland, "Herøy", "NO-1818");
		check_in(&vestland, "Herøy", "(none)");
		/* the country decides first: Lund in Norwegian text near Skåne's places */
		check_in(&(const sc_gazetteer_context) {"NO", true, false, "12"}, "Lund", "NO-1112");
		/* with no country, the region decides between countries too */
		check_in(&(const sc_gazetteer_context) {NULL, true, false, "12"}, "Lund", "1281");
	}

	/* ordinary words are places with a suffix, or in a list of places */
	check_in(&swedish, "Vara", "(none)");
	check_in(&swedish, "Vara kommun", "1470");
	check_in(&swedish, "Varas kommun", "1470");
	check_in(&swedish, "Mark", "(none)");
	check_in(&swedish, "Marks kommun", "1463");
	/* Falun's own name is "Falu kommun"; "Falu" alone begins company names */
	check_in(&swedish, "Falu kommun", "2080");
	check_in(&swedish, "Falu kommuns", "2080");
	check_in(&swedish, "Falu", "(none)");
	check_in(&danish, "Vejen", "(none)");
	check_in(&danish, "Vejen Kommune", "575");
	check_in(&norwegian, "Nes", "(none)");
	check_in(&norwegian, "Nes kommune", "NO-3228");
	check_in(&norwegian_list, "Nes", "NO-3228");
	check_in(&norwegian, "Os", "(none)");
	check_in(&norwegian, "Os kommune", "NO-3430");
	check_in(&norwegian, "Bø", "(none)");
	check_in(&norwegian, "Bø kommune", "NO-1867");
	check_in(&norwegian, "Time", "(none)");
	check_in(&norwegian, "Time kommune", "NO-1121");
	check_in(&norwegian, "Stad", "(none)");
	check_in(&norwegian, "Stad kommune", "NO-4649");
	check_in(&swedish, "Are", "(none)");
	check_in(&swedish, "Åre", "2321");
	/*
	 * Ski is no kommune since 2020, when it became part of Nordre Follo:
	 * a place of the past, and a word, so a place only in a list
	 */
	check_in(&norwegian, "Ski", "(none)");
	check_in(&norwegian_list, "Ski", "NO-0213");
	/* two letters in capitals are no place: "World War II", "OS" */
	check_in(&swedish_list, "II", "(none)");
	check_in(&swedish_list, "Ii", "FI-139");
	check_in(&norwegian_list, "OS", "(none)");
	check_in(&norwegian_list, "Os", "NO-3430");
	/* but with a suffix they are, as a letterhead in capitals writes them */
	check_in(&norwegian, "ÅS KOMMUNE", "NO-3218");
	check_in(&norwegian, "OS KOMMUNE", "NO-3430");
	check_in(&norwegian, "HÅ KOMMUNE", "NO-1119");
}

/*
 * Finland: names in both national languages, the majority language's the
 * official one; and Norway's places merged away since 2000, which never
 * make a name of today ambiguous.
 */
static void
test_finland_and_the_past(void)
{
	const sc_place *p;

	check_in(&swedish, "Vasa", "FI-905");
	check_in(&swedish, "Vaasa", "FI-905");
	check_in(&swedish, "Vasa stad", "FI-905");
	check_in(&swedish, "Jakobstad", "FI-598");
	check_in(&any_country, "Pietarsaari", "FI-598");
	check_in(&swedish, "Österbotten", "FI-15");
	check_in(&swedish, "Korsholms kommun", "FI-499");
	/* Swedish words: a place only with its suffix, or in a list */
	check_in(&swedish, "Ingå", "(none)");
	check_in(&swedish, "Inga", "(none)");
	check_in(&swedish, "Ingå kommun", "FI-149");
	check_in(&swedish_list, "Ingå", "FI-149");
	check_in(&swedish, "Stora", "(none)");
	p = sc_gazetteer_by_code("FI-905");
	unit_check(p && strcmp(p->name, "Vaasa") == 0 && strcmp(p->region, "FI-15") == 0 &&
			   p->kind == SC_PLACE_KUNTA && sc_place_is_municipality(p) &&
			   strcmp(p->official_code, "905") == 0 && p->valid_until[0] == '\0',
			   "Vaasa is FI-905, a kunta of Pohjanmaa");
	p = sc_gazetteer_by_code("FI-21");
	unit_check(p && p->kind == SC_PLACE_MAAKUNTA && sc_place_is_region(p), "Åland is maakunta FI-21");

	check_in(&norwegian, "Nøtterøy kommune", "NO-0722");
	check_in(&norwegian, "Nøtterøy", "NO-0722");
	p = sc_gazetteer_by_code("NO-0722");
	unit_check(p && strcmp(p->valid_until, "2018-01-01") == 0,
			   "Nøtterøy ceased on 2018-01-01, merged into Færder");
	check_in(&norwegian, "Hedmark", "NO-04");
	/* "Hemnes" is Hemnes of today, not the genitive of Hemne of the past */
	check_in(&norwegian, "Hemnes", "NO-1832");
	check_in(&any_country, "Hemnes", "NO-1832");
	check_in(&norwegian, "Hemne kommune", "NO-5011");
	/* Sund: Åland's kunta of today, Norway's kommune until 2020 */
	check_in(&norwegian_list, "Sund", "NO-1245");
	check_in(&swedish_list, "Sund", "FI-771");
}

static void
test_non_names(void)
{
	check_lookup("Lundagård", "(none)");
	check_lookup("Ystadvägen", "(none)");
	check_lookup("Rendsburg", "(none)");
	check_lookup("", "(none)");
	check_lookup("S", "(none)");
	check_lookup("Simrishamnss", "(none)");
	check_lookup("Ystad kommunal", "(none)");
	check_in(&norwegian, "Bergenkommune", "(none)");
	check_in(&norwegian, "Oslo\tkommune", "(none)");
	/* the legacy look-up stays in the Greater Copenhagen area */
	check_lookup("Stockholm", "(none)");
	check_lookup("Oslo", "(none)");
}

/* Every official name finds its place, in its own country's text. */
static void
test_every_name(void)
{
	int			wrong = 0,
				shared = 0;

	for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
	{
		const sc_place *place = &sc_gazetteer_places[i];
		sc_gazetteer_context context = {place->country, true, false, NULL};
		int			candidates;
		const sc_place *found = sc_gazetteer_resolve(place->name, strlen(place->name),
													 &context, &candidates);

		if (found == NULL && candidates > 1)
			shared++;
		else if (found != place && !(found && strcmp(place->name, found->name) == 0))
		{
			wrong++;
			unit_check(false, "\"%s\" (%s) finds %s", place->name, place->code,
					   found ? found->code : "(none)");
		}
	}
	unit_check(wrong == 0, "every official name finds its place (%d do not)", wrong);
	unit_check(shared == 4, "only Herøy and Våler are shared within a country (%d places)", shared);
}

static void
test_prefix(void)
{
	const char *text = "Båstad Helsingborg, Höganäs";
	size_t		n = 0;
	const sc_place *p = sc_gazetteer_match_prefix(text, strlen(text), &n);
	sc_place_match match;

	unit_check(p && strcmp(p->name, "Båstad") == 0 && n == strlen("Båstad"),
			   "a missing comma: the prefix is Båstad only");
	text = "Simrishamns, och Skurups kommun och arbetar";
	p = sc_gazetteer_match_prefix(text, strlen(text), &n);
	unit_check(p && n == strlen("Simrishamns"), "a genitive before a comma");
	text = "Skurups kommun och arbetar";
	p = sc_gazetteer_match_prefix(text, strlen(text), &n);
	unit_check(p && n == strlen("Skurups kommun"), "a genitive and its suffix");
	text = "Höje-Taastrup";
	p = sc_gazetteer_match_prefix(text, 5, &n);
	unit_check(p == NULL, "never reads past the length given");
	text = "Region\xc2\xa0Hovedstaden og";
	p = sc_gazetteer_find(text, strlen(text), &danish, &match);
	unit_check(p && strcmp(p->code, "DK-1084") == 0 && match.length == strlen("Region\xc2\xa0Hovedstaden"),
			   "a no-break space inside a name");
	text = "Herøy kommune og Vega";
	p = sc_gazetteer_find(text, strlen(text), &norwegian, &match);
	unit_check(p == NULL && match.candidates == 2 && match.length == strlen("Herøy kommune") &&
			   match.suffix, "an ambiguous name still says how far it reaches");
	text = "Vara kommun";
	p = sc_gazetteer_find(text, 4, &swedish, &match);
	unit_check(p == NULL && match.length == 0, "a word cut from its suffix is no place");
}

static void
test_codes(void)
{
	const sc_place *p;

	p = sc_gazetteer_by_code("DK-1084");
	unit_check(p && strcmp(p->official_code, "1084") == 0 && p->kind == SC_PLACE_REGION,
			   "Region Hovedstaden is DK-1084, officially 1084");
	p = sc_gazetteer_by_code("1081");
	unit_check(p && strcmp(p->name, "Ronneby") == 0, "1081 is Ronneby, not Region Nordjylland");
	unit_check(sc_gazetteer_by_code("1084") == NULL && sc_gazetteer_by_code("1085") == NULL,
			   "1084 and 1085 are no longer codes");
	p = sc_gazetteer_by_official_code("DK", "1081");
	unit_check(p && strcmp(p->code, "DK-1081") == 0, "Denmark's 1081 is DK-1081");
	p = sc_gazetteer_by_code("NO-0301");
	unit_check(p && strcmp(p->region, "NO-03") == 0 && p->kind == SC_PLACE_KOMMUNE,
			   "Oslo kommune lies in Oslo fylke");
	p = sc_gazetteer_by_code("NO-03");
	unit_check(p && p->kind == SC_PLACE_FYLKE && sc_place_is_region(p) &&
			   !sc_place_is_municipality(p), "a fylke is a region");
	p = sc_gazetteer_by_code("1860");
	unit_check(p && strcmp(p->name, "Laxå") == 0, "1860 is Laxå; Vestvågøy is NO-1860");
	unit_check(sc_gazetteer_by_code("9999") == NULL && sc_gazetteer_by_code("") == NULL,
			   "unknown codes are NULL");
}

/*
 * The councils of the United Kingdom and Ireland: the styles English puts
 * after a council's name and its genitive, the words that are names, the
 * counties of two tiers as regions, and names two councils share.
 */
static void
test_councils(void)
{
	const sc_gazetteer_context english_list = {NULL, true, false, NULL};
	const sc_place *p;
	int			candidates;

	check_in(&any_country, "Bolton", "GB-E08000001");
	check_in(&any_country, "Bolton Council", "GB-E08000001");
	check_in(&any_country, "Bolton Metropolitan Borough Council", "GB-E08000001");
	check_in(&any_country, "bolton council's", "GB-E08000001");
	check_in(&any_country, "Wigan's", "GB-E08000010");
	check_in(&any_country, "Wigan\u2019s", "GB-E08000010");
	check_in(&any_country, "Kent County Council", "GB-E10000016");
	check_in(&any_country, "Cheltenham Borough Council", "GB-E07000078");
	check_in(&any_country, "Rhondda Cynon Taff County Borough Council", "GB-W06000016");
	check_in(&any_country, "Newry, Mourne and Down District Council", "GB-N09000010");
	check_in(&any_country, "London Borough of Barnet", "GB-E09000003");
	check_in(&any_country, "Galway County Council", "IE-G-COUNTY");
	check_in(&any_country, "Galway City Council", "IE-G-CITY");
	check_in(&any_country, "Dun Laoghaire Rathdown County Council", "IE-D-DLR");
	/* words: a council only with its style, or in a list of places */
	check_in(&any_country, "Barnet", "(none)");
	check_in(&norwegian, "barnet", "(none)");
	check_in(&any_country, "Barnet Council", "GB-E09000003");
	check_in(&english_list, "Barnet", "GB-E09000003");
	check_in(&any_country, "Kent", "(none)");
	check_in(&any_country, "Reading Borough Council", "GB-E06000038");
	/* "Council" is no council, and a style ends at a word's end */
	check_in(&any_country, "Council", "(none)");
	check_in(&any_country, "Bolton Councillors", "(none)");
	/* Galway is a city council and a county council */
	unit_check(sc_gazetteer_resolve("Galway", 6, &any_country, &candidates) == NULL &&
			   candidates == 0, "\"Galway\" alone names no council (%d)", candidates);
	/* Dorset is today's council, not the county of two tiers it replaced in 2019 */
	check_in(&any_country, "Dorset Council", "GB-E06000059");
	/* but "County Council" asks for the county: Somerset's until 2023 */
	check_in(&any_country, "Somerset County Council", "GB-E10000027");
	check_in(&any_country, "Somerset Council", "GB-E06000066");
	/* an English council's style names no Nordic place: Jönköping's landsting */
	check_in(&any_country, "Jönköping County Council", "(none)");
	check_in(&any_country, "Malmö City Council", "(none)");
	check_in(&swedish, "Jönköpings kommun", "0680");

	p = sc_gazetteer_by_code("GB-E07000078");
	unit_check(p && p->kind == SC_PLACE_COUNCIL && sc_place_is_municipality(p) &&
			   strcmp(p->region, "GB-E10000013") == 0 && strcmp(p->official_code, "E07000078") == 0 &&
			   strcmp(p->country, "GB") == 0, "Cheltenham is a district of Gloucestershire");
	p = sc_gazetteer_by_code("GB-E10000013");
	unit_check(p && p->kind == SC_PLACE_COUNTY && sc_place_is_region(p) &&
			   !sc_place_is_municipality(p), "an English county of two tiers is a region");
	p = sc_gazetteer_by_official_code("IE", "G-CITY");
	unit_check(p && strcmp(p->name, "Galway City") == 0 && p->valid_until[0] == '\0',
			   "IE G-CITY is Galway City Council");
	p = sc_gazetteer_by_code("GB-E07000150");
	unit_check(p && strcmp(p->valid_until, "2021-04-01") == 0,
			   "Corby ceased on 2021-04-01, with Northamptonshire's districts");
}

static void
test_counts(void)
{
	int			count[6][8] = {{0}},
				former[6][8] = {{0}};
	const char *countries[6] = {"SE", "DK", "NO", "FI", "GB", "IE"};

	for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
		for (int c = 0; c < 6; c++)
			if (strcmp(sc_gazetteer_places[i].country, countries[c]) == 0)
			{
				if (sc_gazetteer_places[i].valid_until[0] == '\0')
					count[c][sc_gazetteer_places[i].kind]++;
				else if (c == 2 || c >= 4)
					former[c][sc_gazetteer_places[i].kind]++;
				else
					unit_check(false, "%s: only the past of Norway, the United Kingdom and "
							   "Ireland is known", sc_gazetteer_places[i].name);
			}
	unit_check(count[0][SC_PLACE_KOMMUN] == 290 && count[0][SC_PLACE_REGION] == 21,
			   "Sweden: 290 kommuner, 21 regions");
	unit_check(count[1][SC_PLACE_KOMMUNE] == 98 && count[1][SC_PLACE_REGION] == 5,
			   "Denmark: 98 kommuner, 5 regions");
	unit_check(count[2][SC_PLACE_KOMMUNE] == 357 && count[2][SC_PLACE_FYLKE] == 15,
			   "Norway: 357 kommuner, 15 fylker");
	unit_check(former[2][SC_PLACE_KOMMUNE] == 92 && former[2][SC_PLACE_FYLKE] == 11,
			   "Norway's past: 92 kommuner, 11 fylker");
	unit_check(count[3][SC_PLACE_KUNTA] == 308 && count[3][SC_PLACE_MAAKUNTA] == 19,
			   "Finland: 308 kunnat, 19 maakunnat");
	unit_check(count[4][SC_PLACE_COUNCIL] == 361 && count[4][SC_PLACE_COUNTY] == 21,
			   "United Kingdom: 361 councils of one tier or the lower, 21 counties");
	unit_check(former[4][SC_PLACE_COUNCIL] == 42 && former[4][SC_PLACE_COUNTY] == 6,
			   "the United Kingdom's past since 2019: 42 councils, 6 counties");
	unit_check(count[5][SC_PLACE_COUNCIL] == 31 && former[5][SC_PLACE_COUNCIL] == 6,
			   "Ireland: 31 councils, 6 before 2014");
	unit_check(sc_gazetteer_nplaces == 1683 && sc_gazetteer_narea == 89,
			   "1683 places, the first 89 of the Greater Copenhagen area");
	for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
		if (sc_gazetteer_places[i].greater_copenhagen != (i < sc_gazetteer_narea))
			unit_check(false, "%s is out of place", sc_gazetteer_places[i].name);
}

static void
test_sets(void)
{
	sc_place_set skane = {"12", NULL};
	sc_place_set sjaelland = {"DK-1085", NULL};
	sc_place_set denmark = {NULL, "DK"};
	sc_place_set all = {NULL, NULL};
	const sc_place *malmo = sc_gazetteer_by_code("1280");

	unit_check(sc_place_set_size(&skane) == 33, "Skåne has 33 municipalities");
	unit_check(sc_place_set_size(&sjaelland) == 17, "Region Sjælland has 17");
	unit_check(sc_place_set_size(&denmark) == 46, "46 Danish municipalities in the area");
	unit_check(sc_place_set_size(&all) == 85, "85 municipalities in the area");
	unit_check(malmo && sc_place_set_contains(&skane, malmo), "Malmö lies in Skåne");
	unit_check(!sc_place_set_contains(&skane, sc_gazetteer_by_code("12")),
			   "a region is not one of its municipalities");
}

static void
test_fold(void)
{
	char		s[] = "ÅÄÖ ÆØ Köge";

	sc_fold_case(s, strlen(s));
	unit_check(strcmp(s, "åäö æø köge") == 0, "folds Latin-1 capitals (%s)", s);
}

/*
 * sc_fold_case folds eight bytes of ASCII at a time: it must fold every
 * string as sc_folded_byte folds each byte of the string unfolded, runs
 * of ASCII of any length and alignment among other bytes included.
 */
static void
test_fold_runs(void)
{
	/* capitals, their neighbours, lead and continuation bytes, ASCII */
	static const unsigned char alphabet[] = {
		'A', 'Z', '@', '[', 'a', 'z', ' ', '0', 0xC3, 0x80, 0x96, 0x97, 0x9E,
		0x9F, 0xC5, 0x7F
	};
	uint32_t	seed = 2463534242u;
	int			bad = 0;

	for (int iter = 0; iter < 20000; iter++)
	{
		char		text[64],
					folded[64];
		size_t		len;

		seed ^= seed << 13, seed ^= seed >> 17, seed ^= seed << 5;
		len = seed % sizeof(text);
		for (size_t i = 0; i < len; i++)
		{
			seed ^= seed << 13, seed ^= seed >> 17, seed ^= seed << 5;
			/* mostly ASCII, so that runs of eight are common */
			text[i] = (char) (seed % 4 ? alphabet[seed / 4 % 8] : alphabet[seed / 4 % 16]);
		}
		memcpy(folded, text, len);
		sc_fold_case(folded, len);
		for (size_t i = 0; i < len; i++)
			bad += (unsigned char) folded[i] != sc_folded_byte(text, len, i);
	}
	unit_check(bad == 0, "fold: 20000 random strings fold byte by byte (%d differ)", bad);
}

int
main(void)
{
	test_swedish_forms();
	test_danish_forms();
	test_norwegian_forms();
	test_ambiguous();
	test_finland_and_the_past();
	test_non_names();
	test_every_name();
	test_prefix();
	test_codes();
	test_councils();
	test_counts();
	test_sets();
	test_fold();
	test_fold_runs();
	return unit_exit_status();
}
