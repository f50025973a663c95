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
#   slashes    one name of N capitalised words joined by slashes
#   elisions   one name of N elided compounds ("Midt- och Väst- och ...")
#   table      an HTML table of N rows of members and fees
#   html_list  an HTML member list of N items
#   html_nest  N HTML lists, each nested in the one before
#   coordinated one sentence that opens with a word of 20N letters and
#              goes on with N names defined in coordination ("og Cd er et
#              selskap")
#   glued      one line of N sentences glued by a period with no space
#              ("... samarbeid.Farsund er ..."), each a sentence of its own
function town(i)
{
	return towns[(i % ntowns) + 1]
}

# The i-th unit: unit with "@T", "@U" and "@V" the i-th town and the two
# after it, and "@N" base + i % mod, formatted by numfmt ("%d" if none).
function unit_at(unit, i, base, mod, numfmt,   u)
{
	if (index(unit, "@") == 0)
		return unit
	u = unit
	gsub(/@T/, town(i), u)
	gsub(/@U/, town(i + 1), u)
	gsub(/@V/, town(i + 2), u)
	if (mod > 0)
		gsub(/@N/, sprintf(numfmt == "" ? "%d" : numfmt, base + i % mod), u)
	return u
}

# A plain-text page: its title line (none if ""), with named a sentence
# that names an organisation, which most rules need before they read
# anything; then opening, n units (unit_at) and closing.
function page(title, named, opening, unit, closing, base, mod, numfmt,   i)
{
	if (title != "")
		printf "%s\n\n", title
	if (named)
		printf "Familjen Helsingborg är ett samarbete mellan Bjuv och Lund.\n\n"
	printf "%s", opening
	for (i = 0; i < n; i++)
		printf "%s", unit_at(unit, i, base, mod, numfmt)
	printf "%s", closing
}

# An HTML page, with the same sentence before opening, n units and closing.
function html(title, opening, unit, closing, base, mod,   i)
{
	printf "<html><head><title>%s</title></head><body><h1>%s</h1>\n", title, title
	printf "<p>Familjen Helsingborg är ett samarbete mellan Bjuv och Lund.</p>\n%s", opening
	for (i = 0; i < n; i++)
		printf "%s", unit_at(unit, i, base, mod)
	printf "%s", closing
}

BEGIN {
	ntowns = split("Bjuv Båstad Helsingborg Höganäs Klippan Landskrona Perstorp Åstorp " \
				   "Ängelholm Örkelljunga Svalöv Ystad Simrishamn Sjöbo Tomelilla Malmö " \
				   "Lund Eslöv Hörby Höör", towns, " ")
	if (n == "")
		n = 1000
	if (kind == "counts")
		page("Ägare", 0, "Familjen Helsingborg är ett samarbete mellan Bjuv och Lund. Familjen Helsingborg",
			 " ägs av @N kommuner,", " och mer.\n", 2, 10)
	else if (kind == "orgcounts")
		page("Ägare", 1, "", "Familjen Helsingborg ägs av @N kommuner, ", "och mer.\n", 2, 10)
	else if (kind == "members")
		page("Samverkan", 0, "Familjen Helsingborg är ett samarbete mellan Bjuv", ", @T", " och Lund.\n")
	else if (kind == "oneline")
		page("Samverkan", 0, "", "Familjen Helsingborg är ett samarbete mellan @T, @U och @V. ", "\n")
	else if (kind == "lines")
		page("Samverkan", 0, "", "@T är medlem i Familjen Helsingborg sedan @N.\n", "", 1990, 30)
	else if (kind == "sentence")
		page("Om kommunen", 1, "Kommunen", " arbetar med @T och regionen i frågor om vatten,",
			 " och mycket annat.\n")
	else if (kind == "bullets")
		page("Samverkan", 1, "Förbundets medlemmar är följande kommuner:\n\n", "  • @T\n", "")
	else if (kind == "triggers")
		page("Samverkan", 1, "Familjen Helsingborg",
			 " ägs av består av är medlem i samarbete mellan vänort medlemsavgift kommuner,",
			 " och Lund.\n")
	else if (kind == "headings")
		page("", 0, "", "Samarbete @N\n\nKommunen samverkar med @T.\n\n", "", 0, n)
	else if (kind == "fees")
		page("Avgifter", 1, "Kommunerna betalar en medlemsavgift på", " @N kr/invånare och år,",
			 " och 5 kr.\n", 10, 50)
	else if (kind == "twins")
		page("Vänorter", 0, "Kristianstads kommuns vänorter är Rendsburg i Tyskland",
			 ", Rendsburg i Tyskland", " och Halden i Norge.\n")
	else if (kind == "twinlines")
		page("Vänorter", 0, "Kristianstads kommuns vänorter är:\n\n", "  • Rendsburg i Tyskland\n", "")
	else if (kind == "dates")
		page("Nyheter", 0, "", "Publicerad 2021-11-@N ", "\n", 1, 28, "%02d")
	else if (kind == "orgs")
		page("Samverkan", 0, "Exempel på samverkan är",
			 " Familjen Helsingborg som är ett interkommunalt samarbete och",
			 " Öresundskomiteen som är ett interregionalt samarbete.\n")
	else if (kind == "areas")
		page("Samverkan", 1, "Samarbetet inom Familjen Helsingborg sker främst inom näringsliv",
			 ", turism, kultur", " och bibliotek.\n")
	else if (kind == "words")
		page("Samverkan", 1, "Familjen", " Helsingborg Skåne Nordväst @T", " samarbetar.\n")
	else if (kind == "longword")
		page("Samverkan", 1, "Familjen Helsingborg ", "a", " Bjuv.\n")
	else if (kind == "digits")
		page("Samverkan", 1, "Familjen Helsingborg har ", "@N", " kommuner.\n", 0, 10)
	else if (kind == "colons")
		page("Samverkan", 1, "Familjen Helsingborg", " har följande medlemmar: @T och", " Lund.\n")
	else if (kind == "brackets")
		page("Samverkan", 1, "Familjen Helsingborg", " (tidigare Skåne Nordväst Samverkan,", " och Lund.\n")
	else if (kind == "slashes")
		page("Samverkan", 1, "Region Skåne", "/@T", " består av Bjuv och Lund.\n")
	else if (kind == "elisions")
		page("Samverkan", 1, "Kulturregion Midt", "- och @T", " består av Bjuv och Lund.\n")
	else if (kind == "table")
		html("Medlemmar", "<table>\n<tr><th>Kommun</th><th>Medlemsavgift</th></tr>\n",
			 "<tr><td>@T</td><td>@N kr/invånare</td></tr>\n", "</table></body></html>\n", 10, 50)
	else if (kind == "html_list")
		html("Samverkan", "<p>Förbundets medlemmar är följande kommuner:</p><ul>\n",
			 "<li>@T</li>\n", "</ul></body></html>\n")
	else if (kind == "coordinated")
	{
		printf "Samverkan\n\nA"
		for (i = 0; i < 20 * n; i++)
			printf "b"
		for (i = 0; i < n; i++)
			printf " og Cd er et selskap"
		print "."
	}
	else if (kind == "glued")
		page("Samverkan", 0, "", "Lister er et interkommunalt samarbeid.Farsund er ", "med.\n")
	else if (kind == "html_nest")
	{
		html("Samverkan", "<p>Förbundets medlemmar är följande kommuner:</p>\n", "<ul><li>@T\n", "")
		for (i = 0; i < n; i++)
			printf "</li></ul>"
		print "</body></html>"
	}
	else
	{
		print "gen-pathological.awk: unknown kind \"" kind "\"" > "/dev/stderr"
		exit 1
	}
}
