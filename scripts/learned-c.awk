# learned-c.awk
#	Turns loader/extract/learned.tsv (the learned stage's model: a line
#	"threshold<TAB>P", then one "FEATURE<TAB>WEIGHT" a line, as
#	scripts/train-learned.py writes it) into loader/extract/learned_data.c,
#	the tables of extract_learned.h.  The features must come in strcmp
#	order (scripts/learned-c.sh sorts them with LC_ALL=C), since the
#	loader finds them by binary search.
#
# Run after scripts/c-table.awk, which gives c_literal() and fail().
# A malformed line, a missing threshold or features out of order stop the
# build with the line number, so that a model cut short is not read as
# one that weighs nothing.

BEGIN {
	program = "learned-c.awk"
	FS = "\t"
	n = 0
	threshold = ""
	print "/* Generated from loader/extract/learned.tsv by scripts/learned-c.awk: do not edit. */"
	print "#include \"extract_learned.h\""
	print ""
	print "const ex_learned_weight_entry ex_learned_weights[] = {"
}

/^#/ || /^$/ { next }

NF != 2 { fail("expected two tab-separated fields") }

$2 !~ /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/ { fail("not a number: " $2) }

$1 == "threshold" {
	threshold = $2
	next
}

{
	if (n > 0 && $1 <= last)
		fail("features out of order or repeated: " $1)
	last = $1
	printf "\t{%s, %s},\n", c_literal($1), $2
	n++
}

END {
	if (failed)
		exit 1
	if (threshold == "")
	{
		NR = 0
		fail("no threshold line")
	}
	if (n == 0)
		print "\t{\"\", 0}"
	print "};"
	print ""
	printf "const size_t ex_learned_nweights = %d;\n", n
	printf "const double ex_learned_threshold = %s;\n", threshold
}
