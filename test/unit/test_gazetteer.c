/*
 * test_gazetteer.c
 *		Unit tests of core/gazetteer.c: the forms names are written in, the
 *		longest-prefix match that reads member lists, and the sets counted
 *		statements name.
 */
#include "gazetteer.h"
#include "unit.h"
#include "words.h"

#include <string.h>

static const char *
code_of(const char *name)
{
	const sc_place *place = sc_gazetteer_lookup(name, strlen(name));

	return place ? place->code : "(none)";
}

static void
check_lookup(const char *name, const char *code)
{
	const char *found = code_of(name);

	unit_check(strcmp(found, code) == 0, "\"%s\" is %s (found %s)", name, code, found);
}

static void
test_forms(void)
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
	check_lookup("Köge", "259");
	check_lookup("Køge", "259");
	check_lookup("Koege", "259");
	check_lookup("Köge kommun", "259");
	check_lookup("Køge Kommune", "259");
	check_lookup("Bornholms Regionskommune", "400");
	check_lookup("Region Skåne", "12");
	check_lookup("Region Skånes", "12");
	check_lookup("Region Sjælland", "1085");
	check_lookup("Region Hovedstaden", "1084");
	check_lookup("  Ystad  ", "1286");
	check_lookup("Lyngby-Taarbæk", "173");
}

static void
test_non_names(void)
{
	check_lookup("Lundagård", "(none)");
	check_lookup("Ystadvägen", "(none)");
	check_lookup("Rendsburg", "(none)");
	check_lookup("", "(none)");
	check_lookup("Simrishamnss", "(none)");
	check_lookup("Ystad kommunal", "(none)");
}

static void
test_prefix(void)
{
	const char *text = "Båstad Helsingborg, Höganäs";
	size_t		n = 0;
	const sc_place *p = sc_gazetteer_match_prefix(text, strlen(text), &n);

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
}

static void
test_sets(void)
{
	sc_place_set skane = {"12", NULL};
	sc_place_set denmark = {NULL, "DK"};
	sc_place_set all = {NULL, NULL};
	const sc_place *malmo = sc_gazetteer_by_code("1280");

	unit_check(sc_place_set_size(&skane) == 33, "Skåne has 33 municipalities");
	unit_check(sc_place_set_size(&denmark) == 46, "46 Danish municipalities");
	unit_check(sc_place_set_size(&all) == 85, "85 municipalities in all");
	unit_check(malmo && sc_place_set_contains(&skane, malmo), "Malmö lies in Skåne");
	unit_check(!sc_place_set_contains(&skane, sc_gazetteer_by_code("12")),
			   "a region is not one of its municipalities");
	unit_check(sc_gazetteer_by_code("9999") == NULL, "unknown codes are NULL");
}

static void
test_fold(void)
{
	char		s[] = "ÅÄÖ ÆØ Köge";

	sc_fold_case(s, strlen(s));
	unit_check(strcmp(s, "åäö æø köge") == 0, "folds Latin-1 capitals (%s)", s);
}

int
main(void)
{
	test_forms();
	test_non_names();
	test_prefix();
	test_sets();
	test_fold();
	return unit_exit_status();
}
