# gen-dense.awk -- writes one plain-text page of about MB megabytes that is
# nothing but membership sentences ("Familjen Helsingborg är ett samarbete
# mellan Bjuv, Båstad och Höganäs."), for the loader benchmark's dense-text
# case: a page whose facts, not its size, would make the loader's memory
# grow.
#
#   awk -v mb=16 -v seed=1 -f bench/gen-dense.awk > dense.txt
BEGIN {
	srand(seed == "" ? 1 : seed)
	ntowns = split("Bjuv Båstad Helsingborg Höganäs Klippan Landskrona Perstorp Åstorp " \
				   "Ängelholm Örkelljunga Svalöv Ystad Simrishamn Sjöbo Tomelilla Malmö " \
				   "Lund Eslöv Hörby Höör", town, " ")
	norgs = split("Familjen Helsingborg|Sydöstra Skånes samarbetskommitté|Skåne Nordväst",
				  org, "|")
	limit = mb * 1048576
	head = "Täta medlemskap\n\nSamverkan\n"
	print head
	bytes = length(head) + 1
	while (bytes < limit) {
		s = org[int(rand() * norgs) + 1] " är ett samarbete mellan " town[int(rand() * ntowns) + 1]
		k = 2 + int(rand() * 8)
		for (i = 2; i < k; i++)
			s = s ", " town[int(rand() * ntowns) + 1]
		s = s " och " town[int(rand() * ntowns) + 1] ".\n"
		print s
		bytes += length(s) + 1
	}
}
