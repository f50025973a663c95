# c-table.awk
#	What the scripts that turn data files into C tables share (run with
#	"awk -f scripts/c-table.awk -f scripts/X-c.awk"): a string as a C
#	literal, and stopping at a malformed line with its number.  Each
#	script names itself in "program" (its BEGIN) and ends its END with
#	"if (failed) exit 1", so that a stop in a rule does not go on to write
#	the table's end.

function c_literal(s)
{
	gsub(/\\/, "\\\\", s)
	gsub(/"/, "\\\"", s)
	return "\"" s "\""
}

function fail(msg)
{
	printf "%s: line %d: %s\n", program, NR, msg > "/dev/stderr"
	failed = 1
	exit 1
}
