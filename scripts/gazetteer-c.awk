# gazetteer-c.awk
#	Turns data/reference/municipalities.csv (code,name,country,region,kind,
#	aliases) into core/gazetteer_data.c, the tables of core/gazetteer.h.
#
# The CSV is the single source of the gazetteer: scripts/reference-sql.awk
# makes the extension's SQL rows from the same file.  Official names come
# before aliases in the name table, so that a look-up that finds both
# reports the official one first.

function c_literal(s)
{
	gsub(/\\/, "\\\\", s)
	gsub(/"/, "\\\"", s)
	return "\"" s "\""
}

BEGIN {
	FS = "\n"
	kinds["kommun"] = "SC_PLACE_KOMMUN"
	kinds["kommune"] = "SC_PLACE_KOMMUNE"
	kinds["region"] = "SC_PLACE_REGION"
}

NR == 1 {
	if ($0 != "code,name,country,region,kind,aliases") {
		print "gazetteer-c.awk: unexpected header: " $0 > "/dev/stderr"
		exit 1
	}
	next
}

{
	if (!store_place($0) || !(kind[rows] in kinds)) {
		print "gazetteer-c.awk: line " NR ": expected 6 fields and a known kind" > "/dev/stderr"
		exit 1
	}
}

END {
	for (i = 1; i <= rows; i++)
		if (!(region_name[i] in region_code)) {
			print "gazetteer-c.awk: " name[i] ": unknown region " region_name[i] > "/dev/stderr"
			exit 1
		}
	print "/*"
	print " * gazetteer_data.c"
	print " *\t\tThe gazetteer's tables, generated from"
	print " *\t\tdata/reference/municipalities.csv by scripts/gazetteer-c.awk; do"
	print " *\t\tnot edit."
	print " */"
	print "#include \"gazetteer.h\""
	print ""
	print "const sc_place sc_gazetteer_places[] = {"
	for (i = 1; i <= rows; i++)
		printf "\t{%s, %s, %s, %s, %s},\n", c_literal(code[i]), c_literal(name[i]),
			c_literal(country[i]), kinds[kind[i]], c_literal(region_code[region_name[i]])
	print "};"
	print ""
	printf "const size_t sc_gazetteer_nplaces = %d;\n", rows
	print ""
	print "const sc_place_name sc_gazetteer_names[] = {"
	names = 0
	for (i = 1; i <= rows; i++) {
		printf "\t{%s, %d},\n", c_literal(name[i]), i - 1
		names++
	}
	for (i = 1; i <= rows; i++) {
		n = (aliases[i] == "") ? 0 : split(aliases[i], alias, "|")
		for (j = 1; j <= n; j++) {
			printf "\t{%s, %d},\n", c_literal(alias[j]), i - 1
			names++
		}
	}
	print "};"
	print ""
	printf "const size_t sc_gazetteer_nnames = %d;\n", names
}
