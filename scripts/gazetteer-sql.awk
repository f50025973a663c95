# gazetteer-sql.awk
#	Turns data/reference/municipalities.csv (code,name,country,region,kind,
#	aliases) into the INSERT statements of extension/sql/gazetteer_data.sql.
#
# Regions come first so that municipalities can refer to them; the region
# column of the CSV holds a region's name, which is mapped to its code.

function csv_split(line, fields,    n, i, c, field, quoted)
{
	n = 0; field = ""; quoted = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (quoted) {
			if (c == "\"" && substr(line, i + 1, 1) == "\"") { field = field c; i++ }
			else if (c == "\"") quoted = 0
			else field = field c
		} else if (c == "\"") quoted = 1
		else if (c == ",") { fields[++n] = field; field = "" }
		else field = field c
	}
	fields[++n] = field
	return n
}

function sql_literal(s)
{
	gsub(/'/, "''", s)
	return "'" s "'"
}

function emit_place(i,    region)
{
	region = (kind[i] == "region") ? "NULL" : sql_literal(region_code[region_name[i]])
	printf "\t(%s, %s, %s, %s, %s)", sql_literal(code[i]), sql_literal(name[i]),
		sql_literal(country[i]), sql_literal(kind[i]), region
}

BEGIN { FS = "\n" }

NR == 1 {
	if ($0 != "code,name,country,region,kind,aliases") {
		print "gazetteer-sql.awk: unexpected header: " $0 > "/dev/stderr"
		exit 1
	}
	next
}

{
	sub(/\r$/, "")
	if (csv_split($0, f) != 6) {
		print "gazetteer-sql.awk: line " NR ": expected 6 fields" > "/dev/stderr"
		exit 1
	}
	rows++
	code[rows] = f[1]; name[rows] = f[2]; country[rows] = f[3]
	region_name[rows] = f[4]; kind[rows] = f[5]; aliases[rows] = f[6]
	if (f[5] == "region")
		region_code[f[2]] = f[1]
}

END {
	print ""
	print "-- gazetteer_data.sql: generated from data/reference/municipalities.csv"
	print "-- by scripts/gazetteer-sql.awk; do not edit."
	print ""
	print "INSERT INTO @extschema@.place (code, name, country, kind, region) VALUES"
	sep = ""
	for (pass = 1; pass <= 2; pass++)
		for (i = 1; i <= rows; i++)
			if ((pass == 1) == (kind[i] == "region")) {
				printf "%s", sep; emit_place(i); sep = ",\n"
			}
	print ";"
	print ""
	print "INSERT INTO @extschema@.place_name (name, place, variant) VALUES"
	sep = ""
	for (i = 1; i <= rows; i++) {
		printf "%s\t(%s, %s, 'official')", sep, sql_literal(name[i]), sql_literal(code[i])
		sep = ",\n"
		n = (aliases[i] == "") ? 0 : split(aliases[i], alias, "|")
		for (j = 1; j <= n; j++)
			printf "%s\t(%s, %s, 'alias')", sep, sql_literal(alias[j]), sql_literal(code[i])
	}
	print ";"
}
