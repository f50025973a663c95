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
