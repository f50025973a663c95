# csv.awk
#	The RFC 4180 field splitter the reference-data scripts share: awk -f
#	scripts/csv.awk -f scripts/<script>.awk.

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
