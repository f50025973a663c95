# gen-html.awk -- writes a corpus of municipal-style HTML pages for the
# loader benchmark: pages of 30-80 KB with a cookie banner, header, menus,
# breadcrumbs, scripts and a footer around an article of headed sections.
# Every fifth page also has a section on the municipality's cooperation
# (an organisation, its members, a fee, a twin town), as real sites have on
# a few pages, so that the run extracts and stores facts too.
#
#   awk -v dir=OUT -v pages=10000 -v seed=1 -f bench/gen-html.awk
#
# With pages=0 and big=MB it writes one page of about MB megabytes instead,
# its bulk in menus and banners (the shape of a bloated real page).

function word(    i) { return words[int(rand() * nwords) + 1] }

function sentence(    n, s, i)
{
	n = 6 + int(rand() * 14)
	s = word()
	for (i = 2; i <= n; i++)
		s = s " " word()
	return s "."
}

function paragraph(    n, s, i)
{
	n = 2 + int(rand() * 5)
	s = sentence()
	for (i = 2; i <= n; i++)
		s = s " " sentence()
	return s
}

function furniture_top(title,    i, s)
{
	s = "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>" title " - Kommunen</title>\n"
	s = s "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n"
	s = s "<style>.cookie-banner{position:fixed;bottom:0}.menu li{display:inline}</style>\n</head>\n<body>\n"
	s = s "<div class=\"cookie-banner\"><p>Vi använder kakor för att ge dig en bättre upplevelse.</p><button>Godkänn</button></div>\n"
	s = s "<header class=\"site-header\"><a href=\"/\"><img src=\"/logo.svg\" alt=\"Kommunen\"></a>"
	s = s "<form role=\"search\"><input name=\"q\"><button>Sök</button></form></header>\n<nav class=\"menu\"><ul>\n"
	for (i = 1; i <= 120; i++)
		s = s "<li><a href=\"/omrade/" i "/" word() "\">" word() " " word() "</a></li>\n"
	return s "</ul></nav>\n<div class=\"breadcrumbs\"><a href=\"/\">Start</a> / " title "</div>\n"
}

function furniture_bottom(    i, s)
{
	s = "<footer class=\"site-footer\"><ul>\n"
	for (i = 1; i <= 40; i++)
		s = s "<li><a href=\"/sidfot/" i "\">" word() "</a></li>\n"
	return s "</ul><p>Kommunen, kontaktcenter</p></footer>\n<script src=\"/js/app.js\"></script>\n</body>\n</html>\n"
}

# One of three sections on cooperation, in the phrasings the seeds use.
function cooperation(n)
{
	if (n % 3 == 0)
		return "<h2>Familjen Helsingborg</h2>\n<p>Kommunen är sedan 2011 medlem i " \
			"Familjen Helsingborg, ett samarbete mellan elva kommuner i nordvästra Skåne: " \
			"Bjuv, Båstad, Helsingborg, Höganäs, Klippan, Landskrona, Perstorp, Svalöv, " \
			"Åstorp, Ängelholm och Örkelljunga. Medlemsavgiften är 21 kronor per invånare " \
			"och år.</p>\n"
	if (n % 3 == 1)
		return "<h2>Sydöstra Skånes samarbetskommitté</h2>\n<p>Sydöstra Skånes " \
			"samarbetskommitté (SÖSK) är ett samarbete mellan Simrishamn, Sjöbo, " \
			"Skurup, Tomelilla och Ystad sedan 1990-talet. Ystads vänort är " \
			"Bornholm i Danmark.</p>\n"
	return "<h2>Greater Copenhagen</h2>\n<p>Greater Copenhagen är ett politiskt " \
		"samarbete mellan 79 kommuner och 3 regioner i Danmark och Sverige. " \
		"Samarbetet hette tidigare Öresundskomiteen.</p>\n"
}

function page(n,    title, target, s, len, k)
{
	title = "Sida " n " om " word()
	target = 30000 + int(rand() * 50000)
	s = furniture_top(title) "<main id=\"main\"><article>\n<h1>" title "</h1>\n"
	if (n % 5 == 0)
		s = s cooperation(n / 5)
	while (len < target) {
		s = s "<h2>" word() " och " word() "</h2>\n"
		for (k = 0; k < 3; k++)
			s = s "<p>" paragraph() "</p>\n"
		s = s "<ul><li>" sentence() "</li><li>" sentence() "</li></ul>\n"
		len = length(s) + 2000
	}
	return s "</article></main>\n" furniture_bottom()
}

function big_page(mb,    out, i, bytes, s)
{
	out = dir "/big.html"
	printf "%s", furniture_top("Stor sida") > out
	bytes = 0
	while (bytes < mb * 1048576) {
		s = "<div class=\"menu\"><ul>"
		for (i = 1; i <= 200; i++)
			s = s "<li><a href=\"/x/" int(rand() * 1000000) "\">" word() "</a></li>"
		s = s "</ul></div>\n"
		printf "%s", s > out
		bytes += length(s)
	}
	printf "<main><h1>Stor sida</h1>\n" > out
	for (i = 0; i < 200; i++)
		printf "<h2>Avsnitt %d</h2>\n<p>%s</p>\n", i, paragraph() > out
	printf "</main>\n%s", furniture_bottom() > out
	close(out)
}

BEGIN {
	srand(seed ? seed : 1)
	nwords = split("kommun region samverkan utveckling näringsliv turism infrastruktur " \
		"kollektivtrafik samhällsplanering utbildning boende trygghet kultur bibliotek " \
		"räddningstjänst personal styrelse sekretariat avtal medlemsavgift invånare " \
		"arbete projekt nätverk miljö klimat tillväxt sysselsättning integration " \
		"förskola skola omsorg vård äldre barn unga föreningar idrott fritid hamn " \
		"vatten avlopp energi bredband bostäder detaljplan bygglov tillstånd beslut " \
		"fullmäktige nämnd förvaltning budget ekonomi upphandling service medborgare", words, " ")
	if (pages == 0 && big > 0) {
		big_page(big)
		exit
	}
	for (n = 1; n <= pages; n++) {
		out = sprintf("%s/page%05d.html", dir, n)
		printf "%s", page(n) > out
		close(out)
	}
}
