# gazetteer-c.awk
#	Makes core/gazetteer_data.c, the tables of core/gazetteer.h, from
#
#	  data/reference/municipalities.csv  the Greater Copenhagen area (whose
#	                                     places come first, in its order)
#	  data/reference/place-words.csv     names that are also ordinary words
#	  data/reference/nordic-places.csv   every place of the four countries
#	  data/reference/british-irish-places.csv  every council of the
#	                                     United Kingdom and Ireland
#
#	given in that order, run with LC_ALL=C (bytes, not characters).
#
# The last two, of one format, are the gazetteer; scripts/reference-sql.awk
# makes the extension's SQL rows from the same files.  Every row of municipalities.csv
# must be a row of it with the same name, and every word of
# place-words.csv a name of a place of its country, or this fails.
#
# The name table is sorted by the first two bytes of each name, case
# folded as core/words.c folds them, and indexed by the first: a look-up
# then tries only the names that begin as the text does.

function c_literal(s)
{
	gsub(/\\/, "\\\\", s)
	gsub(/"/, "\\\"", s)
	return "\"" s "\""
}

function fail(message)
{
	print "gazetteer-c.awk: " message > "/dev/stderr"
	failed = 1
	exit 1
}

# s with its case folded byte by byte as sc_folded_byte folds it: ASCII
# capitals, and the second bytes of U+00C0..U+00DE but U+00D7.
function fold(s,    i, c, prev, out)
{
	out = ""
	prev = 0
	for (i = 1; i <= length(s); i++) {
		c = ord[substr(s, i, 1)]
		if (c >= 65 && c <= 90)
			out = out chr[c + 32]
		else if (prev == 195 && c >= 128 && c <= 158 && c != 151)
			out = out chr[c + 32]
		else
			out = out chr[c]
		prev = c
	}
	return out
}

function valid_code(i)
{
	if (country[i] == "SE" && kind[i] == "kommun")
		return key[i] ~ /^[0-9][0-9][0-9][0-9]$/
	if (country[i] == "SE" && kind[i] == "region")
		return key[i] ~ /^[0-9][0-9]$/
	if (country[i] == "DK" && kind[i] == "kommune")
		return key[i] ~ /^[1-9][0-9][0-9]$/
	if (country[i] == "DK" && kind[i] == "region")
		return key[i] ~ /^DK-[0-9][0-9][0-9][0-9]$/
	if (country[i] == "NO" && kind[i] == "kommune")
		return key[i] ~ /^NO-[0-9][0-9][0-9][0-9]$/
	if (country[i] == "NO" && kind[i] == "fylke")
		return key[i] ~ /^NO-[0-9][0-9]$/
	if (country[i] == "FI" && kind[i] == "kunta")
		return key[i] ~ /^FI-[0-9][0-9][0-9]$/
	if (country[i] == "FI" && kind[i] == "maakunta")
		return key[i] ~ /^FI-[0-9][0-9]$/
	# ONS's GSS codes: a nation's letter, the entity's two digits, six more
	if (country[i] == "GB")
		return key[i] ~ /^GB-[ENSW][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]$/
	# ISO 3166-2:IE's county letters, and a suffix for a county of two
	# councils (british-irish-places.md, "Irish codes")
	if (country[i] == "IE")
		return key[i] ~ /^IE-[A-Z][A-Z]?(-[A-Z]+)?$/
	return 0
}

# Adds name s of place number p (in output order) to the name table, and
# a hyphenated name with a space too, as pages write "Høje Taastrup" and
# "Nord Fron" for "Høje-Taastrup" and "Nord-Fron".
function add_names(s, p, flags,    spaced)
{
	add_name(s, p, flags)
	spaced = s
	if (gsub(/-/, " ", spaced) > 0)
		add_name(spaced, p, "0")
}

# Adds name s of place number p (in output order) to the name table.
function add_name(s, p, flags,    f, k)
{
	f = fold(s)
	if ((f SUBSEP p) in seen_name)
		return
	seen_name[f SUBSEP p] = 1
	if (length(s) < 2 || length(s) >= 64 || substr(s, 1, 1) == " " || substr(s, 2, 1) == " ")
		fail("name \"" s "\" is not 2 to 63 bytes that begin with two non-spaces")
	if ((f SUBSEP country[order[p]]) in words) {
		flags = flags " | SC_NAME_WORD"
		word_used[f SUBSEP country[order[p]]] = 1
	}
	k = ord[substr(f, 1, 1)] * 256 + ord[substr(f, 2, 1)]
	nnames++
	name_text[nnames] = s
	name_place[nnames] = p
	name_flags[nnames] = flags
	name_second[nnames] = ord[substr(f, 2, 1)]
	bucket_size[k]++
	bucket[k, bucket_size[k]] = nnames
}

BEGIN {
	FS = "\n"
	for (i = 1; i < 256; i++) {
		chr[i] = sprintf("%c", i)
		ord[chr[i]] = i
	}
	kinds["SE" SUBSEP "kommun"] = "SC_PLACE_KOMMUN"
	kinds["DK" SUBSEP "kommune"] = "SC_PLACE_KOMMUNE"
	kinds["NO" SUBSEP "kommune"] = "SC_PLACE_KOMMUNE"
	kinds["SE" SUBSEP "region"] = "SC_PLACE_REGION"
	kinds["DK" SUBSEP "region"] = "SC_PLACE_REGION"
	kinds["NO" SUBSEP "fylke"] = "SC_PLACE_FYLKE"
	kinds["FI" SUBSEP "kunta"] = "SC_PLACE_KUNTA"
	kinds["FI" SUBSEP "maakunta"] = "SC_PLACE_MAAKUNTA"
	kinds["GB" SUBSEP "county"] = "SC_PLACE_COUNTY"
	split("unitary authority|metropolitan district|London borough|non-metropolitan district|" \
		  "council area|principal area|district", council_kinds, "|")
	for (i in council_kinds)
		kinds["GB" SUBSEP council_kinds[i]] = "SC_PLACE_COUNCIL"
	split("county council|city council|city and county council", council_kinds, "|")
	for (i in council_kinds)
		kinds["IE" SUBSEP council_kinds[i]] = "SC_PLACE_COUNCIL"
}

FNR == 1 {
	sub(/\r$/, "")
	file++
	if (file == 1 && $0 != "code,name,country,region,kind,aliases")
		fail(FILENAME ": expected municipalities.csv's header")
	if (file == 2 && $0 != "name,country,word")
		fail(FILENAME ": expected place-words.csv's header")
	if (file >= 3 && $0 != "code,name,country,parent,kind,aliases,valid_from,valid_until")
		fail(FILENAME ": expected nordic-places.csv's header, the places' format")
	next
}

file == 1 {
	if (csv_split($0, f) != 6)
		fail(FILENAME ":" FNR ": expected 6 fields")
	area_rows++
	area_order[f[3] SUBSEP f[1]] = area_rows
	area_name[f[3] SUBSEP f[1]] = f[2]
	next
}

file == 2 {
	sub(/\r$/, "")
	if (csv_split($0, f) != 3)
		fail(FILENAME ":" FNR ": expected 3 fields")
	words[fold(f[1]) SUBSEP f[2]] = 1
	next
}

{
	if (!store_nordic_place($0) || !((country[rows] SUBSEP kind[rows]) in kinds) || !valid_code(rows))
		fail(FILENAME ":" FNR ": expected 8 fields, a known country and kind and a code of its form")
	if (valid_until[rows] != "" && valid_until[rows] !~ /^[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]$/)
		fail(FILENAME ":" FNR ": valid_until is no date YYYY-MM-DD")
	if (key[rows] in key_row)
		fail(FILENAME ":" FNR ": code " key[rows] " twice")
	key_row[key[rows]] = rows
	if (length(name[rows]) >= 32)
		fail(FILENAME ":" FNR ": the name is over 31 bytes")
	# core/gazetteer.h's sc_place.code[16] and official_code[12], with their NULs
	if (length(key[rows]) >= 16 || length(official[rows]) >= 12)
		fail(FILENAME ":" FNR ": the code is over 15 bytes or the official code over 11")
}

END {
	if (failed)
		exit 1
	# The Greater Copenhagen area first, in municipalities.csv's order.
	for (i = 1; i <= rows; i++) {
		a = country[i] SUBSEP official[i]
		if (a in area_order) {
			if (area_name[a] != name[i])
				fail("municipalities.csv names " official[i] " " area_name[a] ", nordic-places.csv " name[i])
			order[area_order[a]] = i
			in_area[i] = 1
			found++
		}
		if (region_key_of(i) == "")
			fail(name[i] ": unknown parent " parent[i])
	}
	if (found != area_rows)
		fail("municipalities.csv has rows nordic-places.csv lacks")
	# core/gazetteer.h's SC_GAZETTEER_MAX_PLACES, which arrays of places are sized by
	if (rows > 2048)
		fail("more places than SC_GAZETTEER_MAX_PLACES (2048)")
	n = area_rows
	for (i = 1; i <= rows; i++)
		if (!(i in in_area))
			order[++n] = i

	for (p = 1; p <= rows; p++) {
		i = order[p]
		add_names(name[i], p, "SC_NAME_OFFICIAL")
		m = (aliases[i] == "") ? 0 : split(aliases[i], alias, "|")
		for (j = 1; j <= m; j++)
			add_names(alias[j], p, "0")
	}
	for (w in words)
		if (!(w in word_used)) {
			split(w, parts, SUBSEP)
			fail("place-words.csv: no place of " parts[2] " is named " parts[1])
		}

	print "/*"
	print " * gazetteer_data.c"
	print " *\t\tThe gazetteer's tables, generated from data/reference/nordic-places.csv,"
	print " *\t\tbritish-irish-places.csv, municipalities.csv and place-words.csv by"
	print " *\t\tscripts/gazetteer-c.awk;"
	print " *\t\tdo not edit."
	print " */"
	print "#include \"gazetteer.h\""
	print "#include \"gazetteer_int.h\""
	print ""
	print "const sc_place sc_gazetteer_places[] = {"
	for (p = 1; p <= rows; p++) {
		i = order[p]
		printf "\t{%s, %s, %s, %s, %s, %s, %s, %s},\n", c_literal(key[i]), c_literal(official[i]),
			c_literal(country[i]), c_literal(region_key_of(i)), kinds[country[i] SUBSEP kind[i]],
			(p <= area_rows) ? "true" : "false", c_literal(name[i]), c_literal(valid_until[i])
	}
	print "};"
	print ""
	printf "const size_t sc_gazetteer_nplaces = %d;\n", rows
	printf "const size_t sc_gazetteer_narea = %d;\n", area_rows
	print ""

	# The names, bucket by bucket, into one string and an index.
	print "const char sc_gazetteer_name_text[] ="
	offset = 0
	sorted = 0
	for (k0 = 0; k0 < 256; k0++) {
		start[k0] = sorted
		for (k1 = 0; k1 < 256; k1++)
			for (j = 1; j <= bucket_size[k0 * 256 + k1]; j++) {
				x = bucket[k0 * 256 + k1, j]
				sorted_name[++sorted] = x
				name_offset[x] = offset
				literal = c_literal(name_text[x])
				printf "\t%s\\0\"\n", substr(literal, 1, length(literal) - 1)
				offset += length(name_text[x]) + 1
			}
	}
	start[256] = sorted
	print ";"
	if (offset > 65535 || sorted > 65535)
		fail("the names no longer fit the table's 16-bit offsets")
	print ""
	print "const sc_place_name sc_gazetteer_names[] = {"
	for (s = 1; s <= sorted; s++) {
		x = sorted_name[s]
		printf "\t{%d, %d, %d, %s},\n", name_offset[x], name_place[x] - 1, name_second[x], name_flags[x]
	}
	print "};"
	print ""
	printf "const size_t sc_gazetteer_nnames = %d;\n", sorted
	print ""
	print "const unsigned short sc_gazetteer_name_start[257] = {"
	for (k0 = 0; k0 <= 256; k0 += 8) {
		line = "\t"
		for (j = k0; j < k0 + 8 && j <= 256; j++)
			line = line start[j] ((j < 256) ? ", " : "")
		sub(/ $/, "", line)
		print line
	}
	print "};"
}
