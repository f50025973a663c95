# csv.awk
#	What the reference-data scripts share: awk -f scripts/csv.awk -f
#	scripts/<script>.awk.

# Splits one CSV line into fields[1..n] (quoted fields, "" for a quote) and
# returns n.
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

# Stores a row of data/reference/municipalities.csv (code,name,country,
# region,kind,aliases) as place number ++rows of the arrays code, name,
# country, region_name, kind and aliases, and a region's code under its
# name in region_code.  Returns 0, storing nothing, unless it has 6 fields.
function store_place(line,    f)
{
	sub(/\r$/, "", line)
	if (csv_split(line, f) != 6)
		return 0
	rows++
	code[rows] = f[1]; name[rows] = f[2]; country[rows] = f[3]
	region_name[rows] = f[4]; kind[rows] = f[5]; aliases[rows] = f[6]
	if (f[5] == "region")
		region_code[f[2]] = f[1]
	return 1
}

# Stores a row of data/reference/nordic-places.csv or
# british-irish-places.csv (code,name,country,parent,kind,aliases,
# valid_from,valid_until) as place number ++rows of the arrays official
# (the statistics office's code: "1280", "12", "1084", "0301", "091",
# "E06000001"), key (the gazetteer's code, unique across the countries:
# Danish regions and every Norwegian, Finnish, British and Irish place
# carry their country, "DK-1084", "NO-0301", "NO-03", "FI-091",
# "GB-E06000001"), name, country, parent, kind, aliases and valid_until
# (the first day the code no longer denotes the place, "" for a place that
# exists); and the key of a region, fylke, maakunta or English county
# under its country and name in region_key, a
# Swedish region's also under its län name (its first alias), which is
# how Swedish municipalities name their parent.  Returns 0, storing
# nothing, unless it has 8 fields.
function store_nordic_place(line,    f, a)
{
	sub(/\r$/, "", line)
	if (csv_split(line, f) != 8)
		return 0
	rows++
	official[rows] = f[1]
	sub(/^(SE|NO|FI|GB|IE)-/, "", official[rows])
	key[rows] = (f[3] == "SE" || (f[3] == "DK" && f[5] != "region")) ? \
		official[rows] : f[3] "-" official[rows]
	name[rows] = f[2]; country[rows] = f[3]; parent[rows] = f[4]
	kind[rows] = f[5]; aliases[rows] = f[6]; valid_until[rows] = f[8]
	# a place others name as their parent: a region, fylke, maakunta or an
	# English county of two tiers
	if (f[5] == "region" || f[5] == "fylke" || f[5] == "maakunta" || f[5] == "county") {
		region_key[f[3] SUBSEP f[2]] = key[rows]
		if (f[3] == "SE") {
			split(f[6], a, "|")
			region_key[f[3] SUBSEP a[1]] = key[rows]
		}
	}
	return 1
}

# The key of the region place i lies in, its own for a region; "" if its
# parent names no region.
function region_key_of(i)
{
	if (parent[i] == "")
		return key[i]
	return ((country[i] SUBSEP parent[i]) in region_key) ? region_key[country[i] SUBSEP parent[i]] : ""
}
