# countries-c.awk
#	Turns data/reference/countries.csv (ISO 3166 code, then the country's
#	names in Swedish, Danish, Norwegian and English separated by "|")
#	into loader/extract/countries_data.c, the table extract_twins.c reads
#	partners' countries from: awk -f scripts/csv.awk -f this.
#
# A row without a two-letter code or a name stops the build with its line
# number, so that a typo in the data is not a country never found.

function c_literal(s)
{
	gsub(/\\/, "\\\\", s)
	gsub(/"/, "\\\"", s)
	return "\"" s "\""
}

BEGIN {
	print "/* Generated from data/reference/countries.csv by scripts/countries-c.awk. */"
	print "#include \"countries.h\""
	print ""
	print "const ex_country ex_countries[] = {"
}

NR == 1 { next }

{
	n = csv_split($0, fields)
	if (n != 2 || fields[1] !~ /^[A-Z][A-Z]$/ || fields[2] == "") {
		printf "countries-c.awk: line %d: want CODE,NAME|NAME...\n", NR > "/dev/stderr"
		failed = 1
		exit 1
	}
	k = split(fields[2], names, "|")
	for (i = 1; i <= k; i++)
		printf "\t{%s, \"%s\"},\n", c_literal(names[i]), fields[1]
}

END {
	if (failed)
		exit 1
	print "\t{NULL, NULL}"
	print "};"
}
