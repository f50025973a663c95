# reference-sql.awk
#	Turns the reference data into the INSERT statements of the install
#	script, by the file's header:
#
#	data/reference/municipalities.csv (code,name,country,region,kind,aliases)
#		-> extension/sql/gazetteer_data.sql: places and their names.  Regions
#		come first so that municipalities can refer to them; the region
#		column holds a region's name, which is mapped to its code.
#	data/reference/nordic-places.csv and british-irish-places.csv (code,
#	name,country,parent,kind,aliases,valid_from,valid_until)
#		-> extension/sql/places_data.sql: every place of the six countries,
#		those that no longer exist with the day they ceased, and its names,
#		added to those of gazetteer_data.sql (0.3).
#	data/reference/organisations.csv (name,kind,aliases)
#		-> extension/sql/organisation_data.sql: the registry of organisations
#		and the names they have gone by.

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

# Several files of places (nordic-places.csv, british-irish-places.csv)
# make one script; the other formats come one file at a time.
FNR == 1 {
	sub(/\r$/, "")
	if ($0 == "code,name,country,region,kind,aliases" && NR == 1)
		fields = 6
	else if ($0 == "name,kind,aliases" && NR == 1)
		fields = 3
	else if ($0 == "code,name,country,parent,kind,aliases,valid_from,valid_until" && (NR == 1 || fields == 8))
		fields = 8
	else {
		print "reference-sql.awk: " FILENAME ":" FNR ": unexpected header: " $0 > "/dev/stderr"
		failed = 1
		exit 1
	}
	next
}

fields == 3 {
	sub(/\r$/, "")
	if (csv_split($0, f) != 3) {
		print "reference-sql.awk: " FILENAME ":" FNR ": expected 3 fields" > "/dev/stderr"
		failed = 1
		exit 1
	}
	rows++
	name[rows] = f[1]; kind[rows] = f[2]; aliases[rows] = f[3]
	next
}

fields == 8 {
	if (!store_nordic_place($0)) {
		print "reference-sql.awk: " FILENAME ":" FNR ": expected 8 fields" > "/dev/stderr"
		failed = 1
		exit 1
	}
	next
}

{
	if (!store_place($0)) {
		print "reference-sql.awk: " FILENAME ":" FNR ": expected 6 fields" > "/dev/stderr"
		failed = 1
		exit 1
	}
}

# The rows (name, owner, variant) of every row's name and aliases, the
# owner from owners[], separated by commas, without the statement's end.
function emit_name_rows(owners, name_variant, alias_variant,    i, j, n, sep, alias)
{
	sep = ""
	for (i = 1; i <= rows; i++) {
		printf "%s\t(%s, %s, %s)", sep, sql_literal(name[i]), sql_literal(owners[i]), sql_literal(name_variant)
		sep = ",\n"
		n = (aliases[i] == "") ? 0 : split(aliases[i], alias, "|")
		for (j = 1; j <= n; j++)
			printf "%s\t(%s, %s, %s)", sep, sql_literal(alias[j]), sql_literal(owners[i]), sql_literal(alias_variant)
	}
}

function emit_organisations(    i)
{
	print ""
	print "-- organisation_data.sql: generated from data/reference/organisations.csv"
	print "-- by scripts/reference-sql.awk; do not edit."
	print ""
	print "INSERT INTO @extschema@.organisation (name, kind, registered) VALUES"
	for (i = 1; i <= rows; i++)
		printf "\t(%s, %s, true)%s\n", sql_literal(name[i]), sql_literal(kind[i]), i < rows ? "," : ";"
	print ""
	print "INSERT INTO @extschema@.organisation_name (name, organisation_id, variant)"
	print "SELECT n.name, o.organisation_id, n.variant"
	print "FROM (VALUES"
	emit_name_rows(name, "registry", "registry")
	print ") AS n (name, organisation, variant)"
	print "JOIN @extschema@.organisation AS o ON o.name = n.organisation;"
}

# The INSERT of every place's names, official and aliases, under its code
# in codes[], without the statement's end.
function emit_place_names(codes)
{
	print "INSERT INTO @extschema@.place_name (name, place, variant) VALUES"
	emit_name_rows(codes, "official", "alias")
}

# The places of nordic-places.csv and british-irish-places.csv, regions,
# fylker and counties first so that
# municipalities can refer to them, under the gazetteer's codes (see
# csv.awk's store_nordic_place); rows already there (gazetteer_data.sql's)
# are left as they are.
function emit_nordic_places(    i, pass, sep, region)
{
	print ""
	print "-- places_data.sql: generated from data/reference/nordic-places.csv and"
	print "-- british-irish-places.csv by scripts/reference-sql.awk; do not edit."
	print ""
	print "INSERT INTO @extschema@.place (code, official_code, name, country, kind, region, valid_until) VALUES"
	sep = ""
	for (pass = 1; pass <= 2; pass++)
		for (i = 1; i <= rows; i++)
			if ((pass == 1) == (parent[i] == "")) {
				region = region_key_of(i)
				if (region == "") {
					print "reference-sql.awk: " name[i] ": unknown parent " parent[i] > "/dev/stderr"
					failed = 1
					exit 1
				}
				printf "%s\t(%s, %s, %s, %s, %s, %s, %s)", sep, sql_literal(key[i]), sql_literal(official[i]),
					sql_literal(name[i]), sql_literal(country[i]), sql_literal(kind[i]),
					parent[i] == "" ? "NULL" : sql_literal(region),
					valid_until[i] == "" ? "NULL" : sql_literal(valid_until[i])
				sep = ",\n"
			}
	print ""
	print "ON CONFLICT (code) DO NOTHING;"
	print ""
	emit_place_names(key)
	print ""
	print "ON CONFLICT (name, place) DO NOTHING;"
}

# A failure in a rule still runs END: it writes nothing then.
END {
	if (failed)
		exit 1
	if (fields == 3) {
		emit_organisations()
		exit
	}
	if (fields == 8) {
		emit_nordic_places()
		exit
	}
	print ""
	print "-- gazetteer_data.sql: generated from data/reference/municipalities.csv"
	print "-- by scripts/reference-sql.awk; do not edit."
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
	emit_place_names(code)
	print ";"
}
