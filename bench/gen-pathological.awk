# gen-pathological.awk -- writes one page of a pathological shape, N times
# its unit, for the linearity benchmark (bench/linearity.sh): the page's
# size grows with N, so that the loader's time and output should too, no
# faster.  The shapes are those a crawl may meet and no rule is written
# for: a sentence that never ends, a page of one line, thousands of list
# items or headings, a trigger of the rules repeated in one sentence,
# deeply nested HTML lists.
#
#   awk -v kind=counts -v n=1000 -f bench/gen-pathological.awk > page.txt
#
# kind (the page is HTML for table and those whose name begins with "html_"):
#   counts     one sentence of N member counts ("ägs av 3 kommuner, ...")
#   orgcounts  one sentence of N counts, each after the organisation's name
#   members    one member list of N towns ("... samarbete mellan A, B, ...")
#   oneline    N membership sentences on one line
#   lines      N membership sentences, a line each
#   sentence   one sentence of N clauses with no fact in it
#   bullets    a member list of N bullet lines
#   triggers   one sentence repeating the rules' trigger words N times
#   headings   N short heading lines, each with a sentence under it
#   fees       one sentence of N fees
#   twins      one sentence of N twin towns
#   twinlines  N bulleted lines of twin towns
#   dates      one line of N labelled dates
#   orgs       one sentence of N organisations defined
#   areas      one sentence of N areas of cooperation
#   words      one sentence of N capitalised words (names)
#   longword   one word of N letters
#   digits     one number of N digits
#   colons     one sentence of N list cues and colons
#   brackets   one sentence of N brackets opened and not closed
#   table      an HTML table of N rows of members and fees
#   html_list  an HTML member list of N items
#   html_nest  N HTML lists, each nested in the one before
function town(i)
{
	return towns[(i % ntowns) + 1]
}

# A heading and a sentence that names an organisation, which most rules
# need before they read anything.
function head(title)
{
	print title "\n\nFamiljen Helsingborg är ett samarbete mellan Bjuv och Lund.\n"
}

BEGIN {
	ntowns = split("Bjuv Båstad Helsingborg Höganäs Klippan Landskrona Perstorp Åstorp " \
				   "Ängelholm Örkelljunga Svalöv Ystad Simrishamn Sjöbo Tomelilla Malmö " \
				   "Lund Eslöv Hörby Höör", towns, " ")
	if (n == "")
		n = 1000
	if (kind == "counts") {
		printf "Ägare\n\nFamiljen Helsingborg är ett samarbete mellan Bjuv och Lund. "
		printf "Familjen Helsingborg"
		for (i = 0; i < n; i++)
			printf " ägs av %d kommuner,", 2 + i % 10
		print " och mer."
	} else if (kind == "orgcounts") {
		head("Ägare")
		for (i = 0; i < n; i++)
			printf "Familjen Helsingborg ägs av %d kommuner, ", 2 + i % 10
		print "och mer."
	} else if (kind == "members") {
		printf "Samverkan\n\nFamiljen Helsingborg är ett samarbete mellan %s", town(0)
		for (i = 1; i < n; i++)
			printf ", %s", town(i)
		print " och Lund."
	} else if (kind == "oneline") {
		printf "Samverkan\n\n"
		for (i = 0; i < n; i++)
			printf "Familjen Helsingborg är ett samarbete mellan %s, %s och %s. ",
				town(i), town(i + 1), town(i + 2)
		print ""
	} else if (kind == "lines") {
		print "Samverkan\n"
		for (i = 0; i < n; i++)
			printf "%s är medlem i Familjen Helsingborg sedan %d.\n", town(i), 1990 + i % 30
	} else if (kind == "sentence") {
		head("Om kommunen")
		printf "Kommunen"
		for (i = 0; i < n; i++)
			printf " arbetar med %s och regionen i frågor om vatten,", town(i)
		print " och mycket annat."
	} else if (kind == "bullets") {
		head("Samverkan")
		print "Förbundets medlemmar är följande kommuner:\n"
		for (i = 0; i < n; i++)
			print "  • " town(i)
	} else if (kind == "triggers") {
		head("Samverkan")
		printf "Familjen Helsingborg"
		for (i = 0; i < n; i++)
			printf " ägs av består av är medlem i samarbete mellan vänort medlemsavgift kommuner,"
		print " och Lund."
	} else if (kind == "headings") {
		for (i = 0; i < n; i++)
			printf "Samarbete %d\n\nKommunen samverkar med %s.\n\n", i, town(i)
	} else if (kind == "fees") {
		head("Avgifter")
		printf "Kommunerna betalar en medlemsavgift på"
		for (i = 0; i < n; i++)
			printf " %d kr/invånare och år,", 10 + i % 50
		print " och 5 kr."
	} else if (kind == "twins") {
		printf "Vänorter\n\nKristianstads kommuns vänorter är Rendsburg i Tyskland"
		for (i = 0; i < n; i++)
			printf ", Rendsburg i Tyskland"
		print " och Halden i Norge."
	} else if (kind == "twinlines") {
		print "Vänorter\n\nKristianstads kommuns vänorter är:\n"
		for (i = 0; i < n; i++)
			print "  • Rendsburg i Tyskland"
	} else if (kind == "dates") {
		printf "Nyheter\n\n"
		for (i = 0; i < n; i++)
			printf "Publicerad 2021-11-%02d ", 1 + i % 28
		print ""
	} else if (kind == "orgs") {
		printf "Samverkan\n\nExempel på samverkan är"
		for (i = 0; i < n; i++)
			printf " Familjen Helsingborg som är ett interkommunalt samarbete och"
		print " Öresundskomiteen som är ett interregionalt samarbete."
	} else if (kind == "areas") {
		head("Samverkan")
		printf "Samarbetet inom Familjen Helsingborg sker främst inom näringsliv"
		for (i = 0; i < n; i++)
			printf ", turism, kultur"
		print " och bibliotek."
	} else if (kind == "words") {
		head("Samverkan")
		printf "Familjen"
		for (i = 0; i < n; i++)
			printf " Helsingborg Skåne Nordväst %s", town(i)
		print " samarbetar."
	} else if (kind == "longword") {
		head("Samverkan")
		printf "Familjen Helsingborg "
		for (i = 0; i < n; i++)
			printf "a"
		print " Bjuv."
	} else if (kind == "digits") {
		head("Samverkan")
		printf "Familjen Helsingborg har "
		for (i = 0; i < n; i++)
			printf "%d", i % 10
		print " kommuner."
	} else if (kind == "colons") {
		head("Samverkan")
		printf "Familjen Helsingborg"
		for (i = 0; i < n; i++)
			printf " har följande medlemmar: %s och", town(i)
		print " Lund."
	} else if (kind == "brackets") {
		head("Samverkan")
		printf "Familjen Helsingborg"
		for (i = 0; i < n; i++)
			printf " (tidigare Skåne Nordväst Samverkan,"
		print " och Lund."
	} else if (kind == "table") {
		print "<html><head><title>Medlemmar</title></head><body><h1>Medlemmar</h1>"
		print "<p>Familjen Helsingborg är ett samarbete mellan Bjuv och Lund.</p><table>"
		print "<tr><th>Kommun</th><th>Medlemsavgift</th></tr>"
		for (i = 0; i < n; i++)
			print "<tr><td>" town(i) "</td><td>" 10 + i % 50 " kr/invånare</td></tr>"
		print "</table></body></html>"
	} else if (kind == "html_list") {
		print "<html><head><title>Samverkan</title></head><body><h1>Samverkan</h1>"
		print "<p>Familjen Helsingborg är ett samarbete mellan Bjuv och Lund.</p>"
		print "<p>Förbundets medlemmar är följande kommuner:</p><ul>"
		for (i = 0; i < n; i++)
			print "<li>" town(i) "</li>"
		print "</ul></body></html>"
	} else if (kind == "html_nest") {
		print "<html><head><title>Samverkan</title></head><body><h1>Samverkan</h1>"
		print "<p>Familjen Helsingborg är ett samarbete mellan Bjuv och Lund.</p>"
		print "<p>Förbundets medlemmar är följande kommuner:</p>"
		for (i = 0; i < n; i++)
			print "<ul><li>" town(i)
		for (i = 0; i < n; i++)
			printf "</li></ul>"
		print "</body></html>"
	} else {
		print "gen-pathological.awk: unknown kind \"" kind "\"" > "/dev/stderr"
		exit 1
	}
}
